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
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from quant.errors import UnknownUnitError
from quant.lexicon import cached_table
from quant.model import Kind

SURFACES_FILE = "unit_surfaces_en.tsv"
DEFINITIONS_FILE = "units_en.txt"
#: how many unit expressions each lookup keeps: a document names few units, but the words tried as units
#: come from its text, so no cache may grow with it
UNIT_CACHE = 4096
_IRREGULAR_PLURAL = re.compile(r"(?:ch|sh|x|s)$")


@cache
def registry() -> Any:
    """The library's pint registry, built once."""
    import pint

    ureg: Any = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    with resources.as_file(resources.files("quant.data").joinpath(DEFINITIONS_FILE)) as path:
        ureg.load_definitions(str(path))
    return ureg


def _case_sensitive(surface: str) -> bool:
    """Short symbols keep their case (MW is not mW); names do not ("degrees celsius")."""
    return len(surface) <= 3 or (len(surface) <= 5 and " " not in surface and any(ch.isupper() for ch in surface))


def _variants(surface: str) -> list[str]:
    """The surface with its generated spellings: plural, -metre/-meter, hyphen or space.

    >>> _variants("square kilometer")[:4]
    ['square kilometer', 'square kilometers', 'square kilometre', 'square kilometres']
    """
    spellings = [surface]  # no plural for "stone", a weight only in the singular ("12 stone"; "12 stones" are things)
    for a, b in (("meter", "metre"), ("metre", "meter"), ("liter", "litre"), ("litre", "liter")):
        if a in surface:
            spellings.append(surface.replace(a, b))
    if " " in surface and "per " not in surface:
        spellings += [spelling.replace(" ", "-") for spelling in spellings]  # "square-kilometre"
    forms: list[str] = []
    for spelling in spellings:
        forms.append(spelling)
        last = spelling.split()[-1]
        if spelling[-1].isalpha() and len(last) >= 3 and not spelling.endswith(("s", "feet", "pence", "stone")):
            forms.append(spelling + ("es" if _IRREGULAR_PLURAL.search(spelling) else "s"))
    return forms


@dataclass(frozen=True, slots=True)
class SurfaceTable:
    """Surface forms by section; keys of the ``*_folded`` maps are lower-cased."""

    before: dict[str, str]
    scale: dict[str, float]
    after_exact: dict[str, str]
    after_folded: dict[str, str]
    every: dict[str, str]  #: "daily" -> "day": an adverb after an amount that makes it a rate

    def after(self, surface: str) -> str | None:
        found = self.after_exact.get(surface)
        if found is None:
            found = self.after_folded.get(surface.lower())
        return found


@cache
def surfaces() -> SurfaceTable:
    rows = cached_table(SURFACES_FILE, 2)
    before = {row[0]: row[1] for row in rows["before"]}
    scale = {surface: float(factor) for surface, factor in rows["scale"]}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for surface, unit in rows["after"]:
        for form in _variants(surface):
            if _case_sensitive(form):
                exact.setdefault(form, unit)
            else:
                folded.setdefault(form.lower(), unit)
    every = {row[0]: row[1] for row in rows["every"]}
    return SurfaceTable(before, scale, exact, folded, every)


def resolve(surface: str) -> str:
    """The pint expression for a unit as written; UnknownUnitError with suggestions if none."""
    found = surfaces().after(surface.strip())
    if found is not None:
        return found
    table = surfaces()
    known = list(table.after_exact) + list(table.after_folded)
    raise UnknownUnitError(surface, difflib.get_close_matches(surface.lower(), known, n=2, cutoff=0.8))


#: the dimensionality of a unit expression pint parses but cannot reduce: equal only to itself
UNREADABLE = "[unreadable]"


@lru_cache(maxsize=UNIT_CACHE)
def dimensionality(unit: str) -> str:
    """pint's dimensionality of a unit expression, as a string ('' for dimensionless)."""
    if unit == "dimensionless":
        return ""
    try:
        return str(registry().Unit(unit).dimensionality)
    except Exception:  # "ampere ** 2 * delta_decibel": pint raises many kinds on what it cannot reduce
        return UNREADABLE


@lru_cache(maxsize=UNIT_CACHE)
def kind_of(unit: str) -> Kind:
    """The kind of quantity a unit measures.

    >>> kind_of("USD/tonne"), kind_of("percent"), kind_of("day"), kind_of("km**2")
    (<Kind.MONEY: 'money'>, <Kind.PERCENT: 'percent'>, <Kind.DURATION: 'duration'>, <Kind.MEASURE: 'measure'>)
    """
    dims = dimensionality(unit)
    if unit == "percent" or dims == "[percentage_difference]":
        return Kind.PERCENT
    if "currency" in dims:
        return Kind.MONEY
    if dims == "[time]":
        return Kind.DURATION
    if dims == "":
        return Kind.COUNT
    return Kind.MEASURE


@lru_cache(maxsize=UNIT_CACHE)
def _dimensions(unit: str) -> Any:
    """pint's dimensionality of a unit expression, or None where pint cannot read it; parsed once."""
    try:
        return registry().Unit(unit).dimensionality
    except Exception:  # pint raises many kinds on a bad expression; factor() reports them
        return None


