"""Stage ``dates``: the date that a unit gives itself.

**Date.** The time expressions of the unit outside quotations (:mod:`toolkit.text.timex`); the
one nearest the cue or verb wins, and one inside a "that ..." complement clause only when
there is no other ("said Tuesday that Trump had spoken with ... on Monday" is dated Tuesday).
After a speech cue only the cue's own phrase counts ("said in a briefing Tuesday afternoon",
"wrote on social media Wednesday night"): an expression behind "that", a finite verb or more
than eight words (a quotation counting as one: "called it “...” at a briefing on Thursday")
belongs to what was said, not to when. A weekday in a possessive ("after
Monday's rout") and the end of a period ("to the end of 2024", "until March") do not date a
statement (a remark "said after Wednesday's vote" keeps the vote's day); nor does the start
of one ("since December"), nor, for a remark, a month that modifies a noun ("said the July
cut could be extended"), nor, for a remark, the date of a noun's participle ("said the budget
released last month never balances"; but "said in a statement released Tuesday"), nor an
expression in an aside ("Noguchi, who joined the board in 2021, voted ...") or in a perfect
participle's clause (", having climbed above $1.19 earlier this month"), or a clock time in
a relative clause ("told analysts on the call, which began at 8:30 a.m.": the call's day is
inherited). A deadline's own date counts ("Exporters have until Dec. 31"). The later clauses
of a cut sentence take the date of its first clause, unless that one is an announced event. An announced event on a bare weekday ("is due
Thursday") is the coming one. A statement in a timeline entry ("Feb. 1 — ...") without a date
of its own is of the entry's date. Nothing is ever dated by the publication date by default:
a statement with no recoverable date has ``precision = "unknown"`` and ``date = NaT``
(unless :mod:`toolkit.text.inheritance` gives it one).

Reads ``start``, ``end``, ``kind``, ``verb_pos`` and ``head_clause``; sets ``timex``,
``date_source`` ("explicit" when dated) and, for an undated quote, ``said_today`` (a day the
speaker names as the day of speaking inside the quotation, "our decision today": used by
:mod:`toolkit.text.inheritance` when nothing else dates it).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from toolkit.text.document import Document, _Unit, in_quote
from toolkit.text.patterns import (
    ASIDE,
    ASKED_WHAT,
    BARE_CLOCK,
    BET_BEFORE,
    COMMENT_DEADLINE_BEFORE,
    COMPARED_BEFORE,
    COMPARED_SESSION_BEFORE,
    CUE_OCCASION_NOUNS,
    DAY_LABEL,
    DEADLINE_UNTIL,
    FIGURE_COMPARED_BEFORE,
    FINITE,
    FORECAST_BEFORE,
    FUTURE_BEFORE,
    INVERTED,
    MATURITY_BEFORE,
    MODIFIED_NOUN,
    NTH_TIME_BEFORE,
    OCCASION_PHRASE_END,
    OWN_SESSION,
    PARTICIPLE_CUE,
    PARTICIPLE_DATE_BEFORE,
    PERIOD_FOR,
    PERIOD_OF_FIGURE,
    QUOTED,
    RECORD_OF_BEFORE,
    SAID_TODAY,
    SESSION_PART,
    SIGNATURE_BREAK,
    SINCE,
    START_DATE_BEFORE,
    STATISTIC_AFTER,
    THAT,
    UNTIL,
    UNTIL_ENDS,
    WHICH_ASIDE,
    WORD,
    YEAR_MODIFIER_AFTER,
    label_line,
)
from toolkit.text.speakers import CUE, FORECAST_REVISION
from toolkit.text.timex import MONTHS, WEEKDAYS, Timex
from toolkit.text.timex_dates import _range
from toolkit.text.timex_patterns import NOUN_MONTH
from toolkit.text.timex_tense import past_between

# A measure's end or a date moved, before the new date: "extended the exemption to ",
# "was postponed to ".
_MOVED_TO = re.compile(
    r"\b(?:extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?|postpon(?:ed|es?|ing)|defer(?:red|s|ring)?"
    r"|delay(?:ed|s|ing)?|push(?:ed|es|ing)\s+back|mov(?:ed|es?|ing)|roll(?:ed|s|ing)\s+over)"
    r"\b[^.;:]{0,60}?\bto\s+$"
)
# Two days joined as one span: "on Wednesday and Thursday", "Tuesday and Wednesday".
_JOINED = re.compile(r"\s+(?:(and)|to|through|until)\s+(?:on\s+)?|\s*[-–]\s*")
# "from" or "between" right before (or opening) the first day of a span.
_SPAN_OPENER = re.compile(r"\b(?:from|between|From|Between)\s+(?:on\s+)?")

# "at" or "during" right before a possessive day: the act's own occasion ("raised the rate at
# today's rate-setting meeting", "during Tuesday's session"), not an earlier event's day.
_AT_OCCASION_BEFORE = re.compile(r"\b(?:[Aa]t|[Dd]uring|(?<=published\s)in|(?<=printed\s)in)\s+$")
# A time expression that is a clock time alone: "10.00 a.m.", "at 14:00", "3pm".
_CLOCK_ONLY = re.compile(r"(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?")


def date_units(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Date each unit by its own time expressions, its sentence or its timeline entry."""
    for unit in units:
        unit.timex = explicit_date(doc, unit)
        if unit.told_by is not None:
            unit.told_by.timex = explicit_date(doc, unit.told_by)
        head = unit.head_clause
        if unit.timex is None and head is not None and head.kind != "scheduled":
            # one sentence, one date (but an announced event's date is not the day
            # of a remark in the same sentence)
            unit.timex = head.timex
        if unit.kind == "scheduled" and unit.timex is not None:
            # an announced event on a bare weekday ("is due Thursday") is the coming one
            before = doc.published - dt.timedelta(days=1)
            if unit.timex.date is not None and unit.timex.date <= before:
                unit.timex = coming_weekday(unit.timex, before) or unit.timex
        if unit.timex is None:
            unit.timex = doc.timeline_date(unit)  # "Feb. 1 — ... . Trudeau announces ..."
        if unit.timex is None:
            unit.timex = doc.dateline_day(unit)  # "KAMPALA, Tuesday — ... . The URA's ..."
        elif _CLOCK_ONLY.fullmatch(unit.timex.text):
            entry = doc.timeline_date(unit)  # "Tue 10 March — ... questions the governor,
            if entry is not None and entry.date != unit.timex.date:  # 10.00 a.m.": that day's
                unit.timex = dataclasses.replace(entry, time_of_day=unit.timex.time_of_day)
        if unit.kind in ("action", "paraphrase") and _entry_to_come(doc, unit):
            unit.kind = "scheduled"  # a diary's entry to come: "Thursday: X speaks at ..."
        elif (
            unit.kind in ("action", "paraphrase", "scheduled")
            and unit.timex is not None
            and not (unit.verb_pos >= 0 and PAST_VERB.match(doc.text, unit.verb_pos))
            and doc.under_look_ahead(unit)
        ):
            # under "THE WEEK AHEAD": "The committee questions officials on Wednesday" is the
            # coming Wednesday's event (not "said Tuesday" told there)
            if unit.timex.date is not None and unit.timex.date <= doc.published:
                unit.timex = coming_weekday(unit.timex, doc.published) or unit.timex
            if unit.timex.date is not None and unit.timex.date > doc.published:
                unit.kind = "scheduled"
        if unit.kind == "market" and unit.time_of_day is None:
            part = doc.first_outside(SESSION_PART, unit.start, unit.end)
            if part is not None:  # "rose 0.3 per cent in early trade": the morning
                unit.time_of_day = "afternoon" if part.group(1).lower() == "afternoon" else "morning"
        if unit.timex is not None:
            unit.date_source = "explicit"
        elif unit.kind == "quote":
            unit.said_today = _said_today(doc, unit)
    return units


