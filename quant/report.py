"""Stage 6: the report: claims and findings over the original text, in the shapes readers need."""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass, field
from typing import Any

from quant.model import Claim, Finding, FindingKind, Sentence


def _number(x: float | None) -> float | None:
    """JSON has no infinity: an open end is None."""
    if x is None or not math.isfinite(x):
        return None
    return x


@dataclass(frozen=True)
class Report:
    text: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    sentences: tuple[Sentence, ...] = ()
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._line_starts:
            starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
            object.__setattr__(self, "_line_starts", tuple(starts))

    def location(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def claim(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    @property
    def contradictions(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind is FindingKind.INCONSISTENT)

    def to_dict(self) -> dict[str, Any]:
        """The output contract of shared/eval/FORMAT.md."""
        return {
            "claims": [
                {
                    "id": c.id,
                    "text": c.text,
                    "start": c.span.start,
                    "end": c.span.end,
                    "sentence": c.sentence,
                    "kind": str(c.kind),
                    "value": c.value,
                    "low": _number(c.low),
                    "high": _number(c.high),
                    "unit": c.unit,
                    "qualifier": c.qualifier,
                    "direction": str(c.direction) if c.direction else None,
                    "subject": c.subject,
                }
                for c in self.claims
            ],
            "findings": [
                {
                    "id": f.id,
                    "kind": str(f.kind),
                    "relation": str(f.relation),
                    "claims": list(f.claims),
                    "value": _number(f.value),
                    "low": _number(f.interval.low) if f.interval else None,
                    "high": _number(f.interval.high) if f.interval else None,
                    "unit": f.unit,
                    "explanation": f.explanation,
                }
                for f in self.findings
            ],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)
