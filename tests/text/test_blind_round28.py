"""Floor scores of statement extraction on the twenty-eighth blind round (tests/data/blind_round28).

Six articles (2019-2026, in the styles of six outlets: a Kigali site's compilation of
officials' posts on X, each post under a label with the account and the hour; a Lisbon press
review of what the papers said about a budget; a Doha business daily's wrap of Gulf central
banks following the Federal Reserve overnight; a Tallinn long-form feature on a VAT rise's path
through parliament, told in its own thread of dates; a Cape Town numbered morning briefing; an
Ulaanbaatar story on an inflation release) were written and annotated by a colleague who never
saw the extractor's code. Their first run, on the commit they arrived at (78f2505) and with no
rule changed for them (the figure to expect on a new outlet): pooled recall 0.776, speaker
0.763, date 0.542, precision field 0.66, time of day 0.66, rows' precision 0.91
(``parser="spacy"``: 0.829, 0.778, 0.540); per article recall/speaker/date: z1 0.93/0.15/0.08,
z2 0.64/0.89/0.56, z3 0.75/0.89/0.44, z4 0.73/1.00/0.73, z5 0.73/0.88/0.75, z6 0.90/1.00/0.89.
After general rules for its families (tested on made-up text in test_families_session23.py: a
post under its label, the paper a press review's paragraph opens with, a report's dated
remark, "Its chair", a measure's present tense before a trailing cue, a numbered item's lead
phrase, "at 10:00 today", "The next morning", "That June", "Ts." as an initial, a reply that
reports no words): pooled 0.908, 0.942, 0.783 (spaCy the same three figures). The floors sit
a little under these figures.
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

ROUND28 = Path(__file__).resolve().parents[1] / "data" / "blind_round28"
ARTICLES = gold_stems(ROUND28)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    # (z1's time of day 0.74 -> 0.66 when "that night" became a time expression: its row
    # of a Cabinet's afternoon approval and the night post of it is dated by the post)
    # (z1's rows' precision floor moved from 0.85: ", and the Office of the Prime Minister
    # posted the key line that night" is now a statement of its own, which the annotation
    # does not list)
    "z1": Floors(0.90, 0.97, 0.74, 0.89, 0.66, 0.82),
    "z2": Floors(0.90, 0.82, 0.59, 0.66, 0.89, 0.90),
    "z3": Floors(0.97, 0.89, 0.80, 0.80, 0.72, 0.91),
    "z4": Floors(0.77, 0.97, 0.80, 0.80, 0.89, 0.97),
    "z5": Floors(0.79, 0.86, 0.75, 0.97, 0.86, 0.97),
    "z6": Floors(0.97, 0.97, 0.87, 0.87, 0.77, 0.90),
}


def test_the_twenty_eighth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_twenty_eighth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_the_twenty_eighth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.88, speaker_ok=0.92, date_ok=0.76)
