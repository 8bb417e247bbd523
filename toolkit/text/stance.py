"""Stance of a policy statement from a transparent, replaceable lexicon, one per topic.

Each policy topic (:mod:`toolkit.text.topics`) has its stance names and its lexicon in
``toolkit/text/resources/`` (loaded once per topic and cached), a list of regular expressions,
each with a stance and a weight:

* trade and tariffs (``stance_lexicon.yaml``, also used for ``general`` and ``mixed``
  articles): **escalation** (more or firmer tariffs and measures: "impose", "retaliate",
  "leverage"), **deescalation** (deals, talks, pauses, negotiations, exemptions),
  **opposition** (moves against the policy: bills or resolutions to limit it, criticism);
* monetary policy (``stance_monetary.yaml``): **hawkish** (rate rises, "higher for longer",
  balance-sheet runoff, "inflation remains elevated"), **dovish** (rate cuts, easing, "labor
  market softening");
* sanctions and export controls (``stance_sanctions.yaml``): **tightening** ("impose
  sanctions", "add to the entity list"), **easing** ("lift sanctions", "license exemptions"),
  **opposition**;
* fiscal policy (``stance_fiscal.yaml``): **stimulus** ("spending package", "tax cuts"),
  **austerity** ("deficit reduction", "spending cuts"), **opposition**.

In each, the first stance is the firmer pole (score +1), the second the softer one, and the
third, when there is one, moves against the policy. Scoring of a statement's text (quotations
included):

1. every match of an entry (a regular expression matched at word starts on the lower-cased
   text, so write patterns in lower case) adds its weight to its stance;
2. a negation ("not", "no", "never", "n't", "without", "won't", "cannot") within the three
   words before a match swaps the firmer and the softer pole ("not a negotiation",
   "not planning to pause", "will not back away", "not ready to cut rates"); a negated
   opposition term adds nothing. A "without" that itself follows a negation within four
   words states a condition and negates nothing ("would not support the bill without deep
   spending cuts" asks for the cuts);
3. the stance is the one with the largest total (ties: opposition, then the firmer pole, then
   the softer); with no match it is ``neutral``;
4. ``stance_score = (F - S - O) / (F + S + O)`` in [-1, 1] (F, S, O: the totals of the firmer
   pole, the softer pole and opposition): +1 when only firmer terms are found, -1 when only
   softer or opposition terms are, 0 when neutral.

A lexicon file may say which topic it is for (``topic: monetary``); its stances must then be
that topic's. A file without ``topic`` uses the trade stance names and is used for every
article, as it always was (see :func:`lexicon_for`).

A quote or paraphrase with no lexicon match takes the stance of the same speaker's previous
statement in the article (score halved), because reporters usually quote a speaker on one
line of argument; market remarks are always neutral.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from toolkit.errors import InputError
from toolkit.text.timex_tense import lowered
from toolkit.text.topics import TOPIC_CHOICES, TOPICS

__all__ = [
    "STANCES",
    "Lexicon",
    "default_lexicon",
    "find_terms",
    "lexicon_for",
    "load_stance_lexicon",
    "score_stance",
    "score_terms",
]

#: The stance names of trade articles and of lexicons without a topic (plus ``neutral``); the
#: other topics' are in :data:`toolkit.text.topics.TOPICS`.
STANCES: tuple[str, ...] = ("escalation", "deescalation", "opposition", "neutral")
_NEGATION = re.compile(
    r"(?:\bnot|\bno|\bnever|n['’]t|\bwithout|\bwon['’]t|\bcannot|\bnor)\s+(?:\S+\s+){0,2}$", re.I
)
# A negation up to four words before "without" makes it a condition ("will not sign it
# without deep spending cuts" asks for the cuts): "without" then negates nothing.
_NEGATION_BEFORE_WITHOUT = re.compile(r"(?:\bnot|\bnever|n['’]t|\bcannot)\s+(?:\S+\s+){0,3}$", re.I)
# Every match of _NEGATION ends a whitespace-separated word with one of these.
_NEGATION_ENDINGS = ("no", "not", "nor", "never", "n't", "n’t", "without")


@dataclass(frozen=True)
class Lexicon:
    """A compiled stance lexicon: ``(pattern, stance, weight)`` entries and where it came from.

    ``topic`` is the topic it is for (None: any article, with the trade stance names) and
    ``stances`` the stance names it uses: the firmer pole, the softer pole and, for some
    topics, opposition.
    """

    entries: tuple[tuple[re.Pattern[str], str, float], ...]
    source: str
    union: re.Pattern[str] | None = None
    topic: str | None = None
    stances: tuple[str, ...] = STANCES[:3]

    @property
    def swap(self) -> dict[str, str]:
        """What a negation turns each pole into (the firmer into the softer, and back)."""
        return {self.stances[0]: self.stances[1], self.stances[1]: self.stances[0]}


def _skip(pattern: str, i: int) -> int:
    """The index after the escape, class or comment at ``pattern[i]`` (else ``i + 1``)."""
    n = len(pattern)
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] == "[":  # a leading "]" (after an optional "^") is a literal
        i += 2 if pattern.startswith("^", i + 1) else 1
        i += 1 if pattern.startswith("]", i) else 0
        while i < n and pattern[i] != "]":
            i += 2 if pattern[i] == "\\" else 1
        return i + 1
    if pattern.startswith("(?#", i):
        end = pattern.find(")", i)
        return n if end < 0 else end + 1
    return i + 1


def split_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (not inside groups, classes or escapes)."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "(" and not pattern.startswith("(?#", i):
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i = _skip(pattern, i)
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str, i: int) -> int:
    """The index of the ``)`` that closes the group opened at ``pattern[i]``."""
    depth = 0
    while i < len(pattern):
        if pattern[i] == "(" and not pattern.startswith("(?#", i):
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i = _skip(pattern, i)
    return -1


def _bounded_alternatives(
    pattern: str, lead: bool = False, trail: bool = False
) -> list[tuple[bool, str, bool]]:
    r"""``pattern`` as alternatives ``(\b before?, body, \b after?)``, matching where it does.

    ``\b(?:A|B)\b`` gives ``(True, "A", True)`` and ``(True, "B", True)``, recursively.
    """
    out: list[tuple[bool, str, bool]] = []
    for alt in split_alternatives(pattern):
        alt_lead = alt.startswith(r"\b(?:")
        body = alt[2:] if alt_lead else alt
        alt_trail = body.endswith(r")\b")
        body = body[:-2] if alt_trail else body
        end = _group_end(body, 0) if body.startswith("(?:") else -1
        if end > 0 and end == len(body) - 1:  # one group: its alternatives
            out.extend(_bounded_alternatives(body[3:-1], lead or alt_lead, trail or alt_trail))
        elif end > 0 and body[end + 1] not in "?*+{":  # (?:A|B)C: AC and BC
            rest = body[end + 1 :]
            for inner in split_alternatives(body[3:end]):
                out.extend(
                    _bounded_alternatives(inner + rest, lead or alt_lead, trail or alt_trail)
                )
        else:
            out.append((lead or alt_lead, body, trail or alt_trail))
    return out


def _strip_assertions(body: str) -> str:
    r"""``body`` without the ``\b`` and lookaround assertions it starts with."""
    while True:
        if body.startswith(r"\b"):
            body = body[2:]
        elif body.startswith(("(?=", "(?!", "(?<=", "(?<!")):
            end = _group_end(body, 0)
            if end < 0:
                return body
            body = body[end + 1 :]
        else:
            return body


def word_start_union(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    r"""One pattern that matches at every word start where one of ``patterns`` matches.

    It only tells where to look: which pattern matches, and how far, is for each pattern to
    say, and it may match at a few more places (it leaves out the assertions that start an
    alternative). The alternatives of the patterns are grouped by their first letter, so
    that the regular expression engine tries one group at each word start instead of every
    alternative: ``\b(?:said|says|told)\b`` becomes ``s(?:aid\b|ays\b)|t(?:old\b)``.
    Patterns with groups of their own are joined as they are (a back-reference would
    change its meaning).
    """
    plain = r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"
    if any(re.compile(p).groups for p in patterns):
        return re.compile(plain)
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    todo = [alt for pattern in patterns for alt in _bounded_alternatives(pattern)]
    while todo:
        lead, body, trail = todo.pop(0)
        bare = _strip_assertions(body)
        if bare != body:  # a word start may satisfy the assertions or not: look there anyway
            todo[:0] = _bounded_alternatives(bare, False, trail) if bare else [(False, "", trail)]
            continue
        after = r"\b" if trail else ""
        head = body[:1]
        if head.isascii() and head.isalpha() and body[1:2] not in ("?", "*", "+", "{"):
            # at a word start, a \b before a letter always holds
            groups.setdefault(head, []).append(f"(?:{body[1:]}){after}")
        else:
            rest.append((r"\b" if lead else "") + f"(?:{body}){after}")
    alternatives = [f"{head}(?:{'|'.join(tails)})" for head, tails in groups.items()] + rest
    try:
        return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")
    except re.error:
        return re.compile(plain)


def first_letters(pattern: str) -> frozenset[str] | None:
    """The letters that every match of ``pattern`` starts with, or None when it is not known.

    It is known when each alternative of ``pattern``, after the assertions it starts with,
    begins with an ASCII letter taken literally (no quantifier after it); ``pattern`` is the
    source of a pattern compiled without ``re.IGNORECASE`` (an alternative in ``(?i:...)``
    makes it unknown).
    """
    letters: set[str] = set()
    todo = list(_bounded_alternatives(pattern))
    while todo:
        _lead, body, trail = todo.pop()
        bare = _strip_assertions(body)
        if bare != body:
            if not bare:
                return None
            todo.extend(_bounded_alternatives(bare, False, trail))
            continue
        head = body[:1]
        if not (head.isascii() and head.isalpha() and body[1:2] not in ("?", "*", "+", "{")):
            return None
        letters.add(head)
    return frozenset(letters)


def _union(entries: tuple[tuple[re.Pattern[str], str, float], ...]) -> re.Pattern[str]:
    """One pattern that matches at the word starts where any entry matches (where to look)."""
    return word_start_union([regex.pattern for regex, _s, _w in entries])


def _lexicon_topic(data: Mapping[str, Any], source: str, topic: str | None) -> str | None:
    """The topic a lexicon is for: the one it declares, else ``topic`` (they must agree)."""
    declared = data.get("topic")
    for value, where in ((declared, "its `topic`"), (topic, "parameter `topic`")):
        if value is not None and value not in TOPIC_CHOICES:
            raise InputError(
                f"Stance lexicon {source}: {where} takes one of "
                f"{', '.join(map(repr, TOPIC_CHOICES))}, got {value!r}."
            )
    if declared is not None and topic is not None and declared != topic:
        raise InputError(
            f"Stance lexicon {source} is for topic {declared!r}, but parameter `topic` says "
            f"{topic!r}."
        )
    return declared if declared is not None else topic


def _compile(data: Any, source: str, topic: str | None = None) -> Lexicon:
    if not isinstance(data, Mapping) or not isinstance(data.get("entries"), list):
        raise InputError(
            f"Stance lexicon {source}: expected a mapping with a list under `entries`."
        )
    topic = _lexicon_topic(data, source, topic)
    stances = TOPICS[topic or "general"].stances
    compiled = []
    for i, entry in enumerate(data["entries"]):
        if not isinstance(entry, Mapping):
            raise InputError(f"Stance lexicon {source}: entry {i} is not a mapping.")
        pattern, stance, weight = (
            entry.get("pattern"),
            entry.get("stance"),
            entry.get("weight", 1.0),
        )
        if stance not in stances:
            raise InputError(
                f"Stance lexicon {source}: entry {i} has stance {stance!r}; expected "
                f"{' or '.join(map(repr, stances))} (the stances of topic "
                f"{topic or 'trade'!r})."
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
    return Lexicon(entries, source, _union(entries) if entries else None, topic, stances)


@functools.lru_cache(maxsize=16)
def _load_path(path: str, topic: str | None = None) -> Lexicon:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"Parameter `path`: cannot read stance lexicon {path}: {exc}") from exc
    return _compile(data, path, topic)


@functools.lru_cache(maxsize=8)
def default_lexicon(topic: str | None = None) -> Lexicon:
    """The lexicon shipped with the toolkit for ``topic`` (read once per topic, then cached).

    ``topic`` is a key of :data:`toolkit.text.topics.TOPICS`; None gives the trade lexicon
    without a topic, used for every article (what the toolkit always shipped).
    """
    if topic is not None and topic not in TOPICS:
        raise InputError(
            f"Parameter `topic` takes one of {', '.join(map(repr, TOPICS))} or None, got {topic!r}."
        )
    name = TOPICS[topic or "general"].lexicon
    data = yaml.safe_load(
        resources.files("toolkit.text").joinpath(f"resources/{name}").read_text(encoding="utf-8")
    )
    # trade, general and mixed share the trade file, which declares topic "trade"
    data = {**data, "topic": None if topic in (None, "general", "mixed") else topic}
    return _compile(data, f"toolkit/text/resources/{name}")


def load_stance_lexicon(
    path: str | Path | Mapping[str, Any] | Lexicon | None = None, *, topic: str | None = None
) -> Lexicon:
    """Load a stance lexicon (YAML file with ``entries``), or the shipped one when ``path`` is None.

    Parameters
    ----------
    path
        A YAML file in the format of ``toolkit/text/resources/stance_lexicon.yaml``, an already
        parsed mapping, a :class:`Lexicon`, or None for the shipped lexicon of ``topic``.
    topic
        The topic the lexicon is for (``"trade"``, ``"monetary"``, ``"sanctions"``,
        ``"fiscal"`` or ``"general"``) when the file does not say it with a ``topic`` key; its
        entries must use that topic's stance names. None: the file's own ``topic``, else a
        lexicon for every article with the trade stance names.

    Returns
    -------
    Lexicon

    Raises
    ------
    InputError
        If the file cannot be read, an entry is malformed, a stance is not one of the topic's,
        or the file is for another topic than ``topic``.
    """
    if path is None:
        if topic is not None and topic not in TOPIC_CHOICES:
            raise InputError(
                f"Parameter `topic` takes one of {', '.join(map(repr, TOPIC_CHOICES))} or "
                f"None, got {topic!r}."
            )
        return default_lexicon(topic)
    if isinstance(path, Lexicon):
        if topic is not None and path.topic not in (None, topic):
            raise InputError(
                f"Stance lexicon {path.source} is for topic {path.topic!r}, but parameter "
                f"`topic` says {topic!r}."
            )
        return path
    if isinstance(path, Mapping):
        return _compile(path, "<mapping>", topic)
    if isinstance(path, str | Path):
        return _load_path(str(Path(path).resolve()), topic)
    raise InputError(
        f"Parameter `lexicon` takes a path, a mapping, a Lexicon or a list of them, got "
        f"{type(path).__name__}."
    )


def lexicon_for(topic: str, lexicon: Any = None) -> Lexicon:
    """The lexicon to score an article of ``topic`` with.

    Parameters
    ----------
    topic
        The article's topic (a key of :data:`toolkit.text.topics.TOPICS`).
    lexicon
        What the user gave: None (the shipped lexicon of ``topic``), one lexicon (a path, a
        parsed mapping or a :class:`Lexicon`) or a list or tuple of them. A lexicon that
        declares a topic replaces the shipped one for that topic only; a lexicon without a
        topic is used for articles of every topic that no declared lexicon covers.

    Returns
    -------
    Lexicon

    Raises
    ------
    InputError
        If a lexicon is malformed, or two are given for the same topic.
    """
    if lexicon is None:
        return default_lexicon(topic)
    given = list(lexicon) if isinstance(lexicon, list | tuple) else [lexicon]
    by_topic: dict[str | None, Lexicon] = {}
    for item in given:
        lex = load_stance_lexicon(item)
        if lex.topic in by_topic:
            raise InputError(
                f"Parameter `lexicon`: two lexicons for topic {lex.topic or 'any'!r} "
                f"({by_topic[lex.topic].source} and {lex.source}); give one per topic."
            )
        by_topic[lex.topic] = lex
    if topic in by_topic:
        return by_topic[topic]
    if None in by_topic:
        return by_topic[None]
    return default_lexicon(topic)


@functools.lru_cache(maxsize=16)
def _tail_unions(patterns: tuple[str, ...]) -> list[re.Pattern[str] | None]:
    """Room for :func:`_tail_union` of each start entry, compiled when first needed."""
    return [None] * len(patterns)


def _tail_union(
    patterns: tuple[str, ...], tails: list[re.Pattern[str] | None], first: int
) -> re.Pattern[str]:
    """Entries ``first..`` as one alternation, each entry in its own group, at word starts.

    The alternation tries the entries in order, so the group that matches names the first
    entry (from ``first`` on) that matches at the position tried. ``tails`` keeps the
    compiled patterns (see :func:`_tail_unions`).
    """
    tail = tails[first]
    if tail is None:
        tail = re.compile(r"(?<!\w)(?:" + "|".join(f"({p})" for p in patterns[first:]) + ")")
        tails[first] = tail
    return tail


def _negated(low: str, pos: int) -> bool:
    """Whether a negation comes within the three words before ``pos`` (see :data:`_NEGATION`)."""
    lo = max(0, pos - 40)
    if pos <= lo or not low[pos - 1].isspace():
        return False  # the negation and the words after it end with a space
    # The negation ends one of the last three words: check their endings before running the
    # pattern, and run it from the first of them only.
    parts = low[lo:pos].rsplit(None, 3)
    if len(parts) == 4:
        lo += len(parts[0])
        del parts[0]
    for w in parts:
        if w.endswith(_NEGATION_ENDINGS) or not w.isascii():
            hit = _NEGATION.search(low, lo, pos)
            if hit is None:
                return False
            # "would not back the bill without spending cuts": a condition, not a negation
            return not (
                low.startswith("without", hit.start())
                and _NEGATION_BEFORE_WITHOUT.search(low, max(0, hit.start() - 60), hit.start())
                is not None
            )
    return False


def _term(stance: str, low: str, pos: int, swap: Mapping[str, str]) -> str | None:
    """The stance a match at ``pos`` counts for after negation (None: it counts for nothing).

    ``swap`` maps each pole to the other (:attr:`Lexicon.swap`); opposition is not in it.
    """
    if not _negated(low, pos):
        return stance
    return swap.get(stance)


def _word_starts(union: re.Pattern[str], low: str) -> Iterator[int]:
    """The positions where ``union`` matches at the start of a word of ``low``, in order."""
    m = union.search(low)
    while m is not None:
        pos = m.start()
        m = union.search(low, pos + 1)
        if pos and (low[pos - 1].isalnum() or low[pos - 1] == "_"):
            continue  # not at the start of a word
        yield pos


def find_terms(
    text: str, lexicon: Lexicon, *, low: str | None = None
) -> list[tuple[int, str, float]]:
    """Every lexicon match in ``text`` as (position, stance after negation, weight), sorted.

    An entry matches at the word starts where its pattern matches; its matches do not overlap
    one another (as in ``regex.finditer``). ``low`` is ``text.lower()`` when the caller has
    it already.
    """
    low = low if low is not None and len(low) == len(text) else lowered(text)
    entries = lexicon.entries
    if not entries:
        return []
    if any(regex.groups for regex, _s, _w in entries):
        return _find_terms_each(low, lexicon)
    # The union finds the next word start where some entry matches; there the alternation
    # with one group per entry names the first entry that matches, and its tail after that
    # entry names the next one.
    patterns = tuple(regex.pattern for regex, _s, _w in entries)
    tails = _tail_unions(patterns)
    swap = lexicon.swap
    union = lexicon.union if lexicon.union is not None else _union(entries)
    n = len(entries)
    found: list[tuple[int, str, float]] = []
    resume = [0] * n
    for pos in _word_starts(union, low):
        first = 0
        while first < n:
            hit = (tails[first] or _tail_union(patterns, tails, first)).match(low, pos)
            if hit is None:
                break
            i = first + (hit.lastindex or 1) - 1  # the group of the entry that matched
            if resume[i] <= pos:
                resume[i] = hit.end()
                _regex, stance, weight = entries[i]
                here = _term(stance, low, pos, swap)
                if here is not None:
                    found.append((pos, here, weight))
            first = i + 1
    found.sort()
    return found


def _find_terms_each(low: str, lexicon: Lexicon) -> list[tuple[int, str, float]]:
    """:func:`find_terms` for lexicons whose patterns have groups of their own.

    The union finds the word starts where some entry matches; there every entry is tried.
    """
    entries = lexicon.entries
    union = lexicon.union if lexicon.union is not None else _union(entries)
    found: list[tuple[int, str, float]] = []
    resume = [0] * len(entries)
    swap = lexicon.swap
    for pos in _word_starts(union, low):
        for i, (regex, stance, weight) in enumerate(entries):
            if resume[i] > pos:
                continue
            hit = regex.match(low, pos)
            if hit is None:
                continue
            resume[i] = hit.end()
            here = _term(stance, low, pos, swap)
            if here is not None:
                found.append((pos, here, weight))
    found.sort()
    return found


def score_terms(
    terms: list[tuple[int, str, float]], lexicon: Lexicon | None = None
) -> tuple[str, float, dict[str, float]]:
    """Stance, score and totals from matched terms (see the module docstring).

    ``lexicon`` gives the stance names (:attr:`Lexicon.stances`; None: the trade ones).
    """
    stances = STANCES[:3] if lexicon is None else lexicon.stances
    totals = dict.fromkeys(stances, 0.0)
    if not terms:
        return "neutral", 0.0, totals
    for _pos, stance, weight in terms:
        totals[stance] += weight
    total = sum(totals.values())
    if total <= 0:
        return "neutral", 0.0, totals
    order = (*stances[2:], *stances[:2])  # ties: opposition, the firmer pole, the softer
    best = max(order, key=lambda s: (totals[s], -order.index(s)))
    against = totals[stances[2]] if len(stances) > 2 else 0.0
    score = (totals[stances[0]] - totals[stances[1]] - against) / total
    return best, round(score, 4), totals


def score_stance(text: str, lexicon: Lexicon) -> tuple[str, float, dict[str, float]]:
    """Score ``text``: (stance, stance_score, totals by stance). See the module docstring."""
    return score_terms(find_terms(text, lexicon), lexicon)
