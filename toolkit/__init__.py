"""market-reaction: how markets react to what policy makers say.

From news articles to dated policy statements, NYSE sessions, event studies, plotly charts and
reproducible HTML reports.

The public names below are imported lazily (on first use), so ``import toolkit`` stays fast
and the command line starts quickly; ``dir(toolkit)`` and ``toolkit.__all__`` list them all.

Examples
--------
>>> import toolkit
>>> toolkit.event_session("2025-04-02", time_of_day="evening").session
Timestamp('2025-04-03 00:00:00')
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("market-reaction")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+unknown"

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # articles
    "Article": "toolkit.articles",
    "load_article": "toolkit.articles",
    "find_articles": "toolkit.articles",
    # calendar
    "event_session": "toolkit.calendar",
    "sessions_window": "toolkit.calendar",
    "session_distance": "toolkit.calendar",
    "SessionShift": "toolkit.calendar",
    # prices
    "load_prices": "toolkit.data",
    "PriceData": "toolkit.data",
    "get_source": "toolkit.data",
    # statements
    "resolve_dates": "toolkit.timex",
    "extract_statements": "toolkit.statements",
    "StatementSet": "toolkit.statements",
    "load_stance_lexicon": "toolkit.stance",
    "extract_corpus": "toolkit.corpus",
    "evaluate_statements": "toolkit.evaluation",
    # event study
    "align_events": "toolkit.events",
    "EventSet": "toolkit.events",
    "EventStudy": "toolkit.eventstudy",
    "EventStudyResults": "toolkit.eventstudy",
    "event_regression": "toolkit.regression",
    "EventRegressionResults": "toolkit.regression",
    "TestStatistic": "toolkit.inference",
    # plots and reports
    "plot_timeline": "toolkit.plotting",
    "plot_statements": "toolkit.plotting",
    "plot_car": "toolkit.plotting",
    "plot_abnormal_returns": "toolkit.plotting",
    "plot_event_heatmap": "toolkit.plotting",
    "plot_group_caar": "toolkit.plotting",
    "STANCE_COLORS": "toolkit.plotting",
    "render_report": "toolkit.report",
    # errors
    "ToolkitError": "toolkit.errors",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
