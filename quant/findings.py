"""Stage 5: relations -> findings: implied values and verdicts, each with its arithmetic."""

from __future__ import annotations

from quant.model import Claim, Finding, Relation


def assess(claims: tuple[Claim, ...], relations: tuple[Relation, ...]) -> tuple[Finding, ...]:
    return ()
