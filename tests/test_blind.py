"""Floor scores of statement extraction on the blind articles (tests/data/blind).

The six blind articles (2018-2025; wire, newspaper, TV transcript and live-blog styles) were
written and annotated by a colleague who never saw the extractor's code. Their first scores
were recall 0.73, speaker 0.91, date 0.78, precision-field 0.82 and time of day 0.97 (pooled).
The floors below sit at or a little under what the extractor now reaches, so that a
regression on text written without knowledge of the rules shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import evaluate_article, gold_stems, pooled_scores

BLIND = Path(__file__).resolve().parent / "data" / "blind"
ARTICLES = gold_stems(BLIND)

# per article: recall, speaker, date, precision field (precision of rows >= 0.95 everywhere,
# time of day >= 0.95 everywhere)
FLOORS = {
    "b1": (0.95, 0.95, 0.95, 0.95),
    "b2": (0.90, 0.95, 0.85, 0.85),
    "b3": (0.90, 0.95, 0.90, 0.90),
    "b4": (0.90, 0.95, 0.85, 0.90),
    "b5": (0.85, 0.90, 0.95, 0.95),
    "b6": (0.75, 0.95, 0.90, 0.90),
}


def test_the_blind_set_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    for stem in ARTICLES:
        assert stem.with_suffix(".txt").exists() and stem.with_suffix(".meta.yaml").exists()


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_blind_article_stays_above_its_floor(stem):
    result = evaluate_article(stem)
    s = result.summary
    problems = result.details[result.details["problems"] != ""]
    recall, speaker, date, precision_field = FLOORS[stem.name[:2]]
    assert s["recall"] >= recall, problems
    assert s["precision"] >= 0.95, result.unmatched[["speaker", "text"]]
    assert s["speaker_accuracy"] >= speaker, problems
    assert s["date_accuracy"] >= date, problems
    assert s["precision_accuracy"] >= precision_field, problems
    assert s["time_of_day_accuracy"] >= 0.95, problems


def test_pooled_blind_scores():
    pooled = pooled_scores(ARTICLES)
    assert pooled["recall"] >= 0.88
    assert pooled["speaker_ok"] >= 0.98
    assert pooled["date_ok"] >= 0.89
    assert pooled["precision_ok"] >= 0.90
    assert pooled["time_of_day_ok"] >= 0.98
