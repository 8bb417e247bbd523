"""Error families of the seventh blind round and of the earlier rounds' misses (quotations
followed by a statement of their own, timeline entries, letters and inquiries, closing market
lines), each fixed by a general rule and tested here on made-up sentences of the same shape
(never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2025-06-11"  # a Wednesday


rows = partial(statement_rows, published=PUB)


def day(value: str) -> pd.Timestamp:
    return pd.Timestamp(value)


# -- a quotation paragraph, then a sentence with a cue of its own ---------------------------
def test_a_sentence_after_an_attributed_quotation_is_a_statement_of_its_own():
    f = rows(
        "The panel met on Wednesday.\n\n"
        '"We can wait a month, but we cannot wait a year," Rep. Ana Ruiz said in an interview '
        "Wednesday. She said her panel would vote on the bill next week."
    )
    quote = containing(f, "cannot wait a year")
    follow = containing(f[f["kind"] != "scheduled"], "her panel would vote")
    assert quote["kind"] == "quote" and follow["kind"] == "paraphrase"
    assert quote["speaker"] == follow["speaker"] == "Ana Ruiz"
    assert quote["text"].endswith("Wednesday.")  # the quotation's row stops at its sentence
    assert follow["date"] == day("2025-06-11")  # the saying's day, not next week's vote


def test_a_quotation_continued_after_its_attribution_stays_one_quote():
    f = rows('"We will hold," Ana Ruiz said on Wednesday. "The board agrees with us."')
    assert len(f) == 1 and f.loc[0, "kind"] == "quote"
    assert f.loc[0, "text"].endswith('"The board agrees with us."')


def test_a_sentence_without_a_cue_stays_with_the_quotation():
    f = rows('"We will hold," Ana Ruiz said on Wednesday. The vote is in July.')
    assert len(f[f["kind"] == "quote"]) == 1
    assert containing(f, "We will hold")["text"].endswith("The vote is in July.")


# -- timeline entries: a day range or a weekday after the date, any present-tense act -------
TIMELINE = (
    "How the dispute grew\n\n"
    "Feb. 18-19: Ana Ruiz and Bo Diaz meet in Geneva. Both call the talks useful.\n\n"
    "March 9 (Monday): EU ambassadors endorse the retaliation list at a meeting in Brussels.\n\n"
    "March 10 — The Trade Office opens an inquiry into the shipments."
)


def test_timeline_entries_with_a_day_range_or_a_weekday_are_acts_on_their_dates():
    f = rows(TIMELINE, published="2026-03-12")
    meet = containing(f, "meet in Geneva")
    assert (meet["kind"], meet["speaker"]) == ("action", "Ana Ruiz")
    assert meet["date"] == day("2026-02-18")
    endorse = containing(f, "endorse the retaliation list")
    assert (endorse["kind"], endorse["date"]) == ("action", day("2026-03-09"))
    assert endorse["speaker"] == "EU ambassadors"
    inquiry = containing(f, "opens an inquiry")
    assert (inquiry["kind"], inquiry["date"]) == ("action", day("2026-03-10"))


def test_the_present_tense_is_no_act_outside_a_timeline():
    f = rows("EU ambassadors endorse the retaliation list, diplomats say.")
    assert not (f["kind"] == "action").any()


# -- letters sent, inquiries opened, nominations withdrawn are acts; an opened rally is not ---
def test_a_letter_sent_is_an_act():
    f = rows("Sen. Bo Diaz sent the agency a letter on Monday asking it to delay the rule.")
    row = f.iloc[0]
    assert (row["kind"], row["speaker"], row["date"]) == ("action", "Bo Diaz", day("2025-06-09"))


def test_an_inquiry_opened_and_a_nomination_withdrawn_are_acts():
    f = rows("The Trade Office opened an investigation into the imports on Tuesday.")
    assert (f.loc[0, "kind"], f.loc[0, "date"]) == ("action", day("2025-06-10"))
    f = rows("The White House withdrew the nomination on Tuesday after a week of criticism.")
    assert (f.loc[0, "kind"], f.loc[0, "speaker"]) == ("action", "White House")


def test_opening_a_rally_is_no_act():
    f = rows(
        "Bo Diaz, the party's candidate, opened the rally on Tuesday, arguing that the duties "
        "must go."
    )
    assert not (f["kind"] == "action").any()


# -- closing market lines ---------------------------------------------------------------------
def test_closing_lines_with_an_amount_or_an_adverb_are_market_remarks():
    for text in (
        "The Nasdaq closed 1.2% higher on Tuesday.",
        "Stock indexes in Paris and Milan closed slightly lower on Tuesday.",
        "The Vexa Chip ETF ended the day 0.9% lower on Tuesday.",
        "The Nikkei 225 finished May with a 2.2% drop on Friday.",
    ):
        f = rows(text)
        assert list(f["kind"]) == ["market"], text
    assert rows("The Nasdaq closed 1.2% higher on Tuesday.").loc[0, "date"] == day("2025-06-10")


def test_a_session_that_ended_on_its_own_day_is_a_market_remark_of_its_own():
    f = rows(
        "The 10-year yield climbed half a point in May, and Tuesday's session ended with the "
        "benchmark at 4.68%."
    )
    assert list(f["kind"]) == ["market", "market"]
    assert f.loc[1, "date"] == day("2025-06-10")


def test_a_legislative_session_is_no_market():
    f = rows("The legislative session ended on Tuesday without a budget.")
    assert not (f["kind"] == "market").any()


# -- a relative clause in commas after the subject is not the subject ----------------------
def test_a_relative_clause_after_the_subject_does_not_give_the_speaker():
    f = rows(
        "The Rules Committee, on which Bo Diaz sits, approved the bill on Tuesday by seven "
        "votes to six."
    )
    assert (f.loc[0, "kind"], f.loc[0, "speaker"]) == ("action", "Rules Committee")


# -- the lead's body and its people speak on the lead's day ---------------------------------
LEAD = (
    "The Treasury Department said on Wednesday it would keep the size of its debt auctions "
    "unchanged.\n\n"
    '"Investors told us they value knowing what is coming," a Treasury spokeswoman, Ann Lo, '
    "said in an emailed statement.\n\n"
    '"This is as close to a non-event as it gets," said Bo Diaz, a strategist at Linwood.'
)


def test_a_person_of_the_body_that_acted_in_the_lead_speaks_on_its_day():
    f = rows(LEAD)
    lo = containing(f, "value knowing")
    assert (lo["speaker"], lo["date"], lo["date_source"]) == (
        "Ann Lo",
        day("2025-06-11"),
        "inherited",
    )


def test_an_outside_reaction_under_the_lead_stays_undated():
    diaz = containing(rows(LEAD), "non-event")
    assert diaz["speaker"] == "Bo Diaz" and pd.isna(diaz["date"])


# -- a part of the day before a weekday belongs to that weekday ------------------------------
def test_midday_before_a_weekday_is_that_weekday():
    f = rows(
        "Tuesday's session ended with the benchmark at 4.68%.\n\n"
        "The 10-year yield fell to 4.61% by midday Wednesday, and the 30-year yield dropped."
    )
    assert list(f["date"]) == [day("2025-06-10"), day("2025-06-11")]


# -- unnamed officials, embassies, a participle aside, a perfect after a dated remark -------
def test_an_unnamed_official_by_a_capitalised_modifier_is_the_speaker():
    f = rows(
        "A U.S. official, speaking on condition of anonymity, said Tuesday that Washington "
        "would look at any offer."
    )
    assert (f.loc[0, "speaker"], f.loc[0, "date"]) == ("U.S. official", day("2025-06-10"))


def test_an_embassy_is_a_body_that_speaks():
    f = rows("Vexland's embassy in Washington said the rule was unfair.")
    assert (f.loc[0, "kind"], f.loc[0, "speaker"]) == ("paraphrase", "Vexland's embassy")


def test_a_remark_in_the_present_perfect_is_not_merged_into_a_dated_one():
    f = rows(
        "Ana Ruiz said on Tuesday that the levy would stay. She has long argued that levies "
        "protect local mills."
    )
    assert len(f) == 2
    assert f.loc[0, "date"] == day("2025-06-10") and pd.isna(f.loc[1, "date"])


# -- a dated act in a relative clause about the speaker is a statement of its own ----------
def test_a_dated_act_in_a_relative_clause_about_the_speaker_is_a_statement():
    f = rows(
        "Mayor Ana Ruiz, who proposed the package in her budget address in March, said at a "
        "news conference on Tuesday that the bonds would help."
    )
    act = f[f["kind"] == "action"].iloc[0]
    assert (act["speaker"], act["date"], act["precision"]) == (
        "Ana Ruiz",
        day("2025-03-01"),
        "month",
    )
    assert act["text"] == "who proposed the package in her budget address in March"
    said = f[f["kind"] == "paraphrase"].iloc[0]
    assert said["date"] == day("2025-06-10")


def test_an_undated_relative_clause_adds_nothing():
    f = rows("Ana Ruiz, who proposed the package, said on Tuesday that the bonds would help.")
    assert list(f["kind"]) == ["paraphrase"]


# -- more market lines: a company's move, currencies by nationality, opening and closing ----
def test_a_company_move_by_a_percentage_is_a_market_remark():
    assert list(rows("Vexa Technology fell 4.1% after a broker downgrade.")["kind"]) == ["market"]
    assert list(rows("Shares of Orto Corp. rose 2 per cent on Tuesday.")["kind"]) == ["market"]


def test_a_figure_of_the_economy_is_no_market_remark():
    assert rows("Inflation rose 3.2% in May.").empty


def test_currencies_opening_and_closing_moves_are_market_remarks():
    for text in (
        "The Japanese yen fell 0.7% to 146.20 per dollar.",
        "The TSX composite index opened 0.1% higher.",
        "Gold fell 0.9% to $3,310 an ounce.",
    ):
        assert list(rows(text)["kind"]) == ["market"], text


# -- a court's ruling is an act, and its judges speak on its day ----------------------------
def test_a_ruling_is_an_act_and_the_judges_opinions_are_of_its_day():
    f = rows(
        "A federal appeals court on Tuesday ruled that the governor overstepped his authority.\n\n"
        "Writing for the majority, Judge Ana Ruiz said the law gave him no such power."
    )
    ruling = containing(f, "ruled that")
    assert (ruling["kind"], ruling["date"]) == ("action", day("2025-06-10"))
    opinion = containing(f, "no such power")
    assert (opinion["speaker"], opinion["date"]) == ("Ana Ruiz", day("2025-06-10"))
