"""The registry of price sources, and :func:`load_prices`."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import Any

from toolkit.errors import InputError, RangeError, SourceWarning, external_stacklevel
from toolkit.market.auto import AutoSource
from toolkit.market.base import PriceSource
from toolkit.market.csvfile import CsvSource
from toolkit.market.dates import DateLike, parse_date
from toolkit.market.parquetfile import ParquetSource
from toolkit.market.pricedata import PriceData
from toolkit.market.snapshot import SnapshotSource
from toolkit.market.yahoo import YahooSource

__all__ = ["available_sources", "get_source", "load_prices", "register_source"]

_FACTORIES: dict[str, Callable[..., PriceSource]] = {}
#: Sources that read a file, so that ``"csv:PATH"`` means ``get_source("csv", path=PATH)``.
_FILE_SOURCES = ("csv", "parquet")


def register_source(
    name: str, factory: Callable[..., PriceSource], *, replace: bool = False
) -> None:
    """Make a price source available by name.

    Parameters
    ----------
    name
        The name used in ``load_prices(..., source=name)``.
    factory
        A callable (usually a :class:`~toolkit.market.base.PriceSource` subclass) taking the
        source's keyword options and returning a source.
    replace
        Allow replacing a source already registered under ``name``.

    Raises
    ------
    InputError
        If ``name`` is empty or taken (and ``replace`` is False), or ``factory`` is not callable.
    """
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"Parameter `name` takes a non-empty string, got {name!r}.")
    if not callable(factory):
        raise InputError(f"Parameter `factory` takes a callable, got {factory!r}.")
    if name in _FACTORIES and not replace:
        raise InputError(
            f"Parameter `name`: a source {name!r} is already registered; pass replace=True."
        )
    _FACTORIES[name] = factory


def available_sources() -> list[str]:
    """List the registered source names, sorted."""
    return sorted(_FACTORIES)


def get_source(name: str = "auto", **options: Any) -> PriceSource:
    """Create a registered price source.

    Parameters
    ----------
    name
        ``"auto"``, ``"snapshot"``, ``"yahoo"``, ``"csv"``, ``"parquet"`` or a name given to
        :func:`register_source`; ``"csv:PATH"`` and ``"parquet:PATH"`` give the path too.
    **options
        The source's options, e.g. ``path=`` for ``"csv"``, ``cache=`` for ``"yahoo"``.

    Returns
    -------
    PriceSource

    Raises
    ------
    InputError
        If ``name`` is not registered or an option is not accepted by the source.

    Examples
    --------
    >>> get_source("snapshot")
    SnapshotSource()
    """
    prefix, sep, path = name.partition(":") if isinstance(name, str) else ("", "", "")
    if name not in _FACTORIES and sep and prefix in _FILE_SOURCES and path:
        name, options = prefix, {**options, "path": path}
    if name not in _FACTORIES:
        choices = ", ".join(repr(n) for n in available_sources())
        raise InputError(f"Parameter `source` takes one of {choices}, got {name!r}.")
    try:
        return _FACTORIES[name](**options)
    except TypeError as exc:
        raise InputError(
            f"The {name!r} source does not accept the options {sorted(options)} ({exc})."
        ) from exc


def load_prices(
    tickers: str | Iterable[str],
    start: DateLike | None = None,
    end: DateLike | None = None,
    *,
    source: str | PriceSource = "auto",
    partial: bool = False,
    **options: Any,
) -> PriceData:
    """Load daily prices.

    Parameters
    ----------
    tickers
        A ticker or tickers. "^GSPC", "SPX", "^SPX", "GSPC", "S&P 500" and "SP500" all mean the
        S&P 500 index "^GSPC".
    start, end
        Inclusive bounds (dates or ISO strings); None means all the source has.
    source
        ``"auto"`` (cache, then Yahoo Finance, then the embedded snapshot with a
        :class:`~toolkit.errors.SourceWarning`), ``"snapshot"``, ``"yahoo"``, ``"csv"`` (needs
        ``path=``), another registered name, or a :class:`~toolkit.market.base.PriceSource`.
    partial
        If True, a range the source covers only in part is narrowed to the part it has, with a
        :class:`~toolkit.errors.SourceWarning`, instead of raising :class:`RangeError` (a range
        wholly outside still raises). Reports and the ``study`` command use this, so that events
        near the end (or before the start) of the data are skipped by the study rather than
        stopping it.
    **options
        Passed to the source, e.g. ``path="prices.csv"`` or ``cache=False``.

    Returns
    -------
    PriceData
        Closes in :attr:`~PriceData.prices`, OHLCV in :attr:`~PriceData.ohlcv`, with source,
        retrieval time and sha256.

    Raises
    ------
    InputError
        Bad tickers, dates, ``start`` after ``end``, unknown source or options.
    UnknownTickerError
        A ticker the source does not have.
    RangeError
        The source does not cover the range (the message names what it covers).
    DataSourceError
        The source failed (network, rate limit, unreadable file); the cause is attached.

    Examples
    --------
    >>> data = load_prices("SPX", "2025-04-02", "2025-04-04", source="snapshot")
    >>> data.prices["^GSPC"].tolist()
    [5670.97, 5396.52, 5074.08]
    """
    if isinstance(source, PriceSource):
        if options:
            raise InputError(
                f"Options {sorted(options)} apply only when `source` is a name, not a source."
            )
        src = source
    else:
        src = get_source(source, **options)
    if not isinstance(partial, bool):
        raise InputError(f"Parameter `partial` takes True or False, got {partial!r}.")
    if not partial:
        return src.load(tickers, start, end)
    lo, hi = parse_date(start, "start"), parse_date(end, "end")
    notes: list[str] = []
    while True:
        try:
            data = src.load(tickers, lo, hi)
            break
        except RangeError as exc:
            if exc.available is None:
                raise
            first, last = exc.available
            new_lo = None if lo is None else max(lo, first)
            new_hi = None if hi is None else min(hi, last)
            stuck = (new_lo, new_hi) == (lo, hi)
            if stuck or (new_lo is not None and new_hi is not None and new_lo > new_hi):
                raise
            notes.append(str(exc).split(";")[0])
            lo, hi = new_lo, new_hi
    if notes:
        span = f"{data.prices.index.min():%Y-%m-%d} to {data.prices.index.max():%Y-%m-%d}"
        warnings.warn(
            f"{'; '.join(notes)}: prices are loaded for {span} only; events whose windows need "
            "dates outside it are skipped.",
            SourceWarning,
            stacklevel=external_stacklevel(),
        )
    return data


register_source("auto", AutoSource)
register_source("snapshot", SnapshotSource)
register_source("yahoo", YahooSource)
register_source("csv", CsvSource)
register_source("parquet", ParquetSource)
