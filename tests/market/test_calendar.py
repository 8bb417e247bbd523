"""NYSE session alignment: expected sessions are written out by hand from the NYSE's published
holiday and closure lists, not computed with the calendar under test."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from toolkit.errors import InputError, RangeError, ToolkitError
from toolkit.market.calendar import (
    event_session,
    is_session,
    next_session,
    previous_session,
    session_close,
    session_distance,
    sessions_between,
    sessions_window,
)

T = pd.Timestamp


@pytest.mark.parametrize(
    ("when", "kwargs", "session", "reason_part"),
    [
        # a plain session stays
        ("2025-04-09", {}, "2025-04-09", None),
        ("2025-04-09", {"time_of_day": "morning"}, "2025-04-09", None),
        ("2025-04-09", {"time_of_day": "afternoon"}, "2025-04-09", None),
        # evening and night count as after the close
        ("2025-04-02", {"time_of_day": "evening"}, "2025-04-03", "evening"),
        ("2025-04-02", {"time_of_day": "night"}, "2025-04-03", "night"),
        # national day of mourning for President Carter
        ("2025-01-09", {}, "2025-01-10", "closure"),
        # Good Friday
        ("2025-04-18", {}, "2025-04-21", "Good Friday"),
        # Hurricane Sandy: two days closed
        ("2012-10-29", {}, "2012-10-31", "closure"),
        ("2012-10-30", {}, "2012-10-31", "closure"),
        # September 11: closed from the 11th to the 14th, reopened Monday the 17th
        ("2001-09-11", {}, "2001-09-17", "closure"),
        ("2001-09-12", {}, "2001-09-17", "closure"),
        ("2001-09-13", {}, "2001-09-17", "closure"),
        ("2001-09-14", {}, "2001-09-17", "closure"),
        ("2001-09-10", {}, "2001-09-10", None),
        # a Sunday statement belongs to Monday
        ("2025-04-06", {}, "2025-04-07", "Sunday"),
        ("2025-04-05", {}, "2025-04-07", "Saturday"),
        # policies for non-sessions
        ("2025-04-06", {"policy": "previous"}, "2025-04-04", "previous"),
        # a Friday-evening statement waits for Monday
        ("2025-04-04", {"time_of_day": "evening"}, "2025-04-07", "evening"),
        # Thursday evening before Good Friday goes to the Monday after Easter
        ("2025-04-17", {"time_of_day": "evening"}, "2025-04-21", "evening"),
    ],
)
def test_event_session_rules(when, kwargs, session, reason_part):
    shift = event_session(when, **kwargs)
    assert shift.session == T(session)
    assert shift.requested == T(when)
    assert shift.shifted is (session != when)
    if reason_part is None:
        assert shift.reason is None
    else:
        assert reason_part in shift.reason


def test_skip_policy_gives_no_session():
    shift = event_session("2025-04-06", policy="skip")
    assert shift.session is None
    assert shift.shifted
    assert "skipped" in shift.reason


@pytest.mark.parametrize(
    ("when", "session"),
    [
        # early close at 13:00 the day after Thanksgiving 2024
        ("2024-11-29 12:59", "2024-11-29"),
        ("2024-11-29 13:00", "2024-12-02"),
        ("2024-11-29 13:30", "2024-12-02"),
        # early close at 13:00 on 2025-07-03; July 4th is a holiday, then a weekend
        ("2025-07-03 12:30", "2025-07-03"),
        ("2025-07-03 13:05", "2025-07-07"),
        # a regular day closes at 16:00
        ("2025-04-02 15:59", "2025-04-02"),
        ("2025-04-02 16:00", "2025-04-03"),
        ("2025-04-02 16:30", "2025-04-03"),
        # before the open: same session
        ("2025-04-09 07:00", "2025-04-09"),
    ],
)
def test_clock_times_against_the_close(when, session):
    assert event_session(when).session == T(session)


def test_tz_aware_timestamps_are_converted_to_new_york():
    # 20:30 UTC on 2025-04-02 is 16:30 in New York (EDT): after the close
    shift = event_session(pd.Timestamp("2025-04-02 20:30", tz="UTC"))
    assert shift.session == T("2025-04-03")
    assert "16:00" in shift.reason
    # 19:30 UTC is 15:30 New York: before the close
    assert event_session(pd.Timestamp("2025-04-02 19:30", tz="UTC")).session == T("2025-04-02")
    # a naive clock time read in London: 20:30 London is 15:30 New York (both on summer time)
    assert event_session("2025-04-02 20:30", tz="Europe/London").session == T("2025-04-02")


def test_date_objects_work():
    assert event_session(dt.date(2025, 4, 6)).session == T("2025-04-07")
    assert event_session(dt.datetime(2025, 4, 2, 17, 0)).session == T("2025-04-03")


def test_sessions_window_counts_sessions_not_days():
    window = sessions_window("2025-04-17", -1, 2)
    assert list(window.strftime("%Y-%m-%d")) == [
        "2025-04-16",
        "2025-04-17",
        "2025-04-21",
        "2025-04-22",
    ]
    assert len(sessions_window("2025-04-09", -5, 5)) == 11


def test_session_distance_and_neighbours():
    assert session_distance("2025-04-17", "2025-04-21") == 1
    assert session_distance("2025-04-21", "2025-04-17") == -1
    assert session_distance("2025-04-02", "2025-04-09") == 5
    assert next_session("2025-04-17") == T("2025-04-21")
    assert previous_session("2025-04-21") == T("2025-04-17")
    assert is_session("2025-04-17") and not is_session("2025-04-18")
    assert list(sessions_between("2025-04-03", "2025-04-08").strftime("%d")) == [
        "03",
        "04",
        "07",
        "08",
    ]


def test_session_close_times():
    assert session_close("2024-11-29").strftime("%H:%M") == "13:00"
    assert session_close("2025-04-09").strftime("%H:%M") == "16:00"


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda: event_session("2025-13-45"), "when"),
        (lambda: event_session("yesterday-ish"), "when"),
        (lambda: event_session(12345), "when"),
        (lambda: event_session("2025-04-02", policy="nearest"), "policy"),
        (lambda: event_session("2025-04-02", time_of_day="noonish"), "time_of_day"),
        (lambda: event_session("2025-04-02", tz="Mars/Olympus"), "tz"),
        (lambda: event_session("2025-04-02 17:00", tz=None), "when"),
        (lambda: sessions_window("2025-04-06", -1, 1), "day0"),
        (lambda: sessions_window("2025-04-09", 2, 1), "start"),
        (lambda: sessions_between("2025-04-09", "2025-04-01"), "start"),
        (lambda: session_distance("2025-04-06", "2025-04-09"), "a"),
    ],
)
def test_bad_input_names_the_parameter(call, param):
    with pytest.raises(InputError) as info:
        call()
    assert f"`{param}`" in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, ToolkitError)


def test_out_of_range_dates():
    with pytest.raises(RangeError, match="1990"):
        event_session("1985-10-21")
