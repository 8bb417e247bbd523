from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.text.evaluation import evaluate_statements
from toolkit.text.statements import extract_statements

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "Ann Lee said Monday that tariffs work. Bo Kim said on Tuesday that talks help. Markets rose."
)
GOLD = {
    "statements": [
        {
            "id": "g1",
            "anchor": "Ann Lee said Monday",
            "speaker": "Ann Lee",
            "kind": "paraphrase",
            "date": "2025-04-07",
            "precision": "day",
            "stance": "escalation",
        },
        {
            "id": "g2",
            "anchor": "talks help",
            "speaker": "Robert Kim",
            "speaker_also": ["Kim"],
            "kind": "paraphrase",
            "date": "2025-04-08",
            "precision": "day",
            "time_of_day": "morning",
        },
        {
            "id": "g3",
            "anchor": "Markets rose",
            "speaker": None,
            "kind": "market",
            "optional": True,
            "date": None,
            "precision": "unknown",
        },
    ]
}


def predicted(rows: list[tuple[int, int, str | None, str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "statement_id": [f"s{i}" for i in range(len(rows))],
            "start": [r[0] for r in rows],
            "end": [r[1] for r in rows],
            "speaker": [r[2] for r in rows],
            "date": pd.to_datetime([r[3] for r in rows]),
            "precision": [r[4] for r in rows],
        }
    )


def test_scores_by_hand():
    a, b = TEXT.index("Bo Kim"), TEXT.index("Markets")
    frame = predicted(
        [
            (0, a, "Ann Lee", "2025-04-07", "day"),  # right
            (a, b, "Bo Kim", "2025-04-09", "day"),  # surname right, date wrong, no time of day
            (b, len(TEXT), None, None, "unknown"),  # matches the optional entry
            (
                0,
                5,
                "Ann Lee",
                None,
                "unknown",
            ),  # a second row on g1: one-to-one leaves it unmatched
        ]
    )
    result = evaluate_statements(frame, GOLD, text=TEXT)
    s = result.scores
    assert (s["n_required"], s["n_predicted"], s["n_matched"]) == (2, 4, 2)
    assert s["recall"] == 1.0
    assert s["precision"] == 3 / 4
    assert s["speaker_accuracy"] == 1.0
    assert s["date_accuracy"] == 0.5
    assert s["precision_accuracy"] == 1.0
    assert s["time_of_day_accuracy"] == 0.5
    d = result.details.set_index("gold_id")
    assert d.loc["g2", "problems"] == "date, time_of_day, date_source, kind, stance"
    assert list(result.unmatched["statement_id"]) == ["s3"]


def test_missed_and_optional_statements():
    frame = predicted([(0, 10, "Ann Lee", "2025-04-07", "day")])
    result = evaluate_statements(frame, GOLD, text=TEXT)
    assert result.scores["recall"] == 0.5  # g3 is optional and not a miss
    assert result.details.set_index("gold_id").loc["g2", "problems"] == "missed"


def test_overlap_counts_when_no_row_contains_the_anchor():
    start = TEXT.index("talks help") + 3
    frame = predicted([(start, start + 4, "Kim", "2025-04-08", "day")])
    result = evaluate_statements(frame, {"statements": GOLD["statements"][1:2]}, text=TEXT)
    assert result.scores["recall"] == 1.0


def test_statement_set_and_errors(tmp_path):
    s = extract_statements(TEXT, published="2025-04-09")
    assert evaluate_statements(s, GOLD).scores["recall"] == 1.0
    with pytest.raises(InputError, match="anchor"):
        evaluate_statements(s, {"statements": [{"anchor": "not in the text"}]})
    with pytest.raises(InputError, match="gold"):
        evaluate_statements(s, {"nothing": []})
    with pytest.raises(InputError, match="text"):
        evaluate_statements(s.to_frame(), GOLD)
    with pytest.raises(InputError, match="gold"):
        evaluate_statements(s, tmp_path / "missing.yaml")


def test_cli_evaluate_and_extract(capsys):
    seed = str(ROOT / "seeds" / "000_fa62c70b439fe6f5.txt")
    gold = str(ROOT / "tests" / "data" / "seed_statements.yaml")
    assert main(["evaluate", seed, gold, "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["summary"]["recall"] == 1.0 and len(payload["details"]) == 28
    assert main(["evaluate", seed, gold]) == 0
    assert "speaker_accuracy" in capsys.readouterr().out
    assert main(["extract", seed, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["article_id"] == "000_fa62c70b439fe6f5" and rows[0]["speaker"] == "Donald Trump"
    assert main(["extract", seed, "--format", "csv", "--published", "2025-04-09"]) == 0
    assert capsys.readouterr().out.startswith("statement_id,speaker,speaker_id,role,kind")
