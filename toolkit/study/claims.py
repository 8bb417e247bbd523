"""Market claims in news text, checked against prices: :func:`check_market_claims`.

News says what the market did: "The S&P 500 fell 4.8% on Thursday", "the Dow soared more than
2,000 points", "its best day since 2008". The statements the extractor dates (``kind`` "market",
and "action" statements that name an index or a stock) are read for such claims
(:mod:`toolkit.study.claim_parsing`), each claim gets the NYSE session its statement is dated to
(:func:`toolkit.market.calendar.event_session`: a weekend or holiday has none), and the claim is
judged on the closes (:mod:`toolkit.study.claim_rules`): ``consistent``, ``inconsistent`` or
``not checkable``, with the reason. The rules are in ``docs/claims.md``.

Assets: "stocks", "Wall Street" and "the market" are the S&P 500 (^GSPC); the Select Sector
SPDR funds stand for their sectors; "the Dow" is ^DJI and "the Nasdaq" ^IXIC, which only Yahoo
Finance has (``source="auto"`` online); companies are checked when ``names`` maps them to a
ticker the price source has.

One more rule reads across statements: a direction-only claim ("news helped to buoy stock
markets") followed in the same article by a claim that the gains (or losses) were given up
within the same session ("by Tuesday afternoon the S&P 500 had given up any gains") describes a
move within the session, so it is ``not checkable`` with the reason "intraday wording".
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, cast

import pandas as pd

from toolkit.errors import InputError, ToolkitError, check_option
from toolkit.market import PriceData, available_sources, canonical_ticker, load_prices
from toolkit.market.base import PriceSource
from toolkit.market.calendar import (
    event_session,
    previous_session,
    sessions_between,
    sessions_window,
)
from toolkit.market.yahoo import offline
from toolkit.study.claim_parsing import Asset, Claim, parse_claims
from toolkit.study.claim_rules import VERDICTS, Judgement, Window, judge, not_checkable

__all__ = [
    "CLAIM_COLUMNS",
    "CLAIM_KINDS",
    "SUMMARY_COLUMNS",
    "check_market_claims",
    "statement_verdicts",
    "value_text",
]

#: Columns of the frame :func:`check_market_claims` returns (see ``docs/INTERFACES.md``).
CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "article_id",
    "statement_id",
    "claim",
    "asset",
    "ticker",
    "session",
    "period",
    "quantity",
    "direction",
    "qualifier",
    "claimed",
    "low",
    "high",
    "measured",
    "difference",
    "unit",
    "reference",
    "verdict",
    "reason",
    "detail",
    "price_source",
)
#: The columns of the short view of claims (the report's section, ``market-reaction claims``).
SUMMARY_COLUMNS: tuple[str, ...] = (
    "statement_id",
    "claim",
    "asset",
    "session",
    "claimed",
    "measured",
    "verdict",
    "reason",
)
_FLOATS = ("claimed", "low", "high", "measured", "difference")
_DATES = ("session", "reference")

#: Statement kinds read for claims: market remarks, and actions that name an asset
#: ("Stocks soared after the president paused the tariffs"). Quotes and paraphrases are the
#: speaker's words, not the article's.
CLAIM_KINDS: tuple[str, ...] = ("market", "action")
_REQUIRED = ("statement_id", "kind", "text", "date")


# ---------------------------------------------------------------------------- the inputs
def _statements(statements: Any) -> tuple[pd.DataFrame, Any]:
    """The statements as a frame, and the publication date when the object carries one."""
    published = None
    if isinstance(statements, pd.DataFrame):
        frame = statements
    elif callable(getattr(statements, "to_frame", None)):
        frame = statements.to_frame()
        published = getattr(statements, "published", None)
    else:
        raise InputError(
            "Parameter `statements` takes a StatementSet (from extract_statements) or its "
            f"frame, got {type(statements).__name__}."
        )
    if not isinstance(frame, pd.DataFrame):
        raise InputError(
            f"Parameter `statements`: to_frame() returned {type(frame).__name__}, not a DataFrame."
        )
    missing = [c for c in _REQUIRED if c not in frame.columns]
    if missing:
        raise InputError(
            f"Parameter `statements` needs the columns {', '.join(_REQUIRED)}; missing "
            f"{', '.join(missing)}."
        )
    frame = frame.reset_index(drop=True).copy()
    for col in ("date", "date_end"):
        if col in frame.columns:
            try:
                frame[col] = pd.to_datetime(frame[col])
            except (ValueError, TypeError) as exc:
                raise InputError(
                    f"Parameter `statements`: column `{col}` holds values that are not dates."
                ) from exc
    if "precision" not in frame.columns:
        frame["precision"] = ["day" if pd.notna(d) else "unknown" for d in frame["date"]]
    return frame, published


def _names(names: Any) -> dict[str, str]:
    if names is None:
        return {}
    if not isinstance(names, Mapping):
        raise InputError(
            "Parameter `names` takes a mapping of names to tickers such as {'Apple': 'AAPL'}, "
            f"got {type(names).__name__}."
        )
    out: dict[str, str] = {}
    for key, value in names.items():
        if not isinstance(key, str) or not key.strip():
            raise InputError(f"Parameter `names` takes non-empty names as keys, got {key!r}.")
        out[key.strip()] = canonical_ticker(value, param="names")
    return out


def _approx(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        raise InputError(
            f"Parameter `approx` takes a number between 0 and 1 (e.g. 0.10), got {value!r}."
        )
    return float(value)


def _source(source: Any) -> str | PriceSource:
    if isinstance(source, PriceSource):
        return source
    if not isinstance(source, str):
        raise InputError(
            "Parameter `source` takes a source name such as 'auto' or 'snapshot', or a "
            f"PriceSource, got {type(source).__name__}."
        )
    check_option("source", source, tuple(available_sources()))
    return source


class _Prices:
    """Closes by ticker: from the ``prices`` given, or loaded from ``source`` when needed."""

    def __init__(self, prices: Any, source: str | PriceSource) -> None:
        self.source = source
        self.given: pd.DataFrame | None = None
        self.label = "prices"
        if isinstance(prices, PriceData):
            self.given, self.label = prices.prices, prices.source
        elif isinstance(prices, pd.DataFrame):
            self.given = self._wide(prices)
        elif prices is not None:
            raise InputError(
                "Parameter `prices` takes a PriceData, a wide DataFrame of closes (dates as the "
                f"index, one column per ticker) or None, got {type(prices).__name__}."
            )
        self.cache: dict[str, tuple[pd.Series | None, str]] = {}

    @staticmethod
    def _wide(frame: pd.DataFrame) -> pd.DataFrame:
        try:
            index = pd.DatetimeIndex(pd.to_datetime(frame.index)).normalize()
        except (ValueError, TypeError) as exc:
            raise InputError(
                "Parameter `prices`: the index of a wide frame of closes must hold dates."
            ) from exc
        try:
            values = frame.apply(pd.to_numeric)
        except (ValueError, TypeError) as exc:
            raise InputError("Parameter `prices`: a wide frame of closes must be numeric.") from exc
        values.index = index
        values.columns = [canonical_ticker(str(c), param="prices") for c in frame.columns]
        return values

    def closes(self, ticker: str) -> tuple[pd.Series | None, str]:
        """The closes of ``ticker`` (sorted, no NaN) and where they come from, or None and why."""
        if ticker not in self.cache:
            self.cache[ticker] = self._load(ticker)
        return self.cache[ticker]

    def _load(self, ticker: str) -> tuple[pd.Series | None, str]:
        if self.given is not None:
            if ticker not in self.given.columns:
                shown = ", ".join(map(str, self.given.columns))
                return None, f"{ticker} is not in `prices` (it has {shown})"
            return self.given[ticker].dropna().sort_index(), self.label
        try:
            data = load_prices(ticker, source=self.source)
        except ToolkitError as exc:
            name = self.source if isinstance(self.source, str) else self.source.name
            why = re.sub(r"^Parameter `\w+`: ", "", str(exc).splitlines()[0].split(". ")[0])
            if offline() and name == "auto":
                why += " (offline: MARKET_REACTION_OFFLINE is set, so Yahoo Finance is not used)"
            return None, f"no prices for {ticker} from the {name!r} source: {why}"
        return data.prices[ticker].dropna().sort_index(), data.source


# ------------------------------------------------------------------------------- sessions
def _period_sessions(
    period: str, date: pd.Timestamp, precision: str, limit: Any
) -> Window | Judgement:
    """The window of a claim about a calendar week or month."""
    if precision not in ("day", period) and not (precision == "week" and period == "month"):
        return not_checkable("no date", f"the statement is dated only to the {precision}")
    first = date - pd.Timedelta(days=date.weekday()) if period == "week" else date.replace(day=1)
    last = first + pd.Timedelta(days=6) if period == "week" else first + pd.offsets.MonthEnd(0)
    if precision == "day":
        last = min(last, date)
    elif limit is not None and not pd.isna(limit):
        last = min(last, pd.Timestamp(limit).normalize())
    days = sessions_between(first, last)
    if not len(days):
        return not_checkable(
            "not a trading session", f"no session from {first:%Y-%m-%d} to {last:%Y-%m-%d}"
        )
    return Window(days[-1], previous_session(days[0]), period)


def _named_day(
    weekday: int, date: pd.Timestamp, date_end: Any, precision: str, published: Any
) -> pd.Timestamp:
    """The day a weekday named in a claim's clause stands for: the last such day on or before
    the statement's date (or, for a statement dated to a week, the end of that week and the
    publication date, when known). Market claims describe the past."""
    limit = date
    if precision == "week":
        limit = (
            pd.Timestamp(date_end).normalize()
            if date_end is not None and not pd.isna(date_end)
            else date + pd.Timedelta(days=6)
        )
        if published is not None and not pd.isna(published):
            limit = min(limit, pd.Timestamp(published).normalize())
    return limit - pd.Timedelta(days=(limit.weekday() - weekday) % 7)


def _window(claim: Claim, row: Mapping[str, Any], published: Any) -> Window | Judgement:
    """The sessions a claim's move runs between, from its statement's date."""
    date = row.get("date")
    if date is None or pd.isna(date):
        return not_checkable("no date", "the statement has no date")
    date = pd.Timestamp(date).normalize()
    precision = str(row.get("precision") or "day")
    period = claim.period
    limit = row.get("published", published)
    if claim.weekday is not None and period == "day" and precision in ("day", "week"):
        date = _named_day(claim.weekday, date, row.get("date_end"), precision, limit)
        precision = "day"
    plain = claim.quantity not in ("rank", "streak") and claim.sessions == 1
    if plain and period == "day" and precision in ("week", "month"):
        period = precision
    if period in ("quarter", "year"):
        return not_checkable(
            "period not checked", f"a change over the {period} or from a peak is not checked"
        )
    try:
        if period in ("week", "month"):
            return _period_sessions(period, date, precision, limit)
        if precision != "day":
            return not_checkable("no date", f"the statement is dated only to the {precision}")
        shift = event_session(date, policy="skip")
        if shift.session is None:
            why = (shift.reason or "").replace(" -> skipped", "")
            return not_checkable("not a trading session", f"{date:%Y-%m-%d}: {why}")
        start = sessions_window(shift.session, -claim.sessions, 0)[0]
    except ToolkitError as exc:
        return not_checkable("date outside the data", str(exc).splitlines()[0])
    label = "day" if claim.sessions == 1 else f"{claim.sessions} days"
    return Window(shift.session, start, label)


# --------------------------------------------------------------------------------- claims
def _found(frame: pd.DataFrame, names: dict[str, str]) -> list[tuple[dict[str, Any], Claim]]:
    """Every claim of every statement, in statement order."""
    out: list[tuple[dict[str, Any], Claim]] = []
    previous: dict[Any, list[Asset]] = {}
    for row in cast(list[dict[str, Any]], frame.to_dict("records")):
        if row.get("kind") not in CLAIM_KINDS or not isinstance(row.get("text"), str):
            continue
        article = row.get("article_id")
        claims = parse_claims(row["text"], names=names, previous=tuple(previous.get(article, ())))
        if row["kind"] != "market":
            claims = [c for c in claims if c.asset is not None]
        for claim in claims:
            out.append((row, claim))
            if claim.asset is not None:
                previous.setdefault(article, []).append(claim.asset)
    return _given_up(out)


def _given_up(found: list[tuple[dict[str, Any], Claim]]) -> list[tuple[dict[str, Any], Claim]]:
    """Mark direction claims whose move the article says was given up within the session."""
    out = list(found)
    for i, (row, claim) in enumerate(found):
        if claim.quantity != "direction" or claim.reversal or claim.intraday or claim.asset is None:
            continue
        for later_row, later in found[i + 1 :]:
            if (
                later.reversal
                and later.intraday
                and later.asset is not None
                and later.asset.ticker == claim.asset.ticker
                and later_row.get("article_id") == row.get("article_id")
                and later_row.get("date") == row.get("date")
            ):
                note = f"given up {later.intraday} (statement {later_row['statement_id']})"
                out[i] = (row, replace(claim, intraday=note))
                break
    return out


def _judged(
    claim: Claim, row: Mapping[str, Any], prices: _Prices, published: Any, approx: float
) -> tuple[Judgement, Window | None, str | None]:
    """The judgement, the window (when there is one) and the price source of a claim."""
    window = _window(claim, row, published)
    win = window if isinstance(window, Window) else None
    asset = claim.asset
    if claim.problem is not None:
        return not_checkable(claim.problem, claim.note or claim.problem), win, None
    if asset is None:
        return (
            not_checkable(
                "no index or asset recognised",
                "the claim names no index, sector or stock the rules know; map names to "
                "tickers with names={...}",
            ),
            win,
            None,
        )
    if asset.status == "unknown":
        return not_checkable("no index or asset recognised", asset.note or asset.name), win, None
    if asset.status == "unpriced" or asset.ticker is None:
        return not_checkable("no data for that asset", asset.note or asset.name), win, None
    if claim.intraday:
        return (
            not_checkable(
                "intraday wording",
                f"{claim.intraday!r}: daily closes cannot check a move within the session",
            ),
            win,
            None,
        )
    if win is None:
        assert isinstance(window, Judgement)
        return window, None, None
    closes, where = prices.closes(asset.ticker)
    if closes is None:
        return not_checkable("no data for that asset", where), win, None
    if not len(closes):
        return not_checkable("date outside the data", f"no closes for {asset.ticker}"), win, where
    return judge(claim, closes, win, ticker=asset.ticker, approx=approx), win, where


def _claimed(claim: Claim) -> float:
    if claim.value is None:
        return math.nan
    if claim.quantity in ("level", "streak"):
        return float(claim.value)
    return -float(claim.value) if claim.direction == "down" else float(claim.value)


def _unit(claim: Claim) -> str | None:
    if claim.quantity == "rank":
        return {"points": "points", "level": "level"}.get(claim.rank_of or "", "%")
    if claim.quantity == "direction":
        return "%"
    return claim.unit


def _row(
    number: int,
    width: int,
    row: Mapping[str, Any],
    claim: Claim,
    judged: tuple[Judgement, Window | None, str | None],
) -> dict[str, Any]:
    verdict, window, where = judged
    claimed = _claimed(claim)
    measured = verdict.measured
    if claim.quantity in ("percent", "points") and claim.direction is None:
        difference = abs(measured) - claimed
    else:
        difference = measured - claimed
    article = row.get("article_id")
    return {
        "claim_id": f"c{number:0{width}d}",
        "article_id": None if article is None or pd.isna(article) else str(article),
        "statement_id": str(row["statement_id"]),
        "claim": claim.text,
        "asset": claim.asset.name if claim.asset is not None else None,
        "ticker": claim.asset.ticker if claim.asset is not None else None,
        "session": window.end if window is not None else pd.NaT,
        "period": window.label if window is not None else claim.period,
        "quantity": claim.quantity,
        "direction": claim.direction,
        "qualifier": claim.qualifier,
        "claimed": claimed,
        "low": verdict.low,
        "high": verdict.high,
        "measured": measured,
        "difference": difference,
        "unit": _unit(claim),
        "reference": verdict.reference,
        "verdict": verdict.verdict,
        "reason": verdict.reason,
        "detail": verdict.detail,
        "price_source": where,
    }


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    for col in _FLOATS:
        frame[col] = frame[col].astype("float64")
    for col in _DATES:
        frame[col] = pd.to_datetime(frame[col]).astype("datetime64[ns]")
    for col in CLAIM_COLUMNS:
        if col not in _FLOATS and col not in _DATES:
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def check_market_claims(
    statements: Any,
    prices: Any = None,
    *,
    names: Mapping[str, str] | None = None,
    source: str | PriceSource = "auto",
    approx: float = 0.10,
) -> pd.DataFrame:
    """Check what articles say the market did against the closes.

    Parameters
    ----------
    statements
        A ``StatementSet`` (from :func:`toolkit.extract_statements`) or its frame (at least
        ``statement_id``, ``kind``, ``text``, ``date``; ``precision``, ``date_end``,
        ``article_id`` and ``published`` are used when present). Statements of the kinds in
        :data:`CLAIM_KINDS` are read.
    prices
        A ``PriceData``, a wide frame of closes (dates as the index, one column per ticker),
        or None to load each asset's full history from ``source``.
    names
        Names mapped to tickers, for companies (``{"Apple": "AAPL"}``) or anything else the
        built-in rules do not know.
    source
        The price source when ``prices`` is None: ``"auto"`` (the cache, then Yahoo Finance,
        then the embedded snapshot; only the snapshot when ``MARKET_REACTION_OFFLINE=1``),
        ``"snapshot"``, ``"yahoo"``, another registered name, or a ``PriceSource``.
    approx
        The relative width of the bands of "about", "nearly" and "just over" (0.10: "about
        3%" allows 2.7% to 3.3%, or the rounding step when that is wider).

    Returns
    -------
    pandas.DataFrame
        One row per claim, columns :data:`CLAIM_COLUMNS`: ``claim_id`` ("c001", ...),
        ``article_id``, ``statement_id``, ``claim`` (its words), ``asset`` (as named),
        ``ticker``, ``session`` (the claim's last session), ``period`` ("day", "2 days",
        "week", "month"), ``quantity`` (percent, points, level, direction, rank, streak,
        vague, unknown), ``direction``, ``qualifier``, ``claimed`` (signed: -4.8 for "fell
        4.8%"; a level; a streak's length), ``low`` and ``high`` (the band allowed),
        ``measured`` (close to close), ``difference`` (measured - claimed), ``unit`` ("%",
        "points", "level", "sessions", ...), ``reference`` (for ranks, the latest earlier move
        as large), ``verdict`` (consistent, inconsistent, not checkable), ``reason`` (why not
        checkable; see :data:`toolkit.study.claim_rules.REASONS`), ``detail`` (what was
        compared) and ``price_source``.

    Raises
    ------
    InputError
        If an argument has the wrong type or value (the message names it).

    Examples
    --------
    >>> import toolkit
    >>> text = "The S&P 500 fell 4.84% on Thursday."
    >>> s = toolkit.extract_statements(text, published="2025-04-04")
    >>> out = check_market_claims(s, source="snapshot")
    >>> out[["ticker", "claimed", "verdict"]].values.tolist()
    [['^GSPC', -4.84, 'consistent']]
    """
    frame, published = _statements(statements)
    book = _Prices(prices, _source(source))
    found = _found(frame, _names(names))
    tolerance = _approx(approx)
    width = max(3, len(str(len(found))))
    rows = [
        _row(i, width, row, claim, _judged(claim, row, book, published, tolerance))
        for i, (row, claim) in enumerate(found, start=1)
    ]
    return _frame(rows)


def value_text(value: Any, unit: Any, *, missing: str = "") -> str:
    """A claimed or measured value as text in its unit, for tables.

    Examples
    --------
    >>> value_text(-4.8396, "%"), value_text(-322.44, "points"), value_text(3.0, "sessions")
    ('-4.84%', '-322.44 points', '3 sessions')
    """
    if value is None or not math.isfinite(value):
        return missing
    if unit == "%":
        return f"{value:+.2f}%"
    if unit == "points":
        return f"{value:+,.2f} points"
    if unit == "sessions":
        return f"{value:.0f} sessions"
    return f"{value:,.2f}"


def statement_verdicts(statements: Any, claims: pd.DataFrame) -> pd.Series:
    """The verdicts of each statement's claims, for a column beside the statements.

    Parameters
    ----------
    statements
        The statements (a ``StatementSet`` or its frame) the claims were found in.
    claims
        The frame from :func:`check_market_claims`.

    Returns
    -------
    pandas.Series
        Aligned with the statements' rows: the distinct verdicts of the statement's claims
        ("consistent", "inconsistent; not checkable", ...), or "" when it makes no claim.
    """
    frame, _ = _statements(statements)
    if not isinstance(claims, pd.DataFrame) or not {"statement_id", "verdict"} <= set(claims):
        raise InputError(
            "Parameter `claims` takes the frame check_market_claims returns, got "
            f"{type(claims).__name__}."
        )
    by_article = "article_id" in frame.columns and "article_id" in claims.columns
    verdicts: dict[tuple[Any, str], list[str]] = {}
    for rec in claims.to_dict("records"):
        key = (rec.get("article_id") if by_article else None, str(rec["statement_id"]))
        verdicts.setdefault(key, []).append(rec["verdict"])
    out = []
    for rec in frame.to_dict("records"):
        article = rec.get("article_id") if by_article else None
        if article is not None and pd.isna(article):
            article = None
        found = verdicts.get((article, str(rec["statement_id"])), [])
        out.append("; ".join(v for v in VERDICTS if v in found))
    return pd.Series(
        out, index=statements.index if isinstance(statements, pd.DataFrame) else None, name="claims"
    )
