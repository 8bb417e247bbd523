"""The ``yahoo`` source: daily prices from Yahoo Finance through yfinance.

yfinance does not raise for most failures: ``yf.download`` logs them ("1 Failed download:
['XYZ']: ...") and returns empty or all-NaN columns. This module captures those log records
during the call and turns them into toolkit errors: a rate limit or a network failure becomes a
:class:`~toolkit.errors.DataSourceError`, an unknown ticker an
:class:`~toolkit.errors.UnknownTickerError`, each with the cause attached. Exceptions that do
escape ``yf.download`` become a :class:`~toolkit.errors.DataSourceError` raised from them.
"""

from __future__ import annotations

import ast
import logging
import os
import re
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from toolkit.errors import (
    DataSourceError,
    DataWarning,
    RangeError,
    ToolkitError,
    UnknownTickerError,
)
from toolkit.market.base import Fetched, PriceSource
from toolkit.market.cache import PriceCache, default_cache
from toolkit.market.dates import MARKET_TZ, check_coverage, non_sessions

__all__ = ["ENV_OFFLINE", "Download", "YahooReportedError", "YahooSource", "download", "to_long"]

#: Set to 1 to keep the toolkit from contacting Yahoo Finance (``auto`` then uses the snapshot).
ENV_OFFLINE = "MARKET_REACTION_OFFLINE"
_FIELDS = {"Open": "open", "High": "high", "Low": "low", "Close": "close", "Volume": "volume"}
_PRICE_NAMES = {*_FIELDS, "Adj Close"}
_REPORT = re.compile(r"^\s*\[(?P<tickers>[^\]]*)\]:\s*(?P<error>.*)$", re.DOTALL)


class YahooReportedError(Exception):
    """An error yfinance logged for a ticker instead of raising it (the logged text)."""


@dataclass
class Download:
    """The raw result of one ``yf.download`` call.

    Attributes
    ----------
    frame
        What yfinance returned: (Price, Ticker) MultiIndex columns, a DatetimeIndex.
    errors
        Ticker to the error text yfinance logged for it.
    """

    frame: pd.DataFrame
    errors: dict[str, str] = field(default_factory=dict)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.errors: dict[str, str] = {}

    def emit(self, record: logging.LogRecord) -> None:
        match = _REPORT.match(record.getMessage())
        if not match:
            return
        try:
            names = ast.literal_eval("[" + match["tickers"] + "]")
        except (ValueError, SyntaxError):
            return
        for name in names:
            self.errors[str(name).upper()] = match["error"].strip()


def offline() -> bool:
    """Tell whether ``MARKET_REACTION_OFFLINE`` asks the toolkit not to contact Yahoo."""
    return os.environ.get(ENV_OFFLINE, "").strip().lower() not in ("", "0", "false", "no")


def download(tickers: list[str], start: pd.Timestamp | None, end: pd.Timestamp | None) -> Download:
    """Call ``yfinance.download`` for daily adjusted prices and capture the errors it logs.

    Parameters
    ----------
    tickers
        Yahoo tickers.
    start, end
        Inclusive bounds (None: from the first available date / up to today).

    Returns
    -------
    Download

    Raises
    ------
    Exception
        Whatever ``yf.download`` raises (the caller wraps it).
    """
    import yfinance as yf

    kwargs: dict[str, object] = {
        "auto_adjust": True,
        "progress": False,
        "group_by": "column",
        "actions": False,
    }
    if start is None and end is None:
        kwargs["period"] = "max"
    if start is not None:
        kwargs["start"] = start.strftime("%Y-%m-%d")
    if end is not None:  # yfinance's end is exclusive
        kwargs["end"] = (end + pd.Timedelta(days=1)).strftime("%Y-%m-%d")
    capture = _Capture()
    logger = logging.getLogger("yfinance")
    logger.addHandler(capture)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module=r"yfinance")
            frame = yf.download(list(tickers), **kwargs)
    finally:
        logger.removeHandler(capture)
    if frame is None:
        frame = pd.DataFrame()
    return Download(frame=frame, errors=capture.errors)


