"""Floor scores of statement extraction on the seventh blind round (tests/data/blind_round7).

Five articles (2024-2026: a newspaper story on a Treasury refunding, a web story built on a
television interview about chip export controls, a wire story from Sydney on a central bank's
hold, a political story on a late-night House farm-bill vote, a "what we know" explainer with a
timeline of tariff steps) were written and annotated by a colleague who never saw the
extractor's code, after the corpus work and the sixth round's rules were in place. No rule was
changed for them: the floors sit a little under their first run, the figure to expect on a
new outlet. Pooled: recall 0.73, speaker 0.96, date 0.81, precision field 0.89, time of day
0.87; per article recall/speaker/date: h1 0.50/1.00/0.55, h2 0.80/1.00/0.94, h3
0.90/0.84/0.74, h4 0.79/1.00/0.93, h5 0.65/1.00/0.85.
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

ROUND7 = Path(__file__).resolve().parents[1] / "data" / "blind_round7"
ARTICLES = gold_stems(ROUND7)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "h1": Floors(0.45, 0.95, 0.50, 0.77, 0.86, 0.83),
    "h2": Floors(0.75, 0.95, 0.89, 0.89, 0.89, 0.85),
    "h3": Floors(0.85, 0.79, 0.69, 0.79, 0.74, 0.91),
    "h4": Floors(0.74, 0.95, 0.88, 0.88, 0.68, 0.93),
    "h5": Floors(0.60, 0.95, 0.80, 0.87, 0.95, 0.90),
}


def test_the_seventh_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_seventh_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_seventh_round():
    assert_pooled_above(
        ARTICLES, recall=0.70, speaker_ok=0.93, date_ok=0.78, precision_ok=0.86, time_of_day_ok=0.83
    )
