"""Paragraphs, quotations and sentences of a news text, as character spans.

Quotation marks may be curly (“ ”, « », „), straight (") or doubled apostrophes, as some
newspapers and wires print them (''...'', ``...''). A text with no double marks at all may mark
its quotations with single ones ('...' or ‘...’, as British newspapers do): a single mark opens
a quotation after a space and before a letter, and closes it before a space or a punctuation
mark, unless it is a word's apostrophe ("it's", "the workers' pay"). A straight mark (and a doubled apostrophe)
opens a quote when it follows a space, the paragraph start or an opening bracket/dash, and
closes one otherwise; a doubled backquote always opens one.
A quote left open at the end of its paragraph continues into the next paragraph when that
paragraph starts with an opening mark (the news convention for quotes that run over several
paragraphs); otherwise it ends with its paragraph, so an unbalanced mark never swallows the rest
of the article.

Sentences are split on ``.``, ``!`` and ``?`` followed by a capitalised word, except after
titles and abbreviations ("Sen.", "Reps.", "Dr.", "U.S.", "Apr."), party-state tags ("D-N.Y."),
initials ("Michael D. Crapo") and inside quotations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["Quote", "find_paragraphs", "find_quotes", "split_sentences"]

_OPENERS = "“«„"
#: Quotation marks printed as doubled apostrophes or backquotes (''...'', ``...'').
DOUBLED_MARKS = ("''", "``")
_CLOSERS = "”»"
# (three apostrophes are a single closing mark and a doubled one, or the reverse)
_QUOTE_CHARS = re.compile(r"[“”«»„\"]|``|'?''")
_QUOTE_CHARS_SINGLE = re.compile(r"[“”«»„\"]")  # for a text without doubled marks
_PARAGRAPH = re.compile(r"[^\n]+")
# (The first punctuation mark is spelled out, which lets the regular expression engine skip
# to the next one; ``[.!?…][.!?…]*`` matches as ``[.!?…]+`` does.)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*)([”\"’')\]]*)(\s+)(?=(?:[“\"‘'(\[]|''|``)?[A-Z0-9À-ÖØ-ÞĀ-Ž])")
_ABBREVIATIONS = frozenset(
    """sen sens rep reps gov govs dr mr mrs ms messrs prof gen lt col maj capt sgt adm cmdr
    st jr sr inc corp co ltd llc no nos vs v etc approx dept est fig jan feb mar apr jun jul aug
    sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun pres sec amb atty rev hon
    ft mt gens ave blvd univ assn bros rs""".split()
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
    before_ok = i == start or text[i - 1].isspace() or text[i - 1] in "([{—–-/:"
    after_ok = i + 1 < end and not text[i + 1].isspace()
    return before_ok and after_ok


def _opens_doubled(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether the apostrophes ``m`` open a quote: after a space (or the paragraph start, an
    opening bracket or dash) and before a word."""
    i, j = m.start(), m.end()
    before_ok = i == start or text[i - 1].isspace() or text[i - 1] in "([{—–-/"
    return before_ok and j < end and not text[j].isspace()


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Find the quotations of each paragraph (see the module docstring for the rules)."""
    doubled = "''" in text or "``" in text
    if not doubled and _QUOTE_CHARS_SINGLE.search(text) is None and ("'" in text or "‘" in text):
        return _single_quotes(text, paragraphs)
    marks = _QUOTE_CHARS if doubled else _QUOTE_CHARS_SINGLE
    quotes: list[Quote] = []
    group = -1
    carried = False
    for index, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        starts_with_opener = (
            text[ps] in _OPENERS
            or (text[ps] == '"' and _is_opening_straight(text, ps, ps, pe))
            or (text.startswith(DOUBLED_MARKS, ps) and _is_opening_straight(text, ps + 1, ps, pe))
        )
        continuing = carried and starts_with_opener
        carried = False
        opened = 1  # the length of the opening mark
        for m in marks.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            width = 1
            if ch == '"':
                is_open = open_at is None and _is_opening_straight(text, i, ps, pe)
                is_close = open_at is not None
            elif ch == "'" or ch == "`":  # a doubled mark: '' or ``
                width = 2
                is_close = ch == "'" and open_at is not None
                is_open = not is_close and (ch == "`" or _opens_doubled(text, m, ps, pe))
                if is_close:
                    i = m.end() - 2  # (''' : a single closing mark, then the doubled one)
            else:
                is_open = ch in _OPENERS
                is_close = ch in _CLOSERS
            if is_open:
                if open_at is not None:  # an unclosed quote: end it where the next one opens
                    quotes.append(Quote(open_at, i, open_at + opened, i, index, group, False))
                if not (continuing and i == ps):
                    group += 1
                open_at, opened = i, width
            elif is_close and open_at is not None:
                quotes.append(Quote(open_at, i + width, open_at + opened, i, index, group, True))
                open_at = None
        if open_at is not None:
            quotes.append(Quote(open_at, pe, open_at + opened, pe, index, group, False))
            carried = True
    return quotes


_SINGLE_MARK = re.compile(r"['‘’]")


def _opens_single(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at ``i`` opens a quotation in single marks: "'" or "‘" after a space
    (or the paragraph start, an opening bracket, a dash or a colon) and before a letter (not
    "'90s")."""
    return _is_opening_straight(text, i, start, end) and text[i + 1].isalpha()


