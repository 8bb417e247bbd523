"""Stage ``nested``: a future event that a remark announces, a dated act in a relative clause
about a speaker, and a body's dated next meeting, as statements of their own.

**Announced event.** "X said on Monday the committee will vote next week": the committee's
vote is a *scheduled* statement for next week, whatever the date of the remark. The event's
subject acts; a pronoun or a missing subject leaves it to the speaker. Only a paraphrase
outside a quote paragraph and made of one remark announces one, and only when a time
expression follows the event verb closely (twelve words at most, quoted words not counted)
and falls after the remark (a bare weekday is the coming one). A remark with no date of its
own nor of its occasion that says nothing but the event ("A spokesperson said the bureau would
hold a briefing on Tuesday": a short subject before the verb of saying, the event in the first
clause of what was said, its date the day of the event and no bound such as "from next Monday"
or "by Sept. 1") is the event itself: one scheduled statement on the event's day.

**Comment period.** "said businesses could comment on the list until July 31", "will accept
public comments on the rules through Jan. 15", "has until July 14 to act": the close of the
period is a *scheduled* statement of the speaker on that day (the remark itself when it has no
date of its own).

**Effective day.** "... raise tariffs on steel to 50 per cent, effective April 1",
"counter-tariffs on goods starting April 6", "China will impose controls on ... starting
from June 15, the ministry announced": the day a measure that an act or a remark reports
takes effect is a *scheduled* statement of the same speaker, when the marker ("effective",
"starting (from)", "beginning") stands right before a day later than the statement's own
date.

**Relative act.** "Mayor Ana Ruiz, who proposed the package in March, said on Thursday ...":
Ruiz's proposal in March is an *action* of its own, dated by the clause (an act of
``ACTION`` or ``RELATIVE_ACT_VERB`` right after "who" or "which", with a policy object, and a
time expression no later than the publication day; an undated clause adds nothing). "Treasurer
Dan Whitford, who will deliver his budget next Tuesday, said ...": a future act right after
"who" (``FUTURE_ACT``) with a later date in the clause is a *scheduled* statement of its own.

**Act after a statement.** "China hit back on Friday, a day after President Ana Ruiz imposed
...", "three weeks after the Commission tabled it on 28 April": a named actor's act in a clause
of time after the statement's verb is an *action* of its own, dated by the clause or by the
gap from the statement's day.

**Reported act.** "Observador reports that Chega's leader told a rally on Saturday evening
that ...": a dated remark or act that a report tells is its actor's (the row changes in place);
so is one that unnamed people or a news medium tell after it ("..., the diplomats said", "...,
the state-run Oman News Agency (ONA) reported").

**Announced gathering.** "The alliance rejected the new wage in a statement on Tuesday evening
and announced rallies in Dhaka and Gazipur on Friday": a protest or a strike that a dated
statement announces for a later day is a *scheduled* statement of the same speaker.

**Next meeting.** "at its next meeting, on Sept. 15-16", "the Bank of Canada's next interest
rate announcement, on Oct. 28", "a cut at the Fed's Oct. 27-28 meeting": a body's next policy
meeting with a date after the publication day is a *scheduled* statement of the body, wherever
the article mentions it (the owner named, or for "its" the last body named before it).

Reads ``kind``, ``verb_pos``, ``quote_paragraph``, ``parts``, ``timex``, ``inherited_from``,
``speaker``, ``role`` and ``how`` of each statement; makes new scheduled and action units (``kind``,
``verb_pos``, the speaker fields, ``timex``, ``date_source``, ``parts``) and returns all the
statements in text order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from toolkit.text.dating import coming_weekday, joined_days, since_before
from toolkit.text.document import Document, _Unit, in_quote
from toolkit.text.patterns import (
    ACTION,
    AFTER_ACT,
    BOUND_BEFORE,
    CLAUSE_BREAK,
    COMMENT_DEADLINE_BEFORE,
    EFFECTIVE,
    EFFECTIVE_WORDS,
    FUTURE_ACT,
    MEETING_BODY,
    MEETING_DATE_GAP,
    MEETING_OWNER_BEFORE,
    MEETING_TAIL,
    NESTED_SCHEDULED,
    NESTED_WORDS,
    NEXT_MEETING,
    NEXT_MEETING_HINT,
    PERIOD_OF_FIGURE,
    POLICY_OBJECT,
    QUOTED,
    RELATIVE_ACT,
    RELATIVE_ACT_OBJECT,
    RELATIVE_ACT_VERB,
    SELF_POLICY,
    UNTIL,
    WORD,
)
from toolkit.text.referents import resolve
from toolkit.text.speakers import CUE, Subject, parse_np
from toolkit.text.timex import Timex
from toolkit.text.timex_patterns import _NUMBER_WORDS

# The most words before the verb of a remark that only announces an event (its subject).
_SUBJECT_WORDS = 8


def add_nested_events(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """The statements, with the events that paraphrases announce and the dated acts of a
    relative clause about their speaker added in text order."""
    nested = [n for u in units if (n := _nested(doc, u) or _comment_deadline(doc, u)) is not None]
    nested += [n for u in units if (n := _relative_act(doc, u)) is not None]
    nested += [n for u in units if (n := _after_act(doc, u)) is not None]
    for u in units:
        _reported_act(doc, u)  # (in place: "X reports that Y told a rally on Saturday ...")
        _act_told_by_unnamed(doc, u)  # (in place: "X placed ... in July, the diplomats said")
    nested += [n for u in units if (n := _effective(doc, u)) is not None]
    nested += [n for u in units if (n := _announced_gathering(doc, u)) is not None]
    nested += _next_meetings(doc, units + nested)
    if nested:
        units = sorted(units + nested, key=lambda u: (u.start, u.end))
    return units


def _nested(doc: Document, unit: _Unit) -> _Unit | None:
    """A dated future event that a paraphrase reports, as a statement of its own."""
    if (
        unit.kind != "paraphrase"
        or unit.verb_pos < 0
        or unit.quote_paragraph
        or len(unit.parts) > 1  # several remarks in one row: which one announced it is unclear
    ):
        return None
    text = doc.text
    if doc.plain:  # every match of NESTED_SCHEDULED holds one of these words
        low = doc.low[unit.verb_pos : unit.end]
        if not any(w in low for w in NESTED_WORDS):
            return None
    cue = CUE.match(text, unit.verb_pos) or _EXPECTS.match(text, unit.verb_pos)
    if cue is None:
        return None
    found = doc.first_outside(NESTED_SCHEDULED, cue.end(), unit.end)
    if found is None and cue.re is _EXPECTS:
        # "EPA expects the rule to be published in the Federal Register next month"
        found = _EXPECTED_EVENT.match(text, cue.end(), unit.end)
    if found is None:
        return None
    outer = unit.timex or (unit.inherited_from.timex if unit.inherited_from else None)
    reference = outer.date if outer is not None else doc.published
    timex = None
    for t in doc.timexes_within(found.end(), unit.end):
        if in_quote(t.start, doc.quotes, doc.quote_starts):
            continue
        if t.precision != "day" and PERIOD_OF_FIGURE.match(text, t.end):
            continue  # "with its first-quarter results on August 8": the figures' period
        between = WORD.findall(QUOTED.sub(" ", text[found.end() : t.start]))
        if len(between) > 12:
            break
        if since_before(doc, t.start) or UNTIL.search(text, max(0, t.start - 24), t.start):
            break
        timex = joined_days(doc, t)  # ("will tour terminals from Tuesday to Thursday")
        break
    if timex is not None and timex.date is not None and timex.date <= reference:
        timex = coming_weekday(timex, reference)
    if timex is None or timex.date is None or timex.date <= reference or timex.precision == "year":
        return None  # (a plan for "next year" is no event on the calendar)
    if cue.re is _EXPECTS or (outer is None and _announces_only(doc, unit, cue, found, timex)):
        # "BIS has announced that it will hold a webinar on Dec. 3": a remark with no date of
        # its own nor of its occasion is told for the event it announces, and is that event;
        # so is what a body expects to be done ("EPA expects the rule to be published ...")
        unit.kind, unit.timex, unit.date_source = "scheduled", timex, "explicit"
        return None
    head = text[cue.end() : found.start()]
    that = head.rfind("that ")
    offset = cue.end() + (that + 5 if that >= 0 else len(head) - len(head.lstrip()))
    end = next((e for s, e in unit.parts if s <= found.start() < e), unit.end)
    subject = parse_np(text[offset : found.start()], offset, doc.index)
    event = _Unit(offset, end, unit.paragraph, False)
    event.kind, event.verb_pos = "scheduled", found.start()
    if subject is None or subject.kind == "pronoun" or not resolve(doc, event, subject):
        event.speaker, event.role, event.how = unit.speaker, unit.role, unit.how
    if event.speaker is None:
        return None
    event.timex, event.date_source = timex, "explicit"
    event.parts = [(event.start, event.end)]
    return event


_EXPECTS = re.compile(r"expect(?:s|ed)?\b")
# What is expected, right after "expects": "the rule to be published", "the bill to be
# tabled" (an event of the calendar).
_EXPECTED_EVENT = re.compile(
    r"\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,3}?to\s+(?:be\s+)?(?:published|released"
    r"|tabled|signed|adopted|introduced|voted\s+on|debated|announced|finalized|finalised)\b"
)


def _speaker_event(
    unit: _Unit, start: int, end: int, kind: str, verb_pos: int, timex: Timex
) -> _Unit:
    """A statement of ``unit``'s speaker of its own, ``text[start:end]``, dated by ``timex``."""
    event = _Unit(start, end, unit.paragraph, False)
    event.kind, event.verb_pos = kind, verb_pos
    event.speaker, event.role, event.how = unit.speaker, unit.role, unit.how
    event.timex, event.date_source = timex, "explicit"
    event.parts = [(event.start, event.end)]
    return event


