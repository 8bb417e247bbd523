"""Scoring an extraction against a hand annotation.

The annotation format is that of ``tests/data/seed_statements.yaml``: a mapping with
``statements``, each with an ``anchor`` (a substring of the article inside the statement),
``speaker`` (and ``speaker_also``), ``kind``, ``date``, ``date_end``, ``precision``,
``date_source``, ``time_of_day``, ``stance`` and ``optional``.

Matching: a predicted row can match a gold statement when its ``[start, end)`` contains the
anchor's first character, or at least overlaps the anchor. Rows and gold statements are
paired one to one so that as many required (non-optional) statements as possible are matched,
containment preferred over overlap (an assignment problem solved exactly with
``scipy.optimize.linear_sum_assignment``).

Scores (``Evaluation.scores``; ``Evaluation.summary()`` shows them):

* ``recall``: matched required statements / required statements; optional statements that
  are missed are not counted as misses;
* ``precision``: predicted rows matched to any gold statement (optional ones included) /
  predicted rows;
* ``speaker_accuracy``: surname match (last word, case-insensitive) with ``speaker`` or any
  of ``speaker_also``; a null gold speaker needs a null prediction;
* ``date_accuracy`` (``date`` equal, and ``date_end`` equal when the gold gives one),
  ``precision_accuracy``, ``time_of_day_accuracy`` (a missing gold ``time_of_day`` means
  none), ``date_source_accuracy``, ``kind_accuracy`` and ``stance_accuracy``, each over the
  matched required statements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml
from scipy.optimize import linear_sum_assignment

from toolkit._display import Displayable, Summary, SummaryTable, plural
from toolkit._format import fmt_share
from toolkit.errors import InputError
from toolkit.text.statements import StatementSet
from toolkit.text.topics import general_stance

__all__ = ["Evaluation", "evaluate_statements", "load_gold"]

_GENERAL_STANCE_NAMES = frozenset({"escalation", "deescalation", "opposition", "neutral"})
_FIELDS = ("speaker", "date", "precision", "time_of_day", "date_source", "kind", "stance")


@dataclass(frozen=True, repr=False)
class Evaluation(Displayable):
    """Result of :func:`evaluate_statements`.

    Attributes
    ----------
    scores
        Scores and counts (see the module docstring), by name.
    details
        One row per gold statement: what matched and what was wrong.
    unmatched
        The predicted rows that match no gold statement.
    """

    scores: dict[str, Any]
    details: pd.DataFrame = field(repr=False)
    unmatched: pd.DataFrame = field(repr=False)

    def summary_frame(self) -> pd.DataFrame:
        """The scores as a two-column frame (metric, value)."""
        return pd.DataFrame({"metric": list(self.scores), "value": list(self.scores.values())})

    def summary(self) -> Summary:
        """The scores, the gold statements with a problem and the unmatched predictions.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()``; ``repr()`` shows its first lines.
        """
        s = self.scores
        title = (
            f"Evaluation: {s['n_matched']} of {s['n_required']} required statements found, "
            f"{plural(s['n_predicted'], 'statement')} predicted"
        )
        header: list[tuple[str, Any]] = [
            (
                "recall / precision / F1",
                " / ".join(fmt_share(s[k]) for k in ("recall", "precision", "f1")),
            )
        ]
        header += [
            (f"{name.replace('_', ' ')} accuracy", fmt_share(s[f"{name}_accuracy"]))
            for name in _FIELDS
        ]
        details = self.details
        wrong = details[details["problems"] != ""] if len(details) else details
        cols = [c for c in ("gold_id", "statement_id", "problems", "anchor") if c in wrong]
        extra = self.unmatched
        shown = [c for c in ("statement_id", "speaker", "kind", "text") if c in extra]
        return Summary(
            title,
            header,
            [
                SummaryTable(wrong[cols], caption="Gold statements with a problem"),
                SummaryTable(
                    extra[shown], caption="Predicted statements that match no gold statement"
                ),
            ],
        )


def load_gold(gold: str | Path | Mapping[str, Any]) -> dict[str, Any]:
    """Read a gold annotation (YAML path or parsed mapping) and check its shape."""
    if isinstance(gold, str | Path):
        try:
            data = yaml.safe_load(Path(gold).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise InputError(f"Parameter `gold`: cannot read annotation {gold}: {exc}") from exc
    elif isinstance(gold, Mapping):
        data = dict(gold)
    else:
        raise InputError(
            f"Parameter `gold` takes a YAML path or a mapping, got {type(gold).__name__}."
        )
    if not isinstance(data, Mapping) or not isinstance(data.get("statements"), list):
        raise InputError("Parameter `gold`: expected a mapping with a list under `statements`.")
    for i, entry in enumerate(data["statements"]):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("anchor"), str):
            raise InputError(f"Parameter `gold`: statement {i} needs a string `anchor`.")
        if not entry["anchor"]:
            raise InputError(
                f"Parameter `gold`: statement {entry.get('id', i)!r} has an empty `anchor`."
            )
        for key in ("date", "date_end"):
            _gold_date(entry.get(key), key, entry.get("id", i))
    return dict(data)


def _gold_date(value: Any, key: str, which: Any) -> dt.date | None:
    """A gold ``date``/``date_end``: None, a date, or an ISO ``YYYY-MM-DD`` string; else an error."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(
        f"Parameter `gold`: statement {which!r} has `{key}` = {value!r}; expected a date "
        "YYYY-MM-DD or null."
    )


