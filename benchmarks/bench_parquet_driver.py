"""The driver's memory for ``EventStudy.from_parquet(...).fit(client=...)``, beside an earlier
version of the toolkit.

Run from the repository root::

    .venv/bin/python benchmarks/bench_parquet_driver.py --baseline 80619cc   # then and now
    .venv/bin/python benchmarks/bench_parquet_driver.py --assets 500         # this tree only

Data: a Parquet price panel partitioned by asset (``asset=A0000/part.parquet``, a row group a
year), ``--assets`` assets and a market ``MKT`` on ``--sessions`` NYSE sessions from
1990-01-02, closes from seeded market-model returns; ``--events`` events of every asset on
distinct days in date order; estimation window (-250, -11), event window (-5, 5), the three
default CAR windows, market model on ``MKT``, all tests.

Each version runs in a process of its own (the driver), which starts a ``LocalCluster`` of
``--workers`` worker processes of one thread, builds the study with
``EventStudy.from_parquet`` and fits it with ``fit(client=...)``. ``--baseline REV`` extracts
that git revision of this repository (``git archive``) to a temporary folder and runs the
same script with the toolkit imported from there, then this working tree, one after the
other on the same panel.

Printed, per version: seconds to build the study and to fit it; the driver's peak resident
memory (``ru_maxrss`` of the driver process: the panel it reads, the study, the scheduler of
the local cluster, the pair arrays and the tests) and, sampled every 0.2 s with psutil, its
peak while building and while fitting, with each worker's peak; then the largest absolute
difference between the versions over every number of ``caar``, ``tests`` and ``car``.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
from memory_watch import MemoryWatch

ROOT = Path(__file__).resolve().parents[1]
EST = (-250, -11)
EVW = (-5, 5)


def write_panel(folder: Path, n_assets: int, n_sessions: int, n_events: int, seed: int = 0):
    """Write the closes of ``n_assets`` assets and ``MKT`` by asset; the events (a frame)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    sys.path.insert(0, str(ROOT))
    from toolkit.market.calendar import get_calendar

    rng = np.random.default_rng(seed)
    calendar = get_calendar()
    days = pd.DatetimeIndex(calendar.sessions_in_range("1990-01-02", calendar.last_session))
    days = days[: n_sessions + 1]
    if len(days) <= n_sessions:
        raise SystemExit(f"--sessions: the calendar has {len(days) - 1} sessions after 1990")
    market = rng.normal(0.0003, 0.01, n_sessions)
    years = days.year.to_numpy()
    cuts = np.flatnonzero(np.r_[True, years[1:] != years[:-1], True])
    if folder.exists():
        shutil.rmtree(folder)
    for j in range(n_assets + 1):
        name = "MKT" if j == n_assets else f"A{j:04d}"
        r = market if j == n_assets else 0.0002 + rng.uniform(0.5, 1.5) * market
        if j < n_assets:
            r = r + rng.normal(0, 0.015, n_sessions)
        close = 100.0 * np.cumprod(np.r_[1.0, 1.0 + r])
        table = pa.table({"date": days.date, "close": close})
        (folder / f"asset={name}").mkdir(parents=True)
        with pq.ParquetWriter(folder / f"asset={name}" / "part.parquet", table.schema) as w:
            for start, stop in zip(cuts[:-1], cuts[1:]):
                w.write_table(table.slice(int(start), int(stop - start)))
    pos = np.sort(rng.choice(np.arange(1 - EST[0], n_sessions - EVW[1]), n_events, replace=False))
    return pd.DataFrame(
        {"event_id": [f"E{i:05d}" for i in range(n_events)], "session": days[1:][pos]}
    )


