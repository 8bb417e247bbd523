"""The researcher's own events: an events file (CSV, Excel or Parquet) read into an EventSet.

Columns, matched case-insensitively (spaces become ``_``):

* ``event_id`` (required): the event's name, kept as text (``007`` stays ``007``);
* ``date`` (required): day 0 as a date (``2025-04-02``), or a timestamp with a UTC offset
  (``2025-04-02T20:15:00Z``) or a clock time in New York (``2025-04-02 16:15``). The session
  rules of statements apply: a date on a weekend or holiday, or a time after the 16:00 close,
  belongs to the next NYSE session (:func:`toolkit.market.calendar.event_session`); the reason
  is kept in ``shift_reason``;
* ``asset`` (optional): the one asset the event concerns (a firm-specific event); an empty
  cell means every asset;
* ``group`` (optional): the event's group in the tests (``all`` when absent or empty);
  ``group=`` names another column to group by;
* any further column is kept as an event characteristic, numbers as numbers (``surprise``,
  ``size``...), for the user's own analysis and for cross-sectional regressions of the CARs.

Dates follow the rules of price CSV files (:mod:`toolkit.market.csvfile`): ISO dates and
timestamps and dates with a month name are read as written; day-first or month-first dates
(``09/04/2025``) and two-digit years are ambiguous and refused unless ``dayfirst=`` or
``date_format=`` says how to read them; a column of timestamps all at midnight in their own
offset (``2025-04-09T00:00:00Z``, a common export) holds calendar dates.

Errors name the file, the row (the line of a CSV file, the row of the Excel sheet, the row
number of a Parquet table counted from 1) and the column: a missing column, an empty
``event_id`` or ``date``, an unreadable or ambiguous date, a repeated ``event_id`` (with an
``asset`` column, a repeated ``(event_id, asset)`` pair). Events that cannot be studied (a
date outside the NYSE calendar the toolkit covers or outside the price data given as
``prices``, an asset the price data does not have) are left out with an
:class:`~toolkit.errors.EventWarning` and listed in :attr:`EventSet.skipped`; when no event is
left, that is an error.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from toolkit._hints import option_hint
from toolkit.errors import (
    DataSourceError,
    EventWarning,
    InputError,
    RangeError,
    check_option,
    external_stacklevel,
)
from toolkit.market.calendar import Policy
from toolkit.market.table_values import (
    ISO_DATE,
    MIDNIGHT,
    NAMED_DATE,
    NUMERIC_DATE,
    WITH_OFFSET,
    YEAR_FIRST,
    check_read_options,
    separator,
)
from toolkit.market.tickers import canonical_ticker
from toolkit.study.events import EVENT_COLUMNS, SKIPPED_COLUMNS, EventSet

__all__ = ["EVENT_FILE_SUFFIXES", "FILE_SKIPPED_COLUMNS", "load_events"]

#: File suffixes read, by format.
EVENT_FILE_SUFFIXES: dict[str, str] = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "excel",
    ".xlsm": "excel",
    ".parquet": "parquet",
    ".pq": "parquet",
}
#: Columns of :attr:`EventSet.skipped` for events read from a file: those of statements
#: (``statement_id`` is empty) and the event, its asset and its row in the file.
FILE_SKIPPED_COLUMNS: tuple[str, ...] = (*SKIPPED_COLUMNS, "event_id", "asset", "row")
_REQUIRED = ("event_id", "date")
#: Columns the EventSet builds itself; a file may not use these names for characteristics.
_RESERVED = tuple(c for c in EVENT_COLUMNS if c not in ("event_id", "group", "label"))


@dataclass(frozen=True)
class _Table:
    """The rows of an events file, with how to name a row in messages."""

    path: Path
    frame: pd.DataFrame
    row_word: str  # "line" (CSV) or "row"
    row_offset: int  # added to the 0-based position: 2 below a header line, 1 for Parquet

    def where(self, i: int, column: str) -> str:
        return f"events file {self.path}, {self.row_word} {i + self.row_offset}, column `{column}`"

    def row(self, i: int) -> int:
        return i + self.row_offset


def _norm(name: object) -> str:
    return "_".join(str(name).strip().lower().split())


def _read(path: Path, sheet: str | int | None) -> _Table:
    kind = EVENT_FILE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"Parameter `path`: {path} is not an events file this toolkit reads; expected a "
            f"name ending in {', '.join(EVENT_FILE_SUFFIXES)}.",
        )
    if not path.is_file():
        raise InputError(f"Parameter `path`: the events file {path} does not exist.")
    try:
        if kind == "csv":
            frame = pd.read_csv(
                path, dtype=str, keep_default_na=False, skipinitialspace=True, sep=separator(path)
            )
            return _Table(path, frame, "line", 2)
        if kind == "excel":
            frame = pd.read_excel(path, sheet_name=0 if sheet is None else sheet)
            return _Table(path, frame, "row", 2)
        return _Table(path, pd.read_parquet(path), "row", 1)
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"Parameter `path`: the events file {path} is empty.") from exc
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(f"Parameter `path`: {path} is not a readable CSV file ({exc}).") from exc
    except (ValueError, KeyError) as exc:  # a bad sheet name, a file that is not what it says
        raise InputError(f"Parameter `path`: cannot read the events file {path} ({exc}).") from exc
    except OSError as exc:
        raise DataSourceError(
            f"Parameter `path`: cannot read the events file {path} ({exc})."
        ) from exc
    except Exception as exc:  # pyarrow and openpyxl raise their own types for corrupt files
        raise InputError(
            f"Parameter `path`: {path} is not a readable {kind} file ({type(exc).__name__}: {exc})."
        ) from exc


def _missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: Any) -> str:
    """A key cell as text: ``""`` when empty, dates as ISO, whole floats without ``.0``."""
    if _missing(value):
        return ""
    if isinstance(value, pd.Timestamp | dt.datetime):
        ts = pd.Timestamp(value)
        if ts.tzinfo is None and ts == ts.normalize():
            return f"{ts:%Y-%m-%d}"
        return ts.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value).strip()


def _characteristic(values: pd.Series) -> pd.Series:
    """A further column: numbers when every filled cell is one, else text; empty cells missing."""
    if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
        return values.reset_index(drop=True)
    filled = values.astype(object).map(lambda v: None if _missing(v) else v)
    numbers = pd.to_numeric(filled, errors="coerce")
    if numbers.notna().sum() == filled.notna().sum():
        return numbers.reset_index(drop=True)
    return filled.reset_index(drop=True)


def _columns(table: _Table, group: str | None) -> dict[str, str]:
    """Key column name -> the file's column; errors for missing, repeated or reserved names."""
    names = [str(c) for c in table.frame.columns]
    normed = [_norm(c) for c in names]
    repeated = sorted({n for n in normed if normed.count(n) > 1})
    if repeated:
        raise InputError(
            f"Parameter `path`: events file {table.path} repeats the columns {repeated}."
        )
    by_norm = dict(zip(normed, names))
    for col in _REQUIRED:
        if col not in by_norm:
            raise InputError(
                f"Parameter `path`: events file {table.path} has no `{col}` column (found "
                f"{names}); an events file needs `event_id` and `date`, and may have `asset`, "
                "`group` and further columns."
            )
    reserved = [n for n, c in zip(normed, names) if n in _RESERVED]
    if reserved:
        raise InputError(
            f"Parameter `path`: events file {table.path} uses the column name(s) {reserved}, "
            "which the events frame computes itself; rename them."
        )
    keys = {c: by_norm[c] for c in ("event_id", "date", "asset", "label") if c in by_norm}
    if group is not None:
        if _norm(group) not in by_norm:
            raise InputError(
                f"Parameter `group`: {group!r} is not a column of the events file {table.path} "
                f"(columns: {names})."
            )
        keys["group"] = by_norm[_norm(group)]
    elif "group" in by_norm:
        keys["group"] = by_norm["group"]
    if table.frame.empty:
        raise InputError(f"Parameter `path`: events file {table.path} has a header but no rows.")
    return keys


