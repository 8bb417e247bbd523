"""Floor scores of statement extraction on the forty-first blind round (tests/data/blind_round41).

Six articles (2012-2025, ordinary news in six house styles: a Kyodo News story on export
controls on chip materials; a Globe and Mail story on a Bank of Canada rise; a Daily Nation
story on a finance bill's vote; a Straits Times story on a decision not to retaliate against
tariffs; a Deutsche Welle story on a sanctions package; a MarketWatch story on a central bank
president's speech) were written and annotated by a colleague who never saw the extractor's
code. Their first run, on the commit they arrived at (51c4141) and with no rule changed for
them (the figure to expect on a new outlet): pooled recall 0.898, speaker 0.989, date 0.932
(``parser="spacy"``: 0.929, 0.989, 0.923): all three over their targets (0.80, 0.92, 0.85);
per article recall/speaker/date: am1 0.94/1.00/0.94, am2 0.93/1.00/0.86, am3 0.83/0.93/0.93,
am4 0.89/1.00/0.94, am5 0.94/1.00/0.93, am6 0.86/1.00/1.00. After general rules for its
families (a coalition as a body, a trade's operators, a rating agency's act, rates that "kick
in", a condition after a comma, a participle after an article, a date in what a participle
says, hitting back, comments accepted until a day; tested in test_families_session26.py):
pooled 0.959, 1.000, 0.957. The floors sit a little under these figures.
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

ROUND41 = Path(__file__).resolve().parents[1] / "data" / "blind_round41"
ARTICLES = gold_stems(ROUND41)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "am1": Floors(0.97, 0.97, 0.91, 0.91, 0.91, 0.91),
    # (time of day lowered: the forecast revised with the decision, found since the fiftieth
    # round's session, is untimed like the decision it came with)
    "am2": Floors(0.90, 0.97, 0.89, 0.89, 0.65, 0.97),
    "am3": Floors(0.85, 0.97, 0.90, 0.97, 0.84, 0.97),
    "am4": Floors(0.97, 0.97, 0.97, 0.97, 0.63, 0.97),
    "am5": Floors(0.97, 0.97, 0.90, 0.90, 0.97, 0.97),
    "am6": Floors(0.89, 0.97, 0.97, 0.97, 0.89, 0.91),
}


def test_the_forty_first_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_forty_first_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_forty_first_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.93, speaker_ok=0.98, date_ok=0.93)