def to_long(
    raw: pd.DataFrame, tickers: list[str]
) -> tuple[dict[str, pd.DataFrame], dict[str, dict[str, list[pd.Timestamp]]]]:
    """Reshape a ``yf.download`` frame into long OHLCV rows per ticker.

    Handles (Price, Ticker) and (Ticker, Price) MultiIndex columns and flat columns for a single
    ticker; a tz-aware index is read in New York time; dates become naive midnights. Rows
    without a close (such as the all-NaN rows yfinance adds where another ticker traded), rows
    on days the NYSE was closed and repeated dates are dropped and reported.

    Parameters
    ----------
    raw
        The frame ``yf.download`` returned.
    tickers
        The tickers asked for.

    Returns
    -------
    frames : dict
        Ticker to its rows (``date, ticker, open, high, low, close, volume``); tickers without
        any row are absent.
    dropped : dict
        Ticker to ``{reason: [dates]}`` for the rows removed.
    """
    frames: dict[str, pd.DataFrame] = {}
    dropped: dict[str, dict[str, list[pd.Timestamp]]] = {}
    if raw is None or raw.shape[0] == 0 or raw.shape[1] == 0:
        return frames, dropped
    index = pd.DatetimeIndex(raw.index)
    if index.tz is not None:
        index = index.tz_convert(MARKET_TZ).tz_localize(None)
    index = index.normalize().as_unit("ns")
    for ticker in tickers:
        sub = _columns_of(raw, ticker, single=len(tickers) == 1)
        if sub is None:
            continue
        data: dict[str, object] = {"date": index, "ticker": ticker}
        for src, dst in _FIELDS.items():
            col = sub[src] if src in sub.columns else None
            if dst == "close" and col is None and "Adj Close" in sub.columns:
                col = sub["Adj Close"]
            data[dst] = (
                np.nan
                if col is None
                else pd.to_numeric(col, errors="coerce").to_numpy(dtype="float64")
            )
        rows = pd.DataFrame(data)
        reasons: dict[str, list[pd.Timestamp]] = {}
        no_close = rows["close"].isna().to_numpy()
        closed = non_sessions(pd.DatetimeIndex(rows["date"])) & ~no_close
        repeated = rows["date"].duplicated(keep="last").to_numpy() & ~no_close & ~closed
        for reason, mask in (
            ("without a close", no_close),
            ("on a day the NYSE was closed", closed),
            ("repeating a date", repeated),
        ):
            if mask.any():
                reasons[reason] = list(rows.loc[mask, "date"])
        keep = ~(no_close | closed | repeated)
        if not keep.any():
            continue  # no data at all: the ticker failed, which is reported on its own
        if reasons:
            dropped[ticker] = reasons
        rows = rows.loc[keep].sort_values("date").reset_index(drop=True)
        if len(rows):
            frames[ticker] = rows
    return frames, dropped


def _columns_of(raw: pd.DataFrame, ticker: str, *, single: bool) -> pd.DataFrame | None:
    cols = raw.columns
    if isinstance(cols, pd.MultiIndex):
        price_level = 0 if set(cols.get_level_values(0)) & _PRICE_NAMES else 1
        ticker_level = 1 - price_level
        names = {str(v).upper(): v for v in cols.get_level_values(ticker_level)}
        if ticker.upper() not in names:
            return None
        part = raw.xs(names[ticker.upper()], axis=1, level=ticker_level)
        return part if isinstance(part, pd.DataFrame) else part.to_frame()
    if single and set(cols) & _PRICE_NAMES:
        return raw
    return None


def _dropped_message(dropped: dict[str, dict[str, list[pd.Timestamp]]]) -> str:
    parts = []
    total = 0
    for ticker, reasons in dropped.items():
        for reason, dates in reasons.items():
            total += len(dates)
            shown = ", ".join(str(d.date()) for d in dates[:3]) + (
                ", ..." if len(dates) > 3 else ""
            )
            parts.append(f"{ticker}: {len(dates)} {reason} ({shown})")
    return f"Dropped {total} rows from the Yahoo Finance data: " + "; ".join(parts) + "."


def _error_for(
    ticker: str, text: str | None, start: pd.Timestamp | None, end: pd.Timestamp | None
) -> ToolkitError:
    if text is None:
        return UnknownTickerError(
            f"Parameter `tickers`: Yahoo Finance returned no prices for {ticker} (an unknown "
            "ticker, or no data in the range). Check the spelling: Yahoo writes '^GSPC', "
            "'BRK-B'."
        )
    low = text.lower()
    err: ToolkitError
    cause: BaseException
    if "ratelimit" in low or "rate limit" in low or "too many requests" in low:
        from yfinance.exceptions import YFRateLimitError

        cause = YFRateLimitError()
        err = DataSourceError(
            f"Yahoo Finance rate-limited the download of {ticker} ({text}). Wait a few minutes "
            'and try again, or use source="snapshot".'
        )
    elif "no timezone found" in low or ("delisted" in low and "no price data" not in low):
        cause = YahooReportedError(text)
        err = UnknownTickerError(
            f"Parameter `tickers`: Yahoo Finance does not know {ticker} ({text}). Check the "
            "spelling: Yahoo writes '^GSPC', 'BRK-B'."
        )
    elif "no price data" in low or "pricesmissing" in low:
        cause = YahooReportedError(text)
        lo = "the first date" if start is None else str(start.date())
        hi = "today" if end is None else str(end.date())
        err = RangeError(
            f"Yahoo Finance has no prices for {ticker} from {lo} to {hi} ({text}). Choose "
            "another `start`/`end`."
        )
    else:
        cause = YahooReportedError(text)
        err = DataSourceError(
            f"Yahoo Finance could not be reached for {ticker} ({text}). Check the connection, "
            'or use source="snapshot".'
        )
    err.__cause__ = cause
    return err


