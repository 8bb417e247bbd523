"""NYSE trading sessions: which session a statement belongs to, and windows counted in sessions.

Built on the ``XNYS`` calendar of :mod:`exchange_calendars` (holidays, unscheduled closures such
as 2001-09-11..14, 2012-10-29/30 and 2025-01-09, and early closes at 13:00).

Rules applied by :func:`event_session`:

* a date that is a session stays that session, unless the statement came at or after the close;
* a weekend or holiday moves to the next session (``policy="next"``, the default), to the
  previous one (``policy="previous"``), or gives no session (``policy="skip"``);
* a clock time at or after the close (16:00 New York, 13:00 on early-close days) moves to the
  next session; so do the words "evening" and "night"; "morning" and "afternoon" stay in the
  same session (a statement in the pre-market belongs to that day's session);
* a time-of-day word said in another time zone (an article from London or Tokyo) is first
  placed at a representative hour of that zone (:data:`TIME_OF_DAY_HOURS`: morning 09:00,
  afternoon 14:00, evening 19:00, night 22:00), converted to New York time, and then the rules
  above apply: a London "Tuesday evening" is Tuesday afternoon in New York (same session), a
  Tokyo "Wednesday morning" is Tuesday evening in New York (after the close: the next session).
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import exchange_calendars as xcals
import numpy as np
import pandas as pd

from toolkit.errors import InputError, RangeError, check_option

__all__ = [
    "CALENDAR_NAME",
    "TIME_OF_DAY_HOURS",
    "SessionShift",
    "event_session",
    "get_calendar",
    "is_session",
    "parse_date",
    "next_session",
    "previous_session",
    "closure_reason",
    "session_close",
    "session_distance",
    "sessions_between",
    "sessions_window",
]

CALENDAR_NAME = "XNYS"
CALENDAR_START = "1990-01-01"
DEFAULT_TZ = "America/New_York"

Policy = Literal["next", "previous", "skip"]
TimeOfDay = Literal["morning", "afternoon", "evening", "night"]
_POLICIES: tuple[str, ...] = ("next", "previous", "skip")
_TIMES_OF_DAY: tuple[str | None, ...] = (None, "morning", "afternoon", "evening", "night")
_AFTER_CLOSE_WORDS = frozenset({"evening", "night"})
#: The local hour a time-of-day word stands for when it was said outside New York.
TIME_OF_DAY_HOURS: dict[str, int] = {"morning": 9, "afternoon": 14, "evening": 19, "night": 22}
#: Dates a parameter may take: pandas' nanosecond range (1677-09-21 to 2262-04-11), a year in.
_FIRST_DATE = pd.Timestamp("1678-01-01")
_LAST_DATE = pd.Timestamp("2261-12-31")


@lru_cache(maxsize=1)
def get_calendar() -> xcals.ExchangeCalendar:
    """Return the NYSE calendar (``XNYS``) from 1990-01-01, built once per process."""
    with warnings.catch_warnings():
        # exchange_calendars still reads tz-aware Series.values (deprecated in pandas 3.1)
        warnings.filterwarnings("ignore", message="Series.values returning an ndarray")
        return xcals.get_calendar(CALENDAR_NAME, start=CALENDAR_START)


@dataclass(frozen=True)
class SessionShift:
    """The session that is day 0 for a statement, and why it differs from the date given.

    Attributes
    ----------
    session
        Day 0 as a naive midnight Timestamp, or None when ``policy="skip"`` dropped it.
    requested
        The calendar date of the statement (in the exchange's time zone).
    shifted
        True when ``session`` is not ``requested``.
    reason
        Why it moved (or was skipped); None when it did not.
    """

    session: pd.Timestamp | None
    requested: pd.Timestamp
    shifted: bool
    reason: str | None


def parse_date(value: Any, name: str) -> pd.Timestamp | None:
    """Parse a date parameter into a naive midnight timestamp.

    Parameters
    ----------
    value
        A date: ISO string ("2025-04-02"), ``datetime.date``, ``datetime.datetime``,
        ``pandas.Timestamp`` or ``numpy.datetime64``; None passes through. A tz-aware
        timestamp is read as its date in New York; a time of day is dropped.
    name
        The parameter's name, used in the error message.

    Returns
    -------
    pandas.Timestamp or None
        Naive timestamp at midnight, or None.

    Raises
    ------
    InputError
        If ``value`` cannot be read as a date.

    Examples
    --------
    >>> parse_date("2025-04-02", "start")
    Timestamp('2025-04-02 00:00:00')
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | dt.date | np.datetime64):
        raise InputError(
            f"Parameter `{name}` takes a date such as '2025-04-02', got {value!r} "
            f"({type(value).__name__})."
        )
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError) as exc:
        raise InputError(
            f"Parameter `{name}` takes a date such as '2025-04-02', got {value!r}."
        ) from exc
    if ts is pd.NaT or pd.isna(ts):
        raise InputError(f"Parameter `{name}` takes a date such as '2025-04-02', got {value!r}.")
    if not _FIRST_DATE <= ts.tz_localize(None).normalize() <= _LAST_DATE:
        raise InputError(
            f"Parameter `{name}` takes a date from {_FIRST_DATE.date()} to {_LAST_DATE.date()} "
            f"(the range pandas holds, with a year to spare), got {value!r}."
        )
    if ts.tzinfo is not None:
        ts = ts.tz_convert(DEFAULT_TZ).tz_localize(None)
    return ts.normalize().as_unit("ns")


