from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError, InputTypeError
from toolkit.text.timex import TIMEX_COLUMNS, resolve_dates

PUB = "2025-04-09"  # a Wednesday


def one(text: str, published: str = PUB) -> dict:
    frame = resolve_dates(text, published=published)
    assert len(frame) == 1, frame
    return frame.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "value", "first", "last", "precision", "tod"),
    [
        (
            "He spoke Tuesday afternoon.",
            "2025-04-08",
            "2025-04-08",
            "2025-04-08",
            "day",
            "afternoon",
        ),
        ("He spoke Wednesday.", "2025-04-09", "2025-04-09", "2025-04-09", "day", None),
        ("He spoke Thursday.", "2025-04-03", "2025-04-03", "2025-04-03", "day", None),
        ("He will speak Thursday.", "2025-04-10", "2025-04-10", "2025-04-10", "day", None),
        ("They meet next Tuesday.", "2025-04-15", "2025-04-15", "2025-04-15", "day", None),
        ("They meet this coming Monday.", "2025-04-14", "2025-04-14", "2025-04-14", "day", None),
        ("It happened last week.", "2025-W14", "2025-03-31", "2025-04-06", "week", None),
        ("It happens next week.", "2025-W16", "2025-04-14", "2025-04-20", "week", None),
        (
            "a vote later this week",
            "2025-04-10/2025-04-11",
            "2025-04-10",
            "2025-04-11",
            "range",
            None,
        ),
        (
            "as he said earlier this week",
            "2025-W15",
            "2025-04-07",
            "2025-04-08",
            "range",
            None,
        ),
        ("tariffs imposed this month", "2025-04", "2025-04-01", "2025-04-30", "month", None),
        ("earlier this month", "2025-04", "2025-04-01", "2025-04-08", "range", None),
        ("talks over the weekend", "2025-W14-WE", "2025-04-05", "2025-04-06", "range", None),
        ("two days ago", "2025-04-07", "2025-04-07", "2025-04-07", "day", None),
        ("yesterday", "2025-04-08", "2025-04-08", "2025-04-08", "day", None),
        ("tomorrow morning", "2025-04-10", "2025-04-10", "2025-04-10", "day", "morning"),
        ("a speech tonight", "2025-04-09", "2025-04-09", "2025-04-09", "day", "evening"),
        ("since April 2", "2025-04-02", "2025-04-02", "2025-04-02", "day", None),
        ("on Apr. 2", "2025-04-02", "2025-04-02", "2025-04-02", "day", None),
        ("on April 2, 2024", "2024-04-02", "2024-04-02", "2024-04-02", "day", None),
        ("on 2 April 2025", "2025-04-02", "2025-04-02", "2025-04-02", "day", None),
        ("on 2025-04-02", "2025-04-02", "2025-04-02", "2025-04-02", "day", None),
        ("in December", "2024-12", "2024-12-01", "2024-12-31", "month", None),
        ("sales rose in March", "2025-03", "2025-03-01", "2025-03-31", "month", None),
        ("in the first quarter", "2025-Q1", "2025-01-01", "2025-03-31", "quarter", None),
        ("the fourth quarter of 2024", "2024-Q4", "2024-10-01", "2024-12-31", "quarter", None),
        ("in 2019", "2019", "2019-01-01", "2019-12-31", "year", None),
        ("last year", "2024", "2024-01-01", "2024-12-31", "year", None),
        ("Tuesday, April 8, 2025", "2025-04-08", "2025-04-08", "2025-04-08", "day", None),
        ("at 4 p.m. Tuesday", "2025-04-08", "2025-04-08", "2025-04-08", "day", "afternoon"),
    ],
)
def test_resolution(text, value, first, last, precision, tod):
    row = one(text)
    assert row["value"] == value
    assert row["date"] == pd.Timestamp(first)
    assert row["date_end"] == pd.Timestamp(last)
    assert row["precision"] == precision
    assert row["time_of_day"] == tod
    assert text[row["start"] : row["end"]] == row["text"]


def test_explicit_date_without_year_takes_the_nearest_year():
    assert one("on Dec. 30", published="2025-01-03")["value"] == "2024-12-30"
    assert one("on Jan. 3", published="2024-12-30")["value"] == "2025-01-03"


def test_weekend_from_a_monday_and_a_sunday():
    assert one("on Sunday", published="2025-02-03")["value"] == "2025-02-02"
    assert one("over the weekend", published="2025-02-03")["value"] == "2025-W05-WE"
    assert one("the vote is set for Sunday", published="2025-02-03")["value"] == "2025-02-09"


