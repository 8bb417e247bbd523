"""Announced events in the present tense, for the ``kinds`` stage.

Not a stage of its own: :func:`toolkit.text.kinds.classify` calls :func:`present_event` for a
unit that no speech cue, future construction or act classified.

**Present-tense event.** A calendar states its events in the present tense, with no verb of
saying and no "will": "The ECB meets again on March 19", "Trade negotiators meet in Geneva
next week", "The Treasury announces its borrowing estimate on Monday". Such a unit is
*scheduled* when its event verb (``PRESENT_EVENT``) is followed closely (at most
``PRESENT_EVENT_GAP`` words) by a time expression that lies after the publication day; the
subject of the verb is the agent. A present tense of habit ("The council meets every
Tuesday") is no announcement, nor a noun ("cleared the bill by seven votes", "the
reports").

**Timeline entry to come.** In a timeline entry whose date opens its line and lies after the
publication day ("Dec. 10 — The Court of International Trade hears oral arguments ..."), an
event verb or a deadline needs no date after it: the entry's date is its day.

**Deadline.** A calendar also states an event without its agent: "The rule takes effect
Nov. 12", "Minutes of the meeting are due next Wednesday", "Exporters have until Dec. 31 to
comply" (``DEADLINE_EVENT``, its date right after it and after the publication day).
:func:`deadline_event` finds such an event; :mod:`toolkit.text.kinds` gives it its agent.

Reads ``start``, ``end`` of the unit; sets ``kind``, ``verb_pos`` and the speaker fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.text.attribution import agent
from toolkit.text.dating import coming_weekday
from toolkit.text.document import Document, _Unit
from toolkit.text.patterns import (
    BY_BEFORE,
    DEADLINE_EVENT,
    DEADLINE_GAP,
    ENTRY_EVENT,
    EVERY,
    FUTURE_ACT,
    FUTURE_CHANGE,
    LATER_TODAY,
    MODAL_BEFORE,
    MUST_BY,
    MUST_BY_GAP,
    NEXT_EVENT,
    NOUN_BEFORE,
    PRESENT_EVENT,
    PRESENT_EVENT_GAP,
    SCHEDULED,
    START_DATE_BEFORE,
    START_DATE_OPENER,
    WORD,
)
from toolkit.text.referents import resolve
from toolkit.text.timex import Timex

# What does not lengthen the way from an event's verb to its date: a possessive's "s" and a
# clock time right before the date ("will face MPs on Parliament's committee at 9.30am
# tomorrow").
_NOT_A_WORD = re.compile(
    r"['’]s\b|\s(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$", re.I
)


# The hour of the day between an event and its date: "takes effect from midnight on Friday",
# "from 00:00 hours on", "at 12:01 a.m. Eastern Daylight Time on July 20".
CLOCK_BEFORE_DATE = re.compile(
    r"\s+(?:from|at|as\s+of)\s+(?:midnight|noon|00:00\s+hours"
    r"|\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|hours|hrs)(?:\s+[A-Z][a-z]+){0,3})"
    r"\s+(?:on\s+)?"
)


_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+$")


def _gap(text: str, start: int, end: int) -> int:
    """The words between an event's verb (ending at ``start``) and its date (at ``end``), a
    place's name of several capitalised words counting as one ("at the University of Cape
    Town's Graduate School of Business at 10:00 today")."""
    between = _NOT_A_WORD.sub(" ", text[start:end])
    return len(WORD.findall(_PROPER_NAME_RUN.sub(" X ", between)))


# A name of several capitalised words, "of" and "'s" inside it.
_PROPER_NAME_RUN = re.compile(
    r"\b[A-Z][\w’'-]*(?:(?:['’]s)?\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w’'-]*)+(?:['’]s)?"
)


# Plural present forms that are nouns as often: a verb only after a plural subject.
_NOUN_ALIKE = frozenset(("vote", "debate"))
_PLURAL_BEFORE = re.compile(r"(?<![Ii]t)(?<![Tt]hi)(?<![Hh]i)(?<![Ii]t['’])[A-Za-z]{2,}s\s+$")


