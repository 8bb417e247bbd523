"""Test-statistic objects: values on tiny inputs worked out by hand, reasons instead of None."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from scipy import stats

from toolkit.errors import InputError
from toolkit.study import inference as inf
from toolkit.study.ranks import average_ranks, rank_sums


def test_statistic_object_is_frozen_and_readable() -> None:
    t = inf.j1_test(np.array([0.01, 0.03]), np.array([1e-4, 1e-4]))
    # CAAR 0.02, s.e. sqrt(2e-4)/2
    assert t.stat == pytest.approx(0.02 / (math.sqrt(2e-4) / 2))
    assert t.pvalue == pytest.approx(2 * stats.norm.sf(t.stat))
    assert t.ok and t.dist == "N(0,1)" and "CAR" in t.null
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.stat = 0.0  # type: ignore[misc]
    assert "j1: stat=" in str(t) and t.as_dict()["name"] == "j1"


@pytest.mark.parametrize(
    ("result", "reason"),
    [
        (inf.j1_test(np.array([]), np.array([])), "no events"),
        (inf.bmp_test(np.array([1.0])), "at least 2"),
        (inf.bmp_test(np.array([1.0, 1.0, 1.0])), "do not vary"),
        (inf.j2_test(np.array([1.0, 2.0]), np.array([2.0, 30.0])), "k + 3"),
        (inf.sign_test(np.array([0.1, 0.2]), 1.0), "one sign"),
        (inf.wilcoxon_test(np.zeros(4)), "all CARs are zero"),
        (inf.corrado_test(np.zeros(5), np.zeros(5), 0, np.ones(5, bool)), "no events"),
        (inf.grank_test(np.zeros(5), np.zeros(5), 0, 4), "no events"),
    ],
)
def test_unavailable_tests_carry_a_reason(result: inf.TestStatistic, reason: str) -> None:
    assert not result.ok and reason in result.reason
    assert math.isnan(result.stat) and math.isnan(result.pvalue)


def test_j2_bmp_sign_by_hand() -> None:
    scar = np.array([1.0, 2.0, -0.5, 0.5])
    dof = np.full(4, 10.0)
    assert inf.j2_test(scar, dof).stat == pytest.approx(3.0 / math.sqrt(4 * 10 / 8))
    sd = np.std(scar, ddof=1)
    bmp = inf.bmp_test(scar)
    assert bmp.stat == pytest.approx(0.75 / (sd / 2)) and bmp.dist == "t(3)"
    sign = inf.sign_test(np.array([0.1, 0.2, -0.1, 0.3]), 0.5)
    assert sign.stat == pytest.approx((3 - 2) / math.sqrt(1.0))


def test_kolari_pynnonen_factors() -> None:
    bmp = inf.TestStatistic("bmp", 2.0, 0.05, "x", "t(9)")
    adj = inf.kolari_pynnonen(bmp, 0.1, 10)
    assert adj.name == "bmp_kp"
    assert adj.stat == pytest.approx(2.0 * math.sqrt(0.9 / 1.9))
    assert adj.pvalue == pytest.approx(2 * stats.t.sf(adj.stat, 9))
    pat = inf.kolari_pynnonen(inf.TestStatistic("patell", 2.0, 0.05, "x", "N(0,1)"), 0.1, 10)
    assert pat.stat == pytest.approx(2.0 / math.sqrt(1.9))
    assert not inf.kolari_pynnonen(bmp, -0.5, 10).ok


def test_corrado_and_grank_from_daily_means() -> None:
    dev = np.array([0.1, -0.1, 0.05, -0.05, 0.2])
    counts = np.full(5, 4.0)
    in_win = np.array([False, False, False, False, True])
    s_k = math.sqrt(np.mean(dev**2))
    assert inf.corrado_test(dev, counts, 4, in_win).stat == pytest.approx(0.2 / s_k)
    g = inf.grank_test(dev, counts, 4, 4)
    z = 0.2 / s_k
    assert g.stat == pytest.approx(z * math.sqrt(3 / (4 - z * z)))
    assert g.dist == "t(3)"


def test_wilcoxon_matches_exact_enumeration() -> None:
    car = np.array([0.03, -0.01, 0.02, 0.05, -0.04, 0.015])
    ranks = stats.rankdata(np.abs(car))
    w_plus = ranks[car > 0].sum()
    w = min(w_plus, ranks.sum() - w_plus)
    all_sums = []
    for mask in range(2**6):
        all_sums.append(sum(r for k, r in enumerate(ranks) if mask >> k & 1))
    p = min(1.0, 2 * np.mean(np.array(all_sums) <= w))
    res = inf.wilcoxon_test(car)
    assert res.stat == w and res.pvalue == pytest.approx(p) and "exact" in res.dist


def test_bootstrap_is_seeded() -> None:
    x = np.array([0.01, 0.02, -0.005, 0.03, 0.015, 0.0, 0.025])
    a = inf.bootstrap_mean_test(x, "b", "mean = 0", reps=499, rng=np.random.default_rng(1))
    b = inf.bootstrap_mean_test(x, "b", "mean = 0", reps=499, rng=np.random.default_rng(1))
    assert a.pvalue == b.pvalue and 0 < a.pvalue < 0.2
    assert a.stat == pytest.approx(np.mean(x) / (np.std(x, ddof=1) / math.sqrt(7)))


def test_adjust_pvalues() -> None:
    p = np.array([0.01, 0.04, np.nan, 0.03])
    holm = inf.adjust_pvalues(p, "holm")
    assert holm[0] == pytest.approx(0.03) and np.isnan(holm[2])
    with pytest.raises(InputError, match="adjust"):
        inf.adjust_pvalues(p, "bonferroni")


def test_car_ttest_uses_student_t() -> None:
    t, p = inf.car_ttest(np.array([0.02]), np.array([1e-4]), np.array([20.0]))
    assert t[0] == pytest.approx(2.0) and p[0] == pytest.approx(2 * stats.t.sf(2.0, 20))
    _, pn = inf.car_ttest(np.array([0.02]), np.array([1e-4]), np.array([np.inf]))
    assert pn[0] == pytest.approx(2 * stats.norm.sf(2.0))


def test_rank_helpers_match_scipy() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(3, 4, 12)).astype(np.float32)
    x[0, 1, 3] = np.nan
    x[1, 2, 5] = x[1, 2, 6]  # a tie
    ref = np.where(np.isnan(x), np.nan, stats.rankdata(x, axis=-1, nan_policy="omit"))
    np.testing.assert_allclose(average_ranks(x), ref)
    w = rng.uniform(size=(3, 4, 2)).astype(np.float32)
    ksum, fsum, count, _ = rank_sums(x, 8, w)
    m = (~np.isnan(x)).sum(-1)
    np.testing.assert_allclose(ksum, np.nansum(ref / (1 + m[..., None]), axis=1), rtol=1e-5)
    first = np.where(
        np.isnan(x[..., :8]), np.nan, stats.rankdata(x[..., :8], axis=-1, nan_policy="omit")
    )
    expect = np.einsum("bmt,bmw->bwt", np.nan_to_num(first), w)
    np.testing.assert_allclose(fsum, expect, rtol=1e-5)
    assert count.tolist()[0][1] == 11


def test_level_check() -> None:
    with pytest.raises(InputError, match="level"):
        inf._check_level(1.5)
