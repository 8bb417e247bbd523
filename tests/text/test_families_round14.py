"""Error families from the fourteenth blind round's misses (after its first run was recorded),
each fixed by a general rule and tested here on made-up sentences of the same shape (never a
round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-06-18"  # a Thursday


rows = partial(statement_rows, published=PUB)


# -- "the president" of a story that names only a regional Fed's or a group's president -------
def test_the_president_is_not_a_bodys_or_a_firms_president():
    f = rows(
        "Richmond Fed President Ada Wynn dissented on Wednesday. A trade group's president, "
        "Lou Ferris, welcomed the cut.\n\n"
        "The president said last week that he wanted rates far lower."
    )
    assert containing(f, "The president said")["speaker"] == "President"
    f = rows("President Ana Ruiz spoke on Monday. The president said on Tuesday that tariffs stay.")
    assert containing(f, "The president said")["speaker"] == "Ana Ruiz"


# -- times that are not the statement's: a question's, a count's, a figure's, a comparison's ---
def test_the_time_in_the_question_a_remark_answers_does_not_date_it():
    f = rows(
        "Asked whether the committee would cut again at its next meeting, on July 29-30, "
        "Governor Ana Ruiz said officials would take it one meeting at a time."
    )
    assert pd.isna(containing(f, "one meeting at a time")["date"])


def test_counts_figures_and_comparisons_do_not_date_a_statement():
    f = rows(
        "The central bank has cut interest rates for the second time this year.\n\n"
        "The index gained 1.1% to close at 6,912.40, topping its previous record from February."
    )
    assert pd.isna(containing(f, "second time this year")["date"])
    assert pd.isna(containing(f, "previous record from February")["date"])
    f = rows("Shares of Lumenrise dropped 6% after the company forecast second-quarter revenue.")
    assert containing(f, "second-quarter revenue")["precision"] != "quarter"


# -- "In a statement accompanying the decision": the decision's day ---------------------------
def test_a_remark_accompanying_the_decision_is_of_its_day():
    f = rows(
        "The Bank of Nordland has cut interest rates to 3.5 per cent.\n\n"
        "Its monetary policy committee voted six to three for the cut, the decision announced "
        "at noon showed.\n\n"
        "In a statement accompanying the decision, the governor, Sir Edmund Hale, said the "
        'outlook had improved. "We need to be sure," Sir Edmund said.'
    )
    row = containing(f, "accompanying the decision")
    assert row["date"] == pd.Timestamp("2026-06-18")
    assert containing(f, "We need to be sure")["speaker"] == "Sir Edmund Hale"


# -- a headline and a deck are not the story's lead ---------------------------------------------
def test_the_lead_occasion_is_found_past_a_headline_and_a_deck():
    f = rows(
        "Bank of Nordland cuts rates but three policymakers vote to hold\n\n"
        "Governor says further cuts not certain; minister welcomes relief\n\n"
        "The Bank of Nordland has cut interest rates to 3.5 per cent.\n\n"
        "Its monetary policy committee voted six to three for the cut, the decision announced "
        "at noon showed.\n\n"
        "The krona fell 0.4 per cent after the decision."
    )
    assert containing(f, "The krona fell")["date"] == pd.Timestamp("2026-06-18")


# -- bodies: "the Bureau of Labor Statistics", "The Bank's monetary policy committee" ----------
def test_a_body_named_x_of_y_and_a_body_a_named_body_holds_are_speakers():
    f = rows("Consumer prices rose 0.1% in May, the Bureau of Labor Statistics said on Tuesday.")
    assert containing(f, "Bureau of Labor")["speaker"] == "Bureau of Labor Statistics"
    f = rows("The Bank's monetary policy committee voted by six votes to three to cut the rate.")
    assert containing(f, "voted by six")["speaker"] == "monetary policy committee"


# -- traders as a group: the market's pricing, not a statement --------------------------------
def test_traders_pricing_is_a_market_line_but_investors_saying_is_not():
    f = rows("Traders in rate futures added to bets on further easing after the decision.")
    row = containing(f, "Traders in rate futures")
    assert (row["kind"], row["speaker"]) == ("market", None)
    f = rows("Some investors said the cut was overdue.")
    assert containing(f, "Some investors")["kind"] == "paraphrase"


# -- a markets story: a month that qualifies figures, "added 412 points", a Key Points list ---
def test_a_markets_story_under_a_summary_list_dates_its_lines_by_the_lead():
    f = rows(
        "Key Points\n\n"
        "- The S&P 500 rose 1.1% to a record after March consumer prices came in soft.\n\n"
        "Stocks rallied on Thursday after a cooler inflation report.\n\n"
        "The Dow Jones Industrial Average added 412.55 points. The 10-year yield fell 9 basis "
        "points to 4.02%.",
    )
    assert pd.isna(containing(f, "March consumer prices")["date"])
    dow = containing(f, "added 412.55 points")
    assert (dow["kind"], dow["speaker"], dow["date"]) == ("market", None, pd.Timestamp("2026-06-18"))
    assert containing(f, "10-year yield")["date"] == pd.Timestamp("2026-06-18")
    # (a month with its preposition before a verb stays the act's: "adopted in January blocks")
    f = rows("A rule the House adopted in January blocks expedited votes.")
    assert containing(f, "adopted in January")["date"] == pd.Timestamp("2026-01-01")


# -- a bill "muscled through" a chamber; the votes against it are of that vote ----------------
def test_a_bill_pushed_through_a_chamber_and_the_votes_against_it():
    f = rows(
        "House Republicans muscled their $640 billion tax package through the chamber late "
        "Friday on a 216-214 vote.\n\n"
        "Now comes the hard part in the Senate.\n\n"
        "Three Republicans voted against the bill.",
        published="2026-06-08",
    )
    row = containing(f, "muscled")
    assert (row["kind"], row["date"], row["time_of_day"]) == (
        "action",
        pd.Timestamp("2026-06-05"),
        "evening",
    )
    assert containing(f, "voted against")["date"] == pd.Timestamp("2026-06-05")
    assert rows("Democrats pushed back on the plan on Monday.").empty


# -- "The Commerce Department's Bureau of Industry and Security"; "released with the sanctions"
def test_a_bodys_bureau_of_y_is_the_speaker_and_a_statement_released_with_the_sanctions():
    f = rows(
        "The Commerce Department’s Bureau of Industry and Security, which keeps the list, said "
        "on Thursday that the listings would take effect at once."
    )
    assert containing(f, "Bureau of Industry")["speaker"] == "Bureau of Industry and Security"
    f = rows(
        "The Treasury Department imposed sanctions on Wednesday on two oil traders.\n\n"
        "“Every barrel funds the war,” Nora Valcourt, the Treasury’s under secretary, said in "
        "a statement released with the sanctions."
    )
    assert containing(f, "Every barrel")["date"] == pd.Timestamp("2026-06-17")


# -- "Critics say ...", "Donald Trump is telling supporters that ..." --------------------------
def test_a_plain_say_after_a_plural_subject_and_a_progressive_telling_are_cues():
    assert containing(rows("Critics say the tariffs will raise prices."), "Critics say")[
        "speaker"
    ] == "Critics"
    f = rows("Donald Trump is telling supporters that the win is beautiful.")
    assert containing(f, "is telling")["speaker"] == "Donald Trump"
    # (not where the clause does not open: "technology that investigators say was rerouted")
    f = rows(
        "The measures added 27 companies to the blacklist, cutting them off from technology "
        "that investigators say was rerouted to arms makers."
    )
    assert "investigators" not in set(f["speaker"].dropna())
    assert rows("It is hard to say what happens next.").empty


# -- "aides were told by administration officials": the officials speak -----------------------
def test_people_by_their_office_after_a_passive_cue_speak():
    f = rows(
        "Congressional aides were told by administration officials on Wednesday that a package "
        "was coming."
    )
    row = containing(f, "were told by")
    assert row["speaker"].endswith("officials") and row["date"] == pd.Timestamp("2026-06-17")


# -- "this week's meeting": a possessive time whose "'s" stands outside the expression --------
def test_a_possessive_time_expression_does_not_date_an_announced_event():
    f = rows(
        "The Fed cut rates on Wednesday. Minutes of this week's meeting will be released on "
        "July 8, three weeks after the decision."
    )
    assert containing(f, "Minutes of this week's")["date"] == pd.Timestamp("2026-07-08")
