"""Floor scores of statement extraction on the fifty-fifth blind round (tests/data/blind_round55).

Six articles (2020-2025, ordinary news in six house styles: a PTI story on a tax on online
gaming and the shares it hit; a Khmer Times story on EU trade preferences withdrawn; a Press
and Journal story on a windfall tax on North Sea producers; a Financial Post story on a
consumer carbon tax ended; a FRANCE 24 story on a pension reform upheld and promulgated; a
BNamericas story on a national lithium strategy) were written and annotated by a colleague who
never saw the extractor's code, after the rules for the fifty-fourth round and a passive-act
rule. Their first run, on the commit they arrived at (1e840c7) and with no rule changed for
them (the figure to expect on a new outlet): pooled recall 0.817, speaker 0.872, date 0.851
(``parser="spacy"``: 0.843, 0.876, 0.866): recall and date met, speaker under its target; per
article recall/speaker/date: ba1 0.88/0.87/0.87, ba2 0.90/0.83/0.83, ba3 0.79/0.67/0.93, ba4
0.83/1.00/1.00, ba5 0.64/0.86/0.86, ba6 0.89/1.00/0.65. After the general rules for its
families (a participle of setting out a measure opens no subject; an address opens an
occasion; depositary receipts are a market, and a market line in the next paragraph shares
the story's session; a law promulgated is an act; a named body's unnamed head; a company's
move with an aside; a price "trading at"; a procedure launched and strikes held; tested in
test_families_session29.py): pooled 0.904, 0.933, 0.933 (after the fifty-sixth round's rules
too). The floors sit a little under these figures.
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

ROUND55 = Path(__file__).resolve().parents[1] / "data" / "blind_round55"
ARTICLES = gold_stems(ROUND55)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    # (rows 0.94: "Shares ... crashed on Wednesday, a day after the GST Council decided to levy
    # 28 per cent tax ...": the decision is a row of its own, dated Tuesday, which the
    # annotation leaves inside the market's)
    "ba1": Floors(0.85, 0.84, 0.84, 0.92, 0.90, 0.94),
    "ba2": Floors(0.87, 0.80, 0.80, 0.86, 0.80, 0.97),
    "ba3": Floors(0.76, 0.90, 0.90, 0.90, 0.64, 0.86),
    "ba4": Floors(0.80, 0.97, 0.97, 0.97, 0.90, 0.87),
    "ba5": Floors(0.65, 0.84, 0.84, 0.90, 0.57, 0.97),
    "ba6": Floors(0.97, 0.97, 0.92, 0.92, 0.81, 0.97),
}


def test_the_fifty_fifth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_fifty_fifth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_fifty_fifth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.82, speaker_ok=0.89, date_ok=0.88)
