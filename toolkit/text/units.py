"""Stage ``units``: cut the article into the units that may each become a statement.

**Units.** The text is cut into paragraphs and sentences (:mod:`toolkit.text.quotes`). A
paragraph that opens with a quotation mark is one unit (the quote, its attribution and the
quote's continuation) up to a sentence that opens outside quotation marks with a speech cue of
its own after the attribution ("“...,” Diaz said on Wednesday. He said the panel would vote
next week.": the second sentence and the rest are units of their own); other paragraphs give
one unit per sentence. A sentence is cut again
at ", and", ", but" or "while" when a second subject with its own cue, stance or act follows:
", and he said ..." starts a statement ("Grekov warned two days ago that ..., and the Kremlin
said today that ..." gives two; so does "Ruiz accuses Diaz of ... while Diaz suggests ..."),
a list of names ("Ron Wyden, ..., and one Republican, Rand Paul, plans to") does not; a
role and a name in commas with a cue is a subject too (", and its chair, Ana Ruiz, said"). A
market line after ", and" or "while" is a unit of its own when it may tell another session:
in the past perfect or with a time expression of its own ("..., while European car stocks
had already tumbled on Monday", "..., and futures on Friday afternoon priced a 60%
chance"); "The S&P 500 fell 2.7%, and the Nasdaq slid 3.6%" stays one. A semicolon outside
quotations between two clauses of five words or more cuts the sentence too ("The council next
meets on 29 October; its projections are due in December"), unless "and", "or" or "but"
follows it (a list).

An announced event in a relative clause is a unit of its own, from the noun phrase it is
about: "... to send the plan to the full council, which is scheduled to vote next Tuesday"
gives "the full council, which is scheduled to vote next Tuesday".

Sets ``start``, ``end``, ``paragraph``, ``quote_paragraph`` and ``head_clause`` (the first
clause of the unit's sentence, for the later clauses of a cut sentence) of new units; reads
nothing of the units it is given (it makes the list).
"""

from __future__ import annotations

import bisect
import re

from toolkit.text.document import Document, _Unit, in_quote
from toolkit.text.patterns import (
    ACTION,
    AND_CLAUSE,
    CLAUSE_BREAK,
    CLAUSE_GROUP_SUBJECT,
    CLAUSE_PRONOUN,
    CLAUSE_SUBJECT,
    EDITORS_LABEL,
    FUTURE_ACT,
    GROUP_EVENT,
    LABELLED_CUE,
    MARKET_CLAUSE,
    MUST_BY,
    NUMBERED_ITEM,
    NUMBERED_LEAD,
    PAST_PERFECT,
    PRESENT_EVENT,
    QUOTE_THEN_CLAUSE,
    RELATIVE_EVENT,
    ROLE_CLAUSE,
    RUN_IN_LABEL,
    SHARED_CUE,
    SIGNATURE_LINE,
    STANCE,
    WORD,
    label_line,
)
from toolkit.text.quotes import DOUBLED_MARKS, Quote, split_sentences
from toolkit.text.speakers import CUE

_QUOTE_OPENERS = "“\"‘'«„"


