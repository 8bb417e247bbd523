"""Turn an executed report notebook into one self-contained HTML page.

The page is rendered by nbconvert's :class:`~nbconvert.HTMLExporter` with the toolkit's own
minimal template (``toolkit/report/resources/report.html.j2``). The template shows no prompts, cell
ids or metadata, inlines the stylesheet, and puts plotly.js from the installed ``plotly``
package inline exactly once in the head; figures in the notebook are HTML fragments that only
call ``Plotly.newPlot`` on fixed ids. Nothing is fetched when the page opens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import nbformat

from toolkit.errors import ReportError

__all__ = ["RESOURCES", "arrange_cells", "export_html", "plotly_js", "report_css"]

#: Cells with this tag show their code after their output (e.g. the cell that writes the title).
CODE_AFTER = "mr-code-after"
#: Cells with these tags are left out of the page (the provenance section lists every parameter).
HIDDEN = ("parameters", "injected-parameters")
#: Cells with this tag are left out of the page when they have no output (a section that does
#: not apply to the report, e.g. the statements of a report on an events file).
OPTIONAL = "mr-optional"

#: Folder of the report's package data (template notebook, HTML template, stylesheet).
RESOURCES = Path(str(files("toolkit.report") / "resources"))

#: Where the template puts plotly.js.
_PLOTLYJS_SLOT = "/* plotly.js from the installed plotly package */"

#: Patterns that must never appear in a report: they would fetch something over the network.
_EXTERNAL = re.compile(
    r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """Return plotly.js from the installed ``plotly`` package, safe to place in a ``<script>``."""
    from plotly.offline import get_plotlyjs

    # "</script" cannot occur in plotly.js today; escaping keeps that true for later versions.
    return get_plotlyjs().replace("</script", "<\\/script")


@lru_cache(maxsize=2)
def report_css(include_code: bool) -> str:
    """Return the report stylesheet, plus the code-highlighting rules when code is shown."""
    css = (RESOURCES / "report.css").read_text(encoding="utf-8")
    if include_code:
        from pygments.formatters import HtmlFormatter

        css += "\n" + HtmlFormatter(style="default").get_style_defs(".highlight")
    return css


def arrange_cells(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Order a notebook's cells for the page.

    Drops the parameter cells (their values are in the provenance section) and the cells
    tagged ``mr-optional`` that have no output, and splits each cell
    tagged ``mr-code-after`` into its outputs followed by its code, so the page can open with
    the title rather than with code.

    Parameters
    ----------
    nb
        An executed notebook (not modified).

    Returns
    -------
    nbformat.NotebookNode
        A new notebook for export only.
    """
    out = nbformat.from_dict(dict(nb))
    cells = []
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if any(t in HIDDEN for t in tags) or (OPTIONAL in tags and not cell.get("outputs")):
            continue
        if cell.cell_type == "code" and CODE_AFTER in tags:
            shown = nbformat.from_dict(dict(cell))
            shown["source"] = ""
            code = nbformat.from_dict(dict(cell))
            code["outputs"] = []
            if "id" in cell:
                code["id"] = f"{cell['id']}-code"
            cells.extend([shown, code])
        else:
            cells.append(cell)
    out["cells"] = cells
    return out


def export_html(
    nb: nbformat.NotebookNode,
    *,
    title: str,
    include_code: bool,
    version: str,
) -> str:
    """Render an executed report notebook as a self-contained HTML page.

    Parameters
    ----------
    nb
        The executed notebook.
    title
        The page title (escaped by the template).
    include_code
        Show each code cell in a collapsed "Code" block above its output; if False, the page
        holds outputs and text only.
    version
        The toolkit version, written in the page footer.

    Returns
    -------
    str
        The HTML page.

    Raises
    ------
    ReportError
        If the page would load anything from the network.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_file=str(RESOURCES / "report.html.j2"),
        exclude_input=not include_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
    )
    resources: dict[str, Any] = {
        "mr": {
            "title": title,
            "version": version,
            "css": report_css(include_code),
            "plotlyjs_slot": _PLOTLYJS_SLOT,
        }
    }
    body, _ = exporter.from_notebook_node(arrange_cells(nb), resources=resources)
    match = _EXTERNAL.search(body)
    if match:
        raise ReportError(f"The report would load an external resource ({match.group(0)!r}).")
    if body.count(_PLOTLYJS_SLOT) != 1:
        raise ReportError("The report template must hold exactly one slot for plotly.js.")
    # plotly.js goes in after nbconvert's HTML clean-up pass, which need not parse 4.8 MB of it.
    return body.replace(_PLOTLYJS_SLOT, plotly_js())
