"""Charts of event-study results: CAR paths, abnormal returns, heatmaps and group CAARs.

Every builder reads the tidy frames of an ``EventStudyResults`` (``abnormal_returns``,
``car_path``, ``caar``, ``caar_path``, ``events``, ``params``), or a mapping holding those
frames, and shows returns in percent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import cycle
from typing import Any, Literal, cast

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import diverging, qualitative
from plotly.subplots import make_subplots

from toolkit._format import fmt_p
from toolkit.errors import InputError, check_option
from toolkit.plotting._style import (
    POOLED_COLOR,
    STANCE_COLORS,
    TEMPLATE,
    escape,
    fmt_date,
    get_frame,
    group_colors,
    level_label,
    optional_frame,
    two_sided_quantile,
)

__all__ = ["plot_abnormal_returns", "plot_car", "plot_event_heatmap", "plot_group_caar"]

_DAY_AXIS = "Trading days relative to the event (day 0)"
_BAR = "#56B4E9"
_SIG = "#000000"
_MAX_LEGEND_PATHS = 12
_MAX_FACETS = 4


def _event_table(results: Any) -> pd.DataFrame:
    """Event id -> label, session and group, from ``results.events`` when present."""
    events = optional_frame(results, "events")
    if events is None or "event_id" not in events.columns:
        return pd.DataFrame(columns=["label", "session", "group"]).rename_axis("event_id")
    table = events.drop_duplicates("event_id").set_index("event_id")
    return table.reindex(columns=["label", "session", "group"])


def _event_label(event_id: Any, table: pd.DataFrame, width: int = 38) -> str:
    """Short escaped label: ``E01 · 2025-04-03 · text``."""
    parts = [str(event_id)]
    if event_id in table.index:
        info = table.loc[event_id]
        label = info["label"]
        label = " ".join(label.split()) if isinstance(label, str) else ""
        day = fmt_date(info["session"]) if not pd.isna(info["session"]) else ""
        if day and day not in label:
            parts.append(day)
        if label:
            parts.append(label if len(label) <= width else label[: width - 1] + "…")
    return escape(" · ".join(parts))


def _pairs(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """The (event_id, asset) pairs of a results frame, in event then asset order."""
    grouped = frame.groupby(["event_id", "asset"], sort=True, observed=True)
    pairs: list[tuple[str, str]] = []
    for key in grouped.groups:
        event_id, asset = cast(tuple[Any, Any], key)
        pairs.append((str(event_id), str(asset)))
    return pairs


def _event_group(event_id: Any, table: pd.DataFrame) -> str:
    if event_id in table.index:
        group = table.loc[event_id, "group"]
        if isinstance(group, str) and group:
            return group
    return "all"


def _params_line(results: Any) -> str:
    params = (
        results.get("params") if isinstance(results, Mapping) else getattr(results, "params", None)
    )
    if not isinstance(params, Mapping):
        return ""
    bits = []
    for key in ("model", "benchmark", "estimation_window", "event_window"):
        value = params.get(key)
        if value is not None and not (isinstance(value, float) and np.isnan(value)):
            bits.append(f"{key.replace('_', ' ')} {value}")
    return escape(", ".join(bits))


def _select(frame: pd.DataFrame, column: str, wanted: Any, param: str) -> pd.DataFrame:
    """Keep rows whose ``column`` is in ``wanted`` (a value or a list); error on unknown ones."""
    if wanted is None:
        return frame
    values = (
        [wanted] if isinstance(wanted, str) or not isinstance(wanted, Iterable) else list(wanted)
    )
    known = set(frame[column].astype(str))
    unknown = [v for v in values if str(v) not in known]
    if unknown or not values:
        raise InputError(
            f"Parameter `{param}` got {unknown or values!r}, not in the results; "
            f"known: {sorted(known)}."
        )
    return frame.loc[frame[column].astype(str).isin([str(v) for v in values])]


def _pick_group(caar_path: pd.DataFrame, group: str | None) -> str:
    groups = list(dict.fromkeys(caar_path["group"].astype(str)))
    if group is not None:
        if str(group) not in groups:
            raise InputError(
                f"Parameter `group` = {group!r} is not in the results; known: {groups}."
            )
        return str(group)
    if "all" in groups:
        return "all"
    if len(groups) == 1:
        return groups[0]
    raise InputError(f"Parameter `group`: the results have several groups {groups}; name one.")


def plot_car(
    results: Any,
    *,
    level: float = 0.95,
    events: Iterable[str] | str | None = None,
    asset: Iterable[str] | str | None = None,
    group: str | None = None,
) -> go.Figure:
    """Plot the CAR path of every event and the CAAR with a two-sided confidence band.

    Parameters
    ----------
    results
        An ``EventStudyResults`` (or a mapping with its ``car_path`` and ``caar_path`` frames;
        ``events`` and ``params`` are used for labels when present).
    level
        Two-sided coverage of the band: CAAR ± z × caar_se with z the standard-normal quantile
        (1.96 for 0.95, 1.645 for 0.90).
    events
        Event ids whose paths are drawn (default: all).
    asset
        Asset(s) whose paths are drawn (default: all).
    group
        The ``caar_path`` group drawn as the CAAR (default ``"all"``, or the only group).

    Returns
    -------
    plotly.graph_objects.Figure
        One line per (event, asset) with ``y = car * 100``; a trace named ``"CAAR ..."`` with
        ``y = caar * 100``; band traces ``"upper ..."`` and ``"lower ..."``.

    Raises
    ------
    InputError
        For a level outside (0, 1), unknown events, assets or group, or missing frames.
    """
    q = two_sided_quantile(level)
    paths = get_frame(results, "car_path", ("event_id", "asset", "rel_day", "car"))
    caar_path = get_frame(results, "caar_path", ("group", "rel_day", "caar", "caar_se", "n"))
    multi_asset = paths["asset"].nunique() > 1
    paths = _select(paths, "event_id", events, "events")
    paths = _select(paths, "asset", asset, "asset")
    chosen = _pick_group(caar_path, group)
    caar = caar_path.loc[caar_path["group"].astype(str) == chosen].sort_values("rel_day")
    table = _event_table(results)
    keys = _pairs(paths)
    groups = [_event_group(e, table) for e, _ in keys]
    colors = group_colors(groups)
    assets = list(dict.fromkeys(str(a) for _, a in keys))
    one_event = len({e for e, _ in keys}) == 1
    # one group and several assets (e.g. sectors around one event): a colour per asset
    by_asset = len(set(groups)) == 1 and len(assets) > 1 and len(keys) <= _MAX_LEGEND_PATHS
    asset_colors = dict(zip(assets, cycle(qualitative.Safe), strict=False))
    many = len(keys) > _MAX_LEGEND_PATHS
    fig = go.Figure()
    seen: set[str] = set()
    for (event_id, name), grp in zip(keys, groups, strict=True):
        one = paths.loc[
            (paths["event_id"].astype(str) == event_id) & (paths["asset"].astype(str) == name)
        ]
        one = one.sort_values("rel_day")
        label = _event_label(event_id, table)
        if multi_asset:
            label += f" · {escape(name)}"
        if by_asset:
            color = asset_colors[str(name)]
        else:
            color = colors[grp] if grp != "all" else "#7F7F7F"
        y = one["car"].to_numpy(dtype=float) * 100.0
        hover = [
            f"{label}<br>group {escape(grp)}<br>day {int(d)}: CAR {v:.2f}%"
            for d, v in zip(one["rel_day"], y, strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=one["rel_day"].to_numpy(),
                y=y,
                mode="lines+markers" if not many else "lines",
                name=(escape(name) if one_event and by_asset else label)
                if not many
                else f"{escape(grp)} events",
                legendgroup=grp if many else None,
                showlegend=not many or grp not in seen,
                line={"color": color, "width": 1.2},
                marker={"size": 4},
                opacity=0.55 if many else 0.8,
                hovertext=hover,
                hoverinfo="text",
            )
        )
        seen.add(grp)
    x = caar["rel_day"].to_numpy()
    mid = caar["caar"].to_numpy(dtype=float) * 100.0
    se = caar["caar_se"].to_numpy(dtype=float) * 100.0
    band = level_label(level)
    n_max = int(pd.to_numeric(caar["n"], errors="coerce").max())
    fig.add_trace(
        go.Scatter(
            x=x,
            y=mid + q * se,
            mode="lines",
            name=f"{band} upper",
            line={"width": 0, "color": POOLED_COLOR},
            showlegend=False,
            hoverinfo="skip",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=x,
            y=mid - q * se,
            mode="lines",
            name=f"{band} band (CAAR ± {q:.3f}·SE)",
            line={"width": 0, "color": POOLED_COLOR},
            fill="tonexty",
            fillcolor="rgba(0,0,0,0.15)",
            legendgroup="band",
            showlegend=True,
            hoverinfo="skip",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=x,
            y=mid,
            mode="lines+markers",
            name=f"CAAR ({escape(chosen)}, n={n_max})",
            line={"color": POOLED_COLOR, "width": 3},
            marker={"size": 6},
            hovertext=[
                f"CAAR ({escape(chosen)}) day {int(d)}: {m:.2f}%<br>"
                f"{band}: [{m - q * s:.2f}%, {m + q * s:.2f}%]<br>n = {int(k)}"
                for d, m, s, k in zip(x, mid, se, caar["n"], strict=True)
            ],
            hoverinfo="text",
        )
    )
    notes = [f"{len(keys)} event path(s)", f"CAAR over {n_max} event-asset pair(s)"]
    if one_event and by_asset:
        notes.insert(0, _event_label(keys[0][0], table, width=60))
    if np.isnan(se).all():
        notes.append("no band: the CAAR standard error is undefined (one event?)")
    params = _params_line(results)
    if params:
        notes.append(params)
    fig.add_hline(y=0, line={"color": "#888888", "width": 1})
    fig.add_vline(x=0, line={"color": "#888888", "width": 1, "dash": "dot"})
    fig.update_layout(
        template=TEMPLATE,
        title={
            "text": f"Cumulative abnormal returns with the CAAR and its {band} band",
            "subtitle": {"text": "; ".join(notes)},
        },
        xaxis_title=_DAY_AXIS,
        yaxis_title="Cumulative abnormal return (%)",
        height=520,
    )
    fig.update_xaxes(dtick=1)
    return fig


def _aar_by_day(ar: pd.DataFrame) -> pd.DataFrame:
    """Mean AR per relative day and its standard error sqrt(sum ar_var) / n."""
    valid = ar.dropna(subset=["ar", "ar_var"])
    grouped = valid.groupby("rel_day", observed=True)
    out = pd.DataFrame(
        {
            "aar": grouped["ar"].mean(),
            "n": grouped["ar"].size(),
            "var_sum": grouped["ar_var"].sum(),
        }
    )
    out["se"] = np.sqrt(out["var_sum"]) / out["n"]
    return out.reset_index()


def plot_abnormal_returns(
    results: Any, *, level: float = 0.95, per_event: bool | None = None
) -> go.Figure:
    """Plot abnormal returns by relative day as bars, marking the significant days.

    Parameters
    ----------
    results
        An ``EventStudyResults`` (or a mapping with its ``abnormal_returns`` frame).
    level
        Two-sided level of the marks: a day is marked when |AR| / sqrt(ar_var) exceeds the
        standard-normal quantile (1.96 for 0.95). For the average over events the statistic is
        AAR / SE with SE = sqrt(Σ ar_var) / n (events independent).
    per_event
        True: one panel per (event, asset); False: the average AR across events with
        ``level`` error bars; None (default): per event when there are at most 4 pairs.

    Returns
    -------
    plotly.graph_objects.Figure
        Bar traces with ``y = ar * 100`` (or ``aar * 100``); a marker trace named
        ``"significant ..."`` at the marked days.

    Raises
    ------
    InputError
        For a level outside (0, 1) or a missing ``abnormal_returns`` frame.
    """
    q = two_sided_quantile(level)
    ar = get_frame(results, "abnormal_returns", ("event_id", "asset", "rel_day", "ar", "ar_var"))
    table = _event_table(results)
    keys = _pairs(ar)
    if per_event is None:
        per_event = len(keys) <= _MAX_FACETS
    band = level_label(level)
    sig_name = f"significant at {band} (|AR|/σ > {q:.2f})"
    notes = [_params_line(results)] if _params_line(results) else []
    if per_event:
        multi_asset = ar["asset"].nunique() > 1
        titles = [
            _event_label(e, table, width=60) + (f" · {escape(a)}" if multi_asset else "")
            for e, a in keys
        ]
        fig = make_subplots(
            rows=len(keys),
            cols=1,
            shared_xaxes=True,
            subplot_titles=titles,
            vertical_spacing=min(0.08, 0.3 / max(len(keys), 1)),
        )
        legend_shown = False
        for row, (event_id, name) in enumerate(keys, start=1):
            one = ar.loc[
                (ar["event_id"].astype(str) == event_id) & (ar["asset"].astype(str) == name)
            ]
            one = one.sort_values("rel_day")
            y = one["ar"].to_numpy(dtype=float) * 100.0
            stat = one["ar"].to_numpy(dtype=float) / np.sqrt(one["ar_var"].to_numpy(dtype=float))
            sig = np.abs(stat) > q
            fig.add_trace(
                go.Bar(
                    x=one["rel_day"].to_numpy(),
                    y=y,
                    name="abnormal return",
                    showlegend=row == 1,
                    legendgroup="ar",
                    marker={
                        "color": _BAR,
                        "line": {"color": [_SIG if s else _BAR for s in sig], "width": 2},
                    },
                    hovertext=[
                        f"{titles[row - 1]}<br>day {int(d)}: AR {v:.2f}%<br>AR/σ = {t:.2f}"
                        for d, v, t in zip(one["rel_day"], y, stat, strict=True)
                    ],
                    hoverinfo="text",
                ),
                row=row,
                col=1,
            )
            fig.add_trace(
                go.Scatter(
                    x=one["rel_day"].to_numpy()[sig],
                    y=y[sig],
                    mode="markers",
                    name=sig_name,
                    legendgroup="sig",
                    showlegend=not legend_shown,
                    marker={"symbol": "star", "size": 12, "color": _SIG},
                    hoverinfo="skip",
                ),
                row=row,
                col=1,
            )
            legend_shown = True
            fig.update_yaxes(title_text="AR (%)", row=row, col=1)
        fig.update_xaxes(title_text=_DAY_AXIS, dtick=1, row=len(keys), col=1)
        title = f"Abnormal returns by day, marked where significant at {band}"
        height = 160 + 230 * len(keys)
    else:
        daily = _aar_by_day(ar)
        y = daily["aar"].to_numpy(dtype=float) * 100.0
        se = daily["se"].to_numpy(dtype=float) * 100.0
        stat = daily["aar"].to_numpy(dtype=float) / daily["se"].to_numpy(dtype=float)
        sig = np.abs(stat) > q
        fig = go.Figure()
        fig.add_trace(
            go.Bar(
                x=daily["rel_day"].to_numpy(),
                y=y,
                name=f"average AR ± {band} interval",
                marker={
                    "color": _BAR,
                    "line": {"color": [_SIG if s else _BAR for s in sig], "width": 2},
                },
                error_y={"type": "data", "array": q * se, "color": "#555555", "thickness": 1.2},
                hovertext=[
                    f"day {int(d)}: AAR {v:.2f}% (SE {s:.2f}%)<br>AAR/SE = {t:.2f}, n = {int(n)}"
                    for d, v, s, t, n in zip(daily["rel_day"], y, se, stat, daily["n"], strict=True)
                ],
                hoverinfo="text",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=daily["rel_day"].to_numpy()[sig],
                y=y[sig],
                mode="markers",
                name=sig_name.replace("|AR|/σ", "|AAR|/SE"),
                marker={"symbol": "star", "size": 12, "color": _SIG},
                hoverinfo="skip",
            )
        )
        fig.update_xaxes(title_text=_DAY_AXIS, dtick=1)
        fig.update_yaxes(title_text="Average abnormal return (%)")
        title = f"Average abnormal return by day over {len(keys)} event-asset pair(s)"
        notes.insert(0, "SE = sqrt(Σ ar_var) / n")
        height = 480
    fig.update_layout(
        template=TEMPLATE,
        title={"text": title, "subtitle": {"text": "; ".join(notes)}},
        height=height,
        bargap=0.25,
    )
    if per_event:
        fig.update_layout(margin_t=115)
    return fig


def plot_event_heatmap(
    results: Any,
    *,
    by: Literal["event", "asset"] = "event",
    value: Literal["ar", "car"] = "ar",
    events: Iterable[str] | str | None = None,
    asset: Iterable[str] | str | None = None,
) -> go.Figure:
    """Plot events (or assets) by relative day as a heatmap in percent, centred at 0.

    Parameters
    ----------
    results
        An ``EventStudyResults`` (or a mapping with ``abnormal_returns`` / ``car_path``).
    by
        Rows: ``"event"`` (the mean over assets when there are several) or ``"asset"`` (the
        mean over events).
    value
        ``"ar"`` (abnormal returns) or ``"car"`` (the CAR path).
    events
        Event ids to show (default: all), e.g. one event with ``by="asset"`` for a sector map.
    asset
        Asset(s) to show (default: all).

    Returns
    -------
    plotly.graph_objects.Figure
        One ``Heatmap`` trace with ``z`` in percent, rows in event (or asset) order, columns the
        relative days; red for negative, blue for positive, white at 0.

    Raises
    ------
    InputError
        For an unknown ``by`` or ``value``, or a missing frame.
    """
    check_option("by", by, ("event", "asset"))
    check_option("value", value, ("ar", "car"))
    name = "abnormal_returns" if value == "ar" else "car_path"
    frame = get_frame(results, name, ("event_id", "asset", "rel_day", value))
    frame = _select(frame, "event_id", events, "events")
    frame = _select(frame, "asset", asset, "asset")
    key = "event_id" if by == "event" else "asset"
    grouped = frame.groupby([key, "rel_day"], observed=True)[value]
    z = grouped.mean().unstack("rel_day").sort_index()
    counts = grouped.count().unstack("rel_day").reindex_like(z)
    averaged = bool((counts > 1).to_numpy().any())
    table = _event_table(results)
    if by == "event":
        labels = [_event_label(e, table) for e in z.index]
    else:
        labels = [escape(a) for a in z.index]
    values = z.to_numpy(dtype=float) * 100.0
    days = [int(d) for d in z.columns]
    what = "AR" if value == "ar" else "CAR"
    unit = f"{'mean ' if averaged else ''}{what} (%)"
    text = [
        [
            f"{label}<br>day {d}: {v:.2f}%" + (f" (mean of {int(c)})" if averaged else "")
            if not np.isnan(v)
            else f"{label}<br>day {d}: no value"
            for d, v, c in zip(days, row, crow, strict=True)
        ]
        for label, row, crow in zip(labels, values, counts.fillna(0).to_numpy(), strict=True)
    ]
    finite = values[np.isfinite(values)]
    zmax = float(np.abs(finite).max()) if finite.size else 1.0
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=days,
            y=labels,
            text=text,
            hovertemplate="%{text}<extra></extra>",
            colorscale=list(diverging.RdBu),
            zmid=0.0,
            zmin=-zmax,
            zmax=zmax,
            colorbar={"title": {"text": unit}, "ticksuffix": "%"},
            xgap=1,
            ygap=1,
        )
    )
    rows = "event" if by == "event" else "asset"
    title = f"{'Abnormal returns' if value == 'ar' else 'Cumulative abnormal returns'} by {rows} and day"
    sub = [f"{len(labels)} {rows}(s); colour centred at 0 (red below, blue above)"]
    if by == "asset" and frame["event_id"].nunique() == 1:
        sub.insert(0, _event_label(frame["event_id"].iloc[0], table, width=60))
    if averaged:
        sub.append(f"cells average over {'assets' if by == 'event' else 'events'}")
    fig.update_layout(
        template=TEMPLATE,
        title={"text": title, "subtitle": {"text": "; ".join(sub)}},
        xaxis_title=_DAY_AXIS,
        height=max(340, 170 + 28 * len(labels)),
    )
    fig.update_xaxes(dtick=1)
    fig.update_yaxes(autorange="reversed", type="category")
    return fig


def plot_group_caar(
    results: Any,
    by: str = "stance",
    *,
    window: str | tuple[int, int] | None = None,
    level: float = 0.95,
) -> go.Figure:
    """Plot the CAAR of each event group with two-sided intervals, one panel per window.

    Parameters
    ----------
    results
        An ``EventStudyResults`` whose events were grouped (``align_events(group=by)``), or a
        mapping with its ``caar`` frame.
    by
        What the groups are (used in titles; if ``results.params["group"]`` names a different
        grouping, an error is raised).
    window
        A CAR window, as in the ``caar`` table (``"(-1, 1)"`` or ``(-1, 1)``); default: all.
    level
        Two-sided coverage of the error bars: CAAR ± z × SE, z the standard-normal quantile,
        with SE = CAAR / J1 from the ``caar`` table (J1 = CAAR / SE).

    Returns
    -------
    plotly.graph_objects.Figure
        One bar trace per (window, group) with ``y = caar * 100`` and ``error_y.array`` the
        half-width in percent.

    Raises
    ------
    InputError
        For an unknown window, a grouping that differs from the results', or a bad level.
    """
    q = two_sided_quantile(level)
    caar = get_frame(results, "caar", ("window", "group", "caar", "n", "j1"))
    params = (
        results.get("params") if isinstance(results, Mapping) else getattr(results, "params", None)
    )
    fitted_by = params.get("group") if isinstance(params, Mapping) else None
    if isinstance(fitted_by, str) and fitted_by != by:
        raise InputError(
            f"Parameter `by` = {by!r}, but the results were grouped by {fitted_by!r}; refit with "
            f"align_events(..., group={by!r}) or pass by={fitted_by!r}."
        )
    if window is not None:
        wanted = window if isinstance(window, str) else f"({window[0]}, {window[1]})"
        caar = _select(caar, "window", wanted, "window")
    windows = list(dict.fromkeys(caar["window"].astype(str)))
    found = list(dict.fromkeys(caar["group"].astype(str)))
    groups = [g for g in ("all", *STANCE_COLORS) if g in found]
    groups += [g for g in found if g not in groups]
    colors = group_colors(groups)
    band = level_label(level)
    fig = make_subplots(
        rows=1,
        cols=len(windows),
        shared_yaxes=True,
        subplot_titles=[f"window {escape(w)}" for w in windows],
        horizontal_spacing=0.04,
    )
    for col, win in enumerate(windows, start=1):
        part = caar.loc[caar["window"].astype(str) == win]
        part = part.set_index(part["group"].astype(str))
        for grp in groups:
            if grp not in part.index:
                continue
            row = part.loc[[grp]].iloc[0]
            value = float(row["caar"])
            j1 = float(row["j1"])
            se = value / j1 if j1 != 0 and np.isfinite(j1) else float("nan")
            half = q * abs(se) * 100.0
            pv = row.get("j1_pvalue", float("nan"))
            hover = (
                f"<b>{escape(grp)}</b> · window {escape(win)}<br>CAAR {value * 100:.2f}%"
                + (
                    f"<br>{band}: [{value * 100 - half:.2f}%, {value * 100 + half:.2f}%]"
                    if np.isfinite(half)
                    else "<br>no interval (SE undefined)"
                )
                + f"<br>n = {int(row['n'])}"
                + (f", J1 {fmt_p(pv)}" if pd.notna(pv) else "")
            )
            fig.add_trace(
                go.Bar(
                    x=[escape(grp)],
                    y=[value * 100.0],
                    name=escape(grp),
                    legendgroup=grp,
                    showlegend=col == 1,
                    marker={"color": colors[grp]},
                    error_y={"type": "data", "array": [half], "color": "#333333", "thickness": 1.4},
                    hovertext=[hover],
                    hoverinfo="text",
                ),
                row=1,
                col=col,
            )
    fig.add_hline(y=0, line={"color": "#888888", "width": 1})
    notes = ["SE = CAAR / J1 (Campbell-Lo-MacKinlay)"]
    if _params_line(results):
        notes.append(_params_line(results))
    fig.update_layout(
        template=TEMPLATE,
        title={
            "text": f"CAAR by {escape(by)} with {band} intervals",
            "subtitle": {"text": "; ".join(notes)},
        },
        legend_title_text=escape(by),
        height=500,
        margin={"t": 115},
        bargap=0.3,
    )
    fig.update_yaxes(title_text="CAAR (%)", row=1, col=1)
    return fig
