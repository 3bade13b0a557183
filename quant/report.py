"""Stage 6: the report: claims and findings over the original text, in the shapes readers need."""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quant.model import Claim, Finding, FindingKind, Sentence
from quant.render import render_html, render_html_fragment, render_markdown, render_text

if TYPE_CHECKING:
    import pandas as pd


def _number(x: float | None) -> float | None:
    """JSON has no infinity: an open end is None."""
    if x is None or not math.isfinite(x):
        return None
    return x


_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Report:
    text: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    sentences: tuple[Sentence, ...] = ()
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _by_id: dict[str, Claim] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for c in self.claims})
        if not self._line_starts:
            starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
            object.__setattr__(self, "_line_starts", tuple(starts))

    def location(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; KeyError if the report holds none."""
        return self._by_id[claim_id]

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

    def finding_lines(self, finding: Finding) -> frozenset[int]:
        """The lines (1-based) of every claim a finding rests on."""
        lines: set[int] = set()
        for claim_id in finding.claims:
            try:
                claim = self.claim(claim_id)
            except KeyError:
                continue
            first, _ = self.location(claim.span.start)
            last, _ = self.location(max(claim.span.start, claim.span.end - 1))
            lines.update(range(first, last + 1))
        return frozenset(lines)

    def without_lines(self, lines: Iterable[int]) -> Report:
        """The report without the findings that rest on a claim on any of these lines (1-based).

        This is how a ``quant: ignore`` comment silences a line; the claims stay.
        """
        silenced = frozenset(lines)
        if not silenced:
            return self
        kept = tuple(f for f in self.findings if not self.finding_lines(f) & silenced)
        return Report(self.text, self.claims, kept, self.sentences, self._line_starts)

    def claims_frame(self) -> pd.DataFrame:
        """One row per claim: id, text, start, end, line, column, sentence, kind, value, low, high, unit,
        qualifier, direction, subject. Open interval ends are infinite; a missing value is NaN."""
        import pandas as pd

        rows = []
        for c in self.claims:
            line, column = self.location(c.span.start)
            rows.append(
                {
                    "id": c.id,
                    "text": c.text,
                    "start": c.span.start,
                    "end": c.span.end,
                    "line": line,
                    "column": column,
                    "sentence": c.sentence,
                    "kind": str(c.kind),
                    "value": math.nan if c.value is None else c.value,
                    "low": c.low,
                    "high": c.high,
                    "unit": c.unit,
                    "qualifier": c.qualifier,
                    "direction": str(c.direction) if c.direction else None,
                    "subject": c.subject,
                }
            )
        columns = ["id", "text", "start", "end", "line", "column", "sentence", "kind", "value", "low", "high"]
        columns += ["unit", "qualifier", "direction", "subject"]
        return pd.DataFrame(rows, columns=columns)

    def findings_frame(self) -> pd.DataFrame:
        """One row per finding: id, kind, relation, claims (a tuple of ids), surfaces, value, low, high, unit,
        line, column (of its first claim), explanation, steps (one string, a step a line)."""
        import pandas as pd

        rows = []
        for f in self.findings:
            claims = [self._by_id[i] for i in f.claims if i in self._by_id]
            start = min((c.span.start for c in claims), default=0)
            line, column = self.location(start)
            rows.append(
                {
                    "id": f.id,
                    "kind": str(f.kind),
                    "relation": str(f.relation),
                    "claims": tuple(f.claims),
                    "surfaces": tuple(c.text for c in claims),
                    "value": math.nan if f.value is None else f.value,
                    "low": f.interval.low if f.interval else math.nan,
                    "high": f.interval.high if f.interval else math.nan,
                    "unit": f.unit,
                    "line": line,
                    "column": column,
                    "explanation": f.explanation,
                    "steps": "\n".join(s.expression for s in f.steps),
                }
            )
        columns = ["id", "kind", "relation", "claims", "surfaces", "value", "low", "high", "unit", "line"]
        columns += ["column", "explanation", "steps"]
        return pd.DataFrame(rows, columns=columns)

    def to_text(self, name: str = "<text>") -> str:
        """Linter-style lines (NAME:LINE:COL: verdict: claims — arithmetic), implied values, every claim."""
        return render_text([(name, self)])

    def to_markdown(self, name: str = "text") -> str:
        """A findings table and a claims table in Markdown."""
        return render_markdown([(name, self)])

    def to_html(self, title: str = "quant report") -> str:
        """A self-contained HTML page: the text with every claim highlighted, the findings beside it."""
        return render_html([(title, self)], title=title)

    def _repr_html_(self) -> str:
        return render_html_fragment("quant report", self, prefix=f"q{id(self):x}")

