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

The stage has four parts, each with its own rules: :mod:`toolkit.text.timex_patterns` (the
words and patterns that find expressions), :mod:`toolkit.text.timex_tense` (the sentence
around an expression and its tense), :mod:`toolkit.text.timex_resolve` (what each kind of
expression resolves to) and :mod:`toolkit.text.timex_dates` (:class:`Timex` and the calendar
arithmetic). This module finds the expressions of a text and resolves them in order.

Rules
-----
* Where the matches of the rules overlap, the one that starts first wins, then the longest,
  then the rule listed first; a year in context ("in 2024") comes after every rule.
* A clock time standing alone ("released at 2 p.m.") is an expression of its own. Next to a
  day expression ("Tuesday at 2 p.m.", "2 p.m. on Tuesday": at most 6 characters after it, or
  20 before it in the same sentence) it only gives that day its part of the day.
* Expressions resolve in text order. Each day is then "the day last mentioned" that "two days
  later", "the same day", "that evening" and a lone clock time count from; the last one that
  is not after publication is the day "a week earlier" counts back from (the publication date
  while there is none). "that year" and "the following month" count from the expression
  resolved last, whatever its precision.
* A press release reproduced in the article ("FOR IMMEDIATE RELEASE" and the day it was
  issued, down to its end mark "###" or "-30-") has its own frame: its "Today" and "Earlier
  this week" count from the day of issue (:func:`release_blocks`).
* In earnings reports, "the quarter", "the year-ago quarter", "a year earlier", "the
  corresponding period last year" and "the 1988 period" refer to the quarter last named;
  "the latest quarter" (or "period") to the last quarter named that has ended, else to the
  last quarter that ended before publication; "a year earlier" after a figure for several
  months ("for the nine months") to the year before.

Examples
--------
>>> found = find_timexes("Talks began Monday at 9 a.m. and ended two days later. "
...                      "A deal came at 6:30 p.m.", dt.date(2025, 4, 9))
>>> [(t.text, t.value, t.time_of_day) for t in found]  # doctest: +NORMALIZE_WHITESPACE
[('Monday', '2025-04-07', 'morning'), ('two days later', '2025-04-09', None),
 ('at 6:30 p.m.', '2025-04-09', 'evening')]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import pandas as pd

from toolkit.errors import InputError, InputTypeError
from toolkit.text.articles import parse_published
from toolkit.text.timex_dates import Timex, _clock_part, _quarter_bounds
from toolkit.text.timex_patterns import (
    _MONTHS_PERIOD,
    _QUARTER_REACH,
    _QUARTER_REF,
    _RULE_NEEDS,
    _RULE_NEEDS_LOW,
    _RULE_TRIGGERS,
    _RULES,
    _SENTENCE_END,
    _TRIGGER,
    _TRIGGER_SCAN,
    _TRIGGER_SCAN_ASCII,
    _WINDOW,
    _YEAR_CONTEXT,
    _YEAR_CONTEXT_WINDOW,
    _YEAR_NOT_AFTER,
    _YEAR_NUMBER,
)
from toolkit.text.timex_resolve import _resolve
from toolkit.text.timex_tense import (
    _TenseOf,
    folds_to_ascii,
    lowered,
    sentence_start,
    unusual_characters,
)

