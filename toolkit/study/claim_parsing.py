"""Market claims in one statement's text: which asset, what it did, by how much, and when.

"The S&P 500 fell 4.8% on Thursday, its worst day since 2020" holds two claims about the S&P
500: a percent change (down 4.8%) and a rank (no worse day after the end of 2020).
:func:`parse_claims` finds them and returns one :class:`Claim` each. The rules, in the order
they are applied:

1. **Assets** (:mod:`toolkit.study.claim_assets`): indices, sector funds, stocks mapped in
   ``names``, the broad market ("stocks", "Wall Street": the S&P 500), and markets without
   prices (foreign indices, oil, futures).
2. **Heads**, each a claim: a rank ("its best day since 2008", "a record high"), a streak
   ("after three days of losses", "for a third straight session"), a reversal ("had given up
   its gains"), a vague state ("were mixed"), a change written as a noun ("a 4.8% drop"), and
   a movement verb ("fell", "closed 2% higher", "was down"). A verb after "will", "would",
   "to" and the like is a forecast and is skipped.
3. **Quantities** after the verb: a qualifier ("nearly", "more than", "about"), a number and
   its unit (% / percent, points, $), more after ", or" ("1,679 points, or 4%"), and a level
   after "to" or "at" ("fell 6% to 5,074"). A number without a unit, basis points or a market
   value ("$2.4 trillion") is a unit the rules do not know.
4. **Subject.** The asset of a claim is the object of a transitive verb ("helped to buoy stock
   markets"), the asset after "in"/"for" ("the worst week for stocks since..."), or else the
   nearest asset named before the head; "it", "its" and "the index" with none before refer to
   the asset of the statement before.
5. **Wording around it**, in the claim's clause (up to the next claim, or to "after", "as",
   "when" and similar words that open another clause): intraday words ("at one point", "in
   early trading", "by Tuesday afternoon", "as much as"; a close verb overrides them), and the
   period ("this week", "in two days", "in April"; "this year" or "from its peak" is a period
   the rules do not check).

The checking rules are in :mod:`toolkit.study.claim_rules` and ``docs/claims.md``.

Examples
--------
>>> claims = parse_claims("The S&P 500 fell 4.8% on Thursday, its worst day since 2020.")
>>> [c.quantity for c in claims]
['percent', 'rank']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from toolkit.study import claim_vocabulary as vocab
from toolkit.study.claim_assets import Asset, find_assets
from toolkit.study.claim_patterns import (
    _ANAPHOR,
    _ANCHOR_DATE,
    _BARE,
    _BE,
    _CLAUSE_BREAK,
    _CLOSE,
    _CLOSE_WORDING,
    _DIR_AFTER,
    _INTRADAY,
    _LEVEL,
    _MONTH_NAMES,
    _MORE,
    _NOT_AMOUNT,
    _NOUN_FORM,
    _PERIODS,
    _PREDICTION,
    _QUANT_AFTER,
    _RANK,
    _RANK_ANCHOR,
    _RECORD,
    _REVERSAL,
    _SESSIONS,
    _STREAK_COUNT,
    _STREAK_N,
    _STREAK_ORD,
    _TRANSITIVE,
    _VAGUE_AMOUNT,
    _VAGUE_STATE,
    _VERB,
    _WEEKDAY,
    _WEEKDAY_INDEX,
)

__all__ = ["QUANTITIES", "Asset", "Claim", "find_assets", "parse_claims", "step_of"]

#: What a claim says: a change in percent or points, a closing level, only a direction, a rank
#: ("best day since 2008"), a streak of sessions, an amount too vague to check, or a number in
#: a unit the rules do not know.
QUANTITIES: tuple[str, ...] = (
    "percent",
    "points",
    "level",
    "direction",
    "rank",
    "streak",
    "vague",
    "unknown",
)


@dataclass(frozen=True)
class Claim:
    """One claim about the market, as the text states it.

    Attributes
    ----------
    text
        The words of the claim.
    start, end
        Character offsets in the statement's text.
    quantity
        One of :data:`QUANTITIES`.
    asset
        The asset it is about, or None when none is named.
    direction
        ``"up"``, ``"down"`` or None (not said).
    value
        The number as written, without sign (a level, a streak's length); None if there is none.
    qualifier
        ``"exact"``, ``"about"``, ``"nearly"``, ``"just over"``, ``"more than"``, ``"at least"``,
        ``"less than"``, ``"at most"``, or None.
    step
        Half a unit of the last digit given (0.05 for "4.8%"; 500 for "2,000 points").
    unit
        ``"%"``, ``"points"``, ``"$"``, ``"level"``, ``"sessions"``, or the unknown unit's words.
    period
        ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"``.
    sessions
        The number of sessions of a change over several days ("in two days" is 2), else 1.
    rank_of
        For rank claims: ``"change"`` (percent), ``"points"`` or ``"level"``.
    anchor
        For rank claims: the words after "since" (or "ever"/"in five years").
    anchor_end
        The last day of the anchor period ("since 2008" -> 2008-12-31); None when the rank is
        against all history or relative to the day.
    anchor_back
        For "in five years": (5, "years"); the anchor is that long before the day.
    anchor_month
        For "since April" (no year): the month; the anchor is its last day before the day.
    anchor_within
        For "its worst day of the year" / "in 2025": ("year", None or the year); the rank is
        within that period.
    weekday
        The weekday the claim's clause names (0 = Monday), if any.
    after
        For streaks: True when the streak ends the session before ("after three days of
        losses"), False when it includes the day.
    intraday
        The intraday wording found, if any.
    reversal
        True for "gave up its gains"-type claims.
    problem
        Why the text alone makes the claim impossible to check ("vague quantity", ...), if so.
    note
        More about ``problem``.
    """

    text: str
    start: int
    end: int
    quantity: str
    asset: Asset | None = None
    direction: str | None = None
    value: float | None = None
    qualifier: str | None = None
    step: float | None = None
    unit: str | None = None
    period: str = "day"
    sessions: int = 1
    rank_of: str | None = None
    anchor: str | None = None
    anchor_end: dt.date | None = None
    anchor_back: tuple[int, str] | None = None
    anchor_month: int | None = None
    anchor_within: tuple[str, int | None] | None = None
    weekday: int | None = None
    after: bool = False
    intraday: str | None = None
    reversal: bool = False
    problem: str | None = None
    note: str | None = None


# ------------------------------------------------------------------------------------ heads
@dataclass(frozen=True)
class _Head:
    """Where a claim starts, what kind it is and the match that found it."""

    kind: str  # rank | record | streak | reversal | vague | noun | verb
    start: int
    end: int
    match: re.Match[str]
    direction: str | None = None
    transitive: bool = False
    close: bool = False


def _at(text: str, head: _Head, quantity: str, **fields: Any) -> Claim:
    """A claim of ``quantity`` that spans ``head`` in ``text``, with the given fields."""
    return Claim(text[head.start : head.end], head.start, head.end, quantity, **fields)


def _number(text: str) -> tuple[float, int]:
    """The value of a number as written, and its number of decimals."""
    plain = text.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return float(plain), decimals


def _count(word: str) -> int | None:
    """A count written as digits, a word ("three") or an ordinal ("third")."""
    low = word.lower()
    if low.isdigit():
        return int(low)
    if low in vocab.NUMBER_WORDS:
        return vocab.NUMBER_WORDS[low]
    if low in vocab.ORDINALS:
        return vocab.ORDINALS[low]
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", low)
    if digits:
        return int(digits.group(1))
    return 1 if low == "a" else None


def step_of(number: str, unit: str | None) -> float:
    """Half a unit of the last digit given.

    A percentage or a number with decimals is rounded to its last decimal ("4.8%" -> 0.05,
    "5%" -> 0.5). A whole number of points or a level of 100 or more that ends in zeros is
    rounded to its last non-zero digit ("2,000 points" -> 500, "2,900" -> 50); other whole
    numbers to the unit (0.5).

    Examples
    --------
    >>> step_of("4.8", "%"), step_of("2,000", "points"), step_of("1,679", "points")
    (0.05, 500.0, 0.5)
    """
    value, decimals = _number(number)
    if decimals:
        return round(0.5 * 10.0**-decimals, decimals + 1)
    if unit in ("%", "$") or value < 100:
        return 0.5
    digits = number.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0**zeros


def _unit(m: re.Match[str]) -> tuple[str, str | None, str | None]:
    """(quantity, unit, problem) of a matched number."""
    raw = (m.group("unit") or "").strip(" -").lower()
    cur = m.groupdict().get("cur")
    if raw in ("trillion", "billion", "million"):
        return "unknown", f"{'$' if cur else ''}{raw}", "unit not known"
    if raw.startswith(("basis", "bps", "percentage")):
        return "unknown", raw, "unit not known"
    if cur:
        return "points", "$", None
    if raw in ("%", "pct") or raw.startswith("per"):
        return "percent", "%", None
    if raw.startswith(("point", "pts")):
        return "points", "points", None
    return "unknown", None, "unit not known"


def _direction(word: str | None) -> str | None:
    if word is None:
        return None
    low = word.lower()
    if low in ("up", "higher"):
        return "up"
    if low in ("down", "lower", "off"):
        return "down"
    return None


def _heads(text: str) -> list[_Head]:
    """Every claim head in the text, in order, without overlaps (earlier kinds win)."""
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    heads: list[_Head] = []

    def add(head: _Head) -> None:
        if free(head.start, head.end):
            taken.append((head.start, head.end))
            heads.append(head)

    for m in _RANK.finditer(text):
        anchor = _RANK_ANCHOR.match(text, m.end())
        if anchor is not None and (m.group("noun") or not anchor.group("lead")):
            add(_Head("rank", m.start(), anchor.end(), m))
    for m in _RECORD.finditer(text):
        add(_Head("record", m.start(), m.end(), m))
    for pattern in (_STREAK_COUNT, _STREAK_ORD, _STREAK_N):
        for m in pattern.finditer(text):
            add(_Head("streak", m.start(), m.end(), m))
    for m in _REVERSAL.finditer(text):
        add(_Head("reversal", m.start(), m.end(), m))
    for m in _VAGUE_STATE.finditer(text):
        add(_Head("vague", m.start(), m.end(), m))
    for m in _NOUN_FORM.finditer(text):
        add(_Head("noun", m.start(), m.end(), m))
    for m in _TRANSITIVE.finditer(text):
        if not _PREDICTION.search(text, 0, m.start()):
            word = re.sub(r"\s+", " ", m.group(0).lower())
            add(_Head("verb", m.start(), m.end(), m, vocab.TRANSITIVE_VERBS[word], transitive=True))
    for m in _CLOSE.finditer(text):
        add(_Head("verb", m.start(), m.end(), m, _direction(m.group("dir")), close=True))
    for m in _BE.finditer(text):
        add(_Head("verb", m.start(), m.end(), m, _direction(m.group("dir"))))
    for m in _VERB.finditer(text):
        if _PREDICTION.search(text, 0, m.start()):
            continue
        add(_Head("verb", m.start(), m.end(), m, "up" if m.group("up") else "down"))
    for m in _BARE.finditer(text):
        add(_Head("verb", m.start("dir"), m.end(), m, _direction(m.group("dir"))))
    return sorted(heads, key=lambda h: h.start)


# ----------------------------------------------------------------------------- quantities
def _quantities(text: str, head: _Head) -> tuple[list[Claim], int, str | None]:
    """The amounts after a verb head: claims, where they end, and a direction word after them."""
    pos = head.end
    claims: list[Claim] = []
    direction: str | None = None
    vague = _VAGUE_AMOUNT.match(text, pos)
    if vague is not None:
        return (
            [
                Claim(
                    vague.group(0).strip(),
                    vague.start(),
                    vague.end(),
                    "vague",
                    problem="vague quantity",
                    note=f"{vague.group(0).strip()!r} is not a number",
                )
            ],
            vague.end(),
            None,
        )
    m = _QUANT_AFTER.match(text, pos)
    while m is not None:
        if m.group("unit") is None and _NOT_AMOUNT.match(text, m.end()):
            break
        quantity, unit, problem = _unit(m)
        value, _ = _number(m.group("num"))
        qual = vocab.QUALIFIERS.get(re.sub(r"\s+", " ", (m.group("qual") or "").lower()), "exact")
        claims.append(
            Claim(
                text[head.start : m.end()],
                head.start,
                m.end(),
                quantity,
                value=value,
                qualifier=qual,
                step=step_of(m.group("num"), unit),
                unit=unit,
                problem=problem,
                note=None
                if problem is None
                else f"{m.group(0).strip()!r}: the rules check percent changes, points "
                "and closing levels",
            )
        )
        pos = m.end()
        d = _DIR_AFTER.match(text, pos)
        if d is not None:
            direction = _direction(d.group("dir"))
            pos = d.end()
            claims[-1] = replace(claims[-1], text=text[head.start : pos], end=pos)
        m = _MORE.match(text, pos)
    level = _LEVEL.match(text, pos)
    if level is not None:
        value, _ = _number(level.group("num"))
        qual = vocab.QUALIFIERS.get(
            re.sub(r"\s+", " ", (level.group("qual") or "").lower()), "exact"
        )
        claims.append(
            Claim(
                text[head.start : level.end()],
                head.start,
                level.end(),
                "level",
                value=value,
                qualifier=qual,
                step=step_of(level.group("num"), "level"),
                unit="level",
            )
        )
        pos = level.end()
    return claims, pos, direction


# --------------------------------------------------------------------------------- claims
def _anchor(m: re.Match[str]) -> dict[str, object]:
    """The anchor fields of a rank claim from its "since ..." / "ever" / "in N years" part."""
    if m.group("ever"):
        return {"anchor": m.group("ever")}
    within = m.group("within") or m.group("within2")
    if within:
        year = int(within) if within.isdigit() else None
        return {"anchor": m.group(0).strip(), "anchor_within": ("year", year)}
    if m.group("n"):
        n = _count(m.group("n")) or 0
        if n < 1:
            return {"anchor": m.group(0).strip(), "problem": "vague quantity", "note": "no span"}
        unit = m.group("u").lower().rstrip("s")
        if unit == "decade":
            n, unit = n * 10, "year"
        return {"anchor": m.group(0).strip(), "anchor_back": (n, unit + "s")}
    since = m.group("since")
    date = _ANCHOR_DATE.search(since)
    month_only = re.fullmatch(rf"\s*(?:early\s+|late\s+|mid-?)?({_MONTH_NAMES})\s*", since, re.I)
    if date is None and month_only is not None:
        return {"anchor": since.strip(), "anchor_month": vocab.MONTHS[month_only.group(1).lower()]}
    if date is None:
        return {
            "anchor": since,
            "problem": "vague quantity",
            "note": f"'since {since}' gives no year",
        }
    year = int(date.group("year"))
    month = vocab.MONTHS[date.group("month").lower()] if date.group("month") else 12
    try:
        if date.group("day"):
            end = dt.date(year, month, int(date.group("day")))
        else:  # the last day of the month (December for a year)
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except ValueError:
        return {"anchor": since, "problem": "vague quantity", "note": f"'{since}' is no date"}
    return {"anchor": since.strip(), "anchor_end": end}


def _rank(text: str, head: _Head) -> Claim:
    m = head.match
    adj = m.group("adj").lower()
    direction, rank_of = vocab.RANK_ADJECTIVES[adj]
    mods = (m.group("mods") or "").lower()
    noun = re.sub(r"\s+", " ", (m.group("noun") or "").lower())
    noun_dir, period = vocab.RANK_NOUNS.get(noun, (None, None))
    direction = noun_dir or direction
    if noun in ("close", "closing level", "level", "finish"):
        rank_of = "level"
    if "point" in mods:
        rank_of = "points"
    sessions = 1
    n_day = re.search(r"(one|two|three|four|five|single|\d)[- ](day|session|week|month)", mods)
    if n_day:
        sessions = _count(n_day.group(1)) or 1
        period = n_day.group(2).replace("session", "day")
        if period != "day":
            sessions = 1
    for word, p in (("weekly", "week"), ("monthly", "month"), ("daily", "day")):
        if word in mods:
            period = p
    anchor = _RANK_ANCHOR.match(text, m.end())
    fields: dict[str, object] = _anchor(anchor) if anchor is not None else {}
    intraday = "intraday" if "intraday" in mods else None
    claim = _at(
        text,
        head,
        "rank",
        direction=direction,
        period=period or "day",
        sessions=sessions,
        rank_of=rank_of,
        intraday=intraday,
    )
    return replace(claim, **fields)  # type: ignore[arg-type]


def _record(text: str, head: _Head) -> Claim:
    """ "A record high", "to a record": a level; "a record 2,997 points": the size of a move."""
    hl = (head.match.group("hl") or "").lower()
    change = not hl and re.match(r"\s+\$?\d", text[head.end :]) is not None
    return _at(
        text,
        head,
        "rank",
        direction=None if change else ("down" if "low" in hl else "up"),
        rank_of="change" if change else "level",
        anchor="record",
    )


def _streak(text: str, head: _Head) -> Claim:
    m = head.match
    groups = m.groupdict()
    n = _count(groups.get("n") or groups.get("ord") or "")
    what = (groups.get("what") or groups.get("what2") or "").lower()
    direction = None
    if what:
        direction = (
            "up"
            if what in ("gains", "advances", "increases", "rises", "rallies", "winning")
            else "down"
        )
    unit = m.group("u").lower()
    return _at(
        text,
        head,
        "streak",
        direction=direction,
        value=float(n) if n else None,
        unit="sessions",
        period="week" if unit.startswith("week") else "day",
        after=(groups.get("after") or "").lower()
        in ("after", "following", "snapping", "ending", "breaking"),
    )


def _reversal(text: str, head: _Head) -> Claim:
    m = head.match
    verb = m.group("verb").lower()
    obj = m.group("obj").lower()
    gains = obj.startswith(("gain", "advance", "rally", "rebound"))
    partial = bool(m.group("part")) and not m.group("part").lower().startswith("all")
    if verb.startswith(("pare", "pari", "trim")) or partial:
        return _at(
            text,
            head,
            "vague",
            reversal=True,
            problem="vague quantity",
            note=f"{m.group(0)!r}: part of a move, not its size or sign",
        )
    if verb.startswith(("recoup", "recover")) and gains:
        return _at(
            text,
            head,
            "vague",
            problem="vague quantity",
            note=f"{m.group(0)!r} is not a move",
        )
    return _at(
        text,
        head,
        "direction",
        direction="down" if gains else "up",
        reversal=True,
    )


def _noun(text: str, head: _Head) -> Claim:
    m = head.match
    quantity, unit, problem = _unit(m)
    noun = m.group("noun").lower()
    noun_dir = vocab.RANK_NOUNS.get(noun, (None, None))[0]
    value, _ = _number(m.group("num"))
    qual = vocab.QUALIFIERS.get(re.sub(r"\s+", " ", (m.group("qual") or "").lower()), "exact")
    sessions_m = re.search(r"(one|single|two|three|four|five)[- ]day", m.group(0), re.I)
    return _at(
        text,
        head,
        quantity,
        direction=noun_dir,
        value=value,
        qualifier=qual,
        step=step_of(m.group("num"), unit),
        unit=unit,
        sessions=(_count(sessions_m.group(1)) or 1) if sessions_m else 1,
        intraday="swing" if noun == "swing" else None,
        problem=problem,
    )


def _verb(text: str, head: _Head) -> list[Claim]:
    amounts, _, direction = _quantities(text, head)
    direction = head.direction or direction
    if amounts:
        return [replace(c, direction=direction) for c in amounts]
    if direction is None:
        return []
    return [_at(text, head, "direction", direction=direction)]


def _vague(text: str, head: _Head) -> Claim:
    words = head.match.group(0)
    return _at(
        text,
        head,
        "vague",
        problem="vague quantity",
        note=f"{words!r} gives no size or sign",
    )


#: How each kind of head (other than a verb, which may carry several amounts) becomes a claim.
_READERS: dict[str, Callable[[str, _Head], Claim]] = {
    "rank": _rank,
    "record": _record,
    "streak": _streak,
    "reversal": _reversal,
    "vague": _vague,
    "noun": _noun,
}


def _segment(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of a claim at [start, end): from ``lo`` or the last clause break before the
    claim, to ``hi`` or the first clause break after it."""
    for b in _CLAUSE_BREAK.finditer(text, lo, start):
        lo = b.end()
    brk = _CLAUSE_BREAK.search(text, end, hi)
    return lo, brk.start() if brk is not None else hi


def _masked(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with the given spans blanked out (offsets kept)."""
    chars = list(text[lo:hi])
    for s, e in spans:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def _period(clause: str) -> tuple[str, int]:
    for name, pattern in _PERIODS:
        if pattern.search(clause):
            return name, 1
    m = _SESSIONS.search(clause)
    if m is not None:
        return "day", _count(m.group("n") or m.group("n2")) or 1
    return "day", 1


def _subject(
    text: str,
    head: _Head,
    claim: Claim,
    assets: list[Asset],
    previous: tuple[Asset, ...],
) -> Asset | None:
    """The asset a claim is about (see rule 4 of the module notes)."""
    if head.transitive:
        after = [a for a in assets if head.end <= a.start <= head.end + 25]
        if after:
            return after[0]
    if head.kind in ("rank", "noun"):
        for a in assets:
            if claim.start <= a.start < claim.end or (
                head.kind == "noun"
                and claim.end <= a.start <= claim.end + 12
                and re.match(r"\s+(?:in|for|of)\s", text[claim.end : a.start + 1])
            ):
                return a
    before = [a for a in assets if a.end <= head.start]
    if before:
        return before[-1]
    anaphor = _ANAPHOR.search(text, 0, max(head.end, claim.end))
    if anaphor is None or not previous:
        return None
    if anaphor.group(0).lower().startswith("the"):  # "the index": the last index named
        indices = [a for a in previous if a.ticker is not None and a.ticker.startswith("^")]
        return indices[-1] if indices else None
    return previous[-1]


def _context(
    text: str, head: _Head, claim: Claim, clause: str, last: Claim | None
) -> dict[str, Any]:
    """What a claim's clause and the claim before it add: period, intraday wording, weekday,
    and for ranks and streaks the direction and unit of the move they follow."""
    fields: dict[str, Any] = {}
    plain = claim.quantity in ("percent", "points", "level", "direction", "unknown")
    if plain and claim.sessions == 1:
        fields["period"], fields["sessions"] = _period(clause)
    if claim.intraday is None and not head.close:
        hit = _INTRADAY.search(clause)
        if hit is not None and not _CLOSE_WORDING.search(text, claim.start, claim.end):
            fields["intraday"] = re.sub(r"\s+", " ", hit.group(0))
    day = _WEEKDAY.search(clause)
    if day is not None:
        fields["weekday"] = _WEEKDAY_INDEX[day.group(1).lower()]
    if last is None or claim.quantity not in ("rank", "streak"):
        return fields
    if claim.quantity == "rank" and re.fullmatch(
        r"[\s,;—–]*(?:to|at)?\s*", text[last.end : claim.start]
    ):  # "jumped to its highest level in a month": as intraday as the verb
        fields["intraday"] = fields.get("intraday") or last.intraday
    if claim.direction is None:
        fields["direction"] = last.direction
    if claim.quantity == "rank" and claim.rank_of == "change" and last.unit == "points":
        if claim.direction is None or claim.anchor == "record":
            fields["rank_of"] = "points"  # "fell 2,997 points, the most since", "a record"
    return fields


def parse_claims(
    text: str, *, names: Mapping[str, str] | None = None, previous: Sequence[Asset] = ()
) -> list[Claim]:
    """Find the market claims in a statement's text.

    Parameters
    ----------
    text
        The statement's text (one sentence or a few).
    names
        Names mapped to tickers (``{"Apple": "AAPL"}``), for companies and anything else the
        built-in rules do not know.
    previous
        The assets of the statements before, most recent last: "it" and "its" with no asset
        named before them refer to the last, "the index" to the last index.

    Returns
    -------
    list of Claim
        In text order. A head with neither an asset nor a number is not a claim and is left out.

    Examples
    --------
    >>> c = parse_claims("The Dow plunged more than 2,000 points on Thursday.")[0]
    >>> (c.asset.ticker, c.quantity, c.direction, c.qualifier, c.value)
    ('^DJI', 'points', 'down', 'more than', 2000.0)
    """
    names = dict(names or {})
    assets = find_assets(text, names)
    found: list[tuple[_Head, Claim]] = []
    for head in _heads(text):
        claims = _verb(text, head) if head.kind == "verb" else [_READERS[head.kind](text, head)]
        found += [(head, c) for c in claims]
    spans = [(c.start, c.end) for h, c in found if h.kind in ("rank", "record", "streak")]
    out: list[Claim] = []
    last: Claim | None = None
    named = list(previous)
    for i, (head, claim) in enumerate(found):
        lo = found[i - 1][1].end if i and found[i - 1][1].start < claim.start else 0
        nxt = [c.start for _, c in found[i + 1 :] if c.start > claim.start]
        hi = nxt[0] if nxt else len(text)
        seg = _segment(text, claim.start, claim.end, min(lo, claim.start), max(hi, claim.end))
        clause = _masked(text, *seg, [s for s in spans if s != (claim.start, claim.end)])
        asset = _subject(text, head, claim, assets, tuple(named))
        claim = replace(claim, asset=asset, **_context(text, head, claim, clause, last))
        if claim.asset is None and claim.value is None:
            continue
        if (
            claim.quantity == "streak"
            and out
            and out[-1].quantity == "direction"
            and not text[out[-1].end : claim.start].strip()
        ):
            out.pop()  # "fell for a third straight session": the streak says the direction too
        out.append(claim)
        last = claim
        if claim.asset is not None:
            named.append(claim.asset)
    return out
