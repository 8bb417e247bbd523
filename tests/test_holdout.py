"""Floor scores of statement extraction on the holdout articles (tests/data/holdout).

The five holdout articles (2018-2026; Reuters, FT, Bloomberg, WSJ and Asian-wire styles) were
written and annotated before the extractor's rules were read; their first scores were
recall 0.58-0.82 and date accuracy 0.64-0.93. The floors below sit a little under what the
extractor now reaches, so that a regression on unseen-style text shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import evaluate_article, gold_stems, pooled_scores

HOLDOUT = Path(__file__).resolve().parent / "data" / "holdout"
ARTICLES = gold_stems(HOLDOUT)


def test_the_holdout_set_is_complete():
    assert len(ARTICLES) == 5
    for stem in ARTICLES:
        assert stem.with_suffix(".txt").exists() and stem.with_suffix(".meta.yaml").exists()


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name)
def test_each_holdout_article_stays_above_its_floor(stem):
    result = evaluate_article(stem)
    s = result.summary
    problems = result.details[result.details["problems"] != ""]
    assert s["recall"] >= 0.9, problems
    assert s["precision"] >= 0.85, result.unmatched[["speaker", "text"]]
    assert s["speaker_accuracy"] >= 0.9, problems
    assert s["date_accuracy"] >= 0.85, problems
    assert s["precision_accuracy"] >= 0.85, problems
    assert s["time_of_day_accuracy"] >= 0.9, problems


def test_pooled_holdout_scores():
    pooled = pooled_scores(ARTICLES)
    assert pooled["recall"] >= 0.95
    assert pooled["date_ok"] >= 0.95
    assert pooled["speaker_ok"] >= 0.95
