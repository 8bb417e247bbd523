"""Error families found after the twenty-third blind round, each fixed by a general rule and
tested here on made-up sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-04"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "Growth will recover, the bank said": a short clause before a trailing attribution --------
def test_a_short_clause_before_a_trailing_description_is_that_bodys():
    f = rows(
        "SEOUL, March 4 - South Korea raised duties on steel on Wednesday, the finance "
        "ministry said.\n\n"
        "The new duties will hurt exporters, the ministry said.\n\n"
        "Growth will recover, the central bank said on Tuesday.\n\n"
        "Ana Ruiz, the finance minister, said the duties would stay."
    )
    assert containing(f, "hurt exporters")["speaker"] == "ministry"
    recover = containing(f, "Growth will recover")
    assert "bank" in recover["speaker"] and recover["date"] == pd.Timestamp("2026-03-03")
    # a name before its apposition is still the subject
    assert containing(f, "would stay")["speaker"] == "Ana Ruiz"


# -- "Moody's Investors Service": a capitalised group noun inside a longer name -------------------
def test_a_group_noun_inside_a_longer_proper_name_keeps_the_whole_name():
    f = rows(
        "Moody's Investors Service said on Monday it could downgrade the sovereign rating.\n\n"
        "House Democrats said on Tuesday they would oppose the budget."
    )
    assert containing(f, "downgrade")["speaker"] == "Moody's Investors Service"
    assert containing(f, "oppose")["speaker"] == "House Democrats"
