"""Cross-sectional regression of CARs against references the toolkit did not compute.

The CARs are recomputed here from the made-up returns with the closed-form market model
(alpha and beta from the estimation window's covariance and variance, loop by loop); the
coefficients are a numpy least-squares fit on a design written out by hand, and the HC3 and
clustered standard errors the sandwich formulas written out below (MacKinnon and White 1985;
Cameron and Miller 2015, with the G / (G - 1) * (N - 1) / (N - K) correction). A statsmodels
OLS on the same hand-built design is the second reference.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats

from toolkit.errors import DataWarning, EventWarning, InputError, InputTypeError
from toolkit.study.car_regression import CrossSectionResults
from toolkit.study.model import EventStudy

N_DAYS, N_ASSETS = 1500, 15
EST, EVW = (-120, -11), (-2, 2)
EVENT_POS = [200, 340, 480, 620, 760, 900, 1040, 1180, 1320, 1450]  # far apart: clean estimation


@pytest.fixture(scope="module")
def panel() -> dict[str, object]:
    rng = np.random.default_rng(11)
    days = pd.bdate_range("2019-01-01", periods=N_DAYS)
    assets = [f"F{k:02d}" for k in range(N_ASSETS)]
    market = pd.Series(rng.normal(0.0003, 0.01, N_DAYS), index=days, name="mkt")
    beta = rng.uniform(0.5, 1.5, N_ASSETS)
    rets = pd.DataFrame(
        0.0001 + np.outer(market.to_numpy(), beta) + rng.normal(0, 0.012, (N_DAYS, N_ASSETS)),
        index=days,
        columns=assets,
    )
    size = pd.Series(rng.normal(10, 1.5, N_ASSETS), index=assets)
    surprise = pd.Series(rng.normal(0, 1, len(EVENT_POS)), index=[f"E{k}" for k in range(10)])
    exposure = rng.uniform(0, 1, (len(EVENT_POS), N_ASSETS))
    for e, p in enumerate(EVENT_POS):  # day-0 and day-1 reactions that depend on the traits
        shock = -0.02 * exposure[e] * surprise.iloc[e] + 0.001 * (size.to_numpy() - 10)
        rets.iloc[p] += shock + rng.normal(0, 0.01)  # a common shock: CARs share the date
        rets.iloc[p + 1] += 0.5 * shock
    events = pd.DataFrame(
        {"event_id": surprise.index, "session": days[EVENT_POS], "group": ["a", "b"] * 5}
    )
    study = EventStudy(
        rets,
        events,
        model="market",
        benchmark=market,
        estimation_window=EST,
        event_window=EVW,
        car_windows=[(-1, 1), (0, 0), (0, 1)],
    )
    firm_event = pd.DataFrame(
        [
            (e, a, exposure[i, j])
            for i, e in enumerate(surprise.index)
            for j, a in enumerate(assets)
        ],
        columns=["event_id", "asset", "exposure"],
    )
    return {
        "rets": rets,
        "market": market,
        "days": days,
        "results": study.fit(),
        "size": size.rename_axis("asset").rename("size").reset_index(),
        "surprise": surprise.rename_axis("event_id").rename("surprise").reset_index(),
        "firm_event": firm_event,
    }


def _closed_form_cars(panel: dict, window: tuple[int, int]) -> pd.DataFrame:
    """CAR of every (event, asset) pair: market model fitted by covariance over variance."""
    rets, market = panel["rets"], panel["market"].to_numpy()
    rows = []
    for e, p in enumerate(EVENT_POS):
        est = slice(p + EST[0], p + EST[1] + 1)
        m_est = market[est]
        for a in rets.columns:
            r = rets[a].to_numpy()
            r_est = r[est]
            b = np.sum((m_est - m_est.mean()) * (r_est - r_est.mean())) / np.sum(
                (m_est - m_est.mean()) ** 2
            )
            alpha = r_est.mean() - b * m_est.mean()
            car = sum(r[p + d] - alpha - b * market[p + d] for d in range(window[0], window[1] + 1))
            rows.append((f"E{e}", a, p, car))
    return pd.DataFrame(rows, columns=["event_id", "asset", "pos", "car"])


def _reference(panel: dict, window: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """y, X (const, exposure, size, surprise) and the cluster codes (day-0 session)."""
    ref = _closed_form_cars(panel, window)
    ref = ref.merge(panel["firm_event"], on=["event_id", "asset"])
    ref = ref.merge(panel["size"], on="asset").merge(panel["surprise"], on="event_id")
    X = np.column_stack([np.ones(len(ref)), ref["exposure"], ref["size"], ref["surprise"]])
    return ref["car"].to_numpy(), X, ref["pos"].to_numpy()


def _hc3(y: np.ndarray, X: np.ndarray) -> np.ndarray:
    bread = np.linalg.inv(X.T @ X)
    e = y - X @ (bread @ X.T @ y)
    h = np.einsum("ij,jk,ik->i", X, bread, X)
    meat = (X * (e / (1 - h))[:, None] ** 2).T @ X
    return np.sqrt(np.diag(bread @ meat @ bread))


def _clustered(y: np.ndarray, X: np.ndarray, groups: np.ndarray) -> np.ndarray:
    n, k = X.shape
    bread = np.linalg.inv(X.T @ X)
    e = y - X @ (bread @ X.T @ y)
    meat = np.zeros((k, k))
    labels = np.unique(groups)
    for g in labels:
        s = X[groups == g].T @ e[groups == g]
        meat += np.outer(s, s)
    g_count = len(labels)
    c = g_count / (g_count - 1) * (n - 1) / (n - k)
    return np.sqrt(np.diag(c * bread @ meat @ bread))


def _fit(panel: dict, **kwargs) -> CrossSectionResults:
    data = (
        panel["firm_event"].merge(panel["size"], on="asset").merge(panel["surprise"], on="event_id")
    )
    return panel["results"].cross_section("car ~ exposure + size + surprise", data=data, **kwargs)


def test_hc3_coefficients_and_errors_match_closed_forms(panel) -> None:
    y, X, _ = _reference(panel, (0, 1))
    res = _fit(panel, window=(0, 1), cov_type="HC3")
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(res.params.to_numpy(), beta, rtol=1e-8, atol=1e-12)
    np.testing.assert_allclose(res.bse.to_numpy(), _hc3(y, X), rtol=1e-8)
    ols = sm.OLS(y, X).fit(cov_type="HC3", use_t=True)
    np.testing.assert_allclose(res.bse.to_numpy(), ols.bse, rtol=1e-8)
    t = beta / _hc3(y, X)
    np.testing.assert_allclose(res.tvalues.to_numpy(), t, rtol=1e-8)
    np.testing.assert_allclose(
        res.pvalues.to_numpy(), 2 * stats.t.sf(np.abs(t), len(y) - X.shape[1]), rtol=1e-8
    )
    assert res.nobs == len(y) == 10 * N_ASSETS
    assert res.rsquared == pytest.approx(
        1 - np.sum((y - X @ beta) ** 2) / np.sum((y - y.mean()) ** 2)
    )
    assert list(res.params.index) == ["Intercept", "exposure", "size", "surprise"]
    assert res.cov_type == "HC3" and res.cluster is None


def test_default_clusters_by_session_when_events_share_dates(panel) -> None:
    y, X, groups = _reference(panel, (-1, 1))
    res = _fit(panel, window=(-1, 1))  # 15 firms per event date: clustered by default
    assert res.cov_type == "cluster" and res.cluster == "session" and res.n_clusters == 10
    np.testing.assert_allclose(
        res.params.to_numpy(), np.linalg.lstsq(X, y, rcond=None)[0], rtol=1e-8, atol=1e-12
    )
    np.testing.assert_allclose(res.bse.to_numpy(), _clustered(y, X, groups), rtol=1e-8)
    ols = sm.OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    np.testing.assert_allclose(res.bse.to_numpy(), ols.bse, rtol=1e-8)
    # t with G - 1 degrees of freedom
    t = res.tvalues.to_numpy()
    np.testing.assert_allclose(res.pvalues.to_numpy(), 2 * stats.t.sf(np.abs(t), 9), rtol=1e-8)


def test_hc1_and_nonrobust_are_statsmodels_on_the_hand_built_design(panel) -> None:
    y, X, _ = _reference(panel, (0, 0))
    for cov in ("HC1", "nonrobust"):
        res = _fit(panel, window="(0, 0)", cov_type=cov)
        ref = sm.OLS(y, X).fit(cov_type=cov)
        np.testing.assert_allclose(res.bse.to_numpy(), ref.bse, rtol=1e-8)
    e = y - X @ np.linalg.lstsq(X, y, rcond=None)[0]
    s2 = e @ e / (len(y) - X.shape[1])
    classical = np.sqrt(np.diag(s2 * np.linalg.inv(X.T @ X)))
    np.testing.assert_allclose(res.bse.to_numpy(), classical, rtol=1e-8)


def test_hc3_by_default_when_every_pair_has_its_own_session(panel) -> None:
    one_asset = panel["firm_event"].query("asset == 'F03'")
    with pytest.warns(DataWarning, match="140 of 150 CARs left out"):
        res = panel["results"].cross_section("car ~ exposure", data=one_asset, window=(0, 1))
    assert res.cov_type == "HC3" and res.nobs == 10


def test_scar_and_bhar_are_left_hand_sides(panel) -> None:
    res = panel["results"]
    car = res.car.astype({"event_id": str, "asset": str})
    data = panel["size"]
    for measure in ("scar", "bhar"):
        fit = res.cross_section(f"{measure} ~ size", data=data, window=(0, 1), cov_type="HC3")
        ref = car[car["window"] == "(0, 1)"].merge(data, on="asset")
        X = sm.add_constant(ref["size"].to_numpy())
        ols = sm.OLS(ref[measure].to_numpy(), X).fit(cov_type="HC3")
        np.testing.assert_allclose(fit.params.to_numpy(), ols.params, rtol=1e-8)
        assert fit.dependent == measure


def test_event_columns_need_no_data(panel) -> None:
    """``group`` comes from the events frame; C(group) is a dummy."""
    res = panel["results"].cross_section("car ~ C(group)", window=(0, 1), cov_type="HC3")
    car = res.data
    diff = car.loc[car["group"] == "b", "car"].mean() - car.loc[car["group"] == "a", "car"].mean()
    assert res.params["C(group)[T.b]"] == pytest.approx(diff, rel=1e-10)


def test_results_object(panel) -> None:
    res = _fit(panel, window=(0, 1), cov_type="HC3")
    frame = res.to_frame()
    assert list(frame.columns) == ["term", "coef", "std_err", "t", "pvalue", "lower", "upper"]
    q = stats.t.isf(0.025, res.result.df_resid)
    np.testing.assert_allclose(frame["lower"], frame["coef"] - q * frame["std_err"], rtol=1e-10)
    assert res.to_statsmodels() is res.result
    text = res.summary().as_text()
    assert "car ~ exposure + size + surprise" in text and "HC3" in text
    assert "exposure" in res._repr_html_() and repr(res).startswith("CrossSectionResults")


def test_missing_characteristics_and_unmatched_pairs_are_left_out_with_a_warning(panel) -> None:
    data = panel["size"].copy()
    data.loc[0, "size"] = np.nan  # F00: missing value
    data = data[data["asset"] != "F01"]  # F01: no row
    with pytest.warns(DataWarning) as caught:
        res = panel["results"].cross_section("car ~ size", data=data, window=(0, 1))
    messages = " ".join(str(w.message) for w in caught)
    assert "no row in `data`" in messages and "missing value in size" in messages
    assert res.nobs == 10 * (N_ASSETS - 2)
    assert set(res.dropped["asset"]) == {"F00", "F01"} and len(res.dropped) == 20


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"formula": "car ~ china_revenue"}, "formula"),
        ({"formula": "car ~ size", "window": (0, 5)}, "window"),
        ({"formula": "car ~ size", "cov_type": "HC9"}, "cov_type"),
        ({"formula": "car ~ size", "cov_type": "cluster", "cluster": "industry"}, "cluster"),
        ({"formula": "car ~ size + ", "window": (0, 1)}, "formula"),
    ],
)
def test_errors_name_the_parameter(panel, kwargs, param) -> None:
    formula = kwargs.pop("formula")
    with pytest.raises(InputError, match=f"Parameter `{param}`"):
        panel["results"].cross_section(formula, data=panel["size"], **kwargs)


def test_data_errors(panel) -> None:
    res = panel["results"]
    with pytest.raises(InputError, match="Parameter `data`.*no CAR of window"):
        res.cross_section("car ~ size", data=panel["size"].assign(asset=lambda d: "X" + d["asset"]))
    with pytest.raises(InputError, match="Parameter `data` needs an `event_id`"):
        res.cross_section("car ~ size", data=panel["size"].rename(columns={"asset": "ticker"}))
    with pytest.raises(InputError, match="one row per asset"):
        res.cross_section("car ~ size", data=pd.concat([panel["size"], panel["size"]]))
    with pytest.raises(InputError, match="would hide"):
        res.cross_section("car ~ size", data=panel["size"].assign(car=1.0))
    with pytest.raises(InputTypeError, match="Parameter `data`"):
        res.cross_section("car ~ size", data={"asset": ["F00"]})
    with pytest.raises(InputTypeError, match="Parameter `formula`"):
        res.cross_section(3)


def test_fewer_rows_than_parameters(panel) -> None:
    two = panel["surprise"].head(2)  # 2 events x 15 firms, but clustered needs rows > params
    few = panel["firm_event"].query("asset == 'F00'").head(3)
    with pytest.raises(InputError, match="more rows than parameters"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DataWarning)
            panel["results"].cross_section(
                "car ~ exposure + C(event_id)", data=few, window=(0, 1), cov_type="HC3"
            )
    with pytest.warns(EventWarning, match="only 2 clusters"), pytest.warns(DataWarning):
        fit = panel["results"].cross_section("car ~ surprise", data=two, window=(0, 1))
    assert fit.n_clusters == 2


def test_event_characteristics_carried_by_the_events(panel) -> None:
    """Extra columns of an EventSet (as ``load_events`` keeps them) are regressors as they are."""
    from toolkit.study.events import EventSet, align_events

    frame = align_events(
        pd.DataFrame(
            {"event_id": [f"E{k}" for k in range(10)], "session": panel["days"][EVENT_POS]}
        )
    ).to_frame()
    events = EventSet(frame.merge(panel["surprise"], on="event_id"))
    study = EventStudy(
        panel["rets"],
        events,
        model="market",
        benchmark=panel["market"],
        estimation_window=EST,
        event_window=EVW,
        car_windows=[(0, 1)],
    ).fit()
    fit = study.cross_section("car ~ surprise", cov_type="cluster")
    y, X, groups = _reference(panel, (0, 1))
    X = X[:, [0, 3]]  # const, surprise
    np.testing.assert_allclose(
        fit.params.to_numpy(), np.linalg.lstsq(X, y, rcond=None)[0], rtol=1e-8, atol=1e-12
    )
    np.testing.assert_allclose(fit.bse.to_numpy(), _clustered(y, X, groups), rtol=1e-8)
