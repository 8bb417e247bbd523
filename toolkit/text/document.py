"""The document that the statement stages share, and the unit they annotate.

:class:`Document` is built once per article, before the first stage: the text and its
lower-case form, paragraphs, quotations, time expressions, the name index and the registry of
people, and the caches of matched patterns (each classifying pattern is matched once over the
whole text; a unit takes its slice by bisection). The stages of
:data:`toolkit.text.statements.STAGES` read it and annotate :class:`_Unit` objects: each stage
module says which fields it reads and which it sets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from toolkit.text.patterns import (
    AND_HINT_PARTS,
    BYLINE,
    DATELINE_WEEKDAY,
    LIVEBLOG_HEAD,
    LOOK_AHEAD_HEADING,
    OUTSIDE_NEEDS,
    SCAN_OTHERS,
    SCAN_OTHERS_CASED,
    SCAN_TRIES,
    SCAN_TRIES_CASED,
    SCANNED,
    SCANNED_UNION,
    SCANNED_UNION_CASED,
    TIMELINE_LINE,
    TITLE_ENDS,
)
from toolkit.text.quotes import Quote, find_paragraphs, find_quotes
from toolkit.text.speakers import NameIndex, Person, Registry
from toolkit.text.stance import Lexicon
from toolkit.text.timex import Timex, find_timexes, folds_to_ascii, unusual_characters
from toolkit.text.timex_tense import lowered

if TYPE_CHECKING:
    from toolkit.text.transcript import Turn


@dataclass(slots=True)
class _Unit:
    """A paragraph, sentence or clause, and what the stages found out about it.

    ``start``/``end`` are offsets in the text; ``kind`` is None until a kind is found (units
    without one are dropped). ``parts`` are the spans of the units merged into this one.
    """

    start: int
    end: int
    paragraph: int
    quote_paragraph: bool
    kind: str | None = None
    verb_pos: int = -1
    speaker: Person | str | None = None
    role: str | None = None
    how: str = "none"
    timex: Timex | None = None
    date_source: str = "none"
    generic: bool = False
    communicative: bool = False
    fragment: bool = False
    # a headline's or a crosshead's statement ("Seoul warns it will hit back"): the stages
    # read it as context, it is not reported (the body tells the same)
    heading: bool = False
    inherited_from: _Unit | None = None
    said_today: Timex | None = None  # "our decision today": used when nothing else dates it
    head_clause: _Unit | None = None
    shares_subject: bool = False  # a clause cut at ", but added ...": the head's subject
    parts: list[tuple[int, int]] = field(default_factory=list)
    runs_to: int = -1  # the end of the sentences that continue its quotation, if any
    stance: str = "neutral"
    stance_score: float = 0.0
    time_of_day: str | None = None  # the part of the day the unit has from elsewhere (an entry's stamp)
    told_by: _Unit | None = None  # the remark that told of this event ("..., his office said")


def in_quote(pos: int, quotes: list[Quote], starts: list[int]) -> bool:
    """Whether ``pos`` lies in one of ``quotes`` (in text order; ``starts`` are their starts)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i].start <= pos < quotes[i].end


def _outside(
    matches: Iterator[re.Match[str]], quotes: list[Quote], starts: list[int]
) -> list[re.Match[str]]:
    """The ``matches`` whose start is in none of ``quotes`` (:func:`in_quote`)."""
    if not quotes:
        return list(matches)
    # (the quotation that starts last at or before a match holds it if it ends after it)
    ends = [q.end for q in quotes]
    before = bisect.bisect_right
    out = []
    for m in matches:
        pos = m.start()
        i = before(starts, pos) - 1
        if i < 0 or ends[i] <= pos:
            out.append(m)
    return out


def and_hint_starts(text: str) -> list[int]:
    """Where the matches of :data:`~toolkit.text.patterns.AND_HINT` start, as ``finditer``
    finds them (from the matches of its two alternatives,
    :data:`~toolkit.text.patterns.AND_HINT_PARTS`).

    The alternatives start with different characters, so at most one matches at a place; a
    match that starts inside the one before it (the "while" of ", and while ...") is left out,
    as ``finditer`` leaves it out.
    """
    comma, whiles = AND_HINT_PARTS
    found = [(m.start(), m.end()) for m in comma.finditer(text)]
    found += [(m.start() - 1, m.end()) for m in whiles.finditer(text)]
    found.sort()
    starts: list[int] = []
    last_end = -1
    for start, end in found:
        if start >= last_end:
            starts.append(start)
            last_end = end
    return starts


