"""Floor scores of statement extraction on the eighteenth blind round (tests/data/blind_round18).

Six articles (2026, in the styles of six outlets: a US farm-press site on soybean prices, a
China purchase pledge and a USDA aid package, published the day after Labor Day; a UAE
business daily's Sunday story on an OPEC+ output decision and a Saudi pre-budget statement,
stamped in Gulf time; a Stockholm English-language site on a Riksbank cut, the krona and a
spring budget, stamped in CET with the 24-hour clock; a London maritime trade paper's Monday
story on USTR port fees for Chinese-built ships, recounting the week before; a Jakarta
business daily on a Bank Indonesia hold and rupiah intervention, published in Western
Indonesia time; and a Washington political wire on a Senate Banking Committee hearing for a
Federal Reserve nominee, published on the Juneteenth holiday) were written and annotated by
a colleague who never saw the extractor's code. Their first run, on the commit they arrived
at (ad16439) and with no rule changed for them (the figure to expect on a new outlet): pooled
recall 0.82, speaker 0.89, date 0.75, precision field 0.79, time of day 0.70, rows' precision
0.93 (``parser="spacy"``: 0.86, 0.88, 0.75); per article recall/speaker/date: r1
0.78/0.79/0.86, r2 0.72/0.92/0.62, r3 0.76/1.00/0.88, r4 0.86/0.83/0.56, r5 0.88/0.93/0.67,
r6 0.88/0.86/0.91. After general rules for families it shows, among others (tested on
made-up text in test_families_session18.py): the market's pricing of a move and the data a
market line cites give no speaker; a span "from Tuesday to Thursday" and two days joined by
"and" date a statement as one range; the occasion a cue names dates it however long its
phrase; "OPEC+" is a name; a dateline with a colon is not the actor; a market line "in early
trade" is of the morning: pooled 0.84, 0.91, 0.83, time of day 0.72. The floors sit a little
under the latest figures.
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

ROUND18 = Path(__file__).resolve().parents[1] / "data" / "blind_round18"
ARTICLES = gold_stems(ROUND18)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    # (date 0.83 -> 0.80, precision field 0.90 -> 0.86: "The department expects the first
    # payments to reach producers in early November" is found now, as the department's, with
    # no date; the annotation dates the expectation by the month it names)
    "r1": Floors(0.75, 0.83, 0.80, 0.86, 0.83, 0.82),
    "r2": Floors(0.80, 0.97, 0.77, 0.77, 0.65, 0.97),
    "r3": Floors(0.73, 0.97, 0.85, 0.91, 0.72, 0.86),
    "r4": Floors(0.83, 0.80, 0.69, 0.75, 0.75, 0.97),
    "r5": Floors(0.91, 0.91, 0.78, 0.78, 0.66, 0.97),
    "r6": Floors(0.85, 0.83, 0.88, 0.88, 0.56, 0.86),
}


def test_the_eighteenth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_eighteenth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_eighteenth_round():
    assert_pooled_above(
        ARTICLES, recall=0.82, speaker_ok=0.89, date_ok=0.81, precision_ok=0.84, time_of_day_ok=0.70
    )
