"""Checks that what is passed as returns looks like daily returns, not prices or percents.

``EventStudy(returns, ...)`` takes simple (or log) daily returns as fractions: 0.0952 for a
9.52% day. Two careless inputs give wrong numbers without any error: closes passed as returns
(a CAR of -20,160%) and returns in percent (every AR and CAR a hundred times too large, while
t statistics and p-values look plausible). :func:`check_returns` warns about both, with the
evidence, and changes nothing.

Rules (per column, on its finite values, when it has at least :data:`MIN_OBSERVATIONS`):

* **prices**: every value is positive and the median is above :data:`PRICE_MEDIAN` (1.0):
  daily returns are never all positive over weeks, and a typical daily return is far below
  100%;
* **percent**: otherwise, a median absolute value above :data:`PERCENT_MEDIAN_ABS` (0.1): a
  typical daily move of 10% is beyond any index, fund or listed stock over weeks (the S&P 500's
  is about 0.6%, a volatile stock's 2-3%), while in percent the S&P 500's is about 0.6.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pandas as pd

from toolkit.errors import DataWarning, external_stacklevel

__all__ = ["MIN_OBSERVATIONS", "PERCENT_MEDIAN_ABS", "PRICE_MEDIAN", "check_returns"]

#: Fewer finite values than this in a column are not judged.
MIN_OBSERVATIONS = 5
#: A column of positive values with a median above this holds prices, not returns.
PRICE_MEDIAN = 1.0
#: A column whose median absolute value is above this holds percents (or worse), not fractions.
PERCENT_MEDIAN_ABS = 0.1


def _evidence(values: np.ndarray) -> str:
    return (
        f"{len(values)} values from {values.min():.6g} to {values.max():.6g}, median "
        f"{np.median(values):.6g}, median absolute value {np.median(np.abs(values)):.6g}, "
        f"{100 * np.mean(values > 0):.0f}% positive"
    )


def check_returns(returns: Any, *, name: str = "returns") -> Any:
    """Warn when ``returns`` looks like prices or like returns in percent.

    Parameters
    ----------
    returns
        A DataFrame (sessions by assets) or a Series of daily returns. Anything else is
        returned unchecked (the caller's own type checks report it).
    name
        The parameter's name, used in the message.

    Returns
    -------
    object
        ``returns``, unchanged.

    Warns
    -----
    DataWarning
        Once per call, naming each suspicious column with its evidence (count, range, median,
        median absolute value, share positive) and what to pass instead.

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.Series([0.01, -0.02, 0.003, 0.0, 0.012], name="^GSPC")
    >>> check_returns(r) is r
    True
    """
    if isinstance(returns, pd.Series):
        frame = returns.to_frame(name=returns.name if returns.name is not None else "returns")
    elif isinstance(returns, pd.DataFrame):
        frame = returns
    else:
        return returns
    prices: list[str] = []
    percents: list[str] = []
    for column in frame.columns:
        try:
            values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype="float64")
        except (TypeError, ValueError):
            continue
        values = values[np.isfinite(values)]
        if len(values) < MIN_OBSERVATIONS:
            continue
        if (values > 0).all() and np.median(values) > PRICE_MEDIAN:
            prices.append(f"{column} ({_evidence(values)})")
        elif np.median(np.abs(values)) > PERCENT_MEDIAN_ABS:
            percents.append(f"{column} ({_evidence(values)})")
    parts = []
    if prices:
        parts.append(
            f"{len(prices)} column(s) look like prices, not returns: all positive and typically "
            f"above {PRICE_MEDIAN:g}: {'; '.join(prices)}. Pass PriceData.returns(), or "
            "prices.pct_change().iloc[1:]"
        )
    if percents:
        parts.append(
            f"{len(percents)} column(s) look like returns in percent, not fractions: a typical "
            f"daily move above {PERCENT_MEDIAN_ABS:g} ({PERCENT_MEDIAN_ABS:.0%}): "
            f"{'; '.join(percents)}. Divide by 100 (0.0952 for a 9.52% day)"
        )
    if parts:
        warnings.warn(
            f"Parameter `{name}`: " + ". ".join(parts) + ". Results computed from them are wrong "
            "by the same factor.",
            DataWarning,
            stacklevel=external_stacklevel(),
        )
    return returns
