"""Floor scores of statement extraction on the forty-fifth blind round (tests/data/blind_round45).

Six articles (2015-2022, ordinary news in six house styles: a Fox Business story on a Federal
Reserve cut; a Hindustan Times story on retaliatory duties; a Taipei Times story on an export
rule for chips; a Bernama story on a consumption tax zero-rated; a Sky News story on an energy
price cap; a Caixin Global story on a central bank's currency fixing) were written and
annotated by a colleague who never saw the extractor's code, after the rules for the
forty-fourth round. Their first run, on the commit they arrived at (30a5a40, whose rules were
written before the round was seen; 19515c6 gives the same figures) and with no rule changed for
them (the figure to expect on a new outlet): pooled recall 0.870, speaker 0.920, date 0.862
(``parser="spacy"``: 0.900, 0.911, 0.867): all three targets (0.80, 0.92, 0.85) met; per
article recall/speaker/date: aq1 0.94/1.00/0.87, aq2 0.71/0.75/0.83, aq3 0.89/0.94/0.94, aq4
1.00/1.00/1.00, aq5 0.88/0.93/0.80, aq6 0.80/0.83/0.67. After general rules for its families
(a country's office as speaker, a level "announced at 7am" as its announcer's act, a vote told
by its tally, "Policymakers also said", a day compared with, an IMF staff report, "by 90 days";
tested in test_families_session27.py): pooled 0.930, 0.957, 0.935. The floors sit a little
under these figures.
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

ROUND45 = Path(__file__).resolve().parents[1] / "data" / "blind_round45"
ARTICLES = gold_stems(ROUND45)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "aq1": Floors(0.97, 0.97, 0.97, 0.97, 0.53, 0.92),
    "aq2": Floors(0.73, 0.81, 0.81, 0.89, 0.97, 0.97),
    "aq3": Floors(0.91, 0.97, 0.91, 0.91, 0.97, 0.97),
    "aq4": Floors(0.97, 0.97, 0.97, 0.97, 0.85, 0.92),
    "aq5": Floors(0.91, 0.90, 0.84, 0.84, 0.78, 0.92),
    "aq6": Floors(0.90, 0.89, 0.89, 0.89, 0.61, 0.91),
}


def test_the_forty_fifth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_forty_fifth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_forty_fifth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.91, speaker_ok=0.93, date_ok=0.91)
