"""Inputs of an event study: returns, benchmark and factors as float frames on one index.

What this module decides, before any estimation:

- **Returns** (:func:`as_returns`): a DataFrame of sessions by assets, or a Series for one asset
  (named after the Series, ``"asset"`` when it has no name). The index must be a
  :class:`~pandas.DatetimeIndex` of unique sessions in increasing order; it is made timezone-naive
  and normalised to midnight. Values become float64 and column names strings.
- **Benchmark and factors** (:func:`aligned`): reindexed on the sessions of the returns, with NaN
  where they have no value; they must share at least one session with the returns.
- **Design** (:func:`design_matrix`): the regressors of the normal-return model on every session
  (constant, benchmark, factors) and, for models without estimated parameters, the expected
  return itself (``offset``: the benchmark for ``market_adjusted``, zero for ``raw``).

Every refusal is an :class:`~toolkit.errors.InputError` naming the parameter.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from toolkit.errors import InputError
from toolkit.study.models import EXCESS_RETURN_MODELS, ModelSpec

__all__ = ["aligned", "as_returns", "design_matrix"]


def as_returns(returns: Any) -> pd.DataFrame:
    """The returns as a float frame of sessions (naive, normalised) by assets (str).

    Parameters
    ----------
    returns
        A DataFrame (sessions x assets) or a Series (one asset) of returns.

    Returns
    -------
    DataFrame

    Raises
    ------
    InputError
        When ``returns`` is not a frame or series, is empty, is not indexed by unique sessions in
        increasing order, or holds something other than numbers.
    """
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


def aligned(obj: Any, index: pd.DatetimeIndex, name: str) -> pd.DataFrame | None:
    """``obj`` as a float frame on ``index`` (NaN where it has no value); None stays None.

    Parameters
    ----------
    obj
        A Series or DataFrame indexed by session dates, or None.
    index
        The sessions of the returns (see :func:`as_returns`).
    name
        The parameter's name, for the error message.

    Returns
    -------
    DataFrame or None

    Raises
    ------
    InputError
        When ``obj`` is not indexed by dates or shares no session with ``index``.
    """
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


def design_matrix(
    spec: ModelSpec,
    n_sessions: int,
    benchmark: pd.Series | None,
    factors: pd.DataFrame | None,
) -> tuple[np.ndarray, np.ndarray | None]:
    """The regressors of ``spec`` on every session, and the offset of unestimated models.

    Parameters
    ----------
    spec
        The resolved model.
    n_sessions
        Rows of the returns.
    benchmark, factors
        Outputs of :func:`aligned` (the benchmark as its first column).

    Returns
    -------
    x : numpy.ndarray
        ``(n_sessions, p)``: a constant, then the benchmark for ``market``, ``factor`` and
        ``garch``, then the factors for ``factor``, ``ff3``, ``ff5`` and ``carhart``.
    offset : numpy.ndarray or None
        The expected return of ``market_adjusted`` (the benchmark) and ``raw`` (zero); None
        for the other models.
    """
    cols = [np.ones(n_sessions)]
    offset = None
    if spec.name in ("market", "factor", "garch") and benchmark is not None:
        cols.append(benchmark.to_numpy())
    if factors is not None and (spec.name == "factor" or spec.name in EXCESS_RETURN_MODELS):
        cols.extend(factors.to_numpy().T)
    if spec.name == "market_adjusted":
        assert benchmark is not None
        offset = benchmark.to_numpy()
    elif spec.name == "raw":
        offset = np.zeros(n_sessions)
    return np.column_stack(cols), offset
