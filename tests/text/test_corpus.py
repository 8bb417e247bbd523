from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from toolkit.errors import ArticleError, InputError
from toolkit.text.corpus import CORPUS_COLUMNS, extract_corpus

ROOT = Path(__file__).resolve().parents[2]
A = "“Tariffs are working and will stay,” Jo Smith said Tuesday.\nStocks fell on Tuesday."
B = "Stocks slid.\n“Tariffs are working, and they will stay,” Jo Smith said on Tuesday."
C = "“We want a deal,” Jo Smith said Tuesday."


def test_frame_input_merges_the_same_statement():
    frame = pd.DataFrame(
        {
            "text": [A, B, C],
            "published": ["2025-04-09"] * 3,
            "article_id": ["a", "b", "c"],
            "source": ["X", "Y", "Z"],
        }
    )
    out = extract_corpus(frame, progress=False)
    assert list(out.columns) == list(CORPUS_COLUMNS)
    quote = out[out["quote"].fillna("").str.startswith("Tariffs")]
    assert len(quote) == 1
    assert quote.iloc[0]["article_ids"] == "a; b" and quote.iloc[0]["sources"] == "X; Y"
    assert quote.iloc[0]["n_sources"] == 2
    assert out["statement_id"].iloc[0] == "a:s001"
    deal = out[out["quote"] == "We want a deal,"]
    assert len(deal) == 1 and deal.iloc[0]["n_sources"] == 1
    unmerged = extract_corpus(frame, progress=False, merge=False)
    assert len(unmerged) == len(out) + 1


def test_folder_input_uses_sidecars(tmp_path):
    for name in ("trade_weekend", "senate_vote"):
        for suffix in (".txt", ".meta.yaml"):
            shutil.copy(
                ROOT / "tests" / "data" / "articles" / f"{name}{suffix}",
                tmp_path / f"{name}{suffix}",
            )
    out = extract_corpus([tmp_path], progress=False)
    assert set(out["article_id"]) == {"trade_weekend", "senate_vote"}
    assert (out["n_sources"] == 1).all()


def test_empty_and_bad_inputs(tmp_path):
    empty = extract_corpus(pd.DataFrame({"text": [], "published": []}), progress=False)
    assert list(empty.columns) == list(CORPUS_COLUMNS) and empty.empty
    with pytest.raises(InputError, match="text"):
        extract_corpus(pd.DataFrame({"body": ["x"]}), progress=False)
    with pytest.raises(InputError, match="published"):
        extract_corpus(pd.DataFrame({"text": ["x"]}), progress=False)
    (tmp_path / "a.txt").write_text("Stocks fell.", encoding="utf-8")
    with pytest.raises(ArticleError, match="publication date"):
        extract_corpus([tmp_path / "a.txt"], progress=False)
    assert len(extract_corpus([tmp_path / "a.txt"], published="2025-04-09", progress=False)) == 1