def _differ(*pair: Any) -> bool:
    return None not in pair and pair[0] != pair[1]


@lru_cache(maxsize=UNIT_CACHE)
def factor(unit_from: str, unit_to: str) -> float | None:
    """How many unit_to one unit_from is, or None where they do not convert.

    >>> round(factor("mile", "km"), 4), factor("USD", "GBP")
    (1.6093, None)
    """
    import pint

    if _differ(_dimensions(unit_from), _dimensions(unit_to)):
        return None  # a quick refusal: pint converts only within one dimensionality
    ureg = registry()
    if _logarithmic(unit_from) or _logarithmic(unit_to):  # 3 dB is a level, not 1.995 of anything
        return 1.0 if _dimensions(unit_from) is not None and ureg.Unit(unit_from) == ureg.Unit(unit_to) else None
    try:
        return float(ureg.Quantity(1.0, unit_from).to(unit_to).magnitude)
    except pint.PintError:  # dimensionality, offset and logarithmic calculus errors
        return None


@lru_cache(maxsize=UNIT_CACHE)
def _logarithmic(unit: str) -> bool:
    """Whether the unit expression holds a level on a logarithmic scale (decibel, neper, octave).

    >>> _logarithmic("dB"), _logarithmic("(decibel)*(km)"), _logarithmic("degC")
    (True, True, False)
    """
    ureg = registry()
    try:
        names = [name.removeprefix("delta_") for name in ureg.parse_units(unit)._units]  # a unit's parts
    except Exception:  # pint raises many kinds on a bad expression
        return False
    return any(getattr(ureg._units[name].converter, "is_logarithmic", False) for name in names if name in ureg._units)


@lru_cache(maxsize=4 * UNIT_CACHE)
def product_factor(unit_a: str, unit_b: str, unit_to: str) -> float | None:
    """How many unit_to one unit_a times one unit_b is, or None where they do not convert.

    >>> product_factor("km/hour", "hour", "m"), product_factor("km", "day", "m")
    (1000.0, None)
    """
    if _dimensions_refuse(unit_a, unit_b, unit_to):
        return None
    return factor(f"({unit_a})*({unit_b})", unit_to)


@lru_cache(maxsize=4 * UNIT_CACHE)
def rough_product_factor(unit_a: str, unit_b: str, unit_to: str) -> float | None:
    """product_factor but for rounding in the last digits, from each unit's own factor rather than by pint for
    the product (hundreds of times faster on first use): a first test before the exact one. None only where
    product_factor is None; product_factor itself where a unit has an offset or a logarithmic scale.

    >>> rough_product_factor("km/hour", "hour", "m"), rough_product_factor("km", "day", "m")
    (1000.0, None)
    """
    if _dimensions_refuse(unit_a, unit_b, unit_to):
        return None
    scale_a, scale_b, scale_to = plain_factor(unit_a), plain_factor(unit_b), plain_factor(unit_to)
    if scale_a is None or scale_b is None or scale_to is None:
        return product_factor(unit_a, unit_b, unit_to)
    return scale_a * scale_b / scale_to


def _dimensions_refuse(unit_a: str, unit_b: str, unit_to: str) -> bool:
    """Whether unit_a times unit_b has another dimensionality than unit_to: a quick refusal, met for most of the
    triples relations tries."""
    a, b, to = signature(unit_a), signature(unit_b), signature(unit_to)
    return a is not None and b is not None and to is not None and product_signature(a, b) != to


#: a dimensionality as a value to compare and hash: the exponent of each dimension
Signature = frozenset[tuple[str, float]]


@lru_cache(maxsize=UNIT_CACHE)
def signature(unit: str) -> Signature | None:
    """The unit's dimensionality as a Signature, or None where pint cannot read it."""
    dims = _dimensions(unit)
    return None if dims is None else frozenset(dims.items())


@lru_cache(maxsize=4 * UNIT_CACHE)
def product_signature(a: Signature, b: Signature) -> Signature:
    """The dimensionality of a product of two units, from theirs: exponents add, and a zero drops out."""
    exponents = dict(a)
    for dimension, exponent in b:
        exponents[dimension] = exponents.get(dimension, 0) + exponent
    return frozenset((dimension, exponent) for dimension, exponent in exponents.items() if exponent != 0)


@lru_cache(maxsize=UNIT_CACHE)
def plain_factor(unit: str) -> float | None:
    """How many of pint's root units one of the unit is, where it is made of scaled units only: None for a
    unit with an offset (degC) or a logarithmic scale (dB), or one pint cannot read."""
    ureg = registry()
    try:
        parts = ureg.parse_units(unit)._units
        scale, _ = ureg.get_root_units(unit)
    except Exception:  # pint raises many kinds on a bad expression
        return None
    for name in parts:
        converter = ureg._units[name].converter if name in ureg._units else None
        if converter is None or not converter.is_multiplicative or getattr(converter, "is_logarithmic", False):
            return None
    return float(scale)


