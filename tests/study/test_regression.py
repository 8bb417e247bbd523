"""event_regression against a statsmodels OLS built by hand, and its joint and group tests."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from toolkit.errors import EventWarning, InputError
from toolkit.study.regression import default_hac_lags, event_regression


@pytest.fixture()
def series() -> tuple[pd.Series, pd.Series, pd.DataFrame]:
    rng = np.random.default_rng(3)
    idx = pd.bdate_range("2024-01-01", periods=600)
    m = pd.Series(rng.normal(0, 0.01, 600), idx, name="mkt")
    y = pd.Series(0.0002 + 0.9 * m.to_numpy() + rng.normal(0, 0.008, 600), idx, name="XLK")
    pos = [400, 401, 402, 410]  # clustered, consecutive sessions
    y.iloc[pos] += [-0.03, -0.04, 0.06, 0.01]
    ev = pd.DataFrame(
        {
            "event_id": ["E1", "E2", "E3", "E4"],
            "session": idx[pos],
            "group": ["escalation", "escalation", "deescalation", "deescalation"],
        }
    )
    return y, m, ev


def _manual(
    y: pd.Series, m: pd.Series | None, ev: pd.DataFrame, win: tuple[int, int]
) -> pd.DataFrame:
    pos = y.index.get_indexer(ev["session"])
    lo, hi = pos.min() - 250 + min(win[0], 0), pos.max() + 10 + max(win[1], 0)
    idx = y.index[lo : hi + 1]
    X = pd.DataFrame({"const": 1.0}, index=idx)
    if m is not None:
        X["benchmark"] = m.loc[idx]
    for eid, p in zip(ev["event_id"], pos):
        d = np.zeros(len(idx))
        d[p + win[0] - lo : p + win[1] - lo + 1] = 1
        X[f"D_{eid}"] = d
    return X


def test_short_windows_fall_back_to_the_classical_covariance(series) -> None:
    y, m, ev = series
    with pytest.warns(EventWarning, match="degenerate"):
        res = event_regression(y, ev, benchmark=m)  # HAC asked for, one-day dummies
    X = _manual(y, m, ev, (0, 0))
    ref = sm.OLS(y.loc[X.index], X).fit()
    cols = [f"D_{e}" for e in ev["event_id"]]
    np.testing.assert_allclose(res.params.to_numpy(), ref.params[cols].to_numpy(), rtol=1e-10)
    np.testing.assert_allclose(res.bse.to_numpy(), ref.bse[cols].to_numpy(), rtol=1e-10)
    assert res.cov_type == "nonrobust" and res.hac_lags is None
    # the day-0 dummy coefficient is the event's abnormal return
    assert res.params["E3"] > 0.04 and res.params["E2"] < -0.02
    # the residual under a one-day dummy is zero: this is why HAC is refused there
    assert np.allclose(ref.resid[X[cols].sum(axis=1) > 0], 0.0)


@pytest.mark.parametrize("correction", [True, False])
def test_coefficients_and_hac_errors_match_statsmodels(series, correction: bool) -> None:
    """HAC with the n / (n - k) factor (the default) and without it (statsmodels' default)."""
    y, m, ev = series
    res = event_regression(y, ev, benchmark=m, window=(-5, 5), hac_correction=correction)
    X = _manual(y, m, ev, (-5, 5))
    lags = default_hac_lags(len(X))
    ref = sm.OLS(y.loc[X.index], X).fit(
        cov_type="HAC", cov_kwds={"maxlags": lags, "use_correction": correction}, use_t=True
    )
    cols = [f"D_{e}" for e in ev["event_id"]]
    np.testing.assert_allclose(res.params.to_numpy(), ref.params[cols].to_numpy(), rtol=1e-10)
    np.testing.assert_allclose(res.bse.to_numpy(), ref.bse[cols].to_numpy(), rtol=1e-10)
    assert res.cov_type == "HAC" and res.result.correction is correction
    assert res.hac_lags == lags == int(np.floor(4 * (len(X) / 100) ** (2 / 9)))


def test_joint_and_group_tests(series) -> None:
    y, m, ev = series
    res = event_regression(y, ev, benchmark=m, cov_type="nonrobust")
    X = _manual(y, m, ev, (0, 0))
    ref = sm.OLS(y.loc[X.index], X).fit()
    names = list(ref.params.index)
    r = np.zeros(len(names))
    r[names.index("D_E1")] = r[names.index("D_E2")] = 1
    r[names.index("D_E3")] = r[names.index("D_E4")] = -1
    g = res.group_test("escalation", "deescalation")
    assert g.stat == pytest.approx(float(np.squeeze(ref.t_test(r).tvalue)))
    assert g.pvalue == pytest.approx(float(np.squeeze(ref.t_test(r).pvalue)))
    assert "escalation" in g.null
    joint = res.joint_test
    R = np.zeros((4, len(names)))
    for k, e in enumerate(["E1", "E2", "E3", "E4"]):
        R[k, names.index(f"D_{e}")] = 1
    assert joint.stat == pytest.approx(float(np.squeeze(ref.f_test(R).fvalue)))
    assert joint.pvalue < 0.01 and joint.dist.startswith("F(4,")
    single = res.group_test("deescalation")
    assert single.ok and "sum g[deescalation] = 0" == single.null
    with pytest.raises(InputError, match="neutral"):
        res.group_test("neutral")


def test_window_dummies_and_frame(series) -> None:
    y, _, ev = series
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = event_regression(y, ev, window=(0, 1), cov_type="HC1")
    X = _manual(y, None, ev, (0, 1))
    ref = sm.OLS(y.loc[X.index], X).fit(cov_type="HC1", use_t=True)
    np.testing.assert_allclose(
        res.params.to_numpy(), ref.params[[f"D_{e}" for e in ev["event_id"]]].to_numpy()
    )
    df = res.to_frame()
    assert list(df.columns) == [
        "event_id",
        "session",
        "group",
        "coef",
        "std_err",
        "t",
        "pvalue",
        "car",
        "car_se",
    ]
    np.testing.assert_allclose(df["car"], 2 * df["coef"])
    text = str(res.summary())
    assert "EventRegressionResults" in text and "Joint test" in text
    assert all(e in text for e in ev["event_id"]) and "<table" in res._repr_html_()


def test_bad_arguments(series) -> None:
    y, m, ev = series
    with pytest.raises(InputError, match="cov_type"):
        event_regression(y, ev, cov_type="HAC2")
    with pytest.raises(InputError, match="returns"):
        event_regression(pd.concat([y, m], axis=1), ev)
    with pytest.raises(InputError, match="window"):
        event_regression(y, ev, window=(2, 1))
    with pytest.raises(InputError, match="events"):
        event_regression(y, pd.DataFrame({"event_id": ["Z"], "session": ["1999-01-04"]}))


# --------------------------------------------------------------------------- the banded solver
def _clustered_design(
    n_events: int, seed: int
) -> tuple[pd.Series, pd.Series, pd.DataFrame, pd.DataFrame]:
    """Events on random sessions, many a few sessions apart, with a control and a gap."""
    rng = np.random.default_rng(seed)
    n = 900
    idx = pd.bdate_range("2010-01-01", periods=n)
    m = pd.Series(rng.normal(0, 0.01, n), idx, name="mkt")
    ctrl = pd.DataFrame({"vix": rng.normal(0, 1, n)}, idx)
    y = pd.Series(0.8 * m.to_numpy() + 0.001 * ctrl["vix"].to_numpy() + rng.normal(0, 0.01, n), idx)
    y.iloc[[455, 456, 610]] = np.nan  # missing returns inside windows
    pos = np.sort(rng.choice(np.arange(300, 700), n_events, replace=False))
    ev = pd.DataFrame(
        {
            "event_id": [f"E{i:03d}" for i in range(n_events)],
            "session": idx[pos],
            "group": rng.choice(["escalation", "deescalation"], n_events),
        }
    )
    return y, m, ctrl, ev


@pytest.mark.parametrize(
    ("cov_type", "window"),
    [("nonrobust", (0, 0)), ("nonrobust", (-2, 3)), ("HC1", (0, 11)), ("HAC", (-3, 9))],
)
def test_banded_solver_matches_a_dense_statsmodels_fit(
    cov_type: str, window: tuple[int, int]
) -> None:
    """Overlapping windows (40 events within 400 sessions), a control and missing returns:
    estimates, standard errors, the joint F test and a group contrast equal statsmodels' to
    1e-10, whatever the covariance."""
    y, m, ctrl, ev = _clustered_design(40, seed=5)
    res = event_regression(y, ev, benchmark=m, controls=ctrl, cov_type=cov_type, window=window)
    assert res.result.__class__.__name__ == "DummyOLS"  # the banded path, not the fallback
    pos = y.index.get_indexer(ev["session"])
    lo = pos.min() - 250 + min(window[0], 0)
    hi = pos.max() + 10 + max(window[1], 0)
    idx = y.index[lo : hi + 1]
    X = pd.DataFrame({"const": 1.0, "benchmark": m.loc[idx], "ctrl_vix": ctrl["vix"].loc[idx]}, idx)
    for eid, p in zip(ev["event_id"], pos):
        d = np.zeros(len(idx))
        d[p + window[0] - lo : p + window[1] - lo + 1] = 1.0
        X[f"D_{eid}"] = d
    keep = y.loc[idx].notna()
    model = sm.OLS(y.loc[idx][keep], X[keep])
    if cov_type == "HAC":
        ref = model.fit(
            cov_type="HAC",
            cov_kwds={"maxlags": default_hac_lags(int(keep.sum())), "use_correction": True},
            use_t=True,
        )
    elif cov_type == "HC1":
        ref = model.fit(cov_type="HC1", use_t=True)
    else:
        ref = model.fit()
    cols = [f"D_{e}" for e in ev["event_id"]]
    np.testing.assert_allclose(
        res.params.to_numpy(), ref.params[cols].to_numpy(), rtol=1e-10, atol=1e-14
    )
    np.testing.assert_allclose(res.bse.to_numpy(), ref.bse[cols].to_numpy(), rtol=1e-10)
    np.testing.assert_allclose(
        res.result.params.to_numpy(), ref.params.to_numpy(), rtol=1e-9, atol=1e-14
    )
    np.testing.assert_allclose(res.result.bse.to_numpy(), ref.bse.to_numpy(), rtol=1e-10)
    R = np.zeros((len(cols), len(ref.params)))
    for k, c in enumerate(cols):
        R[k, list(ref.params.index).index(c)] = 1.0
    f = ref.f_test(R)
    assert res.joint_test.stat == pytest.approx(float(np.squeeze(f.fvalue)), rel=1e-9)
    assert res.joint_test.pvalue == pytest.approx(float(np.squeeze(f.pvalue)), rel=1e-8, abs=1e-300)
    r = np.zeros(len(ref.params))
    for e, g in zip(ev["event_id"], ev["group"]):
        r[list(ref.params.index).index(f"D_{e}")] = 1.0 if g == "escalation" else -1.0
    t = ref.t_test(r)
    got = res.group_test("escalation", "deescalation")
    assert got.stat == pytest.approx(float(np.squeeze(t.tvalue)), rel=1e-9)
    assert got.pvalue == pytest.approx(float(np.squeeze(t.pvalue)), rel=1e-8)


@pytest.mark.filterwarnings("ignore:The design matrix is rank-deficient")
def test_two_events_on_one_session_fall_back_to_the_dense_fit(series) -> None:
    """Identical dummies make D'D singular: statsmodels' pseudo-inverse splits the effect."""
    y, m, ev = series
    twin = pd.concat([ev, ev.iloc[[0]].assign(event_id="E1b")], ignore_index=True)
    res = event_regression(y, twin, benchmark=m, cov_type="nonrobust")
    assert res.result.__class__.__name__ == "DenseFit"
    assert res.params["E1"] == pytest.approx(res.params["E1b"])
