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

:func:`radix_sort` sorts one long array of 64-bit keys (the Wilcoxon test's, one per pair) several
times faster than numpy's sort of them.
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["accumulate_ranks", "count_above", "radix_sort"]

#: Above every key: ends the merge of a row's two runs of keys.
_ABOVE_ALL = np.uint64(0xFFFFFFFFFFFFFFFF)

#: Compiled on first use and cached on disk; the GIL is released while a kernel runs.
_compiled = njit(nogil=True, cache=True, boundscheck=False, error_model="numpy")

#: Most keys of one level a row is ranked with from its values (:func:`_rank_levels`, an
#: insertion sort per level); a row with more goes to the exact ranking of numpy instead.
_LONGEST_RUN = 64

#: Bits of the digit :func:`radix_sort` places keys by in one pass (2,048 buckets).
_DIGIT_BITS = 11


@_compiled
def accumulate_ranks(
    keys: np.ndarray,
    first_values: np.ndarray,
    later_values: np.ndarray,
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
    first_values, later_values
        (R, n_first) and (R, n - n_first) float64: the values the keys were made of, read
        only in a row where two keys share a level.
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
        (R,) bool, read and updated: rows marked True are left out of ``ksum`` and ``fsum``
        (rank them exactly). A row found to hold two values of the same level is ranked here
        from its values (:func:`_tied_ranks`), or, when one of its present values is NaN or
        one level holds more than :data:`_LONGEST_RUN` of them, marked True.
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
    order = np.empty(n, dtype=np.uint64)  # scratch of a row ranked from its values
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
        tied = False
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
        if tied and not exact[r]:
            # two values of one level: their order and ties come from the values themselves
            tied = not _tied_ranks(
                first,
                later,
                n_f,
                n_l,
                shift,
                low,
                first_values[r],
                later_values[r],
                order,
                rank,
                first_rank,
            )
        if tied or exact[r]:
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
def _value(position: int, first_values: np.ndarray, later_values: np.ndarray) -> float:
    """The row's value at ``position``: of the first values, then of the later ones."""
    n_first = first_values.shape[0]
    return first_values[position] if position < n_first else later_values[position - n_first]


@_compiled
def _rank_levels(
    order: np.ndarray,
    count: int,
    shift: np.uint64,
    low: np.uint64,
    first_values: np.ndarray,
    later_values: np.ndarray,
    ranks: np.ndarray,
) -> bool:
    """Correct the ranks in ``ranks`` of the values whose keys ``order[:count]`` holds sorted
    where two or more keys share a level.

    A level never reverses two values (:func:`~toolkit.study._pair_kernels.row_keys`), so a
    value alone on its level already has its rank, its place in ``order`` plus one (as
    :func:`accumulate_ranks` wrote it); only the keys of a shared level can be out of the
    values' order (:func:`_rank_run`). ``order`` is reordered.

    Returns
    -------
    bool
        False when a level holds more than :data:`_LONGEST_RUN` keys (then ``ranks`` may be
        corrected in part only).
    """
    i = 0
    while i < count:
        level = order[i] >> shift
        j = i + 1
        while j < count and (order[j] >> shift) == level:
            j += 1
        if j - i > _LONGEST_RUN:
            return False
        if j - i > 1:
            _rank_run(order, i, j, low, first_values, later_values, ranks)
        i = j
    return True


@_compiled
def _rank_run(
    order: np.ndarray,
    start: int,
    stop: int,
    low: np.uint64,
    first_values: np.ndarray,
    later_values: np.ndarray,
    ranks: np.ndarray,
) -> None:
    """Exact ranks of the values whose keys are ``order[start:stop]`` (a few keys of one level,
    places ``start + 1 .. stop``): the keys are put in the order of their values, and equal
    values share the mean of their places, as :func:`~toolkit.study.ranks.average_ranks` ranks
    them."""
    for a in range(start + 1, stop):  # insertion sort by value
        key = order[a]
        value = _value(np.int64(key & low), first_values, later_values)
        c = a - 1
        while c >= start and _value(np.int64(order[c] & low), first_values, later_values) > value:
            order[c + 1] = order[c]
            c -= 1
        order[c + 1] = key
    a = start
    while a < stop:
        value = _value(np.int64(order[a] & low), first_values, later_values)
        c = a + 1
        while c < stop and _value(np.int64(order[c] & low), first_values, later_values) == value:
            c += 1
        for place in range(a, c):  # places a + 1 .. c share their mean
            ranks[np.int64(order[place] & low)] = (a + c + 1) / 2.0
        a = c


@_compiled
def _tied_ranks(
    first: np.ndarray,
    later: np.ndarray,
    n_f: int,
    n_l: int,
    shift: np.uint64,
    low: np.uint64,
    first_values: np.ndarray,
    later_values: np.ndarray,
    order: np.ndarray,
    rank: np.ndarray,
    first_rank: np.ndarray,
) -> bool:
    """Rank one row whose keys share a level from its values: correct :func:`accumulate_ranks`'s
    ``rank`` (among all present values) and ``first_rank`` (among the present first ones),
    written from the keys' order, where keys share a level.

    Parameters
    ----------
    first, later
        The row's two runs of sorted keys; the first ``n_f`` and ``n_l`` of them are present.
    n_f, n_l
        Present values in each run.
    shift, low
        The bits of the position (``key >> shift`` is the level, ``key & low`` the position).
    first_values, later_values
        The row's values.
    order
        ``(n_f + n_l,)`` uint64 scratch.
    rank, first_rank
        The ranks from the keys' order, corrected at the positions of keys that share a
        level.

    Returns
    -------
    bool
        False when a present value is NaN (the exact ranking counts it as missing) or a level
        holds too many keys (:func:`_rank_levels`): the row is then ranked exactly elsewhere,
        whatever ``rank`` and ``first_rank`` hold.
    """
    n_first = first_values.shape[0]
    for i in range(n_f):
        if np.isnan(first_values[np.int64(np.uint64(first[i]) & low)]):
            return False
    for k in range(n_l):
        if np.isnan(later_values[np.int64(np.uint64(later[k]) & low) - n_first]):
            return False
    i = 0
    k = 0
    for m in range(n_f + n_l):  # the two runs merged, as the keys order them
        if k == n_l or (i < n_f and np.uint64(first[i]) < np.uint64(later[k])):
            order[m] = np.uint64(first[i])
            i += 1
        else:
            order[m] = np.uint64(later[k])
            k += 1
    if not _rank_levels(order, n_f + n_l, shift, low, first_values, later_values, rank):
        return False
    for i in range(n_f):
        order[i] = np.uint64(first[i])
    return _rank_levels(order, n_f, shift, low, first_values, later_values, first_rank)


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


@_compiled
def radix_sort(keys: np.ndarray, buffer: np.ndarray) -> None:
    """Sort ``keys`` in increasing order, in place: a least-significant-digit radix sort.

    One pass over the keys counts the digits of every position; then each digit that not all
    keys share places the keys by it, stably, from the lowest digit up (a digit every key shares
    orders nothing and is skipped: the high bits of CAR magnitudes, for instance). The result is
    the one sorted array, as ``keys.sort()`` gives it; 500,000 keys sort in a third of its time.

    Parameters
    ----------
    keys
        ``(n,)`` uint64, sorted in place.
    buffer
        ``(n,)`` uint64 scratch, overwritten.

    Examples
    --------
    >>> keys = np.array([70000, 3, 2**40, 5], dtype=np.uint64)
    >>> radix_sort(keys, np.empty_like(keys))
    >>> keys.tolist()
    [3, 5, 70000, 1099511627776]
    """
    n = keys.shape[0]
    if n < 2:
        return
    n_digits = -(-64 // _DIGIT_BITS)
    mask = np.uint64((1 << _DIGIT_BITS) - 1)
    counts = np.zeros((n_digits, 1 << _DIGIT_BITS), dtype=np.int64)
    for i in range(n):
        key = keys[i]
        for d in range(n_digits):
            counts[d, np.int64((key >> np.uint64(d * _DIGIT_BITS)) & mask)] += 1
    source, target = keys, buffer
    moved = False  # whether the sorted keys are in buffer
    for d in range(n_digits):
        shift = np.uint64(d * _DIGIT_BITS)
        place = counts[d]
        if place[np.int64((keys[0] >> shift) & mask)] == n:
            continue
        total = 0
        for digit in range(place.shape[0]):  # counts become each digit's first place
            count = place[digit]
            place[digit] = total
            total += count
        for i in range(n):
            key = source[i]
            digit = np.int64((key >> shift) & mask)
            target[place[digit]] = key
            place[digit] += 1
        source, target = target, source
        moved = not moved
    if moved:
        keys[:] = buffer
