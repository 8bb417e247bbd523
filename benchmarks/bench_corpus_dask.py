"""Corpus extraction on a local Dask cluster against one process, measured side by side.

Run: ``.venv/bin/python benchmarks/bench_corpus_dask.py [--articles 20000] [--workers 2]``.

What is measured
----------------
``--articles`` distinct seed-sized articles are built as ``bench_extract.py`` builds them
(the seed and the test articles with names, weekdays, numbers and a few words varied) and
written to a Parquet file (row groups of 1,000 articles) in a temporary folder. Then, in one
run:

1. **one process**: :func:`toolkit.extract_corpus` without a client, reading the file
   partition by partition in this process;
2. **Dask**: the same call with a client of a ``LocalCluster`` of ``--workers`` worker
   processes of one thread each; the tasks carry only the partition records (file, row group,
   row range) and the workers read the articles themselves.

Both are timed for the extraction alone (``merge=False``: the merging of duplicates runs in
the calling process after either, and is timed once, separately). Both sides are warmed up
first (imports, the stance lexicon, compiled patterns), the cluster before the run in one
process so that both import the same code, and the cluster's start-up time is printed apart.
``--corpus PATH`` keeps the articles' file for another run. The two frames must be equal (``check_exact``). The headline
is the ratio of the rates; the target is 1.7x with two workers. On a shared machine other
processes compete for the cores: run it on a quiet one, or read the ratio as a floor.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import distinct_articles

from toolkit.text.corpus import extract_corpus, merge_duplicates

TARGET = 1.7


def write_corpus(n: int, path: Path) -> Path:
    """``n`` distinct seed-sized articles as a Parquet file of row groups of 1,000."""
    rows = [
        {"id": f"a{i:06d}", "text": text, "published": pd.Timestamp(published).date()}
        for i, (_label, text, published) in enumerate(distinct_articles(n))
    ]
    pd.DataFrame(rows).to_parquet(path, row_group_size=1000, index=False)
    return path


def warm_up() -> None:
    """Imports, the stance lexicon and the compiled patterns of the process it runs in."""
    from toolkit.text.corpus import extract_corpus

    extract_corpus(
        pd.DataFrame(
            {"text": ["“We will win,” Jane Doe said Tuesday."], "published": ["2025-04-09"]}
        ),
        progress=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000, help="distinct articles")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--partition-size", type=int, default=100, help="articles per task")
    parser.add_argument(
        "--corpus",
        help="Parquet file of articles to use, written first if missing (default: a temporary one)",
    )
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.corpus) if args.corpus else Path(tmp) / "articles.parquet"
        if not path.exists():
            start = time.perf_counter()
            write_corpus(args.articles, path)
            print(
                f"{args.articles} distinct articles written in {time.perf_counter() - start:.1f} s"
            )
        n = pd.read_parquet(path, columns=["id"]).shape[0]
        options = {"progress": False, "merge": False, "partition_size": args.partition_size}
        head = pd.read_parquet(path).head(args.partition_size)

        # the cluster first, so that this process and the workers import the same code
        start = time.perf_counter()
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        )
        client = Client(cluster)
        client.run(warm_up)  # on every worker
        startup_s = time.perf_counter() - start
        try:
            warm_up()
            extract_corpus(head, **options)
            start = time.perf_counter()
            serial = extract_corpus(path, **options)
            serial_s = time.perf_counter() - start
            start = time.perf_counter()
            on_dask = extract_corpus(path, client=client, **options)
            dask_s = time.perf_counter() - start
        finally:
            client.close()
            cluster.close()

    one, many = n / serial_s, n / dask_s
    print(f"{n} articles, {len(serial)} statements")
    print(f"{'':34s} {'seconds':>8s} {'articles/s':>11s}")
    print(f"{'one process':34s} {serial_s:8.1f} {one:11.1f}")
    print(f"{f'Dask, {args.workers} workers x 1 thread':34s} {dask_s:8.1f} {many:11.1f}")
    print(f"cluster start-up and warm-up {startup_s:.1f} s (not in the Dask time)")
    print(f"ratio {many / one:.2f}x (target {TARGET}x)", flush=True)
    pd.testing.assert_frame_equal(serial, on_dask, check_exact=True)
    print("frames equal: yes", flush=True)
    start = time.perf_counter()
    merged = merge_duplicates(serial.drop(columns=["article_ids", "sources", "n_sources"]))
    print(
        f"merging duplicates, in the calling process either way: {time.perf_counter() - start:.1f}"
        f" s ({len(merged)} statements left)"
    )


if __name__ == "__main__":
    main()
