"""Event-study results written to Excel, LaTeX and CSV.

- :func:`to_excel`: one workbook, one sheet per table of :func:`result_tables` (``caar`` with
  every test, ``tests`` in long form, ``car``, ``abnormal_returns``, ``events``, ``overlap``,
  ``skipped`` and ``parameters``), numbers at full precision, the header row frozen, written
  with XlsxWriter (several times faster than openpyxl on large tables) and byte-identical
  for the same result;
- :func:`to_csv`: the same tables, one ``<table>.csv`` file each in a folder;
- :func:`to_latex`: the CAAR table for a paper: one column per event group, one row per CAR
  window, the CAAR as a percentage with significance stars and, in parentheses below, the
  test's statistic (or the CAAR's standard error), booktabs rules;
- :func:`export_results`: one of the three by name (``"xlsx"``, ``"tex"``, ``"csv"``), for the
  command line's ``--export``.

Every file is written to a temporary file in the target folder and moved onto its name with
:func:`os.replace`, so a reader never sees a half-written file and an earlier file stays whole
when writing fails. Missing folders are created. A path of the wrong kind (a folder where a
file is expected, the wrong suffix, a folder that cannot be written to) raises
:class:`~toolkit.errors.InputError` naming the parameter.

LaTeX cells follow the toolkit's rule for numbers (:mod:`toolkit._format`): CAARs as signed
percentages with two decimals, statistics with two decimals. Stars mark two-sided p-values of
the same test below 0.10 (``*``), 0.05 (``**``) and 0.01 (``***``).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

import pandas as pd

from toolkit._format import MISSING, fmt_pct, fmt_pct_se, fmt_stat, fmt_value
from toolkit.errors import InputError, InputTypeError, check_option

if TYPE_CHECKING:
    from toolkit.study.results import EventStudyResults

__all__ = [
    "EXCEL_MAX_ROWS",
    "ExportFormat",
    "TABLES",
    "export_results",
    "result_tables",
    "to_csv",
    "to_excel",
    "to_latex",
]

ExportFormat = Literal["xlsx", "tex", "csv"]
#: The tables written by :func:`to_excel` and :func:`to_csv`, in order.
TABLES: tuple[str, ...] = (
    "caar",
    "tests",
    "car",
    "abnormal_returns",
    "events",
    "overlap",
    "skipped",
    "parameters",
)
#: Data rows an Excel sheet holds (one more row is the header).
EXCEL_MAX_ROWS = 1_048_575
#: How the tests are named in the LaTeX notes.
_TEST_NAMES = {
    "j1": "J1",
    "j2": "J2",
    "patell": "Patell",
    "bmp": "BMP",
    "bmp_kp": "Kolari-Pynnönen adjusted BMP",
    "corrado": "Corrado rank",
    "sign": "generalized sign",
    "wilcoxon": "Wilcoxon signed-rank",
    "grank": "GRANK",
    "patell_kp": "Kolari-Pynnönen adjusted Patell",
    "calendar_time": "calendar-time portfolio",
}
#: The creation date written into every workbook (so that its bytes depend only on the result).
_CREATED = dt.datetime(2000, 1, 1)
#: Significance levels of one, two and three stars.
STARS: tuple[float, float, float] = (0.10, 0.05, 0.01)


# ------------------------------------------------------------------ tables
def result_tables(results: EventStudyResults) -> dict[str, pd.DataFrame]:
    """The tables of a result as plain frames (categoricals as text), keyed by :data:`TABLES`.

    ``parameters`` has one row per setting of ``results.params``: ``parameter`` and ``value``
    (numbers and text as they are, windows and lists as text, ``"(-1, 1), (0, 0)"``).
    """
    _check_results(results)
    frames = {
        "caar": results.caar,
        "tests": results.tests,
        "car": results.car,
        "abnormal_returns": results.abnormal_returns,
        "events": results.events,
        "overlap": results.overlap,
        "skipped": results.skipped,
    }
    out = {name: _plain(frame) for name, frame in frames.items()}
    params = [
        (k, v if v is None or isinstance(v, str | bool | int | float) else fmt_value(v))
        for k, v in results.params.items()
    ]
    out["parameters"] = pd.DataFrame(params, columns=["parameter", "value"])
    return out


def _check_results(results: Any) -> None:
    if not hasattr(results, "caar") or not hasattr(results, "options"):
        raise InputTypeError(
            f"Parameter `results` takes EventStudyResults (EventStudy(...).fit()), "
            f"got {type(results).__name__}."
        )


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with categorical columns as text and a fresh index."""
    out = frame.reset_index(drop=True).copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(str).astype(object)
    return out


