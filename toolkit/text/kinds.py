"""Stage ``kinds``: what each unit reports, and who reports or does it.

**Kind.** A unit with a speech cue ("said", "told", "wrote", "insisted", ...) outside its
quotations is a *quote* (when it opens with a quotation mark or quoted words make up most of
it) or a *paraphrase* (a request or demand, "asked", "called for", is an *action*); else a
future construction with an event verb ("will testify", "plans to introduce", "is expected
to announce") makes it *scheduled*; a past-tense policy verb ("imposed", "introduced a bill",
"approved", "signed", "spoke with", "had a call with", "testified", "defended ... before")
an *action* (in a timeline entry, "Feb. 1 — Trump signs ...", in the present tense too); an
event and its date joined by a copula ("The central bank's decision is due Thursday") is
*scheduled*; a market noun with a movement verb ("the S&P 500 had given up any gains") a
*market* remark. A quote paragraph without a cue is a quote that continues the previous
paragraph's speaker (:mod:`toolkit.text.referents`). A sentence that opens with a condition
("If the Fed raised rates, ...") reports nothing. A unit with none of these is dropped; a
sentence of it that opens with a quotation mark continues the quote just before it in the
paragraph ("“...,” he said. “More of the same quote.”"). A quotation introduced by a colon or
a comma after a short clause is a quote of that clause's subject, whatever its verb ("Mr.
Christie gloated: “...”", "Clinton: “...”"); so is a quotation signed after a dash ("“...”
— Ana Ruiz"), and a headline of a name and a colon ("Ana Ruiz: Rates Will Stay High") is a
paraphrase of that person. Last, a unit with none of these whose verb is a stance
(``STANCE``: "accused", "wants", "endorsed", "believes", ...) is a paraphrase when a person
stands right before it ("Sen. Bo Diaz, a Democrat, accused ..."); places, bodies, passives
and nouns take none ("Brussels wants ...", "what's called ...", "the Sunday shows").

The subject of the cue or verb is found by :mod:`toolkit.text.attribution` and resolved by
:mod:`toolkit.text.referents`, unit by unit in text order.

Reads ``start``, ``end``, ``paragraph``, ``quote_paragraph``; sets ``kind``, ``verb_pos``,
``generic`` (a cue in the present perfect, "has dismissed"), ``communicative``, ``fragment``
(text of a cut-off lead), ``runs_to`` (of a quote continued by the next sentences), and the
speaker fields (``speaker``, ``role``, ``how``). Returns the units that have a kind.
"""

from __future__ import annotations

from toolkit.text.attribution import agent, in_subordinate, possessor, subject
from toolkit.text.document import Document, _Unit
from toolkit.text.patterns import (
    ACTION,
    ACTION_PRESENT,
    ASIDE,
    COMMUNICATIVE,
    CONDITIONAL,
    DASH_SOURCE,
    EVENT_COPULA,
    HEADLINE_COLON,
    INTRO_DASH,
    INTRO_MARK,
    INTRO_MAX_TAIL,
    INTRO_MAX_WORDS,
    MARKET_MOVE,
    MARKET_NOUN,
    PARTICIPLE_OPENING,
    PASSIVE_BEFORE,
    PERFECT,
    POLICY_OBJECT,
    POLICY_OBJECT_LOWER,
    PRONOUN_OPENING,
    REQUEST,
    SCHEDULED,
    SELF_POLICY,
    STANCE,
    STANCE_GAP,
    SUBORDINATE_OPENING,
    WORD,
)
from toolkit.text.referents import introduce, resolve
from toolkit.text.speakers import CUE, Subject, find_subject, parse_np

# Quotation marks printed as doubled apostrophes or backquotes (''...'', ``...'').
DOUBLED_MARKS = ("''", "``")