def _raised_error(tickers: list[str], exc: Exception) -> DataSourceError:
    from yfinance.exceptions import YFRateLimitError

    names = ", ".join(tickers)
    if isinstance(exc, YFRateLimitError):
        err = DataSourceError(
            f"Yahoo Finance rate-limited the download of {names} ({exc}). Wait a few minutes "
            'and try again, or use source="snapshot".'
        )
    else:
        err = DataSourceError(
            f"Yahoo Finance download of {names} failed ({type(exc).__name__}: {exc}). Check "
            'the connection, or use source="snapshot".'
        )
    err.__cause__ = exc
    return err


class YahooSource(PriceSource):
    """Daily prices from Yahoo Finance (yfinance, ``auto_adjust=True``), cached on disk.

    Stock and ETF prices are dividend- and split-adjusted; index levels are as published.

    Parameters
    ----------
    cache
        True (default) uses the cache the environment configures (see
        :mod:`toolkit.market.cache`); False turns it off; a :class:`PriceCache` is used as given.

    Notes
    -----
    With several tickers, one that fails is left out with a
    :class:`~toolkit.errors.SourceWarning`; if all fail, the error is raised. Rows dropped while
    cleaning are counted in a :class:`~toolkit.errors.DataWarning`.
    """

    name = "yahoo"

    def __init__(self, *, cache: bool | PriceCache = True) -> None:
        self._cache_option = cache

    def __repr__(self) -> str:
        return f"YahooSource(cache={self._cache_option!r})"

    def _cache(self) -> PriceCache | None:
        if isinstance(self._cache_option, PriceCache):
            return self._cache_option
        return default_cache() if self._cache_option else None

    def fetch(
        self, tickers: tuple[str, ...], start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> Fetched:
        """Fetch ``tickers`` from the cache or Yahoo Finance; failures are recorded per ticker."""
        out = Fetched()
        cache = self._cache()
        rest: list[str] = []
        for t in tickers:
            entry = cache.get(self.name, t, start, end) if cache is not None else None
            if entry is not None and len(entry.frame):
                out.add(t, entry.frame, "cache", entry.retrieved_at)
            else:
                rest.append(t)
        if not rest:
            return out
        if offline():
            err = DataSourceError(
                f"Yahoo Finance is not contacted because {ENV_OFFLINE} is set; "
                f"{', '.join(rest)} could not be loaded."
            )
            for t in rest:
                out.fail(t, err)
            return out
        retrieved_at = pd.Timestamp.now(tz="UTC").floor("s").isoformat()
        try:
            result = download(rest, start, end)
        except Exception as exc:
            err = _raised_error(rest, exc)
            for t in rest:
                out.fail(t, err)
            return out
        frames, dropped = to_long(result.frame, rest)
        if dropped:
            warnings.warn(_dropped_message(dropped), DataWarning, stacklevel=4)
        for t in rest:
            rows = frames.get(t)
            if rows is not None:
                inside = pd.Series(True, index=rows.index)
                if start is not None:
                    inside &= rows["date"] >= start
                if end is not None:
                    inside &= rows["date"] <= end
                rows = rows.loc[inside].reset_index(drop=True) if len(rows) else rows
                rows = rows if len(rows) else None
            if rows is None:
                out.fail(t, _error_for(t, result.errors.get(t), start, end))
                continue
            first, last = rows["date"].iloc[0], rows["date"].iloc[-1]
            try:
                check_coverage(
                    f"Yahoo Finance returned {t}", first, last, start, end, open_end=True
                )
            except RangeError as exc:
                out.fail(t, exc)
                continue
            out.add(t, rows, self.name, retrieved_at)
            if cache is not None:
                cache.put(self.name, t, start, end, rows, retrieved_at)
        return out
