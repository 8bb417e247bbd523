"""Statement extraction scored on every annotated set in ``tests/data``, pooled and per set.

Run from the repository root::

    .venv/bin/python benchmarks/eval_sets.py                       # all sets, pooled
    .venv/bin/python benchmarks/eval_sets.py --per-set              # and one line a set
    .venv/bin/python benchmarks/eval_sets.py --parser spacy
    .venv/bin/python benchmarks/eval_sets.py --only blind_round58 --rows
    .venv/bin/python benchmarks/eval_sets.py --save before.pkl      # keep every gold row's outcome
    .venv/bin/python benchmarks/eval_sets.py --compare before.pkl   # what changed since

A set is a folder of ``tests/data`` whose articles have a ``.gold.yaml`` beside their text
(``holdout``, ``articles``, ``blind`` and ``blind_round*``). Pooled over the required gold
statements: *recall*, and of those found the share whose speaker, date, date precision and time
of day are right (what the floor tests in ``tests/text/test_blind_round*.py`` check one set at a
time); *unmatched* counts the extracted rows that match no gold statement. ``--rows`` lists the
required statements missed or wrong; ``--compare`` lists, field by field, the gold statements
that were right in a saved run and are wrong now, and the other way round: the measure to take
before and after a rule ("a rule that mends one article and costs the corpus is not a fix").
Articles are scored on ``--jobs`` processes (the machine's cores by default).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.text.articles import load_article  # noqa: E402
from toolkit.text.evaluation import evaluate_statements  # noqa: E402
from toolkit.text.statements import extract_statements  # noqa: E402

DATA = ROOT / "tests" / "data"
FIELDS = ("speaker_ok", "date_ok", "precision_ok", "time_of_day_ok")


def set_folders(only: list[str] | None, skip: list[str] | None) -> list[Path]:
    """The annotated sets of ``tests/data``, in name order (``only`` and ``skip`` by name)."""
    folders = sorted(
        d
        for d in DATA.iterdir()
        if d.is_dir()
        and (d.name.startswith("blind") or d.name in ("holdout", "articles"))
        and any(d.glob("*.gold.yaml"))
    )
    if only:
        folders = [d for d in folders if d.name in only]
    if skip:
        folders = [d for d in folders if d.name not in skip]
    return folders


def score_article(job: tuple[Path, str | None]) -> tuple[str, str, pd.DataFrame, int]:
    """One article's gold rows with their outcome, and how many extracted rows match none."""
    stem, parser = job
    article = load_article(stem.with_suffix(".txt"))
    kwargs = {"parser": parser} if parser else {}
    statements = extract_statements(article.text, published=article.published, **kwargs)
    result = evaluate_statements(statements, stem.with_suffix(".gold.yaml"))
    return stem.parent.name, stem.name, result.details, len(result.unmatched)


def pooled(details: pd.DataFrame, unmatched: int) -> str:
    """The pooled line of a frame of gold rows."""
    required = details[~details["optional"]]
    hit = required[required["matched"]]
    shares = " ".join(f"{f.removesuffix('_ok')} {hit[f].mean():.3f}" for f in FIELDS)
    return (
        f"required {len(required)}  recall {len(hit) / len(required):.3f}  {shares}  "
        f"unmatched rows {unmatched}"
    )


def changes(before: pd.DataFrame, after: pd.DataFrame) -> None:
    """Print, field by field, the required gold rows that went right or wrong."""
    before = before[~before["optional"] & before["article"].isin(set(after["article"]))]
    after = after.reindex(before.index)  # (the articles scored in both runs)
    for field in ("matched", *FIELDS):
        was = before["matched"] & (before[field] if field != "matched" else True)
        now = after["matched"].fillna(False) & (
            after[field].fillna(False) if field != "matched" else True
        )
        gained, lost = before.index[~was & now], before.index[was & ~now]
        print(f"{field}: +{len(gained)} -{len(lost)}")
        for key in lost:
            print(f"   - {key}  {str(before.loc[key, 'anchor'])[:80]}")
        for key in gained:
            print(f"   + {key}  {str(after.loc[key, 'anchor'])[:80]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parser", choices=("rules", "spacy"), default="rules")
    ap.add_argument("--only", nargs="*", help="set folders to score (default: all)")
    ap.add_argument("--skip", nargs="*", help="set folders to leave out")
    ap.add_argument("--per-set", action="store_true", help="one pooled line per set")
    ap.add_argument("--rows", action="store_true", help="list the required rows missed or wrong")
    ap.add_argument("--save", type=Path, help="keep every gold row's outcome in this file")
    ap.add_argument("--compare", type=Path, help="a file --save wrote: what changed since")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    parser = None if args.parser == "rules" else args.parser
    stems = [
        g.with_suffix("").with_suffix("")
        for folder in set_folders(args.only, args.skip)
        for g in sorted(folder.glob("*.gold.yaml"))
    ]
    if not stems:
        sys.exit("no annotated set matches --only / --skip")
    jobs = [(stem, parser) for stem in stems]
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(score_article, jobs, chunksize=4))

    frames, unmatched = [], defaultdict(int)
    for folder, name, details, n_unmatched in results:
        frames.append(details.assign(set=folder, article=name))
        unmatched[folder] += n_unmatched
    details = pd.concat(frames, ignore_index=True)
    details.index = details["set"] + ":" + details["gold_id"].astype(str)

    print(f"{len(stems)} articles in {details['set'].nunique()} sets, parser {args.parser}")
    print(pooled(details, sum(unmatched.values())))
    if args.per_set:
        for folder, rows in details.groupby("set", sort=True):
            print(
                f"  {folder:16} {rows['article'].nunique():3} articles  {pooled(rows, unmatched[folder])}"
            )
    if args.rows:
        required = details[~details["optional"]]
        for key, row in required.iterrows():
            wrong = [f.removesuffix("_ok") for f in FIELDS if row["matched"] and not row[f]]
            if not row["matched"] or wrong:
                what = "missed" if not row["matched"] else ", ".join(wrong)
                print(f"  {key}  [{what}]  {str(row['anchor'])[:90]}")
    if args.compare:
        with args.compare.open("rb") as fh:
            changes(pickle.load(fh), details)
    if args.save:
        with args.save.open("wb") as fh:
            pickle.dump(details, fh)


if __name__ == "__main__":
    main()
