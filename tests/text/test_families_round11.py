"""Error families from the eleventh blind round's misses, each fixed by a general rule and
tested here on made-up sentences of the same shape (never a round's own text)."""

from __future__ import annotations

import pandas as pd

from toolkit.text.statements import extract_statements
from toolkit.text.timex import resolve_dates

PUB = "2025-10-23"  # a Thursday


def rows(text: str, published: str = PUB) -> pd.DataFrame:
    return extract_statements(text, published=published).to_frame()


def containing(frame: pd.DataFrame, words: str) -> pd.Series:
    hits = frame[frame["text"].str.contains(words, regex=False)]
    assert len(hits) == 1, frame[["kind", "speaker", "text"]]
    return hits.iloc[0]


# -- month abbreviations without a full stop before a day, as Asian and British outlets write
def test_a_month_abbreviation_without_its_full_stop_before_a_day_is_a_date():
    found = resolve_dates(
        "The rule takes effect on Jul 8; comments close Sept 1.", published="2025-06-10"
    )
    assert found["value"].tolist() == ["2025-07-08", "2025-09-01"]
    found = resolve_dates("The plan was filed on 8 Jul 2025.", published=PUB)
    assert found["value"].tolist() == ["2025-07-08"]


def test_an_abbreviation_without_a_day_is_no_date():
    assert resolve_dates("Jan Novak said the talks went well in Jan.", published=PUB).empty


# -- acts on a compromise, a version, a proposal; "passed it" after a bill named before -------
def test_a_chamber_that_approved_a_compromise_acted():
    f = rows("The Senate approved the same compromise earlier this week, 27-13.")
    row = f.iloc[0]
    assert (row["kind"], row["speaker"]) == ("action", "Senate")


def test_passed_it_after_a_bill_named_earlier_in_the_sentence_is_an_act():
    f = rows(
        "A bill that would cap how fast local property taxes can grow is headed to the "
        "governor's desk after the Ohio House passed it late Wednesday night."
    )
    row = f.iloc[0]
    assert row["kind"] == "action" and "House" in row["speaker"]
    assert row["date"] == pd.Timestamp("2025-10-22")


def test_passed_it_with_no_policy_object_anywhere_is_no_act():
    assert rows("The runner saw the bus and passed it on Wednesday.").empty
