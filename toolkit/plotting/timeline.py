"""Charts of statements in time: the index with statement markers, and who said what when."""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from toolkit.errors import InputError, RangeError, check_option
from toolkit.plotting._style import (
    STANCE_COLORS,
    TEMPLATE,
    escape,
    fmt_date,
    group_colors,
    wrap_text,
)

__all__ = ["plot_statements", "plot_timeline"]

#: Names shown for well-known tickers.
TICKER_NAMES: dict[str, str] = {"^GSPC": "S&P 500", "SPY": "SPDR S&P 500 ETF"}
_STANCE_ORDER = tuple(STANCE_COLORS)
_TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")
_NO_SPEAKER = "(no speaker named)"


def _frame_of(obj: Any, param: str) -> pd.DataFrame:
    if isinstance(obj, pd.DataFrame):
        return obj.copy()
    to_frame = getattr(obj, "to_frame", None)
    if callable(to_frame) and not isinstance(obj, pd.Series):
        frame = to_frame()
        if isinstance(frame, pd.DataFrame):
            return frame.copy()
    raise InputError(
        f"Parameter `{param}` takes a StatementSet, an EventSet or one of their frames "
        f"(DataFrame), got {type(obj).__name__}."
    )


def _is_events(frame: pd.DataFrame) -> bool:
    return {"event_id", "session"} <= set(frame.columns)


def _require(frame: pd.DataFrame, columns: tuple[str, ...], param: str, what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            f"Parameter `{param}` must be {what}; the frame lacks the column(s) {missing}."
        )