# ----------------------------------------------------------------------------- dates
def _first(mask: Sequence[bool], texts: Sequence[str], table: _Table, col: str) -> str:
    i = int(np.flatnonzero(np.asarray(mask))[0])
    return f"{texts[i]!r} ({table.where(i, col)})"


def _day_or_clock(ts: pd.Timestamp) -> str | pd.Timestamp:
    """A naive midnight is a date; anything else a timestamp for the session rules."""
    if ts.tzinfo is None and ts == ts.normalize():
        return f"{ts:%Y-%m-%d}"
    return ts


def _with_format(
    texts: list[str], table: _Table, col: str, date_format: str
) -> list[str | pd.Timestamp]:
    parsed = []
    for i, t in enumerate(texts):
        try:
            parsed.append(pd.to_datetime(t, format=date_format))
        except (ValueError, TypeError) as exc:
            raise InputError(
                f"Parameter `date_format`: {t!r} ({table.where(i, col)}) does not follow "
                f"{date_format!r}."
            ) from exc
    aware = [p.tzinfo is not None for p in parsed]
    if all(aware) and all(p == p.normalize() for p in parsed):  # midnight stamps: dates
        return [f"{p:%Y-%m-%d}" for p in parsed]
    return [_day_or_clock(p) for p in parsed]


