"""Error families found in the pooled misses of all annotated sets after the twenty-first blind
round, each fixed by a general rule and tested here on made-up sentences of the same shape
(never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit import resolve_dates

PUB = "2026-07-15"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "The cut came a day after X said ...": a day before the story's occasion ---------------
def test_an_act_that_the_occasion_came_days_after_is_dated_back_from_it():
    f = rows(
        "The central bank lowered its policy rate on Wednesday to 3.1 per cent.\n\n"
        "The cut came a day after Trade Minister Lena Ortiz said the country would impose "
        "duties on imported steel.\n\n"
        "The move came two days after the National Assembly passed the budget bill.\n\n"
        "The decision came a day after the Federal Reserve cut rates on Monday."
    )
    assert containing(f, "Lena Ortiz")["date"] == pd.Timestamp("2026-07-14")
    assert containing(f, "two days after")["date"] == pd.Timestamp("2026-07-13")
    # a date of its own after the phrase is kept
    assert containing(f, "on Monday")["date"] == pd.Timestamp("2026-07-13")


def test_a_week_after_counts_from_the_day_the_subject_names():
    f = rows(
        "The Treasury Department on Wednesday imposed sanctions on six tanker owners.\n\n"
        "Wednesday's action comes a week after the Treasury sanctioned nine trading firms.\n\n"
        "In a statement accompanying the sanctions, Treasury Secretary Ola Brandt said the "
        "owners had shipped the oil."
    )
    assert containing(f, "nine trading firms")["date"] == pd.Timestamp("2026-07-08")
    # the week-old act is background: the statement accompanies the day's sanctions
    assert containing(f, "Ola Brandt")["date"] == pd.Timestamp("2026-07-15")


# -- "X will travel to ... next week, his office said": X's scheduled event --------------------
def test_a_plan_told_by_the_persons_office_is_the_persons_event():
    f = rows(
        "Trade Minister Mira Castellanos said on Tuesday that talks had stalled.\n\n"
        "Castellanos will lead a delegation to Washington for talks with trade officials next "
        "week, her ministry said on Wednesday."
    )
    row = containing(f, "lead a delegation")
    assert (row["kind"], row["speaker"]) == ("scheduled", "Mira Castellanos")
    assert row["date"] == pd.Timestamp("2026-07-20")  # the week of the trip


def test_the_office_that_told_the_plan_keeps_its_own_occasion():
    f = rows(
        "SEOUL, July 15 -- Kim Ji-ho, the trade minister, will fly to Washington on Friday for "
        "talks on chip export controls, his ministry said Wednesday.\n\n"
        "The ministry said Seoul had asked for a longer licence."
    )
    trip = containing(f, "will fly")
    assert (trip["kind"], trip["speaker"], trip["date"]) == (
        "scheduled",
        "Kim Ji-ho",
        pd.Timestamp("2026-07-17"),
    )
    # the ministry's later remark is of the day it told of the trip
    assert containing(f, "longer licence")["date"] == pd.Timestamp("2026-07-15")


def test_a_forecast_told_by_a_ministry_stays_its_paraphrase():
    f = rows(
        "The Finance Ministry said on Tuesday that growth had slowed.\n\n"
        "Exports of cars and chips will recover strongly next year, the ministry said on "
        "Wednesday."
    )
    row = containing(f, "Exports of cars")
    assert (row["kind"], row["speaker"]) == ("paraphrase", "Finance Ministry")


# -- a given name, or a family name said first, on second reference is someone ------------------
def test_a_first_name_on_second_reference_is_the_subject_of_a_plan():
    f = rows(
        "Deputy Governor Martin Oyelaran voted to hold rates on Wednesday.\n\n"
        "Martin will set out his thinking in a speech in Leeds on Tuesday."
    )
    row = containing(f, "set out his thinking")
    assert (row["speaker"], row["date"]) == ("Martin Oyelaran", pd.Timestamp("2026-07-21"))


# -- an office the article never fills: "the climate commissioner", then "the commissioner" ----
def test_an_unnamed_office_speaks_and_is_the_office_on_second_reference():
    f = rows(
        "The climate commissioner told MEPs on Tuesday that the extension was needed to stop "
        "carbon leakage.\n\n"
        '"Every European producer pays for its carbon," the commissioner said.\n\n'
        '"We will not retreat," the official said.'
    )
    assert containing(f, "told MEPs")["speaker"] == "climate commissioner"
    assert containing(f, "pays for its carbon")["speaker"] == "climate commissioner"
    assert pd.isna(containing(f, "not retreat")["speaker"])  # no office named so


# -- a participle with its object opens the sentence: "Opening the debate, the ... told" -------
def test_a_participle_with_its_object_before_the_subject_is_no_part_of_it():
    f = rows(
        "Opening the debate this morning, the finance minister told lawmakers that the "
        "deficit would narrow next year.\n\n"
        "Responding to questions from reporters, Governor Ana Lind said rates would stay on hold."
    )
    assert containing(f, "deficit would narrow")["speaker"] == "finance minister"
    assert containing(f, "stay on hold")["speaker"] == "Ana Lind"


# -- parliamentary titles before a name, a member's group and country after it ----------------
def test_a_member_of_parliament_is_named_without_title_group_or_country():
    f = rows(
        "German MEP Jonas Weber (EPP, Germany) said the vote was a mistake that would hurt "
        "exporters.\n\n"
        "Speaking after the vote, the rapporteur, Anneli Korhonen-Vass (Renew, Finland), called "
        'the result "a clear mandate."\n\n'
        "Labour MP Rosa Quinn said the levy would raise prices for households across the country."
    )
    assert containing(f, "Jonas Weber")["speaker"] == "Jonas Weber"
    assert containing(f, "clear mandate")["speaker"] == "Anneli Korhonen-Vass"
    assert containing(f, "Rosa Quinn")["speaker"] == "Rosa Quinn"


# -- a document does nothing itself: its maker publishes it --------------------------------
def test_a_document_due_later_is_its_makers_event():
    f = rows(
        "The Reserve Bank of New Zealand cut the official cash rate to 2.25 per cent on "
        "Wednesday.\n\n"
        "The next full Monetary Policy Statement is due in late August."
    )
    row = containing(f, "Monetary Policy Statement")
    assert (row["kind"], row["speaker"]) == ("scheduled", "Reserve Bank of New Zealand")


# -- "Thursday 14 December": a weekday before a day and a month is one date ------------------
def test_a_weekday_before_day_and_month_is_one_date():
    found = resolve_dates(
        "The next decision will be announced on Thursday 14 December. The meeting on "
        "Wednesday, 6 March 2024 ended early.",
        published="2023-11-02",
    )
    assert list(found["text"]) == ["Thursday 14 December", "Wednesday, 6 March 2024"]
    assert list(found["date"]) == [pd.Timestamp("2023-12-14"), pd.Timestamp("2024-03-06")]


# -- "said within an hour of the announcement": the announcement's day ------------------------
def test_a_remark_within_hours_of_the_occasion_is_of_its_day():
    f = rows(
        "The central bank raised its policy rate on Tuesday to 4.5 per cent.\n\n"
        "The employers' federation said within an hour of the announcement that the hike "
        "would push more companies into bankruptcy."
    )
    assert containing(f, "within an hour")["date"] == pd.Timestamp("2026-07-14")


# -- a finding is a statement, and a panel or a tribunal is a body ---------------------------
def test_a_panels_finding_is_its_statement():
    f = rows(
        "A WTO dispute panel has found that the country's import licences for feed wheat "
        "break the organisation's rules.\n\n"
        "The tribunal held that the fine was lawful, and the appeal was dismissed on Monday."
    )
    assert containing(f, "has found that")["speaker"] == "panel"
    assert containing(f, "held that")["speaker"] == "tribunal"


# -- a newsletter's heading before a sentence with a subject of its own ----------------------
def test_a_run_in_heading_is_not_the_subject_of_the_sentence_after_it():
    f = rows(
        "Panel Watch: The European Union said on Friday it would request a panel over the "
        "duties.\n\n"
        "Appellate Body: The United States again blocked a proposal to launch the selection of "
        "new members on Monday."
    )
    assert containing(f, "request a panel")["speaker"] == "European Union"
    assert containing(f, "again blocked")["speaker"] == "United States"


# -- "according to a copy seen by the Ledger": the document is the subject's ------------------
def test_a_document_seen_by_an_outlet_is_not_the_outlets_statement():
    f = rows(
        "Vietnam has objected to the petition. Its Ministry of Industry and Trade sent a "
        'letter to the embassy last Friday expressing "serious concern," according to a copy '
        "seen by the Ledger."
    )
    row = containing(f, "sent a letter")
    assert row["speaker"] == "Ministry of Industry and Trade"  # nor "Its Ministry ..."


# -- market lines: "was 0.4 per cent lower", WTI, carbon allowances, a contract's month --------
def test_market_lines_of_a_level_against_the_day_before_and_of_more_markets():
    f = rows(
        "In Oslo, the benchmark OBX index was 0.4 per cent lower at 14:00.\n\n"
        "WTI settled at $82.34 a barrel in New York on Tuesday.\n\n"
        "EU carbon allowances for December delivery were up 1.9% at 74.10 euros a tonne on "
        "Wednesday."
    )
    assert list(f["kind"]) == ["market", "market", "market"]
    assert containing(f, "WTI")["date"] == pd.Timestamp("2026-07-14")
    # the contract's month is no date of the line
    assert containing(f, "carbon allowances")["date"] == pd.Timestamp("2026-07-15")


# -- "The budget also raises ... on July 1": the budget's author's measure to come -------------
def test_a_budget_as_the_subject_of_a_later_change_is_its_authors_measure():
    f = rows(
        "Finance Minister Lea Marchetti tabled a provincial budget on Tuesday that projects a "
        "deficit of $463 million.\n\n"
        "The budget also raises the small business tax rate back to two per cent on Sept. 1, "
        "ending a temporary cut.\n\n"
        "The budget raises spending on hospitals by 5 per cent."
    )
    row = containing(f, "small business tax rate")
    assert (row["kind"], row["speaker"], row["date"]) == (
        "scheduled",
        "Lea Marchetti",
        pd.Timestamp("2026-09-01"),
    )
    assert f["text"].str.contains("hospitals").sum() == 0  # no later day: no measure to come


# -- a body named by two subjects joined by "and" is one body --------------------------------
def test_a_committee_named_with_and_is_one_body():
    f = rows(
        '"The policy rate will most likely have to be raised once more," Norges Bank\'s '
        "Monetary Policy and Financial Stability Committee said in a statement on Wednesday."
    )
    assert f.loc[0, "speaker"] == "Monetary Policy and Financial Stability Committee"


# -- Mexico's "Secretariat of ..." is a body; a measure's owner holds its deadline ------------
def test_a_secretariat_is_a_body_and_a_measure_is_its_owners():
    f = rows(
        "The Secretariat of Economy said on Tuesday that it would review the quotas.\n\n"
        "The OPEC secretariat posted the schedule on its website on Monday.\n\n"
        "The US Treasury's general licence covering the pipeline expires on 30 September."
    )
    assert containing(f, "review the quotas")["speaker"] == "Secretariat of Economy"
    assert containing(f, "general licence")["speaker"] == "US Treasury"


# -- a mission with the body it is sent to (an embassy's city is no part of its name:
# test_families_round7) ---------------------------------------------------------------------
def test_a_mission_keeps_the_body_it_is_sent_to_in_its_name():
    f = rows(
        "Russia's mission to the EU said in a statement on Tuesday that the measures were "
        "illegitimate."
    )
    assert f.loc[0, "speaker"] == "Russia's mission to the EU"


# -- hyphenated titles: Director-General, Secretary-General ----------------------------------
def test_a_hyphenated_title_before_or_after_a_name_is_a_title():
    f = rows(
        "WTO Director-General Ngozi Adeyemi said on Tuesday that members must restore the "
        "appeals system.\n\n"
        "Reacting, the Director-General of the Lagos Chamber of Commerce, Mr. Tunde "
        "Ashiru-Bello, said the cut would ease borrowing costs."
    )
    assert containing(f, "appeals system")["speaker"] == "Ngozi Adeyemi"
    assert containing(f, "borrowing costs")["speaker"] == "Tunde Ashiru-Bello"


# -- "The Governing Council next sets rates on ...": the owner is on its own line ------------
def test_a_next_meeting_after_a_paragraph_break_starts_at_its_owner():
    f = rows(
        "The European Central Bank cut its deposit rate on Friday.\n\n"
        "The Governing Council next sets rates on 29 October."
    )
    row = containing(f, "next sets rates")
    assert row["text"].startswith("The Governing Council")  # not "Friday.\n\nThe ..."
    assert (row["kind"], row["date"]) == ("scheduled", pd.Timestamp("2026-10-29"))


# -- "On Wall Street overnight": the American day before a later time zone's paper -----------
def test_overnight_in_an_american_place_is_the_day_before_publication():
    found = resolve_dates(
        "On Wall Street overnight, the S&P 500 rose 0.2%. The trade office said in Washington "
        "overnight that duties would rise. The yen fell in overnight trading.",
        published="2025-11-04",
    )
    assert list(found["date"]) == [
        pd.Timestamp("2025-11-03"),
        pd.Timestamp("2025-11-03"),
        pd.Timestamp("2025-11-04"),  # the night before the day's session, as before
    ]


# -- a live blog told newest first, past midnight: the older entries are of the day before ---
def test_a_newest_first_live_blog_dates_entries_before_midnight_to_the_day_before():
    f = rows(
        "Live updates\n\n"
        "1:34 a.m. ET\n\nThe president has signed the bill\n\n"
        "White House press secretary Ana Brandt confirmed the signing in a post on X.\n\n"
        "12:04 a.m. ET\n\nThe Senate has passed the stopgap\n\n"
        "The Senate voted 63-35 to pass the stopgap bill.\n\n"
        "11:49 p.m. ET\n\nDeadline will be missed\n\n"
        "The Treasury said in a statement that agencies should prepare for the lapse.",
        published="2026-03-14",
    )
    assert containing(f, "confirmed the signing")["date"] == pd.Timestamp("2026-03-14")
    assert containing(f, "voted 63-35")["date"] == pd.Timestamp("2026-03-14")
    assert containing(f, "prepare for the lapse")["date"] == pd.Timestamp("2026-03-13")


# -- an occasion with whom or where, however long: "in an interview with the PAP agency on" ---
def test_an_occasion_named_with_its_partner_dates_the_remark():
    f = rows(
        "One of the council's ten members, Jan Nowak, said in an interview with the PAP news "
        "agency on Tuesday morning that he had voted against the cut.\n\n"
        'Opposition senator Rosa Pinto called the response "late and timid" in a post on X '
        "late on Monday.\n\n"
        "Trade Minister Kenji Sato told reporters after two hours of talks with US trade "
        "representative Ellen Marsh in Washington on Tuesday evening that Tokyo would not be "
        "rushed."
    )
    assert containing(f, "PAP news")["date"] == pd.Timestamp("2026-07-14")
    assert containing(f, "post on X")["date"] == pd.Timestamp("2026-07-13")
    assert containing(f, "two hours of talks")["date"] == pd.Timestamp("2026-07-14")


# -- "was circulated to members on Friday and posted on the website": a passive, no remark ----
def test_a_passive_posted_is_no_remark_and_its_day_frames_the_paragraph():
    f = rows(
        "The report was circulated to members on Friday and posted on the WTO website in the "
        "afternoon. The panel found that the licences operate as a quantitative restriction."
    )
    assert "members" not in f["speaker"].tolist()
    assert containing(f, "panel found")["date"] == pd.Timestamp("2026-07-10")


# -- a forecast's year is the period forecast, not the day of the act --------------------------
def test_the_year_of_a_forecast_dates_no_act():
    f = rows(
        "The Bank of Canada cut its key rate on Wednesday.\n\n"
        "In the quarterly Monetary Policy Report released at the same time, the bank cut its "
        "forecast for economic growth this year to 0.9 per cent."
    )
    row = containing(f, "forecast for economic growth")
    assert row["precision"] != "year"


# -- a guest's own past act in a transcript keeps its day -------------------------------------
def test_a_guests_own_act_in_a_transcript_is_of_its_own_day():
    f = rows(
        "Transcript of an interview recorded on Tuesday.\n\n"
        "HOST: Minister, welcome.\n\n"
        "MINISTER LENA ORTIZ: Thank you. On 2 July we sent the secretariat a revised "
        "compensation schedule.\n\n"
        "HOST: And the pipeline?\n\n"
        "MINISTER LENA ORTIZ: Loadings are normal and output is steady.",
        published="2026-07-15",
    )
    assert containing(f, "revised compensation")["date"] == pd.Timestamp("2026-07-02")


# -- ", the Fund said" after a date is not the tense of the date's clause ----------------------
def test_an_attribution_after_a_date_does_not_set_its_tense():
    found = resolve_dates(
        "The Executive Board is expected to take up the review in mid-December, the Fund said. "
        "The board met in mid-December, the Fund said.",
        published="2022-11-19",
    )
    assert list(found["date"]) == [pd.Timestamp("2022-12-01"), pd.Timestamp("2021-12-01")]


# -- "Late Tuesday," opens a sentence before its subject -----------------------------------------
def test_a_day_with_its_part_opening_a_sentence_is_no_subject():
    f = rows("Early Monday, the Senate passed the stopgap bill by 63 votes to 35.")
    assert f.loc[0, "speaker"] == "Senate"


# -- a market line "according to" a central bank is a market line; bonds' maturity dates nothing
def test_a_market_line_citing_a_central_bank_is_the_markets():
    f = rows(
        "The rupee appreciated by 46 paisa to close at Rs222.15 against the dollar on Tuesday, "
        "according to the State Bank of Pakistan.\n\n"
        "The Kenyan shilling closed at a record low of 140.25 per dollar on Tuesday, according "
        "to Central Bank of Kenya data.\n\n"
        "The country's dollar bonds rallied overnight in New York after the announcement, with "
        "the notes maturing in April 2027 gaining about 4 cents on the dollar."
    )
    assert list(f["kind"]) == ["market"] * 3
    assert f["speaker"].isna().all()
    assert containing(f, "notes maturing")["date"] == pd.Timestamp("2026-07-14")  # New York's


# -- "the Chancellor", "the premier" of an article that names no one so: the office speaks ------
def test_a_head_office_named_alone_speaks_as_that_office():
    f = rows(
        "The Chancellor told the BBC on Sunday that the Bank should think very hard about "
        "selling gilts.\n\n"
        "The General Confederation of Labor (CGT) will meet next Monday to analyse the impact "
        "of the devaluation."
    )
    assert containing(f, "told the BBC")["speaker"] == "Chancellor"
    assert containing(f, "CGT")["speaker"] == "General Confederation of Labor"


# -- a relative clause after a date does not set its tense -----------------------------------
def test_a_relative_clause_after_a_weekday_does_not_set_its_tense():
    found = resolve_dates(
        "Wyoming sued the federal government Thursday over a new rule that will more than "
        "double what ranchers pay.",
        published="2020-02-14",
    )
    assert list(found["date"]) == [pd.Timestamp("2020-02-13")]  # not the Thursday to come


# -- a market line told by a part of the session and no day: the publication day ---------------
def test_a_market_line_in_morning_trade_is_of_the_publication_day():
    f = rows(
        "Beijing unveiled a consumption stimulus on Saturday.\n\n"
        "The Hang Seng Index rose 1.9 per cent to 26,480 in morning trade, led by retailers.\n\n"
        "On the mainland, the CSI 300 was up 1.1 per cent at the midday break.",
        published="2026-08-24",
    )
    assert list(f[f["kind"] == "market"]["date"]) == [pd.Timestamp("2026-08-24")] * 2


# -- a committee's evidence session printed with numbered questions and witnesses' names -------
def test_a_committee_transcript_in_ordinary_case_has_turns():
    f = rows(
        "The Governor, Fiona Hale, and the Deputy Governor, Dr Owen Price, gave evidence to the "
        "Treasury Committee on the Bank's report this morning.\n\n"
        "Q1 Chair (Dame Ann Lo): Governor, welcome back. Why not cut faster?\n\n"
        "Fiona Hale: Because the job is not finished and services inflation is still high.\n\n"
        "Q9 Tom Reed: Is the Bank adding to the pressure at the long end?\n\n"
        "Dr Owen Price: We do not think our sales are what is driving long yields.\n\n"
        "Q10 Tom Reed: Will you tilt them further?\n\n"
        "Fiona Hale: We will look at the split by maturity again in September.",
        published="2026-07-15",
    )
    job = containing(f, "job is not finished")
    assert (job["kind"], job["speaker"], job["date"]) == (
        "quote",
        "Fiona Hale",
        pd.Timestamp("2026-07-15"),  # the day of the session
    )
    assert containing(f, "driving long yields")["speaker"] == "Owen Price"
    assert not f["text"].str.contains("Is the Bank adding").any()  # a member's question


# -- a family name said first, alone on second reference: the person named in full ------------
def test_a_family_name_said_first_alone_is_the_person_named_in_full():
    f = rows(
        "Zhou Minghui, vice-chairman of the planning agency, told a press conference on Tuesday "
        "morning that most of the money was new.\n\n"
        '"The money will reach families this year, not next year," Zhou said.'
    )
    row = containing(f, "reach families")
    assert (row["speaker"], row["date"]) == ("Zhou Minghui", pd.Timestamp("2026-07-14"))


# -- "Vice-Minister of Finance Fang Lixin told the same briefing": a title, the same occasion ---
def test_a_vice_minister_who_told_the_same_briefing_speaks_on_its_day():
    f = rows(
        "Zhou Minghui, vice-chairman of the planning agency, told a press conference in Beijing "
        "on Saturday morning that most of the money was new.\n\n"
        "Vice-Minister of Finance Fang Lixin told the same briefing that the ministry would "
        "issue more bonds.",
        published="2026-08-24",
    )
    row = containing(f, "same briefing")
    assert (row["speaker"], row["date"]) == ("Fang Lixin", pd.Timestamp("2026-08-22"))


# -- "the premier told the meeting": the premier speaks, at the meeting named before -----------
def test_the_premier_told_the_meeting_named_before():
    f = rows(
        "The State Council approved a package worth 1.2 trillion yuan at an executive meeting "
        "on Friday afternoon.\n\n"
        '"Expanding domestic demand is the top priority," the premier told the meeting, '
        "according to the readout.",
        published="2026-08-24",
    )
    row = containing(f, "top priority")
    assert (row["speaker"], row["date"]) == ("Premier", pd.Timestamp("2026-08-21"))


# -- "in a message on the social network Twitter the night of this Wednesday" -------------------
def test_a_message_the_night_of_a_day_dates_the_remark():
    f = rows(
        'From the opposition, the deputy Lucia Benegas described the measure as "a confession '
        'of failure" in a message on the social network Twitter the night of this Monday.'
    )
    assert f.loc[0, "date"] == pd.Timestamp("2026-07-13")


# -- no market line: a market of the economy, a question ------------------------------------
def test_a_labor_market_or_a_question_is_no_market_line():
    f = rows(
        "I'm not seeing a labor market that is falling off a cliff.\n\n"
        "Palay prices fell, but did the price in the wet market fall?\n\n"
        "Stock markets fell 2% on Tuesday."
    )
    assert list(f["kind"]) == ["market"]
    assert f.loc[0, "text"].startswith("Stock markets")


# -- a question in the writer's words is no statement --------------------------------------------
def test_a_question_in_the_writers_words_is_no_statement():
    f = rows(
        "What has Caracas said?\n\n"
        "FARRELL: How has Moscow responded?\n\n"
        'Asked about the cut, Lind said: "Why would we wait?"\n\n'
        "The ministry said on Tuesday that it would appeal."
    )
    assert not f["text"].str.contains("Caracas|Moscow").any()
    assert f["text"].str.contains("Why would we wait").any()  # a quotation may ask
    assert f["text"].str.contains("would appeal").any()


# -- "has not said whether": nothing was said -------------------------------------------------
def test_a_saying_denied_is_no_statement():
    f = rows(
        "Thailand hasn't said anything publicly yet.\n\n"
        "Governor Ana Lind, a Democrat, has not said whether she will sign the bill.\n\n"
        "Lind said whether she signs it depends on the schools."
    )
    assert list(f["text"]) == ["Lind said whether she signs it depends on the schools."]
