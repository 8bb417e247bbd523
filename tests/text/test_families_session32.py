"""Error families found in the sixtieth and sixty-first blind rounds and the annotated sets
before them, each fixed by a general rule and tested here on made-up sentences of the same
shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit.text.timex import resolve_dates

PUB = "2026-03-11"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "the president-elect threatened ...": an office one was elected to ---------------------
def test_the_president_elect_unnamed_is_the_office_and_named_is_the_person():
    f = rows("Last month, the president-elect threatened to impose 30% tariffs on all imports.")
    threat = containing(f, "threatened to impose")
    assert threat["speaker"] == "President-elect"
    assert (threat["date"], threat["precision"]) == (pd.Timestamp("2026-02-01"), "month")
    f = rows(
        "President-elect Ana Ruiz won the runoff in January.\n\n"
        "Last month, the president-elect threatened to impose 30% tariffs on all imports."
    )
    assert containing(f, "threatened to impose")["speaker"] == "Ana Ruiz"


# -- "The March contract ... settled up 2 cents": a futures contract by its month -----------
def test_a_futures_contract_named_by_its_month_is_a_market_line():
    f = rows(
        "The May contract on the Kansas City exchange settled up 3 cents at $5.12 a bushel on "
        "Tuesday."
    )
    line = containing(f, "settled up 3 cents")
    assert (line["kind"], line["date"]) == ("market", pd.Timestamp("2026-03-10"))


def test_a_labour_contract_named_by_its_month_is_no_market_line():
    f = rows("The union said on Tuesday that the March contract was fair to its members.")
    assert containing(f, "the March contract")["kind"] != "market"


# -- "A dispute settlement panel under the ... Agreement has ruled": the panel --------------
def test_a_panel_under_a_treaty_is_the_speaker_not_the_treaty():
    f = rows(
        "OTTAWA, March 11, 2026 - A dispute settlement panel under the Northern Free Trade "
        "Agreement has ruled that Ruritania's dairy quotas break the pact."
    )
    assert containing(f, "has ruled that")["speaker"] == "panel"


def test_a_dateline_with_its_year_is_no_part_of_the_subject():
    f = rows("OTTAWA, March 11, 2026 - The central bank cut its key rate on Wednesday.")
    assert containing(f, "cut its key rate")["speaker"] != "OTTAWA"


# -- "before the market opened", "in the afternoon" after a day to come ----------------------
def test_the_market_opening_is_a_morning_of_the_day_last_mentioned_that_has_come():
    f = rows(
        "Norvia Energy announced on Wednesday that it would cut fuel prices.\n\n"
        "The new prices take effect on Thursday.\n\n"
        "In a filing sent to the securities regulator before the market opened, the company "
        "said its pricing would follow domestic costs.\n\n"
        "At a press conference at its headquarters in the afternoon, chief executive Ana "
        "Ruiz said the change was permanent."
    )
    filing = containing(f, "In a filing sent")
    assert (filing["date"], filing["time_of_day"]) == (pd.Timestamp(PUB), "morning")
    briefing = containing(f, "the change was permanent")
    assert (briefing["date"], briefing["time_of_day"]) == (pd.Timestamp(PUB), "afternoon")


def test_the_opening_next_to_a_day_or_in_a_present_market_line_is_that_day_or_today():
    found = resolve_dates(
        "The bank held rates on Tuesday.\n\nFutures are flat ahead of the open. Shares fell "
        "before trading began on Monday.",
        published=PUB,
    )
    by_text = {r.text: (r.date, r.time_of_day) for r in found.itertuples()}
    assert by_text["ahead of the open"] == (pd.Timestamp("2026-03-11"), "morning")
    assert by_text["Monday"] == (pd.Timestamp("2026-03-09"), "morning")


def test_a_part_of_the_day_before_a_verb_to_come_stays_undated():
    found = resolve_dates(
        "The prices change on Thursday. The board will meet in the afternoon.", published=PUB
    )
    assert "in the afternoon" not in set(found["text"])
