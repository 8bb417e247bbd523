"""Speed and memory of EventStudy.fit on 500 assets x 1,000 events, against per-event loops.

Run from the repository root::

    .venv/bin/python benchmarks/bench_eventstudy.py
    # compare with the PyPI package `eventstudy==0.1a12` installed in another environment:
    EVENTSTUDY_PYTHON=/tmp/es_venv/bin/python .venv/bin/python benchmarks/bench_eventstudy.py

Data: synthetic market-model returns (seeded), 250-day estimation window (-260, -11), 11-day
event window (-5, 5), three CAR windows, market model, ``clean_estimation=False`` (1,000 events
on 3,000 sessions would otherwise leave other events' windows in every estimation window).

Printed: the cold ``fit()`` with all tests on every usable core, each the first fit of a fresh
process (imports and data excluded; numba's cached kernels are loaded in it; the results are
held, as a user holds them, so that freeing them is not timed), ``--cold`` times:
the smallest and the median seconds and peak resident memory, and the processor seconds (user
and system, which tells a slow fit from a busy machine) and minor page faults; then seconds (best and median of
``--repeats`` fits in this process, as the machine may be shared) and peak traced memory of
``fit()`` with all tests on every usable core (the default ``n_jobs=None``), with all tests on
one thread, and without the rank tests; seconds to build the per-pair frames; and the speed
ratio against (a) a loop of statsmodels OLS fits (fit and predict only), one per event-asset
pair, timed on a subsample in the same run and scaled, and (b)
``eventstudy.Single`` with its market model on the same subsample, when that package can be
imported here or through ``EVENTSTUDY_PYTHON``; otherwise "not installed".

Targets: cold fit with all tests <= 1.0 s on 2 cores, <= 2 GB, >= 100x the statsmodels loop.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit.study.model import EventStudy

EST = (-260, -11)
EVW = (-5, 5)


def make_data(n_sessions: int, n_assets: int, n_events: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2000-01-03", periods=n_sessions)
    m = rng.normal(0.0003, 0.01, n_sessions)
    beta = rng.uniform(0.5, 1.5, n_assets)
    r = 0.0002 + m[:, None] * beta + rng.normal(0, 0.015, (n_sessions, n_assets))
    pos = np.sort(rng.choice(np.arange(-EST[0], n_sessions - EVW[1]), n_events, replace=False))
    rets = pd.DataFrame(r, idx, columns=[f"A{j:03d}" for j in range(n_assets)])
    events = pd.DataFrame({"event_id": [f"E{i:04d}" for i in range(n_events)], "session": idx[pos]})
    return rets, pd.Series(m, idx, name="mkt"), events, pos


def study_of(rets, bench, events) -> EventStudy:
    return EventStudy(
        rets,
        events,
        benchmark=bench,
        estimation_window=EST,
        event_window=EVW,
        clean_estimation=False,
    )


def one_cold_fit(args: argparse.Namespace) -> None:
    """In a fresh process: print the seconds of the first ``fit()``, its processor seconds
    (user and system, all threads), its minor page faults and the peak RSS (MiB)."""
    rets, bench, events, _ = make_data(args.sessions, args.assets, args.events)
    study = study_of(rets, bench, events)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        res = study.fit()  # (held: freeing the results is not part of the fit)
        secs = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_SELF)
    del res
    print(
        json.dumps(
            {
                "seconds": secs,
                "user": after.ru_utime - before.ru_utime,
                "sys": after.ru_stime - before.ru_stime,
                "faults": after.ru_minflt - before.ru_minflt,
                "rss": after.ru_maxrss / 1024,
            }
        )
    )


def cold_fits(args: argparse.Namespace) -> list[dict[str, float]]:
    """``--cold`` first fits, each in a fresh process."""
    out = []
    for _ in range(args.cold):
        run = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one-cold",
                f"--assets={args.assets}",
                f"--events={args.events}",
                f"--sessions={args.sessions}",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        out.append(json.loads(run.stdout.strip().splitlines()[-1]))
    return out


def time_fit(
    rets, bench, events, *, rank_tests: bool, memory: bool, n_jobs: int | None, repeats: int
) -> tuple[float, float, object, float]:
    """Best of ``repeats`` timed ``fit()`` calls (seconds), peak traced memory (MiB), the
    results, and the median seconds."""
    study = study_of(rets, bench, events)
    peak, res, times = float("nan"), None, []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(repeats):
            res = None  # (the last results are freed before the timed fit)
            t0 = time.perf_counter()
            res = study.fit(rank_tests=rank_tests, n_jobs=n_jobs)
            times.append(time.perf_counter() - t0)
        if memory:
            tracemalloc.start()
            study.fit(rank_tests=rank_tests, n_jobs=n_jobs)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
    return min(times), peak, res, statistics.median(times)


def statsmodels_loop(r: np.ndarray, m: np.ndarray, pairs: list[tuple[int, int]]) -> float:
    """Per-pair OLS with statsmodels, fit and predict only: the market model on the
    estimation window, its expected returns on the event window."""
    import statsmodels.api as sm

    t0 = time.perf_counter()
    for p, a in pairs:
        est = slice(p + EST[0], p + EST[1] + 1)
        evw = slice(p + EVW[0], p + EVW[1] + 1)
        fit = sm.OLS(r[est, a], sm.add_constant(m[est])).fit()
        fit.predict(sm.add_constant(m[evw], has_constant="add"))
    return time.perf_counter() - t0


_PACKAGE_SNIPPET = r"""
import json, sys, time, warnings
import numpy as np
warnings.simplefilter("ignore")
from eventstudy import Single, models
d = np.load(sys.argv[1])
r, m, pairs = d["r"], d["m"], d["pairs"]
t0 = time.perf_counter()
for p, a in pairs:
    lo, hi = p - 260, p + 6
    Single(models.market_model, {"security_returns": r[lo:hi, a], "market_returns": m[lo:hi]},
           event_window=(-5, 5), estimation_size=250, buffer_size=5)
