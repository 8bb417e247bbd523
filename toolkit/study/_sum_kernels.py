"""Compiled kernels over residual rows: weighted sums in one pass, pairwise correlations.

The Kolari-Pynnonen cut vectors (:mod:`toolkit.study._overlap`) and the calendar-time residual
sums (:mod:`toolkit.study._calendar_time`) are a few weighted sums, per event, of the same
``(assets, days)`` block of residuals. A batched matrix product with a few rows is slow in
BLAS (and reads the block once per row); :func:`weighted_sums` reads each residual row once,
while it is in the processor cache, and adds it into every sum that weighs it. Like the rank
kernels it releases the GIL, so blocks can run on several threads.

:func:`pairwise_corr` gives the pairwise-complete correlations of the Kolari-Pynnonen r-bar
(:func:`toolkit.study._overlap.masked_corr`) with plain loops: the matrices are small (the pairs
of a few events), and on them a loop beats six small BLAS products, whose threads cost more
than the arithmetic on a busy machine.

:func:`regular_weights` decides, for a block of events of every asset, which pairs are regular
for the Kolari-Pynnonen sums and the weights :func:`weighted_sums` then applies to their
residuals (:meth:`toolkit.study._overlap.Correlations.collect_block`): in one call, where a
dozen small numpy operations per block held the GIL between them.
"""

from __future__ import annotations

import threading

import numpy as np
from numba import njit

__all__ = ["add_rows", "pairwise_corr", "regular_weights", "start_numba", "weighted_sums"]

_compiled = njit(nogil=True, cache=True, boundscheck=False, error_model="numpy")


@_compiled
def weighted_sums(weights: np.ndarray, values: np.ndarray, out: np.ndarray) -> None:
    """``out[b, r] = sum_m weights[b, r, m] * values[b, m]`` (zero weights skipped).

    Parameters
    ----------
    weights
        ``(B, R, M)`` float64.
    values
        ``(B, M, T)`` float64.
    out
        ``(B, R, T)`` float64, written.
    """
    n_b, n_r, n_m = weights.shape
    n_t = values.shape[2]
    for b in range(n_b):
        for r in range(n_r):
            for t in range(n_t):
                out[b, r, t] = 0.0
        for m in range(n_m):
            for r in range(n_r):
                w = weights[b, r, m]
                if w != 0.0:
                    for t in range(n_t):
                        out[b, r, t] += w * values[b, m, t]


@_compiled
def regular_weights(
    elig: np.ndarray,
    used: np.ndarray,
    has_used: bool,
    check_sample: bool,
    ref: np.ndarray,
    resid: np.ndarray,
    ssr: np.ndarray,
    cut_block: np.ndarray,
    cut_row: np.ndarray,
    cut_side: np.ndarray,
    cut_d: np.ndarray,
    min_common: int,
    any_elig: np.ndarray,
    regular: np.ndarray,
    n_fit: np.ndarray,
    weights: np.ndarray,
    cut_w: np.ndarray,
    cut_mean: np.ndarray,
) -> None:
    """The Kolari-Pynnonen pairs of one block of events of every asset, and the weights of their
    residuals (:meth:`toolkit.study._overlap.Correlations.collect_block`).

    A pair is regular when its CAR is computed in every window and, with ``check_sample``,
    its sample is the reference sample ``ref`` of its event's window. Row 0 of ``weights``
    weighs each regular pair by ``1 / sqrt(ssr)``; each cut ``c`` (event ``cut_block[c]``, its
    window cut by ``cut_d[c]`` sessions at the start, side 0, or at the end, side 1) weighs it
    in row ``1 + cut_row[c]`` by ``1 / sqrt(var)``, ``var`` the sum of squares about its mean
    of its residuals on the rest of the window, where that variance is positive (relative to
    the sum of squares) and the rest holds at least ``min_common`` reference sessions. The
    residuals are centred on the whole window, so on the rest they sum to minus their sum on
    the cut sessions, which is added from the outermost session in.

    Parameters
    ----------
    elig
        ``(B, M, W)`` bool: estimated pairs whose CAR is computed in each window.
    used
        ``(B, M, T)`` bool: the pairs' samples (read when ``has_used``, else every day).
    has_used, check_sample
        Whether ``used`` is given; whether the samples are compared with ``ref``.
    ref
        ``(B, T)`` bool: the reference sample on each event's estimation window.
    resid, ssr
        ``(B, M, T)`` residuals (0 outside the sample) and ``(B, M)`` their sums of squares.
    cut_block, cut_row, cut_side, cut_d
        ``(C,)`` int64: the block's cuts.
    min_common
        Fewest reference sessions on the rest of a cut window.
    any_elig, regular
        ``(B, M)`` bool, written: a CAR in some window; regular.
    n_fit
        ``(B, W)`` int64, written: the pairs with a CAR in each window.
    weights
        ``(B, R, M)`` float64, written: 0 but where said above.
    cut_w, cut_mean
        ``(C, M)`` float64, written: each cut's weights, and the regular pairs' means on the
        rest of the window where their weight is not 0 (else 0).
    """
    n_b, n_m, n_w = elig.shape
    n_t = ref.shape[1]
    n_r = weights.shape[1]
    for b in range(n_b):
        for w in range(n_w):
            n_fit[b, w] = 0
        for m in range(n_m):
            some = False
            every = True
            for w in range(n_w):
                e = elig[b, m, w]
                some |= e
                every &= e
                n_fit[b, w] += e
            if every and check_sample:
                for t in range(n_t):
                    every &= (used[b, m, t] if has_used else True) == ref[b, t]
            any_elig[b, m] = some
            regular[b, m] = every
            weights[b, 0, m] = 1.0 / np.sqrt(ssr[b, m]) if every else 0.0
            for r in range(1, n_r):
                weights[b, r, m] = 0.0
    for c in range(cut_block.shape[0]):
        b = cut_block[c]
        d = cut_d[c]
        tail = cut_side[c] == 1
        n_ref = 0
        for t in range(n_t):
            n_ref += ref[b, t]
        for i in range(d):
            n_ref -= ref[b, n_t - 1 - i if tail else i]
        row = 1 + cut_row[c]
        for m in range(n_m):
            x = resid[b, m, n_t - 1 if tail else 0]
            total = x
            total_sq = x * x
            for i in range(1, d):
                x = resid[b, m, n_t - 1 - i if tail else i]
                total += x
                total_sq += x * x
            s = -total
            ss = ssr[b, m] - total_sq
            mean = s / n_ref
            var = ss - s * mean
            ok = regular[b, m] and var > 1e-12 * ss and n_ref >= min_common
            weight = 1.0 / np.sqrt(var) if ok else 0.0
            weights[b, row, m] = weight
            cut_w[c, m] = weight
            cut_mean[c, m] = mean if ok else 0.0