def _numeric(
    texts: list[str], table: _Table, col: str, dayfirst: bool | None
) -> list[str | pd.Timestamp]:
    if dayfirst is None:
        raise InputError(
            f"Dates such as {_first([True], texts, table, col)} can be read day first or "
            f"month first (or have a two-digit year): pass {option_hint('dayfirst', True)} or "
            f"{option_hint('dayfirst', False)}, or {option_hint('date_format', '%d/%m/%Y')}, "
            "or write the dates as YYYY-MM-DD."
        )
    out: list[str | pd.Timestamp] = []
    for i, t in enumerate(texts):
        m = NUMERIC_DATE.fullmatch(t)
        assert m is not None  # classified numeric
        first, second, year = m.group(1), m.group(3), m.group(4)
        day, month = (first, second) if dayfirst else (second, first)
        fmt = "%Y" if len(year) == 4 else "%y"
        try:
            date = dt.datetime.strptime(f"{day}-{month}-{year}", f"%d-%m-{fmt}").date()
        except ValueError as exc:
            raise InputError(
                f"Parameter `dayfirst`: with {option_hint('dayfirst', dayfirst)}, {t!r} "
                f"({table.where(i, col)}) is not a valid date; pass "
                f"{option_hint('date_format', '%d/%m/%Y')} with the format the dates follow."
            ) from exc
        clock = t[m.end(4) :].strip(" T")
        out.append(_day_or_clock(pd.Timestamp(f"{date} {clock}")) if clock else date.isoformat())
    return out


def _event_times(
    texts: list[str], table: _Table, col: str, date_format: str | None, dayfirst: bool | None
) -> list[str | pd.Timestamp]:
    """Each row's day 0 before the session rules: a date (``"YYYY-MM-DD"``) or a timestamp."""
    if date_format is not None:
        return _with_format(texts, table, col, date_format)
    texts = [YEAR_FIRST.sub(r"\1-\2-\3", t) for t in texts]
    iso = np.array([bool(ISO_DATE.fullmatch(t)) for t in texts])
    numeric = np.array([bool(NUMERIC_DATE.fullmatch(t)) for t in texts])
    named = np.array([bool(NAMED_DATE.fullmatch(t)) for t in texts]) & ~numeric & ~iso
    unread = ~(iso | numeric | named)
    if unread.any():
        raise InputError(
            f"The date {_first(unread, texts, table, col)} cannot be read; expected a date such "
            "as 2025-04-02 or a timestamp such as 2025-04-02T20:15:00Z."
        )
    kinds = [m for m in (iso, numeric, named) if m.any()]
    if len(kinds) > 1:
        raise InputError(
            f"The dates are written in several formats ({_first(kinds[0], texts, table, col)} "
            f"and {_first(kinds[1], texts, table, col)}); write every date as YYYY-MM-DD, or "
            f"pass {option_hint('date_format', '%d/%m/%Y')} with the one format they follow."
        )
    if numeric.any():
        return _numeric(texts, table, col, dayfirst)
    if named.any():
        return [_day_or_clock(pd.Timestamp(pd.to_datetime(t, format="mixed"))) for t in texts]
    with_offset = np.array([bool(WITH_OFFSET.fullmatch(t)) for t in texts])
    if with_offset.all() and all(MIDNIGHT.fullmatch(t) for t in texts):
        return [t.split("T")[0].split(" ")[0] for t in texts]  # midnight stamps: dates
    out: list[str | pd.Timestamp] = []
    for i, t in enumerate(texts):
        try:
            out.append(_day_or_clock(pd.Timestamp(t)))
        except ValueError as exc:
            raise InputError(
                f"The date {t!r} ({table.where(i, col)}) cannot be read ({exc})."
            ) from exc
    return out


