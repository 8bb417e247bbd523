"""Cross-sectional regression of CARs on event or firm characteristics.

After an event study, the next question is usually *which* events or firms moved more: do
firms with more revenue in China fall further on a tariff announcement, do larger firms react
less? :func:`car_regression` (and ``EventStudyResults.cross_section``) regresses one CAR
measure of one CAR window on characteristics with an ordinary least-squares fit written as a
statsmodels formula, ``"car ~ china_revenue + np.log(size)"``.

Rules:

- **One row per (event, asset) pair** of the chosen CAR ``window`` (one of the study's
  ``car_windows``). The left-hand side is ``car``, ``scar`` (the standardised CAR), ``bhar`` or
  ``bhar_benchmark``, or any patsy expression of them.
- **Characteristics** come from the events frame (``group``, ``session``, ``n_statements`` and
  any extra columns the events carry) and from ``data``: a DataFrame keyed by ``event_id``
  (event characteristics), by ``asset`` (firm characteristics) or by both (firm-event
  characteristics). A column of ``data`` replaces an events column of the same name. Pairs
  without a row in ``data`` are left out with a :class:`~toolkit.errors.DataWarning`, as are
  rows with a missing value in a variable of the formula.
- **Covariance.** CARs of events that share a day 0 (several firms on one announcement, or two
  events on one session) are correlated, so by default the standard errors are clustered by the
  day-0 session when some rows share one, and HC3 (MacKinnon and White 1985) otherwise.
  ``cov_type`` picks one explicitly: ``"HC3"``, ``"HC1"``, ``"cluster"`` (by ``cluster``, a
  column, ``"session"`` by default) or ``"nonrobust"``. Clustered errors use statsmodels'
  small-sample correction ``G / (G - 1) * (N - 1) / (N - K)`` and t with ``G - 1`` degrees of
  freedom; with fewer than :data:`MIN_CLUSTERS` clusters they are unreliable and a warning says
  so. When every row shares one session, no covariance can allow for the cross-correlation of
  the CARs; the default falls back to HC3 with a warning.
- p-values are two-sided, from the t distribution.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from toolkit.study.model import EventStudy
>>> rng = np.random.default_rng(0)
>>> days = pd.bdate_range("2024-01-02", periods=320)
>>> rets = pd.DataFrame(rng.normal(0, 0.01, (320, 4)), index=days, columns=list("ABCD"))
>>> events = pd.DataFrame({"event_id": ["E1", "E2"], "session": [days[280], days[300]]})
>>> res = EventStudy(rets, events, estimation_window=(-120, -11), event_window=(-2, 2)).fit()
>>> firms = pd.DataFrame({"asset": list("ABCD"), "size": [1.0, 2.0, 3.0, 4.0]})
>>> fit = car_regression(res, "car ~ size", data=firms, window=(0, 1), cov_type="HC3")
>>> fit.nobs, fit.cov_type, list(fit.params.index)
(8, 'HC3', ['Intercept', 'size'])
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

import numpy as np
import pandas as pd

from toolkit._display import Displayable, Summary, SummaryTable, plural
from toolkit._format import fmt_number, fmt_pct, fmt_pct_se, fmt_share
from toolkit.errors import (
    DataWarning,
    EventWarning,
    InputError,
    InputTypeError,
    check_option,
    external_stacklevel,
)
from toolkit.study.windows import Window, parse_window

if TYPE_CHECKING:
    from toolkit.study.results import EventStudyResults

__all__ = ["CAR_MEASURES", "MIN_CLUSTERS", "CrossSectionResults", "CovType", "car_regression"]

CovType = Literal["HC3", "HC1", "cluster", "nonrobust"]
#: Columns of the CAR frame a formula can take as its left-hand side.
CAR_MEASURES: tuple[str, ...] = ("car", "scar", "bhar", "bhar_benchmark")
#: Fewer clusters than this give a warning: cluster-robust errors need many clusters.
MIN_CLUSTERS = 10
#: Measures that are returns (coefficients shown as percentages); ``scar`` is unitless.
_RETURN_MEASURES = frozenset({"car", "bhar", "bhar_benchmark"})
#: Columns of the CAR frame kept for the regression.
_CAR_COLUMNS = ("event_id", "asset", *CAR_MEASURES, "t", "pvalue")
_KEYS = ("event_id", "asset")


@dataclass(frozen=True, repr=False)
class CrossSectionResults(Displayable):
    """A cross-sectional regression of CARs (:func:`car_regression`).

    Attributes
    ----------
    result
        The fitted statsmodels ``RegressionResults`` (also :meth:`to_statsmodels`).
    formula
        The formula fitted.
    window
        The CAR window whose CARs were regressed.
    cov_type
        The covariance used: ``"HC3"``, ``"HC1"``, ``"cluster"`` or ``"nonrobust"``.
    cluster
        The column the errors are clustered by (None unless ``cov_type == "cluster"``).
    n_clusters
        The number of clusters (None unless clustered).
    data
        The rows of the regression: the CAR frame of the window joined with the
        characteristics, one row per (event, asset) pair used.
    dropped
        Pairs left out: ``(event_id, asset, reason)`` rows.
    """

    result: Any = field(repr=False)
    formula: str
    window: Window
    cov_type: str
    cluster: str | None
    n_clusters: int | None
    data: pd.DataFrame = field(repr=False)
    dropped: pd.DataFrame = field(repr=False)

    @property
    def params(self) -> pd.Series:
        """Coefficients, indexed by the formula's terms (``Intercept`` first)."""
        return self.result.params

    @property
    def bse(self) -> pd.Series:
        """Standard errors under :attr:`cov_type`."""
        return self.result.bse

    @property
    def tvalues(self) -> pd.Series:
        """t statistics (coefficient over standard error)."""
        return self.result.tvalues

    @property
    def pvalues(self) -> pd.Series:
        """Two-sided p-values of the t statistics."""
        return self.result.pvalues

    @property
    def nobs(self) -> int:
        """The number of rows (event-asset pairs) in the fit."""
        return int(self.result.nobs)

    @property
    def rsquared(self) -> float:
        """The R-squared of the fit."""
        return float(self.result.rsquared)

    @property
    def rsquared_adj(self) -> float:
        """The adjusted R-squared."""
        return float(self.result.rsquared_adj)

    @property
    def dependent(self) -> str:
        """The left-hand side of the formula (``"car"``, ``"bhar"``, ...)."""
        return str(self.result.model.endog_names)

    def conf_int(self, level: float = 0.95) -> pd.DataFrame:
        """Two-sided confidence intervals at ``level`` (columns ``lower`` and ``upper``)."""
        from toolkit.study.inference import _check_level

        ci = self.result.conf_int(alpha=1.0 - _check_level(level))
        ci.columns = ["lower", "upper"]
        return ci

    def to_frame(self) -> pd.DataFrame:
        """One row per term: term, coef, std_err, t, pvalue, lower, upper (95%)."""
        ci = self.conf_int()
        return pd.DataFrame(
            {
                "term": list(self.params.index),
                "coef": self.params.to_numpy(),
                "std_err": self.bse.to_numpy(),
                "t": self.tvalues.to_numpy(),
                "pvalue": self.pvalues.to_numpy(),
                "lower": ci["lower"].to_numpy(),
                "upper": ci["upper"].to_numpy(),
            }
        )

    def to_statsmodels(self) -> Any:
        """The statsmodels results (``summary()``, ``f_test()``, ``get_influence()``, ...)."""
        return self.result

    def summary(self) -> Summary:
        """The summary: formula, window, covariance and fit, then the coefficient table.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()`` (``str()`` and notebooks show them).
        """
        title = (
            f"CrossSectionResults: {self.formula}, window {self.window.label}, "
            f"{plural(self.nobs, 'event-asset pair')}"
        )
        cov = self.cov_type
        if self.cov_type == "cluster":
            cov = f"clustered by {self.cluster} ({plural(self.n_clusters or 0, 'cluster')})"
        header: list[tuple[str, Any]] = [
            ("dependent", self.dependent),
            ("window", self.window),
            ("covariance", cov),
            ("observations", self.nobs),
            ("R-squared", fmt_share(self.rsquared)),
            ("adj. R-squared", fmt_share(self.rsquared_adj)),
            ("left out", f"{len(self.dropped)} pairs (see .dropped)"),
        ]
        if self.dependent not in _RETURN_MEASURES:  # scar or an expression: not a return
            formats = {c: fmt_number for c in ("coef", "std_err", "lower", "upper")}
        else:
            formats = {"coef": fmt_pct, "std_err": fmt_pct_se, "lower": fmt_pct, "upper": fmt_pct}
        table = SummaryTable(
            self.to_frame(), caption="Coefficients (95% interval)", formats=formats
        )
        return Summary(title, header, [table])


