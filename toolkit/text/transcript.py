"""Transcripts: speaker turns ("HOST:", "GOVERNOR LEE:") and the day of the interview.

Not a stage of its own: :mod:`toolkit.text.kinds` makes the guest's sentences quotes of the
turn's speaker, and :mod:`toolkit.text.inheritance` dates them by the interview.

**Turns.** A paragraph that opens with a label in capitals and a colon ("QUINLAN: ...",
"GOVERNOR LEE: ...", "ANNA REYES, HOST: ...", "TOM LEE (recording): ...", a news conference's "Q (Reuters): ...") is a speaker's
turn when the article has at least :data:`MIN_TURNS` such paragraphs and the label's last
word opens two of them at least, or the label gives a role or a manner (a lone
"TRANSCRIPT:" or "UPDATE:" is no speaker). The host is the speaker whose turns ask
questions (most often end in "?"); the others are guests, except journalists whose label
says so ("RAJ PATEL, CORRESPONDENT:"): they tell the story, as the host does. What a guest says in a turn is a
quote of the guest, except courtesies ("Thank you.", "I am."), one quote over the turn's
sentences up to one that names a day or reports something else; what the host says is a
statement only when the other rules find one ("Chair Ana Ruiz said afterward that ..."), or
when it tells what the guest said ("You gave a speech on Tuesday in which you said ..."): a
paraphrase of the guest.

**Question and answer.** An interview printed as "Q: ..." and "A: ..." is a transcript
too: the "A:" turns are the person the text names in full before the first turn, outside a
byline (of several, the one whose surname the article repeats most often), and a paragraph
without a label between a guest's turn and the next turn is more of that answer.

**Interview day.** The text may say when the interview was made: "recorded Friday",
"taped on Nov. 7", "conducted Thursday". The guest's undated remarks are of that day, and so
is the "today" or "this morning" of a turn; when that day is before the publication day (a
podcast recorded on Friday and released on Monday), every time expression of the turns,
the hosts' too, is read from it (:func:`retime_turns`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from toolkit.text.dating import coming_weekday
from toolkit.text.document import Document, _Unit
from toolkit.text.patterns import (
    COURTESY,
    FIRST_PERSON_PAST,
    INTERVIEW_MADE,
    JOURNALIST_ROLE,
    NAMED_TURN_LABEL,
    PAST_WORD,
    SOUNDBITE,
    SPEAKING_DAY,
    TURN_LABEL,
    WORD,
    YOU_BEFORE,
)
from toolkit.text.speakers import CUE, Subject, parse_np
from toolkit.text.timex import Timex, find_timexes

# A label that is a surname alone: "Yeom: I understand the anger."
_SURNAME_LABEL = re.compile(r"([A-Z][\w'’-]+):[^\S\n]+(?=\S)")
# A paragraph in capitals, a question printed so in an interview ("SO WILL RATES GO UP?").
_CAPITALS_PARAGRAPH = re.compile(r"[^a-z\n]*[A-Z]{2,}[^a-z\n]*\Z")
# The first word of an ordinary-case label whose speaker asks ("Reporter Ann Lo (Daily
# News): ...").
_ASKER_ROLES = frozenset({"Reporter", "Journalist", "Correspondent", "Question", "Questioner"})
#: The fewest speaker turns that make an article a transcript.
MIN_TURNS = 3
#: The fewest words a guest's sentence needs to be a quote ("I am." is an answer, no quote).
MIN_QUOTE_WORDS = 4


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: a paragraph that opens with the speaker's label.

    Attributes
    ----------
    paragraph
        The paragraph's index in :attr:`Document.paragraphs`.
    start, end
        The label's span, colon and spaces included ("GOVERNOR LEE: ").
    label
        The label as a name ("Governor Lee").
    host
        Whether the speaker is the interviewer (or another journalist), not a guest.
    """

    paragraph: int
    start: int
    end: int
    label: str
    host: bool


def find_turns(doc: Document) -> dict[int, Turn]:
    """The speaker turns of ``doc``, by paragraph (empty when it is no transcript), found once
    per document: the stages that ask for them share the answer."""
    if doc.turns is None:
        doc.turns = _find_turns(doc)
    return doc.turns