# The other names this module held before it was split stay importable from it.
from toolkit.text.timex_dates import (  # isort: skip
    _add_months as _add_months,
    _day as _day,
    _month_bounds as _month_bounds,
    _part_of_day as _part_of_day,
    _range as _range,
    _safe_date as _safe_date,
    _week_bounds as _week_bounds,
    _week_value as _week_value,
)
from toolkit.text.timex_patterns import (  # isort: skip
    MONTHS as MONTHS,
    WEEKDAYS as WEEKDAYS,
    _AGO_NEEDS as _AGO_NEEDS,
    _CLOCK as _CLOCK,
    _COMPARED_BEFORE as _COMPARED_BEFORE,
    _DIGIT as _DIGIT,
    _FOLDS_TO_ASCII as _FOLDS_TO_ASCII,
    _FUTURE as _FUTURE,
    _FUTURE_LOWER as _FUTURE_LOWER,
    _LOCAL_TIME as _LOCAL_TIME,
    _MONTH_ABBR as _MONTH_ABBR,
    _MONTH_ANY as _MONTH_ANY,
    _MONTH_FULL as _MONTH_FULL,
    _MONTH_INDEX as _MONTH_INDEX,
    _MONTH_WORDS as _MONTH_WORDS,
    _NOT_NUMBER_AFTER as _NOT_NUMBER_AFTER,
    _NUM as _NUM,
    _NUMBER_WORDS as _NUMBER_WORDS,
    _ORDINALS as _ORDINALS,
    _PART as _PART,
    _PARTS as _PARTS,
    _PAST as _PAST,
    _PAST_LOWER as _PAST_LOWER,
    _SENTENCE_END_SCAN as _SENTENCE_END_SCAN,
    _TRIGGER_WORDS as _TRIGGER_WORDS,
    _UNUSUAL as _UNUSUAL,
    _WD as _WD,
    _WEEKDAY_INDEX as _WEEKDAY_INDEX,
    _YEAR as _YEAR,
    _ascii_digit_first as _ascii_digit_first,
    _by_first_character as _by_first_character,
    _either_case as _either_case,
)
from toolkit.text.timex_resolve import _nearest_year as _nearest_year  # isort: skip
from toolkit.text.timex_tense import (  # isort: skip
    _AFTER_PENALTY as _AFTER_PENALTY,
    _sentence_end as _sentence_end,
    _tense as _tense,
    _tense_scan as _tense_scan,
    _TenseScan as _TenseScan,
)

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
    low = lowered(text) if low is None or len(low) != len(text) else low
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
    if low is None or len(low) != len(text):
        low = lowered(text)
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
            text, max(0, m.start() - _YEAR_CONTEXT_WINDOW), m.start()
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
    releases = release_blocks(text) if "RELEASE" in text else []
    outer = None  # the article's frame, while in a release
    last_day: Timex | None = None  # the last day mentioned (not by a clock time)
    lead_day: dt.date | None = None  # the first one: the day the story is about
    reached_today = False  # whether a day mentioned so far is the publication day
    for name, m in chosen:
        last = out[-1] if out else None
        while releases and releases[0][1] <= m.start():
            releases.pop(0)  # past the release: the article's frame again
            if outer is not None:
                (published, anchor, past_anchor), outer = outer, None
        if releases and outer is None and releases[0][0] <= m.start():
            outer = (published, anchor, past_anchor)
            published = anchor = past_anchor = releases[0][2]
        if name == "clock":
            day = _clock_day(text, m.start(), last_day, lead_day, published, reached_today)
            past_day = day if day <= published else past_anchor
            timex = _resolve(name, m, text, published, day, past_day, tense_of, last)
        else:
            timex = _resolve(name, m, text, published, anchor, past_anchor, tense_of, last)
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
            if name != "clock":
                last_day = timex
                # the story has come to its publication day ("this morning", "today")
                reached_today = reached_today or (
                    timex.date == published
                    and _in_running_text(text, timex)
                    and not _FROM_DAY.search(text, max(0, timex.start - 16), timex.start + 6)
                )
            if timex.date <= published:
                past_anchor = timex.date
                if lead_day is None and name != "clock" and _in_running_text(text, timex):
                    lead_day = timex.date
        out.append(timex)
    if (
        any(t.precision == "quarter" for t in out)
        or "ear-ago" in text
        or "ear-earlier" in text
        or " period" in text
    ):
        out = _quarter_references(text, out, published)
    if "\n" in text:
        out = _timeline_years(text, out)
    if " year" in low:
        out = _day_of_year(text, out)
    return out


def _shift_entry(text: str, out: list[Timex], i: int, delta: dt.timedelta) -> None:
    """Move by ``delta`` the days of the timeline entry that opens with ``out[i]`` that were
    counted from its date ("May 1 — The tariff takes effect at 12:01 a.m.", "April 7 — ...
    The trade office agrees a week later"): the days of its line within a month of it."""
    head = out[i]
    line_end = text.find("\n", head.end)
    line_end = len(text) if line_end < 0 else line_end
    for k in range(i + 1, len(out)):
        t = out[k]
        if t.start >= line_end:
            break
        if (
            t.precision == "day"
            and abs((t.date - head.date).days) <= 31
            and not _EXPLICIT_YEAR.search(t.text)
        ):
            out[k] = _day(t.start, t.end, t.text, t.date + delta, t.time_of_day)


# A year named after a month and day: "July 1 next year", "Jan. 5 last year".
_YEAR_AFTER_DAY = re.compile(r"(?:next|last|this)\s+year", re.I)


