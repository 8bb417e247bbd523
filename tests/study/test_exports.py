"""Exports of event-study results: the files read back and compared with the result's frames.

The workbook is read with openpyxl and pandas, the CSV files with pandas; the LaTeX table's
numbers, stars and rules are rebuilt here from the ``caar`` frame with plain string formatting
(CAAR x 100 with two decimals, stars counted from the p-value thresholds 0.10, 0.05, 0.01).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from toolkit.errors import InputError, InputTypeError
from toolkit.study.exports import TABLES, export_results, to_csv, to_excel, to_latex
from toolkit.study.model import EventStudy


@pytest.fixture(scope="module")
def results():
    rng = np.random.default_rng(5)
    days = pd.bdate_range("2023-01-02", periods=700)
    rets = pd.DataFrame(
        rng.normal(0, 0.01, (700, 8)), index=days, columns=[f"A{k}" for k in range(8)]
    )
    pos = [300, 420, 560, 640]
    rets.iloc[pos[0]] -= 0.03  # a strong reaction: stars in the first group
    rets.iloc[pos[2]] -= 0.025
    events = pd.DataFrame(
        {
            "event_id": ["E1", "E2", "E3", "E4"],
            "session": days[pos],
            "group": ["tariff_up", "pause", "tariff_up", "pause"],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return EventStudy(rets, events, estimation_window=(-150, -11), event_window=(-3, 3)).fit()


def _expected(results) -> dict[str, pd.DataFrame]:
    cat = {"event_id": str, "asset": str}
    return {
        "caar": results.caar,
        "tests": results.tests,
        "car": results.car.astype(cat),
        "abnormal_returns": results.abnormal_returns.astype(cat),
        "events": results.events,
        "overlap": results.overlap,
        "skipped": results.skipped,
    }


def _same(read: pd.DataFrame, frame: pd.DataFrame, name: str) -> None:
    """Equal cell by cell: numbers to 1e-12, text and dates exactly, missing as missing."""
    assert list(read.columns) == list(frame.columns), name
    assert len(read) == len(frame), name
    for col in frame.columns:
        want, got = frame[col].reset_index(drop=True), read[col].reset_index(drop=True)
        if pd.api.types.is_datetime64_any_dtype(want):
            got = pd.to_datetime(got)
            assert (want.isna() == got.isna()).all() and (
                want[want.notna()] == got[got.notna()]
            ).all()
        elif pd.api.types.is_bool_dtype(want):
            assert got.astype(bool).tolist() == want.tolist(), (name, col)
        elif pd.api.types.is_numeric_dtype(want):
            np.testing.assert_allclose(
                got.to_numpy(dtype=float),
                want.to_numpy(dtype=float),
                rtol=1e-12,
                atol=0,
                err_msg=f"{name}.{col}",
            )
        else:
            as_text = [None if pd.isna(v) or v == "" else str(v) for v in want]
            back = [None if pd.isna(v) or v == "" else str(v) for v in got]
            assert back == as_text, (name, col)


def test_excel_has_one_sheet_per_table_equal_to_the_frames(results, tmp_path: Path) -> None:
    path = to_excel(results, tmp_path / "deep" / "study.xlsx")
    assert path == tmp_path / "deep" / "study.xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(TABLES)
    assert book["car"].freeze_panes == "A2"
    sheets = pd.read_excel(path, sheet_name=None)
    for name, frame in _expected(results).items():
        _same(sheets[name], frame, name)
    params = sheets["parameters"].set_index("parameter")["value"]
    assert params["model"] == results.params["model"]
    assert params["estimation_window"] == "(-150, -11)"
    assert params["car_windows"] == "(-1, 1), (0, 0), (0, 1)"
    assert not list(tmp_path.glob("deep/.*"))  # no temporary file left
    again = to_excel(results, tmp_path / "again.xlsx")
    assert again.read_bytes() == path.read_bytes()  # deterministic
    assert book["events"]["B2"].number_format == "yyyy-mm-dd"


def test_csv_round_trip(results, tmp_path: Path) -> None:
    paths = to_csv(results, tmp_path / "tables")
    assert [p.name for p in paths] == [f"{t}.csv" for t in TABLES]
    for name, frame in _expected(results).items():
        _same(pd.read_csv(tmp_path / "tables" / f"{name}.csv"), frame, name)
    assert results.to_csv(tmp_path / "tables") == paths  # the method, files replaced


def _stars(p: float) -> str:
    return "" if np.isnan(p) else "*" * sum(int(p < level) for level in (0.10, 0.05, 0.01))


def test_latex_table_numbers_stars_and_rules(results, tmp_path: Path) -> None:
    text = to_latex(results, tmp_path / "caar.tex", label="tab:caar")
    assert (tmp_path / "caar.tex").read_text(encoding="utf-8") == text
    for rule in (r"\toprule", r"\midrule", r"\bottomrule", r"\begin{tabular}{lrrr}"):
        assert rule in text
    assert text.index(r"\toprule") < text.index(r"\midrule") < text.index(r"\bottomrule")
    assert r"Window & all & tariff\_up & pause \\" in text and r"\label{tab:caar}" in text
    caar = results.caar
    seen_stars = 0
    for window in caar["window"].unique():
        rows = caar[caar["window"] == window].set_index("group")
        top, below = [window], [""]
        for g in ("all", "tariff_up", "pause"):
            c, t, p = rows.loc[g, "caar"], rows.loc[g, "j1"], rows.loc[g, "j1_pvalue"]
            s = _stars(p)
            seen_stars += len(s)
            top.append(
                f"{'+' if c >= 0 else '-'}{abs(c) * 100:.2f}\\%" + (f"$^{{{s}}}$" if s else "")
            )
            below.append(f"({t:.2f})")
        assert " & ".join(top) + r" \\" in text
        assert " & ".join(below) + r" \\" in text
    assert seen_stars > 0  # the injected reaction is significant somewhere
    n = caar.groupby("group")["n"].max()
    assert rf"Pairs & {n['all']} & {n['tariff_up']} & {n['pause']} \\" in text


def test_latex_standard_errors_and_choices(results) -> None:
    text = results.to_latex(show="se", groups=["pause"])
    row = results.caar.query("window == '(0, 0)' and group == 'pause'").iloc[0]
    se = abs(row["caar"] / row["j1"]) * 100
    assert f"({se:.2f}\\%)" in text and r"\begin{tabular}{lr}" in text
    bmp = to_latex(results, test="bmp")
    row = results.caar.query("window == '(0, 1)' and group == 'all'").iloc[0]
    assert f"({row['bmp']:.2f})" in bmp and "BMP test" in bmp
    with pytest.raises(InputError, match="Parameter `show`"):
        to_latex(results, test="bmp", show="se")
    with pytest.raises(InputError, match="Parameter `test`"):
        to_latex(results, test="ttest")
    with pytest.raises(InputError, match="Parameter `groups`"):
        to_latex(results, groups=["nope"])


def test_export_results_dispatches_on_the_format(results, tmp_path: Path) -> None:
    (xlsx,) = export_results(results, "xlsx", tmp_path / "r.xlsx")
    (tex,) = export_results(results, "tex", tmp_path / "r.tex")
    csvs = export_results(results, "csv", tmp_path / "csv")
    assert xlsx.is_file() and tex.read_text(encoding="utf-8").startswith(r"\begin{table}")
    assert len(csvs) == len(TABLES) and all(p.is_file() for p in csvs)
    # a path ending in .csv (the command line's --out stem) names the folder without it
    stem = export_results(results, "csv", tmp_path / "study.csv")
    assert {p.parent for p in stem} == {tmp_path / "study"}
    with pytest.raises(InputError, match="Parameter `fmt`"):
        export_results(results, "docx", tmp_path / "r.docx")


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (lambda r, d: to_excel(r, d / "r.csv"), r"Parameter `path` takes a path ending in \.xlsx"),
        (lambda r, d: to_excel(r, d), r"Parameter `path` takes a path ending in \.xlsx"),
        (lambda r, d: to_excel(r, d / "file.txt" / "r.xlsx"), r"Parameter `path`: .* is a file"),
        (lambda r, d: to_csv(r, d / "file.txt"), r"Parameter `folder`: .* is a file"),
        (lambda r, d: to_csv(r, d / "out.csv"), r"Parameter `folder` takes a folder"),
        (lambda r, d: export_results(r, "csv", d / "file.txt"), r"Parameter `path`: .* is a file"),
        (lambda r, d: to_latex(r, d / "t.txt"), r"Parameter `path` takes a path ending in \.tex"),
    ],
)
def test_bad_paths_name_the_parameter(results, tmp_path: Path, call, pattern) -> None:
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(InputError, match=pattern):
        call(results, tmp_path)


def test_wrong_types(results, tmp_path: Path) -> None:
    with pytest.raises(InputTypeError, match="Parameter `path`"):
        to_excel(results, 3)
    with pytest.raises(InputTypeError, match="Parameter `results`"):
        to_excel(pd.DataFrame(), tmp_path / "r.xlsx")


def test_a_failed_write_keeps_the_earlier_file(results, tmp_path: Path, monkeypatch) -> None:
    path = to_excel(results, tmp_path / "r.xlsx")
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_excel", broken)
    with pytest.raises(InputError, match=r"Parameter `path`: cannot write .*No space left"):
        to_excel(results, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


def test_csv_files_are_deterministic(results, tmp_path: Path) -> None:
    first = [p.read_bytes() for p in to_csv(results, tmp_path / "a")]
    second = [p.read_bytes() for p in to_csv(results, tmp_path / "b")]
    assert first == second
    assert re.match(r"window,window_start,window_end,group,caar,n,j1", first[0].decode())
