"""Helpers shared by the error-family tests (tests/text/test_families_round*.py)."""

from __future__ import annotations

import pandas as pd


def containing(frame: pd.DataFrame, words: str) -> pd.Series:
    """The one extracted row whose text holds ``words`` (the failure shows all the rows)."""
    hits = frame[frame["text"].str.contains(words, regex=False)]
    assert len(hits) == 1, frame[["kind", "speaker", "text"]]
    return hits.iloc[0]
