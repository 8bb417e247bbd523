"""Tests of the plotly figure builders in toolkit.plotting.

The fixtures are small hand-made frames that follow docs/INTERFACES.md; every check compares
what a figure carries with numbers written down here (sessions from the NYSE calendar of
April 2025, quantiles of the normal distribution), not with what the toolkit computes.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from toolkit.errors import InputError
from toolkit.plotting import (
    STANCE_COLORS,
    TEMPLATE,
    escape,
    plot_abnormal_returns,
    plot_car,
    plot_event_heatmap,
    plot_group_caar,
    plot_statements,
    plot_timeline,
    two_sided_quantile,
    wrap_text,
)

# NYSE sessions from 2025-03-24 to 2025-04-25 (Good Friday 2025-04-18 was a holiday).
SESSIONS = pd.DatetimeIndex(
    [d for d in pd.bdate_range("2025-03-24", "2025-04-25") if d != pd.Timestamp("2025-04-18")],
    name="date",
)
Z90 = 1.6448536269514722  # standard-normal 95th percentile: 90% two-sided
Z95 = 1.959963984540054  # standard-normal 97.5th percentile: 95% two-sided


def make_prices() -> SimpleNamespace:
    """A PriceData-shaped object: wide closes and the long OHLCV frame."""
    close = 5000.0 + 10.0 * np.arange(len(SESSIONS))
    wide = pd.DataFrame({"^GSPC": close}, index=SESSIONS)
    long = pd.DataFrame(
        {
            "date": SESSIONS,
            "ticker": "^GSPC",
            "open": close - 5.0,
            "high": close + 20.0,
            "low": close - 25.0,
            "close": close,
            "volume": 1e9,
        }
    )
    return SimpleNamespace(prices=wide, ohlcv=long, tickers=("^GSPC",))


def statement_row(**values: object) -> dict[str, object]:
    row: dict[str, object] = {
        "statement_id": "s001",
        "speaker": "Karoline Leavitt",
        "role": "White House press secretary",
        "kind": "paraphrase",
        "text": "She said the president was not planning to pause his plan.",
        "quote": None,
        "start": 0,
        "end": 10,
        "date": pd.NaT,
        "date_end": pd.NaT,
        "precision": "unknown",
        "date_source": "none",
        "date_text": None,
        "time_of_day": None,
        "stance": "neutral",
        "stance_score": 0.0,
        "confidence": 0.8,
    }
    row.update(values)
    return row


def make_statements() -> pd.DataFrame:
    rows = [
        statement_row(
            statement_id="s001",
            date=pd.Timestamp("2025-04-08"),
            precision="day",
            date_source="explicit",
            date_text="Tuesday afternoon",
            time_of_day="afternoon",
            stance="escalation",
            text="He expects these <b>tariffs</b> are going to go into effect <script>x()</script>",
        ),
        statement_row(
            statement_id="s002",
            speaker="Peter Navarro",
            role="White House trade adviser",
            kind="quote",
            date=pd.Timestamp("2025-04-05"),  # a Saturday
            precision="day",
            date_source="explicit",
            stance="escalation",
            text="This is not a negotiation.",
        ),
        statement_row(
            statement_id="s003",
            speaker="Donald Trump",
            role="President",
            kind="action",
            date=pd.Timestamp("2025-04-02"),
            precision="day",
            time_of_day="evening",
            stance="deescalation",
            text="Announcement after the close.",
        ),
        statement_row(
            statement_id="s004",
            speaker="Donald Trump",
            role="President",
            kind="action",
            date=pd.Timestamp("2025-04-01"),
            date_end=pd.Timestamp("2025-04-30"),
            precision="month",
            date_source="explicit",
            stance="escalation",
            text="The decision this month to impose a 10% global tariff.",
        ),
        statement_row(
            statement_id="s005",
            speaker="Donald Trump",
            role="President",
            kind="quote",
            stance="deescalation",
            text="China also wants to make a deal, badly.",
        ),
        statement_row(
            statement_id="s006",
            speaker="Ron Wyden",
            role="Senator",
            kind="quote",
            date=pd.Timestamp("2025-04-08"),
            precision="day",
            stance="opposition",
            text="A laughingstock.",
        ),
    ]
    return pd.DataFrame(rows)


def make_events() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "event_id": ["E01", "E02", "E03"],
            "session": pd.to_datetime(["2025-04-03", "2025-04-07", "2025-04-09"]),
            "requested": pd.to_datetime(["2025-04-02", "2025-04-05", "2025-04-09"]),
            "shift_reason": [
                "evening counts as after the close (16:00) -> next session",
                "weekend (Saturday) -> next session",
                None,
            ],
            "statement_ids": ["s003", "s002", "s007"],
            "group": ["escalation", "escalation", "deescalation"],
            "n_statements": [1, 1, 1],
            "speakers": ["Donald Trump", "Peter Navarro", "Donald <i>Trump</i>"],
            "label": ["Reciprocal tariffs announced", "Not a negotiation", "90-day pause"],
        }
    )


def make_results(n_assets: int = 1) -> SimpleNamespace:
    """EventStudyResults-shaped frames for 3 events, days -2..2, fixed numbers."""
    rng = np.random.default_rng(7)
    events = make_events()
    assets = ["^GSPC", "XLK", "XLE"][:n_assets]
    days = np.arange(-2, 3)
    ar_rows = []
    for e_i, event_id in enumerate(events["event_id"]):
        for asset in assets:
            ar = rng.normal(0.0, 0.01, size=days.size)
            ar_var = np.full(days.size, 0.01**2)
            if e_i == 0 and asset == "^GSPC":
                ar[2] = -0.05  # day 0: |AR|/sigma = 5, significant
                ar[3] = 0.015  # day 1: 1.5, not significant at 95%
            for d, a, v in zip(days, ar, ar_var, strict=True):
                ar_rows.append(
                    {
                        "event_id": event_id,
                        "asset": asset,
                        "rel_day": int(d),
                        "session": pd.NaT,
                        "ret": a,
                        "expected": 0.0,
                        "ar": a,
                        "ar_var": v,
                        "sar": a / np.sqrt(v),
                    }
                )
    ar_frame = pd.DataFrame(ar_rows)
    path = ar_frame.sort_values(["event_id", "asset", "rel_day"]).copy()
    path["car"] = path.groupby(["event_id", "asset"])["ar"].cumsum()
    path["car_var"] = path.groupby(["event_id", "asset"])["ar_var"].cumsum()
    car_path = path.loc[:, ["event_id", "asset", "rel_day", "car", "car_var"]].reset_index(
        drop=True
    )
    caar_path = pd.DataFrame(
        {
            "group": "all",
            "rel_day": days,
            "caar": [0.001, -0.002, -0.02, -0.015, -0.01],
            "caar_se": [0.004, 0.006, 0.008, 0.009, 0.01],
            "n": 3 * n_assets,
        }
    )
    caar = pd.DataFrame(
        {
            "window": ["(-1, 1)", "(-1, 1)", "(-1, 1)", "(0, 0)", "(0, 0)", "(0, 0)"],
            "window_start": [-1, -1, -1, 0, 0, 0],
            "window_end": [1, 1, 1, 0, 0, 0],
            "group": ["all", "escalation", "deescalation"] * 2,
            "caar": [-0.012, -0.03, 0.02, -0.01, -0.02, 0.0],
            "n": [3, 2, 1, 3, 2, 1],
            "j1": [-1.5, -2.5, 0.8, -2.0, -1.0, 0.0],
            "j1_pvalue": [0.13, 0.012, 0.42, 0.045, 0.32, 1.0],
        }
    )
    return SimpleNamespace(
        abnormal_returns=ar_frame,
        car_path=car_path,
        caar_path=caar_path,
        caar=caar,
        events=events,
        params={"model": "constant_mean", "group": "stance"},
    )


def trace(fig: go.Figure, prefix: str) -> go.BaseTraceType:
    found = [t for t in fig.data if (t.name or "").startswith(prefix)]
    assert len(found) == 1, [t.name for t in fig.data]
    return found[0]


def all_text(fig: go.Figure) -> str:
    """Every string a figure carries (hover, names, titles, annotations, ticks), joined."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple | np.ndarray):
            for item in value:
                walk(item)

    walk(fig.to_plotly_json())
    return "\n".join(found)