print(json.dumps({"seconds": time.perf_counter() - t0}))
"""


def package_loop(r: np.ndarray, m: np.ndarray, pairs: list[tuple[int, int]]) -> float | None:
    """Time `eventstudy.Single` (market model) on the pairs; None when the package is missing."""
    python = os.environ.get("EVENTSTUDY_PYTHON")
    try:
        import eventstudy  # noqa: F401

        python = sys.executable
    except ImportError:
        if not python:
            return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sub.npz"
        np.savez(path, r=r, m=m, pairs=np.array(pairs))
        out = subprocess.run(
            [python, "-c", _PACKAGE_SNIPPET, str(path)], capture_output=True, text=True, check=False
        )
    if out.returncode != 0:
        print("eventstudy package failed:", out.stderr.strip().splitlines()[-1:])
        return None
    return float(json.loads(out.stdout)["seconds"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--assets", type=int, default=500)
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--sessions", type=int, default=3000)
    ap.add_argument("--subsample", type=int, default=300, help="pairs timed in the loops")
    ap.add_argument("--repeats", type=int, default=5, help="timed fits (best and median shown)")
    ap.add_argument("--cold", type=int, default=5, help="cold fits, each in a fresh process")
    ap.add_argument("--one-cold", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one_cold:
        one_cold_fit(args)
        return
    rets, bench, events, pos = make_data(args.sessions, args.assets, args.events)
    n_pairs = args.assets * args.events
    print(
        f"panel: {args.assets} assets x {args.events} events = {n_pairs:,} event-asset pairs, "
        f"estimation {EST}, event window {EVW}"
    )

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    reps = args.repeats
    if args.cold:
        cold = cold_fits(args)
        cs, cr = [c["seconds"] for c in cold], [c["rss"] for c in cold]
        cpu = [c["user"] + c["sys"] for c in cold]
        print(
            f"cold fit(), all tests, {cores} threads, {len(cold)} fresh processes: "
            f"min {min(cs):.2f} s, median {statistics.median(cs):.2f} s; peak RSS of the "
            f"process (data included) min {min(cr):,.0f} MiB, max {max(cr):,.0f} MiB"
        )
        print(
            f"  processor time of those fits (all threads): min {min(cpu):.2f} s, median "
            f"{statistics.median(cpu):.2f} s, of which system median "
            f"{statistics.median(c['sys'] for c in cold):.2f} s; minor page faults median "
            f"{statistics.median(c['faults'] for c in cold):,.0f}"
        )
    secs, peak, res, med = time_fit(
        rets, bench, events, rank_tests=True, memory=True, n_jobs=None, repeats=reps
    )
    secs_1, _, _, med_1 = time_fit(
        rets, bench, events, rank_tests=True, memory=False, n_jobs=1, repeats=reps
    )
    secs_nr, peak_nr, _, med_nr = time_fit(
        rets, bench, events, rank_tests=False, memory=True, n_jobs=None, repeats=reps
    )
    t0 = time.perf_counter()
    n_rows = len(res.abnormal_returns) + len(res.car)
    frames = time.perf_counter() - t0
    print(
        f"best and median of {reps} warm runs each; targets: <= 1.0 s, <= 2,048 MiB, >= 100x "
        "the statsmodels loop"
    )
    print(
        f"EventStudy.fit, all tests, {cores} threads: {secs:7.2f} s (median {med:.2f})   "
        f"peak traced memory {peak:7.0f} MiB"
    )
    print(f"EventStudy.fit, all tests, 1 thread:  {secs_1:7.2f} s (median {med_1:.2f})")
    print(
        f"EventStudy.fit, no rank tests, {cores} threads: {secs_nr:7.2f} s (median {med_nr:.2f})"
        f"   peak traced memory {peak_nr:7.0f} MiB"
    )
    print(f"abnormal_returns + car frames:       {frames:7.2f} s   ({n_rows:,} rows)")

    rng = np.random.default_rng(1)
    pick = rng.choice(n_pairs, args.subsample, replace=False)
    pairs = [(int(pos[k // args.assets]), int(k % args.assets)) for k in pick]
    r, m = rets.to_numpy(), bench.to_numpy()
    loop = statsmodels_loop(r, m, pairs) * n_pairs / len(pairs)
    print(
        f"statsmodels OLS loop (scaled from {len(pairs)} pairs): {loop:9.1f} s  "
        f"-> ratio {loop / secs:6.0f}x (all tests), {loop / secs_1:6.0f}x (all tests, 1 thread), "
        f"{loop / secs_nr:6.0f}x (no rank tests)"
        + (f", {loop / statistics.median(cs):6.0f}x (median cold fit)" if args.cold else "")
    )
    pkg = package_loop(r, m, pairs)
    if pkg is None:
        print("eventstudy==0.1a12: not installed")
    else:
        pkg_all = pkg * n_pairs / len(pairs)
        print(
            f"eventstudy==0.1a12 Single.market_model (scaled): {pkg_all:9.1f} s  "
            f"-> ratio {pkg_all / secs:6.0f}x (all tests), {pkg_all / secs_nr:6.0f}x (no rank tests)"
        )


if __name__ == "__main__":
    main()