@_compiled
def add_rows(out: np.ndarray, index: np.ndarray, rows: np.ndarray) -> None:
    """``out[index[i]] += rows[i]`` for each ``i`` in order, as ``np.add.at`` (several times
    faster on rows).

    Parameters
    ----------
    out
        ``(B, n)`` float64, added to.
    index
        ``(R,)`` int64 rows of ``out``.
    rows
        ``(R, n)`` float64.
    """
    n = rows.shape[1]
    for i in range(rows.shape[0]):
        target = index[i]
        for t in range(n):
            out[target, t] += rows[i, t]


@_compiled
def pairwise_corr(a: np.ndarray, b: np.ndarray, min_common: int, out: np.ndarray) -> None:
    """Pearson correlation of every row of ``a`` with every row of ``b`` over the columns both
    have (NaN: missing); 0 with fewer than ``min_common`` such columns or no variation.

    Parameters
    ----------
    a, b
        ``(n_a, T)`` and ``(n_b, T)`` float64, each row centred on its own values first (the
        sums below then cancel little).
    min_common
        Fewest common columns.
    out
        ``(n_a, n_b)`` float64, written.
    """
    n_a, n_t = a.shape
    n_b = b.shape[0]
    for i in range(n_a):
        for j in range(n_b):
            n = 0
            sa = 0.0
            sb = 0.0
            saa = 0.0
            sbb = 0.0
            sab = 0.0
            for t in range(n_t):
                x = a[i, t]
                y = b[j, t]
                if not (np.isnan(x) or np.isnan(y)):
                    n += 1
                    sa += x
                    sb += y
                    saa += x * x
                    sbb += y * y
                    sab += x * y
            out[i, j] = 0.0
            if n >= min_common:
                va = saa - sa * sa / n
                vb = sbb - sb * sb / n
                if va > 1e-12 * saa and vb > 1e-12 * sbb:
                    r = (sab - sa * sb / n) / np.sqrt(va * vb)
                    out[i, j] = min(1.0, max(-1.0, r))


def _load_add_rows() -> None:
    """Call :func:`add_rows` on one element: numba starts and loads it from its cache."""
    add_rows(np.zeros((1, 1)), np.zeros(1, dtype=np.int64), np.zeros((1, 1)))


def start_numba() -> threading.Thread | None:
    """Start numba on a side thread, unless a kernel of this module has already run.

    The first compiled kernel a process calls, even one loaded from numba's cache, first
    sets up numba's typing and target contexts (0.2-0.3 s, holding the GIL and numba's
    compiler lock): every thread of a fit waits for it before its first block. Started
    here, at the beginning of a fit, it runs while the fit prepares its blocks and faults in
    their pages (:func:`toolkit.study._pages.populate`), which need neither. Loading
    :func:`add_rows` (which the rank sums call with these very argument types) is what
    starts it.

    Returns
    -------
    threading.Thread or None
        The thread, or None when numba has already started in this process. An error in it
        is raised again by the kernels' first call.
    """
    if add_rows.signatures:
        return None
    thread = threading.Thread(target=_load_add_rows, name="numba-start", daemon=True)
    thread.start()
    return thread
