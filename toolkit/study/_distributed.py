"""The event study on a Dask cluster: ``EventStudy(...).fit(client=...)``.

The driver (this process) places the events, builds the padded panel and cuts the events into
the same blocks as a fit on threads (:mod:`toolkit.study._blocks`). What this module decides is
how those blocks travel:

- **Parts.** Consecutive blocks are grouped into parts of at most ``_PART_PAIRS`` pairs (and at
  least two parts per worker), so that a part's results are a few hundred megabytes at most.
  A part's pair rows are one run, its events a set no other part has.
- **What each worker reads.** Each part gets the panel's padded sessions its windows cover
  (:meth:`~toolkit.study._blocks.Panel.window`: every asset, from the first estimation day of
  its first event to the last event day of its last; events are in session order, so that is
  a narrow slice), scattered once with ``client.scatter(..., broadcast=False)`` and kept on the
  cluster for GRANK's second pass. The study itself (its returns frame) never leaves the
  driver; the workers get a :class:`~toolkit.study._engine.BlockSpec`. A study built by
  :meth:`EventStudy.from_parquet` has no returns in the driver and ships none: each part's
  window is a task that reads the part's assets on the part's dates from the Parquet panel on
  the worker (:mod:`toolkit.study._parquet_returns`), kept there like a scattered window (and
  read again by Dask when its worker is lost). The worker checks the closes it reads: an
  error about them (a non-positive close, a move beyond the source's limit, ...) fails the fit
  as itself, naming the ticker and the panel; what it warns about the returns comes back and
  is warned about here. The few estimation residuals the driver needs for the
  Kolari-Pynnonen sums (pairs with missing returns or events of their own) are computed on
  the workers from the same windows (:class:`_RemoteResiduals`).
- **Where the pair frames go.** Without ``out`` every part's pair arrays come back and are
  merged as below. With ``out`` each worker writes its part's ``abnormal_returns``, ``car`` and
  ``car_path`` rows to Parquet (:mod:`toolkit.study._pair_store`) and sends back only the pair
  arrays the tests read (per pair a dozen numbers and the CARs, not the daily arrays), the
  per-event sums and its CAAR-path sums; the results read the frames from the dataset
  (:mod:`toolkit.study._stored_results`).
- **The same block function and merge.** A task runs
  :func:`~toolkit.study._engine.estimate_block` on each block of its part into an
  :class:`~toolkit.study._engine.Estimation` part, and the driver places the parts with
  :meth:`~toolkit.study._engine.Estimation.merge`, in part order: the pair arrays, the per-event
  sums of the Corrado, GRANK, Kolari-Pynnonen and calendar-time tests. The cross-sectional
  statistics then follow from the merged arrays exactly as on one machine
  (:func:`~toolkit.study._engine.finish_fit`); GRANK's second pass runs
  :func:`~toolkit.study._engine_ranks.count_block` on the workers, each part given its pairs'
  thresholds and coefficients. The numbers equal a fit on threads.
- **Failures.** A closed client, or a scheduler that does not answer, is an
  :class:`~toolkit.errors.InputError` naming the client and its address. A worker lost during
  the fit has its tasks run again elsewhere (Dask's ``distributed.scheduler.allowed-failures``
  times); when that runs out, or a task fails, the fit raises
  :class:`~toolkit.errors.ClusterError` naming the part and the cause, except for the toolkit's
  own errors about the data a worker read, raised as they are with a note naming the part.
  A result is complete or not returned.
"""

from __future__ import annotations

import dataclasses
import math
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError
from typing import TYPE_CHECKING, Any

import numpy as np

from toolkit.errors import (
    ClusterError,
    DataWarning,
    InputError,
    InputTypeError,
    ToolkitError,
    external_stacklevel,
)
from toolkit.study._blocks import BlockItem, Blocks, EventIndex, Layout, Panel, view_of
from toolkit.study._engine import (
    BlockSpec,
    Estimation,
    FitOptions,
    estimate_block,
    finish_fit,
    residuals_in,
)
from toolkit.study._engine_ranks import GrankCounts, GrankPlan, count_block
from toolkit.study._pair_store import (
    PairStore,
    PartFrames,
    StoreTarget,
    add_path_sums,
    slim_estimation,
    slim_part,
    write_part,
)
from toolkit.study._parquet_returns import ParquetReturns, WindowRecipe, part_assets
from toolkit.study._workspace import Workspace

