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
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.errors import (
    DataSourceError,
    DataWarning,
    InputError,
    InputTypeError,
    UnknownTickerError,
    check_option,
    external_stacklevel,
)
from toolkit.market.base import Fetched, PriceSource
from toolkit.market.dates import MARKET_TZ, check_coverage, non_sessions
from toolkit.market.tickers import canonical_ticker

__all__ = ["MAX_DAILY_RATIO", "CsvSource", "read_price_csv"]

#: A close more than this many times the previous close of its ticker, or less than its
#: inverse, is refused (see the module notes).
MAX_DAILY_RATIO = 5.0

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
    _check_options(date_format, dayfirst, decimal, max_daily_ratio)
    path = Path(path)
    try:
        raw = pd.read_csv(
            path, dtype=str, keep_default_na=False, skipinitialspace=True, sep=_separator(path)
        )
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
    dates = _parse_dates(raw["date"], path, date_format=date_format, dayfirst=dayfirst)
    numeric = [c for c in raw.columns if c not in ("date", "ticker")]
    mark = _decimal_mark(raw, numeric, path, decimal)
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
            out[col] = _numbers(raw[src], src, path, mark) if src in raw.columns else np.nan
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
            values = _numbers(raw[col], col, path, mark)
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
    out = _drop_non_sessions(out, path)
    _check_rows(out, path)
    out = out.sort_values(["ticker", "date"], kind="stable").reset_index(drop=True)
    if max_daily_ratio is not None:
        _check_moves(out, path, float(max_daily_ratio))
    return out


def _check_options(
    date_format: object, dayfirst: object, decimal: object, max_daily_ratio: object
) -> None:
    if date_format is not None and (not isinstance(date_format, str) or "%" not in date_format):
        raise InputTypeError(
            "Parameter `date_format` takes a strptime format such as '%d/%m/%Y', got "
            f"{date_format!r}."
        )
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise InputTypeError(f"Parameter `dayfirst` takes True, False or None, got {dayfirst!r}.")
    if decimal is not None:
        check_option("decimal", decimal, (".", ","))
    if max_daily_ratio is not None:
        if isinstance(max_daily_ratio, bool) or not isinstance(max_daily_ratio, int | float):
            raise InputTypeError(
                f"Parameter `max_daily_ratio` takes a number or None, got {max_daily_ratio!r}."
            )
        if not max_daily_ratio > 1:
            raise InputError(
                f"Parameter `max_daily_ratio` takes a number above 1, got {max_daily_ratio!r}."
            )


