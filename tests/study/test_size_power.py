"""Size and power of every test, by simulation through the vectorised engine.

Design: each replication is an independent cross-section of N (event, asset) pairs: one event
on N assets, in a group of its own, so the ``caar`` table has one row per replication and
window. One long simulated market-model panel holds the assets; events sit every ``T + 20``
sessions, so the estimation and event windows of different events never share a day and the
replications are independent. Per-event CAR t tests are counted over all pairs.

* independent assets, N = 20: 2,000 replications at T = 30 and T = 250;
* GRANK with N = 200 pairs: 2,000 replications at T = 30 (a short window keeps it quick);
* same-day clustering: residuals share a factor (correlation rho = 0.2) across the N = 20
  assets, 1,000 replications at T = 250.

The same pairs given as one event id per asset on the same day give the same statistics
(``tests/study/test_clustering.py``), so these rates hold for that form too.

With 2,000 replications the standard error of a 5% rejection rate is 0.49 percentage points,
so the accepted band 3.5%..6.5% is about three standard errors wide on each side; with 1,000
it is 0.69 points (the band is 2.2 standard errors; the clustered band 3.5%..7.5% is -2.2 to
+3.6).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from toolkit.study.model import EventStudy
from toolkit.study.results import CAAR_TESTS


def _simulate(
    t_est: int, reps: int, effect: float, seed: int, n_assets: int = 20, rho: float = 0.0
) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    gap = t_est + 20
    n = reps * gap + 30
    idx = pd.bdate_range("1900-01-01", periods=n)
    m = rng.normal(0.0003, 0.01, n)
    beta = rng.uniform(0.5, 1.5, n_assets)
    eps = rng.normal(0.0, 0.02, (n, n_assets))
    if rho:
        common = rng.normal(0.0, 0.02, n)
        eps = math.sqrt(rho) * common[:, None] + math.sqrt(1.0 - rho) * eps
    r = 0.0002 + m[:, None] * beta + eps
    pos = np.arange(reps) * gap + t_est + 12
    r[pos, :] += effect
    ev = pd.DataFrame({"event_id": [f"R{i:04d}" for i in range(reps)], "session": idx[pos]})
    ev["group"] = ev["event_id"]
    rets = pd.DataFrame(r, idx, columns=[f"S{j}" for j in range(n_assets)])
    return rets, pd.Series(m, idx, name="mkt"), ev


def _rates(
    t_est: int,
    reps: int,
    effect: float,
    seed: int,
    n_assets: int = 20,
    rho: float = 0.0,
    windows: tuple[tuple[int, int], ...] = ((-1, 1), (0, 0)),
) -> tuple[pd.DataFrame, float]:
    """Rejection rates at 5%: one row per CAR window, one column per test; and per-event rate."""
    rets, m, ev = _simulate(t_est, reps, effect, seed, n_assets, rho)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = EventStudy(
            rets,
            ev,
            benchmark=m,
            estimation_window=(-t_est - 10, -11),
            event_window=(-5, 5),
            car_windows=list(windows),
            min_estimation_obs=t_est,
        ).fit()
    caar = res.caar[res.caar["group"] != "all"]
    assert len(caar) == len(windows) * reps and (caar["n"] == n_assets).all()
    rates = pd.DataFrame(
        {t: (caar[f"{t}_pvalue"] < 0.05).groupby(caar["window"]).mean() for t in CAAR_TESTS}
    )
    per_event = float((res.car["pvalue"] < 0.05).mean())
    return rates, per_event


@pytest.mark.slow
@pytest.mark.parametrize("t_est", [30, 250])
def test_size_under_the_null(t_est: int) -> None:
    rates, per_event = _rates(t_est, reps=2000, effect=0.0, seed=20250402 + t_est)
    assert 0.035 <= per_event <= 0.065, per_event
    outside = rates.stack()
    outside = outside[(outside < 0.035) | (outside > 0.065)]
    assert outside.empty, f"rejection rates outside 3.5%..6.5%: {outside.to_dict()}\n{rates}"


@pytest.mark.slow
def test_grank_size_with_200_pairs() -> None:
    rates, _ = _rates(30, reps=2000, effect=0.0, seed=7, n_assets=200)
    grank = rates["grank"]
    assert ((grank >= 0.035) & (grank <= 0.065)).all(), grank
    # the other tests with a cross-section this large, for the record
    outside = rates.stack()
    outside = outside[(outside < 0.035) | (outside > 0.065)]
    assert outside.empty, f"rejection rates outside 3.5%..6.5%: {outside.to_dict()}\n{rates}"


@pytest.mark.slow
def test_size_with_same_day_clustering() -> None:
    """Residuals correlated 0.2 across the 20 assets of each day 0: the tests that allow for it
    keep their size; BMP, which assumes independent pairs, rejects about 42% of the time."""
    rates, _ = _rates(250, reps=1000, effect=0.0, seed=31, rho=0.2)
    for test in ("bmp_kp", "patell_kp", "calendar_time"):
        r = rates[test]
        assert ((r >= 0.035) & (r <= 0.075)).all(), (test, r.to_dict(), rates)
    # plain BMP over-rejects eightfold: its variance is too small by (1 + (N - 1) rho) / (1 -
    # rho) = 6, so it rejects when |t| > 1.96 / sqrt(6), about 43% of the time (measured 41% and
    # 42%); J1, which assumes independence too, about 38%
    assert ((rates["bmp"] > 0.35) & (rates["bmp"] < 0.50)).all(), rates["bmp"]
    assert (rates["j1"] > 0.30).all(), rates["j1"]


@pytest.mark.slow
def test_power_with_an_injected_abnormal_return() -> None:
    null, per_event_null = _rates(250, reps=500, effect=0.0, seed=11)
    alt, per_event = _rates(250, reps=500, effect=0.012, seed=11)
    # one event-asset pair sees a 1.2% AR against 2% noise: little power, but more than size
    assert per_event > per_event_null + 0.015
    day0 = alt.loc["(0, 0)"]
    gain = day0 - null.loc["(0, 0)"]
    weak = gain[(day0 < 0.4) | (gain < 0.35)]  # the sign test is the least powerful (~0.5)
    assert weak.empty, f"power too low on day 0:\n{alt}"
    # spread over three days the same effect is harder to find, but still found more than 5%
    assert (alt.loc["(-1, 1)"] > null.loc["(-1, 1)"] + 0.1).all(), alt
