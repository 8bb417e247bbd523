from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError, InputTypeError
from toolkit.text.articles import load_article
from toolkit.text.evaluation import evaluate_statements
from toolkit.text.stance import load_stance_lexicon
from toolkit.text.statements import STATEMENT_COLUMNS, StatementSet, extract_statements

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"
CASES = [
    (SEED, ROOT / "tests" / "data" / "seed_statements.yaml"),
    *[
        (ARTICLES / f"{n}.txt", ARTICLES / f"{n}.gold.yaml")
        for n in ("fed_press_conference", "trade_weekend", "senate_vote")
    ],
]


def frame_of(text: str, published: str = "2025-04-09", **kw) -> pd.DataFrame:
    return extract_statements(text, published=published, **kw).to_frame()


@pytest.mark.parametrize(("article", "gold"), CASES, ids=lambda p: p.stem)
def test_extraction_matches_the_hand_annotation(article, gold):
    art = load_article(article)
    result = evaluate_statements(extract_statements(art.text, published=art.published), gold)
    s = result.scores
    assert s["recall"] == 1.0, result.details[~result.details["matched"]]
    for key in ("speaker_accuracy", "date_accuracy", "precision_accuracy", "time_of_day_accuracy"):
        assert s[key] == 1.0, (key, result.details[result.details["problems"] != ""])
    assert s["precision"] >= 0.85


def test_seed_full_names_roles_and_inheritance():
    art = load_article(SEED)
    f = extract_statements(art.text, published=art.published).to_frame()
    bessent = f[f["text"].str.contains("What do we lose")].iloc[0]
    assert bessent["speaker"] == "Scott Bessent"
    assert bessent["role"] == "Treasury secretary"
    assert bessent["date_source"] == "inherited"
    assert bessent["time_of_day"] is None
    crapo = f[f["text"].str.contains("think strategically")].iloc[0]
    assert crapo["speaker"] == "Michael D. Crapo"
    leavitt = f[f["text"].str.contains("said in a briefing")].iloc[0]
    assert leavitt["role"] == "White House press secretary"
    assert (leavitt["date"], leavitt["time_of_day"]) == (pd.Timestamp("2025-04-08"), "afternoon")
    undated = f[f["precision"] == "unknown"]
    assert undated["date"].isna().all() and (undated["date_source"] == "none").all()
    assert not (f["date"] == pd.Timestamp(art.published)).any() or set(
        f.loc[f["date"] == pd.Timestamp(art.published), "date_text"]
    ) <= {"today"}


def test_columns_dtypes_and_source_columns():
    f = frame_of("“We will win,” Jane Doe said Tuesday.", source="paper", article_id="a1")
    assert list(f.columns) == [*STATEMENT_COLUMNS, "article_id", "source"]
    assert str(f["date"].dtype) == "datetime64[ns]" and f["start"].dtype == "int64"
    assert f["stance_score"].dtype == "float64" and f["confidence"].dtype == "float64"
    for col in (
        "statement_id",
        "speaker",
        "role",
        "kind",
        "text",
        "quote",
        "time_of_day",
        "stance",
    ):
        assert f[col].dtype == object, col
    assert f.loc[0, "role"] is None  # None, not NaN
    assert f.loc[0, "statement_id"] == "s001" and f.loc[0, "article_id"] == "a1"


def test_empty_text_gives_all_columns():
    s = extract_statements("", published="2025-04-09")
    assert isinstance(s, StatementSet) and len(s) == 0
    assert list(s.to_frame().columns) == list(STATEMENT_COLUMNS)
    assert list(s) == []


def test_text_without_quotes_still_gives_actions_and_markets():
    text = (
        "The Commerce Department imposed new tariffs on steel on Monday.\n"
        "Stocks fell sharply on Tuesday, and the Dow lost 2 percent."
    )
    f = frame_of(text)
    assert list(f["kind"]) == ["action", "market"]
    assert f.loc[0, "stance"] == "escalation" and f.loc[1, "stance"] == "neutral"
    assert list(f["date"]) == [pd.Timestamp("2025-04-07"), pd.Timestamp("2025-04-08")]


