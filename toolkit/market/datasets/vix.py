"""CBOE Volatility Index (^VIX) daily OHLC, 1990-01-02 to 2026-08-21."""

from __future__ import annotations

import pandas as pd

from toolkit.market.datasets._common import load_dataset

__all__ = ["DESCR", "load"]

DESCR = """\
CBOE Volatility Index (^VIX), daily OHLC
----------------------------------------
Sessions: every NYSE (XNYS) session from 1990-01-02 to 2026-08-21 (9,227 rows). Yahoo Finance
has VIX prints on three NYSE holidays (2026-05-25, 2026-06-19, 2026-07-03); those rows are left
out so the dates match the NYSE calendar.
Basis: index levels in volatility points, not adjusted. Values have 2 decimals.
Volume: none (the source has no VIX volume), so ``volume`` is NaN on every row.
Source: Yahoo Finance via yfinance, as stored in the GitHub repository guydekowski/market-lab
(data/VIX.csv, commit 6a10f1b94830e174ee943263e11a5819ee5aac7b).
Licence: none stated by the source repository; the data falls under default copyright and the
Yahoo Finance terms. Check redistribution terms before publishing it.
Columns: date, ticker, open, high, low, close, volume.
"""


def load() -> pd.DataFrame:
    """Load the ^VIX daily data.

    Returns
    -------
    pandas.DataFrame
        Long frame with columns ``date`` (datetime64[ns]), ``ticker`` (``"^VIX"``), ``open``,
        ``high``, ``low``, ``close``, ``volume`` (all NaN), one row per session. A fresh copy.

    Raises
    ------
    DataIntegrityError
        If the embedded file does not match its manifest entry.

    Examples
    --------
    >>> from toolkit.market.datasets import vix
    >>> bool(vix.load()["volume"].isna().all())
    True
    """
    return load_dataset("vix")
