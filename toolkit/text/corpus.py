"""Statements from many articles, with the same statement reported by several outlets merged.

:func:`extract_corpus` runs :func:`~toolkit.text.statements.extract_statements` on each article
of a corpus source (article files and folders, a glob, a JSON Lines file, a Parquet file or
dataset, or a DataFrame: :mod:`toolkit.text.corpus_sources`), partition by partition: in this
process, or on a Dask cluster when a ``client`` is given (:mod:`toolkit.text.corpus_dask`).
The partitions' statements are put back in the order of the source; each speaker's
``speaker_id`` is refined across the articles (a surname-only speaker takes the id of the
corpus's one person of that surname, :func:`~toolkit.text.identity.identify_corpus`, which
depends on the set of speakers only); then rows that report the same statement are merged:
same speaker (surname, case-insensitive), same date (or both undated, same kind) and a similar
wording (the quotation, else the statement text, compared
after lowercasing and removing punctuation, with :class:`difflib.SequenceMatcher` ratio at
least ``similarity``). The first row (in article order) is kept; ``article_ids`` and
``sources`` list every article that reported it, and ``n_sources`` counts them. The result
does not depend on where the partitions ran, nor on their size.
"""

from __future__ import annotations

import collections
import difflib
import functools
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from toolkit._files import write_parquet_atomic
from toolkit.errors import InputError, InputTypeError, ToolkitError
from toolkit.text.corpus_sources import Partition, plan_partitions, read_partition
from toolkit.text.identity import identify_corpus
from toolkit.text.statements import STATEMENT_COLUMNS, extract_statements
from toolkit.text.syntax import check_parser

__all__ = [
    "CORPUS_COLUMNS",
    "OPTIONAL_COLUMNS",
    "extract_corpus",
    "extract_partition",
    "merge_duplicates",
    "write_parquet_atomic",
]

CORPUS_COLUMNS: tuple[str, ...] = (
    "article_id",
    "source",
    *STATEMENT_COLUMNS,
    "article_ids",
    "sources",
    "n_sources",
)
#: Columns added after :data:`CORPUS_COLUMNS` when a table of articles gives them.
OPTIONAL_COLUMNS: tuple[str, ...] = ("title", "timezone")
_ROW_COLUMNS: tuple[str, ...] = ("article_id", "source", *STATEMENT_COLUMNS, *OPTIONAL_COLUMNS)
_PUNCT = re.compile(r"[^\w\s]+")