# ----------------------------------------------------------------------------- prices
def _price_panel(prices: Any) -> tuple[pd.DatetimeIndex, set[str]] | None:
    """The sessions and assets of ``prices``: a PriceData, a wide frame, or None."""
    if prices is None:
        return None
    frame = getattr(prices, "prices", prices)
    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    if not isinstance(frame, pd.DataFrame) or not isinstance(frame.index, pd.DatetimeIndex):
        raise InputError(
            "Parameter `prices` takes a PriceData or a DataFrame of prices or returns with a "
            f"DatetimeIndex (sessions by assets), got {type(prices).__name__}."
        )
    if frame.empty:
        raise InputError("Parameter `prices`: the price data has no rows.")
    index = pd.DatetimeIndex(frame.index).tz_localize(None).normalize()
    return index, {str(c) for c in frame.columns}


def _asset_name(value: str) -> str:
    try:
        return canonical_ticker(value, param="asset")
    except InputError:
        return value


# ----------------------------------------------------------------------------- the EventSet
@dataclass
class _Row:
    """One event of the file placed on its session, or the reason it cannot be."""

    position: int
    event_id: str
    asset: str | None
    requested: pd.Timestamp | None
    session: pd.Timestamp | None = None
    shift_reason: str | None = None
    skip: str | None = None


def _check_keys(table: _Table, keys: dict[str, str], ids: list[str], assets: list[str]) -> None:
    col = keys["event_id"]
    for i, v in enumerate(ids):
        if not v:
            raise InputError(f"The event has no id ({table.where(i, col)}); every event needs one.")
    pairs = list(zip(ids, assets)) if "asset" in keys else [(v, "") for v in ids]
    seen: dict[tuple[str, str], int] = {}
    for i, key in enumerate(pairs):
        if key in seen:
            what = f"event_id {key[0]!r}" + (f" with asset {key[1]!r}" if "asset" in keys else "")
            raise InputError(
                f"The {what} appears twice ({table.where(seen[key], col)} and {table.row_word} "
                f"{table.row(i)}); each event needs its own id"
                + (" for each asset." if "asset" in keys else ".")
            )
        seen[key] = i


def _place(
    rows: list[_Row], whens: list[str | pd.Timestamp], policy: Policy, tz: str | None
) -> None:
    from toolkit.market.calendar import event_session
    from toolkit.study.events import _outside_reason

    for row, when in zip(rows, whens):
        try:
            shift = event_session(when, tz=tz, policy=policy)
        except RangeError as exc:
            row.skip = _outside_reason(when, exc)
            row.requested = _requested(when)
            continue
        row.requested = shift.requested
        if shift.session is None:
            row.skip = f"{shift.reason or 'not a session'} and policy='skip'"
            continue
        row.session, row.shift_reason = shift.session, shift.reason


def _requested(when: str | pd.Timestamp) -> pd.Timestamp | None:
    try:
        ts = pd.Timestamp(when)
    except (ValueError, OverflowError):
        return None
    return ts.tz_localize(None).normalize() if ts.tzinfo is not None else ts.normalize()


