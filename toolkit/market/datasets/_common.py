"""Helpers shared by the dataset modules: loading one dataset and selecting tickers."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from toolkit.errors import InputError, UnknownTickerError
from toolkit.market.datasets._store import manifest, read_file

__all__ = ["load_dataset"]


def load_dataset(name: str, tickers: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Load one embedded dataset as a long OHLCV frame, optionally for some tickers only.

    Parameters
    ----------
    name
        The dataset name (see :func:`toolkit.market.datasets.available`).
    tickers
        A ticker or tickers to keep (exact snapshot spelling, e.g. ``"BRK-B"``); None keeps all.

    Returns
    -------
    pandas.DataFrame
        Columns ``date, ticker, open, high, low, close, volume``, sorted by ticker then date.

    Raises
    ------
    InputError
        If ``name`` is not a dataset.
    UnknownTickerError
        If a requested ticker is not in the dataset.
    DataIntegrityError
        If the file fails its manifest check.
    """
    datasets = manifest()["datasets"]
    if name not in datasets:
        raise InputError(
            f"Parameter `name` takes one of {', '.join(sorted(datasets))}, got {name!r}."
        )
    frame = read_file(datasets[name])
    if tickers is None:
        return frame
    wanted = [tickers] if isinstance(tickers, str) else list(tickers)
    known = set(frame["ticker"].unique())
    missing = [t for t in wanted if t not in known]
    if missing:
        sample = ", ".join(sorted(known)[:8])
        raise UnknownTickerError(
            f"Parameter `tickers`: {', '.join(map(repr, missing))} not in the {name} dataset "
            f"(it has {len(known)} tickers, e.g. {sample})."
        )
    out = frame[frame["ticker"].isin(wanted)]
    return out.reset_index(drop=True)
