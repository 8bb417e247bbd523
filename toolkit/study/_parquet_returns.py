"""Returns read from a Parquet price panel, by the calling process and by Dask workers alike.

:meth:`EventStudy.from_parquet` builds a study on the closes of a ``parquet:PATH`` dataset
(:class:`~toolkit.market.parquetfile.ParquetSource`: one file or a folder, best partitioned
by asset, ``asset=XYZ/``, with row groups of a year or so), and records where they came from
in a :class:`ParquetReturns`. A fit on a Dask cluster then ships each part of the fit only that
record, the part's tickers and its dates (:class:`WindowRecipe`); the worker reads the closes
of those tickers on those dates itself (the source skips the other assets' folders and the row
groups outside the dates) and turns them into returns exactly as the calling process did
(:meth:`~toolkit.market.pricedata.PriceData.returns`), so the numbers are the same.

What this module decides:

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

from toolkit.errors import InputError
from toolkit.study._blocks import BlockItem, Panel

__all__ = ["ParquetReturns", "WindowRecipe", "load_parquet_returns", "part_assets"]


@dataclass(frozen=True)
class ParquetReturns:
    """Where a study's returns come from: a Parquet price panel.

    Attributes
    ----------
    path
        The file or dataset folder.
    close_column
        ``"close"``, ``"adj_close"`` or None (the source's default).
    kind
        ``"simple"`` or ``"log"`` returns.
    price_dates
        The dates of the closes the study's returns were computed from (the first close and
        then the date of every return).
    spans
        Per ticker, the positions in ``price_dates`` of its first and last close.
    """

    path: str
    close_column: str | None
    kind: str
    price_dates: pd.DatetimeIndex
    spans: dict[str, tuple[int, int]]

    def source(self) -> Any:
        """The price source that reads the panel."""
        from toolkit.market.parquetfile import ParquetSource

        return ParquetSource(self.path, close_column=self.close_column)

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
        """On a worker: the window with the returns of the part's tickers (NaN elsewhere)."""
        skel = self.skeleton
        n_assets = skel.returns.shape[0]
        width = skel.keep_reg.shape[0]
        out = np.full((n_assets, width), np.nan)
        n_ret = len(self.dates) - 1
        if n_ret > 0 and self.tickers:
            closes = self._closes()
            prices = pd.DataFrame(closes, index=self.dates, columns=list(self.tickers))
            returns = _returns_of(prices, self.source.kind)
            out[self.rows, self.col0 : self.col0 + n_ret] = returns.to_numpy().T
        return dataclasses.replace(skel, returns=out)

    def _closes(self) -> np.ndarray:
        """The closes of the tickers on ``dates`` (NaN where a ticker has none)."""
        src = self.source
        closes = np.full((len(self.dates), len(self.tickers)), np.nan)
        lo_pos, hi_pos = self.first_date, self.first_date + len(self.dates) - 1
        ranges: dict[tuple[int, int], list[int]] = {}
        for j, t in enumerate(self.tickers):
            first, last = src.spans[t]
            a, b = max(lo_pos, first), min(hi_pos, last)
            if a <= b:
                ranges.setdefault((a, b), []).append(j)
        source = src.source()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the calling process warned about the same data
            for (a, b), cols in ranges.items():
                names = tuple(self.tickers[j] for j in cols)
                # the source's checks, without the digest PriceData adds (not needed here)
                fetched = source.fetch(names, src.price_dates[a], src.price_dates[b])
                for err in fetched.errors.values():
                    raise err
                for j, t in zip(cols, names):
                    rows = fetched.frames[t]
                    day = pd.DatetimeIndex(rows["date"]).tz_localize(None).normalize()
                    close = pd.Series(rows["close"].to_numpy(dtype=np.float64), index=day)
                    closes[:, j] = close.reindex(self.dates).to_numpy()
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


def load_parquet_returns(
    path: Any,
    tickers: Sequence[str] | str | None,
    benchmark: Any,
    start: Any,
    end: Any,
    close_column: str | None,
    kind: str,
) -> tuple[pd.DataFrame, pd.Series | None, ParquetReturns]:
    """The returns of ``tickers`` (None: every ticker of the panel) and of ``benchmark`` (a
    ticker of the panel, or a Series used as given), with the record a worker reads them by.

    Raises
    ------
    InputError
        For a bad ``path``, ``tickers`` or ``benchmark``; the source's errors otherwise.
    """
    from toolkit.market.parquetfile import ParquetSource

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
    data = source.load(names, start, end)
    prices = data.prices
    prices.index = pd.DatetimeIndex(prices.index).tz_localize(None).normalize()
    returns = _returns_of(prices, kind)
    bench = benchmark
    if isinstance(benchmark, str):
        col = data.tickers[-1]  # the benchmark's canonical name
        bench = returns.pop(col)
        prices = prices.drop(columns=[col])
    first = prices.notna().to_numpy().argmax(axis=0)
    last = len(prices) - 1 - prices.notna().to_numpy()[::-1].argmax(axis=0)
    spans = {str(t): (int(a), int(b)) for t, a, b in zip(prices.columns, first, last)}
    record = ParquetReturns(
        str(source.path), close_column, kind, pd.DatetimeIndex(prices.index), spans
    )
    return returns, bench, record
