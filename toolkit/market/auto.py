"""The ``auto`` source: the cache, then Yahoo Finance, then the embedded snapshot."""

from __future__ import annotations

import warnings

import pandas as pd

from toolkit.errors import RangeError, SourceWarning, UnknownTickerError
from toolkit.market.base import Fetched, PriceSource
from toolkit.market.cache import PriceCache
from toolkit.market.datasets._store import coverage
from toolkit.market.snapshot import SnapshotSource
from toolkit.market.yahoo import YahooSource, offline

__all__ = ["AutoSource"]


class AutoSource(PriceSource):
    """Prices from the cache or Yahoo Finance, falling back to the embedded snapshot.

    Each ticker is looked up in the on-disk cache, then downloaded from Yahoo Finance (and
    cached). A ticker Yahoo cannot deliver (network down, rate limit, unknown to Yahoo) is read
    from the snapshot when it has it, with a :class:`~toolkit.errors.SourceWarning` naming the
    snapshot and the reason. With ``MARKET_REACTION_OFFLINE=1`` Yahoo is skipped and the
    snapshot is used without a warning. :attr:`PriceData.source` names the source(s) used.

    Parameters
    ----------
    cache
        Passed to :class:`~toolkit.market.yahoo.YahooSource`.
    """

    name = "auto"

    def __init__(self, *, cache: bool | PriceCache = True) -> None:
        self._yahoo = YahooSource(cache=cache)
        self._snapshot = SnapshotSource()

    def fetch(
        self, tickers: tuple[str, ...], start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> Fetched:
        """Fetch ``tickers`` from the first source that has them (see the class notes)."""
        if offline():
            return self._snapshot.fetch(tickers, start, end)
        out = self._yahoo.fetch(tickers, start, end)
        failed = [t for t in tickers if t not in out.frames]
        if not failed:
            return out
        known = coverage()
        for t in failed:
            reason = out.errors.get(t)
            if t not in known:
                continue  # the Yahoo error stands
            try:
                got = self._snapshot.fetch((t,), start, end)
            except RangeError as exc:
                if reason is not None:
                    exc.add_note(f"The snapshot was tried because Yahoo Finance failed: {reason}")
                raise
            c = known[t]
            warnings.warn(
                f"{t} comes from the embedded snapshot (data {c.first.date()} to "
                f"{c.last.date()}), because Yahoo Finance failed: {reason}",
                SourceWarning,
                stacklevel=4,
            )
            out.add(t, got.frames[t], got.sources[t], got.retrieved[t])
        for t in tickers:
            if t not in out.frames and t not in out.errors:
                out.fail(t, UnknownTickerError(f"Parameter `tickers`: no source has {t}."))
        return out
