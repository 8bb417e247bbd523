"""The :class:`PriceData` container returned by :func:`toolkit.market.load_prices`."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from toolkit._display import Displayable, Summary, SummaryTable, plural
from toolkit._format import fmt_price
from toolkit.errors import DataWarning, InputError, check_option

__all__ = ["OHLCV_COLUMNS", "PriceData", "canonical_csv_bytes", "warn_nan_returns"]

#: Columns of :attr:`PriceData.ohlcv`, in order.
OHLCV_COLUMNS = ("date", "ticker", "open", "high", "low", "close", "volume")
_NUMERIC = ("open", "high", "low", "close", "volume")


def canonical_csv_bytes(ohlcv: pd.DataFrame) -> bytes:
    """Serialise an OHLCV frame to the canonical CSV bytes behind :attr:`PriceData.sha256`.

    The format is fixed so the digest identifies the data: columns in :data:`OHLCV_COLUMNS`
    order, rows sorted by ticker then date, dates as ``YYYY-MM-DD``, floats in Python's shortest
    round-trip form, NaN as an empty field, ``\\n`` line ends, UTF-8.

    Parameters
    ----------
    ohlcv
        A frame with the :data:`OHLCV_COLUMNS`.

    Returns
    -------
    bytes
        The CSV text.
    """
    frame = ohlcv.loc[:, list(OHLCV_COLUMNS)].sort_values(["ticker", "date"], kind="stable")
    text = frame.to_csv(index=False, lineterminator="\n", date_format="%Y-%m-%d", na_rep="")
    return text.encode("utf-8")


@dataclass(frozen=True, eq=False, repr=False)
class PriceData(Displayable):
    """Daily prices for some tickers, with their provenance.

    Build it with :meth:`from_ohlcv`; the price sources do.

    Attributes
    ----------
    prices
        Wide frame of closes: a naive DatetimeIndex named ``"date"`` (session dates) and one
        column per canonical ticker, in :attr:`tickers` order. NaN where a ticker has no close
        on a date another ticker has.
    ohlcv
        Long frame with columns ``date, ticker, open, high, low, close, volume`` (float64; NaN
        where the source has no such field), sorted by ticker then date.
    source
        The source(s) the data came from, e.g. ``"snapshot"``, ``"yahoo"``, ``"cache"``,
        ``"csv:/path/prices.csv"``; several joined with ``"+"``.
    retrieved_at
        ISO-8601 time the data was obtained from its source: the download time for Yahoo
        Finance (kept when served from the cache); for the snapshot, the last date its file
        holds for the ticker; for a CSV file, its modification time. With several tickers, the
        earliest.
    sha256
        Hex digest of :func:`canonical_csv_bytes` of :attr:`ohlcv`.
    tickers
        The canonical tickers, in the order requested.
    """

    prices: pd.DataFrame = field(repr=False)
    ohlcv: pd.DataFrame = field(repr=False)
    source: str
    retrieved_at: str
    sha256: str
    tickers: tuple[str, ...]

    @classmethod
    def from_ohlcv(
        cls,
        ohlcv: pd.DataFrame,
        *,
        source: str,
        retrieved_at: str,
        tickers: Sequence[str] | None = None,
    ) -> PriceData:
        """Build a :class:`PriceData` from a long OHLCV frame.

        Parameters
        ----------
        ohlcv
            Long frame with at least ``date``, ``ticker`` and ``close``; missing ``open``,
            ``high``, ``low`` or ``volume`` columns are added as NaN.
        source
            Where the data came from.
        retrieved_at
            ISO-8601 time the data was obtained.
        tickers
            The ticker order for :attr:`prices`; defaults to the sorted tickers of ``ohlcv``.

        Returns
        -------
        PriceData

        Raises
        ------
        InputError
            If columns are missing, a (date, ticker) pair repeats, a close is missing or not
            positive, or a requested ticker has no rows.
        """
        missing = [c for c in ("date", "ticker", "close") if c not in ohlcv.columns]
        if missing:
            raise InputError(
                f"Parameter `ohlcv` needs columns date, ticker and close; missing {missing}."
            )
        frame = ohlcv.copy()
        for col in _NUMERIC:
            frame[col] = (
                pd.to_numeric(frame[col]).astype("float64") if col in frame.columns else np.nan
            )
        frame["date"] = pd.DatetimeIndex(frame["date"]).as_unit("ns")
        frame["ticker"] = frame["ticker"].astype("str")
        frame = frame.loc[:, list(OHLCV_COLUMNS)]
        frame = frame.sort_values(["ticker", "date"], kind="stable").reset_index(drop=True)
        dup = frame.duplicated(["ticker", "date"])
        if dup.any():
            first = frame.loc[dup].iloc[0]
            raise InputError(
                f"Parameter `ohlcv` has {int(dup.sum())} repeated (ticker, date) rows, first "
                f"{first['ticker']} {first['date'].date()}; each ticker needs one row per date."
            )
        close = frame["close"].to_numpy()
        bad = ~np.isfinite(close) | (close <= 0)
        if bad.any():
            first = frame.loc[bad].iloc[0]
            raise InputError(
                f"Parameter `ohlcv` has {int(bad.sum())} missing or non-positive closes, first "
                f"{first['ticker']} {first['date'].date()}."
            )
        order = tuple(tickers) if tickers is not None else tuple(sorted(frame["ticker"].unique()))
        present = set(frame["ticker"].unique())
        absent = [t for t in order if t not in present]
        if absent:
            raise InputError(f"Parameter `ohlcv` has no rows for {absent}.")
        prices = frame.pivot(index="date", columns="ticker", values="close")
        prices = prices.reindex(columns=list(order))
        prices.columns.name = None
        prices.index.name = "date"
        digest = hashlib.sha256(canonical_csv_bytes(frame)).hexdigest()
        return cls(
            prices=prices,
            ohlcv=frame,
            source=source,
            retrieved_at=retrieved_at,
            sha256=digest,
            tickers=order,
        )

    def returns(self, kind: Literal["simple", "log"] = "simple") -> pd.DataFrame:
        """Daily returns of the closes.

        Parameters
        ----------
        kind
            ``"simple"`` for ``p_t / p_{t-1} - 1`` or ``"log"`` for ``log(p_t / p_{t-1})``.

        Returns
        -------
        pandas.DataFrame
            Wide frame like :attr:`prices` without its first row. A return is NaN only where the
            close is missing on that date or the previous one (e.g. before a ticker's first
            date); a :class:`~toolkit.errors.DataWarning` then counts them per ticker.

        Raises
        ------
        InputError
            If ``kind`` is not ``"simple"`` or ``"log"``.

        Examples
        --------
        >>> import pandas as pd
        >>> df = pd.DataFrame({"date": pd.to_datetime(["2025-04-08", "2025-04-09"]),
        ...                    "ticker": "^GSPC", "close": [4982.77, 5456.90]})
        >>> pd_ = PriceData.from_ohlcv(df, source="example", retrieved_at="2025-04-10")
        >>> round(float(pd_.returns().iloc[0, 0]), 6)
        0.095154
        """
        check_option("kind", kind, ("simple", "log"))
        ratio = self.prices / self.prices.shift(1)
        out = ratio.sub(1.0) if kind == "simple" else ratio.transform(np.log)
        out = out.iloc[1:]
        warn_nan_returns(out.isna().sum(), stacklevel=2)
        return out

    def summary(self) -> Summary:
        """The data at a glance: tickers, sessions, source and checksum, and the last closes.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()``; ``repr()`` shows its first lines.

        Examples
        --------
        >>> from toolkit.market import load_prices
        >>> data = load_prices(["^GSPC", "SPY"], "2025-04-08", "2025-04-09", source="snapshot")
        >>> print(repr(data).splitlines()[0])
        PriceData: 2 tickers x 2 sessions, 2025-04-08 to 2025-04-09
        """
        idx = self.prices.index
        span = f", {idx.min():%Y-%m-%d} to {idx.max():%Y-%m-%d}" if len(idx) else ""
        shown = ", ".join(self.tickers[:12]) + (
            f", ... ({len(self.tickers)} in all)" if len(self.tickers) > 12 else ""
        )
        header = [
            ("tickers", shown),
            ("source", self.source),
            ("retrieved at", self.retrieved_at),
            ("sha256", self.sha256),
        ]
        last = self.prices.iloc[-5:, :8].reset_index()
        title = (
            f"PriceData: {plural(len(self.tickers), 'ticker')} x "
            f"{plural(len(idx), 'session')}{span}"
        )
        closes = SummaryTable(
            last, caption="Last closes", formats=dict.fromkeys(last.columns[1:], fmt_price)
        )
        return Summary(title, header, [closes])


def warn_nan_returns(counts: pd.Series, *, stacklevel: int = 2) -> None:
    """Warn about the returns left NaN because a close is missing, ``counts`` per ticker.

    Parameters
    ----------
    counts
        NaN returns per ticker (tickers without any are left out of the message).
    stacklevel
        As for :func:`warnings.warn`, counted from the caller of this function (1: that
        caller).

    Warns
    -----
    DataWarning
        When some ticker has NaN returns, naming each with its count.
    """
    counts = counts[counts > 0]
    if len(counts):
        detail = ", ".join(f"{t}: {n}" for t, n in counts.items())
        warnings.warn(
            f"{int(counts.sum())} returns are NaN because the close is missing on the day or "
            f"the day before ({detail}); they are left as NaN.",
            DataWarning,
            stacklevel=stacklevel + 1,
        )
