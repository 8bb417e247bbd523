"""Error families from the eleventh blind round's misses, each fixed by a general rule and
tested here on made-up sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit.text.timex import resolve_dates

PUB = "2025-10-23"  # a Thursday


rows = partial(statement_rows, published=PUB)


# -- month abbreviations without a full stop before a day, as Asian and British outlets write
def test_a_month_abbreviation_without_its_full_stop_before_a_day_is_a_date():
    found = resolve_dates(
        "The rule takes effect on Jul 8; comments close Sept 1.", published="2025-06-10"
    )
    assert found["value"].tolist() == ["2025-07-08", "2025-09-01"]
    found = resolve_dates("The plan was filed on 8 Jul 2025.", published=PUB)
    assert found["value"].tolist() == ["2025-07-08"]


def test_an_abbreviation_without_a_day_is_no_date():
    assert resolve_dates("Jan Novak said the talks went well in Jan.", published=PUB).empty


# -- acts on a compromise, a version, a proposal; "passed it" after a bill named before -------
def test_a_chamber_that_approved_a_compromise_acted():
    f = rows("The Senate approved the same compromise earlier this week, 27-13.")
    row = f.iloc[0]
    assert (row["kind"], row["speaker"]) == ("action", "Senate")


def test_passed_it_after_a_bill_named_earlier_in_the_sentence_is_an_act():
    f = rows(
        "A bill that would cap how fast local property taxes can grow is headed to the "
        "governor's desk after the Ohio House passed it late Wednesday night."
    )
    row = f.iloc[0]
    assert row["kind"] == "action" and "House" in row["speaker"]
    assert row["date"] == pd.Timestamp("2025-10-22")


def test_passed_it_with_no_policy_object_anywhere_is_no_act():
    assert rows("The runner saw the bus and passed it on Wednesday.").empty


# -- quotations in single marks, as British newspapers print them -----------------------------
def test_quotations_in_single_marks_in_a_text_without_double_ones():
    f = rows(
        "Governor Ann Penrose told broadcasters on Wednesday that inflation was 'heading in the "
        "right direction'. 'We have come a long way, but this is no time to celebrate,' she "
        "said.\n\nThe workers' pay rose. It's the '90s again, said one trader."
    )
    quote = containing(f, "We have come a long way")
    assert (quote["kind"], quote["speaker"]) == ("quote", "Ann Penrose")
    assert quote["quote"].startswith("We have come a long way")
    assert quote["date"] == pd.Timestamp("2025-10-22")


def test_apostrophes_in_an_american_text_open_no_quotation():
    from toolkit.text.quotes import find_paragraphs, find_quotes

    text = 'Sen. Bo Lee said the workers\' pay was "too low" and it\'s time to act.'
    spans = [text[q.inner_start : q.inner_end] for q in find_quotes(text, find_paragraphs(text))]
    assert spans == ["too low"]


# -- "expectations that the Bank will cut ...": what markets expect is no announced event ------
def test_a_future_act_in_expectations_that_is_no_scheduled_event():
    f = rows(
        "The Bank of England held rates at 4 per cent on Wednesday, strengthening expectations "
        "that it will cut again before Christmas."
    )
    row = f.iloc[0]
    assert row["kind"] == "action" and row["date"] == pd.Timestamp("2025-10-22")


# -- a transcript's "Quote: “...”" read out, an under secretary, a currency that closed at ... -
def test_a_quotation_read_out_after_quote_is_of_the_person_named_before():
    f = rows(
        "HOST: Let me read you what the majority leader, Ray Castellano, said on the floor "
        'Wednesday. Quote: "The Senate will not pass a clean increase." Your response?'
    )
    quote = containing(f, "will not pass")
    assert (quote["kind"], quote["speaker"]) == ("quote", "Ray Castellano")


def test_an_under_secretary_is_a_title():
    f = rows(
        '"Computing power is a security asset," Under Secretary of Commerce Ray Holt said in a '
        "statement on Wednesday."
    )
    assert (f.iloc[0]["speaker"], f.iloc[0]["role"]) == ("Ray Holt", "Under Secretary of Commerce")


def test_a_currency_that_closed_at_a_level_is_a_market_remark():
    f = rows("Stocks fell on Wednesday. The Canadian dollar closed at 70.84 cents US on Wednesday.")
    assert containing(f, "Canadian dollar")["kind"] == "market"


def test_a_consultation_that_closes_on_a_date_is_scheduled_by_the_body_that_acted():
    f = rows("Canada imposed counter-tariffs on Wednesday. The consultation closes Nov. 20.")
    row = containing(f, "consultation closes")
    assert (row["kind"], row["speaker"]) == ("scheduled", "Canada")
    assert row["date"] == pd.Timestamp("2025-11-20")


def test_called_with_an_abbreviation_before_the_quoted_words_is_a_cue():
    f = rows('Prime Minister Dan Ross called the U.S. measures "unjustified" on Wednesday.')
    assert (f.iloc[0]["kind"], f.iloc[0]["speaker"]) == ("paraphrase", "Dan Ross")


def test_an_aside_with_a_place_and_its_state_keeps_the_subject_before_it():
    f = rows(
        "Sen. Ann Lee, speaking at a plant in Dayton, Ohio, on Monday, called the measures "
        '"unjustified and unlawful."'
    )
    row = f.iloc[0]
    assert (row["speaker"], row["date"]) == ("Ann Lee", pd.Timestamp("2025-10-20"))


# -- "..., effective April 1": the day a measure takes effect is a scheduled statement ----------
def test_the_day_a_measure_takes_effect_is_scheduled_by_who_announced_it():
    f = rows(
        "The White House announced on Wednesday that it would raise tariffs on steel to 50 per "
        "cent, on top of existing duties, effective Nov. 1."
    )
    event = f[f["kind"] == "scheduled"]
    assert len(event) == 1
    assert event.iloc[0]["speaker"] == "White House"
    assert event.iloc[0]["date"] == pd.Timestamp("2025-11-01")
    assert event.iloc[0]["text"] == "effective Nov. 1"


def test_a_start_before_the_statement_is_no_event():
    f = rows("The Senate on Wednesday passed the budget, starting Oct. 1.")
    assert (f["kind"] != "scheduled").all()


def test_a_body_that_next_meets_on_a_date_holds_a_scheduled_event():
    f = rows("'Rates will fall,' said one economist.\n\nThe MPC next meets on 5 November.")
    event = containing(f, "next meets")
    assert (event["kind"], event["speaker"]) == ("scheduled", "MPC")
    assert event["date"] == pd.Timestamp("2025-11-05")


# -- "...; its next projections are due in December": two clauses, two dates -----------------
def test_a_semicolon_between_two_clauses_gives_each_its_own_date():
    f = rows(
        "The central bank cut rates on Wednesday. The council next meets on Dec. 10; its next "
        "round of staff projections is due in March."
    )
    meeting = containing(f, "next meets")
    projections = containing(f, "projections")
    assert meeting["date"] == pd.Timestamp("2025-12-10")
    assert projections["date"] == pd.Timestamp("2026-03-01") and projections["precision"] == "month"


def test_a_list_after_a_semicolon_and_short_parts_stay_whole():
    f = rows("Senator Ann Lee said on Wednesday the bill would cut taxes; and raise fees.")
    assert len(f) == 1


def test_a_title_with_a_portfolio_of_two_words_joined_by_and():
    from toolkit.text.speakers import split_title

    assert split_title("Minister for Trade and Industry Chan Kok Leong") == (
        "Minister for Trade and Industry",
        "Chan Kok Leong",
    )
    assert split_title("Minister of Finance Ann Lee") == ("Minister of Finance", "Ann Lee")


def test_a_person_after_a_title_with_a_portfolio_of_two_words():
    f = rows(
        "Secretary of Health and Human Services Xavier Rios said on Wednesday that the rule "
        'would stand.\n\nMinister for Trade and Industry Chan Kok Leong said on Wednesday that '
        'Singapore would comply.\n\n"We will study it," Mr Chan said.'
    )
    rios = containing(f, "Xavier Rios")
    assert (rios["speaker"], rios["role"]) == ("Xavier Rios", "Secretary of Health and Human Services")
    assert (f["speaker"] == "Chan Kok Leong").sum() == 2  # "Mr Chan" is the minister too
