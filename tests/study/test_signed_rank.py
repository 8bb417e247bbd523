"""The Wilcoxon signed-rank fast path against ``scipy.stats.wilcoxon`` itself.

:func:`toolkit.study._signed_rank.wilcoxon_test` recomputes scipy's normal approximation above
50 CARs; the reference here is scipy's own result on the same CARs (statistic and p-value
must be identical), with and without tied values, and the cases it hands to scipy (50 CARs or
fewer, a zero CAR).
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from toolkit.study._signed_rank import wilcoxon_test


def _cases():
    rng = np.random.default_rng(11)
    yield "51 CARs", rng.normal(0.01, 1.0, 51)
    yield "many CARs", rng.normal(0.0, 1.0, 20_000)
    yield "heavy tails", rng.standard_t(3, 5_000) + 0.05
    yield "rounded, many ties", np.round(rng.normal(0.1, 1.0, 1_000), 1)
    yield "three tied values", np.r_[np.ones(30), -np.ones(40), 2 * np.ones(5)]
    # magnitudes from 1e-6 to 1e3 (bit patterns past 2.0 set bit 62) and a value tied
    # with its negative
    wide = rng.normal(0.0, 1.0, 400) * 10.0 ** rng.integers(-6, 4, 400)
    yield "wide magnitudes, opposite-sign ties", np.r_[wide, 2.5, -2.5, 1e3, -1e3]
    yield "all positive", rng.uniform(0.1, 1.0, 200)
    yield "20 CARs (exact)", rng.normal(0.3, 1.0, 20)
    yield "a zero CAR", np.r_[0.0, rng.normal(0.0, 1.0, 99)]


@pytest.mark.parametrize(("name", "car"), list(_cases()), ids=[c[0] for c in _cases()])
def test_same_numbers_as_scipy(name, car):
    ref = stats.wilcoxon(car)
    got = wilcoxon_test(car)
    assert got.stat == float(ref.statistic)
    assert got.pvalue == float(ref.pvalue)
    assert got.name == "wilcoxon"


def test_distribution_label():
    car = np.random.default_rng(2).normal(size=300)
    assert wilcoxon_test(car).dist == "signed-rank(N=300), normal approx."
