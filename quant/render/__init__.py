"""Renderers: a report as text for a terminal, Markdown, an HTML page, GitHub annotations or SARIF.

Each module takes documents as (name, report) pairs and returns a string. They read the report through
the small ``Document`` protocol in ``_common`` and import nothing above ``quant.model``, so ``report.py``
can use them without a cycle.
"""

from __future__ import annotations

from quant.render._common import Document
from quant.render.github import render_github
from quant.render.html import render_html, render_html_fragment
from quant.render.markdown import render_markdown
from quant.render.sarif import render_sarif
from quant.render.text import render_failure_table, render_text

__all__ = [
    "Document",
    "render_failure_table",
    "render_github",
    "render_html",
    "render_html_fragment",
    "render_markdown",
    "render_sarif",
    "render_text",
]
