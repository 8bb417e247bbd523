"""Floor scores of statement extraction on the fifty-eighth blind round (tests/data/blind_round58).

Six articles (2023-2025, ordinary news in six house styles: a PA Media story on a takeover
blocked by the competition regulator; a Business Recorder story on an unscheduled rate rise; a
Seattle Times story on a machinists' strike; an SABC News story on a budget speech postponed; a
Lloyd's List story on tanker sanctions; a Morning Brew newsletter on tariffs on electric cars)
were written and annotated by a colleague who never saw the extractor's code, after the rules
for the fifty-seventh round and two rules for headlines and declined comments. Their first run,
on the commit they arrived at (5fbe121) and with no rule changed for them (the figure to expect
on a new outlet): pooled recall 0.819, speaker 0.849, date 0.756 (``parser="spacy"``: 0.838,
0.864, 0.750): recall met, speaker and date under their targets; per article
recall/speaker/date: bd1 0.85/0.88/0.76, bd2 0.85/0.82/0.65, bd3 0.87/0.69/0.77, bd4
0.79/0.93/0.80, bd5 0.86/0.83/0.75, bd6 0.71/0.92/0.83. After the general rules for its
families ("According to the statement"; a central bank's monetary policy committee; instructions
withdrawn; a shouted "THE"; market lines according to traders or the bank; a chair in a clause
of time; tested in test_families_session29.py): pooled 0.829, 0.885, 0.805. The floors sit a
little under these figures.
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

ROUND58 = Path(__file__).resolve().parents[1] / "data" / "blind_round58"
ARTICLES = gold_stems(ROUND58)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "bd1": Floors(0.82, 0.85, 0.73, 0.73, 0.68, 0.87),
    "bd2": Floors(0.87, 0.86, 0.86, 0.86, 0.69, 0.92),
    "bd3": Floors(0.84, 0.66, 0.74, 0.89, 0.82, 0.80),
    # (speaker 0.90 -> 0.85, precision field 0.77 -> 0.73: "VAT was last raised in 2018" is
    # found now, as the Cabinet's act of a year, where the annotation has the government's and
    # a range)
    "bd4": Floors(0.76, 0.85, 0.77, 0.73, 0.77, 0.91),
    "bd5": Floors(0.83, 0.89, 0.72, 0.72, 0.97, 0.85),
    "bd6": Floors(0.68, 0.97, 0.80, 0.89, 0.89, 0.97),
}


def test_the_fifty_eighth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_fifty_eighth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_fifty_eighth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.80, speaker_ok=0.86, date_ok=0.78)
