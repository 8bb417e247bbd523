"""Families of speaker errors on the names of bodies, found across the blind rounds' remaining
misses and fixed by general rules; tested here on made-up sentences of the same shape."""

from __future__ import annotations

import pandas as pd
from family_helpers import containing

from toolkit.text.statements import extract_statements

PUB = "2026-03-11"  # a Wednesday


def rows(text: str, published: str = PUB) -> pd.DataFrame:
    return extract_statements(text, published=published).to_frame()


# -- a body whose name holds a list of portfolios: its commas set off no apposition -----------
def test_a_ministry_named_by_a_list_of_portfolios_is_one_speaker():
    f = rows(
        "Japan's Ministry of Economy, Trade and Industry said on Monday that it would tighten "
        "export controls on chip equipment."
    )
    row = containing(f, "would tighten")
    assert row["speaker"] == "Japan's Ministry of Economy, Trade and Industry"
    assert row["date"] == pd.Timestamp("2026-03-09")


def test_a_list_of_portfolios_after_the_article_and_with_the():
    f = rows(
        "Separately, the Department of Agriculture, Water and the Environment said in a "
        "statement on Tuesday that the ban would stay."
    )
    assert containing(f, "the ban would stay")["speaker"] == (
        "Department of Agriculture, Water and the Environment"
    )


def test_a_committee_named_by_a_list_of_portfolios_acts():
    f = rows(
        "The city's Finance, Audit and Public Safety Committee voted 5-2 on Wednesday to "
        "approve the levy."
    )
    assert containing(f, "voted 5-2")["speaker"] == "Finance, Audit and Public Safety Committee"


def test_a_list_of_people_before_a_cue_stays_a_list_of_people():
    # no body's head noun: the commas separate speakers, the last one's cue is read as before
    f = rows("Sen. Ann Lo, Rep. Bo Diaz and Gov. Cy Park said on Tuesday that the bill was dead.")
    assert containing(f, "the bill was dead")["speaker"] == "Ann Lo"
    f = rows(
        "The Departments of State, Treasury and Commerce said on Monday that sanctions would "
        "follow."
    )
    assert containing(f, "sanctions would")["speaker"] == "Departments of State, Treasury and Commerce"


# -- "China's commerce ministry" is not the other country's ministry named before ------------
def test_another_countrys_ministry_is_not_the_one_named_before():
    f = rows(
        "South Korea's Ministry of Trade, Industry and Energy said on Monday that it would "
        "seek talks. China's commerce ministry said Tuesday that it firmly opposes the U.S. "
        "measures. The ministry added that it would respond in kind."
    )
    assert containing(f, "firmly opposes")["speaker"] == "China's commerce ministry"
    assert containing(f, "respond in kind")["speaker"] == "China's commerce ministry"


def test_the_same_countrys_ministry_is_the_one_named_before():
    f = rows(
        "Japan's Ministry of Finance said on Monday it was watching the yen closely. Japan's "
        "finance ministry said on Tuesday it stood ready to act."
    )
    assert containing(f, "stood ready")["speaker"] == "Japan's Ministry of Finance"