def _to_date_timestamp(value: Any, name: str) -> pd.Timestamp:
    """Parse ``value`` into a Timestamp, raising an error that names the parameter."""
    if isinstance(value, pd.Timestamp):
        return value
    if isinstance(value, dt.date | dt.datetime | str) or hasattr(value, "dtype"):
        try:
            ts = pd.Timestamp(value)
        except (ValueError, TypeError) as exc:
            raise InputError(
                f"Parameter `{name}` takes a date or timestamp such as '2025-04-09' or "
                f"'2025-04-09 16:30', got {value!r}."
            ) from exc
        if ts is pd.NaT:
            raise InputError(f"Parameter `{name}` takes a date, got a missing value (NaT).")
        return ts
    raise InputError(
        f"Parameter `{name}` takes a date or timestamp such as '2025-04-09', got "
        f"{type(value).__name__} {value!r}."
    )


def _check_in_range(day: pd.Timestamp, name: str) -> None:
    cal = get_calendar()
    first, last = cal.first_session, cal.last_session
    if day < first.normalize() or day > last.normalize():
        raise RangeError(
            f"Parameter `{name}` = {day.date()} is outside the NYSE calendar the toolkit covers "
            f"({first.date()} to {last.date()})."
        )


def _weekday_name(day: pd.Timestamp) -> str:
    return day.day_name()


def closure_reason(day: pd.Timestamp) -> str:
    """Describe why ``day`` (a naive midnight Timestamp) is not a session."""
    if day.day_of_week >= 5:
        return f"weekend ({_weekday_name(day)})"
    cal = get_calendar()
    names = cal.regular_holidays.holidays(day, day, return_name=True)
    if len(names):
        return f"holiday ({names.iloc[0]})"
    return "market closure (unscheduled)"


def is_session(date: Any) -> bool:
    """Return True when ``date`` is an NYSE trading session.

    Examples
    --------
    >>> is_session("2025-04-18")  # Good Friday
    False
    """
    day = _naive_day(date, "date")
    _check_in_range(day, "date")
    return bool(get_calendar().is_session(day))


def next_session(date: Any) -> pd.Timestamp:
    """The first session strictly after ``date``."""
    day = _naive_day(date, "date")
    _check_in_range(day, "date")
    return get_calendar().date_to_session(day + pd.Timedelta(days=1), direction="next")


def previous_session(date: Any) -> pd.Timestamp:
    """The last session strictly before ``date``."""
    day = _naive_day(date, "date")
    _check_in_range(day, "date")
    return get_calendar().date_to_session(day - pd.Timedelta(days=1), direction="previous")


def session_close(session: Any, *, tz: str = DEFAULT_TZ) -> pd.Timestamp:
    """The closing time of a session in ``tz`` (16:00, or 13:00 on early-close days)."""
    day = _naive_day(session, "session")
    cal = get_calendar()
    if not cal.is_session(day):
        raise InputError(
            f"Parameter `session` takes an NYSE session, got {day.date()} (no session)."
        )
    return cal.session_close(day).tz_convert(tz)


