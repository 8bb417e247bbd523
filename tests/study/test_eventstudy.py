"""Event-study engine checked against numbers it did not compute.

* ARs and their standard errors against a statsmodels OLS with one dummy per event day
  (Salinger 1992 / MacKinlay 1997 equivalence);
* CAR variances and every cross-sectional statistic against closed-form computations written
  here with explicit loops on a small hand-made panel;
* S&P 500 tariff-day returns against the published closes in the embedded snapshot.
"""

from __future__ import annotations

import itertools
import math
import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats

from toolkit.errors import DataWarning, EventWarning, InputError
from toolkit.study.model import EventStudy


def _panel(n: int = 400, assets: int = 2, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2020-01-01", periods=n)
    m = pd.Series(rng.normal(0.0003, 0.01, n), idx, name="mkt")
    cols = {}
    for j in range(assets):
        cols[f"A{j}"] = 0.0002 * (j + 1) + (0.7 + 0.3 * j) * m.to_numpy() + rng.normal(0, 0.012, n)
    return pd.DataFrame(cols, index=idx), m


def _events(idx: pd.DatetimeIndex, positions: list[int]) -> pd.DataFrame:
    return pd.DataFrame(
        {"event_id": [f"E{i + 1}" for i in range(len(positions))], "session": idx[positions]}
    )


# --------------------------------------------------------------------------- Salinger check
@pytest.mark.parametrize("model", ["market", "constant_mean"])
def test_ar_and_se_equal_dummy_regression(model: str) -> None:
    rets, m = _panel(assets=1)
    y = rets["A0"]
    day0 = 300
    est, evw = (-120, -11), (-5, 5)
    res = EventStudy(
        y,
        _events(rets.index, [day0]),
        model=model,
        benchmark=m if model == "market" else None,
        estimation_window=est,
        event_window=evw,
        car_windows=[(-1, 1)],
    ).fit()
    rows = list(range(day0 + est[0], day0 + est[1] + 1)) + list(
        range(day0 + evw[0], day0 + evw[1] + 1)
    )
    data = pd.DataFrame({"y": y.iloc[rows].to_numpy(), "const": 1.0})
    if model == "market":
        data["m"] = m.iloc[rows].to_numpy()
    for k, rel in enumerate(range(evw[0], evw[1] + 1)):
        d = np.zeros(len(rows))
        d[est[1] - est[0] + 1 + k] = 1.0
        data[f"D{rel}"] = d
    ols = sm.OLS(data["y"], data.drop(columns="y")).fit()
    ar = res.abnormal_returns.sort_values("rel_day")
    dummies = [f"D{r}" for r in range(evw[0], evw[1] + 1)]
    np.testing.assert_allclose(
        ar["ar"].to_numpy(), ols.params[dummies].to_numpy(), rtol=1e-9, atol=1e-12
    )
    np.testing.assert_allclose(
        np.sqrt(ar["ar_var"].to_numpy()), ols.bse[dummies].to_numpy(), rtol=1e-9
    )
    # the CAR variance is the variance of the sum of the dummy coefficients
    g = np.zeros(len(ols.params))
    for rel in (-1, 0, 1):
        g[list(ols.params.index).index(f"D{rel}")] = 1.0
    car_var = float(g @ ols.cov_params().to_numpy() @ g)
    assert res.car["car_var"].iloc[0] == pytest.approx(car_var, rel=1e-9)
    assert res.car["pvalue"].iloc[0] == pytest.approx(float(ols.t_test(g).pvalue), rel=1e-8)


def test_constant_mean_car_variance_closed_form() -> None:
    rets, _ = _panel(assets=1)
    res = EventStudy(
        rets,
        _events(rets.index, [300]),
        estimation_window=(-100, -11),
        event_window=(-3, 3),
        car_windows=[(-2, 2)],
    ).fit()
    est = rets["A0"].iloc[200:290].to_numpy()
    s2 = est.var(ddof=1)
    length, t_len = 5, 90
    assert res.car["car_var"].iloc[0] == pytest.approx(s2 * (length + length**2 / t_len), rel=1e-10)


# --------------------------------------------------------------------------- closed forms
EST, EVW, WIN = (-40, -6), (-2, 2), (-1, 1)


def _closed_form(rets: pd.DataFrame, m: pd.Series, positions: list[int]) -> dict[str, float]:
    """Every statistic for the market model, written out pair by pair (no engine helpers)."""
    pairs = []
    for e, p in enumerate(positions):
        for a in rets.columns:
            est_rows = np.arange(p + EST[0], p + EST[1] + 1)
            ev_rows = np.arange(p + EVW[0], p + EVW[1] + 1)
            X = np.column_stack([np.ones(len(est_rows)), m.to_numpy()[est_rows]])
            y = rets[a].to_numpy()[est_rows]
            XtX_inv = np.linalg.inv(X.T @ X)
            beta = XtX_inv @ X.T @ y
            resid = y - X @ beta
            T = len(y)
            s2 = resid @ resid / (T - 2)
            Xs = np.column_stack([np.ones(len(ev_rows)), m.to_numpy()[ev_rows]])
            ar = rets[a].to_numpy()[ev_rows] - Xs @ beta
            V = s2 * (np.eye(len(ev_rows)) + Xs @ XtX_inv @ Xs.T)
            gamma = np.array(
                [1.0 if WIN[0] <= r <= WIN[1] else 0.0 for r in range(EVW[0], EVW[1] + 1)]
            )
            car = gamma @ ar
            var = gamma @ V @ gamma
            sar = ar / np.sqrt(np.diag(V))
            sd = np.sqrt(np.diag(V))
            corr = V / np.outer(sd, sd)
            csar = (gamma @ sar) / math.sqrt(gamma @ corr @ gamma)
            pairs.append(
                dict(
                    event=e,
                    car=car,
                    var=var,
                    scar=car / math.sqrt(var),
                    csar=csar,
                    resid=resid,
                    ar=ar,
                    s2=s2,
                    T=T,
                )
            )
    n = len(pairs)
    car = np.array([q["car"] for q in pairs])
    var = np.array([q["var"] for q in pairs])
    scar = np.array([q["scar"] for q in pairs])
    T = pairs[0]["T"]
    out = {"caar": car.mean(), "n": n}
    out["j1"] = car.mean() / (math.sqrt(var.sum()) / n)
    out["j2"] = scar.sum() / math.sqrt(n * (T - 2) / (T - 4))
    out["patell"] = sum(q["csar"] for q in pairs) / math.sqrt(n * (T - 2) / (T - 4))
    out["bmp"] = scar.mean() / (scar.std(ddof=1) / math.sqrt(n))
    out["bmp_pvalue"] = 2 * stats.t.sf(abs(out["bmp"]), n - 1)
    # Kolari-Pynnonen: average residual correlation over ordered pairs that share an event
    corr_sum = 0.0
    for i, j in itertools.permutations(range(n), 2):
        if pairs[i]["event"] == pairs[j]["event"]:
            corr_sum += np.corrcoef(pairs[i]["resid"], pairs[j]["resid"])[0, 1]
    rbar = max(corr_sum / (n * (n - 1)), 0.0)
    out["bmp_kp"] = out["bmp"] * math.sqrt((1 - rbar) / (1 + (n - 1) * rbar))
    out["patell_kp"] = out["patell"] * math.sqrt(1 / (1 + (n - 1) * rbar))
    # Corrado (1989) ranks over estimation + event window, multi-day form of Cowan (1992)
    days = T + (EVW[1] - EVW[0] + 1)
    K = np.zeros((n, days))
    for i, q in enumerate(pairs):
        v = np.concatenate([q["resid"], q["ar"]])
        K[i] = stats.rankdata(v) / (1 + len(v))
    kbar = K.mean(axis=0)
    s_k = math.sqrt(np.mean((kbar - 0.5) ** 2))
    win_days = [T + (r - EVW[0]) for r in range(WIN[0], WIN[1] + 1)]
    out["corrado"] = sum(kbar[d] - 0.5 for d in win_days) / (math.sqrt(len(win_days)) * s_k)
    # generalized sign test (Cowan 1992)
    p_hat = np.mean([np.mean(q["resid"] > 0) for q in pairs])
    w = int(np.sum(car > 0))
    out["sign"] = (w - n * p_hat) / math.sqrt(n * p_hat * (1 - p_hat))
    # Wilcoxon signed-rank, exact by enumerating all sign patterns
    ranks = stats.rankdata(np.abs(car))
    w_plus = ranks[car > 0].sum()
    w_stat = min(w_plus, ranks.sum() - w_plus)
    sums = [
        sum(r for r, s in zip(ranks, signs) if s) for signs in itertools.product([0, 1], repeat=n)
    ]
    out["wilcoxon"] = w_stat
    out["wilcoxon_pvalue"] = min(1.0, 2 * np.mean(np.array(sums) <= w_stat))
    # GRANK (Kolari and Pynnonen 2011), the SCARs restandardised by their root mean square
    # about 0 (the null) rather than their sample s.d. (docs/methods.md)
    scar_star = scar / math.sqrt(np.mean(scar**2))
    U = np.zeros((n, T + 1))
    for i, q in enumerate(pairs):
        g = np.append(q["resid"] / math.sqrt(q["s2"]), scar_star[i])
        U[i] = stats.rankdata(g) / (len(g) + 1) - 0.5
    ubar = U.mean(axis=0)
    s_u = math.sqrt(np.mean(ubar**2))
    z = ubar[-1] / s_u
    big_t = T + 1
    out["grank"] = z * math.sqrt((big_t - 2) / (big_t - 1 - z**2))
    out["grank_pvalue"] = 2 * stats.t.sf(abs(out["grank"]), big_t - 2)
    return out


@pytest.fixture(scope="module")
def hand_panel() -> tuple[pd.DataFrame, pd.Series, list[int]]:
    rets, m = _panel(n=260, assets=2, seed=11)
    positions = [60, 110, 160, 210]
    rets.iloc[[61, 160, 161], 0] += [0.03, -0.02, 0.025]
    return rets, m, positions


def _hand_study(rets: pd.DataFrame, events: pd.DataFrame, m: pd.Series) -> EventStudy:
    """The market-model study the closed forms above are written for."""
    return EventStudy(
        rets,
        events,
        benchmark=m,
        estimation_window=EST,
        event_window=EVW,
        car_windows=[WIN],
        min_estimation_obs=20,
    )


def test_cross_sectional_statistics_match_closed_forms(hand_panel) -> None:
    rets, m, positions = hand_panel
    res = _hand_study(rets, _events(rets.index, positions), m).fit()
    ref = _closed_form(rets, m, positions)
    row = res.caar.set_index("group").loc["all"]
    assert int(row["n"]) == ref["n"] == 8
    assert row["caar"] == pytest.approx(ref["caar"], rel=1e-10)
    for name in ("j1", "j2", "patell", "bmp", "bmp_kp", "patell_kp", "corrado", "sign", "grank"):
        assert row[name] == pytest.approx(ref[name], rel=1e-9), name
    assert row["bmp_pvalue"] == pytest.approx(ref["bmp_pvalue"], rel=1e-9)
    assert row["grank_pvalue"] == pytest.approx(ref["grank_pvalue"], rel=1e-9)
    assert row["wilcoxon"] == pytest.approx(ref["wilcoxon"])
    assert row["wilcoxon_pvalue"] == pytest.approx(ref["wilcoxon_pvalue"], rel=1e-10)
    for name in ("j1", "j2", "patell", "corrado", "sign"):
        assert row[f"{name}_pvalue"] == pytest.approx(2 * stats.norm.sf(abs(ref[name])), rel=1e-9)


def test_group_rank_tests_match_closed_forms_with_ties() -> None:
    """Corrado and GRANK within each event group, on returns rounded to 0.1% (many tied ranks),
    equal the pair-by-pair closed forms computed on that group's events alone."""
    rets, m = _panel(n=400, assets=3, seed=23)
    rets["A2"] = rets["A2"].round(3)
    positions = [60, 110, 160, 210, 260, 310]
    labels = ["up", "down", "up", "down", "up", "down"]
    events = _events(rets.index, positions).assign(group=labels)
    for n_jobs in (1, 2):
        res = _hand_study(rets, events, m).fit(n_jobs=n_jobs)
        caar = res.caar.set_index("group")
        for group in ("up", "down"):
            ref = _closed_form(rets, m, [p for p, g in zip(positions, labels) if g == group])
            for name in ("corrado", "grank", "bmp", "sign"):
                assert caar.loc[group, name] == pytest.approx(ref[name], rel=1e-9), (group, name)
        ref_all = _closed_form(rets, m, positions)
        for name in ("corrado", "grank"):
            assert caar.loc["all", name] == pytest.approx(ref_all[name], rel=1e-9), name


@pytest.mark.filterwarnings("ignore::toolkit.errors.ToolkitWarning")
def test_fit_results_do_not_depend_on_threads() -> None:
    rets, m = _panel(n=600, assets=40, seed=3)
    rets.iloc[::37, 5] = np.nan
    events = _events(rets.index, list(range(280, 590, 7)))
    study = EventStudy(
        rets, events, benchmark=m, estimation_window=(-250, -11), clean_estimation=False
    )
    one, many = study.fit(n_jobs=1), study.fit(n_jobs=3)
    pd.testing.assert_frame_equal(one.caar, many.caar, check_exact=True)
    pd.testing.assert_frame_equal(one.car, many.car, check_exact=True)
    pd.testing.assert_frame_equal(one.abnormal_returns, many.abnormal_returns, check_exact=True)
    with pytest.raises(InputError, match="n_jobs"):
        study.fit(n_jobs=0)


def test_car_frame_matches_closed_form_variance(hand_panel) -> None:
    rets, m, positions = hand_panel
    res = _hand_study(rets, _events(rets.index, positions), m).fit()
    p = positions[2]
    est_rows = np.arange(p + EST[0], p + EST[1] + 1)
    X = np.column_stack([np.ones(len(est_rows)), m.to_numpy()[est_rows]])
    y = rets["A0"].to_numpy()[est_rows]
    inv = np.linalg.inv(X.T @ X)
    b = inv @ X.T @ y
    s2 = np.sum((y - X @ b) ** 2) / (len(y) - 2)
    rows = np.arange(p - 1, p + 2)
    Xs = np.column_stack([np.ones(3), m.to_numpy()[rows]])
    car = float(np.sum(rets["A0"].to_numpy()[rows] - Xs @ b))
    ones = np.ones(3)
    var = s2 * (3 + ones @ Xs @ inv @ Xs.T @ ones)
    got = res.car.set_index(["event_id", "asset"]).loc[("E3", "A0")]
    assert got["car"] == pytest.approx(car, rel=1e-10)
    assert got["car_var"] == pytest.approx(var, rel=1e-10)
    assert got["pvalue"] == pytest.approx(
        2 * stats.t.sf(abs(car / math.sqrt(var)), len(y) - 2), rel=1e-8
    )


def test_groups_and_many_events_on_one_asset(hand_panel) -> None:
    rets, m, positions = hand_panel
    ev = _events(rets.index, positions).assign(group=["up", "down", "up", "down"])
    res = _hand_study(rets[["A0"]], ev, m).fit()
    assert res.car["event_id"].astype(str).tolist() == ["E1", "E2", "E3", "E4"]
    caar = res.caar.set_index("group")
    assert set(caar.index) == {"all", "up", "down"}
    up = res.car[res.car["event_id"].isin(["E1", "E3"])]["car"].mean()
    assert caar.loc["up", "caar"] == pytest.approx(up)
    assert caar.loc["all", "n"] == 4 and caar.loc["up", "n"] == 2
    path = res.caar_path[res.caar_path["group"] == "all"].set_index("rel_day")
    cp = res.car_path.groupby("rel_day")["car"].mean()
    np.testing.assert_allclose(path["caar"].to_numpy(), cp.to_numpy())


def test_bootstrap_is_deterministic_and_adjustment(hand_panel) -> None:
    from statsmodels.stats.multitest import multipletests

    rets, m, positions = hand_panel
    st = _hand_study(rets, _events(rets.index, positions), m)
    a = st.fit(bootstrap=199, seed=3, adjust="holm")
    b = st.fit(bootstrap=199, seed=3)
    assert a.caar["caar_boot_pvalue"].iloc[0] == b.caar["caar_boot_pvalue"].iloc[0]
    assert 0 < a.caar["caar_boot_pvalue"].iloc[0] <= 1
    expected = multipletests(a.car["pvalue"], method="holm")[1]
    np.testing.assert_allclose(a.car["pvalue_adj"], expected)
    tests = a.tests
    assert {"j1", "grank", "caar_boot", "bmp_boot"} <= set(tests["test"])
    assert tests["reason"].isna().all()


def test_conf_int_uses_two_sided_level(hand_panel) -> None:
    rets, m, positions = hand_panel
    res = _hand_study(rets, _events(rets.index, positions), m).fit()
    ci = res.conf_int(0.90).iloc[0]
    se = math.sqrt(res.car["car_var"].sum()) / len(res.car)
    assert ci["upper"] - ci["caar"] == pytest.approx(1.6448536 * se, rel=1e-6)
    car_ci = res.conf_int(0.95, which="car").iloc[0]
    half = stats.t.isf(0.025, 35 - 2) * math.sqrt(res.car["car_var"].iloc[0])
    assert car_ci["upper"] - car_ci["car"] == pytest.approx(half)
    with pytest.raises(InputError, match="level"):
        res.conf_int(95)


def test_summary_frames_and_html(hand_panel) -> None:
    rets, m, positions = hand_panel
    res = EventStudy(
        rets,
        _events(rets.index, positions),
        benchmark=m,
        estimation_window=EST,
        event_window=EVW,
        min_estimation_obs=20,
        car_windows=[(-1, 1), (0, 0)],
    ).fit()
    text = str(res.summary())
    assert "market" in text and "(-1, 1)" in text and "j1" in text
    assert "<table" in res._repr_html_()
    assert list(res.abnormal_returns.columns[:9]) == [
        "event_id",
        "asset",
        "rel_day",
        "session",
        "ret",
        "expected",
        "ar",
        "ar_var",
        "sar",
    ]
    assert list(res.car.columns[:11]) == [
        "event_id",
        "asset",
        "window",
        "window_start",
        "window_end",
        "car",
        "car_var",
        "scar",
        "t",
        "pvalue",
        "bhar",
    ]
    tf = res.to_frame()
    assert {"session", "group"} <= set(tf.columns) and len(tf) == 16
    assert res.params["model"] == "market" and res.skipped.empty


# --------------------------------------------------------------------------- other models
def test_market_adjusted_raw_and_factor_models() -> None:
    rets, m = _panel(assets=1)
    ev = _events(rets.index, [300])
    ma = EventStudy(rets, ev, model="market_adjusted", benchmark=m).fit().abnormal_returns
    np.testing.assert_allclose(ma["ar"], ma["ret"] - m.iloc[295:306].to_numpy())
    raw = EventStudy(rets, ev, model="raw").fit()
    np.testing.assert_allclose(raw.abnormal_returns["ar"], raw.abnormal_returns["ret"])
    r = rets["A0"].iloc[300:302]
    assert raw.car.set_index("window").loc["(0, 1)", "bhar"] == pytest.approx((1 + r).prod() - 1)
    s2 = (rets["A0"].iloc[50:290] - m.iloc[50:290]).var(ddof=1)
    assert EventStudy(rets, ev, model="market_adjusted", benchmark=m).fit().car.iloc[0][
        "car_var"
    ] == pytest.approx(3 * s2)
    # a factor model with the market as its only factor is the market model
    fac = EventStudy(rets, ev, model="factor", factors=m.to_frame()).fit().car
    mkt = EventStudy(rets, ev, model="market", benchmark=m).fit().car
    np.testing.assert_allclose(fac["car_var"], mkt["car_var"], rtol=1e-10)


def test_garch_model_standardises_by_conditional_sd() -> None:
    rets, m = _panel(n=700, assets=1, seed=5)
    res = EventStudy(
        rets, _events(rets.index, [650]), model="garch", benchmark=m, estimation_window=(-500, -11)
    ).fit()
    ar = res.abnormal_returns
    assert len(ar) == 11 and np.all(ar["ar_var"] > 0)
    np.testing.assert_allclose(ar["sar"], ar["ar"] / np.sqrt(ar["ar_var"]))
    assert res.params["model"] == "garch" and res.caar["j1"].notna().all()


def test_clean_estimation_drops_other_event_windows() -> None:
    rets, _ = _panel(assets=1)
    ev = _events(rets.index, [200, 300])
    r = rets["A0"]
    res = EventStudy(r, ev, estimation_window=(-150, -11), min_estimation_obs=50).fit()
    est = np.r_[150:195, 206:290]  # E1's window 195..205 leaves E2's estimation sample
    s2 = r.iloc[est].var(ddof=1)
    got = res.car.query("event_id == 'E2' and window == '(0, 0)'")["car_var"].iloc[0]
    assert got == pytest.approx(s2 * (1 + 1 / len(est)), rel=1e-10)
    dirty = EventStudy(r, ev, estimation_window=(-150, -11), clean_estimation=False).fit()
    s2d = r.iloc[150:290].var(ddof=1)
    got_d = dirty.car.query("event_id == 'E2' and window == '(0, 0)'")["car_var"].iloc[0]
    assert got_d == pytest.approx(s2d * (1 + 1 / 140), rel=1e-10)


def test_asset_specific_events() -> None:
    rets, m = _panel(assets=2)
    ev = pd.DataFrame(
        {"event_id": ["X1", "X2"], "session": rets.index[[300, 300]], "asset": ["A0", "A1"]}
    )
    res = EventStudy(rets, ev, benchmark=m).fit()
    keys = res.car.query("window == '(0, 0)'")[["event_id", "asset"]].astype(str).values.tolist()
    assert keys == [["X1", "A0"], ["X2", "A1"]]
    both = EventStudy(rets, ev.drop(columns="asset").iloc[:1], benchmark=m).fit().car
    a1 = both.query("asset == 'A1' and window == '(0, 0)'")["car"].iloc[0]
    assert res.car.query("event_id == 'X2' and window == '(0, 0)'")["car"].iloc[0] == pytest.approx(
        a1
    )


# --------------------------------------------------------------------------- bad input
def test_nan_in_estimation_window_is_counted() -> None:
    rets, _ = _panel(assets=1)
    rets.iloc[100:103, 0] = np.nan
    with pytest.warns(DataWarning, match="3 missing returns"):
        res = EventStudy(rets, _events(rets.index, [300])).fit()
    s2 = rets["A0"].iloc[50:290].dropna().var(ddof=1)
    assert res.car.iloc[1]["car_var"] == pytest.approx(s2 * (1 + 1 / 237), rel=1e-10)


def test_skipped_events_carry_reasons() -> None:
    rets, _ = _panel(assets=2)
    rets.iloc[:, 1] = 0.001  # constant returns
    ev = pd.DataFrame(
        {
            "event_id": ["E1", "E2", "E3", "E4"],
            "session": [
                rets.index[30],
                rets.index[300],
                pd.Timestamp("2030-01-02"),
                rets.index[-2],
            ],
        }
    )
    with pytest.warns(EventWarning):
        res = EventStudy(rets, ev).fit()
    sk = res.skipped.astype(str)
    assert "fewer estimation returns" in sk.query("event_id == 'E1'")["reason"].iloc[0]
    assert (
        "zero residual variance" in sk.query("event_id == 'E2' and asset == 'A1'")["reason"].iloc[0]
    )
    assert "outside the returns data" in sk.query("event_id == 'E3'")["reason"].iloc[0]
    assert "beyond the data" in sk.query("event_id == 'E4' and asset == 'A0'")["reason"].iloc[0]
    assert not res.car["car"].isna().any()
    assert set(res.car.query("event_id == 'E4'")["window"]) == {"(-1, 1)", "(0, 0)", "(0, 1)"}
    assert res.caar.set_index("window").loc["(0, 0)", "n"] == 2  # E2/A0 and E4/A0


def test_overlapping_windows_warn_and_point_to_regression() -> None:
    rets, _ = _panel(assets=1)
    with pytest.warns(EventWarning, match=r"E1/E2.*event_regression"):
        EventStudy(rets, _events(rets.index, [300, 302])).fit()


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"model": "capm"}, "model"),
        ({"model": "market"}, "benchmark"),
        ({"event_window": (3, -3)}, "event_window"),
        ({"estimation_window": (-100, -2)}, "estimation_window"),
        ({"car_windows": [(-8, 1)]}, "car_windows"),
        ({"min_estimation_obs": 1}, "min_estimation_obs"),
        ({"kind": "pct"}, "kind"),
    ],
)
def test_bad_parameters_raise_input_error(kwargs: dict, param: str) -> None:
    rets, _ = _panel(assets=1)
    with pytest.raises(InputError, match=param):
        EventStudy(rets, _events(rets.index, [300]), **kwargs)


