"""The vocabulary and the regular expressions of :mod:`toolkit.text.timex`.

Word tables come first (weekday and month names, number words, ordinals, parts of the day),
then one pattern per rule, named by the group name that :mod:`toolkit.text.timex_resolve`
resolves, then the patterns that keep the scan fast. Other modules of the time expression
stage import compiled patterns from here and build no regular expressions themselves.

Rules
-----
* Each rule of :data:`_RULES` finds one kind of expression: "wd_date" ("Tuesday, April 8,
  2025"), "wd_dmy" ("Thursday 14 December"), "mdy" ("April 2", "Apr. 2-4"), "dmy" ("2 April
  2025"), "iso" ("2025-04-02"), "month_year" ("March 2025"), "month_ctx" ("in March"),
  "quarter" ("the first quarter", "Q1 2025"), "later_earlier" ("later this week"), "weekend"
  ("over the weekend"), "ago" ("two days ago", "a week earlier"), "rel_unit" ("last week"),
  "weekday" ("next Tuesday morning"), "same_day", "next_day" ("the day before"), "clock" ("at 2
  p.m."), "day_part" ("that evening") and "deictic" ("yesterday afternoon", "last night"),
  "season" ("last fall"), "holiday" ("on Thanksgiving Day"), "year_phrase" ("for the fiscal
  year", "by year-end"), "spelled_year" ("nineteen ninety-six") and "half" ("the second half of
  2024"). Longer, more specific rules come first; where matches overlap the longest wins.
* A month name alone is a time expression only after a preposition or determiner ("in March",
  "since May", "last March", "mid-March"), so "March Madness" and "may not" are left alone; a
  year needs such a context too ("in 2024", "the 2024 election", "mid-2024"), so "10 to 20",
  "over 30 years" and "2025 percent" are not years.
* "a day after Trump threatened ..." and "the day before the vote" count from another event
  and are not dates: "before" or "after" followed by a word ends no count of days.
* Tense markers: future ("will", "is expected to", "plans to", "upcoming", or a scheduled
  event in the present tense: "announces", "testifies", "meets", ...), plans that look
  forward from what follows them ("decided to", "scheduled", "would", "postponed until")
  and past ("said", "was", "rose", "brought", any word of five letters or more in "-ed",
  but not "United" nor a participle after "be": "will be held").
* Every expression contains a trigger word ("Tuesday", "March", "week", "ago", "today",
  "2025-0", "2 p.m.", ...): a rule runs only in the windows of 48 characters around the
  trigger words of its kind (:data:`_RULE_TRIGGERS`), and only in those that hold a part
  every match of the rule contains (:data:`_RULE_NEEDS`: "weekend" for "over the weekend").
* The faster variants find exactly what the plain patterns find (tests/text hold property
  tests of each): lower-case patterns for the lower-cased text, where case folding is
  lower-casing; the trigger words grouped by first character, with ASCII digits spelled out.

Examples
--------
>>> rules = dict(_RULES)
>>> [m.group() for name in ("wd_date", "mdy") for m in rules[name].finditer("on Tuesday, April 8")]
['Tuesday, April 8', 'April 8']
>>> [m.group() for m in rules["wd_dmy"].finditer("on Thursday 14 December")]
['Thursday 14 December']
>>> [m.group() for m in _TRIGGER_SCAN.finditer("two weeks ago, on march 3")]
['week', 'ago', 'march']
"""

from __future__ import annotations

import re

__all__ = ["MONTHS", "WEEKDAYS"]

# ---------------------------------------------------------------------------------------------
# words: weekdays and months ("on Tuesday, April 8"), counts ("two days ago"), ordinals
# ("the first quarter") and parts of the day ("Tuesday morning", "tonight")

# The days of a month as ordinal words ("the fifteenth of February"), and their numbers.
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
    " nineteenth"
).split()
SPELLED_ORDINAL_DAYS: dict[str, int] = {
    **{w: i for i, w in enumerate(_ORDINAL_UNITS, start=1)},
    **{w: i for i, w in enumerate(_ORDINAL_TEENS, start=10)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINAL_UNITS, start=1)},
    **{f"twenty {w}": 20 + i for i, w in enumerate(_ORDINAL_UNITS, start=1)},
    "thirty-first": 31,
    "thirty first": 31,
}
_SPELLED_ORDINAL = "|".join(sorted(SPELLED_ORDINAL_DAYS, key=len, reverse=True))

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAYS)}
# (and their abbreviations, as datelines and some papers write them: "MAÓ, Tues. —")
_WEEKDAY_INDEX.update(
    {
        a: i
        for i, abbr in enumerate(("mon", "tue tues", "wed", "thu thur thurs", "fri", "sat", "sun"))
        for a in abbr.split()
    }
)
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
# Years read aloud in broadcast transcripts ("nineteen ninety-six", "the year two thousand").
_SPELLED_UNITS = {
    w: i for i, w in enumerate("one two three four five six seven eight nine".split(), start=1)
}
_SPELLED_TEENS = {
    w: i
    for i, w in enumerate(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
        start=10,
    )
}
_SPELLED_TENS = {
    w: i * 10
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS["4th"] = 4
_PARTS = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    # (the part of the day news means by "Tuesday night" or "late Monday night" is the
    # evening, after the close; only "overnight" is the night)
    "night": "evening",
    "tonight": "evening",
    "overnight": "night",
}

# ---------------------------------------------------------------------------------------------
# the rules, built from pieces of pattern

