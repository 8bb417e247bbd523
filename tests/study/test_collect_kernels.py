"""The compiled per-pair passes of the first pass against the array code they replaced.

``toolkit.study._collect_kernels.collect_pairs`` writes each pair's CARs, standardised CARs and
BHARs with its daily arrays; ``toolkit.study._pair_kernels.ols_variance_pass`` gives the
variances of :func:`toolkit.study.models.ols_variances`. Both are checked here against numpy
written as the engine wrote it before, on blocks with missing and infinite ARs, pairs not
estimated, and pairs that share or do not share ``(X'X)^-1``.
"""

from __future__ import annotations

import numpy as np
import pytest

from toolkit.study._collect_kernels import collect_pairs
from toolkit.study._pair_kernels import ols_variance_pass
from toolkit.study.models import ols_variances

L, W = 7, 3


def _car_rows() -> np.ndarray:
    rows = np.zeros((W, L))
    rows[0, 2:5] = 1.0
    rows[1, 3] = 1.0
    rows[2, :] = 1.0
    return rows


def _compounded(values: np.ndarray, car_rows: np.ndarray) -> np.ndarray:
    out = np.empty(values.shape[:-1] + (len(car_rows),))
    for k, row in enumerate(car_rows):
        out[..., k] = np.prod(1 + values[..., row > 0], axis=-1)
    return out


def _reference(ar, reason, var, sar_var, ye, expected, be, car_rows):
    """The numpy code of the engine's collection (simple returns)."""
    bad = reason != 0
    ar = np.where(bad[..., None], np.nan, ar)
    gaps = np.isnan(ar)
    with np.errstate(divide="ignore", invalid="ignore"):  # (an infinite AR times 0: NaN)
        car = np.where(gaps, 0.0, ar) @ car_rows.T
        sar = ar / np.sqrt(var[..., :L])
        csar = np.where(gaps, 0.0, sar) @ car_rows.T
        csar /= np.sqrt(sar_var)
    broken = (gaps.astype(np.float64) @ car_rows.T) > 0
    car[broken] = np.nan
    csar[broken] = np.nan
    compounded = _compounded(ye, car_rows)
    bhar = compounded - _compounded(expected, car_rows)
    bhar_bench = compounded - _compounded(be[:, None, :], car_rows)
    bhar[bad] = np.nan
    bhar_bench[bad] = np.nan
    car_ok = np.isfinite(car) & ~bad[..., None]
    return ar, car, csar, bhar, bhar_bench, car_ok


@pytest.mark.parametrize("has_bench", [True, False])
def test_collect_pairs_matches_the_array_code(has_bench: bool) -> None:
    rng = np.random.default_rng(3)
    B, M = 3, 5
    ye = rng.normal(0, 0.02, (B, M, L))
    expected = rng.normal(0, 0.01, (B, M, L))
    ar = ye - expected
    ar[0, 1, 3] = np.nan  # a gap inside windows 0, 1 and 2
    ar[1, 2, 6] = np.nan  # a gap in window 2 only
    ar[2, 0, 0] = np.inf  # infinite outside windows 0 and 1
    reason = np.zeros((B, M), dtype=np.int8)
    reason[1, 4] = 1
    var = rng.uniform(1e-4, 2e-4, (B, M, 2 * L + W))
    sar_var = rng.uniform(1.0, 1.2, (B, M, W))
    be = rng.normal(0, 0.01, (B, L))
    car_rows = _car_rows()
    n, row0 = B * M + 4, 2
    out = {k: np.full((n, L), -1.0) for k in ("ret", "expected", "ar", "ar_var", "path_var")}
    out |= {k: np.full((n, W), -1.0) for k in ("car", "car_var", "csar", "bhar", "bhar_bench")}
    car_ok = np.empty((B, M, W), dtype=bool)
    collect_pairs(
        ar, reason, var, sar_var, ye, expected, ye, expected,
        be if has_bench else np.zeros((1, 1)), has_bench, car_rows, row0,
        *(out[k] for k in ("ret", "expected", "ar", "ar_var", "path_var", "car", "car_var",
                           "csar", "bhar", "bhar_bench")),
        car_ok,
    )  # fmt: skip
    ref_ar, car, csar, bhar, bhar_bench, ok = _reference(
        ar, reason, var, sar_var, ye, expected, be, car_rows
    )
    rows = slice(row0, row0 + B * M)
    np.testing.assert_array_equal(out["ar"][rows], ref_ar.reshape(-1, L))
    np.testing.assert_array_equal(out["ret"][rows], ye.reshape(-1, L))
    np.testing.assert_array_equal(out["expected"][rows], expected.reshape(-1, L))
    np.testing.assert_array_equal(out["ar_var"][rows], var[..., :L].reshape(-1, L))
    np.testing.assert_array_equal(out["path_var"][rows], var[..., L : 2 * L].reshape(-1, L))
    np.testing.assert_array_equal(out["car_var"][rows], var[..., 2 * L :].reshape(-1, W))
    for name, want in (("car", car), ("csar", csar), ("bhar", bhar)):
        np.testing.assert_allclose(out[name][rows], want.reshape(-1, W), rtol=1e-14, atol=1e-17)
    if has_bench:
        np.testing.assert_allclose(
            out["bhar_bench"][rows], bhar_bench.reshape(-1, W), rtol=1e-14, atol=1e-17
        )
    else:
        assert np.isnan(out["bhar_bench"][rows]).all()
    np.testing.assert_array_equal(car_ok, ok)
    # the rows of other blocks are left alone
    assert (out["car"][:row0] == -1.0).all() and (out["car"][row0 + B * M :] == -1.0).all()


@pytest.mark.parametrize("p", [1, 2, 3])
def test_ols_variance_pass_matches_ols_variances(p: int) -> None:
    rng = np.random.default_rng(p)
    B, M = 2, 6
    car_rows = _car_rows()
    sums = np.vstack([np.eye(L), np.tril(np.ones((L, L))), car_rows])
    a = rng.normal(size=(B, M, p, p))
    ginv = np.einsum("bmij,bmkj->bmik", a, a) + np.eye(p)
    ginv[:, 1:4] = ginv[:, :1]  # pairs sharing (X'X)^-1, as full samples do
    sigma2 = rng.uniform(1e-4, 3e-4, (B, M))
    xe = np.ones((B, L, p))
    xe[..., 1:] = rng.normal(0, 0.01, (B, L, p - 1))
    var, sar_var = np.empty((B, M, len(sums))), np.empty((B, M, W))
    ols_variance_pass(ginv, sigma2, xe, sums, L, var, sar_var)
    want_var, want_sar = ols_variances(ginv, sigma2, xe, sums)
    np.testing.assert_allclose(var, want_var, rtol=1e-13)
    np.testing.assert_allclose(sar_var, want_sar, rtol=1e-13)
