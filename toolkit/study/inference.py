"""Test statistics of event studies, each returned as a :class:`TestStatistic` object.

Every function here takes plain numpy arrays of per-event quantities (CARs, their variances,
standardised CARs, ranks) for one window and one group of events, and returns a
:class:`TestStatistic`. A test that cannot be computed (too few events, zero dispersion, too few
estimation days) returns an object whose ``reason`` says why, with ``stat`` and ``pvalue`` NaN;
nothing here returns None or raises in the middle of a results table.

The formulas, with references, are in ``docs/methods.md``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from scipy import special, stats

from toolkit._format import fmt_p, fmt_stat
from toolkit.errors import InputError, check_option

__all__ = [
    "ASSUMES_INDEPENDENCE",
    "TestStatistic",
    "adjust_pvalues",
    "bmp_test",
    "bootstrap_mean_test",
    "car_ttest",
    "corrado_test",
    "grank_test",
    "j1_test",
    "j2_test",
    "kolari_pynnonen",
    "patell_test",
    "sign_test",
    "wilcoxon_test",
]


@dataclass(frozen=True)
class TestStatistic:
    """The outcome of one hypothesis test.

    Attributes
    ----------
    name
        Short name of the test (``"j1"``, ``"bmp_kp"``, ...).
    stat
        Value of the test statistic (NaN when ``reason`` is set).
    pvalue
        Two-sided p-value (NaN when ``reason`` is set).
    null
        The null hypothesis in words.
    dist
        The reference distribution, e.g. ``"N(0,1)"`` or ``"t(239)"``.
    reason
        Why the test could not be computed; None when it was.
    """

    __test__ = False  # not a pytest test class

    name: str
    stat: float
    pvalue: float
    null: str
    dist: str
    reason: str | None = None

    @classmethod
    def unavailable(cls, name: str, null: str, dist: str, reason: str) -> TestStatistic:
        """Build the object for a test that cannot be computed, carrying ``reason``."""
        return cls(name, math.nan, math.nan, null, dist, reason)

    @property
    def ok(self) -> bool:
        """True when the statistic was computed."""
        return self.reason is None

    def as_dict(self) -> dict[str, Any]:
        """The fields as a dict (one row of the ``tests`` frame)."""
        return asdict(self)

    def __str__(self) -> str:
        if self.reason is not None:
            return f"{self.name}: not computed ({self.reason})"
        return (
            f"{self.name}: stat={fmt_stat(self.stat)}, {fmt_p(self.pvalue)} ~ {self.dist}; "
            f"H0: {self.null}"
        )


#: Whether each test's null distribution assumes that the (event, asset) pairs are independent.
#: False for the Kolari-Pynnonen corrections (they estimate the mean correlation of every pair
#: of pairs that share sessions) and the calendar-time portfolio test (its variance is the
#: portfolio's own); False for Corrado and GRANK too, whose variance is estimated from the time
#: series of cross-sectional mean ranks and so allows for pairs on the same day 0 (but not for
#: sessions shared by pairs on different days 0: see ``tests["overlap"]``).
ASSUMES_INDEPENDENCE: dict[str, bool] = {
    "j1": True,
    "j2": True,
    "patell": True,
    "bmp": True,
    "bmp_kp": False,
    "patell_kp": False,
    "corrado": False,
    "sign": True,
    "wilcoxon": True,
    "grank": False,
    "calendar_time": False,
    "caar_boot": True,
    "bmp_boot": True,
}


def _normal(name: str, stat: float, null: str) -> TestStatistic:
    return TestStatistic(name, float(stat), float(2.0 * stats.norm.sf(abs(stat))), null, "N(0,1)")


def _student(name: str, stat: float, df: float, null: str) -> TestStatistic:
    p = float(2.0 * stats.t.sf(abs(stat), df))
    return TestStatistic(name, float(stat), p, null, f"t({df:g})")


def car_ttest(
    car: np.ndarray, car_var: np.ndarray, dof: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per-event t statistics and two-sided p-values of CARs (vectorised).

    Parameters
    ----------
    car, car_var
        Cumulative abnormal returns and their variances (estimation-error term included).
    dof
        Degrees of freedom of each variance estimate (``T - k``); ``inf`` gives N(0,1).

    Returns
    -------
    t, pvalue
        Arrays shaped like ``car``.
    """
    car = np.asarray(car, dtype=float)
    t = car / np.sqrt(np.asarray(car_var, dtype=float))
    dof = np.broadcast_to(np.asarray(dof, dtype=float), t.shape)
    # Student's t distribution function, the one behind stats.t.sf; N(0,1) when dof is inf
    p = 2.0 * special.stdtr(dof, -np.abs(t))
    return t, p


