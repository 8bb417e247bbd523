"""Report sections that fit any study: an events file's events, and "Reading the results".

A report on an events file (``render_report(events=...)``) has no articles or statements; its
title, introductions and events table come from here (:func:`events_title`,
:func:`section_intro`, :func:`file_events_table`). :func:`reading_the_results` writes the
results out in sentences generated from the numbers of the fit: which events moved the market
and by how much, which tests agree on the mean CAR, and what windows that share sessions mean
for the tests that assume independent (event, asset) pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from toolkit._format import fmt_p, fmt_pct, fmt_stat
from toolkit.report.blocks import HTMLBlock, escape, heading, paragraph, table
from toolkit.text.topics import TOPICS, Topic

__all__ = [
    "LEVEL",
    "TEST_NAMES",
    "events_title",
    "file_events_table",
    "left_out",
    "reading_the_results",
    "section_intro",
]

#: The significance level the sentences use.
LEVEL = 0.05
#: Short names of the tests, as the sentences write them.
TEST_NAMES: dict[str, str] = {
    "j1": "J1",
    "j2": "J2",
    "patell": "Patell",
    "bmp": "BMP",
    "bmp_kp": "BMP-KP",
    "patell_kp": "Patell-KP",
    "corrado": "Corrado",
    "grank": "GRANK",
    "sign": "generalized sign",
    "wilcoxon": "Wilcoxon",
    "calendar_time": "calendar-time",
    "caar_boot": "bootstrap CAAR",
    "bmp_boot": "bootstrap BMP",
}
#: Events listed by name before "and N more".
_MAX_LISTED = 5

#: Section introductions, by section and by kind of report (True: with articles' statements,
#: False: on an events file alone): (heading, text), or None to leave the section out.
_INTROS: dict[str, dict[bool, tuple[str, str] | None]] = {
    "articles": {
        True: (
            "Articles",
            "The articles read, with the metadata of their sidecars. Statement dates are "
            "resolved against each article's publication date and time zone.",
        ),
        False: None,
    },
    "statements": {
        True: (
            "Statements",
            "Statements by policy makers found in the text: who spoke, when (as the text dates "
            "it), what kind of statement it is and its stance on {subject}.",
        ),
        False: None,
    },
    "events": {
        True: (
            "Events",
            "Statements dated to the day become events on NYSE sessions: a statement on a "
            "weekend, a holiday or after the 16:00 close moves to the next session, and "
            "statements on the same session form one event, labelled by the majority stance.",
        ),
        False: (
            "Events",
            "The events of the file, each on its day-0 NYSE session: a date on a weekend or a "
            "holiday, or a time after the 16:00 close, moves to the next session. Further "
            "columns of the file are kept as the events' characteristics.",
        ),
    },
    "groups": {
        True: (
            "Comparison by stance",
            "{comparison} The mean CAR of each stance group, with its tests.",
        ),
        False: (
            "Comparison by group",
            "Do the groups of events move the market differently? The mean CAR of each group, "
            "with its tests.",
        ),
    },
}


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def events_title(
    title: str,
    *,
    events_file: str,
    events: pd.DataFrame,
    tickers: Sequence[str],
    generated_at: str | None = None,
) -> HTMLBlock:
    """The page heading of a report on an events file, and what it covers.

    Parameters
    ----------
    title
        The page title.
    events_file
        The file's name as shown.
    events
        The events frame (``EventSet.to_frame()``).
    tickers
        The assets studied.
    generated_at
        The time stamp, or None.
    """
    sessions = pd.DatetimeIndex(events["session"])
    span = (
        f"{sessions.min():%Y-%m-%d}"
        if sessions.min() == sessions.max()
        else f"{sessions.min():%Y-%m-%d} to {sessions.max():%Y-%m-%d}"
    )
    lede = (
        f"{_n(len(events), 'event')} from {events_file}, on sessions {span}; market reaction "
        f"of {', '.join(tickers)}."
    )
    if generated_at:
        lede += f" Generated {generated_at}."
    return HTMLBlock(f"<h1>{escape(title)}</h1>\n" + paragraph(lede, cls="mr-lede").markup)


def section_intro(name: str, *, statements: bool, topic: Topic | None = None) -> HTMLBlock | None:
    """The heading and introduction of section ``name`` ("articles", "statements", "events" or
    "groups") in a report with articles' statements (``statements=True``) or on an events file
    alone; None when the section is left out of such a report. ``topic`` (the articles'
    policy topic, :func:`toolkit.text.topics.frame_topic`; None: general) words the stance."""
    intro = _INTROS[name][statements]
    if intro is None:
        return None
    head, text = intro
    words = topic if topic is not None else TOPICS["general"]
    text = text.format(subject=words.subject, comparison=words.comparison)
    return heading(head, level=2) + paragraph(text, cls="mr-intro")


def file_events_table(frame: pd.DataFrame) -> HTMLBlock:
    """The events of an events file: day 0, the date given and why it moved, group, asset,
    and the characteristics."""
    generated = {"statement_ids", "n_statements", "speakers", "label"}
    shown = frame.drop(columns=[c for c in generated if c in frame])
    names = {
        "event_id": "event",
        "session": "day 0",
        "requested": "date given",
        "shift_reason": "moved because",
        "group": "group",
    }
    columns = {c: names.get(c, c) for c in shown.columns}
    return table(shown, columns=columns, nowrap=("session", "requested"))


def _coef(value: Any) -> str:
    """A regression coefficient or standard error: four significant digits."""
    return f"{float(value):.4g}"


def characteristics_regression(study: Any, frame: pd.DataFrame) -> HTMLBlock | None:
    """The CARs of the headline window regressed on the events file's numeric
    characteristics (``results.cross_section``), or None when the file has none.

    A regression that cannot be estimated (too few events for the terms, one cluster) is
    reported in a sentence that says why, not left out silently.
    """
    from toolkit.errors import InputError
    from toolkit.study.events import EVENT_COLUMNS

    reserved = {*EVENT_COLUMNS, "asset", "row"}
    names = [
        c
        for c in frame.columns
        if c not in reserved
        and pd.api.types.is_numeric_dtype(frame[c])
        and not pd.api.types.is_bool_dtype(frame[c])
    ]
    if not names:
        return None
    window = _headline_window(study.car)
    terms = " + ".join(f"Q({name!r})" for name in names)
    intro = heading("CARs and the events' characteristics")
    try:
        fit = study.cross_section(f"car ~ {terms}", window=window)
    except InputError as exc:
        return intro + paragraph(
            f"The regression of CAR {window} on {', '.join(names)} was not estimated: {exc}",
            cls="mr-intro",
        )
    rows = fit.to_frame()
    rows["term"] = [t[3:-2] if t.startswith("Q('") else t for t in rows["term"]]
    caption = (
        f"OLS of each pair's CAR {window} on the characteristics of the events file; "
        f"{int(fit.nobs)} pairs, R\u00b2 {fit.rsquared:.3f}, standard errors "
        f"{fit.cov_type}. coef = change in CAR per unit of the characteristic."
    )
    return intro + table(
        rows,
        columns={"term": "term", "coef": "coef", "std_err": "std. error", "t": "t", "pvalue": "p"},
        formats={"coef": _coef, "std_err": _coef, "t": fmt_stat, "pvalue": fmt_p},
        caption=caption,
    )


# ----------------------------------------------------------------------------- reading
def _headline_window(car: pd.DataFrame) -> str:
    """The window the sentences speak of: day 0 alone when studied, else the first."""
    windows = list(dict.fromkeys(car["window"].astype(str)))
    return "(0, 0)" if "(0, 0)" in windows else windows[0]


def _day_words(window: str) -> str:
    return "on day 0" if window == "(0, 0)" else f"over days {window}"


def _movers(study: Any, window: str) -> str:
    """Which (event, asset) pairs moved, by how much, in ``window``."""
    car = study.car[study.car["window"].astype(str) == window].dropna(subset=["car"])
    if car.empty:
        return f"No event has a CAR {_day_words(window)}."
    events = study.events.set_index("event_id")
    moved = car[car["pvalue"] < LEVEL]
    moved = moved.reindex(moved["car"].abs().sort_values(ascending=False).index)

    def one(row: pd.Series) -> str:
        info = events.loc[row["event_id"]] if row["event_id"] in events.index else None
        when = f"{info['session']:%Y-%m-%d}" if info is not None else ""
        group = f", {info['group']}" if info is not None and info["group"] != "all" else ""
        return (
            f"{row['event_id']} ({when}{group}): {row['asset']} {fmt_pct(row['car'])} "
            f"(t = {fmt_stat(row['t'])}, {fmt_p(row['pvalue'])})"
        )

    pairs = _n(len(car), "event-asset pair")
    if moved.empty:
        largest = car.loc[car["car"].abs().idxmax()]
        return (
            f"No single event moved its asset by more than chance allows at the 5% level "
            f"{_day_words(window)} ({pairs}); the largest abnormal return was {one(largest)}."
        )
    listed = "; ".join(one(r) for _, r in moved.head(_MAX_LISTED).iterrows())
    more = f"; and {len(moved) - _MAX_LISTED} more" if len(moved) > _MAX_LISTED else ""
    return (
        f"{len(moved)} of {pairs} moved by more than chance allows at the 5% level "
        f"{_day_words(window)}, largest first: {listed}{more}."
    )


def _agreement(study: Any, window: str) -> str:
    """The mean CAR of all events in ``window`` and which tests reject zero."""
    caar = study.caar
    row = caar[(caar["window"].astype(str) == window) & (caar["group"] == "all")]
    if row.empty:
        return ""
    row = row.iloc[0]
    tests = study.tests
    cell = tests[(tests["window"].astype(str) == window) & (tests["group"] == "all")]
    cell = cell.dropna(subset=["pvalue"])
    reject = [TEST_NAMES.get(t, t) for t in cell.loc[cell["pvalue"] < LEVEL, "test"]]
    keep = [TEST_NAMES.get(t, t) for t in cell.loc[cell["pvalue"] >= LEVEL, "test"]]
    lead = (
        f"Across the {_n(int(row['n']), 'event-asset pair')}, the mean CAR {_day_words(window)} "
        f"is {fmt_pct(row['caar'])}."
    )
    if not reject and not keep:
        return lead + " No test could be computed (the tests table gives the reasons)."
    if not keep:
        return (
            lead + f" All {len(reject)} tests reject a zero mean at the 5% level: the tests agree."
        )
    if not reject:
        return (
            lead
            + f" None of the {len(keep)} tests rejects a zero mean at the 5% level: the tests agree."
        )
    return (
        lead + f" The tests disagree: {len(reject)} of {len(reject) + len(keep)} reject a zero "
        f"mean at the 5% level ({', '.join(reject)}), while {', '.join(keep)} do not."
    )


def _overlap(study: Any, window: str) -> str:
    """What windows sharing sessions mean for the tests, in ``window`` for all events."""
    ov = study.overlap
    cell = ov[(ov["window"].astype(str) == window) & (ov["group"] == "all")] if len(ov) else ov
    if not len(cell):
        return ""
    cell = cell.iloc[0]
    same, calendar = int(cell["same_day"]), int(cell["calendar"])
    if same == 0 and calendar == 0:
        return (
            f"No two event-asset pairs share a session {_day_words(window)}, so the tests that "
            "assume independent pairs are not contradicted by the calendar."
        )
    tests = study.tests
    rows = tests[(tests["window"].astype(str) == window) & (tests["group"] == "all")]
    assume = rows[rows["assumes_independence"].astype(bool) & rows["pvalue"].notna()]
    robust_names = [t.strip() for t in str(cell["robust_tests"]).split(",") if t.strip()]
    robust = rows[rows["test"].isin(robust_names) & rows["pvalue"].notna()]
    shared = []
    if same:
        shared.append(f"{_n(same, 'pair')} of pairs on the same day 0")
    if calendar:
        shared.append(f"{_n(calendar, 'pair')} of pairs on different days 0")
    text = (
        f"Event windows share sessions {_day_words(window)} ({' and '.join(shared)}; mean "
        f"correlation of the abnormal returns {float(cell['rbar']):.3f}). The tests that assume "
        f"independent pairs ({', '.join(TEST_NAMES.get(t, t) for t in assume['test'])}) then "
        "count the same market move more than once, so their p-values are too small"
    )
    if len(robust):
        rejecting = [TEST_NAMES.get(t, t) for t in robust.loc[robust["pvalue"] < LEVEL, "test"]]
        verdict = (
            f"{', '.join(rejecting)} of them reject{'s' if len(rejecting) == 1 else ''} a zero mean"
            if rejecting
            else "none of them rejects a zero mean"
        )
        text += (
            f"; weigh the tests that allow for it "
            f"({', '.join(TEST_NAMES.get(t, t) for t in robust['test'])}) instead: {verdict}."
        )
    else:
        text += "."
    return text


def reading_the_results(study: Any) -> HTMLBlock:
    """The "Reading the results" section: the fit's numbers in sentences.

    Parameters
    ----------
    study
        ``EventStudyResults``.

    Returns
    -------
    HTMLBlock
        A heading and paragraphs: the events that moved their asset at the 5% level and by how
        much, the mean CAR and which tests reject a zero mean, what shared sessions mean for
        the tests, in the day-0 window (or the first CAR window when day 0 alone is not one),
        then the other windows' mean CARs, and the limits of an event study.
    """
    out = heading("Reading the results", level=2)
    if study.car.empty:
        return out + paragraph(
            "No event-asset pair could be estimated, so there is nothing to read."
        )
    window = _headline_window(study.car)
    for text in (_movers(study, window), _agreement(study, window), _overlap(study, window)):
        if text:
            out = out + paragraph(text, cls="mr-intro")
    others = study.caar[
        (study.caar["group"] == "all") & (study.caar["window"].astype(str) != window)
    ]
    if len(others):
        parts = [
            f"{fmt_pct(r['caar'])} over days {r['window']} (J1 {fmt_p(r['j1_pvalue'])})"
            if np.isfinite(r.get("j1_pvalue", np.nan))
            else f"{fmt_pct(r['caar'])} over days {r['window']}"
            for _, r in others.iterrows()
        ]
        out = out + paragraph(
            "In the other windows the mean CAR is " + "; ".join(parts) + ".", cls="mr-intro"
        )
    return out + paragraph(
        "An event study measures how far the market moved on the event sessions beyond what "
        "the model expects, not why: other news on the same sessions moves prices as well.",
        cls="mr-intro",
    )


def left_out(events_skipped: pd.DataFrame, study_skipped: pd.DataFrame) -> HTMLBlock:
    """What the study left out, and why: the events file's events that could not be studied
    (outside the calendar or the price data, an asset the prices lack), the statements that
    became no event, and the event-asset entries the event study skipped.

    Parameters
    ----------
    events_skipped
        ``EventSet.skipped``; rows with an ``event_id`` come from an events file.
    study_skipped
        ``EventStudyResults.skipped``.
    """
    from toolkit.report.sections import skipped_table

    from_file = (
        events_skipped["event_id"].fillna("").astype(str) != ""
        if "event_id" in events_skipped
        else pd.Series(False, index=events_skipped.index)
    )
    statements = events_skipped.loc[~from_file, ["statement_id", "date", "reason"]]
    out = skipped_table(statements, study_skipped)
    if from_file.any():
        rows = events_skipped.loc[from_file]
        out = (
            table(
                rows,
                columns={
                    "event_id": "event",
                    "asset": "asset",
                    "row": "row in the file",
                    "date": "date",
                    "reason": "reason",
                },
                caption=f"{_n(len(rows), 'event')} of the events file could not be studied.",
                wide=("reason",),
            )
            + out
        )
    return out