def test_a_week_earlier_counts_from_the_last_day_mentioned():
    frame = resolve_dates("The vote was on March 20. A week earlier, talks failed.", published=PUB)
    assert list(frame["value"]) == ["2025-03-20", "2025-03-13"]


@pytest.mark.parametrize(
    "text",
    [
        "in less time than it took to finish March Madness",
        "the House may not vote",
        "May I ask a question?",
        "Sen. Sunny Wednesday-Adams spoke",
        "Reps. Don Bacon and Sen. Mike Crapo",
        "like, 10 to 20 colleagues",
        "over 30 years in the making",
        "a $2,025 fee and 2025 people",
        "it rose 2.5% to 2050 points",
    ],
)
def test_false_positives(text):
    assert resolve_dates(text, published=PUB).empty


def test_columns_and_dtypes_on_empty_text():
    frame = resolve_dates("", published=PUB)
    assert tuple(frame.columns) == TIMEX_COLUMNS
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert frame["start"].dtype == "int64"


def test_bad_input_names_the_parameter():
    with pytest.raises(InputError, match="published"):
        resolve_dates("Tuesday", published=None)
    with pytest.raises(InputError, match="published"):
        resolve_dates("Tuesday", published="next Tuesday")
    with pytest.raises(InputTypeError, match="text"):  # a wrong type is a TypeError
        resolve_dates(42, published=PUB)
    with pytest.raises(InputError, match="text"):
        resolve_dates(b"\xff\xfe\xfa", published=PUB)
    assert len(resolve_dates(b"Tuesday", published=dt.date(2025, 4, 9))) == 1


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("abc XYZ.,;\n\"“”‘’'—-0123456789")
            + [
                "Tuesday",
                " morning",
                "April ",
                "last week",
                "in March",
                " 2024",
                "é",
                "🙂",
                "Sen. ",
            ]
        )
        | st.text(max_size=3),
        max_size=60,
    ).map("".join)
)
def test_arbitrary_text_never_raises_and_offsets_hold(text):
    frame = resolve_dates(text, published=PUB)
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.date <= row.date_end


def test_british_weekend_and_ago_before_a_clause():
    f = resolve_dates(
        "He warned at the weekend, and Grekov had warned two days ago that Moscow would act.",
        published="2019-04-15",
    )
    assert list(f["text"]) == ["at the weekend", "two days ago"]
    assert list(f["date"]) == [pd.Timestamp("2019-04-13"), pd.Timestamp("2019-04-13")]
    assert list(f["date_end"]) == [pd.Timestamp("2019-04-14"), pd.Timestamp("2019-04-13")]


def test_the_fast_trigger_scan_finds_what_the_grouped_pattern_finds():
    from toolkit.text import timex

    words = (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
        "April May June July August September October November December Jan. Feb. Mar. Apr. "
        "Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec. week month year quarter Q1 Q4 ago earlier "
        "later before after today tonight yesterday tomorrow morning afternoon evening night "
        "overnight 2025-04-09 weekend midweek"
    ).lower()
    fast = [(m.start(), m.group()) for m in timex._TRIGGER_SCAN.finditer(words)]
    grouped = [(m.start(), m.group()) for m in timex._TRIGGER.finditer(words)]
    assert fast == grouped and len(fast) > 50


def _timexes(text: str, published: str) -> list[tuple[str, str, str | None]]:
    frame = resolve_dates(text, published=published)
    return [
        (row.text, row.date.date().isoformat(), row.time_of_day)
        for row in frame.itertuples(index=False)
    ]


def test_this_afternoon_morning_evening_are_today_with_a_time_of_day():
    found = _timexes(
        "He spoke this afternoon. She left this morning. They meet this evening.", "2018-04-10"
    )
    assert found == [
        ("this afternoon", "2018-04-10", "afternoon"),
        ("this morning", "2018-04-10", "morning"),
        ("this evening", "2018-04-10", "evening"),
    ]


def test_tonight_and_last_night_are_evenings():
    assert _timexes("He will speak tonight.", "2025-04-09") == [
        ("tonight", "2025-04-09", "evening")
    ]
    assert _timexes("He spoke last night.", "2025-04-09") == [
        ("last night", "2025-04-08", "evening")
    ]


def test_earlier_counts_back_from_a_past_day_not_a_future_one():
    text = (
        "Trump posted on Friday afternoon. Tariffs start on Nov. 1. "
        "A week earlier, Trump had told reporters that relations were good."
    )
    found = _timexes(text, "2025-10-11")
    assert found[-1] == ("A week earlier", "2025-10-03", None)


