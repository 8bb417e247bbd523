"""Fama-French daily factors (3 factors, 5 factors 2x3, momentum), release 202604, to 2026-04-30."""

from __future__ import annotations

import io
import lzma
from collections.abc import Mapping
from functools import lru_cache
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.errors import DataIntegrityError, check_option
from toolkit.market.datasets._store import FILES_DIR, manifest, verified_text

__all__ = ["DESCR", "FACTORS", "MODELS", "RISK_FREE", "TABLES", "assemble", "load", "tables"]

FactorModel = Literal["ff3", "ff5", "carhart"]
Unit = Literal["percent", "decimal"]

#: The factor models this dataset serves.
MODELS: tuple[str, ...] = ("ff3", "ff5", "carhart")
#: The regressors of each model, named as the Data Library names them.
FACTORS: dict[str, tuple[str, ...]] = {
    "ff3": ("Mkt-RF", "SMB", "HML"),
    "ff5": ("Mkt-RF", "SMB", "HML", "RMW", "CMA"),
    "carhart": ("Mkt-RF", "SMB", "HML", "Mom"),
}
#: The risk-free rate's column.
RISK_FREE = "RF"
#: The library's tables: name -> the columns the library gives it.
TABLES: dict[str, tuple[str, ...]] = {
    "ff3": ("Mkt-RF", "SMB", "HML", "RF"),
    "ff5": ("Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF"),
    "mom": ("Mom",),
}
_FILENAME = "famafrench.csv.xz"
_UNITS: tuple[str, ...] = ("percent", "decimal")

DESCR = """\
Fama-French daily factors: 3 factors, 5 factors (2x3) and momentum
-------------------------------------------------------------------
Unit: PERCENT PER DAY, as the library publishes them (1.13 means +1.13 %); load(unit="decimal")
divides by 100. Values have 2 decimals (RF too, so RF is coarse: 0.01 or 0.02 a day since 2024).
Tables, as the library names their columns:
  ff3      Mkt-RF, SMB, HML, RF                 1926-07-01 to 2026-04-30 (26,233 days)
  ff5      Mkt-RF, SMB, HML, RMW, CMA, RF       1963-07-01 to 2026-04-30 (15,813 days)
  mom      Mom                                  1926-11-03 to 2026-04-30 (26,132 days)
Mkt-RF is the value-weighted return of all CRSP firms listed on the NYSE, AMEX or NASDAQ minus
the one-month Treasury bill rate (RF, the simple daily rate that compounds to the monthly bill
rate); SMB (small minus big), HML (high minus low book-to-market), RMW (robust minus weak
profitability), CMA (conservative minus aggressive investment) and Mom (high minus low prior
return, months -12 to -2) are long-short portfolio returns. SMB of the 5-factor table is built
from three sorts and differs from SMB of the 3-factor table; Mkt-RF, HML and RF are identical in
the two tables. load("ff3") and load("carhart") use the 3-factor table (carhart adds Mom, from
1926-11-03); load("ff5") the 5-factor table. Dates since 1990 are exactly the NYSE sessions.
Known values: Mkt-RF 2020-03-16 = -12.01, 2025-04-09 = +9.65.
Release: built by the library "using the 202604 CRSP database"; the library revises past values
between releases (up to 0.23 percentage points, 0.63 for Mom on 2019-06-03), so do not mix
releases without checking.
Source: Kenneth R. French Data Library, Tuck School of Business at Dartmouth
(https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/data_library.html), files
F-F_Research_Data_Factors_daily, F-F_Research_Data_5_Factors_2x3_daily and
F-F_Momentum_Factor_daily, as committed unchanged in the GitHub repositories
tommy66779/Comparaison-IA-DotCom (3 factors: commit 852727c8dd42a7db8eeaadcfbbeefc5fbee89df2;
momentum: commit 323587e38ac76b8113f252d5b7c16933800c51a3) and
SimonKurono/robust-portfolio-optimization (5 factors: commit
16a6bf25918a9bb1a3ef8adb562b1aff75566b41, dates re-written there as YYYY-MM-DD, values
unchanged). Each file matched a second copy of the same release on every day.
Licence: the library's data are provided by Eugene F. Fama and Kenneth R. French
("Copyright 2026 Eugene F. Fama and Kenneth R. French"); cite the library when you use them.
Frame: indexed by date (DatetimeIndex "date"); the model's factors, then RF.
"""