# --- style -------------------------------------------------------------------------------------


def test_stance_colors_are_okabe_ito() -> None:
    assert STANCE_COLORS["escalation"] == "#D55E00"
    assert STANCE_COLORS["deescalation"] == "#009E73"
    assert STANCE_COLORS["opposition"] == "#0072B2"
    assert STANCE_COLORS["neutral"] == "#999999"
    assert STANCE_COLORS["mixed"] == "#CC79A7"


def test_template_is_registered_on_plotly_white() -> None:
    template = pio.templates[TEMPLATE]
    white = pio.templates["plotly_white"]
    assert template.layout.plot_bgcolor == white.layout.plot_bgcolor
    assert template.layout.hoverlabel.bgcolor == "white"
    assert template.layout.margin.l == 70


def test_escape_and_wrap() -> None:
    assert escape("<b>x</b> & <script>") == "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;"
    wrapped = wrap_text("word " * 40, width=70)
    lines = wrapped.split("<br>")
    assert len(lines) == 3
    assert all(len(line) <= 70 for line in lines)
    assert escape(None) == "" and wrap_text(float("nan")) == ""


@pytest.mark.parametrize(("level", "z"), [(0.95, Z95), (0.90, Z90), (0.99, 2.5758293035489)])
def test_two_sided_quantile(level: float, z: float) -> None:
    assert two_sided_quantile(level) == pytest.approx(z, abs=1e-9)


