"""A report that fits any study: the events-file sections, "Reading the results", the optional
cells of the page, and a report on the seed article beside an events file.

The numbers the sentences must carry are computed here from the made-up returns (a market
model fitted with numpy's ``lstsq``), and the tests named as assuming independence come from
their definitions in the literature (J1, J2, Patell, BMP, sign and Wilcoxon treat the
(event, asset) pairs as independent; BMP-KP, Patell-KP and the calendar-time portfolio allow
for cross-correlation).
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from toolkit import EventStudy, align_events, load_events, render_report
from toolkit.errors import EventWarning
from toolkit.market.calendar import sessions_between
from toolkit.report.export import arrange_cells
from toolkit.report.reading import (
    file_events_table,
    left_out,
    reading_the_results,
    section_intro,
)

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"
SHOCK_DAY = pd.Timestamp("2025-03-03")


def _text(block) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block.markup)).strip()


@pytest.fixture(scope="module")
def panel():
    index = sessions_between("2024-01-02", "2025-06-30")
    rng = np.random.default_rng(11)
    market = rng.normal(0.0, 0.01, len(index))
    returns = pd.DataFrame(
        {a: 0.9 * market + rng.normal(0, 0.006, len(index)) for a in ("A", "B", "C")},
        index=index,
    )
    returns.loc[SHOCK_DAY, "A"] += 0.06
    return returns, pd.Series(market, index=index, name="SPY")


def _market_model_ar(returns, market, asset, day):
    t0 = returns.index.get_loc(pd.Timestamp(day))
    est = slice(t0 - 250, t0 - 10)
    design = np.column_stack([np.ones(240), market.to_numpy()[est]])
    (alpha, beta), *_ = np.linalg.lstsq(design, returns[asset].to_numpy()[est], rcond=None)
    return returns[asset].iloc[t0] - alpha - beta * market.iloc[t0]


def test_reading_names_the_event_that_moved_and_by_how_much(panel, tmp_path):
    returns, market = panel
    path = tmp_path / "ev.csv"
    path.write_text(
        "event_id,date,asset\nshock,2025-03-03,A\nquiet,2025-04-14,B\nother,2025-05-20,C\n"
    )
    study = EventStudy(returns, load_events(path), benchmark=market, car_windows=[(0, 0)]).fit()
    text = _text(reading_the_results(study))
    expected = _market_model_ar(returns, market, "A", SHOCK_DAY)
    assert expected > 0.05
    assert f"shock (2025-03-03): A {100 * expected:+.2f}%" in text
    assert "on day 0" in text
    # no two windows share a session: the calendar does not contradict independence
    assert "No two event-asset pairs share a session" in text
    # the sentence on the tests restates the table: which reject at 5%, which do not
    cell = study.tests.query("window == '(0, 0)' and group == 'all'").dropna(subset=["pvalue"])
    n_reject = int((cell["pvalue"] < 0.05).sum())
    if 0 < n_reject < len(cell):
        assert f"{n_reject} of {len(cell)} reject a zero mean" in text
    caar = study.caar.query("window == '(0, 0)' and group == 'all'")["caar"].item()
    assert f"the mean CAR on day 0 is {100 * caar:+.2f}%" in text


def test_reading_explains_windows_that_share_sessions(panel):
    returns, market = panel
    events = align_events(["2025-03-03", "2025-03-04", "2025-03-05"])
    with pytest.warns(EventWarning, match="overlap"):
        study = EventStudy(returns, events, benchmark=market, car_windows=[(-1, 1)]).fit()
    text = _text(reading_the_results(study))
    assert "Event windows share sessions over days (-1, 1)" in text
    assumes = re.search(r"assume independent pairs \(([^)]*)\)", text).group(1).split(", ")
    assert set(assumes) == {"J1", "J2", "Patell", "BMP", "generalized sign", "Wilcoxon"}
    allows = re.search(r"allow for it \(([^)]*)\)", text).group(1).split(", ")
    assert set(allows) == {"BMP-KP", "Patell-KP", "calendar-time"}
    assert "p-values are too small" in text


def test_sections_of_an_events_file_report(panel, tmp_path):
    returns, _ = panel
    path = tmp_path / "ev.csv"
    path.write_text("event_id,date,asset,surprise\na,2025-04-05,A,0.5\nb,2026-01-05,B,1.0\n")
    with pytest.warns(Warning, match="1 of 2 events"):
        events = load_events(path, prices=returns)
    for name in ("articles", "statements"):
        assert section_intro(name, statements=False) is None
        assert section_intro(name, statements=True) is not None
    assert "Comparison by group" in _text(section_intro("groups", statements=False))
    assert "Comparison by stance" in _text(section_intro("groups", statements=True))
    shown = _text(file_events_table(events.to_frame()))
    assert "surprise" in shown and "2025-04-07" in shown and "weekend" in shown
    assert "statement_ids" not in shown
    skipped = _text(left_out(events.skipped, pd.DataFrame(columns=["event_id", "asset", "reason"])))
    assert "1 event of the events file could not be studied" in skipped
    assert "outside the price data" in skipped and " 3 " in f" {skipped} "  # its line


def test_optional_cells_without_output_leave_the_page():
    empty = new_code_cell("None", metadata={"tags": ["mr-optional"]})
    shown = new_code_cell("'x'", metadata={"tags": ["mr-optional"]})
    shown["outputs"] = [new_output("execute_result", {"text/plain": "'x'"}, execution_count=1)]
    plain = new_code_cell("None")
    nb = new_notebook(cells=[empty, shown, plain])
    kept = arrange_cells(nbformat.from_dict(nb)).cells
    assert [c.source for c in kept] == ["'x'", "None"]


@pytest.mark.slow
def test_report_on_the_seed_article_beside_an_events_file(tmp_path, monkeypatch):
    """Articles and an events file together: the statement sections stay, the file's event
    joins the statements' events, and "Reading the results" tells the numbers."""
    monkeypatch.chdir(ROOT)
    events = tmp_path / "extra.csv"
    events.write_text("event_id,date,group,note\nfed,2025-03-19T18:00:00Z,fomc,rates held\n")
    out = render_report(
        SEED_TEXT,
        events=events,
        out=tmp_path / "both.html",
        car_windows=[(0, 0), (-1, 1)],
        include_code=False,
    )
    page = out.read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", page)
    for heading in ("Statements", "Events", "Reading the results", "Comparison by stance"):
        assert f">{heading}<" in page, heading
    assert "rates held" in text and "fomc" in text
    assert re.search(r"Across the \d+ event-asset pairs, the mean CAR on day 0 is [+-]\d", text)
    assert "An event study measures how far the market moved" in text
    assert "--events" in page and "--car-windows 0 0 --car-windows -1 1" in page