def _day_of_year(text: str, out: list[Timex]) -> list[Timex]:
    """A month and day, or a month, followed by the year it is in ("from July 1 next year", "on
    Jan. 5 last year", "in March of last year") as one expression: that day or month of that
    year, whatever the tense."""
    merged: list[Timex] = []
    for t in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.precision == "day"
            and t.precision == "year"
            and _YEAR_AFTER_DAY.fullmatch(t.text)
            and text[prev.end : t.start] == " "
            and prev.text.split()[0].rstrip(".").lower() in _MONTH_INDEX
        ):
            day = _safe_date(t.date.year, prev.date.month, prev.date.day)
            if day is not None:
                span = text[prev.start : t.end]
                merged[-1] = _day(prev.start, t.end, span, day, prev.time_of_day)
                continue
        if (
            prev is not None
            and prev.precision == "month"
            and t.precision == "year"
            and _YEAR_AFTER_DAY.fullmatch(t.text)
            and text[prev.end : t.start] in (" ", " of ")
            and prev.text.split()[-1].rstrip(".").lower() in _MONTH_INDEX
        ):
            # "in March of last year", "in May next year": that month of that year
            first, last = _month_bounds(t.date.year, prev.date.month)
            value = f"{t.date.year:04d}-{prev.date.month:02d}"
            span = text[prev.start : t.end]
            merged[-1] = Timex(prev.start, t.end, span, value, first, last, "month")
            continue
        merged.append(t)
    return merged


# A timeline entry's date at the start of a line: "April 14 — ...", "Feb. 20, 2026 — ...".
_TIMELINE_DASH = re.compile(r"[^\S\n]*(?:—|–|--?|:)\s")
_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _timeline_years(text: str, out: list[Timex]) -> list[Timex]:
    """Date the entries of a timeline in order: the dates that open three lines or more
    ("April 2, 2025 — ...", "April 14 — ...", "Feb. 20, 2026 — ...") run forward in time, so
    an entry without a year is of the year of the entry before it, or of the next year when
    its month and day come earlier ("Sept. 25" after "Oct. 1" of 2025 is of 2026), whatever the
    tense of its line ("The Commerce Department says ..."). Before the first year written,
    the entries keep their dates."""
    heads = [
        i
        for i, t in enumerate(out)
        if t.precision == "day"
        and (t.start == 0 or text[t.start - 1] == "\n")
        and _TIMELINE_DASH.match(text, t.end)
        and t.text.split()[0].rstrip(".").lower() in _MONTH_INDEX
    ]
    if len(heads) < 3:
        return out
    out = list(out)
    year: int | None = None
    previous: tuple[int, int] | None = None
    for i in heads:
        t = out[i]
        month_day = (t.date.month, t.date.day)
        if _EXPLICIT_YEAR.search(t.text):
            year = t.date.year
        elif year is not None and previous is not None:
            if month_day < previous:
                year += 1
            day = _safe_date(year, *month_day)
            if day is not None and day != t.date:
                _shift_entry(text, out, i, day - t.date)
                out[i] = _day(t.start, t.end, t.text, day, t.time_of_day)
        previous = month_day
    return out


