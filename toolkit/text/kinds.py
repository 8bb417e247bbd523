"""Stage ``kinds``: what each unit reports, and who reports or does it.

**Kind.** A unit with a speech cue ("said", "told", "wrote", "insisted", ...) outside its
quotations is a *quote* (when it opens with a quotation mark or quoted words make up most of
it) or a *paraphrase* (a request or demand, "asked", "called for", is an *action*); else a
future construction with an event verb ("will testify", "plans to introduce", "is expected
to announce"), or any future verb with a later date close after it and someone as its subject
("EU ambassadors will take a first look at the package tomorrow", "The committee has a
hearing on Tuesday"), makes it *scheduled*; a past-tense policy verb ("imposed", "introduced a bill",
"approved", "signed", "spoke with", "had a call with", "testified", "defended ... before")
an *action* (in a timeline entry, "Feb. 1 — Trump signs ...", "March 9 (Monday): ambassadors
endorse ...", any act of a lemma list in the present tense too, whatever its object); an
event and its date joined by a copula ("The central bank's decision is due Thursday") is
*scheduled*; so is a calendar event in the present tense with a later date ("The ECB meets
again on March 19", :mod:`toolkit.text.announced`), and a dated event that names no one who
holds it ("The rule takes effect Nov. 12", "Minutes are due next Wednesday", "Exporters have
until Dec. 31"), whose agent is the body before a relative "which" or that of the act or
event just before it; a market noun with a movement verb ("the S&P 500 had given up any gains") a
*market* remark, and so is a company's move by a percentage that opens a sentence ("Vexa
Technology fell 4.1% ...", not "Inflation rose 3.2%"). A quote paragraph without a cue is a quote that continues the previous
paragraph's speaker (:mod:`toolkit.text.referents`). A sentence that opens with a condition
("If the Fed raised rates, ...") reports nothing. A unit with none of these is dropped; a
sentence of it that opens with a quotation mark continues the quote just before it in the
paragraph ("“...,” he said. “More of the same quote.”"). A quotation introduced by a colon or
a comma after a short clause is a quote of that clause's subject, whatever its verb ("Mr.
Christie gloated: “...”", "Clinton: “...”"); so is a quotation signed after a dash ("“...”
— Ana Ruiz"), and a headline of a name and a colon ("Ana Ruiz: Rates Will Stay High") is a
paraphrase of that person; so is a headline in title case with a verb of speech or stance
("Ana Ruiz Slams Port Levy"). Last, a unit with none of these whose verb is a stance
(``STANCE``: "accused", "wants", "endorsed", "believes", "lambasted", "is seeking", ... in
every form of the lemma families of :mod:`toolkit.text.vocabulary`) is a paraphrase when a
person or a body by name stands right before it ("Sen. Bo Diaz, a Democrat, accused ...",
"The Commerce Department welcomes ..."), or opens a predicate whose later verb it is ("Ruiz
went on television to criticize ...", "..., praising the deal"); a base form ("oppose")
counts after a plural subject or an auxiliary only; lone proper nouns, common nouns that open
a sentence, passives, nouns and a title without a full stop take none ("Brussels wants ...",
"Governments welcomed ...", "what's called ...", "the Diaz plan"). A unit with none of these
either whose subject's verb takes a that-clause ("Ruiz intimated that ...") is a paraphrase
too. A cue
whose subject stands in the object of the act that opens the unit is not its verb: "The
Senate voted to end the emergency President Hale declared" is the Senate's act. In a
transcript (:mod:`toolkit.text.transcript`) the guest's sentences that nothing else
classified are quotes of the guest, and the host's "you said" a paraphrase of the guest.

The subject of the cue or verb is found by :mod:`toolkit.text.attribution` and resolved by
:mod:`toolkit.text.referents`, unit by unit in text order.

Reads ``start``, ``end``, ``paragraph``, ``quote_paragraph``; sets ``kind``, ``verb_pos``,
``generic`` (a cue in the present perfect, "has dismissed"), ``communicative``, ``fragment``
(text of a cut-off lead), ``runs_to`` (of a quote continued by the next sentences), and the
speaker fields (``speaker``, ``role``, ``how``). Returns the units that have a kind.
"""

from __future__ import annotations

import bisect
import re

from toolkit.text.announced import (
    CLOCK_BEFORE_DATE,
    deadline_event,
    future_act,
    present_event,
    scheduled_event,
    told_plan,
)
from toolkit.text.attribution import agent, in_subordinate, possessor, subject
from toolkit.text.document import Document, _Unit, in_quote
from toolkit.text.identity import is_known_body
from toolkit.text.patterns import (
    ACTION,
    ACTION_PRESENT,
    ADJUNCT_BEFORE,
    APPOSITION,
    ASIDE,
    AUXILIARY_BEFORE,
    BODY_OPENER,
    BODY_WORD,
    BUDGET_ACT,
    BY,
    CALENDAR_SUBJECT,
    CAPITALISED_RUN,
    CHAMBER_OBJECT,
    CLAUSE_JOIN_BEFORE,
    COMMUNICATIVE,
    COMPLEMENT,
    COMPLEMENT_SPAN,
    CONDITIONAL,
    DASH_SOURCE,
    DATA_SOURCE,
    DOCUMENT_SPEAKS,
    DOCUMENT_SPEAKS_WORDS,
    ECONOMY_MARKET_BEFORE,
    ENTRY_EVENT,
    EVENT_COPULA,
    EXPECTATION_THAT,
    FINITE_VERB_BEFORE,
    FUTURE_ACT,
    GERUND_BEFORE,
    HEADLINE_COLON,
    HEADLINE_CUE,
    INTRO_DASH,
    INTRO_MARK,
    INTRO_MAX_TAIL,
    INTRO_MAX_WORDS,
    IT_MOVE,
    LABELLED_CUE,
    MARKET_MOVE,
    MARKET_MOVE_PRESENT,
    MARKET_NOUN,
    MARKET_PEOPLE,
    MARKET_PEOPLE_PRICING,
    MARKET_PRICING,
    MEASURE_BEFORE,
    MEASURE_CHANGE,
    NEXT_EVENT,
    OPENING_CONDITION,
    OPENING_WORDS,
    PARTICIPLE_OPENING,
    PASSIVE_BEFORE,
    PAST_EFFECT,
    PERFECT,
    PLURAL_HINT_BEFORE,
    POLICY_COMMITTEE,
    POLICY_OBJECT,
    POLICY_OBJECT_LOWER,
    PREDICATE_GAP,
    PREDICATE_LINK,
    PREPOSITION_BEFORE,
    PRESENT_EFFECT,
    PRESENT_EVENT,
    PRONOUN_OPENING,
    PUBLISHED_MEASURE,
    REDUCED_RELATIVE_BEFORE,
    REPLY_ALONE,
    REQUEST,
    SCHEDULED,
    SELF_POLICY,
    SIGNATURE_BREAK,
    SPEECH_VERBS,
    STANCE,
    STANCE_BASE_FORMS,
    STANCE_GAP,
    START_FROM_BEFORE,
    STOCK_MOVE,
    SUBORDINATE_OPENING,
    SUBORDINATE_WHEN,
    SUBORDINATOR_WORD,
    SUPER_LABEL,
    TALLIED,
    TALLY,
    TALLY_AFTER,
    TITLE_WORD,
    TOLD_FOR,
    WHICH_BEFORE,
    WORD,
    label_line,
    last_match,
)
from toolkit.text.quotes import DOUBLED_MARKS
from toolkit.text.referents import introduce, named_body, resolve, speaker_name
from toolkit.text.speakers import (
    CHAMBER,
    CUE,
    FORECAST_REVISION,
    GROUP_NOUNS,
    INSTITUTIONS,
    NON_PERSON_WORDS,
    OCCASION_ASIDE,
    OPENING_PRONOUN,
    RUN_IN_HEADING,
    Person,
    Subject,
    find_subject,
    parse_np,
)
from toolkit.text.timex import sentence_start
from toolkit.text.transcript import (
    Turn,
    addressed_guest,
    continues_turn_quote,
    find_turns,
    turn_quote,
)
from toolkit.text.vocabulary import BODY_WORDS


def classify_units(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Classify each unit in text order; keep those with a kind."""
    text = doc.text
    kept: list[_Unit] = []
    turns = find_turns(doc)  # a transcript's speaker turns ("GOVERNOR LEE: ...")
    for unit in units:
        turn = turns.get(unit.paragraph) if turns else None
        if turn is not None and turn.start == unit.start < turn.end < unit.end:
            unit.start = turn.end  # the turn's label is no part of what is said
        # a guest's "I dissented because ...", "We will publish ...": the guest's quote
        own = (
            turn is not None
            and not turn.host
            and _FIRST_PERSON_OPENING.match(text, unit.start) is not None
        )
        if not own:
            classify(doc, unit, turns)
        if unit.kind == "paraphrase":
            _plan_told_for(doc, unit)
        if unit.kind is None and not unit.quote_paragraph and not own:
            # "The justices will hear arguments next Wednesday.", "The rule takes effect
            # Nov. 12."
            (
                _document_speaks(doc, unit, kept)
                or _future_act(doc, unit)
                or _deadline(doc, unit, kept)
                or _past_effect(doc, unit, kept)
                or _budget_measure(doc, unit, kept)
                or _unnamed_scheduled(doc, unit, kept)
                or _announced_decision(doc, unit, kept)
                or _vote_tally(doc, unit, kept)
                or _passive_act(doc, unit, kept)
            )
        elif unit.kind in ("action", "scheduled") and unit.how == "pronoun-unresolved":
            _body_before(doc, unit, kept)  # "China has ... It first required licences ..."
        if unit.kind is None and unit.how == "pronoun-unresolved" and unit.verb_pos >= 0:
            # "The Bundesbank has been critical. In its monthly report, it said ...": the body
            # (not after a person's remark: "Berg said growth was slowing. It said ...")
            last = kept[-1] if kept else None
            if last is None or last.how == "group" or last.paragraph < unit.paragraph - 1:
                _body_before(doc, unit, kept)
            if isinstance(unit.speaker, str):
                unit.kind = "paraphrase"
            else:
                unit.verb_pos = -1
        if unit.kind is None and turn is not None and not turn.host:
            guest = turn_quote(doc, unit, turn)  # what the guest says is a quote
            if guest is not None and resolve(doc, unit, guest):
                unit.kind, unit.verb_pos = "quote", turn.start
                if kept and continues_turn_quote(doc, kept[-1], unit, turn):
                    kept[-1].runs_to = unit.end  # the guest's next sentence, same quote
                    continue
        elif unit.kind is None and turn is not None:
            told = addressed_guest(doc, unit, turns)  # the host: "you said ..."
            if told is not None and resolve(doc, unit, told[0]):
                unit.kind, unit.verb_pos = "paraphrase", told[1]
        if unit.kind is None and _market_it(doc, unit, kept):
            kept.append(unit)
            continue
        if unit.kind is None:
            introduce(doc, unit.start, unit.end)
            prev = kept[-1] if kept else None
            if (
                prev is not None
                and prev.paragraph == unit.paragraph
                and prev.kind == "quote"
                and (
                    text[unit.start] in '“"«'
                    or text.startswith(DOUBLED_MARKS, unit.start)
                    or _quote_starts_at(doc, unit.start)  # ('...' in single marks)
                )
            ):
                prev.runs_to = unit.end  # “...,” he said. “More of the same quote.”
            continue
        if (unit.kind == "paraphrase" and _market_traders(doc, unit)) or (
            unit.kind == "action" and _market_people(unit)
        ):
            # "Traders in fed funds futures now see a 70% chance of a cut": the market's
            # pricing, no one's statement
            unit.kind, unit.speaker, unit.role, unit.how = "market", None, None, "market"
        if unit.kind == "paraphrase" and (
            unit.quote_paragraph
            or text[unit.start] in '“"«„'
            or text.startswith(DOUBLED_MARKS, unit.start)
            or _quote_starts_at(doc, unit.start)
            or _mostly_quoted(doc, unit)
        ):
            unit.kind = "quote"
        if (
            unit.kind != "quote"
            and _asks(text, unit)
            and QUOTE_MARK.search(text, unit.start, unit.end) is None
        ):
            continue  # a question in the writer's words is no statement ("What has Caracas
            # said?", "And the secretary testified himself?"); a quotation may ask one
        if (
            unit.kind == "paraphrase"
            and NOTHING_SAID.match(text, unit.verb_pos)
            and NEGATION_BEFORE.search(text, max(unit.start, unit.verb_pos - 24), unit.verb_pos)
        ):
            continue  # "Thailand hasn't said anything publicly yet", "has not said whether
            # she will sign": nothing was said
        if unit.kind == "paraphrase" and _says_nothing(doc, unit):
            continue  # "The central bank responded within hours.": what it said comes next
        if _heading(doc, unit):
            unit.heading = True
        if unit.kind == "paraphrase" and _no_comment(doc, unit):
            continue  # "The ECB declined to comment.", "The White House did not respond to a
            # request for comment": no words said
        kept.append(unit)
    return kept


def _says_nothing(doc: Document, unit: _Unit) -> bool:
    """Whether the unit's verb of reply reports no words ("The central bank responded within
    hours.", "The regulator answered that question at lunchtime.", "posted her own estimate."):
    ``REPLY_ALONE`` at the cue, a few words to the sentence's end, no quotation, no "that"."""
    if REPLY_ALONE.match(doc.text, unit.verb_pos) is None:
        return False
    rest = doc.text[unit.verb_pos : unit.end]
    return (
        len(WORD.findall(rest)) <= 7
        and QUOTE_MARK.search(rest) is None
        and _WORDS_FOLLOW.search(rest) is None
    )


def _heading(doc: Document, unit: _Unit) -> bool:
    """Whether the unit is a headline's or a crosshead's statement: a paraphrase or an act in a
    paragraph of one short line that does not end as a sentence does, in title case or with
    its verb in the headline's present tense ("Reserve Bank cuts OCR to 2 per cent, signals
    easing cycle is near its end", "Seoul warns it will hit back"; not a wrap's list line "The
    Dow Jones Industrial Average rose 0.7%", nor a quotation)."""
    if unit.kind not in ("paraphrase", "action") or unit.verb_pos < 0:
        return False
    start, end = doc.paragraphs[unit.paragraph]
    line = doc.text[start:end].strip()
    if len(line) > 160 or "\n" in line or line[-1:] in '.!?"”’)…:;':
        return False
    if _NAMED_HEADLINE.match(line):
        return False  # "Ana Ruiz: Rates Will Stay High": a headline that names who said it
        # is reported (see _headline_colon)
    words = line.split()
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    verb = WORD.match(doc.text, unit.verb_pos)
    present = verb is not None and _HEADLINE_VERB.fullmatch(verb.group(0)) is not None
    return title_case or present


# A headline that opens with who said it and a colon: "Ana Ruiz: ...", "Holmqvist: ...".
_NAMED_HEADLINE = re.compile(r"[A-Z][^:\n]{0,40}:\s")
# A verb in the present tense of a headline: "cuts", "warns", "says" (not "was", "has").
_HEADLINE_VERB = re.compile(r"[a-z]{2,}[^s]s|says")


def _no_comment(doc: Document, unit: _Unit) -> bool:
    """Whether the unit's whole predicate is a comment declined (``_NO_COMMENT`` right after
    its subject, at most eight words in, to the sentence's end): "The ECB declined to
    comment.", "A Treasury spokesman declined to comment on whether further designations were
    planned" (not "said it respects the judgment and would not comment")."""
    m = _NO_COMMENT.search(doc.text, unit.start, unit.end)
    if m is None:
        return False
    head = doc.text[unit.start : m.start()]
    return len(WORD.findall(head)) <= 8 and "," not in head and CUE.search(head) is None


# A sentence that says no comment was given, to its end: "declined to comment.", "did not
# respond to a request for comment on whether ...", "could not be reached for comment".
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|did\s+not|didn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t)"
    r"\s+(?:immediately\s+)?(?:to\s+)?(?:comment|respond\s+to\s+(?:a\s+|several\s+)?requests?\s+for"
    r"\s+comment|be\s+reached\s+for\s+comment|return\s+(?:a\s+)?(?:calls?|requests?)"
    r"\s+(?:seeking|for)\s+comment)\b[^.;:“”\x22]*[.]?\s*$"
)
# What introduces the words a reply reports: "that", "to say", "saying", a colon.
_WORDS_FOLLOW = re.compile(r"\b(?:that|to\s+say|saying)\b|:")


