"""Building blocks the report notebook displays: escaped tables, figures with fixed ids, notes.

Numbers follow the toolkit's one formatting rule (:mod:`toolkit._format`, shared with the
summaries and the command line). Every string that can come from an article (text, quotes, speaker names, titles, file names)
reaches the page through :func:`html.escape` or pandas' escaping ``to_html``; nothing here
writes unescaped user text. Figures are HTML fragments with ids ``mr-fig-1``, ``mr-fig-2``, ...
in display order, without plotly.js (the report template inlines it once), so the same inputs
give the same bytes.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from toolkit._format import fmt_number, fmt_pvalue  # the toolkit's one rule for numbers

__all__ = [
    "Figures",
    "HTMLBlock",
    "escape",
    "fmt_number",
    "fmt_pvalue",
    "heading",
    "key_values",
    "note",
    "paragraph",
    "table",
]


def escape(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute (None and NaN become "")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NaT:
        return ""
    return html.escape(str(value), quote=True)


class HTMLBlock:
    """A piece of trusted HTML for display in a notebook (and so in the report).

    Parameters
    ----------
    markup
        HTML assembled from escaped values.
    plotly
        A plotly figure dict to offer alongside, so JupyterLab draws the figure natively when
        the kept notebook is opened there.
    """

    def __init__(self, markup: str, *, plotly: dict[str, Any] | None = None) -> None:
        self.markup = markup
        self.plotly = plotly

    def _repr_html_(self) -> str:
        return self.markup

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle: dict[str, Any] = {
            "text/html": self.markup,
            "text/plain": f"<{len(self.markup)} characters of HTML>",
        }
        if self.plotly is not None:
            bundle["application/vnd.plotly.v1+json"] = self.plotly
        return bundle

    def __add__(self, other: HTMLBlock) -> HTMLBlock:
        return HTMLBlock(self.markup + "\n" + other.markup)


def heading(text: str, level: int = 3) -> HTMLBlock:
    """A heading (``<h2>``..``<h4>``) with escaped text."""
    level = min(max(int(level), 2), 4)
    return HTMLBlock(f"<h{level}>{escape(text)}</h{level}>")


def paragraph(text: str, *, cls: str = "mr-caption") -> HTMLBlock:
    """A paragraph of escaped text."""
    return HTMLBlock(f'<p class="{escape(cls)}">{escape(text)}</p>')


def note(text: str) -> HTMLBlock:
    """A highlighted note (escaped text), e.g. for skipped events or inputs."""
    return HTMLBlock(f'<div class="mr-note">{escape(text)}</div>')


def _cell(value: Any, formatter: Callable[[Any], str] | None) -> str:
    if formatter is not None:
        return escape(formatter(value))
    if isinstance(value, pd.Timestamp):
        if pd.isna(value):
            return "\u2014"
        return escape(
            value.strftime("%Y-%m-%d") if value == value.normalize() else value.isoformat()
        )
    if isinstance(value, float | np.floating):
        return escape(fmt_number(value))
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    return escape(value)


def table(
    frame: pd.DataFrame,
    *,
    columns: Sequence[str] | Mapping[str, str] | None = None,
    formats: Mapping[str, Callable[[Any], str]] | None = None,
    caption: str | None = None,
    max_rows: int | None = None,
    nowrap: Sequence[str] = (),
    wide: Sequence[str] = (),
    collapsed: str | None = None,
) -> HTMLBlock:
    """An HTML table of a frame, every header and cell escaped.

    Parameters
    ----------
    frame
        The rows to show (the index is not shown; reset it first if it matters).
    columns
        The columns to show, in order; a mapping renames them (``{"car": "CAR"}``).
    formats
        Per-column formatter returning a string (e.g. :func:`fmt_pvalue`).
    caption
        A line shown under the table.
    max_rows
        Show at most this many rows, with a line saying how many were left out.
    nowrap
        Columns whose cells never wrap (dates are never wrapped anyway).
    wide
        Columns of running text, given a minimum width so they stay readable.
    collapsed
        If given, the table is folded away under a toggle with this label.

    Returns
    -------
    HTMLBlock
    """
    if columns is None:
        names = {c: str(c) for c in frame.columns}
    elif isinstance(columns, Mapping):
        names = {c: str(n) for c, n in columns.items() if c in frame.columns}
    else:
        names = {c: str(c) for c in columns if c in frame.columns}
    formats = dict(formats or {})
    shown = frame if max_rows is None else frame.head(max_rows)
    numeric = {
        c
        for c in names
        if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    }
    keep = set(nowrap) | {c for c in names if pd.api.types.is_datetime64_any_dtype(frame[c])}
    head = "".join(
        f'<th class="mr-num">{escape(n)}</th>' if c in numeric else f"<th>{escape(n)}</th>"
        for c, n in names.items()
    )
    rows = []
    for record in shown[list(names)].itertuples(index=False, name=None):
        cells = []
        for column, value in zip(names, record):
            flags = (
                ("mr-num", column in numeric),
                ("mr-nowrap", column in keep),
                ("mr-wide", column in wide),
            )
            classes = [k for k, on in flags if on]
            cls = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(f"<td{cls}>{_cell(value, formats.get(column))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    parts = [
        '<div class="mr-table-wrap"><table class="mr-table">',
        f"<thead><tr>{head}</tr></thead>",
        "<tbody>" + "\n".join(rows) + "</tbody></table></div>",
    ]
    if max_rows is not None and len(frame) > max_rows:
        parts.append(paragraph(f"First {max_rows} of {len(frame)} rows.").markup)
    if caption:
        parts.append(paragraph(caption).markup)
    markup = "\n".join(parts)
    if collapsed:
        markup = (
            f'<details class="mr-fold"><summary>{escape(collapsed)}</summary>\n{markup}\n</details>'
        )
    return HTMLBlock(markup)


def key_values(pairs: Iterable[tuple[str, Any]], *, caption: str | None = None) -> HTMLBlock:
    """A two-column table of names and values (both escaped)."""
    rows = "\n".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in pairs)
    out = f'<div class="mr-table-wrap"><table class="mr-table mr-kv"><tbody>{rows}</tbody></table></div>'
    if caption:
        out += "\n" + paragraph(caption).markup
    return HTMLBlock(out)


class Figures:
    """Numbers figures in display order and renders them with fixed ids.

    Examples
    --------
    >>> import plotly.graph_objects as go
    >>> figs = Figures()
    >>> block = figs.show(go.Figure(), "An empty chart")
    >>> 'id="mr-fig-1"' in block.markup
    True
    """

    def __init__(self) -> None:
        self.count = 0

    def show(self, fig: Any, caption: str | None = None, *, height: int | None = None) -> HTMLBlock:
        """Return a figure as an HTML block with id ``mr-fig-<n>``.

        Parameters
        ----------
        fig
            A ``plotly.graph_objects.Figure``.
        caption
            Text shown under the figure (escaped).
        height
            Height in pixels to set on the figure, if it has none.
        """
        self.count += 1
        if height is not None and fig.layout.height is None:
            fig.update_layout(height=height)
        div = fig.to_html(
            full_html=False,
            include_plotlyjs=False,
            div_id=f"mr-fig-{self.count}",
            config={"displaylogo": False, "responsive": True},
        )
        cap = f"<figcaption>Figure {self.count}. {escape(caption)}</figcaption>" if caption else ""
        return HTMLBlock(
            f'<figure class="mr-figure">{div}{cap}</figure>', plotly=json.loads(fig.to_json())
        )
