"""Where the articles of a corpus come from, cut into partitions that can be read anywhere.

A corpus source is any of, or a list mixing:

* article files and folders of them (``.txt``, ``.md``, ``.text`` with their
  ``<stem>.meta.yaml`` sidecars, read by :func:`~toolkit.text.articles.load_article`);
* a glob such as ``"news/2025-*/*.txt"`` or ``"dump/*.jsonl"`` (matches sorted by name);
* a JSON Lines file (``.jsonl``, ``.ndjson``): one JSON object per line;
* a Parquet file or dataset (a ``.parquet`` file, or a folder of them, hive partitions such
  as ``outlet=wire/`` included);
* a :class:`pandas.DataFrame`.

Tables (JSON Lines, Parquet, DataFrame) have one article per row, with columns ``text`` and
``published`` and optionally ``id`` (or ``article_id``), ``title``, ``source`` and
``timezone``. A row without an id is ``article0001``, ``article0002``, ... by its position
among all table rows of the source; a row without a source takes its id as source.

:func:`plan_partitions` turns a source into a list of small frozen partition records: paths
for files, a byte range for JSON Lines, a row group and row range for Parquet, the rows
themselves only for an in-memory DataFrame. :func:`read_partition` reads one partition into
:class:`ArticleRow` records, in the order of the source, wherever it runs (this process or a
Dask worker), so a corpus read partition by partition is the corpus read at once.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.errors import InputError, InputTypeError
from toolkit.text.articles import ARTICLE_SUFFIXES, load_article, parse_published

__all__ = [
    "JSON_LINES_SUFFIXES",
    "TABLE_COLUMNS",
    "ArticleRow",
    "FilesPart",
    "JsonLinesPart",
    "ParquetPart",
    "Partition",
    "RowsPart",
    "plan_partitions",
    "read_partition",
    "source_kinds",
]

#: File endings read as JSON Lines.
JSON_LINES_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson")
#: The columns read from a table of articles (others are ignored, and not read from Parquet).
TABLE_COLUMNS: tuple[str, ...] = (
    "id",
    "article_id",
    "text",
    "published",
    "title",
    "source",
    "timezone",
)
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class ArticleRow:
    """One article as the corpus extractor needs it."""

    article_id: str
    text: str
    published: dt.date
    source: str
    title: str | None = None
    timezone: str | None = None


@dataclass(frozen=True)
class FilesPart:
    """Article files, read with their sidecars."""

    paths: tuple[str, ...]


@dataclass(frozen=True)
class JsonLinesPart:
    """``length`` bytes of a JSON Lines file from ``offset``; its first line is ``first_line``."""

    path: str
    offset: int
    length: int
    first_row: int
    first_line: int
    count: int


@dataclass(frozen=True)
class ParquetPart:
    """Rows ``start`` to ``stop`` of one row group of one Parquet file."""

    path: str
    row_group: int
    start: int
    stop: int
    first_row: int
    columns: tuple[str, ...]
    #: Hive partition values of the file's folders (``outlet=wire/`` gives {"outlet": "wire"}).
    keys: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class RowsPart:
    """Rows of an in-memory table (only the columns in :data:`TABLE_COLUMNS`)."""

    rows: tuple[dict[str, Any], ...] = field(repr=False)
    first_row: int
    where: str = "row"


Partition = FilesPart | JsonLinesPart | ParquetPart | RowsPart


# -- planning ------------------------------------------------------------------------------
def plan_partitions(
    source: Any, *, partition_size: int = 100, published: Any = None
) -> list[Partition]:
    """Cut a corpus source into partitions of at most ``partition_size`` articles.

    Parameters
    ----------
    source
        A path, glob or DataFrame, or a list of them (see the module docstring).
    partition_size
        Most articles in one partition (a Parquet partition never spans two row groups).
    published
        The publication date given for every article, if any: tables then need no
        ``published`` column.

    Returns
    -------
    list
        Partition records in the order of the source.

    Raises
    ------
    InputError
        If a path does not exist, a glob matches nothing, a folder holds nothing readable, or a
        table lacks ``text`` or ``published``.
    InputTypeError
        If ``source`` is of another type.
    """
    if isinstance(partition_size, bool) or not isinstance(partition_size, int):
        raise InputTypeError(
            f"Parameter `partition_size` takes a whole number, got {partition_size!r}."
        )
    if partition_size < 1:
        raise InputError(f"Parameter `partition_size` takes a number >= 1, got {partition_size}.")
    parts: list[Partition] = []
    pending: list[str] = []  # article files waiting to be cut into FilesParts
    rows = 0  # table rows seen so far: the position that names rows without an id

    def flush() -> None:
        for i in range(0, len(pending), partition_size):
            parts.append(FilesPart(tuple(pending[i : i + partition_size])))
        pending.clear()

    for kind, item in _items(source):
        if kind == "article":
            pending.append(str(item))
            continue
        flush()
        dated = published is not None
        if kind == "frame":
            new = _frame_parts(item, rows, partition_size, dated)
        elif kind == "jsonl":
            new = _json_lines_parts(item, rows, partition_size)
        else:
            new = _parquet_parts(item, rows, partition_size, dated)
        parts.extend(new)
        rows += sum(_size(p) for p in new)
    flush()
    return parts


def source_kinds(source: Any) -> set[str]:
    """The kinds of input in ``source``: "article", "frame", "jsonl" and "parquet".

    Raises
    ------
    InputError, InputTypeError
        As :func:`plan_partitions` does, for paths that do not exist and other types.
    """
    return {kind for kind, _item in _items(source)}


def _size(part: Partition) -> int:
    if isinstance(part, FilesPart):
        return len(part.paths)
    if isinstance(part, RowsPart):
        return len(part.rows)
    if isinstance(part, ParquetPart):
        return part.stop - part.start
    return part.count


def _items(source: Any) -> Iterator[tuple[str, Any]]:
    """``(kind, item)`` for each input: article, frame, jsonl or parquet."""
    import pandas as pd

    if isinstance(source, pd.DataFrame | str | Path):
        source = [source]
    if not isinstance(source, Iterable):
        raise InputTypeError(
            "Parameter `source` takes article files or folders, a glob, a JSON Lines or Parquet "
            f"file or folder, a DataFrame, or a list of them; got {type(source).__name__}."
        )
    for item in source:
        if isinstance(item, pd.DataFrame):
            yield "frame", item
        elif isinstance(item, str | Path):
            yield from _path_items(item)
        else:
            raise InputTypeError(
                "Parameter `source` takes paths, globs and DataFrames, got an item of type "
                f"{type(item).__name__}: {item!r:.80}."
            )


def _path_items(item: str | Path) -> Iterator[tuple[str, Any]]:
    path = Path(item)
    if not path.exists() and _GLOB_CHARS & set(str(item)):
        matches = sorted(glob.glob(str(item), recursive=True))
        if not matches:
            raise InputError(f"Parameter `source`: the glob {str(item)!r} matches no file.")
        for match in matches:
            if Path(match).is_file():
                yield _file_kind(Path(match)), Path(match)
        return
    if path.is_dir():
        articles = sorted(f for f in path.iterdir() if f.is_file() and f.suffix in ARTICLE_SUFFIXES)
        if articles:
            for f in articles:
                yield "article", f
        elif any(path.rglob("*.parquet")):
            yield "parquet", path
        else:
            for f in sorted(path.iterdir()):
                if f.is_file() and f.suffix.lower() in JSON_LINES_SUFFIXES:
                    yield "jsonl", f
        return
    if path.is_file():
        yield _file_kind(path), path
        return
    raise InputError(
        f"Parameter `source`: {path} is neither an article file, a folder, a JSON Lines or "
        "Parquet file, nor a glob that matches files."
    )


def _file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSON_LINES_SUFFIXES:
        return "jsonl"
    if suffix == ".parquet":
        return "parquet"
    return "article"


def _check_columns(columns: Iterable[str], where: str, dated: bool = False) -> None:
    have = list(columns)
    needed = ("text",) if dated else ("text", "published")
    missing = [c for c in needed if c not in have]
    if missing:
        raise InputError(
            f"Parameter `source`: {where} needs the columns text and published (or pass "
            f"`published`; optional: id, title, source, timezone); {', '.join(missing)} "
            f"missing, found {have[:12]}."
        )


def _frame_parts(frame: Any, first_row: int, size: int, dated: bool) -> list[Partition]:
    _check_columns(frame.columns, "the DataFrame", dated)
    columns = [c for c in TABLE_COLUMNS if c in frame.columns]
    records = frame[columns].to_dict("records")
    return [
        RowsPart(tuple(records[i : i + size]), first_row + i, where="row")
        for i in range(0, len(records), size)
    ]


def _json_lines_parts(path: Path, first_row: int, size: int) -> list[Partition]:
    """Byte ranges of ``size`` non-blank lines each (one pass over the file's bytes)."""
    starts: list[tuple[int, int]] = []  # (byte offset, line number) of each non-blank line
    offset = 0
    try:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    starts.append((offset, number))
                offset += len(line)
    except OSError as exc:
        raise InputError(f"Parameter `source`: cannot read {path} ({exc}).") from exc
    parts: list[Partition] = []
    for i in range(0, len(starts), size):
        begin, line_no = starts[i]
        end = starts[i + size][0] if i + size < len(starts) else offset
        count = min(size, len(starts) - i)
        parts.append(JsonLinesPart(str(path), begin, end - begin, first_row + i, line_no, count))
    return parts


def _parquet_parts(path: Path, first_row: int, size: int, dated: bool) -> list[Partition]:
    import pyarrow as pa
    import pyarrow.dataset as pads

    try:
        data = pads.dataset(str(path), format="parquet", partitioning="hive")
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(
            f"Parameter `source`: {path} is not a readable Parquet file or dataset ({exc})."
        ) from exc
    _check_columns(data.schema.names, f"the Parquet data {path}", dated)
    parts: list[Partition] = []
    row = first_row
    for fragment in data.get_fragments():
        keys = pads.get_partition_keys(fragment.partition_expression)
        in_file = set(fragment.physical_schema.names)
        columns = tuple(c for c in TABLE_COLUMNS if c in in_file)
        for group in fragment.row_groups:
            n = group.num_rows
            for start in range(0, n, size):
                stop = min(n, start + size)
                parts.append(
                    ParquetPart(
                        fragment.path,
                        group.id,
                        start,
                        stop,
                        row,
                        columns,
                        tuple((k, v) for k, v in sorted(keys.items()) if k in TABLE_COLUMNS),
                    )
                )
                row += stop - start
    return parts


# -- reading -------------------------------------------------------------------------------
def read_partition(part: Partition, *, published: Any = None) -> list[ArticleRow]:
    """Read the articles of one partition, in order.

    Parameters
    ----------
    part
        A record from :func:`plan_partitions`.
    published
        A publication date for every article (overrides sidecars and columns).

    Returns
    -------
    list of ArticleRow

    Raises
    ------
    InputError, ArticleError
        For a row or file that cannot be used; the message names the file and line or row.
    """
    if isinstance(part, FilesPart):
        out = []
        for p in part.paths:
            art = load_article(p, published=published)
            source = art.metadata.get("source", Path(p).name)
            out.append(ArticleRow(art.article_id, art.text, art.published, str(source)))
        return out
    if isinstance(part, RowsPart):
        return [
            _row(rec, part.first_row + i, published, f"row {part.first_row + i}")
            for i, rec in enumerate(part.rows)
        ]
    if isinstance(part, JsonLinesPart):
        return _read_json_lines(part, published)
    return _read_parquet(part, published)


def _read_json_lines(part: JsonLinesPart, published: Any) -> list[ArticleRow]:
    with open(part.path, "rb") as handle:
        handle.seek(part.offset)
        chunk = handle.read(part.length)
    out: list[ArticleRow] = []
    for i, line in enumerate(chunk.split(b"\n")):  # as the planner counted lines
        if not line.strip():
            continue
        where = f"{part.path} line {part.first_line + i}"
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"Parameter `source`: {where} is not a JSON object ({exc}).") from exc
        if not isinstance(rec, dict):
            raise InputError(
                f"Parameter `source`: {where} holds a JSON {type(rec).__name__}, not an object "
                "with text and published."
            )
        _check_columns(rec, where, published is not None)
        out.append(_row(rec, part.first_row + len(out), published, where))
    return out


def _read_parquet(part: ParquetPart, published: Any) -> list[ArticleRow]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(part.path).read_row_group(part.row_group, columns=list(part.columns))
    table = table.slice(part.start, part.stop - part.start)
    records = table.to_pylist()
    out = []
    for i, rec in enumerate(records):
        rec.update(part.keys)
        where = f"{part.path} row {part.start + i} of row group {part.row_group}"
        out.append(_row(rec, part.first_row + i, published, where))
    return out


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _row(rec: dict[str, Any], number: int, published: Any, where: str) -> ArticleRow:
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError(
            f"Parameter `source`: {where} column `text` takes the article text (a string), got "
            f"{type(text).__name__} {text!r:.40}."
        )
    ident = rec.get("id")
    if _missing(ident):
        ident = rec.get("article_id")
    art_id = f"article{number + 1:04d}" if _missing(ident) else str(ident)
    day = parse_published(
        published if published is not None else rec.get("published"),
        name=f"published ({where})",
    )
    source = rec.get("source")
    title = rec.get("title")
    zone = rec.get("timezone")
    return ArticleRow(
        art_id,
        text,
        day,
        art_id if _missing(source) else str(source),
        None if _missing(title) else str(title),
        None if _missing(zone) else str(zone),
    )
