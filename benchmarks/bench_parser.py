"""The cost of ``extract_statements(..., parser="spacy")`` against the rules alone, per article.

Run: ``.venv/bin/python benchmarks/bench_parser.py [--repeats 5]``.

The articles are the seed and every annotated test article (``tests/data/articles``,
``holdout``, ``blind*``), read once. The spaCy pipeline is loaded first and the time it took
printed (once per process). Then each pass runs every article once in rules mode and once in
spacy mode, alternating article by article, so both modes see the same machine load; the
best and the median pass of ``--repeats`` are printed as milliseconds per article for each
mode, with the ratio spacy / rules. Needs ``pip install 'market-reaction[parser]'``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from anywhere without installing (PYTHONPATH wins)
    sys.path.append(str(ROOT))

from toolkit.text.articles import load_article  # noqa: E402
from toolkit.text.statements import extract_statements  # noqa: E402
from toolkit.text.syntax import load_pipeline  # noqa: E402

SEED = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"


def articles() -> list[tuple[str, object]]:
    """(text, published) of the seed and of every annotated test article, in a fixed order."""
    paths = [SEED, *sorted((ROOT / "tests" / "data").glob("*/*.txt"))]
    out = []
    for path in paths:
        if not path.with_suffix("").with_suffix(".gold.yaml").exists() and path != SEED:
            continue
        art = load_article(path)
        out.append((art.text, art.published))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed passes (default 5)")
    args = parser.parse_args(argv)
    texts = articles()
    start = time.perf_counter()
    load_pipeline()
    print(f"spaCy pipeline loaded in {time.perf_counter() - start:.2f} s (once per process)")
    for text, published in texts:  # warm both modes
        extract_statements(text, published=published)
        extract_statements(text, published=published, parser="spacy")
    passes: dict[str, list[float]] = {"rules": [], "spacy": []}
    for _ in range(args.repeats):
        spent = {"rules": 0.0, "spacy": 0.0}
        for text, published in texts:
            for mode in ("rules", "spacy"):
                t0 = time.perf_counter()
                extract_statements(text, published=published, parser=mode)
                spent[mode] += time.perf_counter() - t0
        for mode, seconds in spent.items():
            passes[mode].append(1000 * seconds / len(texts))
    chars = sum(len(t) for t, _ in texts) / len(texts)
    print(f"{len(texts)} articles, {chars:,.0f} characters on average, {args.repeats} passes")
    for mode, ms in passes.items():
        print(f"  {mode:6s} best {min(ms):7.1f} ms per article   median {statistics.median(ms):7.1f}")
    ratio = min(passes["spacy"]) / min(passes["rules"])
    median = statistics.median(passes["spacy"]) / statistics.median(passes["rules"])
    print(f"  spacy / rules: {ratio:.1f}x (best passes), {median:.1f}x (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
