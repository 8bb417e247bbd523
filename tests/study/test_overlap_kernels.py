"""The compiled Kolari-Pynnonen weights of a block against their definitions in numpy.

``toolkit.study._sum_kernels.regular_weights`` decides which pairs of a block of events are
regular and weighs their residuals: by ``1 / sqrt(ssr)`` on the whole estimation window, and by
``1 / s.d.`` on the window cut at the start or the end by ``d`` sessions. It gets the sums over
the rest of the window from those over the cut sessions (the residuals being centred on the
whole window); here they are computed directly, over the reference sessions left, with numpy.
"""

from __future__ import annotations

import numpy as np

from toolkit.study._sum_kernels import regular_weights

B, M, T, W = 3, 7, 30, 3
MIN_COMMON = 3
#: (block, row, side, d): side 0 cuts the start, side 1 the end.
CUTS = np.array(
    [
        [0, 0, 0, 1],
        [0, 1, 0, 2],
        [0, 2, 1, 2],
        [1, 0, 1, 1],
        [1, 1, 0, 3],
        [2, 0, 0, 2],
        [2, 1, 0, 3],
    ]
)


def _block(rng: np.random.Generator):
    """Residuals centred on each pair's sample, with pairs that are not regular (a missing
    return, a CAR missing in one window or in all) and residuals that do not vary once cut."""
    ref = np.ones((B, T), dtype=bool)
    ref[1, [4, 17]] = False  # days in other events' windows
    ref[2, 5:] = False  # five reference days only: too few once three are cut
    used = np.repeat(ref[:, None, :], M, axis=1)
    used[0, 2, 5] = False  # a missing return
    elig = np.ones((B, M, W), dtype=bool)
    elig[2, 1, 0] = False  # no CAR in one window
    elig[1, 3] = False  # no CAR at all
    resid = rng.normal(0, 0.01, (B, M, T)) * used
    resid[0, 4] = 0.0
    resid[0, 4, :2] = 0.003, -0.003  # nothing left once the first two days are cut
    resid -= np.where(used, resid.sum(-1, keepdims=True) / used.sum(-1, keepdims=True), 0.0)
    ssr = (resid**2).sum(-1)
    return elig, used, ref, resid, ssr


def _reference(elig, used, ref, resid, ssr, check_sample):
    regular = elig.all(-1)
    if check_sample:
        regular &= (used == ref[:, None, :]).all(-1)
    w0 = np.where(regular, 1.0 / np.sqrt(ssr), 0.0)
    cut_w, cut_mean = np.zeros((len(CUTS), M)), np.zeros((len(CUTS), M))
    for c, (b, _, side, d) in enumerate(CUTS):
        rest = np.arange(d, T) if side == 0 else np.arange(0, T - d)
        rest = rest[ref[b, rest]]
        for m in np.flatnonzero(regular[b]):
            x = resid[b, m, rest]
            mean = x.sum() / len(x)
            var = ((x - mean) ** 2).sum()
            if len(x) >= MIN_COMMON and var > 1e-12 * (x**2).sum():
                cut_w[c, m], cut_mean[c, m] = 1.0 / np.sqrt(var), mean
    return regular, w0, cut_w, cut_mean


def _run(elig, used, has_used, check_sample, ref, resid, ssr):
    n_rows = CUTS[:, 1].max() + 2
    out = {
        "any_elig": np.empty((B, M), dtype=bool),
        "regular": np.empty((B, M), dtype=bool),
        "n_fit": np.empty((B, W), dtype=np.int64),
        "weights": np.full((B, n_rows, M), -1.0),
        "cut_w": np.empty((len(CUTS), M)),
        "cut_mean": np.empty((len(CUTS), M)),
    }
    with np.errstate(divide="ignore", invalid="ignore"):
        regular_weights(
            elig, used, has_used, check_sample, ref, resid, ssr,
            *(np.ascontiguousarray(CUTS[:, j]) for j in range(4)), MIN_COMMON, *out.values(),
        )  # fmt: skip
    return out


def test_regular_weights_match_their_definitions() -> None:
    elig, used, ref, resid, ssr = _block(np.random.default_rng(7))
    out = _run(elig, used, True, True, ref, resid, ssr)
    regular, w0, cut_w, cut_mean = _reference(elig, used, ref, resid, ssr, True)
    np.testing.assert_array_equal(out["regular"], regular)
    assert not regular[0, 2] and not regular[2, 1] and not regular[1, 3] and regular[0, 0]
    np.testing.assert_array_equal(out["any_elig"], elig.any(-1))
    np.testing.assert_array_equal(out["n_fit"], elig.sum(1))
    np.testing.assert_allclose(out["weights"][:, 0], w0, rtol=1e-14)
    np.testing.assert_allclose(out["cut_w"], cut_w, rtol=1e-9)
    np.testing.assert_allclose(out["cut_mean"], cut_mean, rtol=1e-9, atol=1e-18)
    # the cuts' weights in their rows, every other row zero
    rows = np.zeros_like(out["weights"][:, 1:])
    rows[CUTS[:, 0], CUTS[:, 1]] = cut_w
    np.testing.assert_allclose(out["weights"][:, 1:], rows, rtol=1e-9)
    # no weight where nothing varies on the rest, or fewer than three sessions are left
    assert out["cut_w"][1, 4] == 0.0 and out["cut_w"][0, 4] > 0.0
    assert (out["cut_w"][6] == 0.0).all() and (out["cut_w"][5, regular[2]] > 0.0).all()


def test_regular_weights_without_samples_count_every_day() -> None:
    """Every pair using every day: no sample given (``has_used`` False), compared with the
    reference sample only when that leaves days out."""
    elig, _, ref, resid, ssr = _block(np.random.default_rng(8))
    full = np.ones((B, M, T), dtype=bool)
    resid = np.random.default_rng(9).normal(0, 0.01, (B, M, T))
    resid -= resid.mean(-1, keepdims=True)
    ssr = (resid**2).sum(-1)
    for check, reference in ((False, np.ones((B, T), dtype=bool)), (True, ref)):
        out = _run(elig, np.zeros((1, 1, 1), dtype=bool), False, check, reference, resid, ssr)
        want = _reference(elig, full, reference, resid, ssr, check)
        np.testing.assert_array_equal(out["regular"], want[0])
        np.testing.assert_allclose(out["weights"][:, 0], want[1], rtol=1e-14)
        np.testing.assert_allclose(out["cut_w"], want[2], rtol=1e-9)
    # with days left out of the reference sample, no pair of those events is regular
    assert not out["regular"][1:].any() and out["regular"][0].sum() == M
