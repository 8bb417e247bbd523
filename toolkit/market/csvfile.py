"""The ``csv`` source: prices from a user's CSV file.

Three layouts are read, with column names matched case-insensitively (spaces become ``_``):

* long: ``date, ticker`` (or ``symbol``) and ``close`` (optionally ``open, high, low,
  volume, adj_close``), one row per ticker and date;
* one ticker: ``date`` and ``close`` (optionally the other OHLCV columns), for the single
  ticker requested;
* wide: ``date`` and one column of closes per ticker. Empty cells before a ticker's first
  value or after its last mean it has no data there; empty cells in between are an error.

When an ``adj_close`` column exists it is used as the close (dividend-adjusted returns), unless
``close_column="close"`` is passed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.errors import DataSourceError, InputError, UnknownTickerError, check_option
from toolkit.market.base import Fetched, PriceSource
from toolkit.market.dates import MARKET_TZ, check_coverage
from toolkit.market.tickers import canonical_ticker

__all__ = ["CsvSource", "read_price_csv"]

_OHLCV = ("open", "high", "low", "close", "volume")
_SYNONYMS = {
    "symbol": "ticker",
    "adjclose": "adj_close",
    "adj._close": "adj_close",
    "adjusted_close": "adj_close",
}


def _norm(name: object) -> str:
    key = "_".join(str(name).strip().lower().split())
    return _SYNONYMS.get(key, key)


def read_price_csv(path: str | Path, *, close_column: str | None = None) -> pd.DataFrame:
    """Read a price CSV file into long OHLCV rows.

    Parameters
    ----------
    path
        The file.
    close_column
        ``"close"`` or ``"adj_close"``: which column gives the close; None (default) takes
        ``adj_close`` when present, else ``close``.

    Returns
    -------
    pandas.DataFrame
        Columns ``date, ticker, open, high, low, close, volume``; ``ticker`` is None-valued
        (``""``) for a one-ticker file without ticker information.

    Raises
    ------
    DataSourceError
        If the file cannot be opened.
    InputError
        If the file is empty, lacks a ``date`` or close column, has unparseable dates or
        non-numeric values, repeated dates for a ticker, or missing or non-positive closes.
    """
    if close_column is not None:
        check_option("close_column", close_column, ("close", "adj_close"))
    path = Path(path)
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, skipinitialspace=True)
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"Parameter `path`: the CSV file {path} is empty.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataSourceError(
            f"Parameter `path`: cannot read the CSV file {path} ({exc})."
        ) from exc
    except pd.errors.ParserError as exc:
        raise InputError(f"Parameter `path`: {path} is not a readable CSV file ({exc}).") from exc
    raw.columns = [_norm(c) for c in raw.columns]
    if raw.columns.duplicated().any():
        dup = sorted(set(raw.columns[raw.columns.duplicated()]))
        raise InputError(f"Parameter `path`: {path} has repeated columns {dup}.")
    if "date" not in raw.columns:
        raise InputError(
            f"Parameter `path`: {path} needs a `date` column, found {list(raw.columns)}."
        )
    if raw.empty:
        raise InputError(f"Parameter `path`: the CSV file {path} has a header but no rows.")
    dates = _parse_dates(raw["date"], path)
    close_src = close_column or ("adj_close" if "adj_close" in raw.columns else "close")
    if "ticker" in raw.columns or close_src in raw.columns:
        if close_src not in raw.columns:
            raise InputError(
                f"Parameter `path`: {path} needs a `{close_src}` column, found {list(raw.columns)}."
            )
        if "ticker" in raw.columns:
            tickers = raw["ticker"].str.strip()
        else:
            tickers = pd.Series("", index=raw.index, dtype="str")
        empty = (tickers == "").to_numpy()
        if "ticker" in raw.columns and empty.any():
            line = int(np.flatnonzero(empty)[0]) + 2
            raise InputError(f"Parameter `path`: {path} has an empty ticker on line {line}.")
        out = pd.DataFrame({"date": dates, "ticker": tickers})
        for col in _OHLCV:
            src = close_src if col == "close" else col
            out[col] = _numbers(raw[src], src, path) if src in raw.columns else np.nan
        if "ticker" in raw.columns:
            names = {t: canonical_ticker(t, param="path") for t in out["ticker"].unique()}
            out["ticker"] = out["ticker"].map(names)
    else:
        value_cols = [c for c in raw.columns if c != "date"]
        if not value_cols:
            raise InputError(
                f"Parameter `path`: {path} needs a `close` column or one column of closes per "
                f"ticker, found only {list(raw.columns)}."
            )
        parts = []
        for col in value_cols:
            values = _numbers(raw[col], col, path)
            valid = np.flatnonzero(~np.isnan(values))
            if len(valid) == 0:
                continue
            span = slice(int(valid[0]), int(valid[-1]) + 1)
            parts.append(
                pd.DataFrame(
                    {
                        "date": dates[span],
                        "ticker": canonical_ticker(col, param="path"),
                        "close": values[span],
                    }
                )
            )
        if not parts:
            raise InputError(f"Parameter `path`: {path} has no prices.")
        out = pd.concat(parts, ignore_index=True)
        for col in _OHLCV:
            if col not in out.columns:
                out[col] = np.nan
    out = out.loc[:, ["date", "ticker", *_OHLCV]]
    _check_rows(out, path)
    return out.sort_values(["ticker", "date"], kind="stable").reset_index(drop=True)


def _parse_dates(values: pd.Series, path: Path) -> np.ndarray:
    text = values.str.strip()
    try:
        parsed = pd.to_datetime(text, errors="coerce", format="ISO8601")
        if parsed.isna().any():
            parsed = pd.to_datetime(text, errors="coerce", format="mixed")
    except (ValueError, TypeError) as exc:
        raise InputError(
            f"Parameter `path`: {path} mixes dates with and without a time zone (or several "
            "zones); write every date as YYYY-MM-DD, or give every timestamp its UTC offset."
        ) from exc
    bad = parsed.isna().to_numpy()
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"Parameter `path`: {path} has {int(bad.sum())} dates that cannot be read, first "
            f"{values.iloc[i]!r} on line {i + 2}; expected dates such as 2025-04-02."
        )
    idx = pd.DatetimeIndex(parsed)
    if idx.tz is not None:
        idx = idx.tz_convert(MARKET_TZ).tz_localize(None)
    return idx.normalize().as_unit("ns").to_numpy()


def _numbers(values: pd.Series, column: str, path: Path) -> np.ndarray:
    text = values.str.strip().str.replace(",", "", regex=False)
    nums = pd.to_numeric(text.where(text != "", None), errors="coerce")
    bad = nums.isna().to_numpy() & (text != "").to_numpy()
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"Parameter `path`: {path} column `{column}` has a value that is not a number, "
            f"{values.iloc[i]!r} on line {i + 2}."
        )
    return nums.to_numpy(dtype="float64")


def _check_rows(frame: pd.DataFrame, path: Path) -> None:
    dup = frame.duplicated(["ticker", "date"], keep=False).to_numpy()
    if dup.any():
        first = frame.loc[dup].iloc[0]
        who = f"{first['ticker']} " if first["ticker"] else ""
        raise InputError(
            f"Parameter `path`: {path} has {int(dup.sum())} rows with a repeated date, first "
            f"{who}{pd.Timestamp(first['date']).date()}; each ticker needs one row per date."
        )
    close = frame["close"].to_numpy()
    missing = np.isnan(close)
    if missing.any():
        first = frame.loc[missing].iloc[0]
        raise InputError(
            f"Parameter `path`: {path} has {int(missing.sum())} missing closes, first "
            f"{first['ticker'] or ''} {pd.Timestamp(first['date']).date()}; fill or remove "
            "those rows."
        )
    if (close <= 0).any():
        first = frame.loc[close <= 0].iloc[0]
        raise InputError(
            f"Parameter `path`: {path} has non-positive closes, first "
            f"{first['ticker'] or ''} {pd.Timestamp(first['date']).date()}."
        )


class CsvSource(PriceSource):
    """Prices from a CSV file (long, one-ticker or wide layout; see the module notes).

    Parameters
    ----------
    path
        The CSV file.
    close_column
        ``"close"`` or ``"adj_close"``; None takes ``adj_close`` when the file has it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "spx.csv"
    >>> _ = f.write_text("Date,Close\\n2025-04-08,4982.77\\n2025-04-09,5456.90\\n")
    >>> CsvSource(f).load("SPX").prices["^GSPC"].tolist()
    [4982.77, 5456.9]
    """

    name = "csv"

    def __init__(self, path: str | Path, *, close_column: str | None = None) -> None:
        if not isinstance(path, (str, Path)) or not str(path):
            raise InputError(f"Parameter `path` takes the path of a CSV file, got {path!r}.")
        self.path = Path(path)
        self.close_column = close_column

    def __repr__(self) -> str:
        return f"CsvSource({str(self.path)!r})"

    def fetch(
        self, tickers: tuple[str, ...], start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> Fetched:
        """Read ``tickers`` from the file.

        Raises
        ------
        UnknownTickerError
            If a ticker is not in the file (the message lists those that are).
        RangeError
            If the file does not cover the range for a ticker.
        """
        frame = read_price_csv(self.path, close_column=self.close_column)
        if (frame["ticker"] == "").all():
            if len(tickers) != 1:
                raise InputError(
                    f"Parameter `tickers`: {self.path} holds one unnamed series, so exactly one "
                    f"ticker can be requested, got {list(tickers)}."
                )
            frame["ticker"] = tickers[0]
        known = list(dict.fromkeys(frame["ticker"]))
        unknown = [t for t in tickers if t not in known]
        if unknown:
            raise UnknownTickerError(
                f"Parameter `tickers`: {', '.join(unknown)} not in {self.path}; it has "
                f"{', '.join(known[:10])}{', ...' if len(known) > 10 else ''}."
            )
        mtime = dt.datetime.fromtimestamp(self.path.stat().st_mtime, tz=dt.UTC)
        retrieved_at = mtime.replace(microsecond=0).isoformat()
        label = f"{self.name}:{self.path}"
        out = Fetched()
        for t in tickers:
            rows = frame.loc[frame["ticker"] == t]
            first, last = rows["date"].iloc[0], rows["date"].iloc[-1]
            check_coverage(f"{self.path} has {t}", first, last, start, end)
            inside = pd.Series(True, index=rows.index)
            if start is not None:
                inside &= rows["date"] >= start
            if end is not None:
                inside &= rows["date"] <= end
            out.add(t, rows.loc[inside].reset_index(drop=True), label, retrieved_at)
        return out
