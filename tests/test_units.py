"""quant.units: the surface table maps onto pint, resolve() reads what is written, typos get suggestions.

Where the cases came from: every row of quant/data/unit_surfaces_en.tsv (so a new row is tested the
moment it is added), the generated spellings that file's header promises (plurals, -metre/-meter, a
hyphen for a space), and typos written for this file. Units inside whole sentences are tested in
tests/test_claims.py (UNITS, CURRENCIES). New surface forms go into the data file, not here; a new
generated spelling rule gets a row in GENERATED; a new typo in TYPOS.
"""

from __future__ import annotations

import math

import pint
import pytest

import quant
from quant.errors import UnknownUnitError
from quant.lexicon import table
from quant.model import Kind
from quant.units import convert, factor, kind_of, pint_unit, resolve

SURFACES = table("unit_surfaces_en.tsv", 2)
AFTER = SURFACES["after"]
BEFORE = SURFACES["before"]


@pytest.mark.parametrize(("surface", "unit"), AFTER + BEFORE, ids=[s for s, _ in AFTER + BEFORE])
def test_surface_unit_is_pint(surface: str, unit: str) -> None:
    """quant.ureg reads every pint expression the table maps onto, and one of it is a positive amount."""
    quantity = quant.ureg.Quantity(1, unit)
    assert quantity.magnitude == 1
    quant.ureg.Unit(unit)


def _first_mapping() -> dict[str, str]:
    first: dict[str, str] = {}
    for surface, unit in AFTER:
        first.setdefault(surface, unit)
    return first


@pytest.mark.parametrize(("surface", "unit"), sorted(_first_mapping().items()))
def test_resolve_every_after_surface(surface: str, unit: str) -> None:
    assert resolve(surface) == unit


@pytest.mark.parametrize(("surface", "factor_"), SURFACES["scale"], ids=[s for s, _ in SURFACES["scale"]])
def test_scale_words_are_powers_of_ten(surface: str, factor_: str) -> None:
    value = float(factor_)
    assert value >= 100
    assert math.log10(value) == int(math.log10(value))


def test_no_surface_is_listed_twice_with_different_units() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for surface, unit in AFTER:
        if seen.setdefault(surface, unit) != unit:
            clashes.append((surface, seen[surface], unit))
    assert not clashes


GENERATED = [
    ("square kilometres", "km**2"),
    ("square-kilometers", "km**2"),
    ("Square Kilometers", "km**2"),
    ("kilometers", "km"),
    ("metres", "m"),
    ("litres", "liter"),
    ("liters", "liter"),
    ("hectares", "hectare"),
    ("acres", "acre"),
    ("square miles", "mile**2"),
    ("barrels", "oil_barrel"),
    ("gigawatt-hours", "GW*hour"),
    ("inches", "inch"),
    ("degrees Fahrenheit", "degF"),
    ("degrees celsius", "degC"),
    ("euros", "EUR"),
    ("percentage points", "percentage_point"),
    ("basis points", "basis_point"),
]


@pytest.mark.parametrize(("surface", "unit"), GENERATED, ids=[s for s, _ in GENERATED])
def test_generated_spellings(surface: str, unit: str) -> None:
    assert resolve(surface) == unit


CASE_SENSITIVE = [("MW", "MW"), ("mW", None), ("GB", "gigabyte"), ("Gb", "gigabit"), ("Mt", "megatonne")]


@pytest.mark.parametrize(("surface", "unit"), CASE_SENSITIVE, ids=[s for s, _ in CASE_SENSITIVE])
def test_short_symbols_keep_their_case(surface: str, unit: str | None) -> None:
    if unit is None:
        with pytest.raises(UnknownUnitError):
            resolve(surface)
    else:
        assert resolve(surface) == unit


TYPOS = [
    ("kilometeres", ("kilometres", "kilometers")),
    ("hectars", ("hectares", "hectare")),
    ("milimeter", ("millimeter", "millimeters")),
    ("gigawat", ("gigawatt", "gigawatts")),
    ("squar miles", ("square miles", "square mile")),
    ("zzzz", ()),
]


@pytest.mark.parametrize(("typo", "suggestions"), TYPOS, ids=[t for t, _ in TYPOS])
def test_typo_suggests(typo: str, suggestions: tuple[str, ...]) -> None:
    with pytest.raises(UnknownUnitError) as caught:
        resolve(typo)
    assert caught.value.suggestions == suggestions
    assert caught.value.surface == typo
    for suggestion in suggestions:
        assert repr(suggestion) in str(caught.value)
        resolve(suggestion)  # a suggestion must itself resolve


KINDS = [
    ("USD", Kind.MONEY), ("USD/tonne", Kind.MONEY), ("percent", Kind.PERCENT), ("percentage_point", Kind.PERCENT),
    ("day", Kind.DURATION), ("year", Kind.DURATION), ("km**2", Kind.MEASURE), ("degC", Kind.MEASURE),
    ("dimensionless", Kind.COUNT),
]


