"""Returns read from a Parquet price panel: planned by the calling process, read where needed.

:meth:`EventStudy.from_parquet` builds a study on the closes of a ``parquet:PATH`` dataset
(:class:`~toolkit.market.parquetfile.ParquetSource`: one file or a folder, best partitioned
by asset, ``asset=XYZ/``, with row groups of a year or so) without reading the closes of its
assets. :func:`plan_parquet_returns` reads what planning the study needs: the tickers, the
dates of their rows (the sessions of the returns, checked and warned about as
:meth:`~toolkit.market.parquetfile.ParquetSource.fetch` does) and the benchmark's closes. It
records them in a :class:`ParquetReturns`, from which the returns are read later:

- **on a Dask worker**, one part of a fit at a time (:class:`WindowRecipe`): the closes of the
  part's tickers on the part's dates only (the source skips the other assets' folders and the
  row groups outside the dates), checked by the source as it reads them, turned into returns
  exactly as :meth:`~toolkit.market.pricedata.PriceData.returns` does, checked for looking like
  prices or percents (:func:`~toolkit.study.return_checks.check_returns`, whose warnings go
  back to the calling process), minus the risk-free rate with a Fama-French model;
- **in the calling process**, every asset at once (:meth:`ParquetReturns.read`), when the study
  is fitted without a cluster or its ``returns`` are asked for.

What this module decides:

- **The sessions**: the dates of every requested ticker's rows, benchmark included (the index
  of the wide price frame :meth:`~toolkit.market.base.PriceSource.load` would build), the
  first of them being the close before the first return.
- **Which closes a window needs**: the sessions of the part's windows and the close before the
  first (a return needs the previous close), for the part's assets only (every asset when the
  part has events of every asset).
- **Ranges per ticker**: a ticker is read over the window's dates clipped to its own first and
  last close (listed later or delisted earlier), so that the source's coverage check holds;
  tickers with the same clipped range are read together.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from toolkit.errors import DataWarning, InputError
from toolkit.study._blocks import BlockItem, Panel
from toolkit.study.return_checks import check_returns

__all__ = ["ParquetReturns", "WindowRecipe", "part_assets", "plan_parquet_returns"]


@dataclass(frozen=True)
class ParquetReturns:
    """Where a study's returns come from: a Parquet price panel, and what is known of it.

    Attributes
    ----------
    path
        The file or dataset folder.
    close_column
        ``"close"``, ``"adj_close"`` or None (the source's default).
    kind
        ``"simple"`` or ``"log"`` returns.
    tickers
        The study's assets (canonical tickers, the benchmark left out), in column order.
    start, end
        The bounds the closes are read between (None: all the panel has).
    price_dates
        The dates of the closes the study's returns are computed from (the first close and
        then the date of every return).
    spans
        Per ticker, the positions in ``price_dates`` of its first and last close.
    deduct
        Per return (row of :attr:`sessions`), what is subtracted from every asset's return:
        the risk-free rate of a Fama-French model (``log(1 + RF)`` for log returns); None
        for the other models.
    """

    path: str
    close_column: str | None
    kind: str
    tickers: tuple[str, ...]
    start: pd.Timestamp | None
    end: pd.Timestamp | None
    price_dates: pd.DatetimeIndex
    spans: dict[str, tuple[int, int]]
    deduct: np.ndarray | None = None

    @property
    def sessions(self) -> pd.DatetimeIndex:
        """The dates of the returns (every price date but the first)."""
        return self.price_dates[1:]

    def source(self) -> Any:
        """The price source that reads the panel."""
        from toolkit.market.parquetfile import ParquetSource

        return ParquetSource(self.path, close_column=self.close_column)

    def read(self) -> pd.DataFrame:
        """Every asset's returns on :attr:`sessions`, read in this process.

        The source checks every close it reads (an error names the ticker and the path);
        returns that look like prices or percents are warned about
        (:func:`~toolkit.study.return_checks.check_returns`) before ``deduct`` is subtracted.
        """
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the dates' warnings were given by the plan
            fetched = self.source().fetch(self.tickers, self.start, self.end)
        for err in fetched.errors.values():
            raise err
        closes = _fill(fetched, self.tickers, self.price_dates)
        prices = pd.DataFrame(closes, index=self.price_dates, columns=list(self.tickers))
        returns = check_returns(_returns_of(prices, self.kind), name="returns")
        if self.deduct is not None:
            returns = returns.sub(pd.Series(self.deduct, index=returns.index), axis=0)
        return returns

    def recipe(self, skeleton: Panel, assets: Sequence[str], rows: np.ndarray) -> WindowRecipe:
        """What a worker needs to read the returns of a panel window: ``skeleton`` is the
        window (:meth:`~toolkit.study._blocks.Panel.window`) without its returns, ``assets``
        the tickers the part reads, at rows ``rows`` of the study's columns."""
        width = skeleton.keep_reg.shape[0]
        # window column c holds return row c - pad_lo, the return dated price_dates[row + 1]
        ret_rows = np.arange(width) - skeleton.pad_lo
        cols = np.flatnonzero((ret_rows >= 0) & (ret_rows < len(self.price_dates) - 1))
        if len(cols) == 0:
            return WindowRecipe(self, skeleton, (), np.zeros(0, int), 0, self.price_dates[:0], 0)
        r0, r1 = int(ret_rows[cols[0]]), int(ret_rows[cols[-1]])
        return WindowRecipe(
            self,
            skeleton,
            tuple(assets),
            np.asarray(rows),
            int(cols[0]),
            self.price_dates[r0 : r1 + 2],
            r0,
        )


