"""Event studies: abnormal returns, CARs, CAARs and their tests for many events and assets.

:class:`EventStudy` validates its inputs when built; :meth:`EventStudy.fit` estimates the
normal-return model of every (event, asset) pair with array operations (see
:mod:`toolkit.study.models`) and returns an :class:`EventStudyResults` with tidy frames keyed by
``event_id`` and ``asset``. Windows are counted in rows of the returns index (trading sessions)
relative to day 0. Formulas and references: ``docs/methods.md``.
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view
from scipy import stats

from toolkit.errors import DataWarning, EventWarning, InputError, check_option
from toolkit.study import inference as inf
from toolkit.study._rank_kernels import count_above
from toolkit.study._workspace import Workspace
from toolkit.study.events import EventSet, align_events
from toolkit.study.models import (
    REASONS,
    ModelSpec,
    estimate_batch,
    estimate_garch,
    resolve_model,
)
from toolkit.study.ranks import TieRows, rank_sums
from toolkit.study.windows import check_layout, parse_window, parse_windows

__all__ = ["CAAR_TESTS", "EventStudy", "EventStudyResults"]

#: Cross-sectional tests reported in ``caar`` (each with a ``<name>_pvalue`` column).
CAAR_TESTS: tuple[str, ...] = (
    "j1",
    "j2",
    "patell",
    "bmp",
    "bmp_kp",
    "corrado",
    "sign",
    "wilcoxon",
    "grank",
    "patell_kp",
)
#: Returns per block of events (about 9 events of 500 assets): large enough that the numpy
#: calls of one block outweigh their Python overhead, which holds the GIL and so keeps
#: threads waiting on each other (300,000 gave 1.7 s on two threads where this gives 1.3 s).
_CHUNK_ELEMENTS = 1_200_000
_DEFAULT_CAR_WINDOWS = ((-1, 1), (0, 0), (0, 1))
#: One CAR window and event group of the cross-sectional tests: window and group numbers, the
#: pairs selected, the group's events, and the tests by name.
_Cell = tuple[int, int, np.ndarray, np.ndarray, dict[str, inf.TestStatistic]]


def _usable_cores() -> int:
    """Cores this process may run on (the affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _as_returns(returns: Any) -> pd.DataFrame:
    if isinstance(returns, pd.Series):
        returns = returns.to_frame(name=returns.name if returns.name is not None else "asset")
    if not isinstance(returns, pd.DataFrame):
        raise InputError(
            "Parameter `returns` takes a DataFrame (sessions x assets) or a Series of returns, "
            f"got {type(returns).__name__}."
        )
    if returns.shape[1] == 0 or returns.shape[0] == 0:
        raise InputError("Parameter `returns` is empty.")
    if not isinstance(returns.index, pd.DatetimeIndex):
        raise InputError("Parameter `returns` needs a DatetimeIndex of sessions.")
    if returns.index.has_duplicates or not returns.index.is_monotonic_increasing:
        raise InputError("Parameter `returns` needs unique sessions in increasing order.")
    try:
        values = returns.to_numpy(dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError("Parameter `returns` must hold numbers.") from exc
    out = pd.DataFrame(
        values, index=returns.index.tz_localize(None).normalize(), columns=returns.columns
    )
    out.columns = [str(c) for c in out.columns]
    return out


def _aligned(obj: Any, index: pd.DatetimeIndex, name: str) -> pd.DataFrame | None:
    if obj is None:
        return None
    if isinstance(obj, pd.Series):
        obj = obj.to_frame()
    if not isinstance(obj, pd.DataFrame) or not isinstance(obj.index, pd.DatetimeIndex):
        raise InputError(
            f"Parameter `{name}` takes a Series or DataFrame indexed by session dates."
        )
    obj = obj.copy()
    obj.index = obj.index.tz_localize(None).normalize()
    missing = index.difference(obj.index)
    if len(missing) == len(index):
        raise InputError(f"Parameter `{name}` shares no sessions with `returns`.")
    return obj.reindex(index).astype(np.float64)


class EventStudy:
    """An event study on one or many assets.

    Parameters
    ----------
    returns
        Wide frame of returns, sessions (DatetimeIndex) by assets; a Series is one asset.
    events
        An :class:`~toolkit.study.events.EventSet`, or anything :func:`~toolkit.study.events.align_events`
        accepts (a DataFrame with ``event_id`` and ``session``, a list of dates). An ``asset``
        column restricts an event to that asset; otherwise each event applies to every asset.
    model
        ``"constant_mean"``, ``"market"``, ``"market_adjusted"``, ``"raw"``, ``"factor"`` or
        ``"garch"``. Default: ``"market"`` when a benchmark is given, else ``"constant_mean"``.
    benchmark
        Benchmark returns on the same sessions (for ``market``, ``market_adjusted``, ``garch``
        with a market mean, and as the first factor of ``factor``).
    factors
        Factor returns (DataFrame) for ``model="factor"``.
    estimation_window, event_window
        ``(start, end)`` in sessions relative to day 0, both included.
    car_windows
        Windows of the CARs and tests; each inside ``event_window``.
    min_estimation_obs
        Fewest estimation returns an event needs; default half the estimation window, at least
        the number of parameters plus 3.
    clean_estimation
        Leave other events' event windows out of each estimation sample.
    kind
        ``"simple"`` (default) or ``"log"`` returns; BHARs are always computed on simple returns.

    Raises
    ------
    InputError
        For an unknown model, missing benchmark or factors, or windows that do not fit.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> idx = pd.bdate_range("2024-01-01", periods=300)
    >>> r = pd.Series(np.random.default_rng(0).normal(0, 0.01, 300), idx, name="X")
    >>> res = EventStudy(r, pd.DataFrame({"event_id": ["E1"], "session": [idx[280]]})).fit()
    >>> res.car["window"].tolist()
    ['(-1, 1)', '(0, 0)', '(0, 1)']
    """

    def __init__(
        self,
        returns: pd.DataFrame | pd.Series,
        events: Any,
        *,
        model: str | None = None,
        benchmark: pd.Series | None = None,
        factors: pd.DataFrame | None = None,
        estimation_window: tuple[int, int] = (-250, -11),
        event_window: tuple[int, int] = (-5, 5),
        car_windows: Sequence[tuple[int, int]] = _DEFAULT_CAR_WINDOWS,
        min_estimation_obs: int | None = None,
        clean_estimation: bool = True,
        kind: str = "simple",
    ) -> None:
        self.returns = _as_returns(returns)
        idx = pd.DatetimeIndex(self.returns.index)
        bench = _aligned(benchmark, idx, "benchmark")
        self.benchmark = None if bench is None else bench.iloc[:, 0]
        self.factors = _aligned(factors, idx, "factors")
        n_factors = 0 if self.factors is None else self.factors.shape[1]
        self.spec: ModelSpec = resolve_model(model, self.benchmark is not None, n_factors)
        self.kind = check_option("kind", kind, ("simple", "log"))
        self.estimation_window = parse_window(estimation_window, "estimation_window")
        self.event_window = parse_window(event_window, "event_window")
        self.car_windows = parse_windows(car_windows, "car_windows")
        check_layout(self.estimation_window, self.event_window, self.car_windows)
        p = self.spec.n_params
        if min_estimation_obs is None:
            min_estimation_obs = max(p + 3, math.ceil(self.estimation_window.length / 2))
        if (
            isinstance(min_estimation_obs, bool)
            or not isinstance(min_estimation_obs, (int, np.integer))
            or min_estimation_obs < p + 1
        ):
            raise InputError(
                f"Parameter `min_estimation_obs` takes a whole number of at least {p + 1} for "
                f"model={self.spec.name!r}, got {min_estimation_obs!r}."
            )
        self.min_estimation_obs = int(min_estimation_obs)
        self.clean_estimation = bool(clean_estimation)
        self.events: EventSet = align_events(events)

    # ------------------------------------------------------------------ setup helpers
    def _design(self, pad_lo: int, pad_hi: int) -> tuple[np.ndarray, np.ndarray | None]:
        n = len(self.returns)
        cols = [np.ones(n)]
        offset = None
        if self.spec.name in ("market", "factor", "garch") and self.benchmark is not None:
            cols.append(self.benchmark.to_numpy())
        if self.spec.name == "factor" and self.factors is not None:
            cols.extend(self.factors.to_numpy().T)
        if self.spec.name == "market_adjusted":
            assert self.benchmark is not None
            offset = self.benchmark.to_numpy()
        elif self.spec.name == "raw":
            offset = np.zeros(n)
        x = np.column_stack(cols)
        nan_rows = np.full((pad_lo, x.shape[1]), np.nan), np.full((pad_hi, x.shape[1]), np.nan)
        x = np.vstack([nan_rows[0], x, nan_rows[1]])
        if offset is not None:
            offset = np.concatenate([np.full(pad_lo, np.nan), offset, np.full(pad_hi, np.nan)])
        return x, offset

    # ------------------------------------------------------------------ fit
    def fit(
        self,
        *,
        bootstrap: int = 0,
        seed: int | None = None,
        adjust: str | None = None,
        rank_tests: bool = True,
        n_jobs: int | None = None,
    ) -> EventStudyResults:
        """Estimate the model for every (event, asset) pair and compute all tests.

        Parameters
        ----------
        bootstrap
            Number of bootstrap resamples for bootstrap-t p-values of the mean CAR and mean SCAR
            (0: none).
        seed
            Seed of the bootstrap (results are identical for the same seed).
        adjust
            ``"holm"`` or ``"fdr_bh"``: add ``pvalue_adj`` to ``car``, adjusting the per-event
            p-values of each window for multiple testing.
        rank_tests
            Compute the Corrado and GRANK rank tests (True by default). Ranking every estimation
            and event window is the costliest step on large panels; with False those two tests
            carry the reason "rank_tests=False".
        n_jobs
            Threads that work on blocks of events at once (None: one per usable core). The
            results do not depend on it: each block writes only its own events.

        Returns
        -------
        EventStudyResults

        Warns
        -----
        EventWarning
            For skipped events or windows, and for events whose windows overlap on one asset.
        DataWarning
            Counting missing returns dropped from estimation windows.
        """
        if (
            isinstance(bootstrap, bool)
            or not isinstance(bootstrap, (int, np.integer))
            or bootstrap < 0
        ):
            raise InputError(f"Parameter `bootstrap` takes a whole number >= 0, got {bootstrap!r}.")
        if adjust is not None:
            check_option("adjust", adjust, ("holm", "fdr_bh"))
        if n_jobs is None:
            n_jobs = _usable_cores()
        elif isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or n_jobs < 1:
            raise InputError(
                f"Parameter `n_jobs` takes a whole number >= 1 or None, got {n_jobs!r}."
            )
        fitter = _Fitter(self)
        fitter.rank_tests = bool(rank_tests)
        fitter.n_jobs = int(n_jobs)
        return fitter.run(int(bootstrap), seed, adjust)


class _Fitter:
    """One run of :meth:`EventStudy.fit` (keeps the arrays of the run together)."""

    def __init__(self, study: EventStudy) -> None:
        self.s = study
        est, evw = study.estimation_window, study.event_window
        self.T, self.L = est.length, evw.length
        wins = study.car_windows
        self.nw = len(wins)
        L = self.L
        sums = [np.eye(L), np.tril(np.ones((L, L)))]
        car_rows = np.zeros((self.nw, L))
        for k, w in enumerate(wins):
            car_rows[k, w.start - evw.start : w.end - evw.start + 1] = 1.0
        self.car_rows = car_rows
        self.sums = np.vstack(sums + [car_rows])
        self.rank_tests = True
        self.n_jobs = 1
        self.garch = study.spec.name == "garch"

    # ---------------------------------------------------------------- events & pairs
    def _locate(self) -> None:
        s = self.s
        ev = s.events.frame
        idx = pd.DatetimeIndex(s.returns.index)
        self.event_ids = ev["event_id"].astype(str).to_numpy()
        self.groups = ev["group"].astype(str).to_numpy()
        pos = idx.get_indexer(pd.DatetimeIndex(ev["session"]))
        self.pos = pos
        assets = list(s.returns.columns)
        self.assets = assets
        skipped: list[tuple[str, str, str]] = []
        first, last = idx[0], idx[-1]
        has_asset = "asset" in ev.columns
        asset_of = np.full(len(ev), -1)
        for i, (eid, sess) in enumerate(zip(self.event_ids, ev["session"])):
            a = ev["asset"].iloc[i] if has_asset else None
            targets = assets
            if has_asset and a is not None and not (isinstance(a, float) and np.isnan(a)):
                if str(a) not in assets:
                    skipped.append((eid, str(a), f"asset {a!r} is not a column of the returns"))
                    pos[i] = -2
                    continue
                asset_of[i] = assets.index(str(a))
                targets = [str(a)]
            if pos[i] == -1:
                if sess < first or sess > last:
                    why = f"day 0 ({sess:%Y-%m-%d}) is outside the returns data ({first:%Y-%m-%d} to {last:%Y-%m-%d})"
                else:
                    why = f"day 0 ({sess:%Y-%m-%d}) is not a session of the returns index"
                skipped.extend((eid, t, why) for t in targets)
        self.asset_of = asset_of
        self.skipped = skipped

    def _occupancy(self, n_p: int, pad_lo: int) -> np.ndarray:
        evw = self.s.event_window
        A = len(self.assets)
        specific = np.any(self.asset_of >= 0)
        occ = np.zeros((n_p, A if specific else 1), dtype=bool)
        for i, p in enumerate(self.pos):
            if p < 0:
                continue
            lo, hi = p + pad_lo + evw.start, p + pad_lo + evw.end + 1
            if self.asset_of[i] >= 0:
                occ[lo:hi, self.asset_of[i]] = True
            else:
                occ[lo:hi, :] = True
        return occ

    def _warn_overlaps(self) -> None:
        evw = self.s.event_window
        valid = np.flatnonzero(self.pos >= 0)
        pairs: list[tuple[str, str]] = []
        by_asset: dict[int, list[int]] = {}
        for i in valid:
            by_asset.setdefault(int(self.asset_of[i]), []).append(int(i))
        common = by_asset.get(-1, [])
        for a, members in by_asset.items():
            ids = sorted(
                set(members) | (set(common) if a >= 0 else set()), key=lambda j: self.pos[j]
            )
            for j, k in zip(ids[:-1], ids[1:]):
                if self.pos[k] - self.pos[j] < evw.length:
                    pairs.append((self.event_ids[j], self.event_ids[k]))
        pairs = list(dict.fromkeys(pairs))
        if pairs:
            shown = ", ".join(f"{a}/{b}" for a, b in pairs[:8])
            more = f" and {len(pairs) - 8} more" if len(pairs) > 8 else ""
            warnings.warn(
                f"Event windows {evw.label} overlap for {len(pairs)} pairs of events ({shown}{more}); "
                "their abnormal returns share days. For clustered events on one series use "
                "toolkit.event_regression.",
                EventWarning,
                stacklevel=4,
            )

    # ---------------------------------------------------------------- estimation
    def run(self, bootstrap: int, seed: int | None, adjust: str | None) -> EventStudyResults:
        s = self.s
        self._locate()
        self._warn_overlaps()
        est, evw = s.estimation_window, s.event_window
        pad_lo = max(0, -est.start, -evw.start)
        pad_hi = max(0, est.end, evw.end)
        R = s.returns.to_numpy()
        n_assets = R.shape[1]
        Rp = np.vstack(
            [np.full((pad_lo, n_assets), np.nan), R, np.full((pad_hi, n_assets), np.nan)]
        )
        n_p = Rp.shape[0]
        X, offset = s._design(pad_lo, pad_hi)
        keep_reg = np.all(np.isfinite(X), axis=1)
        if offset is not None:
            keep_reg &= np.isfinite(offset)
        occ = self._occupancy(n_p, pad_lo) if s.clean_estimation else np.zeros((n_p, 1), dtype=bool)
        valid = np.flatnonzero(self.pos >= 0)
        common = valid[self.asset_of[valid] < 0]
        specific = valid[self.asset_of[valid] >= 0]
        n_pairs = len(common) * n_assets + len(specific)
        self._allocate(n_pairs)
        self.ctx = dict(
            RpT=np.ascontiguousarray(Rp.T),  # assets x sessions: windows are contiguous runs
            X=X,
            offset=offset,
            keep_reg=keep_reg,
            occ=occ,
            pad_lo=pad_lo,
        )
        self.blocks: list[tuple[np.ndarray, np.ndarray | None, int]] = []
        if len(common):
            self.blocks.append((common, None, 0))
        if len(specific):
            self.blocks.append((specific, self.asset_of[specific], len(common) * n_assets))
        self.tie_rows: list[TieRows] = []
        self._each_chunk(self._estimate_chunk)
        if self.tie_rows:
            pe = self.per_event
            TieRows.concat(self.tie_rows).add_to(pe["cor_sum"], pe["g_sum"], self.T)
        return self._finish(bootstrap, seed, adjust)

    def _allocate(self, n: int) -> None:
        T, L, nw = self.T, self.L, self.nw
        n_ev = len(self.event_ids)
        f8 = np.float64
        self.b: dict[str, np.ndarray] = {
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
            **{k: np.zeros((n, nw), dtype=f8) for k in ("car", "car_var", "csar", "bhar")},
            "beta": np.zeros((n, self.s.spec.n_params)),
        }
        # GARCH standardised residuals cannot be recomputed cheaply for the GRANK pass: kept
        self.garch_est = np.zeros((n if self.rank_tests and self.garch else 0, T))
        self.per_event: dict[str, np.ndarray] = {
            "cor_sum": np.zeros((n_ev, T + L)),
            "cor_cnt": np.zeros((n_ev, T + L)),
            "g_sum": np.zeros((n_ev, nw, T)),
            "g_cnt": np.zeros((n_ev, nw, T)),
            "offdiag": np.zeros(n_ev),
            "n_fit": np.zeros(n_ev),
            # GRANK: weighted counts of estimation days above each pair's standardised CAR,
            # against the CAR standardised within all events (0) and within the event's group (1)
            "above": np.zeros((2, n_ev, nw, T)),
        }
        self.n_above = np.zeros((2, n, nw))

    def _each_chunk(self, work: Any, *, copy_returns: bool = True) -> None:
        """Call ``work(view, workspace)`` on every block of events, on ``n_jobs`` threads.

        ``copy_returns``: whether the view holds the block's estimation returns as an array
        (``y``); otherwise only where to find them (``starts`` and ``assets``).

        Blocks hold whole events (all their assets), so each call writes only its own rows of
        the pair arrays and its own events of the per-event sums: the result does not depend
        on the number of threads or on the order the blocks finish.
        """
        T, L = self.T, self.L
        items: list[tuple[np.ndarray, np.ndarray | None, int, int, int]] = []
        for ev_idx, asset_idx, start in self.blocks:
            m = 1 if asset_idx is not None else len(self.assets)
            chunk = 1 if self.garch else max(1, _CHUNK_ELEMENTS // (m * (T + L)))
            items.extend(
                (ev_idx, asset_idx, start, c0, chunk) for c0 in range(0, len(ev_idx), chunk)
            )
        local = threading.local()

        def run(item: tuple[np.ndarray, np.ndarray | None, int, int, int]) -> None:
            ws = getattr(local, "ws", None)
            if ws is None:
                ws = local.ws = Workspace()
            ev_idx, asset_idx, start, c0, chunk = item
            work(self._chunk_view(ev_idx, asset_idx, start, c0, chunk, ws, copy_returns), ws)

        workers = 1 if self.garch else min(self.n_jobs, len(items))
        if workers <= 1:
            for item in items:
                run(item)
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                list(pool.map(run, items))  # (consumed, so a worker's exception is raised)

    def _chunk_view(
        self,
        ev_idx: np.ndarray,
        asset_idx: np.ndarray | None,
        start: int,
        c0: int,
        chunk: int,
        ws: Workspace,
        copy_returns: bool = True,
    ) -> dict[str, Any]:
        """The returns and design of one block of events: returns copied into ``ws``.

        Without ``copy_returns``, ``y`` is None and the estimation return of pair (b, m) on
        day t is ``ctx["RpT"][assets[b, m], starts[b] + t]``.
        """
        s, ctx = self.s, self.ctx
        est, evw = s.estimation_window, s.event_window
        T, L = self.T, self.L
        RpT, X, offset, occ = ctx["RpT"], ctx["X"], ctx["offset"], ctx["occ"]
        e = ev_idx[c0 : c0 + chunk]
        p0 = self.pos[e] + ctx["pad_lo"]
        st, se = p0 + est.start, p0 + evw.start
        swO = sliding_window_view(occ, T, axis=0)  # (n, A or 1, T)
        y: np.ndarray | None = None
        if asset_idx is None:
            # whole events: each asset's window is a contiguous run of the transposed returns
            if copy_returns:
                y = ws.get("view_y", (len(e), RpT.shape[0], T))
            ye = ws.get("view_ye", (len(e), RpT.shape[0], L))
            for j, (a_st, a_se) in enumerate(zip(st, se)):
                if y is not None:
                    y[j] = RpT[:, a_st : a_st + T]
                ye[j] = RpT[:, a_se : a_se + L]
            o = swO[st]
            a = None
            assets = np.broadcast_to(np.arange(RpT.shape[0]), (len(e), RpT.shape[0]))
        else:
            a = asset_idx[c0 : c0 + chunk]
            if copy_returns:
                y = sliding_window_view(RpT, T, axis=1)[a, st][:, None, :]
            ye = sliding_window_view(RpT, L, axis=1)[a, se][:, None, :]
            o = swO[st, a if occ.shape[1] > 1 else 0][:, None, :]
            assets = a[:, None]
        keep = sliding_window_view(ctx["keep_reg"], T)[st][:, None, :] & ~o
        m = 1 if asset_idx is not None else RpT.shape[0]
        lo = start + c0 * m
        return {
            "e": e,
            "a": a,
            "rows": slice(lo, lo + len(e) * m),
            "y": y,
            "starts": st,
            "assets": assets,
            "ye": ye,
            "keep": keep,
            "x": np.swapaxes(sliding_window_view(X, T, axis=0)[st], 1, 2),  # (B, T, p)
            "xe": np.swapaxes(sliding_window_view(X, L, axis=0)[se], 1, 2),
            "off": None if offset is None else sliding_window_view(offset, T)[st],
            "offe": None if offset is None else sliding_window_view(offset, L)[se],
        }

    def _estimate_chunk(self, v: dict[str, Any], ws: Workspace) -> None:
        s = self.s
        evw, est = s.event_window, s.estimation_window
        if self.garch:
            bench = None if s.spec.garch_mean == "constant" else v["x"][0, :, 1]
            bench_e = None if bench is None else v["xe"][0, :, 1]
            horizons = np.arange(evw.start, evw.end + 1) - est.end
            out = estimate_garch(
                v["y"][0],
                v["keep"][0],
                bench,
                v["ye"][0],
                bench_e,
                horizons,
                self.sums,
                min_obs=s.min_estimation_obs,
            )
        else:
            out = estimate_batch(
                v["y"],
                v["keep"],
                v["x"],
                v["ye"],
                v["xe"],
                self.sums,
                estimated=s.spec.estimated,
                offset=v["off"],
                offset_event=v["offe"],
                min_obs=s.min_estimation_obs,
                workspace=ws,
            )
        self._collect(v["e"], v["a"], v["ye"], out, v["rows"], ws)

    def _collect(
        self,
        e: np.ndarray,
        a: np.ndarray | None,
        ye: np.ndarray,
        out: dict[str, np.ndarray],
        rows: slice,
        ws: Workspace,
    ) -> None:
        B, M = out["reason"].shape
        T, L, nw = self.T, self.L, self.nw
        b, pe = self.b, self.per_event
        bad = out["reason"] != 0
        any_bad = bool(np.any(bad))
        ar = out["ar"]
        if any_bad:
            ar = np.where(bad[..., None], np.nan, ar)
        var = out["var"]
        ar_var = var[..., :L]
        gaps = np.isnan(ar)
        has_gap = bool(np.any(gaps))
        car = (np.where(gaps, 0.0, ar) if has_gap else ar) @ self.car_rows.T
        with np.errstate(divide="ignore", invalid="ignore"):
            sar = ar / np.sqrt(ar_var)
        csar = (np.where(gaps, 0.0, sar) if has_gap else sar) @ self.car_rows.T
        csar /= np.sqrt(out["sar_var"])
        if has_gap:
            broken = (gaps.astype(np.float64) @ self.car_rows.T) > 0
            car[broken] = np.nan
            csar[broken] = np.nan
        expected = np.broadcast_to(out["expected"], (B, M, L))
        sret, sexp = (np.expm1(ye), np.expm1(expected)) if self.s.kind == "log" else (ye, expected)
        bhar = np.empty((B, M, nw))
        for k in range(nw):
            cols = self.car_rows[k] > 0
            bhar[..., k] = np.prod(1 + sret[..., cols], axis=-1) - np.prod(
                1 + sexp[..., cols], axis=-1
            )
        if any_bad:
            bhar[bad] = np.nan
        used = out["used"]
        if any_bad:
            used = used & ~bad[..., None]
        all_used = bool(np.all(used))
        n_obs = out["n_obs"]
        sigma2 = out["sigma2"]
        positive = np.greater(out["est_ar"], 0.0, out=ws.get("positive", used.shape, bool))
        if not all_used:
            positive &= used
        with np.errstate(invalid="ignore", divide="ignore"):
            frac_pos = np.count_nonzero(positive, axis=-1) / n_obs
        if self.rank_tests:
            # ranks: estimation and event-window ARs (Corrado), estimation ARs alone (GRANK)
            valid_w = np.isfinite(car).astype(np.float64)
            wts = valid_w / (n_obs[..., None] + 2.0)
            sums = rank_sums(
                (out["est_ar"], ar),
                T,
                wts,
                first_used=None if all_used else used,
                workspace=ws,
                exact_ties=False,
            )
            pe["cor_sum"][e] += sums.ksum
            pe["cor_cnt"][e] += sums.present
            pe["g_sum"][e] += sums.fsum
            if len(sums.tie_rows.block):
                # ranked exactly all together after the pass (list.append is thread-safe)
                self.tie_rows.append(sums.tie_rows._replace(block=e[sums.tie_rows.block]))
            if all_used:
                pe["g_cnt"][e] += valid_w.sum(axis=1)[..., None]
            else:
                pe["g_cnt"][e] += np.matmul(np.swapaxes(valid_w, 1, 2), used.astype(np.float64))
            if self.garch:
                self.garch_est[rows] = np.where(used, out["est_ar"], np.nan).reshape(B * M, T)
        if "beta" in out:
            b["beta"][rows] = out["beta"].reshape(B * M, -1)
        # Kolari-Pynnonen: sum of pairwise residual correlations within each event
        ok = ~bad & (out["ssr"] > 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            inv_norm = np.where(ok, 1.0 / np.sqrt(out["ssr"]), 0.0)
        tot = np.matmul(inv_norm[:, None, :], out["resid"])[:, 0]
        pe["offdiag"][e] += np.einsum("bt,bt->b", tot, tot) - np.count_nonzero(ok, axis=1)
        pe["n_fit"][e] += np.count_nonzero(~bad, axis=1)
        b["event"][rows] = np.repeat(e, M)
        b["asset"][rows] = np.tile(np.arange(M), B) if a is None else a
        b["reason"][rows] = out["reason"].reshape(-1)
        b["n_obs"][rows] = n_obs.reshape(-1)
        b["n_nan"][rows] = out["n_nan"].reshape(-1)
        b["dof"][rows] = np.broadcast_to(out["dof"], (B, M)).reshape(-1)
        b["sigma2"][rows] = sigma2.reshape(-1)
        b["frac_pos"][rows] = frac_pos.reshape(-1)
        b["ret"][rows] = ye.reshape(B * M, L)
        b["expected"][rows] = expected.reshape(B * M, L)
        b["ar"][rows] = ar.reshape(B * M, L)
        b["ar_var"][rows] = ar_var.reshape(B * M, L)
        b["path_var"][rows] = var[..., L : 2 * L].reshape(B * M, L)
        b["car"][rows] = car.reshape(B * M, nw)
        b["car_var"][rows] = var[..., 2 * L :].reshape(B * M, nw)
        b["csar"][rows] = csar.reshape(B * M, nw)
        b["bhar"][rows] = bhar.reshape(B * M, nw)

    # ---------------------------------------------------------------- statistics
    def _finish(self, bootstrap: int, seed: int | None, adjust: str | None) -> EventStudyResults:
        s = self.s
        b = self.b
        if len(b["event"]) == 0:
            return EventStudyResults._empty(s, self.skipped, self._params(bootstrap, seed, adjust))
        reason = b["reason"]
        kept = reason != 1
        n_nan = int(b["n_nan"][kept].sum())
        if n_nan:
            warnings.warn(
                f"{n_nan} missing returns inside estimation windows were dropped "
                f"({int(np.count_nonzero(b['n_nan'][kept]))} event-asset pairs); "
                f"min_estimation_obs={s.min_estimation_obs} then decided which pairs are kept.",
                DataWarning,
                stacklevel=4,
            )
        skipped = list(self.skipped)
        ev_ids, assets = self.event_ids, self.assets
        T = self.T
        for i in np.flatnonzero(reason != 0):
            code = int(reason[i])
            why = REASONS[code]
            if code == 1:
                why += f" ({int(b['n_obs'][i])} of {T} estimation days usable, {s.min_estimation_obs} needed)"
            skipped.append((ev_ids[b["event"][i]], assets[b["asset"][i]], why))
        ok = reason == 0
        win_labels = [w.label for w in s.car_windows]
        car_ok = np.isfinite(b["car"]) & ok[:, None]
        evw = s.event_window
        for i in np.flatnonzero(ok & np.any(np.isnan(b["ar"]), axis=1)):
            missing = np.flatnonzero(~np.isfinite(b["ar"][i])) + evw.start
            bad_w = [win_labels[k] for k in np.flatnonzero(~car_ok[i])]
            effect = (
                f"window(s) {', '.join(bad_w)} not computed"
                if bad_w
                else "those days are left out of abnormal_returns; every CAR window is complete"
            )
            skipped.append(
                (
                    ev_ids[b["event"][i]],
                    assets[b["asset"][i]],
                    f"no return on relative days {missing.tolist()} (missing or beyond the data): "
                    + effect,
                )
            )
        if skipped:
            shown = "; ".join(f"{e}/{a}: {r}" for e, a, r in skipped[:3])
            warnings.warn(
                f"{len(skipped)} event-asset entries skipped (see results.skipped): {shown}"
                + (" ..." if len(skipped) > 3 else ""),
                EventWarning,
                stacklevel=4,
            )
        caar, tests = self._cross_section(car_ok, bootstrap, seed)
        params = self._params(bootstrap, seed, adjust)
        return EventStudyResults(s, b, car_ok, caar, tests, skipped, params, adjust)

    def _params(self, bootstrap: int, seed: int | None, adjust: str | None) -> dict[str, Any]:
        s = self.s
        return {
            "model": s.spec.name,
            "n_params": s.spec.n_params,
            "estimation_window": s.estimation_window.as_tuple(),
            "event_window": s.event_window.as_tuple(),
            "car_windows": [w.as_tuple() for w in s.car_windows],
            "min_estimation_obs": s.min_estimation_obs,
            "clean_estimation": s.clean_estimation,
            "kind": s.kind,
            "benchmark": None if s.benchmark is None else str(s.benchmark.name),
            "factors": None if s.factors is None else list(map(str, s.factors.columns)),
            "n_assets": len(s.returns.columns),
            "n_events": len(s.events),
            "bootstrap": bootstrap,
            "seed": seed,
            "adjust": adjust,
        }

    def _group_list(self) -> list[tuple[str, np.ndarray]]:
        groups = [("all", np.ones(len(self.event_ids), dtype=bool))]
        for g in dict.fromkeys(self.groups.tolist()):
            if g != "all":
                groups.append((g, self.groups == g))
        return groups

    def _cross_section(
        self, car_ok: np.ndarray, bootstrap: int, seed: int | None
    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The ``caar`` and ``tests`` frames: every test per CAR window and event group."""
        if self.rank_tests and self.n_jobs > 1:
            # GRANK's second pass runs beside the other tests (it writes only its own arrays)
            with ThreadPoolExecutor(max_workers=1) as side:
                grank_pass = side.submit(self._grank_pass, car_ok)
                rows, cells = self._tests_but_grank(car_ok, bootstrap, seed)
                grank_pass.result()
        else:
            if self.rank_tests:
                self._grank_pass(car_ok)
            rows, cells = self._tests_but_grank(car_ok, bootstrap, seed)
        test_rows = []
        for row, (k, gi, sel, gmask_ev, results) in zip(rows, cells):
            if self.rank_tests:
                results["grank"] = self._grank(sel, k, gi, gmask_ev)
            for name in CAAR_TESTS:
                row[name] = results[name].stat
                row[f"{name}_pvalue"] = results[name].pvalue
            if bootstrap:
                row["caar_boot_pvalue"] = results["caar_boot"].pvalue
                row["bmp_boot_pvalue"] = results["bmp_boot"].pvalue
            for t in results.values():
                test_rows.append(
                    {
                        "window": row["window"],
                        "group": row["group"],
                        "test": t.name,
                        **{
                            "stat": t.stat,
                            "pvalue": t.pvalue,
                            "null": t.null,
                            "dist": t.dist,
                            "reason": t.reason,
                        },
                    }
                )
        caar = pd.DataFrame(rows)
        tests = pd.DataFrame(
            test_rows,
            columns=["window", "group", "test", "stat", "pvalue", "null", "dist", "reason"],
        )
        return caar, tests

    def _tests_but_grank(
        self, car_ok: np.ndarray, bootstrap: int, seed: int | None
    ) -> tuple[list[dict[str, Any]], list[_Cell]]:
        """Per window and group: the ``caar`` row so far, and the tests but GRANK (a placeholder
        keeps its place in the order); with what :meth:`_grank` needs to fill it in."""
        s, b, pe = self.s, self.b, self.per_event
        rng = np.random.default_rng(seed)
        rows = []
        evw = s.event_window
        T, L = self.T, self.L
        ev_of = b["event"]
        cells: list[_Cell] = []
        for k, w in enumerate(s.car_windows):
            in_win = np.zeros(T + L, dtype=bool)
            in_win[T + (w.start - evw.start) : T + (w.end - evw.start) + 1] = True
            for gi, (gname, gmask_ev) in enumerate(self._group_list()):
                sel = car_ok[:, k] & gmask_ev[ev_of]
                n = int(np.count_nonzero(sel))
                car, var = b["car"][sel, k], b["car_var"][sel, k]
                dof = b["dof"][sel]
                with np.errstate(divide="ignore", invalid="ignore"):
                    scar = car / np.sqrt(var)
                results: dict[str, inf.TestStatistic] = {}
                results["j1"] = inf.j1_test(car, var)
                results["j2"] = inf.j2_test(scar, dof)
                results["patell"] = inf.patell_test(b["csar"][sel, k], dof)
                results["bmp"] = inf.bmp_test(scar)
                fit_ev = gmask_ev & (pe["n_fit"] > 0)
                n_fit = int(pe["n_fit"][fit_ev].sum())
                rbar = (
                    float(pe["offdiag"][fit_ev].sum()) / (n_fit * (n_fit - 1)) if n_fit > 1 else 0.0
                )
                rbar = max(rbar, 0.0)  # a negative mean correlation is sampling noise
                results["bmp_kp"] = inf.kolari_pynnonen(results["bmp"], rbar, n)
                results["patell_kp"] = inf.kolari_pynnonen(results["patell"], rbar, n)
                cnt = pe["cor_cnt"][gmask_ev].sum(axis=0)
                with np.errstate(invalid="ignore", divide="ignore"):
                    dev = pe["cor_sum"][gmask_ev].sum(axis=0) / cnt - 0.5
                if self.rank_tests:
                    results["corrado"] = inf.corrado_test(np.nan_to_num(dev), cnt, n_fit, in_win)
                    results["grank"] = inf.TestStatistic.unavailable(
                        "grank", "", "", ""
                    )  # set below
                else:
                    for name, dist in (("corrado", "N(0,1)"), ("grank", "t(T-2)")):
                        results[name] = inf.TestStatistic.unavailable(
                            name, "ranks", dist, "rank_tests=False"
                        )
                p_hat = float(np.mean(b["frac_pos"][sel])) if n else math.nan
                results["sign"] = inf.sign_test(car, p_hat)
                results["wilcoxon"] = inf.wilcoxon_test(car)
                if bootstrap:
                    results["caar_boot"] = inf.bootstrap_mean_test(
                        car, "caar_boot", inf.NULL_CAAR, reps=bootstrap, rng=rng
                    )
                    results["bmp_boot"] = inf.bootstrap_mean_test(
                        scar, "bmp_boot", "mean SCAR = 0", reps=bootstrap, rng=rng
                    )
                row: dict[str, Any] = {
                    "window": w.label,
                    "window_start": w.start,
                    "window_end": w.end,
                    "group": gname,
                    "caar": float(np.mean(car)) if n else math.nan,
                    "n": n,
                }
                rows.append(row)
                cells.append((k, gi, sel, gmask_ev, results))
        return rows, cells

    def _grank_pass(self, car_ok: np.ndarray) -> None:
        """Second pass over the estimation windows, for GRANK.

        GRANK ranks each pair's CAR, standardised by its own s.e. and then by the cross-sectional
        s.d. of those across events, among the pair's standardised estimation-window ARs. That
        s.d. is known only once every pair is estimated, so the estimation ARs are computed again
        here, block by block, and compared with it: per pair, how many estimation days lie
        above its CAR; per event and day, those indicators weighted by ``1 / (T_i + 2)``. Both
        for the s.d. across all events (``kind`` 0) and across the event's group (``kind`` 1).
        """
        b, nw = self.b, self.nw
        groups = self._group_list()
        ev_of = b["event"]
        with np.errstate(divide="ignore", invalid="ignore"):
            scar = b["car"] / np.sqrt(b["car_var"])
            sd_pair = np.sqrt(b["sigma2"])
        self.grank_sd = np.full((nw, len(groups)), np.nan)
        thr = np.full((2, len(ev_of), nw), np.nan)
        for k in range(nw):
            for gi, (_, gmask_ev) in enumerate(groups):
                sel = car_ok[:, k] & gmask_ev[ev_of]
                if np.count_nonzero(sel) < 2:
                    continue
                sd = float(np.std(scar[sel, k], ddof=1))
                if not sd > 0:
                    continue
                self.grank_sd[k, gi] = sd
                # in AR units: a standardised AR above scar / sd is an AR above this
                thr[0 if gi == 0 else 1, sel, k] = scar[sel, k] / sd * sd_pair[sel]
        self.grank_thr = thr
        self.grank_wgt = 1.0 / (b["n_obs"] + 2.0)
        if np.any(np.isfinite(thr)):
            self._each_chunk(self._grank_chunk, copy_returns=False)

    def _grank_chunk(self, v: dict[str, Any], ws: Workspace) -> None:
        b, T = self.b, self.T
        rows, e = v["rows"], v["e"]
        B = len(e)
        M = (rows.stop - rows.start) // B
        returns, starts, assets = self.ctx["RpT"], v["starts"], v["assets"]
        keep, x = v["keep"], v["x"]
        if self.garch:  # standardised residuals kept from the first pass
            returns, starts = self.garch_est, np.zeros(B, dtype=np.int64)
            assets = np.arange(rows.start, rows.stop).reshape(B, M)
            keep, x = np.ones((B, 1, T), dtype=bool), np.zeros((B, T, 1))
            beta = np.zeros((B, M, 1))
        elif self.s.spec.estimated:
            beta = b["beta"][rows].reshape(B, M, -1)
        else:  # the expected return is the offset itself
            x, beta = np.nan_to_num(v["off"])[..., None], np.ones((B, M, 1))
        count_above(
            returns,
            starts,
            assets,
            keep,
            x,
            beta,
            self.grank_thr,
            self.grank_wgt,
            e,
            rows.start,
            self.per_event["above"],
            self.n_above,
        )

    def _grank(self, sel: np.ndarray, k: int, gi: int, gmask_ev: np.ndarray) -> inf.TestStatistic:
        b, pe = self.b, self.per_event
        null = "CAR ranks not above or below estimation-period ranks"
        n = int(np.count_nonzero(sel))
        if n < 2:
            return inf.TestStatistic.unavailable("grank", null, "t(T-2)", "needs at least 2 events")
        if np.isnan(self.grank_sd[k, gi]):
            return inf.TestStatistic.unavailable(
                "grank", null, "t(T-2)", "standardised CARs do not vary"
            )
        kind = 0 if gi == 0 else 1
        rows = np.flatnonzero(sel)
        n_est = b["n_obs"][rows].astype(np.float64)
        n_above = self.n_above[kind, rows, k]
        est_sum = pe["g_sum"][gmask_ev, k].sum(axis=0) + pe["above"][kind, gmask_ev, k].sum(axis=0)
        est_cnt = pe["g_cnt"][gmask_ev, k].sum(axis=0)
        u0 = (1.0 + n_est - n_above) / (n_est + 2.0) - 0.5
        with np.errstate(invalid="ignore", divide="ignore"):
            ubar_est = est_sum / est_cnt - 0.5
        ubar = np.append(np.nan_to_num(ubar_est), u0.mean())
        counts = np.append(est_cnt, n)
        return inf.grank_test(ubar, counts, n, len(ubar) - 1)


class EventStudyResults:
    """Results of :meth:`EventStudy.fit`: tidy frames keyed by ``event_id`` and ``asset``.

    Attributes
    ----------
    caar
        One row per CAR window and group (``"all"`` and each event group): ``caar``, ``n`` and
        each test with its p-value (columns of ``docs/INTERFACES.md``, plus ``patell_kp``).
    tests
        The same tests in long form (window, group, test, stat, pvalue, null, dist, reason).
    skipped
        Event-asset pairs or windows that could not be computed, with the reason.
    events
        The events frame.
    params
        Every setting of the study.

    Notes
    -----
    ``abnormal_returns``, ``car``, ``car_path`` and ``caar_path`` are built on first access.
    """

    def __init__(
        self,
        study: EventStudy,
        arrays: dict[str, np.ndarray],
        car_ok: np.ndarray,
        caar: pd.DataFrame,
        tests: pd.DataFrame,
        skipped: list[tuple[str, str, str]],
        params: dict[str, Any],
        adjust: str | None,
    ) -> None:
        self._study = study
        self._b = arrays
        self._car_ok = car_ok
        self.caar = caar
        self.tests = tests
        self.skipped = pd.DataFrame(skipped, columns=["event_id", "asset", "reason"])
        self.params = params
        self.events = study.events.to_frame()
        self._adjust = adjust

    @classmethod
    def _empty(
        cls, study: EventStudy, skipped: list[tuple[str, str, str]], params: dict[str, Any]
    ) -> EventStudyResults:
        nw = len(study.car_windows)
        arrays = {k: np.zeros((0,), dtype=int) for k in ("event", "asset", "reason", "dof")}
        L = study.event_window.length
        for k in ("ret", "expected", "ar", "ar_var", "path_var"):
            arrays[k] = np.zeros((0, L))
        for k in ("car", "car_var", "csar", "bhar"):
            arrays[k] = np.zeros((0, nw))
        cols = ["window", "window_start", "window_end", "group", "caar", "n"]
        for name in CAAR_TESTS:
            cols += [name, f"{name}_pvalue"]
        if skipped:
            shown = "; ".join(f"{e}/{a}: {r}" for e, a, r in skipped[:3])
            warnings.warn(
                f"{len(skipped)} event-asset entries skipped: {shown}", EventWarning, stacklevel=4
            )
        tests = pd.DataFrame(
            columns=["window", "group", "test", "stat", "pvalue", "null", "dist", "reason"]
        )
        return cls(
            study,
            arrays,
            np.zeros((0, nw), dtype=bool),
            pd.DataFrame(columns=cols),
            tests,
            skipped,
            params,
            params.get("adjust"),
        )

    # ---------------------------------------------------------------- frames
    def _keys(self, rows: np.ndarray) -> tuple[Any, Any]:
        ev_ids = self._study.events.frame["event_id"].astype(str).tolist()
        assets = list(self._study.returns.columns)
        ev = pd.Categorical.from_codes(self._b["event"][rows], categories=pd.Index(ev_ids))
        asset = pd.Categorical.from_codes(self._b["asset"][rows], categories=pd.Index(assets))
        return ev, asset

    @cached_property
    def abnormal_returns(self) -> pd.DataFrame:
        """Daily abnormal returns: event_id, asset, rel_day, session, ret, expected, ar, ar_var,
        sar, pvalue (t test of the day's AR)."""
        b = self._b
        evw = self._study.event_window
        ok = b["reason"] == 0
        rows = np.flatnonzero(ok)
        ar = b["ar"][rows]
        present = np.isfinite(ar)
        r_idx, d_idx = np.nonzero(present)
        pairs = rows[r_idx]
        ev, asset = self._keys(pairs)
        pos = self._session_positions(pairs, d_idx + evw.start)
        sessions = self._study.returns.index
        ar_v = ar[r_idx, d_idx]
        var = b["ar_var"][pairs, d_idx]
        t, p = inf.car_ttest(ar_v, var, b["dof"][pairs])
        return pd.DataFrame(
            {
                "event_id": ev,
                "asset": asset,
                "rel_day": (d_idx + evw.start).astype(np.int64),
                "session": sessions[pos],
                "ret": b["ret"][pairs, d_idx],
                "expected": b["expected"][pairs, d_idx],
                "ar": ar_v,
                "ar_var": var,
                "sar": t,
                "pvalue": p,
            }
        )

    def _session_positions(self, pairs: np.ndarray, rel: np.ndarray) -> np.ndarray:
        idx = self._study.returns.index
        ev_sessions = pd.DatetimeIndex(self._study.events.frame["session"])
        pos0 = idx.get_indexer(ev_sessions)
        return pos0[self._b["event"][pairs]] + rel

    @cached_property
    def car(self) -> pd.DataFrame:
        """CARs per event, asset and window: car, car_var (estimation error included), scar, t,
        pvalue (t with the model's degrees of freedom), bhar; ``pvalue_adj`` when ``adjust``."""
        b = self._b
        frames = []
        for k, w in enumerate(self._study.car_windows):
            rows = np.flatnonzero(self._car_ok[:, k])
            ev, asset = self._keys(rows)
            car, var = b["car"][rows, k], b["car_var"][rows, k]
            t, p = inf.car_ttest(car, var, b["dof"][rows])
            df = pd.DataFrame(
                {
                    "event_id": ev,
                    "asset": asset,
                    "window": w.label,
                    "window_start": w.start,
                    "window_end": w.end,
                    "car": car,
                    "car_var": var,
                    "scar": t,
                    "t": t,
                    "pvalue": p,
                    "bhar": b["bhar"][rows, k],
                }
            )
            if self._adjust:
                df["pvalue_adj"] = inf.adjust_pvalues(p, self._adjust)
            frames.append(df)
        return pd.concat(frames, ignore_index=True)

    @cached_property
    def _paths(self) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the estimated pairs, and their ARs cumulated from the event-window start."""
        rows = np.flatnonzero(self._b["reason"] == 0)
        return rows, np.cumsum(self._b["ar"][rows], axis=1)

    @cached_property
    def car_path(self) -> pd.DataFrame:
        """CAR cumulated from the event-window start: event_id, asset, rel_day, car, car_var."""
        b = self._b
        evw = self._study.event_window
        rows, path = self._paths
        r_idx, d_idx = np.nonzero(np.isfinite(path))
        pairs = rows[r_idx]
        ev, asset = self._keys(pairs)
        return pd.DataFrame(
            {
                "event_id": ev,
                "asset": asset,
                "rel_day": (d_idx + evw.start).astype(np.int64),
                "car": path[r_idx, d_idx],
                "car_var": b["path_var"][pairs, d_idx],
            }
        )

    @cached_property
    def caar_path(self) -> pd.DataFrame:
        """Mean CAR path per group: group, rel_day, caar, caar_se (``sqrt(sum var_i) / N``), n."""
        b = self._b
        evw = self._study.event_window
        rows, path = self._paths
        pvar = b["path_var"][rows]
        groups = self._study.events.frame["group"].astype(str).to_numpy()[b["event"][rows]]
        out = []
        names = ["all"] + [g for g in dict.fromkeys(groups.tolist()) if g != "all"]
        for g in names:
            sel = np.ones(len(rows), dtype=bool) if g == "all" else groups == g
            have = np.isfinite(path[sel])
            n = have.sum(axis=0)
            with np.errstate(invalid="ignore", divide="ignore"):
                caar = np.where(have, path[sel], 0.0).sum(axis=0) / n
                se = np.sqrt(np.where(have, pvar[sel], 0.0).sum(axis=0)) / n
            for d in range(evw.length):
                if n[d]:
                    out.append((g, evw.start + d, caar[d], se[d], int(n[d])))
        return pd.DataFrame(out, columns=["group", "rel_day", "caar", "caar_se", "n"])

    # ---------------------------------------------------------------- views
    def to_frame(self) -> pd.DataFrame:
        """The ``car`` frame joined with each event's session and group."""
        ev = self.events[["event_id", "session", "group"]].astype({"event_id": str})
        car = self.car.astype({"event_id": str, "asset": str})
        return car.merge(ev, on="event_id", how="left")

    def conf_int(self, level: float = 0.95, *, which: str = "caar") -> pd.DataFrame:
        """Two-sided confidence intervals at ``level``.

        Parameters
        ----------
        level
            Coverage, e.g. 0.95 (the interval leaves ``(1 - level) / 2`` in each tail).
        which
            ``"caar"`` (CAAR +- z * J1 standard error), ``"car"`` (CAR +- t quantile with the
            model's degrees of freedom times its s.d.) or ``"caar_path"``.

        Returns
        -------
        DataFrame
            The keys of the chosen frame with the estimate, ``lower`` and ``upper``.
        """
        level = inf._check_level(level)
        check_option("which", which, ("caar", "car", "caar_path"))
        tail = (1.0 - level) / 2.0
        if which == "car":
            df = self.car[["event_id", "asset", "window", "car", "car_var"]].copy()
            rows = np.concatenate(
                [np.flatnonzero(self._car_ok[:, k]) for k in range(len(self._study.car_windows))]
            )
            dof = self._b["dof"][rows]
            q = np.where(
                np.isinf(dof),
                stats.norm.isf(tail),
                stats.t.isf(tail, np.where(np.isinf(dof), 1, dof)),
            )
            half = q * np.sqrt(df["car_var"].to_numpy())
            df["lower"], df["upper"] = df["car"] - half, df["car"] + half
            return df.drop(columns="car_var")
        z = stats.norm.isf(tail)
        if which == "caar_path":
            df = self.caar_path.copy()
            df["lower"], df["upper"] = (
                df["caar"] - z * df["caar_se"],
                df["caar"] + z * df["caar_se"],
            )
            return df
        df = self.caar[["window", "group", "caar", "n", "j1"]].copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            se = np.abs(df["caar"] / df["j1"])
        df["lower"], df["upper"] = df["caar"] - z * se, df["caar"] + z * se
        return df.drop(columns="j1")

    def summary(self) -> EventStudySummary:
        """A summary with a text form (``str()``) and an HTML form (notebooks)."""
        return EventStudySummary(self)

    def _repr_html_(self) -> str:
        return self.summary().as_html()

    def __repr__(self) -> str:
        return self.summary().as_text()


_SUMMARY_TESTS = ("j1", "j2", "patell", "bmp", "bmp_kp", "corrado", "sign", "wilcoxon", "grank")


class EventStudySummary:
    """Text and HTML summary of :class:`EventStudyResults`."""

    def __init__(self, results: EventStudyResults) -> None:
        self.results = results

    def _header(self) -> list[tuple[str, str]]:
        p = self.results.params
        n_pairs = int(np.count_nonzero(self.results._b["reason"] == 0))
        return [
            ("Model", str(p["model"])),
            ("Estimation window", str(p["estimation_window"])),
            ("Event window", str(p["event_window"])),
            ("Events / assets", f"{p['n_events']} / {p['n_assets']}"),
            ("Event-asset pairs estimated", str(n_pairs)),
            ("Skipped entries", str(len(self.results.skipped))),
            ("Clean estimation", str(p["clean_estimation"])),
        ]

    def _table(self) -> pd.DataFrame:
        caar = self.results.caar
        cols = ["window", "group", "n", "caar"]
        out = caar[cols].copy()
        for t in _SUMMARY_TESTS:
            if t in caar:
                out[t] = (
                    caar[t].round(3).astype(str)
                    + " ("
                    + caar[f"{t}_pvalue"].map(lambda v: f"{v:.3f}")
                    + ")"
                )
        out["caar"] = caar["caar"].map(lambda v: f"{v:.4%}")
        return out

    def as_text(self) -> str:
        """The summary as plain text."""
        head = "\n".join(f"{k:<30}{v}" for k, v in self._header())
        body = self._table().to_string(index=False)
        return f"Event study\n{'=' * 60}\n{head}\n{'-' * 60}\nCAAR: statistic (p-value)\n{body}"

    def as_html(self) -> str:
        """The summary as an HTML fragment."""
        head = "".join(
            f"<tr><th style='text-align:left'>{k}</th><td>{v}</td></tr>" for k, v in self._header()
        )
        return (
            "<div><h4>Event study</h4><table>" + head + "</table>"
            "<p>CAAR: statistic (p-value)</p>" + self._table().to_html(index=False) + "</div>"
        )

    def __str__(self) -> str:
        return self.as_text()

    def _repr_html_(self) -> str:
        return self.as_html()