def _closes_single(text: str, i: int, end: int) -> bool:
    """Whether the mark at ``i`` closes a quotation in single marks: after a word or a
    punctuation mark, before a space, a punctuation mark or the paragraph end; not the
    apostrophe of a word ("it's") nor of a plural possessive ("the workers' pay")."""
    if text[i - 1].isspace():
        return False
    j = i + 1
    if j < end and not (text[j].isspace() or text[j] in ",.;:!?)]—–-"):
        return False
    return not (text[i - 1] in "sS" and text.startswith(" ", j) and text[j + 1 : j + 2].islower())


def _single_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """The quotations of a text that marks them with single quotation marks only ('...' or
    ‘...’, as British newspapers print them); a quotation left open at the end of its
    paragraph continues only into a paragraph that opens with a mark, else it is no quotation
    (an apostrophe that opened nothing)."""
    quotes: list[Quote] = []
    group = -1
    pending: Quote | None = None  # an open quotation at the end of the paragraph before
    for index, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        continuing = pending is not None and _opens_single(text, ps, ps, pe)
        if pending is not None and continuing:
            quotes.append(pending)
        pending = None
        for m in _SINGLE_MARK.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            if open_at is None:
                if ch != "’" and _opens_single(text, i, ps, pe):
                    if not (continuing and i == ps):
                        group += 1
                    open_at = i
            elif ch != "‘" and _closes_single(text, i, pe):
                quotes.append(Quote(open_at, i + 1, open_at + 1, i, index, group, True))
                open_at = None
        if open_at is not None:
            pending = Quote(open_at, pe, open_at + 1, pe, index, group, False)
    return quotes


# Initials of two letters, as names transliterated from Cyrillic and other scripts write
# them ("Ts. Oyunchimeg", "Sh. Bold").
_DIGRAPH_INITIALS = frozenset(("Ts", "Sh", "Ch", "Kh", "Zh", "Yu", "Ya", "Ye", "Dz", "Gh"))
# The word before a full stop, and the word after a sentence boundary.
_LAST_WORD = re.compile(r"([\w.’'-]+)$")
_NEXT_WORD = re.compile(r"[“\"‘(\[]?([\w’']+)")


def _inside_quote(
    pos: int, quotes: list[Quote], inner_starts: list[int] | None = None
) -> Quote | None:
    """The quotation whose inner text holds ``pos``, or None.

    ``quotes`` are in text order and do not overlap, so only the last one opening at or
    before ``pos`` can hold it: a binary search over ``inner_starts`` (``q.inner_start`` of
    each, computed here when not given) finds it, so a long paragraph with many quotations
    and sentence ends costs O(n log n), not O(n^2).
    """
    starts = inner_starts if inner_starts is not None else [q.inner_start for q in quotes]
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and pos < quotes[k].inner_end:
        return quotes[k]
    return None


def ends_abbreviation(text: str, dot: int, after: int, start: int = 0) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation rather than a sentence: a title
    or a month ("Sen.", "Jan."), an initial ("Michael D. Crapo"), or an acronym ("U.S.",
    "D-N.Y.") before a word that does not open sentences ("the U.S. Commerce Department", but
    "... by the U.S. The move ..."); ``after`` is where the next word starts, ``start`` the
    earliest place the abbreviation may start.

    >>> text = "Officials of the U.S. Commerce Department met Sen. Roe."
    >>> ends_abbreviation(text, 20, 22), ends_abbreviation(text, 49, 51)
    (True, True)
    """
    word_match = _LAST_WORD.search(text[max(start, dot - 30) : dot])
    word = word_match.group(1) if word_match else ""
    bare = word.rsplit("-", 1)[-1].lower()
    if bare in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: Michael D. Crapo
    if word in _DIGRAPH_INITIALS and text[after : after + 1].isupper():
        return True  # a transliterated initial of two letters: "Ts. Oyunchimeg", "Kh. Bat"
    if "." in word:  # U.S. / D-N.Y. / a.m.
        nxt = _NEXT_WORD.match(text[after : after + 40])
        if bare in ("a.m", "p.m"):
            # "at 2:07 p.m. Liberal Leader ...": a clock time ends a sentence before a capital
            # that is no day, month or zone ("2 p.m. Tuesday", "10 a.m. Eastern time", "9
            # a.m. GMT")
            return nxt is None or not nxt.group(1)[:1].isupper() or _AFTER_CLOCK.match(
                text, after
            ) is not None
        return nxt is not None and nxt.group(1) not in _AFTER_ACRONYM_STARTERS
    return False


# What follows a clock time in its sentence: a day, a month, a time zone ("Eastern time",
# "Hong Kong time", "GMT"), "local".
_AFTER_CLOCK = re.compile(
    r"[(\[]?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec|[A-Z]{2,5}\b|(?:[A-Z][\w-]*\s+){1,3}(?:[Tt]ime|[Dd]aylight|[Ss]tandard)\b"
    r"|[Ll]ocal\b|Eastern|Central|Pacific|Mountain|Atlantic)"
)


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
    inner_starts = [q.inner_start for q in local]
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct_pos = m.start(1)
        closing = m.group(2)
        boundary = m.start(3)
        q = _inside_quote(punct_pos, local, inner_starts)
        if q is not None:
            if not q.closed or q.end > boundary:
                continue  # a sentence end inside a quotation
            if text[m.end(1) - 1] in "?!" or text[q.end - 2 : q.end - 1] == ",":
                if _CUE_AFTER.match(text, m.end(3)):
                    continue  # “...?” she asked.
        elif m.group(1) == "." and not closing and ends_abbreviation(text, punct_pos, m.end(3), s):
            continue
        out.append((s, boundary))
        s = m.end(3)
    if s < end:
        out.append((s, end))
    return out
