"""Paragraphs, quotations and sentences of a news text, as character spans.

Quotation marks may be curly (“ ”, « », „) or straight ("). A straight mark opens a quote when
it follows a space, the paragraph start or an opening bracket/dash, and closes one otherwise.
A quote left open at the end of its paragraph continues into the next paragraph when that
paragraph starts with an opening mark (the news convention for quotes that run over several
paragraphs); otherwise it ends with its paragraph, so an unbalanced mark never swallows the rest
of the article.

Sentences are split on ``.``, ``!`` and ``?`` followed by a capitalised word, except after
titles and abbreviations ("Sen.", "Reps.", "Dr.", "U.S.", "Apr."), party-state tags ("D-N.Y."),
initials ("Michael D. Crapo") and inside quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_paragraphs", "find_quotes", "split_sentences"]

_OPENERS = "“«„"
_CLOSERS = "”»"
_QUOTE_CHARS = re.compile(r"[“”«»„\"]")
_PARAGRAPH = re.compile(r"[^\n]+")
# (The first punctuation mark is spelled out, which lets the regular expression engine skip
# to the next one; ``[.!?…][.!?…]*`` matches as ``[.!?…]+`` does.)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*)([”\"’)\]]*)(\s+)(?=[“\"‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    """sen sens rep reps gov govs dr mr mrs ms messrs prof gen lt col maj capt sgt adm cmdr
    st jr sr inc corp co ltd llc no nos vs v etc approx dept est fig jan feb mar apr jun jul aug
    sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun pres sec amb atty rev hon
    ft mt gens ave blvd univ assn bros""".split()
)
_AFTER_ACRONYM_STARTERS = frozenset(
    """He She It They We I The But And This That These Those A An In On At As Its Their His Her
    Our Still Yet So Now Meanwhile However Then There""".split()
)
_CUE_AFTER = re.compile(
    r"\s*(?:(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*|he|she|they|it)\s+(?:\w+ly\s+)?"
    r"(?:said|says|asked|asks|wrote|writes|added|told|tweeted|posted|continued|replied)\b"
)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``text[start:end]`` includes the marks, ``inner_start:inner_end`` not.

    ``group`` is shared by the parts of a quote that runs over several paragraphs;
    ``closed`` is False when the closing mark is missing.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    group: int
    closed: bool


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, with surrounding whitespace removed."""
    out: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_opening_straight(text: str, i: int, start: int, end: int) -> bool:
    before_ok = i == start or text[i - 1].isspace() or text[i - 1] in "([{—–-/"
    after_ok = i + 1 < end and not text[i + 1].isspace()
    return before_ok and after_ok


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Find the quotations of each paragraph (see the module docstring for the rules)."""
    quotes: list[Quote] = []
    group = -1
    carried = False
    for index, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        starts_with_opener = text[ps] in _OPENERS or (
            text[ps] == '"' and _is_opening_straight(text, ps, ps, pe)
        )
        continuing = carried and starts_with_opener
        carried = False
        for m in _QUOTE_CHARS.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            if ch == '"':
                is_open = open_at is None and _is_opening_straight(text, i, ps, pe)
                is_close = open_at is not None
            else:
                is_open = ch in _OPENERS
                is_close = ch in _CLOSERS
            if is_open:
                if open_at is not None:  # an unclosed quote: end it where the next one opens
                    quotes.append(Quote(open_at, i, open_at + 1, i, index, group, False))
                if not (continuing and i == ps):
                    group += 1
                open_at = i
            elif is_close and open_at is not None:
                quotes.append(Quote(open_at, i + 1, open_at + 1, i, index, group, True))
                open_at = None
        if open_at is not None:
            quotes.append(Quote(open_at, pe, open_at + 1, pe, index, group, False))
            carried = True
    return quotes


# The word before a full stop, and the word after a sentence boundary.
_LAST_WORD = re.compile(r"([\w.’'-]+)$")
_NEXT_WORD = re.compile(r"[“\"‘(\[]?([\w’']+)")


def _inside_quote(pos: int, quotes: list[Quote]) -> Quote | None:
    for q in quotes:
        if q.inner_start <= pos < q.inner_end:
            return q
        if q.start > pos:
            break
    return None


def split_sentences(text: str, start: int, end: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph) into sentence spans.

    Parameters
    ----------
    text
        The whole text.
    start, end
        The paragraph span.
    quotes
        The quotations of the text (from :func:`find_quotes`), in text order.

    Returns
    -------
    list of (start, end)
    """
    local = [q for q in quotes if q.end > start and q.start < end]
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct_pos = m.start(1)
        closing = m.group(2)
        boundary = m.start(3)
        q = _inside_quote(punct_pos, local)
        if q is not None:
            if not q.closed or q.end > boundary:
                continue  # a sentence end inside a quotation
            if text[m.end(1) - 1] in "?!" or text[q.end - 2 : q.end - 1] == ",":
                if _CUE_AFTER.match(text, m.end(3)):
                    continue  # “...?” she asked.
        elif m.group(1) == "." and not closing:
            word_match = _LAST_WORD.search(text[max(s, punct_pos - 30) : punct_pos])
            word = word_match.group(1) if word_match else ""
            bare = word.rsplit("-", 1)[-1].lower()
            if bare in _ABBREVIATIONS:
                continue
            if len(word) == 1 and word.isupper():
                continue  # an initial: Michael D. Crapo
            if "." in word:  # U.S. / D-N.Y. / a.m.
                nxt = _NEXT_WORD.match(text[m.end(3) : m.end(3) + 40])
                if (
                    nxt
                    and nxt.group(1) not in _AFTER_ACRONYM_STARTERS
                    and not word.endswith(("m.", "M."))
                ):
                    continue
        out.append((s, boundary))
        s = m.end(3)
    if s < end:
        out.append((s, end))
    return out
