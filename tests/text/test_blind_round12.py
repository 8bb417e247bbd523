"""Floor scores of statement extraction on the twelfth blind round (tests/data/blind_round12).

Six articles (2025-2026: a Brazilian business site's English edition on a rate hike announced
after the close, a state-media report of a commerce ministry's briefing on export controls, a
British broadsheet on Budget day, a Sunday week-ahead column of a personal-finance site, a
Brussels morning newsletter on a sanctions package, a regional paper on a governor's veto of a
tax cut) were written and annotated by three colleagues who never saw the extractor's code,
after the eleventh round's rules were in place. Their first run, with no rule changed for them
(the figure to expect on a new outlet): pooled recall 0.70, speaker 0.91, date 0.74, precision
field 0.83, time of day 0.71, rows' precision 0.98 (``parser="spacy"``: 0.73, 0.91, 0.74); per
article recall/speaker/date: m1 0.89/0.88/0.76, m2 0.81/0.92/0.92, m3 0.73/0.79/0.63, m4
0.56/1.00/0.60, m5 0.54/1.00/0.93, m6 0.76/0.94/0.62. General rules for the families they
showed (a diary's or a week-ahead column's day labels, a newsletter's run-in labels, "In its
statement," before the subject, a title of a portfolio of several words, "statistics agency
IBGE", a body's short name in brackets, a lone clock time after an announced date, "within
hours", "From April, ... will", "starting from June 15" before a trailing attribution, a bill
that "passed the Senate", "a spokesman for X", "the Prime Minister's official spokesman", a
tallied vote, a plan of a rally, the period of a forecast, "25-26 June", "Leaders will take
stock ...", "“...,” the text said") brought the pooled figures to 0.81, 0.95, 0.83: the floors
sit a little under those.
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

ROUND12 = Path(__file__).resolve().parents[1] / "data" / "blind_round12"
ARTICLES = gold_stems(ROUND12)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "m1": Floors(0.94, 0.88, 0.77, 0.88, 0.71, 0.99),
    # (time of day 0.70 -> 0.66: the ministry's answer after a quoted term, found since the
    # fiftieth round's session, is untimed like the briefing it inherits from)
    "m2": Floors(0.87, 0.99, 0.99, 0.99, 0.66, 0.93),
    "m3": Floors(0.76, 0.80, 0.59, 0.59, 0.54, 0.99),
    "m4": Floors(0.60, 0.90, 0.81, 0.90, 0.81, 0.94),
    "m5": Floors(0.70, 0.94, 0.94, 0.99, 0.69, 0.99),
    "m6": Floors(0.94, 0.99, 0.79, 0.84, 0.89, 0.95),
}


def test_the_twelfth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_twelfth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_twelfth_round():
    assert_pooled_above(
        ARTICLES, recall=0.79, speaker_ok=0.93, date_ok=0.81, precision_ok=0.85, time_of_day_ok=0.72
    )
