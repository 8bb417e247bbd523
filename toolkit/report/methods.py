"""The methods section of a report: the model, the windows, the formulas and the tests.

A concise version of ``docs/methods.md``, filled in with the settings the report used. The
text is the toolkit's own; only the settings (numbers and names from ``params``) vary.
"""

from __future__ import annotations

from typing import Any

from toolkit._format import fmt_window
from toolkit.report.blocks import HTMLBlock, escape
from toolkit.report.provenance import study_settings

__all__ = ["MODEL_TEXT", "TEST_TEXT", "methods_html"]

#: What each normal-return model assumes, with its expected return E[R_it].
MODEL_TEXT: dict[str, tuple[str, str]] = {
    "constant_mean": (
        "E[R<sub>it</sub>] = &mu;<sub>i</sub>",
        "Constant-mean model: the asset's mean daily return over the estimation window is its "
        "normal return. Assumes returns are stationary with a constant mean.",
    ),
    "market": (
        "E[R<sub>it</sub>] = &alpha;<sub>i</sub> + &beta;<sub>i</sub> R<sub>mt</sub>",
        "Market model: OLS of the asset on the benchmark over the estimation window. Assumes a "
        "stable linear relation to the market and i.i.d. normal residuals.",
    ),
    "market_adjusted": (
        "E[R<sub>it</sub>] = R<sub>mt</sub>",
        "Market-adjusted model: the benchmark's return is the normal return (&alpha; = 0, "
        "&beta; = 1, nothing estimated).",
    ),
    "raw": (
        "E[R<sub>it</sub>] = 0",
        "Raw returns: the abnormal return is the return itself.",
    ),
    "factor": (
        "E[R<sub>it</sub>] = &alpha;<sub>i</sub> + &Sigma;<sub>k</sub> &beta;<sub>ik</sub> F<sub>kt</sub>",
        "Factor model: OLS on the given factors over the estimation window.",
    ),
    "garch": (
        "E[R<sub>it</sub>] = &mu;<sub>i</sub> (+ &beta;<sub>i</sub> R<sub>mt</sub>), "
        "&sigma;<sup>2</sup><sub>t</sub> = &omega; + &alpha; &epsilon;<sup>2</sup><sub>t-1</sub> + &beta; &sigma;<sup>2</sup><sub>t-1</sub>",
        "GARCH(1,1) model: the mean equation as above with conditional variance that follows "
        "recent shocks; abnormal returns are standardised by the forecast volatility.",
    ),
}

#: What each test of the mean CAR assumes.
TEST_TEXT: dict[str, tuple[str, str]] = {
    "j1": (
        "J1 (Campbell, Lo & MacKinlay)",
        "CAAR over its standard error from the models' variances; assumes independent events and normal abnormal returns.",
    ),
    "j2": (
        "J2",
        "Mean of standardised CARs; gives each event equal weight, same assumptions as J1.",
    ),
    "patell": (
        "Patell",
        "Sum of standardised abnormal returns; assumes no event-induced change in variance.",
    ),
    "bmp": (
        "BMP (Boehmer, Musumeci & Poulsen)",
        "Cross-sectional t of standardised CARs; robust to event-induced variance, assumes independent events.",
    ),
    "bmp_kp": (
        "BMP with Kolari-Pynn\u00f6nen",
        "BMP corrected for cross-correlation of abnormal returns, for events that share calendar days.",
    ),
    "corrado": (
        "Corrado rank",
        "Non-parametric: ranks of abnormal returns in estimation and event windows; no normality assumed.",
    ),
    "sign": (
        "Sign",
        "Non-parametric: share of positive CARs against the estimation-window share; assumes independent events.",
    ),
    "wilcoxon": (
        "Wilcoxon signed rank",
        "Non-parametric: median CAR is zero; assumes CARs symmetric about their median.",
    ),
    "grank": (
        "Generalised rank (Kolari & Pynn\u00f6nen)",
        "Ranks of standardised abnormal returns over the whole period; robust to event-induced variance and non-normality.",
    ),
}


def _fmt_window(value: Any) -> str:
    try:
        start, end = value
    except (TypeError, ValueError):
        return escape(value)
    return escape(fmt_window((start, end)))


def methods_html(params: Any, tests: list[str] | None = None) -> HTMLBlock:
    """The methods section for the settings in ``params``.

    Parameters
    ----------
    params
        ``EventStudyResults.options`` (the frozen record of the fit) or a mapping such as
        ``EventStudyResults.params``: ``model``, ``estimation_window``, ``event_window``,
        ``car_windows`` and the rest.
    tests
        Test names to describe, in order (default: every test the toolkit runs).

    Returns
    -------
    HTMLBlock
    """
    params = study_settings(params)
    model = str(params.get("model") or "")
    formula, text = MODEL_TEXT.get(model, ("", f"Model {escape(model)}."))
    est = _fmt_window(params.get("estimation_window"))
    evt = _fmt_window(params.get("event_window"))
    cars = ", ".join(_fmt_window(w) for w in params.get("car_windows") or [])
    benchmark = params.get("benchmark")
    parts = [
        "<h3>Model and windows</h3>",
        f"<p>{text}</p>",
        f'<p class="mr-formula">{formula}</p>' if formula else "",
        "<p>Days are NYSE sessions relative to the event session (day 0, the first session at "
        "or after the statement or event date; statements and events timed after the 16:00 "
        "close count on the next session). "
        f"Estimation window {est}, event window {evt}, CAR windows {cars}."
        + (f" Benchmark: {escape(benchmark)}." if benchmark else "")
        + "</p>",
        "<h3>Abnormal returns</h3>",
        '<p class="mr-formula">AR<sub>it</sub> = R<sub>it</sub> &minus; E[R<sub>it</sub>], '
        "&nbsp; CAR<sub>i</sub>(t<sub>1</sub>, t<sub>2</sub>) = &Sigma;<sub>t=t<sub>1</sub></sub><sup>t<sub>2</sub></sup> AR<sub>it</sub>, "
        "&nbsp; t = CAR<sub>i</sub> / &radic;Var(CAR<sub>i</sub>)</p>",
        "<p>Var(CAR) is the residual variance of the estimation window times the window length, "
        "plus the estimation error of the model's parameters (MacKinlay 1997); t has T &minus; k "
        "degrees of freedom (T estimation days, k parameters). CAAR is the mean CAR across "
        "events; BHAR is the buy-and-hold abnormal return over the same window.</p>",
        "<h3>Tests of the mean CAR</h3>",
        '<table class="mr-table"><thead><tr><th>Test</th><th>What it assumes</th></tr></thead><tbody>',
    ]
    for name in tests or list(TEST_TEXT):
        label, assumption = TEST_TEXT.get(name, (name, ""))
        parts.append(f"<tr><td>{escape(label)}</td><td>{escape(assumption)}</td></tr>")
    parts.append("</tbody></table>")
    parts.append(
        "<p>With one event, the cross-sectional tests (BMP, sign, Wilcoxon) cannot be computed "
        "and say why; the t test of the single CAR is then the test to read. p-values are "
        "two-sided. The full derivations and references are in the toolkit's docs/methods.md.</p>"
    )
    return HTMLBlock("\n".join(p for p in parts if p))
