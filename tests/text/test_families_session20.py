"""Error families found in the pooled misses of all blind rounds after the twentieth, each
fixed by a general rule and tested here on made-up sentences of the same shape (never a
round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-10-04"  # a Sunday


rows = partial(statement_rows, published=PUB)


# -- a dated event to come whose subject names no one: the agent of the act before it -------
def test_an_event_to_come_after_a_description_is_of_the_last_act():
    f = rows(
        "Six coffee-exporting nations' ministers agreed on Sunday to cut their export quotas by "
        "4% from January.\n\n"
        "The six will meet again on November 12."
    )
    row = containing(f, "will meet again")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == containing(f, "agreed on Sunday")["speaker"]
    assert row["speaker"] is not None
    assert row["date"] == pd.Timestamp("2026-11-12")


def test_a_vote_set_for_a_day_is_of_the_body_that_acted_before_it():
    f = rows(
        "The Landtag's finance committee approved the supplementary budget on Friday. "
        "The plenary vote is set for Thursday."
    )
    row = containing(f, "plenary vote is set")
    assert row["kind"] == "scheduled"
    assert row["date"] == pd.Timestamp("2026-10-08")
    assert row["speaker"] is not None


def test_an_event_to_come_of_an_agent_described_not_named_is_left_out():
    f = rows(
        "The Landtag approved the budget on Friday. The reform now needs a two-thirds majority."
        " The chamber is due to vote on 27 October."
    )
    # (the last act's agent may not be the chamber: no guess)
    assert not f["text"].str.contains("The chamber").any()


def test_is_to_with_an_event_verb_is_a_plan():
    f = rows(
        "Premier Dana Holt said on Saturday that the provinces would fight the levy.\n\n"
        "Ministers are to hold a video call Monday to agree on a response."
    )
    row = containing(f, "are to hold")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == "Ministers"
    assert row["date"] == pd.Timestamp("2026-10-05")


def test_is_to_of_an_aim_with_no_date_is_no_plan():
    f = rows("The aim is to cut the deficit. Premier Dana Holt said on Saturday it was fair.")
    assert not f["text"].str.contains("The aim").any()


# -- a market line "on the day" takes a past day, not the day of an event to come ------------
def test_a_market_line_on_the_day_skips_an_event_to_come():
    f = rows(
        "The Treasury cut its borrowing forecast on Friday.\n\n"
        "The Fiscal Council will publish its assessment on Monday morning.\n\n"
        "The yield on 10-year bonds closed at 3.21%, down 4 basis points on the day.",
        published="2026-10-02",
    )
    row = containing(f, "closed at 3.21%")
    assert row["kind"] == "market"
    assert row["date"] == pd.Timestamp("2026-10-02")


# -- "according to" a document named by the body that wrote it: the body --------------------
def test_according_to_a_bodys_fact_sheet_is_the_bodys():
    f = rows("Relief payments will rise next year, according to a USDA fact sheet released Monday.")
    assert containing(f, "Relief payments")["speaker"] == "USDA"


def test_according_to_a_department_statement_is_the_departments():
    f = rows("The program will expand next year, according to a Commerce Department statement.")
    assert containing(f, "The program")["speaker"] == "Commerce Department"


# -- a participle of speech after a comma ("..., telling ABC Radio that ...") ---------------
LEAD = "CANBERRA - Treasurer Nora Quill delayed the tax cuts on Tuesday.\n\n"


def test_telling_after_a_comma_is_a_remark_of_the_clauses_subject():
    f = rows(
        LEAD + "Sen. Ana Petrov flagged the move on Monday, telling a radio station that "
        "everything was on the table.",
        published="2026-05-12",
    )
    row = containing(f, "telling a radio station")
    assert row["kind"] == "paraphrase"
    assert row["speaker"] == "Ana Petrov"
    assert row["date"] == pd.Timestamp("2026-05-11")


def test_a_participle_after_a_clause_opened_by_a_pronoun_is_that_persons():
    f = rows(
        LEAD + "She had flagged the move yesterday, telling a radio station that "
        '"everything is on the table".',
        published="2026-05-12",
    )
    row = containing(f, "telling a radio station")
    assert row["speaker"] == "Nora Quill"
    assert row["date"] == pd.Timestamp("2026-05-11")


def test_a_statement_stating_that_is_the_bodys_remark():
    f = rows(
        "The Trade Ministry issued a statement on Thursday stating that it \"firmly opposes\" "
        "the duties.",
        published="2026-11-21",
    )
    row = containing(f, "stating that")
    assert row["kind"] in ("paraphrase", "quote")
    assert row["speaker"] == "Trade Ministry"
    assert row["date"] == pd.Timestamp("2026-11-19")


# -- honorifics before a name, after any title ---------------------------------------------
def test_an_honorific_after_a_title_is_no_part_of_the_name():
    f = rows(
        "Central Bank Governor Datuk Seri Aminah Kassim Rahman said on Thursday the bank had "
        '"ample room" to act.',
        published="2025-03-07",
    )
    assert containing(f, "ample room")["speaker"] == "Aminah Kassim Rahman"


def test_a_two_word_honorific_is_skipped_but_a_surname_tan_is_kept():
    f = rows(
        "Finance Minister Tan Sri Ahmad Zaki said on Monday the budget was fair.\n\n"
        "Opposition leader Tan Kok Wai said on Monday the budget was unfair.",
        published="2025-03-07",
    )
    assert containing(f, "was fair")["speaker"] == "Ahmad Zaki"
    assert containing(f, "was unfair")["speaker"] == "Tan Kok Wai"


# -- the opening names of someone named in full before are that person --------------------
def test_a_given_name_on_second_reference_is_the_person_named_in_full():
    f = rows(
        "Speaking to reporters last night, Governor Aminah Kassim Rahman said the bank had room "
        "to act.\n\n"
        '"We are not pre-committed to any direction," Aminah Kassim said.',
        published="2025-03-07",
    )
    quote = containing(f, "pre-committed")
    assert quote["speaker"] == "Aminah Kassim Rahman"
    assert quote["date"] == pd.Timestamp("2025-03-06")  # the same person's occasion


# -- a quotation after a colon, the clause opened by a pronoun -----------------------------
def test_a_colon_quote_after_a_clause_opened_by_a_pronoun_is_that_persons():
    f = rows(
        "Governor Ana Lim said on Thursday the bank had room to act.\n\n"
        'She was equally firm about the near term: "At 3 per cent, the rate is where it '
        'should be."',
        published="2025-03-07",
    )
    row = containing(f, "equally firm")
    assert row["kind"] == "quote"
    assert row["speaker"] == "Ana Lim"


# -- an acronym the article defines is the body it stands for -------------------------------
def test_an_acronym_defined_in_brackets_is_the_named_body():
    f = rows(
        "In its statement on Thursday, the Monetary Policy Committee (MPC) said the rate "
        "remained supportive.\n\n"
        '"The economy is expected to remain resilient," the MPC said.',
        published="2025-03-07",
    )
    quote = containing(f, "remain resilient")
    assert quote["speaker"] == "Monetary Policy Committee"
    assert quote["date"] == pd.Timestamp("2025-03-06")  # the body's statement of Thursday


def test_defined_acronyms_need_matching_initials():
    from toolkit.text.document import defined_acronyms

    found = defined_acronyms(
        "The U.S. Trade Representative (USTR) and the Bureau of Industry and Security (BIS) "
        "met the National Electoral Council (CNE). Rep. Jo Park (R-Ohio) spoke."
    )
    assert found == {"USTR": "U.S. Trade Representative", "BIS": "Bureau of Industry and Security"}


# -- a remark or an act is not made after the day it is reported ---------------------------
def test_an_act_with_a_past_and_a_later_date_is_of_the_past_one():
    f = rows(
        "The House passed the tax bill on Thursday.\n\n"
        "To win over the holdouts, leadership agreed on Friday to hold a separate vote next "
        "month on raising the cap, aides said.",
        published="2026-06-07",
    )
    assert containing(f, "leadership agreed")["date"] == pd.Timestamp("2026-06-05")


def test_a_past_pledge_of_cuts_next_year_is_not_dated_next_year():
    f = rows(
        "Finance Minister Rui Sola said on Friday the deficit target would rise.\n\n"
        "Sola pledged 12 billion pesos of cuts to operating spending next year.",
        published="2023-10-16",
    )
    row = containing(f, "pledged 12 billion")
    assert row["date"] != pd.Timestamp("2024-01-01")


def test_a_decree_signed_is_an_act():
    f = rows("The president signed the decree on Saturday, according to the presidency.", published="2023-10-16")
    row = containing(f, "signed the decree")
    assert row["kind"] == "action"
    assert row["date"] == pd.Timestamp("2023-10-14")


def test_a_license_let_expire_is_an_act_but_let_alone_is_not():
    f = rows(
        "OFAC let the license expire at 12:01 a.m. on Thursday.\n\n"
        "The ministry let traders sell more on Friday.",
        published="2024-04-20",
    )
    assert containing(f, "let the license expire")["kind"] == "action"
    assert not f["text"].str.contains("let traders").any()


# -- a relative clause whose subject is named after "which" --------------------------------
def test_which_a_body_said_is_that_bodys_remark():
    f = rows(
        "The Treasury said on Wednesday it would not renew the license.\n\n"
        "New business needs a specific license, which OFAC said it would consider case by case.",
        published="2024-04-20",
    )
    assert containing(f, "which OFAC said")["speaker"] == "OFAC"


def test_a_body_named_with_its_owner_is_the_same_speaker_as_its_acronym():
    f = rows(
        "On Wednesday, the Treasury Department's Office of Foreign Assets Control (OFAC) said "
        "it would not renew the license.\n\n"
        "New business needs a specific license, which OFAC said it would consider case by case.",
        published="2024-04-20",
    )
    row = containing(f, "which OFAC said")
    assert row["speaker"] == "Office of Foreign Assets Control"
    assert row["date"] == pd.Timestamp("2024-04-17")  # the office's occasion


# -- a newsletter's bullet label; "Moody's said"; "Her ... party said" -----------------------
def test_a_bullets_label_is_no_part_of_the_subject():
    f = rows(
        "BOGOTA - The government suspended its fiscal rule on Friday.\n\n"
        "• The ratings angle: Moody's said late Friday that the move was \"credit negative\".\n\n"
        "• The politics: Her Centro Democrático party said it would challenge the decree.",
        published="2023-10-16",
    )
    assert containing(f, "ratings angle")["speaker"] == "Moody's"
    assert containing(f, "ratings angle")["time_of_day"] == "evening"
    assert containing(f, "The politics")["speaker"] == "Centro Democrático"


def test_a_possessive_before_a_noun_is_still_its_owner():
    f = rows("The Bank of Canada's next decision is due on Wednesday.", published="2023-10-16")
    assert containing(f, "next decision")["speaker"] == "Bank of Canada"


# -- market lines: a currency that closed weaker, a commodity's prices, "is buying" ---------
def test_market_lines_of_currencies_and_commodities():
    f = rows(
        "CANBERRA - The government moved to curb gas exports on Friday.\n\n"
        "The peso closed 1.9% weaker at 4,318 per dollar on Friday.\n\n"
        "The Australian dollar is buying 77.2 US cents this morning.\n\n"
        "Asian spot LNG prices rose about 4 per cent on Friday.\n\n"
        "Consumer prices rose 3.2% in May.",
        published="2021-06-14",
    )
    market = f[f["kind"] == "market"]
    assert len(market) == 3
    assert not market["text"].str.contains("Consumer prices").any()


# -- a calendar's present tense with a bare weekday is the coming one -----------------------
def test_a_present_event_on_a_bare_weekday_is_the_coming_one():
    f = rows(
        "CANBERRA - The government moved to curb gas exports on Friday.\n\n"
        "Looking ahead, state and federal energy ministers meet by video link on Friday.\n\n"
        "In its monthly report, published on Monday, the bank said growth was slowing.",
        published="2021-06-14",
    )
    row = containing(f, "ministers meet")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == "ministers"
    assert row["date"] == pd.Timestamp("2021-06-18")
    assert containing(f, "monthly report")["kind"] == "paraphrase"


def test_a_linking_phrase_opening_the_sentence_is_no_part_of_the_subject():
    f = rows("Separately, the Treasury said on Sunday it would sell more bonds.", published="2021-06-14")
    assert containing(f, "Separately")["speaker"] == "Treasury"


# -- a bank named head first; a relative clause after a party tag ---------------------------
def test_a_bank_named_after_the_word_bank_is_the_whole_name():
    f = rows(
        "JAKARTA - Bank Indonesia (BI) kept its benchmark rate unchanged on Wednesday.\n\n"
        "Reserve Bank Governor Ana Lim said on Wednesday the bank would wait.",
        published="2026-09-17",
    )
    assert containing(f, "kept its benchmark")["speaker"] == "Bank Indonesia"
    assert containing(f, "would wait")["speaker"] == "Ana Lim"


def test_a_relative_clause_after_a_party_tag_is_not_the_subject():
    f = rows(
        "U.S. Rep. Tomas Ybarra, D-Ariz., whose district includes Nogales, called the move "
        '"a self-inflicted wound" on Friday.',
        published="2019-02-10",
    )
    assert containing(f, "self-inflicted")["speaker"] == "Tomas Ybarra"


# -- a law's maker; the body of an unnamed official -----------------------------------------
def test_a_law_that_takes_effect_is_of_the_body_that_made_it():
    f = rows(
        "The Commission fined the chipmaker on Wednesday.\n\n"
        "The EU's Digital Markets Act enters into force on Nov. 1.",
        published="2022-10-19",
    )
    row = containing(f, "Digital Markets Act")
    assert row["speaker"] == "EU"
    assert row["date"] == pd.Timestamp("2022-11-01")


def test_a_bodys_unnamed_official_speaks_for_the_body_without_its_possessive():
    f = rows(
        "The EU's competition commissioner, speaking in Strasbourg this afternoon, said the "
        "ruling showed the cases stand up.",
        published="2022-10-19",
    )
    assert containing(f, "competition commissioner")["speaker"] == "EU"


# -- a court's acts --------------------------------------------------------------------------
def test_a_court_that_upheld_or_annulled_acted():
    f = rows(
        "LUXEMBOURG, Oct 19 (Wire) - The General Court on Wednesday largely upheld a Commission "
        "decision against the chipmaker.\n\n"
        "The Commission fined the company in May 2019.",
        published="2022-10-19",
    )
    upheld = containing(f, "largely upheld")
    assert upheld["kind"] == "action"
    assert upheld["speaker"] == "General Court"
    assert upheld["date"] == pd.Timestamp("2022-10-19")
    assert containing(f, "fined the company")["kind"] == "action"


# -- a reduced fine, a published notice, a released report, a body's short name ------------
def test_acts_on_fines_notices_and_reports():
    f = rows(
        "WASHINGTON - The U.S. Commerce Department said Wednesday it would end the agreement.\n\n"
        "The department's formal notice was published in the Federal Register on Friday.\n\n"
        "The court reduced the fine to 870 million euros on Friday.\n\n"
        "The competition watchdog, the ACCC, released an interim report last Tuesday that "
        "warned of a shortfall.",
        published="2019-02-10",
    )
    notice = containing(f, "formal notice")
    assert notice["kind"] == "action"
    assert notice["speaker"] == "U.S. Commerce Department"
    assert notice["date"] == pd.Timestamp("2019-02-08")
    assert containing(f, "reduced the fine")["kind"] == "action"
    assert containing(f, "interim report")["date"] == pd.Timestamp("2019-02-05")


def test_a_bodys_short_name_the_shipped_table_knows_is_someone():
    f = rows(
        "The U.S. Commerce Department said Wednesday it would end the agreement.\n\n"
        "Commerce will accept written comments on the termination until March 8.",
        published="2019-02-10",
    )
    row = containing(f, "will accept written comments")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == "Commerce"
    assert row["date"] == pd.Timestamp("2019-03-08")


# -- the day of a figure compared is not the statement's --------------------------------------
def test_a_range_compared_a_week_earlier_does_not_date_the_line():
    f = rows(
        "The Commerce Department said Wednesday it would end the deal.\n\n"
        "On Friday, a carton of tomatoes sold for $11.95 to $12.95 at Nogales, up from $9.95 to "
        "$10.95 a week earlier, according to USDA Market News.",
        published="2019-02-10",
    )
    assert containing(f, "a carton of tomatoes")["date"] == pd.Timestamp("2019-02-08")


def test_traders_pricing_according_to_an_analysis_is_a_market_line():
    f = rows(
        "The 10-year yield fell 9 basis points to 4.02% on Tuesday.\n\n"
        "Traders in fed funds futures now see about a 70% chance of a cut in June, up from 48% "
        "a day earlier, according to MarketDesk's analysis of futures pricing.",
        published="2026-04-14",
    )
    row = containing(f, "now see about a 70% chance")
    assert row["kind"] == "market"
    assert row["date"] != pd.Timestamp("2026-04-13")  # (not the day of the figure compared)


# -- a person's past in a "who" aside is not the sentence's act; "OPEC+" opens a clause -----
def test_an_act_in_a_who_aside_is_not_the_sentences_act():
    f = rows(
        "The Bank of England held rates on Thursday.\n\n"
        "Dr Ana Strand, who also voted for a bigger cut than her colleagues earlier this year, "
        "will set out her thinking in a speech in Edinburgh on Monday.",
        published="2026-09-18",
    )
    row = containing(f, "set out her thinking")
    assert row["kind"] == "scheduled"
    assert row["date"] == pd.Timestamp("2026-09-21")


def test_a_clause_opened_by_opec_plus_is_a_statement_of_its_own():
    f = rows(
        "The license runs out June 20, the hearing is June 3, and OPEC+ meets this Sunday, "
        "May 31, which could move the price.",
        published="2026-05-25",
    )
    row = containing(f, "OPEC+ meets")
    assert row["speaker"] == "OPEC+"
    assert row["date"] == pd.Timestamp("2026-05-31")


def test_a_month_of_last_year_is_one_expression():
    import datetime as _dt

    from toolkit.text.timex import find_timexes as _find

    found = [
        (t.text, t.value)
        for t in _find(
            "Treasury went after a refinery in March of last year; the rule applies in May next "
            "year.",
            _dt.date(2026, 3, 10),
        )
    ]
    assert found == [("in March of last year", "2025-03"), ("in May next year", "2027-05")]


# -- an act or a remark with a day of its own is not dated by a month or a year --------------
def test_a_day_in_the_sentence_wins_over_a_month_of_the_content():
    f = rows(
        "On Sunday, the eight producers agreed to raise output by 137,000 barrels a day in "
        "October, a statement from the group said.\n\n"
        "The cabinet extended the fuel price freeze on Monday until 1 July.\n\n"
        "Last August, the department added 407 product categories, and the new list took "
        "effect on January 5.",
        published="2026-09-07",
    )
    assert containing(f, "agreed to raise output")["date"] == pd.Timestamp("2026-09-06")
    assert containing(f, "extended the fuel price freeze")["date"] == pd.Timestamp("2026-09-07")
    assert containing(f, "Last August")["date"] == pd.Timestamp("2026-08-01")


def test_a_dateline_with_its_agency_and_no_dash_is_no_speaker():
    f = rows(
        "Taipei, Nov. 11 (Formosa Wire) Taiwan's Ministry of Economic Affairs (MOEA) on "
        "Wednesday added 21 companies to its entity list.\n\n"
        "The ministry also proposed rules that would require exporters to obtain licenses.",
        published="2026-11-11",
    )
    assert containing(f, "added 21 companies")["speaker"] == "Taiwan's Ministry of Economic Affairs"
    assert containing(f, "also proposed")["speaker"] == "Taiwan's Ministry of Economic Affairs"


# -- a time between a subject and its verb; governments and member states --------------------
def test_a_time_between_the_subject_and_its_verb_is_no_part_of_the_subject():
    f = rows(
        "NEW DELHI - The commerce ministry imposed duties on steel on Thursday.\n\n"
        "The DGTR last week initiated an anti-dumping investigation into aluminium foil.\n\n"
        "EU member states formally adopted their 20th package of sanctions on Monday.",
        published="2026-04-17",
    )
    assert containing(f, "initiated an anti-dumping")["speaker"] == "DGTR"
    assert containing(f, "formally adopted")["speaker"] == "EU member states"


def test_the_minutes_of_the_meeting_are_the_story_bodys_not_the_last_actors():
    f = rows(
        "OSLO - Norges Bank lowered its key rate to 3.75% on Thursday.\n\n"
        "Finance ministers met on Thursday to discuss the budget. The minutes of the meeting "
        "will be published on March 26.",
        published="2026-03-13",
    )
    row = containing(f, "minutes of the meeting")
    assert row["kind"] == "scheduled"
    assert row["speaker"] == "Norges Bank"


# -- a body's name with a second "of"; an act the same body "also" took -----------------------
def test_a_body_with_two_ofs_and_an_act_it_also_took():
    f = rows(
        "ANKARA - The Central Bank of the Republic of Türkiye raised its rate on Thursday.\n\n"
        "It also lifted the overnight lending rate to 43.5 percent.",
        published="2026-08-31",
    )
    also = containing(f, "also lifted")
    assert also["speaker"] == "Central Bank of the Republic of Türkiye"
    assert also["date"] == pd.Timestamp("2026-08-27")


# -- an aside with a number; "though,"; "set out" ------------------------------------------
def test_a_relative_aside_with_a_number_and_an_infinitives_month():
    f = rows(
        "LONDON - The Bank of England held rates on Thursday.\n\n"
        "The British Enterprise Forum, which represents 40,000 small firms, urged the Bank to "
        "cut in November, saying its survey showed weak hiring.",
        published="2026-09-18",
    )
    row = containing(f, "urged the Bank")
    assert row["speaker"] == "British Enterprise Forum"
    assert row["date"] != pd.Timestamp("2025-11-01")  # (November is the cut's month)


def test_a_participle_after_though_is_the_pronouns():
    f = rows(
        "Governor Ana Kessler said on Tuesday the labor market was cooling. She stopped short "
        "of a promise, though, telling the audience that one good month does not make a trend.",
        published="2026-09-18",
    )
    assert containing(f, "stopped short")["speaker"] == "Ana Kessler"


def test_set_out_ones_reservations_is_a_remark():
    f = rows(
        "Bundesbank President Karl Albers had set out his reservations in a speech in Hamburg "
        "on Wednesday evening.",
        published="2026-09-10",
    )
    row = containing(f, "set out his reservations")
    assert row["kind"] == "paraphrase"
    assert row["speaker"] == "Karl Albers"


def test_members_who_voted_for_a_reduction_voted_on_the_days_decision():
    f = rows(
        "FRANKFURT - The central bank cut rates on Thursday.\n\n"
        "Governors Paul Renner and Ada Okafor voted for a quarter-point reduction.",
        published="2026-03-20",
    )
    row = containing(f, "voted for a quarter-point reduction")
    assert row["kind"] == "action"
    assert row["speaker"] == "Paul Renner"
    assert row["date"] == pd.Timestamp("2026-03-19")


# -- a body "on" a topic; a clause opened by such a body; "would be posted" ------------------
def test_a_committee_on_a_topic_is_one_name_but_not_on_a_day():
    f = rows(
        "The Carolina Coverage Coalition will hold a lobby day on Tuesday, and the Joint "
        "Legislative Oversight Committee on Medicaid will meet Wednesday to hear from the "
        "secretary.\n\n"
        "The Council on Monday approved the budget.",
        published="2026-11-29",
    )
    row = containing(f, "will meet Wednesday")
    assert row["speaker"] == "Joint Legislative Oversight Committee on Medicaid"
    assert row["date"] == pd.Timestamp("2026-12-02")
    assert containing(f, "approved the budget")["date"] == pd.Timestamp("2026-11-23")
