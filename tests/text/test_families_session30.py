"""Error families found in the fifty-eighth and fifty-ninth blind rounds and the annotated sets
before them, each fixed by a general rule and tested here on made-up sentences of the same
shape (never a round's own text)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit.text.timex import find_timexes
from toolkit.text.timex_tense import lowered

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "..., and struck similar deals ... in February": a second act with its own date ---------
def test_a_second_act_with_its_own_date_after_and_is_a_row_of_the_same_actor():
    f = rows(
        "Northwind Games signed a seven-year licence in November to bring its titles to "
        "handheld consoles, and struck similar deals with two streaming services in January in "
        "a bid to win over the regulator."
    )
    licence = containing(f, "signed a seven-year licence")
    deals = containing(f, "struck similar deals")
    assert licence["text"] != deals["text"]
    assert (licence["speaker"], deals["speaker"]) == ("Northwind Games", "Northwind Games")
    assert (licence["date"], deals["date"]) == (
        pd.Timestamp("2025-11-01"),
        pd.Timestamp("2026-01-01"),
    )
    assert deals["kind"] == "action"


def test_a_second_verb_with_no_date_of_its_own_stays_in_its_sentence():
    f = rows("The central bank raised its key rate in January, and kept it there.")
    assert len(f) == 1


# -- "VAT was last raised in 2018", "had set out its provisional findings in February" -------
def test_a_tax_last_raised_in_the_passive_is_an_act_of_the_body_around_it():
    f = rows(
        "The Ruritanian Treasury proposed an increase in VAT on Tuesday.\n\n"
        "VAT was last raised in 2019."
    )
    last = containing(f, "VAT was last raised")
    assert (last["kind"], last["speaker"]) == ("action", "Ruritanian Treasury")
    assert (last["date"], last["precision"]) == (pd.Timestamp("2019-01-01"), "year")


def test_a_regulator_setting_out_its_findings_and_members_approving_a_contract_are_acts():
    f = rows(
        "The Fair Markets Office blocked the merger on Tuesday.\n\n"
        "The watchdog had set out its provisional findings in December.\n\n"
        "Dock union members approved the contract on Sunday."
    )
    findings = containing(f, "set out its provisional findings")
    assert findings["kind"] == "action"
    assert findings["date"] == pd.Timestamp("2025-12-01")
    contract = containing(f, "approved the contract")
    assert contract["kind"] == "action"
    assert contract["date"] == pd.Timestamp("2026-03-08")


# -- "is due to be questioned by MPs next Tuesday": an appearance to come ---------------------
def test_an_official_due_to_be_questioned_is_scheduled_for_the_one_questioned():
    f = rows(
        "The Fair Markets Office (FMO) blocked the merger on Tuesday.\n\n"
        "The FMO's chief executive is due to be questioned by MPs next Tuesday.\n\n"
        "Finance Minister Ana Ruiz is scheduled to be grilled by senators on Thursday."
    )
    questioned = containing(f, "is due to be questioned")
    assert (questioned["kind"], questioned["speaker"]) == ("scheduled", "Fair Markets Office")
    assert questioned["date"] == pd.Timestamp("2026-03-17")
    grilled = containing(f, "to be grilled")
    assert (grilled["kind"], grilled["speaker"]) == ("scheduled", "Ana Ruiz")
    assert grilled["date"] == pd.Timestamp("2026-03-12")


# -- "The new rate is effective from Tuesday, June 27" in Tuesday's paper: a start today ----
def test_a_measure_that_starts_on_the_publication_day_is_scheduled_for_it():
    f = rows(
        "The Reserve Bank of Ruritania on Tuesday raised its policy rate by 100 basis points to "
        "12 percent.\n\n"
        "The new rate is effective from Wednesday, March 11."
    )
    start = containing(f, "is effective from")
    assert (start["kind"], start["speaker"]) == ("scheduled", "Reserve Bank of Ruritania")
    assert start["date"] == pd.Timestamp("2026-03-11")


def test_a_start_today_does_not_take_a_past_tense_or_a_later_date_of_another_clause():
    f = rows(
        "The Reserve Bank of Ruritania raised its policy rate on Tuesday.\n\n"
        "The higher rate took effect on Wednesday."
    )
    took = containing(f, "took effect")
    assert took["kind"] != "scheduled"


# -- "Teamsters Local 987 said": a union's numbered branch is one body ----------------------
def test_a_unions_numbered_branch_is_the_speaker_with_its_number():
    f = rows(
        "Teamsters Local 412 said on Tuesday its members would strike.\n\n"
        "Machinists District 88 said Tuesday night that members had rejected the offer.\n\n"
        "UAW Local 3020 President Ana Ruiz said on Wednesday the deal was fair."
    )
    assert containing(f, "Teamsters Local 412 said")["speaker"] == "Teamsters Local 412"
    assert containing(f, "Machinists District 88 said")["speaker"] == "Machinists District 88"
    assert containing(f, "President Ana Ruiz said")["speaker"] == "Ana Ruiz"


# -- "The bureau is scheduled to release ...": a body by the noun of its name ----------------
def test_the_bureau_and_the_chamber_are_the_bodies_of_that_noun_named_before():
    # (a chamber the article does not name stays no one's: test_families_session20)
    f = rows(
        "Inflation rose to 9.1 percent in February, according to data released by the "
        "Ruritanian Bureau of Statistics earlier this month. The bureau is scheduled to release "
        "March inflation figures next Monday.\n\n"
        "The bill now goes to the Chamber of Deputies. The chamber is due to vote on 27 March."
    )
    release = containing(f, "The bureau is scheduled")
    assert (release["kind"], release["speaker"]) == ("scheduled", "Ruritanian Bureau of Statistics")
    assert release["date"] == pd.Timestamp("2026-03-16")
    vote = containing(f, "The chamber is due to vote")
    assert vote["speaker"] == "Chamber of Deputies"


def test_a_bureau_owned_by_a_department_is_named_without_its_owner():
    f = rows(
        "The Commerce Department on Friday added 12 firms to its export blacklist.\n\n"
        "The rule, published in the Federal Register on Monday by the Department's Bureau of "
        "Export Control (BEC), takes effect on April 20."
    )
    assert containing(f, "takes effect")["speaker"] == "Bureau of Export Control"


# -- "The backstory: The CBE last moved rates in March 2024": a newsletter's lead-in ---------
def test_a_newsletters_lead_in_before_a_colon_is_no_part_of_the_sentence():
    f = rows(
        "The bank goes big on its first cut since 2021: The Reserve Bank of Ruritania (RBR) cut "
        "its key rate by 225 bps on Tuesday to 25%, according to a statement.\n\n"
        "The backstory: The RBR last moved rates in March 2025, when it hiked by 600 bps.\n\n"
        "But there's a speed bump: The government raised fuel prices by up to 15% on 2 March.\n\n"
        "Three ministers voted against the plan: Ana Ruiz, Bo Diaz and Al Kim."
    )
    cut = containing(f, "cut its key rate")
    assert (cut["speaker"], cut["date"]) == (
        "Reserve Bank of Ruritania",
        pd.Timestamp("2026-03-10"),
    )
    moved = containing(f, "last moved rates")
    assert (moved["kind"], moved["date"]) == ("action", pd.Timestamp("2025-03-01"))
    fuel = containing(f, "raised fuel prices")
    assert (fuel["speaker"], fuel["date"]) == ("government", pd.Timestamp("2026-03-02"))


def test_a_lenders_review_completed_is_an_act_and_a_sale_completed_is_not():
    f = rows(
        "The IMF's Executive Board completed the fourth review of the program in February.\n\n"
        "Northwind Holdings completed the sale of its shipping unit in February."
    )
    review = containing(f, "completed the fourth review")
    assert (review["kind"], review["date"]) == ("action", pd.Timestamp("2026-02-01"))
    assert not f["text"].str.contains("sale of its shipping unit").any()


# -- "Handing down the annual wage review ..., the commission's expert panel lifted the
# national minimum wage"; "Workers in health care will get the increase from July 1" ---------
def test_a_wage_decision_handed_down_and_the_dates_its_beneficiaries_get_it():
    f = rows(
        "The Ruritanian Pay Commission (RPC) staggered this year's rise for the first time.\n\n"
        "Handing down the annual wage review in Zenda shortly after 10am on Wednesday, the "
        "commission's expert panel lifted the national minimum wage by $12 a week to $801.\n\n"
        "Workers in health care and teaching will get the increase from July 1.\n\n"
        "Those covered by awards in construction will get it from November 1."
    )
    decision = containing(f, "lifted the national minimum wage")
    assert (decision["kind"], decision["date"]) == ("action", pd.Timestamp("2026-03-11"))
    assert decision["time_of_day"] == "morning"
    first = containing(f, "will get the increase from July 1")
    assert (first["kind"], first["date"]) == ("scheduled", pd.Timestamp("2026-07-01"))
    assert first["speaker"] == decision["speaker"]
    assert containing(f, "will get it from November 1")["date"] == pd.Timestamp("2026-11-01")


# -- "Türk-İş", "İstanbul": the one character whose lower case is two ------------------------
def test_a_turkish_dotted_capital_i_anywhere_in_the_text_loses_no_date():
    published = dt.date(2026, 3, 11)
    text = (
        "The minimum wage was last raised in December 2025, the labour ministry said on March 3. "
        "The Confederation of Turkish Trade Unions (Türk-İş) met in İstanbul on Tuesday."
    )
    found = {t.text: t.value for t in find_timexes(text, published)}
    assert found["December 2025"] == "2025-12"
    assert found["March 3"] == "2026-03-03"
    assert found["Tuesday"] == "2026-03-10"
    f = rows("The central bank raised its key rate on March 3. " + text)
    assert containing(f, "raised its key rate")["date"] == pd.Timestamp("2026-03-03")


def test_the_lower_case_of_a_text_keeps_its_offsets():
    text = "İstanbul, Türk-İş and IZMIR"
    low = lowered(text)
    assert len(low) == len(text)
    assert low == "istanbul, türk-iş and izmir"


# -- "The country's president announced the ban in a video address broadcast on ...": the
# office of the country the story is about ------------------------------------------------------
def test_the_countrys_president_is_the_office_of_the_country_the_story_is_about():
    f = rows(
        "Thailand's rice export ban jolts grain markets\n\n"
        "Thailand, the world's largest rice exporter, will halt exports of rice until further "
        "notice, leaving importers from India to Pakistan scrambling for supply.\n\n"
        "The country's president announced the ban in a video address broadcast on the "
        "presidential palace's YouTube channel late March 6, after chairing a cabinet meeting.\n\n"
        "The ban takes effect March 20."
    )
    announced = containing(f, "announced the ban")
    assert announced["speaker"] == "Thailand's president"
    assert (announced["date"], announced["time_of_day"]) == (pd.Timestamp("2026-03-06"), "evening")
    start = containing(f, "The ban takes effect")
    assert (start["kind"], start["speaker"]) == ("scheduled", "Thailand's president")
    assert start["date"] == pd.Timestamp("2026-03-20")


def test_the_countrys_minister_of_a_story_that_names_no_country_is_unresolved():
    f = rows("The country's finance minister said on Tuesday that rates would stay high.")
    assert containing(f, "finance minister said")["speaker"] is None


# -- a radio report's transcript: the reporter's turns tell the story -----------------------
def test_the_reporters_turns_of_a_radio_transcript_are_not_quotes_of_the_reporter():
    f = rows(
        "Ruritania Radio\n\n"
        "Watchdog approves a scaled-back disclosure rule\n\n"
        "Ivo Marsh\n"
        "Mar 11, 2026\n\n"
        "Lena Holt: The Fair Markets Office (FMO) today approved a rule on climate disclosure. The "
        "vote was 3 to 2. Ruritania Radio's Ivo Marsh has more.\n\n"
        "Ivo Marsh: At an open meeting this morning, the FMO's three Liberal commissioners voted "
        "to adopt the rule over the objections of its two Conservatives.\n\n"
        "FMO Chair Ana Ruiz said at the meeting that investors had asked for it for years.\n\n"
        "Ana Ruiz: Investors have told us, loudly and for a long time, that these risks matter.\n\n"
        "Ivo Marsh: Two business groups filed a challenge in the appeals court within hours.\n\n"
        "In Zenda, I'm Ivo Marsh for Ruritania Radio."
    )
    assert "Ivo Marsh" not in set(f["speaker"].dropna())
    vote = containing(f, "voted to adopt the rule")
    assert (vote["kind"], vote["speaker"]) == ("action", "Fair Markets Office")
    assert containing(f, "said at the meeting")["speaker"] == "Ana Ruiz"


# -- "Two years and a lot of lobbying later, the Securities and Exchange Commission today ..." --
def test_a_body_after_an_opening_adverbial_is_the_subject_not_a_word_of_its_name():
    f = rows(
        "Two years, 24,000 public comments and an awful lot of lobbying later, the Markets and "
        "Exchange Commission today approved a rule on climate disclosure.\n\n"
        "The agency dropped that requirement after heavy pushback from business groups.\n\n"
        "California's governor signed two laws last October."
    )
    assert containing(f, "approved a rule")["speaker"] == "Markets and Exchange Commission"
    assert containing(f, "dropped that requirement")["kind"] == "action"
    assert containing(f, "signed two laws")["date"] == pd.Timestamp("2025-10-01")


def test_an_act_in_a_relative_clause_with_its_own_pronoun_is_not_the_sentences_act():
    f = rows(
        "The Reserve Bank of Ruritania (RBR) kept rates on hold on Tuesday.\n\n"
        "The RBR's deputy governor speaks at noon in Zenda on the bank's plan to loosen a capital "
        "requirement, which it proposed in June."
    )
    speech = f[f["text"].str.contains("speaks at noon")]
    assert (speech["kind"] != "action").all()


# -- "were introduced by Brussels on 2 May"; "approved late on Tuesday by 372 votes to 108" ----
def test_a_capital_that_stands_for_its_government_is_the_agent_of_a_passive():
    f = rows(
        "Ruritania imposed its own ban on grain imports on Tuesday.\n\n"
        "The EU restrictions were introduced by Brussels on 2 February to protect farmers."
    )
    restrictions = containing(f, "were introduced by Brussels")
    assert (restrictions["kind"], restrictions["speaker"]) == ("action", "Brussels")
    assert restrictions["date"] == pd.Timestamp("2026-02-02")


def test_a_count_of_votes_is_no_present_tense_of_an_event_to_come():
    published = dt.date(2026, 3, 14)  # a Saturday
    found = find_timexes(
        "The main text had been approved late on Tuesday by 372 votes to 108.", published
    )
    assert [t.value for t in found] == ["2026-03-10"]
    coming = find_timexes("The Senate votes on Tuesday.", published)
    assert [t.value for t in coming] == ["2026-03-17"]
    f = rows(
        "The Chamber of Deputies on Wednesday rejected the last amendments to the fiscal "
        "framework. The main text had been approved late on Tuesday by 372 votes to 108."
    )
    main = containing(f, "The main text had been approved")
    assert (main["kind"], main["speaker"]) == ("action", "Chamber of Deputies")
    assert (main["date"], main["time_of_day"]) == (pd.Timestamp("2026-03-10"), "evening")


# -- the sixtieth round's acts: a strike suspended by two unions, a ban declared after a dated
# weekday between commas, a government toppled by deputies, a tax partially reinstated --------
def test_acts_of_unions_presidents_deputies_and_taxes_reinstated():
    f = rows(
        "The Ruritania Labour Congress (RLC) and the Trade Union Congress (TUC) have suspended "
        "the indefinite general strike they began on Monday.\n\n"
        "The President on Tuesday, March 10, declared a total ban on offshore gaming operators.\n\n"
        "In December, deputies toppled his predecessor with a censure motion.\n\n"
        "The government cut fuel taxes on Tuesday. Federal taxes on diesel, zeroed last year, "
        "were partially reinstated on March 1."
    )
    strike = containing(f, "have suspended the indefinite general strike")
    assert (strike["kind"], strike["speaker"]) == ("action", "Ruritania Labour Congress")
    ban = containing(f, "declared a total ban")
    assert (ban["kind"], ban["date"]) == ("action", pd.Timestamp("2026-03-10"))
    toppled = containing(f, "deputies toppled")
    assert (toppled["kind"], toppled["date"]) == ("action", pd.Timestamp("2025-12-01"))
    taxes = containing(f, "were partially reinstated")
    assert (taxes["kind"], taxes["date"]) == ("action", pd.Timestamp("2026-03-01"))


def test_a_listed_companys_disclosure_that_opens_the_sentence_is_no_subject():
    f = rows(
        "The Northwind Energy Company cut its diesel price on Tuesday.\n\n"
        "In a material fact sent to the Securities Commission of Ruritania (SCR) before the "
        "market opened, the company said its new pricing would follow domestic costs."
    )
    assert containing(f, "material fact")["speaker"] == "Northwind Energy Company"


def test_a_plan_as_a_noun_is_no_event_to_come_and_a_government_brought_down_is_an_act():
    f = rows(
        "The National Assembly brought down the minority government on Monday, refusing its "
        "confidence to the prime minister after he had staked his tenure on a plan to cut next "
        "year's deficit."
    )
    fall = containing(f, "brought down the minority government")
    assert (fall["kind"], fall["date"]) == ("action", pd.Timestamp("2026-03-09"))


def test_a_towns_state_after_a_relative_clause_is_no_trailing_attribution():
    f = rows(
        "Corn Growers Association President Harold Voss, who farms near Kearney, Neb., said "
        "growers were thrilled."
    )
    assert containing(f, "who farms near Kearney")["speaker"] == "Harold Voss"


def test_a_programme_named_in_an_openers_apposition_and_a_bodys_office_before_its_holder():
    f = rows(
        "Speaking on Zenda Television's breakfast programme, Sunrise Daily, on Tuesday morning, "
        "the RLC President, Comrade Ibrahim Sani, said labour had not abandoned its demand."
    )
    remark = containing(f, "said labour had not abandoned")
    assert remark["speaker"] == "Ibrahim Sani"
    assert (remark["date"], remark["time_of_day"]) == (pd.Timestamp("2026-03-10"), "morning")