def _comment_deadline(doc: Document, unit: _Unit) -> _Unit | None:
    """The close of a comment period that a remark reports, as a scheduled statement of the
    speaker on that day: "A notice posted Tuesday said businesses could comment on the list
    until July 31" (a statement of its own, from what was said on), "The ministry will accept
    public comments on the rules until Dec. 10, the release said" (an undated remark, which is
    the deadline itself). The date lies after the remark's, or after the publication day."""
    if unit.kind != "paraphrase" or unit.verb_pos < 0 or unit.quote_paragraph:
        return None
    text = doc.text
    low = doc.low[unit.start : unit.end]
    if "until" not in low and "through" not in low:
        return None
    outer = unit.timex or (unit.inherited_from.timex if unit.inherited_from else None)
    reference = outer.date if outer is not None else doc.published
    for t in doc.timexes_within(unit.start, unit.end):
        if in_quote(t.start, doc.quotes, doc.quote_starts) or t.date is None:
            continue
        if t.date <= reference or not COMMENT_DEADLINE_BEFORE.search(
            text, max(unit.start, t.start - 120), t.start
        ):
            continue
        if outer is None:
            unit.kind, unit.timex, unit.date_source = "scheduled", t, "explicit"
            return None
        cue = CUE.match(text, unit.verb_pos)
        if cue is None or cue.end() > t.start:
            return None
        head = text[cue.end() : t.start]
        that = head.find("that ")
        offset = cue.end() + (that + 5 if 0 <= that < 8 else len(head) - len(head.lstrip()))
        return _speaker_event(unit, offset, unit.end, "scheduled", offset, t)
    return None


