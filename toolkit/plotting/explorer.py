"""An interactive explorer of an event study for JupyterLab: pick an event, a window, a model.

:func:`explorer` returns an :class:`Explorer`, an ``ipywidgets`` box with an event and a model
drop-down, two sliders for the days before and after day 0, and two live charts: the CAR paths
with the CAAR (:func:`~toolkit.plotting.results.plot_car`) and the abnormal returns by day
(:func:`~toolkit.plotting.results.plot_abnormal_returns`). Every change of a control re-fits
the :class:`~toolkit.study.model.EventStudy` on the chosen events, window and model and redraws
both charts in place.

The charts are :class:`plotly.graph_objects.FigureWidget` objects (plotly's ``anywidget``
front end, bundled with plotly, so they draw offline): a redraw is a message on the widget's
own channel, which JupyterLab applies to the chart on the page. Warnings of a fit are shown as
notes under the controls; a fit that fails keeps the previous charts and shows why.

It needs the ``notebook`` extra (``pip install -e ".[notebook]"``: ipywidgets, anywidget and
JupyterLab). In a notebook::

    from toolkit.plotting.explorer import explorer
    explorer(returns[["^GSPC"]], events, benchmark=returns["SPY"], model="market")
"""

from __future__ import annotations

import html
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from toolkit.errors import InputError, ToolkitError, check_option
from toolkit.plotting._style import two_sided_quantile
from toolkit.plotting.results import plot_abnormal_returns, plot_car
from toolkit.study.events import EventSet, align_events
from toolkit.study.model import EventStudy
from toolkit.study.results import EventStudyResults
from toolkit.study.windows import Window, parse_window

__all__ = ["ALL_EVENTS", "EXPLORER_MODELS", "Explorer", "explorer"]

#: The value of the event drop-down that selects every event.
ALL_EVENTS = "all"
#: The models the explorer can re-fit (those that need no factors).
EXPLORER_MODELS: tuple[str, ...] = ("constant_mean", "raw", "market", "market_adjusted", "garch")
_NEED_BENCHMARK = ("market", "market_adjusted")


def _default_models(model: str, has_benchmark: bool) -> list[str]:
    """``constant_mean`` and ``raw``, the benchmark models when there is a benchmark, ``model``."""
    names = ["constant_mean", "raw", *(_NEED_BENCHMARK if has_benchmark else ())]
    return names if model in names else [*names, model]


def _check_models(models: Sequence[str], model: str, has_benchmark: bool) -> list[str]:
    """The model choices, checked: known names, a benchmark where needed, ``model`` among them."""
    if isinstance(models, str) or not models:
        raise InputError(
            f"Parameter `models` takes a non-empty list of model names, got {models!r}."
        )
    chosen = list(dict.fromkeys(models))
    for name in chosen:
        check_option("models", name, EXPLORER_MODELS)
        if name in _NEED_BENCHMARK and not has_benchmark:
            raise InputError(
                f"Parameter `models` offers {name!r}, which needs a benchmark; pass `benchmark` "
                "or leave the model out."
            )
    if model not in chosen:
        raise InputError(f"Parameter `model` = {model!r} is not one of `models` {chosen}.")
    return chosen


def _check_days(event_window: Window, estimation_window: Window, max_days: int) -> int:
    """The sliders' upper bound: ``max_days``, short of the estimation window's end."""
    if isinstance(max_days, bool) or not isinstance(max_days, int) or max_days < 0:
        raise InputError(f"Parameter `max_days` takes a whole number >= 0, got {max_days!r}.")
    top = min(max_days, -estimation_window.end - 1)
    if not (-top <= event_window.start <= 0 <= event_window.end <= top):
        raise InputError(
            f"Parameter `event_window` takes (start, end) with {-top} <= start <= 0 <= end <= "
            f"{top} (the sliders' range, set by `max_days` = {max_days} and the estimation "
            f"window's end {estimation_window.end}), got "
            f"({event_window.start}, {event_window.end})."
        )
    return top


def _car_windows(window: tuple[int, int]) -> list[tuple[int, int]]:
    """Day 0 and the three days around it, cut to the event window."""
    around = (max(window[0], -1), min(window[1], 1))
    return list(dict.fromkeys([(0, 0), around]))