def _separator(path: Path) -> str:
    """``;`` or a tab when the header line has it and no comma, else ``,``."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            header = fh.readline(65_536)
    except OSError:
        return ","  # pandas reports the error
    if "," not in header:
        for sep in (";", "\t"):
            if sep in header:
                return sep
    return ","


_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_CLOCK = r"[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
_OFFSET = r"\s?(?:Z|[+-]\d{2}(?::?\d{2})?)"
_ISO = re.compile(rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:{_CLOCK}(?:{_OFFSET})?)?|\d{{8}}")
_WITH_OFFSET = re.compile(rf".*{_CLOCK}{_OFFSET}")
_MIDNIGHT = re.compile(rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}[T ]0?0:00(?::00(?:[.,]0+)?)?(?:{_OFFSET})?")
_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?")
_NAMED = re.compile(
    r"(?i)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\b|\d))"
    r"(?=.*\b\d{4}\b)[\w ,.\-/:]+"
)


def _first_bad(mask: np.ndarray, values: pd.Series) -> str:
    i = int(np.flatnonzero(mask)[0])
    return f"{values.iloc[i]!r} on line {i + 2}"


def _parse_dates(
    values: pd.Series,
    path: Path,
    *,
    date_format: str | None = None,
    dayfirst: bool | None = None,
) -> np.ndarray:
    """Session dates (naive midnights) of the ``date`` column; see the module notes."""
    text = values.str.strip()
    if date_format is not None:
        return _dates_with_format(text, values, path, date_format)
    text = text.str.replace(_YEAR_FIRST, r"\1-\2-\3", regex=True)
    iso = text.str.fullmatch(_ISO).to_numpy()
    numeric = text.str.fullmatch(_NUMERIC).to_numpy()
    named = text.str.fullmatch(_NAMED).to_numpy() & ~numeric & ~iso
    unread = ~(iso | numeric | named)
    if unread.any():
        raise InputError(
            f"Parameter `path`: {path} has {int(unread.sum())} dates that cannot be read, first "
            f"{_first_bad(unread, values)}; expected dates such as 2025-04-02."
        )
    kinds = [k for k, m in (("iso", iso), ("numeric", numeric), ("named", named)) if m.any()]
    if len(kinds) > 1:
        raise InputError(
            f"Parameter `path`: {path} writes dates in several formats (e.g. "
            f"{_first_bad(iso if iso.any() else named, values)} and "
            f"{_first_bad(numeric if numeric.any() else named, values)}); write every date "
            "as YYYY-MM-DD, or pass date_format= with the one format they follow."
        )
    if kinds == ["numeric"]:
        return _numeric_dates(text, values, path, dayfirst)
    if kinds == ["named"]:
        parsed = pd.to_datetime(text, errors="coerce", format="mixed")
        return _checked_days(parsed, values, path, midnight=False)
    with_offset = text.str.fullmatch(_WITH_OFFSET).to_numpy()
    aware = bool(with_offset.any())
    if aware and not with_offset.all():
        raise InputError(
            f"Parameter `path`: {path} mixes dates with and without a time zone (first with one "
            f"{_first_bad(with_offset, values)}, first without {_first_bad(~with_offset, values)});"
            " write every date as YYYY-MM-DD, or give every timestamp its UTC offset."
        )
    if aware and text.str.fullmatch(_MIDNIGHT).all():
        # dates written as midnight timestamps: each is the calendar date it writes
        text = text.str.split(r"[T ]", n=1, regex=True).str[0]
        aware = False
    parsed = pd.to_datetime(text, errors="coerce", format="ISO8601", utc=aware)
    return _checked_days(parsed, values, path, midnight=False)


def _checked_days(
    parsed: pd.Series, values: pd.Series, path: Path, *, midnight: bool
) -> np.ndarray:
    bad = parsed.isna().to_numpy()
    if bad.any():
        raise InputError(
            f"Parameter `path`: {path} has {int(bad.sum())} dates that cannot be read, first "
            f"{_first_bad(bad, values)}; expected dates such as 2025-04-02."
        )
    idx = pd.DatetimeIndex(parsed)
    if idx.tz is not None:
        if midnight:  # the wall-clock date in the offset written
            idx = idx.tz_localize(None)
        else:
            idx = idx.tz_convert(MARKET_TZ).tz_localize(None)
    return idx.normalize().as_unit("ns").to_numpy()


def _dates_with_format(
    text: pd.Series, values: pd.Series, path: Path, date_format: str
) -> np.ndarray:
    try:
        parsed = pd.to_datetime(text, errors="coerce", format=date_format)
    except ValueError:
        try:  # several UTC offsets: instants
            parsed = pd.to_datetime(text, errors="coerce", format=date_format, utc=True)
        except ValueError as exc:
            raise InputError(
                f"Parameter `date_format`: {date_format!r} cannot read the dates of {path} ({exc})."
            ) from exc
    bad = parsed.isna().to_numpy()
    if bad.any():
        raise InputError(
            f"Parameter `date_format`: {int(bad.sum())} dates of {path} do not follow "
            f"{date_format!r}, first {_first_bad(bad, values)}."
        )
    idx = pd.DatetimeIndex(parsed)
    midnight = (
        idx.tz is not None
        and not (
            (idx.hour != 0) | (idx.minute != 0) | (idx.second != 0) | (idx.microsecond != 0)
        ).any()
    )
    return _checked_days(parsed, values, path, midnight=midnight)


def _numeric_dates(
    text: pd.Series, values: pd.Series, path: Path, dayfirst: bool | None
) -> np.ndarray:
    if dayfirst is None:
        raise InputError(
            f"Parameter `path`: {path} writes dates such as {_first_bad(np.ones(1, bool), values)}"
            ", which can be read day first or month first (or have a two-digit year). Pass "
            "dayfirst=True or dayfirst=False, or date_format= (e.g. '%d/%m/%Y' or '%y-%m-%d'), "
            "or write the dates as YYYY-MM-DD."
        )
    parts = text.str.extract(_NUMERIC)
    sep = str(parts[1].iloc[0])
    year = "%Y" if parts[3].str.len().eq(4).all() else "%y"
    fmt = f"%d{sep}%m{sep}{year}" if dayfirst else f"%m{sep}%d{sep}{year}"
    day_text = text.str.split(r"[T ]", n=1, regex=True).str[0]
    parsed = pd.to_datetime(day_text, errors="coerce", format=fmt)
    bad = parsed.isna().to_numpy()
    if bad.any():
        raise InputError(
            f"Parameter `dayfirst`: with dayfirst={dayfirst}, {int(bad.sum())} dates of {path} "
            f"are not valid ({fmt!r}), first {_first_bad(bad, values)}; pass date_format= with "
            "the format the dates follow."
        )
    return _checked_days(parsed, values, path, midnight=False)


_COMMA_DECIMAL = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*),\d+")
_POINT_DECIMAL = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)\.\d+")
_COMMA_GROUPS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+")
_POINT_GROUPS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+")


def _decimal_mark(raw: pd.DataFrame, columns: list[str], path: Path, decimal: str | None) -> str:
    """The decimal mark of the file's numbers: ``decimal`` if given, else detected."""
    if decimal is not None:
        return decimal
    if not columns:
        return "."
    cells = pd.concat([raw[c].str.strip().str.replace(" ", "", regex=False) for c in columns])
    cells = cells[cells.str.contains(r"[.,]", regex=True)]
    if cells.empty:
        return "."
    comma_groups = cells.str.fullmatch(_COMMA_GROUPS)
    point_groups = cells.str.fullmatch(_POINT_GROUPS)
    one_group = cells.str.count(r"[.,]").eq(1)
    # a comma (or point) followed by exactly three digits, once, could be either mark
    comma_open = comma_groups & one_group
    point_open = point_groups & one_group
    comma = (cells.str.fullmatch(_COMMA_DECIMAL) & ~comma_open) | (point_groups & ~point_open)
    point = (cells.str.fullmatch(_POINT_DECIMAL) & ~point_open) | (comma_groups & ~comma_open)
    if comma.any() and point.any():
        raise InputError(
            f"Parameter `path`: {path} writes numbers with decimal commas (e.g. "
            f"{cells[comma].iloc[0]!r}) and decimal points (e.g. {cells[point].iloc[0]!r}); "
            'pass decimal="." or decimal="," to say which.'
        )
    if comma.any():
        if point_open.any():
            raise InputError(
                f"Parameter `path`: {path} writes decimal commas (e.g. {cells[comma].iloc[0]!r}) "
                f"but also {cells[point_open].iloc[0]!r}, which reads as a thousands separator "
                'there; pass decimal="," to confirm, or decimal="." if the points are decimals.'
            )
        return ","
    if point.any() or not comma_open.any():
        if comma_open.any():
            raise InputError(
                f"Parameter `path`: {path} writes {cells[comma_open].iloc[0]!r}, a comma that "
                'may be a decimal mark or a thousands separator; pass decimal="." or decimal=",".'
            )
        return "."
    raise InputError(
        f"Parameter `path`: {path} writes numbers such as {cells[comma_open].iloc[0]!r}, whose "
        'comma may be a decimal mark or a thousands separator; pass decimal="." or decimal=",".'
    )