# A press release reproduced in an article: "FOR IMMEDIATE RELEASE" and the date it was
# issued on, within a couple of lines, and its end mark ("###", "-30-", "- END -").
_RELEASE = re.compile(
    r"FOR\s+IMMEDIATE\s+RELEASE\W{0,40}?(?:[^\n]*\n){0,2}?[^\n]*?\b(?:(?P<month>"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RELEASE_END = re.compile(
    r"^[^\S\n]*(?:#[^\S\n]*#[^\S\n]*#|-\s*30\s*-|-+\s*END\s*-+)[^\S\n]*$", re.M
)


def release_blocks(text: str) -> list[tuple[int, int, dt.date]]:
    """The press releases reproduced in ``text``: (start, end, the day each was issued).

    A release runs from its "FOR IMMEDIATE RELEASE" line to its end mark ("###", "-30-"), or
    to the end of the text; its "Today" and "Earlier this week" count from the day it gives
    under that line, not from the article's publication date.

    Examples
    --------
    >>> text = "Editor's note: the release follows.\\nFOR IMMEDIATE RELEASE\\nFebruary 13, 2026\\n"
    >>> release_blocks(text + "Today, the senators said ...\\n###\\nMore news.")
    [(36, 108, datetime.date(2026, 2, 13))]
    """
    out = []
    for m in _RELEASE.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        month = _MONTH_INDEX[(m.group("month") or m.group("month2")).lower()]
        day = int(m.group("day") or m.group("day2"))
        try:
            issued = dt.date(int(m.group("year")), month, day)
        except ValueError:
            continue  # (not a date: "February 30")
        end = _RELEASE_END.search(text, m.end())
        out.append((m.start(), len(text) if end is None else end.end(), issued))
    return out


def _quarter_references(text: str, found: list[Timex], published: dt.date) -> list[Timex]:
    """``found`` with the quarters that refer to the quarter last named (see
    :data:`_QUARTER_REF`): "the quarter" is that quarter, "the year-ago quarter" and "a year
    ago" the same quarter a year before, "the 1988 quarter" that quarter in 1988. A reference
    replaces the expressions inside it ("1988" in "the 1988 third quarter")."""
    out = list(found)
    earlier: set[int] = set()  # the starts of references to a year before (not anchors)
    for m in _QUARTER_REF.finditer(text):
        start, end = m.span()
        inside = [t for t in out if t.start < end and start < t.end]
        if any(t.start < start or t.end > end for t in inside):
            continue  # part of a longer expression
        if any(t.precision == "quarter" and (t.start, t.end) == (start, end) for t in inside):
            continue  # resolved by the rule for quarters ("the current quarter")
        last = None
        for t in out:
            if t.end <= start and t.precision == "quarter" and t.start not in earlier:
                last = t
        g = m.groupdict()
        ordinal = _ORDINALS[g["ord"].lower()] if g["ord"] else None
        if g["psame"] or (g["same"] in ("latest", "most recent") and not g["ord"]):
            # "the latest quarter": the last quarter named if it has ended, else the last
            # quarter that ended before publication (the period the figures are for)
            if last is None or last.date_end >= published:
                index = published.year * 4 + (published.month - 1) // 3 - 1
                year, quarter = index // 4, index % 4 + 1
            else:
                year, quarter = last.date.year, int(last.value[-1])
            first, last_day = _quarter_bounds(year, quarter)
            ref = Timex(
                start, end, text[start:end], f"{year}-Q{quarter}", first, last_day, "quarter", None
            )
            out = sorted([t for t in out if t not in inside] + [ref], key=lambda t: t.start)
            continue
        if g["yago"] or g["adj"]:
            period = None
            for p in _MONTHS_PERIOD.finditer(text, last.end if last is not None else 0, start):
                period = p
            if period is not None:  # "For the nine months, ... a year earlier": the year before
                year = (last.date.year if last is not None else published.year) - 1
                first, last_day = dt.date(year, 1, 1), dt.date(year, 12, 31)
                ref = Timex(start, end, text[start:end], str(year), first, last_day, "year", None)
                out = sorted([t for t in out if t not in inside] + [ref], key=lambda t: t.start)
                continue
        if g["pyear"] or g["pcomp"]:
            if last is None:
                continue
            year = int(g["pyear"]) if g["pyear"] else last.date.year - 1
            quarter = int(last.value[-1])
            first, last_day = _quarter_bounds(year, quarter)
            ref = Timex(
                start, end, text[start:end], f"{year}-Q{quarter}", first, last_day, "quarter", None
            )
            out = sorted([t for t in out if t not in inside] + [ref], key=lambda t: t.start)
            if year != last.date.year:  # (a reference to another year anchors nothing)
                earlier.add(start)
            continue
        if g["rel"]:
            if ordinal is None and last is None:
                continue
            year = published.year + (1 if g["rel"].lower() == "next" else -1)
            quarter = ordinal if ordinal is not None else int(last.value[-1])  # type: ignore[union-attr]
        else:
            if g["adj"] and (last is None or start - last.end > _QUARTER_REACH):
                year = published.year - 1  # "year-earlier profit": the year before
                first, last_day = dt.date(year, 1, 1), dt.date(year, 12, 31)
                ref = Timex(start, end, text[start:end], str(year), first, last_day, "year", None)
                out = sorted([t for t in out if t not in inside] + [ref], key=lambda t: t.start)
                continue
            if last is None or (g["yago"] and start - last.end > _QUARTER_REACH):
                continue
            year, quarter = last.date.year, int(last.value[-1])
            if ordinal is not None:
                quarter = ordinal
            if g["year"]:
                year = int(g["year"])
            elif g["back"] or g["ago"] or g["yago"] or g["adj"]:
                year -= 1
                earlier.add(start)
            elif ordinal is not None:
                continue  # "the third quarter": the rule for quarters resolves it
        first, last_day = _quarter_bounds(year, quarter)
        ref = Timex(
            start, end, text[start:end], f"{year}-Q{quarter}", first, last_day, "quarter", None
        )
        out = [t for t in out if t not in inside] + [ref]
        out.sort(key=lambda t: t.start)
    return out


def _in_running_text(text: str, t: Timex) -> bool:
    """Whether ``t`` is in a sentence of the article's body: not in a headline, a date line or
    a byline (a line that does not end as a sentence does), nor a dateline's date ("MEXICO CITY,
    June 26 (Agency) - ...")."""
    end = text.find("\n", t.end)
    line = text[text.rfind("\n", 0, t.start) + 1 : end if end >= 0 else len(text)].rstrip()
    if not line or line[-1] not in _LINE_ENDS or len(line.split()) < 8:
        return False
    if len(_LOWER_WORD.findall(line)) < 3:
        return False  # a stamp line: "27 Apr 2023 06:00AM (Updated: 27 Apr 2023 01:24PM)"
    return _DATELINE_AFTER.match(text, t.end) is None


# A day as the start or the end of a period, not the story's day: "apply from today", "as of
# today", "until today".
_FROM_DAY = re.compile(r"\b(?:from|as\s+of|starting|effective|until|till|by|through)\s+\S+$|^from\b")


def _clock_day(
    text: str,
    start: int,
    last_day: Timex | None,
    lead_day: dt.date | None,
    published: dt.date,
    reached_today: bool = False,
) -> dt.date:
    """The day of a clock time standing alone at ``start`` ("at 15:00", "the 3pm news
    conference"): the day last mentioned in its paragraph, unless that is a session a figure is
    compared with ("little changed from Wednesday's close"); else the publication day when the
    story has mentioned that day before (``reached_today``); else the day the story is about (the first day it
    mentions), else the publication day."""
    if (
        last_day is not None
        and "\n" not in text[last_day.end : start]
        and not _COMPARED_BEFORE.search(text, max(0, last_day.start - 24), last_day.start)
    ):
        return last_day.date
    if reached_today:
        return published  # the story has come to the day it is published ("this morning")
    return lead_day if lead_day is not None else published


_LINE_ENDS = frozenset('.!?"”’)')
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z]+\b")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:-|--|—|–)\s")


