"""Fama-French models (ff3, ff5, carhart) in the event study, against statsmodels.

Reference numbers come from a statsmodels OLS written here, pair by pair, on excess returns
built in the test (returns minus RF / 100, factors / 100): its parameters, its fitted excess
returns on the event window and its prediction variance (``se_obs**2``, the MacKinlay variance
``sigma^2 (1 + x (X'X)^-1 x')``). The engine's per-pair parameters are read back from its
``expected`` column, which is exactly ``x_t' b`` on the event days.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

import toolkit
from toolkit.errors import DataWarning, InputError, RangeError
from toolkit.market.datasets import famafrench
from toolkit.study.model import EventStudy

EST, EVW = (-120, -11), (-5, 5)
NAMES = {
    "ff3": ["Mkt-RF", "SMB", "HML"],
    "ff5": ["Mkt-RF", "SMB", "HML", "RMW", "CMA"],
    "carhart": ["Mkt-RF", "SMB", "HML", "Mom"],
}


def _synthetic(n: int = 700, seed: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Factors in percent per day (as the library gives them) and two assets' simple returns."""
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2021-01-04", periods=n)
    fac = pd.DataFrame(
        {
            "Mkt-RF": rng.normal(0.05, 1.1, n).round(2),
            "SMB": rng.normal(0.0, 0.6, n).round(2),
            "HML": rng.normal(0.0, 0.7, n).round(2),
            "RF": rng.choice([0.0, 0.01, 0.02], n),
        },
        index=idx,
    )
    dec = fac / 100.0
    rets = pd.DataFrame(
        {
            "A": dec["RF"]
            + 0.0002
            + 1.1 * dec["Mkt-RF"]
            + 0.4 * dec["SMB"]
            - 0.3 * dec["HML"]
            + rng.normal(0, 0.01, n),
            "B": dec["RF"]
            + 0.8 * dec["Mkt-RF"]
            - 0.2 * dec["SMB"]
            + 0.5 * dec["HML"]
            + rng.normal(0, 0.008, n),
        },
        index=idx,
    )
    return rets, fac


def _events(idx: pd.DatetimeIndex, positions: list[int]) -> pd.DataFrame:
    return pd.DataFrame(
        {"event_id": [f"E{i + 1}" for i in range(len(positions))], "session": idx[positions]}
    )


def _ols_reference(
    ret: pd.Series, fac_percent: pd.DataFrame, names: list[str], day0: int
) -> tuple[np.ndarray, pd.DataFrame]:
    """statsmodels on the excess returns of one pair: (params, event-window frame)."""
    y = ret.to_numpy() - fac_percent["RF"].to_numpy() / 100.0
    x = sm.add_constant(fac_percent[names].to_numpy() / 100.0)
    est = np.arange(day0 + EST[0], day0 + EST[1] + 1)
    evw = np.arange(day0 + EVW[0], day0 + EVW[1] + 1)
    fit = sm.OLS(y[est], x[est]).fit()
    pred = fit.get_prediction(x[evw])
    frame = pd.DataFrame(
        {
            "ret": y[evw],
            "expected": pred.predicted_mean,
            "ar": y[evw] - pred.predicted_mean,
            "ar_var": pred.se_obs**2,
        },
        index=range(EVW[0], EVW[1] + 1),
    )
    return fit.params, frame


def _engine_params(pair: pd.DataFrame, fac_percent: pd.DataFrame, names: list[str]) -> np.ndarray:
    """The pair's coefficients, read back from expected = [1, F/100] b on the event days."""
    xe = sm.add_constant(fac_percent.loc[pair["session"], names].to_numpy() / 100.0)
    return np.linalg.lstsq(xe, pair["expected"].to_numpy(), rcond=None)[0]


