"""Stage 5: relations -> findings: implied values and verdicts, each with its arithmetic.

Every value is an Interval: what the claims' qualifiers and stated precision allow, carried through
the arithmetic, so "approximately 300 km² after a five-fold decrease" implies 1,425-1,575 km² and not
a bare 1,500. A relation is judged *inconsistent* only where no value inside the stated intervals
(widened by the tolerances below) makes the arithmetic agree.

>>> from quant.model import Claim, Kind, Span, Direction, Relation, RelationKind
>>> after = Claim("c1", Span(0, 35), "approximately 300 square kilometers", 0, Kind.MEASURE, 300,
...               Interval(285, 315), "km**2", qualifier="approximately")
>>> change = Claim("c2", Span(37, 55), "five-fold decrease", 0, Kind.MULTIPLIER, 5, Interval(5, 5),
...                "dimensionless", direction=Direction.DECREASE)
>>> rel = Relation(RelationKind.CHANGE, ("c2", "c1"), "", ("change", "after"), direction=Direction.DECREASE)
>>> [finding] = assess((after, change), (rel,))
>>> finding.kind.value, finding.value, finding.unit
('implied', 1500.0, 'km**2')
>>> print(finding.explanation)
before 'five-fold decrease' to 'approximately 300 square kilometers': 300 km² × 5 = 1,500 km²; \
'approximately 300 square kilometers' read as 285–315 km² gives 1,425–1,575 km²; \
'five-fold decrease' read as ÷ 5 (after = before ÷ 5)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from quant import units
from quant.interval import Interval
from quant.model import Claim, Direction, Finding, FindingKind, Kind, Relation, RelationKind, Step
from quant.relations import ONE_MONTH_GROUP, ONE_YEAR_GROUP, REMAINING_GROUP, REST_GROUP, Role, family, is_fraction

# -- tolerances: the only widths this stage adds to what the claims state --------------------------

#: A factor stated in words ("tripled", "halved", "five-fold", "a third") is a round figure: the ratio
#: it describes may differ from it by this much (relative) before the statement is called wrong.
#: 10,400 / 3,300 = 3.15 is "tripled"; 14,200 to 8,900 (1.6) is not "halved".
WORD_FACTOR_SLACK = 0.06
#: A conversion in parentheses is rounded by its writer: this much beyond the stated precision.
CONVERSION_SLACK = 0.01
#: A relation found by arithmetic alone (not by the text's words) is reported only when the stated
#: and computed central values are this close (relative), besides their intervals overlapping.
CANDIDATE_MATCH = 0.05


@dataclass(slots=True)
class _Amount:
    """A value computed or stated: its central value, its interval and its unit.

    Like _Result and _Model, not frozen (thousands are made per document and a frozen dataclass is slow to
    build), but never changed once made.
    """

    value: float
    interval: Interval
    unit: str


@dataclass(slots=True)
class _Result:
    kind: FindingKind
    relation: RelationKind
    claims: tuple[str, ...]
    amount: _Amount | None
    explanation: str
    steps: tuple[Step, ...] = ()
    implied: str = ""  # beside a contradiction: what the other figures give, also stated as an implied value
    implied_from: tuple[str, ...] = ()  # the claims that give it


# -- units and formatting --------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _linear(unit_from: str, unit_to: str) -> tuple[float, float] | None:
    """(slope, offset) of the conversion unit_from -> unit_to, or None where they do not convert."""
    if unit_from == unit_to or unit_to.startswith(unit_from + "/"):
        return 1.0, 0.0
    if unit_to == "percent" and units.dimensionality(unit_from) == "[percentage_difference]":
        return units.convert(1.0, unit_from, "percentage_point") or 1.0, 0.0  # points added to a percent
    zero = units.convert(0.0, unit_from, unit_to)
    one = units.convert(1.0, unit_from, unit_to)
    if zero is None or one is None:
        return None
    return one - zero, zero


def _convert(amount: _Amount, unit: str) -> _Amount | None:
    if amount.unit == unit:  # nearly always: the slope 1 and offset 0 below, worked out without intervals
        iv = amount.interval
        return _Amount(amount.value * 1.0 + 0.0, Interval(iv.low * 1.0 + 0.0, iv.high * 1.0 + 0.0), unit)
    lin = _linear(amount.unit, unit) or _linear(unit, amount.unit)
    if lin is None:
        return None
    if _linear(amount.unit, unit) is None:  # only the inherited direction converts: same numbers
        return _Amount(amount.value, amount.interval, unit)
    slope, offset = lin
    iv = amount.interval * slope + Interval.point(offset)
    return _Amount(amount.value * slope + offset, iv, unit)


def _stated(claim: Claim, *, number_only: bool = False) -> _Amount:
    """A claim's value; with number_only, an open interval ("above 40°C") shrinks to the number."""
    value = claim.value if claim.value is not None else claim.interval.mid
    iv = claim.interval
    if number_only and not iv.bounded and claim.value is not None:
        iv = Interval.point(claim.value)
    return _Amount(float(value), iv, claim.unit)


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _last_digit(claim: Claim) -> Interval | None:
    """Half a unit of the claim's last written digit either side of its value, trailing zeros included;
    None for a number in words, a range or a qualified claim."""
    written = _WRITTEN_NUMBER.search(claim.text)
    if claim.qualifier or written is None or claim.value is None:
        return None
    digits = written.group().replace(",", "")
    if not float(digits):
        return None
    half = 0.5 * 10.0 ** -len(digits.partition(".")[2]) * abs(claim.value / float(digits))
    return Interval(claim.value - half, claim.value + half)


def _as_printed(claim: Claim) -> _Amount:
    """A level as a reader checks a change against it: at face value, to its last written digit, trailing
    zeros included ('£1,400' is 1,399.5–1,400.5; '$1.2bn' 1.15–1.25bn); a qualified claim keeps its interval.

    >>> from quant.model import Span
    >>> c = Claim("c1", Span(0, 6), "£1,400", 0, Kind.MONEY, 1400.0, Interval(1365, 1435), "GBP")
    >>> _as_printed(c).interval
    Interval(low=1399.5, high=1400.5)
    """
    stated = _stated(claim)
    tight = _last_digit(claim)
    if tight is None or not (claim.interval.low <= tight.low and tight.high <= claim.interval.high):
        return stated
    return _Amount(stated.value, tight, stated.unit)


def _to_last_digit(claim: Claim) -> _Amount:
    """A change as written: at least half a unit of its last digit either side ('8%' is 7.5–8.5%), however
    small that is against its value."""
    stated = _stated(claim)
    digit = _last_digit(claim)
    if digit is None:
        return stated
    hull = Interval(min(digit.low, stated.interval.low), max(digit.high, stated.interval.high))
    return _Amount(stated.value, hull, stated.unit)


