"""Floor scores of statement extraction on the eleventh blind round (tests/data/blind_round11).

Six articles (2024-2026: a continental business daily's English edition on a central bank's
rate cut, a US local television station's site on a state property-tax vote, a Canadian wire
on counter-tariffs, a Singapore business site on US export controls on chips, the transcript
of a Sunday television interview with a Treasury secretary on the debt limit, a British
newspaper's business pages on a central bank's split vote, in single quotation marks) were
written and annotated by three colleagues who never saw the extractor's code, after the tenth
round's rules were in place. Their first run, with no rule changed for them (the figure to
expect on a new outlet): pooled recall 0.77, speaker 0.85, date 0.68, precision field 0.75,
time of day 0.70, rows' precision 0.91 (``parser="spacy"``: 0.80, 0.86, 0.68); per article
recall/speaker/date: l1 0.77/0.88/0.82, l2 0.74/0.93/0.43, l3 0.70/1.00/0.75, l4
0.77/0.59/0.65, l5 0.92/0.91/0.74, l6 0.71/0.80/0.60. General rules for the families they
showed (quotations in single marks, "Jul 8" without its full stop, "passed it" after a bill,
"expectations that ... will", "Quote: “...”" read out in a transcript, "Under Secretary", a
consultation that closes on a date, "..., effective April 1", clauses joined by a semicolon)
and a title with a two-word portfolio brought the pooled figures to 0.84, 0.91, 0.78: the
floors sit a little under those.
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

ROUND11 = Path(__file__).resolve().parents[1] / "data" / "blind_round11"
ARTICLES = gold_stems(ROUND11)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "l1": Floors(0.76, 0.87, 0.87, 0.87, 0.58, 0.89),
    "l2": Floors(0.88, 0.93, 0.75, 0.81, 0.64, 0.94),
    "l3": Floors(0.82, 0.94, 0.83, 0.88, 0.94, 0.94),
    # (l4: "The department said it will accept comments until Aug 7" no longer takes the
    # wrong day of the rule before it, whose agent is now the bureau the lead names: unknown)
    "l4": Floors(0.81, 0.82, 0.60, 0.60, 0.77, 0.94),
    "l5": Floors(0.91, 0.95, 0.77, 0.86, 0.51, 0.79),
    "l6": Floors(0.80, 0.81, 0.81, 0.81, 0.75, 0.99),
}


def test_the_eleventh_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_eleventh_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_eleventh_round():
    assert_pooled_above(
        ARTICLES, recall=0.83, speaker_ok=0.90, date_ok=0.77, precision_ok=0.82, time_of_day_ok=0.69
    )
