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
  later): 2025-04-10/2025-04-11. "earlier this week", "earlier this month" and "earlier this
  year" (or "in the year") take the value of the week, month or year they name, as TimeML
  does ("2025-04"), and cover its days before publication (precision "range"). "the past
  week" is the seven days before publication. "that year", "the following month" and "the
  previous week" count from the expression resolved last; "earlier that day" and "later in
  the day" are the day last mentioned.
* The year as a period of accounts is the publication year: "the fiscal year", "the current
  year", "for the full year", "for the year", "by year-end", "the end of the year" ("since
  year-end": the year before); "the end of the month" is the publication month. Halves:
  "the second half of 2024" is 2024-H2, "the first two quarters of 1990" 1990-H1.
* Holidays: "Thanksgiving" (the fourth Thursday of November), "Election Day", "Christmas
  Day", "New Year's Day", "Labor Day", "Memorial Day", "Good Friday", "Easter week" (the ISO
  week of Easter Sunday), ...: the year given, "last"/"next" one, or the nearest.
* Years read aloud: "nineteen ninety-six" is 1996, "the year two thousand" 2000.
* Plans look forward from what follows them closely: "decided to admit them in March",
  "has scheduled a news conference Thursday", "would travel Thursday", "postponed until
  Tuesday", and a deadline "until 9 a.m. Tuesday" (not "had been scheduled to expire
  Friday", nor a weekday in the possessive: "would appeal Monday's ruling").
* Explicit dates without a year ("April 2") take the year that puts them nearest the
  publication date; a clear tense decides when two years are about equally near (45 days).
  The end of a period ("the year ended March 31") and a date after "since" are past.
* A month after a preposition or determiner takes the year its context gives: "last March"
  and "since May" the past one, "next March" and "until May" the coming one, otherwise the
  tense, otherwise the nearest ("in March" is 2025-03); "in June last year" the year named
  after it. A month that modifies a noun ("the October attack", "a June agreement",
  "figures for January") is the nearest, the tense deciding only a near tie. Quarters
  likewise: "the first quarter" is 2025-Q1, "the fourth quarter" 2024-Q4 unless the tense is
  future; a quarter that ended less than 100 days ago is this year's even then ("will report
  third-quarter results" in October).
* "two days later" counts from the most recent day mentioned before it, "a week earlier" from
  the most recent day mentioned before it that is not after publication (the publication date
  when there is none); in a past-tense sentence "later" never reaches past publication.
  "a week ago today" is that very day (2025-04-02); "the same day" is the day last
  mentioned, "the day before" and "the next day" the days around it (not a date when no day
  was mentioned).
* Seasons are meteorological (spring is March to May, winter December to February):
  "this summer" is the summer of the publication year, "last fall" the latest fall that has
  ended, "next spring" the first that has not begun; "the summer of 1998" names its year;
  "over the summer", "into the early summer" the latest that has begun (the next one that
  has not ended after a future verb); "the fall" is left alone (mostly a fall in prices).
* A clock time standing alone ("released at 2 p.m.") is on the day last mentioned (the
  publication date when there is none; the last past day mentioned when the last day is still
  to come and the verb is not future), with its part of the day. "in the afternoon" and
  "that evening" are likewise parts of the day last mentioned, except after a future verb
  ("will meet in the morning": which morning is not said).
* "tonight", "last night" and "Wednesday night" carry time of day "evening" (the calendar
  treats evening and night alike as after the close); "overnight trading" is the publication
  day's night.

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

from dateutil.easter import easter

from toolkit.text.timex_dates import (
    Timex,
    _add_months,
    _Found,
    _month_bounds,
    _quarter_bounds,
    _safe_date,
    _week_bounds,
    _week_value,
    clock_part_of_day,
)
from toolkit.text.timex_patterns import (
    _CTX_BEFORE,
    _DEADLINE_BEFORE,
    _ENDED,
    _MONTH_INDEX,
    _NUMBER_WORDS,
    _ORDINALS,
    _PARTS,
    _SINCE_BEFORE,
    _SINCE_BEFORE_END,
    _SPELLED_TEENS,
    _SPELLED_TENS,
    _SPELLED_UNITS,
    _WEEKDAY_INDEX,
    PLURAL_EVENT_BEFORE,
    SPELLED_ORDINAL_DAYS,
)
from toolkit.text.timex_tense import past_between

__all__: list[str] = []