def test_a_day_after_an_event_is_not_a_date():
    text = "The ministry said on Saturday, a day after Trump threatened new tariffs."
    assert _timexes(text, "2025-10-11") == [("Saturday", "2025-10-11", None)]
    # at the end of a clause it still counts from the day before it
    assert _timexes("The talks began on Monday. A deal came a day after.", "2025-10-11")[-1] == (
        "a day after",
        "2025-10-07",
        None,
    )


def test_later_in_a_past_sentence_never_passes_publication():
    assert _timexes("The minister said two days later that he had resigned.", "2025-10-11") == []


def test_hours_later_is_the_day_just_mentioned_and_local_time_clocks():
    text = "Draghi resigned on Thursday morning. Mattarella dissolved parliament hours later."
    assert _timexes(text, "2022-07-22")[-1] == ("hours later", "2022-07-21", None)
    assert _timexes("Ministers are due to gather at 1 p.m. local time today.", "2023-06-04") == [
        ("today", "2023-06-04", "afternoon")
    ]


def test_ago_today_is_that_very_day_and_the_same_day_is_the_day_just_named():
    published = dt.date(2018, 7, 22)  # a Sunday
    frame = resolve_dates(
        "A week ago today, the minister spoke. A month ago today, talks began. "
        "The duties took effect on Friday, and Ottawa answered the same day.",
        published=published,
    )
    got = dict(zip(frame["text"], frame["date"]))
    assert got["A week ago today"] == pd.Timestamp("2018-07-15")
    assert got["A month ago today"] == pd.Timestamp("2018-06-22")
    assert got["the same day"] == pd.Timestamp("2018-07-20")
    assert set(frame.loc[frame["text"].str.contains("ago"), "precision"]) == {"day"}


def test_a_clock_time_alone_is_on_the_day_last_named_and_next_to_a_day_it_only_times_it():
    published = dt.date(2024, 9, 18)  # a Wednesday
    frame = resolve_dates(
        "The bank cut rates on Tuesday. Its statement came out at 2 p.m. EDT. "
        "Officials spoke Monday at 9 a.m. to lawmakers, and stocks rose after the 4 p.m. close.",
        published=published,
    )
    got = {row.text: (row.date, row.time_of_day) for row in frame.itertuples()}
    assert got["at 2 p.m."] == (pd.Timestamp("2024-09-17"), "afternoon")
    assert got["Monday"] == (pd.Timestamp("2024-09-16"), "morning")
    assert "at 9 a.m." not in got and "9 a.m." not in got
    assert got["4 p.m."] == (pd.Timestamp("2024-09-16"), "afternoon")


def test_a_part_of_the_day_alone_is_of_the_day_last_named_unless_ahead():
    published = dt.date(2024, 3, 19)  # a Tuesday
    frame = resolve_dates(
        "The bank raised rates on Monday. Its governor spoke in the afternoon, and the "
        "minister answered that evening. The board will meet in the morning.",
        published=published,
    )
    got = {row.text: (row.date, row.time_of_day) for row in frame.itertuples()}
    assert got["in the afternoon"] == (pd.Timestamp("2024-03-18"), "afternoon")
    assert got["that evening"] == (pd.Timestamp("2024-03-18"), "evening")
    assert "in the morning" not in got  # a future verb: which morning is not said


def test_the_day_before_and_the_next_day_count_from_the_day_last_named():
    published = dt.date(2019, 5, 20)  # a Monday
    frame = resolve_dates(
        "The rules came last Thursday; the president had signed an order the day before. "
        "Talks resumed on Friday, and the envoys met again the next day.",
        published=published,
    )
    got = dict(zip(frame["text"], frame["date"]))
    assert got["the day before"] == pd.Timestamp("2019-05-15")
    assert got["the next day"] == pd.Timestamp("2019-05-18")
    # counted from another event, or from no day at all: not a date
    assert resolve_dates("He spoke the day before the vote.", published=published).empty
    assert resolve_dates("He had spoken the day before.", published=published).empty


def test_a_scheduled_event_in_the_present_tense_looks_forward():
    published = dt.date(2024, 3, 19)  # a Tuesday
    got = resolve_dates(
        "The Fed announces its decision Wednesday. Powell testifies Thursday. "
        "The bank raised rates Monday.",
        published=published,
    )
    assert list(got["date"]) == [
        pd.Timestamp("2024-03-20"),
        pd.Timestamp("2024-03-21"),
        pd.Timestamp("2024-03-18"),
    ]
