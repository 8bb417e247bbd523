"""Dated policy statements from one news article.

:func:`extract_statements` turns an article into rows of who said or did what, and when. It
builds a :class:`~toolkit.text.document.Document` once per article (text, paragraphs,
quotations, time expressions, names) and runs the stages of :data:`STAGES` over it, in order;
each stage takes the document and the units so far and returns the units for the next:

1. ``units`` (:mod:`toolkit.text.units`): paragraphs, sentences and clauses;
2. ``kinds`` (:mod:`toolkit.text.kinds`, with :mod:`~toolkit.text.attribution` and
   :mod:`~toolkit.text.referents`): quote, paraphrase, scheduled, action or market, and the
   speaker; units with no kind are dropped;
3. ``speakers`` (:mod:`toolkit.text.referents`): speakers carried to quote paragraphs,
   running quotations and a cut-off lead;
4. ``dates`` (:mod:`toolkit.text.dating`): the date a unit gives itself;
5. ``merge`` (:mod:`toolkit.text.merge`): units that make one statement together;
6. ``inheritance`` (:mod:`toolkit.text.inheritance`): dates taken from an earlier occasion;
7. ``nested`` (:mod:`toolkit.text.nested`): events that remarks announce, as statements;
8. ``stance``: the stance of each statement from the lexicon of the article's topic
   (:mod:`toolkit.text.stance`; the topic is given or detected by :mod:`toolkit.text.topics`).

With ``parser="spacy"`` an optional stage ``syntax`` (:mod:`toolkit.text.syntax`) runs after
``speakers``: statements found on a dependency parse that the rules missed.

Each stage module's docstring states its rules in plain English and names the fields of the
unit it reads and sets. The words the rules look for are in :mod:`toolkit.text.vocabulary`,
the patterns built from them in :mod:`toolkit.text.patterns`. Nothing is ever dated by the
publication date by default: a statement with no recoverable date has
``precision = "unknown"`` and ``date = NaT``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.internals import create_dataframe_from_blocks

from toolkit._display import Displayable, Summary, SummaryTable, count_text, plural
from toolkit.errors import InputError, InputTypeError
from toolkit.text.articles import parse_published
from toolkit.text.dating import date_units
from toolkit.text.document import Document, _Unit
from toolkit.text.identity import identify_article, mentioned_names
from toolkit.text.inheritance import inherit_dates
from toolkit.text.kinds import classify_units
from toolkit.text.merge import merge_units
from toolkit.text.nested import add_nested_events
from toolkit.text.referents import carry_speakers, speaker_key, speaker_name
from toolkit.text.speakers import Person
from toolkit.text.stance import find_terms, lexicon_for, score_terms
from toolkit.text.syntax import add_parsed_statements, check_parser
from toolkit.text.timex import check_text
from toolkit.text.topics import TOPIC_CHOICES, detect_topic
from toolkit.text.transcript import retime_turns
from toolkit.text.units import split_units

__all__ = ["STATEMENT_COLUMNS", "SUMMARY_COLUMNS", "StatementSet", "extract_statements"]

STATEMENT_COLUMNS: tuple[str, ...] = (
    "statement_id",
    "speaker",
    "speaker_id",
    "role",
    "kind",
    "text",
    "quote",
    "start",
    "end",
    "date",
    "date_end",
    "precision",
    "date_source",
    "date_text",
    "time_of_day",
    "stance",
    "stance_score",
    "topic",
    "confidence",
)

#: The columns of the short view of statements (notebook display, ``market-reaction extract``).
SUMMARY_COLUMNS: tuple[str, ...] = (
    "statement_id",
    "speaker",
    "kind",
    "date",
    "precision",
    "time_of_day",
    "stance",
    "text",
)

@dataclass(frozen=True, repr=False)
class StatementSet(Displayable):
    """The statements of one article.

    Attributes
    ----------
    frame
        The statements (see :meth:`to_frame` for the columns).
    text
        The article text; ``start``/``end`` offsets refer to it.
    published
        The publication date.
    source
        The source label given to :func:`extract_statements`, if any.

    Notes
    -----
    ``repr()`` is a few lines (size, kinds, dates, stances, speakers); ``print()`` and notebooks
    show :meth:`summary`.
    """

    frame: pd.DataFrame = field(repr=False)
    text: str = field(repr=False)
    published: dt.date
    source: str | None = None

    def to_frame(self) -> pd.DataFrame:
        """A copy of the statements as a DataFrame.

        Columns: statement_id, speaker, speaker_id, role, kind, text, quote, start, end,
        date, date_end, precision, date_source, date_text, time_of_day, stance, stance_score,
        topic, confidence (plus article_id and source when a source was given).
        ``speaker_id`` names the person or body behind ``speaker`` (a slug of the canonical
        full name, "donald-trump", or a body's id, "federal-reserve";
        :mod:`toolkit.text.identity`). ``topic`` is the article's
        (:mod:`toolkit.text.topics`), the same on every row; the stance names are that
        topic's. Text columns have dtype object
        (None where empty); start/end int64; date/date_end datetime64[ns]; scores float64.
        """
        return self.frame.copy()

    def __len__(self) -> int:
        return len(self.frame)

    def __iter__(self) -> Iterator[Any]:
        """Iterate over the rows as named tuples (``row.speaker``, ``row.text``, ...)."""
        return self.frame.itertuples(index=False, name="Statement")

    def summary(self) -> Summary:
        """The statements at a glance: kinds, dates, stances, speakers, and the short view
        (:data:`SUMMARY_COLUMNS`) of each statement.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()``; ``repr()`` shows its first lines.
        """
        f = self.frame
        precision = f["precision"].tolist()
        day = sum(p == "day" for p in precision)
        undated = sum(p == "unknown" for p in precision)
        speakers = [s for s in dict.fromkeys(f["speaker"].tolist()) if isinstance(s, str)]
        header = [
            ("source", self.source),
            ("kinds", count_text(f["kind"], order=_KIND_ORDER)),
            (
                "dated",
                f"{day} to the day, {len(f) - day - undated} to a longer period, "
                f"{undated} undated",
            ),
            ("topic", ", ".join(dict.fromkeys(f["topic"].tolist())) or None),
            ("stances", count_text(f["stance"], order=_STANCE_ORDER)),
            ("speakers", f"{len(speakers)}: " + "; ".join(speakers) if speakers else None),
            ("article", f"{len(self.text):,} characters"),
        ]
        title = (
            f"StatementSet: {plural(len(f), 'statement')}, published "
            f"{self.published.isoformat()}"
        )
        table = SummaryTable(f[list(SUMMARY_COLUMNS)], max_rows=50, text_width=40)
        return Summary(title, header, [table])


_KIND_ORDER = ("quote", "paraphrase", "action", "scheduled", "market")
_STANCE_ORDER = ("escalation", "deescalation", "opposition", "neutral")


def _stance(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Stage ``stance``: the stance of each statement from the lexicon.

    **Stance** from the lexicon (:mod:`toolkit.text.stance`): the terms inside the statement
    are scored together. A market remark is neutral. A quote or paraphrase with no stance of
    its own takes half the score of its speaker's last statement that had one.

    Reads ``kind``, ``speaker``, ``start`` and ``end``; sets ``stance`` and ``stance_score``.
    """
    last_stance: dict[str, tuple[str, float]] = {}
    terms = find_terms(doc.text, doc.lexicon, low=doc.low)  # sorted by position
    term_starts = [pos for pos, _stance, _weight in terms]
    for u in units:
        if u.kind == "market":
            u.stance, u.stance_score = "neutral", 0.0
            continue
        key = speaker_key(u.speaker)
        lo = bisect.bisect_left(term_starts, u.start)
        hi = bisect.bisect_left(term_starts, u.end, lo)
        stance, score, _ = score_terms(terms[lo:hi], doc.lexicon)
        if stance == "neutral" and u.kind in ("quote", "paraphrase") and key in last_stance:
            stance, score = last_stance[key][0], round(last_stance[key][1] / 2, 4)
        if key is not None and stance != "neutral":
            last_stance[key] = (stance, score)
        u.stance, u.stance_score = stance, score
    return units


