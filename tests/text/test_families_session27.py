"""Error families found in the forty-fourth and forty-fifth blind rounds and the annotated sets
before them, each fixed by a general rule and tested here on made-up sentences of the same
shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "The decision, announced at noon on Tuesday, was backed by ...": the decision's act ------
def test_a_decision_told_with_its_announcement_aside_is_its_makers_act():
    f = rows(
        "The Central Bank of Ruritania raised its main rate by half a point to 7 per cent on "
        "Tuesday.\n\n"
        "The decision, announced at noon on Tuesday, was backed by five of the seven members of "
        "the board.\n\n"
        "The new rule, unveiled on Monday, doubles the reserve that lenders must hold."
    )
    decision = containing(f, "was backed by five")
    assert (decision["kind"], decision["speaker"]) == ("action", "Central Bank of Ruritania")
    assert decision["date"] == pd.Timestamp("2026-03-10")
    rule = containing(f, "doubles the reserve")
    assert (rule["kind"], rule["speaker"]) == ("action", "Central Bank of Ruritania")
    assert rule["date"] == pd.Timestamp("2026-03-09")


def test_an_aside_that_names_its_agent_or_a_person_is_not_read_as_a_decision():
    f = rows(
        "The Central Bank of Ruritania raised its main rate on Tuesday.\n\n"
        "The analysis, released on Monday by the statistics office, showed prices rising.\n\n"
        "The decision, he said, was a close one."
    )
    assert f["text"].str.contains("The analysis, released").sum() <= 1
    assert not (f["text"].str.startswith("The decision, he said") & (f["kind"] == "action")).any()


# -- a present-perfect lead dated by the decision's announcement right after it -------------
def test_a_perfect_lead_takes_the_day_of_the_decision_announced_after_it():
    f = rows(
        "The Central Bank of Ruritania has cut its main rate for the first time in four years, "
        "to 4 per cent.\n\n"
        "The decision, announced at 2 p.m. on Monday, was backed by all seven members of the "
        "board.\n\n"
        "The crown fell 1 per cent against the euro after the announcement."
    )
    lead = containing(f, "has cut its main rate")
    assert lead["date"] == pd.Timestamp("2026-03-09")
    assert lead["date_source"] == "inherited"
    assert containing(f, "crown fell")["date"] == pd.Timestamp("2026-03-09")


# -- "..., released at the same time, ...": the day of the statement before -----------------
def test_a_statement_at_the_same_time_takes_the_day_of_the_one_before():
    f = rows(
        "The Central Bank of Ruritania lowered its main rate to 3 per cent on Monday.\n\n"
        "The finance ministry said on Friday that it would issue more bonds.\n\n"
        "In a notice released at the same time, the ministry raised the tax on bank deposits."
    )
    notice = containing(f, "tax on bank deposits")
    assert notice["date"] == pd.Timestamp("2026-03-06")
    assert notice["date_source"] == "inherited"


def test_at_the_same_time_inside_a_quotation_dates_nothing():
    f = rows(
        "The Central Bank of Ruritania lowered its main rate to 3 per cent on Monday.\n\n"
        '"We cannot raise rates and cut them at the same time," said Ana Petrova, an economist '
        "at Crown Bank, who expects no change this year."
    )
    quote = containing(f, "at the same time")
    assert quote["date_source"] == "none"


# -- "The US president said ...": a country's office speaks, not the country ----------------
def test_a_countrys_office_with_no_holder_named_speaks_as_the_office():
    f = rows(
        "The Ruritanian government raised duties on steel on Monday.\n\n"
        "The US president said on Tuesday that he would answer in kind.\n\n"
        "The Chinese foreign minister said the duties broke trade rules.\n\n"
        "The Fed chair said on Tuesday that the duties would raise prices."
    )
    assert containing(f, "answer in kind")["speaker"] == "US president"
    assert containing(f, "broke trade rules")["speaker"] == "Chinese foreign minister"
    assert containing(f, "raise prices")["speaker"] == "Fed"  # (a body's officer: the body)


# -- a measure's start belongs to the lead that "reimposed" measures ------------------------
def test_a_measures_start_belongs_to_the_lead_that_reimposed_measures():
    f = rows(
        "The United States reimposed a first round of sanctions on Ruritania on Tuesday.\n\n"
        '"The regime faces a choice," the US president said in a statement.\n\n'
        "A second and broader set of sanctions will take effect on November 5."
    )
    second = containing(f, "take effect on November 5")
    assert (second["kind"], second["speaker"]) == ("scheduled", "United States")
    assert second["date"] == pd.Timestamp("2026-11-05")


# -- markets: "the offshore yuan", "closed 289 points, or 0.7%, lower", "the TAIEX" ----------
def test_market_lines_of_offshore_currencies_points_and_capitalised_indexes():
    f = rows(
        "The central bank cut the yuan's reference rate on Tuesday.\n\n"
        "In Hong Kong, the offshore yuan weakened 2.1% to 6.39 per dollar by early evening.\n\n"
        "On Tuesday, the benchmark Sensex closed 312 points, or 0.8%, lower at 38,120.44.\n\n"
        "In Taipei, the TAIEX closed down 1.2 percent at 10,412.10 points on Tuesday."
    )
    for words in ("offshore yuan", "Sensex closed", "TAIEX closed"):
        row = containing(f, words)
        assert (row["kind"], row["date"]) == ("market", pd.Timestamp("2026-03-10")), words


# -- "The new level, announced at 7am on Friday, means ...": what the announcer announced ----
def test_an_announced_level_belongs_to_who_announced_it():
    f = rows(
        "The household energy cap will rise by 60% from April, the regulator Enercom has "
        "announced.\n\n"
        "The new level, announced at 7am on Monday, means a typical bill will go up by 900 "
        "crowns a year."
    )
    level = containing(f, "typical bill")
    assert (level["kind"], level["speaker"]) == ("action", "Enercom")
    assert level["date"] == pd.Timestamp("2026-03-09")
    assert level["time_of_day"] == "morning"


# -- a central bank's decision day told over several paragraphs ------------------------------
def test_a_rate_decision_told_with_its_committee_vote_and_statement():
    f = rows(
        "The Central Bank of Ruritania cut interest rates on Tuesday for the first time in five "
        "years, saying growth had slowed.\n\n"
        "The central bank's rate-setting Monetary Policy Committee lowered its main rate by a "
        "quarter point to 3 percent, in a decision released at 2 p.m. at the end of a two-day "
        "meeting.\n\n"
        "The vote was 7-2, with two members dissenting in favor of a hold.\n\n"
        "Policymakers also said they would stop buying bonds on April 1, earlier than "
        "planned.\n\n"
        '"The Committee stands ready to act," the committee said in its statement.'
    )
    committee = containing(f, "lowered its main rate")
    assert committee["speaker"] == "Monetary Policy Committee"
    vote = containing(f, "The vote was 7-2")
    assert (vote["kind"], vote["speaker"]) == ("action", "Monetary Policy Committee")
    assert vote["date"] == pd.Timestamp("2026-03-10")
    also = containing(f, "stop buying bonds")
    assert (also["date"], also["date_source"]) == (pd.Timestamp("2026-03-10"), "inherited")
    statement = containing(f, "stands ready")
    assert (statement["date"], statement["date_source"]) == (
        pd.Timestamp("2026-03-10"),
        "inherited",
    )


# -- a story whose standfirst speaks in the present over a perfect lead ----------------------
def test_a_perfect_lead_under_a_present_standfirst_takes_the_announcements_day():
    f = rows(
        "Energy cap to rise 60% from April\n\n"
        "The regulator's chief says the rise will be a heavy blow and urges ministers to act.\n\n"
        "By Jo Marsh\n\n"
        "The household energy cap will rise by 60% from April, the regulator Enercom has "
        "announced.\n\n"
        "The new level, announced at 7am on Monday, means a typical bill will go up by 900 "
        "crowns a year."
    )
    lead = containing(f, "has announced")
    assert (lead["date"], lead["date_source"]) == (pd.Timestamp("2026-03-09"), "inherited")


# -- "weaker than Monday's 6.1162", "down 1.9% from Monday's close": a day compared with -----
def test_a_day_compared_with_dates_neither_the_act_nor_the_close():
    f = rows(
        "The central bank on Tuesday cut the crown's daily reference rate by the most in a "
        "decade.\n\n"
        "The bank set the reference rate at 6.2298 per euro, 1.9% weaker than Monday's 6.1162, "
        "according to a statement posted on its website shortly after 9 a.m.\n\n"
        "The crown closed at 6.3231 per euro at 4:30 p.m., down 1.9% from Monday's close."
    )
    fixing = containing(f, "weaker than Monday's")
    assert (fixing["date"], fixing["time_of_day"]) == (pd.Timestamp("2026-03-10"), "morning")
    close = containing(f, "crown closed")
    assert (close["date"], close["time_of_day"]) == (pd.Timestamp("2026-03-10"), "afternoon")


# -- "extended by 90 days a licence that lets US firms service Huawei": an amount, no agent --
def test_by_and_an_amount_names_no_agent():
    f = rows(
        "The Ruritanian Department of Commerce on Friday moved to cut off Acme Telecom from "
        "chips.\n\n"
        "The department on Friday also extended by 90 days a temporary licence that allows "
        "Ruritanian firms to keep servicing Acme equipment.\n\n"
        "The rule was introduced by Sen. Ann Roe on Monday."
    )
    licence = containing(f, "extended by 90 days")
    assert licence["speaker"] == "Ruritanian Department of Commerce"
    assert containing(f, "introduced by")["speaker"] == "Ann Roe"


# -- "An IMF staff report released last week said ...": the body's words --------------------
def test_a_document_of_a_body_by_its_acronym_speaks_for_the_body():
    f = rows(
        "An IMF staff report released last week said the crown did not yet meet the criteria "
        "for the reserve basket.\n\n"
        "The OECD's survey said growth would slow next year."
    )
    report = containing(f, "did not yet meet")
    assert (report["speaker"], report["date"]) == ("IMF", pd.Timestamp("2026-03-02"))
    assert containing(f, "growth would slow")["speaker"] == "OECD"


# -- events to come: a period the thing covers, "make a final decision" ----------------------
def test_a_period_aside_does_not_date_the_event_and_a_decision_to_come_is_an_event():
    f = rows(
        "The regulator raised the cap on Friday.\n\n"
        "The next cap, covering January to March, will be announced by 25 November.\n\n"
        "The IMF's executive board is expected to make a final decision in November."
    )
    cap = containing(f, "next cap")
    assert (cap["kind"], cap["date"]) == ("scheduled", pd.Timestamp("2026-11-25"))
    board = containing(f, "final decision")
    assert (board["kind"], board["date"]) == ("scheduled", pd.Timestamp("2026-11-01"))
    assert board["precision"] == "month"


# -- a country's act in the lead, its agencies' undated remarks after it ---------------------
def test_a_countrys_agencies_speak_on_the_day_of_its_act():
    f = statement_rows(  # (a next-morning story: published on Tuesday)
        published="2026-03-10",
        text="The United States on Monday imposed sanctions on Ruritania's state oil company.\n\n"
        "The measures, announced at a press briefing at the White House on Monday afternoon, "
        "freeze the company's assets.\n\n"
        "The US Treasury estimated that the sanctions would block $7 billion in assets.\n\n"
        "Refineries will be able to keep buying crude, but only if they pay into blocked "
        "accounts, the Treasury said.",
    )
    for words in ("block $7 billion", "blocked accounts"):
        row = containing(f, words)
        assert (row["date"], row["date_source"]) == (pd.Timestamp("2026-03-09"), "inherited")


# -- "barred brokers from selling ...": a ban is an act; "the regulator said": the body ------
def test_a_ban_is_an_act_and_the_regulator_is_the_body_that_spoke():
    f = rows(
        "Ruritania's Central Bank more than doubled its key rate to 20% on Monday.\n\n"
        "The Central Bank raised the rate in an unscheduled decision announced early Monday.\n\n"
        '"The sharp change in conditions calls for an immediate response," the regulator said '
        "in a statement.\n\n"
        "The Central Bank also temporarily barred brokers from selling securities held by "
        "foreign clients."
    )
    quote = containing(f, "immediate response")
    assert quote["speaker"] == "Central Bank"
    assert quote["date"] == pd.Timestamp("2026-03-09")
    ban = containing(f, "barred brokers")
    assert (ban["kind"], ban["speaker"]) == ("action", "Central Bank")


# -- an export ban in an official notification, told in lower case ---------------------------
def test_a_ban_by_a_body_named_in_lower_case_and_its_notification():
    f = rows(
        "The directorate general of foreign trade (DGFT) prohibited rice exports with immediate "
        "effect in a notification made public late on Monday.\n\n"
        "Shipments backed by letters of credit issued before the notification will be allowed, "
        "the notification said.\n\n"
        "As recently as Friday, the commerce ministry said it would send trade delegations "
        "abroad to promote rice exports."
    )
    ban = containing(f, "prohibited rice exports")
    assert (ban["kind"], ban["speaker"]) == ("action", "DGFT")
    assert (ban["date"], ban["time_of_day"]) == (pd.Timestamp("2026-03-09"), "evening")
    notice = containing(f, "the notification said")
    assert (notice["speaker"], notice["date"]) == ("DGFT", pd.Timestamp("2026-03-09"))
    recent = containing(f, "As recently as Friday")
    assert (recent["kind"], recent["date"]) == ("paraphrase", pd.Timestamp("2026-03-06"))
    assert "ministry" in recent["speaker"]


# -- "At his regular morning press conference on Friday, the president said ..." -------------
def test_a_long_opening_occasion_before_the_speaker():
    f = rows(
        "At his regular morning press conference on Friday, the president said he was "
        "confident that a deal could be reached."
    )
    row = containing(f, "confident that a deal")
    assert (row["kind"], row["date"]) == ("paraphrase", pd.Timestamp("2026-03-06"))
    assert row["speaker"] is not None


# -- two countries' presidents, each with his own "he" --------------------------------------
def test_each_countrys_office_is_whom_the_next_he_refers_to():
    f = rows(
        "The peso fell sharply after the Chilean president announced late Monday that he "
        "would impose duties on all imports from Peru.\n\n"
        "\"Peru must choose,\" the Chilean president said in a statement.\n\n"
        "Peru's president, speaking in a television interview on Monday night, rejected the "
        "duties as blackmail. \"We will not bow to threats,\" he said.\n\n"
        "The announcement came hours after the Bolivian prime minister sent the new trade "
        "agreement to parliament for ratification on Monday."
    )
    assert containing(f, "announced late Monday")["speaker"] == "Chilean president"
    assert containing(f, "rejected the duties")["speaker"] == "Peru's president"
    assert containing(f, "bow to threats")["speaker"] == "Peru's president"
    sent = containing(f, "sent the new trade agreement")
    assert (sent["kind"], sent["speaker"]) == ("action", "Bolivian prime minister")


# -- "later that night": the evening of the day last mentioned -------------------------------
def test_later_that_night_is_the_evening_of_the_day_last_mentioned():
    f = rows(
        "The president announced late Monday that he would impose duties on all imports.\n\n"
        "A White House statement issued later that night said the duty would rise each month."
    )
    statement = containing(f, "would rise each month")
    assert (statement["date"], statement["time_of_day"]) == (
        pd.Timestamp("2026-03-09"),
        "evening",
    )


# -- "who also addressed the briefing": the press conference named before -------------------
def test_the_briefing_is_the_press_conference_named_before():
    f = rows(
        "At a press conference on Saturday, trade secretary Ravi Menon said the ban was not "
        "permanent.\n\n"
        "Food secretary Meera Joshi, who also addressed the briefing, said there was no "
        "shortage of rice."
    )
    joshi = containing(f, "no shortage of rice")
    assert (joshi["date"], joshi["date_source"]) == (pd.Timestamp("2026-03-07"), "inherited")


# -- "trimming its loss for the first half of the year": the period of a figure --------------
def test_a_markets_figure_over_a_period_does_not_date_the_close():
    f = rows(
        "The central bank raised its main rate on Tuesday.\n\n"
        "The main index closed 1.1 percent higher at 5,799.24 on Tuesday.\n\n"
        "The broader index closed 0.8 percent higher at 1,204.10, trimming its loss for the "
        "first half of the year to 8.8 percent."
    )
    broader = containing(f, "broader index")
    assert broader["date"] == pd.Timestamp("2026-03-10")


# -- "Saudi Arabia and several other OPEC+ producers": the one named; "an official at X" ------
def test_a_name_and_others_of_its_kind_and_an_official_at_a_body():
    f = rows(
        "Ruritania and several other OPEC+ producers on Sunday announced surprise cuts to "
        "their crude output.\n\n"
        "The kingdom will reduce its production by 500,000 barrels a day, an official source "
        "at the Ministry of Energy said in a statement carried by the state news agency."
    )
    lead = containing(f, "surprise cuts")
    assert (lead["speaker"], lead["date"]) == ("Ruritania", pd.Timestamp("2026-03-08"))
    assert containing(f, "500,000 barrels")["speaker"] == "Ministry of Energy"


# -- a live page's entries under a byline with their day and time ----------------------------
def test_live_entries_under_a_byline_stamp_take_its_day_and_time():
    text = (
        "Budget live: the chancellor raises taxes\n\n"
        "Ana Ruiz, Tom Lee\n"
        "Wednesday 11 March 2026 17:40 GMT\n\n"
        "Markets react\n"
        "Tom Lee 11 March 2026 16:52\n\n"
        "The FTSE 100 closed down 0.8 per cent at 8,159 points.\n\n"
        "Opposition responds\n"
        "Ana Ruiz 11 March 2026 14:05\n\n"
        "The opposition leader accused the chancellor of breaking the party's pledge.\n\n"
        "Published 11 March 2026 09:00\n"
    )
    f = statement_rows(text, published="2026-03-11")
    close = containing(f, "FTSE 100 closed")
    assert (close["date"], close["time_of_day"]) == (pd.Timestamp("2026-03-11"), "afternoon")
    reply = containing(f, "accused the chancellor")
    assert (reply["date"], reply["date_source"]) == (pd.Timestamp("2026-03-11"), "inherited")


# -- "The issue, priced on Thursday, comprised ..., the ministry said in a statement" ---------
def test_a_day_told_of_in_a_statement_is_no_occasion_for_the_remarks_after_it():
    f = rows(
        "Ruritania raised $3.5 billion from a three-part bond sale, the finance ministry said "
        "on Monday.\n\n"
        "The issue, priced in London on Thursday, comprised $1bn of seven-year notes and $2.5bn "
        "of 30-year bonds, the ministry said in a statement carried by the state news agency. "
        "Orders peaked at more than $11bn, it said."
    )
    issue = containing(f, "priced in London")
    assert issue["date"] == pd.Timestamp("2026-03-05")
    orders = containing(f, "Orders peaked")
    assert orders["date"] == pd.Timestamp("2026-03-09")


# -- a measure "according to a decree published in the Official Gazette" is its maker's ------
def test_a_decree_published_in_the_gazette_is_the_subjects_act():
    f = rows(
        "Ruritania has doubled tariffs on a range of U.S. products, according to a presidential "
        "decree published in the Official Gazette on Monday.\n\n"
        "Washington raised duties on Ruritanian steel on March 2. The higher U.S. duties took "
        "effect on March 5.\n\n"
        "Qatar's emir pledged $15 billion in direct investment in Ruritania."
    )
    decree = containing(f, "doubled tariffs")
    assert (decree["kind"], decree["speaker"]) == ("action", "Ruritania")
    assert containing(f, "higher U.S. duties")["speaker"] == "U.S."
    assert containing(f, "pledged $15 billion")["speaker"] == "Qatar's emir"


# -- "halted the certification", "imposed ... measures", "had already raised" ---------------
def test_acts_on_certifications_and_measures_and_after_already():
    f = rows(
        "Ruritania on Tuesday halted the certification of the North Link gas pipeline.\n\n"
        "Freedonia imposed provisional anti-dumping measures on brandy from Ruritania on March "
        "2.\n\n"
        "The CBR had already raised rates by 200 basis points on 1 February.\n\n"
        "Property stocks rallied on Tuesday. Acme Properties rose 6.1 per cent, after it had "
        "climbed the previous day as the measures were unveiled."
    )
    assert containing(f, "halted the certification")["speaker"] == "Ruritania"
    assert containing(f, "anti-dumping measures")["speaker"] == "Freedonia"
    earlier = containing(f, "had already raised")
    assert (earlier["speaker"], earlier["date"]) == ("CBR", pd.Timestamp("2026-02-01"))
    assert containing(f, "Acme Properties rose")["kind"] == "market"


# -- "raised the prices of all fuel oils", "the price of urea fertiliser" --------------------
def test_set_prices_of_fuels_and_fertiliser_are_policy_objects():
    f = rows(
        "The government last night raised the prices of all fuel oils by up to 51.7 percent.\n\n"
        "The agriculture ministry raised the price of urea fertiliser by Tk 6 per kg on Monday."
    )
    fuel = containing(f, "fuel oils")
    assert (fuel["kind"], fuel["speaker"], fuel["date"]) == (
        "action",
        "government",
        pd.Timestamp("2026-03-10"),
    )
    assert containing(f, "urea")["kind"] == "action"