def _against_prices(rows: list[_Row], panel: tuple[pd.DatetimeIndex, set[str]]) -> None:
    index, assets = panel
    first, last = index.min(), index.max()
    for row in rows:
        if row.skip is not None:
            continue
        if row.asset is not None and row.asset not in assets:
            shown = ", ".join(sorted(assets)[:8]) + (", ..." if len(assets) > 8 else "")
            row.skip = f"asset {row.asset!r} is not in the price data ({shown})"
        elif row.session is not None and not first <= row.session <= last:
            row.skip = (
                f"day 0 ({row.session:%Y-%m-%d}) is outside the price data "
                f"({first:%Y-%m-%d} to {last:%Y-%m-%d})"
            )


def _skipped_frame(rows: list[_Row], table: _Table) -> pd.DataFrame:
    left = [r for r in rows if r.skip is not None]
    return pd.DataFrame(
        {
            "statement_id": pd.Series([""] * len(left), dtype=object),
            "date": pd.Series([r.requested for r in left], dtype="datetime64[ns]"),
            "reason": pd.Series([r.skip for r in left], dtype=object),
            "event_id": pd.Series([r.event_id for r in left], dtype=object),
            "asset": pd.Series([r.asset for r in left], dtype=object),
            "row": pd.Series([table.row(r.position) for r in left], dtype="int64"),
        },
        columns=list(FILE_SKIPPED_COLUMNS),
    )


def _warn_skipped(rows: list[_Row], table: _Table) -> None:
    left = [r for r in rows if r.skip is not None]
    if not left:
        return
    listed = "; ".join(
        f"{r.event_id}{f' ({r.asset})' if r.asset else ''}, {table.row_word} "
        f"{table.row(r.position)}: {r.skip}"
        for r in left[:3]
    ) + ("; ..." if len(left) > 3 else "")
    if len(left) == len(rows):
        raise InputError(
            f"Parameter `path`: no event of {table.path} can be studied ({len(left)} left out: "
            f"{listed})."
        )
    warnings.warn(
        f"{len(left)} of {len(rows)} events of {table.path} left out ({listed}); "
        "EventSet.skipped lists them.",
        EventWarning,
        stacklevel=external_stacklevel(),
    )


def load_events(
    path: str | Path,
    *,
    prices: Any = None,
    group: str | None = None,
    date_format: str | None = None,
    dayfirst: bool | None = None,
    sheet: str | int | None = None,
    policy: Policy = "next",
    tz: str | None = "America/New_York",
) -> EventSet:
    """Read an events file (CSV, Excel or Parquet) into the events of an event study.

    Parameters
    ----------
    path
        The file: ``.csv`` (also ``.txt``, ``.tsv``; commas, semicolons or tabs), ``.xlsx``
        or ``.parquet``. Columns ``event_id``, ``date``, optional ``asset`` and ``group``, and
        any further columns (characteristics); see the module notes.
    prices
        The price data the study will use (a ``PriceData``, or a wide DataFrame of prices or
        returns): events whose asset it lacks, or whose day 0 falls outside it, are left out
        with a warning. None checks only the NYSE calendar.
    group
        The column whose values group the events in the tests (default ``group`` when the
        file has one; else every event is in ``all``).
    date_format
        A :func:`~datetime.datetime.strptime` format every date follows, e.g. ``"%d/%m/%Y"``.
    dayfirst
        How to read numeric dates such as ``09/04/2025``: True for day first, False for month
        first; needed for such dates unless ``date_format`` is given.
    sheet
        The Excel sheet (name or 0-based position; default the first).
    policy
        Where a date that is not a session goes: ``"next"`` (default), ``"previous"`` or
        ``"skip"``; see :func:`toolkit.market.calendar.event_session`.
    tz
        Time zone of timestamps without a UTC offset (default New York).

    Returns
    -------
    EventSet
        One row per event (per event and asset with an ``asset`` column) in session order;
        an ``event_id`` given for several assets becomes ``"<event_id>:<asset>"`` so that each
        row keeps its own id (``"fomc:XLF"``, ``"fomc:XLK"``). The columns are
        those of :data:`~toolkit.study.events.EVENT_COLUMNS` (``statement_ids`` empty,
        ``n_statements`` 0, ``label`` the file's ``label`` column or ``"<event_id>: <day 0>"``),
        then ``asset`` and the characteristics. :attr:`EventSet.skipped` lists the events left
        out (:data:`FILE_SKIPPED_COLUMNS`). ``EventStudy`` takes it as ``events``.

    Raises
    ------
    InputError
        A file of another type, a missing or repeated column, an empty ``event_id`` or
        ``date``, an unreadable or ambiguous date, a repeated event (or event and asset), a
        ``group`` column the file lacks, or no event left; the message names the file, the
        row and the column.
    DataSourceError
        If the file cannot be opened.

    Warns
    -----
    EventWarning
        For events left out while others remain (outside the calendar or the price data, an
        asset the price data lacks).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "events.csv").write_text(
    ...     "event_id,date,surprise\\nfomc,2025-03-19T18:00:00Z,0.1\\npause,2025-04-05,-0.4\\n"
    ... )
    >>> ev = load_events(folder / "events.csv")
    >>> ev.to_frame()[["event_id", "session", "surprise"]].astype(str).values.tolist()
    [['fomc', '2025-03-19', '0.1'], ['pause', '2025-04-07', '-0.4']]
    """
    check_option("policy", policy, ("next", "previous", "skip"))
    check_read_options(date_format, dayfirst, None, None)
    table = _read(Path(path), sheet)
    keys = _columns(table, group)
    raw = table.frame.reset_index(drop=True)
    ids = [_text(v) for v in raw[keys["event_id"]]]
    asset_texts = [_text(v) for v in raw[keys["asset"]]] if "asset" in keys else [""] * len(raw)
    assets = [_asset_name(a) if a else "" for a in asset_texts]
    _check_keys(table, keys, ids, assets)
    dates = [_text(v) for v in raw[keys["date"]]]
    for i, d in enumerate(dates):
        if not d:
            raise InputError(f"The event has no date ({table.where(i, keys['date'])}).")
    whens = _event_times(dates, table, keys["date"], date_format, dayfirst)
    rows = [_Row(i, ids[i], assets[i] or None, None) for i in range(len(raw))]
    _place(rows, whens, policy, tz)
    panel = _price_panel(prices)
    if panel is not None:
        _against_prices(rows, panel)
    _warn_skipped(rows, table)
    return _event_set(rows, raw, keys, table)