@lru_cache(maxsize=4096)  # a document states the same figures again and again
def _fmt(x: float) -> str:
    """A number as a reader writes it.

    >>> _fmt(1500.0), _fmt(0.6667), _fmt(21432000.0), _fmt(-inf)
    ('1,500', '0.6667', '21,432,000', '−∞')
    """
    if not math.isfinite(x):
        return "∞" if x > 0 else "−∞"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        text = f"{x:,.1f}"
    elif abs(x) >= 1:
        text = f"{x:.3f}"
    else:  # 4 significant digits, never in exponent notation: 0.000048, not 4.8e-05
        text = f"{x:.{max(3, 3 - math.floor(math.log10(abs(x))))}f}" if x else "0"
    return text.rstrip("0").rstrip(".") if "." in text and "e" not in text else text


inf = math.inf

_UNIT_TEXT = {
    "percent": "%",
    "percentage_point": " percentage points",
    "basis_point": " basis points",
    "dimensionless": "",
    "km**2": " km²",
    "m**2": " m²",
    "mile**2": " sq mi",
    "degC": "°C",
    "degF": "°F",
    "delta_degC": "°C",
    "delta_degF": "°F",
}


@lru_cache(maxsize=1024)
def _unit(unit: str) -> str:
    text = _UNIT_TEXT.get(unit)
    return text if text is not None else " " + unit.replace("**2", "²").replace("**3", "³")


def _show(amount: _Amount) -> str:
    return _fmt(amount.value) + _unit(amount.unit)


_PER_BASE = re.compile(r"\bper\s+(\d{1,3}(?:,\d{3})+|\d+)\b")  # "35 per 1,000 residents"


def _show_as(amount: _Amount, stated: str) -> str:
    """The amount, and where the claim it is checked against states a rate per so many, per as many.

    >>> _show_as(_Amount(0.031, Interval.point(0.031), "dimensionless"), "35 per 1,000 people")
    '0.031 (31 per 1,000)'
    """
    base = _PER_BASE.search(stated)
    per = int(base.group(1).replace(",", "")) if base else 1
    if per <= 1 or amount.unit != "dimensionless":
        return _show(amount)
    return f"{_show(amount)} ({_fmt(amount.value * per)} per {base.group(1) if base else per})"


def _show_interval(iv: Interval, unit: str) -> str:
    """An interval as a reader writes it, with as many digits as tell its ends apart.

    >>> _show_interval(Interval(29.032, 29.034), "percent"), _show_interval(Interval(2, 2), "dimensionless")
    ('29.032–29.034%', '2')
    """
    if iv.low == iv.high:
        return _fmt(iv.low) + _unit(unit)
    low, high = _fmt(iv.low), _fmt(iv.high)
    digits = 4
    while low == high and digits <= 9 and math.isfinite(iv.low) and math.isfinite(iv.high):
        low, high = f"{iv.low:,.{digits}g}", f"{iv.high:,.{digits}g}"  # "29–29%" says nothing: 29.02–29.04%
        digits += 1
    return f"{low}–{high}{_unit(unit)}"


def _reading(claim: Claim, result: _Amount) -> str:
    """'approximately 300' read as 285–315 km² gives 1,425–1,575 km²."""
    return f"'{claim.text}' read as {_show_interval(claim.interval, claim.unit)} gives " + _show_interval(
        result.interval, result.unit
    )


def _agree(computed: _Amount, stated: _Amount, firm: bool) -> bool:
    if not computed.interval.overlaps(stated.interval):
        return False
    if firm:
        return True
    scale = max(abs(stated.value), 1e-12)
    return abs(computed.value - stated.value) <= CANDIDATE_MATCH * scale


# -- changes ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Model:
    """How a change joins its before and after: after = before × factor, or before + offset."""

    name: str
    multiply: bool
    param: _Amount  #: the factor (dimensionless) or the offset (in the values' unit)
    symbol: str  #: how the step is written: "× 1.25", "÷ 5", "+ 2"

    def apply(self, before: _Amount) -> _Amount:
        if self.multiply:
            return _Amount(
                before.value * self.param.value, before.interval * self.param.interval, before.unit
            )
        return _Amount(before.value + self.param.value, before.interval + self.param.interval, before.unit)

    def undo(self, after: _Amount) -> _Amount:
        if self.multiply:
            return _Amount(after.value / self.param.value, after.interval / self.param.interval, after.unit)
        return _Amount(after.value - self.param.value, after.interval - self.param.interval, after.unit)


def _widen(iv: Interval, rel: float) -> Interval:
    return Interval(iv.low - abs(iv.low) * rel, iv.high + abs(iv.high) * rel)


def _sign(direction: Direction | None) -> float:
    return -1.0 if direction is Direction.DECREASE else 1.0


def _models(change: Claim, unit: str, direction: Direction | None, *, judging: bool) -> list[_Model]:
    """The readings of a change against values in ``unit``, the plainest first.

    When ``judging`` a stated before and after, a factor stated in words gets WORD_FACTOR_SLACK; an
    implied value is computed from the factor as stated.
    """
    fam = family(change)
    s = _sign(direction)
    c = _to_last_digit(change) if judging else _stated(change)
    if fam == "percent":
        factor = _Amount(1 + s * c.value / 100, Interval.point(1) + c.interval * (s / 100), "dimensionless")
        word = "rise" if s > 0 else "fall"
        models = [_Model("relative", True, factor, f"× {_fmt(factor.value)} (a {_fmt(c.value)}% {word})")]
        if unit == "percent":
            pts = _Amount(s * c.value, c.interval * s, "percent")
            models.append(_Model("points", False, pts, f"{'+' if s > 0 else '−'} {_fmt(c.value)} points"))
        return models
    if fam == "factor":
        point = c.interval.low == c.interval.high
        iv = _widen(c.interval, WORD_FACTOR_SLACK) if point and judging else c.interval
        if is_fraction(change) and direction is not None:
            f = _Amount(1 + s * c.value, Interval.point(1) + iv * s, "dimensionless")
            return [
                _Model(
                    "fraction", True, f, f"× {_fmt(f.value)} ({'up' if s > 0 else 'down'} {_fmt(c.value)})"
                )
            ]
        if direction is Direction.DECREASE:
            f = _Amount(1 / c.value, Interval.point(1) / iv, "dimensionless")
            return [_Model("divide", True, f, f"÷ {_fmt(c.value)}")]
        return [_Model("multiply", True, _Amount(c.value, iv, "dimensionless"), f"× {_fmt(c.value)}")]
    delta = f"delta_{unit}" if unit in ("degC", "degF") else unit
    lin = _linear(change.unit, delta)
    if lin is None and unit.startswith(change.unit + "/"):
        lin = (1.0, 0.0)
    if lin is None:
        return []
    slope = lin[0]
    off = _Amount(s * c.value * slope, c.interval * (s * slope), unit)
    return [_Model("offset", False, off, f"{'+' if s > 0 else '−'} {_fmt(c.value * slope)}{_unit(delta)}")]


