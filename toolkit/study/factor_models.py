"""Inputs of the Fama-French models (``ff3``, ``ff5``, ``carhart``): excess returns and factors.

These models explain an asset's return in excess of the risk-free rate by the factor returns:
``r_t - RF_t = a + b' F_t + e_t``, fitted by OLS on the estimation window. Both sides are excess
returns: ``Mkt-RF`` already is one, and the long-short factors (SMB, HML, RMW, CMA, Mom) need
none. The abnormal return is the excess return minus its fitted value,
``AR_t = (r_t - RF_t) - (a + b' F_t)``, so the study's ``ret`` column holds ``r_t - RF_t`` and
``expected`` the fitted excess return. With ``kind="log"`` the excess return is
``r_t - log(1 + RF_t)``.

What this module decides before any estimation:

- **Which factors.** ``factors=None`` takes the embedded Data Library release
  (:mod:`toolkit.market.datasets.famafrench`). A frame given by the user must have the model's
  columns and ``RF``, named as the library names them (``Mkt-RF``, ``SMB``, ``HML``, ``RMW``,
  ``CMA``, ``Mom``, ``RF``); case, spaces, ``-`` and ``_`` are ignored (``mkt_rf`` is
  ``Mkt-RF``) and ``UMD`` or ``WML`` stand for ``Mom``.
- **Which unit.** The library publishes percent per day. ``factor_unit`` says which unit the
  factors are in; when it is None the frame's ``attrs["unit"]`` decides (set by
  :func:`toolkit.load_factors`), else percent. Factors in percent are divided by 100. The unit
  is then checked against the numbers: daily factor returns in percent have a median absolute
  value near 0.4, in decimals near 0.004; a median below (above) :data:`UNIT_THRESHOLD` when
  percent (decimal) is declared is an error that shows the median and a few values.
- **Which dates.** The factors must cover every event's estimation and event windows (as
  located in the returns index); otherwise a :class:`~toolkit.errors.RangeError` names the
  range they cover and the range needed. Sessions inside that range without a factor value are
  left out of the estimation, with a :class:`~toolkit.errors.DataWarning` counting them.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from toolkit.errors import DataWarning, InputError, RangeError, check_option, external_stacklevel
from toolkit.market.datasets import famafrench
from toolkit.study.windows import Window

__all__ = ["UNIT_THRESHOLD", "ExcessInputs", "excess_inputs"]

#: Median absolute daily factor return separating decimals (below) from percent (above).
UNIT_THRESHOLD = 0.03
_ALIASES = {"umd": "Mom", "wml": "Mom"}


@dataclass(frozen=True)
class ExcessInputs:
    """The inputs of a Fama-French model on the sessions of the returns.

    Attributes
    ----------
    returns
        Asset returns minus the risk-free rate.
    benchmark
        Benchmark returns minus the risk-free rate, or None.
    factors
        The model's factors in decimals, named as the library names them (no ``RF``).
    risk_free
        The risk-free rate in decimals (NaN where the factors have no value).
    deduct
        What was subtracted from the returns: ``risk_free``, or ``log(1 + risk_free)`` for
        log returns.
    unit
        The unit the factors were given in (``"percent"`` or ``"decimal"``).
    source
        Where the factors come from (``attrs["source"]`` of the frame, or ``"factors="``).
    """

    returns: pd.DataFrame
    benchmark: pd.Series | None
    factors: pd.DataFrame
    risk_free: pd.Series
    unit: str
    source: str
    deduct: pd.Series


def excess_inputs(
    model: str,
    returns: pd.DataFrame,
    benchmark: pd.Series | None,
    factors: Any,
    *,
    factor_unit: str | None,
    kind: str,
    sessions: pd.Series,
    estimation_window: Window,
    event_window: Window,
) -> ExcessInputs:
    """Excess returns and decimal factors for ``model``, checked for names, unit and coverage.

    Parameters
    ----------
    model
        ``"ff3"``, ``"ff5"`` or ``"carhart"``.
    returns
        The checked returns (sessions x assets), simple or log as ``kind`` says.
    benchmark
        The checked benchmark on the same sessions, or None.
    factors
        A DataFrame indexed by dates with the model's columns and ``RF``, or None for the
        embedded release.
    factor_unit
        ``"percent"``, ``"decimal"`` or None (the frame's ``attrs["unit"]``, else percent).
    kind
        ``"simple"`` or ``"log"``.
    sessions
        Day 0 of every event.
    estimation_window, event_window
        The study's windows, to find the dates the factors must cover.

    Returns
    -------
    ExcessInputs

    Raises
    ------
    InputError
        When ``factors`` is not a dated frame, lacks a column, or its values contradict the unit.
    RangeError
        When the factors do not cover the windows of the events.
    """
    if factor_unit is not None:
        check_option("factor_unit", factor_unit, ("percent", "decimal"))
    if factors is None:
        frame = famafrench.load(model, unit="percent")  # type: ignore[arg-type]
        unit = "percent"
        source = f"{frame.attrs['source']}, release {frame.attrs['release']}"
    else:
        if not isinstance(factors, pd.DataFrame) or not isinstance(factors.index, pd.DatetimeIndex):
            raise InputError(
                f"Parameter `factors` takes a DataFrame indexed by dates for model={model!r}, got "
                f"{type(factors).__name__}; toolkit.load_factors({model!r}) gives one."
            )
        frame = _named(factors, model)
        unit = factor_unit or str(factors.attrs.get("unit") or "percent")
        source = "factors="
        check_option("factor_unit", unit, ("percent", "decimal"))
    names = [*famafrench.FACTORS[model], famafrench.RISK_FREE]
    frame = frame.loc[:, names].astype(np.float64)
    frame.index = pd.DatetimeIndex(frame.index).tz_localize(None).normalize()
    _check_unit(frame, model, unit, given=factors is not None)
    if unit == "percent":
        frame = frame / 100.0
    index = pd.DatetimeIndex(returns.index)
    need_lo, need_hi = _needed(index, sessions, estimation_window, event_window)
    complete = frame.index[np.isfinite(frame.to_numpy()).all(axis=1)]
    if len(complete) == 0:
        raise InputError(f"Parameter `factors` has no date with every column of {names}.")
    if need_lo is not None and (complete[0] > need_lo or complete[-1] < need_hi):
        err = RangeError(
            f"Parameter `factors`: the {model} factors ({source}) cover {complete[0]:%Y-%m-%d} "
            f"to {complete[-1]:%Y-%m-%d}, but the estimation and event windows of the events "
            f"need {need_lo:%Y-%m-%d} to {need_hi:%Y-%m-%d}. Pass factors that cover them "
            f'(toolkit.load_factors({model!r}, source="live") has the latest release) or '
            "leave out the events outside."
        )
        err.available = (complete[0], complete[-1])
        raise err
    on_index = frame.reindex(index)
    _warn_gaps(on_index, index, need_lo, need_hi, model)
    rf = on_index[famafrench.RISK_FREE]
    deduct = np.log1p(rf) if kind == "log" else rf
    excess = returns.sub(deduct, axis=0)
    bench = None
    if benchmark is not None:
        bench = benchmark - deduct
        bench.name = benchmark.name
    return ExcessInputs(
        returns=excess,
        benchmark=bench,
        factors=on_index.drop(columns=famafrench.RISK_FREE),
        risk_free=rf,
        unit=unit,
        source=source,
        deduct=deduct,
    )


def _key(name: Any) -> str:
    return re.sub(r"[\s_\-]+", "", str(name)).casefold()


def _named(factors: pd.DataFrame, model: str) -> pd.DataFrame:
    """The frame with its columns renamed to the library's names; missing ones are an error."""
    wanted = [*famafrench.FACTORS[model], famafrench.RISK_FREE]
    by_key = {_key(n): n for n in wanted}
    rename: dict[Any, str] = {}
    for col in factors.columns:
        key = _key(col)
        target = by_key.get(key) or (_ALIASES[key] if _ALIASES.get(key) in wanted else None)
        if target is not None and target not in rename.values():
            rename[col] = target
    missing = [n for n in wanted if n not in rename.values()]
    if missing:
        raise InputError(
            f"Parameter `factors` lacks the column(s) {', '.join(missing)} that model={model!r} "
            f"needs (it has {', '.join(map(str, factors.columns)) or 'none'}); the model "
            f"regresses returns minus RF on {', '.join(famafrench.FACTORS[model])}."
        )
    try:
        return factors.loc[:, list(rename)].rename(columns=rename).astype(np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError(f"Parameter `factors` must hold numbers in {', '.join(wanted)}.") from exc


def _check_unit(frame: pd.DataFrame, model: str, unit: str, *, given: bool) -> None:
    values = frame.loc[:, list(famafrench.FACTORS[model])].to_numpy()
    values = values[np.isfinite(values)]
    if len(values) < 20:
        return  # too few values to judge
    median = float(np.median(np.abs(values)))
    looks = "decimal" if median < UNIT_THRESHOLD else "percent"
    if looks == unit:
        return
    sample = frame.iloc[len(frame) // 2 : len(frame) // 2 + 3, :2]
    shown = "; ".join(
        f"{day:%Y-%m-%d} " + ", ".join(f"{c}={v:.4g}" for c, v in row.items())
        for day, row in sample.iterrows()
    )
    fix = "factor_unit='decimal'" if looks == "decimal" else "factor_unit='percent'"
    origin = "" if given else " (embedded release)"
    raise InputError(
        f"Parameter `factors`{origin} is declared in {unit} but looks like {looks}s: the median "
        f"absolute factor return is {median:.4g} (daily factors in percent are near 0.4, in "
        f"decimals near 0.004; e.g. {shown}). Pass {fix} if that is the unit, or convert them."
    )


def _needed(
    index: pd.DatetimeIndex, sessions: pd.Series, est: Window, evw: Window
) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    pos = index.get_indexer(pd.DatetimeIndex(sessions))
    pos = pos[pos >= 0]
    if len(pos) == 0:
        return None, None
    lo = int(np.clip(pos.min() + min(est.start, evw.start), 0, len(index) - 1))
    hi = int(np.clip(pos.max() + max(est.end, evw.end), 0, len(index) - 1))
    return index[lo], index[hi]


def _warn_gaps(
    on_index: pd.DataFrame,
    index: pd.DatetimeIndex,
    lo: pd.Timestamp | None,
    hi: pd.Timestamp | None,
    model: str,
) -> None:
    if lo is None or hi is None:
        return
    inside = (index >= lo) & (index <= hi)
    gaps = index[inside & ~np.isfinite(on_index.to_numpy()).all(axis=1)]
    if len(gaps):
        shown = ", ".join(f"{d:%Y-%m-%d}" for d in gaps[:5]) + (", ..." if len(gaps) > 5 else "")
        warnings.warn(
            f"The {model} factors have no value on {len(gaps)} session(s) of the returns inside "
            f"the windows ({shown}); those sessions are left out of the estimation and their "
            "abnormal returns are missing.",
            DataWarning,
            stacklevel=external_stacklevel(),
        )
