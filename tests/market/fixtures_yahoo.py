"""Frames shaped exactly like yfinance 1.x returns them, and a stand-in for ``yf.download``.

``Ticker.history(auto_adjust=True, actions=False)`` gives one frame per ticker: columns
Open, High, Low, Close, Volume (Volume int64), a DatetimeIndex named "Date" of midnights in the
exchange time zone. ``yf.download`` then (``multi._download_impl`` in yfinance 1.7):

* puts ``utils.empty_df()`` (Open, High, Low, Close, Adj Close, Volume, all NaN) in place of a
  ticker that failed, and logs "\\n1 Failed download:" and "['XYZ']: <error>" on the "yfinance"
  logger instead of raising;
* drops the time zone when ``ignore_tz`` is true (the default for daily data), reindexes every
  ticker on the union of dates (NaN rows where another ticker traded);
* concatenates with keys (names ['Ticker', 'Price']), swaps the levels for
  ``group_by="column"`` and sorts them: MultiIndex columns (Price, Ticker), even for one ticker.

:func:`download_frame` repeats those steps with yfinance's own ``empty_df`` and
``reindex_dfs``; ``test_yahoo_source.py`` checks it against the real ``yf.download`` driven by a
fake ``Ticker``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from yfinance import multi as yf_multi
from yfinance import utils as yf_utils

__all__ = ["FakeDownload", "download_frame", "history_frame"]


def history_frame(
    dates: Sequence[str],
    closes: Sequence[float],
    *,
    tz: str = "America/New_York",
) -> pd.DataFrame:
    """Build one ticker's frame as ``Ticker.history(auto_adjust=True, actions=False)`` does.

    Open/High/Low are derived from the closes (open = close * 0.99, high = close * 1.01,
    low = close * 0.98); NaN closes give an all-NaN row; volume is int64.
    """
    close = np.asarray(closes, dtype="float64")
    index = pd.DatetimeIndex(pd.to_datetime(list(dates)), name="Date").as_unit("us")
    index = index.tz_localize(tz)
    frame = pd.DataFrame(
        {
            "Open": close * 0.99,
            "High": close * 1.01,
            "Low": close * 0.98,
            "Close": close,
            "Volume": np.where(np.isnan(close), 0, 1_000_000).astype("int64"),
        },
        index=index,
    )
    return frame


def download_frame(
    histories: dict[str, pd.DataFrame | None], *, ignore_tz: bool = True
) -> pd.DataFrame:
    """Assemble per-ticker frames the way ``yf.download(group_by="column")`` does.

    Parameters
    ----------
    histories
        Ticker to its ``history_frame`` or None for a failed download.
    ignore_tz
        yfinance's ``ignore_tz`` (True for daily data unless the caller overrides it).
    """
    dfs = {t: (yf_utils.empty_df() if h is None else h.copy()) for t, h in histories.items()}
    if ignore_tz:
        for df in dfs.values():
            if df.shape[0] > 0:
                df.index = df.index.tz_localize(None)
    dfs = yf_multi.reindex_dfs(dfs, ignore_tz)
    data = pd.concat(dfs.values(), axis=1, sort=True, keys=dfs.keys(), names=["Ticker", "Price"])
    data.columns = data.columns.swaplevel(0, 1)
    return data.sort_index(level=0, axis=1)


class FakeDownload:
    """A stand-in for ``yfinance.download`` that returns frames of the real shape.

    Parameters
    ----------
    histories
        Ticker to its per-ticker history frame; tickers missing here fail.
    errors
        Ticker to the error text yfinance logs for it (default for a missing ticker:
        "YFTzMissingError('possibly delisted; no timezone found')").
    raises
        An exception to raise instead of returning (yfinance versions or setups that raise).
    ignore_tz
        Passed to :func:`download_frame` (False gives a tz-aware index).
    """

    def __init__(
        self,
        histories: dict[str, pd.DataFrame] | None = None,
        *,
        errors: dict[str, str] | None = None,
        raises: BaseException | None = None,
        ignore_tz: bool = True,
        on_call: Callable[[], None] | None = None,
    ) -> None:
        self.histories = dict(histories or {})
        self.errors = dict(errors or {})
        self.raises = raises
        self.ignore_tz = ignore_tz
        self.on_call = on_call
        self.calls: list[dict[str, Any]] = []

    def __call__(self, tickers: Any, **kwargs: Any) -> pd.DataFrame:
        names = tickers if isinstance(tickers, (list, tuple, set)) else str(tickers).split()
        names = [str(t).upper() for t in names]
        self.calls.append({"tickers": names, **kwargs})
        if self.on_call is not None:
            self.on_call()
        if self.raises is not None:
            raise self.raises
        per: dict[str, pd.DataFrame | None] = {}
        failed: dict[str, str] = {}
        for t in names:
            if t in self.histories and t not in self.errors:
                per[t] = self.histories[t]
            else:
                per[t] = None
                failed[t] = self.errors.get(
                    t, "YFTzMissingError('possibly delisted; no timezone found')"
                )
        if failed:
            logger = logging.getLogger("yfinance")
            n = len(failed)
            logger.error("\n%.f Failed download%s:", n, "s" if n > 1 else "")
            grouped: dict[str, list[str]] = {}
            for t, err in failed.items():
                grouped.setdefault(err, []).append(t)
            for err, syms in grouped.items():
                logger.error(f"{syms}: " + err)
        return download_frame(per, ignore_tz=self.ignore_tz)