def test_bad_fit_options() -> None:
    rets, _ = _panel(assets=1)
    st = EventStudy(rets, _events(rets.index, [300]))
    with pytest.raises(InputError, match="adjust"):
        st.fit(adjust="bonferroni")
    with pytest.raises(InputError, match="bootstrap"):
        st.fit(bootstrap=-1)
    with pytest.raises(InputError, match="returns"):
        EventStudy([1, 2, 3], _events(rets.index, [300]))


def test_rank_tests_can_be_switched_off() -> None:
    rets, _ = _panel(assets=2)
    res = EventStudy(rets, _events(rets.index, [200, 300])).fit(rank_tests=False)
    t = res.tests.set_index("test")
    assert t.loc["corrado", "reason"].iloc[0] == "rank_tests=False"
    assert res.caar["corrado"].isna().all() and res.caar["j1"].notna().all()


# --------------------------------------------------------------------------- S&P 500 snapshot
@pytest.fixture(scope="module")
def gspc() -> pd.DataFrame:
    data = pytest.importorskip("toolkit.market")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return data.load_prices("^GSPC", source="snapshot").returns()


@pytest.mark.parametrize(
    ("day", "pct"),
    [
        ("2018-03-22", -2.52),
        ("2019-05-13", -2.41),
        ("2019-08-05", -2.98),
        ("2025-04-03", -4.84),
        ("2025-04-04", -5.97),
        ("2025-04-09", 9.52),
    ],
)
def test_sp500_tariff_day_returns(gspc: pd.DataFrame, day: str, pct: float) -> None:
    ev = pd.DataFrame({"event_id": ["E1"], "session": [pd.Timestamp(day)]})
    res = EventStudy(gspc, ev, model="raw", car_windows=[(0, 0)]).fit()
    assert round(100 * res.abnormal_returns.query("rel_day == 0")["ret"].iloc[0], 2) == pct