def _later_dates(doc: Document, unit: _Unit, start: int) -> list[Timex]:
    """The dated time expressions of ``unit`` from ``start`` on that lie after the publication
    day, or later on it ("this afternoon", "tonight"), and name no habit ("every Tuesday")."""
    text = doc.text
    return [
        t
        for t in doc.timexes_within(start, unit.end)
        if t.date is not None
        and (
            t.date > doc.published
            or (
                t.date == doc.published
                and (
                    LATER_TODAY.fullmatch(t.text)
                    # "speaks ... at 10:00 today": a briefing's schedule of the day
                    or (t.text == "today" and _CLOCK_BEFORE.search(text, max(0, t.start - 16), t.start))
                )
            )
        )
        and EVERY.search(text, max(unit.start, t.start - 8), t.start) is None
        and not t.text.lower().startswith("every")
    ]


def deadline_event(doc: Document, unit: _Unit) -> re.Match[str] | None:
    """The match of a dated event with no agent of its own in ``unit`` ("The rule takes effect
    Nov. 12"; see the module docstring), or None."""
    for m in doc.outside(DEADLINE_EVENT, unit.start, unit.end):
        later = _later_dates(doc, unit, m.end())
        if later and (
            len(WORD.findall(doc.text, m.end(), later[0].start)) <= DEADLINE_GAP
            or CLOCK_BEFORE_DATE.fullmatch(doc.text, m.end(), later[0].start)
        ):
            return m
        if _after_entry_to_come(doc, unit, m.start()):
            return m  # "Dec. 1 — The 150% rate takes effect at 12:01 a.m.": the entry's day
        if any(
            (t.text.lower() == "today" and WORD.findall(doc.text, m.end(), t.start) == [])
            or (
                t.date == doc.published
                and t.precision == "day"
                and len(WORD.findall(doc.text, m.end(), t.start)) <= DEADLINE_GAP
            )
            for t in doc.timexes_within(m.end(), unit.end)
            if t.start <= m.end() + 12
        ):
            return m  # "They apply from today", "The levy takes effect today", "The new rate
            # is effective from Tuesday, June 27" in Tuesday's paper: a start today
    entry = entry_event(doc, unit)
    if entry is not None:
        return entry
    for m in doc.outside(MUST_BY, unit.start, unit.end):  # "must certify the ballot by Aug. 27"
        later = _later_dates(doc, unit, m.end())
        if (
            later
            and _gap(doc.text, m.end(), later[0].start) <= MUST_BY_GAP
            and (
                later[0].text.lower().startswith("by ")
                or BY_BEFORE.search(doc.text, max(m.end(), later[0].start - 24), later[0].start)
            )
        ):
            return m
    for m in doc.outside(NEXT_EVENT, unit.start, unit.end):  # "Its next meeting is June 16"
        later = _later_dates(doc, unit, m.end())
        if later and later[0].start <= m.end() + 1:
            return m
    opener = START_DATE_OPENER.match(doc.text, unit.start, unit.end)
    if opener is not None and FUTURE_CHANGE.search(doc.text, opener.end(), unit.end):
        # "From April, the rates of tax on dividends will rise ...": a change from that day
        later = _later_dates(doc, unit, unit.start)  # ("From April" may be one expression)
        if later and later[0].start <= opener.end() < later[0].end:
            return opener
    return next(_present_events(doc, unit), None)  # "The auctions start Tuesday"


def entry_event(doc: Document, unit: _Unit) -> re.Match[str] | None:
    """The event that a timeline entry to come names right after its date and dash, without
    a verb of its own (``ENTRY_EVENT``: "Jan. 15, 2027 — Deadline for companies to file
    certificates with Commerce"), when the unit opens the entry; else None."""
    head = doc.timeline_head(unit)
    if head is None or unit.start > head.end():
        return None
    day = doc.timeline_date(unit)
    if day is None or day.date is None or day.date <= doc.published:
        return None
    return ENTRY_EVENT.match(doc.text, head.end(), unit.end)


