"""Reading the CSV files of the Kenneth R. French Data Library (Fama-French factors).

The library publishes each table as a zipped CSV file whose layout is the same for all of them:

- a few lines of free text ("This file was created by using the 202604 CRSP database. ..."),
  from which the release (``"202604"``) is read;
- a blank line, then the column line: an empty first cell and the factor names
  (``,Mkt-RF,SMB,HML,RF`` or ``,Mom``); copies re-saved by other tools may write ``Date`` in the
  first cell;
- the data rows: a date (``YYYYMMDD`` in daily files, ``YYYYMM`` in monthly ones; ISO
  ``YYYY-MM-DD`` is read too) and one value per factor, in **percent** (``1.13`` is +1.13 %);
- a blank line, then either the copyright footer (daily files) or a second table, the annual
  factors (monthly files), which is not read.

Only the first table is read. The values ``-99.99`` and ``-999`` are the library's codes for a
missing value and become NaN. Everything else that does not fit (no column line, a row with the
wrong number of cells, a value that is not a number, dates out of order) is a
:class:`~toolkit.errors.DataSourceError` naming the file and the line.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

import numpy as np
import pandas as pd

from toolkit.errors import DataSourceError

__all__ = ["FrenchTable", "parse_french_csv", "read_french_zip"]

_RELEASE = re.compile(r"using\s+the\s+(\d{6})\s+CRSP\s+database", re.IGNORECASE)
_DATE_FORMATS = (
    (re.compile(r"^\d{8}$"), "%Y%m%d"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "%Y-%m-%d"),
    (re.compile(r"^\d{6}$"), "%Y%m"),
)
_MISSING = (-99.99, -999.0)


@dataclass(frozen=True)
class FrenchTable:
    """The first table of a Data Library CSV file.

    Attributes
    ----------
    frame
        Factor values in percent, indexed by date (a DatetimeIndex named ``"date"``, naive
        midnights, strictly increasing); columns as the file names them (``"Mkt-RF"``,
        ``"Mom"``, ...); float64, NaN for the library's missing-value codes.
    release
        The CRSP release the file was built from (``"202604"``), or None when the header does
        not say.
    header
        The text lines above the table, joined by newlines.
    """

    frame: pd.DataFrame
    release: str | None
    header: str


def parse_french_csv(text: str, *, name: str = "the file") -> FrenchTable:
    """Parse the text of one Data Library CSV file.

    Parameters
    ----------
    text
        The file's text (any line endings).
    name
        How to call the file in error messages (its name or URL).

    Returns
    -------
    FrenchTable

    Raises
    ------
    DataSourceError
        When the file has no column line, no data row, a malformed row or dates out of order.

    Examples
    --------
    >>> text = "Created by using the 202604 CRSP database.\\r\\n\\r\\n,Mom\\r\\n19261103,   0.54\\r\\n"
    >>> table = parse_french_csv(text)
    >>> table.release, table.frame["Mom"].tolist()
    ('202604', [0.54])
    """
    lines = text.splitlines()
    start = _column_line(lines, name)
    columns = [c.strip() for c in lines[start].split(",")[1:]]
    if not all(columns) or len(set(columns)) != len(columns):
        raise DataSourceError(
            f"{name}, line {start + 1}: the column line {lines[start]!r} does not name each "
            "factor once."
        )
    dates: list[str] = []
    values: list[list[str]] = []
    fmt: str | None = None
    for number, line in enumerate(lines[start + 1 :], start=start + 2):
        if not line.strip():
            break  # the end of the first table: the footer or the annual section follows
        cells = [c.strip() for c in line.split(",")]
        if fmt is None:
            fmt = _date_format(cells[0], name, number)
        if len(cells) != len(columns) + 1:
            raise DataSourceError(
                f"{name}, line {number}: expected a date and {len(columns)} values "
                f"({', '.join(columns)}), found {len(cells)} cells: {line!r}."
            )
        dates.append(cells[0])
        values.append(cells[1:])
    if not dates:
        raise DataSourceError(f"{name}: no data row follows the column line (line {start + 1}).")
    assert fmt is not None
    index = _parse_dates(dates, fmt, name, start + 2)
    data = _parse_values(values, columns, name, start + 2)
    frame = pd.DataFrame(data, index=index, columns=columns)
    release_match = _RELEASE.search(" ".join(lines[:start]))
    return FrenchTable(
        frame=frame,
        release=None if release_match is None else release_match.group(1),
        header="\n".join(line.rstrip() for line in lines[:start]).strip(),
    )


def read_french_zip(blob: bytes, *, name: str = "the download") -> FrenchTable:
    """Parse a zipped Data Library file (the ``..._CSV.zip`` files the library serves).

    Parameters
    ----------
    blob
        The bytes of the zip archive; it must hold one ``.csv`` member.
    name
        How to call the archive in error messages (its URL).

    Returns
    -------
    FrenchTable

    Raises
    ------
    DataSourceError
        When the bytes are not a zip archive, hold no CSV member, or the CSV does not parse.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            members = [m for m in archive.namelist() if m.lower().endswith(".csv")]
            if len(members) != 1:
                raise DataSourceError(
                    f"{name}: expected one CSV file in the zip archive, found {archive.namelist()}."
                )
            raw = archive.read(members[0])
    except zipfile.BadZipFile as exc:
        raise DataSourceError(
            f"{name}: the download is not a zip archive ({len(blob):,} bytes starting "
            f"{blob[:16]!r})."
        ) from exc
    return parse_french_csv(raw.decode("latin-1"), name=f"{name} ({members[0]})")