def _announces_only(
    doc: Document, unit: _Unit, cue: re.Match[str], event: re.Match[str], timex: Timex
) -> bool:
    """Whether an undated remark says nothing but the event it announces: its verb of saying
    opens the sentence after a short subject ("A Commerce Department spokesperson said the
    bureau would hold a briefing on Tuesday"), the event is the first clause of what was said
    (not after ", and": "He has argued that ..., and his allies have said they will ..."), and
    the event's date is its day, not a bound ("from next Monday", "by Sept. 1")."""
    text = doc.text
    if len(WORD.findall(text, unit.start, cue.start())) > _SUBJECT_WORDS:
        return False  # ("The ministry proposed rules ..., a measure it said would ...")
    if CLAUSE_BREAK.search(text, cue.end(), event.start()):
        return False
    if timex.precision == "range" and timex.date_end > timex.date:
        return True  # "from Tuesday to Thursday": the event's span, not a bound
    return BOUND_BEFORE.search(text, max(event.end(), timex.start - 16), timex.start) is None


def _relative_act(doc: Document, unit: _Unit) -> _Unit | None:
    """A dated act in a relative clause between a statement's speaker and its verb, as a
    statement of its own: "Mayor Ana Ruiz, who proposed the package in March, said on
    Thursday ..." is also Ruiz's proposal in March; "Fitch, which put the rating on watch
    last week, said ..." Fitch's act of last week. The act is a verb of ``ACTION`` right after
    "who" or "which", with a policy object in the clause (unless it is a policy act by
    itself) and a time expression no later than the publication day."""
    if (
        unit.kind not in ("quote", "paraphrase", "scheduled", "action")
        or unit.verb_pos < 0
        or unit.speaker is None
    ):
        return None
    text = doc.text
    if text.find(", wh", unit.start, unit.verb_pos) < 0:
        return None
    for m in RELATIVE_ACT.finditer(text, unit.start, unit.verb_pos):
        if in_quote(m.start(), doc.quotes, doc.quote_starts):
            continue
        if unit.kind in ("scheduled", "action") and (
            len(WORD.findall(text, unit.start, m.start())) > _SUBJECT_WORDS
        ):
            continue  # (an event's or an act's subject with its clause: "The Bank of Israel,
            # which cut its rate on January 1, is due to announce its next decision on ...")
        close = text.find(",", m.end(), unit.verb_pos)
        future = FUTURE_ACT.match(text, m.end())
        if future is not None and 0 <= close and future.end() <= close:
            event = _relative_future(doc, unit, m.start(1), future, close)
            if event is not None:
                return event
            continue
        act = ACTION.match(text, m.end()) or RELATIVE_ACT_VERB.match(text, m.end())
        if close < 0 or act is None or act.end() > close:
            continue
        if (
            not SELF_POLICY.match(text, act.start())
            and not POLICY_OBJECT.search(text, act.end(), close)
            and not RELATIVE_ACT_OBJECT.search(text, act.end(), close)
        ):
            continue
        dates = [
            t
            for t in doc.timexes_within(act.end(), close)
            if t.date is not None and t.date <= doc.published
        ]
        if not dates:
            continue
        return _speaker_event(unit, m.start(1), close, "action", act.start(), dates[0])
    return None


