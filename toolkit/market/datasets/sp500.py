"""S&P 500 index (^GSPC) daily OHLCV, 1990-01-02 to 2026-08-21."""

from __future__ import annotations

import pandas as pd

from toolkit.market.datasets._common import load_dataset

__all__ = ["DESCR", "load"]

DESCR = """\
S&P 500 index (^GSPC), daily OHLCV
----------------------------------
Sessions: every NYSE (XNYS) session from 1990-01-02 to 2026-08-21 (9,227 rows).
Basis: index levels, not adjusted (an index has no dividends or splits). Prices have 2 decimals.
Volume: Yahoo Finance's composite figure for the index (0 on 2023-05-24, as in the source).
Source: Yahoo Finance via yfinance, as stored in the GitHub repository guydekowski/market-lab
(data/GSPC.csv, commit 6a10f1b94830e174ee943263e11a5819ee5aac7b). Cross-checked against an
independent copy: open, high, low and close identical on all 2,766 overlapping days of
2015-2025. Known closes: 2025-04-02 5670.97, 2025-04-03 5396.52, 2025-04-04 5074.08,
2025-04-07 5062.25, 2025-04-08 4982.77, 2025-04-09 5456.90, 2025-04-10 5268.05.
Licence: none stated by the source repository; the data falls under default copyright and the
Yahoo Finance terms. Check redistribution terms before publishing it.
Columns: date, ticker, open, high, low, close, volume.
"""


def load() -> pd.DataFrame:
    """Load the ^GSPC daily OHLCV data.

    Returns
    -------
    pandas.DataFrame
        Long frame with columns ``date`` (datetime64[ns], session dates), ``ticker``
        (``"^GSPC"``), ``open``, ``high``, ``low``, ``close``, ``volume`` (float64), one row per
        session, sorted by date. A fresh copy on every call.

    Raises
    ------
    DataIntegrityError
        If the embedded file does not match its manifest entry.

    Examples
    --------
    >>> from toolkit.market.datasets import sp500
    >>> df = sp500.load()
    >>> float(df.loc[df["date"] == "2025-04-09", "close"].iloc[0])
    5456.9
    """
    return load_dataset("sp500")
