"""Results of a fit whose per-pair frames were written to Parquet (``fit(client=..., out=...)``).

:class:`StoredEventStudyResults` is an :class:`~toolkit.study.results.EventStudyResults` whose
``caar``, ``tests``, ``overlap``, ``calendar_time()``, ``skipped``, ``summary()`` and
``caar_path`` are in memory as usual, while ``abnormal_returns``, ``car`` and ``car_path`` are
read from the dataset (:class:`~toolkit.study._pair_store.PairStore`) on first access, whole,
as pandas frames equal to those of a fit without ``out``. For a study too large for that, read
parts of them with ``results.pair_store.read(name, columns=..., filters=...)`` or lazily with
``results.pair_store.to_dask(name)``.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pandas as pd

from toolkit.study._pair_store import PAIR_FRAMES, PairStore
from toolkit.study.results import EventStudyResults

__all__ = ["StoredEventStudyResults"]


class StoredEventStudyResults(EventStudyResults):
    """Results whose per-pair frames are read from a Parquet dataset.

    Attributes
    ----------
    pair_store
        The dataset: ``pair_store.path``, ``read(name, columns=..., filters=...)`` and
        ``to_dask(name)`` for ``"abnormal_returns"``, ``"car"`` and ``"car_path"``.
    """

    pair_store: PairStore

    @classmethod
    def adopt(
        cls,
        results: EventStudyResults,
        store: PairStore,
        path_sums: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]],
    ) -> StoredEventStudyResults:
        """``results`` (built on the pair arrays the calling process keeps) reading its pair
        frames from ``store``; ``path_sums`` are the CAAR-path sums the workers returned."""
        out = cls.__new__(cls)
        state = {k: v for k, v in results.__dict__.items() if k not in PAIR_FRAMES}
        out.__dict__.update(state)
        out.pair_store = store
        out._path_sums = path_sums
        return out

    @cached_property
    def abnormal_returns(self) -> pd.DataFrame:
        """Daily abnormal returns, read from ``pair_store`` (see :class:`EventStudyResults`)."""
        return self.pair_store.read("abnormal_returns")

    @cached_property
    def car(self) -> pd.DataFrame:
        """CARs per event, asset and window, read from ``pair_store`` (``pvalue_adj`` added
        here when the fit had ``adjust``)."""
        return self.pair_store.read("car")

    @cached_property
    def car_path(self) -> pd.DataFrame:
        """The CAR cumulated from the event-window start, read from ``pair_store``."""
        return self.pair_store.read("car_path")

    def _caar_path_sums(self) -> list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
        """The sums the workers returned (the pair paths are not in memory)."""
        return self._path_sums