def run_driver(tree: Path, panel: Path, events_file: Path, out: Path, workers: int) -> None:
    """In the driver process: build and fit the study with the toolkit of ``tree``; write the
    figures (JSON) and the statistics (pickle) to ``out``."""
    sys.path.insert(0, str(tree))
    import distributed
    import pandas as pd

    import toolkit
    from toolkit.study.model import EventStudy

    assert Path(toolkit.__file__).resolve().is_relative_to(tree.resolve()), toolkit.__file__
    events = pd.read_pickle(events_file)
    warnings.simplefilter("ignore")
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    client.run(lambda: None)  # the workers are up
    figures: dict[str, object] = {"start_mib": MemoryWatch.rss() / 2**20}
    with MemoryWatch() as build:
        t0 = time.perf_counter()
        study = EventStudy.from_parquet(
            panel, events, benchmark="MKT", estimation_window=EST, event_window=EVW
        )
        figures["build_s"] = time.perf_counter() - t0
    with MemoryWatch(client) as fit:
        t0 = time.perf_counter()
        results = study.fit(client=client)
        figures["fit_s"] = time.perf_counter() - t0
    figures["build_peak_mib"] = build.driver
    figures["fit_peak_mib"] = fit.driver
    figures["worker_peaks_mib"] = sorted(fit.workers.values())
    figures["maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
    figures["pairs"] = int(len(results.car) // len(results.car["window"].unique()))
    client.close()
    cluster.close()
    (out / "figures.json").write_text(json.dumps(figures))
    frames = {n: getattr(results, n) for n in ("caar", "tests", "car")}
    with (out / "stats.pickle").open("wb") as handle:
        pickle.dump(frames, handle)


def largest_difference(a: dict, b: dict) -> float:
    """Largest absolute difference over the numeric columns of the frames of ``a`` and ``b``."""
    import pandas as pd

    worst = 0.0
    for name, frame in a.items():
        other = b[name]
        assert frame.shape == other.shape, name
        for col in frame.columns:
            x, y = frame[col], other[col]
            if pd.api.types.is_numeric_dtype(x) and not pd.api.types.is_bool_dtype(x):
                x, y = x.to_numpy(dtype=float), y.to_numpy(dtype=float)
                both = np.isfinite(x) & np.isfinite(y)
                assert (np.isfinite(x) == np.isfinite(y)).all(), (name, col)
                if both.any():
                    worst = max(worst, float(np.max(np.abs(x[both] - y[both]))))
            else:
                assert x.astype(str).tolist() == y.astype(str).tolist(), (name, col)
    return worst


def measure(label: str, tree: Path, panel: Path, events_file: Path, workers: int) -> tuple:
    """Run the driver of ``tree`` in a process of its own; its figures and statistics."""
    out = Path(tempfile.mkdtemp(prefix="bench-parquet-driver-"))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(tree)}
    cmd = [sys.executable, __file__, "--driver", str(tree), str(panel), str(events_file)]
    subprocess.run([*cmd, str(out), str(workers)], check=True, env=env)
    figures = json.loads((out / "figures.json").read_text())
    with (out / "stats.pickle").open("rb") as handle:
        stats = pickle.load(handle)
    shutil.rmtree(out)
    print(
        f"{label:<10} build {figures['build_s']:7.1f} s (peak {figures['build_peak_mib']:7.0f}"
        f" MiB)   fit {figures['fit_s']:7.1f} s (peak {figures['fit_peak_mib']:7.0f} MiB)   "
        f"driver ru_maxrss {figures['maxrss_mib']:7.0f} MiB   workers "
        + ", ".join(f"{w:.0f}" for w in figures["worker_peaks_mib"])
        + " MiB",
        flush=True,
    )
    return figures, stats


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--driver":
        tree, panel, events_file, out, workers = sys.argv[2:7]
        run_driver(Path(tree), Path(panel), Path(events_file), Path(out), int(workers))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=6000)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baseline", help="a git revision of this repository to run beside")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/bench_parquet_driver"))
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    panel = args.folder / "panel"
    t0 = time.perf_counter()
    events = write_panel(panel, args.assets, args.sessions, args.events)
    events_file = args.folder / "events.pickle"
    events.to_pickle(events_file)
    size = sum(f.stat().st_size for f in panel.rglob("*.parquet")) / 2**20
    print(
        f"panel: {args.assets:,} assets + MKT x {args.sessions:,} sessions, {size:,.0f} MiB of "
        f"Parquet, written in {time.perf_counter() - t0:.0f} s; {args.events} events of every "
        f"asset ({args.assets * args.events:,} pairs); {args.workers} workers of one thread",
        flush=True,
    )
    runs = []
    if args.baseline:
        base = args.folder / "baseline"
        if base.exists():
            shutil.rmtree(base)
        base.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.baseline],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        runs.append(measure(f"{args.baseline[:8]}", base, panel, events_file, args.workers))
    runs.append(measure("this tree", ROOT, panel, events_file, args.workers))
    if len(runs) == 2:
        (before, stats_before), (after, stats_after) = runs
        print(
            f"driver peak RSS: {before['maxrss_mib']:,.0f} MiB before, "
            f"{after['maxrss_mib']:,.0f} MiB after ({before['maxrss_mib'] / after['maxrss_mib']:.1f}x"
            f" less); largest difference over caar, tests and car: "
            f"{largest_difference(stats_before, stats_after):.3g}"
        )


if __name__ == "__main__":
    main()