_ONE_DAY = dt.timedelta(days=1)
# How long after a quarter ends its results are still news ("will report third-quarter
# results" in October): such a quarter is this year's even in a sentence about the future.
_RESULTS_LAG = dt.timedelta(days=100)


_TIE = dt.timedelta(days=45)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that|our)\s+$", re.I)


def _nearest_year(
    month: int,
    day: int,
    published: dt.date,
    tense_of: Callable[[], str | None],
    ahead: bool = True,
) -> dt.date | None:
    """The date nearest ``published``; the tense (asked only when needed) decides a near tie,
    and with ``ahead`` a date more than 45 days past in a sentence about the future is the
    coming one."""
    candidates = [
        d for d in (_safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if d is not None
    ]
    if not candidates:
        return None
    candidates.sort(key=lambda d: abs((d - published).days))
    best = candidates[0]
    if ahead and best < published - _TIE and tense_of() == "future":
        # "The tariffs will take effect on Aug. 4", written in December: the coming August
        return next((d for d in candidates if d > published), best)
    if len(candidates) > 1:
        second = candidates[1]
        if abs(abs((best - published).days) - abs((second - published).days)) <= _TIE.days:
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


def _ended_or_since(before: str) -> bool:
    """Whether ``before`` ends a period that has ended ("the year ended ") or has "since"
    earlier in its clause ("since shortly after the ")."""
    low = before.lower()
    if "ended" in low[-24:] and _ENDED.search(before[-24:]):
        return True
    return "since" in low and _SINCE_BEFORE.search(before) is not None


def _month_day(f: _Found) -> Timex | None:
    """April 2, 2025 / Tuesday, April 8 / 2 April / April 2-4: the nearest year if none."""
    g = f.groups
    month = _MONTH_INDEX[g["mon"].rstrip(".").lower()]
    day = g["day"]
    day_num = int(day) if day.isdigit() else SPELLED_ORDINAL_DAYS[day.lower()]
    d: dt.date | None
    if g.get("year"):
        d = _safe_date(int(g["year"]), month, day_num)
    elif _ended_or_since(f.before(40)):
        # "the fiscal year ended Jan. 31", "since the Oct. 23 attack": on or before publication
        d = _safe_date(f.published.year, month, day_num)
        if d is not None and d > f.published:
            d = _safe_date(f.published.year - 1, month, day_num)
    else:
        # (not a date that names an earlier event: "will review the Aug. 4 decision")
        ahead = _DETERMINER_END.search(f.before(12)) is None
        d = _nearest_year(month, day_num, f.published, f.tense, ahead)
    if d is None:
        return None
    if g.get("day2"):
        last_day = _safe_date(d.year, month, int(g["day2"]))
        if last_day is not None and d < last_day <= d + dt.timedelta(days=31):
            return f.range(d, last_day)
    return f.day(d)


# A future auxiliary in the words before an expression.
_WILL_BEFORE = re.compile(r"\b(?:will|shall|is\s+(?:due|set|scheduled)\s+to)\s")
# What comes before "the 4th" that makes it a day: "on the 4th", "by the 27th".
_ORDINAL_PREPOSITION = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]ince"
    # a date set: "The final vote is set for the 20th"
    r"|(?:set|scheduled|slated|planned|fixed|due)\s+for)\s+$"
)


def _ordinal_day(f: _Found) -> Timex | None:
    """on the 4th / by the 27th: that day of the publication month, or of the month after
    when it has passed and the sentence is not in the past tense (of the month before when
    it is to come and the sentence is)."""
    if _ORDINAL_PREPOSITION.search(f.before(16)) is None:
        return None  # ("the 4th" alone may be anything: "for the 4th time")
    published, day_num = f.published, int(f.groups["oday"])
    # (a future auxiliary before it wins over a participle nearer: "will publish final
    # regulated prices on the 27th")
    past = f.tense() == "past" and _WILL_BEFORE.search(f.before(80)) is None
    year, month = published.year, published.month
    if not past and day_num < published.day:
        year, month = _add_months(year, month, 1)
    elif past and day_num > published.day:
        year, month = _add_months(year, month, -1)
    d = _safe_date(year, month, day_num)
    return None if d is None else f.day(d)


def _month_year(f: _Found) -> Timex:
    """March 2025 / March of 2024."""
    return f.month(int(f.groups["year"]), _MONTH_INDEX[f.groups["mon"].rstrip(".").lower()])


