"""Plain text for a terminal, read like a linter's output.

    notes.txt:3:7: inconsistent: "rose 25%" and "from 40 units to 60 units" — 40 to 60 is a rise of 50%

then the implied values, then every claim with its value, interval, unit and kind, then a summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from quant.model import FindingKind
from quant.render._common import (
    Document,
    Named,
    arithmetic,
    claim_amount,
    claim_interval,
    claim_value,
    describe_claims,
    extra_steps,
    finding_claims,
    finding_offset,
    fmt_amount,
    fmt_interval,
    fmt_unit,
    one_line,
    sorted_findings,
    step_line,
    summary,
)

VERDICTS = (FindingKind.INCONSISTENT, FindingKind.AMBIGUOUS, FindingKind.CONSISTENT)
SURFACE_WIDTH = 44


def table(header: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    """Left-aligned columns, two spaces apart; the last column is not padded.

    >>> print("\\n".join(table(["A", "BB"], [["xyz", "1"], ["q", "22"]])))
      A    BB
      xyz  1
      q    22
    """
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def verdict_lines(name: str, doc: Document) -> list[str]:
    """One linter line per verdict: NAME:LINE:COL: verdict: claims — arithmetic."""
    lines = []
    for finding in sorted_findings(doc, VERDICTS):
        line, col = doc.location(finding_offset(doc, finding))
        lines.append(
            f"{name}:{line}:{col}: {finding.kind}: {describe_claims(doc, finding)} — {arithmetic(finding)}"
        )
    return lines


def implied_lines(doc: Document) -> list[str]:
    implied = sorted_findings(doc, (FindingKind.IMPLIED,))
    if not implied:
        return []
    rows = []
    for finding in implied:
        line, col = doc.location(finding_offset(doc, finding))
        rows.append(
            [
                f"{line}:{col}",
                fmt_amount(finding.value, finding.interval, finding.unit, 4),
                fmt_interval(finding.interval),
                describe_claims(doc, finding),
                arithmetic(finding),
            ]
        )
    return ["implied values:", *table(["LINE:COL", "VALUE", "INTERVAL", "FROM", "WHY"], rows)]


def claim_lines(doc: Document) -> list[str]:
    if not doc.claims:
        return ["no quantities found."]
    rows = []
    for claim in sorted(doc.claims, key=lambda c: c.span.start):
        line, col = doc.location(claim.span.start)
        kind = str(claim.kind) + (f" ({claim.direction})" if claim.direction else "")
        rows.append(
            [
                f"{line}:{col}",
                one_line(claim.text, SURFACE_WIDTH),
                claim_value(claim),
                claim_interval(claim),
                fmt_unit(claim.unit) or "-",
                kind,
            ]
        )
    header = ["LINE:COL", "SURFACE", "VALUE", "INTERVAL", "UNIT", "KIND"]
    return [f"claims ({len(doc.claims)}):", *table(header, rows)]


def render_document(name: str, doc: Document) -> str:
    parts = [verdict_lines(name, doc), implied_lines(doc), claim_lines(doc), [f"{name}: {summary(doc)}"]]
    return "\n\n".join("\n".join(part) for part in parts if part) + "\n"


def render_text(documents: Sequence[Named]) -> str:
    """Every document's verdicts, implied values and claims, one block per document."""
    return "\n".join(render_document(name, doc) for name, doc in documents)


def render_failure_table(
    name: str, doc: Document, kinds: Sequence[FindingKind] = (FindingKind.INCONSISTENT,)
) -> str:
    """What a failing test prints: per contradiction, LINE:COL, the claims with their values, the steps."""
    lines = []
    for finding in sorted_findings(doc, kinds):
        line, col = doc.location(finding_offset(doc, finding))
        lines.append(f"{name}:{line}:{col}: {finding.kind}: {arithmetic(finding)}")
        rows = []
        for claim in finding_claims(doc, finding):
            c_line, c_col = doc.location(claim.span.start)
            rows.append(
                [
                    f"{c_line}:{c_col}",
                    f'"{one_line(claim.text, SURFACE_WIDTH)}"',
                    claim_amount(claim),
                    claim_interval(claim),
                ]
            )
        lines.extend(table(["LINE:COL", "CLAIM", "VALUE", "INTERVAL"], rows, indent="    "))
        for step in extra_steps(finding):
            lines.append("    " + step_line(step.expression, step.result, step.unit))
    return "\n".join(lines)
