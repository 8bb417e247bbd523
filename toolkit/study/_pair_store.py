"""The per-pair frames of a fit on a Dask cluster, written to Parquet by the workers.

``EventStudy(...).fit(client=..., out="pairs.parquet")`` keeps the pair frames out of the
process that called ``fit``: each worker writes the frames of its part of the pairs and sends
back only what the cross-sectional tests need (:func:`slim_part`). What this module decides:

- **The layout** of the dataset folder ``out``: one Parquet file per part of the fit and frame,
  named so that the files of a frame, read in name order, give the rows in the order of the
  frame of a fit without ``out``::

      out/abnormal_returns/part-00000.parquet ...
      out/car/window-000-part-00000.parquet ...   (window by window, as results.car)
      out/car_path/part-00000.parquet ...
      out/_SUCCESS

  The columns and values are those of ``results.abnormal_returns``, ``results.car`` (without
  ``pvalue_adj``, which depends on every pair of a window: it is added when the frame is read)
  and ``results.car_path``; ``event_id`` and ``asset`` are stored as dictionaries
  (categoricals).
- **Atomic writes.** The workers write into a hidden folder next to ``out``
  (``.<name>.tmp-<token>``), each file first under a hidden temporary name, renamed when
  complete (a part run again after a lost worker replaces its files). The calling process
  writes ``_SUCCESS`` and renames the folder to ``out`` once the whole fit has succeeded; on
  any failure the hidden folder is removed. A reader therefore sees a complete dataset or none.
  An existing ``out`` is refused unless it is empty or an earlier dataset of this kind (which
  is then replaced at the end, not before).
- **Reading back** (:class:`PairStore`): a whole frame as pandas, some columns or rows of it
  (pyarrow filters), or a lazy ``dask.dataframe`` (one partition per file).

``out`` must be on a file system that every worker and the calling process see (the same
machine, or a shared folder on a cluster).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from toolkit._files import write_parquet_atomic
from toolkit.errors import InputError
from toolkit.study import inference as inf

if TYPE_CHECKING:
    from toolkit.study._engine import BlockSpec, Estimation
    from toolkit.study.model import EventStudy

__all__ = [
    "PAIR_FRAMES",
    "PairStore",
    "PartFrames",
    "StoreTarget",
    "slim_estimation",
    "slim_part",
]

#: The per-pair frames written to the dataset, as the attributes of the results.
PAIR_FRAMES: tuple[str, ...] = ("abnormal_returns", "car", "car_path")

#: Seconds a failed fit keeps removing its staging folder while parts still write into it.
_ABORT_SECONDS = 10.0

#: The marker of a complete dataset.
SUCCESS = "_SUCCESS"

#: Pair arrays the calling process keeps: what the skipped entries, the cross-sectional tests,
#: GRANK's second pass and ``conf_int`` read. ``ar`` is kept as float16 codes: 0 where the AR
#: is finite, else the NaN or infinity itself (which days are missing, and why).
KEPT_PAIRS: tuple[str, ...] = (
    "event",
    "asset",
    "reason",
    "n_obs",
    "n_nan",
    "dof",
    "sigma2",
    "frac_pos",
    "ar",
    "car",
    "car_var",
    "csar",
    "beta",
    "exact",
)


# -------------------------------------------------------------------- the calling process
def slim_estimation(spec: BlockSpec, n_pairs: int) -> Estimation:
    """The whole fit's :class:`~toolkit.study._engine.Estimation` with only the pair arrays of
    :data:`KEPT_PAIRS` (``ar`` as float16 codes): what the parts of :func:`slim_part` merge
    into."""
    from toolkit.study._engine import Estimation

    whole = Estimation(spec, slice(0, 0), None)  # per-event sums of every event, no pair rows
    whole.rows = slice(0, n_pairs)
    whole.pairs = {
        k: np.zeros((n_pairs, *v.shape[1:]), dtype=np.float16 if k == "ar" else v.dtype)
        for k, v in whole.pairs.items()
        if k in KEPT_PAIRS
    }
    if whole.garch:  # GARCH's standardised residuals: the later passes need them
        whole.garch_est = np.zeros((n_pairs, spec.T))
    return whole


@dataclass(frozen=True)
class StoreTarget:
    """Where a fit writes its pair frames: the final folder and the hidden one the workers
    write into (small and picklable: what a task carries)."""

    final: str
    staging: str

    @classmethod
    def prepare(cls, out: Any) -> StoreTarget:
        """Check ``out`` and create the hidden staging folder next to it.

        Raises
        ------
        InputError
            When ``out`` is not a path, is a file, or is a folder that holds something other
            than an earlier pair dataset.
        """
        if not isinstance(out, str | os.PathLike) or not str(out):
            raise InputError(
                f"Parameter `out` takes the path of a folder for the pair frames (e.g. "
                f"'pairs.parquet'), got {out!r}."
            )
        final = Path(out).expanduser().absolute()
        if final.exists():
            if not final.is_dir():
                raise InputError(
                    f"Parameter `out`: {final} is a file; give a new or empty folder, or an "
                    "earlier pair dataset to replace."
                )
            if any(final.iterdir()) and not (final / SUCCESS).exists():
                raise InputError(
                    f"Parameter `out`: {final} is a folder that is neither empty nor an "
                    f"earlier pair dataset (no {SUCCESS} file); give a new or empty folder."
                )
        if not final.parent.is_dir():
            raise InputError(f"Parameter `out`: the folder {final.parent} does not exist.")
        staging = final.parent / f".{final.name}.tmp-{uuid.uuid4().hex[:12]}"
        for name in PAIR_FRAMES:
            (staging / name).mkdir(parents=True)
        return cls(str(final), str(staging))

    def commit(self) -> Path:
        """Mark the staging folder complete and move it to ``final`` (an earlier dataset
        there is replaced); returns the final path."""
        staging, final = Path(self.staging), Path(self.final)
        for stray in staging.rglob(".*.tmp"):  # files of a task that died while writing
            stray.unlink()
        (staging / SUCCESS).touch()
        old = None
        if final.exists():
            old = final.parent / f".{final.name}.old-{uuid.uuid4().hex[:12]}"
            final.rename(old)
        staging.rename(final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return final

    def abort(self) -> None:
        """Remove the staging folder (nothing is left of a failed fit).

        Parts still running on the workers may be writing into it while it is removed; it is
        removed again until it is gone (up to ``_ABORT_SECONDS``), after which their writes
        fail for want of the folder instead of leaving a file behind.
        """
        staging = Path(self.staging)
        deadline = time.monotonic() + _ABORT_SECONDS
        shutil.rmtree(staging, ignore_errors=True)
        while staging.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
            shutil.rmtree(staging, ignore_errors=True)


# -------------------------------------------------------------------- the workers
@dataclass(frozen=True)
class PartFrames:
    """What a worker needs to build the pair frames of its part, in place of the study: the
    events frame (``event_id``, ``session``, ``group``), the returns' sessions and assets, the
    windows. Built once per fit and sent to every worker."""

    events: Any
    sessions: pd.DatetimeIndex
    assets: list[str]
    event_window: Any
    car_windows: Any

    @classmethod
    def of(cls, study: EventStudy) -> PartFrames:
        """The frame keys of ``study``."""
        frame = study.events.frame[["event_id", "session", "group"]]
        return cls(
            SimpleNamespace(frame=frame),
            study.sessions,
            study.assets,
            study.event_window,
            study.car_windows,
        )


def write_part(
    target: StoreTarget, i: int, keys: PartFrames, part: Estimation
) -> list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
    """On a worker: write the pair frames of part ``i`` (its rows of every frame) and return
    its sums of the CAAR path per group."""
    from toolkit.study.results import EventStudyResults

    b = part.pairs
    car_ok = np.isfinite(b["car"]) & (b["reason"] == 0)[:, None]
    frames = EventStudyResults.__new__(EventStudyResults)  # the frames' code, on this part
    frames._study, frames._b, frames._car_ok, frames._adjust = keys, b, car_ok, None
    root = Path(target.staging)
    write_parquet_atomic(
        frames.abnormal_returns, root / "abnormal_returns" / f"part-{i:05d}.parquet"
    )
    write_parquet_atomic(frames.car_path, root / "car_path" / f"part-{i:05d}.parquet")
    car = frames.car
    bounds = np.r_[0, np.cumsum(car_ok.sum(axis=0))]
    for k in range(car_ok.shape[1]):
        window = car.iloc[bounds[k] : bounds[k + 1]].reset_index(drop=True)
        write_parquet_atomic(window, root / "car" / f"window-{k:03d}-part-{i:05d}.parquet")
    return frames._caar_path_sums()


def slim_part(part: Estimation) -> Estimation:
    """``part`` with only the pair arrays the calling process keeps (:data:`KEPT_PAIRS`)."""
    b = part.pairs
    ar = b["ar"]
    b["ar"] = np.where(np.isfinite(ar), 0.0, ar).astype(np.float16)
    for k in [k for k in b if k not in KEPT_PAIRS]:
        del b[k]
    return part


def add_path_sums(
    into: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]],
    part: Sequence[tuple[str, np.ndarray, np.ndarray, np.ndarray]],
) -> None:
    """Add a part's CAAR-path sums to ``into`` (groups kept in order of first appearance)."""
    at = {g: j for j, (g, *_) in enumerate(into)}
    for g, s, v, n in part:
        if g in at:
            _, s0, v0, n0 = into[at[g]]
            into[at[g]] = (g, s0 + s, v0 + v, n0 + n)
        else:
            at[g] = len(into)
            into.append((g, s, v, n))


