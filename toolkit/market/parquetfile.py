"""The ``parquet`` source: prices from a user's Parquet file or dataset, read selectively.

``load_prices(..., source="parquet", path=...)`` (or ``source="parquet:PATH"``, also on the
command line) reads a ``.parquet`` file or a folder of them, with hive partitions such as
``asset=SPY/`` (or ``ticker=SPY/``), ``date=2025-04-09/`` or ``year=2025/``. The layouts and
conventions are those of the ``csv`` source (:mod:`toolkit.market.csvfile`), with column names
matched case-insensitively:

* long: ``date``, ``ticker`` (or ``symbol``, or the partition key ``asset``) and ``close``
  (optionally ``open, high, low, volume, adj_close``), one row per ticker and date;
* one ticker: ``date`` and ``close``, for the single ticker requested;
* wide: ``date`` and one column of closes per ticker.

``adj_close`` is the close when present unless ``close_column="close"``. Prices must be stored
as numbers (a string price column is an error naming it). Dates may be stored as dates,
timestamps or text: text is read exactly as the ``csv`` source reads it (``date_format=``,
``dayfirst=``); naive timestamps are New York time; time-zone-aware timestamps that all sit at
midnight keep their calendar date, others are converted to New York. Then the same checks as
for a CSV file: rows on days the NYSE was closed are dropped with a
:class:`~toolkit.errors.DataWarning`, repeated dates, missing or non-positive closes are
errors, daily moves beyond ``max_daily_ratio`` are refused, and sessions missing inside the
requested range are reported.

Only what a study needs is read. From a long file, first the ``date`` column of the requested
tickers' rows (a filter on the ticker, which skips whole ``asset=`` folders and row groups),
to check that the range is covered, then the price columns of those rows within the requested
dates (a filter on the date, which skips ``date=``/``year=`` folders and row groups). From a
wide file, the ``date`` column and the requested tickers' columns only.
:meth:`ParquetSource.dates` reads the first step alone (the dates of the requested tickers'
rows, checked as :meth:`~ParquetSource.fetch` checks them) for a caller that plans with the
sessions before it reads any price.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from toolkit.errors import (
    DataSourceError,
    DataWarning,
    InputError,
    UnknownTickerError,
    external_stacklevel,
)
from toolkit.market.base import Fetched, PriceSource
from toolkit.market.csvfile import MAX_DAILY_RATIO
from toolkit.market.dates import (
    MARKET_TZ,
    check_coverage,
    first_session_on_or_after,
    last_session_on_or_before,
)
from toolkit.market.table_values import (
    check_moves,
    check_read_options,
    check_repeated_dates,
    check_rows,
    column_key,
    drop_non_sessions,
    missing_sessions,
    parse_dates,
    shown_dates,
)
from toolkit.market.tickers import canonical_ticker

__all__ = ["ParquetSource"]

_OHLCV = ("open", "high", "low", "close", "volume")
#: Normalised names that hold the ticker (``asset`` is the usual hive partition key).
_TICKER_NAMES = ("ticker", "asset")


class ParquetSource(PriceSource):
    """Prices from a Parquet file or dataset folder (long, one-ticker or wide; see the module).

    Parameters
    ----------
    path
        A ``.parquet`` file, or a folder of them (hive partitions allowed).
    close_column
        ``"close"`` or ``"adj_close"``; None takes ``adj_close`` when the data has it.
    date_format, dayfirst
        How to read dates stored as text that are not ``YYYY-MM-DD`` (as for CSV files).
    max_daily_ratio
        Refuse a close more than this many times the previous one (or less than its inverse);
        None turns the check off. Default :data:`~toolkit.market.csvfile.MAX_DAILY_RATIO`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import pandas as pd
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "spx.parquet"
    >>> pd.DataFrame({"Date": ["2025-04-08", "2025-04-09"], "SPX": [4982.77, 5456.90]}).to_parquet(f)
    >>> ParquetSource(f).load("SPX").prices["^GSPC"].tolist()
    [4982.77, 5456.9]
    """

    name = "parquet"

    def __init__(
        self,
        path: str | Path,
        *,
        close_column: str | None = None,
        date_format: str | None = None,
        dayfirst: bool | None = None,
        max_daily_ratio: float | None = MAX_DAILY_RATIO,
    ) -> None:
        if not isinstance(path, str | Path) or not str(path):
            raise InputError(
                f"Parameter `path` takes the path of a Parquet file or folder, got {path!r}."
            )
        if close_column is not None and close_column not in ("close", "adj_close"):
            raise InputError(
                f"Parameter `close_column` takes one of 'close', 'adj_close', got {close_column!r}."
            )
        check_read_options(date_format, dayfirst, None, max_daily_ratio)
        self.path = Path(path)
        self.close_column = close_column
        self.date_format = date_format
        self.dayfirst = dayfirst
        self.max_daily_ratio = max_daily_ratio

    def __repr__(self) -> str:
        return f"ParquetSource({str(self.path)!r})"

    # -- reading -------------------------------------------------------------------------
    def _dataset(self) -> Any:
        import pyarrow as pa
        import pyarrow.dataset as pads

        if not self.path.exists():
            raise DataSourceError(f"Parameter `path`: {self.path} does not exist.")
        try:
            return pads.dataset(str(self.path), format="parquet", partitioning="hive")
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputError(
                f"Parameter `path`: {self.path} is not a readable Parquet file or dataset ({exc})."
            ) from exc

    def _columns(self, data: Any) -> dict[str, str]:
        """Normalised column name -> the name in the data."""
        names: dict[str, str] = {}
        for name in data.schema.names:
            key = column_key(name)
            if key in names:
                raise InputError(
                    f"Parameter `path`: {self.path} has columns {names[key]!r} and {name!r}, "
                    "which both read as the same name."
                )
            names[key] = name
        if "date" not in names:
            raise InputError(
                f"Parameter `path`: {self.path} needs a `date` column, found {data.schema.names}."
            )
        return names

    def _read(
        self,
        data: Any,
        columns: list[str],
        condition: Any = None,
        categorical: tuple[str, ...] = (),
    ) -> pd.DataFrame:
        """The ``columns`` of the rows that meet ``condition``; the ``categorical`` ones as
        pandas categoricals (a code per row, not a string), dates as datetime64."""
        import pyarrow as pa
        import pyarrow.compute as pc

        try:
            table = data.to_table(columns=columns, filter=condition)
            for name in categorical:
                i = table.schema.get_field_index(name)
                if not pa.types.is_dictionary(table.schema.field(i).type):
                    table = table.set_column(i, name, pc.dictionary_encode(table.column(i)))
            if categorical:
                table = table.unify_dictionaries()
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError) as exc:
            raise InputError(
                f"Parameter `path`: cannot read the columns {columns} of {self.path} ({exc})."
            ) from exc
        return table.to_pandas(date_as_object=False)

    def _dates(self, values: pd.Series, data: Any, column: str) -> np.ndarray:
        """Session dates (naive midnights) of a date column of any stored type."""
        import pyarrow as pa

        kind = data.schema.field(column).type
        if pa.types.is_string(kind) or pa.types.is_large_string(kind):
            return parse_dates(
                values.astype("str"),
                self.path,
                date_format=self.date_format,
                dayfirst=self.dayfirst,
            )
        if not (pa.types.is_date(kind) or pa.types.is_timestamp(kind)):
            raise InputError(
                f"Parameter `path`: {self.path} column `{column}` holds {kind}, expected dates "
                "(a date, timestamp or text type)."
            )
        idx = pd.DatetimeIndex(pd.to_datetime(values))
        if idx.tz is not None:
            local = idx.tz_localize(None)
            if not (local != local.normalize()).any():  # midnights: the dates they write
                idx = local
            else:
                idx = idx.tz_convert(MARKET_TZ).tz_localize(None)
        return idx.normalize().as_unit("ns").to_numpy()

    def _numbers(self, frame: pd.DataFrame, column: str, data: Any, name: str) -> np.ndarray:
        import pyarrow as pa

        kind = data.schema.field(column).type
        if not (pa.types.is_integer(kind) or pa.types.is_floating(kind)):
            raise InputError(
                f"Parameter `path`: {self.path} column `{name}` holds {kind}, expected numbers."
            )
        return frame[column].to_numpy(dtype="float64", na_value=np.nan)

    def _date_filter(
        self, data: Any, column: str, start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> Any:
        """A filter on the date range for dates stored as dates or timestamps (else None).

        It is one day wider on each side than asked for, so a timestamp converted to New York
        time stays inside; the exact range is cut after reading.
        """
        import pyarrow as pa
        import pyarrow.dataset as pads

        kind = data.schema.field(column).type
        condition = None
        if pa.types.is_date(kind) or pa.types.is_timestamp(kind):
            aware = pa.types.is_timestamp(kind) and kind.tz is not None
            field = pads.field(column)
            if start is not None:
                condition = field >= self._bound(start - pd.Timedelta(days=1), kind, aware)
            if end is not None:
                part = field <= self._bound(end + pd.Timedelta(days=2), kind, aware)
                condition = part if condition is None else condition & part
        year = self._year_filter(data, start, end)
        if year is not None:
            condition = year if condition is None else condition & year
        return condition

    @staticmethod
    def _bound(day: pd.Timestamp, kind: Any, aware: bool) -> Any:
        import pyarrow as pa

        if pa.types.is_date(kind):
            return pa.scalar(day.date(), type=pa.date32()).cast(kind)
        stamp = day.tz_localize("UTC") if aware else day
        return pa.scalar(stamp.to_pydatetime(), type=kind)

    @staticmethod
    def _year_filter(data: Any, start: pd.Timestamp | None, end: pd.Timestamp | None) -> Any:
        """Prune ``year=`` partitions (an integer partition key named year)."""
        import pyarrow as pa
        import pyarrow.dataset as pads

        if "year" not in data.schema.names or not pa.types.is_integer(
            data.schema.field("year").type
        ):
            return None
        condition = None
        if start is not None:
            condition = pads.field("year") >= start.year
        if end is not None:
            part = pads.field("year") <= end.year
            condition = part if condition is None else condition & part
        return condition

    # -- layouts -------------------------------------------------------------------------
    def fetch(
        self, tickers: tuple[str, ...], start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> Fetched:
        """Read ``tickers`` from the file or dataset.

        Raises
        ------
        UnknownTickerError
            If a ticker is not in the data (the message lists those that are).
        RangeError
            If the data does not cover the range for a ticker.
        InputError
            For a schema the source cannot read (no ``date``, a price column of text, ...).
        DataSourceError
            If ``path`` does not exist.
        """
        return self._fetched(self._covered_rows(tickers, start, end), tickers, start, end)

    def dates(
        self, tickers: tuple[str, ...], start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> pd.DataFrame:
        """The dates of the rows of ``tickers`` between ``start`` and ``end``, without prices.

        What :meth:`fetch` reads and checks about the dates, and nothing else: the ranges are
        covered, rows on days the NYSE was closed are dropped (with a
        :class:`~toolkit.errors.DataWarning`), a repeated date is an error, and sessions
        missing between a ticker's first and last date are reported (DataWarning), with the
        same messages. From a long file or a dataset partitioned by asset only the ``date``
        (and ticker) column is read; in a wide file a ticker's dates are those of its values,
        so its column is read.

        Parameters
        ----------
        tickers
            Canonical tickers, each once.
        start, end
            Naive midnight bounds or None.

        Returns
        -------
        pandas.DataFrame
            ``date`` (naive midnights) and ``ticker`` (a categorical of ``tickers``), sorted by
            ticker (in the order of ``tickers``) and date.

        Raises
        ------
        UnknownTickerError, RangeError, InputError, DataSourceError
            As :meth:`fetch`.
        """
        frame = self._covered_rows(tickers, start, end, dates_only=True)
        frame = frame.loc[_inside(frame, start, end), ["date", "ticker"]]
        frame["ticker"] = pd.Categorical(frame["ticker"], categories=list(tickers))
        frame = drop_non_sessions(frame.reset_index(drop=True), self.path)
        check_repeated_dates(frame, self.path)
        frame = frame.sort_values(["ticker", "date"], kind="stable").reset_index(drop=True)
        self._warn_gaps(frame, tickers)
        return frame

    def _covered_rows(
        self,
        tickers: tuple[str, ...],
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        *,
        dates_only: bool = False,
    ) -> pd.DataFrame:
        """Long rows of ``tickers`` near the requested range, once each ticker's coverage of
        it is checked."""
        data = self._dataset()
        names = self._columns(data)
        ticker_col = next((names[k] for k in _TICKER_NAMES if k in names), None)
        close_key = self.close_column or ("adj_close" if "adj_close" in names else "close")
        layout: _Long | _Wide
        if ticker_col is not None or close_key in names:
            if close_key not in names:
                raise InputError(
                    f"Parameter `path`: {self.path} needs a `{close_key}` column, found "
                    f"{data.schema.names}."
                )
            layout = _Long(self, data, names, ticker_col, close_key, tickers)
        else:
            layout = _Wide(self, data, names, tickers)
        # the requested dates and a margin, so that a covered range needs nothing more
        margin = pd.Timedelta(days=_MARGIN_DAYS)
        window = self._date_filter(
            data,
            names["date"],
            None if start is None else start - margin,
            None if end is None else end + margin,
        )
        frame = layout.rows(window, dates_only=dates_only)
        spans = _spans(frame, tickers)
        short = [t for t in tickers if not _covers(spans.get(t), start, end)]
        if short:  # not covered near the requested range: what does the whole history hold?
            spans.update(_spans(layout.rows(None, dates_only=True), short))
        for t in tickers:
            if t not in spans:
                raise InputError(f"Parameter `path`: {self.path} has no prices for {t}.")
            first, last = spans[t]
            check_coverage(f"{self.path} has {t}", first, last, start, end)
        return frame

    def tickers(self) -> list[str]:
        """Every ticker the file or dataset holds (canonical names, in the order found; from
        the ``asset=`` folder names when it is partitioned by asset).

        Raises
        ------
        InputError
            For a schema without tickers: one unnamed series.
        """
        data = self._dataset()
        names = self._columns(data)
        ticker_col = next((names[k] for k in _TICKER_NAMES if k in names), None)
        if ticker_col is not None:
            found = self._ticker_values(data, ticker_col)
            canon = (canonical_ticker(raw, param="path") for raw in found if raw.strip())
            return list(dict.fromkeys(canon))
        close_keys = ("close", "adj_close")
        if any(k in names for k in close_keys):
            raise InputError(
                f"Parameter `path`: {self.path} holds one unnamed series; name its ticker."
            )
        return list(_Wide(self, data, names, ()).columns)

    def _known(self, known: list[str], tickers: tuple[str, ...]) -> None:
        unknown = [t for t in tickers if t not in known]
        if unknown:
            raise UnknownTickerError(
                f"Parameter `tickers`: {', '.join(unknown)} not in {self.path}; it has "
                f"{', '.join(known[:10])}{', ...' if len(known) > 10 else ''}."
            )

    def _ticker_values(self, data: Any, column: str) -> list[str]:
        """The distinct tickers, from the partition folders when they hold them."""
        import pyarrow.dataset as pads

        values: list[str] = []
        for fragment in data.get_fragments():
            keys = pads.get_partition_keys(fragment.partition_expression)
            if column not in keys:
                break
            values.append(str(keys[column]))
        else:
            return list(dict.fromkeys(values))
        found = self._read(data, [column])[column].dropna().astype("str")
        return list(dict.fromkeys(found))

    def _fetched(
        self,
        frame: pd.DataFrame,
        tickers: tuple[str, ...],
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
    ) -> Fetched:
        frame = frame.loc[:, ["date", "ticker", *_OHLCV]]
        frame = frame.loc[_inside(frame, start, end)].reset_index(drop=True)
        frame = drop_non_sessions(frame, self.path)
        check_rows(frame, self.path)
        frame = frame.sort_values(["ticker", "date"], kind="stable").reset_index(drop=True)
        if self.max_daily_ratio is not None:
            check_moves(frame, self.path, float(self.max_daily_ratio))
        mtime = max(
            (p.stat().st_mtime for p in [self.path, *self.path.rglob("*.parquet")]),
            default=self.path.stat().st_mtime,
        )
        retrieved_at = dt.datetime.fromtimestamp(mtime, tz=dt.UTC).replace(microsecond=0)
        label = f"{self.name}:{self.path}"
        out = Fetched()
        rows = frame.groupby("ticker", sort=False, observed=True).indices
        for t in tickers:
            kept = frame.iloc[rows.get(t, np.zeros(0, dtype=np.int64))].reset_index(drop=True)
            out.add(t, kept, label, retrieved_at.isoformat())
        self._warn_gaps(frame, tickers)
        return out

    def _warn_gaps(self, frame: pd.DataFrame, tickers: tuple[str, ...]) -> None:
        """Warn about the sessions missing between each ticker's first and last date
        (``frame``: long rows sorted by ticker and date)."""
        gaps: list[str] = []
        rows = frame.groupby("ticker", sort=False, observed=True).indices
        for t in tickers:
            days = frame["date"].iloc[rows.get(t, np.zeros(0, dtype=np.int64))]
            missing = missing_sessions(days)
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


#: Days read beyond each end of the requested range: a range covered within them needs no
#: other rows to prove it (a longer gap at an end reads the whole date history to decide).
_MARGIN_DAYS = 10


def _spans(frame: pd.DataFrame, tickers: list[str] | tuple[str, ...]) -> dict[str, tuple]:
    """First and last date of each ticker's rows."""
    out = {}
    days = frame.groupby("ticker", sort=False, observed=True)["date"]
    lows, highs = days.min(), days.max()
    for t in tickers:
        if t in lows.index:
            out[t] = (pd.Timestamp(lows[t]), pd.Timestamp(highs[t]))
    return out