@lru_cache(maxsize=UNIT_CACHE)
def reduced(unit: str) -> tuple[str, float]:
    """The unit pint reduces an expression to, and how many of it one of the expression is.

    >>> reduced("(km/hour)*(hour)"), reduced("(mile/gallon)*(liter)")
    (('kilometer', 1.0), ('meter', 425.1437074302721))
    """
    import pint

    q = registry().Quantity(1.0, unit)
    try:
        q = q.to_reduced_units()
    except pint.PintError:  # pint fails to reduce some mixes, "(mile/gallon)*(liter)": base units then
        q = q.to_base_units()
    return str(q.units).replace(" ", ""), float(q.magnitude)


def convert(value: float, unit_from: str, unit_to: str) -> float | None:
    """value in unit_from expressed in unit_to (offset units such as degC handled), or None.

    >>> round(convert(40, "degC", "degF"), 1)
    104.0
    """
    import pint

    if _differ(_dimensions(unit_from), _dimensions(unit_to)):
        return None  # a quick refusal, and no exception left in a reference cycle with its frames
    if (_logarithmic(unit_from) or _logarithmic(unit_to)) and factor(unit_from, unit_to) is None:
        return None
    ureg = registry()
    try:
        return float(ureg.Quantity(value, unit_from).to(unit_to).magnitude)
    except pint.PintError:
        return None


#: Unit names pint knows whose endings mark a unit word ("nanometers", "gigapascals", "exabytes").
_UNIT_WORD_ENDINGS = (
    "meter", "metre", "gram", "tonne", "liter", "litre", "watt", "volt", "joule", "pascal", "hertz", "byte",
    "bit", "ampere", "ohm", "calorie", "decibel", "newton", "gallon", "pint", "quart", "ounce", "inch", "yard",
    "acre", "tablespoon", "teaspoon", "knot", "annum", "candela", "kelvin", "farad", "henry", "tesla",
    "weber", "lumen", "lux", "becquerel", "gray", "sievert", "barrel", "bushel", "electron_volt", "degree",
)
#: Short words pint reads as units that in prose are ordinary English.
_NOT_UNITS = frozenset(
    """
    a am an are at bar bars rod rods hand hands link links shot shots rem rad pi sun tex gal mil lea nit
    pole poles cord cords span point points stone stones chain chains barn barns grain grains quarter
    quarters line lines drop drops unit units bag bags pt pts g s t m h in b c d e f k l n o p r u v x y z
    bus buses cat cats dam dams den dens fat fin fins hat hats mug mugs pat pin pins mass quad quads kip
    act acts app apps apt care dad dads damp dare din dot dots fare fares fats fly gray grays hare hares
    mare mares mat mats mud mum mums neon pinch pond ponds prod ramp ramps rare rat rats slug slugs toe toes
    turn turns jig jigs jute knit kin mole moles aha
    """.split()
)
_UNIT_TOKEN = re.compile(r"[A-Za-zµμΩ°][A-Za-z0-9µμΩ°^/*·²³_-]{0,24}(?:[-−]\d)?")
_EXPONENT = re.compile(r"([A-Za-z])(-[1-3]|[23])\b")


@lru_cache(maxsize=UNIT_CACHE)
def pint_unit(token: str) -> str | None:
    """A unit written in a form our table lacks but pint reads: 'eV', 'MPa', 'nanometers', 'km^3'.

    Ordinary words are refused even where pint has a unit of that name.

    >>> pint_unit("MPa"), pint_unit("nanometers"), pint_unit("villages"), pint_unit("points")
    ('MPa', 'nanometer', None, None)
    """
    import pint

    if token.lower() in _NOT_UNITS or not _UNIT_TOKEN.fullmatch(token):
        return None
    word = token.lower().rstrip("s")
    marked = any(ch.isupper() or not ch.isalpha() for ch in token)
    if token.isalpha() and token[:1].isupper() and token[1:].islower() and len(token) > 2:
        return None  # a capitalised word is a name ("Kia"), not a unit
    if not marked and not (len(token) <= 4 or word.endswith(_UNIT_WORD_ENDINGS)):
        return None
    expression = token.replace("^", "**").replace("²", "**2").replace("³", "**3").replace("·", "*")
    expression = _EXPONENT.sub(r"\1**\2", expression.replace("−", "-"))  # s2 -> s**2, s-1 -> s**-1
    try:
        unit = registry().parse_units(expression)
    except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, AttributeError, TypeError, ValueError,
            AssertionError, KeyError, ZeroDivisionError):  # "km/0"
        return None
    if str(unit) == "dimensionless":
        return None
    try:
        unit.dimensionality  # noqa: B018 -- "A²dB": pint parses a product of a logarithmic unit it cannot reduce
    except Exception:  # pint raises many kinds on a unit it cannot reduce
        return None
    if not marked and len(token) <= 4:
        # a short lower-case word: only where it is an abbreviation, not an English word
        from quant.lexicon import cached_word_lists

        words = {w for ws in cached_word_lists("function_words_en.txt").values() for w in ws}
        if token.lower() in words:
            return None
    return expression if marked else str(unit)
