"""Policy topics: what an article is about, the stance names that fit it, and how to word it.

A :class:`Topic` holds everything that changes with the subject of the articles: its name and
label, its stance names (the stance column of the statements), the stance lexicon that finds
them (a file in ``toolkit/text/resources/``), the vocabulary that detects it, and the phrases
the report and the notebooks use to speak about it. :data:`TOPICS` is the one table of them:

========== ======================== ========================================= ===================
topic      label                    stances (firmer, softer, against)          lexicon
========== ======================== ========================================= ===================
trade      trade and tariffs        escalation, deescalation, opposition       stance_lexicon.yaml
monetary   monetary policy          hawkish, dovish                            stance_monetary.yaml
sanctions  sanctions and export     tightening, easing, opposition             stance_sanctions.yaml
           controls
fiscal     fiscal policy            stimulus, austerity, opposition            stance_fiscal.yaml
general    policy                   escalation, deescalation, opposition       stance_lexicon.yaml
mixed      several policy topics    escalation, deescalation, opposition       stance_lexicon.yaml
========== ======================== ========================================= ===================

Every stance vocabulary ends with ``neutral`` (no lexicon term found). ``general`` (too few
topic words) and ``mixed`` (two topics about as strong) keep the stance names and lexicon the
toolkit has always used.

**Detection** (:func:`detect_topic`) is a scored keyword model on the lower-cased text: every
phrase of a topic's :attr:`Topic.vocabulary` found at word boundaries adds its weight to the
topic's score (in the first :data:`SCANNED_CHARS` characters: the headline, the lead and the
first paragraphs), each phrase counting at most :data:`PHRASE_CAP` times (so one word repeated
does not decide alone); a longer phrase wins over a shorter one at the same place ("trade
deficit" counts for trade, not "deficit" for fiscal policy; "export controls" for sanctions,
not "export" for trade). The topic with the highest score is the article's topic when the score
reaches :data:`MIN_SCORE` and is at least :data:`MARGIN` times the runner-up's; otherwise the
article is ``mixed`` (two topics within the margin) or ``general`` (too few topic words). The
phrases are compiled once into one pattern; a call costs one scan of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from toolkit.errors import InputError, InputTypeError

__all__ = [
    "DETECTED",
    "MARGIN",
    "MIN_SCORE",
    "PHRASE_CAP",
    "SCANNED_CHARS",
    "TOPICS",
    "TOPIC_CHOICES",
    "Topic",
    "detect_topic",
    "frame_topic",
    "stance_legend",
    "get_topic",
    "topic_scores",
]


@dataclass(frozen=True)
class Topic:
    """One policy topic: stance names, lexicon, detection vocabulary and report wording.

    Attributes
    ----------
    name
        Short name, the value of the statements' ``topic`` column ("monetary").
    label
        What the report calls it ("monetary policy").
    stances
        The stance names a lexicon of this topic uses: the firmer pole (score +1), the softer
        pole (score -1) and, for some topics, moves against the policy (score -1).
    meanings
        ``(stance, what it means)`` for the legend under the statements table.
    lexicon
        The stance lexicon's file name in ``toolkit/text/resources/``.
    subject
        What the statements take a stance on ("monetary policy", "the tariffs").
    comparison
        The question the report's stance comparison answers.
    vocabulary
        ``(phrase, weight)`` pairs that detect the topic (lower case, words separated by one
        space); empty for ``general`` and ``mixed``.
    """

    name: str
    label: str
    stances: tuple[str, ...]
    meanings: tuple[tuple[str, str], ...]
    lexicon: str
    subject: str
    comparison: str
    vocabulary: tuple[tuple[str, float], ...] = ()

    @property
    def stance_values(self) -> tuple[str, ...]:
        """Every value the stance column takes for this topic (its stances, then ``neutral``)."""
        return (*self.stances, "neutral")

    @property
    def firmer(self) -> str:
        """The stance scored +1 (escalation, hawkish, tightening, stimulus)."""
        return self.stances[0]

    @property
    def softer(self) -> str:
        """The stance that pulls the other way (deescalation, dovish, easing, austerity)."""
        return self.stances[1]

    def legend(self) -> str:
        """``"Stance: hawkish = ...; dovish = ..."``: the stance names and what they mean."""
        return "Stance: " + "; ".join(f"{s} = {m}" for s, m in self.meanings) + "."


_GENERAL_STANCES = ("escalation", "deescalation", "opposition")

_TRADE = Topic(
    name="trade",
    label="trade and tariffs",
    stances=_GENERAL_STANCES,
    meanings=(
        ("escalation", "more or firmer tariffs"),
        ("deescalation", "deals, talks, pauses"),
        ("opposition", "moves against the tariffs"),
    ),
    lexicon="stance_lexicon.yaml",
    subject="the tariffs",
    comparison="Do escalating statements move the market differently from de-escalating ones?",
    vocabulary=(
        ("tariff", 3.0),
        ("tariffs", 3.0),
        ("tariff rates", 3.0),
        ("reciprocal tariffs", 3.0),
        ("trade war", 3.0),
        ("trade wars", 3.0),
        ("trade deal", 3.0),
        ("trade deals", 3.0),
        ("trade talks", 3.0),
        ("trade agreement", 3.0),
        ("trade representative", 3.0),
        ("trade deficit", 2.0),
        ("trade deficits", 2.0),
        ("trade policy", 2.0),
        ("trading partners", 2.0),
        ("trade partners", 2.0),
        ("import duties", 3.0),
        ("duties", 2.0),
        ("levies", 2.0),
        ("countervailing", 2.0),
        ("anti-dumping", 2.0),
        ("antidumping", 2.0),
        ("section 232", 2.0),
        ("section 301", 2.0),
        ("protectionism", 2.0),
        ("protectionist", 2.0),
        ("free trade", 2.0),
        ("world trade organization", 2.0),
        ("wto", 2.0),
        ("customs", 1.0),
        ("imports", 1.0),
        ("imported", 1.0),
        ("exports", 1.0),
        ("exporters", 1.0),
        ("retaliatory", 1.0),
        ("trade", 1.0),
    ),
)

_MONETARY = Topic(
    name="monetary",
    label="monetary policy",
    stances=("hawkish", "dovish"),
    meanings=(
        (
            "hawkish",
            "tighter money: rate rises, rates held higher for longer, a smaller balance sheet, "
            "worry about inflation",
        ),
        (
            "dovish",
            "easier money: rate cuts, a pause in tightening, bond buying, worry about growth "
            "and jobs",
        ),
    ),
    lexicon="stance_monetary.yaml",
    subject="monetary policy",
    comparison="Do hawkish statements move the market differently from dovish ones?",
    vocabulary=(
        ("federal reserve", 3.0),
        ("fomc", 3.0),
        ("federal open market committee", 3.0),
        ("central bank", 3.0),
        ("central banks", 3.0),
        ("central bankers", 3.0),
        ("monetary policy", 3.0),
        ("interest rate", 3.0),
        ("interest rates", 3.0),
        ("rate cut", 3.0),
        ("rate cuts", 3.0),
        ("rate hike", 3.0),
        ("rate hikes", 3.0),
        ("rate increase", 3.0),
        ("rate increases", 3.0),
        ("federal funds rate", 3.0),
        ("fed funds", 3.0),
        ("policy rate", 3.0),
        ("benchmark rate", 3.0),
        ("deposit rate", 3.0),
        ("basis point", 2.0),
        ("basis points", 2.0),
        ("quantitative easing", 3.0),
        ("quantitative tightening", 3.0),
        ("balance sheet", 2.0),
        ("european central bank", 3.0),
        ("ecb", 3.0),
        ("bank of japan", 3.0),
        ("boj", 3.0),
        ("bank of england", 3.0),
        ("hawkish", 2.0),
        ("dovish", 2.0),
        ("rate decision", 2.0),
        ("rate-setting", 2.0),
        ("fed", 2.0),
        ("powell", 2.0),
        ("lagarde", 2.0),
        ("inflation", 1.0),
        ("borrowing costs", 1.0),
        ("price stability", 1.0),
        ("dot plot", 2.0),
        ("labor market", 1.0),
        ("unemployment", 1.0),
        ("mortgage rates", 1.0),
        ("treasury yields", 1.0),
    ),
)

_SANCTIONS = Topic(
    name="sanctions",
    label="sanctions and export controls",
    stances=("tightening", "easing", "opposition"),
    meanings=(
        ("tightening", "new or wider sanctions, export controls, entity listings, enforcement"),
        ("easing", "sanctions lifted or suspended, licences, waivers, exemptions, delistings"),
        ("opposition", "moves against the measures (challenges, criticism, bills to limit them)"),
    ),
    lexicon="stance_sanctions.yaml",
    subject="the sanctions and export controls",
    comparison=(
        "Do statements that tighten sanctions or export controls move the market differently "
        "from those that ease them?"
    ),
    vocabulary=(
        ("sanction", 3.0),
        ("sanctions", 3.0),
        ("sanctioned", 3.0),
        ("secondary sanctions", 3.0),
        ("export controls", 3.0),
        ("export control", 3.0),
        ("export restrictions", 3.0),
        ("export curbs", 3.0),
        ("export ban", 3.0),
        ("entity list", 3.0),
        ("ofac", 3.0),
        ("office of foreign assets control", 3.0),
        ("bureau of industry and security", 3.0),
        ("blacklist", 3.0),
        ("blacklisted", 3.0),
        ("asset freeze", 3.0),
        ("frozen assets", 3.0),
        ("embargo", 3.0),
        ("price cap", 3.0),
        ("shadow fleet", 3.0),
        ("designated", 1.0),
        ("designations", 2.0),
        ("licence", 1.0),
        ("licences", 1.0),
        ("license", 1.0),
        ("licenses", 1.0),
        ("dual-use", 2.0),
        ("oligarch", 2.0),
        ("oligarchs", 2.0),
        ("advanced chips", 2.0),
        ("chipmaking equipment", 2.0),
        ("evasion", 1.0),
        ("kremlin", 1.0),
        ("restrictions", 1.0),
    ),
)

_FISCAL = Topic(
    name="fiscal",
    label="fiscal policy",
    stances=("stimulus", "austerity", "opposition"),
    meanings=(
        ("stimulus", "more spending or lower taxes: spending packages, tax cuts, relief"),
        ("austerity", "less spending or higher taxes: spending cuts, deficit reduction, tax rises"),
        ("opposition", "moves against the budget plans (votes against, criticism, vetoes)"),
    ),
    lexicon="stance_fiscal.yaml",
    subject="fiscal policy",
    comparison=(
        "Do statements for stimulus move the market differently from statements for austerity?"
    ),
    vocabulary=(
        ("budget", 3.0),
        ("budgets", 3.0),
        ("fiscal", 3.0),
        ("stimulus", 3.0),
        ("spending bill", 3.0),
        ("spending package", 3.0),
        ("spending cuts", 3.0),
        ("government spending", 3.0),
        ("federal spending", 3.0),
        ("tax cut", 3.0),
        ("tax cuts", 3.0),
        ("tax increase", 3.0),
        ("tax increases", 3.0),
        ("tax hikes", 3.0),
        ("deficit reduction", 3.0),
        ("debt ceiling", 3.0),
        ("debt limit", 3.0),
        ("appropriations", 3.0),
        ("continuing resolution", 3.0),
        ("stopgap", 3.0),
        ("shutdown", 3.0),
        ("reconciliation", 2.0),
        ("austerity", 3.0),
        ("congressional budget office", 3.0),
        ("cbo", 3.0),
        ("deficit", 2.0),
        ("deficits", 2.0),
        ("national debt", 2.0),
        ("spending", 1.0),
        ("taxes", 1.0),
        ("tax", 1.0),
        ("infrastructure", 1.0),
        ("relief package", 2.0),
    ),
)

_GENERAL = Topic(
    name="general",
    label="policy",
    stances=_GENERAL_STANCES,
    meanings=(
        ("escalation", "firmer or new measures"),
        ("deescalation", "deals, talks, pauses, relief"),
        ("opposition", "moves against the policy"),
    ),
    lexicon="stance_lexicon.yaml",
    subject="the policy",
    comparison=(
        "Do statements announcing firmer measures move the market differently from those "
        "softening them?"
    ),
)

_MIXED = Topic(
    name="mixed",
    label="several policy topics",
    stances=_GENERAL_STANCES,
    meanings=_GENERAL.meanings,
    lexicon="stance_lexicon.yaml",
    subject="the policies discussed",
    comparison=_GENERAL.comparison,
)

#: The topics by name, in the order the documentation lists them.
TOPICS: dict[str, Topic] = {
    t.name: t for t in (_TRADE, _MONETARY, _SANCTIONS, _FISCAL, _GENERAL, _MIXED)
}
#: The topics a detection can pick (those with a vocabulary).
DETECTED: tuple[str, ...] = tuple(n for n, t in TOPICS.items() if t.vocabulary)
#: The topics a user may give (``extract_statements(..., topic=...)``, ``--topic``).
TOPIC_CHOICES: tuple[str, ...] = (*DETECTED, "general")

#: A topic needs at least this score to be detected.
MIN_SCORE = 6.0
#: ... and at least this many times the score of the runner-up (else ``mixed``).
MARGIN = 1.5
#: Each phrase counts at most this many times.
PHRASE_CAP = 4
#: Only the start of the text is read: the headline, the lead and the first paragraphs, where
#: news writing states its subject (the cost stays bounded for long texts).
SCANNED_CHARS = 3000


def _compile() -> tuple[re.Pattern[str], dict[str, tuple[int, float]]]:
    """The detection pattern (longest phrases first) and each phrase's (topic index, weight)."""
    where: dict[str, tuple[int, float]] = {}
    for k, name in enumerate(DETECTED):
        for phrase, weight in TOPICS[name].vocabulary:
            if phrase in where:
                raise RuntimeError(f"topic phrase {phrase!r} is listed twice")
            where[phrase] = (k, weight)
    from toolkit.text.stance import word_start_union  # (stance imports this module)

    phrases = sorted(where, key=lambda p: (-len(p), p))
    # grouped by first letter, so that one group is tried at each word start
    patterns = [r"\b(?:" + re.escape(p).replace(r"\ ", r"\s+") + r")\b" for p in phrases]
    return word_start_union(patterns), where


