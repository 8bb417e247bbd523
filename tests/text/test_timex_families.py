"""Families of time-expression errors found on annotated news (TimeBank and AQUAINT, measured
by benchmarks/eval_corpora.py), each fixed by a general rule of toolkit.text.timex and tested
here on made-up sentences of the same shape.

Expected values are written out by hand from the calendar (the weekday of each date, the
fourth Thursday of November, Easter Sunday from the published tables), not computed with the
toolkit.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.text.statements import extract_statements
from toolkit.text.timex import resolve_dates

PUB = "2025-04-09"  # a Wednesday


def found(text: str, published: str = PUB) -> list[tuple[str, str]]:
    frame = resolve_dates(text, published=published)
    return list(zip(frame["text"], frame["value"], strict=True))


def value_of(text: str, expression: str, published: str = PUB) -> str:
    frame = resolve_dates(text, published=published)
    hits = frame[frame["text"] == expression]
    assert len(hits) == 1, frame[["text", "value"]]
    return hits["value"].iloc[0]


# -- "earlier this month / year": the value names the period, the dates its past days ------
@pytest.mark.parametrize(
    ("text", "value", "first", "last", "precision"),
    [
        ("The board met earlier this month.", "2025-04", "2025-04-01", "2025-04-08", "range"),
        ("Exports fell earlier this year.", "2025", "2025-01-01", "2025-04-08", "range"),
        ("Earlier in the year, the bank cut rates.", "2025", "2025-01-01", "2025-04-08", "range"),
        (
            "He said earlier this week that talks failed.",
            "2025-W15",
            "2025-04-07",
            "2025-04-08",
            "range",
        ),
    ],
)
def test_earlier_this_unit_names_the_unit(text, value, first, last, precision):
    row = resolve_dates(text, published=PUB).iloc[0]
    assert (row["value"], row["precision"]) == (value, precision)
    assert (row["date"], row["date_end"]) == (pd.Timestamp(first), pd.Timestamp(last))


def test_earlier_this_month_on_the_first_is_the_month():
    row = resolve_dates("Earlier this month, the mill closed.", published="2025-05-01").iloc[0]
    assert (row["value"], row["precision"]) == ("2025-05", "month")


def test_that_day_and_that_year_count_from_the_last_expression():
    text = "The plant opened in May 2019 and closed later that year. Earlier that day, it rained."
    assert found(text) == [
        ("May 2019", "2019-05"),
        ("later that year", "2019"),
        ("Earlier that day", "2025-04-09"),
    ]
    text = "Talks began on March 3. Later in the day the envoy left."
    assert value_of(text, "Later in the day") == "2025-03-03"


# -- the year as a period of accounts, and its end ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit will be lower for the fiscal year.", "the fiscal year", "2025"),
        ("It expects growth in the current fiscal year.", "the current fiscal year", "2025"),
        ("Sales for the full year rose 4%.", "the full year", "2025"),
        ("For the year, volume was flat.", "For the year", "2025"),
        ("The stock hit a high for the year in June.", "for the year", "2025"),
        ("The deal should close by year-end.", "year-end", "2025"),
        ("The index is up 3% since year-end.", "year-end", "2024"),
        ("It aims to cut 500 jobs by the end of the year.", "the end of the year", "2025"),
        ("Troops should arrive by the end of the month.", "the end of the month", "2025-04"),
    ],
)
def test_year_phrases(text, expression, value):
    assert value_of(text, expression) == value


def test_the_year_before_or_after_something_is_no_date():
    assert found("It was the year before the merger.") == []
    assert found("A third of the year's budget is gone.") == []


# -- years read aloud -----------------------------------------------------------------------
def test_spelled_out_years():
    text = (
        "In nineteen eighty-seven the mayor resigned. The scheme collapsed in nineteen "
        "ninety-one, and its founder was jailed in January nineteen ninety-two. Critics "
        "recall the winter of nineteen seventy-nine. The plan was to finish by the year two "
        "thousand."
    )
    assert found(text, "1998-06-01") == [
        ("nineteen eighty-seven", "1987"),
        ("nineteen ninety-one", "1991"),
        ("January nineteen ninety-two", "1992-01"),
        ("winter of nineteen seventy-nine", "1979-WI"),
        ("the year two thousand", "2000"),
    ]


def test_counts_in_words_are_no_years():
    assert found("Two thousand people marched and nineteen were hurt.") == []


# -- holidays -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # Thanksgiving is the fourth Thursday of November: 2024-11-28
        (
            "The boy was rescued on Thanksgiving Day.",
            "2025-01-10",
            "Thanksgiving Day",
            "2024-11-28",
        ),
        ("He was found last Thanksgiving at sea.", "2025-02-01", "last Thanksgiving", "2024-11-28"),
        # US Election Day: the Tuesday after the first Monday of November (2026-11-03)
        ("Turnout should rise by Election Day.", "2026-10-20", "Election Day", "2026-11-03"),
        ("Markets are shut on Christmas Day.", "2025-12-01", "Christmas Day", "2025-12-25"),
        # Easter Sunday 2025 is April 20 (ISO week 16); Good Friday April 18
        ("Pilgrims arrived as Easter week began.", "2025-04-14", "Easter week", "2025-W16"),
        ("Markets close on Good Friday.", "2025-04-09", "Good Friday", "2025-04-18"),
        ("Stores reopen after Labor Day 2024.", "2025-04-09", "Labor Day 2024", "2024-09-02"),
    ],
)
def test_holidays(text, published, expression, value):
    assert value_of(text, expression, published) == value


def test_holiday_words_that_name_no_day():
    assert found("Christmas shopping rose and Eastern Europe grew.", "2025-12-01") == []


# -- quarters and halves in earnings reports ----------------------------------------------
def test_year_ago_after_a_nine_month_figure_is_the_year_before():
    text = (
        "Acme said third-quarter profit rose to $5 million from $4 million a year earlier. "
        "For the nine months, profit was $14 million, up from $12 million a year earlier."
    )
    assert found(text, "2025-10-22") == [
        ("third-quarter", "2025-Q3"),
        ("a year earlier", "2024-Q3"),
        ("a year earlier", "2024"),
    ]


def test_the_latest_period_is_the_last_quarter_that_has_ended():
    text = "Acme expects a fourth-quarter loss. In the latest quarter, sales rose."
    assert value_of(text, "the latest quarter", "2025-10-22") == "2025-Q3"
    text = "Acme reported a third-quarter gain. The latest period had no charges."
    assert value_of(text, "The latest period", "2025-10-22") == "2025-Q3"


def test_the_comparable_period_and_the_year_period_refer_to_the_quarter_named():
    text = (
        "Acme earned $3 million in the third quarter, against $2 million for the "
        "corresponding period last year. In the 2024 period, it sold a plant."
    )
    assert found(text, "2025-10-22") == [
        ("the third quarter", "2025-Q3"),
        ("the corresponding period last year", "2024-Q3"),
        ("the 2024 period", "2024-Q3"),
    ]


def test_a_quarter_just_ended_is_this_years_in_a_future_sentence():
    text = "The firm will report third-quarter results next week."
    assert value_of(text, "third-quarter", "2025-10-22") == "2025-Q3"
    text = "The firm will report first-quarter results in May."
    assert value_of(text, "first-quarter", "2025-10-22") == "2026-Q1"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Margins should improve in the second half of 2025.",
            "the second half of 2025",
            "2025-H2",
        ),
        ("Output will lag in the last half of 2024.", "the last half of 2024", "2024-H2"),
        (
            "Costs fall through the first two quarters of 2026.",
            "the first two quarters of 2026",
            "2026-H1",
        ),
        ("The first half of the year was weak.", "The first half of the year", "2025-H1"),
    ],
)
def test_halves(text, expression, value):
    assert value_of(text, expression) == value


# -- tense: plans, deferrals and deadlines look forward; participles are no past tense ----
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # published Wednesday 2025-04-09: the coming Thursday is 04-10, the past one 04-03
        ("The delegation planned to leave Lagos on Thursday.", "Thursday", "2025-04-10"),
        ("The union has scheduled a rally Thursday.", "Thursday", "2025-04-10"),
        ("She said the minister would travel to Oslo Thursday.", "Thursday", "2025-04-10"),
        ("Officials postponed until Monday any vote on the bill.", "Monday", "2025-04-14"),
        ("The agency has given the firm until 9 a.m. Monday to reply.", "Monday", "2025-04-14"),
        ("The offer had been scheduled to expire Friday.", "Friday", "2025-04-04"),
        ("On Friday, the ministry planned to pay the wages.", "Friday", "2025-04-04"),
        ("Lawyers said they would appeal Monday's ruling.", "Monday's", "2025-04-07"),
        ("The vote in the United States took place Thursday.", "Thursday", "2025-04-03"),
    ],
)
def test_weekdays_and_plans(text, expression, value):
    assert value_of(text, expression) == value


def test_a_decision_to_act_in_a_month_looks_forward():
    assert (
        value_of("The council decided to admit them in early May.", "in early May", "2025-02-10")
        == "2025-05"
    )


def test_a_passive_participle_is_no_past_tense():
    text = "The next summit will be held on Nov. 26 in Vienna."
    assert value_of(text, "Nov. 26", "2025-06-04") == "2025-11-26"


def test_irregular_past_verbs_mark_the_past():
    assert (
        value_of("In December, the firm brought in a new chief.", "In December", "2025-10-27")
        == "2024-12"
    )


# -- months, month-days and years by their context ----------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("Police linked him to the October shooting.", "2025-04-19", "the October", "2024-10"),
        ("The March vote will admit three members.", "2025-02-10", "The March", "2025-03"),
        ("It acted under a June agreement with investors.", "2025-10-27", "a June", "2025-06"),
        ("Turnover for October is high.", "2025-10-30", "for October", "2025-10"),
        (
            "The process began in February this year.",
            "2025-12-03",
            "in February this year",
            "2025-02",
        ),
        ("They met in June last year.", "2025-02-19", "in June last year", "2024-06"),
        ("It gave them until mid-November to answer.", "2025-10-30", "mid-November", "2025-11"),
        ("Revenue for the year ended March 31 fell.", "2025-11-01", "March 31", "2025-03-31"),
        (
            "Police have searched for him since the Oct. 23 attack.",
            "2025-05-06",
            "Oct. 23",
            "2024-10-23",
        ),
        ("The group split in mid-1996 after a defection.", "1998-02-19", "1996", "1996"),
        (
            "Sales fell in the first quarter and rose the following year.",
            "2025-04-09",
            "the following year",
            "2026",
        ),
    ],
)
def test_months_and_years_by_context(text, published, expression, value):
    assert value_of(text, expression, published) == value


def test_the_following_year_and_that_year_count_from_the_year_named():
    text = "He became a general in 1995, and the following year he was posted to Paris."
    assert value_of(text, "the following year", "1998-04-18") == "1996"
    text = "Imports peaked in 1988. The firm's share that year was 30%."
    assert value_of(text, "that year", "1989-11-02") == "1988"


def test_the_previous_weekday_counts_from_the_day_named():
    text = "The index closed at 2082 on Friday, down 4.5% from the previous Friday."
    # published Monday 2025-04-14: "Friday" is 04-11, the Friday before it 04-04
    assert found(text, "2025-04-14") == [
        ("Friday", "2025-04-11"),
        ("the previous Friday", "2025-04-04"),
    ]


# -- seasons and parts of the day ----------------------------------------------------------
def test_a_season_after_a_preposition_and_the():
    text = "Demand stayed weak well into the summer. Over the summer, rivals cut prices."
    assert [v for _t, v in found(text, "2025-10-26")] == ["2025-SU", "2025-SU"]
    assert found("The spring thaw came late.", "2025-10-26") == []


def test_midday_and_the_next_morning_are_parts_of_a_day():
    text = "He was arrested on Tuesday. He was in court the next morning. At midday he was freed."
    frame = resolve_dates(text, published=PUB)
    assert list(zip(frame["text"], frame["value"], frame["time_of_day"], strict=True)) == [
        ("Tuesday", "2025-04-08", None),
        ("the next morning", "2025-04-09", "morning"),
        ("At midday", "2025-04-09", "afternoon"),
    ]


def test_ahead_of_the_weekend_is_the_coming_one():
    # published Monday 2025-04-14: the coming weekend is April 19-20, ISO week 16
    assert (
        value_of("Traders sold ahead of the weekend.", "ahead of the weekend", "2025-04-14")
        == "2025-W16-WE"
    )


# -- dating statements: a month that modifies a noun is what was said, not when ------------
def test_a_month_modifying_a_noun_does_not_date_a_remark():
    text = (
        "Energy Minister Lena Ortiz spoke to reporters in Vienna on Sunday.\n\n"
        "She said the July cut could be extended if prices fall further.\n"
    )
    frame = extract_statements(text, published="2025-06-04").to_frame()
    row = frame[frame["text"].str.contains("July cut")].iloc[0]
    assert row["date"] != pd.Timestamp("2025-07-01")


def test_the_day_before_or_after_a_holiday_is_the_day_next_to_it():
    import datetime as _dt

    from toolkit.text.timex import find_timexes as _find

    found = {
        t.text: t.value
        for t in _find(
            "The governor issued a proclamation the day before Thanksgiving. The board met on the "
            "eve of Thanksgiving and again on Thanksgiving Day.",
            _dt.date(2026, 11, 29),
        )
    }
    assert found == {
        "the day before Thanksgiving": "2026-11-25",  # (Thanksgiving: Thursday, Nov. 26)
        "the eve of Thanksgiving": "2026-11-25",
        "Thanksgiving Day": "2026-11-26",
    }
