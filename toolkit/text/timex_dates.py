"""What a resolved time expression is, and the calendar arithmetic behind it.

Rules
-----
* Values are in the style of TimeML: a day "2025-04-08", an ISO week "2025-W14", a month
  "2025-04", a quarter "2025-Q1", a year "2025", a span of days "2025-04-10/2025-04-11" and a
  weekend "2025-W14-WE". ``date`` and ``date_end`` are the first and the last day covered.
* Weeks are ISO weeks, Monday to Sunday: 2025-W14 runs from 2025-03-31 to 2025-04-06.
  Quarters are calendar quarters: 2025-Q1 runs from 2025-01-01 to 2025-03-31.
* A span of days that begins and ends on the same day is that day ("day", not "range").
* A clock hour gives the part of the day: morning before 12:00, afternoon before 17:00,
  evening before 21:00, night after. A day expression right next to a clock time takes its
  part of the day: "Tuesday at 4 p.m.", "4 p.m. local time Tuesday" (the time at most 22
  characters after the expression or 34 before it). Without a clock time, the close of the
  market next to it makes it "evening" (after the close, the next session's news): "late
  Tuesday", "late on Tuesday", "Monday after the bell", "after markets closed on Monday",
  "in after-hours trading Tuesday" (:data:`AFTER_CLOSE`, within 34 characters).

Examples
--------
>>> _week_value(dt.date(2025, 4, 9)), _week_bounds(dt.date(2025, 4, 2))
('2025-W15', (datetime.date(2025, 3, 31), datetime.date(2025, 4, 6)))
>>> _quarter_bounds(2025, 1)
(datetime.date(2025, 1, 1), datetime.date(2025, 3, 31))
>>> _range(0, 5, "today", dt.date(2025, 4, 9), dt.date(2025, 4, 9)).precision
'day'
>>> text = "Tuesday at 4 p.m."
>>> _clock_part(text, _day(0, 7, "Tuesday", dt.date(2025, 4, 8)))
'afternoon'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from toolkit.text.timex_patterns import _CLOCK, _DIGIT, _LATE_BEFORE, _LOCAL_TIME, AFTER_CLOSE

__all__ = ["Timex"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One resolved time expression.

    Attributes
    ----------
    start, end
        Character offsets in the text (``text[start:end] == self.text``).
    text
        The expression as written.
    value
        TimeML-style value ("2025-04-08", "2025-W14", "2025-04", "2025-Q1", "2025",
        "2025-04-10/2025-04-11", "2025-W14-WE").
    date, date_end
        First and last day covered.
    precision
        day, week, month, quarter, year or range.
    time_of_day
        morning, afternoon, evening, night or None.
    """

    start: int
    end: int
    text: str
    value: str
    date: dt.date
    date_end: dt.date
    precision: str
    time_of_day: str | None = None


# ---------------------------------------------------------------------------------------------
# small date helpers


def _week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * quarter - 2, 1)
    return first, _month_bounds(year, 3 * quarter)[1]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day(start: int, end: int, text: str, day: dt.date, tod: str | None = None) -> Timex:
    return Timex(start, end, text, day.isoformat(), day, day, "day", tod)


def _range(start: int, end: int, text: str, first: dt.date, last: dt.date) -> Timex:
    if first == last:
        return _day(start, end, text, first)
    return Timex(start, end, text, f"{first.isoformat()}/{last.isoformat()}", first, last, "range")


