"""Stage ``inheritance``: dates that undated statements take from an earlier occasion.

**Inherited date.** Without its own date, a quote or paraphrase inherits the date of the same
speaker's last dated occasion earlier in the article (a speech, briefing, hearing or call),
or of the occasion just before it when that occasion's group includes the speaker (a senator
quoted after "Senate Republicans had exchanges ... on Tuesday"), or when the speaker speaks
for the body just before it ("the ministry" after "China's Commerce Ministry", a "ministry
spokesman" after the ministry). A remark in the same paragraph as the same speaker's dated
one is of that occasion; a remark "at the same news conference" (or by someone "standing
beside him") is of the last remark's occasion whoever speaks; one made "in the statement"
(or "in its policy statement", or "in a statement" by the body that acted) is of the last act
or remark dated to a past day of its own, two paragraphs back at most; one made "on the call", "at the news conference" or "after the
hearing" is of the last statement dated of its own that named that occasion ("said during
Thursday's earnings call"). Inherited dates carry no time of day. A statement "after the
vote" (meeting, decision, ...) takes the date of the last dated action of that kind
("voted"), a market remark too ("The euro rose after the decision"), but not a month's
background act that names such an occasion over the story's day act ("In December, deputies
toppled his predecessor ... in a no-confidence vote"); an undated market remark
shares the session of the market remark before it in its paragraph, else of the next one,
else of the lead when the lead dates the story's main occasion on the publication day or the
day before ("The Fed held rates on Wednesday ..." over a wrap line "The Dow rose 0.7%"); the
lead's occasion is also the one that "after the meeting" may name, whatever its kind; in
a live blog with time-stamped entries ("21:40 — ...", or "21.30 GMT" on a line of its own),
an undated statement is of the publication day. A remark "before the roll call" is of the
vote, and so is one whose subject voted ("Sen. Lo voted no and argued that ..."). A sentence
that reports nothing but names a day ("The trouble started last Sunday.", "Let's start with
last week.") dates the undated statements after it in its paragraph; an undated market line
"on the day" is of the day of the statement before it; an undated statement in a brief's
bullet or lead-in paragraph ("• Sen. Ana Diaz: “...”", "What they're saying: ...") is of
the lead's occasion when the lead is dated on the publication day or the day before, and so
is an undated remark of the body that acted in such a lead or of one of its people (a
"Treasury spokeswoman" after "The Treasury said on Wednesday ...", a judge of the court that
ruled). In a
transcript, the guest's remarks are of the interview's day when the text gives it
(:mod:`toolkit.text.transcript`). Under a lead that reports a hearing ("told lawmakers on Tuesday", "testified"), an undated
remark of a member of the legislature ("Sen. Bo Diaz", "Rep. Ann Lee") is of that hearing. In a
press release reproduced in the article, an undated
quote or paraphrase is of the release's first statement dated on its day of issue. Statements
in the present perfect ("has
dismissed") are not tied to an occasion and do not inherit. A quote that nothing dates and whose speaker names the day of
speaking ("our decision today") is of that day. After those passes, a remark told "the news
conference" that an earlier statement named is of that statement's day, inherited or its own,
and a remark at an occasion with an hour and no day ("at a press conference that began shortly
after 7.30 pm") is of the act before it dated to the same part of the day.

A call or an order to someone to act ("She called on the head of state to dissolve the
Assembly", "He ordered the regulator to wind down the industry") is dated as a remark of its
speaker is.

Reads ``kind``, ``speaker``, ``timex``, ``paragraph``, ``generic``, ``communicative``,
``said_today``, ``start`` and ``end``; sets ``inherited_from`` (the unit whose date it takes)
and ``date_source`` ("inherited"), or ``timex`` and ``date_source`` ("explicit") from
``said_today``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from toolkit.text.document import Document, _Unit, in_quote
from toolkit.text.identity import body_id, same_body
from toolkit.text.patterns import (
    A_STATEMENT,
    AFTER_OCCASION,
    BARE_CLOCK,
    BRIEF_ITEM,
    CAME_AFTER,
    DEFINITE_STATEMENT,
    DEFINITE_STATEMENT_WORDS,
    DISSENTED,
    DOCUMENT_SPEAKS,
    ENTRY_STAMP,
    GATHERING_LEAD,
    HEARING,
    OCCASION_STEMS,
    ON_THE_DAY,
    PERFECT,
    RECORDED_ON,
    SAME_OCCASION,
    SAME_OCCASION_WORDS,
    SESSION_NOW,
    SHORTLY_AFTER,
    SHORTLY_AFTER_WORDS,
    SITTING_BEGAN,
    THE_OCCASION,
    VOTE_STEM,
    VOTED,
)
from toolkit.text.referents import same_speaker, speaker_key, speaker_name
from toolkit.text.speakers import FORECAST_REVISION, Person
from toolkit.text.timex import MONTHS, Timex, release_blocks
from toolkit.text.timex_dates import _clock_hour, clock_part_of_day
from toolkit.text.timex_patterns import _NUMBER_WORDS
from toolkit.text.transcript import date_turns
from toolkit.text.vocabulary import national

# The kinds of undated statement in a brief's bullets that tell the day's news under a lead
# dated that day.
_REACTION_KINDS = frozenset({"quote", "paraphrase", "action"})
# The kinds of statement that a live blog's entry dates.
_ENTRY_KINDS = frozenset({"quote", "paraphrase", "action", "market"})
# The marks that open a summary's bullet ("Key Points" over a story).
_BULLETS = frozenset(("- ", "• ", "* ", "– "))
# The lead is the article's first paragraphs that hold statements: the first dated one there
# names the story's main occasion.
_LEAD_PARAGRAPHS = 2


def inherit_dates(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Give undated statements the date of the occasion they belong to, where one is known."""
    occasions: dict[str, _Unit] = {}
    prev: _Unit | None = None
    last_speech: _Unit | None = None  # the last dated remark's occasion
    last_event: _Unit | None = None  # the last statement or act with a date of its own
    last_market: _Unit | None = None  # the last market remark with a date of its own
    acts_of_day: list[_Unit] = []  # the acts and remarks dated to a past day of their own
    actions: list[_Unit] = []
    self_dated: list[_Unit] = []  # the statements with a date of their own, in text order
    lead = _lead_occasion(doc, units)
    # background acts (by identity): no occasion to inherit
    earlier = {id(u) for u in _date_by_distance(doc, units, lead)}
    for u in units:
        key = speaker_key(u.speaker)
        speech = u.kind in ("quote", "paraphrase") or u.communicative
        told = u.told_by
        if told is not None and told.timex is not None and (told_key := speaker_key(told.speaker)):
            occasions[told_key] = told  # "..., his ministry said Sunday": the ministry's occasion
        if u.timex is not None:
            if (
                speech
                and key is not None
                and not _told_day(doc, u)
                and not u.timex.date > doc.published  # (a deadline told: "..., he said")
            ):
                occasions[key] = u
            day_act = u.kind == "action" and u.timex.precision == "day" and id(u) not in earlier
            if day_act or u is lead:
                actions.append(u)  # an occasion is one day: "after the vote"
        elif (
            u.kind == "market"
            and last_market is not None
            and (
                last_market.paragraph == u.paragraph
                or (
                    prev is not None
                    and prev.kind == "market"
                    and prev.paragraph == u.paragraph - 1
                    and (prev is last_market or prev.inherited_from is last_market)
                    and last_market.timex is not None
                    and last_market.timex.precision == "day"
                    and last_market.timex.date >= doc.published - dt.timedelta(days=1)
                    and doc.text.find(" after ", u.start, u.end) < 0  # (its occasion named)
                )
            )
        ):
            # the same session: "Stocks fell Thursday. Yields rose.", whatever came between,
            # or a market line right after it in the next paragraph when that session is the
            # story's ("SQM's ADRs closed down 18.7% in New York on Friday. | In Santiago, its
            # shares fell 16.2%.")
            u.inherited_from = last_market
            u.date_source = "inherited"
        elif (
            u.kind in ("market", "action")
            and (occasion := _occasion(doc, u, actions, voted=u.kind == "market", lead=lead))
            is not None
        ):
            # "The euro rose after the decision.", "After the vote he filed cloture on ..."
            u.inherited_from = occasion
            u.date_source = "inherited"
        elif (
            u.kind == "action"
            and last_event is not None
            and last_event.paragraph >= u.paragraph - 2
            and _says(doc, u, SHORTLY_AFTER, SHORTLY_AFTER_WORDS)
        ):
            # "The Parliament on Thursday adopted ... | Immediately afterwards, MEPs decided to
            # refer the text back": the day of the act before
            u.inherited_from = last_event
            u.date_source = "inherited"
        elif (
            (u.kind in ("quote", "paraphrase") or _spoken_request(doc, u))
            and not u.generic
            and key is not None
        ):
            source = occasions.get(key)
            last_act = acts_of_day[-1] if acts_of_day else None  # what "the statement" accompanied
            if last_speech is not None and _same_occasion(doc, u):
                source = last_speech
            elif (
                last_act is not None
                and last_act.paragraph >= u.paragraph - 2
                and (
                    _definite_statement(doc, u)
                    or (
                        _speaks_for(u.speaker, last_act.speaker)
                        and _says(doc, u, A_STATEMENT, DEFINITE_STATEMENT_WORDS)
                    )
                )
            ) or (
                last_act is not None
                and last_act.paragraph >= u.paragraph - _STATEMENT_PARAGRAPHS
                and _speaks_for(u.speaker, last_act.speaker)
                and _definite_statement(doc, u)
            ):
                source = last_act  # "In the statement, the committee said ...", "..., the
                # FOMC said in its statement" a few paragraphs after the committee's act
            elif (
                _says(doc, u, A_STATEMENT, DEFINITE_STATEMENT_WORDS)
                and (own_act := _own_act(u, acts_of_day)) is not None
            ):
                source = own_act  # "The BOJ raised rates on Friday. Ohara dissented. In a
                # statement, the BOJ said ...": the statement of the body's own act
            elif (
                last_event is not None
                and last_event.paragraph >= u.paragraph - 2
                and _says(doc, u, SHORTLY_AFTER, SHORTLY_AFTER_WORDS)
            ):
                source = last_event  # "told a news conference an hour later"
            named = _occasion(doc, u, actions, self_dated, lead=lead) or _named_occasion(
                doc, u, self_dated
            )
            if named is not None:
                source = named  # "told reporters after the vote": that occasion, first
            if (
                named is None
                and prev is not None
                and prev.paragraph == u.paragraph
                and prev.timex is not None
                and prev.kind != "scheduled"  # (not the day of an event to come it announced)
                and same_speaker(prev.speaker, u.speaker)
                and not _told_day(doc, prev)
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
                source = _dated(prev)
            if (
                source is None
                and prev is not None
                and prev.paragraph == u.paragraph
                and prev.kind in ("quote", "paraphrase")
                and isinstance(prev.speaker, str)
                and _says(doc, u, _ITS_PERSON, ("its ", "their "))
            ):
                # "The S&D group accused the EPP on Thursday of ... “...,” said its shadow
                # rapporteur, Tomas Lindqvist": the group's occasion
                source = _dated(prev)
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
            if (
                u.kind != "scheduled"
                and id(u) not in earlier
                and u.date_source == "explicit"
                and u.timex.precision == "day"
                and u.timex.date <= doc.published
            ):
                acts_of_day.append(u)
            if u.date_source == "explicit" and id(u) not in earlier:
                self_dated.append(u)
        if u.kind == "market" and u.timex is not None:
            last_market = u
        if speech:
            dated = _dated(u)
            if dated is not None and dated.timex is not None:
                last_speech = dated
        prev = u
    stamps = _entry_stamps(doc)  # a live blog's entry stamps
    _inherit_entry_day(units, stamps, doc.published)
    _inherit_release(doc, units)
    _inherit_frame(doc, units)
    _inherit_on_the_day(doc, units)
    _inherit_vote(doc, units)
    _inherit_forecast(doc, units)
    _inherit_also(doc, units)
    date_turns(doc, units)  # a transcript's remarks: the day of the interview
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
    if lead is not None and lead.timex.date >= doc.published - dt.timedelta(days=1):
        # the lead reports the day's (or last night's) news: its session is the wrap's
        hearing = HEARING.search(doc.text, lead.start, lead.end) is not None
        for u in units:
            if u.date_source != "none" or u.start <= lead.start:
                continue
            if u.kind == "market" or (
                u.kind in _REACTION_KINDS
                and not u.generic
                and (
                    _in_brief(doc, u)
                    or _speaks_for(u.speaker, lead.speaker)
                    or (hearing and _lawmaker(u.speaker))
                    or _TOLD_CHAMBER.search(doc.text, u.start, u.end) is not None
                )
            ):
                # a wrap line ("The Dow rose 0.7%") under a dated lead, a brief's bullet
                # ("• Sen. Ana Diaz: “This should have happened a year ago.”"), or a remark
                # of the body that acted in the lead or of one of its people ("The Treasury
                # said on Wednesday ..." over "“...,” a Treasury spokeswoman said."), or one
                # told to the chamber whose sitting the lead reports ("told the House that")
                u.inherited_from = lead
                u.date_source = "inherited"
    _inherit_next_act(doc, units)
    _inherit_same_time(doc, units)
    _inherit_perfect_lead(doc, units)
    _inherit_sitting(doc, units)
    _inherit_gathering(doc, units)
    _inherit_recording(doc, units)
    _inherit_named_occasion(doc, units)
    _inherit_clocked_occasion(doc, units)
    _inherit_session_part(doc, units)
    _inherit_head_clause(units)
    _entry_time_of_day(units, stamps, doc.published)
    return units


# A body's head by the body's initials ("BoZ Governor", "GTU President").
_INITIALS_HEAD = re.compile(
    r"[A-Z][A-Za-z]{1,5}\s+(?:Governor|President|Chair(?:man|woman|person)?|Secretary-General"
    r"|Director|Chief|Head|Spokes(?:man|woman|person))"
)


def _initials_of(word: str) -> str:
    """The capitals of an acronym ("BoZ": "BZ")."""
    return "".join(c for c in word if c.isupper())


# A body's person by the body's possessive, in an attribution: "said its shadow rapporteur",
# "its co-chair Ana Ruiz said".
_ITS_PERSON = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|rapporteur|co-chair"
    r"|chair(?:man|woman|person)?|president|leader|head|director|secretary|convenor|convener"
    r"|chief|member|vice-president|negotiator)\b"
)


