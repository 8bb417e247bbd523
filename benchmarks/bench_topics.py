"""What topic detection and the topic lexicons cost, as shares of statement extraction.

Run: ``.venv/bin/python benchmarks/bench_topics.py [--articles 120] [--repeats 5]``.

The texts are those of ``bench_extract.py`` (distinct seed-sized articles built from the seed
and the test articles, whose topics are trade, monetary policy, sanctions and fiscal policy).
In each of ``--repeats`` rounds, one after the other on the same texts (so that a busy machine
slows all of them alike), the script times with the CPU clock of the process:

1. :func:`toolkit.text.topics.detect_topic` on every text;
2. :func:`toolkit.text.statements.extract_statements` on every text (which runs the detection
   and the stance stage), with the extractor's text caches cleared first, as
   ``bench_extract.py`` does;
3. the stance lexicon scan (:func:`toolkit.text.stance.find_terms`) of every text with the
   trade lexicon, and with the lexicon of each other topic.

It prints the best round of each, per article, and the ratios to the extraction: the share of
an extraction that detecting the topic takes, and what scanning with another topic's lexicon
costs against the trade lexicon's scan.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable

import bench_extract

from toolkit.text.stance import default_lexicon, find_terms
from toolkit.text.statements import extract_statements
from toolkit.text.topics import DETECTED, detect_topic


def best_cpu_seconds(run: Callable[[], object], repeats: int, before: Callable[[], None]) -> float:
    """The smallest CPU time of ``repeats`` calls of ``run`` (``before`` is not timed)."""
    best = float("inf")
    for _ in range(repeats):
        before()
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120, help="distinct articles")
    parser.add_argument("--repeats", type=int, default=5, help="rounds (the best is shown)")
    args = parser.parse_args()
    print(bench_extract.pin_to_one_core())
    articles = bench_extract.distinct_articles(args.articles)
    texts = [text for _label, text, _published in articles]
    clears = bench_extract.text_caches()
    extract_statements(texts[0], published=articles[0][2])  # lexicons read, patterns compiled
    print("topics of the texts:", dict(Counter(detect_topic(t) for t in texts).most_common()))

    def clear() -> None:
        bench_extract.clear_text_caches(clears)

    def nothing() -> None:
        return None

    n = len(texts)
    detect = best_cpu_seconds(lambda: [detect_topic(t) for t in texts], args.repeats, nothing)
    extract = best_cpu_seconds(
        lambda: [extract_statements(t, published=p) for _l, t, p in articles], args.repeats, clear
    )
    print(f"{'':28s} {'per article':>12s} {'vs extraction':>14s}")
    print(f"{'extract_statements':28s} {extract / n * 1e3:9.2f} ms {1:13.1%}")
    print(f"{'detect_topic':28s} {detect / n * 1e6:9.0f} us {detect / extract:13.1%}")
    scans = {}
    for topic in DETECTED:
        lexicon = default_lexicon(topic)
        scans[topic] = best_cpu_seconds(
            lambda lexicon=lexicon: [find_terms(t, lexicon) for t in texts], args.repeats, nothing
        )
    for topic, seconds in scans.items():
        print(
            f"{'stance scan, ' + topic:28s} {seconds / n * 1e6:9.0f} us {seconds / extract:13.1%}"
            f"   ({seconds / scans['trade']:.2f}x the trade lexicon's)"
        )


if __name__ == "__main__":
    main()
