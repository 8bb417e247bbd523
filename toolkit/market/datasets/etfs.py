"""SPY, the 11 Select Sector SPDRs and EFA: daily adjusted OHLCV to 2026-07-01."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from toolkit.market.datasets._common import load_dataset

__all__ = ["DESCR", "TICKERS", "load"]

TICKERS = (
    "SPY",
    "XLB",
    "XLC",
    "XLE",
    "XLF",
    "XLI",
    "XLK",
    "XLP",
    "XLRE",
    "XLU",
    "XLV",
    "XLY",
    "EFA",
)

DESCR = """\
Exchange-traded funds: SPY, the 11 Select Sector SPDRs and EFA, daily OHLCV
---------------------------------------------------------------------------
Tickers: SPY (S&P 500), XLB (materials), XLC (communication services), XLE (energy),
XLF (financials), XLI (industrials), XLK (technology), XLP (consumer staples),
XLRE (real estate), XLU (utilities), XLV (health care), XLY (consumer discretionary),
EFA (MSCI EAFE, a non-US benchmark).
Sessions: every NYSE (XNYS) session from 2000-01-03 to 2026-07-01, or from inception for
XLC (2018-06-19), XLRE (2015-10-08) and EFA (2001-08-27). 77,593 rows.
Basis: DIVIDEND- AND SPLIT-ADJUSTED prices (yfinance ``auto_adjust=True``): open, high, low and
close are the adjusted values, so levels are below the historical quoted prices and reflect later
splits, while daily returns are total-return style and correct. Example: SPY 2025-04-09 is
541.01 here against a quoted close of 548.62 (a constant ratio of 0.98613 over 2-10 April 2025).
Prices have 4 decimals. The 2026-07-01 volumes are preliminary (0.1-0.5% below final figures);
XLRE has zero volume on five early sessions (2015-10-14 to 2016-01-25), as in the source.
Source: Yahoo Finance via yfinance, as stored in the GitHub repository phainia/notification
(data/tickers/<TICKER>.csv, commit 3370e101c7b50196fe44bced25e105e371c18d24), which
re-downloads whole histories, so each file has one consistent adjustment base.
Licence: none stated by the source repository; the data falls under default copyright and the
Yahoo Finance terms. Check redistribution terms before publishing it.
Columns: date, ticker, open, high, low, close, volume (long format, sorted by ticker then date).
"""


def load(tickers: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Load the ETF daily OHLCV data in long format.

    Parameters
    ----------
    tickers
        A ticker or tickers from :data:`TICKERS` to keep; None (default) keeps all 13.

    Returns
    -------
    pandas.DataFrame
        Columns ``date`` (datetime64[ns]), ``ticker``, ``open``, ``high``, ``low``, ``close``,
        ``volume`` (float64), sorted by ticker then date. Prices are dividend- and
        split-adjusted. A fresh copy.

    Raises
    ------
    UnknownTickerError
        If a requested ticker is not one of :data:`TICKERS`.
    DataIntegrityError
        If the embedded file does not match its manifest entry.

    Examples
    --------
    >>> from toolkit.market.datasets import etfs
    >>> spy = etfs.load("SPY")
    >>> round(float(spy.loc[spy["date"] == "2025-04-09", "close"].iloc[0]), 2)
    541.01
    """
    return load_dataset("etfs", tickers)
