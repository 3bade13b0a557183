"""Markdown: a findings table and a claims table per document, for pull-request comments and notes."""

from __future__ import annotations

from collections.abc import Sequence

from quant.model import FindingKind
from quant.render._common import (
    VERDICT_ORDER,
    Document,
    Named,
    arithmetic,
    claim_interval,
    claim_value,
    describe_claims,
    finding_offset,
    fmt_amount,
    fmt_unit,
    one_line,
    sorted_findings,
    summary,
)

#: characters that would end a table cell or start markup
_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~"})

ICONS = {
    FindingKind.INCONSISTENT: "❌ inconsistent",
    FindingKind.AMBIGUOUS: "⚠️ ambiguous",
    FindingKind.CONSISTENT: "✅ consistent",
    FindingKind.IMPLIED: "➕ implied",
}


def escape(text: str) -> str:
    r"""Text safe inside a Markdown table cell: one line, markup characters escaped.

    >>> escape("a | b *c*\nd")
    'a \\| b \\*c\\* d'
    """
    return one_line(text).translate(_MARKDOWN_SPECIAL)


def md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def render_document(name: str, doc: Document, level: int = 2) -> str:
    lines = [f"{'#' * level} quant: {escape(name)}", "", escape(summary(doc)) + ".", ""]
    findings = sorted(sorted_findings(doc), key=lambda f: VERDICT_ORDER.index(f.kind))  # worst first
    if findings:
        rows = []
        for finding in findings:
            line, col = doc.location(finding_offset(doc, finding))
            shown = fmt_amount(finding.value, finding.interval, finding.unit, 4) if finding.interval else ""
            rows.append(
                [
                    f"{line}:{col}",
                    ICONS[finding.kind],
                    escape(describe_claims(doc, finding)),
                    escape(shown),
                    escape(arithmetic(finding)),
                ]
            )
        lines += [*md_table(["Line:col", "Verdict", "Claims", "Value", "Arithmetic"], rows), ""]
    if doc.claims:
        rows = []
        for claim in sorted(doc.claims, key=lambda c: c.span.start):
            line, col = doc.location(claim.span.start)
            rows.append(
                [
                    f"{line}:{col}",
                    escape(claim.text),
                    escape(claim_value(claim)),
                    escape(claim_interval(claim)),
                    escape(fmt_unit(claim.unit)),
                    escape(str(claim.kind) + (f" ({claim.direction})" if claim.direction else "")),
                ]
            )
        header = ["Line:col", "Claim", "Value", "Interval", "Unit", "Kind"]
        lines += ["<details><summary>Claims</summary>", "", *md_table(header, rows), "", "</details>", ""]
    else:
        lines += ["No quantities found.", ""]
    return "\n".join(lines)


def render_markdown(documents: Sequence[Named]) -> str:
    return "\n".join(render_document(name, doc) for name, doc in documents)
