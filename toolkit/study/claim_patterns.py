"""The compiled patterns that :mod:`toolkit.study.claim_parsing` reads claims with.

Words are data in :mod:`toolkit.study.claim_vocabulary`; this module turns them into regular
expressions once, at import: numbers and their units, qualifiers ("nearly", "more than"),
movement verbs, ranks ("its best day since 2008"), records, streaks, reversals, intraday and
closing wording, forecasts, periods and anchor dates.
"""

from __future__ import annotations

import re

from toolkit.study import claim_vocabulary as vocab
from toolkit.study.claim_assets import alternation

_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMW = alternation(vocab.NUMBER_WORDS)
_ORD = alternation(vocab.ORDINALS)
_QUAL = alternation(vocab.QUALIFIERS)
_UNIT = (
    r"(?P<unit>%|[- ]?percentage[- ]points?\b|[- ]?(?:percent|per\s?cent|pct)\b"
    r"|[- ]?basis[- ]points?\b|[- ]?bps\b|[- ]?points?\b|[- ]?pts\b"
    r"|\s?(?:trillion|billion|million)\b)"
)
_QUANT = rf"(?:(?P<qual>{_QUAL})\s+)?(?P<cur>\$\s?)?(?P<num>{_NUM})(?![\d,])(?:{_UNIT})?"
_FILLER = (
    r"(?:\s*,?\s+(?:by|another|an\s+additional|a\s+further|a\s+combined|a\s+total\s+of"
    r"|a\s+whopping|a\s+staggering|an\s+extra|as\s+much\s+as|a\s+record))*"
)
_NOT_AMOUNT = re.compile(
    r"(?:\s|-)(?:straight|consecutive|successive|days?|sessions?|weeks?|months?|years?|times"
    r"|trading\s+days?|hours?|minutes?)\b",
    re.I,
)

_QUANT_AFTER = re.compile(rf"{_FILLER}\s+{_QUANT}", re.I)
_MORE = re.compile(rf"\s*(?:,|\(|—|–)?\s*(?:or|and)\s+{_QUANT}", re.I)
_DIR_AFTER = re.compile(r"\s+(?P<dir>higher|lower|up|down)\b", re.I)
_LEVEL = re.compile(
    rf"(?:\s*,?\s+(?:on\s+{_WEEKDAYS}|on\s+the\s+day|for\s+the\s+(?:day|session)|on\s+the\s+week))?"
    rf"\s*,?\s+(?:to|at)\s+(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?![\d,])"
    r"(?!\.\d|\s*(?:%|[- ]?(?:percent|per\s?cent|percentage|points?|pts|bps|basis)\b))",
    re.I,
)
_VAGUE_AMOUNT = re.compile(rf"{_FILLER}\s+(?:{alternation(vocab.VAGUE_AMOUNTS)})\b", re.I)

