"""The shortcuts of the fit's first pass against plain computations.

``estimate_batch`` decides from one sum of the estimation returns whether every day of every
pair is in its sample; exactly ranked rows are added to the rank sums by a compiled loop. Both
are checked here on the inputs that take the other way: an infinite or missing return, returns
whose sum overflows, rows that add to the same event.
"""

from __future__ import annotations

import numpy as np
import statsmodels.api as sm

from toolkit.study._sum_kernels import add_rows
from toolkit.study.models import estimate_batch

T, L = 40, 5


def _batch(y: np.ndarray, x: np.ndarray) -> dict[str, np.ndarray]:
    """The market model of one event (B = 1) on ``y`` (M, T) and regressor ``x`` (T,)."""
    design = np.column_stack([np.ones(T), x])[None]
    design_e = np.column_stack([np.ones(L), np.linspace(-0.01, 0.01, L)])[None]
    sums = np.vstack([np.eye(L), np.tril(np.ones((L, L))), np.ones((1, L))])
    return estimate_batch(
        y[None],
        np.ones((1, 1, T), dtype=bool),
        design,
        np.zeros((1, len(y), L)),
        design_e,
        sums,
        estimated=True,
        offset=None,
        offset_event=None,
        min_obs=10,
    )


def test_full_and_gapped_samples_match_statsmodels() -> None:
    rng = np.random.default_rng(5)
    x = rng.normal(0.0, 0.01, T)
    y = 0.001 + 1.2 * x + rng.normal(0.0, 0.02, (3, T))
    full = _batch(y, x)
    assert full["used"].all() and (full["n_obs"] == T).all() and (full["n_nan"] == 0).all()
    gapped = y.copy()
    gapped[1, 7], gapped[2, 30] = np.inf, np.nan
    out = _batch(gapped, x)
    assert out["n_obs"][0].tolist() == [T, T - 1, T - 1]
    assert out["n_nan"][0].tolist() == [0, 1, 1]
    assert not out["used"][0, 1, 7] and not out["used"][0, 2, 30]
    for m, res in ((0, full), (1, out), (2, out)):
        keep = np.isfinite(gapped[m]) if res is out else np.ones(T, dtype=bool)
        ols = sm.OLS(y[m][keep], sm.add_constant(x[keep])).fit()
        np.testing.assert_allclose(res["beta"][0, m], ols.params, rtol=1e-10)
        np.testing.assert_allclose(res["sigma2"][0, m], ols.scale, rtol=1e-10)


def test_returns_whose_sum_overflows_keep_every_day() -> None:
    x = np.linspace(-1.0, 1.0, T)
    y = np.full((2, T), 1e308)  # finite returns, infinite sum: the general path decides
    with np.errstate(over="ignore", invalid="ignore"):  # the sums of squares overflow too
        out = _batch(y, x)
    assert out["used"].all()
    assert (out["n_obs"] == T).all() and (out["n_nan"] == 0).all()


def test_add_rows_adds_in_row_order_like_add_at() -> None:
    rng = np.random.default_rng(8)
    rows = rng.normal(0.0, 1.0, (50, 7)) * 10.0 ** rng.integers(-8, 8, (50, 1))
    index = rng.integers(0, 4, 50)
    expected = rng.normal(0.0, 1.0, (4, 7))
    got = expected.copy()
    np.add.at(expected, index, rows)
    add_rows(got, index.astype(np.int64), rows)
    np.testing.assert_array_equal(got, expected)
