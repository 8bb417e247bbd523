"""Error families found after the twenty-third blind round, each fixed by a general rule and
tested here on made-up sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit import resolve_dates

PUB = "2026-03-04"  # a Wednesday

rows = partial(statement_rows, published=PUB)


# -- "Growth will recover, the bank said": a short clause before a trailing attribution ----
def test_a_short_clause_before_a_trailing_description_is_that_bodys():
    f = rows(
        "SEOUL, March 4 - South Korea raised duties on steel on Wednesday, the finance "
        "ministry said.\n\n"
        "The new duties will hurt exporters, the ministry said.\n\n"
        "Growth will recover, the central bank said on Tuesday.\n\n"
        "Ana Ruiz, the finance minister, said the duties would stay."
    )
    assert containing(f, "hurt exporters")["speaker"] == "ministry"
    recover = containing(f, "Growth will recover")
    assert "bank" in recover["speaker"] and recover["date"] == pd.Timestamp("2026-03-03")
    # a name before its apposition is still the subject
    assert containing(f, "would stay")["speaker"] == "Ana Ruiz"


# -- "Moody's Investors Service": a capitalised group noun inside a longer name -------------
def test_a_group_noun_inside_a_longer_proper_name_keeps_the_whole_name():
    f = rows(
        "Moody's Investors Service said on Monday it could downgrade the sovereign rating.\n\n"
        "House Democrats said on Tuesday they would oppose the budget."
    )
    assert containing(f, "downgrade")["speaker"] == "Moody's Investors Service"
    assert containing(f, "oppose")["speaker"] == "House Democrats"


# -- "a fortnight ago", and "last weekend" said on a weekend ------------------------------
def test_a_fortnight_ago_is_the_week_two_weeks_back():
    found = resolve_dates("A fortnight ago the budget office warned.", published=PUB)
    assert found["text"].tolist() == ["A fortnight ago"]
    assert (found["date"].iloc[0], found["date_end"].iloc[0]) == (
        pd.Timestamp("2026-02-16"),
        pd.Timestamp("2026-02-22"),
    )
    earlier = resolve_dates("The bank cut on Friday. A fortnight earlier, it held.", published=PUB)
    assert earlier["date"].tolist()[-1] == pd.Timestamp("2026-02-13")


def test_last_weekend_said_on_a_saturday_is_the_weekend_before():
    saturday = "2026-03-07"
    last = resolve_dates("The union said last weekend it would strike.", published=saturday)
    assert last["date"].iloc[0] == pd.Timestamp("2026-02-28")
    # "this weekend" on a Saturday is the present one
    this = resolve_dates("The union will meet this weekend.", published=saturday)
    assert this["date"].iloc[0] == pd.Timestamp("2026-03-07")


# -- "Industry body CII", "trade body UK Finance": a body after the noun telling what it is -----
def test_a_body_named_by_its_acronym_after_a_describing_noun_is_that_body():
    f = rows(
        "The central bank on Wednesday cut the reserve ratio by 50 basis points.\n\n"
        "Industry body CII welcomed the cut on Wednesday.\n\n"
        "Trade body UK Finance said on Tuesday that lending would pick up.\n\n"
        "Ratings agency S&P Global said on Monday the cut was credit positive."
    )
    assert containing(f, "welcomed")["speaker"] == "CII"
    assert containing(f, "lending")["speaker"] == "UK Finance"
    assert containing(f, "credit positive")["speaker"] == "S&P Global"


# -- a press conference printed in ordinary case: roles before names, reporters who ask --------
PRESS_CONFERENCE = (
    "The ministry held its monthly press conference in Lima on the afternoon of March 3, "
    "chaired by Minister of Economy Rosa Quispe Mamani.\n\n"
    "Minister of Economy Rosa Quispe Mamani: This morning the cabinet approved the fuel "
    "subsidy for another quarter. We will publish the decree on March 10.\n\n"
    "Reporter Luis Ortega Paz (Diario Sur): Yesterday the central bank said it was concerned "
    "about the deficit. Is the subsidy affordable?\n\n"
    "Deputy Minister of Finance and Treasury Ana Lucía Ñahui: It is. I dissented from the "
    "first draft because it had no end date, but the final text caps the cost.\n\n"
    "Reporter Marta Soto Rivas (Radio Andina): When will the subsidy end?\n\n"
    "Minister of Economy Rosa Quispe Mamani: We have not decided. The cabinet meets again "
    "next month."
)


def test_a_press_conference_in_ordinary_case_has_turns_and_its_day():
    f = rows(PRESS_CONFERENCE)
    # the reporter's question tells what the bank said: the bank's remark, not the reporter's
    bank = containing(f, "concerned about the deficit")
    assert "Ortega" not in bank["speaker"] and bank["date"] == pd.Timestamp("2026-03-02")
    assert not f["speaker"].fillna("").str.contains("Ortega|Soto").any()
    # a guest's own "I dissented ..." is the guest's quote, said on the day of the conference
    dissent = containing(f, "I dissented")
    assert (dissent["speaker"], dissent["kind"]) == ("Ana Lucía Ñahui", "quote")
    assert dissent["date"] == pd.Timestamp("2026-03-03")
    # a label's role runs over several words, with "of" and "and"; the label is not the text
    assert not f["text"].str.startswith(("Minister of", "Deputy Minister", "Reporter")).any()
    decree = containing(f, "publish the decree")
    assert (decree["speaker"], decree["kind"]) == ("Rosa Quispe Mamani", "scheduled")
    assert decree["date"] == pd.Timestamp("2026-03-10")


# -- "raised the rate at today's rate-setting meeting": the act's own occasion -----------------
def test_a_possessive_day_after_at_is_the_acts_occasion():
    f = rows(
        "The Monetary Council raised the base rate by 125 basis points at today's rate-setting "
        "meeting, less than most had expected.\n\n"
        "The forint recovered after Monday's rout."
    )
    assert containing(f, "raised the base rate")["date"] == pd.Timestamp("2026-03-04")


# -- a currency pair, an auction in the present tense, "notes" as securities -------------------
def test_a_currency_pair_moves_and_an_auction_in_the_present_is_to_come():
    f = rows(
        "The central bank raised its base rate on Wednesday.\n\n"
        "EUR/HUF dropped through 405 within minutes of the decision.\n\n"
        "The Government Debt Management Agency (AKK) auctions 3-, 5- and 10-year bonds on "
        "Friday.\n\n"
        "The Treasury sells $58 billion of three-year notes next week."
    )
    pair = containing(f, "EUR/HUF")
    assert (pair["kind"], pair["speaker"]) == ("market", None)
    auction = containing(f, "auctions")
    assert (auction["kind"], auction["speaker"]) == (
        "scheduled",
        "Government Debt Management Agency",
    )
    assert auction["date"] == pd.Timestamp("2026-03-06")
    sale = containing(f, "three-year notes")  # the securities, no stance of "notes"
    assert (sale["kind"], sale["date"]) == ("scheduled", pd.Timestamp("2026-03-09"))


def test_tuesday_week_is_a_week_after_the_coming_tuesday():
    found = resolve_dates("The bill's final vote is set for Tuesday week.", published=PUB)
    assert found["text"].tolist() == ["Tuesday week"]
    assert found["date"].iloc[0] == pd.Timestamp("2026-03-17")  # (PUB is a Wednesday)
    # said on that weekday, a week from the day
    same = resolve_dates("They meet again Wednesday week.", published=PUB)
    assert same["date"].iloc[0] == pd.Timestamp("2026-03-11")
    # a weekday then a sentence about weeks is no such phrase
    apart = resolve_dates("It happened on Tuesday. Week-long talks follow.", published=PUB)
    assert apart["date"].iloc[0] == pd.Timestamp("2026-03-03")


# -- a week-ahead entry after its weekday; a body named by two portfolios -----------------------
def test_a_week_ahead_entry_opened_by_its_weekday_and_date_is_of_that_day():
    f = rows(
        "The central bank cut its policy rate on Monday.\n\n"
        "THE WEEK AHEAD\n\n"
        "Tue 10 March — The Senate Finance Committee questions the central bank governor, "
        "10.00 a.m.\n\n"
        "Wednesday, March 11 — The Central Bank of Lanka auctions 170 billion of Treasury bills."
    )
    question = containing(f, "questions the central bank")
    assert (question["kind"], question["date"]) == ("scheduled", pd.Timestamp("2026-03-10"))
    auction = containing(f, "auctions")
    assert (auction["kind"], auction["date"]) == ("scheduled", pd.Timestamp("2026-03-11"))


def test_a_body_named_by_two_portfolios_is_one_body():
    f = rows(
        "The Department of Health and Human Services said on Monday it would cut the fees.\n\n"
        "The Department of Census and Statistics said on Tuesday that prices rose.\n\n"
        "Office of Management and Budget Director Ana Ruiz said on Tuesday the plan was sound."
    )
    assert containing(f, "cut the fees")["speaker"] == "Department of Health and Human Services"
    assert containing(f, "prices rose")["speaker"] == "Department of Census and Statistics"
    assert containing(f, "plan was sound")["speaker"] == "Ana Ruiz"


# -- "an IMF staff team ... said": a body's staff or team; "On the eve of" the occasion --------
def test_a_bodys_staff_team_speaks_and_the_eve_is_the_day_before_the_occasion():
    f = rows(
        "The regulator cut electricity tariffs by 20 per cent on Friday.\n\n"
        "On the eve of the announcement, an International Monetary Fund staff team ending a "
        "visit said prices must stay cost-reflective.\n\n"
        "The Bank of Israel's updated staff forecast, published with the decision, sees rates "
        "at 3.5% next year."
    )
    eve = containing(f, "cost-reflective")
    assert eve["speaker"] == "International Monetary Fund staff"
    assert eve["date"] == pd.Timestamp("2026-02-26")  # the Thursday before Friday 27 Feb
    # a "staff forecast" is no staff speaking
    assert containing(f, "staff forecast")["speaker"] != "staff"


# -- "Rs. 8", "the start of the month", a corporation, "submitted" -----------------------------
def test_a_price_rise_in_rupees_at_the_start_of_the_month_is_one_dated_act():
    f = rows(
        "The regulator cut electricity tariffs on Friday.\n\n"
        "At the start of the month, the Ceylon Petroleum Corporation (CPC) raised the price of "
        "a litre of diesel by Rs. 8 to Rs. 316, citing higher import costs.\n\n"
        "The board submitted its tariff revision proposal a fortnight ago."
    )
    diesel = containing(f, "diesel")
    assert diesel["text"].endswith("citing higher import costs.")  # "Rs." ends no sentence
    assert diesel["speaker"] == "Ceylon Petroleum Corporation"
    assert (diesel["date"], diesel["date_end"]) == (
        pd.Timestamp("2026-03-01"),
        pd.Timestamp("2026-03-31"),
    )
    proposal = containing(f, "submitted")
    assert (proposal["kind"], proposal["date"]) == ("action", pd.Timestamp("2026-02-16"))


def test_on_the_4th_is_that_day_of_this_month_or_the_next():
    found = resolve_dates("The cabinet will discuss it on the 4th.", published=PUB)
    assert found["date"].tolist() == [pd.Timestamp("2026-03-04")]  # (PUB is the 4th)
    later = resolve_dates("The regulator will publish prices on the 2nd.", published=PUB)
    assert later["date"].tolist() == [pd.Timestamp("2026-04-02")]  # passed: next month's
    past = resolve_dates("The deal was signed on the 20th.", published=PUB)
    assert past["date"].tolist() == [pd.Timestamp("2026-02-20")]  # to come: last month's
    assert resolve_dates("She won for the 4th time.", published=PUB).empty


# -- "Industry and Trade Minister X"; "the energy regulator" ----------------------------------
def test_two_portfolios_before_a_title_and_a_regulator_speak():
    f = rows(
        "The competition office fined four fuel wholesalers on Friday.\n\n"
        "Industry and Trade Minister Radek Hora said on Sunday that the fine was a signal.\n\n"
        "The energy regulator (ERU) said last week that bills would rise by about 5% next year."
    )
    assert containing(f, "a signal")["speaker"] == "Radek Hora"
    bills = containing(f, "bills would rise")
    assert bills["speaker"] == "regulator"
    assert bills["date"] == pd.Timestamp("2026-02-23")


# -- "Independent rolling mills warned": a trade's people; a chamber is a body ----------------
def test_a_trades_people_and_a_chamber_speak():
    f = rows(
        "The trade ministry imposed safeguard duties on steel billets on Wednesday.\n\n"
        "Independent rolling mills, which import billets, warned on Tuesday evening that rebar "
        "prices would rise.\n\n"
        "The Chamber of Metallurgical Industries welcomed the decision on Wednesday.\n\n"
        "Shares of steelmakers fell 2% on Wednesday."
    )
    assert containing(f, "rebar prices")["speaker"] == "Independent rolling mills"
    assert containing(f, "welcomed")["speaker"] == "Chamber of Metallurgical Industries"
    shares = containing(f, "Shares of steelmakers")  # a market line: no one speaks
    assert (shares["kind"], shares["speaker"]) == ("market", None)


def test_a_diary_entry_with_a_bare_month_abbreviation_is_dated():
    f = rows(
        "The competition office fined four firms on Friday.\n\n"
        "DIARY\n\n"
        "• Mon 9 Mar: Office chairman Jan Novak appears before the economic committee, 10:00."
    )
    entry = containing(f, "appears before")
    assert (entry["kind"], entry["speaker"], entry["date"]) == (
        "scheduled",
        "Jan Novak",
        pd.Timestamp("2026-03-09"),
    )
    assert resolve_dates("The board meets on 7 Nov.", published=PUB)["date"].tolist() == [
        pd.Timestamp("2026-11-07")
    ]


def test_a_scheduled_publication_keeps_its_day_not_the_year_its_prices_are_for():
    f = rows(
        "The energy regulator raised tariffs on Monday.\n\n"
        "The regulator will publish final regulated electricity prices for 2027 on the 2nd."
    )
    publish = containing(f, "will publish")
    assert (publish["kind"], publish["date"]) == ("scheduled", pd.Timestamp("2026-04-02"))


# -- "..., and a spokesperson for Gov. X called ...": a second statement in the sentence --------
def test_a_spokesperson_after_and_opens_a_statement_of_the_person():
    f = rows(
        "A judge blocked the levy on Wednesday.\n\n"
        "Attorney General Lisa Tran said her office would appeal the ruling, and a spokesperson "
        'for Gov. Marcus Reyes called the decision "disappointing but not surprising."'
    )
    assert containing(f, "would appeal")["speaker"] == "Lisa Tran"
    assert containing(f, "disappointing")["speaker"] == "Marcus Reyes"


# -- "A hearing ... is set for April 18 in the District Court of Appeal": the venue's body -------
def test_an_unnamed_event_held_in_a_named_body_is_that_bodys():
    f = rows(
        "The Legislature passed the levy in February by a vote of 52-27.\n\n"
        "A hearing on the state's appeal is set for April 18 in the 3rd District Court of "
        "Appeal.\n\n"
        "A vote on the repeal is scheduled for May 4 in the Senate."
    )
    assert containing(f, "hearing")["speaker"] == "District Court of Appeal"
    assert containing(f, "repeal")["speaker"] == "Senate"


def test_times_counted_forward_from_the_publication_day():
    def first(sentence):
        found = resolve_dates(sentence, published=PUB)
        return (found["date"].iloc[0], found["precision"].iloc[0]) if len(found) else None

    assert first("The minister said it the day before yesterday.") == (
        pd.Timestamp("2026-03-02"),
        "day",
    )
    assert first("The panel will decide in three days' time.") == (
        pd.Timestamp("2026-03-07"),
        "day",
    )
    assert first("The talks resume in two weeks.") == (pd.Timestamp("2026-03-16"), "week")
    assert first("The data are due a week from today.") == (pd.Timestamp("2026-03-11"), "day")
    assert first("The vote is the week after next.") == (pd.Timestamp("2026-03-16"), "week")
    assert first("Stocks rose 5% in two weeks.") is None  # a duration in the past


# -- an interview printed with its questions in capitals and the answers under a surname ---------
INTERVIEW = (
    "Power bills will rise again this year, Second Vice Minister of Trade, Industry and "
    "Energy Park Min-ho said.\n\n"
    "In an interview with The Daily Ledger at the ministry on Friday, Park said the "
    "government would settle the rate by the end of next month.\n\n"
    "DID THE GOVERNMENT MOVE TOO LATE ON PRICES?\n\n"
    "Park: I understand the anger. The day before yesterday, the cabinet decided to double "
    "the heating voucher for this winter.\n\n"
    "SO WILL RATES GO UP AGAIN?\n\n"
    "Park: An adjustment is unavoidable. But we will not raise bills all at once.\n\n"
    "(Editor's note: The ministry said on Monday that a meeting had been postponed.)"
)


def test_an_interview_with_questions_in_capitals_has_the_guests_answers():
    f = rows(INTERVIEW)
    # a title whose portfolio is a list with commas, then the name
    assert containing(f, "rise again")["speaker"] == "Park Min-ho"
    anger = containing(f, "I understand the anger")
    assert (anger["speaker"], anger["kind"]) == ("Park Min-ho", "quote")
    assert anger["date"] == pd.Timestamp("2026-02-27")  # the interview's Friday
    voucher = containing(f, "heating voucher")  # the guest's day before yesterday
    assert voucher["date"] == pd.Timestamp("2026-02-25")
    assert containing(f, "unavoidable")["speaker"] == "Park Min-ho"
    # the questions are no one's statements, the editor's note is the ministry's
    assert not f["text"].str.contains("MOVE TOO LATE").any()
    assert containing(f, "postponed")["speaker"] == "ministry"


# -- "In a filing on SGXNet at 9.47pm on Friday, the company said": a long occasion, a company ---
def test_a_company_speaks_after_a_long_opening_occasion():
    f = rows(
        "The competition watchdog fined four concrete suppliers on Wednesday.\n\n"
        "In a filing on the exchange's website at 9.47pm on Monday, the company said the "
        "watchdog had issued a proposed infringement decision against it."
    )
    filing = containing(f, "infringement decision")
    assert (filing["speaker"], filing["date"]) == ("company", pd.Timestamp("2026-03-02"))


# -- a live blog's stamps in the outlet's own time; "has begun his budget speech" ----------------
def test_a_live_blogs_unzoned_stamps_give_the_part_of_the_day():
    f = rows(
        "Posts appear in the order they were written, oldest first.\n\n"
        "9.25am\nTreasurer on radio\n\n"
        "Treasurer Ann Kowal told reporters the budget would ask the wealthy to pay more.\n\n"
        "1.06pm\nOn her feet\n\n"
        'Ms Kowal has begun her budget speech. "This budget builds roads," she told the '
        "chamber.\n\n"
        "2.45pm\nLobby unhappy\n\n"
        "The Property Council said on Wednesday that the surcharge would drive investment away."
    )
    assert containing(f, "pay more")["time_of_day"] == "morning"
    speech = containing(f, "has begun")
    assert (speech["kind"], speech["speaker"], speech["time_of_day"]) == (
        "action",
        "Ann Kowal",
        "afternoon",
    )
    assert containing(f, "builds roads")["speaker"] == "Ann Kowal"
    # a blog that declares its stamps in another zone than New York's gives no part of the day
    london = rows(
        "Live coverage. All times GMT.\n\n"
        "14:40 — Minister speaks\n"
        "The minister said on Wednesday the tax would rise.\n\n"
        "15:10 — Reaction\n"
        "The union said on Wednesday it would strike."
    )
    assert london["time_of_day"].isna().all()


# -- '"...", the court held by 18 votes to 9'; "Nine judges ... they found that" ----------------
def test_a_courts_holding_and_its_dissenters_they():
    f = rows(
        'The levy was "a lawful response", the plenary of the Council of State held by 18 votes '
        "to 9 in its decision.\n\n"
        "Nine judges dissented. In the minority opinion, they found that the levy breached the "
        "principle of legal certainty.\n\n"
        "The ministry raised duties on Monday. They said it would help."
    )
    assert containing(f, "lawful response")["speaker"] == "Council of State"
    assert containing(f, "legal certainty")["speaker"] == "judges"
    # a "they" after another speaker is not the group's
    assert not f["text"].str.contains("They said it would help").any() or (
        containing(f, "They said")["speaker"] != "judges"
    )


def test_two_fridays_ago_is_the_friday_before_the_last():
    found = resolve_dates("It was served with the notice two Fridays ago.", published=PUB)
    assert found["date"].tolist() == [pd.Timestamp("2026-02-20")]  # (the last: 27 February)


def test_a_remark_told_to_the_chamber_is_of_the_sitting_the_lead_reports():
    f = rows(
        "Parliament on Tuesday night passed the VAT amendment bill, raising the rate to 17%.\n\n"
        "Moving the bill, Deputy Finance Minister Kwabena Mensah told the House that the increase "
        "would raise about 4 billion a year."
    )
    assert containing(f, "told the House")["date"] == pd.Timestamp("2026-03-03")


# -- "The Minister Delegate for the Budget"; "The governor" of a bank that names none ------------
def test_an_office_named_alone_and_an_unnamed_governor_speak():
    f = rows(
        "The Central Bank of Lanark kept its key rate at 2.25 per cent on Tuesday.\n\n"
        "The governor told a press conference later that afternoon that the bank would look "
        "through the price adjustment.\n\n"
        "The Minister Delegate for the Budget told parliament last month that the reform would "
        "go ahead."
    )
    assert containing(f, "look through")["speaker"] == "Central Bank of Lanark"
    assert containing(f, "reform would")["speaker"] == "Minister Delegate for the Budget"


# -- a week in review with its days as headings; "to the end of September"; a walkout ----------
def test_a_week_in_review_dates_each_days_entries():
    f = rows(
        "Here is what happened, day by day.\n\n"
        "Monday:\nEnergy Minister Chai Somboon warned that the fuel fund could not hold the "
        "price for ever.\n\n"
        "Tuesday:\nThe cabinet approved a three-month extension of the diesel cap, taking it to "
        "the end of September. Employers' representatives walked out before the vote.\n\n"
        "What to watch next week:\nThe central bank governor appears before the Senate's "
        "economic committee on Tuesday.",
        published="2026-03-07",  # a Saturday
    )
    assert containing(f, "for ever")["date"] == pd.Timestamp("2026-03-02")
    cap = containing(f, "diesel cap")
    assert (cap["kind"], cap["date"]) == ("action", pd.Timestamp("2026-03-03"))
    walkout = containing(f, "walked out")
    assert (walkout["kind"], walkout["date"]) == ("action", pd.Timestamp("2026-03-03"))
    assert containing(f, "appears before")["date"] == pd.Timestamp("2026-03-10")


# -- a budget presented; a timeline's present-tense acts and market moves; a superintendency ----
def test_a_presented_budget_and_a_timelines_present_tense_entries():
    f = rows(
        "Finance Minister Ana Kannan presented the State's budget for 2026-27 in the Assembly "
        "yesterday.\n\n"
        "The Superintendency of Banking, Insurance and Pensions (SBS) said on Monday it would "
        "publish the rules by Friday.\n\n"
        "Following are key events:\n\n"
        "Oct. 9 - The executive returns the law to Congress with observations.\n\n"
        "Oct. 10 - The sol weakens 0.8 percent to 3.79 per dollar. The central bank sells "
        "$180 million in the spot market."
    )
    budget = containing(f, "presented")
    assert (budget["kind"], budget["date"]) == ("action", pd.Timestamp("2026-03-03"))
    assert containing(f, "The Superintendency")["speaker"] == (
        "Superintendency of Banking, Insurance and Pensions"
    )
    assert containing(f, "returns the law")["kind"] == "action"
    sol = containing(f, "sol weakens")
    assert (sol["kind"], sol["date"]) == ("market", pd.Timestamp("2025-10-10"))
    assert containing(f, "spot market")["kind"] == "action"


def test_a_profiles_subject_in_the_present_is_whom_she_refers_to():
    f = rows(
        "Helena Virta-Koski clears her desk at the central bank today.\n\n"
        '"I have been called a hawk for twenty years," she told colleagues on Monday.'
    )
    assert containing(f, "hawk")["speaker"] == "Helena Virta-Koski"


def test_a_budget_measure_that_goes_up_from_a_later_day_is_the_presenters():
    f = rows(
        "Finance Minister Ana Kannan presented the State's budget in the Assembly yesterday.\n\n"
        "Guideline values for land in 12 zones will go up by an average of 8 percent from "
        "April 1."
    )
    land = containing(f, "go up")
    assert (land["kind"], land["speaker"], land["date"]) == (
        "scheduled",
        "Ana Kannan",
        pd.Timestamp("2026-04-01"),
    )
