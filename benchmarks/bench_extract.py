"""Articles per second of statement extraction on one core, for articles the size of the seed.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--articles 240] [--repeats 7]``.

What is measured
----------------
The process pins itself to one core (where the platform allows), imports the toolkit and
warms it up (the stance lexicon is read and the regular expressions are compiled), then:

1. **Distinct articles (the headline).** ``--articles`` texts, all different, are built
   deterministically (seeded RNG) from the seed article and the test articles
   (``tests/data/articles``, ``holdout``, ``blind``): the paragraphs of one article in a
   lightly shuffled order, topped up with paragraphs of another up to the seed's length
   (within 5%); the people's names replaced by made-up names of the same shape, weekdays
   rotated, numbers (percentages, amounts, days of the month) redrawn and a few words
   swapped for synonyms. One timed pass runs :func:`toolkit.extract_statements` once on each
   text, in order; the extractor's bounded caches of string helpers (``lru_cache``) are
   cleared before every pass, so a pass gains only from what distinct articles share (common
   words and phrases), never from a text seen before. The best and the median of
   ``--repeats`` passes are printed as articles per second, with the ratio to the target of
   200 per second. The best pass is the headline because the machine may be shared: slower
   passes measure the neighbours, not the extractor.
2. **Cold caches.** The same texts with the caches cleared before *every* article (the
   clearing is not timed): the rate when nothing at all carries over between articles.
3. **Per file (same text repeated).** For the seed and each ``tests/data/articles`` file,
   the best rate of repeated calls on the same text (caches warm, so this flatters), and of
   :func:`toolkit.text.timex.find_timexes` alone. ``--per-file-seconds 0`` skips these lines.

Caches that do not depend on the text (the loaded stance lexicon and its compiled
alternations) are kept: they are set up once per process.

Side by side
------------
``--against DIR`` compares this checkout with another one (``DIR``: the root of another
checkout of the toolkit, say the main branch) on the same distinct articles: two worker
processes, one importing each checkout, run the distinct-article pass in turn, ``--repeats``
times each, on the one core the parent is pinned to. It prints the best and the median
rate of each, in wall-clock time and in the processes' CPU time (which neighbours on a shared
machine disturb less), and their ratios (this checkout over the other).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import pkgutil
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import toolkit.text
import toolkit.text.speakers
from toolkit.text.articles import load_article
from toolkit.text.statements import extract_statements
from toolkit.text.timex import find_timexes

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"
SOURCE_DIRS = ("tests/data/articles", "tests/data/holdout", "tests/data/blind")
TARGET = 200.0

# Caches set up once per process, whatever the text: kept between passes.
_SETUP_CACHES = frozenset({"default_lexicon", "_load_path", "_tail_unions", "_table"})
# Every module of toolkit.text (the extractor's stages and their helpers), so that a cache
# added to any of them, or a module split off, is cleared too.
_MODULES = tuple(
    importlib.import_module(f"toolkit.text.{info.name}")
    for info in pkgutil.iter_modules(toolkit.text.__path__)
)


def text_caches() -> list[Callable[[], None]]:
    """``cache_clear`` of every ``lru_cache`` of the extractor's modules that holds text."""
    out = []
    for module in _MODULES:
        for name, obj in vars(module).items():
            if getattr(obj, "__module__", None) != module.__name__:
                continue  # imported from elsewhere
            if hasattr(obj, "cache_clear") and name not in _SETUP_CACHES:
                out.append(obj.cache_clear)
    return out


def clear_text_caches(clears: list[Callable[[], None]]) -> None:
    """Empty the caches that :func:`text_caches` found."""
    for clear in clears:
        clear()