def _row(frame: pd.DataFrame, prefix: str):
    rows = frame[frame["text"].str.startswith(prefix)]
    assert len(rows) == 1, (prefix, frame[["text", "speaker"]])
    return rows.iloc[0]


def test_pronouns_follow_gender_and_quotes_carry_over_paragraphs():
    text = (
        "Maria Lopez, the trade minister, said on Monday that talks would resume.\n"
        "John Park, a senator, said the tariffs were a mistake.\n"
        "Ms. Lopez said on Tuesday that a deal was close. “We are not done,” Mr. Park said.\n"
        "She added that talks went well.\n"
        "“Not even close,” he said.\n"
        "“Nowhere near.”"
    )
    f = frame_of(text)
    she = _row(f, "She added")
    assert she["speaker"] == "Maria Lopez" and she["role"] == "trade minister"
    assert she["date"] == pd.Timestamp("2025-04-08") and she["date_source"] == "inherited"
    assert _row(f, "“Not even close")["speaker"] == "John Park"
    assert _row(f, "“Nowhere near")["speaker"] == "John Park"


def test_multi_paragraph_quote_is_one_statement_and_straight_quotes_work():
    text = (
        '"We will act," said Sen. Ann Lee, D-N.Y., on Tuesday. "We have no choice.\n'
        '"The families in my state cannot wait.\n'
        '"Not one more week."\n'
        "Stocks rose."
    )
    f = frame_of(text)
    assert f.loc[0, "speaker"] == "Ann Lee" and f.loc[0, "kind"] == "quote"
    assert f.loc[0, "role"] == "senator"
    cont = f[f["text"].str.contains("families in my state")].iloc[0]
    assert cont["speaker"] == "Ann Lee" and "Not one more week" in cont["text"]
    assert cont["date"] == pd.Timestamp("2025-04-08")


def test_unbalanced_quotes_never_swallow_the_article():
    text = "“This is unfinished, Jo Smith said Monday.\nThe Senate approved the bill on Tuesday.\nMarkets rose."
    f = frame_of(text)
    senate = f[f["text"].str.startswith("The Senate")]
    assert len(senate) == 1 and senate.iloc[0]["kind"] == "action"
    for row in f.itertuples():
        assert text[row.start : row.end] == row.text


def test_sentence_splitting_keeps_abbreviations():
    text = (
        "Sen. Michael D. Crapo, R-Idaho, said on Tuesday that the U.S. economy was strong. "
        "Reps. Don Bacon, R-Neb., and Jeff Hurd, R-Colo., introduced a bill on Apr. 7 to limit tariffs."
    )
    f = frame_of(text)
    assert len(f) == 2
    assert f.loc[0, "speaker"] == "Michael D. Crapo"
    assert f.loc[1, "speaker"] == "Don Bacon" and f.loc[1, "date"] == pd.Timestamp("2025-04-07")
    assert f.loc[1, "stance"] == "opposition"


def test_the_publication_date_is_never_a_default():
    f = frame_of("“Tariffs work,” Al Green said.")
    assert f.loc[0, "precision"] == "unknown" and pd.isna(f.loc[0, "date"])


def test_replaceable_lexicon(tmp_path):
    path = tmp_path / "lex.yaml"
    path.write_text(
        yaml.safe_dump({"entries": [{"pattern": "widgets?", "stance": "opposition", "weight": 2}]})
    )
    f = frame_of("Bo Li said on Monday that widgets matter.", lexicon=path)
    assert (f.loc[0, "stance"], f.loc[0, "stance_score"]) == ("opposition", -1.0)
    assert load_stance_lexicon(path) is load_stance_lexicon(path)  # cached
    with pytest.raises(InputError, match="stance"):
        load_stance_lexicon({"entries": [{"pattern": "x", "stance": "hawkish"}]})


