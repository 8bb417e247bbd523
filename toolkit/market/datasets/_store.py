"""Reading the embedded snapshot files, checked against the manifest.

Each file in ``files/`` is an xz-compressed long-format CSV (``ticker, date, open, high, low,
close, volume``). Its sha256, byte size, row count and per-ticker date range are recorded in
``manifest.json``; a file that does not match gives a :class:`~toolkit.errors.DataIntegrityError`
naming the file, so a damaged installation never yields wrong numbers. Parsed frames are cached
per process and handed out as copies.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from toolkit.errors import DataIntegrityError, InputError

__all__ = [
    "FILES_DIR",
    "MANIFEST_PATH",
    "PRICE_COLUMNS",
    "Coverage",
    "coverage",
    "manifest",
    "read_file",
]

PACKAGE_DIR = Path(__file__).resolve().parent
FILES_DIR = PACKAGE_DIR / "files"
MANIFEST_PATH = PACKAGE_DIR / "manifest.json"
PRICE_COLUMNS = ("open", "high", "low", "close", "volume")
_COLUMNS = ("ticker", "date", *PRICE_COLUMNS)


@dataclass(frozen=True)
class Coverage:
    """Where a snapshot ticker lives and the dates it covers.

    Attributes
    ----------
    ticker
        The canonical ticker, e.g. ``"^GSPC"``.
    dataset
        The dataset holding it (``"sp500"``, ``"vix"``, ``"etfs"``, ``"constituents"``).
    filename
        The file in ``files/``.
    first, last
        The first and last session in the snapshot for this ticker.
    rows
        The number of sessions.
    """

    ticker: str
    dataset: str
    filename: str
    first: pd.Timestamp
    last: pd.Timestamp
    rows: int


@lru_cache(maxsize=1)
def _manifest() -> dict[str, Any]:
    try:
        man = json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataIntegrityError(
            f"The snapshot manifest {MANIFEST_PATH} cannot be read; reinstall market-reaction."
        ) from exc
    problem = _manifest_problem(man)
    if problem is not None:
        raise DataIntegrityError(
            f"The snapshot manifest {MANIFEST_PATH} is damaged ({problem}); reinstall "
            "market-reaction."
        )
    return man


def _manifest_problem(man: Any) -> str | None:
    """What is wrong with the manifest's shape, or None when every part the code reads is there."""
    if not isinstance(man, dict):
        return f"a JSON object was expected, found {type(man).__name__}"
    datasets, files = man.get("datasets"), man.get("files")
    if not isinstance(datasets, dict) or not isinstance(files, dict):
        return "`datasets` and `files` must be objects"
    for name, fname in datasets.items():
        if fname not in files:
            return f"dataset {name!r} names {fname!r}, which is not in `files`"
    for fname, entry in files.items():
        if not isinstance(entry, dict):
            return f"the entry of {fname!r} is not an object"
        for key, kind in (("sha256", str), ("bytes", int), ("rows", int), ("columns", list)):
            if not isinstance(entry.get(key), kind):
                return f"the entry of {fname!r} lacks `{key}`"
        tickers = entry.get("tickers")
        if not isinstance(tickers, dict):
            return f"the entry of {fname!r} lacks `tickers`"
        for ticker, span in tickers.items():
            if not (
                isinstance(span, dict)
                and isinstance(span.get("first"), str)
                and isinstance(span.get("last"), str)
                and isinstance(span.get("rows"), int)
            ):
                return f"ticker {ticker!r} of {fname!r} lacks `first`, `last` or `rows`"
    if set(files) - set(datasets.values()):
        return "a file in `files` belongs to no dataset"
    return None


def manifest() -> dict[str, Any]:
    """Return the snapshot manifest (a fresh copy).

    Returns
    -------
    dict
        ``{"format", "compression", "datasets": {name: filename}, "files": {filename: {"sha256",
        "bytes", "rows", "columns", "tickers": {ticker: {"first", "last", "rows"}}}}}``.

    Raises
    ------
    DataIntegrityError
        If the manifest is missing or is not valid JSON.
    """
    return json.loads(json.dumps(_manifest()))


@lru_cache(maxsize=1)
def _coverage() -> dict[str, Coverage]:
    man = _manifest()
    by_file = {fname: name for name, fname in man["datasets"].items()}
    out: dict[str, Coverage] = {}
    for fname, entry in man["files"].items():
        for ticker, span in entry["tickers"].items():
            out[ticker] = Coverage(
                ticker=ticker,
                dataset=by_file[fname],
                filename=fname,
                first=pd.Timestamp(span["first"]),
                last=pd.Timestamp(span["last"]),
                rows=int(span["rows"]),
            )
    return out


def coverage() -> dict[str, Coverage]:
    """Return the snapshot's tickers with their dataset, file and date range.

    Returns
    -------
    dict of str to Coverage
        Keyed by canonical ticker, read from the manifest (no data file is opened).

    Examples
    --------
    >>> from toolkit.market.datasets._store import coverage
    >>> str(coverage()["^GSPC"].first.date())
    '1990-01-02'
    """
    return dict(_coverage())