def _month_span(f: _Found) -> Timex:
    """between June and August 2008 / from March to May: from the first day of the first
    month to the last day of the second; without a year, the span the tense points to (the
    last one begun by publication, or the next one)."""
    first_month = _MONTH_INDEX[f.groups["mon"].lower()]
    last_month = _MONTH_INDEX[f.groups["mon2"].lower()]
    wraps = last_month < first_month  # "from November to February": over the new year
    if f.groups.get("year"):
        last_year = int(f.groups["year"])
    else:
        published = f.published
        last_year = published.year + (1 if wraps and published.month >= first_month else 0)
        begun = dt.date(last_year - wraps, first_month, 1) <= published
        if f.tense() == "past" and not begun:
            last_year -= 1
        elif f.tense() == "future" and _month_bounds(last_year, last_month)[1] < published:
            last_year += 1
    first = dt.date(last_year - wraps, first_month, 1)
    return f.range(first, _month_bounds(last_year, last_month)[1])


def _month_ctx(f: _Found) -> Timex:
    """in March / since May / last March / mid-March: the year from the context or tense."""
    published = f.published
    month = _MONTH_INDEX[f.groups["mon"].lower()]
    ctx = (f.groups["ctx"] or "").strip().lower()
    yrel = f.groups.get("yrel")
    if yrel:  # "in June last year", "in February this year", "in April next year"
        return f.month(published.year + {"last": -1, "this": 0, "next": 1}[yrel], month)
    if ctx in ("mid-", "early", "late", "early-", "late-"):
        # "until mid-November": the word before says what the month is to the sentence
        before = _CTX_BEFORE.search(f.before(12))
        ctx = before.group(1).lower() if before else ctx
    tense = f.tense()
    if ctx in ("the", "a", "for"):
        # "the October attack", "a June agreement", "figures for January": the month of a
        # noun, not of the verb: the nearest, the tense deciding between two about as near
        days = [dt.date(published.year + k, month, 15) for k in (-1, 0, 1)]
        return f.month(_nearest(days, published, lambda: tense).year, month)
    if ctx == "that":  # "That June": the month in the year the story has come to, the year
        # of the expression last resolved ("proposed in May 2023 ... a hearing that June")
        return f.month((f.last.date if f.last is not None else f.anchor).year, month)
    if ctx == "last":
        year = published.year if month < published.month else published.year - 1
    elif ctx == "next":
        year = published.year if month > published.month else published.year + 1
    elif ctx == "this":  # "this September": the month of this year
        year = published.year
    elif ctx in ("until", "till", "by"):  # a deadline: "double its flights by August"
        year = published.year if month >= published.month else published.year + 1
    elif ctx == "since" or (ctx in ("from", "after") and tense != "future") or tense == "past":
        year = published.year if month <= published.month else published.year - 1
    elif ctx in ("through", "to", "from", "after") or tense == "future":
        # ("From April, the rates will rise": the coming April)
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
                # (results come out after a quarter ends: "will report third-quarter results"
                # in October is about the quarter that has just ended)
                recent = q_end >= published - _RESULTS_LAG
                year = published.year if recent else published.year + 1
            else:
                year = published.year if q_start <= published else published.year - 1
    first, last = _quarter_bounds(year, quarter)
    return f.timex(f"{year}-Q{quarter}", first, last, "quarter")


def _half(f: _Found) -> Timex:
    """the second half of 2024 / the first half / the first two quarters of 1990: a half
    year (H1 January to June, H2 July to December); without a year, the half of the
    publication year, or the next year's first half when this year's has ended and the
    sentence speaks of the future."""
    g, published = f.groups, f.published
    half = 1 if (g.get("h") or g["h2"]).lower() == "first" else 2
    year_text = g.get("year") or g.get("year2")
    year = int(year_text) if year_text else published.year
    if not year_text and half == 1 and published.month > 6 and f.tense() == "future":
        year += 1
    first = dt.date(year, 1 if half == 1 else 7, 1)
    last = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    return f.timex(f"{year}-H{half}", first, last, "range")


def _year_ctx(f: _Found) -> Timex:
    """in 2024 / the 2024 election."""
    return f.year(int(f.groups["year"]))


# ---------------------------------------------------------------------------------------------
# spans counted from the publication date


