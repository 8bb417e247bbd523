"""Reproducible, self-contained HTML reports: from news articles to an event study page.

:func:`render_report` executes the parameterised report notebook shipped with the toolkit in a
fresh kernel (papermill) and exports it with a minimal template (nbconvert), inlining plotly.js
once, so the page opens without a network and the same inputs give byte-identical output.
See ``docs/report.md``.
"""

from __future__ import annotations

from toolkit.report.build import collect_articles, default_out, render_report

__all__ = ["collect_articles", "default_out", "render_report"]