@dataclass(frozen=True)
class WindowRecipe:
    """One part's panel window as a worker reads it: the source, the window without its
    returns (design, masks, benchmark: a few numbers per session), the part's tickers and
    their rows, the first window column holding a return, and the dates of the closes to read
    (``dates[0]`` is the close before the first return)."""

    source: ParquetReturns
    skeleton: Panel
    tickers: tuple[str, ...]
    rows: np.ndarray
    col0: int
    dates: pd.DatetimeIndex
    first_date: int

    def read(self) -> Panel:
        """On a worker: the window with the returns of the part's tickers (NaN elsewhere).

        Raises
        ------
        InputError, RangeError, DataSourceError
            What the source raises about the closes it reads (naming the ticker and the path).
        """
        skel = self.skeleton
        n_assets = skel.returns.shape[0]
        width = skel.keep_reg.shape[0]
        out = np.full((n_assets, width), np.nan)
        returns = self._returns()
        if returns is not None:
            if self.source.deduct is not None:
                deduct = self.source.deduct[self.first_date : self.first_date + len(returns)]
                returns = returns - deduct[:, None]
            out[self.rows, self.col0 : self.col0 + len(returns)] = returns.T
        return dataclasses.replace(skel, returns=out)

    def warnings_of(self, panel: Panel) -> list[str]:
        """On a worker: what :func:`~toolkit.study.return_checks.check_returns` says about the
        returns this part read (``panel``: the window :meth:`read` gave), for the calling
        process to warn with."""
        n_ret = len(self.dates) - 1
        if n_ret <= 0 or not self.tickers:
            return []
        values = panel.returns[self.rows, self.col0 : self.col0 + n_ret].T
        if self.source.deduct is not None:  # the check reads returns before RF comes off
            deduct = self.source.deduct[self.first_date : self.first_date + n_ret]
            values = values + deduct[:, None]
        frame = pd.DataFrame(values, index=self.dates[1:], columns=list(self.tickers))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            check_returns(frame, name="returns")
        where = (
            f" (returns read by a Dask worker from {self.source.path}, "
            f"{self.dates[1]:%Y-%m-%d} to {self.dates[-1]:%Y-%m-%d})"
        )
        return [str(w.message) + where for w in caught if issubclass(w.category, DataWarning)]

    def _returns(self) -> np.ndarray | None:
        """The returns of the part's tickers on ``dates[1:]`` (dates x tickers), or None."""
        if len(self.dates) < 2 or not self.tickers:
            return None
        closes = read_closes(self.source, self.tickers, self.first_date, len(self.dates))
        prices = pd.DataFrame(closes, index=self.dates, columns=list(self.tickers))
        return _returns_of(prices, self.source.kind).to_numpy()


def read_closes(
    record: ParquetReturns, tickers: Sequence[str], first: int, n_dates: int
) -> np.ndarray:
    """The closes of ``tickers`` on ``record.price_dates[first : first + n_dates]`` (dates x
    tickers, NaN where a ticker has none), each read over those dates clipped to its own
    first and last close, checked by the source as it reads them."""
    dates = record.price_dates[first : first + n_dates]
    closes = np.full((len(dates), len(tickers)), np.nan)
    lo_pos, hi_pos = first, first + len(dates) - 1
    ranges: dict[tuple[int, int], list[int]] = {}
    for j, t in enumerate(tickers):
        span_first, span_last = record.spans[t]
        a, b = max(lo_pos, span_first), min(hi_pos, span_last)
        if a <= b:
            ranges.setdefault((a, b), []).append(j)
    source = record.source()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the plan warned about the same dates
        for (a, b), cols in ranges.items():
            names = tuple(tickers[j] for j in cols)
            # the source's checks, without the digest PriceData adds (not needed here)
            fetched = source.fetch(names, record.price_dates[a], record.price_dates[b])
            for err in fetched.errors.values():
                raise err
            closes[:, cols] = _fill(fetched, names, dates)
    return closes


