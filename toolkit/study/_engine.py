"""The engine of :meth:`EventStudy.fit`: every (event, asset) pair estimated, then tested.

:func:`run_fit` takes a built :class:`~toolkit.study.model.EventStudy` and its checked
:class:`FitOptions` and returns the :class:`~toolkit.study.results.EventStudyResults`:

1. place the events and cut them into blocks (:mod:`toolkit.study._blocks`);
2. estimate every block (:func:`estimate_block`, the first pass) into an :class:`Estimation`;
3. report what could not be computed (:func:`finish_fit`);
4. run the tests of each CAR window and group (:mod:`toolkit.study._cross_section`), with
   GRANK's second pass over the estimation windows (:mod:`toolkit.study._engine_ranks`).

The block function needs only a :class:`BlockSpec` (no returns frame) and the block's view of
the panel, and an :class:`Estimation` covers any run of pairs and set of events: a fit on
threads writes every block into one whole estimation; a fit on a Dask cluster
(:mod:`toolkit.study._distributed`) runs the same function on the workers into parts and merges
them (:meth:`Estimation.merge`). Steps 3 and 4 are the same for both.

What this module decides is what each pair and each event keeps from the first pass: per pair
the abnormal returns and their variances, CARs, standardised CARs (Patell's CSAR) and BHARs, and
the share of positive estimation ARs; per event the sums the Corrado, GRANK, Kolari-Pynnonen
(:mod:`toolkit.study._overlap`) and calendar-time (:mod:`toolkit.study._calendar_time`) tests
need, accumulated while the blocks are estimated so that no estimation AR is kept (but GARCH's
standardised residuals, which later passes cannot recompute cheaply). A pair enters the tests of
a CAR window only when its CAR there is computed: the Corrado sums of the pairs that miss a
window are kept apart and taken out of that window's test. Under ``model="garch"`` the
event-window ARs are ranked standardised by their conditional s.d. (times the pair's residual
s.d.), like the estimation residuals they are ranked with. It also decides what is reported as
skipped (a missing or infinite return in the event window among them), with which reason, and
the warnings about it. Each pair's CARs, standardised CARs and BHARs are derived and written with
its daily arrays in one compiled pass per block (:mod:`toolkit.study._collect_kernels`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from toolkit.errors import DataWarning, EventWarning
from toolkit.study._blocks import BlockItem, Blocks, BlockView, EventIndex, Layout, Panel
from toolkit.study._calendar_time import CalendarSums
from toolkit.study._collect_kernels import collect_pairs
from toolkit.study._cross_section import cross_section, grank_beside
from toolkit.study._engine_ranks import GrankArrays, GrankCounts, grank_pass
from toolkit.study._ols_pass import estimate_ols
from toolkit.study._overlap import Correlations, OverlapPlan
from toolkit.study._pages import ordinary_pages, populate
from toolkit.study._sum_kernels import start_numba, weighted_sums
from toolkit.study._workspace import Workspace
from toolkit.study.models import REASONS, ModelSpec, estimate_batch, estimate_garch
from toolkit.study.options import StudyOptions
from toolkit.study.ranks import average_ranks, key_layout, rank_sums
from toolkit.study.results import EventStudyResults

if TYPE_CHECKING:
    from toolkit.study.model import EventStudy
    from toolkit.study.windows import Window

#: Stands for the benchmark's returns when there is no benchmark (one compiled signature).
_NO_BENCH = np.zeros((1, 1))

__all__ = [
    "BlockSpec",
    "Estimation",
    "FitOptions",
    "estimate_block",
    "finish_fit",
    "residuals_in",
    "run_fit",
]


@dataclass(frozen=True)
class FitOptions:
    """The options of one :meth:`EventStudy.fit` call, checked there.

    Attributes
    ----------
    bootstrap
        Bootstrap resamples of the mean CAR and mean SCAR (0: none).
    seed
        Seed of the bootstrap.
    adjust
        ``"holm"``, ``"fdr_bh"`` or None: adjustment of the per-event p-values.
    rank_tests
        Whether the Corrado and GRANK tests are computed.
    n_jobs
        Threads that estimate blocks of events at once (at least 1).
    """

    bootstrap: int = 0
    seed: int | None = None
    adjust: str | None = None
    rank_tests: bool = True
    n_jobs: int = 1


def run_fit(study: EventStudy, options: FitOptions) -> EventStudyResults:
    """Estimate every (event, asset) pair of ``study`` and compute all its tests.

    Parameters
    ----------
    study
        A built event study.
    options
        The checked options of the call.

    Returns
    -------
    EventStudyResults

    Notes
    -----
    The fit's arrays are allocated on ordinary memory pages (:mod:`toolkit.study._pages`).
    In the first fit of a process numba starts on a side thread while the blocks are
    prepared and the pages of the arrays the blocks write (the pair arrays, the per-event and
    calendar-time sums: :meth:`Estimation.arrays`) faulted in
    (:func:`~toolkit.study._sum_kernels.start_numba`).
    """
    with ordinary_pages():
        return _run_fit(study, options)


def _run_fit(study: EventStudy, options: FitOptions) -> EventStudyResults:
    """:func:`run_fit` itself."""
    numba_start = start_numba()
    events = EventIndex.locate(study)
    events.warn_overlaps(study.event_window)
    blocks = Blocks(study, events, Panel.build(study, events), options.n_jobs)
    estimation = Estimation.build(
        BlockSpec.build(study, events, options.rank_tests), blocks.n_pairs
    )
    grank_arrays = None
    if options.rank_tests:
        grank_arrays = GrankArrays.allocate(events, blocks.n_pairs, estimation.nw, estimation.T)
    if numba_start is not None:
        # while numba starts, the pages of the arrays the blocks and GRANK's pass will write
        # (GIL free)
        populate([*estimation.arrays(), *(grank_arrays.arrays() if grank_arrays else [])])
        numba_start.join()
    estimation.run(blocks)
    return finish_fit(
        study,
        events,
        blocks,
        estimation,
        options,
        lambda car_ok: grank_pass(events, blocks, estimation, car_ok, grank_arrays),
    )


def _excluded_ranks(
    est_ar: np.ndarray, used: np.ndarray, ar: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Corrado's ``K`` rows (ranks over estimation and event days, ties averaged, divided by
    1 + the number of values) and where each row has a value, for rows taken out of a window."""
    values = np.concatenate([np.where(used, est_ar, np.nan), ar], axis=-1)
    present = ~np.isnan(values)
    k_rows = np.nan_to_num(average_ranks(values)) / (1.0 + present.sum(axis=-1, keepdims=True))
    return k_rows, present.astype(np.float64)


