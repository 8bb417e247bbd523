"""On-disk cache of downloaded prices, one checked file per (source, ticker).

Location: the ``MARKET_REACTION_CACHE_DIR`` environment variable, else
``platformdirs.user_cache_dir("market-reaction")``. ``MARKET_REACTION_NO_CACHE=1`` turns it off.
Each entry is a JSON file holding the prices as CSV text, the range that was requested, the time
of download and the sha256 of the CSV text. Writes go to a temporary file in the same directory
that replaces the entry with :func:`os.replace`, so a failed write never leaves a partial entry.
An entry whose rows do not reach the first and last session of a request (though its
recorded range does) is a miss: the range is fetched again and the entry replaced.
A corrupt entry is reported with a :class:`~toolkit.errors.CacheWarning`, removed and fetched
again. A directory that cannot be written turns the cache off for the process, with one
:class:`~toolkit.errors.CacheWarning`. Only downloaded data is cached; the embedded snapshot is
already local.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TypeVar
from urllib.parse import quote

import pandas as pd
import platformdirs

from toolkit.errors import CacheWarning, external_stacklevel

__all__ = [
    "ENV_DIR",
    "ENV_NO_CACHE",
    "MAX_OPEN_AGE",
    "CacheEntry",
    "DownloadCache",
    "EntryFiles",
    "PriceCache",
    "cache_directory",
    "default_cache",
]

ENV_DIR = "MARKET_REACTION_CACHE_DIR"
ENV_NO_CACHE = "MARKET_REACTION_NO_CACHE"
#: How long an entry fetched without an end date serves later requests without an end date.
MAX_OPEN_AGE = pd.Timedelta(hours=12)
_FORMAT = 1
T = TypeVar("T")
_COLUMNS = ("date", "ticker", "open", "high", "low", "close", "volume")


@dataclass(frozen=True)
class CacheEntry:
    """One cached download.

    Attributes
    ----------
    frame
        Long OHLCV rows of one ticker (columns ``date, ticker, open, high, low, close,
        volume``).
    start, end
        The requested range of the download (None for open-ended).
    retrieved_at
        ISO-8601 UTC time of the download.
    """

    frame: pd.DataFrame
    start: pd.Timestamp | None
    end: pd.Timestamp | None
    retrieved_at: str

    def covers(
        self, start: pd.Timestamp | None, end: pd.Timestamp | None, now: pd.Timestamp
    ) -> bool:
        """Tell whether this entry can answer a request for ``start``..``end``.

        A closed request is served when the entry's range contains it and its end lies before
        the download day (those sessions were complete). An open-ended request (``end=None``)
        is served by an open-ended entry younger than :data:`MAX_OPEN_AGE`.

        Parameters
        ----------
        start, end
            The requested range (naive midnight timestamps or None).
        now
            The current time (UTC, tz-aware).

        Returns
        -------
        bool
        """
        if self.start is not None and (start is None or start < self.start):
            return False
        fetched = pd.Timestamp(self.retrieved_at)
        if end is None:
            return self.end is None and now - fetched <= MAX_OPEN_AGE
        download_day = fetched.tz_convert("America/New_York").tz_localize(None).normalize()
        if self.end is not None and end > self.end:
            return False
        return end < download_day


def cache_directory() -> Path | None:
    """Return the cache directory the environment asks for, or None when caching is off.

    Returns
    -------
    pathlib.Path or None
        ``$MARKET_REACTION_CACHE_DIR`` if set, else the user cache directory of
        "market-reaction"; None when ``MARKET_REACTION_NO_CACHE`` is set to anything but
        ``""``, ``"0"``, ``"false"`` or ``"no"``.
    """
    if os.environ.get(ENV_NO_CACHE, "").strip().lower() not in ("", "0", "false", "no"):
        return None
    raw = os.environ.get(ENV_DIR, "").strip()
    return Path(raw).expanduser() if raw else Path(platformdirs.user_cache_dir("market-reaction"))


def default_cache() -> PriceCache | None:
    """Return the process-wide cache for the directory the environment names.

    The same :class:`PriceCache` object is returned for the same directory, so a directory that
    cannot be written is reported once per process.

    Returns
    -------
    PriceCache or None
        None when caching is turned off.
    """
    directory = cache_directory()
    if directory is None:
        return None
    return _cache_for(str(directory.absolute()))


@lru_cache(maxsize=8)
def _cache_for(directory: str) -> PriceCache:
    return PriceCache(directory)


def _write_bytes(fh: IO[bytes], data: bytes) -> None:
    # The single place that writes entry bytes (tests make it fail midway).
    fh.write(data)


class EntryFiles:
    """The file side of a download cache: read an entry (a miss when absent, a warning and
    removal when corrupt), write one atomically (a failure turns the cache off with one
    warning). :class:`PriceCache` and the factor cache keep their entries this way.

    Parameters
    ----------
    directory
        Where entries live; created on the first write.
    what
        What the entries hold, for the warnings ("prices", "factors").
    """

    def __init__(self, directory: str | Path, what: str) -> None:
        self.directory = Path(directory)
        self.what = what
        self.disabled = False
        self._warned = False

    def path(self, source: str, key: str) -> Path:
        """The entry file of ``key`` from ``source``."""
        return (
            self.directory / f"v{_FORMAT}" / quote(source, safe="") / f"{quote(key, safe='')}.json"
        )

    def read(self, path: Path, decode: Callable[[bytes], T]) -> T | None:
        """The decoded entry at ``path``, or None when the cache is off, the entry is absent or
        unreadable, or ``decode`` rejects it (then the entry is removed)."""
        if self.disabled:
            return None
        try:
            blob = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as exc:
            warnings.warn(
                f"The cache entry {path} cannot be read ({exc}); fetching again.",
                CacheWarning,
                stacklevel=external_stacklevel(),
            )
            return None
        try:
            return decode(blob)
        except (ValueError, KeyError, TypeError) as exc:
            warnings.warn(
                f"The cache entry {path} is corrupt ({exc}); it is removed and the {self.what} "
                "are fetched again.",
                CacheWarning,
                stacklevel=external_stacklevel(),
            )
            with contextlib.suppress(OSError):
                path.unlink()
            return None

    def write(self, path: Path, payload: bytes, advice: str = "") -> None:
        """Write ``payload`` to ``path`` atomically; never raises (see the class)."""
        if self.disabled:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _atomic_write(path, payload)
        except OSError as exc:
            self.disabled = True
            if not self._warned:
                self._warned = True
                warnings.warn(
                    f"The cache directory {self.directory} cannot be written ({exc}); "
                    f"{self.what} are fetched without a cache for the rest of this session."
                    + (f" {advice}" if advice else ""),
                    CacheWarning,
                    stacklevel=external_stacklevel(),
                )


class DownloadCache:
    """What every download cache shares: its :class:`EntryFiles` and the off switch."""

    what = "downloads"

    def __init__(self, directory: str | Path) -> None:
        self.files = EntryFiles(directory, self.what)
        self.directory = self.files.directory

    @property
    def disabled(self) -> bool:
        """True once a write failed: the cache is off for the rest of the process."""
        return self.files.disabled

    @disabled.setter
    def disabled(self, value: bool) -> None:
        self.files.disabled = bool(value)


class PriceCache(DownloadCache):
    """A directory of cached price downloads.

    Parameters
    ----------
    directory
        Where entries live; created on the first write.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> cache = PriceCache(tempfile.mkdtemp())
    >>> rows = pd.DataFrame({"date": pd.to_datetime(["2025-04-09"]), "ticker": "SPY",
    ...                      "open": 1.0, "high": 2.0, "low": 0.5, "close": 1.5, "volume": 10.0})
    >>> cache.put("yahoo", "SPY", None, pd.Timestamp("2025-04-09"), rows, "2025-05-01T00:00:00+00:00")
    >>> cache.get("yahoo", "SPY", pd.Timestamp("2025-04-09"), pd.Timestamp("2025-04-09")).frame["close"].tolist()
    [1.5]
    """

    what = "prices"

    def path_for(self, source: str, ticker: str) -> Path:
        """Return the entry file of ``ticker`` from ``source``."""
        return self.files.path(source, ticker)

    def get(
        self,
        source: str,
        ticker: str,
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        *,
        now: pd.Timestamp | None = None,
    ) -> CacheEntry | None:
        """Return the cached entry that answers a request, or None.

        Parameters
        ----------
        source, ticker
            What was downloaded.
        start, end
            The requested range.
        now
            The current UTC time (defaults to the clock).

        Returns
        -------
        CacheEntry or None
            The entry with its rows restricted to ``start``..``end``; None on a miss, when the
            cache is off, or when the entry is corrupt (then a :class:`CacheWarning` is issued
            and the entry removed).
        """
        entry = self.files.read(
            self.path_for(source, ticker), lambda blob: _decode(blob, source, ticker)
        )
        if entry is None:
            return None
        clock = now if now is not None else pd.Timestamp.now(tz="UTC")
        if not entry.covers(start, end, clock) or not _rows_cover(entry.frame, start, end):
            return None  # a miss: the caller fetches the range again and replaces the entry
        frame = entry.frame
        mask = pd.Series(True, index=frame.index)
        if start is not None:
            mask &= frame["date"] >= start
        if end is not None:
            mask &= frame["date"] <= end
        return CacheEntry(
            frame=frame.loc[mask].reset_index(drop=True),
            start=entry.start,
            end=entry.end,
            retrieved_at=entry.retrieved_at,
        )

    def put(
        self,
        source: str,
        ticker: str,
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        frame: pd.DataFrame,
        retrieved_at: str,
    ) -> None:
        """Store a download, atomically.

        Failures never raise: the first one turns the cache off with a :class:`CacheWarning`.

        Parameters
        ----------
        source, ticker
            What was downloaded.
        start, end
            The requested range (None for open-ended).
        frame
            The long OHLCV rows of ``ticker``.
        retrieved_at
            ISO-8601 UTC time of the download.
        """
        if self.disabled:
            return
        self.files.write(
            self.path_for(source, ticker),
            _encode(frame, source, ticker, start, end, retrieved_at),
            f"Set {ENV_DIR} to a writable directory, or {ENV_NO_CACHE}=1 to silence this.",
        )


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            _write_bytes(fh, data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _encode(
    frame: pd.DataFrame,
    source: str,
    ticker: str,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    retrieved_at: str,
) -> bytes:
    csv_text = frame.loc[:, list(_COLUMNS)].to_csv(
        index=False, lineterminator="\n", date_format="%Y-%m-%d", na_rep=""
    )
    doc = {
        "format": _FORMAT,
        "source": source,
        "ticker": ticker,
        "start": None if start is None else start.strftime("%Y-%m-%d"),
        "end": None if end is None else end.strftime("%Y-%m-%d"),
        "retrieved_at": retrieved_at,
        "sha256": hashlib.sha256(csv_text.encode("utf-8")).hexdigest(),
        "csv": csv_text,
    }
    return json.dumps(doc).encode("utf-8")


def _rows_cover(frame: pd.DataFrame, start: pd.Timestamp | None, end: pd.Timestamp | None) -> bool:
    """Tell whether an entry's rows reach the first and last session of ``start``..``end``.

    An entry records the range that was requested, which its rows may not fill (a download
    cut short, a file from another version); such an entry must not answer for the sessions it
    lacks. An open bound is not checked (the entry's range already matches it).
    """
    from toolkit.market.dates import first_session_on_or_after, last_session_on_or_before

    if frame.empty:
        return False
    first, last = frame["date"].min(), frame["date"].max()
    if start is not None and first > first_session_on_or_after(start):
        return False
    return not (end is not None and last < last_session_on_or_before(end))


def _decode(blob: bytes, source: str, ticker: str) -> CacheEntry:
    doc: dict[str, Any] = json.loads(blob.decode("utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"expected a JSON object, found {type(doc).__name__}")
    if doc.get("format") != _FORMAT or doc.get("source") != source or doc.get("ticker") != ticker:
        raise ValueError("unexpected header")
    csv_text = doc["csv"]
    digest = hashlib.sha256(csv_text.encode("utf-8")).hexdigest()
    if digest != doc["sha256"]:
        raise ValueError(f"sha256 {digest} differs from the recorded {doc['sha256']}")
    frame = pd.read_csv(
        io.StringIO(csv_text),
        dtype={c: "float64" for c in _COLUMNS[2:]} | {"ticker": "str"},
        keep_default_na=False,
        na_values={c: [""] for c in _COLUMNS[2:]},
    )
    if tuple(frame.columns) != _COLUMNS:
        raise ValueError(f"columns {list(frame.columns)}")
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d").astype("datetime64[ns]")
    pd.Timestamp(doc["retrieved_at"])  # must parse
    return CacheEntry(
        frame=frame,
        start=None if doc["start"] is None else pd.Timestamp(doc["start"]),
        end=None if doc["end"] is None else pd.Timestamp(doc["end"]),
        retrieved_at=str(doc["retrieved_at"]),
    )
