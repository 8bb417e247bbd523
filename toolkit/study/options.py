"""The frozen record of a fit: every setting a result was computed with.

:class:`StudyOptions` is ``EventStudyResults.options``: the settings of the
:class:`~toolkit.study.model.EventStudy` (model, windows, benchmark, clean estimation, ...) and
of the :meth:`~toolkit.study.model.EventStudy.fit` call (the tests run, bootstrap, p-value
adjustment), built once by the engine. ``EventStudyResults.params`` is its
:meth:`~StudyOptions.as_dict`, the results' summary header shows its :meth:`~StudyOptions.rows`,
and the HTML report's provenance reads it, so the three cannot disagree.
:class:`RegressionOptions` is the same record for ``EventRegressionResults.options``.

The number of threads (``n_jobs``) is not recorded: results do not depend on it, and a report
must read the same on any machine.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from toolkit.study._engine import FitOptions
    from toolkit.study.model import EventStudy

__all__ = ["RegressionOptions", "StudyOptions"]

#: Tests that ``fit(rank_tests=False)`` leaves out.
_RANK_TESTS = ("corrado", "grank")


@dataclass(frozen=True)
class StudyOptions:
    """Every setting of one event study and of its :meth:`~toolkit.study.model.EventStudy.fit`.

    Attributes
    ----------
    model
        The normal-return model; ``n_params`` its parameters (constant included).
    estimation_window, event_window
        ``(start, end)`` in sessions relative to day 0.
    car_windows
        The CAR windows, in order.
    min_estimation_obs
        Fewest estimation returns a pair needs.
    clean_estimation
        Whether other events' windows were left out of each estimation sample.
    kind
        ``"simple"`` or ``"log"`` returns.
    benchmark, factors
        The benchmark's name and the factors' names (None without).
    n_assets, n_events
        Assets and events of the study.
    bootstrap, seed
        Bootstrap resamples (0: none) and their seed.
    adjust
        ``"holm"``, ``"fdr_bh"`` or None: adjustment of the per-event p-values.
    rank_tests
        Whether the Corrado and GRANK tests were computed.
    tests
        The cross-sectional tests run, in the order of the ``caar`` columns.
    """

    model: str
    n_params: int
    estimation_window: tuple[int, int]
    event_window: tuple[int, int]
    car_windows: tuple[tuple[int, int], ...]
    min_estimation_obs: int
    clean_estimation: bool
    kind: str
    benchmark: str | None
    factors: tuple[str, ...] | None
    n_assets: int
    n_events: int
    bootstrap: int = 0
    seed: int | None = None
    adjust: str | None = None
    rank_tests: bool = True
    tests: tuple[str, ...] = ()

    @classmethod
    def build(cls, study: EventStudy, fit: FitOptions) -> StudyOptions:
        """The record of ``study`` fitted with the checked call options ``fit``."""
        from toolkit.study.results import CAAR_TESTS

        tests = tuple(t for t in CAAR_TESTS if fit.rank_tests or t not in _RANK_TESTS)
        if fit.bootstrap:
            tests += ("caar_boot", "bmp_boot")
        return cls(
            model=study.spec.name,
            n_params=study.spec.n_params,
            estimation_window=study.estimation_window.as_tuple(),
            event_window=study.event_window.as_tuple(),
            car_windows=tuple(w.as_tuple() for w in study.car_windows),
            min_estimation_obs=study.min_estimation_obs,
            clean_estimation=study.clean_estimation,
            kind=study.kind,
            benchmark=None if study.benchmark is None else str(study.benchmark.name),
            factors=None if study.factors is None else tuple(map(str, study.factors.columns)),
            n_assets=len(study.assets),
            n_events=len(study.events),
            bootstrap=fit.bootstrap,
            seed=fit.seed,
            adjust=fit.adjust,
            rank_tests=fit.rank_tests,
            tests=tests,
        )

    def as_dict(self) -> dict[str, Any]:
        """The record as a plain dict (``EventStudyResults.params``; lists for sequences)."""
        out = asdict(self)
        out["car_windows"] = list(self.car_windows)
        out["factors"] = None if self.factors is None else list(self.factors)
        out["tests"] = list(self.tests)
        return out

    def rows(self) -> list[tuple[str, Any]]:
        """(label, value) pairs for display, most telling first."""
        out: list[tuple[str, Any]] = [
            ("model", self.model),
            ("benchmark", self.benchmark),
            ("estimation window", self.estimation_window),
            ("event window", self.event_window),
            ("CAR windows", list(self.car_windows)),
            ("clean estimation", self.clean_estimation),
            ("tests", list(self.tests)),
            ("min. estimation returns", self.min_estimation_obs),
            ("returns", self.kind),
        ]
        if self.factors is not None:
            out.insert(2, ("factors", list(self.factors)))
        out.append(
            (
                "bootstrap",
                f"{self.bootstrap} resamples, seed {self.seed}" if self.bootstrap else None,
            )
        )
        out.append(("p-value adjustment", self.adjust))
        return out


@dataclass(frozen=True)
class RegressionOptions:
    """Every setting of one :func:`~toolkit.study.regression.event_regression` call.

    Attributes
    ----------
    window
        The event window of each dummy.
    sample
        Sessions before the first event and after the last one in the sample.
    cov_type
        The covariance asked for; ``cov_used`` the one used (``"nonrobust"`` when the windows
        are too short for a robust one).
    maxlags
        The HAC lag length asked for (None: the Newey-West rule); ``hac_lags`` the one used.
    hac_correction
        Whether the HAC covariance carries the n/(n-k) small-sample factor.
    benchmark
        The benchmark's name (None without one).
    controls
        The names of the control regressors.
    n_events
        Events given (some may be outside the sample: ``EventRegressionResults.dropped``).
    """

    window: tuple[int, int]
    sample: tuple[int, int]
    cov_type: str
    cov_used: str
    maxlags: int | None
    hac_lags: int | None
    benchmark: str | None
    controls: tuple[str, ...]
    n_events: int
    hac_correction: bool = True

    def as_dict(self) -> dict[str, Any]:
        """The record as a plain dict."""
        out = asdict(self)
        out["controls"] = list(self.controls)
        return out

    def rows(self) -> list[tuple[str, Any]]:
        """(label, value) pairs for display, most telling first."""
        cov = (
            self.cov_used
            if self.cov_used == self.cov_type
            else (f"{self.cov_used} (asked: {self.cov_type}; the event windows are too short)")
        )
        return [
            ("window", self.window),
            ("covariance", cov),
            ("HAC lags", self.hac_lags),
            ("HAC small-sample factor n/(n-k)", self.hac_correction if self.hac_lags else None),
            ("benchmark", self.benchmark),
            ("controls", list(self.controls)),
            (
                "sample",
                f"{-self.sample[0]} sessions before the first event to {self.sample[1]} after "
                "the last",
            ),
        ]
