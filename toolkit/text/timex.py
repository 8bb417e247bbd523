"""Time expressions in news text, resolved against the publication date.

:func:`resolve_dates` finds the time expressions that news reports use ("Tuesday afternoon",
"last week", "later this week", "April 2", "in March", "the first quarter", "two days ago") and
resolves each against the publication date, in the style of TimeML values:

========================  ==============================  =========  =================
expression                value (published Wed 2025-04-09) precision  date .. date_end
========================  ==============================  =========  =================
Tuesday afternoon         2025-04-08                       day        04-08 .. 04-08
Wednesday                 2025-04-09                       day        04-09 .. 04-09
last week                 2025-W14                         week       03-31 .. 04-06
later this week           2025-04-10/2025-04-11            range      04-10 .. 04-11
over the weekend          2025-W14-WE                      range      04-05 .. 04-06
this month                2025-04                          month      04-01 .. 04-30
the first quarter         2025-Q1                          quarter    01-01 .. 03-31
in 2024                   2024                             year       2024-01-01 .. 12-31
========================  ==============================  =========  =================

Rules
-----
* A weekday name is the most recent such day on or before the publication date (the
  publication weekday itself is that day). "next", "this coming" or a future verb close to it
  ("will", "is expected to", "plans to", or a scheduled event in the present tense: "announces",
  "testifies", "meets", ...) look forward instead.
* Weeks are ISO weeks (Monday..Sunday). "later this week" runs from the day after publication
  through Friday (through Sunday when published on a Friday or later); "earlier this week"
  from Monday to the day before publication.
* Explicit dates without a year ("April 2") take the year that puts them nearest the
  publication date; a clear tense decides when two years are about equally near.
* A month name alone is a time expression only after a preposition or determiner ("in March",
  "since May", "last March", "mid-March"), so "March Madness" and "may not" are left alone; a
  year needs such a context too, so "10 to 20" and "over 30 years" are not years.
* "two days later" counts from the most recent day mentioned before it, "a week earlier" from
  the most recent day mentioned before it that is not after publication (the publication date
  when there is none); in a past-tense sentence "later" never reaches past publication.
  "a day after Trump threatened ..." counts from another event and is not a date.
  "a week ago today" is that very day (2025-04-02 above); "the same day" is the day last
  mentioned, "the day before" and "the next day" the days around it (not a date when no day
  was mentioned, or when another event follows: "the day before the vote").
* A clock time standing alone ("released at 2 p.m.") is on the day last mentioned (the
  publication date when there is none), with its part of the day; next to a day expression
  ("Tuesday at 2 p.m.", "2 p.m. on Tuesday") it only gives that day its part of the day.
  "in the afternoon" and "that evening" are likewise parts of the day last mentioned, except
  after a future verb ("will meet in the morning": which morning is not said).
* "tonight" and "last night" carry time of day "evening" (the calendar treats evening and
  night alike as after the close); "Wednesday night" keeps "night".
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from toolkit.errors import InputError
from toolkit.text.articles import parse_published

__all__ = ["TIMEX_COLUMNS", "Timex", "find_timexes", "resolve_dates", "sentence_start"]

TIMEX_COLUMNS: tuple[str, ...] = (
    "start",
    "end",
    "text",
    "value",
    "date",
    "date_end",
    "precision",
    "time_of_day",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAYS)}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_INDEX: dict[str, int] = {name.lower(): i + 1 for i, name in enumerate(MONTHS)}
_MONTH_INDEX.update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9}
)
_MONTH_INDEX.update({"oct": 10, "nov": 11, "dec": 12})
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a couple of": 2,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS["4th"] = 4
_PARTS = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
    "tonight": "evening",
    "overnight": "night",
}

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\."
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a couple of|\d{1,2})"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_NOT_NUMBER_AFTER = r"(?![\d,]*\d)(?!\s*(?:%|percent|per cent))"

# Each rule: (name, compiled regex). Longer, more specific rules come first; overlaps are
# resolved afterwards in favour of the longest match.
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "wd_date",  # Tuesday, April 8, 2025 / Tuesday, April 8
        re.compile(
            rf"\b(?P<wd>{_WD}),?\s+(?P<mon>{_MONTH_ANY})\s?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "mdy",  # April 2, 2025 / Apr. 2 / April 2nd
        re.compile(
            rf"(?<![\w.])(?P<mon>{_MONTH_ANY})\s?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"
            rf"(?:\s*(?:and|-|–|to|through)\s*(?P<day2>\d{{1,2}})\b(?!\s*(?:%|percent)))?"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "dmy",  # 2 April 2025 / 2 April
        re.compile(
            rf"(?<![\w$.,])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_ANY})"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "iso",
        re.compile(
            r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\w-])"
        ),
    ),
    (
        "month_year",  # March 2025 / in March of 2024
        re.compile(rf"\b(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR})(?:,|\s+of)?\s+(?P<year>{_YEAR})\b"),
    ),
    (
        "month_ctx",  # in March / since May / last March / mid-March / early April
        re.compile(
            rf"\b(?P<ctx>(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Ff]rom|[Dd]uring|[Bb]efore"
            rf"|[Aa]fter|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Oo]f|[Tt]ill|[Tt]o)\s+(?:(?:early|late)\s+)?"
            rf"|(?:[Mm]id|[Ee]arly|[Ll]ate)-)(?P<mon>{_MONTH_FULL})\b(?!\s+\d)(?!\s+[A-Z])"
        ),
    ),
    (
        "quarter",  # the first quarter (of 2025) / Q1 2025 / first-quarter / last quarter
        re.compile(
            rf"\b(?:(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter"
            rf"(?:\s+of\s+(?P<year>{_YEAR}))?|Q(?P<q>[1-4])(?:\s+(?P<qyear>{_YEAR}))?"
            rf"|(?P<rel>last|this|next|the\s+current|the\s+previous)\s+quarter)\b"
        ),
    ),
    (
        "later_earlier",  # later this week / earlier this month / later today
        re.compile(
            r"\b(?P<dir>[Ll]ater|[Ee]arlier)\s+(?:this\s+(?P<unit>week|month|year)|(?P<today>today))\b"
        ),
    ),
    (
        "weekend",  # over the weekend / this weekend / last weekend / next weekend
        re.compile(
            r"\b(?P<rel>over\s+the|this(?:\s+past)?|last|next|the\s+coming|on\s+the|at\s+the)\s+weekend\b",
            re.I,
        ),
    ),
    (
        "ago",  # two days ago / a week earlier / three weeks later / hours later
        re.compile(
            r"\b(?P<hours>(?:[Hh]ours|[Mm]inutes|[Mm]oments)\s+(?:later|earlier))\b|"
            rf"\b(?P<num>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+"
            r"(?:(?P<dir>ago)(?P<today>\s+today)?"
            r"|(?P<dir2>earlier|later)(?!\s+(?:that|the|a|an|he|she|they|it|his|her)\b)"
            # "a day after Trump threatened": counted from another event, not a date here
            r"|(?P<dir3>before|after)(?![ \t]+[\w“\"$]))\b",
            re.I,
        ),
    ),
    (
        "rel_unit",  # last week / this month / next year / the past week
        re.compile(
            r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he\s+past|[Tt]he\s+previous|[Tt]he\s+coming|[Tt]he\s+following)"
            r"\s+(?P<unit>week|month|year)\b(?!['’]s\s+\w+\s+(?:is|was))"
        ),
    ),
    (
        "weekday",  # (last|next|this coming|on)? Tuesday (morning)?
        re.compile(
            rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his\s+past|[Tt]his|[Cc]oming)\s+"
            rf"|(?P<early>[Ee]arly|[Ll]ate)\s+)?(?<![-\w])(?P<wd>{_WD})(?![-\w])(?:['’]s)?(?:\s+(?P<part>{_PART}))?\b"
        ),
    ),
    (
        "same_day",  # the same day / that same day: the day just mentioned
        re.compile(r"\b(?:[Tt]he|[Tt]hat)\s+same\s+day\b"),
    ),
    (
        "next_day",  # the day before / the next day: a day from the day just mentioned
        re.compile(
            r"\b[Tt]he\s+(?:(?P<back>day\s+before|previous\s+day)|day\s+after|next\s+day"
            r"|following\s+day)\b(?![ \t]+[\w“\x22$])"
        ),
    ),
    (
        "clock",  # at 2 p.m. / 2:30 p.m.: a time on the day last mentioned (kept only alone)
        re.compile(r"\b(?:at\s+)?(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.)"),
    ),
    (
        "day_part",  # in the afternoon / that evening: a part of the day last mentioned
        re.compile(
            r"\b(?:[Ii]n\s+the|[Tt]hat|(?:[Ll]ater|[Ee]arly|[Ll]ate)\s+that)"
            r"\s+(?P<part>morning|afternoon|evening)\b"
        ),
    ),
    (
        "deictic",  # today / tonight / yesterday (afternoon) / tomorrow / this morning / last night
        re.compile(
            r"\b(?P<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:['’]s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
            r"|\b(?P<this>[Tt]his|[Ll]ast)\s+(?P<part2>morning|afternoon|evening|night)\b"
            r"|\b(?P<ovn>overnight)\b(?=\s+(?:trading|session|hours|into|in\s+(?:Asia|Europe)))"
        ),
    ),
]

# Years: a four-digit number after a preposition or determiner ("in 2024", "the 2024
# election"), found by a fast scan for the number and a check of the word before it.
# (The check of the character before the year comes after the digits, so that the engine can
# skip quickly to the places where a year starts.)
_YEAR_NUMBER = re.compile(rf"(?P<year>{_YEAR})(?<![\w$.,-]\d{{4}})(?![\w,]*\d)(?![\w-])")
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|through|from|during|before|after|of|the|fiscal|early|late)\s+|\bmid-)$",
    re.I,
)
_YEAR_NOT_AFTER = re.compile(
    r"\s*(?:%|percent|years?\b|people\b|jobs\b|tons\b|units\b|points\b|shares\b|cars\b)"
)

_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|poised|going)\s+to"
    r"|(?:scheduled|set|slated|planned|due)\s+(?:for|on)|plans?\s+to|planning\s+to|intends?\s+to|upcoming|coming"
    # a scheduled event in the present tense: "the Fed announces its decision Wednesday"
    r"|announces|testifies|convenes|meets|votes|travels|visits|hosts|publishes|unveils|delivers)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:said|says|told|wrote|was|were|had|did|met|spoke|made|took|gave|rose|fell|\w{3,}ed)\b",
    re.I,
)
_CLOCK = re.compile(
    r"\b(?:at\s+)?(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)", re.I
)
_DIGIT = re.compile(r"\d")
_LOCAL_TIME = re.compile(r"\s+(?:local|[A-Z]{2,4})\s+time\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-Z0-9])|\n")
# The same matches, written to start with the sentence-ending character: the regular
# expression engine then skips to the next such character.
_SENTENCE_END_SCAN = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’)]*\s+(?=[\"“A-Z0-9])|(?<=\n))")


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


def sentence_start(text: str, start: int) -> int:
    """Where the sentence around ``start`` starts (at most 300 characters back)."""
    lo = max(0, start - 300)
    left = lo
    for m in _SENTENCE_END_SCAN.finditer(text, lo, start):
        left = m.end()
    return left


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence around ``end`` ends (at most 300 characters on)."""
    nxt = _SENTENCE_END_SCAN.search(text, end, min(len(text), end + 300))
    return nxt.start() + 1 if nxt else min(len(text), end + 300)