def _event_options(events: EventSet) -> list[tuple[str, str]]:
    """Drop-down entries: all events, then ``E01 2025-04-03`` for each event."""
    frame = events.frame
    options = [("all events", ALL_EVENTS)]
    for event_id, session in zip(frame["event_id"], frame["session"], strict=True):
        options.append((f"{event_id} {pd.Timestamp(session):%Y-%m-%d}", str(event_id)))
    return options


def _stale_paths(old: Mapping[str, Any], new: Mapping[str, Any], prefix: str = "") -> list[str]:
    """Dotted paths set in ``old`` and missing from ``new`` (``"xaxis.matches"``, ``"yaxis2"``).

    A plotly relayout merges into the layout the page holds, so these must be unset one by one.
    """
    paths: list[str] = []
    for key, value in old.items():
        path = f"{prefix}{key}"
        if key not in new:
            paths.append(path)
        elif isinstance(value, Mapping) and isinstance(new[key], Mapping):
            paths.extend(_stale_paths(value, new[key], f"{path}."))
    return paths


def _redraw(target: go.FigureWidget, figure: go.Figure) -> None:
    """Make ``target`` show ``figure``: its traces and its whole layout, nothing left over."""
    stale = _stale_paths(target.layout.to_plotly_json(), figure.layout.to_plotly_json())
    target.data = ()
    target.add_traces(list(figure.data))
    if stale:  # e.g. the axes of a panel the new figure does not have
        target.plotly_relayout(dict.fromkeys(stale))
    target.layout = figure.layout


class Explorer(widgets.VBox):
    """The explorer's widget: controls, a notes line and two live charts, stacked.

    Build it with :func:`explorer`. Set a control's ``value`` from code and the charts redraw
    just as when a user picks it on the page.

    Attributes
    ----------
    event_picker
        Drop-down of the events (``"all"`` or an event id).
    model_picker
        Drop-down of the normal-return models.
    days_before, days_after
        Sliders of the event window: ``(-days_before, days_after)`` sessions around day 0.
    status
        Notes of the last fit (its warnings, or why it failed).
    car_figure, ar_figure
        The CAR chart and the abnormal-returns chart.
    results
        The :class:`~toolkit.study.results.EventStudyResults` drawn now.
    """

    def __init__(
        self,
        returns: pd.DataFrame | pd.Series,
        events: EventSet,
        *,
        benchmark: pd.Series | None,
        model: str,
        models: list[str],
        estimation_window: tuple[int, int],
        event_window: tuple[int, int],
        max_days: int,
        level: float,
    ) -> None:
        self._returns = returns
        self._events = events
        self._benchmark = benchmark
        self._estimation_window = estimation_window
        self._level = level
        self._notes = ""  # the last fit's warnings, as one line
        self.event_picker = widgets.Dropdown(
            options=_event_options(events), value=ALL_EVENTS, description="Event"
        )
        self.model_picker = widgets.Dropdown(options=models, value=model, description="Model")
        slider = {"min": 0, "max": max_days, "continuous_update": False}
        self.days_before = widgets.IntSlider(
            value=-event_window[0], description="Days before", **slider
        )
        self.days_after = widgets.IntSlider(
            value=event_window[1], description="Days after", **slider
        )
        self.status = widgets.HTML()
        try:
            self.results, car, ar = self._fit_and_plot()
        except ToolkitError as exc:
            raise InputError(
                "Parameter `events`: the first choice (all events, model "
                f"{model!r}, event window {event_window}) gives nothing to draw: {exc} "
                f"{self._notes}"
            ) from exc
        self.car_figure = go.FigureWidget(car)
        self.ar_figure = go.FigureWidget(ar)
        controls = (self.event_picker, self.model_picker, self.days_before, self.days_after)
        for control in controls:
            control.observe(self.refresh, names="value")
        super().__init__(
            children=[
                widgets.HBox([self.event_picker, self.model_picker]),
                widgets.HBox([self.days_before, self.days_after]),
                self.status,
                self.car_figure,
                self.ar_figure,
            ]
        )

    @property
    def event_window(self) -> tuple[int, int]:
        """The event window the sliders set: ``(-days_before, days_after)``."""
        return (-int(self.days_before.value), int(self.days_after.value))

    def _fit_and_plot(self) -> tuple[EventStudyResults, go.Figure, go.Figure]:
        """Fit the study the controls describe and build its two charts.

        The fit's warnings are kept in ``_notes`` and shown in :attr:`status`.
        """
        frame = self._events.frame
        if self.event_picker.value != ALL_EVENTS:
            frame = frame.loc[frame["event_id"].astype(str) == self.event_picker.value]
        window = self.event_window
        self._notes = ""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                results = EventStudy(
                    self._returns,
                    frame,
                    model=self.model_picker.value,
                    benchmark=self._benchmark,
                    estimation_window=self._estimation_window,
                    event_window=window,
                    car_windows=_car_windows(window),
                ).fit()
            finally:
                notes = dict.fromkeys(f"Note: {w.message}" for w in caught)
                self._notes = " ".join(notes)
                self.status.value = "<br>".join(f"<i>{html.escape(n)}</i>" for n in notes)
        car = plot_car(results, level=self._level)
        ar = plot_abnormal_returns(results, level=self._level)
        return results, car, ar

    def refresh(self, change: Any = None) -> None:
        """Re-fit on the controls' values and redraw both charts in place.

        A choice that cannot be fitted or drawn (an event without enough estimation returns)
        leaves the charts as they were and says why in :attr:`status`.

        Parameters
        ----------
        change
            The traitlets change that triggered it (unused; None when called directly).
        """
        try:
            results, car, ar = self._fit_and_plot()
        except ToolkitError as exc:
            notes = self.status.value
            self.status.value = (
                f"<b>Not redrawn</b> (the charts show the previous choice): "
                f"{html.escape(str(exc))}" + (f"<br>{notes}" if notes else "")
            )
            return
        self.results = results
        _redraw(self.car_figure, car)
        _redraw(self.ar_figure, ar)