def test_html_escapes_article_text():
    s = extract_statements(
        "“<script>alert(1)</script>,” Jo Smith said Monday.", published="2025-04-09"
    )
    out = s._repr_html_()
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_bad_input_names_the_parameter():
    with pytest.raises(InputError, match="published"):
        extract_statements("text", published=None)
    with pytest.raises(InputError, match="published"):
        extract_statements("text", published="yesterday")
    with pytest.raises(InputTypeError, match="text"):  # a wrong type is a TypeError
        extract_statements(None, published="2025-04-09")
    with pytest.raises(InputError, match="text"):
        extract_statements(b"\xff\xfe\x00bad", published="2025-04-09")


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                "‘",
                "’",
                "\n",
                ". ",
                ", ",
                " said ",
                "He",
                "She",
                "Sen. ",
                "Jo Smith",
                " Tuesday",
                " last week",
                " imposed tariffs",
                " Stocks fell",
                "é",
                "🙂",
                "—",
                "U.S.",
            ]
        )
        | st.text(max_size=4),
        max_size=50,
    ).map("".join)
)
def test_arbitrary_text_never_raises_and_offsets_hold(text):
    s = extract_statements(text, published="2025-04-09")
    for row in s:
        assert text[row.start : row.end] == row.text
        assert row.precision in ("day", "week", "month", "quarter", "year", "range", "unknown")


def test_general_news_conventions_of_other_outlets():
    text = (
        "SINGAPORE — The United States and the European Union yesterday announced new "
        "sanctions on shipping companies.\n"
        "Ivan Petrov, the deputy minister, had warned two days ago that Moscow would respond, "
        "and the Kremlin said today that its policy would not change.\n"
        "“We will not back down,” said Rep. Ellen Marsh (D., Conn.), the top Democrat on the "
        "panel, after Monday's vote.\n"
        "Spokesman Li Wenhao said tariffs were unfair. Li said talks would continue.\n"
        "Ms Brandt said at the weekend that she hoped for a deal."
    )
    f = frame_of(text, published="2026-03-12")
    first = _row(f, "SINGAPORE")
    assert first["speaker"] == "United States" and first["date"] == pd.Timestamp("2026-03-11")
    petrov = _row(f, "Ivan Petrov")
    assert petrov["date"] == pd.Timestamp("2026-03-10")
    kremlin = _row(f, "the Kremlin")
    assert kremlin["speaker"] == "Kremlin" and kremlin["date"] == pd.Timestamp("2026-03-12")
    marsh = _row(f, "“We will not back down")
    assert marsh["speaker"] == "Ellen Marsh" and marsh["date"] == pd.Timestamp("2026-03-09")
    assert set(f.loc[f["text"].str.contains("Li "), "speaker"]) == {"Li Wenhao"}
    brandt = _row(f, "Ms Brandt")
    assert brandt["speaker"] == "Brandt" and brandt["precision"] == "range"
    assert (brandt["date"], brandt["date_end"]) == (
        pd.Timestamp("2026-03-07"),
        pd.Timestamp("2026-03-08"),
    )


def test_market_remarks_in_a_row_share_the_session():
    text = "The S&P 500 fell 3.3% on Thursday. Treasury yields jumped as the dollar rose."
    f = frame_of(text, published="2022-06-17")
    assert list(f["kind"]) == ["market", "market"]
    assert list(f["date"]) == [pd.Timestamp("2022-06-16")] * 2
    assert list(f["date_source"]) == ["explicit", "inherited"]


def test_party_tags_headings_and_dotted_abbreviations_are_never_speakers():
    text = (
        "The committee will hold a hearing on the talks on Wednesday, its chairman, "
        "Rep. Richard Neal, D-Mass., said.\n"
        "In an interview broadcast on Sunday, Senate Minority Leader Mitch McConnell, R-Ky., "
        "said a shutdown would be a terrible outcome.\n"
        "MOSCOW HITS BACK\n"
        "Kremlin spokesman Dmitry Peskov said on Monday that the government would respond.\n"
        "Bessent is scheduled to meet Vice Premier He Lifeng next week, a U.S. official said."
    )
    f = frame_of(text, published="2024-02-29")
    assert _row(f, "The committee")["speaker"] == "Richard Neal"
    assert _row(f, "In an interview")["speaker"] == "Mitch McConnell"
    assert _row(f, "Kremlin spokesman")["speaker"] == "Dmitry Peskov"
    assert _row(f, "Bessent")["speaker"] != "U"


