"""One display convention for every object a user holds (issue #18).

The seed's whole pipeline is built once: article -> statements -> events -> prices -> event
study (before and after fitting) -> event regression -> evaluation against the hand annotation.
Each object must have a short ``repr()`` that says what it is, how large, and its key settings;
an HTML form for notebooks; and a ``summary()`` of the one shared kind (``toolkit._display.
Summary``) with ``as_text()`` and ``as_html()``. Numbers follow the one rule of
``toolkit._format``, which the report and the command line use too.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from pathlib import Path

import pytest

import toolkit
from toolkit._display import Summary
from toolkit._format import (
    fmt_p,
    fmt_pct,
    fmt_pct_se,
    fmt_pvalue,
    fmt_share,
    fmt_stat,
    fmt_stat_p,
    format_frame,
)
from toolkit.report import blocks, sections
from toolkit.study.options import RegressionOptions, StudyOptions

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"
SEED_GOLD = ROOT / "tests" / "data" / "seed_statements.yaml"


@pytest.fixture(scope="module")
def seed():
    """Every public object of the seed's pipeline, by name."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = toolkit.load_article(SEED_ARTICLE)
        statements = toolkit.extract_statements(
            article.text, published=article.published, source=article.article_id
        )
        events = toolkit.align_events(statements)
        prices = toolkit.load_prices("^GSPC", "2024-01-01", "2025-06-30", source="snapshot")
        returns = prices.returns()
        study = toolkit.EventStudy(returns, events, model="constant_mean")
        results = study.fit()
        regression = toolkit.event_regression(returns["^GSPC"], events, cov_type="nonrobust")
        evaluation = toolkit.evaluate_statements(statements, SEED_GOLD)
    return {
        "article": article,
        "statements": statements,
        "events": events,
        "prices": prices,
        "study": study,
        "results": results,
        "regression": regression,
        "evaluation": evaluation,
    }


#: What the first line of each repr must say: the kind of object and its size (the counts
#: follow the extraction, which other tests pin).
FIRST_LINES = {
    "article": r"Article: 000_fa62c70b439fe6f5, published 2025-04-09 \(America/New_York\)",
    "statements": r"StatementSet: \d+ statements, published 2025-04-09",
    "events": r"EventSet: \d+ events on 2025-04-0\d to 2025-04-\d\d",
    "prices": r"PriceData: 1 ticker x 374 sessions, 2024-01-02 to 2025-06-30",
    "study": r"EventStudy: constant_mean model, \d+ events x 1 asset, not fitted",
    "results": r"EventStudyResults: constant_mean model, \d+ events x 1 asset, "
    r"\d+ event-asset pairs estimated",
    "regression": r"EventRegressionResults: \d+ event dummies, window \(0, 0\), \d+ sessions "
    r"2024-\d\d-\d\d to 2025-\d\d-\d\d",
    "evaluation": r"Evaluation: \d+ of \d+ required statements found, \d+ statements predicted",
}

#: Key settings each repr must name (beyond the first line).
SETTINGS = {
    "article": ("title", "characters"),
    "statements": ("kinds", "quote", "dated", "to the day", "stances", "speakers"),
    "events": ("groups", "escalation", "not used"),
    "prices": ("^GSPC", "snapshot", "sha256"),
    "study": ("estimation window", "(-250, -11)", "event window", "(-5, 5)", "CAR windows"),
    "results": ("estimation window", "(-250, -11)", "CAR windows", "clean estimation", "tests"),
    "regression": ("covariance", "nonrobust", "window", "(0, 0)"),
    "evaluation": ("recall / precision / F1", "speaker accuracy", "date accuracy"),
}


@pytest.mark.parametrize("name", list(FIRST_LINES))
def test_repr_is_short_and_names_what_matters(seed, name):
    text = repr(seed[name])
    lines = text.splitlines()
    assert len(lines) <= 10 and len(text) < 1000, text
    assert re.fullmatch(FIRST_LINES[name], lines[0]), lines[0]
    for needle in SETTINGS[name]:
        assert needle in text, (name, needle)
    assert " object at 0x" not in text


@pytest.mark.parametrize("name", list(FIRST_LINES))
def test_summary_is_the_one_shared_kind_with_text_and_html(seed, name):
    obj = seed[name]
    summary = obj.summary()
    assert type(summary) is Summary
    text, markup = summary.as_text(), summary.as_html()
    assert re.fullmatch(FIRST_LINES[name], text.splitlines()[0])
    assert str(obj) == text and str(summary) == text
    assert markup.startswith('<div class="mr-summary">') and obj._repr_html_() == markup
    assert "<table" in markup


def test_printing_a_statement_set_no_longer_prints_the_article(seed):
    statements = seed["statements"]
    assert statements.text[:2000] not in str(statements)
    assert len(str(statements)) < 6000  # the 30 statements' short view (was ~9,000 characters)
    for obj in (seed["article"], statements):
        fields = {f.name: f.repr for f in dataclasses.fields(obj)}
        assert fields["text"] is False