def _event_set(
    rows: list[_Row], raw: pd.DataFrame, keys: dict[str, str], table: _Table
) -> EventSet:
    kept = [r for r in rows if r.skip is None]
    at = [r.position for r in kept]
    groups = (
        [_text(v) or "all" for v in raw[keys["group"]].iloc[at]]
        if "group" in keys
        else ["all"] * len(kept)
    )
    labels = (
        [_text(v) for v in raw[keys["label"]].iloc[at]] if "label" in keys else [""] * len(kept)
    )
    ids = [r.event_id for r in kept]
    shared = {i for i in ids if ids.count(i) > 1}  # one event of several assets
    out = pd.DataFrame(
        {
            "event_id": pd.Series(
                [f"{r.event_id}:{r.asset}" if r.event_id in shared else r.event_id for r in kept],
                dtype=object,
            ),
            "session": pd.Series([r.session for r in kept], dtype="datetime64[ns]"),
            "requested": pd.Series([r.requested for r in kept], dtype="datetime64[ns]"),
            "shift_reason": pd.Series([r.shift_reason for r in kept], dtype=object),
            "statement_ids": "",
            "group": pd.Series(groups, dtype=object),
            "n_statements": 0,
            "speakers": "",
            "label": [
                lab or f"{r.event_id}: {r.session:%Y-%m-%d}" + (f" ({r.asset})" if r.asset else "")
                for lab, r in zip(labels, kept)
            ],
        }
    )
    if "asset" in keys:
        out["asset"] = pd.Series([r.asset for r in kept], dtype=object)
    used = set(keys.values())
    for col in raw.columns:
        if col not in used:
            name = str(col).strip()
            name = f"file_{name}" if name in out.columns else name  # e.g. `group` with group=
            out[name] = _characteristic(raw[col].iloc[at])
    out = out.sort_values(["session", "event_id"], kind="stable").reset_index(drop=True)
    return EventSet(out, _skipped_frame(rows, table))
