"""Speed of the exports of a result: the workbook's engine, CSV and LaTeX, side by side.

Run from the repository root::

    .venv/bin/python benchmarks/bench_exports.py [--assets 100 --events 100]

Data: a simulated market-model panel (seeded), ``--assets`` stocks by 3,000 sessions, and
``--events`` events on distinct random sessions, fitted with the default windows (event window
(-5, 5), three CAR windows). With 100 by 100 that is 110,000 abnormal returns and 30,000 CARs.

Printed: seconds (best of ``--repeats``) for ``to_excel`` with XlsxWriter (the toolkit's
engine) and, written the same way, with openpyxl, and their ratio; ``to_csv``, ``to_latex``
and a ``cross_section`` fit for scale.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit.study.exports import result_tables
from toolkit.study.model import EventStudy


def make_results(n_assets: int, n_events: int, n_sessions: int = 3_000, seed: int = 1):
    rng = np.random.default_rng(seed)
    days = pd.bdate_range("2010-01-01", periods=n_sessions)
    m = pd.Series(rng.normal(0, 0.01, n_sessions), index=days)
    beta = rng.uniform(0.5, 1.5, n_assets)
    noise = rng.normal(0, 0.015, (n_sessions, n_assets))
    rets = pd.DataFrame(
        np.outer(m, beta) + noise, index=days, columns=[f"S{k:03d}" for k in range(n_assets)]
    )
    pos = np.sort(rng.choice(np.arange(300, n_sessions - 20), n_events, replace=False))
    events = pd.DataFrame(
        {"event_id": [f"E{k:04d}" for k in range(n_events)], "session": days[pos]}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = EventStudy(rets, events, model="market", benchmark=m).fit()
    firms = pd.DataFrame({"asset": rets.columns, "size": rng.normal(10, 1, n_assets)})
    return results, firms


def openpyxl_workbook(results) -> bytes:
    """The same sheets written by pandas with openpyxl (the reference engine)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in result_tables(results).items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return buffer.getvalue()


def best(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=100)
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    results, firms = make_results(args.assets, args.events)
    print(
        f"{len(results.abnormal_returns):,} abnormal returns, {len(results.car):,} CARs "
        f"({args.assets} assets x {args.events} events)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        fast = best(lambda: results.to_excel(Path(tmp) / "r.xlsx"), args.repeats)
        slow = best(lambda: openpyxl_workbook(results), args.repeats)
        csv = best(lambda: results.to_csv(Path(tmp) / "csv"), args.repeats)
    latex = best(results.to_latex, args.repeats)
    fit = best(lambda: results.cross_section("car ~ size", data=firms), args.repeats)
    print(f"to_excel (XlsxWriter)      {fast:7.2f} s")
    print(f"the same with openpyxl     {slow:7.2f} s   ratio {slow / fast:.1f}x")
    print(f"to_csv                     {csv:7.2f} s")
    print(f"to_latex                   {latex:7.2f} s")
    print(f"cross_section car ~ size   {fit:7.2f} s")


if __name__ == "__main__":
    main()
