"""Tests of the explorer widget (toolkit.plotting.explorer) without a browser.

A user changes a control; here the test sets the control's ``value``, which runs the same
callback, and reads the numbers the charts now carry. The expected numbers are computed in this
file from the embedded S&P 500 and SPY returns with numpy, loop-free and independently of the
toolkit's engine: the estimation window (-250, -11) is rows ``i - 250`` to ``i - 11`` of the
returns before day 0 at row ``i``; the constant-mean AR is the return minus the estimation
mean, the market-model AR the residual of an OLS line fitted by ``numpy.polyfit``, the
market-adjusted AR the return minus SPY's, the raw AR the return; the CAR path is the running
sum of the ARs from the window's first day, shown in percent.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from toolkit.errors import InputError
from toolkit.market import load_prices
from toolkit.plotting.explorer import ALL_EVENTS, Explorer, explorer

ASSET = "^GSPC"
EVENTS = pd.DataFrame(
    {
        "event_id": ["E01", "E02"],
        # the yen carry-trade sell-off and the tariff pause: far apart, no shared windows
        "session": pd.to_datetime(["2024-08-05", "2025-04-09"]),
    }
)


@pytest.fixture(scope="module")
def returns() -> pd.DataFrame:
    """Daily simple returns of ^GSPC and SPY from the embedded snapshot."""
    prices = load_prices([ASSET, "SPY"], "2023-06-01", "2025-06-30", source="snapshot")
    return prices.returns()


@pytest.fixture
def view(returns: pd.DataFrame) -> Explorer:
    return explorer(returns[[ASSET]], EVENTS, benchmark=returns["SPY"])


def expected_ar(
    returns: pd.DataFrame, session: str, model: str, window: tuple[int, int]
) -> np.ndarray:
    """ARs of ^GSPC over ``window`` around ``session``, computed here from the returns."""
    r = returns[ASSET].to_numpy()
    m = returns["SPY"].to_numpy()
    i = returns.index.get_loc(pd.Timestamp(session))
    est = slice(i - 250, i - 11 + 1)
    days = slice(i + window[0], i + window[1] + 1)
    if model == "constant_mean":
        return r[days] - r[est].mean()
    if model == "raw":
        return r[days]
    if model == "market_adjusted":
        return r[days] - m[days]
    slope, intercept = np.polyfit(m[est], r[est], 1)
    return r[days] - (intercept + slope * m[days])


def event_paths(figure: go.FigureWidget) -> dict[str, go.Scatter]:
    """The CAR chart's event lines, by event id."""
    return {t.name.split(" ")[0]: t for t in figure.data if t.name.startswith("E0")}


def caar(figure: go.FigureWidget) -> go.Scatter:
    return next(t for t in figure.data if t.name.startswith("CAAR"))


def test_it_is_a_widget_with_live_charts(view: Explorer) -> None:
    import ipywidgets

    assert isinstance(view, ipywidgets.VBox)
    assert isinstance(view.car_figure, go.FigureWidget)
    assert isinstance(view.ar_figure, go.FigureWidget)
    assert view.car_figure in view.children and view.ar_figure in view.children
    assert [v for _, v in view.event_picker.options] == [ALL_EVENTS, "E01", "E02"]
    assert view.event_picker.options[1][0] == "E01 2024-08-05"
    assert list(view.model_picker.options) == [
        "constant_mean",
        "raw",
        "market",
        "market_adjusted",
    ]
    assert set(event_paths(view.car_figure)) == {"E01", "E02"}


def test_picking_an_event_draws_its_car(view: Explorer, returns: pd.DataFrame) -> None:
    view.event_picker.value = "E02"
    paths = event_paths(view.car_figure)
    assert list(paths) == ["E02"]
    ar = expected_ar(returns, "2025-04-09", "constant_mean", (-5, 5))
    np.testing.assert_allclose(paths["E02"].y, np.cumsum(ar) * 100, rtol=1e-9)
    np.testing.assert_array_equal(paths["E02"].x, np.arange(-5, 6))
    # one event: the CAAR is its CAR
    np.testing.assert_allclose(caar(view.car_figure).y, np.cumsum(ar) * 100, rtol=1e-9)
    bars = [t for t in view.ar_figure.data if t.type == "bar"]
    assert len(bars) == 1
    np.testing.assert_allclose(bars[0].y, ar * 100, rtol=1e-9)


@pytest.mark.parametrize("model", ["raw", "market_adjusted", "market"])
def test_picking_a_model_refits_with_it(view: Explorer, returns: pd.DataFrame, model: str) -> None:
    view.event_picker.value = "E01"
    before = np.array(event_paths(view.car_figure)["E01"].y)
    view.model_picker.value = model
    after = event_paths(view.car_figure)["E01"]
    ar = expected_ar(returns, "2024-08-05", model, (-5, 5))
    np.testing.assert_allclose(after.y, np.cumsum(ar) * 100, rtol=1e-7, atol=1e-10)
    assert not np.allclose(after.y, before)
    assert f"model {model}" in view.car_figure.layout.title.subtitle.text
    assert view.results.params["model"] == model


