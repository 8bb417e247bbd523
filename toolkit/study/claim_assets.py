"""Assets named in a market claim: indices, sector funds, stocks, and markets without prices.

:func:`find_assets` finds, in a statement's text: names the user maps to tickers
(``names={"Apple": "AAPL"}``); tickers in parentheses ("Nvidia (NVDA)"); the U.S. indices (S&P
500, Dow, Nasdaq, Nasdaq 100, Russell 2000, VIX); the Select Sector SPDR sectors ("energy
stocks", "utilities"); the broad market ("stocks", "equities", "Wall Street", "the market"),
which is the S&P 500 unless a word before it names a segment ("bank stocks", "European
stocks"); and markets without prices (foreign indices, oil, gold, currencies, bonds, futures).
"Acme shares" with no mapping for Acme is a name the rules do not know. The word lists are in
:mod:`toolkit.study.claim_vocabulary`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from toolkit.study import claim_vocabulary as vocab

__all__ = ["Asset", "alternation", "find_assets"]


@dataclass(frozen=True)
class Asset:
    """An index, sector, stock or market named in the text.

    Attributes
    ----------
    name
        As the rules name it ("S&P 500", "energy stocks", "Apple").
    ticker
        The ticker its prices are loaded under, or None.
    start, end
        Character offsets of the mention.
    status
        ``"priced"`` (a ticker to look up), ``"unpriced"`` (known, but no prices: oil, the
        Nikkei, futures) or ``"unknown"`` (a name the rules and ``names`` do not know).
    note
        Why there are no prices, for ``"unpriced"`` and ``"unknown"``.
    """

    name: str
    ticker: str | None
    start: int
    end: int
    status: str = "priced"
    note: str | None = None


def alternation(words: Mapping[str, object] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace.

    Examples
    --------
    >>> alternation(("up", "higher"))
    'higher|up'
    """
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _asset_patterns() -> tuple[tuple[re.Pattern[str], str, str | None, str, str | None], ...]:
    """(pattern, name, ticker, status, note) for every built-in asset, compiled once."""
    out: list[tuple[re.Pattern[str], str, str | None, str, str | None]] = []
    for pattern, name, ticker in vocab.INDICES:
        out.append((re.compile(rf"\b(?:{pattern})(?![\w-])"), name, ticker, "priced", None))
    for pattern, name, ticker in vocab.SECTORS:
        out.append((re.compile(rf"\b(?:{pattern})\b", re.I), name, ticker, "priced", None))
    for ticker in vocab.SNAPSHOT_FUNDS:
        out.append(
            (
                re.compile(rf"(?<![\w^$]){re.escape(ticker)}(?![\w-])"),
                ticker,
                ticker,
                "priced",
                None,
            )
        )
    out.append(
        (
            re.compile(rf"\b(?:{vocab.FOREIGN_INDICES})(?![\w-])"),
            "",
            None,
            "unpriced",
            "not a U.S. index; its sessions do not follow the NYSE calendar",
        )
    )
    for pattern, name in vocab.UNPRICED:
        out.append(
            (
                re.compile(rf"\b(?:{pattern})\b", re.I),
                name,
                None,
                "unpriced",
                f"{name}: the price data hold U.S. stock indices, sector funds and stocks",
            )
        )
    return tuple(out)


_TICKER_IN_PARENS = re.compile(
    r"\((?:(?:NYSE|NASDAQ|Nasdaq|NYSE\s+Arca|AMEX|Cboe)\s*:\s*)?"
    r"(?P<ticker>\^?[A-Z]{1,5}(?:[.-][A-Z]{1,2})?)\)"
)
_GENERIC = re.compile(
    rf"\b(?:(?P<us>U\.S\.|US|American)\s+)?(?P<g>{alternation(vocab.BROAD_MARKET)})(?![\w-])"
    r"(?!['’]s\s+fear)",
    re.I,
)
_OTHER_INDEX = re.compile(vocab.OTHER_INDEX)
_SHARES = re.compile(
    r"\b(?:shares|stock)(?![\w-])(?!\s+(?:markets?|futures|exchanges?|ind(?:ex|ices|exes)|prices))",
    re.I,
)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w.'’&-]*)\s+$")
_COMPANY_BEFORE = re.compile(
    r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.-]*?)"  # "Acme Corp."
    r"(?:['’]s)?\s+$"
)
_COMPANY_AFTER = re.compile(
    r"\s+(?:of|in)\s+"  # "shares of Acme Corp."
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?;:\"“(]\s*)$")
_COMPOUND = re.compile(rf"\s+(?:{alternation(vocab.MARKET_COMPOUNDS)})\b", re.I)


