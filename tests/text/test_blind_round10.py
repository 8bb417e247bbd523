"""Floor scores of statement extraction on the tenth blind round (tests/data/blind_round10).

Six articles (2023-2026: an Indian business daily on a central bank's rate cut under US
tariffs, a wire's flash headlines and story on a Fed chair's testimony, an Australian
broadcaster's federal budget story, a Mexican news agency's sanctions story in literal
translation, a trade bulletin reprinting a senators' press release on a federal holiday, a
Tokyo business daily on a currency intervention) were written and annotated by a colleague
who never saw the extractor's code, after the ninth round's rules were in place. Their first
run, with no rule changed for them (the figure to expect on a new outlet): pooled recall
0.67, speaker 0.85, date 0.72, precision field 0.76, time of day 0.69, rows' precision 0.94
(``parser="spacy"``: 0.74, 0.84, 0.70); per article recall/speaker/date: k1 0.75/0.93/0.40,
k2 0.71/1.00/0.80, k3 0.63/0.92/0.83, k4 0.61/0.55/0.82, k5 0.53/0.88/0.50, k6
0.73/0.81/0.94. General rules for the families they showed (a second saying of one speaker,
a ", saying ..." remark dated by its act, a press release's own "Today", "a department
spokesperson", "the Governor", a lower-case title after ", and", bodies named with "and",
"Bank of Japan Governor Kenta Sato", a relative "when" of a time, hearings that begin, events
announced in reported speech and after ", and") brought the pooled figures to 0.80, 0.90,
0.86: the floors sit a little under those.
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

ROUND10 = Path(__file__).resolve().parents[1] / "data" / "blind_round10"
ARTICLES = gold_stems(ROUND10)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "k1": Floors(0.94, 0.94, 0.73, 0.83, 0.76, 0.94),
    # (k2: "A spokeswoman for the U.S. Trade Representative said" found since the fifteenth
    # round's rules, its flash entry's day and hour not read: date and time of day lower)
    "k2": Floors(0.70, 0.99, 0.81, 0.81, 0.27, 0.91),
    "k3": Floors(0.82, 0.99, 0.79, 0.85, 0.63, 0.89),  # (a row found in 2026-12: its "overnight" is the publication day)
    "k4": Floors(0.82, 0.72, 0.86, 0.86, 0.79, 0.94),
    "k5": Floors(0.72, 0.90, 0.99, 0.99, 0.99, 0.91),
    # (k6: "the finance ministry ... publishes monthly intervention figures at the end of the
    # month" is found since "the ministry" after the one named counts as someone; it is dated
    # by the day of the sentence, not the month's last day: recall 0.86 -> 0.91, date 0.95 ->
    # 0.90)
    "k6": Floors(0.90, 0.83, 0.89, 0.94, 0.73, 0.99),
}


def test_the_tenth_blind_round_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_article_of_the_tenth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:2]])


def test_pooled_scores_of_the_tenth_round():
    assert_pooled_above(
        # (date 0.87 -> 0.86 when k6's end-of-month release was found with the sentence's day)
        ARTICLES, recall=0.81, speaker_ok=0.89, date_ok=0.86, precision_ok=0.89, time_of_day_ok=0.73
    )
