"""What every renderer shares: the Document protocol, number and interval formatting, finding order."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from quant.interval import Interval
from quant.model import Claim, Finding, FindingKind, Kind, Step


class Document(Protocol):
    """The parts of a quant.Report the renderers read."""

    @property
    def text(self) -> str: ...

    @property
    def claims(self) -> tuple[Claim, ...]: ...

    @property
    def findings(self) -> tuple[Finding, ...]: ...

    def location(self, offset: int) -> tuple[int, int]: ...

    def claim(self, claim_id: str) -> Claim: ...


Named = tuple[str, Document]  #: a document with the name to print for it (a path, or "<stdin>")

#: verdicts in the order a reader wants them: what is wrong first
VERDICT_ORDER = (
    FindingKind.INCONSISTENT,
    FindingKind.AMBIGUOUS,
    FindingKind.CONSISTENT,
    FindingKind.IMPLIED,
)


def fmt_number(x: float | None, significant: int = 6) -> str:
    """A number as a reader writes it, to ``significant`` digits (but never rounding the integer part).

    >>> fmt_number(1500.0), fmt_number(2.5), fmt_number(2.3e9), fmt_number(0.00015), fmt_number(None)
    ('1,500', '2.5', '2,300,000,000', '0.00015', '–')
    >>> fmt_number(math.inf), fmt_number(-math.inf), fmt_number(1/3), fmt_number(1e20)
    ('∞', '-∞', '0.333333', '1e+20')
    >>> fmt_number(12345.678), fmt_number(15.853704, 4), fmt_number(1339.5, 4), fmt_number(0.316667, 4)
    ('12,345.7', '15.85', '1,340', '0.3167')
    """
    if x is None:
        return "–"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 1e15:
        return f"{x:.{significant}g}"
    if abs(x) < 1:
        return f"{x:.{significant}g}"
    decimals = max(0, significant - len(str(int(abs(x)))))
    shown = f"{x:,.{decimals}f}"
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def fmt_interval(interval: Interval | None, significant: int = 4) -> str:
    """low–high (to four significant digits), or one bound for an open interval.

    >>> fmt_interval(Interval(285, 315)), fmt_interval(Interval(40, math.inf)), fmt_interval(Interval(3, 3))
    ('285–315', '≥ 40', '3')
    >>> fmt_interval(Interval(-math.inf, 10)), fmt_interval(Interval(-math.inf, math.inf)), fmt_interval(None)
    ('≤ 10', 'any', '–')
    """
    if interval is None:
        return "–"
    low, high = interval.low, interval.high
    if math.isinf(low) and math.isinf(high):
        return "any"
    if math.isinf(high):
        return f"≥ {fmt_number(low, significant)}"
    if math.isinf(low):
        return f"≤ {fmt_number(high, significant)}"
    if low == high:
        return fmt_number(low, significant)
    return f"{fmt_number(low, significant)}–{fmt_number(high, significant)}"


def fmt_unit(unit: str | None) -> str:
    """The pint unit, blank for plain numbers."""
    if not unit or unit == "dimensionless":
        return ""
    return unit


def fmt_amount(value: float | None, interval: Interval | None, unit: str | None, significant: int = 6) -> str:
    """'1,500 km**2', or the interval when there is no single value.

    >>> fmt_amount(1500.0, Interval(1425, 1575), "km**2"), fmt_amount(None, Interval(12, 99), "dimensionless")
    ('1,500 km**2', '12–99')
    """
    shown = fmt_number(value, significant) if value is not None else fmt_interval(interval)
    unit_text = fmt_unit(unit)
    return f"{shown} {unit_text}" if unit_text else shown


def claim_value(claim: Claim) -> str:
    """A claim's stated value; for a date, the ISO date or month it resolves to, where known."""
    if claim.kind is Kind.DATE:
        return claim.date or "–"
    return fmt_number(claim.value)