_PATTERN: re.Pattern[str] | None = None
_PHRASES: dict[str, tuple[int, float]] = {}
_SPACES = re.compile(r"\s+")


def topic_scores(text: str) -> dict[str, float]:
    """The score of each detectable topic in ``text`` (see the module docstring).

    Examples
    --------
    >>> topic_scores("The Fed cut interest rates; the central bank sees inflation easing.")
    {'trade': 0.0, 'monetary': 9.0, 'sanctions': 0.0, 'fiscal': 0.0}
    """
    if not isinstance(text, str):
        raise InputTypeError(f"Parameter `text` takes a string, got {type(text).__name__}.")
    global _PATTERN, _PHRASES
    if _PATTERN is None:  # compiled on first use (once per process)
        _PATTERN, _PHRASES = _compile()
    counts: dict[str, int] = {}
    for phrase in _PATTERN.findall(text[:SCANNED_CHARS].lower()):
        counts[phrase] = counts.get(phrase, 0) + 1
    scores = [0.0] * len(DETECTED)
    for phrase, n in counts.items():
        key = phrase if phrase in _PHRASES else _SPACES.sub(" ", phrase)
        k, weight = _PHRASES[key]
        scores[k] += weight * min(n, PHRASE_CAP)
    return dict(zip(DETECTED, scores))


