"""100 large S&P 500 constituents: daily adjusted OHLCV, 2022-01-03 to 2026-05-29."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from toolkit.market.datasets._common import load_dataset

__all__ = ["DESCR", "TICKERS", "load"]

TICKERS = tuple(
    """
    AAPL ABBV ABT ACN ADBE ADI AMAT AMD AMGN AMZN ANET APH AVGO AXP BA BAC BKNG BLK BMY BRK-B BX
    C CAT CB CI CMCSA COP COST CRM CSCO CVX DE DIS DUK ELV EQIX ETN GE GILD GOOGL GS HD HON IBM
    INTU ISRG JNJ JPM KLAC KO LIN LLY LMT LOW LRCX MA MCD MDT META MO MRK MS MSFT MU NEE NFLX NKE
    NOW NVDA ORCL PANW PEP PFE PG PLD PM PYPL QCOM REGN RTX SBUX SCHW SO SPGI SYK T TJX TMO TSLA
    TXN UBER UNH UNP V VRTX VZ WFC WMT XOM ZTS
    """.split()
)

DESCR = """\
S&P 500 constituent panel: 100 large caps, daily OHLCV
------------------------------------------------------
Tickers: 100 S&P 100-style large caps that are current S&P 500 members (see TICKERS; Berkshire
Hathaway class B is "BRK-B"). Because the list holds current members only, it has
survivorship bias: do not use it to estimate what an investor could have held in 2022.
Sessions: every NYSE (XNYS) session from 2022-01-03 to 2026-05-29 for every ticker
(1,105 sessions x 100 tickers = 110,500 rows).
Basis: DIVIDEND- AND SPLIT-ADJUSTED prices from a single yfinance download (``auto_adjust=True``)
taken 2026-06-11/12, so all tickers share one adjustment base. The panel stops at 2026-05-29,
before KLAC's 10-for-1 split of 2026-06-03, which that download had not yet applied. Prices
have 4 decimals.
Source: Yahoo Finance via yfinance, as stored in the GitHub repository guydekowski/market-lab
(data/<TICKER>.csv, commit 22fdd56844df85511c9efa266ddceb8a2126c554).
Licence: none stated by the source repository; the data falls under default copyright and the
Yahoo Finance terms. Check redistribution terms before publishing it.
Columns: date, ticker, open, high, low, close, volume (long format, sorted by ticker then date).
"""


def load(tickers: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Load the constituent panel in long format.

    Parameters
    ----------
    tickers
        A ticker or tickers from :data:`TICKERS` to keep; None (default) keeps all 100.

    Returns
    -------
    pandas.DataFrame
        Columns ``date`` (datetime64[ns]), ``ticker``, ``open``, ``high``, ``low``, ``close``,
        ``volume`` (float64), sorted by ticker then date. Prices are dividend- and
        split-adjusted. A fresh copy.

    Raises
    ------
    UnknownTickerError
        If a requested ticker is not in the panel.
    DataIntegrityError
        If the embedded file does not match its manifest entry.

    Examples
    --------
    >>> from toolkit.market.datasets import constituents
    >>> constituents.load("AAPL")["date"].dt.year.min()
    np.int32(2022)
    """
    return load_dataset("constituents", tickers)
