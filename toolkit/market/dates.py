"""Date parameters of the price sources: parsing, ordering and NYSE session bounds."""

from __future__ import annotations

import datetime as dt

import exchange_calendars as xcals
import numpy as np
import pandas as pd

from toolkit.errors import InputError, RangeError
from toolkit.market.calendar import DEFAULT_TZ, parse_date

__all__ = [
    "MARKET_TZ",
    "check_coverage",
    "check_order",
    "first_session_on_or_after",
    "last_session_on_or_before",
    "non_sessions",
    "parse_date",
]

#: Time zone of the New York Stock Exchange; tz-aware inputs are read as dates there.
MARKET_TZ = DEFAULT_TZ
_CAL_START = "1990-01-01"

DateLike = str | dt.date | dt.datetime | pd.Timestamp | np.datetime64


def check_order(start: pd.Timestamp | None, end: pd.Timestamp | None) -> None:
    """Check that ``start`` is not after ``end``.

    Parameters
    ----------
    start, end
        Parsed bounds (either may be None).

    Raises
    ------
    InputError
        If both are given and ``start`` is after ``end``.
    """
    if start is not None and end is not None and start > end:
        raise InputError(
            f"Parameter `start` ({start.date()}) must not be after `end` ({end.date()})."
        )


def _calendar() -> xcals.ExchangeCalendar:
    # one XNYS calendar per process, shared with toolkit.market.calendar
    from toolkit.market.calendar import get_calendar

    return get_calendar()


def first_session_on_or_after(day: pd.Timestamp) -> pd.Timestamp:
    """Return the first NYSE session on or after ``day``.

    Days before the calendar's first session (1990-01-02) are returned unchanged, and days after
    its last session give that day unchanged too, so range checks stay correct at the edges.

    Parameters
    ----------
    day
        A naive midnight timestamp.

    Returns
    -------
    pandas.Timestamp
        A naive midnight timestamp.
    """
    cal = _calendar()
    if pd.Timestamp(_CAL_START) <= day < cal.first_session:
        return pd.Timestamp(cal.first_session).as_unit("ns")
    if day < cal.first_session or day > cal.last_session:
        return day
    return pd.Timestamp(cal.date_to_session(day, direction="next")).as_unit("ns")


def last_session_on_or_before(day: pd.Timestamp) -> pd.Timestamp:
    """Return the last NYSE session on or before ``day`` (edge days returned unchanged).

    Parameters
    ----------
    day
        A naive midnight timestamp.

    Returns
    -------
    pandas.Timestamp
        A naive midnight timestamp.
    """
    cal = _calendar()
    if day < cal.first_session or day > cal.last_session:
        return day
    return pd.Timestamp(cal.date_to_session(day, direction="previous")).as_unit("ns")


def non_sessions(index: pd.DatetimeIndex) -> np.ndarray:
    """Return a boolean mask of the dates in ``index`` that are not NYSE sessions.

    Dates outside the calendar's range (before 1990-01-02 or about a year ahead) cannot be
    checked and count as sessions.

    Parameters
    ----------
    index
        Naive midnight dates.

    Returns
    -------
    numpy.ndarray
        True where the date is a known non-session (weekend or holiday).
    """
    cal = _calendar()
    dates = pd.DatetimeIndex(index).as_unit("ns")
    sessions = pd.DatetimeIndex(cal.sessions).as_unit("ns")
    inside = (dates >= sessions[0]) & (dates <= sessions[-1])
    return np.asarray(inside & ~dates.isin(sessions))


def check_coverage(
    what: str,
    first: pd.Timestamp,
    last: pd.Timestamp,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    *,
    open_end: bool = False,
) -> None:
    """Check that a source's dates for one ticker cover the requested range.

    The requested range is read in NYSE sessions: a ``start`` on a weekend or holiday asks for
    the next session, an ``end`` on one for the previous session.

    Parameters
    ----------
    what
        Describes the data in messages, e.g. "The snapshot has ^GSPC".
    first, last
        The first and last date the source has.
    start, end
        The requested bounds (None means "from the first" / "to the last" available date).
    open_end
        If True, an ``end`` after ``last`` is accepted as long as ``last`` is recent (the
        source may not have today's session yet): only an end before yesterday is checked.

    Raises
    ------
    RangeError
        If the requested range is not fully covered. The message names the covered range and,
        when the ranges overlap, the part that is available, so the range can be narrowed; the
        error's ``available`` attribute holds ``(first, last)``.
    """
    want_first = first_session_on_or_after(start) if start is not None else first
    want_last = last_session_on_or_before(end) if end is not None else last
    if want_first > want_last:
        raise RangeError(
            f"Parameters `start` ({start.date() if start is not None else None}) and `end` "
            f"({end.date() if end is not None else None}) contain no NYSE session."
        )
    if open_end and end is not None:
        today = pd.Timestamp.now(tz=MARKET_TZ).tz_localize(None).normalize()
        if want_last >= today - pd.Timedelta(days=1):
            want_last = min(want_last, last)
    if want_first >= first and want_last <= last:
        return
    covered = f"{what} from {first.date()} to {last.date()}"
    requested = f"{want_first.date()} to {want_last.date()}"
    lo, hi = max(want_first, first), min(want_last, last)
    if lo > hi:
        err = RangeError(
            f"{covered}; the requested range {requested} lies outside it. Choose `start` and "
            f"`end` within {first.date()} to {last.date()}."
        )
    else:
        err = RangeError(
            f"{covered}; the requested range {requested} is only partly covered ({lo.date()} to "
            f"{hi.date()} is available). Narrow `start`/`end` to that part."
        )
    err.available = (first, last)
    raise err