# ------------------------------------------------------------------ inputs
def _window(results: EventStudyResults, window: Any) -> Window:
    allowed = [Window(*w) for w in results.options.car_windows]
    if isinstance(window, str):
        chosen = next((w for w in allowed if w.label == window.strip()), None)
    else:
        chosen = parse_window(window, "window")
    if chosen not in allowed:
        shown = ", ".join(w.label for w in allowed)
        raise InputError(
            f"Parameter `window` takes one of the study's CAR windows ({shown}), got {window!r}; "
            "add it to `car_windows` of the EventStudy to regress its CARs."
        )
    return chosen


def _keyed(data: Any) -> tuple[pd.DataFrame, list[str]]:
    """``data`` checked: a DataFrame with unique keys (event_id and/or asset) as text."""
    if not isinstance(data, pd.DataFrame):
        raise InputTypeError(
            f"Parameter `data` takes a DataFrame of characteristics, got {type(data).__name__}."
        )
    keys = [k for k in _KEYS if k in data.columns]
    if not keys:
        raise InputError(
            "Parameter `data` needs an `event_id` column (event characteristics), an `asset` "
            f"column (firm characteristics) or both; got columns {list(data.columns)}."
        )
    out = data.copy()
    for k in keys:
        if out[k].isna().any():
            raise InputError(f"Parameter `data`: the `{k}` column has missing values.")
        out[k] = out[k].astype(str)
    dup = out.duplicated(keys)
    if dup.any():
        shown = out.loc[dup, keys].drop_duplicates().head(3).to_dict("records")
        raise InputError(
            f"Parameter `data` must have one row per {' and '.join(keys)}; repeated: {shown}."
        )
    hidden = [c for c in out.columns if c in _CAR_COLUMNS and c not in keys]
    if hidden:
        raise InputError(
            f"Parameter `data`: columns {hidden} would hide the CAR frame's own; rename them."
        )
    return out, keys