def _inherit_head_clause(units: list[_Unit]) -> None:
    """An undated act or market line in a later clause of a cut sentence is of the day its
    first clause inherited: "Other Gulf central banks moved within hours of the Fed. The Saudi
    Central Bank cut its repo rate ..., while the Central Bank of the UAE reduced its base
    rate ..." (one sentence, one date, as :func:`toolkit.text.dating.date_units` gives a
    later clause its first clause's own date)."""
    for u in units:
        head = u.head_clause
        if (
            u.date_source == "none"
            and u.kind in ("action", "market")
            and head is not None
            and head.kind == u.kind
            and head.date_source == "inherited"
            and (source := _dated(head)) is not None
        ):
            u.inherited_from, u.date_source = source, "inherited"


def _inherit_sitting(doc: Document, units: list[_Unit]) -> None:
    """Date the undated remarks and acts told after a sitting's start ("Question period began
    at 2:07 p.m.", "The hearing opened at 9 a.m. on Monday": ``SITTING_BEGAN``) by that
    sitting's day and part of the day, up to the first statement with a date of its own."""
    text = doc.text
    starts: list[re.Match[str]] = []
    for verb in _SITTING_VERB.finditer(text):  # (rare words: looked for first)
        window = max(0, verb.start() - 120)
        m = next(
            (
                s
                for s in SITTING_BEGAN.finditer(text, window, verb.end() + 60)
                if s.start() < verb.start()
            ),
            None,
        )
        if m is not None and not in_quote(m.start(), doc.quotes, doc.quote_starts):
            if not starts or starts[-1].start() != m.start():
                starts.append(m)
    for m in starts:
        timex = next(iter(doc.timexes_within(m.end(), min(len(text), m.end() + 40))), None)
        if timex is None or timex.start > m.end() + 1 or timex.date > doc.published:
            continue
        holder = _timex_holder(m.start(), timex.end, -1, timex)
        for u in units:
            if u.start < m.end():
                continue
            if u.timex is not None:
                break  # a statement with a date of its own: another occasion
            if u.kind in _REACTION_KINDS and u.date_source == "none" and not u.generic:
                _inherit_occasion(u, holder)


