"""The notebooks in notebooks/: committed clean, and each runs top to bottom offline.

The execution tests run every notebook with papermill on a fresh ``python3`` kernel (the
interpreter running the tests), with the snapshot price data. Notebook 01 runs from
``notebooks/`` (it finds the repository by walking up to ``pyproject.toml``); the others run
from a temporary folder with ``repo_root`` passed as a parameter. The executed notebook 01 is
exported to HTML and must carry plotly.js inline (no CDN), so its charts draw offline.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import nbformat
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = (
    "01_seed_article.ipynb",
    "02_liberation_day_sectors.ipynb",
    "03_your_articles.ipynb",
)
CELL_TIMEOUT = 300  # seconds per cell


def _read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOK_DIR / name, as_version=4)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_clean(name: str) -> None:
    nb = _read(name)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "a notebook without code"
    for cell in code:
        assert cell.outputs == [], f"cell with outputs: {cell.source[:60]!r}"
        assert cell.execution_count is None
    assert set(nb.metadata) <= {"kernelspec", "language_info"}
    assert nb.metadata["kernelspec"]["name"] == "python3"
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged `parameters`"
    assert "repo_root = None" in tagged[0].source
    text = "\n".join(c.source for c in code)
    assert "use_offline_renderer()" in text
    assert "_connected" not in text and "'cdn'" not in text and '"cdn"' not in text


def test_template_parameters() -> None:
    nb = _read("03_your_articles.ipynb")
    source = next(c.source for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    for name in ("articles", "tickers", "model", "estimation_window", "event_window", "source"):
        assert f"\n{name} = " in f"\n{source}", name


def test_an_explorer_with_widgets() -> None:
    nb = _read("03_your_articles.ipynb")
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "from toolkit.plotting.explorer import explorer" in text and "explorer(" in text


def _execute(
    name: str,
    cwd: Path,
    out: Path,
    parameters: dict[str, object],
    extra: str | None = None,
) -> nbformat.NotebookNode:
    papermill = pytest.importorskip("papermill")
    source = NOTEBOOK_DIR / name
    if extra is not None:  # a cell of the test's own, run after the notebook
        nb = _read(name)
        cell = nbformat.v4.new_code_cell(extra)
        cell.id = "test-extra"
        nb.cells.append(cell)
        source = out.with_name("input-" + out.name)
        nbformat.write(nb, source)
    papermill.execute_notebook(
        str(source),
        str(out),
        parameters=parameters,
        cwd=str(cwd),
        kernel_name="python3",
        execution_timeout=CELL_TIMEOUT,
        progress_bar=False,
        log_output=False,
    )
    return nbformat.read(out, as_version=4)


def _array(value: object) -> list[float]:
    """A plotly JSON array, plain or base64-typed (``{"dtype": ..., "bdata": ...}``)."""
    if isinstance(value, dict):
        raw = base64.b64decode(value["bdata"])
        return np.frombuffer(raw, dtype=np.dtype(value["dtype"])).tolist()
    return list(value)  # type: ignore[call-overload]


def _errors(nb: nbformat.NotebookNode) -> list[str]:
    return [
        f"{o.get('ename')}: {o.get('evalue')}"
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]


def _plotly_outputs(nb: nbformat.NotebookNode) -> list[dict[str, object]]:
    return [
        o["data"]["application/vnd.plotly.v1+json"]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if "application/vnd.plotly.v1+json" in o.get("data", {})
    ]


@pytest.mark.slow
def test_seed_article_notebook_runs_and_exports_offline(tmp_path: Path) -> None:
    nb = _execute("01_seed_article.ipynb", NOTEBOOK_DIR, tmp_path / "01.ipynb", {})
    assert _errors(nb) == []
    figures = _plotly_outputs(nb)
    titles = [json.dumps(f["layout"].get("title", {})) for f in figures]  # type: ignore[union-attr]
    assert any("S&amp;P 500 and the statements" in t for t in titles)
    assert any("Cumulative abnormal returns" in t for t in titles)
    from nbconvert import HTMLExporter

    html, _ = HTMLExporter().from_notebook_node(nb)
    assert '<script src="https://cdn.plot.ly' not in html
    assert "plotly.js v" in html  # the library itself is inlined
    # the figures load nothing either (plotly's own renderer would add a MathJax CDN tag each)
    assert "tex-svg" not in html


@pytest.mark.slow
def test_sectors_notebook_runs_from_a_copy(tmp_path: Path) -> None:
    name = "02_liberation_day_sectors.ipynb"
    nb = _execute(name, tmp_path, tmp_path / name, {"repo_root": str(ROOT)})
    assert _errors(nb) == []
    heatmaps = [f for f in _plotly_outputs(nb) if f["data"][0]["type"] == "heatmap"]  # type: ignore[index]
    assert len(heatmaps) == 2
    assert len(heatmaps[0]["data"][0]["y"]) == 11  # type: ignore[index]  # the eleven sectors


@pytest.mark.slow
def test_template_runs_from_a_copy_and_the_explorer_redraws(tmp_path: Path) -> None:
    name = "03_your_articles.ipynb"
    change = (  # what a user does with the controls, then the chart's data as JSON
        "view.event_picker.value = ev['event_id'].iloc[-1]\n"
        "view.model_picker.value = 'raw'\n"
        "view.days_before.value = 2\n"
        "view.days_after.value = 3\n"
        "print(view.car_figure.to_json())\n"
    )
    nb = _execute(name, tmp_path, tmp_path / name, {"repo_root": str(ROOT)}, extra=change)
    assert _errors(nb) == []
    explorer = next(c for c in nb.cells if c.cell_type == "code" and "explorer(" in c.source)
    widget = "application/vnd.jupyter.widget-view+json"
    assert any(widget in o.get("data", {}) for o in explorer.outputs)  # a live widget
    printed = [o["text"] for o in nb.cells[-1].outputs if o.get("name") == "stdout"]
    car = json.loads("".join(printed))
    paths = [t for t in car["data"] if t.get("name", "").startswith("E")]
    assert len(paths) == 1  # the chart now shows the one event picked
    caar = next(t for t in car["data"] if t.get("name", "").startswith("CAAR"))
    assert list(_array(caar["x"])) == [-2, -1, 0, 1, 2, 3]
    assert not _plotly_outputs(nbformat.from_dict({"cells": [nb.cells[-1]]}))  # redrawn in place
    assert "model raw" in json.dumps(car["layout"]["title"])