def _find_turns(doc: Document) -> dict[int, Turn]:
    """The speaker turns of ``doc`` (see :func:`find_turns`)."""
    text = doc.text
    found: list[tuple[int, int, int, str, bool]] = []
    journalists: set[str] = set()
    ordinary: set[int] = set()  # the paragraphs of labels in ordinary case (a name checked)
    for pi, (ps, _pe) in enumerate(doc.paragraphs):
        if not text[ps : ps + 1].isupper():
            continue
        m = TURN_LABEL.match(text, ps)
        if m is None:
            named = _named_turn(doc, ps)
            if named is not None:
                start, end, label, question = named
                if question:
                    journalists.add(label.split()[-1])  # ("Q9 Ann Lo:": a member asks)
                found.append((pi, start, end, label, question))
                ordinary.add(pi)
            continue
        last = m.group(1).split()[-1]
        if m.group(2) and JOURNALIST_ROLE.search(m.group(2)):
            journalists.add(last)  # "RAJ PATEL, CORRESPONDENT:": he tells the story
        # (a label after a recording's cue is a turn, however rarely it comes)
        recorded = pi > 0 and SOUNDBITE.match(text, *doc.paragraphs[pi - 1]) is not None
        found.append(
            (pi, m.start(), m.end(), m.group(1), bool(m.group(2) or m.group(3)) or recorded)
        )
    lone = {f[0] for f in found if f[0] in ordinary and " " not in f[3]}
    if lone:
        # an interview whose answers are labelled with the surname alone: its questions are
        # the paragraphs printed in capitals, the interviewer's turns (without two of them,
        # "Lee: ..." is a heading, as a live blog's)
        first = min(lone)
        asked = [
            (pi, ps)
            for pi, (ps, pe) in enumerate(doc.paragraphs)
            if pi >= first - 1 and pi not in ordinary and _capitals_question(text, ps, pe)
        ]
        if len(asked) >= 2:
            found += [(pi, ps, ps, "Question", True) for pi, ps in asked]
            found.sort()
        else:
            found = [f for f in found if f[0] not in lone]
    counts: dict[str, int] = {}
    for f in found:
        last = f[3].split()[-1]
        counts[last] = counts.get(last, 0) + 1
    found = [f for f in found if counts[f[3].split()[-1]] >= 2 or f[4] or f[0] in ordinary]
    if len(found) < MIN_TURNS or len({f[3].split()[-1] for f in found}) < 2:
        return {}
    asks: dict[str, float] = {}
    for pi, _s, _e, label, _tagged in found:
        ps, pe = doc.paragraphs[pi]
        last = label.split()[-1]
        asks[last] = asks.get(last, 0.0) + ("?" in text[ps:pe]) / counts[last]
    host = max(asks, key=lambda k: asks[k])
    for last in {f[3].split()[-1] for f in found}:
        if _reporter(text, last.title()):
            journalists.add(last)
    answers = _interviewee(doc, found[0][1]) if "A" in counts and host != "A" else None
    turns = {
        pi: Turn(
            pi,
            s,
            e,
            answers if label == "A" and answers else label.title() if label.isupper() else label,
            last == host or last in journalists,
        )
        for pi, s, e, label, _tagged in found
        if (last := label.split()[-1]) and (label != "A" or answers)
    }
    return _continued(doc, turns)


def _reporter(text: str, surname: str) -> bool:
    """Whether the speaker of that ``surname`` is a journalist who tells the story: one who
    signs on or off ("And I'm Marcus Bell.", "In Washington, I'm Dev Santhanam for
    Marketplace."), whom the host hands over to ("Marketplace's Dev Santhanam has more.",
    "Dev Santhanam reports."), or whose name stands alone on a line of the story's top as its
    byline."""
    name = re.escape(surname)
    if re.search(rf"\bI(?:['’]m|\s+am)\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{name}\b", text):
        return True
    if re.search(
        rf"\b{name}\s+(?:has\s+(?:more|the\s+story|this\s+report)|reports)\b", text
    ):
        return True
    top = text[:_BYLINE_REACH]
    return re.search(rf"^(?:By\s+)?(?:[A-Z][\w.'’-]*\s+){{1,2}}{name}[^\S\n]*$", top, re.M) is not None


# How far into the text a byline may stand.
_BYLINE_REACH = 400


