"""Error families from the thirteenth blind round's misses, each fixed by a general rule and
tested here on made-up sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-06-12"  # a Friday


rows = partial(statement_rows, published=PUB)


# -- a quotation between the cue and its occasion: "called it “...” at a briefing on Thursday" -
def test_a_quotation_after_the_cue_does_not_push_its_occasion_out_of_reach():
    f = rows(
        "Trade Minister Ines Calderon Ruiz called the levy \"a breach of every promise made "
        "at the summit and an insult to our farmers\" at a news conference on Thursday morning."
    )
    row = containing(f, "called the levy")
    assert row["date"] == pd.Timestamp("2026-06-11")
    assert row["time_of_day"] == "morning"
    # (what the quotation says stays out of the date: a day inside it is not the occasion)
    f = rows('Ruiz called the levy "a tax that starts on Monday" in a statement.')
    assert pd.isna(containing(f, "called the levy")["date"])


# -- "the governor fielded questions. ... he said": a role as a sentence's subject ------------
def test_a_role_that_opens_a_sentence_is_who_a_later_pronoun_means():
    f = rows(
        "The central bank cut its main rate on Thursday, and Governor Tomas Lindqvist said "
        "more cuts were possible.\n\n"
        "The statistics office Statistics Nordland reported on Wednesday that prices rose 2.1% "
        "in May.\n\n"
        "At the briefing that followed, the governor fielded questions about the vote. Asked "
        "about the dissent, he said two members had wanted to wait."
    )
    assert containing(f, "Asked about the dissent")["speaker"] == "Tomas Lindqvist"


# -- the governor of the bank whose act is the lead: the lead's occasion ----------------------
def test_a_governors_undated_remark_is_of_the_day_his_bank_acted_in_the_lead():
    f = rows(
        "The Reserve Bank of Nordland cut its policy rate by 25 basis points on Thursday, "
        "but cautious words from Governor Tomas Lindqvist dampened hopes of more.\n\n"
        '"We have used a little of the room we had," Lindqvist said.\n\n'
        "Economy Minister Sara Holm said the cut was overdue."
    )
    assert containing(f, "We have used a little")["date"] == pd.Timestamp("2026-06-11")
    # (a minister of another body is not the bank's: her remark has no occasion of its own)
    assert pd.isna(containing(f, "the cut was overdue")["date"])


# -- a body's acronym in parentheses, a lower-case role in apposition -------------------------
def test_an_acronym_in_parentheses_leaves_the_body_its_cue():
    f = rows(
        "Separately, the Securities Supervisory Board (SSB) said late on Sunday that it was "
        "banning short selling for a week."
    )
    row = containing(f, "banning short selling")
    assert (row["kind"], row["speaker"]) == ("paraphrase", "Securities Supervisory Board")
    assert (row["date"], row["time_of_day"]) == (pd.Timestamp("2026-06-07"), "evening")


def test_a_lower_case_role_in_apposition_keeps_the_stance_of_its_name():
    f = rows(
        "Omar Vasquez, leader of the opposition Civic Renewal Party (CRP), accused the "
        "government of making savers pay for its mistakes."
    )
    row = containing(f, "accused the government")
    assert (row["kind"], row["speaker"]) == ("paraphrase", "Omar Vasquez")


# -- an opening adverbial before a pronoun: "Only last Tuesday, she had told ..." -------------
def test_a_pronoun_after_an_opening_adverbial_is_the_subject():
    f = rows(
        "Governor Elena Marsh defended the decision on Thursday. Only last Tuesday, she had "
        "told a banking conference that inflation was under control. As recently as May, she "
        "said that rates would stay put."
    )
    row = containing(f, "Only last Tuesday")
    assert (row["speaker"], row["date"]) == ("Elena Marsh", pd.Timestamp("2026-06-09"))
    assert containing(f, "As recently as May")["speaker"] == "Elena Marsh"


# -- a vote told by its tally or its side, with no policy object ------------------------------
def test_a_vote_with_its_tally_or_side_is_an_act_without_an_object():
    f = rows("The Senate voted 58-41 on Thursday to end debate, clearing the way for passage.")
    row = containing(f, "voted 58-41")
    assert (row["kind"], row["speaker"], row["date"]) == (
        "action",
        "Senate",
        pd.Timestamp("2026-06-11"),
    )
    f = rows("Three Democrats, including Sen. Mara Quist of Iowa, voted no.")
    assert containing(f, "voted no")["kind"] == "action"
    # (a vote for a candidate is no policy act; a vote "against it, calling ..." a stance)
    assert rows("Most voters in the county voted for the incumbent in 2022.").empty
    f = rows("Rep. Lou Park, a Democrat, voted against it, calling the decision a betrayal.")
    assert containing(f, "calling the decision")["kind"] == "paraphrase"


# -- an event to come whose date is a clock time and a day past a possessive ------------------
def test_a_clock_time_and_a_possessive_do_not_put_a_future_act_out_of_reach_of_its_date():
    f = rows(
        "Governor Elena Marsh will face lawmakers on Parliament's Finance and Economy "
        "Committee at 9.30am tomorrow."
    )
    row = containing(f, "will face lawmakers")
    assert (row["kind"], row["speaker"]) == ("scheduled", "Elena Marsh")
    assert (row["date"], row["time_of_day"]) == (pd.Timestamp("2026-06-13"), "morning")


# -- "The next rate decision is a review on 8 April", "Its next meeting is July 28-29" --------
def test_the_next_event_of_the_body_the_story_is_about():
    f = rows(
        "The Reserve Bank of Nordland cut its policy rate on Thursday.\n\n"
        "The krona fell 0.4% against the euro.\n\n"
        "The next rate decision is a review on 8 July."
    )
    row = containing(f, "next rate decision")
    assert (row["kind"], row["speaker"], row["date"]) == (
        "scheduled",
        "Reserve Bank of Nordland",
        pd.Timestamp("2026-07-08"),
    )
    f = rows("The Federal Reserve held rates on Wednesday. Its next meeting is July 28-29.")
    row = containing(f, "Its next meeting")
    assert (row["kind"], row["speaker"], row["precision"]) == (
        "scheduled",
        "Federal Reserve",
        "range",
    )


# -- "Tariffs, she argued, have ...": the pronoun right before a parenthetical cue -------------
def test_the_pronoun_of_a_parenthetical_cue_is_its_subject():
    f = rows(
        "Governor Elena Marsh spoke at the symposium on Friday. Tariffs, she argued, have kept "
        "goods prices high. Wage growth, she said, is no longer a worry."
    )
    assert containing(f, "Tariffs, she argued")["speaker"] == "Elena Marsh"
    assert containing(f, "Wage growth, she said")["speaker"] == "Elena Marsh"


# -- "the Fed chair", "the Senate majority leader": a role with its body ----------------------
def test_a_role_with_its_body_is_the_person_the_article_gives_it():
    f = rows(
        "Senate Majority Leader Tom Alder, R-Kan., and Fed Chair Rosa Vint met on Monday.\n\n"
        "The Fed chair said rates would stay on hold. The Senate majority leader said the "
        "bill would pass."
    )
    assert containing(f, "The Fed chair said")["speaker"] == "Rosa Vint"
    assert containing(f, "The Senate majority leader said")["speaker"] == "Tom Alder"


def test_a_role_with_another_body_or_a_staff_role_is_not_a_person_of_that_role():
    f = rows(
        "Oil Minister Jorge Paiva of Angola said on Monday that output would rise.\n\n"
        "The Saudi minister said on Tuesday that cuts would go on. The Commerce Department "
        "spokesman said on Tuesday that the rule would stand."
    )
    assert containing(f, "The Saudi minister")["speaker"] != "Jorge Paiva"
    assert containing(f, "spokesman said")["speaker"] == "Commerce Department"
    # (a role that no one in the article holds: its body speaks)
    assert rows("The Fed chair said rates would stay high.").iloc[0]["speaker"] == "Fed"


# -- a time opener without a comma, an occasion in commas before the verb ---------------------
def test_a_time_that_opens_a_sentence_without_a_comma_leaves_the_pronoun():
    f = rows(
        "Finance Minister Rosa Vint welcomed the cut on Thursday. Last week she told a business "
        "breakfast that the budget would stay the course."
    )
    row = containing(f, "Last week she told")
    assert (row["speaker"], row["precision"]) == ("Rosa Vint", "week")


def test_an_occasion_in_commas_does_not_part_a_verb_from_its_subject():
    f = rows(
        "Deputy Governor Hal Brede, in a radio interview that aired on Sunday, agreed that the "
        "risks had shifted."
    )
    row = containing(f, "agreed that")
    assert (row["kind"], row["speaker"], row["date"]) == (
        "paraphrase",
        "Hal Brede",
        pd.Timestamp("2026-06-07"),
    )


# -- market lines: a currency of a two-word country, swap rates, "It fell a further ..." -------
def test_market_lines_of_currencies_swap_rates_and_it_after_a_market_line():
    f = rows(
        "The South Korean won fell about half a cent after the decision. Two-year swap rates "
        "fell 6 basis points to 2.41 per cent.\n\n"
        "The euro slipped on Thursday. It fell a further 0.4 per cent to $1.1772 in late "
        "trading, having climbed above $1.19 earlier this month."
    )
    assert containing(f, "South Korean won")["kind"] == "market"
    assert containing(f, "swap rates fell")["kind"] == "market"
    row = containing(f, "It fell a further")
    assert (row["kind"], row["date"]) == ("market", pd.Timestamp("2026-06-11"))
    # ("It" after an act is no market line)
    f = rows("The bank cut its main rate on Thursday. It also lifted the lending rate to 43.5%.")
    assert "market" not in set(f["kind"])
