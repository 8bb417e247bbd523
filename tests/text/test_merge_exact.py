"""The merging of duplicates gives what comparing every row with every row kept before it gives.

The reference below is written here, row by row, from the rule in the docstring of
:mod:`toolkit.text.corpus`: a row joins the first row kept before it (in order) of another
article with the same speaker's surname and date (or both undated and of the same kind) whose
normalised wording is equal or has a :class:`difflib.SequenceMatcher` ratio of at least the
threshold. It compares every pair with ``SequenceMatcher.ratio()`` itself, with no shortcut.
"""

from __future__ import annotations

import difflib
import random
import re

import numpy as np
import pandas as pd
import pytest

from toolkit.text.corpus import _ratio_reaches, merge_duplicates


def _norm(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(re.sub(r"[^\w\s]+", " ", value.lower()).split())


def _reference(frame: pd.DataFrame, similarity: float) -> tuple[list[int], list[list[int]]]:
    """Which rows are kept, and the rows merged into each, by comparing every pair."""
    kept: list[int] = []
    groups: list[list[int]] = []
    rows = frame.to_dict("records")
    for i, row in enumerate(rows):
        words = (row["speaker"] or "").split() if isinstance(row["speaker"], str) else []
        surname = words[-1].lower() if words else ""
        dated = not pd.isna(row["date"])
        wording = _norm(row["quote"]) or _norm(row["text"])
        into = None
        for slot, k in enumerate(kept):
            other = rows[k]
            other_words = other["speaker"].split() if isinstance(other["speaker"], str) else []
            if (other_words[-1].lower() if other_words else "") != surname:
                continue
            if dated != (not pd.isna(other["date"])):
                continue
            if dated and pd.Timestamp(row["date"]) != pd.Timestamp(other["date"]):
                continue
            if not dated and row["kind"] != other["kind"]:
                continue
            if other["article_id"] == row["article_id"]:
                continue
            other_wording = _norm(other["quote"]) or _norm(other["text"])
            ratio = difflib.SequenceMatcher(None, wording, other_wording, autojunk=False).ratio()
            if wording == other_wording or ratio >= similarity:
                into = slot
                break
        if into is None:
            kept.append(i)
            groups.append([i])
        else:
            groups[into].append(i)
    return kept, groups


_WORDS = "tariffs rates will stay higher the bank said we are cutting no deal talks".split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 14)))


def _corpus(seed: int, n: int = 400) -> pd.DataFrame:
    """Rows that repeat, vary by a word or a number, share speakers and dates, or have none."""
    rng = random.Random(seed)
    bases = [_sentence(rng) for _ in range(25)]
    rows = []
    for i in range(n):
        wording = rng.choice(bases)
        if rng.random() < 0.5:  # a variant: a word changed, a number added, punctuation
            words = wording.split()
            words[rng.randrange(len(words))] = rng.choice(_WORDS + [str(rng.randint(1, 99))])
            wording = " ".join(words) + rng.choice(["", ".", "!", ", he said"])
        quoted = rng.random() < 0.6
        date = rng.choice([pd.Timestamp("2025-04-08"), pd.Timestamp("2025-04-09"), pd.NaT])
        rows.append(
            {
                "article_id": f"a{rng.randint(0, n // 6)}",
                "source": rng.choice(["X", "Y", "Z"]),
                "speaker": rng.choice(["Jo Smith", "Ann Smith", "Bo Diaz", None, ""]),
                "kind": rng.choice(["quote", "paraphrase"]),
                "text": wording.capitalize() if not quoted else f"“{wording},” she said.",
                "quote": wording if quoted else None,
                "date": date,
                "row": i,
            }
        )
    return pd.DataFrame(rows)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("similarity", [0.85, 0.6, 1.0])
def test_merge_equals_every_pair_compared(seed, similarity):
    frame = _corpus(seed)
    kept, groups = _reference(frame, similarity)
    out = merge_duplicates(frame, similarity=similarity)
    assert out["row"].tolist() == kept
    assert 0 < len(out) < len(frame)  # the corpus has merges and rows left alone
    expected_ids = [
        "; ".join(dict.fromkeys(frame["article_id"][j] for j in group)) for group in groups
    ]
    assert out["article_ids"].tolist() == expected_ids
    assert out["sources"].tolist() == [
        "; ".join(dict.fromkeys(frame["source"][j] for j in group)) for group in groups
    ]
    assert out["n_sources"].tolist() == [len(ids.split("; ")) for ids in expected_ids]


def test_merge_with_dates_as_strings_and_objects():
    frame = _corpus(4, 150)
    as_strings = frame.assign(
        date=[None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in frame["date"]]
    )
    assert not pd.api.types.is_datetime64_any_dtype(as_strings["date"])  # the slower path
    kept, _groups = _reference(frame, 0.85)
    assert merge_duplicates(as_strings)["row"].tolist() == kept
    assert merge_duplicates(frame)["row"].tolist() == kept


def test_merge_of_no_rows_keeps_the_columns():
    frame = _corpus(5, 10).iloc[:0]
    out = merge_duplicates(frame)
    assert len(out) == 0
    assert list(out.columns) == [*frame.columns, "article_ids", "sources", "n_sources"]


def test_early_decision_equals_the_ratio():
    """``_ratio_reaches`` stops early; its answer is ``SequenceMatcher.ratio() >= s``."""
    rng = random.Random(7)
    letters = "abcde "
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(1, 60)))
        b = list(a)
        for _ in range(rng.randint(0, 12)):  # edits, so that ratios spread around thresholds
            pos = rng.randrange(len(b) + 1)
            if rng.random() < 0.5 and b:
                del b[min(pos, len(b) - 1)]
            else:
                b.insert(pos, rng.choice(letters))
        other = "".join(b) or "x"
        for s in (0.5, 0.85, 0.9, 1.0, float(np.nextafter(0.85, 1))):
            matcher = difflib.SequenceMatcher(None, "", other, autojunk=False)
            matcher.set_seq1(a)
            expected = difflib.SequenceMatcher(None, a, other, autojunk=False).ratio() >= s
            assert _ratio_reaches(matcher, len(a), len(other), s) is expected, (a, other, s)
