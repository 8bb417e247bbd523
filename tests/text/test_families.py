"""Families of errors found on real annotated news (benchmarks/eval_corpora.py), each fixed by a
general rule and tested here on made-up sentences of the same shape."""

from __future__ import annotations

import pandas as pd

from toolkit.text.quotes import find_paragraphs, find_quotes
from toolkit.text.statements import extract_statements
from toolkit.text.timex import resolve_dates

PUB = "2025-04-09"  # a Wednesday


def rows(text: str, published: str = PUB) -> pd.DataFrame:
    return extract_statements(text, published=published).to_frame()


# -- quotation marks printed as doubled apostrophes (''...'') or backquotes (``...'') --------
def test_doubled_apostrophes_are_quotation_marks():
    text = (
        "''Nothing has changed on rates,'' Mr. Ekwall said on Tuesday. ''We will wait.''\n"
        "\n"
        "``It was a mistake to wait,'' said Ana Ruiz, a council member.\n"
        "\n"
        "''We are told, 'the case is special,''' Mr. Ekwall added.\n"
    )
    quotes = find_quotes(text, find_paragraphs(text))
    assert [text[q.inner_start : q.inner_end] for q in quotes] == [
        "Nothing has changed on rates,",
        "We will wait.",
        "It was a mistake to wait,",
        "We are told, 'the case is special,'",
    ]
    frame = rows(text)
    assert frame["kind"].tolist() == ["quote", "quote", "quote"]
    assert frame["speaker"].tolist() == ["Ekwall", "Ana Ruiz", "Ekwall"]
    assert frame["quote"].iloc[0] == "Nothing has changed on rates, We will wait."
    assert frame["date"].iloc[0] == pd.Timestamp("2025-04-08")


def test_an_apostrophe_alone_is_no_quotation_mark():
    text = "The Joneses' house is for sale, the agents' office said on Tuesday."
    assert find_quotes(text, find_paragraphs(text)) == []
    assert resolve_dates(text, published=PUB)["value"].tolist() == ["2025-04-08"]


# -- titles, roles and modifiers around a name give the person, never the modifier ---------
def test_a_name_before_a_role_and_a_name_is_a_modifier():
    text = (
        "Gov. Ana Ruiz and Chris Bell met on Monday.\n"
        "\n"
        "Ruiz campaign manager Robby Lake said on Tuesday that the budget was late.\n"
        "\n"
        "“It is late,” said Bell spokeswoman Tia Moss.\n"
        "\n"
        "Springfield police Chief Al Kim said on Tuesday that the road was closed.\n"
        "\n"
        "Ohio Gov. Terry Vance said on Tuesday that the budget would pass.\n"
        "\n"
        "Committee Chairman Sen. Bo Diaz said on Tuesday that the bill would pass.\n"
        "\n"
        "Ruiz and House Speaker Paul Dunn pledged on Tuesday to work together on the bill.\n"
    )
    frame = rows(text)
    speakers = frame["speaker"].tolist()
    # (the first row is the meeting of Ruiz and Bell)
    assert speakers[1:6] == ["Robby Lake", "Tia Moss", "Al Kim", "Terry Vance", "Bo Diaz"]
    # a conjunction is no modifier: the first name stays the subject
    assert speakers[6] == "Ana Ruiz"


# -- "according to" names the source after it --------------------------------------------
def test_according_to_a_named_source_is_that_source():
    text = (
        "Mayor Ana Ruiz spoke on Monday.\n"
        "\n"
        "Voters want experience. That’s according to early exit polls done for the Daily "
        "Ledger.\n"
        "\n"
        "Most leaners in the area seem enamored with Ruiz, according to the Daily Ledger.\n"
        "\n"
        "Ruiz led by about 1,500 votes out of nearly 620,000 cast, in unofficial returns, "
        "according to the Vote Project.\n"
        "\n"
        "Bo Diaz dissented in the vote on Tuesday, arguing for a delay, according to the "
        "statement.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Daily Ledger", "Daily Ledger", "Vote Project", "Bo Diaz"]


