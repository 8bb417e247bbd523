"""Floor scores of statement extraction on the second blind round (tests/data/blind_round2).

Four articles (2018-2024: a wire story on a Fed decision day, a Sunday magazine piece on a
trade dispute, a newspaper story on a debt-ceiling vote, an after-the-close markets wrap) were
written and annotated by a colleague who never saw the extractor's code, after every rule of
the first blind round was in place. They measure how the extractor does on text it was not
tuned for. Their first scores, pooled: recall 0.63, speaker 0.86, date 0.64, precision field
0.72, time of day 0.86; precision of the rows 1.00 (nothing extracted that is not in the gold).
General rules for the gaps it showed (each with its own test on made-up text in
``test_statements.py`` and ``test_timex.py``) then raised them to recall 0.73, speaker 0.97,
date 0.86, precision field 0.86 and time of day 0.93; the round is no longer blind. The floors
sit a little under those scores, so that a regression shows. ``docs/extraction.md`` lists what
is still missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import (
    Floors,
    assert_above_floors,
    assert_files_present,
    assert_pooled_above,
    gold_stems,
)

ROUND2 = Path(__file__).resolve().parents[1] / "data" / "blind_round2"
ARTICLES = gold_stems(ROUND2)

# per article: recall, speaker, date, precision field, time of day (rows' precision >= 0.95)
FLOORS = {
    "c1": Floors(0.75, 0.90, 0.75, 0.75, 0.95),
    "c2": Floors(0.70, 0.95, 0.80, 0.80, 0.95),
    "c3": Floors(0.70, 0.95, 0.90, 0.90, 0.75),
    "c4": Floors(0.70, 0.85, 0.90, 0.90, 0.90),
}


def test_the_second_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_second_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_second_round():
    assert_pooled_above(
        ARTICLES, recall=0.70, speaker_ok=0.93, date_ok=0.85, precision_ok=0.85, time_of_day_ok=0.90
    )