def _as_date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    return None if pd.isna(ts) else ts.date()


def _none(value: Any) -> Any:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return value


def _surname(name: Any) -> str | None:
    name = _none(name)
    if name is None:
        return None
    words = str(name).replace("’", "'").split()
    return words[-1].lower().strip(".,'") if words else None


def _speaker_ok(pred: Any, entry: Mapping[str, Any]) -> bool:
    gold = entry.get("speaker")
    if gold is None:
        return _none(pred) is None
    accepted = {_surname(gold)} | {_surname(s) for s in entry.get("speaker_also") or []}
    return _surname(pred) in accepted


def evaluate_statements(
    statements: StatementSet | pd.DataFrame,
    gold: str | Path | Mapping[str, Any],
    *,
    text: str | None = None,
) -> Evaluation:
    """Score extracted statements against a hand annotation.

    Parameters
    ----------
    statements
        A :class:`~toolkit.text.statements.StatementSet`, or its frame (then pass ``text``).
    gold
        Path to a YAML annotation or the parsed mapping (format of
        ``tests/data/seed_statements.yaml``).
    text
        The article text; taken from ``statements`` when it is a StatementSet.

    Returns
    -------
    Evaluation

    Raises
    ------
    InputError
        If the annotation is malformed, the text is missing, or an anchor is not in the text.
    """
    data = load_gold(gold)
    if isinstance(statements, StatementSet):
        frame = statements.to_frame()
        text = statements.text if text is None else text
    elif isinstance(statements, pd.DataFrame):
        frame = statements.reset_index(drop=True)
        missing = {"start", "end", "speaker", "date", "precision"} - set(frame.columns)
        if missing:
            raise InputError(f"Parameter `statements` lacks columns {sorted(missing)}.")
    else:
        raise InputError(
            f"Parameter `statements` takes a StatementSet or DataFrame, got {type(statements).__name__}."
        )
    if not isinstance(text, str):
        raise InputError(
            "Parameter `text`: the article text is needed when `statements` is a DataFrame."
        )
    entries = data["statements"]
    anchors: list[tuple[int, int]] = []
    for i, entry in enumerate(entries):
        pos = text.find(entry["anchor"])
        if pos < 0:
            raise InputError(
                f"Parameter `gold`: anchor of statement {entry.get('id', i)!r} is not in the text."
            )
        if text.find(entry["anchor"], pos + 1) >= 0:
            count = max(2, text.count(entry["anchor"]))
            raise InputError(
                f"Parameter `gold`: anchor of statement {entry.get('id', i)!r} "
                f"({entry['anchor']!r}) occurs {count} times in the text; lengthen it so it "
                "points at one place."
            )
        anchors.append((pos, pos + len(entry["anchor"])))
    starts = frame["start"].to_numpy(dtype=np.int64) if len(frame) else np.zeros(0, dtype=np.int64)
    ends = frame["end"].to_numpy(dtype=np.int64) if len(frame) else np.zeros(0, dtype=np.int64)
    weight = np.zeros((len(entries), len(frame)))
    for i, (a, b) in enumerate(anchors):
        contains = (starts <= a) & (a < ends)
        overlaps = (starts < b) & (a < ends)
        base = 10.0 if entries[i].get("optional") else 1000.0
        weight[i] = np.where(contains, base + 2, np.where(overlaps, base + 1, 0.0))
    pairs: dict[int, int] = {}
    if weight.size:
        rows, cols = linear_sum_assignment(-weight)
        pairs = {int(r): int(c) for r, c in zip(rows, cols) if weight[r, c] > 0}
    records = []
    for i, entry in enumerate(entries):
        j = pairs.get(i)
        row = frame.iloc[j] if j is not None else None
        rec: dict[str, Any] = {
            "gold_id": entry.get("id", f"g{i + 1:02d}"),
            "anchor": entry["anchor"],
            "optional": bool(entry.get("optional", False)),
            "matched": row is not None,
            "statement_id": None if row is None else row.get("statement_id"),
        }
        problems = [] if row is not None else ["missed"]
        gold_date, gold_end = _as_date(entry.get("date")), _as_date(entry.get("date_end"))
        for name in _FIELDS:
            gold_value = entry.get(name)
            pred_value = None if row is None else _none(row.get(name))
            if name == "speaker":
                ok = row is not None and _speaker_ok(pred_value, entry)
            elif name == "date":
                gold_value, pred_value = (
                    gold_date,
                    None if row is None else _as_date(row.get("date")),
                )
                ok = row is not None and pred_value == gold_date
                if ok and gold_end is not None and row is not None:
                    ok = _as_date(row.get("date_end")) == gold_end
            elif name in ("date_source", "kind", "stance") and (
                row is None or name not in frame.columns
            ):
                ok = False
            elif name == "stance" and gold_value in _GENERAL_STANCE_NAMES:
                # a topic's stance (hawkish, easing, ...) against gold in the general names
                ok = row is not None and general_stance(pred_value) == gold_value
            else:
                ok = row is not None and pred_value == gold_value
            rec[f"{name}_gold"] = gold_value
            rec[f"{name}_pred"] = pred_value
            rec[f"{name}_ok"] = ok
            if row is not None and not ok:
                problems.append(name)
        rec["problems"] = ", ".join(problems)
        records.append(rec)
    details = pd.DataFrame(records)
    required = details[~details["optional"]] if len(details) else details
    matched = required[required["matched"]] if len(required) else required
    n_required = len(required)
    n_pred = len(frame)
    n_rows_matched = len(pairs)

    def acc(field: str) -> float:
        return float(matched[f"{field}_ok"].mean()) if len(matched) else float("nan")

    recall = len(matched) / n_required if n_required else float("nan")
    precision = n_rows_matched / n_pred if n_pred else float("nan")
    f1 = (
        2 * precision * recall / (precision + recall)
        if n_pred and n_required and (precision + recall) > 0
        else float("nan")
    )
    summary: dict[str, Any] = {
        "n_gold": len(entries),
        "n_required": n_required,
        "n_predicted": n_pred,
        "n_matched": len(matched),
        "recall": recall,
        "precision": precision,
        "f1": f1,
        "speaker_accuracy": acc("speaker"),
        "date_accuracy": acc("date"),
        "precision_accuracy": acc("precision"),
        "time_of_day_accuracy": acc("time_of_day"),
        "date_source_accuracy": acc("date_source"),
        "kind_accuracy": acc("kind"),
        "stance_accuracy": acc("stance"),
    }
    used = set(pairs.values())
    unmatched = frame.iloc[[j for j in range(n_pred) if j not in used]].reset_index(drop=True)
    return Evaluation(scores=summary, details=details, unmatched=unmatched)