def pin_to_one_core() -> str:
    """Run on a single core where the platform allows it; return a note for the report."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    cores = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cores[0]})
    return f"pinned to core {cores[0]}"


# -- distinct articles ---------------------------------------------------------------------
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
_PROTECTED = (
    toolkit.text.speakers.TITLES
    | toolkit.text.speakers.NON_PERSON
    | toolkit.text.speakers.NON_PERSON_WORDS
    | frozenset(_WEEKDAYS)
    | frozenset(_MONTHS)
    | frozenset("United South North New West East Air Force".split())
)
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}(?![\w-])")
_MID_SENTENCE = re.compile(r"(?:[a-z,]|[a-z]’s|[a-z]'s) $")
_FIRST_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})(?![\w-])")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
_DAY_OF_MONTH = re.compile(
    r"\b((?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s)"
    r"(\d{1,2})\b"
)
_AMOUNT = re.compile(
    r"(?<![\w.])\d{1,3}(?:\.\d+)?(?=\s*(?:%|percent|points|billion|million|trillion|basis))"
)
_SYNONYMS = (
    ("economists", "analysts"),
    ("reporters", "journalists"),
    ("sharply", "steeply"),
    ("significant", "substantial"),
    ("countries", "nations"),
    ("quickly", "swiftly"),
    ("big", "large"),
    ("concerns", "worries"),
)
_SYLLABLES = (
    "ka ro li ne ma ta vi so de an el mor tes sa ki ru no be la qui ven dor fi ha lu gre pa "
    "zo mi wen tor sel bra du"
).split()


def _paragraphs(text: str) -> list[str]:
    return [p for p in (line.strip() for line in text.split("\n")) if p]


def _blocks(paragraphs: list[str]) -> list[list[str]]:
    """Paragraphs with the quote paragraphs that continue them (they stay together)."""
    blocks: list[list[str]] = []
    for p in paragraphs:
        if blocks and p[:1] in '“"':
            blocks[-1].append(p)
        else:
            blocks.append([p])
    return blocks


def _made_up_name(rng: random.Random, taken: set[str], length: int) -> str:
    while True:
        word = ""
        while len(word) < max(3, length - 1):
            word += rng.choice(_SYLLABLES)
        word = word[:1].upper() + word[1:]
        if word not in taken and word not in _PROTECTED:
            taken.add(word)
            return word


def _rename(text: str, rng: random.Random) -> str:
    """Replace the capitalised words that look like names, the same way throughout."""
    lower = set(_LOWER_WORD.findall(text))
    names = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        if word in _PROTECTED or word.lower() in lower:
            continue
        if _MID_SENTENCE.search(text, max(0, m.start() - 4), m.start()):
            names.add(word)
    for m in _FIRST_NAME.finditer(text):  # "Karoline Leavitt" at a paragraph start
        if m.group(2) in names and m.group(1) not in _PROTECTED:
            names.add(m.group(1))
    taken: set[str] = set()
    mapping = {w: _made_up_name(rng, taken, len(w)) for w in sorted(names)}
    return _CAPITALISED.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


def _vary(text: str, rng: random.Random) -> str:
    text = _rename(text, rng)
    shift = rng.randrange(1, 7)
    text = _WEEKDAY.sub(lambda m: _WEEKDAYS[(_WEEKDAYS.index(m.group(0)) + shift) % 7], text)
    text = _DAY_OF_MONTH.sub(lambda m: m.group(1) + str(rng.randint(1, 28)), text)
    text = _AMOUNT.sub(
        lambda m: f"{rng.uniform(0.5, 60):.1f}" if "." in m.group(0) else str(rng.randint(2, 95)),
        text,
    )
    for a, b in _SYNONYMS:
        if rng.random() < 0.5:
            text = re.sub(rf"\b{a}\b", b, text)
    return text


def distinct_articles(n: int, seed: int = 20250409) -> list[tuple[str, str, object]]:
    """``n`` different seed-sized texts: ``(label, text, published)`` (see the docstring)."""
    seed_article = load_article(SEED)
    target = len(seed_article.text)
    sources = [seed_article] + [
        load_article(p) for d in SOURCE_DIRS for p in sorted((ROOT / d).glob("*.txt"))
    ]
    rng = random.Random(seed)
    out: list[tuple[str, str, object]] = []
    seen: set[str] = set()
    i = 0
    while len(out) < n:
        primary = sources[0] if i % 3 == 0 else sources[1 + (i // 3 + i) % (len(sources) - 1)]
        i += 1
        blocks = _blocks(_paragraphs(primary.text))
        head, rest = blocks[:1], blocks[1:]
        for _ in range(3):  # a light reordering
            if len(rest) > 1:
                a, b = rng.sample(range(len(rest)), 2)
                rest[a], rest[b] = rest[b], rest[a]
        blocks = head + rest
        while sum(len(p) + 1 for b in blocks for p in b) < 0.95 * target:
            other = rng.choice([s for s in sources if s is not primary])
            extra = _blocks(_paragraphs(other.text))
            start = rng.randrange(1, max(2, len(extra)))
            blocks += extra[start:] + extra[1:start]
        while len(blocks) > 2 and sum(len(p) + 1 for b in blocks for p in b) > 1.05 * target:
            blocks.pop()
        text = _vary("\n".join(p for b in blocks for p in b), rng)
        if text in seen:
            continue
        seen.add(text)
        out.append((f"{primary.article_id}#{i}", text, primary.published))
    return out


# -- timing --------------------------------------------------------------------------------
def time_passes(
    articles: list[tuple[str, str, object]], repeats: int, *, cold: bool
) -> list[float]:
    """Articles per second of each of ``repeats`` passes over ``articles``."""
    clears = text_caches()
    rates = []
    for _ in range(repeats):
        clear_text_caches(clears)
        elapsed = 0.0
        for _label, text, published in articles:
            if cold:
                clear_text_caches(clears)
            start = time.perf_counter()
            extract_statements(text, published=published)
            elapsed += time.perf_counter() - start
        rates.append(len(articles) / elapsed)
    return rates


def worker() -> None:
    """Serve timed passes: read the articles (JSON lines of ``[label, text, published]``) up to
    a blank line, warm up, say "ready" and where the toolkit it imported lives, then answer
    each line read with one pass's ``[wall, cpu]`` rates."""
    articles = []
    for line in sys.stdin:
        if not line.strip():
            break
        articles.append(tuple(json.loads(line)))
    for _label, text, published in articles:
        extract_statements(text, published=published)
    clears = text_caches()
    print("ready", Path(toolkit.text.__file__).resolve().parents[2], flush=True)
    for _line in sys.stdin:
        clear_text_caches(clears)
        wall = cpu = 0.0
        for _label, text, published in articles:
            start, start_cpu = time.perf_counter(), time.process_time()
            extract_statements(text, published=published)
            wall += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
        print(json.dumps([len(articles) / wall, len(articles) / cpu]), flush=True)


