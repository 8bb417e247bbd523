"""Attribution: the subject of a unit's cue or verb, for the ``kinds`` stage.

Not a stage of its own: :func:`toolkit.text.kinds.classify` calls it for each cue or verb it
tries, and :mod:`toolkit.text.referents` then says who the subject is.

**Subject.** The subject of the cue or verb is found by :func:`toolkit.text.speakers.find_subject`
within the cue's clause: the outside-quote stretch of the unit around it, after a semicolon.
Then:

- a cue in a trailing subordinate clause (", a day after Trump threatened") is not the main
  verb, and the unit's next cue is tried;
- a nominal act is taken by its possessor ("The president's decision last week to impose");
- a scheduled event named by a possessive or a modifying name is the possessor's ("The
  council's next meeting will be held on ...", "The next full OPEC+ ministerial meeting"),
  when the clause has no subject of its own;
- after a subordinate clause ("The decision came after the Fed raised rates") the act is the
  clause's subject's;
- a passive names its agent after "by" ("introduced by Sen. Tim Kaine");
- a clause that opens with "While", "Although", ... has its subject after that word ("While
  Ramos said that ..., he ..."); a cue right after a comma is inverted when a person follows
  it ("..., said Steve Grubbs, an Iowa operative");
- "according to" names its source after it ("..., according to the Associated Press") when
  that is a person or a body by name, also after a document it wrote ("according to a report
  from Bloomberg"); after a document or an unnamed source ("according to the statement",
  "according to people familiar with ...") the subject before is the speaker, and a sentence
  that opens with "According to" and names no one has no speaker;
- a cue in the passive is its agent's, named after "by" ("the move was first reported by
  MSNBC").

Reads ``start``, ``end`` of the unit; sets nothing (the caller sets ``kind`` and the speaker).
"""

from __future__ import annotations

import re

from toolkit.text.document import Document, _Unit
from toolkit.text.patterns import (
    ACCORDING_NP,
    BODY_WORD,
    BY,
    CALENDAR_WORDS,
    DOCUMENT_SOURCE,
    INVERTED_AFTER,
    INVERTED_BEFORE,
    MEASURE_END,
    MODIFIER_EVENT,
    NAMED_POSSESSOR,
    OWNED_DOCUMENT,
    PASSIVE_OR_APPOSITIVE,
    POLICY_COMMITTEE,
    POSSESSIVE_EVENT,
    POSSESSOR,
    SCHEDULED,
    SEEN_DOCUMENT,
    SUBORDINATE,
    SUBORDINATE_CUE,
    SUBORDINATE_OPENING,
    SUBORDINATE_SPEAKER,
    TALLY,
    WORD,
    last_match,
)
from toolkit.text.speakers import ROLE_WORDS, Subject, find_subject, parse_np
from toolkit.text.vocabulary import BODY_WORDS, NOMINALS, SEATS_OF_GOVERNMENT


def in_subordinate(doc: Document, unit: _Unit, cue: int) -> bool:
    """Whether the cue at ``cue`` is in a subordinate clause after the main clause.

    "..., a day after President Trump threatened to ...": not the main verb; but "...
    earlier this week, when Sato told ..." is (a relative "when" of a time).
    """
    comma = doc.text.rfind(",", max(unit.start, cue - 60), cue)
    if comma <= unit.start + 30 or SUBORDINATE_CUE.match(doc.text, comma, cue) is None:
        return False
    # "... a shift from earlier this week, when Sato told a committee that ...": a "when"
    # after a time expression is a relative clause of that time, a statement of its own
    return not (
        doc.text.startswith(", when ", comma)
        and any(t.end == comma for t in doc.timexes_within(max(unit.start, comma - 40), comma))
    )