# ------------------------------------------------------------------ paths and atomic writes
def _as_path(value: Any, param: str) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise InputTypeError(
            f"Parameter `{param}` takes a path (str or pathlib.Path), got {type(value).__name__}."
        )
    if not str(value).strip():
        raise InputError(f"Parameter `{param}` takes a path, got an empty string.")
    return Path(value).expanduser()


def _file_path(value: Any, param: str, suffix: str) -> Path:
    path = _as_path(value, param)
    if path.suffix.lower() != suffix:
        raise InputError(f"Parameter `{param}` takes a path ending in {suffix}, got {str(path)!r}.")
    if path.is_dir():
        raise InputError(f"Parameter `{param}`: {str(path)!r} is a folder; give a file name.")
    _make_folder(path.parent, param)
    return path


def _make_folder(folder: Path, param: str) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError(f"Parameter `{param}`: {str(folder)!r} is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"Parameter `{param}`: cannot create the folder {str(folder)!r} "
            f"({exc.strerror or exc})."
        ) from exc


def _write_atomic(path: Path, write: Callable[[Path], object], param: str) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then move it onto ``path``."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(
            f"Parameter `{param}`: cannot write to the folder {str(path.parent)!r} "
            f"({exc.strerror or exc})."
        ) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(
            f"Parameter `{param}`: cannot write {str(path)!r} ({exc.strerror or exc})."
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


# ------------------------------------------------------------------ Excel and CSV
def to_excel(results: EventStudyResults, path: str | os.PathLike[str]) -> Path:
    """Write every table of the result to one Excel workbook, one sheet per table.

    Parameters
    ----------
    results
        A fitted event study.
    path
        The workbook, ending in ``.xlsx``; missing folders are created, an existing file is
        replaced (atomically).

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    InputError
        For a path not ending in ``.xlsx``, a folder, a folder that cannot be written, or a
        table longer than an Excel sheet (:data:`EXCEL_MAX_ROWS` rows; use :func:`to_csv`).
    """
    target = _file_path(path, "path", ".xlsx")
    tables = result_tables(results)
    for name, frame in tables.items():
        if len(frame) > EXCEL_MAX_ROWS:
            raise InputError(
                f"Parameter `results`: the {name} table has {len(frame):,} rows, more than an "
                f"Excel sheet holds ({EXCEL_MAX_ROWS:,}); write it with to_csv instead."
            )

    def write(tmp: Path) -> None:
        # built in memory and closed only when every sheet is in: a failure part-way leaves
        # no workbook to save (closing one would hide the first error behind another)
        buffer = io.BytesIO()
        writer = pd.ExcelWriter(
            buffer,
            engine="xlsxwriter",
            date_format="yyyy-mm-dd",
            datetime_format="yyyy-mm-dd",
            engine_kwargs={"options": {"strings_to_numbers": False, "strings_to_urls": False}},
        )
        # a fixed creation date: the same result gives the same bytes
        writer.book.set_properties({"created": _CREATED})
        for name, frame in tables.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            writer.sheets[name].freeze_panes(1, 0)
        writer.close()
        tmp.write_bytes(buffer.getvalue())

    return _write_atomic(target, write, "path")


def to_csv(results: EventStudyResults, folder: str | os.PathLike[str]) -> list[Path]:
    """Write every table of the result to ``folder``, one ``<table>.csv`` each.

    Parameters
    ----------
    results
        A fitted event study.
    folder
        The folder (created when missing); files of the same names are replaced, each
        atomically.

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of :data:`TABLES`.

    Raises
    ------
    InputError
        When ``folder`` is a file or cannot be written.
    """
    return _to_csv(results, folder, "folder")


def _to_csv(results: EventStudyResults, folder: Any, param: str) -> list[Path]:
    target = _as_path(folder, param)
    if target.suffix.lower() == ".csv" and not target.is_dir():
        raise InputError(
            f"Parameter `{param}` takes a folder (one CSV file per table is written into it), "
            f"got the file name {str(target)!r}."
        )
    _make_folder(target, param)
    texts = {name: frame.to_csv(index=False) for name, frame in result_tables(results).items()}
    return [_write_text(target / f"{name}.csv", text, param) for name, text in texts.items()]


def _write_text(path: Path, text: str, param: str) -> Path:
    """Write ``text`` as UTF-8 to ``path``, atomically."""
    return _write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), param)


