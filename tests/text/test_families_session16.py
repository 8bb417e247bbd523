"""Error families found in the remaining misses of all blind rounds (pooled, before the
sixteenth round was written), each fixed by a general rule and tested here on made-up
sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday


rows = partial(statement_rows, published=PUB)


def scheduled(frame: pd.DataFrame, words: str) -> pd.Series:
    """The one scheduled row whose text holds ``words``."""
    return containing(frame[frame["kind"] == "scheduled"], words)


# -- a body's next meeting, dated, wherever the article mentions it --------------------------
def test_a_dated_next_meeting_inside_a_remark_is_the_bodys_scheduled_statement():
    f = rows(
        "The Riverland Central Bank raised its main rate to 3 per cent on Tuesday. Asked "
        "whether the committee would move again at its next meeting, on April 22-23, Governor "
        "Ada Brill said officials would decide one meeting at a time."
    )
    meeting = scheduled(f, "its next meeting, on April 22-23")
    assert meeting["date"] == pd.Timestamp("2026-04-22")
    assert meeting["date_end"] == pd.Timestamp("2026-04-23")
    assert "committee" in meeting["speaker"].lower() or "Bank" in meeting["speaker"]
    remark = containing(f, "one meeting at a time")
    assert remark["speaker"] == "Ada Brill"
    assert remark["start"] != meeting["start"]


def test_a_named_owners_next_decision_and_a_bare_its():
    f = rows(
        "The yen slipped ahead of the Bank of Japan's next policy decision, on March 19. "
        "The Reserve Bank cut rates in February. Its next decision is on April 7."
    )
    boj = scheduled(f, "next policy decision, on March 19")
    assert boj["speaker"] == "Bank of Japan"
    assert boj["date"] == pd.Timestamp("2026-03-19")
    rb = scheduled(f, "Its next decision is on April 7")
    assert "Reserve Bank" in rb["speaker"]
    assert rb["date"] == pd.Timestamp("2026-04-07")


def test_a_date_inside_the_meeting_phrase_and_next_sets_rates():
    f = rows(
        "Traders now price a cut at the Fed's April 28-29 meeting as likely. "
        "The Governing Council next sets rates on 16 April."
    )
    fed = scheduled(f, "the Fed's April 28-29 meeting")
    assert fed["speaker"] == "Fed"
    assert fed["precision"] == "range"
    council = scheduled(f, "next sets rates on 16 April")
    assert council["speaker"] == "Governing Council"
    assert council["date"] == pd.Timestamp("2026-04-16")


def test_a_past_or_undated_meeting_is_no_scheduled_statement():
    f = rows(
        "Minutes of the Fed's March 3-4 meeting showed officials were split. "
        "Analysts expect another cut at its next meeting."
    )
    assert not (f["kind"] == "scheduled").any()


# -- a price of several digits after "at" ----------------------------------------------------
def test_a_market_line_at_a_price_of_several_digits():
    f = rows("The loonie is trading at 71.85 U.S. cents. Oil rose.")
    assert containing(f, "The loonie is trading at 71.85")["kind"] == "market"
    f = rows("The rand closed Friday at 18.42 per dollar.")
    line = containing(f, "The rand closed Friday at 18.42")
    assert line["kind"] == "market"
    assert line["date"] == pd.Timestamp("2026-03-06")


# -- orders, and a central bank's move by its size, are policy objects -----------------------
def test_orders_and_a_cut_by_a_quarter_point_are_acts():
    f = rows("In January, the Treasury issued similar orders against two exchange houses.")
    act = containing(f, "issued similar orders")
    assert act["kind"] == "action"
    assert act["date"] == pd.Timestamp("2026-01-01")
    f = rows("The Central Bank of Patria had cut by a quarter point at its previous meeting, on Feb. 5.")
    act = containing(f, "cut by a quarter point")
    assert act["kind"] == "action"
    assert act["date"] == pd.Timestamp("2026-02-05")


def test_odds_of_a_quarter_point_move_are_no_act():
    f = rows("Swaps traders on Friday raised the odds of a quarter-point increase in April.")
    assert not (f["kind"] == "action").any()


# -- a calendar's present tense: "speaks", "presents" ----------------------------
def test_a_speech_told_in_the_present_tense_is_scheduled():
    f = rows("Richmond Fed President Ola Brandt speaks in Baltimore this evening.")
    event = containing(f, "speaks in Baltimore")
    assert (event["kind"], event["speaker"]) == ("scheduled", "Ola Brandt")
    assert event["date"] == pd.Timestamp(PUB)
    f = rows("Treasurer Mia Holt presents the budget on Thursday.")
    event = containing(f, "presents the budget")
    assert event["kind"] == "scheduled"
    assert event["date"] == pd.Timestamp("2026-03-12")


# -- a question-and-answer interview: "Q:" asks, "A:" is the person the intro names ----------
QA = """INTERVIEW | Trade | Andes

