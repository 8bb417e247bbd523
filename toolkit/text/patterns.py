"""The compiled patterns of the statement rules, and the speed tricks that depend on them.

The words come from :mod:`toolkit.text.vocabulary`; this module puts them into regular
expressions, once, at import. The stage modules (:mod:`~toolkit.text.units`,
:mod:`~toolkit.text.kinds`, :mod:`~toolkit.text.attribution`, :mod:`~toolkit.text.referents`,
:mod:`~toolkit.text.dating`, :mod:`~toolkit.text.inheritance`, :mod:`~toolkit.text.nested`)
import the compiled patterns from here and build none of their own.

The speed tricks are here too, next to the patterns whose exact form they depend on:

- :data:`SCANNED` are the patterns that classify units; :class:`~toolkit.text.document.Document`
  finds all their matches in one pass over the text, at the places where their union
  (:data:`SCANNED_UNION`, or :data:`SCANNED_UNION_CASED`) matches, trying at each place only
  the patterns that can start with its character (:data:`SCAN_TRIES`, :func:`_tries`);
- :data:`POLICY_OBJECT_LOWER` is :data:`POLICY_OBJECT` for the lower-cased text;
- :data:`NESTED_WORDS`, :data:`DEFINITE_STATEMENT_WORDS`, :data:`SAME_OCCASION_WORDS` and
  :data:`UNTIL_ENDS` are words that every match of a pattern holds: a text without them needs
  no search;
- :data:`AND_HINT` finds the start of every match of :data:`AND_CLAUSE` (and a few more);
  :data:`AND_HINT_PARTS` find the same places faster.
"""

from __future__ import annotations

import re

from toolkit.text.speakers import CUE, DECLARED_STATE, GROUP_NOUNS
from toolkit.text.stance import first_letters, split_alternatives, word_start_union
from toolkit.text.timex import MONTHS, WEEKDAYS
from toolkit.text.timex_patterns import _COMPARED_BEFORE
from toolkit.text.vocabulary import (
    ACTION_VERBS,
    ACTION_VERBS_PRESENT,
    BODY_WORDS,
    CONDITIONALS,
    CUE_OCCASION_NOUNS,
    CURRENCIES,
    EVENT_MODIFIERS,
    EVENT_NOUNS,
    EVENT_VERBS,
    EVENT_VERBS_PRESENT,
    FINITE_VERBS,
    GENERIC_HEADS,
    INTRODUCTION_VERBS,
    IRREGULAR_VERB_FORMS,
    JUDGEMENT_LEMMAS,
    MARKET_MOVES,
    MARKET_MOVES_PRESENT,
    MARKET_WORDS,
    MEASURE_EVENT_VERBS,
    MIND_LEMMAS,
    NOMINAL_VERBS,
    NOMINALS,
    OCCASION_NOUNS,
    OCCASIONS,
    POLICY_OBJECTS,
    REPORTING_PARTICIPLES,
    ROLE_NOUNS,
    SELF_POLICY_VERBS,
    SPEECH_LEMMAS,
    STANCE_VERBS,
    SUBORDINATORS,
    SUPPORT_LEMMAS,
    THAT_NOUNS,
    TIMELINE_LEMMAS,
    TOPIC_LEMMAS,
)


def _alt(words: tuple[str, ...], guards: dict[str, str] | None = None) -> str:
    """``words`` as alternatives of a regular expression, in their order.

    A space matches any run of white space; ``guards`` gives a lookahead to put after a word.
    """
    guards = guards or {}
    return "|".join(w.replace(" ", r"\s+") + guards.get(w, "") for w in words)


