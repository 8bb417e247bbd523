"""Error families found in the fifty-fifth blind round and the annotated sets before it, each
fixed by a general rule and tested here on made-up sentences of the same shape (never a round's
own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "Ruritania was also added to the list on Friday": a passive act with no agent -----------
def test_a_measure_in_the_passive_with_no_agent_is_an_act_of_the_body_that_acts_around_it():
    f = rows(
        "The Financial Integrity Council added Ruritania to its watch list on Tuesday, the "
        "council said after its plenary in Vienna.\n\n"
        "Borduria was also added to the list on Tuesday, while Syldavia was removed.\n\n"
        "The extra budget, the third this year, was submitted to the Grand Assembly on March 2."
    )
    added = containing(f, "Borduria was also added")
    assert (added["kind"], added["speaker"]) == ("action", "Financial Integrity Council")
    assert added["date"] == pd.Timestamp("2026-03-10")
    budget = containing(f, "The extra budget, the third this year")
    assert budget["kind"] == "action"
    assert budget["date"] == pd.Timestamp("2026-03-02")


def test_a_passive_in_a_clause_of_time_or_with_its_agent_is_not_read_so():
    f = rows(
        "The Ministry of Trade raised duties on steel on Tuesday.\n\n"
        "Importers rushed to clear cargo after the duties were raised.\n\n"
        "The levy was approved by the Grand Assembly on Monday."
    )
    assert not f["text"].str.contains("Importers rushed").any()
    levy = containing(f, "The levy was approved")
    assert levy["speaker"] == "Grand Assembly"


def test_a_measure_extended_to_a_date_is_dated_by_the_act_not_its_new_end():
    f = rows(
        "Finance Minister Ana Ruiz presented the state budget on Tuesday.\n\n"
        "The exemption from road tax for electric cars has been extended to December 31, 2027.\n\n"
        "Separately, the Ruritanian cabinet extended its cut in fuel duty to June 30, 2027."
    )
    exemption = containing(f, "has been extended to December 31")
    assert exemption["kind"] == "action"
    assert exemption["date"] == pd.Timestamp("2026-03-10")
    rebate = containing(f, "extended its cut in fuel duty")
    assert rebate["date"] != pd.Timestamp("2027-06-30")  # (undated: the act's own day unknown)


def test_an_owned_measure_in_the_passive_is_its_owners_act_and_also_tells_on():
    f = rows(
        "The quarrel began with metal. President Bo Diaz's tariffs of 25% on steel were extended "
        "to Ruritanian producers on June 1.\n\n"
        "Under the decree, the duty on cars rose to 120 percent. Duties on rice and coal were "
        "also raised."
    )
    tariffs = containing(f, "were extended to Ruritanian producers")
    assert (tariffs["kind"], tariffs["speaker"]) == ("action", "Bo Diaz")
    assert not f["text"].str.startswith("Duties on rice").any()


# -- the fifty-fifth round's families ------------------------------------------------------
def test_a_participle_of_setting_out_a_measure_does_not_give_its_object_as_the_speaker():
    f = rows(
        "The Chancellor on Tuesday imposed a windfall tax on the profits of oil producers.\n\n"
        "Setting out the Energy Profits Levy in the Commons shortly after 11.30am, he said the "
        "tax would end once prices returned to normal levels.\n\n"
        "He said a new allowance would reward investment."
    )
    levy = containing(f, "Setting out the Energy Profits Levy")
    assert levy["speaker"] == "Chancellor"
    assert containing(f, "a new allowance")["speaker"] == "Chancellor"


def test_an_address_that_opens_the_sentence_is_an_occasion_not_the_subject():
    f = rows(
        "Ruritania's government will take a majority stake in new lithium projects under a "
        "strategy announced by the president on Tuesday night.\n\n"
        "In a televised address that began at 9pm local time, the president said the state "
        "would hold the majority, and that the state miner would lead the talks."
    )
    address = containing(f, "In a televised address")
    assert (address["kind"], address["speaker"]) == ("paraphrase", "President")


def test_market_lines_in_the_next_paragraphs_share_the_session_of_the_story():
    f = rows(
        "Ruritania's government announced a lithium strategy on Tuesday night.\n\n"
        "Shares tumble\n\n"
        "Lithia's American depositary receipts closed down 18.7% in New York on Wednesday.\n\n"
        "In Ruritania City, Lithia's shares fell 16.2%.\n\n"
        "The benchmark RUX index closed 2.1% lower."
    )
    adrs = containing(f, "depositary receipts")
    assert adrs["kind"] == "market"
    assert adrs["date"] == pd.Timestamp("2026-03-11")
    assert containing(f, "shares fell 16.2%")["date"] == pd.Timestamp("2026-03-11")
    assert containing(f, "RUX index")["date"] == pd.Timestamp("2026-03-11")


def test_a_law_promulgated_is_an_act():
    f = rows(
        "The Constitutional Court upheld the pension reform on Tuesday.\n\n"
        "The president promulgated the law overnight."
    )
    law = containing(f, "promulgated the law")
    assert (law["kind"], law["speaker"]) == ("action", "President")


def test_a_named_bodys_unnamed_head_speaks_for_the_body():
    f = rows(
        "Harbour Energy's chief executive, Ana Ruiz, said on Monday the levy was a mistake.\n\n"
        "The package came two days after Ofwat's chief executive told MPs on Tuesday that "
        "water bills were likely to rise by a fifth.\n\n"
        "The IMF's managing director said on Tuesday that growth would slow."
    )
    ofwat = containing(f, "Ofwat's chief executive told MPs")
    assert (ofwat["kind"], ofwat["speaker"]) == ("paraphrase", "Ofwat")
    assert ofwat["date"] == pd.Timestamp("2026-03-10")
    assert containing(f, "managing director said")["speaker"] == "IMF"


def test_market_lines_of_a_company_with_an_aside_and_a_price_trading_at():
    f = rows(
        "The finance ministry raised the tax on casinos on Tuesday.\n\n"
        "Lucky Corp, the country's only listed casino operator, plunged 23.6 per cent.\n\n"
        "Shares of gaming companies crashed on Wednesday.\n\n"
        "Ardent, which operates two offshore fields, fell 6.2%.\n\n"
        "Brent crude was trading at about $117 a barrel on Tuesday night."
    )
    assert containing(f, "Lucky Corp")["kind"] == "market"
    assert containing(f, "Ardent, which operates")["kind"] == "market"
    assert containing(f, "Shares of gaming companies crashed")["kind"] == "market"
    brent = containing(f, "Brent crude was trading")
    assert brent["kind"] == "market"
    assert brent["date"] == pd.Timestamp("2026-03-10")


def test_a_procedure_launched_strikes_held_and_a_decision_taken_are_acts():
    f = rows(
        "The Commission launched the withdrawal procedure on February 11 last year.\n\n"
        "Unions held their ninth day of nationwide strikes on Thursday.\n\n"
        "The Tax Council, chaired by the finance minister, took the decision at its 50th "
        "meeting on Tuesday.\n\n"
        "Markets took the decision in stride."
    )
    assert containing(f, "launched the withdrawal procedure")["kind"] == "action"
    assert containing(f, "nationwide strikes")["kind"] == "action"
    council = containing(f, "took the decision at its 50th")
    assert (council["kind"], council["speaker"]) == ("action", "Tax Council")
    assert not f["text"].str.contains("in stride").any()


def test_a_call_for_a_day_to_come_is_dated_by_its_occasion_not_that_day():
    f = rows(
        "The Constitutional Court upheld the pension reform on Tuesday.\n\n"
        "In a joint statement released minutes after the ruling, the unions called on workers "
        "to join marches across the country on May 1."
    )
    call = containing(f, "called on workers")
    assert call["date"] != pd.Timestamp("2026-05-01")


def test_an_occasion_with_an_apposition_before_its_day_dates_the_remark():
    f = rows(
        "Ruritania announced a lithium strategy on Monday.\n\n"
        "Lithia said in a filing with Ruritania's market regulator, the RMC, on Tuesday that it "
        "would analyze the strategy."
    )
    assert containing(f, "said in a filing")["date"] == pd.Timestamp("2026-03-10")


def test_a_document_to_be_published_is_not_the_speaker_of_its_publication():
    f = rows(
        "Finance Minister Ana Ruiz delivered the budget on Tuesday.\n\n"
        "The Finance Bill, which will write the tax changes into law, will be published next "
        "week."
    )
    bill = containing(f, "The Finance Bill")
    assert (bill["kind"], bill["speaker"]) == ("scheduled", "Ana Ruiz")


# -- the fifty-sixth round's families ------------------------------------------------------
def test_a_tariff_proposed_is_an_act_and_a_remark_told_the_same_conference_shares_its_day():
    f = rows(
        "Ruritania on Tuesday proposed a 25 percent tariff on Borduria's soybeans.\n\n"
        "Ruritania's Trade Ministry announced the list at a news conference that began shortly "
        "after 3 p.m.\n\n"
        '"We will respond with the same strength," Vice Trade Minister Ana Ruiz told the news '
        "conference."
    )
    lead = containing(f, "proposed a 25 percent tariff")
    assert (lead["kind"], lead["speaker"]) == ("action", "Ruritania")
    assert lead["date"] == pd.Timestamp("2026-03-10")
    assert containing(f, "We will respond")["date"] == pd.Timestamp("2026-03-10")


def test_a_governor_of_the_bank_named_in_full_speaks_for_its_acronym():
    f = rows(
        "PBOC Cuts Reserve Ratio\n\n"
        "(Wire) March 11 -- China's central bank will cut the reserve ratio, the PBOC said "
        "this morning.\n\n"
        '"The ratio will be lowered by half a point," Ana Ruiz, governor of the People\'s Bank of '
        "China, told a press conference that began at 9 a.m."
    )
    assert containing(f, "The ratio will be lowered")["date"] == pd.Timestamp("2026-03-11")


def test_a_leads_first_word_in_capitals_and_a_country_walking_away():
    f = rows(
        "PARLIAMENT last night threw out the government's bill for a levy on bank deposits.\n\n"
        "Parliament will meet again next week."
    )
    levy = containing(f, "threw out the government's bill")
    assert (levy["kind"], levy["speaker"]) == ("action", "Parliament")
    assert levy["date"] == pd.Timestamp("2026-03-10")
    f = rows(
        "RUSSIA has walked away from the grain deal.\n\n"
        "The Kremlin's spokesman told reporters in Moscow on Monday that Russia had ended the "
        "deal."
    )
    russia = containing(f, "has walked away from the grain deal")
    assert (russia["kind"], russia["speaker"]) == ("action", "Russia")
    assert russia["date"] == pd.Timestamp("2026-03-09")


def test_an_occasion_with_an_hour_and_no_day_is_of_the_act_before_it_at_that_part_of_day():
    f = rows(
        "The cabinet approved the levy late on Monday as part of an omnibus decree.\n\n"
        "Deputy Premier Ana Ruiz announced the tax at a press conference at the palace that "
        "began shortly after 7.30 pm, saying it would apply to the banks' 2025 income.\n\n"
        "She said the revenue would fund tax cuts."
    )
    announced = containing(f, "announced the tax at a press conference")
    assert announced["date"] == pd.Timestamp("2026-03-09")
    assert containing(f, "She said the revenue")["date"] == pd.Timestamp("2026-03-09")


def test_last_before_the_verb_is_no_part_of_the_subject():
    f = rows(
        "The Monetary Policy Committee (MPC) raised its rate on Tuesday.\n\n"
        "The MPC last raised the rate in July last year, by 25 basis points.\n\n"
        "The Senate last night threw out the bill for a levy on deposits."
    )
    last = containing(f, "last raised the rate")
    assert last["kind"] == "action"
    assert last["date"] == pd.Timestamp("2025-07-01")
    levy = containing(f, "threw out the bill")
    assert (levy["speaker"], levy["date"]) == ("Senate", pd.Timestamp("2026-03-10"))


def test_a_price_quoted_up_that_brokers_report_is_the_markets_line():
    f = rows(
        "Ruritania quit the grain deal on Monday.\n\n"
        "In the physical market, milling wheat at the port was quoted up $8 a tonne at $408 "
        "on Tuesday, brokers said."
    )
    wheat = containing(f, "was quoted up")
    assert (wheat["kind"], wheat["speaker"]) == ("market", None)


def test_the_next_event_of_a_body_by_its_possessive_or_of_the_story():
    f = rows(
        "The Reserve Bank of Ruritania (RBR) cut its policy rate on Tuesday, the RBR said.\n\n"
        "The RBR said on Tuesday that it would cut again if needed.\n\n"
        "The Federal Reserve cut its rate last week.\n\n"
        "The next monthly reference rate quote is due on March 20.\n\n"
        "USDA's next monthly World Agricultural Supply and Demand Estimates report is due out "
        "Tuesday."
    )
    assert containing(f, "reference rate quote")["speaker"] in ("RBR", "Reserve Bank of Ruritania")
    assert containing(f, "Demand Estimates report")["speaker"] == "USDA"


def test_the_act_of_a_named_owners_body_in_a_clause_of_time():
    f = rows(
        "Court rules on Lithia's taxes\n\n"
        "Lithia must pay €13bn in back taxes to Ruritania after the European Union's highest "
        "court today ruled against the company in the final stage of an eight-year battle."
    )
    ruling = containing(f, "ruled against the company")
    assert (ruling["kind"], ruling["speaker"]) == ("action", "court")
    assert ruling["date"] == pd.Timestamp("2026-03-11")


def test_an_officials_journey_is_an_act_and_the_pronoun_after_it_is_theirs():
    f = rows(
        "The parliament rejected the levy on Tuesday.\n\n"
        "President Bo Diaz called party leaders to a meeting this morning.\n\n"
        "Finance Minister Ana Ruiz flew to Moscow yesterday. She is due to meet her Russian "
        "counterpart today to seek better terms on a loan.\n\n"
        "Investors flew to safety as shares fell 3%."
    )
    trip = containing(f, "flew to Moscow")
    assert (trip["kind"], trip["speaker"]) == ("action", "Ana Ruiz")
    assert containing(f, "She is due to meet")["speaker"] == "Ana Ruiz"
    assert containing(f, "Investors flew to safety")["kind"] == "market"


# -- the fifty-seventh round's families ----------------------------------------------------
def test_an_unnamed_official_at_a_body_a_lockout_and_a_move_with_its_day_before_to():
    f = rows(
        "The regulator banned short selling on Sunday.\n\n"
        "A senior official at the presidential office told reporters on Monday that the "
        "decision was final.\n\n"
        "Northline and Eastern Rail locked out their unionized workers at 12:01 a.m. Thursday.\n\n"
        "The federal government moved Thursday to end the shutdown, ordering binding "
        "arbitration.\n\n"
        "The central bank introduced gold coins in July 2022."
    )
    official = containing(f, "A senior official at the presidential office")
    assert (official["kind"], official["speaker"]) == ("paraphrase", "presidential office official")
    assert containing(f, "locked out their unionized workers")["kind"] == "action"
    moved = containing(f, "moved Thursday to end the shutdown")
    assert (moved["kind"], moved["date"]) == ("action", pd.Timestamp("2026-03-05"))
    assert containing(f, "introduced gold coins")["kind"] == "action"


def test_a_market_line_since_an_act_and_a_rally_that_began_earlier():
    f = rows(
        "The court struck down the fund on Wednesday.\n\n"
        "Ruritania's chip stocks tumbled on Wednesday in the first session since Borduria "
        "unveiled sweeping export controls.\n\n"
        "The benchmark RUX index closed 0.8 per cent higher at 15,748 points, extending a rally that "
        "began on Monday."
    )
    chips = containing(f, "chip stocks tumbled")
    assert (chips["kind"], chips["speaker"]) == ("market", None)
    rux = containing(f, "The benchmark RUX index closed")
    assert rux["date"] != pd.Timestamp("2026-03-09")


def test_two_companies_moves_and_a_daily_limit_are_market_lines():
    f = rows(
        "The ministry restricted graphite exports on Friday.\n\n"
        "Lithia Carbon Co. jumped by the 10% daily limit in Shenzhen.\n\n"
        "Pfizer and Merck both closed down more than 2%."
    )
    assert containing(f, "daily limit")["kind"] == "market"
    assert containing(f, "Pfizer and Merck")["kind"] == "market"


def test_a_comment_declined_is_no_statement():
    f = rows(
        "The central bank raised its rate on Tuesday.\n\n"
        "The Treasury declined to comment.\n\n"
        "A ministry spokesman did not respond to a request for comment on whether more cuts "
        "were planned.\n\n"
        "The union said it respected the ruling and would not comment further."
    )
    assert not f["text"].str.contains("declined to comment").any()
    assert not f["text"].str.contains("request for comment").any()
    assert containing(f, "respected the ruling")["kind"] == "paraphrase"


def test_a_headlines_and_a_crossheads_statements_are_not_reported():
    f = rows(
        "Reserve Bank cuts rate to 2 per cent, signals easing is near its end\n\n"
        "The Reserve Bank of Ruritania cut its policy rate to 2 per cent on Wednesday.\n\n"
        "Opposition warns of higher prices\n\n"
        "The opposition leader, Ana Ruiz, said the cut would stoke inflation.\n\n"
        "Markets\n\n"
        "The RUX index rose 0.7%"
    )
    assert not f["text"].str.startswith("Reserve Bank cuts").any()
    assert not f["text"].str.startswith("Opposition warns").any()
    assert containing(f, "cut its policy rate")["date"] == pd.Timestamp("2026-03-11")
    assert containing(f, "The RUX index rose")["kind"] == "market"


# -- the fifty-eighth round's families -----------------------------------------------------
def test_a_banks_committee_and_according_to_the_statement_share_the_decisions_day():
    f = rows(
        "KARACHI: The State Bank of Ruritania (SBR) on Monday raised its key policy rate to 22 "
        "percent in an unscheduled meeting of its Monetary Policy Committee (MPC).\n\n"
        "According to the statement, the Committee noted two risks to inflation.\n\n"
        "The MPC said the increase was necessary to keep real rates positive."
    )
    assert containing(f, "noted two risks")["date"] == pd.Timestamp("2026-03-09")
    assert containing(f, "The MPC said the increase")["date"] == pd.Timestamp("2026-03-09")


def test_instructions_withdrawn_and_a_shouted_article_before_the_subject():
    f = rows(
        "The State Bank of Ruritania (SBR) raised rates on Monday.\n\n"
        "The SBR had also on Friday withdrawn its instructions requiring banks to seek approval "
        "for imports.\n\n"
        "THE US has sanctioned Borduria's largest tanker owner."
    )
    withdrawn = containing(f, "withdrawn its instructions")
    assert (withdrawn["kind"], withdrawn["date"]) == ("action", pd.Timestamp("2026-03-06"))
    assert containing(f, "has sanctioned")["speaker"] == "US"


def test_market_lines_according_to_traders_or_the_bank_and_a_chair_in_a_clause_of_time():
    f = rows(
        "The State Bank of Ruritania (SBR) raised rates on Monday.\n\n"
        "In the inter-bank market, the rupee closed largely flat at 286.59 against the dollar on "
        "Tuesday, according to the SBR.\n\n"
        "The discount of Ruritania's flagship Ural grade to Brent widened by about $1.50 to "
        "around $14 a barrel on Monday, according to traders.\n\n"
        "Investors shrugged it off after the Fed chair said yesterday at a banking event that a "
        "rate hike was unlikely."
    )
    rupee = containing(f, "closed largely flat")
    assert (rupee["kind"], rupee["speaker"]) == ("market", None)
    assert containing(f, "flagship Ural grade")["kind"] == "market"
    assert containing(f, "the Fed chair said")["speaker"] != "Investors"
