"""Error families found in the remaining misses of all blind rounds (pooled, before the
twentieth round was measured), each fixed by a general rule and tested here on made-up
sentences of the same shape (never a round's own text)."""

from __future__ import annotations

import pandas as pd
from family_helpers import containing

from toolkit.text.statements import extract_statements

PUB = "2026-03-12"  # a Thursday

LEAD = (
    "OSLO, March 12 — Norges Bank lowered its key rate by a quarter point to 3.75% on "
    "Thursday, saying inflation had eased faster than expected.\n\n"
    '"Inflation has come down faster than we expected," Governor Ingrid Moe told a news '
    "conference.\n\n"
    "Economist Lars Berg of Fjordline Markets said the cut was well flagged.\n\n"
)


def rows(text: str, published: str = PUB) -> pd.DataFrame:
    return extract_statements(text, published=published).to_frame()


# -- a dated event with no agent, far from any act: the body the story is about ------------
def test_an_agentless_event_after_remarks_is_of_the_body_the_story_is_about():
    f = rows(LEAD + "The minutes of the meeting will be published on March 26.")
    row = containing(f, "minutes of the meeting")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == "Norges Bank"
    assert row["date"] == pd.Timestamp("2026-03-26")


def test_the_body_named_most_often_is_the_story_body_not_a_bystander():
    f = rows(
        "The Fjordline Bankers Association said on Monday that lenders were ready.\n\n"
        + LEAD
        + "Norges Bank said it would keep buying kroner.\n\n"
        "The new rate applies from Monday, and the next report is due on March 30."
    )
    assert containing(f, "next report is due")["speaker"] == "Norges Bank"


def test_a_date_of_the_calendar_is_no_agentless_event():
    f = rows(LEAD + "The new fiscal year begins April 1. The quarter ends on March 31.")
    assert not f["text"].str.contains("fiscal year", regex=False).any()
    assert not f["text"].str.contains("quarter ends", regex=False).any()


def test_with_no_body_named_an_agentless_event_is_no_statement():
    f = rows(
        "Economist Lars Berg of Fjordline Markets said on Tuesday that the cut was well "
        "flagged.\n\nHe added that growth was slowing.\n\n"
        "The minutes of the meeting will be published on March 26."
    )
    assert not f["text"].str.contains("minutes", regex=False).any()


# -- more ways to state a deadline or a start ---------------------------------------------
def test_a_measure_that_applies_from_a_day_or_is_effective_on_it_is_scheduled():
    f = rows(
        LEAD + "The new rate will apply from March 18. The rule is effective April 1, 2026."
    )
    assert containing(f, "will apply from")["date"] == pd.Timestamp("2026-03-18")
    effective = containing(f, "is effective")
    assert effective["kind"] == "scheduled"
    assert effective["date"] == pd.Timestamp("2026-04-01")


def test_a_window_given_until_a_day_is_dated_by_that_day():
    f = rows(
        "The Treasury Department on Tuesday sanctioned three shipping firms.\n\n"
        "Buyers were given until April 20 to wind down existing contracts, and a general "
        "license gives insurers until May 4 to exit."
    )
    row = containing(f, "were given until")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == "Treasury Department"
    assert row["date"] == pd.Timestamp("2026-04-20")


def test_a_duty_to_act_by_a_day_is_a_deadline_of_its_subject():
    f = rows(
        "The council voted 6-3 late Wednesday to put the levy on the ballot.\n\n"
        "The Marlow County Election Board must receive the ballot resolution by 5 p.m. "
        "Aug. 26 for the levy to appear on the November ballot.",
        published="2026-08-19",
    )
    row = containing(f, "must receive")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == "Marlow County Election Board"
    assert row["date"] == pd.Timestamp("2026-08-26")
    assert row["time_of_day"] == "afternoon"  # five o'clock sharp closes the afternoon


def test_a_duty_with_no_day_after_by_is_no_deadline():
    f = rows(
        "The council voted 6-3 late Wednesday to put the levy on the ballot.\n\n"
        "The election board must review the petition, and a decision may come in October.",
        published="2026-08-19",
    )
    assert not f["text"].str.contains("must review", regex=False).any()


def test_half_past_five_is_the_evening_and_five_sharp_the_afternoon():
    f = rows(
        "Senator Ann Roe said at 5:30 p.m. Wednesday that she would back the bill. "
        "Senator Bo Diaz said at 5 p.m. Wednesday that he would oppose it."
    )
    assert containing(f, "5:30 p.m.")["time_of_day"] == "evening"
    assert containing(f, "at 5 p.m.")["time_of_day"] == "afternoon"