@pytest.mark.parametrize("level", [0, 1, 95, -0.1, "0.95", True])
def test_bad_level_is_refused(level: object) -> None:
    with pytest.raises(InputError, match="`level`"):
        plot_car(make_results(), level=level)  # type: ignore[arg-type]


def test_builders_use_the_template_and_never_show(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a builder called Figure.show()")

    monkeypatch.setattr(go.Figure, "show", refuse)
    results = make_results()
    figures = [
        plot_timeline(make_prices(), make_statements()),
        plot_timeline(make_prices(), make_events(), kind="candlestick"),
        plot_statements(make_statements()),
        plot_car(results),
        plot_abnormal_returns(results),
        plot_event_heatmap(results),
        plot_group_caar(results),
    ]
    expected = pio.templates[TEMPLATE].to_plotly_json()
    for fig in figures:
        assert isinstance(fig, go.Figure)
        assert fig.layout.template.to_plotly_json() == expected


# --- plot_timeline ------------------------------------------------------------------------------


def test_timeline_markers_sit_on_day0_sessions() -> None:
    prices = make_prices()
    fig = plot_timeline(prices, make_statements())
    line = fig.data[0]
    assert list(pd.to_datetime(line.x)) == list(SESSIONS)
    np.testing.assert_allclose(line.y, prices.prices["^GSPC"].to_numpy())
    esc = trace(fig, "escalation")
    # s001: Tuesday 2025-04-08 afternoon -> same day; s002: Saturday 2025-04-05 -> Monday 04-07
    assert sorted(pd.to_datetime(esc.x)) == [pd.Timestamp("2025-04-07"), pd.Timestamp("2025-04-08")]
    de = trace(fig, "deescalation")
    # s003: 2025-04-02 in the evening -> 2025-04-03
    assert list(pd.to_datetime(de.x)) == [pd.Timestamp("2025-04-03")]
    close = prices.prices["^GSPC"]
    assert de.y[0] == pytest.approx(close[pd.Timestamp("2025-04-03")])
    assert esc.marker.color == "#D55E00" and de.marker.color == "#009E73"
    opp = trace(fig, "opposition")
    # s006 shares 2025-04-08 with s001: stacked above the close so both can be hovered
    both = sorted([*esc.y, *opp.y])
    assert pd.Timestamp("2025-04-08") == pd.to_datetime(opp.x)[0]
    assert close[pd.Timestamp("2025-04-08")] in both


def test_timeline_hover_tells_who_when_and_why_shifted() -> None:
    fig = plot_timeline(make_prices(), make_statements())
    esc = trace(fig, "escalation")
    by_day = dict(zip(pd.to_datetime(esc.x), esc.hovertext, strict=True))
    navarro = by_day[pd.Timestamp("2025-04-07")]
    assert "Peter Navarro" in navarro and "White House trade adviser" in navarro
    assert "quote" in navarro and "precision: day" in navarro
    assert "2025-04-05" in navarro and "weekend (Saturday) -&gt; next session" in navarro
    leavitt = by_day[pd.Timestamp("2025-04-08")]
    assert "Karoline Leavitt" in leavitt and "afternoon" in leavitt and "same day" in leavitt
    trump = trace(fig, "deescalation").hovertext[0]
    assert "evening counts as after the close" in trump


def test_timeline_escapes_statement_text_and_wraps() -> None:
    fig = plot_timeline(make_prices(), make_statements())
    leavitt = [h for h in trace(fig, "escalation").hovertext if "Leavitt" in h][0]
    assert "&lt;b&gt;tariffs&lt;/b&gt;" in leavitt
    assert "&lt;script&gt;" in leavitt
    assert "<script>" not in all_text(fig) and "<b>tariffs" not in all_text(fig)
    body = leavitt.split("<br>")[-2:]
    assert len(body) == 2  # the 81-character text is wrapped onto two lines


def test_timeline_counts_statements_without_a_day_date() -> None:
    fig = plot_timeline(make_prices(), make_statements())
    subtitle = fig.layout.title.subtitle.text
    assert "4 statement(s)" in subtitle
    assert "2 statement(s) without a day-precision date not plotted" in subtitle
    assert "month 1" in subtitle and "unknown 1" in subtitle
    n_markers = sum(len(t.x) for t in fig.data[1:])
    assert n_markers == 4


def test_timeline_range_slider_and_closed_days() -> None:
    fig = plot_timeline(make_prices(), make_statements())
    assert fig.layout.xaxis.rangeslider.visible is True
    breaks = fig.layout.xaxis.rangebreaks
    assert breaks[0].bounds == ("sat", "mon")
    assert "2025-04-18" in breaks[1].values  # Good Friday
    assert fig.layout.yaxis.title.text == "S&amp;P 500 close (index points)"  # plotly shows &


def test_timeline_candlestick_from_price_data() -> None:
    prices = make_prices()
    fig = plot_timeline(prices, make_events(), kind="candlestick")
    candle = fig.data[0]
    assert isinstance(candle, go.Candlestick)
    np.testing.assert_allclose(candle.open, prices.ohlcv["open"].to_numpy())
    np.testing.assert_allclose(candle.low, prices.ohlcv["low"].to_numpy())


def test_timeline_candlestick_needs_ohlc() -> None:
    prices = make_prices()
    with pytest.raises(InputError, match="candlestick"):
        plot_timeline(prices.prices, make_events(), kind="candlestick")
    no_ohlc = SimpleNamespace(
        prices=prices.prices,
        ohlcv=prices.ohlcv.assign(open=np.nan, high=np.nan, low=np.nan),
    )
    with pytest.raises(InputError, match="closes only"):
        plot_timeline(no_ohlc, make_events(), kind="candlestick")


def test_timeline_from_events() -> None:
    fig = plot_timeline(make_prices().prices["^GSPC"], make_events())
    esc = trace(fig, "escalation")
    assert list(pd.to_datetime(esc.x)) == [pd.Timestamp("2025-04-03"), pd.Timestamp("2025-04-07")]
    assert "weekend (Saturday) -&gt; next session" in esc.hovertext[1]
    de = trace(fig, "deescalation")
    assert "Donald &lt;i&gt;Trump&lt;/i&gt;" in de.hovertext[0]


def test_timeline_bad_input() -> None:
    with pytest.raises(InputError, match="`kind`"):
        plot_timeline(make_prices(), make_events(), kind="bars")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="`ticker`"):
        plot_timeline(make_prices(), make_events(), ticker="SPY")
    with pytest.raises(InputError, match="`statements_or_events`"):
        plot_timeline(make_prices(), [1, 2])
    with pytest.raises(InputError, match="lacks the column"):
        plot_timeline(make_prices(), pd.DataFrame({"speaker": ["x"]}))


