"""Inference when events cluster or overlap (issue #13), against loops written here.

* the Kolari-Pynnonen mean correlation r-bar counts pairs that share day 0 whatever their
  event ids, and pairs whose CAR windows share sessions, each weighted by the share of the
  window they have in common;
* r-bar's correlations use the days both residual series have (pairwise complete);
* under ``model="garch"`` Corrado ranks event-window ARs standardised by their conditional s.d.,
  as the estimation residuals are;
* a pair whose CAR is not computed (a missing or infinite return) is absent from every test;
* the calendar-time portfolio test and the overlap flags.
"""

from __future__ import annotations

import itertools
import math
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from toolkit.errors import EventWarning
from toolkit.study.model import EventStudy

EST, EVW = (-120, -11), (-3, 3)


def _clustered_panel(
    n_assets: int = 40, n: int = 400, rho: float = 0.3, seed: int = 13
) -> tuple[pd.DataFrame, pd.Series]:
    """Market-model returns whose residuals share a common factor (correlation ``rho``)."""
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2015-01-01", periods=n)
    m = rng.normal(0.0003, 0.01, n)
    f = rng.normal(0, 1, n)
    beta = rng.uniform(0.5, 1.5, n_assets)
    eps = 0.015 * (
        math.sqrt(rho) * f[:, None] + math.sqrt(1 - rho) * rng.normal(0, 1, (n, n_assets))
    )
    r = 0.0002 + m[:, None] * beta + eps
    cols = [f"S{j:02d}" for j in range(n_assets)]
    return pd.DataFrame(r, idx, columns=cols), pd.Series(m, idx, name="mkt")


def _market_residuals(y: np.ndarray, m: np.ndarray) -> np.ndarray:
    """OLS market-model residuals on the finite days, NaN elsewhere."""
    ok = np.isfinite(y)
    X = np.column_stack([np.ones(ok.sum()), m[ok]])
    b = np.linalg.lstsq(X, y[ok], rcond=None)[0]
    out = np.full(len(y), np.nan)
    out[ok] = y[ok] - X @ b
    return out


def _pairwise_complete_rbar(resid: list[np.ndarray]) -> float:
    """Mean over ordered pairs of np.corrcoef on the days both series have, floored at 0."""
    n = len(resid)
    total = 0.0
    for i, j in itertools.permutations(range(n), 2):
        both = np.isfinite(resid[i]) & np.isfinite(resid[j])
        total += np.corrcoef(resid[i][both], resid[j][both])[0, 1]
    return max(total / (n * (n - 1)), 0.0)


def _fit(rets: pd.DataFrame, events: pd.DataFrame, m: pd.Series | None, **kw) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return EventStudy(
            rets,
            events,
            benchmark=m,
            estimation_window=kw.pop("estimation_window", EST),
            event_window=kw.pop("event_window", EVW),
            car_windows=kw.pop("car_windows", [(-1, 1), (0, 0)]),
            **kw,
        ).fit()


# --------------------------------------------------------------------------- item 1
def test_same_day_events_given_as_one_event_or_one_id_per_asset_agree() -> None:
    rets, m = _clustered_panel()
    day0 = rets.index[300]
    one = pd.DataFrame({"event_id": ["E1"], "session": [day0]})
    per_asset = pd.DataFrame(
        {
            "event_id": [f"F{a}" for a in rets.columns],
            "session": [day0] * rets.shape[1],
            "asset": list(rets.columns),
        }
    )
    a, b = _fit(rets, one, m), _fit(rets, per_asset, m)
    ca, cb = a.caar.set_index("window"), b.caar.set_index("window")
    # the reference: mean residual correlation over the 40 x 39 ordered pairs
    resid = [
        _market_residuals(
            rets[c].to_numpy()[300 + EST[0] : 301 + EST[1]],
            m.to_numpy()[300 + EST[0] : 301 + EST[1]],
        )
        for c in rets.columns
    ]
    rbar = _pairwise_complete_rbar(resid)
    assert rbar > 0.15
    n = 40
    for w in ("(-1, 1)", "(0, 0)"):
        for design in (ca, cb):
            kp = design.loc[w, "bmp"] * math.sqrt((1 - rbar) / (1 + (n - 1) * rbar))
            assert design.loc[w, "bmp_kp"] == pytest.approx(kp, rel=1e-9)
            assert design.loc[w, "patell_kp"] == pytest.approx(
                design.loc[w, "patell"] / math.sqrt(1 + (n - 1) * rbar), rel=1e-9
            )
        for design in (ca, cb):
            assert design.loc[w, "rbar"] == pytest.approx(rbar, rel=1e-10)
        for name in ("bmp", "bmp_kp", "patell_kp", "j1", "corrado", "grank", "calendar_time"):
            assert cb.loc[w, name] == pytest.approx(ca.loc[w, name], rel=1e-9), (w, name)


