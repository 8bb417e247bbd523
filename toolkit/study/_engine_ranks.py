"""GRANK's second pass over the estimation windows (Kolari and Pynnonen, 2011).

GRANK ranks each pair's CAR, standardised by its own s.e. and then by the cross-sectional root
mean square of those across events, among the pair's standardised estimation-window ARs. That
scale is known only once every pair is estimated, so :func:`grank_pass` computes the estimation
ARs again, block
by block (:meth:`~toolkit.study._blocks.Blocks.each`, without copying the returns), and compares
them with it: per pair, how many estimation days lie above its CAR; per event and day, those
indicators weighted by ``1 / (T_i + 2)``. Both for the scale across all events (``kind`` 0) and
across the event's group (``kind`` 1). GARCH pairs are compared on the standardised residuals the
first pass kept.

What this module decides: the restandardisation of the standardised CARs, by their root mean
square about zero (the null) rather than Kolari and Pynnonen's (2011) sample s.d.: with the
sample s.d. the mean of the restandardised CARs is the BMP t statistic over sqrt(N), whose
t(N-1) tails make the event point's mean rank more variable than the estimation days' and
GRANK reject 6% at N = 20 (``docs/methods.md``); the threshold of each pair in AR units (its
standardised CAR divided by that scale and times the pair's residual s.d.), which windows and
groups have no GRANK (fewer than two events, or standardised CARs that are all zero), and how
the counts become the statistic of
:func:`~toolkit.study.inference.grank_test` (:meth:`GrankCounts.test`). The counting itself is the
numba kernel :func:`~toolkit.study._rank_kernels.count_above`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from toolkit.study import inference as inf
from toolkit.study._rank_kernels import count_above

if TYPE_CHECKING:
    from toolkit.study._blocks import Blocks, BlockView, EventIndex
    from toolkit.study._engine import Estimation
    from toolkit.study._workspace import Workspace

__all__ = ["GrankArrays", "GrankCounts", "GrankPlan", "count_block", "grank_pass", "pair_groups"]

_NULL = "CAR ranks not above or below estimation-period ranks"


@dataclass(frozen=True, eq=False)
class GrankCounts:
    """The counts of GRANK's second pass, from which each window and group's test follows.

    Attributes
    ----------
    estimation
        The first pass (its ``n_obs`` per pair and GRANK rank sums per event).
    sd
        CAR windows x groups: root mean square of the standardised CARs (NaN: no GRANK there).
    above
        ``(K, events, windows, T)``: weighted counts of estimation days above each pair's
        threshold, summed per event and day, against all events (0) and the event's group (1;
        ``K`` is 1 when the events have no group but ``"all"``).
    n_above
        ``(K, pairs, windows)``: estimation days above each pair's threshold.
    """

    estimation: Estimation
    sd: np.ndarray
    above: np.ndarray
    n_above: np.ndarray

    def test(self, rows: np.ndarray, k: int, gi: int, members: np.ndarray) -> inf.TestStatistic:
        """GRANK of CAR window ``k`` and group ``gi`` over the pairs ``rows``.

        Parameters
        ----------
        rows
            Pairs of the window and group whose CAR was computed (increasing).
        k, gi
            Numbers of the CAR window and of the group (0 is ``"all"``).
        members
            The group's events (increasing).

        Returns
        -------
        TestStatistic
        """
        b, pe = self.estimation.pairs, self.estimation.per_event
        n = len(rows)
        if n < 2:
            return inf.TestStatistic.unavailable(
                "grank", _NULL, "t(T-2)", "needs at least 2 events"
            )
        if np.isnan(self.sd[k, gi]):
            return inf.TestStatistic.unavailable(
                "grank", _NULL, "t(T-2)", "standardised CARs are all zero"
            )
        kind = 0 if gi == 0 else 1
        n_est = b["n_obs"][rows].astype(np.float64)
        n_above = self.n_above[kind, rows, k]
        est_sum = pe["g_sum"][members, k].sum(axis=0) + self.above[kind, members, k].sum(axis=0)
        est_cnt = pe["g_cnt"][members, k].sum(axis=0)
        u0 = (1.0 + n_est - n_above) / (n_est + 2.0) - 0.5
        with np.errstate(invalid="ignore", divide="ignore"):
            ubar_est = est_sum / est_cnt - 0.5
        ubar = np.append(np.nan_to_num(ubar_est), u0.mean())
        counts = np.append(est_cnt, n)
        return inf.grank_test(ubar, counts, n, len(ubar) - 1)


def pair_groups(
    events: EventIndex, pair_event: np.ndarray
) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """Per group of :meth:`~toolkit.study._blocks.EventIndex.group_events`: its name, its
    events and its pairs (both in increasing order)."""
    groups = events.group_events()
    if len(groups) == 1:  # "all" alone: every pair
        return [(*groups[0], np.arange(len(pair_event)))]
    group_of = events.group_of()[pair_event]
    order = np.argsort(group_of, kind="stable")
    bounds = np.searchsorted(group_of[order], np.arange(len(groups) + 1))
    out = []
    for gi, (name, members) in enumerate(groups):
        pairs_g = np.arange(len(pair_event)) if gi == 0 else order[bounds[gi] : bounds[gi + 1]]
        out.append((name, members, pairs_g))
    return out


@dataclass(frozen=True, eq=False)
class GrankArrays:
    """The pair and per-event arrays of GRANK's second pass, allocated before the first pass
    so that their pages are faulted in while numba starts (:func:`toolkit.study._pages.populate`)
    rather than by the pass.

    Attributes
    ----------
    thresholds
        ``(K, pairs, windows)``, filled by :meth:`GrankPlan.build`.
    above, n_above
        ``(K, events, windows, T)`` and ``(K, pairs, windows)``, zero: the counts of
        :class:`GrankCounts`.
    """

    thresholds: np.ndarray
    above: np.ndarray
    n_above: np.ndarray

    @classmethod
    def allocate(cls, events: EventIndex, n_pairs: int, n_windows: int, n_days: int) -> GrankArrays:
        """The arrays for the located ``events`` and ``n_pairs`` pairs (``K`` is 2 when the
        events have groups but ``"all"``, as :meth:`GrankPlan.build` decides)."""
        n_kinds = 2 if len(events.group_events()) > 1 else 1
        n_events = len(events.event_ids)
        return cls(
            np.empty((n_kinds, n_pairs, n_windows)),
            np.zeros((n_kinds, n_events, n_windows, n_days)),
            np.zeros((n_kinds, n_pairs, n_windows)),
        )

    def arrays(self) -> list[np.ndarray]:
        """The three arrays."""
        return [self.thresholds, self.above, self.n_above]


@dataclass(frozen=True, eq=False)
class GrankPlan:
    """What GRANK's second pass compares each pair with, known once every pair is estimated.

    Attributes
    ----------
    sd
        CAR windows x groups: root mean square of the standardised CARs (NaN: no GRANK there).
    thresholds
        ``(K, pairs, windows)``: each pair's threshold in AR units against all events (0) and
        its group (1, only when the events have groups but ``"all"``: ``K`` is 1 otherwise);
        NaN where it has none.
    weights
        ``(pairs,)``: ``1 / (T_i + 2)``, each pair's weight in the per-event sums.
    """

    sd: np.ndarray
    thresholds: np.ndarray
    weights: np.ndarray

    @classmethod
    def build(
        cls,
        events: EventIndex,
        estimation: Estimation,
        car_ok: np.ndarray,
        thresholds: np.ndarray | None = None,
    ) -> GrankPlan:
        """The thresholds of every pair from the first pass's CARs (written into
        ``thresholds`` when given: :attr:`GrankArrays.thresholds`)."""
        b, nw = estimation.pairs, estimation.nw
        ev_of = b["event"]
        groups = pair_groups(events, ev_of)
        grank_sd = np.full((nw, len(groups)), np.nan)
        shape = (2 if len(groups) > 1 else 1, len(ev_of), nw)
        if thresholds is None:
            thr = np.full(shape, np.nan)
        else:
            assert thresholds.shape == shape
            thr = thresholds
            thr.fill(np.nan)
        for k in range(nw):
            ok_k = car_ok[:, k]
            for gi, (_, _, pairs_g) in enumerate(groups):
                # the group of every pair: its pairs with a CAR, without indexing all pairs
                sel = np.flatnonzero(ok_k) if gi == 0 else pairs_g[ok_k[pairs_g]]
                if len(sel) < 2:
                    continue
                with np.errstate(divide="ignore", invalid="ignore"):
                    scar_sel = b["car"][sel, k] / np.sqrt(b["car_var"][sel, k])
                sd = math.sqrt(float(np.mean(scar_sel**2)))
                if not sd > 0:
                    continue
                grank_sd[k, gi] = sd
                # in AR units: a standardised AR above scar / sd is an AR above this
                with np.errstate(divide="ignore", invalid="ignore"):
                    sd_pair = np.sqrt(b["sigma2"][sel])
                thr[0 if gi == 0 else 1, sel, k] = scar_sel / sd * sd_pair
        return cls(grank_sd, thr, 1.0 / (b["n_obs"] + 2.0))

    @property
    def needed(self) -> bool:
        """Whether any pair has a threshold (else the pass has nothing to count)."""
        return bool(np.any(np.isfinite(self.thresholds)))

    def zero_counts(
        self, n_events: int, n_pairs: int, n_days: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """``above`` and ``n_above`` of :class:`GrankCounts` for ``n_events`` events and
        ``n_pairs`` pairs of ``n_days`` estimation days, zero."""
        n_kinds, _, nw = self.thresholds.shape
        return np.zeros((n_kinds, n_events, nw, n_days)), np.zeros((n_kinds, n_pairs, nw))


def count_block(
    v: BlockView,
    returns: np.ndarray,
    first_row: int,
    beta: np.ndarray,
    garch_est: np.ndarray | None,
    estimated: bool,
    plan: GrankPlan,
    at: np.ndarray,
    above: np.ndarray,
    n_above: np.ndarray,
) -> None:
    """Count one block's estimation days above its pairs' thresholds.

    The one block function of GRANK's second pass, on threads (:func:`grank_pass`) and on
    Dask workers (:mod:`toolkit.study._distributed`).

    Parameters
    ----------
    v
        The block (without its estimation returns copied).
    returns
        The panel's returns ``v`` points into (assets x padded sessions).
    first_row
        The pair row of the first row of ``beta``, ``garch_est``, ``plan``'s arrays and
        ``n_above`` (0 for a whole fit).
    beta
        Coefficients of the pairs from ``first_row`` on.
    garch_est
        GARCH: the standardised estimation residuals of those pairs (the returns then are
        not read); else None.
    estimated
        Whether the model has coefficients (else the expected return is the offset).
    plan
        Thresholds and weights of the pairs from ``first_row`` on.
    at
        Where the block's events are in ``above``.
    above, n_above
        ``(K, events, windows, T)`` and ``(K, pairs, windows)``: added to and written
        (:meth:`GrankPlan.zero_counts`).
    """
    rows = v.rows
    B = len(v.e)
    M = (rows.stop - rows.start) // B
    T = v.keep.shape[-1]
    row0 = rows.start - first_row
    starts, assets, keep, x = v.starts, v.assets, v.keep, v.x
    if garch_est is not None:  # standardised residuals kept from the first pass
        returns, starts = garch_est, np.zeros(B, dtype=np.int64)
        assets = np.arange(row0, row0 + B * M).reshape(B, M)
        keep, x = np.ones((B, 1, T), dtype=bool), np.zeros((B, T, 1))
        coef = np.zeros((B, M, 1))
    elif estimated:
        coef = beta[row0 : row0 + B * M].reshape(B, M, -1)
    else:  # the expected return is the offset itself
        assert v.off is not None
        x, coef = np.nan_to_num(v.off)[..., None], np.ones((B, M, 1))
    count_above(
        returns,
        starts,
        # C order and writable, whatever the view: one compiled signature to load
        np.array(assets, dtype=np.int64, order="C"),
        keep,
        x,
        coef,
        plan.thresholds,
        plan.weights,
        at,
        row0,
        above,
        n_above,
    )


def grank_pass(
    events: EventIndex,
    blocks: Blocks,
    estimation: Estimation,
    car_ok: np.ndarray,
    arrays: GrankArrays | None = None,
) -> GrankCounts:
    """Count, for every pair and CAR window, the estimation days above the pair's CAR.

    Parameters
    ----------
    events
        The located events (their groups).
    blocks
        The events in blocks, as estimated.
    estimation
        The finished first pass.
    car_ok
        Pairs by CAR windows: True where the CAR was computed.
    arrays
        The pass's arrays allocated beforehand (:class:`GrankArrays`), or None to allocate
        them here.

    Returns
    -------
    GrankCounts
    """
    b = estimation.pairs
    if arrays is None:
        plan = GrankPlan.build(events, estimation, car_ok)
        above, n_above = plan.zero_counts(len(events.event_ids), len(b["event"]), estimation.T)
    else:
        plan = GrankPlan.build(events, estimation, car_ok, arrays.thresholds)
        above, n_above = arrays.above, arrays.n_above
    garch_est = estimation.garch_est if estimation.garch else None
    estimated = blocks.study.spec.estimated
    returns = blocks.panel.returns

    def work(v: BlockView, ws: Workspace) -> None:
        count_block(v, returns, 0, b["beta"], garch_est, estimated, plan, v.e, above, n_above)

    if plan.needed:
        blocks.each(work, copy_returns=False, event_returns=False)
    return GrankCounts(estimation, plan.sd, above, n_above)
