"""Ticker spelling: aliases such as "S&P 500" or "SPX" map to one canonical ticker."""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.errors import InputError

__all__ = ["ALIASES", "canonical_ticker", "canonical_tickers"]

#: Alternative spellings (compared case-insensitively, spaces ignored) and their canonical ticker.
ALIASES: dict[str, str] = {
    "^GSPC": "^GSPC",
    "GSPC": "^GSPC",
    "SPX": "^GSPC",
    "^SPX": "^GSPC",
    "S&P500": "^GSPC",
    "SP500": "^GSPC",
    "VIX": "^VIX",
    "^VIX": "^VIX",
}


def canonical_ticker(name: str, *, param: str = "tickers") -> str:
    """Return the canonical spelling of a ticker.

    Known aliases of the S&P 500 index ("SPX", "^SPX", "GSPC", "S&P 500", "SP500") map to
    ``"^GSPC"`` and "VIX" maps to ``"^VIX"``; any other ticker is stripped and upper-cased
    (Yahoo Finance spelling, e.g. ``"BRK-B"``).

    Parameters
    ----------
    name
        The ticker as the user wrote it.
    param
        The parameter name used in error messages.

    Returns
    -------
    str
        The canonical ticker.

    Raises
    ------
    InputError
        If ``name`` is not a non-empty string.

    Examples
    --------
    >>> canonical_ticker("S&P 500")
    '^GSPC'
    >>> canonical_ticker(" aapl ")
    'AAPL'
    """
    if not isinstance(name, str) or not name.strip():
        raise InputError(
            f"Parameter `{param}` takes ticker strings such as '^GSPC' or 'SPY', got {name!r}."
        )
    cleaned = name.strip().upper()
    key = "".join(cleaned.split())
    return ALIASES.get(key, cleaned)


def canonical_tickers(tickers: str | Iterable[str], *, param: str = "tickers") -> tuple[str, ...]:
    """Canonicalise one ticker or several, dropping repeats and keeping the order.

    Parameters
    ----------
    tickers
        A ticker or an iterable of tickers.
    param
        The parameter name used in error messages.

    Returns
    -------
    tuple of str
        Canonical tickers, each once, in the order first given.

    Raises
    ------
    InputError
        If no ticker is given or one is not a non-empty string.

    Examples
    --------
    >>> canonical_tickers(["SPX", "spy", "^GSPC"])
    ('^GSPC', 'SPY')
    """
    if isinstance(tickers, str):
        items: list[object] = [tickers]
    else:
        try:
            items = list(tickers)
        except TypeError:
            raise InputError(
                f"Parameter `{param}` takes a ticker or a list of tickers, got {tickers!r}."
            ) from None
    if not items:
        raise InputError(f"Parameter `{param}` takes at least one ticker, got none.")
    out = [canonical_ticker(t, param=param) for t in items]  # type: ignore[arg-type]
    return tuple(dict.fromkeys(out))
