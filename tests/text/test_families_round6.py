"""Error families of the sixth blind round (tests/data/blind_round6), each fixed by a general
rule and tested here on made-up sentences of the same shape (never the round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import statement_rows

from toolkit.text.speakers import split_title

PUB = "2026-03-13"  # a Friday


rows = partial(statement_rows, published=PUB)


def day(value: str) -> pd.Timestamp:
    return pd.Timestamp(value)


# -- local and official titles before a name are titles, not part of the name --------------
def test_local_titles_before_a_name_are_split_off():
    assert split_title("County Auditor Lena Ochoa") == ("County Auditor", "Lena Ochoa")
    assert split_title("Councilman Theo Brandt") == ("Councilman", "Theo Brandt")
    assert split_title("Fifth Ward Alderwoman Rosa Penn") == ("Fifth Ward Alderwoman", "Rosa Penn")
    assert split_title("Town Manager Ed Kowal") == ("Town Manager", "Ed Kowal")


def test_a_local_official_with_a_title_is_the_speaker():
    text = (
        "County Treasurer Mina Vogt told the board on Tuesday that the levy would fall short.\n"
        "\n"
        "Councilwoman Dora Lind said on Wednesday that she would vote against the plan.\n"
    )
    assert rows(text)["speaker"].tolist() == ["Mina Vogt", "Dora Lind"]


def test_a_month_abbreviation_before_a_name_is_no_speaker():
    text = (
        "Dora Lind chairs the panel.\n"
        "\n"
        "In a letter to the board dated Oct. 3, Lind wrote that the levy would fall short.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Dora Lind"]
    assert frame["date"].tolist() == [day("2025-10-03")]


# -- a participle that opens the sentence is not the speaker -------------------------------
def test_a_participial_opener_is_not_the_speaker():
    text = (
        "Speaking at the annual banking conference in Zurich on Wednesday, Finance Minister "
        "Karl Obst told an audience that rates would stay where they are.\n"
        "\n"
        "Nora Blix, the central bank's governor, spoke next. Asked whether the bank was "
        "worried about the franc, she replied that the exchange rate was no target.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Karl Obst", "Nora Blix"]
    assert frame["date"].iloc[0] == day("2026-03-11")


# -- transcripts: speaker turns and the day of the interview -------------------------------
TRANSCRIPT = (
    "The following is a transcript of an interview with Finance Minister Lena Ochoa, recorded "
    "Wednesday in her office and broadcast Friday.\n"
    "\n"
    "TOM REYES: Minister Ochoa, welcome to the program.\n"
    "\n"
    "MINISTER OCHOA: Thank you for having me.\n"
    "\n"
    "REYES: The budget office said on Monday that the deficit would widen. Is it right?\n"
    "\n"
    "MINISTER OCHOA: The deficit will narrow over the next two years. We have cut spending "
    "in every department.\n"
    "\n"
    "REYES: When do you present the plan?\n"
    "\n"
    "MINISTER OCHOA: I'll be presenting it to parliament on March 24. But today, sitting "
    "here, I can tell you that taxes will not go up.\n"
    "\n"
    "REYES: Minister, thank you.\n"
)


def test_a_guest_turn_is_a_quote_of_the_guest():
    frame = rows(TRANSCRIPT)
    guest = frame[frame["speaker"] == "Lena Ochoa"]
    texts = guest["text"].tolist()
    # (the turn's label is no part of the statement's text)
    assert any(t.startswith("The deficit will narrow") for t in texts)
    assert not any("Thank you" in t for t in texts)  # a courtesy is no statement
    assert "Tom Reyes" not in frame["speaker"].tolist()  # the host asks, he states nothing
    host = frame[frame["text"].str.startswith("The budget office said")]
    assert host["date"].tolist() == [day("2026-03-09")]  # what the host reports stays


def test_a_guest_remark_is_of_the_interview_day():
    frame = rows(TRANSCRIPT).set_index("text")
    narrow = frame.filter(like="The deficit will narrow", axis=0)
    assert narrow["date"].tolist() == [day("2026-03-11")]  # "recorded Wednesday"
    assert narrow["date_source"].tolist() == ["inherited"]
    today = frame.filter(like="But today, sitting here", axis=0)
    assert today["date"].tolist() == [day("2026-03-11")]  # the guest's "today"
    plan = frame.filter(like="I'll be presenting it", axis=0)
    assert plan["kind"].tolist() == ["scheduled"]  # a later day: an announced event
    assert plan["date"].tolist() == [day("2026-03-24")]


def test_labels_that_do_not_recur_are_no_turns():
    text = (
        "ANALYSIS: Rates will stay high for the rest of the year.\n"
        "\n"
        "BACKGROUND: The central bank has held rates since the spring.\n"
        "\n"
        "OUTLOOK: Growth should pick up once the new budget takes effect.\n"
    )
    assert rows(text).empty  # headings, not speakers: nobody says these


# -- market lines: closing levels, sessions and clauses of their own -----------------------
def test_closing_levels_and_sessions_are_market_lines():
    text = (
        "The 2-year Treasury yield ended Thursday at 3.81%.\n"
        "\n"
        "The Russell 2000 had finished Wednesday's session up just 0.2%.\n"
        "\n"
        "By Thursday's close, the index was up another 0.9%.\n"
        "\n"
        "The county's 20-year bonds traded at a yield of 4.4% on Wednesday.\n"
    )
    frame = rows(text)
    assert frame["kind"].tolist() == ["market"] * 4
    assert frame["date"].tolist() == [
        day("2026-03-12"),
        day("2026-03-11"),
        day("2026-03-12"),
        day("2026-03-11"),
    ]


def test_a_market_clause_of_another_session_is_its_own_line():
    text = (
        "Shares of carmakers fell 3% on Thursday, while Asian chip stocks had already slid in "
        "Seoul on Wednesday.\n"
        "\n"
        "The Dow rose 1% on Thursday, and the Nasdaq climbed 2%.\n"
    )
    frame = rows(text)
    assert frame["kind"].tolist() == ["market"] * 3
    assert frame["date"].tolist() == [day("2026-03-12"), day("2026-03-11"), day("2026-03-12")]
    assert frame["text"].iloc[2].endswith("the Nasdaq climbed 2%.")  # one session, one line


# -- scheduled events with no verb of saying -----------------------------------------------
def test_a_calendar_event_in_the_present_tense_is_scheduled():
    text = (
        "The Bank of Canada meets again on April 15, a week after the Fed.\n"
        "\n"
        "Trade negotiators from both sides meet in Vienna next week.\n"
        "\n"
        "The Senate Banking Committee will mark up the bill on Tuesday.\n"
    )
    frame = rows(text)
    assert frame["kind"].tolist() == ["scheduled"] * 3
    assert frame["date"].tolist() == [day("2026-04-15"), day("2026-03-16"), day("2026-03-17")]
    assert frame["speaker"].iloc[0] == "Bank of Canada"
    assert frame["speaker"].iloc[2] == "Senate Banking Committee"


def test_a_habit_or_a_noun_is_no_announcement():
    text = (
        "The council meets every Tuesday.\n"
        "\n"
        "The panel had cleared the measure by seven votes to six the day before.\n"
    )
    assert "scheduled" not in rows(text)["kind"].tolist()


def test_an_announced_event_in_a_relative_clause_is_its_own_statement():
    text = (
        "The county's budget committee voted 5-2 on Wednesday to send the levy to the full "
        "board, which is scheduled to vote next Tuesday.\n"
    )
    frame = rows(text)
    assert frame["kind"].tolist() == ["action", "scheduled"]
    assert frame["date"].tolist() == [day("2026-03-11"), day("2026-03-17")]
    assert frame["speaker"].iloc[1] == "board"
    assert frame["text"].iloc[1].startswith("the full board, which is scheduled")


# -- bodies as actors ----------------------------------------------------------------------
def test_a_cue_in_the_object_of_an_act_leaves_the_act_to_its_subject():
    text = (
        "The Assembly voted 61-38 on Wednesday to end the state of emergency Governor Ana "
        "Ruiz declared in March.\n"
        "\n"
        "The Canadian dollar will rise in July, strategist Bo Lind said on Tuesday.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Assembly", "Bo Lind"]
    assert frame["kind"].tolist() == ["action", "paraphrase"]


def test_bodies_and_their_acts():
    text = (
        "The State Department separately imposed visa bans on 11 executives.\n"
        "\n"
        "The Senate Foreign Relations Committee will mark up a bill on Thursday.\n"
        "\n"
        "The justices heard arguments in the case in January, and a ruling is expected "
        "before the summer.\n"
        "\n"
        "A rule the House adopted in January blocks expedited votes.\n"
        "\n"
        "Commerce added five port operators to its entity list late Monday.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == [
        "State Department",
        "Senate Foreign Relations Committee",
        "justices",
        "House",
        "Commerce",
    ]
    assert frame["kind"].tolist() == ["action", "scheduled", "action", "action", "action"]
    assert frame["date"].iloc[2] == day("2026-01-01")  # past: the ruling's tense is its own
    assert frame["date"].iloc[4] == day("2026-03-09")


# -- who the speaker is: relative clauses, role clauses, reporting lines -------------------
def test_a_relative_who_takes_the_name_before_it():
    text = (
        "The only no vote came from Councilwoman Dora Lind, who said on Thursday that the "
        "levy was too high.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Dora Lind"]
    assert frame["date"].tolist() == [day("2026-03-12")]


def test_a_role_and_a_name_in_commas_start_a_clause_of_their_own():
    text = (
        "The central bank held its benchmark rate at 3% last month, and its governor, Nora "
        "Blix, said at the time that the bank could wait.\n"
        "\n"
        "Lindqvist said Thursday that rates were too high, and the president's economic "
        "adviser, Tom Vale, said on Wednesday that housing was suffering.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["bank", "Nora Blix", "Lindqvist", "Tom Vale"]
    assert frame["date"].iloc[3] == day("2026-03-11")


def test_reports_to_and_added_to_are_no_speech():
    text = (
        "Dora Lind, who was appointed in 2021 and reports to the board, repeated the warning "
        "to the committee on Wednesday.\n"
        "\n"
        "She added that the levy was too high.\n"
    )
    frame = rows(text)
    assert frame["date"].iloc[0] == day("2026-03-11")  # the warning's day, not 2021
    assert frame["kind"].tolist() == ["paraphrase"] * len(frame)


def test_speech_cues_that_take_no_article():
    text = (
        "Iran's foreign ministry called the sanctions “economic piracy” on Tuesday.\n"
        "\n"
        "Dora Lind chairs the panel. Lind recommended on Wednesday that the board delay the "
        "levy.\n"
    )
    frame = rows(text)
    assert frame["speaker"].tolist() == ["ministry", "Dora Lind"]
    assert frame["date"].tolist() == [day("2026-03-10"), day("2026-03-11")]


# -- undated statements that belong to an occasion ---------------------------------------
def test_a_sentence_that_names_a_day_dates_what_follows_in_its_paragraph():
    text = (
        "The trouble started last Sunday. In a post online, President Ana Ruiz threatened a "
        "20% tariff on imported steel.\n"
        "\n"
        "The real turn came after the bell Thursday. The ministry said in a statement that "
        "talks would resume. Futures jumped in after-hours trading.\n"
    )
    frame = rows(text)
    assert frame["date"].tolist() == [day("2026-03-08"), day("2026-03-12"), day("2026-03-12")]
    assert frame["date_source"].tolist() == ["inherited"] * 3


def test_a_remark_before_the_roll_call_and_a_voter_are_of_the_vote():
    text = (
        "The Senate voted 52-48 on Thursday to repeal the levy.\n"
        "\n"
        "Sen. Ann Lo, who forced the vote, said on the floor before the roll call that the "
        "levy was a tax on families.\n"
        "\n"
        "Sen. Bo Diaz voted no and argued that the repeal sent the wrong signal.\n"
    )
    frame = rows(text)
    assert frame["date"].tolist() == [day("2026-03-12")] * 3
    assert frame["date_source"].tolist() == ["explicit", "inherited", "inherited"]


def test_a_brief_bullet_under_a_lead_of_the_day_is_of_that_day():
    text = (
        "The Treasury on Friday sanctioned three refineries that it says bought Iranian oil.\n"
        "\n"
        "What they're saying:\n"
        "• Sen. Ana Diaz (R-Okla.): “This should have happened a year ago.”\n"
        "\n"
        "Ana Diaz wants more. “We will keep pushing,” she told reporters.\n"
    )
    frame = rows(text).set_index("text")
    bullet = frame.filter(like="This should have happened", axis=0)
    assert bullet["date"].tolist() == [day("2026-03-13")]
    later = frame.filter(like="We will keep pushing", axis=0)
    assert later["date"].isna().all()  # not a bullet: no date the text gives


def test_a_market_line_on_the_day_is_of_the_statement_before():
    text = (
        "Katrin Vos said Tuesday that the bloc would respond. The euro fell 0.7% against "
        "the dollar on the day.\n"
    )
    frame = rows(text)
    assert frame["date"].tolist() == [day("2026-03-10"), day("2026-03-10")]


def test_the_host_tells_what_the_guest_said():
    frame = rows(
        TRANSCRIPT.replace(
            "REYES: When do you present the plan?",
            "REYES: You gave a speech on Tuesday in which you said taxes would rise.",
        )
    )
    told = frame[frame["text"].str.startswith("You gave a speech")]
    assert told["speaker"].tolist() == ["Lena Ochoa"]
    assert told["kind"].tolist() == ["paraphrase"]
    assert told["date"].tolist() == [day("2026-03-10")]


def test_a_guest_turn_runs_as_one_quote_and_a_correspondent_is_no_guest():
    text = (
        "ANNA REYES, HOST: Good morning. What is the news from the capital?\n"
        "\n"
        "TOM LEE, CORRESPONDENT: The ministry said on Sunday that the tariff would stay. "
        "Exporters are worried.\n"
        "\n"
        "REYES: What did the minister say?\n"
        "\n"
        "LENA OCHOA (recording): The tariff stays in place. We will not bargain it away "
        "for a trade deal.\n"
        "\n"
        "LEE: That was the minister on Sunday.\n"
    )
    frame = rows(text)
    assert "Tom Lee" not in frame["speaker"].tolist()
    quotes = frame[frame["speaker"] == "Lena Ochoa"]
    assert len(quotes) == 1 and quotes["text"].iloc[0].endswith("for a trade deal.")


def test_a_vote_in_an_aside_does_not_date_a_statement():
    text = (
        "The Senate voted 52-48 on Thursday to repeal the levy.\n"
        "\n"
        "Sen. Bo Diaz, who voted for the repeal, said in a statement that the levy was bad "
        "policy.\n"
    )
    frame = rows(text)
    assert frame["date"].iloc[0] == day("2026-03-12")
    assert frame["date"].iloc[1:].isna().all()
