"""SARIF 2.1.0, for code scanning: one result per contradiction (error) or ambiguous check (warning).

Each result points at its first claim; the other claims it rests on are its relatedLocations. Columns
count Unicode code points (``columnKind``), as Python's offsets do; endColumn is the column just past the end.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import metadata
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from quant.model import Claim, FindingKind
from quant.render._common import (
    Document,
    Named,
    arithmetic,
    claim_amount,
    describe_claims,
    finding_claims,
    one_line,
    sorted_findings,
)

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

RULES: tuple[dict[str, Any], ...] = (
    {
        "id": "quant/inconsistent",
        "name": "InconsistentNumbers",
        "shortDescription": {"text": "Two or more numbers in the text contradict each other."},
        "fullDescription": {
            "text": "The claims speak of the same thing, and the arithmetic between them does not hold "
            "within the precision their wording allows."
        },
        "defaultConfiguration": {"level": "error"},
        "help": {"text": "Check the figures against their source; silence with a 'quant: ignore' comment."},
    },
    {
        "id": "quant/ambiguous",
        "name": "AmbiguousNumbers",
        "shortDescription": {"text": "Numbers that may or may not agree, depending on how they are read."},
        "fullDescription": {
            "text": "The claims can be read in more than one way, and the readings disagree on whether the "
            "arithmetic holds."
        },
        "defaultConfiguration": {"level": "warning"},
        "help": {"text": "State the figures so that only one reading is possible."},
    },
)
_RULE_OF = {FindingKind.INCONSISTENT: 0, FindingKind.AMBIGUOUS: 1}
_LEVEL_OF = {FindingKind.INCONSISTENT: "error", FindingKind.AMBIGUOUS: "warning"}


def artifact_uri(name: str) -> str:
    """A path as a SARIF URI reference: relative paths stay relative, with forward slashes.

    >>> artifact_uri("docs/my notes.md"), artifact_uri("-")
    ('docs/my%20notes.md', 'stdin')
    """
    if name in ("-", "<stdin>"):
        return "stdin"
    path = PurePath(name)
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix(), safe="/")


def _version() -> str:
    try:
        return metadata.version("quant")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _location(name: str, doc: Document, claim: Claim) -> dict[str, Any]:
    line, col = doc.location(claim.span.start)
    end_line, end_col = doc.location(claim.span.end)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(name)},
            "region": {
                "startLine": line,
                "startColumn": col,
                "endLine": end_line,
                "endColumn": end_col,
                "snippet": {"text": claim.text},
            },
        }
    }


def results(name: str, doc: Document) -> list[dict[str, Any]]:
    out = []
    for finding in sorted_findings(doc, tuple(_RULE_OF)):
        claims = finding_claims(doc, finding)
        if not claims:
            continue
        result: dict[str, Any] = {
            "ruleId": RULES[_RULE_OF[finding.kind]]["id"],
            "ruleIndex": _RULE_OF[finding.kind],
            "level": _LEVEL_OF[finding.kind],
            "message": {"text": f"{describe_claims(doc, finding)} — {arithmetic(finding)}"},
            "locations": [_location(name, doc, claims[0])],
            "properties": {"findingId": finding.id, "relation": str(finding.relation)},
        }
        related = []
        for index, claim in enumerate(claims[1:], start=1):
            location = _location(name, doc, claim)
            location["id"] = index
            amount = claim_amount(claim)
            location["message"] = {"text": f'"{one_line(claim.text, 80)}" = {amount}'}
            related.append(location)
        if related:
            result["relatedLocations"] = related
        out.append(result)
    return out


def sarif_log(documents: Sequence[Named]) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "quant",
                        "version": _version(),
                        "rules": [dict(rule) for rule in RULES],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [r for name, doc in documents for r in results(name, doc)],
            }
        ],
    }


def render_sarif(documents: Sequence[Named]) -> str:
    return json.dumps(sarif_log(documents), indent=2, ensure_ascii=False) + "\n"
