"""Articles per second of statement extraction on one core, for articles the size of the seed.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--seconds 3] [--repeats 5]``. It pins
itself to one core (where the platform allows), imports and warms up the toolkit first, and
then prints, for the seed article and the test articles, the best of several timed repeats of
:func:`toolkit.extract_statements` and of :func:`toolkit.timex.find_timexes` alone, side by
side with the target of 200 articles per second. The best repeat is reported because the
machine may be shared: slower repeats measure the neighbours, not the extractor.
"""

from __future__ import annotations

import argparse
import functools
import os
import time
from collections.abc import Callable
from pathlib import Path

from toolkit.articles import load_article
from toolkit.statements import extract_statements
from toolkit.timex import find_timexes

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"
TARGET = 200.0


def pin_to_one_core() -> str:
    """Run on a single core where the platform allows it; return a note for the report."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    cores = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cores[0]})
    return f"pinned to core {cores[0]}"


def best_rate(func: Callable[[], object], seconds: float, repeats: int) -> float:
    """Calls per second: the best of ``repeats`` runs of about ``seconds / repeats`` each."""
    func()  # warm up (lexicon, compiled patterns)
    per_repeat = seconds / repeats
    best = 0.0
    for _ in range(repeats):
        n, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < per_repeat:
            func()
            n += 1
        best = max(best, n / elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="timing budget per article")
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats (best is shown)")
    args = parser.parse_args()
    print(pin_to_one_core())
    paths = [SEED, *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    print(f"{'article':32s} {'chars':>6s} {'articles/s':>11s} {'timex/s':>9s} {'vs 200/s':>9s}")
    for path in paths:
        art = load_article(path)
        per_sec = best_rate(
            functools.partial(extract_statements, art.text, published=art.published),
            args.seconds,
            args.repeats,
        )
        timex = best_rate(
            functools.partial(find_timexes, art.text, art.published),
            args.seconds / 2,
            args.repeats,
        )
        print(
            f"{path.stem:32s} {len(art.text):6d} {per_sec:11.1f} {timex:9.1f} "
            f"{per_sec / TARGET:8.2f}x"
        )


if __name__ == "__main__":
    main()
