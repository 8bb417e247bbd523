"""The report's sections as HTML blocks, built from the toolkit's public frames.

Each function takes the objects the notebook computed (articles, statement frames, event-study
results, price data) and returns an :class:`~toolkit.report.blocks.HTMLBlock`. All text from
articles is escaped by :mod:`toolkit.report.blocks`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from toolkit._format import fmt_p, fmt_pct, fmt_pct_se, fmt_stat, fmt_stat_p, fmt_window
from toolkit.report.blocks import (
    HTMLBlock,
    escape,
    fmt_number,
    fmt_pvalue,
    heading,
    key_values,
    note,
    paragraph,
    table,
)
from toolkit.report.provenance import file_sha256, package_versions, study_settings
from toolkit.text.topics import TOPICS, stance_legend

__all__ = [
    "abnormal_returns_table",
    "articles_table",
    "caar_table",
    "car_table",
    "events_table",
    "market_claims",
    "provenance",
    "regression_table",
    "skipped_table",
    "statements_table",
    "tests_table",
    "title_block",
]


#: Returns as signed percentages, their standard errors unsigned, statistics with two decimals:
#: the toolkit's one rule for numbers (:mod:`toolkit._format`).
_PCT = fmt_pct
_PCT_UNSIGNED = fmt_pct_se
_STAT = fmt_stat


#: The three tests shown beside the CAAR in the summary and the stance comparison.
_HEADLINE_TEST_COLUMNS = {
    "j1": "J1",
    "j1_pvalue": "p (J1)",
    "bmp": "BMP",
    "bmp_pvalue": "p (BMP)",
    "grank": "GRANK",
    "grank_pvalue": "p (GRANK)",
}
_HEADLINE_TEST_FORMATS = {
    "caar": _PCT,
    "j1": _STAT,
    "j1_pvalue": fmt_pvalue,
    "bmp": _STAT,
    "bmp_pvalue": fmt_pvalue,
    "grank": _STAT,
    "grank_pvalue": fmt_pvalue,
}


def title_block(
    title: str, *, articles: Sequence[Any], tickers: Sequence[str], generated_at: str | None
) -> HTMLBlock:
    """The page heading and a one-line summary of what the report covers."""
    dates = sorted({a.published for a in articles})
    span = (
        dates[0].isoformat()
        if len(dates) == 1
        else f"{dates[0].isoformat()} to {dates[-1].isoformat()}"
    )
    lede = (
        f"{len(articles)} article{'s' if len(articles) != 1 else ''} published {span}; "
        f"market reaction of {', '.join(tickers)}."
    )
    if generated_at:
        lede += f" Generated {generated_at}."
    return HTMLBlock(f"<h1>{escape(title)}</h1>\n" + paragraph(lede, cls="mr-lede").markup)


def summary(study: Any, statements: pd.DataFrame | None, caught: Sequence[Any] = ()) -> HTMLBlock:
    """Key results first: what was found, the mean CAR of all events per window with its main
    tests, and the notes (warnings) raised while the analysis ran.

    Parameters
    ----------
    study
        ``EventStudyResults``.
    statements
        The statements frame, or None for a study of an events file alone.
    caught
        ``warnings.WarningMessage`` objects recorded during the analysis.
    """
    events = study.events
    by_group = ", ".join(f"{n} {g}" for g, n in events["group"].value_counts().sort_index().items())
    found = ""
    if statements is not None:
        dated = int((statements["precision"] == "day").sum()) if "precision" in statements else 0
        found = f"{len(statements)} statements found, {dated} dated to the day; "
    lede = (
        f"{found}{len(events)} events "
        f"({by_group}); model {study.options.model}, event window {fmt_window(study.options.event_window)}."
    )
    caar = study.caar[study.caar["group"] == "all"]
    out = HTMLBlock("<h2>Summary</h2>") + paragraph(lede, cls="mr-lede")
    out = out + table(
        caar,
        columns={
            "window": "window",
            "n": "events",
            "caar": "CAAR (all events)",
            **_HEADLINE_TEST_COLUMNS,
        },
        formats=_HEADLINE_TEST_FORMATS,
        caption="Mean cumulative abnormal return of all events in each window, with three of the tests (all tests below).",
    )
    messages = list(dict.fromkeys(f"{w.category.__name__}: {w.message}" for w in caught))
    if messages:
        items = "".join(f"<li>{escape(m)}</li>" for m in messages)
        out = out + HTMLBlock(f'<div class="mr-note"><strong>Notes</strong><ul>{items}</ul></div>')
    return out


def articles_table(articles: Sequence[Any], skipped: Sequence[Sequence[str]] = ()) -> HTMLBlock:
    """One row per article: id, date, time zone, title, source, file, size; skipped files after."""
    rows = []
    for art in articles:
        meta = art.to_dict()
        rows.append(
            {
                "article": meta["article_id"],
                "published": meta["published"],
                "timezone": meta["timezone"],
                "title": meta.get("title", ""),
                "source": meta.get("source", ""),
                "file": meta.get("path") or "",
                "characters": meta["characters"],
            }
        )
    out = table(pd.DataFrame(rows), nowrap=("published",))
    descriptions = [
        (a.article_id, a.metadata.get("description"))
        for a in articles
        if a.metadata.get("description")
    ]
    for article_id, text in descriptions:
        out = out + paragraph(f"{article_id}: {text}")
    if skipped:
        listed = "; ".join(f"{p} ({r})" for p, r in skipped)
        out = out + note(f"Skipped {len(skipped)} file(s) that could not be read: {listed}.")
    return out


_STATEMENT_COLUMNS = {
    "statement_id": "id",
    "date": "date",
    "time_of_day": "time",
    "precision": "precision",
    "speaker": "speaker",
    "role": "role",
    "kind": "kind",
    "stance": "stance",
    "confidence": "confidence",
    "claims": "market claims",
    "text": "statement",
}


def statements_table(frame: pd.DataFrame, claims: pd.DataFrame | None = None) -> HTMLBlock:
    """The statements found, in text order, with their dates, speakers and stance, and the
    verdicts on their market claims when ``claims`` (from ``check_market_claims``) is given."""
    if frame.empty:
        return note("No statements were found in the articles.")
    shown = frame.copy()
    if claims is not None and len(claims):
        from toolkit.study.claims import statement_verdicts

        shown["claims"] = statement_verdicts(frame, claims).to_numpy()
    shown["date"] = [
        ""
        if pd.isna(d)
        else (d.strftime("%Y-%m-%d") if pd.isna(e) or e == d else f"{d:%Y-%m-%d} to {e:%Y-%m-%d}")
        for d, e in zip(shown["date"], shown.get("date_end", shown["date"]))
    ]
    dated = int((frame["precision"] == "day").sum()) if "precision" in frame else 0
    caption = f"{len(frame)} statements, {dated} dated to the day (those become events). " + (
        stance_legend(frame)
    )
    return table(
        shown,
        columns=_STATEMENT_COLUMNS,
        formats={"confidence": lambda v: fmt_number(v, 2)},
        caption=caption,
        nowrap=("date",),
        wide=("text",),
    )


#: Headers of the claims table that differ from the column names ("why": the reason a claim is
#: not checkable, else what was compared).
_CLAIM_HEADERS = {"statement_id": "statement", "reason": "why"}


def market_claims(claims: pd.DataFrame, *, source: str) -> HTMLBlock | None:
    """What the articles say the market did, checked against the closes; None without claims.

    Parameters
    ----------
    claims
        The frame from ``check_market_claims``.
    source
        The price source the claims were checked on, for the caption.
    """
    if claims.empty:
        return None
    from toolkit.study.claims import SUMMARY_COLUMNS, value_text

    counts = claims["verdict"].value_counts()
    tally = ", ".join(
        f"{counts[v]} {v}" for v in ("consistent", "inconsistent", "not checkable") if v in counts
    )
    lede = (
        f"{len(claims)} claim{'s' if len(claims) != 1 else ''} about the market in the "
        f"articles: {tally}. Each is checked close to close on its NYSE session; numbers are "
        "read as rounded ('4.8%' allows 4.75% to 4.85%), and a claim about a moment within "
        "the session cannot be checked on daily closes."
    )
    shown = claims.copy()
    for col in ("claimed", "measured"):
        shown[col] = [
            value_text(v, u, missing="\u2014") for v, u in zip(claims[col], claims["unit"])
        ]
    shown["reason"] = [
        r if isinstance(r, str) else d for r, d in zip(claims["reason"], claims["detail"])
    ]
    caption = (
        f"Prices: {source}. The Dow and the Nasdaq need Yahoo Finance; "
        "'stocks', 'Wall Street' and 'the market' are the S&P 500; sectors are their Select "
        "Sector SPDR funds. The rules: docs/claims.md in the toolkit."
    )
    return (
        HTMLBlock("<h2>Market claims</h2>")
        + paragraph(lede, cls="mr-lede")
        + table(
            shown,
            columns={c: _CLAIM_HEADERS.get(c, c) for c in SUMMARY_COLUMNS},
            caption=caption,
            nowrap=("claimed", "measured", "verdict"),
            wide=("reason",),
        )
    )


def events_table(frame: pd.DataFrame) -> HTMLBlock:
    """Events: day-0 session, requested date and why it moved, statements, stance group."""
    shown = frame.copy()
    shown["statement_ids"] = shown["statement_ids"].str.replace(",", ", ")
    return table(
        shown,
        columns={
            "event_id": "event",
            "session": "day 0",
            "requested": "statement date",
            "shift_reason": "moved because",
            "group": "stance",
            "n_statements": "statements",
            "statement_ids": "ids",
            "speakers": "speakers",
        },
    )


def abnormal_returns_table(ar: pd.DataFrame) -> HTMLBlock:
    """Daily abnormal returns with t (the standardised AR) and its two-sided p-value.

    Parameters
    ----------
    ar
        ``EventStudyResults.abnormal_returns`` (``sar`` is the t statistic of the day's AR,
        ``pvalue`` its p-value with the model's degrees of freedom).
    """
    return table(
        ar,
        columns={
            "event_id": "event",
            "asset": "asset",
            "rel_day": "day",
            "session": "session",
            "ret": "return",
            "expected": "expected",
            "ar": "AR",
            "sar": "t",
            "pvalue": "p",
        },
        formats={"ret": _PCT, "expected": _PCT, "ar": _PCT, "sar": _STAT, "pvalue": fmt_pvalue},
        caption="AR = return minus the model's expected return; t = AR over its standard error; p two-sided.",
        collapsed=f"Daily abnormal returns ({len(ar)} rows)",
    )


def car_table(car: pd.DataFrame) -> HTMLBlock:
    """Cumulative abnormal returns per event, asset and window, with t, p and BHAR."""
    return table(
        car,
        columns={
            "event_id": "event",
            "asset": "asset",
            "window": "window",
            "car": "CAR",
            "t": "t",
            "pvalue": "p",
            "bhar": "BHAR",
        },
        formats={"car": _PCT, "t": _STAT, "pvalue": fmt_pvalue, "bhar": _PCT},
    )


def caar_table(caar: pd.DataFrame) -> HTMLBlock:
    """Mean CAR by window and group (stance), with the number of events and the main tests."""
    return table(
        caar,
        columns={
            "group": "group",
            "window": "window",
            "n": "events",
            "caar": "CAAR",
            **_HEADLINE_TEST_COLUMNS,
        },
        formats=_HEADLINE_TEST_FORMATS,
    )


def tests_table(tests: pd.DataFrame) -> HTMLBlock:
    """The test battery: one row per window and group, one column per test with "stat (p)".

    A test that could not be computed shows a dash; the reasons are listed under the table.
    The distribution and null hypothesis of each test are in the methods section.
    """
    frame = tests.copy()
    cell = [
        fmt_stat_p(s, p)
        for s, p in zip(frame["stat"].to_numpy(dtype=float), frame["pvalue"].to_numpy(dtype=float))
    ]
    flagged = frame["overlap"].notna() if "overlap" in frame else pd.Series(False, frame.index)
    frame["cell"] = [c + " \u2020" if f else c for c, f in zip(cell, flagged)]
    order = list(dict.fromkeys(frame["test"]))
    wide = frame.pivot_table(
        index=["window", "group"], columns="test", values="cell", aggfunc="first", sort=False
    )
    wide = wide.reindex(columns=order).reset_index()
    wide.columns.name = None
    reasons = (
        frame.dropna(subset=["reason"]).groupby(["test", "reason"], sort=False).size().reset_index()
    )
    notes = "; ".join(f"{t}: {r}" for t, r in zip(reasons["test"], reasons["reason"]))
    caption = "Each cell: test statistic (two-sided p-value)."
    if flagged.any():
        caption += " \u2020 " + _overlap_caption(frame[flagged])
    if notes:
        caption += f" Not computed (\u2014): {notes}."
    return table(
        wide,
        columns={"window": "window", "group": "group", **{t: t for t in order}},
        caption=caption,
        nowrap=order,
    )


def _overlap_caption(flagged: pd.DataFrame) -> str:
    """The footnote of the cells whose test assumes independent pairs while pairs share
    sessions: how many pairs of pairs do (at most, over the cells) and which tests allow for it."""
    worst = str(flagged["overlap"].iloc[0])
    for text in flagged["overlap"].astype(str):
        if int(text.split(" ", 1)[0]) > int(worst.split(" ", 1)[0]):
            worst = text
    return (
        "The test assumes independent (event, asset) pairs, but event windows share sessions "
        f"(up to {worst}): its p-value is likely too small; prefer the tests that allow for the "
        "overlap."
    )


_COVARIANCE = {
    "nonrobust": "classical OLS (for one-day dummies the forecast-error variance; sandwich "
    "estimators are degenerate there)",
    "HAC": "HAC (Newey-West)",
    "HC1": "HC1 (White)",
}


def regression_intro(regressions: Mapping[str, Any]) -> HTMLBlock:
    """The heading and introduction of the event-regression section, naming the covariance
    estimator the regressions below used."""
    used = sorted({_COVARIANCE.get(r.cov_type, r.cov_type) for r in regressions.values()})
    covariance = " and ".join(used) if used else "none (no asset had events)"
    text = (
        "A regression of daily returns on event-window dummies (with the benchmark where there "
        "is one), which allows for events whose windows overlap: each dummy takes the days of its "
        f"own window and the regression separates them. Standard errors: {covariance}."
    )
    return heading("Event regression") + paragraph(text, cls="mr-intro")


def regression_table(regressions: Mapping[str, Any]) -> HTMLBlock:
    """The event regression of each asset: one row per event dummy, with the joint test and,
    when both poles of a topic's stance have events, their contrast (escalation against
    deescalation, hawkish against dovish, ...: :data:`toolkit.text.topics.TOPICS`).

    Parameters
    ----------
    regressions
        Asset to ``EventRegressionResults``.
    """
    out: HTMLBlock | None = None
    for asset, reg in regressions.items():
        lags = f", {reg.hac_lags} lags" if reg.hac_lags is not None else ""
        if reg.cov_type == "HAC":
            corrected = getattr(reg.result, "correction", False)
            lags += ", with" if corrected else ", without"
            lags += " the n/(n-k) small-sample factor"
        caption = (
            f"{asset}: {len(reg.params)} event dummies, window {reg.window.label}; sample "
            f"{reg.sample[0]:%Y-%m-%d} to {reg.sample[1]:%Y-%m-%d} ({int(reg.result.nobs)} sessions); "
            f"covariance {_COVARIANCE.get(reg.cov_type, reg.cov_type)}{lags}. coef = average daily abnormal return over the window; "
            f"CAR = coef x window length."
        )
        block = table(
            reg.to_frame(),
            columns={
                "event_id": "event",
                "session": "day 0",
                "group": "stance",
                "coef": "coef",
                "std_err": "std. error",
                "t": "t",
                "pvalue": "p",
                "car": "CAR",
                "car_se": "CAR std. error",
            },
            formats={
                "coef": _PCT,
                "std_err": _PCT_UNSIGNED,
                "t": _STAT,
                "pvalue": fmt_pvalue,
                "car": _PCT,
                "car_se": _PCT_UNSIGNED,
            },
            caption=caption,
        )
        tests = [reg.joint_test]
        groups = set(reg.events.loc[reg.events["event_id"].isin(reg.params.index), "group"])
        for firmer, softer in dict.fromkeys((t.firmer, t.softer) for t in TOPICS.values()):
            if {firmer, softer} <= groups:
                tests.append(reg.group_test(firmer, softer))
        lines = [
            f"{t.null}: {t.name} statistic {fmt_stat(t.stat)} ~ {t.dist}, {fmt_p(t.pvalue)}"
            if t.reason is None
            else f"{t.null}: not computed ({t.reason})"
            for t in tests
        ]
        block = block + paragraph("Tests: " + "; ".join(lines) + ".")
        if reg.dropped:
            block = block + note(
                f"Events outside the regression sample: {', '.join(map(str, reg.dropped))}."
            )
        out = block if out is None else out + block
    return out if out is not None else note("No event regression was run.")


def provenance(
    *,
    data: Any,
    articles: Sequence[Any],
    parameters: Mapping[str, Any],
    study_params: Any,
    command: str,
    skipped: Sequence[Sequence[str]] = (),
    generated_at: str | None = None,
    events_file: str | None = None,
) -> HTMLBlock:
    """Versions, data source and checksum, input files and their checksums, every parameter,
    and the command that regenerates the report.

    ``events_file`` is the events file the study read, if any (listed with its checksum).

    ``study_params`` is ``EventStudyResults.options`` (the frozen record of the fit, read with
    :func:`~toolkit.report.provenance.study_settings`), or None; the settings that differ from
    ``parameters`` are listed as "event study: ...".
    """
    parts = [
        HTMLBlock("<h3>Regenerate this report</h3>"),
        HTMLBlock(f'<pre class="mr-command">{escape(command)}</pre>'),
    ]
    parts.append(
        paragraph(
            "With the snapshot source and the same toolkit and package versions, this command "
            "writes a byte-identical file."
            + ("" if not generated_at else " (This copy carries a time stamp, which differs.)")
        )
    )
    parts.append(HTMLBlock("<h3>Data</h3>"))
    parts.append(
        key_values(
            [
                ("source", data.source),
                ("sha256 (canonical CSV of the prices used)", data.sha256),
                ("retrieved at", data.retrieved_at),
                ("tickers", ", ".join(data.tickers)),
                ("first session", f"{data.prices.index.min():%Y-%m-%d}"),
                ("last session", f"{data.prices.index.max():%Y-%m-%d}"),
                ("sessions", len(data.prices)),
            ]
        )
    )
    if events_file:
        parts.append(HTMLBlock("<h3>Events file</h3>"))
        parts.append(key_values([("file", events_file), ("sha256", file_sha256(events_file))]))
    rows = [
        {
            "article": a.article_id,
            "file": a.path.name if a.path is not None else "",
            "sha256": file_sha256(a.path) if a.path is not None else "",
        }
        for a in articles
    ]
    if rows:
        parts.append(HTMLBlock("<h3>Articles</h3>"))
        parts.append(table(pd.DataFrame(rows)))
    if skipped:
        parts.append(
            table(pd.DataFrame([list(s) for s in skipped], columns=["skipped file", "reason"]))
        )
    parts.append(HTMLBlock("<h3>Parameters</h3>"))
    pairs = [(k, _plain(v)) for k, v in parameters.items()]
    if study_params is not None:
        shown = {k: v for k, v in pairs}
        pairs += [
            (f"event study: {k}", _plain(v))
            for k, v in study_settings(study_params).items()
            if shown.get(k) != _plain(v)
        ]
    parts.append(key_values(pairs))
    parts.append(HTMLBlock("<h3>Software</h3>"))
    parts.append(key_values(package_versions().items()))
    out = parts[0]
    for part in parts[1:]:
        out = out + part
    return out


def _plain(value: Any) -> str:
    """A parameter value as short readable text."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return value
    if isinstance(value, pd.DataFrame | pd.Series):
        return f"{type(value).__name__} {value.shape}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_plain(v) for v in value) + "]"
    return str(value)


