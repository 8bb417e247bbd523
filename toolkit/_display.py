"""One way to show every object a user holds: a :class:`Summary` and the :class:`Displayable` mixin.

Every public result and set of the toolkit (``StatementSet``, ``EventSet``, ``PriceData``,
``EventStudy``, ``EventStudyResults``, ``EventRegressionResults``, ``Evaluation``, ``Article``)
builds one :class:`Summary` in its ``summary()`` method: a title that says what the object is
and how large, a header of (label, value) settings, tables (DataFrames) and notes. The
:class:`Displayable` mixin turns that one summary into every display:

- ``repr(obj)``: the title and the first settings of the header, at most :data:`BRIEF_LINES`
  lines (the REPL, ``print`` of a list of them, logs);
- ``str(obj)`` and ``obj.summary().as_text()``: the whole summary as text;
- ``obj._repr_html_()`` and ``obj.summary().as_html()``: the whole summary as HTML (notebooks).

The design follows linearmodels' ``_SummaryStr``: one summary object behind ``str``, ``repr``
and HTML. Numbers in the tables follow the rule of :mod:`toolkit._format` (column by column, from
the column names), the same rule as the command line and the report. Every string is escaped
in the HTML form, so article text cannot inject markup.

Examples
--------
>>> import pandas as pd
>>> s = Summary("Thing: 2 rows", [("model", "constant_mean"), ("window", (-1, 1))],
...             [SummaryTable(pd.DataFrame({"car": [0.0123, -0.004], "pvalue": [0.0004, 0.2]}))])
>>> print(s.brief())
Thing: 2 rows
  model   constant_mean
  window  (-1, 1)
>>> print(s.as_text())
Thing: 2 rows
=====================
model   constant_mean
window  (-1, 1)
---------------------
   car pvalue
+1.23% <0.001
-0.40%  0.200
>>> "<table" in s.as_html()
True
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from toolkit._format import fmt_value, format_frame

__all__ = [
    "BRIEF_LINES",
    "Displayable",
    "Summary",
    "SummaryTable",
    "count_text",
    "plural",
    "shorten",
]

#: Most lines of a ``repr()``: the title and up to ``BRIEF_LINES - 1`` settings.
BRIEF_LINES = 10
#: Widest value shown in a ``repr()`` line (longer ones end in an ellipsis).
BRIEF_WIDTH = 88


def shorten(text: Any, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis.

    >>> shorten("a  long\\nline of words", 12)
    'a long line…'
    """
    one = " ".join(str(text).split())
    return one if len(one) <= width else one[: max(width - 1, 0)].rstrip() + "\u2026"


def plural(n: int, word: str, words: str | None = None) -> str:
    """``"1 event"``, ``"3 events"``.

    >>> plural(1, "event"), plural(3, "event"), plural(2, "entry", "entries")
    ('1 event', '3 events', '2 entries')
    """
    return f"{n} {word if n == 1 else (words or word + 's')}"


def count_text(values: Iterable[Any], *, order: Sequence[str] = ()) -> str:
    """Counts of distinct values, ``"3 quote, 2 action"`` (``order`` first, then by count).

    >>> count_text(["quote", "action", "quote"])
    '2 quote, 1 action'
    """
    counts: dict[str, int] = {}
    for v in values:
        key = "none" if v is None or (isinstance(v, float) and v != v) else str(v)
        counts[key] = counts.get(key, 0) + 1
    keys = [k for k in order if k in counts]
    keys += sorted((k for k in counts if k not in keys), key=lambda k: (-counts[k], k))
    return ", ".join(f"{counts[k]} {k}" for k in keys) or "none"


@dataclass(frozen=True)
class SummaryTable:
    """One table of a :class:`Summary`.

    Attributes
    ----------
    frame
        The rows (a DataFrame; its index is not shown).
    caption
        A line shown above the table.
    formats
        Formatters for some columns; the others follow :func:`toolkit._format.column_formatter`.
    max_rows
        Show at most this many rows, with a line saying how many were left out.
    text_width
        In the text form, cut longer cells to this many characters (HTML keeps
        ``html_width``).
    html_width
        In the HTML form, cut longer cells to this many characters.
    """

    frame: Any = field(repr=False)
    caption: str = ""
    formats: Mapping[str, Callable[[Any], str]] = field(default_factory=dict, repr=False)
    max_rows: int | None = 20
    text_width: int = 48
    html_width: int = 280

    def _shown(self, width: int) -> Any:
        rows = self.frame if self.max_rows is None else self.frame.head(self.max_rows)
        out = format_frame(rows, self.formats)
        for col in out.columns:
            out[col] = [shorten(v, width) for v in out[col]]
        return out

    def _text(self) -> list[str]:
        """The table as lines of text: numbers right-aligned, other columns left-aligned."""
        shown = self._shown(self.text_width)
        cols = [str(c) for c in shown.columns]
        cells = [list(map(str, rec)) for rec in shown.itertuples(index=False, name=None)]
        right = [_is_numeric(self.frame[c]) for c in shown.columns]
        widths = [max([len(c)] + [len(r[k]) for r in cells]) for k, c in enumerate(cols)]

        def line(values: Sequence[str]) -> str:
            return " ".join(
                v.rjust(w) if r else v.ljust(w) for v, w, r in zip(values, widths, right)
            ).rstrip()

        return [line(cols), *(line(r) for r in cells)]

    def _more(self) -> str:
        n = len(self.frame)
        if self.max_rows is not None and n > self.max_rows:
            return f"(first {self.max_rows} of {n} rows)"
        return ""


