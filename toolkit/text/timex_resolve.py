"""How each rule's time expression resolves against the publication date.

:data:`_RESOLVERS` maps the group name of a rule (:data:`toolkit.text.timex_patterns._RULES`)
to one short function that turns a match into a :class:`~toolkit.text.timex_dates.Timex`, or
None when the match is no date after all. Examples are for a text published on Wednesday
2025-04-09.

Rules
-----
* A weekday name is the most recent such day on or before the publication date (the
  publication weekday itself is that day): "Tuesday" is 2025-04-08, "Wednesday" 2025-04-09.
  "next", "this coming" or a future verb close to it ("will", "is expected to", "plans to", or
  a scheduled event in the present tense: "announces", "testifies", "meets", ...) look
  forward instead: "will meet Tuesday" is 2025-04-15.
* Weeks are ISO weeks (Monday..Sunday): "last week" is 2025-W14. "later this week" runs from
  the day after publication through Friday (through Sunday when published on a Friday or
  later): 2025-04-10/2025-04-11; "earlier this week" from Monday to the day before
  publication. "the past week" is the seven days before publication.
* Explicit dates without a year ("April 2") take the year that puts them nearest the
  publication date; a clear tense decides when two years are about equally near (45 days).
* A month after a preposition or determiner takes the year its context gives: "last March"
  and "since May" the past one, "next March" and "until May" the coming one, otherwise the
  tense, otherwise the nearest ("in March" is 2025-03). Quarters likewise: "the first
  quarter" is 2025-Q1, "the fourth quarter" 2024-Q4 unless the tense is future.
* "two days later" counts from the most recent day mentioned before it, "a week earlier" from
  the most recent day mentioned before it that is not after publication (the publication date
  when there is none); in a past-tense sentence "later" never reaches past publication.
  "a week ago today" is that very day (2025-04-02); "the same day" is the day last
  mentioned, "the day before" and "the next day" the days around it (not a date when no day
  was mentioned).
* Seasons are meteorological (spring is March to May, winter December to February):
  "this summer" is the summer of the publication year, "last fall" the latest fall that has
  ended, "next spring" the first that has not begun; "the summer of 1998" names its year.
* A clock time standing alone ("released at 2 p.m.") is on the day last mentioned (the
  publication date when there is none), with its part of the day. "in the afternoon" and
  "that evening" are likewise parts of the day last mentioned, except after a future verb
  ("will meet in the morning": which morning is not said).
* "tonight" and "last night" carry time of day "evening" (the calendar treats evening and
  night alike as after the close); "Wednesday night" keeps "night", "overnight trading"
  is the publication day's night.

Examples
--------
>>> import datetime as dt
>>> from toolkit.text.timex_patterns import _RULES
>>> rules = dict(_RULES)
>>> def resolve(name, text):
...     m = rules[name].search(text)
...     tense_of = lambda start, end: "future" if "will" in text else None
...     return _resolve(name, m, text, dt.date(2025, 4, 9), dt.date(2025, 4, 9),
...                     dt.date(2025, 4, 9), tense_of).value
>>> resolve("weekday", "He spoke Tuesday."), resolve("weekday", "He will speak Tuesday.")
('2025-04-08', '2025-04-15')
>>> resolve("rel_unit", "last week"), resolve("weekend", "over the weekend")
('2025-W14', '2025-W14-WE')
>>> resolve("ago", "a week ago today"), resolve("quarter", "the fourth quarter")
('2025-04-02', '2024-Q4')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from toolkit.text.timex_dates import (
    Timex,
    _add_months,
    _Found,
    _month_bounds,
    _part_of_day,
    _quarter_bounds,
    _safe_date,
    _week_bounds,
    _week_value,
)
from toolkit.text.timex_patterns import (
    _MONTH_INDEX,
    _NUMBER_WORDS,
    _ORDINALS,
    _PARTS,
    _WEEKDAY_INDEX,
)

__all__: list[str] = []

_ONE_DAY = dt.timedelta(days=1)


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
# dates named on the calendar


def _iso(f: _Found) -> Timex | None:
    """2025-04-02."""
    g = f.groups
    d = _safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
    return None if d is None else f.day(d)


def _month_day(f: _Found) -> Timex | None:
    """April 2, 2025 / Tuesday, April 8 / 2 April / April 2-4: the nearest year if none."""
    g = f.groups
    month = _MONTH_INDEX[g["mon"].rstrip(".").lower()]
    day_num = int(g["day"])
    d: dt.date | None
    if g.get("year"):
        d = _safe_date(int(g["year"]), month, day_num)
    else:
        d = _nearest_year(month, day_num, f.published, f.tense)
    if d is None:
        return None
    if g.get("day2"):
        last_day = _safe_date(d.year, month, int(g["day2"]))
        if last_day is not None and d < last_day <= d + dt.timedelta(days=31):
            return f.range(d, last_day)
    return f.day(d)


def _month_year(f: _Found) -> Timex:
    """March 2025 / March of 2024."""
    return f.month(int(f.groups["year"]), _MONTH_INDEX[f.groups["mon"].rstrip(".").lower()])


def _month_ctx(f: _Found) -> Timex:
    """in March / since May / last March / mid-March: the year from the context or tense."""
    published = f.published
    month = _MONTH_INDEX[f.groups["mon"].lower()]
    ctx = (f.groups["ctx"] or "").strip().lower()
    tense = f.tense()
    if ctx == "last":
        year = published.year if month < published.month else published.year - 1
    elif ctx == "next":
        year = published.year if month > published.month else published.year + 1
    elif ctx == "this":  # "this September": the month of this year
        year = published.year
    elif ctx in ("until", "till", "by"):  # a deadline: "double its flights by August"
        year = published.year if month >= published.month else published.year + 1
    elif ctx in ("since", "from", "after") or tense == "past":
        year = published.year if month <= published.month else published.year - 1
    elif ctx in ("through", "to") or tense == "future":
        year = published.year if month >= published.month else published.year + 1
    else:
        options = [published.year - 1, published.year, published.year + 1]
        year = min(
            options,
            key=lambda y: abs((dt.date(y, month, 15) - published).days),
        )
    return f.month(year, month)


def _quarter(f: _Found) -> Timex:
    """the first quarter (of 2025) / Q1 2025 / last quarter."""
    g, published = f.groups, f.published
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
            if f.tense() == "future":
                year = published.year if q_end >= published else published.year + 1
            else:
                year = published.year if q_start <= published else published.year - 1
    first, last = _quarter_bounds(year, quarter)
    return f.timex(f"{year}-Q{quarter}", first, last, "quarter")


def _year_ctx(f: _Found) -> Timex:
    """in 2024 / the 2024 election."""
    return f.year(int(f.groups["year"]))


# ---------------------------------------------------------------------------------------------
# spans counted from the publication date


def _later_earlier(f: _Found) -> Timex | None:
    """later this week / earlier this month / later today."""
    g, published = f.groups, f.published
    later = g["dir"].lower() == "later"
    if g.get("today"):
        return f.day(published)
    unit = g["unit"]
    if unit == "week":
        monday, sunday = _week_bounds(published)
        friday = monday + dt.timedelta(days=4)
        if later:
            first = published + _ONE_DAY
            last = friday if published < friday else sunday
            return None if first > last else f.range(first, last)
        return None if published == monday else f.range(monday, published - _ONE_DAY)
    if unit == "month":
        first, last = _month_bounds(published.year, published.month)
    else:
        first, last = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    if later:
        return None if published >= last else f.range(published + _ONE_DAY, last)
    return None if published <= first else f.range(first, published - _ONE_DAY)


def _weekend(f: _Found) -> Timex:
    """over the weekend / this weekend / last weekend / next weekend."""
    published = f.published
    rel = " ".join(f.groups["rel"].lower().split())
    saturday_this = published + dt.timedelta(days=5 - published.weekday())
    if rel in ("last", "this past", "over the", "on the", "at the"):
        tense = f.tense() if rel in ("over the", "on the", "at the") else "past"
        if published.weekday() >= 5:
            sat = saturday_this
        elif tense == "future":
            sat = saturday_this
        else:
            sat = saturday_this - dt.timedelta(days=7)
    elif rel == "this":
        sat = saturday_this
        if published.weekday() < 5 and f.tense() == "past":
            sat = saturday_this - dt.timedelta(days=7)
    else:  # next, the coming
        sat = saturday_this if published.weekday() < 5 else saturday_this + dt.timedelta(days=7)
    return f.timex(f"{_week_value(sat)}-WE", sat, sat + _ONE_DAY, "range")


def _rel_unit(f: _Found) -> Timex:
    """last week / this month / next year / the past week."""
    published = f.published
    rel = " ".join(f.groups["rel"].lower().split())
    unit = f.groups["unit"]
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
        return f.range(published - dt.timedelta(days=days), published - _ONE_DAY)
    if unit == "week":
        return f.week(published + dt.timedelta(days=7 * shift))
    if unit == "month":
        return f.month(*_add_months(published.year, published.month, shift))
    return f.year(published.year + shift)


def _weekday(f: _Found) -> Timex:
    """(last|next|this coming|on)? Tuesday (morning)?: the last such day unless future."""
    g, published = f.groups, f.published
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
    elif f.tense() == "future":
        day = published + dt.timedelta(days=(target - published.weekday()) % 7)
    else:
        day = published - dt.timedelta(days=back)
    tod = _PARTS.get((g.get("part") or "").lower())
    if tod is None and g.get("early"):
        tod = "morning" if g["early"].lower() == "early" else "evening"
    return f.day(day, tod)


def _deictic(f: _Found) -> Timex | None:
    """today / tonight / yesterday (afternoon) / tomorrow / this morning / last night."""
    g, published = f.groups, f.published
    if g.get("ovn"):
        return f.day(published, "night")
    if g.get("word"):
        word = g["word"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        tod = _PARTS.get((g.get("part") or "").lower()) or (
            "evening" if word == "tonight" else None
        )
        return f.day(published + dt.timedelta(days=offset), tod)
    part = g["part2"].lower()
    if g["this"].lower() == "last":
        return None if part != "night" else f.day(published - _ONE_DAY, "evening")
    return f.day(published, part)


# ---------------------------------------------------------------------------------------------
# counted from the day last mentioned


def _ago(f: _Found) -> Timex | None:
    """two days ago / a week earlier / three weeks later / hours later / a week ago today."""
    g, published = f.groups, f.published
    if g.get("hours"):  # "hours later": the same day as the day just mentioned
        return f.day(f.anchor) if f.anchor <= published else None
    count = _NUMBER_WORDS.get(" ".join(g["num"].lower().split()))
    if count is None:
        count = int(g["num"])
    unit = g["unit"].lower()
    if g.get("today"):  # "a week ago today": that very day of the week, or month, or year
        if unit in ("day", "week"):
            return f.day(published - dt.timedelta(days=count * (7 if unit == "week" else 1)))
        year, month = (
            _add_months(published.year, published.month, -count)
            if unit == "month"
            else (published.year - count, published.month)
        )
        day = _safe_date(year, month, min(published.day, _month_bounds(year, month)[1].day))
        return None if day is None else f.day(day)
    direction = (g["dir"] or g["dir2"] or g["dir3"]).lower()
    base = published if direction == "ago" else f.anchor
    if direction in ("earlier", "before"):
        base = f.past_anchor  # "A week earlier": counted back from a day already past
    sign = 1 if direction in ("later", "after") else -1
    if sign > 0 and base + dt.timedelta(days=count) > published and f.tense() == "past":
        return None  # a past-tense context never gives a day after publication
    if unit == "day":
        return f.day(base + dt.timedelta(days=sign * count))
    if unit == "week" and direction != "ago":
        return f.day(base + dt.timedelta(days=7 * sign * count))
    if unit == "week":
        return f.week(base + dt.timedelta(days=7 * sign * count))
    if unit == "month":
        return f.month(*_add_months(base.year, base.month, sign * count))
    return f.year(base.year + sign * count)


def _day_part(f: _Found) -> Timex | None:
    """in the afternoon / that evening: a part of the day last mentioned."""
    if f.anchor > f.published or f.tense() == "future":
        return None  # "will vote in the morning": which morning is not said
    return f.day(f.anchor, f.groups["part"].lower())


def _clock(f: _Found) -> Timex:
    """at 2 p.m. / 2:30 p.m.: a time on the day last mentioned."""
    hour = int(f.groups["h"]) % 12 + (12 if f.groups["ampm"][0].lower() == "p" else 0)
    return f.day(f.anchor, _part_of_day(hour))


def _next_day(f: _Found) -> Timex | None:
    """the day before / the next day: a day from the day just mentioned."""
    back = f.groups.get("back")
    if f.anchor == f.published and f.past_anchor == f.published and back:
        return None  # no day mentioned before: "the day before" what is not said
    day = f.anchor + dt.timedelta(days=-1 if back else 1)
    return f.day(day) if day <= f.published else None


def _same_day(f: _Found) -> Timex | None:
    """the same day / that same day: the day just mentioned."""
    return f.day(f.anchor) if f.anchor <= f.published else None


# The seasons as TimeML codes, with their first month (winter runs into the next year).
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9)}
_SEASONS["winter"] = ("WI", 12)


def _season_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The three months of a season that starts in ``month`` of ``year``."""
    end_year, end_month = _add_months(year, month, 2)
    return dt.date(year, month, 1), _month_bounds(end_year, end_month)[1]