# -- kinds ----------------------------------------------------------------------------------
_EVENT_VERBS = _alt(EVENT_VERBS)
# A noun of purpose before "is to": "The aim is to cut ...", "The plan is to ..." (no event).
_NOT_AN_AIM = "".join(
    rf"(?<!\b{noun}\s)"
    for noun in """aim aims goal goals plan plans idea task hope intention priority challenge
    point job purpose objective mission strategy answer solution option step move
    alternative""".split()
)
# "is expected to announce", "will testify", "plans to introduce", "is scheduled for"
SCHEDULED = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|set|expected|slated|due)\s+(?:for|on)\b"
    # a strike or a protest called for a day to come: "have called a day of strikes ... on
    # September 18", "has called for blockades and strikes across the country on Wednesday"
    r"|(?:has|have)\s+(?:also\s+)?called\s+(?:for\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:strikes?"
    r"|walkouts?|protests?|demonstrations?|blockades?|boycotts?|marches|rall(?:y|ies)"
    r"|day\s+of\s+(?:action|strikes?|protests?|mobili[sz]ation))\b"
    # an event expected at a time: "A second-round vote ... is expected next week"
    r"|(?<=[a-z]\s)(?:is|are)\s+(?:also\s+)?expected\s+(?=(?:next|later\s+this|on|tomorrow"
    r"|in\s+the\s+coming)\b)"
    r"|(?:will|must|(?:is|are)\s+(?:also\s+|still\s+)?(?:expected|scheduled|set|due|slated|poised|going)\s+to"
    # ("Ministers are to hold a call Monday", not "The aim is to cut the deficit")
    # (not the noun: "staked his tenure on a plan to cut next year's deficit")
    r"|" + _NOT_AN_AIM + r"(?:is|are)\s+to|(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)plans?\s+to"
    r"|intends?\s+to|next)\s+(?:also\s+|likely\s+|soon\s+)?(?:" + _EVENT_VERBS
    + "|" + _alt(MEASURE_EVENT_VERBS) + r")"
    # a meeting that may come: "A first trilogue could take place as early as next week"
    r"|(?:could|may|might)\s+(?:also\s+)?(?:take\s+place|be\s+held))\b"
)
# Acts of speaking with others: "testified", "met with", "had a call with", "held talks".
_COMMUNICATIVE = (
    r"testified|defended|met\s+with|spoke\s+(?:with|to)|held\s+(?:talks|a\s+(?:call|meeting|news\s+conference|briefing))"
    r"|had\s+(?:[“\"]?[\w-]+[”\"]?\s+){0,3}[“\"]?(?:call|calls|meeting|talks|exchanges?|conversations?|discussions?)[”\"]?\s+with"
    # (and a technical conference, a hearing; not a press conference, the occasion of remarks)
    r"|appeared\s+before|briefed|held\s+(?:[\w-]+\s+){0,3}(?:talks|meetings?|calls?"
    r"|(?<!press\s)(?<!news\s)conferences?|hearings?|forums?|summits?|workshops?|consultations?)"
    r"|telephoned|phoned"
    r"|met(?!\s+(?:expectations|forecasts|estimates|demand|targets?|the\s+(?:target|threshold|deadline)))"
    r"|ended\s+(?:their|its|the)\s+(?:meeting|talks|summit)|went\s+further"
    r"|heard\s+(?:oral\s+)?(?:arguments?|testimony)|presided\s+over|chaired\s+(?:an?|the)\s"
)
COMMUNICATIVE = re.compile(r"\b(?:" + _COMMUNICATIVE + r")\b")
# Verbs that name a policy act by themselves, without a policy object nearby.
# (and a vote with its tally or its side: "voted 63-35 to limit debate", "voted no", "voted
# to proceed"; not "voted for" a candidate, nor "voted against it, calling ...", a stance)
# A case brought to a court, after "took": "took Malta to court", "took the dispute to the
# WTO".
_TO_COURT = (
    r"(?=[^\S\n]+(?:[\w’'.-]+[^\S\n]+){1,4}?to[^\S\n]+(?:court|the[^\S\n]+(?:[\w-]+[^\S\n]+)?"
    r"(?:court|tribunal|WTO|World[^\S\n]+Trade[^\S\n]+Organi[sz]ation))\b)"
)
SELF_POLICY = re.compile(
    rf"\b(?:{_alt(SELF_POLICY_VERBS)}"
    # a case brought to a court: "took Malta to court in March 2023"
    rf"|took{_TO_COURT}"
    # a walkout from a sitting or talks: "walked out before the vote", "walked out of the talks"
    r"|walked[^\S\n]+out(?=[^\S\n]+(?:before|during|of[^\S\n]+the[^\S\n]+(?:talks|negotiations"
    r"|chamber|session|sitting|meeting|debate|house)|in[^\S\n]+protest)\b)"
    # an order to those under one ("ordered commissioners in the 36 states to deploy
    # officers", "instructed the ministry to draft rules")
    r"|(?:ordered|instructed|directed)(?=[^\S\n]+(?:[\w’'()-]+[^\S\n]+){1,12}?to[^\S\n]+(?!be\b)[a-z]{3,})"
    # (or for or against a government in a vote of confidence: "voted against the government
    # en bloc")
    r"|voted(?=[^\S\n]+(?:\d+[^\S\n]*[-–][^\S\n]*\d+|no\b|yes\b|unanimously\b"
    r"|(?:against|for)[^\S\n]+(?:the|its|his|her)[^\S\n]+(?:[\w-]+[^\S\n]+)?government\b"
    r"|(?:[\w,]+[^\S\n]+){0,3}?to[^\S\n]+[a-z])))\b"
)
# "ended" and "held" of a market or a stance are not acts: "ended the day higher", "held steady".
_ACTION_GUARDS = {
    "ended": r"(?!\s+(?:the\s+(?:day|session|week|month|year|quarter)|up|down|higher|lower|flat|at"
    r"|near|little|mixed)\b)",
    "held": r"(?!\s+(?:steady|up|on|at|near|firm|flat)\b)",
    # "cut" is an act with its object right after it ("cut interest rates Thursday"), not the
    # noun ("backed the cut") nor the participle ("a rate cut by the bank")
    "cut": rf"(?=\s+(?:[\w’'-]+\s+){{0,4}}?(?i:{_alt(POLICY_OBJECTS)})\b)",
    # a currency's band widened or narrowed by its central bank (not "spreads widened")
    "widened": r"(?=\s+(?:[\w’'-]+\s+){0,3}?(?:trading\s+)?(?:band|corridor)\b)",
    # a body's decision, where or what ("took the decision at its 50th meeting", "took a
    # decision to raise"; not "Markets took the decision in stride")
    "took the decision": r"(?=\s+(?:at|on|to|during|after|last|this|yesterday|earlier)\b)",
    "took a decision": r"(?=\s+(?:at|on|to|during|after|last|this|yesterday|earlier)\b)",
    # a journey (not investors' "flew to safety")
    "flew to": r"(?!\s+(?:the\s+)?(?:safety|quality|safe|havens?)\b)",
    "narrowed": r"(?=\s+(?:[\w’'-]+\s+){0,3}?(?:trading\s+)?(?:band|corridor)\b)",  # ("the Bank Rate")  # ("sent Ruiz's nomination")
}
# Verbs that are acts only with a policy object right after them, as "cut": "sent senators a
# letter", "opened an inquiry", "withdrew the nomination" (not "opened the rally, arguing ...").
_ACTION_GUARDS.update(
    dict.fromkeys(
        (
            "sent", "withdrew", "withdrawn", "loosened", "eased", "broadened", "opened", "required",
            "cleared", "dropped",
        ),
        _ACTION_GUARDS["cut"],
    )
)
# A limit or a rate set (not a market's fixing: "set the representative shekel-dollar rate"),
# or set out ("had set out its provisional findings in February").
_ACTION_GUARDS["set"] = (
    r"(?=(?:\s+out)?\s+(?:the|its|their|a|new)\s+(?!(?:[\w-]+\s+){0,2}?(?:representative|reference|fixing"
    rf"|exchange)\b)(?:[\w’'-]+\s+){{0,3}}?(?i:{_alt(POLICY_OBJECTS)})\b)"
)
# A listing: "placed the companies, most of them chipmakers, on its “entity list”" (an act
# only with a list a few words on; not "put", whose tense a date cannot be read from).
_ACTION_GUARDS.update(
    dict.fromkeys(
        ("placed",),
        r"(?=[^.;\n]{0,120}?\bon\s+(?:its|the|their|an?)\s+(?:[\w’'-]+\s+){0,3}?[“\"]?(?:[\w-]+\s+)?"
        r"(?:list|blacklist|watch\s*list)\b"
        # a rating put on review or on watch: "had placed Israel's rating on review for a
        # possible downgrade"
        r"|[^.;\n]{0,60}?\b(?:rating|ratings|outlook)\s+(?:on|under)\s+(?:review|(?:credit\s*|negative\s+)?watch)\b"
        # a request put on hold: "China and Russia placed the request on hold in July"
        r"|[^.;\n]{0,60}?\bon\s+hold\b)",
    )
)
# A bill moved through a chamber: "House Republicans muscled their tax package through the
# chamber late Friday" (the verb is an act only with "through" a few words on).
_ACTION_GUARDS.update(
    dict.fromkeys(
        ("muscled", "rammed", "jammed", "pushed", "steered", "shepherded", "forced"),
        r"(?=[^\S\n]+(?:[\w$,-]+[^\S\n]+){0,6}?through\b)",
    )
)
# A measure left to lapse: "OFAC let the license expire at 12:01 a.m. on Thursday" (an act
# only with "expire" or "lapse" a few words on).
# A budget read to the house: "Kenya, Tanzania and Rwanda also read their budgets on Thursday".
_ACTION_GUARDS["read"] = r"(?=[^\S\n]+(?:(?:the|its|their|his|her|a)[^\S\n]+)?(?:[\w’'-]+[^\S\n]+){0,2}?budgets?\b)"
# An order to those under one: "instructed the ministry to draft rules" (not "directed at").
_ACTION_GUARDS.update(
    dict.fromkeys(
        ("instructed", "directed"),
        r"(?=[^\S\n]+(?:[\w’'()-]+[^\S\n]+){1,12}?to[^\S\n]+(?!be\b)[a-z]{3,})",
    )
)
_ACTION_GUARDS["took"] = _TO_COURT
_ACTION_GUARDS["let"] = r"(?=[^\S\n]+(?:[\w’'-]+[^\S\n]+){1,5}?(?:expire|lapse|run\s+out)\b)"
# An approval given: "The House gave House Bill 412 preliminary approval", "gave the plan the
# go-ahead" (an act only with the approval a few words on).
# A declaration that is an act: "The President declared the drought in two provinces a
# national disaster on Friday" (not "declared that ...", a remark).
_ACTION_GUARDS["declared"] = rf"(?={DECLARED_STATE})"
_ACTION_GUARDS["gave"] = (
    r"(?=[^\S\n]+(?:[\w’'.-]+[^\S\n]+){0,6}?(?:preliminary|initial|final|formal|its|their|the)?"
    r"[^\S\n]*(?:approval|go-ahead|assent|green\s+light|mandate)\b)"
)
# A central bank's move of its rates: "The CBE last moved rates in March 2024" (not "moved to",
# an act of its own, nor "moved higher").
_ACTION_GUARDS["moved"] = (
    r"(?=[^\S\n]+(?:(?:its|the|their)[^\S\n]+)?(?:(?:key|policy|interest|benchmark|overnight)"
    r"[^\S\n]+)*rates?\b)"
)
_ACTION_GUARDS["changed"] = _ACTION_GUARDS["moved"]  # "QCB had last changed its rates in July"
# A government toppled: "deputies toppled his predecessor with a censure motion".
_ACTION_GUARDS["toppled"] = (
    r"(?=[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}?(?:government|cabinet|predecessor|prime\s+minister"
    r"|premier|president|chancellor)\b)"
)
_ACTION_GUARDS["brought down"] = _ACTION_GUARDS["toppled"]
# A lender's review of a programme completed: "The IMF's Executive Board completed the fourth
# review of the program in March" (not "completed the sale").
_ACTION_GUARDS["completed"] = (
    r"(?=[^\S\n]+(?:the|its|a)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?reviews?\b)"
)
# What a chamber votes on ("the bill", "the amendment"), for a vote's result and its agent.
_MEASURES = "bill|measure|motion|resolution|amendment|budget|package|text"
# A vote's tally right after its verb: "passed 5-2", "failed, 41-57", "cleared the bill by
# seven votes to six", "by a vote of 60 votes to 40".
_TALLY_AFTER = (
    r",?\s+(?:by\s+)?(?:\d{1,3}\s*[-–]\s*\d{1,3}\b|(?:a\s+vote\s+of\s+)?\w+\s+votes?\s+to\s+\w+"
    # "passed 51 to 49"
    r"|\d{1,3}\s+to\s+\d{1,3}\b)"
)
TALLY_AFTER = re.compile(_TALLY_AFTER)
ACTION = re.compile(
    r"\b(?:"
    + _COMMUNICATIVE
    + "|"
    + _alt(ACTION_VERBS, _ACTION_GUARDS)
    + r"|surprised\s+(?:markets|investors|economists)"
    # a vote's result with its tally: "The House bill went down 54-46", "The amendment
    # failed, 41-57", "cleared the bill by seven votes to six"
    r"|(?:failed|went\s+down|was\s+defeated|survived|cleared(?:\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?"
    rf"(?:{_MEASURES}))?)"
    + _TALLY_AFTER
    + r"|(?<=['’]s\s)(?:decision|announcement)"
    # a body's last move told as a noun with its day: "Its last increase came on Nov. 29"
    r"|(?:(?<=[Ii]ts\slast\s)|(?<=[Tt]heir\slast\s))(?:increase|hike|cut|reduction|rise)"
    r"(?=\s+(?:came|was|took\s+place)\s+(?:on|in)\b)"
    r"|(?:" + _alt(NOMINALS) + r")\s+(?:\w+\s+){0,3}to\s+(?:" + _alt(NOMINAL_VERBS) + r"))\b"
)
# A vote's tally, and a measure right before the verb of its result ("The House bill went
# down 54-46": the bill's author is not who voted).
TALLY = re.compile(r"\d\s*[-–]\s*\d|\svotes?\s+to\s|\d\s+to\s+\d")
MEASURE_END = re.compile(rf"\b(?:{_MEASURES}|rule)\s*,?\s*$")
POLICY_OBJECT = re.compile(rf"\b(?:{_alt(POLICY_OBJECTS)})\b", re.I)
# (for the lower-cased text: the words of POLICY_OBJECTS are written in lower case)
POLICY_OBJECT_LOWER = re.compile(POLICY_OBJECT.pattern)
_MARKET_WORDS = (  # in any case
    _alt(MARKET_WORDS)
    # "the yuan", "the Indian rupee", "the offshore yuan", "the onshore Chinese yuan"
    + r"|the\s+(?:(?:on|off)shore\s+)?(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?:" + _alt(CURRENCIES) + ")"
    # a power market's prices: "the day-ahead price of electricity", "power prices"
    r"|electricity\s+prices?|power\s+prices?"
    # a futures contract by its delivery month: "The March contract on the Chicago Board of
    # Trade settled up 2 cents", "the front-month contract"
    r"|the\s+(?:(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)|front-month|most-active|benchmark)\s+(?:[\w-]+\s+)?contracts?"
    + "".join(
        rf"|{kind}\s+(?:(?:electricity|power)\s+prices?|price\s+of\s+(?:electricity|power))"
        for kind in ("day-ahead", "spot", "wholesale")
    )
)
# Market indexes by name (grouped by first letter, so that a capital is checked once against
# all names): "the S&P 500", "the Stoxx Europe 600", "the Nikkei 225", "Treasuries".
_MARKET_NAMES = (
    r"S(?:&P\s*500|toxx(?:\s+(?:Europe\s+)?\d+)?|ensex|MI|hanghai\s+Composite"
    r"|henzhen\s+Component|traits\s+Times(?:\s+Index)?)|D(?:ow(?:\s+Jones)?|AX)"
    r"|N(?:asdaq|ikkei(?:\s+225)?|ifty(?:\s+50)?|ZX(?:\s+50)?)|T(?:reasuries|SX|OPIX|opix|aiex|AIEX)"
    r"|FTSE(?:\s+(?:100|MIB))?|CAC(?:\s+40)?|CSI\s+300"
    r"|Euro\s+Stoxx(?:\s+(?:Europe\s+)?\d+)?|Hang\s+Seng|K(?:ospi|OSPI|osdaq|OSDAQ|LCI)"
    r"|Russell\s+2000|VIX|A(?:SX(?:\s+200)?|EX)|I(?:bovespa|BEX(?:\s+35)?|PC)|Bovespa|Merval"
    r"|OMX|OBX|JSE|Tadawul|MSCI\s+(?:World|Emerging|Asia|All)|WTI|West\s+Texas\s+Intermediate"
    r"|EUAs?"
    r"|(?:EUR|USD|GBP|JPY|CHF|CNY|CNH|AUD|NZD|CAD)/[A-Z]{3}\b"  # a currency pair: "EUR/HUF"
    # a country's currency: "Brazil's real", "South Africa's rand" (not "Brazil's real
    # economy", nor "Trump's won")
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+(?:(?:on|off)shore\s+)?(?:"
    + _alt(tuple(c for c in CURRENCIES if c != "won"))
    + r")(?!\s+(?:GDP|economy|wages?|incomes?|estate|interest|terms|effective|growth|value"
    r"|exchange|output|spending|rates?|yields?|returns?|prices?|money|sector|world|bonds?"
    r"|notes?|debt|reserves?|deposits?|loans?|assets?|holdings?|liquidity|peg)\b|-)"
)
MARKET_NOUN = re.compile(rf"\b(?:{_MARKET_NAMES}|(?i:{_MARKET_WORDS}))\b|\bBrent\b")
MARKET_MOVE_PRESENT = re.compile(rf"\b(?:{_alt(MARKET_MOVES_PRESENT)})\b")
MARKET_MOVE = re.compile(
    # ("pc" is a per cent in South Asian papers: "closed 1.07pc lower")
    r"\b(?:" + _alt(MARKET_MOVES) + r"|touched\s+(?:a|an)\s+(?:[\w-]+\s+)?record"
    r"|(?:closed|ended|finished)\s+at\s+(?:a\s+)?(?:[\w-]+\s+)?records?|(?:hit|set)\s+(?:a\s+)?(?:new\s+)?records?"
    r"|(?:is|are|was|were)\s+(?:up|down)\s+(?:by\s+)?(?:(?:another|just|about|nearly|almost|roughly)\s+)?[\d.]+"
    # "opened sharply lower", "opened 1% higher"
    r"|opened\s+(?:(?:sharply|slightly|marginally|modestly|[\d.]+\s*(?:%|percent|per\s+cent|pc))\s+)?"
    r"(?:lower|higher|weaker|stronger)\b"
    # a dealer's quote: "the bonds were quoted at around 45 cents"
    r"|(?:is|are|was|were)\s+quoted\s+(?:at|up|down|higher|lower|firmer|weaker)\b"
    # "the rupee closed largely flat at 286.59"
    r"|(?:closed|ended|finished)\s+(?:largely|broadly|nearly|almost|virtually)\s+(?:flat|unchanged|steady)"
    # "was 0.4 per cent lower at 14:00", "were 1.2% higher"
    r"|(?:is|are|was|were)\s+(?:(?:about|nearly|almost|roughly|just)\s+)?[\d.]+\s*(?:%|percent"
    r"|per\s+cent)\s+(?:higher|lower|up|down|weaker|stronger)\b"
    # "ended Friday at 4.21%", "finished Thursday's regular session up 0.1%", "traded at"
    r"|(?:closed|ended|finished|settled)\s+(?:(?:\w+['’]s\s+)?(?:[\w-]+\s+){0,2}session\s+"
    r"|the\s+(?:day|week|session)\s+|(?:(?:this|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\s+)"
    # ("closed Friday at a record 26,072")
    r"(?:at\s+(?:a\s+(?:new\s+)?record(?:\s+high)?(?:\s+of)?\s+)?(?:[$£€¥]\s*)?\d[\d.,]*"
    r"|(?:just\s+)?(?:up|down|higher|lower)\b|[\d.]+%?\s+(?:up|down|higher|lower))"
    # "closed 289 points, or 0.7%, lower at 39,452.07"
    # (and without its commas: "closed 21.55 points or 0.21 percent lower")
    r"|(?:closed|ended|finished|settled)\s+[\d.,]+\s+points?,?\s+or\s+[\d.]+\s*(?:%|pc\b|percent"
    r"|per\s+cent),?\s+(?:up|down|higher|lower)\b"
    # "closed 1.9% weaker at 4,318 per dollar", "ended 0.4 per cent stronger"
    r"|(?:closed|ended|finished|settled)\s+[\d.]+\s*(?:%|pc\b|per\s*cent|percent)\s+"
    r"(?:weaker|stronger|higher|lower|up|down)"
    r"|(?:is|was|were)\s+(?:buying|fetching)\s+(?:[$£€¥]\s*)?\d[\d.,]*"  # "is buying 77.2 cents"
    r"|traded\s+at|steadied"
    # "The cedi was trading at about GH¢10.45 to the US dollar"
    r"|(?:is|are|was|were)\s+trading\s+(?:at|around|near|up|down|higher|lower)\b"
    # a price quoted at an hour: "Brent crude futures were at $77.20 a barrel at 1000 GMT"
    r"|(?:is|are|was|were)\s+at\s+(?:about\s+|around\s+)?[$€£¥]\s*\d[\d.,]*"
    # "Brent crude was trading at about $117 a barrel last night"
    r"|(?:is|are|was|were)\s+trading\s+(?:at|around|near|above|below)\s+(?:about\s+|around\s+)?"
    r"(?:[$£€¥]\s*)?\d[\d.,]*"
    r"|priced\s+(?:in\s+)?(?:a|an|about|roughly|almost|nearly|no)\s"
    # "posted their biggest one-day gain since June", "posted a third weekly loss"
    r"|posted\s+(?:(?:its|their|a|an|the)\s+)?(?:[\w-]+\s+){0,4}?(?:gains?|loss(?:es)?|declines?|drops?"
    r"|rall(?:y|ies)|advances?)"
    r"|closed\s+(?:up|down|higher|lower)|ended\s+(?:up|down|higher|lower)"
    # "closed 0.3% higher", "closed slightly lower", "ended the day flat", "the session ended"
    r"|(?:closed|ended|finished|settled)\s+(?:the\s+(?:day|week|session)\s+)?"
    r"(?:(?:slightly|sharply|modestly|marginally|about|nearly|roughly|almost|just|more\s+than)\s+)?"
    r"(?:[\d.]+\s*(?:%|pc\b|percent|per\s+cent|points?|basis\s+points?)\s+)?"
    r"(?:up|down|higher|lower|flat|unchanged)\b"
    r"|(?<=session\s)(?:ended|closed)\b"
    # "opened 0.1% higher", "closing up 0.6%", "is trading at 72.45"
    r"|(?:opened|closing|finishing|ending)\s+(?:[\d.]+\s*(?:%|pc\b|percent|per\s+cent)\s+)?"
    r"(?:up|down|higher|lower)\b|trading\s+at\s+(?:[$£€¥]\s*)?\d[\d.,]*"
    r"|(?:finished|ended|closed)\s+(?:the\s+)?(?:day|week|month|year|quarter|[A-Z][a-z]+)\s+with\s+"
    r"(?:a|an)\s+[\d.]+\s*(?:%|pc\b|percent|per\s+cent)\s+(?:drop|gain|rise|fall|decline|loss|advance)"
    r"|edged\s+(?:up|down|higher|lower)|added\s+[\d.,]+\s*(?:points?|%|percent|per\s+cent)"
    # "was little changed at 65.82 US cents", "were flat", "held steady", "ticked higher"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:little|barely|largely|mostly|broadly)"
    r"\s+changed|flat|steady|unchanged|mixed)\b|held\s+steady|ticked\s+(?:up|down|higher|lower)"
    r"|extended\s+(?:its|their)\s+(?:decline|declines|losses|gains|rally|slide)"
    r"|(?:closed|ended|finished)\s+(?:the\s+day\s+)?(?:[\d.]+%?\s+|[\d.]+\s+(?:points?|percent)\s+)?"
    r"(?:up|down|higher|lower))\b"
)
# The market as a group of people: "Traders", "Swaps traders", "Investors", "Bond dealers".
MARKET_PEOPLE = re.compile(r"(?i:(?:[\w-]+\s+){0,2}(?:traders|investors|dealers|brokers))")
# Traders or a market pricing, at the start of a sentence: "Traders had been evenly split
# between ...", "Swaps markets were pricing a 35% chance ...", "Futures traders now put the odds".
MARKET_PEOPLE_PRICING = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?i:traders|investors|dealers|markets|futures|swaps)\s+(?:[\w%.-]+\s+){0,6}?"
    r"(?:pric(?:ed|ing|e)|bets?|betting|odds|chances?|split|wagers?)\b"
)
# The market's pricing of a policy move, opening a sentence: "Swaps traders now see about a
# 35% chance of a cut", "Overnight index swaps implied roughly a 45-per-cent chance of another
# cut", "fed funds futures pointed to about 70 basis points of cuts" (no verb of saying).
MARKET_PRICING = re.compile(
    r"(?:(?:[A-Z][\w-]*|[a-z][\w-]*),?\s+){0,4}?(?i:futures|swaps|traders|markets)\s+"
    r"(?:[\w%.,-]+\s+){0,8}?(?:(?:\d[\d.,-]*|one|two|three)\s*(?:%|-?per[\s-]*cent|percent)"
    r"\s+(?:chance|probability|likelihood)|odds|(?:\d+|about\s+\d+)\s+basis\s+points)\b"
)
# What a market bets on, right before its date: "scaled back bets on a second cut in July",
# "put the odds of a quarter-point cut at the Oct. 27-28 meeting at 90%" (the meeting bet on,
# not the day of the line).
BET_BEFORE = re.compile(
    r"\b(?:bets?|odds|chances?|probability|pric(?:ing|ed)\s+in|expectations?)\s+"
    r"(?:[\w%.’'-]+\s+){0,8}?$"
)
# A figure a market line compares with, right before its date: "up from 48% on Thursday",
# "down from roughly 45% late Tuesday" (the line's own day is another).
FIGURE_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|from|compared\s+with)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+)?"
    r"[$€£¥]?\d[\d.,]*(?:\s*(?:to|-|–)\s*[$€£¥]?\d[\d.,]*)?"  # ("up from $9.95 to $10.95")
    r"\s*(?:%|per\s*cent|percent|bps|basis\s+points)?\s+(?:on\s+|at\s+)?$",
    re.I,
)
# The part of a trading day a market line names: "in early trade", "in morning trading",
# "in afternoon trade" (group 1; "in late trading" names none: the close, or after it).
# A market of the economy, not of finance, before "market": "labor market", "housing market".
ECONOMY_MARKET_BEFORE = re.compile(
    r"\b(?:labou?r|jobs?|housing|property|rental|wet|black|grey|gray|single|internal|domestic"
    r"|car|auto|energy|power|electricity|gas|retail|consumer)\s+$",
    re.I,
)
SESSION_PART = re.compile(r"\bin\s+(early|morning|afternoon)\s+trad(?:e|ing)\b", re.I)
# A part of the day's session that a market line is told by, with no day: "in morning trade",
# "at the midday break", "at the open".
SESSION_NOW = re.compile(
    rf"{SESSION_PART.pattern}"
    r"|\b(?:at\s+the\s+(?:midday|lunch(?:time)?)\s+break|at\s+the\s+open(?:ing\s+bell)?"
    r"|at\s+midday)\b",
    re.I,
)
# What a line cites after "according to" that is data, not someone speaking: "according to
# Lighthouse Bank data", "according to CME Group's FedWatch tool", "according to pricing
# agency data", "according to MarketDesk's analysis of futures pricing".
DATA_SOURCE = re.compile(
    r"\s+(?:[\w&.’'-]+\s+){0,5}?(?:data|tool|analysis|calculations|figures|estimates|pricing)\b"
)
# Verbs of saying proper: a trader who "said" something speaks (not one who "sees" odds).
SPEECH_VERBS = frozenset(
    """said say says told tell tells wrote writes warned warns argued argues noted notes
    added adds explained explains insisted insists cautioned cautions stressed stresses
    predicted predicts""".split()
) | {"according to"}
# A market line whose subject is "It", after a market line: "The euro slipped on Thursday.
# It fell a further 0.4 per cent ..." (the move within two words of the pronoun).
IT_MOVE = re.compile(r"It\s+(?:\w+\s+){0,2}?(?=(?:" + _alt(MARKET_MOVES) + r")\b)")
# A company's shares by its name, at the start of a sentence, with a move and a percentage:
# "Micron Technology fell 4.1% after a downgrade", "Shares of Vexa Corp. rose 2 per cent"
# (not "Inflation rose 3.2%": a figure of the economy is no market).
STOCK_MOVE = re.compile(
    r"(?:Shares\s+of\s+)?(?!(?:Inflation|Unemployment|Output|Exports|Imports|Sales|Payrolls"
    r"|Wages|Prices|Spending|Growth|Production|Revenue|Profits?|Earnings|Income|Employment"
    r"|Consumer|Retail|Home|Housing|Factory|Industrial|Manufacturing|Core|Headline|The)\b)"
    r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}(?:['’]s\s+shares)?"
    # (two companies: "Pfizer and Merck both closed down more than 2%")
    r"(?:\s+and\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}(?:\s+both)?)?"
    # (an aside on the company: "Delta Corp, the country's only listed casino operator,",
    # "EnQuest, which operates the Kraken field,")
    r"(?:,\s+(?:the|a|an|which|whose|its)\s+[^,;:()\n“”\x22]{3,80},)?\s+"
    r"(?:rose|fell|gained|jumped|slid|dropped|climbed|tumbled|sank|surged|lost|declined"
    r"|advanced|slumped|rallied|plunged|soared|added|closed\s+(?:up|down|higher|lower)"
    # ("Constellation Energy, which owns ..., was down about 1%")
    r"|(?:was|were|is|are)\s+(?:up|down))\s+"
    r"(?:(?:about|nearly|more\s+than)\s+[\d.]+\s*(?:%|percent|per\s+cent)|[\d.]+\s*(?:%|percent"
    r"|per\s+cent)"
    # a daily limit hit: "jumped by the 10% daily limit in Shenzhen"
    r"|by\s+(?:the\s+|its\s+)?(?:[\d.]+\s*%\s+)?(?:daily\s+)?limit)"
)
# A timeline entry: a paragraph that starts with its date and a dash or colon ("Feb. 1 — ...",
# "March 4: ..."). Its sentences tell their acts in the present tense, on that date.
# The day that labels a diary's entry: "Monday:", "Today:".
_DAY_LABEL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Tonight):"
TIMELINE_LINE = re.compile(
    # (after a bullet too: "• Aug. 5 — deadline for comments")
    rf"(?m)^(?:[•·▪][^\S\n]+)?"
    # (after its weekday too: "Tue 2 July —", "Wednesday, March 4:")
    r"(?:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[a-z]*\.?,?[^\S\n]+(?=\d|[A-Z][a-z]+\.?\s+\d))?"
    rf"(?:(?:{'|'.join(MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+"
    rf"\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,\s*\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{'|'.join(MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
    rf"(?:\s+\d{{4}})?)"
    # and its hour: "July 20, 12:01 a.m. EDT —"
    r"(?:,?[^\S\n]+\d{1,2}(?::\d\d)?\s*[ap]\.m\.(?:[^\S\n]+[A-Z]{2,4})?)?"
    r"(?:\s*\([A-Z][a-z]+\))?\s*(?:—|–|:|--?)\s+"  # "Feb. 18-19:", "March 9 (Monday):"
    # a diary's or a week-ahead column's day: "Monday: ...", "Today: ..."
    rf"|^{_DAY_LABEL}\s+"
)
#: A forecast's or a target's period right after it: "its growth forecast for | next year",
#: "the deficit target for | 2027" (the period spoken of, not the statement's date).
PERIOD_FOR = re.compile(
    r"\b(?:forecasts?|projections?|outlook|estimates?|targets?|growth|inflation|budget"
    r"|deficit|guidance|statement|plans?|bill|programm?e|prices|tariffs|rates|quotas?"
    r"|allocations?|reports?|reviews?|accounts|results|figures|data"
    # a market's figure over a period: "trimming its loss for the first half of the year"
    r"|loss(?:es)?|gains?|returns?|declines?|performance"
    # (a bill by its name: "the Appropriation Bill for | 2024", "the Budget for | 2025")
    r"|Bill|Budget|Estimates)\s+for\s+(?:the\s+)?$"
)
# A bond's maturity before its month or year: "the notes maturing | in April 2024" (not "due |
# in late May", an event's day).
MATURITY_BEFORE = re.compile(r"\bmaturing\s+$")
# A forecast earlier in the clause, before a year or a quarter: "cut its forecast for
# economic growth | this year", "projected headline inflation to remain manageable | in 2025".
FORECAST_BEFORE = re.compile(
    r"\b(?:forecasts?|projections?|projected|outlook|estimates?)\b[^.;:—–]{0,60}$"
)
# A year that modifies the noun after it: "the 2027 budget bill", "its 2026 spending plan".
YEAR_MODIFIER_AFTER = re.compile(
    r"[^\S\n]+(?!(?:and|or|to|as|when|after|before|but|than|for|from|with|that|which|is|was|will"
    r"|would|has|had|the|a|an|on|in|at|by|of)\b)[a-z][a-z-]+"
    # a title's year: "the 2027 Budget Guidelines Law", "the 2024 Finance Bill"
    r"|[^\S\n]+(?:Budget|Finance|Appropriations|Spending|Tax|Guidelines|Act|Law|Bill|Plan"
    r"|Programme|Program|Strategy|Framework|Estimates)\b"
)
#: A chamber as the object of "passed" or "cleared" ("It passed | the Senate 30-17"): the
#: chamber voted.
CHAMBER_OBJECT = re.compile(
    r"[^\S\n]+(?:the[^\S\n]+)?(?!(?:White|Opera|Court)[^\S\n])((?:[A-Z][\w.'’-]*[^\S\n]+){0,3}(?:House|Senate|Assembly"
    r"|Parliament|Commons|Lords|Legislature|legislature|chamber|Bundestag|Bundesrat|Diet"
    r"|Knesset|Duma|Congress))\b(?![^\S\n]+(?:[A-Z]|bill|vote|floor|version|committee))"
)
#: Support or rejection with its tally: "backed the text last month | by 29 votes to 8",
#: "rejected the plan by a vote of 60-40" (the verb; the tally within 80 characters after it,
#: before a full stop or a semicolon).
TALLIED = re.compile(
    r"\b(?:backed|endorsed|supported|rejected|approved|adopted|defeated|opposed)\b"
    r"(?=(?:[^.;\n]{0,80}?)\bby\s+(?:a\s+(?:vote|margin)\s+of\s+)?\d+\s*(?:votes?\s+)?(?:to|-|–)\s*\d+\b)"
)
#: A document as the subject of a cue: "“...,” the statement said", "the text read".
DOCUMENT_SUBJECT = re.compile(
    r"\b(?:the|its|their)\s+(statement|text|communiqu[eé]|release|letter|memo|filing|minutes)"
    r"\s+(?:said|says|read|reads|added|noted|stated|continued)\b"
)
#: A document named in a statement ("In its statement, ..."), in the lower-cased text.
DOCUMENT_NOUN = re.compile(r"\b(?:statement|communiqu[eé]|press\s+release|letter|memo|filing|minutes)\b")
#: A newsletter's run-in label before the sentence of its paragraph: "The headline: ...",
#: "What's next: ...", "Where it stands: ...", "Moscow's response: ..." (never a name alone,
#: "Powell: ...", which is a headline's speaker, nor a body, "The Council: ...", which is the
#: sentence's topic).
RUN_IN_LABEL = re.compile(
    r"(?:The\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*|(?:What|Where|When|How|Why)(?:['’]s)?(?:\s+[\w'’-]+){1,3}"
    r"|[A-Z][\w'’-]*\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?"
    r"):[^\S\n]+(?=[A-Z“\x22])"
    # a newsletter's lead-in of up to ten words, one in lower case, no past tense and no comma,
    # before a sentence (not a quotation): "The CBE goes big on its first cut since 2020: The
    # Central Bank of Egypt cut ...", "But there's a speed bump: The government raised ..."
    # (not "Three Republicans voted against the bill: ...", a statement of its own)
    r"|[A-Z][\w'’-]*(?=[^:\n]{0,80}?[^\S\n][a-z])"
    r"(?![^:\n]{0,80}?\b(?:[a-z]+(?<!spe)(?<!ne)(?<!fe)(?<!inde)ed|was|were|said|told|wrote)\b)"
    r"(?:[^\S\n]+[\w'’%+-]+){1,9}?:[^\S\n]+(?=[A-Z])"
)
# An editor's label that opens a paragraph, with its own date, before a sentence with a
# subject of its own ("[Update, Friday, July 14: The board turned down ...", "CORRECTION: ..."),
# or a position in a recording ("[19:05] JPS told the regulator ..."): no part of the sentence.
EDITORS_LABEL = re.compile(
    r"\[?(?:Update|UPDATE|Updated|UPDATED|Correction|CORRECTION|Clarification|CLARIFICATION"
    r"|Editor['’]s\s+[Nn]ote|EDITOR['’]S\s+NOTE)\b[^:\n\]]{0,40}:[^\S\n]+(?=[A-Z“\x22])"
    r"|\[(?:\d{1,2}:)?\d{1,2}:\d{2}\][^\S\n]+"
)
# A numbered item's lead phrase and dash, as a briefing opens each item: "1. Petrol up at
# midnight — " (no subject of the sentence after it).
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)][^\S\n]+")
NUMBERED_LEAD = re.compile(r"[^—–\n]{1,60}?[^\S\n]+[—–][^\S\n]+(?=[A-Z“\x22])")
#: The day that opens a diary's entry (one kind of :data:`TIMELINE_LINE`).
DAY_LABEL = re.compile(_DAY_LABEL)
CONDITIONAL = re.compile(rf"^\s*(?:{_alt(CONDITIONALS)})\b")
# A condition that opens a clause, matched where a unit starts: "Unless the co-legislators
# agree on the postponement in time, | the regulation will apply ...".
OPENING_CONDITION = re.compile(rf"\s*(?:{_alt(CONDITIONALS)})\s[^,;:]*,")
# Requests and demands report an act more than words: dated like actions.


