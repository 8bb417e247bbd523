"""Run the parameterised report notebook in a fresh kernel and clean what varies between runs.

The notebook (``toolkit/report/resources/report.ipynb``) is executed with papermill from a clean
``python3`` kernel, so a report never depends on the state of the caller's session. The
executed notebook is then stripped of everything that changes from one run to the next
(papermill's timings and paths, execution timestamps, kernel and cell ids made up at run time),
so a kept notebook is as reproducible as the HTML page.
"""

from __future__ import annotations

import copy
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import nbformat

from toolkit.errors import ReportError

__all__ = ["clean_notebook", "execute_notebook"]


def execute_notebook(
    template: str | Path,
    parameters: Mapping[str, Any],
    *,
    cwd: str | Path,
    kernel_name: str = "python3",
    timeout: float = 600.0,
) -> nbformat.NotebookNode:
    """Execute the report notebook with ``parameters`` and return it, cleaned.

    Parameters
    ----------
    template
        The parameterised notebook (a cell tagged ``parameters`` holds the defaults).
    parameters
        JSON-compatible values injected by papermill after the ``parameters`` cell.
    cwd
        The kernel's working folder (relative article paths are read from there).
    kernel_name
        The Jupyter kernel to start; ``python3`` runs the interpreter the toolkit is installed in.
    timeout
        Seconds a single cell may run.

    Returns
    -------
    nbformat.NotebookNode
        The executed notebook after :func:`clean_notebook`.

    Raises
    ------
    ReportError
        If a cell fails (the message names the cell and the error) or the kernel cannot start.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    env = {"PYTHONHASHSEED": "0", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    saved = {k: os.environ.get(k) for k in env}
    logging.getLogger("papermill").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="mr-report-") as tmp:
        out = Path(tmp) / "report.ipynb"
        os.environ.update(env)
        try:
            nb = pm.execute_notebook(
                str(template),
                str(out),
                parameters=dict(parameters),
                kernel_name=kernel_name,
                cwd=str(cwd),
                progress_bar=False,
                log_output=False,
                execution_timeout=timeout,
                report_mode=False,
                # ipykernel warns on its own stderr that local TCP is unencrypted; keep it quiet.
                extra_arguments=["--IPKernelApp.log_level=ERROR"],
            )
        except PapermillExecutionError as exc:
            raise ReportError(
                f"The report notebook stopped in cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
            ) from exc
        except (RuntimeError, OSError) as exc:
            raise ReportError(
                f"The report notebook could not be run ({type(exc).__name__}: {exc})."
            ) from exc
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    return clean_notebook(nb)


#: Notebook-level metadata keys kept in a cleaned notebook.
_KEEP_NB_METADATA = ("kernelspec", "language_info", "celltoolbar")


def clean_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return a copy of an executed notebook without run-specific values.

    Removes papermill's timings, paths and environment, nbclient's execution timestamps, and
    widget state; renumbers execution counts from 1; gives cells ids derived from their
    position (papermill makes up a random id for the injected parameters cell).

    Parameters
    ----------
    nb
        An executed notebook.

    Returns
    -------
    nbformat.NotebookNode
    """
    nb = copy.deepcopy(nb)
    params = nb.metadata.get("papermill", {}).get("parameters")
    nb.metadata = nbformat.from_dict(
        {k: nb.metadata[k] for k in _KEEP_NB_METADATA if k in nb.metadata}
    )
    if params is not None:
        nb.metadata["market_reaction"] = {"parameters": params}
    count = 0
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell["id"] = f"cell-{index:02d}"
        if cell.cell_type == "code":
            if cell.get("execution_count") is not None:
                count += 1
                cell.execution_count = count
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output["execution_count"] = cell.execution_count
                output.get("metadata", {}).pop("execution", None)
    nb.nbformat_minor = max(nb.get("nbformat_minor", 5), 5)
    return nb
