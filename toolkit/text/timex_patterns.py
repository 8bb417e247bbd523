"""The vocabulary and the regular expressions of :mod:`toolkit.text.timex`.

Word tables come first (weekday and month names, number words, ordinals, parts of the day),
then one pattern per rule, named by the group name that :mod:`toolkit.text.timex_resolve`
resolves, then the patterns that keep the scan fast. Other modules of the time expression
stage import compiled patterns from here and build no regular expressions themselves.

Rules
-----
* Each rule of :data:`_RULES` finds one kind of expression: "wd_date" ("Tuesday, April 8,
  2025"), "mdy" ("April 2", "Apr. 2-4"), "dmy" ("2 April 2025"), "iso" ("2025-04-02"),
  "month_year" ("March 2025"), "month_ctx" ("in March"), "quarter" ("the first quarter",
  "Q1 2025"), "later_earlier" ("later this week"), "weekend" ("over the weekend"), "ago"
  ("two days ago", "a week earlier"), "rel_unit" ("last week"), "weekday" ("next Tuesday
  morning"), "same_day", "next_day" ("the day before"), "clock" ("at 2 p.m."), "day_part"
  ("that evening") and "deictic" ("yesterday afternoon", "last night"). Longer, more
  specific rules come first; where matches overlap the longest wins.
* A month name alone is a time expression only after a preposition or determiner ("in March",
  "since May", "last March", "mid-March"), so "March Madness" and "may not" are left alone; a
  year needs such a context too ("in 2024", "the 2024 election", "mid-2024"), so "10 to 20",
  "over 30 years" and "2025 percent" are not years.
* "a day after Trump threatened ..." and "the day before the vote" count from another event
  and are not dates: "before" or "after" followed by a word ends no count of days.
* Tense markers: future ("will", "is expected to", "plans to", "upcoming", or a scheduled
  event in the present tense: "announces", "testifies", "meets", ...) and past ("said",
  "was", "rose", any word of five letters or more in "-ed").
* Every expression contains a trigger word ("Tuesday", "March", "week", "ago", "today",
  "2025-0", "2 p.m.", ...): a rule runs only in the windows of 48 characters around the
  trigger words of its kind (:data:`_RULE_TRIGGERS`), and only in those that hold a part
  every match of the rule contains (:data:`_RULE_NEEDS`: "weekend" for "over the weekend").
* The faster variants find exactly what the plain patterns find (tests/text hold property
  tests of each): lower-case patterns for the lower-cased text, where case folding is
  lower-casing; the trigger words grouped by first character, with ASCII digits spelled out.

Examples
--------
>>> [m.group() for _name, rule in _RULES[:2] for m in rule.finditer("on Tuesday, April 8")]
['Tuesday, April 8', 'April 8']
>>> [m.group() for m in _TRIGGER_SCAN.finditer("two weeks ago, on march 3")]
['week', 'ago', 'march']
"""

from __future__ import annotations

import re

__all__ = ["MONTHS", "WEEKDAYS"]

# ---------------------------------------------------------------------------------------------
# words: weekdays and months ("on Tuesday, April 8"), counts ("two days ago"), ordinals
# ("the first quarter") and parts of the day ("Tuesday morning", "tonight")

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

# ---------------------------------------------------------------------------------------------
# the rules, built from pieces of pattern

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\."
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a couple of|\d{1,2})"
_YEAR = r"(?:1[89]\d\d|20\d\d)"  # (after a month or a quarter: "March 5, 1946")
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
            rf"\b(?:(?:the\s+)?(?P<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[\s-]quarter"
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
    (
        "season",  # last fall / this summer / next spring / the summer of 1998 / winter 2024
        re.compile(
            r"\b(?P<rel>[Ll]ast|[Tt]his(?:\s+(?:past|coming))?|[Nn]ext)\s+"
            r"(?P<season>spring|summer|fall|autumn|winter)\b"
            r"|\b(?P<season2>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?"
            r"(?P<year>(?:19|20)\d\d)\b"
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
_YEAR_NUMBER = re.compile(r"(?P<year>1[89]\d\d|20\d\d)(?<![\w$.,-]\d{4})(?![\w,]*\d)(?![\w-])")
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
    r"|(?:scheduled|set|slated|planned|due)\s+(?:for|on)|plans?\s+to|planning\s+to|intends?\s+to|upcoming|coming"
    # "is to resume trading Tuesday", "set to resume Monday", "as soon as Tuesday"
    r"|(?:is|are|was|were)\s+to\s+(?!be\b)|set\s+to|as\s+soon\s+as"
    # "is expected in December", "to be published in early November"
    r"|(?:is|are|be)\s+(?:expected|scheduled|due|supposed)|to\s+be\s+\w+ed"
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


# ---------------------------------------------------------------------------------------------
# trigger words, and the windows around them in which each rule runs

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
    ("season", ("spring", "summer", "fall", "autumn", "winter")),
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
    "season": "season",
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
)
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
