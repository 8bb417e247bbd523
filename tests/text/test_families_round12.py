"""Error families from the twelfth blind round's misses, each fixed by a general rule and
tested here on made-up sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit.text.timex import resolve_dates

PUB = "2026-03-12"  # a Thursday


rows = partial(statement_rows, published=PUB)


# -- "In its statement, the board said ...": an opener with a possessive ---------------------
def test_an_opener_with_its_before_the_subject_leaves_the_subject():
    f = rows(
        "The Monetary Policy Committee raised its main rate on Wednesday evening.\n\n"
        "In its statement, the committee said wage growth called for a firmer stance."
    )
    row = containing(f, "In its statement")
    assert (row["kind"], row["speaker"]) == ("paraphrase", "Monetary Policy Committee")
    assert row["date"] == pd.Timestamp("2026-03-11")


# -- a body's common noun before its acronym: "statistics agency NSO" -------------------------
def test_the_acronym_after_a_bodys_common_noun_is_the_speaker():
    f = rows("The statistics office NSO said on Monday that wages rose 3.1% in January.")
    assert f.iloc[0]["speaker"] == "NSO"
    f = rows("The agency said on Monday that wages rose 3.1% in January.")
    assert f.iloc[0]["speaker"] == "agency"


# -- a title with "of" and a portfolio of several words before the name -----------------------
def test_a_title_of_a_portfolio_of_several_words_gives_the_person():
    f = rows("Director of Monetary Policy Joana Ferraz Leite voted on Wednesday to hold rates.")
    assert f.iloc[0]["speaker"] == "Joana Ferraz Leite"


def test_a_list_of_portfolios_before_the_name_gives_the_person():
    f = rows(
        "Minister of Economy, Trade and Industry Kenji Arakawa said on Friday that the rules "
        "were a concern."
    )
    assert f.iloc[0]["speaker"] == "Kenji Arakawa"


def test_the_office_of_a_title_with_its_country_is_not_a_portfolio():
    f = rows("The President of Peru, Lucia Quispe, said on Monday that talks would resume.")
    assert f.iloc[0]["speaker"] == "Lucia Quispe"


def test_pro_tempore_rapporteur_and_professor_are_titles():
    f = rows(
        "Senate President Pro Tempore Dale Whitcomb said on Friday that the vote would hold.\n\n"
        "Rapporteur Anna-Lena Vogt told reporters on Monday that she expects a majority.\n\n"
        "Professor Colin Mayhew said on Tuesday that the risks had fallen."
    )
    assert f["speaker"].tolist() == ["Dale Whitcomb", "Anna-Lena Vogt", "Colin Mayhew"]


# -- a lone clock time after an announced date is on the last day that has come --------------
def test_a_clock_time_after_an_announced_date_is_on_the_last_past_day():
    found = resolve_dates(
        "The mayor vetoed the budget on Tuesday. Council leaders said they would try to "
        "override it when the council returns on April 6. Her veto message was released at "
        "3:40 p.m.",
        published=PUB,
    )
    assert found["value"].tolist() == ["2026-03-10", "2026-04-06", "2026-03-10"]
    assert found["time_of_day"].tolist()[-1] == "afternoon"


def test_a_clock_time_after_a_future_verb_keeps_the_announced_day():
    found = resolve_dates(
        "The council returns on April 6 and will vote at 2 p.m.", published=PUB
    )
    assert found["value"].tolist() == ["2026-04-06", "2026-04-06"]


# -- "within hours" is the day just mentioned ------------------------------------------------
def test_within_hours_is_the_day_just_mentioned():
    f = rows(
        "The mayor on Tuesday afternoon vetoed the council's budget.\n\n"
        "Council leaders said within hours that they would try to override the veto."
    )
    row = containing(f, "within hours")
    assert row["date"] == pd.Timestamp("2026-03-10")


# -- a diary's or a week-ahead column's day labels: "Monday: ..." -------------------------------
def test_a_day_label_in_a_week_ahead_column_is_the_coming_day():
    found = resolve_dates(
        "The week ahead\n\nMonday: Fed President Ann Roe speaks in Dallas.\n"
        "Tuesday: The Treasury sells three-year notes, followed by bonds on Thursday.",
        published="2026-03-08",  # a Sunday
    )
    assert found["value"].tolist()[:2] == ["2026-03-09", "2026-03-10"]


def test_a_day_label_before_a_past_tense_is_the_last_day():
    found = resolve_dates("Monday: Stocks fell 2% as bond yields rose.", published="2026-03-08")
    assert found["value"].tolist() == ["2026-03-02"]


def test_the_entries_of_a_diary_are_scheduled_on_their_day():
    f = rows(
        "DIARY\n\nToday: The Bundesrat meets in Berlin. MEPs debate the steel rules from 15:00.\n"
        "Thursday: Fed President Ann Roe speaks at a conference in Dallas.",
        published="2026-03-10",  # a Tuesday
    )
    meets = containing(f, "Bundesrat meets")
    assert (meets["kind"], meets["date"]) == ("scheduled", pd.Timestamp("2026-03-10"))
    debate = containing(f, "MEPs debate")
    assert (debate["kind"], debate["speaker"]) == ("scheduled", "MEPs")
    speaks = containing(f, "Ann Roe speaks")
    assert (speaks["kind"], speaks["speaker"]) == ("scheduled", "Ann Roe")
    assert speaks["date"] == pd.Timestamp("2026-03-12")


def test_a_diary_entry_of_today_in_the_past_tense_is_no_plan():
    f = rows("Today: The Bundesrat approved the budget bill.", published="2026-03-10")
    assert containing(f, "Bundesrat approved")["kind"] == "action"


# -- a newsletter's run-in labels: "Where it stands: ..." --------------------------------------
def test_a_run_in_label_is_not_the_subject():
    f = rows(
        "The vote: MEPs vote on Wednesday on the rules that would replace the safeguard.\n\n"
        "Beijing's response: China's mission to the EU said in a statement overnight that the "
        "measures were unlawful.",
        published="2026-03-10",
    )
    vote = containing(f, "MEPs vote")
    assert (vote["kind"], vote["speaker"]) == ("scheduled", "MEPs")
    assert vote["date"] == pd.Timestamp("2026-03-11")
    assert not vote["text"].startswith("The vote")
    mission = containing(f, "mission to the EU")
    assert mission["speaker"] == "China's mission to the EU"  # (the body it is sent to)
    assert mission["date"] == pd.Timestamp("2026-03-10")


def test_a_label_that_introduces_a_quotation_stays():
    f = rows(
        "Senator Ann Diaz spoke to farmers in Ames on Monday.\n\n"
        "The senator said: “We will not accept these measures.”",
        published="2026-03-10",
    )
    row = containing(f, "We will not accept")
    assert row["text"].startswith("The senator said") and row["speaker"] == "Ann Diaz"


def test_a_body_before_a_colon_stays_the_topic():
    f = rows(
        "The Council: Member states agreed their negotiating mandate on Monday.",
        published="2026-03-10",
    )
    assert f["text"].str.startswith("The Council").all()


# -- "vote" after a plural subject is a verb; after a body's name, a noun ------------------------
def test_a_plural_subjects_vote_before_a_weekday_is_the_coming_day():
    found = resolve_dates("Ministers vote on Friday on the package.", published="2026-03-10")
    assert found["value"].tolist() == ["2026-03-13"]
    found = resolve_dates("The vote on Friday was close.", published="2026-03-10")
    assert found["value"].tolist() == ["2026-03-06"]


def test_a_council_vote_in_a_headline_is_a_noun():
    f = rows("Bond plan clears committee, heads to full council vote next Tuesday")
    assert f.empty


# -- a body's name before a role in lower case; "the spokesperson" then resolves -----------------
def test_the_spokesperson_after_a_bodys_spokesperson_named_is_that_person():
    f = rows(
        "At a briefing on Thursday, MOFTEC spokesperson Li Wen said the rules were lawful.\n\n"
        "The spokesperson noted that the two sides held talks in Geneva last month."
    )
    assert containing(f, "spokesperson noted")["speaker"] == "Li Wen"


# -- "Office for ...", "Centre for ...": a body's name with "for" --------------------------------
def test_a_bodys_name_with_for_is_whole():
    f = rows("The Office for Fiscal Studies said on Monday that the deficit would narrow.")
    assert f.iloc[0]["speaker"] == "Office for Fiscal Studies"


# -- the period of a forecast is not the statement's date --------------------------------------
def test_the_period_after_a_forecast_is_not_the_date():
    f = rows("The finance ministry said its growth forecast for next year was 1.1 per cent.")
    assert pd.isna(f.iloc[0]["date"])
    f = rows(
        "The finance ministry said on Tuesday its growth forecast for next year was 1.1 per cent."
    )
    assert f.iloc[0]["date"] == pd.Timestamp("2026-03-10")


# -- the day a measure starts: "From April, ...", "... starting from June 15, X announced" -------
def test_a_sentence_opening_with_the_day_a_change_starts_is_scheduled():
    f = rows(
        "The Chancellor, Ann Lowe, today raised taxes by £9bn in the Budget.\n\n"
        "From April, the rate of tax on dividends will rise by two percentage points.",
        published="2026-10-28",
    )
    row = containing(f, "From April")
    assert (row["kind"], row["speaker"]) == ("scheduled", "Ann Lowe")
    assert row["date"] == pd.Timestamp("2027-04-01")


def test_from_a_month_is_the_coming_one_after_a_future_verb_only():
    found = resolve_dates("The rates will rise from April.", published="2026-10-28")
    assert found["value"].tolist() == ["2027-04"]
    found = resolve_dates("The rates rose from April.", published="2026-10-28")
    assert found["value"].tolist() == ["2026-04"]


def test_the_start_day_before_a_trailing_attribution_is_scheduled():
    f = rows(
        "China will impose export controls on certain items related to gallium and germanium "
        "starting from July 1, the Ministry of Commerce announced on Thursday.",
        published="2026-06-12",
    )
    assert (f["kind"] == "scheduled").sum() == 1
    event = f[f["kind"] == "scheduled"].iloc[0]
    assert event["date"] == pd.Timestamp("2026-07-01")
    assert event["speaker"] == "Ministry of Commerce"


# -- a body's name stays inside its sentence; its short name in brackets is no person ------------
def test_a_bodys_name_does_not_reach_back_over_a_full_stop():
    f = rows(
        "The central bank raised its main rate late on Wednesday.\n\n"
        "The Monetary Policy Committee (Mopec) announced the decision at 6:38 p.m.\n\n"
        "In its statement, the committee said the outlook called for a firmer policy. "
        "The Mopec meets again in July."
    )
    row = containing(f, "In its statement")
    assert row["speaker"] == "Monetary Policy Committee"
    assert containing(f, "announced the decision")["speaker"] == "Monetary Policy Committee"
    assert row["date"] == pd.Timestamp("2026-03-11")


# -- a bill that "passed the Senate": the chamber voted ----------------------------------------
def test_the_chamber_a_bill_passed_is_the_actor():
    f = rows(
        "The measure, House Bill 12, would cut the income tax rate. It passed the Senate 30-17 "
        "last month."
    )
    row = containing(f, "passed the Senate")
    assert (row["kind"], row["speaker"]) == ("action", "Senate")
    assert row["date"] == pd.Timestamp("2026-02-01")


def test_passing_the_white_house_is_no_vote():
    assert rows("The motorcade passed the White House on Tuesday.").empty


# -- "She warned ... then that" after "laid out": a second saying; "a spokesman for X" -----------
def test_a_warning_after_a_speech_that_laid_out_a_position_is_its_own_statement():
    f = rows(
        "Mayor Ann Lowe laid out her position in her budget address in March, when she "
        "proposed a freeze. She warned the council then that the triggers were set on a timer."
    )
    assert len(f) == 2
    assert containing(f, "She warned")["speaker"] == "Ann Lowe"


def test_a_spokesman_for_a_person_speaks_for_that_person():
    f = rows(
        "House Speaker Dale Pruitt met the governor on Tuesday.\n\n"
        "A spokesman for Pruitt said on Wednesday that the governor floated an idea."
    )
    assert containing(f, "A spokesman for Pruitt")["speaker"] == "Dale Pruitt"


# -- associations, alliances, federations, institutes are bodies; "the association plans a rally"
def test_an_association_named_then_its_plan_is_scheduled():
    f = rows(
        "The Ohio Nurses Association, the state's largest nurses' group, praised the veto on "
        "Tuesday.\n\nThe association plans a rally outside the Statehouse on April 4."
    )
    row = containing(f, "plans a rally")
    assert (row["kind"], row["speaker"]) == ("scheduled", "Ohio Nurses Association")
    assert row["date"] == pd.Timestamp("2026-04-04")


# -- "the Prime Minister's official spokesman": that role speaks ------------------------------
def test_a_titled_persons_spokesman_is_the_speaker():
    f = rows(
        "At the lobby briefing this morning, the Prime Minister's official spokesman declined "
        "to say whether the pledge would be kept."
    )
    row = f.iloc[0]
    assert row["speaker"] == "Prime Minister's official spokesman"
    assert (row["date"], row["time_of_day"]) == (pd.Timestamp(PUB), "morning")


# -- a tallied vote: "backed the text by 29 votes to 8" is an act -----------------------------
def test_support_with_its_tally_is_an_act():
    f = rows("The Senate Finance Committee backed the bill on Tuesday by 14 votes to 13.")
    row = f.iloc[0]
    assert (row["kind"], row["speaker"]) == ("action", "Senate Finance Committee")
    assert row["date"] == pd.Timestamp("2026-03-10")


def test_support_without_a_tally_stays_a_stance():
    f = rows("Senator Ann Diaz backed the bill on Tuesday, calling it overdue.")
    assert f.iloc[0]["kind"] == "paraphrase"


# -- a day range before its month ("25-26 June"); groups that act by office --------------------
def test_a_day_range_before_its_month_is_a_range():
    found = resolve_dates("Leaders meet in Brussels on 25-26 June.", published="2026-05-19")
    assert found[["value", "precision"]].values.tolist() == [["2026-06-25/2026-06-26", "range"]]


def test_leaders_who_will_take_stock_on_a_day_to_come_are_scheduled():
    f = rows(
        "Leaders will take stock of the sanctions at a summit on 25-26 June.",
        published="2026-05-19",
    )
    row = f.iloc[0]
    assert (row["kind"], row["speaker"]) == ("scheduled", "Leaders")
    assert row["date"] == pd.Timestamp("2026-06-25")


# -- "“...,” the text said": the body whose statement was named ---------------------------------
def test_a_quotation_the_statement_said_is_of_the_body_that_issued_it():
    f = rows(
        "The Monetary Policy Committee raised its rate at 6:38 p.m. on Wednesday.\n\n"
        "In its statement, the committee said wages called for a firmer policy. Prices rose "
        "5.4% in the year to May, the statistics agency NSO reported last week.\n\n"
        "“The Committee will remain vigilant,” the text said."
    )
    row = containing(f, "remain vigilant")
    assert row["speaker"] == "Monetary Policy Committee"
    assert row["date"] == pd.Timestamp("2026-03-11")
