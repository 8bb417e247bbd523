"""Error families found on the pooled annotated sets before the twenty-seventh blind round,
each fixed by a general rule and tested here on made-up sentences of the same shape (never a
round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

from toolkit import resolve_dates

PUB = "2026-03-07"  # a Saturday

rows = partial(statement_rows, published=PUB)


# -- "..., three weeks after the Commission tabled it on 28 April": an act in a clause of time
def test_a_named_actors_dated_act_after_a_statement_is_a_statement_of_its_own():
    f = rows(
        "The bloc's finance ministers adopted the levy package on Monday, three weeks after "
        "the Commission tabled it on 9 February.\n\n"
        "The governor signed the budget on Thursday, hours after the Senate approved the "
        "spending bill.\n\n"
        "The minister defended the plan on Friday, a day after he imposed a levy on imports."
    )
    tabled = f[f["text"].str.startswith("the Commission tabled")]
    assert len(tabled) == 1
    assert tabled["kind"].iloc[0] == "action"
    assert tabled["date"].iloc[0] == pd.Timestamp("2026-02-09")
    assert "ommission" in tabled["speaker"].iloc[0]
    # "hours after": the statement's own day
    senate = f[f["text"].str.startswith("the Senate approved")]
    assert senate["speaker"].tolist() == ["Senate"]
    assert senate["date"].tolist() == [pd.Timestamp("2026-03-05")]
    # a pronoun's act is left inside its sentence
    assert not f["text"].str.startswith("he imposed").any()


def test_a_gap_counts_back_from_the_statements_day():
    f = rows(
        "Retailers warned on Friday that prices would rise, a day after the Finance Ministry "
        "imposed a levy on imported fuel.\n\n"
        "Importers said on Thursday they would appeal, days after Parliament approved the "
        "levy."
    )
    levy = f[f["text"].str.startswith("the Finance Ministry imposed")]
    assert levy["date"].tolist() == [pd.Timestamp("2026-03-05")]
    # "days after": no gap to count, no date of its own: not a statement of its own
    assert not f["text"].str.startswith("Parliament approved").any()


# -- "overrode", "revoked", "repealed", "ratified": policy acts -----------------------------
def test_more_past_tense_policy_acts():
    f = rows(
        "The state Senate overrode the governor's veto of the tax bill on Tuesday, 31-12.\n\n"
        "The Treasury revoked the licence of the refinery on Wednesday.\n\n"
        "Parliament ratified the trade agreement on Thursday."
    )
    for words, speaker, day in (
        ("overrode", "Senate", "2026-03-03"),
        ("revoked", "Treasury", "2026-03-04"),
        ("ratified", "Parliament", "2026-03-05"),
    ):
        row = containing(f, words)
        assert row["kind"] == "action"
        assert speaker in row["speaker"]
        assert row["date"] == pd.Timestamp(day)


# -- "The expanded list took effect on Oct. 6" after a remark: the story's body's measure ----
def test_a_measure_that_took_effect_after_a_remark_is_the_story_bodys():
    f = rows(
        "The Commerce Department added 40 product categories to its steel tariff list last "
        "month, the agency said in a notice.\n\n"
        "Importers called the move a surprise. \"We had no warning,\" said Ana Ruiz, who runs "
        "a trade group in Ohio.\n\n"
        "The expanded list took effect on March 2."
    )
    took = containing(f, "expanded list")
    assert took["kind"] == "action"
    assert "Commerce" in took["speaker"]
    assert took["date"] == pd.Timestamp("2026-03-02")


# -- "raised fuel prices", "cut the price of diesel": prices a government sets -------------
def test_prices_a_government_sets_are_a_policy_object():
    f = rows(
        "The energy ministry raised fuel prices on Thursday.\n\n"
        "The regulator cut the price of electricity on Wednesday."
    )
    assert containing(f, "raised fuel prices")["kind"] == "action"
    assert containing(f, "price of electricity")["speaker"] == "regulator"


# -- "takes effect from 00:00 hours on Friday", "at 12:01 a.m. Eastern Daylight Time on ..." -
def test_an_hour_between_a_measure_taking_effect_and_its_day():
    f = rows(
        "The energy ministry raised fuel prices on Thursday. The new prices take effect from "
        "00:00 hours on Monday.\n\n"
        "The Commerce Department issued the rule on Friday. It takes effect at 12:01 a.m. "
        "Eastern Daylight Time on March 20."
    )
    prices = containing(f, "new prices take effect")
    assert (prices["kind"], prices["date"]) == ("scheduled", pd.Timestamp("2026-03-09"))
    rule = containing(f, "It takes effect")
    assert rule["speaker"] == "Commerce Department"
    assert rule["date"] == pd.Timestamp("2026-03-20")
    found = resolve_dates("It opens at 9 a.m. Central European Summer Time on Friday.", published=PUB)
    assert found["text"].tolist() == ["Friday"]


# -- "The rule, published ... by the Commerce Department, takes effect ...": the maker ------
def test_a_measures_maker_named_after_by_is_the_agent_of_its_taking_effect():
    f = rows(
        "Fastener importers said on Tuesday they would ask for an exemption.\n\n"
        "The rule, published in the Federal Register on Monday by the Commerce Department's "
        "Bureau of Industry and Security (BIS), takes effect at 12:01 a.m. Eastern Daylight "
        "Time on March 20."
    )
    rule = containing(f, "takes effect")
    assert "Bureau of Industry and Security" in rule["speaker"]
    assert rule["date"] == pd.Timestamp("2026-03-20")


# -- a quotation with its signature on the line under it, as a round-up of quotes prints it --
def test_a_signature_line_under_a_quotation_gives_its_speaker_and_day():
    f = rows(
        "Every Saturday we collect the remarks of the week.\n\n"
        "“We would rather act too early than chase inflation all year.”\n"
        "— Ana Ruiz, governor of the central bank, at a press conference on Thursday morning, "
        "the day after the bank's Monetary Policy Committee raised the policy rate\n\n"
        "“Expectations are the problem.”\n"
        "— Ruiz again, at the same press conference, when asked about another rise\n\n"
        "“Halving the tariff is an invitation to dumping.”\n"
        "— The Chamber of Industries, in a statement late Monday\n\n"
        "“We are informing our partners, as we always said we would.”\n"
        "— Foreign Minister Bo Diaz, asked about the trade talks, speaking to reporters at the "
        "ministry yesterday"
    )
    first = containing(f, "act too early")
    assert (first["speaker"], first["kind"]) == ("Ana Ruiz", "quote")
    assert (first["date"], first["time_of_day"]) == (pd.Timestamp("2026-03-05"), "morning")
    assert containing(f, "Expectations")["speaker"] == "Ana Ruiz"
    chamber = containing(f, "dumping")
    assert chamber["speaker"] == "Chamber of Industries"
    assert (chamber["date"], chamber["time_of_day"]) == (pd.Timestamp("2026-03-02"), "evening")
    # a participle in the signature tells the occasion; "asked" asks nothing here
    diaz = containing(f, "informing our partners")
    assert (diaz["speaker"], diaz["kind"]) == ("Bo Diaz", "quote")
    assert diaz["date"] == pd.Timestamp("2026-03-06")
    # the act in the signature's clause of time, the day before the press conference
    raised = f[f["text"].str.contains("raised the policy rate") & (f["kind"] == "action")]
    assert raised["date"].tolist() == [pd.Timestamp("2026-03-04")]


# -- "The statement said", "The minutes ... showed", "..., the minutes said" ---------------
def test_what_a_document_says_is_its_issuers():
    f = rows(
        "The Reserve Bank of Testland cut its key rate to 4 percent on Wednesday.\n\n"
        "The statement said inflation was falling.\n\n"
        "The minutes of the February meeting, published on Thursday, showed that most members "
        "favoured a cut.\n\n"
        "One member argued for a larger cut, the minutes said."
    )
    statement = containing(f, "inflation was falling")
    assert statement["speaker"] == "Reserve Bank of Testland"
    assert statement["date"] == pd.Timestamp("2026-03-04")
    minutes = containing(f, "most members favoured")
    assert minutes["speaker"] == "Reserve Bank of Testland"
    assert minutes["date"] == pd.Timestamp("2026-03-05")
    assert containing(f, "One member argued")["kind"] == "paraphrase"


def test_minutes_before_any_body_spoke_are_the_policy_committees():
    f = rows(
        "Most members of the central bank's Monetary Policy Committee saw room for only a "
        "cautious cut, according to minutes of the February 17-18 meeting, released on "
        "Wednesday.\n\n"
        "The minutes, published on the bank's website at 4 p.m., showed that four of the five "
        "members had supported the governor's proposal."
    )
    lead = containing(f, "cautious cut")
    assert lead["speaker"] == "Monetary Policy Committee"
    assert lead["date"] == pd.Timestamp("2026-03-04")  # the release, not the meeting
    shown = containing(f, "four of the five")
    assert shown["speaker"] == "Monetary Policy Committee"
    assert shown["time_of_day"] == "afternoon"


def test_currencies_spelt_with_their_accents():
    f = rows("The króna weakened 0.4 percent to 146.9 per euro on Wednesday.")
    assert containing(f, "króna")["kind"] == "market"


# -- a chamber's parties as one, the Speaker, "by telling", a sitting's start --------------
def test_a_chambers_majority_and_opposition_act():
    f = rows(
        "The Progressive Conservative majority voted 32-19 on Wednesday to defeat a Liberal "
        "motion calling for a cut to the gas tax.\n\n"
        "The opposition voted against the budget on Tuesday.\n\n"
        "A majority of economists expect a cut. The group's opposition to the levy was "
        "reported on Monday, an aide said."
    )
    assert "majority" in containing(f, "voted 32-19")["speaker"]
    assert containing(f, "voted against the budget")["speaker"] == "opposition"
    assert not (f["speaker"] == "opposition").sum() > 1  # (not "the group's opposition")


def test_a_sittings_start_dates_the_exchanges_told_after_it():
    f = rows(
        "The House voted 32-19 at 5:52 p.m. on Wednesday to defeat the motion.\n\n"
        "Question period began at 2:07 p.m. Liberal Leader Ana Ruiz opened it by telling the "
        "House that the province \"collects more than it spends\".\n\n"
        "Finance Minister Bo Diaz replied that a cut would cost $45 million.\n\n"
        "The Speaker ruled that the complaint was not a point of order.\n\n"
        "The truckers' association said in a statement on Thursday that diesel was left out.\n\n"
        "Ms Ruiz later said her party would try again."
    )
    opened = containing(f, "opened it by telling")
    assert opened["speaker"] == "Ana Ruiz"  # the clock time ended the sentence before it
    diaz = containing(f, "would cost")
    assert (diaz["date"], diaz["time_of_day"]) == (pd.Timestamp("2026-03-04"), "afternoon")
    ruling = containing(f, "point of order")
    assert (ruling["speaker"], ruling["date"]) == ("Speaker", pd.Timestamp("2026-03-04"))
    # a statement with a day of its own ends the sitting's run
    assert pd.isna(containing(f, "try again")["date"])


def test_a_clock_time_before_a_day_or_zone_does_not_end_the_sentence():
    f = rows("The Senate will vote at 2 p.m. Tuesday on the bill, the leader said on Monday.")
    assert len(f) == 1


# -- a digest's items under datelines with weekdays, its market line, its week ahead --------
def test_a_digest_item_is_of_its_datelines_day():
    f = rows(
        "In brief\n\n"
        "TAXES\n\n"
        "LUSAKA, Tuesday — The revenue authority said it had started collecting the higher "
        "duties. The new rates, which took effect on March 1, raised the duty on beer. The "
        "authority's commissioner, Ana Ruiz, told reporters that importers would be audited.\n\n"
        "MARKETS\n\n"
        "LUSAKA, Friday — The kwacha closed at 27.1 to the dollar, its weakest since January, "
        "traders said.\n\n"
        "THE WEEK AHEAD\n\n"
        "Parliament's Committee on Finance, Planning and Economic Development questions revenue "
        "officials on Wednesday."
    )
    audited = containing(f, "would be audited")
    assert audited["date"] == pd.Timestamp("2026-03-03")  # Tuesday's, not March 1
    kwacha = containing(f, "kwacha closed")
    assert (kwacha["kind"], kwacha["speaker"]) == ("market", None)
    ahead = containing(f, "questions revenue officials")
    assert ahead["kind"] == "scheduled"
    assert ahead["date"] == pd.Timestamp("2026-03-11")  # the coming Wednesday
    assert ahead["speaker"] == "Committee on Finance, Planning and Economic Development"


# -- a clock time after "this morning", "told reporters at <place> this afternoon", bodies ---
def test_a_clock_time_after_the_story_reached_today_is_today():
    f = rows(
        "The Treasury announced the listing late on Thursday.\n\n"
        "The company said in a statement this morning that it would appeal.\n\n"
        "Shares in its parent were down 12.4 percent at 3 p.m. in London.\n\n"
        "\"We will show every document,\" chief executive Ana Ruiz told reporters at the "
        "company's offices near the rail freight terminal this afternoon."
    )
    assert containing(f, "12.4 percent")["date"] == pd.Timestamp("2026-03-07")
    told = containing(f, "every document")
    assert (told["date"], told["time_of_day"]) == (pd.Timestamp("2026-03-07"), "afternoon")


def test_societies_and_foundations_are_bodies():
    f = rows(
        "The National Society for Consumer Protection called on Thursday for the fuel tax to "
        "be halved."
    )
    assert containing(f, "halved")["speaker"] == "National Society for Consumer Protection"


def test_a_sittings_start_told_with_an_aside():
    f = statement_rows(
        "The warm-up was First Minister's Questions, which began, as it always does on a "
        "Thursday, at noon.\n\n"
        "The Conservatives' finance spokesman, Bo Diaz, rose to say that the freeze was \"a tax "
        "on aspiration\".\n\n"
        "The First Minister replied: \"This budget asks those who earn the most to pay more.\"",
        published="2026-03-05",  # a Thursday
    )
    for words in ("tax on aspiration", "earn the most"):
        row = containing(f, words)
        assert (row["date"], row["time_of_day"]) == (pd.Timestamp("2026-03-05"), "afternoon")


# -- a compilation of posts: "Name (@handle), 9:31 p.m.:" over the post ---------------------
def test_a_post_under_its_label_is_the_posters_quote_at_its_hour():
    f = rows(
        "We have collected the posts that mattered. All times are local.\n\n"
        "The first sign came late on Friday, when the cabinet met.\n\n"
        "Office of the Prime Minister (@PrimeMinOffice), 9:31 p.m.:\n"
        "\"Cabinet approved a temporary cut in the fuel levy.\"\n\n"
        "Nothing more was posted overnight. The ministry made it official this morning.\n\n"
        "Minister of State for the Treasury Théoneste Mugabo (@TMugabo), 9:40 a.m.:\n"
        "\"To be clear: this is temporary. We will review the levy in August.\"\n\n"
        "Hon. Ana Ruiz, Green Party MP (@AnaRuizMP), 3:30 p.m.:\n"
        "\"Three months of relief, then what?\""
    )
    office = containing(f, "Cabinet approved")
    assert (office["speaker"], office["kind"]) == ("Office of the Prime Minister", "quote")
    assert (office["date"], office["time_of_day"]) == (pd.Timestamp("2026-03-06"), "evening")
    treasury = containing(f, "this is temporary")
    assert treasury["speaker"] == "Théoneste Mugabo"
    assert (treasury["date"], treasury["time_of_day"]) == (pd.Timestamp("2026-03-07"), "morning")
    ruiz = containing(f, "then what")
    assert (ruiz["speaker"], ruiz["date"]) == ("Ana Ruiz", pd.Timestamp("2026-03-07"))


# -- a press review: "The paper reports that ...", "Its editorial argued ..." ---------------
def test_the_paper_of_a_press_review_is_the_one_its_paragraph_opens_with():
    f = rows(
        "Público leads with the arithmetic. The paper reports that the budget forecasts a "
        "surplus.\n\n"
        "Expresso, in its weekly edition on Friday, took a harder line. Its editorial argued "
        "that the government had \"written a budget for an election\"."
    )
    assert containing(f, "forecasts a surplus")["speaker"] == "Público"
    editorial = containing(f, "Its editorial")
    assert (editorial["speaker"], editorial["date"]) == ("Expresso", pd.Timestamp("2026-03-06"))


# -- a wrap of central banks: "Its chair told ...", "apply from today, the bank said" ------
def test_a_bodys_chair_and_a_measures_present_tense():
    f = rows(
        "The Fed cut the target range for its federal funds rate by a quarter point on "
        "Wednesday. Its chair told a news conference that the move was \"insurance\".\n\n"
        "In Doha, Qatar Central Bank said at 9.40pm that it had cut its deposit rate. The new "
        "rates apply from today, the bank said.\n\n"
        "The Saudi central bank lowered its repo rate in a statement published at 10.05pm."
    )
    assert containing(f, "target range")["kind"] == "action"
    assert containing(f, "Its chair")["speaker"] == "Fed"
    assert containing(f, "apply from today")["speaker"] == "Qatar Central Bank"
    # "from today" is when a measure applies, not the day the story has come to: a clock
    # time after it is still of the story's day
    assert containing(f, "10.05pm")["date"] == pd.Timestamp("2026-03-04")


# -- a numbered morning briefing: "1. Petrol up at midnight — ...", "at 10:00 today" --------
def test_a_numbered_briefings_items_and_its_schedule_of_the_day():
    f = statement_rows(
        "Good morning. Seven things to know before the market opens.\n\n"
        "1. Truckers cry foul — The Road Freight Association said late yesterday that the "
        "diesel increase would add costs.\n\n"
        "4. A busy morning — Deputy Governor Ana Ruiz speaks on the outlook at the University "
        "of Cape Town's Graduate School of Business at 10:00 today. Stats SA publishes "
        "producer price inflation for February at 11:30 today.",
        published="2026-03-31",
    )
    truckers = containing(f, "Road Freight Association")
    assert truckers["text"].startswith("The Road Freight Association")  # (not the lead phrase)
    assert truckers["speaker"] == "Road Freight Association"
    ruiz = containing(f, "speaks on the outlook")
    assert (ruiz["kind"], ruiz["speaker"]) == ("scheduled", "Ana Ruiz")
    assert (ruiz["date"], ruiz["time_of_day"]) == (pd.Timestamp("2026-03-31"), "morning")
    ppi = containing(f, "producer price inflation")
    assert ppi["date"] == pd.Timestamp("2026-03-31")  # the release's day, not "for February"


# -- a long-form feature's own thread of time: "The next morning", "That June" --------------
def test_times_told_from_the_storys_thread():
    f = rows(
        "On the evening of 4 April 2024, ministers agreed to raise the VAT rate by two "
        "points.\n\n"
        "The next morning Kuusik told reporters that the government had chosen the tax that is "
        "hardest to dodge.\n\n"
        "That June, the Estonian Traders Association warned that a rise would push shoppers to "
        "Latvia.\n\n"
        "The rules committee had cleared the bill the day before Wednesday's floor vote."
    )
    kuusik = containing(f, "hardest to dodge")
    assert (kuusik["date"], kuusik["time_of_day"]) == (pd.Timestamp("2024-04-05"), "morning")
    traders = containing(f, "push shoppers")
    assert traders["speaker"] == "Estonian Traders Association"
    assert (traders["date"], traders["precision"]) == (pd.Timestamp("2024-06-01"), "month")
    found = resolve_dates("It was cleared the day before Wednesday's vote.", published=PUB)
    assert "the day before" not in found["text"].tolist()


def test_a_dated_remark_a_report_tells_is_its_actors():
    f = rows(
        "On the right, Observador reports that Chega's parliamentary leader, Bruno Saraiva, "
        "told a rally in Setúbal on Saturday evening that his party would vote against the "
        "budget.\n\n"
        "Expresso took a harder line. The weekly also reported that the prime minister had "
        "telephoned Ana Lobo on Wednesday night."
    )
    rally = containing(f, "told a rally")
    assert rally["speaker"] == "Bruno Saraiva"
    assert (rally["date"], rally["time_of_day"]) == (pd.Timestamp("2026-03-07"), "evening")
    call = containing(f, "telephoned")
    assert (call["kind"], call["date"]) == ("action", pd.Timestamp("2026-03-04"))


def test_a_reply_that_reports_no_words_is_no_statement():
    f = rows(
        "The central bank responded within hours. The Bank of Mongolia will do \"whatever is "
        "needed\" to bring inflation back to its target, Ts. Oyunchimeg, director of the "
        "bank's Monetary Policy Department, told reporters this afternoon.\n\n"
        "Gov. Ana Ruiz weighed in on Thursday."
    )
    assert not f["text"].str.contains("responded within hours").any()
    target = containing(f, "whatever is")
    assert target["speaker"] == "Ts. Oyunchimeg"  # ("Ts." is an initial, not a full stop)
    assert target["time_of_day"] == "afternoon"
    assert containing(f, "weighed in")["speaker"] == "Ana Ruiz"


# -- a wire's key-quotes sidebar: "* EU TRADE COMMISSIONER ANA RUIZ, on Monday:" -----------
def test_a_statement_under_its_speakers_label_in_capitals():
    f = rows(
        "Following are key quotes from officials on both sides.\n"
        "* EU TRADE COMMISSIONER ANA LINDQVIST-MORAIS, in a statement issued in Brussels on "
        "Thursday morning:\n"
        "\"Consultations have not worked. A panel is now the only way forward.\"\n"
        "* WTO SPOKESPERSON ISABELLE FONTAINE, at a briefing for reporters on Friday "
        "afternoon:\n"
        "Said 12 members had spoken on the item, and that the dispute would return to the "
        "agenda.\n"
        "WHAT'S NEXT"
    )
    quote = containing(f, "Consultations have not worked")
    assert (quote["speaker"], quote["kind"]) == ("Ana Lindqvist-Morais", "quote")
    assert (quote["date"], quote["time_of_day"]) == (pd.Timestamp("2026-03-05"), "morning")
    said = containing(f, "12 members")
    assert (said["speaker"], said["kind"]) == ("Isabelle Fontaine", "paraphrase")
    assert (said["date"], said["time_of_day"]) == (pd.Timestamp("2026-03-06"), "afternoon")


# -- "The ordinance ... passed 5-2 at 12:21 a.m.": the chamber that voted ---------------------
def test_a_measures_vote_is_the_chambers_that_voted():
    f = rows(
        "The Spokane City Council met on Friday evening to adopt the budget.\n\n"
        "The ordinance setting utility rates passed 5-2 on Friday, raising the average bill by "
        "about 4.5%.\n\n"
        "The amendment passed 4-3 on Friday."
    )
    for words in ("ordinance setting", "amendment passed"):
        row = containing(f, words)
        assert (row["speaker"], row["kind"]) == ("Spokane City Council", "action")
        assert row["date"] == pd.Timestamp("2026-03-06")


# -- a markets close: "stocks suffered their worst day on Friday after the government ..." --
def test_a_market_lead_with_an_act_in_its_clause_of_time():
    f = rows(
        "Bank stocks suffered their worst day in three years on Friday after the government "
        "approved, late on Thursday, a levy of 30 percent on banks' excess income.\n\n"
        "The benchmark index closed 3.4 percent lower, its steepest fall since the pandemic "
        "sell-off of March 2020."
    )
    lead = containing(f, "worst day")
    assert (lead["kind"], lead["speaker"], lead["date"]) == (
        "market",
        None,
        pd.Timestamp("2026-03-06"),
    )
    levy = f[f["text"].str.startswith("the government approved")]
    assert levy["kind"].tolist() == ["action"]
    assert (levy["date"].iloc[0], levy["time_of_day"].iloc[0]) == (
        pd.Timestamp("2026-03-05"),
        "evening",
    )
    assert containing(f, "closed 3.4 percent")["date"] == pd.Timestamp("2026-03-06")