def _trie(words: tuple[str, ...]) -> str:
    """``words`` as one alternation shaped like a trie ("call|calls|called" as
    ``call(?:ed|s)?``), which the regular expression engine tries letter by letter instead of
    word by word; the longest word that ends at a word boundary wins. A space matches any
    run of white space."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def verb_forms(entry: str) -> tuple[str, ...]:
    """The forms of a verb entry: base, third person, past, participle ("criticize",
    "criticizes", "criticized", "criticizing"); an entry of several words inflects its first
    ("rail against", "railed against"). :data:`IRREGULAR_VERB_FORMS` gives the forms that
    the spelling rules would get wrong ("think", "thought"; "plan", "planned").
    """
    lemma, _, rest = entry.partition(" ")
    forms = IRREGULAR_VERB_FORMS.get(lemma)
    if forms is None:
        if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
            third = lemma + "es"
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            third = lemma[:-1] + "ies"
        else:
            third = lemma + "s"
        if lemma.endswith("e"):
            past, ing = lemma + "d", lemma[:-1] + "ing"
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            past, ing = lemma[:-1] + "ied", lemma + "ing"
        else:
            past, ing = lemma + "ed", lemma + "ing"
        forms = (third, past, ing)
    tail = f" {rest}" if rest else ""
    return tuple(f"{form}{tail}" for form in (lemma, *forms))


#: An act in the present tense of a timeline entry ("Nov. 20: Commerce opens an inquiry",
#: "ambassadors endorse the list"): the verbs of ``ACTION_VERBS_PRESENT`` and the base and
#: third-person forms of ``TIMELINE_LEMMAS``.
ACTION_PRESENT = re.compile(
    r"\b(?:"
    + _alt(
        (
            *ACTION_VERBS_PRESENT,
            *(form for entry in TIMELINE_LEMMAS for form in verb_forms(entry)[:2]),
        )
    )
    + r")\b"
)

_STANCE_LEMMAS = (*JUDGEMENT_LEMMAS, *SUPPORT_LEMMAS, *MIND_LEMMAS, *TOPIC_LEMMAS, *SPEECH_LEMMAS)
# (the participles of speech are cues of their own, ``speakers.CUE``: "saying", "noting")
_STANCE_FORMS = tuple(
    form
    for entry in _STANCE_LEMMAS
    for form in verb_forms(entry)[1:]
    if entry not in SPEECH_LEMMAS or not form.split()[0].endswith("ing")
)
#: The base forms of the stance verbs ("criticize", "want"): a verb only after a plural
#: subject or an auxiliary ("Republicans want ...", "Diaz would oppose ..."), else maybe a
#: noun ("the Diaz plan").
STANCE_BASE_FORMS = frozenset(entry.split()[0] for entry in _STANCE_LEMMAS)
# A verb of stance ("accused", "wants", "endorsed", a poll "found"; not "so-called"), in the
# forms of STANCE_VERBS and of the lemma families.
STANCE = re.compile(
    rf"(?<!-)\b(?:{_trie(tuple(dict.fromkeys((*STANCE_VERBS, *_STANCE_FORMS, *_STANCE_LEMMAS))))})\b"
)
# A verb of speech or stance in a headline's title case, third person: "Ruiz Says Rates Will
# Rise", "Diaz Slams Delay", "Senate Leader Backs Deal".
HEADLINE_CUE = re.compile(
    r"(?<=\s)(?:"
    + "|".join(
        dict.fromkeys(verb_forms(lemma)[1].title().replace(" ", r"\s+") for lemma in _STANCE_LEMMAS)
    )
    + r")(?=\s)"
)
# A headline that opens with a name and a colon: "Ana Ruiz: Rates Will Stay High".
HEADLINE_COLON = re.compile(r"([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3}):[^\S\n]+\S")
# A dash after a quotation that signs it: "“We will hold.” — Ana Ruiz".
DASH_SOURCE = re.compile(r"[^\S\n]*[—–][^\S\n]*|[^\S\n]+--?[^\S\n]+")
# A document as the subject of a verb of saying, with what names or dates it between them:
# "The statement said", "The minutes of the July meeting, released last Wednesday, showed",
# "the bank's policy statement noted" (the document in ``doc``, the verb in ``verb``).
#: The documents of ``DOCUMENT_SPEAKS`` (in lower case, every match holds one of these).
DOCUMENT_SPEAKS_WORDS = (
    "statement", "minutes", "release", "communiqué", "communique", "notice", "filing", "summary",
    "accounts", "record", "decree", "circular", "notification",
)
DOCUMENT_SPEAKS = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?P<doc>{'|'.join(DOCUMENT_SPEAKS_WORDS)})"
    # an agency's figures by its initials, released on a day: ", PSA data released on Aug. 8
    # showed" (not the figures alone: "Inflation rose in July, PSA data showed")
    r"|(?P<owner>[A-Z][A-Z&]{1,6})\s+(?:data|figures|statistics)(?=\s+(?:released|published)\s))"
    r"(?:\s+of\s+[^,.;\n]{1,60}?)?(?:,\s+(?:[^,;.\n]|\.(?!\s)){1,80},|\s+(?:released|issued|published)"
    # (a month's abbreviation may stand in it: "released on Aug. 8")
    r"\s+(?:[^,.;\n]|\.(?=\s\d)){1,40}?)?"
    r"\s+(?P<verb>said|says|showed|shows|noted|notes|stated|states|argued|warned|added"
    r"|revealed|indicated)\b"
)
# A committee that sets policy, by its name: "Monetary Policy Committee", "Federal Open Market
# Committee", "Policy Board" (the one whose meetings have minutes).
POLICY_COMMITTEE = re.compile(
    r"\b(?:[A-Z][\w-]*\s+){0,2}(?:Monetary|Policy|Market)\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:Committee|Board|Council)\b"
)
# A meeting's record before the meeting's date: "minutes of the March 17-18 meeting".
RECORD_OF_BEFORE = re.compile(r"\b(?:minutes|accounts|record|summary)\s+of\s+(?:the|its|this|last)\s+$")
# A sitting's start with its hour: "Question period began at 2:07 p.m.", "The hearing opened at
# 9 a.m. on Monday" (the time expression right after the match).
SITTING_BEGAN = re.compile(
    r"\b(?:[Qq]uestion\s+(?:[Pp]eriod|[Tt]ime)|(?:Prime|First)\s+Minister['’]s\s+Questions"
    r"|[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?:sitting|debate|hearing|session|press\s+conference"
    r"|news\s+conference|briefing|testimony|proceedings))"
    # (", which began, as it always does on a Thursday, at noon")
    r"(?:,\s+which)?\s+(?:began|opened|started|resumed|convened|got\s+under\s+way)"
    r"(?:,[^,.;\n]{1,50},)?\s+(?=at\s+(?:\d|noon|midday)|on\s+[A-Z])"
)
# A lead that reports a gathering where many speak in turn: a debate, a council's meeting, a
# summit ("faced off ... in the last televised debate", "The Security Council this morning
# extended ...").
GATHERING_LEAD = re.compile(
    r"\b(?:faced\s+off|debated|clashed|(?:televised|TV|leaders['’]|presidential|party\s+leaders['’])"
    r"\s+debate|[Ss]ecurity\s+Council|[Gg]eneral\s+Assembly|summit|plenary|town\s+hall)\b"
)
# A byline on a line of its own, with a title or a courtesy before the name and a party or a
# place after it: "By Rep. Harlan J. Voss (R-Roundup)", "By Ana Ruiz" (group 1: the name).
BYLINE = re.compile(
    r"^By[^\S\n]+(?:(?:Rep|Sen|Gov|Dr|Prof|Mr|Mrs|Ms|Cllr|Councillor|Senator|Representative)"
    r"\.?[^\S\n]+)?([A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|de|van|von|da|del)){1,3})"
    r"[^\S\n]*(?:\([^)\n]*\))?[^\S\n]*$",
    re.M,
)
# When an interview was recorded, as a podcast's or a broadcast's page says: "The conversation
# was recorded at the regulator's offices on Tuesday afternoon", "This interview was conducted
# on Monday" (the time expression after it, in its sentence).
RECORDED_ON = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:conversation|interview|episode|discussion|podcast"
    r"|programme|program|show)\s+(?:was|has\s+been)\s+(?:recorded|taped|conducted|filmed)\b"
)
# A dateline with a weekday for its date, as a digest heads each item: "KAMPALA, Tuesday —",
# "NAIROBI, Thursday -" (the weekday in group 1).
DATELINE_WEEKDAY = re.compile(
    r"[A-Z][A-Z .’'-]{1,30}(?:,[^\S\n]+[A-Z][A-Za-z .]{1,20})?,[^\S\n]+"
    r"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)(?=\.))"
    r"\.?[^\S\n]*(?:[—–]|--?)[^\S\n]"
)
# A heading over what is to come: "THE WEEK AHEAD", "Coming up", "What's next", "Diary".
LOOK_AHEAD_HEADING = re.compile(
    r"(?i)(?:the\s+)?(?:week|days|month|year)\s+ahead|coming\s+up|what['’]s\s+(?:next|ahead)"
    r"|looking\s+ahead|next\s+week|(?:the\s+)?diary|(?:the\s+)?calendar|what\s+to\s+watch"
    r"(?:\s+for)?|upcoming(?:\s+events)?"
)
# The label of a social-media post on a line of its own, the post under it: "Office of the
# Prime Minister (@PrimatureRwanda), 9:31 p.m.:" (who posted in ``who``).
POST_LABEL = re.compile(
    r"[^\S\n]*(?P<who>[^\n()@]{2,120}?)[^\S\n]*\(@[\w.]{1,30}\)(?:,[^\S\n]*[^\n]{1,40}?)?"
    r"[^\S\n]*:[^\S\n]*"
)
# A speaker's label in capitals on a line of its own, the statement under it, as a wire's
# key-quotes sidebar prints them: "* EU TRADE COMMISSIONER ANA RUIZ, in a statement on
# Monday:" (who in ``who``, in capitals).
SPEAKER_LABEL = re.compile(
    r"[^\S\n]*(?:[*•·][^\S\n]+)?(?P<who>[A-Z][A-Z0-9’'.&-]*(?:[^\S\n]+[A-Z0-9’'.&-]+){1,10})"
    r"(?:,[^\n]{0,200}?)?[^\S\n]*:[^\S\n]*"
)
# A broadcast script's cue that names who speaks in the sound bite under it: "[SOT | SUPER:
# Dr. Ana Ruiz, Minister of Finance]" (who in ``who``).
SUPER_LABEL = re.compile(
    r"[^\S\n]*\[[^\]\n]*?\bSUPER:[^\S\n]*(?P<who>[^,\]\n]{2,80}?)(?:,[^\]\n]*)?\][^\S\n]*"
)
# A bare verb of speech opening a line under a speaker's label: "Said EU exports had fallen",
# "Called the duties ...".
LABELLED_CUE = re.compile(r"(?:Said|Says|Called|Calls|Told|Urged|Warned|Added|Argued|Wrote)\b")


def last_match(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[:end]`` (the one named last before ``end``)."""
    found = None
    for found in pattern.finditer(text, 0, end):  # noqa: B007 (the last one is kept)
        pass
    return found


