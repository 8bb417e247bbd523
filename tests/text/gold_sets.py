"""Scoring an annotated article set (tests/data/holdout, tests/data/blind*) for the floor tests."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from toolkit.text.articles import load_article
from toolkit.text.evaluation import Evaluation, evaluate_statements
from toolkit.text.statements import extract_statements

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


class Floors(NamedTuple):
    """The least scores an article must keep (see :func:`assert_above_floors`)."""

    recall: float
    speaker: float
    date: float
    precision_field: float
    time_of_day: float = 0.95
    rows: float = 0.95  # precision of the extracted rows


def assert_files_present(stems: list[Path]) -> None:
    """Every article of a set has its text and its metadata sidecar."""
    for stem in stems:
        assert stem.with_suffix(".txt").exists() and stem.with_suffix(".meta.yaml").exists()


def assert_above_floors(stem: Path, floors: Floors) -> None:
    """The article's scores are at least ``floors`` (the failure shows the rows at fault)."""
    result = evaluate_article(stem)
    s = result.scores
    problems = result.details[result.details["problems"] != ""]
    assert s["recall"] >= floors.recall, problems
    assert s["precision"] >= floors.rows, result.unmatched[["speaker", "text"]]
    assert s["speaker_accuracy"] >= floors.speaker, problems
    assert s["date_accuracy"] >= floors.date, problems
    assert s["precision_accuracy"] >= floors.precision_field, problems
    assert s["time_of_day_accuracy"] >= floors.time_of_day, problems


def assert_pooled_above(stems: list[Path], **floors: float) -> None:
    """Each pooled score named (recall, speaker_ok, ...) is at least its floor."""
    pooled = pooled_scores(stems)
    for name, floor in floors.items():
        assert pooled[name] >= floor, (name, pooled[name])