# --- plot_statements ----------------------------------------------------------------------------


def test_statements_lanes_and_unknown_dates() -> None:
    frame = make_statements()
    fig = plot_statements(
        SimpleNamespace(to_frame=lambda: frame, published=pd.Timestamp("2025-04-09"))
    )
    lane = dict(zip(fig.layout.yaxis.ticktext, fig.layout.yaxis.tickvals, strict=True))
    # lanes top to bottom in order of the first dated statement; undated-only speakers last
    assert list(fig.layout.yaxis.ticktext) == [
        "Donald Trump",
        "Peter Navarro",
        "Karoline Leavitt",
        "Ron Wyden",
    ]
    assert lane["Donald Trump"] > lane["Ron Wyden"]
    unknown = [t for t in fig.data if t.xaxis == "x2"]
    assert len(unknown) == 1
    assert list(unknown[0].y) == [lane["Donald Trump"]]
    assert "China also wants" in unknown[0].hovertext[0]
    assert fig.layout.xaxis2.title.text == "date unknown"
    dated_x = [
        pd.Timestamp(x)
        for t in fig.data
        if t.xaxis in (None, "x") and t.mode == "markers"
        for x in t.x
    ]
    assert pd.Timestamp("2025-04-09") not in dated_x  # nothing placed at the publication date
    assert pd.Timestamp("2025-04-01") in dated_x  # the month statement at its first day
    span = [t for t in fig.data if t.mode == "lines"]
    assert [pd.Timestamp(x) for x in span[0].x[:2]] == [
        pd.Timestamp("2025-04-01"),
        pd.Timestamp("2025-04-30"),
    ]
    assert "1 without a known date" in fig.layout.title.subtitle.text