NULL_CAAR = "mean CAR = 0"


def j1_test(car: np.ndarray, car_var: np.ndarray) -> TestStatistic:
    """J1 of Campbell, Lo and MacKinlay (1997): CAAR over its standard error from the models.

    ``J1 = CAAR / sqrt(sum(var_i) / N^2)``, N(0,1) under the null.
    """
    n = len(car)
    if n < 1:
        return TestStatistic.unavailable("j1", NULL_CAAR, "N(0,1)", "no events")
    se = math.sqrt(float(np.sum(car_var))) / n
    if not se > 0:
        return TestStatistic.unavailable("j1", NULL_CAAR, "N(0,1)", "zero CAR variance")
    return _normal("j1", float(np.mean(car)) / se, NULL_CAAR)


def _standardized_sum(name: str, z: np.ndarray, dof: np.ndarray, null: str) -> TestStatistic:
    """``sum(z_i) / sqrt(sum(d_i / (d_i - 2)))`` with d_i the dof of each t-distributed z_i."""
    n = len(z)
    if n < 1:
        return TestStatistic.unavailable(name, null, "N(0,1)", "no events")
    dof = np.asarray(dof, dtype=float)
    if np.any(dof <= 2):
        return TestStatistic.unavailable(
            name, null, "N(0,1)", "needs more than k + 3 estimation days per event"
        )
    with np.errstate(invalid="ignore", divide="ignore"):
        var = np.where(np.isinf(dof), 1.0, dof / (dof - 2.0))
    return _normal(name, float(np.sum(z)) / math.sqrt(float(np.sum(var))), null)


def j2_test(scar: np.ndarray, dof: np.ndarray) -> TestStatistic:
    """J2 of Campbell, Lo and MacKinlay (1997) on standardised CARs.

    ``SCAR_i = CAR_i / sqrt(var(CAR_i))`` is t(d_i) with ``d_i = T_i - k - 1``; the statistic is
    ``sum(SCAR_i) / sqrt(sum(d_i / (d_i - 2)))`` (CLM's ``sqrt(N (T-4)/(T-2)) * mean(SCAR)`` when
    every event has the same T and the market model), N(0,1) under the null.
    """
    return _standardized_sum("j2", scar, dof, "mean SCAR = 0")


def patell_test(csar: np.ndarray, dof: np.ndarray) -> TestStatistic:
    """Patell (1976) test over a window of L days.

    ``csar_i = sum_t SAR_it / sqrt(gamma' C_i gamma)`` with each daily SAR standardised by its
    forecast-error corrected s.d. and ``C_i`` the correlation matrix of event i's ARs (for OLS
    models the common estimation error correlates the days; without it ``gamma' C gamma = L``);
    the statistic is ``sum(csar_i) / sqrt(sum(d_i / (d_i - 2)))``, N(0,1).
    """
    return _standardized_sum("patell", csar, dof, "mean standardised AR = 0")


def bmp_test(scar: np.ndarray) -> TestStatistic:
    """Boehmer, Musumeci and Poulsen (1991): t test of the mean SCAR with its cross-sectional s.d.

    ``BMP = mean(SCAR) / (sd(SCAR) / sqrt(N))``, t(N-1) under the null.
    """
    null = "mean SCAR = 0 (cross-sectional variance)"
    n = len(scar)
    if n < 2:
        return TestStatistic.unavailable("bmp", null, "t(N-1)", "needs at least 2 events")
    sd = float(np.std(scar, ddof=1))
    if not sd > 0:
        return TestStatistic.unavailable("bmp", null, "t(N-1)", "standardised CARs do not vary")
    return _student("bmp", float(np.mean(scar)) / (sd / math.sqrt(n)), n - 1, null)