def _inherit_same_time(doc: Document, units: list[_Unit]) -> None:
    """An undated statement told "at the same time" ("In its Monetary Policy Report, released
    at the same time, the bank cut its forecast ...", "At the same time, OFAC issued a
    replacement licence") is of the day of the statement before it, when that has a past day
    (its own or inherited), in its paragraph or the one before."""
    text = doc.text
    if "same time" not in text:
        return
    for prev, u in zip(units, units[1:]):
        if u.date_source != "none" or u.generic or u.kind == "scheduled":
            continue
        m = _SAME_TIME.search(text, u.start, u.end)
        if m is None or in_quote(m.start(), doc.quotes, doc.quote_starts):
            continue
        source = _dated(prev)
        if (
            source is not None
            and prev.kind != "scheduled"
            and prev.paragraph >= u.paragraph - 1
            and source.timex is not None
            and source.timex.precision == "day"
            and source.timex.date is not None
            and source.timex.date <= doc.published
        ):
            u.inherited_from, u.date_source = source, "inherited"


# "at the same time", "released at the same time": the moment of what was told before.
_SAME_TIME = re.compile(r"\b[Aa]t\s+the\s+same\s+time\b")


def _inherit_next_act(doc: Document, units: list[_Unit]) -> None:
    """An undated act told in the simple past right after a statement of the same paragraph
    dated to a past day is of that day ("The EU asked the DSB on Monday to set up a panel.
    China blocked the request, ..."; not "... has asked BIS to delay ...", which is of no
    day)."""
    text = doc.text
    for prev, u in zip(units, units[1:]):
        if (
            u.kind == "action"
            and u.date_source == "none"
            and not u.generic
            and u.paragraph == prev.paragraph
            and prev.timex is not None
            and prev.timex.precision == "day"
            and prev.timex.date <= doc.published
            and u.verb_pos > u.start
            and _PERFECT_BEFORE.search(text, u.start, u.verb_pos) is None
        ):
            u.inherited_from, u.date_source = prev, "inherited"


# A perfect's auxiliary before an act's verb: "has asked", "have demanded".
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'s|’s|'ve|’ve)\s+(?:\w+\s+)?$")


def _inherit_gathering(doc: Document, units: list[_Unit]) -> None:
    """Date the undated remarks told after a lead that reports a gathering where many speak
    ("Leaders of seven parties faced off ... on NHK this morning, in the last televised
    debate", "The Security Council this morning extended ...": ``GATHERING_LEAD``) by its day,
    up to the first statement with a date of its own."""
    text = doc.text
    body = (
        pi for pi, (ps, pe) in enumerate(doc.paragraphs) if text[ps:pe].rstrip()[-1:] in ".”\""
    )
    for pi in itertools.islice(body, _LEAD_PARAGRAPHS):
        ps, pe = doc.paragraphs[pi]
        gathering = GATHERING_LEAD.search(text, ps, pe)
        if gathering is None:
            continue
        end = text.find(". ", gathering.end(), pe)
        end = pe if end < 0 else end
        begin = max(ps, text.rfind(". ", ps, gathering.start()) + 2)
        timex = next(
            (t for t in doc.timexes_within(begin, end) if t.precision == "day" and t.date is not None),
            None,
        )
        if timex is None or timex.date > doc.published:
            return
        holder = _timex_holder(begin, end, pi, timex)
        for u in units:
            if u.start < begin:
                continue
            speech = u.kind in ("quote", "paraphrase")
            if speech and u.timex is not None and u.start >= end:
                break  # a remark with a date of its own: another occasion
            if speech and u.date_source == "none" and not u.generic:
                _inherit_occasion(u, holder)
        return


def _inherit_recording(doc: Document, units: list[_Unit]) -> None:
    """Date the undated words an interview's page tells in the present tense ("she says",
    "“...,” he says") by the day the page says it was recorded ("The conversation was
    recorded ... on Tuesday afternoon": ``RECORDED_ON``)."""
    text = doc.text
    recorded = RECORDED_ON.search(text) if "recorded" in text or "conducted" in text else None
    if recorded is None:
        return
    end = text.find(".", recorded.end())
    end = len(text) if end < 0 else end
    timex = next(iter(doc.timexes_within(recorded.end(), end)), None)
    if timex is None or timex.precision != "day" or timex.date > doc.published:
        return
    holder = _timex_holder(recorded.start(), timex.end, -1, timex)
    for u in units:
        if (
            u.start > recorded.start()
            and u.kind in ("quote", "paraphrase")
            and u.date_source == "none"
            and _SAYS.search(text, u.start, u.end) is not None
        ):
            _inherit_occasion(u, holder)


# A cue in the present tense: what an interview's page tells its guest says.
_SAYS = re.compile(r"\b(?:says|tells|argues|adds|explains|insists|notes|warns|admits)\b")


_SITTING_VERB = re.compile(r"\b(?:began|opened|started|resumed|convened|under\s+way)\b")


def _inherit_session_part(doc: Document, units: list[_Unit]) -> None:
    """An undated market line told by a part of the session and no day ("The Hang Seng rose
    1.9 per cent in morning trade", "was up 1.1 per cent at the midday break") is of the
    publication day's session: the story is written as it trades."""
    for u in units:
        if u.kind != "market" or u.date_source != "none":
            continue
        part = doc.first_outside(SESSION_NOW, u.start, u.end)
        if part is None:
            continue
        u.inherited_from = _day_holder(part, u.paragraph, doc.published)
        u.date_source = "inherited"


def _day_timex(m: re.Match[str], day: dt.date, group: int = 0) -> Timex:
    """A time expression of ``day`` at the text of ``m`` (its ``group``)."""
    return Timex(m.start(), m.end(), m.group(group), day.isoformat(), day, day, "day")


def _day_holder(m: re.Match[str], paragraph: int, day: dt.date, group: int = 0) -> _Unit:
    """An occasion at the text of ``m`` whose date is ``day``, for statements to inherit."""
    return _timex_holder(m.start(), m.end(), paragraph, _day_timex(m, day, group))


def _timex_holder(start: int, end: int, paragraph: int, timex: Timex) -> _Unit:
    """An occasion over ``[start, end)`` dated by ``timex``, for statements to inherit."""
    holder = _Unit(start, end, paragraph, False)
    holder.timex = timex
    return holder


def _inherit_occasion(unit: _Unit, holder: _Unit) -> None:
    """Give ``unit`` the date of ``holder`` and, when it has none of its own, its part of the
    day."""
    unit.inherited_from, unit.date_source = holder, "inherited"
    unit.time_of_day = unit.time_of_day or holder.timex.time_of_day


def _entry_time_of_day(
    units: list[_Unit], stamps: list[tuple[int, re.Match[str]]], published: dt.date
) -> None:
    """Time the statements of a live blog's entries by the entry's stamp: a statement of the
    entry's day (the publication day) with no part of the day of its own was posted in the
    entry's part of the day ("3:52 p.m. ET" over "Sen. Ana Diaz said in a statement that ...":
    the afternoon). Two or more stamped entries make a live blog. Only stamps in New York time
    ("ET", "EDT", "EST"), the market's own clock, or with no zone on the stamp nor declared
    for all ("All times BST"), the outlet's own ("10.40am" on a Melbourne blog): a London
    blog's "14.40 GMT" is New York's morning; nor the small hours ("1:10 a.m. ET" reports the
    night before as it ends)."""
    if len(stamps) < 2:
        return
    firsts = [pi for pi, _m in stamps]
    # a zone the blog declares for all its stamps ("All times BST"), else the outlet's own
    declared = _DECLARED_ZONE.search(stamps[0][1].string, 0, stamps[0][1].start())
    for u in units:
        if u.generic or u.kind not in _ENTRY_KINDS:
            continue
        k = bisect.bisect_right(firsts, u.paragraph) - 1
        source = (
            u.timex
            if u.timex is not None
            else (u.inherited_from.timex if u.inherited_from is not None else None)
        )
        if k < 0 or source is None or source.date != published or source.time_of_day:
            continue
        stamp = stamps[k][1]
        zoned = _ZONED_STAMP.search(stamp.group()) or declared
        part = _stamp_part(stamp.group(1)) if zoned is None or zoned.group(1) in _EASTERN else None
        if part is not None:
            u.time_of_day = part


