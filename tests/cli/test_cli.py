"""The `market-reaction` command: exit codes, one-line errors, the prices subcommand."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from toolkit import __version__
from toolkit.cli import main
from toolkit.errors import EventWarning


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"market-reaction {__version__}"


def test_no_command_prints_help(capsys):
    assert main([]) == 1
    assert "COMMAND" in capsys.readouterr().out


def test_prices_table_shows_published_closes(capsys):
    assert main(["prices", "SPX", "--start", "2025-04-02", "--end", "2025-04-10"]) == 0
    out = capsys.readouterr().out
    assert "source: snapshot" in out
    for close in (
        "5,670.97",
        "5,396.52",
        "5,074.08",
        "5,062.25",
        "4,982.77",
        "5,456.90",
        "5,268.05",
    ):
        assert close in out
    assert "+9.52%" in out and "-5.97%" in out


def test_prices_csv_is_machine_readable(capsys):
    assert (
        main(
            [
                "prices",
                "^GSPC",
                "XLK",
                "--start",
                "2025-04-08",
                "--end",
                "2025-04-09",
                "--format",
                "csv",
            ]
        )
        == 0
    )
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(frame.columns) == ["date", "ticker", "close", "return_pct"]
    gspc = frame[frame.ticker == "^GSPC"].set_index("date")
    assert gspc.loc["2025-04-09", "close"] == pytest.approx(5456.90)
    assert gspc.loc["2025-04-09", "return_pct"] == pytest.approx(
        (5456.90 / 4982.77 - 1) * 100, abs=1e-4
    )


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["prices", "NOPE"], "NOPE"),
        (["prices", "^GSPC", "--start", "2025-04-10", "--end", "2025-04-01"], "`start`"),
        (["prices", "^GSPC", "--start", "tomorrowish"], "`start`"),
        (["prices", "^GSPC", "--start", "1950-01-01", "--end", "1950-02-01"], "1990"),
    ],
)
def test_errors_are_one_line_with_exit_2(capsys, argv, needle):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("market-reaction: error:") and needle in err
    assert "Traceback" not in err


def test_study_on_dates_prints_cars(capsys):
    argv = [
        "study",
        "--dates",
        "2025-04-03",
        "2025-04-09",
        "--tickers",
        "XLK",
        "XLE",
        "--benchmark",
        "^GSPC",
        "--model",
        "market",
        "--format",
        "csv",
    ]
    with pytest.warns(EventWarning, match="overlap"):
        assert main(argv) == 0
    car = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert set(car["asset"]) == {"XLK", "XLE"} and set(car["event_id"]) == {"E01", "E02"}
    assert set(car["window"]) == {"(-1, 1)", "(0, 0)", "(0, 1)"}
    assert car["car"].notna().all() and car["pvalue"].between(0, 1).all()


def test_study_on_articles_uses_their_sessions(capsys, seed_article_path):
    with pytest.warns(EventWarning):
        assert main(["study", str(seed_article_path)]) == 0
    out = capsys.readouterr().out
    for session in ("2025-04-07", "2025-04-08", "2025-04-09"):
        assert session in out


def test_study_needs_events(capsys):
    assert main(["study"]) == 2
    assert "--dates" in capsys.readouterr().err


# ------------------------------------------------------------------------ claims
def test_claims_on_the_seed_article_csv(capsys, seed_article_path):
    assert main(["claims", str(seed_article_path), "--format", "csv"]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    # worked out by hand in tests/study/test_claims.py: the rally given up that afternoon, the
    # three falls of 2025-04-03, 04-04 and 04-07 before it, the afternoon wording
    assert frame["verdict"].tolist() == ["not checkable", "consistent", "not checkable"]
    assert frame["reason"].fillna("").tolist() == ["intraday wording", "", "intraday wording"]
    assert set(frame["session"]) == {"2025-04-08"}


def test_claims_table_names_and_json(capsys, tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text(
        "Apple shares plunged 9% on Thursday.\nThe S&P 500 rose 4.84% on Thursday.\n",
        encoding="utf-8",
    )
    argv = ["claims", str(article), "--published", "2025-04-04", "--name", "Apple=AAPL"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    # Apple: 222.7132 -> 202.1220 in the snapshot (-9.25%); the S&P 500 fell 4.84%
    assert out.startswith("# 2 claims: 1 consistent, 1 inconsistent")
    assert "plunged 9%" in out and "-9.25%" in out and "inconsistent" in out
    assert main([*argv, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["ticker"], r["verdict"]) for r in rows] == [
        ("AAPL", "consistent"),
        ("^GSPC", "inconsistent"),
    ]
    assert rows[0]["session"] == "2025-04-03"


def test_claims_bad_name_is_one_line(capsys, seed_article_path):
    assert main(["claims", str(seed_article_path), "--name", "Apple"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("market-reaction: error:") and "`--name`" in err