def load(model: FactorModel = "ff3", *, unit: Unit = "percent") -> pd.DataFrame:
    """Load the daily factors of a Fama-French model, with the risk-free rate.

    Parameters
    ----------
    model
        ``"ff3"`` (Mkt-RF, SMB, HML), ``"ff5"`` (Mkt-RF, SMB, HML, RMW, CMA) or ``"carhart"``
        (the three factors and Mom, on the days both tables have).
    unit
        ``"percent"`` (per day, as published) or ``"decimal"`` (divided by 100, the unit of
        returns computed from prices).

    Returns
    -------
    pandas.DataFrame
        Indexed by date (a naive DatetimeIndex named ``"date"``, increasing); the model's factor
        columns (see :data:`FACTORS`), then ``RF``; float64 without NaN. ``attrs`` records
        ``unit``, ``model``, ``release`` and ``source``. A fresh copy on every call.

    Raises
    ------
    InputError
        For an unknown ``model`` or ``unit``.
    DataIntegrityError
        If the embedded file does not match its manifest entry.

    Examples
    --------
    >>> from toolkit.market.datasets import famafrench
    >>> ff3 = famafrench.load("ff3")
    >>> list(ff3.columns), float(ff3.loc["2025-04-09", "Mkt-RF"])
    (['Mkt-RF', 'SMB', 'HML', 'RF'], 9.65)
    >>> round(float(famafrench.load("ff3", unit="decimal").loc["2020-03-16", "Mkt-RF"]), 6)
    -0.1201
    """
    check_option("model", model, MODELS)
    check_option("unit", unit, _UNITS)
    entry = manifest()["files"][_FILENAME]
    return assemble(
        tables(),
        model,
        unit=unit,
        release=entry["release"],
        source="Kenneth R. French Data Library, embedded snapshot",
    )


def tables() -> dict[str, pd.DataFrame]:
    """The three embedded tables as the library gives them (percent per day).

    Returns
    -------
    dict of str to pandas.DataFrame
        ``"ff3"``, ``"ff5"`` and ``"mom"`` (see :data:`TABLES`), each indexed by date. Fresh
        copies.

    Raises
    ------
    DataIntegrityError
        If the embedded file does not match its manifest entry.
    """
    path = FILES_DIR / _FILENAME
    try:
        st = path.stat()
    except OSError as exc:
        raise DataIntegrityError(
            f"The snapshot file {path} is missing; reinstall market-reaction."
        ) from exc
    return {k: v.copy() for k, v in _read(str(path), st.st_size, st.st_mtime_ns).items()}


def assemble(
    parts: Mapping[str, pd.DataFrame],
    model: str,
    *,
    unit: str,
    release: str | None,
    source: str,
) -> pd.DataFrame:
    """Build a model's frame from the library's tables (embedded or downloaded).

    Parameters
    ----------
    parts
        Tables in percent per day keyed as :data:`TABLES` (``"mom"`` needed for carhart only).
    model
        One of :data:`MODELS`.
    unit
        ``"percent"`` or ``"decimal"``.
    release, source
        Recorded in ``attrs``.

    Returns
    -------
    pandas.DataFrame
        As :func:`load` returns it; days where a needed value is missing are left out.
    """
    base = parts["ff5" if model == "ff5" else "ff3"]
    frame = base.loc[:, [*FACTORS["ff5" if model == "ff5" else "ff3"], RISK_FREE]]
    if model == "carhart":
        frame = frame.join(parts["mom"].loc[:, ["Mom"]], how="inner")
        frame = frame.loc[:, [*FACTORS["carhart"], RISK_FREE]]
    frame = frame.dropna(how="any").astype(np.float64)
    if unit == "decimal":
        frame = frame / 100.0
    frame.index.name = "date"
    frame.attrs = {"unit": unit, "model": model, "release": release, "source": source}
    return frame


@lru_cache(maxsize=2)
def _read(path: str, size: int, mtime_ns: int) -> dict[str, pd.DataFrame]:
    # size and mtime_ns are part of the cache key so a file replaced on disk is read again.
    entry = manifest()["files"][_FILENAME]
    text = verified_text(path, entry)
    try:
        frame = pd.read_csv(
            io.BytesIO(text),
            dtype={c: "float64" for c in entry["columns"][2:]} | {"table": "str", "date": "str"},
            keep_default_na=False,
            na_values={c: [""] for c in entry["columns"][2:]},
        )
    except (lzma.LZMAError, EOFError, ValueError, pd.errors.ParserError) as exc:
        raise DataIntegrityError(f"The snapshot file {path} cannot be decoded.") from exc
    if list(frame.columns) != entry["columns"] or len(frame) != entry["rows"]:
        raise DataIntegrityError(
            f"The snapshot file {path} has columns {list(frame.columns)} and {len(frame)} rows, "
            f"the manifest records {entry['columns']} and {entry['rows']}."
        )
    out: dict[str, pd.DataFrame] = {}
    for name, spec in entry["tables"].items():
        part = frame.loc[frame["table"] == name]
        index = pd.DatetimeIndex(pd.to_datetime(part["date"], format="%Y-%m-%d"), name="date")
        table = pd.DataFrame(
            part.loc[:, spec["columns"]].to_numpy(),
            index=index.as_unit("ns"),
            columns=spec["columns"],
        )
        if (
            len(table) != spec["rows"]
            or f"{index[0]:%Y-%m-%d}" != spec["first"]
            or f"{index[-1]:%Y-%m-%d}" != spec["last"]
            or not index.is_monotonic_increasing
            or table.isna().to_numpy().any()
        ):
            raise DataIntegrityError(
                f"The snapshot file {path} does not hold the {name} table the manifest records."
            )
        out[name] = table
    return out
