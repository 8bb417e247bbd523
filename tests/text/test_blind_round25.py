"""Floor scores of statement extraction on the twenty-fifth blind round (tests/data/blind_round25).

Six articles (2019-2026, in the styles of six outlets: a Seoul English daily's interview printed
with its questions in capitals and the answers under the minister's surname, with an editor's
note; an Accra FM station's web summary of its evening bulletin in numbered stories, published
on a Saturday; an Athens daily's court report on a windfall levy, with a correction appended; a
Melbourne site's budget-day live blog told oldest first, with unzoned stamps; a Casablanca
business site's "what we know" explainer in numbered questions; a Singapore business site's
story built on a stock-exchange filing and the company's reply to the exchange regulator) were
written and annotated by a colleague who never saw the extractor's code. Their first run, on
the commit they arrived at (71229c2; the same at a3b866e, before that commit's time
expressions) and with no rule changed for them (the figure to expect on a new outlet): pooled
recall 0.756, speaker 0.853, date 0.809, precision field 0.88, time of day 0.84, rows'
precision 0.94 (``parser="spacy"``: 0.789, 0.845, 0.789); per article recall/speaker/date: w1
0.50/0.88/0.62, w2 0.94/0.88/0.75, w3 0.77/1.00/0.80, w4 0.72/0.85/0.92, w5 0.86/0.75/0.83,
w6 0.75/0.78/0.89. After general rules for its families (tested on made-up text in
test_families_session22.py: an interview with questions in capitals and answers under a
surname, "In an interview with ... on Friday", a title whose portfolio is a list with commas,
"the company", a long opening occasion before the subject, a live blog's unzoned stamps, "has
begun his budget speech", "held by 18 votes to 9", "they" after a group, "two Fridays ago", a
remark told to the chamber): pooled 0.922, 0.904, 0.819 (spaCy 0.933, 0.905, 0.810). The floors
sit a little under these figures.
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

ROUND25 = Path(__file__).resolve().parents[1] / "data" / "blind_round25"
ARTICLES = gold_stems(ROUND25)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    # (w1's speaker floor moved from 0.97: the vice minister's "The minister will meet ..."
    # is no longer read as the vice minister's own event, an office of another rank)
    "w1": Floors(0.97, 0.93, 0.72, 0.85, 0.97, 0.72),
    "w2": Floors(0.97, 0.85, 0.73, 0.79, 0.91, 0.92),
    "w3": Floors(0.89, 0.97, 0.64, 0.64, 0.55, 0.90),
    "w4": Floors(0.86, 0.91, 0.91, 0.97, 0.85, 0.90),
    "w5": Floors(0.83, 0.72, 0.80, 0.89, 0.97, 0.95),
    "w6": Floors(0.89, 0.79, 0.88, 0.97, 0.79, 0.85),
}


def test_the_twenty_fifth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_twenty_fifth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_the_twenty_fifth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.90, speaker_ok=0.88, date_ok=0.79)
