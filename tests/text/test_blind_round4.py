"""Floor scores of statement extraction on the fourth blind round (tests/data/blind_round4).

Four articles (2024-2025: an AP-style central-bank decision, a political newsletter on a tariff
bill, a Financial Times-style analysis of EU duties on Chinese cars, a wire factbox on Russia
sanctions) were written and annotated by a colleague who never saw the extractor's code nor the
second and third rounds, after every rule of the third round was in place. Their first scores,
pooled, are the latest measure on text the extractor was not tuned for: recall 0.65, speaker
0.88, date 0.70, precision field 0.72, time of day 0.93, and no extracted row that is not in the
gold (the third round's first run: 0.64, 0.93, 0.77, 0.79, 0.97). No rule was changed for this
round. The floors sit a little under those scores; ``docs/extraction.md`` has all the rounds.
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

ROUND4 = Path(__file__).resolve().parents[1] / "data" / "blind_round4"
ARTICLES = gold_stems(ROUND4)

# per article: recall, speaker, date, precision field, time of day (rows' precision >= 0.95)
FLOORS = {
    # (e1, f2, f4 rows: a second cue after ", and" or ", but" is a clause of its own since
    # the fifteenth round's rules; these annotators kept it in the statement before it)
    "e1": Floors(0.60, 0.80, 0.45, 0.45, 0.95, rows=0.94),
    "e2": Floors(0.55, 0.70, 0.60, 0.70, 0.90),
    "e3": Floors(0.45, 0.95, 0.85, 0.85, 0.95),
    "e4": Floors(0.85, 0.95, 0.85, 0.85, 0.85),
}


def test_the_fourth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_fourth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_fourth_round():
    assert_pooled_above(
        ARTICLES, recall=0.63, speaker_ok=0.86, date_ok=0.68, precision_ok=0.70, time_of_day_ok=0.90
    )
