"""Families of speaker errors on the names of bodies, found across the blind rounds' remaining
misses and fixed by general rules; tested here on made-up sentences of the same shape."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-11"  # a Wednesday


rows = partial(statement_rows, published=PUB)


# -- a body whose name holds a list of portfolios: its commas set off no apposition -----------
def test_a_ministry_named_by_a_list_of_portfolios_is_one_speaker():
    f = rows(
        "Japan's Ministry of Economy, Trade and Industry said on Monday that it would tighten "
        "export controls on chip equipment."
    )
    row = containing(f, "would tighten")
    assert row["speaker"] == "Japan's Ministry of Economy, Trade and Industry"
    assert row["date"] == pd.Timestamp("2026-03-09")


def test_a_list_of_portfolios_after_the_article_and_with_the():
    f = rows(
        "Separately, the Department of Agriculture, Water and the Environment said in a "
        "statement on Tuesday that the ban would stay."
    )
    assert containing(f, "the ban would stay")["speaker"] == (
        "Department of Agriculture, Water and the Environment"
    )


def test_a_committee_named_by_a_list_of_portfolios_acts():
    f = rows(
        "The city's Finance, Audit and Public Safety Committee voted 5-2 on Wednesday to "
        "approve the levy."
    )
    assert containing(f, "voted 5-2")["speaker"] == "Finance, Audit and Public Safety Committee"


def test_a_list_of_people_before_a_cue_stays_a_list_of_people():
    # no body's head noun: the commas separate speakers, the last one's cue is read as before
    f = rows("Sen. Ann Lo, Rep. Bo Diaz and Gov. Cy Park said on Tuesday that the bill was dead.")
    assert containing(f, "the bill was dead")["speaker"] == "Ann Lo"
    f = rows(
        "The Departments of State, Treasury and Commerce said on Monday that sanctions would "
        "follow."
    )
    assert containing(f, "sanctions would")["speaker"] == "Departments of State, Treasury and Commerce"


# -- "China's commerce ministry" is not the other country's ministry named before ------------
def test_another_countrys_ministry_is_not_the_one_named_before():
    f = rows(
        "South Korea's Ministry of Trade, Industry and Energy said on Monday that it would "
        "seek talks. China's commerce ministry said Tuesday that it firmly opposes the U.S. "
        "measures. The ministry added that it would respond in kind."
    )
    assert containing(f, "firmly opposes")["speaker"] == "China's commerce ministry"
    assert containing(f, "respond in kind")["speaker"] == "China's commerce ministry"


def test_the_same_countrys_ministry_is_the_one_named_before():
    f = rows(
        "Japan's Ministry of Finance said on Monday it was watching the yen closely. Japan's "
        "finance ministry said on Tuesday it stood ready to act."
    )
    assert containing(f, "stood ready")["speaker"] == "Japan's Ministry of Finance"


# -- an opening adverb of place is no speaker ------------------------------------------------
def test_an_opening_adverb_of_place_is_not_the_actor():
    f = rows(
        "Overseas, the Bank of Japan raised its policy rate to 1% on Friday. Elsewhere, the "
        "Reserve Bank of Australia held rates on Tuesday. Back in Washington, Sen. Ann Lo said "
        "on Monday the bill was dead. Closer to home, the Bank of Canada cut rates on Tuesday."
    )
    assert containing(f, "raised its policy rate")["speaker"] == "Bank of Japan"
    assert containing(f, "held rates")["speaker"] == "Reserve Bank of Australia"
    assert containing(f, "the bill was dead")["speaker"] == "Ann Lo"
    assert containing(f, "cut rates")["speaker"] == "Bank of Canada"


# -- a nationality before a role: the person the article named in that role -----------------
def test_the_irish_economist_is_the_economist_named_before():
    f = rows(
        "The move had been expected. Ana Ruiz, the bank's chief economist and a member of its "
        "six-person executive board, said last week that cuts were near. In the same "
        "interview, the Spanish economist warned that the path would be bumpy."
    )
    row = containing(f, "the path would be bumpy")
    assert row["speaker"] == "Ana Ruiz"
    assert row["date"] == pd.Timestamp("2026-03-02")  # the same interview, last week


# -- some of a body's members act for it -----------------------------------------------------
def test_some_of_the_members_of_a_committee_act_for_it():
    f = rows(
        "Six of the nine members of the Monetary Policy Committee voted to hold on Thursday. "
        "Seven of the 12 members of the Federal Open Market Committee voted to cut on Wednesday."
    )
    assert containing(f, "Six of the nine")["speaker"] == "Monetary Policy Committee"
    assert containing(f, "Seven of the 12")["speaker"] == "Federal Open Market Committee"


# -- an adjective of place in an apposition is no name -----------------------------------------
def test_a_place_adjective_in_an_apposition_is_not_the_speaker():
    f = rows("MARTA, the Atlanta-area transit authority, said Thursday it would cut service.")
    assert containing(f, "would cut service")["speaker"] == "MARTA"


# -- a verb joined to the one before shares its subject ----------------------------------------
def test_a_coordinated_verb_shares_the_pronoun_subject_of_its_clause():
    f = rows(
        "Ana Ruiz spoke on Sunday. In an interview on Sunday she ruled out raising income tax, "
        "National Insurance or VAT, but refused to say more."
    )
    row = containing(f, "she ruled out")
    assert row["speaker"] == "Ana Ruiz"
    assert row["date"] == pd.Timestamp("2026-03-08")


# -- "the bank", "the Bank": the body of that head noun the article named in full -------------
def test_the_bank_after_its_acronym_is_the_bank_named_in_full_before():
    f = rows(
        "Officials from the finance ministry and the Bank of Japan met late Thursday. Governor "
        "Ken Ito said on Friday the bank would act. The BOJ kept its policy rate at 1% at its "
        "meeting this month. The bank's next policy meeting is scheduled for July 30-31."
    )
    assert containing(f, "next policy meeting")["speaker"] == "Bank of Japan"


def test_the_bank_with_a_capital_is_the_bank_named_before():
    f = rows(
        "The Bank of England's committee voted 7-2 on Thursday to keep Bank Rate on hold. The "
        "Bank cut rates last month for the third time this year."
    )
    assert containing(f, "The Bank cut rates")["speaker"] == "Bank of England"


# -- an intervention in the currency market is a policy act ------------------------------------
def test_an_intervention_in_the_currency_market_is_an_act_of_the_body():
    f = rows(
        "TOKYO -- Japan's Ministry of Finance intervened in the foreign exchange market on "
        "Friday to support the yen. The Swiss National Bank intervened in currency markets on "
        "Tuesday."
    )
    row = containing(f, "Ministry of Finance intervened")
    assert (row["kind"], row["speaker"]) == ("action", "Japan's Ministry of Finance")
    assert row["date"] == pd.Timestamp("2026-03-06")
    row = containing(f, "Swiss National Bank")
    assert (row["kind"], row["speaker"]) == ("action", "Swiss National Bank")
