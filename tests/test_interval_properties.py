"""Property tests of the interval arithmetic the findings rest on.

An implied interval must always contain the result computed from any values inside the stated
intervals: otherwise a finding could call two consistent numbers inconsistent.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from quant import findings
from quant.interval import Interval
from quant.model import Claim, Direction, Kind, Span

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-3, max_value=1e6, allow_nan=False, allow_infinity=False)
unit = st.floats(min_value=0, max_value=1)


@st.composite
def interval_and_point(draw: st.DrawFn, values: st.SearchStrategy[float] = finite) -> tuple[Interval, float]:
    a, b = draw(values), draw(values)
    iv = Interval(min(a, b), max(a, b))
    t = draw(unit)
    return iv, min(iv.high, max(iv.low, iv.low + t * (iv.high - iv.low)))  # rounding may step past an end


def _inside(iv: Interval, x: float) -> bool:
    slack = 1e-9 * max(1.0, abs(x))
    return iv.low - slack <= x <= iv.high + slack


@given(interval_and_point(), interval_and_point())
def test_sum_contains(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    assert _inside(a[0] + b[0], a[1] + b[1])


@given(interval_and_point(), interval_and_point())
def test_difference_contains(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    assert _inside(a[0] - b[0], a[1] - b[1])


@given(interval_and_point(), interval_and_point())
def test_product_contains(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    assert _inside(a[0] * b[0], a[1] * b[1])


@given(interval_and_point(), interval_and_point(positive))
def test_quotient_contains(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    assert _inside(a[0] / b[0], a[1] / b[1])


@given(interval_and_point(), st.floats(min_value=-1, max_value=1, allow_nan=False))
def test_division_by_an_interval_around_zero_is_everything(a: tuple[Interval, float], low: float) -> None:
    assume(low <= 0)
    assert a[0] / Interval(low, 1) == Interval(float("-inf"), float("inf"))


def _change(kind: Kind, value: float, iv: Interval, unit_: str, direction: Direction | None) -> Claim:
    return Claim("c1", Span(0, 1), "x", 0, kind, value, iv, unit_, direction=direction)


@given(
    interval_and_point(positive),
    interval_and_point(st.floats(min_value=0, max_value=90, allow_nan=False)),
    st.sampled_from([Direction.INCREASE, Direction.DECREASE]),
)
def test_percent_change_implies_an_interval_holding_every_reading(
    before: tuple[Interval, float], pct: tuple[Interval, float], direction: Direction
) -> None:
    change = _change(Kind.CHANGE, pct[1], pct[0], "percent", direction)
    [model] = findings._models(change, "USD", direction, judging=False)
    result = model.apply(findings._Amount(before[1], before[0], "USD"))
    sign = 1 if direction is Direction.INCREASE else -1
    assert _inside(result.interval, before[1] * (1 + sign * pct[1] / 100))


@given(
    interval_and_point(positive),
    interval_and_point(st.floats(min_value=1, max_value=20, allow_nan=False)),
    st.sampled_from([Direction.INCREASE, Direction.DECREASE]),
)
def test_multiplier_implies_an_interval_holding_every_reading(
    after: tuple[Interval, float], factor: tuple[Interval, float], direction: Direction
) -> None:
    change = _change(Kind.MULTIPLIER, factor[1], factor[0], "dimensionless", direction)
    [model] = findings._models(change, "km", direction, judging=False)
    before = model.undo(findings._Amount(after[1], after[0], "km"))
    expected = after[1] / factor[1] if direction is Direction.INCREASE else after[1] * factor[1]
    assert _inside(before.interval, expected)


@given(interval_and_point(positive), interval_and_point(st.floats(min_value=0, max_value=100)))
def test_share_of_a_whole_holds_every_reading(whole: tuple[Interval, float], pct: tuple[Interval, float]) -> None:
    share = findings._share_of(_change(Kind.PERCENT, pct[1], pct[0], "percent", None))
    assert _inside(share.interval * whole[0], pct[1] / 100 * whole[1])