def _later_earlier(f: _Found) -> Timex | None:
    """later this week / earlier this month / later today / earlier that day / later that
    year / later in the day."""
    g, published = f.groups, f.published
    later = g["dir"].lower() == "later"
    if g.get("today"):
        return f.day(published)
    if g.get("that"):
        return _that_unit(f, g["that"])
    unit = g["unit"]
    if not later:
        # "earlier this month": the value names the month (as TimeML does), the dates are
        # its days before publication (the whole month when there are none)
        period = _unit_of(f, unit, published)
        if period.date >= published:
            return period
        span = f.range(period.date, published - _ONE_DAY)
        return Timex(
            span.start, span.end, span.text, period.value, span.date, span.date_end, span.precision
        )
    if unit == "week":
        monday, sunday = _week_bounds(published)
        friday = monday + dt.timedelta(days=4)
        first = published + _ONE_DAY
        last = friday if published < friday else sunday
        return None if first > last else f.range(first, last)
    if unit == "month":
        first, last = _month_bounds(published.year, published.month)
    else:
        first, last = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    return None if published >= last else f.range(published + _ONE_DAY, last)


def _unit_of(f: _Found, unit: str, day: dt.date) -> Timex:
    """The week, month or year around ``day``."""
    if unit == "week":
        return f.week(day)
    if unit == "month":
        return f.month(day.year, day.month)
    return f.year(day.year)


def _that_unit(f: _Found, unit: str) -> Timex | None:
    """earlier that day / later that year / later in the day: the day last mentioned, or the
    week, month or year of the expression last resolved (None when there is none)."""
    if unit == "day":
        return f.day(f.anchor) if f.anchor <= f.published else None
    if f.last is None:
        return None
    return _unit_of(f, unit, f.last.date)


def _weekend(f: _Found) -> Timex:
    """over the weekend / this weekend / last weekend / next weekend."""
    published = f.published
    rel = " ".join(f.groups["rel"].lower().split())
    saturday_this = published + dt.timedelta(days=5 - published.weekday())
    if rel in ("last", "this past", "over the", "on the", "at the"):
        tense = f.tense() if rel in ("over the", "on the", "at the") else "past"
        if published.weekday() >= 5 and rel == "last":
            sat = saturday_this - dt.timedelta(days=7)  # on a weekend, "last weekend" is the
            # one before
        elif published.weekday() >= 5:
            sat = saturday_this
        elif tense == "future":
            sat = saturday_this
        else:
            sat = saturday_this - dt.timedelta(days=7)
    elif rel == "this":
        sat = saturday_this
        if published.weekday() < 5 and f.tense() == "past":
            sat = saturday_this - dt.timedelta(days=7)
    else:  # next, the coming, ahead of the
        sat = saturday_this if published.weekday() < 5 else saturday_this + dt.timedelta(days=7)
    return f.timex(f"{_week_value(sat)}-WE", sat, sat + _ONE_DAY, "range")


def _in_time(f: _Found) -> Timex | None:
    """in two weeks / in three days' time / a month from now / the week after next: counted
    from the publication day; "in two weeks" not in a sentence in the past tense (there it is
    a duration: "rose 5% in two weeks")."""
    g, published = f.groups, f.published
    if g.get("after_next"):
        return f.week(published + dt.timedelta(days=14))
    if g.get("num2"):
        count, unit = _counted(g["num2"], g["unit2"])
    else:
        if f.tense() == "past":
            return None
        count, unit = _counted(g["num"], g["unit"])
    if unit == "day" or (unit == "week" and g.get("num2")):
        # ("a week from today": that day of the week)
        return f.day(published + dt.timedelta(days=count * (7 if unit == "week" else 1)))
    if unit == "week":
        return f.week(published + dt.timedelta(days=7 * count))
    return f.month(*_add_months(published.year, published.month, count))


def _counted(num: str, unit: str) -> tuple[int, str]:
    """The count and the unit of "two weeks", "a couple of days", "3 months"; "a fortnight" is
    two weeks."""
    count = _NUMBER_WORDS.get(" ".join(num.lower().split()))
    if count is None:
        count = int(num)
    unit = unit.lower()
    return (2 * count, "week") if unit == "fortnight" else (count, unit)