if TYPE_CHECKING:
    from distributed import Client, Future

    from toolkit.study.model import EventStudy
    from toolkit.study.results import EventStudyResults

__all__ = ["check_client", "partitions", "run_distributed"]

#: Most pairs in one part: its results (about 90 floats a pair with the default windows) stay
#: near 200 MB.
_PART_PAIRS = 250_000

#: Parts submitted ahead of the one the driver waits for, per worker.
_AHEAD = 2

#: Times a part is scattered and submitted again after its worker was lost.
_RETRIES = 3

#: What a task raises when its worker, or the scattered window it reads, was lost.
_LOST: tuple[type[BaseException], ...] = (CancelledError,)
try:
    from distributed import KilledWorker

    _LOST = (KilledWorker, CancelledError)
except ImportError:  # pragma: no cover - the dask extra is not installed
    pass

#: Seconds to wait for the scheduler to answer before the fit is refused.
_SCHEDULER_TIMEOUT = 10

#: Most pairs whose estimation residuals are brought back to the driver at once (a study
#: read from Parquet): with 240 estimation days, about 40 MB.
_RESIDUAL_PAIRS = 20_000


def check_client(client: Any) -> int:
    """Check that ``client`` is a running Dask client whose scheduler answers.

    Parameters
    ----------
    client
        The ``client=`` argument of :meth:`EventStudy.fit`.

    Returns
    -------
    int
        The number of workers.

    Raises
    ------
    InputTypeError
        When ``client`` is not a ``distributed.Client``.
    InputError
        When the client is closed, its scheduler does not answer, or it has no workers.
    """
    try:
        from distributed import Client
    except ImportError as err:  # pragma: no cover - the dask extra is not installed
        raise InputError(
            "Parameter `client` needs dask[distributed]: pip install 'market-reaction[dask]'."
        ) from err
    if not isinstance(client, Client):
        raise InputTypeError(
            f"Parameter `client` takes a dask.distributed.Client or None, got "
            f"{type(client).__name__}."
        )
    address = getattr(client.scheduler, "address", None) if client.scheduler else None
    if client.status != "running":
        raise InputError(
            f"Parameter `client`: the Dask client of scheduler {address!r} is {client.status}, "
            "not running; pass an open Client or client=None for this machine."
        )
    try:
        info = client.sync(client.scheduler.identity, callback_timeout=_SCHEDULER_TIMEOUT)
    except Exception as err:  # the comm raises OSError, TimeoutError or CommClosedError
        raise InputError(
            f"Parameter `client`: the Dask scheduler at {address!r} does not answer "
            f"({type(err).__name__}: {err}); pass a Client of a running cluster or client=None."
        ) from err
    n_workers = len(info.get("workers", {}))
    if n_workers == 0:
        raise InputError(
            f"Parameter `client`: the Dask scheduler at {address!r} has no workers; start some "
            "or pass client=None."
        )
    return n_workers


def partitions(blocks: Blocks, n_workers: int) -> list[list[BlockItem]]:
    """Consecutive blocks grouped into parts of at most ``_PART_PAIRS`` pairs (a block is
    never split), at least two parts per worker when there are enough blocks."""
    items = blocks.items()
    if not items:
        return []
    n_assets = len(blocks.events.assets)
    sizes = [it.rows(n_assets).stop - it.rows(n_assets).start for it in items]
    target = max(1, min(_PART_PAIRS, math.ceil(sum(sizes) / (2 * n_workers))))
    parts: list[list[BlockItem]] = [[]]
    filled = 0
    for item, size in zip(items, sizes):
        if parts[-1] and filled + size > target:
            parts.append([])
            filled = 0
        parts[-1].append(item)
        filled += size
    return parts


def _estimate_part(
    spec: BlockSpec, layout: Layout, panel: Panel, items: Sequence[BlockItem], n_assets: int
) -> Estimation:
    """On a worker: estimate the blocks of one part into its own :class:`Estimation`."""
    part = Estimation.part(spec, items, n_assets)
    ws = Workspace()
    for item in items:
        estimate_block(spec, view_of(panel, layout, item, ws), ws, part)
    return part


