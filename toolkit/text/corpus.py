"""Statements from many articles, with the same statement reported by several outlets merged.

:func:`extract_corpus` runs :func:`~toolkit.text.statements.extract_statements` on each article
(files and folders through :func:`~toolkit.text.articles.find_articles` and
:func:`~toolkit.text.articles.load_article`, or the rows of a DataFrame with ``text``,
``published`` and optionally ``article_id``/``source``), then merges rows that report the
same statement: same speaker (surname, case-insensitive), same date (or both undated, same
kind) and a similar wording (the quotation, else the statement text, compared after
lowercasing and removing punctuation, with :class:`difflib.SequenceMatcher` ratio at least
``similarity``). The first row (in article order) is kept; ``article_ids`` and ``sources``
list every article that reported it, and ``n_sources`` counts them.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
from tqdm.auto import tqdm

from toolkit.errors import InputError
from toolkit.text.articles import find_articles, load_article, parse_published
from toolkit.text.statements import STATEMENT_COLUMNS, extract_statements

__all__ = ["CORPUS_COLUMNS", "extract_corpus", "merge_duplicates"]

CORPUS_COLUMNS: tuple[str, ...] = (
    "article_id",
    "source",
    *STATEMENT_COLUMNS,
    "article_ids",
    "sources",
    "n_sources",
)
_PUNCT = re.compile(r"[^\w\s]+")


def _norm(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


def _key(speaker: Any) -> str:
    return speaker.split()[-1].lower() if isinstance(speaker, str) and speaker.split() else ""


def merge_duplicates(frame: pd.DataFrame, *, similarity: float = 0.85) -> pd.DataFrame:
    """Merge rows of several articles that report the same statement (see the module docstring).

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
    buckets: dict[tuple[str, Any, Any], list[int]] = {}
    records = frame.to_dict("records")
    for i, rec in enumerate(records):
        date = rec["date"]
        bucket = (
            _key(rec["speaker"]),
            None if pd.isna(date) else pd.Timestamp(date),
            rec["kind"] if pd.isna(date) else None,
        )
        text = _norm(rec["quote"]) or _norm(rec["text"])
        found = None
        for slot in buckets.get(bucket, []):
            other = records[keep[slot]]
            if other["article_id"] == rec["article_id"]:
                continue
            other_text = _norm(other["quote"]) or _norm(other["text"])
            matcher = difflib.SequenceMatcher(None, text, other_text, autojunk=False)
            if matcher.real_quick_ratio() >= similarity and matcher.ratio() >= similarity:
                found = slot
                break
        if found is None:
            buckets.setdefault(bucket, []).append(len(keep))
            keep.append(i)
            members.append([i])
        else:
            members[found].append(i)
    out = frame.iloc[keep].reset_index(drop=True).copy()
    ids = [list(dict.fromkeys(str(records[j]["article_id"]) for j in group)) for group in members]
    srcs = [list(dict.fromkeys(str(records[j]["source"]) for j in group)) for group in members]
    out["article_ids"] = pd.Series(["; ".join(x) for x in ids], dtype="object")
    out["sources"] = pd.Series(["; ".join(x) for x in srcs], dtype="object")
    out["n_sources"] = pd.Series([len(x) for x in ids], dtype="int64")
    return out


def _iter_inputs(
    paths_or_frame: Any, published: Any
) -> tuple[int, Iterable[tuple[str, str, Any, str]]]:
    if isinstance(paths_or_frame, pd.DataFrame):
        frame = paths_or_frame
        if "text" not in frame.columns:
            raise InputError("Parameter `paths_or_frame`: the DataFrame needs a `text` column.")
        if "published" not in frame.columns and published is None:
            raise InputError(
                "Parameter `paths_or_frame`: the DataFrame needs a `published` column (or pass `published`)."
            )

        def rows() -> Iterable[tuple[str, str, Any, str]]:
            for n, rec in enumerate(frame.to_dict("records")):
                art_id = str(rec.get("article_id", f"article{n + 1:04d}"))
                pub = published if published is not None else rec.get("published")
                yield (
                    art_id,
                    rec["text"],
                    parse_published(pub, name=f"published (row {n})"),
                    str(rec.get("source", art_id)),
                )

        return len(frame), rows()
    if isinstance(paths_or_frame, str | Path):
        paths_or_frame = [paths_or_frame]
    paths = find_articles(paths_or_frame)

    def files() -> Iterable[tuple[str, str, Any, str]]:
        for path in paths:
            art = load_article(path, published=published)
            yield (
                art.article_id,
                art.text,
                art.published,
                str(art.metadata.get("source", path.name)),
            )

    return len(paths), files()


def extract_corpus(
    paths_or_frame: Any,
    *,
    published: Any = None,
    progress: bool = True,
    merge: bool = True,
    similarity: float = 0.85,
    lexicon: Any = None,
) -> pd.DataFrame:
    """Extract the statements of many articles into one frame.

    Parameters
    ----------
    paths_or_frame
        Article files and/or folders (each with a ``.meta.yaml`` sidecar or ``published``), or
        a DataFrame with ``text``, ``published`` and optionally ``article_id`` and ``source``.
    published
        A publication date for every article (overrides sidecars and the frame's column).
    progress
        Show a tqdm progress bar (only when standard error is a terminal).
    merge
        Merge the same statement reported by several articles (see :func:`merge_duplicates`).
    similarity
        Wording similarity needed to merge.
    lexicon
        Stance lexicon (see :func:`~toolkit.text.statements.extract_statements`).

    Returns
    -------
    pandas.DataFrame
        The statement columns plus ``article_id``, ``source``, ``article_ids``, ``sources``
        and ``n_sources``; statement ids are prefixed by the article id ("a1:s001").

    Raises
    ------
    InputError, ArticleError
        For a missing file, a missing ``text``/``published``, or an unreadable article.
    """
    total, items = _iter_inputs(paths_or_frame, published)
    frames = []
    disable = not progress or not sys.stderr.isatty()
    for art_id, text, pub, source in tqdm(
        items, total=total, disable=disable, desc="articles", unit="article"
    ):
        st = extract_statements(
            text, published=pub, source=source, article_id=art_id, lexicon=lexicon
        )
        f = st.to_frame()
        f["statement_id"] = art_id + ":" + f["statement_id"].astype(str)
        frames.append(f)
    columns = ["article_id", "source", *STATEMENT_COLUMNS]
    if frames:
        frame = pd.concat(frames, ignore_index=True)[columns]
    else:
        frame = extract_statements("", published="2000-01-01", source="").to_frame()[columns]
    if merge:
        return merge_duplicates(frame, similarity=similarity)[list(CORPUS_COLUMNS)]
    frame = frame.copy()
    frame["article_ids"] = frame["article_id"].astype(object)
    frame["sources"] = frame["source"].astype(object)
    frame["n_sources"] = pd.Series([1] * len(frame), dtype="int64")
    return frame[list(CORPUS_COLUMNS)]