def _names_pattern(names: Mapping[str, str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _company(name: str, names: Mapping[str, str], start: int, end: int) -> Asset:
    """An asset for a company named in the text: its ticker when ``names`` maps it."""
    name = re.split(r"['’]s\b", name.strip().rstrip(","))[0]
    for key in sorted(names, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", name):
            return Asset(key, names[key], start, end)
    return Asset(
        name,
        None,
        start,
        end,
        "unknown",
        f"{name!r} is not an index or a ticker the rules know; "
        f"map it with names={{{name!r}: TICKER}}",
    )


def _generic(text: str, m: re.Match[str], names: Mapping[str, str]) -> Asset | None:
    """The asset meant by "stocks", "markets", "Wall Street" and the like, or None."""
    g = m.group("g")
    if g.lower().startswith("market") and _COMPOUND.match(text, m.end()):
        return None
    name = m.group(0)
    if m.group("us") or g.lower().startswith("wall"):
        return Asset(name, "^GSPC", m.start(), m.end())
    before = text[max(0, m.start() - 40) : m.start()]
    word_m = _WORD_BEFORE.search(before)
    if word_m is None:
        return Asset(name, "^GSPC", m.start(), m.end())
    word = word_m.group("word")
    low = word.lower()
    if low in vocab.NEUTRAL_BEFORE or low.endswith(("ed", "ing")):
        return Asset(name, "^GSPC", m.start(), m.end())
    start = m.start() - (len(before) - word_m.start())
    initial = _SENTENCE_START.search(text, 0, start) is not None
    nationality = word[0].isupper() and low.endswith(("an", "ese", "ish", "ic", "i"))
    if word[0].isupper() and not initial and low not in vocab.SEGMENT_WORDS and not nationality:
        return (
            _company(word, names, start, m.end())
            if names
            else Asset(
                f"{word} {g}",
                None,
                start,
                m.end(),
                "unknown",
                f"{word!r} names no index or ticker the rules know",
            )
        )
    return Asset(
        f"{word} {g}",
        None,
        start,
        m.end(),
        "unpriced",
        f"{word.lower()} {g.lower()}: a segment of the market the price data do not hold",
    )


def _shares(text: str, m: re.Match[str], names: Mapping[str, str]) -> Asset | None:
    """The company of "Apple shares", "Apple's stock" or "shares of Apple", or None."""
    after = _COMPANY_AFTER.match(text, m.end())
    if after is not None and m.group(0).lower() == "shares":
        return _company(after.group("name"), names, m.start(), after.end())
    before = _COMPANY_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
    if before is None:
        return None
    words = before.group("name").split()
    while words and words[0].lower() in vocab.NEUTRAL_BEFORE:
        words.pop(0)
    if not words:
        return None
    start = m.start() - len(before.group(0)) + before.group(0).index(words[0])
    return _company(" ".join(words), names, start, m.end())


def find_assets(text: str, names: Mapping[str, str] | None = None) -> list[Asset]:
    """Find the indices, sectors, stocks and markets named in ``text``.

    Parameters
    ----------
    text
        A statement's text.
    names
        Company or other names mapped to tickers (``{"Apple": "AAPL"}``); matched as written.

    Returns
    -------
    list of Asset
        In text order, without overlaps (the longest mention wins at the same place).

    Examples
    --------
    >>> [(a.name, a.ticker) for a in find_assets("The Dow and U.S. stocks fell.")]
    [('Dow', '^DJI'), ('U.S. stocks', '^GSPC')]
    """
    names = dict(names or {})
    found: list[tuple[int, Asset]] = []
    user = _names_pattern(names)
    if user is not None:
        found += [
            (0, Asset(m.group(0), names[m.group(0)], m.start(), m.end()))
            for m in user.finditer(text)
        ]
    for m in _TICKER_IN_PARENS.finditer(text):
        ticker = m.group("ticker")
        if ticker not in vocab.NOT_TICKERS:
            found.append((1, Asset(ticker, ticker, m.start(), m.end())))
    for rank, (pattern, name, ticker, status, note) in enumerate(_asset_patterns(), start=2):
        for m in pattern.finditer(text):
            found.append(
                (rank, Asset(name or m.group(0), ticker, m.start(), m.end(), status, note))
            )
    known = [(a.start, a.end) for _, a in found]
    for m in _OTHER_INDEX.finditer(text):
        words = m.group(0).split()
        lead = len(words[0]) + 1 if words[0].lower() in vocab.NEUTRAL_BEFORE else 0
        if len(words) - (lead > 0) < 2 or any(m.start() < e and s < m.end() for s, e in known):
            continue  # "the index" is an anaphor, not a name
        name = m.group(0)[lead:].lstrip()
        note = f"{name!r} is not an index the rules know; map it with names={{{name!r}: TICKER}}"
        found.append((89, Asset(name, None, m.end() - len(name), m.end(), "unknown", note)))
    for m in _GENERIC.finditer(text):
        asset = _generic(text, m, names)
        if asset is not None:
            found.append((90, asset))
    for m in _SHARES.finditer(text):
        asset = _shares(text, m, names)
        if asset is not None:
            found.append((91, asset))
    found.sort(key=lambda p: (p[1].start, -(p[1].end - p[1].start), p[0]))
    out: list[Asset] = []
    for _, asset in found:
        if out and asset.start < out[-1].end:
            continue
        out.append(asset)
    return out