def subject(doc: Document, unit: _Unit, m_start: int, m_end: int) -> Subject | None:
    """The subject of the cue ``text[m_start:m_end]`` in ``unit``."""
    left, right = doc.clause_bounds(unit, m_start)
    text = doc.text
    if text.startswith(("according", "According"), m_start) and SEEN_DOCUMENT.match(text, m_end):
        return None  # "according to a copy seen by the Ledger": no source of its own; the
        # sentence's subject is
    if text.startswith("according", m_start):
        source = according_to(doc, m_end, right) or _record_holder(doc, m_end, right)
        if source is not None:
            return source
        if _THE_DOCUMENT.match(text, m_end):
            found = find_subject(text, left, m_start, m_end, right, doc.index)
            if found is not None and found.start > left + 40:
                return None  # "The ban will take effect on April 23, unless the governments
                # in Lilongwe and Pretoria lift ..., according to the statement": the
                # statement's issuer (the event's agent), not a name deep in the clause
            return found
    elif text.startswith("According", m_start):
        # "According to Variety, ...": the source named, or no one (a document's words)
        return according_to(doc, m_end, right)
    agent = passive_agent(doc, unit, m_start, m_end, right)
    if agent is not None:
        return agent
    subs = list(SUBORDINATE_SPEAKER.finditer(text, left, m_start))
    if subs:  # "The visit comes after the Commerce Department said ...": the department
        left = subs[-1].end()
    opening = SUBORDINATE_OPENING.match(text, left, m_start)
    if opening is not None:
        comma = text.find(",", opening.end(), right)
        if 0 <= comma < m_start:  # "While Hurun lists ..., Forbes says ...": Forbes
            left = comma + 1
        else:  # "While Ramos said that ..., he ...": Ramos
            left = opening.end()
    if (
        INVERTED_BEFORE.search(text, max(left, m_start - 4), m_start)
        and len(WORD.findall(text, left, m_start)) > 6
        and right >= unit.end  # (not "..., said Fiorina “was ...”": a quotation follows)
        and not doc.liveblog_heading(unit)
    ):
        # "..., said Steve Grubbs, an Iowa operative": the name after the cue
        after = INVERTED_AFTER.match(text, m_end, right)
        if after is not None:
            found = parse_np(after.group(1), after.start(1), doc.index)
            if found is not None and found.kind in ("name", "role"):
                return found
    found = find_subject(text, left, m_start, m_end, right, doc.index)
    if found is None and _OUTLET_REFERENCE.fullmatch(text, left, m_start):
        return _paragraph_outlet(doc, unit)  # "The paper reports that ...", "Its editorial ..."
    return found


# A newspaper referred to by its kind, or its editorial, right before a cue: "The paper
# reports", "The business daily reports", "The weekly also reported", "Its editorial argued".
_OUTLET_REFERENCE = re.compile(
    r"\s*(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+)?(?:paper|newspaper|daily|weekly|tabloid"
    r"|broadsheet|magazine|editorial|leader)\s+(?:also\s+|again\s+)?$"
)
# The name that opens a paragraph as its subject: "Público leads with ...", "Jornal de
# Negócios looks at ...", "Expresso, in its weekly edition, ...".
_OPENING_NAME = re.compile(
    r"((?:[A-Z][\w’'&.-]*)(?:\s+(?:de|do|da|dos|das|di|del|la|le|du|des|[A-Z][\w’'&.-]*)){0,4})"
    r"(?:,|\s+(?=[a-z]))"
)


def _paragraph_outlet(doc: Document, unit: _Unit) -> Subject | None:
    """The newspaper a paragraph opens with, which "the paper" or "its editorial" refers to
    in it ("Público leads with the arithmetic. The paper reports that ..."), or None."""
    start = doc.paragraphs[unit.paragraph][0]
    name = _OPENING_NAME.match(doc.text, start, unit.start)
    if name is None or name.group(1) in ("The", "A", "An", "In", "On", "It", "Its"):
        return None
    return Subject("group", name.group(1), start=start)