def detect_topic(text: str) -> str:
    """The topic of ``text``: one of :data:`DETECTED`, ``"mixed"`` or ``"general"``.

    The best-scoring topic when its score reaches :data:`MIN_SCORE` and is at least
    :data:`MARGIN` times the runner-up's; ``"mixed"`` when the runner-up is within the margin;
    ``"general"`` when no topic reaches :data:`MIN_SCORE` (two topics with the same score are
    ``"mixed"``).

    Examples
    --------
    >>> detect_topic("The Treasury imposed sanctions and added ten firms to the entity list.")
    'sanctions'
    >>> detect_topic("The minister said on Monday that the talks went well.")
    'general'
    """
    scores = topic_scores(text)
    ranked = sorted(scores, key=lambda n: -scores[n])
    best, runner_up = scores[ranked[0]], scores[ranked[1]]
    if best < MIN_SCORE:
        return "general"
    if best < MARGIN * runner_up:
        return "mixed"
    return ranked[0]


def general_stance(value: Any) -> Any:
    """A topic's stance name in the general names (escalation, deescalation, opposition), by
    its pole: the firmer pole is ``escalation``, the softer ``deescalation``, the stance against
    ``opposition``. Other values (``neutral``, the general names, None) come back unchanged.

    Gold annotations written in the general names (the convention of the annotated sets, whose
    headers define escalation as the firmer pole of the article's topic) are compared with a
    topic's stances this way.

    Examples
    --------
    >>> general_stance("hawkish"), general_stance("easing"), general_stance("neutral")
    ('escalation', 'deescalation', 'neutral')
    """
    for topic in TOPICS.values():
        if value in topic.stances:
            return _GENERAL_STANCES[topic.stances.index(value)]
    return value


