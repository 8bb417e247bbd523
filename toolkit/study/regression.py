"""Event regression for clustered announcements on one series (dummy variables, HAC errors).

When events fall on consecutive sessions (April 2025), their event windows overlap and the
abnormal returns of one event are the returns of another. :func:`event_regression` estimates all
event effects in one time-series regression

    r_t = a (+ b r_m,t + c' controls_t) + sum_k g_k D_k,t + e_t

where ``D_k,t`` is 1 on the sessions of event k's window, and tests them jointly or by group
with a covariance that allows heteroskedasticity and autocorrelation (Newey-West by default).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from toolkit._display import Displayable, Summary, SummaryTable, plural
from toolkit._format import fmt_p, fmt_stat
from toolkit._hints import option_hint
from toolkit.errors import EventWarning, InputError, check_option
from toolkit.study._dummy_ols import DummyDesign, fit_dummy_ols
from toolkit.study.events import EventSet, align_events
from toolkit.study.inference import TestStatistic
from toolkit.study.options import RegressionOptions
from toolkit.study.return_checks import check_returns
from toolkit.study.windows import Window, parse_window

__all__ = ["EventRegressionResults", "default_hac_lags", "event_regression"]


#: Robust (HAC, HC1) covariances need this many sessions under every event dummy. On fewer,
#: the sandwich is degenerate: OLS makes a dummy's residuals sum to zero over its days, so on a
#: one-day dummy the residual is exactly 0 and the "robust" variance comes only from the
#: neighbouring days' cross terms. The classical OLS variance is then the right one: for a
#: one-day dummy it is the forecast-error variance of the abnormal return (Salinger 1992).
MIN_ROBUST_WINDOW = 10


def default_hac_lags(n: int) -> int:
    """Newey-West (1994) rule for the HAC lag length: ``floor(4 (n / 100)^(2/9))``."""
    return int(math.floor(4.0 * (n / 100.0) ** (2.0 / 9.0)))


@dataclass(frozen=True, repr=False)
class EventRegressionResults(Displayable):
    """Results of :func:`event_regression`.

    Attributes
    ----------
    result
        The fit (:class:`~toolkit.study._dummy_ols.DummyOLS`): statsmodels' attribute names
        (``params``, ``bse``, ``tvalues``, ``pvalues``, ``nobs``, ``df_resid``, ``ssr``,
        ``t_test``, ``f_test``) over every regressor, ``correction`` (whether HAC got the
        ``n / (n - k)`` factor), and ``to_statsmodels()`` for the dense statsmodels fit.
    events
        The events frame (with ``group``).
    window
        The event window of each dummy.
    params, bse, tvalues, pvalues
        Event-dummy estimates (average daily abnormal return over the window), indexed by
        ``event_id``.
    cov_type
        Covariance used (``"nonrobust"`` when a robust one was asked for but the event windows
        are too short for it); ``hac_lags`` the lag length for HAC.
    sample
        First and last session of the regression sample.
    dropped
        Events left out (no session in the sample).
    options
        The frozen record of the call's settings
        (:class:`~toolkit.study.options.RegressionOptions`).
    """

    result: Any = field(repr=False)
    events: pd.DataFrame = field(repr=False)
    window: Window
    params: pd.Series = field(repr=False)
    bse: pd.Series = field(repr=False)
    tvalues: pd.Series = field(repr=False)
    pvalues: pd.Series = field(repr=False)
    cov_type: str
    hac_lags: int | None
    sample: tuple[pd.Timestamp, pd.Timestamp]
    dropped: list[str] = field(default_factory=list)
    options: RegressionOptions | None = field(default=None, repr=False)

    def _contrast(self, weights: dict[str, float], name: str, null: str) -> TestStatistic:
        names = list(self.result.params.index)
        r = np.zeros(len(names))
        for eid, wgt in weights.items():
            r[names.index(f"D_{eid}")] = wgt
        t = self.result.t_test(r[None, :])
        stat = float(np.squeeze(t.tvalue))
        p = float(np.squeeze(t.pvalue))
        dist = f"t({int(self.result.df_resid)})" if self.result.use_t is not False else "N(0,1)"
        return TestStatistic(name, stat, p, null, dist)

    @property
    def joint_test(self) -> TestStatistic:
        """Wald test that every event coefficient is zero (F with the model's covariance)."""
        names = list(self.result.params.index)
        ev = [i for i, n in enumerate(names) if n.startswith("D_")]
        r = np.zeros((len(ev), len(names)))
        for row, i in enumerate(ev):
            r[row, i] = 1.0
        w = self.result.f_test(r)
        stat = float(np.squeeze(w.fvalue))
        return TestStatistic(
            "joint",
            stat,
            float(np.squeeze(w.pvalue)),
            "all event effects = 0",
            f"F({int(w.df_num)}, {int(w.df_denom)})",
        )

    def group_test(self, group: str, other: str | None = None) -> TestStatistic:
        """Test the summed effects of one group of events, or the difference of two groups.

        ``group_test("escalation", "deescalation")`` tests
        ``sum g_k (escalation) - sum g_k (deescalation) = 0``; with one group, ``sum g_k = 0``.

        Raises
        ------
        InputError
            If a group has no events in the regression.
        """
        groups = self.events.set_index("event_id")["group"]
        in_reg = [e for e in groups.index if e in self.params.index]
        weights: dict[str, float] = {}
        for label, sign in ((group, 1.0), (other, -1.0)):
            if label is None:
                continue
            members = [e for e in in_reg if groups[e] == label]
            if not members:
                known = sorted(set(groups[in_reg]))
                raise InputError(
                    f"Parameter `group`: no events of group {label!r} in the regression "
                    f"(groups: {known})."
                )
            for e in members:
                weights[e] = weights.get(e, 0.0) + sign
        null = f"sum g[{group}] = 0" if other is None else f"sum g[{group}] - sum g[{other}] = 0"
        return self._contrast(weights, "group", null)

    def to_frame(self) -> pd.DataFrame:
        """One row per event: event_id, session, group, coef, std_err, t, pvalue, car (coef x
        window length), car_se."""
        ev = self.events.set_index("event_id")
        ids = list(self.params.index)
        length = self.window.length
        return pd.DataFrame(
            {
                "event_id": ids,
                "session": ev.loc[ids, "session"].to_numpy(),
                "group": ev.loc[ids, "group"].to_numpy(),
                "coef": self.params.to_numpy(),
                "std_err": self.bse.to_numpy(),
                "t": self.tvalues.to_numpy(),
                "pvalue": self.pvalues.to_numpy(),
                "car": self.params.to_numpy() * length,
                "car_se": self.bse.to_numpy() * length,
            }
        )

    def summary(self) -> Summary:
        """The summary: the call's settings, the event table and the joint test.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()`` (``str()`` and notebooks show them).
        """
        title = (
            f"EventRegressionResults: {plural(len(self.params), 'event dummy', 'event dummies')}, "
            f"window {self.window.label}, {int(self.result.nobs)} sessions "
            f"{self.sample[0]:%Y-%m-%d} to {self.sample[1]:%Y-%m-%d}"
        )
        if self.options is not None:
            header = self.options.rows()
        else:
            header = [("window", self.window), ("covariance", self.cov_type)]
            header.append(("HAC lags", self.hac_lags))
        header.append(("dropped events", self.dropped or None))
        joint = self.joint_test
        notes = [
            f"Joint test, {joint.null}: {joint.dist} = {fmt_stat(joint.stat)}, {fmt_p(joint.pvalue)}",
            "coef = average daily abnormal return over the window; car = coef x window length.",
        ]
        table = SummaryTable(self.to_frame(), caption="Event regression", max_rows=40)
        return Summary(title, header, [table], notes)


def _series(obj: Any, name: str) -> pd.Series:
    if isinstance(obj, pd.DataFrame):
        if obj.shape[1] != 1:
            raise InputError(
                f"Parameter `{name}` takes one series; got {obj.shape[1]} columns "
                "(select one, e.g. returns['^GSPC'])."
            )
        obj = obj.iloc[:, 0]
    if not isinstance(obj, pd.Series) or not isinstance(obj.index, pd.DatetimeIndex):
        raise InputError(f"Parameter `{name}` takes a Series indexed by session dates.")
    return obj.astype(float)


def event_regression(
    returns: pd.Series | pd.DataFrame,
    events: Any,
    *,
    benchmark: pd.Series | None = None,
    controls: pd.DataFrame | None = None,
    cov_type: str = "HAC",
    window: tuple[int, int] = (0, 0),
    sample: tuple[int, int] = (-250, 10),
    maxlags: int | None = None,
    hac_correction: bool = True,
) -> EventRegressionResults:
    """Estimate all event effects on one series in a single dummy-variable regression.

    The fit is solved through the band structure of the event dummies
    (:mod:`toolkit.study._dummy_ols`): near-linear in the number of events, with the same
    estimates, standard errors and tests as a dense OLS (statsmodels) to rounding.

    Parameters
    ----------
    returns
        One return series (a Series or a one-column DataFrame) indexed by session.
    events
        An :class:`~toolkit.study.events.EventSet` or anything :func:`~toolkit.study.events.align_events`
        accepts.
    benchmark
        Market return regressor (omit for a constant-mean model, e.g. for the index itself).
    controls
        Further regressors (DataFrame on the same sessions).
    cov_type
        ``"HAC"`` (Newey-West, default), ``"HC1"`` or ``"nonrobust"``. A robust covariance needs
        at least :data:`MIN_ROBUST_WINDOW` sessions under every dummy; with shorter windows
        (the default ``window=(0, 0)`` among them) the classical OLS covariance is used instead,
        with an :class:`~toolkit.errors.EventWarning` that says why.
    window
        Event window of each dummy in sessions relative to day 0; the dummy is 1 on every
        session of the window, so its coefficient is the average daily abnormal return over the
        window (the CAR is the coefficient times the window length).
    sample
        Sessions before the first event and after the last one that form the sample
        (default 250 before to 10 after).
    maxlags
        HAC lag length; default ``floor(4 (n/100)^(2/9))`` (Newey and West 1994).
    hac_correction
        Multiply the HAC covariance by ``n / (n - k)`` (``k`` regressors, dummies included), the
        small-sample factor HC1 always has and Stata's ``newey`` applies; True by default, so
        that HAC and HC1 agree when there is no autocorrelation. False gives statsmodels'
        default (no factor). The fit's ``result.correction`` records it.

    Returns
    -------
    EventRegressionResults

    Raises
    ------
    InputError
        For a bad ``cov_type``, ``window`` or ``sample``, several return columns, or no event
        inside the data.
    """
    check_option("cov_type", cov_type, ("HAC", "HC1", "nonrobust"))
    asked = cov_type
    win = parse_window(window, "window")
    span = parse_window(sample, "sample")
    if span.start > 0 or span.end < 0:
        raise InputError(
            f"Parameter `sample` = {span.label} must reach back before the first event "
            "(start <= 0) and forward after the last one (end >= 0)."
        )
    y = check_returns(_series(returns, "returns"), name="returns")
    y.index = pd.DatetimeIndex(y.index).tz_localize(None).normalize()
    ev = events if isinstance(events, EventSet) else align_events(events)
    frame = ev.to_frame()
    pos = y.index.get_indexer(pd.DatetimeIndex(frame["session"]))
    dropped = frame.loc[pos < 0, "event_id"].astype(str).tolist()
    frame = frame.loc[pos >= 0].reset_index(drop=True)
    pos = pos[pos >= 0]
    if len(frame) == 0:
        raise InputError("Parameter `events`: no event session is in the returns index.")
    lo = max(0, int(pos.min()) + span.start + min(int(win.start), 0))
    hi = min(len(y) - 1, int(pos.max()) + span.end + max(int(win.end), 0))
    idx = y.index[lo : hi + 1]
    exog = pd.DataFrame({"const": 1.0}, index=idx)
    if benchmark is not None:
        bm = check_returns(_series(benchmark, "benchmark"), name="benchmark")
        bm.index = pd.DatetimeIndex(bm.index).tz_localize(None).normalize()
        exog["benchmark"] = bm.reindex(idx)
    if controls is not None:
        if not isinstance(controls, pd.DataFrame):
            raise InputError("Parameter `controls` takes a DataFrame indexed by session dates.")
        c = controls.copy()
        c.index = pd.DatetimeIndex(c.index).tz_localize(None).normalize()
        for col in c.columns:
            exog[f"ctrl_{col}"] = c[col].reindex(idx).astype(float)
    data = pd.concat([y.reindex(idx).rename("ret"), exog], axis=1)
    complete = data.notna().all(axis=1).to_numpy()
    data = data.loc[complete]
    # each dummy: the sample rows inside its window (the sessions of idx it covers, clipped)
    kept_at = np.flatnonzero(complete)
    ids = frame["event_id"].astype(str).tolist()
    starts = np.searchsorted(kept_at, pos - lo + win.start, side="left")
    ends = np.searchsorted(kept_at, pos - lo + win.end, side="right")
    empty = [eid for eid, a, b in zip(ids, starts, ends) if b <= a]
    dropped += empty
    dummy_rows = [np.arange(a, b) for a, b in zip(starts, ends) if b > a]
    dummy_names = [f"D_{eid}" for eid, a, b in zip(ids, starts, ends) if b > a]
    n_regressors = exog.shape[1] + len(dummy_rows)
    if len(data) <= n_regressors or not dummy_rows:
        raise InputError(
            f"Parameter `returns`: {len(data)} of the {len(idx)} sessions around the events have "
            "a return (and benchmark and controls) that is not missing"
            + (", and no event session is among them" if not dummy_rows else "")
            + f"; the regression needs more sessions than its {n_regressors} regressors."
        )
    shortest = int(min(len(r) for r in dummy_rows))
    if cov_type != "nonrobust" and shortest < MIN_ROBUST_WINDOW:
        warnings.warn(
            f"cov_type={cov_type!r} is degenerate for event dummies covering {shortest} "
            f"session(s) (fewer than {MIN_ROBUST_WINDOW}): OLS sets the residuals under a short "
            "dummy to (nearly) zero, so a sandwich covariance understates its variance. Using "
            "the classical OLS covariance (for a one-day dummy, the forecast-error variance of "
            f"the abnormal return). Pass {option_hint('cov_type', 'nonrobust')} to silence this, "
            "or widen `window`.",
            EventWarning,
            stacklevel=2,
        )
        cov_type = "nonrobust"
    lags = None
    if cov_type == "HAC":
        lags = default_hac_lags(len(data)) if maxlags is None else int(maxlags)
    design = DummyDesign(
        data["ret"].to_numpy(dtype=np.float64),
        data[list(exog.columns)].to_numpy(dtype=np.float64),
        list(exog.columns),
        dummy_rows,
        dummy_names,
    )
    fit = fit_dummy_ols(
        design,
        cov_type=cov_type,
        maxlags=lags,
        correction=bool(hac_correction),
    )
    keep = [c for c in fit.params.index if c.startswith("D_")]

    def pick(s: pd.Series) -> pd.Series:
        out = s[keep].copy()
        out.index = [k[2:] for k in keep]
        out.index.name = "event_id"
        return out

    return EventRegressionResults(
        result=fit,
        events=frame,
        window=win,
        params=pick(fit.params),
        bse=pick(fit.bse),
        tvalues=pick(fit.tvalues),
        pvalues=pick(fit.pvalues),
        cov_type=cov_type,
        hac_lags=lags,
        sample=(data.index[0], data.index[-1]),
        dropped=dropped,
        options=RegressionOptions(
            window=win.as_tuple(),
            sample=span.as_tuple(),
            cov_type=asked,
            cov_used=cov_type,
            maxlags=maxlags,
            hac_lags=lags,
            benchmark=None if benchmark is None else str(getattr(benchmark, "name", "benchmark")),
            controls=() if controls is None else tuple(map(str, controls.columns)),
            n_events=len(ev),
            hac_correction=bool(hac_correction),
        ),
    )