def _pairs(results: EventStudyResults, window: Window) -> pd.DataFrame:
    """The CARs of ``window`` joined with the events' characteristics."""
    car = results.car
    car = car.loc[car["window"] == window.label, list(_CAR_COLUMNS)]
    car = car.astype({"event_id": str, "asset": str}).reset_index(drop=True)
    events = results.events.drop(columns=["asset"], errors="ignore").astype({"event_id": str})
    return car.merge(events, on="event_id", how="left", validate="many_to_one")


def _names(formula: str) -> list[str]:
    """The variable names a patsy formula reads (not the functions it calls)."""
    import patsy

    try:
        desc = patsy.ModelDesc.from_formula(formula)
    except patsy.PatsyError as exc:
        raise InputError(
            f"Parameter `formula`: {formula!r} is not a valid formula ({exc})."
        ) from exc
    names: list[str] = []
    for term in [*desc.lhs_termlist, *desc.rhs_termlist]:
        for factor in term.factors:
            tree = ast.parse(factor.code, mode="eval")
            called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
            roots = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
            for node in ast.walk(tree):
                if isinstance(node, ast.Name) and id(node) not in called | roots:
                    names.append(node.id)
    return list(dict.fromkeys(names))


def _check_formula(formula: Any, frame: pd.DataFrame) -> list[str]:
    if not isinstance(formula, str):
        raise InputTypeError(
            f"Parameter `formula` takes a formula such as 'car ~ size', got {type(formula).__name__}."
        )
    if "~" not in formula:
        raise InputError(
            f"Parameter `formula` needs a left-hand side ({', '.join(CAR_MEASURES)}) and '~', "
            f"got {formula!r}."
        )
    names = _names(formula)
    unknown = [n for n in names if n not in frame.columns]
    if unknown:
        raise InputError(
            f"Parameter `formula`: unknown column(s) {unknown}; the regression's columns are "
            f"{list(frame.columns)} (give characteristics in `data`)."
        )
    return names