def _rel_unit(f: _Found) -> Timex | None:
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
        "that": 0,
    }[rel]
    if rel in ("that", "the following", "the previous"):
        # "that year", "the following month": counted from the expression last resolved
        if f.last is not None:
            base = f.last.date
            if unit == "week":
                return f.week(base + dt.timedelta(days=7 * shift))
            if unit == "month":
                return f.month(*_add_months(base.year, base.month, shift))
            return f.year(base.year + shift)
        if rel == "that":
            return None
    if rel == "the past":  # the past week = the seven days before publication
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return f.range(published - dt.timedelta(days=days), published - _ONE_DAY)
    if unit == "week":
        return f.week(published + dt.timedelta(days=7 * shift))
    if unit == "month":
        return f.month(*_add_months(published.year, published.month, shift))
    return f.year(published.year + shift)


def _deadline_before(before: str) -> bool:
    """Whether ``before`` ends in a deadline word ("until 9 a.m. ", "by ")."""
    low = before.lower()
    if "til" not in low and "by" not in low and "than" not in low:
        return False  # (every match of _DEADLINE_BEFORE holds one of these)
    return _DEADLINE_BEFORE.search(before) is not None


def _weekday(f: _Found) -> Timex:
    """(last|next|this coming|on)? Tuesday (last week)? (morning)?: the last such day unless
    future; "Tuesday last week", "Friday of next week": that week's day; "Tuesday week": a
    week after the coming Tuesday."""
    g, published = f.groups, f.published
    target = _WEEKDAY_INDEX[g["wd"].lower()]
    rel = " ".join((g.get("rel") or "").lower().split())
    back = (published.weekday() - target) % 7
    week = (g.get("wk") or "").lower()
    if g.get("wkon"):  # "Tuesday week": a week after the coming Tuesday
        day = published + dt.timedelta(days=(target - published.weekday()) % 7 + 7)
    elif week:  # "Wednesday last week": the day of that week (weeks run from Monday)
        monday = published - dt.timedelta(days=published.weekday())
        shift = {"last": -7, "next": 7}.get(week, 0)
        day = monday + dt.timedelta(days=shift + target)
    elif rel in ("the previous", "the following"):  # counted from the day last mentioned
        if rel == "the previous":
            day = f.anchor - dt.timedelta(days=(f.anchor.weekday() - target) % 7 or 7)
        else:
            day = f.anchor + dt.timedelta(days=(target - f.anchor.weekday()) % 7 or 7)
    elif rel in ("next", "this coming", "coming"):
        ahead = (target - published.weekday()) % 7 or 7
        day = published + dt.timedelta(days=ahead)
    elif rel in ("last", "this past"):
        day = published - dt.timedelta(days=back or 7)
    elif back == 0:
        day = published  # the publication weekday, whatever the tense
    elif _coming(f):
        day = published + dt.timedelta(days=(target - published.weekday()) % 7)
    else:
        day = published - dt.timedelta(days=back)
    tod = _PARTS.get((g.get("part") or g.get("prepart") or "").lower())
    if tod is None and g.get("early"):
        tod = "morning" if g["early"].lower() == "early" else "evening"
    if _EVE_OF.search(f.before(16)):
        day -= _ONE_DAY  # "on the eve of Friday's plenary": Thursday
    return f.day(day, tod)


# The day before an event of a weekday: "on the eve of | Friday's plenary".
_EVE_OF = re.compile(r"\b[Ee]ve\s+of\s+$")


def _coming(f: _Found) -> bool:
    """Whether a bare weekday that is not the publication's is the coming one rather than the
    last: a diary's or a week-ahead column's day label ("Thursday: ... speaks at ..."), not in
    the past; a plural subject's event of the calendar ("MEPs vote on Wednesday on ...") or a
    deadline ("has given them until 9 a.m. Tuesday", "must decide by Friday"), not in the
    past; or a future tense (a plan does not govern a weekday in the possessive: "would appeal
    Monday's ruling")."""
    if _day_label(f) and not _label_past(f):
        return True
    if (
        PLURAL_EVENT_BEFORE.search(f.before(16)) or _deadline_before(f.before(40))
    ) and f.tense() != "past":
        return True
    return f.tense(plans=f.text[-2:] not in ("'s", "’s")) == "future"


def _day_label(f: _Found) -> bool:
    """Whether the weekday alone opens its line as a label: "Monday: ..."."""
    return (f.start == 0 or f.source[f.start - 1] == "\n") and f.source.startswith(":", f.end)


def _label_past(f: _Found) -> bool:
    """Whether the first clause after a day label tells of the past ("Monday: Stocks fell
    ..."; not "Tuesday: The Treasury sells notes, followed by ...")."""
    end = len(f.source)
    start = f.end + 1
    while start < end and f.source[start] in " \t\n":
        start += 1  # ("Monday:" on a line of its own: the clause is the next line's)
    for stop in (",", ";", ". ", "\n"):
        at = f.source.find(stop, start, end)
        if at >= 0:
            end = at
    return past_between(f.source, f.end, end)


