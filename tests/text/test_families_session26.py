"""Error families found in the forty-first blind round (ordinary news: a wire on export
controls, a national paper on a rate rise, a Nairobi daily on a finance bill, a Singapore daily
on tariffs, a Berlin broadcaster on a sanctions package, a markets site on a central bank's
speech), each fixed by a general rule and tested here on made-up sentences of the same shape
(never the round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "The Rassemblement du Peuple coalition said ...": a coalition is a body -----------------
def test_a_coalition_speaks_as_a_body():
    f = rows(
        "The Unity coalition said in a statement on Tuesday that it would go to court over the "
        "levy.\n\n"
        "The Rassemblement du Peuple coalition said on Monday that the tax was unconstitutional."
    )
    assert containing(f, "go to court")["speaker"] == "Unity"
    assert containing(f, "go to court")["date"] == pd.Timestamp("2026-03-10")
    lead = containing(f, "tax was unconstitutional")
    assert "Rassemblement du Peuple" in lead["speaker"]
    assert lead["date"] == pd.Timestamp("2026-03-09")


# -- "Matatu operators said ...": a trade's people, its modifier no surname ------------------
def test_operators_and_owners_are_a_trades_people():
    f = rows(
        "The finance ministry said on Tuesday that fuel duty would double in April.\n\n"
        "Bus operators said fares would rise by a tenth once the new duty applies.\n\n"
        "Boda operators said fares would rise too. \"We have no choice,\" said Jane Kamau, the "
        "chair of the Boda Owners Association."
    )
    assert containing(f, "Bus operators said")["speaker"] == "Bus operators"
    assert containing(f, "Boda operators said")["speaker"] == "Boda operators"


# -- a rating agency's act: "cut its outlook on the ratings", "cut the rating by one notch" --
def test_a_rating_agencys_action_is_an_act():
    f = rows(
        "Fitch Ratings on Friday cut Ruritania's long-term foreign-currency rating by one notch "
        "to BB, citing its debts.\n\n"
        "Moody's Investors Service late Monday lowered its outlook on the Aa1 ratings of "
        "Freedonia to negative."
    )
    fitch = containing(f, "by one notch")
    assert (fitch["kind"], fitch["speaker"]) == ("action", "Fitch Ratings")
    assert fitch["date"] == pd.Timestamp("2026-03-06")
    moodys = containing(f, "Aa1 ratings")
    assert (moodys["kind"], moodys["speaker"]) == ("action", "Moody's Investors Service")
    assert moodys["date"] == pd.Timestamp("2026-03-09")
    assert moodys["time_of_day"] == "evening"


def test_approval_ratings_are_no_policy_object():
    f = rows("The president's approval ratings fell on Monday, the poll showed.")
    assert f.empty or not (f["kind"] == "action").any()


# -- "The higher rates ... kick in on April 9": a start without an agent ----------------------
def test_rates_that_kick_in_on_a_day_are_scheduled():
    f = rows(
        "The Trade Ministry on Tuesday raised duties on imported steel.\n\n"
        "The higher duties, which will hit mills in three countries, kick in on April 9."
    )
    start = containing(f, "kick in")
    assert (start["kind"], start["speaker"]) == ("scheduled", "Trade Ministry")
    assert start["date"] == pd.Timestamp("2026-04-09")


# -- "would then enter into force on Friday, once published": the condition's own tense ------
def test_a_condition_after_a_comma_does_not_make_the_day_past():
    f = rows(
        "EU governments are expected to adopt the package on Thursday. They would then enter "
        "into force on Friday, once published in the bloc's Official Journal."
    )
    start = containing(f, "enter into force")
    assert start["kind"] == "scheduled"
    assert start["date"] == pd.Timestamp("2026-03-13")


# -- "will publish a revised forecast ... in May": an adjective, no past ----------------------
def test_a_participle_after_an_article_is_no_past_tense():
    f = rows(
        "The statistics office will publish a revised growth forecast, together with final "
        "fourth-quarter figures, in May."
    )
    assert containing(f, "revised growth forecast")["date"] == pd.Timestamp("2026-05-01")


# -- "in a speech in Leeds last month, saying the cuts of 2019 had ...": the remark's date ----
def test_a_date_in_what_a_participle_says_does_not_date_the_remark():
    f = rows(
        "Deputy governor Ana Ruiz had prepared the ground in a speech in Leeds last month, "
        "saying the rate cuts of 2019 had done their job."
    )
    remark = containing(f, "prepared the ground")
    assert remark["speaker"] == "Ana Ruiz"
    assert remark["date"] == pd.Timestamp("2026-02-01")
    assert remark["precision"] == "month"


# -- "Beijing hit back on April 4, announcing a 34% tariff": retaliation is an act -------------
def test_hitting_back_with_a_measure_is_an_act():
    f = rows(
        "Beijing hit back on Monday, announcing a 34% tariff on all imports from the US from "
        "April 10."
    )
    act = containing(f, "hit back")
    assert (act["kind"], act["speaker"]) == ("action", "Beijing")
    assert act["date"] == pd.Timestamp("2026-03-09")


# -- "Public comments on the change will be accepted until July 24": a comment deadline -------
def test_comments_accepted_until_a_day_are_a_scheduled_deadline():
    f = rows(
        "Japan's trade ministry on Monday tightened exports of three chemicals to its "
        "neighbour. Public comments on the change will be accepted until July 24."
    )
    deadline = containing(f, "will be accepted until")
    assert deadline["kind"] == "scheduled"
    assert deadline["date"] == pd.Timestamp("2026-07-24")


# -- "Closing the debate before the vote, ...": the act that names the vote ------------------
def test_before_the_vote_is_the_act_that_names_the_vote():
    f = rows(
        "MPs on Tuesday night passed the finance bill by 176 votes to 81.\n\n"
        "The levy was cut on Monday, when MPs sitting as a committee adopted amendments.\n\n"
        "Closing the debate before the vote, Majority Leader Peter Wambua said the levy would "
        "fund housing."
    )
    assert containing(f, "Closing the debate")["date"] == pd.Timestamp("2026-03-10")


# -- forty-second round ---------------------------------------------------------------------
# "New Delhi: Finance minister ... on Saturday raised ...": a dateline of two words
def test_a_dateline_of_two_words_with_a_colon_is_no_speaker():
    f = rows(
        "Hong Kong: Financial Secretary Paul Tam on Wednesday raised the tax on home purchases "
        "by non-residents to 20 per cent, handing local buyers their biggest relief "
        "in years in a budget aimed at cooling a property market that has defied higher rates."
    )
    act = containing(f, "raised the tax")
    assert act["speaker"] == "Paul Tam"


# "a spokeswoman for the trade representative's office said": a body in lower case
def test_a_spokeswoman_for_a_body_in_lower_case_speaks_for_it():
    f = rows(
        "In Washington, a spokeswoman for the trade representative's office said late Tuesday "
        "that the administration was reviewing the measures."
    )
    remark = containing(f, "reviewing the measures")
    assert remark["speaker"] == "trade representative's office"
    assert remark["date"] == pd.Timestamp("2026-03-10")


# "Standard & Poor's warned last month ...": a firm's name with "&"
def test_a_name_joined_by_an_ampersand_is_a_firm():
    f = rows(
        "Standard & Poor's warned last month that it could downgrade the country even if the "
        "ceiling is raised.\n\nProcter & Gamble said on Monday that the duties would raise its "
        "costs."
    )
    assert containing(f, "could downgrade")["speaker"] == "Standard & Poor's"
    assert containing(f, "raise its costs")["speaker"] == "Procter & Gamble"


# ", and the White House has said ...": a second clause's perfect of speech
def test_a_second_clause_with_a_perfect_of_speech_is_a_statement_of_its_own():
    f = rows(
        "The Senate is scheduled to vote on the measure at noon on Thursday, and the White House "
        "has said the president will sign it.\n\n"
        "Ana Ruiz is due to address the forum in Davos on Friday, and she has said repeatedly that "
        "she wants fair trade.\n\n"
        "Ruiz has long argued that tariffs protect factories, and she has called the levy a "
        "necessary evil."
    )
    assert containing(f, "White House has said")["speaker"] == "White House"
    vote = containing(f, "scheduled to vote")
    assert "White House" not in vote["text"]
    assert containing(f, "she has said repeatedly")["speaker"] == "Ana Ruiz"
    assert not f["text"].str.startswith("she has called").any()


# ", and Congress must vote on them by May 23": a second clause's deadline
def test_a_second_clause_with_a_deadline_is_a_statement_of_its_own():
    f = rows(
        "Debt deal passes\n\n"
        "The law creates a joint committee of 12 lawmakers. The Joint Committee must report "
        "its recommendations by April 23, and Congress must vote on them by May 23, or automatic "
        "cuts will kick in."
    )
    assert containing(f, "Congress must vote")["date"] == pd.Timestamp("2026-05-23")
    assert containing(f, "must report its recommendations")["date"] == pd.Timestamp("2026-04-23")


# "the Treasury published guidance for shippers": a regulator's guidance is a measure
def test_published_guidance_is_an_act():
    f = rows(
        "EU governments formally adopted the cap on Saturday, and the Treasury published "
        "guidance for shippers and insurers last month."
    )
    act = containing(f, "published guidance")
    assert (act["kind"], act["speaker"]) == ("action", "Treasury")
    assert act["date"] == pd.Timestamp("2026-02-01")


# "The Bank of Ruritania has raised its benchmark rate ...": a lead in the present perfect
def test_a_lead_in_the_present_perfect_takes_the_day_its_speaker_names_next():
    f = rows(
        "Central bank lifts rates\n\n"
        "The Bank of Ruritania has raised its benchmark interest rate for the first time in "
        "nearly seven years, betting that growth can withstand higher borrowing costs.\n\n"
        "The central bank announced at 10 a.m. on Wednesday that it was lifting its overnight "
        "rate to 0.75 per cent from 0.5 per cent."
    )
    lead = containing(f, "has raised its benchmark")
    assert lead["date"] == pd.Timestamp("2026-03-11")
    assert lead["date_source"] == "inherited"


def test_a_lead_in_the_present_perfect_is_not_dated_by_an_event_to_come():
    f = rows(
        "Duties on steel\n\n"
        "The Trade Ministry has imposed duties on imported steel from three countries.\n\n"
        "The duties will take effect on April 1, the ministry said."
    )
    lead = containing(f, "has imposed duties")
    assert pd.isna(lead["date"])


# -- forty-third round ----------------------------------------------------------------------
BUDGET_NIGHT = (
    "Treasurer Marcus Dale on Tuesday night handed down a tough first budget, imposing a "
    "temporary deficit levy on high incomes.\n\n"
    "The budget papers forecast a deficit of $29.8 billion next year.\n\n"
)


# "will set out Labor's response in his budget reply speech in Parliament on Thursday night"
def test_the_occasion_of_an_act_to_come_lengthens_the_way_to_its_date():
    f = rows(
        BUDGET_NIGHT
        + "Opposition Leader Dan Hart will set out Labor's response in his budget reply speech "
        "in Parliament on Thursday night.\n\n"
        "Mr Dale will sell the budget to business in an address to the National Press Club in "
        "Canberra on Friday."
    )
    reply = containing(f, "budget reply speech")
    assert (reply["kind"], reply["speaker"]) == ("scheduled", "Dan Hart")
    assert reply["date"] == pd.Timestamp("2026-03-12")
    assert containing(f, "sell the budget")["date"] == pd.Timestamp("2026-03-13")


# "The levy will apply from July 1": a measure of the story is its lead actor's
def test_a_measure_with_no_agent_near_it_is_the_lead_actors():
    f = rows(
        BUDGET_NIGHT
        + "The levy will apply from July 1 for three years. Fuel excise indexation, frozen since "
        "2001, will resume on August 1."
    )
    levy = containing(f, "levy will apply")
    assert (levy["kind"], levy["speaker"]) == ("scheduled", "Marcus Dale")
    assert levy["date"] == pd.Timestamp("2026-07-01")
    fuel = containing(f, "will resume on August 1")
    assert fuel["date"] == pd.Timestamp("2026-08-01")  # ("since 2001," does not reach it)


# "Speaking to reporters after the announcement": the story's act, not its background
def test_after_the_announcement_is_the_leads_act_not_a_flashback():
    f = rows(
        "KARACHI: The State Bank on Monday raised its key policy rate by 150 basis points to "
        "12.25pc.\n\n"
        "The government reached an agreement with the IMF on March 2 for a loan.\n\n"
        "The bank had raised the rate by 50bps at its previous review on January 29.\n\n"
        "Speaking to reporters after the announcement, Governor Tariq Ali said the exchange "
        "rate would be set by the market."
    )
    assert containing(f, "after the announcement")["date"] == pd.Timestamp("2026-03-09")


# "In its monetary policy statement, issued at around 4pm, the central bank said"
def test_an_opening_occasion_with_its_participles_aside_is_no_part_of_the_subject():
    f = rows(
        "KARACHI: The State Bank of Ruritania (SBR) on Monday raised its key policy rate by 150 "
        "basis points to 12.25pc, the highest in over eight years.\n\n"
        "In its monetary policy statement, issued at around 4pm, the central bank said average "
        "inflation was expected to come in at 7.3pc in the current fiscal year."
    )
    remark = containing(f, "issued at around 4pm")
    assert remark["speaker"] == "State Bank of Ruritania"
    assert remark["date"] == pd.Timestamp("2026-03-09")


# "Adviser to the Prime Minister on Finance Nadeem Farooqui had told ...": a title with "on"
def test_a_title_with_its_portfolio_after_on_is_no_part_of_the_name():
    f = rows(
        "Adviser to the Prime Minister on Finance Nadeem Farooqui had told a press conference on "
        "Saturday that the government would not interfere."
    )
    assert containing(f, "would not interfere")["speaker"] == "Nadeem Farooqui"


# "closed 1.07pc lower", "closed Friday at a record 26,072": market lines
def test_market_lines_in_pc_and_at_a_record():
    f = rows(
        "The central bank on Friday raised its key rate by 150 basis points.\n\n"
        "The KSE-100 index closed 1.07pc lower at 34,087 points on Friday.\n\n"
        "The Dow Jones Industrial Average closed Friday at a record 26,072, up 0.2 percent."
    )
    assert containing(f, "1.07pc lower")["kind"] == "market"
    dow = containing(f, "at a record")
    assert dow["kind"] == "market"
    assert dow["date"] == pd.Timestamp("2026-03-06")


# "opened a separate consultation", "filed cloture on an amended stopgap"
def test_a_consultation_opened_and_cloture_filed_are_acts():
    f = rows(
        "Finance Minister Gerald Tibbs unveiled the list of targeted goods on Friday.\n\n"
        "Finance Canada opened a separate consultation the same day on safeguard measures.\n\n"
        "Senate Majority Leader Harlan Pratt later filed cloture on an amended stopgap."
    )
    assert containing(f, "separate consultation")["kind"] == "action"
    assert containing(f, "filed cloture")["kind"] == "action"
    assert containing(f, "filed cloture")["speaker"] == "Harlan Pratt"


def test_a_consultation_visit_is_no_policy_object():
    f = rows("The IMF team ended its consultation visit to Abuja earlier this month.")
    assert f.empty or not (f["kind"] == "action").any()


# "Ratings agency Standard & Poor's said": a firm's name after its kind
def test_a_firm_with_an_ampersand_after_its_kind():
    f = rows(
        "Ratings agency Standard & Poor's said in a note on Tuesday night that the AAA rating "
        "was not at risk."
    )
    assert containing(f, "not at risk")["speaker"] == "Standard & Poor's"


# -- forty-fourth round ---------------------------------------------------------------------
def test_a_reimposed_measure_and_a_tally_with_to_are_acts():
    f = rows(
        "The United States reimposed a first round of sanctions on Iran on Tuesday.\n\n"
        "The Senate voted early Saturday on the tax bill. The bill passed 51 to 49 at 1:51 a.m."
    )
    act = containing(f, "reimposed")
    assert (act["kind"], act["speaker"]) == ("action", "United States")
    assert act["date"] == pd.Timestamp("2026-03-10")
    assert containing(f, "51 to 49")["kind"] == "action"


def test_an_order_set_to_be_promulgated_is_scheduled():
    f = rows(
        "Japan's Cabinet on Friday approved a revised export control order.\n\n"
        "The order is set to be promulgated next Wednesday and will take effect Aug. 28."
    )
    order = containing(f, "set to be promulgated")
    assert (order["kind"], order["speaker"]) == ("scheduled", "Japan's Cabinet")
    assert order["date"] == pd.Timestamp("2026-03-18")


# "..., escalating a trade row that Seoul says is retaliation": not the sentence's cue
def test_a_cue_in_a_relative_clause_inside_a_participles_clause_is_not_the_main_verb():
    f = rows(
        "Japan's Cabinet on Friday approved removing its neighbour from its list of trusted "
        "trading partners, escalating a trade row that Seoul says is retaliation over a court "
        "ruling."
    )
    act = containing(f, "approved removing")
    assert (act["kind"], act["speaker"]) == ("action", "Japan's Cabinet")


# "..., according to a statement the commission released on its website at around 8 p.m. Monday"
def test_a_statement_according_to_its_releaser_is_the_releasers_and_dated_by_the_release():
    f = rows(
        "BEIJING, March 9 (Xinhua) -- China will raise tariffs on some U.S. goods from June 1, "
        "the Customs Tariff Commission of the State Council said Monday.\n\n"
        "Additional tariffs of 25 percent will be imposed on 5,140 items, according to a "
        "statement the commission released on its website at around 8 p.m. Monday.\n\n"
        "Duties on soybeans will also rise, according to a statement released by the Ministry of "
        "Commerce on Monday."
    )
    tariffs = containing(f, "5,140 items")
    assert tariffs["speaker"] == "Customs Tariff Commission of the State Council"
    assert tariffs["date"] == pd.Timestamp("2026-03-09")
    assert containing(f, "soybeans")["speaker"] == "Ministry of Commerce"