def _inside(frame: pd.DataFrame, start: pd.Timestamp | None, end: pd.Timestamp | None) -> Any:
    """Which rows of ``frame`` lie between ``start`` and ``end`` (both included)."""
    inside = np.ones(len(frame), dtype=bool)
    if start is not None:
        inside &= (frame["date"] >= start).to_numpy()
    if end is not None:
        inside &= (frame["date"] <= end).to_numpy()
    return inside


def _covers(
    span: tuple[pd.Timestamp, pd.Timestamp] | None,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
) -> bool:
    """True when rows from ``span[0]`` to ``span[1]`` reach both ends of the requested range."""
    if span is None or start is None or end is None:
        return False
    return span[0] <= first_session_on_or_after(start) and span[1] >= last_session_on_or_before(end)


class _Long:
    """Rows of a long (or one-ticker) file: the requested tickers' rows only."""

    def __init__(
        self,
        source: ParquetSource,
        data: Any,
        names: dict[str, str],
        ticker_col: str | None,
        close_key: str,
        tickers: tuple[str, ...],
    ) -> None:
        import pyarrow.dataset as pads

        self.source, self.data, self.names = source, data, names
        self.ticker_col, self.tickers = ticker_col, tickers
        self.wanted = {col: (close_key if col == "close" else col) for col in _OHLCV}
        self.condition = None
        self.lookup: dict[str, str] = {}
        if ticker_col is None:  # one unnamed series
            if len(tickers) != 1:
                raise InputError(
                    f"Parameter `tickers`: {source.path} holds one unnamed series, so exactly "
                    f"one ticker can be requested, got {list(tickers)}."
                )
            return
        found = source._ticker_values(data, ticker_col)
        canon = {raw: canonical_ticker(raw, param="path") for raw in found if raw.strip()}
        source._known(list(dict.fromkeys(canon.values())), tickers)
        self.lookup = {raw: c for raw, c in canon.items() if c in tickers}
        self.condition = pads.field(ticker_col).isin(list(self.lookup))

    def rows(self, window: Any, *, dates_only: bool = False) -> pd.DataFrame:
        """Long rows (date, ticker, OHLCV) of the requested tickers within ``window``."""
        src, names = self.source, self.names
        date_col = names["date"]
        columns = [date_col] + ([self.ticker_col] if self.ticker_col else [])
        if not dates_only:
            columns += [names[k] for k in dict.fromkeys(self.wanted.values()) if k in names]
        condition = self.condition
        if window is not None:
            condition = window if condition is None else condition & window
        codes = (self.ticker_col,) if dates_only and self.ticker_col else ()
        raw = src._read(self.data, list(dict.fromkeys(columns)), condition, codes)
        out = pd.DataFrame({"date": src._dates(raw[date_col], self.data, date_col)})
        if self.ticker_col is None:
            out["ticker"] = self.tickers[0]
        elif dates_only:  # a code per row: a panel's dates are millions of rows
            out["ticker"] = self._canonical(raw[self.ticker_col])
        else:
            out["ticker"] = raw[self.ticker_col].astype("str").map(self.lookup).to_numpy()
        if not dates_only:
            for col, key in self.wanted.items():
                out[col] = src._numbers(raw, names[key], self.data, key) if key in names else np.nan
        return out

    def _canonical(self, raw: pd.Series) -> pd.Categorical:
        """The canonical ticker of each row of a categorical of stored tickers."""
        stored = raw.astype("category").cat
        names = [self.lookup[str(c)] for c in stored.categories]
        distinct = list(dict.fromkeys(names))
        at = {n: i for i, n in enumerate(distinct)}
        remap = np.array([at[n] for n in names] + [-1], dtype=np.int64)
        return pd.Categorical.from_codes(remap[stored.codes.to_numpy()], categories=distinct)