def _record_holder(doc: Document, start: int, end: int) -> Subject | None:
    """The committee whose meeting's record "according to" names after a remark ("...,
    according to minutes of the March 17-18 meeting"): the last policy committee the article
    names before it, or None."""
    np = ACCORDING_NP.match(doc.text, start, end)
    if np is None or not _MEETING_RECORD_NP.match(np.group(1)):
        return None
    holder = last_match(POLICY_COMMITTEE, doc.text, np.end(1))
    return None if holder is None else Subject("group", holder.group(0), start=holder.start())


# A document in a gazette or on a website, which names no source of its own: "a notice in the
# Federal Register", "a notice on its website".
_GAZETTED = re.compile(
    r"(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:notice|filing|document|order|decree|statement)\s+"
    r"(?:in|on)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}"
    r"(?:Register|Journal|Gazette|website|site)\b"
)


# A document with the one who released it: "a statement the commission released on its
# website", "a statement released by the ministry on Monday" (group 1 or 2: the source).
_RELEASED_BY_SOURCE = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|notice|release|document|filing)\s+"
    r"(?:(?:that\s+)?((?:the\s+)?(?:[\w’'.&-]+\s+){0,5}?[\w’'.&-]+)\s+(?:released|issued|published"
    r"|posted)\b|(?:released|issued|published|posted)\s+(?:[^,]{0,40}?\s)?by\s+"
    r"((?:the\s+)?(?:[\w’'.&-]+\s+){0,5}?[\w’'.&-]+?)(?=\s+(?:on|at|in|late|early|last|this)\b|$))"
)


def _agent_np(doc: Document, segment: str, start: int) -> Subject | None:
    """The agent that ``segment`` (after "by", at ``start``) names: the whole of it, else its
    words up to a comma or an adjunct ("announced by the American president | on July 9 in a
    letter ...")."""
    found = parse_np(segment, start, doc.index)
    if found is None:
        head = _AGENT_PHRASE_END.split(segment, 1)[0]
        found = parse_np(head, start, doc.index) if head != segment else None
    return found


# Where a passive's agent phrase ends: at a comma or an adjunct ("by the American president |
# on July 9 in a letter ...").
_AGENT_PHRASE_END = re.compile(
    r",|\s+(?=(?:on|in|at|last|this|yesterday|today|earlier|late|after|before|during|with|for"
    r"|from|following|amid|over)\s)"
)
# A document the article has named, after "according to": " the statement", " the decree".
_THE_DOCUMENT = re.compile(
    r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:statement|decree|notice|order|release|communiqu[ée]|letter"
    r"|circular|filing|document|proclamation|directive)\b"
)


def according_to(doc: Document, start: int, end: int) -> Subject | None:
    """The source that "according to" names, when it names a person or a body by name:
    "..., according to the Associated Press" is the AP's, whoever the sentence is about.

    None for a document or an unnamed source ("according to the statement", "according to
    people familiar with the matter"): the sentence's subject is then the speaker.
    """
    np = ACCORDING_NP.match(doc.text, start, end)
    if np is None or _GAZETTED.match(np.group(1)):
        return None  # (nor "a notice in the Federal Register": the sentence's subject gazetted it)
    released = _RELEASED_BY_SOURCE.match(np.group(1))
    if released is not None:
        # "according to a statement the commission released on its website": who released it
        at = 1 if released.group(1) else 2
        found = parse_np(released.group(at), np.start(1) + released.start(at), doc.index)
        if found is not None and (
            found.kind == "name"
            or (found.kind == "group" and (found.text[:1].isupper() or found.text in BODY_WORDS))
        ):
            return found
        return None
    document = DOCUMENT_SOURCE.match(np.group(1))
    owned = None if document is not None else OWNED_DOCUMENT.match(np.group(1))
    if document is not None:  # "according to a report from Bloomberg": Bloomberg
        start = np.start(1) + document.end()
        end = np.end(1)
        dated = doc.timexes_within(start, end)
        if dated:  # "... released by the Central Bureau of Statistics | last month"
            end = dated[0].start
        found = parse_np(doc.text[start:end], start, doc.index)
    elif owned is not None:  # "according to a USDA fact sheet": USDA
        found = parse_np(owned.group(1).rstrip(), np.start(1) + owned.start(1), doc.index)
    else:
        found = parse_np(np.group(1), np.start(1), doc.index)
    if found is None or not (
        found.kind == "name" or (found.kind == "group" and found.text[:1].isupper())
    ):
        return None
    return found


