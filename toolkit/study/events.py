"""Events: dated statements turned into trading sessions (day 0), one event per session.

:func:`align_events` maps each statement to the NYSE session that is its day 0 with
:func:`toolkit.market.calendar.event_session` (its date and time of day: a statement on a Tuesday
evening belongs to Wednesday's session), merges the statements that fall on the same session into
one event and labels each event with the majority value of a group column (``stance`` by
default; a tie gives ``"mixed"``).

Precision rule: only statements dated to the day are used by default. With
``precision=("day", "week")`` (or any other precisions listed) a statement dated to a longer
period is kept and its day 0 is the first session on or after the start of that period
(``date``); its time of day is ignored. Statements left out are counted in an
:class:`~toolkit.errors.EventWarning` and listed, each with the reason, in
:attr:`EventSet.skipped`: undated or imprecise ones, those on a non-session with
``policy="skip"``, and those dated outside the NYSE calendar the toolkit covers (a 1987 quote, a
meeting scheduled years ahead); such a statement no longer stops the others from becoming
events.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
import pandas as pd

from toolkit._display import Displayable, Summary, SummaryTable, count_text, plural
from toolkit._hints import option_hint
from toolkit.errors import EventWarning, InputError, RangeError, check_option, external_stacklevel
from toolkit.market.calendar import Policy

__all__ = ["EVENT_COLUMNS", "SKIPPED_COLUMNS", "EventSet", "align_events"]

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "session",
    "requested",
    "shift_reason",
    "statement_ids",
    "group",
    "n_statements",
    "speakers",
    "label",
)
_PRECISIONS = ("day", "week", "month", "quarter", "year", "range", "unknown")
#: Columns of :attr:`EventSet.skipped`.
SKIPPED_COLUMNS: tuple[str, ...] = ("statement_id", "date", "reason")


def _skipped_frame(rows: list[tuple[str, Any, str]] | None = None) -> pd.DataFrame:
    rows = rows or []
    return pd.DataFrame(
        {
            "statement_id": pd.Series([r[0] for r in rows], dtype="object"),
            "date": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")).astype(
                "datetime64[ns]"
            ),
            "reason": pd.Series([r[2] for r in rows], dtype="object"),
        }
    )


@dataclass(frozen=True, repr=False)
class EventSet(Displayable):
    """Events, one per trading session, as a tidy frame.

    Attributes
    ----------
    frame
        Columns of :data:`EVENT_COLUMNS` (see ``docs/INTERFACES.md``), one row per event in
        session order; an optional ``asset`` column restricts an event to one asset.
    skipped
        The statements (or dates) that did not become events, one row each with
        :data:`SKIPPED_COLUMNS`: ``statement_id`` (str, ``""`` for a date), ``date``
        (datetime64, NaT when undated) and ``reason``.
    """

    frame: pd.DataFrame = field(repr=False)
    skipped: pd.DataFrame = field(default_factory=_skipped_frame, repr=False)

    def to_frame(self) -> pd.DataFrame:
        """Return a copy of the events frame."""
        return self.frame.copy()

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def event_ids(self) -> list[str]:
        """The event ids in order."""
        return self.frame["event_id"].tolist()

    @property
    def groups(self) -> list[str]:
        """The distinct group labels in order of first appearance."""
        return list(dict.fromkeys(self.frame["group"].tolist()))

    def summary(self) -> Summary:
        """The events at a glance: sessions, groups, statements used and left out, and the
        events and the skipped statements as tables.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()``; ``repr()`` shows its first lines.
        """
        f, skipped = self.frame, self.skipped
        sessions = pd.DatetimeIndex(f["session"]) if len(f) else pd.DatetimeIndex([])
        span = f" on {sessions.min():%Y-%m-%d} to {sessions.max():%Y-%m-%d}" if len(f) else ""
        used = int(f["n_statements"].sum()) if "n_statements" in f else None
        moved = int(f["shift_reason"].notna().sum()) if "shift_reason" in f else 0
        header: list[tuple[str, Any]] = [
            ("groups", count_text(f["group"]) if "group" in f else None),
            ("statements", None if used is None else f"{used} in events"),
            ("not used", f"{len(skipped)} statements or dates (see .skipped)"),
            ("moved", f"{moved} events fall on a later session than their date"),
        ]
        if "asset" in f:
            header.append(("assets", count_text(f["asset"])))
        cols = [c for c in EVENT_COLUMNS if c in f and c not in ("statement_ids", "label")]
        tables = [SummaryTable(f[cols], caption="Events (day 0 sessions)", max_rows=40)]
        if len(skipped):
            tables.append(
                SummaryTable(skipped, caption="Not used as events", max_rows=10, text_width=60)
            )
        return Summary(f"EventSet: {plural(len(f), 'event')}{span}", header, tables)


def _event_ids(n: int) -> list[str]:
    width = max(2, len(str(n)))
    return [f"E{i + 1:0{width}d}" for i in range(n)]


def _majority(labels: list[str]) -> str:
    counts = Counter(labels).most_common()
    if not counts:
        return "all"
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return "mixed"
    return str(counts[0][0])


def _label(session: pd.Timestamp, group: str, speakers: str) -> str:
    who = f" ({speakers})" if speakers else ""
    return f"{session:%Y-%m-%d}: {group}{who}"[:80]


def _from_event_frame(df: pd.DataFrame, group: str) -> EventSet:
    out = pd.DataFrame({"event_id": df["event_id"].astype(str)})
    try:
        out["session"] = pd.to_datetime(df["session"]).dt.tz_localize(None).dt.normalize()
    except (TypeError, ValueError) as exc:
        raise InputError(
            "Parameter `statements`: the `session` column must hold dates (day 0 of each event)."
        ) from exc
    if out["session"].isna().any():
        raise InputError("Parameter `statements`: the `session` column has missing dates.")
    if out["event_id"].duplicated().any():
        dup = out.loc[out["event_id"].duplicated(), "event_id"].tolist()
        raise InputError(f"Parameter `statements`: duplicate event_id values {dup}.")
    out["requested"] = (
        pd.to_datetime(df["requested"]).dt.normalize() if "requested" in df else out["session"]
    )
    out["shift_reason"] = pd.Series(
        df["shift_reason"].tolist() if "shift_reason" in df else [None] * len(df),
        index=out.index,
        dtype=object,
    )
    out["statement_ids"] = df["statement_ids"].astype(str) if "statement_ids" in df else ""
    col = group if group in df.columns else ("group" if "group" in df.columns else None)
    if col is not None:
        out["group"] = df[col].fillna("all").astype(str).to_numpy()
    else:
        out["group"] = "all"
    out["n_statements"] = df["n_statements"].astype(int).to_numpy() if "n_statements" in df else 1
    out["speakers"] = df["speakers"].fillna("").astype(str).to_numpy() if "speakers" in df else ""
    out["label"] = (
        df["label"].astype(str).to_numpy()
        if "label" in df
        else [_label(s, g, "") for s, g in zip(out["session"], out["group"])]
    )
    if "asset" in df.columns:
        out["asset"] = df["asset"].to_numpy()
    out = out.sort_values(["session", "event_id"], kind="stable").reset_index(drop=True)
    return EventSet(out)


def _from_dates(dates: Iterable[Any], policy: Policy, tz: str | None) -> EventSet:
    from toolkit.market.calendar import event_session

    rows = []
    skipped: list[tuple[str, Any, str]] = []
    for d in dates:
        try:
            shift = event_session(d, tz=tz, policy=policy)
        except RangeError as exc:
            skipped.append(("", _day_or_none(d), _outside_reason(d, exc)))
            continue
        if shift.session is None:
            warnings.warn(
                f"Date {shift.requested:%Y-%m-%d} is not a session and policy='skip': left out.",
                EventWarning,
                stacklevel=3,
            )
            skipped.append(("", shift.requested, shift.reason or "not a session"))
            continue
        rows.append((shift.session, shift.requested, shift.reason))
    _warn_outside(skipped)
    if not rows:
        raise InputError(
            "Parameter `statements`: no dates left to align"
            + (f" ({'; '.join(r for _, _, r in skipped[:3])})." if skipped else ".")
        )
    df = pd.DataFrame(rows, columns=["session", "requested", "shift_reason"]).astype(
        {"shift_reason": object}
    )
    df = df.sort_values(["session", "requested"]).drop_duplicates("session", keep="first")
    df = df.reset_index(drop=True)
    df.insert(0, "event_id", _event_ids(len(df)))
    df["statement_ids"] = ""
    df["group"] = "all"
    df["n_statements"] = 1
    df["speakers"] = ""
    df["label"] = [_label(s, "all", "") for s in df["session"]]
    return EventSet(df[list(EVENT_COLUMNS)], _skipped_frame(skipped))


def _day_or_none(value: Any) -> pd.Timestamp | None:
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if pd.isna(ts):
        return None
    try:
        return ts.tz_localize(None).normalize().as_unit("ns")
    except (ValueError, OverflowError):  # beyond what nanoseconds hold
        return None


def _outside_reason(value: Any, exc: RangeError) -> str:
    """Why a date cannot be placed on the calendar, without the internal parameter name."""
    from toolkit.market.calendar import get_calendar

    cal = get_calendar()
    day = _day_or_none(value)
    shown = f"{day:%Y-%m-%d}" if day is not None else str(value)
    first, last = cal.first_session, cal.last_session
    if day is None or day < first.normalize() or day > last.normalize():
        return (
            f"date {shown} is outside the NYSE calendar the toolkit covers "
            f"({first:%Y-%m-%d} to {last:%Y-%m-%d})"
        )
    return f"date {shown}: {exc}"


def _warn_outside(skipped: list[tuple[str, Any, str]]) -> None:
    outside = [(sid, d) for sid, d, r in skipped if "outside the NYSE calendar" in r]
    if not outside:
        return
    from toolkit.market.calendar import get_calendar

    cal = get_calendar()
    listed = ", ".join(
        (f"{sid} " if sid else "") + (f"({d:%Y-%m-%d})" if d is not None else "(?)")
        for sid, d in outside[:5]
    ) + (", ..." if len(outside) > 5 else "")
    warnings.warn(
        f"{len(outside)} statement(s) or date(s) fall outside the NYSE calendar the toolkit "
        f"covers ({cal.first_session:%Y-%m-%d} to {cal.last_session:%Y-%m-%d}) and are left "
        f"out: {listed}. EventSet.skipped lists them.",
        EventWarning,
        stacklevel=external_stacklevel(),
    )


def _statement_frame(statements: Any) -> pd.DataFrame:
    if hasattr(statements, "to_frame") and not isinstance(statements, (pd.DataFrame, pd.Series)):
        return statements.to_frame()
    return statements


def align_events(
    statements: Any,
    *,
    policy: Policy = "next",
    group: str = "stance",
    tz: str | None = "America/New_York",
    precision: tuple[str, ...] | list[str] = ("day",),
) -> EventSet:
    """Turn dated statements into events, one per trading session.

    Parameters
    ----------
    statements
        A ``StatementSet`` (anything with ``to_frame()``), a DataFrame of statements (columns
        ``date`` and, optionally, ``statement_id``, ``time_of_day``, ``precision``, ``speaker``
        and the ``group`` column), a DataFrame of events with ``event_id`` and ``session`` (day
        0, used as given), or a list of dates.
    policy
        Where a date that is not a session goes: ``"next"`` (default), ``"previous"`` or
        ``"skip"``; see :func:`toolkit.market.calendar.event_session`.
    group
        Column whose majority value labels each event (ties give ``"mixed"``); ``"stance"`` by
        default. Events without the column get the group ``"all"``.
    tz
        Time zone of naive timestamps with a clock time, and of time-of-day words ("Tuesday
        evening"). A ``timezone`` column of the statements (``extract_statements(...,
        timezone=article.timezone)``) overrides it row by row: a time of day said in London
        or Tokyo is converted to New York time before the session rules apply.
    precision
        Date precisions to keep (default day only). Longer periods map to the first session on
        or after their start.

    Returns
    -------
    EventSet

    Raises
    ------
    InputError
        For an input of another kind, an unknown ``policy`` or ``precision``, a missing
        ``group`` column, or when no statement is left.

    Warns
    -----
    EventWarning
        Counting statements left out (undated, imprecise, or skipped by ``policy``).

    Examples
    --------
    >>> ev = align_events(["2025-04-02", "2025-04-05"])
    >>> ev.to_frame()[["event_id", "session"]].astype(str).values.tolist()
    [['E01', '2025-04-02'], ['E02', '2025-04-07']]
    """
    from toolkit.market.calendar import event_session

    check_option("policy", policy, ("next", "previous", "skip"))
    if isinstance(precision, str):
        precision = (precision,)
    for p in precision:
        check_option("precision", p, _PRECISIONS)
    if isinstance(statements, EventSet):
        return statements
    df = _statement_frame(statements)
    if isinstance(df, pd.DataFrame):
        if {"event_id", "session"} <= set(df.columns):
            return _from_event_frame(df, group)
        if "date" not in df.columns:
            raise InputError(
                "Parameter `statements`: a DataFrame needs a `date` column (statements) or "
                f"`event_id` and `session` columns (events); got columns {list(df.columns)}."
            )
    elif isinstance(df, (list, tuple, pd.Series, pd.DatetimeIndex, np.ndarray)):
        return _from_dates(list(df), policy, tz)
    elif isinstance(df, (str, dt.date)):
        return _from_dates([df], policy, tz)
    else:
        raise InputError(
            "Parameter `statements` takes a StatementSet, a DataFrame of statements or events, "
            f"or a list of dates; got {type(statements).__name__}."
        )
    if group not in df.columns and group != "stance":
        raise InputError(
            f"Parameter `group` = {group!r} is not a column of the statements "
            f"(columns: {list(df.columns)})."
        )
    n_in = len(df)
    prec = df["precision"].fillna("unknown") if "precision" in df else pd.Series("day", df.index)
    dated = df["date"].notna()
    usable = dated & prec.isin(list(precision))
    left = df.loc[~usable]
    all_ids = (
        df["statement_id"].astype(str).tolist()
        if "statement_id" in df
        else [f"s{i + 1:03d}" for i in range(len(df))]
    )
    skipped_rows: list[tuple[str, Any, str]] = []
    for k in np.flatnonzero(~usable.to_numpy()):
        if not dated.iloc[k]:
            why = "no date"
        else:
            keep = option_hint("precision", ("day", str(prec.iloc[k])))
            why = f"dated to the {prec.iloc[k]}, not the day (pass {keep} to keep it)"
        skipped_rows.append((all_ids[k], df["date"].iloc[k] if dated.iloc[k] else None, why))
    if len(left):
        by = Counter(prec[~usable].where(dated[~usable], "undated").tolist())
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(by.items()))
        warnings.warn(
            f"{len(left)} of {n_in} statements left out of the events ({detail}); pass "
            f"{option_hint('precision', ('day', 'week'))} to keep week-dated ones.",
            EventWarning,
            stacklevel=2,
        )
    df = df.loc[usable]
    ids = [i for i, ok in zip(all_ids, usable.to_numpy()) if ok]
    precs = prec[usable].tolist()
    rows = []
    skipped = 0
    for k, row in enumerate(df.to_dict("records")):
        tod = row.get("time_of_day") if precs[k] == "day" else None
        tod = None if tod is None or (isinstance(tod, float) and np.isnan(tod)) else str(tod)
        zone = row.get("timezone")  # the article's zone: its time-of-day words are said there
        zone = zone if isinstance(zone, str) and zone else tz
        try:
            shift = event_session(row["date"], tz=zone, time_of_day=tod, policy=policy)
        except RangeError as exc:
            skipped_rows.append(
                (ids[k], _day_or_none(row["date"]), _outside_reason(row["date"], exc))
            )
            continue
        if shift.session is None:
            skipped += 1
            skipped_rows.append((ids[k], shift.requested, shift.reason or "not a session"))
            continue
        reason = shift.reason
        if precs[k] != "day":
            reason = f"{precs[k]}-dated: first session of the period" + (
                f"; {reason}" if reason else ""
            )
        g = row.get(group) if group in df.columns else None
        g = "all" if g is None or (isinstance(g, float) and np.isnan(g)) else str(g)
        speaker = row.get("speaker")
        speaker = (
            ""
            if speaker is None or (isinstance(speaker, float) and np.isnan(speaker))
            else str(speaker)
        )
        rows.append((shift.session, shift.requested, reason, ids[k], g, speaker))
    if skipped:
        warnings.warn(
            f"{skipped} statements fall on non-sessions and policy='skip': left out.",
            EventWarning,
            stacklevel=2,
        )
    _warn_outside(skipped_rows)
    if not rows:
        outside = [r for _, _, r in skipped_rows if "outside the NYSE calendar" in r]
        raise InputError(
            "Parameter `statements`: no dated statements left to align"
            + (f" ({outside[0]}{'; and others' if len(outside) > 1 else ''})." if outside else ".")
        )
    tmp = pd.DataFrame(rows, columns=["session", "requested", "reason", "sid", "group", "speaker"])
    events = []
    for session, part in tmp.groupby("session", sort=True):
        reasons = [r for r in dict.fromkeys(part["reason"].tolist()) if isinstance(r, str) and r]
        speakers = "; ".join(s for s in dict.fromkeys(part["speaker"].tolist()) if s)
        grp = _majority(part["group"].tolist())
        events.append(
            {
                "session": session,
                "requested": part["requested"].min(),
                "shift_reason": "; ".join(reasons) if reasons else None,
                "statement_ids": ",".join(part["sid"].tolist()),
                "group": grp,
                "n_statements": len(part),
                "speakers": speakers,
                "label": _label(cast(pd.Timestamp, session), grp, speakers),
            }
        )
    out = pd.DataFrame(events)
    out["shift_reason"] = pd.Series(
        [e["shift_reason"] for e in events], index=out.index, dtype=object
    )
    out.insert(0, "event_id", _event_ids(len(out)))
    out["session"] = pd.to_datetime(out["session"])
    out["requested"] = pd.to_datetime(out["requested"])
    return EventSet(out[list(EVENT_COLUMNS)], _skipped_frame(skipped_rows))
