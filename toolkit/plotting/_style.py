"""The shared look of every chart: template, colours, escaping of user text, frame access.

Every builder in :mod:`toolkit.plotting` uses the ``"market_reaction"`` plotly template
registered here, the Okabe-Ito colours in :data:`STANCE_COLORS`, and :func:`escape` /
:func:`wrap_text` for any text that comes from articles or users (plotly renders a subset of
HTML in hover labels, legends, annotations and titles, so that text is escaped first).
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from scipy import stats

from toolkit.errors import InputError

__all__ = [
    "GROUP_PALETTE",
    "POOLED_COLOR",
    "STANCE_COLORS",
    "TEMPLATE",
    "escape",
    "fmt_date",
    "get_frame",
    "group_colors",
    "level_label",
    "optional_frame",
    "percent",
    "two_sided_quantile",
    "wrap_text",
]

#: Name of the plotly template every builder uses (registered in ``plotly.io.templates``).
TEMPLATE = "market_reaction"

#: Okabe-Ito colours for statement stances (colour-blind safe). ``mixed`` and ``other`` share
#: reddish purple. Each topic's firmer pole (:mod:`toolkit.text.topics`) is vermillion, its
#: softer pole bluish green.
STANCE_COLORS: dict[str, str] = {
    "escalation": "#D55E00",
    "deescalation": "#009E73",
    "opposition": "#0072B2",
    "hawkish": "#D55E00",
    "dovish": "#009E73",
    "tightening": "#D55E00",
    "easing": "#009E73",
    "stimulus": "#D55E00",
    "austerity": "#009E73",
    "neutral": "#999999",
    "mixed": "#CC79A7",
    "other": "#CC79A7",
}

#: Okabe-Ito colours for groups that are not stances, in the order they are handed out.
GROUP_PALETTE: tuple[str, ...] = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#F0E442",
    "#000000",
)

#: Colour of pooled series (the CAAR over all events).
POOLED_COLOR = "#000000"

_FONT = "Inter, 'Helvetica Neue', Arial, sans-serif"


def _build_template() -> go.layout.Template:
    template = go.layout.Template(pio.templates["plotly_white"])
    template.layout.update(
        font={"family": _FONT, "size": 13, "color": "#222222"},
        title={"x": 0.01, "xanchor": "left", "font": {"size": 17}},
        margin={"l": 70, "r": 30, "t": 90, "b": 60},
        hoverlabel={
            "bgcolor": "white",
            "bordercolor": "#555555",
            "font": {"family": _FONT, "size": 12, "color": "#222222"},
            "align": "left",
        },
        legend={"bgcolor": "rgba(255,255,255,0.8)", "font": {"size": 12}},
        colorway=list(GROUP_PALETTE),
        hovermode="closest",
    )
    return template


pio.templates[TEMPLATE] = _build_template()


def escape(value: Any) -> str:
    """Return ``value`` as text that plotly shows literally (``<b>`` becomes ``&lt;b&gt;``).

    Parameters
    ----------
    value
        Any value; None and NaN give an empty string.

    Returns
    -------
    str

    Examples
    --------
    >>> escape("<b>tariffs</b> & deals")
    '&lt;b&gt;tariffs&lt;/b&gt; &amp; deals'
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=False)