def test_a_name_after_a_line_break_is_not_glued_to_the_line_before():
    text = (
        "Russia will not add to cuts, says Novak\n"
        "Alexander Novak, Russia's deputy prime minister, said on Sunday that Moscow would "
        "extend its cut."
    )
    f = frame_of(text, published="2023-06-04")
    assert set(f["speaker"].dropna()) == {"Alexander Novak"}


def test_institutions_with_of_and_the_ministry_resolve_to_the_named_body():
    text = (
        "On Friday, the Treasury Department's Office of Foreign Assets Control sanctioned "
        "seven tycoons.\n"
        "The Ministry of Commerce announced on Thursday new export controls on rare earths. "
        "The rules take effect on Dec. 1, the ministry said."
    )
    f = frame_of(text, published="2025-10-11")
    assert _row(f, "On Friday")["speaker"].endswith("Office of Foreign Assets Control")
    assert _row(f, "The rules take effect")["speaker"] == "Ministry of Commerce"


def test_a_pronoun_goes_to_the_person_a_sentence_just_introduced():
    text = (
        "Rep. Ed Royce, the committee chairman, told us tonight that the House will act.\n"
        "Sen. Bob Corker, R-Tenn., chairman of the Senate Foreign Relations Committee, was more "
        "cautious. He said on Monday evening that Congress should wait."
    )
    f = frame_of(text, published="2018-04-10")
    he = _row(f, "He said")
    assert he["speaker"] == "Bob Corker" and he["time_of_day"] == "evening"


def test_actions_and_market_remarks_with_more_verbs():
    text = (
        "Prime Minister Mario Draghi resigned on Thursday morning.\n"
        "President Sergio Mattarella dissolved parliament hours later.\n"
        "President Biden met the four top congressional leaders in the Oval Office on Feb. 27.\n"
        "The Shanghai Composite index sank 5.6% on Monday.\n"
        "The S&P 500 closed 0.4% lower.\n"
        "Italian bonds extended their decline in early trade on Friday morning.\n"
        "The yield on the 10-year Treasury note slipped to 4.25%.\n"
        "Brent crude settled at $76.13 a barrel two days ago."
    )
    f = frame_of(text, published="2022-07-22")
    kinds = dict(zip(f["text"].str[:12], f["kind"]))
    assert kinds["Prime Minist"] == "action" and kinds["President Se"] == "action"
    assert kinds["President Bi"] == "action"
    assert [kinds[k] for k in ("The Shanghai", "The S&P 500 ", "Italian bond", "The yield on")] == [
        "market"
    ] * 4
    assert kinds["Brent crude "] == "market"
    mattarella = _row(f, "President Sergio")
    assert mattarella["date"] == pd.Timestamp("2022-07-21")


def test_scheduled_events_take_place_and_take_effect():
    text = (
        "The next policy meeting of the Governing Council will take place on Sept. 8.\n"
        "Christine Lagarde is also due to appear before the European Parliament in September."
    )
    f = frame_of(text, published="2022-07-22")
    assert list(f["kind"]) == ["scheduled", "scheduled"]
    assert f["date"].iloc[0] == pd.Timestamp("2022-09-08")


def test_a_possessive_weekday_dates_another_event_except_for_a_reaction():
    text = (
        "Russian stocks recovered some ground after Monday's rout.\n"
        "“This was doomed,” said Rep. Ellen Marsh after Wednesday's vote."
    )
    f = frame_of(text, published="2018-04-12")
    assert pd.isna(_row(f, "Russian stocks")["date"])
    assert _row(f, "“This was doomed")["date"] == pd.Timestamp("2018-04-11")