# -------------------------------------------------------------------- estimation
@dataclass(frozen=True, eq=False)
class BlockSpec:
    """What estimating a block of events needs about the study, without its returns.

    Small and picklable: the one argument, besides a block's view of the panel, of
    :func:`estimate_block`, whether the block runs on a thread here or on a Dask worker.

    Attributes
    ----------
    spec
        The normal-return model.
    estimation_window, event_window
        The windows, relative to day 0.
    min_obs
        Fewest estimation returns a pair needs.
    log
        Whether the returns are log returns (BHARs convert them first).
    rank_tests
        Whether the Corrado and GRANK rank sums are accumulated.
    n_events
        Events of the study (the per-event arrays of a whole fit).
    car_rows
        CAR windows x event days: 1 inside each window.
    sums
        The rows whose variances the models compute: each day, the running sum, each window.
    plan
        Which events overlap which (:class:`~toolkit.study._overlap.OverlapPlan`).
    """

    spec: ModelSpec
    estimation_window: Window
    event_window: Window
    min_obs: int
    log: bool
    rank_tests: bool
    n_events: int
    car_rows: np.ndarray
    sums: np.ndarray
    plan: OverlapPlan

    @classmethod
    def build(cls, study: EventStudy, events: EventIndex, rank_tests: bool) -> BlockSpec:
        """The block spec of ``study`` and its located ``events``."""
        evw = study.event_window
        L = evw.length
        car_rows = np.zeros((len(study.car_windows), L))
        for k, w in enumerate(study.car_windows):
            car_rows[k, w.start - evw.start : w.end - evw.start + 1] = 1.0
        return cls(
            spec=study.spec,
            estimation_window=study.estimation_window,
            event_window=evw,
            min_obs=study.min_estimation_obs,
            log=study.kind == "log",
            rank_tests=rank_tests,
            n_events=len(events.event_ids),
            car_rows=car_rows,
            # rows summed by the models: each day, the running sum, and each CAR window
            sums=np.vstack([np.eye(L), np.tril(np.ones((L, L))), car_rows]),
            plan=OverlapPlan.build(events, [w.length for w in study.car_windows]),
        )

    @property
    def T(self) -> int:
        """Estimation days."""
        return self.estimation_window.length

    @property
    def L(self) -> int:
        """Event days."""
        return self.event_window.length

    @property
    def nw(self) -> int:
        """CAR windows."""
        return len(self.car_rows)

    @property
    def garch(self) -> bool:
        """Whether the model is GARCH."""
        return self.spec.name == "garch"

    @property
    def least_squares(self) -> bool:
        """Whether the model's parameters are estimated by least squares (the compiled pass
        of :mod:`toolkit.study._ols_pass`)."""
        return self.spec.estimated and not self.garch


