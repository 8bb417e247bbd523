"""Interactive plotly charts of statements, prices and event-study results.

Every builder returns a :class:`plotly.graph_objects.Figure` (it never shows it), uses the
``"market_reaction"`` template (registered in :data:`plotly.io.templates` on import), colours
stances with :data:`STANCE_COLORS` (Okabe-Ito, colour-blind safe), shows returns in percent, and
HTML-escapes every piece of text that comes from articles or users.

Examples
--------
>>> from toolkit.plotting import STANCE_COLORS, TEMPLATE
>>> STANCE_COLORS["escalation"], TEMPLATE
('#D55E00', 'market_reaction')
"""

from __future__ import annotations

from toolkit.plotting._style import STANCE_COLORS, TEMPLATE, escape, two_sided_quantile, wrap_text
from toolkit.plotting.renderer import use_offline_renderer
from toolkit.plotting.results import (
    plot_abnormal_returns,
    plot_car,
    plot_event_heatmap,
    plot_group_caar,
)
from toolkit.plotting.timeline import plot_statements, plot_timeline

__all__ = [
    "STANCE_COLORS",
    "TEMPLATE",
    "escape",
    "plot_abnormal_returns",
    "plot_car",
    "plot_event_heatmap",
    "plot_group_caar",
    "plot_statements",
    "plot_timeline",
    "two_sided_quantile",
    "use_offline_renderer",
    "wrap_text",
]