def label_line(text: str, start: int) -> re.Match[str] | None:
    """The label that makes the line at ``start`` ("Ana Ruiz (@AnaRuizMP), 3:30 p.m.:", "* EU
    TRADE COMMISSIONER ANA RUIZ, on Monday:"), whole, or None."""
    end = text.find("\n", start)
    if end < 0 or text[start:end].rstrip()[-1:] != ":":
        return None
    if text.find("(@", start, end) >= 0:
        return POST_LABEL.fullmatch(text, start, end)
    return SPEAKER_LABEL.fullmatch(text, start, end)


# A verb of reply or of posting that may report no words: "responded within hours",
# "answered that question", "posted her own estimate", "reacted swiftly".
REPLY_ALONE = re.compile(r"(?:responded|answered|replied|reacted|posted|commented)\b")
# A paragraph that signs the quotation above it: "— Ana Ruiz, finance minister, on Tuesday".
SIGNATURE_LINE = re.compile(r"(?:[—–]|--?)[^\S\n]*(?=[A-Z])")
# The break between a quotation and the signature line under it.
SIGNATURE_BREAK = re.compile(r"[^\S\n]*\n\s*(?:[—–]|--?)[^\S\n]*")
# A passive before a verb: "what's called ...", "was backed by ...".
PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|get|got)|['’]s)\s+(?:\w+ly\s+)?$"
)
# An auxiliary before a verb's base form: "Republicans will oppose", "Diaz did not endorse",
# "refused to criticize" (adverbs between them too).
AUXILIARY_BEFORE = re.compile(
    r"\b(?:to|will|would|could|should|can|may|might|must|did|does|do|shall|['’]ll|['’]d)"
    r"(?:\s+(?:not|n['’]t|\w+ly|also|even|still|never|only|just|again))*\s+$|n['’]t\s+$"
)
# What makes a participle the subject's verb: a form of "be" (a progressive, "Diaz is
# seeking"), a verb before it ("avoids discussing", "kept criticizing"), or "by", "while",
# "after", ... ("opened by talking about").
GERUND_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|been|be|am|kept|keeps|began|begun|by|while|in|after|before"
    r"|without|[a-z]+(?:s|ed))|['’](?:s|re|m))(?:\s+(?:not|\w+ly|also|still|now|again))*\s+$"
)
# A participle after a comma (or "and", "but"), as an adjunct of the sentence's subject: "Diaz
# endorsed Ruiz, urging voters to ...", "describing the plan but insisting ...".
ADJUNCT_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?$")
# A preposition right before a noun phrase, which is then no subject ("of African members").
PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|in|for|from|with|by|at|on|to|among|about|against|between|over|under)\s+(?:the\s+)?$"
)
# The characters that end a sentence, or a title that is one ("Diaz Says Rates Will Rise.").
TITLE_ENDS = frozenset(".!?\"”’'")
# The words of a headline whose case tells title case (four letters or more: "of", "to",
# "the" are written in lower case there too).
TITLE_WORD = re.compile(r"\b[^\W\d_][\w’'-]{3,}")
# A that-clause after a verb ("hinted that the cuts ...", not the relative "that is"), within
# the first COMPLEMENT_SPAN characters of a unit, where its subject's verb stands. (A
# to-infinitive says what the subject means to do only after a verb of intention, "plans to",
# "vowed to": those are in the stance lexicon; "is poised to", "continues to" are not.)
COMPLEMENT = re.compile(r"\sthat\s(?!(?:is|was|were|are|has|had|have|would|will|can|could)\b)")
COMPLEMENT_SPAN = 160
# The finite verb right before it, adverbs aside: "hinted", "warns", "is betting" (a word in
# -ed or -s, a progressive, or an irregular past).
FINITE_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}(?:ed|s)|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))[a-z]{3,}ing|thought|knew|felt|swore"
    r"|meant|wrote)(?:\s+(?:\w+ly|not|also))*\s*$"
)
# The most words before the subject of a sentence that it still opens ("On Sunday, Diaz").
OPENING_WORDS = 4
# An apposition that names the subject's party, state or office, set off by commas ("Sen. Bo
# Diaz, Republican of Ohio, has talked about ...", "Ann Lo, leader of the opposition Labour
# Party, accused ..."): no words between a subject and its verb.
APPOSITION = re.compile(
    r",\s+(?:[A-Z]|(?:[a-z-]+\s+){0,2}(?:"
    + _alt(tuple(sorted(ROLE_NOUNS, key=len, reverse=True)))
    + r")\b)[^,;:“”\x22]{0,60},"
)
# The most words between a stance's subject and its verb, past the subject's own words
# ("Ruiz has long opposed", "Sen. Bo Diaz on Tuesday endorsed").
STANCE_GAP = 6
# The most words between them when the verb is a later one of the subject's predicate, and
# how it is linked to what comes before ("went on television to criticize", "opened by
# talking about", "overturned the ruling and sided with", "avoids discussing"): no clause of
# its own comes between (no comma, quotation, "that", "who", "because", ...).
PREDICATE_GAP = 12
PREDICATE_LINK = re.compile(
    r"^(?:(?![,;:()“”\x22]|\b(?:that|which|who|whom|whose|because|although|though|if|when"
    r"|while|whether|where|unless|since|after|before|as|so|than|said|says)\b).)*"
    r"(?:\b(?:to|and|by|or|but|[a-z]+(?:s|ed))|\w+\s+(?=\w+ing$))\s+$",
    re.S,
)
REQUEST = re.compile(r"asked|demanded|called\s+(?:on|for)\b")
# The present perfect before a cue ("has long argued"): a remark tied to no occasion.
PERFECT = re.compile(r"\b(?:has|have)\s+(?:long\s+|repeatedly\s+|also\s+|since\s+)?$")
# An event announced inside reported speech: "X said the committee will vote next week",
# "X said he would raise tariffs on Friday".
NESTED_SCHEDULED = re.compile(
    r"\b(?:will|would|(?:is|are|was|were)\s+(?:still\s+)?(?:expected|scheduled|set|due|going)\s+to"
    r"|plans?\s+to|planned\s+to)\s+(?:also\s+|soon\s+|then\s+)?(?:" + _EVENT_VERBS + r")\b"
)
# A date that bounds an announced act rather than dating it: "would lower its rate from next
# Monday", "would be completed by Sept. 1", "hoped to reach an understanding before July 6".
BOUND_BEFORE = re.compile(
    r"\b(?:by|before|until|till|through|after|ahead\s+of|from|since|starting|beginning)\s+$", re.I
)
# The close of a comment period, right before its date: "will accept public comments on the
# rules until Dec. 10", "could comment on the list through July 31", "has until July 14 to".
COMMENT_DEADLINE_BEFORE = re.compile(
    r"\bcomments?\b(?:\s+(?!(?:and|but)\b)[\w,’'-]+){0,10}?\s+(?:until|through)\s+$"
    r"|\b(?:will\s+)?ha(?:s|ve)\s+until\s+$"
)
NESTED_WORDS = ("will", "would", "plan", "expect", "scheduled", "set", "due", "going")