def _fill(fetched: Any, tickers: Sequence[str], dates: pd.DatetimeIndex) -> np.ndarray:
    """The closes of ``tickers`` in ``fetched`` on ``dates`` (NaN where a ticker has none)."""
    closes = np.full((len(dates), len(tickers)), np.nan)
    for j, t in enumerate(tickers):
        rows = fetched.frames[t]
        day = pd.DatetimeIndex(rows["date"]).tz_localize(None).normalize()
        close = pd.Series(rows["close"].to_numpy(dtype=np.float64), index=day)
        closes[:, j] = close.reindex(dates).to_numpy()
    return closes


def _returns_of(prices: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Returns of ``prices`` as :meth:`PriceData.returns` computes them (first row dropped)."""
    from toolkit.market.pricedata import PriceData

    data = PriceData.__new__(PriceData)
    object.__setattr__(data, "prices", prices)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return data.returns(kind)


def part_assets(items: Sequence[BlockItem], n_assets: int) -> np.ndarray:
    """The asset columns the blocks ``items`` read: all of them when a block holds events of
    every asset."""
    if any(it.asset_idx is None for it in items):
        return np.arange(n_assets)
    return np.unique(np.concatenate([it.asset_idx[it.c0 : it.c0 + it.chunk] for it in items]))


def plan_parquet_returns(
    path: Any,
    tickers: Sequence[str] | str | None,
    benchmark: Any,
    start: Any,
    end: Any,
    close_column: str | None,
    kind: str,
) -> tuple[ParquetReturns, pd.Series | None]:
    """The record the returns of ``tickers`` (None: every ticker of the panel) are read by,
    and the returns of ``benchmark`` (a ticker of the panel, or a Series used as given).

    Reads the panel's schema, the dates of the tickers' rows and the benchmark's closes: no
    close of any other ticker. The dates are checked and warned about as the ``parquet``
    source does when it loads the closes (coverage of ``start`` and ``end``, days the NYSE was
    closed, repeated dates, missing sessions), and the returns that will be NaN because a close
    is missing are counted as :meth:`~toolkit.market.pricedata.PriceData.returns` counts them.

    Raises
    ------
    InputError
        For a bad ``path``, ``tickers``, ``benchmark``, ``start`` or ``end``; the source's
        errors otherwise (:class:`~toolkit.errors.UnknownTickerError`,
        :class:`~toolkit.errors.RangeError`, ...).
    """
    from toolkit.market.dates import check_order, parse_date
    from toolkit.market.parquetfile import ParquetSource
    from toolkit.market.pricedata import warn_nan_returns
    from toolkit.market.tickers import canonical_tickers

    source = ParquetSource(path, close_column=close_column)
    if tickers is None:
        tickers = source.tickers()
    elif isinstance(tickers, str):
        tickers = [tickers]
    names = list(tickers)
    if isinstance(benchmark, str):
        names.append(benchmark)
    elif benchmark is not None and not isinstance(benchmark, pd.Series):
        raise InputError(
            "Parameter `benchmark` takes a ticker of the Parquet panel, a Series of returns or "
            f"None, got {type(benchmark).__name__}."
        )
    wanted = canonical_tickers(names)
    bench_name = canonical_tickers(benchmark)[0] if isinstance(benchmark, str) else None
    lo, hi = parse_date(start, "start"), parse_date(end, "end")
    check_order(lo, hi)
    rows = source.dates(wanted, lo, hi)
    codes = rows["ticker"].cat.codes.to_numpy()
    price_dates = pd.DatetimeIndex(np.unique(rows["date"].to_numpy()))
    at = price_dates.get_indexer(pd.DatetimeIndex(rows["date"]))
    del rows
    bounds = np.searchsorted(codes, np.arange(len(wanted) + 1))
    empty = [t for i, t in enumerate(wanted) if bounds[i] == bounds[i + 1]]
    if empty:
        raise InputError(f"Parameter `path`: {source.path} has no sessions for {empty}.")
    spans = {t: (int(at[bounds[i]]), int(at[bounds[i + 1] - 1])) for i, t in enumerate(wanted)}
    # a return is NaN unless the ticker has a close on its date and on the date before
    follows = np.r_[(np.diff(at) == 1) & (np.diff(codes) == 0), False]
    both = np.add.reduceat(follows.astype(np.int64), bounds[:-1])
    warn_nan_returns(pd.Series(len(price_dates) - 1 - both, index=list(wanted)), stacklevel=2)
    record = ParquetReturns(
        str(source.path),
        close_column,
        kind,
        tuple(t for t in wanted if t != bench_name),
        lo,
        hi,
        price_dates,
        spans,
    )
    if bench_name is None:
        return record, benchmark
    closes = read_closes(record, [bench_name], 0, len(price_dates))
    prices = pd.DataFrame(closes, index=price_dates, columns=[bench_name])
    return record, _returns_of(prices, kind)[bench_name]