def wrap_text(text: Any, width: int = 70, max_lines: int = 14) -> str:
    """Wrap user text for a hover label: escaped lines of about ``width`` characters.

    Parameters
    ----------
    text
        The text (None or NaN gives an empty string).
    width
        Line width in characters.
    max_lines
        Longer texts are cut with an ellipsis after this many lines.

    Returns
    -------
    str
        Escaped lines joined with ``<br>``.

    Examples
    --------
    >>> wrap_text("a <b>bold</b> claim", width=14)
    'a &lt;b&gt;bold&lt;/b&gt;<br>claim'
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    lines = textwrap.wrap(" ".join(str(text).split()), width=width) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1] + " …"]
    return "<br>".join(escape(line) for line in lines)


def two_sided_quantile(level: float) -> float:
    """Return the standard-normal quantile for a two-sided interval at ``level``.

    Parameters
    ----------
    level
        Coverage in (0, 1), e.g. 0.95.

    Returns
    -------
    float
        ``z`` with ``P(|Z| <= z) = level`` (1.96 for 0.95, 1.645 for 0.90).

    Raises
    ------
    InputError
        If ``level`` is not a number strictly between 0 and 1.
    """
    if isinstance(level, bool) or not isinstance(level, int | float) or not 0 < level < 1:
        raise InputError(
            f"Parameter `level` takes a coverage strictly between 0 and 1 (e.g. 0.95), got {level!r}."
        )
    return float(stats.norm.ppf(0.5 + level / 2.0))


def level_label(level: float) -> str:
    """Return e.g. ``"95% two-sided"`` for ``level=0.95``."""
    pct = f"{level * 100:.2f}".rstrip("0").rstrip(".")
    return f"{pct}% two-sided"


def get_frame(obj: Any, name: str, required: Sequence[str], param: str = "results") -> pd.DataFrame:
    """Read the tidy frame ``name`` of a toolkit object (or of a mapping of frames).

    Parameters
    ----------
    obj
        An object with the attribute ``name`` (e.g. an ``EventStudyResults``) or a mapping
        with the key ``name``.
    name
        The frame's name (``"car_path"``, ``"abnormal_returns"``, ...).
    required
        Columns the frame must have.
    param
        The caller's parameter name, used in error messages.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    InputError
        If the frame is missing, is not a DataFrame, lacks a required column, or is empty.
    """
    frame = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
    if frame is None:
        raise InputError(
            f"Parameter `{param}` takes an EventStudyResults (or a mapping of its frames) with a "
            f"`{name}` frame; got {type(obj).__name__} without one."
        )
    if not isinstance(frame, pd.DataFrame):
        raise InputError(
            f"Parameter `{param}`: `{name}` must be a DataFrame, got {type(frame).__name__}."
        )
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise InputError(
            f"Parameter `{param}`: the `{name}` frame lacks the column(s) {missing}; "
            f"expected {list(required)}."
        )
    if frame.empty:
        raise InputError(f"Parameter `{param}`: the `{name}` frame is empty; nothing to plot.")
    return frame


def optional_frame(obj: Any, name: str) -> pd.DataFrame | None:
    """Return the frame ``name`` of ``obj`` if it has a non-empty one, else None."""
    frame = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
    if isinstance(frame, pd.DataFrame) and not frame.empty:
        return frame
    return None


def group_colors(groups: Iterable[Any]) -> dict[str, str]:
    """Map group labels to colours: stance colours for stances, black for ``"all"``.

    Parameters
    ----------
    groups
        Group labels (duplicates are ignored; order decides palette colours).

    Returns
    -------
    dict
        Label (as str) to hex colour.
    """
    labels = list(dict.fromkeys(str(g) for g in groups))
    has_stance = any(g in STANCE_COLORS for g in labels)
    taken = set(STANCE_COLORS.values()) | {POOLED_COLOR} if has_stance else {POOLED_COLOR}
    spare = iter(c for c in GROUP_PALETTE if c not in taken)
    out: dict[str, str] = {}
    for group in labels:
        if group in STANCE_COLORS:
            out[group] = STANCE_COLORS[group]
        elif group == "all":
            out[group] = POOLED_COLOR
        else:
            out[group] = next(spare, "#666666")
    return out


def percent(values: Any) -> list[float]:
    """Return ``values * 100`` as a list of floats (NaN kept as NaN, shown as gaps)."""
    return [float(v) * 100.0 for v in pd.to_numeric(pd.Series(values), errors="coerce")]


def fmt_date(value: Any) -> str:
    """Format a date-like value as ``YYYY-MM-DD`` ("unknown" when missing)."""
    if value is None or pd.isna(value):
        return "unknown"
    return pd.Timestamp(value).strftime("%Y-%m-%d")