def _season(f: _Found) -> Timex:
    """last fall / this summer / next spring / the summer of 1998 (meteorological seasons)."""
    g, published = f.groups, f.published
    name = (g.get("season") or g["season2"]).lower()
    code, month = _SEASONS[name]
    if g.get("year"):
        year = int(g["year"])
    else:
        rel = g["rel"].lower().split()
        # the season of the publication year (a winter runs from the December before)
        year = published.year - (1 if month == 12 and published.month < 12 else 0)
        first, last = _season_bounds(year, month)
        if rel[0] == "last" or rel[-1] == "past":
            if last >= published:
                year -= 1
        elif rel[0] == "next" or rel[-1] == "coming":
            if first <= published:
                year += 1
    first, last = _season_bounds(year, month)
    return f.timex(f"{year}-{code}", first, last, "range")


_RESOLVERS: dict[str, Callable[[_Found], Timex | None]] = {
    "wd_date": _month_day,
    "mdy": _month_day,
    "dmy": _month_day,
    "iso": _iso,
    "month_year": _month_year,
    "month_ctx": _month_ctx,
    "quarter": _quarter,
    "later_earlier": _later_earlier,
    "weekend": _weekend,
    "ago": _ago,
    "rel_unit": _rel_unit,
    "weekday": _weekday,
    "same_day": _same_day,
    "next_day": _next_day,
    "clock": _clock,
    "day_part": _day_part,
    "season": _season,
    "deictic": _deictic,
    "year_ctx": _year_ctx,
}


def _resolve(
    name: str,
    m: re.Match[str],
    text: str,
    published: dt.date,
    anchor: dt.date,
    past_anchor: dt.date,
    tense_of: Callable[[int, int], str | None],
) -> Timex | None:
    """Resolve the match ``m`` of rule ``name`` in ``text`` (see :data:`_RESOLVERS`).

    ``anchor`` is the day last mentioned and ``past_anchor`` the day last mentioned that is not
    after ``published`` (each ``published`` when there is none); ``tense_of(start, end)`` is
    the tense around a span of ``text``.
    """
    s, e = m.span()
    found = _Found(s, e, text[s:e], m.groupdict(), published, anchor, past_anchor, tense_of)
    return _RESOLVERS[name](found)
