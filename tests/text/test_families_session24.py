"""Error families found in the thirtieth and thirty-first blind rounds (a council's vote
summary, a regional daily's English edition, a podcast's show notes, debate takeaways, a
governor's open letter, ...), each fixed by a general rule and tested here on made-up
sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit import resolve_dates

PUB = "2026-03-04"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "the representative of Chile said": a country speaks through its unnamed envoy ---------
def test_an_unnamed_envoy_speaks_for_the_country_and_is_the_he_after():
    f = rows(
        "The Council this morning renewed the embargo on the country for a year.\n\n"
        "The representative of Paraguay said the measure had outlived its use. The embargo, "
        "he said, should be lifted step by step.\n\n"
        "Mongolia's representative said sanctions were a means, not an end.\n\n"
        "Speaking also on behalf of Benin and Togo, the delegate of Ghana recalled that the "
        "regional body had called for the embargo to be lifted."
    )
    assert containing(f, "representative of Paraguay")["speaker"] == "Paraguay"
    assert containing(f, "step by step")["speaker"] == "Paraguay"
    assert containing(f, "a means, not an end")["speaker"] == "Mongolia"
    assert containing(f, "delegate of Ghana")["speaker"] == "Ghana"


def test_a_countrys_name_is_no_persons():
    f = rows("Kenya said on Monday that it would appeal the ruling.")
    assert containing(f, "appeal")["speaker"] == "Kenya"
    assert containing(f, "appeal")["date"] == pd.Timestamp("2026-03-02")


# -- the statements of a gathering the lead reports are of its day ---------------------------
def test_remarks_after_a_lead_that_reports_a_debate_or_a_council_are_of_its_day():
    f = rows(
        "Party leaders faced off for two hours on national television this morning, in the "
        "last televised debate before the vote.\n\n"
        "Ana Ruiz, leader of the Green Party, repeated her pledge to cut the fuel tax.\n\n"
        "Bo Lind, leader of the Liberals, said the pledge could not be paid for. He had made "
        "the same case at a rally on Saturday."
    )
    assert containing(f, "repeated her pledge")["date"] == pd.Timestamp(PUB)
    assert containing(f, "could not be paid for")["date"] == pd.Timestamp(PUB)


def test_an_act_told_right_after_a_dated_act_is_of_its_day_but_not_a_perfect():
    f = rows(
        "The Commission asked the panel on Monday to rule on the duties. Beijing blocked the "
        "request, as it may do the first time.\n\n"
        "The ministry imposed the levy on Tuesday. The industry association has asked the "
        "ministry to delay the levy."
    )
    assert containing(f, "Beijing blocked")["date"] == pd.Timestamp("2026-03-02")
    assert pd.isna(containing(f, "has asked the ministry")["date"])


# -- a podcast's page: positions in the episode, the day it was recorded ---------------------
def test_an_interviews_present_tense_words_are_of_the_day_it_was_recorded():
    f = rows(
        "Host Ann Lo talks to Dr. Mara Quist, head of the Energy Regulatory Office, about the "
        "rate decision. The conversation was recorded at the regulator's offices on Monday "
        "afternoon.\n\n"
        "[01:40] Quist walks through the decision the regulator issued on Feb. 20.\n\n"
        '[06:15] Why the regulator cut the allowance. "We will not make customers pay for '
        'stolen power," she says.\n\n'
        "[19:05] The company told the regulator last week that it would appeal the decision."
    )
    quote = containing(f, "stolen power")
    assert quote["date"] == pd.Timestamp("2026-03-02")
    assert quote["time_of_day"] == "afternoon"
    appeal = containing(f, "would appeal")
    assert appeal["speaker"] == "company"
    assert appeal["date"] == pd.Timestamp("2026-02-23")  # the week before, no clock time


def test_an_editors_update_label_is_no_part_of_the_sentence_after_it():
    f = rows(
        "[Update, Wednesday, March 4: The board turned down the utility's request for an "
        "interim increase at its meeting on Tuesday.]"
    )
    act = containing(f, "turned down")
    assert act["speaker"] == "board"
    assert act["date"] == pd.Timestamp("2026-03-03")


# -- a regional daily's English edition: bodies and offices in their own language ------------
def test_bodies_named_in_their_own_language():
    f = rows(
        "The Consell de Govern approved the bill on Monday.\n\n"
        "The Junta de Extremadura said on Monday that it would appeal.\n\n"
        "The Federación Nacional de Cafeteros said on Tuesday that prices would fall.\n\n"
        "The Ligue Nationale de Handball (LNH) steering committee voted on Thursday to raise "
        "the salary cap."
    )
    assert containing(f, "approved the bill")["speaker"] == "Consell de Govern"
    assert containing(f, "would appeal")["speaker"] == "Junta de Extremadura"
    assert containing(f, "prices would fall")["speaker"] == "Federación Nacional de Cafeteros"
    assert containing(f, "salary cap")["speaker"] == "Ligue Nationale de Handball"


def test_an_office_in_its_own_language_and_the_and_between_two_surnames():
    f = rows(
        "Opening the debate, the conseller de Finances, Pere Vidal i Roig, told the chamber "
        "on Tuesday that the tax would fund water works.\n\n"
        "José Marín y Soto said on Monday that the tax was too high."
    )
    assert containing(f, "water works")["speaker"] == "Pere Vidal i Roig"
    assert containing(f, "too high")["speaker"] == "José Marín y Soto"


def test_a_dateline_with_an_abbreviated_weekday():
    f = rows(
        "ALCÚDIA, Tues. — The island council voted unanimously to ask the government to "
        "spend half of the tourist tax on the island.\n\n"
        "The ministry said on Thurs. that it would cut the tax."
    )
    council = containing(f, "voted unanimously")
    assert council["date"] == pd.Timestamp("2026-03-03")
    assert council["speaker"] != "Tues"
    assert containing(f, "cut the tax")["date"] == pd.Timestamp("2026-02-26")


def test_sun_is_a_newspaper_at_a_sentences_end():
    found = resolve_dates("The premier told the Sun. The paper ran the story.", published=PUB)
    assert found.empty


# -- "the prime minister" is not the finance minister the article names ----------------------
def test_the_prime_minister_is_not_a_named_finance_minister():
    f = rows(
        "Finance Minister Bo Lind told reporters on Monday that the budget was sound.\n\n"
        'The prime minister defended the handout on Tuesday. "It reaches people this '
        'autumn," he said.'
    )
    assert containing(f, "defended the handout")["speaker"] == "prime minister"
    assert containing(f, "this autumn")["speaker"] == "prime minister"


# -- "said the report, published on 30 April, showed": the report's day ---------------------
def test_a_participle_aside_dates_its_noun_not_the_remark():
    f = rows(
        "Ambassador Ana Ruiz said the panel's final report, published on 3 February, showed arms "
        "reaching armed groups.\n\n"
        "The ministry said in its statement, published on Monday, that it would appeal."
    )
    assert pd.isna(containing(f, "arms reaching")["date"])
    assert containing(f, "would appeal")["date"] == pd.Timestamp("2026-03-02")


# -- "between June and August 2008": a span of months ---------------------------------------
def test_a_span_of_months():
    found = resolve_dates(
        "The board raised rates by 100 basis points between June and August 2025.",
        published=PUB,
    )
    assert found["text"].tolist() == ["between June and August 2025"]
    assert found["date"].tolist() == [pd.Timestamp("2025-06-01")]
    assert found["date_end"].tolist() == [pd.Timestamp("2025-08-31")]
    assert found["precision"].tolist() == ["range"]
    # no year: the span the tense points to
    past = resolve_dates("Exports fell from October to December.", published=PUB)
    assert past["date"].tolist() == [pd.Timestamp("2025-10-01")]
    assert past["date_end"].tolist() == [pd.Timestamp("2025-12-31")]


# -- a legislator's weekly column: its "I" is the byline's ----------------------------------
def test_a_columns_i_is_the_author_of_its_byline():
    f = rows(
        "THE VALLEY TIMES\n\nBy Sen. Ana P. Ruiz (D-Carver)\nWednesday, March 4, 2026\n\n"
        "On Tuesday the Senate gave Senate Bill 88 preliminary approval on second reading, "
        "30-20. I voted yes.\n\n"
        "On Wednesday the bill passed third reading, 31-19, and went to the House.\n\n"
        "I will hold a town meeting at the library on Saturday at 10 a.m."
    )
    assert containing(f, "I voted yes")["speaker"] == "Ana P. Ruiz"
    assert containing(f, "town meeting")["speaker"] == "Ana P. Ruiz"
    approval = containing(f, "preliminary approval")
    assert (approval["kind"], approval["speaker"]) == ("action", "Senate")
    assert approval["date"] == pd.Timestamp("2026-03-03")
    reading = containing(f, "third reading")
    assert (reading["kind"], reading["speaker"]) == ("action", "Senate")
    assert reading["date"] == pd.Timestamp("2026-03-04")


def test_no_byline_no_author_for_i():
    f = rows("I voted yes on the bill on Tuesday.")
    assert f["speaker"].isna().all()


# -- a body's name whose last word follows "and"; an office's last portfolio -----------------
def test_the_last_word_of_a_bodys_name_after_and_is_no_surname():
    f = rows(
        "The Kansas League of Cities and Towns opposed the bill on Feb. 9, arguing that zoning "
        "belongs to the towns.\n\n"
        "The Minister of Trade and Industry, Marc van der Berg-Lie, told reporters on Monday "
        "that the duty would stay."
    )
    assert containing(f, "zoning")["speaker"] == "Kansas League of Cities and Towns"
    assert containing(f, "duty would stay")["speaker"] == "Marc van der Berg-Lie"


# -- "the final report for 2019 is due in February": the report's year is its period --------
def test_a_reports_year_is_the_period_it_covers():
    f = rows("The panel's final report for 2025 is due in June.")
    assert containing(f, "due in June")["date"] == pd.Timestamp("2026-06-01")


# -- "At a dinner hosted by a bank on the eve of Friday's plenary, <speaker> said" ------------
def test_an_opening_gathering_in_commas_and_the_eve_of_a_day():
    f = rows(
        "At a dinner hosted by a Japanese bank on the eve of Friday's plenary, Bank Negara "
        "Malaysia Deputy Governor Nor Azman bin Yusof said the central bank had no intention "
        "of reimposing capital controls."
    )
    remark = containing(f, "capital controls")
    assert remark["speaker"] == "Nor Azman bin Yusof"
    assert remark["date"] == pd.Timestamp("2026-02-26")  # the Thursday before Friday the 27th


def test_a_capitalised_board_is_a_body():
    f = rows(
        "The Regional Tripartite Wages and Productivity Board for Central Luzon on Friday "
        "issued a wage order raising the daily minimum wage."
    )
    assert containing(f, "wage order")["speaker"] == (
        "Regional Tripartite Wages and Productivity Board for Central Luzon"
    )


def test_a_courtesy_between_a_bodys_title_and_the_name():
    f = rows("Bank of Israel Governor Prof. Dana Levin warned on Monday that the budget was key.")
    assert containing(f, "budget was key")["speaker"] == "Dana Levin"


# -- "X placed the request on hold in July, the diplomats said": the act is X's --------------
def test_a_dated_act_that_unnamed_people_tell_after_it_is_its_actors():
    f = rows(
        "China and Russia placed the request on hold in February, the diplomats said.\n\n"
        "The Sierra Leone Maritime Administration struck the ship from its register on 2 "
        "February, officials said.\n\n"
        "The court on Tuesday upheld the levy, rejecting appeals by generators that argued "
        "the charge was confiscation."
    )
    hold = containing(f, "on hold")
    assert (hold["speaker"], hold["kind"]) == ("China", "action")
    assert hold["date"] == pd.Timestamp("2026-02-01")
    register = containing(f, "register")
    assert register["speaker"] == "Sierra Leone Maritime Administration"
    assert register["date"] == pd.Timestamp("2026-02-02")
    assert containing(f, "upheld")["date"] == pd.Timestamp("2026-03-03")


# -- "late on Friday, citing ... a plan to ...": a participle's clause has its own tense -----
def test_a_participles_clause_after_a_comma_does_not_tense_the_date_before_it():
    f = rows(
        "Fitch Ratings cut the country's rating by one notch late on Friday, citing the "
        "government's failure so far to set out a credible plan to stop debt from rising."
    )
    assert containing(f, "cut the country")["date"] == pd.Timestamp("2026-02-27")


def test_a_lectures_name_is_no_persons_and_an_office_is_the_he_after():
    f = rows(
        "Delivering the annual Ram Kumar Shrestha Memorial Lecture on Thursday, Ghimire told "
        "students that the bank had no appetite for a credit boom.\n\n"
        "The Administrator told a news conference on Tuesday evening that the increase was "
        'needed. "The canal must pay for itself," he said.'
    )
    assert containing(f, "credit boom")["speaker"] == "Ghimire"
    assert containing(f, "pay for itself")["speaker"] == "Administrator"
    assert containing(f, "pay for itself")["date"] == pd.Timestamp("2026-03-03")


def test_a_declaration_that_is_an_act_and_the_president_as_the_he_after():
    f = rows(
        "The President declared the drought in the two southern provinces a national disaster "
        'on Friday, in an address broadcast on television. "No one will starve," he said.\n\n'
        "The minister declared that the drought was over."
    )
    act = containing(f, "national disaster")
    assert (act["kind"], act["speaker"]) == ("action", "President")
    assert act["date"] == pd.Timestamp("2026-02-27")
    assert containing(f, "will starve")["speaker"] == "President"
    assert containing(f, "was over")["kind"] == "paraphrase"


# -- an acronym before a present-tense event, a date set for "the 20th", an adjective ---------
def test_an_acronym_holds_an_event_and_a_vote_is_set_for_an_ordinal_day():
    f = rows(
        "The Office of Utilities Regulation (OUR) set new rates on Monday.\n\n"
        "The OUR holds a public meeting on the rates in Montego Bay on Thursday, March 12.\n\n"
        "The regional parliament approved the tax bill on Tuesday. The final vote is set for "
        "the 20th."
    )
    meeting = containing(f, "public meeting")
    assert meeting["kind"] == "scheduled"
    assert meeting["date"] == pd.Timestamp("2026-03-12")
    assert containing(f, "set for the 20th")["date"] == pd.Timestamp("2026-03-20")


def test_a_capitalised_adjective_of_a_bodys_noun_is_no_name():
    f = rows("Statbel, the Belgian statistics office, reported on Monday that rents had risen.")
    assert containing(f, "rents had risen")["speaker"] == "Statbel"


# -- a measure's start or span in a sentence of its own ---------------------------------------
def test_a_measures_start_or_span_told_in_a_sentence_of_its_own():
    f = rows(
        "The league's steering committee voted on Tuesday to raise the salary cap.\n\n"
        "The new rules apply from July 1, the start of the financial year.\n\n"
        "The new rates will apply to all vessels arriving in port from 0001 hrs on 1 October "
        "2026."
    )
    rules = containing(f, "apply from July 1")
    assert (rules["kind"], rules["date"]) == ("scheduled", pd.Timestamp("2026-07-01"))
    rates = containing(f, "0001 hrs")
    assert (rates["kind"], rates["date"]) == ("scheduled", pd.Timestamp("2026-10-01"))


def test_a_measures_span_of_months_after_from():
    f = rows(
        "The finance minister signed an order on Saturday suspending the duty on maize.\n\n"
        "The suspension runs from April 1 to July 31."
    )
    span = containing(f, "runs from")
    assert (span["date"], span["date_end"]) == (
        pd.Timestamp("2026-04-01"),
        pd.Timestamp("2026-07-31"),
    )
    assert span["precision"] == "range"


# -- a broadcast script: the sound bite under its cue, spelled ordinal days --------------------
def test_a_sound_bite_under_its_super_cue_and_spelled_ordinal_days():
    f = rows(
        "[ANCHOR ON CAMERA]\nGood evening. Finance Minister Dr. Ana P. Ruiz this afternoon "
        "raised the fees for fishing quotas.\n\n"
        "[SOT | SUPER: Dr. Ana P. Ruiz, Minister of Finance]\n"
        '"The science is telling us to slow down, and we will."\n\n'
        "[VO]\nShe also extended the ban on pilchard fishing. The new fees apply from the first "
        "of April. The central bank's committee meets again on the fifteenth of April."
    )
    assert containing(f, "slow down")["speaker"] == "Ana P. Ruiz"
    assert containing(f, "first of April")["date"] == pd.Timestamp("2026-04-01")
    assert containing(f, "fifteenth of April")["date"] == pd.Timestamp("2026-04-15")


# -- a photo gallery: captions stamped with the hour, a present-tense introduction -----------
def test_a_photo_gallerys_captions_are_of_the_day_and_hour_they_are_stamped():
    f = rows(
        "Unions held a national strike today against the pensions pact.\n\n"
        "3/12 — 08:40, Charleroi. Marta Dufour, general secretary of the union, speaks to "
        'strikers outside a glassworks. "That is not a reform, that is a transfer," she told '
        "them. Photo: Luc Hermans\n\n"
        "4/12 — 09:30, Zaventem. Empty check-in desks. The airport's operator said 240 flights "
        "had been cancelled. Photo: Nadia Benali"
    )
    quote = containing(f, "not a reform")
    assert quote["speaker"] == "Marta Dufour"
    assert (quote["date"], quote["time_of_day"]) == (pd.Timestamp(PUB), "morning")


# -- a law report: a judge's title after the name, a court's act ------------------------------
def test_a_judges_title_after_the_name_and_a_court_setting_aside_a_decision():
    f = rows(
        "The High Court on Friday set aside the minister's refusal to remove the investor "
        "from the sanctions list, holding that the minister had failed to weigh the sale.\n\n"
        "Marama-Hale J accepted that the minister could rely on classified material. "
        '"The power to designate is a serious one," the judge said at [58].'
    )
    act = containing(f, "set aside")
    assert (act["kind"], act["speaker"]) == ("action", "High Court")
    assert act["date"] == pd.Timestamp("2026-02-27")
    assert containing(f, "classified material")["speaker"] == "Marama-Hale"
    assert containing(f, "serious one")["speaker"] == "Marama-Hale"


# -- a company announcement: an office with no holder named, a long participle opener --------
def test_an_office_alone_after_a_long_speaking_opener_and_a_notice_lodged():
    f = rows(
        "Speaking in the National Assembly at about 11:00 a.m. local time on Monday, 2 March "
        "(4:00 p.m. AWST), the Minister for Energy and Minerals said the new rate would apply "
        "to every mine.\n\n"
        "On Tuesday, 3 March 2026, the Company lodged a formal notice of dispute with the "
        "Ministry of Energy and Minerals."
    )
    remark = containing(f, "every mine")
    assert remark["speaker"] == "Minister for Energy and Minerals"
    assert remark["date"] == pd.Timestamp("2026-03-02")
    notice = containing(f, "notice of dispute")
    assert (notice["kind"], notice["date"]) == ("action", pd.Timestamp("2026-03-03"))


def test_an_act_published_in_todays_edition_is_of_today():
    f = rows(
        "The Economy Ministry published in today's edition its final resolution in the "
        "antidumping investigation, imposing definitive duties on tiles."
    )
    assert containing(f, "final resolution")["date"] == pd.Timestamp(PUB)


def test_setting_a_policy_limit_is_an_act_and_the_occasion_after_it():
    f = rows(
        "Fisheries Minister Dr. Ana P. Ruiz this afternoon set the total allowable catch for "
        "the 2027 season at 140,000 tonnes.\n\n"
        "The trawler owners' association said after the announcement that the cut could cost "
        "1,500 jobs.\n\n"
        "The meeting is set for Tuesday."
    )
    act = containing(f, "total allowable catch")
    assert (act["kind"], act["date"], act["time_of_day"]) == (
        "action",
        pd.Timestamp(PUB),
        "afternoon",
    )
    assert containing(f, "1,500 jobs")["date"] == pd.Timestamp(PUB)


def test_an_adjective_of_nationality_is_no_name():
    f = rows(
        "On Tuesday, 3 March 2026, the Company's Tanzanian subsidiary, Mara Hill Mining "
        "(Tanzania) Limited, lodged a formal notice of dispute with the Ministry of Minerals."
    )
    assert containing(f, "notice of dispute")["speaker"] != "Tanzanian"