# A run of capitalised words (with "of", "and", ... inside) and an acronym in brackets after it.
_ACRONYM_AFTER_NAME = re.compile(
    r"((?:[A-Z][\w’'&.-]*[^\S\n]+(?:(?:of|for|and|on|the|de|del|du|des|la)[^\S\n]+)*){1,8})"
    r"\(([A-Z][A-Za-z&]{1,9})\)"
)
_NAME_JOINERS = frozenset(("of", "for", "and", "on", "the", "de", "del", "du", "des", "la"))
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms that ``text`` defines in brackets after a name whose capitalised words they
    are the initials of ("Office of Foreign Assets Control (OFAC)"), each to that name, the
    first definition of each; an acronym of other initials (a name in another language) is
    left out."""
    out: dict[str, str] = {}
    for m in _ACRONYM_AFTER_NAME.finditer(text):
        acronym = m.group(2)
        letters = "".join(c for c in acronym if c.isupper())
        words = m.group(1).split()
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s")  # "the Committee's (MPC)"
        if acronym in out or len(letters) < 2:
            continue
        for k in range(len(words)):  # the shortest run of last words with those initials
            name = words[len(words) - 1 - k :]
            if name[0] in _NAME_JOINERS or name[0] == "The":
                continue
            initials = "".join(  # ("U.S." gives two: "U.S. Trade Representative (USTR)")
                w.replace(".", "") if _DOTTED.fullmatch(w) else w[0]
                for w in name
                if w not in _NAME_JOINERS
            )
            if initials == letters:
                out[acronym] = " ".join(name)
                break
            if len(initials) > len(letters):
                break
    return out


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Span)


def _within(spans: list[_S], starts: list[int], start: int, end: int) -> list[_S]:
    """The ``spans`` inside ``[start, end)`` (``spans`` in text order and not overlapping,
    ``starts`` their starts).

    Those that start in ``[start, end)``, but the last of them when it runs past ``end`` (the
    others end before the next one starts).
    """
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end, lo)
    out = spans[lo:hi]
    if out and out[-1].end > end:
        out.pop()
    return out


def _scare_quote(text: str, q: Quote) -> bool:
    """Whether ``q`` marks a term inside a sentence, not words said: a closed quotation of
    one to three words with no punctuation, after a determiner or a possessive ("the
    Financial Action Task Force's (FATF) “grey list” of jurisdictions", "banks' "excess"
    income"; but not 'The levy was "a lawful response", the court held': words said)."""
    if not q.closed or q.start < 2 or text[q.start - 1] != " ":
        return False
    inner = text[q.inner_start : q.inner_end]
    if len(inner.split()) > 3 or any(c in inner for c in ".,;:!?"):
        return False
    before = text[text.rfind(" ", 0, q.start - 1) + 1 : q.start - 1]
    return before in _TERM_BEFORE or before.endswith(("'s", "’s", "s'", "s’", ")"))


# The words right before a term in quotation marks: 'the "grey list"', 'so-called "excess"'.
_TERM_BEFORE = frozenset(
    ("the", "a", "an", "its", "their", "his", "her", "our", "so-called", "dubbed", "called")
)


def _clause_bounds(text: str, unit: _Unit, pos: int, quotes: list[Quote]) -> tuple[int, int]:
    """Outside-quote stretch of the unit around ``pos``."""
    left, right = unit.start, unit.end
    for q in quotes:
        if q.end <= pos and q.end > left and q.start >= unit.start and not _scare_quote(text, q):
            left = q.end
        if q.start > pos and q.start < right:
            right = q.start
    semi = text.rfind(";", left, pos)
    if semi >= 0:
        left = semi + 1
    return left, right


class Document:
    """One article as the stages see it.

    Parameters
    ----------
    text
        The article text.
    published
        The publication date; relative time expressions are resolved against it.
    lexicon
        The stance lexicon.

    Attributes
    ----------
    low
        ``text.lower()``. Where :attr:`plain` is true, matching the text while ignoring case
        is matching ``low`` with case.
    paragraphs, quotes, timexes
        Paragraph spans, quotations and time expressions, in text order (``quote_starts``
        and ``timex_starts`` are their starts, for bisection).
    index, registry
        The article's names (:class:`~toolkit.text.speakers.NameIndex`) and the people met so
        far, most recent first (:class:`~toolkit.text.speakers.Registry`).
    bodies
        A body's head noun to the last body of that kind named in full ("ministry" to "China's
        Commerce Ministry"): what a later "the ministry" refers to.
    turns
        A transcript's speaker turns by paragraph, once
        :func:`toolkit.text.transcript.find_turns` has found them (None before).
    """

    def __init__(self, text: str, published: dt.date, lexicon: Lexicon) -> None:
        self.text = text
        self.published = published
        self.lexicon = lexicon
        self.paragraphs = find_paragraphs(text)
        self.quotes = find_quotes(text, self.paragraphs)
        self.low = lowered(text)
        self.unusual = unusual_characters(text)
        # case-insensitive matching of the text is case-sensitive matching of ``low``
        self.plain = len(self.low) == len(text) and not folds_to_ascii(self.unusual)
        self.timexes = find_timexes(text, published, low=self.low, unusual=self.unusual)
        self.index = NameIndex(text)
        self.registry = Registry(self.index)
        self.bodies: dict[str, str] = {}  # "ministry" -> the last ministry named in full
        self.offices: dict[str, str] = {}  # "commissioner" -> "climate commissioner", unnamed
        self.quote_starts = [q.start for q in self.quotes]  # quotes come in text order
        self.timex_starts = [t.start for t in self.timexes]  # and so do time expressions
        # where every match of AND_CLAUSE starts (and a few more places)
        self.and_starts = and_hint_starts(text)
        # by id() of the pattern (module constants): hashing a compiled pattern hashes its code
        self._scans: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        self._timeline_heads: dict[int, re.Match[str]] | None = None  # by line start
        # the bodies named as speakers of the units kept so far: (how many units were
        # counted, count by name, first unit by name; see kinds._story_body)
        self.story_bodies: tuple[int, dict[str, int], dict[str, _Unit]] = (0, {}, {})
        self._acronyms: dict[str, str] | None = None
        # the last group of people named as a speaker, and its paragraph ("Nine judges")
        self.plural_group: tuple[str, int] | None = None
        # a transcript's speaker turns by paragraph, found once (transcript.find_turns)
        self.turns: dict[int, Turn] | None = None
        # the body last named as a speaker (what "its chair" belongs to)
        self.last_body: str | None = None
        # the body (or its head) an unnamed person speaks for, by the person's noun, and its
        # paragraph ("A Treasury official said ...": what a later "the official said" is)
        self.unnamed_roles: dict[str, tuple[Person | str, int]] = {}

    @property
    def acronyms(self) -> dict[str, str]:
        """The acronyms the article defines, each to the name it stands for ("the Monetary
        Policy Committee (MPC)": "MPC" to "Monetary Policy Committee"), found once."""
        if self._acronyms is None:
            self._acronyms = defined_acronyms(self.text) if "(" in self.text else {}
        return self._acronyms

    @property
    def author(self) -> str | None:
        """The name of the byline over the story ("By Rep. Harlan J. Voss (R-Roundup)": Harlan
        J. Voss), if any: who a column's or a bulletin's "I" is."""
        byline = BYLINE.search(self.text, 0, 800)
        return byline.group(1) if byline is not None else None

    def quotes_within(self, start: int, end: int) -> list[Quote]:
        """The quotations inside ``[start, end)``, in text order."""
        return _within(self.quotes, self.quote_starts, start, end)

    def timexes_within(self, start: int, end: int) -> list[Timex]:
        """The time expressions inside ``[start, end)``, in text order."""
        return _within(self.timexes, self.timex_starts, start, end)

    def outside(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """Matches of ``pattern`` inside ``[start, end)`` and outside quotations.

        The text is scanned once per pattern; units then take their slice by bisection.
        """
        if not self._scans:
            self._scan_all()
        scan = self._scans.get(id(pattern))
        if scan is None:
            needs = OUTSIDE_NEEDS.get(id(pattern))
            if needs is not None and needs.search(self.text) is None:
                found = []  # (a part that every match holds is not in the text)
            else:
                found = _outside(pattern.finditer(self.text), self.quotes, self.quote_starts)
            scan = ([m.start() for m in found], found)
            self._scans[id(pattern)] = scan
        starts, found = scan
        lo = bisect.bisect_left(starts, start)
        if lo == len(starts) or starts[lo] >= end:
            return []
        hi = bisect.bisect_left(starts, end, lo)
        # (a pattern's matches do not overlap: only the last one may run past ``end``)
        out = found[lo:hi]
        if out[-1].end() > end:
            out.pop()
        return out

    def _scan_all(self) -> None:
        """The matches of the classifying patterns, as ``finditer`` gives them, in one pass.

        One combined pattern finds the word starts where any of them matches; each pattern is
        tried there unless its previous match has not ended yet.
        """
        text = self.text
        resume = [0] * len(SCANNED)
        found: list[list[re.Match[str]]] = [[] for _ in SCANNED]
        if folds_to_ascii(self.unusual):
            union, tries, others = SCANNED_UNION, SCAN_TRIES, SCAN_OTHERS
        else:
            union, tries, others = SCANNED_UNION_CASED, SCAN_TRIES_CASED, SCAN_OTHERS_CASED
        m = union.search(text)
        while m is not None:
            pos = m.start()
            m = union.search(text, pos + 1)
            for i in tries.get(text[pos], others):
                if resume[i] > pos:
                    continue
                hit = SCANNED[i].match(text, pos)
                if hit is not None and hit.end() > pos:
                    found[i].append(hit)
                    resume[i] = hit.end()
        for pattern, hits in zip(SCANNED, found):
            kept = _outside(iter(hits), self.quotes, self.quote_starts)
            self._scans[id(pattern)] = ([h.start() for h in kept], kept)

    def first_outside(
        self, pattern: re.Pattern[str], start: int, end: int
    ) -> re.Match[str] | None:
        """The first match of ``pattern`` in ``[start, end)`` outside quotations (not cached)."""
        for m in pattern.finditer(self.text, start, end):
            if not in_quote(m.start(), self.quotes, self.quote_starts):
                return m
        return None

    def clause_bounds(self, unit: _Unit, pos: int) -> tuple[int, int]:
        """The stretch of ``unit`` around ``pos`` between quotations and after a semicolon.

        Only the quotations that can bound the clause are looked at: those that start in
        ``[unit.start, pos)`` (before ``pos``) or in ``(pos, unit.end)`` (after).
        """
        starts = self.quote_starts
        lo = bisect.bisect_left(starts, min(unit.start, pos))
        hi = bisect.bisect_left(starts, max(unit.end, pos + 1))
        return _clause_bounds(self.text, unit, pos, self.quotes[lo:hi])

    def ends_as_sentence(self, paragraph: int) -> bool:
        """Whether paragraph ``paragraph`` ends as a sentence does (``TITLE_ENDS``): not a
        headline, a deck or a crosshead."""
        start, end = self.paragraphs[paragraph]
        return self.text[start:end].rstrip()[-1:] in TITLE_ENDS

    def liveblog_heading(self, unit: _Unit) -> bool:
        """Whether the unit is in a live blog's entry heading ("20:10 — ... says Novak")."""
        return LIVEBLOG_HEAD.match(self.text, self.paragraphs[unit.paragraph][0]) is not None

    def timeline_head(self, unit: _Unit) -> re.Match[str] | None:
        """The date and dash that open the unit's paragraph, when it is a timeline entry."""
        if self._timeline_heads is None:  # every line that opens with one, found once
            heads = {}
            for m in TIMELINE_LINE.finditer(self.text):
                heads[m.start()] = m
                if "\n" in m.group(0):  # a label on a line of its own ("Monday:"): the lines
                    heads[self.text.rfind("\n", 0, m.end()) + 1] = m  # under it are its entry
            self._timeline_heads = heads
        if not self._timeline_heads:
            return None
        return self._timeline_heads.get(self.text.rfind("\n", 0, unit.start) + 1)

    def timeline_date(self, unit: _Unit) -> Timex | None:
        """The date that opens the unit's timeline entry (see :meth:`timeline_head`), if any."""
        head = self.timeline_head(unit)
        if head is None:
            return None
        return next(iter(self.timexes_within(head.start(), head.end())), None)

    def under_look_ahead(self, unit: _Unit) -> bool:
        """Whether the unit's paragraph is under a heading that announces what is to come
        ("THE WEEK AHEAD", "Coming up", "What's next"): the nearest heading before it (a short
        paragraph that does not end as a sentence does) is such a heading."""
        text = self.text
        for pi in range(unit.paragraph - 1, max(-1, unit.paragraph - 8), -1):
            start, end = self.paragraphs[pi]
            line = text[start:end].strip()
            if len(line) > 60 or line[-1:] in '.!?"”’)':
                continue
            return LOOK_AHEAD_HEADING.fullmatch(line.rstrip(":").strip()) is not None
        return False

    def dateline_day(self, unit: _Unit) -> Timex | None:
        """The weekday of the dateline that opens the unit's paragraph ("KAMPALA, Tuesday —",
        as a news digest heads each item), if any: the day the item's statements are of."""
        start = self.paragraphs[unit.paragraph][0]
        head = DATELINE_WEEKDAY.match(self.text, start, unit.end)
        if head is None:
            return None
        day = next(iter(self.timexes_within(head.start(1), head.end(1))), None)
        return day if day is not None and day.precision == "day" else None