def _observed(model: _Model, before: _Amount, after: _Amount, change: Claim) -> _Amount:
    """The change the before and after values show, in the change's own terms (a positive size)."""
    if not model.multiply:
        diff = after.interval - before.interval
        size = abs(after.value - before.value)
        iv = Interval(
            max(0.0, min(abs(diff.low), abs(diff.high)) if diff.low * diff.high > 0 else 0.0),
            max(abs(diff.low), abs(diff.high)),
        )
        lin = _linear(model.param.unit, change.unit)
        back = _linear(change.unit, model.param.unit)  # percent levels, a change in basis points: × 100
        k = lin[0] if lin is not None and change.unit != "percentage_point" else 1 / back[0] if back else 1.0
        return _Amount(size * k, iv * k, change.unit)
    ratio = after.interval / before.interval
    r = after.value / before.value if before.value else math.inf
    if model.name == "relative":
        return _Amount(abs(r - 1) * 100, _abs(ratio - Interval.point(1)) * 100, "percent")
    if model.name == "fraction":
        return _Amount(abs(r - 1), _abs(ratio - Interval.point(1)), "dimensionless")
    if model.name == "divide":
        return _Amount(1 / r if r else math.inf, Interval.point(1) / ratio, "dimensionless")
    return _Amount(r, ratio, "dimensionless")


def _on_offset_scale(unit: str) -> bool:
    """°C and °F: a zero that is not none of the quantity, so levels differ but do not divide."""
    lin = _linear(unit, "kelvin")
    return lin is not None and lin[1] != 0


def _magnitude(amount: _Amount) -> _Amount:
    return _Amount(abs(amount.value), _abs(amount.interval), amount.unit)


def _abs(iv: Interval) -> Interval:
    if iv.low >= 0:
        return iv
    if iv.high <= 0:
        return -iv
    return Interval(0, max(-iv.low, iv.high))


def _change(rel: Relation, by_id: dict[str, Claim]) -> list[_Result]:
    roles = _roles(rel, by_id)
    if Role.CHANGE not in roles:
        return _level_change(rel, roles)
    if len(roles[Role.CHANGE]) == 2:
        return _two_changes(rel, roles)
    change = roles[Role.CHANGE][0]
    before = roles.get(Role.BEFORE, [None])[0]
    after = roles.get(Role.AFTER, [None])[0]
    if before is None and after is None:
        return []
    unit = (before or after).unit  # type: ignore[union-attr]
    models = _models(change, unit, rel.direction, judging=before is not None and after is not None)
    if not models:
        return []
    model = models[0]
    ids = rel.claims
    if before is not None and after is not None:
        # a change in figures ('a 12% rise') is checked against the levels as printed; one in words ('roughly
        # a quarter', 'doubled') against the levels as rounded
        printed = _as_printed if any(map(str.isdigit, change.text)) else _stated
        b = printed(before)
        a = _convert(printed(after), unit)
        if a is None:
            return []
        if model.multiply and _agree(model.apply(b), a, rel.firm):
            return _change_agrees(rel, model, before, after, change, b, a)
        if not model.multiply and _agree(_observed(model, b, a, change), _stated(change), rel.firm):
            # a difference is checked by its size: "52 seconds ahead" is less time, "3°C above" more
            return _change_agrees(rel, model, before, after, change, b, a)
        if not rel.firm:
            return []
        seen = _observed(model, b, a, change)
        if not model.multiply and not _plausible(seen.value, _stated(change).value):
            return []  # 106 against "7 short of": two unrelated values, not a wrong difference
        expected = model.apply(b)
        text = (
            f"'{before.text}' to '{after.text}' is {_show(seen)}"
            f" ({_show_interval(seen.interval, seen.unit)} within the stated precision), not '{change.text}';"
            f" {_show(b)} {model.symbol} = {_show(expected)}"
        )
        if (
            len(models) > 1
            and model.multiply is not models[1].multiply
            and _agree(models[1].apply(b), a, True)
        ):
            text += f"; the figures agree only if '{change.text}' is read as percentage points"
            points = [_points_apart(rel, before, after, b, a)]  # "67.5% to 71.5%, a rise of 4%": 4 points
        else:
            points = []
        implied = f"'{before.text}' to '{after.text}' is {_show(seen)}"
        # the amount between the levels, whatever the change says: "850 km² to 620 km²: down 230 km²"
        gap = [_apart(rel, before, after, b, a)] if model.multiply and not points else []
        return [_Result(FindingKind.INCONSISTENT, rel.kind, ids, seen, text, implied=implied,
                        implied_from=(before.id, after.id)), *points, *gap]
    if not rel.firm:
        return []
    kind = FindingKind.AMBIGUOUS if len(models) > 1 else FindingKind.IMPLIED
    out: list[_Result] = []
    for m in models[:2]:
        if before is not None:
            res = m.apply(_stated(before))
            text = f"after '{change.text}' from '{before.text}': "
            text += f"{_show(_stated(before))} {m.symbol} = {_show(res)}"
            src = before
        else:
            assert after is not None
            res = m.undo(_stated(after))
            text = f"before '{change.text}' to '{after.text}': "
            text += f"{_show(_stated(after))} {_undo_symbol(m)} = {_show(res)}"
            src = after
        if src.interval.low != src.interval.high or res.interval.low != res.interval.high:
            text += "; " + _reading(src, res)
        if m.name == "divide":  # say how a "five-fold decrease" was read
            text += f"; '{change.text}' read as {m.symbol} (after = before {m.symbol})"
        if kind is FindingKind.AMBIGUOUS:
            text = f"read as {m.name}: " + text
        out.append(_Result(kind, rel.kind, ids, res, text))
        if kind is FindingKind.AMBIGUOUS:
            break  # the plainest reading is the value; the other is stated in its explanation
    if kind is FindingKind.AMBIGUOUS and len(models) > 1:
        m2 = models[1]
        known = before or after
        assert known is not None
        res2 = m2.apply(_stated(known)) if before is not None else m2.undo(_stated(known))
        first = out[0]
        out[0] = _Result(
            first.kind,
            first.relation,
            first.claims,
            first.amount,
            first.explanation + f"; read as {m2.name}: {_show(res2)}",
        )
    return out