def _relative_future(
    doc: Document, unit: _Unit, start: int, future: re.Match[str], close: int
) -> _Unit | None:
    """The event a relative clause about the speaker announces with its date, as a scheduled
    statement of the speaker: "Treasurer Dan Whitford, who will deliver his second budget next
    Tuesday, said ..." (a date after the publication day, a bare weekday being the coming
    one); None when the clause has no such date."""
    timex = next(
        (t for t in doc.timexes_within(future.end(), close) if t.date is not None), None
    )
    if timex is not None and timex.date <= doc.published:
        timex = coming_weekday(timex, doc.published)
    if timex is None or timex.date is None or timex.date <= doc.published:
        return None
    return _speaker_event(unit, start, close, "scheduled", future.start(), timex)


def _after_act(doc: Document, unit: _Unit) -> _Unit | None:
    """A named actor's dated act in a clause of time after a statement's verb, as a statement
    of its own: "China hit back on Friday, a day after President Ana Ruiz threatened to ..."
    (Ruiz's threat, the day before the statement's day), "..., three weeks after the
    Commission tabled it on 28 April" (the clause's own date), "..., hours after Democrats
    blocked the bill" (the statement's day). The act is a verb of ``ACTION`` within eight
    words of "after", its subject a name, a role or a group (no pronoun); an act with neither
    a date of its own no later than the statement's nor a gap that counts from a statement's
    day is left out."""
    if unit.verb_pos < 0 or unit.kind not in ("quote", "paraphrase", "action", "market"):
        return None
    if doc.plain and "after " not in doc.low[unit.verb_pos : unit.end]:
        return None
    text = doc.text
    outer = unit.timex or (unit.inherited_from.timex if unit.inherited_from else None)
    reference = outer.date if outer is not None else doc.published
    for m in AFTER_ACT.finditer(text, unit.verb_pos + 1, unit.end):
        if in_quote(m.start(), doc.quotes, doc.quote_starts):
            continue
        stop = min(x for x in (text.find(",", m.end(), unit.end), unit.end) if x >= 0)
        verb = next(
            (
                w.start()
                for w in list(WORD.finditer(text, m.end(), stop))[1:9]
                if ACTION.match(text, w.start())
            ),
            None,
        )
        if verb is None:
            continue
        close = min(x for x in (text.find(",", verb, unit.end), unit.end) if x >= 0)
        own = [
            t
            for t in doc.timexes_within(m.end(), min(unit.end, close + 40))
            if t.date is not None
            and (t.end <= close or _TIME_IN_COMMAS.fullmatch(text, close, t.start) is not None)
        ]  # (the act's own date in commas after its verb: "approved, late on Thursday, a levy")
        subject_end = own[0].start if own and own[0].start < verb else verb
        segment = _TRAILING_TIME_WORD.sub("", text[m.end() : subject_end])
        subject = parse_np(segment, m.end(), doc.index)
        if subject is None or subject.kind not in ("name", "role", "group"):
            continue
        timex = next((t for t in own if t.date <= reference), None)
        if timex is None:
            timex = _after_gap(m, outer)
        if timex is None:
            continue
        if own and own[0].start > close:  # the clause runs on past its date in commas
            after = text.find(",", own[0].end + 1, unit.end)
            close = after if after >= 0 else unit.end
        event = _Unit(m.end(), close, unit.paragraph, False)
        event.kind, event.verb_pos = "action", verb
        if not resolve(doc, event, subject) or event.speaker is None:
            continue
        event.timex, event.date_source = timex, "explicit"
        event.parts = [(event.start, event.end)]
        return event
    return None


