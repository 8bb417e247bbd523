"""Floor scores of statement extraction on the sixty-first blind round (tests/data/blind_round61).

Six articles (2019-2025, ordinary news in six house styles: a Haaretz story on a rating
agency's first downgrade of a country; a Handelsblatt Today story on a president's delay of
car tariffs; an American Banker story on a consumer-finance regulator's open-banking rule and
the banks' lawsuit; a Mail & Guardian story on a national minimum wage rise; an Edge Malaysia
story on a diesel subsidy cut; a TradeWinds story on a maritime body adjourning its emissions
framework) were written and annotated by a colleague who never saw the extractor's code, after
the rules for the sixtieth round. Their first run, on the commit they arrived at (a956a26) and
with no rule changed for them (the figure to expect on a new outlet): pooled recall 0.852,
speaker 0.902, date 0.815 (``parser="spacy"``: 0.880, 0.884, 0.821): recall met, speaker and
date not; per article recall/speaker/date: bg1 0.82/0.89/0.72, bg2 0.90/0.94/0.78, bg3
0.88/0.80/0.80, bg4 0.73/1.00/0.91, bg5 0.89/0.94/0.88, bg6 0.88/0.86/0.86. After the general
rules for some of its families (a body's dated act in a relative clause before an event to
come, a rating put on review, an outlook cut to negative, a new rate taking effect after a
change announced, a vote on a motion, a mandate given, a release's day over the period its
figures cover, a payment to be credited; tested in test_families_session32.py): pooled 0.917,
0.909, 0.838. The floors sit a little under these figures.
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

ROUND61 = Path(__file__).resolve().parents[1] / "data" / "blind_round61"
ARTICLES = gold_stems(ROUND61)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "bg1": Floors(0.92, 0.87, 0.73, 0.78, 0.73, 0.97),
    "bg2": Floors(0.92, 0.92, 0.76, 0.76, 0.97, 0.93),
    "bg3": Floors(0.85, 0.77, 0.77, 0.77, 0.90, 0.97),
    "bg4": Floors(0.77, 0.97, 0.97, 0.97, 0.80, 0.90),
    "bg5": Floors(0.91, 0.91, 0.91, 0.97, 0.79, 0.92),
    "bg6": Floors(0.91, 0.84, 0.77, 0.90, 0.84, 0.97),
}


def test_the_sixty_first_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_sixty_first_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_sixty_first_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.90, speaker_ok=0.89, date_ok=0.82)