def test_calling_something_a_quoted_name_is_a_statement():
    f = frame_of("Rep. Bob Good called the bill a “surrender” on Thursday.", "2024-02-29")
    assert list(f["speaker"]) == ["Bob Good"]
    assert f["date"].iloc[0] == pd.Timestamp("2024-02-29")


def test_a_cue_in_a_trailing_subordinate_clause_is_not_the_main_verb():
    text = (
        "BEIJING, Oct 11 (Global Wire) — China's foreign ministry on Saturday defended the "
        "controls and accused Washington of “double standards,” a day after President Donald "
        "Trump threatened to impose new tariffs."
    )
    f = frame_of(text, published="2025-10-11")
    assert list(f["speaker"]) == ["ministry"]
    assert f["date"].iloc[0] == pd.Timestamp("2025-10-11")


def test_and_he_starts_a_statement_of_its_own():
    text = (
        "Senate Minority Leader Mitch McConnell said on Sunday that a shutdown would be a "
        "terrible outcome, and he repeated that message to reporters on Tuesday."
    )
    f = frame_of(text, published="2024-02-29")
    assert list(f["speaker"]) == ["Mitch McConnell"] * 2
    assert list(f["date"]) == [pd.Timestamp("2024-02-25"), pd.Timestamp("2024-02-27")]


def test_after_the_vote_takes_the_date_of_the_vote_not_of_any_action():
    text = (
        "The House voted 320 to 99 on Thursday afternoon to approve a spending bill.\n"
        "President Biden met congressional leaders on Tuesday to discuss the bill.\n"
        "Rep. Bob Good called the bill a “surrender” after the vote.\n"
        "The dollar rose after the vote."
    )
    f = frame_of(text, published="2024-02-29")
    assert _row(f, "Rep. Bob Good")["date"] == pd.Timestamp("2024-02-29")
    assert _row(f, "The dollar")["date"] == pd.Timestamp("2024-02-29")


def test_a_market_remark_shares_the_session_of_the_next_one_in_its_paragraph():
    text = "Stocks fell sharply at the open. The S&P 500 dropped 1.6% on Monday morning."
    f = frame_of(text, published="2019-05-06")
    assert list(f["date"]) == [pd.Timestamp("2019-05-06")] * 2
    assert list(f["date_source"]) == ["inherited", "explicit"]


def test_the_end_of_a_period_does_not_date_the_act_and_generic_heads_are_dropped():
    text = (
        "The wider OPEC+ group agreed to extend its output curbs to the end of 2024.\n"
        "In a statement, the group said it had agreed on new production baselines.\n"
        "Appropriators in both chambers plan to release the text of the bills on Sunday."
    )
    f = frame_of(text, published="2023-06-04")
    assert list(f["speaker"]) == ["OPEC+", "OPEC+", "Appropriators"]
    assert pd.isna(f["date"].iloc[0])
    assert list(f["kind"]) == ["action", "paraphrase", "scheduled"]


def test_live_blog_entries_are_of_the_publication_day():
    text = (
        "Live coverage. All times BST. Latest entries first.\n\n"
        "21:40 — What we know so far\n"
        "Alexander Novak said after the meeting that Moscow would not join the cut.\n"
        "Prince Abdulaziz has long argued that OPEC+ should act pre-emptively.\n\n"
        "19:25 — Deal on baselines\n"
        "Angola's oil minister, Diamantino Azevedo, said on Saturday that Angola would resist."
    )
    f = frame_of(text, published="2023-06-04")
    novak = _row(f, "Alexander Novak")
    assert novak["date"] == pd.Timestamp("2023-06-04") and novak["date_text"] == "21:40"
    assert pd.isna(_row(f, "Prince Abdulaziz")["date"])  # "has long argued": no occasion
    assert _row(f, "Angola's oil minister")["date"] == pd.Timestamp("2023-06-03")
    # one stamped line alone does not make a live blog
    single = frame_of("21:40 — Update\nAlexander Novak said Moscow would not join.", "2023-06-04")
    assert pd.isna(single["date"].iloc[0])