# -- units and attribution ------------------------------------------------------------------
# ", and the Kremlin said today ...": a second clause with its own subject and verb.
# ", and he said", ", but Ruiz said", "... while Diaz suggests ...": a second clause.
# a title in lower case before a name: ", and governor Ann Lo warned ..."
_LOWER_TITLE = r"(?:" + _alt(tuple(sorted(ROLE_NOUNS, key=len, reverse=True))) + r")\s+(?=[A-Z])"
# A body's kind in lower case before its name: "industry lobby CII", "trade group ABC".
_LOWER_BODY = r"(?:[a-z]+\s+)?(?:lobby|group|body|association|federation)\s+(?=[A-Z])"
# One who speaks for a body unnamed: "a company spokesperson", "a ministry official".
_UNNAMED_SPEAKER = (
    r"an?\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|official)\s+(?=(?:also\s+)?(?:said"
    r"|told)\b)"
)
AND_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but)|,?\s+while)\s+(?=(?:the\s+)?[A-Z]|(?:he|she)\s|" + _LOWER_TITLE
    # a group of people: ", and a group of U.S. senators introduced a bill"
    + r"|an?\s+(?:bipartisan\s+)?group\s+of\s"
    # a body's kind in lower case before its name: ", and industry lobby CII said"
    + r"|" + _LOWER_BODY
    # an unnamed spokesperson or official: ", and a company spokesperson said Friday evening"
    + r"|" + _UNNAMED_SPEAKER + ")"
)
AND_HINT = re.compile(r",\s+(?:and|but)\s|\swhile\s")  # the start of every match of AND_CLAUSE
# AND_HINT's alternatives on their own, each opening with a literal that the regular expression
# engine skips to: ", and " or ", but ", and "while " one character after where "\swhile\s"
# starts (document.and_hint_starts merges their matches as AND_HINT.finditer finds them).
AND_HINT_PARTS = (re.compile(r",\s+(?:and|but)\s"), re.compile(r"while(?<=\swhile)\s"))
CLAUSE_SUBJECT = re.compile(
    r"(?:he|she)\s+(?:also\s+|later\s+)?|(?:the\s+)?(?:" + _LOWER_TITLE + "|" + _LOWER_BODY + r")?"
    # ("OPEC+ meets", "Committee on Medicaid", "Central Bank of the UAE")
    r"(?:[A-Z][\w’'&.+-]*\s+(?:(?:of|on|for)\s+(?:the\s+)?)?){1,7}"
    # ("a group of U.S. senators introduced")
    r"|an?\s+(?:bipartisan\s+)?group\s+of\s+(?:[A-Z][\w.’'-]*\s+){0,2}[a-z]+s\s+"
    r"|" + _UNNAMED_SPEAKER
)
# People by a plural noun, or a body's minutes, as the subject of a second clause that
# announces an event: ", and leaders are expected to discuss the package on 19-20 March",
# ", and the minutes of this week's meeting are due on 19 May".
CLAUSE_GROUP_SUBJECT = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:[A-Z][\w’'&.-]*\s+|[a-z][a-z-]*\s+){0,3}?(?:"
    + "|".join(n.lower() for n in GROUP_NOUNS)
    + r"|minutes|accounts|businesses|companies|firms|exporters|importers|employers|lenders"
    r"|banks|households|consumers"
    # workers and their organisations: ", and the unions will hold a strike on September 18"
    r"|unions|federations|confederations|farmers|workers|teachers|doctors|nurses|truckers"
    r"|drivers|dockworkers|miners|employees|staff|movements|groups|parties"
    # a body in lower case: ", and the monetary-policy committee meets again next month"
    r"|committee|board|council|panel|court|commission|parliament|assembly|cabinet)"
    r"\s+(?:of\s+(?:[\w’'-]+\s+){1,4}?)?(?=(?:are|is|will|have|meets|votes|decides)\s)"
)
# The event such a clause announces: "are expected to discuss", "are due to be published".
GROUP_EVENT = re.compile(
    r"(?:are|is)\s+(?:expected|scheduled|set|due|slated)\s+(?:to|for|on|in)\b"
    r"|will\s+(?:be\s+(?:published|released|held)|meet|discuss|vote|decide|announce|hold|stage"
    r"|strike|march|protest|rally|walk\s+out)\b"
    # a strike or a protest called for a day to come: ", and the eight main trade unions have
    # called a day of strikes ... on September 18"
    r"|(?:have|has)\s+(?:also\s+)?called\s+(?:for\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:strikes?"
    r"|walkouts?|protests?|demonstrations?|blockades?|boycotts?|marches|rall(?:y|ies)"
    r"|day\s+of\s+(?:action|strikes?|protests?|mobili[sz]ation))\b"
    r"|(?:meets|votes|decides)\b"
    r"|(?:will\s+)?have\s+until\b"
)
WORD = re.compile(r"\w+")
_SUBORDINATORS = _alt(SUBORDINATORS)
# A subordinate clause before an action verb: its own subject acts ("came after the Fed raised").
# (and a country's office: "after the Mexican president | sent the agreement to the Senate")
_OFFICE_AFTER_NAME = (
    r"(?:(?:president|prime\s+minister|chancellor|premier|(?:[a-z]+\s+)?(?:minister|secretary)"
    r"|chair|chairman|chairwoman|governor)"  # ("after the Fed chair said yesterday")
    r"\s+(?:(?:yesterday|today|also)\s+)?)?"
)
SUBORDINATE = re.compile(
    # (and "as": "Teachers stayed away from classrooms yesterday as the Guyana Teachers' Union
    # (GTU) began an indefinite strike", the union's act)
    rf"\b(?:{_SUBORDINATORS}|as)\s+(?=(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){{1,5}}"
    rf"(?:\([A-Z][\w.&-]*\)\s+)?{_OFFICE_AFTER_NAME}$"
    # (or a named owner's body in lower case: "after the European Union's highest court today
    # ruled against the company")
    r"|(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+(?:[a-z-]+\s+){0,2}"
    r"(?:court|bank|government|parliament|cabinet|regulator|ministry|commission|council"
    r"|committee|watchdog|tribunal|agency|legislature|senate|assembly)\s+"
    r"(?:(?:today|yesterday|late|earlier|also)\s+)?$)"
)
# The same before a cue, with a body's longer name: "The visit comes after the department's
# Bureau of Industry and Security (BIS) said ...": the clause's subject speaks.
SUBORDINATE_SPEAKER = re.compile(
    rf"\b(?:{_SUBORDINATORS})\s+(?=(?:the\s+)?(?:[\w-]+['’]s\s+)?[A-Z][\w.&-]*"
    r"(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[A-Z][\w.&-]*){0,5}\s+(?:\([A-Z][\w.&-]*\)\s+)?"
    # (and a country's office: "after the United States president announced ...")
    + _OFFICE_AFTER_NAME
    + r"$"
    # or a named body's head: "The package came two days after Ofgem's chief executive told"
    r"|(?:the\s+)?[A-Z][\w.&-]*['’]s\s+(?:chief\s+executive|managing\s+director|governor"
    r"|chairman|chairwoman|chair|president|director[\s-]general|secretary[\s-]general)\s+$)"
)
# A cue inside a subordinate clause after the main clause: "..., after Trump threatened".
SUBORDINATE_CUE = re.compile(
    r",[”\x22’]?\s+(?:\w+\s+){0,3}(?:" + _SUBORDINATORS + r")\s+"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,4}$"
    # a concession with a pronoun: "kept its rate at 0.5 percent on Sept. 6, though it said
    # it still expected to raise it"
    r"|,\s+(?:even\s+)?(?:though|although)\s+(?:it|he|she|they)\s+(?:\w+ly\s+)?$"
    # a relative clause inside a participle's clause after the main clause: "..., escalating a
    # trade row that Seoul says is retaliation"
    r"|,\s+[a-z]+ing\s+(?:[\w’'-]+\s+){1,5}?(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,3}$"
    # an apposition's relative clause after the main clause: "..., a measure that investors
    # and the central bank said they had not seen coming"
    r"|,\s+an?\s+(?:[a-z][\w-]*\s+){1,3}that\s+(?:[\w’'-]+\s+){1,6}$"
)
# A nominal action ("decision ... to impose") is taken by its possessor: "The president's".
_NOMINAL = r"[’']s\s+(?:" + _alt(NOMINALS) + r")\b"
NAMED_POSSESSOR = re.compile(
    r"(?:^|\s)((?:the\s+|The\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)" + _NOMINAL
)
POSSESSOR = re.compile(r"(?:^|\s)((?:the\s+|The\s+)?[\w ]+?)" + _NOMINAL)
BY = re.compile(r"\s+by\s+")
# A scheduled event named by a possessive noun phrase: "The council's next meeting will be
# held on ...", "Saudi Arabia's extra cut will take effect on ...": the possessor acts.
POSSESSIVE_EVENT = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w&.+-]*\s+){0,3}[A-Z][\w&.+-]*|(?:[a-z]+\s+)?[a-z]+)['’]s"
    r"\s+(?:[\w+-]+\s+){1,5}$"
)
_EVENT_NOUNS = _alt(EVENT_NOUNS)
# The same with a name as a modifier: "The next full OPEC+ ministerial meeting will be held".
MODIFIER_EVENT = re.compile(
    r"\s*[Tt]he\s+(?:(?:" + _alt(EVENT_MODIFIERS) + r")\s+)*"
    r"([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})\s+(?:[a-z-]+\s+){0,3}(?:" + _EVENT_NOUNS + r")\s+$"
)
# An event and its date joined by a copula: "The central bank's decision is due Thursday",
# "The council's next meeting is on June 5".
EVENT_COPULA = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w&.+-]*\s+){0,3}[A-Z][\w&.+-]*|(?:[a-z]+\s+)?[a-z]+)['’]s\s+"
    r"(?:[\w+-]+\s+){0,4}(?:" + _EVENT_NOUNS + r")\s+(?:is|are|will\s+be)\s+"
    r"(?:(?:due|set|scheduled|slated|expected)\s+)?(?:(?:on|for)\s+)?"
)
# An act in a clause of time after a statement's verb: "..., a day after President Ana Ruiz
# threatened to ...", "three weeks after the Commission tabled it on 28 April", "hours after
# Democrats blocked the bill" (the gap, when it says one, is ``gap``).
AFTER_ACT = re.compile(
    r"\b(?:(?P<gap>(?:a|an|the|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)"
    r"|(?:just\s+|only\s+)?(?:hours|minutes|shortly|moments))\s+)?after\s+(?=[A-Z]|the\s)"
)
# A relative clause that opens with its verb after a speaker in commas: "Ana Ruiz, who
# proposed ...", "Fitch, which placed ..." (group 1 starts at the relative pronoun).
RELATIVE_ACT = re.compile(r",\s+((?:who|which)\s+(?:also\s+|first\s+|had\s+|has\s+)?)")
# Acts of such a clause besides ``ACTION``'s, and objects besides the policy objects: "who
# proposed the package", "which placed the rating on watch".
RELATIVE_ACT_VERB = re.compile(r"(?:proposed|placed|put|announced|unveiled|won)\b")
RELATIVE_ACT_OBJECT = re.compile(r"\b(?:ratings?|outlook|nomination|election|race)\b")
# "The next Monday meeting": a date, not an agent.
CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTHS))

# -- speakers -------------------------------------------------------------------------------
# A sentence that introduces a person as its subject: "Sen. Bob Corker ... was more cautious.",
# "Prime Minister Anna Lind struck a softer tone."
_INTRODUCTION_VERB = r"(?:" + _alt(INTRODUCTION_VERBS) + r"|[a-z]{3,}ed)\b"
# A caption's present tense: "Martine Dufresnoy, general secretary of the union, speaks to
# strikers.", "The prime minister arrives for a news conference."
_CAPTION_VERB = r"(?:speaks|leads|arrives|addresses|meets|visits|greets|walks|talks|joins)\b"
INTRODUCTION_VERB_SCAN = re.compile(rf"\s(?:{_INTRODUCTION_VERB}|{_CAPTION_VERB})")
INTRODUCTION = re.compile(
    rf"\s*((?:[A-Z][\w.’'-]*,?\s+)(?:[\w.’'-]+,?\s+){{0,12}}?)(?:{_INTRODUCTION_VERB}"
    # a caption's present tense after a name in commas: "Martine Dufresnoy, general secretary
    # of the union, speaks to strikers."
    rf"|(?<=,\s){_CAPTION_VERB})"
)
# ... or a role the article has given someone: "At the press conference that followed, the
# governor fielded repeated questions." (the role noun in group 1)
ROLE_INTRODUCTION = re.compile(
    r"(?:^|,\s+)[Tt]he\s+(?:[a-z]+\s+)?("
    + _alt(tuple(sorted(ROLE_NOUNS, key=len, reverse=True)))
    + rf")\s+(?:\w+ly\s+)?(?:{_INTRODUCTION_VERB}|{_CAPTION_VERB})"
)
# A proper name with a generic head noun: "OPEC+ group", "G7 bloc".
GENERIC_HEAD = re.compile(rf"^([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*)*)\s+({_alt(GENERIC_HEADS)})$")
# Head nouns of bodies that a later "the ministry", "the bank", "the group" refers back to.
BODY_WORD = re.compile(
    r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in BODY_WORDS) + r")\b"
)

# A lead that reports a hearing: "told lawmakers on Tuesday", "testified", "told the Senate
# Banking Committee": the members' remarks after it are of that hearing.
HEARING = re.compile(
    r"\b(?:testif(?:ied|ying)|told\s+(?:lawmakers|legislators|senators|members\s+of\s+Congress"
    r"|the\s+(?:panel|committee|subcommittee)|(?:a|the)\s+(?:House|Senate)\b))"
)

# A noun of expectation and its "that" before a future act: what markets or people expect,
# not an event anyone announced ("strengthening expectations that the Bank will cut ...").
EXPECTATION_THAT = re.compile(
    r"\b(?:expectations?|bets?|hopes?|fears?|speculation|concerns?|worries|predictions?"
    r"|forecasts?|wagers?)\s+that\b"
)

# The day a measure takes effect, right before its date: "effective April 1", "starting Dec.
# 16", "beginning on Jan. 1" (and the words every match holds, for a quick test).
EFFECTIVE = re.compile(r"\b(?:effective|starting|beginning)\s+(?:(?:on|from)\s+)?")
EFFECTIVE_WORDS = ("effective", "starting", "beginning")