@dataclass(slots=True)
class _Found:
    """A rule's match to resolve, with the days it may count from.

    Attributes
    ----------
    start, end, text
        The match: offsets into the article text, and the expression as written.
    groups
        The match's named groups.
    published
        The publication date.
    anchor, past_anchor
        The day last mentioned, and the day last mentioned that is not after publication
        (each the publication date when there is none).
    tense_of
        ``tense_of(start, end)``: "future", "past" or None around a span of the text.
    last
        The expression resolved last before this one, of any precision (None at first).
    source
        The whole text the match is in (for what comes right before it).
    """

    start: int
    end: int
    text: str
    groups: dict[str, Any]
    published: dt.date
    anchor: dt.date
    past_anchor: dt.date
    tense_of: Callable[..., str | None]
    last: Timex | None = None
    source: str = ""

    def before(self, width: int) -> str:
        """The ``width`` characters of the text right before the match."""
        return self.source[max(0, self.start - width) : self.start]

    def tense(self, plans: bool = True) -> str | None:
        """The tense around the match (counting plans before it as future when ``plans``)."""
        return (
            self.tense_of(self.start, self.end)
            if plans
            else self.tense_of(self.start, self.end, False)
        )

    def timex(self, value: str, first: dt.date, last: dt.date, precision: str) -> Timex:
        """The match as a time expression with this value, first and last day."""
        return Timex(self.start, self.end, self.text, value, first, last, precision)

    def day(self, day: dt.date, tod: str | None = None) -> Timex:
        """The match as one day, with its time of day."""
        return _day(self.start, self.end, self.text, day, tod)

    def range(self, first: dt.date, last: dt.date) -> Timex:
        """The match as the days from ``first`` to ``last``."""
        return _range(self.start, self.end, self.text, first, last)

    def week(self, day: dt.date) -> Timex:
        """The match as the ISO week of ``day``."""
        first, last = _week_bounds(day)
        return self.timex(_week_value(day), first, last, "week")

    def month(self, year: int, month: int) -> Timex:
        """The match as a calendar month."""
        first, last = _month_bounds(year, month)
        return self.timex(f"{year}-{month:02d}", first, last, "month")

    def year(self, year: int) -> Timex:
        """The match as a calendar year."""
        return self.timex(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _clock_part(text: str, t: Timex) -> str | None:
    """Time of day from a clock time right next to a day expression ("Tuesday at 4 p.m.")."""
    window_after = text[t.end : t.end + 22]
    window_before = text[max(0, t.start - 34) : t.start]
    if "time" in window_before:  # (as every match of _LOCAL_TIME)
        window_before = _LOCAL_TIME.sub("", window_before)
    m = _CLOCK.match(window_after.lstrip(" ,"))
    if m is None and _DIGIT.search(window_before):  # (a clock time has digits)
        close = window_before.rstrip(" ,")
        if close.endswith(" on"):  # "announced at 4 pm on Monday"
            close = close[:-3].rstrip(" ,")
        for cand in _CLOCK.finditer(window_before):
            if cand.end() >= len(close) - 1:
                m = cand
    if m is None and ("noon" in window_before or "midday" in window_before):
        if _NOON_BEFORE.search(window_before):
            return "afternoon"  # "announced at noon on Thursday" (noon to 5 p.m.)
    if m is None and _NOON_AFTER.match(window_after):
        return "afternoon"  # "on Thursday at noon"
    if m is None:
        if _EARLY_BEFORE.search(window_before):
            return "morning"  # "said in statements early on Tuesday": the day's start
        if "before" in window_before or "ahead" in window_before:
            if _BEFORE_OPEN_BEFORE.search(window_before):
                return "morning"  # "before trading began on Monday": the session's start
        if "late" in window_before[-9:].lower() or "after" in text[
            max(0, t.start - 34) : t.end + 34
        ].lower():
            return _after_close(text, t)
        return None
    return clock_part_of_day(m.groupdict(), m.group())


# Noon right before or after a day, as the time something happened: "at noon on | Thursday",
# "around midday | Friday", "shortly after noon on | Thursday", "Thursday | at noon" (not "by
# noon", "shortly before noon": a deadline or the morning).
_NOON_BEFORE = re.compile(
    r"(?<![Bb]efore )\b(?:[Aa]t|[Aa]round|[Aa]bout|(?:[Ss]hortly\s+|[Jj]ust\s+)?[Aa]fter)\s+"
    r"(?:noon|midday)\s*,?\s*(?:on\s+)?$"
)
_NOON_AFTER = re.compile(r",?\s*(?:at|around|about)\s+(?:noon|midday)\b")
# The market's opening right before a day: "before the market opened on | Monday", "ahead of
# the opening bell | Tuesday".
_BEFORE_OPEN_BEFORE = re.compile(
    r"\b(?:[Bb]efore|[Aa]head\s+of)\s+(?:the\s+)?(?:(?:stock\s+)?markets?\s+open(?:ed)?"
    r"|(?:opening\s+)?bell|(?:market\s+)?open(?:ing)?(?:\s+bell)?|trading\s+(?:began|opened|started))"
    r"\s*,?\s*(?:on\s+)?$"
)
# "early" right before a day: "early on Tuesday", "early Wednesday".
_EARLY_BEFORE = re.compile(r"\b[Ee]arly\s+(?:on\s+)?$")


def _clock_hour(groups: Mapping[str, str | None]) -> int:
    """The hour from 0 to 23 of a clock time's match: "2 p.m." / "2pm" (``h`` or ``h12`` with
    ``ampm`` or ``ampm12``), "at 14:00" (``h24``), "at 1400 GMT" (``h24z``), or an hour alone
    ("21:40", ``h`` with no ``ampm``)."""
    h24 = groups.get("h24") or groups.get("h24z")
    if h24:
        return int(h24)
    hour = int(groups.get("h") or groups.get("h12") or 0)
    ampm = groups.get("ampm") or groups.get("ampm12")
    if not ampm:
        return hour
    return hour % 12 + (12 if ampm[0].lower() == "p" else 0)


def _after_close(text: str, t: Timex) -> str | None:
    """"evening" for a day expression with the market's close next to it ("late Tuesday",
    "Monday after the bell", "after markets closed on Monday"), else None."""
    if _LATE_BEFORE.search(text, max(0, t.start - 9), t.start):
        return "evening"
    if AFTER_CLOSE.search(text[max(0, t.start - 34) : t.end + 34]):
        return "evening"
    return None


def clock_part_of_day(groups: Mapping[str, str | None], written: str) -> str:
    """The part of the day of a clock time's match (its named groups, and the time as
    written): :func:`_part_of_day` of its hour, but five o'clock sharp ("5 p.m.", "at 17:00")
    closes the afternoon (noon to 5 p.m.)."""
    hour = _clock_hour(groups)
    if hour == 17 and _PAST_THE_HOUR.search(written) is None:
        return "afternoon"
    return _part_of_day(hour)


# Minutes past the hour in a clock time ("5:30 p.m.", "17.15"), not ":00".
_PAST_THE_HOUR = re.compile(r"\d[:.](?!00)\d\d")


def _part_of_day(hour: int) -> str:
    """The part of the day of an hour from 0 to 23 (a clock time from 5 p.m. to midnight is the
    evening, as news reports it: "posted at 9:31 p.m.", as "Tuesday night" is)."""
    if hour < 12:
        return "morning"
    if hour < 17:
        return "afternoon"
    return "evening"