class Estimation:
    """What the first pass keeps: for a run of pair rows, the pair arrays, and for a set of
    events, the per-event sums.

    A whole fit's estimation (:meth:`build`) covers every pair and event; a part (:meth:`part`)
    covers the rows and events of some blocks, is filled by :func:`estimate_block` wherever the
    blocks run, and goes into the whole with :meth:`merge`. Blocks hold whole events, so a
    merge only places the part's arrays: the numbers are those of a single pass.

    Parameters
    ----------
    spec
        The study's block spec.
    rows
        The pair rows covered (``slice(0, n_pairs)`` for a whole fit).
    events
        The events covered (positions in the events frame), or None for all of them.

    Attributes
    ----------
    pairs
        One row per pair: ``event``, ``asset``, ``reason`` (0: estimated, else a key of
        :data:`~toolkit.study.models.REASONS`), ``n_obs``, ``n_nan``, ``dof``, ``sigma2``,
        ``frac_pos`` (share of positive estimation ARs), the daily ``ret``, ``expected``, ``ar``,
        ``ar_var``, ``path_var``, per CAR window ``car``, ``car_var``, ``csar``, ``bhar``,
        ``bhar_bench``, and the model's ``beta``.
    per_event
        One row per event: rank sums and counts per estimation and event day (Corrado:
        ``cor_sum``, ``cor_cnt`` over every estimated pair; GRANK: ``g_sum``, ``g_cnt`` per CAR
        window).
    corrado_out
        Per event with pairs whose CAR is not computed in some window, the Corrado sums and
        counts of those pairs per window ``(W, T + L)``: taken out of that window's test
        (:meth:`corrado_sums`).
    correlations
        The Kolari-Pynnonen correlation sums (:class:`~toolkit.study._overlap.Correlations`).
    calendar
        The calendar-time residual sums (:class:`~toolkit.study._calendar_time.CalendarSums`).
    garch_est
        GARCH standardised estimation residuals per pair, NaN outside the sample, kept for the
        later passes (empty for other models).
    """

    def __init__(self, spec: BlockSpec, rows: slice, events: np.ndarray | None) -> None:
        self.spec = spec
        self.rows = rows
        self.events = events
        self.garch = spec.garch
        self.T, self.L, self.nw = T, L, nw = spec.T, spec.L, spec.nw
        n = rows.stop - rows.start
        n_ev = spec.n_events if events is None else len(events)
        self._order = None if events is None else np.argsort(events, kind="stable")
        f8 = np.float64
        self.pairs: dict[str, np.ndarray] = {
            "event": np.zeros(n, dtype=np.int64),
            "asset": np.zeros(n, dtype=np.int64),
            "reason": np.zeros(n, dtype=np.int8),
            "n_obs": np.zeros(n, dtype=np.int64),
            "n_nan": np.zeros(n, dtype=np.int64),
            "dof": np.zeros(n, dtype=f8),
            "sigma2": np.zeros(n, dtype=f8),
            "frac_pos": np.zeros(n, dtype=f8),
            **{
                k: np.zeros((n, L), dtype=f8)
                for k in ("ret", "expected", "ar", "ar_var", "path_var")
            },
            **{
                k: np.zeros((n, nw), dtype=f8)
                for k in ("car", "car_var", "csar", "bhar", "bhar_bench")
            },
            "beta": np.zeros((n, spec.spec.n_params)),
            "exact": np.zeros(n, dtype=bool),
        }
        # GARCH standardised residuals cannot be recomputed cheaply for later passes: kept
        self.garch_est = np.zeros((n if self.garch else 0, T))
        self.per_event: dict[str, np.ndarray] = {
            "cor_sum": np.zeros((n_ev, T + L)),
            "cor_cnt": np.zeros((n_ev, T + L)),
            "g_sum": np.zeros((n_ev, nw, T)),
            "g_cnt": np.zeros((n_ev, nw, T)),
        }
        self.correlations = Correlations(spec.plan, n_ev, nw, T)
        self.calendar = CalendarSums(n_ev, nw, T, L)
        self.corrado_out: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def arrays(self) -> list[np.ndarray]:
        """The arrays the blocks write: the pair arrays, the per-event sums and the
        calendar-time sums."""
        cal = self.calendar
        return [*self.pairs.values(), *self.per_event.values(), cal.total, cal.count]

    def __getstate__(self) -> dict[str, object]:
        """A part travels without its spec (the receiver has it): arrays and sums only."""
        return {**self.__dict__, "spec": None}

    @classmethod
    def build(cls, spec: BlockSpec, n_pairs: int) -> Estimation:
        """The estimation of a whole fit: every pair and every event."""
        return cls(spec, slice(0, n_pairs), None)

    @classmethod
    def part(cls, spec: BlockSpec, items: Sequence[BlockItem], n_assets: int) -> Estimation:
        """The estimation of consecutive blocks ``items`` (their rows are one run)."""
        rows = slice(items[0].rows(n_assets).start, items[-1].rows(n_assets).stop)
        return cls(spec, rows, np.concatenate([it.events for it in items]))

    def local(self, e: np.ndarray) -> np.ndarray:
        """Where the events ``e`` are in the per-event arrays."""
        if self._order is None:
            return e
        assert self.events is not None
        return self._order[np.searchsorted(self.events, e, sorter=self._order)]

    def local_rows(self, rows: slice) -> slice:
        """Where the pair rows ``rows`` are in the pair arrays."""
        if self.rows.start == 0:
            return rows
        return slice(rows.start - self.rows.start, rows.stop - self.rows.start)

    def merge(self, part: Estimation) -> None:
        """Place the arrays of ``part`` (rows and events this estimation also covers)."""
        rows = self.local_rows(part.rows)
        for k, v in part.pairs.items():
            self.pairs[k][rows] = v
        if self.garch:
            self.garch_est[rows] = part.garch_est
        assert part.events is not None
        at = self.local(part.events)
        for k, v in part.per_event.items():
            self.per_event[k][at] = v
        self.correlations.merge(part.correlations, at)
        self.calendar.merge(part.calendar, at)
        self.corrado_out.update(part.corrado_out)

    def corrado_sums(self, members: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Corrado's rank sums and counts per day over the events ``members`` (increasing),
        without the pairs whose CAR is not computed in CAR window ``k``."""
        pe = self.per_event
        total, cnt = pe["cor_sum"][members].sum(axis=0), pe["cor_cnt"][members].sum(axis=0)
        if self.corrado_out:
            left_out = np.array(sorted(self.corrado_out))
            for ev in left_out[np.isin(left_out, members)].tolist():
                total = total - self.corrado_out[ev][0][k]
                cnt = cnt - self.corrado_out[ev][1][k]
        return total, cnt

    def run(self, blocks: Blocks) -> None:
        """Estimate every block on threads."""
        spec = self.spec
        # the least-squares pass reads the returns in the panel: no copy of the windows
        blocks.each(
            lambda v, ws: estimate_block(spec, v, ws, self), copy_returns=not spec.least_squares
        )


def estimate_block(spec: BlockSpec, v: BlockView, ws: Workspace, into: Estimation) -> None:
    """Estimate one block of events and keep what it gives in ``into`` (its rows and events).

    The one block function of a fit, on threads (:meth:`Estimation.run`) and on Dask workers
    (:mod:`toolkit.study._distributed`).
    """
    evw, est = spec.event_window, spec.estimation_window
    assert v.ye is not None  # the first pass reads the event-window returns
    if spec.least_squares:
        keys = key_layout(spec.T + spec.L) if spec.rank_tests else None
        out = estimate_ols(v, spec.sums, min_obs=spec.min_obs, keys=keys, workspace=ws)
        _collect(spec, v, out, ws, into)
        return
    assert v.y is not None  # the other models read a copy of the estimation returns
    if spec.garch:
        bench = None if spec.spec.garch_mean == "constant" else v.x[0, :, 1]
        bench_e = None if bench is None else v.xe[0, :, 1]
        horizons = np.arange(evw.start, evw.end + 1) - est.end
        out = estimate_garch(
            v.y[0],
            v.keep[0],
            bench,
            v.ye[0],
            bench_e,
            horizons,
            spec.sums,
            min_obs=spec.min_obs,
        )
    else:
        out = estimate_batch(
            v.y,
            v.keep,
            v.x,
            v.ye,
            v.xe,
            spec.sums,
            estimated=spec.spec.estimated,
            offset=v.off,
            offset_event=v.offe,
            min_obs=spec.min_obs,
            workspace=ws,
        )
    _collect(spec, v, out, ws, into)


def _collect(
    spec: BlockSpec, v: BlockView, out: dict[str, np.ndarray], ws: Workspace, into: Estimation
) -> None:
    """Store one block's estimates: CARs, SCARs and BHARs per pair, sums per event."""
    e, a = v.e, v.a
    rows, el = into.local_rows(v.rows), into.local(v.e)
    B, M = out["reason"].shape
    T, L, nw = spec.T, spec.L, spec.nw
    garch = spec.garch
    b, pe = into.pairs, into.per_event
    bad = out["reason"] != 0
    any_bad = bool(np.any(bad))
    var = out["var"]
    ar_var = var[..., :L]
    car_ok = _write_pairs(spec, v, out, rows, b)
    # the pair arrays now hold the block's ARs (NaN for pairs not estimated) and CARs
    ar = _block_rows(b["ar"], rows, B, M)
    car = _block_rows(b["car"], rows, B, M)
    used = out["used"]
    # a sample of every day of every pair comes as a read-only view of one True
    every_day = not any(used.strides)
    if any_bad:
        used = used & ~bad[..., None]
    all_used = not any_bad if every_day else bool(np.all(used))
    n_obs = out["n_obs"]
    sigma2 = out["sigma2"]
    if "n_positive" in out:
        with np.errstate(invalid="ignore", divide="ignore"):
            frac_pos = out["n_positive"] / n_obs
    else:
        frac_pos = _share_positive(out["est_ar"], used, all_used, n_obs, ws)
    if spec.rank_tests:
        # ranks: estimation and event-window ARs (Corrado), estimation ARs alone (GRANK);
        # GARCH's estimation ARs are e_t / sqrt(h_t) * s: event ARs are scaled alike
        ar_rank = ar
        if garch:
            with np.errstate(invalid="ignore", divide="ignore"):
                ar_rank = ar / np.sqrt(ar_var) * np.sqrt(sigma2)[..., None]
        valid_w = np.isfinite(car).astype(np.float64)
        wts = valid_w / (n_obs[..., None] + 2.0)
        sums = rank_sums(
            (out["est_ar"], ar_rank),
            T,
            wts,
            first_used=None if all_used else used,
            workspace=ws,
            keys=out.get("rank_keys"),
        )
        pe["cor_sum"][el] += sums.ksum
        pe["cor_cnt"][el] += sums.present
        pe["g_sum"][el] += sums.fsum
        if all_used:
            pe["g_cnt"][el] += valid_w.sum(axis=1)[..., None]
        else:
            pe["g_cnt"][el] += np.matmul(np.swapaxes(valid_w, 1, 2), used.astype(np.float64))
        # pairs estimated but without a CAR in some window: taken out of that window
        out_b, out_m = np.nonzero(~bad & ~car_ok.all(axis=-1))
        if len(out_b):
            k_rows, present = _excluded_ranks(
                out["est_ar"][out_b, out_m], used[out_b, out_m], ar_rank[out_b, out_m]
            )
            miss = ~car_ok[out_b, out_m]  # (rows, W)
            for j in np.unique(out_b).tolist():
                mine = out_b == j
                w = miss[mine].T.astype(np.float64)  # (W, rows)
                into.corrado_out[int(e[j])] = (w @ k_rows[mine], w @ present[mine])
    if garch:
        into.garch_est[rows] = np.where(used, out["est_ar"], np.nan).reshape(B * M, T)
    if "beta" in out:
        b["beta"][rows] = out["beta"].reshape(B * M, -1)
    # Kolari-Pynnonen: residual correlations within each event, and what the events that
    # overlap it need; calendar time: the residuals of each event's pairs, day by day
    elig = car_ok & (out["ssr"] > 0)[..., None]
    correlations, calendar = into.correlations, into.calendar
    exact, cut_w, cuts = correlations.collect_block(
        e, el, a is None, out["resid"], out["ssr"], used, all_used, v.ref, elig
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        scale = 1.0 / np.sqrt(sigma2) if garch else None
    cal_w = calendar.weights(car_ok, scale)
    # one pass over the residuals for both: the cut vectors' and the calendar sums
    weights = np.concatenate([cut_w, cal_w], axis=1)
    products = np.empty(weights.shape[:2] + (T,))
    weighted_sums(weights, np.ascontiguousarray(out["resid"]), products)
    n_cut = cut_w.shape[1]
    correlations.store_sums(e, el, cuts, products[:, :n_cut], v.ref)
    calendar.store(el, products[:, n_cut:], used, all_used, car_ok)
    with np.errstate(invalid="ignore", divide="ignore"):
        if garch:
            cal_ar, cal_h = ar / np.sqrt(ar_var), None
        else:
            cal_h = ar_var / sigma2[..., None] - 1.0 if spec.spec.estimated else None
            cal_ar = ar
    calendar.collect_ars(el, cal_ar, cal_h, car_ok, np.broadcast_to(out["sar_var"], (B, M, nw)))
    b["exact"][rows] = exact.reshape(-1)
    b["event"][rows] = np.repeat(e, M)
    b["asset"][rows] = np.tile(np.arange(M), B) if a is None else a
    b["reason"][rows] = out["reason"].reshape(-1)
    b["n_obs"][rows] = n_obs.reshape(-1)
    b["n_nan"][rows] = out["n_nan"].reshape(-1)
    b["dof"][rows] = np.broadcast_to(out["dof"], (B, M)).reshape(-1)
    b["sigma2"][rows] = sigma2.reshape(-1)
    b["frac_pos"][rows] = frac_pos.reshape(-1)


def _write_pairs(
    spec: BlockSpec, v: BlockView, out: dict[str, np.ndarray], rows: slice, b: dict[str, np.ndarray]
) -> np.ndarray:
    """Write one block's daily arrays, CARs, standardised CARs and BHARs into the pair arrays
    ``b`` (rows ``rows``) in one compiled pass (:func:`~toolkit.study._collect_kernels.collect_pairs`);
    returns where the CAR is computed ``(B, M, W)``.

    The kernel reads C-contiguous arrays of one type whatever the model gave (broadcast views
    among them), so that a single compiled signature serves every model.
    """
    reason = out["reason"]
    B, M = reason.shape
    L = spec.L
    shape = (B, M, L)
    assert v.ye is not None

    def block(a: np.ndarray, shape: tuple[int, ...] = shape) -> np.ndarray:
        return np.ascontiguousarray(np.broadcast_to(a, shape), dtype=np.float64)

    ret, expected = block(v.ye), block(out["expected"])
    bench = _NO_BENCH if v.be is None else block(v.be, (B, L))
    if spec.log:  # buy-and-hold returns compound simple returns
        simple, simple_expected, simple_bench = np.expm1(ret), np.expm1(expected), np.expm1(bench)
    else:
        simple, simple_expected, simple_bench = ret, expected, bench
    car_ok = np.empty((B, M, spec.nw), dtype=bool)
    collect_pairs(
        block(out["ar"]),
        np.ascontiguousarray(reason, dtype=np.int8),
        block(out["var"], (B, M, 2 * L + spec.nw)),
        block(out["sar_var"], (B, M, spec.nw)),
        ret,
        expected,
        simple,
        simple_expected,
        simple_bench,
        v.be is not None,
        spec.car_rows,
        rows.start,
        b["ret"],
        b["expected"],
        b["ar"],
        b["ar_var"],
        b["path_var"],
        b["car"],
        b["car_var"],
        b["csar"],
        b["bhar"],
        b["bhar_bench"],
        car_ok,
    )
    return car_ok


def _block_rows(column: np.ndarray, rows: slice, n_events: int, n_assets: int) -> np.ndarray:
    """The pair rows ``rows`` of ``column`` (pairs x days or windows) as a writable view
    ``(events, assets, days or windows)``, so that a block's arrays are written without an
    intermediate copy (an error, never a silent copy, if the rows were not contiguous)."""
    return column[rows].reshape((n_events, n_assets, -1), copy=False)


def _share_positive(
    est_ar: np.ndarray, used: np.ndarray, all_used: bool, n_obs: np.ndarray, ws: Workspace
) -> np.ndarray:
    """Per pair, the share of its estimation ARs (on its sample ``used``) that are positive."""
    positive = np.greater(est_ar, 0.0, out=ws.get("positive", used.shape, bool))
    if not all_used:
        positive &= used
    with np.errstate(invalid="ignore", divide="ignore"):
        # (a count over the last axis in small integers: several times faster than
        # count_nonzero, which casts every element to the platform integer)
        count_type = np.uint16 if est_ar.shape[-1] < 2**16 else np.uint32
        return np.add.reduce(positive.view(np.uint8), axis=-1, dtype=count_type) / n_obs


# -------------------------------------------------------------------- results
def finish_fit(
    study: EventStudy,
    events: EventIndex,
    blocks: Blocks,
    estimation: Estimation,
    options: FitOptions,
    grank: Callable[[np.ndarray], GrankCounts],
    residuals: Callable[[np.ndarray], np.ndarray] | None = None,
) -> EventStudyResults:
    """Collect the skipped entries, warn about them and run the cross-sectional tests.

    ``estimation`` is the whole fit's, every block merged; ``grank`` runs GRANK's second pass
    given the pairs by CAR windows whose CAR is computed (on threads here, or on Dask
    workers); ``residuals`` gives the estimation residuals of the given pair rows for the
    Kolari-Pynnonen sums (None: from ``blocks.panel`` here, :func:`residuals_in`).

    With more than one thread GRANK's pass runs on a side thread from the start
    (:func:`~toolkit.study._cross_section.grank_beside`), beside the Kolari-Pynnonen sums
    across events (after them when the residuals come from the cluster), the report of the
    skipped entries and the other tests.
    """
    b = estimation.pairs
    params = _params(study, options)
    if len(b["event"]) == 0:
        return EventStudyResults._empty(study, events.skipped, params)
    car_ok = np.isfinite(b["car"]) & (b["reason"] == 0)[:, None]

    def correlations() -> None:
        estimation.correlations.finish(
            b["event"],
            events.pos,
            car_ok,
            b["exact"],
            residuals or (lambda rows: _residual_rows(blocks, estimation, rows)),
        )

    if residuals is not None:  # (computed on the cluster, which GRANK's pass also uses)
        correlations()
    # GRANK's second pass, beside the Kolari-Pynnonen sums across events, the report of the
    # skipped entries and the other tests
    with grank_beside(options, lambda: grank(car_ok)) as grank_counts:
        if residuals is None:
            correlations()
        skipped = _report_skipped(study, events, estimation, car_ok)
        cs = cross_section(study, events, estimation, car_ok, options, grank_counts)
    return EventStudyResults(
        study,
        b,
        car_ok,
        cs.caar,
        cs.tests,
        skipped,
        params,
        options.adjust,
        calendar=cs.calendar,
        overlap=cs.overlap,
    )


def _report_skipped(
    study: EventStudy, events: EventIndex, estimation: Estimation, car_ok: np.ndarray
) -> list[tuple[str, str, str]]:
    """The skipped entries (the events' and the pairs'), and the warnings about them and about
    the missing estimation returns."""
    b = estimation.pairs
    reason = b["reason"]
    kept = reason != 1
    n_nan = int(b["n_nan"][kept].sum())
    if n_nan:
        warnings.warn(
            f"{n_nan} missing returns inside estimation windows were dropped "
            f"({int(np.count_nonzero(b['n_nan'][kept]))} event-asset pairs); "
            f"min_estimation_obs={study.min_estimation_obs} then decided which pairs are kept.",
            DataWarning,
            stacklevel=5,  # the caller of EventStudy.fit
        )
    skipped = list(events.skipped)
    ev_ids, assets = events.event_ids, events.assets
    T = estimation.T
    for i in np.flatnonzero(reason != 0):
        code = int(reason[i])
        why = REASONS[code]
        if code == 1:
            why += f" ({int(b['n_obs'][i])} of {T} estimation days usable, {study.min_estimation_obs} needed)"
        skipped.append((ev_ids[b["event"][i]], assets[b["asset"][i]], why))
    ok = reason == 0
    win_labels = [w.label for w in study.car_windows]
    evw = study.event_window
    for i in np.flatnonzero(ok & np.any(~np.isfinite(b["ar"]), axis=1)):
        missing = np.flatnonzero(~np.isfinite(b["ar"][i])) + evw.start
        bad_w = [win_labels[k] for k in np.flatnonzero(~car_ok[i])]
        effect = (
            f"window(s) {', '.join(bad_w)} not computed"
            if bad_w
            else "those days are left out of abnormal_returns; every CAR window is complete"
        )
        infinite = np.flatnonzero(np.isinf(b["ar"][i])) + evw.start
        what = (
            f"no return on relative days {missing.tolist()} (missing or beyond the data)"
            if len(infinite) == 0
            else f"no finite return on relative days {missing.tolist()} (infinite on "
            f"{infinite.tolist()}; missing, infinite or beyond the data)"
        )
        skipped.append((ev_ids[b["event"][i]], assets[b["asset"][i]], f"{what}: {effect}"))
    if skipped:
        shown = "; ".join(f"{e}/{a}: {r}" for e, a, r in skipped[:3])
        warnings.warn(
            f"{len(skipped)} event-asset entries skipped (see results.skipped): {shown}"
            + (" ..." if len(skipped) > 3 else ""),
            EventWarning,
            stacklevel=5,  # the caller of EventStudy.fit
        )
    return skipped


def _residual_rows(blocks: Blocks, estimation: Estimation, rows: np.ndarray) -> np.ndarray:
    """Estimation residuals of the pairs ``rows`` recomputed from their coefficients ``(P, T)``,
    NaN outside each pair's sample (GARCH: the standardised residuals kept)."""
    if estimation.garch:
        return estimation.garch_est[rows]
    b = estimation.pairs
    return residuals_in(
        blocks.panel,
        blocks.layout(),
        blocks.study.spec.estimated,
        b["event"][rows],
        b["asset"][rows],
        b["beta"][rows],
    )


def residuals_in(
    panel: Panel,
    layout: Layout,
    estimated: bool,
    event: np.ndarray,
    asset: np.ndarray,
    beta: np.ndarray,
) -> np.ndarray:
    """Estimation residuals ``(P, T)`` of the pairs ``(event, asset)`` with coefficients
    ``beta``, NaN outside each pair's sample, from ``panel``: the whole panel or a
    :meth:`~toolkit.study._blocks.Panel.window` holding their estimation windows (on a Dask
    worker)."""
    days = (layout.pos[event] + panel.pad_lo + layout.estimation_window.start)[:, None]
    days = days + np.arange(layout.T)
    y = panel.returns[asset[:, None], days]
    occ = panel.occupied
    occupied = occ[days, asset[:, None]] if occ.shape[1] > 1 else occ[days, 0]
    keep = panel.keep_reg[days] & ~occupied & np.isfinite(y)
    if estimated:
        fit = np.einsum("ptj,pj->pt", np.nan_to_num(panel.x[days]), beta)
    else:
        assert panel.offset is not None
        fit = np.nan_to_num(panel.offset[days])
    return np.where(keep, y - fit, np.nan)


def _params(study: EventStudy, options: FitOptions) -> StudyOptions:
    """``results.options``: the frozen record of the study's and the call's settings
    (``results.params`` is its dict)."""
    return StudyOptions.build(study, options)