@pytest.mark.parametrize(("unit", "kind"), KINDS, ids=[u for u, _ in KINDS])
def test_kind_of(unit: str, kind: Kind) -> None:
    assert kind_of(unit) is kind


def test_currencies_do_not_convert() -> None:
    assert factor("USD", "GBP") is None
    assert convert(10, "EUR", "JPY") is None
    with pytest.raises(pint.DimensionalityError):
        quant.ureg.Quantity(1, "USD").to("EUR")


def test_percentage_point_is_not_percent() -> None:
    assert factor("percentage_point", "percent") is None
    assert factor("basis_point", "percentage_point") == pytest.approx(0.01)  # a difference of rates too
    assert factor("basis_point", "percent") is None


def test_a_logarithmic_level_is_no_ratio_and_no_factor() -> None:
    """3 dB is a level: pint would read it as 1.995 (a ratio) and assert inside a product of it."""
    assert factor("decibel", "percent") is None
    assert factor("(decibel)*(percent)", "percent") is None
    assert convert(3, "decibel", "percent") is None
    assert factor("dB", "decibel") == 1.0


def test_decibels_beside_percentages_check_without_error() -> None:
    report = quant.check("The fan is 42 dB at 20 mph and 10% louder at 40 mph. The old one was 3 dB "
                         "quieter, 25% of the cost of $1,600, at $400.")
    assert {claim.unit for claim in report.claims} >= {"dB", "percent", "USD"}


CONVERSIONS = [
    (1, "mile", "km", 1.609344),
    (1, "hectare", "km**2", 0.01),
    (100, "degC", "degF", 212),
    (1, "GW*hour", "MW*hour", 1000),
    (50, "penny", "GBP", 0.5),
    (1, "oil_barrel/day", "liter/day", 158.987294928),
]


@pytest.mark.parametrize(("value", "unit_from", "unit_to", "expected"), CONVERSIONS,
                         ids=[f"{u}->{t}" for _, u, t, _ in CONVERSIONS])
def test_convert(value: float, unit_from: str, unit_to: str, expected: float) -> None:
    result = convert(value, unit_from, unit_to)
    assert result is not None
    assert math.isclose(result, expected, rel_tol=1e-9)


PINT_TOKENS = [("MPa", "MPa"), ("nanometers", "nanometer"), ("villages", None), ("points", None), ("Kia", None),
               ("in", None), ("a", None)]


@pytest.mark.parametrize(("token", "unit"), PINT_TOKENS, ids=[t for t, _ in PINT_TOKENS])
def test_pint_unit_refuses_ordinary_words(token: str, unit: str | None) -> None:
    assert pint_unit(token) == unit


@pytest.mark.slow
def test_no_pair_of_table_units_makes_pint_raise() -> None:
    """Every unit the table maps onto, paired with every other, converts, multiplies and reduces or gives None.

    pint asserted inside '(decibel)*(percent)' and could not reduce '(mile/gallon)*(liter)'.
    """
    from quant.units import product_factor, reduced

    table_units = sorted({unit for _, unit in AFTER + BEFORE} | {"dimensionless", "percent", "percentage_point"})
    raised = []
    for a in table_units:
        for b in table_units:
            for call, args in ((factor, (a, b)), (product_factor, (a, b, a)), (convert, (2.0, a, b)),
                               (reduced, (f"({a})*({b})",))):
                try:
                    call(*args)  # type: ignore[operator]
                except Exception as error:  # any exception is the failure reported
                    raised.append(f"{call.__name__}{args}: {type(error).__name__}")
    assert not raised, raised[:10]


def _rough_agrees(a: str, b: str, to: str) -> bool:
    """The rough factor refuses only what the exact one refuses, and is the exact one but for rounding."""
    from quant.units import product_factor, rough_product_factor

    exact, rough = product_factor(a, b, to), rough_product_factor(a, b, to)
    if exact is None:
        return True
    return rough is not None and math.isclose(rough, exact, rel_tol=1e-12)


def test_a_rough_product_factor_is_the_exact_one_but_for_rounding() -> None:
    """relations tries a rough factor first, then the exact one where the rough one nearly fits."""
    from quant.units import rough_product_factor

    triples = [("km/hour", "hour", "km"), ("USD/(kg)", "tonne", "USD"), ("percent", "mile", "km"),
               ("degC", "km", "K*m"), ("decibel", "percent", "decibel"), ("dB", "dimensionless", "dB"),
               ("fb**-1", "barn", "dimensionless")]
    wrong = [triple for triple in triples if not _rough_agrees(*triple)]
    assert not wrong, wrong
    assert rough_product_factor("km", "day", "m") is None
    assert rough_product_factor("USD/(kg)", "tonne", "GBP") is None


@pytest.mark.slow
def test_a_rough_product_factor_agrees_for_every_table_unit() -> None:
    table_units = sorted({unit for _, unit in AFTER + BEFORE} | {"dimensionless", "percent", "percentage_point"})
    wrong = [(a, b, to) for a in table_units for b in table_units for to in table_units if not _rough_agrees(a, b, to)]
    assert not wrong, wrong[:10]