# Before a time of the 24-hour clock ("at 15:00"), and what may follow one ("15.30 CET").
_CLOCK_PREP = r"(?:[Aa]t|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Aa]bout)"
_CLOCK_ZONE = r"(?:h(?:rs)?\b|(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|JST|HKT|SGT|IST|AEST|AEDT)\b|local\s+time\b)"
# The 24-hour clock after a preposition: "at 15:00", "by 09:30", "until 17.30 CET" (not one to
# seven o'clock without a leading zero: "at 4:00" is four in the afternoon in an American text;
# not a ratio, a score or a price: "at 10:1", "closed at 19.50" (a point only with a zone or
# "h" after it)); and the wire style, "at 1430 GMT".
_CLOCK_24 = (
    rf"\b{_CLOCK_PREP}\s+(?P<h24>[01]\d|2[0-3]|[89])"
    rf"(?::[0-5]\d(?:\s*{_CLOCK_ZONE})?|\.[0-5]\d\s*{_CLOCK_ZONE})(?![\w%]|[.,:]\d)"
    r"(?!\s*[AaPp]\.?[Mm])"
)
_CLOCK_WIRE = r"\b(?:at\s+)?(?P<h24z>[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\b"
_WD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # an abbreviation before its full stop ("Tues.", "Thurs."); "Sun." only after "on" or in a
    # dateline before its dash (not "told the Sun.")
    r"|(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat)(?=\.)|(?<=on\s)Sun(?=\.)"
    r"|Sun(?=\.[^\S\n]*(?:[—–]|--?[^\S\n])))"
)
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# (without its full stop before a number, as Asian and British outlets write it: "Jul 8")
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=[ \t]\d))"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_MONTH_ABBR_BARE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a couple of|\d{1,2})"
_YEAR = r"(?:1[89]\d\d|20\d\d)"  # (after a month or a quarter: "March 5, 1946")
_NOT_NUMBER_AFTER = r"(?![\d,]*\d)(?!\s*(?:%|percent|per cent))"
# A year read aloud: "nineteen ninety-six", "eighteen seventy", "two thousand (and) one".
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPELLED_YEAR = (
    rf"(?:[Nn]ineteen|[Ee]ighteen)[ \t]+(?:(?:{_TENS_WORDS})(?:[ \t-](?:{_UNITS_WORDS}))?"
    rf"|{_TEENS_WORDS}|oh[ \t-](?:{_UNITS_WORDS}))(?![\w-])"
)
_SPELLED_2000S = rf"two[ \t]+thousand(?:[ \t]+(?:and[ \t]+)?(?:{_TEENS_WORDS}|{_UNITS_WORDS}))?\b"
# The holidays that name a day (US federal holidays and the days around them that news dates
# by: "last Thanksgiving", "on Election Day", "Christmas Eve", "Easter week").
_HOLIDAY = (
    r"(?P<hol>Thanksgiving(?:[ \t]+Day)?|Christmas[ \t]+(?:Day|Eve)|New[ \t]+Year['’]s[ \t]+(?:Day|Eve)"
    r"|Election[ \t]+Day|Independence[ \t]+Day|Labor[ \t]+Day|Memorial[ \t]+Day|Veterans['’]?[ \t]+Day"
    r"|Good[ \t]+Friday|Easter[ \t]+(?:Sunday|Monday|week)"
    # bare "Christmas", "Easter", "New Year's", but not "Christmas shopping", "Easter eggs"
    r"|(?:Christmas|Easter|New[ \t]+Year['’]s)\b(?![ \t]+[a-z])(?!['’]?s\b))"
)