# -- a year in context: any from 1800 on, after a preposition, a determiner or another year ---
def test_years_in_context():
    text = (
        "The island has been independent since 1901. A 1996 law changed that; its 1990 "
        "budget and the company's 1989 results fell between 1994 and 1997, dating to 1988. "
        "It sent 2000 troops and 1990 workers."
    )
    found = resolve_dates(text, published="1998-08-07")[["text", "value"]].values.tolist()
    assert found == [
        ["1901", "1901"],
        ["1996", "1996"],
        ["1990", "1990"],
        ["1989", "1989"],
        ["1994", "1994"],
        ["1997", "1997"],
        ["1988", "1988"],
    ]
    old = resolve_dates("The speech of March 5, 1946 and February 1947.", published="1998-08-07")
    assert old["value"].tolist() == ["1946-03-05", "1947-02"]


# -- "is expected in December", "to be published in early November" are future -------------
def test_expected_and_to_be_done_are_future():
    for text in (
        "The closing, which is expected in December, needs approval.",
        "Guidelines to be published in early November will decide it.",
    ):
        assert resolve_dates(text, published="1989-10-30")["value"].tolist()[0] in (
            "1989-12",
            "1989-11",
        )


# -- quarters named by reference to the quarter last named (earnings reports) --------------
def test_quarters_that_refer_to_the_quarter_last_named():
    text = (
        "Acme said third-quarter profit rose 12% to $5 million from $4 million a year ago. "
        "In the year-ago quarter, it had a charge. Sales in the latest quarter rose, and "
        "Third-quarter margins grew; the 1988 third quarter was weak. Next year's first "
        "quarter looks better, and this quarter's orders are up."
    )
    found = resolve_dates(text, published="1989-10-25")[["text", "value"]].values.tolist()
    assert found == [
        ["third-quarter", "1989-Q3"],
        ["a year ago", "1988-Q3"],
        ["the year-ago quarter", "1988-Q3"],
        ["the latest quarter", "1989-Q3"],
        ["Third-quarter", "1989-Q3"],
        ["the 1988 third quarter", "1988-Q3"],
        ["Next year's first quarter", "1990-Q1"],
        ["this quarter", "1989-Q4"],  # (the quarter of publication)
    ]
    # without a quarter named before, "a year ago" is a year and "the quarter" no date
    plain = resolve_dates("Profit rose from a year ago in the quarter.", published="1989-10-25")
    assert plain[["text", "value"]].values.tolist() == [["a year ago", "1988"]]


# -- seasons ---------------------------------------------------------------------------------
def test_seasons_with_last_this_next_or_a_year():
    text = "He left last fall, returns this summer, may go next spring; the summer of 1996 too."
    found = resolve_dates(text, published="1998-02-10")
    assert found[["text", "value", "precision"]].values.tolist() == [
        ["last fall", "1997-FA", "range"],
        ["this summer", "1998-SU", "range"],
        ["next spring", "1998-SP", "range"],
        ["summer of 1996", "1996-SU", "range"],
    ]
    assert found["date"].iloc[0] == pd.Timestamp("1997-09-01")
    # "fall" the verb is no season
    assert resolve_dates("Prices fall. Summer is here.", published="1998-02-10").empty


# -- a quotation introduced by a colon or comma after its speaker -----------------------
def test_a_quotation_introduced_by_a_colon_is_its_speakers():
    text = (
        "Gov. Ana Ruiz spoke on Monday.\n"
        "\n"
        "Mr. Bo Diaz gloated: “I told you she would not be ready for this.”\n"
        "\n"
        "Tom Ridge, a former secretary, put it: “The barbarians are inside the gate.”\n"
        "\n"
        "Ruiz: “Our goal is to win the vote on Tuesday.”\n"
        "\n"
        "She took her phone everywhere, “sending and receiving work emails all day.”\n"
        "\n"
        "A film, “Girls, Girls, Girls” is a celebration of women in myth and in society today.\n"
        "\n"
        "20:55 — Diaz: “We wanted to ice the cake.”\n"
        "\n"
        'Rep. Jo Park (R-S.C.):"I have not heard anyone else cite that figure."\n'
        "\n"
        "Al Kim, author of “The Long Count,” put it, “The count was fair and it was fast.”\n"
    )
    frame = rows(text)
    quotes = frame[frame["kind"] == "quote"]
    assert quotes["speaker"].tolist() == ["Bo Diaz", "Tom Ridge", "Ana Ruiz", "Jo Park", "Al Kim"]