def passive_agent(
    doc: Document, unit: _Unit, m_start: int, m_end: int, right: int
) -> Subject | None:
    """The agent of a cue or a stance in the passive, named after "by": "the move was first
    reported by MSNBC", "the bill, opposed by House Republicans, ...", "aides were told by
    administration officials" (a person, a role, a body by name or people by their office;
    None otherwise)."""
    text = doc.text
    by = BY.match(text, m_end, m_end + 8)
    if by is None or not PASSIVE_OR_APPOSITIVE.search(text, max(unit.start, m_start - 20), m_start):
        return None
    np = ACCORDING_NP.match(text, by.end(), right)  # (up to a comma or a full stop)
    if np is None:
        return None
    found = _agent_np(doc, np.group(1), np.start(1))
    if found is None or found.start < 0 or found.kind not in ("name", "group", "role"):
        return None
    if (
        found.kind == "group"
        and not found.text[:1].isupper()
        and found.text.split()[-1].lower().removesuffix("s") not in ROLE_WORDS
    ):
        return None  # (but "were told by administration officials": officials speak)
    if len(WORD.findall(text, by.end(), found.start)) > 3 and not _TITLE_CHAIN.fullmatch(
        text, by.end(), found.start
    ):
        return None  # the agent follows "by" ("by the Senate Republicans"), not a later name
        # (but its titles may come first: "by Minister of Finance and Acting Minister of
        # Economy and Planning Dr. Saad Al-Otaibi")
    return found


# Titles and portfolios in capitals before a name: "Minister of Finance and Acting Minister of
# Economy and Planning Dr. ".
_TITLE_CHAIN = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|and|for|the)\s+)+")


def agent(doc: Document, unit: _Unit, m: re.Match[str]) -> Subject | None:
    """The subject of the scheduled event or act that ``m`` matched in ``unit``."""
    text = doc.text
    left, right = doc.clause_bounds(unit, m.start())
    entry = doc.timeline_head(unit)  # "March 9 (Monday): EU ambassadors endorse ...": the
    if entry is not None and left <= entry.end() <= m.start():  # subject follows the date
        left = entry.end()
    head = text[left : m.start()]
    if m.group(0).split()[0] in NOMINALS:
        # "The president's decision ... to impose": the possessor acts
        phrase = head + text[m.start() : m.end()]
        poss = NAMED_POSSESSOR.search(phrase) or POSSESSOR.search(phrase)
        if poss:
            return find_subject(
                text,
                left + poss.start(1),
                left + poss.end(1),
                left + poss.end(1),
                right,
                doc.index,
            )
    if _ITS_LAST.fullmatch(head):
        # "Its last increase came on Nov. 29": the body "it" is
        return Subject("pronoun", "it", start=left)
    owned = _NEXT_OWNED_EVENT.fullmatch(head)
    if owned is not None:
        # "USDA's next monthly World Agricultural Supply and Demand Estimates report is due out
        # Tuesday": the owner's event, whatever names its title holds
        found = possessor(doc, left + owned.start(1), left + owned.end(1))
        if found is not None:
            return found
    if m.re is SCHEDULED:
        poss = POSSESSIVE_EVENT.fullmatch(head) or MODIFIER_EVENT.fullmatch(head)
        if (
            poss is not None
            and find_subject(text, left, m.start(), m.end(), right, doc.index) is None
        ):
            return possessor(doc, left + poss.start(1), left + poss.end(1))
    if MEASURE_END.search(head) and TALLY.search(m.group(0)):
        return None  # "The House bill went down 54-46": the bill's author is not who voted
    subs = list(SUBORDINATE.finditer(head))
    if subs:  # "The decision came after the Fed raised rates": the last clause's subject
        left += subs[-1].end()
    by = BY.match(text[m.end() : m.end() + 6])
    if by and " be " not in m.group(0):  # passive: "introduced by Sen. Tim Kaine" (but "is
        # due to be questioned by MPs" is the appearance of the one questioned)
        start = m.end() + by.end()
        first = text[start:right].split(",", 1)[0]
        # (not "signed by 11 colleagues, asking Secretary Bo Diaz to ...": no name after "by";
        # not "extended by 90 days a licence that lets US firms service Huawei": an amount)
        named = _has_capital(first) and _AMOUNT.match(first) is None
        found = _agent_np(doc, text[start:right], start) if named else None
        if found is not None:
            return found
        seat = first.split(None, 1)[0].rstrip(".;") if first.strip() else ""
        if seat in SEATS_OF_GOVERNMENT:  # "were introduced by Brussels on 2 May": the EU's
            return Subject("group", seat, start=start)
    made = _MADE_BY.search(text, left, m.start())
    if made is not None:
        # "The rule, published in the Federal Register on Monday by the Commerce Department,
        # takes effect ...": who made the measure, not the place it was published in
        segment = text[made.end() : m.start()].split(",", 1)[0].split("(", 1)[0]
        found = parse_np(segment, made.end(), doc.index) if _has_capital(segment) else None
        if found is not None and found.kind in ("name", "group"):
            return found
    return find_subject(text, left, m.start(), m.end(), right, doc.index)