def test_statements_escape_speaker_and_text() -> None:
    frame = make_statements()
    frame.loc[0, "speaker"] = "<b>Leavitt</b>"
    fig = plot_statements(frame)
    text = all_text(fig)
    assert "<b>Leavitt" not in text and "&lt;b&gt;Leavitt&lt;/b&gt;" in text
    assert "<script>" not in text


def test_statements_same_speaker_same_day_do_not_overlap() -> None:
    frame = make_statements()
    extra = statement_row(
        statement_id="s007",
        date=pd.Timestamp("2025-04-08"),
        precision="day",
        stance="deescalation",
        text="Tailor-made trade deals.",
    )
    frame = pd.concat([frame, pd.DataFrame([extra])], ignore_index=True)
    fig = plot_statements(frame)
    lane = dict(zip(fig.layout.yaxis.ticktext, fig.layout.yaxis.tickvals, strict=True))
    points = [
        (pd.Timestamp(x), y, h)
        for t in fig.data
        if t.mode == "markers"
        for x, y, h in zip(t.x, t.y, t.hovertext, strict=True)
        if "Leavitt" in h
    ]
    assert len(points) == 2 and points[0][1] != points[1][1]
    assert all(abs(y - lane["Karoline Leavitt"]) < 0.5 for _, y, _ in points)
    assert all(x == pd.Timestamp("2025-04-08") for x, _, _ in points)


def test_statements_all_dated_has_one_column() -> None:
    frame = make_statements().dropna(subset=["date"])
    fig = plot_statements(frame)
    assert all(t.xaxis in (None, "x") for t in fig.data)


# --- plot_car -----------------------------------------------------------------------------------


def test_car_traces_carry_the_results() -> None:
    results = make_results()
    fig = plot_car(results, level=0.90)
    caar = trace(fig, "CAAR")
    np.testing.assert_allclose(caar.y, results.caar_path["caar"].to_numpy() * 100)
    np.testing.assert_array_equal(caar.x, results.caar_path["rel_day"].to_numpy())
    upper = trace(fig, "90% two-sided upper")
    lower = trace(fig, "90% two-sided band")
    expected_half = Z90 * results.caar_path["caar_se"].to_numpy() * 100
    np.testing.assert_allclose(upper.y, caar.y + expected_half, rtol=1e-12)
    np.testing.assert_allclose(lower.y, caar.y - expected_half, rtol=1e-12)
    assert "90% two-sided" in fig.layout.title.text
    e01 = trace(fig, "E01")
    want = results.car_path.query("event_id == 'E01'").sort_values("rel_day")["car"] * 100
    np.testing.assert_allclose(e01.y, want.to_numpy())
    assert "Reciprocal tariffs announced" in e01.name


