"""The cross-sectional tests of an event study: one row of ``caar`` per CAR window and group.

:func:`cross_section` takes the pair and per-event arrays of the first pass
(:class:`~toolkit.study._engine.Estimation`) and builds the ``caar``, ``tests``, calendar-time and
overlap frames. What it decides:

- **Cells.** One per CAR window and event group, windows in their given order, groups with
  ``"all"`` first and then in order of first appearance; a cell holds the pairs whose CAR was
  computed. A group other than ``"all"`` with fewer than two estimated (event, asset) pairs
  gets no cell: one pair compares nothing (most tests need two).
- **Tests and their order** (:data:`~toolkit.study.results.CAAR_TESTS`): J1, J2, Patell, BMP,
  BMP and Patell with the Kolari-Pynnonen correction (r-bar of :mod:`toolkit.study._overlap`,
  also reported as ``caar.rbar``), Corrado, the generalised sign test (against the share of
  positive estimation ARs), Wilcoxon, GRANK, the calendar-time portfolio test
  (:mod:`toolkit.study._calendar_time`); the two bootstrap tests when asked for, drawn in cell
  order from one generator seeded with ``seed``. Formulas: :mod:`toolkit.study.inference`.
- **Rank tests.** Without ``rank_tests`` Corrado and GRANK carry the reason
  ``"rank_tests=False"``. Corrado's ranks are those of the cell's pairs only (the sums of the
  pairs that miss the window are taken out). With them, GRANK's second pass
  (:mod:`toolkit.study._engine_ranks`) runs on a side thread while the engine finishes the
  Kolari-Pynnonen sums, reports the skipped entries and computes the other tests when
  ``n_jobs > 1`` (:func:`grank_beside`); it writes only its own arrays, so the order does not
  change any number.
- **Overlap flags.** Per cell, how many pairs of pairs share day 0 and how many share sessions
  with different days 0 (``overlap``). Each row of ``tests`` says whether the test assumes
  independent pairs (``assumes_independence``, :data:`~toolkit.study.inference.ASSUMES_INDEPENDENCE`)
  and, when the cell's pairs share sessions the test cannot allow for, says so and names the
  tests that can (``overlap``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from toolkit.study import inference as inf
from toolkit.study._calendar_time import CALENDAR_COLUMNS, CalendarCell, calendar_time_test
from toolkit.study._engine_ranks import GrankCounts, pair_groups
from toolkit.study._signed_rank import wilcoxon_test
from toolkit.study.results import CAAR_TESTS, OVERLAP_COLUMNS, TEST_COLUMNS

if TYPE_CHECKING:
    from toolkit.study._blocks import EventIndex
    from toolkit.study._engine import Estimation, FitOptions
    from toolkit.study.model import EventStudy

__all__ = ["CrossSection", "cross_section", "grank_beside"]

#: One CAR window and event group of the cross-sectional tests: window and group numbers, the
#: pairs selected and the group's events (indices, increasing), and the tests by name.
_Cell = tuple[int, int, np.ndarray, np.ndarray, dict[str, inf.TestStatistic]]

_ROBUST = "bmp_kp, patell_kp, calendar_time"


@dataclass(frozen=True)
class CrossSection:
    """The frames of :func:`cross_section`.

    Attributes
    ----------
    caar
        One row per CAR window and group.
    tests
        The same tests in long form, with the overlap flags.
    calendar
        The calendar-time portfolios, one row per window, group and session (session as a row
        of the returns index).
    overlap
        Per window and group: pairs, pairs of pairs sharing day 0 (``same_day``) and sharing
        sessions with different days 0 (``calendar``), r-bar, and the tests that allow for it.
    """

    caar: pd.DataFrame
    tests: pd.DataFrame
    calendar: pd.DataFrame
    overlap: pd.DataFrame


def cross_section(
    study: EventStudy,
    events: EventIndex,
    estimation: Estimation,
    car_ok: np.ndarray,
    options: FitOptions,
    grank_counts: Callable[[], GrankCounts | None],
) -> CrossSection:
    """Every test per CAR window and event group.

    Parameters
    ----------
    study, events
        The study and its located events.
    estimation
        The finished first pass (with the Kolari-Pynnonen sums finished).
    car_ok
        Pairs by CAR windows: True where the CAR was computed.
    options
        The options of the fit.
    grank_counts
        The counts of GRANK's second pass over the blocks
        (:func:`~toolkit.study._engine_ranks.grank_pass` or its Dask counterpart, given
        ``car_ok``), asked for once the other tests are computed: the pass may be running on
        a side thread meanwhile (:func:`grank_beside`); None without the rank tests.

    Returns
    -------
    CrossSection
    """
    rows, cells, extra = _tests_but_grank(study, events, estimation, car_ok, options)
    grank = grank_counts()
    test_rows = []
    for row, (k, gi, sel, members, results), (same_day, calendar) in zip(
        rows, cells, extra["counts"]
    ):
        if grank is not None:
            results["grank"] = grank.test(sel, k, gi, members)
        for name in CAAR_TESTS:
            row[name] = results[name].stat
            row[f"{name}_pvalue"] = results[name].pvalue
        if options.bootstrap:
            row["caar_boot_pvalue"] = results["caar_boot"].pvalue
            row["bmp_boot_pvalue"] = results["bmp_boot"].pvalue
        row["rbar"] = row.pop("_rbar")
        for t in results.values():
            test_rows.append(
                {
                    "window": row["window"],
                    "group": row["group"],
                    "test": t.name,
                    "stat": t.stat,
                    "pvalue": t.pvalue,
                    "null": t.null,
                    "dist": t.dist,
                    "reason": t.reason,
                    "assumes_independence": inf.ASSUMES_INDEPENDENCE.get(t.name, True),
                    "overlap": _flag(t.name, same_day, calendar),
                }
            )
    caar = pd.DataFrame(rows)
    tests = pd.DataFrame(test_rows, columns=list(TEST_COLUMNS))
    overlap = pd.DataFrame(extra["overlap"], columns=list(OVERLAP_COLUMNS))
    return CrossSection(caar, tests, _calendar_frame(study, extra["calendar"]), overlap)


@contextmanager
def grank_beside(
    options: FitOptions, grank_counts: Callable[[], GrankCounts]
) -> Iterator[Callable[[], GrankCounts | None]]:
    """GRANK's second pass, started now on a side thread when the fit has more than one
    (``n_jobs > 1``) and the rank tests are wanted: within the block, the fit computes what
    does not need it, and the callable yielded waits for its counts (None without the rank
    tests; with one thread the pass runs when they are asked for). The pass writes only its
    own arrays, so no number depends on when it runs.
    """
    if not options.rank_tests:
        yield lambda: None
    elif options.n_jobs > 1:
        with ThreadPoolExecutor(max_workers=1) as side:
            yield side.submit(grank_counts).result
    else:
        yield grank_counts


def _calendar_frame(
    study: EventStudy, parts: list[tuple[str, str, dict[str, np.ndarray]]]
) -> pd.DataFrame:
    """The calendar-time portfolios of every cell as one frame."""
    parts = [p for p in parts if len(p[2]["session"])]
    if not parts:
        return pd.DataFrame(columns=CALENDAR_COLUMNS)
    sizes = [len(p[2]["session"]) for p in parts]
    cat = {
        c: np.concatenate([p[2][c] for p in parts])
        for c in ("session", "n", "ar", "sd", "sar", "dof")
    }
    sessions = pd.DatetimeIndex(study.sessions)
    return pd.DataFrame(
        {
            "window": np.repeat([p[0] for p in parts], sizes),
            "group": np.repeat([p[1] for p in parts], sizes),
            "session": sessions[cat["session"].astype(np.int64)],
            "n": cat["n"].astype(np.int64),
            "ar": cat["ar"],
            "sd": cat["sd"],
            "sar": cat["sar"],
            "dof": cat["dof"].astype(np.int64),
        }
    )


def _flag(test: str, same_day: int, calendar: int) -> str | None:
    """The overlap flag of one test in a cell whose pairs share sessions, or None."""
    if test in ("corrado", "grank"):
        # their variance comes from the time series of mean ranks by relative day: it allows
        # for pairs on the same day 0, not for sessions shared at different days 0
        if calendar:
            return (
                f"{calendar} pairs of pairs share sessions with different days 0; "
                f"allowed for by {_ROBUST}"
            )
        return None
    if not inf.ASSUMES_INDEPENDENCE.get(test, True) or not (same_day or calendar):
        return None
    return f"{same_day + calendar} pairs of pairs share sessions; allowed for by {_ROBUST}"


def _pair_overlaps(pos: np.ndarray, length: int) -> tuple[int, int]:
    """Unordered pairs of pairs on the same day 0, and on different days 0 less than
    ``length`` sessions apart (CAR windows of ``length`` sessions that share a session)."""
    if len(pos) < 2:
        return 0, 0
    lo = int(pos.min())
    cnt = np.bincount(pos - lo).astype(np.int64)
    same = int((cnt * (cnt - 1) // 2).sum())
    cal = sum(int((cnt[:-d] * cnt[d:]).sum()) for d in range(1, min(length, len(cnt))))
    return same, cal


def tested_groups(
    events: EventIndex, pair_event: np.ndarray, estimated: np.ndarray
) -> list[tuple[int, str, np.ndarray, np.ndarray]]:
    """``(number, name, events, pairs)`` of the groups that get a cell: ``"all"``, and every
    other group with at least two estimated (event, asset) pairs."""
    out = []
    for gi, (name, members, pairs_g) in enumerate(pair_groups(events, pair_event)):
        if gi == 0 or np.count_nonzero(estimated[pairs_g]) >= 2:
            out.append((gi, name, members, pairs_g))
    return out


def _tests_but_grank(
    study: EventStudy,
    events: EventIndex,
    estimation: Estimation,
    car_ok: np.ndarray,
    options: FitOptions,
) -> tuple[list[dict[str, Any]], list[_Cell], dict[str, list[Any]]]:
    """Per window and group: the ``caar`` row so far, and the tests but GRANK (a placeholder
    keeps its place in the order); with what :meth:`GrankCounts.test` needs to fill it in, and
    the overlap counts, overlap rows and calendar-time frames."""
    b = estimation.pairs
    rank_tests, bootstrap = options.rank_tests, options.bootstrap
    rng = np.random.default_rng(options.seed)
    rows = []
    evw = study.event_window
    T, L = estimation.T, estimation.L
    ev_of = b["event"]
    groups = tested_groups(events, ev_of, b["reason"] == 0)
    spec = study.spec
    cells: list[_Cell] = []
    extra: dict[str, list[Any]] = {"counts": [], "overlap": [], "calendar": []}
    for k, w in enumerate(study.car_windows):
        in_win = np.zeros(T + L, dtype=bool)
        in_win[T + (w.start - evw.start) : T + (w.end - evw.start) + 1] = True
        cal_cell = CalendarCell(
            w.start,
            w.end,
            np.arange(w.start - evw.start, w.end - evw.start + 1),
            spec.n_params,
            spec.name == "garch",
            spec.estimated,
        )
        for gi, gname, members, pairs_g in groups:
            # (every pair for "all": its pairs with a CAR, without indexing all pairs)
            sel = np.flatnonzero(car_ok[:, k]) if gi == 0 else pairs_g[car_ok[pairs_g, k]]
            n = len(sel)
            car, var = b["car"][sel, k], b["car_var"][sel, k]
            dof = b["dof"][sel]
            with np.errstate(divide="ignore", invalid="ignore"):
                scar = car / np.sqrt(var)
            results: dict[str, inf.TestStatistic] = {}
            results["j1"] = inf.j1_test(car, var)
            results["j2"] = inf.j2_test(scar, dof)
            results["patell"] = inf.patell_test(b["csar"][sel, k], dof)
            results["bmp"] = inf.bmp_test(scar)
            rbar, _ = estimation.correlations.rbar(k, gi, members)
            results["bmp_kp"] = inf.kolari_pynnonen(results["bmp"], rbar, n)
            results["patell_kp"] = inf.kolari_pynnonen(results["patell"], rbar, n)
            if rank_tests:
                total, cnt = estimation.corrado_sums(members, k)
                with np.errstate(invalid="ignore", divide="ignore"):
                    dev = total / cnt - 0.5
                results["corrado"] = inf.corrado_test(np.nan_to_num(dev), cnt, n, in_win)
                results["grank"] = inf.TestStatistic.unavailable("grank", "", "", "")  # set later
            else:
                for name, dist in (("corrado", "N(0,1)"), ("grank", "t(T-2)")):
                    results[name] = inf.TestStatistic.unavailable(
                        name, "ranks", dist, "rank_tests=False"
                    )
            p_hat = float(np.mean(b["frac_pos"][sel])) if n else math.nan
            results["sign"] = inf.sign_test(car, p_hat)
            results["wilcoxon"] = wilcoxon_test(car)
            results["calendar_time"], portfolios = calendar_time_test(
                cal_cell, k, members, events.pos, estimation.calendar
            )
            if bootstrap:
                results["caar_boot"] = inf.bootstrap_mean_test(
                    car, "caar_boot", inf.NULL_CAAR, reps=bootstrap, rng=rng
                )
                results["bmp_boot"] = inf.bootstrap_mean_test(
                    scar, "bmp_boot", "mean SCAR = 0", reps=bootstrap, rng=rng
                )
            row: dict[str, Any] = {
                "window": w.label,
                "window_start": w.start,
                "window_end": w.end,
                "group": gname,
                "caar": float(np.mean(car)) if n else math.nan,
                "n": n,
                "_rbar": rbar,
            }
            rows.append(row)
            cells.append((k, gi, sel, members, results))
            same_day, calendar = _pair_overlaps(events.pos[ev_of[sel]], w.length)
            extra["counts"].append((same_day, calendar))
            extra["overlap"].append((w.label, gname, n, same_day, calendar, rbar, _ROBUST))
            extra["calendar"].append((w.label, gname, portfolios))
    return rows, cells, extra
