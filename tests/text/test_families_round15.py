"""Error families from the fifteenth blind round's misses (after its first run was recorded),
each fixed by a general rule and tested here on made-up sentences of the same shape (never a
round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday


rows = partial(statement_rows, published=PUB)


# -- a second verb of speech after ", but" or ", and": a second statement, same speaker -------
def test_a_second_cue_after_but_is_a_statement_of_the_same_speaker():
    f = rows(
        "At a press conference on Friday afternoon, Governor Ken Ito said the bank would keep "
        "adjusting policy step by step, but stressed that there was no predetermined pace for "
        "further hikes."
    )
    first = containing(f, "step by step")
    second = containing(f, "no predetermined pace")
    assert first["start"] != second["start"]
    assert second["speaker"] == "Ken Ito"
    assert second["date"] == pd.Timestamp("2026-03-06")
    assert second["time_of_day"] == "afternoon"


def test_a_second_cue_after_a_closing_quotation_mark():
    f = rows(
        'Prime Minister Jo Lee, speaking Wednesday afternoon, said Canada "will not negotiate '
        'under threat," but added that talks with Washington on a broader deal would resume '
        '"in the coming weeks."'
    )
    second = containing(f, "talks with Washington")
    assert second["speaker"] == "Jo Lee"
    assert second["start"] > containing(f, "will not negotiate")["start"]
    f = rows(
        "Sen. Bo Kowal said in a statement after the vote on Tuesday that he \"will not vote "
        'for another dime of borrowed money," and he told us he would object to any attempt '
        "to speed up the new bill."
    )
    assert containing(f, "he would object")["speaker"] == "Bo Kowal"


def test_a_short_tail_or_a_non_speech_added_stays_in_its_sentence():
    f = rows("The minister said on Monday that prices rose, and said nothing more.")
    assert len(f) == 1
    f = rows(
        "The yen rallied on Friday after the finance ministry warned about speculation, and "
        "added to those gains overnight in Asian trading."
    )
    assert not (f["text"].str.startswith("added to those gains")).any()


def test_a_head_clause_that_states_nothing_keeps_the_sentence_whole():
    f = rows(
        "Hastily politicizing the tragedy, Ann Trump cast the blame on her rivals in the "
        "capital on Monday, and emphasized the threat that terrorism poses to the world."
    )
    row = containing(f, "emphasized the threat")
    assert row["speaker"] == "Ann Trump"
    assert row["start"] == 0


# -- a "that" after a date opens the complement: its "will" is not the date's tense ------------
def test_a_future_in_the_complement_does_not_make_the_saying_future():
    f = rows("Sen. Cy Lin said after the vote on Tuesday that he will not back the bill.")
    assert containing(f, "Cy Lin")["date"] == pd.Timestamp("2026-03-10")  # not the 17th


# -- a second clause with its own subject: a long title, people by a plural noun --------------
def test_a_second_clause_after_a_closing_quotation_mark_with_a_long_title():
    f = rows(
        'Dallas Fed President Renata Szabo warned earlier this week that inflation "is not yet '
        'beaten," and New York Fed President Arturo Villalobos said on Monday that policy was '
        '"in a good place."'
    )
    row = containing(f, "in a good place")
    assert row["speaker"] == "Arturo Villalobos"
    assert row["date"] == pd.Timestamp("2026-03-09")
    assert containing(f, "not yet beaten")["speaker"] == "Renata Szabo"


def test_people_by_a_plural_noun_announce_an_event_in_a_second_clause():
    f = rows(
        "EU foreign ministers meet again on 16 March, and leaders are expected to discuss the "
        "21st package at the European Council summit on 19-20 March."
    )
    row = containing(f, "leaders are expected")
    assert row["kind"] == "scheduled"
    assert row["date"] == pd.Timestamp("2026-03-19")
    assert containing(f, "meet again")["date"] == pd.Timestamp("2026-03-16")


# -- an unnamed spokesperson for an office speaks for the office -------------------------------
def test_a_spokesperson_for_an_office_speaks_for_it_but_a_named_one_for_herself():
    f = rows(
        "In Washington, a spokesperson for the U.S. Trade Representative said in a statement "
        "Wednesday afternoon that the decision was unjustified. Luis Mira, a spokesman for the "
        "Democratic National Committee, said on Tuesday the party was committed."
    )
    assert containing(f, "unjustified")["speaker"] == "U.S. Trade Representative"
    assert containing(f, "the party was committed")["speaker"] == "Luis Mira"


# -- an event later on the publication day is to come ------------------------------------------
def test_an_event_this_afternoon_is_scheduled_on_the_publication_day():
    f = rows("The president hosts Senate Republicans at the White House this afternoon.")
    row = containing(f, "hosts Senate Republicans")
    assert (row["kind"], row["date"]) == ("scheduled", pd.Timestamp(PUB))
    assert row["time_of_day"] == "afternoon"


# -- a reflexive after the subject; a memo and an objection are policy objects ----------------
def test_a_reflexive_after_the_subject_keeps_the_subject():
    f = rows(
        "The president himself weighed in Monday night, posting that Republicans should hold "
        "the line."
    )
    assert containing(f, "weighed in")["speaker"] == "President"


def test_a_memo_sent_and_an_objection_lifted_are_acts():
    f = rows(
        "OMB Director Lio Parr sent a memo to agency heads on Tuesday instructing them to "
        "update their shutdown plans. Bratislava lifted its objection late on Sunday after "
        "receiving assurances."
    )
    row = containing(f, "sent a memo")
    assert (row["kind"], row["speaker"]) == ("action", "Lio Parr")
    assert row["date"] == pd.Timestamp("2026-03-10")
    row = containing(f, "lifted its objection")
    assert (row["kind"], row["speaker"], row["date"]) == (
        "action",
        "Bratislava",
        pd.Timestamp("2026-03-08"),
    )


# -- "Wednesday last week": that week's day ----------------------------------------------------
def test_a_weekday_of_last_or_next_week_is_that_weeks_day():
    f = rows(
        "The US Federal Reserve left its benchmark rate unchanged on Wednesday last week, "
        "saying it wanted more evidence.",
        published="2026-05-06",  # a Wednesday
    )
    assert containing(f, "left its benchmark")["date"] == pd.Timestamp("2026-04-29")
    f = rows("The committee will vote on Friday of next week.", published="2026-05-06")
    assert containing(f, "will vote")["date"] == pd.Timestamp("2026-05-15")


# -- deadlines: "will have until", "will be banned from", one a body announces in its sentence --
def test_a_deadline_in_the_clause_after_a_bodys_remark_is_the_bodys():
    f = rows(
        "Manufacturers that can show they have no other supplier will be able to apply for "
        "remission, the department said, and businesses have until Nov. 4 to submit comments "
        "on the new list.",
        published="2026-10-21",
    )
    row = containing(f, "businesses have until")
    assert (row["kind"], row["speaker"], row["date"]) == (
        "scheduled",
        "department",
        pd.Timestamp("2026-11-04"),
    )


def test_will_have_until_and_will_be_banned_from_date_the_deadline():
    f = rows(
        "The Commerce Department imposed new controls on Monday. EU firms will have until "
        "26 March to wind down contracts."
    )
    assert containing(f, "will have until")["date"] == pd.Timestamp("2026-03-26")
    f = rows(
        "The Commerce Department imposed new controls on Monday. The sale of machine tools "
        "will be banned from 1 April."
    )
    row = containing(f, "will be banned")
    assert (row["kind"], row["date"]) == ("scheduled", pd.Timestamp("2026-04-01"))


# -- "within minutes of the announcement" is counted from the event, not a day of its own ------
def test_within_minutes_of_an_event_does_not_date_a_market_line():
    f = rows(
        "The Reserve Bank lifted the cash rate to 3.85 per cent yesterday. The Australian dollar "
        "jumped 0.7 per cent to 66.4 US cents within minutes of the announcement.",
        published="2026-05-06",
    )
    assert containing(f, "Australian dollar jumped")["date"] == pd.Timestamp("2026-05-05")


# -- a dissent is of the decision it opposed ---------------------------------------------------
def test_an_undated_dissent_takes_the_day_of_the_decision():
    f = rows(
        "The Bank of Japan decided Friday to raise its policy rate to 1%.\n\n"
        "The decision was approved by an 8-1 vote. Board member Ken Ohara dissented, proposing "
        "to keep the rate unchanged.",
        published="2026-08-01",
    )
    assert containing(f, "dissented")["date"] == pd.Timestamp("2026-07-31")


# -- a future act in a relative clause about the speaker is a scheduled statement --------------
def test_a_future_act_in_a_relative_clause_about_the_speaker_is_scheduled():
    f = rows(
        "Treasurer Dan Whitford, who will deliver his second budget next Tuesday, said in "
        "Canberra yesterday afternoon that he respected the bank's independence.",
        published="2026-05-06",
    )
    event = f[f["text"].str.startswith("who will deliver")].iloc[0]
    remark = containing(f, "respected the bank")
    assert (event["kind"], event["speaker"], event["date"]) == (
        "scheduled",
        "Dan Whitford",
        pd.Timestamp("2026-05-12"),
    )
    assert (remark["kind"], remark["date"]) == ("paraphrase", pd.Timestamp("2026-05-05"))
