"""Error families found in the pooled misses of all annotated sets after the twenty-first blind
round, each fixed by a general rule and tested here on made-up sentences of the same shape
(never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-07-15"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "The cut came a day after X said ...": a day before the story's occasion ---------------
def test_an_act_that_the_occasion_came_days_after_is_dated_back_from_it():
    f = rows(
        "The central bank lowered its policy rate on Wednesday to 3.1 per cent.\n\n"
        "The cut came a day after Trade Minister Lena Ortiz said the country would impose "
        "duties on imported steel.\n\n"
        "The move came two days after the National Assembly passed the budget bill.\n\n"
        "The decision came a day after the Federal Reserve cut rates on Monday."
    )
    assert containing(f, "Lena Ortiz")["date"] == pd.Timestamp("2026-07-14")
    assert containing(f, "two days after")["date"] == pd.Timestamp("2026-07-13")
    # a date of its own after the phrase is kept
    assert containing(f, "on Monday")["date"] == pd.Timestamp("2026-07-13")


def test_a_week_after_counts_from_the_day_the_subject_names():
    f = rows(
        "The Treasury Department on Wednesday imposed sanctions on six tanker owners.\n\n"
        "Wednesday's action comes a week after the Treasury sanctioned nine trading firms.\n\n"
        "In a statement accompanying the sanctions, Treasury Secretary Ola Brandt said the "
        "owners had shipped the oil."
    )
    assert containing(f, "nine trading firms")["date"] == pd.Timestamp("2026-07-08")
    # the week-old act is background: the statement accompanies the day's sanctions
    assert containing(f, "Ola Brandt")["date"] == pd.Timestamp("2026-07-15")