def _deictic(f: _Found) -> Timex | None:
    """today / tonight / yesterday (afternoon) / tomorrow / this morning / last night."""
    g, published = f.groups, f.published
    if g.get("ovnus"):
        # "On Wall Street overnight": the American session of the day before publication
        return f.day(published - _ONE_DAY)
    if g.get("ovn"):
        if f.source[f.end : f.end + 6].split()[:1] == ["that"] or f.before(10).endswith(
            ("said ", "statement ")
        ):
            # "said in a statement overnight that ...": in the night before the publication
            # day's session, which it belongs to
            return f.day(published)
        return f.day(published, "night")
    if g.get("word"):
        word = g["word"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        if g.get("two") and offset:
            offset *= 2  # "the day before yesterday", "the day after tomorrow"
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
    if g.get("wdp"):  # "two Fridays ago": the Friday before the last one
        target = _WEEKDAY_INDEX[f"{g['wdp'].lower()}day"]
        last = published - dt.timedelta(days=(published.weekday() - target) % 7 or 7)
        count = _NUMBER_WORDS.get(g["wdnum"].lower()) or int(g["wdnum"])
        return f.day(last - dt.timedelta(days=7 * (count - 1)))
    if g.get("hours"):  # "hours later": the same day as the day just mentioned
        anchor = f.anchor
        if anchor > published and f.tense() == "past":
            anchor = f.past_anchor  # "Hours earlier, the Treasury announced ..." after "The
            # surcharge takes effect next Wednesday": the day of the story that has come
        return f.day(anchor) if anchor <= published else None
    count, unit = _counted(g["num"], g["unit"])
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
    """in the afternoon / that evening / at midday / by mid-afternoon: a part of the day last
    mentioned."""
    anchor = f.anchor
    if anchor > f.published and (
        f.before(8).rstrip().lower().endswith("later")
        or (f.tense() == "past" and (anchor - f.published).days <= 7)
    ):
        # "At a news conference later in the afternoon" after an announced day ("in a
        # statement Friday"), "At a press conference in the afternoon, ... said" after "The
        # new prices take effect on Wednesday": the story goes on in the last day mentioned
        # that has come
        anchor = f.past_anchor
    if anchor > f.published or f.tense() == "future":
        return None  # "will vote in the morning": which morning is not said
    g = f.groups
    if g.get("opening") and f.tense() != "past":
        anchor = f.published  # "Futures are flat ahead of the open": today's session
    part = (
        "afternoon"
        if g.get("noon")
        else "evening"
        if g.get("midnight") or g.get("night")
        else "morning"
        if g.get("opening")
        else (g.get("part") or g.get("mid") or "").lower()
    )
    return f.day(anchor, part)


def _clock(f: _Found) -> Timex:
    """at 2 p.m. / 2:30 p.m. / 2pm / at 14:00 / at 1400 GMT: a time on the day last mentioned."""
    anchor = f.anchor
    if anchor > f.published and f.tense() != "future":
        # "..., released at 3:40 p.m." after "... when lawmakers return on Jan. 12": the last
        # day mentioned that has come, not the announced one
        anchor = f.past_anchor
    return f.day(anchor, clock_part_of_day(f.groups, f.text))


def _next_day(f: _Found) -> Timex | None:
    """the day before / the next day: a day from the day just mentioned."""
    back = f.groups.get("back")
    if f.anchor == f.published and f.past_anchor == f.published and back:
        return None  # no day mentioned before: "the day before" what is not said
    day = f.anchor + dt.timedelta(days=-1 if back else 1)
    tod = "morning" if f.groups.get("part") else None
    return f.day(day, tod) if day <= f.published else None


def _same_day(f: _Found) -> Timex | None:
    """the same day / that same day / the same night: the day just mentioned (a night, as
    "Tuesday night", its evening)."""
    part = (f.groups.get("part") or "").lower()
    tod = "evening" if part == "night" else part or None
    return f.day(f.anchor, tod) if f.anchor <= f.published else None


# The seasons as TimeML codes, with their first month (winter runs into the next year).
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9)}
_SEASONS["winter"] = ("WI", 12)