def test_rbar_counts_calendar_overlap_weighted_by_shared_days() -> None:
    """Events on every asset 1, 2 and 3 sessions apart: pairs of two events d sessions apart
    share L - d sessions of a CAR window of L (none when d >= L)."""
    rets, m = _clustered_panel(n_assets=6, seed=5)
    positions = [300, 301, 303, 306]
    ev = pd.DataFrame({"event_id": ["E1", "E2", "E3", "E4"], "session": rets.index[positions]})
    windows = [(-2, 2), (-1, 1), (0, 0)]
    res = _fit(rets, ev, m, clean_estimation=False, car_windows=windows)
    mm = m.to_numpy()
    pairs = []  # (day 0, residual series on the returns index)
    for p in positions:
        for c in rets.columns:
            full = np.full(len(rets), np.nan)
            sl = slice(p + EST[0], p + EST[1] + 1)
            full[sl] = _market_residuals(rets[c].to_numpy()[sl], mm[sl])
            pairs.append((p, full))
    n = len(pairs)
    for w in windows:
        length = w[1] - w[0] + 1
        total = 0.0
        for (pi, ri), (pj, rj) in itertools.permutations(pairs, 2):
            shared = max(0, length - abs(pi - pj))
            both = np.isfinite(ri) & np.isfinite(rj)
            total += shared / length * np.corrcoef(ri[both], rj[both])[0, 1]
        expected = max(total / (n * (n - 1)), 0.0)
        row = res.caar.set_index("window").loc[f"({w[0]}, {w[1]})"]
        assert row["bmp_kp"] == pytest.approx(
            row["bmp"] * math.sqrt((1 - expected) / (1 + (n - 1) * expected)), rel=1e-9
        )
        assert row["rbar"] == pytest.approx(expected, rel=1e-10)
    # the overlap summary: pairs of pairs on one day 0, and sharing sessions at different ones
    ov = res.overlap.set_index("window")
    assert ov.loc["(0, 0)", "same_day"] == 4 * 15 and ov.loc["(0, 0)", "calendar"] == 0
    assert ov.loc["(-1, 1)", "calendar"] == 36 * 2  # E1/E2 (1 apart) and E2/E3 (2 apart)
    flags = res.tests.set_index(["window", "test"])["overlap"]
    assert "share sessions" in flags.loc[("(-1, 1)", "bmp")]
    assert pd.isna(flags.loc[("(-1, 1)", "bmp_kp")])
    assert "different days 0" in flags.loc[("(-1, 1)", "corrado")]
    assert pd.isna(flags.loc[("(0, 0)", "corrado")])
    assert not res.tests.set_index("test").loc["calendar_time", "assumes_independence"].any()
    assert "Overlap:" in str(res.summary())


# --------------------------------------------------------------------------- item 2
def test_rbar_uses_pairwise_complete_correlations_with_gaps() -> None:
    rets, m = _clustered_panel(n_assets=8, seed=21)
    rng = np.random.default_rng(4)
    est_rows = np.arange(300 + EST[0], 301 + EST[1])
    for j in range(0, 8, 2):  # half the assets miss a fifth of their estimation days
        rets.iloc[rng.choice(est_rows, 22, replace=False), j] = np.nan
    rets.iloc[est_rows[:30], 1] = np.nan  # and one starts late
    ev = pd.DataFrame({"event_id": ["E1"], "session": [rets.index[300]]})
    res = _fit(rets, ev, m, min_estimation_obs=50)
    sl = slice(300 + EST[0], 301 + EST[1])
    resid = [_market_residuals(rets[c].to_numpy()[sl], m.to_numpy()[sl]) for c in rets.columns]
    rbar = _pairwise_complete_rbar(resid)
    caar = res.caar.set_index("window")
    n = 8
    assert caar.loc["(0, 0)", "patell_kp"] == pytest.approx(
        caar.loc["(0, 0)", "patell"] / math.sqrt(1 + (n - 1) * rbar), rel=1e-9
    )
    assert caar.loc["(0, 0)", "rbar"] == pytest.approx(rbar, rel=1e-10)
    # the same panel given with one event id per asset gives the same r-bar
    per_asset = pd.DataFrame(
        {
            "event_id": list(rets.columns),
            "session": [rets.index[300]] * n,
            "asset": list(rets.columns),
        }
    )
    other = _fit(rets, per_asset, m, min_estimation_obs=50).caar.set_index("window")
    assert other.loc["(0, 0)", "rbar"] == pytest.approx(rbar, rel=1e-10)