_UP = alternation(vocab.UP_VERBS)
_DOWN = alternation(vocab.DOWN_VERBS)
_VERB = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.I)
_TRANSITIVE = re.compile(rf"\b(?:{alternation(vocab.TRANSITIVE_VERBS)})\b", re.I)
_CLOSE = re.compile(
    rf"\b(?:{alternation(vocab.CLOSE_VERBS)})(?:\s+(?:the\s+)?(?:day|session|week|month|trading))?"
    r"(?:\s+(?P<dir>up|down|higher|lower)\b)?",
    re.I,
)
_BE = re.compile(
    r"\b(?:was|were|is|are|stood|traded|remained|(?:had|has|have)\s+been)\s+"
    r"(?P<dir>up|down|off|higher|lower)\b",
    re.I,
)
_BARE = re.compile(rf"(?:^|[,(—–]\s*)(?P<dir>up|down|off)(?=\s+(?:(?:{_QUAL})\s+)?\$?\d)", re.I)
_VAGUE_STATE = re.compile(
    r"\b(?:closed|ended|finished|settled|was|were|is|are|traded|stood|remained|held)\s+"
    rf"(?:the\s+(?:day|session)\s+)?(?:{alternation(vocab.VAGUE_STATES)})\b",
    re.I,
)
_REVERSAL = re.compile(
    r"\b(?P<verb>(?:gave|given|giving|gives|give)\s+(?:up|back)|erased|erasing|erases|erase"
    r"|wiped\s+out|wiping\s+out|pared|paring|pares|trimmed|trimming|reversed|reversing"
    r"|recouped|recovered)\s+(?P<part>(?:all|some|most|much|part|half|a\s+chunk|the\s+bulk)\s+"
    r"(?:of\s+)?)?(?:(?:its|their|the|those|these|any|earlier|early|initial|morning|session|"
    r"day['’]s|previous)\s+)*(?:\w+\s+)?(?P<obj>gains|gain|losses|loss|advance|rally|decline"
    r"|declines|slide|rebound)\b",
    re.I,
)
_NOUN_FORM = re.compile(
    rf"(?<![\w$.,])(?:(?P<qual>{_QUAL})\s+)?(?P<cur>\$\s?)?(?P<num>{_NUM})(?![\d,])"
    r"(?P<unit>%|[- ]?(?:percent|per\s?cent)|[- ]points?)[\s-]+"
    r"(?:(?:one|single|two|three|four|five)[- ]day\s+)?(?P<noun>drop|decline|fall|loss|plunge"
    r"|slide|slump|tumble|selloff|sell-off|rout|gain|rise|jump|rally|surge|advance|increase"
    r"|rebound|climb|swing)\b",
    re.I,
)
_RANK = re.compile(
    rf"\b(?:its|their|the|a|an)\s+(?P<adj>{alternation(vocab.RANK_ADJECTIVES)})(?:[- ]ever)?"
    r"(?P<mods>(?:\s+(?:(?:one|two|three|four|five|single|\d)[- ](?:day|session|week|month)"
    r"|daily|weekly|monthly|single[- ]day|one[- ]session|percentage|percent|point|intraday"
    r"|trading))*)"
    rf"(?:\s+(?P<noun>{alternation(vocab.RANK_NOUNS)}))?\b",
    re.I,
)
_RANK_ANCHOR = re.compile(
    r"(?P<lead>(?:\s+(?:for|in|of)\s+(?:the\s+)?(?:[\w&.'’-]+\s+){0,3}?[\w&.'’-]+)??)"
    r"(?:\s+(?:since\s+(?P<since>[^,.;()]{1,40}?)(?=\s*[,.;()]|\s*$|\s+(?:and|as|after|when"
    r"|while|amid|on|following|before|but)\b)"
    rf"|(?P<ever>ever|on\s+record|in\s+(?:its\s+)?history|of\s+all\s+time)\b"
    r"|(?:of|in|so\s+far\s+(?:this|in))\s+(?:the\s+)?(?P<within>year|(?:19|20)\d\d)\b"
    r"|(?P<within2>this\s+year|so\s+far\s+this\s+year|year\s+to\s+date)\b"
    rf"|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?P<n>{_NUMW}|\d+|a)\s+"
    r"(?P<u>years?|months?|weeks?|decades?)\b))",
    re.I,
)
_RECORD = re.compile(
    r"\b(?:a|another|fresh|new|its|their)\s+(?:(?:fresh|new|all-time)\s+)?"
    r"(?:record|all-time)(?:\s+(?P<hl>high|low|close|closing\s+high|closing\s+low|peak)s?)?\b",
    re.I,
)
_STREAK_COUNT = re.compile(
    r"\b(?:(?P<after>after|following|snapping|ending|breaking|extending|capping)\s+)?"
    rf"(?:(?:a|the|its|their)\s+)?(?P<n>{_NUMW}|\d+)[- ](?:straight\s+|consecutive\s+"
    r"|successive\s+)?(?P<u>days?|sessions?|trading\s+days?|weeks?)\s+(?:of\s+(?:\w+\s+){0,2}?"
    r"(?P<what>losses|declines|drops|falls|selling|gains|advances|increases|rises|rallies)"
    r"|(?P<what2>losing|winning)\s+(?:streak|run))\b",
    re.I,
)
_STREAK_ORD = re.compile(
    rf"\b(?:for\s+)?(?:a|the|its|their)\s+(?P<ord>{_ORD}|\d+(?:st|nd|rd|th))\s+(?:straight"
    r"|consecutive|successive)\s+(?P<u>day|session|trading\s+day|week)"
    r"(?:\s+of\s+(?P<what>losses|declines|gains|advances))?\b",
    re.I,
)
_STREAK_N = re.compile(
    rf"\b(?:for\s+)?(?P<n>{_NUMW}|\d+)\s+(?:straight|consecutive|successive)\s+"
    r"(?P<u>days|sessions|trading\s+days|weeks)\b",
    re.I,
)

