"""Fama-French daily factors from the Kenneth R. French Data Library, cached, with an offline copy.

:func:`load_factors` returns the factors of ``"ff3"``, ``"ff5"`` or ``"carhart"`` with the
risk-free rate, like :func:`toolkit.market.datasets.famafrench.load`, from one of three sources:

- ``"snapshot"``: the embedded copy (release 202604, to 2026-04-30), offline and fixed;
- ``"live"``: the library's zipped daily CSV files
  (``https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/<name>_daily_CSV.zip``), read
  by :mod:`toolkit.market.french_format`;
- ``"auto"`` (default): the live files, and the snapshot with a
  :class:`~toolkit.errors.SourceWarning` naming its release and last date when the library
  cannot be reached (or ``MARKET_REACTION_OFFLINE=1`` is set).

Downloads are cached as the price cache caches Yahoo Finance (:mod:`toolkit.market.cache`): one
JSON entry per library file under ``<cache directory>/v1/famafrench/``, holding the table as CSV
text with its sha256, the release and the time of download, written atomically (a temporary file
then :func:`os.replace`). An entry answers a request whose dates its rows reach; a request
without an end is answered by an entry younger than
:data:`~toolkit.market.cache.MAX_OPEN_AGE`. Anything else is fetched again. A corrupt entry is
removed with a :class:`~toolkit.errors.CacheWarning`; a directory that cannot be written turns
the cache off with one. The same environment variables apply (``MARKET_REACTION_CACHE_DIR``,
``MARKET_REACTION_NO_CACHE``).

A request outside the dates the chosen source covers is a :class:`~toolkit.errors.RangeError`
naming the range covered (the library publishes a month's factors a month or two later).
"""

from __future__ import annotations

import hashlib
import io
import json
import warnings
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.request import Request, urlopen

import pandas as pd

from toolkit.errors import (
    DataSourceError,
    SourceWarning,
    check_option,
    external_stacklevel,
)
from toolkit.market.cache import MAX_OPEN_AGE, DownloadCache, cache_directory
from toolkit.market.datasets import famafrench
from toolkit.market.dates import DateLike, check_coverage, check_order, parse_date
from toolkit.market.french_format import FrenchTable, read_french_zip
from toolkit.market.yahoo import ENV_OFFLINE, offline

__all__ = ["BASE_URL", "FILES", "FactorCache", "download_table", "load_factors"]

#: Where the library keeps its files.
BASE_URL = "https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/"
#: Table -> the library's zipped daily file.
FILES: dict[str, str] = {
    "ff3": "F-F_Research_Data_Factors_daily_CSV.zip",
    "ff5": "F-F_Research_Data_5_Factors_2x3_daily_CSV.zip",
    "mom": "F-F_Momentum_Factor_daily_CSV.zip",
}
SOURCES: tuple[str, ...] = ("auto", "live", "snapshot")
_CACHE_SOURCE = "famafrench"
_FORMAT = 1
_USER_AGENT = "market-reaction (Fama-French factor download)"