def test_car_default_level_is_95() -> None:
    results = make_results()
    fig = plot_car(results)
    caar = trace(fig, "CAAR")
    upper = trace(fig, "95% two-sided upper")
    np.testing.assert_allclose(
        np.asarray(upper.y) - np.asarray(caar.y),
        Z95 * results.caar_path["caar_se"].to_numpy() * 100,
    )


def test_car_filters_events_and_assets() -> None:
    results = make_results(n_assets=2)
    fig = plot_car(results, events=["E02"], asset="XLK")
    paths = [t for t in fig.data if t.name.startswith("E")]
    assert len(paths) == 1 and "XLK" in paths[0].name and paths[0].name.startswith("E02")
    with pytest.raises(InputError, match="`events`"):
        plot_car(results, events=["E99"])
    with pytest.raises(InputError, match="`asset`"):
        plot_car(results, asset="SPY")
    with pytest.raises(InputError, match="`group`"):
        plot_car(results, group="escalation")


def test_car_one_event_many_assets_colours_assets() -> None:
    results = make_results(n_assets=3)
    fig = plot_car(results, events="E01", group="all")
    paths = [t for t in fig.data if t.name in ("^GSPC", "XLK", "XLE")]
    assert len(paths) == 3
    assert len({t.line.color for t in paths}) == 3
    assert "E01" in fig.layout.title.subtitle.text
    want = results.car_path.query("event_id == 'E01' and asset == 'XLE'")["car"] * 100
    xle = next(t for t in paths if t.name == "XLE")
    np.testing.assert_allclose(xle.y, want.to_numpy())


def test_car_needs_its_frames() -> None:
    with pytest.raises(InputError, match="car_path"):
        plot_car(SimpleNamespace())
    results = make_results()
    with pytest.raises(InputError, match="caar_se"):
        plot_car(
            {"car_path": results.car_path, "caar_path": results.caar_path.drop(columns="caar_se")}
        )


# --- plot_abnormal_returns ---------------------------------------------------------------------


def test_abnormal_returns_per_event_marks_significant_days() -> None:
    results = make_results()
    fig = plot_abnormal_returns(results)  # 3 pairs: one panel each
    bars = [t for t in fig.data if isinstance(t, go.Bar)]
    assert len(bars) == 3
    ar = results.abnormal_returns
    first = ar.query("event_id == 'E01'").sort_values("rel_day")
    np.testing.assert_allclose(bars[0].y, first["ar"].to_numpy() * 100)
    stars = [t for t in fig.data if isinstance(t, go.Scatter)]
    assert stars[0].name.startswith("significant at 95% two-sided")
    assert 0 in list(stars[0].x)  # |AR|/sigma = 5
    assert 1 not in list(stars[0].x)  # |AR|/sigma = 1.5
    for star, (_, one) in zip(stars, ar.groupby("event_id"), strict=True):
        one = one.sort_values("rel_day")
        want = one.loc[(one["ar"].abs() / np.sqrt(one["ar_var"])) > Z95, "rel_day"]
        assert list(star.x) == list(want)
    assert sum(bool(t.showlegend) for t in stars) == 1


def test_abnormal_returns_average_with_intervals() -> None:
    results = make_results()
    fig = plot_abnormal_returns(results, per_event=False, level=0.90)
    bar = fig.data[0]
    ar = results.abnormal_returns
    mean = ar.groupby("rel_day")["ar"].mean().to_numpy()
    se = np.sqrt(ar.groupby("rel_day")["ar_var"].sum().to_numpy()) / 3
    np.testing.assert_allclose(bar.y, mean * 100)
    np.testing.assert_allclose(bar.error_y.array, Z90 * se * 100)
    star = fig.data[1]
    want = np.arange(-2, 3)[np.abs(mean / se) > Z90]
    assert list(star.x) == list(want)
    assert "90% two-sided" in star.name


