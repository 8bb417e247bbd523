"""Helpers shared by the error-family tests (tests/text/test_families_*.py)."""

from __future__ import annotations

import pandas as pd

from toolkit.text.statements import extract_statements


def statement_rows(text: str, published: str) -> pd.DataFrame:
    """The frame of :func:`~toolkit.text.statements.extract_statements` on ``text``.

    Each family test module binds its own publication day,
    ``rows = partial(statement_rows, published=PUB)``; a test may still pass another day.
    """
    return extract_statements(text, published=published).to_frame()


def containing(frame: pd.DataFrame, words: str) -> pd.Series:
    """The one extracted row whose text holds ``words`` (the failure shows all the rows)."""
    hits = frame[frame["text"].str.contains(words, regex=False)]
    assert len(hits) == 1, frame[["kind", "speaker", "text"]]
    return hits.iloc[0]