# --------------------------------------------------------------------------- item 3
def test_garch_corrado_ranks_conditionally_standardised_ars() -> None:
    from arch import arch_model

    rng = np.random.default_rng(8)
    n, n_assets = 700, 3
    idx = pd.bdate_range("2012-01-02", periods=n)
    cols = {}
    for j in range(n_assets):  # GARCH(1,1) returns
        h, r = 1e-4, np.empty(n)
        for t in range(n):
            r[t] = 0.0003 + math.sqrt(h) * rng.standard_normal()
            h = 2e-6 + 0.1 * (r[t] - 0.0003) ** 2 + 0.85 * h
        cols[f"G{j}"] = r
    rets = pd.DataFrame(cols, idx)
    positions = [560, 640]
    est, evw, win = (-500, -11), (-5, 5), (-1, 1)
    events = pd.DataFrame({"event_id": ["E1", "E2"], "session": idx[positions]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = EventStudy(
            rets,
            events,
            model="garch",
            estimation_window=est,
            event_window=evw,
            car_windows=[win],
            clean_estimation=False,
        ).fit()
    rows = []
    horizon = evw[1] - est[1]
    for p in positions:
        for c in rets.columns:
            y = rets[c].to_numpy()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fit = arch_model(
                    y[p + est[0] : p + est[1] + 1] * 100, mean="Constant", vol="GARCH", p=1, q=1
                ).fit(disp="off", show_warning=False)
            std_est = np.asarray(fit.resid) / np.asarray(fit.conditional_volatility)
            h = fit.forecast(horizon=horizon, reindex=False).variance.to_numpy()[-1]
            h_event = h[evw[0] - est[1] - 1 :]
            sar_event = (y[p + evw[0] : p + evw[1] + 1] * 100 - fit.params["mu"]) / np.sqrt(h_event)
            v = np.concatenate([std_est, sar_event])
            rows.append(stats.rankdata(v) / (1 + len(v)))
    K = np.array(rows)
    dev = K.mean(axis=0) - 0.5
    s_k = math.sqrt(np.mean(dev**2))
    t_len = est[1] - est[0] + 1
    days = [t_len + r - evw[0] for r in range(win[0], win[1] + 1)]
    expected = dev[days].sum() / (math.sqrt(len(days)) * s_k)
    assert res.caar["corrado"].iloc[0] == pytest.approx(expected, rel=1e-6)


# --------------------------------------------------------------------------- item 4
@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_pairs_without_a_car_are_absent_from_every_statistic(bad: float) -> None:
    rets, m = _clustered_panel(n_assets=3, n=420, seed=2)
    positions = [150, 260, 370]
    est, evw = (-100, -6), (-2, 2)
    rets.iloc[260, :] = bad  # day 0 of E2 on every asset
    ev = pd.DataFrame({"event_id": ["E1", "E2", "E3"], "session": rets.index[positions]})
    kw = dict(estimation_window=est, event_window=evw, car_windows=[(-1, 1), (0, 0)])
    with pytest.warns(EventWarning, match="E2"):
        three = EventStudy(rets, ev, benchmark=m, **kw).fit()
    two = _fit(rets, ev.iloc[[0, 2]], m, **kw)
    assert set(three.skipped["event_id"]) == {"E2"} and len(three.skipped) == 3
    assert "relative days [0]" in three.skipped["reason"].iloc[0]
    a, b = three.caar.set_index("window"), two.caar.set_index("window")
    assert (a["n"] == 6).all()
    cols = [c for c in b.columns if c not in ("window_start", "window_end", "group")]
    for w in b.index:
        for c in cols:
            if isinstance(b.loc[w, c], str):
                continue
            assert a.loc[w, c] == pytest.approx(b.loc[w, c], rel=1e-9, nan_ok=True), (w, c)


def test_one_pair_left_out_reports_no_rank_test() -> None:
    rets, m = _clustered_panel(n_assets=1, n=420, seed=3)
    rets.iloc[300, 0] = np.nan
    ev = pd.DataFrame({"event_id": ["E1"], "session": rets.index[[300]]})
    res = _fit(rets, ev, m)
    assert (res.caar["n"] == 0).all()
    assert res.caar["corrado"].isna().all() and res.caar["corrado_pvalue"].isna().all()
