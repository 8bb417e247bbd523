"""Reading news articles and their metadata.

An article is a UTF-8 text file. Its publication date comes from, in order of precedence, the
``published`` argument, or a metadata sidecar next to it named ``<stem>.meta.yaml`` (or
``.meta.json``) with at least ``published: YYYY-MM-DD``. Optional sidecar keys: ``timezone``
(default ``America/New_York``), ``title``, ``description``, ``source``, ``article_id``, ``url``.

Limits on what is read, so a careless or hostile input fails with one clear error instead of
exhausting the machine: an article must be a regular file (not a device such as ``/dev/zero``,
a FIFO or a socket) of at most :data:`MAX_ARTICLE_BYTES`; a sidecar at most
:data:`MAX_SIDECAR_BYTES`, written without YAML aliases (``&anchor``/``*alias``, which can expand
a few hundred bytes into gigabytes); a text value in it holds at most
:data:`MAX_DESCRIPTION_CHARS` characters (longer ones are cut, with a
:class:`~toolkit.errors.DataWarning`). Publication dates must lie between
:data:`MIN_PUBLISHED` and :data:`MAX_PUBLISHED`, the range pandas can hold with a year to spare.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from toolkit._display import Displayable, Summary, shorten
from toolkit.errors import (
    ArticleError,
    DataWarning,
    InputError,
    InputTypeError,
    external_stacklevel,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "MAX_DESCRIPTION_CHARS",
    "MAX_PUBLISHED",
    "MAX_SIDECAR_BYTES",
    "MIN_PUBLISHED",
    "Article",
    "find_articles",
    "load_article",
    "parse_published",
    "read_regular_file",
    "safe_path_text",
]

#: File endings treated as article text when a folder is given.
ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".text")
DEFAULT_TIMEZONE = "America/New_York"
#: Largest article file read (10 MB: a long news article is about 50 kB).
MAX_ARTICLE_BYTES = 10_000_000
#: Largest metadata sidecar read (64 kB).
MAX_SIDECAR_BYTES = 65_536
#: Longest text value (description, title, ...) kept from a sidecar; longer ones are cut.
MAX_DESCRIPTION_CHARS = 5_000
#: Earliest and latest publication dates accepted: pandas holds 1677-09-21 to 2262-04-11 in
#: nanoseconds, and dates resolved against a publication date ("next year") need room.
MIN_PUBLISHED = dt.date(1678, 1, 1)
MAX_PUBLISHED = dt.date(2261, 12, 31)


@dataclass(frozen=True, repr=False)
class Article(Displayable):
    """One news article: its text, exactly as in the file, and its metadata.

    Attributes
    ----------
    text
        The article text. Character offsets of extracted statements refer to this string.
    published
        Publication date (local to ``timezone``).
    timezone
        IANA time zone of the publication date.
    article_id
        A stable identifier (the file stem unless the sidecar gives one).
    path
        Where the text was read from, if from a file.
    metadata
        Every other sidecar key (title, description, source, url, ...).
    """

    text: str = field(repr=False)
    published: dt.date
    timezone: str = DEFAULT_TIMEZONE
    article_id: str = "article"
    path: Path | None = None
    metadata: dict[str, Any] = field(default_factory=dict, repr=False)

    def summary(self) -> Summary:
        """The article at a glance: id, date, time zone, sidecar fields and how the text starts.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()``; ``repr()`` shows its first lines.
        """
        header: list[tuple[str, Any]] = [
            (key, self.metadata[key])
            for key in ("title", "source", "url", "description")
            if self.metadata.get(key) is not None
        ]
        header += [
            ("file", None if self.path is None else self.path.name),
            ("text", f"{len(self.text):,} characters: {shorten(self.text, 200)}"),
        ]
        title = (
            f"Article: {self.article_id}, published {self.published.isoformat()} "
            f"({self.timezone})"
        )
        return Summary(title, header)

    @property
    def title(self) -> str | None:
        """The sidecar's ``title``, if any."""
        value = self.metadata.get("title")
        return None if value is None else str(value)

    def to_dict(self) -> dict[str, Any]:
        """Metadata as a flat dict (no text), for tables and provenance blocks."""
        out: dict[str, Any] = {
            "article_id": self.article_id,
            "published": self.published.isoformat(),
            "timezone": self.timezone,
            "path": None if self.path is None else self.path.name,
            "characters": len(self.text),
        }
        for key in ("title", "description", "source", "url"):
            if key in self.metadata:
                out[key] = self.metadata[key]
        return out