def _warn_left_out(dropped: pd.DataFrame, total: int) -> None:
    if not len(dropped):
        return
    for reason, rows in dropped.groupby("reason", sort=False):
        shown = ", ".join(f"{e}/{a}" for e, a in rows[["event_id", "asset"]].head(3).to_numpy())
        warnings.warn(
            f"{len(rows)} of {total} CARs left out of the cross-section: {reason} "
            f"(e.g. {shown}; see .dropped).",
            DataWarning,
            stacklevel=external_stacklevel(),
        )


# ------------------------------------------------------------------ the fit
def car_regression(
    results: EventStudyResults,
    formula: str,
    *,
    data: pd.DataFrame | None = None,
    window: Sequence[int] | Window | str = (0, 1),
    cov_type: CovType | None = None,
    cluster: str = "session",
) -> CrossSectionResults:
    """Regress the CARs of one window on event or firm characteristics (OLS).

    Parameters
    ----------
    results
        A fitted event study.
    formula
        A statsmodels (patsy) formula, ``"car ~ china_revenue + size"``; the left-hand side is
        ``car``, ``scar``, ``bhar`` or ``bhar_benchmark`` (or an expression of one).
    data
        Characteristics keyed by ``event_id``, ``asset`` or both, one row per key; None uses
        only the events' own columns (``group``, ``session``, ``n_statements`` and extra ones).
    window
        One of the study's CAR windows, ``(0, 1)`` or its label ``"(0, 1)"``.
    cov_type
        ``"HC3"``, ``"HC1"``, ``"cluster"`` or ``"nonrobust"``; None (default) clusters by
        ``cluster`` when rows share a day-0 session, HC3 otherwise.
    cluster
        The column to cluster by (a column of the events or of ``data``), ``"session"``.

    Returns
    -------
    CrossSectionResults

    Raises
    ------
    InputError
        For a window not among the study's, a formula naming an unknown column, ``data``
        without keys or with repeated keys, no rows after the merge, fewer rows than
        parameters, an unknown ``cov_type`` or ``cluster`` column, or fewer than two clusters.
    InputTypeError
        When ``formula`` is not text or ``data`` not a DataFrame.

    Warns
    -----
    DataWarning
        For CARs without a row in ``data`` or with missing characteristics (left out).
    EventWarning
        For clustered errors with fewer than :data:`MIN_CLUSTERS` clusters, or when every row
        shares one session.
    """
    import patsy
    import statsmodels.formula.api as smf

    if cov_type is not None:
        check_option("cov_type", cov_type, get_args(CovType))
    win = _window(results, window)
    frame = _pairs(results, win)
    total = len(frame)
    dropped = [frame.iloc[0:0][["event_id", "asset"]].assign(reason="")]
    if data is not None:
        chars, keys = _keyed(data)
        frame = frame.drop(columns=[c for c in chars.columns if c in frame and c not in keys])
        merged = frame.merge(chars, on=keys, how="left", indicator=True, validate="many_to_one")
        unmatched = merged["_merge"] == "left_only"
        dropped.append(
            merged.loc[unmatched, ["event_id", "asset"]].assign(
                reason=f"no row in `data` for its {' and '.join(keys)}"
            )
        )
        frame = merged.loc[~unmatched].drop(columns="_merge").reset_index(drop=True)
        if not len(frame):
            have = sorted(set(map(str, chars[keys[0]])))[:5]
            want = sorted(set(_pairs(results, win)[keys[0]]))[:5]
            raise InputError(
                f"Parameter `data`: no CAR of window {win.label} has a row in `data` (matched on "
                f"{', '.join(keys)}); the CARs have {keys[0]} {want}, `data` has {have}."
            )
    names = _check_formula(formula, frame)
    if not len(frame):
        raise InputError(f"Parameter `window`: no CAR was computed for window {win.label}.")
    missing = frame[names].isna().any(axis=1)
    if missing.any():
        cols = [c for c in names if frame.loc[missing, c].isna().any()]
        dropped.append(
            frame.loc[missing, ["event_id", "asset"]].assign(
                reason=f"missing value in {', '.join(cols)}"
            )
        )
        frame = frame.loc[~missing].reset_index(drop=True)
    left_out = pd.concat(dropped, ignore_index=True)
    _warn_left_out(left_out, total)
    if not len(frame):
        raise InputError(
            f"Parameter `formula`: no row of window {win.label} has every variable of {formula!r}."
        )
    try:
        model = smf.ols(formula, data=frame, missing="raise")
    except (patsy.PatsyError, ValueError, TypeError) as exc:
        raise InputError(f"Parameter `formula`: {formula!r} cannot be fitted ({exc}).") from exc
    k = int(model.exog.shape[1])
    if len(frame) <= k:
        raise InputError(
            f"Parameter `formula`: {plural(len(frame), 'row')} for {plural(k, 'parameter')}; "
            "the regression needs more rows than parameters."
        )
    used_cov, groups = _covariance(frame, cov_type, cluster)
    fit_kwargs: dict[str, Any] = {"cov_type": used_cov, "use_t": True}
    if groups is not None:
        fit_kwargs["cov_kwds"] = {"groups": groups}
    res = model.fit(**fit_kwargs)
    n_clusters = None if groups is None else int(np.unique(groups).size)
    return CrossSectionResults(
        result=res,
        formula=formula,
        window=win,
        cov_type=used_cov,
        cluster=cluster if groups is not None else None,
        n_clusters=n_clusters,
        data=frame,
        dropped=left_out,
    )