# -------------------------------------------------------------------- reading back
class PairStore:
    """A pair dataset written by ``fit(client=..., out=...)``: its frames read on demand.

    Parameters
    ----------
    path
        The dataset folder.
    event_ids, assets
        The categories of ``event_id`` and ``asset`` (events frame and returns' columns order).
    adjust
        ``"holm"``, ``"fdr_bh"`` or None: the adjustment added to ``car`` as ``pvalue_adj``.

    Examples
    --------
    ``results.pair_store.read("car", columns=["event_id", "asset", "car"])`` reads three
    columns; ``results.pair_store.to_dask("abnormal_returns")`` gives a lazy dask DataFrame.
    """

    def __init__(
        self, path: Path, event_ids: Sequence[str], assets: Sequence[str], adjust: str | None
    ) -> None:
        self.path = Path(path)
        self._categories = {"event_id": pd.Index(event_ids), "asset": pd.Index(assets)}
        self._adjust = adjust

    def __repr__(self) -> str:
        return f"PairStore({str(self.path)!r})"

    def files(self, name: str) -> list[Path]:
        """The Parquet files of frame ``name``, in the order of its rows."""
        if name not in PAIR_FRAMES:
            raise InputError(f"Parameter `name` takes one of {list(PAIR_FRAMES)}, got {name!r}.")
        if not (self.path / SUCCESS).exists():
            raise InputError(
                f"The pair dataset {self.path} is incomplete or gone (no {SUCCESS} file)."
            )
        return sorted((self.path / name).glob("[!.]*.parquet"))

    def read(
        self, name: str, *, columns: Sequence[str] | None = None, filters: Any = None
    ) -> pd.DataFrame:
        """Frame ``name`` (``"abnormal_returns"``, ``"car"`` or ``"car_path"``) as pandas.

        Parameters
        ----------
        name
            The frame.
        columns
            Read only these columns (default: all).
        filters
            Read only these rows: pyarrow filters, e.g. ``[("asset", "in", ["A0001"])]``.

        Returns
        -------
        DataFrame
            In the order of the frame of a fit without ``out``; ``event_id`` and ``asset``
            categoricals with every event and asset of the study as categories. ``car`` gains
            ``pvalue_adj`` (when the fit had ``adjust``) only when read without ``filters`` and
            with its ``window`` and ``pvalue`` columns.
        """
        import pyarrow.parquet as pq

        wanted = None if columns is None else list(columns)
        parts = [
            self._keyed(pq.read_table(f, columns=wanted, filters=filters).to_pandas())
            for f in self.files(name)
        ]
        frame = pd.concat(parts, ignore_index=True)
        whole = filters is None and (columns is None or {"window", "pvalue"} <= set(columns))
        if name == "car" and self._adjust and whole:  # adjusted over every pair of a window
            adjusted = np.full(len(frame), np.nan)
            pvalues = frame["pvalue"].to_numpy()
            for rows in frame.groupby("window", sort=False, observed=True).indices.values():
                adjusted[rows] = inf.adjust_pvalues(pvalues[rows], self._adjust)
            frame["pvalue_adj"] = adjusted
        return frame

    def _keyed(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``event_id`` and ``asset`` as categoricals of every event and asset (a file keeps
        only the values it holds)."""
        for col, cats in self._categories.items():
            if col in frame:
                values = frame[col]
                if isinstance(values.dtype, pd.CategoricalDtype):
                    frame[col] = values.cat.set_categories(cats)
                else:
                    frame[col] = pd.Categorical(values, categories=cats)
        return frame

    def to_dask(self, name: str) -> Any:
        """Frame ``name`` as a lazy ``dask.dataframe.DataFrame``, one partition per file, in
        row order (without ``pvalue_adj``)."""
        try:
            import dask.dataframe as dd
        except ImportError as err:  # pragma: no cover - the dask extra is not installed
            raise InputError(
                "to_dask needs dask[dataframe]: pip install 'market-reaction[dask]'."
            ) from err
        return dd.read_parquet([str(f) for f in self.files(name)])
