"""How numbers are written: one rule for summaries, the command line and the report.

Every number the toolkit shows a person goes through these functions, so a p-value reads the
same in ``results.summary()``, in ``market-reaction study``, in the HTML report and its charts,
in the notebooks (``toolkit.fmt_pvalue``, ``toolkit.fmt_p`` and ``toolkit.fmt_pct`` are public
for them) and in the LaTeX table of :func:`toolkit.study.exports.to_latex`
(``tests/test_format_rule.py`` checks that they agree):

- **returns** (AR, CAR, CAAR, BHAR, a regression's event coefficient): a signed percentage with
  two decimals, ``+1.23%``; their **standard errors** unsigned, ``1.23%``
  (:func:`fmt_pct`, :func:`fmt_pct_se`);
- **test statistics** (t, z, J, Patell, BMP, F, ...): two decimals, ``-1.96``
  (:func:`fmt_stat`);
- **p-values**: three decimals, ``<0.001`` below 0.001, ``0.012`` otherwise
  (:func:`fmt_pvalue`; in a sentence ``p < 0.001``, ``p = 0.012``, :func:`fmt_p`); a
  statistic with its p-value ``-1.96 (0.050)`` (:func:`fmt_stat_p`);
- **shares and scores** between 0 and 1 (recall, precision, accuracy): three decimals,
  ``0.926`` (:func:`fmt_share`);
- **prices**: two decimals with thousands separators, ``5,456.90`` (:func:`fmt_price`);
- other numbers: four decimals (:func:`fmt_number`); whole numbers as they are; booleans
  ``yes``/``no``; dates ``YYYY-MM-DD`` (:func:`fmt_date`);
- a **missing** value (None, NaN, an infinity, NaT) is an em dash, ``—``.

:func:`column_formatter` picks the rule from a column name of the toolkit's frames
(``car`` -> percentage, ``pvalue`` and ``*_pvalue`` -> p-value, ``t`` and the CAAR tests ->
statistic, ...), and :func:`format_frame` applies it to every column of a frame. Non-numbers
pass through every formatter as text, so a formatter can be given a whole column.

This module imports neither pandas nor numpy at import time.

Examples
--------
>>> fmt_pvalue(0.0004), fmt_pvalue(0.01234), fmt_stat(-1.9599), fmt_pct(0.0123)
('<0.001', '0.012', '-1.96', '+1.23%')
>>> fmt_stat_p(2.5, 0.0124), fmt_share(25 / 27), fmt_number(float("nan"))
('2.50 (0.012)', '0.926', '—')
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = [
    "MISSING",
    "column_formatter",
    "fmt_date",
    "fmt_number",
    "fmt_pct",
    "fmt_p",
    "fmt_pct_se",
    "fmt_price",
    "fmt_pvalue",
    "fmt_share",
    "fmt_stat",
    "fmt_stat_p",
    "fmt_value",
    "fmt_window",
    "format_frame",
]

#: What a missing value is written as.
MISSING = "\u2014"

Formatter = Callable[[Any], str]


def _number(value: Any) -> float | None:
    """``value`` as a finite float; None when missing or not a number (bools excluded)."""
    if value is None or isinstance(value, bool | str | bytes):
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return not math.isfinite(value)
    # NaT and numpy floats, without importing pandas or numpy
    return type(value).__name__ in ("NaTType", "float64", "float32") and value != value


def _other(value: Any) -> str:
    """A value that is not a finite number: missing, a bool, or text."""
    if _is_missing(value):
        return MISSING
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else "no"
    if isinstance(value, float) or type(value).__name__.startswith("float"):
        return MISSING  # an infinity
    return str(value)


def fmt_number(value: Any, digits: int = 4) -> str:
    """A number with ``digits`` decimals (whole numbers as they are); missing: an em dash.

    >>> fmt_number(0.123456), fmt_number(0.123456, 2), fmt_number(7), fmt_number(True)
    ('0.1235', '0.12', '7', 'yes')
    """
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else "no"
    if isinstance(value, int) or type(value).__name__.startswith(("int", "uint")):
        return str(int(value))
    x = _number(value)
    return _other(value) if x is None else f"{x:.{digits}f}"


def fmt_pvalue(value: Any) -> str:
    """A p-value: three decimals, ``<0.001`` below 0.001; missing: an em dash."""
    x = _number(value)
    if x is None:
        return _other(value)
    return "<0.001" if x < 0.001 else f"{x:.3f}"


def fmt_p(value: Any) -> str:
    """A p-value in a sentence: ``p < 0.001`` or ``p = 0.012``.

    >>> fmt_p(0.0002), fmt_p(0.0456)
    ('p < 0.001', 'p = 0.046')
    """
    text = fmt_pvalue(value)
    return "p < 0.001" if text == "<0.001" else f"p = {text}"


def fmt_stat(value: Any) -> str:
    """A test statistic (t, z, J, F, ...): two decimals."""
    x = _number(value)
    return _other(value) if x is None else f"{x:.2f}"


def fmt_stat_p(stat: Any, pvalue: Any) -> str:
    """A statistic with its p-value, ``"-1.96 (0.050)"``; an em dash when not computed."""
    if _number(stat) is None:
        return MISSING
    return f"{fmt_stat(stat)} ({fmt_pvalue(pvalue)})"


def fmt_pct(value: Any, digits: int = 2) -> str:
    """A return as a signed percentage, ``+1.23%``."""
    x = _number(value)
    return _other(value) if x is None else f"{100.0 * x:+.{digits}f}%"


def fmt_pct_se(value: Any, digits: int = 2) -> str:
    """A standard error of a return as an unsigned percentage, ``1.23%``."""
    x = _number(value)
    return _other(value) if x is None else f"{100.0 * x:.{digits}f}%"


def fmt_share(value: Any) -> str:
    """A share or score between 0 and 1 (recall, precision, accuracy): three decimals."""
    return fmt_number(value, 3) if _number(value) is not None else _other(value)


def fmt_price(value: Any) -> str:
    """A price: two decimals with thousands separators, ``5,456.90``."""
    x = _number(value)
    return _other(value) if x is None else f"{x:,.2f}"


def fmt_date(value: Any) -> str:
    """A date as ``YYYY-MM-DD`` (a time of day other than midnight is kept, ISO 8601)."""
    if _is_missing(value):
        return MISSING
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        return fmt_date(value.to_pydatetime())
    return str(value)


def fmt_window(window: Any) -> str:
    """A window of relative days, ``(-1, 1)``, from a pair or a ``Window``."""
    if hasattr(window, "label"):
        return str(window.label)
    start, end = window
    return f"({int(start)}, {int(end)})"


def fmt_value(value: Any) -> str:
    """Any setting as short text: None ``none``, booleans ``yes``/``no``, windows
    ``(-1, 1)``, sequences comma-joined, floats by :func:`fmt_number`, dates ``YYYY-MM-DD``.

    >>> fmt_value(None), fmt_value((-250, -11)), fmt_value([(0, 0), (0, 1)]), fmt_value(False)
    ('none', '(-250, -11)', '(0, 0), (0, 1)', 'no')
    """
    if value is None:
        return "none"
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float) or type(value).__module__ == "numpy":
        return fmt_number(value)
    if isinstance(value, dt.date) or hasattr(value, "to_pydatetime"):
        return fmt_date(value)
    if hasattr(value, "label") and hasattr(value, "start"):
        return fmt_window(value)
    if isinstance(value, tuple | list):
        if len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return fmt_window(value)
        return ", ".join(fmt_value(v) for v in value) if value else "none"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={fmt_value(v)}" for k, v in value.items())
    return str(value)


# ------------------------------------------------------------------ columns
#: Columns of the toolkit's frames that hold returns (signed percentages).
RETURN_COLUMNS = frozenset(
    {"ret", "expected", "ar", "car", "caar", "bhar", "coef", "lower", "upper"}
)
#: Columns that hold standard errors of returns (unsigned percentages).
RETURN_SE_COLUMNS = frozenset({"std_err", "car_se", "caar_se"})
#: Columns that hold test statistics (t, standardised returns, the CAAR tests of ``caar``).
STAT_COLUMNS = frozenset(
    "t sar scar stat j1 j2 patell patell_kp bmp bmp_kp corrado sign wilcoxon grank "
    "calendar_time".split()
)
#: Columns that hold shares or scores between 0 and 1.
SHARE_COLUMNS = frozenset(
    {
        "recall",
        "f1",
        "confidence",
        "speaker_accuracy",
        "date_accuracy",
        "precision_accuracy",
        "time_of_day_accuracy",
        "date_source_accuracy",
        "kind_accuracy",
        "stance_accuracy",
    }
)
#: Columns that hold prices.
PRICE_COLUMNS = frozenset({"open", "high", "low", "close"})


def column_formatter(name: Any) -> Formatter:
    """The formatter of the rule for a column of the toolkit's frames (by its name).

    >>> column_formatter("car_pvalue")(0.0002), column_formatter("caar")(-0.0153)
    ('<0.001', '-1.53%')
    """
    col = str(name)
    if col == "pvalue" or col.endswith(("_pvalue", "pvalue_adj")):
        return fmt_pvalue
    if col in RETURN_COLUMNS:
        return fmt_pct
    if col in RETURN_SE_COLUMNS:
        return fmt_pct_se
    if col in STAT_COLUMNS:
        return fmt_stat
    if col in SHARE_COLUMNS:
        return fmt_share
    if col in PRICE_COLUMNS:
        return fmt_price
    return fmt_cell


def fmt_cell(value: Any) -> str:
    """A cell of no particular kind: None empty, missing values an em dash, numbers by
    :func:`fmt_number`, dates ``YYYY-MM-DD``, anything else as text."""
    if value is None:
        return ""
    if _is_missing(value):
        return MISSING
    if isinstance(value, dt.date) or hasattr(value, "to_pydatetime"):
        return fmt_date(value)
    if isinstance(value, int | float) or type(value).__module__ == "numpy":
        return fmt_number(value)
    return str(value)


def format_frame(
    frame: Any,
    formats: Mapping[str, Formatter] | None = None,
    *,
    columns: Iterable[str] | None = None,
) -> Any:
    """A copy of ``frame`` with every cell written as text by the rule.

    Parameters
    ----------
    frame
        A pandas DataFrame.
    formats
        Formatters for some columns; the others get :func:`column_formatter` of their name.
    columns
        The columns to keep, in order (default: all).

    Returns
    -------
    pandas.DataFrame
        Object columns of strings.
    """
    formats = dict(formats or {})
    shown = frame if columns is None else frame[[c for c in columns if c in frame.columns]]
    out = shown.copy()
    for col in out.columns:
        fmt = formats.get(col) or column_formatter(col)
        out[col] = [fmt(v) for v in shown[col].tolist()]
        out[col] = out[col].astype(object)
    return out
