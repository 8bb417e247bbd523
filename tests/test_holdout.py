"""Floor scores of statement extraction on the holdout articles (tests/data/holdout).

The five holdout articles (2018-2026; Reuters, FT, Bloomberg, WSJ and Asian-wire styles) were
written and annotated before the extractor's rules were read; their first scores were
recall 0.58-0.82 and date accuracy 0.64-0.93. The floors below sit a little under what the
extractor now reaches, so that a regression on unseen-style text shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.articles import load_article
from toolkit.evaluation import evaluate_statements
from toolkit.statements import extract_statements

HOLDOUT = Path(__file__).resolve().parent / "data" / "holdout"
ARTICLES = sorted(p.with_suffix("").with_suffix("") for p in HOLDOUT.glob("*.gold.yaml"))


def _evaluate(stem: Path):
    art = load_article(stem.with_suffix(".txt"))
    statements = extract_statements(art.text, published=art.published)
    return evaluate_statements(statements, stem.with_suffix(".gold.yaml"))


def test_the_holdout_set_is_complete():
    assert len(ARTICLES) == 5
    for stem in ARTICLES:
        assert stem.with_suffix(".txt").exists() and stem.with_suffix(".meta.yaml").exists()


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name)
def test_each_holdout_article_stays_above_its_floor(stem):
    result = _evaluate(stem)
    s = result.summary
    problems = result.details[result.details["problems"] != ""]
    assert s["recall"] >= 0.9, problems
    assert s["precision"] >= 0.85, result.unmatched[["speaker", "text"]]
    assert s["speaker_accuracy"] >= 0.9, problems
    assert s["date_accuracy"] >= 0.85, problems
    assert s["precision_accuracy"] >= 0.85, problems
    assert s["time_of_day_accuracy"] >= 0.9, problems


def test_pooled_holdout_scores():
    matched = required = 0
    date_ok = speaker_ok = 0
    for stem in ARTICLES:
        details = _evaluate(stem).details
        req = details[~details["optional"]]
        hit = req[req["matched"]]
        required += len(req)
        matched += len(hit)
        date_ok += int(hit["date_ok"].sum())
        speaker_ok += int(hit["speaker_ok"].sum())
    assert matched / required >= 0.95
    assert date_ok / matched >= 0.95
    assert speaker_ok / matched >= 0.95
