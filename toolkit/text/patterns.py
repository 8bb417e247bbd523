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
- :data:`AND_HINT` finds the start of every match of :data:`AND_CLAUSE` (and a few more).
"""

from __future__ import annotations

import re

from toolkit.text.speakers import CUE
from toolkit.text.stance import first_letters, split_alternatives, word_start_union
from toolkit.text.timex import MONTHS, WEEKDAYS
from toolkit.text.vocabulary import (
    ACTION_VERBS,
    ACTION_VERBS_PRESENT,
    BODY_WORDS,
    CONDITIONALS,
    CURRENCIES,
    EVENT_MODIFIERS,
    EVENT_NOUNS,
    EVENT_VERBS,
    FINITE_VERBS,
    GENERIC_HEADS,
    INTRODUCTION_VERBS,
    MARKET_MOVES,
    MARKET_WORDS,
    NOMINAL_VERBS,
    NOMINALS,
    OCCASION_NOUNS,
    OCCASIONS,
    POLICY_OBJECTS,
    REPORTING_PARTICIPLES,
    SELF_POLICY_VERBS,
    STANCE_VERBS,
    SUBORDINATORS,
    THAT_NOUNS,
)


def _alt(words: tuple[str, ...], guards: dict[str, str] | None = None) -> str:
    """``words`` as alternatives of a regular expression, in their order.

    A space matches any run of white space; ``guards`` gives a lookahead to put after a word.
    """
    guards = guards or {}
    return "|".join(w.replace(" ", r"\s+") + guards.get(w, "") for w in words)


# -- kinds ----------------------------------------------------------------------------------
_EVENT_VERBS = _alt(EVENT_VERBS)
# "is expected to announce", "will testify", "plans to introduce", "is scheduled for"
SCHEDULED = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|set|expected|slated|due)\s+(?:for|on)\b"
    r"|(?:will|(?:is|are)\s+(?:also\s+|still\s+)?(?:expected|scheduled|set|due|slated|poised|going)\s+to|plans?\s+to"
    r"|intends?\s+to|next)\s+(?:also\s+|likely\s+|soon\s+)?(?:" + _EVENT_VERBS + r"))\b"
)
# Acts of speaking with others: "testified", "met with", "had a call with", "held talks".
_COMMUNICATIVE = (
    r"testified|defended|met\s+with|spoke\s+(?:with|to)|held\s+(?:talks|a\s+(?:call|meeting|news\s+conference|briefing))"
    r"|had\s+(?:[“\"]?[\w-]+[”\"]?\s+){0,3}[“\"]?(?:call|calls|meeting|talks|exchanges?|conversations?|discussions?)[”\"]?\s+with"
    r"|appeared\s+before|briefed|held\s+(?:\w+\s+){0,3}(?:talks|meetings?|calls?)"
    r"|met(?!\s+(?:expectations|forecasts|estimates|demand|targets?|the\s+(?:target|threshold|deadline)))"
    r"|ended\s+(?:their|its|the)\s+(?:meeting|talks|summit)|went\s+further"
)
COMMUNICATIVE = re.compile(r"\b(?:" + _COMMUNICATIVE + r")\b")
# Verbs that name a policy act by themselves, without a policy object nearby.
SELF_POLICY = re.compile(rf"\b(?:{_alt(SELF_POLICY_VERBS)})\b")
# "ended" and "held" of a market or a stance are not acts: "ended the day higher", "held steady".
_ACTION_GUARDS = {
    "ended": r"(?!\s+(?:the\s+(?:day|session|week|month|year|quarter)|up|down|higher|lower|flat|at"
    r"|near|little|mixed)\b)",
    "held": r"(?!\s+(?:steady|up|on|at|near|firm|flat)\b)",
    # "cut" is an act with its object right after it ("cut interest rates Thursday"), not the
    # noun ("backed the cut") nor the participle ("a rate cut by the bank")
    "cut": rf"(?=\s+(?:[\w-]+\s+){{0,3}}?(?:{_alt(POLICY_OBJECTS)})\b)",
}
ACTION = re.compile(
    r"\b(?:"
    + _COMMUNICATIVE
    + "|"
    + _alt(ACTION_VERBS, _ACTION_GUARDS)
    + r"|surprised\s+(?:markets|investors|economists)"
    r"|(?<=['’]s\s)(?:decision|announcement)"
    r"|(?:" + _alt(NOMINALS) + r")\s+(?:\w+\s+){0,3}to\s+(?:" + _alt(NOMINAL_VERBS) + r"))\b"
)
POLICY_OBJECT = re.compile(rf"\b(?:{_alt(POLICY_OBJECTS)})\b", re.I)
POLICY_OBJECT_LOWER = re.compile(POLICY_OBJECT.pattern)  # for lower-cased text
_MARKET_WORDS = (  # in any case
    _alt(MARKET_WORDS) + r"|the\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:" + _alt(CURRENCIES) + ")"
)
# Market indexes by name (grouped by first letter, so that a capital is checked once against
# all names): "the S&P 500", "the Stoxx Europe 600", "the Nikkei 225", "Treasuries".
_MARKET_NAMES = (
    r"S(?:&P\s*500|toxx(?:\s+(?:Europe\s+)?\d+)?|ensex)|D(?:ow(?:\s+Jones)?|AX)"
    r"|N(?:asdaq|ikkei(?:\s+225)?)|T(?:reasuries|SX)|FTSE(?:\s+100)?|CAC(?:\s+40)?"
    r"|Euro\s+Stoxx(?:\s+(?:Europe\s+)?\d+)?|Hang\s+Seng|Kospi|Russell\s+2000|VIX"
    r"|A(?:SX(?:\s+200)?)|Bovespa"
)
MARKET_NOUN = re.compile(rf"\b(?:{_MARKET_NAMES}|(?i:{_MARKET_WORDS}))\b|\bBrent\b")
MARKET_MOVE = re.compile(
    r"\b(?:"
    + _alt(MARKET_MOVES)
    + r"|touched\s+(?:a|an)\s+(?:[\w-]+\s+)?record"
    r"|(?:closed|ended|finished)\s+at\s+(?:a\s+)?(?:[\w-]+\s+)?records?|(?:hit|set)\s+(?:a\s+)?(?:new\s+)?records?"
    r"|(?:is|are|was|were)\s+(?:up|down)\s+[\d.]+"
    r"|closed\s+(?:up|down|higher|lower)|ended\s+(?:up|down|higher|lower)"
    r"|edged\s+(?:up|down|higher|lower)"
    r"|extended\s+(?:its|their)\s+(?:decline|declines|losses|gains|rally|slide)"
    r"|(?:closed|ended|finished)\s+(?:the\s+day\s+)?(?:[\d.]+%?\s+|[\d.]+\s+(?:points?|percent)\s+)?"
    r"(?:up|down|higher|lower))\b"
)
# A timeline entry: a paragraph that starts with its date and a dash or colon ("Feb. 1 — ...",
# "March 4: ..."). Its sentences tell their acts in the present tense, on that date.
TIMELINE_LINE = re.compile(
    rf"(?m)^(?:(?:{'|'.join(MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+"
    rf"\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?)\s*(?:—|–|:|--?)\s+"
)
ACTION_PRESENT = re.compile(rf"\b(?:{_alt(ACTION_VERBS_PRESENT)})\b")
CONDITIONAL = re.compile(rf"^\s*(?:{_alt(CONDITIONALS)})\b")
# Requests and demands report an act more than words: dated like actions.
# A verb of stance ("accused", "wants", "endorsed", a poll "found"; not "so-called").
STANCE = re.compile(rf"(?<!-)\b(?:{_alt(STANCE_VERBS)})\b")
# A headline that opens with a name and a colon: "Ana Ruiz: Rates Will Stay High".
HEADLINE_COLON = re.compile(r"([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3}):[^\S\n]+\S")
# A dash after a quotation that signs it: "“We will hold.” — Ana Ruiz".
DASH_SOURCE = re.compile(r"[^\S\n]*[—–][^\S\n]*|[^\S\n]+--?[^\S\n]+")
# A passive before a verb: "what's called ...", "was backed by ...".
PASSIVE_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|get|got)|['’]s)\s+(?:\w+ly\s+)?$")
# The most words between a stance's subject and its verb, past the subject's own words
# ("Ruiz has long opposed", "Sen. Bo Diaz on Tuesday endorsed").
STANCE_GAP = 4
REQUEST = re.compile(r"asked|demanded|called\s+(?:on|for)\b")
# The present perfect before a cue ("has long argued"): a remark tied to no occasion.
PERFECT = re.compile(r"\b(?:has|have)\s+(?:long\s+|repeatedly\s+|also\s+|since\s+)?$")
# An event announced inside reported speech: "X said the committee will vote next week",
# "X said he would raise tariffs on Friday".
NESTED_SCHEDULED = re.compile(
    r"\b(?:will|would|(?:is|are|was|were)\s+(?:still\s+)?(?:expected|scheduled|set|due|going)\s+to"
    r"|plans?\s+to|planned\s+to)\s+(?:also\s+|soon\s+|then\s+)?(?:" + _EVENT_VERBS + r")\b"
)
NESTED_WORDS = ("will", "would", "plan", "expected", "scheduled", "set", "due", "going")

# -- units and attribution ------------------------------------------------------------------
# ", and the Kremlin said today ...": a second clause with its own subject and verb.
# ", and he said", ", but Ruiz said", "... while Diaz suggests ...": a second clause.
AND_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|,?\s+while)\s+(?=(?:the\s+)?[A-Z]|(?:he|she)\s)")
AND_HINT = re.compile(r",\s+(?:and|but)\s|\swhile\s")  # the start of every match of AND_CLAUSE
CLAUSE_SUBJECT = re.compile(
    r"(?:he|she)\s+(?:also\s+|later\s+)?|(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:of\s+)?){1,5}"
)
WORD = re.compile(r"\w+")
_SUBORDINATORS = _alt(SUBORDINATORS)
# A subordinate clause before an action verb: its own subject acts ("came after the Fed raised").
SUBORDINATE = re.compile(
    rf"\b(?:{_SUBORDINATORS})\s+(?=(?:the\s+)?(?:[A-Z][\w.&-]*\s+){{1,4}}$)"
)
# A cue inside a subordinate clause after the main clause: "..., after Trump threatened".
SUBORDINATE_CUE = re.compile(
    r",[”\x22’]?\s+(?:\w+\s+){0,3}(?:" + _SUBORDINATORS + r")\s+"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,4}$"
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
# "The next Monday meeting": a date, not an agent.
CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTHS))

# -- speakers -------------------------------------------------------------------------------
# A sentence that introduces a person as its subject: "Sen. Bob Corker ... was more cautious.",
# "Prime Minister Anna Lind struck a softer tone."
_INTRODUCTION_VERB = r"(?:" + _alt(INTRODUCTION_VERBS) + r"|[a-z]{3,}ed)\b"
INTRODUCTION_VERB_SCAN = re.compile(rf"\s{_INTRODUCTION_VERB}")
INTRODUCTION = re.compile(
    rf"\s*((?:[A-Z][\w.’'-]*,?\s+)(?:[\w.’'-]+,?\s+){{0,12}}?){_INTRODUCTION_VERB}"
)
# A proper name with a generic head noun: "OPEC+ group", "G7 bloc".
GENERIC_HEAD = re.compile(
    rf"^([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*)*)\s+({_alt(GENERIC_HEADS)})$"
)
# Head nouns of bodies that a later "the ministry", "the bank", "the group" refers back to.
BODY_WORD = re.compile(
    r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in BODY_WORDS) + r")\b"
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
UNTIL = re.compile(r"\b(?:until|till|through|to\s+the\s+(?:end|middle)\s+of)\s+$", re.I)
UNTIL_ENDS = ("l ", "h ", "f ", "L ", "H ", "F ")
# An inverted cue: "..., said Rep. Jane Doe (D., Conn.), the top Democrat, on Sunday".
INVERTED = re.compile(r"\s+(?:[A-Z]|the\s+[A-Z])")
ASIDE = re.compile(r"\([^()]*\)|,\s+(?:the|a|an|who|whose|which|[A-Z][\w’'-]*['’]s)\b[^,]*,")
# A quotation inside a sentence (its words do not count as distance).
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# A statement made at the occasion of the last action: "told reporters after the decision".
AFTER_OCCASION = re.compile(
    r"\b(?:after|following)\s+the\s+(" + "|".join(noun for noun, _ in OCCASIONS) + r")\b"
)
OCCASION_STEMS = {noun: re.compile(rf"\b(?:{'|'.join(stems)})", re.I) for noun, stems in OCCASIONS}
# A remark made where the previous speaker spoke: "At the same news conference, ...",
# "..., who stood beside him, said": it keeps that occasion's date whoever speaks.
SAME_OCCASION = re.compile(
    r"\b(?:at|during|in|from|to)\s+the\s+same\s+(?:[\w-]+\s+){0,2}?(?:" + _alt(OCCASION_NOUNS)
    + r")\b"
    r"|\b(?:stood|standing|sat|sitting|appeared|appearing|speaking)\s+(?:beside|alongside|next\s+to)"
    r"\s+(?:him|her|them)\b",
    re.I,
)
SAME_OCCASION_WORDS = ("same", "beside", "alongside", "next")
# A remark "in the statement" (definite): the statement that came with the act just reported.
DEFINITE_STATEMENT_WORDS = ("statement", "announcement", "release")
DEFINITE_STATEMENT = re.compile(rf"\bin\s+the\s+(?:{'|'.join(DEFINITE_STATEMENT_WORDS)})\b")
# The time stamp that heads a live blog's entry: "21:40 — What we know so far", or a line of
# its own ("21.30 GMT").
ENTRY_STAMP = re.compile(
    r"(\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?"
    r"(?:\s*[—–-]\s|[ \t]*(?:\n|$))"
)

# -- one pass over the text -----------------------------------------------------------------
# The patterns that classify units; each starts at a word start. Their union finds the
# places where any of them matches.
SCANNED: tuple[re.Pattern[str], ...] = (CUE, SCHEDULED, ACTION, MARKET_NOUN, MARKET_MOVE, STANCE)
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
