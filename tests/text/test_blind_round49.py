"""Floor scores of statement extraction on the forty-ninth blind round (tests/data/blind_round49).

Six articles (1998-2022, ordinary news in six house styles: a Business Standard story on a
Reserve Bank of India cut; a EURACTIV story on a steel safeguard; a Korea Times story on a
trade halt as a sanction; a Telegraph weekend story on a mini-budget; a Star (Malaysia)
next-morning story on capital controls and a peg; a Daily Star (Bangladesh) story on fuel
prices raised overnight) were written and annotated by a colleague who never saw the
extractor's code, after the rules for the forty-eighth round. Their first run, on the commit
they arrived at (9a63278) and with no rule changed for them (the figure to expect on a new
outlet): pooled recall 0.833, speaker 0.941, date 0.882 (``parser="spacy"``: 0.863, 0.932,
0.875): all three targets met; per article recall/speaker/date: au1 0.76/0.92/0.92, au2
1.00/1.00/0.81, au3 1.00/0.94/0.82, au4 0.72/0.92/0.92, au5 0.94/0.88/0.88, au6
0.56/1.00/1.00. After one general rule for its families (set prices of fuels and fertiliser as
policy objects; tested in test_families_session27.py): pooled 0.873, 0.944, 0.888. The floors
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

ROUND49 = Path(__file__).resolve().parents[1] / "data" / "blind_round49"
ARTICLES = gold_stems(ROUND49)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    # (time of day 0.81 -> 0.77: the forecast revised with the decision, found since the
    # fiftieth round's session, is untimed like the decision it came with)
    "au1": Floors(0.73, 0.89, 0.89, 0.97, 0.77, 0.97),
    "au2": Floors(0.97, 0.97, 0.78, 0.84, 0.84, 0.91),
    "au3": Floors(0.97, 0.91, 0.79, 0.79, 0.73, 0.92),
    "au4": Floors(0.69, 0.89, 0.89, 0.97, 0.81, 0.90),
    "au5": Floors(0.91, 0.85, 0.85, 0.85, 0.73, 0.91),
    "au6": Floors(0.78, 0.97, 0.97, 0.97, 0.73, 0.90),
}


def test_the_forty_ninth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_forty_ninth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_forty_ninth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.85, speaker_ok=0.92, date_ok=0.86)
