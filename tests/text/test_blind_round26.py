"""Floor scores of statement extraction on the twenty-sixth blind round (tests/data/blind_round26).

Six articles (2022-2026, in the styles of six outlets: a Lima wire's timeline of a pension
withdrawal law, its entries told in the present tense under date labels; a Bogota review's
signed op-ed on minimum-wage talks; a Dhaka site's same-evening story quoting a ministry's
press release in its own translation, with day/month/year dates; a Bangkok Saturday week in
review with "Monday:" to "Friday:" headings on lines of their own and a look-ahead; a Helsinki
magazine's farewell profile of a retiring central banker quoting her statements since 2008; a
Chennai daily's "winners and losers" scorecard of a state budget) were written and annotated by
a colleague who never saw the extractor's code. Their first run, on the commit they arrived at
(bb0ec23) and with no rule changed for them (the figure to expect on a new outlet): pooled
recall 0.728, speaker 0.880, date 0.747, precision field 0.81, time of day 0.89, rows'
precision 0.98 (``parser="spacy"``: 0.777, 0.875, 0.700); per article recall/speaker/date: x1
0.71/0.94/0.94, x2 0.93/1.00/0.71, x3 0.79/0.82/1.00, x4 0.71/1.00/0.33, x5 0.80/0.50/0.83, x6
0.50/1.00/0.56. After general rules for its families (tested on made-up text in
test_families_session22.py: a week in review's day headings, "to the end of September", a
walkout, a caucus, a budget presented, a timeline's present-tense acts and market moves, a
superintendency, "the executive", pension funds, a profile's subject in the present tense):
pooled 0.825, 0.941, 0.882 (spaCy 0.864, 0.933, 0.865). The floors sit a little under these
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

ROUND26 = Path(__file__).resolve().parents[1] / "data" / "blind_round26"
ARTICLES = gold_stems(ROUND26)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    # (time of day 0.97 -> 0.95: the law "promulgated by the president of Congress" is found
    # now, its "shortly before midnight" read as no part of the day)
    "x1": Floors(0.89, 0.97, 0.92, 0.92, 0.95, 0.92),
    "x2": Floors(0.90, 0.97, 0.68, 0.90, 0.97, 0.95),
    # (x3's date 0.97 -> 0.90 when "the prices of all fuel oils" became a policy object: two
    # statements newly found, and "told reporters shortly after the announcement" now takes
    # the last dated statement before it, the day before the announcement)
    "x3": Floors(0.76, 0.79, 0.90, 0.97, 0.61, 0.90),
    "x4": Floors(0.73, 0.97, 0.97, 0.97, 0.97, 0.95),
    "x5": Floors(0.77, 0.72, 0.80, 0.72, 0.89, 0.95),
    # (time of day 0.66 -> 0.63: the exemption that "has been extended to December 31, 2025" is
    # found now, dated to the budget's day by inheritance, which carries no time of day)
    "x6": Floors(0.64, 0.97, 0.72, 0.80, 0.63, 0.95),
}


def test_the_twenty_sixth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_twenty_sixth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_the_twenty_sixth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.80, speaker_ok=0.92, date_ok=0.86)