# Each rule: (name, compiled regex). Longer, more specific rules come first; overlaps are
# resolved afterwards in favour of the longest match.
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "wd_date",  # Tuesday, April 8, 2025 / Tuesday, April 8
        re.compile(
            # (its date decides after "next" or "last": "next Thursday, February 8")
            rf"\b(?:(?:[Nn]ext|[Ll]ast|[Tt]his(?:\s+coming)?|[Cc]oming)\s+)?"
            rf"(?P<wd>{_WD}),?\s+(?P<mon>{_MONTH_ANY})\s?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "wd_dmy",  # Thursday 14 December 2023 / Thursday, 14 December
        re.compile(
            rf"\b(?:(?:[Nn]ext|[Ll]ast|[Tt]his(?:\s+coming)?|[Cc]oming)\s+)?"
            rf"(?P<wd>{_WD}),?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<mon>{_MONTH_ANY})(?!\w)(?:,?\s+(?P<year>{_YEAR})\b)?"
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
        "dmy",  # 2 April 2025 / 2 April / 25-26 June
        re.compile(
            rf"(?<![\w$.,])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            # (two days joined by "and": "14th and 15th May, 2024")
            rf"(?:\s*(?:[-–]|and)\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
            # (an abbreviation without its full stop after the day: "Wed 30 Oct")
            rf"(?P<mon>{_MONTH_ANY}|{_MONTH_ABBR_BARE}\b)"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "spelled_dmy",  # the fifteenth of February / the first of January, 2017
        re.compile(
            rf"\b(?:[Tt]he\s+)?(?P<day>{_SPELLED_ORDINAL})\s+of\s+(?P<mon>{_MONTH_FULL})\b"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        # "on the 4th", "by the 27th": a day of the month, the month left unsaid
        "ordinal_day",
        re.compile(
            r"\bthe\s+(?P<oday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            r"(?![^\S\n]*(?:of\b|[-–]|time|anniversary|consecutive|straight|annual|century"
            r"|round|floor|place|percentile|amendment|[a-z]+est\b))"
        ),
    ),
    (
        "iso",
        re.compile(
            r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\w-])"
        ),
    ),
    (
        "month_span",  # between June and August 2008 / from March to May: the months' days
        re.compile(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<mon>{_MONTH_FULL})\s+(?:and|to|through|until)\s+"
            rf"(?P<mon2>{_MONTH_FULL})\b(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<year>{_YEAR})\b)?"
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
            rf"|[Aa]fter|[Ll]ast|[Tt]his|[Tt]hat|[Nn]ext|[Ee]arly|[Ll]ate|[Oo]f|[Tt]ill|[Tt]o|[Tt]he|[Aa]|[Ff]or)\s+"
            rf"(?:(?:early|late)\s+)?|(?:[Mm]id|[Ee]arly|[Ll]ate)-)(?P<mon>{_MONTH_FULL})\b(?!\s+\d)(?!\s+[A-Z])"
            r"(?!\s+(?:nineteen|eighteen)\s)"  # (a year read aloud follows: see spelled_year)
            # "in June last year", "in February this year": the year named after the month
            r"(?:\s+(?P<yrel>this|last|next)\s+year\b(?!['’]))?"
        ),
    ),
    (
        "quarter",  # the first quarter (of 2025) / Q1 2025 / first-quarter / last quarter
        re.compile(
            rf"\b(?:(?:the\s+)?(?P<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[\s-]quarter"
            rf"(?:\s+of\s+(?P<year>{_YEAR}))?|Q(?P<q>[1-4])(?:\s+(?P<qyear>{_YEAR}))?"
            rf"|(?P<rel>last|this|next|the\s+current|the\s+previous)\s+quarter)\b"
        ),
    ),
    (
        "half",  # the second half of 2024 / the first half / the first two quarters of 1990
        re.compile(
            r"\b(?:[Tt]he\s+)?(?P<h>[Ff]irst|[Ss]econd|[Ll]ast|[Ll]atter|[Bb]ack)[\s-]half\b(?![-'’])"
            rf"(?:\s+of\s+(?:(?P<year>{_YEAR})\b|the\s+year\b|this\s+year\b))?"
            rf"|\b(?:[Tt]he\s+)?(?P<h2>[Ff]irst|[Ll]ast)\s+two\s+quarters\s+of\s+(?P<year2>{_YEAR})\b"
        ),
    ),
    (
        "later_earlier",  # later this week / earlier this month / later today / later that year
        re.compile(
            r"\b(?P<dir>[Ll]ater|[Ee]arlier)\s+(?:(?:this|in\s+the)\s+(?P<unit>week|month|year)"
            r"|(?P<today>today)|(?:in\s+the\s+|that\s+)(?P<that>day|week|month|year))\b"
        ),
    ),
    (
        "weekend",  # over the weekend / this weekend / last weekend / next weekend
        re.compile(
            r"\b(?P<rel>over\s+the|this(?:\s+past)?|last|next|the\s+coming|on\s+the|at\s+the"
            r"|ahead\s+of\s+the)\s+weekend\b",
            re.I,
        ),
    ),
    (
        "ago",  # two days ago / a week earlier / three weeks later / hours later / within hours
        re.compile(
            r"\b(?P<hours>(?:[Hh]ours|[Mm]inutes|[Mm]oments)\s+(?:later|earlier)"
            # "said within hours that ...": the same day as the day just mentioned
            # (but "within minutes of the announcement" is counted from that event)
            r"|[Ww]ithin\s+(?:(?:a\s+few|several)\s+)?(?:hours|minutes)(?!\s+of\b))\b|"
            # "two Fridays ago": counted back over that weekday's last occurrences
            r"\b(?P<wdnum>two|three|four|2|3|4)\s+"
            r"(?P<wdp>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\s+ago\b|"
            rf"\b(?P<num>{_NUM})\s+(?P<unit>day|week|fortnight|month|year)s?\s+"
            r"(?:(?P<dir>ago)(?P<today>\s+today)?"
            r"|(?P<dir2>earlier|later)(?!\s+(?:that|the|a|an|he|she|they|it|his|her)\b)"
            # "a day after Trump threatened": counted from another event, not a date here
            r"|(?P<dir3>before|after)(?![ \t]+[\w“\"$]))\b",
            re.I,
        ),
    ),
    (
        # "in two weeks", "in three days' time", "a month from now", "the week after next": a
        # time to come counted from the publication day
        "in_time",
        re.compile(
            rf"\b[Ii]n\s+(?P<num>{_NUM})\s+(?P<unit>day|week|fortnight|month)s?"
            r"(?:['’]?\s+time)?\b"
            rf"(?!\s+(?:of|after|before|since|from)\b)"
            rf"|\b(?P<num2>{_NUM}|An?)\s+(?P<unit2>day|week|month)s?\s+from\s+(?:now|today)\b"
            r"|\b(?P<after_next>[Tt]he\s+week\s+after\s+next)\b"
        ),
    ),
    (
        "rel_unit",  # last week / this month / next year / the past week
        re.compile(
            r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he\s+past|[Tt]he\s+previous|[Tt]he\s+coming|[Tt]he\s+following"
            r"|(?<![Ll]ater\s)(?<![Ee]arlier\s)[Tt]hat)"
            r"\s+(?P<unit>week|month|year)\b(?!['’]s\s+\w+\s+(?:is|was))"
        ),
    ),
    (
        "nth_weekday",  # the first Tuesday of October / the last Friday in June 2026
        re.compile(
            r"\b(?:[Tt]he\s+)?(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of|in)\s+"
            rf"(?P<mon>{'|'.join(MONTHS)})(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
    ),
    (
        "weekday",  # (last|next|this coming|on)? Tuesday (last week)? (morning)?
        re.compile(
            # (its part before it: "the morning of this Thursday (31)", "the night of Monday")
            r"\b(?:[Tt]he\s+(?P<prepart>morning|afternoon|evening|night)\s+of\s+)?"
            rf"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his\s+past|[Tt]his|[Cc]oming"
            rf"|[Tt]he\s+previous|[Tt]he\s+following)\s+"
            rf"|(?P<early>[Ee]arly|[Ll]ate)\s+)?(?<![-\w])(?P<wd>{_WD})(?![-\w])(?:['’]s)?"
            # "Wednesday last week", "Tuesday of next week": that week's day
            r"(?:\s+(?:of\s+)?(?P<wk>[Ll]ast|[Nn]ext|[Tt]his)\s+week\b"
            # "Tuesday week": a week after the coming Tuesday (British)
            r"|(?P<wkon>[^\S\n]+week(?=[.,;:!?)]|[^\S\n]+(?:and|when|at|in|to|for)\b)))?"
            rf"(?:\s+(?P<part>{_PART}))?\b"
        ),
    ),
    (
        "same_day",  # the same day / that same day: the day just mentioned
        re.compile(
            r"\b(?:[Tt]he|[Tt]hat)\s+same\s+(?:day|(?P<part>morning|afternoon|evening|night))\b"
        ),
    ),
    (
        "next_day",  # the day before / the next day: a day from the day just mentioned
        re.compile(
            r"\b[Tt]he\s+(?:(?P<back>day\s+before|previous\s+day)|day\s+after|next\s+day"
            r"|following\s+day|(?:next|following)\s+(?P<part>morning))\b"
            # (not "the day before Wednesday's vote", "the next day trading"; but "The next
            # morning Kuusik told reporters")
            # (but "had told MPs the previous day that ...": a complement after it)
            r"(?![ \t]+(?:(?!(?:that|to)\s)[a-z\d“\x22$]|[A-Z][a-z]*day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
            r"|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))"
        ),
    ),
    (
        "clock",  # at 2 p.m. / 2:30 p.m.: a time on the day last mentioned (kept only alone)
        re.compile(
            r"\b(?:at\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.)"
            # "2pm", "9.30am", "4 pm" (no points)
            r"|\b(?:at\s+)?(?P<h12>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[^\S\n]?(?P<ampm12>[ap]m|[AP]M)\b"
            rf"|{_CLOCK_24}|{_CLOCK_WIRE}"
        ),
    ),
    (
        "day_part",  # in the afternoon / that evening: a part of the day last mentioned
        re.compile(
            r"(?:\b(?:[Ii]n\s+the|[Tt]hat|(?:[Ll]ater|[Ee]arly|[Ll]ate)\s+that)"
            r"\s+(?P<part>morning|afternoon|evening)\b"
            # "later that night", "late that night" (the evening, as "Tuesday night" is)
            r"|\b(?:[Tt]hat|(?:[Ll]ater|[Ll]ate)\s+that)\s+(?P<night>night)\b"
            r"|\b(?:[Aa]t|[Bb]y|[Aa]round|[Bb]efore|[Uu]ntil)\s+(?P<noon>midday|noon)\b"
            # midnight reached from the day before: "a statement issued shortly before midnight"
            r"|\b(?:[Ss]hortly|[Jj]ust)\s+before\s+(?P<midnight>midnight)\b"
            r"|\b(?:[Bb]y|[Ii]n\s+the|[Aa]t)\s+mid[- ]?(?P<mid>morning|afternoon)\b"
            # the market's opening, a morning: "sent before the market opened", "ahead of the
            # opening bell", "before trading began"
            r"|\b(?:[Bb]efore|[Aa]head\s+of)\s+(?P<opening>(?:the\s+)?(?:stock\s+)?markets?\s+open(?:ed)?"
            r"|the\s+(?:opening\s+)?bell|the\s+(?:market\s+)?open(?:ing)?(?:\s+bell)?(?!\s+bell)"
            r"|trading\s+(?:began|opened|started))\b)"
            # (not before a day of its own: "by midday Wednesday" is Wednesday)
            rf"(?!\s+(?:on\s+)?(?:{_WD})\b)"
        ),
    ),
    (
        "deictic",  # today / tonight / yesterday (afternoon) / tomorrow / this morning / last night
        re.compile(
            # ("the day before yesterday", "the day after tomorrow": two days off)
            r"\b(?P<two>[Tt]he\s+day\s+(?:before|after)\s+)?"
            r"(?P<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:['’]s)?"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
            r"|\b(?P<this>[Tt]his|[Ll]ast)\s+(?P<part2>morning|afternoon|evening|night)\b"
            # "On Wall Street overnight", "said in Washington overnight", "rallied overnight in
            # New York": a US day, in a paper of a later time zone (an American paper does not
            # say so of its own city)
            r"|(?:(?<=Wall Street )|(?<=Washington )|(?<=New York )"
            r"|\b(?=overnight\s+(?:in|on)\s+(?:New\s+York|Washington|Wall\s+Street)\b))"
            r"(?P<ovnus>overnight)\b"
            r"|\b(?P<ovn>overnight)\b(?=\s+(?:trading|session|hours|into|in\s+(?:Asia|Europe))|\s+that\b"
            # a remark's night: "said in a statement overnight the tariffs would ..."
            r"|(?<=said overnight)|(?<=statement overnight))"
        ),
    ),
    (
        "season",  # last fall / this summer / next spring / the summer of 1998 / winter 2024
        re.compile(
            r"\b(?P<rel>[Ll]ast|[Tt]his(?:\s+(?:past|coming))?|[Nn]ext)\s+"
            r"(?P<season>spring|summer|fall|autumn|winter)\b"
            # "over the summer", "the early summer" (not "the fall", which is mostly a fall)
            r"|\b(?P<the>(?:[Ii]n|[Oo]ver|[Ii]nto|[Dd]uring|[Oo]f|[Tt]hrough|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]or)"
            r"\s+the)\s+(?:(?:early|late)\s+)?(?P<season3>spring|summer|winter)\b"
            r"(?![ \t]+[a-z])(?![-'’])"
            r"|\b(?P<season2>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?"
            rf"(?:(?P<year>(?:19|20)\d\d)\b|(?P<spelled>{_SPELLED_YEAR}))"
        ),
    ),
    (
        "holiday",  # Thanksgiving / last Christmas / on Election Day / Easter week / Labor Day 1998
        re.compile(
            # ("the day before Thanksgiving", "the eve of Christmas": the day next to it)
            r"\b(?:(?P<shift>[Tt]he[ \t]+day[ \t]+(?:before|after)|[Tt]he[ \t]+eve[ \t]+of)[ \t]+)?"
            rf"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)[ \t]+)?{_HOLIDAY}(?:,?[ \t]+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        # the current year / the fiscal year / for the year / by year-end / the start of the month
        "year_phrase",
        re.compile(
            r"\b[Tt]he\s+(?P<mod>current\s+fiscal|current|full|fiscal|whole|entire)\s+"
            r"(?P<unit>year|month)\b(?!\s+(?:ago|earlier|later|before|after)\b)"
            r"|\b(?:[Ff]or|[Oo]f)\s+the\s+(?P<for>year)\b(?!['’-])"
            r"(?!\s+(?:\d|before|after|ago|earlier|later|in\s+which|that|when|to|by|two|nineteen)\b)"
            r"|\b(?P<end>[Yy]ear[- ]end|[Yy]ear['’]s\s+end)\b(?!-)"
            r"|\b[Tt]he\s+(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+(?P<endunit>year|month)\b"
        ),
    ),
    (
        "spelled_year",  # nineteen ninety-six / in the year two thousand / January nineteen ninety-seven
        re.compile(
            rf"\b(?:(?P<mon>{_MONTH_FULL})[ \t]+)?(?P<spelled>{_SPELLED_YEAR})"
            rf"|\b[Tt]he[ \t]+year[ \t]+(?P<spelled2>{_SPELLED_2000S}|{_SPELLED_YEAR})"
        ),
    ),
]

# ---------------------------------------------------------------------------------------------
# years in context, tense markers, clock times and sentence ends

# Years: a four-digit number after a preposition or determiner ("in 2024", "the 2024
# election"), found by a fast scan for the number and a check of the word before it.
# (The check of the character before the year comes after the digits, so that the engine can
# skip quickly to the places where a year starts.)
# A year in context may be any from 1800 on ("independent since 1901", "in 1898").
_YEAR_NUMBER = re.compile(
    r"(?P<year>1[89]\d\d|20\d\d)(?<![\w$.,]\d{4})(?<![^det]-\d{4})(?![\w,]*\d)(?![\w-])"
)
# What comes right before a year in context: a preposition ("in 2024", "dating to 1994"), a
# determiner or possessive before a year used as a modifier ("a 1996 law", "its 1990
# invasion", "the company's 1989 results"), or another year ("between 1994 and 1997").
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|through|from|during|before|after|of|the|fiscal|early|late|to"
    r"|into|for|both|between|a|an|that|this|its|his|her|their|our|whose|due|circa)\s+"
    r"|['’]s\s+|\b(?:mid|post|pre)-|\b(?:1[89]\d\d|20\d\d)\s+(?:and|or|to|through)\s+)$",
    re.I,
)
# How far back the context of a year is looked for.
_YEAR_CONTEXT_WINDOW = 16
_YEAR_NOT_AFTER = re.compile(
    r"\s*(?:%|percent|years?\b|people\b|jobs\b|tons\b|units\b|points\b|shares\b|cars\b"
    r"|troops\b|workers\b|employees\b|members\b|votes\b|delegates\b|feet\b|miles\b|meters\b"
    r"|barrels\b|acres\b|pounds\b|dollars\b|hours\b|calories\b|students\b|copies\b)"
)

_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|poised|going)\s+to"
    r"|(?:scheduled|set|slated|planned|due)\s+(?:for|on)|plans?\s+to(?!\s+(?:the|a|an|his|her|their|its|reporters|lawmakers)\b)|planning\s+to|intends?\s+to|upcoming|coming"
    # "is to resume trading Tuesday", "set to resume Monday", "as soon as Tuesday"
    r"|(?:is|are|was|were)\s+to\s+(?!be\b)|set\s+to|as\s+soon\s+as"
    # "is expected in December", "to be published in early November"
    r"|(?:is|are|be)\s+(?:expected|scheduled|due|supposed)|to\s+be\s+\w+ed"
    # a scheduled event in the present tense: "the Fed announces its decision Wednesday"
    # (not a count of votes: "approved by 372 votes to 108")
    r"|announces|testifies|convenes|meets|(?<!\d\s)votes|travels|visits|hosts|publishes|unveils|delivers"
    r"|speaks|presents|briefs|hears|appears(?!\s+to\b)"
    # a calendar's start or deadline: "the auctions start Tuesday", "the rule takes effect Nov. 12"
    r"|begins|starts|(?<!to\s)(?:begin|start)|resumes|expires|takes?\s+effect"
    # an event on the calendar: "the committee has a hearing on sanctions on Tuesday"
    r"|has\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:hearing|meeting|vote|briefing|summit)"
    # an obligation with its deadline: "must be wound down by October 31" (not "must have")
    r"|must(?!\s+have\b)(?=(?:\s+[\w-]+){1,6}?\s+(?:by|before|until|no\s+later\s+than)\b))\b",
    re.I,
)
# A decision, plan, expectation or deferral of something still to come, which governs the
# time expressions after it only ("decided to admit them in March", "has scheduled a news
# conference Thursday", "said he would travel Thursday", "postponed until Tuesday"; but "On
# Friday, the ministry planned to ..." is the day of the planning). Not after "had" or "been"
# ("had been scheduled to expire Friday" is past: see :data:`_PLAN_PAST`).
_DEFERRED_TO = r"\s+(?:[\w'’]+\s+){0,3}?(?:until|till)"
_PLAN = re.compile(
    # (grouped by first letter, so that each place is tried against few alternatives; the
    # word boundary before it is checked by the caller, :func:`toolkit.text.timex_tense._tense`,
    # so that the engine can skip to the places where one of these letters is)
    r"(?:a(?:greed\s+to|ims?\s+to|djourned" + _DEFERRED_TO + ")"
    r"|d(?:ecided\s+to|elayed" + _DEFERRED_TO + "|eferred" + _DEFERRED_TO + ")"
    r"|e(?:xpects?\s+to|xtended" + _DEFERRED_TO + ")"
    r"|hopes?\s+to|i(?:ntends?|ntended)\s+to|likely\s+to"
    r"|p(?:romised\s+to|ledged\s+to|lanned(?:\s+to)?|lanning\s+to|repared\s+to"
    r"|ostponed" + _DEFERRED_TO + ")"
    r"|scheduled(?:\s+to)?|vo(?:ted|wed)\s+to|would(?!\s+have))\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:said|says|told|wrote|was|were|had|did|met|spoke|made|took|gave|rose|fell"
    # common irregular past tenses ("In January, the company brought in a new chief")
    # (grouped by first letter: fewer alternatives to try at each word)
    r"|b(?:rought|ought|egan|uilt|ecame)|s(?:old|ent|pent|tood|ought|truck)|c(?:ame|aught|hose)"
    r"|w(?:ent|on)|paid|held|g(?:rew|ot)|k(?:new|ept)|ran|thought|f(?:ought|elt|ound)|meant"
    r"|drove"
    r"|\w{3,}ed)\b",
    re.I,
)
# Matches of _PAST that are no past tense: words in "-ed" that are no verb ("the United
# States", "a hundred"), and participles after "be" ("will be held on Nov. 26": see
# :data:`_PASSIVE`).
_NOT_PAST = frozenset({"united", "hundred", "indeed", "sacred", "kindred", "wicked", "naked"})
_PASSIVE = (
    "be ", "been ", "being ", "Be ", "Been ", "Being ",
    # a participle after an article or a possessive is an adjective: "will publish a revised
    # forecast ... in May", "the proposed rule takes effect in June"
    " a ", " an ", " the ", " its ", " their ", "The ", "Its ", "Their ",
)
_CLOCK = re.compile(
    r"\b(?:at\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
    rf"|{_CLOCK_24}|{_CLOCK_WIRE}",
    re.I,
)
_DIGIT = re.compile(r"\d")
# Before a session a figure is compared with ("little changed from Wednesday's close"): no
# day for a clock time after it.
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to)|against|above|below)\s+$"
)
_LOCAL_TIME = re.compile(r"\s+(?:local|[A-Z]{2,4})\s+time\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-Z0-9À-ÖØ-ÞĀ-Ž])|\n")
# The same matches, written to start with the sentence-ending character: the regular
# expression engine then skips to the next such character.
_SENTENCE_END_SCAN = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’)]*\s+(?=[\"“A-Z0-9À-ÖØ-ÞĀ-Ž])|(?<=\n))")

# The tense markers for a lower-cased text: the same matches as _FUTURE and _PAST on the
# text itself (see _tense_scan), found without case folding.
# A plural subject's event in the present tense right before a weekday: "MEPs vote on
# Wednesday on ...", "Ministers meet Thursday" (not "to vote", "a vote", "the vote").
PLURAL_EVENT_BEFORE = re.compile(
    r"(?<![Tt]o\s)(?<![Aa]\s)(?<![Tt]he\s)(?<!\w)(?:vote|meet|debate|convene|gather)\s+(?:on\s+)?$"
)
_FUTURE_LOWER = re.compile(_FUTURE.pattern)
_PAST_LOWER = re.compile(_PAST.pattern)
_PLAN_LOWER = re.compile(_PLAN.pattern)
# How far before an expression a plan is looked for ("decided to admit the three countries
# in early March"): a plan governs what follows it closely.
_PLAN_REACH = 90
# What makes a plan past, right before it ("had planned to", "had been scheduled to").
_PLAN_PAST = ("had ", "been ", "Had ", "HAD ", "BEEN ")
# Non-ASCII characters other than typographic quotes, dashes, ellipses and no-break spaces
# (each its own lower case).
_UNUSUAL = re.compile(r"[^\x00-\x7f‘’“”–—…\u00a0]")
# Characters that case-insensitive matching takes for an ASCII letter ("ı" for "i", "ſ" for
# "s") while lower-casing leaves them as they are.
_FOLDS_TO_ASCII = frozenset("ıſ")


# ---------------------------------------------------------------------------------------------
# trigger words, and the windows around them in which each rule runs

# Every expression contains a trigger word; each rule runs only in windows around its
# triggers, which keeps the scan fast on long texts. The trigger words of each kind, as
# regular expressions that start with a literal character (or \d):
_TRIGGER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "wd",
        (
            *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            *(r"mon\.", r"tues?\.", r"wed\.", r"thu(?:rs?)?\.", r"fri\.", r"sat\.", r"sun\."),
        ),
    ),
    (
        "mon",
        (
            *("january", "february", "march", "april", "may", "june", "july", "august"),
            *("september", "october", "november", "december"),
            # (an abbreviation with its full stop, or before a number: "Jul 8")
            *(rf"{m}(?:\.|[ \t]\d)" for m in "jan feb mar apr jun jul aug sept? oct nov dec".split()),
            r"\d[ \t](?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
        ),
    ),
    (
        "unit",
        (
            *("week", "month", "year", "quarter", "q[1-4]", r"days?['’]? time", "days from"),
            *(r"in [\w ]{1,14}days\b", "fortnight"),
        ),
    ),
    (
        "ago",
        (
            *("ago", "earlier", "later", "before", "after(?!noon)"),
            *("next day", "following day", "previous day", "next morning", "following morning"),
            r"within (?:a few |several )?(?:hours|minutes)",
        ),
    ),
    (
        "deictic",
        (
            *("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening"),
            *("night", "overnight", "midday", "noon", "midnight"),
            *("market open", "markets open", "the open", "bell", "trading began", "trading opened"),
            "trading started",
        ),
    ),
    ("digits", (r"\d\d\d\d-\d",)),
    ("ordinal", (r"the \d\d?(?:st|nd|rd|th)\b",)),
    ("same", ("same day", "same morning", "same afternoon", "same evening", "same night")),
    (
        "clock",
        (
            *(r"\d\s?[ap]\.m\.", r"\d\d\s?[ap]\.m\.", r"\d ?[ap]m\b", r"\d:\d\d"),
            r"\d\.\d\d\s?(?:h\b|hrs|gmt|utc|bst|cet|cest|eet|eest|et\b|est|edt|jst|hkt|sgt|ist|aest|aedt|local)",
            r"\d\d\d\d (?:gmt|utc)",
        ),
    ),
    ("season", ("spring", "summer", "fall", "autumn", "winter")),
    # (a word whose first letter starts no other trigger word is written from a later
    # letter that does: "tmas" for "Christmas", "alf" for "half"; the scan then tries no
    # new first character, and the window around the part holds the whole expression)
    (
        "holiday",
        (
            *("thanksgiving", "tmas", "election day", "new year", "ndependence day"),
            *("labor day", "memorial day", "eterans", "ood friday", "easter"),
        ),
    ),
    ("spelled", ("nineteen ", "eighteen ", "two thousand")),
    ("half", ("alf", "two quarters")),
)
_TRIGGER = re.compile("|".join(f"(?P<{kind}>{'|'.join(words)})" for kind, words in _TRIGGER_WORDS))
_RULE_TRIGGERS = {
    "wd_date": "wd",
    "wd_dmy": "wd",
    "weekday": "wd",
    "nth_weekday": "wd",
    "mdy": "mon",
    "dmy": "mon",
    "spelled_dmy": "mon",
    "month_span": "mon",
    "month_year": "mon",
    "month_ctx": "mon",
    "iso": "digits",
    "ordinal_day": "ordinal",
    "quarter": "unit",
    "half": "half",
    "weekend": "unit",
    "rel_unit": "unit",
    "in_time": "unit",
    "later_earlier": "ago",
    "ago": "ago",
    "deictic": "deictic",
    "same_day": "same",
    "next_day": "ago",
    "clock": "clock",
    "day_part": "deictic",
    "season": "season",
    "holiday": "holiday",
    "year_phrase": "unit",
    "spelled_year": "spelled",
}
_WINDOW = 48
# A part that every match of a rule contains, with the rule's own case rules: a window without
# it cannot hold a match, and the rule is not run there. (Alternations of words that start with
# a letter, so that the regular expression engine skips to the places that start with one.)
_MONTH_WORDS = "|".join(
    [
        *MONTHS,
        *(rf"{m}(?:\.|(?=[ \t]\d))" for m in "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()),
    ]
)


def _either_case(words: str) -> str:
    """``words`` with their first letter in either case: "a|b" -> "A|a|B|b"."""
    return "|".join(f"{w[0].upper()}{w[1:]}|{w}" for w in words.split())


_AGO_NEEDS = (
    r"(?:day|week|fortnight|month|year)s?\s+(?:ago|earlier|later|before|after)"
    r"|(?:hours|minutes|moments)\s+(?:later|earlier)|[Ww]ithin\s+(?:(?:a\s+few|several)\s+)?(?:hours|minutes)"
)
_RULE_NEEDS: dict[str, re.Pattern[str]] = {
    "wd_date": re.compile(rf"(?:{_MONTH_WORDS})\s?\d"),
    "mdy": re.compile(rf"(?:{_MONTH_WORDS})\s?\d"),
    "dmy": re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS}|{_MONTH_ABBR_BARE}\b)"),
    "wd_dmy": re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS})"),
    "month_span": re.compile(r"(?:etween|rom)\s+[A-Z]"),
    "spelled_dmy": re.compile(rf"th\s+of\s+(?:{_MONTH_WORDS})|(?:rst|cond|ird)\s+of\s+[A-Z]"),
    "month_year": re.compile(rf"(?:{_MONTH_WORDS})(?:,|\s+of)?\s+{_YEAR}"),
    "month_ctx": re.compile(rf"(?:{'|'.join(MONTHS)})(?!\s+\d)(?!\s+[A-Z])"),
    "quarter": re.compile(r"quarter|Q"),
    "later_earlier": re.compile(r"(?:ater|arlier)\s+(?:this|today|in\s+the|that)"),
    "weekend": re.compile(r"weekend", re.I),
    "ago": re.compile(_AGO_NEEDS, re.I),
    "rel_unit": re.compile(
        rf"(?:{_either_case('last this next that')}|(?:{_either_case('the')})"
        r"\s+(?:past|previous|coming|following))\s+(?:week|month|year)"
    ),
    "deictic": re.compile(
        _either_case("today tonight yesterday tomorrow this last") + "|overnight"
    ),
    "next_day": re.compile(
        r"day\s+(?:before|after)|(?:previous|next|following)\s+day|(?:next|following)\s+morning"
    ),
    "same_day": re.compile(r"same\s+(?:day|morning|afternoon|evening|night)"),
    "clock": re.compile(
        r"[ap]\.m\.|\d[^\S\n]?(?:[ap]m|[AP]M)|\d:\d\d|\d\.\d\d\s?(?:h|[A-Z]{2,4}\b|local)|\d{4}\s+(?:GMT|UTC)"
    ),
    "day_part": re.compile(
        r"(?:[Tt]he|[Tt]hat)\s+(?:morning|afternoon|evening|night)"
        r"|(?:[Bb]efore|[Aa]head\s+of)\s+(?:the\s+)?(?:stock\s+|opening\s+)?(?:markets?|bell|open|trading)"
        r"|mid(?:day|night|[- ]?(?:morning|afternoon))"
        r"|noon(?<!afternoon)"
    ),
    "year_phrase": re.compile(
        r"year(?<=(?:ull|cal|ent|ole|ire|the)\syear)|month(?<=(?:ent|the|his)\smonth)"
        r"|[Yy]ear(?:[- ]end|['’]s\s+end)"
    ),
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

