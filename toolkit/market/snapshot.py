"""The ``snapshot`` source: the market data embedded in :mod:`toolkit.market.datasets`."""

from __future__ import annotations

import pandas as pd

from toolkit.errors import UnknownTickerError
from toolkit.market.base import Fetched, PriceSource
from toolkit.market.datasets._store import coverage, read_file
from toolkit.market.dates import check_coverage

__all__ = ["SnapshotSource", "snapshot_tickers"]

# Shown first when listing known tickers in an error message.
_HIGHLIGHT = ("^GSPC", "^VIX", "SPY", "XLK", "XLF", "EFA", "AAPL", "MSFT")


def snapshot_tickers() -> list[str]:
    """List the tickers in the embedded snapshot.

    Returns
    -------
    list of str
        Canonical tickers, sorted.

    Examples
    --------
    >>> "^GSPC" in snapshot_tickers()
    True
    """
    return sorted(coverage())


class SnapshotSource(PriceSource):
    """Prices from the embedded snapshot (offline, checked against its manifest).

    Covers ^GSPC and ^VIX (1990-01-02 to 2026-08-21), SPY, the Select Sector SPDRs and EFA
    (2000-01-03 or inception to 2026-07-01, adjusted) and 100 large S&P 500 stocks (2022-01-03
    to 2026-05-29, adjusted); see :mod:`toolkit.market.datasets`.

    Examples
    --------
    >>> data = SnapshotSource().load("S&P 500", "2025-04-08", "2025-04-09")
    >>> data.prices["^GSPC"].tolist()
    [4982.77, 5456.9]
    """

    name = "snapshot"

    def fetch(
        self, tickers: tuple[str, ...], start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> Fetched:
        """Read ``tickers`` from the snapshot.

        Raises
        ------
        UnknownTickerError
            If a ticker is not in the snapshot (the message lists some that are).
        RangeError
            If the range is not fully covered for a ticker (the message gives the first and
            last date the snapshot has for it, and the part that is covered).
        DataIntegrityError
            If a snapshot file fails its manifest check.
        """
        cov = coverage()
        unknown = [t for t in tickers if t not in cov]
        if unknown:
            examples = [t for t in _HIGHLIGHT if t in cov]
            raise UnknownTickerError(
                f"Parameter `tickers`: {', '.join(unknown)} not in the snapshot. It has "
                f"{len(cov)} tickers, e.g. {', '.join(examples)} "
                "(toolkit.market.snapshot.snapshot_tickers() lists them all; use "
                'source="yahoo" for others).'
            )
        for t in tickers:
            check_coverage(f"The snapshot has {t}", cov[t].first, cov[t].last, start, end)
        out = Fetched()
        for filename in dict.fromkeys(cov[t].filename for t in tickers):
            frame = read_file(filename)
            mask = frame["ticker"].isin(tickers)
            if start is not None:
                mask &= frame["date"] >= start
            if end is not None:
                mask &= frame["date"] <= end
            frame = frame.loc[mask]
            for name, rows in frame.groupby("ticker", sort=False):
                ticker = str(name)
                last = str(cov[ticker].last.date())
                out.add(ticker, rows.reset_index(drop=True), self.name, last)
        return out
