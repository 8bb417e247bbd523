"""The merging of duplicate statements against comparing every pair, side by side in one run.

Run: ``.venv/bin/python benchmarks/bench_merge.py [--articles 600] [--repeats 3]``.

What is measured
----------------
``--articles`` distinct seed-sized articles are built as ``bench_extract.py`` builds them (the
seed and the test articles with names, weekdays, numbers and a few words varied: the same
statements come back, reworded a little, as in a corpus of many outlets) and their statements
extracted once, without merging (:func:`toolkit.extract_corpus` with ``merge=False``). Then,
in turn, ``--repeats`` times each, on the same frame:

1. :func:`toolkit.text.corpus.merge_duplicates`;
2. the reference written below: each row compared with every row kept before it in its
   bucket, in order, with ``difflib.SequenceMatcher`` built for each pair and ``ratio()``
   computed whenever ``quick_ratio()`` allows it (how the merge worked before).

Both must give the same frame (``check_exact``). The CPU time of each (``time.process_time``,
best and median of the repeats) and the ratio of the best times are printed: on a shared
machine, CPU time measures the work, not the neighbours.
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import distinct_articles

from toolkit.text.corpus import _key, _norm, extract_corpus, merge_duplicates


def merge_every_pair(frame: pd.DataFrame, similarity: float = 0.85) -> pd.DataFrame:
    """The reference: every row against every row kept before it in its bucket."""
    keep: list[int] = []
    members: list[list[int]] = []
    buckets: dict[tuple[str, Any, Any], list[tuple[int, str, int, Any]]] = {}
    records = frame.to_dict("records")
    for i, rec in enumerate(records):
        date = rec["date"]
        bucket = (
            _key(rec["speaker"]),
            None if pd.isna(date) else pd.Timestamp(date),
            rec["kind"] if pd.isna(date) else None,
        )
        text = _norm(rec["quote"]) or _norm(rec["text"])
        size = len(text)
        found = None
        for slot, other_text, other_size, article in buckets.get(bucket, ()):
            if article == rec["article_id"]:
                continue
            if text == other_text:
                found = slot
                break
            total = size + other_size
            if (2.0 * min(size, other_size) / total if total else 1.0) < similarity:
                continue
            matcher = difflib.SequenceMatcher(None, text, other_text, autojunk=False)
            if matcher.quick_ratio() >= similarity and matcher.ratio() >= similarity:
                found = slot
                break
        if found is None:
            buckets.setdefault(bucket, []).append((len(keep), text, size, rec["article_id"]))
            keep.append(i)
            members.append([i])
        else:
            members[found].append(i)
    out = frame.iloc[keep].reset_index(drop=True).copy()
    ids = [list(dict.fromkeys(str(records[j]["article_id"]) for j in group)) for group in members]
    srcs = [list(dict.fromkeys(str(records[j]["source"]) for j in group)) for group in members]
    out["article_ids"] = pd.Series(["; ".join(x) for x in ids], dtype="object")
    out["sources"] = pd.Series(["; ".join(x) for x in srcs], dtype="object")
    out["n_sources"] = pd.Series([len(x) for x in ids], dtype="int64")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="distinct articles")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each")
    args = parser.parse_args()
    articles = pd.DataFrame(
        [
            {"id": f"a{i:05d}", "text": text, "published": pd.Timestamp(published).date()}
            for i, (_label, text, published) in enumerate(distinct_articles(args.articles))
        ]
    )
    frame = extract_corpus(articles, progress=False, merge=False)
    frame = frame.drop(columns=["article_ids", "sources", "n_sources"])
    print(f"{args.articles} articles, {len(frame)} statements")
    times: dict[str, list[float]] = {"merge_duplicates": [], "every pair (reference)": []}
    results = {}
    for _ in range(args.repeats):
        for name, merge in zip(times, (merge_duplicates, merge_every_pair)):
            start = time.process_time()
            results[name] = merge(frame)
            times[name].append(time.process_time() - start)
    pd.testing.assert_frame_equal(*results.values(), check_exact=True)
    print(f"{'':26s} {'best s':>8s} {'median s':>9s} {'rows/s':>9s}")
    for name, runs in times.items():
        best = min(runs)
        print(f"{name:26s} {best:8.2f} {statistics.median(runs):9.2f} {len(frame) / best:9.0f}")
    fast, slow = (min(runs) for runs in times.values())
    print(f"ratio {slow / fast:.2f}x, {len(results['merge_duplicates'])} statements left")
    print("frames equal: yes")


if __name__ == "__main__":
    main()
