"""Units: pint's registry extended by data/units_en.txt, and the English surface forms that map onto it.

>>> resolve("square kilometres")
'km**2'
>>> resolve("MW"), resolve("GWh")
('MW', 'GW*hour')
>>> resolve("kilometeres")
Traceback (most recent call last):
...
quant.errors.UnknownUnitError: unknown unit 'kilometeres'. Did you mean 'kilometres' or 'kilometers'?
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from quant.errors import UnknownUnitError
from quant.lexicon import cached_table
from quant.model import Kind

SURFACES_FILE = "unit_surfaces_en.tsv"
DEFINITIONS_FILE = "units_en.txt"
_IRREGULAR_PLURAL = re.compile(r"(?:ch|sh|x|s)$")


@cache
def registry() -> Any:
    """The library's pint registry, built once."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    with resources.as_file(resources.files("quant.data").joinpath(DEFINITIONS_FILE)) as path:
        ureg.load_definitions(str(path))
    return ureg


def _case_sensitive(surface: str) -> bool:
    return len(surface) <= 3 or any(ch.isupper() for ch in surface)


def _variants(surface: str) -> list[str]:
    """The surface with its generated spellings: plural, -metre/-meter, hyphen or space.

    >>> _variants("square kilometer")[:4]
    ['square kilometer', 'square kilometers', 'square kilometre', 'square kilometres']
    """
    spellings = [surface]
    for a, b in (("meter", "metre"), ("metre", "meter"), ("liter", "litre"), ("litre", "liter")):
        if a in surface:
            spellings.append(surface.replace(a, b))
    if " " in surface and "per " not in surface:
        spellings.append(surface.replace(" ", "-"))
    forms: list[str] = []
    for spelling in spellings:
        forms.append(spelling)
        last = spelling.split()[-1]
        if spelling[-1].isalpha() and len(last) >= 3 and not spelling.endswith(("s", "feet", "pence")):
            forms.append(spelling + ("es" if _IRREGULAR_PLURAL.search(spelling) else "s"))
    return forms


@dataclass(frozen=True, slots=True)
class SurfaceTable:
    """Surface forms by section; keys of the ``*_folded`` maps are lower-cased."""

    before: dict[str, str]
    scale: dict[str, float]
    after_exact: dict[str, str]
    after_folded: dict[str, str]

    def after(self, surface: str) -> str | None:
        found = self.after_exact.get(surface)
        if found is None:
            found = self.after_folded.get(surface.lower())
        return found


@cache
def surfaces() -> SurfaceTable:
    rows = cached_table(SURFACES_FILE, 2)
    before = {surface: unit for surface, unit in rows["before"]}
    scale = {surface: float(factor) for surface, factor in rows["scale"]}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for surface, unit in rows["after"]:
        for form in _variants(surface):
            if _case_sensitive(form):
                exact.setdefault(form, unit)
            else:
                folded.setdefault(form.lower(), unit)
    return SurfaceTable(before, scale, exact, folded)


def resolve(surface: str) -> str:
    """The pint expression for a unit as written; UnknownUnitError with suggestions if none."""
    found = surfaces().after(surface.strip())
    if found is not None:
        return found
    table = surfaces()
    known = list(table.after_exact) + list(table.after_folded)
    raise UnknownUnitError(surface, difflib.get_close_matches(surface.lower(), known, n=2, cutoff=0.8))


@cache
def dimensionality(unit: str) -> str:
    """pint's dimensionality of a unit expression, as a string ('' for dimensionless)."""
    return str(registry().Unit(unit).dimensionality) if unit != "dimensionless" else ""


@cache
def kind_of(unit: str) -> Kind:
    """The kind of quantity a unit measures.

    >>> kind_of("USD/tonne"), kind_of("percent"), kind_of("day"), kind_of("km**2")
    (<Kind.MONEY: 'money'>, <Kind.PERCENT: 'percent'>, <Kind.DURATION: 'duration'>, <Kind.MEASURE: 'measure'>)
    """
    if unit in ("percent", "percentage_point"):
        return Kind.PERCENT
    dims = dimensionality(unit)
    if "currency" in dims:
        return Kind.MONEY
    if dims == "[time]":
        return Kind.DURATION
    if dims == "":
        return Kind.COUNT
    return Kind.MEASURE


@cache
def factor(unit_from: str, unit_to: str) -> float | None:
    """How many unit_to one unit_from is, or None where they do not convert.

    >>> round(factor("mile", "km"), 4), factor("USD", "GBP")
    (1.6093, None)
    """
    import pint

    ureg = registry()
    try:
        return float(ureg.Quantity(1.0, unit_from).to(unit_to).magnitude)
    except (pint.DimensionalityError, pint.OffsetUnitCalculusError):
        return None


def convert(value: float, unit_from: str, unit_to: str) -> float | None:
    """value in unit_from expressed in unit_to (offset units such as degC handled), or None.

    >>> round(convert(40, "degC", "degF"), 1)
    104.0
    """
    import pint

    ureg = registry()
    try:
        return float(ureg.Quantity(value, unit_from).to(unit_to).magnitude)
    except (pint.DimensionalityError, pint.OffsetUnitCalculusError):
        return None