def _two_changes(rel: Relation, roles: dict[str, list[Claim]]) -> list[_Result]:
    """'rose 21 cents to $1.62, a 9% increase': the amount gives the other level (1.41), and the amount
    over that level is the percentage the text states (21 / 141 = 14.9%) or not."""
    relative, amount = roles[Role.CHANGE]
    after = roles.get(Role.AFTER, [None])[0]
    level = after or roles.get(Role.BEFORE, [None])[0]
    fraction = is_fraction(relative)  # "by 9.2 GWh to 6.8 GWh, a cut of more than two-thirds"
    if level is None or not (relative.unit == "percent" or fraction):
        return []
    models = _models(amount, level.unit, rel.direction, judging=True)
    if not models or models[0].multiply:
        return []
    step = models[0].param  # the amount in the level's unit, signed by the direction
    printed = _as_printed(level)
    if abs(step.value) > 2 * abs(printed.value):
        return []  # "down 23% to 412p, wiping £1.1bn off its value": an amount of something else
    other = models[0].undo(printed) if after is not None else models[0].apply(printed)
    base = other if after is not None else printed
    if base.interval.low <= 0:
        return []
    scale, unit = (1.0, "dimensionless") if fraction else (100.0, "percent")
    seen = _Amount(
        abs(step.value) / base.value * scale, _abs(step.interval / base.interval) * scale, unit
    )
    word = "rise" if step.value > 0 else "fall"
    whence = f"'{level.text}' {'less' if step.value > 0 else 'plus'} '{amount.text}' is {_show(other)}"
    if after is None:
        whence = f"'{level.text}' {models[0].symbol} is {_show(other)}"
    working = f"{whence}; {_fmt(abs(step.value))} / {_fmt(base.value)} = {_show(seen)}"
    stated = _stated(relative) if fraction else _to_last_digit(relative)
    # the other level, which the amount gives whatever the percentage says
    level_left = [_Result(FindingKind.IMPLIED, rel.kind, (level.id, amount.id), other, whence)]
    if _agree(seen, stated, firm=True):
        text = f"{working}, a {word} matching '{relative.text}'"
        return [_Result(FindingKind.CONSISTENT, rel.kind, rel.claims, seen, text), *level_left]
    if not _plausible(seen.value, relative.value or 0.0):
        return level_left
    text = (
        f"{working} ({_show_interval(seen.interval, unit)} within the stated precision),"
        f" not '{relative.text}'"
    )
    implied = f"'{amount.text}' of '{level.text}' is a {_show(seen)} {word}"
    return [_Result(FindingKind.INCONSISTENT, rel.kind, rel.claims, seen, text, implied=implied,
                    implied_from=(amount.id, level.id)), *level_left]


def _level_change(rel: Relation, roles: dict[str, list[Claim]]) -> list[_Result]:
    """The change two stated levels imply when none is stated ('5,600, up from 3,500': a 60% rise)."""
    before, after = roles.get(Role.BEFORE, [None])[0], roles.get(Role.AFTER, [None])[0]
    if before is None or after is None or not rel.firm:
        return []
    b = _stated(before)
    a = _convert(_stated(after), before.unit)
    if a is None or not b.value:
        return []
    out = [_apart(rel, before, after, b, a)]  # "14.5 billion litres, down from 21 billion": 6.5 billion less
    relative = _relative_apart(rel, before, after, b, a)
    return [*out, relative] if relative is not None else out


def _relative_apart(rel: Relation, before: Claim, after: Claim, b: _Amount, a: _Amount) -> _Result | None:
    """How far apart two levels are as a share of the first ('5,600, up from 3,500': a 60% rise), as an implied
    value; none on a scale with no true zero (31°C is not 29% warmer than 24°C)."""
    if _on_offset_scale(after.unit) or _on_offset_scale(before.unit) or not b.value:
        return None
    ratio = a.interval / b.interval
    pct = _Amount((a.value / b.value - 1) * 100, (ratio - Interval.point(1)) * 100, "percent")
    word = "rise" if pct.value >= 0 else "fall"
    text = (
        f"'{before.text}' to '{after.text}': {_fmt(a.value)} / {_fmt(b.value)} = {_fmt(a.value / b.value)},"
        f" a {_fmt(abs(pct.value))}% {word}"
    )
    return _Result(FindingKind.IMPLIED, rel.kind, rel.claims, pct, text)


#: A stated difference this many times too large or too small is taken for a wrong link, not a wrong
#: number: "94 seats, 7 short of a majority in the 200-seat chamber" does not say 200 − 94 = 7.
DIFFERENCE_LINK_RATIO = 5.0


def _plausible(seen: float, stated: float) -> bool:
    if stated == 0 or seen == 0:
        return True
    ratio = abs(seen / stated)
    return 1 / DIFFERENCE_LINK_RATIO <= ratio <= DIFFERENCE_LINK_RATIO


def _undo_symbol(m: _Model) -> str:
    if m.multiply:
        if m.symbol.startswith("÷"):
            return "×" + m.symbol[1:]
        return "÷" + m.symbol[1:]
    return ("−" if m.symbol.startswith("+") else "+") + m.symbol[1:]


def _apart(rel: Relation, before: Claim, after: Claim, b: _Amount, a: _Amount) -> _Result:
    """How far apart two levels are, in their unit (points for two percentages), as an implied value."""
    if before.unit == "percent":  # "38%, down from 45%": 7 points
        return _points_apart(rel, before, after, b, a)
    now, then = a, b
    finer = _convert(b, after.unit)  # "3 hours to 1 hour 10 minutes": 110 minutes, not 1.833 hours
    if finer is not None and abs(finer.value) > abs(b.value):
        now, then = _stated(after), finer
    offset = _on_offset_scale(now.unit)
    gap = _Amount(now.value - then.value, now.interval - then.interval, f"delta_{now.unit}" if offset else now.unit)
    word = "up" if gap.value >= 0 else "down"
    text = f"'{before.text}' to '{after.text}': {_show(now)} − {_show(then)} = {word} {_show(_magnitude(gap))}"
    return _Result(FindingKind.IMPLIED, rel.kind, (before.id, after.id), gap, text)


def _points_apart(rel: Relation, before: Claim, after: Claim, b: _Amount, a: _Amount) -> _Result:
    """Two percentages' difference in percentage points, as an implied value."""
    word = "up" if a.value >= b.value else "down"
    text = f"'{before.text}' to '{after.text}': {_fmt(a.value)} − {_fmt(b.value)} = {word} "
    text += f"{_fmt(abs(a.value - b.value))} percentage points"
    points = _Amount(a.value - b.value, a.interval - b.interval, "percentage_point")
    return _Result(FindingKind.IMPLIED, rel.kind, (before.id, after.id), points, text)


def _change_agrees(
    rel: Relation, m: _Model, before: Claim, after: Claim, change: Claim, b: _Amount, a: _Amount
) -> list[_Result]:
    computed = m.apply(b)
    shown = _convert(computed, after.unit) or computed
    seen = _observed(m, b, a, change)
    first = f"{_show(b)} {m.symbol} = {_show(shown)}, as stated ('{after.text}')" + (
        f"; {_reading(before, shown)}" if before.interval.low != before.interval.high else ""
    )
    second = f"'{before.text}' to '{after.text}' is {_show(seen)}, matching '{change.text}'"
    if m.name == "points":
        second = f"{_show(a)} − {_show(b)} = {_show(seen)}, matching '{change.text}'"
    # "£486m, 8% more than this year's £450m": the £36m between them is a value a reader works out too; and
    # "down from 168 to 142, a reduction of 26": the 15.5% fall
    gap = [_apart(rel, before, after, b, a)] if m.multiply else []
    if not m.multiply and before.unit not in ("percent", "percentage_point") and b.value > 0 and a.value > 0:
        gap += [r for r in [_relative_apart(rel, before, after, b, a)] if r is not None]
    return [
        _Result(FindingKind.CONSISTENT, rel.kind, rel.claims, shown, first),
        _Result(FindingKind.CONSISTENT, rel.kind, rel.claims, seen, second),
        *gap,
    ]


