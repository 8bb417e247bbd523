"""Dated policy statements from one news article.

:func:`extract_statements` turns an article into rows of who said or did what, and when:

1. **Units.** The text is cut into paragraphs and sentences (:mod:`toolkit.text.quotes`). A
   paragraph that opens with a quotation mark is one unit (the quote, its attribution and the
   quote's continuation); other paragraphs give one unit per sentence.
2. **Kind.** A unit with a speech cue ("said", "told", "wrote", "insisted", ...) outside its
   quotations is a *quote* (when quoted words make up most of it) or a *paraphrase*; else a
   future construction with an event verb ("will testify", "plans to introduce", "is
   expected to announce") makes it *scheduled*; a past-tense policy verb ("imposed",
   "introduced a bill", "approved", "signed", "spoke with", "had a call with", "testified",
   "defended ... before") an *action*; a market noun with a movement verb ("the S&P 500 had
   given up any gains") a *market* remark. A quote paragraph without a cue continues the
   previous paragraph's speaker.
3. **Speaker.** The subject of the cue or verb (:mod:`toolkit.text.speakers`), expanded to the
   full name the article gives anywhere, with pronouns resolved by recency and gender (a
   sentence that introduces a person as its subject, "X was more cautious.", makes X the
   most recent). A cue in a trailing subordinate clause (", a day after Trump threatened")
   is not the main verb. "the ministry", "the bank", "the group" are the last body of that
   kind named in full; "the OPEC+ group" is OPEC+. ", and he said ..." starts a statement. Text
   that starts mid-sentence (a cut-off lead) takes the speaker of the next attributed
   statement.
4. **Date.** The time expressions of the unit outside quotations (:mod:`toolkit.text.timex`); the
   one nearest the cue or verb wins, and one inside a "that ..." complement clause only when
   there is no other ("said Tuesday that Trump had spoken with ... on Monday" is dated
   Tuesday). Without its own date, a quote or paraphrase inherits the date of the same
   speaker's last dated occasion earlier in the article (a speech, briefing, hearing or call),
   or of the occasion just before it when that occasion's group includes the speaker (a
   senator quoted after "Senate Republicans had exchanges ... on Tuesday"). Inherited dates
   carry no time of day. A statement "after the vote" (meeting, decision, ...) takes the date
   of the last dated action of that kind ("voted"), a market remark too ("The euro rose after
   the decision"); an undated market remark shares the session of the next one in its
   paragraph; in a live blog with time-stamped entries ("21:40 — ..."), an undated statement
   is of the publication day. A weekday in a possessive ("after Monday's rout") and the end
   of a period ("to the end of 2024", "until March") do not date a statement (a remark "said
   after Wednesday's vote" keeps the vote's day). Statements in the present perfect ("has
   dismissed") are not tied to an occasion and do not inherit. Nothing is ever dated by the publication date by default:
   a statement with no recoverable date has ``precision = "unknown"`` and ``date = NaT``.
5. **Merge.** Consecutive units of one paragraph with the same speaker and kind, where the
   later one has no date of its own, become one statement.
6. **Stance** from the lexicon (:mod:`toolkit.text.stance`).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.internals import create_dataframe_from_blocks

from toolkit.text.articles import parse_published
from toolkit.text.quotes import Quote, find_paragraphs, find_quotes, split_sentences
from toolkit.text.speakers import CUE, NameIndex, Person, Registry, Subject, find_subject, parse_np
from toolkit.text.stance import (
    Lexicon,
    find_terms,
    first_letters,
    load_stance_lexicon,
    score_terms,
    split_alternatives,
    word_start_union,
)
from toolkit.text.timex import (
    MONTHS,
    WEEKDAYS,
    Timex,
    check_text,
    find_timexes,
    folds_to_ascii,
    sentence_start,
    unusual_characters,
)

__all__ = ["STATEMENT_COLUMNS", "SUMMARY_COLUMNS", "StatementSet", "extract_statements"]

STATEMENT_COLUMNS: tuple[str, ...] = (
    "statement_id",
    "speaker",
    "role",
    "kind",
    "text",
    "quote",
    "start",
    "end",
    "date",
    "date_end",
    "precision",
    "date_source",
    "date_text",
    "time_of_day",
    "stance",
    "stance_score",
    "confidence",
)

#: The columns of the short view of statements (notebook display, ``market-reaction extract``).
SUMMARY_COLUMNS: tuple[str, ...] = (
    "statement_id",
    "speaker",
    "kind",
    "date",
    "precision",
    "time_of_day",
    "stance",
    "text",
)

_EVENT_VERBS = (
    r"testify|meet|introduce|vote|announce|speak|hold|travel|visit|sign|release|decide|impose|unveil"
    r"|address|deliver|appear|host|attend|consider|take\s+up|present|publish|begin|start|raise|cut|lower"
    r"|hike|negotiate|discuss|hold|brief|file|issue|respond|retaliate|levy|lift|pause|delay|extend|debate"
    r"|gather|convene|be\s+held|take\s+place|take\s+effect|come\s+into\s+force|resume"
)
_SCHEDULED = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|set|expected|slated|due)\s+(?:for|on)\b"
    r"|(?:will|(?:is|are)\s+(?:also\s+|still\s+)?(?:expected|scheduled|set|due|slated|poised|going)\s+to|plans?\s+to"
    r"|intends?\s+to|next)\s+(?:also\s+|likely\s+|soon\s+)?(?:" + _EVENT_VERBS + r"))\b"
)
_COMMUNICATIVE = (
    r"testified|defended|met\s+with|spoke\s+(?:with|to)|held\s+(?:talks|a\s+(?:call|meeting|news\s+conference|briefing))"
    r"|had\s+(?:[“\"]?[\w-]+[”\"]?\s+){0,3}[“\"]?(?:call|calls|meeting|talks|exchanges?|conversations?|discussions?)[”\"]?\s+with"
    r"|appeared\s+before|briefed|held\s+(?:\w+\s+){0,3}(?:talks|meetings?|calls?)"
    r"|met(?!\s+(?:expectations|forecasts|estimates|demand|targets?|the\s+(?:target|threshold|deadline)))"
    r"|ended\s+(?:their|its|the)\s+(?:meeting|talks|summit)|went\s+further"
)
_COMMUNICATIVE_RE = re.compile(r"\b(?:" + _COMMUNICATIVE + r")\b")
# Verbs that name a policy act by themselves, without a policy object nearby.
_SELF_POLICY = re.compile(r"\b(?:sanctioned|blacklisted|resigned|dissolved|stepped\s+down)\b")
_ACTION = re.compile(
    r"\b(?:"
    + _COMMUNICATIVE
    + r"|imposed|introduced|approved|passed|voted|signed|vetoed|unveiled|issued"
    r"|ordered|levied|slapped|raised|lowered|paused|suspended|delayed|exempted|retaliated|blocked"
    r"|struck|reached|agreed|filed|sued|launched|decided|lifted|extended|moved\s+to"
    r"|published|released|rejected|defeated|began|started|sanctioned|blacklisted"
    r"|resigned|dissolved|stepped\s+down"
    r"|ended(?!\s+(?:the\s+(?:day|session|week|month|year|quarter)|up|down|higher|lower|flat|at"
    r"|near|little|mixed)\b)|held(?!\s+(?:steady|up|on|at|near|firm|flat)\b)"
    r"|scrapped|abolished|halted|tightened|hiked|kept|left|removed|reinstated|restored"
    r"|doubled|expanded|scaled\s+back|rolled\s+back|phased\s+out"
    r"|surprised\s+(?:markets|investors|economists)"
    r"|(?<=['’]s\s)(?:decision|announcement)"
    r"|(?:decision|move|order|announcement|plan)\s+(?:\w+\s+){0,3}to\s+(?:impose|raise|pause|lift"
    r"|suspend|cut|exempt|delay|levy|propose|announce|extend|expand))\b"
)
_POLICY_OBJECT = re.compile(
    r"\b(?:tariffs?|duties|rates?|bill|measure|resolution|order|deal|agreement|sanctions|ban|levy"
    r"|legislation|law|exemptions?|pause|talks|plan|policy|amendment|veto|negotiations?|imports?"
    r"|exports?|lawsuit|restrictions|controls|truce|accord|framework|balance\s+sheet|stimulus"
    r"|list|countermeasures|curbs|cuts?|output|production|quotas?|instrument|programs?"
    r"|budget|package|treaty|surcharges?)\b",
    re.I,
)
_POLICY_OBJECT_LOWER = re.compile(_POLICY_OBJECT.pattern)  # for lower-cased text
_MARKET_WORDS = (  # in any case
    r"stocks?|markets?|shares|yields?|bonds?|futures|the\s+dollar|index|indexes|indices|equities"
    r"|crude|oil\s+(?:prices|futures)|spreads?|the\s+(?:euro|yen|yuan|pound)"
    r"|the\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:dollar|peso|rupee|ruble|rouble|franc|won|lira|rand|real|renminbi"
    r"|loonie|krona|krone|zloty|forint)|sterling|gold\s+prices?|copper\s+prices?"
)
# (grouped by first letter, so that a capital is checked once against all names)
_MARKET_NAMES = (
    r"S(?:&P\s*500|toxx(?:\s+(?:Europe\s+)?\d+)?|ensex)|D(?:ow(?:\s+Jones)?|AX)"
    r"|N(?:asdaq|ikkei(?:\s+225)?)|T(?:reasuries|SX)|FTSE(?:\s+100)?|CAC(?:\s+40)?"
    r"|Euro\s+Stoxx(?:\s+(?:Europe\s+)?\d+)?|Hang\s+Seng|Kospi|Russell\s+2000|VIX"
    r"|A(?:SX(?:\s+200)?)|Bovespa"
)
_MARKET_NOUN = re.compile(rf"\b(?:{_MARKET_NAMES}|(?i:{_MARKET_WORDS}))\b|\bBrent\b")
_MARKET_MOVE = re.compile(
    r"\b(?:rose|fell|gained|dropped|slid|tumbled|rallied|surged|climbed|plunged|sank|jumped|soared"
    r"|dipped|sagged|advanced|weakened|strengthened|firmed|touched\s+(?:a|an)\s+(?:[\w-]+\s+)?record"
    r"|(?:closed|ended|finished)\s+at\s+(?:a\s+)?(?:[\w-]+\s+)?records?|(?:hit|set)\s+(?:a\s+)?(?:new\s+)?records?"
    r"|(?:rising|falling|gaining|dropping|sliding|tumbling|climbing|jumping|sinking|plunging|slipping)"
    r"|(?:is|are|was|were)\s+(?:up|down)\s+[\d.]+"
    r"|declined|slumped|rebounded|recovered|gave\s+up|given\s+up|giving\s+up|erased|pared|buoy(?:ed)?"
    r"|lifted|dragged|closed\s+(?:up|down|higher|lower)|ended\s+(?:up|down|higher|lower)|wiped\s+out"
    r"|lost|shed|sold\s+off|tanked|spiked|swung|slipped|settled|edged\s+(?:up|down|higher|lower)"
    r"|widened|narrowed|retreated|extended\s+(?:its|their)\s+(?:decline|declines|losses|gains|rally|slide)"
    r"|(?:closed|ended|finished)\s+(?:the\s+day\s+)?(?:[\d.]+%?\s+|[\d.]+\s+(?:points?|percent)\s+)?"
    r"(?:up|down|higher|lower))\b"
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:long\s+|repeatedly\s+|also\s+|since\s+)?$")
_FINITE = re.compile(
    r"\b(?:would|will|was|were|is|are|had|has|have|could|should|might|may|can|expected|planned"
    r"|wanted|hoped|intended|wants|plans|expects)\b"
)
_THAT = re.compile(
    r"\bthat\b(?!\s+(?:message|point|view|position|warning|claim|argument|pledge|promise|stance)\b)|"
    r",\s+(?:arguing|saying|adding|noting|citing|warning)\b"
)

# A timeline entry: a paragraph that starts with its date and a dash or colon ("Feb. 1 — ...",
# "March 4: ..."). Its sentences tell their acts in the present tense, on that date.
_TIMELINE_LINE = re.compile(
    rf"(?m)^(?:(?:{'|'.join(MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+"
    rf"\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?)\s*(?:—|–|:|--?)\s+"
)
_ACTION_PRESENT = re.compile(
    r"\b(?:signs|imposes|announces|agrees|exempts|responds|drops|suspends|starts|pauses|raises"
    r"|lifts|delays|unveils|issues|orders|levies|retaliates|blocks|strikes|reaches|files|sues"
    r"|launches|decides|extends|publishes|releases|rejects|approves|passes|votes|vetoes"
    r"|introduces|sanctions|restores|doubles|halts|ends|hikes|slaps|proposes|meets|flies)\b"
)
# The day a speaker names as the day of speaking, inside a direct quotation, unless a future
# verb comes before it.
_SAID_TODAY = re.compile(r"(?i:today|this\s+(?:morning|afternoon|evening))")
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|going\s+to|expect|plan|hope)|['’]ll\b", re.I)
_CONDITIONAL = re.compile(r"^\s*(?:If|Unless|Should|Whether)\b")
# "since December" starts a period; it does not date the event of its sentence.
_SINCE = re.compile(r"(?:^|\b)since\s*$", re.I)
# "until March", "to the end of 2024": the end of a period, not the date of the event.
_UNTIL = re.compile(r"\b(?:until|till|through|to\s+the\s+(?:end|middle)\s+of)\s+$", re.I)
_UNTIL_ENDS = ("l ", "h ", "f ", "L ", "H ", "F ")
# An inverted cue: "..., said Rep. Jane Doe (D., Conn.), the top Democrat, on Sunday".
_INVERTED = re.compile(r"\s+(?:[A-Z]|the\s+[A-Z])")
_ASIDE = re.compile(r"\([^()]*\)|,\s+(?:the|a|an|who|whose|which|[A-Z][\w’'-]*['’]s)\b[^,]*,")
# A statement made at the occasion of the last action: "told reporters after the decision".
_AFTER_OCCASION = re.compile(
    r"\b(?:after|following)\s+the\s+(decision|vote|meeting|announcement|ruling|hearing|move)\b"
)
_OCCASION_STEMS = {
    noun: re.compile(rf"\b(?:{stems})", re.I)
    for noun, stems in (
        ("decision", "decid|decision"),
        ("vote", "vot|pass|approv|adopt|reject"),
        ("meeting", "meet|met\\b"),
        ("announcement", "announc"),
        ("ruling", "rul"),
        ("hearing", "hearing|testif"),
        ("move", "mov"),
    )
}
# A remark made where the previous speaker spoke: "At the same news conference, ...",
# "..., who stood beside him, said": it keeps that occasion's date whoever speaks.
_SAME_OCCASION = re.compile(
    r"\b(?:at|during|in|from|to)\s+the\s+same\s+(?:[\w-]+\s+){0,2}?(?:conference|hearing|briefing"
    r"|event|meeting|session|summit|interview|appearance|rally|call|forum|speech|gathering"
    r"|statement|press\s+availability)\b"
    r"|\b(?:stood|standing|sat|sitting|appeared|appearing|speaking)\s+(?:beside|alongside|next\s+to)"
    r"\s+(?:him|her|them)\b",
    re.I,
)
# An event announced inside reported speech: "X said the committee will vote next week",
# "X said he would raise tariffs on Friday".
_NESTED_SCHEDULED = re.compile(
    r"\b(?:will|would|(?:is|are|was|were)\s+(?:still\s+)?(?:expected|scheduled|set|due|going)\s+to"
    r"|plans?\s+to|planned\s+to)\s+(?:also\s+|soon\s+|then\s+)?(?:" + _EVENT_VERBS + r")\b"
)
_CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTHS))
_NESTED_WORDS = ("will", "would", "plan", "expected", "scheduled", "set", "due", "going")
# A remark "in the statement" (definite): the statement that came with the act just reported.
_DEFINITE_STATEMENT = re.compile(r"\bin\s+the\s+(?:statement|announcement|release)\b")
# A subordinate clause before an action verb: its own subject acts ("came after the Fed raised").
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|since|because|while|until)\s+(?=(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,4}$)"
)
# A cue inside a subordinate clause after the main clause: "..., after Trump threatened".
_SUBORDINATE_CUE = re.compile(
    r",[”\x22’]?\s+(?:\w+\s+){0,3}(?:after|before|when|since|because|while|until)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,4}$"
)
# Requests and demands report an act more than words: dated like actions.
_REQUEST = re.compile(r"asked|demanded|called\s+(?:on|for)\b")
# A quotation inside a sentence (its words do not count as distance).
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# ", and the Kremlin said today ...": a second clause with its own subject and verb.
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:the\s+)?[A-Z]|(?:he|she)\s)")
_AND_HINT = re.compile(r",\s+and\s")  # the start of every match of _AND_CLAUSE
# A nominal action ("decision ... to impose") is taken by its possessor: "The president's".
_NOMINALS = ("decision", "move", "order", "announcement", "plan")
_NOMINAL = r"[’']s\s+(?:decision|move|order|announcement|plan)\b"
_NAMED_POSSESSOR = re.compile(
    r"(?:^|\s)((?:the\s+|The\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)" + _NOMINAL
)
_POSSESSOR = re.compile(r"(?:^|\s)((?:the\s+|The\s+)?[\w ]+?)" + _NOMINAL)
_BY = re.compile(r"\s+by\s+")
# A scheduled event named by a possessive noun phrase: "The council's next meeting will be
# held on ...", "Saudi Arabia's extra cut will take effect on ...": the possessor acts.
_POSSESSIVE_EVENT = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w&.+-]*\s+){0,3}[A-Z][\w&.+-]*|(?:[a-z]+\s+)?[a-z]+)['’]s"
    r"\s+(?:[\w+-]+\s+){1,5}$"
)
_EVENT_NOUNS = (
    r"meeting|decision|vote|hearing|summit|session|talks|review|conference|election|deadline"
    r"|announcement|release|visit|testimony|speech"
)
# The same with a name as a modifier: "The next full OPEC+ ministerial meeting will be held".
_MODIFIER_EVENT = re.compile(
    r"\s*[Tt]he\s+(?:(?:next|first|final|full|new|annual|regular|emergency)\s+)*"
    r"([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})\s+(?:[a-z-]+\s+){0,3}(?:" + _EVENT_NOUNS + r")\s+$"
)
# An event and its date joined by a copula: "The central bank's decision is due Thursday",
# "The council's next meeting is on June 5".
_EVENT_COPULA = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w&.+-]*\s+){0,3}[A-Z][\w&.+-]*|(?:[a-z]+\s+)?[a-z]+)['’]s\s+"
    r"(?:[\w+-]+\s+){0,4}(?:" + _EVENT_NOUNS + r")\s+(?:is|are|will\s+be)\s+"
    r"(?:(?:due|set|scheduled|slated|expected)\s+)?(?:(?:on|for)\s+)?"
)
_CLAUSE_SUBJECT = re.compile(
    r"(?:he|she)\s+(?:also\s+|later\s+)?|(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:of\s+)?){1,5}"
)
_WORD = re.compile(r"\w+")
# A sentence that introduces a person as its subject: "Sen. Bob Corker ... was more cautious.",
# "Prime Minister Anna Lind struck a softer tone."
_INTRODUCTION_VERB = (
    r"(?:was|is|were|remained|seemed|appeared|struck|took|made|gave|sounded|kept|held|went"
    r"|came|spoke|met|sought|set|drew|[a-z]{3,}ed)\b"
)
_INTRODUCTION_VERB_SCAN = re.compile(rf"\s{_INTRODUCTION_VERB}")
_INTRODUCTION = re.compile(
    rf"\s*((?:[A-Z][\w.’'-]*,?\s+)(?:[\w.’'-]+,?\s+){{0,12}}?){_INTRODUCTION_VERB}"
)
# The time stamp that heads a live blog's entry: "21:40 — What we know so far".
_ENTRY_STAMP = re.compile(
    r"(\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?\s*[—–-]\s"
)
_ENTRY_KINDS = frozenset({"quote", "paraphrase", "action"})
# A proper name with a generic head noun: "OPEC+ group", "G7 bloc".
_GENERIC_HEAD = re.compile(
    r"^([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*)*)\s+(group|bloc|cartel|alliance)$"
)
# Head nouns of bodies that a later "the ministry", "the bank", "the group" refers back to.
_BODY_WORD = re.compile(
    r"\b(?:[Mm]inistry|[Bb]ank|[Gg]roup|[Cc]ommittee|[Dd]epartment|[Cc]ommission|[Aa]gency"
    r"|[Cc]ouncil|[Oo]ffice)\b"
)


# The patterns that classify units; each starts at a word start. Their union finds the
# places where any of them matches.
_SCANNED: tuple[re.Pattern[str], ...] = (CUE, _SCHEDULED, _ACTION, _MARKET_NOUN, _MARKET_MOVE)
_SCANNED_UNION = word_start_union([p.pattern for p in _SCANNED])
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
_SCANNED_UNION_CASED = word_start_union(
    [_MARKET_NOUN_CASED if p is _MARKET_NOUN else p.pattern for p in _SCANNED]
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


_SCAN_TRIES, _SCAN_OTHERS = _tries([first_letters(p.pattern) for p in _SCANNED])
_SCAN_TRIES_CASED, _SCAN_OTHERS_CASED = _tries(
    [first_letters(_MARKET_NOUN_CASED if p is _MARKET_NOUN else p.pattern) for p in _SCANNED]
)


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    paragraph: int
    quote_paragraph: bool
    kind: str | None = None
    verb_pos: int = -1
    speaker: Person | str | None = None
    role: str | None = None
    how: str = "none"
    timex: Timex | None = None
    date_source: str = "none"
    generic: bool = False
    communicative: bool = False
    fragment: bool = False
    inherited_from: _Unit | None = None
    said_today: Timex | None = None  # "our decision today": used when nothing else dates it
    head_clause: _Unit | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class StatementSet:
    """The statements of one article.

    Attributes
    ----------
    frame
        The statements (see :meth:`to_frame` for the columns).
    text
        The article text; ``start``/``end`` offsets refer to it.
    published
        The publication date.
    source
        The source label given to :func:`extract_statements`, if any.
    """

    frame: pd.DataFrame
    text: str
    published: dt.date
    source: str | None = None

    def to_frame(self) -> pd.DataFrame:
        """A copy of the statements as a DataFrame.

        Columns: statement_id, speaker, role, kind, text, quote, start, end, date, date_end,
        precision, date_source, date_text, time_of_day, stance, stance_score, confidence
        (plus article_id and source when a source was given). Text columns have dtype object
        (None where empty); start/end int64; date/date_end datetime64[ns]; scores float64.
        """
        return self.frame.copy()

    def __len__(self) -> int:
        return len(self.frame)

    def __iter__(self) -> Iterator[Any]:
        """Iterate over the rows as named tuples (``row.speaker``, ``row.text``, ...)."""
        return self.frame.itertuples(index=False, name="Statement")

    def _repr_html_(self) -> str:
        esc = html.escape
        head = (
            f"<p><b>{len(self)} statements</b> · published {esc(self.published.isoformat())}"
            + (f" · source {esc(str(self.source))}" if self.source else "")
            + "</p>"
        )
        cols = list(SUMMARY_COLUMNS)
        rows = []
        for rec in self.frame[cols].to_dict("records"):
            cells = []
            for col in cols:
                value = rec[col]
                if col == "date":
                    value = "" if pd.isna(value) else pd.Timestamp(value).date().isoformat()
                elif value is None or (isinstance(value, float) and pd.isna(value)):
                    value = ""
                value = str(value)
                if col == "text" and len(value) > 280:
                    value = value[:277] + "..."
                cells.append(f"<td>{esc(value)}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        header = "".join(f"<th>{esc(c)}</th>" for c in cols)
        return (
            f"{head}<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )


def _in_quote(pos: int, quotes: list[Quote], starts: list[int]) -> bool:
    """Whether ``pos`` lies in one of ``quotes`` (in text order; ``starts`` are their starts)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i].start <= pos < quotes[i].end