# --- plot_event_heatmap -------------------------------------------------------------------------


def test_heatmap_values_in_percent_centred_at_zero() -> None:
    results = make_results()
    fig = plot_event_heatmap(results)
    heat = fig.data[0]
    want = results.abnormal_returns.pivot(index="event_id", columns="rel_day", values="ar") * 100
    np.testing.assert_allclose(np.asarray(heat.z, dtype=float), want.to_numpy())
    assert heat.zmid == 0 and heat.zmin == -heat.zmax
    assert list(heat.x) == [-2, -1, 0, 1, 2]
    assert heat.y[0].startswith("E01 · 2025-04-03")
    assert heat.colorbar.title.text == "AR (%)"
    colors = heat.colorscale
    assert colors[0][1] == "rgb(103,0,31)" and colors[-1][1] == "rgb(5,48,97)"  # red low


def test_heatmap_by_asset_averages_events_and_car() -> None:
    results = make_results(n_assets=2)
    fig = plot_event_heatmap(results, by="asset", value="car")
    heat = fig.data[0]
    want = results.car_path.groupby(["asset", "rel_day"])["car"].mean().unstack() * 100
    np.testing.assert_allclose(np.asarray(heat.z, dtype=float), want.to_numpy())
    assert list(heat.y) == ["XLK", "^GSPC"]
    assert heat.colorbar.title.text == "mean CAR (%)"
    one = plot_event_heatmap(results, by="asset", events="E02")
    want = results.abnormal_returns.query("event_id == 'E02'").pivot(
        index="asset", columns="rel_day", values="ar"
    )
    np.testing.assert_allclose(np.asarray(one.data[0].z, dtype=float), want.to_numpy() * 100)
    assert one.data[0].colorbar.title.text == "AR (%)"
    assert "E02" in one.layout.title.subtitle.text
    with pytest.raises(InputError, match="`value`"):
        plot_event_heatmap(results, value="sar")  # type: ignore[arg-type]


# --- plot_group_caar ----------------------------------------------------------------------------


def test_group_caar_bars_and_intervals() -> None:
    results = make_results()
    fig = plot_group_caar(results, window=(-1, 1))
    bars = {t.name: t for t in fig.data}
    assert list(bars) == ["all", "escalation", "deescalation"]
    esc = bars["escalation"]
    assert esc.y[0] == pytest.approx(-3.0)
    # SE = CAAR / J1 = -0.03 / -2.5 = 0.012
    assert esc.error_y.array[0] == pytest.approx(Z95 * 0.012 * 100)
    assert esc.marker.color == "#D55E00" and bars["all"].marker.color == "#000000"
    assert "95% two-sided" in fig.layout.title.text


def test_group_caar_all_windows_and_undefined_se() -> None:
    results = make_results()
    fig = plot_group_caar(results, level=0.90)
    assert len(fig.data) == 6
    de00 = [t for t in fig.data if t.name == "deescalation" and t.xaxis == "x2"][0]
    assert np.isnan(de00.error_y.array[0])  # CAAR 0 and J1 0: no interval, said in hover
    assert "no interval" in de00.hovertext[0]
    with pytest.raises(InputError, match="grouped by 'stance'"):
        plot_group_caar(results, by="speaker")
    with pytest.raises(InputError, match="`window`"):
        plot_group_caar(results, window=(0, 5))


# --- the builders on the toolkit's own objects ----------------------------------------------------


def _real_results(n_assets: int = 2) -> object:
    from toolkit.study.model import EventStudy

    sessions = pd.bdate_range("2024-01-02", periods=320, name="date")
    rng = np.random.default_rng(11)
    returns = pd.DataFrame(
        rng.normal(0.0003, 0.01, size=(len(sessions), n_assets)),
        index=sessions,
        columns=[f"A{i}" for i in range(n_assets)],
    )
    events = pd.DataFrame(
        {
            "event_id": ["E01", "E02", "E03"],
            "session": sessions[[280, 295, 310]],
            "group": ["escalation", "deescalation", "escalation"],
        }
    )
    return EventStudy(returns, events, model="constant_mean", event_window=(-3, 3)).fit()


