"""The event-study model: :class:`EventStudy` and the checks of its inputs and options.

:class:`EventStudy` decides, when built, everything that does not depend on how it is fitted:
the returns and the benchmark or factors on one index (:mod:`toolkit.study.inputs`), the
normal-return model (:func:`~toolkit.study.models.resolve_model`), the estimation, event and CAR
windows (:mod:`toolkit.study.windows`), the fewest estimation returns a pair needs, and the
events (:func:`~toolkit.study.events.align_events`). :meth:`EventStudy.fit` checks its options,
records them in a :class:`~toolkit.study._engine.FitOptions` and hands both to the engine
(:mod:`toolkit.study._engine`), which returns an
:class:`~toolkit.study.results.EventStudyResults`.

Windows are counted in rows of the returns index (trading sessions) relative to day 0. Formulas
and references: ``docs/methods.md``.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from toolkit._display import Displayable, Summary, SummaryTable, plural
from toolkit.errors import InputError, check_option
from toolkit.study._engine import FitOptions, run_fit
from toolkit.study._parquet_returns import ParquetReturns, plan_parquet_returns
from toolkit.study.events import EventSet, align_events
from toolkit.study.factor_models import excess_inputs
from toolkit.study.inputs import aligned, as_returns
from toolkit.study.models import EXCESS_RETURN_MODELS, ModelSpec, resolve_model
from toolkit.study.results import EventStudyResults
from toolkit.study.return_checks import check_returns
from toolkit.study.windows import check_layout, parse_window, parse_windows

__all__ = ["EventStudy"]

_DEFAULT_CAR_WINDOWS = ((-1, 1), (0, 0), (0, 1))


def _usable_cores() -> int:
    """Cores this process may run on (the affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class EventStudy(Displayable):
    """An event study on one or many assets.

    Parameters
    ----------
    returns
        Wide frame of returns, sessions (DatetimeIndex) by assets; a Series is one asset.
        (:meth:`from_parquet` passes the record of a Parquet panel instead, read on use.)
    events
        An :class:`~toolkit.study.events.EventSet`, or anything :func:`~toolkit.study.events.align_events`
        accepts (a DataFrame with ``event_id`` and ``session``, a list of dates). An ``asset``
        column restricts an event to that asset; otherwise each event applies to every asset.
    model
        ``"constant_mean"``, ``"market"``, ``"market_adjusted"``, ``"raw"``, ``"factor"``,
        ``"garch"``, or a Fama-French model: ``"ff3"``, ``"ff5"``, ``"carhart"``. Default:
        ``"market"`` when a benchmark is given, else ``"constant_mean"``. The Fama-French models
        regress returns minus RF on the factors, so ``ret`` and ``expected`` in the results are
        excess returns (see :mod:`toolkit.study.factor_models`).
    benchmark
        Benchmark returns on the same sessions (for ``market``, ``market_adjusted``, ``garch``
        with a market mean, and as the first factor of ``factor``; with a Fama-French model only
        for the benchmark BHARs, as an excess return).
    factors
        Factor returns (DataFrame) for ``model="factor"``. For ``"ff3"``, ``"ff5"`` and
        ``"carhart"``: the model's factors and ``RF`` as the Data Library names them
        (:func:`toolkit.load_factors` gives them); None takes the embedded release.
    factor_unit
        For the Fama-French models: ``"percent"`` (per day, the library's unit) or
        ``"decimal"``; None reads ``factors.attrs["unit"]``, else percent. Checked against the
        values.
    estimation_window, event_window
        ``(start, end)`` in sessions relative to day 0, both included.
    car_windows
        Windows of the CARs and tests; each inside ``event_window``.
    min_estimation_obs
        Fewest estimation returns an event needs; default half the estimation window, at least
        the number of parameters plus 3.
    clean_estimation
        Leave other events' event windows out of each estimation sample.
    kind
        ``"simple"`` (default) or ``"log"`` returns; BHARs are always computed on simple returns.

    Raises
    ------
    InputError
        For an unknown model, missing benchmark or factors, or windows that do not fit.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> idx = pd.bdate_range("2024-01-01", periods=300)
    >>> r = pd.Series(np.random.default_rng(0).normal(0, 0.01, 300), idx, name="X")
    >>> res = EventStudy(r, pd.DataFrame({"event_id": ["E1"], "session": [idx[280]]})).fit()
    >>> res.car["window"].tolist()
    ['(-1, 1)', '(0, 0)', '(0, 1)']
    >>> print(repr(EventStudy(r, [idx[280]])).splitlines()[0])
    EventStudy: constant_mean model, 1 event x 1 asset, not fitted
    """

    def __init__(
        self,
        returns: pd.DataFrame | pd.Series,
        events: Any,
        *,
        model: str | None = None,
        benchmark: pd.Series | None = None,
        factors: pd.DataFrame | None = None,
        factor_unit: str | None = None,
        estimation_window: tuple[int, int] = (-250, -11),
        event_window: tuple[int, int] = (-5, 5),
        car_windows: Sequence[tuple[int, int]] = _DEFAULT_CAR_WINDOWS,
        min_estimation_obs: int | None = None,
        clean_estimation: bool = True,
        kind: str = "simple",
    ) -> None:
        #: The Parquet price panel the returns are read from (:meth:`from_parquet`): the
        #: workers of a fit on a Dask cluster read their windows from it; None otherwise.
        self.returns_source: ParquetReturns | None = None
        self._returns: pd.DataFrame | None = None
        if isinstance(returns, ParquetReturns):
            self.returns_source = returns
            #: The sessions of the returns (their index) and the assets (their columns).
            self.sessions = returns.sessions
            self.assets = list(returns.tickers)
        else:
            self._returns = check_returns(as_returns(returns), name="returns")
            self.sessions = pd.DatetimeIndex(self._returns.index)
            self.assets = list(self._returns.columns)
        idx = self.sessions
        bench = aligned(benchmark, idx, "benchmark")
        if bench is not None:  # factors are left alone: they may be in percent
            check_returns(bench, name="benchmark")
        self.benchmark = None if bench is None else bench.iloc[:, 0]
        excess = isinstance(model, str) and model in EXCESS_RETURN_MODELS
        self.factors = None if excess else aligned(factors, idx, "factors")
        n_factors = 0 if self.factors is None else self.factors.shape[1]
        self.spec: ModelSpec = resolve_model(model, self.benchmark is not None, n_factors)
        self.kind = check_option("kind", kind, ("simple", "log"))
        self.estimation_window = parse_window(estimation_window, "estimation_window")
        self.event_window = parse_window(event_window, "event_window")
        self.car_windows = parse_windows(car_windows, "car_windows")
        check_layout(self.estimation_window, self.event_window, self.car_windows)
        p = self.spec.n_params
        if min_estimation_obs is None:
            min_estimation_obs = max(p + 3, math.ceil(self.estimation_window.length / 2))
        if (
            isinstance(min_estimation_obs, bool)
            or not isinstance(min_estimation_obs, (int, np.integer))
            or min_estimation_obs < p + 1
        ):
            raise InputError(
                f"Parameter `min_estimation_obs` takes a whole number of at least {p + 1} for "
                f"model={self.spec.name!r}, got {min_estimation_obs!r}."
            )
        self.min_estimation_obs = int(min_estimation_obs)
        self.clean_estimation = bool(clean_estimation)
        self.events: EventSet = align_events(events)
        #: The risk-free rate (decimal) subtracted from the returns by a Fama-French model.
        self.risk_free: pd.Series | None = None
        #: Where those factors come from, and their unit.
        self.factor_source: str | None = None
        if excess:
            self._use_excess_returns(factors, factor_unit)
        elif factor_unit is not None:
            raise InputError(
                "Parameter `factor_unit` applies to model='ff3', 'ff5' or 'carhart', got "
                f"model={self.spec.name!r}."
            )

    @classmethod
    def from_parquet(
        cls,
        path: str | os.PathLike[str],
        events: Any,
        *,
        tickers: Sequence[str] | str | None = None,
        benchmark: str | pd.Series | None = None,
        start: Any = None,
        end: Any = None,
        close_column: str | None = None,
        kind: str = "simple",
        **options: Any,
    ) -> EventStudy:
        """An event study on the closes of a Parquet price panel (the ``parquet`` source).

        Building the study reads the panel's tickers, the dates of their rows (the sessions,
        checked and warned about as the source does) and the benchmark's closes: no other
        close. A fit on a Dask cluster (``fit(client=...)``) then sends each worker only the
        path, the tickers and the dates of its part: the workers read their returns from the
        panel themselves, only the assets and the row groups their windows need, check the
        closes they read, and compute the returns as :meth:`PriceData.returns` does
        (``docs/scale.md``); with a Fama-French model they subtract the risk-free rate. A fit
        without a client, or the first use of ``study.returns``, reads every asset's closes
        in this process.

        Parameters
        ----------
        path
            A Parquet file or dataset folder, best partitioned by asset (``asset=XYZ/``) with
            row groups of a year or so (:mod:`toolkit.market.parquetfile` lists the layouts).
        events
            As for :class:`EventStudy`.
        tickers
            The assets (None: every ticker of the panel).
        benchmark
            A ticker of the panel whose returns are the benchmark, or a Series of returns.
        start, end
            Dates the closes are read between (None: all the panel has).
        close_column
            ``"close"`` or ``"adj_close"`` (None: ``adj_close`` when the panel has it).
        kind
            ``"simple"`` or ``"log"`` returns.
        **options
            The other parameters of :class:`EventStudy` (``model``, windows, ...).

        Returns
        -------
        EventStudy

        Raises
        ------
        InputError
            For a bad path, tickers or benchmark, or as :class:`EventStudy`; an error about a
            close of an asset (missing, not positive, a move beyond the source's
            ``max_daily_ratio``) is raised by the fit that reads it, naming the ticker and the
            path.
        """
        kind = check_option("kind", kind, ("simple", "log"))
        record, bench = plan_parquet_returns(
            path, tickers, benchmark, start, end, close_column, kind
        )
        return cls(record, events, benchmark=bench, kind=kind, **options)

    @property
    def returns(self) -> pd.DataFrame:
        """The returns, sessions by assets (float, column names as str).

        A study built by :meth:`from_parquet` reads them from the panel on first use, every
        asset at once in this process (a fit without a client does); a fit on a Dask cluster
        never uses them.
        """
        if self._returns is None:
            assert self.returns_source is not None
            self._returns = self.returns_source.read()
        return self._returns

    @returns.setter
    def returns(self, value: pd.DataFrame) -> None:
        self._returns = value

    def _use_excess_returns(self, factors: Any, factor_unit: str | None) -> None:
        """Replace returns and benchmark by excess returns and set the decimal factors (the
        returns of a Parquet panel: record what the workers subtract from them)."""
        source = self.returns_source
        inputs = excess_inputs(
            self.spec.name,
            pd.DataFrame(index=self.sessions) if source is not None else self.returns,
            self.benchmark,
            factors,
            factor_unit=factor_unit,
            kind=self.kind,
            sessions=self.events.frame["session"],
            estimation_window=self.estimation_window,
            event_window=self.event_window,
        )
        if source is not None:
            deduct = inputs.deduct.to_numpy(dtype=np.float64)
            self.returns_source = dataclasses.replace(source, deduct=deduct)
        else:
            self.returns = inputs.returns
        self.benchmark = inputs.benchmark
        self.factors, self.risk_free = inputs.factors, inputs.risk_free
        self.factor_source = f"{inputs.source} (given in {inputs.unit}, used in decimals)"

    def summary(self) -> Summary:
        """The study's specification (model, windows, inputs) and its events, before fitting.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()``; ``repr()`` shows its first lines.
        """
        idx = self.sessions
        n_assets = len(self.assets)
        span = f"{idx[0]:%Y-%m-%d} to {idx[-1]:%Y-%m-%d}" if len(idx) else "no sessions"
        assets = ", ".join(map(str, self.assets[:8])) + (
            f", ... ({n_assets} in all)" if n_assets > 8 else ""
        )
        header: list[tuple[str, Any]] = [
            ("model", self.spec.name),
            ("benchmark", None if self.benchmark is None else str(self.benchmark.name)),
            ("estimation window", self.estimation_window),
            ("event window", self.event_window),
            ("CAR windows", list(self.car_windows)),
            ("clean estimation", self.clean_estimation),
            ("returns", f"{len(idx)} sessions, {span} ({self.kind})"),
            ("assets", assets),
            ("min. estimation returns", self.min_estimation_obs),
        ]
        if self.factors is not None:
            header.insert(2, ("factors", list(map(str, self.factors.columns))))
        if self.risk_free is not None:
            header.insert(3, ("returns over RF from", self.factor_source))
        events = self.events.frame
        cols = [c for c in ("event_id", "session", "group", "n_statements") if c in events]
        return Summary(
            f"EventStudy: {self.spec.name} model, {plural(len(self.events), 'event')} x "
            f"{plural(n_assets, 'asset')}, not fitted",
            header,
            [SummaryTable(events[cols], caption="Events (day 0)")],
        )

    # ------------------------------------------------------------------ fit
    def fit(
        self,
        *,
        bootstrap: int = 0,
        seed: int | None = None,
        adjust: str | None = None,
        rank_tests: bool = True,
        n_jobs: int | None = None,
        client: Any = None,
        out: str | os.PathLike[str] | None = None,
    ) -> EventStudyResults:
        """Estimate the model for every (event, asset) pair and compute all tests.

        Parameters
        ----------
        bootstrap
            Number of bootstrap resamples for bootstrap-t p-values of the mean CAR and mean SCAR
            (0: none).
        seed
            Seed of the bootstrap (results are identical for the same seed).
        adjust
            ``"holm"`` or ``"fdr_bh"``: add ``pvalue_adj`` to ``car``, adjusting the per-event
            p-values of each window for multiple testing.
        rank_tests
            Compute the Corrado and GRANK rank tests (True by default). Ranking every estimation
            and event window is the costliest step on large panels; with False those two tests
            carry the reason "rank_tests=False".
        n_jobs
            Threads that work on blocks of events at once (None: one per usable core). The
            results do not depend on it: each block writes only its own events.
        client
            A ``dask.distributed.Client``: the blocks of events are estimated on its workers,
            each reading only the sessions its windows need, and the results equal those of a
            fit on this machine (``docs/scale.md``). None (default): this machine only.
        out
            With ``client``: a folder (e.g. ``"pairs.parquet"``, new, empty, or an earlier
            one of these) where the workers write the per-pair frames ``abnormal_returns``,
            ``car`` and ``car_path`` as Parquet, so that this process never holds them all;
            the results read them from there on first access (``results.pair_store``). The
            folder appears complete, with a ``_SUCCESS`` file, or not at all.

        Returns
        -------
        EventStudyResults

        Warns
        -----
        EventWarning
            For skipped events or windows, and for events whose windows overlap on one asset.
        DataWarning
            Counting missing returns dropped from estimation windows.

        Raises
        ------
        InputError
            For a closed ``client`` or a scheduler that does not answer.
        ClusterError
            When the cluster cannot finish the fit (workers lost more often than Dask retries).
        """
        if (
            isinstance(bootstrap, bool)
            or not isinstance(bootstrap, (int, np.integer))
            or bootstrap < 0
        ):
            raise InputError(f"Parameter `bootstrap` takes a whole number >= 0, got {bootstrap!r}.")
        if adjust is not None:
            check_option("adjust", adjust, ("holm", "fdr_bh"))
        if n_jobs is None:
            n_jobs = _usable_cores()
        elif isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or n_jobs < 1:
            raise InputError(
                f"Parameter `n_jobs` takes a whole number >= 1 or None, got {n_jobs!r}."
            )
        options = FitOptions(
            bootstrap=int(bootstrap),
            seed=seed,
            adjust=adjust,
            rank_tests=bool(rank_tests),
            n_jobs=int(n_jobs),
        )
        if client is not None:
            from toolkit.study._distributed import run_distributed

            return run_distributed(self, options, client, out)
        if out is not None:
            raise InputError(
                "Parameter `out` applies to a fit on a Dask cluster (client=...); without one, "
                "write the frames yourself, e.g. results.car.to_parquet(path)."
            )
        return run_fit(self, options)
