"""The sentence around a time expression, and the tense it is in.

Resolving "Tuesday", "April 2" or "over the weekend" may depend on the tense of the sentence
(:mod:`toolkit.text.timex_resolve`); this module finds it.

Rules
-----
* A sentence ends at ".", "!" or "?" (and any closing quotes or brackets) before white space
  and a capital letter, a digit or an opening quote, or at a line break. The sentence around
  an expression is looked at no more than 300 characters either way.
* The tense is that of the closest tense marker of the sentence (after the expression, up
  to a second clause: ", and a ruling is expected" is not the tense of "heard ... in
  January"; nor is an attribution right after it, ", the Fund said", when a future marker
  comes before): "future" ("will", "is expected to", "plans to", or a scheduled event in the
  present tense: "announces", "testifies", "meets", ...) or "past" ("said", "was", "rose", "-ed" words); None without a
  marker. A marker after the expression counts 8 characters farther than one as far before
  it, since the governing verb usually comes first. On a tie the future marker before, the
  future marker after, the past marker before and the past marker after win in this order.
* When every character of a text other than A-Z is its own lower case and none folds to an
  ASCII letter (:func:`folds_to_ascii`), the markers are looked for in the lower-cased text
  with case-sensitive patterns: the same matches, found faster.

Examples
--------
>>> _tense("Greer testified Tuesday.", 16, 23)
'past'
>>> _tense("The Fed announces its decision Wednesday.", 31, 40)
'future'
>>> text = "He spoke. Then he will go Friday."
>>> text[sentence_start(text, 26):]
'Then he will go Friday.'
"""

from __future__ import annotations

import re

from toolkit.text.quotes import ends_abbreviation
from toolkit.text.timex_patterns import (
    _FOLDS_TO_ASCII,
    _FUTURE,
    _FUTURE_LOWER,
    _NOT_PAST,
    _PASSIVE,
    _PAST,
    _PAST_LOWER,
    _PLAN,
    _PLAN_LOWER,
    _PLAN_PAST,
    _PLAN_REACH,
    _SENTENCE_END_SCAN,
    _UNUSUAL,
)

__all__ = ["folds_to_ascii", "lowered", "past_between", "sentence_start", "unusual_characters"]

# (the text, its future markers, past markers and plans)
_TenseScan = tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]


