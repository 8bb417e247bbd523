"""Compiled passes over a block's pair rows: least-squares sums, residuals and rank sort keys.

The first pass of a fit estimates a linear normal-return model for every (event, asset) pair of
a block. Written with whole-array numpy operations, that is a dozen passes over ``(events,
assets, days)`` arrays: a copy of the returns, finiteness masks, matrix products, residuals,
sums of squares, and the rank tests' sort keys after them. The kernels here read each pair's
returns straight from the panel and make two passes per row while it is in the processor cache:

1. :func:`sample_sums`: the estimation sample (a kept day with a finite return), its size, the
   missing returns dropped, ``X'y``, ``y'y`` and ``X'X`` (the event's own when the pair uses
   every day);
2. :func:`residual_pass`, once the coefficients are solved from those sums: the residuals and
   their sum of squares, the positive ones, the reason a pair cannot be used, the expected and
   abnormal returns of the event window, and the rank tests' sort keys of the row
   (:func:`row_keys`, which :func:`build_keys` also uses on rows given as arrays).

Then :func:`ols_variance_pass` gives the variances of the abnormal returns and of their sums
(those of :func:`~toolkit.study.models.ols_variances`) pair by pair, once per distinct
``(X'X)^-1`` of an event: every pair whose sample holds every day shares its event's.

Each pair's sums are made in day order and each kernel writes only the rows of its block, so the
results do not depend on the number of threads. Like the other kernels these release the GIL.
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["build_keys", "ols_variance_pass", "residual_pass", "row_keys", "sample_sums"]

#: Compiled on first use and cached on disk; the GIL is released while a kernel runs.
_compiled = njit(nogil=True, cache=True, boundscheck=False, error_model="numpy")
#: The same, with sums that may be reassociated (into vector lanes): NaN and infinity keep
#: their meaning, only the order of additions changes.
_summing = njit(
    nogil=True, cache=True, boundscheck=False, error_model="numpy", fastmath={"reassoc"}
)


@_summing
def _dot(a: np.ndarray, b: np.ndarray) -> float:
    """``sum a * b`` of two rows of the same length."""
    s = 0.0
    for t in range(a.shape[0]):
        s += a[t] * b[t]
    return s


@_summing
def _masked_dot(a: np.ndarray, b: np.ndarray, mask: np.ndarray) -> float:
    """``sum a * b`` over the positions where ``mask`` holds."""
    s = 0.0
    for t in range(a.shape[0]):
        s += a[t] * b[t] if mask[t] else 0.0
    return s


@_compiled
def row_keys(
    first: np.ndarray,
    later: np.ndarray,
    first_used: np.ndarray,
    has_used: bool,
    levels: float,
    bits: int,
    keys: np.ndarray,
) -> bool:
    """Fill one row's sort keys: value level in the high bits, position below.

    Parameters
    ----------
    first, later
        ``(n_first,)`` and ``(n_later,)`` float64 values of the row, NaN where missing.
    first_used
        ``(n_first,)`` bool: which of the first values are present (read when ``has_used``;
        otherwise the non-NaN ones are).
    has_used
        Whether ``first_used`` is given.
    levels
        Number of value levels between the row's minimum and maximum; a missing value gets
        level ``levels + 1`` and so sorts last.
    bits
        Bits of the position in the row.
    keys
        ``(n_first + n_later,)`` unsigned integers, written.

    Returns
    -------
    bool
        True where the row must be ranked exactly instead (an infinite value, or all of its
        two or more present values equal).
    """
    lo = np.inf
    hi = -np.inf
    n_present = 0
    # branch-free: a value that is not present counts as +-inf (x == x: not NaN)
    for t in range(first.shape[0]):
        x = first[t]
        ok = first_used[t] if has_used else x == x
        lo = min(lo, x if ok else np.inf)
        hi = max(hi, x if ok else -np.inf)
        n_present += ok
    return _keys_in_range(first, later, first_used, has_used, lo, hi, n_present, levels, bits, keys)


@_compiled
def _keys_in_range(
    first: np.ndarray,
    later: np.ndarray,
    first_used: np.ndarray,
    has_used: bool,
    lo: float,
    hi: float,
    n_present: int,
    levels: float,
    bits: int,
    keys: np.ndarray,
) -> bool:
    """:func:`row_keys` given the range ``[lo, hi]`` and number of the present first values."""
    n_first = first.shape[0]
    n_later = later.shape[0]
    for t in range(n_later):
        x = later[t]
        ok = x == x
        lo = min(lo, x if ok else np.inf)
        hi = max(hi, x if ok else -np.inf)
        n_present += ok
    span = hi - lo
    factor = 0.0
    exact = False
    if n_present > 1:
        if np.isfinite(span) and span > 0.0 and np.isfinite(levels / span):
            factor = levels / span
        else:
            exact = True  # an infinite value, or all values equal
    shift = np.uint64(bits)
    missing_key = np.uint64(levels + 1.0) << shift
    # levels of 32-bit keys fit in int32, whose conversion from float64 runs on vector registers
    narrow = keys.itemsize == 4
    scaled = factor > 0.0
    for t in range(n_first):
        x = first[t]
        ok = first_used[t] if has_used else x == x
        v = (x - lo) * factor if ok & scaled else 0.0
        level = np.uint64(np.int32(v)) if narrow else np.uint64(np.int64(v))
        keys[t] = ((level << shift) if ok else missing_key) | np.uint64(t)
    for t in range(n_later):
        x = later[t]
        ok = x == x
        v = (x - lo) * factor if ok & scaled else 0.0
        level = np.uint64(np.int32(v)) if narrow else np.uint64(np.int64(v))
        keys[n_first + t] = ((level << shift) if ok else missing_key) | np.uint64(n_first + t)
    return exact


#: The bits of a float64 below its sign: flipped in a negative number, they map the floats in
#: their order onto int64 in its order.
_MAGNITUDE = np.int64(0x7FFFFFFFFFFFFFFF)


@_compiled
def _ordered(bits: np.int64) -> np.int64:
    """The bits of a float64 as an integer in the order of the floats, and back again."""
    return bits ^ ((bits >> np.int64(63)) & _MAGNITUDE)


@_compiled
def _finite_range(values: np.ndarray, present: np.ndarray) -> tuple[float, float, int]:
    """Smallest and largest of the present ``values`` (none of them NaN) and their number
    (``inf`` and ``-inf`` when none is present).

    The extremes are taken of the values' bits as ordered integers, with no branch: a running
    minimum of floats does not vectorise in numba, one of integers does (twice as fast). Only
    the sign of a zero extreme can differ from a minimum of floats, and no key depends on it.
    """
    bits = values.view(np.int64)
    top = np.int64(0x7FFFFFFFFFFFFFFF)
    bottom = ~top
    lo = top
    hi = bottom
    n = 0
    for t in range(bits.shape[0]):
        key = _ordered(bits[t])
        absent = np.int64(present[t]) - np.int64(1)  # 0 where present, all ones where not
        lo = min(lo, (key & ~absent) | (top & absent))
        hi = max(hi, (key & ~absent) | (bottom & absent))
        n += present[t]
    if n == 0:
        return np.inf, -np.inf, 0
    ends = np.empty(2, dtype=np.int64)
    ends[0] = _ordered(lo)
    ends[1] = _ordered(hi)
    extremes = ends.view(np.float64)
    return extremes[0], extremes[1], n


@_compiled
def build_keys(
    first: np.ndarray,
    later: np.ndarray,
    first_used: np.ndarray,
    has_used: bool,
    levels: float,
    bits: int,
    keys: np.ndarray,
    exact: np.ndarray,
) -> None:
    """Fill ``keys`` with each row's sort keys (:func:`row_keys`).

    Parameters
    ----------
    first, later
        (R, n_first) and (R, n_later) float64 values of each row, NaN where missing.
    first_used
        (R, n_first) bool: which of the first values are present (read when ``has_used``).
    has_used
        Whether ``first_used`` is given.
    levels, bits
        As in :func:`row_keys`.
    keys
        (R, n_first + n_later) unsigned integers, written.
    exact
        (R,) bool, written: True where the row must be ranked exactly instead.
    """
    for r in range(first.shape[0]):
        exact[r] = row_keys(
            first[r], later[r], first_used[r if has_used else 0], has_used, levels, bits, keys[r]
        )


@_summing
def sample_sums(
    returns: np.ndarray,
    starts: np.ndarray,
    assets: np.ndarray,
    keep: np.ndarray,
    x: np.ndarray,
    used: np.ndarray,
    n_obs: np.ndarray,
    n_nan: np.ndarray,
    xy: np.ndarray,
    yy: np.ndarray,
    g: np.ndarray,
) -> bool:
    """The estimation sample of every pair of a block and its least-squares sums.

    Parameters
    ----------
    returns, starts, assets
        Pair (b, m) of the block's B events and M assets has estimation return
        ``returns[assets[b, m], starts[b] + t]`` on estimation day t.
    keep
        (B, 1 or M, T) bool: the days the regression may use (design complete, not in another
        event's window).
    x
        (B, p, T) float64 design of each event's estimation window, one row per regressor,
        zero where missing.
    used
        (B, M, T) bool, written: the sample, a kept day with a finite return.
    n_obs, n_nan
        (B, M) int64, written: days in the sample; kept days whose return is not finite.
    xy, yy
        (B, M, p) and (B, M) float64, written: ``X'y`` and ``y'y`` over the sample.
    g
        (B, M, p, p) float64, written: ``X'X`` over the sample.

    Returns
    -------
    bool
        Whether every pair's sample holds every day.
    """
    n_b, n_m = assets.shape
    n_t = keep.shape[2]
    n_p = x.shape[1]
    shared_keep = keep.shape[1] == 1
    every_day = np.empty((n_p, n_p))  # X'X of the event over all its days
    y0 = np.empty(n_t)  # the pair's returns on its sample, 0 elsewhere
    all_full = True
    for b in range(n_b):
        xb = x[b]
        for j in range(n_p):
            for k in range(n_p):
                every_day[j, k] = _dot(xb[j], xb[k])
        t0 = starts[b]
        for m in range(n_m):
            kept = keep[b, 0 if shared_keep else m]
            row = returns[assets[b, m], t0 : t0 + n_t]
            sample = used[b, m]
            count = 0
            missing = 0
            for t in range(n_t):
                v = row[t]
                finite = v - v == 0.0  # False for NaN and +-inf
                ok = kept[t] & finite
                sample[t] = ok
                count += ok
                missing += kept[t] & (not finite)
                y0[t] = v if ok else 0.0
            n_obs[b, m] = count
            n_nan[b, m] = missing
            yy[b, m] = _dot(y0, y0)
            for j in range(n_p):
                xy[b, m, j] = _dot(y0, xb[j])
            if count == n_t:
                g[b, m] = every_day
            else:
                all_full = False
                for j in range(n_p):
                    for k in range(n_p):
                        g[b, m, j, k] = _masked_dot(xb[j], xb[k], sample)
    return all_full


@_summing
def residual_pass(
    returns: np.ndarray,
    starts: np.ndarray,
    assets: np.ndarray,
    used: np.ndarray,
    x: np.ndarray,
    beta: np.ndarray,
    y_event: np.ndarray,
    x_event: np.ndarray,
    singular: np.ndarray,
    yy: np.ndarray,
    n_obs: np.ndarray,
    min_obs: int,
    resid: np.ndarray,
    ssr: np.ndarray,
    expected: np.ndarray,
    ar: np.ndarray,
    reason: np.ndarray,
    n_positive: np.ndarray,
    want_keys: bool,
    levels: float,
    bits: int,
    keys: np.ndarray,
    exact: np.ndarray,
) -> None:
    """Residuals, abnormal returns and sort keys of every pair of a block, from its coefficients.

    Parameters
    ----------
    returns, starts, assets, used, x
        As in :func:`sample_sums` (``used`` as it wrote it).
    beta
        (B, M, p) coefficients.
    y_event, x_event
        (B, M, L) event-window returns and (B, L, p) design (zero where missing).
    singular, yy, n_obs
        (B, M): whether ``X'X`` is singular; ``y'y`` and the sample size from
        :func:`sample_sums`.
    min_obs
        Fewest estimation returns a pair needs.
    resid
        (B, M, T) float64, written: ``y - x beta`` on the sample, 0 elsewhere.
    ssr
        (B, M) float64, written: sum of squared residuals.
    expected, ar
        (B, M, L) float64, written: ``x_event beta`` and ``y_event`` minus it.
    reason
        (B, M) int8, written: 0, or why the pair cannot be used (1: too few returns or no
        degrees of freedom, 3: singular design, 2: zero residual variance; in that order of
        precedence), as :data:`toolkit.study.models.REASONS`.
    n_positive
        (B, M) int64, written: positive residuals of a usable pair (0 for the others).
    want_keys
        Whether to write the rank tests' sort keys.
    levels, bits
        As in :func:`row_keys`.
    keys
        (B * M, T + L) unsigned integers, written when ``want_keys``: the keys of each pair's
        residuals on its sample followed by its abnormal returns, a pair that cannot be used
        having none.
    exact
        (B * M,) bool, written when ``want_keys``: rows to rank exactly instead.
    """
    n_b, n_m = assets.shape
    n_t = used.shape[2]
    n_l = y_event.shape[2]
    n_p = x.shape[1]
    fit = np.empty(n_t)
    present = np.empty(n_t, dtype=np.bool_)
    no_values = np.full(n_l, np.nan)
    for b in range(n_b):
        xb = x[b]
        t0 = starts[b]
        for m in range(n_m):
            row = returns[assets[b, m], t0 : t0 + n_t]
            sample = used[b, m]
            coef = beta[b, m]
            out = resid[b, m]
            c0 = coef[0]
            x0 = xb[0]
            for t in range(n_t):
                fit[t] = c0 * x0[t]
            for j in range(1, n_p):
                cj = coef[j]
                xj = xb[j]
                for t in range(n_t):
                    fit[t] += cj * xj[t]
            positive = 0
            not_finite = 0
            for t in range(n_t):
                r = row[t] - fit[t] if sample[t] else 0.0
                out[t] = r
                positive += r > 0.0
                not_finite += not (r - r == 0.0)
            sq = _dot(out, out)
            ssr[b, m] = sq
            code = 0
            if not (sq > 1e-20 * yy[b, m]):
                code = 2
            if singular[b, m]:
                code = 3
            if n_obs[b, m] < min_obs or n_obs[b, m] - n_p <= 0:
                code = 1
            reason[b, m] = code
            n_positive[b, m] = positive if code == 0 else 0
            for j in range(n_l):
                e = 0.0
                for k in range(n_p):
                    e += coef[k] * x_event[b, j, k]
                expected[b, m, j] = e
                ar[b, m, j] = y_event[b, m, j] - e
            if want_keys:
                for t in range(n_t):
                    present[t] = sample[t] and code == 0
                later = ar[b, m] if code == 0 else no_values
                r_key = b * n_m + m
                if not_finite:  # an overflow: the range is found the careful way
                    exact[r_key] = row_keys(out, later, present, True, levels, bits, keys[r_key])
                else:
                    lo, hi, n_present = _finite_range(out, present)
                    exact[r_key] = _keys_in_range(
                        out, later, present, True, lo, hi, n_present, levels, bits, keys[r_key]
                    )


@_compiled
def ols_variance_pass(
    ginv: np.ndarray,
    sigma2: np.ndarray,
    x_event: np.ndarray,
    sums: np.ndarray,
    n_days: int,
    var: np.ndarray,
    sar_var: np.ndarray,
) -> None:
    """:func:`~toolkit.study.models.ols_variances` pair by pair: the variances of the ARs
    summed over each row of ``sums`` and of the standardised ARs summed over each CAR window.

    ``var_k = sigma^2 u_k`` with ``u_k = |gamma_k| + s_k' G s_k``, ``s = sums x_event`` (made
    once per event) and ``G = (X'X)^-1``; over each window ``w`` (the last rows of ``sums``)
    the standardised ARs' variance is ``sum_l w_l / u_l + z' G z`` with
    ``z = sum_l w_l x_l / sqrt(u_l)``: ``sigma^2`` cancels, so pairs of an event with the same
    ``G`` (every pair whose sample holds every day) share ``u`` and that variance, computed
    once.

    Parameters
    ----------
    ginv
        (B, M, p, p) float64: ``(X'X)^-1`` of each pair.
    sigma2
        (B, M) float64: residual variance of each pair.
    x_event
        (B, L, p) float64: the event-window design, zero where missing.
    sums
        (K, L) float64 0/1 rows: the L days, the L running sums, then the W CAR windows.
    n_days
        L, the event days.
    var, sar_var
        (B, M, K) and (B, M, W) float64, written.
    """
    n_b, n_m, n_p = ginv.shape[0], ginv.shape[1], ginv.shape[2]
    n_k, n_l = sums.shape
    n_w = n_k - 2 * n_days
    n_pp = n_p * n_p
    size = np.empty(n_k)  # |gamma_k|: the days of each row
    for k in range(n_k):
        total = 0.0
        for t in range(n_l):
            total += sums[k, t]
        size[k] = total
    ss = np.empty((n_k, n_pp))  # per event: s_k s_k', flattened like G
    wx = np.empty((n_l, n_w * n_p))  # per event: each day's design in each window
    u = np.empty(n_k)  # the last G's variances, without sigma^2
    sv = np.empty(n_w)  # and its standardised ARs' variances
    last = np.empty(n_pp)
    acc = np.empty(n_w * n_p)
    z = np.empty(n_p)
    for b in range(n_b):
        xb = x_event[b]
        for k in range(n_k):
            for i in range(n_p):
                si = 0.0
                for t in range(n_l):
                    si += sums[k, t] * xb[t, i]
                z[i] = si
            for i in range(n_p):
                for j in range(n_p):
                    ss[k, i * n_p + j] = z[i] * z[j]
        for t in range(n_l):
            for w in range(n_w):
                for j in range(n_p):
                    wx[t, w * n_p + j] = sums[2 * n_days + w, t] * xb[t, j]
        for m in range(n_m):
            g = ginv[b, m].reshape(n_pp)
            same = m > 0
            for i in range(n_pp):
                same &= g[i] == last[i]
            if not same:
                _unscaled_variances(g, ss, size, wx, sums, n_days, n_p, acc, u, sv)
                for i in range(n_pp):
                    last[i] = g[i]
            s2 = sigma2[b, m]
            for k in range(n_k):
                var[b, m, k] = s2 * u[k]
            for w in range(n_w):
                sar_var[b, m, w] = sv[w]


@_compiled
def _unscaled_variances(
    g: np.ndarray,
    ss: np.ndarray,
    size: np.ndarray,
    wx: np.ndarray,
    sums: np.ndarray,
    n_days: int,
    n_p: int,
    acc: np.ndarray,
    u: np.ndarray,
    sv: np.ndarray,
) -> None:
    """For one ``G`` (flattened): ``u`` and the standardised ARs' variances ``sv`` of
    :func:`ols_variance_pass`; ``acc`` is scratch of ``W p``."""
    n_k, n_pp = ss.shape
    n_l = wx.shape[0]
    n_w = sv.shape[0]
    for k in range(n_k):
        quad = 0.0
        for i in range(n_pp):
            quad += g[i] * ss[k, i]
        u[k] = size[k] + quad
    # the windows' sums run day by day, all windows at once (independent sums)
    acc[:] = 0.0
    sv[:] = 0.0
    for t in range(n_l):
        inv_sd = 1.0 / np.sqrt(u[t])
        for w in range(n_w):
            sv[w] += inv_sd * inv_sd * sums[2 * n_days + w, t]
        for i in range(n_w * n_p):
            acc[i] += inv_sd * wx[t, i]
    for w in range(n_w):
        quad = 0.0
        for i in range(n_p):
            gz = 0.0
            for j in range(n_p):
                gz += acc[w * n_p + j] * g[j * n_p + i]
            quad += gz * acc[w * n_p + i]
        sv[w] += quad
