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
    # text: articles
    "Article": "toolkit.text.articles",
    "load_article": "toolkit.text.articles",
    "find_articles": "toolkit.text.articles",
    # market: calendar
    "event_session": "toolkit.market.calendar",
    "sessions_window": "toolkit.market.calendar",
    "session_distance": "toolkit.market.calendar",
    "SessionShift": "toolkit.market.calendar",
    # market: prices
    "load_prices": "toolkit.market",
    "PriceData": "toolkit.market",
    "get_source": "toolkit.market",
    "load_factors": "toolkit.market.famafrench_live",
    # text: statements
    "resolve_dates": "toolkit.text.timex",
    "extract_statements": "toolkit.text.statements",
    "StatementSet": "toolkit.text.statements",
    "load_stance_lexicon": "toolkit.text.stance",
    "extract_corpus": "toolkit.text.corpus",
    "evaluate_statements": "toolkit.text.evaluation",
    # study: events and statistics
    "align_events": "toolkit.study.events",
    "EventSet": "toolkit.study.events",
    "load_events": "toolkit.study.events_file",
    "EventStudy": "toolkit.study.model",
    "EventStudyResults": "toolkit.study.results",
    "event_regression": "toolkit.study.regression",
    "EventRegressionResults": "toolkit.study.regression",
    "TestStatistic": "toolkit.study.inference",
    "car_regression": "toolkit.study.car_regression",
    "CrossSectionResults": "toolkit.study.car_regression",
    "export_results": "toolkit.study.exports",
    "check_market_claims": "toolkit.study.claims",
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
    # numbers written by the toolkit's one rule (p-values, percentages)
    "fmt_pvalue": "toolkit._format",
    "fmt_p": "toolkit._format",
    "fmt_pct": "toolkit._format",
}

#: the stages, one subpackage each (``toolkit.text``, ``toolkit.study``, ...), also loaded lazily
_SUBPACKAGES: frozenset[str] = frozenset(
    {"text", "market", "study", "plotting", "report", "cli", "errors"}
)

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f"toolkit.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