def claim_interval(claim: Claim) -> str:
    """A claim's interval; dates have none worth showing."""
    if claim.kind is Kind.DATE:
        return "–"
    return fmt_interval(claim.interval)


def claim_amount(claim: Claim) -> str:
    """'300 km**2', '2024-08' for a date."""
    if claim.kind is Kind.DATE:
        return claim.date or one_line(claim.text)
    return fmt_amount(claim.value, claim.interval, claim.unit)


def one_line(text: str, width: int = 0) -> str:
    """Whitespace runs as one space, cut to ``width`` characters with an ellipsis.

    >>> one_line("from 40\\n  units"), one_line("a very long surface", 10)
    ('from 40 units', 'a very lo…')
    """
    flat = " ".join(text.split())
    if width and len(flat) > width:
        return flat[: width - 1] + "…"
    return flat


def finding_claims(doc: Document, finding: Finding) -> list[Claim]:
    """The finding's claims in text order; ids the report does not hold are skipped."""
    claims = []
    for claim_id in finding.claims:
        try:
            claims.append(doc.claim(claim_id))
        except KeyError:
            continue
    return sorted(claims, key=lambda c: c.span.start)


def finding_offset(doc: Document, finding: Finding) -> int:
    """Where a finding is reported: its first claim in the text (0 for a finding without claims)."""
    claims = finding_claims(doc, finding)
    return claims[0].span.start if claims else 0


def sorted_findings(doc: Document, kinds: Sequence[FindingKind] = VERDICT_ORDER) -> list[Finding]:
    """Findings of the given kinds in text order."""
    chosen = [f for f in doc.findings if f.kind in kinds]
    return sorted(chosen, key=lambda f: (finding_offset(doc, f), VERDICT_ORDER.index(f.kind)))


def describe_claims(doc: Document, finding: Finding) -> str:
    """'"rose 25%" and "from 40 units"': the surfaces a finding rests on."""
    surfaces = [f'"{one_line(c.text, 60)}"' for c in finding_claims(doc, finding)]
    if not surfaces:
        return "(no claims)"
    if len(surfaces) == 1:
        return surfaces[0]
    return ", ".join(surfaces[:-1]) + " and " + surfaces[-1]


def arithmetic(finding: Finding) -> str:
    """The finding's arithmetic in one line: its explanation, or its steps when it has none."""
    if finding.explanation:
        return one_line(finding.explanation)
    return "; ".join(step_line(s.expression, s.result, s.unit) for s in finding.steps)


def extra_steps(finding: Finding) -> list[Step]:
    """The steps that say more than the explanation already does."""
    told = one_line(finding.explanation)
    return [s for s in finding.steps if one_line(s.expression) not in told]


def step_line(expression: str, result: Interval, unit: str) -> str:
    """'300 × 5 = 1,425–1,575 km**2'."""
    return f"{one_line(expression)} = {fmt_amount(None, result, unit)}"


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 claim', '2 claims'.

    >>> plural(1, "claim"), plural(3, "contradiction"), plural(0, "implied value")
    ('1 claim', '3 contradictions', '0 implied values')
    """
    return f"{count} {word if count == 1 else (many or word + 's')}"


def summary(doc: Document) -> str:
    """'12 claims, 1 implied value, 0 contradictions'."""
    counts = {kind: sum(1 for f in doc.findings if f.kind is kind) for kind in FindingKind}
    parts = [plural(len(doc.claims), "claim"), plural(counts[FindingKind.IMPLIED], "implied value")]
    if counts[FindingKind.CONSISTENT]:
        parts.append(plural(counts[FindingKind.CONSISTENT], "consistent check"))
    if counts[FindingKind.AMBIGUOUS]:
        parts.append(plural(counts[FindingKind.AMBIGUOUS], "ambiguous check"))
    parts.append(plural(counts[FindingKind.INCONSISTENT], "contradiction"))
    return ", ".join(parts)
