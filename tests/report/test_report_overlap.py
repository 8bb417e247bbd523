"""The report marks the tests that assume independent pairs when event windows share sessions,
and says which covariance the event regressions used."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from toolkit.errors import EventWarning
from toolkit.report import sections
from toolkit.study.model import EventStudy


def _study(days_apart: int) -> object:
    rng = np.random.default_rng(7)
    idx = pd.bdate_range("2023-01-02", periods=400)
    bench = pd.Series(rng.normal(0, 0.01, len(idx)), idx)
    returns = pd.DataFrame(
        {f"A{i}": 0.8 * bench + rng.normal(0, 0.01, len(idx)) for i in range(3)}, index=idx
    )
    events = pd.DataFrame({"event_id": ["e1", "e2"], "session": [idx[300], idx[300 + days_apart]]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EventWarning)  # the overlap warning is the premise
        study = EventStudy(
            returns,
            events,
            model="market",
            benchmark=bench,
            estimation_window=(-200, -11),
            event_window=(-2, 2),
        )
        return study.fit(rank_tests=False)


def test_overlapping_windows_mark_the_tests_that_assume_independence() -> None:
    html = sections.tests_table(_study(days_apart=1).tests).markup
    assert "\u2020" in html
    assert "assumes independent (event, asset) pairs" in html
    assert "bmp_kp" in html.split("\u2020 The test", 1)[1]


def test_unflagged_tests_carry_no_mark() -> None:
    tests = _study(days_apart=60).tests.copy()
    # three assets on one day 0 still share sessions: the flags are there, then cleared
    assert tests["overlap"].notna().any()
    tests["overlap"] = None
    assert "\u2020" not in sections.tests_table(tests).markup


def test_regression_intro_names_the_covariance() -> None:
    class Reg:
        cov_type = "HAC"

    html = sections.regression_intro({"A": Reg()}).markup
    assert "Event regression" in html and "HAC (Newey-West)" in html
