"""Floor scores of statement extraction on the sixty-sixth blind round (tests/data/blind_round66).

Six articles (2023-2025, ordinary news in six house styles: a Times of Malta story on the EU
Court of Justice's ruling against a citizenship-by-investment scheme; a Vietnam Investment
Review story on a trade framework with the United States; a Lusaka Times story on a central
bank's rate rise; a Daily News Egypt story on a minimum wage; an E&E News story on a proposed
repeal of an environmental finding; a Fiji Times story on a budget's VAT rise) were written and
annotated by a colleague who never saw the extractor's code, after the first rules for the
sixty-fifth round. Their first run, on the commit they arrived at (c7c73b8) and with no rule
changed for them (the figure to expect on a new outlet): pooled recall 0.913, speaker 0.862,
date 0.819 (``parser="spacy"``: 0.922, 0.863, 0.821): recall met, speaker and date not; per
article recall/speaker/date: bl1 0.84/1.00/0.88, bl2 0.93/0.79/1.00, bl3 1.00/1.00/0.65, bl4
1.00/0.88/0.88, bl5 0.82/0.79/0.86, bl6 0.89/0.69/0.69. After the general rules for its
families (a case taken to court, a scheme scrapped, a body's administrator and a state's
attorney general, a committee's revision of the country's forecast, a ministry of a list of
portfolios with an Oxford comma, two offices one person holds, a remark on the occasion "when
he delivered the Budget", "value added tax", a governor by the bank's initials, a body's board
after its acronym, two days joined by "and", a name in "-ed" that tells no tense, a rate's name
after "its"; tested in test_families_session33.py): pooled 0.971, 0.920, 0.940 (spaCy 0.981,
0.921, 0.941). The floors sit a little under these figures.
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

ROUND66 = Path(__file__).resolve().parents[1] / "data" / "blind_round66"
ARTICLES = gold_stems(ROUND66)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "bl1": Floors(0.91, 0.97, 0.86, 0.86, 0.69, 0.97),
    "bl2": Floors(0.90, 0.76, 0.97, 0.97, 0.54, 0.97),
    "bl3": Floors(0.97, 0.97, 0.91, 0.91, 0.73, 0.97),
    "bl4": Floors(0.97, 0.85, 0.91, 0.91, 0.85, 0.97),
    "bl5": Floors(0.97, 0.91, 0.91, 0.91, 0.79, 0.80),
    "bl6": Floors(0.91, 0.85, 0.91, 0.91, 0.79, 0.97),
}


def test_the_sixty_sixth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_sixty_sixth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_sixty_sixth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.95, speaker_ok=0.90, date_ok=0.92)