def _present_events(doc: Document, unit: _Unit) -> Iterator[re.Match[str]]:
    """The present-tense event verbs of ``unit`` followed closely by a later date (see the
    module docstring)."""
    text = doc.text
    for m in doc.outside(PRESENT_EVENT, unit.start, unit.end):
        before = max(unit.start, m.start() - 16)
        if NOUN_BEFORE.search(text, before, m.start()) or MODAL_BEFORE.search(
            text, before, m.start()
        ):
            continue  # "by seven votes", "the reports": a noun; "wants to meet": no tense
        if m.group() in _NOUN_ALIKE and not _PLURAL_BEFORE.search(text, before, m.start()):
            continue  # "heads to a full council vote next Tuesday": a noun; "MEPs vote ..."
        later = _later_dates(doc, unit, m.end())
        if later and _gap(text, m.end(), later[0].start) <= PRESENT_EVENT_GAP:
            yield m
        elif _after_entry_to_come(doc, unit, m.start()):
            yield m  # "Dec. 10 — The court hears oral arguments": the entry's day
        elif (  # "Ministers meet by video link on Friday": the coming Friday
            m.group().endswith("s") or _PLURAL_BEFORE.search(text, before, m.start())
        ) and any(
            _gap(text, m.end(), t.start) <= PRESENT_EVENT_GAP
            and coming_weekday(t, doc.published) is not None
            and EVERY.search(text, max(unit.start, t.start - 8), t.start) is None
            for t in doc.timexes_within(m.end(), unit.end)
        ):
            yield m


def future_act(doc: Document, unit: _Unit) -> re.Match[str] | None:
    """The match of a future act of any verb in ``unit`` followed closely by a later date
    ("The justices will hear arguments next Wednesday": ``FUTURE_ACT``), or by a later date
    that says when the act starts, however far ("China will impose export controls on ...
    starting from June 15"), or None."""
    return _first_dated(doc, unit, FUTURE_ACT, start_date=True)


def scheduled_event(doc: Document, unit: _Unit) -> re.Match[str] | None:
    """The first future construction of an event verb in ``unit`` (``SCHEDULED``: "is due to
    vote", "is set for", "will meet") followed closely by a later date (at most
    ``PRESENT_EVENT_GAP`` words), or None: an event whose date the text gives, whoever its
    subject is ("The chamber is due to vote on 27 November")."""
    return _first_dated(doc, unit, SCHEDULED, start_date=False)


def told_plan(doc: Document, unit: _Unit) -> re.Match[str] | None:
    """The first future act in ``unit`` (``FUTURE_ACT``) with a later date anywhere after it,
    or None: the plan that someone's office tells ("Ahn will lead a delegation to Washington
    for talks with trade officials next week, the ministry said")."""
    return _first_dated(doc, unit, FUTURE_ACT, start_date=False, reach=None)


# The occasion of an act to come, between its verb and its date: "in his budget reply speech",
# "in an address to the National Press Club", which lengthens the way by up to
# ``_OCCASION_REACH`` words.
_OCCASION_OF_ACT = re.compile(
    r"\b(?:in|at|during)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:speech|address|statement|interview|appearance|testimony|briefing|lecture"
    r"|(?:news|press)\s+conference)\b"
)
_OCCASION_REACH = 8


def _first_dated(
    doc: Document,
    unit: _Unit,
    pattern: re.Pattern[str],
    *,
    start_date: bool,
    reach: int | None = PRESENT_EVENT_GAP,
) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``unit`` followed by a date after the publication
    day, at most ``reach`` words after it (anywhere after it when ``reach`` is None) or, with
    ``start_date``, anywhere later when words of a start ("starting from") come just before
    that date; or None."""
    text = doc.text
    for m in doc.outside(pattern, unit.start, unit.end):
        later = _later_dates(doc, unit, m.end())
        if not later:
            continue
        gap = _gap(text, m.end(), later[0].start)
        if reach is None or gap <= reach:
            return m
        if gap <= reach + _OCCASION_REACH and _OCCASION_OF_ACT.search(
            text, m.end(), later[0].start
        ):
            return m  # "will set out Labor's response in his budget reply speech in Parliament
            # on Thursday night": the occasion the date is of
        if start_date and START_DATE_BEFORE.search(
            text, max(m.end(), later[0].start - 16), later[0].start
        ):
            return m
    return None


def present_event(doc: Document, unit: _Unit) -> bool:
    """Classify ``unit`` as a scheduled event told in the present tense (see the module
    docstring); False when it is none."""
    for m in _present_events(doc, unit):
        found = agent(doc, unit, m)
        if found is None or not resolve(doc, unit, found):
            continue
        unit.kind, unit.verb_pos = "scheduled", m.start()
        return True
    return False


def _after_entry_to_come(doc: Document, unit: _Unit, verb: int) -> bool:
    """Whether the verb at ``verb`` follows the date of a timeline entry (at the start of its
    line) that lies after the publication day ("Dec. 10 — The Court of International Trade
    hears oral arguments ..." in a timeline's "what's next")."""
    day = doc.timeline_date(unit)
    return day is not None and verb >= day.end and day.date is not None and day.date > doc.published