def explorer(
    returns: pd.DataFrame | pd.Series,
    events: Any,
    *,
    benchmark: pd.Series | None = None,
    model: str = "constant_mean",
    models: Sequence[str] | None = None,
    estimation_window: tuple[int, int] = (-250, -11),
    event_window: tuple[int, int] = (-5, 5),
    max_days: int = 10,
    level: float = 0.95,
) -> Explorer:
    """Build the explorer of an event study: controls and two charts that redraw on a change.

    Parameters
    ----------
    returns
        Returns of the assets studied, sessions by assets (as for
        :class:`~toolkit.study.model.EventStudy`).
    events
        An :class:`~toolkit.study.events.EventSet`, or what
        :func:`~toolkit.study.events.align_events` accepts (a frame with ``event_id`` and
        ``session``).
    benchmark
        Benchmark returns, for the ``market`` and ``market_adjusted`` models.
    model
        The model shown first.
    models
        The models offered, from :data:`EXPLORER_MODELS`. Default: ``constant_mean`` and
        ``raw``, ``market`` and ``market_adjusted`` when there is a benchmark, and ``model``.
    estimation_window
        ``(start, end)`` sessions relative to day 0, kept for every fit.
    event_window
        The window shown first; the sliders then set it.
    max_days
        The sliders' largest value (cut to end before the estimation window).
    level
        Two-sided level of the CAAR band and of the significance marks.

    Returns
    -------
    Explorer
        An ``ipywidgets.VBox``; display it (or leave it last in a notebook cell).

    Raises
    ------
    InputError
        For a model not offered, a model that needs a missing benchmark, no events, an event
        window the sliders cannot show, or inputs :class:`~toolkit.study.model.EventStudy`
        rejects.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> idx = pd.bdate_range("2024-01-01", periods=300)
    >>> r = pd.Series(np.random.default_rng(0).normal(0, 0.01, 300), idx, name="X")
    >>> view = explorer(r, pd.DataFrame({"event_id": ["E1"], "session": [idx[280]]}))
    >>> view.days_after.value = 2
    >>> [int(day) for day in view.car_figure.data[-1].x]  # the CAAR now ends on day 2
    [-5, -4, -3, -2, -1, 0, 1, 2]
    """
    event_set = align_events(events)
    if len(event_set) == 0:
        raise InputError("Parameter `events` holds no events; the explorer needs at least one.")
    has_benchmark = benchmark is not None
    check_option("model", model, EXPLORER_MODELS)
    offered = _check_models(
        _default_models(model, has_benchmark) if models is None else models, model, has_benchmark
    )
    estimation = parse_window(estimation_window, "estimation_window")
    shown = parse_window(event_window, "event_window")
    top = _check_days(shown, estimation, max_days)
    two_sided_quantile(level)  # checks `level`
    return Explorer(
        returns,
        event_set,
        benchmark=benchmark,
        model=model,
        models=offered,
        estimation_window=(estimation.start, estimation.end),
        event_window=(shown.start, shown.end),
        max_days=top,
        level=level,
    )