def kolari_pynnonen(test: TestStatistic, rbar: float, n: int) -> TestStatistic:
    """Adjust a BMP or Patell statistic for cross-correlation (Kolari and Pynnonen 2010).

    BMP: ``z * sqrt((1 - r) / (1 + (N - 1) r))``; Patell: ``z * sqrt(1 / (1 + (N - 1) r))``,
    where ``r`` is the mean correlation of the standardised CARs: over ordered pairs of pairs,
    the residual correlation times the share of the CAR window the two share
    (:mod:`toolkit.study._overlap`; the caller floors it at 0). The reference distribution is
    kept.

    Parameters
    ----------
    test
        The unadjusted ``bmp`` or ``patell`` result.
    rbar
        Mean pairwise residual correlation.
    n
        Number of events.
    """
    name = f"{test.name}_kp"
    null = test.null + " (adjusted for cross-correlation)"
    if not test.ok:
        return TestStatistic.unavailable(name, null, test.dist, test.reason or "")
    if not math.isfinite(rbar):
        return TestStatistic.unavailable(name, null, test.dist, "cross-correlation not estimable")
    denom = 1.0 + (n - 1) * rbar
    if denom <= 0:
        return TestStatistic.unavailable(
            name, null, test.dist, f"mean cross-correlation {rbar:.3f} too negative"
        )
    factor = math.sqrt((1.0 - rbar) / denom) if test.name == "bmp" else math.sqrt(1.0 / denom)
    stat = test.stat * factor
    if test.dist.startswith("t("):
        df = float(test.dist[2:-1])
        p = float(2.0 * stats.t.sf(abs(stat), df))
    else:
        p = float(2.0 * stats.norm.sf(abs(stat)))
    return TestStatistic(name, stat, p, null, test.dist)


def corrado_test(
    dev: np.ndarray, counts: np.ndarray, n: int, in_window: np.ndarray
) -> TestStatistic:
    """Corrado (1989) rank test, multi-day form of Cowan (1992).

    Parameters
    ----------
    dev
        For each relative day of estimation plus event window, the cross-sectional mean of
        ``K_it - 1/2``, where ``K_it = rank(AR_it) / (1 + M_i)`` is the rank of the day's AR among
        event i's M_i estimation residuals and event-window ARs.
    counts
        Number of events with an AR on each of those days (``N_t``).
    n
        Number of events.
    in_window
        Boolean mask of the days in the CAR window.

    Notes
    -----
    ``S_K^2 = (1/D) sum_t (N_t/N) dev_t^2`` over the D days with data and
    ``T = sum_{t in window} dev_t / (sqrt(L) S_K)``, N(0,1) under the null.
    """
    null = "median AR = 0 (ranks)"
    have = counts > 0
    if n < 1 or not np.any(have & in_window):
        return TestStatistic.unavailable("corrado", null, "N(0,1)", "no events with ranks")
    s2 = float(np.sum(counts[have] / n * dev[have] ** 2) / np.count_nonzero(have))
    if not s2 > 0:
        return TestStatistic.unavailable("corrado", null, "N(0,1)", "ranks do not vary")
    win = in_window & have
    stat = float(np.sum(dev[win])) / (math.sqrt(np.count_nonzero(win)) * math.sqrt(s2))
    return _normal("corrado", stat, null)


def sign_test(car: np.ndarray, p_hat: float) -> TestStatistic:
    """Generalized sign test of Cowan (1992).

    ``Z = (w - N p) / sqrt(N p (1 - p))`` with w the number of positive CARs and p the share of
    positive abnormal returns in the estimation windows, N(0,1) under the null.
    """
    null = "share of positive CARs = share in estimation windows"
    n = len(car)
    if n < 1:
        return TestStatistic.unavailable("sign", null, "N(0,1)", "no events")
    if not 0.0 < p_hat < 1.0:
        return TestStatistic.unavailable(
            "sign", null, "N(0,1)", "estimation-window ARs are all of one sign"
        )
    w = float(np.count_nonzero(np.asarray(car) > 0))
    return _normal("sign", (w - n * p_hat) / math.sqrt(n * p_hat * (1.0 - p_hat)), null)


def wilcoxon_test(car: np.ndarray) -> TestStatistic:
    """Wilcoxon signed-rank test of the CARs (``scipy.stats.wilcoxon``, two-sided).

    ``stat`` is scipy's statistic (the smaller of the positive and negative rank sums); the
    p-value is exact for up to 50 events without ties or zeros, normal-approximate otherwise.
    """
    null = "CARs symmetric about 0"
    car = np.asarray(car, dtype=float)
    n = len(car)
    if n < 1:
        return TestStatistic.unavailable("wilcoxon", null, "signed-rank", "no events")
    if np.all(car == 0):
        return TestStatistic.unavailable("wilcoxon", null, "signed-rank", "all CARs are zero")
    res = stats.wilcoxon(car)
    exact = n <= 50 and np.count_nonzero(car == 0) == 0 and len(np.unique(np.abs(car))) == n
    dist = f"signed-rank(N={n}){' exact' if exact else ', normal approx.'}"
    return TestStatistic("wilcoxon", float(res.statistic), float(res.pvalue), null, dist)


