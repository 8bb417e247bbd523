"""The compiled rank kernels against plain loops with scipy's ``rankdata`` and numpy.

The closed-form tests in ``test_eventstudy.py`` reach these kernels through whole studies; the
cases here are the rows a study rarely produces: values to ignore whatever they hold, infinite
values, rows with one value or none, rows whose values are all equal.
"""

from __future__ import annotations

import numpy as np
from scipy import stats

from toolkit.study._rank_kernels import count_above, radix_sort
from toolkit.study.ranks import rank_sums


def _reference_sums(values: np.ndarray, present: np.ndarray, n_first: int, weights: np.ndarray):
    """Rank sums of :func:`toolkit.study.ranks.rank_sums`, one row at a time with ``rankdata``."""
    B, M, n = values.shape
    ksum = np.zeros((B, n))
    fsum = np.zeros((B, weights.shape[-1], n_first))
    for b in range(B):
        for i in range(M):
            ok = present[b, i]
            ranks = np.zeros(n)
            if ok.any():
                ranks[ok] = stats.rankdata(values[b, i, ok])
            ksum[b] += ranks / (1 + ok.sum())
            okf = ok[:n_first]
            franks = np.zeros(n_first)
            if okf.any():
                franks[okf] = stats.rankdata(values[b, i, :n_first][okf])
            fsum[b] += weights[b, i][:, None] * franks
    return ksum, fsum


def _ranked_as_reference(first, later, used, n_first, weights):
    """``rank_sums`` of the two runs, checked against :func:`_reference_sums`; the result and
    the values present."""
    got = rank_sums((first, later), n_first, weights, first_used=used)
    values = np.concatenate([first, later], axis=-1)
    present = np.concatenate([used, ~np.isnan(later)], axis=-1)
    ksum, fsum = _reference_sums(values, present, n_first, weights)
    np.testing.assert_allclose(got.ksum, ksum, rtol=1e-12)
    np.testing.assert_allclose(got.fsum, fsum, rtol=1e-12)
    return got, present


def test_rank_sums_ignore_unused_values_and_rank_odd_rows_exactly() -> None:
    rng = np.random.default_rng(3)
    B, M, n_first, n_later = 3, 5, 20, 6
    first = rng.normal(0, 0.01, (B, M, n_first))
    later = rng.normal(0, 0.01, (B, M, n_later))
    used = rng.random((B, M, n_first)) > 0.1
    first[~used] = rng.choice([0.0, 1e6, -1e6, np.nan], size=int((~used).sum()))  # ignored
    later[0, 1, 2] = np.nan
    first[1, 0] = 0.004  # all values of the row equal: every rank tied
    later[1, 0] = 0.004
    used[1, 0] = True
    first[1, 1, 3] = np.inf  # an infinite value: ranked last, exactly
    used[1, 1, 3] = True
    used[2, 2] = False  # a row with a single value
    later[2, 2, 1:] = np.nan
    used[2, 3] = False  # a row with none
    later[2, 3] = np.nan
    weights = rng.uniform(0.5, 1.5, (B, M, 3))
    got, present = _ranked_as_reference(first, later, used, n_first, weights)
    np.testing.assert_array_equal(got.n_values, present.sum(axis=-1))
    np.testing.assert_array_equal(got.present, present.sum(axis=1))


def test_rank_sums_rank_values_that_share_a_level_from_the_values_themselves() -> None:
    """Rows where several values fall on one level of the compiled keys: exact ties within a
    run and across the two runs, values a hair apart, a few dozen keys on one level and more
    than the kernel sorts itself (one huge value squeezes all others onto one level)."""
    rng = np.random.default_rng(11)
    B, M, n_first, n_later = 4, 12, 250, 11
    first = rng.normal(0, 0.01, (B, M, n_first))
    later = rng.normal(0, 0.01, (B, M, n_later))
    first[0], later[0] = np.round(first[0], 4), np.round(later[0], 4)  # many exact ties
    near = rng.random(first[1].shape) < 0.3
    first[1] += rng.normal(0, 1e-12, first[1].shape) * near  # values a hair apart
    first[2, :, 5] = first[2, :, 9]  # ties within the first run and across both runs
    later[2, :, 2] = first[2, :, 9]
    used = rng.random((B, M, n_first)) > 0.05
    first[3, 0, 0], used[3, 0, 0] = 1e9, True  # every other value on one level
    first[3, 1, 0], used[3, 1, 0] = 3e4, True  # a few dozen values on each level
    weights = rng.uniform(0.5, 1.5, (B, M, 3))
    _ranked_as_reference(first, later, used, n_first, weights)


