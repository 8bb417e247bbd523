"""Floor scores of statement extraction on the sixty-third blind round (tests/data/blind_round63).

Six articles (2023-2025, ordinary news in six house styles: a bdnews24.com story on a garment
minimum wage; a story in The Citizen on a ban on farm imports; an Energy Voice story on a court
ruling two oil and gas approvals unlawful; a Zawya wire on a royal decree for a personal income
tax; a Balkan Insight story on a central bank's euro-only rule; a Voice of America story on
tariffs on buyers of a country's oil) were written and annotated by a colleague who never saw
the extractor's code, after the rules for the sixty-second round. Their first run, on the
commit they arrived at (e6c76bf) and with no rule changed for them (the figure to expect on a
new outlet): pooled recall 0.836, speaker 0.750, date 0.880 (``parser="spacy"``: 0.873, 0.750,
0.906): recall and date met, speaker not; per article recall/speaker/date: bi1 0.60/0.92/0.75,
bi2 0.84/0.75/0.94, bi3 0.84/0.69/0.88, bi4 0.88/0.53/0.80, bi5 0.94/0.82/1.00, bi6
0.94/0.81/0.88. After the general rules for some of its families (an act a news agency
reported; a body's head as a later "he"; a state minister; an acronym after "or"; passives of
revision; rallies announced for a later day; an unnamed judge as the court; a possessor inside
a run of names; "according to the statement" as its issuer; a deadline extended; tested in
test_families_session32.py): pooled 0.891, 0.847, 0.939. The floors sit a little under these
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

ROUND63 = Path(__file__).resolve().parents[1] / "data" / "blind_round63"
ARTICLES = gold_stems(ROUND63)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "bi1": Floors(0.77, 0.85, 0.91, 0.91, 0.78, 0.97),
    "bi2": Floors(0.86, 0.79, 0.91, 0.91, 0.73, 0.97),
    "bi3": Floors(0.81, 0.91, 0.97, 0.97, 0.72, 0.97),
    # (bi4's time of day floor moved from 0.77: "Brent crude futures were at $77.20 a barrel
    # at 1000 GMT" is found now, timed as a morning by its clock where the annotation gives none)
    "bi4": Floors(0.85, 0.70, 0.84, 0.84, 0.72, 0.97),
    "bi5": Floors(0.91, 0.79, 0.97, 0.97, 0.85, 0.97),
    "bi6": Floors(0.97, 0.85, 0.85, 0.91, 0.97, 0.97),
}


def test_the_sixty_third_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_sixty_third_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_sixty_third_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.87, speaker_ok=0.83, date_ok=0.92)
