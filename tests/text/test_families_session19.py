"""Error families found in the remaining misses of all blind rounds (pooled, before the
twentieth round was measured), each fixed by a general rule and tested here on made-up
sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-12"  # a Thursday

LEAD = (
    "OSLO, March 12 — Norges Bank lowered its key rate by a quarter point to 3.75% on "
    "Thursday, saying inflation had eased faster than expected.\n\n"
    '"Inflation has come down faster than we expected," Governor Ingrid Moe told a news '
    "conference.\n\n"
    "Economist Lars Berg of Fjordline Markets said the cut was well flagged.\n\n"
)


rows = partial(statement_rows, published=PUB)


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


# -- acts whose object is a reform, a tax or a capitalised rate ----------------------------
def test_a_chamber_approving_a_reform_is_an_act():
    f = rows(
        "BERLIN — The Federal Assembly on Wednesday approved the broadest reform of the "
        "national debt brake since 2009, with two votes to spare."
    )
    row = containing(f, "approved the broadest reform")
    assert row["kind"] == "action"
    assert row["speaker"] == "Federal Assembly"
    assert row["date"] == pd.Timestamp("2026-03-11")


def test_a_rate_named_with_capitals_is_a_policy_object_and_basis_points_are_no_cue():
    f = rows(
        "The Central Bank of Maravia (CBM) on Wednesday cut the Monetary Policy Rate (MPR) by "
        "50 basis points to 26.5 per cent, citing slowing inflation."
    )
    row = containing(f, "cut the Monetary Policy Rate")
    assert row["kind"] == "action"
    assert row["speaker"] == "Central Bank of Maravia"


# -- the occasion a cue names, with where it was held ---------------------------------------
def test_a_briefing_at_a_named_building_in_a_city_dates_the_remark():
    f = rows(
        '"We see room for a measured reduction," Governor Ramon Villanueva said at a briefing '
        "at the bank's head office in Malate, Manila on Wednesday afternoon."
    )
    row = containing(f, "measured reduction")
    assert row["date"] == pd.Timestamp("2026-03-11")
    assert row["time_of_day"] == "afternoon"


# -- a noun's participle is not the sentence's act ------------------------------------------
def test_an_act_is_its_own_verb_not_a_participle_of_a_noun_after_it():
    f = rows(
        "The Commerce Department's Bureau of Export Security (BES) added the 22 trading firms, "
        "along with nine in Dravia and three in Kessaly, to its entity list in a rule "
        "published on Wednesday."
    )
    row = containing(f, "added the 22 trading firms")
    assert row["kind"] == "action"
    assert row["speaker"] == "Bureau of Export Security"
    assert row["date"] == pd.Timestamp("2026-03-11")


# -- a body's name with an ampersand ----------------------------------------------------------
def test_a_body_named_with_an_ampersand_is_the_speaker_of_its_release():
    f = rows(
        "FOR IMMEDIATE RELEASE\nMarch 12, 2026\n\n"
        "DAYTON, Ohio — The Midwest Valve & Pump Distributors Association (MVPDA) today called "
        "on the Commerce Department to delay the tariff rule.\n\n"
        '"Our members learned of it on a Friday," said MVPDA President Ann Roe.'
    )
    lead = containing(f, "today called on")
    assert lead["speaker"] == "Midwest Valve & Pump Distributors Association"
    assert lead["date"] == pd.Timestamp("2026-03-12")
    assert containing(f, "learned of it")["date"] == pd.Timestamp("2026-03-12")


# -- a broadcast transcript: the network's reporter and a recording -------------------------
TRANSCRIPT = (
    "MARA LUND, HOST:\n\n"
    "On Tuesday, the Treasury Department blacklisted 20 oil tankers. Our correspondent Tom "
    "Vale has more.\n\n"
    "TOM VALE, BYLINE: Good morning, Mara.\n\n"
    "LUND: So what did Treasury do?\n\n"
    "VALE: It froze the tankers' assets. Secretary Ben Hale announced the package on "
    "Tuesday.\n\n"
    "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
    "BEN HALE: If you carry this oil, we will find you.\n\n"
    "VALE: Trading in New York is thin today.\n\n"
    "LUND: Tom Vale, thanks.\n"
)


def test_a_bylined_reporter_tells_the_story_and_a_recording_is_its_speakers():
    f = rows(TRANSCRIPT)
    assert not f["text"].str.contains("Trading in New York", regex=False).any()
    assert not f["text"].str.contains("It froze", regex=False).any()
    recording = containing(f, "we will find you")
    assert recording["speaker"] == "Ben Hale"


# -- subjects: a bullet's mark, a country's ministry, an occasion with no comma -------------
def test_a_bullet_mark_is_not_part_of_the_subject():
    f = rows("• Commerce added five port operators to its entity list late Monday.")
    row = containing(f, "Commerce added")
    assert row["speaker"] == "Commerce"
    assert row["date"] == pd.Timestamp("2026-03-09")


def test_placing_firms_on_a_list_is_an_act_and_putting_a_question_is_not():
    f = rows(
        "The Commerce Department on Monday placed the companies, most of them makers of chip "
        'tools, on its "entity list," which bars sales to them.\n\n'
        "Senator Ann Roe put the question to the minister on Monday."
    )
    row = containing(f, "placed the companies")
    assert row["kind"] == "action"
    assert row["speaker"] == "Commerce Department"
    assert not f["text"].str.contains("put the question", regex=False).any()


def test_a_ministry_of_a_country_of_two_words_is_the_speaker():
    f = rows(
        "South Korea's finance ministry said on Wednesday that the curbs were unfair.\n\n"
        "Saudi Arabia's energy ministry said on Tuesday that full conformity remained the "
        "cornerstone of the deal."
    )
    assert containing(f, "finance ministry")["date"] == pd.Timestamp("2026-03-11")
    assert containing(f, "energy ministry")["date"] == pd.Timestamp("2026-03-10")


def test_an_occasion_that_opens_the_sentence_without_a_comma_is_not_the_subject():
    f = rows(
        "In its statement the SNB said it remained willing to act in the currency market.\n\n"
        "At an event in the afternoon, the president signed the order."
    )
    assert containing(f, "In its statement")["speaker"] == "SNB"
    assert containing(f, "the president signed")["speaker"] != "afternoon"


# -- "In a statement" of the body whose act came a sentence or two before --------------------
def test_a_statement_of_the_body_that_acted_takes_its_acts_day_past_a_dissent():
    f = rows(
        "The Bank of Japan decided Wednesday to raise its policy rate to 0.75%.\n\n"
        "Board member Kenji Ohara dissented, proposing to keep the rate unchanged.\n\n"
        'In a statement, the BOJ said underlying inflation was "gradually approaching" 2%.'
    )
    assert containing(f, "In a statement")["date"] == pd.Timestamp("2026-03-11")


def test_an_acronym_and_a_role_in_lower_case_speak_for_the_body_that_acted():
    f = rows(
        "The Harbour Monetary Authority (HMA) announced its decision at about 2.15am on "
        "Wednesday.\n\n"
        "In a statement, HMA chief executive Howard Tsang said the currency peg was "
        "functioning smoothly."
    )
    row = containing(f, "functioning smoothly")
    assert row["role"] == "HMA chief executive"
    assert row["date"] == pd.Timestamp("2026-03-11")


# -- "it said": the body that opens the sentence before, or spoke last ---------------------
def test_it_said_is_the_body_named_before_it():
    f = rows(
        "The Bundesbank has been critical of the plan. In its monthly report, published on "
        "Monday, it said the exemption risked becoming a loophole.\n\n"
        "Economist Lars Berg said on Tuesday that growth was slowing. It said nothing more."
    )
    row = containing(f, "it said the exemption")
    assert row["speaker"] == "Bundesbank"
    assert row["date"] == pd.Timestamp("2026-03-09")
    assert not f["text"].str.contains("It said nothing", regex=False).any()


def test_a_currency_that_depreciated_is_a_market_line():
    f = rows("The naira depreciated by 0.8 per cent to close at N1,548.20 to the dollar on Wednesday.")
    row = containing(f, "naira depreciated")
    assert row["kind"] == "market"
    assert row["date"] == pd.Timestamp("2026-03-11")


# -- a timeline entry to come that names its event without a verb --------------------------
def test_an_entry_to_come_without_a_verb_is_scheduled_by_the_body_it_names():
    f = rows(
        "The Commerce Department on Monday extended the tariffs to 212 more products.\n\n"
        "What's next\n\n"
        "• April 20, 12:01 a.m. EDT — the 50% tariff applies to covered goods\n\n"
        "May 25, 2026 — Legal deadline for Commerce to report its findings to the president.\n\n"
        "March 2 — Deadline for comments on the rule."
    )
    deadline = containing(f, "Legal deadline")
    assert deadline["kind"] == "scheduled"
    assert deadline["speaker"] == "Commerce"
    assert deadline["date"] == pd.Timestamp("2026-05-25")
    applies = containing(f, "tariff applies")
    assert applies["kind"] == "scheduled"
    assert applies["speaker"] == "Commerce Department"  # (the body the story is about)
    assert applies["date"] == pd.Timestamp("2026-04-20")
    assert not f["text"].str.contains("Deadline for comments", regex=False).any()  # (past)
