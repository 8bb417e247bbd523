"""Reading articles and their metadata sidecars."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.errors import ArticleError, InputError, InputTypeError
from toolkit.text.articles import find_articles, load_article, parse_published


def test_seed_article_and_sidecar(seed_article_path):
    art = load_article(seed_article_path)
    assert art.published == dt.date(2025, 4, 9)
    assert art.timezone == "America/New_York"
    assert art.article_id == "000_fa62c70b439fe6f5"
    assert art.text.startswith("\n\n\n\nhad “a great call”")
    assert art.text == seed_article_path.read_text(encoding="utf-8")
    assert "description" in art.metadata and art.to_dict()["published"] == "2025-04-09"


def test_missing_date_says_how_to_supply_one(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The Fed held rates steady on Wednesday.", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    message = str(info.value)
    assert "published='YYYY-MM-DD'" in message and "--published" in message
    assert "story.meta.yaml" in message
    assert load_article(path, published="2025-05-07").published == dt.date(2025, 5, 7)


def test_argument_overrides_sidecar_and_json_sidecar(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        '{"published": "2024-01-02", "timezone": "Europe/London"}'
    )
    art = load_article(path)
    assert art.published == dt.date(2024, 1, 2) and art.timezone == "Europe/London"
    assert load_article(path, published=dt.date(2024, 2, 3)).published == dt.date(2024, 2, 3)


@pytest.mark.parametrize("bad", ["2025-13-01", "next Tuesday", ""])
def test_unparseable_dates(bad):
    with pytest.raises(InputError, match="`published`"):
        parse_published(bad)


def test_a_number_is_a_type_error():
    with pytest.raises(InputTypeError, match="`published`"):
        parse_published(20250409)


def test_bad_sidecar_values(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("text", encoding="utf-8")
    (tmp_path / "b.meta.yaml").write_text("published: someday\n")
    with pytest.raises(ArticleError, match="published"):
        load_article(path)
    (tmp_path / "b.meta.yaml").write_text("published: 2025-04-09\ntimezone: Mars/Base\n")
    with pytest.raises(ArticleError, match="timezone"):
        load_article(path)


def test_non_utf8_and_missing_files(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    with pytest.raises(ArticleError, match="not UTF-8"):
        load_article(path, published="2025-04-09")
    with pytest.raises(ArticleError, match="cannot read"):
        load_article(tmp_path / "nope.txt", published="2025-04-09")


def test_find_articles_expands_folders(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "a.meta.yaml").write_text("published: 2025-01-01\n")
    (tmp_path / "notes.csv").write_text("x")
    assert [p.name for p in find_articles([tmp_path])] == ["a.txt", "b.txt"]
    with pytest.raises(InputError, match="`inputs`"):
        find_articles([tmp_path / "missing"])
