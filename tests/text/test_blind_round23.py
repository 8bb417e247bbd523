"""Floor scores of statement extraction on the twenty-third blind round (tests/data/blind_round23).

Six articles (2020-2026, in the styles of six outlets: a Karachi business daily on an IMF
staff-level agreement, with anonymous sources; the English edition of a Buenos Aires daily in
literal translation ("this Wednesday", "at 17:30 hours"); a UK site's edited transcript of a
Treasury Committee evidence session with numbered questions; a Nairobi wire story with update
stamps on a finance bill's third reading; a Wyoming regional paper on a multistate lawsuit; a
Hong Kong paper's question-and-answer explainer on a State Council stimulus) were written and
annotated by a colleague who never saw the extractor's code. Their first run, on the commit
they arrived at (2f9436a) and with no rule changed for them (the figure to expect on a new
outlet): pooled recall 0.854, speaker 0.882, date 0.671, precision field 0.76, time of day
0.74, rows' precision 0.96 (``parser="spacy"``: 0.876, 0.872, 0.679); per article
recall/speaker/date: u1 0.94/0.88/0.81, u2 0.80/0.75/0.58, u3 0.62/0.88/0.75, u4
0.93/0.86/0.64, u5 0.86/1.00/0.75, u6 0.93/0.93/0.50. After general rules for its families
(tested on made-up text in test_families_session21.py: "Late Tuesday," before a subject,
"overnight in New York", a bond's maturity, a market line "according to" a central bank, a
confederation, "the Chancellor" alone, a relative clause after a weekday, a market line "in
morning trade", the tense of ", the Fund said", a committee's transcript with numbered
questions and witnesses' names): pooled 0.899, 0.938, 0.750; after the later ones (a family
name said first alone, "Vice-Minister", "told the same briefing", "the premier told the
meeting", "in a message ... the night of this Wednesday"): 0.899, 0.950, 0.800. The floors
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

ROUND23 = Path(__file__).resolve().parents[1] / "data" / "blind_round23"
ARTICLES = gold_stems(ROUND23)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "u1": Floors(0.90, 0.90, 0.85, 0.85, 0.65, 0.95),
    "u2": Floors(0.77, 0.80, 0.64, 0.64, 0.64, 0.90),
    "u3": Floors(0.88, 0.97, 0.80, 0.80, 0.55, 0.64),
    "u4": Floors(0.90, 0.90, 0.61, 0.90, 0.68, 0.95),
    # (u5's rows' precision floor moved from 0.95: "She said the states would ask for a
    # hearing ... next week" now gives the states' request to come as a row of its own too)
    "u5": Floors(0.83, 0.97, 0.89, 0.89, 0.80, 0.92),
    "u6": Floors(0.90, 0.97, 0.83, 0.90, 0.68, 0.95),
}


def test_the_twenty_third_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_twenty_third_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_the_twenty_third_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.87, speaker_ok=0.93, date_ok=0.78)