# -- shares, sums, products, conversions -----------------------------------------------------------


def _rest_of(rel: Relation, part: Claim, whole: Claim) -> list[_Result]:
    """'412 of the 468 drones were shot down': the rest of the whole, 56, a value a reader works out."""
    p, w = _convert(_stated(part), whole.unit), _stated(whole)
    if not rel.firm or p is None or whole.unit == "percent" or not 0 < p.value < w.value:
        return []
    rest = _Amount(w.value - p.value, w.interval - p.interval, whole.unit)
    text = f"the rest of '{whole.text}': {_show(w)} − {_show(p)} = {_show(rest)}"
    return [_Result(FindingKind.IMPLIED, rel.kind, rel.claims, rest, text)]


def _share_of(claim: Claim) -> _Amount:
    s = _stated(claim)
    iv = s.interval
    if claim.kind is Kind.FRACTION and iv.low == iv.high:
        iv = _widen(iv, WORD_FACTOR_SLACK)
    if claim.unit == "percent":
        return _Amount(s.value / 100, iv * 0.01, "dimensionless")
    return _Amount(s.value, iv, "dimensionless")


def _share(rel: Relation, by_id: dict[str, Claim]) -> list[_Result]:
    roles = _roles(rel, by_id)
    share = roles.get(Role.SHARE, [None])[0]
    part = roles.get(Role.PART, [None])[0]
    wholes = roles.get(Role.WHOLE, [])
    whole = wholes[0] if wholes else None
    ids = rel.claims
    if share is not None and len(roles.get(Role.PART, [])) > 1 and len(wholes) == 1:
        return _share_of_parts(rel, share, roles[Role.PART], wholes[0])
    if share is not None and part is not None and len(wholes) == 1 and _swapped(share, part, wholes[0]):
        # "18,450 inmates in cells designed for 14,200, an occupancy rate of 130%": a share over 100% is of the
        # smaller value
        part, wholes = wholes[0], [part]
        whole = wholes[0]
    if share is not None and whole is not None:
        s, summed = _share_of(share), _sum_of(wholes)
        if summed is None:
            return []
        w = summed
        named = " + ".join(f"'{c.text}'" for c in wholes)  # "91% of them" after "1,350 drones and 220 missiles"
        comp = _Amount(s.value * w.value, s.interval * w.interval, w.unit)
        of = _show(w) if len(wholes) == 1 else f"({' + '.join(_show(_stated(c)) for c in wholes)} = {_show(w)})"
        expr = f"{_fmt(s.value * 100 if share.unit == 'percent' else s.value)}{_unit(share.unit)} of {of}"
        if part is None:
            if not rel.firm:
                return []
            text = f"{expr} = {_show(comp)}"
            if w.interval.low != w.interval.high or share.interval.low != share.interval.high:
                text += f"; '{share.text}' of {named} allows {_show_interval(comp.interval, comp.unit)}"
            return [_Result(FindingKind.IMPLIED, rel.kind, ids, comp, text)]
        p = _convert(_stated(part), w.unit)
        if p is None:
            return []
        comp_p = _convert(comp, part.unit) or comp
        ratio = _Amount(p.value / w.value, p.interval / w.interval, "dimensionless")
        ratio_shown = (
            _Amount(ratio.value * 100, ratio.interval * 100, "percent") if share.unit == "percent" else ratio
        )
        if _agree(comp, p, rel.firm):
            return [
                _Result(
                    FindingKind.CONSISTENT,
                    rel.kind,
                    ids,
                    comp_p,
                    f"{expr} = {_show(comp_p)}, matching '{part.text}'",
                ),
                _Result(
                    FindingKind.CONSISTENT,
                    rel.kind,
                    ids,
                    ratio_shown,
                    f"{_show(_stated(part))} / {_show(w)} = {_show(ratio_shown)}, matching '{share.text}'",
                ),
                *(_rest_of(rel, part, whole) if len(wholes) == 1 else []),
            ]
        if not rel.firm or (p.value > w.value and s.value <= 1):
            return []  # a "part" larger than its whole: the link, not the text, is wrong
        text = (
            f"{expr} = {_show(comp_p)} ({_show_interval(comp.interval, comp.unit)}), not '{part.text}';"
            f" '{part.text}' would be {_show(ratio_shown)} of {named}"
        )
        implied = f"{_show(p)} / {_show(w)} = {_show(ratio_shown)}"
        return [_Result(FindingKind.INCONSISTENT, rel.kind, ids, ratio_shown, text, implied=implied,
                        implied_from=(part.id, whole.id))]
    if part is not None and whole is not None and len(wholes) == 1:
        p = _convert(_stated(part), whole.unit)
        w = _stated(whole)
        if p is None or not rel.firm:
            return []
        pct = _Amount(100 * p.value / w.value, (p.interval / w.interval) * 100, "percent")
        return [
            _Result(
                FindingKind.IMPLIED,
                rel.kind,
                ids,
                pct,
                f"'{part.text}' of '{whole.text}': {_fmt(p.value)} / {_fmt(w.value)} = {_show(pct)}",
            ),
            *_rest_of(rel, part, whole),
        ]
    if share is not None and part is not None and rel.firm:
        s, p = _share_of(share), _stated(part)
        whole_v = _Amount(p.value / s.value, p.interval / s.interval, part.unit)
        return [
            _Result(
                FindingKind.IMPLIED,
                rel.kind,
                ids,
                whole_v,
                f"'{part.text}' is '{share.text}' of a whole of {_show(p)} / {_fmt(s.value)}"
                f" = {_show(whole_v)}",
            )
        ]
    return []


def _share_of_parts(rel: Relation, share: Claim, parts: list[Claim], whole: Claim) -> list[_Result]:
    """'Orion 1.9 million, Pexa 1.4 million and Lumo 1.1 million; together the three accounted for 86% of the
    market' of 5.58 million: the parts added up, as a share of the whole."""
    summed, w = _sum_of(parts), _stated(whole)
    if summed is None or (p := _convert(summed, whole.unit)) is None or not w.value or not rel.firm:
        return []
    s = _share_of(share)
    shown = " + ".join(_show(_stated(c)) for c in parts)
    ratio = _Amount(p.value / w.value, p.interval / w.interval, "dimensionless")
    pct = share.unit == "percent"
    ratio_shown = _Amount(ratio.value * 100, ratio.interval * 100, "percent") if pct else ratio
    text = f"{shown} = {_show(p)}; {_show(p)} / {_show(w)} = {_show(ratio_shown)}"
    if _agree(_Amount(s.value, s.interval, "dimensionless"), ratio, True):
        return [_Result(FindingKind.CONSISTENT, rel.kind, rel.claims, ratio_shown, f"{text}, matching '{share.text}'")]
    return [
        _Result(FindingKind.INCONSISTENT, rel.kind, rel.claims, ratio_shown, f"{text}, not '{share.text}'",
                implied=text)
    ]


