"""Policy topics: detection, the stance lexicon of each topic, and the report's wording.

The three articles in ``tests/data/topics/`` (a Federal Reserve rate decision, a sanctions and
export-controls article, a budget and stimulus article) are made up for these tests, with
invented people and quotes. The statements are found by their quoted words, and their stance
is the one a reader of the sentence would give it.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest
import yaml

from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.text.articles import load_article
from toolkit.text.stance import default_lexicon, lexicon_for, load_stance_lexicon, score_stance
from toolkit.text.statements import extract_statements
from toolkit.text.topics import (
    MARGIN,
    MIN_SCORE,
    PHRASE_CAP,
    SCANNED_CHARS,
    TOPICS,
    detect_topic,
    frame_topic,
    stance_legend,
    topic_scores,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TOPIC_ARTICLES = DATA / "topics"
SEED = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"


def statements_of(name: str, **kwargs) -> pd.DataFrame:
    art = load_article(TOPIC_ARTICLES / f"{name}.txt")
    return extract_statements(art.text, published=art.published, **kwargs).to_frame()


def row(frame: pd.DataFrame, words: str) -> pd.Series:
    """The one statement whose text holds ``words``."""
    rows = frame[frame["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, (words, frame[["speaker", "stance", "text"]])
    return rows.iloc[0]


# ----------------------------------------------------------------------------- detection
@pytest.mark.parametrize(
    ("path", "topic"),
    [
        (TOPIC_ARTICLES / "fed_rate_decision.txt", "monetary"),
        (TOPIC_ARTICLES / "export_controls.txt", "sanctions"),
        (TOPIC_ARTICLES / "budget_stimulus.txt", "fiscal"),
        (SEED, "trade"),
        (DATA / "articles" / "trade_weekend.txt", "trade"),
        (DATA / "articles" / "senate_vote.txt", "trade"),
        (DATA / "articles" / "fed_press_conference.txt", "monetary"),
    ],
    ids=lambda v: v.stem if isinstance(v, Path) else v,
)
def test_topic_of_each_article(path, topic):
    assert detect_topic(path.read_text(encoding="utf-8")) == topic


# The annotated articles of other rounds, whose subjects are plain from their titles; the
# vocabulary was written before it was run on them, and they were all right on the first run.
@pytest.mark.parametrize(
    ("name", "topic"),
    [
        ("blind/b1_20190506_china_tariffs_wire", "trade"),
        ("blind/b2_20220722_ecb_hike_newspaper", "monetary"),
        ("blind/b3_20180410_rusal_sanctions_tv", "sanctions"),
        ("blind/b4_20240229_stopgap_vote_newspaper", "fiscal"),
        ("blind/b5_20230604_opec_liveblog", "general"),
        ("blind_round2/c1_20240918_fomc_wire", "monetary"),
        ("blind_round2/c2_20180722_eu_us_steel_magazine", "trade"),
        ("blind_round2/c3_20230601_debt_ceiling_newspaper", "fiscal"),
        ("blind_round2/c4_20241126_markets_wrap", "mixed"),
        ("blind_round3/d1_20240319_boj_bloomberg", "monetary"),
        ("blind_round4/e1_20240606_ecb_ap", "monetary"),
        ("blind_round4/e4_20240612_russia_sanctions_factbox", "sanctions"),
        ("holdout/wire_2026_shadow_fleet", "sanctions"),
        ("holdout/wsj_2024_shutdown", "fiscal"),
        ("holdout/reuters_2018_retaliation", "trade"),
    ],
)
def test_topic_of_annotated_articles(name, topic):
    assert detect_topic((DATA / f"{name}.txt").read_text(encoding="utf-8")) == topic


def test_scores_follow_the_weights_the_cap_and_the_longest_phrase():
    # "tariffs" (3.0) five times counts PHRASE_CAP times; "trade deficit" is one trade phrase
    # (2.0), not "deficit" for fiscal policy; "export controls" (3.0) is sanctions, not
    # "exports"; "Federal  Reserve" across two spaces is one phrase (3.0).
    text = (
        "Tariffs, tariffs, tariffs, tariffs and tariffs. The trade deficit widened. "
        "Export controls tightened. The Federal  Reserve met."
    )
    assert PHRASE_CAP == 4
    assert topic_scores(text) == {
        "trade": 3.0 * 4 + 2.0,
        "monetary": 3.0,
        "sanctions": 3.0,
        "fiscal": 0.0,
    }


def test_only_the_start_of_the_text_is_read():
    lead = "The central bank raised interest rates. "  # monetary 3 + 3
    filler = "word " * ((SCANNED_CHARS - len(lead)) // 5)
    late = "Tariffs, tariffs and a trade war."  # past the scanned start: not counted
    text = lead + filler + late
    assert len(lead + filler) <= SCANNED_CHARS < len(text)
    assert topic_scores(text) == {"trade": 0.0, "monetary": 6.0, "sanctions": 0.0, "fiscal": 0.0}
    assert detect_topic(text) == "monetary"


def test_mixed_within_the_margin_and_general_below_the_minimum():
    # trade 3 + 3 = 6 against monetary 3 + 3 = 6: a tie is within the margin
    both = "Tariffs and a trade war; the central bank and interest rates."
    scores = topic_scores(both)
    assert scores["trade"] == scores["monetary"] == 6.0 >= MIN_SCORE
    assert detect_topic(both) == "mixed"
    # one more trade phrase (3.0): 9 >= MARGIN * 6
    assert MARGIN * 6.0 <= 9.0
    assert detect_topic(both + " Reciprocal tariffs.") == "trade"
    # a single topic word is not enough
    assert topic_scores("The tariffs stay.")["trade"] == 3.0 < MIN_SCORE
    assert detect_topic("The tariffs stay.") == "general"
    assert detect_topic("") == "general"


def test_frame_topic_and_legend_of_several_articles():
    one = statements_of("fed_rate_decision")
    assert frame_topic(one) is TOPICS["monetary"]
    assert stance_legend(one).startswith("Topic: monetary policy. Stance: hawkish = ")
    seed = extract_statements(SEED.read_text(encoding="utf-8"), published="2025-04-09")
    both = pd.concat([one, seed.to_frame()], ignore_index=True)
    assert frame_topic(both) is TOPICS["mixed"]
    legend = stance_legend(both)
    assert "monetary policy: Stance: hawkish" in legend
    assert "trade and tariffs: Stance: escalation = more or firmer tariffs" in legend
    assert frame_topic(None) is TOPICS["general"]


# ----------------------------------------------------------------------------- stances
def test_fed_article_has_hawkish_and_dovish_statements():
    f = statements_of("fed_rate_decision")
    assert set(f["topic"]) == {"monetary"}
    assert set(f["stance"]) <= set(TOPICS["monetary"].stance_values)
    hawkish = [
        "Inflation remains elevated, and we are prepared to hold rates higher for longer",
        "continue its balance-sheet runoff at the current pace",
        "the Fed should be in no hurry to ease",
        "we may need to raise rates again",
    ]
    dovish = [
        "The labor market is softening, and I believe it is time to cut rates",
        "the committee should ease policy gradually",
        "policy is too tight, said in a statement",
        'should cut rates "by at least a full point, NOW,"',
    ]
    for words in hawkish:
        r = row(f, words)
        assert (r["stance"], r["stance_score"] > 0) == ("hawkish", True), words
    for words in dovish:
        r = row(f, words)
        assert (r["stance"], r["stance_score"] < 0) == ("dovish", True), words
    assert row(f, "Stocks were little changed")["stance"] == "neutral"  # a market remark


def test_sanctions_article_has_tightening_easing_and_opposition():
    f = statements_of("export_controls")
    assert set(f["topic"]) == {"sanctions"}
    for words in (
        "added 31 companies in China, Russia and the United Arab Emirates to its entity list",
        "We will keep adding companies to the entity list",
        "imposed sanctions on 14 vessels",
        "tighten enforcement against every link",
        "should impose sanctions on the Chinese banks",
    ):
        assert row(f, words)["stance"] == "tightening", words
    for words in (
        "grant license exemptions to chipmakers",
        "it would lift sanctions on two Kazakh trading companies",
        "We are prepared to lift sanctions on companies that change their behavior",
    ):
        assert row(f, words)["stance"] == "easing", words
    # whether the extractor keeps this sentence as a statement is its own business; its words
    # read as opposition to the measures
    condemned = (
        'China\'s Commerce Ministry condemned the listings, calling them "unilateral bullying."'
    )
    assert score_stance(condemned, default_lexicon("sanctions"))[0] == "opposition"


def test_fiscal_article_has_stimulus_austerity_and_opposition():
    f = statements_of("budget_stimulus")
    assert set(f["topic"]) == {"fiscal"}
    for words in (
        "narrowly passed a $1.2 trillion spending package",
        "This is a stimulus package for working families",
        "the tax cuts and infrastructure spending would",
    ):
        assert row(f, words)["stance"] == "stimulus", words
    for words in (
        # "not support the bill without deep spending cuts" asks for the cuts
        "she would not support the bill without deep spending cuts",
        "has to come with deficit reduction, and that means real spending cuts",
        "a credible plan for deficit reduction",
    ):
        assert row(f, words)["stance"] == "austerity", words
    assert row(f, "Democrats would try to block it")["stance"] == "opposition"


@pytest.mark.parametrize(
    ("topic", "text", "stance"),
    [
        ("monetary", "We are not going to cut rates.", "hawkish"),
        ("monetary", "There will be no further rate increases.", "dovish"),
        ("sanctions", "We will not lift sanctions.", "tightening"),
        ("sanctions", "There will be no new sanctions.", "easing"),
        ("fiscal", "There will be no spending cuts.", "stimulus"),
        ("fiscal", "We will not cut taxes.", "austerity"),
        ("fiscal", "She will not sign it without spending cuts.", "austerity"),
        ("fiscal", "Lawmakers did not vote against it.", "neutral"),  # negated opposition
    ],
)
def test_a_negation_swaps_the_poles_of_each_topic(topic, text, stance):
    assert score_stance(text, default_lexicon(topic))[0] == stance


def test_trade_articles_keep_their_stance_names():
    seed = extract_statements(SEED.read_text(encoding="utf-8"), published="2025-04-09")
    f = seed.to_frame()
    assert set(f["topic"]) == {"trade"}
    assert set(f["stance"]) <= {"escalation", "deescalation", "opposition", "neutral"}
    assert {"escalation", "deescalation"} <= set(f["stance"])


def test_a_given_topic_overrides_detection():
    detected = statements_of("fed_rate_decision")
    as_trade = statements_of("fed_rate_decision", topic="trade")
    assert set(as_trade["topic"]) == {"trade"}
    assert set(as_trade["stance"]) <= set(TOPICS["trade"].stance_values)
    # the same statements, other stance names: the trade lexicon reads "cut rates" as a
    # de-escalation
    assert list(as_trade["text"]) == list(detected["text"])
    assert row(as_trade, "time to cut rates")["stance"] == "deescalation"
    as_fiscal = statements_of("export_controls", topic="general")
    assert set(as_fiscal["topic"]) == {"general"}
    with pytest.raises(InputError, match=r"Parameter `topic` takes one of 'trade', 'monetary'"):
        statements_of("fed_rate_decision", topic="weather")


# ----------------------------------------------------------------------------- user lexicons
def test_a_user_lexicon_for_one_topic_replaces_the_shipped_one_for_that_topic(tmp_path):
    path = tmp_path / "fed_words.yaml"
    path.write_text(
        yaml.safe_dump(
            {"topic": "monetary", "entries": [{"pattern": "patien\\w*", "stance": "dovish"}]}
        )
    )
    text = "Jo Park, the Fed chair, said on Monday that the central bank will be patient."
    f = extract_statements(text, published="2026-01-05", lexicon=path, topic="monetary")
    assert (f.to_frame().loc[0, "stance"], f.to_frame().loc[0, "stance_score"]) == ("dovish", -1.0)
    # an article of another topic keeps its shipped lexicon
    trade = "Jo Park said on Monday that the tariffs take effect."
    g = extract_statements(trade, published="2026-01-05", lexicon=path, topic="trade")
    assert g.to_frame().loc[0, "stance"] == "escalation"
    assert lexicon_for("trade", path) is default_lexicon("trade")
    assert lexicon_for("monetary", [path]).source == str(path.resolve())


def test_user_lexicons_say_which_topic_they_are_for(tmp_path):
    bare = tmp_path / "bare.yaml"
    bare.write_text(yaml.safe_dump({"entries": [{"pattern": "widgets?", "stance": "hawkish"}]}))
    # a file without `topic` takes the topic from the parameter
    lex = load_stance_lexicon(bare, topic="monetary")
    assert (lex.topic, lex.stances) == ("monetary", ("hawkish", "dovish"))
    # ... and without it, the trade stance names (as before), which "hawkish" is not
    with pytest.raises(InputError, match=r"entry 0 has stance 'hawkish'; expected 'escalation'"):
        load_stance_lexicon(bare)
    declared = {"topic": "fiscal", "entries": [{"pattern": "x", "stance": "hawkish"}]}
    with pytest.raises(InputError, match=r"'stimulus' or 'austerity' or 'opposition'"):
        load_stance_lexicon(declared)
    with pytest.raises(InputError, match=r"is for topic 'fiscal', but parameter `topic`"):
        load_stance_lexicon({**declared, "entries": []}, topic="monetary")
    with pytest.raises(InputError, match=r"its `topic` takes one of"):
        load_stance_lexicon({"topic": "weather", "entries": []})
    one = {"topic": "fiscal", "entries": []}
    with pytest.raises(InputError, match=r"two lexicons for topic 'fiscal'"):
        lexicon_for("fiscal", [one, one])


def test_the_shipped_lexicons_compile_once_and_declare_their_topic():
    for name in ("trade", "monetary", "sanctions", "fiscal"):
        lex = default_lexicon(name)
        assert lex is default_lexicon(name)  # cached
        assert lex.topic == name and lex.stances == TOPICS[name].stances
        assert {stance for _r, stance, _w in lex.entries} == set(lex.stances)
        # every entry is written without groups of its own, so the fast path is used
        assert not any(regex.groups for regex, _s, _w in lex.entries), name
    assert default_lexicon(None).topic is None
    assert default_lexicon("general").stances == ("escalation", "deescalation", "opposition")


# ----------------------------------------------------------------------------- report wording
WORDING = {
    "fed_rate_decision": (
        "monetary policy",
        "Do hawkish statements move the market differently from dovish ones?",
        "hawkish",
    ),
    "export_controls": (
        "sanctions and export controls",
        "Do statements that tighten sanctions or export controls move the market",
        "tightening",
    ),
    "budget_stimulus": (
        "fiscal policy",
        "Do statements for stimulus move the market differently from statements for austerity?",
        "stimulus",
    ),
}


def _visible(page: str) -> str:
    """The page without its style sheets and scripts (what a reader sees, and the code)."""
    return re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S | re.I)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(WORDING))
def test_report_speaks_of_the_topic_of_its_article(name, tmp_path, monkeypatch, capsys):
    label, question, stance = WORDING[name]
    monkeypatch.chdir(tmp_path)
    out = tmp_path / f"{name}.html"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = main(["report", str(TOPIC_ARTICLES / f"{name}.txt"), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "tariff" not in page.lower()
    seen = _visible(page)
    assert f"its stance on {label}" in seen or f"its stance on the {label}" in seen
    assert f"Topic: {label}. Stance: {stance} = " in seen
    assert question in seen
    assert "escalat" not in seen.lower()


@pytest.mark.slow
def test_report_topic_option_sets_the_wording(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "seed_as_general.html"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = main(["report", str(SEED), "--topic", "general", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    seen = _visible(out.read_text(encoding="utf-8"))
    assert "its stance on the policy" in seen and "Topic: policy. Stance: escalation" in seen
    assert "--topic general" in seen  # the command that regenerates the report


def test_extract_command_takes_a_topic(capsys):
    path = TOPIC_ARTICLES / "fed_rate_decision.txt"
    assert main(["extract", str(path), "--format", "csv"]) == 0
    detected = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert set(detected["topic"]) == {"monetary"} and "hawkish" in set(detected["stance"])
    assert main(["extract", str(path), "--format", "csv", "--topic", "trade"]) == 0
    given = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert set(given["topic"]) == {"trade"} and "hawkish" not in set(given["stance"])
    with pytest.raises(SystemExit):
        main(["extract", str(path), "--topic", "weather"])
    assert "invalid choice: 'weather'" in capsys.readouterr().err
