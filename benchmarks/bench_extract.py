"""Articles per second of statement extraction on one core, for articles the size of the seed.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--seconds 5]``. It prints the rate of
:func:`toolkit.extract_statements` and of :func:`toolkit.timex.resolve_dates` alone on the
seed article and on the test articles, side by side with the target of 200 articles per
second.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from toolkit.articles import load_article
from toolkit.statements import extract_statements
from toolkit.timex import find_timexes

ROOT = Path(__file__).resolve().parents[1]
TARGET = 200.0


def rate(func, seconds: float) -> float:
    func()  # warm up caches (lexicon, compiled patterns)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        func()
        n += 1
    return n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    paths = [
        ROOT / "seeds" / "000_fa62c70b439fe6f5.txt",
        *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")),
    ]
    print(f"{'article':32s} {'chars':>6s} {'statements/s':>13s} {'timex/s':>9s} {'vs target':>9s}")
    for path in paths:
        art = load_article(path)
        per_sec = rate(
            lambda a=art: extract_statements(a.text, published=a.published), args.seconds
        )
        timex = rate(lambda a=art: find_timexes(a.text, a.published), args.seconds / 2)
        print(
            f"{path.stem:32s} {len(art.text):6d} {per_sec:13.1f} {timex:9.1f} {per_sec / TARGET:8.2f}x"
        )


if __name__ == "__main__":
    main()