# What makes "notes" the securities: "10-year notes", "Treasury notes", "floating-rate notes".
_SECURITY_BEFORE = re.compile(r"(?:year|month|week|Treasury|treasury|rate|bank|promissory)\s+$")
# A sentence whose subject is the speaker: "I dissented", "We will publish", "On Tuesday we
# sent ...".
_FIRST_PERSON_OPENING = re.compile(r"(?:[A-Z][^,.\n]{0,40},[^\S\n]+)?(?:I|[Ww]e)\b(?![.-])")
# A saying denied, at a paraphrase's cue and before it: "has not | said whether", "hasn't |
# said anything".
NOTHING_SAID = re.compile(r"said\s+(?:anything|whether|if)\b")
NEGATION_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:yet\s+|publicly\s+)?$")
# A quotation mark of any kind.
QUOTE_MARK = re.compile(r"[\"“”«»„]")
# A passive participle and "and" right before a cue that is a participle too: "was circulated
# to members on Friday and | posted".
_PASSIVE_AND_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+\w+ed\b[^.;]*\band\s+$")


def _asks(text: str, unit: _Unit) -> bool:
    """Whether ``unit`` is a question: it ends with a question mark."""
    return text[unit.start : unit.end].rstrip().endswith("?")


def _opens_its_clause(doc: Document, unit: _Unit, cue: int) -> bool:
    """Whether the words before ``cue`` open the unit's sentence: at most four of them, from
    the unit's start ("Most Republicans say ...", "Critics say ...")."""
    return len(WORD.findall(doc.text, unit.start, cue)) <= 4


def _market_traders(doc: Document, unit: _Unit) -> bool:
    """Whether the unit tells the market's pricing: traders, investors or dealers as a group
    with a verb that is no speech cue ("Traders in rate futures added to bets on further
    easing"; but "Some investors said ..." is what they said)."""
    cue = CUE.match(doc.text, unit.verb_pos)
    if cue is not None and cue.group(0) == "according to":
        # "Swaps markets were pricing a 35% chance of a cut, according to Lighthouse Bank
        # data": the data a market line cites speaks for no one
        if not _market_line(doc, unit.start, cue.start()):
            return False
        # data cited, or a market that opens the sentence ("The rupee appreciated by 46 paisa
        # ..., according to the State Bank of Pakistan": the bank's reference rate)
        return (
            DATA_SOURCE.match(doc.text, cue.end()) is not None
            # ("..., according to traders": the market's own people)
            or MARKET_PEOPLE.match(doc.text, cue.end() + 1) is not None
            or doc.first_outside(MARKET_NOUN, unit.start, min(unit.end, unit.start + _SUBJECT_REACH))
            is not None
        )
    if not _market_people(unit):
        return False
    if (
        cue is not None
        and _TRAILING_SUBJECT.search(doc.text, max(unit.start, cue.start() - 30), cue.start())
        and _market_line(doc, unit.start, cue.start())
    ):
        return True  # "The shilling closed at 3,702 to the dollar, traders said": the market's
    return (
        cue is None
        or doc.text.startswith(" to ", cue.end())  # ("added to bets")
        or cue.group(0).lower() not in SPEECH_VERBS  # ("now see a 70% chance")
    )


# A subject of a few words after a comma, right before its verb: "..., traders said".
_TRAILING_SUBJECT = re.compile(r",\s+(?:[\w’'-]+\s+){1,4}$")
# How far from the start of a sentence its subject is looked for (characters).
_SUBJECT_REACH = 40


def _market_people(unit: _Unit) -> bool:
    """Whether the unit's speaker is traders, investors or dealers as a group
    (``MARKET_PEOPLE``): "Traders in rate futures trimmed bets on an April cut"."""
    return isinstance(unit.speaker, str) and MARKET_PEOPLE.fullmatch(unit.speaker) is not None


def _economy_market(text: str, noun: re.Match[str]) -> bool:
    """Whether the market word ``noun`` names a market of the economy, not of finance: "a
    labor market that is falling off a cliff", "the housing market"."""
    return noun.group(0).lower() in ("market", "markets") and (
        ECONOMY_MARKET_BEFORE.search(text, max(0, noun.start() - 16), noun.start()) is not None
    )