# A comma and the words that open a time expression in commas: ", late on ", ", on ".
_TIME_IN_COMMAS = re.compile(r",\s+(?:(?:late|early|on|in|last)\s+){0,2}")
# "late", "early" or "on" left before a date that follows an act's subject ("after Congress
# on Tuesday overrode ...").
_TRAILING_TIME_WORD = re.compile(r"\s+(?:on|late|early)\s*$")


def _after_gap(m: re.Match[str], outer: Timex | None) -> Timex | None:
    """The day of an act "a day after" (``AFTER_ACT``'s gap) a statement of the day of
    ``outer``: that day less the gap ("hours after", "shortly after": the same day); None
    without a gap or without a day to count from."""
    gap = m.group("gap")
    if gap is None or outer is None or outer.precision != "day":
        return None
    words = gap.lower().split()
    day = outer.date
    if words[-1] in ("days", "day", "weeks", "week"):
        count = 1 if words[0] == "the" else _NUMBER_WORDS.get(words[0]) or int(words[0])
        day -= dt.timedelta(days=count * (7 if words[-1].startswith("week") else 1))
    return Timex(m.start(), m.end(), m.group(0).strip(), day.isoformat(), day, day, "day")


def _act_told_by_unnamed(doc: Document, unit: _Unit) -> None:
    """A dated act that unnamed people or a news medium tell after it is its actor's, they its
    source: "China and Russia placed the request on hold in July, the diplomats said", "The
    Sultan issued Royal Decree 56/2025 on Sunday ..., the state-run Oman News Agency (ONA)
    reported" (the speaker a group in lower case after the act, or a medium that "reported";
    the act a verb of ``ACTION`` within eight words of the sentence's start, a name, a role or
    a group before it, and a date no later than the publication day after it, before the
    comma); so is a named body's event to come that unnamed people tell ("The Council will
    discuss the matter next Thursday, February 8, diplomats in New York told BIRN": a
    ``FUTURE_ACT`` and a date after the publication day). The unit is changed in place."""
    text = doc.text
    if (
        unit.kind != "paraphrase"
        or unit.verb_pos < 0
        or unit.quote_paragraph
        or not isinstance(unit.speaker, str)
    ):
        return
    # (or a news medium that reported it: "The Sultan issued Royal Decree 56/2025 on Sunday
    # ..., the state-run Oman News Agency (ONA) reported")
    medium = text.startswith("reported", unit.verb_pos) and _MEDIUM.search(
        text, max(unit.start, unit.verb_pos - 80), unit.verb_pos
    )
    if not unit.speaker[:1].islower() and not medium:
        return
    comma = text.rfind(", ", unit.start, unit.verb_pos)
    if (
        comma < 0
        or len(WORD.findall(text, comma, unit.verb_pos)) > (9 if medium else 4)
        or len(WORD.findall(text, unit.verb_pos, unit.end)) > 3
    ):
        return  # (the cue trails the sentence: "..., the diplomats said.")
    for w in list(WORD.finditer(text, unit.start, comma))[1:9]:
        verb = ACTION.match(text, w.start())
        future = None if verb is not None else FUTURE_ACT.match(text, w.start())
        if future is not None and not medium:
            # "The Council will discuss the matter next Thursday, February 8, diplomats in
            # New York told BIRN": the subject's event to come, the diplomats its source
            subject = parse_np(text[unit.start : w.start()], unit.start, doc.index)
            if (
                subject is None
                or subject.kind not in ("name", "group")
                or subject.text.split()[-1].islower()
            ):
                return  # (not "Colombian and Ecuadorian trade officials are due to meet ...,
                # the ministry said": who is unnamed, the source tells it)
            days = [
                t
                for t in doc.timexes_within(future.end(), comma)
                if t.date is not None and t.date > doc.published
            ]
            if days:  # (a weekday with its date: "next Thursday, February 8" is the 8th)
                _retell(doc, unit, subject, "scheduled", w.start(), joined_days(doc, days[0]))
            return
        if verb is None:
            continue
        subject = parse_np(text[unit.start : w.start()], unit.start, doc.index)
        if subject is None or subject.kind not in ("name", "group", *(("role",) if medium else ())):
            return
        dates = [
            t
            for t in doc.timexes_within(unit.start, comma)
            if t.date is not None and t.date <= doc.published
        ]
        if not dates:
            return
        dates.sort(key=lambda t: abs(t.start - verb.start()))  # the act's own, nearest its verb
        _retell(doc, unit, subject, "action", w.start(), dates[0])
        return