def load_factors(
    model: str = "ff3",
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    unit: str = "percent",
    source: str = "auto",
    cache: bool | FactorCache = True,
    timeout: float = 30.0,
) -> pd.DataFrame:
    """Load the daily factors of a Fama-French model with the risk-free rate.

    Parameters
    ----------
    model
        ``"ff3"`` (Mkt-RF, SMB, HML), ``"ff5"`` (Mkt-RF, SMB, HML, RMW, CMA) or ``"carhart"``
        (the three factors and Mom).
    start, end
        Dates to keep, both included (None: from the first / to the last date available). A
        range the source does not cover is an error.
    unit
        ``"percent"`` per day, as the library publishes them, or ``"decimal"`` (divided by 100).
    source
        ``"auto"`` (the library, else the embedded snapshot with a warning), ``"live"`` or
        ``"snapshot"``.
    cache
        True uses the cache directory the environment configures, False none; a
        :class:`FactorCache` is used as given.
    timeout
        Seconds to wait for each download.

    Returns
    -------
    pandas.DataFrame
        Indexed by date (naive DatetimeIndex ``"date"``); the model's factors then ``RF``;
        ``attrs`` holds ``unit``, ``model``, ``release`` (e.g. ``"202604"``), ``source`` and, for
        downloads, ``retrieved_at``.

    Raises
    ------
    InputError
        For an unknown ``model``, ``unit`` or ``source``, or bad dates.
    RangeError
        When the factors do not cover ``start``..``end`` (``available`` holds the range).
    DataSourceError
        With ``source="live"``, when the library cannot be reached or its file does not parse.

    Warns
    -----
    SourceWarning
        With ``source="auto"``, when the snapshot is used instead of the library.

    Examples
    --------
    >>> ff = load_factors("carhart", start="2025-04-01", end="2025-04-30", source="snapshot")
    >>> list(ff.columns), float(ff.loc["2025-04-09", "Mkt-RF"])
    (['Mkt-RF', 'SMB', 'HML', 'Mom', 'RF'], 9.65)
    """
    check_option("model", model, famafrench.MODELS)
    check_option("unit", unit, ("percent", "decimal"))
    check_option("source", source, SOURCES)
    lo, hi = parse_date(start, "start"), parse_date(end, "end")
    check_order(lo, hi)
    if source == "snapshot":
        frame = famafrench.load(model, unit=unit)  # type: ignore[arg-type]
    else:
        try:
            frame = _live(model, unit, lo, hi, _cache_of(cache), timeout)
        except DataSourceError as exc:
            if source == "live":
                raise
            frame = famafrench.load(model, unit=unit)  # type: ignore[arg-type]
            warnings.warn(
                f"Fama-French {model} factors from the embedded snapshot (release "
                f"{frame.attrs['release']}, {frame.index[0]:%Y-%m-%d} to "
                f"{frame.index[-1]:%Y-%m-%d}): the Data Library could not be used ({exc}).",
                SourceWarning,
                stacklevel=external_stacklevel(),
            )
    return _within(frame, model, lo, hi)


def download_table(table: str, *, timeout: float = 30.0) -> tuple[FrenchTable, str]:
    """Download and parse one of the library's daily files.

    Parameters
    ----------
    table
        ``"ff3"``, ``"ff5"`` or ``"mom"`` (see :data:`FILES`).
    timeout
        Seconds to wait.

    Returns
    -------
    table : FrenchTable
        The parsed daily table, in percent.
    retrieved_at : str
        ISO-8601 UTC time of the download.

    Raises
    ------
    DataSourceError
        When ``MARKET_REACTION_OFFLINE`` is set, the library cannot be reached, or the file does
        not parse; the cause is attached.
    """
    url = BASE_URL + FILES[table]
    if offline():
        raise DataSourceError(
            f"The Kenneth R. French Data Library is not contacted because {ENV_OFFLINE} is set."
        )
    retrieved_at = pd.Timestamp.now(tz="UTC").floor("s").isoformat()
    try:
        with urlopen(Request(url, headers={"User-Agent": _USER_AGENT}), timeout=timeout) as resp:
            blob = resp.read()
    except (URLError, TimeoutError, OSError, ValueError) as exc:
        raise DataSourceError(
            f"The Kenneth R. French Data Library could not be reached for {url} "
            f'({type(exc).__name__}: {exc}). Check the connection, or use source="snapshot".'
        ) from exc
    parsed = read_french_zip(blob, name=url)
    missing = set(famafrench.TABLES[table]) - set(parsed.frame.columns)
    if missing:
        raise DataSourceError(
            f"{url}: the table lacks the column(s) {', '.join(sorted(missing))}; it has "
            f"{', '.join(parsed.frame.columns)}."
        )
    return parsed, retrieved_at


class FactorCache(DownloadCache):
    """Cached library downloads, one checked JSON entry per file.

    Parameters
    ----------
    directory
        Where entries live (``v1/famafrench/<table>.json`` below it); created on the first
        write.
    """

    what = "factors"

    def path_for(self, table: str) -> Path:
        """The entry file of ``table``."""
        return self.files.path(_CACHE_SOURCE, table)

    def get(
        self,
        table: str,
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        *,
        now: pd.Timestamp | None = None,
    ) -> tuple[FrenchTable, str] | None:
        """The cached table when its rows answer ``start``..``end``, else None.

        Parameters
        ----------
        table
            A key of :data:`FILES`.
        start, end
            The requested range.
        now
            The current UTC time (defaults to the clock).

        Returns
        -------
        tuple of (FrenchTable, str) or None
            The table and its download time; None on a miss, when the cache is off, or when
            the entry is corrupt (then removed, with a :class:`~toolkit.errors.CacheWarning`).
        """
        cached = self.files.read(self.path_for(table), lambda blob: _decode(blob, table))
        if cached is None:
            return None
        parsed, retrieved_at = cached
        index = parsed.frame.index
        if start is not None and index[0] > start:
            return None
        if end is None:
            clock = now if now is not None else pd.Timestamp.now(tz="UTC")
            fresh = clock - pd.Timestamp(retrieved_at) <= MAX_OPEN_AGE
            return (parsed, retrieved_at) if fresh else None
        try:
            check_coverage("cached", index[0], index[-1], start, end)
        except ValueError:
            return None
        return parsed, retrieved_at

    def put(self, table: str, parsed: FrenchTable, retrieved_at: str) -> None:
        """Store a download atomically; a failure turns the cache off with one warning."""
        self.files.write(self.path_for(table), _encode(table, parsed, retrieved_at))