def _swapped(share: Claim, part: Claim, whole: Claim) -> bool:
    """Whether a share over 100% was linked to a part smaller than its whole: then the larger is the part."""
    s, p = _share_of(share), _convert(_stated(part), whole.unit)
    return s.interval.low > 1 and p is not None and p.value < (whole.value or 0.0)


def _sum_of(claims: list[Claim]) -> _Amount | None:
    """The claims' stated values added up in the first one's unit (one claim: its value); None where one does
    not convert."""
    first = _stated(claims[0])
    if len(claims) == 1:
        return first
    amounts = [_convert(_stated(c), first.unit) for c in claims]
    if any(a is None for a in amounts):
        return None
    known = [a for a in amounts if a is not None]
    return _Amount(sum(a.value for a in known), _total(a.interval for a in known), first.unit)


def _sum(rel: Relation, by_id: dict[str, Claim]) -> list[_Result]:
    roles = _roles(rel, by_id)
    parts = roles.get(Role.PART, [])
    total = roles.get(Role.TOTAL, [None])[0]
    if total is None:  # percentages side by side: at most 100%
        amounts = [_stated(p) for p in parts]
        s = _Amount(sum(a.value for a in amounts), _total(a.interval for a in amounts), "percent")
        expr = " + ".join(_fmt(a.value) for a in amounts) + f" = {_show(s)}"
        if rel.group.startswith(REMAINING_GROUP) and rel.firm and not s.interval.contains(100):
            # "the remaining 4.7%": exactly what the listed shares leave
            shares = amounts[:-1]
            listed_iv = _total(a.interval for a in shares)
            left = _Amount(100 - sum(a.value for a in shares), Interval.point(100) - listed_iv, "percent")
            shown = " − ".join(_fmt(a.value) + "%" for a in shares)
            return [
                _Result(
                    FindingKind.INCONSISTENT,
                    rel.kind,
                    rel.claims,
                    left,
                    f"the remainder: 100% − {shown} = {_show(left)}, not '{by_id[rel.claims[-1]].text}'"
                    f" (the shares add up to {_show(s)})",
                    implied=f"the remainder: 100% − {shown} = {_show(left)}",
                    implied_from=rel.claims[:-1],
                )
            ]
        if s.interval.low > 100:
            if not rel.firm:
                return []
            return [
                _Result(
                    FindingKind.INCONSISTENT,
                    rel.kind,
                    rel.claims,
                    s,
                    f"shares of one whole add up to more than 100%: {expr}"
                    f" (at least {_fmt(s.interval.low)}% within the stated precision)",
                )
            ]
        if s.interval.contains(100):
            return [_Result(FindingKind.CONSISTENT, rel.kind, rel.claims, s, f"{expr}, the whole")]
        if not rel.firm:
            return []
        left = _Amount(100 - s.value, Interval.point(100) - s.interval, "percent")
        listed = " − ".join(_fmt(a.value) + "%" for a in amounts)
        text = f"the rest: 100% − {listed} = {_show(left)} (the listed shares add up to {_show(s)})"
        return [_Result(FindingKind.IMPLIED, rel.kind, rel.claims, left, text)]
    if rel.group.startswith(REST_GROUP):  # "... and the rest at Cowley": what is left of the total
        return _rest(rel, total, [p for p in parts if p is not total])
    out: list[_Result] = []
    targets = rel.targets or (total.id,)
    for target in targets:
        claim = by_id[target]
        others = [by_id[c] for c in rel.claims if c != target]
        if claim is total:
            terms = [_convert(_stated(p), total.unit) for p in others]
            if any(t is None for t in terms):
                return []
            ts = [t for t in terms if t is not None]
            comp = _Amount(sum(t.value for t in ts), _total(t.interval for t in ts), total.unit)
            expr = " + ".join(_show(t) for t in ts) + f" = {_show(comp)}"
        else:
            t = _stated(total)
            rest = [_convert(_stated(p), total.unit) for p in others if p is not total]
            if any(r is None for r in rest):
                return []
            rs = [r for r in rest if r is not None]
            comp = _Amount(
                t.value - sum(r.value for r in rs), t.interval - _total(r.interval for r in rs), total.unit
            )
            expr = f"{_show(t)} − " + " − ".join(_show(r) for r in rs) + f" = {_show(comp)}"
        stated = _convert(_stated(claim), comp.unit)
        if stated is None:
            return []
        if _agree(comp, stated, rel.firm):
            out.append(
                _Result(
                    FindingKind.CONSISTENT, rel.kind, rel.claims, comp, f"{expr}, matching '{claim.text}'"
                )
            )
        elif rel.firm:
            out.append(
                _Result(
                    FindingKind.INCONSISTENT,
                    rel.kind,
                    rel.claims,
                    comp,
                    f"{expr} ({_show_interval(comp.interval, comp.unit)}), not '{claim.text}'",
                    implied=expr,
                    implied_from=tuple(c.id for c in others),
                )
            )
            break  # one contradiction of a sum is flagged once, against its first target
    if out and all(r.kind is FindingKind.CONSISTENT for r in out):
        out += _other_part(rel, total, [p for p in parts if p is not total], targets)
    return out


def _other_part(rel: Relation, total: Claim, parts: list[Claim], targets: tuple[str, ...]) -> list[_Result]:
    """Two parts of a total, one checked as the total less the other ('11 points clear on 76; the
    rivals have 65'): the other, the gap a reader states, is the total less the first."""
    if len(parts) != 2 or total.id in targets:
        return []
    out: list[_Result] = []
    for claim, other in (parts, parts[::-1]):
        if claim.id in targets:
            continue
        if not rel.firm and claim.sentence != total.sentence:
            continue  # a gap is stated beside the level it is measured from: "9 points clear on 82"
        t, o = _stated(total), _convert(_stated(other), total.unit)
        if o is None:
            continue
        comp = _Amount(t.value - o.value, t.interval - o.interval, total.unit)
        shown = _convert(comp, claim.unit)
        if shown is None or not _restates(shown, claim, rel.firm):
            continue
        text = f"{_show(t)} − {_show(o)} = {_show(comp)}, matching '{claim.text}'"
        out.append(_Result(FindingKind.CONSISTENT, rel.kind, rel.claims, shown, text))
    return out