def test_a_future_event_reported_in_speech_is_a_statement_of_its_own():
    text = (
        "Senator Jo Park said on Monday that the finance committee will vote next week "
        "on the import levy.\n"
        "Governor Ana Silva said on Tuesday that she would raise the fuel duty on Friday."
    )
    f = frame_of(text, published="2024-03-06")  # a Wednesday
    assert list(f["kind"]) == ["paraphrase", "scheduled", "paraphrase", "scheduled"]
    park, vote, silva, duty = (f.iloc[i] for i in range(4))
    assert park["date"] == pd.Timestamp("2024-03-04")  # the remark keeps its own day
    assert vote["speaker"].endswith("committee") and vote["precision"] == "week"
    assert (vote["date"], vote["date_end"]) == (
        pd.Timestamp("2024-03-11"),
        pd.Timestamp("2024-03-17"),
    )
    assert silva["date"] == pd.Timestamp("2024-03-05")
    # "would raise ... on Friday", said on Tuesday: the coming Friday, not the last one
    assert duty["speaker"] == "Ana Silva" and duty["date"] == pd.Timestamp("2024-03-08")
    assert duty["date_source"] == "explicit"
    # a remark about a past act or with no date adds no row
    past = frame_of("Senator Jo Park said on Monday that the panel had voted on the levy.")
    assert list(past["kind"]) == ["paraphrase"]


def test_a_possessive_subject_schedules_the_event_of_its_possessor():
    text = (
        "The Northland Monetary Council raised rates on Tuesday.\n\n"
        "The council's next policy meeting will take place on April 18. "
        "Northland's new export quota will take effect on May 1."
    )
    f = frame_of(text, published="2024-03-06")  # a Wednesday
    sched = f[f["kind"] == "scheduled"]
    assert list(sched["speaker"].str.lower().str.split().str[-1]) == ["council", "northland"]
    assert list(sched["date"]) == [pd.Timestamp("2024-04-18"), pd.Timestamp("2024-05-01")]
    assert list(sched["date_source"]) == ["explicit", "explicit"]
    # a copula joins event and date; a name can modify the event noun
    other = frame_of(
        "The Southland Reserve Bank raised rates on Monday.\n\n"
        "The central bank's next decision is due Thursday. "
        "The next full ASEAN+3 ministerial meeting will be held on May 20.",
        published="2024-03-06",
    )
    sched = other[other["kind"] == "scheduled"]
    assert list(sched["speaker"]) == ["Southland Reserve Bank", "ASEAN+3"]
    assert list(sched["date"]) == [pd.Timestamp("2024-03-07"), pd.Timestamp("2024-05-20")]
    # a weekday modifying the event noun is not an agent
    monday = frame_of("The next Monday meeting will be held on March 11.", "2024-03-06")
    assert monday["speaker"].isna().all()


def test_another_speaker_at_the_same_occasion_inherits_its_date():
    text = (
        "Finance Minister Anna Berg told reporters on Tuesday afternoon that the budget "
        "would pass.\n\n"
        "At the same news conference, Deputy Minister Paul Ortiz said the plan was sound.\n\n"
        "Budget chief Lee Chan, who stood beside her, said the deficit would shrink.\n\n"
        "Senator Mia Ross said the plan was a mistake."
    )
    f = frame_of(text, published="2024-03-06")
    ortiz, chan = _row(f, "At the same"), _row(f, "Budget chief")
    ross = _row(f, "Senator Mia Ross")
    for row in (ortiz, chan):
        assert row["date"] == pd.Timestamp("2024-03-05") and row["date_source"] == "inherited"
    assert pd.isna(ross["date"]) and ross["date_source"] == "none"  # no occasion named


def test_a_remark_in_the_statement_of_an_act_inherits_the_act_date():
    text = (
        "On Friday, the Trade Ministry imposed new duties on imported steel.\n"
        '"This protects our mills," Trade Minister Omar Reyes said in the statement '
        "announcing the duties.\n"
        "Senator Mia Ross said in a statement that the duties were a mistake."
    )
    f = frame_of(text, published="2024-03-06")
    reyes, ross = _row(f, '"This protects'), _row(f, "Senator Mia Ross")
    assert reyes["date"] == pd.Timestamp("2024-03-01") and reyes["date_source"] == "inherited"
    assert pd.isna(ross["date"])  # "a statement": no occasion named


