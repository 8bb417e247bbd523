"""Synthetic closes written as a Parquet price panel partitioned by asset, and their returns.

The returns are computed here, on the closes frame, for the in-memory studies that the studies
read from Parquet are compared with.
"""

from __future__ import annotations

from pathlib import Path

import exchange_calendars
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def panel_closes(seed: int = 11) -> pd.DataFrame:
    """Market-model closes of A0..A7 and MKT on the NYSE sessions of 2012-2015; two dates
    missing in every asset, A5 listed in March 2013, A6 without a close on one day of 2014."""
    rng = np.random.default_rng(seed)
    nyse = exchange_calendars.get_calendar("XNYS")
    days = pd.DatetimeIndex(nyse.sessions_in_range("2012-01-03", "2015-12-31")).as_unit("ns")
    mkt = rng.normal(0.0003, 0.01, len(days))
    rets = 0.0002 + np.outer(mkt, rng.uniform(0.5, 1.5, 8)) + rng.normal(0, 0.015, (len(days), 8))
    closes = pd.DataFrame(
        100 * np.cumprod(1 + np.c_[rets, mkt], axis=0),
        days,
        columns=[f"A{j}" for j in range(8)] + ["MKT"],
    )
    closes = closes.drop(index=closes.index[[700, 701]])  # a gap in every asset
    closes.loc[:"2013-02-28", "A5"] = np.nan
    closes.loc["2014-05-06", "A6"] = np.nan
    return closes


def simple_returns(closes: pd.DataFrame) -> pd.DataFrame:
    """Simple returns of the closes (NaN where a close is missing), first row dropped."""
    return (closes / closes.shift(1) - 1).iloc[1:]


def write_by_asset(frame: pd.DataFrame, folder: Path) -> dict[str, Path]:
    """Write each column's closes to ``folder/asset=X/part.parquet`` (the rows with a close,
    one row group per year, uncompressed); the files by asset."""
    files = {}
    for name, close in frame.items():
        close = close.dropna()
        years = close.index.year.to_numpy()
        cuts = np.flatnonzero(np.r_[True, years[1:] != years[:-1], True])
        table = pa.table({"date": close.index.date, "close": close.to_numpy()})
        path = folder / f"asset={name}" / "part.parquet"
        path.parent.mkdir(parents=True)
        with pq.ParquetWriter(path, table.schema, compression=None) as writer:
            for start, stop in zip(cuts[:-1], cuts[1:]):
                writer.write_table(table.slice(int(start), int(stop - start)))
        files[str(name)] = path
    return files