def grank_test(ubar: np.ndarray, counts: np.ndarray, n: int, event_index: int) -> TestStatistic:
    """Generalized rank test (GRANK) of Kolari and Pynnonen (2011).

    Parameters
    ----------
    ubar
        Cross-sectional means of ``U_it = rank(GSAR_it) / (T_i + 1) - 1/2`` over the T time
        points: the estimation days plus the CAR window collapsed into one point, where
        ``GSAR_i0 = SCAR_i / sqrt(mean_j SCAR_j^2)`` (see ``docs/methods.md``).
    counts
        Number of events at each time point.
    n
        Number of events.
    event_index
        Position of the collapsed event window in ``ubar``.

    Notes
    -----
    ``Z = ubar_0 / S_U`` with ``S_U^2 = (1/T) sum_t (n_t/n) ubar_t^2``, and
    ``t = Z sqrt((T - 2) / (T - 1 - Z^2))`` is t(T-2) under the null (Kolari and Pynnonen
    2011). Each pair's U's sum to zero over its T points, so the ubar_t are centred; then
    ``Z^2 / T`` is the share of ``sum_t ubar_t^2`` on the event point and ``t`` is the t
    statistic of ``ubar_0`` against the other ``T - 1`` points, exactly t(T-2) when the
    ubar_t are independent normal before centring.
    """
    null = "CAR ranks not above or below estimation-period ranks"
    have = counts > 0
    big_t = int(np.count_nonzero(have))
    if n < 1 or counts[event_index] == 0 or big_t < 3:
        return TestStatistic.unavailable("grank", null, "t(T-2)", "no events with ranks")
    s2 = float(np.sum(counts[have] / n * ubar[have] ** 2) / big_t)
    if not s2 > 0:
        return TestStatistic.unavailable("grank", null, "t(T-2)", "ranks do not vary")
    z = float(ubar[event_index]) / math.sqrt(s2)
    denom = big_t - 1 - z * z
    if denom <= 0:
        return TestStatistic.unavailable("grank", null, f"t({big_t - 2})", "|Z| too large")
    return _student("grank", z * math.sqrt((big_t - 2) / denom), big_t - 2, null)


def bootstrap_mean_test(
    x: np.ndarray, name: str, null: str, *, reps: int, rng: np.random.Generator
) -> TestStatistic:
    """Bootstrap-t p-value of ``mean(x) = 0`` (resampling the centred values with replacement).

    ``p = (1 + #{|t*| >= |t|}) / (B + 1)`` with ``t = mean / (sd / sqrt(N))``.
    """
    x = np.asarray(x, dtype=float)
    n = len(x)
    dist = f"bootstrap-t (B={reps})"
    if n < 2:
        return TestStatistic.unavailable(name, null, dist, "needs at least 2 events")
    sd = float(np.std(x, ddof=1))
    if not sd > 0:
        return TestStatistic.unavailable(name, null, dist, "values do not vary")
    t0 = float(np.mean(x)) / (sd / math.sqrt(n))
    centred = x - np.mean(x)
    exceed = 0
    chunk = max(1, min(reps, 20_000_000 // max(n, 1)))
    done = 0
    while done < reps:
        b = min(chunk, reps - done)
        idx = rng.integers(0, n, size=(b, n))
        sample = centred[idx]
        m = sample.mean(axis=1)
        s = sample.std(axis=1, ddof=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            tb = m / (s / math.sqrt(n))
        exceed += int(np.count_nonzero(np.abs(np.nan_to_num(tb, nan=0.0)) >= abs(t0)))
        done += b
    return TestStatistic(name, t0, (1 + exceed) / (reps + 1), null, dist)


def adjust_pvalues(pvalues: np.ndarray, method: str) -> np.ndarray:
    """Adjust p-values for multiple testing (``statsmodels.stats.multitest.multipletests``).

    Parameters
    ----------
    pvalues
        Raw p-values; NaN entries are left NaN and not counted.
    method
        ``"holm"`` (family-wise error) or ``"fdr_bh"`` (Benjamini-Hochberg false discovery rate).

    Raises
    ------
    InputError
        For another ``method``.
    """
    from statsmodels.stats.multitest import multipletests

    check_option("adjust", method, ("holm", "fdr_bh"))
    p = np.asarray(pvalues, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = np.isfinite(p)
    if np.any(ok):
        out[ok] = multipletests(p[ok], method=method)[1]
    return out


def _check_level(level: float) -> float:
    if not isinstance(level, (int, float)) or not 0.0 < float(level) < 1.0:
        raise InputError(
            f"Parameter `level` takes a number between 0 and 1 such as 0.95, got {level!r}."
        )
    return float(level)