def test_a_market_remark_shares_the_session_of_the_last_dated_one_in_its_paragraph():
    text = (
        "The Nikkei 225 fell 2.1% on Monday. The drop came after Trade Minister Kenji Sato "
        "warned on Sunday that export curbs could widen. Government bond yields rose, with the "
        "10-year near 1%."
    )
    f = frame_of(text, published="2024-03-05")
    assert _row(f, "Government bond yields")["date"] == pd.Timestamp("2024-03-04")
    assert _row(f, "Government bond yields")["date_source"] == "inherited"
    assert _row(f, "The drop came")["date"] == pd.Timestamp("2024-03-03")


def test_an_organisation_before_a_title_is_not_the_speaker_and_name_particles_stay():
    text = (
        "Dallas Fed President Lorie Logan said on Tuesday that rates should stay high.\n"
        "European Commission President Ursula von der Leyen said on Monday that talks would "
        "go on.\n"
        "Chinese Commerce Minister Wang Wentao said on Monday that the curbs were lawful."
    )
    f = frame_of(text, published="2024-03-14")
    assert _row(f, "Dallas Fed")["speaker"] == "Lorie Logan"
    assert _row(f, "European Commission")["speaker"] == "Ursula von der Leyen"
    assert _row(f, "Chinese Commerce")["speaker"] == "Wang Wentao"


def test_a_weekday_before_the_subject_without_a_comma_and_a_reply_the_same_day():
    text = (
        "On Tuesday Ingrid Solberg, the fisheries minister, said the quota would be cut.\n"
        "Finance Minister Tomas Berg said on Friday that the levy would stay. "
        "Opposition leader Anna Lind retorted the same day that the levy was unfair."
    )
    f = frame_of(text, published="2024-03-10")
    solberg, lind = _row(f, "On Tuesday"), _row(f, "Opposition leader")
    assert solberg["speaker"] == "Ingrid Solberg" and solberg["date"] == pd.Timestamp("2024-03-05")
    assert lind["speaker"] == "Anna Lind" and lind["date"] == pd.Timestamp("2024-03-08")


def test_a_quote_that_names_today_as_its_day_is_dated_unless_the_day_is_ahead():
    text = (
        '"Our decision today keeps the recovery on track," Governor Lena Marsh told reporters.\n'
        "Senator Paul Ortiz said on Monday that the bill was ready.\n"
        '"We will pass it today," Ortiz said.'
    )
    f = frame_of(text, published="2024-05-08")
    marsh, ortiz = _row(f, '"Our decision'), _row(f, '"We will pass')
    assert marsh["date"] == pd.Timestamp("2024-05-08") and marsh["date_source"] == "explicit"
    assert ortiz["date"] == pd.Timestamp("2024-05-06") and ortiz["date_source"] == "inherited"


def test_after_the_vote_names_the_occasion_even_when_the_speaker_spoke_earlier():
    text = (
        "Prime Minister Elena Varga said on Saturday that the budget deal was final.\n"
        "The National Assembly approved the budget on Tuesday night by 120 votes to 75.\n"
        "Varga said in a statement after the vote that the country could now move on."
    )
    f = frame_of(text, published="2024-05-08")
    after = _row(f, "Varga said in a statement")
    assert after["date"] == pd.Timestamp("2024-05-07") and after["date_source"] == "inherited"


def test_names_and_bodies_ending_in_ly_are_not_taken_for_adverbs():
    text = (
        "The National Assembly approved the budget on Tuesday night by 120 votes to 75.\n"
        "Senator Mark Kelly said on Monday that the bill was ready."
    )
    f = frame_of(text, published="2024-05-08")
    assert _row(f, "The National Assembly")["speaker"] == "National Assembly"
    assert _row(f, "Senator Mark Kelly")["speaker"] == "Mark Kelly"