def classify_units(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Classify each unit in text order; keep those with a kind."""
    text = doc.text
    kept: list[_Unit] = []
    for unit in units:
        classify(doc, unit)
        if unit.kind is None:
            introduce(doc, unit.start, unit.end)
            prev = kept[-1] if kept else None
            if (
                prev is not None
                and prev.paragraph == unit.paragraph
                and prev.kind == "quote"
                and (text[unit.start] in '“"«' or text.startswith(DOUBLED_MARKS, unit.start))
            ):
                prev.runs_to = unit.end  # “...,” he said. “More of the same quote.”
            continue
        if unit.kind == "paraphrase" and (
            unit.quote_paragraph
            or text[unit.start] in '“"«„'
            or text.startswith(DOUBLED_MARKS, unit.start)
            or _mostly_quoted(doc, unit)
        ):
            unit.kind = "quote"
        kept.append(unit)
    return kept


def classify(doc: Document, unit: _Unit) -> None:
    """Set the kind of ``unit`` (None if it has none), its verb and its speaker."""
    text = doc.text
    span = (unit.start, unit.end)
    if not unit.quote_paragraph and CONDITIONAL.match(text, unit.start):
        return
    cues = doc.outside(CUE, *span)
    opening_end = _opening_clause_end(doc, unit)
    if opening_end > 0:
        # "While Comey has said ..., Lewandowski said ...": the main clause's cue first
        cues = [m for m in cues if m.start() > opening_end] + [
            m for m in cues if m.start() < opening_end
        ]
    for m in cues:
        cue = m.start()
        if in_subordinate(doc, unit, cue):
            continue  # "..., a day after President Trump threatened to ...": not the main verb
        if resolve(doc, unit, subject(doc, unit, cue, m.end())):
            unit.kind = "action" if REQUEST.match(m.group(0)) else "paraphrase"
            unit.verb_pos = cue
            before = text[max(unit.start, cue - 30) : cue]
            unit.generic = PERFECT.search(before) is not None
            return
    if _dash_source(doc, unit):
        return
    if unit.quote_paragraph:
        unit.kind = "quote"
        unit.how = "carried"
        unit.verb_pos = unit.start
        return
    if _introduced_quote(doc, unit) or _headline_colon(doc, unit):
        return
    patterns = [(SCHEDULED, "scheduled"), (ACTION, "action")]
    if doc.timeline_head(unit) is not None:
        patterns.append((ACTION_PRESENT, "action"))
    for pattern, kind in patterns:
        for m in doc.outside(pattern, *span):
            verb = m.start()
            communicative = kind == "action" and COMMUNICATIVE.match(text, verb) is not None
            if kind == "action" and not communicative and not SELF_POLICY.match(text, verb):
                lo, hi = max(unit.start, verb - 60), min(unit.end, m.end() + 90)
                if not _policy_object(doc, lo, hi):
                    continue
            found = agent(doc, unit, m)
            if found is None and not (unit.start == 0 or _fragment(doc, unit)):
                continue
            if found is not None:
                resolve(doc, unit, found)
            else:
                unit.fragment = True
            unit.kind, unit.verb_pos, unit.communicative = kind, verb, communicative
            return
    if _event_copula(doc, unit):
        return
    if unit.start == 0 or _fragment(doc, unit):
        unit.fragment = True
    nouns = doc.outside(MARKET_NOUN, *span)
    moves = doc.outside(MARKET_MOVE, *span) if nouns else []
    if nouns and moves:
        unit.kind, unit.verb_pos, unit.how = "market", moves[0].start(), "market"
        return
    _stance(doc, unit)


def _stance(doc: Document, unit: _Unit) -> bool:
    """Classify a stance of a person or a body (``STANCE``) as a paraphrase.

    "Sen. Bo Diaz accused the board of stalling", "Ruiz wants a delay", "a Daily Ledger poll
    found ...": the subject of the verb, as for a speech cue, when it is someone.
    """
    text = doc.text
    for m in doc.outside(STANCE, unit.start, unit.end):
        verb = m.start()
        if PASSIVE_BEFORE.search(text, max(unit.start, verb - 16), verb):
            continue  # "what's called the Entity List", "was backed by": not the subject's
        if in_subordinate(doc, unit, verb):
            continue
        found = subject(doc, unit, verb, m.end())
        if _someone_right_before(doc, found, verb) and resolve(doc, unit, found):
            unit.kind, unit.verb_pos = "paraphrase", verb
            return True
    return False


def _someone_right_before(doc: Document, found: Subject | None, verb: int) -> bool:
    """Whether ``found`` is a person (a full name, a titled name, the surname of a person the
    article named in full, "he", "she", or a role the article gave a name) that stands right
    before ``verb``: at most :data:`STANCE_GAP` words between them, an apposition aside
    ("Bo Diaz, a Democrat, endorsed ...", "Ruiz has long opposed ...").

    Places and bodies ("Brussels wants ...", "Governments welcomed ...") take no stance here.
    """
    if found is None or found.start < 0 or found.kind not in ("name", "pronoun", "role"):
        return False
    if found.kind == "name":
        tokens = found.text.split()
        if len(tokens) < 2 and not found.title and tokens[-1] not in doc.index.full:
            return False
    elif found.kind == "pronoun" and found.text.lower() not in ("he", "she"):
        return False
    between = ASIDE.sub(" ", doc.text[found.start : verb])
    return len(WORD.findall(between)) <= len(found.text.split()) + STANCE_GAP


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
    if len(WORD.findall(text, q.inner_start, q.inner_end)) < 3:
        return False
    if len(WORD.findall(text, q.end, unit.end)) > INTRO_MAX_TAIL:
        return False  # “Girls, Girls, Girls” is a celebration ...: a title, not a quotation
    # (the clause runs over a title in quotation marks: "Al Kim, author of “X,” put it, “...”")
    found = find_subject(text, unit.start, mark.start(), mark.start() + 1, q.start, doc.index)
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
    if m is None:
        return False
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
    if m is None or not doc.text[m.end() : m.end() + 1].isupper():
        return False
    found = parse_np(doc.text[m.end() : unit.end], m.end(), doc.index)
    if found is None or found.kind != "name" or not resolve(doc, unit, found):
        return False
    unit.kind, unit.verb_pos = "quote", m.start()
    return True


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