def _is_numeric(column: Any) -> bool:
    """Whether a column holds numbers (not booleans): right-aligned in text tables."""
    kind = getattr(getattr(column, "dtype", None), "kind", "O")
    return kind in "iuf"


class Summary:
    """A summary with a text form and an HTML form, built from a title, a header and tables.

    Parameters
    ----------
    title
        What the object is and its size, e.g. ``"EventSet: 3 events, 2025-04-07 to ..."``.
    header
        (label, value) pairs: the settings, most important first (the first ones make
        ``repr()``). Values are written with :func:`toolkit._format.fmt_value`.
    tables
        :class:`SummaryTable` objects, or ``(caption, DataFrame)`` pairs.
    notes
        Lines shown after the tables.
    """

    def __init__(
        self,
        title: str,
        header: Iterable[tuple[str, Any]] = (),
        tables: Iterable[SummaryTable | tuple[str, Any]] = (),
        notes: Iterable[str] = (),
    ) -> None:
        self.title = str(title)
        self.header: tuple[tuple[str, str], ...] = tuple((str(k), fmt_value(v)) for k, v in header)
        self.tables: tuple[SummaryTable, ...] = tuple(
            t if isinstance(t, SummaryTable) else SummaryTable(t[1], caption=t[0]) for t in tables
        )
        self.notes: tuple[str, ...] = tuple(str(n) for n in notes)

    # ------------------------------------------------------------------ text
    def _pairs(self, pairs: Sequence[tuple[str, str]], indent: str = "") -> list[str]:
        if not pairs:
            return []
        width = max(len(k) for k, _ in pairs) + 2
        return [f"{indent}{k:<{width}}{v}".rstrip() for k, v in pairs]

    def brief(self, lines: int = BRIEF_LINES) -> str:
        """The title and the first settings of the header: at most ``lines`` lines."""
        pairs = [(k, shorten(v, BRIEF_WIDTH)) for k, v in self.header[: max(lines - 1, 0)]]
        return "\n".join([self.title, *self._pairs(pairs, "  ")])

    def as_text(self) -> str:
        """The summary as plain text."""
        blocks: list[list[str]] = []
        for t in self.tables:
            lines = [t.caption] if t.caption else []
            if len(t.frame) == 0:
                lines.append("(none)")
            else:
                lines.extend(t._text())
                if t._more():
                    lines.append(t._more())
            blocks.append(lines)
        if self.notes:
            blocks.append(list(self.notes))
        head = self._pairs(self.header)
        widest = max(
            [len(x) for block in blocks for x in block] + [len(x) for x in head], default=0
        )
        rule = min(max(len(self.title), widest), 100)
        out = [self.title, "=" * rule, *head]
        for block in blocks:
            out.append("-" * rule)
            out.extend(block)
        return "\n".join(out)

    def as_html(self) -> str:
        """The summary as an HTML fragment (every string escaped)."""
        esc = html.escape
        parts = [f'<div class="mr-summary"><p><strong>{esc(self.title)}</strong></p>']
        if self.header:
            rows = "".join(
                f'<tr><th style="text-align:left">{esc(k)}</th>'
                f'<td style="text-align:left">{esc(v)}</td></tr>'
                for k, v in self.header
            )
            parts.append(f'<table class="mr-table mr-kv"><tbody>{rows}</tbody></table>')
        for t in self.tables:
            if t.caption:
                parts.append(f"<p>{esc(t.caption)}</p>")
            if len(t.frame) == 0:
                parts.append("<p>(none)</p>")
                continue
            shown = t._shown(t.html_width)
            head = "".join(f"<th>{esc(str(c))}</th>" for c in shown.columns)
            body = "".join(
                "<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in rec) + "</tr>"
                for rec in shown.itertuples(index=False, name=None)
            )
            parts.append(
                f'<table class="mr-table"><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>"
            )
            if t._more():
                parts.append(f"<p>{esc(t._more())}</p>")
        if self.notes:
            parts.append("<ul>" + "".join(f"<li>{esc(n)}</li>" for n in self.notes) + "</ul>")
        parts.append("</div>")
        return "\n".join(parts)

    def __str__(self) -> str:
        return self.as_text()

    def __repr__(self) -> str:
        return self.as_text()

    def _repr_html_(self) -> str:
        return self.as_html()


class Displayable:
    """Mixin: ``repr()``, ``str()`` and the notebook display of an object, from its ``summary()``.

    A class using it defines ``summary() -> Summary``; a dataclass using it passes
    ``repr=False`` to ``@dataclass`` so that the generated ``__repr__`` does not replace this one.
    """

    __slots__ = ()

    def summary(self) -> Summary:  # pragma: no cover - every user overrides it
        """The summary of the object (text and HTML)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.summary().brief()

    def __str__(self) -> str:
        return self.summary().as_text()

    def _repr_html_(self) -> str:
        return self.summary().as_html()