def _estimate_part_stored(
    spec: BlockSpec,
    layout: Layout,
    panel: Panel,
    items: Sequence[BlockItem],
    n_assets: int,
    target: StoreTarget,
    i: int,
    keys: PartFrames,
) -> tuple[Estimation, list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]]:
    """On a worker: estimate part ``i``, write its pair frames to ``target`` and return what
    the calling process keeps (:func:`~toolkit.study._pair_store.slim_part`) with the part's
    CAAR-path sums."""
    part = _estimate_part(spec, layout, panel, items, n_assets)
    sums = write_part(target, i, keys, part)
    return slim_part(part), sums


def _read_window(recipe: WindowRecipe) -> Panel:
    """On a worker: a part's panel window, its returns read from the Parquet panel."""
    return recipe.read()


def _window_warnings(recipe: WindowRecipe, panel: Panel) -> list[str]:
    """On a worker: what the checks of the returns say about a window it read."""
    return recipe.warnings_of(panel)


def _count_part(
    layout: Layout,
    panel: Panel,
    items: Sequence[BlockItem],
    n_assets: int,
    rows: slice,
    beta: np.ndarray,
    garch_est: np.ndarray | None,
    estimated: bool,
    plan: GrankPlan,
) -> tuple[np.ndarray, np.ndarray]:
    """On a worker: GRANK's counts of one part, ``(K, events, windows, T)`` for its events in
    the order of ``items`` and ``(K, pairs, windows)`` for its rows
    (:meth:`~toolkit.study._engine_ranks.GrankPlan.zero_counts`)."""
    events = np.concatenate([it.events for it in items])
    order = np.argsort(events, kind="stable")
    above, n_above = plan.zero_counts(len(events), rows.stop - rows.start, layout.T)
    ws = Workspace()
    for item in items:
        v = view_of(panel, layout, item, ws, copy_returns=False, event_returns=False)
        at = order[np.searchsorted(events, v.e, sorter=order)]
        count_block(
            v, panel.returns, rows.start, beta, garch_est, estimated, plan, at, above, n_above
        )
    return above, n_above


