"""Error families found in the fiftieth to fifty-fourth blind rounds and the annotated sets before
them, each fixed by a general rule and tested here on made-up sentences of the same shape (never
a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "the bank cut its growth forecast": a body's revised forecast is its view ---------------
def test_a_body_revising_its_own_forecast_is_its_paraphrase():
    f = rows(
        "The Central Bank of Ruritania raised its main rate to 6 per cent on Tuesday.\n\n"
        "In its quarterly Monetary Review, released alongside the decision, the bank raised its "
        "forecast for inflation at the end of this year to 4.1 per cent from 3.6 per cent.\n\n"
        "The finance ministry last week cut its own growth forecast for this year to 1.2%."
    )
    review = containing(f, "raised its forecast for inflation")
    assert (review["kind"], review["speaker"]) == ("paraphrase", "Central Bank of Ruritania")
    assert review["date"] == pd.Timestamp("2026-03-10")
    ministry = containing(f, "cut its own growth forecast")
    assert ministry["kind"] == "paraphrase"
    assert ministry["date_text"] == "last week"


def test_a_forecast_after_an_act_or_a_market_move_is_no_statement_of_its_own():
    f = rows(
        "The Central Bank of Ruritania lowered its main rate on Tuesday and it cut its "
        "inflation forecast for this year to 2 per cent.\n\n"
        "Shares of Ruritanian Steel fell 8% on Tuesday after the company cut its full-year "
        "profit forecast."
    )
    rate = containing(f, "lowered its main rate")
    assert rate["kind"] == "action"
    shares = containing(f, "Shares of Ruritanian Steel")
    assert shares["kind"] == "market"


def test_a_forecast_and_the_saying_after_it():
    f = rows(
        "The budget office cut its growth forecast for next year to 1.1 per cent on Tuesday. "
        "The office said the measures announced on Tuesday would leave the treasury £9bn of "
        "headroom.\n\n"
        "In its quarterly review, the central bank raised its inflation forecast to 3.3 per "
        "cent from 2.9 per cent, and said it no longer expected prices to return to its target "
        "soon."
    )
    budget = containing(f, "cut its growth forecast")
    assert budget["text"].endswith("1.1 per cent on Tuesday.")
    assert budget["date"] == pd.Timestamp("2026-03-10")  # (not the forecast's year)
    assert containing(f, "The office said the measures")["kind"] == "paraphrase"
    forecast = containing(f, "raised its inflation forecast")
    assert "no longer expected prices" in forecast["text"]


def test_an_undated_forecast_takes_the_day_of_the_decision_it_came_with():
    f = rows(
        "The Central Bank of Ruritania on Tuesday cut its main rate to 5 per cent.\n\n"
        "The six-member monetary policy committee voted 4-2 for the cut.\n\n"
        "The committee lowered its projection for inflation in the second quarter to 2.8 per "
        "cent."
    )
    forecast = containing(f, "lowered its projection")
    assert forecast["kind"] == "paraphrase"
    assert forecast["date"] == pd.Timestamp("2026-03-10")
    assert forecast["date_source"] == "inherited"


# -- a stamp line is no sentence of the story: a clock time after it keeps the lead's day -----
def test_a_clock_time_in_a_next_morning_story_is_of_the_lead_day_not_the_stamp_day():
    f = rows(
        "Ruritania raises stamp duty for foreign buyers to 40%\n\n"
        "Ana Ruiz\n\n"
        "11 Mar 2026 06:00AM (Updated: 11 Mar 2026 11:24AM)\n\n"
        "RURITANIA: Foreign buyers of homes will now pay a stamp duty of 40 per cent under "
        "measures announced by the Government on Tuesday (Mar 10).\n\n"
        "In a joint statement issued at about 9pm, the finance ministry and the central bank "
        "said demand for homes had stayed strong despite higher interest rates."
    )
    statement = containing(f, "In a joint statement issued at about 9pm")
    assert statement["date"] == pd.Timestamp("2026-03-10")
    assert statement["time_of_day"] == "evening"


# -- "Minister for National Development Lim Wei Jie": a portfolio of two words ----------------
def test_a_portfolio_of_several_words_before_the_name():
    f = rows(
        "Speaking to reporters on Tuesday morning on the sidelines of a community event, "
        "Minister of State for National Development Lim Wei Jie said the measures were "
        "pre-emptive.\n\n"
        "Minister for Home Affairs Tan Mei Ling said on Tuesday the rules would be enforced."
    )
    assert containing(f, "Lim Wei Jie said")["speaker"] == "Lim Wei Jie"
    assert containing(f, "Tan Mei Ling said")["speaker"] == "Tan Mei Ling"


# -- "Brazil's real ended ...", "bonds were quoted at ...", "the day-ahead price of electricity"
def test_market_lines_of_a_country_s_currency_a_dealer_s_quote_and_power_prices():
    f = rows(
        "The central bank raised its main rate on Tuesday.\n\n"
        "Ruritania's crown ended almost unchanged at 24.1 per euro.\n\n"
        "Ruritania's dollar bonds maturing in 2030 were quoted at around 61 cents on the dollar "
        "on Tuesday morning.\n\n"
        "On the regional power exchange, the day-ahead price of electricity rose to 96 euros per "
        "megawatt hour.\n\n"
        "Ruritania's real economy grew 2% last year, the statistics office said."
    )
    for words in ("crown ended", "were quoted at", "day-ahead price"):
        assert containing(f, words)["kind"] == "market"
    assert containing(f, "were quoted at")["date"] == pd.Timestamp("2026-03-10")
    assert not (f["kind"] == "market").loc[f["text"].str.contains("real economy")].any()


# -- a term in quotation marks is no quotation: 'the watchdog's "grey list" of ..., it said' ---
def test_a_scare_quote_does_not_cut_the_clause_before_a_trailing_cue():
    f = rows(
        "Ruritania has been placed on the Financial Action Task Force's (FATF) \"grey list\" "
        "of jurisdictions under increased monitoring, the watchdog said on Tuesday.\n\n"
        "Bank shares fell 4 percent on Tuesday after the government approved a levy on banks' "
        "\"excess\" profits, a measure that investors and the central bank said they had not "
        "expected."
    )
    grey = containing(f, "grey list")
    assert (grey["kind"], grey["date"]) == ("paraphrase", pd.Timestamp("2026-03-10"))
    assert grey["speaker"] != "Ruritania"
    assert containing(f, "Bank shares fell")["kind"] == "market"


# -- "Ana Ruiz, whose union had demanded ..., said Thursday that ...": the cue after the aside --
def test_a_cue_inside_a_whose_aside_is_not_the_sentence_s():
    f = rows(
        "Union leader Ana Ruiz, whose confederation had demanded a bigger rise, said Tuesday "
        "that the increase was a step in the right direction."
    )
    ruiz = containing(f, "Ana Ruiz")
    assert (ruiz["kind"], ruiz["speaker"]) == ("paraphrase", "Ana Ruiz")
    assert ruiz["date"] == pd.Timestamp("2026-03-10")


# -- "..., and its monetary policy committee will announce its next decision on 30 March" -----
def test_a_body_s_announced_decision_after_and_is_a_clause_of_its_own():
    f = rows(
        "The central bank raised its repo rate by 25 basis points last month, and its monetary "
        "policy committee will announce its next decision on 30 March."
    )
    act = containing(f, "raised its repo rate")
    assert (act["kind"], act["date_text"]) == ("action", "last month")
    nxt = containing(f, "will announce its next decision")
    assert (nxt["kind"], nxt["date"]) == ("scheduled", pd.Timestamp("2026-03-30"))


# -- "..., according to data released by the Central Bureau of Statistics last month" --------
def test_figures_according_to_their_release_take_its_source_and_day():
    f = rows(
        "Annual inflation slowed to 3.3% in January, according to data released by the "
        "Central Bureau of Statistics last month.\n\n"
        "Exports rose 4% in January, according to figures published by the customs office on "
        "Monday."
    )
    cpi = containing(f, "Annual inflation slowed")
    assert (cpi["speaker"], cpi["date_text"]) == ("Central Bureau of Statistics", "last month")
    assert containing(f, "Exports rose")["date"] == pd.Timestamp("2026-03-09")


# -- "announced the decision at a press briefing in Abuja at about 2:40 p.m. on Tuesday" -------
def test_an_occasion_with_its_hour_before_the_day_dates_the_remark_and_the_perfect_lead():
    f = rows(
        "The Central Bank of Ruritania has raised its benchmark interest rate by 400 basis "
        "points to 22.75 per cent.\n\n"
        "The bank's governor, Ana Ruiz, announced the decision at a press briefing in Ruritania "
        "City at about 2:40 p.m. on Tuesday, at the end of the two-day meeting."
    )
    briefing = containing(f, "announced the decision")
    assert (briefing["date"], briefing["time_of_day"]) == (pd.Timestamp("2026-03-10"), "afternoon")
    lead = containing(f, "has raised its benchmark")
    assert (lead["date"], lead["date_source"]) == (pd.Timestamp("2026-03-10"), "inherited")


# -- "The United Steelworkers union said", "blocked Nippon Steel's takeover of US Steel" -------
def test_a_union_by_its_name_and_a_blocked_takeover():
    f = rows(
        "The US president on Tuesday blocked a foreign steelmaker's $14.9 billion takeover of "
        "Ruritania Steel on national security grounds.\n\n"
        "The United Steelworkers union, which had fought the takeover, welcomed the decision "
        "on Tuesday."
    )
    block = containing(f, "blocked a foreign steelmaker")
    assert (block["kind"], block["date"]) == ("action", pd.Timestamp("2026-03-10"))
    union = containing(f, "welcomed the decision")
    assert union["speaker"] == "United Steelworkers union"


# -- "The union warned it would ..., its secretary general, Ana Ruiz, said in a statement" -----
def test_the_source_a_sentence_ends_on_tells_all_of_it():
    f = rows(
        "The truckers' union warned it would demand new wage talks if fuel prices rose, its "
        "secretary general, Pablo Ferro, said in a statement on Tuesday."
    )
    row = containing(f, "truckers' union warned")
    assert (row["speaker"], row["date"]) == ("Pablo Ferro", pd.Timestamp("2026-03-10"))


# -- "is expected to propose ...", "is due to repay ... tomorrow": events to come ------------
def test_events_to_come_with_proposing_repaying_and_approving():
    f = rows(
        "Ruritania is due to repay 1.6 billion euros to the International Monetary Fund "
        "tomorrow.\n\n"
        "The European Commission is expected to propose a new package of sanctions next week.\n\n"
        "Congress is expected to adopt the 2027 Budget Guidelines Law before the recess, which "
        "begins on July 18."
    )
    repay = containing(f, "is due to repay")
    assert (repay["kind"], repay["date"]) == ("scheduled", pd.Timestamp("2026-03-12"))
    assert containing(f, "is expected to propose")["kind"] == "scheduled"
    assert containing(f, "is expected to adopt")["date"] == pd.Timestamp("2026-07-18")


# -- "futures were down by 2.6pc", "markets opened sharply lower" ---------------------------
def test_market_moves_down_by_and_opened_lower():
    f = rows(
        "The central bank raised rates on Tuesday.\n\n"
        "Brent April futures were down by 2.6pc at $80.03/bl by 16:00 GMT on Tuesday.\n\n"
        "Stock markets across Europe opened sharply lower on Tuesday, with the DAX down 3.1 "
        "percent."
    )
    assert containing(f, "were down by 2.6pc")["kind"] == "market"
    assert containing(f, "opened sharply lower")["kind"] == "market"


# -- "London, 3 February (Argus) — EU member states today agreed ...": a dateline, no speaker --
def test_a_title_case_dateline_with_the_day_before_the_month_is_no_speaker():
    f = rows(
        "London, 10 March (Argus) — EU member states today agreed to cap the price of "
        "Ruritanian diesel at $100/bl."
    )
    cap = containing(f, "agreed to cap")
    assert (cap["speaker"], cap["date"]) == ("EU member states", pd.Timestamp("2026-03-11"))


# -- a perfect lead dated by the announcement of its act, whoever names it --------------------
def test_a_perfect_lead_takes_the_day_of_its_act_s_announcement():
    f = rows(
        "The Central Bank of Ruritania has widened the crown's trading band against the euro to "
        "5% from 3%.\n\n"
        "The Monetary Policy Committee, which met on Monday, announced the decision in a "
        "statement released at 6.30pm."
    )
    lead = containing(f, "has widened the crown's trading band")
    assert lead["kind"] == "action"
    assert (lead["date"], lead["date_source"]) == (pd.Timestamp("2026-03-09"), "inherited")


# -- "told the government's weekly press conference shortly after noon on Thursday" ----------
def test_a_gathering_told_with_its_hour_dates_the_remark():
    f = rows(
        "Prime Minister Ana Ruiz told the government's weekly press conference shortly after "
        "noon on Tuesday that the measures were aimed at those who needed help most."
    )
    row = containing(f, "weekly press conference")
    assert (row["date"], row["time_of_day"]) == (pd.Timestamp("2026-03-10"), "afternoon")


# -- "Minister of Economic Affairs and Infrastructure Tanel Kask (Center) said" ---------------
def test_a_portfolio_in_two_parts_and_a_party_s_name_after_the_person():
    f = rows(
        "Minister of Economic Affairs and Infrastructure Tanel Varik (Center) said families "
        "would be able to apply for the compensation.\n\n"
        "Minister of Finance Liis Tamm (Reform) said the bill would be sent to parliament on "
        "Friday."
    )
    assert containing(f, "families would be able")["speaker"] == "Tanel Varik"
    assert containing(f, "sent to parliament")["speaker"] == "Liis Tamm"


# -- "The tally, announced at 9:58 pm, was 379 votes in favour"; "A final vote is expected next
# week" ---------------------------------------------------------------------------------------
def test_a_tally_announced_in_an_aside_and_an_event_expected_at_a_time():
    f = rows(
        "The Chamber of Deputies approved the pension reform in a first-round vote on "
        "Tuesday.\n\n"
        "The tally, announced at 9:58 pm after a marathon session, was 379 votes in favour and "
        "131 against.\n\n"
        "The new tariff schedule is expected next week."
    )
    tally = containing(f, "The tally, announced")
    assert (tally["kind"], tally["date"]) == ("action", pd.Timestamp("2026-03-10"))
    assert tally["time_of_day"] == "evening"
    schedule = containing(f, "is expected next week")
    assert (schedule["kind"], schedule["date"]) == ("scheduled", pd.Timestamp("2026-03-16"))


# -- "Elena Vargas Mora" ... "Vargas said": the first of two surnames -------------------------
def test_a_name_shortened_to_its_first_surname():
    f = rows(
        "\"Today we chose responsibility,\" Finance Minister Elena Vargas Mora said at the signing "
        "ceremony on Tuesday.\n\n"
        "Vargas said the ministry expects the reform to raise revenue by 1.2 percent of GDP.\n\n"
        "The Extended Fund Facility was approved in 2024. The Fund said on Monday it would review "
        "it."
    )
    vargas = containing(f, "Vargas said the ministry")
    assert vargas["speaker"] == "Elena Vargas Mora"
    assert vargas["date"] == pd.Timestamp("2026-03-10")
    assert containing(f, "The Fund said")["speaker"] != "Extended Fund Facility"


# -- '... as "a historic step" in the reform agenda in a tweet on Saturday evening';
# "in a statement carried by the news agency in the early hours of Monday" --------------------
def test_an_occasion_right_before_the_day_dates_a_long_remark():
    f = rows(
        "The Office of the Prime Minister described the award as \"a historic step\" in the "
        "country's homegrown economic reform agenda in a tweet on Saturday evening.\n\n"
        "The measures were announced by Finance Minister Ana Ruiz in a statement carried by the "
        "Ruritanian Press Agency (RPA) in the early hours of Monday."
    )
    tweet = containing(f, "in a tweet on Saturday evening")
    assert (tweet["date"], tweet["time_of_day"]) == (pd.Timestamp("2026-03-07"), "evening")
    assert containing(f, "carried by the Ruritanian")["date"] == pd.Timestamp("2026-03-09")


# -- "Dockworkers walked off the job at 12:01 a.m. Tuesday"; "... shortly after the walkout began"
def test_a_strike_and_a_remark_after_the_walkout():
    f = rows(
        "Dockworkers at the country's ports walked off the job at 12:01 a.m. Tuesday, halting "
        "container operations.\n\n"
        "\"We gave them every chance,\" union president Ana Ruiz said in a video message posted "
        "shortly after the walkout began."
    )
    strike = containing(f, "walked off the job")
    assert (strike["kind"], strike["date"]) == ("action", pd.Timestamp("2026-03-10"))
    assert containing(f, "every chance")["date"] == pd.Timestamp("2026-03-10")


# -- "announced by Minister of Finance and Acting Minister of Economy Dr. Ana Ruiz in a statement
# carried by the news agency in the early hours of Monday" -----------------------------------
def test_a_passive_agent_after_a_chain_of_titles():
    f = rows(
        "The measures were announced by Minister of Finance and Acting Minister of Economy and "
        "Planning Dr. Ana Ruiz in a statement carried by the Ruritanian Press Agency (RPA) in "
        "the early hours of Monday."
    )
    row = containing(f, "were announced by")
    assert (row["speaker"], row["date"]) == ("Ana Ruiz", pd.Timestamp("2026-03-09"))