def parse_published(value: Any, *, name: str = "published") -> dt.date:
    """Parse a publication date given as a date, datetime, Timestamp or ISO string.

    Parameters
    ----------
    value
        ``datetime.date``, ``datetime.datetime``, ``pandas.Timestamp``, ``numpy.datetime64``,
        or an ISO 8601 string: ``"YYYY-MM-DD"`` or a full timestamp such as
        ``"2025-04-09T16:30:00"`` (its date is taken). Nothing may follow the date or time.
    name
        The parameter name used in error messages.

    Returns
    -------
    datetime.date

    Raises
    ------
    InputError
        If ``value`` is missing (None, NaT), cannot be read as a date, or lies outside
        :data:`MIN_PUBLISHED` to :data:`MAX_PUBLISHED`.
    InputTypeError
        If ``value`` is of another type (a number, bytes, a list).

    Examples
    --------
    >>> parse_published("2025-04-09")
    datetime.date(2025, 4, 9)
    """
    example = "a date such as '2025-04-09'"
    if value is None:
        raise InputError(f"Parameter `{name}` takes {example}, got None.")
    if _is_missing(value):
        raise InputError(f"Parameter `{name}` takes {example}, got a missing value ({value!r}).")
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif hasattr(value, "to_pydatetime"):  # pandas.Timestamp without importing pandas here
        day = value.to_pydatetime().date()
    elif type(value).__name__ == "datetime64":
        day = _from_datetime64(value, name)
    elif isinstance(value, str):
        day = _from_iso_text(value, name)
    else:
        raise InputTypeError(
            f"Parameter `{name}` takes {example} (a str, date, datetime or Timestamp), got "
            f"{type(value).__name__} {value!r}."
        )
    if not MIN_PUBLISHED <= day <= MAX_PUBLISHED:
        raise InputError(
            f"Parameter `{name}` takes a date from {MIN_PUBLISHED} to {MAX_PUBLISHED}, got "
            f"{day.isoformat()}."
        )
    return day


def _is_missing(value: Any) -> bool:
    """True for NaT (pandas or numpy) and float NaN, without importing pandas."""
    if isinstance(value, float):
        return value != value
    if type(value).__name__ == "NaTType":
        return True
    if type(value).__name__ == "datetime64":
        return str(value) == "NaT"
    return False


def _from_datetime64(value: Any, name: str) -> dt.date:
    text = str(value)[:10]
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(
            f"Parameter `{name}` takes a date from {MIN_PUBLISHED} to {MAX_PUBLISHED}, got "
            f"{value!r}."
        ) from exc


def _from_iso_text(value: str, name: str) -> dt.date:
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    if len(text) > 10 and text[10] in "T ":
        try:  # a full timestamp: its date (no trailing text is accepted)
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise InputError(
        f"Parameter `{name}` takes a date such as '2025-04-09' (or an ISO timestamp such as "
        f"'2025-04-09T16:30:00'), got {value!r}."
    )


def safe_path_text(path: str | Path) -> str:
    """A path as printable text: bytes that are not UTF-8 are shown as ``\\xNN`` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_regular_file(path: str | Path, *, limit: int, what: str = "file") -> bytes:
    """Read a regular file of at most ``limit`` bytes.

    Devices (``/dev/zero``), FIFOs and sockets are refused without being read (a FIFO is opened
    without waiting for a writer), and so is a file larger than ``limit``.

    Parameters
    ----------
    path
        The file.
    limit
        The largest size accepted, in bytes.
    what
        What the file is, for messages ("article file", "metadata sidecar").

    Returns
    -------
    bytes

    Raises
    ------
    OSError
        If the file cannot be opened or read (the caller turns it into its own error).
    ValueError
        If it is not a regular file or is larger than ``limit`` (the message says which).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"{what} {safe_path_text(path)} is not a regular file")
        if info.st_size > limit:
            raise ValueError(
                f"{what} {safe_path_text(path)} has {info.st_size:,} bytes, more than the "
                f"{limit:,} accepted"
            )
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:  # the file grew while being read
                raise ValueError(
                    f"{what} {safe_path_text(path)} has more than the {limit:,} bytes accepted"
                )
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _check_timezone(value: Any, source: str) -> str:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ArticleError(
            f"{source}: `timezone` takes an IANA zone such as 'America/New_York', got {value!r}."
        ) from exc
    return str(value)


def sidecar_path(path: Path) -> Path | None:
    """Return the metadata sidecar of an article file, or None if it has none."""
    for suffix in (".meta.yaml", ".meta.yml", ".meta.json"):
        candidate = path.with_name(path.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


class _NoAliasLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses anchors and aliases (no "billion laughs" expansion)."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "YAML aliases (*name) are not accepted in a sidecar; write the value out",
                event.start_mark,
            )
        event = self.peek_event()
        if getattr(event, "anchor", None) is not None:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "YAML anchors (&name) and aliases are not accepted in a sidecar; write the value "
                "out",
                event.start_mark,
            )
        return super().compose_node(parent, index)