def entry_days(stamps: list[tuple[int, re.Match[str]]], published: dt.date) -> list[dt.date]:
    """The day of each of a live blog's entries: the publication day, but in a blog told
    newest first ("2:09 a.m. ET", "1:34 a.m. ET", ..., "12:04 a.m. ET", "11:49 p.m. ET"), the
    entries below the point where the clock goes back past midnight are of the day before
    (the hour rises by more than :data:`_MIDNIGHT_JUMP` from one entry to the next)."""
    hours = []
    for _pi, m in stamps:
        clock = _STAMP_TIME.match(m.group(1).strip())
        hours.append(None if clock is None else _clock_hour(clock.groupdict()))
    known = [h for h in hours if h is not None]
    # (the order is told by the steps within a day, not by the step past midnight)
    pairs = [(a, b) for a, b in zip(known, known[1:]) if abs(a - b) <= _MIDNIGHT_JUMP]
    newest_first = sum(a > b for a, b in pairs) > sum(a < b for a, b in pairs)
    days, day, last = [], published, None
    for hour in hours:
        if newest_first and hour is not None and last is not None and hour - last > _MIDNIGHT_JUMP:
            day -= dt.timedelta(days=1)  # "12:04 a.m." above "11:49 p.m.": the day before
        days.append(day)
        last = hour if hour is not None else last
    return days


# A remark made to a chamber, whose sitting the lead reports: "told the House that ...", "she
# told MPs", "told lawmakers".
_TOLD_CHAMBER = re.compile(
    r"\btold\s+(?:the\s+)?(?:House|Parliament|chamber|Assembly|Senate|Commons|MPs|MEPs"
    r"|lawmakers|legislators|senators|deputies)\b"
)
# How far the hour may rise from one entry of a blog told newest first to the next before the
# clock is taken to have gone back past midnight.
_MIDNIGHT_JUMP = 12


def _entry_stamps(doc: Document) -> list[tuple[int, re.Match[str]]]:
    """The paragraphs that open with a live blog's entry stamp ("21:40 — ...", "3:52 p.m. ET"
    on a line of its own), or that hold a line of an entry's byline with its day and time
    ("Tom Okafor 30 October 2024 16:52", under the entry's heading), with the stamp's match
    (group 1: the time), in text order."""
    text = doc.text
    found = []
    for pi, (ps, pe) in enumerate(doc.paragraphs):
        if text[ps].isdigit() and (m := ENTRY_STAMP.match(text, ps)) is not None:
            found.append((pi, m))
        elif _DAY_DIGIT_LINE.search(text, ps, pe) is not None:
            m = _BYLINE_STAMP.search(text, ps, pe)
            if m is not None:
                found.append((pi, m))
    return found


# A line with a full date and a clock time: what a byline stamp needs.
_DAY_DIGIT_LINE = re.compile(r"\d{4}[^\S\n]+\d{1,2}[:.]\d\d")
# A live entry's byline with its day and time on a line of its own: "Tom Okafor 30 October 2024
# 16:52", "Harriet Vance, Tom Okafor 30 October 2024 13:05" (group 1: the time; the day of
# :func:`_stamp_day`).
_BYLINE_STAMP = re.compile(
    # (not the article's own "Published ..." and "Updated ..." lines)
    r"^(?!(?:Published|Updated|Posted|Last|First|Modified|Created|Issued)\b)"
    r"(?:[A-Z][\w.'’-]+(?:[^\S\n]+[A-Z][\w.'’-]+){0,3}(?:,|[^\S\n]+and)?[^\S\n]+)*"
    r"(?:\d{1,2}[^\S\n]+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(MONTHS)
    + r")[^\S\n]+\d{1,2},)[^\S\n]+\d{4}[^\S\n]+(\d{1,2}[:.]\d\d(?:[^\S\n]*[ap]\.?m\.?)?)"
    r"(?:[^\S\n]+[A-Z]{2,4})?[^\S\n]*$",
    re.M,
)
_STAMP_DAY = re.compile(
    r"(\d{1,2})[^\S\n]+(" + "|".join(MONTHS) + r")[^\S\n]+(\d{4})"
    r"|(" + "|".join(MONTHS) + r")[^\S\n]+(\d{1,2}),[^\S\n]+(\d{4})"
)