#: A stage takes the document and the units so far, and returns the units for the next stage.
Stage = Callable[[Document, list[_Unit]], list[_Unit]]

#: The stages of extraction, in the order they run: ``(name, function)``.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("units", split_units),
    ("kinds", classify_units),
    ("speakers", carry_speakers),
    ("dates", date_units),
    ("merge", merge_units),
    ("inheritance", inherit_dates),
    ("nested", add_nested_events),
    ("stance", _stance),
)


#: The stages with ``parser="spacy"``: the stage ``syntax`` (:mod:`toolkit.text.syntax`) after
#: ``speakers``.
_AFTER_SPEAKERS = [name for name, _ in STAGES].index("speakers") + 1
PARSED_STAGES: tuple[tuple[str, Stage], ...] = (
    *STAGES[:_AFTER_SPEAKERS],
    ("syntax", add_parsed_statements),
    *STAGES[_AFTER_SPEAKERS:],
)


def _run(doc: Document, parser: str = "rules") -> list[_Unit]:
    """The statements of ``doc``: the units that come out of the last stage
    (of :data:`PARSED_STAGES` with ``parser="spacy"``, else of :data:`STAGES`)."""
    units: list[_Unit] = []
    retime_turns(doc)  # a transcript recorded before the day it was published
    for _name, stage in PARSED_STAGES if parser == "spacy" else STAGES:
        units = stage(doc, units)
    return [u for u in units if not u.heading]  # (headings served as context only)


