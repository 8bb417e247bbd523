"""Reading the values of a user's table file: column names, dates, numbers and rows.

The rules shared by the price sources that read a user's file (:mod:`toolkit.market.csvfile`,
:mod:`toolkit.market.parquetfile`) and by the events file (:mod:`toolkit.study.events_file`):
column names matched case-insensitively with a few synonyms (:func:`column_key`), dates read
only when their reading is certain (:func:`parse_dates`; the date patterns :data:`ISO_DATE`,
:data:`NUMERIC_DATE`, :data:`NAMED_DATE`, :data:`MIDNIGHT`, :data:`WITH_OFFSET`,
:data:`YEAR_FIRST`), the decimal mark detected from the values (:func:`decimal_mark`,
:func:`numbers`), and the checks of the rows read (:func:`drop_non_sessions`,
:func:`missing_sessions`, :func:`check_moves`, :func:`check_rows`). The rules themselves are
described in :mod:`toolkit.market.csvfile`.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.errors import (
    DataWarning,
    InputError,
    InputTypeError,
    check_option,
    external_stacklevel,
)
from toolkit.market.dates import MARKET_TZ, non_sessions

__all__ = [
    "COLUMN_SYNONYMS",
    "ISO_DATE",
    "MIDNIGHT",
    "NAMED_DATE",
    "NUMERIC_DATE",
    "WITH_OFFSET",
    "YEAR_FIRST",
    "check_moves",
    "check_read_options",
    "check_repeated_dates",
    "check_rows",
    "column_key",
    "decimal_mark",
    "drop_non_sessions",
    "missing_sessions",
    "numbers",
    "parse_dates",
    "separator",
    "shown_dates",
]


COLUMN_SYNONYMS = {
    "symbol": "ticker",
    "adjclose": "adj_close",
    "adj._close": "adj_close",
    "adjusted_close": "adj_close",
}


def column_key(name: object) -> str:
    key = "_".join(str(name).strip().lower().split())
    return COLUMN_SYNONYMS.get(key, key)


def check_read_options(
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


def separator(path: Path) -> str:
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


YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_CLOCK = r"[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
_OFFSET = r"\s?(?:Z|[+-]\d{2}(?::?\d{2})?)"
ISO_DATE = re.compile(rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:{_CLOCK}(?:{_OFFSET})?)?|\d{{8}}")
WITH_OFFSET = re.compile(rf".*{_CLOCK}{_OFFSET}")
MIDNIGHT = re.compile(rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}[T ]0?0:00(?::00(?:[.,]0+)?)?(?:{_OFFSET})?")
NUMERIC_DATE = re.compile(
    r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
)
NAMED_DATE = re.compile(
    r"(?i)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\b|\d))"
    r"(?=.*\b\d{4}\b)[\w ,.\-/:]+"
)


def _first_bad(mask: np.ndarray, values: pd.Series) -> str:
    i = int(np.flatnonzero(mask)[0])
    return f"{values.iloc[i]!r} on line {i + 2}"


def parse_dates(
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
    text = text.str.replace(YEAR_FIRST, r"\1-\2-\3", regex=True)
    iso = text.str.fullmatch(ISO_DATE).to_numpy()
    numeric = text.str.fullmatch(NUMERIC_DATE).to_numpy()
    named = text.str.fullmatch(NAMED_DATE).to_numpy() & ~numeric & ~iso
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
    with_offset = text.str.fullmatch(WITH_OFFSET).to_numpy()
    aware = bool(with_offset.any())
    if aware and not with_offset.all():
        raise InputError(
            f"Parameter `path`: {path} mixes dates with and without a time zone (first with one "
            f"{_first_bad(with_offset, values)}, first without {_first_bad(~with_offset, values)});"
            " write every date as YYYY-MM-DD, or give every timestamp its UTC offset."
        )
    if aware and text.str.fullmatch(MIDNIGHT).all():
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
    parts = text.str.extract(NUMERIC_DATE)
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


def decimal_mark(raw: pd.DataFrame, columns: list[str], path: Path, decimal: str | None) -> str:
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


def numbers(values: pd.Series, column: str, path: Path, decimal: str = ".") -> np.ndarray:
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


def shown_dates(dates: pd.Series | pd.DatetimeIndex, limit: int = 5) -> str:
    days = [f"{pd.Timestamp(d):%Y-%m-%d}" for d in list(dates)[:limit]]
    return ", ".join(days) + (f", ... ({len(dates)} in all)" if len(dates) > limit else "")


def drop_non_sessions(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    closed = non_sessions(pd.DatetimeIndex(frame["date"]))
    if not closed.any():
        return frame
    days = pd.DatetimeIndex(frame.loc[closed, "date"]).unique().sort_values()
    warnings.warn(
        f"{path}: dropped {int(closed.sum())} rows on days the NYSE was closed "
        f"({shown_dates(days)}). If every date looks one day early or late, check how the "
        "file writes time zones.",
        DataWarning,
        stacklevel=external_stacklevel(),
    )
    return frame.loc[~closed].reset_index(drop=True)


def check_moves(frame: pd.DataFrame, path: Path, limit: float) -> None:
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


def check_repeated_dates(frame: pd.DataFrame, path: Path) -> None:
    """Refuse a ticker with two rows on one date (``frame``: long rows with ``date, ticker``)."""
    dup = frame.duplicated(["ticker", "date"], keep=False).to_numpy()
    if dup.any():
        first = frame.loc[dup].iloc[0]
        who = f"{first['ticker']} " if first["ticker"] else ""
        raise InputError(
            f"Parameter `path`: {path} has {int(dup.sum())} rows with a repeated date, first "
            f"{who}{pd.Timestamp(first['date']).date()}; each ticker needs one row per date."
        )


def check_rows(frame: pd.DataFrame, path: Path) -> None:
    check_repeated_dates(frame, path)
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


def missing_sessions(dates: pd.Series) -> pd.DatetimeIndex:
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
