"""``market-reaction study`` and ``report`` on the researcher's own events file and price panel.

The price panel is made up here (a wide CSV of closes for A, B, C and SPY, seeded), with a
known shock to A on 2025-03-03. The expected CARs are computed in this file from the closes:
simple returns, a least-squares market model (numpy's ``lstsq``) on sessions -250 to -11, and
the abnormal returns summed over the window.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from toolkit.cli import main
from toolkit.errors import EventWarning, SourceWarning
from toolkit.market.calendar import sessions_between

EVENTS = (
    "event_id,date,asset,group,surprise\n"
    "e1,2025-03-03,A,good,0.4\n"
    "e2,2025-03-14T21:00:00Z,B,bad,-0.2\n"  # 17:00 in New York: the next session, 03-17
    "e3,2025-04-05,C,good,1.1\n"  # a Saturday: Monday 04-07
    "e4,2025-05-01,A,bad,-0.7\n"
)
SHOCK_DAY = pd.Timestamp("2025-03-03")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    index = sessions_between("2024-01-02", "2025-06-30")
    rng = np.random.default_rng(20250303)
    market = rng.normal(0.0004, 0.01, len(index))
    closes = {"SPY": 400 * np.cumprod(1 + market)}
    for i, name in enumerate("ABC"):
        ret = 0.0002 + (0.8 + 0.2 * i) * market + rng.normal(0, 0.008, len(index))
        if name == "A":
            ret[index.get_loc(SHOCK_DAY)] += 0.05
        closes[name] = 50 * (i + 1) * np.cumprod(1 + ret)
    panel = pd.DataFrame(closes, index=pd.Index(index, name="date")).round(6)
    panel.to_csv(tmp_path / "panel.csv")
    (tmp_path / "ev.csv").write_text(EVENTS, encoding="utf-8")
    return {"panel": tmp_path / "panel.csv", "events": tmp_path / "ev.csv", "dir": tmp_path}


def _estimation_days(
    index: pd.DatetimeIndex, day0: str, others: tuple[str, ...] = ()
) -> np.ndarray:
    """Sessions -250 to -11 of ``day0``, without the (-5, 5) windows of the asset's ``others``
    events (the study leaves other events' windows out of an estimation sample)."""
    t0 = index.get_loc(pd.Timestamp(day0))
    days = np.arange(t0 - 250, t0 - 10)
    for other in others:
        t1 = index.get_loc(pd.Timestamp(other))
        days = days[np.abs(days - t1) > 5]
    return days


def _expected_car(
    panel_path: Path,
    asset: str,
    day0: str,
    window: tuple[int, int],
    others: tuple[str, ...] = (),
) -> float:
    closes = pd.read_csv(panel_path, index_col="date", parse_dates=True)
    returns = closes.pct_change().iloc[1:]
    t0 = returns.index.get_loc(pd.Timestamp(day0))
    est = _estimation_days(returns.index, day0, others)
    x = returns["SPY"].to_numpy()
    y = returns[asset].to_numpy()
    design = np.column_stack([np.ones(len(est)), x[est]])
    (alpha, beta), *_ = np.linalg.lstsq(design, y[est], rcond=None)
    days = range(t0 + window[0], t0 + window[1] + 1)
    return float(sum(y[d] - alpha - beta * x[d] for d in days))


def test_study_on_an_events_file_and_a_csv_panel(files, capsys):
    argv = [
        "study",
        "--events",
        str(files["events"]),
        "--source",
        f"csv:{files['panel']}",
        "--benchmark",
        "SPY",
        "--car-windows",
        "0",
        "0",
        "--car-windows",
        "-1",
        "1",
        "--format",
        "csv",
    ]
    assert main(argv) == 0
    car = pd.read_csv(io.StringIO(capsys.readouterr().out))
    # the tickers default to the file's assets, each event only on its own asset
    assert set(zip(car["event_id"], car["asset"])) == {
        ("e1", "A"),
        ("e2", "B"),
        ("e3", "C"),
        ("e4", "A"),
    }
    assert set(car["window"]) == {"(0, 0)", "(-1, 1)"}
    got = car.set_index(["event_id", "window"])["car"]
    assert got[("e1", "(0, 0)")] == pytest.approx(
        _expected_car(files["panel"], "A", "2025-03-03", (0, 0)), abs=1e-9
    )
    assert got[("e3", "(-1, 1)")] == pytest.approx(
        _expected_car(files["panel"], "C", "2025-04-07", (-1, 1)), abs=1e-9
    )


def test_study_reads_a_parquet_panel_and_an_excel_events_file(files, capsys):
    panel = pd.read_csv(files["panel"], parse_dates=["date"])
    panel.to_parquet(files["dir"] / "panel.parquet", index=False)
    events = pd.read_csv(files["events"])
    events.to_excel(files["dir"] / "ev.xlsx", index=False)
    argv = ["study", "--events", str(files["dir"] / "ev.xlsx")]
    argv += ["--source", f"parquet:{files['dir'] / 'panel.parquet'}", "--benchmark", "SPY"]
    assert main([*argv, "--car-windows", "0", "0", "--format", "csv"]) == 0
    car = pd.read_csv(io.StringIO(capsys.readouterr().out)).set_index("event_id")
    assert car.loc["e1", "car"] == pytest.approx(
        _expected_car(files["panel"], "A", "2025-03-03", (0, 0)), abs=1e-9
    )


def test_study_table_shows_the_sessions_and_groups(files, capsys):
    argv = ["study", "--events", str(files["events"]), "--source", f"csv:{files['panel']}"]
    argv += ["--benchmark", "SPY", "--group-by", "group"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "2025-03-17" in out and "after the close" in out and "2025-04-07" in out
    assert re.search(r"\(0, 1\)\s+good", out) and re.search(r"\(0, 1\)\s+bad", out)


def test_one_event_outside_the_panel_is_skipped_with_a_warning(files, capsys):
    path = files["dir"] / "late.csv"
    path.write_text(EVENTS + "e5,2026-02-02,B,bad,0.0\n", encoding="utf-8")
    argv = ["study", "--events", str(path), "--source", f"csv:{files['panel']}"]
    # the panel also starts later than the first estimation window asks (a SourceWarning)
    with pytest.warns(SourceWarning), pytest.warns(EventWarning, match="1 of 5") as caught:
        assert main([*argv, "--benchmark", "SPY"]) == 0
    shown = [str(w.message) for w in caught if issubclass(w.category, EventWarning)]
    assert any("e5" in m and "outside the price data" in m for m in shown)
    assert "e5" in capsys.readouterr().out  # listed under the events not used


@pytest.mark.parametrize(
    ("extra", "needles"),
    [
        (["--source", "csv:"], ["Parameter `source` takes one of"]),
        (["--source", "nowhere"], ["Parameter `source` takes one of"]),
        (["--model", "capm9"], ["Parameter `model`", "capm9"]),
        (["--car-windows", "-8", "8"], ["car_windows"]),
    ],
)
def test_bad_flags_are_one_line_errors(files, capsys, extra, needles):
    argv = ["study", "--events", str(files["events"]), "--benchmark", "SPY"]
    if "--source" not in extra:
        argv += ["--source", f"csv:{files['panel']}"]
    assert main([*argv, *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("market-reaction: error: ") and err.count("\n") == 1
    for needle in needles:
        assert needle in err


def test_ambiguous_dates_ask_for_the_flag(files, capsys):
    path = files["dir"] / "us.csv"
    path.write_text("event_id,date,asset\nx,03/04/2025,A\n", encoding="utf-8")
    argv = [
        "study",
        "--events",
        str(path),
        "--source",
        f"csv:{files['panel']}",
        "--benchmark",
        "SPY",
    ]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "us.csv, line 2, column `date`" in err
    assert "--dayfirst or --no-dayfirst" in err and "dayfirst=True" not in err
    assert main([*argv, "--no-dayfirst", "--format", "csv"]) == 0  # March 4th
    car = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert car["car"].iloc[0] == pytest.approx(
        _expected_car(files["panel"], "A", "2025-03-04", (-1, 1)), abs=1e-9
    )


def test_warning_hints_name_the_flag_in_the_command_and_the_parameter_in_python(
    seed_article_path,
):
    from toolkit import align_events, extract_statements, load_article

    with pytest.warns(EventWarning) as caught:
        assert main(["study", str(seed_article_path)]) == 0
    shown = " ".join(str(w.message) for w in caught)
    assert "--precision day week" in shown and "precision=(" not in shown
    article = load_article(seed_article_path)
    statements = extract_statements(article.text, published=article.published)
    with pytest.warns(EventWarning) as caught:
        events = align_events(statements)
    shown = " ".join(str(w.message) for w in caught)
    assert "precision=('day', 'week')" in shown and "--precision" not in shown
    assert events.skipped["reason"].str.contains(r"precision=\('day', '", regex=True).any()


def _expected_car_ff3(
    panel_path: Path,
    asset: str,
    day0: str,
    window: tuple[int, int],
    others: tuple[str, ...] = (),
) -> float:
    """The FF3 CAR written out here: excess returns over RF regressed on Mkt-RF, SMB and HML
    (the embedded Kenneth R. French factors, percent per day) with numpy's lstsq."""
    from toolkit import load_factors

    closes = pd.read_csv(panel_path, index_col="date", parse_dates=True)
    returns = closes.pct_change().iloc[1:]
    factors = load_factors("ff3", unit="percent", source="snapshot").reindex(returns.index) / 100
    t0 = returns.index.get_loc(pd.Timestamp(day0))
    est = _estimation_days(returns.index, day0, others)
    y = (returns[asset] - factors["RF"]).to_numpy()
    x = factors[["Mkt-RF", "SMB", "HML"]].to_numpy()
    design = np.column_stack([np.ones(len(est)), x[est]])
    coef, *_ = np.linalg.lstsq(design, y[est], rcond=None)
    days = range(t0 + window[0], t0 + window[1] + 1)
    return float(sum(y[d] - coef[0] - x[d] @ coef[1:] for d in days))


@pytest.mark.slow
@pytest.mark.parametrize("model", ["market", "ff3"])
def test_report_on_an_events_file_end_to_end(files, monkeypatch, capsys, model):
    """The command a researcher with their own events and prices runs, in process; the page and
    the Excel export both carry the CAR of e1 computed here (market model, or Fama-French three
    factors on excess returns)."""
    monkeypatch.chdir(files["dir"])
    argv = [
        "report",
        "--events",
        "ev.csv",
        "--source",
        "csv:panel.csv",
        "--tickers",
        "A",
        "B",
        "C",
        "--benchmark",
        "SPY",
        "--model",
        model,
        "--car-windows",
        "0",
        "0",
        "--car-windows",
        "-1",
        "1",
        "--export",
        "xlsx",
        "--out",
        "r.html",
    ]
    assert main(argv) == 0
    assert "wrote r.html" in capsys.readouterr().out
    page = (files["dir"] / "r.html").read_text(encoding="utf-8")
    expected = (_expected_car if model == "market" else _expected_car_ff3)(
        files["panel"], "A", "2025-03-03", (0, 0)
    )
    assert expected > 0.03  # the shock put into the panel
    row = re.search(r"<tr><td>e1</td><td>A</td><td>\(0, 0\)</td><td[^>]*>([^<]+)</td>", page)
    assert row is not None and row.group(1) == f"{100 * expected:+.2f}%"
    text = re.sub(r"<[^>]+>", " ", page)
    assert "Event study: ev.csv" in text and "4 events from ev.csv" in text
    assert "surprise" in text  # the file's characteristics in the events table
    # ... and the CARs regressed on them (OLS written out here, on the four pairs' day-0 CARs)
    assert "CARs and the events' characteristics" in text
    expected_car = _expected_car if model == "market" else _expected_car_ff3
    pairs = [("A", "2025-03-03", ()), ("B", "2025-03-17", ()), ("C", "2025-04-07", ())]
    pairs.append(("A", "2025-05-01", ("2025-03-03",)))  # e1's window is out of e4's sample
    cars = [expected_car(files["panel"], a, d, (0, 0), others) for a, d, others in pairs]
    design = np.column_stack([np.ones(4), [0.4, -0.2, 1.1, -0.7]])
    (_, slope), *_ = np.linalg.lstsq(design, np.array(cars), rcond=None)
    slope_cell = re.search(r"<tr><td>surprise</td><td[^>]*>([^<]+)</td>", page)
    assert slope_cell is not None and float(slope_cell.group(1)) == pytest.approx(slope, rel=1e-3)
    for statement_section in (
        "Statements by policy makers",
        "Market claims",
        "Reading the results",
    ):
        assert statement_section not in text
    assert "market-reaction report --events ev.csv" in page  # the command that regenerates it
    workbook = pd.read_excel(files["dir"] / "r.xlsx", sheet_name=None)
    numbers = np.concatenate(
        [f.select_dtypes("number").to_numpy().ravel() for f in workbook.values()]
    )
    assert np.isclose(numbers, expected, rtol=0, atol=1e-9).any()