def _market_line(doc: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a market line: a market's noun and its move, or traders'
    pricing ("Traders had been evenly split between ...")."""
    if doc.outside(MARKET_NOUN, start, end) and doc.outside(MARKET_MOVE, start, end):
        return True
    return (
        MARKET_PEOPLE_PRICING.match(doc.text, start, end) is not None
        or MARKET_PRICING.match(doc.text, start, end) is not None  # ("Traders ... now see ...")
    )


def _market_it(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify "It fell a further 0.4 per cent ..." as a market line when the statement before
    it, in its paragraph or the one before, is one (``IT_MOVE``)."""
    prev = kept[-1] if kept else None
    if prev is None or prev.kind != "market" or prev.paragraph < unit.paragraph - 1:
        return False
    m = IT_MOVE.match(doc.text, unit.start, unit.end)
    if m is None:
        return False
    unit.kind, unit.verb_pos, unit.how = "market", m.end(), "market"
    return True


def _trailing_source_cue(
    doc: Document, unit: _Unit, cues: list[re.Match[str]]
) -> re.Match[str] | None:
    """The last cue of ``unit`` when the sentence ends on it as its source, a name after a
    comma ("..., its secretary general, Ana Ruiz, said in a statement overnight."), with
    another cue before that comma; else None."""
    last = cues[-1]
    if last.group(0) not in ("said", "says") or cues[0].start() >= last.start():
        return None
    m = _TRAILING_SOURCE.search(doc.text, max(unit.start, last.start() - 120), unit.end)
    if m is None or m.start("cue") != last.start() or cues[-2].start() > m.start():
        return None
    return last


# A source named after a comma at a sentence's end, with its cue and occasion: ", its secretary
# general, Ana Ruiz, said in a statement overnight." (a name, not a description).
_TRAILING_SOURCE = re.compile(
    r",\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+"
    r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*,?\s+(?P<cue>said|says)\b[^,;.]{0,60}\.?\s*$"
)


def _quote_starts_at(doc: Document, pos: int) -> bool:
    """Whether a quotation of ``doc`` opens at ``pos`` (whatever its marks)."""
    i = bisect.bisect_left(doc.quote_starts, pos)
    return i < len(doc.quote_starts) and doc.quote_starts[i] == pos


def classify(doc: Document, unit: _Unit, turns: dict[int, Turn] | None = None) -> None:
    """Set the kind of ``unit`` (None if it has none), its verb and its speaker; ``turns`` are
    the article's transcript turns (:func:`toolkit.text.transcript.find_turns`), whose labels
    are no headline's speaker."""
    text = doc.text
    span = (unit.start, unit.end)
    if not unit.quote_paragraph and CONDITIONAL.match(text, unit.start):
        return
    if not unit.quote_paragraph and _BROADCAST_CUE.fullmatch(text, unit.start, unit.end):
        return  # "Elliot Sandoval, thanks.", "NPR's Selena Markham reports.": a broadcast's
        # thanks to a guest or its hand-over to a reporter, no statement
    cues = doc.outside(CUE, *span)
    opening_end = _opening_clause_end(doc, unit)
    if opening_end > 0:
        # "While Comey has said ..., Lewandowski said ...": the main clause's cue first
        cues = [m for m in cues if m.start() > opening_end] + [
            m for m in cues if m.start() < opening_end
        ]
    if len(cues) > 1 and (trailing := _trailing_source_cue(doc, unit, cues)) is not None:
        # "The truckers' union warned it would ..., its secretary general, Ana Ruiz, said in a
        # statement overnight": the source the sentence ends on tells all of it
        cues = [trailing] + [m for m in cues if m is not trailing]
    if (unit.quote_paragraph and _dash_source(doc, unit)) or _labelled(doc, unit):
        return  # a quotation and its signature ("... asked about the talks" asks nothing), or
        # a statement under its speaker's label
    embedded = False  # a cue in the object of the unit's act: the act is the statement
    if unit.shares_subject and (
        _shares_head_speaker(doc, unit, cues) or _shares_head_act(doc, unit)
    ):
        return
    for m in cues:
        cue = m.start()
        if in_subordinate(doc, unit, cue):
            continue  # "..., a day after President Trump threatened to ...": not the main verb
        if m.group(0) == "posted" and _PASSIVE_AND_BEFORE.search(text, unit.start, cue):
            continue  # "The report was circulated to members on Friday and posted on the
            # website": a passive, posted by no one named
        if FORECAST_REVISION.match(text, cue) and (
            any(
                text.find(" and ", act.end(), cue) >= 0
                for act in doc.outside(ACTION, unit.start, cue)
            )
            or _after_market_move(doc, unit, cue)
        ):
            continue  # "The bank lowered its policy rate and it cut its inflation forecast":
            # the act it is coordinated with is the sentence's; "Shares fell 9% after it cut
            # its profit forecast": the market's
        if _in_who_aside(doc, unit, cue, _WHOSE_ASIDE) and any(
            later.start() > cue for later in cues
        ):
            continue  # "Ana Ruiz, whose union had demanded a bigger rise, said ...": the
            # sentence's cue is the one after the aside
        if m.group(0) == "say" and not _opens_its_clause(doc, unit, cue):
            continue  # "..., but officials on both sides say", "technology that investigators
            # say has been rerouted": a plain "say" is a cue only where its clause opens
        found = subject(doc, unit, cue, m.end())
        if found is not None and _embedded(doc, unit, found):
            embedded = True  # "The Senate voted to end the emergency the president declared"
            continue
        if resolve(doc, unit, found):
            unit.kind = "action" if REQUEST.match(m.group(0)) else "paraphrase"
            unit.verb_pos = cue
            before = text[max(unit.start, cue - 30) : cue]
            unit.generic = PERFECT.search(before) is not None
            return
        if found is not None and found.kind == "pronoun" and found.text.lower() == "it":
            if unit.verb_pos < 0 and not REQUEST.match(m.group(0)):
                unit.verb_pos = cue  # "It said ...": the body before it, if any (the caller's)
    if not unit.quote_paragraph and _dash_source(doc, unit):
        return
    if unit.quote_paragraph:
        unit.kind = "quote"
        unit.how = "carried"
        unit.verb_pos = unit.start
        return
    if _introduced_quote(doc, unit):
        return
    if not (turns and unit.paragraph in turns) and _headline_colon(doc, unit):
        return  # (but "Fiona Hale: Because the job is not finished.": a turn, not a headline)
    if _headline_cue(doc, unit):
        return
    patterns = [(SCHEDULED, "scheduled"), (ACTION, "action")]
    if doc.timeline_head(unit) is not None:
        patterns.append((ACTION_PRESENT, "action"))
    for pattern, kind in patterns:
        for m in doc.outside(pattern, *span):
            verb = m.start()
            if kind == "scheduled" and EXPECTATION_THAT.search(text, unit.start, verb):
                continue  # "expectations that the Bank will lower rates before Christmas"
            if (
                kind == "action"
                and text.find(" when ", max(unit.start, verb - 60), verb) >= 0
                and SUBORDINATE_WHEN.search(text, max(unit.start, verb - 60), verb)
            ):
                continue  # "the seat left vacant when Governor Ana Ruiz resigned in March"
            if kind == "action" and _after_market_move(doc, unit, verb):
                continue  # "Bank stocks suffered their worst day on Friday after the government
                # approved ... a levy": the market's day (the act is a statement of its own)
            if kind == "action" and text.endswith(("to be ", "to have been "), unit.start, verb):
                continue  # "expects the rule to be published next month": no act done
            if (
                kind == "action"
                and text.endswith(" to ", unit.start, verb)
                and m.group(0).split()[0] in _SAME_AS_BASE
            ):
                continue  # "meets on Tuesday to set the date of the strike": an infinitive
            if kind == "action" and _PLURAL_RELATIVE_BEFORE.search(
                text, max(unit.start, verb - 40), verb
            ):
                continue  # "Devices from countries that have signed trade agreements ... will
                # face a 15% rate": the relative clause of a noun, not the sentence's act
            if kind == "action" and REDUCED_RELATIVE_BEFORE.search(text, max(unit.start, verb - 40), verb):
                continue  # "... to its entity list in a rule published on Wednesday": a noun's
                # participle, not the sentence's act
            if kind == "action" and _WHICH_PRONOUN_BEFORE.search(
                text, max(unit.start, verb - 24), verb
            ):
                continue  # "... on the central bank's plan, which it proposed in June": the
                # plan's past, told in a relative clause, not the sentence's act
            if kind == "action" and _in_who_aside(doc, unit, verb):
                continue  # "Dr Strand, who also voted for a bigger cut earlier this year, will
                # set out her thinking on Monday": the person's past, not the sentence's act
            if (
                kind == "action"
                and _aside_close(doc, unit, verb, _WHICH_ASIDE) > 0
                and _market_line(doc, unit.start, unit.end)
            ):
                continue  # "..., while shares of Wells Fargo, which has already cut its
                # overdraft fees, were roughly flat": a company's past in a market line
            if kind == "action" and _past_before_event(doc, unit, verb):
                continue  # "The board, which held its rate in October, meets again on January
                # 31st": the body's past, and the sentence's news is the event to come
            communicative = kind == "action" and COMMUNICATIVE.match(text, verb) is not None
            chamber = _chamber_passed(doc, m) if kind == "action" else None
            if (
                kind == "action"
                and pattern is not ACTION_PRESENT  # (a timeline entry tells an act)
                and not communicative
                and not embedded
                and chamber is None  # ("It passed the Senate 30-17": a bill, whatever it is)
                and not SELF_POLICY.match(text, verb)
            ):
                lo, hi = max(unit.start, verb - 60), min(unit.end, m.end() + 90)
                if text.startswith((" it ", " them "), m.end()):
                    lo = unit.start  # "A bill ... after the House passed it": the bill
                elif m.group(0) in ("added", "removed"):
                    hi = min(unit.end, m.end() + 200)  # "added the 22 firms, along with nine
                    # in mainland China and three in Singapore, to its entity list"
                if not _policy_object(doc, lo, hi):
                    continue
            found = chamber or agent(doc, unit, m)
            if (
                kind == "scheduled"
                and found is not None
                and found.kind in ("name", "group")
                and _DOCUMENT_NAME.search(found.text)
            ):
                continue  # "The Finance Bill ... will be published next week": its maker's
                # event (see _future_act), not the document's
            if (
                found is not None
                and found.start < verb
                and (passive := _PASSIVE_ACT.search(text, max(unit.start, verb - 30), m.end()))
                and passive.end() == m.end()
                and not BY.match(text, m.end(), m.end() + 8)
                and not _NOT_MAIN_CLAUSE.search(_COMMA_ASIDE.sub(" ", text[found.start : verb]))
            ):
                continue  # "..., while Syldavia was removed": a measure's passive, whose
                # subject is what it acted on, not who acted (see _passive_act)
            if (
                found is not None
                and found.kind == "group"
                and found.text.lower() in _MEMBERS
                and (TALLY.search(m.group(0)) or TALLY_AFTER.match(text, m.end()))
            ):
                # "Earlier Thursday, senators rejected, 41-57, an amendment": the chamber votes
                found = _voting_chamber(doc, unit.start, _MEMBERS[found.text.lower()]) or found
            if (found is None or found.kind not in ("name", "group")) and (
                kind == "action" and _measure_vote(doc, unit, m)
            ):
                # "The ordinance setting utility rates passed 5-2 at 12:21 a.m.": the chamber
                # that voted, the last the article named
                found = _voting_chamber(doc, unit.start) or found
            if found is None and not (unit.start == 0 or _fragment(doc, unit)):
                continue
            if found is not None:
                if not resolve(doc, unit, found) and found.text == CHAMBER:
                    continue  # "The chamber is due to vote ..." of no chamber named: no guess
            else:
                unit.fragment = True
            unit.kind, unit.verb_pos, unit.communicative = kind, verb, communicative
            return
    if _event_copula(doc, unit) or present_event(doc, unit):
        return  # "The bank's decision is due Thursday", "The ECB meets again on March 19"
    if unit.start == 0 or _fragment(doc, unit):
        unit.fragment = True
    nouns = [n for n in doc.outside(MARKET_NOUN, *span) if not _economy_market(text, n)]
    moves = doc.outside(MARKET_MOVE, *span) if nouns else []
    if nouns and not moves and doc.timeline_head(unit) is not None:
        moves = doc.outside(MARKET_MOVE_PRESENT, *span)  # "Oct. 10 - The sol weakens 0.8%"
    if nouns and moves and not _asks(text, unit):
        # (a question tells no move: "Palay prices fell, but did the price fall?")
        unit.kind, unit.verb_pos, unit.how = "market", moves[0].start(), "market"
        return
    if not unit.quote_paragraph and STOCK_MOVE.match(text, unit.start, unit.end):
        unit.kind, unit.verb_pos, unit.how = "market", unit.start, "market"  # a stock's move
        return
    if not unit.quote_paragraph and MARKET_PRICING.match(text, unit.start, unit.end):
        # "Swaps traders now see about a 35% chance of a cut", "Interbank futures showed a
        # roughly 10% chance of a cut in December": the market's pricing
        unit.kind, unit.verb_pos, unit.how = "market", unit.start, "market"
        return
    if not _tallied_vote(doc, unit) and not _stance(doc, unit):
        _complement(doc, unit)


# Past tenses that are their verbs' base forms too: after "to", no act ("to set the date of the
# strike"; but "became the first to cut rates" tells the cut, and "pressed the Fed to cut rates"
# finds the pressing through it).
_SAME_AS_BASE = frozenset({"set"})
# A relative clause's object and subject pronoun right before its verb: "which it ", "that
# they had ".
_WHICH_PRONOUN_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:it|they|he|she)\s+(?:(?:had|has|have|first|also|only)\s+)?$"
)
# A relative clause on a person, set off by commas: ", who also voted ...,".
_WHO_ASIDE = re.compile(r",\s+who\s")
_WHOSE_ASIDE = re.compile(r",\s+whose\s")


# A broadcast's thanks to a guest or hand-over to a reporter, a sentence by itself: "Elliot
# Sandoval, thanks.", "Priya Natarajan, thanks for joining us.", "NPR's Selena Markham reports."
_BROADCAST_CUE = re.compile(
    r"\s*(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+thank(?:s|\s+you)(?:\s+for\s+[^.!?]{0,40})?"
    r"|(?:[A-Z][\w.&-]*['’]s\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}reports)[.!]?\s*"
)


def _in_who_aside(
    doc: Document, unit: _Unit, pos: int, aside: re.Pattern[str] = _WHO_ASIDE
) -> bool:
    """Whether ``pos`` lies in a relative clause on a person set off by commas (``aside``),
    with the sentence going on after it (", who also voted for a bigger cut earlier this year,
    will ...")."""
    close = _aside_close(doc, unit, pos, aside)
    return close > 0 and len(WORD.findall(doc.text, close, unit.end)) >= 3


def _aside_close(doc: Document, unit: _Unit, pos: int, aside: re.Pattern[str]) -> int:
    """The comma that closes the relative clause set off by commas (opened by ``aside``, ",
    who", ", which") in which ``pos`` lies, or -1."""
    text = doc.text
    comma = text.rfind(",", unit.start, pos)
    if comma < 0 or aside.match(text, comma) is None:
        return -1
    return text.find(",", pos, unit.end)


def _past_before_event(doc: Document, unit: _Unit, pos: int) -> bool:
    """Whether ``pos`` lies in a relative clause on a body set off by commas (", which ...,")
    that an event to come follows as the sentence's verb ("meets again on", "is due to
    announce")."""
    text = doc.text
    close = _aside_close(doc, unit, pos, _WHICH_ASIDE)
    if close < 0:
        return False
    main = close + 1
    while main < unit.end and text[main].isspace():
        main += 1
    return (
        PRESENT_EVENT.match(text, main, unit.end) is not None
        or SCHEDULED.match(text, main, unit.end) is not None
        or _NEXT_PRESENT_EVENT.match(text, main, unit.end) is not None
    )


_WHICH_ASIDE = re.compile(r",\s+which\s")
# An event to come told in the present with "next": "next meets on July 10-11".
_NEXT_PRESENT_EVENT = re.compile(r"next\s+(?:meets|votes|decides|reviews|sets)\b")


def _shares_head_speaker(doc: Document, unit: _Unit, cues: list[re.Match[str]]) -> bool:
    """Give a clause cut at ", but stressed that ..." (its cue opens it, with no subject of
    its own) the speaker of the sentence's first clause, when that clause is a statement; when
    the first clause states nothing ("Trump cast the blame on ..., and emphasized the threat
    ..."), the sentence is one unit again, read as a whole (False)."""
    head = unit.head_clause
    first = next((m for m in cues if m.start() < unit.start + 16), None)
    if head is None or first is None:
        return False
    if head.kind is None:
        unit.start, unit.head_clause = head.start, None
        return False
    if head.speaker is None or head.kind not in ("paraphrase", "quote"):
        return False
    unit.speaker, unit.role, unit.how = head.speaker, head.role, head.how
    unit.kind, unit.verb_pos = "paraphrase", first.start()
    return True


def _shares_head_act(doc: Document, unit: _Unit) -> bool:
    """Give a clause cut at ", and struck similar deals ... in February" (an act of its own
    with no subject, :func:`toolkit.text.units._shared_act`) the actor of the sentence's first
    clause, when that clause is an act."""
    head = unit.head_clause
    if head is None or head.kind != "action" or head.speaker is None:
        return False
    if ACTION.match(doc.text, unit.start, unit.end) is None or not doc.timexes_within(
        unit.start, unit.end
    ):
        return False  # (", and added a 10 percent duty on cosmetics": the sentence's act)
    unit.speaker, unit.role, unit.how = head.speaker, head.role, head.how
    unit.kind, unit.verb_pos = "action", unit.start
    return True


