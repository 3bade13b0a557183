"""GitHub Actions workflow commands: one annotation per contradiction (error) or ambiguous check (warning).

    ::error file=docs/a.md,line=3,col=7,endLine=3,endColumn=15,title=quant%3A inconsistent::...
"""

from __future__ import annotations

from collections.abc import Sequence

from quant.model import FindingKind
from quant.render._common import Document, Named, arithmetic, describe_claims, finding_claims, sorted_findings

LEVELS = {FindingKind.INCONSISTENT: "error", FindingKind.AMBIGUOUS: "warning"}


def escape_data(text: str) -> str:
    """A workflow command's message: %, CR and LF are encoded.

    >>> escape_data("50% off\\nnow")
    '50%25 off%0Anow'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: also ':' and ','.

    >>> escape_property("a,b: c.md")
    'a%2Cb%3A c.md'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_lines(name: str, doc: Document) -> list[str]:
    lines = []
    for finding in sorted_findings(doc, tuple(LEVELS)):
        claims = finding_claims(doc, finding)
        start = claims[0].span if claims else None
        line, col = doc.location(start.start if start else 0)
        end_line, end_col = doc.location(start.end if start else 0)
        props = f"file={escape_property(name)},line={line},col={col}"
        if start is not None and end_line == line:  # GitHub reads columns only on single-line annotations
            props += f",endColumn={end_col}"
        props += f",title={escape_property(f'quant: {finding.kind}')}"
        message = f"{describe_claims(doc, finding)} — {arithmetic(finding)}"
        lines.append(f"::{LEVELS[finding.kind]} {props}::{escape_data(message)}")
    return lines


def render_github(documents: Sequence[Named]) -> str:
    lines = [line for name, doc in documents for line in annotation_lines(name, doc)]
    return "".join(line + "\n" for line in lines)
