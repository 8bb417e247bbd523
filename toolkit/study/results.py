"""Results of an event study: tidy frames, confidence intervals and a summary.

:class:`EventStudyResults` is built once by the engine (:mod:`toolkit.study._engine`) from
finished arrays: one row per (event, asset) pair and one column per relative day or CAR window.
What it decides is how those arrays are shown:

- the per-pair frames (``abnormal_returns``, ``car``, ``car_path``, ``caar_path``) are built on
  first access, keyed by ``event_id`` and ``asset`` (categoricals in the order of the events and
  of the returns' columns), and only for pairs that were estimated; days or windows without a
  value are left out (``skipped`` says why);
- ``caar`` has one row per CAR window and group (``"all"`` first) with every test of
  :data:`CAAR_TESTS` and its p-value, and ``tests`` the same tests in long form;
- :meth:`EventStudyResults.summary` is the one display of a result (a
  :class:`toolkit._display.Summary`): its header is the frozen record of the fit's settings
  (:attr:`EventStudyResults.options`), its table the CAAR of each window and group with the
  tests; ``repr()`` is its short form, ``str()`` its text form, notebooks its HTML form.
"""

from __future__ import annotations

import warnings
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy import stats

from toolkit._display import Displayable, Summary, SummaryTable, plural
from toolkit._format import fmt_stat_p
from toolkit.errors import EventWarning, check_option
from toolkit.study import inference as inf
from toolkit.study._calendar_time import CALENDAR_COLUMNS
from toolkit.study._pages import on_ordinary_pages
from toolkit.study.options import StudyOptions

if TYPE_CHECKING:
    from toolkit.study.model import EventStudy

__all__ = [
    "CAAR_TESTS",
    "OVERLAP_COLUMNS",
    "TEST_COLUMNS",
    "EventStudyResults",
    "EventStudySummary",
]

#: Cross-sectional tests reported in ``caar`` (each with a ``<name>_pvalue`` column).
CAAR_TESTS: tuple[str, ...] = (
    "j1",
    "j2",
    "patell",
    "bmp",
    "bmp_kp",
    "corrado",
    "sign",
    "wilcoxon",
    "grank",
    "patell_kp",
    "calendar_time",
)

#: Columns of ``tests``.
TEST_COLUMNS: tuple[str, ...] = (
    "window",
    "group",
    "test",
    "stat",
    "pvalue",
    "null",
    "dist",
    "reason",
    "assumes_independence",
    "overlap",
)
#: Columns of ``overlap``.
OVERLAP_COLUMNS: tuple[str, ...] = (
    "window",
    "group",
    "n",
    "same_day",
    "calendar",
    "rbar",
    "robust_tests",
)


