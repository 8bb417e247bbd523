"""Reading news articles and their metadata.

An article is a UTF-8 text file. Its publication date comes from, in order of precedence, the
``published`` argument, or a metadata sidecar next to it named ``<stem>.meta.yaml`` (or
``.meta.json``) with at least ``published: YYYY-MM-DD``. Optional sidecar keys: ``timezone``
(default ``America/New_York``), ``title``, ``description``, ``source``, ``article_id``, ``url``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from toolkit.errors import ArticleError, InputError

__all__ = ["ARTICLE_SUFFIXES", "Article", "find_articles", "load_article", "parse_published"]

#: File endings treated as article text when a folder is given.
ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".text")
DEFAULT_TIMEZONE = "America/New_York"


@dataclass(frozen=True)
class Article:
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

    text: str
    published: dt.date
    timezone: str = DEFAULT_TIMEZONE
    article_id: str = "article"
    path: Path | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

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
        ``datetime.date``, ``datetime.datetime``, ``pandas.Timestamp`` or ``"YYYY-MM-DD"``.
    name
        The parameter name used in error messages.

    Returns
    -------
    datetime.date

    Raises
    ------
    InputError
        If ``value`` is missing or cannot be read as a date.

    Examples
    --------
    >>> parse_published("2025-04-09")
    datetime.date(2025, 4, 9)
    """
    if value is None:
        raise InputError(f"Parameter `{name}` takes a date such as '2025-04-09', got None.")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas.Timestamp without importing pandas here
        return value.to_pydatetime().date()
    if isinstance(value, str):
        text = value.strip()
        try:
            return (
                dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
            )
        except ValueError:
            pass
    raise InputError(f"Parameter `{name}` takes a date such as '2025-04-09', got {value!r}.")


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


def _read_sidecar(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise ArticleError(f"Metadata sidecar {path} cannot be read: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError(f"Metadata sidecar {path} must hold a mapping of keys to values.")
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
        If the file cannot be read, is not UTF-8, or no publication date is known.

    Examples
    --------
    >>> from toolkit import load_article
    >>> art = load_article("seeds/000_fa62c70b439fe6f5.txt")  # doctest: +SKIP
    >>> art.published
    datetime.date(2025, 4, 9)
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(
            f"Parameter `path`: cannot read article file {path}: {exc.strerror}"
        ) from exc
    try:
        text = raw.decode("utf-8-sig") if raw.startswith(b"\xef\xbb\xbf") else raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"Parameter `path`: article file {path} is not UTF-8 text "
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
        except InputError as exc:
            raise ArticleError(
                f"Metadata sidecar {side}: `published` is not a date ({exc})."
            ) from exc
    else:
        raise ArticleError(
            f"Article {path} has no publication date. Pass it with "
            f"published='YYYY-MM-DD' (command line: --published YYYY-MM-DD), or write a sidecar "
            f"{path.with_name(path.stem + '.meta.yaml').name} next to it containing "
            f"'published: YYYY-MM-DD'."
        )
    tz = _check_timezone(timezone or meta.get("timezone") or DEFAULT_TIMEZONE, str(side or path))
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
