"""Error families pooled from the blind rounds' misses after the ninth round, each fixed by a
general rule and tested here on made-up sentences of the same shape (never a round's own
text): a second saying of the same speaker in the same paragraph ("... He added that ...")
is a statement of its own."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2025-10-23"  # a Thursday


rows = partial(statement_rows, published=PUB)


# -- "X said A. He added that B.": two sayings, two statements, one occasion -----------------
def test_a_second_saying_of_the_same_speaker_is_its_own_statement():
    f = rows(
        "Finance Minister Ada Lind said on Tuesday that the budget would be balanced by 2027. "
        "She added that the sales tax would not rise."
    )
    first = containing(f, "balanced by 2027")
    second = containing(f, "She added that")
    assert "sales tax" not in first["text"]
    assert second["kind"] == "paraphrase" and second["speaker"] == "Ada Lind"
    # the same occasion: the date of the remark before it
    assert second["date"] == first["date"] == pd.Timestamp("2025-10-21")
    assert second["date_source"] == "inherited"


def test_also_said_warned_and_wrote_open_sayings_of_their_own():
    for cue in ("also said", "warned", "wrote"):
        f = rows(
            "Senator Bo Hale said on Monday that the bill would pass. "
            f"He {cue} that the vote could slip to December."
        )
        assert len(f) == 2, (cue, f[["speaker", "text"]])
        assert (f["speaker"] == "Bo Hale").all()


def test_a_saying_after_a_stance_gives_what_was_said_and_stays_one_statement():
    # "rejected the idea that ...": the next "She said ..." tells what the rejection said
    f = rows(
        "Mayor Ivy Chen rejected the idea that the city would raise fares. "
        "She said the transit budget was sound."
    )
    assert len(f) == 1, f[["speaker", "text"]]


def test_a_contrast_or_a_present_view_continues_the_remark_before_it():
    contrast = rows(
        "Governor Al Ruiz said on Monday that the state would cut spending. "
        "But he added that schools would be spared."
    )
    view = rows(
        "Governor Al Ruiz said on Monday that the state would cut spending. "
        "He says the cuts are overdue."
    )
    assert len(contrast) == 1, contrast[["speaker", "text"]]
    assert len(view) == 1, view[["speaker", "text"]]


# -- ", saying ...": the remark is made in the main verb's act, dated before the comma ---------
def test_a_participle_cue_takes_the_date_of_the_act_it_hangs_on():
    f = rows(
        "The central bank on Tuesday cut its key rate to 4 per cent, its second cut this "
        "year, saying inflation had eased."
    )
    row = f.iloc[0]
    assert row["date"] == pd.Timestamp("2025-10-21") and row["precision"] == "day"


# -- "a department spokesperson": the department the article named -------------------------
def test_a_spokesperson_of_a_department_named_before_speaks_for_it():
    f = rows(
        "The Labor Department delayed the report on Monday. A department spokesperson said in "
        "an email that the data would be out next week."
    )
    row = containing(f, "A department spokesperson")
    assert row["speaker"] == "Labor Department" and row["kind"] == "paraphrase"


# -- "informed ... that": a cue of translated news; "an informed choice" is none --------------
def test_informed_that_is_a_cue_but_an_informed_choice_is_not():
    f = rows("Finance Secretary Ana Ruiz informed at a press conference that the fund was safe.")
    assert (f.iloc[0]["kind"], f.iloc[0]["speaker"]) == ("paraphrase", "Ana Ruiz")
    g = rows("Voters made an informed choice that day, the mayor said.")
    assert g.iloc[0]["speaker"] is None or pd.isna(g.iloc[0]["speaker"])


# -- a currency that "ended" or "finished" somewhere is a market remark -----------------------
def test_a_currency_that_ended_the_day_is_a_market_remark():
    f = rows("Stocks rose on Thursday. The rupee ended at 88.62 a dollar, up 14 paise.")
    row = containing(f, "The rupee ended")
    assert row["kind"] == "market" and row["date"] == pd.Timestamp("2025-10-23")


# -- hearings that begin on a date are a scheduled event of their body ----------------------
def test_hearings_that_begin_on_a_later_date_are_scheduled():
    f = rows(
        "Senate estimates hearings, where officials will be questioned on the costings, "
        "begin on Nov. 3."
    )
    row = f.iloc[0]
    assert (row["kind"], row["speaker"]) == ("scheduled", "Senate")
    assert row["date"] == pd.Timestamp("2025-11-03")


def test_a_subcommittee_that_has_scheduled_a_hearing():
    f = rows("The Senate Appropriations Subcommittee has scheduled a hearing for Nov. 4.")
    row = f.iloc[0]
    assert row["kind"] == "scheduled" and row["speaker"].endswith("Subcommittee")
    assert row["date"] == pd.Timestamp("2025-11-04")


# -- a press release reproduced in an article counts from the day it was issued --------------
def test_a_reproduced_press_release_counts_from_its_day_of_issue():
    text = (
        "Editor's note: the senators' release follows as issued.\n\n"
        "FOR IMMEDIATE RELEASE\nOctober 17, 2025\n\n"
        "WASHINGTON - Today, Senator Ann Lee introduced a bill to end the duties.\n\n"
        "###\n\n"
        "The Commerce Department said on Monday that the duties would stay."
    )
    f = rows(text)  # published Thursday 2025-10-23
    bill = containing(f, "introduced a bill")
    after = containing(f, "would stay")
    assert bill["date"] == pd.Timestamp("2025-10-17")  # the release's "Today"
    assert after["date"] == pd.Timestamp("2025-10-20")  # the article's Monday


# -- ", and governor Ann Lo warned ...": a clause of its own under a title in lower case ------
def test_a_clause_after_and_with_a_lower_case_title_is_its_own_statement():
    f = rows(
        "The central bank left its rate on hold last week, and governor Ann Lo warned at the "
        "time that spending remained a risk."
    )
    act = containing(f, "left its rate on hold")
    remark = containing(f, "warned at the time")
    assert act["speaker"] == "central bank" or "bank" in act["speaker"].lower()
    assert remark["speaker"] == "Ann Lo" and "left its rate" not in remark["text"]


# -- bodies whose names hold "and" or an abbreviation; "designated" is a sanctions act ---------
def test_a_body_whose_name_holds_and_with_its_abbreviation():
    f = rows(
        "The National Banking and Securities Commission (CNBV) announced on Tuesday the "
        "temporary takeover of the exchange house."
    )
    assert f.iloc[0]["speaker"] == "National Banking and Securities Commission"
    assert f.iloc[0]["date"] == pd.Timestamp("2025-10-21")


def test_a_designation_is_a_sanctions_act():
    f = rows("On Tuesday, the Office of Foreign Assets Control designated two money transmitters.")
    row = f.iloc[0]
    assert (row["kind"], row["speaker"]) == ("action", "Office of Foreign Assets Control")
    assert row["date"] == pd.Timestamp("2025-10-21")


# -- "the Governor", "the president": the person the article named in that office -------------
def test_a_capitalised_title_after_the_is_the_role_not_a_name():
    f = rows(
        "Governor Asha Rao said on Tuesday the bank would act.\n\n"
        "Asked about tariffs, the Governor said trade policy was for the government."
    )
    assert (f["speaker"] == "Asha Rao").all(), f[["speaker", "text"]]


def test_the_president_is_the_person_named_president_of_a_country():
    f = rows(
        "For her part, the President of Chile, Ana Soto Reyes, said on Tuesday that her "
        'government would not yield.\n\n"There is coordination, but no subordination," the '
        "president stressed."
    )
    assert (f["speaker"] == "Ana Soto Reyes").all(), f[["speaker", "text"]]


def test_the_president_is_not_the_vice_president():
    f = rows(
        'Vice President Ann Lee said on Tuesday the plan would pass.\n\n"We are ready," the '
        "president said."
    )
    assert containing(f, "We are ready")["speaker"] != "Ann Lee"


# -- "Bank of Japan Governor Kenta Sato": the governor, with the body in the role -------------
def test_a_title_after_a_body_of_a_country_gives_the_person():
    f = rows("Bank of Japan Governor Kenta Sato said in a speech on Tuesday that rates could rise.")
    row = f.iloc[0]
    assert row["speaker"] == "Kenta Sato"
    assert row["role"] == "Bank of Japan Governor"


# -- "earlier this week, when Sato told ...": a relative "when" of a time is a statement -------
def test_a_remark_in_a_relative_when_of_a_time_is_dated_by_that_time():
    f = rows(
        "Governor Kenta Sato said on Wednesday the bank could raise rates. The remarks marked a "
        "shift from earlier this week, when Sato told a committee that the bank could wait."
    )
    row = containing(f, "when Sato told")
    assert (row["kind"], row["speaker"]) == ("paraphrase", "Kenta Sato")
    assert row["date"] == pd.Timestamp("2025-10-20") and row["precision"] == "range"


def test_a_subordinate_after_a_clause_still_is_not_the_main_verb():
    f = rows(
        "The bank raised rates on Wednesday, a day after President Ana Ruiz threatened to "
        "veto the budget."
    )
    assert f.iloc[0]["speaker"] != "Ana Ruiz"


# -- ", and Ryo Tanabe is expected to travel ...": a future act of its own ------------------
def test_a_future_act_after_and_is_its_own_scheduled_event():
    f = rows(
        "Finance Minister Jun Hoshi will brief the prime minister on Monday, and Ryo Tanabe is "
        "expected to travel to Washington next week for talks."
    )
    trip = containing(f, "Tanabe is expected")
    assert (trip["kind"], trip["speaker"]) == ("scheduled", "Ryo Tanabe")
    assert "brief the prime minister" not in trip["text"]


def test_a_currency_that_gave_back_gains_is_a_market_remark():
    f = rows("Stocks fell on Wednesday. Overnight, the yen gave back part of its gains.")
    assert containing(f, "gave back")["kind"] == "market"


def test_the_quotes_of_a_reproduced_press_release_are_of_its_day():
    text = (
        "FOR IMMEDIATE RELEASE\nOctober 17, 2025\n\n"
        "WASHINGTON - Today, Senator Ann Lee introduced a bill to end the duties.\n\n"
        '"The duties have to go," said Senator Lee.\n\n###\n'
    )
    quote = containing(rows(text), "have to go")
    assert quote["date"] == pd.Timestamp("2025-10-17") and quote["date_source"] == "inherited"


# -- "signed by 11 colleagues, asking Secretary Bo Diaz ...": no name after "by" -------------
def test_a_passive_without_a_named_agent_keeps_the_subject_of_the_sentence():
    f = rows(
        "Senator Ann Lee led a letter, signed by 11 colleagues, asking Commerce Secretary Bo "
        "Diaz to freeze the list."
    )
    assert f.iloc[0]["speaker"] == "Ann Lee"


# -- events announced in reported speech and after ", and"; a passive future with no agent -----
def test_a_delegation_that_would_arrive_on_a_date_is_an_announced_event():
    f = rows(
        "Commerce Secretary Ravi Nair told reporters on Wednesday that a delegation would "
        "arrive on Nov. 20 for the next round of talks."
    )
    event = f[f["kind"] == "scheduled"]
    assert len(event) == 1 and event.iloc[0]["date"] == pd.Timestamp("2025-11-20")


def test_minutes_to_be_published_and_a_meeting_after_and_are_two_events():
    f = rows(
        "The central bank cut rates on Wednesday. The minutes of the meeting will be published "
        "on Nov. 5, and the MPC meets next on December 3-5."
    )
    minutes = containing(f, "minutes of the meeting")
    meeting = containing(f, "meets next")
    assert minutes["kind"] == meeting["kind"] == "scheduled"
    assert minutes["date"] == pd.Timestamp("2025-11-05")
    assert meeting["date"] == pd.Timestamp("2025-12-03") and meeting["speaker"] == "MPC"
    assert "bank" in minutes["speaker"].lower()


# -- a hearing in the lead: the members' undated remarks are of that hearing ------------------
def test_a_members_remark_after_a_lead_that_reports_a_hearing_is_of_the_hearing():
    f = rows(
        "WASHINGTON - Treasury Secretary Ana Cole told lawmakers on Wednesday that the tariffs "
        "were targeted.\n\n"
        "Sen. Tom Garrity of Kansas, the committee's top Republican, said the plan would raise "
        "prices."
    )
    remark = containing(f, "Garrity")
    assert remark["date"] == pd.Timestamp("2025-10-22") and remark["date_source"] == "inherited"


def test_a_members_remark_after_a_lead_that_reports_no_hearing_stays_undated():
    f = rows(
        "WASHINGTON - Treasury Secretary Ana Cole said on Wednesday that the tariffs were "
        "targeted.\n\n"
        "Sen. Tom Garrity of Kansas said the plan would raise prices."
    )
    assert pd.isna(containing(f, "Garrity")["date"])


def test_a_currency_that_had_fallen_to_a_low_is_a_market_remark():
    f = rows("The rupee had fallen to a record low of 88.94 against the dollar last week.")
    row = f.iloc[0]
    assert row["kind"] == "market" and row["precision"] == "week"