def _records(doc: Document, units: list[_Unit], topic: str) -> list[tuple[Any, ...]]:
    """One row per statement, its values in the order of :data:`STATEMENT_COLUMNS`."""
    text = doc.text
    records: list[tuple[Any, ...]] = []
    names = [speaker_name(u.speaker) for u in units]
    identities = identify_article(names, people=mentioned_names(doc.index), text=text)
    for i, (u, (speaker, speaker_id)) in enumerate(zip(units, identities), start=1):
        body = text[u.start : u.end]
        inner = [
            text[q.inner_start : q.inner_end].strip() for q in doc.quotes_within(u.start, u.end)
        ]
        quote = " ".join(s for s in inner if s) or None
        source = u.timex or (u.inherited_from.timex if u.inherited_from else None)
        role = u.speaker.role if isinstance(u.speaker, Person) else u.role
        confidence = _CONFIDENCE.get(u.how, 0.4)
        if u.date_source == "inherited":
            confidence *= 0.9
        records.append(
            (
                f"s{i:03d}",  # statement_id
                speaker,
                speaker_id,
                role,
                u.kind,
                body,  # text
                quote,
                u.start,
                u.end,
                None if source is None else source.date,
                None if source is None else source.date_end,
                "unknown" if source is None else source.precision,
                u.date_source if source is not None else "none",
                None if source is None else source.text,  # date_text
                (u.timex.time_of_day if u.timex is not None else None) or u.time_of_day,
                u.stance,
                float(u.stance_score),  # stance_score
                topic,
                round(confidence, 3),
            )
        )
    return records


# The confidence of a statement by how its speaker was found (0.4 otherwise).
_CONFIDENCE = {
    "named": 0.9,
    "role": 0.8,
    "pronoun": 0.75,
    "carried": 0.7,
    "group": 0.7,
    "market": 0.8,
    "lead": 0.5,
}


_INT_COLUMNS = ("start", "end")
_DATE_COLUMNS = ("date", "date_end")
_FLOAT_COLUMNS = ("stance_score", "confidence")
_OBJECT_COLUMNS = tuple(
    c for c in STATEMENT_COLUMNS if c not in _INT_COLUMNS + _DATE_COLUMNS + _FLOAT_COLUMNS
)


def _positions(columns: tuple[str, ...]) -> np.ndarray:
    return np.array([STATEMENT_COLUMNS.index(c) for c in columns], dtype=np.intp)


# One block of columns per dtype: where each block's columns stand in the frame.
_BLOCKS = tuple(
    (columns, _positions(columns))
    for columns in (_OBJECT_COLUMNS, _INT_COLUMNS, _FLOAT_COLUMNS, _DATE_COLUMNS)
)
_COLUMNS = pd.DataFrame(columns=list(STATEMENT_COLUMNS)).columns  # as pandas names them

_EPOCH = dt.date(1970, 1, 1).toordinal()
_NAT = np.iinfo(np.int64).min  # the integer that datetime64 reads as NaT


def _frame(records: list[tuple[Any, ...]]) -> pd.DataFrame:
    """The statements frame, built once from the rows (one 2D array per dtype).

    The arrays are the frame's blocks as pandas lays them out (columns by rows), so pandas
    has nothing to infer, copy or align: text columns are objects (None where empty), start
    and end int64, the scores float64 and the dates datetime64[ns] (NaT where unknown).
    """
    n = len(records)
    values = dict(zip(STATEMENT_COLUMNS, zip(*records))) if n else {}
    empty: tuple[Any, ...] = ()
    obj_columns, obj_at = _BLOCKS[0]
    objects = np.empty((len(obj_columns), n), dtype=object)
    for k, col in enumerate(obj_columns):
        # str or None, taken as they are (never inferred as a str dtype)
        objects[k] = np.fromiter(values.get(col, empty), dtype=object, count=n)
    blocks = [(objects, obj_at)]
    for (columns, at), dtype in zip(_BLOCKS[1:3], (np.int64, np.float64)):
        blocks.append((np.array([values.get(c, empty) for c in columns], dtype=dtype), at))
    date_columns, date_at = _BLOCKS[3]
    # days since 1970-01-01 (NaT where there is no date), as datetime64[D] counts them
    days = np.array(
        [
            [_NAT if d is None else d.toordinal() - _EPOCH for d in values.get(c, empty)]
            for c in date_columns
        ],
        dtype=np.int64,
    )
    blocks.append((days.view("datetime64[D]").astype("datetime64[ns]"), date_at))
    # (a view of the column index: each frame may rename its own)
    return create_dataframe_from_blocks(blocks, index=pd.RangeIndex(n), columns=_COLUMNS.view())