def read_file(filename: str, *, directory: str | Path | None = None) -> pd.DataFrame:
    """Read one snapshot file after checking it against the manifest.

    Parameters
    ----------
    filename
        The file name as listed in the manifest, e.g. ``"sp500.csv.xz"``.
    directory
        Where to find the file; defaults to the package's ``files/`` directory. A copy elsewhere
        is checked against the same manifest.

    Returns
    -------
    pandas.DataFrame
        Long frame with columns ``date`` (datetime64[ns]), ``ticker`` (str), ``open``, ``high``,
        ``low``, ``close``, ``volume`` (float64; NaN where the source has no value), sorted by
        ticker then date, with a fresh RangeIndex. The caller owns the copy.

    Raises
    ------
    InputError
        If ``filename`` is not listed in the manifest.
    DataIntegrityError
        If the file is missing, its sha256 differs from the manifest, it cannot be decompressed
        or parsed, or its rows, columns or date ranges differ from the manifest.
    """
    files = _manifest()["files"]
    if filename not in files:
        raise InputError(
            f"Parameter `filename` takes a snapshot file listed in the manifest "
            f"({', '.join(sorted(files))}), got {filename!r}."
        )
    path = (Path(directory) if directory is not None else FILES_DIR) / filename
    try:
        st = path.stat()
    except OSError as exc:
        raise DataIntegrityError(
            f"The snapshot file {path} is missing; reinstall market-reaction."
        ) from exc
    frame = _read_verified(str(path), filename, st.st_size, st.st_mtime_ns)
    return frame.copy()


def verified_text(path: str | Path, entry: dict[str, Any]) -> bytes:
    """The decompressed bytes of a snapshot file, after checking its sha256 against the
    manifest ``entry``.

    Raises
    ------
    DataIntegrityError
        If the file cannot be read, its digest differs from the manifest's, or it does not
        decompress.
    """
    try:
        blob = Path(path).read_bytes()
    except OSError as exc:
        raise DataIntegrityError(f"The snapshot file {path} cannot be read.") from exc
    digest = hashlib.sha256(blob).hexdigest()
    if digest != entry["sha256"]:
        raise DataIntegrityError(
            f"The snapshot file {path} is corrupt: its sha256 is {digest}, the manifest records "
            f"{entry['sha256']} ({len(blob):,} bytes on disk, {entry['bytes']:,} expected). "
            "Reinstall market-reaction."
        )
    try:
        return lzma.decompress(blob)
    except (lzma.LZMAError, EOFError) as exc:
        raise DataIntegrityError(f"The snapshot file {path} cannot be decoded.") from exc


@lru_cache(maxsize=16)
def _read_verified(path: str, filename: str, size: int, mtime_ns: int) -> pd.DataFrame:
    # size and mtime_ns are part of the cache key so a file replaced on disk is read again.
    entry = _manifest()["files"][filename]
    text = verified_text(path, entry)
    try:
        frame = pd.read_csv(
            io.BytesIO(text),
            dtype={c: "float64" for c in PRICE_COLUMNS} | {"ticker": "str", "date": "str"},
            keep_default_na=False,
            na_values={c: [""] for c in PRICE_COLUMNS},
            engine="c",
        )
    except (lzma.LZMAError, EOFError, ValueError, pd.errors.ParserError) as exc:
        raise DataIntegrityError(f"The snapshot file {path} cannot be decoded.") from exc
    _check_shape(frame, entry, path)
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d").astype("datetime64[ns]")
    return frame[["date", "ticker", *PRICE_COLUMNS]]


def _check_shape(frame: pd.DataFrame, entry: dict[str, Any], path: str) -> None:
    if tuple(frame.columns) != tuple(entry["columns"]) or tuple(frame.columns) != _COLUMNS:
        raise DataIntegrityError(
            f"The snapshot file {path} has columns {list(frame.columns)}, "
            f"the manifest records {entry['columns']}."
        )
    if len(frame) != entry["rows"]:
        raise DataIntegrityError(
            f"The snapshot file {path} has {len(frame)} rows, the manifest records {entry['rows']}."
        )
    grouped = frame.groupby("ticker", sort=True)["date"].agg(["first", "last", "size"])
    recorded = {t: (s["first"], s["last"], s["rows"]) for t, s in entry["tickers"].items()}
    found = {str(t): (r["first"], r["last"], int(r["size"])) for t, r in grouped.iterrows()}
    if found != recorded:
        raise DataIntegrityError(
            f"The snapshot file {path} does not hold the tickers and date ranges the manifest "
            "records."
        )
    if not np.isfinite(frame["close"].to_numpy()).all():
        raise DataIntegrityError(f"The snapshot file {path} has missing closes.")