def test_a_long_opening_clause_with_a_comma_later_is_not_taken_for_a_leading_phrase():
    text = (
        "Earlier this month the Bundestag voted 400 to 180 for a motion, a rare rebuke, "
        "that asked for a say over export licences.\n"
        "The minister, Karl Brandt, has floated the idea of a joint licence office before."
    )
    f = frame_of(text, published="2024-05-22")
    vote = _row(f, "Earlier this month")
    assert vote["speaker"] == "Bundestag" and vote["date"] == pd.Timestamp("2024-05-01")
    assert _row(f, "The minister, Karl Brandt")["speaker"] == "Karl Brandt"


def test_a_pronoun_goes_to_a_person_introduced_by_any_verb_not_only_a_copula():
    text = (
        "Finance Minister Sofia Reyes said on Monday that the levy would stay, and she argued "
        "that it protected farmers.\n"
        "Trade Commissioner Peter Hahn struck a softer tone. He told reporters on Tuesday that "
        "talks could resume."
    )
    f = frame_of(text, published="2024-11-27")
    assert _row(f, "He told reporters")["speaker"] == "Peter Hahn"


def test_timeline_entries_tell_acts_in_the_present_on_the_date_that_opens_them():
    text = (
        "The timeline\n\n"
        "Jan. 14 — Finance Minister Olga Petrov signs an order imposing a 15 per cent levy on "
        "imported fertiliser. Farm groups protest.\n\n"
        "Feb. 2 — Petrov suspends the levy after talks. The agriculture ministry announces "
        "new quotas on grain exports.\n\n"
        "Petrov signs many orders."
    )
    f = frame_of(text, published="2024-02-20")
    signs, suspends = _row(f, "Jan. 14"), _row(f, "Feb. 2")
    assert signs["speaker"] == "Olga Petrov" and signs["kind"] == "action"
    assert signs["date"] == pd.Timestamp("2024-01-14")
    assert suspends["date"] == pd.Timestamp("2024-02-02")
    quotas = _row(f, "The agriculture ministry")
    assert quotas["date"] == pd.Timestamp("2024-02-02")  # the entry's second sentence
    assert not f["text"].str.startswith("Petrov signs many").any()  # not a timeline entry


def test_ending_and_holding_a_policy_are_acts_but_a_market_that_ended_the_day_is_not():
    text = (
        "The central bank of Norland ended its bond purchase program on Tuesday and held rates "
        "at 2%.\n"
        "Stocks rose on Tuesday afternoon as traders bet that the talks would resume, and the "
        "main index ended the day up 1.2%."
    )
    f = frame_of(text, published="2024-03-20")
    assert _row(f, "The central bank")["kind"] == "action"
    assert _row(f, "Stocks rose")["kind"] == "market"


def test_a_date_in_an_apposition_does_not_date_the_act_and_weighing_in_is_speech():
    text = (
        "Board member Ana Ruiz, an economist who joined the board in 2021, also voted against "
        "the rate increase.\n"
        "Gov. Tom Reyes weighed in Thursday, saying the levy would cost jobs."
    )
    f = frame_of(text, published="2024-03-22")
    assert pd.isna(_row(f, "Board member Ana Ruiz")["date"])
    reyes = _row(f, "Gov. Tom Reyes")
    assert reyes["speaker"] == "Tom Reyes" and reyes["date"] == pd.Timestamp("2024-03-21")


def test_a_pronoun_after_a_named_opening_clause_and_party_adjectives_before_titles():
    text = (
        "Commerce Secretary Ivan Petrov said on Thursday that the rules were needed.\n"
        "Republican Senator Ada Brooks of Ohio has long pushed for tougher rules, and she said "
        "Friday that no deal should weaken them.\n"
        "Democratic Senator Leo Marsh said on Friday that the move was overdue."
    )
    f = frame_of(text, published="2019-05-20")
    assert _row(f, "she said Friday")["speaker"] == "Ada Brooks"
    assert _row(f, "Democratic Senator")["speaker"] == "Leo Marsh"