# Quarters named by reference to the quarter last named (earnings reports): "the quarter",
# "the latest quarter", "that quarter", "the year-ago quarter", "the year-earlier third
# quarter", "the quarter a year ago", "last year's quarter", "next year's first quarter",
# "the 1988 third quarter"; and "a year ago" / "a year earlier" after a quarter; "the
# year-ago period", "year-earlier profit".
_QUARTER_REF = re.compile(
    r"\b(?:(?P<det>[Tt]he|[Tt]hat)\s+(?:(?P<same>latest|current|most\s+recent|same"
    r"|comparable|corresponding)\s+)?(?:(?P<back>year-ago|year-earlier|prior-year)\s+)?"
    r"(?:(?P<year>(?:19|20)\d\d)\s+)?"
    r"|(?P<rel>[Ll]ast|[Nn]ext)\s+year['’]s\s+)"
    r"(?:(?P<ord>first|second|third|fourth)[\s-])?quarter(?P<ago>\s+a\s+year\s+(?:ago|earlier))?\b"
    r"|\b(?P<yago>[Aa]\s+year\s+(?:ago|earlier))\b"
    # "the year-ago period", "year-earlier net income": the quarter last named, a year
    # before (without one, the year before publication)
    r"|\b(?:[Tt]he\s+)?(?P<adj>[Yy]ear-(?:ago|earlier))(?:\s+period\b)?(?![\w-])"
    # "the latest period", "the 1989 period", "the corresponding period last year"
    r"|\b[Tt]he\s+(?:(?P<pyear>(?:19|20)\d\d)|(?P<psame>latest|most\s+recent)"
    r"|(?P<pcomp>comparable|corresponding|same)(?=\s+period\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))))"
    r"\s+period\b(?:\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b)?"
)
# Periods of several months that a year-on-year comparison may refer to instead of a quarter
# ("For the nine months, profit rose 5% from a year earlier": the year before).
_MONTHS_PERIOD = re.compile(
    r"\b(?:nine|six|9|6|eight|ten|eleven)[\s-]months?\b|\bfirst\s+half\b|\byear[\s-]to[\s-]date\b"
    r"|\b(?:the|its)\s+(?:full|fiscal|whole)\s+year\b|\bfor\s+the\s+year\b",
    re.I,
)
# Right before a date that closes a period that has ended: "the fiscal year ended Jan. 31",
# "for the quarter ended Sept. 30".
_ENDED = re.compile(r"\b(?:year|quarter|period|half|months?)\s+ended\s+$", re.I)
# A month named as the modifier of a noun or as the period of figures ("the July meeting",
# "a June agreement", "figures for January"): it dates what is spoken of, not a remark.
NOUN_MONTH = re.compile(r"(?:[Tt]he|[Aa]n?|[Ff]or)\s")
# A deadline right before a weekday: "until 9 a.m. Tuesday", "by noon Friday", "until Monday".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|by|no\s+later\s+than)\s+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.|noon|midnight)"
    r"(?:\s+[A-Z]{2,4})?\s+)?(?:on\s+)?$",
    re.I,
)
# "since" earlier in the clause: the date is past ("since shortly after the Oct. 23 attack").
# (not across a comma: "frozen since 2001, will resume on August 1")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\b[^.;:!?,]*$")
# "since" right before "year-end" ("since the year-end", "since year-end").
_SINCE_BEFORE_END = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")
# The word before "mid-", "early" or "late" and a month ("until mid-November").
_CTX_BEFORE = re.compile(r"\b(until|till|by|since|from|through|after|before|last|next)\s+$", re.I)
# How far back a quarter is looked for by "a year ago" (about three paragraphs).
_QUARTER_REACH = 1500

# The market's close next to a day expression: its news is after the close ("Monday after the
# bell", "after markets closed on Monday", "in after-hours trading Tuesday").
AFTER_CLOSE = re.compile(
    r"\bafter\s+(?:the\s+)?(?:closing\s+)?bell\b"
    r"|\bafter\s+(?:the\s+)?(?:(?:stock\s+)?markets?\s+|trading\s+)?close(?:d)?\b(?!\s+(?:of|to)\b)"
    r"|\bafter\s+(?:the\s+)?(?:stock\s+)?(?:markets?|trading)\s+(?:had\s+)?(?:closed|ended)\b"
    r"|\bafter[- ]hours\b",
    re.I,
)
# "late" right before a day expression: "late Tuesday", "late on Tuesday".
_LATE_BEFORE = re.compile(r"\b[Ll]ate\s+(?:on\s+)?$")