def _rest(rel: Relation, total: Claim, parts: list[Claim]) -> list[_Result]:
    t = _stated(total)
    rest = [_convert(_stated(p), total.unit) for p in parts]
    if any(r is None for r in rest) or not rel.firm:
        return []
    rs = [r for r in rest if r is not None]
    comp = _Amount(t.value - sum(r.value for r in rs), t.interval - _total(r.interval for r in rs), total.unit)
    if comp.value < 0:
        return []
    expr = f"{_show(t)} − " + " − ".join(_show(r) for r in rs) + f" = {_show(comp)}"
    return [_Result(FindingKind.IMPLIED, rel.kind, rel.claims, comp, f"the rest: {expr}")]


def _total(ivs: Iterable[Interval]) -> Interval:
    acc = Interval.point(0)
    for iv in ivs:
        acc = acc + iv
    return acc


def _product(rel: Relation, by_id: dict[str, Claim]) -> list[_Result]:
    roles = _roles(rel, by_id)
    targets: tuple[str, ...]
    if Role.RATE in roles:
        rate, duration = roles[Role.RATE][0], roles[Role.DURATION][0]
        amount = roles.get(Role.AMOUNT, [None])[0]
        factors, product = [rate, duration], amount
        targets = (rel.targets or (amount.id,)) if amount is not None else ()
    else:
        factors, product = roles[Role.FACTOR], roles[Role.PRODUCT][0]
        targets = rel.targets or (product.id,)
    if product is None:
        if not rel.firm:
            return []
        comp = _multiply(factors)
        if comp is None:
            return []
        return [
            _Result(
                FindingKind.IMPLIED,
                rel.kind,
                rel.claims,
                comp,
                " × ".join(_show(_stated(f)) for f in factors)
                + f" = {_show(comp)}"
                + (
                    f"; {_reading(factors[0], comp)}"
                    if factors[0].interval.low != factors[0].interval.high
                    else ""
                ),
            )
        ]
    out: list[_Result] = []
    for target in targets:
        claim = by_id[target]
        if claim is product:
            comp = _multiply(factors, product.unit)
            expr = " × ".join(_show(_stated(f)) for f in factors)
        else:
            other = next(f for f in factors if f is not claim)
            comp = _divide(product, other, claim.unit)
            expr = f"{_show(_stated(product))} / {_show(_stated(other))}"
        if comp is None:
            continue
        stated = _stated(claim)
        if _agree(comp, stated, rel.firm):
            out.append(
                _Result(
                    FindingKind.CONSISTENT,
                    rel.kind,
                    rel.claims,
                    comp,
                    f"{expr} = {_show_as(comp, claim.text)}, matching '{claim.text}'",
                )
            )
        elif rel.firm:
            out.append(
                _Result(
                    FindingKind.INCONSISTENT,
                    rel.kind,
                    rel.claims,
                    comp,
                    f"{expr} = {_show_as(comp, claim.text)} ({_show_interval(comp.interval, comp.unit)}),"
                    f" not '{claim.text}'",
                    implied=f"{expr} = {_show_as(comp, claim.text)}",
                    implied_from=tuple(c for c in rel.claims if c != claim.id),
                )
            )
    if out and all(r.kind is FindingKind.CONSISTENT for r in out):
        out += _rates_worked_out(rel, factors, product, targets)
    return out


def _restates(computed: _Amount, claim: Claim, firm: bool) -> bool:
    """Whether a value worked out from a relation already checked agrees with a claim; on a relation
    found by arithmetic alone, only where it falls within the claim's own rounding (22 / 36 = 61% is
    not '59%' merely because 59% × 36 rounds to 22)."""
    stated = _stated(claim)
    if firm:
        return _agree(computed, stated, True)
    return _agree(computed, stated, False) and stated.interval.contains(computed.value)


def _is_rate(claim: Claim) -> bool:
    """A share or a rate ('58%', '26 per 100,000', '£40m per kilometre'): what a reader divides out."""
    return claim.unit == "percent" or "/" in claim.unit or claim.kind in (Kind.RATIO, Kind.FRACTION)


def _rates_worked_out(
    rel: Relation, factors: list[Claim], product: Claim, targets: tuple[str, ...]
) -> list[_Result]:
    """Once 'N of a whole of W' is checked as a share times W, the share a reader states: N / W."""
    if len(factors) != 2:
        return []
    out: list[_Result] = []
    for claim, other in (factors, factors[::-1]):
        if claim.id in targets or not _is_rate(claim) or _is_rate(other):
            continue
        comp = _divide(product, other, claim.unit)
        if comp is None or not _restates(comp, claim, rel.firm):
            continue
        expr = f"{_show(_stated(product))} / {_show(_stated(other))} = {_show(comp)}"
        out.append(_Result(FindingKind.CONSISTENT, rel.kind, rel.claims, comp, f"{expr}, matching '{claim.text}'"))
    return out


def _multiply(factors: list[Claim], unit: str | None = None) -> _Amount | None:
    expr = "*".join(f"({f.unit})" for f in factors)
    if unit is None:
        unit, k = units.reduced(expr)
    else:
        k_ = units.factor(expr, unit)
        if k_ is None:
            return None
        k = k_
    value = k
    iv = Interval.point(k)
    for f in factors:
        s = _stated(f)
        value *= s.value
        iv = iv * s.interval
    return _Amount(value, iv, unit)


def _divide(product: Claim, other: Claim, unit: str) -> _Amount | None:
    k = units.factor(f"({product.unit})/({other.unit})", unit)
    if k is None:
        return None
    p, o = _stated(product), _stated(other)
    return _Amount(k * p.value / o.value, (p.interval / o.interval) * k, unit)


def _conversion(rel: Relation, by_id: dict[str, Claim]) -> list[_Result]:
    a, b = (by_id[c] for c in rel.claims)
    conv = _convert(_stated(a, number_only=True), b.unit)
    if conv is None:
        return []
    conv = _Amount(conv.value, _widen(conv.interval, CONVERSION_SLACK), conv.unit)
    stated = _stated(b, number_only=True)
    if _agree(conv, stated, rel.firm):
        return [
            _Result(
                FindingKind.CONSISTENT,
                rel.kind,
                rel.claims,
                conv,
                f"{_show(_stated(a))} = {_show(conv)}, matching '{b.text}'",
            )
        ]
    if not rel.firm or _agrees_as_temperatures(a, b):
        return []
    back = _convert(stated, a.unit)
    tail = f"; '{b.text}' would be {_show(back)}" if back is not None else ""
    return [
        _Result(
            FindingKind.INCONSISTENT,
            rel.kind,
            rel.claims,
            conv,
            f"{_show(_stated(a))} is {_show(conv)} ({_show_interval(conv.interval, conv.unit)}),"
            f" not '{b.text}'{tail}",
        )
    ]


def _agrees_as_temperatures(a: Claim, b: Claim) -> bool:
    """'not dropped below 35°C (95°F)': two differences of temperature that agree read as temperatures
    (the words made a level crossed a change); no contradiction to flag."""
    if not (a.unit.startswith("delta_deg") and b.unit.startswith("delta_deg")):
        return False
    scale_a, scale_b = a.unit.removeprefix("delta_"), b.unit.removeprefix("delta_")
    conv = _convert(_Amount(a.value or 0.0, a.interval, scale_a), scale_b)
    if conv is None:
        return False
    widened = _Amount(conv.value, _widen(conv.interval, CONVERSION_SLACK), conv.unit)
    return _agree(widened, _Amount(b.value or 0.0, b.interval, scale_b), True)