class _Wide:
    """Rows of a wide file: the date column and the requested tickers' columns only."""

    def __init__(
        self, source: ParquetSource, data: Any, names: dict[str, str], tickers: tuple[str, ...]
    ) -> None:
        self.source, self.data, self.names, self.tickers = source, data, names, tickers
        self.columns = {
            canonical_ticker(name, param="path"): name
            for key, name in names.items()
            if key != "date" and key not in ("year", "month", "day")
        }
        if not self.columns:
            raise InputError(
                f"Parameter `path`: {source.path} needs a `close` column or one column of closes "
                f"per ticker, found only {data.schema.names}."
            )
        source._known(list(self.columns), tickers)

    def rows(self, window: Any, *, dates_only: bool = False) -> pd.DataFrame:
        """Long rows of the requested tickers, each from its first to its last value."""
        src, date_col = self.source, self.names["date"]
        raw = src._read(self.data, [date_col, *(self.columns[t] for t in self.tickers)], window)
        days = src._dates(raw[date_col], self.data, date_col)
        order = np.argsort(days, kind="stable")
        parts = []
        for t in self.tickers:
            values = src._numbers(raw, self.columns[t], self.data, self.columns[t])[order]
            valid = np.flatnonzero(~np.isnan(values))
            if len(valid) == 0:
                continue
            span = slice(int(valid[0]), int(valid[-1]) + 1)
            parts.append(
                pd.DataFrame({"date": days[order][span], "ticker": t, "close": values[span]})
            )
        out = (
            pd.concat(parts, ignore_index=True)
            if parts
            else pd.DataFrame(
                {"date": pd.Series(dtype="datetime64[ns]"), "ticker": pd.Series(dtype="str")}
            )
        )
        for col in _OHLCV:
            if col not in out.columns:
                out[col] = np.nan
        return out
