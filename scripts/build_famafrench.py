"""Build the embedded Fama-French factor file (``toolkit/market/datasets/files/famafrench.csv.xz``).

A maintainer script, run by hand (``scripts/build_snapshot.py`` calls it too); tests and CI never
run it. It reads the three daily files of the Kenneth R. French Data Library kept in a reference
data directory (by default ``../shared/data/famafrench`` next to the repository), checks each
against the sha256 recorded below, parses it with the toolkit's own reader
(:mod:`toolkit.market.french_format`), and writes one xz-compressed CSV that stacks the three
tables::

    table,date,Mkt-RF,SMB,HML,RMW,CMA,RF,Mom
    ff3,1926-07-01,0.09,-0.25,-0.27,,,0.01,
    ...
    ff5,1963-07-01,-0.67,0.0,-0.34,-0.01,0.16,0.01,
    ...
    mom,1926-11-03,,,,,,,0.54

Each table keeps its own columns (empty cells elsewhere), so SMB of the 5-factor table (built
from three sorts) stays apart from SMB of the 3-factor table. Values stay in percent per day and
are written as the shortest decimal that reads back as the same float, so the file holds exactly
the library's numbers. The manifest entry records the sha256 of the output and, per table, the
source file, its sha256, its first and last dates and its row count.

Usage::

    .venv/bin/python scripts/build_famafrench.py [--source DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import lzma
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from toolkit.market.french_format import parse_french_csv  # noqa: E402

DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "famafrench"
OUT_DIR = REPO / "toolkit" / "market" / "datasets" / "files"
MANIFEST = REPO / "toolkit" / "market" / "datasets" / "manifest.json"
FILENAME = "famafrench.csv.xz"
COLUMNS = ["table", "date", "Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF", "Mom"]
RELEASE = "202604"
XZ_PRESET = 9 | lzma.PRESET_EXTREME

#: table -> (source file, its sha256 as recorded in the reference directory's SOURCES.md)
TABLES = {
    "ff3": (
        "F-F_Research_Data_Factors_daily.csv",
        "c6c87de77162c620dc4b36fc3eca9debe2ccf5bf1562d4ad1a02d1985635842c",
    ),
    "ff5": (
        "F-F_Research_Data_5_Factors_2x3_daily.csv",
        "71a4ed132c34613b7d5cd00bbe2e74c4a900286f03a651836609a29c866e0020",
    ),
    "mom": (
        "F-F_Momentum_Factor_daily.csv",
        "bf19b050d9c92a54f71683981a0b89ee7c64d1cc7b5b4687b231783bba923b57",
    ),
}


def _cell(value: float) -> str:
    if math.isnan(value):
        raise SystemExit("a missing value in a source table; the embedded file holds none")
    return repr(float(value))


def build(source: Path) -> tuple[str, dict[str, object]]:
    """Write the factor file and return its name and manifest entry."""
    rows: list[list[str]] = []
    tables: dict[str, dict[str, object]] = {}
    for table, (fname, expected) in TABLES.items():
        blob = (source / fname).read_bytes()
        digest = hashlib.sha256(blob).hexdigest()
        if digest != expected:
            raise SystemExit(f"{fname}: sha256 {digest}, expected {expected}")
        parsed = parse_french_csv(blob.decode("latin-1"), name=fname)
        if parsed.release != RELEASE:
            raise SystemExit(f"{fname}: release {parsed.release}, expected {RELEASE}")
        frame = parsed.frame
        for day, values in zip(frame.index, frame.to_numpy(), strict=True):
            cells = dict(zip(frame.columns, values, strict=True))
            rows.append(
                [table, f"{day:%Y-%m-%d}"]
                + [_cell(cells[c]) if c in cells else "" for c in COLUMNS[2:]]
            )
        tables[table] = {
            "source": fname,
            "source_sha256": digest,
            "columns": list(frame.columns),
            "first": f"{frame.index[0]:%Y-%m-%d}",
            "last": f"{frame.index[-1]:%Y-%m-%d}",
            "rows": len(frame),
        }
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    blob = lzma.compress(buf.getvalue().encode("utf-8"), format=lzma.FORMAT_XZ, preset=XZ_PRESET)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / FILENAME).write_bytes(blob)
    entry: dict[str, object] = {
        "sha256": hashlib.sha256(blob).hexdigest(),
        "bytes": len(blob),
        "rows": len(rows),
        "columns": COLUMNS,
        "tickers": {},
        "release": RELEASE,
        "unit": "percent per day",
        "tables": tables,
    }
    print(f"{FILENAME}: {len(rows)} rows, {len(blob):,} bytes")
    return FILENAME, entry


def main(argv: list[str] | None = None) -> int:
    """Build the factor file and record it in the manifest, leaving the other entries as they are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="reference data dir")
    args = parser.parse_args(argv)
    fname, entry = build(args.source)
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    manifest["datasets"]["famafrench"] = fname
    manifest["files"][fname] = entry
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {MANIFEST.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