_INTRADAY = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+").replace("DAY", _WEEKDAYS)
        for p in sorted(vocab.INTRADAY_PHRASES, key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.I,
)
_CLOSE_WORDING = re.compile(
    r"\b(?:closed|ended|finished|settled|at\s+the\s+close|by\s+the\s+close)\b", re.I
)
_CLAUSE_BREAK = re.compile(
    r"[.!?](?=\s+[A-Z\"“])|[,;]\s+(?:and|but|while|with|whereas)\b|;"
    r"|\b(?:after|as|amid|when|while|because|following|before|even\s+as|despite|thanks\s+to"
    r"|on\s+news|on\s+hopes|on\s+fears|which\s+came|, which)\b",
    re.I,
)
_PREDICTION = re.compile(
    rf"\b(?:{alternation(vocab.PREDICTION_WORDS)})\s+(?:(?:\w+ly|not|be|have|also|further)\s+)*$",
    re.I,
)
_ANAPHOR = re.compile(r"\b(?:it|its|the\s+(?:index|gauge|average|benchmark|composite))\b", re.I)
_MONTH_NAMES = alternation(vocab.MONTHS)
_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
_WEEKDAY_INDEX = {"mon": 0, "tues": 1, "wednes": 2, "thurs": 3, "fri": 4, "satur": 5, "sun": 6}
_PERIODS = (
    (
        "year",
        re.compile(
            r"\b(?:(?:this|last|the|past|a)\s+year|year[- ]to[- ]date|YTD|so\s+far\s+(?:this\s+"
            r"year|in\s+\d{4})|from\s+(?:its|their|the|a)\s+(?:\w+\s+)?(?:record|peak|high|low)s?"
            r"|since\s+(?:its|their|the)\s+(?:\w+\s+)?(?:peak|high|low|record|start\s+of\s+the"
            r"\s+year)|since\s+(?:January|the\s+election|Inauguration\s+Day)|during\s+the"
            r"|throughout\s+the)\b",
            re.I,
        ),
    ),
    ("quarter", re.compile(r"\b(?:this|last|the|past|a)\s+quarter\b|\bquarterly\b", re.I)),
    (
        "month",
        re.compile(
            rf"\b(?:(?:this|last|the|past|a)\s+month|monthly|in\s+(?:{_MONTH_NAMES})(?!\s+\d))\b",
            re.I,
        ),
    ),
    ("week", re.compile(r"\b(?:(?:this|last|the|past|a)\s+week|weekly)\b", re.I)),
)
_SESSIONS = re.compile(
    rf"\b(?:(?:in|over|across|during)\s+(?:the\s+(?:past|last)\s+)?(?P<n>{_NUMW}|\d+)\s+"
    rf"(?:straight\s+|consecutive\s+)?(?:trading\s+)?(?:days|sessions)|(?P<n2>{_NUMW}|\d+)[- ]"
    r"(?:day|session)\s+(?:drop|decline|loss|fall|slide|gain|rally|rise|selloff|sell-off|rout"
    r"|plunge|advance|surge|run|stretch|span|period|total|tumble))\b",
    re.I,
)
_ANCHOR_DATE = re.compile(
    rf"(?:(?P<month>{_MONTH_NAMES})\.?\s+(?:(?P<day>\d{{1,2}}),?\s+)?)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
