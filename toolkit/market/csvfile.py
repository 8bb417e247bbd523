"""The ``csv`` source: prices from a user's CSV file.

Three layouts are read, with column names matched case-insensitively (spaces become ``_``):

* long: ``date, ticker`` (or ``symbol``) and ``close`` (optionally ``open, high, low,
  volume, adj_close``), one row per ticker and date;
* one ticker: ``date`` and ``close`` (optionally the other OHLCV columns), for the single
  ticker requested;
* wide: ``date`` and one column of closes per ticker. Empty cells before a ticker's first
  value or after its last mean it has no data there; empty cells in between are an error.

When an ``adj_close`` column exists it is used as the close (dividend-adjusted returns), unless
``close_column="close"`` is passed. Fields are separated by commas, or by semicolons or tabs
when the header line has those and no comma.

Dates (``date_format=``, ``dayfirst=``):

* a date-only value (``2025-04-09``, also ``2025/04/09`` or ``20250409``) is that session;
* a timestamp with a clock time and a UTC offset (``2025-04-09T20:00:00Z``) is converted to
  New York time before its date is taken, so ``2025-04-10T02:00:00Z`` is the evening of
  2025-04-09 there; a naive timestamp is taken as New York time;
* a column whose timestamps all sit at midnight in the offset they are written in
  (``2025-04-09T00:00:00Z``, the usual export of daily data) holds dates written as timestamps:
  each is the calendar date it writes, not the evening before in New York;
* day-first, month-first and two-digit-year dates (``09/04/2025``, ``4/9/2025``, ``25-04-09``)
  cannot be told apart from the values, so they are an error unless ``dayfirst=True`` or
  ``False`` or ``date_format=`` (e.g. ``"%d/%m/%Y"``) says how to read them; every row must then
  fit that one reading. Dates with a month name and a four-digit year (``9 April 2025``) are
  unambiguous and read as written.

Rows on days the NYSE was closed (weekends, holidays) are dropped and sessions missing between
a ticker's first and last row are reported, each in a :class:`~toolkit.errors.DataWarning` that
lists the dates.

Numbers (``decimal=``): the decimal mark is detected from the values: ``5456,9`` and
``5.456,90`` write decimal commas, ``5456.9`` and ``5,456.90`` decimal points. A file that writes
both, or only values such as ``5,456`` that could be either, is an error asking for
``decimal="."`` or ``decimal=","``. The other mark (and spaces) is taken as a thousands
separator. Finally a close more than :data:`MAX_DAILY_RATIO` times the previous close of the
same ticker, or less than its inverse (a daily return above +400% or below -80%), is refused
(``max_daily_ratio=``): that is what a misread decimal mark or a column mixing units looks
like, and no index or fund moves so far in a day.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.errors import (
    DataSourceError,
    DataWarning,
    InputError,
    UnknownTickerError,
    check_option,
    external_stacklevel,
)
from toolkit.market.base import Fetched, PriceSource
from toolkit.market.dates import check_coverage
from toolkit.market.table_values import (
    check_moves,
    check_read_options,
    check_rows,
    column_key,
    decimal_mark,
    drop_non_sessions,
    missing_sessions,
    numbers,
    parse_dates,
    separator,
    shown_dates,
)
from toolkit.market.tickers import canonical_ticker

__all__ = ["MAX_DAILY_RATIO", "CsvSource", "read_price_csv"]

#: A close more than this many times the previous close of its ticker, or less than its
#: inverse, is refused (see the module notes).
MAX_DAILY_RATIO = 5.0

_OHLCV = ("open", "high", "low", "close", "volume")




def read_price_csv(
    path: str | Path,
    *,
    close_column: str | None = None,
    date_format: str | None = None,
    dayfirst: bool | None = None,
    decimal: str | None = None,
    max_daily_ratio: float | None = MAX_DAILY_RATIO,
) -> pd.DataFrame:
    """Read a price CSV file into long OHLCV rows.

    Parameters
    ----------
    path
        The file.
    close_column
        ``"close"`` or ``"adj_close"``: which column gives the close; None (default) takes
        ``adj_close`` when present, else ``close``.
    date_format
        A :func:`~datetime.datetime.strptime` format every date follows, e.g. ``"%d/%m/%Y"``.
    dayfirst
        How to read numeric dates such as ``09/04/2025``: True for day first, False for month
        first. Needed for such dates unless ``date_format`` is given (see the module notes).
    decimal
        ``"."`` or ``","``, the decimal mark; None detects it (see the module notes).
    max_daily_ratio
        Refuse a close more than this many times the previous one (or less than its inverse);
        None turns the check off.

    Returns
    -------
    pandas.DataFrame
        Columns ``date, ticker, open, high, low, close, volume``; ``ticker`` is None-valued
        (``""``) for a one-ticker file without ticker information. Rows on days the NYSE was
        closed are dropped, with a :class:`~toolkit.errors.DataWarning` listing them.

    Raises
    ------
    DataSourceError
        If the file cannot be opened.
    InputError
        If the file is empty, lacks a ``date`` or close column, has unparseable or ambiguous
        dates, an undecidable decimal mark, non-numeric values, repeated dates for a ticker,
        missing or non-positive closes, or daily moves beyond ``max_daily_ratio``.
    InputTypeError
        If an option has the wrong type.
    """
    if close_column is not None:
        check_option("close_column", close_column, ("close", "adj_close"))
    check_read_options(date_format, dayfirst, decimal, max_daily_ratio)
    path = Path(path)
    try:
        raw = pd.read_csv(
            path, dtype=str, keep_default_na=False, skipinitialspace=True, sep=separator(path)
        )
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"Parameter `path`: the CSV file {path} is empty.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataSourceError(
            f"Parameter `path`: cannot read the CSV file {path} ({exc})."
        ) from exc
    except pd.errors.ParserError as exc:
        raise InputError(f"Parameter `path`: {path} is not a readable CSV file ({exc}).") from exc
    raw.columns = [column_key(c) for c in raw.columns]
    if raw.columns.duplicated().any():
        dup = sorted(set(raw.columns[raw.columns.duplicated()]))
        raise InputError(f"Parameter `path`: {path} has repeated columns {dup}.")
    if "date" not in raw.columns:
        raise InputError(
            f"Parameter `path`: {path} needs a `date` column, found {list(raw.columns)}."
        )
    if raw.empty:
        raise InputError(f"Parameter `path`: the CSV file {path} has a header but no rows.")
    dates = parse_dates(raw["date"], path, date_format=date_format, dayfirst=dayfirst)
    numeric = [c for c in raw.columns if c not in ("date", "ticker")]
    mark = decimal_mark(raw, numeric, path, decimal)
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
            out[col] = numbers(raw[src], src, path, mark) if src in raw.columns else np.nan
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
            values = numbers(raw[col], col, path, mark)
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
    out = drop_non_sessions(out, path)
    check_rows(out, path)
    out = out.sort_values(["ticker", "date"], kind="stable").reset_index(drop=True)
    if max_daily_ratio is not None:
        check_moves(out, path, float(max_daily_ratio))
    return out


class CsvSource(PriceSource):
    """Prices from a CSV file (long, one-ticker or wide layout; see the module notes).

    Parameters
    ----------
    path
        The CSV file.
    close_column
        ``"close"`` or ``"adj_close"``; None takes ``adj_close`` when the file has it.
    date_format, dayfirst
        How to read dates that are not ``YYYY-MM-DD`` (see the module notes).
    decimal
        ``"."`` or ``","``; None detects the decimal mark.
    max_daily_ratio
        Refuse a close more than this many times the previous one (or less than its inverse);
        None turns the check off. Default :data:`MAX_DAILY_RATIO`.

    Notes
    -----
    Sessions missing between a ticker's first and last row in the requested range are
    reported in a :class:`~toolkit.errors.DataWarning`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "spx.csv"
    >>> _ = f.write_text("Date,Close\\n2025-04-08,4982.77\\n2025-04-09,5456.90\\n")
    >>> CsvSource(f).load("SPX").prices["^GSPC"].tolist()
    [4982.77, 5456.9]
    """

    name = "csv"

    def __init__(
        self,
        path: str | Path,
        *,
        close_column: str | None = None,
        date_format: str | None = None,
        dayfirst: bool | None = None,
        decimal: str | None = None,
        max_daily_ratio: float | None = MAX_DAILY_RATIO,
    ) -> None:
        if not isinstance(path, (str, Path)) or not str(path):
            raise InputError(f"Parameter `path` takes the path of a CSV file, got {path!r}.")
        check_read_options(date_format, dayfirst, decimal, max_daily_ratio)
        self.path = Path(path)
        self.close_column = close_column
        self.options = {
            "date_format": date_format,
            "dayfirst": dayfirst,
            "decimal": decimal,
            "max_daily_ratio": max_daily_ratio,
        }

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
        frame = read_price_csv(self.path, close_column=self.close_column, **self.options)
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
        gaps: list[str] = []
        for t in tickers:
            rows = frame.loc[frame["ticker"] == t]
            first, last = rows["date"].iloc[0], rows["date"].iloc[-1]
            check_coverage(f"{self.path} has {t}", first, last, start, end)
            inside = pd.Series(True, index=rows.index)
            if start is not None:
                inside &= rows["date"] >= start
            if end is not None:
                inside &= rows["date"] <= end
            kept = rows.loc[inside].reset_index(drop=True)
            out.add(t, kept, label, retrieved_at)
            missing = missing_sessions(kept["date"])
            if len(missing):
                gaps.append(f"{t}: {shown_dates(missing)}")
        if gaps:
            warnings.warn(
                f"{self.path} has no row for some NYSE sessions between a ticker's first and last "
                f"date ({'; '.join(gaps)}); the return after each gap spans more than one "
                "session.",
                DataWarning,
                stacklevel=external_stacklevel(),
            )
        return out