def test_ff3_matches_statsmodels_per_pair() -> None:
    rets, fac = _synthetic()
    positions = [300, 600]
    res = EventStudy(
        rets,
        _events(rets.index, positions),
        model="ff3",
        factors=fac,
        factor_unit="percent",
        estimation_window=EST,
        event_window=EVW,
    ).fit()
    ar = res.abnormal_returns
    assert len(ar) == 2 * 2 * (EVW[1] - EVW[0] + 1)
    for (eid, day0), asset in [(e, a) for e in zip(["E1", "E2"], positions) for a in "AB"]:
        params, ref = _ols_reference(rets[asset], fac, NAMES["ff3"], day0)
        pair = ar[(ar["event_id"] == eid) & (ar["asset"] == asset)].set_index("rel_day")
        for col in ("ret", "expected", "ar"):
            np.testing.assert_allclose(pair[col], ref[col], rtol=0, atol=1e-10)
        np.testing.assert_allclose(pair["ar_var"], ref["ar_var"], rtol=1e-10)
        np.testing.assert_allclose(
            _engine_params(pair.reset_index(), fac, NAMES["ff3"]), params, rtol=0, atol=1e-10
        )


@pytest.mark.parametrize("model", ["ff5", "carhart"])
def test_ff5_and_carhart_with_the_embedded_factors(model: str) -> None:
    fac = famafrench.load(model).loc["2023-01-03":"2025-12-31"]  # percent, as shipped
    rng = np.random.default_rng(11)
    dec = fac / 100.0
    loadings = rng.normal(0.5, 0.3, len(NAMES[model]))
    ret = dec["RF"] + dec[NAMES[model]].to_numpy() @ loadings + rng.normal(0, 0.01, len(fac))
    rets = pd.Series(ret, index=fac.index, name="X")
    day0 = int(fac.index.get_loc(pd.Timestamp("2025-04-09")))
    res = EventStudy(
        rets, [fac.index[day0]], model=model, estimation_window=EST, event_window=EVW
    ).fit()
    params, ref = _ols_reference(rets, fac, NAMES[model], day0)
    pair = res.abnormal_returns.set_index("rel_day")
    for col in ("ret", "expected", "ar"):
        np.testing.assert_allclose(pair[col], ref[col], rtol=0, atol=1e-10)
    np.testing.assert_allclose(pair["ar_var"], ref["ar_var"], rtol=1e-10)
    np.testing.assert_allclose(
        _engine_params(pair.reset_index(), fac, NAMES[model]), params, rtol=0, atol=1e-10
    )
    assert res.options.factors == tuple(NAMES[model])


def test_model_name_alone_uses_the_snapshot_factors() -> None:
    prices = toolkit.load_prices("SPY", "2024-01-01", "2025-06-30", source="snapshot")
    rets = prices.returns()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataWarning)  # factor dates equal the sessions: no gap
        res = EventStudy(rets, ["2025-04-09"], model="ff3").fit()
    day0 = res.abnormal_returns.query("rel_day == 0").iloc[0]
    simple = float(rets.loc["2025-04-09", "SPY"])
    assert day0["ret"] == pytest.approx(simple - 0.02 / 100.0, abs=1e-15)
    assert "release 202604" in EventStudy(rets, ["2025-04-09"], model="ff3").summary().as_text()
    # a benchmark is not a regressor: it becomes an excess return for the benchmark BHARs
    gspc = toolkit.load_prices("^GSPC", "2024-01-01", "2025-06-30", source="snapshot").returns()
    study = EventStudy(rets, ["2025-04-09"], model="ff3", benchmark=gspc["^GSPC"])
    assert study.spec.n_params == 4 and study.benchmark.name == "^GSPC"
    excess = gspc.loc["2025-04-09", "^GSPC"] - 0.02 / 100.0
    assert study.benchmark.loc["2025-04-09"] == pytest.approx(excess, abs=1e-15)
    bhar = study.fit().car.query("window == '(0, 0)'")["bhar_benchmark"].iloc[0]
    assert bhar == pytest.approx(day0["ret"] - excess, abs=1e-12)


def test_log_returns_subtract_log_of_one_plus_rf() -> None:
    rets, fac = _synthetic()
    logs = np.log1p(rets)
    res = EventStudy(
        logs,
        _events(rets.index, [300]),
        model="ff3",
        factors=fac,
        kind="log",
        estimation_window=EST,
        event_window=EVW,
    ).fit()
    pair = res.abnormal_returns.query("asset == 'A'").set_index("session")
    want = logs.loc[pair.index, "A"] - np.log1p(fac.loc[pair.index, "RF"] / 100.0)
    np.testing.assert_allclose(pair["ret"], want, rtol=0, atol=1e-15)