def _text(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    value = str(value).strip()
    return value or None


def _stance_key(value: Any) -> str:
    return _text(value) or "neutral"


def _price_data(prices: Any, ticker: str, kind: str) -> tuple[pd.Series, pd.DataFrame | None, str]:
    """Return the closes of ``ticker``, its OHLC rows (for candlesticks) and its name."""
    ohlc: pd.DataFrame | None = None
    if hasattr(prices, "prices") and hasattr(prices, "ohlcv"):
        wide = prices.prices
        if ticker not in wide.columns:
            raise InputError(
                f"Parameter `ticker` = {ticker!r} is not in the price data; it has "
                f"{list(map(str, wide.columns))}."
            )
        close = wide[ticker]
        long = prices.ohlcv
        ohlc = long.loc[long["ticker"] == ticker].set_index("date").sort_index()
        name = ticker
    elif isinstance(prices, pd.Series):
        close = prices
        name = str(prices.name) if prices.name is not None else ticker
    elif isinstance(prices, pd.DataFrame):
        if ticker not in prices.columns:
            raise InputError(
                f"Parameter `ticker` = {ticker!r} is not a column of `prices`; it has "
                f"{list(map(str, prices.columns))}."
            )
        close = prices[ticker]
        name = ticker
    else:
        raise InputError(
            "Parameter `prices` takes a PriceData, a wide DataFrame of closes or a Series, "
            f"got {type(prices).__name__}."
        )
    if not isinstance(close.index, pd.DatetimeIndex):
        raise InputError("Parameter `prices` must be indexed by date (a DatetimeIndex).")
    close = pd.to_numeric(close, errors="coerce").dropna().sort_index()
    if close.empty:
        raise InputError(f"Parameter `prices` has no close prices for {ticker!r}.")
    if kind == "candlestick":
        fields = ("open", "high", "low", "close")
        if ohlc is None or any(f not in ohlc.columns for f in fields):
            raise InputError(
                "Parameter `kind` = 'candlestick' needs open, high, low and close prices: pass "
                "a PriceData, or use kind='line'."
            )
        ohlc = ohlc.loc[:, list(fields)].dropna()
        if ohlc.empty:
            raise InputError(
                f"Parameter `kind` = 'candlestick': the source has no open/high/low prices for "
                f"{ticker!r} (closes only); use kind='line'."
            )
    return close, ohlc, name


def _closed_weekdays(index: pd.DatetimeIndex) -> list[str]:
    """Weekdays between the first and last session on which there was no session."""
    weekdays = pd.bdate_range(index.min(), index.max())
    return [d.strftime("%Y-%m-%d") for d in weekdays.difference(index)]


def _statement_hover(row: Any, session_line: str) -> str:
    speaker = escape(_text(row.get("speaker")) or _NO_SPEAKER)
    role = _text(row.get("role"))
    head = f"<b>{speaker}</b>" + (f" — {escape(role)}" if role else "")
    bits = [escape(_text(row.get("kind")) or "statement"), escape(_stance_key(row.get("stance")))]
    sid = _text(row.get("statement_id"))
    if sid:
        bits.insert(0, escape(sid))
    precision = escape(_text(row.get("precision")) or "unknown")
    when = f"date: {fmt_date(row.get('date'))} (precision: {precision}"
    date_end = row.get("date_end")
    if date_end is not None and not pd.isna(date_end) and precision != "day":
        when = f"date: {fmt_date(row.get('date'))} – {fmt_date(date_end)} (precision: {precision}"
    tod = _text(row.get("time_of_day"))
    if tod:
        when += f", {escape(tod)}"
    source = _text(row.get("date_source"))
    if source:
        when += f"; {escape(source)}"
    when += ")"
    date_text = _text(row.get("date_text"))
    if date_text:
        when += f" from “{escape(date_text)}”"
    lines = [head, " · ".join(bits), when]
    if session_line:
        lines.append(session_line)
    lines.append(wrap_text(row.get("text")))
    return "<br>".join(lines)


def _statement_markers(
    frame: pd.DataFrame, close: pd.Series, display: str
) -> tuple[pd.DataFrame, Counter[str], int]:
    """Day-0 session of every day-precision statement; counts of those left out."""
    from toolkit.market.calendar import event_session

    _require(frame, ("speaker", "date", "precision"), "statements_or_events", "statements")
    dates = pd.to_datetime(frame["date"], errors="coerce")
    rows: list[dict[str, Any]] = []
    undated: Counter[str] = Counter()
    outside = 0
    for (_, row), date in zip(frame.iterrows(), dates, strict=True):
        precision = _text(row.get("precision")) or "unknown"
        if precision != "day" or pd.isna(date):
            undated[precision] += 1
            continue
        tod = _text(row.get("time_of_day"))
        zone = _text(row.get("timezone")) or "America/New_York"  # the article's zone, if known
        try:
            shift = event_session(
                date, tz=zone, time_of_day=tod if tod in _TIMES_OF_DAY else None
            )
        except RangeError:  # dated outside the NYSE calendar (a 1987 quote, a 2030 plan)
            outside += 1
            continue
        session = shift.session
        if session is None or session not in close.index:
            outside += 1
            continue
        if shift.shifted:
            moved = f"day 0: {fmt_date(session)}, shifted: {escape(shift.reason)}"
        else:
            moved = f"day 0: {fmt_date(session)} (same day)"
        moved += f"<br>{escape(display)} close that session: {float(close[session]):,.2f}"
        rows.append(
            {
                "session": session,
                "stance": _stance_key(row.get("stance")),
                "hover": _statement_hover(row, moved),
            }
        )
    markers = pd.DataFrame(rows, columns=["session", "stance", "hover"])
    return markers, undated, outside


def _event_markers(frame: pd.DataFrame, close: pd.Series) -> tuple[pd.DataFrame, int]:
    rows: list[dict[str, Any]] = []
    outside = 0
    for _, row in frame.iterrows():
        session = pd.Timestamp(row["session"]) if not pd.isna(row["session"]) else None
        if session is None or session not in close.index:
            outside += 1
            continue
        group = _text(row.get("group")) or "all"
        lines = [f"<b>{escape(row['event_id'])}</b> · {escape(group)}"]
        label = _text(row.get("label"))
        if label:
            lines.append(wrap_text(label))
        requested = row.get("requested")
        reason = _text(row.get("shift_reason"))
        if reason:
            lines.append(
                f"requested {fmt_date(requested)}, day 0: {fmt_date(session)}, shifted: "
                f"{escape(reason)}"
            )
        else:
            lines.append(f"day 0: {fmt_date(session)}")
        for col, title in (("speakers", "speakers"), ("statement_ids", "statements")):
            value = _text(row.get(col))
            if value:
                lines.append(f"{title}: {wrap_text(value)}")
        rows.append({"session": session, "stance": group, "hover": "<br>".join(lines)})
    return pd.DataFrame(rows, columns=["session", "stance", "hover"]), outside


def plot_timeline(
    prices: Any,
    statements_or_events: Any,
    *,
    ticker: str = "^GSPC",
    kind: Literal["line", "candlestick"] = "line",
) -> go.Figure:
    """Plot an index (line or candlestick) with one marker per statement at its day-0 session.

    Parameters
    ----------
    prices
        A ``PriceData``, a wide DataFrame of closes (date index, one column per ticker) or a
        Series of closes.
    statements_or_events
        A ``StatementSet`` or its frame (each statement with a day-precision date is placed at
        its day-0 session from :func:`toolkit.market.calendar.event_session`, using its
        ``time_of_day``), or an ``EventSet`` or its frame (one marker per event at
        ``session``). Statements without a day-precision date are not plotted and are counted
        in the subtitle.
    ticker
        The column of ``prices`` to draw.
    kind
        ``"line"`` (closes) or ``"candlestick"`` (needs open/high/low, i.e. a ``PriceData``).

    Returns
    -------
    plotly.graph_objects.Figure
        Trace 0 is the price; then one marker trace per stance (or event group). Marker ``x``
        is the session, ``y`` the close on it (statements sharing a session are stacked above
        it, 2% of the shown price range apart, so each can be hovered). The x axis has a range slider and skips closed days.

    Raises
    ------
    InputError
        For an unknown ``kind``, a ticker not in ``prices``, or frames lacking required columns.
    """
    check_option("kind", kind, ("line", "candlestick"))
    close, ohlc, name = _price_data(prices, ticker, kind)
    frame = _frame_of(statements_or_events, "statements_or_events")
    display = TICKER_NAMES.get(name, name)
    fig = go.Figure()
    if kind == "candlestick" and ohlc is not None:
        fig.add_trace(
            go.Candlestick(
                x=ohlc.index,
                open=ohlc["open"],
                high=ohlc["high"],
                low=ohlc["low"],
                close=ohlc["close"],
                name=escape(display),
                increasing_line_color="#009E73",
                decreasing_line_color="#D55E00",
            )
        )
    else:
        fig.add_trace(
            go.Scatter(
                x=close.index,
                y=close.to_numpy(dtype=float),
                mode="lines",
                name=f"{escape(display)} close",
                line={"color": "#444444", "width": 1.6},
                hovertemplate="%{x|%a %Y-%m-%d}<br>close %{y:,.2f}<extra></extra>",
            )
        )
    notes: list[str] = []
    if _is_events(frame):
        markers, outside = _event_markers(frame, close)
        colors = group_colors(markers["stance"]) if not markers.empty else {}
        counted = f"{len(markers)} event(s)"
    else:
        markers, undated, outside = _statement_markers(frame, close, display)
        colors = dict(STANCE_COLORS)
        colors.update(
            {s: c for s, c in group_colors(markers["stance"]).items() if s not in STANCE_COLORS}
        )
        counted = f"{len(markers)} statement(s)"
        if undated:
            detail = ", ".join(f"{k} {v}" for k, v in sorted(undated.items()))
            notes.append(
                f"{sum(undated.values())} statement(s) without a day-precision date not plotted "
                f"({escape(detail)})"
            )
    if outside:
        notes.append(f"{outside} outside the price range not plotted")
    if not markers.empty:
        markers = markers.sort_values("session", kind="stable").reset_index(drop=True)
        lo = max(close.index.min(), markers["session"].min() - pd.Timedelta(days=45))
        hi = min(close.index.max(), markers["session"].max() + pd.Timedelta(days=20))
        visible = close.loc[lo:hi]
        step = 0.02 * (float(visible.max() - visible.min()) or float(visible.max()))
        stack = markers.groupby("session").cumcount().to_numpy()
        base = close.reindex(markers["session"]).to_numpy(dtype=float)
        markers["y"] = base + step * stack
        size = 12 if stack.max() < 8 else 9
        order = [s for s in _STANCE_ORDER if s in set(markers["stance"])]
        order += sorted(set(markers["stance"]) - set(order))
        for stance in order:
            part = markers.loc[markers["stance"] == stance]
            fig.add_trace(
                go.Scatter(
                    x=part["session"],
                    y=part["y"].to_numpy(dtype=float),
                    mode="markers",
                    name=f"{escape(stance)} ({len(part)})",
                    marker={
                        "color": colors.get(stance, "#CC79A7"),
                        "size": size,
                        "line": {"color": "white", "width": 1},
                    },
                    hovertext=part["hover"].tolist(),
                    hoverinfo="text",
                )
            )
    subtitle = f"{counted} at the session that could first react (day 0)"
    if notes:
        subtitle += "; " + "; ".join(notes)
    unit = "index points" if name.startswith("^") else "USD"
    fig.update_layout(
        template=TEMPLATE,
        title={
            "text": f"{escape(display)} and the statements",
            "subtitle": {"text": subtitle},
        },
        yaxis_title=f"{escape(display)} close ({unit})",
        xaxis_title="Trading day",
        legend_title_text="Stance" if not _is_events(frame) else "Event group",
        height=560,
    )
    closed = _closed_weekdays(pd.DatetimeIndex(close.index))
    fig.update_xaxes(
        rangeslider_visible=True,
        rangebreaks=[{"bounds": ["sat", "mon"]}, {"values": closed}],
    )
    if not markers.empty:
        fig.update_xaxes(range=[lo, hi])
        top = max(float(visible.max()), float(markers["y"].max()))
        pad = 0.03 * (top - float(visible.min()) or top)
        fig.update_yaxes(range=[float(visible.min()) - pad, top + pad])
    return fig


def _lane_order(frame: pd.DataFrame) -> list[str]:
    dated = frame.dropna(subset=["_date"]).sort_values("_date", kind="stable")
    lanes = list(dict.fromkeys(dated["_lane"]))
    lanes += [lane for lane in dict.fromkeys(frame["_lane"]) if lane not in lanes]
    return lanes


def plot_statements(statements: Any) -> go.Figure:
    """Plot who said what when: one lane per speaker, markers coloured by stance.

    Statements with a date are placed at it (a filled marker for day precision; an open marker
    at the first day and a bar to ``date_end`` for week, month, quarter, year or range
    precision; several statements of one speaker on one day are spread around the lane's line).
    Statements without a known date go to a separate "date unknown" column on the right, never
    at the publication date (which is drawn as a dashed line when known).

    Parameters
    ----------
    statements
        A ``StatementSet`` or its frame (needs ``speaker``, ``date`` and ``precision``).

    Returns
    -------
    plotly.graph_objects.Figure

    Raises
    ------
    InputError
        If the frame lacks a required column or is empty.
    """
    frame = _frame_of(statements, "statements")
    _require(frame, ("speaker", "date", "precision"), "statements", "statements")
    if frame.empty:
        raise InputError("Parameter `statements` is empty; nothing to plot.")
    frame = frame.reset_index(drop=True)
    frame["_date"] = pd.to_datetime(frame["date"], errors="coerce")
    end = frame["date_end"] if "date_end" in frame.columns else pd.Series(pd.NaT, index=frame.index)
    frame["_end"] = pd.to_datetime(end, errors="coerce")
    frame["_lane"] = [escape(_text(s) or _NO_SPEAKER) for s in frame["speaker"]]
    frame["_stance"] = [_stance_key(s) for s in frame.get("stance", [None] * len(frame))]
    frame["_hover"] = [_statement_hover(row, "") for _, row in frame.iterrows()]
    lanes = _lane_order(frame)
    centre = {lane: float(len(lanes) - 1 - i) for i, lane in enumerate(lanes)}
    frame["_y"] = frame["_lane"].map(centre)
    undated = frame.loc[frame["_date"].isna()].copy()
    undated["_x"] = undated.groupby("_lane").cumcount()
    dated = frame.loc[frame["_date"].notna()].copy()
    # statements of one speaker on one day are spread around the lane's centre line
    same = dated.groupby(["_lane", "_date"])
    k = same.cumcount().to_numpy(dtype=float)
    m = same["_lane"].transform("size").to_numpy(dtype=float)
    dated["_y"] = dated["_y"] + (k - (m - 1) / 2) * np.minimum(0.8 / m, 0.2)
    size = 13 if m.size == 0 or m.max() <= 3 else 9
    two_cols = not undated.empty
    if two_cols:
        width = min(0.35, 0.08 + 0.05 * float(undated["_x"].max() + 1))
        fig = make_subplots(
            rows=1,
            cols=2,
            shared_yaxes=True,
            column_widths=[1 - width, width],
            horizontal_spacing=0.02,
        )
    else:
        fig = make_subplots(rows=1, cols=1)
    colors = dict(STANCE_COLORS)
    colors.update(
        {s: c for s, c in group_colors(frame["_stance"]).items() if s not in STANCE_COLORS}
    )
    order = [s for s in _STANCE_ORDER if s in set(frame["_stance"])]
    order += sorted(set(frame["_stance"]) - set(order))
    for stance in order:
        color = colors.get(stance, "#CC79A7")
        part = dated.loc[dated["_stance"] == stance]
        spans = part.loc[(part["precision"] != "day") & part["_end"].notna()]
        if not spans.empty:
            xs: list[Any] = []
            ys: list[Any] = []
            for _, row in spans.iterrows():
                xs += [row["_date"], row["_end"], None]
                ys += [centre[row["_lane"]], centre[row["_lane"]], None]
            fig.add_trace(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"color": color, "width": 7},
                    opacity=0.35,
                    hoverinfo="skip",
                    legendgroup=stance,
                    showlegend=False,
                ),
                row=1,
                col=1,
            )
        shown = False
        if not part.empty:
            fig.add_trace(
                go.Scatter(
                    x=part["_date"],
                    y=part["_y"].to_numpy(),
                    mode="markers",
                    name=escape(stance),
                    legendgroup=stance,
                    marker={
                        "color": color,
                        "size": size,
                        "symbol": [
                            "circle" if p == "day" else "circle-open" for p in part["precision"]
                        ],
                        "line": {"color": color, "width": 2},
                    },
                    hovertext=part["_hover"].tolist(),
                    hoverinfo="text",
                ),
                row=1,
                col=1,
            )
            shown = True
        upart = undated.loc[undated["_stance"] == stance]
        if not upart.empty:
            fig.add_trace(
                go.Scatter(
                    x=upart["_x"],
                    y=upart["_y"].to_numpy(),
                    mode="markers",
                    name=escape(stance),
                    legendgroup=stance,
                    showlegend=not shown,
                    marker={"color": color, "size": 13, "symbol": "diamond"},
                    hovertext=upart["_hover"].tolist(),
                    hoverinfo="text",
                ),
                row=1,
                col=2,
            )
    published = getattr(statements, "published", None)
    if published is not None and not dated.empty:
        fig.add_vline(
            x=pd.Timestamp(published).timestamp() * 1000,
            line={"dash": "dash", "color": "#777777", "width": 1},
            annotation_text=f"published {fmt_date(published)}",
            annotation_position="top",
            row=1,
            col=1,
        )
    n_speakers = len([lane for lane in lanes if lane != escape(_NO_SPEAKER)])
    subtitle = f"{len(frame)} statement(s) by {n_speakers} speaker(s)"
    if two_cols:
        subtitle += f"; {len(undated)} without a known date in the right-hand column"
    subtitle += "; open markers and bars: week/month/range precision"
    fig.update_layout(
        template=TEMPLATE,
        title={"text": "Who said what when", "subtitle": {"text": subtitle}},
        legend_title_text="Stance",
        height=max(360, 120 + 46 * len(lanes)),
        hovermode="closest",
    )
    fig.update_yaxes(
        tickvals=[centre[lane] for lane in lanes],
        ticktext=lanes,
        range=[-0.6, len(lanes) - 0.4],
        zeroline=False,
    )
    fig.update_xaxes(title_text="Date of the statement", row=1, col=1)
    if two_cols:
        fig.update_xaxes(
            title_text="date unknown",
            showticklabels=False,
            range=[-0.6, float(undated["_x"].max()) + 0.6],
            showgrid=False,
            zeroline=False,
            row=1,
            col=2,
        )
    return fig