def _reported_act(doc: Document, unit: _Unit) -> None:
    """A dated remark or act that a report tells is its actor's, the report its source:
    "Observador reports that Chega's leader, Bruno Saraiva, told a rally on Saturday evening
    that ...", "The weekly also reported that the prime minister had telephoned Lobo on
    Wednesday night". The report's verb is one of ``_REPORTING``; the actor is a name, a role
    or a group right after it (and "that"), whose verb of speech or act comes within eight
    words and is followed within twelve by a date no later than the publication day. The unit
    is changed in place."""
    if unit.kind != "paraphrase" or unit.verb_pos < 0 or unit.quote_paragraph:
        return
    text = doc.text
    cue = _REPORTING.match(text, unit.verb_pos)
    if cue is None or len(unit.parts) > 1:
        return
    start = cue.end()
    words = list(WORD.finditer(text, start, min(unit.end, start + 160)))
    for w in words[1:9]:
        said = CUE.match(text, w.start())
        verb = said or ACTION.match(text, w.start())
        if verb is None or in_quote(w.start(), doc.quotes, doc.quote_starts):
            continue
        segment = text[start : w.start()]
        segment = _PERFECT_BEFORE.sub("", segment)
        subject = parse_np(segment, start, doc.index)
        if subject is None or subject.kind not in ("name", "role", "group"):
            return
        dates = [
            t
            for t in doc.timexes_within(verb.end(), unit.end)
            if t.date is not None
            and t.date <= doc.published
            and not in_quote(t.start, doc.quotes, doc.quote_starts)
            and len(WORD.findall(QUOTED.sub(" ", text[verb.end() : t.start]))) <= 12
        ]
        if not dates:
            return
        # the row is the actor's, the report its source
        kind = "paraphrase" if said is not None else "action"
        _retell(doc, unit, subject, kind, w.start(), dates[0])
        return