# A comparison right before a day's possessive: "weaker than | Monday's", "from | Friday's".
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:than|from)\s+$")
# A verb in the past tense: "said", "pledged", "told", "cut".
PAST_VERB = re.compile(
    r"(?:\w+ed|said|told|wrote|made|took|gave|set|cut|put|held|kept|left|struck|spoke|met|sent"
    r"|began|rose|fell|won|chose|drew|went|came|sought|stood|threw|swore|fought)\b"
)


# A past participle that opens an aside in commas, up to a time expression: "the panel's
# report, published on | 30 April, showed ...".
_PARTICIPLE_ASIDE = re.compile(
    r",[^\S\n]+(?:published|released|issued|adopted|signed|approved|announced|filed|sent"
    r"|submitted|dated|posted|tabled|presented|unveiled|passed)\b[^,;.\n]{0,40}$"
)

_IN_OCCASION = re.compile(r"\b(?:in|on)\s+(?:its|his|her|their|an?|the)\b")


def explicit_date(doc: Document, unit: _Unit) -> Timex | None:
    """The unit's own date: the time expression nearest its verb, outside quotations."""
    best: tuple[int, Timex] | None = None
    speech = unit.kind in ("quote", "paraphrase")
    anchor = unit.verb_pos if unit.verb_pos >= 0 else unit.start
    text = doc.text
    # a forecast revised names its figures, not words said, before its day: "cut its forecast
    # for next year to 1.1 per cent on Tuesday" (the distance an act's day may stand at)
    forecast = speech and unit.verb_pos >= 0 and FORECAST_REVISION.match(text, anchor) is not None
    cue_end = anchor
    if speech and unit.verb_pos >= 0:
        cue = CUE.match(text, anchor)
        cue_end = cue.end() if cue else anchor
    # a signature line under a quotation ("— Ana Ruiz, finance minister, speaking to
    # reporters on Tuesday") or a speaker's label over a statement ("* ANA RUIZ, at a briefing
    # on Monday afternoon:"): its every phrase tells the occasion
    signed = speech and (
        (unit.quote_paragraph and SIGNATURE_BREAK.match(text, anchor) is not None)
        or (anchor == unit.start and label_line(text, anchor) is not None)
    )
    inverted = speech and (INVERTED.match(text, cue_end) is not None or signed)
    # ", saying ...": the participle's occasion is its main verb's, dated before the comma
    participle = (
        speech
        and unit.verb_pos > unit.start
        and PARTICIPLE_CUE.match(text, anchor) is not None
        and text[unit.start : anchor].rstrip().endswith(",")
    )
    own = [
        t
        for t in doc.timexes_within(unit.start, unit.end)
        if not in_quote(t.start, doc.quotes, doc.quote_starts)
    ]
    # a remark or an act is not made after the day it is reported: of its dates, a later one
    # is what it speaks of when an earlier one is there too ("extended the freeze on Monday
    # until 1 July")
    reported = (
        unit.kind in ("quote", "paraphrase", "action")
        and doc.timeline_head(unit) is None  # (an entry of a diary tells what is to come)
    )
    told = reported and any(t.date <= doc.published and t.precision == "day" for t in own)
    past = reported and unit.verb_pos >= 0 and PAST_VERB.match(text, unit.verb_pos) is not None
    # ", saying ...": with a date before the comma, a date after the participle is in what
    # was said ("in a speech in Winnipeg last month, saying the rate cuts of 2015 had ...")
    dated_before = participle and any(t.start < anchor for t in own)
    request = unit.kind == "action" and unit.verb_pos >= 0 and text.startswith("called on ", anchor)
    after_verb = unit.verb_pos >= 0 and any(t.start > anchor for t in own)
    for t in own:
        if told and t.date > doc.published:
            continue
        if (
            after_verb
            and t.end <= anchor
            and _SUBJECT_PARTICIPLE.search(text, unit.start, t.start) is not None
        ):
            continue  # "A movement born on social networks this summer has called strikes on
            # Wednesday": the subject's past, not the statement's day
        if request and t.start > unit.verb_pos and t.date > doc.published:
            continue  # "the unions called on workers to join marches on May 1": the day asked
            # for, not the day of asking
        if dated_before and t.start > anchor:
            continue
        if told and t.precision in ("month", "quarter", "year") and t.start > unit.start + 2:
            continue  # "On Sunday, the countries agreed to raise output in October": an act or a
            # remark has its day when the sentence names one (but "Last August, the department
            # added ...": a time that opens the sentence dates it)
        if past and t.date > doc.published and t.precision in ("year", "quarter", "month"):
            continue  # "pledged cuts to operating spending next year": the cuts' year

        if (
            t.text[:5].lower() == "since"
            or since_before(doc, t.start)
            or _SINCE_PHRASE_BEFORE.search(text, max(unit.start, t.start - 48), t.start)
        ):
            continue  # ("the most since the pandemic sell-off of March 2020": a comparison)
        if (
            text.endswith(UNTIL_ENDS, 0, t.start)
            and UNTIL.search(text, max(0, t.start - 24), t.start)
            and not (unit.kind == "scheduled" and DEADLINE_UNTIL.fullmatch(text, anchor, t.start))
            and not (
                unit.kind == "scheduled"
                and COMMENT_DEADLINE_BEFORE.search(text, max(unit.start, t.start - 120), t.start)
            )
        ):
            continue  # "extend the cuts to the end of 2024": the end of a period (but
            # "Exporters have until Dec. 31 to comply", "will accept comments through Jan.
            # 15": the deadline is the event)
        if (
            unit.kind == "action"
            and text.endswith("to ", 0, t.start)
            and _MOVED_TO.search(text, max(unit.start, t.start - 90), t.start)
        ):
            continue  # "The exemption has been extended to December 31, 2025": the measure's
            # new end (an act's day is when it was done)
        if (
            t.start > anchor
            and BARE_CLOCK.fullmatch(t.text)
            and WHICH_ASIDE.search(text, anchor, t.start)
        ):
            continue  # "told analysts on the call, which began at 8:30 a.m.": the call's day
        if speech and RECORD_OF_BEFORE.search(text, max(0, t.start - 24), t.start):
            continue  # "according to minutes of the March 17-18 meeting, released on ...":
            # the meeting the record is of, not the day it was released
        if speech and t.precision == "month" and NOUN_MONTH.match(t.text):
            continue  # "said a move at the July meeting was likely": the month spoken of
        words = t.text.split()
        if (
            t.precision == "month"
            and words[-1] in MONTHS
            and (len(words) == 1 or len(words) == 2 and words[0] in ("after", "before"))
            and MODIFIED_NOUN.match(text, t.end)
        ):
            continue  # "rose after March consumer prices came in soft": the figures' month
        if (
            t.precision == "month"
            and len(words) == 2
            and words[0] in ("the", "The")
            and words[-1] in MONTHS
            and STATISTIC_AFTER.match(text, t.end)
        ):
            continue  # "ahead of the September jobs report": the month the figures are of
        possessive = t.text[-2:] in ("'s", "’s") or text.startswith(("'s ", "’s "), t.end)
        if possessive and _COMPARED_WITH_BEFORE.search(text, max(0, t.start - 6), t.start):
            continue  # "set the rate at 6.2298, 1.9% weaker than Monday's 6.1162", "down 2%
            # from Friday's close": the day compared with
        if speech and past and possessive and t.start > anchor and t.date > doc.published:
            continue  # "Marsden said next week's Budget would still show a surplus": the
            # remark is not of the day of what it speaks of
        if (
            not speech
            and possessive
            and not OWN_SESSION.match(text, t.end)
            and not _AT_OCCASION_BEFORE.search(text, max(0, t.start - 8), t.start)
        ):
            # "recovered after Monday's rout": the date of an earlier event (but "by
            # Friday's close", "Thursday's session" is the market line's own); a remark
            # "said after Wednesday's vote" is made on that occasion and keeps it
            continue
        if unit.kind != "scheduled" and START_DATE_BEFORE.search(text, max(0, t.start - 16), t.start):
            continue  # "signed a bill that cuts the tax ..., starting Jan. 1": when it applies
        if (
            t.precision == "year"
            and words[-1].isdigit()
            and len(words) <= 2
            and YEAR_MODIFIER_AFTER.match(text, t.end)
        ):
            continue  # "will pass the 2027 budget bill on Sept. 29": the bill's year
        before = text[max(0, t.start - 32) : t.start]
        if t.text[:4].lower() == "for ":
            before += "for "  # ("inflation | for February": the preposition is the expression's)
        if PERIOD_FOR.search(before):
            continue  # "cut its growth forecast for next year": the period forecast
        if t.precision in ("month", "year") and MATURITY_BEFORE.search(
            text, max(unit.start, t.start - 16), t.start
        ):
            continue  # "the notes maturing in April 2024 gained 4 cents": a bond's maturity
        if t.precision in ("year", "half", "quarter") and FORECAST_BEFORE.search(
            text, max(unit.start, t.start - 64), t.start
        ):
            continue  # "cut its forecast for economic growth this year", "projected inflation
            # to remain manageable in 2025": the period of the forecast
        if (
            unit.kind == "action"
            and t.start > anchor
            and _PARTICIPLE_CLAUSE.search(text, anchor, t.start)
        ):
            continue  # "filed cloture on Thursday's bill, setting up a first procedural vote for
            # Monday": the date of what the act leads to, not the act's
        if (
            unit.kind == "market"
            and t.start > anchor
            and _MOVE_GOES_ON.search(text, anchor, t.start) is not None
        ):
            continue  # "closed 0.8 per cent higher, extending a rally that began on Tuesday":
            # the day the run began, not the session's
        if t.start > anchor and ", having " in text[anchor : t.start]:
            continue  # "It fell 0.4%, having climbed above $1.19 earlier this month": before
        if NTH_TIME_BEFORE.search(text, max(0, t.start - 16), t.start):
            continue  # "cut rates for the second time this year": a count, not the day
        if (
            t.precision in ("month", "quarter", "year")
            and t.start > anchor
            and unit.kind != "scheduled"
            and _CHANGE_IN_BEFORE.search(text, max(anchor, t.start - 40), t.start)
        ):
            continue  # "points to a further increase in March": the change spoken of
        if t.precision != "day" and PERIOD_OF_FIGURE.match(text, t.end):
            continue  # "forecast second-quarter revenue below ...": the figure's period
        if (
            t.precision != "day"
            and _DATA_FOR_BEFORE.search(text, max(unit.start, t.start - 40), t.start)
            and any(o.precision == "day" for o in own)
        ):
            continue  # "will release its labour force survey for the fourth quarter on 18
            # February": the period the figures cover, the release's day another
        if (
            unit.kind == "market"
            and (t.precision == "month" or (t.date is not None and t.date > doc.published))
            and BET_BEFORE.search(text, max(unit.start, t.start - 80), t.start)
        ):
            continue  # "as investors scaled back bets on a second cut in July": what is bet on
        if unit.kind != "action" and FIGURE_COMPARED_BEFORE.search(
            text, max(unit.start, t.start - 48), t.start
        ):
            continue  # "a 70% chance of a cut, up from 48% on Thursday": the figure compared
            # (but an act's: "raised VAT to 15 percent from 12 percent in September last year")
        if unit.kind == "market" and COMPARED_BEFORE.search(_with_preposition(text, t)):
            continue  # "topping its previous record from February": the record's day
        if unit.kind == "market" and possessive and COMPARED_SESSION_BEFORE.search(_with_preposition(text, t)):
            continue  # "little changed from Wednesday's close": the session compared with
        if t.start < anchor and (asked := ASKED_WHAT.match(text, unit.start, anchor)):
            if t.start >= asked.end() and not _occasion_phrase(
                text[max(asked.end(), t.start - 80) : t.start]
            ):
                continue  # "Asked whether ... at its next meeting, on Sept. 15-16, she said"
                # (but "Asked about ... at a press conference on Wednesday": the occasion)
        if (
            speech
            and t.start > anchor
            and text.startswith(",", t.end)
            and (aside := _PARTICIPLE_ASIDE.search(text, max(anchor, t.start - 60), t.start))
            and not _IN_OCCASION.search(text, anchor, aside.start())
        ):
            continue  # "said the panel's final report, published on 30 April, showed ...":
            # the report's day, not the remark's (but "said in its statement, published on
            # Wednesday, that ...": the statement is where it said so)
        if t.start < anchor and _in_aside(doc, unit.start, anchor, t.start):
            continue  # "Noguchi, who joined the board in 2021, voted ...": not the act's date
        if t.start < anchor and any(
            a.start() < t.start < a.end() for a in _PERIOD_ASIDE.finditer(text, unit.start, anchor)
        ):
            continue  # "The next cap, covering January to March, will be announced by 25
            # November": the period the thing covers, not the event's day
        dist = abs(t.start - anchor)
        if participle and t.start < anchor:
            dist = t.start - unit.start  # "on Friday cut ..., its third cut this year, saying"
        if t.start > anchor:
            between = text[anchor : t.start]
            if speech and ('"' in between or "“" in between):
                # "called the measure “...” at a news conference on Thursday": a quotation
                # of the words is one phrase of the cue's, however long
                between = QUOTED.sub(" Q ", between)
            limit = 8
            occasion = speech and (
                _occasion_phrase(between)
                # (an apposition inside it: "said in a filing with Chile's market regulator,
                # the CMF, on Friday")
                or ("," in between and _occasion_phrase(ASIDE.sub(" ", between)))
            )
            if inverted:  # skip the speaker's name, party tag and appositions
                between = ASIDE.sub(" ", between)
                limit = 16
            elif speech and (
                occasion
                or _RELEASED_BEFORE.search(between)
                or _OCCASION_WHEN.search(between)
                or _TOLD_PRESS.match(text, cue_end)
                # a clock time names when it was said: "confirmed the operation to reporters
                # at the Finance Ministry at around 7 p.m."
                or (BARE_CLOCK.fullmatch(t.text) and t.start > cue_end)
            ):
                # the occasion's phrase, the release of the document read from, or where the
                # press was told, however many words name it ("told analysts on the carrier's
                # second-quarter earnings call on Friday", "told reporters at the company's
                # offices near the terminal this afternoon")
                limit = 16
                if occasion:
                    limit = 40  # (the occasion's phrase right before the day binds them, however
                    # long the words before it: 'described the award as "..." in the reform
                    # agenda in a tweet on Saturday evening')
            released = text.startswith(("according", "According"), anchor) and bool(
                _RELEASED_BEFORE.search(between)
            )
            if released:
                dist = 0  # "rose to 3.3% in November, according to data released by the
                # bureau last month": the release's day, not the figures' month
            words = len(WORD.findall(between)) - 1
            if speech:  # "said in an interview that aired Sunday": the occasion's own clause
                between = _OCCASION_THAT.sub(" occasion ", between)
            if signed:
                if words > 2 * limit:
                    continue
            elif not released and (
                words > (limit if speech and not forecast else 14)
                or _complement(between)
                or (speech and PARTICIPLE_DATE_BEFORE.search(between) is not None)
                or (t.precision in ("month", "quarter", "year") and _INFINITIVE.search(between, 3))
            ):
                if speech or _COMPARISON.search(between):
                    continue  # (nor "a steeper path than the one it presented in June": the
                    # date of what the act is compared with)
                dist += 1000
        if best is None or dist < best[0]:
            best = (dist, t)
    return None if best is None else joined_days(doc, best[1])