def _capitals_question(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a question printed in capitals, three words or more."""
    return (
        _CAPITALS_PARAGRAPH.match(text[start:end]) is not None
        and len(WORD.findall(text, start, end)) >= 3
    )


def _named_turn(doc: Document, start: int) -> tuple[int, int, str, bool] | None:
    """The turn of a transcript labelled in ordinary case at ``start``, as committees print
    their evidence sessions: a numbered question ("Q9 Ann Lo: ...", "Q1 Chair (Dame Ann Lo):
    ...") or a witness the article names in full ("Fiona Hale: ...", "Dr Owen Price: ...").
    Returns the label's span, the name (or "Chair") and whether it asks; None otherwise."""
    m = NAMED_TURN_LABEL.match(doc.text, start)
    if m is None:
        lone = _SURNAME_LABEL.match(doc.text, start)
        if lone is not None and doc.index.known_person(lone.group(1)):
            return lone.start(), lone.end(), lone.group(1), False  # "Yeom: ..."
        return None
    label = m.group(2)
    question = m.group(1) is not None or label.split(None, 1)[0] in _ASKER_ROLES
    if not question and (label == "Chair" or label.split()[-1] not in doc.index.full):
        return None  # (not a heading: "Panel Watch: ...")
    return m.start(), m.end(), label, question


def _interviewee(doc: Document, before: int) -> str | None:
    """Who answers the "A:" turns of a question-and-answer interview: of the people the text
    names in full before the first turn (``before``), outside a byline ("By Ann Lo"), the one
    whose surname the article repeats most often (the first named, of equals)."""
    text = doc.text
    best: tuple[int, int, str] | None = None  # (-mentions, first position, name)
    for surname, mentions in doc.index.full.items():
        named = [
            (pos, name)
            for pos, name in mentions
            if pos < before and not text.startswith(("By ", "by "), text.rfind("\n", 0, pos) + 1)
        ]
        if not named:
            continue
        key = (-text.count(surname), named[0][0], named[0][1])
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def _continued(doc: Document, turns: dict[int, Turn]) -> dict[int, Turn]:
    """The turns, with each paragraph without a label between a guest's turn and the next
    turn counted as more of the guest's turn (an answer of several paragraphs)."""
    if not turns:
        return turns
    out = dict(turns)
    ordered = sorted(turns)
    for a, b in zip(ordered, ordered[1:]):
        turn = turns[a]
        if turn.host:
            continue
        for pi in range(a + 1, b):
            ps = doc.paragraphs[pi][0]
            if doc.text.startswith(("(", "["), ps):
                break  # "(Editor's note: ...)": the paper's, and the answer has ended
            out[pi] = Turn(pi, ps, ps, turn.label, False)
    return out


def turn_quote(doc: Document, unit: _Unit, turn: Turn) -> Subject | None:
    """The guest who says ``unit``, a sentence of the guest's turn ``turn`` that no other rule
    classified; None for a courtesy or a short answer, or when the label names no one."""
    text = doc.text
    start = max(unit.start, turn.end)
    if COURTESY.match(text, start, unit.end):
        return None
    if len(WORD.findall(text, start, unit.end)) < MIN_QUOTE_WORDS:
        return None
    return parse_np(turn.label, turn.start, doc.index)


def continues_turn_quote(doc: Document, prev: _Unit, unit: _Unit, turn: Turn) -> bool:
    """Whether ``unit``, a quote of a guest's turn, continues the quote ``prev`` just before
    it in the turn: one quote runs over the turn's sentences until one that names a day
    ("I'll be testifying on the 19th") or a statement of another kind."""
    if prev.paragraph != unit.paragraph or prev.kind != "quote" or prev.verb_pos != turn.start:
        return False
    prev_end = max(prev.end, prev.runs_to)
    return not doc.timexes_within(prev.start, prev_end) and not doc.timexes_within(
        unit.start, unit.end
    )


def addressed_guest(
    doc: Document, unit: _Unit, turns: dict[int, Turn]
) -> tuple[Subject, int] | None:
    """The guest and the cue of a host's sentence that tells what the guest said ("You gave
    a speech on Tuesday in which you said ..."), or None."""
    guest = next((t for t in turns.values() if not t.host), None)
    if guest is None:
        return None
    text = doc.text
    for m in doc.outside(CUE, unit.start, unit.end):
        if YOU_BEFORE.search(text, max(unit.start, m.start() - 12), m.start()) is not None:
            found = parse_np(guest.label, guest.start, doc.index)
            return None if found is None else (found, m.start())
    return None


def interview_day(doc: Document, turns: dict[int, Turn]) -> Timex | None:
    """The day the interview was made, when the text outside the turns says it ("recorded
    Friday", "gave evidence to the committee ... this morning"), else None."""
    text = doc.text
    for pi, (ps, pe) in enumerate(doc.paragraphs):
        if pi in turns:
            continue
        for m in INTERVIEW_MADE.finditer(text, ps, pe):
            reach = min(pe, m.end() + 40)
            if m.group("hearing"):  # "gave evidence to ... this morning", in the sentence
                stop = text.find(". ", m.end(), pe)  # that says it
                reach = min(pe if stop < 0 else stop, m.end() + _MADE_REACH)
            for timex in doc.timexes_within(m.end(), reach):
                if timex.precision == "day" and timex.date is not None:
                    return timex
    return None


# How far after "gave evidence", "testified" or "appeared before" its day may come ("gave
# evidence to the House of Commons Treasury Committee on the Bank's May Monetary Policy Report
# this morning"); after "recorded", "taped" and the like, 40 characters.
_MADE_REACH = 120


def retime_turns(doc: Document) -> None:
    """Read the time expressions of a transcript's turns from the interview day, when the text
    says it was made before the publication day ("This episode was recorded on Friday, Sept.
    4", released on Monday): the turns' "today", "yesterday" and "this morning" are the
    recording's. Replaces those entries of ``doc.timexes`` (and ``doc.timex_starts``)."""
    turns = find_turns(doc)
    if not turns:
        return
    day = interview_day(doc, turns)
    if day is None or day.date is None or day.date >= doc.published:
        return
    spans = [doc.paragraphs[pi] for pi in sorted(turns)]

    def in_turn(pos: int) -> bool:
        return any(ps <= pos < pe for ps, pe in spans)

    again = find_timexes(doc.text, day.date, low=doc.low, unusual=doc.unusual)
    kept = [t for t in doc.timexes if not in_turn(t.start)]
    doc.timexes = sorted(kept + [t for t in again if in_turn(t.start)], key=lambda t: t.start)
    doc.timex_starts = [t.start for t in doc.timexes]


def date_turns(doc: Document, units: list[_Unit]) -> None:
    """Date the guest's quotes in a transcript by the interview day (see the module
    docstring).

    A quote whose sentence names a later day than the interview announces an event
    ("I'll be testifying ... on the 19th"): it is *scheduled* on that day; so is a bare
    weekday in a sentence with no past tense ("I'm on a panel on Monday": the coming one). A
    quote that tells an act of the guest's own in the past tense, with its day, week or month
    ("On 20 March we sent ...", "Last month I asked ..."), is of that time. Sets ``kind``,
    ``timex``, ``date_source`` and ``inherited_from`` of the guest's quotes.
    """
    turns = find_turns(doc)
    if not turns:
        return
    day = interview_day(doc, turns)
    if day is None:
        return
    holder = _Unit(day.start, day.end, -1, False)
    holder.timex = day
    for u in units:
        turn = turns.get(u.paragraph)
        if turn is None or turn.host or u.kind != "quote" or u.verb_pos != turn.start:
            continue
        own = [t for t in doc.timexes_within(u.start, u.end) if t.date is not None]
        today = [t for t in own if SPEAKING_DAY.fullmatch(t.text.lower()) is not None]
        later = [t for t in own if t.date > day.date and t not in today]
        if not later and PAST_WORD.search(doc.text, u.start, u.end) is None:
            # "I'm on a panel on Monday": a bare weekday in the present is the coming one
            later = [c for t in own if (c := coming_weekday(t, day.date)) is not None]
        own_act = (
            [
                t
                for t in own
                if t.date < day.date and t not in today and t.precision in ("day", "week", "month")
            ]
            if FIRST_PERSON_PAST.search(doc.text, u.start, u.end) is not None
            else []
        )
        if later:
            u.kind, u.timex, u.date_source = "scheduled", later[0], "explicit"
            u.inherited_from = None
        elif own_act:
            # "On 20 March we sent the secretariat a revised schedule", "We asked the Russian
            # side last week ...": the guest tells an act of their own, on its day
            u.timex, u.date_source = own_act[0], "explicit"
            u.inherited_from = None
        elif today:
            u.timex, u.date_source = _moved(today[0], day.date), "explicit"
            u.inherited_from = None
        elif u.timex is None:
            u.inherited_from, u.date_source = holder, "inherited"


def _moved(timex: Timex, day: dt.date) -> Timex:
    """``timex`` (a "today") on ``day``."""
    return dataclasses.replace(timex, value=day.isoformat(), date=day, date_end=day)
