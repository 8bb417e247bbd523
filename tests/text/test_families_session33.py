"""Error families found in the sixty-fourth and sixty-fifth blind rounds and the annotated sets
before them, each fixed by a general rule and tested here on made-up sentences of the same
shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "Ann Roe, who argued the case for the groups, told ...": a lawyer's pleading -----------
def test_a_lawyer_who_argued_the_case_is_dated_by_the_sentence_cue():
    f = rows(
        "Ann Roe of Pell Marsh LLP, who argued the case for the trade associations, told "
        "reporters on Tuesday afternoon that the ruling was a clear rebuke."
    )
    told = containing(f, "told reporters")
    assert told["speaker"] == "Ann Roe"
    assert (told["date"], told["time_of_day"]) == (pd.Timestamp("2026-03-10"), "afternoon")


def test_argued_that_stays_a_cue():
    f = rows("Ann Roe argued on Tuesday that the ruling was a clear rebuke.")
    assert containing(f, "argued on Tuesday")["kind"] == "paraphrase"


# -- "The agency's chair had defended ...": the agency last named -----------------------------
def test_the_agency_is_the_government_agency_last_named():
    f = rows(
        "The Federal Maritime Commission adopted the fee rule in January.\n\n"
        "The agency's chair defended the rule last month, telling lawmakers that shippers "
        "deserve fair terms.\n\n"
        "The agency said on Tuesday that it would appeal."
    )
    assert containing(f, "defended the rule")["speaker"] == "Federal Maritime Commission"
    assert containing(f, "would appeal")["speaker"] == "Federal Maritime Commission"


def test_the_agency_after_an_apposition_is_that_named_body():
    f = rows(
        "Tarrant Ratings, a credit-rating agency, said in a note on Tuesday that the state's "
        "rating was safe.\n\n"
        "The agency said it would review the state's finances next month."
    )
    assert containing(f, "would review")["speaker"] == "Tarrant Ratings"


# -- "the opposition leader in the National Assembly termed it ...": the leader, not the house -
def test_a_chamber_leader_named_by_the_chamber_is_the_leader():
    f = rows(
        "Speaking to reporters outside Parliament on Tuesday evening, the opposition leader in "
        'the Senate termed the bill "a tax on the poor".'
    )
    termed = containing(f, "termed the bill")
    assert termed["speaker"] == "opposition leader"
    assert (termed["date"], termed["time_of_day"]) == (pd.Timestamp("2026-03-10"), "evening")


# -- "At the end of a two-week visit to Lusaka, an IMF staff mission said ...": the IMF ------
def test_a_long_opening_occasion_and_an_acronym_body_mission():
    f = rows(
        "At the end of a two-week visit to Lusaka, an IMF staff mission said in a statement on "
        "March 6 that talks on a new loan had made progress."
    )
    mission = containing(f, "staff mission said")
    assert mission["speaker"] in ("IMF", "International Monetary Fund")
    assert mission["date"] == pd.Timestamp("2026-03-06")


def test_a_country_delegation_is_not_taken_for_a_body_by_its_acronym():
    f = rows("The trade minister said on Tuesday that a US delegation would arrive on March 20.")
    event = f[f["kind"] == "scheduled"].iloc[0]
    assert event["speaker"] == "US delegation"  # (not "US")


# -- "In a statement issued shortly after the 3:00 p.m. ceremony at ..., Abuja, the ... said" --
def test_a_statement_issued_after_an_hour_at_a_place_opens_the_sentence():
    f = rows(
        "In a statement issued shortly after the 11:00 a.m. ceremony at the Banquet Hall of the "
        "State House, Lusaka, the Special Assistant to the President for Press said the new law "
        "takes effect in July."
    )
    said = containing(f, "takes effect in July")
    assert said["speaker"] == "Special Assistant to the President for Press"


# -- "Its last increase came on Nov. 29, when it lifted ...": the body's last move -----------
def test_a_body_last_move_told_as_a_noun_with_its_day():
    f = rows(
        "The Reserve Bank of Ruritania held its policy rate at 7.5% on Tuesday. Its last "
        "increase came on Nov. 14, 2025, when it lifted the rate by 50 basis points."
    )
    last = containing(f, "Its last increase")
    assert (last["kind"], last["speaker"]) == ("action", "Reserve Bank of Ruritania")
    assert last["date"] == pd.Timestamp("2025-11-14")


# -- "Hours earlier, the Treasury announced ..." after a day to come -------------------------
def test_hours_earlier_after_a_day_to_come_is_the_story_day():
    f = rows(
        "The government signed the tariff order on Tuesday.\n\n"
        "The surcharge takes effect next Wednesday, seven days after the order's publication.\n\n"
        "Hours earlier, the Treasury Department announced sanctions against the judge."
    )
    assert containing(f, "Hours earlier")["date"] == pd.Timestamp("2026-03-10")


# -- "the vice president, who also heads the MDIC (Ministry of ..., Industry, ...), told ..." --
def test_the_vice_president_is_not_the_president_named_before():
    f = rows(
        "The American president signed the order on Tuesday afternoon.\n\n"
        "On the morning of this Wednesday (11), the vice president, who also heads the MDT "
        "(Ministry of Development, Industry, Trade and Services), told journalists that "
        '"there is room to negotiate".\n\n'
        '"We will not close any door," he said.'
    )
    told = containing(f, "told journalists")
    assert told["speaker"] == "vice president"
    assert (told["date"], told["time_of_day"]) == (pd.Timestamp("2026-03-11"), "morning")
    assert containing(f, "close any door")["speaker"] == "vice president"


def test_the_president_after_a_vice_president_is_still_the_president():
    f = rows(
        "President Ana Ruiz signed the decree on Tuesday.\n\n"
        "Vice President Bo Diaz said on Tuesday that talks would go on.\n\n"
        "The president said on Wednesday that the decree was final."
    )
    assert containing(f, "decree was final")["speaker"] == "Ana Ruiz"


def test_the_part_of_the_day_before_its_weekday():
    from toolkit.text.timex import resolve_dates

    found = resolve_dates("On the night of this Tuesday (10), the palace replied.", published=PUB)
    assert (found["value"].iloc[0], found["time_of_day"].iloc[0]) == ("2026-03-10", "evening")


# -- "The Prime Minister announced ... | ..., he said. | He said ...": the office's person ----
def test_a_capitalised_office_with_no_holder_is_whom_he_is():
    f = rows(
        "The Prime Minister announced the decision at a news conference on Tuesday afternoon.\n\n"
        "All transactions related to the field must be wound down by October 31, he said.\n\n"
        "He said a technical team would travel to Washington next week."
    )
    assert containing(f, "wound down")["speaker"] == "Prime Minister"
    said = containing(f, "He said a technical team")
    assert said["speaker"] == "Prime Minister"
    # the deadline he told is no day he spoke on
    assert said["date"] == pd.Timestamp("2026-03-10")


# -- "The Government raised VAT to 15 percent ... in September last year" --------------------
def test_policy_objects_are_written_to_match_the_lower_cased_text():
    import re

    from toolkit.text.vocabulary import POLICY_OBJECTS

    capitals = [w for w in POLICY_OBJECTS if re.search(r"(?<!\\)[A-Z]", w)]
    assert capitals == []  # (POLICY_OBJECT_LOWER reads the lower-cased text, with no flag)


def test_a_tax_raised_by_its_initials_is_dated_by_its_month_after_the_old_figure():
    f = rows("The Government raised VAT to 18 percent from 15 percent in September last year.")
    raised = containing(f, "raised VAT")
    assert (raised["kind"], raised["speaker"]) == ("action", "Government")
    assert (raised["date"], raised["precision"]) == (pd.Timestamp("2025-09-01"), "month")


# -- "The ... Bill, which ..., was passed in Parliament yesterday with a majority of 45 votes" --
def test_a_bill_passed_in_parliament_is_the_chamber_vote():
    f = rows(
        "The Finance Bill, which raises the levy on fuel and removes exemptions on nearly 100 "
        "goods, was passed in Parliament on Tuesday with a majority of 45 votes."
    )
    passed = containing(f, "was passed in Parliament")
    assert (passed["kind"], passed["speaker"]) == ("action", "Parliament")
    assert passed["date"] == pd.Timestamp("2026-03-10")


# -- a Colombo index "closed 21.55 points or 0.21 percent lower" (no commas) ------------------
def test_an_index_that_closed_points_or_percent_lower_without_commas():
    f = rows(
        "The All Share Price Index (ASPI) of the Colombo Stock Exchange (CSE) closed 21.55 "
        "points or 0.21 percent lower at 10,402.33 points on Tuesday."
    )
    line = containing(f, "closed 21.55 points")
    assert (line["kind"], line["date"]) == ("market", pd.Timestamp("2026-03-10"))


# -- "QCB had last changed its rates in July last year" ---------------------------------------
def test_a_central_bank_that_changed_its_rates():
    f = rows("The Reserve Bank of Ruritania had last changed its rates in July last year.")
    changed = containing(f, "changed its rates")
    assert (changed["kind"], changed["date"]) == ("action", pd.Timestamp("2025-07-01"))


def test_changed_with_no_rate_is_no_act():
    f = rows("The minister changed his mind in July last year.")
    assert f.empty or not f["text"].str.contains("changed his mind").any()


# -- "HE the QCB Governor had told ...", "Banking sources said ..." ----------------------------
def test_an_honorific_before_the_office_and_unnamed_sources_by_their_field():
    f = rows(
        "HE the QCB Governor had told a banking conference in Doha earlier this month that the "
        "bank would move in step with the peg.\n\n"
        "Banking sources said on Tuesday that lenders would pass the lower rates on next month."
    )
    told = containing(f, "banking conference")
    assert told["speaker"] == "QCB Governor"
    assert told["date"] == pd.Timestamp("2026-03-01")  # ("earlier this month")
    sources = containing(f, "Banking sources said")
    assert (sources["kind"], sources["date"]) == ("paraphrase", pd.Timestamp("2026-03-10"))


# -- "..., while the Central Bank of the UAE reduced its base rate by 50bps" -----------------
def test_a_second_body_of_the_acting_after_while_is_an_act_of_its_own():
    f = rows(
        "The Saudi Central Bank (SAMA) cut its repo rate by 50bps to 5.50% on Wednesday, while "
        "the Central Bank of the UAE reduced its base rate by 50bps to 4.90%."
    )
    assert containing(f, "repo rate")["speaker"] == "Saudi Central Bank"
    uae = containing(f, "base rate")
    assert (uae["speaker"], uae["kind"]) == ("Central Bank of the UAE", "action")


# -- "A Cabinet meeting in the afternoon had approved ...": an auxiliary, no participle -------
def test_a_meeting_in_the_afternoon_had_approved_is_the_body_act():
    f = rows(
        "A Cabinet meeting in the afternoon had approved what its communiqué called "
        '"measures to cushion households against high fuel prices", and the Office of the '
        "Prime Minister posted the key line that night."
    )
    approved = containing(f, "had approved")
    assert (approved["kind"], approved["speaker"]) == ("action", "Cabinet")


# -- "The President assented to the Act last month", "had on Friday issued a circular" -------
def test_assent_to_an_act_and_a_circular_issued():
    f = rows(
        "The President assented to the Act last month.\n\n"
        "The Chief Education Officer had on Friday issued a circular instructing head teachers "
        "to submit daily registers."
    )
    assent = containing(f, "assented to")
    assert (assent["kind"], assent["speaker"]) == ("action", "President")
    assert (assent["date"], assent["precision"]) == (pd.Timestamp("2026-02-01"), "month")
    circular = containing(f, "issued a circular")
    assert (circular["kind"], circular["date"]) == ("action", pd.Timestamp("2026-03-06"))


# -- "EU farm organisations Copa-Cogeca welcomed ...", "BusinessEurope urged ..." -------------
def test_a_coined_body_name_takes_a_stance():
    f = rows(
        "EU farm organisations Copa-Cogeca welcomed the vote on Tuesday.\n\n"
        "BusinessEurope welcomed the vote on Tuesday."
    )
    assert containing(f, "Copa-Cogeca welcomed")["speaker"] == "Copa-Cogeca"
    assert containing(f, "BusinessEurope welcomed")["speaker"] == "BusinessEurope"


def test_a_place_alone_still_takes_no_stance():
    f = rows("Brussels welcomed the vote on Tuesday.")
    assert f.empty


# -- "Immediately afterwards, MEPs decided to refer the text back ..." ------------------------
def test_meps_after_an_opener_are_a_group_dated_by_the_vote_before():
    f = rows(
        "The Parliament on Tuesday adopted the amendments by 371 votes to 240.\n\n"
        "Immediately afterwards, MEPs decided to refer the text back to the committee for "
        "negotiations with the Council."
    )
    referred = containing(f, "refer the text back")
    assert (referred["speaker"], referred["date"]) == ("MEPs", pd.Timestamp("2026-03-10"))


# -- "On Thursday afternoon, the American Bankers Association, ... sued the bureau" -----------
def test_a_suit_at_law_is_an_act_of_its_own():
    f = rows(
        "On Tuesday afternoon, the Ruritanian Bankers Association, the Consumer Lenders "
        "Association and the Coastal Bankers Association sued the bureau in federal court."
    )
    sued = containing(f, "sued the bureau")
    assert (sued["kind"], sued["speaker"]) == ("action", "Ruritanian Bankers Association")
    assert (sued["date"], sued["time_of_day"]) == (pd.Timestamp("2026-03-10"), "afternoon")


# -- "A first trilogue could take place as early as next week" -------------------------------
def test_a_meeting_that_could_take_place_next_week():
    f = rows("A first trilogue could take place as early as next week, a source said.")
    event = f[f["kind"] == "scheduled"].iloc[0]
    assert event["date"] == pd.Timestamp("2026-03-16")


# -- 'The Commission "takes note" of the vote, its spokesperson for the environment said' ----
def test_its_spokesperson_for_a_field_after_a_scare_quote_is_the_body():
    f = rows(
        "The European Commission adopted the plan on Monday.\n\n"
        'The Commission "takes note" of the vote, its spokesperson for the environment said '
        "at the midday briefing on Tuesday."
    )
    note = containing(f, "takes note")
    assert (note["speaker"], note["date"]) == ("European Commission", pd.Timestamp("2026-03-10"))


def test_a_name_with_its_role_in_apposition_stays_the_name():
    f = rows(
        "The carmakers' association said on Tuesday that the tariffs were wrong. Ana Ruiz, its "
        "president, has long argued that Europe should compete on innovation."
    )
    assert containing(f, "has long argued")["speaker"] == "Ana Ruiz"


# -- bodies by their names: a union with its acronym, two actors, a list, a staff -----------
def test_a_union_named_with_its_acronym_holds_its_event():
    f = rows("The Ruritania Private Road Transport Union (RPRTU) will meet on Friday to decide fares.")
    event = containing(f, "will meet on Friday")
    assert (event["speaker"], event["kind"]) == ("Ruritania Private Road Transport Union", "scheduled")


def test_an_association_acronym_before_its_chairman_gives_the_chairman():
    f = rows(
        "Ruritanian Employers Association (Apindo) chairman Ali Basri said on Tuesday that rates "
        "would rise."
    )
    assert containing(f, "chairman Ali Basri")["speaker"] == "Ali Basri"


def test_the_first_of_two_actors_and_a_list_of_bodies_ending_in_a_described_group():
    f = rows(
        "The United States and the European Union on Tuesday announced sanctions on 83 tankers.\n\n"
        "On Tuesday afternoon, the Ruritanian Bankers Association, the Consumer Lenders "
        "Association and two Mississippi business groups sued the bureau in federal court.\n\n"
        "IMF staff and the Sri Lankan authorities reached a staff-level agreement in October."
    )
    assert containing(f, "announced sanctions")["speaker"] == "United States"
    assert containing(f, "sued the bureau")["speaker"] == "Ruritanian Bankers Association"
    assert containing(f, "staff-level agreement")["speaker"] in ("IMF", "International Monetary Fund")


def test_a_body_president_and_ceo_speaks_for_the_body():
    f = rows('"We will fight it in court," the ABA\'s president and CEO said in a statement Tuesday.')
    assert containing(f, "fight it in court")["speaker"] == "ABA"


# -- "..., while shares of Wells Fargo, which has already cut its fees, were roughly flat" ----
def test_a_company_past_act_in_an_aside_of_a_market_line():
    f = rows(
        "The KBW Nasdaq Bank Index was down about 0.4% in afternoon trading Tuesday, while shares "
        "of Wells Fargo, which has already cut its overdraft fees, were roughly flat."
    )
    line = containing(f, "KBW Nasdaq Bank Index")
    assert (line["kind"], line["time_of_day"]) == ("market", "afternoon")


# -- "said it would ask the Ombudsman next week", "will stage a protest ... on Friday" --------
def test_a_petition_or_a_protest_to_come_is_an_event():
    f = rows(
        "Opposition party Save Ruritania Union (USR) said it would ask the Ombudsman next week "
        "to refer the ordinance to the Constitutional Court."
    )
    ask = containing(f, "would ask the Ombudsman")
    assert (ask["kind"], ask["date"]) == ("scheduled", pd.Timestamp("2026-03-16"))
    assert ask["speaker"] == "Save Ruritania Union"


# -- a later clause's act and a body's person's quote take the day of what opens them -------
def test_a_second_clause_act_takes_the_day_its_first_clause_inherited():
    f = rows(
        "The Fed cut its rate by half a point on Tuesday. Gulf central banks moved within hours "
        "of the Fed. The Saudi Central Bank (SAMA) cut its repo rate by 50bps to 5.50%, while "
        "the Central Bank of the UAE reduced its base rate by 50bps to 4.90%."
    )
    assert containing(f, "reduced its base rate")["date"] == pd.Timestamp("2026-03-10")


def test_its_rapporteur_quote_after_the_group_dated_remark():
    f = rows(
        "The S&D group accused the EPP on Tuesday of relying on far-right votes. "
        '"This is not a postponement, it is a dismantling," said its shadow rapporteur, Tomas '
        "Lindqvist (S&D, Swedish)."
    )
    assert containing(f, "dismantling")["date"] == pd.Timestamp("2026-03-10")


# -- "The cedi was trading at about GH¢10.45 ..., according to Bank of Ghana data" -----------
def test_a_currency_trading_at_a_rate_by_a_bank_data_is_a_market_line():
    f = rows(
        "The cedi was trading at about GH¢10.45 to the US dollar on the interbank market this "
        "morning, according to Bank of Ghana data."
    )
    line = containing(f, "was trading at")
    assert (line["kind"], line["speaker"], line["time_of_day"]) == ("market", None, "morning")


# -- "Brussels, 10/03/2026 (Agence Europe) - The European Parliament ..." --------------------
def test_a_dateline_with_its_date_in_figures_and_a_strike_notice():
    f = rows(
        "Brussels, 10/03/2026 (Agence Europe) - The European Parliament on Tuesday adopted, by "
        "371 votes to 240, a series of amendments.\n\n"
        "The union served notice of the strike last week after the ministry rejected its "
        "request for talks."
    )
    assert containing(f, "adopted, by 371")["speaker"] == "European Parliament"
    notice = containing(f, "served notice")
    assert (notice["kind"], notice["date"]) == ("action", pd.Timestamp("2026-03-02"))


# -- "Unless the co-legislators agree ..., the regulation will apply as planned from ..." ----
def test_a_condition_holds_no_stance_and_the_rule_applies_from_its_day():
    f = rows(
        "The European Parliament on Tuesday adopted amendments to the regulation.\n\n"
        "Unless the co-legislators agree on the postponement in time, the regulation will "
        "apply as planned from 30 December 2026."
    )
    applies = containing(f, "will apply as planned")
    assert (applies["kind"], applies["date"]) == ("scheduled", pd.Timestamp("2026-12-30"))


# -- "... stayed away yesterday as the Guyana Teachers' Union (GTU) began a strike" ----------
def test_the_act_after_as_is_its_own_subject_and_the_union_head_speaks_for_it():
    f = rows(
        "Teachers across the country stayed away from classrooms yesterday as the Ruritania "
        "Teachers' Union (RTU) began an indefinite strike.\n\n"
        '"We did not want to be here," the RTU President told reporters at the picket line.'
    )
    lead = containing(f, "began an indefinite strike")
    assert (lead["speaker"], lead["date"]) == ("Ruritania Teachers' Union", pd.Timestamp("2026-03-10"))
    assert containing(f, "did not want to be here")["date"] == pd.Timestamp("2026-03-10")


# -- "the State Minister of Finance said ... | ..., the State Minister said. | He said ..." --
def test_an_office_of_a_portfolio_is_one_person_by_its_short_title_and_he():
    f = rows(
        "Moving the Bill for debate in the morning, the State Minister of Finance said on "
        "Tuesday the increase was unavoidable.\n\n"
        '"No Government raises taxes because it wants to," the State Minister said.\n\n'
        "He said the removal of exemptions would bring in Rs.80 billion next year."
    )
    for words in ("unavoidable", "wants to", "removal of exemptions"):
        said = containing(f, words)
        assert (said["speaker"], said["date"]) == ("State Minister of Finance", pd.Timestamp("2026-03-10"))


# -- "Speaking with State House correspondents after the event, the minister said ..." -------
def test_a_remark_after_the_event_is_of_the_act_before():
    f = rows(
        "The President on Tuesday signed the Minimum Wage (Amendment) Bill into law.\n\n"
        "Speaking with correspondents after the event, the Minister of Labour said workers "
        "would get the new wage with their March salaries."
    )
    said = containing(f, "after the event")
    assert (said["date"], said["date_source"]) == (pd.Timestamp("2026-03-10"), "inherited")


def test_a_fact_sheet_released_together_with_the_order_is_of_its_day():
    f = rows(
        "The United States imposed a 50% tariff on Ruritanian goods on Tuesday with an "
        "executive order signed by the president.\n\n"
        "In a fact sheet released together with the order, the White House said the measure "
        "responds to an unusual threat."
    )
    said = containing(f, "fact sheet")
    assert (said["speaker"], said["date"]) == ("White House", pd.Timestamp("2026-03-10"))


def test_a_tariff_formalized_is_an_act():
    f = rows("The United States formalized a 50% tariff on Ruritanian goods on Tuesday.")
    act = containing(f, "formalized")
    assert (act["kind"], act["speaker"], act["date"]) == (
        "action", "United States", pd.Timestamp("2026-03-10")
    )


# -- "Elliot Sandoval, thanks.", "NPR's Selena Markham reports." ------------------------------
def test_a_broadcast_thanks_and_hand_over_are_no_statements():
    f = rows(
        "The central bank cut its rate on Tuesday.\n\n"
        "Ana Ruiz, thanks for joining us.\n\n"
        "NPR's Selena Marsh reports.\n\n"
        "Bo Diaz, thanks."
    )
    assert list(f["kind"]) == ["action"]


def test_a_report_with_its_object_stays_a_statement():
    f = rows("The ministry reports that exports fell 4% in February.")
    assert containing(f, "exports fell")["kind"] == "paraphrase"


# -- "Industry body Offshore Energies UK (OEUK) said ..." -------------------------------------
def test_a_body_kind_before_a_name_of_capitalised_words_and_its_acronym():
    f = rows(
        "Industry body Offshore Energies NZ (OENZ) said in a statement today that the "
        "ruling added to the uncertainty."
    )
    assert containing(f, "said in a statement today")["speaker"] == "Offshore Energies NZ"


# -- round 66: a case brought, a scheme scrapped, a body's administrator, a state's office ---
def test_a_case_taken_to_court_and_a_scheme_scrapped_are_acts():
    f = rows(
        "The European Commission took Ruritania to court in March 2023, more than two years "
        "after it first opened infringement proceedings.\n\n"
        "Cyprus scrapped its own passport scheme in November 2020 after undercover reporting."
    )
    court = containing(f, "took Ruritania to court")
    assert (court["kind"], court["speaker"], court["date"]) == (
        "action", "European Commission", pd.Timestamp("2023-03-01")
    )
    assert containing(f, "scrapped")["kind"] == "action"


def test_a_took_with_no_court_is_no_act():
    f = rows("The minister took questions from reporters on Tuesday.")
    assert f.empty or not (f["kind"] == "action").any()


def test_an_agency_administrator_and_a_state_attorney_general():
    f = rows(
        "Speaking at a truck dealership in Indianapolis on Tuesday morning, EPA's administrator "
        'called the proposal "the largest deregulatory action in history".\n\n'
        "The administrator first announced in March that EPA would reconsider the finding.\n\n"
        "California's attorney general said Tuesday afternoon that the state would sue."
    )
    called = containing(f, "truck dealership")
    assert (called["speaker"], called["time_of_day"]) == ("EPA", "morning")
    assert containing(f, "first announced")["speaker"] == "EPA"
    sue = containing(f, "would sue")
    assert (sue["speaker"], sue["time_of_day"]) == ("California", "afternoon")


def test_a_committee_revising_the_country_forecast_states_its_view():
    f = rows(
        "Last month, the Macroeconomic Policy Committee revised Ruritania's economic growth "
        "forecast for this year up to 6 per cent."
    )
    revised = containing(f, "revised Ruritania's")
    assert (revised["speaker"], revised["date"]) == (
        "Macroeconomic Policy Committee", pd.Timestamp("2026-02-01")
    )


# -- "the Ministry of Planning, Economic Development, and International Cooperation, whose ..." -
def test_a_ministry_of_a_list_of_portfolios_with_an_oxford_comma():
    f = rows(
        "In a statement issued late on Monday, the Ministry of Planning, Economic Development, "
        "and International Cooperation, whose minister chairs the council, said the new "
        "minimum would apply to all firms.\n\n"
        '"This decision protects workers," the Minister of Planning, Economic Development, and '
        "International Cooperation said in the statement."
    )
    ministry = containing(f, "new minimum")
    assert ministry["speaker"] == (
        "Ministry of Planning, Economic Development, and International Cooperation"
    )
    minister = containing(f, "protects workers")
    assert minister["speaker"] == (
        "Minister of Planning, Economic Development, and International Cooperation"
    )
    assert minister["date"] == pd.Timestamp("2026-03-09")


# -- "THE Government will raise value added tax ..., the Deputy Prime Minister and Minister for
# -- Finance announced when he delivered the Budget in Parliament yesterday afternoon." --------
def test_a_budget_lead_with_two_offices_announcing_on_the_occasion():
    f = rows(
        "THE Government will raise value added tax (VAT) to 15 per cent from nine per cent on "
        "most goods, the Deputy Prime Minister and Minister for Finance announced when he "
        "delivered the 2026-2027 National Budget in Parliament yesterday afternoon.\n\n"
        "The new rate will apply from August 1.\n\n"
        "He said 22 basic food items would be zero-rated."
    )
    office = "Deputy Prime Minister and Minister for Finance"
    lead = containing(f, "raise value added tax")
    assert (lead["speaker"], lead["date"], lead["time_of_day"]) == (
        office, pd.Timestamp("2026-03-10"), "afternoon"
    )
    starts = containing(f, "will apply from August 1")
    assert (starts["speaker"], starts["kind"]) == (office, "scheduled")
    assert containing(f, "zero-rated")["speaker"] == office


# -- a central bank's governor by its initials; a body's board after its acronym; dates -------
def test_a_governor_by_the_bank_initials_speaks_for_it_and_is_the_governor_after():
    f = rows(
        "The Bank of Ruritania (BoR) has raised the Monetary Policy Rate by 150 basis points to "
        "12.5 percent.\n\n"
        "Announcing the decision at a media briefing yesterday afternoon, the BoR Governor said "
        "the Committee had also raised the reserve ratio.\n\n"
        "The Governor said inflation would stay above the target band until 2027."
    )
    assert containing(f, "has raised")["date"] == pd.Timestamp("2026-03-10")
    later = containing(f, "above the target band")
    assert (later["speaker"], later["date"]) == ("BoR Governor", pd.Timestamp("2026-03-10"))


def test_a_body_board_after_its_acronym_and_a_month_to_come_after_a_name_in_ed():
    f = rows(
        "The International Monetary Fund (IMF) Executive Board is expected to consider the third "
        "review of Ruritania's US$1.3 billion Extended Credit Facility (ECF) programme in June."
    )
    board = containing(f, "Executive Board")
    assert board["speaker"] in ("International Monetary Fund", "IMF")
    assert board["date"] == pd.Timestamp("2026-06-01")


def test_two_days_joined_by_and_before_their_month():
    from toolkit.text.timex import resolve_dates

    found = resolve_dates("The next MPC meeting is scheduled for 14th and 15th May, 2026.", published=PUB)
    assert found["value"].iloc[0] == "2026-05-14/2026-05-15"


# -- "kept its Overnight Policy Rate unchanged, saying ...", "issued the endangerment finding" -
def test_a_rate_named_in_capitals_after_its_is_no_subject():
    f = rows(
        "The Reserve Bank of Ruritania (RBR) on Tuesday kept its Overnight Policy Rate unchanged "
        "at 0.25 per cent, saying inflation was expected to ease."
    )
    assert containing(f, "Overnight Policy Rate")["speaker"] == "Reserve Bank of Ruritania"


def test_a_regulator_finding_issued_is_its_act_over_a_court_ruling_before_it():
    f = rows(
        "The agency issued the endangerment finding in December 2009, two years after the "
        "Supreme Court ruled that greenhouse gases are air pollutants."
    )
    issued = containing(f, "issued the endangerment finding")
    assert (issued["kind"], issued["date"]) == ("action", pd.Timestamp("2009-12-01"))
    assert issued["speaker"] != "Supreme Court"


# -- "The vote on the third reading of the Appropriation Bill for 2024 will be taken in
# -- Parliament tomorrow." --------------------------------------------------------------------
def test_a_vote_to_be_taken_in_parliament_on_its_day_not_the_bill_year():
    f = rows(
        "The VAT bill was passed in Parliament on Tuesday with a majority of 45 votes.\n\n"
        "The vote on the third reading of the Appropriation Bill for 2027 will be taken in "
        "Parliament tomorrow."
    )
    vote = containing(f, "will be taken in Parliament")
    assert (vote["kind"], vote["speaker"], vote["date"]) == (
        "scheduled", "Parliament", pd.Timestamp("2026-03-12")
    )


# -- "Brent crude futures were at $77.20 a barrel at 1000 GMT." --------------------------------
def test_a_price_quoted_at_an_hour_is_a_market_line():
    f = rows(
        "Brent crude futures were at $77.20 a barrel at 1000 GMT.\n\n"
        "The minister was at a $50 lunch on Tuesday."
    )
    line = containing(f, "Brent crude futures")
    assert line["kind"] == "market"
    assert not f["text"].str.contains("lunch").any()


# -- "Members of the opposition ... protested throughout the speech" ---------------------------
def test_a_protest_throughout_the_speech_is_of_the_speech_day():
    f = rows(
        "The finance minister on Tuesday presented a Rs18.9 trillion budget in a speech to the "
        "National Assembly.\n\n"
        "Members of the opposition Sunni Council (SC) protested throughout the speech, chanting "
        "slogans in front of the speaker's dais."
    )
    protest = containing(f, "throughout the speech")
    assert (protest["date"], protest["date_source"]) == (pd.Timestamp("2026-03-10"), "inherited")