def sentence_start(text: str, start: int) -> int:
    """Where the sentence around ``start`` starts (at most 300 characters back)."""
    lo = max(0, start - 300)
    for m in reversed(list(_SENTENCE_END_SCAN.finditer(text, lo, start))):
        if not _abbreviation(text, m):  # (the last end is usually no abbreviation: one test)
            return m.end()
    return lo


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence around ``end`` ends (at most 300 characters on)."""
    for m in _SENTENCE_END_SCAN.finditer(text, end, min(len(text), end + 300)):
        if not _abbreviation(text, m):
            return m.start() + 1
    return min(len(text), end + 300)


def _abbreviation(text: str, m: re.Match[str]) -> bool:
    """Whether a match of ``_SENTENCE_END_SCAN`` is the full stop of an abbreviation ("the U.S.
    Commerce Department", "Sen. Roe": :func:`~toolkit.text.quotes.ends_abbreviation`)."""
    dot = m.start()
    return text[dot] == "." and m.end() - dot > 1 and ends_abbreviation(text, dot, m.end())


def lowered(text: str) -> str:
    """``text`` in lower case, of the same length, so that offsets keep their meaning.

    One character changes length when lower-cased: the Turkish capital dotted I ("İstanbul",
    "Türk-İş"), whose lower case is "i" and a combining dot; it becomes a plain "i".
    """
    low = text.lower()
    if len(low) != len(text):
        low = text.replace("\u0130", "I").lower()
    return low


def unusual_characters(text: str) -> set[str]:
    """The non-ASCII characters of ``text`` other than typographic quotes, dashes, ellipses and
    no-break spaces (usually none)."""
    return set(_UNUSUAL.findall(text))


def folds_to_ascii(unusual: set[str]) -> bool:
    """Whether a character of ``unusual`` may match an ASCII letter when case is ignored.

    ``unusual`` is what :func:`unusual_characters` gives for a text. When this is False, every
    character of the text other than A-Z is its own lower case and no other character matches
    an ASCII letter case-insensitively ("K" for "k", "ı" for "i", "ſ" for "s"): a pattern
    that ignores case finds in the text what the lower-cased pattern finds in the lower-cased
    text, and an ASCII letter in either case is the only way to match an ASCII letter.
    """
    return any(ch.lower() != ch or ch in _FOLDS_TO_ASCII for ch in unusual)


def _tense_scan(text: str, low: str | None = None, unusual: set[str] | None = None) -> _TenseScan:
    """The text and the patterns in which :func:`_tense` looks for tense markers.

    The lower-cased text with case-sensitive patterns when that finds exactly what the
    case-insensitive patterns find in ``text`` (every character other than A-Z is its own
    lower case and no other character folds to an ASCII letter), else ``text`` itself.
    ``unusual`` is :func:`unusual_characters` of ``text`` when the caller has it already.
    """
    low = text.lower() if low is None else low
    if unusual is None:
        unusual = unusual_characters(text)
    if len(low) == len(text) and not folds_to_ascii(unusual):
        return low, _FUTURE_LOWER, _PAST_LOWER, _PLAN_LOWER
    return text, _FUTURE, _PAST, _PLAN


class _TenseOf:
    """:func:`_tense` for the expressions of one text (it prepares the scan when first needed)."""

    def __init__(self, text: str, low: str, unusual: set[str]) -> None:
        self.text = text
        self.low = low  # text.lower()
        self.unusual = unusual  # unusual_characters(text)
        self.scan: _TenseScan | None = None

    def __call__(self, start: int, end: int, plans: bool = True) -> str | None:
        if self.scan is None:
            self.scan = _tense_scan(self.text, self.low, self.unusual)
        return _tense(self.text, start, end, self.scan, plans)


# A second clause with a subject of its own: its markers are not the expression's.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:the|a|an|he|she|they|it|[A-Z])|;\s")
# A relative clause after the expression: its tense is not the expression's.
_RELATIVE_AFTER = re.compile(
    r"\s(?:that|which|who|whose)\s"
    # a participle's clause after a comma: "cut the rating late on Friday, citing the
    # government's failure to set out a plan to ..." (its tense is its own)
    r"|,\s+(?:citing|saying|adding|noting|arguing|warning|calling|pointing|blaming)\s"
    # a condition to come after a comma: "would enter into force on Friday, once published in
    # the Official Journal" (the participle is no past of the expression's)
    r"|,\s+once\s"
)
# "that" right after the expression opens a complement: its tense is not the expression's.
_THAT_AFTER = re.compile(r",?\s+that\s")
# An attribution that ends the sentence right after the expression: ", the Fund said.",
# ", officials said on Monday." (its verb is the saying's, not the expression's).
_ATTRIBUTION_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w.’'-]+\s+){0,5}?"
    r"(?:said|says|told|added|announced|reported)\b"
)
# A marker after the expression counts this much more than one as far before it (the governing
# verb usually comes first).
_AFTER_PENALTY = 8


