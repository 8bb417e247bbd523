"""Floor scores of statement extraction on the fifth blind round (tests/data/blind_round5).

Six articles (2023-2026: a wire story on a Fed decision, a markets wrap on Treasury refunding,
a regional story on a state budget, a wire story on export controls, a magazine piece on a
central bank, a business live blog) were written and annotated by a colleague who never saw the
extractor's code. Their first run, pooled: recall 0.73, speaker 0.93, date 0.48, precision
field 0.50, time of day 0.90. The largest date family was undated statements of the story's
main occasion; three general rules fixed it (:mod:`toolkit.text.inheritance`): a live blog's
entries may be stamped on a line of their own ("21.30 GMT"), and its undated market remarks are
of the entry day too; the lead's dated statement is the occasion that "after the meeting" (the
decision, ...) names, whatever its kind; an undated market line takes the session of a lead
dated on the publication day or the day before. After them, pooled: recall 0.73, speaker 0.93,
date 0.77, precision field 0.78, time of day 0.90 (date per article: f1 0.35 -> 0.71, f2 0.31
-> 0.69, f3 0.75, f4 0.91, f5 0.67, f6 0.11 -> 0.89). The floors sit a little under those
scores; ``docs/extraction.md`` has all the rounds.
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

ROUND5 = Path(__file__).resolve().parents[1] / "data" / "blind_round5"
ARTICLES = gold_stems(ROUND5)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "f1": Floors(0.75, 0.85, 0.68, 0.68, 0.95),
    # (f2, f4 rows: a second cue after ", and" or ", but" is a clause of its own since the
    # fifteenth round's rules; these annotators kept it in the statement before it)
    "f2": Floors(0.73, 0.82, 0.65, 0.74, 0.95, rows=0.91),
    "f3": Floors(0.67, 0.90, 0.72, 0.72, 0.78, 0.85),
    # (f4: a "He said ..." after a dated remark is found as a saying of its own, with the date
    # it inherits and, as every inherited date, no time of day)
    # (speaker 0.95 -> 0.93: "A separate rule ... is expected next month", found since the
    # fifty-third round's session, goes to the last body named rather than the department)
    "f4": Floors(0.58, 0.93, 0.88, 0.88, 0.92, rows=0.94),
    # (f5: "Interest rates, he said, had been ..." is found since a parenthetical cue's pronoun
    # is its subject; its date is inherited, with no time of day)
    "f5": Floors(0.84, 0.93, 0.70, 0.75, 0.88),
    "f6": Floors(0.76, 0.95, 0.85, 0.85, 0.70, 0.90),
}


def test_the_fifth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_fifth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_fifth_round():
    assert_pooled_above(
        ARTICLES, recall=0.71, speaker_ok=0.91, date_ok=0.74, precision_ok=0.75, time_of_day_ok=0.88
    )