def skipped_table(statements_skipped: pd.DataFrame, study_skipped: pd.DataFrame) -> HTMLBlock:
    """What the study left out, and why: statements that became no event (undated, dated to a
    longer period, or dated outside the NYSE calendar the toolkit covers) and event-asset
    entries the event study skipped or cut short (no prices around day 0).

    Parameters
    ----------
    statements_skipped
        ``EventSet.skipped`` (statement_id, date, reason).
    study_skipped
        ``EventStudyResults.skipped`` (event_id, asset, reason).
    """
    parts: list[HTMLBlock] = []
    if len(statements_skipped):
        outside = int(statements_skipped["reason"].str.contains("outside").sum())
        caption = (
            f"{len(statements_skipped)} statement(s) did not become events"
            + (f", {outside} of them dated outside the data the study can use" if outside else "")
            + "."
        )
        parts.append(
            table(
                statements_skipped,
                columns={"statement_id": "statement", "date": "date", "reason": "reason"},
                caption=caption,
                collapsed=None
                if outside
                else f"Statements not used as events ({len(statements_skipped)})",
                wide=("reason",),
            )
        )
    if len(study_skipped):
        parts.append(
            table(
                study_skipped,
                columns={"event_id": "event", "asset": "asset", "reason": "reason"},
                caption=f"{len(study_skipped)} event-asset entries skipped or cut short by the "
                "event study.",
                wide=("reason",),
            )
        )
    if not parts:
        return HTMLBlock("")
    out = parts[0]
    for part in parts[1:]:
        out = out + part
    return out