# The tense markers for a lower-cased text: the same matches as _FUTURE and _PAST on the
# text itself (see _tense_scan), found without case folding.
_FUTURE_LOWER = re.compile(_FUTURE.pattern)
_PAST_LOWER = re.compile(_PAST.pattern)
# Non-ASCII characters other than typographic quotes, dashes, ellipses and no-break spaces
# (each its own lower case).
_UNUSUAL = re.compile(r"[^\x00-\x7f‘’“”–—…\u00a0]")
# Characters that case-insensitive matching takes for an ASCII letter ("ı" for "i", "ſ" for
# "s") while lower-casing leaves them as they are.
_FOLDS_TO_ASCII = frozenset("ıſ")

_TenseScan = tuple[str, re.Pattern[str], re.Pattern[str]]


def unusual_characters(text: str) -> set[str]:
    """The non-ASCII characters of ``text`` other than typographic quotes, dashes, ellipses and
    no-break spaces (usually none)."""
    return set(_UNUSUAL.findall(text))


def folds_to_ascii(unusual: set[str]) -> bool:
    """Whether a character of ``unusual`` may match an ASCII letter when case is ignored.

    ``unusual`` is what :func:`unusual_characters` gives for a text. When this is False, every
    character of the text other than A-Z is its own lower case and no other character matches
    an ASCII letter case-insensitively ("K" for "k", "ı" for "i", "ſ" for "s"): a pattern
    that ignores case finds in the text what the lower-cased pattern finds in the lower-cased
    text, and an ASCII letter in either case is the only way to match an ASCII letter.
    """
    return any(ch.lower() != ch or ch in _FOLDS_TO_ASCII for ch in unusual)


