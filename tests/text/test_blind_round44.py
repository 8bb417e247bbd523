"""Floor scores of statement extraction on the forty-fourth blind round (tests/data/blind_round44).

Six articles (2016-2019, ordinary news in six house styles: a BBC News story on a Bank of
England cut; a Xinhua story on a tariff commission's rise; a Korea Herald story on Japan's
export whitelist; a BusinessDay budget story; a Washington Post story on an early-Saturday
Senate tax vote; a The National story on US sanctions on Iran) were written and annotated by a
colleague who never saw the extractor's code, after the rules for the forty-first to
forty-third rounds. Their first run, on the commit they arrived at (3410692, the extraction
code of a1049d5) and with no rule changed for them (the figure to expect on a new outlet):
pooled recall 0.792, speaker 0.900, date 0.812 (``parser="spacy"``: 0.832, 0.905, 0.833):
under all three targets (0.80, 0.92, 0.85), the weakest first run since the thirty-third round;
per article recall/speaker/date: ap1 0.84/0.94/0.62, ap2 0.82/0.93/0.71, ap3 0.67/0.92/0.92,
ap4 0.89/0.94/0.88, ap5 0.69/1.00/0.89, ap6 0.80/0.67/0.92. After five general rules for its
families (a reimposed measure, a tally "51 to 49", an order "set to be promulgated", a cue in a
relative clause inside a participle's clause, a statement "according to" its releaser; tested in
test_families_session26.py): pooled 0.842, 0.918, 0.859. The floors sit a little under these
figures (set at 0.832, 0.917, 0.833).
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

ROUND44 = Path(__file__).resolve().parents[1] / "data" / "blind_round44"
ARTICLES = gold_stems(ROUND44)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "ap1": Floors(0.81, 0.90, 0.59, 0.59, 0.65, 0.91),
    "ap2": Floors(0.79, 0.89, 0.68, 0.68, 0.54, 0.97),
    "ap3": Floors(0.69, 0.97, 0.97, 0.97, 0.81, 0.90),
    "ap4": Floors(0.86, 0.91, 0.85, 0.85, 0.79, 0.97),
    "ap5": Floors(0.73, 0.97, 0.87, 0.87, 0.56, 0.90),
    "ap6": Floors(0.90, 0.68, 0.89, 0.89, 0.82, 0.97),
}


def test_the_forty_fourth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_forty_fourth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_forty_fourth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.81, speaker_ok=0.89, date_ok=0.81)
