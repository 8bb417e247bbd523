"""Floor scores of statement extraction on the second blind round (tests/data/blind_round2).

Four articles (2018-2024: a wire story on a Fed decision day, a Sunday magazine piece on a
trade dispute, a newspaper story on a debt-ceiling vote, an after-the-close markets wrap) were
written and annotated by a colleague who never saw the extractor's code, after every rule of
the first blind round was in place. They measure how the extractor does on text it was not
tuned for. Their first scores, pooled: recall 0.63, speaker 0.86, date 0.64, precision field
0.72, time of day 0.86; precision of the rows 1.00 (nothing extracted that is not in the gold).
General rules for the gaps it showed (each with its own test on made-up text in
``test_statements.py`` and ``test_timex.py``) then raised them to recall 0.71, speaker 0.95,
date 0.88, precision field 0.88 and time of day 0.93; the round is no longer blind. The floors
sit a little under those scores, so that a regression shows. ``docs/extraction.md`` lists what
is still missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import evaluate_article, gold_stems, pooled_scores

ROUND2 = Path(__file__).resolve().parent / "data" / "blind_round2"
ARTICLES = gold_stems(ROUND2)

# per article: recall, speaker, date, precision field, time of day (rows' precision >= 0.95)
FLOORS = {
    "c1": (0.75, 0.90, 0.75, 0.75, 0.95),
    "c2": (0.70, 0.95, 0.80, 0.80, 0.95),
    "c3": (0.70, 0.95, 0.90, 0.90, 0.75),
    "c4": (0.70, 0.85, 0.90, 0.90, 0.90),
}


def test_the_second_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    for stem in ARTICLES:
        assert stem.with_suffix(".txt").exists() and stem.with_suffix(".meta.yaml").exists()


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_second_round_stays_above_its_floor(stem):
    result = evaluate_article(stem)
    s = result.summary
    problems = result.details[result.details["problems"] != ""]
    recall, speaker, date, precision_field, time_of_day = FLOORS[stem.name[:2]]
    assert s["recall"] >= recall, problems
    assert s["precision"] >= 0.95, result.unmatched[["speaker", "text"]]
    assert s["speaker_accuracy"] >= speaker, problems
    assert s["date_accuracy"] >= date, problems
    assert s["precision_accuracy"] >= precision_field, problems
    assert s["time_of_day_accuracy"] >= time_of_day, problems


def test_pooled_scores_of_the_second_round():
    pooled = pooled_scores(ARTICLES)
    assert pooled["recall"] >= 0.70
    assert pooled["speaker_ok"] >= 0.93
    assert pooled["date_ok"] >= 0.85
    assert pooled["precision_ok"] >= 0.85
    assert pooled["time_of_day_ok"] >= 0.90