def extract_statements(
    text: str,
    *,
    published: Any,
    source: str | None = None,
    article_id: str | None = None,
    lexicon: Any = None,
    timezone: str | None = None,
    topic: str | None = None,
    parser: str | None = None,
) -> StatementSet:
    """Extract dated policy statements (quotes, paraphrases, actions, plans, market remarks).

    Parameters
    ----------
    text
        The article text (``str`` or UTF-8 ``bytes``).
    published
        The publication date (``date``, ``Timestamp`` or ``"YYYY-MM-DD"``); relative dates
        ("Tuesday", "last week") are resolved against it.
    source
        A label for the article (outlet, file name); when given, the frame gains ``source``
        and ``article_id`` columns.
    article_id
        The article's identifier for the ``article_id`` column (default: ``source``).
    lexicon
        A stance lexicon: path to a YAML file, a parsed mapping, a ``Lexicon``, a list of them
        (one per topic), or None for the lexicon shipped for the article's topic. A lexicon
        whose file says ``topic: monetary`` replaces the shipped one for that topic; one
        without a topic is used whatever the topic (see
        :func:`~toolkit.text.stance.lexicon_for`).
    timezone
        The article's IANA time zone (``Article.timezone``). When given, the frame gains a
        ``timezone`` column, and :func:`~toolkit.study.events.align_events` reads each
        statement's time of day ("Tuesday evening") in that zone before converting it to New
        York time (a London evening is a New York afternoon).
    topic
        The article's policy topic: ``"trade"``, ``"monetary"``, ``"sanctions"``,
        ``"fiscal"`` or ``"general"``; None (the default) detects it from the article's words
        (:func:`~toolkit.text.topics.detect_topic`, which may also give ``"mixed"``). It picks
        the stance lexicon and the stance names (hawkish/dovish for monetary policy, ...) and
        fills the ``topic`` column.
    parser
        ``"rules"`` (or None, the default): the rule-based extractor alone. ``"spacy"``: also
        statements found on a dependency parse (passives, relative clauses, participles,
        stance verbs with a clause; :mod:`toolkit.text.syntax`), slower; needs
        ``pip install 'market-reaction[parser]'``.

    Returns
    -------
    StatementSet

    Raises
    ------
    InputError
        If the bytes of ``text`` are not UTF-8, ``published`` is missing or not a date,
        ``timezone`` is not an IANA zone, ``topic`` is not a topic, or ``lexicon`` is
        malformed, or ``parser`` is not "rules", "spacy" or None (or is "spacy" and spaCy is
        not installed).
    InputTypeError
        If ``text`` is not a string (or bytes), or ``published`` is of another type.

    Examples
    --------
    >>> s = extract_statements("“We will win,” Jane Doe said Tuesday.", published="2025-04-09")
    >>> s.to_frame()[["speaker", "kind", "date_source", "precision"]].to_dict("records")
    [{'speaker': 'Jane Doe', 'kind': 'quote', 'date_source': 'explicit', 'precision': 'day'}]
    """
    text = check_text(text)
    pub = parse_published(published, name="published")
    zone = None if timezone is None else _check_zone(timezone)
    if topic is None:
        topic = detect_topic(text)
    elif not isinstance(topic, str) or topic not in TOPIC_CHOICES:
        raise InputError(
            f"Parameter `topic` takes one of {', '.join(map(repr, TOPIC_CHOICES))}, or None to "
            f"detect it from the text, got {topic!r}."
        )
    parser = check_parser(parser)
    doc = Document(text, pub, lexicon_for(topic, lexicon))
    frame = _frame(_records(doc, _run(doc, parser), topic))
    if source is not None or article_id is not None:
        frame["article_id"] = pd.Series([article_id or source] * len(frame), dtype="object")
        frame["source"] = pd.Series([source] * len(frame), dtype="object")
    if zone is not None:
        frame["timezone"] = pd.Series([zone] * len(frame), dtype="object")
    return StatementSet(frame=frame, text=text, published=pub, source=source)


def _check_zone(value: Any) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not isinstance(value, str):
        raise InputTypeError(
            f"Parameter `timezone` takes an IANA zone name such as 'Europe/London', got "
            f"{type(value).__name__}."
        )
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"Parameter `timezone` takes an IANA zone such as 'Europe/London', got {value!r}."
        ) from exc
    return value
