"""The report in a real browser: headless Chromium with the network off.

Chromium is driven through the DevTools protocol over a pipe (:mod:`toolkit.report.browser`).
Each test checks what a reader would meet: no console error, no network request, every chart
drawn, and no script run from article text. Screenshots are kept in ``tests/artifacts/``.
Install Chromium with ``apt-get install -y chromium`` (Debian); without it these tests skip.
"""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from toolkit.report import blocks, render_report, sections
from toolkit.report.browser import check_html, find_chromium
from toolkit.report.export import export_html

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
HOSTILE_TITLE = "Market reaction: Tariffs \"><img src=x onerror=alert(1)> <script>document.title='pwned'</script>"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        find_chromium() is None,
        reason="headless Chromium is not installed (apt-get install -y chromium)",
    ),
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The seed report and the hostile article's report, written from a fresh working folder."""
    work = tmp_path_factory.mktemp("browser")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    shutil.copytree(ROOT / "tests" / "data" / "malicious", work / "malicious")
    mp = pytest.MonkeyPatch()
    mp.chdir(work)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            seed = render_report(["seeds"], out="reports/seed.html")
            hostile = render_report(["malicious"], out="reports/hostile.html")
    finally:
        mp.undo()
    return work / seed, work / hostile


@pytest.mark.slow
def test_seed_report_draws_every_chart_offline_without_errors(reports):
    seed, _ = reports
    shot = ARTIFACTS / "report.png"
    check = check_html(seed, screenshot=shot)
    print(f"screenshot: {shot}")
    assert check.console_errors == []
    assert check.requests == []
    assert check.figure_divs == 5
    assert check.plots == check.figure_divs
    assert check.main_svgs >= check.plots
    assert check.empty_figures == []
    assert shot.stat().st_size > 50_000
    assert check.title.startswith("Market reaction: Trump administration officials")


@pytest.mark.slow
def test_hostile_article_runs_no_script(reports):
    _, hostile = reports
    html = hostile.read_text(encoding="utf-8")
    check = check_html(hostile, screenshot=ARTIFACTS / "hostile.png")
    assert check.alerts == []
    assert check.title == HOSTILE_TITLE  # the payload is text, not a script that set the title
    assert check.injected == 0
    assert check.console_errors == [] and check.requests == []
    assert check.plots == check.figure_divs == 5
    # The source holds the escaped forms only.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html and "<script>document.title" not in html
    assert "<img src=x" not in html and "<b onmouseover" not in html


def _closes() -> pd.DataFrame:
    days = pd.bdate_range("2025-03-31", "2025-04-15", name="date")
    return pd.DataFrame({"^GSPC": [5600.0 - 10 * i for i in range(len(days))]}, index=days)


def test_hostile_speaker_names_in_tables_and_charts_stay_text(tmp_path):
    payloads = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
    frame = pd.DataFrame(
        {
            "statement_id": ["s001", "s002"],
            "speaker": payloads,
            "role": payloads[::-1],
            "kind": ["quote", "quote"],
            "text": [f"{p} said tariffs stay." for p in payloads],
            "quote": payloads,
            "date": pd.to_datetime(["2025-04-07", "2025-04-08"]),
            "date_end": pd.to_datetime(["2025-04-07", "2025-04-08"]),
            "precision": ["day", "day"],
            "time_of_day": [None, "morning"],
            "stance": ["escalation", "deescalation"],
            "stance_score": [1.0, -1.0],
            "confidence": [0.9, 0.9],
        }
    )
    from toolkit import plot_timeline

    figure = blocks.Figures().show(plot_timeline(_closes(), frame, ticker="^GSPC"), payloads[1])
    table = sections.statements_table(frame)
    nb = new_notebook(
        cells=[
            new_code_cell(
                "table", outputs=[new_output("display_data", data=table._repr_mimebundle_())]
            ),
            new_code_cell(
                "figure", outputs=[new_output("display_data", data=figure._repr_mimebundle_())]
            ),
        ]
    )
    nbformat.validate(nb)
    page = tmp_path / "speakers.html"
    page.write_text(
        export_html(nb, title=payloads[0], include_code=True, version="test"), encoding="utf-8"
    )
    check = check_html(page, screenshot=ARTIFACTS / "speakers.png")
    assert check.alerts == [] and check.injected == 0
    assert check.title == payloads[0]
    assert check.console_errors == [] and check.requests == []
    assert check.plots == check.figure_divs == 1


def test_harness_sees_errors_requests_and_injected_script(tmp_path):
    """The checks above can fail: a page with each fault is reported as such."""
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>t</title>"
        '<script src="https://cdn.example.org/lib.js"></script></head><body>'
        "<script>console.error('broken')</script>"
        "<img src=x onerror=\"alert('xss')\">"
        '<div id="mr-fig-1"></div>'
        "</body></html>",
        encoding="utf-8",
    )
    check = check_html(page)
    assert any("cdn.example.org" in url for url in check.requests)
    assert any("broken" in line for line in check.console_errors)
    assert check.alerts == ["xss"]
    assert check.injected >= 1
    assert check.empty_figures == ["mr-fig-1"] and check.plots == 0