def _naive_day(value: Any, name: str) -> pd.Timestamp:
    day = parse_date(value, name)
    if day is None:
        raise InputError(f"Parameter `{name}` takes a date such as '2025-04-02', got None.")
    return day


def _has_clock(value: Any, ts: pd.Timestamp) -> bool:
    """True when the caller gave a time of day, not only a date."""
    if isinstance(value, dt.datetime | pd.Timestamp):
        return ts.tzinfo is not None or (ts.hour, ts.minute, ts.second, ts.microsecond) != (
            0,
            0,
            0,
            0,
        )
    if isinstance(value, str):
        return len(value.strip()) > 10
    return False


def event_session(
    when: Any,
    *,
    tz: str | None = DEFAULT_TZ,
    time_of_day: str | None = None,
    policy: Policy = "next",
) -> SessionShift:
    """Return the session that is day 0 for a statement made at ``when``.

    Parameters
    ----------
    when
        A date (``"2025-04-02"``, ``datetime.date``) or a timestamp. A timestamp with a clock
        time is read in ``tz`` when naive; a tz-aware one is converted to New York time.
    tz
        IANA zone of a naive timestamp with a clock time (default America/New_York), and of a
        ``time_of_day`` word: outside New York the word stands for an hour of that zone
        (:data:`TIME_OF_DAY_HOURS`), converted to New York time before the rules apply. With
        ``tz=None`` a naive timestamp with a clock time is refused, since its zone is unknown.
    time_of_day
        ``"morning"``, ``"afternoon"`` (same session), ``"evening"`` or ``"night"`` (after the
        close: next session), or None; said in ``tz``.
    policy
        Where a non-session date goes: ``"next"`` session (default), ``"previous"`` session, or
        ``"skip"`` (``session`` is None).

    Returns
    -------
    SessionShift

    Raises
    ------
    InputError
        For an unparseable date, an unknown ``time_of_day`` or ``policy``, or an unknown ``tz``.
    RangeError
        For a date outside the calendar (before 1990 or more than a year ahead).

    Examples
    --------
    >>> event_session("2025-04-02", time_of_day="evening").session
    Timestamp('2025-04-03 00:00:00')
    >>> event_session("2025-04-06").reason
    'weekend (Sunday) -> next session'
    """
    check_option("policy", policy, _POLICIES)
    check_option("time_of_day", time_of_day, _TIMES_OF_DAY)
    if tz is not None:
        try:
            pd.Timestamp("2000-01-01").tz_localize(tz)
        except Exception as exc:  # pytz/zoneinfo raise different classes
            raise InputError(
                f"Parameter `tz` takes an IANA time zone such as 'America/New_York', got {tz!r}."
            ) from exc
    ts = _to_date_timestamp(when, "when")
    clock = _has_clock(when, ts)
    if clock and ts.tzinfo is None and tz is None:
        raise InputError(
            f"Parameter `when` = {when!r} has a clock time but no time zone; pass a tz-aware "
            "timestamp or tz='America/New_York' (or the zone the time was written in)."
        )
    said = ""  # how a time-of-day word said elsewhere reads in New York
    if clock:
        local = ts.tz_localize(tz) if ts.tzinfo is None else ts
        local = local.tz_convert(DEFAULT_TZ)
        day = local.tz_localize(None).normalize()
    elif time_of_day is not None and tz is not None and not _is_new_york(tz):
        hour = TIME_OF_DAY_HOURS[time_of_day]
        date_only = ts.tz_localize(None).normalize() if ts.tzinfo is not None else ts.normalize()
        _check_in_range(date_only, "when")
        local = (date_only + pd.Timedelta(hours=hour)).tz_localize(tz).tz_convert(DEFAULT_TZ)
        day = local.tz_localize(None).normalize()
        said = (
            f"{time_of_day} in {tz} ({hour:02d}:00) is {local:%H:%M}"
            + ("" if day == date_only else f" on {day:%Y-%m-%d}")
            + " in New York; "
        )
    else:
        local = None
        day = ts.tz_localize(None).normalize() if ts.tzinfo is not None else ts.normalize()
    _check_in_range(day, "when")
    cal = get_calendar()

    if not cal.is_session(day):
        why = said + closure_reason(day)
        if policy == "skip":
            return SessionShift(None, day, True, f"{why} -> skipped")
        direction = "next" if policy == "next" else "previous"
        session = cal.date_to_session(day, direction=direction)
        return SessionShift(session, day, True, f"{why} -> {direction} session")

    close = cal.session_close(day).tz_convert(DEFAULT_TZ)
    close_text = close.strftime("%H:%M")
    if local is not None and local >= close:
        session = cal.next_session(day)
        return SessionShift(
            session, day, True, f"{said}at or after the close ({close_text}) -> next session"
        )
    if local is None and time_of_day in _AFTER_CLOSE_WORDS:
        session = cal.next_session(day)
        return SessionShift(
            session,
            day,
            True,
            f"{time_of_day} counts as after the close ({close_text}) -> next session",
        )
    return SessionShift(day, day, False, None)