def _covariance(
    frame: pd.DataFrame, cov_type: str | None, cluster: str
) -> tuple[str, np.ndarray | None]:
    """The covariance to use and, when clustered, the cluster codes of the rows."""
    if cov_type in ("HC3", "HC1", "nonrobust"):
        return cov_type, None
    if cluster not in frame.columns:
        raise InputError(
            f"Parameter `cluster`: no column {cluster!r} to cluster by; the columns are "
            f"{list(frame.columns)}."
        )
    if frame[cluster].isna().any():
        raise InputError(f"Parameter `cluster`: the column {cluster!r} has missing values.")
    codes = pd.factorize(frame[cluster], sort=True)[0]
    n_groups = int(codes.max()) + 1
    if cov_type is None:
        if n_groups == len(frame):
            return "HC3", None
        if n_groups < 2:
            warnings.warn(
                f"Every CAR of the cross-section shares one {cluster}: their cross-correlation "
                "cannot be allowed for, HC3 standard errors are used and understate the "
                "uncertainty.",
                EventWarning,
                stacklevel=external_stacklevel(),
            )
            return "HC3", None
    elif n_groups < 2:
        raise InputError(
            f"Parameter `cov_type`: 'cluster' needs at least two values of {cluster!r}, "
            f"got {n_groups}."
        )
    if n_groups < MIN_CLUSTERS:
        warnings.warn(
            f"Standard errors clustered by {cluster} with only {n_groups} clusters (fewer than "
            f"{MIN_CLUSTERS}) are unreliable; read the p-values with care.",
            EventWarning,
            stacklevel=external_stacklevel(),
        )
    return "cluster", codes