def _after_market_move(doc: Document, unit: _Unit, verb: int) -> bool:
    """Whether the act at ``verb`` is in a clause of time ("after ...") that follows a market's
    move: "Romanian bank stocks suffered their worst day on Friday after the government
    approved, late on Thursday, a levy" (the sentence is the market's)."""
    after = max(
        doc.text.rfind(" after ", unit.start, verb),
        doc.text.rfind(" as ", unit.start, verb),
        doc.text.rfind(" since ", unit.start, verb),  # ("in the first session since the US
        # unveiled sweeping export controls")
    )
    if after < 0 or len(WORD.findall(doc.text, after, verb)) > 10:
        return False  # (or "as": "..., after both had climbed the previous day as the
        # measures were unveiled")
    return bool(
        doc.outside(MARKET_NOUN, unit.start, after) and doc.outside(MARKET_MOVE, unit.start, after)
    ) or STOCK_MOVE.match(doc.text, unit.start, after) is not None  # ("Sun Harbour rose 6.1%")


def _measure_vote(doc: Document, unit: _Unit, m: re.Match[str]) -> bool:
    """Whether the act at ``m`` is a measure's vote with its tally: "The ordinance ... passed
    5-2", "The House bill went down 54-46" (a measure before the verb, a tally in or after
    it)."""
    text = doc.text
    reading = _READING.match(text, m.end())  # "passed third reading, 61-39"
    return bool(
        (TALLY.search(m.group(0)) or TALLY_AFTER.match(text, reading.end() if reading else m.end()))
        and _MEASURE_SUBJECT.match(text, unit.start, m.start())
    )


# A reading a bill passes: "passed | third reading", "cleared | its second reading".
_READING = re.compile(r"[^\S\n]+(?:its[^\S\n]+)?(?:first|second|third|final)[^\S\n]+reading\b")


# A measure as a sentence's subject: "The ordinance setting 2023 utility rates", "The House
# bill", "Whitcomb's amendment to cut $9 billion", "The motion".
_MEASURE_SUBJECT = re.compile(
    # (after a day that opens the sentence: "On Wednesday the bill passed third reading")
    r"\s*(?:(?:On|Late|Early)\s+[A-Z][a-z]+,?\s+)?(?:[Tt]he|[A-Z][\w’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?:bill|measure|motion|resolution"
    r"|amendment|budget|package|ordinance|proposal|rule)\b[^.;]{0,80}$"
)
# A chamber or a council, by the word its name ends with.
_CHAMBER_NAME = re.compile(
    r"\b(?:(?!The\b)[A-Z][\w’'-]*\s+){0,4}(?:Council|Senate|House|Assembly|Parliament|Legislature|Congress"
    r"|Bundestag|Knesset|Duma|Riigikogu|Sejm)\b"
)


# A plural common noun and a relative "that" or "which" right before a verb: "countries that
# have signed", "firms which had already cut" (the noun's clause, not the sentence's act).
_PLURAL_RELATIVE_BEFORE = re.compile(
    r"\b[a-z]{3,}s\s+(?:that|which)\s+(?:(?:have|had|has)\s+)?(?:(?:already|not|also|recently)\s+)?$"
)


# The members of a chamber, who vote as the chamber ("senators rejected, 41-57, ..."), and the
# chamber's head word they name (None: any chamber).
_MEMBERS: dict[str, str | None] = {
    "senators": "Senate",
    "representatives": "House",
    "lawmakers": None,
    "legislators": None,
    "members": None,
    "mps": None,
    "deputies": None,
}


def _voting_chamber(doc: Document, before: int, head: str | None = None) -> Subject | None:
    """The last chamber or council the article names before ``before`` (whose name ends with
    ``head``, when given), as the agent of a measure's vote, or None."""
    if head is None:
        name = last_match(_CHAMBER_NAME, doc.text, before)
    else:
        name = next(
            (
                m
                for m in reversed(list(_CHAMBER_NAME.finditer(doc.text, 0, before)))
                if m.group(0).endswith(head)
            ),
            None,
        )
    return None if name is None else Subject("group", name.group(0), start=name.start())


def _tallied_vote(doc: Document, unit: _Unit) -> bool:
    """Classify a body's support or rejection with its tally as an act: "The trade committee
    backed the text last month by 29 votes to 8" (``TALLIED``: the verb, then the tally in
    the same clause), its subject the agent."""
    for m in doc.outside(TALLIED, unit.start, unit.end):
        if in_subordinate(doc, unit, m.start()):
            continue
        found = agent(doc, unit, m)
        if found is None or found.kind not in ("group", "name") or found.start >= m.start():
            continue
        if not resolve(doc, unit, found):
            continue
        unit.kind, unit.verb_pos = "action", m.start()
        return True
    return False


def _chamber_passed(doc: Document, m: re.Match[str]) -> Subject | None:
    """The chamber that a bill "passed" or "cleared": "The bill passed the House 220-210",
    "It cleared the Senate on Tuesday" are the chamber's votes (None for any other act)."""
    text = doc.text
    if m.group(0) in ("passed", "approved", "adopted") and _PASSIVE_BEFORE.search(
        text, max(0, m.start() - 24), m.start()
    ):
        # "The bill ... was passed in Parliament yesterday with a majority of 45 votes": the
        # chamber's vote
        where = _IN_OR_BY.match(text, m.end())
        chamber = CHAMBER_OBJECT.match(text, where.end() - 1) if where is not None else None
    elif m.group(0) in ("passed", "cleared"):
        chamber = CHAMBER_OBJECT.match(text, m.end())
    else:
        return None
    if chamber is None:
        return None
    return Subject("group", chamber.group(1), start=chamber.start(1))


# A passive's auxiliary right before its participle: "was | passed", "has been | approved".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$")
_IN_OR_BY = re.compile(r"\s+(?:in|by)\s")


def _body_before(doc: Document, unit: _Unit, kept: list[_Unit]) -> None:
    """Give an act whose subject is "it" the body that opens the sentence before it in its
    paragraph ("China has been tightening its grip ... It first required export licences in
    2023": China), else the body that spoke or acted last in its paragraph or the one before;
    none there, it keeps no speaker."""
    text = doc.text
    start = doc.paragraphs[unit.paragraph][0]
    before = text[start : unit.start].rstrip()
    opener = BODY_OPENER.match(text, sentence_start(text, len(before) + start - 1), unit.start)
    if opener is not None and not NON_PERSON_WORDS.isdisjoint(opener.group(1).split()[:1]):
        opener = None  # ("The", "This", ...: no body)
    if opener is not None and before:
        unit.speaker, unit.role, unit.how = opener.group(1), None, "group"
        return
    for prev in reversed(kept):
        if prev.paragraph < unit.paragraph - 1:
            return
        if prev.how == "group" and isinstance(prev.speaker, str):
            unit.speaker, unit.role, unit.how = prev.speaker, prev.role, "group"
            return


def _future_act(doc: Document, unit: _Unit) -> bool:
    """Classify a future act of any verb with a later date close after it as scheduled, when
    someone (:func:`_someone`) is its subject: "EU ambassadors will take a first look at the
    package tomorrow", "The committee has a hearing on Tuesday"
    (:func:`toolkit.text.announced.future_act`)."""
    if CONDITIONAL.match(doc.text, unit.start) or _title(doc, unit):
        return False
    m = future_act(doc, unit)
    if m is None or EXPECTATION_THAT.search(doc.text, unit.start, m.start()) is not None:
        return False  # ("strengthening expectations that the Bank will cut ...": no plan)
    found = agent(doc, unit, m)
    if (
        found is None
        or not unit.start <= found.start < m.start()
        or not _someone(doc, found)
        or not resolve(doc, unit, found)
    ):
        return False
    unit.kind, unit.verb_pos = "scheduled", m.start()
    return True


def _plan_told_for(doc: Document, unit: _Unit) -> None:
    """Make a paraphrase whose source speaks for the person of its content ("Ahn will travel
    to Washington next week, the ministry said", "She will meet the bank chiefs this morning,
    her office said") that person's scheduled event, when the content is a future act with a
    later date after it (:func:`toolkit.text.announced.told_plan`) and its subject is someone
    (:func:`_someone`). The source's remark is kept in ``told_by``, dated by its own words."""
    told = TOLD_FOR.search(doc.text, max(unit.start, unit.verb_pos - 40), unit.verb_pos)
    if told is None:
        return
    content = _Unit(unit.start, told.start(), unit.paragraph, unit.quote_paragraph)
    m = told_plan(doc, content)
    if m is None:
        return
    found = agent(doc, content, m)
    if (
        found is not None
        and unit.start <= found.start < m.start()
        and found.kind in ("name", "pronoun")
        and _someone(doc, found)
        and resolve(doc, content, found)
        and isinstance(content.speaker, Person)
        and " " in content.speaker.name  # (a person, not "China will retaliate ...")
    ):
        # the office's remark stays an occasion of its own ("..., his ministry said Sunday")
        unit.told_by = _Unit(
            told.start(),
            unit.end,
            unit.paragraph,
            unit.quote_paragraph,
            kind="paraphrase",
            verb_pos=unit.verb_pos,
            speaker=unit.speaker,
            role=unit.role,
            how=unit.how,
        )
        unit.speaker, unit.role, unit.how = content.speaker, content.role, content.how
        unit.kind, unit.verb_pos = "scheduled", m.start()