def side_by_side(articles: list[tuple[str, str, object]], other: Path, repeats: int) -> None:
    """Rates of this checkout and of ``other`` on ``articles``, passes taken in turn."""
    lines = "".join(json.dumps([label, text, str(pub)]) + "\n" for label, text, pub in articles)
    trees = {"this": ROOT, "other": other.resolve()}
    workers = {}
    for name, tree in trees.items():
        env = dict(os.environ, PYTHONPATH=str(tree))
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker"],
            env=env,
            cwd=tree,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(lines + "\n")
        proc.stdin.flush()
        ready = proc.stdout.readline().split(maxsplit=1)
        if ready[:1] != ["ready"]:
            raise RuntimeError(f"the worker for {tree} did not start")
        trees[name] = Path(ready[1].strip())  # the checkout whose toolkit it imported
        workers[name] = proc
    rates: dict[str, list[list[float]]] = {name: [] for name in trees}
    for k in range(repeats):
        for name in ("this", "other") if k % 2 == 0 else ("other", "this"):
            proc = workers[name]
            proc.stdin.write("pass\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
            rates[name].append(json.loads(proc.stdout.readline()))  # type: ignore[union-attr]
    for proc in workers.values():
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait()
    print(f"{trees['this']} against {trees['other']}, {repeats} passes each, in turn")
    print(f"{'articles/s':14s} {'this':>14s} {'other':>14s} {'ratio':>13s}")
    print(f"{'':14s}" + f" {'best':>6s} {'median':>7s}" * 2 + f" {'best':>6s} {'median':>6s}")
    for j, clock in enumerate(("wall-clock", "CPU time")):
        this = [r[j] for r in rates["this"]]
        that = [r[j] for r in rates["other"]]
        a, b = (max(this), statistics.median(this)), (max(that), statistics.median(that))
        print(
            f"{clock:14s} {a[0]:6.1f} {a[1]:7.1f} {b[0]:6.1f} {b[1]:7.1f} "
            f"{a[0] / b[0]:6.2f} {a[1] / b[1]:6.2f}"
        )


def best_rate(func: Callable[[], object], seconds: float, repeats: int) -> float:
    """Calls per second: the best of ``repeats`` runs of about ``seconds / repeats`` each."""
    func()  # warm up
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=240, help="distinct articles per pass")
    parser.add_argument("--repeats", type=int, default=7, help="timed passes (best and median)")
    parser.add_argument(
        "--per-file-seconds", type=float, default=1.0, help="budget per file (0: skip)"
    )
    parser.add_argument(
        "--against", type=Path, help="root of another checkout to compare with, side by side"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return
    print(pin_to_one_core())
    articles = distinct_articles(args.articles)
    if args.against is not None:
        side_by_side(articles, args.against, args.repeats)
        return
    sizes = [len(text) for _l, text, _p in articles]
    print(
        f"{len(articles)} distinct articles, {min(sizes)}-{max(sizes)} chars "
        f"(seed: {len(load_article(SEED).text)})"
    )
    for _label, text, published in articles:  # warm up: imports, lexicon, compiled patterns
        extract_statements(text, published=published)
    print(f"{'distinct articles':32s} {'best/s':>8s} {'median/s':>9s} {'vs 200/s':>9s}")
    for name, cold in (("one pass, caches cleared", False), ("cold: cleared every article", True)):
        rates = time_passes(articles, args.repeats, cold=cold)
        best, median = max(rates), statistics.median(rates)
        print(f"{name:32s} {best:8.1f} {median:9.1f} {best / TARGET:8.2f}x")
    if args.per_file_seconds <= 0:
        return
    paths = [SEED, *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    print(f"{'same text repeated':32s} {'chars':>6s} {'articles/s':>11s} {'timex/s':>9s}")
    for path in paths:
        art = load_article(path)
        per_sec = best_rate(
            functools.partial(extract_statements, art.text, published=art.published),
            args.per_file_seconds,
            5,
        )
        timex = best_rate(
            functools.partial(find_timexes, art.text, art.published),
            args.per_file_seconds / 2,
            5,
        )
        print(f"{path.stem:32s} {len(art.text):6d} {per_sec:11.1f} {timex:9.1f}")


if __name__ == "__main__":
    main()
