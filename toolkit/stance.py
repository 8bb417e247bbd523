"""Stance of a policy statement from a transparent, replaceable lexicon.

The lexicon (``toolkit/resources/stance_lexicon.yaml``, loaded once and cached) lists regular
expressions, each with a stance and a weight:

* **escalation**: more or firmer tariffs and measures ("impose", "retaliate", "leverage");
* **deescalation**: deals, talks, pauses, negotiations, exemptions;
* **opposition**: moves against the policy (bills or resolutions to limit it, criticism).

Scoring of a statement's text (quotations included):

1. every match of an entry (a regular expression matched at word starts on the lower-cased
   text, so write patterns in lower case) adds its weight to its stance;
2. a negation ("not", "no", "never", "n't", "without", "won't", "cannot") within the three
   words before a match swaps escalation and de-escalation ("not a negotiation",
   "not planning to pause", "will not back away"); a negated opposition term adds nothing;
3. the stance is the one with the largest total (ties: opposition, then escalation, then
   de-escalation); with no match it is ``neutral``;
4. ``stance_score = (E - D - O) / (E + D + O)`` in [-1, 1]: +1 when only escalation terms
   are found, -1 when only de-escalation or opposition terms are, 0 when neutral.

A quote or paraphrase with no lexicon match takes the stance of the same speaker's previous
statement in the article (score halved), because reporters usually quote a speaker on one
line of argument; market remarks are always neutral.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from toolkit.errors import InputError

__all__ = [
    "STANCES",
    "Lexicon",
    "default_lexicon",
    "find_terms",
    "load_stance_lexicon",
    "score_stance",
    "score_terms",
]

STANCES: tuple[str, ...] = ("escalation", "deescalation", "opposition", "neutral")
_NEGATION = re.compile(
    r"(?:\bnot|\bno|\bnever|n['’]t|\bwithout|\bwon['’]t|\bcannot|\bnor)\s+(?:\S+\s+){0,2}$", re.I
)
_SWAP = {"escalation": "deescalation", "deescalation": "escalation"}


@dataclass(frozen=True)
class Lexicon:
    """A compiled stance lexicon: ``(pattern, stance, weight)`` entries and where it came from."""

    entries: tuple[tuple[re.Pattern[str], str, float], ...]
    source: str
    union: re.Pattern[str] | None = None


def _union(entries: tuple[tuple[re.Pattern[str], str, float], ...]) -> re.Pattern[str]:
    """One pattern that matches at the word starts where any entry matches (where to look)."""
    return re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{regex.pattern})" for regex, _s, _w in entries) + ")"
    )


def _compile(data: Any, source: str) -> Lexicon:
    if not isinstance(data, Mapping) or not isinstance(data.get("entries"), list):
        raise InputError(
            f"Stance lexicon {source}: expected a mapping with a list under `entries`."
        )
    compiled = []
    for i, entry in enumerate(data["entries"]):
        if not isinstance(entry, Mapping):
            raise InputError(f"Stance lexicon {source}: entry {i} is not a mapping.")
        pattern, stance, weight = (
            entry.get("pattern"),
            entry.get("stance"),
            entry.get("weight", 1.0),
        )
        if stance not in STANCES[:3]:
            raise InputError(
                f"Stance lexicon {source}: entry {i} has stance {stance!r}; expected "
                "'escalation', 'deescalation' or 'opposition'."
            )
        try:
            weight = float(weight)
            regex = re.compile(rf"(?:{pattern})\b")  # matched on lower-cased text
        except (TypeError, ValueError, re.error) as exc:
            raise InputError(
                f"Stance lexicon {source}: entry {i} ({pattern!r}) is invalid: {exc}"
            ) from exc
        if weight <= 0:
            raise InputError(
                f"Stance lexicon {source}: entry {i} needs a positive weight, got {weight}."
            )
        compiled.append((regex, str(stance), weight))
    entries = tuple(compiled)
    return Lexicon(entries, source, _union(entries) if entries else None)


@functools.lru_cache(maxsize=16)
def _load_path(path: str) -> Lexicon:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"Parameter `path`: cannot read stance lexicon {path}: {exc}") from exc
    return _compile(data, path)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the toolkit (read once, then cached)."""
    ref = resources.files("toolkit").joinpath("resources/stance_lexicon.yaml")
    return _compile(
        yaml.safe_load(ref.read_text(encoding="utf-8")), "toolkit/resources/stance_lexicon.yaml"
    )


def load_stance_lexicon(path: str | Path | Mapping[str, Any] | Lexicon | None = None) -> Lexicon:
    """Load a stance lexicon (YAML file with ``entries``), or the shipped one when ``path`` is None.

    Parameters
    ----------
    path
        A YAML file in the format of ``toolkit/resources/stance_lexicon.yaml``, an already
        parsed mapping, a :class:`Lexicon`, or None for the shipped lexicon.

    Returns
    -------
    Lexicon

    Raises
    ------
    InputError
        If the file cannot be read or an entry is malformed.
    """
    if path is None:
        return default_lexicon()
    if isinstance(path, Lexicon):
        return path
    if isinstance(path, Mapping):
        return _compile(path, "<mapping>")
    if isinstance(path, str | Path):
        return _load_path(str(Path(path).resolve()))
    raise InputError(
        f"Parameter `lexicon` takes a path, a mapping or a Lexicon, got {type(path).__name__}."
    )


def find_terms(text: str, lexicon: Lexicon) -> list[tuple[int, str, float]]:
    """Every lexicon match in ``text`` as (position, stance after negation, weight), sorted."""
    found: list[tuple[int, str, float]] = []
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    entries = lexicon.entries
    if not entries:
        return found
    union = lexicon.union if lexicon.union is not None else _union(entries)
    # The union finds the word starts where some entry matches; there every entry is tried,
    # and an entry's matches do not overlap one another (as in ``regex.finditer``).
    resume = [0] * len(entries)
    m = union.search(low)
    while m is not None:
        pos = m.start()
        m = union.search(low, pos + 1)
        if pos and (low[pos - 1].isalnum() or low[pos - 1] == "_"):
            continue  # not at the start of a word
        for i, (regex, stance, weight) in enumerate(entries):
            if resume[i] > pos:
                continue
            hit = regex.match(low, pos)
            if hit is None:
                continue
            resume[i] = hit.end()
            if _NEGATION.search(low, max(0, pos - 40), pos) is not None:
                if stance == "opposition":
                    continue
                here = _SWAP[stance]
            else:
                here = stance
            found.append((pos, here, weight))
    found.sort()
    return found


def score_terms(terms: list[tuple[int, str, float]]) -> tuple[str, float, dict[str, float]]:
    """Stance, score and totals from matched terms (see the module docstring)."""
    totals = {"escalation": 0.0, "deescalation": 0.0, "opposition": 0.0}
    for _pos, stance, weight in terms:
        totals[stance] += weight
    total = sum(totals.values())
    if total <= 0:
        return "neutral", 0.0, totals
    order = ("opposition", "escalation", "deescalation")
    best = max(order, key=lambda s: (totals[s], -order.index(s)))
    score = (totals["escalation"] - totals["deescalation"] - totals["opposition"]) / total
    return best, round(score, 4), totals


def score_stance(text: str, lexicon: Lexicon) -> tuple[str, float, dict[str, float]]:
    """Score ``text``: (stance, stance_score, totals by stance). See the module docstring."""
    return score_terms(find_terms(text, lexicon))
