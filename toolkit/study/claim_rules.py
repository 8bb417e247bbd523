"""Checking one market claim against daily closes: the band it allows, the move, the verdict.

Moves are close to close: the close of the claim's session against the close of the session
before (for a week or a month, the last close of the period before; for "in two days", the close
two sessions before). The rules (``docs/claims.md`` states them with examples):

* **Rounding.** "4.8%" allows 4.75% to 4.85%: half a unit of the last digit given
  (:func:`toolkit.study.claim_parsing.step_of`).
* **Qualifiers**, with ``approx`` (0.10 by default) the relative width of the approximate
  bands: "about x" allows x +/- max(approx * x, the rounding step); "nearly x" allows
  (1 - approx) * x to x; "just over x" x to (1 + approx) * x; "more than x" anything above
  x, "at least x" x or more; "less than x" below x, "at most x" x or less. Bands are on the size
  of the move; the direction the verb gives is checked separately.
* **Points and levels** need prices as published: they are checked on index levels (tickers
  starting with "^") only; funds and stocks in the data are dividend-adjusted.
* **Direction only** ("stocks rose"): the sign of the move; no change is neither up nor down.
* **Ranks** ("best day since 2008"): no move at least as large (in the claim's direction) on any
  day after the end of the anchor period and before the day, **and** one at least as large on
  or before the end of the anchor period, within the data, so that "since 2008" does not
  describe a record. Data that start after the anchor cannot confirm the first part; data
  with no larger move before the anchor cannot confirm the second: both are ``not checkable``.
  "A record" and "ever" can only be refuted by the data, never confirmed.
* **Streaks** ("after three days of losses"): exactly that many sessions in a row moved that
  way, ending on the day (or on the session before it, for "after"), and the one before them
  did not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from toolkit.study.claim_parsing import Claim

__all__ = [
    "REASONS",
    "VERDICTS",
    "Judgement",
    "Window",
    "anchor_of",
    "band",
    "judge",
    "moves",
]

#: The verdicts, in the order reports list them.
VERDICTS: tuple[str, ...] = ("consistent", "inconsistent", "not checkable")

#: Why a claim is not checkable (the ``reason`` column), with what each means.
REASONS: dict[str, str] = {
    "no index or asset recognised": "the claim names no index, sector or stock the rules or "
    "`names` know",
    "no data for that asset": "the asset is known but the price source has no prices for it "
    "(oil, a foreign index, the Dow offline)",
    "intraday wording": "the claim is about a moment within the session or outside its hours",
    "vague quantity": "no number or sign that can be checked ('stocks were mixed', 'hundreds "
    "of points', 'since the pandemic')",
    "unit not known": "a number in a unit the rules do not check (basis points, market value, "
    "a number without a unit)",
    "period not checked": "a change over a quarter, a year or from a peak",
    "no date": "the statement is not dated to the day, week or month the claim needs",
    "not a trading session": "the date is a weekend or an NYSE holiday",
    "date outside the data": "the prices do not cover the session or the one before it",
    "adjusted prices": "points or a level of a fund or stock, whose prices in the data are "
    "dividend-adjusted",
    "history before the data": "a rank needs closes from before the data's first date",
}


@dataclass(frozen=True)
class Window:
    """The sessions a claim's move runs between.

    Attributes
    ----------
    end
        The claim's session (the last session of its period).
    start
        The session whose close the move starts from.
    label
        The period as shown ("day", "2 days", "week", "month").
    """

    end: pd.Timestamp
    start: pd.Timestamp
    label: str


@dataclass(frozen=True)
class Judgement:
    """The verdict on one claim and the numbers behind it.

    Attributes
    ----------
    verdict
        One of :data:`VERDICTS`.
    reason
        A key of :data:`REASONS` when not checkable, else None.
    detail
        A sentence on what was compared, or why it could not be.
    measured
        The move (percent or points), the level, the streak's length; NaN if not measured.
    low, high
        The band the claim allows, signed (NaN when there is none).
    reference
        For ranks: the latest earlier move at least as large (before the anchor for a
        consistent claim, after it for an inconsistent one); else None.
    """

    verdict: str
    reason: str | None
    detail: str
    measured: float = math.nan
    low: float = math.nan
    high: float = math.nan
    reference: pd.Timestamp | None = None


def not_checkable(reason: str, detail: str, **numbers: float) -> Judgement:
    """A :class:`Judgement` saying the claim cannot be checked, and why."""
    return Judgement("not checkable", reason, detail, **numbers)  # type: ignore[arg-type]


def band(
    value: float, qualifier: str | None, step: float | None, approx: float
) -> tuple[float, float, bool, bool]:
    """The sizes a claim allows: (low, high, low_open, high_open).

    Parameters
    ----------
    value
        The number given.
    qualifier
        "exact", "about", "nearly", "just over", "more than", "at least", "less than",
        "at most" (None is "exact").
    step
        Half a unit of the last digit given.
    approx
        Relative width of the approximate bands.

    Examples
    --------
    >>> band(4.8, "exact", 0.05, 0.1)
    (4.75, 4.85, False, False)
    >>> band(5.0, "nearly", 0.5, 0.1)
    (4.5, 5.0, False, False)
    """
    step = step or 0.0
    q = qualifier or "exact"
    if q == "about":
        width = max(approx * value, step)
        return round(value - width, 10), round(value + width, 10), False, False
    if q == "nearly":
        return round(value * (1 - approx), 10), value, False, False
    if q == "just over":
        return value, round(value * (1 + approx), 10), True, False
    if q == "more than":
        return value, math.inf, True, False
    if q == "at least":
        return value, math.inf, False, False
    if q == "less than":
        return 0.0, value, False, True
    if q == "at most":
        return 0.0, value, False, False
    return round(value - step, 10), round(value + step, 10), False, False


def _inside(x: float, lo: float, hi: float, lo_open: bool, hi_open: bool) -> bool:
    above = x > lo if lo_open else x >= lo - 1e-9
    below = x < hi if hi_open else x <= hi + 1e-9
    return above and below


def _signed(lo: float, hi: float, direction: str | None) -> tuple[float, float]:
    return (-hi, -lo) if direction == "down" else (lo, hi)


def moves(closes: pd.Series, *, period: str, sessions: int, of: str) -> pd.Series:
    """The history of moves a rank or a streak is judged against.

    Parameters
    ----------
    closes
        Closes by session date, sorted, no NaN.
    period
        "day", "week" or "month".
    sessions
        For "day": the length of each move in sessions.
    of
        "change" (percent), "points" or "level" (the closes themselves).

    Returns
    -------
    pandas.Series
        Indexed by the last session of each move (for weeks and months, of each period).
    """
    if period in ("week", "month"):
        key = pd.DatetimeIndex(closes.index).to_period("W-SUN" if period == "week" else "M")
        last = closes.groupby(key).tail(1)
        base, shifted = last, last.shift(1)
    else:
        base, shifted = closes, closes.shift(sessions)
    if of == "level":
        return base
    out = (base / shifted - 1.0) * 100.0 if of == "change" else base - shifted
    return out.dropna()


def _fmt(x: float, unit: str, digits: int = 2) -> str:
    if unit == "%":
        return f"{x:+.{digits}f}%"
    if unit == "points":
        return f"{x:+,.{digits}f} points"
    return f"{x:,.{digits}f}"


def _allowed(lo: float, hi: float, unit: str, step: float | None) -> str:
    """The band as words: "-4.845% to -4.835%", "above +10.00%", "below -2,000.00 points"."""
    digits = 2 if not step else max(2, -math.floor(math.log10(step)))
    if math.isfinite(lo) and math.isfinite(hi):
        return f"{_fmt(lo, unit, digits)} to {_fmt(hi, unit, digits)}"
    if math.isfinite(lo):
        return f"above {_fmt(lo, unit, digits)}"
    return f"below {_fmt(hi, unit, digits)}"


def _larger(values: pd.Series, v: float, direction: str | None) -> pd.Series:
    if direction == "up":
        return values[values >= v]
    if direction == "down":
        return values[values <= v]
    return values[values.abs() >= abs(v)]


def _rank(claim: Claim, closes: pd.Series, window: Window, move: float, unit: str) -> Judgement:
    of = claim.rank_of or "change"
    period = "day" if window.label.endswith(("day", "days")) else window.label
    history = moves(closes, period=period, sessions=claim.sessions, of=of)
    v = float(closes[window.end]) if of == "level" else move
    history = history[history.index <= window.start]
    direction = claim.direction
    word = {"up": "rise", "down": "fall", None: "move"}[direction]
    if of != "level" and direction is not None and (v > 0) != (direction == "up"):
        return Judgement(
            "inconsistent",
            None,
            f"the {window.label} was a {'rise' if v > 0 else 'fall'} ({_fmt(v, unit)}), "
            f"not a {word}",
            measured=v,
        )
    first = closes.index[0]
    kind, anchor = anchor_of(claim, window.end)
    after = (
        history
        if anchor is None
        else history[history.index >= anchor if kind == "within" else history.index > anchor]
    )
    beaten = _larger(after, v, direction)
    if len(beaten):
        when = beaten.index[-1]
        return Judgement(
            "inconsistent",
            None,
            f"{_fmt(v, unit)} on {window.end:%Y-%m-%d} was exceeded on {when:%Y-%m-%d} "
            f"({_fmt(float(beaten.iloc[-1]), unit)})"
            + ("" if anchor is None else f", after {anchor:%Y-%m-%d}"),
            measured=v,
            reference=when,
        )
    if kind == "within":
        if first > anchor:
            return not_checkable(
                "history before the data",
                f"the data start on {first:%Y-%m-%d}, after {anchor:%Y-%m-%d}",
                measured=v,
            )
        return Judgement(
            "consistent",
            None,
            f"no {word} as large as {_fmt(v, unit)} from {anchor:%Y-%m-%d} "
            f"to {window.end:%Y-%m-%d}",
            measured=v,
        )
    if anchor is None:
        return not_checkable(
            "history before the data",
            f"no {word} as large as {_fmt(v, unit)} in the data before {window.end:%Y-%m-%d}; "
            f"the data start on {first:%Y-%m-%d}, so a record cannot be confirmed",
            measured=v,
        )
    if first > anchor:
        return not_checkable(
            "history before the data",
            f"the data start on {first:%Y-%m-%d}, after the anchor {anchor:%Y-%m-%d}",
            measured=v,
        )
    earlier = _larger(history[history.index <= anchor], v, direction)
    if not len(earlier):
        return not_checkable(
            "history before the data",
            f"{_fmt(v, unit)} is the largest {word} in the data from {first:%Y-%m-%d}; none "
            f"as large on or before {anchor:%Y-%m-%d} to anchor 'since {claim.anchor}'",
            measured=v,
        )
    when = earlier.index[-1]
    return Judgement(
        "consistent",
        None,
        f"no {word} as large as {_fmt(v, unit)} between {anchor:%Y-%m-%d} and "
        f"{window.end:%Y-%m-%d}; the last before was {_fmt(float(earlier.iloc[-1]), unit)} "
        f"on {when:%Y-%m-%d}",
        measured=v,
        reference=when,
    )


def anchor_of(claim: Claim, end: pd.Timestamp) -> tuple[str, pd.Timestamp | None]:
    """Where a rank claim's comparison starts.

    Returns ``("since", day)``: no larger move after ``day`` ("since 2008" -> 2008-12-31;
    "since April" -> the end of the last April before ``end``; "in five years" -> five years
    before ``end``); ``("within", day)``: none from ``day`` on ("of the year" -> 1 January of
    ``end``'s year); or ``("ever", None)`` ("a record", "ever").
    """
    if claim.anchor_within is not None:
        year = claim.anchor_within[1] or end.year
        return "within", pd.Timestamp(year=year, month=1, day=1)
    if claim.anchor_back is not None:
        n, span = claim.anchor_back
        if span == "weeks":
            return "since", end - pd.Timedelta(weeks=n)
        return "since", end - pd.DateOffset(months=n * 12 if span == "years" else n)
    if claim.anchor_month is not None:
        year = end.year if claim.anchor_month < end.month else end.year - 1
        return "since", pd.Timestamp(
            year=year, month=claim.anchor_month, day=1
        ) + pd.offsets.MonthEnd(0)
    if claim.anchor_end is not None:
        return "since", pd.Timestamp(claim.anchor_end)
    return "ever", None


def _streak(claim: Claim, closes: pd.Series, window: Window) -> Judgement:
    if claim.direction is None or not claim.value:
        return not_checkable(
            "vague quantity", "a streak without a direction (gains or losses) or a length"
        )
    period = "week" if claim.period == "week" else "day"
    history = moves(closes, period=period, sessions=1, of="change")
    end = window.start if claim.after else window.end
    history = history[history.index <= end]
    want = claim.value or 0.0
    if not len(history) or history.index[-1] != end:
        return not_checkable(
            "date outside the data", f"no move on {end:%Y-%m-%d} in the data", low=want, high=want
        )
    signs = np.sign(history.to_numpy())[::-1]
    wanted = 1.0 if claim.direction == "up" else -1.0
    run = 0
    while run < len(signs) and signs[run] == wanted:
        run += 1
    if run == len(signs):
        return not_checkable(
            "history before the data",
            f"the run reaches the start of the data ({history.index[0]:%Y-%m-%d})",
            measured=float(run),
            low=want,
            high=want,
        )
    unit = "week" if period == "week" else "session"
    verdict = "consistent" if run == want else "inconsistent"
    return Judgement(
        verdict,
        None,
        f"{run} {unit}{'s' if run != 1 else ''} in a row {'up' if wanted > 0 else 'down'} "
        f"up to {end:%Y-%m-%d} (the claim says {int(want)})",
        measured=float(run),
        low=want,
        high=want,
    )


def judge(
    claim: Claim, closes: pd.Series, window: Window, *, ticker: str, approx: float
) -> Judgement:
    """Judge a checkable claim against closes.

    Parameters
    ----------
    claim
        The claim (asset, date and wording already found checkable).
    closes
        The asset's closes by session date (sorted, no NaN).
    window
        The sessions the claim's move runs between.
    ticker
        The asset's ticker (levels and points are checked on indices, "^...", only).
    approx
        Relative width of the approximate bands.

    Returns
    -------
    Judgement
    """
    first, last = closes.index[0], closes.index[-1]
    for day in (window.start, window.end):
        if day not in closes.index:
            return not_checkable(
                "date outside the data",
                f"no close for {ticker} on {day:%Y-%m-%d} (the data run from {first:%Y-%m-%d} "
                f"to {last:%Y-%m-%d})",
            )
    c0, c1 = float(closes[window.start]), float(closes[window.end])
    pct = (c1 / c0 - 1.0) * 100.0
    path = f"{c0:,.2f} on {window.start:%Y-%m-%d} to {c1:,.2f} on {window.end:%Y-%m-%d}"
    if claim.quantity in ("points", "level") or claim.rank_of in ("points", "level"):
        if not ticker.startswith("^"):
            return not_checkable(
                "adjusted prices",
                f"{ticker}'s prices in the data are dividend-adjusted, so its points and "
                "levels differ from those quoted; percent changes are checked",
            )
        if claim.unit == "$":
            return not_checkable("unit not known", "a dollar amount for an index quoted in points")
    if claim.quantity == "rank":
        unit = {"points": "points", "level": "level"}.get(claim.rank_of or "", "%")
        return _rank(claim, closes, window, c1 - c0 if unit == "points" else pct, unit)
    if claim.quantity == "streak":
        return _streak(claim, closes, window)
    if claim.quantity == "direction":
        lo, hi = (0.0, math.inf) if claim.direction == "up" else (-math.inf, 0.0)
        ok = pct > 0 if claim.direction == "up" else pct < 0
        return Judgement(
            "consistent" if ok else "inconsistent",
            None,
            f"close to close {_fmt(pct, '%')} ({path}); the claim says "
            f"{'up' if claim.direction == 'up' else 'down'}",
            measured=pct,
            low=lo,
            high=hi,
        )
    measured = {"percent": pct, "points": c1 - c0, "level": c1}[claim.quantity]
    unit = {"percent": "%", "points": "points", "level": "level"}[claim.quantity]
    lo, hi, lo_open, hi_open = band(claim.value or 0.0, claim.qualifier, claim.step, approx)
    size = measured if claim.quantity == "level" else abs(measured)
    ok = _inside(size, lo, hi, lo_open, hi_open)
    notes = []
    if claim.direction is not None:
        right_way = pct > 0 if claim.direction == "up" else pct < 0
        if not right_way:
            notes.append(f"the close moved {_fmt(pct, '%')}, not {claim.direction}")
        ok = ok and right_way
    if claim.quantity != "level":
        lo, hi = _signed(lo, hi, claim.direction)
    shown = _fmt(measured, unit)
    detail = f"measured {shown} ({path}); the claim allows {_allowed(lo, hi, unit, claim.step)}"
    if notes:
        detail += "; " + "; ".join(notes)
    return Judgement(
        "consistent" if ok else "inconsistent",
        None,
        detail,
        measured=measured,
        low=lo,
        high=hi,
    )