def _announced_gathering(doc: Document, unit: _Unit) -> _Unit | None:
    """A protest or a strike that a dated statement announces for a later day, as a scheduled
    statement of the same speaker: "The alliance rejected the new wage in a statement on
    Tuesday evening and announced rallies in Dhaka and Gazipur on Friday" (the rallies' day
    the first day expression within ten words of the gathering's noun, later than the
    statement's own day, a bare weekday being the coming one)."""
    if unit.kind not in ("paraphrase", "action") or unit.timex is None or unit.speaker is None:
        return None
    text = doc.text
    low = doc.low[unit.start : unit.end]
    if "announced " not in low and "called " not in low:
        return None
    for m in _GATHERING_ANNOUNCED.finditer(text, unit.start, unit.end):
        if in_quote(m.start(), doc.quotes, doc.quote_starts):
            continue
        for t in doc.timexes_within(m.end(), unit.end):
            if len(WORD.findall(text, m.end(), t.start)) > 10:
                break
            if t.date is None or t.precision != "day" or t is unit.timex:
                continue
            day = t
            if day.date <= unit.timex.date:
                day = coming_weekday(t, max(unit.timex.date, doc.published))
            if day is None or day.date <= unit.timex.date or day.date <= doc.published:
                continue
            return _speaker_event(unit, m.start(), t.end, "scheduled", m.start(), day)
    return None


# A gathering announced or called: "announced rallies", "called a nationwide strike".
_GATHERING_ANNOUNCED = re.compile(
    r"\b(?:announced|called)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:rall(?:y|ies)"
    r"|protests?|strikes?|marches|march|demonstrations?|walkouts?|sit-ins?|blockades?)\b"
)


def _retell(
    doc: Document, unit: _Unit, subject: Subject, kind: str, verb_pos: int, timex: Timex
) -> None:
    """Make ``unit`` the statement of the actor ``subject`` that its source tells: that
    actor's ``kind`` of statement at ``verb_pos``, dated by ``timex`` (unchanged when the
    subject resolves to no speaker)."""
    told = _Unit(unit.start, unit.end, unit.paragraph, False)
    if not resolve(doc, told, subject) or told.speaker is None:
        return
    unit.speaker, unit.role, unit.how = told.speaker, told.role, told.how
    unit.kind, unit.verb_pos = kind, verb_pos
    unit.timex, unit.date_source, unit.inherited_from = timex, "explicit", None


# A news medium by what it is: "the state-run Oman News Agency (ONA)", "the daily Kommersant".
_MEDIUM = re.compile(
    r"\b(?:[Aa]gency|News|news|[Nn]ewspaper|daily|[Tt]imes|[Pp]ost|[Hh]erald|[Tt]elevision|TV"
    r"|[Rr]adio|[Bb]roadcaster|[Pp]ress|[Ww]ire|outlet|media)\b"
)
# A report's verb, and "that" after it: "reports that", "also reported that", "writes".
_REPORTING = re.compile(
    r"(?:reports|reported|writes|wrote|reveals|revealed)(?:\s+that)?\s+"
)
# "had" or "has" before a participle, no part of the subject: "the prime minister had".
_PERFECT_BEFORE = re.compile(r"\s+(?:had|has|have)\s*$")


def _effective(doc: Document, unit: _Unit) -> _Unit | None:
    """The day a measure that an act or a remark reports takes effect, as a scheduled
    statement of the same speaker: "... raise tariffs on steel to 50 per cent, effective April
    1", "counter-tariffs on $14.6 billion of goods starting April 6" (``EFFECTIVE``, right
    before a day later than the statement's own date)."""
    if unit.kind not in ("action", "paraphrase") or unit.speaker is None or len(unit.parts) > 1:
        return None
    text = doc.text
    if doc.plain and not any(w in doc.low[unit.start : unit.end] for w in EFFECTIVE_WORDS):
        return None
    outer = unit.timex or (unit.inherited_from.timex if unit.inherited_from else None)
    reference = outer.date if outer is not None else doc.published
    # (the whole unit when its cue trails: "X will impose ... starting from June 15, the
    # ministry announced")
    for m in doc.outside(EFFECTIVE, unit.start, unit.end):
        if m.start() < unit.verb_pos and "," not in text[m.end() : unit.verb_pos]:
            continue  # before the cue only when the attribution trails after a comma
        timex = next(iter(doc.timexes_within(m.end(), unit.end)), None)
        if timex is None or timex.start != m.end() or timex.precision != "day":
            continue
        if timex.date is None or timex.date <= reference:
            continue
        # the event's clause: from the last comma or "that" before the marker, outside quotes
        if m.start() < unit.verb_pos:
            start = unit.start  # the measure is the sentence before its trailing attribution
        else:
            lo = max(unit.start, unit.verb_pos)
            start = max(text.rfind(", ", lo, m.start()) + 2, text.rfind(" that ", lo, m.start()) + 6)
            if start < lo + 2 or in_quote(start, doc.quotes, doc.quote_starts):
                start = m.start()
        return _speaker_event(unit, start, timex.end, "scheduled", m.start(), timex)
    return None


