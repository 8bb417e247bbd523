"""Floor scores of statement extraction on the blind articles (tests/data/blind).

The six blind articles (2018-2025; wire, newspaper, TV transcript and live-blog styles) were
written and annotated by a colleague who never saw the extractor's code. Their first scores
were recall 0.73, speaker 0.91, date 0.78, precision-field 0.82 and time of day 0.97 (pooled).
The floors below sit at or a little under what the extractor now reaches, so that a
regression on text written without knowledge of the rules shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.articles import load_article
from toolkit.evaluation import evaluate_statements
from toolkit.statements import extract_statements

BLIND = Path(__file__).resolve().parent / "data" / "blind"
ARTICLES = sorted(p.with_suffix("").with_suffix("") for p in BLIND.glob("*.gold.yaml"))

# per article: recall, speaker, date, precision field (precision of rows >= 0.95 everywhere,
# time of day >= 0.95 everywhere)
FLOORS = {
    "b1": (0.95, 0.95, 0.95, 0.95),
    "b2": (0.90, 0.95, 0.85, 0.85),
    "b3": (0.90, 0.95, 0.90, 0.90),
    "b4": (0.90, 0.95, 0.85, 0.90),
    "b5": (0.85, 0.90, 0.95, 0.95),
    "b6": (0.75, 0.95, 0.90, 0.90),
}


def _evaluate(stem: Path):
    art = load_article(stem.with_suffix(".txt"))
    statements = extract_statements(art.text, published=art.published)
    return evaluate_statements(statements, stem.with_suffix(".gold.yaml"))


def test_the_blind_set_is_complete():
    assert [stem.name[:2] for stem in ARTICLES] == sorted(FLOORS)
    for stem in ARTICLES:
        assert stem.with_suffix(".txt").exists() and stem.with_suffix(".meta.yaml").exists()


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:2])
def test_each_blind_article_stays_above_its_floor(stem):
    result = _evaluate(stem)
    s = result.summary
    problems = result.details[result.details["problems"] != ""]
    recall, speaker, date, precision_field = FLOORS[stem.name[:2]]
    assert s["recall"] >= recall, problems
    assert s["precision"] >= 0.95, result.unmatched[["speaker", "text"]]
    assert s["speaker_accuracy"] >= speaker, problems
    assert s["date_accuracy"] >= date, problems
    assert s["precision_accuracy"] >= precision_field, problems
    assert s["time_of_day_accuracy"] >= 0.95, problems


def test_pooled_blind_scores():
    matched = required = 0
    ok = dict.fromkeys(("speaker_ok", "date_ok", "precision_ok", "time_of_day_ok"), 0)
    for stem in ARTICLES:
        details = _evaluate(stem).details
        req = details[~details["optional"]]
        hit = req[req["matched"]]
        required += len(req)
        matched += len(hit)
        for column in ok:
            ok[column] += int(hit[column].sum())
    assert matched / required >= 0.88
    assert ok["speaker_ok"] / matched >= 0.98
    assert ok["date_ok"] / matched >= 0.89
    assert ok["precision_ok"] / matched >= 0.90
    assert ok["time_of_day_ok"] / matched >= 0.98