def _numbers(values: pd.Series, column: str, path: Path, decimal: str = ".") -> np.ndarray:
    thousands = "," if decimal == "." else "."
    text = values.str.strip().str.replace(r"[\s\u00a0]", "", regex=True)
    text = text.str.replace(thousands, "", regex=False)
    if decimal == ",":
        text = text.str.replace(",", ".", regex=False)
    nums = pd.to_numeric(text.where(text != "", None), errors="coerce")
    bad = nums.isna().to_numpy() & (text != "").to_numpy()
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"Parameter `path`: {path} column `{column}` has a value that is not a number, "
            f"{values.iloc[i]!r} on line {i + 2}."
        )
    return nums.to_numpy(dtype="float64")


def _shown_dates(dates: pd.Series | pd.DatetimeIndex, limit: int = 5) -> str:
    days = [f"{pd.Timestamp(d):%Y-%m-%d}" for d in list(dates)[:limit]]
    return ", ".join(days) + (f", ... ({len(dates)} in all)" if len(dates) > limit else "")


def _drop_non_sessions(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    closed = non_sessions(pd.DatetimeIndex(frame["date"]))
    if not closed.any():
        return frame
    days = pd.DatetimeIndex(frame.loc[closed, "date"]).unique().sort_values()
    warnings.warn(
        f"{path}: dropped {int(closed.sum())} rows on days the NYSE was closed "
        f"({_shown_dates(days)}). If every date looks one day early or late, check how the "
        "file writes time zones.",
        DataWarning,
        stacklevel=external_stacklevel(),
    )
    return frame.loc[~closed].reset_index(drop=True)


def _check_moves(frame: pd.DataFrame, path: Path, limit: float) -> None:
    close = frame["close"].to_numpy()
    same = (frame["ticker"] == frame["ticker"].shift(1)).to_numpy()
    ratio = np.full(len(close), 1.0)
    ratio[1:] = close[1:] / close[:-1]
    bad = same & ((ratio > limit) | (ratio < 1.0 / limit))
    if not bad.any():
        return
    rows = np.flatnonzero(bad)
    shown = "; ".join(
        f"{frame['ticker'].iloc[i] or 'the close'} {pd.Timestamp(frame['date'].iloc[i]):%Y-%m-%d}"
        f" {close[i]:g} after {close[i - 1]:g} ({100 * (ratio[i] - 1):+.0f}%)"
        for i in rows[:3]
    )
    raise InputError(
        f"Parameter `path`: {path} has {len(rows)} daily moves beyond a factor of {limit:g} "
        f"(max_daily_ratio), first {shown}. This is what a misread decimal mark or a column "
        'mixing units looks like: check the file (decimal="," for decimal commas), or pass '
        "max_daily_ratio=None if these moves are real."
    )


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
        _check_options(date_format, dayfirst, decimal, max_daily_ratio)
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
            missing = _missing_sessions(kept["date"])
            if len(missing):
                gaps.append(f"{t}: {_shown_dates(missing)}")
        if gaps:
            warnings.warn(
                f"{self.path} has no row for some NYSE sessions between a ticker's first and last "
                f"date ({'; '.join(gaps)}); the return after each gap spans more than one "
                "session.",
                DataWarning,
                stacklevel=external_stacklevel(),
            )
        return out


def _missing_sessions(dates: pd.Series) -> pd.DatetimeIndex:
    """NYSE sessions between the first and last of ``dates`` that are not among them."""
    from toolkit.market.calendar import get_calendar

    if len(dates) < 2:
        return pd.DatetimeIndex([])
    cal = get_calendar()
    lo = max(pd.Timestamp(dates.iloc[0]), pd.Timestamp(cal.first_session))
    hi = min(pd.Timestamp(dates.iloc[-1]), pd.Timestamp(cal.last_session))
    if lo > hi:
        return pd.DatetimeIndex([])
    sessions = pd.DatetimeIndex(cal.sessions_in_range(lo, hi)).as_unit("ns")
    return sessions.difference(pd.DatetimeIndex(dates).as_unit("ns"))