Patria will keep its copper levy, minister says

By Lena Ortiz, Lima
12 March 2026

Patria will not drop its export levy on copper concentrate this year, Mining Minister Tomas Quispe told MetalsDaily in an interview. The interview, conducted in Lima on Monday, has been edited for length.

Q: Will the levy stay?

A: Yes. The levy stays at 4% for the rest of the year, whatever the buyers say to us.

But we are listening to them. Our officials will meet the smelters again next month to talk about a rebate for new contracts.

Q: What about the talks with Washington?

A: We sent our proposal to the US trade office two weeks ago and we are waiting for an answer from them.
"""


def test_the_answers_of_a_question_and_answer_interview_are_the_guests_quotes():
    f = rows(QA, published="2026-03-12")
    levy = containing(f, "The levy stays at 4%")
    assert (levy["kind"], levy["speaker"]) == ("quote", "Tomas Quispe")
    assert levy["date"] == pd.Timestamp("2026-03-09")  # the interview day
    more = containing(f, "But we are listening to them")  # an answer's second paragraph
    assert more["speaker"] == "Tomas Quispe"
    assert not f["speaker"].isin(["Lena Ortiz", "Andes"]).any()
    assert not f["text"].str.startswith("Will the levy stay").any()


# -- a podcast recorded before the day it is released; two hosts ----------------------------
PODCAST = """MARKET HOUR

Episode 88: A rate cut and a quiet Friday

Tidewater Audio | March 16, 2026

[This episode was recorded on Friday, March 13, after the close, and released on Monday.]

ANA ROSS: Welcome to Market Hour. I'm Ana Ross.

LEO VANCE: And I'm Leo Vance. Busy end to the week, Ana.

ROSS: It was. The S&P 500 rose 0.8% today after the jobs report. Leo, what about the Fed?

VANCE: Fed Governor Mara Quinn said yesterday in Denver that she would back a cut in April.

ROSS: We have a guest. Welcome, Sam Ortiz.

SAM ORTIZ: Thanks. The labor market is cooling faster than most people realize.

ROSS: Sam, will the bank move again in June?

ORTIZ: I doubt it. They will want to see two more inflation reports first.
"""


def test_a_podcast_recorded_before_its_release_reads_its_days_from_the_recording():
    f = rows(PODCAST, published="2026-03-16")
    market = containing(f, "The S&P 500 rose 0.8% today")
    assert market["date"] == pd.Timestamp("2026-03-13")  # the recording's "today"
    quinn = containing(f, "said yesterday in Denver")
    assert quinn["speaker"] == "Mara Quinn"
    assert quinn["date"] == pd.Timestamp("2026-03-12")


def test_a_second_host_who_introduces_himself_is_no_guest():
    f = rows(PODCAST, published="2026-03-16")
    assert not (f["speaker"] == "Leo Vance").any()
    guest = containing(f, "The labor market is cooling faster")
    assert (guest["kind"], guest["speaker"]) == ("quote", "Sam Ortiz")


# -- a session a market line compares with is not its day -----------------------------------
def test_little_changed_from_a_weekdays_close_keeps_the_days_own_date():
    f = rows(
        "The central bank cut its rate on Wednesday morning. The krone weakened after the "
        "announcement. By the afternoon the euro was trading at 7.46 kroner, little changed "
        "from Tuesday's close.",
    )
    line = containing(f, "little changed from Tuesday's close")
    assert line["date"] == pd.Timestamp(PUB)
    f = rows("Stocks closed higher on Tuesday. The index ended Tuesday's session up 0.3%.")
    assert containing(f, "ended Tuesday's session")["date"] == pd.Timestamp("2026-03-10")


# -- a remark "an hour later" is of the event told before it --------------------------------
def test_a_news_conference_an_hour_later_takes_the_events_day():
    f = rows(
        "The Nordland central bank lowered its policy rate to 1.5% on Tuesday.\n\n"
        '"We do not take this step lightly," Governor Ida Berg told a news conference an '
        'hour later. "The krone has been too strong for too long."'
    )
    quote = containing(f, "We do not take this step lightly")
    assert quote["speaker"] == "Ida Berg"
    assert quote["date"] == pd.Timestamp("2026-03-10")
