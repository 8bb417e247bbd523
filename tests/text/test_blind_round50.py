"""Floor scores of statement extraction on the fiftieth blind round (tests/data/blind_round50).

Six articles (2017-2024, ordinary news in six house styles: a CNA next-morning story on
Singapore's property stamp duties; a Times of Israel story on a Bank of Israel cut in wartime;
a MercoPress story on the EU-Mercosur agreement; a Khaleej Times story on VAT coming in the
next day; a Yle News story on Russian electricity imports halted; an EconomyNext story on Sri
Lanka suspending its external debt payments) were written and annotated by a colleague who
never saw the extractor's code, after the rules for the forty-ninth round and the session's
first rule (forecasts revised). Their first run, on the commit they arrived at (0f27d95) and
with no rule changed for them (the figure to expect on a new outlet): pooled recall 0.814,
speaker 0.962, date 0.861 (``parser="spacy"``: 0.866, 0.952, 0.833): all three targets met;
per article recall/speaker/date: av1 0.72/0.92/0.46, av2 0.84/0.94/0.88, av3 0.69/1.00/1.00,
av4 0.87/1.00/0.92, av5 0.86/1.00/1.00, av6 0.93/0.93/0.93. After the general rules for its
families (a stamp line is no sentence of the story; a portfolio of several words before a
name; market lines of a country's currency, a dealer's quote and power prices; tested in
test_families_session28.py): pooled 0.876, 0.976, 0.906. The floors sit a little under these
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

ROUND50 = Path(__file__).resolve().parents[1] / "data" / "blind_round50"
ARTICLES = gold_stems(ROUND50)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    # (av1's rows: a developer's shares "was down 2.4 per cent" is read as a market line now,
    # a stock the annotation leaves out: 0.89)
    "av1": Floors(0.74, 0.89, 0.75, 0.89, 0.61, 0.87),
    "av2": Floors(0.91, 0.91, 0.80, 0.80, 0.74, 0.97),
    "av3": Floors(0.72, 0.97, 0.97, 0.97, 0.80, 0.97),
    "av4": Floors(0.83, 0.97, 0.89, 0.97, 0.81, 0.90),
    # (av5's time of day floor moved from 0.81: "The suspension takes effect at 1am on
    # Saturday" is found now, timed as a morning by its clock where the annotation gives none)
    "av5": Floors(0.89, 0.97, 0.89, 0.97, 0.77, 0.90),
    "av6": Floors(0.97, 0.97, 0.97, 0.97, 0.63, 0.97),
}


def test_the_fiftieth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_fiftieth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_fiftieth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.85, speaker_ok=0.95, date_ok=0.88)