def test_builders_read_event_study_results() -> None:
    results = _real_results()
    fig = plot_car(results, level=0.90)
    caar = results.caar_path.query("group == 'all'").sort_values("rel_day")
    np.testing.assert_allclose(trace(fig, "CAAR").y, caar["caar"].to_numpy() * 100)
    lower = trace(fig, "90% two-sided band")
    np.testing.assert_allclose(
        lower.y, (caar["caar"] - Z90 * caar["caar_se"]).to_numpy() * 100, rtol=1e-12
    )
    ci = results.conf_int(0.90, which="caar_path").query("group == 'all'")
    np.testing.assert_allclose(lower.y, ci["lower"].to_numpy() * 100, rtol=1e-12)
    assert len([t for t in fig.data if t.name.startswith("E0")]) == 6

    heat = plot_event_heatmap(results, by="asset").data[0]
    want = results.abnormal_returns.pivot_table(
        index="asset", columns="rel_day", values="ar", aggfunc="mean", observed=True
    )
    np.testing.assert_allclose(np.asarray(heat.z, dtype=float), want.to_numpy() * 100)

    group = plot_group_caar(results, window="(0, 1)", level=0.90)
    ci = results.conf_int(0.90).query("window == '(0, 1)'").set_index("group")
    for bar in group.data:
        row = ci.loc[bar.name]
        assert bar.y[0] == pytest.approx(row["caar"] * 100)
        assert bar.error_y.array[0] == pytest.approx((row["upper"] - row["caar"]) * 100)

    bars = plot_abnormal_returns(results, per_event=False).data[0]
    means = results.abnormal_returns.groupby("rel_day")["ar"].mean()
    np.testing.assert_allclose(bars.y, means.to_numpy() * 100)


def test_timeline_and_statements_from_the_seed_article(seed_article_path) -> None:
    import warnings

    from toolkit.market.pricedata import PriceData
    from toolkit.study.events import align_events
    from toolkit.text.articles import load_article
    from toolkit.text.statements import extract_statements

    article = load_article(seed_article_path)
    statements = extract_statements(article.text, published=article.published)
    frame = statements.to_frame()
    prices = make_prices()
    data = PriceData.from_ohlcv(prices.ohlcv, source="test", retrieved_at="2025-04-25")
    fig = plot_timeline(data, statements, kind="candlestick")
    day = frame.loc[(frame["precision"] == "day") & frame["date"].notna()]
    assert sum(len(t.x) for t in fig.data[1:]) == len(day)
    assert f"{len(frame) - len(day)} statement(s) without a day-precision date" in (
        fig.layout.title.subtitle.text
    )
    hover = "\n".join(h for t in fig.data[1:] for h in t.hovertext)
    for speaker in set(day["speaker"].dropna()):
        assert escape(speaker) in hover

    lanes = plot_statements(statements).layout.yaxis.ticktext
    assert set(lanes) == {escape(s) for s in frame["speaker"].fillna("(no speaker named)")}

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = align_events(statements)
    fig = plot_timeline(data, events)
    sessions = sorted(pd.Timestamp(x) for t in fig.data[1:] for x in t.x)
    assert sessions == sorted(events.to_frame()["session"])


def test_offline_renderer_embeds_no_cdn_script():
    import plotly.graph_objects as go
    import plotly.io as pio

    from toolkit.plotting import use_offline_renderer

    previous = pio.renderers.default
    try:
        assert use_offline_renderer() == "plotly_mimetype+notebook_offline"
        fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4]))
        bundle = pio.renderers["notebook_offline"].to_mimebundle(fig.to_dict())
        html = bundle["text/html"]
        assert "Plotly.newPlot" in html
        # an inline MathJax font setting may remain; nothing is loaded from the network
        assert "tex-svg" not in html and 'src="http' not in html
    finally:
        pio.renderers.default = previous
