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
"""

from __future__ import annotations

import threading

import numpy as np
from numba import njit

__all__ = ["add_rows", "pairwise_corr", "start_numba", "weighted_sums"]

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