# Figures and the period they cover, right before it: "its labour force survey for | the fourth
# quarter", "data for | March".
_DATA_FOR_BEFORE = re.compile(
    r"\b(?:surveys?|figures|data|statistics|reports?|results|numbers|estimates?|readings?"
    r"|index|accounts|GDP|inflation|payrolls)\s+for\s+$"
)
# A past participle that describes the subject: "A movement born on social networks | this
# summer", "a group founded | in 2019".
_SUBJECT_PARTICIPLE = re.compile(
    r"\b(?:born|formed|founded|created|set\s+up|established|launched|elected|appointed)\s"
)
# The release of the document a remark is read from, right before its date: "according to
# minutes of the March meeting, released on Wednesday".
# (and "according to a statement the commission released on its website at around 8 p.m.
# Monday": the release's place and hour between it and the day)
_RELEASED_BEFORE = re.compile(
    r"(?:,\s+|\s)(?:released|published|issued|posted)\s+(?:[^,;\n]{0,48}?\s)?"
    r"(?:on\s+|at\s+|late\s+|early\s+)?$"
)


# A market's move carried on from an earlier day: ", extending a rally that began ...",
# ", adding to losses of ...".
_MOVE_GOES_ON = re.compile(
    r",\s+(?:extending|adding\s+to|building\s+on|deepening|prolonging|continuing)\s"
)
# A participle's aside that tells the period a thing covers: ", covering January to March,".
_PERIOD_ASIDE = re.compile(r",\s+(?:covering|spanning|running\s+from|lasting)\b[^,;.]*,")
# A participle's clause after a comma, which tells what an act leads to: ", setting up a vote
# for Monday", ", paving the way for ...".
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:setting|paving|clearing|opening|sending|teeing)\s")
# A comparison with an earlier thing, before its date: "than the one it presented in June".
_COMPARISON = re.compile(r"\bthan\s+(?:the|its|their|a|an|that|those)\b")
# A change in rates or prices right before its month or year: "a further increase in March",
# "another cut as early as June", "two hikes in 2026".
_CHANGE_IN_BEFORE = re.compile(
    r"\b(?:increases?|hikes?|rises?|cuts?|reductions?|decreases?|moves?|tightening|easing"
    r"|reversal)\s+(?:as\s+(?:early|soon)\s+as\s+)?(?:(?:in|by)\s+)?$"
)
# An occasion's relative clause, whose "that" opens no complement: "said in an interview that
# aired Sunday", "in a video that was posted on Monday".
_OCCASION_THAT = re.compile(
    r"\b(?:interview|statement|video|speech|address|post|message|letter|column|podcast"
    r"|programme|program|show|broadcast|briefing|op-ed)\s+that\s+(?:was\s+)?(?:[a-z]+ed|ran)\b"
)
# The occasion of a remark told by a clause of its own right after the cue: "announced |
# when he delivered | the 2023-2024 National Budget in Parliament yesterday afternoon".
_OCCASION_WHEN = re.compile(
    r"\bwhen\s+(?:he|she|they)\s+(?:delivered|presented|read|tabled|unveiled|addressed|opened"
    r"|spoke\s+(?:to|at|in))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
)
# "since" a few words before a date: "the most since the pandemic sell-off of March 2020".
_SINCE_PHRASE_BEFORE = re.compile(r"\bsince\s+the\s+(?:[\w’'-]+\s+){1,4}(?:of|in)\s+$")
# The press as the ones told: "told reporters", "told journalists", "told the media".
_TOLD_PRESS = re.compile(
    r"(?<=told)\s+(?:reporters|journalists|the\s+(?:press|media)"
    # or the gathering told: "told the government's weekly press conference ... on Thursday"
    r"|(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}(?:press\s+conference|news\s+conference|briefing"
    r"|meeting|rally|summit|forum|conference|session|hearing|committee|parliament|lawmakers))\b"
)


