"""Stage ``units``: cut the article into the units that may each become a statement.

**Units.** The text is cut into paragraphs and sentences (:mod:`toolkit.text.quotes`). A
paragraph that opens with a quotation mark is one unit (the quote, its attribution and the
quote's continuation); other paragraphs give one unit per sentence. A sentence is cut again
at ", and", ", but" or "while" when a second subject with its own cue, stance or act follows:
", and he said ..." starts a statement ("Grekov warned two days ago that ..., and the Kremlin
said today that ..." gives two; so does "Ruiz accuses Diaz of ... while Diaz suggests ..."),
a list of names ("Ron Wyden, ..., and one Republican, Rand Paul, plans to") does not.

Sets ``start``, ``end``, ``paragraph``, ``quote_paragraph`` and ``head_clause`` (the first
clause of the unit's sentence, for the later clauses of a cut sentence) of new units; reads
nothing of the units it is given (it makes the list).
"""

from __future__ import annotations

import bisect

from toolkit.text.document import Document, _Unit, in_quote
from toolkit.text.patterns import ACTION, AND_CLAUSE, CLAUSE_SUBJECT, STANCE, WORD
from toolkit.text.quotes import Quote, split_sentences
from toolkit.text.speakers import CUE


def split_units(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """The units of ``doc``, in text order (``units`` is ignored: this is the first stage)."""
    text = doc.text
    out: list[_Unit] = []
    by_paragraph: dict[int, list[Quote]] = {}
    for q in doc.quotes:
        by_paragraph.setdefault(q.paragraph, []).append(q)
    for pi, (ps, pe) in enumerate(doc.paragraphs):
        local = by_paragraph.get(pi, [])
        if local and local[0].start == ps:
            out.append(_Unit(ps, pe, pi, True))
            continue
        for s, e in split_sentences(text, ps, pe, local):
            head: _Unit | None = None
            for cs, ce in _clauses(doc, s, e):
                out.append(_Unit(cs, ce, pi, False, head_clause=head))
                head = head or out[-1]
    return out


def _clauses(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence at ", and" when a second subject with its own verb follows."""
    text = doc.text
    i = bisect.bisect_left(doc.and_starts, start)
    if i == len(doc.and_starts) or doc.and_starts[i] >= end:
        return [(start, end)]  # no ", and" in the sentence
    out: list[tuple[int, int]] = []
    s = start
    for m in AND_CLAUSE.finditer(text, start, end):
        if (
            in_quote(m.start(), doc.quotes, doc.quote_starts)
            or len(WORD.findall(text, s, m.start())) < 6
        ):
            continue
        subj = CLAUSE_SUBJECT.match(text, m.end())
        if subj is None:
            continue
        verb = subj.end()
        if not (
            CUE.match(text, verb)
            or STANCE.match(text, verb)
            or (not subj.group(0).startswith(("he ", "she ")) and ACTION.match(text, verb))
        ):
            continue  # ", and he said ...": a pronoun starts a clause of its own with a cue
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return out
