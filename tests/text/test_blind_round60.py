"""Floor scores of statement extraction on the sixtieth blind round (tests/data/blind_round60).

Six articles (2020-2025, ordinary news in six house styles: a Le Monde in English story on a
government brought down in a confidence vote; a Rappler story on a president's ban on offshore
gaming operators in a State of the Nation address; a Meduza newsletter on a central bank's
emergency rate rise and a car export ban; a Channels Television story on a general strike
suspended after all-night talks; an Agri-Pulse story on a trade panel's ruling on GM corn; an
Agência Brasil wire on a state oil company's new fuel pricing) were written and annotated by a
colleague who never saw the extractor's code, after the rules for the fifty-ninth round. Their
first run, on the commit they arrived at (568f942) and with no rule changed for them (the
figure to expect on a new outlet): pooled recall 0.786, speaker 0.830, date 0.773
(``parser="spacy"``: 0.848, 0.800, 0.779): none of the three targets met; per article
recall/speaker/date: bf1 0.68/0.93/0.53, bf2 0.83/0.87/0.80, bf3 0.82/0.64/0.86, bf4
0.75/0.80/0.80, bf5 0.84/0.81/0.94, bf6 0.81/0.92/0.69. After the general rules for some of its
families (a strike suspended, a ban declared after a dated weekday between commas, a government
toppled or brought down, a party's acronym with its place, a tax partially reinstated, a
company's disclosure opening the sentence, a plan as a noun; tested in
test_families_session30.py): pooled 0.812, 0.879, 0.802 (the session ended with most of its
families open). The floors sit a little under these figures.
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

ROUND60 = Path(__file__).resolve().parents[1] / "data" / "blind_round60"
ARTICLES = gold_stems(ROUND60)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "bf1": Floors(0.70, 0.91, 0.59, 0.72, 0.59, 0.92),
    # (bf2's time of day: the order given in the speech is dated by it now, and an inherited
    # date carries no part of the day: 0.59 of one more row)
    "bf2": Floors(0.86, 0.85, 0.78, 0.85, 0.55, 0.97),
    "bf3": Floors(0.79, 0.61, 0.83, 0.83, 0.68, 0.82),
    "bf4": Floors(0.77, 0.78, 0.85, 0.85, 0.91, 0.97),
    "bf5": Floors(0.81, 0.78, 0.91, 0.91, 0.72, 0.91),
    "bf6": Floors(0.78, 0.97, 0.66, 0.66, 0.59, 0.97),
}


def test_the_sixtieth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_sixtieth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_sixtieth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.79, speaker_ok=0.82, date_ok=0.78)
