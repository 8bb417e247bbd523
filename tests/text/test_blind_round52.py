"""Floor scores of statement extraction on the fifty-second blind round (tests/data/blind_round52).

Six articles (2015-2025, ordinary news in six house styles: a Semafor story on a takeover
blocked by the US president; a Star Tribune story on a city council's veto override; an Argus
Media story on price caps for Russian oil products; an ekathimerini story on capital controls;
a Premium Times story on a Central Bank of Nigeria hike; a Brazilian Report story on a pension
reform vote) were written and annotated by a colleague who never saw the extractor's code,
after the rules for the fifty-first round. Their first run, on the commit they arrived at
(79b8d74) and with no rule changed for them (the figure to expect on a new outlet): pooled
recall 0.771, speaker 0.938, date 0.765 (``parser="spacy"``: 0.819, 0.930, 0.756): recall and
date under their targets, speaker met; per article recall/speaker/date: ax1 0.73/0.91/0.64,
ax2 0.95/1.00/0.78, ax3 0.65/0.73/0.91, ax4 0.71/0.93/0.87, ax5 0.80/1.00/0.50, ax6
0.78/1.00/0.86. After the general rules for its families (an occasion with its hour before the
day; a union by its name; a blocked takeover; events to come that propose or repay; market
moves "down by" and "opened lower"; a title-case dateline; tested in
test_families_session28.py): pooled 0.829, 0.943, 0.851. The floors sit a little under these
figures.
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

ROUND52 = Path(__file__).resolve().parents[1] / "data" / "blind_round52"
ARTICLES = gold_stems(ROUND52)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "ax1": Floors(0.83, 0.81, 0.73, 0.81, 0.81, 0.97),
    "ax2": Floors(0.91, 0.97, 0.74, 0.80, 0.91, 0.78),
    "ax3": Floors(0.73, 0.81, 0.89, 0.97, 0.81, 0.97),
    "ax4": Floors(0.77, 0.91, 0.79, 0.97, 0.73, 0.97),
    "ax5": Floors(0.77, 0.97, 0.97, 0.97, 0.63, 0.97),
    "ax6": Floors(0.74, 0.97, 0.82, 0.97, 0.75, 0.91),
}


def test_the_fifty_second_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_fifty_second_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_fifty_second_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.80, speaker_ok=0.92, date_ok=0.83)