# -- "..., said X" after a clause; "While X said ..., Y said ..." -----------------------------
def test_an_inverted_cue_after_a_clause_and_an_opening_while_clause():
    text = (
        "Candidates have more room to walk away from the program, said Steve Grubbs, an "
        "Iowa operative.\n"
        "\n"
        "While Ramos said that journalists cannot have any political affiliation, he appears "
        "uneasy.\n"
        "\n"
        "While Hurun lists the wealth at $6.5 billion, Forbes says it is $4.5 billion.\n"
        "\n"
        "In an interview, Al Kim, a former sales chief, said Ruiz “was personally involved.”\n"
        "\n"
        "20:10 — Russia will not add to cuts, says Novak\n"
    )
    assert rows(text)["speaker"].tolist() == ["Steve Grubbs", "Ramos", "Forbes", "Al Kim"]


# -- more verbs of speech: reported, described, pointed out, quipped, ... -----------------------
def test_more_verbs_of_speech():
    text = (
        "The Daily Ledger reported on Tuesday that the mayor would resign.\n"
        "\n"
        "Gov. Ana Ruiz pointed out on Tuesday that the budget was late.\n"
        "\n"
        "Bo Diaz quipped that the council never reads its own bills.\n"
        "\n"
        "The self-described moderate Al Kim spoke at length.\n"
        "\n"
        "Kim reported from Washington.\n"
    )
    assert rows(text)["speaker"].tolist() == ["Daily Ledger", "Ana Ruiz", "Bo Diaz"]


# -- a stance, a judgement or an intention of a named person is reported like speech ----------
def test_a_persons_stance_is_a_paraphrase():
    text = (
        "Gov. Ana Ruiz spoke on Monday.\n"
        "\n"
        "Sen. Bo Diaz, a Democrat, accused the board of stalling on Tuesday.\n"
        "\n"
        "Ruiz wants a delay of the vote.\n"
        "\n"
        "She believes the cuts will pass.\n"
        "\n"
        "Al Kim endorsed Ruiz on Tuesday.\n"
    )
    frame = rows(text)  # ("spoke" with no object is no act)
    assert frame["kind"].tolist() == ["paraphrase"] * 4
    assert frame["speaker"].tolist() == ["Bo Diaz", "Ana Ruiz", "Ana Ruiz", "Al Kim"]
    assert frame["date"].iloc[0] == pd.Timestamp("2025-04-08")


def test_no_stance_of_places_bodies_passives_or_nouns():
    text = (
        "Brussels wants minimum prices, and Lisbon sees it differently.\n"
        "\n"
        "Governments welcomed the relief.\n"
        "\n"
        "The rules added the firm to what's called the Entity List.\n"
        "\n"
        "Gov. Ana Ruiz was out defending all this on the Sunday shows.\n"
        "\n"
        "The plan was backed by Ana Ruiz.\n"
    )
    assert rows(text).empty


# -- the act's own verb and its date; a dateline is never the subject -------------------------
def test_an_act_is_dated_by_its_own_verb_and_a_dateline_is_no_subject():
    text = (
        "LISBON, Portugal (AP) — The Bank of Lusitania on Wednesday cut interest rates by a quarter "
        "point, and expects two more cuts in 2026.\n"
        "\n"
        "All but one of the members backed the cut.\n"
    )
    frame = rows(text)
    assert frame[["speaker", "kind"]].values.tolist() == [["Bank of Lusitania", "action"]]
    assert frame["date"].iloc[0] == pd.Timestamp("2025-04-09")


