"""Floor scores of statement extraction on the thirteenth blind round (tests/data/blind_round13).

Six articles (2026: a New Zealand news site on a central bank's cut and its governor before a
select committee, a US cable network's live-updates page on a government-funding deadline
night, a Latin American wire from Mexico City on a rate hold and US steel tariffs, an Istanbul
daily on an emergency rate hike after a Sunday-night meeting, a personal economics newsletter
on a Fed chair's Jackson Hole speech, a South African business daily on a rate cut and a
budget statement to come) were written and annotated by three colleagues who never saw the
extractor's code, after the twelfth round's rules were in place. Their first run, on the
commit they were written against and with no rule changed for them (the figure to expect on a
new outlet): pooled recall 0.67, speaker 0.87, date 0.62, precision field 0.81, time of day
0.48, rows' precision 0.92 (``parser="spacy"``: 0.74, 0.86, 0.63); per article
recall/speaker/date: n1 0.58/0.82/0.64, n2 0.68/0.86/0.57, n3 0.80/0.90/0.70, n4
0.59/0.85/0.54, n5 0.47/1.00/0.62, n6 0.89/0.81/0.62. After the rules written for its error
families (each tested on made-up text in test_families_round13.py): pooled 0.78, 0.90, 0.70,
0.86, 0.52 (market lines found since have no date), and with the fourteenth round's rules 0.78,
0.91, 0.72, 0.88, 0.52; the floors sit a little under those. Not mended, by choice: a quotation that a cue
splits ("“...,” she said. “...”") stays one quote, as the seed's annotation and the earlier
rounds' have it, where this round annotates two.
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

ROUND13 = Path(__file__).resolve().parents[1] / "data" / "blind_round13"
ARTICLES = gold_stems(ROUND13)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "n1": Floors(0.77, 0.85, 0.72, 0.79, 0.52, 0.90),
    "n2": Floors(0.73, 0.90, 0.55, 0.99, 0.42, 0.95),
    # (n3 rows: "..., but said core prices ..." is a clause of its own since the fifteenth
    # round's rules; this round's annotators kept it in the statement before it)
    "n3": Floors(0.83, 0.89, 0.84, 0.89, 0.37, 0.88),
    "n4": Floors(0.76, 0.87, 0.51, 0.81, 0.63, 0.99),
    "n5": Floors(0.57, 0.99, 0.69, 0.69, 0.69, 0.75),
    "n6": Floors(0.93, 0.93, 0.93, 0.93, 0.57, 0.90),
}


def test_the_thirteenth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_thirteenth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_thirteenth_round():
    assert_pooled_above(
        ARTICLES, recall=0.77, speaker_ok=0.90, date_ok=0.71, precision_ok=0.87, time_of_day_ok=0.51
    )