def _season_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The three months of a season that starts in ``month`` of ``year``."""
    end_year, end_month = _add_months(year, month, 2)
    return dt.date(year, month, 1), _month_bounds(end_year, end_month)[1]


def _season(f: _Found) -> Timex | None:
    """last fall / this summer / next spring / the summer of 1998 (meteorological seasons)."""
    g, published = f.groups, f.published
    name = (g.get("season") or g.get("season2") or g["season3"]).lower()
    code, month = _SEASONS[name]
    if g.get("the"):
        return _the_season(f, g["season3"].lower())
    if g.get("spelled"):
        spelled = _spelled_number(g["spelled"])
        if spelled is None:
            return None
        year = spelled
    elif g.get("year"):
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


# ---------------------------------------------------------------------------------------------
# holidays, years read aloud, and the year as a period of accounts


def _spelled_number(words: str) -> int | None:
    """The year a spelled-out year names: "nineteen ninety-six" -> 1996, "two thousand and
    one" -> 2001, "eighteen oh five" -> 1805 (None for anything else)."""
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        rest = [w for w in parts[2:] if w != "and"]
        extra = sum(_SPELLED_UNITS.get(w, 0) + _SPELLED_TEENS.get(w, 0) for w in rest)
        return 2000 + extra
    century = _SPELLED_TEENS.get(parts[0])
    if century is None or len(parts) < 2:
        return None
    rest = parts[1:]
    if rest[0] == "oh":
        rest = rest[1:]
    value = 0
    for w in rest:
        value += _SPELLED_UNITS.get(w, 0) + _SPELLED_TEENS.get(w, 0) + _SPELLED_TENS.get(w, 0)
    return century * 100 + value


def _spelled_year(f: _Found) -> Timex | None:
    """nineteen ninety-six / the year two thousand / January nineteen ninety-seven."""
    g = f.groups
    year = _spelled_number(g.get("spelled") or g["spelled2"])
    if year is None:
        return None
    if g.get("mon"):
        return f.month(year, _MONTH_INDEX[g["mon"].lower()])
    return f.year(year)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_bounds(year, month)[1]
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_date(name: str, year: int) -> dt.date:
    """The day of holiday ``name`` (lower case, single spaces, no "day") in ``year``."""
    fixed = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1)}
    fixed.update({"new year's eve": (12, 31), "independence": (7, 4), "veterans": (11, 11)})
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name == "thanksgiving":
        return _nth_weekday(year, 11, 3, 4)
    if name == "election":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + _ONE_DAY
    if name == "labor":
        return _nth_weekday(year, 9, 0, 1)
    if name == "memorial":
        return _nth_weekday(year, 5, 0, -1)
    sunday = easter(year)
    offsets = {"good friday": -2, "easter monday": 1}
    return sunday + dt.timedelta(days=offsets.get(name, 0))


def _holiday_key(words: str) -> str:
    """The name of a holiday as :func:`_holiday_date` takes it ("Thanksgiving Day" ->
    "thanksgiving", "Veterans' Day" -> "veterans", "Easter Sunday" -> "easter")."""
    key = " ".join(words.lower().replace("’", "'").replace("veterans'", "veterans").split())
    for tail in (" day", " sunday", " week"):
        if key.endswith(tail) and key != "new year's day":
            key = key[: -len(tail)]
    return "new year's" if key == "new year's day" else key


def _holiday(f: _Found) -> Timex:
    """Thanksgiving / last Christmas / on Election Day / Easter week / Labor Day 1998: the
    year given, else the last one for "last", the next one for "next", this year's for
    "this", otherwise the nearest (a clear tense decides between two about equally near);
    "the day before" or "after" it, or "the eve of" it, is the day next to it."""
    g, published = f.groups, f.published
    name = _holiday_key(g["hol"])
    rel = (g.get("rel") or "").lower()
    if g.get("year"):
        day = _holiday_date(name, int(g["year"]))
    elif rel == "this":
        day = _holiday_date(name, published.year)
    else:
        days = [_holiday_date(name, published.year + k) for k in (-1, 0, 1)]
        if rel == "last":
            day = max(d for d in days if d < published)
        elif rel == "next":
            day = min(d for d in days if d > published)
        else:
            day = _nearest(days, published, f.tense)
    if g["hol"].lower().endswith("week"):
        return f.week(day)
    shift = (g.get("shift") or "").lower()
    if shift:  # "the day before Thanksgiving", "the eve of Christmas"
        day += _ONE_DAY if shift.endswith("after") else -_ONE_DAY
    return f.day(day)