# ------------------------------------------------------------------ LaTeX
_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_escape(text: Any) -> str:
    """``text`` with LaTeX's special characters escaped; the em dash of a missing value as
    ``---``.

    >>> latex_escape("a_b & 5%")
    'a\\\\_b \\\\& 5\\\\%'
    """
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in str(text)).replace(MISSING, "---")


def _stars(pvalue: Any) -> str:
    try:
        p = float(pvalue)
    except (TypeError, ValueError):
        return ""
    if p != p:
        return ""
    return "*" * sum(p < level for level in STARS)


def _range(values: Sequence[int]) -> str:
    lo, hi = min(values), max(values)
    return str(lo) if lo == hi else f"{lo}--{hi}"


def to_latex(
    results: EventStudyResults,
    path: str | os.PathLike[str] | None = None,
    *,
    test: str = "j1",
    show: Literal["stat", "se"] = "stat",
    groups: Sequence[str] | None = None,
    caption: str = "Cumulative average abnormal returns",
    label: str | None = None,
) -> str:
    r"""The CAAR table in LaTeX: windows by groups, statistics in parentheses, booktabs rules.

    Each cell holds the CAAR of a window and group as a signed percentage with stars from the
    two-sided p-value of ``test``, and below it, in parentheses, the statistic of ``test``
    (``show="stat"``) or the CAAR's standard error (``show="se"``, from the J1 test: CAAR / J1).
    The last row gives the number of event-asset pairs (a range when windows differ). The table
    needs ``\usepackage{booktabs}``.

    Parameters
    ----------
    results
        A fitted event study.
    path
        Also write the table to this ``.tex`` file (atomically; folders are created).
    test
        The test behind the stars and the parentheses, a column of ``results.caar``: ``"j1"``
        (default), ``"j2"``, ``"patell"``, ``"bmp"``, ``"bmp_kp"``, ``"corrado"``, ``"sign"``,
        ``"wilcoxon"``, ``"grank"``, ``"patell_kp"``, ``"calendar_time"``.
    show
        ``"stat"`` (the test statistic) or ``"se"`` (the standard error; only with ``"j1"``).
    groups
        The event groups to show as columns, in order (default: every group, ``"all"`` first).
    caption, label
        The table's caption and ``\label``.

    Returns
    -------
    str
        The ``table`` environment.

    Raises
    ------
    InputError
        For an unknown ``test``, ``show`` or group, ``show="se"`` with another test, a result
        without CAARs, or a bad ``path``.
    """
    from toolkit.study.results import CAAR_TESTS

    target = None if path is None else _file_path(path, "path", ".tex")
    _check_results(results)
    check_option("test", test, CAAR_TESTS)
    check_option("show", show, ("stat", "se"))
    if show == "se" and test != "j1":
        raise InputError(
            f"Parameter `show`: 'se' (the CAAR's standard error) comes from the J1 test; "
            f"use test='j1' or show='stat', got test={test!r}."
        )
    caar = results.caar
    if not len(caar):
        raise InputError("Parameter `results`: no CAAR was computed (every pair was skipped).")
    known = list(dict.fromkeys(caar["group"].astype(str)))
    chosen = known if groups is None else [str(g) for g in groups]
    for g in chosen:
        check_option("groups", g, known)
    windows = list(dict.fromkeys(caar["window"].astype(str)))
    cells: dict[tuple[str, str], dict[Any, Any]] = {
        (str(r["window"]), str(r["group"])): r for r in caar.to_dict("records")
    }

    lines = [
        r"\begin{table}[htbp]",
        r"\centering",
        rf"\caption{{{latex_escape(caption)}}}",
        *([rf"\label{{{latex_escape(label)}}}"] if label else []),
        r"\begin{tabular}{l" + "r" * len(chosen) + "}",
        r"\toprule",
        " & ".join(["Window", *(latex_escape(g) for g in chosen)]) + r" \\",
        r"\midrule",
    ]
    for w in windows:
        top, below = [latex_escape(w)], [""]
        for g in chosen:
            row = cells.get((w, g))
            if row is None:
                top.append("---")
                below.append("")
                continue
            value = latex_escape(fmt_pct(row["caar"]))
            stars = _stars(row[f"{test}_pvalue"]) if value != "---" else ""
            top.append(value + (f"$^{{{stars}}}$" if stars else ""))
            if show == "se":
                se = abs(float(row["caar"]) / float(row["j1"])) if row["j1"] else float("nan")
                inner = fmt_pct_se(se)
            else:
                inner = fmt_stat(row[test])
            below.append("" if inner == MISSING else f"({latex_escape(inner)})")
        lines += [" & ".join(top) + r" \\", " & ".join(below) + r" \\"]
    counts = [
        _range([int(n) for n in caar.loc[caar["group"].astype(str) == g, "n"]]) for g in chosen
    ]
    lines += [r"\midrule", " & ".join(["Pairs", *counts]) + r" \\", r"\bottomrule"]
    what = (
        f"{_TEST_NAMES[test]} statistics"
        if show == "stat"
        else "standard errors (CAAR / J1, with the estimation-error term)"
    )
    note = (
        f"CAAR in percent; {what} in parentheses. *, **, *** mark two-sided p-values of the "
        f"{_TEST_NAMES[test]} test below 0.10, 0.05 and 0.01."
    )
    lines += [
        r"\end{tabular}",
        rf"\par\smallskip{{\footnotesize {latex_escape(note)}}}",
        r"\end{table}",
        "",
    ]
    text = "\n".join(lines)
    if target is not None:
        _write_text(target, text, "path")
    return text


# ------------------------------------------------------------------ by name
def export_results(
    results: EventStudyResults, fmt: ExportFormat | str, path: str | os.PathLike[str]
) -> list[Path]:
    """Write a result in one format: ``"xlsx"`` (:func:`to_excel`), ``"tex"``
    (:func:`to_latex`, the CAAR table) or ``"csv"`` (:func:`to_csv`, ``path`` a folder; a
    path ending in ``.csv``, ``out/study.csv``, names the folder without it, ``out/study``).

    Returns
    -------
    list of pathlib.Path
        The files written.

    Raises
    ------
    InputError
        For an unknown ``fmt`` or a bad ``path``.
    """
    check_option("fmt", fmt, get_args(ExportFormat))
    if fmt == "xlsx":
        return [to_excel(results, path)]
    if fmt == "csv":
        folder = _as_path(path, "path")
        if folder.suffix.lower() == ".csv" and not folder.is_dir():
            folder = folder.with_suffix("")
        return _to_csv(results, folder, "path")
    target = _file_path(path, "path", ".tex")
    to_latex(results, target)
    return [target]