@lru_cache(maxsize=64)
def _is_new_york(tz: str) -> bool:
    """Whether the zone ``tz`` keeps New York's clock (America/New_York, US/Eastern, ...)."""
    if tz == DEFAULT_TZ:
        return True
    probes = pd.DatetimeIndex(["2025-01-15 12:00", "2025-07-15 12:00"])
    return bool(
        (probes.tz_localize(tz).tz_convert(DEFAULT_TZ).tz_localize(None) == probes).all()
    )


def sessions_between(start: Any, end: Any) -> pd.DatetimeIndex:
    """Sessions from ``start`` to ``end`` inclusive (naive midnight timestamps)."""
    a, b = _naive_day(start, "start"), _naive_day(end, "end")
    if a > b:
        raise InputError(f"Parameter `start` ({a.date()}) must not be after `end` ({b.date()}).")
    _check_in_range(a, "start")
    _check_in_range(b, "end")
    return pd.DatetimeIndex(get_calendar().sessions_in_range(a, b), name="session")


def sessions_window(day0: Any, start: int, end: int) -> pd.DatetimeIndex:
    """Sessions at relative days ``start``..``end`` around the session ``day0``.

    Parameters
    ----------
    day0
        A session (a non-session date raises: align it with :func:`event_session` first).
    start, end
        Relative session offsets, ``start <= end`` (e.g. -5 and 5).

    Returns
    -------
    pandas.DatetimeIndex
        ``end - start + 1`` sessions.

    Examples
    --------
    >>> list(sessions_window("2025-04-09", -1, 1).strftime("%Y-%m-%d"))
    ['2025-04-08', '2025-04-09', '2025-04-10']
    """
    if not isinstance(start, int) or not isinstance(end, int) or start > end:
        raise InputError(
            f"Parameters `start` and `end` take integers with start <= end, got {start!r} and {end!r}."
        )
    day = _naive_day(day0, "day0")
    _check_in_range(day, "day0")
    cal = get_calendar()
    if not cal.is_session(day):
        raise InputError(
            f"Parameter `day0` takes an NYSE session, got {day.date()} ({_weekday_name(day)}, no "
            "session); use event_session() to find day 0."
        )
    sessions = cal.sessions
    pos = sessions.get_loc(day)
    lo, hi = pos + start, pos + end
    if lo < 0 or hi >= len(sessions):
        raise RangeError(
            f"A window ({start}, {end}) around {day.date()} runs outside the calendar "
            f"({sessions[0].date()} to {sessions[-1].date()})."
        )
    return pd.DatetimeIndex(sessions[lo : hi + 1], name="session")


def session_distance(a: Any, b: Any) -> int:
    """Number of sessions from ``a`` to ``b`` (positive when ``b`` is later).

    Both dates must be sessions; the distance between consecutive sessions is 1, whatever the
    weekends or holidays between them.

    Examples
    --------
    >>> session_distance("2025-04-17", "2025-04-21")  # over Good Friday and a weekend
    1
    """
    da, db = _naive_day(a, "a"), _naive_day(b, "b")
    cal = get_calendar()
    for name, day in (("a", da), ("b", db)):
        _check_in_range(day, name)
        if not cal.is_session(day):
            raise InputError(
                f"Parameter `{name}` takes an NYSE session, got {day.date()} (no session)."
            )
    sessions = cal.sessions
    return int(sessions.get_loc(db) - sessions.get_loc(da))
