"""Regenerate the toolkit's embedded market-data snapshot (``toolkit/market/datasets/files``).

This is a build-time script for maintainers. It reads the normalised CSV files from a reference
data directory (by default ``../shared/data`` next to the repository), checks them, writes one
xz-compressed long-format CSV per dataset and records a sha256 per file in
``toolkit/market/datasets/manifest.json``. Tests and CI never run it; the toolkit reads only the files it
writes.

Every value is copied as the text found in the source file (prices keep their 2 or 4 decimals),
so loading the snapshot gives exactly the source numbers. The ``adj_close`` column is dropped after
checking that it equals ``close`` on every row (the source sets it so).

Usage::

    .venv/bin/python scripts/build_snapshot.py [--source DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import lzma
import sys
from dataclasses import dataclass
from pathlib import Path

import exchange_calendars as xcals
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "data"
OUT_DIR = REPO / "toolkit" / "market" / "datasets" / "files"
MANIFEST = REPO / "toolkit" / "market" / "datasets" / "manifest.json"

COLUMNS = ["ticker", "date", "open", "high", "low", "close", "volume"]
ETFS = ["SPY", "XLB", "XLC", "XLE", "XLF", "XLI", "XLK", "XLP", "XLRE", "XLU", "XLV", "XLY", "EFA"]
MAX_BYTES = 8 * 1024 * 1024
XZ_PRESET = 9 | lzma.PRESET_EXTREME


@dataclass(frozen=True)
class Dataset:
    """One embedded dataset: its name, output file and the source files feeding it."""

    name: str
    filename: str
    inputs: tuple[tuple[str, str | None], ...]  # (source file, ticker or None for long files)


DATASETS = (
    Dataset("sp500", "sp500.csv.xz", (("GSPC.csv", "^GSPC"),)),
    Dataset("vix", "vix.csv.xz", (("VIX.csv", "^VIX"),)),
    Dataset("etfs", "etfs.csv.xz", tuple((f"{t}.csv", t) for t in ETFS)),
    Dataset("constituents", "constituents.csv.xz", (("prices_constituents_daily.csv", None),)),
)


def read_rows(path: Path, ticker: str | None) -> list[list[str]]:
    """Read one source CSV and return rows in the snapshot's column order, as text.

    Parameters
    ----------
    path
        The source CSV (header ``[ticker,]date,open,high,low,close,adj_close,volume``).
    ticker
        The ticker to put in the ``ticker`` column, or None when the file has its own.

    Returns
    -------
    list of list of str
        Rows ``ticker, date, open, high, low, close, volume``, sorted by ticker then date.
    """
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        expected = {"date", "open", "high", "low", "close", "adj_close", "volume"}
        if ticker is None:
            expected.add("ticker")
        header = set(reader.fieldnames or ())
        if header != expected:
            raise SystemExit(f"{path.name}: header {sorted(header)}, expected {sorted(expected)}")
        rows = []
        for rec in reader:
            if float(rec["adj_close"]) != float(rec["close"]):
                raise SystemExit(f"{path.name}: adj_close differs from close on {rec['date']}")
            tick = ticker if ticker is not None else rec["ticker"]
            rows.append([tick, rec["date"]] + [rec[c] for c in COLUMNS[2:]])
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def check_sessions(rows: list[list[str]], label: str) -> dict[str, dict[str, object]]:
    """Check that each ticker's dates are exactly the XNYS sessions of its range.

    Parameters
    ----------
    rows
        Rows as returned by :func:`read_rows`.
    label
        The dataset name, used in messages.

    Returns
    -------
    dict
        Per ticker: first date, last date and row count.
    """
    cal = xcals.get_calendar("XNYS", start="1990-01-01")
    frame = pd.DataFrame(rows, columns=COLUMNS)
    out: dict[str, dict[str, object]] = {}
    for tick, grp in frame.groupby("ticker", sort=True):
        dates = pd.DatetimeIndex(pd.to_datetime(grp["date"], format="%Y-%m-%d")).as_unit("ns")
        sessions = pd.DatetimeIndex(cal.sessions_in_range(dates[0], dates[-1])).as_unit("ns")
        if not dates.equals(sessions):
            missing = sessions.difference(dates)
            extra = dates.difference(sessions)
            raise SystemExit(
                f"{label}/{tick}: dates differ from XNYS sessions "
                f"(missing {list(missing[:5].date)}, extra {list(extra[:5].date)})"
            )
        closes = pd.to_numeric(grp["close"])
        if closes.isna().any() or (closes <= 0).any():
            raise SystemExit(f"{label}/{tick}: missing or non-positive close")
        out[str(tick)] = {
            "first": str(dates[0].date()),
            "last": str(dates[-1].date()),
            "rows": len(dates),
        }
    return out


def encode(rows: list[list[str]]) -> bytes:
    """Write rows as CSV text (``\\n`` line ends) and compress it with xz."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return lzma.compress(buf.getvalue().encode("utf-8"), format=lzma.FORMAT_XZ, preset=XZ_PRESET)


def main(argv: list[str] | None = None) -> int:
    """Build the snapshot files and the manifest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="reference data dir")
    args = parser.parse_args(argv)
    source: Path = args.source
    if not source.is_dir():
        raise SystemExit(f"source directory {source} not found")

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict[str, object]] = {}
    datasets: dict[str, str] = {}
    for ds in DATASETS:
        rows: list[list[str]] = []
        for fname, ticker in ds.inputs:
            rows.extend(read_rows(source / fname, ticker))
        rows.sort(key=lambda r: (r[0], r[1]))
        tickers = check_sessions(rows, ds.name)
        blob = encode(rows)
        (OUT_DIR / ds.filename).write_bytes(blob)
        files[ds.filename] = {
            "sha256": hashlib.sha256(blob).hexdigest(),
            "bytes": len(blob),
            "rows": len(rows),
            "columns": COLUMNS,
            "tickers": tickers,
        }
        datasets[ds.name] = ds.filename
        print(f"{ds.filename}: {len(rows)} rows, {len(tickers)} tickers, {len(blob):,} bytes")
    from build_famafrench import build as build_factors  # the Fama-French factors, same folder

    factor_file, files[factor_file] = build_factors(source / "famafrench")
    datasets["famafrench"] = factor_file

    stale = {p.name for p in OUT_DIR.iterdir()} - set(files)
    for name in sorted(stale):
        (OUT_DIR / name).unlink()
        print(f"removed stale file {name}")
    total = sum(int(f["bytes"]) for f in files.values())  # type: ignore[call-overload]
    if total > MAX_BYTES:
        raise SystemExit(f"snapshot is {total:,} bytes, above the {MAX_BYTES:,}-byte budget")
    manifest = {"format": 1, "compression": "xz", "datasets": datasets, "files": files}
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"total {total:,} bytes; wrote {MANIFEST.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
