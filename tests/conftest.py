"""Shared fixtures: a builder of Report objects from hand-made claims and findings.

The renderers are tested on reports built here, so their tests do not move when extraction changes;
tests that need the real pipeline say so by calling quant.check.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest

from quant.interval import Interval
from quant.model import Claim, Direction, Finding, FindingKind, Kind, RelationKind, Span, Step
from quant.report import Report


class ReportBuilder:
    """Claims are placed by their surface (the n-th occurrence in the text); ids are c1, c2, ... and f1, ..."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.claims: list[Claim] = []
        self.findings: list[Finding] = []

    def claim(
        self,
        surface: str,
        value: float | None,
        unit: str = "dimensionless",
        kind: Kind = Kind.COUNT,
        *,
        low: float | None = None,
        high: float | None = None,
        occurrence: int = 1,
        direction: Direction | None = None,
        subject: str | None = None,
        date: str | None = None,
        at: int | None = None,
    ) -> str:
        """Add a claim at its ``occurrence``-th match in the text, or at offset ``at``."""
        start = -1
        for _ in range(occurrence if at is None else 0):
            start = self.text.index(surface, start + 1)
        if at is not None:
            start = self.text.index(surface, at)
        low = value if low is None else low
        high = value if high is None else high
        interval = Interval(-math.inf if low is None else low, math.inf if high is None else high)
        claim_id = f"c{len(self.claims) + 1}"
        self.claims.append(
            Claim(
                id=claim_id,
                span=Span(start, start + len(surface)),
                text=surface,
                sentence=self.text.count(".", 0, start),
                kind=kind,
                value=value,
                interval=interval,
                unit=unit,
                direction=direction,
                subject=subject,
                date=date,
            )
        )
        return claim_id

    def finding(
        self,
        kind: FindingKind,
        claims: Sequence[str],
        explanation: str,
        *,
        value: float | None = None,
        interval: tuple[float, float] | None = None,
        unit: str | None = None,
        relation: RelationKind = RelationKind.CHANGE,
        steps: Sequence[tuple[str, float, float, str]] = (),
    ) -> str:
        finding_id = f"f{len(self.findings) + 1}"
        self.findings.append(
            Finding(
                id=finding_id,
                kind=kind,
                relation=relation,
                claims=tuple(claims),
                value=value,
                interval=Interval(*interval) if interval else None,
                unit=unit,
                explanation=explanation,
                steps=tuple(Step(e, Interval(lo, hi), u) for e, lo, hi, u in steps),
            )
        )
        return finding_id

    def build(self) -> Report:
        return Report(self.text, tuple(self.claims), tuple(self.findings))


#: a short text of my own with one contradiction (line 3), one implied value and a date
SALES_TEXT = (
    "Quarterly notes for the bakery.\n"
    "\n"
    "Bread sales rose 25% this spring, from 40 loaves to 60 loaves a day.\n"
    "The shop opened in 2019 and covers about 80 m² & a <small> yard.\n"
)


def sales_report() -> Report:
    b = ReportBuilder(SALES_TEXT)
    rise = b.claim("rose 25%", 25, "percent", Kind.CHANGE, low=24.5, high=25.5, direction=Direction.INCREASE)
    before = b.claim("40 loaves", 40, "1/day", Kind.COUNT, low=39.5, high=40.5, subject="bread sales")
    after = b.claim("60 loaves", 60, "1/day", Kind.COUNT, low=59.5, high=60.5, subject="bread sales")
    b.claim("2019", None, "dimensionless", Kind.DATE, date="2019")
    b.claim("about 80 m²", 80, "m**2", Kind.MEASURE, low=76, high=84)
    b.finding(
        FindingKind.INCONSISTENT,
        [rise, before, after],
        "40 to 60 is a rise of 50%, not 25%",
        steps=[("(60 - 40) / 40", 50, 50, "percent")],
    )
    b.finding(
        FindingKind.IMPLIED,
        [before, after],
        "60 - 40 = 20 more loaves a day",
        value=20,
        interval=(19, 21),
        unit="1/day",
        relation=RelationKind.DIFFERENCE,
    )
    return b.build()


@pytest.fixture
def report() -> Report:
    """The bakery notes: a contradiction on line 3, an implied value, a date, an escaped '<small>'."""
    return sales_report()


@pytest.fixture
def builder() -> type[ReportBuilder]:
    return ReportBuilder
