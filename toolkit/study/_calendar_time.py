"""The calendar-time portfolio test (Jaffe 1974; Mandelker 1974; Fama 1998).

For each CAR window and group, every session that lies in the CAR window of some (event, asset)
pair gets a portfolio: the pairs whose window holds that session, equally weighted. The
portfolio's abnormal return is the mean of their ARs, and its variance is estimated from the
portfolio itself: the time series of the mean of their estimation residuals, session by
session in calendar time. Residual correlation between the pairs is then in the variance, so
the test needs no independence between pairs, whether they share day 0 or only some sessions.

What this module decides:

- **Sufficient statistics** (:class:`CalendarSums`): the first pass adds, per event and CAR
  window, over the pairs whose CAR is computed: their estimation residuals and how many there
  are, day by day; their event-window ARs, their ``ar_var / sigma^2 - 1`` and their
  ``gamma' C gamma``; and counts the pairs. The test then works on events, not pairs. Under
  ``model="garch"`` ARs and residuals are standardised by their conditional s.d. first.
- **The portfolio of a session** ``t``: the events whose CAR window holds ``t`` (their day 0
  between ``t - end`` and ``t - start``). Its residual on session ``s`` is the mean over the
  pairs with a residual on ``s`` (sessions without any are left out); ``d_t = n_s - p`` degrees
  of freedom over ``n_s`` sessions with ``p`` mean parameters.
- **Standardised portfolio AR**: ``SAR_t = AR_t / sqrt(s_t^2 (1 + hbar_t))``, where ``hbar_t``
  is the mean over the portfolio's pairs of ``ar_var / sigma^2 - 1`` (the estimation error of
  each pair's expected return; 0 for models without estimated parameters and for GARCH).
- **Statistic**: ``Z = sum_t SAR_t / sqrt(kappa sum_t d_t / (d_t - 2))`` ~ N(0,1), with
  ``kappa`` the pairs' mean ``gamma' C gamma / L_w`` (Patell's correction for the estimation
  error shared by the days of a window). For one day 0 with a common design this is exactly
  Patell's test of the portfolio; when portfolios change from day to day, ``kappa`` is the
  average correction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from toolkit.study import inference as inf
from toolkit.study._sum_kernels import weighted_sums

__all__ = ["CALENDAR_COLUMNS", "CalendarSums", "calendar_time_test"]

#: Columns of :meth:`~toolkit.study.results.EventStudyResults.calendar_time`.
CALENDAR_COLUMNS = ["window", "group", "session", "n", "ar", "sd", "sar", "dof"]

_NULL = "mean calendar-time portfolio AR = 0"


class CalendarSums:
    """Per event and CAR window, the sums and counts of its pairs' estimation residuals.

    Parameters
    ----------
    n_events, n_windows, n_days
        Events, CAR windows and estimation days of the study.

    Attributes
    ----------
    total, count
        ``(events, windows, days)``: sums of estimation residuals and their number.
    ar, h
        ``(events, windows, event days)``: sums of ARs and of ``ar_var / sigma^2 - 1``.
    n, sar_var
        ``(events, windows)``: pairs, and the sum of their ``gamma' C gamma``.
    """

    def __init__(self, n_events: int, n_windows: int, n_days: int, n_event_days: int) -> None:
        self.total = np.zeros((n_events, n_windows, n_days))
        self.count = np.zeros((n_events, n_windows, n_days))
        self.ar = np.zeros((n_events, n_windows, n_event_days))
        self.h = np.zeros((n_events, n_windows, n_event_days))
        self.n = np.zeros((n_events, n_windows))
        self.sar_var = np.zeros((n_events, n_windows))

    def merge(self, part: CalendarSums, at: np.ndarray) -> None:
        """Place the sums of ``part``, whose events are at ``at`` here."""
        for name in ("total", "count", "ar", "h", "n", "sar_var"):
            getattr(self, name)[at] = getattr(part, name)

    def collect_ars(
        self,
        e: np.ndarray,
        ar: np.ndarray,
        h: np.ndarray | None,
        elig: np.ndarray,
        sar_var: np.ndarray,
    ) -> None:
        """Add one block's event-window sums.

        Parameters
        ----------
        e
            Where the block's events are in these arrays ``(B,)``.
        ar
            ``(B, M, L)`` ARs (standardised under GARCH).
        h
            ``(B, M, L)``: ``ar_var / sigma^2 - 1``, or None when it is 0.
        elig
            ``(B, M, W)``: pairs whose CAR is computed in each window.
        sar_var
            ``(B, M, W)``: each pair's ``gamma' C gamma``.
        """
        w = np.ascontiguousarray(np.swapaxes(elig, 1, 2), dtype=np.float64)  # (B, W, M)
        out = np.empty(w.shape[:2] + (ar.shape[-1],))
        weighted_sums(w, np.ascontiguousarray(ar, dtype=np.float64), out)
        self.ar[e] = out
        if h is not None:
            weighted_sums(w, np.ascontiguousarray(h, dtype=np.float64), out)
            self.h[e] = out
        self.n[e] = w.sum(axis=-1)
        self.sar_var[e] = np.where(elig, sar_var, 0.0).sum(axis=1)

    @staticmethod
    def weights(elig: np.ndarray, scale: np.ndarray | None) -> np.ndarray:
        """``(B, W or 1, M)``: each pair's weight in the residual sums of each window (one row
        when the windows select the same pairs); the caller multiplies them with the residuals
        and hands the products to :meth:`store`.

        Parameters
        ----------
        elig
            ``(B, M, W)``: pairs whose CAR is computed in each window.
        scale
            ``(B, M)`` factors applied to each pair's residuals, or None.
        """
        w = elig.astype(np.float64)
        if bool(np.all(elig == elig[..., :1])):
            w = w[..., :1]
        if scale is not None:
            w = w * np.nan_to_num(scale)[..., None]
        return np.swapaxes(w, 1, 2)

    def store(
        self,
        e: np.ndarray,
        products: np.ndarray,
        used: np.ndarray,
        all_used: bool,
        elig: np.ndarray,
    ) -> None:
        """Keep one block's sums (``products``, from :meth:`weights`) and counts.

        Parameters
        ----------
        e
            Where the block's events are in these arrays ``(B,)``.
        products
            ``(B, W or 1, T)``: the weighted sums of the residuals.
        used
            The estimation samples ``(B, M, T)``.
        all_used
            Whether every day of every pair is in its sample.
        elig
            ``(B, M, W)``: pairs whose CAR is computed in each window.
        """
        self.total[e] = products
        w = np.swapaxes(elig, 1, 2).astype(np.float64)
        if all_used:
            self.count[e] = w.sum(axis=-1, keepdims=True)
        else:
            self.count[e] = np.matmul(w, used.astype(np.float64))


@dataclass(frozen=True)
class CalendarCell:
    """What the test of one CAR window and group needs about the study.

    Attributes
    ----------
    start, end
        The CAR window in sessions relative to day 0.
    cols
        Columns of the window in the event-window arrays.
    n_params
        Mean parameters of the model (degrees of freedom lost per residual series).
    standardise
        Whether ARs are standardised by their own s.d. first (GARCH).
    estimated
        Whether the expected returns carry estimation error (OLS models).
    """

    start: int
    end: int
    cols: np.ndarray
    n_params: int
    standardise: bool
    estimated: bool


def calendar_time_test(
    cell: CalendarCell,
    k: int,
    members: np.ndarray,
    pos: np.ndarray,
    sums: CalendarSums,
) -> tuple[inf.TestStatistic, dict[str, np.ndarray]]:
    """The calendar-time test of CAR window ``k`` over the events ``members`` of a group.

    Parameters
    ----------
    cell
        The window and model.
    k
        Number of the CAR window.
    members
        The group's events (increasing).
    pos
        Day-0 row of each event.
    sums
        The sums of the first pass.

    Returns
    -------
    TestStatistic, dict
        The test, and per session: ``session`` (row of the returns index), ``n``, ``ar``,
        ``sd``, ``sar``, ``dof``.
    """
    events = members[sums.n[members, k] > 0]
    if len(events) == 0:
        none = np.zeros(0)
        empty = {c: none for c in ("session", "n", "ar", "sd", "sar", "dof")}
        return inf.TestStatistic.unavailable("calendar_time", _NULL, "N(0,1)", "no events"), empty
    lw = cell.end - cell.start + 1
    cols = slice(int(cell.cols[0]), int(cell.cols[-1]) + 1)
    # the portfolio AR of each session: the events' sums, by session with bincount
    n_ev = sums.n[events, k]
    days = pos[events][:, None] + np.arange(cell.start, cell.end + 1)
    first = int(days.min())
    where = (days - first).ravel()
    n_all = np.bincount(where, weights=np.repeat(n_ev, lw))
    present = np.flatnonzero(n_all)
    sessions = present + first
    n_t = n_all[present]
    ar_t = np.bincount(where, weights=sums.ar[events, k, cols].ravel())[present] / n_t
    hbar = np.zeros(len(sessions))
    if cell.estimated and not cell.standardise:
        hbar = np.bincount(where, weights=sums.h[events, k, cols].ravel())[present] / n_t
    # the portfolio's estimation residuals: events added up by day 0, then by session
    events = events[np.argsort(pos[events], kind="stable")]
    ev_pos = pos[events]
    bounds = np.flatnonzero(np.r_[True, ev_pos[1:] != ev_pos[:-1]])
    starts = ev_pos[bounds]
    tot = np.add.reduceat(sums.total[events, k], bounds, axis=0)
    cnt = np.add.reduceat(sums.count[events, k], bounds, axis=0)
    T = tot.shape[-1]
    width = T + lw - 1
    p_tot = np.zeros((len(sessions), width))
    p_cnt = np.zeros((len(sessions), width))
    for j in range(cell.start, cell.end + 1):
        x = sessions - j  # day 0 of the events whose window holds the session on its day j
        i = np.minimum(np.searchsorted(starts, x), len(starts) - 1)
        hit = starts[i] == x
        off = cell.end - j
        p_tot[hit, off : off + T] += tot[i[hit]]
        p_cnt[hit, off : off + T] += cnt[i[hit]]
    have = p_cnt > 0
    n_s = have.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        resid = np.where(have, p_tot / np.where(have, p_cnt, 1.0), 0.0)
        mean = resid.sum(axis=1) / n_s
        dev = np.where(have, resid - mean[:, None], 0.0)
        dof = n_s - cell.n_params
        var = (dev * dev).sum(axis=1) / dof
        sd = np.sqrt(var * (1.0 + hbar))
        sar = ar_t / sd
    frame = {"session": sessions, "n": n_t, "ar": ar_t, "sd": sd, "sar": sar, "dof": dof}
    if np.any(dof <= 2):
        return (
            inf.TestStatistic.unavailable(
                "calendar_time", _NULL, "N(0,1)", "needs more than p + 2 estimation days"
            ),
            frame,
        )
    if not np.all(var > 0):
        return (
            inf.TestStatistic.unavailable(
                "calendar_time", _NULL, "N(0,1)", "portfolio residuals do not vary"
            ),
            frame,
        )
    kappa = float(sums.sar_var[events, k].sum() / n_ev.sum()) / lw
    stat = float(np.sum(sar)) / math.sqrt(kappa * float(np.sum(dof / (dof - 2.0))))
    return inf._normal("calendar_time", stat, _NULL), frame