def test_large_fields_are_left_out_of_dataclass_reprs(seed):
    hidden = {
        "statements": ("frame", "text"),
        "events": ("frame", "skipped"),
        "prices": ("prices", "ohlcv"),
        "regression": ("result", "events", "params", "bse", "tvalues", "pvalues", "options"),
        "evaluation": ("details", "unmatched"),
        "article": ("text", "metadata"),
    }
    for name, names in hidden.items():
        fields = {f.name: f.repr for f in dataclasses.fields(seed[name])}
        assert all(fields[n] is False for n in names), name


def test_html_escapes_article_text():
    s = toolkit.extract_statements(
        "“<script>alert(1)</script>,” Jo Smith said Monday.", published="2025-04-09"
    )
    markup = s._repr_html_()
    assert "<script>" not in markup and "&lt;script&gt;" in markup


# ------------------------------------------------------------------ options
def test_results_carry_the_frozen_record_of_the_fit(seed):
    results = seed["results"]
    options = results.options
    assert isinstance(options, StudyOptions)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.model = "market"  # type: ignore[misc]
    assert (options.model, options.estimation_window, options.event_window) == (
        "constant_mean",
        (-250, -11),
        (-5, 5),
    )
    assert options.car_windows == ((-1, 1), (0, 0), (0, 1))
    assert options.clean_estimation is True and options.benchmark is None
    assert options.tests[:2] == ("j1", "j2") and "grank" in options.tests
    assert results.params == options.as_dict()  # the dict is the record, never apart from it
    header = dict(results.summary().header)
    assert header["estimation window"] == "(-250, -11)" and header["tests"].startswith("j1, j2")


def test_rank_tests_and_bootstrap_are_recorded(seed):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = seed["study"].fit(rank_tests=False, bootstrap=20, seed=1)
    assert "corrado" not in res.options.tests and "caar_boot" in res.options.tests
    assert (res.options.rank_tests, res.options.bootstrap, res.options.seed) == (False, 20, 1)
    assert "20 resamples, seed 1" in str(res)


def test_regression_records_what_was_asked_and_what_was_used(seed):
    with pytest.warns(toolkit.errors.EventWarning, match="degenerate"):
        reg = toolkit.event_regression(
            seed["prices"].returns()["^GSPC"], seed["events"], cov_type="HAC"
        )
    assert isinstance(reg.options, RegressionOptions)
    assert (reg.options.cov_type, reg.options.cov_used) == ("HAC", "nonrobust")
    assert "asked: HAC" in repr(reg)


def test_report_provenance_reads_the_record(seed):
    """The report's provenance and methods read ``results.options``: what the summary shows."""
    results = seed["results"]
    block = sections.provenance(
        data=seed["prices"],
        articles=[seed["article"]],
        parameters={"model": "constant_mean"},
        study_params=results.options,
        command="market-reaction report seeds",
    )
    assert "<th>event study: estimation_window</th><td>[-250, -11]</td>" in block.markup
    assert "<th>event study: tests</th><td>[j1, j2, patell" in block.markup
    assert "<th>event study: model</th>" not in block.markup  # the same as the parameter
    from toolkit.report.methods import methods_html

    assert "Estimation window (-250, -11), event window (-5, 5)" in methods_html(
        results.options
    ).markup


# ------------------------------------------------------------------ numbers
def test_one_rule_for_numbers():
    assert (fmt_pvalue(0.0004), fmt_pvalue(0.01234), fmt_pvalue(float("nan"))) == (
        "<0.001",
        "0.012",
        "\u2014",
    )
    assert (fmt_p(0.0004), fmt_p(0.05)) == ("p < 0.001", "p = 0.050")
    assert (fmt_stat(-1.95996), fmt_stat_p(2.5, 0.0124), fmt_stat_p(float("nan"), 0.5)) == (
        "-1.96",
        "2.50 (0.012)",
        "\u2014",
    )
    assert (fmt_pct(0.0123), fmt_pct(-0.004), fmt_pct_se(0.0106)) == ("+1.23%", "-0.40%", "1.06%")
    assert fmt_share(25 / 27) == "0.926"


def test_report_and_summaries_share_the_formatters(seed):
    assert blocks.fmt_pvalue is fmt_pvalue and sections._PCT is fmt_pct
    assert sections._STAT is fmt_stat and sections._PCT_UNSIGNED is fmt_pct_se
    car = format_frame(seed["results"].car)
    assert car["car"].str.endswith("%").all() and car["window"].iloc[0] == "(-1, 1)"
    text = str(seed["results"])
    assert "<0.001" in text and re.search(r" [+-]\d+\.\d\d% ", text)  # p-values, CAARs