# Capitals that name no body that meets ("at its next meeting" after "U.S. GDP figures").
_NOT_BODIES = frozenset(
    {"US", "UK", "USA", "GDP", "CPI", "PCE", "PMI", "PPI", "ASX", "NYSE", "CEO", "ETF", "AI",
     "EV", "OCR", "TSX", "FTSE", "DAX", "CME", "ABS", "ONS", "BLS"}
)


def _next_meetings(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """A body's next policy meeting that the article dates, as a scheduled statement of the
    body: "Asked whether the committee would cut again at its next meeting, on Sept. 15-16,
    ...", "a week before the Bank of Canada's next interest rate announcement, on Oct. 28",
    "The Governing Council next sets rates on 29 October", "a cut at the Fed's Oct. 27-28
    meeting". The date must fall after the publication day (a bare weekday is the coming
    one); a mention that a scheduled statement already covers adds nothing."""
    text = doc.text
    found: list[tuple[int, int, int, int, int, Timex]] = []  # owner span, event span, timex
    seen: set[int] = set()
    for hint in NEXT_MEETING_HINT.finditer(doc.low):
        # (the whole pattern only around the words every match holds: its owner comes first)
        m = next(
            (
                m
                for m in NEXT_MEETING.finditer(text, max(0, hint.start() - 90), hint.end() + 40)
                if m.start() <= hint.start() < m.end()
            ),
            None,
        )
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        owner = 1 if m.group(1) is not None else 2
        gap = MEETING_DATE_GAP.match(text, m.end())
        after = gap.end() if gap is not None else m.end()
        timex = next((t for t in doc.timexes_within(after, after + 40) if t.start == after), None)
        if timex is not None:
            found.append((m.start(owner), m.end(owner), m.start(), timex.end, timex))
    for timex in doc.timexes if "meeting" in doc.low else ():
        tail = MEETING_TAIL.match(text, timex.end)
        if tail is None:
            continue
        m = MEETING_OWNER_BEFORE.search(text, max(0, timex.start - 60), timex.start)
        if m is not None:
            owner_end = m.start() + len(m.group(0).rstrip())
            found.append((m.start(), owner_end, m.start(), tail.end(), timex))
    events: list[_Unit] = []
    for owner_start, owner_end, start, end, timex in found:
        if in_quote(start, doc.quotes, doc.quote_starts) or timex.date is None:
            continue
        if timex.date <= doc.published:
            timex = coming_weekday(timex, doc.published)
            if timex is None:
                continue
        if any(u.kind == "scheduled" and u.start < end and start < u.end for u in units + events):
            continue
        paragraph = max(0, bisect.bisect_right([p[0] for p in doc.paragraphs], start) - 1)
        event = _Unit(start, end, paragraph, False)
        event.kind, event.verb_pos = "scheduled", start
        if not _meeting_owner(doc, event, owner_start, owner_end):
            continue
        event.timex, event.date_source = timex, "explicit"
        event.parts = [(event.start, event.end)]
        events.append(event)
    return events


def _meeting_owner(doc: Document, event: _Unit, start: int, end: int) -> bool:
    """Give ``event`` the body of its meeting: the owner at ``[start, end)`` when it is named,
    else ("its", "their", "the") the last body named in the 600 characters before it."""
    text = doc.text
    owner = text[start:end]
    if owner.lower() in ("its", "their", "the"):
        body = None
        for m in MEETING_BODY.finditer(text, max(0, start - 600), start):
            if m.group(0).removesuffix("+") not in _NOT_BODIES:
                body = m
        if body is None:
            return False
        start, owner = body.start(), body.group(0)
    subject = parse_np(owner, start, doc.index)
    if subject is None or subject.kind != "group":
        return False
    return resolve(doc, event, subject) and isinstance(event.speaker, str)
