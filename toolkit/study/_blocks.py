"""Where the pairs of an event study are, and how the work on them is shared.

What this module decides for :mod:`toolkit.study._engine`:

- **Which pairs exist, in which order** (:class:`EventIndex`). Each event is placed at the row
  of its day 0 in the returns index. Events that apply to every asset come first, each with all
  assets in column order; events restricted to one asset follow, one row each. An event whose
  day 0 is not a session, or whose asset is not a column, goes straight to ``skipped``. Groups
  are ``"all"`` first, then the others in order of first appearance.
- **The panel every block reads** (:class:`Panel`). Returns are transposed (assets x sessions)
  and padded with NaN so that each estimation and event window is a slice, whatever the day 0;
  with them the design of the model and the estimation days each event leaves out of the others'
  samples (``clean_estimation``).
- **How the work is shared** (:class:`Blocks`). Events are cut into blocks of about
  ``_CHUNK_ELEMENTS`` returns (one event per block for GARCH) that run on ``n_jobs`` threads,
  each thread with its own :class:`~toolkit.study._workspace.Workspace`. A block holds whole
  events, so it writes only its own rows of the pair arrays and its own events of the per-event
  sums: results do not depend on ``n_jobs``. A block is a :class:`BlockItem`;
  :func:`view_of` cuts its arrays out of the panel, or out of a :meth:`Panel.window` of the
  sessions its windows read (what a Dask worker holds, :mod:`toolkit.study._distributed`).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

from toolkit.errors import EventWarning
from toolkit.study._workspace import Workspace
from toolkit.study.inputs import design_matrix

if TYPE_CHECKING:
    from toolkit.study.model import EventStudy
    from toolkit.study.windows import Window

__all__ = ["BlockItem", "BlockView", "Blocks", "EventIndex", "Layout", "Panel", "Skip", "view_of"]

#: Returns per block of events (about 9 events of 500 assets): large enough that the numpy
#: calls of one block outweigh their Python overhead, which holds the GIL and so keeps
#: threads waiting on each other (300,000 gave 1.7 s on two threads where this gives 1.3 s).
_CHUNK_ELEMENTS = 1_200_000

#: An entry that could not be computed: event_id, asset and reason.
Skip = tuple[str, str, str]


# -------------------------------------------------------------------- events and pairs
@dataclass(frozen=True, eq=False)
class EventIndex:
    """The events of a study placed in its returns.

    Attributes
    ----------
    event_ids, groups
        Per event, its id and group (str arrays, in the order of the events frame).
    pos
        Per event, the row of day 0 in the returns index; -1 when it is not a session, -2 when
        the event's asset is not a column (both skipped).
    assets
        The columns of the returns.
    asset_of
        Per event, the column of its asset, or -1 for an event of every asset.
    skipped
        The entries skipped while placing the events.
    """

    event_ids: np.ndarray
    groups: np.ndarray
    pos: np.ndarray
    assets: list[str]
    asset_of: np.ndarray
    skipped: list[Skip]

    @classmethod
    def locate(cls, study: EventStudy) -> EventIndex:
        """Place every event of ``study`` on its day-0 row and asset column."""
        ev = study.events.frame
        idx = pd.DatetimeIndex(study.sessions)
        event_ids = ev["event_id"].astype(str).to_numpy()
        pos = idx.get_indexer(pd.DatetimeIndex(ev["session"]))
        assets = list(study.assets)
        skipped: list[Skip] = []
        first, last = idx[0], idx[-1]
        has_asset = "asset" in ev.columns
        asset_of = np.full(len(ev), -1)
        column = {a: j for j, a in enumerate(assets)}
        event_assets = ev["asset"].tolist() if has_asset else [None] * len(ev)
        for i, (eid, sess, a) in enumerate(zip(event_ids, ev["session"], event_assets)):
            targets = assets
            if a is not None and not (isinstance(a, float) and np.isnan(a)):
                if str(a) not in column:
                    skipped.append((eid, str(a), f"asset {a!r} is not a column of the returns"))
                    pos[i] = -2
                    continue
                asset_of[i] = column[str(a)]
                targets = [str(a)]
            if pos[i] == -1:
                if sess < first or sess > last:
                    why = f"day 0 ({sess:%Y-%m-%d}) is outside the returns data ({first:%Y-%m-%d} to {last:%Y-%m-%d})"
                else:
                    why = f"day 0 ({sess:%Y-%m-%d}) is not a session of the returns index"
                skipped.extend((eid, t, why) for t in targets)
        groups = ev["group"].astype(str).to_numpy()
        return cls(event_ids, groups, pos, assets, asset_of, skipped)

    def group_events(self) -> list[tuple[str, np.ndarray]]:
        """``("all", every event)``, then each other group (in order of first appearance) with
        the indices of its events, in increasing order."""
        codes, names = pd.factorize(pd.Series(self.groups, dtype=object))
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
        out = [("all", np.arange(len(self.event_ids)))]
        for i, name in enumerate(names):
            if name != "all":
                out.append((str(name), order[bounds[i] : bounds[i + 1]]))
        return out

    def group_of(self) -> np.ndarray:
        """Per event, the number of its group in :meth:`group_events` (0 for ``"all"``)."""
        out = np.zeros(len(self.event_ids), dtype=np.int64)
        for gi, (_, members) in enumerate(self.group_events()):
            if gi:
                out[members] = gi
        return out

    def occupancy(self, n_rows: int, pad_lo: int, event_window: Window) -> np.ndarray:
        """Padded rows by assets (or one column when every event is common): True inside an
        event window."""
        A = len(self.assets)
        specific = np.any(self.asset_of >= 0)
        occ = np.zeros((n_rows, A if specific else 1), dtype=bool)
        for i, p in enumerate(self.pos):
            if p < 0:
                continue
            lo, hi = p + pad_lo + event_window.start, p + pad_lo + event_window.end + 1
            if self.asset_of[i] >= 0:
                occ[lo:hi, self.asset_of[i]] = True
            else:
                occ[lo:hi, :] = True
        return occ

    def warn_overlaps(self, event_window: Window) -> None:
        """Warn (EventWarning) about pairs of events whose windows share days on one asset."""
        evw = event_window
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
                stacklevel=4,  # the caller of EventStudy.fit
            )


# -------------------------------------------------------------------- panel and blocks
@dataclass(frozen=True, eq=False)
class Panel:
    """The padded arrays every block of events reads, built once per fit.

    Attributes
    ----------
    returns
        Assets x padded sessions (C order: each asset's window is a contiguous run).
    x
        Padded sessions x parameters: the design of the model.
    offset
        Padded expected returns of models without parameters, else None.
    keep_reg
        Padded sessions where the design (and offset) is complete.
    occupied
        Padded sessions x assets (or x 1): inside some event window (all False without
        ``clean_estimation``).
    pad_lo
        NaN rows before the first session.
    reference
        Padded sessions: the estimation sample of an asset without missing returns and without
        event windows of its own (``keep_reg`` and not occupied for every asset). A pair whose
        sample is this on its window is "regular" for the Kolari-Pynnonen correlations
        (:mod:`toolkit.study._overlap`).
    bench
        Padded benchmark returns, or None without a benchmark (benchmark-based BHARs).
    """

    returns: np.ndarray
    x: np.ndarray
    offset: np.ndarray | None
    keep_reg: np.ndarray
    occupied: np.ndarray
    pad_lo: int
    reference: np.ndarray
    bench: np.ndarray | None

    @classmethod
    def build(cls, study: EventStudy, events: EventIndex, *, with_returns: bool = True) -> Panel:
        """Pad the returns and design of ``study`` so that every window of every event fits
        (``with_returns=False``: no returns, for windows whose returns are read elsewhere)."""
        est, evw = study.estimation_window, study.event_window
        pad_lo = max(0, -est.start, -evw.start)
        pad_hi = max(0, est.end, evw.end)
        R = study.returns.to_numpy() if with_returns else np.zeros((len(study.sessions), 0))
        n_assets = R.shape[1]
        Rp = np.vstack(
            [np.full((pad_lo, n_assets), np.nan), R, np.full((pad_hi, n_assets), np.nan)]
        )
        n_p = Rp.shape[0]
        X, offset = design_matrix(study.spec, len(study.sessions), study.benchmark, study.factors)
        nan_rows = np.full((pad_lo, X.shape[1]), np.nan), np.full((pad_hi, X.shape[1]), np.nan)
        X = np.vstack([nan_rows[0], X, nan_rows[1]])
        if offset is not None:
            offset = np.concatenate([np.full(pad_lo, np.nan), offset, np.full(pad_hi, np.nan)])
        keep_reg = np.all(np.isfinite(X), axis=1)
        if offset is not None:
            keep_reg &= np.isfinite(offset)
        if study.clean_estimation:
            occ = events.occupancy(n_p, pad_lo, evw)
        else:
            occ = np.zeros((n_p, 1), dtype=bool)
        reference = keep_reg & ~(occ[:, 0] if occ.shape[1] == 1 else occ.all(axis=1))
        bench = None
        if study.benchmark is not None:
            b = study.benchmark.to_numpy(dtype=np.float64)
            bench = np.concatenate([np.full(pad_lo, np.nan), b, np.full(pad_hi, np.nan)])
        return cls(np.ascontiguousarray(Rp.T), X, offset, keep_reg, occ, pad_lo, reference, bench)

    def sliding(self, T: int, L: int) -> Sliding:
        """The panel's arrays as windows of ``T`` estimation and ``L`` event sessions from
        each row (views, built once per panel and window lengths)."""
        cache = self.__dict__.setdefault("_sliding", {})
        views = cache.get((T, L))
        if views is None:
            views = cache[(T, L)] = Sliding.of(self, T, L)
        return views

    def __getstate__(self) -> dict[str, object]:
        """The arrays without the cached sliding views (a copy of every window, pickled)."""
        return {k: v for k, v in self.__dict__.items() if k != "_sliding"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def window(self, lo: int, hi: int) -> Panel:
        """The padded rows ``[lo, hi)`` only, as a panel whose day-0 rows stay those of the
        whole (``pad_lo`` is shifted by ``-lo``): what the blocks whose windows lie there
        read."""
        cut = slice(lo, hi)
        return Panel(
            np.ascontiguousarray(self.returns[:, cut]),
            self.x[cut].copy(),
            None if self.offset is None else self.offset[cut].copy(),
            self.keep_reg[cut].copy(),
            self.occupied[cut].copy(),
            self.pad_lo - lo,
            self.reference[cut].copy(),
            None if self.bench is None else self.bench[cut].copy(),
        )


class Sliding(NamedTuple):
    """Views of a panel's arrays with a window of sessions from each row: index a view with
    the padded rows where windows start. ``*_est`` windows are ``T`` sessions long,
    ``*_event`` ones ``L``; ``x_*`` are ``(rows, T or L, p)``."""

    returns_est: np.ndarray
    returns_event: np.ndarray
    occupied: np.ndarray
    keep_reg: np.ndarray
    x_est: np.ndarray
    x_event: np.ndarray
    offset_est: np.ndarray | None
    offset_event: np.ndarray | None
    reference: np.ndarray
    bench_event: np.ndarray | None

    @classmethod
    def of(cls, panel: Panel, T: int, L: int) -> Sliding:
        """The views of ``panel``."""
        off = panel.offset
        return cls(
            returns_est=sliding_window_view(panel.returns, T, axis=1),
            returns_event=sliding_window_view(panel.returns, L, axis=1),
            occupied=sliding_window_view(panel.occupied, T, axis=0),  # (n, A or 1, T)
            keep_reg=sliding_window_view(panel.keep_reg, T),
            x_est=np.swapaxes(sliding_window_view(panel.x, T, axis=0), 1, 2),
            x_event=np.swapaxes(sliding_window_view(panel.x, L, axis=0), 1, 2),
            offset_est=None if off is None else sliding_window_view(off, T),
            offset_event=None if off is None else sliding_window_view(off, L),
            reference=sliding_window_view(panel.reference, T),
            bench_event=None if panel.bench is None else sliding_window_view(panel.bench, L),
        )


@dataclass(frozen=True, eq=False, slots=True)
class BlockView:
    """One block of events: where its pairs go, and its windows as arrays.

    Attributes
    ----------
    e
        The block's events (positions in the events frame), ``B`` of them.
    a
        For asset-specific events, the column of each; None for events of every asset.
    rows
        The block's rows of the pair arrays (``B * M`` rows, ``M`` assets per event).
    y
        Estimation returns ``(B, M, T)``, or None when only ``starts`` and ``assets`` are wanted:
        the return of pair (b, m) on estimation day t is ``panel.returns[assets[b, m],
        starts[b] + t]``.
    starts, assets
        Padded row of each event's first estimation day; column of each pair ``(B, M)``.
    ye
        Event-window returns ``(B, M, L)``, or None when they are not wanted (GRANK's second
        pass).
    keep
        Estimation days usable by the regression ``(B, 1 or M, T)``.
    x, xe
        Design on the estimation and event windows ``(B, T, p)``, ``(B, L, p)``.
    off, offe
        Offset on the estimation and event windows, or None.
    ref
        The panel's ``reference`` sample on each event's estimation window ``(B, T)``.
    be
        Benchmark returns on each event's event window ``(B, L)``, or None.
    returns
        The panel's returns that ``starts`` and ``assets`` point into, or None.
    """

    e: np.ndarray
    a: np.ndarray | None
    rows: slice
    y: np.ndarray | None
    starts: np.ndarray
    assets: np.ndarray
    ye: np.ndarray | None
    keep: np.ndarray
    x: np.ndarray
    xe: np.ndarray
    off: np.ndarray | None
    offe: np.ndarray | None
    ref: np.ndarray
    be: np.ndarray | None
    returns: np.ndarray | None = None


class Blocks:
    """The located events cut into blocks, and passes over those blocks on threads.

    Parameters
    ----------
    study
        The study.
    events
        Its located events.
    panel
        Its padded arrays.
    n_jobs
        Threads of a pass (GARCH always runs on one).

    Attributes
    ----------
    blocks
        ``(events, assets or None, first row)``: the events of every asset, then the
        asset-specific events.
    n_pairs
        Rows of the pair arrays.
    """

    def __init__(self, study: EventStudy, events: EventIndex, panel: Panel, n_jobs: int) -> None:
        self.study = study
        self.events = events
        self.panel = panel
        self.n_jobs = n_jobs
        self.T = study.estimation_window.length
        self.L = study.event_window.length
        self.garch = study.spec.name == "garch"
        n_assets = len(events.assets)
        valid = np.flatnonzero(events.pos >= 0)
        common = valid[events.asset_of[valid] < 0]
        specific = valid[events.asset_of[valid] >= 0]
        self.n_pairs = len(common) * n_assets + len(specific)
        self.blocks: list[tuple[np.ndarray, np.ndarray | None, int]] = []
        if len(common):
            self.blocks.append((common, None, 0))
        if len(specific):
            self.blocks.append((specific, events.asset_of[specific], len(common) * n_assets))

    def items(self) -> list[BlockItem]:
        """Every block of events, in order: the events of every asset, then the asset-specific
        events, each cut into chunks of about ``_CHUNK_ELEMENTS`` returns (one event for
        GARCH)."""
        T, L = self.T, self.L
        items: list[BlockItem] = []
        for ev_idx, asset_idx, start in self.blocks:
            m = 1 if asset_idx is not None else len(self.events.assets)
            chunk = 1 if self.garch else max(1, _CHUNK_ELEMENTS // (m * (T + L)))
            items.extend(
                BlockItem(ev_idx, asset_idx, start, c0, chunk)
                for c0 in range(0, len(ev_idx), chunk)
            )
        return items

    def span(self, items: Sequence[BlockItem]) -> tuple[int, int]:
        """Padded rows ``[lo, hi)`` of the panel that the windows of ``items`` read."""
        est, evw = self.study.estimation_window, self.study.event_window
        pos = np.concatenate([self.events.pos[it.events] for it in items])
        p0 = pos + self.panel.pad_lo
        lo = int(min(p0.min() + est.start, p0.min() + evw.start))
        hi = int(max(p0.max() + est.end, p0.max() + evw.end)) + 1
        return lo, hi

    def each(
        self,
        work: Callable[[BlockView, Workspace], None],
        *,
        copy_returns: bool = True,
        event_returns: bool = True,
    ) -> None:
        """Call ``work(view, workspace)`` on every block of events, on ``n_jobs`` threads.

        ``copy_returns``: whether the view holds the block's estimation returns as an array
        (``y``); otherwise only where to find them (``starts`` and ``assets``).
        ``event_returns``: whether it holds the event-window returns (``ye``).

        Blocks hold whole events (all their assets), so each call writes only its own rows of
        the pair arrays and its own events of the per-event sums: the result does not depend
        on the number of threads or on the order the blocks finish.
        """
        items = self.items()
        local = threading.local()
        layout = self.layout()

        def run(item: BlockItem) -> None:
            ws = getattr(local, "ws", None)
            if ws is None:
                ws = local.ws = Workspace()
            work(view_of(self.panel, layout, item, ws, copy_returns, event_returns), ws)

        workers = 1 if self.garch else min(self.n_jobs, len(items))
        if workers <= 1:
            for item in items:
                run(item)
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                list(pool.map(run, items))  # (consumed, so a worker's exception is raised)

    def layout(self) -> Layout:
        """What :func:`view_of` needs besides the panel: day-0 rows and the windows."""
        return Layout(
            self.events.pos, self.study.estimation_window, self.study.event_window, self.T, self.L
        )


class BlockItem(NamedTuple):
    """One block of events: ``ev_idx[c0 : c0 + chunk]`` of a run of events whose pairs start
    at row ``start``; ``asset_idx`` the column of each asset-specific event, or None."""

    ev_idx: np.ndarray
    asset_idx: np.ndarray | None
    start: int
    c0: int
    chunk: int

    @property
    def events(self) -> np.ndarray:
        """The block's events (positions in the events frame)."""
        return self.ev_idx[self.c0 : self.c0 + self.chunk]

    def rows(self, n_assets: int) -> slice:
        """The block's rows of the pair arrays, with ``n_assets`` columns in the returns."""
        m = 1 if self.asset_idx is not None else n_assets
        lo = self.start + self.c0 * m
        return slice(lo, lo + len(self.events) * m)


class Layout(NamedTuple):
    """The day-0 row of every event and the windows: what places a block in the panel."""

    pos: np.ndarray
    estimation_window: Window
    event_window: Window
    T: int
    L: int


def view_of(
    panel: Panel,
    layout: Layout,
    item: BlockItem,
    ws: Workspace,
    copy_returns: bool = True,
    event_returns: bool = True,
) -> BlockView:
    """The returns and design of one block of events: returns copied into ``ws``.

    ``panel`` may be the whole panel or a :meth:`Panel.window` that holds the block's rows.
    ``copy_returns`` and ``event_returns``: whether the view holds the estimation returns
    (``y``) and the event-window returns (``ye``), as :meth:`Blocks.each` says.
    """
    est, evw = layout.estimation_window, layout.event_window
    T, L = layout.T, layout.L
    RpT = panel.returns
    win = panel.sliding(T, L)
    ev_idx, asset_idx, start, c0, chunk = item
    e = item.events
    p0 = layout.pos[e] + panel.pad_lo
    st, se = p0 + est.start, p0 + evw.start
    y: np.ndarray | None = None
    ye: np.ndarray | None = None
    if asset_idx is None:
        # whole events: each asset's window is a contiguous run of the transposed returns
        if copy_returns:
            y = ws.get("view_y", (len(e), RpT.shape[0], T))
        if event_returns:
            ye = ws.get("view_ye", (len(e), RpT.shape[0], L))
        for j, (a_st, a_se) in enumerate(zip(st, se)):
            if y is not None:
                y[j] = RpT[:, a_st : a_st + T]
            if ye is not None:
                ye[j] = RpT[:, a_se : a_se + L]
        o = win.occupied[st]
        a = None
        assets = np.broadcast_to(np.arange(RpT.shape[0]), (len(e), RpT.shape[0]))
    else:
        a = asset_idx[c0 : c0 + chunk]
        if copy_returns:
            y = win.returns_est[a, st][:, None, :]
        if event_returns:
            ye = win.returns_event[a, se][:, None, :]
        o = win.occupied[st, a if panel.occupied.shape[1] > 1 else 0][:, None, :]
        assets = a[:, None]
    keep = win.keep_reg[st][:, None, :] & ~o
    return BlockView(
        e=e,
        a=a,
        rows=item.rows(RpT.shape[0]),
        y=y,
        starts=st,
        assets=assets,
        ye=ye,
        keep=keep,
        x=win.x_est[st],  # (B, T, p)
        xe=win.x_event[se],
        off=None if win.offset_est is None else win.offset_est[st],
        offe=None if win.offset_event is None else win.offset_event[se],
        ref=win.reference[st],
        be=None if win.bench_event is None else win.bench_event[se],
        returns=RpT,
    )
