"""The interface every price source implements, and turning its result into PriceData."""

from __future__ import annotations

import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from toolkit.errors import DataSourceError, RangeError, SourceWarning, ToolkitError
from toolkit.market.dates import DateLike, check_order, parse_date
from toolkit.market.pricedata import OHLCV_COLUMNS, PriceData
from toolkit.market.tickers import canonical_tickers

__all__ = ["Fetched", "PriceSource", "empty_ohlcv"]


def empty_ohlcv() -> pd.DataFrame:
    """Return an empty long OHLCV frame with the right dtypes."""
    frame = pd.DataFrame({c: pd.Series(dtype="float64") for c in OHLCV_COLUMNS})
    frame["date"] = pd.Series(dtype="datetime64[ns]")
    frame["ticker"] = pd.Series(dtype="str")
    return frame


@dataclass
class Fetched:
    """What a source found for each requested ticker.

    Attributes
    ----------
    frames
        Ticker to long OHLCV rows (``date, ticker, open, high, low, close, volume``).
    sources
        Ticker to the name of the source that supplied it (e.g. ``"cache"``).
    retrieved
        Ticker to the ISO-8601 time its data was obtained.
    errors
        Ticker to the toolkit error that stopped it from loading.
    """

    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    retrieved: dict[str, str] = field(default_factory=dict)
    errors: dict[str, ToolkitError] = field(default_factory=dict)

    def add(self, ticker: str, frame: pd.DataFrame, source: str, retrieved_at: str) -> None:
        """Record the rows of one ticker."""
        self.frames[ticker] = frame
        self.sources[ticker] = source
        self.retrieved[ticker] = retrieved_at
        self.errors.pop(ticker, None)

    def fail(self, ticker: str, error: ToolkitError) -> None:
        """Record why one ticker could not be loaded."""
        self.errors[ticker] = error
        self.frames.pop(ticker, None)


class PriceSource(ABC):
    """A source of daily prices.

    Subclasses set :attr:`name` and implement :meth:`fetch`; :meth:`load` checks the arguments
    and builds the :class:`~toolkit.market.PriceData`. Register a subclass with
    :func:`toolkit.market.register_source` to make it available by name.
    """

    #: The registry name, e.g. ``"snapshot"``.
    name: str = ""

    def load(
        self,
        tickers: str | Iterable[str],
        start: DateLike | None = None,
        end: DateLike | None = None,
    ) -> PriceData:
        """Load daily prices for ``tickers`` between ``start`` and ``end`` (inclusive).

        Parameters
        ----------
        tickers
            A ticker or tickers; aliases such as "S&P 500" are accepted.
        start, end
            Inclusive bounds (dates or ISO strings); None means all the source has.

        Returns
        -------
        PriceData

        Raises
        ------
        InputError
            For bad tickers or dates, or ``start`` after ``end``.
        UnknownTickerError, RangeError, DataSourceError
            When no ticker can be loaded, or a range is not covered.
        """
        ticks = canonical_tickers(tickers)
        lo = parse_date(start, "start")
        hi = parse_date(end, "end")
        check_order(lo, hi)
        return assemble(self.fetch(ticks, lo, hi), ticks)

    @abstractmethod
    def fetch(
        self, tickers: tuple[str, ...], start: pd.Timestamp | None, end: pd.Timestamp | None
    ) -> Fetched:
        """Fetch canonical ``tickers`` for already-parsed bounds.

        Parameters
        ----------
        tickers
            Canonical tickers, each once.
        start, end
            Naive midnight bounds or None.

        Returns
        -------
        Fetched
            Rows for the tickers that loaded, errors for those that did not.
        """

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def assemble(fetched: Fetched, tickers: tuple[str, ...]) -> PriceData:
    """Turn a :class:`Fetched` into :class:`PriceData`, warning about tickers that failed.

    A :class:`RangeError` for any ticker is raised (the user can narrow the range). Other
    per-ticker failures are reported in one :class:`SourceWarning` while the other tickers load;
    when every ticker failed, the first error is raised.

    Parameters
    ----------
    fetched
        The source's result.
    tickers
        The requested tickers, in order.

    Returns
    -------
    PriceData
    """
    for err in fetched.errors.values():
        if isinstance(err, RangeError):
            raise err
    loaded = [t for t in tickers if t in fetched.frames]
    if not loaded:
        errors = list({id(e): e for t, e in fetched.errors.items() if t in tickers}.values())
        if not errors:
            raise DataSourceError(f"No prices were returned for {list(tickers)}.")
        if len(errors) > 1:
            errors[0].add_note("Other tickers: " + "; ".join(str(e) for e in errors[1:]))
        raise errors[0]
    failed = [t for t in tickers if t not in fetched.frames]
    if failed:
        detail = "; ".join(f"{t}: {fetched.errors[t]}" for t in failed if t in fetched.errors)
        warnings.warn(
            f"{len(failed)} of {len(tickers)} tickers could not be loaded and are left out "
            f"({detail}). Loaded: {', '.join(loaded)}.",
            SourceWarning,
            stacklevel=4,
        )
    frame = pd.concat([fetched.frames[t] for t in loaded], ignore_index=True)
    names = list(dict.fromkeys(fetched.sources[t] for t in loaded))
    retrieved = min(fetched.retrieved[t] for t in loaded)
    return PriceData.from_ohlcv(
        frame, source="+".join(names), retrieved_at=retrieved, tickers=tuple(loaded)
    )
