"""Stage ``merge``: units that make one statement together.

**Merge.** Consecutive units of one paragraph with the same speaker and kind (paraphrase,
action or scheduled), where the later one has no date of its own, become one statement,
unless the later one is in the present perfect and the earlier not ("Diaz said on Monday
... She has long argued ..." are two: the second tells no occasion), or the later one reports
a saying of its own after a saying ("Diaz said ... She added that ...", "He also said ...",
"He warned that ..."; not after a stance, "rejected the idea that ... She said ...", nor
when it opens by contrast, "But he added ...", or holds a view in the present, "He says
..."): two sayings are two statements, the second of the first's occasion. A
quotation that runs over several paragraphs, each opening with a quotation mark and with the
same speaker, is one quote; so is a quote and the sentences of its paragraph that continue
it ("“...,” he said. “More of the same quote.”", found by :mod:`toolkit.text.kinds`).

Reads ``runs_to``, ``paragraph``, ``quote_paragraph``, ``kind``, ``speaker``, ``timex`` and
``generic``;
sets ``end``, ``paragraph`` (of a quote, its last paragraph) and ``parts`` (the spans merged
into the statement, in order). Returns the merged statements.
"""

from __future__ import annotations

import re

from toolkit.text.document import Document, _Unit
from toolkit.text.referents import same_speaker
from toolkit.text.speakers import FORECAST_REVISION

# a sentence that goes on from the one before by contrast ("But he implied ...")
_CONTRAST = re.compile(r"(?:But|Yet|Still|However|Though|Although)\b")
_SAYING = re.compile(
    r"(?:said|told|wrote|added|noted|stated|warned|replied|answered|explained|stressed|repeated"
    r"|reiterated|responded|insisted|argued|cautioned|emphasized|predicted|laid\s+out|set\s+out"
    r"|outlined)\b"
)
_PRESENT_CUE = re.compile(r"[a-z]+[^s\W]s\b")  # "says", "argues": a view, no occasion


def _reported_again(doc: Document, prev: _Unit, u: _Unit) -> bool:
    """Whether ``u`` reports a new saying of its own after ``prev`` reported one: ``prev``'s
    cue a verb of saying, ``u``'s a cue in the past, in a sentence that does not open by
    contrast ("She said ... He added that ...", "He also said ...").

    After a cue of stance ("rejected the idea that ...") the next "She said ..." gives what
    was said, one statement; so does a present "says" (a view, no occasion).
    """
    text = doc.text
    if u.verb_pos < u.start or _CONTRAST.match(text, u.start):
        return False
    if prev.verb_pos < 0 or not (
        _SAYING.match(text, prev.verb_pos)
        or (FORECAST_REVISION.match(text, prev.verb_pos) and not u.shares_subject)
    ):
        return False  # (a forecast revised is a saying too: "The watchdog cut its growth
        # forecast ... The watchdog said the measures ..."; but "The bank raised its forecast
        # ..., and said it now expected ..." is one statement)
    return _PRESENT_CUE.match(text, u.verb_pos) is None


def merge_units(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Merge consecutive units that make one statement (see the module docstring)."""
    for u in units:
        if u.runs_to >= 0:
            u.end = u.runs_to  # a quote continued by the next sentences of its paragraph
    out: list[_Unit] = []
    by_start = {q.start: q for q in doc.quotes}
    quoted = {(q.group, q.paragraph) for q in doc.quotes}  # where each quote has parts
    for u in units:
        prev = out[-1] if out else None
        first = by_start.get(u.start) if u.quote_paragraph else None
        if (
            prev is not None
            and first is not None
            and prev.paragraph == u.paragraph - 1
            and prev.kind == "quote"
            and same_speaker(prev.speaker, u.speaker)
            and (first.group, prev.paragraph) in quoted
        ):
            prev.parts.append((u.start, u.end))
            prev.end = u.end  # a quote running over several paragraphs
            prev.paragraph = u.paragraph
            continue
        if (
            prev is not None
            and prev.paragraph == u.paragraph
            and not u.quote_paragraph
            and not prev.quote_paragraph
            and prev.kind == u.kind
            and prev.kind in ("paraphrase", "action", "scheduled")
            and u.speaker is not None
            and same_speaker(prev.speaker, u.speaker)
            and u.timex is None
            and (prev.generic or not u.generic)  # ("has long argued": no occasion to share)
            and not (u.kind == "paraphrase" and _reported_again(doc, prev, u))
        ):
            prev.parts.append((u.start, u.end))
            prev.end = u.end
            continue
        u.parts = [(u.start, u.end)]
        out.append(u)
    return out