# A body's next policy meeting with its date, wherever the article mentions it: "at its next
# meeting, on Sept. 15-16", "the Bank of Canada's next interest rate announcement, on Oct.
# 28", "The Governing Council next sets rates on 29 October" (the date follows; the owner is
# group 1: a possessive, "its", "their" or "the", or the subject before "next ... sets").
_MEETING_OWNER = r"(?:the\s+)?(?:[A-Z][\w.&+’'-]*\s+(?:of\s+)?){0,4}[A-Z][\w.&+-]*['’]s"
NEXT_MEETING = re.compile(
    rf"\b({_MEETING_OWNER}|[Ii]ts|[Tt]heir|[Tt]he)\s+next\s+"
    r"(?:(?:regular|scheduled|full|policy|rate|rate-setting|interest[- ]rate|monetary[- ]policy"
    r"|policy-setting|two-day|[A-Z]{2,5})\s+){0,3}"
    r"(?:meeting|decision|announcement|review|rate\s+decision)\b"
    # (the owner's words on one line, none ending a sentence: not "on Friday.\n\nThe Council")
    r"|\b((?:[Tt]he[^\S\n]+)?(?:[A-Z][\w.&+-]*(?<![a-z]\.)[^\S\n]+){0,3}[A-Z][\w.&+-]*)\s+next\s+"
    r"(?:meets|sets\s+(?:interest\s+)?rates|decides\s+on\s+(?:interest\s+)?rates)\b"
)
# What every match of NEXT_MEETING holds, in lower case (a quick scan of ``Document.low``).
NEXT_MEETING_HINT = re.compile(
    r"next\s+(?:[\w-]+\s+){0,3}?(?:meeting|decision|announcement|review|meets|sets|decides)\b"
)
# What may stand between NEXT_MEETING and its date: ", on", " is on", " is scheduled for".
MEETING_DATE_GAP = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:is|will\s+be)\s+)?(?:(?:scheduled|set|due)\s+(?:for|on)\s+)?(?:on\s+)?"
)
# The owner and the tail of a meeting whose date stands inside the phrase: "at the Fed's Oct.
# 27-28 meeting" (the owner ends right before the date, the tail follows it).
MEETING_OWNER_BEFORE = re.compile(rf"(?:{_MEETING_OWNER}|[Ii]ts|[Tt]heir)\s+$")
MEETING_TAIL = re.compile(
    r"\s+(?:(?:policy|policy-setting|rate-setting|monetary[- ]policy|two-day)\s+)?meeting\b"
)
# The last body before a meeting whose owner is "its", "their" or "the": "the committee",
# "the board", a name of ``INSTITUTIONS``'s kind or an acronym ("the ECB", "the BOJ").
MEETING_BODY = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?:[A-Z][\w.&+-]*\s+(?:of\s+)?){0,4}"
    r"(?:Committee|Board|Council|Bank|Reserve|Fed|Commission)(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?"
    r"|(?:committee|board|council|central\s+bank|bank)|[A-Z]{2,5}\+?)(?![\w.])"
)

# -- dating ---------------------------------------------------------------------------------
FINITE = re.compile(rf"\b(?:{_alt(FINITE_VERBS)})\b")
THAT = re.compile(
    rf"\bthat\b(?!\s+(?:{_alt(THAT_NOUNS)})\b)|"
    rf",\s+(?:{_alt(REPORTING_PARTICIPLES)})\b"
)
# The day a speaker names as the day of speaking, inside a direct quotation, unless a future
# verb comes before it.
SAID_TODAY = re.compile(r"(?i:today|this\s+(?:morning|afternoon|evening))")
FUTURE_BEFORE = re.compile(r"\b(?:will|shall|going\s+to|expect|plan|hope)|['’]ll\b", re.I)
# "since December" starts a period; it does not date the event of its sentence.
SINCE = re.compile(r"(?:^|\b)since\s*$", re.I)
# "until March", "to the end of 2024": the end of a period, not the date of the event.
UNTIL = re.compile(
    # (the month's "of" may be the time expression's own: "to the end | of September")
    r"\b(?:until|till|through|(?:to|through|until|till)\s+the\s+(?:end|middle)(?:\s+of)?)\s+$",
    re.I,
)
UNTIL_ENDS = ("l ", "h ", "f ", "d ", "e ", "L ", "H ", "F ")
# An inverted cue: "..., said Rep. Jane Doe (D., Conn.), the top Democrat, on Sunday".
INVERTED = re.compile(r"\s+(?:[A-Z]|the\s+[A-Z])")
ASIDE = re.compile(r"\([^()]*\)|,\s+(?:the|a|an|who|whose|which|[A-Z][\w’'-]*['’]s)\b[^,]*,")
# A quotation inside a sentence (its words do not count as distance).
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# A statement made at the occasion of the last action: "told reporters after the decision".
AFTER_OCCASION = re.compile(
    # (a remark "before the roll call" or "ahead of the vote" is made on that day too)
    r"\b(?:[Aa]fter|[Ff]ollowing|[Bb]efore|[Dd]uring|[Tt]hroughout|ahead\s+of|accompanying|alongside|(?:released|issued|published)\s+(?:together\s+)?with"
    # (or within hours of it: "said within an hour of the announcement")
    r"|within\s+(?:(?:an?|one|two|three|a\s+few|several|\d+)\s+)?(?:hours?|minutes?)\s+of)"
    r"\s+the\s+("
    + "|".join(noun for noun, _ in OCCASIONS)
    + r")\b"
)
# A proper possessor, lower-case words and a body's noun: "China's commerce ministry" (the
# possessor).
OWNED_BODY = re.compile(
    r"([A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)*)['’]s[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,3}[a-z]+"
)
OCCASION_STEMS = {noun: re.compile(rf"\b(?:{'|'.join(stems)})", re.I) for noun, stems in OCCASIONS}
# A remark made where the previous speaker spoke: "At the same news conference, ...",
# "..., who stood beside him, said": it keeps that occasion's date whoever speaks.
SAME_OCCASION = re.compile(
    r"\b(?:at|during|in|from|to|told|addressed)\s+the\s+same\s+(?:[\w-]+\s+){0,2}?(?:"
    + _alt(OCCASION_NOUNS)
    + r")\b"
    r"|\b(?:stood|standing|sat|sitting|appeared|appearing|speaking)\s+(?:beside|alongside|next\s+to)"
    r"\s+(?:him|her|them)\b",
    re.I,
)
SAME_OCCASION_WORDS = ("same", "beside", "alongside", "next")
# A remark made shortly after the event told before it: "told a news conference an hour
# later", "minutes later", "shortly afterwards" (the event's day).
SHORTLY_AFTER = re.compile(
    r"\b(?:(?:an?|one|two|three|a\s+few|several|\d+)\s+)?(?:hours?|minutes?)\s+later\b"
    r"|\bshortly\s+after(?:wards?)?\b(?!\s+\w)"
    # "Immediately afterwards, MEPs decided ...", "Afterwards, the minister said ..."
    r"|\b(?:immediately|soon|right)\s+after(?:wards?)?\b(?!\s+\w)|^afterwards?\b(?=,)",
    re.I | re.M,
)
SHORTLY_AFTER_WORDS = ("later", "shortly", "after")
# An act dated by its distance from the occasion its sentence opens with: "The veto came a
# day after the division released an analysis", "Friday's action comes a week after Treasury
# sanctioned ..." (group "count": how many, group "span": days or weeks).
CAME_AFTER = re.compile(
    r"\b(?:came|comes|followed|follows|arrived|arrives)\s+(?:just\s+|only\s+)?"
    r"(?P<count>a|one|two|three|four|five|six|seven|[1-7])\s+(?P<span>days?|weeks?)\s+after\s+"
    # "On the eve of the announcement, ...": the day before it
    r"|\b(?P<eve>[Oo]n\s+the\s+eve\s+of)\s+"
)
# The one who speaks for a person, after that person's plan: "Ahn will travel to Washington
# next week, the ministry said", "..., her office confirmed" (before the cue).
TOLD_FOR = re.compile(
    r",\s+(?:his|her|their|the)\s+(?:office|ministry|department|spokes(?:man|woman|person)"
    r"|aides?|press\s+(?:secretary|office))\s+$"
)
# A remark made at an occasion the article has named before: "said on the call", "told
# reporters after the hearing", "at the news conference", "told the meeting" (group 1: the
# occasion's noun).
THE_OCCASION = re.compile(
    r"\b(?:on|at|during|in|after|following|told|addressed)\s+the\s+(?:(?!same\b)[\w-]+\s+){0,2}?("
    r"conference|hearing|briefing|event|meeting|interview|appearance|rally|call|forum|speech"
    r")\b"
)
# A word of a place's name or of a building: "Ottawa", "the BSP head office".
_PLACE_WORD = r"[A-Z][\w’'.-]*|head|main|office|offices|headquarters|building|[\w-]+['’]s"
# The occasion a cue names, right before its date: "told analysts on the carrier's
# second-quarter earnings call on Friday", "at a regular press conference in Beijing on", "in
# a post on X late on", "after two hours of talks with ... in Washington on".
OCCASION_PHRASE_END = re.compile(
    r"\b(?:on|at|during|in|after)\s+(?:the|a|an|its|his|her|their|(?:[\w-]+\s+){1,2}of)\s+"
    r"(?:[\w’'.-]+\s+){0,5}?"
    rf"(?:{'|'.join(CUE_OCCASION_NOUNS)})"
    # with whom or for whom: "an interview with the PAP news agency", "a speech to
    # steelworkers", "talks with US trade representative Ellen Markham", "a post on X"
    r"(?:\s+(?:with|to|on)\s+(?:[\w’'.&-]+\s+){0,5}?[\w’'.&-]+)?"
    # or who carried it: "a statement carried by the Saudi Press Agency (SPA)", "a video
    # address broadcast on the presidential palace's YouTube channel"
    r"(?:\s+(?:carried|published|released|issued|posted|broadcast|aired|streamed)\s+(?:by|on)\s+(?:[\w’'.&()-]+\s+){0,6}?"
    r"[\w’'.&()-]+)?"
    # and where it was held: "in Ottawa", "at the bank's head office in Malate, Manila"
    # (a comma may close the place: "at the Diplomatic Centre, St Ann's, yesterday afternoon")
    rf"(?:\s+(?:at|in)\s+(?:the\s+)?(?:{_PLACE_WORD})(?:,?\s+(?:{_PLACE_WORD}|in|at|of)){{0,7}}?,?)?"
    # and its hour: "at a press briefing in Abuja at about 2:40 p.m. on Tuesday", "the weekly
    # press conference shortly after noon on Thursday"
    r"(?:\s+(?:at\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?|(?:shortly\s+|just\s+)?"
    r"(?:after|before)\s+)(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.\s?m\.|[ap]m\b)?|noon|midday))?"
    r"\s+(?:(?:late|early)\s+)?"
    r"(?:on\s+|at\s+|the\s+(?:morning|afternoon|evening|night)\s+of\s+"
    r"|in\s+the\s+(?:early\s+|small\s+)?hours\s+of\s+)?$"
)
# A clock time alone ("at 8:30 a.m.", "at noon"): a time on a day the text gave before.
BARE_CLOCK = re.compile(
    r"(?:(?:at|by|from|until|till|before|after|around|about)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d(?:\s*\w+(?:\s+time)?)?"
    r"|\d{4}\s+(?:GMT|UTC)|noon|midday|midnight)",
    re.I,
)
# A noun with a participle right before a date, after a verb of saying: the date of what was
# spoken of ("said the budget released last month never balances", "criticized the rules
# announced Tuesday"), not of the saying ("said in a statement released Tuesday" is).
# A cue in the participle after a comma (", saying that ..."): a remark made in the act of
# the sentence's main verb, whose own date is the remark's.
PARTICIPLE_CUE = re.compile(
    r"(?:saying|adding|noting|warning|arguing|insisting|explaining|stressing|citing)\b"
)
PARTICIPLE_DATE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?"
    r"(?<!statement\s)(?<!interview\s)(?<!letter\s)(?<!post\s)(?<!note\s)(?<!filing\s)"
    r"(?<!remarks\s)(?<!testimony\s)(?<!speech\s)(?<!video\s)(?<!release\s)(?<!report\s)"
    r"(?<!study\s)(?<!survey\s)(?<!bulletin\s)(?<!communiqué\s)(?<!communique\s)"
    r"(?:[a-z]{2,}ed|made|given|set|put|held|won|sent|struck|unveiled|signed)\s+"
    # (and with whom: "the trade deal struck with Washington in the spring")
    r"(?:(?:with|between|by)\s+(?:the\s+)?[A-Z][\w-]*\s+)?"
    r"(?:(?:on|in|last|earlier|late|early)\s+)?$"
)
# A relative clause about an occasion, between a verb and a clock time: "on the call, which
# began at 8:30 a.m.".
WHICH_ASIDE = re.compile(r",\s+which\s")
# A remark "in the statement" (definite): the statement that came with the act just reported.
DEFINITE_STATEMENT_WORDS = ("statement", "announcement", "release", "proclamation", "message")
DEFINITE_STATEMENT = re.compile(
    rf"\b(?:[Ii]n|[Aa]ccording\s+to)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{'|'.join(DEFINITE_STATEMENT_WORDS)})\b"
)
# "In a statement, the Fed said ...": a statement of its own, of the act just reported when
# the body that acted makes it.
A_STATEMENT = re.compile(rf"\b[Ii]n\s+an?\s+(?:[\w-]+\s+)?(?:{'|'.join(DEFINITE_STATEMENT_WORDS)})\b")
# The time stamp that heads a live blog's entry: "21:40 — What we know so far", or a line of
# its own ("21.30 GMT").
ENTRY_STAMP = re.compile(
    # (a photo gallery's caption number first: "3/12 — 08:40, Charleroi. ...")
    r"(?:\d{1,2}/\d{1,2}[^\S\n]*[—–-][^\S\n]*)?"
    r"(\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?"
    r"(?:\s*[—–-]\s|[ \t]*(?:\n|$)|,[^\S\n]+[A-Z][^.\n]{0,40}\.[^\S\n])"
)

# A calendar event in the present tense ("The ECB meets again on March 19"), not after "to"
# or a modal ("wants to meet", "could meet").
PRESENT_EVENT = re.compile(rf"\b(?:{_alt(EVENT_VERBS_PRESENT)})\b")