def _norm(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


def _key(speaker: Any) -> str:
    return speaker.split()[-1].lower() if isinstance(speaker, str) and speaker.split() else ""


class _Similarity:
    """Whether one wording reads as another (see :func:`merge_duplicates`), pair by pair.

    ``similar(text, other)`` is true when the texts are equal, or when the
    :class:`difflib.SequenceMatcher` ratio of ``text`` against ``other`` is at least
    ``similarity``. Two upper bounds of the ratio rule most pairs out first, as
    ``SequenceMatcher.real_quick_ratio`` and ``quick_ratio`` would: the lengths, then the
    characters the texts have in common. The character counts of recent texts and the
    matchers of recent ``other`` texts (the kept wordings, which many rows are compared with)
    are kept, a bounded number of each.
    """

    def __init__(self, similarity: float, kept: int = 4096) -> None:
        self.similarity = similarity
        self._counts = functools.lru_cache(maxsize=4 * kept)(collections.Counter)
        self._matcher = functools.lru_cache(maxsize=kept)(self._new_matcher)

    @staticmethod
    def _new_matcher(other: str) -> difflib.SequenceMatcher[str]:
        return difflib.SequenceMatcher(None, "", other, autojunk=False)

    def similar(self, text: str, other: str) -> bool:
        """Whether ``text`` reads as ``other``."""
        if text == other:  # ratio() 1.0
            return True
        similarity = self.similarity
        size, other_size = len(text), len(other)
        total = size + other_size  # (> 0: the texts differ)
        if 2.0 * min(size, other_size) / total < similarity:  # real_quick_ratio()
            return False
        common = self._counts(text) & self._counts(other)  # what quick_ratio() counts
        if 2.0 * sum(common.values()) / total < similarity:
            return False
        matcher = self._matcher(other)
        matcher.set_seq1(text)
        return _ratio_reaches(matcher, size, other_size, similarity)


def _ratio_reaches(
    matcher: difflib.SequenceMatcher[str], size: int, other_size: int, similarity: float
) -> bool:
    """Whether ``matcher.ratio() >= similarity``, deciding as soon as the blocks found so far
    settle it.

    ``ratio()`` is ``2 * M / (size + other_size)`` with ``M`` the size of the matching blocks,
    which :meth:`~difflib.SequenceMatcher.get_matching_blocks` finds as the longest block of
    the whole range, then of the ranges left and right of it, and so on. ``M`` is at least
    the blocks found so far and at most that plus the shorter side of each range left to
    search: once the first reaches the threshold, or the second falls short of it, the
    answer is known.
    """
    total = size + other_size
    found = 0
    todo = [(0, size, 0, other_size)]
    room = min(size, other_size)  # the most that the ranges in `todo` can still match
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        room -= min(ahi - alo, bhi - blo)
        i, j, k = matcher.find_longest_match(alo, ahi, blo, bhi)
        if k:
            found += k
            if 2.0 * found / total >= similarity:
                return True
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
                room += min(i - alo, j - blo)
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
                room += min(ahi - i - k, bhi - j - k)
        if 2.0 * (found + room) / total < similarity:
            return False
    return 2.0 * found / total >= similarity


class _Bucket:
    """The rows kept so far with one speaker and date, grouped by wording.

    ``order`` lists the wordings (ids) in the order of their first kept row; ``rows`` gives
    each wording's kept rows as ``(slot, article)``, in the order they were kept.
    """

    __slots__ = ("order", "rows")

    def __init__(self) -> None:
        self.order: list[int] = []
        self.rows: dict[int, list[tuple[int, Any]]] = {}

    def first_match(self, wording: int, article: Any, similar: Any) -> int | None:
        """The first kept row (its slot) of another article whose wording ``similar`` says
        reads as ``wording``, or None."""
        best: int | None = None
        for other in self.order:
            rows = self.rows[other]
            if best is not None and rows[0][0] > best:
                break  # (later wordings were first kept after the best row)
            if not similar(wording, other):
                continue
            for slot, kept_article in rows:
                if best is not None and slot > best:
                    break
                if kept_article != article:
                    best = slot
                    break
        return best

    def add(self, wording: int, slot: int, article: Any) -> None:
        """Keep a row."""
        rows = self.rows.get(wording)
        if rows is None:
            rows = self.rows[wording] = []
            self.order.append(wording)
        rows.append((slot, article))


def _date_keys(dates: pd.Series) -> list[Any]:
    """Each row's date as the merge compares it: None when missing, else the timestamp."""
    if isinstance(dates.dtype, np.dtype) and dates.dtype == "datetime64[ns]":
        values = dates.to_numpy()
        missing = np.isnat(values)
        ints = values.view("int64").tolist()  # equal as their timestamps are
        return [None if gone else value for gone, value in zip(missing.tolist(), ints)]
    return [None if pd.isna(d) else pd.Timestamp(d) for d in dates.tolist()]


def merge_duplicates(frame: pd.DataFrame, *, similarity: float = 0.85) -> pd.DataFrame:
    """Merge rows of several articles that report the same statement (see the module docstring).

    Rows are compared only within their bucket (same speaker and date, or both undated and of
    the same kind), and only once per pair of distinct wordings: the result is that of
    comparing each row with every row kept before it, in order, and merging it into the
    first one of another article that reads the same.

    Parameters
    ----------
    frame
        Statements with ``article_id`` and ``source`` columns.
    similarity
        Minimum :class:`difflib.SequenceMatcher` ratio of the normalised wording.

    Returns
    -------
    pandas.DataFrame
        One row per distinct statement, with ``article_ids``, ``sources`` ("; "-joined) and
        ``n_sources``.
    """
    if not 0 < similarity <= 1:
        raise InputError(f"Parameter `similarity` takes a number in (0, 1], got {similarity!r}.")
    keep: list[int] = []
    members: list[list[int]] = []
    buckets: dict[tuple[str, Any, Any], _Bucket] = {}
    articles = frame["article_id"].tolist()
    sources = frame["source"].tolist()
    dates = _date_keys(frame["date"])
    normalised: dict[Any, str] = {}  # wording by raw text (texts repeat across articles)
    wording_ids: dict[str, int] = {}
    wordings: list[str] = []
    verdicts: dict[tuple[int, int], bool] = {}  # (row's wording, kept wording) -> similar?
    pair = _Similarity(similarity)

    def norm(value: Any) -> str:
        if not isinstance(value, str):
            return ""
        out = normalised.get(value)
        if out is None:
            out = normalised[value] = _norm(value)
        return out

    def similar(wording: int, other: int) -> bool:
        if wording == other:
            return True
        verdict = verdicts.get((wording, other))
        if verdict is None:
            verdict = pair.similar(wordings[wording], wordings[other])
            verdicts[(wording, other)] = verdict
        return verdict

    rows = zip(
        frame["speaker"].tolist(),
        frame["kind"].tolist(),
        frame["quote"].tolist(),
        frame["text"].tolist(),
        dates,
    )
    for i, (speaker, kind, quote, text, date) in enumerate(rows):
        key = (_key(speaker), date, kind if date is None else None)
        wording_text = norm(quote) or norm(text)
        wording = wording_ids.get(wording_text)
        if wording is None:
            wording = wording_ids[wording_text] = len(wordings)
            wordings.append(wording_text)
        bucket = buckets.get(key)
        if bucket is None:
            bucket = buckets[key] = _Bucket()
        found = bucket.first_match(wording, articles[i], similar)
        if found is None:
            bucket.add(wording, len(keep), articles[i])
            keep.append(i)
            members.append([i])
        else:
            members[found].append(i)
    out = frame.iloc[keep].reset_index(drop=True).copy()
    ids = [list(dict.fromkeys(str(articles[j]) for j in group)) for group in members]
    srcs = [list(dict.fromkeys(str(sources[j]) for j in group)) for group in members]
    out["article_ids"] = pd.Series(["; ".join(x) for x in ids], dtype="object")
    out["sources"] = pd.Series(["; ".join(x) for x in srcs], dtype="object")
    out["n_sources"] = pd.Series([len(x) for x in ids], dtype="int64")
    return out


def extract_partition(
    part: Partition, *, published: Any = None, lexicon: Any = None, parser: str | None = None
) -> pd.DataFrame:
    """The statements of the articles of one partition, in order, before any merging.

    Parameters
    ----------
    part
        A partition record from :func:`~toolkit.text.corpus_sources.plan_partitions`.
    published
        A publication date for every article (overrides sidecars and columns).
    lexicon
        Stance lexicon (see :func:`~toolkit.text.statements.extract_statements`).
    parser
        ``"rules"`` (None) or ``"spacy"`` (see :func:`~toolkit.text.statements.extract_statements`).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``source``, the statement columns, ``title`` and ``timezone``;
        statement ids are prefixed by the article id ("a1:s001").

    Raises
    ------
    InputError, ArticleError
        For an article that cannot be used; the message names it.
    """
    frames, titles, zones = [], [], []
    for row in read_partition(part, published=published):
        try:
            st = extract_statements(
                row.text,
                published=row.published,
                source=row.source,
                article_id=row.article_id,
                lexicon=lexicon,
                timezone=row.timezone,
                parser=parser,
            )
        except ToolkitError as exc:
            raise type(exc)(f"Article {row.article_id}: {exc}") from exc
        frames.append(st.to_frame())
        titles += [row.title] * len(frames[-1])
        zones += [row.timezone] * len(frames[-1])
    frames = [f for f in frames if len(f)]
    if not frames:
        return _empty_rows()
    # article-level columns once per partition, not once per article
    frame = pd.concat(frames, ignore_index=True)
    frame["statement_id"] = frame["article_id"] + ":" + frame["statement_id"].astype(str)
    frame["title"] = pd.Series(titles, dtype="object")
    frame["timezone"] = pd.Series(zones, dtype="object")
    return frame[list(_ROW_COLUMNS)]


def _empty_rows() -> pd.DataFrame:
    f = extract_statements("", published="2000-01-01", source="").to_frame()
    for col in OPTIONAL_COLUMNS:
        f[col] = pd.Series([], dtype="object")
    return f[list(_ROW_COLUMNS)]


def _check_out(out: Any) -> Path | None:
    if out is None:
        return None
    if not isinstance(out, str | Path) or not str(out):
        raise InputTypeError(f"Parameter `out` takes the path of a .parquet file, got {out!r}.")
    path = Path(out)
    if path.suffix.lower() != ".parquet":
        raise InputError(f"Parameter `out` takes a path ending in .parquet, got {str(path)!r}.")
    if not path.parent.is_dir():
        raise InputError(f"Parameter `out`: the folder {path.parent} does not exist.")
    return path


def _serial(
    parts: list[Partition], *, published: Any, lexicon: Any, progress: bool, parser: str | None
) -> list[pd.DataFrame]:
    disable = not progress or not sys.stderr.isatty()
    frames = []
    with tqdm(total=len(parts), disable=disable, desc="partitions", unit="part") as bar:
        for part in parts:
            frames.append(
                extract_partition(part, published=published, lexicon=lexicon, parser=parser)
            )
            bar.update(1)
    return frames


def _finish(frames: list[pd.DataFrame], *, merge: bool, similarity: float) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    frame = pd.concat(frames, ignore_index=True) if frames else _empty_rows()
    extra = [c for c in OPTIONAL_COLUMNS if frame[c].notna().any()]
    frame = identify_corpus(frame[[*_ROW_COLUMNS[: -len(OPTIONAL_COLUMNS)], *extra]])
    if merge:
        return merge_duplicates(frame, similarity=similarity)[[*CORPUS_COLUMNS, *extra]]
    frame = frame.copy()
    frame["article_ids"] = frame["article_id"].astype(object)
    frame["sources"] = frame["source"].astype(object)
    frame["n_sources"] = pd.Series([1] * len(frame), dtype="int64")
    return frame[[*CORPUS_COLUMNS, *extra]]


def extract_corpus(
    source: Any,
    *,
    published: Any = None,
    progress: bool = True,
    merge: bool = True,
    similarity: float = 0.85,
    lexicon: Any = None,
    parser: str | None = None,
    client: Any = None,
    out: str | Path | None = None,
    partition_size: int = 100,
) -> pd.DataFrame:
    """Extract the statements of many articles into one frame.

    Parameters
    ----------
    source
        Article files and/or folders (each with a ``.meta.yaml`` sidecar or ``published``), a
        glob, a JSON Lines file, a Parquet file or dataset folder, a DataFrame, or a list of
        them. Tables hold one article per row: ``text``, ``published`` and optionally ``id``
        (or ``article_id``), ``title``, ``source`` and ``timezone``
        (:mod:`toolkit.text.corpus_sources`).
    published
        A publication date for every article (overrides sidecars and columns).
    progress
        Show a tqdm progress bar (only when standard error is a terminal).
    merge
        Merge the same statement reported by several articles (see :func:`merge_duplicates`).
    similarity
        Wording similarity needed to merge.
    lexicon
        Stance lexicon (see :func:`~toolkit.text.statements.extract_statements`).
    parser
        ``"rules"`` (None, the default) or ``"spacy"``: the statements of a dependency parse
        too (see :func:`~toolkit.text.statements.extract_statements`).
    client
        None to run in this process; a :class:`dask.distributed.Client`, a scheduler address
        (``"tcp://host:8786"``) or ``"local"`` (a local cluster, one worker process per core)
        to extract the partitions on Dask workers (:mod:`toolkit.text.corpus_dask`). The
        result is the same.
    out
        A ``.parquet`` path to write the result to as well (atomically: a temporary file in the
        same folder, renamed when complete).
    partition_size
        Articles per partition: the unit of work sent to a worker.

    Returns
    -------
    pandas.DataFrame
        The statement columns plus ``article_id``, ``source``, ``article_ids``, ``sources``
        and ``n_sources`` (:data:`CORPUS_COLUMNS`), then ``title`` and ``timezone`` when the
        articles give them; statement ids are prefixed by the article id ("a1:s001").

    Raises
    ------
    InputError, ArticleError
        For a missing file, a missing ``text``/``published``, an unreadable article, a bad
        ``out`` path, a closed client or an unreachable scheduler.
    toolkit.text.corpus_dask.ClusterError
        When Dask workers kept dying on a partition (the partition is named).
    """
    if not 0 < similarity <= 1:
        raise InputError(f"Parameter `similarity` takes a number in (0, 1], got {similarity!r}.")
    path = _check_out(out)
    parser = check_parser(parser)
    parts = plan_partitions(source, partition_size=partition_size, published=published)
    if client is None:
        frames = _serial(
            parts, published=published, lexicon=lexicon, progress=progress, parser=parser
        )
    else:
        from toolkit.text.corpus_dask import extract_on_dask

        frames = extract_on_dask(
            client, parts, published=published, lexicon=lexicon, progress=progress, parser=parser
        )
    frame = _finish(frames, merge=merge, similarity=similarity)
    if path is not None:
        write_parquet_atomic(frame, path)
    return frame