def _column_line(lines: list[str], name: str) -> int:
    for number, line in enumerate(lines):
        cells = [c.strip() for c in line.split(",")]
        if len(cells) >= 2 and cells[0] in ("", "Date", "date") and any(cells[1:]):
            return number
    raise DataSourceError(
        f"{name}: no column line (',Mkt-RF,SMB,...' or ',Mom') found; this is not a file of "
        "the Kenneth R. French Data Library."
    )


def _date_format(cell: str, name: str, number: int) -> str:
    for pattern, fmt in _DATE_FORMATS:
        if pattern.match(cell):
            return fmt
    raise DataSourceError(
        f"{name}, line {number}: the first data row starts with {cell!r}, not a date "
        "(YYYYMMDD, YYYY-MM-DD or YYYYMM)."
    )


def _parse_dates(dates: list[str], fmt: str, name: str, first_line: int) -> pd.DatetimeIndex:
    parsed = pd.to_datetime(pd.Series(dates), format=fmt, errors="coerce")
    bad = np.flatnonzero(parsed.isna().to_numpy())
    if len(bad):
        raise DataSourceError(
            f"{name}, line {first_line + bad[0]}: {dates[bad[0]]!r} is not a date in the "
            f"format of the first row ({fmt})."
        )
    index = pd.DatetimeIndex(parsed, name="date").as_unit("ns")
    steps = np.flatnonzero(np.diff(index.asi8) <= 0)
    if len(steps):
        k = steps[0] + 1
        raise DataSourceError(
            f"{name}, line {first_line + k}: {dates[k]} does not come after {dates[k - 1]}; "
            "the dates must increase."
        )
    return index


def _parse_values(
    values: list[list[str]], columns: list[str], name: str, first_line: int
) -> np.ndarray:
    try:
        data = np.array(values, dtype=np.float64)
    except ValueError:
        for k, row in enumerate(values):
            for column, cell in zip(columns, row, strict=True):
                try:
                    float(cell)
                except ValueError:
                    raise DataSourceError(
                        f"{name}, line {first_line + k}, column {column}: {cell!r} is not a number."
                    ) from None
        raise  # pragma: no cover - np.array failed on a row every float() accepted
    for code in _MISSING:
        data[np.isclose(data, code, rtol=0.0, atol=1e-9)] = np.nan
    return data