_CACHES: dict[str, FactorCache] = {}


def _cache_of(option: bool | FactorCache) -> FactorCache | None:
    if isinstance(option, FactorCache):
        return option
    if not option:
        return None
    directory = cache_directory()
    if directory is None:
        return None
    key = str(directory.absolute())
    return _CACHES.setdefault(key, FactorCache(key))


def _live(
    model: str,
    unit: str,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    cache: FactorCache | None,
    timeout: float,
) -> pd.DataFrame:
    names = ["ff5" if model == "ff5" else "ff3"] + (["mom"] if model == "carhart" else [])
    parts: dict[str, pd.DataFrame] = {}
    releases: list[str | None] = []
    stamps: list[str] = []
    for name in names:
        hit = cache.get(name, start, end) if cache is not None else None
        if hit is None:
            hit = download_table(name, timeout=timeout)
            if cache is not None:
                cache.put(name, *hit)
        parsed, retrieved_at = hit
        parts[name] = parsed.frame
        releases.append(parsed.release)
        stamps.append(retrieved_at)
    frame = famafrench.assemble(
        parts,
        model,
        unit=unit,
        release="/".join(sorted({r or "unknown" for r in releases})),
        source="Kenneth R. French Data Library, download",
    )
    frame.attrs["retrieved_at"] = min(stamps)
    return frame


def _within(
    frame: pd.DataFrame, model: str, lo: pd.Timestamp | None, hi: pd.Timestamp | None
) -> pd.DataFrame:
    what = (
        f"The Fama-French {model} factors ({frame.attrs['source']}, release "
        f"{frame.attrs['release']}) run"
    )
    check_coverage(what, frame.index[0], frame.index[-1], lo, hi)
    attrs = dict(frame.attrs)
    out = frame.loc[(lo or frame.index[0]) : (hi or frame.index[-1])].copy()
    out.attrs = attrs
    return out


def _encode(table: str, parsed: FrenchTable, retrieved_at: str) -> bytes:
    csv_text = parsed.frame.to_csv(lineterminator="\n", date_format="%Y-%m-%d")
    doc: dict[str, Any] = {
        "format": _FORMAT,
        "source": _CACHE_SOURCE,
        "table": table,
        "url": BASE_URL + FILES[table],
        "release": parsed.release,
        "header": parsed.header,
        "retrieved_at": retrieved_at,
        "sha256": hashlib.sha256(csv_text.encode("utf-8")).hexdigest(),
        "csv": csv_text,
    }
    return json.dumps(doc).encode("utf-8")


def _decode(blob: bytes, table: str) -> tuple[FrenchTable, str]:
    doc: dict[str, Any] = json.loads(blob.decode("utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"expected a JSON object, found {type(doc).__name__}")
    header = (doc.get("format"), doc.get("source"), doc.get("table"))
    if header != (_FORMAT, _CACHE_SOURCE, table):
        raise ValueError("unexpected header")
    csv_text = doc["csv"]
    digest = hashlib.sha256(csv_text.encode("utf-8")).hexdigest()
    if digest != doc["sha256"]:
        raise ValueError(f"sha256 {digest} differs from the recorded {doc['sha256']}")
    frame = pd.read_csv(io.StringIO(csv_text), index_col="date").astype("float64")
    dates = pd.to_datetime(frame.index, format="%Y-%m-%d")
    frame.index = pd.DatetimeIndex(dates, name="date").as_unit("ns")
    if frame.empty or not set(famafrench.TABLES[table]) <= set(frame.columns):
        raise ValueError(f"columns {list(frame.columns)}")
    pd.Timestamp(doc["retrieved_at"])  # must parse
    return FrenchTable(frame, doc["release"], str(doc.get("header", ""))), str(doc["retrieved_at"])