def test_sp500_buy_and_hold_april_2025(gspc: pd.DataFrame) -> None:
    ev = pd.DataFrame({"event_id": ["E1"], "session": [pd.Timestamp("2025-04-02")]})
    res = EventStudy(gspc, ev, model="raw", car_windows=[(1, 4)]).fit()
    assert round(100 * res.car["bhar"].iloc[0], 2) == -12.14


def test_rank_sums_are_exact_for_values_closer_than_the_sort_key_resolution() -> None:
    """Ranks are found by sorting keys that carry each value's position in its lowest mantissa
    bits; values that differ only in those bits, true ties, signed zeros and missing values must
    still get their exact ranks (checked against scipy's rankdata in a plain loop)."""
    from toolkit.study.ranks import rank_sums

    rng = np.random.default_rng(7)
    comb = rng.normal(0, 0.01, (3, 4, 12))
    comb[0, 1, 3] = comb[0, 1, 7] + 1e-12  # distinct, and far enough apart for the keys
    comb[0, 2, 1] = np.nextafter(comb[0, 2, 6], 1.0)  # one ulp apart: equal keys
    comb[1, 2, 0] = comb[1, 2, 5]  # a true tie
    comb[1, 3, 2], comb[1, 3, 9] = 0.0, -0.0  # equal numbers with different bits
    comb[2, 0, 4] = np.nan
    comb[2, 1, [0, 11]] = np.nan
    n_first = 8
    weights = rng.uniform(0.5, 1.5, (3, 4, 2))
    ksum, fsum, count, present = rank_sums(comb, n_first, weights)
    for b in range(3):
        expected_k = np.zeros(12)
        expected_f = np.zeros((2, n_first))
        for i in range(4):
            row = comb[b, i]
            ok = ~np.isnan(row)
            ranks = np.zeros(12)
            ranks[ok] = stats.rankdata(row[ok])
            expected_k += ranks / (1 + ok.sum())
            first = row[:n_first]
            okf = ~np.isnan(first)
            franks = np.zeros(n_first)
            franks[okf] = stats.rankdata(first[okf])
            expected_f += weights[b, i][:, None] * franks
        np.testing.assert_allclose(ksum[b], expected_k, rtol=1e-6)
        np.testing.assert_allclose(fsum[b], expected_f, rtol=1e-6)
    assert count[2, 0] == 11 and count[0, 0] == 12 and count[2, 1] == 10
    np.testing.assert_array_equal(present, (~np.isnan(comb)).sum(axis=1))