def load_yaml_text(text: str) -> Any:
    """Parse YAML safely, refusing anchors and aliases (see :class:`_NoAliasLoader`)."""
    return yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader subclass


def _read_sidecar(path: Path) -> dict[str, Any]:
    shown = safe_path_text(path)
    try:
        raw = read_regular_file(path, limit=MAX_SIDECAR_BYTES, what="metadata sidecar")
        text = raw.decode("utf-8")
        data = json.loads(text) if path.suffix == ".json" else load_yaml_text(text)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError, yaml.YAMLError) as exc:
        raise ArticleError(f"Metadata sidecar {shown} cannot be read: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError(f"Metadata sidecar {shown} must hold a mapping of keys to values.")
    for key, value in list(data.items()):
        if isinstance(value, str) and len(value) > MAX_DESCRIPTION_CHARS:
            data[key] = value[:MAX_DESCRIPTION_CHARS] + "\u2026"
            warnings.warn(
                f"Metadata sidecar {shown}: `{key}` has {len(value):,} characters; only the first "
                f"{MAX_DESCRIPTION_CHARS:,} are kept.",
                DataWarning,
                stacklevel=external_stacklevel(),
            )
    return data


def load_article(
    path: str | Path,
    *,
    published: Any = None,
    timezone: str | None = None,
) -> Article:
    """Read an article file and its metadata.

    Parameters
    ----------
    path
        A UTF-8 text file.
    published
        The publication date; overrides the sidecar's ``published``.
    timezone
        IANA time zone; overrides the sidecar's ``timezone`` (default America/New_York).

    Returns
    -------
    Article

    Raises
    ------
    ArticleError
        If the file cannot be read, is not a regular file, is larger than
        :data:`MAX_ARTICLE_BYTES`, is not UTF-8, its sidecar is unusable (see the module notes),
        or no publication date is known.

    Examples
    --------
    >>> from toolkit import load_article
    >>> art = load_article("seeds/000_fa62c70b439fe6f5.txt")  # from the repository's root
    >>> art.published, art.timezone
    (datetime.date(2025, 4, 9), 'America/New_York')
    """
    path = Path(path)
    shown = safe_path_text(path)
    try:
        raw = read_regular_file(path, limit=MAX_ARTICLE_BYTES, what="article file")
    except OSError as exc:
        raise ArticleError(
            f"Parameter `path`: cannot read article file {shown}: {exc.strerror or exc}"
        ) from exc
    except ValueError as exc:
        raise ArticleError(f"Parameter `path`: {exc}.") from exc
    try:
        text = raw.decode("utf-8-sig") if raw.startswith(b"\xef\xbb\xbf") else raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"Parameter `path`: article file {shown} is not UTF-8 text "
            f"(byte {exc.start}); convert it, e.g. `iconv -f latin1 -t utf-8`."
        ) from exc
    meta: dict[str, Any] = {}
    side = sidecar_path(path)
    if side is not None:
        meta = _read_sidecar(side)
    if published is not None:
        pub = parse_published(published)
    elif meta.get("published") is not None:
        try:
            pub = parse_published(meta["published"])
        except (InputError, InputTypeError) as exc:
            raise ArticleError(
                f"Metadata sidecar {safe_path_text(side or path)}: `published` is not a date "
                f"({exc})."
            ) from exc
    else:
        raise ArticleError(
            f"Article {shown} has no publication date. Pass it with "
            f"published='YYYY-MM-DD' (command line: --published YYYY-MM-DD), or write a sidecar "
            f"{safe_path_text(path.with_name(path.stem + '.meta.yaml').name)} next to it containing "
            f"'published: YYYY-MM-DD'."
        )
    tz = _check_timezone(
        timezone or meta.get("timezone") or DEFAULT_TIMEZONE, safe_path_text(side or path)
    )
    article_id = str(meta.get("article_id") or path.stem)
    extra = {k: v for k, v in meta.items() if k not in {"published", "timezone", "article_id"}}
    return Article(
        text=text, published=pub, timezone=tz, article_id=article_id, path=path, metadata=extra
    )


def find_articles(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted list of article files.

    Parameters
    ----------
    inputs
        Article files and folders. A folder contributes its files ending in
        :data:`ARTICLE_SUFFIXES` (not recursively), sorted by name.

    Returns
    -------
    list of Path

    Raises
    ------
    InputError
        If an input does not exist.
    """
    paths: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            paths.extend(
                sorted(f for f in p.iterdir() if f.is_file() and f.suffix in ARTICLE_SUFFIXES)
            )
        elif p.is_file():
            paths.append(p)
        else:
            raise InputError(f"Parameter `inputs`: {p} is neither an article file nor a folder.")
    return paths