class _Run:
    """One fit's futures on the cluster: the scattered panel windows and the parts."""

    def __init__(
        self,
        client: Client,
        blocks: Blocks,
        n_workers: int,
        source: ParquetReturns | None = None,
    ) -> None:
        self.client = client
        self.source = source
        self.n_workers = n_workers
        self.blocks = blocks
        self.n_assets = len(blocks.events.assets)
        self.parts = partitions(blocks, n_workers)
        self.rows = [
            slice(p[0].rows(self.n_assets).start, p[-1].rows(self.n_assets).stop)
            for p in self.parts
        ]
        self.token = uuid.uuid4().hex[:12]
        self.attempt = 0
        self.panels: list[Future]
        self.notes: list[Future] = []
        if source is not None:  # the workers read their windows themselves
            self.panels = [self._read(i) for i in range(len(self.parts))]
            self.notes = [self._notes(i) for i in range(len(self.parts))]
        else:
            windows = [self._window(i) for i in range(len(self.parts))]
            self.panels = client.scatter(windows, broadcast=False, hash=False)
            del windows
        # (in a list: a NamedTuple alone would be scattered item by item)
        [self.layout] = client.scatter([blocks.layout()], broadcast=True, hash=False)

    def _window(self, i: int) -> Panel:
        """The panel's sessions that part ``i`` reads."""
        return self.blocks.panel.window(*self.blocks.span(self.parts[i]))

    def _recipe(self, i: int) -> WindowRecipe:
        """What a worker needs to read part ``i``'s window from the Parquet panel: the window
        without its returns, the part's tickers and dates."""
        assert self.source is not None
        window = self.blocks.panel.window(*self.blocks.span(self.parts[i]))
        skeleton = dataclasses.replace(window, returns=np.empty((self.n_assets, 0)))
        rows = part_assets(self.parts[i], self.n_assets)
        assets = [self.blocks.events.assets[j] for j in rows]
        return self.source.recipe(skeleton, assets, rows)

    def _read(self, i: int) -> Future:
        """Part ``i``'s window, read on a worker (kept there for both passes)."""
        return self.client.submit(
            _read_window,
            self._recipe(i),
            key=f"eventstudy-window-{self.token}-{i}-{self.attempt}",
            pure=False,
        )

    def _notes(self, i: int) -> Future:
        """The warnings about the returns of part ``i``'s window, from the worker that holds
        it."""
        return self.client.submit(
            _window_warnings,
            self._recipe(i),
            self.panels[i],
            key=f"eventstudy-notes-{self.token}-{i}-{self.attempt}",
            pure=False,
        )

    def warn_about_returns(self) -> None:
        """Warn here (DataWarning) with what the workers' checks said about the returns they
        read, each message once."""
        if not self.notes:
            return
        try:
            notes = self.client.gather(self.notes)
        except Exception:  # the windows were read: a lost note is only a lost warning
            return
        for message in dict.fromkeys(m for part in notes for m in part):
            warnings.warn(message, DataWarning, stacklevel=external_stacklevel())

    def _rescatter(self, i: int) -> None:
        """Scatter (or read) part ``i``'s window again (its worker may be gone, and scattered
        data has no recipe Dask could run again)."""
        self.panels[i].release()
        if self.source is not None:
            self.panels[i] = self._read(i)
            self.notes[i].release()
            self.notes[i] = self._notes(i)
        else:
            [self.panels[i]] = self.client.scatter([self._window(i)], broadcast=False, hash=False)
        if self.layout.status != "finished":
            [self.layout] = self.client.scatter([self.blocks.layout()], broadcast=True, hash=False)

    def gather_in_order(
        self, submit: Callable[[int], Future], what: str
    ) -> Iterator[tuple[int, Any]]:
        """Submit every part with ``submit(i)`` and yield ``(i, result)`` in part order.

        At most ``_AHEAD`` parts per worker are in flight beyond the one awaited, so finished
        results do not pile up on the workers while the driver merges.

        Dask runs a task again when its worker dies; when the part's scattered window went
        with the worker, the part is scattered and submitted again, up to ``_RETRIES`` times.
        Failures beyond that, and errors raised by a task, become :class:`ClusterError`
        naming the part and the cause.
        """
        n = len(self.parts)
        ahead = _AHEAD * self.n_workers  # parts in flight: what waits on the workers is bounded
        pending: dict[int, Future] = {i: submit(i) for i in range(min(ahead, n))}
        for i in range(n):
            if i + ahead < n:
                pending[i + ahead] = submit(i + ahead)
            for attempt in range(_RETRIES + 1):
                try:
                    result = pending[i].result()
                    break
                except _LOST as err:
                    if attempt == _RETRIES:
                        raise ClusterError(
                            f"Dask lost the workers running part {i} of {n} ({what}) "
                            f"{attempt + 1} times ({type(err).__name__}: {err}); no result was "
                            "returned. Check the workers' memory limits and logs."
                        ) from err
                    self._rescatter(i)
                    pending[i].release()
                    self.attempt += 1
                    pending[i] = submit(i)
                except ToolkitError as err:
                    if isinstance(err, ClusterError):
                        raise
                    # about the data a worker read (a close of the Parquet panel): the
                    # error the same data gives without a cluster
                    err.add_note(f"Raised on the Dask cluster by part {i} of {n} ({what}).")
                    raise
                except Exception as err:
                    raise ClusterError(
                        f"Part {i} of {n} ({what}) failed on the Dask cluster: "
                        f"{type(err).__name__}: {err}"
                    ) from err
            pending.pop(i).release()
            yield i, result

    def estimate(self, spec: BlockSpec) -> Estimation:
        """The first pass on the workers, merged into one estimation."""
        [spec_f] = self.client.scatter([spec], broadcast=True, hash=False)

        def submit(i: int) -> Future:
            return self.client.submit(
                _estimate_part,
                spec if spec_f.status != "finished" else spec_f,
                self.layout,
                self.panels[i],
                self.parts[i],
                self.n_assets,
                key=f"eventstudy-estimate-{self.token}-{i}-{self.attempt}",
                pure=False,
            )

        whole = Estimation.build(spec, self.blocks.n_pairs)
        for _, part in self.gather_in_order(submit, "estimation"):
            whole.merge(part)
        spec_f.release()
        return whole

    def estimate_stored(
        self, spec: BlockSpec, target: StoreTarget, keys: PartFrames
    ) -> tuple[Estimation, list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]]:
        """The first pass on the workers, each part's pair frames written to ``target``:
        the slim estimation (:func:`~toolkit.study._pair_store.slim_estimation`) and the
        CAAR-path sums."""
        [spec_f, keys_f] = self.client.scatter([spec, keys], broadcast=True, hash=False)

        def submit(i: int) -> Future:
            return self.client.submit(
                _estimate_part_stored,
                spec if spec_f.status != "finished" else spec_f,
                self.layout,
                self.panels[i],
                self.parts[i],
                self.n_assets,
                target,
                i,
                keys if keys_f.status != "finished" else keys_f,
                key=f"eventstudy-estimate-{self.token}-{i}-{self.attempt}",
                pure=False,
            )

        whole = slim_estimation(spec, self.blocks.n_pairs)
        sums: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]] = []
        for _, (part, part_sums) in self.gather_in_order(submit, "estimation"):
            whole.merge(part)
            add_path_sums(sums, part_sums)
        spec_f.release()
        keys_f.release()
        return whole, sums

    def grank(self, events: EventIndex, estimation: Estimation, car_ok: np.ndarray) -> GrankCounts:
        """GRANK's second pass on the workers."""
        plan = GrankPlan.build(events, estimation, car_ok)
        b = estimation.pairs
        above, n_above = plan.zero_counts(len(events.event_ids), len(b["event"]), estimation.T)
        if not plan.needed:
            return GrankCounts(estimation, plan.sd, above, n_above)
        estimated = self.blocks.study.spec.estimated

        def submit(i: int) -> Future:
            rows = self.rows[i]
            return self.client.submit(
                _count_part,
                self.layout,
                self.panels[i],
                self.parts[i],
                self.n_assets,
                rows,
                b["beta"][rows],
                estimation.garch_est[rows] if estimation.garch else None,
                estimated,
                GrankPlan(plan.sd, plan.thresholds[:, rows], plan.weights[rows]),
                key=f"eventstudy-grank-{self.token}-{i}-{self.attempt}",
                pure=False,
            )

        for i, (part_above, part_n) in self.gather_in_order(submit, "GRANK counts"):
            above[:, np.concatenate([it.events for it in self.parts[i]])] = part_above
            n_above[:, self.rows[i]] = part_n
        return GrankCounts(estimation, plan.sd, above, n_above)

    def residuals(
        self,
        estimated: bool,
        event: np.ndarray,
        asset: np.ndarray,
        beta: np.ndarray,
        rows: np.ndarray,
    ) -> np.ndarray:
        """Estimation residuals ``(len(rows), T)`` of the pair rows ``rows`` (in increasing
        order), computed on the workers from the windows of the parts that hold them."""
        starts = np.array([r.start for r in self.rows])
        part_of = np.searchsorted(starts, rows, side="right") - 1
        futures = []
        for i in np.unique(part_of).tolist():
            sel = rows[part_of == i]
            futures.append(
                self.client.submit(
                    residuals_in,
                    self.panels[i],
                    self.layout,
                    estimated,
                    event[sel],
                    asset[sel],
                    beta[sel],
                    key=f"eventstudy-residuals-{self.token}-{i}-{uuid.uuid4().hex[:8]}",
                    pure=False,
                )
            )
        try:
            return np.concatenate(self.client.gather(futures), axis=0)
        except Exception as err:
            raise ClusterError(
                "The estimation residuals of the Kolari-Pynnonen sums could not be computed on "
                f"the Dask cluster: {type(err).__name__}: {err}"
            ) from err
        finally:
            for fut in futures:
                fut.release()

    def release(self) -> None:
        """Let the cluster drop the scattered panel windows."""
        for fut in [*self.panels, *self.notes, self.layout]:
            fut.release()