def test_all_events_average_the_two_cars(view: Explorer, returns: pd.DataFrame) -> None:
    view.model_picker.value = "raw"
    first = np.cumsum(expected_ar(returns, "2024-08-05", "raw", (-5, 5)))
    second = np.cumsum(expected_ar(returns, "2025-04-09", "raw", (-5, 5)))
    np.testing.assert_allclose(caar(view.car_figure).y, (first + second) / 2 * 100, rtol=1e-9)


def test_the_sliders_set_the_event_window(view: Explorer, returns: pd.DataFrame) -> None:
    view.event_picker.value = "E02"
    view.days_before.value = 2
    view.days_after.value = 3
    path = event_paths(view.car_figure)["E02"]
    np.testing.assert_array_equal(path.x, np.arange(-2, 4))
    ar = expected_ar(returns, "2025-04-09", "constant_mean", (-2, 3))
    np.testing.assert_allclose(path.y, np.cumsum(ar) * 100, rtol=1e-9)
    assert view.event_window == (-2, 3)
    assert view.results.params["event_window"] == (-2, 3)


def test_fewer_panels_leave_no_axes_behind(view: Explorer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two events draw two AR panels; one event one panel, and the page is told to drop the
    second panel's axes (a relayout that sets them to None)."""
    assert "yaxis2" in view.ar_figure.layout.to_plotly_json()
    sent: list[dict[str, object]] = []
    real = go.FigureWidget.plotly_relayout

    def spy(self: go.FigureWidget, relayout_data: dict[str, object], **kwargs: object) -> None:
        sent.append(dict(relayout_data))
        real(self, relayout_data, **kwargs)

    monkeypatch.setattr(go.FigureWidget, "plotly_relayout", spy)
    view.event_picker.value = "E01"
    assert "yaxis2" not in view.ar_figure.layout.to_plotly_json()
    assert any(d.get("yaxis2", "kept") is None for d in sent)
    # the first panel's x axis was tied to the bottom one's: that tie is unset too
    assert any(d.get("xaxis.matches", "kept") is None for d in sent)


def test_a_choice_that_cannot_be_fitted_keeps_the_charts(returns: pd.DataFrame) -> None:
    early = pd.concat([EVENTS, pd.DataFrame({"event_id": ["E03"], "session": [returns.index[40]]})])
    view = explorer(returns[[ASSET]], early)
    assert "E03" in view.status.value  # skipped for all events, and said so
    shown = [list(t.y) for t in view.car_figure.data]
    view.event_picker.value = "E03"
    assert "Not redrawn" in view.status.value
    assert "min_estimation_obs" in view.status.value
    assert [list(t.y) for t in view.car_figure.data] == shown
    view.event_picker.value = "E01"  # and it recovers
    assert list(event_paths(view.car_figure)) == ["E01"]
    assert "Not redrawn" not in view.status.value


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"model": "ff3"}, "`model`"),
        ({"models": ["constant_mean", "market"], "benchmark": None}, "`models`"),
        ({"models": ["raw"]}, "`model`"),
        ({"models": "raw"}, "`models`"),
        ({"event_window": (-12, 5)}, "`event_window`"),
        ({"event_window": (1, 5)}, "`event_window`"),
        ({"event_window": "soon"}, "`event_window`"),
        ({"estimation_window": (-250, -4)}, "`event_window`"),
        ({"max_days": -1}, "`max_days`"),
        ({"level": 1.5}, "^Parameter `level`"),
    ],
)
def test_bad_options_name_the_parameter(
    returns: pd.DataFrame, kwargs: dict[str, object], param: str
) -> None:
    options: dict[str, object] = {"benchmark": returns["SPY"], **kwargs}
    with pytest.raises(InputError, match=param):
        explorer(returns[[ASSET]], EVENTS, **options)  # type: ignore[arg-type]


def test_no_events_is_an_error(returns: pd.DataFrame) -> None:
    with pytest.raises(InputError, match="`events`"):
        explorer(returns[[ASSET]], EVENTS.iloc[:0])


def test_a_model_outside_the_default_list_is_offered(returns: pd.DataFrame) -> None:
    view = explorer(returns[[ASSET]], EVENTS, model="market_adjusted", benchmark=returns["SPY"])
    assert view.model_picker.value == "market_adjusted"
    view_no_bench = explorer(returns[[ASSET]], EVENTS)
    assert list(view_no_bench.model_picker.options) == ["constant_mean", "raw"]
