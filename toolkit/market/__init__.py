"""Market data: daily prices behind one interface: the embedded snapshot, Yahoo Finance, CSV files.

:func:`load_prices` returns a :class:`PriceData` (closes, OHLCV, source, retrieval time,
sha256). Sources are registered by name (:func:`get_source`, :func:`register_source`):
``"snapshot"``, ``"yahoo"``, ``"csv"`` and ``"auto"`` (cache, then Yahoo, then snapshot).

Environment variables: ``MARKET_REACTION_CACHE_DIR`` (cache location),
``MARKET_REACTION_NO_CACHE=1`` (no cache), ``MARKET_REACTION_OFFLINE=1`` (never contact Yahoo).
"""

from __future__ import annotations

from toolkit.market.base import PriceSource
from toolkit.market.pricedata import PriceData
from toolkit.market.registry import available_sources, get_source, load_prices, register_source
from toolkit.market.tickers import canonical_ticker

__all__ = [
    "PriceData",
    "PriceSource",
    "available_sources",
    "canonical_ticker",
    "get_source",
    "load_prices",
    "register_source",
]
