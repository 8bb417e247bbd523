"""The extractor's fast paths find exactly what the plain patterns find (property tests)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.text import document, patterns, quotes, speakers, timex

_WORDS = st.sampled_from(
    """Sen. Sens. Rep. Mr. Mrs. Dr. Hon. Jane Doe U.S. E.U. de van said told will testify
    imposed tariffs Stocks stocks STOCKS ſtocks Kelvin K İndex ındex the dollar S&P 500 Dow
    Brent rose fell Monday Tuesday's March May Mar. Sept. 2024 2024-05-01 ٢٠٢٤-05-01 ３
    last week the past month hours later two days ago weekend Q1 quarter early-April mid-May
    this coming Friday tonight overnight trading . ! ? … ” " ’ ) ( “ , ; — - \n \t""".split()
    + [" ", "  ", "\n"]
)
_TEXT = st.lists(_WORDS, max_size=40).map(" ".join)


def _positions(pattern: re.Pattern[str], text: str) -> set[int]:
    out, m = set(), pattern.search(text)
    while m is not None:
        out.add(m.start())
        m = pattern.search(text, m.start() + 1)
    return out


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 40))
def test_name_runs_match_the_plain_pattern(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    plain = [m.span() for m in speakers._NAME_RUN.finditer(text, pos)]
    assert [m.span() for m in speakers._NAME_RUN_SCAN.finditer(text, pos)] == plain


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_sentence_ends_and_boundaries_match_the_plain_patterns(text: str) -> None:
    plain_end = [m.span() for m in timex._SENTENCE_END.finditer(text)]
    assert [m.span() for m in timex._SENTENCE_END_SCAN.finditer(text)] == plain_end
    plain_boundary = re.compile(r"([.!?…]+)([”\"’)\]]*)(\s+)(?=[“\"‘(\[]?[A-Z0-9À-ÖØ-ÞĀ-Ž])")
    assert [m.regs for m in quotes._BOUNDARY.finditer(text)] == [
        m.regs for m in plain_boundary.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_trigger_scan_and_scanned_union(text: str) -> None:
    unusual = timex.unusual_characters(text)
    low = text.lower()
    if not any(ch.isdecimal() for ch in unusual):
        fast = [m.span() for m in timex._TRIGGER_SCAN_ASCII.finditer(low)]
        assert fast == [m.span() for m in timex._TRIGGER_SCAN.finditer(low)]
    if timex.folds_to_ascii(unusual):
        union = patterns.SCANNED_UNION
        tries, others = patterns.SCAN_TRIES, patterns.SCAN_OTHERS
    else:
        union = patterns.SCANNED_UNION_CASED
        tries, others = patterns.SCAN_TRIES_CASED, patterns.SCAN_OTHERS_CASED
    places = _positions(union, text)
    for i, pattern in enumerate(patterns.SCANNED):
        for m in pattern.finditer(text):
            assert m.start() in places
            assert i in tries.get(text[m.start()], others)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_rule_needs_are_necessary(text: str) -> None:
    low = text.lower()
    plain = len(low) == len(text) and not timex.folds_to_ascii(timex.unusual_characters(text))
    for name, rule in timex._RULES:
        for m in rule.finditer(text):
            lo, hi = m.span()
            needs = timex._RULE_NEEDS.get(name)
            if needs is not None:
                assert needs.search(text, lo, hi) is not None, name
            if plain and name in timex._RULE_NEEDS_LOW:
                assert timex._RULE_NEEDS_LOW[name].search(low, lo, hi) is not None, name


_CLAUSE_WORDS = st.sampled_from(
    """, and but while While whiles awhile meanwhile Ann Lo said he the , ; . \n \t""".split()
    + [" ", "  ", ",", "\n", " , "]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CLAUSE_WORDS, max_size=30).map("".join), st.lists(_CLAUSE_WORDS).map(" ".join))
def test_and_hint_starts_match_the_plain_pattern(glued: str, spaced: str) -> None:
    for text in (glued, spaced, ", and while he said", " while while  while\nwhile "):
        plain = [m.start() for m in patterns.AND_HINT.finditer(text)]
        assert document.and_hint_starts(text) == plain
