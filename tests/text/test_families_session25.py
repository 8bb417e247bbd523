"""Error families found in the thirty-fourth to thirty-eighth blind rounds (ordinary news from
wire services, newspapers, business dailies, public radio and local television: rate decisions,
Senate votes, export controls, markets wraps, budget stories, rule explainers, ...), each fixed
by a general rule and tested here on made-up sentences of the same shape (never a round's own
text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-07"  # a Saturday

rows = partial(statement_rows, published=PUB)


# -- a regulator's everyday acts: "finalized the rule", "waived the fee", "cleared the bill" --
def test_a_regulators_everyday_acts_are_actions():
    f = rows(
        "The Transport Department on Thursday finalized its rule on truck emissions.\n\n"
        "The agency finalised two related rules the same day.\n\n"
        "Harris County waived the permit fees on Monday.\n\n"
        "The Senate cleared the bill on Wednesday.\n\n"
        "The regulator rescinded the licence on Tuesday."
    )
    lead = containing(f, "finalized its rule")
    assert (lead["kind"], lead["speaker"]) == ("action", "Transport Department")
    assert lead["date"] == pd.Timestamp("2026-03-05")
    assert containing(f, "two related rules")["date"] == pd.Timestamp("2026-03-05")
    assert containing(f, "waived the permit fees")["kind"] == "action"
    assert containing(f, "cleared the bill")["date"] == pd.Timestamp("2026-03-04")
    assert containing(f, "rescinded the licence")["kind"] == "action"


def test_cleared_without_a_measure_after_it_is_no_act():
    f = rows("The proposal cleared its first hurdle on Tuesday, as expected.")
    assert f.empty or not f["text"].str.contains("first hurdle").any()


# -- "Oil and Gas Minister Salim Al Harthy": two portfolios before a title --------------------
def test_the_first_of_two_portfolios_before_a_title_is_no_person():
    f = rows(
        "The Ministry of Fish and Forests said on Thursday that quotas would stay.\n\n"
        "Fish and Forests Minister Tomas Berg told reporters on Friday that the quota was fair."
    )
    assert containing(f, "quota was fair")["speaker"] == "Tomas Berg"


def test_an_officer_is_a_title_before_a_name():
    f = rows(
        "Parliamentary Budget Officer Lena Marsh will publish her assessment of the budget on "
        "March 17.\n\nChief Financial Officer Ana Ruiz said on Friday the company would cut costs."
    )
    assert containing(f, "assessment of the budget")["speaker"] == "Lena Marsh"
    assert containing(f, "cut costs")["speaker"] == "Ana Ruiz"


# -- "said in an interview that aired Sunday": the occasion's relative clause dates it -------
def test_an_occasions_relative_clause_dates_the_remark():
    f = rows(
        '"The door is closed," Ms. Roe said in an interview that aired Sunday on a morning '
        "programme.\n\nMr. Lund said in a video that was posted on Thursday that the plan "
        "would stay."
    )
    assert containing(f, "door is closed")["date"] == pd.Timestamp("2026-03-01")
    assert containing(f, "plan would stay")["date"] == pd.Timestamp("2026-03-05")


# -- a clock time after the cue names when it was said, however long the phrase before it ----
def test_a_clock_time_after_the_cue_dates_the_remark_on_the_story_day():
    f = rows(
        "The government intervened in the currency market on Thursday to curb the franc.\n\n"
        "Deputy Finance Minister Ola Berg confirmed the operation to reporters at the finance "
        "ministry at around 7 p.m., saying the country had acted alone."
    )
    remark = containing(f, "confirmed the operation")
    assert remark["date"] == pd.Timestamp("2026-03-05")
    assert remark["time_of_day"] == "evening"


# -- "The duties were published in the Official Journal late on Monday. They apply from today."
def test_a_measures_publication_and_its_start_today_are_its_makers():
    f = rows(
        "The European Commission on Thursday imposed provisional duties on steel wire from Ruritania.\n\n"
        "The duties were published in the EU's Official Journal late on Friday. They apply "
        "from today.\n\nThe levy takes effect today."
    )
    published = containing(f, "Official Journal")
    assert (published["kind"], published["speaker"]) == ("action", "European Commission")
    assert published["date"] == pd.Timestamp("2026-03-06")
    start = containing(f, "apply from today")
    assert (start["kind"], start["speaker"]) == ("scheduled", "European Commission")
    assert start["date"] == pd.Timestamp(PUB)


# -- a forecast's content and a comparison's date are not the act's ---------------------------
def test_a_forecasts_change_and_a_comparisons_date_do_not_date_the_act():
    f = rows(
        "Ruritania's central bank raised its main interest rate on Thursday.\n\n"
        "The bank's new rate forecast, published alongside the decision, points to a further "
        "increase in June, a steeper path than the one it presented in December.\n\n"
        "The employers' federation said in a statement after the decision that the hike was "
        "premature."
    )
    forecast = containing(f, "new rate forecast")["date"]
    assert pd.isna(forecast) or forecast == pd.Timestamp("2026-03-05")  # not June, not December
    assert containing(f, "premature")["date"] == pd.Timestamp("2026-03-05")


def test_a_concession_with_a_pronoun_leaves_the_act_its_own():
    f = rows(
        "Elsewhere, Ruritania's central bank kept its repo rate at 2 percent on Feb. 26, though "
        "it said it still expected to raise it in June."
    )
    act = containing(f, "kept its repo rate")
    assert (act["kind"], act["date"]) == ("action", pd.Timestamp("2026-02-26"))


# -- "The crown strengthened": the Nordic and Czech currencies in English ---------------------
def test_the_crown_is_a_currency():
    f = rows("The crown strengthened after the decision, reaching 11.2 per euro at 1300 GMT.")
    assert containing(f, "crown strengthened")["kind"] == "market"


# -- "Earlier Thursday, senators rejected, 41-57, an amendment": the chamber's vote ------------
def test_members_voting_with_a_tally_are_their_chamber_and_a_debate_dates_a_remark():
    f = rows(
        "The Senate late Thursday approved an emergency spending bill, sending it to the House."
        "\n\nEarlier Thursday, senators rejected, 41-57, an amendment from Sen. Bo Diaz, "
        'R-Okla., that would have paid for the bill. Diaz argued during the debate that the '
        'bill "borrows every penny."'
    )
    vote = containing(f, "senators rejected")
    assert (vote["speaker"], vote["date"]) == ("Senate", pd.Timestamp("2026-03-05"))
    assert containing(f, "borrows every penny")["date"] == pd.Timestamp("2026-03-05")


# -- a devaluation, a report's release, a month that opens the sentence, "the previous day" ---
def test_a_devaluation_is_an_act():
    f = rows("Ruritania devalued its official exchange rate by 12 percent on Tuesday.")
    act = containing(f, "devalued")
    assert (act["kind"], act["speaker"]) == ("action", "Ruritania")


def test_a_reports_release_dates_what_it_said_and_an_opening_month_its_subject():
    f = rows(
        "The central bank said in a report released Tuesday that exports would recover.\n\n"
        "Last month the IMF warned that the deficit left the country exposed."
    )
    assert containing(f, "report released")["date"] == pd.Timestamp("2026-03-03")
    warned = containing(f, "IMF warned")
    assert (warned["speaker"], warned["date"]) == ("IMF", pd.Timestamp("2026-02-01"))


def test_the_previous_day_before_a_that_clause_is_the_day_before_the_last_one_named():
    f = rows(
        "The union said in a statement on Thursday evening that prices were too high.\n\n"
        "The minister, Ana Ruiz, had told lawmakers the previous day that the government would "
        "not interfere."
    )
    assert containing(f, "would not interfere")["date"] == pd.Timestamp("2026-03-04")


# -- a regulator named in full, a filing's phrase, a Chinese surname "He" ----------------------
def test_a_regulators_measure_in_a_later_paragraph_is_the_regulators():
    f = rows(
        "The National Water Regulator of Ruritania (NWR) has granted the utility a tariff "
        "increase of 8%.\n\nNWR chair Ana Ruiz announced the decision at a briefing on Thursday "
        'morning.\n\n"Consumers cannot pay for waste," Ruiz said.\n\nThe increase will take '
        "effect on April 1 for customers supplied directly by the utility."
    )
    start = containing(f, "take effect on April 1")
    assert (start["kind"], start["speaker"]) == ("scheduled", "National Water Regulator of Ruritania")


def test_a_filings_phrase_dates_the_remark_and_he_is_a_surname():
    f = rows(
        "Kitano Kiko said in a filing with the Tokyo Stock Exchange late on Monday that the "
        "rules could cut its sales.\n\nThe ministry's spokeswoman, He Lanfang, repeated the "
        "warning at a briefing on Thursday afternoon."
    )
    assert containing(f, "filing with the Tokyo")["date"] == pd.Timestamp("2026-03-02")
    assert containing(f, "repeated the warning")["speaker"] == "He Lanfang"


# -- a noun's relative clause is not the sentence's act; a gazette notice names no source ------
def test_a_plural_nouns_relative_clause_is_no_act_and_the_measure_stays_its_makers():
    f = rows(
        "The White House said late Thursday that the president would impose a 20% tariff on "
        "imported pumps. Pumps from countries that have signed trade agreements with the U.S. "
        "will face a 15% rate. The tariffs take effect April 15."
    )
    assert not f["text"].str.contains("countries that have signed").any()
    assert containing(f, "take effect April 15")["speaker"] == "White House"


def test_a_notice_in_the_federal_register_is_no_source():
    f = rows(
        "The Commerce Department will hold a public hearing on the exclusions on March 27, "
        "according to a notice in the Federal Register."
    )
    assert containing(f, "public hearing")["speaker"] == "Commerce Department"


def test_a_report_with_the_quarters_results_is_scheduled_on_its_day():
    f = rows("Kitano said it would publish a revised forecast with its first-quarter results on May 8.")
    event = containing(f, "revised forecast")
    assert (event["kind"], event["date"]) == ("scheduled", pd.Timestamp("2026-05-08"))


# -- after a quotation's attribution, a dated event of its own; a body's lower-case clause ------
def test_a_dated_event_after_the_quotations_attribution_is_a_statement_of_its_own():
    f = rows(
        '"Workers cannot pay double," union spokesperson Ana Ruiz told reporters. The union\'s '
        "central committee meets on Tuesday to set the date of the strike."
    )
    meeting = containing(f, "central committee meets")
    assert (meeting["kind"], meeting["date"]) == ("scheduled", pd.Timestamp("2026-03-10"))
    assert not containing(f, "cannot pay double")["text"].endswith("strike.")


def test_a_bodys_clause_in_lower_case_after_and_and_a_due_answer_are_events():
    f = rows(
        "The statistics office publishes the inflation figure on March 18, and the "
        "monetary-policy committee meets again next month.\n\nThe minister is due to answer "
        "questions in the upper house on March 23."
    )
    committee = containing(f, "committee meets again")
    assert (committee["kind"], committee["date"]) == ("scheduled", pd.Timestamp("2026-04-01"))
    assert containing(f, "due to answer")["date"] == pd.Timestamp("2026-03-23")


# -- a measure that took effect at a clock time; a bill to be tabled; a body's "which said" ----
def test_a_start_at_a_clock_time_a_bill_to_be_tabled_and_a_bodys_relative_remark():
    f = rows(
        "The budget, which Finance Minister Ana Roe tabled on Thursday afternoon, raises the "
        "excise duty on cigarettes by $4.\n\nThe higher tobacco duty took effect at 12:01 a.m. "
        "Friday.\n\nThe budget implementation bill is expected to be tabled next month.\n\n"
        "The ruling was a blow to Acme Corp., which said on Monday it would appeal."
    )
    start = containing(f, "took effect at 12:01")
    assert (start["speaker"], start["date"]) == ("Ana Roe", pd.Timestamp("2026-03-06"))
    bill = containing(f, "to be tabled next month")
    assert (bill["kind"], bill["date"]) == ("scheduled", pd.Timestamp("2026-04-01"))
    appeal = containing(f, "would appeal")
    assert (appeal["speaker"], appeal["date"]) == ("Acme Corp", pd.Timestamp("2026-03-02"))


# -- "attorneys general from 23 states"; "that June" after "in May 2023" ------------------------
def test_attorneys_general_speak_and_that_month_is_of_the_year_last_named():
    f = rows(
        "Republican attorneys general from 23 states, led by Texas, said Friday that they would "
        "sue.\n\nThe agency proposed the rule in May 2024 and received comments. At a hearing "
        "that June, the administrator, Ana Roe, told lawmakers that the rule was sound."
    )
    sue = containing(f, "would sue")
    assert (sue["speaker"], sue["date"]) == ("Republican attorneys general", pd.Timestamp("2026-03-06"))
    assert containing(f, "rule was sound")["date"] == pd.Timestamp("2024-06-01")


def test_that_june_resolves_in_the_year_of_the_last_expression():
    from toolkit import resolve_dates

    found = resolve_dates(
        "The plan was proposed in May 2023. At a hearing that June, critics attacked it. Later "
        "that year, it was revised.",
        published=PUB,
    )
    assert list(found["date"].dt.year) == [2023, 2023, 2023]


# -- "EPA expects the rule to be published in the Federal Register next month" -----------------
def test_what_a_body_expects_to_be_published_is_its_scheduled_event():
    f = rows(
        "The agency proposed the rule in May 2024.\n\nThe agency finalized the rule on Thursday."
        "\n\nEPA expects the rule to be published in the Federal Register next month."
    )
    event = containing(f, "expects the rule")
    assert (event["kind"], event["date"]) == ("scheduled", pd.Timestamp("2026-04-01"))


def test_the_date_of_what_an_act_sets_up_is_not_the_acts():
    f = rows(
        "The Senate late Thursday approved the bill.\n\nAfter the vote the majority leader, Ana "
        "Ruiz, filed cloture on a stopgap bill, setting up a first procedural vote for Monday "
        "at 5:30 p.m."
    )
    assert containing(f, "filed cloture")["date"] == pd.Timestamp("2026-03-05")


# -- "A Treasury official said ... “...,” the official said." -----------------------------------
def test_the_official_after_an_unnamed_official_speaks_for_the_same_body():
    f = rows(
        "A senior finance ministry official, who spoke on condition of anonymity, said on "
        'Thursday that the levy would raise revenue. "The idea is not revenue," the official '
        "said."
    )
    quote = containing(f, "idea is not revenue")
    assert (quote["speaker"], quote["date"]) == ("ministry", pd.Timestamp("2026-03-05"))


def test_shortly_before_midnight_is_the_evening_of_the_day_last_named():
    f = rows(
        "The ministry cut the duty on Thursday.\n\nThe Battery Council said in a statement "
        "issued shortly before midnight that the cut would help."
    )
    remark = containing(f, "shortly before midnight")
    assert (remark["date"], remark["time_of_day"]) == (pd.Timestamp("2026-03-05"), "evening")


# -- "later in the afternoon" after an announced day; "before the announcement"; "next week's" --
def test_a_news_conference_later_in_the_afternoon_is_of_the_story_day():
    f = rows(
        "The central bank cut its rate on Thursday. The Sunbank said its president would "
        "explain her vote in a statement on Monday.\n\nAt a news conference later in the "
        "afternoon, Governor Ana Roe described the cut as insurance."
    )
    remark = containing(f, "described the cut")
    assert (remark["date"], remark["time_of_day"]) == (pd.Timestamp("2026-03-05"), "afternoon")


def test_a_remark_before_the_announcement_of_the_day_and_not_of_next_weeks_budget():
    f = rows(
        "Transport Minister Ana Roe announced the rise at a press conference this morning.\n\n"
        "Speaking on morning radio before the announcement, Finance Minister Bo Lind said the "
        "government had no choice.\n\nLind said next week's Budget would still show a surplus."
    )
    assert containing(f, "had no choice")["date"] == pd.Timestamp(PUB)
    assert containing(f, "still show a surplus")["date"] != pd.Timestamp("2026-03-09")


# -- "in the same debate"; "the Economic Prosperity Deal announced on 8 May" ------------------
def test_the_same_debate_and_a_deal_named_after_an_act():
    f = rows(
        "Ana Roe told MPs on Tuesday that talks were advanced.\n\nThe shadow business "
        'secretary, Bo Lind, accused ministers in the same debate of "sleepwalking."\n\n'
        "The US doubled its tariffs on steel to 50% on 4 March but spared the UK, while the two "
        "sides work out the details of the Economic Prosperity Deal announced on 8 February."
    )
    assert containing(f, "sleepwalking")["date"] == pd.Timestamp("2026-03-03")
    doubled = containing(f, "doubled its tariffs")
    assert (doubled["speaker"], doubled["date"]) == ("US", pd.Timestamp("2026-03-04"))


# -- "The bank next reviews the rate on June 9"; ", and a group of senators introduced ..." ----
def test_a_banks_next_review_and_a_groups_act_in_a_second_clause():
    f = rows(
        "The Reserve Bank held rates on Thursday.\n\nThe bank next reviews the official cash "
        "rate on June 9.\n\nBritain said on Tuesday it would bar the ships, and a group of U.S. "
        "senators introduced a bill the previous day to ban imports."
    )
    review = containing(f, "next reviews")
    assert (review["kind"], review["date"]) == ("scheduled", pd.Timestamp("2026-06-09"))
    bill = containing(f, "introduced a bill")
    assert (bill["speaker"], bill["date"]) == ("senators", pd.Timestamp("2026-03-02"))


# -- a body's announced measure in force the next day; "said in a statement overnight" --------
def test_a_measure_announced_by_a_body_comes_into_force_as_its_act():
    f = rows(
        "The commerce ministry of Ruritania announced on Thursday night it would impose "
        "anti-dumping duties on barley.\n\nThe duties came into force on Friday.\n\n"
        "Grain Producers said in a statement overnight the duties would cost growers."
    )
    start = containing(f, "came into force")
    assert (start["kind"], start["date"]) == ("action", pd.Timestamp("2026-03-06"))
    assert containing(f, "statement overnight")["date"] == pd.Timestamp(PUB)


# -- "In a veto proclamation, the governor said"; "issued the same night" ----------------------
def test_a_proclamation_is_the_acts_statement_and_the_same_night_its_evening():
    f = rows(
        "Gov. Ana Roe signed the state budget late Thursday, but not before using her line-item "
        "veto to strike $312 million in spending.\n\nIn a veto proclamation, the governor said "
        "the program duplicated existing efforts.\n\nIn a separate proclamation issued the same "
        "night, Roe ordered lawmakers back for a special session."
    )
    assert containing(f, "duplicated existing")["date"] == pd.Timestamp("2026-03-05")
    ordered = containing(f, "ordered lawmakers")
    assert (ordered["date"], ordered["time_of_day"]) == (pd.Timestamp("2026-03-05"), "evening")


def test_within_minutes_of_the_announcement_is_its_day():
    f = rows(
        "The Bank of Ruritania raised its rate on Thursday. The bank announced the decision at "
        "noon.\n\nBo Lind, an opposition MP, wrote on X within minutes of the announcement that "
        "the rise would hurt families."
    )
    assert containing(f, "within minutes")["date"] == pd.Timestamp("2026-03-05")


# -- "Business groups said on Friday" under a title-case headline -------------------------------
def test_business_groups_speak_as_a_group_under_a_title_case_headline():
    f = rows(
        "Business Groups Ready Legal Challenge to New Overtime Rule\n\nWASHINGTON — Business "
        "groups said on Friday that they were preparing to sue the Labor Department."
    )
    said = containing(f, "preparing to sue")
    assert (said["speaker"], said["date"]) == ("Business groups", pd.Timestamp("2026-03-06"))


def test_early_on_a_day_is_its_morning():
    f = rows("Four industry groups said in statements early on Thursday that the rules were unfair.")
    said = containing(f, "early on Thursday")
    assert (said["date"], said["time_of_day"]) == (pd.Timestamp("2026-03-05"), "morning")


# -- "Hours later, a senior official told ..."; ", and industry lobby CII said ..." ------------
def test_a_time_counted_from_the_event_before_opens_a_sentence_and_a_lobby_a_clause():
    f = rows(
        "The central bank kept its repo rate on Thursday.\n\nHours later, a senior finance "
        "ministry official, who did not wish to be named, told reporters that the government "
        "was comfortable.\n\nOfficials had said last week that there was room for a cut, and "
        "industry lobby CII said on Thursday it was disappointed."
    )
    assert containing(f, "was comfortable")["speaker"] == "ministry"
    lobby = containing(f, "was disappointed")
    assert (lobby["speaker"], lobby["date"]) == ("CII", pd.Timestamp("2026-03-05"))
