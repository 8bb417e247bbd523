"""Error families found in the sixtieth and sixty-first blind rounds and the annotated sets
before them, each fixed by a general rule and tested here on made-up sentences of the same
shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit.text.timex import resolve_dates

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "the president-elect threatened ...": an office one was elected to ---------------------
def test_the_president_elect_unnamed_is_the_office_and_named_is_the_person():
    f = rows("Last month, the president-elect threatened to impose 30% tariffs on all imports.")
    threat = containing(f, "threatened to impose")
    assert threat["speaker"] == "President-elect"
    assert (threat["date"], threat["precision"]) == (pd.Timestamp("2026-02-01"), "month")
    f = rows(
        "President-elect Ana Ruiz won the runoff in January.\n\n"
        "Last month, the president-elect threatened to impose 30% tariffs on all imports."
    )
    assert containing(f, "threatened to impose")["speaker"] == "Ana Ruiz"


# -- "The March contract ... settled up 2 cents": a futures contract by its month -----------
def test_a_futures_contract_named_by_its_month_is_a_market_line():
    f = rows(
        "The May contract on the Kansas City exchange settled up 3 cents at $5.12 a bushel on "
        "Tuesday."
    )
    line = containing(f, "settled up 3 cents")
    assert (line["kind"], line["date"]) == ("market", pd.Timestamp("2026-03-10"))


def test_a_labour_contract_named_by_its_month_is_no_market_line():
    f = rows("The union said on Tuesday that the March contract was fair to its members.")
    assert containing(f, "the March contract")["kind"] != "market"


# -- "A dispute settlement panel under the ... Agreement has ruled": the panel --------------
def test_a_panel_under_a_treaty_is_the_speaker_not_the_treaty():
    f = rows(
        "OTTAWA, March 11, 2026 - A dispute settlement panel under the Northern Free Trade "
        "Agreement has ruled that Ruritania's dairy quotas break the pact."
    )
    assert containing(f, "has ruled that")["speaker"] == "panel"


def test_a_dateline_with_its_year_is_no_part_of_the_subject():
    f = rows("OTTAWA, March 11, 2026 - The central bank cut its key rate on Wednesday.")
    assert containing(f, "cut its key rate")["speaker"] != "OTTAWA"


# -- "before the market opened", "in the afternoon" after a day to come ----------------------
def test_the_market_opening_is_a_morning_of_the_day_last_mentioned_that_has_come():
    f = rows(
        "Norvia Energy announced on Wednesday that it would cut fuel prices.\n\n"
        "The new prices take effect on Thursday.\n\n"
        "In a filing sent to the securities regulator before the market opened, the company "
        "said its pricing would follow domestic costs.\n\n"
        "At a press conference at its headquarters in the afternoon, chief executive Ana "
        "Ruiz said the change was permanent."
    )
    filing = containing(f, "In a filing sent")
    assert (filing["date"], filing["time_of_day"]) == (pd.Timestamp(PUB), "morning")
    briefing = containing(f, "the change was permanent")
    assert (briefing["date"], briefing["time_of_day"]) == (pd.Timestamp(PUB), "afternoon")


def test_the_opening_next_to_a_day_or_in_a_present_market_line_is_that_day_or_today():
    found = resolve_dates(
        "The bank held rates on Tuesday.\n\nFutures are flat ahead of the open. Shares fell "
        "before trading began on Monday.",
        published=PUB,
    )
    by_text = {r.text: (r.date, r.time_of_day) for r in found.itertuples()}
    assert by_text["ahead of the open"] == (pd.Timestamp("2026-03-11"), "morning")
    assert by_text["Monday"] == (pd.Timestamp("2026-03-09"), "morning")


def test_a_part_of_the_day_before_a_verb_to_come_stays_undated():
    found = resolve_dates(
        "The prices change on Thursday. The board will meet in the afternoon.", published=PUB
    )
    assert "in the afternoon" not in set(found["text"])


# -- "ordered commissioners ... to deploy officers": an order to those under one -------------
def test_an_order_to_someone_to_act_is_an_act_and_directed_at_is_not():
    f = rows(
        "On Sunday, the Inspector-General of Police ordered commissioners in all 36 states "
        "and the capital territory to deploy officers to fuel depots."
    )
    order = containing(f, "ordered commissioners")
    assert (order["kind"], order["date"]) == ("action", pd.Timestamp("2026-03-08"))
    f = rows("The president on Tuesday instructed the finance ministry to draft new rules.")
    assert containing(f, "instructed the finance ministry")["kind"] == "action"
    assert rows("The anger was directed at the central bank on Monday.").empty


# -- "voted against the government en bloc", "made a last appeal to deputies, warning" -------
def test_a_vote_against_the_government_and_an_appeal_with_a_warning_are_rows():
    f = rows(
        "The Greens voted against the government on Monday.\n\n"
        "Opening the debate at 3 pm, the prime minister made a last appeal to deputies, "
        "warning that the country could not afford more debt."
    )
    vote = containing(f, "voted against the government")
    assert (vote["kind"], vote["speaker"]) == ("action", "Greens")
    appeal = containing(f, "made a last appeal")
    assert appeal["kind"] == "paraphrase"
    assert appeal["time_of_day"] == "afternoon"


# -- "an hour after the vote" over a month's background act that names a vote ----------------
def test_after_the_vote_is_the_days_act_not_a_months_background_vote():
    f = rows(
        "The Assembly brought down the government on Tuesday, refusing its confidence to the "
        "prime minister.\n\n"
        "In January, deputies toppled his predecessor in a no-confidence vote.\n\n"
        "In a brief statement issued an hour after the vote, the Elysée said a successor "
        "would be named within days."
    )
    statement = containing(f, "the Elysée said")
    assert statement["date"] == pd.Timestamp("2026-03-10")


# -- "She called on the head of state to dissolve the Assembly": the remark's day ------------
def test_a_persons_call_on_someone_after_her_dated_quote_is_of_the_same_day():
    f = rows(
        "The Assembly voted against the budget on Tuesday.\n\n"
        '"The president can name whoever he wants," Ana Ruiz, who leads the opposition group, '
        "told reporters after the vote. She called on the head of state to dissolve the "
        "Assembly."
    )
    call = containing(f, "She called on the head of state")
    assert call["date"] == pd.Timestamp("2026-03-10")


# -- strikes and protests called for a day to come ------------------------------------------
def test_a_strike_called_for_a_day_to_come_is_an_event_and_a_second_clause_its_own_row():
    f = rows(
        "A protest movement born on messaging apps last summer has called for blockades "
        "across the country on Friday, and the five main trade unions have called a day of "
        "strikes on March 26."
    )
    blockades = containing(f, "has called for blockades")
    assert (blockades["kind"], blockades["date"]) == ("scheduled", pd.Timestamp("2026-03-13"))
    strikes = containing(f, "have called a day of")
    assert strikes["text"] != blockades["text"]
    assert (strikes["kind"], strikes["date"]) == ("scheduled", pd.Timestamp("2026-03-26"))
    assert containing(rows("The unions have called for calm."), "called for calm")["kind"] != (
        "scheduled"
    )


# -- "the first Tuesday of October": the nth weekday of a month -----------------------------
def test_the_nth_weekday_of_a_month_is_that_day():
    found = resolve_dates(
        "The budget will be tabled no later than the first Tuesday of October. They met on the "
        "second Monday of January. The vote was on the last Friday in June 2024.",
        published=PUB,
    )
    assert list(found["date"]) == [
        pd.Timestamp("2026-10-06"),
        pd.Timestamp("2026-01-12"),
        pd.Timestamp("2024-06-28"),
    ]



# -- "The Bank of X, which cut its rate on January 1, is due to announce ... on February 26" --
def test_a_bodys_dated_act_in_a_relative_clause_before_an_event_to_come_is_a_row_too():
    f = rows(
        "The Bank of Ruritania, which cut its benchmark interest rate to 4.5 percent on "
        "January 5, is due to announce its next rate decision on March 26."
    )
    event = containing(f, "is due to announce")
    assert (event["kind"], event["date"]) == ("scheduled", pd.Timestamp("2026-03-26"))
    cut = f[(f["kind"] == "action") & f["text"].str.contains("which cut its benchmark")]
    assert len(cut) == 1
    assert (cut.iloc[0]["speaker"], cut.iloc[0]["date"]) == (
        "Bank of Ruritania",
        pd.Timestamp("2026-01-05"),
    )


# -- "had placed Israel's rating on review", "cut its outlook ... to negative" ---------------
def test_a_rating_put_on_review_and_an_outlook_cut_to_negative_are_acts():
    f = rows(
        "Moody's had placed Ruritania's rating on review for a possible downgrade on October "
        "19. S&P Global Ratings cut its outlook for Ruritania to negative later that month."
    )
    review = containing(f, "placed Ruritania's rating on review")
    assert (review["kind"], review["date"]) == ("action", pd.Timestamp("2025-10-19"))
    outlook = containing(f, "cut its outlook")
    assert (outlook["kind"], outlook["speaker"]) == ("action", "S&P Global Ratings")
    assert outlook["date"].month == 10
    assert rows("The bank cut its growth outlook for next year on Tuesday.").empty


# -- "The new rate ... takes effect on 1 March" after a change announced --------------------
def test_a_new_rate_taking_effect_is_the_event_of_who_announced_the_change():
    f = rows(
        "The national minimum wage will rise by 4.4% to R30.10 an hour, labour minister Ana "
        "Ruiz announced on Wednesday.\n\n"
        "The new rate, up from R28.79, takes effect on 1 April."
    )
    start = containing(f, "takes effect on 1 April")
    assert (start["kind"], start["speaker"]) == ("scheduled", "Ana Ruiz")
    assert start["date"] == pd.Timestamp("2026-04-01")


# -- "voted against the adjournment", "gave the Commission a mandate" ------------------------
def test_a_vote_on_a_motion_and_a_mandate_given_are_acts():
    f = rows(
        "Ruritania voted against the adjournment on Tuesday.\n\n"
        "EU governments gave the Commission a mandate on February 15 to negotiate."
    )
    assert containing(f, "voted against the adjournment")["kind"] == "action"
    mandate = containing(f, "gave the Commission a mandate")
    assert (mandate["kind"], mandate["date"]) == ("action", pd.Timestamp("2026-02-15"))


def test_a_bodys_past_in_a_relative_clause_is_not_the_sentence_when_an_event_follows():
    f = rows(
        "The board, which held its benchmark rate at 9.25 percent in January, meets again on "
        "April 30."
    )
    meeting = containing(f, "meets again on April 30")
    assert (meeting["kind"], meeting["date"]) == ("scheduled", pd.Timestamp("2026-04-30"))
    held = f[(f["kind"] == "action") & f["text"].str.contains("which held its benchmark")]
    assert list(held["date"]) == [pd.Timestamp("2026-01-01")]


# -- "its labour force survey for the fourth quarter on 18 February"; "will be credited" ------
def test_a_releases_day_beats_the_period_its_figures_cover_and_a_payment_is_an_event():
    f = rows(
        "The statistics office will release its labour force survey for the fourth quarter on "
        "17 March.\n\n"
        "The finance ministry said the first payments will be credited to bank accounts this "
        "Friday (March 13)."
    )
    survey = containing(f, "labour force survey")
    assert (survey["kind"], survey["date"]) == ("scheduled", pd.Timestamp("2026-03-17"))
    payments = containing(f, "will be credited")
    assert (payments["kind"], payments["date"]) == ("scheduled", pd.Timestamp("2026-03-13"))


def test_the_tense_of_a_relative_clause_is_its_own():
    found = resolve_dates(
        "The Bank of Ruritania, which cut its rate on January 5, is due to announce its next "
        "decision on March 26.",
        published=PUB,
    )
    assert list(found["date"]) == [pd.Timestamp("2026-01-05"), pd.Timestamp("2026-03-26")]


# -- "the bureau's director said ... “...,” the director said" -------------------------------
def test_a_bodys_unnamed_head_is_the_body_wherever_the_article_calls_them_the_director():
    f = rows(
        "The Ruritanian Consumer Bureau finalized its data rule on Wednesday morning.\n\n"
        "In remarks on Wednesday morning, the bureau's director said the rule would put "
        "consumers in control.\n\n"
        '"This rule gives people the power to walk away," the director said.\n\n'
        "The bureau proposed the rule last October.\n\n"
        "Banks filed suit on Wednesday.\n\n"
        "The director is scheduled to discuss the rule at a conference next week."
    )
    quote = containing(f, "the power to walk away")
    assert quote["speaker"] == containing(f, "the bureau's director said")["speaker"]
    assert quote["speaker"] is not None
    assert containing(f, "is scheduled to discuss")["speaker"] == quote["speaker"]


# -- body names with "and" and "of", and a body's working group -----------------------------
def test_a_ministry_named_with_and_and_of_and_a_bodys_working_group():
    f = rows(
        "The Domestic Trade and Cost of Living Ministry (KPDN) said on Monday that it had "
        "deployed 2,000 officers.\n\n"
        "The IMO's intersessional working group on greenhouse gas emissions will still meet "
        "next week."
    )
    assert containing(f, "deployed 2,000 officers")["speaker"] == (
        "Domestic Trade and Cost of Living Ministry"
    )
    assert containing(f, "working group")["speaker"] == "IMO"


# -- round 62: Utility Dive, The Hindu ------------------------------------------------------
def test_a_deadline_then_an_unnamed_spokesperson_are_two_rows():
    f = rows(
        "Requests for rehearing are due by April 2, and a company spokesperson said Tuesday "
        "evening that the firm was weighing an appeal."
    )
    spokesperson = containing(f, "a company spokesperson said")
    assert "Requests for rehearing" not in spokesperson["text"]
    assert (spokesperson["date"], spokesperson["time_of_day"]) == (
        pd.Timestamp("2026-03-10"),
        "evening",
    )


def test_a_technical_conference_held_a_market_monitor_and_a_stock_that_was_down():
    f = rows(
        "The regulator held a daylong technical conference on co-located load on Tuesday.\n\n"
        "In a letter last month, PJM's independent market monitor urged the commission to "
        "reject the deal.\n\n"
        "Talen's shares were down 3% on Tuesday. Vistra, which owns six nuclear plants, was "
        "down about 1%."
    )
    assert containing(f, "held a daylong technical conference")["kind"] == "action"
    assert containing(f, "urged the commission")["speaker"] == "PJM's independent market monitor"
    assert containing(f, "Vistra, which owns")["kind"] == "market"
    assert rows("The minister held a press conference on Tuesday.").empty


def test_a_long_participial_opener_with_a_clause_of_time_and_a_date_in_brackets():
    f = rows(
        "Announcing the decisions at a press conference close to 10.30 p.m., after a meeting "
        "that stretched for more than 10 hours, the Union Finance Minister, who chairs the "
        "Council, said all States had agreed.\n\n"
        "In a post on X on Wednesday morning (March 11, 2026), the Congress general secretary "
        "said the reform had come too late.\n\n"
        "A Group of Ministers on rate rationalisation accepted the two-slab proposal on "
        "February 21."
    )
    assert containing(f, "all States had agreed")["speaker"] == "Union Finance Minister"
    post = containing(f, "had come too late")
    assert (post["date"], post["time_of_day"]) == (pd.Timestamp(PUB), "morning")
    accepted = containing(f, "accepted the two-slab proposal")
    assert (accepted["kind"], accepted["date"]) == ("action", pd.Timestamp("2026-02-21"))


# -- round 62: Morocco World News, The Irrawaddy ---------------------------------------------
def test_a_title_case_dateline_a_kind_before_a_name_a_joined_name_with_its_acronym_a_junta():
    f = rows(
        "Rabat – Ruritania's main trade unions launched a general strike on Wednesday.\n\n"
        "The opposition Party of Progress and Socialism (PPS) said on Tuesday that it "
        "supported the strike.\n\n"
        "Rights group Justice For Ruritania said the measure falls short.\n\n"
        "The junta's spokesman told reporters on Wednesday that the sanctions would fail."
    )
    assert containing(f, "launched a general strike")["speaker"] != "Rabat"
    assert containing(f, "supported the strike")["speaker"] == "Party of Progress and Socialism"
    assert containing(f, "falls short")["speaker"] == "Justice For Ruritania"
    assert containing(f, "the sanctions would fail")["speaker"] == "junta"


# -- "Kenya, Tanzania and Rwanda also read their budgets", ", PSA data released on ... showed" -
def test_budgets_read_by_countries_and_an_agencys_data_released_on_a_day():
    f = rows(
        "Kenya, Tanzania and Rwanda also read their budgets on Tuesday.\n\n"
        "Gross domestic product grew by 6.3% in the fourth quarter, PSA data released on "
        "Feb. 8 showed, faster than in the third."
    )
    budgets = containing(f, "read their budgets")
    assert (budgets["kind"], budgets["speaker"]) == ("action", "Kenya")
    data = containing(f, "PSA data released")
    assert (data["speaker"], data["date"]) == ("PSA", pd.Timestamp("2026-02-08"))
    assert rows("Inflation rose to 4.4% in February, PSA data showed.").empty
    assert rows("She read the report on Tuesday.").empty


# -- round 63: "..., the state-run news agency reported"; "the authority's chairman ... He" ---
def test_an_act_a_news_agency_reported_is_the_actors_and_a_bodys_head_is_he():
    f = rows(
        "The Emir issued Royal Decree 12/2026 on Tuesday promulgating the Income Tax Law, the "
        "state-run Ruritania News Agency (RNA) reported.\n\n"
        "The Tax Authority said on Tuesday that the tax was fair.\n\n"
        '"The law is fair," the authority\'s chairman told a press conference on Wednesday '
        "morning.\n\n"
        "He said the authority would issue the regulations well before the start date."
    )
    decree = containing(f, "issued Royal Decree")
    assert (decree["kind"], decree["speaker"]) == ("action", "Emir")
    assert decree["date"] == pd.Timestamp("2026-03-10")
    later = containing(f, "He said the authority")
    assert later["speaker"] == containing(f, "The law is fair")["speaker"]
    assert later["date"] == pd.Timestamp(PUB)


# -- round 63: bdnews24 ---------------------------------------------------------------------
def test_a_state_minister_an_acronym_after_or_passives_of_revision_and_rallies_announced():
    f = rows(
        "The State Minister for Labour and Employment announced the new wage at the "
        "Secretariat on Wednesday afternoon.\n\n"
        "Inflation stood at 9.93 percent in February, the Ruritania Bureau of Statistics or RBS "
        "said on Monday.\n\n"
        "The minimum wage was last revised in September 2018, when the board set it at Tk "
        "8,000.\n\n"
        "The workers' alliance rejected the new wage in a statement on Wednesday evening and "
        "announced rallies in the capital on Friday."
    )
    assert containing(f, "announced the new wage")["speaker"] == (
        "State Minister for Labour and Employment"
    )
    assert containing(f, "Inflation stood at")["speaker"] == "Ruritania Bureau of Statistics"
    revised = containing(f, "was last revised")
    assert (revised["kind"], revised["date"]) == ("action", pd.Timestamp("2018-09-01"))
    rallies = f[(f["kind"] == "scheduled") & f["text"].str.contains("announced rallies")]
    assert list(rallies["date"]) == [pd.Timestamp("2026-03-13")]


# -- round 63: Energy Voice -----------------------------------------------------------------
def test_an_unnamed_judge_is_the_court_and_a_possessor_is_no_first_name():
    f = rows(
        "The approvals for Norvia's Skerry oil field were unlawful, Scotland's highest civil "
        "court ruled today.\n\n"
        "In a judgment published shortly after 10am, the judge said the decisions had failed "
        "to take emissions into account.\n\n"
        "But he ruled that work can continue.\n\n"
        "Norvia said in a statement today that it was disappointed."
    )
    assert containing(f, "the judge said")["speaker"] == "court"
    assert containing(f, "he ruled that work")["speaker"] == "court"
    assert containing(f, "it was disappointed")["speaker"] == "Norvia"


# -- round 63: The Citizen, Voice of America -------------------------------------------------
def test_according_to_the_statement_is_its_issuer_and_a_deadline_extended_is_an_act():
    f = rows(
        "Ruritania has banned imports of farm products from Borduria.\n\n"
        "The Minister for Agriculture, Mr Ivo Kral, announced the ban in a statement issued "
        "yesterday afternoon.\n\n"
        "The ban will take effect on Monday, March 16, unless the governments in Szohod and "
        "Brno lift their restrictions before then, according to the statement.\n\n"
        "Mr Kral also directed the Ruritania Plant Health Authority (RPHA) to stop issuing "
        "import permits.\n\n"
        "The Treasury Department also on Monday extended the deadline for Norvia Oil to wind "
        "down its operations."
    )
    ban = containing(f, "The ban will take effect")
    assert ban["kind"] == "scheduled"
    assert ban["speaker"] not in ("Brno", "Szohod")
    assert containing(f, "directed the Ruritania Plant Health")["kind"] == "action"
    deadline = containing(f, "extended the deadline")
    assert (deadline["kind"], deadline["date"]) == ("action", pd.Timestamp("2026-03-09"))


# -- round 63: Balkan Insight ---------------------------------------------------------------
def test_an_event_told_by_unnamed_diplomats_is_the_named_subjects_and_a_headline_participle():
    f = rows(
        "Ruritania Makes Euro Sole Currency, Sidelining Bordurian Dinar\n\n"
        "The Security Council will discuss the matter next Thursday, March 19, diplomats in New "
        "York told reporters.\n\n"
        "Trade officials are due to meet in Szohod next Tuesday, the ministry said.\n\n"
        "In Szohod, the head of the government's Office for Ruritania, Ivo Kral, said on "
        "Tuesday evening that the measure was unfair."
    )
    council = containing(f, "will discuss the matter")
    assert (council["kind"], council["date"]) == ("scheduled", pd.Timestamp("2026-03-19"))
    assert council["speaker"] != "diplomats"
    assert containing(f, "are due to meet")["speaker"] == "ministry"
    assert containing(f, "the measure was unfair")["speaker"] == "Ivo Kral"


# -- round 64: The Astana Times -------------------------------------------------------------
def test_a_bodys_head_by_its_acronym_is_he_and_a_long_body_name_trails_a_sentence():
    f = rows(
        "Speaking at a press briefing an hour after the announcement, the NBR Chairman said "
        "the bank had considered a larger increase.\n\n"
        '"We are prepared to keep the rate high for longer," he said.\n\n'
        "Annual inflation accelerated to 9.4% in February, the Bureau of National Statistics "
        "of the Agency for Strategic Planning and Reforms reported on March 3."
    )
    chairman = containing(f, "considered a larger increase")["speaker"]
    assert containing(f, "keep the rate high")["speaker"] == chairman == "NBR Chairman"
    bureau = containing(f, "Annual inflation accelerated")
    assert bureau["speaker"].startswith("Bureau of National Statistics")
    assert bureau["date"] == pd.Timestamp("2026-03-03")


# -- round 64: Trinidad Express -------------------------------------------------------------
def test_an_obligation_by_a_day_is_to_come_and_an_occasions_place_may_end_with_a_comma():
    found = resolve_dates(
        "All transactions must be wound down by January 27, he said.", published="2026-04-10"
    )
    assert list(found["date"]) == [pd.Timestamp("2027-01-27")]
    f = rows(
        "The Prime Minister announced the decision at a news conference at the Diplomatic "
        "Centre, St Ann's, yesterday afternoon, saying the notice had come late on Monday."
    )
    announced = containing(f, "announced the decision")
    assert (announced["date"], announced["time_of_day"]) == (
        pd.Timestamp("2026-03-10"),
        "afternoon",
    )


# -- round 64: Folha in English -------------------------------------------------------------
def test_a_passives_agent_by_its_office_ends_where_its_adjuncts_begin():
    f = rows(
        "The tariff had been announced by the American president on February 9 in a letter "
        "addressed to the Brazilian president."
    )
    announced = containing(f, "had been announced by")
    assert (announced["speaker"], announced["date"]) == (
        "American president",
        pd.Timestamp("2026-02-09"),
    )


# -- round 64: Law360 -----------------------------------------------------------------------
def test_an_outlets_dateline_in_brackets_and_oral_argument_heard():
    f = rows(
        "Law360 (March 11, 2026, 5:58 PM EDT) -- A Fifth Circuit panel on Wednesday vacated the "
        "regulator's private fund rules.\n\n"
        "The panel heard oral argument in February."
    )
    vacated = containing(f, "vacated the regulator's")
    assert vacated["speaker"] == "Fifth Circuit panel"
    heard = containing(f, "heard oral argument")
    assert (heard["kind"], heard["date"]) == ("action", pd.Timestamp("2026-02-01"))
