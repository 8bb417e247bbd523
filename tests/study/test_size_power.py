"""Size and power of every test, by simulation through the vectorised engine.

Design: each replication is an independent cross-section of N = 20 events. One long simulated
market-model panel holds 20 independent assets; events sit every ``T + 20`` sessions, so the
estimation and event windows of different events never share a day and the replications are
independent. Each event applies to the 20 assets and forms its own group, so the ``caar`` table
has one row per replication and window: 2,000 replications (40,000 event-asset pairs) per
estimation length. Per-event CAR t tests are counted over the 40,000 pairs.

With 2,000 replications the standard error of a 5% rejection rate is 0.49 percentage points,
so the accepted band 3.5%..6.5% is about three standard errors wide on each side.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from toolkit.study.eventstudy import CAAR_TESTS, EventStudy

N_ASSETS = 20


def _simulate(
    t_est: int, reps: int, effect: float, seed: int
) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    gap = t_est + 20
    n = reps * gap + 30
    idx = pd.bdate_range("1900-01-01", periods=n)
    m = rng.normal(0.0003, 0.01, n)
    beta = rng.uniform(0.5, 1.5, N_ASSETS)
    eps = rng.normal(0.0, 0.02, (n, N_ASSETS))
    r = 0.0002 + m[:, None] * beta + eps
    pos = np.arange(reps) * gap + t_est + 12
    r[pos, :] += effect
    ev = pd.DataFrame({"event_id": [f"R{i:04d}" for i in range(reps)], "session": idx[pos]})
    ev["group"] = ev["event_id"]
    rets = pd.DataFrame(r, idx, columns=[f"S{j}" for j in range(N_ASSETS)])
    return rets, pd.Series(m, idx, name="mkt"), ev


def _rates(t_est: int, reps: int, effect: float, seed: int) -> tuple[pd.DataFrame, float]:
    """Rejection rates at 5%: one row per CAR window, one column per test; and per-event rate."""
    rets, m, ev = _simulate(t_est, reps, effect, seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = EventStudy(
            rets,
            ev,
            benchmark=m,
            estimation_window=(-t_est - 10, -11),
            event_window=(-5, 5),
            car_windows=[(-1, 1), (0, 0)],
            min_estimation_obs=t_est,
        ).fit()
    caar = res.caar[res.caar["group"] != "all"]
    assert len(caar) == 2 * reps and (caar["n"] == N_ASSETS).all()
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