def _outside(
    matches: Iterator[re.Match[str]], quotes: list[Quote], starts: list[int]
) -> list[re.Match[str]]:
    return [m for m in matches if not _in_quote(m.start(), quotes, starts)]


def _complement(between: str) -> bool:
    """Whether ``between`` (text after a verb) runs into a "that" clause or a finite verb."""
    return _THAT.search(between, 3) is not None or _FINITE.search(between, 3) is not None


def _clause_bounds(text: str, unit: _Unit, pos: int, quotes: list[Quote]) -> tuple[int, int]:
    """Outside-quote stretch of the unit around ``pos``."""
    left, right = unit.start, unit.end
    for q in quotes:
        if q.end <= pos and q.end > left and q.start >= unit.start:
            left = q.end
        if q.start > pos and q.start < right:
            right = q.start
    semi = text.rfind(";", left, pos)
    if semi >= 0:
        left = semi + 1
    return left, right


class _Extractor:
    def __init__(self, text: str, published: dt.date, lexicon: Lexicon) -> None:
        self.text = text
        self.published = published
        self.lexicon = lexicon
        self.paragraphs = find_paragraphs(text)
        self.quotes = find_quotes(text, self.paragraphs)
        self.low = text.lower()
        self.unusual = unusual_characters(text)
        # case-insensitive matching of the text is case-sensitive matching of ``low``
        self.plain = len(self.low) == len(text) and not folds_to_ascii(self.unusual)
        self.timexes = find_timexes(text, published, low=self.low, unusual=self.unusual)
        self.index = NameIndex(text)
        self.registry = Registry(self.index)
        # by id() of the pattern (module constants): hashing a compiled pattern hashes its code
        self._scans: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        self._bodies: dict[str, str] = {}  # "ministry" -> the last ministry named in full
        self._quote_starts = [q.start for q in self.quotes]  # quotes come in text order
        self._timex_starts = [t.start for t in self.timexes]  # and so do time expressions
        # where every match of _AND_CLAUSE starts (and a few more places)
        self._and_starts = [m.start() for m in _AND_HINT.finditer(text)]
        self._timeline_heads: dict[int, re.Match[str]] | None = None  # by line start

    def _quotes_within(self, start: int, end: int) -> list[Quote]:
        """The quotations inside ``[start, end)``, in text order."""
        quotes = self.quotes
        out: list[Quote] = []
        for i in range(bisect.bisect_left(self._quote_starts, start), len(quotes)):
            q = quotes[i]
            if q.start >= end:
                break
            if q.end <= end:
                out.append(q)
        return out

    def _timexes_within(self, start: int, end: int) -> list[Timex]:
        """The time expressions inside ``[start, end)``, in text order."""
        timexes = self.timexes
        out: list[Timex] = []
        for i in range(bisect.bisect_left(self._timex_starts, start), len(timexes)):
            t = timexes[i]
            if t.start >= end:
                break
            if t.end <= end:
                out.append(t)
        return out

    def _outside(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """Matches of ``pattern`` inside ``[start, end)`` and outside quotations.

        The text is scanned once per pattern; units then take their slice by bisection.
        """
        if not self._scans:
            self._scan_all()
        scan = self._scans.get(id(pattern))
        if scan is None:
            found = _outside(pattern.finditer(self.text), self.quotes, self._quote_starts)
            scan = ([m.start() for m in found], found)
            self._scans[id(pattern)] = scan
        starts, found = scan
        lo = bisect.bisect_left(starts, start)
        if lo == len(starts) or starts[lo] >= end:
            return []
        hi = bisect.bisect_left(starts, end, lo)
        return [m for m in found[lo:hi] if m.end() <= end]

    def _scan_all(self) -> None:
        """The matches of the classifying patterns, as ``finditer`` gives them, in one pass.

        One combined pattern finds the word starts where any of them matches; each pattern is
        tried there unless its previous match has not ended yet.
        """
        text = self.text
        resume = [0] * len(_SCANNED)
        found: list[list[re.Match[str]]] = [[] for _ in _SCANNED]
        if folds_to_ascii(self.unusual):
            union, tries, others = _SCANNED_UNION, _SCAN_TRIES, _SCAN_OTHERS
        else:
            union, tries, others = _SCANNED_UNION_CASED, _SCAN_TRIES_CASED, _SCAN_OTHERS_CASED
        m = union.search(text)
        while m is not None:
            pos = m.start()
            m = union.search(text, pos + 1)
            for i in tries.get(text[pos], others):
                if resume[i] > pos:
                    continue
                hit = _SCANNED[i].match(text, pos)
                if hit is not None and hit.end() > pos:
                    found[i].append(hit)
                    resume[i] = hit.end()
        for pattern, hits in zip(_SCANNED, found):
            kept = _outside(iter(hits), self.quotes, self._quote_starts)
            self._scans[id(pattern)] = ([h.start() for h in kept], kept)

    def _clause_bounds(self, unit: _Unit, pos: int) -> tuple[int, int]:
        """:func:`_clause_bounds` given only the quotations that can bound the clause.

        Those start in ``[unit.start, pos)`` (before ``pos``) or in ``(pos, unit.end)`` (after).
        """
        starts = self._quote_starts
        lo = bisect.bisect_left(starts, min(unit.start, pos))
        hi = bisect.bisect_left(starts, max(unit.end, pos + 1))
        return _clause_bounds(self.text, unit, pos, self.quotes[lo:hi])

    # -- units -----------------------------------------------------------------------------
    def units(self) -> list[_Unit]:
        text = self.text
        out: list[_Unit] = []
        by_paragraph: dict[int, list[Quote]] = {}
        for q in self.quotes:
            by_paragraph.setdefault(q.paragraph, []).append(q)
        for pi, (ps, pe) in enumerate(self.paragraphs):
            local = by_paragraph.get(pi, [])
            if local and local[0].start == ps:
                out.append(_Unit(ps, pe, pi, True))
                continue
            for s, e in split_sentences(text, ps, pe, local):
                head: _Unit | None = None
                for cs, ce in self._clauses(s, e):
                    out.append(_Unit(cs, ce, pi, False, head_clause=head))
                    head = head or out[-1]
        return out

    def _clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """Split a sentence at ", and" when a second subject with its own verb follows.

        "Grekov warned two days ago that ..., and the Kremlin said today that ..." gives two
        statements; a list of names ("Ron Wyden, ..., and one Republican, Rand Paul, plans
        to") is left alone.
        """
        text = self.text
        i = bisect.bisect_left(self._and_starts, start)
        if i == len(self._and_starts) or self._and_starts[i] >= end:
            return [(start, end)]  # no ", and" in the sentence
        out: list[tuple[int, int]] = []
        s = start
        for m in _AND_CLAUSE.finditer(text, start, end):
            if (
                _in_quote(m.start(), self.quotes, self._quote_starts)
                or len(_WORD.findall(text, s, m.start())) < 6
            ):
                continue
            subj = _CLAUSE_SUBJECT.match(text, m.end())
            if subj is None:
                continue
            verb = subj.end()
            if not (
                CUE.match(text, verb)
                or (not subj.group(0).startswith(("he ", "she ")) and _ACTION.match(text, verb))
            ):
                continue  # ", and he said ...": a pronoun starts a clause of its own with a cue
            out.append((s, m.start()))
            s = m.end()
        out.append((s, end))
        return out

    def _subject(self, unit: _Unit, m_start: int, m_end: int) -> Subject | None:
        left, right = self._clause_bounds(unit, m_start)
        return find_subject(self.text, left, m_start, m_end, right, self.index)

    def _resolve(self, unit: _Unit, subject: Subject | None) -> bool:
        if subject is None:
            return False
        if subject.kind == "name":
            person = self.registry.person(subject, subject.start)
            self.registry.touch(person)
            unit.speaker, unit.role, unit.how = person, person.role, "named"
            return True
        if subject.kind == "pronoun":
            opens = unit.start == 0 or self.text[unit.start - 2 : unit.start] in (
                ". ",
                ".\n",
                "\n\n",
            )
            sentence = unit.start if opens else sentence_start(self.text, subject.start)
            if subject.start > sentence + 2:
                # "Sen. Marco Rubio has long pushed for ..., and he said ...": the person
                # the sentence opened with comes first
                self._introduce(sentence, subject.start)
            referent = self.registry.pronoun(subject.text)
            if referent is None:
                unit.how = "pronoun-unresolved"
                return subject.text in ("he", "she")
            self.registry.touch(referent)
            unit.speaker, unit.role, unit.how = referent, referent.role, "pronoun"
            return True
        if subject.kind == "role":
            holder = self.registry.by_role(subject.text)
            if holder is not None:
                self.registry.touch(holder)
                unit.speaker, unit.role, unit.how = holder, holder.role or subject.role, "role"
            else:
                unit.speaker, unit.role, unit.how = None, subject.role, "role-unresolved"
            return True
        name = subject.text
        if " " not in name and name.islower():
            # "the ministry said": the last body of that kind the article named
            body = self._bodies.get(name)
            if body is not None:
                name = body
        else:
            generic = _GENERIC_HEAD.match(name)
            if generic is not None:  # "the OPEC+ group": the body is OPEC+
                name = generic.group(1)
                self._bodies[generic.group(2)] = name
            for word in _BODY_WORD.findall(name):
                self._bodies[word.lower()] = name
        unit.speaker, unit.how = name, "group"
        return True

    def classify(self, unit: _Unit) -> None:
        text = self.text
        span = (unit.start, unit.end)
        if not unit.quote_paragraph and _CONDITIONAL.match(text, unit.start):
            return
        for m in self._outside(CUE, *span):
            cue = m.start()
            comma = text.rfind(",", max(unit.start, cue - 60), cue)
            if comma > unit.start + 30 and _SUBORDINATE_CUE.match(text, comma, cue) is not None:
                continue  # "..., a day after President Trump threatened to ...": not the main verb
            subject = self._subject(unit, cue, m.end())
            if self._resolve(unit, subject):
                unit.kind = "action" if _REQUEST.match(m.group(0)) else "paraphrase"
                unit.verb_pos = cue
                before = text[max(unit.start, cue - 30) : cue]
                unit.generic = _PERFECT.search(before) is not None
                return
        if unit.quote_paragraph:
            unit.kind = "quote"
            unit.how = "carried"
            unit.verb_pos = unit.start
            return
        patterns = [(_SCHEDULED, "scheduled"), (_ACTION, "action")]
        if self._timeline_head(unit) is not None:
            patterns.append((_ACTION_PRESENT, "action"))
        for pattern, kind in patterns:
            for m in self._outside(pattern, *span):
                verb = m.start()
                communicative = kind == "action" and _COMMUNICATIVE_RE.match(text, verb) is not None
                if kind == "action" and not communicative and not _SELF_POLICY.match(text, verb):
                    if not self._policy_object(
                        max(unit.start, verb - 60), min(unit.end, m.end() + 90)
                    ):
                        continue
                subject = self._agent(unit, m)
                if subject is None and not (unit.start == 0 or self._fragment(unit)):
                    continue
                if subject is not None:
                    self._resolve(unit, subject)
                else:
                    unit.fragment = True
                unit.kind, unit.verb_pos, unit.communicative = kind, verb, communicative
                return
        if self._event_copula(unit):
            return
        if unit.start == 0 or self._fragment(unit):
            unit.fragment = True
        nouns = self._outside(_MARKET_NOUN, *span)
        moves = self._outside(_MARKET_MOVE, *span) if nouns else []
        if nouns and moves:
            unit.kind, unit.verb_pos, unit.how = "market", moves[0].start(), "market"

    def _timeline_head(self, unit: _Unit) -> re.Match[str] | None:
        """The date and dash that open the unit's paragraph, when it is a timeline entry."""
        if self._timeline_heads is None:  # every line that opens with one, found once
            self._timeline_heads = {m.start(): m for m in _TIMELINE_LINE.finditer(self.text)}
        if not self._timeline_heads:
            return None
        return self._timeline_heads.get(self.text.rfind("\n", 0, unit.start) + 1)

    def _timeline_date(self, unit: _Unit) -> Timex | None:
        """The date of the timeline entry the unit belongs to, if it is in one."""
        head = self._timeline_head(unit)
        if head is None:
            return None
        return next(iter(self._timexes_within(head.start(), head.end())), None)

    def _policy_object(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names a policy object (:data:`_POLICY_OBJECT`)."""
        if self.plain:  # the lower-cased text, where the words need no case folding
            return _POLICY_OBJECT_LOWER.search(self.low[start:end]) is not None
        return _POLICY_OBJECT.search(self.text[start:end]) is not None

    def _fragment(self, unit: _Unit) -> bool:
        first = self.paragraphs[0][0] if self.paragraphs else 0
        return (
            unit.paragraph == 0 and unit.start == first and self.text[first : first + 1].islower()
        )

    def _agent(self, unit: _Unit, m: re.Match[str]) -> Subject | None:
        left, right = self._clause_bounds(unit, m.start())
        head = self.text[left : m.start()]
        if m.group(0).split()[0] in _NOMINALS:
            # "The president's decision ... to impose": the possessor acts
            phrase = head + self.text[m.start() : m.end()]
            poss = _NAMED_POSSESSOR.search(phrase) or _POSSESSOR.search(phrase)
            if poss:
                return find_subject(
                    self.text,
                    left + poss.start(1),
                    left + poss.end(1),
                    left + poss.end(1),
                    right,
                    self.index,
                )
        if m.re is _SCHEDULED:
            poss = _POSSESSIVE_EVENT.fullmatch(head) or _MODIFIER_EVENT.fullmatch(head)
            if (
                poss is not None
                and find_subject(self.text, left, m.start(), m.end(), right, self.index) is None
            ):
                return self._possessor(left + poss.start(1), left + poss.end(1))
        subs = list(_SUBORDINATE.finditer(head))
        if subs:  # "The decision came after the Fed raised rates": the last clause's subject
            left += subs[-1].end()
        by = _BY.match(self.text[m.end() : m.end() + 6])
        if by:  # passive: "introduced by Sen. Tim Kaine"
            start = m.end() + by.end()
            agent = parse_np(self.text[start:right], start, self.index)
            if agent is not None:
                return agent
        return find_subject(self.text, left, m.start(), m.end(), right, self.index)

    def _event_copula(self, unit: _Unit) -> bool:
        """Classify "The bank's decision is due Thursday" (:data:`_EVENT_COPULA`) as scheduled.

        The date must follow the copula directly; the possessor is the agent.
        """
        head = self.text[unit.start : unit.start + 60]
        if unit.quote_paragraph or ("'s" not in head and "’s" not in head):
            return False
        m = _EVENT_COPULA.match(self.text, unit.start, unit.end)
        if m is None:
            return False
        after = self._timexes_within(m.end(), unit.end)
        if not after or after[0].start != m.end():
            return False
        subject = self._possessor(m.start(1), m.end(1))
        if subject is None or not self._resolve(unit, subject):
            return False
        unit.kind, unit.verb_pos = "scheduled", m.end()
        return True

    def _possessor(self, start: int, end: int) -> Subject | None:
        """The possessor ``text[start:end]`` of an event as its agent: a name or a body."""
        word = self.text[start:end]
        if word.islower():  # "the council's", "the central bank's": a body named before
            last = word.split()[-1]
            if _BODY_WORD.fullmatch(last) is None:
                return None
            return Subject("group", last, start=end - len(last))
        if word.split()[0] in _CALENDAR_WORDS or self._timexes_within(start, end):
            return None  # "The next Monday meeting": a date, not an agent
        return parse_np(word, start, self.index) or Subject("group", word, start=start)

    # -- dates -----------------------------------------------------------------------------
    def explicit_date(self, unit: _Unit) -> Timex | None:
        """The unit's own date: the time expression nearest its verb, outside quotations.

        After a speech cue only the cue's own phrase counts ("said in a briefing Tuesday
        afternoon", "wrote on social media Wednesday night"): an expression behind "that", a
        finite verb or more than eight words belongs to what was said, not to when.
        """
        best: tuple[int, Timex] | None = None
        speech = unit.kind in ("quote", "paraphrase")
        anchor = unit.verb_pos if unit.verb_pos >= 0 else unit.start
        text = self.text
        cue_end = anchor
        if speech and unit.verb_pos >= 0:
            cue = CUE.match(text, anchor)
            cue_end = cue.end() if cue else anchor
        inverted = speech and _INVERTED.match(text, cue_end) is not None
        for t in self._timexes_within(unit.start, unit.end):
            if _in_quote(t.start, self.quotes, self._quote_starts):
                continue
            if t.text[:5].lower() == "since" or self._since_before(t.start):
                continue
            if text.endswith(_UNTIL_ENDS, 0, t.start) and _UNTIL.search(
                text, max(0, t.start - 24), t.start
            ):
                continue  # "extend the cuts to the end of 2024": the end of a period
            if not speech and t.text[-2:] in ("'s", "’s"):
                # "recovered after Monday's rout": the date of an earlier event; a remark
                # "said after Wednesday's vote" is made on that occasion and keeps it
                continue
            if t.start < anchor and self._in_aside(unit.start, anchor, t.start):
                continue  # "Noguchi, who joined the board in 2021, voted ...": not the act's date
            dist = abs(t.start - anchor)
            if t.start > anchor:
                between = text[anchor : t.start]
                limit = 8
                if inverted:  # skip the speaker's name, party tag and appositions
                    between = _ASIDE.sub(" ", between)
                    limit = 16
                words = len(_WORD.findall(between)) - 1
                if words > (limit if speech else 14) or _complement(between):
                    if speech:
                        continue
                    dist += 1000
            if best is None or dist < best[0]:
                best = (dist, t)
        return None if best is None else best[1]

    def _said_today(self, unit: _Unit) -> Timex | None:
        """A day the speaker names as the day of speaking, inside the unit's quotation: "our
        decision today is ..." (not "we will pass it today", which names a later event)."""
        for t in self._timexes_within(unit.start, unit.end):
            if not _SAID_TODAY.fullmatch(t.text):
                continue
            if _in_quote(t.start, self.quotes, self._quote_starts) and not _FUTURE_BEFORE.search(
                self.text, max(unit.start, t.start - 40), t.start
            ):
                return t
        return None

    def _in_aside(self, start: int, end: int, pos: int) -> bool:
        """Whether ``pos`` lies in an apposition or relative clause set off by commas (or in
        parentheses) within ``[start, end)`` (:data:`_ASIDE`)."""
        if "," not in self.text[start:pos] and "(" not in self.text[start:pos]:
            return False
        return any(m.start() < pos < m.end() for m in _ASIDE.finditer(self.text, start, end))

    def _since_before(self, pos: int) -> bool:
        """Whether "since" comes right before ``pos`` (:data:`_SINCE`)."""
        lo = max(0, pos - 7)
        if self.plain and "since" not in self.low[lo:pos]:
            return False  # (every match of _SINCE holds "since" in some case)
        return _SINCE.search(self.text, lo, pos) is not None

    # -- pipeline --------------------------------------------------------------------------
    def run(self) -> list[_Unit]:
        units = self.units()
        kept: list[_Unit] = []
        for unit in units:
            self.classify(unit)
            if unit.kind is None:
                self._introduce(unit.start, unit.end)
                prev = kept[-1] if kept else None
                if (
                    prev is not None
                    and prev.paragraph == unit.paragraph
                    and prev.kind == "quote"
                    and self.text[unit.start] in '“"«'
                ):
                    prev.end = unit.end  # “...,” he said. “More of the same quote.”
                continue
            if unit.kind == "quote" and unit.how == "carried":
                prev = kept[-1] if kept else None
                if (
                    prev is not None
                    and prev.paragraph == unit.paragraph - 1
                    and prev.kind in ("quote", "paraphrase")
                ):
                    unit.speaker, unit.role = prev.speaker, prev.role
                    unit.how = "carried"
                elif not self._quote_continues(unit):
                    unit.how = "unattributed"
            if unit.kind == "paraphrase" and (
                unit.quote_paragraph or self.text[unit.start] in '“"«„' or self._mostly_quoted(unit)
            ):
                unit.kind = "quote"
            unit.timex = self.explicit_date(unit)
            head = unit.head_clause
            if unit.timex is None and head is not None and head.kind != "scheduled":
                # one sentence, one date (but an announced event's date is not the day
                # of a remark in the same sentence)
                unit.timex = head.timex
            if unit.kind == "scheduled" and unit.timex is not None:
                # an announced event on a bare weekday ("is due Thursday") is the coming one
                before = self.published - dt.timedelta(days=1)
                if unit.timex.date is not None and unit.timex.date <= before:
                    unit.timex = _coming_weekday(unit.timex, before) or unit.timex
            if unit.timex is None:
                unit.timex = self._timeline_date(unit)  # "Feb. 1 — ... . Trudeau announces ..."
            if unit.timex is not None:
                unit.date_source = "explicit"
            elif unit.kind == "quote":
                unit.said_today = self._said_today(unit)
            kept.append(unit)
        self._fix_fragments(kept)
        self._fix_quote_chains(kept)
        merged = self._merge(kept)
        self._inherit(merged)
        nested = [n for u in merged if (n := self._nested(u)) is not None]
        if nested:
            merged = sorted(merged + nested, key=lambda u: (u.start, u.end))
        return merged

    def _nested(self, unit: _Unit) -> _Unit | None:
        """A dated future event that a paraphrase reports, as a statement of its own.

        "X said on Monday the committee will vote next week": the committee's vote is
        scheduled for next week, whatever the date of the remark. The event's subject acts;
        a pronoun or a missing subject leaves it to the speaker.
        """
        if (
            unit.kind != "paraphrase"
            or unit.verb_pos < 0
            or unit.quote_paragraph
            or len(unit.parts) > 1  # several remarks in one row: which one announced it is unclear
        ):
            return None
        text = self.text
        if self.plain:  # every match of _NESTED_SCHEDULED holds one of these words
            low = self.low[unit.verb_pos : unit.end]
            if not any(w in low for w in _NESTED_WORDS):
                return None
        cue = CUE.match(text, unit.verb_pos)
        if cue is None:
            return None
        found = self._outside_slow(_NESTED_SCHEDULED, cue.end(), unit.end)
        if found is None:
            return None
        outer = unit.timex or (unit.inherited_from.timex if unit.inherited_from else None)
        reference = outer.date if outer is not None else self.published
        timex = None
        for t in self._timexes_within(found.end(), unit.end):
            if _in_quote(t.start, self.quotes, self._quote_starts):
                continue
            between = _WORD.findall(_QUOTED.sub(" ", text[found.end() : t.start]))
            if len(between) > 12:
                break
            if self._since_before(t.start) or _UNTIL.search(text, max(0, t.start - 24), t.start):
                break
            timex = t
            break
        if timex is not None and timex.date is not None and timex.date <= reference:
            timex = _coming_weekday(timex, reference)
        if timex is None or timex.date is None or timex.date <= reference:
            return None
        head = text[cue.end() : found.start()]
        that = head.rfind("that ")
        offset = cue.end() + (that + 5 if that >= 0 else len(head) - len(head.lstrip()))
        end = next((e for s, e in unit.parts if s <= found.start() < e), unit.end)
        subject = parse_np(text[offset : found.start()], offset, self.index)
        event = _Unit(offset, end, unit.paragraph, False)
        event.kind, event.verb_pos = "scheduled", found.start()
        if subject is None or subject.kind == "pronoun" or not self._resolve(event, subject):
            event.speaker, event.role, event.how = unit.speaker, unit.role, unit.how
        if event.speaker is None:
            return None
        event.timex, event.date_source = timex, "explicit"
        event.parts = [(event.start, event.end)]
        return event

    def _outside_slow(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """The first match of ``pattern`` in ``[start, end)`` outside quotations."""
        for m in pattern.finditer(self.text, start, end):
            if not _in_quote(m.start(), self.quotes, self._quote_starts):
                return m
        return None

    def _mostly_quoted(self, unit: _Unit) -> bool:
        """Whether quoted words make up half of the unit's words, and at least eight."""
        # (\w+ needs no context: matches within bounds equal those in a slice)
        covered = 0
        for q in self._quotes_within(unit.start, unit.end):
            covered += len(_WORD.findall(self.text, q.inner_start, q.inner_end))
        if covered < 8:
            return False
        return covered >= 0.5 * len(_WORD.findall(self.text, unit.start, unit.end))

    def _introduce(self, start: int, end: int) -> None:
        """Make a person who is the subject of the clause at ``start`` the latest one.

        "Sen. Bob Corker was more cautious. He said ...": the pronoun goes to Corker.
        """
        text = self.text
        head_end = min(end, start + 160)
        if (
            not text[start : start + 1].isupper()
            or _INTRODUCTION_VERB_SCAN.search(text, start, head_end) is None
        ):
            return
        m = _INTRODUCTION.match(text, start, head_end)
        if m is None:
            return
        subject = parse_np(m.group(1), start + m.start(1), self.index)
        if subject is not None and subject.kind == "name":
            self.registry.touch(self.registry.person(subject, subject.start))

    def _quote_continues(self, unit: _Unit) -> bool:
        first = next((q for q in self.quotes if q.start == unit.start), None)
        return first is not None and any(
            q.group == first.group and q.paragraph < unit.paragraph for q in self.quotes
        )

    def _fix_fragments(self, units: list[_Unit]) -> None:
        lead = [u for u in units if u.paragraph == (units[0].paragraph if units else 0)]
        if not lead or not any(u.fragment for u in lead):
            return
        donor = next(
            (u for u in units if u.paragraph > lead[0].paragraph and isinstance(u.speaker, Person)),
            None,
        )
        if donor is None or donor.paragraph > lead[0].paragraph + 2:
            return
        for u in lead:
            if u.speaker is None:
                u.speaker, u.role, u.how = donor.speaker, donor.role, "lead"

    def _fix_quote_chains(self, units: list[_Unit]) -> None:
        by_start = {q.start: q for q in self.quotes}
        groups: dict[int, list[_Unit]] = {}
        for u in units:
            q = by_start.get(u.start)
            if u.quote_paragraph and q is not None:
                groups.setdefault(q.group, []).append(u)
        for members in groups.values():
            named = next((u for u in members if u.speaker is not None), None)
            if named is None:
                continue
            for u in members:
                if u.speaker is None:
                    u.speaker, u.role, u.how = named.speaker, named.role, "carried"

    def _merge(self, units: list[_Unit]) -> list[_Unit]:
        out: list[_Unit] = []
        by_start = {q.start: q for q in self.quotes}
        quoted = {(q.group, q.paragraph) for q in self.quotes}  # where each quote has parts
        for u in units:
            prev = out[-1] if out else None
            first = by_start.get(u.start) if u.quote_paragraph else None
            if (
                prev is not None
                and first is not None
                and prev.paragraph == u.paragraph - 1
                and prev.kind == "quote"
                and _same_speaker(prev.speaker, u.speaker)
                and (first.group, prev.paragraph) in quoted
            ):
                prev.parts.append((u.start, u.end))
                prev.end = u.end  # a quote running over several paragraphs
                prev.paragraph = u.paragraph
                continue
            if (
                prev is not None
                and prev.paragraph == u.paragraph
                and not u.quote_paragraph
                and not prev.quote_paragraph
                and prev.kind == u.kind
                and prev.kind in ("paraphrase", "action", "scheduled")
                and u.speaker is not None
                and _same_speaker(prev.speaker, u.speaker)
                and u.timex is None
            ):
                prev.parts.append((u.start, u.end))
                prev.end = u.end
                continue
            u.parts = [(u.start, u.end)]
            out.append(u)
        return out

    def _inherit(self, units: list[_Unit]) -> None:
        occasions: dict[str, _Unit] = {}
        prev: _Unit | None = None
        last_speech: _Unit | None = None  # the last dated remark's occasion
        last_event: _Unit | None = None  # the last statement or act with a date of its own
        last_market: _Unit | None = None  # the last market remark with a date of its own
        actions: list[_Unit] = []
        for u in units:
            key = _speaker_key(u.speaker)
            speech = u.kind in ("quote", "paraphrase") or u.communicative
            if u.timex is not None:
                if speech and key is not None:
                    occasions[key] = u
                if u.kind == "action" and u.timex.precision == "day":
                    actions.append(u)  # an occasion is one day: "after the vote"
            elif (
                u.kind == "market"
                and last_market is not None
                and last_market.paragraph == u.paragraph
            ):
                # the same session: "Stocks fell Thursday. Yields rose.", whatever came between
                u.inherited_from = last_market
                u.date_source = "inherited"
            elif u.kind == "market" and (occasion := self._occasion(u, actions)) is not None:
                u.inherited_from = occasion  # "The euro rose after the decision."
                u.date_source = "inherited"
            elif u.kind in ("quote", "paraphrase") and not u.generic and key is not None:
                source = occasions.get(key)
                if last_speech is not None and self._same_occasion(u):
                    source = last_speech
                elif (
                    last_event is not None
                    and last_event.paragraph >= u.paragraph - 1
                    and self._definite_statement(u)
                ):
                    source = last_event
                named = self._occasion(u, actions)
                if named is not None:
                    source = named  # "told reporters after the vote": that occasion, first
                if (
                    named is None
                    and prev is not None
                    and prev.paragraph == u.paragraph
                    and prev.timex is not None
                    and _same_speaker(prev.speaker, u.speaker)
                ):
                    source = prev  # same paragraph, same speaker: the same occasion
                if (
                    source is None
                    and prev is not None
                    and prev.timex is not None
                    and (prev.communicative or prev.kind in ("quote", "paraphrase"))
                ):
                    if (
                        isinstance(u.speaker, Person)
                        and isinstance(prev.speaker, str)
                        and _member_of(u.speaker, prev.speaker)
                    ):
                        source = prev
                if (
                    source is None
                    and prev is not None
                    and prev.kind in ("quote", "paraphrase")
                    and _part_of(u.speaker, prev.speaker)
                ):
                    source = prev if prev.timex is not None else prev.inherited_from
                if source is not None and source.timex is not None:
                    u.inherited_from = source
                    u.date_source = "inherited"
                    if key not in occasions or source is last_speech:
                        occasions[key] = source
                elif u.said_today is not None:
                    u.timex, u.date_source = u.said_today, "explicit"
                    occasions[key] = u
            if u.kind != "market" and u.timex is not None:
                last_event = u
            if u.kind == "market" and u.timex is not None:
                last_market = u
            if speech:
                dated = u if u.timex is not None else u.inherited_from
                if dated is not None and dated.timex is not None:
                    last_speech = dated
            prev = u
        self._inherit_entry_day(units)
        for u, nxt in zip(units, units[1:]):
            if (
                u.kind == "market"
                and nxt.kind == "market"
                and u.date_source == "none"
                and nxt.timex is not None
                and u.paragraph == nxt.paragraph
            ):
                u.inherited_from = nxt  # "Stocks fell at the open. The S&P 500 dropped on Monday."
                u.date_source = "inherited"

    def _definite_statement(self, unit: _Unit) -> bool:
        """Whether ``unit`` was said "in the statement" (:data:`_DEFINITE_STATEMENT`)."""
        if self.plain:  # every match holds one of these words
            low = self.low[unit.start : unit.end]
            if not any(w in low for w in ("statement", "announcement", "release")):
                return False
        for m in _DEFINITE_STATEMENT.finditer(self.text, unit.start, unit.end):
            if not _in_quote(m.start(), self.quotes, self._quote_starts):
                return True
        return False

    def _same_occasion(self, unit: _Unit) -> bool:
        """Whether ``unit`` says it was made at the previous remark's occasion."""
        if self.plain:  # every match of _SAME_OCCASION holds one of these words
            low = self.low[unit.start : unit.end]
            if not any(w in low for w in ("same", "beside", "alongside", "next")):
                return False
        for m in _SAME_OCCASION.finditer(self.text, unit.start, unit.end):
            if not _in_quote(m.start(), self.quotes, self._quote_starts):
                return True
        return False

    def _inherit_entry_day(self, units: list[_Unit]) -> None:
        """Date the undated statements of a live blog's time-stamped entries.

        A live blog ("21:40 — What we know so far") posts each entry on the publication day:
        a statement in an entry with no date of its own and no earlier occasion is of that
        day. Two or more stamped entries make a live blog.
        """
        text = self.text
        stamps = [
            (pi, m)
            for pi, (ps, _pe) in enumerate(self.paragraphs)
            if text[ps].isdigit() and (m := _ENTRY_STAMP.match(text, ps)) is not None
        ]
        if len(stamps) < 2:
            return
        firsts = [pi for pi, _m in stamps]
        for u in units:
            if u.date_source != "none" or u.generic or u.kind not in _ENTRY_KINDS:
                continue
            k = bisect.bisect_right(firsts, u.paragraph) - 1
            if k < 0:
                continue
            m = stamps[k][1]
            day = self.published
            holder = _Unit(m.start(), m.end(), stamps[k][0], False)
            holder.timex = Timex(m.start(), m.end(), m.group(1), day.isoformat(), day, day, "day")
            u.inherited_from = holder
            u.date_source = "inherited"

    def _occasion(self, unit: _Unit, actions: list[_Unit]) -> _Unit | None:
        """The dated action that ``unit`` says it followed ("after the vote"), if any.

        The last earlier action of the same kind ("voted" for "the vote", "met" for "the
        meeting"), else the last dated action.
        """
        if not actions:
            return None
        for m in _AFTER_OCCASION.finditer(self.text, unit.start, unit.end):
            if _in_quote(m.start(), self.quotes, self._quote_starts):
                continue
            stem = _OCCASION_STEMS[m.group(1)]
            for action in reversed(actions):
                if stem.search(self.text, action.start, action.end):
                    return action
            return actions[-1]
        return None

    # -- output ----------------------------------------------------------------------------
    def records(self, units: list[_Unit]) -> list[tuple[Any, ...]]:
        """One row per statement, its values in the order of :data:`STATEMENT_COLUMNS`."""
        text = self.text
        records: list[tuple[Any, ...]] = []
        last_stance: dict[str, tuple[str, float]] = {}
        terms = find_terms(text, self.lexicon, low=self.low)  # sorted by position
        term_starts = [pos for pos, _stance, _weight in terms]
        for i, u in enumerate(units, start=1):
            body = text[u.start : u.end]
            inner = [
                text[q.inner_start : q.inner_end].strip()
                for q in self._quotes_within(u.start, u.end)
            ]
            quote = " ".join(s for s in inner if s) or None
            source = u.timex or (u.inherited_from.timex if u.inherited_from else None)
            key = _speaker_key(u.speaker)
            if u.kind == "market":
                stance, score = "neutral", 0.0
            else:
                lo = bisect.bisect_left(term_starts, u.start)
                hi = bisect.bisect_left(term_starts, u.end, lo)
                stance, score, _ = score_terms(terms[lo:hi])
                if stance == "neutral" and u.kind in ("quote", "paraphrase") and key in last_stance:
                    stance, score = last_stance[key][0], round(last_stance[key][1] / 2, 4)
                if key is not None and stance != "neutral":
                    last_stance[key] = (stance, score)
            speaker = u.speaker.name if isinstance(u.speaker, Person) else u.speaker
            role = u.speaker.role if isinstance(u.speaker, Person) else u.role
            confidence = _CONFIDENCE.get(u.how, 0.4)
            if u.date_source == "inherited":
                confidence *= 0.9
            records.append(
                (
                    f"s{i:03d}",  # statement_id
                    speaker,
                    role,
                    u.kind,
                    body,  # text
                    quote,
                    u.start,
                    u.end,
                    None if source is None else source.date,
                    None if source is None else source.date_end,
                    "unknown" if source is None else source.precision,
                    u.date_source if source is not None else "none",
                    None if source is None else source.text,  # date_text
                    None if u.timex is None else u.timex.time_of_day,
                    stance,
                    float(score),  # stance_score
                    round(confidence, 3),
                )
            )
        return records


# The confidence of a statement by how its speaker was found (0.4 otherwise).
_CONFIDENCE = {
    "named": 0.9,
    "role": 0.8,
    "pronoun": 0.75,
    "carried": 0.7,
    "group": 0.7,
    "market": 0.8,
    "lead": 0.5,
}


def _coming_weekday(timex: Timex, reference: dt.date) -> Timex | None:
    """A bare weekday ("on Friday") of an announced event: the first such day after
    ``reference`` (the day of the remark); None for any other expression."""
    words = timex.text.split()
    if timex.precision != "day" or not words or words[-1] not in WEEKDAYS:
        return None
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in ("on", "by")):
        return None  # "last Friday", "next Friday": the expression says which one
    day = timex.date
    while day <= reference:
        day += dt.timedelta(days=7)
    return dataclasses.replace(timex, value=day.isoformat(), date=day, date_end=day)


def _speaker_key(speaker: Person | str | None) -> str | None:
    if speaker is None:
        return None
    if isinstance(speaker, Person):
        return speaker.surname
    return speaker.lower()


def _same_speaker(a: Person | str | None, b: Person | str | None) -> bool:
    return a is not None and _speaker_key(a) == _speaker_key(b)


def _member_of(person: Person, group: str) -> bool:
    g = group.lower()
    checks = []
    if "senat" in g:
        checks.append(
            person.title in ("Sen.", "Sens.", "Senator") or "senator" in (person.role or "").lower()
        )
    if "house" in g or "representatives" in g:
        checks.append(person.title in ("Rep.", "Reps.", "Representative"))
    if "republican" in g:
        checks.append(person.party == "R")
    if "democrat" in g:
        checks.append(person.party == "D")
    if "lawmakers" in g or "legislators" in g:
        checks.append(
            person.title in ("Sen.", "Sens.", "Senator", "Rep.", "Reps.", "Representative")
        )
    return bool(checks) and all(checks)


def _part_of(speaker: Person | str | None, body: Person | str | None) -> bool:
    """Whether ``speaker`` speaks for ``body``, the speaker just before.

    "China's Commerce Ministry" after "China", "the ministry" after "China's Commerce
    Ministry", a "ministry spokesman" after the ministry.
    """
    if not isinstance(body, str) or speaker is None:
        return False
    b = body.lower().replace("’", "'")
    last = b.split()[-1]
    if isinstance(speaker, Person):
        return last in (speaker.role or "").lower().split()
    a = speaker.lower().replace("’", "'")
    return a.startswith(b + "'s ") or b.endswith(" " + a) or (a != b and a.split()[-1] == last)


_INT_COLUMNS = ("start", "end")
_DATE_COLUMNS = ("date", "date_end")
_FLOAT_COLUMNS = ("stance_score", "confidence")
_OBJECT_COLUMNS = tuple(
    c for c in STATEMENT_COLUMNS if c not in _INT_COLUMNS + _DATE_COLUMNS + _FLOAT_COLUMNS
)


def _positions(columns: tuple[str, ...]) -> np.ndarray:
    return np.array([STATEMENT_COLUMNS.index(c) for c in columns], dtype=np.intp)


# One block of columns per dtype: where each block's columns stand in the frame.
_BLOCKS = tuple(
    (columns, _positions(columns))
    for columns in (_OBJECT_COLUMNS, _INT_COLUMNS, _FLOAT_COLUMNS, _DATE_COLUMNS)
)
_COLUMNS = pd.DataFrame(columns=list(STATEMENT_COLUMNS)).columns  # as pandas names them

_EPOCH = dt.date(1970, 1, 1).toordinal()
_NAT = np.iinfo(np.int64).min  # the integer that datetime64 reads as NaT


def _frame(records: list[tuple[Any, ...]]) -> pd.DataFrame:
    """The statements frame, built once from the rows (one 2D array per dtype).

    The arrays are the frame's blocks as pandas lays them out (columns by rows), so pandas
    has nothing to infer, copy or align: text columns are objects (None where empty), start
    and end int64, the scores float64 and the dates datetime64[ns] (NaT where unknown).
    """
    n = len(records)
    values = dict(zip(STATEMENT_COLUMNS, zip(*records))) if n else {}
    empty: tuple[Any, ...] = ()
    obj_columns, obj_at = _BLOCKS[0]
    objects = np.empty((len(obj_columns), n), dtype=object)
    for k, col in enumerate(obj_columns):
        # str or None, taken as they are (never inferred as a str dtype)
        objects[k] = np.fromiter(values.get(col, empty), dtype=object, count=n)
    blocks = [(objects, obj_at)]
    for (columns, at), dtype in zip(_BLOCKS[1:3], (np.int64, np.float64)):
        blocks.append((np.array([values.get(c, empty) for c in columns], dtype=dtype), at))
    date_columns, date_at = _BLOCKS[3]
    # days since 1970-01-01 (NaT where there is no date), as datetime64[D] counts them
    days = np.array(
        [
            [_NAT if d is None else d.toordinal() - _EPOCH for d in values.get(c, empty)]
            for c in date_columns
        ],
        dtype=np.int64,
    )
    blocks.append((days.view("datetime64[D]").astype("datetime64[ns]"), date_at))
    # (a view of the column index: each frame may rename its own)
    return create_dataframe_from_blocks(blocks, index=pd.RangeIndex(n), columns=_COLUMNS.view())


def extract_statements(
    text: str,
    *,
    published: Any,
    source: str | None = None,
    article_id: str | None = None,
    lexicon: Any = None,
) -> StatementSet:
    """Extract dated policy statements (quotes, paraphrases, actions, plans, market remarks).

    Parameters
    ----------
    text
        The article text (``str`` or UTF-8 ``bytes``).
    published
        The publication date (``date``, ``Timestamp`` or ``"YYYY-MM-DD"``); relative dates
        ("Tuesday", "last week") are resolved against it.
    source
        A label for the article (outlet, file name); when given, the frame gains ``source``
        and ``article_id`` columns.
    article_id
        The article's identifier for the ``article_id`` column (default: ``source``).
    lexicon
        A stance lexicon: path to a YAML file, a parsed mapping, a ``Lexicon``, or None for the
        shipped ``toolkit/text/resources/stance_lexicon.yaml``.

    Returns
    -------
    StatementSet

    Raises
    ------
    InputError
        If ``text`` is not a string (or UTF-8 bytes), or ``published`` is missing or not a
        date, or ``lexicon`` is malformed.

    Examples
    --------
    >>> s = extract_statements("“We will win,” Jane Doe said Tuesday.", published="2025-04-09")
    >>> s.to_frame()[["speaker", "kind", "date_source", "precision"]].to_dict("records")
    [{'speaker': 'Jane Doe', 'kind': 'quote', 'date_source': 'explicit', 'precision': 'day'}]
    """
    text = check_text(text)
    pub = parse_published(published, name="published")
    lex = load_stance_lexicon(lexicon)
    extractor = _Extractor(text, pub, lex)
    frame = _frame(extractor.records(extractor.run()))
    if source is not None or article_id is not None:
        frame["article_id"] = pd.Series([article_id or source] * len(frame), dtype="object")
        frame["source"] = pd.Series([source] * len(frame), dtype="object")
    return StatementSet(frame=frame, text=text, published=pub, source=source)