def _tense_scan(text: str, low: str | None = None, unusual: set[str] | None = None) -> _TenseScan:
    """The text and the patterns in which :func:`_tense` looks for tense markers.

    The lower-cased text with case-sensitive patterns when that finds exactly what the
    case-insensitive patterns find in ``text`` (every character other than A-Z is its own
    lower case and no other character folds to an ASCII letter), else ``text`` itself.
    ``unusual`` is :func:`unusual_characters` of ``text`` when the caller has it already.
    """
    low = text.lower() if low is None else low
    if unusual is None:
        unusual = unusual_characters(text)
    if len(low) == len(text) and not folds_to_ascii(unusual):
        return low, _FUTURE_LOWER, _PAST_LOWER
    return text, _FUTURE, _PAST


class _TenseOf:
    """:func:`_tense` for the expressions of one text (it prepares the scan when first needed)."""

    def __init__(self, text: str, low: str, unusual: set[str]) -> None:
        self.text = text
        self.low = low  # text.lower()
        self.unusual = unusual  # unusual_characters(text)
        self.scan: _TenseScan | None = None

    def __call__(self, start: int, end: int) -> str | None:
        if self.scan is None:
            self.scan = _tense_scan(self.text, self.low, self.unusual)
        return _tense(self.text, start, end, self.scan)


# A marker after the expression counts this much more than one as far before it (the governing
# verb usually comes first).
_AFTER_PENALTY = 8


def _tense(text: str, start: int, end: int, scan: _TenseScan | None = None) -> str | None:
    """'future' or 'past' from the closest tense marker in the sentence, or None.

    Only the last marker of each kind before the expression and the first after it can be
    closest; on a tie the future marker before, the future marker after, the past marker
    before and the past marker after win in this order. ``scan`` is what
    :func:`_tense_scan` gives for ``text`` (default: ``text`` itself).
    """
    left = sentence_start(text, start)
    haystack, future, past = scan if scan is not None else (text, _FUTURE, _PAST)
    before: list[int | None] = []
    for pattern in (future, past):
        last = None
        for m in pattern.finditer(haystack, left, start):
            last = m
        before.append(None if last is None else start - last.end())
    after: list[int | None] = [None, None]
    # A marker after the expression is _AFTER_PENALTY or more away: it cannot be closer than
    # one before it at a smaller distance, so the sentence is searched on only without one.
    if not any(d is not None and d < _AFTER_PENALTY for d in before):
        right = _sentence_end(text, end)
        for k, pattern in enumerate((future, past)):
            first = pattern.search(haystack, end, right)
            if first is not None:
                after[k] = first.start() - end + _AFTER_PENALTY
    best: tuple[int, str] | None = None
    for dist, label in (
        (before[0], "future"),
        (after[0], "future"),
        (before[1], "past"),
        (after[1], "past"),
    ):
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, label)
    return None if best is None else best[1]