def split_units(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """The units of ``doc``, in text order (``units`` is ignored: this is the first stage)."""
    text = doc.text
    out: list[_Unit] = []
    by_paragraph: dict[int, list[Quote]] = {}
    for q in doc.quotes:
        by_paragraph.setdefault(q.paragraph, []).append(q)
    signed_to = -1  # the end of a signature line joined to the quotation above it
    posted_from = -1  # the start of a post's label joined to the quotation under it
    for pi, (ps, pe) in enumerate(doc.paragraphs):
        local = by_paragraph.get(pi, [])
        if _post_label(doc, pi, by_paragraph):
            posted_from = ps  # "Office of the Prime Minister (@PrimatureRwanda), 9:31 p.m.:"
            continue
        if posted_from >= 0 and not (local and local[0].start == ps):
            out.append(_Unit(posted_from, pe, pi, False))  # the label over "Said ..."
            posted_from = -1
            continue
        sentences: list[tuple[int, int]] | None = None
        if local and local[0].start == ps:
            sentences = split_sentences(text, ps, pe, local)
            own = _own_statement(doc, sentences)
            end = sentences[own - 1][1] if own else pe
            if not own and local[-1].end >= pe - 1:
                signed_to = _signature_end(doc, pi + 1)
                end = max(end, signed_to)
            start = posted_from if posted_from >= 0 else ps
            posted_from = -1
            out.append(_Unit(start, end, pi, True))
            if not own:
                continue
            sentences = sentences[own:]
        if signed_to > ps:
            sentences = [(s, e) for s, e in split_sentences(text, ps, pe, local) if s >= signed_to]
            if not sentences:
                continue
        numbered = NUMBERED_ITEM.match(text, ps)
        for s, e in _semicolon_clauses(doc, sentences or split_sentences(text, ps, pe, local)):
            if numbered is not None and s == numbered.end():
                lead = NUMBERED_LEAD.match(text, s, e)
                if lead is not None:
                    s = lead.end()  # "1. Petrol up at midnight — Motorists will pay ..."
            elif numbered is not None and s < numbered.end():
                continue  # the item's number
            if s == ps:
                # (every label ends with a colon among the sentence's first words)
                colon = text.find(":", s, min(e, s + _LABEL_REACH)) >= 0
                label = RUN_IN_LABEL.match(text, s, e) if colon else None
                # "Where it stands: The committee backed ...": no subject; but "The statement
                # read: “...”" introduces a quotation
                if label is not None and not CUE.search(text, s, label.end()):
                    s = label.end()
                editors = EDITORS_LABEL.match(text, s, e)
                if editors is not None:  # "[Update, Friday, July 14: The board ...", "[19:05] ..."
                    s = editors.end()
            head: _Unit | None = None
            shared: set[int] = set()
            for cs, ce in _relative_event(doc, s, e, shared):
                out.append(_Unit(cs, ce, pi, False, head_clause=head))
                out[-1].shares_subject = cs in shared
                head = head or out[-1]
    return out


# How far into a sentence the colon of a run-in label may stand (ten words and more).
_LABEL_REACH = 160


def _post_label(doc: Document, pi: int, by_paragraph: dict[int, list[Quote]]) -> bool:
    """Whether paragraph ``pi`` is a label whose statement makes the next paragraph: a
    social-media post's ("Ana Ruiz (@AnaRuizMP), 3:30 p.m.:" over "“...”"), as a compilation
    of posts prints them, or a speaker's in capitals ("* EU TRADE COMMISSIONER ANA RUIZ, on
    Monday:" over a quotation or "Said ..."), as a wire's key-quotes sidebar does."""
    if pi + 1 >= len(doc.paragraphs):
        return False
    ps, pe = doc.paragraphs[pi]
    if doc.text[pe - 1] != ":" or label_line(doc.text, ps) is None:
        return False
    nxt = by_paragraph.get(pi + 1, [])
    ns, ne = doc.paragraphs[pi + 1]
    if nxt and nxt[0].start == ns and nxt[-1].end >= ne - 1:
        return True
    return LABELLED_CUE.match(doc.text, ns) is not None


def _signature_end(doc: Document, pi: int) -> int:
    """The end of the first sentence of paragraph ``pi`` when it is a signature line that
    attributes the quotation of the paragraph before it ("— Ana Ruiz, finance minister, on
    Tuesday", as a round-up of the week's quotes prints them); else -1."""
    if pi >= len(doc.paragraphs):
        return -1
    ps, pe = doc.paragraphs[pi]
    if SIGNATURE_LINE.match(doc.text, ps, pe) is None:
        return -1
    return split_sentences(doc.text, ps, pe, doc.quotes_within(ps, pe))[0][1]


def _semicolon_clauses(doc: Document, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each cut at a semicolon outside quotations that joins two clauses of
    five words or more ("The council next sets rates on 29 October; its next projections are
    due in December": two statements, each with its own date)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        cut = text.find("; ", s, e)
        while cut >= 0:
            rest = text[cut + 2 : e]
            if (
                not in_quote(cut, doc.quotes, doc.quote_starts)
                and len(WORD.findall(text, s, cut)) >= 5
                and len(WORD.findall(rest)) >= 5
                and not rest.startswith(("and ", "or ", "but "))
            ):
                out.append((s, cut + 1))
                s = cut + 2
            cut = text.find("; ", cut + 2, e)
        out.append((s, e))
    return out


def _own_statement(doc: Document, sentences: list[tuple[int, int]]) -> int:
    """The first sentence of a paragraph that opens with a quotation that is a statement of
    its own, or 0: one that opens outside quotation marks and has a speech cue outside them,
    after sentences whose own cue attributed the quotation ("“...,” Mr. Diaz said on
    Wednesday. He said the committee would vote next week." gives the quotation, then a
    paraphrase; "“...,” she said. “More of it.”" stays one quotation)."""
    text = doc.text
    attributed = False
    for k, (s, e) in enumerate(sentences):
        cued = bool(doc.outside(CUE, s, e))
        if (
            k > 0
            and attributed
            and (cued or _dated_event(doc, s, e))
            and text[s] not in _QUOTE_OPENERS
            and not text.startswith(DOUBLED_MARKS, s)
        ):
            return k
        attributed = attributed or cued
    return 0


def _dated_event(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells a dated event or act outside quotation marks: "“...,”
    Ngwenya told reporters. The union's central committee meets on Saturday to set the date of
    the strike." (a statement of its own after the quotation's attribution)."""
    text = doc.text
    if _PRONOUN_OPENING.match(text, start) or not doc.timexes_within(start, end):
        return False  # ("She expects the bank to resume cutting in August.": her view)
    for pattern in (PRESENT_EVENT, FUTURE_ACT):
        for m in doc.outside(pattern, start, end):
            # a body that holds it, by name or as someone's ("The union's central committee"),
            # not the quotation's own topic ("The vote is in July.")
            if _NAMED_HOLDER.search(text, start, m.start()):
                return True
    return False


# A possessive or a capitalised word after the first in a sentence's subject.
_NAMED_HOLDER = re.compile(r"['’]s\s|\s[A-Z]")


_PRONOUN_OPENING = re.compile(r"(?:He|She|They|It|We|I)\s")


def _relative_event(
    doc: Document, start: int, end: int, shared: set[int]
) -> list[tuple[int, int]]:
    """The clauses of a sentence, with an announced event in a relative clause set apart
    from its noun phrase on ("The committee voted to send the plan to the full council,
    which is scheduled to vote next Tuesday": the council's vote is a statement of its own).
    """
    text = doc.text
    cut = text.find(", which", start, end)
    m = RELATIVE_EVENT.search(text, max(start, cut - 60), end) if cut >= 0 else None
    if m is None or len(WORD.findall(text, start, m.start())) < 6:
        return _after_quotation(doc, start, end, shared)
    return [*_after_quotation(doc, start, m.start(), shared), (m.start(), end)]


def _after_quotation(
    doc: Document, start: int, end: int, shared: set[int]
) -> list[tuple[int, int]]:
    """The clauses of a sentence (:func:`_clauses`), cut first where a quotation closes on
    ",” and" or ",” but" before a second verb of speech: "... said Canada “will not negotiate
    under threat,” but added that talks would resume" (the same speaker: its start goes into
    ``shared``), "...,” and he told us he would object" (a pronoun or a name with its cue)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    s = start
    for m in QUOTE_THEN_CLAUSE.finditer(text, start, end):
        if len(WORD.findall(text, s, m.start())) < 6 or len(WORD.findall(text, m.end(), end)) < 4:
            continue
        if SHARED_CUE.match(text, m.end()):
            shared.add(m.end())
        elif not (
            (subj := CLAUSE_PRONOUN.match(text, m.end()) or CLAUSE_SUBJECT.match(text, m.end()))
            and CUE.match(text, subj.end())
        ):
            continue  # (",” and New York Fed President Ana Ruiz said ...": a clause too)
        out.extend(_clauses(doc, s, m.start() + 2, shared))
        s = m.end()
    out.extend(_clauses(doc, s, end, shared))
    return out


def _is_while(text: str, m: re.Match[str]) -> bool:
    """Whether the break ``m`` of ``CLAUSE_BREAK`` is "while", not ", and" or ", but"."""
    return text[m.start() : m.end()].lstrip(", ").startswith("while")


def _group_event(doc: Document, m: re.Match[str], end: int) -> bool:
    """Whether the break ``m`` (", and", ", but") opens a clause whose subject is people by a
    plural noun or a body's minutes and whose verb announces a dated event: "..., and leaders
    are expected to discuss the package at the summit on 19-20 March"."""
    text = doc.text
    if _is_while(text, m):
        return False
    subj = CLAUSE_GROUP_SUBJECT.match(text, m.end(), end)
    if subj is None or GROUP_EVENT.match(text, subj.end(), end) is None:
        return False
    return bool(doc.timexes_within(subj.end(), end))


def _shared_cue(doc: Document, m: re.Match[str], end: int) -> bool:
    """Whether the break ``m`` (", and", ", but") opens a verb of speech with no subject of
    its own and a clause of its own after it: "..., but stressed that ...", "..., and added
    that talks would resume" (the subject is the sentence's)."""
    text = doc.text
    if _is_while(text, m):
        return False
    cue = SHARED_CUE.match(text, m.end(), end)
    return cue is not None and len(WORD.findall(text, cue.end(), end)) >= 4


def _shared_act(doc: Document, m: re.Match[str], start: int, end: int) -> bool:
    """Whether the break ``m`` (", and") opens a second act of the first clause's subject
    with a date of its own, the first clause dated too: "Microsoft signed an agreement in
    December ..., and struck similar deals with cloud providers in February" (two acts)."""
    text = doc.text
    return (
        text.startswith(",", m.start())
        and ACTION.match(text, m.end(), end) is not None
        and bool(doc.timexes_within(m.end(), end))
        and bool(doc.timexes_within(start, m.start()))
    )


# The auxiliary of a perfect before a second clause's verb of speech: "has said", "have also
# warned".
_PERFECT_AUX = re.compile(r"(?:has|have|had)\s+(?:also\s+|already\s+|long\s+|repeatedly\s+)?")


def _clauses(doc: Document, start: int, end: int, shared: set[int]) -> list[tuple[int, int]]:
    """Split a sentence at ", and" when a second subject with its own verb follows, or a
    verb of speech that shares the first clause's subject (its start goes into ``shared``)."""
    text = doc.text
    i = bisect.bisect_left(doc.and_starts, start)
    if i == len(doc.and_starts) or doc.and_starts[i] >= end:
        return [(start, end)]  # no ", and" in the sentence
    out: list[tuple[int, int]] = []
    s = start
    for m in CLAUSE_BREAK.finditer(text, start, end):
        if (
            in_quote(m.start(), doc.quotes, doc.quote_starts)
            or len(WORD.findall(text, s, m.start())) < 6
        ):
            continue
        market = MARKET_CLAUSE.match(text, m.end(), end)
        if market is not None and (
            PAST_PERFECT.match(text, market.start(1)) or doc.timexes_within(m.end(), end)
        ):
            out.append((s, m.start()))  # "..., while European stocks had already tumbled"
            s = m.end()
            continue
        if _shared_cue(doc, m, end):
            out.append((s, m.start()))  # "..., but stressed that there was no preset pace"
            shared.add(m.end())
            s = m.end()
            continue
        if _shared_act(doc, m, s, end):
            out.append((s, m.start()))  # "... in December, and struck similar deals in February"
            shared.add(m.end())
            s = m.end()
            continue
        role = ROLE_CLAUSE.match(text, m.end(), end)
        if role is not None and (
            CUE.match(text, role.end())
            or ("spokes" in role.group(0) and STANCE.match(text, role.end()))
        ):
            # "..., and its chair, Daniel Ashcombe, said ...", "..., and a spokesperson for Gov.
            # Ana Ruiz called ..."
            out.append((s, m.start()))
            s = m.end()
            continue
        if AND_CLAUSE.match(text, m.start()) is None:
            if _group_event(doc, m, end):
                out.append((s, m.start()))  # "..., and leaders are expected to discuss ..."
                s = m.end()
            continue
        subj = CLAUSE_SUBJECT.match(text, m.end())
        if subj is None:
            continue
        verb = subj.end()
        # ", and the White House has said ...", ", and he has said repeatedly ..." (but not
        # ", and he has called ...": a pronoun's perfect stance tells what one is known for)
        perfect = _PERFECT_AUX.match(text, verb)
        said = perfect.end() if perfect is not None else verb
        pronoun = subj.group(0).startswith(("he ", "she "))
        if not (
            CUE.match(text, said)
            or STANCE.match(text, verb if pronoun else said)
            or (not pronoun and ACTION.match(text, verb))
            or FUTURE_ACT.match(text, verb)  # ", and Tanabe is expected to travel ..."
            or (
                PRESENT_EVENT.match(text, verb)  # ", and the MPC meets next on Dec. 3"
                and doc.timexes_within(verb, end)
            )
            or (
                MUST_BY.match(text, verb)  # ", and Congress must vote on them by Dec. 23"
                and doc.timexes_within(verb, end)
            )
        ):
            continue  # ", and he said ...": a pronoun starts a clause of its own with a cue
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return out
