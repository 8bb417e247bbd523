"""From events to a fitted event study in three calls: the steps the command and the report share.

* :func:`load_study_prices` loads the closes of the assets and the benchmark over the sessions
  the windows of the events need (events near either end of the data are skipped by the study
  rather than stopping it);
* :func:`fit_study` splits the returns into the assets and the benchmark and fits
  :class:`~toolkit.study.model.EventStudy`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from toolkit.errors import InputError
from toolkit.market.tickers import canonical_tickers

__all__ = [
    "combine_events",
    "events_of_asset",
    "fit_study",
    "load_study_prices",
    "study_assets",
]

#: Extra calendar days around the sessions the windows need (weekends and holidays).
_DAYS_PER_SESSION = 1.5


def study_assets(
    tickers: Sequence[str] | None, benchmark: str | None, events: Any = None
) -> tuple[list[str], str | None]:
    """The assets to study and the benchmark, canonical.

    Parameters
    ----------
    tickers
        The tickers asked for; None takes the ``asset`` column of the events when they have
        one, else the S&P 500 (``^GSPC``).
    benchmark
        The benchmark ticker, or None. It is studied as an asset too only when ``tickers``
        names it.
    events
        An ``EventSet`` (for its ``asset`` column), or None.

    Returns
    -------
    tuple
        ``(assets, benchmark)``.
    """
    frame = getattr(events, "frame", None)
    if tickers:
        asked = list(canonical_tickers(tickers))
    elif frame is not None and "asset" in frame and frame["asset"].notna().any():
        asked = list(canonical_tickers(frame["asset"].dropna().astype(str).unique().tolist()))
    else:
        asked = ["^GSPC"]
    bench = canonical_tickers(benchmark, param="benchmark")[0] if benchmark else None
    assets = [t for t in asked if t != bench or (tickers and bench in asked)]
    if not assets:
        raise InputError(
            "Parameter `tickers`: nothing is left to study once the benchmark "
            f"{bench!r} is set apart; name other tickers."
        )
    return assets, bench


def load_study_prices(
    assets: Sequence[str],
    benchmark: str | None,
    sessions: pd.Series | pd.DatetimeIndex,
    *,
    source: str = "snapshot",
    estimation_window: tuple[int, int] = (-250, -11),
    event_window: tuple[int, int] = (-5, 5),
) -> Any:
    """Closes of the assets and the benchmark over the sessions the event windows need.

    Parameters
    ----------
    assets, benchmark
        Canonical tickers (see :func:`study_assets`).
    sessions
        The events' day-0 sessions.
    source
        A registered price source: ``snapshot``, ``yahoo``, ``auto``, or a file source with
        its path, ``csv:PATH`` or ``parquet:PATH`` (:func:`toolkit.market.get_source`).
    estimation_window, event_window
        The windows, in sessions relative to day 0.

    Returns
    -------
    toolkit.market.PriceData
        Narrowed to what the source has (``partial=True``): events whose windows need more are
        skipped by the study, with its reasons.
    """
    from toolkit.market import load_prices

    days = pd.DatetimeIndex(sessions)
    before = pd.Timedelta(
        days=int(_DAYS_PER_SESSION * (abs(estimation_window[0]) + abs(min(event_window[0], 0))))
        + 30
    )
    after = pd.Timedelta(days=int(_DAYS_PER_SESSION * max(event_window[1], 0)) + 20)
    end = days.max() + after
    today = pd.Timestamp.today().normalize()
    tickers = list(dict.fromkeys([*assets, *([benchmark] if benchmark else [])]))
    return load_prices(
        tickers,
        days.min() - before,
        end if end <= today else None,  # the future: up to the last date the source has
        source=source,
        partial=True,
    )


def fit_study(
    prices: Any,
    events: Any,
    *,
    assets: Sequence[str],
    benchmark: str | None = None,
    model: str | None = None,
    estimation_window: tuple[int, int] = (-250, -11),
    event_window: tuple[int, int] = (-5, 5),
    car_windows: Sequence[tuple[int, int]] | None = None,
    **fit_options: Any,
) -> Any:
    """Fit the event study of ``assets`` on ``events``, with the benchmark's returns.

    Parameters
    ----------
    prices
        A ``PriceData`` holding the assets and the benchmark.
    events
        An ``EventSet`` (or anything ``EventStudy`` takes).
    assets, benchmark
        Canonical tickers (see :func:`study_assets`).
    model
        Any model name ``EventStudy`` accepts; None picks ``market`` with a benchmark, else
        ``constant_mean``.
    estimation_window, event_window, car_windows
        Passed to ``EventStudy`` (``car_windows=None`` keeps its default).
    **fit_options
        Passed to ``EventStudy.fit`` (e.g. ``rank_tests=False``).

    Returns
    -------
    EventStudyResults
    """
    from toolkit.study.model import EventStudy

    returns = prices.returns()
    extra = {} if car_windows is None else {"car_windows": [tuple(w) for w in car_windows]}
    return EventStudy(
        returns[list(assets)],
        events,
        model=model,
        benchmark=returns[benchmark] if benchmark else None,
        estimation_window=tuple(estimation_window),
        event_window=tuple(event_window),
        **extra,
    ).fit(**fit_options)


def combine_events(file_events: Any, statement_events: Any) -> Any:
    """The events of an events file and those of articles' statements, as one ``EventSet``.

    Parameters
    ----------
    file_events, statement_events
        ``EventSet`` objects (either may be None).

    Returns
    -------
    EventSet
        The rows of both in session order, and both ``skipped`` lists.

    Raises
    ------
    InputError
        When both are None, or an event id appears in both (rename it in the file).
    """
    from toolkit.study.events import EventSet

    sets = [s for s in (file_events, statement_events) if s is not None]
    if not sets:
        raise InputError("No events: give an events file, articles, or dates.")
    if len(sets) == 1:
        return sets[0]
    both = set(file_events.event_ids) & set(statement_events.event_ids)
    if both:
        raise InputError(
            f"Parameter `events`: the events file uses the ids {sorted(both)}, which the "
            "articles' events take too (E01, E02, ...); rename them in the file."
        )
    frame = pd.concat([file_events.frame, statement_events.frame], ignore_index=True)
    frame = frame.sort_values(["session", "event_id"], kind="stable").reset_index(drop=True)
    skipped = pd.concat(
        [s.skipped for s in sets if len(s.skipped)] or [file_events.skipped], ignore_index=True
    )
    return EventSet(frame, skipped)


def events_of_asset(events: Any, asset: str) -> Any:
    """The events that concern ``asset``: those of every asset and those of ``asset`` alone.

    Parameters
    ----------
    events
        An ``EventSet``, with or without an ``asset`` column.
    asset
        A canonical ticker.

    Returns
    -------
    EventSet or None
        None when no event concerns the asset.
    """
    from toolkit.study.events import EventSet

    frame = events.frame
    if "asset" not in frame:
        return events
    mine = frame["asset"].isna() | (frame["asset"].astype(str) == asset)
    if not mine.any():
        return None
    return EventSet(frame.loc[mine].reset_index(drop=True), events.skipped)
