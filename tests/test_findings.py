"""Findings: the implied value and the verdict of each relation, on claims built by hand.

The claims are made here (not extracted), so these tables test stages 4 and 5 alone and do not move
when extraction changes. Every passage was written for these tests. Tables:

* IMPLIED: one value stated with a change or share; the other follows and must be reported.
* CONSISTENT: all values stated and agreeing; the computed value must be reported.
* INCONSISTENT: values that no reading of their precision reconciles; must be flagged.
* NEAR_MISSES: values that agree only once rounding, "about" or "nearly" are honoured; must not be
  flagged.
* XFAIL: known gaps, strict: a fix turns into XPASS until the case moves to a passing table.

New cases go in the table of the behaviour they show; give each a name that says what it checks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

import quant
from quant import findings, relations, sentences
from quant.interval import Interval
from quant.model import Claim, Direction, Finding, FindingKind, Kind, Relation, RelationKind, Span

UP, DOWN = Direction.INCREASE, Direction.DECREASE


@dataclass(frozen=True)
class C:
    """A claim by its surface: kind, value, unit and, optionally, the interval its precision allows."""

    surface: str
    kind: Kind
    value: float
    unit: str = "dimensionless"
    low: float | None = None
    high: float | None = None
    direction: Direction | None = None
    qualifier: str | None = None
    cue: str | None = None


def build(text: str, specs: tuple[C, ...]) -> tuple[Claim, ...]:
    """Claims at the first occurrence of each surface after the previous one, ids c1, c2, ..."""
    sents = sentences.split(text)
    out: list[Claim] = []
    at = 0
    for n, spec in enumerate(specs, start=1):
        start = text.index(spec.surface, at)
        end = start + len(spec.surface)
        at = end
        sentence = next(s.index for s in sents if s.span.start <= start < s.span.end)
        low = spec.value if spec.low is None else spec.low
        high = spec.value if spec.high is None else spec.high
        out.append(
            Claim(
                f"c{n}",
                Span(start, end),
                spec.surface,
                sentence,
                spec.kind,
                spec.value,
                Interval(low, high),
                spec.unit,
                qualifier=spec.qualifier,
                direction=spec.direction,
                cue=spec.cue,
            )
        )
    return tuple(out)


def judge(text: str, specs: tuple[C, ...]) -> tuple[Finding, ...]:
    claims = build(text, specs)
    return findings.assess(claims, relations.link(text, sentences.split(text), claims))


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    claims: tuple[C, ...]
    kind: FindingKind | None = None  #: a finding of this kind must state ``value``
    value: float | None = None
    unit: str | None = None

    def __str__(self) -> str:
        return self.name


def states(found: tuple[Finding, ...], case: Case) -> bool:
    for f in found:
        if f.kind is not case.kind or f.value is None or case.value is None:
            continue
        if case.unit is not None and f.unit != case.unit:
            continue
        if math.isclose(abs(f.value), abs(case.value), rel_tol=0.01):
            return True
    return False


def show(found: tuple[Finding, ...]) -> str:
    return "\n".join(f"{f.kind.value}: {f.value} {f.unit} | {f.explanation}" for f in found)


IMPLIED = [
    Case(
        "a rise that matches its levels: the gap between them is stated too",
        "The budget is £486m, 8% more than last year's £450m.",
        (
            C("£486m", Kind.MONEY, 486e6, "GBP", 485.5e6, 486.5e6),
            C("8% more", Kind.CHANGE, 8, "percent", 7.5, 8.5, direction=UP),
            C("£450m", Kind.MONEY, 450e6, "GBP", 449.5e6, 450.5e6),
        ),
        FindingKind.IMPLIED,
        36e6,
        "GBP",
    ),
    Case(
        "a level reached 'to a record', with a part of it after: the level before the change",
        "Orders climbed by a quarter to a record 9,000, with online orders making up 2,500 of them.",
        (
            C("climbed by a quarter", Kind.FRACTION, 0.25, direction=UP),
            C("9,000", Kind.COUNT, 9000, "dimensionless", 8500, 9500),
            C("2,500", Kind.COUNT, 2500, "dimensionless", 2450, 2550),
        ),
        FindingKind.IMPLIED,
        7200,
    ),
    Case(
        "value after a five-fold decrease",
        "The rebels now hold approximately 300 km², a five-fold decrease since spring.",
        (
            C("approximately 300 km²", Kind.MEASURE, 300, "km**2", 285, 315, qualifier="approximately"),
            C("five-fold decrease", Kind.MULTIPLIER, 5, direction=DOWN),
        ),
        FindingKind.IMPLIED,
        1500,
        "km**2",
    ),
    Case(
        "tripled to",
        "Orders tripled to 90 this month.",
        (C("tripled", Kind.MULTIPLIER, 3, direction=UP), C("90", Kind.COUNT, 90, low=89.5, high=90.5, cue="to")),
        FindingKind.IMPLIED,
        30,
        "dimensionless",
    ),
    Case(
        "halved from",
        "The queue halved from 40 in a week.",
        (
            C("halved", Kind.MULTIPLIER, 2, direction=DOWN),
            C("40", Kind.COUNT, 40, "dimensionless", 39.5, 40.5, cue="from"),
        ),
        FindingKind.IMPLIED,
        20,
        "dimensionless",
    ),
    Case(
        "rose 25% to",
        "Membership rose 25% to 60 last year.",
        (
            C("rose 25%", Kind.CHANGE, 25, "percent", 24.5, 25.5, direction=UP),
            C("60", Kind.COUNT, 60, "dimensionless", 59.5, 60.5, cue="to"),
        ),
        FindingKind.IMPLIED,
        48,
        "dimensionless",
    ),
    Case(
        "fell by two-thirds to",
        "Rail freight fell by two-thirds, to 12,000 tonnes.",
        (
            C("fell by two-thirds", Kind.CHANGE, 2 / 3, direction=DOWN),
            C("12,000 tonnes", Kind.MEASURE, 12000, "tonne", 11950, 12050, cue="to"),
        ),
        FindingKind.IMPLIED,
        36000,
        "tonne",
    ),
    Case(
        "a share of a total",
        "Of the survey's 2,000 respondents, 60% said they cycle.",
        (C("2,000", Kind.COUNT, 2000, "dimensionless", 1950, 2050), C("60%", Kind.PERCENT, 60, "percent", 59.5, 60.5)),
        FindingKind.IMPLIED,
        1200,
        "dimensionless",
    ),
    Case(
        "one-fifth of",
        "One-fifth of the 450 flats are empty.",
        (C("One-fifth", Kind.FRACTION, 0.2), C("450", Kind.COUNT, 450, "dimensionless", 445, 455)),
        FindingKind.IMPLIED,
        90,
        "dimensionless",
    ),
    Case(
        "a part of a whole as a share",
        "The club lost 12 of its 48 matches.",
        (C("12", Kind.COUNT, 12, "dimensionless", 11.5, 12.5), C("48", Kind.COUNT, 48, "dimensionless", 47.5, 48.5)),
        FindingKind.IMPLIED,
        25,
        "percent",
    ),
    Case(
        "rate over a duration",
        "The glacier retreated about 4 m a day over the last five days.",
        (
            C("about 4 m a day", Kind.MEASURE, 4, "m/day", 3.8, 4.2, qualifier="about"),
            C("five days", Kind.DURATION, 5, "day"),
        ),
        FindingKind.IMPLIED,
        20,
        "meter",
    ),
    Case(
        "an amount more than a year earlier",
        "Donations reached $8.4m, $1.2m more than a year earlier.",
        (
            C("$8.4m", Kind.MONEY, 8.4e6, "USD", 8.35e6, 8.45e6),
            C("$1.2m more", Kind.MONEY, 1.2e6, "USD", 1.15e6, 1.25e6, direction=UP),
        ),
        FindingKind.IMPLIED,
        7.2e6,
        "USD",
    ),
    Case(
        "the gap between two levels of a count",
        "Sales reached 5,600 units, up from 3,500 a year earlier.",
        (
            C("5,600 units", Kind.COUNT, 5600, "dimensionless", 5550, 5650),
            C("3,500", Kind.COUNT, 3500, "dimensionless", 3450, 3550, cue="from"),
        ),
        FindingKind.IMPLIED,
        2100,
        "dimensionless",
    ),
    Case(
        "the gap between two levels of a volume",
        "The lake held 8.2 million cubic metres, down from 11 million in spring.",
        (
            C("8.2 million cubic metres", Kind.MEASURE, 8.2e6, "m**3", 8.15e6, 8.25e6),
            C("11 million", Kind.MEASURE, 11e6, "m**3", 10.5e6, 11.5e6, cue="from"),
        ),
        FindingKind.IMPLIED,
        2.8e6,
        "m**3",
    ),
    Case(
        "the time saved between two durations",
        "The average commute fell from 50 minutes to 35 minutes after the bridge opened.",
        (
            C("50 minutes", Kind.DURATION, 50, "minute", 49.5, 50.5, cue="from"),
            C("35 minutes", Kind.DURATION, 35, "minute", 34.5, 35.5, cue="to"),
        ),
        FindingKind.IMPLIED,
        15,
        "minute",
    ),
    Case(
        "the relative change between two durations",
        "Waiting lists grew from 3 weeks to 5 weeks over the winter.",
        (
            C("3 weeks", Kind.DURATION, 3, "week", 2.5, 3.5, cue="from"),
            C("5 weeks", Kind.DURATION, 5, "week", 4.5, 5.5, cue="to"),
        ),
        FindingKind.IMPLIED,
        66.67,
        "percent",
    ),
    Case(
        "the gap between levels in two units, in the finer one",
        "The crossing will take 1 hour 10 minutes, down from 3 hours.",
        (
            C("1 hour 10 minutes", Kind.DURATION, 70, "minute", 69.5, 70.5),
            C("3 hours", Kind.DURATION, 3, "hour", 2.5, 3.5, cue="from"),
        ),
        FindingKind.IMPLIED,
        110,
        "minute",
    ),
    Case(
        "the rest of a whole after one part named 'of which'",
        "The charity raised £2.4m, of which £1.5m came from donors and the rest from grants.",
        (
            C("£2.4m", Kind.MONEY, 2.4e6, "GBP", 2.35e6, 2.45e6),
            C("£1.5m", Kind.MONEY, 1.5e6, "GBP", 1.45e6, 1.55e6),
        ),
        FindingKind.IMPLIED,
        9e5,
        "GBP",
    ),
    Case(
        "the remainder of a count after one part",
        "The fleet has 340 buses, of which 120 are electric and the remainder diesel.",
        (
            C("340 buses", Kind.COUNT, 340, "dimensionless", 335, 345),
            C("120", Kind.COUNT, 120, "dimensionless", 115, 125),
        ),
        FindingKind.IMPLIED,
        220,
        "dimensionless",
    ),
    Case(
        "the gap between two temperatures is a difference of degrees",
        "The sea reached 19C in August, up from 16C a year earlier.",
        (
            C("19C", Kind.MEASURE, 19, "degC", 18.5, 19.5),
            C("16C", Kind.MEASURE, 16, "degC", 15.5, 16.5, cue="from"),
        ),
        FindingKind.IMPLIED,
        3,
        "delta_degC",
    ),
    Case(
        "the rest after three listed shares",
        "Respondents split 42%, 27% and 9%, the rest undecided.",
        (
            C("42%", Kind.PERCENT, 42, "percent", 41.5, 42.5),
            C("27%", Kind.PERCENT, 27, "percent", 26.5, 27.5),
            C("9%", Kind.PERCENT, 9, "percent", 8.5, 9.5),
        ),
        FindingKind.IMPLIED,
        22,
        "percent",
    ),
    Case(
        "the share left over by three sources",
        "Oil, gas and coal supplied 38%, 24% and 11% of the nation's energy.",
        (
            C("38%", Kind.PERCENT, 38, "percent", 37.5, 38.5),
            C("24%", Kind.PERCENT, 24, "percent", 23.5, 24.5),
            C("11%", Kind.PERCENT, 11, "percent", 10.5, 11.5),
        ),
        FindingKind.IMPLIED,
        27,
        "percent",
    ),
]

CONSISTENT = [
    Case(
        "an amount over a duration restated per day after a comma, as stated",
        "The shelter took in 4,200 people in the last three weeks, about 200 a day.",
        (
            C("4,200", Kind.COUNT, 4200, "dimensionless", 4150, 4250),
            C("three weeks", Kind.DURATION, 3, "week"),
            C("about 200 a day", Kind.COUNT, 200, "1/day", 190, 210, qualifier="about"),
        ),
        FindingKind.CONSISTENT,
        200,
        "1/day",
    ),
    Case(
        "an average for each of a counted noun, as stated",
        "Visits to the park fell to 8,000 cars in May. Parking fees reached $96,000, an average of $12 a car.",
        (
            C("8,000 cars", Kind.COUNT, 8000, "dimensionless", 7500, 8500, cue="to"),
            C("$96,000", Kind.MONEY, 96000, "USD", 95500, 96500),
            C("$12", Kind.MONEY, 12, "USD", 11.5, 12.5),
        ),
        FindingKind.CONSISTENT,
        12,
        "USD",
    ),
    Case(
        "before, after and a matching rise",
        "Visitors rose from 40,000 to 60,000, a 50% rise.",
        (
            C("40,000", Kind.COUNT, 40000, "dimensionless", 39500, 40500, cue="from"),
            C("60,000", Kind.COUNT, 60000, "dimensionless", 59500, 60500),
            C("a 50% rise", Kind.CHANGE, 50, "percent", 49.5, 50.5, direction=UP),
        ),
        FindingKind.CONSISTENT,
        60000,
        "dimensionless",
    ),
    Case(
        "percentage points between two rates",
        "The jobless rate rose from 4% to 6%, up 2 percentage points.",
        (
            C("4%", Kind.PERCENT, 4, "percent", 3.5, 4.5, cue="from"),
            C("6%", Kind.PERCENT, 6, "percent", 5.5, 6.5),
            C("up 2 percentage points", Kind.CHANGE, 2, "percentage_point", 1.5, 2.5, direction=UP),
        ),
        FindingKind.CONSISTENT,
        2,
        "percentage_point",
    ),
    Case(
        "a conversion in parentheses",
        "The reserve covers 300 km² (116 square miles).",
        (
            C("300 km²", Kind.MEASURE, 300, "km**2", 295, 305),
            C("116 square miles", Kind.MEASURE, 116, "mile**2", 115.5, 116.5),
        ),
        FindingKind.CONSISTENT,
        115.8,
        "mile**2",
    ),
    Case(
        "kilograms and pounds",
        "The cub weighed 12 kg (26 lb) at birth.",
        (C("12 kg", Kind.MEASURE, 12, "kg", 11.5, 12.5), C("26 lb", Kind.MEASURE, 26, "lb", 25.5, 26.5)),
        FindingKind.CONSISTENT,
        26.46,
        "lb",
    ),
    Case(
        "parts adding up to a total",
        "Ticket sales of £9m were split between adults (£6m) and children (£3m).",
        (
            C("£9m", Kind.MONEY, 9e6, "GBP", 8.5e6, 9.5e6),
            C("£6m", Kind.MONEY, 6e6, "GBP", 5.5e6, 6.5e6),
            C("£3m", Kind.MONEY, 3e6, "GBP", 2.5e6, 3.5e6),
        ),
        FindingKind.CONSISTENT,
        9e6,
        "GBP",
    ),
    Case(
        "a total after its parts",
        "Storms killed 23 people and injured 40, a total of 63 casualties.",
        (
            C("23", Kind.COUNT, 23, "dimensionless", 22.5, 23.5),
            C("40", Kind.COUNT, 40, "dimensionless", 39.5, 40.5),
            C("63", Kind.COUNT, 63, "dimensionless", 62.5, 63.5),
        ),
        FindingKind.CONSISTENT,
        63,
        "dimensionless",
    ),
    Case(
        "share, part and whole",
        "The charity housed 1,200 families, about 30% of the 4,000 who applied.",
        (
            C("1,200", Kind.COUNT, 1200, "dimensionless", 1150, 1250),
            C("about 30%", Kind.PERCENT, 30, "percent", 28.5, 31.5),
            C("4,000", Kind.COUNT, 4000, "dimensionless", 3950, 4050),
        ),
        FindingKind.CONSISTENT,
        30,
        "percent",
    ),
    Case(
        "a doubling stated with both values",
        "Bookings doubled from 350 to 700 within a year.",
        (
            C("doubled", Kind.MULTIPLIER, 2, direction=UP),
            C("350", Kind.COUNT, 350, "dimensionless", 345, 355, cue="from"),
            C("700", Kind.COUNT, 700, "dimensionless", 695, 705, cue="to"),
        ),
        FindingKind.CONSISTENT,
        700,
        "dimensionless",
    ),
    Case(
        "a difference between two temperatures",
        "Madrid hit 41.5°C, 2.5°C above the old record of 39°C.",
        (
            C("41.5°C", Kind.MEASURE, 41.5, "degC", 41.45, 41.55),
            C("2.5°C above", Kind.CHANGE, 2.5, "delta_degC", 2.45, 2.55, direction=UP),
            C("39°C", Kind.MEASURE, 39, "degC", 38.5, 39.5),
        ),
        FindingKind.CONSISTENT,
        2.5,
        "delta_degC",
    ),
    Case(
        "total over count is the average, from the sentence before",
        "The league sold 96,000 tickets. Its 12 clubs averaged 8,000 each.",
        (
            C("96,000", Kind.COUNT, 96000, "dimensionless", 95500, 96500),
            C("12", Kind.COUNT, 12, "dimensionless", 11.5, 12.5),
            C("8,000", Kind.COUNT, 8000, "dimensionless", 7950, 8050),
        ),
        FindingKind.CONSISTENT,
        8000,
        "dimensionless",
    ),
    Case(
        "a share worked out from a count and its whole",
        "Vaccine cover stood at 85%, with 6,800 children immunised in a cohort of 8,000.",
        (
            C("85%", Kind.PERCENT, 85, "percent", 84.5, 85.5),
            C("6,800", Kind.COUNT, 6800, "dimensionless", 6750, 6850),
            C("8,000", Kind.COUNT, 8000, "dimensionless", 7500, 8500),
        ),
        FindingKind.CONSISTENT,
        85,
        "percent",
    ),
    Case(
        "a rate per 100,000 worked out from cases and population",
        "The county recorded 45 cases, a rate of 15 per 100,000 residents among its 300,000 people.",
        (
            C("45", Kind.COUNT, 45),
            C("15 per 100,000 residents", Kind.RATIO, 0.00015, "dimensionless", 0.000145, 0.000155),
            C("300,000", Kind.COUNT, 300000, "dimensionless", 250000, 350000),
        ),
        FindingKind.CONSISTENT,
        0.00015,
        "dimensionless",
    ),
    Case(
        "a lead worked out from the leader's and the rival's totals",
        "The home side finished 9 points ahead on 82 points. The runners-up ended with 73.",
        (C("9", Kind.COUNT, 9), C("82", Kind.COUNT, 82), C("73", Kind.COUNT, 73)),
        FindingKind.CONSISTENT,
        9,
        "dimensionless",
    ),
    Case(
        "a margin worked out from two tallies",
        "The leaders sit 6 points clear with 58 points, and second-placed Ashby have 52.",
        (C("6", Kind.COUNT, 6), C("58", Kind.COUNT, 58), C("52", Kind.COUNT, 52)),
        FindingKind.CONSISTENT,
        6,
        "dimensionless",
    ),
    Case(
        "a money rate restated per gallon after a time phrase",
        "Diesel sold for $1.20 a litre in June, equivalent to $4.54 a gallon.",
        (
            C("$1.20 a litre", Kind.MONEY, 1.2, "USD/(liter)", 1.195, 1.205),
            C("$4.54 a gallon", Kind.MONEY, 4.54, "USD/(gallon)", 4.535, 4.545),
        ),
        FindingKind.CONSISTENT,
        4.5425,
        "USD/(gallon)",
    ),
    Case(
        "a depth restated in inches after what it measures",
        "The storm dumped 30 cm of snow in the hills, equivalent to 11.8 inches.",
        (
            C("30 cm", Kind.MEASURE, 30, "cm", 29.5, 30.5),
            C("11.8 inches", Kind.MEASURE, 11.8, "inch", 11.75, 11.85),
        ),
        FindingKind.CONSISTENT,
        11.81,
        "inch",
    ),
]

INCONSISTENT = [
    Case(
        "an amount over a duration restated per day after a comma",
        "The shelter took in 4,200 people in the last three weeks, about 300 a day.",
        (
            C("4,200", Kind.COUNT, 4200, "dimensionless", 4150, 4250),
            C("three weeks", Kind.DURATION, 3, "week"),
            C("about 300 a day", Kind.COUNT, 300, "1/day", 285, 315, qualifier="about"),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "an average for each of a counted noun of the sentence before",
        "Visits to the park fell to 8,000 cars in May. Parking fees reached $96,000, an average of $15 a car.",
        (
            C("8,000 cars", Kind.COUNT, 8000, "dimensionless", 7500, 8500, cue="to"),
            C("$96,000", Kind.MONEY, 96000, "USD", 95500, 96500),
            C("$15", Kind.MONEY, 15, "USD", 14.5, 15.5),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "an average 'per' a counted noun of the same sentence",
        "The 300 schools teach 96,000 pupils, an average of 410 per school.",
        (
            C("300 schools", Kind.COUNT, 300, "dimensionless", 299.5, 300.5),
            C("96,000 pupils", Kind.COUNT, 96000, "dimensionless", 95500, 96500),
            C("410 per school", Kind.COUNT, 410, "dimensionless", 409.5, 410.5),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a share 'of the total' whose whole stands in an earlier sentence",
        "The mill shipped 52,000 crates in June. Export crates made up 9,100 of the total, one in three.",
        (
            C("52,000 crates", Kind.COUNT, 52000, "dimensionless", 51500, 52500),
            C("9,100", Kind.COUNT, 9100, "dimensionless", 9050, 9150),
            C("one in three", Kind.FRACTION, 1 / 3, "dimensionless", 1 / 3, 1 / 3),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a change whose after value is two sentences back, named by its subject",
        "Revenue reached $4.8bn. Costs were flat. Revenue grew 25% from $4bn.",
        (
            C("$4.8bn", Kind.MONEY, 4.8e9, "USD", 4.75e9, 4.85e9),
            C("grew 25%", Kind.CHANGE, 25, "percent", 24.5, 25.5, direction=UP),
            C("$4bn", Kind.MONEY, 4e9, "USD", 3.95e9, 4.05e9, cue="from"),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a rise that does not match its values",
        "Visitors rose from 40,000 to 60,000, a 25% rise.",
        (
            C("40,000", Kind.COUNT, 40000, "dimensionless", 39500, 40500, cue="from"),
            C("60,000", Kind.COUNT, 60000, "dimensionless", 59500, 60500),
            C("a 25% rise", Kind.CHANGE, 25, "percent", 24.5, 25.5, direction=UP),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "doubled, but not",
        "Bookings doubled from 40 to 70 within a year.",
        (
            C("doubled", Kind.MULTIPLIER, 2, direction=UP),
            C("40", Kind.COUNT, 40, "dimensionless", 39.5, 40.5, cue="from"),
            C("70", Kind.COUNT, 70, "dimensionless", 69.5, 70.5, cue="to"),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "percent said where points are meant",
        "The jobless rate rose from 4% to 6%, up 2%.",
        (
            C("4%", Kind.PERCENT, 4, "percent", 3.95, 4.05, cue="from"),
            C("6%", Kind.PERCENT, 6, "percent", 5.95, 6.05),
            C("up 2%", Kind.CHANGE, 2, "percent", 1.95, 2.05, direction=UP),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "parts that do not add up",
        "Of 500 staff, 300 are women and 250 men.",
        (
            C("500", Kind.COUNT, 500, "dimensionless", 495, 505),
            C("300", Kind.COUNT, 300, "dimensionless", 295, 305),
            C("250", Kind.COUNT, 250, "dimensionless", 245, 255),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a wrong conversion",
        "The pipeline runs 100 km (80 miles) to the coast.",
        (C("100 km", Kind.MEASURE, 100, "km", 99.5, 100.5), C("80 miles", Kind.MEASURE, 80, "mile", 79.5, 80.5)),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "Celsius and Fahrenheit apart",
        "It reached 30°C (95°F) by noon.",
        (C("30°C", Kind.MEASURE, 30, "degC", 29.5, 30.5), C("95°F", Kind.MEASURE, 95, "degF", 94.5, 95.5)),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "shares over 100%",
        "Labour took 45.1% of the vote, the Tories 38.2%, the Liberals 12.4% and the Greens 9.6%.",
        (
            C("45.1%", Kind.PERCENT, 45.1, "percent", 45.05, 45.15),
            C("38.2%", Kind.PERCENT, 38.2, "percent", 38.15, 38.25),
            C("12.4%", Kind.PERCENT, 12.4, "percent", 12.35, 12.45),
            C("9.6%", Kind.PERCENT, 9.6, "percent", 9.55, 9.65),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a share that misses its part",
        "Nurses make up 40% of the 3,000 staff, some 900 people.",
        (
            C("40%", Kind.PERCENT, 40, "percent", 39.5, 40.5),
            C("3,000", Kind.COUNT, 3000, "dimensionless", 2950, 3050),
            C("some 900", Kind.COUNT, 900, "dimensionless", 855, 945, qualifier="some"),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a rate that misses its total",
        "About 500 people a day crossed over the past 10 days, roughly 9,000 in all.",
        (
            C("About 500 people a day", Kind.MEASURE, 500, "1/day", 475, 525, qualifier="about"),
            C("10 days", Kind.DURATION, 10, "day"),
            C("roughly 9,000", Kind.COUNT, 9000, "dimensionless", 8550, 9450),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a ratio that misses",
        "The east hired 50 nurses in May, and the west, at 200, hired twice as many.",
        (
            C("50", Kind.COUNT, 50, "dimensionless", 49.5, 50.5),
            C("200", Kind.COUNT, 200, "dimensionless", 199.5, 200.5),
            C("twice", Kind.RATIO, 2),
        ),
        FindingKind.INCONSISTENT,
    ),
    Case(
        "a gap between two figures",
        "The winner polled 52%, 9 points ahead of her rival on 47%.",
        (
            C("52%", Kind.PERCENT, 52, "percent", 51.5, 52.5),
            C("9 points", Kind.PERCENT, 9, "percentage_point", 8.5, 9.5),
            C("47%", Kind.PERCENT, 47, "percent", 46.5, 47.5),
        ),
        FindingKind.INCONSISTENT,
    ),
]

NEAR_MISSES = [
    Case(
        "a share 'of the total' that fits the total stated earlier",
        "The mill shipped 52,000 crates in June. Export crates made up 13,000 of the total, a quarter.",
        (
            C("52,000 crates", Kind.COUNT, 52000, "dimensionless", 51500, 52500),
            C("13,000", Kind.COUNT, 13000, "dimensionless", 12500, 13500),
            C("a quarter", Kind.FRACTION, 0.25, "dimensionless", 0.25, 0.25),
        ),
    ),
    Case(
        "a level two sentences back that names another thing is not a change's result",
        "Exports reached $4.8bn. Costs were flat. Revenue grew 25% from $4bn.",
        (
            C("$4.8bn", Kind.MONEY, 4.8e9, "USD", 4.75e9, 4.85e9),
            C("grew 25%", Kind.CHANGE, 25, "percent", 24.5, 25.5, direction=UP),
            C("$4bn", Kind.MONEY, 4e9, "USD", 3.95e9, 4.05e9, cue="from"),
        ),
    ),
    Case(
        "two levels named alike: neither is taken for the change's result",
        "Revenue in Asia reached $4.8bn. Revenue in Europe was $4.7bn. Revenue grew 25% from $4bn.",
        (
            C("$4.8bn", Kind.MONEY, 4.8e9, "USD", 4.75e9, 4.85e9),
            C("$4.7bn", Kind.MONEY, 4.7e9, "USD", 4.65e9, 4.75e9),
            C("grew 25%", Kind.CHANGE, 25, "percent", 24.5, 25.5, direction=UP),
            C("$4bn", Kind.MONEY, 4e9, "USD", 3.95e9, 4.05e9, cue="from"),
        ),
    ),
    Case(
        "'or' after a place offers another value, not the same one in other units",
        "The river reached 3 metres at York, or 7 feet at Selby.",
        (
            C("3 metres", Kind.MEASURE, 3, "m", 2.95, 3.05),
            C("7 feet", Kind.MEASURE, 7, "foot", 6.5, 7.5),
        ),
    ),
    Case(
        "tripled is a round figure",
        "Prices have tripled, to $6,400 from $2,100.",
        (
            C("tripled", Kind.MULTIPLIER, 3, direction=UP),
            C("$6,400", Kind.MONEY, 6400, "USD", 6350, 6450, cue="to"),
            C("$2,100", Kind.MONEY, 2100, "USD", 2050, 2150, cue="from"),
        ),
    ),
    Case(
        "about widens the part",
        "Half of the 9,000 members voted, about 4,300 people.",
        (
            C("Half", Kind.FRACTION, 0.5),
            C("9,000", Kind.COUNT, 9000, "dimensionless", 8500, 9500),
            C("about 4,300", Kind.COUNT, 4300, "dimensionless", 4085, 4515, qualifier="about"),
        ),
    ),
    Case(
        "nearly double",
        "Sales hit 1,900 units, nearly double the 1,000 sold a year ago.",
        (
            C("1,900", Kind.COUNT, 1900, "dimensionless", 1850, 1950),
            C("nearly double", Kind.RATIO, 2, low=1.8, high=2.0),
            C("1,000", Kind.COUNT, 1000, "dimensionless", 950, 1050),
        ),
    ),
    Case(
        "rounded conversion",
        "The ridge stands 2,000 m (6,600 ft) high.",
        (C("2,000 m", Kind.MEASURE, 2000, "m", 1950, 2050), C("6,600 ft", Kind.MEASURE, 6600, "ft", 6550, 6650)),
    ),
    Case(
        "a rise rounded to a whole percent",
        "Fares rose 7% to £3.20 from £3.",
        (
            C("rose 7%", Kind.CHANGE, 7, "percent", 6.5, 7.5, direction=UP),
            C("£3.20", Kind.MONEY, 3.2, "GBP", 3.195, 3.205, cue="to"),
            C("£3", Kind.MONEY, 3, "GBP", 2.95, 3.05, cue="from"),
        ),
    ),
    Case(
        "seven short of a majority is not a gap to the chamber",
        "The party's 94 seats leave it 7 short of a majority in the 200-seat house.",
        (
            C("94", Kind.COUNT, 94, "dimensionless", 93.5, 94.5),
            C("7", Kind.COUNT, 7, "dimensionless", 6.5, 7.5),
            C("200", Kind.COUNT, 200, "dimensionless", 195, 205),
        ),
    ),
    Case(
        "shares of different wholes",
        "Some 61% of men and 74% of women voted, and 12% were ill.",
        (
            C("Some 61%", Kind.PERCENT, 61, "percent", 58, 64),
            C("74%", Kind.PERCENT, 74, "percent", 73.5, 74.5),
            C("12%", Kind.PERCENT, 12, "percent", 11.5, 12.5),
        ),
    ),
    Case(
        "a duration is not a before value",
        "Exports rose 35% in three months to 8,100 tonnes.",
        (
            C("rose 35%", Kind.CHANGE, 35, "percent", 34.5, 35.5, direction=UP),
            C("three months", Kind.DURATION, 3, "month"),
            C("8,100 tonnes", Kind.MEASURE, 8100, "tonne", 8050, 8150),
        ),
    ),
]

XFAIL: list[Case] = []


@pytest.mark.parametrize("case", IMPLIED + CONSISTENT + INCONSISTENT, ids=str)
def test_states(case: Case) -> None:
    found = judge(case.text, case.claims)
    if case.kind is FindingKind.INCONSISTENT:
        assert any(f.kind is FindingKind.INCONSISTENT for f in found), f"{case.name}:\n{show(found)}"
    else:
        assert states(found, case), f"{case.name}: expected {case.kind} {case.value} {case.unit}\n{show(found)}"


@pytest.mark.parametrize("case", IMPLIED + CONSISTENT + NEAR_MISSES, ids=str)
def test_no_false_alarm(case: Case) -> None:
    found = judge(case.text, case.claims)
    assert not [f for f in found if f.kind is FindingKind.INCONSISTENT], f"{case.name}:\n{show(found)}"


@pytest.mark.parametrize("case", INCONSISTENT, ids=str)
def test_beside_a_contradiction_the_value_the_figures_give_is_implied(case: Case) -> None:
    """'from 40,000 to 60,000, a 25% rise': 50% is also stated as an implied value, for the reader to use."""
    found = judge(case.text, case.claims)
    contradictions = [f for f in found if f.kind is FindingKind.INCONSISTENT and f.value is not None
                      and f.relation is not RelationKind.CONVERSION  # one claim converted: no arithmetic of two
                      and not f.explanation.startswith("shares of one whole")]  # a sum over 100% implies nothing
    for bad in contradictions:
        assert any(f.kind is FindingKind.IMPLIED and set(f.claims) < set(bad.claims) and f.value == bad.value
                   and f.unit == bad.unit for f in found), f"{case.name}:\n{show(found)}"


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in XFAIL], ids=str)
def test_known_gaps(case: Case) -> None:
    found = judge(case.text, case.claims)
    assert any(f.kind is case.kind for f in found), show(found)


def test_explanation_shows_the_arithmetic_and_the_interval() -> None:
    [case] = [c for c in IMPLIED if c.name == "value after a five-fold decrease"]
    [finding] = [f for f in judge(case.text, case.claims) if f.kind is FindingKind.IMPLIED]
    assert "300 km² × 5 = 1,500 km²" in finding.explanation
    assert "285–315 km² gives 1,425–1,575 km²" in finding.explanation
    assert finding.interval == Interval(1425, 1575)
    assert finding.claims == ("c2", "c1")


def test_every_finding_rests_on_its_claims() -> None:
    for case in IMPLIED + CONSISTENT + INCONSISTENT:
        ids = {c.id for c in build(case.text, case.claims)}
        for f in judge(case.text, case.claims):
            assert set(f.claims) <= ids and len(f.claims) >= 2, case.name
            assert f.explanation


POINTS_BESIDE = Case(
    "a rise in percent that fits only as points: the points are stated beside the contradiction",
    "Turnout rose to 64.5% from 60.5%, a rise of 4%.",
    (
        C("64.5%", Kind.PERCENT, 64.5, "percent", 64.45, 64.55, cue="to"),
        C("60.5%", Kind.PERCENT, 60.5, "percent", 60.45, 60.55, cue="from"),
        C("a rise of 4%", Kind.CHANGE, 4, "percent", 3.5, 4.5, direction=UP),
    ),
    FindingKind.IMPLIED,
    4,
    "percentage_point",
)


def test_a_percent_rise_that_fits_as_points_states_the_points() -> None:
    found = judge(POINTS_BESIDE.text, POINTS_BESIDE.claims)
    assert any(f.kind is FindingKind.INCONSISTENT for f in found), show(found)
    assert states(found, POINTS_BESIDE), show(found)


def test_no_claims_no_findings() -> None:
    assert findings.assess((), ()) == ()


def test_one_statement_once_though_two_relations_reach_it() -> None:
    # the whole is stated twice; both statements of it give the same arithmetic, said once
    text = "Of 4,000 seats, 25%, or 1,000, went unsold; all 4,000 seats were on sale."
    claims = build(
        text,
        (
            C("4,000 seats", Kind.COUNT, 4000),
            C("25%", Kind.PERCENT, 25, "percent"),
            C("1,000", Kind.COUNT, 1000),
            C("4,000 seats", Kind.COUNT, 4000),
        ),
    )
    roles = ("whole", "share", "part")
    rels = (
        Relation(RelationKind.SHARE, ("c1", "c2", "c3"), "", roles),
        Relation(RelationKind.SHARE, ("c4", "c2", "c3"), "", roles),
    )
    found = findings.assess(claims, rels)
    said = [f.explanation for f in found]
    assert len(said) == len(set(said)) == 3, show(found)  # the part, the share, and the rest (3,000)


def test_a_rest_is_stated_as_what_is_left() -> None:
    text = "Turnout split 44%, 31% and 12% between the three lists."
    specs = (
        C("44%", Kind.PERCENT, 44, "percent", 43.5, 44.5),
        C("31%", Kind.PERCENT, 31, "percent", 30.5, 31.5),
        C("12%", Kind.PERCENT, 12, "percent", 11.5, 12.5),
    )
    [finding] = judge(text, specs)
    assert finding.value == pytest.approx(13) and finding.unit == "percent", show((finding,))
    assert "100% − 44% − 31% − 12% = 13%" in finding.explanation


def test_temperatures_differ_but_do_not_divide() -> None:
    # 80°F is not "a 14% rise" on 70°F: the scale's zero is not an absence of heat
    text = "Highs of 80F are forecast, up from 70F this week."
    specs = (
        C("80F", Kind.MEASURE, 80, "degF", 79.5, 80.5),
        C("70F", Kind.MEASURE, 70, "degF", 69.5, 70.5, cue="from"),
    )
    found = judge(text, specs)
    assert [(f.value, f.unit) for f in found] == [(10, "delta_degF")], show(found)
    assert "80°F − 70°F = up 10°F" in found[0].explanation


def test_a_sentence_repeated_further_on_is_checked_again() -> None:
    """One statement is made once per place: the same sentence later in the text gets its own findings."""
    sentence = "Ticket sales rose 20% to 84, from 70. "
    once = quant.check(sentence).findings
    twice = quant.check(sentence + "The hall was full. " + sentence).findings
    assert once and len(twice) == 2 * len(once)


def test_an_energy_is_not_a_rate_to_multiply_by_a_duration() -> None:
    """'stores 1,200 MWh ... for four hours': MWh has time below the line in pint, but is no amount per hour."""
    text = "The 300 MW battery stores 1,200 MWh, enough to run for four hours."
    found = judge(
        text,
        (
            C("300 MW", Kind.MEASURE, 300, "MW", 295, 305),
            C("1,200 MWh", Kind.MEASURE, 1200, "MW*hour", 1150, 1250),
            C("four hours", Kind.DURATION, 4, "hour"),
        ),
    )
    assert not [f for f in found if f.unit and "hour**2" in f.unit.replace(" ", "").replace("²", "**2")], show(found)


def test_three_bare_counts_are_no_product() -> None:
    """'magnitude 6.2 ... 1,510 injured ... about 9,300 homes': 6.2 x 1,510 is near 9,300 by chance."""
    report = quant.check("A magnitude 6.2 quake injured 1,510 people, and about 9,300 homes were damaged.")
    assert not [f for f in report.findings if "×" in f.explanation], [f.explanation for f in report.findings]


def test_of_which_marks_a_part_not_a_whole() -> None:
    """'8,400 homes were flooded, of which 2,100, or a quarter, ...': 2,100 is the part, 8,400 the whole."""
    report = quant.check("About 8,400 homes were flooded, of which 2,100, or a quarter, were abandoned.")
    assert any(f.kind is FindingKind.CONSISTENT and f.value == 2100 for f in report.findings), report.findings
    assert not [f for f in report.findings if f.value is not None and round(f.value) == 525], report.findings


@dataclass(frozen=True)
class Checked:
    """A whole text through quant.check: a contradiction flagged or not; where a verdict and a relation are
    given, a finding of that verdict for that kind of relation."""

    name: str
    text: str
    verdict: FindingKind | None = None  #: INCONSISTENT: flagged; CONSISTENT: checked and agreeing
    relation: RelationKind | None = None

    def __str__(self) -> str:
        return self.name


CHECKED = [
    Checked(
        "a count at a price each and its takings",
        "The club sold 8,000 season tickets at £150 each, taking £1.4m.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The club sold 8,000 season tickets at £150 each, taking £1.2m.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a count priced at and what it brings in",
        "About 30,000 seats, priced at $40, will bring in another $1.5m.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "shares at a price apiece, as stated",
        "The firm sold 2 million shares at $12.50 apiece, raising $25m.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a deficit: the gap between the two values before it",
        "The plan spends $12.4bn against revenue of $11.1bn, leaving a deficit of $1.6bn.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a deficit, as stated",
        "The plan spends $12.4bn against revenue of $11.1bn, leaving a deficit of $1.3bn.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a surplus, as stated",
        "Exports were worth £8.2bn and imports £7.5bn, a surplus of £0.7bn.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a rate per head: the count over the population",
        "Thefts reached 6,200, a rate of 25 per 1,000 residents in a town of 310,000 people.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a rate per head, as stated",
        "Thefts reached 6,200, a rate of 20 per 1,000 residents in a town of 310,000 people.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a rate per head after a change",
        "Cases fell to 960 from 1,100, or 8 per 100,000 people in a population of 12 million.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the remaining share: what the shares before it leave",
        "The mayor took 52.5% against 41.3% for her rival, others taking the remaining 7.2%.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the remaining share, as stated",
        "The mayor took 52.5% against 41.3% for her rival, others taking the remaining 6.2%.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the remaining share of another whole than turnout",
        "Turnout was 58%, and the party won 40% of the vote, with the remaining 60% split.",
    ),
    Checked(
        "money listed after a budget, one item named with and, passing it",
        "The county set a roads budget of £240m. Repairs get £130m, bridges and tunnels £70m and lighting "
        "£60m.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a partial list below the budget",
        "The county set a roads budget of £240m. Repairs get £110m, bridges and tunnels £50m and lighting "
        "£30m.",
    ),
    Checked(
        "counts of people may overlap: no breakdown taken",
        "The leak hit 6.1 million users. It exposed emails for 4.2 million, phone numbers for 1.5 million "
        "and addresses for 1.1 million.",
    ),
    Checked(
        "sums of money after a comma and with, passing the amount before",
        "The county approved a budget of $1.5bn, with $700m for schools, $500m for roads and $450m for care.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a currency quoted to the dollar moves inversely to its value",
        "The peso lost a quarter of its value this year, sliding to 80 to the dollar from 60 in January.",
    ),
    Checked(
        "a count joined by and to a list is its next item, not a change",
        "The club won 19 of their 30 games, drew 6 and lost 5 in the season.",
    ),
    Checked(
        "a change in figures against its levels as printed: 10%, not 12%",
        "Rents rose to £1,540 a month from £1,400, a 12% rise.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated: 10%",
        "Rents rose to £1,540 a month from £1,400, a 10% rise.",
    ),
    Checked(
        "a change in words keeps the rounding of its levels",
        "Members rose from 980 to 1,240, a gain of roughly a quarter.",
    ),
    Checked(
        "approximate levels keep their intervals",
        "Rents rose to about £1,500 a month from about £1,400, a 9% rise.",
    ),
    Checked(
        "a comparison set off by a comma is not the gap of the amount before it",
        "Rain fell at 20 mm an hour for five hours, a total of 150 mm, more than the town sees in a month.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a count cut, before its share of a whole",
        "The firm will cut 1,450 jobs, about 12% of its 9,600 staff.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a count cut, before its share of a whole, as stated",
        "The firm will cut 1,150 jobs, about 12% of its 9,600 staff.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share named after a comma",
        "Of the town's 68,400 voters, 29,100 cast a ballot, a turnout of 47%.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share named after a comma, as stated",
        "Of the town's 68,400 voters, 29,100 cast a ballot, a turnout of 42.5%.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a change in basis points against two percentages",
        "The bank raised its rate by 50 basis points to 4.5%, up from 3.75%.",
        FindingKind.INCONSISTENT,
    ),
    Checked(
        "a share of a noun counted in the sentence before",
        "Burglaries fell 20% to 4,000 last year. Police solved one in eight burglaries, about 900 cases.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share of a noun counted in the sentence before, as stated",
        "Burglaries fell 20% to 4,000 last year. Police solved one in eight burglaries, about 500 cases.",
    ),
    Checked(
        "another noun: no whole taken from the sentence before",
        "Burglaries fell 20% to 4,000 last year. Police solved one in eight robberies, about 900 cases.",
    ),
    Checked(
        "a level left right after the level reached is the first change's, whatever change comes after",
        "The fund lifted its payout by 60 basis points on Monday to 4.2%, up from 3.9%, while its shares "
        "have lost a fifth of their value this year.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The fund lifted its payout by 30 basis points on Monday to 4.2%, up from 3.9%, while its shares "
        "have lost a fifth of their value this year.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "an amount and a percentage of one change, the percentage after the level",
        "Bus fares went up 30 pence on Sunday to £2.10 a ride, a 20% increase.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Bus fares went up 30 pence on Sunday to £2.10 a ride, a 16.7% increase.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "an amount and a percentage of one change, the percentage after the amount",
        "The club's wage bill fell £3m, or 25%, from £40m.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The club's wage bill fell £3m, or 7.5%, from £40m.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "parts past their total, each a stated share of the one before: a funnel, not a list",
        "Staff backed the deal by 80% to 20% on a turnout of 65%. Of the 8,000 staff polled, 5,200 replied and "
        "4,160 backed it.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "parts past their total with no share to make them a funnel",
        "Of the 500 pupils, 320 passed and 210 failed.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "'by 70% to 30%' is a split: the second share is no level a later change reached",
        "Members voted by 70% to 30% to accept, on a turnout of 62%, 12 percentage points above the threshold "
        "of 50%.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a level left after a possessive ('from last year's') is the change's own, however near another is",
        "The mill expects 41,000 bales this year, or 9,000 tonnes, down 12% from last year's 50,000 bales.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The mill expects 41,000 bales this year, or 9,000 tonnes, down 18% from last year's 50,000 bales.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "'a margin of' names the gap between the two values before it",
        "Okafor took 61,200 votes to 48,900 for Lindqvist, a margin of 9,300.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Okafor took 61,200 votes to 48,900 for Lindqvist, a margin of 12,300.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a rate per head after 'That', over the count of the sentence before",
        "Drownings rose to 96 last year from 81. That is 2.4 deaths per 100,000 people in a population of "
        "2.1 million.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Drownings rose to 96 last year from 81. That is 4.6 deaths per 100,000 people in a population of "
        "2.1 million.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a total and a count in one clause, then the average for each set off after the count",
        "The floods drove 52,000 people into 310 camps, an average of 220 per camp.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The floods drove 52,000 people into 310 camps, an average of 168 per camp.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount 'apiece' after a total and a count",
        "The trust gave £3.6m in grants to 450 schools, worth £10,000 apiece.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The trust gave £3.6m in grants to 450 schools, worth £8,000 apiece.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a whole, a part 'of which', and 'the other' part",
        "The lab tested 48 samples, 20 of which came from rivers, while the other 31 came from wells.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "The lab tested 48 samples, 20 of which came from rivers, while the other 28 came from wells.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a share 'of the leak' is of the amount the sentence before says leaked",
        "The pipeline leaked 1,800 barrels of oil on Monday. Crews have recovered 540 barrels, about 50% of the leak.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The pipeline leaked 1,800 barrels of oil on Monday. Crews have recovered 540 barrels, about 30% of the leak.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an amount restated after a comma in another unit, rounded ('about')",
        "The reserve covers 2,600 hectares, about 16 square miles.",
        FindingKind.INCONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "the same, as stated",
        "The reserve covers 2,600 hectares, about 10 square miles.",
        FindingKind.CONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "'Another 12%' goes on with the share of the sentence before; 'the remaining 20%' is what is left",
        "Of the 900 trainees, 630 qualified, a pass rate of 70%. Another 18% are still training, and the remaining "
        "16% left.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "Of the 900 trainees, 630 qualified, a pass rate of 70%. Another 18% are still training, and the remaining "
        "12% left.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "'accounting for' joins a part to its share; after 'to A in 2025 from B' the part is A",
        "Sales of its top drug rose 10% to $2.2bn in 2025 from $2bn, accounting for 30% of group revenue of $5.5bn.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Sales of its top drug rose 10% to $2.2bn in 2025 from $2bn, accounting for 40% of group revenue of $5.5bn.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "'edged up to 4.6%' reached 4.6%: no upper bound that lets any change pass",
        "Its market share edged up to 4.6% from 4.1%, a gain of 0.2 percentage points.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "'of the total' after a part: the whole earlier in the same sentence",
        "The fair drew 1.5 million visitors, with one show alone drawing 600,000 people, under a quarter of the total.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "'of the total' in a sentence with a level and an earlier level: the total is the largest",
        "The fair drew 1.5 million visitors, up from 1.1 million, with one show alone drawing 300,000 people, "
        "more than a quarter of the total.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "', with ... the remaining £X' ends a list of money; a target is no total of its parts",
        "The port earned £91m, short of its £95m target. Cargo brought in £52m, cruises £21m and parking £6m, "
        "with fees making up the remaining £16m.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated: parts that make up an amount of the sentence before",
        "The port earned £95m, short of its £99m target. Cargo brought in £52m, cruises £21m and parking £6m, "
        "with fees making up the remaining £16m.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "an average 'per attack' over the count whose subject names attacks",
        "Cyber attacks on councils rose to 640 last year from 510. Councils paid £96m in ransoms, an average of "
        "£200,000 per attack.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Cyber attacks on councils rose to 640 last year from 510. Councils paid £96m in ransoms, an average of "
        "£150,000 per attack.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "'an average speed of' a distance over a time in hours and minutes",
        "The winner rode 180 km in 4 hours 30 minutes, an average speed of 45 km/h.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The winner rode 180 km in 4 hours 30 minutes, an average speed of 40 km/h.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a time 'clear of' a rival after the average is a gap, not the average's duration",
        "She rode the 150 km stage in 4 hours, an average of 41 km/h, finishing 12 seconds clear of the pack.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "'N of the M ..., a rate of P%': the part before its whole, past a date, with a named share",
        "Guards stopped 230 of the 290 boats sighted in June, an interception rate of 92%.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Guards stopped 230 of the 290 boats sighted in June, an interception rate of 79%.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "'Of these, N, or a fraction': a part of the count of the sentence before, not a whole",
        "The survey found 1,200 wells. Of these, 300, or a third, were dry.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "'N of them, a fraction': a part of the value before it",
        "Divers logged 420 wrecks, 105 of them, more than a third, never charted.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Divers logged 420 wrecks, 105 of them, a quarter, never charted.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an average a year over the years between two dates, of the change before it",
        "The coastline retreated 84 metres to 1.2 km from the road between 1985 and 2025, an average of 3.1 "
        "metres a year.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The coastline retreated 84 metres to 1.2 km from the road between 1985 and 2025, an average of 2.1 "
        "metres a year.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a change restated in another unit after a date, rounded",
        "The lake has dropped 2.4 metres since 2001, about 12 feet.",
        FindingKind.INCONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "the same, as stated",
        "The lake has dropped 2.4 metres since 2001, about 8 feet.",
        FindingKind.CONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "an average a day of an amount of one year named in words",
        "The tunnel carried 9.1 million cars in its first year, an average of 31,000 a day.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated, the year named by its number",
        "The tunnel carried 9.1 million cars in 2024, an average of 25,000 a day.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "', which would fall by' a fraction is of the noun before 'which', from the level after 'their current'",
        "The club will take the remaining £1.2m from savings, which would fall by a fifth from their current £6m.",
    ),
    Checked(
        "a part, its share, and 'the remaining' part past a clause break: a breakdown of the amount before",
        "Exports reached 84,000 tonnes last year. Ships carried 63,000 tonnes, or 75%, and the remaining 25,000 "
        "tonnes went by rail.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "Exports reached 84,000 tonnes last year. Ships carried 63,000 tonnes, or 75%, and the remaining 21,000 "
        "tonnes went by rail.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "'N of its M ..., leaving R': what is left is the whole less the part",
        "The airline will retire 14 of its 52 jets by May, leaving 40.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "The airline will retire 14 of its 52 jets by May, leaving 38.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a part named at length before a share 'of the total' stated in the sentence before",
        "Homeless households rose to 2,400 in May. The city houses 840 of them in hotels near the port, almost "
        "half of the total.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Homeless households rose to 2,400 in May. The city houses 840 of them in hotels near the port, more "
        "than a third of the total.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an amount and a fraction of one change, the fraction after the level",
        "The mill cut its water use by 3.1 million litres to 6.9 million litres, a cut of almost half.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The mill cut its water use by 3.1 million litres to 6.9 million litres, a cut of almost a third.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "'Each <noun> saves A', times the count of that noun before, is the amount stated after",
        "The town bought 120 electric vans. Each van saves about 8 tonnes of CO2 a year, so the switch should cut "
        "emissions by 1,500 tonnes a year.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The town bought 120 electric vans. Each van saves about 8 tonnes of CO2 a year, so the switch should cut "
        "emissions by 960 tonnes a year.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "two counts of the noun ('60 of its 150 vans'): candidates only, no alarm",
        "The town will replace 60 of its 150 vans. Each van saves about 8 tonnes of CO2 a year, so the switch "
        "should cut emissions by 480 tonnes a year.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "'an average of £X each' over a count, against the amount of the sentence before it comes near",
        "The appeal raised £12.6m on Saturday. Some 700,000 people gave, donating an average of £15 each.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The appeal raised £12.6m on Saturday. Some 700,000 people gave, donating an average of £18 each.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount of the sentence before far from what the average makes is another amount: no alarm",
        "Returns cost the firm $240m last year. It sold 14 million toys at an average of $32 each.",
    ),
    Checked(
        "a share and its part with one value only that can be the whole, in the sentence before",
        "The port handled 3.2 million containers in 2025, up from 2.9 million. Transshipment took the largest "
        "share, 70%, or about 1.9 million boxes.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The port handled 3.2 million containers in 2025, up from 2.9 million. Transshipment took the largest "
        "share, 60%, or about 1.9 million boxes.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share that names another whole ('half the minimum') takes none from the sentence before",
        "The camp receives 420,000 litres a day. Each person gets 12 litres a day, half the minimum.",
    ),
    Checked(
        "a rate over a duration before it, and the total named after it ('in total')",
        "She signed a four-year deal worth £3.5m a year, £12m in total.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "She signed a four-year deal worth £3m a year, £12m in total.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a total of one month named, restated a day",
        "The port handled 930,000 containers in March, about 40,000 a day.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The port handled 930,000 containers in March, about 30,000 a day.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a rate for each of a count too ('per car per day') is no rate of the total alone",
        "The fleet made 1.4 million trips in May, about 20 trips per car per day.",
    ),
    Checked(
        "a rate restated per another period after a comma, rounded",
        "The striker will earn £200,000 a week, about £7m a year before bonuses.",
        FindingKind.INCONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "the same, as stated",
        "The striker will earn £200,000 a week, about £10.4m a year before bonuses.",
        FindingKind.CONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "the same, with another sum of money further back in the sentence",
        "The club cut £0.9m from wages and took the remaining £1.2m from savings, which would fall by a fifth "
        "from their current £6m.",
    ),
    Checked(
        "parts that make up this year's total are not checked against last year's, which they pass",
        "The charity will spend £2.4bn this year, 20% more than the £2bn it spent last year. Schools get £1.1bn, "
        "clinics £800m and wells £500m.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, closed by 'the balance'",
        "The lab won €248m in grants, up 24% on the €200m of a year before. Charities gave €70m, companies €95m "
        "and the state the balance of €83m.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "what remains is what the whole leaves after every part stated, in this sentence and the one before",
        "Coal plants produced 52 TWh, 40% of the 130 TWh generated. Gas output rose 5% to 38 TWh, while wind "
        "supplied 27 TWh and solar the remaining 13 TWh.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, with the first part stated as 'N of the whole'",
        "The Greens won 140 of the 300 seats, with the Liberals on 95 and small parties sharing the other 65.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, where they do not make it up",
        "The Greens won 140 of the 300 seats, with the Liberals on 95 and small parties sharing the other 85.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a level marked 'than' right after a change is that change's, not a later change's start",
        "The group's sales were $4.48bn, 12% higher than the $4.0bn of a year ago, helped by a 25% jump in its "
        "software arm to $1.5bn.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a share 'of the total' is of the level now, not of a level a change left",
        "The jails of Ostmark held 15,000 inmates at the end of June, 110% of their certified capacity of 13,600, "
        "the ministry said. The population has grown by 2,000 since January 2024, when it stood at 13,000. Each "
        "prisoner costs about $140 a day, putting the annual bill at $766m. Remand prisoners make up 30% of the "
        "total, some 4,500 people.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the whole of a share ('of the population of') is no level of a change",
        "Broadband users in Vell reached 12 million this year, 60% of the population of 20 million, up from "
        "9 million in 2022, a rise of a third.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a change joins the level in the unit of the level it left, not the same amount restated in another",
        "Loggers cleared 2.5 million acres in 2025, an area of about 3,900 square miles, up from 2 million acres "
        "the year before, a rise of 25%.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a target further on is no level of the change",
        "Inflation slowed to 3.1% in May from 3.9% in April, a drop of 0.8 percentage points that brings it "
        "closer to the bank's 2% target.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "an average set off after a change is no level of it",
        "Fare income slid to $2.4bn, down $0.6bn, an average of roughly $300,000 per train.",
        FindingKind.IMPLIED, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a change from a level named in words ('short of a majority') joins no value nearby",
        "The Reds won 180 of the 400 seats, 21 short of a majority, with the Blues on 120 and others on 100.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "an amount set off before a relative change that reaches a level is the change's amount",
        "The agency has hired 300 staff since May, a 6% increase that brings its workforce to 5,300.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, where the percentage does not fit the amount",
        "The agency has hired 300 staff since May, a 9% increase that brings its workforce to 5,300.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a share of a whole named by its noun ('a fifth of revenue') three sentences back",
        "Korvel Steel reported revenue of €9.3bn for the year, up 6%. Its Nordic mills delivered €3.1bn. Net "
        "profit rose 12% to €640m. The group will invest €1.2bn next year, roughly a fifth of revenue.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, where the named whole fits",
        "Korvel Steel reported revenue of €9.3bn for the year, up 6%. Its Nordic mills delivered €3.1bn. Net "
        "profit rose 12% to €640m. The group will invest €1.2bn next year, roughly an eighth of revenue.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share 'of this year's total' is of the total stated before",
        "Wardens counted 2,400 nesting terns this spring, up from 2,100. Foxes took 180 of the chicks, roughly 12% "
        "of this year's total.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a part after 'Of the ... in the ...,' is of the whole of that noun",
        "The queue of asylum claims awaiting a decision has grown to 24,000. Of the claims in the queue, 6,000, "
        "or 40%, are from families.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share after 'N of the country's M nouns,' is of both",
        "Some 2.4 million of the country's 12 million adults, a third of the total, smoke.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, where the share fits both",
        "Some 2.4 million of the country's 12 million adults, a fifth of the total, smoke.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a part 'of them' is of the whole stated before",
        "Mobile subscribers reached 8.4 million at the end of June, up 5%. Prepaid plans account for 5.1 million "
        "of them, or 70%, down from 5.6 million.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an amount broken down right after it, to what remains",
        "Relief flights carried 940 tonnes of medicine over the month, 610 tonnes from Cyprus and the remaining "
        "230 tonnes from Crete.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "Relief flights carried 940 tonnes of medicine over the month, 610 tonnes from Cyprus and the remaining "
        "330 tonnes from Crete.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the last part of a list named at length after 'a further', with the total it brings",
        "The city gave $4m from its reserves and a coalition of local banks pledged a further $3m, bringing the "
        "total to $9m.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a rate per head with its population before it and the count its noun names in an earlier sentence",
        "Doctors in Norvik reported 540 cases of measles in the first quarter, twice as many as a year before. "
        "In a region of 1.8 million people, that puts incidence at 45 cases per 100,000 residents.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Doctors in Norvik reported 540 cases of measles in the first quarter, twice as many as a year before. "
        "In a region of 1.8 million people, that puts incidence at 30 cases per 100,000 residents.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a change 'on last season's' level joins it, and the level in its unit, past a share",
        "Gates at the 22,000-seat stadium have averaged 19,800 this season, 90% of capacity and a rise of 8% "
        "on last season's 16,500.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Gates at the 22,000-seat stadium have averaged 19,800 this season, 90% of capacity and a rise of 20% "
        "on last season's 16,500.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "an amount and a percentage of one change, a date between them",
        "The mine now employs 2,400 workers, 400 more than in March, an increase of nearly 15%.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The mine now employs 2,400 workers, 400 more than in March, an increase of 20%.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a year's amount restated as a rate a day past the level it rose from",
        "The airport handled 7.3 million passengers in 2025, up 9% from 6.7 million the year before, or some "
        "26,000 a day.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The airport handled 7.3 million passengers in 2025, up 9% from 6.7 million the year before, or some "
        "20,000 a day.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount restated in another unit after a long adverbial and a date ('an area of')",
        "Survey flights show that 2.6 million hectares of grassland in the northern plains burned in 2025, an "
        "area of about 14,000 square miles.",
        FindingKind.INCONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "the same, as stated",
        "Survey flights show that 2.6 million hectares of grassland in the northern plains burned in 2025, an "
        "area of about 10,000 square miles.",
        FindingKind.CONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "a temperature named as the swing between two before it, past one restated in parentheses",
        "Days on the plateau peak at -5°C (23°F) and nights fall to -70°C, a swing of 80°C.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, across a clause opened by 'while'",
        "The station logged a winter low of -58°C (-72°F) in July, while the summer high reached just -20°C, "
        "a range of 38°C.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a lead with its own two shares after it is their gap, not that of the shares before",
        "A poll puts Ruiz on 46% and Okafor on 41%. Ruiz's 5-point lead is half the 10-point margin she held in "
        "May, when the split was 49% to 39%.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a level before ', with' and a change is no level of the change",
        "Spending is set at €150bn against revenue of €139bn, with health up 8% to €21.6bn.",
    ),
    Checked(
        "two temperatures in parentheses that agree are no contradiction whatever the words made of them",
        "Nights have not dropped below 30°C (86°F) for a week.",
    ),
    Checked(
        "a list with a subject before each part is no breakdown of its first part",
        "Builders finished 9,000 homes in 2025. Of the total, 2,700 were affordable. Developers built 5,000, "
        "housing trusts 2,800 and councils the remaining 1,200.",
    ),
    Checked(
        "a share, then its part 'of the' whole",
        "Uptake among nurses is higher, at 81%, or 24,300 of the 36,000 on the register.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Uptake among nurses is higher, at 81%, or 29,200 of the 36,000 on the register.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a value named a deficit is the gap between the two values before it, across a clause",
        "Exports rose to €6.2bn in March, while imports fell 4% to €7.0bn, narrowing the trade deficit to €1.4bn.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated, with a level left marked 'from' not one of the two",
        "Exports rose 5% to €6.2bn, while imports slipped to €7.0bn from €7.3bn, narrowing the trade deficit to "
        "€0.8bn.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a ratio's second level is the nearest in its clause, before one compared in the clause before",
        "Only 1,300 flats were listed, 20% fewer than the 1,625 a year before, and each drew an average of 21 "
        "inquiries, double the 14 recorded in 2019.",
        FindingKind.INCONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a small temperature named a level ('the January average of 3°C') is no warming",
        "Temperatures fell to -9°C, 15°C below the January average of 2°C.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "two parts named at length, the second 'the other', against the total of the sentence before",
        "Sales rose 5% in the quarter to £540m from £514m. Food accounted for £310m of the total and clothing for "
        "the other £170m.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "Sales rose 5% in the quarter to £540m from £514m. Food accounted for £310m of the total and clothing for "
        "the other £230m.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a ratio's one value after it is the value it is of, completed by the amount before",
        "The army fired 180 shells at the town overnight. The barrage was twice that of the heaviest raid in "
        "June, when 90 were counted.",
        FindingKind.CONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a relative change that does not fit its levels, with the amount between them stated",
        "The army now holds roughly 620 km² of the region, down from 850 km² in May, a loss of more than a third.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a share's part is the amount before the period it fell in ('127 mm of rain in 24 hours, about half')",
        "The village got 61 mm of rain in 12 hours, about half its monthly average of 120 mm.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "parts after 'made up of' are no levels of the change before them",
        "Borrowing reached £48.2bn, £5.1bn more than a year earlier, made up of £20.2bn in April, £16.0bn in May "
        "and £12.0bn in June.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "an amount restated in another unit after the month it was measured in",
        "Lake ice shrank to 3.1 million km² in August, roughly 1.2 million square miles.",
        FindingKind.CONSISTENT, RelationKind.CONVERSION,
    ),
    Checked(
        "the one possible whole of a share hundreds of times off is of another whole",
        "Cholera cases reached 12,400 in March. With 2.6 million inhabitants, the region is stretched. Eighteen "
        "patients have died, a fatality rate of about 0.15%.",
    ),
    Checked(
        "a bare price compared with a rate restated in another unit takes the rate nearer in size",
        "Diesel averaged $3.95 a gallon last week, about $1.04 a litre, up 10% from $3.59 a month earlier.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "an amount added to a level stated before it, and its percentage",
        "The council employs 2,500 people and plans to hire 300 staff by June, a roughly 20% increase.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The council employs 2,500 people and plans to hire 300 staff by June, a roughly 12% increase.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a change restated in another unit is no level of the change after it",
        "The basin lost 9,200 hectares of forest in 2025, about 22,700 acres, down 20% from 11,500 hectares.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a change in points completed by the level it reached in the sentence before, named by its subject",
        "The bank cut its main rate by half a point to 3.25% on Monday. That means the rate has come down "
        "1.75 percentage points from 4.5% in March.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a gap in points between two percentages before it",
        "Women outvoted men, with turnouts of 71% and 64%, a gap of 5 points.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Women outvoted men, with turnouts of 71% and 64%, a gap of 7 points.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a part 'of the city's pre-war population of' its whole, then a share of both",
        "Only about 8,100 of the town's pre-war population of 54,000 remain, roughly 20%.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Only about 8,100 of the town's pre-war population of 54,000 remain, roughly 15%.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an amount per a noun, over the count of that noun in the sentence before",
        "The valley has 1,250 orchards. They harvested 61,000 tonnes of apples, about 60 tonnes per orchard.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The valley has 1,250 orchards. They harvested 61,000 tonnes of apples, about 49 tonnes per orchard.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an average that names what it counts is of the count of that noun",
        "The hospital employs 410 nurses. Last year they cared for 52,000 patients, 160 patients per nurse.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an average that names what it counts, far from any amount not of that noun: no link",
        "The telescope reached magnitude 24 and ran on 180 nights, an average of about five detections per night.",
        None,
    ),
    Checked(
        "an amount per a noun no count names, over the count set off right before it",
        "The trust will spend an extra £18m over the next 12 months to add 3,000 scans, about £8,000 per "
        "examination.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an average cost each of the count before it",
        "The council set aside £3.5m for 1,000 new street lights, at an average cost of £4,200 each.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount per a noun of which both a part and its whole are counted: no contradiction",
        "The board will close five of its 40 libraries, saving £2.1m a year, or about £420,000 a year per "
        "library closed.",
        None,
    ),
    Checked(
        "an amount per unit of a measure, over the measure in its sentence",
        "The 12.5 km bypass cost £400m, about £45m per kilometre.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The 12.5 km bypass cost £400m, about £32m per kilometre.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount per unit of a measure, over the measure its verb names sentences back",
        "Crews resurfaced 8 km of road in May. Another 30 km still need work. The job cost £2.4m, about £300 "
        "per metre resurfaced.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount per unit of a measure, with two measures before it and no verb to choose: no contradiction",
        "The line runs 90 km, including a 12 km tunnel. It cost €4.5bn, roughly €50m per kilometre.",
        None,
    ),
    Checked(
        "a level left by the value right before it is not the level an earlier change left",
        "Exports rose 3.2% to $41.0bn, leaving a surplus of $5.1bn, down from $8.4bn.",
        None,
    ),
    Checked(
        "a rate over a duration and an amount ten thousand times off are not linked",
        "Winds reached 120 km/h on the coast, and 85 mm of rain fell inland in 12 hours, more than the 70 mm "
        "of a usual March.",
        None,
    ),
    Checked(
        "an amount restated ten thousand times off is another amount",
        "The growers expect 1.8 million sacks, each holding 50 kg, or about 90,000 tonnes.",
        None,
    ),
    Checked(
        "a ratio whose reference is named in words after it joins no value of another clause",
        "The Liberals lost 9 of the 40 seats they held, and the Greens won 12, double their previous tally.",
        None,
    ),
    Checked(
        "a ratio joins a value of another clause where it names none in words",
        "The army retook 50 km² in May, but gains of 210 km² in June were three times as large.",
        FindingKind.INCONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a list closed by what remains, of the largest amount of the sentence before, not one it includes",
        "Some 900,000 people have left the coast since May, including 410,000 children. About 380,000 are in "
        "24 shelters, an average of 15,800 per shelter, while 260,000 have gone north and the remaining 140,000 "
        "are with relatives.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, adding up",
        "Some 900,000 people have left the coast since May, including 410,000 children. About 380,000 are in "
        "24 shelters, an average of 15,800 per shelter, while 260,000 have gone north and the remaining 260,000 "
        "are with relatives.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a list closed by what remains is not of the level a change left",
        "Revenue reached $3.80bn in the quarter, up 12% from $3.39bn a year earlier. Hardware brought in "
        "$2.10bn and software $0.95bn, with services accounting for the remaining $0.45bn.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "what remains past a share, with the amount before it, of the whole of the sentence before",
        "The port handled 3.10 million TEU last year, up 6% from 2.92 million in 2024. Transshipment boxes "
        "accounted for 1.30 million TEU, or 42% of the total, while the remaining 1.60 million were local cargo.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "what remains of votes with a part listed before it, and no whole stated: no contradiction",
        "Mira Holm won 2.10 million votes and Ivo Sand 1.70 million, while the other four candidates shared the "
        "remaining 1.20 million. Turnout was 61%.",
        None,
    ),
    Checked(
        "parts of an amount after 'of which' that pass it",
        "Timber sales reached 2.8 million cubic metres, of which spruce made up 1.9 million cubic metres, pine "
        "0.8 million cubic metres and birch 0.4 million cubic metres.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "parts of an amount after 'of which' that fall short of it may be some of its parts only",
        "Timber sales reached 2.8 million cubic metres, of which spruce made up 1.4 million cubic metres, pine "
        "0.8 million cubic metres and birch 0.4 million cubic metres.",
        None,
    ),
    Checked(
        "a comparison with a value after it is of the level an earlier change of its sentence reached",
        "Visitors to the museum reached 1.84 million last year, up 7% from 1.72 million in 2024 but still 15% "
        "short of the 2.05 million who came in 2019.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Visitors to the museum reached 1.84 million last year, up 7% from 1.72 million in 2024 but still 10% "
        "short of the 2.05 million who came in 2019.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a share of a whole named by a longer noun phrase ending in 'of'",
        "Wind farms supplied 11.8 TWh, or 24% of the country's total power generation of 58 TWh.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Wind farms supplied 11.8 TWh, or 20% of the country's total power generation of 58 TWh.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a part past a date and 'equal to' before its share",
        "Public debt rose to 318 billion euros at the end of 2025, equal to 91% of annual output of 371 billion "
        "euros.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a deficit named before the two amounts it is the gap of",
        "The province ran a budget deficit of $4.9bn last year, the treasury said. Revenue came to $61.3bn while "
        "spending reached $67.2bn.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The province ran a budget deficit of $5.9bn last year, the treasury said. Revenue came to $61.3bn while "
        "spending reached $67.2bn.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "an amount between two levels restated as a percentage after 'or'",
        "Waiting lists fell to 8,400 in May from 9,800 in March, a drop of 1,400 or 17%.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Waiting lists fell to 8,400 in May from 9,800 in March, a drop of 1,400 or 14%.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "an amount and a measure in one clause, then the amount per unit set off after the measure",
        "Farmers harvested 1.62 million tonnes of rice from 240,000 hectares, an average yield of 7.9 tonnes per "
        "hectare.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Farmers harvested 1.62 million tonnes of rice from 240,000 hectares, an average yield of 6.75 tonnes per "
        "hectare.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount per a noun the text counts twice: each count a candidate, no contradiction",
        "Nurses have vaccinated 180,000 children against measles, 80% of those targeted. Another 45,000 "
        "children are still to be reached. The drive cost $3.6m, or about $20 per child vaccinated.",
        None,
    ),
    Checked(
        "a list closed by what remains, with the part stated with its whole in the sentence before",
        "The Alliance won 81 of the 160 seats. The Union took 42, the Greens 17 and independents the remaining "
        "11.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, adding up",
        "The Alliance won 81 of the 160 seats. The Union took 42, the Greens 17 and independents the remaining "
        "20.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a share 'of the base' is of the total stated before",
        "The app gained 2.1 million users, taking its total to 48.0 million. Users in Asia reached 15.6 million, "
        "about 41% of the base.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share of a plural noun ending in -ees is of the whole named by that noun",
        "The refugee agency said 2.4 million people have fled since March. Women make up about 40% of the "
        "refugees, roughly 1.3 million.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The refugee agency said 2.4 million people have fled since March. Women make up about 40% of the "
        "refugees, roughly 960,000.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a part, its noun and 'equal to' before its share of a whole named by a noun",
        "The hospital has 620 staff. It is still trying to fill 29 posts, equal to 8% of its staff.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share 'of the economy at' an amount: the amount is the part",
        "The economy grew 2% to €640bn last year. Manufacturing, a fifth of the economy at about €170bn, shrank.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The economy grew 2% to €640bn last year. Manufacturing, a fifth of the economy at about €128bn, shrank.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a comparison with a name after it is with the value stated beside that name",
        "Kiptoo won the men's race in 2:06:40. The women's winner, Alema Tesfaye, crossed in 2:21:10, 12 minutes "
        "30 seconds behind Kiptoo.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Kiptoo won the men's race in 2:06:40. The women's winner, Alema Tesfaye, crossed in 2:21:10, 14 minutes "
        "30 seconds behind Kiptoo.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a gap in points set off after a percentage and compared 'over' the percentage after it",
        "Exports grew 7.4% in the year, a gap of 3.1 points over the 5.3% rise in imports.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Exports grew 7.4% in the year, a gap of 2.1 points over the 5.3% rise in imports.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "two values compared across 'versus' are no list of one whole's parts",
        "Of the 500 on the drug, 210, or 42%, saw their pain at least halved, versus 18% of the placebo group, "
        "roughly 90 patients.",
        None,
    ),
    Checked(
        "a ratio of 'that number' with its result set off after it",
        "The shelter was built for 6,000 people and now holds twice that number, 15,000.",
        FindingKind.INCONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "the same, as stated",
        "The shelter was built for 6,000 people and now holds twice that number, 12,000.",
        FindingKind.CONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a share of a noun's whole: the count of the noun itself, not a part 'of the' noun",
        "Results show 3,180 of the 4,240 pupils who sat the exam passed. Three out of every ten pupils got a top "
        "grade, about 1,270 students.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a level named by a noun after 'on its current ... of' takes the unit of the level the change reached",
        "The port will raise capacity to 9 million containers a year by 2030, an increase of 40% on its current "
        "capacity of 7.5 million.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a part of its whole and the share set off after it with 'a'",
        "She made 9 of her 16 shots, a 68% shooting night.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an average per one who does what a count's verb says ('per starter' of '4,200 runners started')",
        "Some 4,200 runners started the race, which raised £630,000, an average of £180 per starter.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a relative change named with 'the' and no level of its own is of the last pair of levels before it",
        "The council approved a $52.0 million budget for next year, up from $48 million. Officials said the "
        "increase of 12% would be paid for by a higher property tax.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The council approved a $52.0 million budget for next year, up from $48 million. Officials said the "
        "increase of 8% would be paid for by a higher property tax.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a change named with 'the' that runs the other way than the levels before it names something else",
        "The council approved a $52.0 million budget for next year, up from $48 million. Officials said the "
        "cut of 12% in grants would hit charities.",
        None,
    ),
    Checked(
        "a win-draw-loss record adds up to the games played",
        "The club won 19 of their 38 matches, drew 8 and lost 6.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, adding up, with the games before the record",
        "They took 65 points from 38 games, having won 19, drawn 8 and lost 11.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a change in an amount before its rate over a duration is what the rate makes",
        "The fire front advanced some 30 km in five days, roughly 8 km a day.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The fire front advanced some 30 km in five days, roughly 6 km a day.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount change set off after a relative change with ', taking ... up by'",
        "Households will pay £1,940 next year after a 3.5% increase, taking the typical bill up by £85.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "parts after 'of which', the last 'leaving' a shortfall: all the parts",
        "The agency appealed for $52m, of which donors have pledged $19.5m, leaving a shortfall of $36.5m.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a relative change does not join two values far further apart than it says",
        "In a trial of 3,600 adults, the vaccine cut cases by 65%, with 40 cases among the 2,400 vaccinated against "
        "62 among 1,200 given a placebo.",
        None,
    ),
    Checked(
        "the one possible whole of a share that would make its part more than three times off is not its whole",
        "Hybrid sales fell by 2,100 to 9,800. The best-selling model sold 6,100 units, about one in eight.",
        None,
    ),
    Checked(
        "a change by a fraction completed by the level its subject names in the sentence before",
        "The app had 80 million monthly users in March. The user base has grown by a third from 50 million a year "
        "ago.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a ratio set off after the level another change reached shares that level",
        "The network added 0.9 million homes last year, taking the total to 5.4 million, four times the 1.8 "
        "million it reached in 2021.",
        FindingKind.INCONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "the same, as stated",
        "The network added 0.9 million homes last year, taking the total to 5.4 million, three times the 1.8 "
        "million it reached in 2021.",
        FindingKind.CONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a surplus with one amount before it in its sentence and the larger one in the sentence before",
        "The council issued 180,000 fines, bringing in £6.3m. After enforcement costs of £4.1m, the scheme made "
        "a surplus of £2.9m.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The council issued 180,000 fines, bringing in £6.3m. After enforcement costs of £4.1m, the scheme made "
        "a surplus of £2.2m.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a further change is from the level the last change before it reached",
        "The waiting list stood at 188,000 in May, down 6% from 200,000 in January. Officials aim to cut it by a "
        "further 40,000 by the end of 2026, to 158,000.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a gap in points compared with no value after it is from the one other percentage nearby",
        "The reservoirs held 42% of their capacity on Monday. A year ago they were 70% full, 24 percentage points "
        "higher.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The reservoirs held 42% of their capacity on Monday. A year ago they were 70% full, 28 percentage points "
        "higher.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "an amount 'each' after a combined amount is no restatement of it",
        "The rocket carried 20 satellites with a combined mass of 14 tonnes, or 900 kilograms each.",
        None,
    ),
    Checked(
        "a value 'in total' smaller than the parts listed before it is no total of them",
        "Rebels fired 1,200 drones and 180 missiles, and officials said 90% of them were intercepted, or roughly "
        "1,240 in total.",
        None,
    ),
    Checked(
        "an amount per unit opening its sentence with 'That' is of the amount and the one measure before it",
        "The 5.2 km tunnel has cost $2.6bn, nearly double its budget of $1.4bn. That works out at about $380m per "
        "kilometre.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The 5.2 km tunnel has cost $2.6bn, nearly double its budget of $1.4bn. That works out at about $500m per "
        "kilometre.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a share set off before its part and whole with ', with'",
        "Turnout was 68.2%, with 2.9 million of the country's 4.8 million registered voters casting ballots.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Turnout was 60.4%, with 2.9 million of the country's 4.8 million registered voters casting ballots.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a downgrade in points of a forecast cut from one percentage to another",
        "The agency cut its export forecast for next year to 2.2% from 2.9%, a downgrade of 0.4 percentage points.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The agency cut its export forecast for next year to 2.2% from 2.9%, a downgrade of 0.7 percentage points.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "an upgrade of so many points, written with a hyphen",
        "Analysts lifted their estimate to 3.4% from 3.1%, a 0.5-point upgrade.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Analysts lifted their estimate to 3.4% from 3.1%, a 0.3-point upgrade.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a lead in points over a rival whose points follow, the leader's in the sentence before",
        "The win took Fenwick Town to 61 points from 28 games. They now hold a lead of six points over Alderby, who "
        "have 57 points.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The win took Fenwick Town to 61 points from 28 games. They now hold a lead of four points over Alderby, who "
        "have 57 points.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a winning margin in votes, the rival's count set 'against' the winner's",
        "Councillor Ama Osei held the seat with 18,240 votes, against 11,905 for the runner-up. Turnout was 39%. "
        "Her margin of 7,335 votes was the largest in the county.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Councillor Ama Osei held the seat with 18,240 votes, against 11,905 for the runner-up. Turnout was 39%. "
        "Her margin of 6,335 votes was the largest in the county.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a margin with three counts of its noun before it: which two it spans is unknown",
        "The three candidates won 9,100 votes, 8,700 votes and 2,300 votes. The winning margin of 900 votes was "
        "narrow.",
        None, None,
    ),
    Checked(
        "a ratio set off after both its values, naming no base: of the larger to the smaller",
        "Inspectors logged 240 breaches this spring, compared with 1,150 in the spring before, four times as many.",
        FindingKind.INCONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "the same, as stated",
        "Inspectors logged 240 breaches this spring, compared with 960 in the spring before, four times as many.",
        FindingKind.CONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a rate per head of the whole count of its noun, not of a part of it named later",
        "The region logged 3,900 cases of measles last year. Children under five accounted for 520 cases, or "
        "13.3%. With 6.5 million residents, the region's rate was 60 cases per 100,000 people.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a share's part and whole after a change to it ('rose to 67% from 59%, with'): of the level now",
        "Turnout rose to 71% from 63%, with about 2.6 million of 4.1 million registered voters taking part.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Turnout rose to 63% from 55%, with about 2.6 million of 4.1 million registered voters taking part.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a change in points from a rate's earlier level to the rate of change itself",
        "Rents rose 4.2% in the year to March, down from 5.9% in February, a drop of 1.2 percentage points.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Rents rose 4.2% in the year to March, down from 5.9% in February, a drop of 1.7 percentage points.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a relative change of a thing named by a noun, from the value stated after that noun before it",
        "The port has a handling capacity of 8 million containers. A new quay will raise capacity by 40% to 10 "
        "million containers.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The port has a handling capacity of 8 million containers. A new quay will raise capacity by 25% to 10 "
        "million containers.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a noun's value too far in size from the level a change gives names a larger thing",
        "The plan sets spending of €51.2bn. Road spending rises by 12% to €3.36bn.",
        None, None,
    ),
    Checked(
        "a list closed by 'the remaining' is of the level now, not of the one a comparison was made with",
        "Demand hit a record 9.6 GW on Monday, 8% above last year's peak of 8.9 GW. Coal supplied 4.1 GW, with "
        "solar providing 2.2 GW and imports the remaining 2.6 GW.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "Demand hit a record 9.6 GW on Monday, 8% above last year's peak of 8.9 GW. Coal supplied 4.1 GW, with "
        "solar providing 2.2 GW and imports the remaining 3.3 GW.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "a ratio set off after a level, of the value after it, past a later level left ('up from')",
        "Net debt stood at €3.6bn, four times annual profit of €1.2bn, and the firm will pay €0.62 a share, up from "
        "€0.55.",
        FindingKind.INCONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "the same, as stated",
        "Net debt stood at €3.6bn, three times annual profit of €1.2bn, and the firm will pay €0.62 a share, up from "
        "€0.55.",
        FindingKind.CONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a relative change joined to nothing, before an amount's change of the level after it",
        "Used-car prices fell 6.5% in the year to March, with the average car now selling for £14,200, down £650 from "
        "a year earlier.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Used-car prices fell 4.4% in the year to March, with the average car now selling for £14,200, down £650 from "
        "a year earlier.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a share 'of them' after two counts joined by 'and' is of both together",
        "The rebels launched 900 drones and 150 missiles last week, and the army said 80% of them were shot down, "
        "or about 720 in all.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The rebels launched 900 drones and 150 missiles last week, and the army said 80% of them were shot down, "
        "or about 840 in all.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share of the whole a clause opens with 'Among the', past an age, with its part set off after it",
        "Among the 820 members aged over 60, 35% backed the strike, about 370 people.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Among the 820 members aged over 60, 35% backed the strike, about 290 people.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share over 100% of the smaller value: 'held 9,800 in space designed for 7,000, a rate of 140%'",
        "The jails held 9,800 prisoners in cells built for 7,000, an occupancy rate of 125%.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The jails held 9,800 prisoners in cells built for 7,000, an occupancy rate of 140%.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a ratio of a noun per staff member: of the count of that noun two sentences back (a candidate, so not "
        "flagged), never of a part set off with its share",
        "Enrolment at the college rose to 12,600 students this year. Overseas students number 3,100, or 25% of "
        "the total. The college employs 700 teachers, a ratio of 15 students per teacher.",
        None, None,
    ),
    Checked(
        "the same, as stated",
        "Enrolment at the college rose to 12,600 students this year. Overseas students number 3,100, or 25% of "
        "the total. The college employs 700 teachers, a ratio of 18 students per teacher.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a count of places and an average per place are no parts of a list closed by 'the remaining'",
        "Floods have displaced 70,000 people. Two in three of them, about 46,700, are children. Some 30,000 are in "
        "140 schools, roughly 214 per school, and the remaining 40,000 are with relatives.",
        None, None,
    ),
    Checked(
        "a price per unit of a measure, then what it is worth, over the one measure of that kind before",
        "Growers in the valley picked 2.6 million tonnes of apples this year. With apples fetching €240 a tonne, "
        "the crop is worth roughly €520m.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Growers in the valley picked 2.6 million tonnes of apples this year. With apples fetching €240 a tonne, "
        "the crop is worth roughly €624m.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same after a price that rose 'to ... from': of the price now",
        "Landings fell to 6,000 tonnes. Prices rose to €5.10 a kilo from €4.20, so the catch was worth about "
        "€30.6m.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a ratio opening a sentence reaches back across clauses, never forward to a later clause's value",
        "Prices rose 5.1% to an average of £298,000. At 7.4 times average pay of £40,300, homes are costly, and "
        "a buyer putting down 10% would need about £29,800.",
        None, None,
    ),
    Checked(
        "a time behind someone, then 'in' the subject's own time: the reference is the time before",
        "Lena Ostrova won in 2:19:40, a course record. Runner-up Mia Holt finished 90 seconds behind in 2:21:10.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "an acceleration in points of a rate of change from the month before's level",
        "Prices rose 5.2% in the year to June, an acceleration of 0.3 percentage points from May's 4.6%.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Prices rose 5.2% in the year to June, an acceleration of 0.6 percentage points from May's 4.6%.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a price per unit, past the price it fell from, its date and the change set off, then the value it puts",
        "Growers expect 2.2 million tonnes of barley. Prices have slipped to $190 a tonne from $214 in May, an 11% "
        "fall, putting the value of the crop at about $490m.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same with a record time before: no gap from the record",
        "Lena Ostrova won in 2:19:40, beating the record of 2:21:00. Runner-up Mia Holt finished 90 seconds behind "
        "in 2:21:10.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a share set off by a comma after a long clause, its whole after it: of the one value before",
        "About 450,000 people have returned to the coast since the storm, officials said, roughly a fifth of the "
        "1.5 million who fled.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "About 450,000 people have returned to the coast since the storm, officials said, roughly a third of the "
        "1.5 million who fled.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share in a clause of its own verb is of something unstated, not of the value before",
        "Police held 40 people at the rally, which drew about a third of the 9,000 expected.",
        None, None,
    ),
    Checked(
        "a budget, what was spent and what it leaves: the first less the second",
        "The programme, budgeted at $1.8bn, has so far spent $1.1bn, leaving $900m for the final phase.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "The programme, budgeted at $1.8bn, has so far spent $1.1bn, leaving $700m for the final phase.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "what is left per place is no amount left",
        "Applications rose to 9,800, while places were held at 2,500, leaving nearly four applicants for every "
        "place.",
        None, None,
    ),
    Checked(
        "a rate set off after an amount and its noun, over the one duration stated before the amount",
        "After a 90-day voyage, during which it surveyed 27,000 km² of ocean floor, about 380 km² a day, the ship "
        "returned.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "After a 90-day voyage, during which it surveyed 27,000 km² of ocean floor, about 300 km² a day, the ship "
        "returned.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a saving a month after a level a change reached is no rate of that level over the term",
        "On a £180,000 loan repaid over 25 years, the monthly payment falls from £1,060 to £1,015, a saving of £45 a "
        "month.",
        None, None,
    ),
    Checked(
        "'At that pace' a remaining amount takes a duration, at the rate of the sentence before",
        "The clinic gives about 4,000 jabs a day. At that pace the remaining 180,000 people would be covered in "
        "roughly 30 days.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The clinic gives about 4,000 jabs a day. At that pace the remaining 180,000 people would be covered in "
        "roughly 45 days.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a stock 'would last' a duration at the rate stated with it, the stock in the sentence before",
        "The reservoirs hold 240 million cubic metres. Use has risen to 1.6 million cubic metres a day, meaning "
        "stocks would last about 110 days.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "it 'would take' a duration 'to clear' a backlog two sentences back, at the rate named before",
        "The backlog has reached 52,000 cases. Judges clear about 800 cases a week more than are filed. At that "
        "pace it would take about 65 weeks to clear the backlog.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a trip that takes a time is no stock at a rate",
        "Trams carry up to 2,100 passengers an hour, 210 to a tram. The ride takes 22 minutes, against 41 by bus.",
        None, None,
    ),
    Checked(
        "an amount's change named by whose it is ('The Reds' six-seat gain'), and its percentage set off after it",
        "The Reds won 20 of the 50 seats, up from 14, while the Blues fell from 25 seats to 19. The Reds' "
        "six-seat gain, a 60% increase on their previous tally, was their best.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The Reds won 20 of the 50 seats, up from 14, while the Blues fell from 25 seats to 19. The Reds' "
        "six-seat gain, a 43% increase on their previous tally, was their best.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "an amount for each of a noun counted two sentences back, times the count, is the amount after it",
        "The service will hire 150 new nurses this year. Its budget rises 4% to £210m. Each new nurse costs about "
        "£48,000 a year, so the hiring adds roughly £9.1m a year to the bill.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The service will hire 150 new nurses this year. Its budget rises 4% to £210m. Each new nurse costs about "
        "£48,000 a year, so the hiring adds roughly £7.2m a year to the bill.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a share 'of' a noun with its part set off after it: of the one value before that fits it closely",
        "The port handled 1.8 million passengers last year. Travellers from the mainland made up 35% of arrivals, "
        "about 450,000 people.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The port handled 1.8 million passengers last year. Travellers from the mainland made up 25% of arrivals, "
        "about 450,000 people.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share 'of' a noun whose only whole before it is far off is of something unstated",
        "Exports were worth €40bn last year. About 65% of output, some €12bn, was sold at home.",
        None, None,
    ),
    Checked(
        "a time behind no one named, then 'in' the subject's own time: behind the one time of about that length",
        "Ana Ruiz won the stage in 4 hours 12 minutes. Lea Berg finished 1 minute 40 seconds behind in 4 hours "
        "14 minutes.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "Ana Ruiz won the stage in 4 hours 12 minutes. Lea Berg finished 2 minutes behind in 4 hours 14 minutes.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a time longer than in a year is compared with that year, not with another time",
        "Clearing the list would take about 70 weeks. Patients wait an average of 15 months, four months longer "
        "than in 2023.",
        None, None,
    ),
    Checked(
        "a change of 'the number' reached the first count of its sentence",
        "Monitors logged 1,500 breaches in the past month, about 50 a day, and said the number had halved from "
        "2,400 the month before.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Monitors logged 1,200 breaches in the past month, about 40 a day, and said the number had halved from "
        "2,400 the month before.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "'Over that period' an amount with its rate set off after it: over the duration of the sentence before",
        "The truce has held for 60 days, monitors said. Over that period they logged 420 violations, an average "
        "of about 9 a day.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The truce has held for 60 days, monitors said. Over that period they logged 420 violations, an average "
        "of about 7 a day.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a change of a subject, then values of a clause with its own subject and verb after 'after it ...ed'",
        "Shares in the group fell 8% in late trading after it reported sales of $3.1bn, below forecasts of $3.3bn.",
        None, None,
    ),
    Checked(
        "a shortfall is from the forecast before it, and its percentage of the forecast changes the same levels",
        "The new tram line carried 18.6 million passengers in its first year, well short of the 24 million "
        "forecast, a shortfall of 5.4 million, or 29% of the forecast.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The new tram line carried 18.6 million passengers in its first year, well short of the 24 million "
        "forecast, a shortfall of 5.4 million, or 22.5% of the forecast.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a ratio joins two amounts of one unit, not a rate whose denominator was dropped",
        "Some 150 mm of rain fell in 30 hours, about 5 mm per hour and nearly twice the usual monthly total of "
        "80 mm.",
        FindingKind.CONSISTENT, RelationKind.RATIO,
    ),
    Checked(
        "a share whose sole whole before it does not fit, while a value further back does: no flag",
        "Some 48,000 pupils sat the exam this year. About 38,400 passed. Top grades went to 3,360 pupils, "
        "roughly 7%.",
        None, None,
    ),
    Checked(
        "a share 'of capacity' with its part after ', with', of the sole whole before it",
        "The dams, which can hold 2.4 billion cubic metres, are at 40% of capacity, with 720 million cubic metres "
        "in store.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The dams, which can hold 2.4 billion cubic metres, are at 30% of capacity, with 720 million cubic metres "
        "in store.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share 'of them' set off after a value: that value is the whole, the value after it the part",
        "About 24,000 homes were damaged, roughly a third of them, 6,000, beyond repair.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "About 24,000 homes were damaged, roughly a quarter of them, 6,000, beyond repair.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share of capacity at a stadium whose size is joined to its noun ('74,000-seat')",
        "United won 2-0 in front of 52,300 fans, about 90% of capacity at the 68,000-seat ground.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an amount '<noun> per head' over the one count of its sentence is of the amount stated after '<noun> of'",
        "The group reported annual revenue of €2.6bn. With 10,400 employees, revenue per head came to about "
        "€310,000.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The group reported annual revenue of €2.6bn. With 10,400 employees, revenue per head came to about "
        "€250,000.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount, its duration closed by a month, and the rate set off after: the amount over the duration",
        "Monitors counted 1,960 shells in the first 14 days of May, about 180 a day.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Monitors counted 1,960 shells in the first 14 days of May, about 140 a day.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a count, the amount it shares 'between them', and the amount each set off after",
        "About 800,000 tenants are in arrears, owing £2.4bn between them, roughly £3,800 each.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "About 800,000 tenants are in arrears, owing £2.4bn between them, roughly £3,000 each.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "an amount each after 'and' opens another statement is not of the count before it",
        "Guests stayed 4.5 nights on average, for a total of 9 million stays, and spent about €1.2bn, roughly €600 "
        "each.",
        None, None,
    ),
    Checked(
        "a share of parts 'together' is their sum over the whole before them",
        "Car sales reached 3.2 million units last year. Arvo sold 1.1 million, Belt 700,000 and Corra 500,000; "
        "together the three makers took 85% of the market.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Car sales reached 3.2 million units last year. Arvo sold 1.1 million, Belt 700,000 and Corra 500,000; "
        "together the three makers took 72% of the market.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same with the whole named after the share",
        "Health spending rises to £190bn and schools get £90bn. Together, health and schools account for 47% of "
        "total spending of £600bn.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a sentence opened by 'Combined' totals the values of its unit in the two sentences before",
        "Rail journeys rose to 12.4 million last year, up from 11.1 million. Ferry trips grew by 2% to 3.3 million. "
        "Combined, rail and ferries carried 17.7 million passengers.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "Rail journeys rose to 12.4 million last year, up from 11.1 million. Ferry trips grew by 2% to 3.3 million. "
        "Combined, rail and ferries carried 15.7 million passengers.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "an improvement in a time is a fall in it",
        "Average turnaround fell from 40 hours to 34 hours, a 15% improvement.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a power over hours is no yearly energy hundreds of times larger",
        "The 150 MW, 600 MWh battery can discharge at full power for four hours, and in its first year it delivered "
        "about 190 GWh.",
        None, None,
    ),
    Checked(
        "a share 'of them' after a change names the level reached, not the level left",
        "Entries to the city marathon rose to 18,400, a 15% increase on last year's 16,000, with women making up "
        "7,360 of them, or 40%.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, a wrong share of the level reached",
        "Entries to the city marathon rose to 18,400, a 15% increase on last year's 16,000, with women making up "
        "7,360 of them, or 46%.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a share 'of which' after 'to X from Y' is of X, the new level",
        "The museum's grant rises 25% to €45 million from €36 million, of which €15 million, a third, goes to "
        "restoration.",
        None, None,
    ),
    Checked(
        "the same, a wrong share of the new level",
        "The museum's grant rises 25% to €45 million from €36 million, of which €12 million, a third, goes to "
        "restoration.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a count 'among the' others is their whole, not a level a reduction joins",
        "In the trial, 45 infections occurred among the 1,500 people given the drug, against 150 among those "
        "given a placebo, a reduction of 70%.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, a wrong reduction",
        "In the trial, 45 infections occurred among the 1,500 people given the drug, against 150 among those "
        "given a placebo, a reduction of 50%.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a part 'of those <noun>' takes as its named whole the earlier count of that noun",
        "The county side finished on 84 points from 30 games. They scored 52 goals and conceded 40. Their captain "
        "got 17 of those goals, nearly a third of the team's total.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, a wrong share of the count of that noun",
        "The county side finished on 84 points from 30 games. They scored 52 goals and conceded 40. Their captain "
        "got 26 of those goals, nearly a third of the team's total.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "counts 'N each' after a larger count set off: the larger is the product, the smaller count before the factor",
        "The three clubs shared 240 tickets for the final, 80 each.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, a wrong amount each",
        "The three clubs shared 240 tickets for the final, 60 each.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the base of a ratio right before a share is not the share's part",
        "Sales this year reached 8,200 units. The total is roughly twice the 3,900 units sold last year, and comes "
        "to about 1.6% of the region's 510,000 new vehicles.",
        None, None,
    ),
    Checked(
        "a change 'from <time>, when N' takes N as the level it is from, and the level reached before it",
        "The port handled 1,240 ships in March. Traffic was up 8% from February, when 1,150 ships called.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, a wrong rise",
        "The port handled 1,240 ships in March. Traffic was up 25% from February, when 1,150 ships called.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a level compared with ('5% more than the £2.0bn') is no part of the total after it",
        "The city will spend £2.1bn on schools next year, 5% more than the £2.0bn budgeted this year, out of a "
        "total budget of £9.5bn.",
        None, None,
    ),
    Checked(
        "an amount that 'would last' N weeks, stated in another unit than the pace, takes no count from before",
        "The fund has paid for 21,000 boilers so far. Installations run at about 700 a week. With the £300m "
        "budget now 40% spent, the remaining £180m would last about 35 weeks at that pace.",
        None, None,
    ),
    Checked(
        "an amount a head after 'that is', the count of its sentence and the amount of the sentence before",
        "The county raised £820m in council tax last year. Across its 410,000 households, that is about £2,600 a "
        "head.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The county raised £820m in council tax last year. Across its 410,000 households, that is about £2,000 a "
        "head.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same after a breakdown: the first amount of the paragraph, not a part of it",
        "Tourism brought in $3.2bn last year. Hotels took about 40% of it, some $1.3bn. With roughly 640,000 "
        "residents, that is about $5,000 per head.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a share opened by words naming its part takes the earlier count stated right after such a word",
        "Rescuers have evacuated 6,300 residents from 14 villages since Monday. The evacuated residents make up "
        "about 30% of the valley's population of 21,000.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, a wrong share",
        "Rescuers have evacuated 6,300 residents from 14 villages since Monday. The evacuated residents make up "
        "about 45% of the valley's population of 21,000.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "withdrawals a day over a period 'would draw down' an amount: a product, not a fall",
        "Withdrawals averaging 30 million cubic metres a day over a 100-day winter would draw down about 2 billion "
        "cubic metres.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a gap 'than its own' noun is from the one other value of its kind before it in the sentence",
        "The club said it had sold 2,300 season tickets by June, while its rival claims 4,100, 1,200 more than its "
        "own total.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The club said it had sold 2,300 season tickets by June, while its rival claims 4,100, 1,800 more than its "
        "own total.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the remaining stock at the current rate takes a time: of the amounts before, the one said to be left",
        "Crews have checked 8,200 of the 11,000 homes on the list, leaving about 2,800 still to be checked. At the "
        "current rate of around 200 homes a day, the remaining homes should be done in about 25 days.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Crews have checked 8,200 of the 11,000 homes on the list, leaving about 2,800 still to be checked. At the "
        "current rate of around 200 homes a day, the remaining homes should be done in about 14 days.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a share named by three words after a comma ('a case fatality rate of') is of the part before it",
        "Measles cases have risen to 3,200 from 900 in March, officials said, with 41 deaths, a case fatality rate "
        "of 2.5%.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "Measles cases have risen to 3,200 from 900 in March, officials said, with 41 deaths, a case fatality rate "
        "of 1.3%.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "an average after '<count> <noun> each' is of the paragraph's first amount of its unit",
        "The borough's bins took in 42,000 tonnes of waste last year, of which 18,000 tonnes were recycled. Its "
        "35,000 homes each produced an average of about 1.6 tonnes.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The borough's bins took in 42,000 tonnes of waste last year, of which 18,000 tonnes were recycled. Its "
        "35,000 homes each produced an average of about 1.2 tonnes.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a gap in a count reaching a level of a noun is from the count of that noun stated sentences before",
        "The museum welcomed 1.8 million visitors last year. Its shop and cafe took £6m. School trips brought "
        "210,000 pupils. It hopes to reach 2.5 million visitors by 2028, growth of about 1.1 million.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The museum welcomed 1.8 million visitors last year. Its shop and cafe took £6m. School trips brought "
        "210,000 pupils. It hopes to reach 2.5 million visitors by 2028, growth of about 700,000.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "an amount added 'to a current workforce of' a level, then a relative change: the amount over the level",
        "The plant will add 300 jobs to a current workforce of 1,500, a 20% increase.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, a wrong percentage",
        "The plant will add 300 jobs to a current workforce of 1,500, a 35% increase.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "an 'as many' with no base after it compares what came before, not the total after it",
        "Some 12,000 people left by train. Another 3,000 left by bus, less than a third as many, bringing the total "
        "moved to some 15,000.",
        None, None,
    ),
    Checked(
        "a clause opened by 'at the current pace of' a rate: the stock before it takes the time after",
        "Crews must still clear 9,000 homes; at the current pace of about 600 homes a day, that would take about 25 "
        "days.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Crews must still clear 9,000 homes; at the current pace of about 600 homes a day, that would take about 15 "
        "days.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "two parts listed with 'and' before 'leaving' are both taken from a whole stated before",
        "Councillors approved a £900m budget. Care will absorb £400m, or 44% of the total, and schools £200m, "
        "leaving £300m for everything else.",
        None, None,
    ),
    Checked(
        "takings after 'while' are another subject's, not the count at the price before",
        "The group's 600 shops took £1.8bn, or about £3m apiece, while online orders brought in the remaining "
        "£300m.",
        None, None,
    ),
    Checked(
        "the rest of a list 'of the total' is of a total stated before, not of a part beside it",
        "Sales rose to £2.1bn. Its 500 shops took £1.8bn, or about £3.6m apiece, while online orders brought in "
        "the remaining £300m, some 14% of the total.",
        None, None,
    ),
    Checked(
        "a gap named before its own two values is not the gap between values of the next sentence",
        "The country recorded a trade surplus of €5bn, as exports of €30bn exceeded imports of €25bn. Machinery "
        "made up 40% of exports, or about €12bn, while farm goods contributed €4bn.",
        None, None,
    ),
    Checked(
        "a list opened by 'Another' continues one begun before: its parts take no total from the sentence before",
        "The city unveiled a £1.2bn transport plan. About half of it, £650m, will go on trams. Another £400m will "
        "fund buses, and the remaining £150m will pay for cycle lanes.",
        None, None,
    ),
    Checked(
        "a count listed after another with 'and' is not what an average per night is over",
        "The enemy launched 1,400 drones and 60 missiles over the past week, an average of 200 drones per night.",
        None, None,
    ),
    Checked(
        "a comparison set off after a value, with the value it compares with after it: those two",
        "The auction awarded 1.8 GW of offshore capacity to three projects at an average strike price of £70 per "
        "megawatt-hour, 10% below last year's £84, officials said on Monday.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "The auction awarded 1.8 GW of offshore capacity to three projects at an average strike price of £70 per "
        "megawatt-hour, 17% below last year's £84, officials said on Monday.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "a change 'since <year>, when it had N' is from N; its level now is the one named by the subject before",
        "Corvo had 5.2 million users in March, ahead of Dalt on 3.9 million and Elm on 2.8 million. Elm's base has "
        "tripled since 2022, when it had 1.2 million users.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Corvo had 5.2 million users in March, ahead of Dalt on 3.9 million and Elm on 2.8 million. Elm's base has "
        "more than doubled since 2022, when it had 1.2 million users.",
        None, None,
    ),
    Checked(
        "a total set off before its parts closed by 'and' ('540 casualties, 120 killed and 320 injured')",
        "Rescuers counted 540 casualties on Sunday, 120 killed and 320 injured.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "the same, as stated",
        "Rescuers counted 540 casualties on Sunday, 120 killed and 420 injured.",
        FindingKind.CONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "counts of other nouns after a count are no parts of it",
        "The city runs 1,200 buses, 300 trams and 40 ferries.",
        None, None,
    ),
    Checked(
        "a share 'of <noun> from' a level: the level left, not the whole",
        "The reform lifts spending to 3.1% of gross domestic product from 2.6%, a gain of 0.8 percentage points.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The reform lifts spending to 3.1% of gross domestic product from 2.6%, a gain of 0.5 percentage points.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "a change set off after the level it left ('up from') is to the one value of that kind before in the sentence",
        "Shipments reached 2.52 million 60-kg bags in the year to June, about 151,000 tonnes, up from 2.16 million "
        "bags a year earlier, a rise of a quarter.",
        FindingKind.INCONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "the same, as stated",
        "Shipments reached 2.52 million 60-kg bags in the year to June, about 151,000 tonnes, up from 2.16 million "
        "bags a year earlier, a rise of a sixth.",
        FindingKind.CONSISTENT, RelationKind.CHANGE,
    ),
    Checked(
        "an amount over a duration named by a noun, then ', or' the rate: the amount restated per unit of time",
        "The scheme pays a bonus of €18,000 over its 12-month term, or €2,000 a month, to each recruit.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The scheme pays a bonus of €18,000 over its 12-month term, or €1,500 a month, to each recruit.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a count at an amount each, then ', or' a total named as such: the count times the amount",
        "Gun crews downed 1,400 drones at $3,000 each, or $5.6m in total.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Gun crews downed 1,400 drones at $3,000 each, or $4.2m in total.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a rate over a duration, then an amount's change set off after ('adding some N'): what the rate made",
        "Arrivals have averaged 300 a day over the past four weeks, adding some 12,000 residents.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Arrivals have averaged 300 a day over the past four weeks, adding some 8,400 residents.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a time per day averaged over a month named: the time stated over the days of that month",
        "Sirens sounded for a total of 186 hours in March, an average of about 8 hours a day.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "Sirens sounded for a total of 186 hours in March, an average of about 6 hours a day.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "a percentage named 'a share' (no whole named) is of the sole whole before it",
        "The market shrank to 12 million tonnes last year. Acme kept its lead with 4.1 million tonnes, a 40% share, "
        "while Bolt came second.",
        FindingKind.INCONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "the same, as stated",
        "The market shrank to 12 million tonnes last year. Acme kept its lead with 4.1 million tonnes, a 34% share, "
        "while Bolt came second.",
        FindingKind.CONSISTENT, RelationKind.SHARE,
    ),
    Checked(
        "a total set off before parts named by a participle ('3,000 held by the army and 2,500 by the militias')",
        "Some 5,000 detainees remain in custody, about 3,000 held by the army and 2,500 by the militias.",
        FindingKind.INCONSISTENT, RelationKind.SUM,
    ),
    Checked(
        "counts far short of the first value of a list are no breakdown of it",
        "More than 2,000 firefighters, 12 aircraft and 150 fire engines are fighting the blaze.",
        None, None,
    ),
    Checked(
        "the first of a list worded as the parts are ('1,200 were in hotels, 500 in hostels') is one of them",
        "Of those, 1,200 were in hotels, 500 in hostels and 300 in leased flats.",
        None, None,
    ),
    Checked(
        "a level after 'which <verb>ed from' belongs to that clause's change, not to a gap before it",
        "The bank kept its main rate at 5% on Tuesday, leaving it 1.5 percentage points above June's inflation rate "
        "of 3.1%, which slowed from 3.5% in May.",
        FindingKind.INCONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "the same, as stated",
        "The bank kept its main rate at 5% on Tuesday, leaving it 1.9 percentage points above June's inflation rate "
        "of 3.1%, which slowed from 3.5% in May.",
        FindingKind.CONSISTENT, RelationKind.DIFFERENCE,
    ),
    Checked(
        "counts of two nouns ('36 beds ... and 120 nurses') add up to no total",
        "The hospital opened 36 beds last winter and hired 120 nurses, taking its nursing staff to 1,450.",
        None, None,
    ),
    Checked(
        "an amount 'per <noun>' after 'that amounts to', over the count of that noun in its sentence",
        "The region will spend $1.8bn on schools next year. With 150,000 pupils enrolled, that amounts to about "
        "$15,000 per pupil.",
        FindingKind.INCONSISTENT, RelationKind.RATE,
    ),
    Checked(
        "the same, as stated",
        "The region will spend $1.8bn on schools next year. With 150,000 pupils enrolled, that amounts to about "
        "$12,000 per pupil.",
        FindingKind.CONSISTENT, RelationKind.RATE,
    ),
]


@pytest.mark.parametrize("case", CHECKED, ids=str)
def test_checked(case: Checked) -> None:
    found = quant.check(case.text).findings
    shown = [f"{f.kind.value} {f.relation.value}: {f.explanation}" for f in found]
    assert any(f.kind is FindingKind.INCONSISTENT for f in found) is (case.verdict is FindingKind.INCONSISTENT), shown
    if case.verdict is not None and case.relation is not None:
        assert any(f.kind is case.verdict and f.relation is case.relation for f in found), shown


def test_a_count_after_an_of_phrase_and_a_comma_is_a_part_not_the_whole() -> None:
    """'Of those infected, 38 were admitted, nearly a quarter': 38 is the part; no 'quarter of 38'."""
    found = quant.check("Of those infected, 38 were admitted to hospital, nearly a quarter.").findings
    assert not [f for f in found if f.value is not None and round(f.value, 1) == 9.5], [f.explanation for f in found]




def test_a_time_ahead_of_a_rival_is_less_time() -> None:
    """'won in 2:05:10, 42 seconds ahead of her rival': the rival took longer, 2:05:52."""
    found = quant.check("She won the race in 2:05:10, 42 seconds ahead of her rival.").findings
    assert any(f.value is not None and round(f.value) == 7552 for f in found), [f.explanation for f in found]


def test_added_to_a_level_named_after_to_is_added_to_the_level_before() -> None:
    """'added 300 buses to its fleet of 2,100': the fleet was 2,100 before, 2,400 after."""
    found = quant.check("The operator added 300 buses to its fleet of 2,100.").findings
    assert any(f.value == 2400 for f in found), [f.explanation for f in found]
    assert not any(f.value == 1800 for f in found), [f.explanation for f in found]


def test_the_part_left_after_a_total_is_stated_as_worked_out() -> None:
    """'90 applied, of which 60 were accepted, leaving 30': 90 − 60 = 30 is stated, and 60 + 30 = 90."""
    found = quant.check("Some 90 firms applied, of which 60 were accepted, leaving 30 on the waiting list.").findings
    assert {f.value for f in found if f.kind is FindingKind.CONSISTENT} >= {30, 90}, [f.explanation for f in found]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The city plans to plant 12,000 trees by 2030, or 4,000 a year.", FindingKind.INCONSISTENT),
        ("The city plans to plant 12,000 trees by 2030, or 2,400 a year.", FindingKind.CONSISTENT),
        ("Fares have risen £1.40 since 2011, an average of 10p a year.", FindingKind.CONSISTENT),
        ("Fares have risen £1.40 since 2011, an average of 30p a year.", FindingKind.INCONSISTENT),
    ],
)
def test_a_span_left_open_ends_on_the_day_of_publication(text: str, verdict: FindingKind) -> None:
    """'by 2030' and 'since 2011' count the years from or to the year the text was published (2025)."""
    found = quant.check(text, published="2025-03-01").findings
    assert any(f.kind is verdict and f.relation is RelationKind.RATE for f in found), [f.explanation for f in found]
    assert not quant.check(text).findings or all(
        "publication" not in f.explanation for f in quant.check(text).findings
    )


def test_a_cut_of_part_of_a_whole_is_taken_from_the_whole() -> None:
    """'cut 1,650 of its 4,800 jobs': 4,800 is the level before the cut, 3,150 after."""
    found = quant.check("The chain will cut 1,650 of its 4,800 jobs.").findings
    assert any(f.value == 3150 for f in found) and not any(f.value == 6450 for f in found), found


def test_the_rest_of_a_whole_is_stated_beside_its_part() -> None:
    """'shot down 412 of the 468 drones': 56 got through, a value a reader works out."""
    found = quant.check("Gunners shot down 412 of the 468 drones.").findings
    assert any(f.kind is FindingKind.IMPLIED and f.value == 56 for f in found), [f.explanation for f in found]


def test_a_level_left_pairs_with_the_level_reached_just_before_it() -> None:
    """'climbed to 36.5% from 29%, and turnout fell to 41%': 29% to 36.5%, not to 41%."""
    found = quant.check("The party's share climbed to 36.5% from 29%, and turnout fell to 41%.").findings
    assert any(f.value == 7.5 for f in found) and not any(f.value == 12 for f in found), [f.explanation for f in found]


def test_an_age_is_no_duration_of_a_rate() -> None:
    """'The 24-year-old will earn €310,000 a week': no '€310,000 a week × 24 years'."""
    found = quant.check("The 24-year-old will earn €310,000 a week.").findings
    assert not found, [f.explanation for f in found]


def test_a_sentence_comparing_its_first_value_with_the_sentence_before() -> None:
    """'... or 6%, failed. That compares with 8.5% of ... a year earlier': down 2.5 points."""
    text = (
        "Inspectors checked 9,000 lorries, and 540 of them, or 6%, failed. That compares with 8.5% of the 7,000 "
        "lorries checked a year earlier."
    )
    found = quant.check(text).findings
    assert any(f.value == -2.5 and f.unit == "percentage_point" for f in found), [f.explanation for f in found]


def test_an_amount_and_a_percentage_of_one_change_give_the_level_left() -> None:
    """'hired 300 staff, a 6% increase that brings its workforce to 5,300': 5,000 before."""
    found = quant.check("The agency has hired 300 staff since May, a 6% increase that brings its workforce to 5,300.")
    assert any(f.kind is FindingKind.IMPLIED and f.value == 5000 for f in found.findings), found.findings


def test_beside_a_relative_change_that_does_not_fit_the_amount_between_the_levels_is_stated() -> None:
    """'roughly 620 km², down from 850 km², a loss of more than a third': 230 km² were lost, whatever the third."""
    text = "The army now holds roughly 620 km² of the region, down from 850 km² in May, a loss of more than a third."
    found = quant.check(text).findings
    assert any(f.kind is FindingKind.IMPLIED and f.value == -230 for f in found), [f.explanation for f in found]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The Greens won 71 seats, 5 short of a majority in the 150-seat parliament.", 76),
        ("Labour took 180 of the 400 seats, 21 short of a majority, with the Liberals on 120.", 201),
    ],
)
def test_a_level_short_of_a_majority_gives_the_majority(text: str, value: float) -> None:
    found = quant.check(text).findings
    assert any(f.kind is FindingKind.IMPLIED and f.value == value for f in found), [f.explanation for f in found]


def test_a_change_before_a_breakdown_gives_the_level_it_left() -> None:
    """'£48.2bn, £5.1bn more than a year earlier, made up of ...': £43.1bn a year earlier."""
    text = (
        "Borrowing reached £48.2bn, £5.1bn more than a year earlier, made up of £20.2bn in April, £16.0bn in May "
        "and £12.0bn in June."
    )
    found = quant.check(text).findings
    assert any(f.kind is FindingKind.IMPLIED and f.value == 43.1e9 for f in found), [f.explanation for f in found]


def test_a_whole_then_n_of_them_gives_the_rest() -> None:
    """'destroyed 212 buildings, 148 of them homes': 64 other buildings."""
    found = quant.check("The fire has destroyed 212 buildings, 148 of them homes.").findings
    assert any(f.kind is FindingKind.IMPLIED and f.value == 64 for f in found), [f.explanation for f in found]


def test_a_level_left_pairs_with_the_part_not_its_whole() -> None:
    """'won 88 of the 175 seats, a bare majority, up from 71': up 17 seats, not 104."""
    found = quant.check("The party won 88 of the 175 seats, a bare majority, up from 71 in 2021.").findings
    assert any(f.value == 17 for f in found) and not any(f.value == 104 for f in found), [
        f.explanation for f in found
    ]


def test_a_share_of_a_noun_worth_an_amount_is_of_that_amount() -> None:
    """'2.9% of an economy worth £2.1tn': the amount after 'worth' is the whole (after 'at' it is the part)."""
    found = quant.check("That would bring the deficit to 3.5% of an economy worth £1.8tn.").findings
    assert any(f.value is not None and round(f.value / 1e9, 1) == 63.0 for f in found), [f.explanation for f in found]


def test_two_counts_of_different_things_are_no_levels_of_one() -> None:
    """'lifted them to 61 points from 28 games': points and games, no change from 28 to 61."""
    found = quant.check("The win lifted Fenwick Town to 61 points from 28 games.").findings
    assert not any(f.value == 33 for f in found), [f.explanation for f in found]
    found = quant.check("The win lifted Fenwick Town to 61 points from 58 points.").findings
    assert any(f.value == 3 for f in found), [f.explanation for f in found]


def test_an_amount_added_to_the_amount_after_it_rises_from_that_amount() -> None:
    report = quant.check("The rebels added some 300 km² to the 1,900 km² they already held.")
    implied = [f.value for f in report.findings if f.kind is FindingKind.IMPLIED]
    assert 2200 in implied and 1600 not in implied, implied


def test_a_difference_joined_to_both_levels_also_states_their_relative_change() -> None:
    report = quant.check("The mine's output fell to 150 tonnes from 200 tonnes, a drop of 50 tonnes.")
    implied = [f for f in report.findings if f.kind is FindingKind.IMPLIED and f.unit == "percent"]
    assert [round(f.value or 0.0, 1) for f in implied] == [-25.0], [f.explanation for f in report.findings]


def test_two_values_hundreds_of_times_apart_are_no_levels_of_one_thing() -> None:
    report = quant.check("Lorries paid a toll of £9.40, against £3.20 for cars, bringing toll income to roughly £87m.")
    assert not [f for f in report.findings if f.unit == "percent" and abs(f.value or 0.0) > 1000], [
        f.explanation for f in report.findings
    ]