def _nearest_year(
    month: int, day: int, published: dt.date, tense_of: Callable[[], str | None]
) -> dt.date | None:
    """The date nearest ``published``; the tense (asked only when needed) decides a near tie."""
    candidates = [
        d for d in (_safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if d is not None
    ]
    if not candidates:
        return None
    candidates.sort(key=lambda d: abs((d - published).days))
    best = candidates[0]
    if len(candidates) > 1:
        second = candidates[1]
        if abs(abs((best - published).days) - abs((second - published).days)) <= 45:
            tense = tense_of()
            if tense == "future" and best < published <= second:
                best = second
            elif tense == "past" and second <= published < best:
                best = second
    return best


# ---------------------------------------------------------------------------------------------
# resolution of each rule


def _resolve(
    name: str,
    m: re.Match[str],
    text: str,
    published: dt.date,
    anchor: dt.date,
    past_anchor: dt.date,
    tense_of: Callable[[int, int], str | None],
) -> Timex | None:
    s, e = m.span()
    span = text[s:e]
    g = m.groupdict()
    if name in ("wd_date", "mdy", "dmy", "month_year", "iso"):
        d: dt.date | None
        if name == "iso":
            d = _safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
            return None if d is None else _day(s, e, span, d)
        month = _MONTH_INDEX[g["mon"].rstrip(".").lower()]
        if name == "month_year":
            year = int(g["year"])
            first, last = _month_bounds(year, month)
            return Timex(s, e, span, f"{year}-{month:02d}", first, last, "month")
        day_num = int(g["day"])
        if g.get("year"):
            d = _safe_date(int(g["year"]), month, day_num)
        else:
            d = _nearest_year(month, day_num, published, lambda: tense_of(s, e))
        if d is None:
            return None
        if g.get("day2"):
            last_day = _safe_date(d.year, month, int(g["day2"]))
            if last_day is not None and d < last_day <= d + dt.timedelta(days=31):
                return _range(s, e, span, d, last_day)
        return _day(s, e, span, d)
    if name == "month_ctx":
        month = _MONTH_INDEX[g["mon"].lower()]
        ctx = (g["ctx"] or "").strip().lower()
        tense = tense_of(s, e)
        if ctx == "last":
            year = published.year if month < published.month else published.year - 1
        elif ctx == "next":
            year = published.year if month > published.month else published.year + 1
        elif ctx in ("since", "from", "after") or tense == "past":
            year = published.year if month <= published.month else published.year - 1
        elif ctx in ("until", "till", "by", "through", "to") or tense == "future":
            year = published.year if month >= published.month else published.year + 1
        else:
            options = [published.year - 1, published.year, published.year + 1]
            year = min(
                options,
                key=lambda y: abs((dt.date(y, month, 15) - published).days),
            )
        first, last = _month_bounds(year, month)
        return Timex(s, e, span, f"{year}-{month:02d}", first, last, "month")
    if name == "quarter":
        if g.get("rel"):
            rel = g["rel"].split()[-1].lower()
            q_now = (published.month - 1) // 3 + 1
            shift = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[rel]
            index = published.year * 4 + (q_now - 1) + shift
            year, quarter = index // 4, index % 4 + 1
        else:
            quarter = int(g["q"]) if g.get("q") else _ORDINALS[g["ord"].lower()]
            year_text = g.get("year") or g.get("qyear")
            if year_text:
                year = int(year_text)
            else:
                q_start, q_end = _quarter_bounds(published.year, quarter)
                tense = tense_of(s, e)
                if tense == "future":
                    year = published.year if q_end >= published else published.year + 1
                else:
                    year = published.year if q_start <= published else published.year - 1
        first, last = _quarter_bounds(year, quarter)
        return Timex(s, e, span, f"{year}-Q{quarter}", first, last, "quarter")
    if name == "later_earlier":
        later = g["dir"].lower() == "later"
        if g.get("today"):
            return _day(s, e, span, published)
        unit = g["unit"]
        one = dt.timedelta(days=1)
        if unit == "week":
            monday, sunday = _week_bounds(published)
            friday = monday + dt.timedelta(days=4)
            if later:
                first = published + one
                last = friday if published < friday else sunday
                if first > last:
                    return None
                return _range(s, e, span, first, last)
            if published == monday:
                return None
            return _range(s, e, span, monday, published - one)
        if unit == "month":
            first, last = _month_bounds(published.year, published.month)
        else:
            first, last = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
        if later:
            return None if published >= last else _range(s, e, span, published + one, last)
        return None if published <= first else _range(s, e, span, first, published - one)
    if name == "weekend":
        rel = " ".join(g["rel"].lower().split())
        saturday_this = published + dt.timedelta(days=5 - published.weekday())
        if rel in ("last", "this past", "over the", "on the", "at the"):
            tense = tense_of(s, e) if rel in ("over the", "on the", "at the") else "past"
            if published.weekday() >= 5:
                sat = saturday_this
            elif tense == "future":
                sat = saturday_this
            else:
                sat = saturday_this - dt.timedelta(days=7)
        elif rel == "this":
            sat = saturday_this
            if published.weekday() < 5 and tense_of(s, e) == "past":
                sat = saturday_this - dt.timedelta(days=7)
        else:  # next, the coming
            sat = saturday_this if published.weekday() < 5 else saturday_this + dt.timedelta(days=7)
        sun = sat + dt.timedelta(days=1)
        return Timex(s, e, span, f"{_week_value(sat)}-WE", sat, sun, "range")
    if name == "ago":
        if g.get("hours"):  # "hours later": the same day as the day just mentioned
            return _day(s, e, span, anchor) if anchor <= published else None
        count = _NUMBER_WORDS.get(" ".join(g["num"].lower().split()))
        if count is None:
            count = int(g["num"])
        unit = g["unit"].lower()
        if g.get("today"):  # "a week ago today": that very day of the week, or month, or year
            if unit in ("day", "week"):
                return _day(
                    s, e, span, published - dt.timedelta(days=count * (7 if unit == "week" else 1))
                )
            year, month = (
                _add_months(published.year, published.month, -count)
                if unit == "month"
                else (published.year - count, published.month)
            )
            day = _safe_date(year, month, min(published.day, _month_bounds(year, month)[1].day))
            return None if day is None else _day(s, e, span, day)
        direction = (g["dir"] or g["dir2"] or g["dir3"]).lower()
        base = published if direction == "ago" else anchor
        if direction in ("earlier", "before"):
            base = past_anchor  # "A week earlier": counted back from a day already past
        sign = 1 if direction in ("later", "after") else -1
        if sign > 0 and base + dt.timedelta(days=count) > published and tense_of(s, e) == "past":
            return None  # a past-tense context never gives a day after publication
        if unit == "day":
            return _day(s, e, span, base + dt.timedelta(days=sign * count))
        if unit == "week" and direction != "ago":
            return _day(s, e, span, base + dt.timedelta(days=7 * sign * count))
        if unit == "week":
            day = base + dt.timedelta(days=7 * sign * count)
            first, last = _week_bounds(day)
            return Timex(s, e, span, _week_value(day), first, last, "week")
        if unit == "month":
            year, month = _add_months(base.year, base.month, sign * count)
            first, last = _month_bounds(year, month)
            return Timex(s, e, span, f"{year}-{month:02d}", first, last, "month")
        year = base.year + sign * count
        return Timex(s, e, span, str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if name == "day_part":
        if anchor > published or tense_of(s, e) == "future":
            return None  # "will vote in the morning": which morning is not said
        return _day(s, e, span, anchor, g["part"].lower())
    if name == "clock":
        hour = int(g["h"]) % 12 + (12 if g["ampm"][0].lower() == "p" else 0)
        return _day(s, e, span, anchor, _part_of_day(hour))
    if name == "next_day":
        if anchor == published and past_anchor == published and g.get("back"):
            return None  # no day mentioned before: "the day before" what is not said
        day = anchor + dt.timedelta(days=-1 if g.get("back") else 1)
        return _day(s, e, span, day) if day <= published else None
    if name == "same_day":
        return _day(s, e, span, anchor) if anchor <= published else None
    if name == "rel_unit":
        rel = " ".join(g["rel"].lower().split())
        unit = g["unit"]
        shift = {
            "last": -1,
            "the past": -1,
            "the previous": -1,
            "this": 0,
            "next": 1,
            "the coming": 1,
            "the following": 1,
        }[rel]
        if rel == "the past":  # the past week = the seven days before publication
            days = {"week": 7, "month": 30, "year": 365}[unit]
            return _range(
                s, e, span, published - dt.timedelta(days=days), published - dt.timedelta(days=1)
            )
        if unit == "week":
            day = published + dt.timedelta(days=7 * shift)
            first, last = _week_bounds(day)
            return Timex(s, e, span, _week_value(day), first, last, "week")
        if unit == "month":
            year, month = _add_months(published.year, published.month, shift)
            first, last = _month_bounds(year, month)
            return Timex(s, e, span, f"{year}-{month:02d}", first, last, "month")
        year = published.year + shift
        return Timex(s, e, span, str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if name == "weekday":
        target = _WEEKDAY_INDEX[g["wd"].lower()]
        rel = " ".join((g.get("rel") or "").lower().split())
        back = (published.weekday() - target) % 7
        if rel in ("next", "this coming", "coming"):
            ahead = (target - published.weekday()) % 7 or 7
            day = published + dt.timedelta(days=ahead)
        elif rel in ("last", "this past"):
            day = published - dt.timedelta(days=back or 7)
        elif back == 0:
            day = published  # the publication weekday, whatever the tense
        elif tense_of(s, e) == "future":
            day = published + dt.timedelta(days=(target - published.weekday()) % 7)
        else:
            day = published - dt.timedelta(days=back)
        tod = _PARTS.get((g.get("part") or "").lower())
        if tod is None and g.get("early"):
            tod = "morning" if g["early"].lower() == "early" else "evening"
        return _day(s, e, span, day, tod)
    if name == "deictic":
        if g.get("ovn"):
            return _day(s, e, span, published, "night")
        if g.get("word"):
            word = g["word"].lower()
            offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
            tod = _PARTS.get((g.get("part") or "").lower()) or (
                "evening" if word == "tonight" else None
            )
            return _day(s, e, span, published + dt.timedelta(days=offset), tod)
        part = g["part2"].lower()
        if g["this"].lower() == "last":
            if part != "night":
                return None
            return _day(s, e, span, published - dt.timedelta(days=1), "evening")
        return _day(s, e, span, published, part)
    if name == "year_ctx":
        year = int(g["year"])
        return Timex(s, e, span, str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    raise AssertionError(name)  # pragma: no cover - every rule is handled above


def _clock_part(text: str, t: Timex) -> str | None:
    """Time of day from a clock time right next to a day expression ("Tuesday at 4 p.m.")."""
    window_after = text[t.end : t.end + 22]
    window_before = text[max(0, t.start - 34) : t.start]
    if "time" in window_before:  # (as every match of _LOCAL_TIME)
        window_before = _LOCAL_TIME.sub("", window_before)
    m = _CLOCK.match(window_after.lstrip(" ,"))
    if m is None and _DIGIT.search(window_before):  # (a clock time has digits)
        for cand in _CLOCK.finditer(window_before):
            if cand.end() >= len(window_before.rstrip(" ,")) - 1:
                m = cand
    if m is None:
        return None
    hour = int(m.group("h")) % 12
    if m.group("ampm").lower().startswith("p"):
        hour += 12
    return _part_of_day(hour)


def _part_of_day(hour: int) -> str:
    """The part of the day of an hour from 0 to 23."""
    if hour < 12:
        return "morning"
    if hour < 17:
        return "afternoon"
    if hour < 21:
        return "evening"
    return "night"


# Every expression contains a trigger word; each rule runs only in windows around its
# triggers, which keeps the scan fast on long texts. The trigger words of each kind, as
# regular expressions that start with a literal character (or \d):
_TRIGGER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wd", ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
    (
        "mon",
        (
            *("january", "february", "march", "april", "may", "june", "july", "august"),
            *("september", "october", "november", "december", r"jan\.", r"feb\.", r"mar\."),
            *(r"apr\.", r"jun\.", r"jul\.", r"aug\.", r"sept?\.", r"oct\.", r"nov\.", r"dec\."),
        ),
    ),
    ("unit", ("week", "month", "year", "quarter", "q[1-4]")),
    (
        "ago",
        (
            *("ago", "earlier", "later", "before", "after(?!noon)"),
            *("next day", "following day", "previous day"),
        ),
    ),
    (
        "deictic",
        (
            *("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening"),
            *("night", "overnight"),
        ),
    ),
    ("digits", (r"\d\d\d\d-\d",)),
    ("same", ("same day",)),
    ("clock", (r"\d\s?[ap]\.m\.", r"\d\d\s?[ap]\.m\.")),
)
_TRIGGER = re.compile("|".join(f"(?P<{kind}>{'|'.join(words)})" for kind, words in _TRIGGER_WORDS))
_RULE_TRIGGERS = {
    "wd_date": "wd",
    "weekday": "wd",
    "mdy": "mon",
    "dmy": "mon",
    "month_year": "mon",
    "month_ctx": "mon",
    "iso": "digits",
    "quarter": "unit",
    "weekend": "unit",
    "rel_unit": "unit",
    "later_earlier": "ago",
    "ago": "ago",
    "deictic": "deictic",
    "same_day": "same",
    "next_day": "ago",
    "clock": "clock",
    "day_part": "deictic",
}
_WINDOW = 48
# A part that every match of a rule contains, with the rule's own case rules: a window without
# it cannot hold a match, and the rule is not run there. (Alternations of words that start with
# a letter, so that the regular expression engine skips to the places that start with one.)
_MONTH_WORDS = "|".join(
    [
        *MONTHS,
        *(rf"{m}\." for m in "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()),
    ]
)


def _either_case(words: str) -> str:
    """``words`` with their first letter in either case: "a|b" -> "A|a|B|b"."""
    return "|".join(f"{w[0].upper()}{w[1:]}|{w}" for w in words.split())


_AGO_NEEDS = (
    r"(?:day|week|month|year)s?\s+(?:ago|earlier|later|before|after)"
    r"|(?:hours|minutes|moments)\s+(?:later|earlier)"
)
_RULE_NEEDS: dict[str, re.Pattern[str]] = {
    "wd_date": re.compile(rf"(?:{_MONTH_WORDS})\s?\d"),
    "mdy": re.compile(rf"(?:{_MONTH_WORDS})\s?\d"),
    "dmy": re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS})"),
    "month_year": re.compile(rf"(?:{_MONTH_WORDS})(?:,|\s+of)?\s+{_YEAR}"),
    "month_ctx": re.compile(rf"(?:{'|'.join(MONTHS)})(?!\s+\d)(?!\s+[A-Z])"),
    "quarter": re.compile(r"quarter|Q"),
    "later_earlier": re.compile(r"(?:ater|arlier)\s+(?:this|today)"),
    "weekend": re.compile(r"weekend", re.I),
    "ago": re.compile(_AGO_NEEDS, re.I),
    "rel_unit": re.compile(
        rf"(?:{_either_case('last this next')}|(?:{_either_case('the')})"
        r"\s+(?:past|previous|coming|following))\s+(?:week|month|year)"
    ),
    "deictic": re.compile(
        _either_case("today tonight yesterday tomorrow this last") + "|overnight"
    ),
    "next_day": re.compile(r"day\s+(?:before|after)|(?:previous|next|following)\s+day"),
    "same_day": re.compile(r"same\s+day"),
    "clock": re.compile(r"[ap]\.m\."),
    "day_part": re.compile(r"(?:[Tt]he|[Tt]hat)\s+(?:morning|afternoon|evening)"),
}
# The case-insensitive ones as lower-case words, to look for in the lower-cased text: the same
# answer when case-insensitive matching of the text is that of its lower-cased form (see
# folds_to_ascii), and the regular expression engine can skip ahead again.
_RULE_NEEDS_LOW: dict[str, re.Pattern[str]] = {
    "weekend": re.compile(r"weekend"),
    "ago": re.compile(_AGO_NEEDS),
}


def _by_first_character(words: list[str]) -> str:
    r"""One alternation of ``words`` grouped by their first character (``\d`` counts as one).

    Words with different first characters never match at the same place, and each group
    keeps the order of its words, so the alternation matches exactly what ``|``-joining the
    words matches; the regular expression engine then tries one group per position.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        head = word[:2] if word.startswith("\\") else word[:1]
        groups.setdefault(head, []).append(word[len(head) :])
    return "|".join(f"{head}(?:{'|'.join(tails)})" for head, tails in groups.items())


# The trigger alternation without its named groups: the same matches, found faster; the kind
# of a trigger word is looked up once.
_TRIGGER_SCAN = re.compile(
    _by_first_character([word for _kind, words in _TRIGGER_WORDS for word in words])
)


def _ascii_digit_first(words: list[str]) -> list[str]:
    r"""``words`` with a leading ``\d`` spelled out as each of 0-9 (one word for each)."""
    out: list[str] = []
    for word in words:
        if word.startswith("\\d"):
            out.extend(digit + word[2:] for digit in "0123456789")
        else:
            out.append(word)
    return out


# The same for a text whose digits are all ASCII: a literal first character in every group
# lets the regular expression engine skip the places where no trigger word can start.
_TRIGGER_SCAN_ASCII = re.compile(
    _by_first_character(
        _ascii_digit_first([word for _kind, words in _TRIGGER_WORDS for word in words])
    )
)


@functools.lru_cache(maxsize=1024)
def _trigger_kind(word: str) -> str:
    """The kind of a trigger word found by :data:`_TRIGGER_SCAN` ("wd", "mon", ...)."""
    full = _TRIGGER.match(word)
    return (full.lastgroup or "") if full is not None else ""


def _trigger_windows(
    text: str, low: str | None = None, unusual: set[str] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Spans around the trigger words of each kind, merged when they touch.

    ``low`` is ``text.lower()`` and ``unusual`` is :func:`unusual_characters` of ``text``,
    when the caller has them already.
    """
    low = text.lower() if low is None else low
    if len(low) != len(text):
        low = text
    if unusual is None:
        unusual = unusual_characters(text)
    # (a digit other than 0-9 is an unusual character: the typographic ones are no digits)
    scan = _TRIGGER_SCAN if any(ch.isdecimal() for ch in unusual) else _TRIGGER_SCAN_ASCII
    windows: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in scan.finditer(low):
        start, end = m.span()
        lo, hi = max(0, start - _WINDOW), min(n, end + _WINDOW)
        spans = windows.setdefault(_trigger_kind(m.group()), [])
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return windows


def find_timexes(
    text: str, published: dt.date, *, low: str | None = None, unusual: set[str] | None = None
) -> list[Timex]:
    """Find and resolve the time expressions of ``text`` (internal fast path).

    Parameters
    ----------
    text
        The text.
    published
        The publication date.
    low, unusual
        ``text.lower()`` and :func:`unusual_characters` of ``text``, when the caller has them
        already.

    Returns
    -------
    list of Timex
        In text order, not overlapping.
    """
    spans: list[tuple[int, int, int, str, re.Match[str]]] = []
    if low is None:
        low = text.lower()
    if unusual is None:
        unusual = unusual_characters(text)
    windows = _trigger_windows(text, low, unusual)
    plain = len(low) == len(text) and not folds_to_ascii(unusual)
    for order, (name, pattern) in enumerate(_RULES):
        seen: set[tuple[int, int]] = set()
        needs, haystack = _RULE_NEEDS.get(name), text
        if plain and name in _RULE_NEEDS_LOW:
            needs, haystack = _RULE_NEEDS_LOW[name], low
        for lo, hi in windows.get(_RULE_TRIGGERS[name], ()):
            if needs is not None and needs.search(haystack, lo, hi) is None:
                continue
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start() and m.span() not in seen:
                    seen.add(m.span())
                    spans.append((m.start(), -(m.end() - m.start()), order, name, m))
    for m in _YEAR_NUMBER.finditer(text):
        if _YEAR_CONTEXT.search(
            text, max(0, m.start() - 8), m.start()
        ) and not _YEAR_NOT_AFTER.match(text, m.end()):
            spans.append((m.start(), -(m.end() - m.start()), len(_RULES), "year_ctx", m))
    spans.sort()
    chosen: list[tuple[str, re.Match[str]]] = []
    last_end = -1
    for start, _neg, _order, name, m in spans:
        if start < last_end:
            continue
        chosen.append((name, m))
        last_end = m.end()
    chosen = _lone_clocks(chosen, text)
    out: list[Timex] = []
    anchor = past_anchor = published
    tense_of = _TenseOf(text, low, unusual)
    for name, m in chosen:
        timex = _resolve(name, m, text, published, anchor, past_anchor, tense_of)
        if timex is None:
            continue
        if timex.precision == "day" and timex.time_of_day is None:
            part = _clock_part(text, timex)
            if part is not None:
                timex = Timex(
                    timex.start,
                    timex.end,
                    timex.text,
                    timex.value,
                    timex.date,
                    timex.date_end,
                    "day",
                    part,
                )
        if timex.precision == "day":
            anchor = timex.date
            if timex.date <= published:
                past_anchor = timex.date
        out.append(timex)
    return out


def _lone_clocks(
    chosen: list[tuple[str, re.Match[str]]], text: str
) -> list[tuple[str, re.Match[str]]]:
    """``chosen`` without the clock times that stand next to another time expression: "on
    Tuesday at 2 p.m." and "2 p.m. on Tuesday" are the day's (which takes the time of day)."""
    out = []
    for i, (name, m) in enumerate(chosen):
        if name == "clock":
            before = chosen[i - 1][1] if i > 0 else None
            after = chosen[i + 1][1] if i + 1 < len(chosen) else None
            if before is not None and m.start() - before.end() <= 6:
                continue
            if (
                after is not None
                and after.start() - m.end() <= 20
                and not _SENTENCE_END.search(text, m.end(), after.start())
            ):
                continue
        out.append((name, m))
    return out


def check_text(text: Any) -> str:
    """Return ``text`` as a str (UTF-8 bytes are decoded), or raise an error naming `text`."""
    if isinstance(text, bytes | bytearray):
        try:
            return bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"Parameter `text` must be a str or UTF-8 bytes; the bytes are not UTF-8 (byte {exc.start})."
            ) from exc
    if not isinstance(text, str):
        raise InputError(f"Parameter `text` must be a str, got {type(text).__name__}.")
    return text


def resolve_dates(text: str, *, published: Any) -> pd.DataFrame:
    """Find the time expressions of a news text and resolve them against its publication date.

    Parameters
    ----------
    text
        The article text (``str``, or UTF-8 ``bytes``).
    published
        Publication date (``datetime.date``, ``Timestamp`` or ``"YYYY-MM-DD"``).

    Returns
    -------
    pandas.DataFrame
        One row per expression, in text order: ``start``, ``end`` (int offsets, so that
        ``text[start:end] == row.text``), ``text``, ``value`` (TimeML style), ``date`` and
        ``date_end`` (datetime64, first and last day), ``precision`` (day, week, month,
        quarter, year, range), ``time_of_day`` (morning, afternoon, evening, night or None).

    Raises
    ------
    InputError
        If ``text`` is not a string (or UTF-8 bytes) or ``published`` is not a date.

    Examples
    --------
    >>> resolve_dates("Greer testified Tuesday morning.", published="2025-04-09")[
    ...     ["text", "value", "precision", "time_of_day"]].to_dict("records")
    [{'text': 'Tuesday morning', 'value': '2025-04-08', 'precision': 'day', 'time_of_day': 'morning'}]
    """
    text = check_text(text)
    pub = parse_published(published, name="published")
    found = find_timexes(text, pub)
    frame = pd.DataFrame(
        {
            "start": pd.Series([t.start for t in found], dtype="int64"),
            "end": pd.Series([t.end for t in found], dtype="int64"),
            "text": pd.Series([t.text for t in found], dtype="object"),
            "value": pd.Series([t.value for t in found], dtype="object"),
            "date": pd.to_datetime(pd.Series([t.date for t in found], dtype="object")).astype(
                "datetime64[ns]"
            ),
            "date_end": pd.to_datetime(
                pd.Series([t.date_end for t in found], dtype="object")
            ).astype("datetime64[ns]"),
            "precision": pd.Series([t.precision for t in found], dtype="object"),
            "time_of_day": pd.Series([t.time_of_day for t in found], dtype="object"),
        }
    )
    return frame[list(TIMEX_COLUMNS)]
