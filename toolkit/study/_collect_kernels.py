"""Compiled pass over one block's pairs: what each pair keeps from the first pass.

:func:`~toolkit.study._engine.estimate_block` hands every block's estimates to the engine's
``_collect``, which derives from each pair's abnormal returns its CARs, standardised CARs and
buy-and-hold returns and writes them, with the daily arrays, into the fit's pair arrays. As
whole-array numpy operations that is some twenty passes over ``(events, assets, days)`` arrays,
each a few hundred kilobytes, holding the GIL between them; :func:`collect_pairs` makes one pass
per pair, writes straight into the pair arrays and releases the GIL, so the blocks of several
threads do it at once.

The numbers are those of the numpy operations it replaces: each window's sum runs over the event
days in order, each day weighted by its 0/1 entry of ``car_rows`` (as the matrix product
``ar @ car_rows.T`` adds them), and each compounded return multiplies ``1 + r`` over the window's
days in order (as ``np.prod``).
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["collect_pairs"]

#: Compiled on first use and cached on disk; the GIL is released while a kernel runs.
_compiled = njit(nogil=True, cache=True, boundscheck=False, error_model="numpy")


@_compiled
def _compounded(values: np.ndarray, row: np.ndarray) -> float:
    """The product of ``1 + values[t]`` over the days ``t`` where ``row`` is positive."""
    out = 1.0
    for t in range(values.shape[0]):
        if row[t] > 0.0:
            out *= 1.0 + values[t]
    return out


@_compiled
def collect_pairs(
    ar_in: np.ndarray,
    reason: np.ndarray,
    var: np.ndarray,
    sar_var: np.ndarray,
    returns: np.ndarray,
    expected: np.ndarray,
    simple: np.ndarray,
    simple_expected: np.ndarray,
    simple_bench: np.ndarray,
    has_bench: bool,
    car_rows: np.ndarray,
    row0: int,
    out_ret: np.ndarray,
    out_expected: np.ndarray,
    out_ar: np.ndarray,
    out_ar_var: np.ndarray,
    out_path_var: np.ndarray,
    out_car: np.ndarray,
    out_car_var: np.ndarray,
    out_csar: np.ndarray,
    out_bhar: np.ndarray,
    out_bhar_bench: np.ndarray,
    car_ok: np.ndarray,
) -> None:
    """Write each pair's daily arrays, CARs, standardised CARs and BHARs.

    Parameters
    ----------
    ar_in
        ``(B, M, L)`` abnormal returns of the block's pairs, as the model gave them.
    reason
        ``(B, M)`` int8: 0, or why the pair is not estimated (its ARs are then NaN).
    var
        ``(B, M, 2 L + W)``: the variances of each day's AR, of the running sums, of each CAR.
    sar_var
        ``(B, M, W)``: the variance of the sum of standardised ARs over each window.
    returns, expected
        ``(B, M, L)`` returns and expected returns on the event days.
    simple, simple_expected
        ``(B, M, L)`` the same as simple returns (the arrays themselves for simple returns, their
        ``expm1`` for log returns): what the buy-and-hold returns compound.
    simple_bench
        ``(B, L)`` the benchmark's simple returns on each event's days (read when
        ``has_bench``).
    has_bench
        Whether there is a benchmark (else ``bhar_bench`` is NaN).
    car_rows
        ``(W, L)``: 1 on the days of each CAR window, else 0.
    row0
        The row of the pair arrays of the block's first pair; pair (b, m) is ``row0 + b M + m``.
    out_ret, out_expected, out_ar, out_ar_var, out_path_var
        ``(pairs, L)`` pair arrays, written on the block's rows (``ar`` NaN for a pair not
        estimated).
    out_car, out_car_var, out_csar, out_bhar, out_bhar_bench
        ``(pairs, W)`` pair arrays, written on the block's rows: a CAR (and standardised CAR)
        is NaN when an AR of its window is; both BHARs are NaN for a pair not estimated.
    car_ok
        ``(B, M, W)`` bool, written: a finite CAR of an estimated pair.
    """
    n_b, n_m, n_l = ar_in.shape
    n_w = car_rows.shape[0]
    ar = np.empty(n_l)
    sar = np.empty(n_l)
    for b in range(n_b):
        for m in range(n_m):
            r = row0 + b * n_m + m
            bad = reason[b, m] != 0
            for t in range(n_l):
                a = np.nan if bad else ar_in[b, m, t]
                v = var[b, m, t]
                ar[t] = a
                # a missing AR adds nothing to the sums (its windows' CARs are then NaN)
                sar[t] = 0.0 if np.isnan(a) else a / np.sqrt(v)
                out_ar[r, t] = a
                out_ar_var[r, t] = v
                out_path_var[r, t] = var[b, m, n_l + t]
                out_ret[r, t] = returns[b, m, t]
                out_expected[r, t] = expected[b, m, t]
            for k in range(n_w):
                row = car_rows[k]
                car = 0.0
                csar = 0.0
                broken = False
                for t in range(n_l):
                    a = ar[t]
                    gap = np.isnan(a)
                    broken |= gap and row[t] > 0.0
                    car += (0.0 if gap else a) * row[t]
                    csar += sar[t] * row[t]
                csar /= np.sqrt(sar_var[b, m, k])
                if broken:
                    car = np.nan
                    csar = np.nan
                out_car[r, k] = car
                out_csar[r, k] = csar
                out_car_var[r, k] = var[b, m, 2 * n_l + k]
                car_ok[b, m, k] = np.isfinite(car) and not bad
                # buy-and-hold: the pair's compounded returns less the model's and the
                # benchmark's
                compounded = _compounded(simple[b, m], row)
                bhar = compounded - _compounded(simple_expected[b, m], row)
                bhar_bench = np.nan
                if has_bench:
                    bhar_bench = compounded - _compounded(simple_bench[b], row)
                out_bhar[r, k] = np.nan if bad else bhar
                out_bhar_bench[r, k] = np.nan if bad else bhar_bench
