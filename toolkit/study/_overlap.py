"""The Kolari-Pynnonen mean correlation r-bar over every pair of pairs that share sessions.

Kolari and Pynnonen (2010) scale BMP and Patell by the mean correlation r-bar of the
standardised CARs. Two (event, asset) pairs whose CAR windows share ``s`` of their ``L_w``
sessions have standardised CARs correlated ``s / L_w`` times the correlation of their residuals;
pairs that share no session are uncorrelated. So, per CAR window ``w``,

    r-bar = sum over ordered pairs p != q of (s_pq / L_w) rho_pq / (N (N - 1)),

over the ``N`` pairs of a group whose CAR is computed, where ``rho_pq`` is the Pearson
correlation of the two estimation residual series over the calendar sessions both have
(pairwise complete). Pairs on the same day 0 (same event, or different event ids on the same
session) have ``s = L_w``, whatever their ids.

What this module decides is how that sum is computed without a loop over pairs of pairs:

- **Regular pairs** (:meth:`Correlations.collect_block`): a pair of an event of every asset
  whose estimation sample is the panel's ``reference`` sample on its window (no missing return,
  no event window of its own) and whose CAR is computed in every window. On any stretch of
  sessions, regular pairs have the same sample, so the sum of their correlations with those of
  another event is the dot product of two vectors: the sums of their residuals standardised on
  that stretch. Each event keeps the vector over its whole window (``zfull``) and over the
  window cut by ``d`` sessions at the start (``zhead``) or end (``ztail``) for the distances
  ``d`` to the events it overlaps (:class:`OverlapPlan`); within an event the sum is
  ``|sum z|^2 - n``. Which pairs are regular and their weights in those sums are decided per
  block by one compiled call (:func:`~toolkit.study._sum_kernels.regular_weights`).
- **Other pairs** (missing returns, their own event windows, events of one asset, a CAR missing
  in some window): their correlations are computed exactly, as pairwise-complete correlation
  matrices (:func:`masked_corr`): within their event in the first pass, and with the pairs of the
  events they overlap after it (:meth:`Correlations.finish`), their residuals recomputed from
  the stored coefficients a position at a time.

A correlation needs three common sessions and residuals that vary on them; otherwise it is 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from toolkit.study._blocks import EventIndex
from toolkit.study._sum_kernels import pairwise_corr, regular_weights

__all__ = ["Correlations", "OverlapPlan", "masked_corr"]

#: Fewest common sessions for a correlation (fewer: counted as 0).
MIN_COMMON = 3

#: Stands for the samples when every pair uses every day (one compiled signature).
_NO_SAMPLE = np.zeros((1, 1, 1), dtype=bool)


def masked_corr(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pearson correlations of every row of ``a`` with every row of ``b`` (pairwise complete).

    Parameters
    ----------
    a, b
        ``(n_a, T)`` and ``(n_b, T)`` series on the same sessions, NaN where missing.

    Returns
    -------
    numpy.ndarray
        ``(n_a, n_b)``: each correlation over the sessions both rows have; 0 where they have
        fewer than :data:`MIN_COMMON` or one of them does not vary there.

    Examples
    --------
    >>> x = np.array([[1.0, 2.0, 3.0, np.nan], [1.0, 0.0, 1.0, 5.0]])
    >>> masked_corr(x, x).round(3).tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    out = np.empty((a.shape[0], b.shape[0]))
    pairwise_corr(_centred(a), _centred(b), MIN_COMMON, out)
    return out


def _centred(x: np.ndarray) -> np.ndarray:
    """Each row minus the mean of its non-missing values (NaN stays NaN)."""
    present = np.isfinite(x)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(present, x, 0.0).sum(axis=1, keepdims=True) / present.sum(
            axis=1, keepdims=True
        )
    return np.ascontiguousarray(np.where(present, x - np.nan_to_num(mean), np.nan))


@dataclass(frozen=True, eq=False)
class Cut:
    """One event's regular residuals standardised on its window cut at one end.

    Attributes
    ----------
    block, row
        Where its weighted sum is in the block's products (event ``block``, row ``row`` of the
        cut vectors, after the event's own row); the weights there are ``1 / s`` of each
        regular pair on the rest of the window.
    event, side, d
        The event, the end cut (0: start, 1: end) and the sessions cut.
    shift
        ``sum mean / s``: taken off every session of the reference sample.
    """

    block: int
    row: int
    event: int
    side: int
    d: int
    shift: float


@dataclass(frozen=True, eq=False)
class OverlapPlan:
    """Which events overlap which, decided from day-0 positions before the first pass.

    Attributes
    ----------
    lengths
        Length of each CAR window.
    dmax
        The largest distance in sessions at which two CAR windows still share a session.
    group_of
        Per event, its number in :meth:`EventIndex.group_events` (0 when its group is ``"all"``).
    n_groups
        Number of groups, ``"all"`` included.
    cuts
        ``(event, row, side, d)``, sorted by event: the cut windows each event of every asset
        needs, ``d >= 1`` sessions off the start (side 0: a later event overlaps it) or the
        end (side 1: an earlier one does).
    needs_full
        Events of every asset that share day 0 with another such event.
    common_pairs
        ``(e, f, d)``: pairs of events of every asset, ``f`` ``d`` sessions after ``e``
        (``0 <= d <= dmax``, each pair once).
    """

    lengths: np.ndarray
    dmax: int
    group_of: np.ndarray
    n_groups: int
    cuts: np.ndarray
    needs_full: np.ndarray
    common_pairs: list[tuple[int, int, int]]

    @classmethod
    def build(cls, events: EventIndex, lengths: list[int]) -> OverlapPlan:
        """The plan for located ``events`` and CAR windows of ``lengths`` sessions."""
        group_of = events.group_of()
        n_groups = int(group_of.max(initial=0)) + 1
        dmax = max(lengths) - 1
        common = np.flatnonzero((events.pos >= 0) & (events.asset_of < 0))
        common = common[np.argsort(events.pos[common], kind="stable")]
        pos = events.pos[common]
        heads: dict[int, list[int]] = {}
        tails: dict[int, list[int]] = {}
        needs_full = np.zeros(len(events.event_ids), dtype=bool)
        pairs: list[tuple[int, int, int]] = []
        for i, e in enumerate(common):
            j = i + 1
            while j < len(common) and pos[j] - pos[i] <= dmax:
                f, d = int(common[j]), int(pos[j] - pos[i])
                pairs.append((int(e), f, d))
                if d == 0:
                    needs_full[e] = needs_full[f] = True
                else:
                    heads.setdefault(int(e), []).append(d)
                    tails.setdefault(f, []).append(d)
                j += 1
        rows: list[tuple[int, int, int, int]] = []  # event, row, side, d: heads, then tails
        for ev in sorted(set(heads) | set(tails)):
            cut = [(0, d) for d in sorted(set(heads.get(ev, [])))]
            cut += [(1, d) for d in sorted(set(tails.get(ev, [])))]
            rows.extend((ev, r, side, d) for r, (side, d) in enumerate(cut))
        cuts = np.array(rows, dtype=np.int64).reshape(-1, 4)
        return cls(np.asarray(lengths), dmax, group_of, n_groups, cuts, needs_full, pairs)

    def weights(self, d: int) -> np.ndarray:
        """Per CAR window, the share of the window two pairs ``d`` sessions apart share."""
        return np.maximum(self.lengths - d, 0) / self.lengths


class Correlations:
    """Sums of residual correlations: within each event, and across events that overlap.

    Parameters
    ----------
    plan
        Which events overlap which.
    n_events, n_windows, n_days
        Events, CAR windows and estimation days of the study.

    Attributes
    ----------
    offdiag
        ``(events, windows)``: sum of ``rho`` over ordered pairs of distinct pairs of the event
        whose CAR is computed in that window.
    n_fit
        ``(events, windows)``: those pairs.
    cross
        ``(windows, groups)``: sum over ordered pairs of pairs of different events of
        ``(s / L_w) rho``, over all events (group 0) and within each group.
    """

    def __init__(self, plan: OverlapPlan, n_events: int, n_windows: int, n_days: int) -> None:
        self.plan = plan
        self.T = n_days
        self.offdiag = np.zeros((n_events, n_windows))
        self.n_fit = np.zeros((n_events, n_windows), dtype=np.int64)
        self.cross = np.zeros((n_windows, plan.n_groups))
        self._zfull: dict[int, np.ndarray] = {}
        self._zcut: dict[tuple[int, int, int], np.ndarray] = {}

    # ------------------------------------------------------------------ first pass
    def collect_block(
        self,
        e: np.ndarray,
        at: np.ndarray,
        common: bool,
        resid: np.ndarray,
        ssr: np.ndarray,
        used: np.ndarray,
        all_used: bool,
        ref: np.ndarray,
        elig: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray, list[Cut]]:
        """Add one block's within-event sums; say what the cut vectors need.

        Parameters
        ----------
        e
            The block's events ``(B,)``.
        at
            Where they are in the per-event arrays (``e`` itself for a whole fit).
        common
            Whether they are events of every asset (else one asset each).
        resid, ssr, used
            Estimation residuals ``(B, M, T)`` (zero outside the sample and centred on it),
            their sums of squares ``(B, M)`` and the samples ``(B, M, T)``.
        all_used
            Whether every estimation day of every pair is in its sample.
        ref
            The reference sample on each event's estimation window ``(B, T)``.
        elig
            ``(B, M, W)``: estimated pairs whose CAR is computed in each window.

        Returns
        -------
        exact : numpy.ndarray
            ``(B, M)``: the pairs whose correlations are computed exactly (not regular, CAR in
            some window).
        weights : numpy.ndarray
            ``(B, C, M)``: weights of the residuals whose products with ``resid`` the caller
            hands to :meth:`store_sums` with ``cuts``. Row 0 (events of every asset) weighs
            each regular pair by ``1 / sqrt(ssr)``: its product is the event's sum of
            standardised residuals, whose square gives the regular pairs' correlations; the
            cut vectors follow.
        cuts : list of Cut
        """
        if not common:
            self.n_fit[at] = np.count_nonzero(elig, axis=1)
            return np.asarray(elig.any(axis=-1)), np.zeros((len(e), 0, resid.shape[1])), []
        plan = self.plan
        # the block's cuts (its events are increasing): (event, row, side, d)
        lo, hi = np.searchsorted(plan.cuts[:, 0], [e[0], e[-1] + 1])
        mine = plan.cuts[lo:hi]
        block = np.minimum(np.searchsorted(e, mine[:, 0]), len(e) - 1)
        mine_in = e[block] == mine[:, 0]  # (events between the block's that are not in it)
        mine, block = mine[mine_in], block[mine_in]
        B, M = elig.shape[:2]
        any_elig, regular = np.empty((B, M), dtype=bool), np.empty((B, M), dtype=bool)
        n_fit = np.empty((B, elig.shape[2]), dtype=np.int64)
        weights = np.empty((B, int(mine[:, 1].max(initial=-1)) + 2, M))
        cut_w, cut_mean = np.empty((len(mine), M)), np.empty((len(mine), M))
        with np.errstate(invalid="ignore", divide="ignore"):
            regular_weights(
                np.ascontiguousarray(elig, dtype=bool),
                _NO_SAMPLE if all_used else np.ascontiguousarray(used, dtype=bool),
                not all_used,
                not (all_used and bool(np.all(ref))),
                np.ascontiguousarray(ref, dtype=bool),
                np.ascontiguousarray(resid, dtype=np.float64),
                np.ascontiguousarray(ssr, dtype=np.float64),
                block,
                np.ascontiguousarray(mine[:, 1]),
                np.ascontiguousarray(mine[:, 2]),
                np.ascontiguousarray(mine[:, 3]),
                MIN_COMMON,
                any_elig,
                regular,
                n_fit,
                weights,
                cut_w,
                cut_mean,
            )
        self.n_fit[at] = n_fit
        # the regular pairs' correlations sum to |sum of standardised residuals|^2 less their
        # number: that sum is row 0 of the weights, added in by store_sums
        self.offdiag[at] = -np.count_nonzero(regular, axis=1)[:, None].astype(np.float64)
        exact = any_elig & ~regular
        for j in np.flatnonzero(np.any(exact, axis=1)).tolist():
            self.offdiag[at[j]] += self._within_exact(resid[j], used[j], elig[j], exact[j])
        if not len(mine):
            return exact, weights, []
        # each cut's residuals standardised on the rest of the window: their mean there, in
        # units of their s.d., is taken off every session of the reference sample
        shift = np.einsum("im,im->i", cut_w, cut_mean)
        cuts = [
            Cut(j, r, ev, side, d, sh)
            for j, (ev, r, side, d), sh in zip(block.tolist(), mine.tolist(), shift.tolist())
        ]
        return exact, weights, cuts

    def __getstate__(self) -> dict[str, object]:
        """Sums travel without the plan (the receiver has it)."""
        return {**self.__dict__, "plan": None}

    def merge(self, part: Correlations, at: np.ndarray) -> None:
        """Place the within-event sums and cut vectors of ``part``, whose events are at
        ``at`` here (before :meth:`finish`)."""
        self.offdiag[at] = part.offdiag
        self.n_fit[at] = part.n_fit
        self._zfull.update(part._zfull)
        self._zcut.update(part._zcut)

    def store_sums(
        self,
        e: np.ndarray,
        at: np.ndarray,
        cuts: list[Cut],
        products: np.ndarray,
        ref: np.ndarray,
    ) -> None:
        """Finish what :meth:`collect_block` began, given ``products[b, r]``, the weights of
        event ``b``'s row ``r`` times its residuals (no rows: events of one asset each).

        Row 0 completes the regular pairs' within-event sums and is the event's vector for
        the overlaps of events on the same day; the cut vectors are the rows after it.
        """
        if products.shape[1] == 0:
            return
        tot = products[:, 0]
        self.offdiag[at] += np.einsum("bt,bt->b", tot, tot)[:, None]
        for j in np.flatnonzero(self.plan.needs_full[e]).tolist():
            self._zfull[int(e[j])] = tot[j].copy()
        for c in cuts:
            kept = slice(c.d, None) if c.side == 0 else slice(0, self.T - c.d)
            self._zcut[(c.event, c.side, c.d)] = (
                products[c.block, c.row + 1, kept] - c.shift * ref[c.block, kept]
            )

    @staticmethod
    def _within_exact(
        resid: np.ndarray, used: np.ndarray, elig: np.ndarray, exact: np.ndarray
    ) -> np.ndarray:
        """Per window, the ordered sums within one event that involve an exact pair."""
        rows = np.flatnonzero(elig.any(axis=-1))
        series = np.where(used[rows], resid[rows], np.nan)
        is_exact = exact[rows]
        rho = masked_corr(series[is_exact], series)
        rho[np.arange(rho.shape[0]), np.flatnonzero(is_exact)] = 0.0  # a pair with itself
        out = np.zeros(elig.shape[-1])
        for k in range(elig.shape[-1]):
            ek = elig[rows, k]
            m = rho[ek[is_exact]][:, ek]
            col_exact = is_exact[ek]
            # exact x regular counts twice (both orders); exact x exact is a full square
            out[k] = 2.0 * m[:, ~col_exact].sum() + m[:, col_exact].sum()
        return out

    # ------------------------------------------------------------------ across events
    def finish(
        self,
        pair_event: np.ndarray,
        pos: np.ndarray,
        elig: np.ndarray,
        exact: np.ndarray,
        residuals: Callable[[np.ndarray], np.ndarray],
    ) -> None:
        """Add the sums over pairs of pairs of different events that share sessions.

        Parameters
        ----------
        pair_event
            Event of each pair.
        pos
            Day-0 row of each event.
        elig
            ``(pairs, windows)``: pairs whose CAR is computed.
        exact
            Pairs whose correlations are computed exactly.
        residuals
            Estimation residuals of the given pairs ``(P, T)``, NaN outside their samples.
        """
        self._cross_regular()
        # pairs of pairs with at least one exact member, a day-0 position at a time (the
        # residuals of the last 2 dmax + 1 positions are kept)
        cand = np.flatnonzero(elig.any(axis=1))
        if not np.any(exact[cand]):
            return
        cand = cand[np.argsort(pos[pair_event[cand]], kind="stable")]
        cpos = pos[pair_event[cand]]
        starts = np.flatnonzero(np.r_[True, cpos[1:] != cpos[:-1]])
        at = {int(cpos[s]): cand[s:t] for s, t in zip(starts, np.r_[starts[1:], len(cand)])}
        dmax, T = self.plan.dmax, self.T
        group_of = self.plan.group_of
        cache: dict[int, np.ndarray] = {}
        for x in sorted({int(p) for p in pos[pair_event[cand[exact[cand]]]]}):
            for old in [k for k in cache if k < x - dmax]:
                del cache[old]
            rows_x = at[x]
            ex = exact[rows_x]
            if x not in cache:
                cache[x] = residuals(rows_x)
            a_rows, a = rows_x[ex], cache[x][ex]
            for y in range(x - dmax, x + dmax + 1):
                rows_y = at.get(y)
                if rows_y is None:
                    continue
                if y not in cache:
                    cache[y] = residuals(rows_y)
                d = abs(y - x)
                if y >= x:
                    rho = masked_corr(a[:, d:], cache[y][:, : T - d])
                else:
                    rho = masked_corr(a[:, : T - d], cache[y][:, d:])
                ev_a, ev_b = pair_event[a_rows], pair_event[rows_y]
                rho[ev_a[:, None] == ev_b[None, :]] = 0.0  # within an event: first pass
                # a pair of two exact pairs is met from both sides: half each time
                col_w = np.where(exact[rows_y], 0.5, 1.0)
                ga, gb = group_of[ev_a], group_of[ev_b]
                for g in np.unique(ga).tolist():
                    ra = ga == g
                    for h in np.unique(gb).tolist():
                        rb = gb == h
                        block = rho[ra][:, rb]
                        tot = np.einsum(
                            "ij,ik,jk->k",
                            block,
                            elig[a_rows[ra]].astype(np.float64),
                            elig[rows_y[rb]] * col_w[rb, None],
                        )
                        self._add(tot, d, g, h)

    def _add(self, total: np.ndarray | float, d: int, ga: int, gb: int) -> None:
        """Add ``total`` (a scalar, or per window) at distance ``d`` between groups."""
        share = self.plan.weights(d)
        # ordered pairs: both orders; windows the two do not share get nothing
        w = np.where(share > 0, 2.0 * share * total, 0.0)
        self.cross[:, 0] += w
        if ga == gb and ga:
            self.cross[:, ga] += w

    def _cross_regular(self) -> None:
        group_of = self.plan.group_of
        for e, f, d in self.plan.common_pairs:
            if d == 0:
                a, b = self._zfull.get(e), self._zfull.get(f)
            else:
                a, b = self._zcut.get((e, 0, d)), self._zcut.get((f, 1, d))
            if a is None or b is None:
                continue
            self._add(float(a @ b), d, int(group_of[e]), int(group_of[f]))

    # ------------------------------------------------------------------ r-bar
    def rbar(self, k: int, gi: int, members: np.ndarray) -> tuple[float, int]:
        """Mean correlation of CAR window ``k`` and group ``gi`` (its events ``members``, in
        increasing order), floored at 0, and the number of pairs it is over.

        A negative mean is sampling noise and is set to 0, so the adjustment never inflates a
        statistic.
        """
        fit_ev = members[self.n_fit[members, k] > 0]
        n_fit = int(self.n_fit[fit_ev, k].sum())
        if n_fit < 2:
            return 0.0, n_fit
        total = float(self.offdiag[fit_ev, k].sum()) + float(self.cross[k, gi])
        return max(total / (n_fit * (n_fit - 1)), 0.0), n_fit