# A dated event that a calendar states without naming who holds it: "The rule takes effect
# Nov. 12", "Minutes of the meeting are due next Wednesday", "Exporters have until Dec. 31 to
# comply", "The next refunding announcement is scheduled for July 31", "The waiver expires on
# Aug. 13" (its date must follow at once: :data:`DEADLINE_GAP`).
DEADLINE_EVENT = re.compile(
    r"\b(?:takes?\s+effect|(?:comes?|goes?|enters?)\s+into\s+(?:force|effect)|expires?|lapses?"
    r"|kicks?\s+in"  # "The higher rates ... kick in on April 9"
    r"|will\s+resume"  # "Fuel excise indexation, frozen since 2001, will resume on August 1"
    r"|closes|opens"  # "The consultation closes April 20", "the next window opens in May"
    r"|(?:is|are)\s+(?:due|scheduled|set|slated)\s+to\s+be\s+(?:published|released|held|announced"
    r"|promulgated|gazetted|signed|enacted|implemented)"
    r"|(?:is|are)\s+(?:(?:also|now)\s+)?(?:due|scheduled|set|slated)(?:\s+(?:for|on))?"
    r"|(?:is|are)\s+expected\s+on|(?:(?:has|have)|will\s+have)\s+until|runs?\s+out"
    # "the sale of machine tools will be banned from 1 April"
    r"|will\s+be\s+(?:banned|barred|prohibited|lifted|phased\s+out)\s+(?:from|on|as\s+of)"
    # "The minutes will be published on Oct. 24": a passive future with no agent
    r"|will\s+be\s+(?:published|released|announced|unveiled|presented|held|debated|accepted)"
    # a vote taken in a chamber: "The vote on the third reading ... will be taken in Parliament
    # tomorrow"
    r"|will\s+be\s+taken\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:Parliament|House|Senate"
    r"|Assembly|Chamber|Congress)\b"
    # "The new rate will apply from 25 March", "The rule is effective December 1"
    # ("the regulation will apply as planned from 30 December")
    r"|will\s+apply\s+(?:(?:as\s+(?:planned|scheduled)|only|again)\s+)?(?:from|as\s+of)"
    r"|appl(?:y|ies)\s+(?:from|as\s+of)"
    # "The suspension runs from March 1 to July 31", "The new rates will apply to all vessels
    # ... from 1 October" (a few words between the verb and its date)
    r"|(?<=suspension\s)runs?\s+from|(?<=exemption\s)runs?\s+from|(?<=waiver\s)runs?\s+from"
    r"|(?<=ban\s)runs?\s+from|(?<=freeze\s)runs?\s+from|(?<=moratorium\s)runs?\s+from"
    r"|will\s+apply\s+to\s+(?:[\w-]+\s+){1,6}?(?:from|as\s+of)"
    # (a ship agent's hour before the day: "from 0001 hrs on 1 October")
    r"(?:\s+\d{4}\s*(?:hrs|hours)\s+on)?"
    # a rise that its beneficiaries get from a day: "Workers in health care will get the
    # increase from July 1", "will receive it from November 1"
    r"|will\s+(?:get|receive)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:increase|rise|raise|payments?"
    r"|rebate|cut))\s+(?:from|on|as\s+of)"
    r"|(?:is|are|will\s+be|becomes?)\s+effective"
    # "Buyers were given until Nov. 20 to wind down", "A licence gives firms until May 18"
    r"|(?:were|was|are|is)\s+given\s+until|gives?\s+(?:[\w-]+\s+){1,3}?until)\b"
)
# A run of capitalised words (a name, maybe a body's): "Commerce", "Federal Register".
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.&’'-]*(?:[^\S\n]+[A-Z][\w.&’'-]*){0,3}")
# The event a timeline entry to come names without a verb of its own, or a measure that
# applies or lapses on the entry's day: "Jan. 15, 2027 — Deadline for companies to file ...",
# "March 2027 — First annual review of the framework", "• July 20 — the 50% tariff applies".
ENTRY_EVENT = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w%$.,-]+\s+){0,3}?(?:[Dd]eadline|[Hh]earing|[Rr]eview|[Vv]ote"
    r"|[Mm]eeting|[Aa]uction|[Dd]ecision|[Ss]ummit|[Tt]alks|[Ee]lection|[Aa]nnouncement"
    r"|applies|expires|lapses|takes\s+effect)\b"
)
# A duty to act by a day: "The election board must receive the resolution by 5 p.m. Aug. 26"
# (the day after "by", a few words on: :data:`MUST_BY_GAP`).
MUST_BY = re.compile(r"\bmust\s+(?:first\s+|still\s+)?(?:be\s+)?[a-z]{3,}\b")
MUST_BY_GAP = 12
# "by" and a clock time before such a day: "by 5 p.m. Aug. 26", "by noon on Friday".
BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|noon|midnight)\s+(?:[A-Z]{2,4}\s+)?(?:on\s+)?)?$"
)
# A preposition and a common noun right before a participle: "in a rule published on
# Wednesday", "under the order signed last month" (the noun's participle, no finite verb).
REDUCED_RELATIVE_BEFORE = re.compile(
    # (not an auxiliary: "A Cabinet meeting in the afternoon had approved ...")
    r"\b(?:in|with|under|through|via|by)\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?!(?:had|has|have|was|were|is|are)\s)[a-z]+\s+$"
)
# A number or a unit's first word before "points": "by 50 basis points to", "2.5 points".
MEASURE_BEFORE = re.compile(r"(?:\d[\d,.]*|\b(?:basis|percentage|index))[\s-]+$", re.I)
# A period of the calendar as the subject of such an event: "The new fiscal year begins Tuesday".
CALENDAR_SUBJECT = re.compile(
    r"\b(?:(?:fiscal|financial|budget|tax|school|calendar)\s+year|quarter|season)\s*,?\s*$", re.I
)
# A change of a tax, a rate or a payment that a budget sets, told without its agent:
# "The carbon tax will rise from May 1st", "The 3 per cent rate of USC falls to 2.5 per cent
# ... from January 1st", "will be extended to hairdressing from March 1st".
MEASURE_CHANGE = re.compile(
    r"\b(?:will\s+(?:rise|fall|increase|decrease|double|go\s+(?:up|down)|be\s+(?:extended|raised"
    r"|cut|increased|reduced|frozen|abolished|introduced|lifted|halved|doubled))|rises|falls"
    r"|increases|doubles|goes\s+(?:up|down))\b"
)
# A budget as the subject of its change, at the start of the sentence: "The budget also raises
# the small business tax rate ...", "The plan extends the rebate ..." (the verb in group 1).
BUDGET_ACT = re.compile(
    r"\s*(?:The|This|Its|Her|His|Their)\s+(?:[\w-]+\s+){0,2}?(?:budget|plan|package|bill)\s+"
    r"(?:also\s+)?(raises|lowers|cuts|extends|increases|freezes|introduces|doubles|halves|scraps"
    r"|abolishes|expands|reduces|reinstates|restores|lifts|removes|adds)\b"
)
# A measure that took effect, in the past tense: "took effect", "entered into force".
PAST_EFFECT = re.compile(
    r"\b(?:took|had\s+taken)\s+effect|\b(?:came|went|entered)\s+into\s+(?:force|effect)"
)
# A measure published, in the passive, and where: "The duties were published in the EU's
# Official Journal", "The rule was published in the Federal Register" (the gazette's name up to
# the date after it).
PUBLISHED_MEASURE = re.compile(
    r"\b(?:was|were)\s+(?:formally\s+)?(?:published|gazetted|promulgated)"
    r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?:[A-Z][\w’'.-]*|gazette))?"
)
# The same in the present tense: "takes effect", "enters into force".
PRESENT_EFFECT = re.compile(r"\btakes\s+effect|\b(?:comes|goes|enters)\s+into\s+(?:force|effect)")
# The next event of the body a story is about, its date after a copula: "The next rate
# decision is a review on 8 April", "Its next meeting is June 16-17".
NEXT_EVENT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+next\s+(?:[\w+-]+\s+){0,3}?(?:" + _EVENT_NOUNS + r")\s+"
    r"(?:is|will\s+be)(?:\s+an?\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r"))?"
    r"(?:\s+(?:on|in|at))?\b"
)
# -- parts that every match holds ---------------------------------------------------------
# For the patterns that Document.outside looks for outside the one pass (SCANNED): a part
# that every match of the pattern holds. A text without it has no match, and the pattern is
# not run over it. (Each starts with a literal word, which the regular expression engine skips
# to: cheaper than running the pattern over the whole text.)
OUTSIDE_NEEDS: dict[int, re.Pattern[str]] = {
    id(TALLIED): re.compile(
        r"by\s+(?:a\s+(?:vote|margin)\s+of\s+)?\d+\s*(?:votes?\s+)?(?:to|-|–)\s*\d"
    ),
    id(NEXT_EVENT): re.compile(
        r"next\s+(?:[\w+-]+\s+){0,3}?(?:" + _EVENT_NOUNS + r")\s+(?:is|will\s+be)"
    ),
    id(EFFECTIVE): re.compile("|".join(EFFECTIVE_WORDS)),
}

# What makes a time expression no date of the statement it is in:
# a count of occasions ("cut rates for the second time this year"),
NTH_TIME_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\s+$")
# a market line's comparison ("topping its previous record from February", "extending a 4%
# drop from last week"),
COMPARED_BEFORE = re.compile(
    r"\b(?:record|high|low|peak|level|close|drop|decline|fall|loss|gain|rise|rally|slide)s?"
    r"\s+(?:set\s+)?(?:from|since|of|in)\s+$"
)
# A session a market line compares with: "little changed from Wednesday's close", "above
# Friday's level", "compared with Monday's close" (the line's own day is another).
# (the pattern a lone clock time skips such a session with, in timex_patterns)
COMPARED_SESSION_BEFORE = _COMPARED_BEFORE
# a period that qualifies a figure ("forecast second-quarter revenue below ..."),
PERIOD_OF_FIGURE = re.compile(
    r"[\s-](?:revenue|sales|earnings|profits?|results|output|growth|GDP|figures|data"
    # a futures contract's month: "allowances for December delivery", "December futures"
    r"|delivery|contracts?|futures|expiry)\b"
)
# a bare month that modifies the noun after it ("March consumer prices", "May payrolls"),
MODIFIED_NOUN = re.compile(
    r"[^\S\n]+(?!(?:of|to|and|or|in|on|at|for|from|when|where|as|that|which|who|with|after"
    r"|before|but|while|by|because|than|amid|over|until|the|a|an|its|his|her|their|this|last|next"
    r"|if|said|says|is|was|were|are|has|had|will|would|could|should|may|might|also|then)\b)[a-z]"
)
# a statistic after "the <month>" ("the September jobs report", "the May inflation figures"):
# the month is the period the figures cover.
STATISTIC_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:jobs|payrolls?|employment|unemployment|inflation|CPI|PCE|PPI"
    r"|consumer[-\s]price|retail[-\s]sales|trade|GDP|industrial|factory|manufacturing|housing"
    r"|data|figures?|numbers?|reading)\b"
)
# the question a remark answers ("Asked whether the committee would cut at its next meeting,
# on Sept. 15-16, Ardery said ...": the time is the question's).
ASKED_WHAT = re.compile(r"Asked\s+(?:[\w-]+\s+){0,4}?(?:whether|if|about|what|why|how|when)\b")
# A body by name and a relative "which" right before an event verb: "the Bank of Japan, which
# meets next week, ..." (group 1: the name).
WHICH_BEFORE = re.compile(
    r"((?:[A-Z][\w&.+-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,4}[A-Z][\w&.+-]*),\s+which\s+$"
)
# A body by name that opens a sentence as its subject: "China has been tightening ...", "The
# European Commission proposed ..." (group 1: the name).
BODY_OPENER = re.compile(
    r"\s*(?:The\s+)?([A-Z][\w.&’'+-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&’'+-]*){0,4})"
    r"\s+(?:has|have|had|is|was|were|will|would|[a-z]{2,}ed)\b"
)
# A deadline's verb right before its date: "have until Dec. 31", "were given until Nov. 20",
# "gives companies until May 18".
DEADLINE_UNTIL = re.compile(
    r"(?:(?:will\s+)?ha(?:s|ve)|(?:were|was|are|is)\s+given|gives?\s+(?:[\w-]+\s+){1,3}?)\s*until\s+"
)
# A future act of any verb, or an event someone has on the calendar: "EU ambassadors will take
# a first look at the package tomorrow", "The justices will hear arguments next Wednesday",
# "Leaders hope to sign off at their Dec. 14-15 summit", "The committee has a hearing on
# Tuesday" (an act only with a later date close after it: :data:`PRESENT_EVENT_GAP`).
FUTURE_ACT = re.compile(
    r"\b(?:(?:will|(?:is|are)\s+(?:(?:expected|scheduled|set|due|slated|poised)\s+)?to"
    r"|(?:plans?|intends?|hopes?|aims?)\s+to)\s+(?:also\s+|likely\s+|soon\s+|then\s+)?"
    # (a verb, not "the tariff plan to reporters")
    r"(?!(?:be|have|not|the|an?|his|her|their|its|our|this|that|these|those|reporters"
    r"|lawmakers|him|them|us|me)\b)[a-z]{2,}"
    r"|(?:ha(?:s|ve)|plans?)\s+(?:(?:scheduled|set|called|planned)\s+)?(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hearing|meeting|vote|briefing|news\s+conference|summit|call|rally|protest|march|strike"
    r"|walkout)"
    # an official's appearance to answer questions: "is due to be questioned by MPs next Tuesday"
    r"|(?:will|(?:is|are)\s+(?:(?:expected|scheduled|set|due|slated)\s+)?to)\s+be\s+"
    r"(?:questioned|quizzed|grilled|sworn\s+in))\b"
)
# The day a change starts, opening its sentence: "From April, ...", "Starting Jan. 1, ...",
# "As of 17 August, ..." (the date follows at once).
START_DATE_OPENER = re.compile(r"(?:From|Starting(?:\s+(?:on|from))?|Beginning|As\s+of|Effective)\s+")
# ... and after its act, however far: "will impose controls on ... starting from June 15".
_START_WORDS = r"starting(?:\s+(?:on|from))?|beginning|effective|as\s+of"
START_DATE_BEFORE = re.compile(rf"\b(?:{_START_WORDS})\s+$")
# ... and "from" too, for a change that a budget sets: "will rise from May 1st".
START_FROM_BEFORE = re.compile(rf"\b(?:from|{_START_WORDS})\s+$")
# A change still to come, in the sentence after such an opener: "will rise", "may no longer".
FUTURE_CHANGE = re.compile(
    r"\b(?:will|shall|must|(?:may|can)\s+no\s+longer|(?:is|are)\s+(?:to|set\s+to|due\s+to))\s"
)
# The most words between such an event and its date ("expires on Aug. 13": "on").
DEADLINE_GAP = 1

# -- one pass over the text -----------------------------------------------------------------
# The patterns that classify units; each starts at a word start. Their union finds the
# places where any of them matches.
SCANNED: tuple[re.Pattern[str], ...] = (
    CUE,
    SCHEDULED,
    ACTION,
    MARKET_NOUN,
    MARKET_MOVE,
    STANCE,
    PRESENT_EVENT,
    FUTURE_ACT,
    DEADLINE_EVENT,
)
SCANNED_UNION = word_start_union([p.pattern for p in SCANNED])
# The same places for a text in which nothing but an ASCII letter matches an ASCII letter when
# case is ignored (see timex.folds_to_ascii): there a market word starts with its first letter
# in either case, so the union tries it only at words that start with one of those letters.
_MARKET_NOUN_CASED = (
    rf"\b(?:{_MARKET_NAMES}|"
    + "|".join(
        f"{first}(?i:{word[1:]})"
        for word in split_alternatives(_MARKET_WORDS)
        for first in (word[0], word[0].upper())
    )
    + r")\b|\bBrent\b"
)
SCANNED_UNION_CASED = word_start_union(
    [_MARKET_NOUN_CASED if p is MARKET_NOUN else p.pattern for p in SCANNED]
)


