"""Closed intervals of real numbers, the form every value in quant takes.

A stated number is never a point: "approximately 300" is 285..315, "1,500" is
1,450..1,550 by its stated precision, "more than 40" is 40..inf. Arithmetic on
intervals keeps every value the inputs allow, so an implied value is honest.

>>> Interval(285, 315) * 5
Interval(low=1425, high=1575)
>>> Interval(40, 60) - Interval(1, 2)
Interval(low=38, high=59)
>>> Interval(10, 20) / Interval(2, 4)
Interval(low=2.5, high=10.0)
>>> Interval(1, 2) / Interval(-1, 1)
Interval(low=-inf, high=inf)
>>> Interval(1, 2).overlaps(Interval(2, 3)), Interval(1, 2).contains(2.5)
(True, False)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

INF = math.inf


@dataclass(frozen=True, slots=True, init=False)
class Interval:
    """low <= high; either end may be infinite."""

    low: float
    high: float

    def __init__(self, low: float, high: float) -> None:
        if not low <= high:  # one comparison for the usual case; false also for a NaN bound
            if math.isnan(low) or math.isnan(high):
                raise ValueError("an interval bound is NaN")
            raise ValueError(f"interval low {low!r} is above high {high!r}")
        # each slot's own setter, as for quant.model's records: a frozen dataclass's __init__ sets them by name
        _SET_LOW(self, low)
        _SET_HIGH(self, high)

    @classmethod
    def point(cls, value: float) -> Interval:
        """A point: no width.

        >>> Interval.point(3)
        Interval(low=3, high=3)
        """
        return cls(value, value)

    @classmethod
    def around(cls, value: float, relative: float) -> Interval:
        """value plus or minus a relative width.

        >>> Interval.around(300, 0.05)
        Interval(low=285.0, high=315.0)
        """
        half = abs(value) * relative
        return cls(value - half, value + half)

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    @property
    def mid(self) -> float:
        """The middle, or the finite end of a half-open interval."""
        if self.bounded:
            return (self.low + self.high) / 2
        if math.isfinite(self.low):
            return self.low
        if math.isfinite(self.high):
            return self.high
        return 0.0

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both.

        >>> Interval(1, 2).hull(Interval(5, 6))
        Interval(low=1, high=6)
        """
        return Interval(min(self.low, other.low), max(self.high, other.high))

    def scale(self, factor: float) -> Interval:
        return self * Interval.point(factor)

    def __add__(self, other: Interval) -> Interval:
        return Interval(_sum(self.low, other.low), _sum(self.high, other.high))

    def __sub__(self, other: Interval) -> Interval:
        return Interval(_sum(self.low, -other.high), _sum(self.high, -other.low))

    def __neg__(self) -> Interval:
        return Interval(-self.high, -self.low)

    def __mul__(self, other: Interval | float) -> Interval:
        if not isinstance(other, Interval):
            low, high = self.low, self.high
            if low and high and other:  # times a point with no zero: the four products below are these two
                two = (low * other, high * other)
                return Interval(min(two), max(two))
            other = Interval(other, other)  # a point
        low, high, other_low, other_high = self.low, self.high, other.low, other.high
        if low and high and other_low and other_high:  # no zero bound: plain products
            products = (low * other_low, low * other_high, high * other_low, high * other_high)
        else:
            products = (
                _product(low, other_low),
                _product(low, other_high),
                _product(high, other_low),
                _product(high, other_high),
            )
        return Interval(min(products), max(products))

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | float) -> Interval:
        if not isinstance(other, Interval):
            other = Interval.point(other)
        if other.low <= 0 <= other.high:
            return Interval(-INF, INF)
        return self * Interval(1 / other.high, 1 / other.low)


_SET_LOW, _SET_HIGH = (getattr(Interval, f.name).__set__ for f in fields(Interval))


def _sum(a: float, b: float) -> float:
    total = a + b
    return 0.0 if math.isnan(total) else total  # inf + -inf: no information either way


def _product(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0  # 0 x inf: the bound is 0, not NaN
    return a * b