def test_decimal_factors_give_the_same_fit_as_percent() -> None:
    rets, fac = _synthetic()
    ev = _events(rets.index, [300, 600])
    kw = {"model": "ff3", "estimation_window": EST, "event_window": EVW}
    in_percent = EventStudy(rets, ev, factors=fac, **kw).fit().abnormal_returns
    dec = fac / 100.0
    in_decimal = EventStudy(rets, ev, factors=dec, factor_unit="decimal", **kw).fit()
    np.testing.assert_allclose(in_decimal.abnormal_returns["ar"], in_percent["ar"], atol=1e-14)
    dec.attrs["unit"] = "decimal"  # as toolkit.load_factors(unit="decimal") marks it
    marked = EventStudy(rets, ev, factors=dec, **kw).fit().abnormal_returns
    np.testing.assert_allclose(marked["ar"], in_percent["ar"], atol=1e-14)


def test_unit_check_reports_the_evidence() -> None:
    rets, fac = _synthetic()
    ev = _events(rets.index, [300])
    with pytest.raises(InputError, match=r"declared in percent but looks like decimals.*median"):
        EventStudy(rets, ev, model="ff3", factors=fac / 100.0, factor_unit="percent")
    with pytest.raises(InputError, match=r"declared in decimal but looks like percents") as info:
        EventStudy(rets, ev, model="ff3", factors=fac, factor_unit="decimal")
    assert "factor_unit='percent'" in str(info.value)
    with pytest.raises(InputError, match="`factor_unit` takes one of"):
        EventStudy(rets, ev, model="ff3", factors=fac, factor_unit="bp")
    with pytest.raises(InputError, match="`factor_unit` applies to model="):
        EventStudy(rets, ev, model="constant_mean", factor_unit="percent")


def test_column_names_and_missing_columns() -> None:
    rets, fac = _synthetic()
    ev = _events(rets.index, [300])
    kw = {"estimation_window": EST, "event_window": EVW}
    renamed = fac.rename(columns={"Mkt-RF": "mkt_rf", "SMB": "smb", "HML": "Hml", "RF": "rf"})
    a = EventStudy(rets, ev, model="ff3", factors=renamed, **kw).fit().abnormal_returns
    b = EventStudy(rets, ev, model="ff3", factors=fac, **kw).fit().abnormal_returns
    np.testing.assert_array_equal(a["ar"], b["ar"])
    with pytest.raises(InputError, match=r"lacks the column\(s\) Mom"):
        EventStudy(rets, ev, model="carhart", factors=fac)
    with pytest.raises(InputError, match=r"lacks the column\(s\) RF"):
        EventStudy(rets, ev, model="ff3", factors=fac.drop(columns="RF"))
    with pytest.raises(InputError, match="DataFrame indexed by dates"):
        EventStudy(rets, ev, model="ff3", factors=fac.to_numpy())


def test_factors_not_covering_the_windows_is_an_error() -> None:
    idx = pd.bdate_range("2025-06-02", "2026-07-31")
    rng = np.random.default_rng(5)
    rets = pd.Series(rng.normal(0, 0.01, len(idx)), idx, name="X")
    event = idx[idx.get_loc(pd.Timestamp("2026-06-15"))]
    with pytest.raises(RangeError, match=r"cover 1926-07-01 to 2026-04-30, but .* need") as info:
        EventStudy(rets, [event], model="ff3")
    assert "2026-06-22" in str(info.value)  # the last day of the event window (+5)
    assert info.value.available[1] == pd.Timestamp("2026-04-30")
    _, fac = _synthetic()
    short = fac.iloc[250:]  # starts after the first estimation day of an event at row 300
    rets2, _ = _synthetic()
    with pytest.raises(RangeError, match=r"factors=\) cover .* need"):
        EventStudy(rets2, _events(rets2.index, [300]), model="ff3", factors=short)


def test_a_missing_factor_day_inside_the_windows_warns() -> None:
    rets, fac = _synthetic()
    holed = fac.drop(index=rets.index[250])
    with pytest.warns(DataWarning, match="no value on 1 session"):
        study = EventStudy(
            rets,
            _events(rets.index, [300]),
            model="ff3",
            factors=holed,
            estimation_window=EST,
            event_window=EVW,
        )
    res = study.fit()
    assert np.isfinite(res.abnormal_returns["ar"]).all()