def _tries(
    letters: list[frozenset[str] | None],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which of the scanned patterns can match at a word that starts with a given character.

    ``letters`` are their :func:`first_letters`; a pattern with None is tried everywhere.
    """
    known = sorted(set().union(*(s for s in letters if s is not None)))
    by_letter = {
        ch: tuple(i for i, s in enumerate(letters) if s is None or ch in s) for ch in known
    }
    return by_letter, tuple(i for i, s in enumerate(letters) if s is None)


SCAN_TRIES, SCAN_OTHERS = _tries([first_letters(p.pattern) for p in SCANNED])
SCAN_TRIES_CASED, SCAN_OTHERS_CASED = _tries(
    [first_letters(_MARKET_NOUN_CASED if p is MARKET_NOUN else p.pattern) for p in SCANNED]
)

# The noun phrase after "according to", up to a comma, colon, bracket or full stop (titles,
# initials and "U.S." keep their full stops): "according to Sen. Bo Diaz, who ...".
ACCORDING_NP = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Lt|Gen|Prof|Rev)\.\s+|(?:[A-Z]\.){2,}"
    r"|[A-Z]\.(?=\s+[A-Z][a-z])|[^,;:.(\n])+)"
)

# A document that a source wrote, before the source: "according to a recent report from
# Bloomberg", "according to a post by Ana Ruiz".
DOCUMENT_SOURCE = re.compile(
    r"(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:report|study|analysis|survey|poll"
    r"|post|statement|review|memo|letter|filing|tally|estimate|count|release|tweet|email|note"
    r"|interview|transcript|data|figures|records?)\s+(?:from|by|of)\s+"
    # figures with who released them: "according to data released by the Central Bureau of
    # Statistics last month"
    r"|(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:data|figures|statistics|estimates)\s+"
    r"(?:released|published|issued|compiled)\s+(?:on\s+\w+\s+|(?:last|this)\s+\w+\s+)?by\s+"
)
# A document that the source of the sentence wrote and someone else saw: "according to a copy
# seen by the Ledger", "according to documents reviewed by Reuters" (the one who saw it is no
# source; the sentence's subject is).
SEEN_DOCUMENT = re.compile(
    r"(?:an?|the)?\s*(?:[\w-]+\s+){0,3}?(?:copy|copies|documents?|letter|memo|draft|email)"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s+(?:seen|reviewed|obtained|viewed)\s+by\b"
    # a measure published in the state's journal: "according to a presidential decree
    # published in the Official Gazette" (the journal prints it; the subject made it)
    r"|\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:decrees?|orders?|regulations?|notices?|notifications?"
    r"|resolutions?)\s+(?:published|printed|posted)\s+(?:on\s+\w+\s+)?in\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,3}?(?:Gazette|Journal|Bulletin|Register)\b"
)
# A document named by the body that wrote it, before or with a possessive: "according to a
# USDA fact sheet", "according to a Commerce Department statement released Monday",
# "according to the Treasury's notice" (the body in group 1).
_DOCUMENT_NOUNS = (
    r"(?:fact\s+sheet|report|statement|release|notice|filing|readout|memo|letter|document"
    r"|circular|bulletin|announcement|transcript|summary|post|tweet|email|website|guidance)"
)
OWNED_DOCUMENT = re.compile(
    r"(?:an?|the)\s+((?:[A-Z][\w.&’'-]*\s+){1,5}?)(?:['’]s\s+)?(?:[a-z][\w-]*\s+)?"
    + _DOCUMENT_NOUNS
    + r"\b"
)
# The word before a verb's base form when its subject may be plural: a name or a capitalised
# word ("Diaz and Ruiz oppose", "Senate Democrats want"), a plural ("officials say"), "they".
PLURAL_HINT_BEFORE = re.compile(r"(?:\b[A-Z][\w’'.-]*|\w+s|\bthey|\bwe)\s+(?:\w+ly\s+)?$")
# A form of "be" (or a comma: "the bill, opposed by ...") before a participle, with
# adverbs: the passive whose agent follows "by".
PASSIVE_OR_APPOSITIVE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being)|,)(?:\s+(?:\w+ly|first|also|not|then|later|since|first))*\s+$"
)

# A colon or comma (and spaces) right before a quotation: "Mr. Christie gloated: “...”".
INTRO_MARK = re.compile(r"[:,]\s*$")
# The most words before that mark for its clause to introduce the quotation.
INTRO_MAX_WORDS = 20
# The most words after the quotation, to the end of its sentence.
INTRO_MAX_TAIL = 12
# A sentence that opens with a participle ("Adding, ...").
PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\b")
# A dash that sets off the clause that introduces a quotation ("... contests - Philip Bump:").
INTRO_DASH = re.compile(r"\s[-–—]+\s(?!.*\s[-–—]+\s)", re.S)
# A clause that opens with a personal pronoun.
PRONOUN_OPENING = re.compile(r"(?:He|She|They|We|I|It)\b")

# A clause that opens with a subordinating word: its subject comes after it.
SUBORDINATE_OPENING = re.compile(
    r"\s*(?:While|Although|Though|Whereas|When|After|Before|As|Because|Since|Once)\s+(?=[A-Z]|the\s)"
)
# A cue right after a comma (", said Steve Grubbs"), and the noun phrase after it up to the
# end of the clause (appositions included).
INVERTED_BEFORE = re.compile(r",\s*$")
INVERTED_AFTER = re.compile(
    r"\s+((?:the\s+[a-z]+\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*(?:,\s+[^;]*)?)\s*$"
)
# A live blog's entry heading opens with a clock time and a dash ("20:10 — Russia will not
# add to cuts, says Novak"): a headline that the entry's text tells again.
LIVEBLOG_HEAD = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[A-Z]{2,4}\s*)?[—–-]")

# A speaker's turn in a transcript: a label in capitals and a colon at the start of a
# paragraph ("QUINLAN: ...", "GOVERNOR LEE: ...").
# A label may give the speaker's role or how the words were heard ("ANNA REYES, HOST:",
# "TOM LEE (recording):").
TURN_LABEL = re.compile(
    r"([QA](?=[^\S\n]*[(:])|[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,3})"
    r"(?:,[^\S\n]+([A-Z][A-Z '’-]{2,30})"
    # a manner, or the outlet of a question at a news conference: "Q (Reuters):"
    r"|[^\S\n]*(\((?:[a-z][a-z ]{0,20}|[A-Z][\w .&'’-]{0,30})\)))?:[^\S\n]+(?=\S)"
)
# A turn's label in ordinary case, as a committee prints its evidence sessions: a numbered
# question ("Q9 Ann Lo: ", "Q1 Chair (Dame Ann Lo): ") or a witness ("Dr Owen Price: ")
# (group 1: the question's number; group 2: the name, its courtesy title left out).
NAMED_TURN_LABEL = re.compile(
    r"(Q\d{1,4}[^\S\n]+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady|Baroness)\.?[^\S\n]+)?"
    # (a role may come first, of several words: "Deputy Minister of Industry and Trade Lê
    # Đức Khải", "Reporter Ann Lo")
    r"(Chair|[A-Z][a-z][\w'’-]*"
    r"(?:[^\S\n]+(?:(?:of|and|for|the)[^\S\n]+){0,2}[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][\w'’-]*){1,9})"
    r"(?:[^\S\n]*\([^)\n]{1,60}\))?:[^\S\n]+(?=\S)"
)
# The roles of a transcript's journalists: what they say is the story, not a statement.
JOURNALIST_ROLE = re.compile(
    # ("ELLIOT SANDOVAL, BYLINE:": a public broadcaster's own reporter)
    r"\b(?:HOST|CO-HOST|ANCHOR|CORRESPONDENT|REPORTER|MODERATOR|NARRATOR|BYLINE)\b"
)
# A broadcast transcript's cue for a recording: "(SOUNDBITE OF ARCHIVED RECORDING)"; the
# label of the next turn names who speaks in it.
SOUNDBITE = re.compile(r"\((?:SOUNDBITE|SOUND\s+BITE|AUDIO|CLIP)\b[^)\n]*\)\s*$")
# A courtesy in a turn, no statement: "Thank you for having me.", "Good morning."
COURTESY = re.compile(
    r"\s*(?:thanks?\b|thank\s+you|good\s+(?:morning|afternoon|evening)\b|you['’]re\s+welcome"
    r"|(?:it['’]s|it\s+is)\s+(?:a|my)\s+pleasure)",
    re.I,
)
# When an interview was made: "recorded Friday", "taped on Nov. 7", "conducted Thursday".
INTERVIEW_MADE = re.compile(
    # a hearing's, or a news conference's ("held its regular press conference ... on the
    # afternoon of August 3"): its day may come further on
    r"\b(?:(?P<hearing>gave\s+evidence|testified|appeared\s+before"
    r"|held\s+(?:(?:its|his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:press|news)\s+"
    r"(?:conference|briefing)"
    # "In an interview with The Seoul Ledger at the ministry's offices on Friday, ..."
    r"|(?:[Ii]n|[Dd]uring)\s+an?\s+(?:[\w-]+\s+)?interview\s+with)"
    r"|recorded|taped|conducted|filmed|held)\b"
)
# A time expression that names the day of speaking ("today", "this morning").
SPEAKING_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))(?:['’]s)?")
# A session after a possessive weekday: "by Friday's close", "Thursday's regular session".
OWN_SESSION = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:session|close|open|opening|trading)\b")
# A market line after ", and" or "while" in a sentence: "..., and the S&P 500 closed 0.3%
# higher", "..., while European car stocks had already tumbled", "..., and fed funds futures
# on Friday afternoon priced a 60% chance".
CLAUSE_BREAK = re.compile(r"(?:,\s+(?:and|but)|,?\s+while)\s+")
# A quotation that closes on a comma, then "and" or "but": ",” but added that ...".
QUOTE_THEN_CLAUSE = re.compile(r",[”\"][^\S\n]+(?:and|but)[^\S\n]+")
# A pronoun that opens a clause: ",” and he told us ...".
CLAUSE_PRONOUN = re.compile(r"(?:he|she|they)\s+(?:(?:also|later|then)\s+)?")
# A later part of the publication day: an event "this afternoon" or "tonight" is to come.
LATER_TODAY = re.compile(r"(?i:this\s+(?:afternoon|evening)|tonight|later\s+today)")
# A verb of speech right after ", and" or ", but", with no subject of its own ("..., but
# stressed that ...", "..., and added that ..."): a second statement of the same speaker.
SHARED_CUE = re.compile(
    r"(?:(?:also|later|then)\s+)?(?:said|added(?!\s+to\b)|stressed|warned|noted|insisted|argued|cautioned"
    r"|acknowledged|conceded|confirmed|told|signaled|signalled|suggested|pledged|promised"
    r"|vowed|emphasised|emphasized|repeated|reiterated)\b"
)
MARKET_CLAUSE = re.compile(
    rf"(?:the\s+)?(?:[\w&’'.-]+\s+){{0,3}}?(?:{MARKET_NOUN.pattern})(?:\s+[\w’'.%-]+){{0,5}}?"
    rf"\s+((?:(?:had|have|has|already)\s+)*)(?:{MARKET_MOVE.pattern})"
)
PAST_PERFECT = re.compile(r"had\s")
MODAL_BEFORE = re.compile(r"\b(?:to|will|could|would|may|might|can|should|must)\s+$")
# The most words between a present-tense event verb and its date.
PRESENT_EVENT_GAP = 10
# A second clause whose subject is a role and a name in commas: "..., and its chair, Daniel
# Ashcombe, said ...".
ROLE_CLAUSE = re.compile(
    r"(?:its|his|her|their|the)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w-]*,\s+"
    r"(?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*,\s+(?:also\s+|later\s+)?"
    # or someone who speaks for a person or a body: "..., and a spokesperson for Gov. Marcus
    # Reyes called ...", "..., and an aide to the senator said ..."
    r"|(?:an?|the|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:spokes(?:man|woman|person)"
    r"|aide|adviser|advisor|representative)\s+(?:for|to|of)\s+"
    r"(?:the\s+[a-z][\w-]*|(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+"
    r"(?:also\s+|later\s+)?"
)
# "when" and its subject right before an act, after a clause of its own: "..., the seat left
# vacant when Governor Ana Ruiz resigned in March" (not the sentence's act).
SUBORDINATE_WHEN = re.compile(
    r"\w[\w,]*\s+when\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:also\s+|had\s+)?$"
)
# A subordinating word: an act after it is not the unit's main verb ("before it began").
SUBORDINATOR_WORD = re.compile(rf"\b(?:{_SUBORDINATORS})\b")
# "you" right before a cue: in an interviewer's turn, the guest is the speaker ("You gave a
# speech on Tuesday in which you said ...").
YOU_BEFORE = re.compile(r"\byou\s+(?:also\s+|have\s+|had\s+)?$", re.I)
# A word before "votes", "reports", ... that makes it a noun ("by seven votes", "the reports").
NOUN_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:the|a|an|by|of|for|with|in|on|and|or|his|her|its|their|our|no|more|two|three"
    r"|four|five|six|seven|eight|nine|ten|many|several|some|new)|\w+['’]s)\s+$"
    # (an acronym in capitals is a name: "The OUR holds a public meeting on Thursday")
    r"(?-i:(?<!\b[A-Z]{2}\s)(?<!\b[A-Z]{3}\s))",
    re.I,
)
# An announced event in a relative clause, and the noun phrase it is about: "... to the full
# council, which is scheduled to vote next Tuesday".
RELATIVE_EVENT = re.compile(
    r"((?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+),\s+which\s+(?:is|are)\s+(?:also\s+)?"
    r"(?:scheduled|expected|set|due|slated)\s+to\s"
)
# A bullet of a news brief, or a paragraph opened by a lead-in ("• ...", "What they're
# saying: ...", "Between the lines: ...").
BRIEF_ITEM = re.compile(r"\s*(?:[•▪◦·*]|-\s|[A-Z][\w’']*(?:\s+[\w’']+){0,3}:\s)")
# A statement's subject voting ("Sen. Ann Lo voted no and argued ..."; not in an aside, "Sen.
# Lo, who voted for it, said in a statement ..."), and a vote.
VOTED = re.compile(r"(?<!\bwho\s)\b(?:voted|voting)\b")
DISSENTED = re.compile(r"(?<!\bwho\s)\bdissent(?:ed|ing)\b")
VOTE_STEM = OCCASION_STEMS["vote"]
# A market line "on the day": the day of the statement before it.
ON_THE_DAY = re.compile(r"\b(?:on|for)\s+the\s+day\b")
# A word in the past tense ("was", "said", "raised"): a sentence without one may announce.
PAST_WORD = re.compile(r"\b(?:was|were|did|had|[a-z]{2,}ed)\b")
# An act of the speaker's own in the past tense: "we sent", "I asked", "we have also asked",
# "Our first deputy minister was in Washington".
FIRST_PERSON_PAST = re.compile(
    r"\b(?:[Ww]e|I|[Oo]ur\s+(?:[\w-]+\s+){1,3}?)(?:\s+(?:also|then|already|have|had))*\s+"
    r"(?:[a-z]{2,}ed|sent|met|spoke|told|made|took|gave|went|was|were|wrote|held|set|cut)\b"
)
# A habit, not a date: "every Tuesday".
EVERY = re.compile(r"\bevery\s+$", re.I)
# A word that joins a clause of its own right before a subject ("... and Ann Lo said").
CLAUSE_JOIN_BEFORE = re.compile(
    r"\b(?:and|but|or|that|as|so|then|while|because|after|when|where|if|though)\s+$", re.I
)