# A body's last move by its possessive pronoun: "Its last | increase came on Nov. 29".
_ITS_LAST = re.compile(r"\s*(?:Its|Their)\s+last\s+")
# A body's next event by its possessive, however long its title: "USDA's next monthly World
# Agricultural Supply and Demand Estimates report ".
_NEXT_OWNED_EVENT = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w&.+-]*\s+){0,3}[A-Z][\w&.+-]*)['’]s\s+next\s+(?:[\w+-]+\s+){1,10}"
)


# An amount after "by": "by 90 days", "by a quarter point", "by half", "by another 25 basis
# points".
_AMOUNT = re.compile(
    r"\s*(?:[$£€¥]?\d|(?:a|one)\s+(?:quarter|half|third|further|percentage|point|full)\b"
    r"|half\b|another\b|nearly\b|about\b|almost\b|roughly\b|some\s+\d|up\s+to\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty)\b)"
)
# A meeting's record as a source: "minutes of the March meeting", "the accounts of ...".
_MEETING_RECORD_NP = re.compile(r"(?:the\s+)?(?:minutes|accounts|record)\s+of\b")


# A participle of a measure's making with its agent, in the subject of its event: ", issued
# on Monday by ", ", published in the Federal Register by ".
_MADE_BY = re.compile(
    r",\s+(?:(?:first|formally|jointly)\s+)?(?:published|issued|released|announced|imposed"
    r"|adopted|approved|signed|proposed|introduced|unveiled|set)\b[^,;()]{0,80}?\bby\s+"
    r"(?:the\s+)?"
)


def _has_capital(phrase: str) -> bool:
    """Whether ``phrase`` holds a capital letter (a name may be in it)."""
    return any(c.isupper() for c in phrase)


def possessor(doc: Document, start: int, end: int) -> Subject | None:
    """The possessor ``text[start:end]`` of an event as its agent: a name or a body."""
    word = doc.text[start:end]
    if word.islower():  # "the council's", "the central bank's": a body named before
        last = word.split()[-1]
        if BODY_WORD.fullmatch(last) is None:
            return None
        return Subject("group", last, start=end - len(last))
    if word.split()[0] in CALENDAR_WORDS or doc.timexes_within(start, end):
        return None  # "The next Monday meeting": a date, not an agent
    return parse_np(word, start, doc.index) or Subject("group", word, start=start)