def _deadline(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify a dated event that names no one who holds it as scheduled
    (:func:`toolkit.text.announced.deadline_event`: "The rule takes effect Nov. 12", "Exporters
    have until Dec. 31 to comply", "Minutes of the meeting are due next Wednesday").

    Its agent is its subject when that is someone (:func:`_someone`); else the agent of the
    body that speaks in the clause before it in its sentence ("..., the department said, and
    businesses have until Nov. 4 to submit comments"), else of the last act or event of its
    paragraph or the one before ("The Commerce Department on Monday added ... The rule takes
    effect Nov. 12."); none of these, no statement.
    """
    if CONDITIONAL.match(doc.text, unit.start) or _title(doc, unit):
        return False
    m = deadline_event(doc, unit)
    if m is None or CALENDAR_SUBJECT.search(doc.text, unit.start, m.start()):
        return False  # (not "The new fiscal year begins Tuesday": a date of the calendar)
    if NEXT_EVENT.match(doc.text, m.start()) is not None:
        return _next_event(doc, unit, kept, m)
    if m.re is ENTRY_EVENT:
        body = _body_named_in(doc, m.end(), unit.end)
        if body is not None:  # "... Deadline for companies to file certificates with Commerce"
            unit.speaker, unit.role, unit.how = body, None, "group"
            unit.kind, unit.verb_pos = "scheduled", m.start()
            return True
    return _event_agent(doc, unit, kept, m, "scheduled")


def _unnamed_scheduled(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify a dated event to come whose subject names no one as scheduled
    (:func:`toolkit.text.announced.scheduled_event`: "The chamber is due to vote on 27
    November", "The first procedural vote is set for Thursday"), with the agent that
    :func:`_event_agent` gives it from the sentence and the paragraphs before."""
    if CONDITIONAL.match(doc.text, unit.start) or _title(doc, unit):
        return False
    m = scheduled_event(doc, unit)
    if m is None or EXPECTATION_THAT.search(doc.text, unit.start, m.start()) is not None:
        return False
    if _DESCRIBED_AGENT.fullmatch(doc.text[unit.start : m.start()].strip()):
        return False  # "The chamber is due to vote ...": an agent the text does not name here,
        # maybe not the one that acted last
    return _event_agent(doc, unit, kept, m, "scheduled")


# A subject that describes an agent without naming it: "The chamber", "The think tank", "Its
# finance committee" (not "The first procedural vote", "The six").
_DESCRIBED_AGENT = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(BODY_WORDS)
    + r"|chamber|house|parliament|assembly|legislature|court|panel|board|regulator|tank"
    + r"|cabinet|government|lawmakers|legislators|ministers|senators)s?"
)


def _body_named_in(doc: Document, start: int, end: int) -> str | None:
    """The first body that ``[start, end)`` names: a name of :data:`INSTITUTIONS`, or a word
    or two that the shipped table knows ("Commerce", "Brussels"), or an acronym of it."""
    text = doc.text
    inst = INSTITUTIONS.search(text, start, end)
    for word in CAPITALISED_RUN.finditer(text, start, inst.start() if inst else end):
        if is_known_body(word.group(0)):
            return word.group(0)
    return inst.group(1).strip() if inst is not None else None


def _past_effect(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify a measure that took effect on a past day as the act of whoever made it
    (``PAST_EFFECT`` with its date right after it, no later than the publication day): "The
    higher rate took effect March 4", "The duties entered into force on October 30"; its
    agent as a deadline's (:func:`_event_agent`)."""
    if CONDITIONAL.match(doc.text, unit.start) or _title(doc, unit):
        return False
    for m in doc.outside(PAST_EFFECT, unit.start, unit.end):
        dates = [
            t
            for t in doc.timexes_within(m.end(), unit.end)
            if t.date is not None
            and t.precision == "day"  # (not "The earlier rule took effect in March")
            and t.date <= doc.published
            and (
                len(WORD.findall(doc.text, m.end(), t.start)) <= 1
                # "took effect at 12:01 a.m. Friday"
                or CLOCK_BEFORE_DATE.fullmatch(doc.text, m.end(), t.start) is not None
            )
        ]
        if dates and (
            dates[0].start - m.end() <= 8
            or CLOCK_BEFORE_DATE.fullmatch(doc.text, m.end(), dates[0].start) is not None
        ):
            return _event_agent(doc, unit, kept, m, "action")
    for m in doc.outside(PUBLISHED_MEASURE, unit.start, unit.end):
        # "The duties were published in the EU's Official Journal late on Monday": the act of
        # whoever made them, dated within a few words of the publication
        if any(
            t.date is not None
            and t.precision == "day"
            and t.date <= doc.published
            and len(WORD.findall(doc.text, m.end(), t.start)) <= 3
            for t in doc.timexes_within(m.end(), unit.end)
        ):
            return _event_agent(doc, unit, kept, m, "action")
    day = doc.timeline_date(unit)
    if day is not None and day.date is not None and day.date <= doc.published:
        # a timeline tells the past in the present: "May 1 — The tariff takes effect at 12:01"
        for m in doc.outside(PRESENT_EFFECT, day.end, unit.end):
            return _event_agent(doc, unit, kept, m, "action")
    return False


# A decision opening its sentence with its announcement set off by commas: "The decision,
# announced at noon on Thursday, | was backed by ...", "The rule, announced on Wednesday, |
# doubles ...", "The revised export control order, approved at a Cabinet meeting on Friday
# morning, | strips ...".
_ANNOUNCED_DECISION = re.compile(
    r"(?:The|This|That|Its|Their|His|Her)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:decision|rules?|order|measures?|move|cut|hike|increase|reduction|package|proposal"
    r"|regulations?|directive|decree|tariffs?|duties|levy|tax|sanctions|ban|guidance|law|budget"
    r"|level|cap|rates?|limit|ceiling|threshold|target|quotas?|licen[cs]e|scheme|programme"
    r"|program|framework|mechanism|deal|agreement|changes?|reforms?|tally|vote|result)"
    r",\s+(?P<verb>announced|approved|unveiled|issued|published|released|taken|made|adopted"
    r"|signed|passed|enacted|introduced|imposed|delivered|finali[sz]ed)\b(?P<aside>[^,;.\n]*(?:\.\s*m\.[^,;.\n]*)?),\s"
)
# A verb of announcing: "has announced", "confirmed", "unveiled".
_ANNOUNCING = re.compile(r"(?:announc|confirm|unveil|publish)")


def _last_announcer(doc: Document, kept: list[_Unit], paragraph: int) -> _Unit | None:
    """The last remark with a speaker in ``paragraph`` or the one before whose verb announces
    ("..., the regulator Ofgem has announced"), or None: who made what "the new level,
    announced at 7am" is."""
    for prev in reversed(kept):
        if prev.paragraph < paragraph - 1:
            return None
        if (
            prev.kind == "paraphrase"
            and prev.speaker is not None
            and prev.verb_pos >= 0
            and _ANNOUNCING.match(doc.text, prev.verb_pos)
        ):
            return prev
    return None


# The agent of a participle: "released late Friday by Treasury and the IRS".
_BY_AGENT = re.compile(r"\bby\s+")


def _announced_decision(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify a decision told with its announcement as an aside (``_ANNOUNCED_DECISION``:
    "The decision, announced at noon on Thursday, was backed by all nine members") as the act
    of whoever made it (:func:`_decision_makers_act`: not a group that spoke of it, "Business
    groups said they would sue"; "..., the regulator Ofgem has announced. The new level, ..."
    is Ofgem's); an aside that names its agent ("released by the Treasury") is left to the
    act's own rules. The aside's participle is its verb, so a day the aside
    names dates it; else it takes the day of the act before it."""
    m = _ANNOUNCED_DECISION.match(doc.text, unit.start, unit.end)
    if m is None or in_quote(unit.start, doc.quotes, doc.quote_starts):
        return False
    if _BY_AGENT.search(doc.text, m.start("aside"), m.end("aside")) is not None:
        return False  # (its agent named: the act's own statement, found as an act)
    return _decision_makers_act(doc, unit, kept, m.start("verb"))


def _decision_makers_act(doc: Document, unit: _Unit, kept: list[_Unit], verb: int) -> bool:
    """Make ``unit`` an act (its verb at ``verb``) of whoever made the decision it tells of:
    the agent of the last act in its paragraph or the one before, else the last speaker
    there who announced something, else the story's lead actor or the body it is about;
    False when there is none."""
    source = (
        _last_agent(kept, unit.paragraph)
        or _last_announcer(doc, kept, unit.paragraph)
        or _lead_actor(doc, kept)
        or _story_body(doc, kept)
    )
    if source is None:
        return False
    unit.speaker, unit.role, unit.how = source.speaker, source.role, source.how
    unit.kind, unit.verb_pos = "action", verb
    return True


# A vote told by its tally, opening its sentence: "The vote was 8-2, with ...", "The decision
# was unanimous".
_VOTE_TALLY = re.compile(
    r"(?:The|Its|That)\s+(?:final\s+)?(?:vote|decision)\s+(?P<verb>was)\s+"
    r"(?:\d{1,3}\s*[-–]\s*\d{1,3}\b|\d{1,3}\s+to\s+\d{1,3}\b|unanimous\b)"
)


def _vote_tally(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify a vote told by its tally (``_VOTE_TALLY``: "The vote was 8-2, with the
    presidents of two reserve banks dissenting") as an act of the body that decided
    (:func:`_decision_makers_act`)."""
    m = _VOTE_TALLY.match(doc.text, unit.start, unit.end)
    if m is None or in_quote(unit.start, doc.quotes, doc.quote_starts):
        return False
    return _decision_makers_act(doc, unit, kept, m.start("verb"))


def _passive_act(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify a measure's act told in the passive with no agent (``_PASSIVE_ACT`` in the
    sentence's main clause, a policy object around it, no "by" after it: "Nigeria was also
    added to the list on Friday", "The extra budget, the second this year, was submitted to
    the Assembly on July 2", "The exemption has been extended to December 31") as an act of
    :func:`_unnamed_agent`; none known, no statement."""
    if CONDITIONAL.match(doc.text, unit.start) or _title(doc, unit):
        return False
    text = doc.text
    m = doc.first_outside(_PASSIVE_ACT, unit.start, unit.end)
    if m is None:
        return False
    head = _COMMA_ASIDE.sub(" ", text[unit.start : m.start()])  # (an aside is no clause)
    if _NOT_MAIN_CLAUSE.search(head) or len(WORD.findall(head)) > 16:
        return False  # "..., after the duties were raised", "Firms that were added ..."
    if BY.match(text, m.end(), m.end() + 8):
        return False  # an agent named: the act's classification has had its say
    if (
        unit.start > doc.paragraphs[unit.paragraph][0]
        and " also " in m.group(0)
        and not doc.timexes_within(unit.start, unit.end)
    ):
        return False  # "Under the decree, the tariff on cars rose to 120 percent. Duties on
        # rice were also raised.": what the paragraph tells, told on
    if POLICY_OBJECT.search(head) is None and (
        POLICY_OBJECT.search(text, m.end(), min(unit.end, m.end() + 60)) is None
    ):
        return False
    owned = _OWNED_MEASURE.match(text, unit.start, m.start())
    if owned is not None:
        # "Mr Trump's tariffs ... were extended to European producers on June 1": the owner's
        at = 1 if owned.group(1) else 2
        owner = Subject("group", owned.group(at), start=owned.start(at))
        found = parse_np(owned.group(at), owned.start(at), doc.index) or owner
        if resolve(doc, unit, found):
            unit.kind, unit.verb_pos = "action", m.start()
            return True
    source = _unnamed_agent(doc, unit, kept)
    if source is None:
        return False
    unit.speaker, unit.role, unit.how = source.speaker, source.role, source.how
    unit.kind, unit.verb_pos = "action", m.start()
    return True


def _unnamed_agent(doc: Document, unit: _Unit, kept: list[_Unit]) -> _Unit | None:
    """Who made a measure that a passive names no agent of: the agent of the last act in the
    unit's paragraph ("The White House on Monday approved a tariff ... A separate tariff was
    announced at the same time"), else the first actor of the story past its headline (the
    budget's government, the watchdog that listed), else the body the story is about."""
    recent = _last_agent(kept, unit.paragraph)
    if recent is not None and recent.paragraph == unit.paragraph:
        return recent
    for u in kept:
        if u.kind == "action" and u.speaker is not None and doc.ends_as_sentence(u.paragraph):
            return u
    return _story_body(doc, kept)


# A measure's act in the passive: "was also added", "has been extended", "were tabled".
_PASSIVE_ACT = re.compile(
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:also|formally|officially|quietly|already"
    r"|further|then|later|subsequently|initially|finally|narrowly|unanimously|last|partially"
    r"|partly|fully|temporarily)\s+)?"
    r"(?:approved|passed|adopted|announced|imposed|introduced|lifted|scrapped|cancell?ed|suspended"
    r"|extended|shortened|raised|lowered|cut|increased|reduced|doubled|halved|tripled|submitted"
    r"|tabled|signed|enacted|unveiled|added|removed|rejected|defeated|withdrawn|abolished|frozen"
    r"|postponed|delayed|endorsed|ratified|repealed|levied|slashed|hiked|tightened|eased"
    r"|relaxed|reinstated|restored"
    # ("The minimum wage was last revised in September 2018", "GST was rolled out on July 1,
    # 2017")
    r"|revised|adjusted|rolled\s+out|implemented)\b"
)
# An aside set off by commas: ", the second this year, ".
_COMMA_ASIDE = re.compile(r",[^,;:()]{1,70},\s")
# What makes the words before a verb something other than its main clause's subject: a
# subordinate or relative word, or a clause break.
_NOT_MAIN_CLAUSE = re.compile(
    r"\b(?:that|which|who|after|since|when|because|if|while|until|as|whether)\s|[,;:(]"
)


def _budget_measure(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify a budget's change of a tax, a rate or a payment from a later day, told without
    its agent (``MEASURE_CHANGE`` and "from", "starting" or "effective" before a date after the
    publication day: "The carbon tax on home heating fuels will rise from May 1st"; or the
    budget as the subject of the change, ``BUDGET_ACT``, and a date after the publication day:
    "The budget also raises the small business tax rate on July 1"), as a scheduled statement
    of the last actor that presented, unveiled or delivered a budget before it (an act whose
    sentence names the budget). None such, no statement."""
    if CONDITIONAL.match(doc.text, unit.start) or _title(doc, unit):
        return False
    text = doc.text
    for m in doc.outside(MEASURE_CHANGE, unit.start, unit.end):
        if any(
            t.date is not None
            and t.date > doc.published
            and (
                t.text.lower().startswith("from ")
                or START_FROM_BEFORE.search(text, max(m.end(), t.start - 16), t.start) is not None
            )
            for t in doc.timexes_within(m.end(), unit.end)
        ):
            return _budget_authors(doc, unit, kept, m)
    m = BUDGET_ACT.match(text, unit.start, unit.end)
    if m is not None and any(
        t.date is not None and t.date > doc.published for t in doc.timexes_within(m.end(), unit.end)
    ):
        return _budget_authors(doc, unit, kept, m)
    return False


def _budget_authors(doc: Document, unit: _Unit, kept: list[_Unit], m: re.Match[str]) -> bool:
    """Make ``unit`` a scheduled statement, at ``m``, of the last actor before it that acted in
    a sentence naming the budget; False when there is none."""
    text = doc.text
    author = next(
        (
            u
            for u in reversed(kept)
            if u.kind == "action"
            and u.speaker is not None
            and _BUDGET_WORD.search(text, u.start, u.end)
        ),
        None,
    )
    if author is None:
        return False
    unit.speaker, unit.role, unit.how = author.speaker, author.role, author.how
    unit.kind, unit.verb_pos = "scheduled", m.start()
    return True


_BUDGET_WORD = re.compile(r"\b[Bb]udget\b")


def _event_agent(
    doc: Document, unit: _Unit, kept: list[_Unit], m: re.Match[str], kind: str
) -> bool:
    """Give the event at ``m`` (a deadline, a measure taking effect) its agent and ``kind``:
    its subject when that is someone (:func:`_someone`); else the body that speaks in the
    clause before it in its sentence; else the agent of the last act or event of its paragraph
    or the one before; none of these, False."""
    which = WHICH_BEFORE.search(doc.text, max(unit.start, m.start() - 80), m.start())
    if which is not None:  # "... for the Bank of Japan, which meets next week": the bank
        found = parse_np(which.group(1), which.start(1), doc.index)
        named = found is not None and found.kind in ("name", "group")
    else:
        found = agent(doc, unit, m)
        law = _NAMED_LAW.fullmatch(found.text) if found is not None else None
        if found is not None and law is not None:
            # "The EU's Digital Markets Act enters into force on Nov. 1": the law's maker
            owner = law.group(1)
            found = Subject("group", owner, start=found.start) if owner else None
            named = owner is not None and owner[:1].isupper()
        else:
            named = found is not None and _someone(doc, found)
        owned = None if named else _OWNED_MEASURE.match(doc.text, unit.start, m.start())
        if owned is not None:
            # "The US Treasury's general licence ... expires on 30 April": the licence's owner
            at = 1 if owned.group(1) else 2
            found, named = Subject("group", owned.group(at), start=owned.start(at)), True
    if (
        named
        and found is not None
        and unit.start <= found.start < m.start()
        and resolve(doc, unit, found)
    ):
        unit.kind, unit.verb_pos = kind, m.start()
        return True
    venue = _venue_body(doc, unit, m) if kind == "scheduled" and not named else None
    if venue is not None and resolve(doc, unit, venue):
        # "A hearing on the appeal is set for April 18 in the 3rd District Court of Appeal":
        # the body where it is held
        unit.kind, unit.verb_pos = kind, m.start()
        return True
    source = _context_agent(doc, unit, kept, m, kind)
    if source is None:
        return False
    unit.speaker, unit.role, unit.how = source.speaker, source.role, source.how
    unit.kind, unit.verb_pos = kind, m.start()
    return True


def _venue_body(doc: Document, unit: _Unit, m: re.Match[str]) -> Subject | None:
    """The body named right after "in", "before" or "at" after the event at ``m`` ("is set
    for April 18 in the 3rd District Court of Appeal", "a vote ... in the Senate"), or None."""
    text = doc.text
    for venue in _VENUE.finditer(text, m.end(), unit.end):
        inst = INSTITUTIONS.search(text, venue.end(), min(unit.end, venue.end() + 60))
        if inst is not None and inst.start(1) - venue.end() <= 8:
            return Subject("group", inst.group(1).strip(), start=inst.start(1))
    return None


# Where an event is held: "in the", "before the", "at the".
_VENUE = re.compile(r"\b(?:in|before|at)\s+(?:the\s+)?")


# A sentence that opens with the next event of a kind: "The next monthly LPR quote".
_THE_NEXT = re.compile(r"The\s+next\s")


def _context_agent(
    doc: Document, unit: _Unit, kept: list[_Unit], m: re.Match[str], kind: str
) -> _Unit | None:
    """The statement whose speaker is the agent of the event at ``m`` when its subject names
    none (:func:`_event_agent`), or None."""
    if kind == "scheduled" and _THE_NEXT.match(doc.text, unit.start):
        body = _story_body(doc, kept)
        if body is not None:  # "The next monthly LPR quote is due on Oct. 21": the next one
            # of the body the story is about, not of the last one to act
            return body
    if kind == "scheduled" and _MEETING_RECORD.search(doc.text, unit.start, m.start()):
        body = _story_body(doc, kept)
        if body is not None:  # "The minutes of the meeting will be published on Oct. 24": the
            # body whose meeting the story is about, not the last one to act
            return body
    head = unit.head_clause
    if head is not None and head.kind == "paraphrase" and head.how == "group":
        # "..., the department said, and businesses have until Nov. 4 to submit comments":
        # the body that spoke in the sentence announced it
        return head
    recent = _last_agent(kept, unit.paragraph)
    if recent is None and _TAKES_EFFECT.search(doc.text, m.start(), m.end()):
        # "China's commerce ministry announced on Monday night it would impose duties. The
        # duties came into force on Tuesday.": the body that announced the measure
        recent = _last_agent(kept, unit.paragraph, bodies=True)
    if recent is None:
        recent = _last_announcement(doc, kept, unit.paragraph)
    if recent is not None:
        return recent
    # ("The minutes will be published on 1 April": the bank's; "The expanded list took effect
    # on Oct. 6" after a remark: the measure of the body the story is about, but not "U.S.
    # tariffs that took effect July 1", whose owner the clause names)
    if (
        kind == "scheduled"
        or m.re is PUBLISHED_MEASURE  # ("The ordinance was published in the Official Gazette")
        or (
            _TAKES_EFFECT.search(doc.text, m.start(), m.end())
            and not _RELATIVE_BEFORE.search(doc.text, max(unit.start, m.start() - 7), m.start())
        )
    ):
        # the body the story is about, else the one who acted in its lead ("Treasurer Marcus
        # Delaney on Tuesday night handed down a tough first budget ... The levy will apply
        # from July 1": the treasurer's measure)
        body = _story_body(doc, kept)
        if body is None and _MEASURE_STARTS.match(m.group(0)):
            return _lead_actor(doc, kept)
        return body
    return None


# A measure's start ("takes effect", "will apply from", "will resume", "kick in"), which the
# maker of the story's measures (:func:`_lead_actor`) is the agent of.
_MEASURE_STARTS = re.compile(
    r"(?:takes?\s+effect|(?:comes?|goes?|enters?)\s+into|kicks?\s+in|will\s+resume"
    r"|will\s+apply|appl(?:y|ies)"
    # a change from a day, opening its sentence: "From 17 August, EU operators may no longer ..."
    r"|From\s|Starting\s|Beginning\s|As\s+of\s|Effective\s)"
)
# The verb of an act that makes measures: "handed down a budget", "imposed duties".
_MAKES_MEASURES = re.compile(
    r"(?:handed\s+down|unveiled|(?:re-?)?imposed|announced|introduced|approved|passed|presented"
    r"|delivered|levied|adopted|signed|enacted|raised|cut|set|banned|barred|prohibited|suspended)\b"
)


def _lead_actor(doc: Document, kept: list[_Unit]) -> _Unit | None:
    """The first act with a speaker among the statements of the story's first two paragraphs
    of sentences (past a headline and a deck, which do not end as a sentence does), when its
    verb makes measures ("Treasurer Marcus Delaney on Tuesday night handed down a tough first
    budget"), or None."""
    first = None
    for u in kept:
        if not doc.ends_as_sentence(u.paragraph):
            continue  # a headline or a deck
        if first is None:
            first = u.paragraph
        if u.paragraph > first + 1:
            return None
        if u.kind == "action" and u.speaker is not None:
            made = u.verb_pos >= 0 and _MAKES_MEASURES.match(doc.text, u.verb_pos) is not None
            return u if made else None
        if (
            u.kind == "paraphrase"
            and u.speaker is not None
            and u.verb_pos >= 0
            and (
                _ANNOUNCED_MEASURE.match(doc.text, u.verb_pos)
                or (
                    doc.text.startswith("announced", u.verb_pos)
                    and _CHANGE_TO_COME.search(doc.text, u.start, u.end) is not None
                )
            )
        ):
            return u  # "The country's president announced the ban in a video address", "The
            # minister announced on Friday that the minimum wage will rise by 4.4%"
    return None


# A change to come announced: "announced on Friday that the national minimum wage will rise"
# (before or after the verb: "The national minimum wage will rise by 4.4% ..., the minister
# announced on Friday")
_CHANGE_TO_COME = re.compile(
    r"\b(?:will|would)\s+(?:rise|increase|go\s+up|fall|drop|be\s+(?:raised|increased|cut|lowered"
    r"|reduced|scrapped|lifted)|double|take\s+effect)\b"
)
# A measure announced, the act a report of it tells: "announced the ban", "unveiled a package".
_ANNOUNCED_MEASURE = re.compile(
    r"(?:announced|unveiled)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ban|tariffs?|duties|levy|tax|curbs?|controls|package|measures?|freeze|suspension)\b"
)


def _last_agent(kept: list[_Unit], paragraph: int, bodies: bool = False) -> _Unit | None:
    """The last act or event with a speaker in ``paragraph`` or the one before (a remark's
    speaker may be a bystander: an adviser, a critic), or None; with ``bodies``, a body's
    remark counts too (a body announces its own measures)."""
    for prev in reversed(kept):
        if prev.paragraph < paragraph - 1:
            return None
        if prev.speaker is not None and prev.kind in ("action", "scheduled"):
            return prev
        if bodies and prev.kind == "paraphrase" and prev.how == "group":
            return prev
    return None


def _last_announcement(doc: Document, kept: list[_Unit], paragraph: int) -> _Unit | None:
    """The last remark with a speaker in ``paragraph`` or the one before whose cue announced
    a measure ("..., the Deputy Prime Minister and Minister for Finance announced when he
    delivered the budget"), when no act or event came after it there; or None."""
    for prev in reversed(kept):
        if prev.paragraph < paragraph - 1:
            return None
        if (
            prev.speaker is not None
            and prev.kind == "paraphrase"
            and prev.verb_pos >= 0
            and doc.text.startswith("announced", prev.verb_pos)
        ):
            return prev
    return None


# A measure's taking effect or entering into force, in any tense.
_TAKES_EFFECT = re.compile(r"effect|force")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")


def _document_speaks(doc: Document, unit: _Unit, kept: list[_Unit]) -> bool:
    """Classify what a document says as a paraphrase of the body that issued it
    (``DOCUMENT_SPEAKS``: "The statement said inflation was falling", "The minutes of the July
    meeting, released last Wednesday, showed that ...", "..., the minutes said"). A meeting's
    record (minutes, accounts) is the body the story is about; another document is the agent of
    the last act in its paragraph or the one before, else that body."""
    text = doc.text
    low = doc.low[unit.start : unit.end] if doc.plain else text[unit.start : unit.end].lower()
    if not any(w in low for w in DOCUMENT_SPEAKS_WORDS) and " data " not in low:
        return False  # (every match of DOCUMENT_SPEAKS holds one, or an agency's data)
    for m in DOCUMENT_SPEAKS.finditer(text, unit.start, unit.end):
        if in_quote(m.start(), doc.quotes, doc.quote_starts):
            continue
        opens = m.start() == unit.start or not text[unit.start : m.start()].strip(" ,")
        trails = text.startswith(", ", m.start() - 2) and not text[m.end() : unit.end].strip(
            " .\n\"”'’"
        )
        if m.group("owner") and text.startswith(", ", m.start() - 2):
            trails = True  # (", PSA data released on Aug. 8 showed, faster than ...")
        if not (opens or trails):
            continue
        if m.group("owner"):
            unit.speaker, unit.role = m.group("owner"), None  # "PSA data ... showed"
            unit.how, unit.kind, unit.verb_pos = "group", "paraphrase", m.start("verb")
            return True
        if m.group("doc") in _MEETING_RECORDS:
            source = _story_body(doc, kept)
        else:
            source = _last_agent(kept, unit.paragraph) or _story_body(doc, kept)
        if source is not None:
            unit.speaker, unit.role = source.speaker, source.role
        else:  # no body has spoken yet: the policy committee the article names (a record's),
            # the first body the sentence names, or the first the article does
            holder = POLICY_COMMITTEE.search(doc.text, 0, unit.start)
            body = (
                (holder.group(0) if holder and m.group("doc") in _MEETING_RECORDS else None)
                or _body_named_in(doc, unit.start, unit.end)
                or _body_named_in(doc, 0, unit.start)
            )
            if body is None:
                return False
            unit.speaker, unit.role = body, None
        unit.how, unit.kind, unit.verb_pos = "group", "paraphrase", m.start("verb")
        return True
    return False


_MEETING_RECORDS = frozenset(("minutes", "accounts", "record", "summary"))


# A law by its name, with the body that made it: "EU's Digital Markets Act" (the body in group
# 1, empty when none is named: "the Inflation Reduction Act").
_NAMED_LAW = re.compile(
    r"(?:[Tt]he\s+)?(?:(.+?)['’]s\s+)?(?:[A-Z][\w-]*\s+){0,5}"
    r"(?:Act|Law|Regulation|Directive|Treaty|Code|Rule|Rules)"
)


# A measure by its owner, as the subject of an event: "The US Treasury's general licence
# covering CPC transactions", "Washington's waiver for the refinery", after an interview's
# "Q:" (the owner in group 1).
_OWNED_MEASURE = re.compile(
    r"\s*(?:[QA]:\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s\s+"
    r"(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|waivers?|exemptions?|orders?|deadline|tariffs?"
    r"|duties|sanctions|ban|programm?e|offer|truce|pause)\b"
    # a country's before its measure: "The U.S. duties of 25 percent took effect"
    # (or with a word before it: "The higher U.S. duties took effect on Aug. 13")
    r"|\s*[Tt]he\s+(?:[a-z][\w-]*\s+)?(U\.S\.|US|EU|UK)\s+(?:tariffs?|duties|sanctions|ban)\b"
)


# The record of a meeting, as the subject of an event to come: "The minutes of the meeting",
# "The accounts of Thursday's meeting", "Minutes of this week's meeting".
_MEETING_RECORD = re.compile(
    r"\b(?:[Mm]inutes|[Aa]ccounts|[Ss]ummary|[Rr]ecord)\s+of\s+"
    r"(?:the\s+|its\s+|this\s+week['’]s\s+|[A-Z][a-z]+day['’]s\s+|[A-Z][a-z]+['’]s\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:meeting|decision|deliberations)\b"
)


def _story_body(doc: Document, kept: list[_Unit]) -> _Unit | None:
    """The body the story is about: of the institutions named as speakers or agents so far
    (:data:`INSTITUTIONS`, an acronym or a body of the shipped table), the one named most
    often, the first on a tie. The counts are kept on ``doc`` and brought up to date with the
    units kept since the last call (``kept`` only grows)."""
    seen, counts, first = doc.story_bodies
    for u in kept[seen:]:
        name = speaker_name(u.speaker)
        if not name or not (name[0].isupper() or name == "government"):
            continue  # (but "the government approved a levy": the story's government)
        role = u.role.split()[-1] if isinstance(u.role, str) and u.role else ""
        if not (
            INSTITUTIONS.fullmatch(name)
            or (name.isupper() and len(name) > 1)
            or is_known_body(name)
            or (" " not in name and BODY_WORD.fullmatch(role))  # "the central bank, the Riksbank"
        ):
            continue
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, u)
    doc.story_bodies = (len(kept), counts, first)
    if not counts:
        return None
    best = max(counts.values())
    return next(u for name, u in first.items() if counts[name] == best)


def _next_event(doc: Document, unit: _Unit, kept: list[_Unit], m: re.Match[str]) -> bool:
    """Classify the next event of a body as scheduled (``NEXT_EVENT``): "Its next decision is
    on Dec. 9" is of the body that opens the sentence before (:func:`_body_before`); "The next
    rate decision is a review on 8 April", of the first body the article names as a speaker
    or an agent (the one the story is about). None of these, no statement."""
    if doc.text.startswith(("Its", "its", "Their", "their"), m.start()):
        _body_before(doc, unit, kept)
    else:
        body = next((u for u in kept if u.how == "group" and isinstance(u.speaker, str)), None)
        if body is not None:
            unit.speaker, unit.role, unit.how = body.speaker, body.role, body.how
    if unit.speaker is None:
        return False
    unit.kind, unit.verb_pos = "scheduled", m.start()
    return True


def _embedded(doc: Document, unit: _Unit, found: Subject) -> bool:
    """Whether the cue whose subject is ``found`` is embedded in the object of an act that
    opens the unit: "The Senate voted on Wednesday to end the emergency President Hale
    declared" is the Senate's vote, not Hale's declaration (the act's verb comes before the
    cue's subject, with at most five words and no subordinating word before the act, "The
    last word before it began came from Ann Lo, who said" being Lo's, and no comma between
    the act and the cue's subject, as in a trailing attribution)."""
    if found.start <= unit.start:
        return False
    acts = doc.outside(ACTION, unit.start, found.start)
    if not acts or len(WORD.findall(doc.text, unit.start, acts[0].start())) > 5:
        return False
    if "," in doc.text[acts[0].end() : found.start]:
        return False  # "Riyadh will cut output in July, Prince Ali said": the whole sentence
    if CLAUSE_JOIN_BEFORE.search(doc.text, max(unit.start, found.start - 12), found.start):
        return False  # "The board approved the plan and Ann Lo said ...": a clause of its own
    return SUBORDINATOR_WORD.search(doc.text, unit.start, acts[0].start()) is None


def _stance(doc: Document, unit: _Unit) -> bool:
    """Classify a stance of a person or a body (``STANCE``) as a paraphrase.

    "Sen. Bo Diaz accused the board of stalling", "Ruiz wants a delay", "a Daily Ledger poll
    found ...": the subject of the verb, as for a speech cue, when it is someone.
    """
    text = doc.text
    if _title(doc, unit):
        return False  # a title sums up what the article tells as statements of its own
    condition = OPENING_CONDITION.match(text, unit.start, unit.end)
    for m in doc.outside(STANCE, unit.start, unit.end):
        verb = m.start()
        if condition is not None and verb < condition.end():
            continue  # "Unless the co-legislators agree ..., the regulation will apply ...":
            # what is supposed, no one's stance
        word = m.group(0).split()[0]
        lo = max(unit.start, verb - 24)
        adjunct = False
        if word.endswith("ing"):
            adjunct = ADJUNCT_BEFORE.search(text, lo, verb) is not None
            if not adjunct and GERUND_BEFORE.search(text, lo, verb) is None:
                continue  # "a budget supporting ...": no verb of the subject's
        elif PASSIVE_BEFORE.search(text, max(unit.start, verb - 16), verb):
            continue  # "what's called the Entity List", "was backed by": not the subject's
        elif word in ("points", "point") and MEASURE_BEFORE.search(text, lo, verb):
            continue  # "cut the rate by 50 basis points to 26.5 per cent": a noun
        elif word in ("notes", "note") and _SECURITY_BEFORE.search(text, lo, verb):
            continue  # "The Treasury auctions 10-year notes on Thursday": the securities
        if in_subordinate(doc, unit, verb):
            continue
        event = FUTURE_ACT.match(text, verb)
        if event is not None and " to " not in event.group(0) and future_act(doc, unit):
            continue  # "The union plans a rally on May 4": an event to come, not a stance
        # a base form: "the Diaz plan" is a noun; "Republicans plan to", "Diaz will oppose" verbs
        base = word in STANCE_BASE_FORMS and AUXILIARY_BEFORE.search(text, lo, verb) is None
        if base and PLURAL_HINT_BEFORE.search(text, lo, verb) is None:
            continue  # ("the call", "his support": no subject to look for)
        found = subject(doc, unit, verb, m.end())
        if base and not _plural(doc, found, verb):
            continue
        if found is not None and found.start > verb:
            continue  # "the bill, opposed by Diaz, ...": a passive, no stance of Diaz's
        if adjunct:  # "Diaz endorsed Ruiz, urging voters to ...": the sentence's subject
            if not _opens_clause(doc, unit, found):
                continue
        elif not _someone_right_before(doc, found, verb):
            continue
        if resolve(doc, unit, found):
            unit.kind, unit.verb_pos = "paraphrase", verb
            return True
    return False


def _complement(doc: Document, unit: _Unit) -> bool:
    """Classify a person's or a body's verb with a that-clause or a to-infinitive as a
    paraphrase, whatever the verb: "Diaz hinted that the cuts would come", "the council has
    yet to decide", "Ruiz is looking to run" (the clause or infinitive is what the subject
    says, thinks or means to do; ``COMPLEMENT``, the verb right before it, ``FINITE_VERB``).
    """
    text = doc.text
    if _title(doc, unit):
        return False
    for m in COMPLEMENT.finditer(text, unit.start, min(unit.end, unit.start + COMPLEMENT_SPAN)):
        if in_quote(m.start(), doc.quotes, doc.quote_starts):
            continue
        verb = FINITE_VERB_BEFORE.search(text, max(unit.start, m.start() - 30), m.start())
        if verb is None or in_subordinate(doc, unit, verb.start()):
            continue
        found = subject(doc, unit, verb.start(), verb.end())
        if (
            found is not None
            and found.start <= verb.start()
            and _someone_right_before(doc, found, verb.start())
            and resolve(doc, unit, found)
        ):
            unit.kind, unit.verb_pos = "paraphrase", verb.start()
            return True
    return False


# The name of a document, which someone publishes but which does nothing itself: "Monetary
# Policy Report", "Finance Bill", "Spring Statement".
_DOCUMENT_NAME = re.compile(
    r"\b(?:Report|Statement|Review|Bulletin|Outlook|Minutes|Bill|Survey|Forecast|Update)$"
)


def _first_name_of_someone(doc: Document, word: str) -> bool:
    """Whether ``word`` opens a full name the article gives (as written, not "Huawei's
    Asian"): a given name on second reference, or a family name said first ("Hafiz" after
    "Hafiz Rahman Osman", "Ahn" after "Ahn Do-yun")."""
    return any(
        " " in name and doc.text.find(name, at, at + len(name) + _RUN_LEAD) >= 0
        for at, name in doc.index.first.get(word, ())
    )


# How far before a full name its capitalised run may start ("Industry Minister Datuk Seri
# Hafiz Rahman Osman": the index gives the run's start).
_RUN_LEAD = 60


def _opens_clause(doc: Document, unit: _Unit, found: Subject | None) -> bool:
    """Whether ``found`` is a person or a named body that opens the unit (after at most a
    short opening phrase: "On Sunday, Sen. Bo Diaz ...")."""
    if found is None or found.start < unit.start or not _someone(doc, found):
        return False
    return len(WORD.findall(doc.text, unit.start, found.start)) <= OPENING_WORDS


def _plural(doc: Document, found: Subject | None, verb: int) -> bool:
    """Whether ``found`` is a plural subject: a group ("Republicans", "Senate Democrats"),
    "they", "we", or names joined by "and" ("Diaz and Ruiz oppose ...")."""
    if found is None or found.start < 0:
        return False
    if found.kind == "pronoun":
        return found.text in ("they", "we")
    if found.kind == "group":
        return found.text.endswith("s")
    return " and " in doc.text[found.start : verb]


def _title(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` is the article's title: a first paragraph of one line with no full
    stop at its end, with more paragraphs after it."""
    if unit.paragraph != 0 or len(doc.paragraphs) < 2:
        return False
    return not doc.ends_as_sentence(0)


def _someone(doc: Document, found: Subject) -> bool:
    """Whether ``found`` is someone: a full name, a titled name, the surname of a person the
    article named in full, "he", "she", a role, or a body by name ("the EPA", "Republicans")
    or by the noun of a body the article named ("the association"), or a group that acts by
    office ("Leaders", "EU ministers");
    a body that follows a preposition is no subject ("the capacity of African members"), nor
    is a document ("the Monetary Policy Report")."""
    if found.kind in ("name", "group") and _DOCUMENT_NAME.search(found.text):
        return False  # "The Monetary Policy Report will be published ...": its maker acts
    if found.kind == "name":
        tokens = found.text.split()
        return (
            len(tokens) >= 2
            or bool(found.title)
            or tokens[-1] in doc.index.full
            or tokens[-1] in doc.registry.people  # someone the article quoted before
            or _first_name_of_someone(doc, tokens[0])
        )
    if found.kind == "pronoun":
        return found.text.lower() in ("he", "she")
    if found.kind == "group":
        if found.text.islower() and " " not in found.text and found.text in doc.bodies:
            return True  # "the association" after "the Teachers Association" was named
        if found.text in BODY_WORDS and named_body(doc, found.text, found.start):
            return True  # "The bureau is scheduled to release ..." after "the Pakistan
            # Bureau of Statistics" was named
        if found.text.split()[-1].lower() in _POLICY_GROUPS:
            return True  # "Leaders will take stock ...", "Lawmakers return on Jan. 12"
        if not found.text[:1].isupper() or not _named_body(doc, found.text):
            return False
        at = doc.text.rfind(found.text, found.start, found.start + 200)
        end = at + len(found.text)
        return at < 0 or (
            PREPOSITION_BEFORE.search(doc.text, max(0, at - 12), at) is None
            and (found.role is not None or not doc.text.startswith(("'", "’"), end))
        )  # not "the capacity of African members", "members' capacity" (but "The FMO's chief
        # executive": its officer, who acts for it)
    return found.kind == "role"


# People who act for a state by office, as a group ("Leaders", "EU ministers", "MEPs"), not
# bystanders ("investors", "analysts", "officials").
_POLICY_GROUPS = frozenset(
    """leaders ministers lawmakers legislators senators negotiators diplomats ambassadors envoys
    delegates justices judges regulators policymakers appropriators mayors governors meps mps
    parliamentarians deputies""".split()
)


# A body's coined one-word name: two capitalised parts joined by a hyphen or run together
# ("Copa-Cogeca", "BusinessEurope"), which no place or common noun is.
_COINED_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][a-z]+[A-Z][a-z]\w*")


def _named_body(doc: Document, name: str) -> bool:
    """Whether a group subject names a body: words of a name ("the Justice Department",
    "Progress Iowa"), an acronym ("the EPA"), or a party, a chamber or a group that the
    article writes with a capital inside sentences too ("Republicans", "Congress").

    A lone proper noun that the shipped table knows is a body's short name ("Commerce",
    "Treasury"); any other may be a place, a firm or a person the article never names in full
    ("Brussels wants ...", "Paris sees it differently"); a common noun that opens a sentence
    is no name ("Governments welcomed ...").
    """
    if " " in name:
        return True
    if name.isupper() and len(name) > 1:
        return True
    if is_known_body(name):  # "Commerce will accept comments ...": the shipped table's body
        return True
    if _COINED_NAME.fullmatch(name):  # "Copa-Cogeca welcomed ...", "BusinessEurope urged ..."
        return True
    return name in doc.index.capitalised_inside and (
        name in GROUP_NOUNS or INSTITUTIONS.fullmatch(name) is not None
    )


def _someone_right_before(doc: Document, found: Subject | None, verb: int) -> bool:
    """Whether ``found`` is a person (a full name, a titled name, the surname of a person the
    article named in full, "he", "she", or a role the article gave a name) that stands right
    before ``verb``: at most :data:`STANCE_GAP` words between them, an apposition aside
    ("Bo Diaz, a Democrat, endorsed ...", "Ruiz has long opposed ...").

    Places and bodies ("Brussels wants ...", "Governments welcomed ...") take no stance here.
    """
    if found is None or found.start < 0 or not _someone(doc, found):
        return False
    start = found.start
    if found.kind == "group":  # (a group's start is that of its noun phrase: find its name)
        start = max(start, doc.text.rfind(found.text, start, verb))
    between = APPOSITION.sub(" ", ASIDE.sub(" ", OCCASION_ASIDE.sub(" ", doc.text[start:verb])))
    words = len(WORD.findall(between)) - len(found.text.split())
    if words <= STANCE_GAP:
        return True
    # "Diaz went on television to criticize ...", "Ruiz opened by talking about ...", "the
    # court overturned the ruling and sided with ...": a later verb of the same predicate
    return words <= PREDICATE_GAP and PREDICATE_LINK.search(between) is not None


def _opening_clause_end(doc: Document, unit: _Unit) -> int:
    """Where a clause that opens the unit with "While", "Although", ... ends (its comma), or
    -1 when the unit opens otherwise."""
    if SUBORDINATE_OPENING.match(doc.text, unit.start, unit.end) is None:
        return -1
    return doc.text.find(",", unit.start, unit.end)


def _introduced_quote(doc: Document, unit: _Unit) -> bool:
    """Classify a quotation introduced by a colon or comma after its speaker as a quote.

    "Mr. Christie gloated: ''I told you he wouldn't be ready.''", "Tom Ridge put it: “...”",
    "Clinton: “Our goal is ...”": the subject of the clause before the mark (at most
    :data:`INTRO_MAX_WORDS` words, the first quotation after such a mark) says it (of
    three words at least, so that a scare quote after a comma is no statement), when the
    subject opens the clause and the quotation ends the sentence (a few words may follow).
    """
    if doc.liveblog_heading(unit):
        return False
    text = doc.text
    for q in doc.quotes_within(unit.start, unit.end):  # the first one after a mark
        mark = INTRO_MARK.search(text, max(unit.start, q.start - 4), q.start)
        if mark is not None and mark.start() > unit.start:
            break
    else:
        return False
    if len(WORD.findall(text, unit.start, mark.start())) > INTRO_MAX_WORDS:
        return False
    if text[unit.start : mark.start()].strip().lower() in ("quote", "and i quote", "i quote"):
        # "... what the leader, Ray Lo, said on Thursday. Quote: “...”": read out, the words
        # of the person named last
        registry = doc.registry
        if not registry.recent:
            return False
        person = registry.people[registry.recent[-1]]
        unit.speaker, unit.role, unit.how = person, person.role, "carried"
        unit.kind, unit.verb_pos = "quote", mark.start()
        return True
    if len(WORD.findall(text, q.inner_start, q.inner_end)) < 3:
        return False
    if len(WORD.findall(text, q.end, unit.end)) > INTRO_MAX_TAIL:
        return False  # “Girls, Girls, Girls” is a celebration ...: a title, not a quotation
    # (the clause runs over a title in quotation marks: "Al Kim, author of “X,” put it, “...”")
    found = find_subject(text, unit.start, mark.start(), mark.start() + 1, q.start, doc.index)
    if found is None and text.startswith(":", mark.start()):
        pronoun = OPENING_PRONOUN.match(text, unit.start, mark.start())
        if pronoun is not None:  # "She was equally firm about the near term: “...”"
            found = Subject("pronoun", pronoun.group(1).lower(), start=unit.start)
    if found is None or found.start < unit.start:
        return False
    dash = INTRO_DASH.search(text, unit.start, found.start)
    opening = dash.end() if dash is not None else unit.start
    if len(WORD.findall(text, opening, found.start)) > 5 or (
        found.kind != "pronoun" and PRONOUN_OPENING.match(text, opening)
    ):
        return False  # the speaker opens the clause ("She took her BlackBerry ...": not it)
    if PARTICIPLE_OPENING.match(text, unit.start):
        return False  # "Adding, “...”"
    if not resolve(doc, unit, found):
        return False
    unit.kind, unit.verb_pos = "quote", mark.start()
    return True


def _headline_colon(doc: Document, unit: _Unit) -> bool:
    """Classify a headline "Ana Ruiz: Rates Will Stay High" (a paragraph of one line that
    opens with a person's name and a colon) as a paraphrase of that person."""
    text = doc.text
    start, end = doc.paragraphs[unit.paragraph]
    if unit.start != start or end - start > 160 or text.find(":", start, start + 40) < 0:
        return False
    if "\n" in text[start:end].strip():
        return False
    m = HEADLINE_COLON.match(text, start, end)
    if m is None or RUN_IN_HEADING.match(text, start, end):
        return False  # (not "Appellate Body: The United States blocked ...": a heading)
    found = parse_np(m.group(1), start, doc.index)
    if found is None or found.kind != "name":
        return False
    tokens = found.text.split()
    if len(tokens) < 2 and not found.title and tokens[-1] not in doc.index.full:
        return False  # "Editor's note:", "Update:", a place
    if not resolve(doc, unit, found):
        return False
    unit.kind, unit.verb_pos = "paraphrase", m.end(1)
    return True


def _headline_cue(doc: Document, unit: _Unit) -> bool:
    """Classify a headline in title case with a verb of speech ("Ruiz Says Rates Will Rise",
    ``HEADLINE_CUE``) as a paraphrase of its subject, a person or a body by name."""
    text = doc.text
    start, end = doc.paragraphs[unit.paragraph]
    if unit.start != start or end - start > 200 or "\n" in text[start:end].strip():
        return False
    words = TITLE_WORD.findall(text, start, end)
    if len(words) < 4 or sum(w[:1].isupper() for w in words) < 0.8 * len(words):
        return False  # not in title case
    m = doc.first_outside(HEADLINE_CUE, start, end)
    if m is None:
        return False
    found = find_subject(text, start, m.start(), m.end(), end, doc.index)
    if found is None or found.start < start or not _someone(doc, found):
        return False
    if not resolve(doc, unit, found):
        return False
    unit.kind, unit.verb_pos = "paraphrase", m.start()
    return True


def _dash_source(doc: Document, unit: _Unit) -> bool:
    """Classify a quotation signed after a dash as its signer's quote: "“We will hold.” — Ana
    Ruiz", "“...” -- Bo Diaz, a council member" (a name, not a role or a pronoun)."""
    text = doc.text
    if text.find("—", unit.start, unit.end) < 0 and text.find(" -", unit.start, unit.end) < 0:
        if text.find("–", unit.start, unit.end) < 0:
            return False  # (a signing dash is a dash or a hyphen after a space)
    quotes = doc.quotes_within(unit.start, unit.end)
    if not quotes:
        return False
    m = DASH_SOURCE.match(doc.text, quotes[-1].end, unit.end)
    signed = m is None and unit.quote_paragraph
    if signed:  # the signature on a line of its own (split_units joined it to the quotation)
        m = SIGNATURE_BREAK.match(doc.text, quotes[-1].end, unit.end)
    if m is None or not doc.text[m.end() : m.end() + 1].isupper():
        return False
    found = parse_np(doc.text[m.end() : unit.end], m.end(), doc.index)
    kinds = ("name", "group") if signed else ("name",)  # ("— The Chamber of Industries, ...")
    if found is None or found.kind not in kinds or not resolve(doc, unit, found):
        return False
    unit.kind, unit.verb_pos = "quote", m.start()
    return True


def _labelled(doc: Document, unit: _Unit) -> bool:
    """Classify a statement under its speaker's label on a line of its own (split_units joined
    them): a social-media post under "Ana Ruiz (@AnaRuizMP), 3:30 p.m.:", or, in a wire's
    key-quotes sidebar, a quotation or a line opening "Said ..." under "* EU TRADE COMMISSIONER
    ANA RUIZ, in a statement on Monday:" (``POST_LABEL``, ``SPEAKER_LABEL``). A quotation is
    the speaker's quote, a "Said ..." line a paraphrase."""
    text = doc.text
    label = None
    if unit.quote_paragraph and unit.start > 0 and text[unit.start - 1] == "\n":
        # a broadcast script's sound bite under its cue: "[SOT | SUPER: Ana Ruiz, ...]"
        label = SUPER_LABEL.fullmatch(text, text.rfind("\n", 0, unit.start - 1) + 1, unit.start - 1)
    if label is None and text.find("\n", unit.start, unit.end) < 0:
        return False
    label = label or label_line(text, unit.start)
    if label is None:
        return False
    who = label.group("who")
    if who.isupper():  # "EU TRADE COMMISSIONER ANA RUIZ": read as a name is written
        who = " ".join(_as_written(word) for word in who.split())
    found = parse_np(who, label.start("who"), doc.index)
    if found is None or found.kind == "pronoun" or not resolve(doc, unit, found):
        return False
    line = text.find("\n", unit.start) + 1
    if unit.quote_paragraph:
        unit.kind = "quote"
    elif LABELLED_CUE.match(text, line) is not None:
        unit.kind = "paraphrase"
    else:
        return False
    unit.verb_pos = unit.start
    return True


# Short words of a name in capitals that stay as they are ("EU", "WTO") or go lower ("OF").
_LOWER_IN_NAMES = frozenset(("OF", "TO", "THE", "AND", "FOR", "ON", "IN", "DE", "DU", "LA"))


def _as_written(word: str) -> str:
    """A word of a name printed in capitals as it is written ("LINDQVIST-MORAIS" ->
    "Lindqvist-Morais", "CHINA'S" -> "China's", "EU" stays, "OF" -> "of")."""
    if word in _LOWER_IN_NAMES:
        return word.lower()
    if word in _ACRONYMS_IN_NAMES or (len(word) <= 4 and not _VOWEL.search(word)):
        return word  # ("EU", "WTO", "BNR": initials, not a name)
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


# Initials with a vowel that a name in capitals holds as they are.
_ACRONYMS_IN_NAMES = frozenset(
    ("EU", "UN", "US", "UK", "ECB", "IMF", "WTO", "OPEC", "NATO", "ASEAN", "OECD", "USTR", "FOMC")
)
_VOWEL = re.compile("[AEIOUY]")


def _policy_object(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a policy object (``POLICY_OBJECT``)."""
    if doc.plain:  # the lower-cased text, where the words need no case folding
        return POLICY_OBJECT_LOWER.search(doc.low[start:end]) is not None
    return POLICY_OBJECT.search(doc.text[start:end]) is not None


def _fragment(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` is the text of a lead cut off mid-sentence (it opens in lower case)."""
    first = doc.paragraphs[0][0] if doc.paragraphs else 0
    return unit.paragraph == 0 and unit.start == first and doc.text[first : first + 1].islower()


def _event_copula(doc: Document, unit: _Unit) -> bool:
    """Classify "The bank's decision is due Thursday" (``EVENT_COPULA``) as scheduled.

    The date must follow the copula directly; the possessor is the agent.
    """
    head = doc.text[unit.start : unit.start + 60]
    if unit.quote_paragraph or ("'s" not in head and "’s" not in head):
        return False
    m = EVENT_COPULA.match(doc.text, unit.start, unit.end)
    if m is None:
        return False
    after = doc.timexes_within(m.end(), unit.end)
    if not after or after[0].start != m.end():
        return False
    found = possessor(doc, m.start(1), m.end(1))
    if found is None or not resolve(doc, unit, found):
        return False
    unit.kind, unit.verb_pos = "scheduled", m.end()
    return True


def _mostly_quoted(doc: Document, unit: _Unit) -> bool:
    """Whether quoted words make up half of the unit's words, and at least eight."""
    # (\w+ needs no context: matches within bounds equal those in a slice)
    covered = 0
    for q in doc.quotes_within(unit.start, unit.end):
        covered += len(WORD.findall(doc.text, q.inner_start, q.inner_end))
    if covered < 8:
        return False
    return covered >= 0.5 * len(WORD.findall(doc.text, unit.start, unit.end))
