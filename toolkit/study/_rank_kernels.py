"""Compiled row kernels for the rank tests: rank sums and GRANK's counts above.

The rank tests (Corrado, GRANK) rank every (event, asset) row of abnormal returns and add the
scaled ranks across assets, day by day. Done with whole-array numpy operations this takes a
dozen passes over hundreds of millions of values; these kernels, compiled with numba, make one
pass per row while the row is in the processor cache. The rows' sort keys come from
:mod:`toolkit.study._pair_kernels`; the sort itself stays with numpy, whose sort of unsigned
integers is vectorised.

Every kernel works on a block of rows, writes only the outputs of that block and releases the
GIL, so blocks can run on several threads; the sums of one block are made in row order, so the
results do not depend on the number of threads.
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["accumulate_ranks", "count_above"]

#: Above every key: ends the merge of a row's two runs of keys.
_ABOVE_ALL = np.uint64(0xFFFFFFFFFFFFFFFF)

#: Compiled on first use and cached on disk; the GIL is released while a kernel runs.
_compiled = njit(nogil=True, cache=True, boundscheck=False, error_model="numpy")


@_compiled
def accumulate_ranks(
    keys: np.ndarray,
    bits: int,
    n_first: int,
    levels: float,
    row_block: np.ndarray,
    first_weights: np.ndarray,
    shared_weights: np.ndarray,
    exact: np.ndarray,
    ksum: np.ndarray,
    fsum: np.ndarray,
    missing: np.ndarray,
    n_values: np.ndarray,
) -> None:
    """Add each row's scaled ranks to its block's sums, from its sorted keys.

    Each row's keys come sorted in two runs, the first ``n_first`` and the later ones
    (:func:`~toolkit.study.ranks.sort_keys`): merged here, they give the order of the whole
    row (the keys are distinct, their low bits being the positions), and each first value's
    place in its own run is its rank among the first values.

    Parameters
    ----------
    keys
        (R, n) keys from :func:`~toolkit.study._pair_kernels.row_keys`, the first ``n_first``
        and the later ``n - n_first`` of each row sorted apart.
    bits, n_first, levels
        As given to :func:`~toolkit.study._pair_kernels.row_keys`; ``n_first`` leading positions are also ranked alone.
    row_block
        (R,) int64 block (event) of each row: the row of ``ksum``, ``fsum`` and ``missing`` it
        adds to.
    first_weights
        (R, W) float64 weights of the ranks among the first values.
    shared_weights
        (B,) bool: True where every row of the block weighs its ranks alike in all W
        windows. Such a block's ``fsum`` is summed for the first window only and then copied
        to the others; ``fsum`` arrives zero (as :func:`~toolkit.study.ranks.rank_sums`
        allocates it), so the copy holds the very numbers a sum per window would.
    exact
        (R,) bool, read and updated: rows marked True are left out of ``ksum`` and ``fsum``;
        so are rows found to hold two values of the same level, which are marked True (rank
        them exactly).
    ksum
        (B, n) float64: ``rank / (1 + count)`` of each present value is added at its position.
    fsum
        (B, W, n_first) float64: ``first_weights[w] * rank among the first values`` is added.
    missing
        (B, n) int64: 1 is added where the row has no value, for every row.
    n_values
        (R,) int64, written: the number of present values of each row.
    """
    n_rows, n = keys.shape
    n_w = first_weights.shape[1]
    shift = np.uint64(bits)
    low = np.uint64((1 << bits) - 1)
    missing_level = np.uint64(levels + 1.0)
    rank = np.zeros(n)  # the row's ranks by position, 0 where missing
    first_rank = np.zeros(n_first)  # ranks among the first values
    for r in range(n_rows):
        first = keys[r, :n_first]
        later = keys[r, n_first:]
        # missing values sort last in each run: count the present ones
        n_f = n_first
        while n_f > 0 and (np.uint64(first[n_f - 1]) >> shift) == missing_level:
            n_f -= 1
        n_l = n - n_first
        while n_l > 0 and (np.uint64(later[n_l - 1]) >> shift) == missing_level:
            n_l -= 1
        count = n_f + n_l
        n_values[r] = count
        b = row_block[r]
        tied = exact[r]
        for i in range(1, n_f):
            tied |= (np.uint64(first[i]) >> shift) == (np.uint64(first[i - 1]) >> shift)
        for k in range(1, n_l):
            tied |= (np.uint64(later[k]) >> shift) == (np.uint64(later[k - 1]) >> shift)
        # merge the runs: the rank of a value is its place in its run plus the values of the
        # other run below it; a later value and a first value of the same level are next to
        # each other in the merged row
        k = 0
        next_key = np.uint64(later[0]) if n_l > 0 else _ABOVE_ALL
        for i in range(n_f):
            key = np.uint64(first[i])
            while next_key < key:
                level = next_key >> shift
                if i > 0:
                    tied |= (np.uint64(first[i - 1]) >> shift) == level
                tied |= (key >> shift) == level
                rank[np.int64(next_key & low)] = i + k + 1.0
                k += 1
                next_key = np.uint64(later[k]) if k < n_l else _ABOVE_ALL
            p = np.int64(key & low)
            rank[p] = i + k + 1.0
            first_rank[p] = i + 1.0
        for rest in range(k, n_l):  # the later values above every first one
            later_key = np.uint64(later[rest])
            if rest == k and n_f > 0:
                tied |= (np.uint64(first[n_f - 1]) >> shift) == (later_key >> shift)
            rank[np.int64(later_key & low)] = n_f + rest + 1.0
        for i in range(n_f, n_first):
            p = np.int64(np.uint64(first[i]) & low)
            rank[p] = 0.0
            first_rank[p] = 0.0
            missing[b, p] += 1
        for rest in range(n_l, n - n_first):
            p = np.int64(np.uint64(later[rest]) & low)
            rank[p] = 0.0
            missing[b, p] += 1
        if tied:
            exact[r] = True
            continue
        scale = 1.0 / (1.0 + count)
        for t in range(n):
            ksum[b, t] += rank[t] * scale
        for w in range(min(n_w, 1) if shared_weights[b] else n_w):
            weight = first_weights[r, w]
            for t in range(n_first):
                fsum[b, w, t] += weight * first_rank[t]
    for b in range(len(shared_weights)):
        if shared_weights[b]:
            for w in range(1, n_w):
                for t in range(n_first):
                    fsum[b, w, t] += fsum[b, 0, t]


@_compiled
def count_above(
    returns: np.ndarray,
    starts: np.ndarray,
    assets: np.ndarray,
    keep: np.ndarray,
    x: np.ndarray,
    beta: np.ndarray,
    thresholds: np.ndarray,
    weights: np.ndarray,
    events: np.ndarray,
    row0: int,
    above: np.ndarray,
    n_above: np.ndarray,
) -> None:
    """Per pair and threshold, how many estimation abnormal returns lie above it (ties: half).

    The abnormal returns are computed again from the model's coefficients, ``y - x beta``,
    on the days of the estimation sample (``keep`` and a finite return); other days are
    never above.

    Parameters
    ----------
    returns, starts, assets
        Returns: pair (b, m) of the block's B events and M assets has estimation return
        ``returns[assets[b, m], starts[b] + t]`` on estimation day t.
    keep
        (B, 1 or M, T) bool: the days that belong to the estimation sample.
    x
        (B, T, p) regressors of each event's estimation window.
    beta
        (B, M, p) coefficients of each pair.
    thresholds
        (K, N, W) for all N pairs of the study; NaN: skip that pair for that threshold.
    weights
        (N,) weight of each pair in the per-event sums.
    events
        (B,) the study's index of each event of the block.
    row0
        The study's index of the block's first pair; pair (b, m) is ``row0 + b * M + m``.
    above
        (K, E, W, T) for all E events: ``weights[pair] * indicator`` is added per day.
    n_above
        (K, N, W), written for the block's pairs: the count (0 where the threshold is NaN).
    """
    n_b, n_m, n_t = keep.shape[0], assets.shape[1], keep.shape[2]
    n_k, _, n_w = thresholds.shape
    n_p = x.shape[2]
    shared_keep = keep.shape[1] == 1
    ar = np.empty(n_t)
    x_rows = np.empty((n_p, n_t))  # the event's regressors, one contiguous row each
    for b in range(n_b):
        e = events[b]
        for j in range(n_p):
            for t in range(n_t):
                x_rows[j, t] = x[b, t, j]
        t0 = starts[b]
        for m in range(n_m):
            kept = keep[b, 0 if shared_keep else m]
            series = returns[assets[b, m], t0 : t0 + n_t]
            for t in range(n_t):
                ar[t] = series[t]
            for j in range(n_p):
                coef = beta[b, m, j]
                x_j = x_rows[j]
                for t in range(n_t):
                    ar[t] -= x_j[t] * coef
            for t in range(n_t):
                v = ar[t]
                ar[t] = v if kept[t] & (v - v == 0.0) else np.nan  # (v - v: NaN unless finite)
            r = row0 + b * n_m + m
            wgt = 0.5 * weights[r]
            for kind in range(n_k):
                for k in range(n_w):
                    thr = thresholds[kind, r, k]
                    if np.isnan(thr):
                        n_above[kind, r, k] = 0.0
                        continue
                    day_sums = above[kind, e, k]
                    halves = np.int64(0)
                    for t in range(n_t):
                        h = np.int64(ar[t] > thr) * 2 + np.int64(ar[t] == thr)
                        halves += h
                        day_sums[t] += wgt * h
                    n_above[kind, r, k] = 0.5 * halves
