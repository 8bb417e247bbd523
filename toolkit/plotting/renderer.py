"""A notebook renderer whose exported HTML needs no network.

plotly's ``"notebook"`` renderer embeds plotly.js in the notebook (good), but every figure's
HTML also carries a ``<script src>`` for MathJax from a CDN, which fails offline and leaves a
console error per figure in exported pages. The toolkit's charts use no LaTeX, so
:class:`OfflineNotebookRenderer` drops that tag and keeps everything else.

``import toolkit.plotting`` registers it as ``"notebook_offline"``; :func:`use_offline_renderer`
makes ``"plotly_mimetype+notebook_offline"`` the default: JupyterLab draws the plotly mimetype,
and notebooks exported to HTML (nbconvert) draw from the embedded HTML, offline.
"""

from __future__ import annotations

import re
from typing import Any

import plotly.io as pio
from plotly.io.base_renderers import NotebookRenderer

__all__ = ["RENDERER", "OfflineNotebookRenderer", "use_offline_renderer"]

RENDERER = "notebook_offline"
_MATHJAX_CDN_TAG = re.compile(
    r"<script[^>]*\bsrc=\"https?://[^\"]*/mathjax/[^\"]*\"[^>]*>\s*</script>", re.IGNORECASE
)


class OfflineNotebookRenderer(NotebookRenderer):
    """plotly's notebook renderer (plotly.js embedded once) without the MathJax CDN tag."""

    def to_mimebundle(self, fig_dict: dict[str, Any]) -> dict[str, Any]:
        """Render a figure dict to a MIME bundle whose HTML loads nothing from the network."""
        bundle = super().to_mimebundle(fig_dict)
        bundle["text/html"] = _MATHJAX_CDN_TAG.sub("", bundle["text/html"])
        return bundle


def register() -> None:
    """Register the renderer as ``"notebook_offline"`` (idempotent)."""
    if RENDERER not in pio.renderers:
        pio.renderers[RENDERER] = OfflineNotebookRenderer(connected=False)


def use_offline_renderer() -> str:
    """Make ``"plotly_mimetype+notebook_offline"`` plotly's default renderer and return it.

    Examples
    --------
    >>> use_offline_renderer()
    'plotly_mimetype+notebook_offline'
    """
    register()
    pio.renderers.default = f"plotly_mimetype+{RENDERER}"
    return pio.renderers.default


register()