def _occasion_phrase(between: str) -> bool:
    """Whether ``between`` ends with the occasion a cue names (``OCCASION_PHRASE_END``), its
    noun looked for first."""
    return (
        any(w in between for w in CUE_OCCASION_NOUNS)
        and OCCASION_PHRASE_END.search(between) is not None
    )


def joined_days(doc: Document, timex: Timex) -> Timex:
    """``timex`` and the day joined to it as one span: by "and" when the second day follows
    the first by one to three days ("talks on Wednesday and Thursday"), by "to", "through" or
    a dash after "from" or "between" when it follows within a year ("will tour terminals from
    Tuesday to Thursday", "the suspension runs from March 1 to July 31"), by "through" alone
    within a month ("Tuesday through Thursday"); a
    second weekday is the first such day after the first ("from Tuesday to Thursday" said on a
    Wednesday); else ``timex`` itself."""
    if timex.precision != "day" or timex.date is None:
        return timex
    i = bisect.bisect_left(doc.timex_starts, timex.start)
    span = None
    if i > 0:
        span = _joined(doc, doc.timexes[i - 1], timex)  # (the second day nearest the verb)
    if span is None and i + 1 < len(doc.timexes):
        span = _joined(doc, timex, doc.timexes[i + 1])
    return timex if span is None else span