def test_radix_sort_gives_numpys_sorted_array() -> None:
    rng = np.random.default_rng(5)
    cars = rng.normal(0, 0.02, 100_003)
    keys = np.abs(cars).view(np.uint64) << 1 | (cars > 0)  # the Wilcoxon test's keys
    cases = [
        keys,
        rng.integers(0, 2**63, 5_000, dtype=np.uint64) * 2,  # every digit in use
        np.full(7, 42, dtype=np.uint64),  # one key repeated: no pass moves anything
        np.array([9], dtype=np.uint64),
        np.array([], dtype=np.uint64),
    ]
    for case in cases:
        got = case.copy()
        radix_sort(got, np.empty_like(got))
        np.testing.assert_array_equal(got, np.sort(case))


def test_count_above_counts_estimation_returns_above_each_threshold() -> None:
    """Per pair: days whose abnormal return ``r - x b`` on the estimation sample lies above
    the threshold (a tie counts half); per event and day: those indicators times the pair's
    weight. Checked with numpy on a panel with missing returns and excluded days."""
    rng = np.random.default_rng(4)
    n_assets, n_sessions, T = 4, 60, 25
    returns = rng.normal(0, 0.01, (n_assets, n_sessions))
    returns[1, 10:14] = np.nan
    starts = np.array([5, 30])  # two events, estimation windows starting at these sessions
    assets = np.broadcast_to(np.arange(n_assets), (2, n_assets))
    keep = np.ones((2, 1, T), dtype=bool)
    keep[0, 0, 3:6] = False
    x = np.stack([np.ones((2, T)), rng.normal(0, 0.01, (2, T))], axis=-1)  # (B, T, p)
    beta = rng.normal(0, 1, (2, n_assets, 2))
    n_pairs = 2 * n_assets
    thresholds = rng.normal(0, 0.01, (2, n_pairs, 3))
    thresholds[1, 2, 0] = np.nan  # that pair skips that threshold
    x[0, 7, 1] = 0.0  # so that r - x b is r - b_0 in any order of the sum
    thresholds[0, 0, 1] = returns[0, starts[0] + 7] - beta[0, 0, 0]  # a tie: counts half
    weights = rng.uniform(0.5, 1.5, n_pairs)
    events = np.array([1, 0])  # the block's events are the study's events 1 and 0
    above = np.zeros((2, 2, 3, T))
    n_above = np.full((2, n_pairs, 3), -1.0)
    count_above(
        returns, starts, assets, keep, x, beta, thresholds, weights, events, 0, above, n_above
    )
    ref_above = np.zeros_like(above)
    ref_n = np.zeros_like(n_above)
    for b in range(2):
        y = returns[:, starts[b] : starts[b] + T]
        ar = y - beta[b] @ x[b].T  # (assets, T)
        ar[:, ~keep[b, 0]] = np.nan
        for m in range(n_assets):
            r = b * n_assets + m
            for kind in range(2):
                for k in range(3):
                    thr = thresholds[kind, r, k]
                    if np.isnan(thr):
                        continue
                    ind = (ar[m] > thr) + 0.5 * (ar[m] == thr)
                    ref_n[kind, r, k] = ind.sum()
                    ref_above[kind, events[b], k] += weights[r] * ind
    assert n_above[0, 0, 1] % 1 == 0.5  # the exact tie
    np.testing.assert_allclose(n_above, ref_n, rtol=0, atol=0)
    np.testing.assert_allclose(above, ref_above, rtol=1e-13)