class _RemoteResiduals:
    """The estimation residuals :meth:`~toolkit.study._overlap.Correlations.finish` asks for,
    a day-0 position at a time, when the driver holds no returns (a study read from
    Parquet): computed on the workers, a batch of the positions it will ask for at once.

    The positions it asks for are those within ``dmax`` sessions of a pair whose correlations
    are computed exactly; on a miss at position ``p`` every pair of the next such positions
    from ``p`` on, up to ``_RESIDUAL_PAIRS`` pairs, is fetched, and each position is handed
    out once (the caller keeps what it still needs).
    """

    def __init__(self, run: _Run, estimation: Estimation) -> None:
        b = estimation.pairs
        self.run = run
        self.estimated = run.blocks.study.spec.estimated
        self.event, self.asset, self.beta = b["event"], b["asset"], b["beta"]
        self.pos = run.blocks.events.pos[b["event"]]
        order = np.argsort(self.pos, kind="stable")
        self.order = order
        self.positions, self.first = np.unique(self.pos[order], return_index=True)
        self.bounds = np.r_[self.first, len(order)]
        dmax = estimation.correlations.plan.dmax
        exact = np.unique(self.pos[b["exact"].astype(bool)])
        # asked for: the positions with a pair of exact correlations within dmax sessions
        lo = np.searchsorted(exact, self.positions - dmax)
        hi = np.searchsorted(exact, self.positions + dmax, side="right")
        self.needed = hi > lo
        self.fetched = np.zeros(len(self.positions), dtype=bool)
        self.buffer: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def __call__(self, rows: np.ndarray) -> np.ndarray:
        out = np.empty((len(rows), self.run.blocks.T))
        pos = self.pos[rows]
        for p in np.unique(pos).tolist():
            if p not in self.buffer:
                self._fetch_from(p)
            held_rows, values = self.buffer.pop(p)
            at = pos == p
            out[at] = values[np.searchsorted(held_rows, rows[at])]
        return out

    def _fetch_from(self, p: int) -> None:
        """Fetch the residuals of every pair at position ``p`` and at the next positions it
        will ask for, up to ``_RESIDUAL_PAIRS`` pairs."""
        k = int(np.searchsorted(self.positions, p))
        take = [k]
        size = self.bounds[k + 1] - self.bounds[k]
        for j in range(k + 1, len(self.positions)):
            if not self.needed[j] or self.fetched[j]:
                continue
            n = self.bounds[j + 1] - self.bounds[j]
            if size + n > _RESIDUAL_PAIRS:
                break
            take.append(j)
            size += n
        groups = [np.sort(self.order[self.bounds[j] : self.bounds[j + 1]]) for j in take]
        rows = np.sort(np.concatenate(groups))
        values = self.run.residuals(self.estimated, self.event, self.asset, self.beta, rows)
        for j, group in zip(take, groups):
            self.fetched[j] = True
            self.buffer[int(self.positions[j])] = (group, values[np.searchsorted(rows, group)])


