"""Scoring an annotated article set (tests/data/holdout, tests/data/blind) for the floor tests."""

from __future__ import annotations

from pathlib import Path

from toolkit.articles import load_article
from toolkit.evaluation import Evaluation, evaluate_statements
from toolkit.statements import extract_statements

FIELDS = ("speaker_ok", "date_ok", "precision_ok", "time_of_day_ok")


def gold_stems(folder: Path) -> list[Path]:
    """The articles of ``folder`` that have a ``.gold.yaml``, without suffixes, sorted."""
    return sorted(p.with_suffix("").with_suffix("") for p in folder.glob("*.gold.yaml"))


def evaluate_article(stem: Path) -> Evaluation:
    """Extraction from ``stem.txt`` scored against ``stem.gold.yaml``."""
    art = load_article(stem.with_suffix(".txt"))
    statements = extract_statements(art.text, published=art.published)
    return evaluate_statements(statements, stem.with_suffix(".gold.yaml"))


def pooled_scores(stems: list[Path]) -> dict[str, float]:
    """Recall over all required gold rows, and each field's share right among those matched."""
    matched = required = 0
    right = dict.fromkeys(FIELDS, 0)
    for stem in stems:
        details = evaluate_article(stem).details
        req = details[~details["optional"]]
        hit = req[req["matched"]]
        required += len(req)
        matched += len(hit)
        for column in FIELDS:
            right[column] += int(hit[column].sum())
    return {"recall": matched / required, **{c: n / matched for c, n in right.items()}}