_NTH = {**_ORDINALS, "last": -1}  # (the nth weekday of a month; -1 the last)


def _weekday_of_month(f: _Found) -> Timex:
    """the first Tuesday of October / the last Friday in June 2026: that day of the month (of
    the year given, else of the nearest such month, the tense deciding a near tie and which
    side of the publication day it falls on)."""
    g, published = f.groups, f.published
    month = _MONTH_INDEX[g["mon"].lower()]
    weekday, n = _WEEKDAY_INDEX[g["wd"].lower()], _NTH[g["nth"].lower()]
    if g.get("year"):
        return f.day(_nth_weekday(int(g["year"]), month, weekday, n))
    days = [dt.date(published.year + k, month, 15) for k in (-1, 0, 1)]
    year = _nearest(days, published, f.tense).year
    day = _nth_weekday(year, month, weekday, n)
    tense = f.tense()
    if tense == "past" and day > published:
        day = _nth_weekday(year - 1, month, weekday, n)
    elif tense == "future" and day < published:
        day = _nth_weekday(year + 1, month, weekday, n)
    return f.day(day)


def _nearest(
    days: list[dt.date], published: dt.date, tense_of: Callable[[], str | None]
) -> dt.date:
    """The day of ``days`` nearest ``published``; the tense decides a near tie (45 days)."""
    ranked = sorted(days, key=lambda d: abs((d - published).days))
    best, second = ranked[0], ranked[1]
    if abs(abs((best - published).days) - abs((second - published).days)) <= 45:
        tense = tense_of()
        if tense == "future" and best < published <= second:
            return second
        if tense == "past" and second <= published < best:
            return second
    return best


def _year_phrase(f: _Found) -> Timex:
    """the current year / the fiscal year / for the year / by year-end / the end of the month:
    the year (or month) of publication; "since year-end" the year before."""
    g, published = f.groups, f.published
    unit = g.get("unit") or g.get("endunit") or "year"
    if unit == "month":
        return f.month(published.year, published.month)
    if g.get("end") and _SINCE_BEFORE_END.search(f.before(12)):  # "since year-end"
        return f.year(published.year - 1)
    return f.year(published.year)


def _the_season(f: _Found, name: str) -> Timex:
    """over the summer / the early summer: the latest such season that has begun, or with a
    future verb the first that has not ended."""
    code, month = _SEASONS[name]
    published = f.published
    year = published.year - (1 if month == 12 and published.month < 12 else 0)
    first, last = _season_bounds(year, month)
    if f.tense() == "future":
        if last < published:
            year += 1
    elif first > published:
        year -= 1
    first, last = _season_bounds(year, month)
    return f.timex(f"{year}-{code}", first, last, "range")


_RESOLVERS: dict[str, Callable[[_Found], Timex | None]] = {
    "wd_date": _month_day,
    "wd_dmy": _month_day,
    "mdy": _month_day,
    "dmy": _month_day,
    "spelled_dmy": _month_day,
    "iso": _iso,
    "ordinal_day": _ordinal_day,
    "month_span": _month_span,
    "month_year": _month_year,
    "month_ctx": _month_ctx,
    "quarter": _quarter,
    "half": _half,
    "later_earlier": _later_earlier,
    "weekend": _weekend,
    "ago": _ago,
    "rel_unit": _rel_unit,
    "in_time": _in_time,
    "weekday": _weekday,
    "nth_weekday": _weekday_of_month,
    "same_day": _same_day,
    "next_day": _next_day,
    "clock": _clock,
    "day_part": _day_part,
    "season": _season,
    "holiday": _holiday,
    "year_phrase": _year_phrase,
    "spelled_year": _spelled_year,
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
    tense_of: Callable[..., str | None],
    last: Timex | None = None,
) -> Timex | None:
    """Resolve the match ``m`` of rule ``name`` in ``text`` (see :data:`_RESOLVERS`).

    ``anchor`` is the day last mentioned and ``past_anchor`` the day last mentioned that is not
    after ``published`` (each ``published`` when there is none); ``tense_of(start, end)`` is
    the tense around a span of ``text``; ``last`` the expression resolved last, of any
    precision.
    """
    s, e = m.span()
    found = _Found(
        s, e, text[s:e], m.groupdict(), published, anchor, past_anchor, tense_of, last, text
    )
    return _RESOLVERS[name](found)
