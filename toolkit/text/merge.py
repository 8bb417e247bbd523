"""Stage ``merge``: units that make one statement together.

**Merge.** Consecutive units of one paragraph with the same speaker and kind (paraphrase,
action or scheduled), where the later one has no date of its own, become one statement,
unless the later one is in the present perfect and the earlier not ("Diaz said on Monday
... She has long argued ..." are two: the second tells no occasion). A
quotation that runs over several paragraphs, each opening with a quotation mark and with the
same speaker, is one quote; so is a quote and the sentences of its paragraph that continue
it ("“...,” he said. “More of the same quote.”", found by :mod:`toolkit.text.kinds`).

Reads ``runs_to``, ``paragraph``, ``quote_paragraph``, ``kind``, ``speaker``, ``timex`` and
``generic``;
sets ``end``, ``paragraph`` (of a quote, its last paragraph) and ``parts`` (the spans merged
into the statement, in order). Returns the merged statements.
"""

from __future__ import annotations

from toolkit.text.document import Document, _Unit
from toolkit.text.referents import same_speaker


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
        ):
            prev.parts.append((u.start, u.end))
            prev.end = u.end
            continue
        u.parts = [(u.start, u.end)]
        out.append(u)
    return out
