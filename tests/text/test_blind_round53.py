"""Floor scores of statement extraction on the fifty-third blind round (tests/data/blind_round53).

Six articles (2018-2025, ordinary news in six house styles: a Mining Weekly story on a cobalt
export suspension; a PBS NewsHour transcript on a ban on noncompete agreements; a VnExpress
International story on a wider trading band for the dong; a Business Daily (Kenya) story on a
central bank cut; an ERR News story on electricity bill relief; a Tico Times story on a fiscal
reform signed into law) were written and annotated by a colleague who never saw the
extractor's code, after the rules for the fifty-second round. Their first run, on the commit
they arrived at (8d9e2f2) and with no rule changed for them (the figure to expect on a new
outlet): pooled recall 0.835, speaker 0.884, date 0.802 (``parser="spacy"``: 0.854, 0.886,
0.795): recall met, speaker and date under their targets; per article recall/speaker/date: ay1
0.94/0.75/0.94, ay2 0.71/1.00/0.87, ay3 0.75/0.75/0.83, ay4 0.94/1.00/0.87, ay5 0.80/0.92/0.58,
ay6 0.89/0.88/0.69. After the general rules for its families (a perfect lead dated by its act's
announcement; a gathering told with its hour; a currency's band widened as an act; tested in
test_families_session28.py): pooled 0.835, 0.895, 0.860. The floors sit a little under these
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

ROUND53 = Path(__file__).resolve().parents[1] / "data" / "blind_round53"
ARTICLES = gold_stems(ROUND53)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "ay1": Floors(0.91, 0.72, 0.97, 0.97, 0.72, 0.97),
    # (time of day 0.90 -> 0.86: "In the day's other headlines: The Federal Trade Commission
    # today voted ..." is found now, after its lead-in, with no hour; the annotation times it
    # by the next paragraph's)
    "ay2": Floors(0.68, 0.97, 0.83, 0.83, 0.86, 0.91),
    "ay3": Floors(0.72, 0.80, 0.88, 0.88, 0.63, 0.90),
    "ay4": Floors(0.90, 0.97, 0.90, 0.97, 0.63, 0.97),
    "ay5": Floors(0.77, 0.88, 0.72, 0.72, 0.88, 0.90),
    "ay6": Floors(0.85, 0.84, 0.65, 0.72, 0.78, 0.97),
}


def test_the_fifty_third_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_fifty_third_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_fifty_third_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.81, speaker_ok=0.87, date_ok=0.84)