def past_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a past tense ("Stocks fell", not "is expected")."""
    return any(_is_past(text, m) for m in _PAST.finditer(text, start, end))


def _is_past(haystack: str, m: re.Match[str]) -> bool:
    """Whether a match of :data:`_PAST` is a past tense (see :data:`_NOT_PAST`)."""
    if haystack.endswith(_PASSIVE, max(0, m.start() - 7), m.start()):
        return False
    return m.end() - m.start() < 5 or m.group().lower() not in _NOT_PAST


def _in_name(text: str, m: re.Match[str]) -> bool:
    """Whether the past marker ``m`` is a word of a name inside the sentence, capitalised next
    to a capitalised word ("the Extended Credit Facility", "the United States")."""
    at = m.start()
    if not text[at : at + 1].isupper():
        return False
    after = text[m.end() : m.end() + 30].split(None, 1)
    if after and after[0][:1].isupper():
        return True  # "... billion Extended Credit Facility"
    before = text[max(0, at - 30) : at].rstrip().rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", ":"))


def _tense(
    text: str, start: int, end: int, scan: _TenseScan | None = None, plans: bool = True
) -> str | None:
    """'future' or 'past' from the closest tense marker in the sentence, or None.

    Only the last marker of each kind before the expression and the first after it can be
    closest; on a tie the future marker before, the future marker after, the past marker
    before and the past marker after win in this order. A plan ("decided to", "would",
    "postponed until": :data:`_PLAN`) is a future marker before the expression only, and only
    when ``plans`` is true. ``scan`` is what :func:`_tense_scan` gives for ``text`` (default:
    ``text`` itself).
    """
    left = sentence_start(text, start)
    haystack, future, past, plan = scan if scan is not None else (text, _FUTURE, _PAST, _PLAN)
    before: list[int | None] = []
    last = None
    for m in future.finditer(haystack, left, start):
        last = m
    before.append(None if last is None else start - last.end())
    last = None
    for m in past.finditer(haystack, left, start):
        if _is_past(haystack, m) and not _in_name(text, m):
            last = m
    before.append(None if last is None else start - last.end())
    if plans:
        # a plan governs what follows it closely: looked for _PLAN_REACH back at most, and
        # no farther than a marker already found (a plan farther back cannot be closest;
        # 30 characters more for the plan's own length)
        reach = min([_PLAN_REACH, *(d + 30 for d in before if d is not None)])
        last = None
        for m in plan.finditer(haystack, max(left, start - reach), start):
            at = m.start()
            if at and (haystack[at - 1].isalnum() or haystack[at - 1] == "_"):
                continue  # (no word boundary: "unplanned")
            if not text.endswith(_PLAN_PAST, max(0, at - 5), at):
                last = m
        if last is not None and (before[0] is None or start - last.end() < before[0]):
            before[0] = start - last.end()
    after: list[int | None] = [None, None]
    # A marker after the expression is _AFTER_PENALTY or more away: it cannot be closer than
    # one before it at a smaller distance, so the sentence is searched on only without one.
    if not any(d is not None and d < _AFTER_PENALTY for d in before):
        right = _sentence_end(text, end)
        clause = _NEXT_CLAUSE.search(text, end, right)
        if clause is not None:
            right = clause.start()  # "heard arguments in January, and a ruling is expected"
        relative = _RELATIVE_AFTER.search(text, end, right)
        if relative is not None:
            right = relative.start()  # "sued Thursday over a rule that will double ...": the
            # relative clause's tense is its own
        aside = max(text.rfind(", which ", left, start), text.rfind(", who ", left, start))
        if aside >= 0 and text.find(",", aside + 2, start) < 0 and text.find(". ", aside, start) < 0:
            close = text.find(",", end, right)
            if close >= 0:
                right = close  # "The bank, which cut its rate on January 5, is due to ...":
                # the relative clause's tense is its own
        if _THAT_AFTER.match(text, end, right):
            right = end  # "said after the vote on Tuesday that he will ...": the saying's
        tail = _ATTRIBUTION_AFTER.match(text, end, right)
        if tail is not None and before[0] is not None:
            right = end  # "is expected to take up the review in mid-December, the Fund
            # said": the attribution's tense is not the clause's
        first = future.search(haystack, end, right)
        if first is not None:
            after[0] = first.start() - end + _AFTER_PENALTY
        for m in past.finditer(haystack, end, right):
            if _is_past(haystack, m) and not _in_name(text, m):
                after[1] = m.start() - end + _AFTER_PENALTY
                break
    best: tuple[int, str] | None = None
    for dist, label in (
        (before[0], "future"),
        (after[0], "future"),
        (before[1], "past"),
        (after[1], "past"),
    ):
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, label)
    return None if best is None else best[1]