class EventStudyResults(Displayable):
    """Results of :meth:`EventStudy.fit`: tidy frames keyed by ``event_id`` and ``asset``.

    Attributes
    ----------
    caar
        One row per CAR window and group (``"all"`` and each event group with at least two
        estimated (event, asset) pairs): ``caar``, ``n`` and each test with its p-value (columns of
        ``docs/INTERFACES.md``, plus ``patell_kp``, ``calendar_time`` and ``rbar``, the mean
        correlation of the Kolari-Pynnonen corrections).
    tests
        The same tests in long form (window, group, test, stat, pvalue, null, dist, reason,
        ``assumes_independence``, and ``overlap``: when the cell's pairs share sessions and
        the test cannot allow for it, how many pairs of pairs do and which tests can).
    overlap
        Per CAR window and group: pairs ``n``, unordered pairs of pairs on the same day 0
        (``same_day``) and sharing sessions on different days 0 (``calendar``), ``rbar``, and
        the tests that allow for them (``robust_tests``).
    skipped
        Event-asset pairs or windows that could not be computed, with the reason.
    events
        The events frame.
    options
        The frozen record of every setting of the study and of the fit call
        (:class:`~toolkit.study.options.StudyOptions`).
    params
        The same settings as a dict (``options.as_dict()``).

    Parameters
    ----------
    study
        The study that was fitted.
    arrays
        The engine's arrays, one row per (event, asset) pair: ``event`` and ``asset`` (codes),
        ``reason`` (0 when estimated), ``dof``, the daily ``ret``, ``expected``, ``ar``,
        ``ar_var`` and ``path_var``, and per CAR window ``car``, ``car_var``, ``csar``, ``bhar``.
    car_ok
        Pairs by CAR windows: True where the CAR was computed.
    caar, tests, skipped, options
        As the attributes (``skipped`` as ``(event_id, asset, reason)`` tuples).
    adjust
        ``"holm"``, ``"fdr_bh"`` or None: the adjustment of the per-event p-values in ``car``.

    Notes
    -----
    ``abnormal_returns``, ``car``, ``car_path`` and ``caar_path`` are built on first access.
    """

    def __init__(
        self,
        study: EventStudy,
        arrays: dict[str, np.ndarray],
        car_ok: np.ndarray,
        caar: pd.DataFrame,
        tests: pd.DataFrame,
        skipped: list[tuple[str, str, str]],
        options: StudyOptions,
        adjust: str | None,
        *,
        calendar: pd.DataFrame | None = None,
        overlap: pd.DataFrame | None = None,
    ) -> None:
        self._calendar = calendar
        self.overlap = (
            overlap if overlap is not None else pd.DataFrame(columns=list(OVERLAP_COLUMNS))
        )
        self._study = study
        self._b = arrays
        self._car_ok = car_ok
        self.caar = caar
        self.tests = tests
        self.skipped = pd.DataFrame(skipped, columns=["event_id", "asset", "reason"])
        self.options = options
        self.params = options.as_dict()
        self.events = study.events.to_frame()
        self._adjust = adjust

    @classmethod
    def _empty(
        cls, study: EventStudy, skipped: list[tuple[str, str, str]], options: StudyOptions
    ) -> EventStudyResults:
        """Results without any estimated pair (every entry skipped), warning about them."""
        nw = len(study.car_windows)
        arrays = {k: np.zeros((0,), dtype=int) for k in ("event", "asset", "reason", "dof")}
        L = study.event_window.length
        for k in ("ret", "expected", "ar", "ar_var", "path_var"):
            arrays[k] = np.zeros((0, L))
        for k in ("car", "car_var", "csar", "bhar", "bhar_bench"):
            arrays[k] = np.zeros((0, nw))
        cols = ["window", "window_start", "window_end", "group", "caar", "n"]
        for name in CAAR_TESTS:
            cols += [name, f"{name}_pvalue"]
        cols.append("rbar")
        if skipped:
            shown = "; ".join(f"{e}/{a}: {r}" for e, a, r in skipped[:3])
            warnings.warn(
                f"{len(skipped)} event-asset entries skipped: {shown}", EventWarning, stacklevel=4
            )
        tests = pd.DataFrame(columns=list(TEST_COLUMNS))
        return cls(
            study,
            arrays,
            np.zeros((0, nw), dtype=bool),
            pd.DataFrame(columns=cols),
            tests,
            skipped,
            options,
            options.adjust,
        )

    # ---------------------------------------------------------------- frames
    def _keys(self, rows: np.ndarray) -> tuple[Any, Any]:
        ev_ids = self._study.events.frame["event_id"].astype(str).tolist()
        assets = list(self._study.assets)
        ev = pd.Categorical.from_codes(self._b["event"][rows], categories=pd.Index(ev_ids))
        asset = pd.Categorical.from_codes(self._b["asset"][rows], categories=pd.Index(assets))
        return ev, asset

    @cached_property
    @on_ordinary_pages
    def abnormal_returns(self) -> pd.DataFrame:
        """Daily abnormal returns: event_id, asset, rel_day, session, ret, expected, ar, ar_var,
        sar, pvalue (t test of the day's AR)."""
        b = self._b
        evw = self._study.event_window
        ok = b["reason"] == 0
        rows = np.flatnonzero(ok)
        ar = b["ar"][rows]
        present = np.isfinite(ar)
        r_idx, d_idx = np.nonzero(present)
        pairs = rows[r_idx]
        ev, asset = self._keys(pairs)
        pos = self._session_positions(pairs, d_idx + evw.start)
        sessions = self._study.sessions
        ar_v = ar[r_idx, d_idx]
        var = b["ar_var"][pairs, d_idx]
        t, p = inf.car_ttest(ar_v, var, b["dof"][pairs])
        return pd.DataFrame(
            {
                "event_id": ev,
                "asset": asset,
                "rel_day": (d_idx + evw.start).astype(np.int64),
                "session": sessions[pos],
                "ret": b["ret"][pairs, d_idx],
                "expected": b["expected"][pairs, d_idx],
                "ar": ar_v,
                "ar_var": var,
                "sar": t,
                "pvalue": p,
            }
        )

    def _session_positions(self, pairs: np.ndarray, rel: np.ndarray) -> np.ndarray:
        idx = self._study.sessions
        ev_sessions = pd.DatetimeIndex(self._study.events.frame["session"])
        pos0 = idx.get_indexer(ev_sessions)
        return pos0[self._b["event"][pairs]] + rel

    @cached_property
    @on_ordinary_pages
    def car(self) -> pd.DataFrame:
        """CARs per event, asset and window: car, car_var (estimation error included), scar, t,
        pvalue (t with the model's degrees of freedom), bhar (compounded return minus compounded
        expected return), bhar_benchmark (compounded return minus compounded benchmark return;
        NaN without a benchmark); ``pvalue_adj`` when ``adjust``."""
        b = self._b
        frames = []
        for k, w in enumerate(self._study.car_windows):
            rows = np.flatnonzero(self._car_ok[:, k])
            ev, asset = self._keys(rows)
            car, var = b["car"][rows, k], b["car_var"][rows, k]
            t, p = inf.car_ttest(car, var, b["dof"][rows])
            df = pd.DataFrame(
                {
                    "event_id": ev,
                    "asset": asset,
                    "window": w.label,
                    "window_start": w.start,
                    "window_end": w.end,
                    "car": car,
                    "car_var": var,
                    "scar": t,
                    "t": t,
                    "pvalue": p,
                    "bhar": b["bhar"][rows, k],
                    "bhar_benchmark": b["bhar_bench"][rows, k],
                }
            )
            if self._adjust:
                df["pvalue_adj"] = inf.adjust_pvalues(p, self._adjust)
            frames.append(df)
        return pd.concat(frames, ignore_index=True)

    @cached_property
    @on_ordinary_pages
    def _paths(self) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the estimated pairs, and their ARs cumulated from the event-window start."""
        rows = np.flatnonzero(self._b["reason"] == 0)
        return rows, np.cumsum(self._b["ar"][rows], axis=1)

    @cached_property
    @on_ordinary_pages
    def car_path(self) -> pd.DataFrame:
        """CAR cumulated from the event-window start: event_id, asset, rel_day, car, car_var."""
        b = self._b
        evw = self._study.event_window
        rows, path = self._paths
        r_idx, d_idx = np.nonzero(np.isfinite(path))
        pairs = rows[r_idx]
        ev, asset = self._keys(pairs)
        return pd.DataFrame(
            {
                "event_id": ev,
                "asset": asset,
                "rel_day": (d_idx + evw.start).astype(np.int64),
                "car": path[r_idx, d_idx],
                "car_var": b["path_var"][pairs, d_idx],
            }
        )

    @cached_property
    def caar_path(self) -> pd.DataFrame:
        """Mean CAR path per group: group, rel_day, caar, caar_se (``sqrt(sum var_i) / N``), n."""
        return caar_path_frame(self._caar_path_sums(), self._study.event_window.start)

    def _caar_path_sums(self) -> list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
        """Per group (``"all"`` first, then in order of first appearance): the sums over pairs
        of the CAR path and of its variance, and the pairs with a value, per event day."""
        b = self._b
        rows, path = self._paths
        pvar = b["path_var"][rows]
        groups = self._study.events.frame["group"].astype(str).to_numpy()[b["event"][rows]]
        out = []
        names = ["all"] + [g for g in dict.fromkeys(groups.tolist()) if g != "all"]
        for g in names:
            sel = np.ones(len(rows), dtype=bool) if g == "all" else groups == g
            have = np.isfinite(path[sel])
            out.append(
                (
                    g,
                    np.where(have, path[sel], 0.0).sum(axis=0),
                    np.where(have, pvar[sel], 0.0).sum(axis=0),
                    have.sum(axis=0),
                )
            )
        return out

    def calendar_time(self) -> pd.DataFrame:
        """The calendar-time portfolios behind the ``calendar_time`` test (Jaffe 1974;
        Mandelker 1974): one row per CAR window, group and session that lies in the CAR
        window of some pair.

        Returns
        -------
        DataFrame
            ``window``, ``group``, ``session``, ``n`` (pairs in the portfolio), ``ar`` (their
            mean AR; under GARCH the mean standardised AR), ``sd`` (the portfolio's s.d. from
            its own estimation residuals, with the estimation-error term), ``sar``
            (``ar / sd``) and ``dof``.
        """
        if self._calendar is None:
            return pd.DataFrame(columns=CALENDAR_COLUMNS)
        return self._calendar.copy()

    # ---------------------------------------------------------------- views
    def to_frame(self) -> pd.DataFrame:
        """The ``car`` frame joined with each event's session and group."""
        ev = self.events[["event_id", "session", "group"]].astype({"event_id": str})
        car = self.car.astype({"event_id": str, "asset": str})
        return car.merge(ev, on="event_id", how="left")

    def conf_int(self, level: float = 0.95, *, which: str = "caar") -> pd.DataFrame:
        """Two-sided confidence intervals at ``level``.

        Parameters
        ----------
        level
            Coverage, e.g. 0.95 (the interval leaves ``(1 - level) / 2`` in each tail).
        which
            ``"caar"`` (CAAR +- z * J1 standard error), ``"car"`` (CAR +- t quantile with the
            model's degrees of freedom times its s.d.) or ``"caar_path"``.

        Returns
        -------
        DataFrame
            The keys of the chosen frame with the estimate, ``lower`` and ``upper``.
        """
        level = inf._check_level(level)
        check_option("which", which, ("caar", "car", "caar_path"))
        tail = (1.0 - level) / 2.0
        if which == "car":
            df = self.car[["event_id", "asset", "window", "car", "car_var"]].copy()
            rows = np.concatenate(
                [np.flatnonzero(self._car_ok[:, k]) for k in range(len(self._study.car_windows))]
            )
            dof = self._b["dof"][rows]
            q = np.where(
                np.isinf(dof),
                stats.norm.isf(tail),
                stats.t.isf(tail, np.where(np.isinf(dof), 1, dof)),
            )
            half = q * np.sqrt(df["car_var"].to_numpy())
            df["lower"], df["upper"] = df["car"] - half, df["car"] + half
            return df.drop(columns="car_var")
        z = stats.norm.isf(tail)
        if which == "caar_path":
            df = self.caar_path.copy()
            df["lower"], df["upper"] = (
                df["caar"] - z * df["caar_se"],
                df["caar"] + z * df["caar_se"],
            )
            return df
        df = self.caar[["window", "group", "caar", "n", "j1"]].copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            se = np.abs(df["caar"] / df["j1"])
        df["lower"], df["upper"] = df["caar"] - z * se, df["caar"] + z * se
        return df.drop(columns="j1")

    # ---------------------------------------------------------------- cross-section, exports
    def cross_section(self, formula: str, **kwargs: Any) -> Any:
        """Regress one window's CARs on event or firm characteristics (OLS with a formula,
        ``"car ~ china_revenue + size"``): see :func:`toolkit.study.car_regression.car_regression`
        for ``data``, ``window``, ``cov_type`` and ``cluster``; returns its
        ``CrossSectionResults``."""
        from toolkit.study.car_regression import car_regression

        return car_regression(self, formula, **kwargs)

    def to_excel(self, path: Any) -> Any:
        """Write every table to one Excel workbook, a sheet each
        (:func:`toolkit.study.exports.to_excel`); returns the path."""
        from toolkit.study.exports import to_excel

        return to_excel(self, path)

    def to_latex(self, path: Any = None, **kwargs: Any) -> str:
        """The CAAR table in LaTeX (booktabs, statistics in parentheses, significance stars),
        written to ``path`` when given (:func:`toolkit.study.exports.to_latex`)."""
        from toolkit.study.exports import to_latex

        return to_latex(self, path, **kwargs)

    def to_csv(self, folder: Any) -> Any:
        """Write every table to ``folder``, one CSV file each
        (:func:`toolkit.study.exports.to_csv`); returns the paths."""
        from toolkit.study.exports import to_csv

        return to_csv(self, folder)

    def summary(self) -> Summary:
        """The summary: the fit's settings, then the CAAR and its tests per window and group.

        Returns
        -------
        toolkit._display.Summary
            With ``as_text()`` and ``as_html()`` (``str()`` and notebooks show them).
        """
        o = self.options
        n_pairs = int(np.count_nonzero(self._b["reason"] == 0))
        title = (
            f"EventStudyResults: {o.model} model, {plural(o.n_events, 'event')} x "
            f"{plural(o.n_assets, 'asset')}, {n_pairs} event-asset pairs estimated"
        )
        rows = o.rows()
        header = [*rows[:5], ("skipped entries", f"{len(self.skipped)} (see .skipped)"), *rows[5:]]
        caar = self.caar
        table = caar[["window", "group", "n", "caar"]].copy()
        for t in _SUMMARY_TESTS:
            if t in caar:
                table[t] = [fmt_stat_p(v, p) for v, p in zip(caar[t], caar[f"{t}_pvalue"])]
        return Summary(
            title,
            header,
            [SummaryTable(table, caption="CAAR: statistic (p-value)", max_rows=40)],
            self._overlap_notes(),
        )

    def _overlap_notes(self) -> list[str]:
        """One line when pairs share sessions: which tests assume independence, which do not."""
        ov = self.overlap
        shared = ov[(ov["same_day"] > 0) | (ov["calendar"] > 0)] if len(ov) else ov
        if not len(shared):
            return []
        worst = shared.iloc[int(np.argmax((shared["same_day"] + shared["calendar"]).to_numpy()))]
        assume = [t for t in CAAR_TESTS if inf.ASSUMES_INDEPENDENCE.get(t, True)]
        return [
            f"Overlap: pairs share sessions in {len(shared)} of {len(ov)} window/group cells "
            f"(up to {int(worst['same_day'])} pairs of pairs on the same day 0 and "
            f"{int(worst['calendar'])} on different days 0, r-bar {worst['rbar']:.3f}); "
            f"{', '.join(assume)} assume independent pairs (tests['overlap']); "
            f"{worst['robust_tests']} allow for it (see .overlap)."
        ]


def caar_path_frame(
    sums: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]], start: int
) -> pd.DataFrame:
    """``caar_path`` from the per-group sums of :meth:`EventStudyResults._caar_path_sums`
    (``start``: the first day of the event window)."""
    out = []
    for g, path_sum, var_sum, n in sums:
        with np.errstate(invalid="ignore", divide="ignore"):
            caar = path_sum / n
            se = np.sqrt(var_sum) / n
        for d in range(len(n)):
            if n[d]:
                out.append((g, start + d, caar[d], se[d], int(n[d])))
    return pd.DataFrame(out, columns=["group", "rel_day", "caar", "caar_se", "n"])


_SUMMARY_TESTS = ("j1", "j2", "patell", "bmp", "bmp_kp", "corrado", "sign", "wilcoxon", "grank")

#: The summary of a result is the toolkit's one summary type.
EventStudySummary = Summary
