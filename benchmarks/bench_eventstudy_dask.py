"""EventStudy.fit on a local Dask cluster: a panel too large for comfort in one process.

Run from the repository root::

    .venv/bin/python benchmarks/bench_eventstudy_dask.py                      # 2,000 x 5,000
    .venv/bin/python benchmarks/bench_eventstudy_dask.py --events 1000        # a smaller run
    .venv/bin/python benchmarks/bench_eventstudy_dask.py --parquet            # workers read

The per-pair frames go to ``--out`` (a folder under /tmp by default, replaced on each run):
the workers write them there as Parquet (``fit(client=..., out=...)``), and the driver keeps
only what the cross-sectional tests need. ``--parquet`` first writes the returns as a Parquet
price panel partitioned by asset (row groups of a year) to ``--out``'s folder, builds the
study with ``EventStudy.from_parquet`` and lets the workers read their windows from it.

Data: synthetic market-model returns (seeded), ``--assets`` assets on ``--sessions`` sessions,
``--events`` events of every asset on distinct days (so ``assets x events`` pairs), estimation
window (-250, -11), event window (-5, 5), the three default CAR windows, market model,
``clean_estimation=False``, all tests.

Printed:

1. the fit on a ``LocalCluster`` of ``--workers`` worker processes with one thread each, with
   ``out=``: seconds, and the peak resident memory of each worker (sampled every 0.2 s with
   psutil through ``client.run``) and of this process (the driver: the panel, the pair arrays
   the tests need and the tests); the rows and bytes of the Parquet dataset written;
2. what one process needs: the peak traced memory (tracemalloc) of ``fit()`` without a client
   on ``--check`` of the events, scaled to all of them (memory grows with the pairs; the
   panel is the same), unless ``--local-full`` runs the whole fit in one process too;
3. the check: on ``--check`` of the events (10% by default), the statistics of the fit on the
   cluster (``car`` read back from its Parquet dataset) against ``fit()`` in this process: the
   largest absolute difference over every number of ``caar``, ``tests``, ``overlap``,
   ``calendar_time`` and ``car``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from memory_watch import MemoryWatch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit.study.model import EventStudy

EST = (-250, -11)
EVW = (-5, 5)


def make_data(n_sessions: int, n_assets: int, n_events: int, seed: int = 0):
    """Market-model returns, the market, and events on distinct sessions (in date order)."""
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("1990-01-02", periods=n_sessions)
    m = rng.normal(0.0003, 0.01, n_sessions)
    beta = rng.uniform(0.5, 1.5, n_assets).astype(np.float64)
    r = rng.normal(0, 0.015, (n_sessions, n_assets))
    r += 0.0002 + m[:, None] * beta
    pos = np.sort(rng.choice(np.arange(-EST[0], n_sessions - EVW[1]), n_events, replace=False))
    rets = pd.DataFrame(r, idx, columns=[f"A{j:04d}" for j in range(n_assets)])
    events = pd.DataFrame({"event_id": [f"E{i:05d}" for i in range(n_events)], "session": idx[pos]})
    return rets, pd.Series(m, idx, name="mkt"), events


def study_of(rets: pd.DataFrame, bench: pd.Series, events: pd.DataFrame) -> EventStudy:
    return EventStudy(
        rets,
        events,
        benchmark=bench,
        estimation_window=EST,
        event_window=EVW,
        clean_estimation=False,
    )


def parquet_study_of(panel: Path, tickers: list[str], events: pd.DataFrame) -> EventStudy:
    """The study of ``study_of`` on the Parquet panel: the workers read their windows."""
    return EventStudy.from_parquet(
        panel,
        events,
        tickers=tickers,
        benchmark="MKT",
        estimation_window=EST,
        event_window=EVW,
        clean_estimation=False,
    )


def dataset_size(folder: Path) -> str:
    """Rows per frame and bytes of a pair dataset, from the Parquet footers."""
    import pyarrow.parquet as pq

    rows = {
        name: sum(pq.ParquetFile(f).metadata.num_rows for f in (folder / name).glob("*.parquet"))
        for name in ("abnormal_returns", "car", "car_path")
    }
    size = sum(f.stat().st_size for f in folder.rglob("*.parquet")) / 2**20
    return ", ".join(f"{n}: {r:,} rows" for n, r in rows.items()) + f"; {size:,.0f} MiB"


def write_panel(rets: pd.DataFrame, bench: pd.Series, folder: Path) -> None:
    """Closes of every asset and of the market, one ``asset=`` folder each, a row group a
    year (closes start at 100 the day before the first return)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    first = rets.index[0] - pd.offsets.BDay(1)
    dates = pd.DatetimeIndex([first]).append(rets.index)
    years = dates.year.to_numpy()
    cuts = np.flatnonzero(np.r_[True, years[1:] != years[:-1], True])
    sizes = np.diff(cuts)
    if folder.exists():
        shutil.rmtree(folder)
    for name, r in [*rets.items(), ("MKT", bench)]:
        close = 100.0 * np.cumprod(np.r_[1.0, 1.0 + r.to_numpy()])
        table = pa.table({"date": dates.date, "close": close})
        (folder / f"asset={name}").mkdir(parents=True)
        with pq.ParquetWriter(folder / f"asset={name}" / "part.parquet", table.schema) as w:
            for start, n in zip(cuts[:-1], sizes):
                w.write_table(table.slice(int(start), int(n)))


