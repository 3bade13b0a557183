"""quant: check the numbers in prose.

>>> report = check("Sales rose 25% to 60 units.")
>>> [(c.text, c.value, c.unit, c.subject) for c in report.claims]
[('rose 25%', 25.0, 'percent', 'Sales'), ('60', 60.0, 'dimensionless', 'units')]
>>> [(f.kind.value, f.value) for f in report.findings]
[('implied', 48.0)]
"""

from __future__ import annotations

from typing import Any

from quant.errors import QuantError
from quant.model import Claim, Finding
from quant.pipeline import check
from quant.report import Report

__all__ = ["Claim", "Finding", "QuantError", "Report", "check", "ureg"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name == "ureg":  # built on first use: pint's registry takes a moment to load
        from quant.units import registry

        return registry()
    raise AttributeError(f"module 'quant' has no attribute {name!r}")