# -- the stage -------------------------------------------------------------------------------------


def _roles(rel: Relation, by_id: dict[str, Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for cid, role in zip(rel.claims, rel.roles, strict=True):
        out.setdefault(role, []).append(by_id[cid])
    return out


def _judge(rel: Relation, by_id: dict[str, Claim], published: dt.date | None = None) -> list[_Result]:
    if not all(map(by_id.__contains__, rel.claims)) or not rel.roles:
        return []
    if rel.group.startswith(ONE_MONTH_GROUP):
        return _monthly_rate(rel, by_id)
    if Role.START in rel.roles or Role.END in rel.roles or rel.group.startswith(ONE_YEAR_GROUP):
        return _dated_rate(rel, by_id, published)
    if rel.kind in (RelationKind.CHANGE, RelationKind.RATIO, RelationKind.DIFFERENCE):
        return _change(rel, by_id)
    if rel.kind is RelationKind.SHARE:
        return _share(rel, by_id)
    if rel.kind is RelationKind.SUM:
        return _sum(rel, by_id)
    if rel.kind is RelationKind.RATE:
        return _product(rel, by_id)
    return _conversion(rel, by_id)


def _dated_rate(rel: Relation, by_id: dict[str, Claim], published: dt.date | None) -> list[_Result]:
    """'risen 11.4 cm since 1995 [published 2025], an average of 3.8 mm a year': the amount over the years
    between the dates (a year either side where the day of publication stands for one end; half a year
    where both are stated, as a year label covers a whole year)."""
    roles = _roles(rel, by_id)
    rate, amount = roles[Role.RATE][0], roles[Role.AMOUNT][0]
    start, end = roles.get(Role.START, [None])[0], roles.get(Role.END, [None])[0]
    one_year = rel.group.startswith(ONE_YEAR_GROUP)
    if not one_year and (start is None or end is None) and published is None:
        return []
    first = int(start.date or 0) if start is not None else published.year if published else 0
    last = int(end.date or 0) if end is not None else published.year if published else 1
    span = 1 if one_year else last - first
    if span <= 0:
        return []
    slack = 0.0 if one_year else 0.5 if start is not None and end is not None else 1.0
    years = _Amount(span, Interval(max(span - slack, 0.5), span + slack), "year")
    k = units.factor(f"({amount.unit})/(year)", rate.unit)
    if k is None:
        return []
    a = _stated(amount)
    comp = _Amount(k * a.value / span, (a.interval / years.interval) * k, rate.unit)
    now = " (the year of publication)"
    whence = f"from {first}{now if start is None else ''} to {last}{now if end is None else ''}"
    expr = f"{_show(a)} over the {span} years {whence} = {_show(comp)}"
    if one_year:
        expr = f"{_show(a)} in one year = {_show(comp)}"
    return _rate_verdict(rel, rate, comp, expr)


def _monthly_rate(rel: Relation, by_id: dict[str, Claim]) -> list[_Result]:
    """'3.1 million passengers in July, about 120,000 a day': the amount over the days of the month."""
    rate, amount = by_id[rel.claims[0]], by_id[rel.claims[1]]
    days = int(rel.group[len(ONE_MONTH_GROUP) :].split(":", 1)[0])
    k = units.factor(f"({amount.unit})/(day)", rate.unit)
    if k is None or days <= 0:
        return []
    a = _stated(amount)
    comp = _Amount(k * a.value / days, a.interval * (k / days), rate.unit)
    return _rate_verdict(rel, rate, comp, f"{_show(a)} over the {days} days of the month = {_show(comp)}")


def _rate_verdict(rel: Relation, rate: Claim, comp: _Amount, expr: str) -> list[_Result]:
    """A rate worked out from the other claims of its relation, against the rate as stated."""
    if _agree(comp, _stated(rate), rel.firm):
        return [_Result(FindingKind.CONSISTENT, rel.kind, rel.claims, comp, f"{expr}, matching '{rate.text}'")]
    if not rel.firm:
        return []
    text = f"{expr} ({_show_interval(comp.interval, comp.unit)}), not '{rate.text}'"
    return [_Result(FindingKind.INCONSISTENT, rel.kind, rel.claims, comp, text, implied=expr,
                    implied_from=tuple(c for c in rel.claims if c != rate.id))]


def _implied_beside(results: list[_Result]) -> list[_Result]:
    """Beside each contradiction, the value the other figures give, as an implied value of its own."""
    return [
        _Result(FindingKind.IMPLIED, r.relation, r.implied_from, r.amount, r.implied)
        for r in results
        if r.kind is FindingKind.INCONSISTENT and r.implied and r.implied_from and r.amount is not None
    ]


def assess(
    claims: tuple[Claim, ...], relations: tuple[Relation, ...], published: dt.date | None = None
) -> tuple[Finding, ...]:
    """A finding for every relation whose arithmetic can be done; candidates only where they agree.
    ``published`` closes a span of years left open ('since 1995')."""
    by_id = {c.id: c for c in claims}
    done: set[str] = set()
    seen: set[tuple[frozenset[str], FindingKind, float | None]] = set()
    # one statement once where two relations reach it (a figure stated twice), in one place of the text:
    # the same sentence repeated further on is checked again
    said: set[tuple[str, int]] = set()
    out: list[Finding] = []
    for rel in relations:
        if not rel.firm and rel.group and rel.group in done:
            continue
        try:
            results = _judge(rel, by_id, published)
        except (ZeroDivisionError, OverflowError):
            results = []  # a share of a stated 0, a value beyond a float: no arithmetic to show
        if not rel.firm:
            results = [r for r in results if r.kind is FindingKind.CONSISTENT]
            if results and rel.group:
                done.add(rel.group)
        if not results:
            continue
        for r in [*results, *_implied_beside(results)]:
            value = r.amount.value if r.amount is not None else None
            key = (frozenset(r.claims), r.kind, None if value is None else round(value, 6))
            where = (r.explanation, min([by_id[c].sentence for c in r.claims if c in by_id]) if r.claims else -1)
            if key in seen or where in said or (value is not None and not math.isfinite(value)):
                continue
            seen.add(key)
            said.add(where)
            # Finding's fields in order, not by name: a call by name builds a dict of them for each finding
            out.append(
                Finding(
                    f"f{len(out) + 1}",
                    r.kind,
                    r.relation,
                    r.claims,
                    value,
                    r.amount.interval if r.amount is not None else None,
                    r.amount.unit if r.amount is not None else None,
                    r.explanation,
                    (Step(r.explanation, r.amount.interval, r.amount.unit),) if r.amount else (),  # steps
                )
            )
    return tuple(out)