def largest_difference(a, b) -> float:
    """Largest absolute difference over the numeric columns of the statistics frames."""
    worst = 0.0
    for name in ("caar", "tests", "overlap", "car"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.shape == y.shape, name
        for col in x.columns:
            if pd.api.types.is_float_dtype(x[col]):
                d = np.nanmax(np.abs(x[col].to_numpy() - y[col].to_numpy()), initial=0.0)
                assert np.array_equal(np.isnan(x[col]), np.isnan(y[col])), (name, col)
                worst = max(worst, float(d))
            else:
                assert x[col].astype(str).equals(y[col].astype(str)), (name, col)
    x, y = a.calendar_time(), b.calendar_time()
    for col in ("ar", "sd", "sar"):
        worst = max(worst, float(np.nanmax(np.abs(x[col].to_numpy() - y[col].to_numpy()))))
    return worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--assets", type=int, default=2000)
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--sessions", type=int, default=6000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--check", type=float, default=0.1, help="share of events checked")
    ap.add_argument("--local-full", action="store_true", help="also fit everything here")
    ap.add_argument("--out", type=Path, default=Path("/tmp/bench_eventstudy_pairs.parquet"))
    ap.add_argument("--parquet", action="store_true", help="workers read a Parquet panel")
    args = ap.parse_args()

    from distributed import Client, LocalCluster

    rets, bench, events = make_data(args.sessions, args.assets, args.events)
    n_pairs = args.assets * args.events
    print(
        f"panel: {args.assets:,} assets x {args.events:,} events = {n_pairs:,} pairs on "
        f"{args.sessions:,} sessions ({rets.memory_usage().sum() / 2**20:,.0f} MiB of returns); "
        f"estimation {EST}, event window {EVW}"
    )
    warnings.simplefilter("ignore")
    if args.parquet:
        panel = args.out.parent / "bench_eventstudy_panel"
        t0 = time.perf_counter()
        write_panel(rets, bench, panel)
        print(f"Parquet panel written to {panel} in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        study = parquet_study_of(panel, list(rets.columns), events)
        print(f"EventStudy.from_parquet: {time.perf_counter() - t0:.1f} s")
        rets, bench = study.returns, study.benchmark
    else:
        study = study_of(rets, bench, events)
    with (
        LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            memory_limit=0,
        ) as cluster,
        Client(cluster) as client,
    ):
        with MemoryWatch(client) as watch:
            t0 = time.perf_counter()
            res = study.fit(client=client, out=args.out)
            secs = time.perf_counter() - t0
        peaks = ", ".join(f"{v:,.0f}" for v in sorted(watch.workers.values()))
        print(
            f"fit on {args.workers} workers x 1 thread, out={args.out}: {secs:8.1f} s; peak RSS "
            f"per worker [{peaks}] MiB; driver peak RSS {watch.driver:,.0f} MiB"
        )
        print(f"pair dataset: {dataset_size(res.pair_store.path)}")
        del res

        sub = events.iloc[:: max(1, round(1 / args.check))].reset_index(drop=True)
        if args.parquet:  # the workers read the panel in the check too
            small = parquet_study_of(panel, list(rets.columns), sub)
        else:
            small = study_of(rets, bench, sub)
        check_out = args.out.parent / (args.out.name + "-check")
        t0 = time.perf_counter()
        remote = small.fit(client=client, out=check_out)
        secs_remote = time.perf_counter() - t0
    tracemalloc.start()
    t0 = time.perf_counter()
    local = small.fit()
    secs_local = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    share = len(sub) / args.events
    print(
        f"check on {len(sub):,} events ({share:.0%}): cluster {secs_remote:.1f} s, one process "
        f"{secs_local:.1f} s; largest difference of any statistic "
        f"{largest_difference(local, remote):.1e}"
    )
    print(
        f"one process: peak traced memory of fit() {peak:,.0f} MiB on {share:.0%} of the "
        f"events -> about {peak / share:,.0f} MiB for all of them (estimated: linear in pairs)"
    )
    if args.local_full:
        del local, remote
        tracemalloc.start()
        t0 = time.perf_counter()
        study.fit()
        secs = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(f"one process, every event: {secs:.1f} s, peak traced memory {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