def _joined(doc: Document, first: Timex, second: Timex) -> Timex | None:
    """The span of two days for :func:`joined_days`, or None."""
    if (
        first.precision != "day"
        or second.precision != "day"
        or first.date is None
        or second.date is None
    ):
        return None
    text = doc.text
    joiner = _JOINED.fullmatch(text, first.end, second.start)
    if joiner is None:
        return None
    last = second.date
    if second.text.split()[-1].rstrip(",.") in WEEKDAYS:
        while last <= first.date:
            last += dt.timedelta(days=7)  # ("from Tuesday to Thursday": the Thursday after)
    days = (last - first.date).days
    if joiner.group(1) is not None:  # "and"
        ok = 1 <= days <= 3
    else:  # "to", "through", a dash: after "from" or "between", or "through" alone
        opener = _SPAN_OPENER.search(text, max(0, first.start - 9), first.start + 5)
        # (a measure's span may run months: "The suspension runs from March 1 to July 31")
        ok = (1 <= days <= 31 and "through" in joiner.group(0)) or (
            opener is not None and 1 <= days <= 366
        )
    if not ok:
        return None
    return _range(first.start, second.end, text[first.start : second.end], first.date, last)


def _with_preposition(text: str, t: Timex) -> str:
    """The 24 characters before ``t`` and the preposition that opens it, if any ("from
    February" is one expression)."""
    before = text[max(0, t.start - 24) : t.start]
    first = t.text.split(None, 1)[0]
    return before + first + " " if first.lower() in ("from", "since", "in", "of") else before


