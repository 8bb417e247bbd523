"""One rule for p-values and percentages in every place the toolkit shows a number.

The rule (``toolkit._format``): a p-value below 0.001 is written ``<0.001``, any other with
three decimals (``0.045``), in a sentence ``p < 0.001`` / ``p = 0.045``; a return is a signed
percentage with two decimals (``-5.47%``). The expected strings are built here with plain
string formatting from the numbers of an event study on the embedded snapshot (XLK and XLE
against the S&P 500 around 2025-04-03 and 2025-04-09), then looked up in the same rows of
``results.summary()``, of the ``market-reaction study`` table and of the report's HTML tables,
so the three cannot drift apart. The TestStatistic, the LaTeX export and the chart hover text
follow the same rule.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings

import numpy as np
import pytest

from toolkit._format import fmt_p, fmt_pct, fmt_pvalue
from toolkit.cli import main
from toolkit.errors import EventWarning
from toolkit.market import load_prices
from toolkit.report import sections
from toolkit.study.inference import TestStatistic
from toolkit.study.model import EventStudy

DATES = ["2025-04-03", "2025-04-09"]


def _p(value: float) -> str:
    """The rule, written out independently of toolkit._format."""
    return "<0.001" if value < 0.001 else f"{value:.3f}"


def _pct(value: float) -> str:
    return f"{'+' if value >= 0 else '-'}{abs(value) * 100:.2f}%"


@pytest.fixture(scope="module")
def results():
    prices = load_prices(["XLK", "XLE", "^GSPC"], "2024-01-01", "2025-06-30", source="snapshot")
    returns = prices.returns()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EventWarning)
        return EventStudy(
            returns[["XLK", "XLE"]],
            DATES,
            model="market",
            benchmark=returns["^GSPC"],
            event_window=(-5, 5),
            estimation_window=(-250, -11),
        ).fit()


@pytest.fixture(scope="module")
def cli_table() -> str:
    argv = ["study", "--dates", *DATES, "--tickers", "XLK", "XLE", "--benchmark", "^GSPC"]
    argv += ["--model", "market"]
    out = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(out):
        warnings.simplefilter("ignore", EventWarning)
        assert main(argv) == 0
    return out.getvalue()


def test_the_rule() -> None:
    for p in (0.0, 0.00049, 0.000999, 0.001, 0.0123, 0.0456, 0.5, 1.0):
        assert fmt_pvalue(p) == _p(p)
        assert fmt_p(p) == ("p < 0.001" if p < 0.001 else f"p = {p:.3f}")
    for r in (-0.0547, 0.0351, 0.0, -0.000049):
        assert fmt_pct(r) == _pct(r)
    assert fmt_pvalue(float("nan")) == fmt_pct(None) == "\u2014"


def _line(text: str, *keys: str) -> str:
    """The one line of ``text`` that holds every key."""
    found = [ln for ln in text.splitlines() if all(k in ln for k in keys)]
    assert len(found) == 1, (keys, found)
    return found[0]


def _cells(html: str, *keys: str) -> list[str]:
    """The cells of the one table row of ``html`` that holds every key as a cell."""
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", r, flags=re.S) for r in rows]
    found = [c for c in cells if all(k in c for k in keys)]
    assert len(found) == 1, (keys, found)
    return found[0]


def test_caar_p_values_read_the_same_in_summary_cli_and_report(results, cli_table) -> None:
    summary = results.summary().as_text()
    report = sections.caar_table(results.caar).markup
    written = set()
    for row in results.caar.itertuples():
        p, caar = _p(row.j1_pvalue), _pct(row.caar)
        written.add(p)
        # summary: "statistic (p-value)"
        assert f"{row.j1:.2f} ({p})" in _line(summary, row.window, f" {row.group} ")
        # command line: the CAAR table's row, a column of p-values
        assert f" {p} " in _line(cli_table, f"{row.window} ", f" {row.group} ", caar) + " "
        # report: the CAAR table's cells (HTML-escaped)
        cells = _cells(report, row.window, row.group)
        assert p.replace("<", "&lt;") in cells and caar in cells
    assert "<0.001" in written and any(re.fullmatch(r"0\.\d{3}", p) for p in written)


def test_car_p_values_read_the_same_on_the_cli_and_in_the_report(results, cli_table) -> None:
    car = results.car.astype({"event_id": str, "asset": str})
    report = sections.car_table(car).markup
    written = set()
    for row in car.itertuples():
        p, value = _p(row.pvalue), _pct(row.car)
        written.add(p)
        line = _line(cli_table, f" {row.event_id} ", f" {row.asset} ", row.window, value)
        assert f" {p} " in line + " "
        cells = _cells(report, row.event_id, row.asset, row.window)
        assert p.replace("<", "&lt;") in cells and value in cells
    assert "<0.001" in written and any(re.fullmatch(r"0\.\d{3}", p) for p in written)
    assert not re.search(r"\b0\.000\b", cli_table)  # never "0.000" for a tiny p-value


def test_statistics_exports_and_charts_follow_the_rule(results) -> None:
    from toolkit.plotting import plot_group_caar

    assert "p < 0.001" in str(TestStatistic("j1", -4.2, 0.0002, "CAAR = 0", "N(0,1)"))
    assert "p = 0.046" in str(TestStatistic("j1", 2.0, 0.0456, "CAAR = 0", "N(0,1)"))
    row = results.caar.query("window == '(0, 0)' and group == 'all'").iloc[0]
    assert _pct(row["caar"]).replace("%", "\\%") in results.to_latex()
    hovers = " ".join(
        str(t.hovertemplate or "") + " ".join(map(str, np.ravel(t.hovertext or [])))
        for t in plot_group_caar(results).data
    )
    found = re.findall(r"J1 (p < 0\.001|p = \d\.\d{3})", hovers)
    assert found and set(found) == {fmt_p(p) for p in results.caar["j1_pvalue"]}