# -- an opening "When ...," clause is not the subject; "while" starts a second statement ------
def test_an_opening_clause_and_a_second_clause_after_while():
    text = (
        "Gov. Ana Ruiz and Sen. Bo Diaz met on Monday.\n"
        "\n"
        "When Mr. Diaz had trouble passing the budget, Ms. Ruiz boasted that she had passed "
        "hers.\n"
        "\n"
        "Ruiz accuses Diaz of stalling the bill while Diaz suggests the governor is a captive "
        "of the lobby.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist()[1:] == ["Ana Ruiz", "Ana Ruiz", "Bo Diaz"]
    assert frame["text"].iloc[3].startswith("Diaz suggests")


# -- news after the market's close: "late Tuesday", "after the bell", "after markets closed" --
def test_after_the_close_is_evening():
    found = resolve_dates(
        "Acme said in a filing late Tuesday that it would sell. Bo Corp announced after the "
        "bell on Monday that it would cut jobs. Ruiz said on Monday, after markets closed, "
        "that she would stay. Kim Ltd reported results in after-hours trading Tuesday. Diaz "
        "said Tuesday that he would close the plant after the merger.",
        published=PUB,
    )
    assert found["time_of_day"].tolist() == ["evening"] * 4 + [None]
    assert found["value"].tolist() == ["2025-04-08", "2025-04-07", "2025-04-07"] + [
        "2025-04-08"
    ] * 2
    frame = rows("Acme Corp announced after the bell on Monday that it would cut 500 jobs.")
    assert frame["time_of_day"].tolist() == ["evening"]


# -- a quotation signed after a dash is the signer's ------------------------------------------
def test_a_quotation_signed_after_a_dash():
    text = (
        "President Bo Diaz spoke on Monday.\n"
        "\n"
        "“We will not cut rates this year.” — Ana Ruiz\n"
        "\n"
        "“The count was fair.” -- Al Kim, a council member\n"
    )
    frame = rows(text)
    assert frame[["speaker", "kind"]].values.tolist() == [
        ["Ana Ruiz", "quote"],
        ["Al Kim", "quote"],
    ]


# -- one person whatever the title: the title goes to the role, not the name ------------------
def test_titles_before_a_name_are_the_role():
    text = (
        "President-elect Ana Ruiz said on Monday that tariffs would rise.\n"
        "\n"
        "Ms. Ruiz added on Tuesday that the deal was near.\n"
        "\n"
        "Lusitania Bank President Bo Diaz said on Monday that rates would stay high.\n"
        "\n"
        "Former Gov. Al Kim said on Monday that talks were over.\n"
        "\n"
        "Central Bank Chair Jo Park spoke on Monday.\n"
        "\n"
        "The chairman said on Tuesday that inflation was sticky.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Ana Ruiz", "Ana Ruiz", "Bo Diaz", "Al Kim", "Jo Park"]
    assert frame["role"].tolist()[:4] == [
        "President-elect",
        "President-elect",
        "Lusitania Bank President",
        "Former Gov.",
    ]


# -- months: "this September" is this year's, "by August" a deadline to come ----------------
def test_this_month_name_and_deadline_months():
    text = (
        "The party hopes to win seats this September. The airline said it would double its "
        "flights by August, and the talks were supposed to end by May."
    )
    found = resolve_dates(text, published="1998-02-10")[["text", "value"]].values.tolist()
    assert found == [
        ["this September", "1998-09"],
        ["by August", "1998-08"],
        ["by May", "1998-05"],
    ]
    # a month after "since" or in a past sentence stays behind
    assert resolve_dates("Prices have risen since May.", published="1998-02-10")[
        "value"
    ].tolist() == ["1997-05"]


# -- "year-earlier" and "the year-ago period": the quarter last named, a year before ---------
def test_year_earlier_and_year_ago_period():
    text = (
        "Acme said third-quarter profit rose, compared with year-earlier profit of $3 "
        "million. In the year-ago period it lost money."
    )
    found = resolve_dates(text, published="1989-10-25")[["text", "value"]].values.tolist()
    assert found == [
        ["third-quarter", "1989-Q3"],
        ["year-earlier", "1988-Q3"],
        ["the year-ago period", "1988-Q3"],
    ]
    plain = resolve_dates("Net fell from year-earlier net of $9 million.", published="1989-10-25")
    assert plain[["text", "value"]].values.tolist() == [["year-earlier", "1988"]]


# -- a headline "Name: What They Said" is that person's ---------------------------------------
def test_a_headline_with_a_name_and_a_colon():
    text = (
        "Ana Ruiz: Rates Will Stay High\n"
        "\n"
        "Editor's note: this story was updated.\n"
        "\n"
        "Update: Markets closed early.\n"
        "\n"
        "Gov. Bo Diaz spoke on Monday.\n"
        "\n"
        "Diaz: I Will Not Sign the Budget\n"
    )
    frame = rows(text)
    assert frame[["speaker", "kind"]].values.tolist() == [
        ["Ana Ruiz", "paraphrase"],
        ["Bo Diaz", "paraphrase"],
    ]


# -- a live blog whose entries are stamped on a line of their own ("09.15 GMT") ---------------
def test_a_live_blog_stamped_on_lines_of_their_own():
    text = (
        "Markets live: bank shares slide\n"
        "\n"
        "16.20 GMT\n"
        "\n"
        "Wall Street has opened. The Dow Jones fell 0.6% in early trade.\n"
        "\n"
        "11.05 GMT\n"
        "\n"
        'Finance minister Ola Brandt told Radio Nord that the levy was "temporary."\n'
    )
    frame = rows(text).set_index("kind")
    assert frame.loc["market", "date"] == pd.Timestamp(PUB)
    assert frame.loc["paraphrase", "date"] == pd.Timestamp(PUB)
    assert (frame["date_source"] == "inherited").all()

    # one stamp alone does not make a live blog
    single = rows("09.30\n\nThe Dow Jones fell 0.6% on the news.\n")  # (no part of a session)
    assert single["date"].isna().all()


# -- "after the meeting": the occasion the lead dates, whatever its kind -----------------------
def test_after_the_meeting_is_the_occasion_of_the_lead():
    text = (
        "The Nordmark central bank left its key rate at 4% on Tuesday for a third straight "
        "meeting, as policymakers signaled they were in no hurry.\n"
        "\n"
        'Governor Lise Varga told reporters after the meeting that the bank was "patient."\n'
        "\n"
        '"We can afford to wait," Varga said.\n'
    )
    frame = rows(text)
    assert frame["speaker"].tolist()[1:] == ["Lise Varga", "Lise Varga"]
    assert frame["date"].tolist()[1:] == [pd.Timestamp("2025-04-08")] * 2
    assert frame["date_source"].tolist()[1:] == ["inherited", "inherited"]

    # an announced event in the lead is no occasion to inherit
    later = rows(
        "The Nordmark central bank will decide on rates on Friday.\n"
        "\n"
        'Governor Lise Varga told reporters after the meeting that the bank was "patient."\n'
    )
    assert later["date"].isna().tolist()[-1]


# -- market wrap lines under a lead that dates the session ------------------------------------
def test_market_lines_take_the_session_of_a_dated_lead():
    text = (
        "The Treasury said on Tuesday that it would sell fewer long bonds.\n"
        "\n"
        "Some of the main moves in markets:\n"
        "\n"
        "Stocks\n"
        "The Russell 2000 rose 0.8%\n"
        "\n"
        "Commodities\n"
        "Brent crude fell 1.2% to $71.30 a barrel\n"
    )
    frame = rows(text)
    market = frame[frame["kind"] == "market"]
    assert len(market) == 2
    assert market["date"].tolist() == [pd.Timestamp("2025-04-08")] * 2
    assert market["date_source"].tolist() == ["inherited", "inherited"]

    # without a date in the lead, a wrap line stays undated
    undated = rows("The Treasury said it would sell fewer bonds.\n\nThe Russell 2000 rose 0.8%\n")
    assert undated.loc[undated["kind"] == "market", "date"].isna().all()