# An infinitive after the verb: "urged the Bank to cut in November" (the month is the cut's).
# (not "to us", "to lawmakers": a pronoun or a plural noun)
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|their|his|her|him|them|us|me|you|it|this|that|these|those)\b)"
    r"(?:[a-z]+ss|[a-z]*[a-rt-z])\b"
)


def _complement(between: str) -> bool:
    """Whether ``between`` (text after a verb) runs into a "that" clause or a finite verb."""
    return THAT.search(between, 3) is not None or FINITE.search(between, 3) is not None


def _said_today(doc: Document, unit: _Unit) -> Timex | None:
    """A day the speaker names as the day of speaking, inside the unit's quotation: "our
    decision today is ..." (not "we will pass it today", which names a later event)."""
    for t in doc.timexes_within(unit.start, unit.end):
        if not SAID_TODAY.fullmatch(t.text):
            continue
        if in_quote(t.start, doc.quotes, doc.quote_starts) and not FUTURE_BEFORE.search(
            doc.text, max(unit.start, t.start - 40), t.start
        ):
            return t
    return None


def _in_aside(doc: Document, start: int, end: int, pos: int) -> bool:
    """Whether ``pos`` lies in an apposition or relative clause set off by commas (or in
    parentheses) within ``[start, end)`` (``ASIDE``)."""
    text = doc.text
    if "," not in text[start:pos] and "(" not in text[start:pos]:
        return False
    return any(m.start() < pos < m.end() for m in ASIDE.finditer(text, start, end))


def since_before(doc: Document, pos: int) -> bool:
    """Whether "since" comes right before ``pos`` (``SINCE``)."""
    lo = max(0, pos - 7)
    if doc.plain and "since" not in doc.low[lo:pos]:
        return False  # (every match of SINCE holds "since" in some case)
    return SINCE.search(doc.text, lo, pos) is not None


def _entry_to_come(doc: Document, unit: _Unit) -> bool:
    """Whether the unit, dated, is in a timeline entry still to come: after publication, or
    on the day of a diary that has not happened yet ("Today: The council meets in ...")."""
    head = doc.timeline_head(unit)
    if head is None or unit.timex is None or unit.timex.date is None:
        return False
    if unit.timex.date > doc.published:
        return True
    return (
        unit.timex.date == doc.published
        and DAY_LABEL.match(head.group()) is not None
        and not past_between(doc.text, unit.start, unit.end)
    )


def coming_weekday(timex: Timex, reference: dt.date) -> Timex | None:
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