def _stamp_day(stamp: re.Match[str]) -> dt.date | None:
    """The day a byline stamp names ("30 October 2024", "October 30, 2024"), or None."""
    m = _STAMP_DAY.search(stamp.group(0))
    if m is None:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(5, 4, 6)
    try:
        return dt.date(int(year), MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None


def _stamp_part(stamp: str) -> str | None:
    """The part of the day of an entry's stamp ("3:52 p.m.", "21:40", "9.05am"), or None."""
    m = _STAMP_TIME.match(stamp.strip())
    if m is None:
        return None
    hour = _clock_hour(m.groupdict())
    if not 6 <= hour < 24:
        return None
    part = clock_part_of_day(m.groupdict(), m.group())
    return "evening" if part == "night" else part  # (an entry at 21:45 reports the evening)


_STAMP_TIME = re.compile(r"(?P<h>\d{1,2})(?:[:.]\d\d)?\s*(?P<ampm>[ap])?")
# The time zone after an entry's stamp ("3:52 p.m. ET", "14.40 GMT"); a stamp without one is
# in the outlet's own time ("10.40am" on a Melbourne blog).
_ZONED_STAMP = re.compile(r"\s([A-Z]{2,4})\b")
_EASTERN = frozenset({"ET", "EDT", "EST"})
_DECLARED_ZONE = re.compile(r"\b(?:[Aa]ll\s+times|[Tt]imes\s+(?:are|in))\s+([A-Z]{2,4})\b")


def _inherit_release(doc: Document, units: list[_Unit]) -> None:
    """Date the undated quotes and paraphrases of a press release reproduced in the article
    (:func:`toolkit.text.timex.release_blocks`) by its first statement of the day of issue:
    "Today, Senators Lee and Diaz introduced ... “...,” said Senator Lee." is all that day."""
    if "RELEASE" not in doc.text:
        return
    for start, end, issued in release_blocks(doc.text):
        inside = [u for u in units if start <= u.start < end]
        day = next((u for u in inside if u.timex is not None and u.timex.date == issued), None)
        if day is None:
            continue
        for u in inside:
            if (
                u.kind in ("quote", "paraphrase")
                and u.timex is None
                and u.inherited_from is None
                and not u.generic
            ):
                u.inherited_from, u.date_source = day, "inherited"


def _inherit_frame(doc: Document, units: list[_Unit]) -> None:
    """Date undated statements by the sentence that sets the time of their paragraph.

    A sentence that reports nothing but names a day ("The trouble started last Sunday.",
    "Tuesday's session was ugly.", "Let's start with last week.") is the time of what
    follows it in its paragraph, up to the next statement dated of its own.
    """
    by_paragraph: dict[int, list[_Unit]] = {}
    for u in units:
        by_paragraph.setdefault(u.paragraph, []).append(u)
    for pi, members in by_paragraph.items():
        if not any(u.date_source == "none" for u in members):
            continue
        ps = doc.paragraphs[pi][0]
        frame: Timex | None = None
        pos = ps
        for u in members:
            for t in doc.timexes_within(pos, u.start):
                if (
                    t.precision in ("day", "week")
                    and t.date is not None
                    and t.date <= doc.published
                    and not in_quote(t.start, doc.quotes, doc.quote_starts)
                    and not _in_statement(t.start, members)
                ):
                    frame = t
            pos = max(pos, u.end)
            if u.timex is not None:
                frame = None  # a statement with a date of its own starts a new time
            elif u.date_source == "none" and not u.generic and frame is not None:
                u.inherited_from = _timex_holder(frame.start, frame.end, pi, frame)
                u.date_source = "inherited"


def _inherit_on_the_day(doc: Document, units: list[_Unit]) -> None:
    """An undated market line "on the day" ("The euro fell 0.7% on the day") is of the day
    of the last statement before it that has a day of its own, not after the publication day
    (a session that has closed: not the day of an event to come)."""
    last: _Unit | None = None
    for u in units:
        if (
            u.kind == "market"
            and u.date_source == "none"
            and last is not None
            and ON_THE_DAY.search(doc.text, u.start, u.end) is not None
        ):
            u.inherited_from, u.date_source = last, "inherited"
        if u.timex is not None and u.timex.precision == "day" and u.timex.date <= doc.published:
            last = u


def _inherit_also(doc: Document, units: list[_Unit]) -> None:
    """An undated act that the same body "also" took ("It also lifted the overnight lending
    rate to 43.5 percent"), or that it or its members "also said" ("Policymakers also said
    ..."), is of the day of that body's last act or remark dated to a day of its own, in its
    paragraph or the one before (for a remark, or the one before that)."""
    text = doc.text
    last: _Unit | None = None  # the last act dated to a day of its own
    for u in units:
        if (
            u.kind in ("action", "paraphrase")
            and u.date_source == "none"
            and not u.generic
            and last is not None
            and last.paragraph >= u.paragraph - (1 if u.kind == "action" else 2)
            and u.verb_pos > u.start
            and _ALSO.search(text, u.start, u.verb_pos) is not None
            and (
                _speaks_for(u.speaker, last.speaker)
                # "Policymakers also said they would stop shrinking the portfolio": the
                # members of the body that acted
                or (u.kind == "paraphrase" and speaker_name(u.speaker) in _MEMBERS_OF_BODY)
            )
        ):
            u.inherited_from, u.date_source = last, "inherited"
        if (
            u.kind in ("action", "paraphrase")
            and u.timex is not None
            and u.date_source == "explicit"
            and u.timex.precision == "day"
        ):
            last = u


# The members of a body, unnamed: "Policymakers also said ...".
_MEMBERS_OF_BODY = frozenset(
    {"Policymakers", "policymakers", "Policy makers", "policy makers", "Officials", "officials",
     "Several officials", "Rate-setters", "rate-setters", "Members", "members"}
)
# "also" before an act's verb: "It also lifted ...", "The bank also cut ...".
_ALSO = re.compile(r"\balso\s+\S+\s*$|\balso\b")


def _inherit_forecast(doc: Document, units: list[_Unit]) -> None:
    """An undated forecast revised ("The committee lowered its projection for inflation ...")
    is of the day of the last act dated to a day of its own, in its paragraph or the two
    before: the decision whose release it came with."""
    decision: _Unit | None = None
    for u in units:
        if (
            u.kind == "action"
            and u.timex is not None
            and u.date_source == "explicit"
            and u.timex.precision == "day"
            and u.timex.date <= doc.published
        ):
            decision = u
        elif (
            u.kind == "paraphrase"
            and u.date_source == "none"
            and not u.generic
            and decision is not None
            and decision.paragraph >= u.paragraph - 2
            and u.verb_pos >= 0
            and FORECAST_REVISION.match(doc.text, u.verb_pos) is not None
        ):
            u.inherited_from, u.date_source = decision, "inherited"


def _inherit_vote(doc: Document, units: list[_Unit]) -> None:
    """An undated act of voting ("Three Republicans voted against the bill") is of the vote
    just reported, dated, in its paragraph or the two before ("The House passed the bill
    late Friday, 216-214."), else of the last act dated to its day there (a board's members
    who "voted for a quarter-point cut"); an undated dissent ("Board member Ken Ohara
    dissented") is of the last act dated to its day there ("The Bank of Japan decided Friday to
    raise ...")."""
    vote = OCCASION_STEMS["vote"]
    last: _Unit | None = None
    decision: _Unit | None = None  # the last act dated to its day: what a dissent opposed
    for u in units:
        if u.kind == "action" and u.timex is not None:
            if u.timex.precision == "day":
                decision = u
            if vote.search(doc.text, u.start, u.end):
                last = u
        elif u.kind in ("action", "paraphrase") and u.date_source == "none":
            source = last
            if DISSENTED.search(doc.text, u.start, u.start + 80) is not None:
                source = decision  # "Board member Ken Ohara dissented": the decision's day
            elif u.kind != "action" or VOTED.search(doc.text, u.start, u.end) is None:
                continue
            elif source is None or source.paragraph < u.paragraph - 2:
                source = decision  # "Governors Ruiz and Lo voted for a quarter-point cut": no
                # vote reported before, the decision they voted on
            if source is not None and source.paragraph >= u.paragraph - 2:
                u.inherited_from = source
                u.date_source = "inherited"


def _lawmaker(speaker: Person | str | None) -> bool:
    """Whether ``speaker`` is a member of a legislature by title ("Sen. Bo Diaz", "Rep. Ann
    Lee", "the senator"): at a hearing the lead reports, the member speaks at that hearing."""
    if not isinstance(speaker, Person):
        return False
    return (speaker.title or "").rstrip(".") in ("Sen", "Sens", "Rep", "Reps") or (
        speaker.role or ""
    ).lower() in ("senator", "representative", "congressman", "congresswoman", "lawmaker")


def _in_brief(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` is in a bullet of a news brief ("• ...") or in a paragraph opened by
    a lead-in ("What they're saying: ...", "Between the lines: ...")."""
    ps, pe = doc.paragraphs[unit.paragraph]
    return BRIEF_ITEM.match(doc.text, ps, pe) is not None


def _in_statement(pos: int, members: list[_Unit]) -> bool:
    """Whether ``pos`` lies inside one of the statements ``members``."""
    return any(u.start <= pos < u.end for u in members)


def _date_by_distance(doc: Document, units: list[_Unit], lead: _Unit | None) -> list[_Unit]:
    """Date the acts and remarks told as coming some days after another occasion; return them.

    "The veto came a day after the division released an analysis": the analysis is of the
    day before the story's main occasion (the lead's, :func:`_lead_occasion`); "Friday's
    action comes a week after Treasury sanctioned ...": a week before the day the sentence's
    subject names; "On the eve of the announcement, ..." the day before it. A statement with a
    date of its own after the phrase keeps it ("came a day after the Fed cut rates on
    Wednesday"). They are the story's background: "the statement accompanying the sanctions"
    is not theirs.
    """
    text = doc.text
    dated: list[_Unit] = []
    for u in units:
        if u.kind not in _REACTION_KINDS or u.verb_pos < 0 or u is lead:
            continue
        m = CAME_AFTER.search(text, u.start, u.verb_pos)
        if m is None:
            continue
        if u.timex is not None and u.timex.start >= m.end():
            continue  # its own date: "came a day after the Fed cut rates on Wednesday"
        named = [t for t in doc.timexes_within(u.start, m.start()) if t.precision == "day"]
        if named:
            day = named[-1].date  # "Friday's action comes a week after ..."
        elif lead is not None and lead.start < u.start:
            day = lead.timex.date
        else:
            continue
        if m.group("eve"):
            day -= dt.timedelta(days=1)
        else:
            count = _NUMBER_WORDS.get(m.group("count")) or int(m.group("count"))
            day -= dt.timedelta(days=count * (7 if m.group("span").startswith("week") else 1))
        u.timex = _day_timex(m, day)
        u.date_source = "explicit"
        dated.append(u)
    return dated


def _story_sentence(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` is in a sentence of the story: not in a headline or a deck (paragraphs
    that do not end as a sentence does: "Governor says further cuts ...; Chancellor welcomes
    relief") nor in a summary's bullet ("- The S&P 500 rose 1.1% ...")."""
    start = doc.paragraphs[unit.paragraph][0]
    return doc.ends_as_sentence(unit.paragraph) and doc.text[start : start + 2] not in _BULLETS


def _inherit_perfect_lead(doc: Document, units: list[_Unit]) -> None:
    """Date a lead told in the present perfect with no day of its own ("The Bank of Canada has
    raised its benchmark rate for the first time in seven years") by the next statement of its
    speaker that names the day ("The central bank announced at 10 a.m. on Wednesday ...",
    "Mr Feeney told the House on Tuesday"), in the paragraphs right after it.

    The lead is the first statement of the story's sentences (past a headline, a deck and a
    summary's bullets, as :func:`_lead_occasion` reads them); the day must be a past or the
    publication day, of an act or a remark (not of an event to come).
    """
    story = [i for i, u in enumerate(units) if _story_sentence(doc, u)]
    if not story:
        return
    at = story[0]
    first = units[at]
    if not _perfect_undated(doc, first) and len(story) > 1:
        # a standfirst in the present ("The regulator's chief says the rise will be a blow
        # ...") over the lead ("The cap will rise by 80% ..., Ofgem has announced.")
        nxt = units[story[1]]
        if (
            first.kind in ("quote", "paraphrase")
            and first.timex is None
            and _perfect_undated(doc, nxt)
        ):
            at, first = story[1], nxt
    if not _perfect_undated(doc, first):
        return
    for u in units[at + 1 :]:
        if u.paragraph > first.paragraph + _LEAD_PARAGRAPHS:
            return
        if (
            u.timex is not None
            and u.date_source == "explicit"
            and u.kind != "scheduled"
            and u.timex.precision == "day"
            and u.timex.date is not None
            and u.timex.date <= doc.published
            and (
                same_speaker(u.speaker, first.speaker)
                # "The CBN Governor, Babatunde Ilori, announced the decision at a press briefing
                # ... on Tuesday": one who speaks for the body that acted
                or _speaks_for(u.speaker, first.speaker)
                # "The Monetary Policy Committee, which met on Monday, announced the decision in
                # a statement released at 6.30pm": the act's announcement, whoever names it
                or (u.verb_pos >= 0 and _ANNOUNCED_THE_ACT.match(doc.text, u.verb_pos) is not None)
            )
        ):
            first.inherited_from = u
            first.date_source = "inherited"
            return


# The announcement of the act a lead told: "announced the decision", "announced the
# suspension in a statement", "unveiled the move".
_ANNOUNCED_THE_ACT = re.compile(
    r"(?:announced|unveiled|confirmed)\s+(?:the|its|this|that)\s+(?:decision|move|suspension|cut"
    r"|hike|increase|reduction|measures?|ban|change|rise|step|decree|rule|plan)\b"
)


def _told_day(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit``'s date is one its words tell of before a trailing cue with the
    occasion it was said on ("The issue, priced in London on Thursday, comprised ..., the
    ministry said in a statement carried by the news agency"): the day of what was said, not
    of the saying, so no occasion for the speaker's later remarks."""
    timex = unit.timex
    return (
        timex is not None
        and unit.kind == "paraphrase"
        and unit.verb_pos > timex.end
        and doc.text[max(unit.start, unit.verb_pos - 60) : unit.verb_pos].rstrip().count(",") >= 1
        and _SAID_IN_STATEMENT.match(doc.text, unit.verb_pos) is not None
    )


# A trailing cue with the statement it was said in: "said in a statement".
_SAID_IN_STATEMENT = re.compile(r"said\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?statement\b")


def _perfect_undated(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` is an undated act or remark told in the present perfect ("has cut",
    "has announced")."""
    return (
        unit.date_source == "none"
        and unit.kind in ("action", "paraphrase")
        and unit.verb_pos > unit.start
        and PERFECT.search(doc.text, max(unit.start, unit.verb_pos - 30), unit.verb_pos)
        is not None
    )


def _lead_occasion(doc: Document, units: list[_Unit]) -> _Unit | None:
    """The story's main occasion: the first dated statement, when it is in the lead.

    The lead is the first ``_LEAD_PARAGRAPHS`` paragraphs that hold statements ("The Federal
    Reserve held rates on Wednesday ..."), past a headline and a deck (paragraphs that do not
    end as a sentence does) and a summary's bullets, announced events passed by. Its statement is the occasion only
    when dated to a day no later than the publication day.
    """
    paragraphs: list[int] = []
    for u in units:
        if not _story_sentence(doc, u):
            continue
        if u.paragraph not in paragraphs:
            if len(paragraphs) == _LEAD_PARAGRAPHS:
                return None
            paragraphs.append(u.paragraph)
        if u.kind == "scheduled" and u.told_by is not None:
            u = u.told_by  # "X will fly to Washington on Tuesday, his ministry said Sunday"
        if u.timex is None or u.kind == "scheduled":
            continue  # (an announced event in the lead, "X speaks on Thursday", is passed by)
        if (
            u.timex.precision == "day"
            and u.timex.date is not None
            and u.timex.date <= doc.published
        ):
            return u
        return None
    return None


def _definite_statement(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` was said "in the statement" (``DEFINITE_STATEMENT``), or is what "the
    statement" (a release, a communiqué: not a meeting's record) says."""
    if _says(doc, unit, DEFINITE_STATEMENT, DEFINITE_STATEMENT_WORDS):
        return True
    read = DOCUMENT_SPEAKS.match(doc.text, unit.start, unit.end)
    if read is None and unit.verb_pos > unit.start:
        # "..., the notification said.": the document named right before the trailing cue
        read = DOCUMENT_SPEAKS.search(doc.text, max(unit.start, unit.verb_pos - 40), unit.end)
        if read is not None and read.start("verb") != unit.verb_pos:
            read = None
    return read is not None and read.group("doc") in _ACCOMPANYING_DOCUMENTS


# The documents that go out with an act: "The statement said ...", "The release said ...".
_ACCOMPANYING_DOCUMENTS = frozenset(
    # (and the texts of a measure itself: "..., the notification said", "the decree said")
    ("statement", "release", "communiqué", "communique", "notification", "notice", "decree",
     "circular")
)


def _same_occasion(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` says it was made at the previous remark's occasion (``SAME_OCCASION``)."""
    return _says(doc, unit, SAME_OCCASION, SAME_OCCASION_WORDS)


def _says(doc: Document, unit: _Unit, pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """Whether ``pattern`` matches in ``unit`` outside quotations.

    Every match of ``pattern`` holds one of ``words`` (in some case): a unit without them is
    not searched.
    """
    if doc.plain:
        low = doc.low[unit.start : unit.end]
        if not any(w in low for w in words):
            return False
    for m in pattern.finditer(doc.text, unit.start, unit.end):
        if not in_quote(m.start(), doc.quotes, doc.quote_starts):
            return True
    return False


def _inherit_entry_day(
    units: list[_Unit], stamps: list[tuple[int, re.Match[str]]], published: dt.date
) -> None:
    """Date the undated statements of a live blog's time-stamped entries.

    A live blog ("21:40 — What we know so far") posts each entry on the publication day
    (or the day before, for the entries of a blog told newest first below its midnight,
    :func:`entry_days`): a statement in an entry with no date of its own and no earlier
    occasion is of that day. Two or more stamped entries make a live blog.
    """
    if len(stamps) < 2:
        return
    firsts = [pi for pi, _m in stamps]
    days = [
        _stamp_day(m) or day  # (a byline stamp names its day)
        for (_pi, m), day in zip(stamps, entry_days(stamps, published))
    ]
    for u in units:
        if u.date_source != "none" or u.generic or u.kind not in _ENTRY_KINDS:
            continue
        k = bisect.bisect_right(firsts, u.paragraph) - 1
        if k < 0:
            continue
        u.inherited_from = _day_holder(stamps[k][1], stamps[k][0], days[k], group=1)
        u.date_source = "inherited"


# The occasions whose noun an act may name itself ("by 176 votes to 81"), before the other
# acts of the kind (see :func:`_occasion`).
_VOTE_NOUN = re.compile(r"\bvot", re.I)
_OWN_NOUN = {"vote": _VOTE_NOUN, "roll call": _VOTE_NOUN}


def _occasion(
    doc: Document,
    unit: _Unit,
    actions: list[_Unit],
    dated: list[_Unit] | None = None,
    voted: bool = True,
    lead: _Unit | None = None,
) -> _Unit | None:
    """The dated action that ``unit`` says it followed ("after the vote"), if any.

    The last earlier action of the same kind ("voted" for "the vote", "met" for "the
    meeting"; one that names a vote first), else the last statement of ``dated`` (those dated
    of their own) that names the occasion ("At Wednesday's hearing, ..."), else the last dated
    action not told in the pluperfect, or the story's main occasion ``lead`` (an act) instead
    when that action is not in the unit's paragraph or the one before. With ``voted``, a unit
    whose subject voted ("Sen. Ann Lo voted no and argued that ...") is of the last dated
    vote.
    """
    if not actions and not dated:
        return None
    for m in AFTER_OCCASION.finditer(doc.text, unit.start, unit.end):
        if in_quote(m.start(), doc.quotes, doc.quote_starts):
            continue
        stem = OCCASION_STEMS[m.group(1)]
        own = _OWN_NOUN.get(m.group(1))
        if own is not None:
            # "Closing the debate before the vote": the last act that names a vote ("passed
            # the bill by 176 votes to 81") before any other of its kind ("adopted amendments")
            for action in reversed(actions):
                if own.search(doc.text, action.start, action.end):
                    return action
        for action in reversed(actions):
            if stem.search(doc.text, action.start, action.end):
                return action
        for said in reversed(dated or [] if not actions else []):
            # (with no dated act, a dated remark that tells the occasion)
            if (
                said.timex is not None
                and said.timex.precision == "day"
                and said.timex.date <= doc.published
                and stem.search(doc.text, said.start, said.end)
            ):
                return said  # "Speaking ... before the announcement" after "Ashby announced
                # the rise at a press conference this morning": that day
        if not actions:
            return None
        # a remark that named the occasion ("At Wednesday's hearing, Lo said ..."), else
        # the last dated action
        # (else the last act not told in the pluperfect when it is in the unit's paragraph or
        # the one before; else the story's main occasion when it is an act: "Speaking to
        # reporters after the announcement" two paragraphs after "The State Bank on Monday
        # raised its key rate")
        named = _naming(doc, unit, m.group(1), dated)
        if named is not None and (
            (source := _dated(named)) is None
            or source.timex is None
            or source.timex.precision == "day"
        ):
            return named
        # (not a month's background act that names the occasion, "In December, deputies
        # toppled his predecessor ... in a no-confidence vote", over the day's acts: "the
        # vote" a statement came after is the story's)
        last = _last_told_act(doc, actions)
        if (
            last.paragraph < unit.paragraph - 1
            and lead is not None
            and lead.kind == "action"
            and lead in actions
        ):
            return lead
        return last
    head_end = max(unit.start, unit.verb_pos) + 12
    if voted and VOTED.search(doc.text, unit.start, min(unit.end, head_end)) is not None:
        for action in reversed(actions):  # "Sen. Ann Lo voted no and argued that ...": the vote
            if VOTE_STEM.search(doc.text, action.start, action.end):
                return action
    return None


def _spoken_request(doc: Document, unit: _Unit) -> bool:
    """Whether ``unit`` is a call or an order to someone to act ("She called on the head of
    state to dissolve the Assembly", "He ordered the regulator to wind down the industry"),
    dated as the speaker's remark or speech is."""
    return (
        unit.kind == "action"
        and unit.speaker is not None
        and unit.verb_pos >= 0
        and _CALLED_ON.match(doc.text, unit.verb_pos) is not None
    )


# A call or an order to someone to act: "called on the president to", "urged lawmakers to",
# "ordered the regulator to", "directed the labor department to".
_CALLED_ON = re.compile(r"(?:called\s+on|urged|appealed\s+to|ordered|directed|instructed)\s")


def _last_told_act(doc: Document, actions: list[_Unit]) -> _Unit:
    """The last of ``actions`` not told in the pluperfect ("The SBP had raised the rate ... at
    its previous review on March 29" is the story's background, not the occasion "after the
    announcement" speaks of), else the last of them."""
    for action in reversed(actions):
        if action.verb_pos < 0 or not _HAD_BEFORE.search(
            doc.text, max(action.start, action.verb_pos - 12), action.verb_pos
        ):
            return action
    return actions[-1]


# The auxiliary of a pluperfect right before a verb: "had raised", "had already cut".
_HAD_BEFORE = re.compile(r"\bhad\s+(?:already\s+|earlier\s+|also\s+)?$")


def _named_occasion(doc: Document, unit: _Unit, dated: list[_Unit]) -> _Unit | None:
    """The dated statement that named the occasion ``unit`` says it was made at, if any.

    "Ruiz said during Thursday's earnings call ..." then "the finance chief said on the call
    that ...": the remark is of Thursday's call (``THE_OCCASION``: "on the call", "after the
    hearing", "at the news conference"; the last earlier statement dated of its own whose
    text names that occasion, not a scheduled one).
    """
    if not dated:
        return None
    for m in THE_OCCASION.finditer(doc.text, unit.start, unit.end):
        if not in_quote(m.start(), doc.quotes, doc.quote_starts):
            return _naming(doc, unit, m.group(1), dated)
    return None


def _inherit_named_occasion(doc: Document, units: list[_Unit]) -> None:
    """Date an undated remark made at an occasion that an earlier statement named and that
    has a day by now, its own or one it inherited ("China's Commerce Ministry announced the
    list at a news conference that began shortly after 3 p.m." under a lead dated Wednesday,
    then "..., Vice Commerce Minister Zhao Renqing told the news conference"): the day of the
    statement that named it (:func:`_naming`; the pass in :func:`inherit_dates` has seen only
    the statements dated of their own)."""
    dated: list[_Unit] = []
    for u in units:
        if (
            u.date_source == "none"
            and u.kind in ("quote", "paraphrase")
            and not u.generic
            and dated
            and (m := doc.first_outside(THE_OCCASION, u.start, u.end)) is not None
            and (earlier := _naming(doc, u, m.group(1), dated)) is not None
        ):
            u.inherited_from = _dated(earlier)
            u.date_source = "inherited"
        own = _dated(u)
        if own is not None and own.timex is not None and u.kind != "scheduled":
            dated.append(u)


def _inherit_clocked_occasion(doc: Document, units: list[_Unit]) -> None:
    """Date an undated remark whose occasion has an hour but no day ("announced the tax at a
    press conference at Palazzo Chigi that began shortly after 7.30 pm") by the last act or
    remark before it, at most two paragraphs back, dated to a past day of its own in the same
    part of the day ("The cabinet approved the levy late on Monday"), and the same speaker's
    undated remarks right after it in its paragraph or the next."""
    last: _Unit | None = None
    part = None  # the part of the day of ``last``
    for i, u in enumerate(units):
        if (
            u.timex is not None
            and u.date_source == "explicit"
            and u.kind != "scheduled"
            and u.timex.precision == "day"
            and u.timex.date is not None
            and u.timex.date < doc.published
            and u.timex.time_of_day is not None
        ):
            last, part = u, u.timex.time_of_day
            continue
        if (
            last is None
            or u.date_source != "none"
            or u.kind not in ("quote", "paraphrase")
            or u.generic
            or last.paragraph < u.paragraph - 2
        ):
            continue
        clock = next(
            (
                t
                for t in doc.timexes_within(u.start, u.end)
                if BARE_CLOCK.fullmatch(t.text) is not None
                and t.time_of_day == part
                and not in_quote(t.start, doc.quotes, doc.quote_starts)
            ),
            None,
        )
        if clock is None:
            continue
        u.inherited_from, u.date_source = last, "inherited"
        for after in units[i + 1 :]:
            if after.paragraph > u.paragraph + 1 or not same_speaker(after.speaker, u.speaker):
                break
            if after.date_source == "none" and after.kind in ("quote", "paraphrase"):
                after.inherited_from, after.date_source = last, "inherited"


def _naming(doc: Document, unit: _Unit, noun: str, dated: list[_Unit] | None) -> _Unit | None:
    """The last statement of ``dated`` before ``unit`` that names the occasion ``noun`` and
    took place by the publication day (not "The next meeting will be held on Nov. 26")."""
    nouns = _OCCASION_SYNONYMS.get(noun.lower(), (noun,))
    word = re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\b", re.I)
    for earlier in reversed(dated or ()):
        source = _dated(earlier)
        if (
            earlier.start < unit.start
            and earlier.kind != "scheduled"
            and source is not None
            and source.timex is not None
            and source.timex.date is not None
            and source.timex.date <= doc.published
            and word.search(doc.text, earlier.start, earlier.end)
        ):
            return earlier
    return None


def _dated(unit: _Unit) -> _Unit | None:
    """The statement whose date dates ``unit``: itself when it has a date of its own, else
    the one it inherited from (None when neither)."""
    return unit if unit.timex is not None else unit.inherited_from


# Nouns that name one occasion: "At a press conference on Saturday, ... Joshi, who also
# addressed the briefing, said ...".
_OCCASION_SYNONYMS = {
    "briefing": ("briefing", "conference"),
    "conference": ("conference", "briefing"),
}


def _member_of(person: Person, group: str) -> bool:
    """Whether ``person`` belongs to the group named ``group`` ("Senate Republicans")."""
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


# A body's name in capitals inside a role: "governor of the People's Bank of China".
_ROLE_BODY_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?[A-Z][\w’'.-]*)+")


# A central bank's rate-setting committee, and a central bank, by their names.
_POLICY_COMMITTEE = re.compile(r"(?i:monetary\s+policy\s+(?:committee|board|council))|\bMPC\b|\bMPB\b")
_CENTRAL_BANK = re.compile(r"\bBank\b|\bReserve\b|(?i:central\s+bank)|^[A-Z]{2,5}$")


# Words of a body's name that do not tell one body from another.
_GENERIC_BODY_WORDS = frozenset(
    """the of and for department ministry office committee bank house council board agency
    government group central national state federal us u.s. united states's""".split()
)
# Short names that a role may use for a body ("Fed Governor" of the Federal Reserve).
_BODY_SHORT_NAMES = {
    "fed": "reserve",
    "ecb": "european",
    "boe": "england",
    "boj": "japan",
    "judge": "court",  # a judge of the court that ruled
    "justice": "court",
}

# The head noun of the body a role's holder heads or sits in ("Governor Ann Lo" of a bank).
_BODY_OF_ROLE = {"governor": "bank", "commissioner": "commission", "minister": "ministry"}


# How many of the latest dated acts and remarks a statement's own act is looked for among
# (a text of one long paragraph would otherwise make the search quadratic).
_OWN_ACT_REACH = 8


def _own_act(unit: _Unit, acts: list[_Unit]) -> _Unit | None:
    """The latest of ``acts`` (acts and remarks dated to a day of their own), in the unit's
    paragraph or the two before and among the last :data:`_OWN_ACT_REACH` of them, whose
    speaker the unit's speaker is or speaks for."""
    for act in reversed(acts[-_OWN_ACT_REACH:]):
        if act.paragraph < unit.paragraph - 2:
            return None
        if act.kind == "action" and (
            _speaks_for(unit.speaker, act.speaker)
            # ("BOJ" and "Bank of Japan")
            or same_body(speaker_name(unit.speaker) or "", speaker_name(act.speaker) or "")
        ):
            return act
    return None


def _of_country(speaker: Person | str, country: str) -> bool:
    """Whether ``speaker``'s name or role opens with ``country`` (a country acting in a
    story: "the US Treasury", "US Treasury Secretary ..." of "the United States", "China's
    commerce ministry" of "China")."""
    names = _COUNTRY_NAMES.get(country)
    if names is None:
        if not national(country) or " " in country.strip():
            return False
        names = (country,)
    said = (speaker.role or "") if isinstance(speaker, Person) else speaker
    if names is _US_NAMES and (body_id(said) or "").startswith(_US_BODY_IDS):
        return True  # "the Treasury said" (the shipped table's US bodies)
    return any(
        said.startswith((f"{n} ", f"{n}'s ", f"{n}’s ")) and len(said) > len(n) + 3 for n in names
    )


# A country's names as its bodies' names open with them.
_US_NAMES = ("US", "U.S.", "United States", "American")
# The shipped table's ids of the United States' bodies.
_US_BODY_IDS = ("us-", "federal-reserve")
_COUNTRY_NAMES = {
    "United States": _US_NAMES,
    "US": _US_NAMES,
    "U.S.": _US_NAMES,
    "Washington": _US_NAMES,
    # a country's seat of government, whose spokesman speaks for it: "The Kremlin's
    # spokesman told reporters ..." of "Russia has walked away from the deal"
    "Russia": ("Russia", "Russian", "Kremlin", "Moscow"),
    "France": ("France", "French", "Élysée", "Elysee"),
    "Britain": ("Britain", "British", "UK", "Downing Street", "Whitehall"),
    "United Kingdom": ("United Kingdom", "Britain", "British", "UK", "Downing Street"),
    "UK": ("UK", "Britain", "British", "Downing Street", "Whitehall"),
    "China": ("China", "Chinese", "Beijing"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
}


# How many paragraphs after a body's act its own "in its statement" may come.
_STATEMENT_PARAGRAPHS = 4


def _speaks_for(speaker: Person | str | None, body: Person | str | None) -> bool:
    """Whether ``speaker`` is ``body``, or a person or a part of it: the same speaker, a
    "Treasury spokeswoman" or "Fed Governor Bo Diaz" of the Treasury or the Federal Reserve,
    an "EU trade commissioner" of the European Commission (a distinctive word of the body's
    name, or its stem, in the role), a governor of a bank, a minister of a ministry."""
    if speaker is None or body is None:
        return False
    if same_speaker(speaker, body) or _part_of(speaker, body):
        return True
    if isinstance(speaker, str) and isinstance(body, str) and same_body(speaker, body):
        return True  # "the FOMC" of "the Federal Open Market Committee" (the shipped table)
    if isinstance(body, str) and _of_country(speaker, body):
        return True  # "the US Treasury" of "The United States on Monday imposed sanctions"
    if (
        isinstance(speaker, str)
        and isinstance(body, str)
        and _POLICY_COMMITTEE.search(speaker) is not None
        and _CENTRAL_BANK.search(body) is not None
    ):
        return True  # "The MPC said" of "The State Bank of Pakistan on Monday raised ..."
    if not isinstance(body, str) or not isinstance(speaker, Person):
        return False
    initials = "".join(w[0] for w in body.split() if w[0].isupper())
    if _INITIALS_HEAD.fullmatch(speaker.name) and _initials_of(speaker.name.split()[0]) == initials:
        return True  # "the BoZ Governor", "the GTU President" of the body of those initials
    if not speaker.role:
        return False
    if body.isupper() and (named := _ROLE_BODY_NAME.search(speaker.role)) is not None:
        if same_body(named.group(0), body):
            return True  # "governor of the People's Bank of China" of the PBOC
    for word in speaker.role.split():
        if len(word) >= 2 and word.isupper() and (word == initials or same_body(word, body)):
            return True  # "HKMA chief executive Howard Tsang" of the Hong Kong Monetary Authority
    words = body.lower().replace("’", "'").split()
    names = {w for w in words if w not in _GENERIC_BODY_WORDS}
    for word in speaker.role.lower().replace("’", "'").split():
        if _BODY_OF_ROLE.get(word) in words:
            return True  # "Governor Ann Lo" of "the South African Reserve Bank"
        word = _BODY_SHORT_NAMES.get(word, word)
        if len(word) >= 3 and any(word.startswith(n) or n.startswith(word) for n in names):
            return True
    return False