# A time zone by its name between a clock time and its day: "at 12:01 a.m. Eastern Daylight
# Time on July 20", "at 9 a.m. Central European Summer Time, Friday".
_ZONE_NAME_BETWEEN = re.compile(
    r",?\s+(?:[A-Z][a-z]+\s+){1,3}[Tt]ime\s*(?:\([A-Z]{2,5}\)\s*)?,?\s*(?:on\s+)?"
)


# A comparison right before a day: "down 1.9% from | Monday's close", "weaker than | ...".
_COMPARED_WITH = re.compile(r"\b(?:from|than|with)\s+$")


def _lone_clocks(
    chosen: list[tuple[str, re.Match[str]]], text: str
) -> list[tuple[str, re.Match[str]]]:
    """``chosen`` without the clock times that stand next to another time expression: "on
    Tuesday at 2 p.m." and "2 p.m. on Tuesday" are the day's (which takes the time of day);
    a clock time right after another one is the same time in another zone ("at 2 p.m. EDT
    (1800 GMT)")."""
    out = []
    for i, (name, m) in enumerate(chosen):
        if name == "clock":
            before = chosen[i - 1][1] if i > 0 else None
            if before is not None and m.start() - before.end() <= 6:
                continue
            # (past the same time in other zones: "at 10:35 a.m. (0735 GMT) Friday")
            j, end = i + 1, m.end()
            while j < len(chosen) and chosen[j][0] == "clock" and chosen[j][1].start() - end <= 6:
                end, j = chosen[j][1].end(), j + 1
            after = chosen[j][1] if j < len(chosen) and chosen[j][0] != "clock" else None
            if (
                after is not None
                and (
                    after.start() - end <= 20
                    or _ZONE_NAME_BETWEEN.fullmatch(text, end, after.start()) is not None
                )
                and not _SENTENCE_END.search(text, end, after.start())
                # (not a day it is compared with: "at 4:30 p.m., down 1.9% from Monday's close")
                and not _COMPARED_WITH.search(text, end, after.start())
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
        raise InputTypeError(
            f"Parameter `text` must be a str (or UTF-8 bytes), got {type(text).__name__}."
        )
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
