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


def test_coefficients_and_hac_errors_match_statsmodels(series) -> None:
    y, m, ev = series
    res = event_regression(y, ev, benchmark=m, window=(-5, 5))
    X = _manual(y, m, ev, (-5, 5))
    lags = default_hac_lags(len(X))
    ref = sm.OLS(y.loc[X.index], X).fit(cov_type="HAC", cov_kwds={"maxlags": lags}, use_t=True)
    cols = [f"D_{e}" for e in ev["event_id"]]
    np.testing.assert_allclose(res.params.to_numpy(), ref.params[cols].to_numpy(), rtol=1e-10)
    np.testing.assert_allclose(res.bse.to_numpy(), ref.bse[cols].to_numpy(), rtol=1e-10)
    assert res.cov_type == "HAC"
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
    assert "Event regression" in res.summary() and "joint" in res.summary()


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