def run_distributed(
    study: EventStudy, options: FitOptions, client: Client, out: Any = None
) -> EventStudyResults:
    """Fit ``study`` with the blocks of events estimated on the workers of ``client``.

    Parameters
    ----------
    study
        A built event study.
    options
        The checked options of the call (``n_jobs`` is the driver's threads for its own share:
        the cross-sectional tests).
    client
        A running ``distributed.Client``.
    out
        A folder for the per-pair frames (:mod:`toolkit.study._pair_store`), or None to
        bring every pair's arrays back to this process.

    Returns
    -------
    EventStudyResults
        Equal to ``study.fit()`` on one machine; with ``out``, a
        :class:`~toolkit.study._stored_results.StoredEventStudyResults` that reads its pair
        frames from ``out``.

    Raises
    ------
    InputError
        For a closed client, a scheduler that does not answer, or an ``out`` that cannot be
        written.
    ClusterError
        When a part cannot be computed on the cluster (nothing is left in ``out`` then).
    """
    n_workers = check_client(client)
    events = EventIndex.locate(study)
    events.warn_overlaps(study.event_window)
    source = getattr(study, "returns_source", None)
    panel = Panel.build(study, events, with_returns=source is None)
    blocks = Blocks(study, events, panel, 1)
    spec = BlockSpec.build(study, events, options.rank_tests)
    target = None if out is None else StoreTarget.prepare(out)
    run: _Run | None = None
    try:
        run = _Run(client, blocks, n_workers, source)
        if target is None:
            estimation = run.estimate(spec)
        else:
            estimation, path_sums = run.estimate_stored(spec, target, PartFrames.of(study))
        run.warn_about_returns()
        residuals = None
        if source is not None and not estimation.garch:
            residuals = _RemoteResiduals(run, estimation)
        results = finish_fit(
            study,
            events,
            blocks,
            estimation,
            options,
            lambda car_ok: run.grank(events, estimation, car_ok),  # type: ignore[union-attr]
            residuals,
        )
        if target is None:
            return results
        from toolkit.study._stored_results import StoredEventStudyResults

        store = PairStore(target.commit(), events.event_ids, events.assets, options.adjust)
        return StoredEventStudyResults.adopt(results, store, path_sums)
    except BaseException:
        if target is not None:
            target.abort()
        raise
    finally:
        if run is not None:
            run.release()