def get_topic(name: Any, *, parameter: str = "topic") -> Topic:
    """The :class:`Topic` called ``name`` (any key of :data:`TOPICS`).

    Raises
    ------
    InputError
        If there is no such topic (the message names ``parameter`` and the choices).
    """
    topic = TOPICS.get(name) if isinstance(name, str) else None
    if topic is None:
        raise InputError(
            f"Parameter `{parameter}` takes one of {', '.join(map(repr, TOPIC_CHOICES))} "
            f"(or None to detect it), got {name!r}."
        )
    return topic


def frame_topic(statements: Any) -> Topic:
    """The topic of a set of statements (a frame or a StatementSet with a ``topic`` column).

    The one topic of all the articles when they share it; ``mixed`` when they differ (articles
    of ``general`` topic do not count against a detected one); ``general`` without a
    ``topic`` column, without statements or for None.
    """
    if statements is None:  # a report on an events file alone
        return TOPICS["general"]
    frame = statements.to_frame() if hasattr(statements, "to_frame") else statements
    if not hasattr(frame, "columns"):
        raise InputTypeError(
            "Parameter `statements` takes a StatementSet or a DataFrame of statements, got "
            f"{type(statements).__name__}."
        )
    if "topic" not in frame.columns:
        return TOPICS["general"]
    found = {t for t in frame["topic"].tolist() if isinstance(t, str) and t in TOPICS}
    specific = found - {"general"}
    if len(specific) == 1:
        return TOPICS[specific.pop()]
    if len(specific) > 1:
        return TOPICS["mixed"]
    return TOPICS["general"]


def stance_legend(statements: Any) -> str:
    """What the stance names of ``statements`` mean, with their topic, for a table caption.

    One topic: ``"Topic: monetary policy. Stance: hawkish = ...; dovish = ..."``. Articles of
    several topics: the legend of each topic found, in order of appearance.
    """
    frame = statements.to_frame() if hasattr(statements, "to_frame") else statements
    names = (
        [t for t in dict.fromkeys(frame["topic"].tolist()) if isinstance(t, str) and t in TOPICS]
        if frame is not None and hasattr(frame, "columns") and "topic" in frame.columns
        else []
    )
    if not names:
        return TOPICS["general"].legend()
    if len(names) == 1:
        topic = TOPICS[names[0]]
        return f"Topic: {topic.label}. {topic.legend()}"
    parts = [f"{TOPICS[n].label}: {TOPICS[n].legend()}" for n in names]
    return "Topics: " + " ".join(parts)
