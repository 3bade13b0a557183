"""What quant.check extracts, one named table per phenomenon, in the manner of price-parser's tests.

Where the cases came from: every sentence here was written for this file (none is taken from
shared/eval or shared/peers); the phenomena are the ones shared/eval/FORMAT.md counts as quantities,
and the expected values follow its conventions (multipliers as written with a direction, ranges as one
claim with low and high, vague amounts as an interval, percentage points never percent).

How a case is checked: the claim is the one whose span overlaps the first occurrence of ``surface``
in ``text``; its text must contain ``surface`` and equal ``text[start:end]``; its value (or low and
high) must agree within 1e-9 relative after pint converts the claim's unit to the expected one; kind,
direction, qualifier, subject and date are checked where the case states them.

Where new cases go: into the table of their phenomenon. A case quant gets wrong today goes into the
``..._XFAIL`` table beside it with the reason; the xfail is strict, so when extraction is fixed the
case XPASSes and fails until it is moved into the passing table. A case that caught a bug stays.
Things that must *not* be claims are in tests/test_not_quantities.py. ECONOMY_BRIEF runs the same
checks on a whole document, fixtures/economy-brief.md (written for these tests): new cases for it go
there, and the document may grow as long as the surfaces listed stay first occurrences.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest

import quant
from quant.model import Claim

REL = 1e-9
_UNSET = "<unset>"


@dataclass(frozen=True)
class Case:
    text: str
    surface: str
    value: float | None = None
    unit: str = "dimensionless"
    kind: str | None = None
    low: float | None = None  #: for ranges, vague amounts and qualified values: the interval's ends
    high: float | None = None
    direction: str | None = _UNSET  #: "increase", "decrease", None (must have none) or unset (not checked)
    qualifier: str | None = None
    vague: bool = False  #: value must be None and low < high
    subject: str | None = None  #: a word the claim's subject must contain
    date: str | None = None  #: the resolved date, for kind "date"
    published: str | None = None
    reason: str = ""  #: for the _XFAIL tables: what quant gets wrong

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None and not self.vague


def _close(got: float, want: float) -> bool:
    if math.isinf(want) or math.isinf(got):
        return got == want
    return math.isclose(got, want, rel_tol=REL, abs_tol=1e-12)


def _convert(value: float, got_unit: str, want_unit: str) -> float:
    if math.isinf(value):
        return value
    return float(quant.ureg.Quantity(value, got_unit).to(want_unit).magnitude)


def find_claim(case: Case) -> Claim:
    report = quant.check(case.text, published=case.published)
    start = case.text.index(case.surface)
    end = start + len(case.surface)
    found = [c for c in report.claims if c.span.start < end and start < c.span.end]
    listing = [(c.text, c.value, c.unit) for c in report.claims]
    assert found, f"no claim overlaps {case.surface!r} in {case.text!r}; claims: {listing}"
    assert len(found) == 1, f"{case.surface!r} is split over several claims: {listing}"
    return found[0]


def check_case(case: Case) -> None:
    claim = find_claim(case)
    where = case.text if len(case.text) < 200 else "the document"
    scenario = f"{case.surface!r} in {where!r} gave {claim}"
    assert claim.text == case.text[claim.span.start : claim.span.end], scenario
    assert case.surface in claim.text, scenario
    if case.kind is not None:
        assert claim.kind == case.kind, scenario
    if case.direction != _UNSET:
        assert claim.direction == case.direction, scenario
    if case.qualifier is not None:
        assert claim.qualifier is not None, scenario
        assert claim.qualifier.lower() == case.qualifier, scenario
    if case.subject is not None:
        assert claim.subject is not None and case.subject in claim.subject, scenario
    if case.date is not None:
        assert claim.date == case.date, scenario
    if case.kind == "date":
        return
    if case.unit.startswith("delta_") or case.unit == "percentage_point":
        assert claim.unit == case.unit, scenario  # a difference must say so, not convert silently
    if case.vague or case.is_range:
        assert claim.value is None, scenario
        assert claim.low < claim.high, scenario
    if case.value is not None:
        assert claim.value is not None, scenario
        assert _close(_convert(claim.value, claim.unit, case.unit), case.value), scenario
    else:
        # no value expected: still the unit must convert
        _convert(1.0, claim.unit, case.unit)
    if case.low is not None:
        assert _close(_convert(claim.low, claim.unit, case.unit), case.low), scenario
    if case.high is not None:
        assert _close(_convert(claim.high, claim.unit, case.unit), case.high), scenario


# ---------------------------------------------------------------------------------------------------------
# The tables

DIGITS = [
    Case("Maria Lenz, 82, still works the early shift.", "82", 82, "year"),  # an age set off by commas
    Case("Okafor, 57, has run the depot since 2009.", "57", 57, "year"),  # a first word is a name before a verb
    Case("Overall, 14, 19 and 23 boats were lost.", "14", 14, "dimensionless"),
    Case("Of the 40 cases, 12, or 30%, were children.", "12", 12, "dimensionless"),  # no name: a count
    Case("The depot holds 1,500 crates.", "1,500", 1500, kind="count", subject="crates"),
    Case("The mast is 3.75 metres tall.", "3.75 metres", 3.75, "m", kind="measure"),
    Case("Overnight it was -3 degrees Celsius.", "-3 degrees Celsius", -3, "degC"),
    Case("About 0.5 litres spilled.", "0.5 litres", 0.5, "liter"),
    Case("The warehouse stores 2 500 tonnes of rice.", "2 500 tonnes", 2500, "tonne"),
    Case("The video got 3k views.", "3k", 3000, kind="count"),
    Case("The shop sold 12,345 loaves.", "12,345", 12345, low=12344.5, high=12345.5),
    Case("The team scored 0 goals.", "0", 0, kind="count"),
    Case("Turnout hit a record 71.25%.", "71.25%", 71.25, "percent"),
    Case("The company has 2,400 employees.", "2,400", 2400, subject="employees"),
    Case("A block holds 2^12 bytes.", "2^12 bytes", 4096, "byte"),  # a power, not 2 and 12 bytes
    Case("The buffer is 4x2^10 bits wide.", "4x2^10 bits", 4096, "bit"),
    Case("The signal is 10^3 times weaker.", "10^3 times", 1000, "dimensionless"),
    Case("The grains measure 1.5×10^-6 metres.", "1.5×10^-6 metres", 1.5e-6, "m"),
]

SCALES = [
    Case("He ran 100m in 9.58 seconds.", "100m", 100, "m", kind="measure"),  # "in" after it is no unit
    Case("The firm earned 1.2 million dollars.", "1.2 million dollars", 1.2e6, "USD", kind="money"),
    Case("The project cost 2.5bn.", "2.5bn", 2.5e9),
    Case("The bridge cost $2.3bn to build.", "$2.3bn", 2.3e9, "USD", kind="money"),
    Case("The club paid £450m for the land.", "£450m", 4.5e8, "GBP", kind="money"),
    Case("Debt reached €1.2 trillion.", "€1.2 trillion", 1.2e12, "EUR", kind="money"),
    Case("The show drew 3.2m viewers.", "3.2m", 3.2e6, kind="count", subject="viewers"),
    Case("There are 1.4 billion people in the region.", "1.4 billion", 1.4e9, subject="people"),
    Case("The loan was ₹40 lakh.", "₹40 lakh", 4e6, "INR"),
    Case("Its debt is 3.4 trillion yen.", "3.4 trillion yen", 3.4e12, "JPY"),
    Case("Tens of thousands of people marched.", "Tens of thousands", low=20000, high=99999, vague=True),
]

NUMBER_WORDS = [
    Case("She was a tenth of a second outside her best.", "a tenth of a second", 0.1, "second"),  # share of a unit
    Case("The delay lasted half an hour.", "half an hour", 0.5, "hour", kind="duration"),
    Case("Wages grew by two-and-a-half times.", "two-and-a-half times", 2.5, kind="ratio"),  # hyphenated
    Case("Nearly half a million people fled.", "half a million", 5e5, kind="count"),  # a fraction of a scale
    Case("Half a dozen boats sank.", "Half a dozen", 6, kind="count"),
    Case("Three-quarters of a million tonnes were lost.", "Three-quarters of a million tonnes", 7.5e5, "tonne"),
    Case("Twenty-five thousand fans came.", "Twenty-five thousand", 25000, kind="count"),
    Case("She bought a dozen eggs.", "dozen", 12, subject="eggs"),
    Case("The talks took two and a half days.", "two and a half days", 2.5, "day", kind="duration"),
    Case("The town has three hundred and forty houses.", "three hundred and forty", 340, subject="houses"),
    Case("Two million voters stayed home.", "Two million", 2e6),
    Case("Nine ships docked.", "Nine", 9, kind="count"),
    Case("Fourteen miners were rescued.", "Fourteen", 14, subject="miners"),
    Case("About a hundred people waited.", "About a hundred", 100, qualifier="about", low=95, high=105),
    Case("It took one and a half hours.", "one and a half hours", 1.5, "hour", kind="duration"),
    Case("The estate sold for six million, four hundred & ten thousand dollars.",
         "six million, four hundred & ten thousand dollars", 6410000, "USD", kind="money"),
    Case("Her prize was one million, three hundred and five euros.",
         "one million, three hundred and five euros", 1000305, "EUR"),
    Case("We counted two hundred & nine geese.", "two hundred & nine", 209, subject="geese"),
    Case("Between seven and nine boats sank.", "seven and nine", low=7, high=9),
    Case("The list read three million, two million and one million.", "two million", 2e6),
    Case("She baked a baker's dozen rolls.", "a baker's dozen", 13, subject="rolls"),
    Case("He bought a baker\u2019s dozen of bagels.", "a baker\u2019s dozen", 13),
    Case("The stationer shipped two gross of pencils.", "two gross", 288, kind="count"),
    Case("A crate holds a gross, which is twelve dozen.", "a gross", 144),
    Case("The box held a square dozen buttons.", "a square dozen", 144),
]

NUMBER_WORDS_XFAIL: list[Case] = []

FRACTIONS = [
    Case("One-fifth of the budget went to roads.", "One-fifth", 0.2, kind="fraction"),
    Case("Two-thirds of voters agreed.", "Two-thirds", 2 / 3, kind="fraction"),
    Case("Half of the staff left.", "Half", 0.5, kind="fraction"),
    Case("A quarter of the farms closed.", "A quarter", 0.25, kind="fraction"),
    Case("About 3/4 of the wells ran dry.", "3/4", 0.75, qualifier="about"),
    Case("One in five children walks to school.", "One in five", 0.2),
    Case("About 1 in 10 adults smoke.", "1 in 10", 0.1, qualifier="about"),
    Case("Three-quarters of firms hired.", "Three-quarters", 0.75, kind="fraction"),
    Case("Nearly two-thirds of the land is forest.", "two-thirds", 2 / 3, qualifier="nearly"),
    # "half" before a noun that makes a name is no share (data/not_quantities_en.txt, half_compounds)
    Case("Ticket sales at half time beat 2022.", "2022", kind="date"),
    Case("Ilse entered a half marathon in 2021.", "2021", kind="date"),
]

PERCENTAGES = [
    Case("Turnout was 62%.", "62%", 62, "percent", kind="percent", subject="Turnout"),
    Case("Turnout was 62 percent.", "62 percent", 62, "percent", kind="percent"),
    Case("Turnout was 62 per cent.", "62 per cent", 62, "percent", kind="percent"),
    Case("The deficit narrowed to 3.1% of output.", "3.1%", 3.1, "percent"),
    Case("Only 4% of the 300 pupils passed.", "4%", 4, "percent"),
    Case("The rate was cut by 25 basis points.", "25 basis points", 25, "basis_point", direction="decrease"),
]

PERCENTAGE_POINTS = [
    Case("The Greens opened a 3-point lead, at 31%.", "3-point", 3, "percentage_point"),
    Case("He shot 47% from three-point range.", "three", 3, "dimensionless"),  # basketball, not a poll
    Case("Support fell 4 percentage points to 38%.", "4 percentage points", 4, "percentage_point",
         direction="decrease"),
    Case("The lead narrowed by 4pp.", "4pp", 4, "percentage_point", direction="decrease"),
    Case("The jobless rate was 5.1%, down 4 points from its peak.", "4 points", 4, "percentage_point",
         direction="decrease"),
    Case("Unemployment rose to 6%, up 1.5 points.", "1.5 points", 1.5, "percentage_point", direction="increase"),
    Case("The gap shrank by 3 ppt.", "3 ppt", 3, "percentage_point", direction="decrease"),
    Case("The deficit is 4.5 percentage points wider.", "4.5 percentage points", 4.5, "percentage_point"),
    Case("Support, at 41%, slipped 2 pts.", "2 pts", 2, "percentage_point", direction="decrease"),
]

PERCENTAGE_POINTS_XFAIL: list[Case] = []

MULTIPLIERS = [
    Case("Output grew five-fold in a decade.", "five-fold", 5, kind="multiplier", direction="increase"),
    Case("The new chip is 5x faster.", "5x", 5, kind="multiplier"),
    Case("Traffic rose tenfold.", "tenfold", 10, kind="multiplier", direction="increase"),
    Case("Output grew 5-fold.", "5-fold", 5, kind="multiplier", direction="increase"),
    Case("Output grew two-fold.", "two-fold", 2, kind="multiplier", direction="increase"),
    Case("Prices doubled since the war.", "doubled", 2, kind="multiplier", direction="increase"),
    Case("The herd tripled in size.", "tripled", 3, kind="multiplier", direction="increase"),
    Case("The deficit halved last year.", "halved", 2, kind="multiplier", direction="decrease"),
    Case("Exports quadrupled.", "quadrupled", 4, kind="multiplier", direction="increase"),
    Case("Fish stocks showed a five-fold decrease.", "five-fold decrease", 5, kind="multiplier",
         direction="decrease"),
    Case("Sales grew by a factor of three in a decade.", "grew by a factor of three", 3, kind="multiplier",
         direction="increase"),
    Case("Emissions fell by a factor of 2.5 since then.", "fell by a factor of 2.5", 2.5, kind="multiplier",
         direction="decrease"),
]

RATIOS = [
    Case("There were three times as many visitors as in winter.", "three times as many", 3, kind="ratio"),
    Case("Twice as many women applied.", "Twice", 2, kind="ratio"),
    Case("There were 15 cases per 100,000 people.", "15 cases per 100,000 people", 0.00015),
    # a fraction "as many" compares two amounts: a ratio, not a share of one
    Case("The ferry now carries half as many cars as in 2020.", "half as many", 0.5, kind="ratio"),
    Case("The new boiler burns a third as much gas.", "a third as much", 1 / 3, kind="ratio"),
    # "N times" before "since", "in", "this year" counts occasions; before "as", "the", "larger" it is a ratio
    Case("The bank has cut its rate five times since May.", "five times", 5, kind="count"),
    Case("Output is five times larger.", "five times larger", 5, kind="ratio"),
    # "N to 1" is one ratio; "from 2 to 1" stays two levels
    Case("Walkers outnumbered riders by 3 to 1 on the trail.", "3 to 1", 3, kind="ratio"),
    Case("The motion passed by a 4-to-1 margin.", "4-to-1", 4, kind="ratio"),
    Case("The waiting list fell from 2 to 1 names.", "2", 2, kind="count"),
    Case("Claims reached 4,200, half as many again as in 2023.", "half as many again", 1.5, kind="ratio"),
    # "one for every six homes" is a share like "one in six"; money or a time after it is no ratio
    Case("The charity gave out 50,000 stoves, one for every six homes.", "one for every six", 1 / 6, kind="ratio"),
    Case("Only 58 out of every 100 trains ran on time.", "58 out of every 100", 0.58, kind="ratio"),
    # the noun may stand between the two numbers after "one", before "in every"
    Case("Inspectors failed one restaurant in every nine.", "one restaurant in every nine", 1 / 9, kind="ratio"),
    Case("The stall took £5 in 10 minutes.", "£5", 5, "GBP", kind="money"),
    Case("The stall charged £5 for every 10 minutes.", "£5", 5, "GBP", kind="money"),
    Case("She solved 5 in 10 minutes.", "10 minutes", 10, "minute", kind="duration"),
    # a noun naming a pure number: no unit from the value it is compared with
    Case("Prices reached 8.6 times earnings of £37k, up from a ratio of 6.1.", "6.1", 6.1, kind="count"),
    Case("The index stood at 6.1 a decade ago.", "6.1", 6.1, kind="count"),
    # "put down", "turned down": a verb with its particle, not a fall
    Case("Buyers putting down a tenth of the price need £31,800.", "a tenth", 0.1, kind="fraction", direction=None),
    Case("The panel turned down 40% of the bids.", "40%", 40, "percent", direction=None),
    Case("Gunners shot down 41 of the 50 drones.", "41", 41, kind="count", direction=None),
]

NAMED_QUANTITIES = [
    Case("Helium stays liquid near absolute zero.", "near absolute zero", 0, "kelvin", kind="measure",
         qualifier="near"),
    Case("At absolute zero, atoms barely move.", "absolute zero", -273.15, "degC", kind="measure"),
]

UNITS = [
    Case("The park covers 40 km² of marsh.", "40 km²", 40, "km**2", kind="measure", subject="marsh"),
    Case("The park covers 40 square kilometers of marsh.", "40 square kilometers", 40, "km**2"),
    Case("The lake spans 12 sq mi.", "12 sq mi", 12, "mile**2"),
    Case("The reserve covers 310 sq miles of moor.", "310 sq miles", 310, "mile**2"),
    # a level after "up from" takes the unit of the level before it, not of a later clause's "rises to"
    Case("Tariffs are 31.2p per kWh, up from 27.9p, while standing charges rise to 61p a day from 55p.", "27.9p",
         27.9, "penny/(kW*hour)"),
    Case("The estate covers 14 sq. km of hills.", "14 sq. km", 14, "km**2"),
    Case("Relief costs roughly €95 for every hectare flooded.", "roughly €95 for every hectare", 95, "EUR/hectare"),
    Case("Costs of $900 a tonne left a margin of $400 on every tonne sold.", "$400 on every tonne", 400, "USD/tonne"),
    # an adverb of time after an amount makes it a rate; not an adjective before a noun ("a €4 daily fee")
    Case("Visitors spend about £90,000 daily, officials say.", "about £90,000 daily", 90000, "GBP/day"),
    Case("The scheme will cost C$45m annually until 2030.", "C$45m annually", 45e6, "CAD/year"),
    Case("Members pay a €4 daily fee.", "€4", 4, "EUR"),
    # a level compared after a relative change takes the unit of the level before it
    Case("The strike price was £71 per megawatt-hour, 9% below last year's £78.", "£78", 78, "GBP/(MW*hour)"),
    Case("Pay rises to 980 euros a month, an increase of 6% on the current 925 euros.", "925 euros", 925,
         "EUR/month"),
    Case("They planted 300 hectares of oak.", "300 hectares", 3, "km**2"),
    Case("The farm has 250 acres.", "250 acres", 250, "acre"),
    Case("The limit is 50 km/h in town.", "50 km/h", 50, "km/hour"),
    Case("The car hit 90 mph.", "90 mph", 90, "mile/hour"),
    Case("It reached 38°C at noon.", "38°C", 38, "degC"),
    Case("It reached 101°F at noon.", "101°F", 101, "degF"),
    Case("The temperature rose 3 degrees Celsius.", "3 degrees Celsius", 3, "delta_degC", direction="increase"),
    Case("The ice sheet retreated 2.4 km to 11.8 km in length.", "retreated 2.4 km", 2.4, "km", direction="decrease"),
    Case("Okafor, 23, scored twice in the final.", "23", 23, "year"),
    Case("Lamb now sells at £8.40 a kilo.", "£8.40 a kilo", 8.4, "GBP/kg"),
    Case("The firm cut one in every ten jobs.", "one in every ten", 0.1, kind="ratio"),
    Case("Labour took 31 seats, the Greens 9 and independents 4.", "9", 9, "dimensionless"),
    # a number grouped in thousands after a capital is no part of a name ("Boeing 737" is)
    Case("Poles filed 8,100 claims and Danes 5,300.", "5,300", 5300, "dimensionless"),
    Case("By Friday 640,000 homes had power again.", "640,000", 640000, "dimensionless"),
    Case("The camp gets 11 litres per person a day.", "11 litres per person a day", 11, "liter/day"),
    Case("Tutoring costs £3 per pupil per week.", "£3 per pupil per week", 3, "GBP/week"),
    Case("She won the 800 m in 1:57.32 on Friday.", "1:57.32", 117.32, "second", kind="duration"),
    Case("The record of 2:01:09.5 stood for a year.", "2:01:09.5", 7269.5, "second", kind="duration"),
    Case("A third of the pupils are children under 11.", "under 11", 11, "year"),
    Case("The plan lifts the retirement age to 67 by 2031.", "67", 67, "year"),
    Case("Output rose by a further 3% in May.", "rose by a further 3%", 3, "percent", direction="increase"),
    Case("The plan would cut emissions by another 40 million tonnes.", "40 million tonnes", 4e7, "tonne",
         direction="decrease"),
    Case("The ship carries 40,000 tonnes of grain.", "40,000 tonnes", 4e7, "kg"),
    Case("The parcel weighs 12 lb.", "12 lb", 12, "lb"),
    Case("The plant produces 600 MW.", "600 MW", 0.6, "GW"),
    Case("The dam generated 450 GWh last year.", "450 GWh", 450, "GW*hour"),
    Case("The country used 80 TWh of power.", "80 TWh", 80_000, "GW*hour"),
    Case("The tank holds 200 litres.", "200 litres", 200, "liter"),
    Case("The field pumps 300,000 barrels per day.", "300,000 barrels per day", 300_000, "oil_barrel/day"),
    Case("The phone has 128 GB of storage.", "128 GB", 128, "gigabyte"),
    Case("The strike lasted five days.", "five days", 5, "day", kind="duration"),
    Case("The deal runs for three years.", "three years", 3, "year", kind="duration"),
    Case("A 45-year-old man was hurt.", "45-year-old", 45, "year"),
    Case("The match lasted 90 minutes.", "90 minutes", 1.5, "hour", kind="duration"),
    Case("The pipeline moves 40 km a day.", "40 km a day", 40, "km/day"),
    Case("The mill runs 24 hours a day.", "24 hours a day", 1, "dimensionless"),
    Case("Income reached $9,000 per capita.", "$9,000", 9000, "USD"),
    Case("The well is 1,200 m deep.", "1,200 m", 1.2, "km"),
    Case("The wall is 12 feet high.", "12 feet", 12, "foot"),
    Case("The car does 35 mpg.", "35 mpg", 35, "mile/gallon"),
    Case("The barge took on 61,500 t last spring.", "61,500 t", 61500, "tonne", kind="measure"),
    Case("The press weighs 9 t empty.", "9 t", 9000, "kg"),
    Case("The probe resolves 4.75 am features.", "4.75 am", 4.75e-18, "m", kind="measure"),
    Case("Quarks are smaller than 0.8 am across.", "0.8 am", 0.8, "attometer"),
    Case("Helium boils near −269° on the Celsius scale.", "−269°", -269, "degC"),
    Case("Butter melts at 90° on the Fahrenheit scale, not 90° on the Celsius one.", "90°", 90, "degF"),
    Case("Tea is best at 85° Celsius.", "85° Celsius", 85, "degC"),
    Case("The oven was set to 350° F.", "350° F", 350, "degF"),
    Case("The road climbs at 12° here.", "12°", 12, "degree"),
    Case("The slab formed over one gigaannum.", "one gigaannum", 1e9, "year", kind="duration"),
    Case("The wind blew at 10 m/s.", "10 m/s", 36, "km/hour"),
    Case("Rainfall was 80 mm.", "80 mm", 8, "cm"),
    Case("The ship sailed 300 nautical miles.", "300 nautical miles", 300, "nautical_mile"),
    Case("The chip runs at 3.2 GHz.", "3.2 GHz", 3200, "MHz"),
    Case("Air holds 420 ppm of carbon dioxide.", "420 ppm", 420e-6, "dimensionless"),
    Case("The plant emits 3 Mt of carbon.", "3 Mt", 3e6, "tonne"),
    Case("It warmed 2°C over the century.", "2°C", 2, "delta_degC"),
    Case("The region warmed by 1.5°C since 1900.", "1.5°C", 1.5, "delta_degC"),
    # a bare "degrees" takes the one temperature scale the sentence's other temperatures use
    Case("Inland it hit 29C, while the coast saw only 21 degrees.", "21 degrees", 21, "degC", kind="measure"),
    # ... unless its clause speaks of an angle (data/context_words_en.txt, angle_words)
    Case("The roof is pitched at 35 degrees, and the loft stays at 18C.", "35 degrees", 35, "degree"),
    Case("Dallas reached 104F, two degrees short of the record.", "two degrees short of", 2, "delta_degF",
         direction="decrease"),
    # a singular time word before a plural noun names a kind of thing: "8 day centres" counts centres
    Case("The charity runs 8 day centres in the city.", "8", 8, "dimensionless", kind="count"),
    Case("A 6 day trip costs £400.", "6 day", 6, "day", kind="duration"),
    # a word of a run between the number and its time unit
    Case("The river stayed above flood level for 12 straight days.", "12 straight days", 12, "day",
         kind="duration"),
    Case("Prices fell for three consecutive months.", "three consecutive months", 3, "month", kind="duration"),
    # "stone" is a British weight in the singular only; "per annum" is a year below the line
    Case("The jockey weighed 9 stone on the day.", "9 stone", 9, "stone", kind="measure"),
    Case("The comet passed 3.1 astronomical units from us.", "3.1 astronomical units", 3.1, "astronomical_unit"),
    # an age named before number words; the unit left out after "out of" is inherited
    Case("Most pupils swim by age seven.", "seven", 7, "year"),
    Case("The dam holds 31 million cubic metres out of 50 million.", "50 million", 5e7, "m**3"),
    # the whole of a share after "of the" takes the unit of its part: "two-thirds of the 42,000"
    Case("It will carry 20,000 cars a day, about half of the 40,000 that use the bridge.", "40,000", 40000, "1/day"),
    # "for each of its 220 miles": a sum per unit; the miles stay a claim of their own
    Case("The county spends $90,000 for each of its 220 miles of track.", "$90,000", 90000, "USD/mile"),
    Case("The county spends $90,000 for each of its 220 miles of track.", "220 miles", 220, "mile"),
    Case("The charity sent 6 kg for each of the 900 families.", "6 kg", 6, "kg"),
    Case("Pupils carried 14 stones up the hill.", "14", 14, "dimensionless", kind="count"),
    Case("The post pays £31,000 per annum.", "£31,000 per annum", 31000, "GBP/(year)", kind="money"),
    Case("The 2019 Stone Fair drew crowds.", "2019", kind="date"),  # a year before a name, not a weight
    # a time of a kind: "11 strike days", "46 working weeks"; not "3 years ago"
    Case("Drivers held 9 strike days in May.", "9 strike days", 9, "day", kind="duration"),
    Case("The plant ran 46 working weeks.", "46 working weeks", 46, "week", kind="duration"),
    Case("The pier closed 3 years ago.", "3 years ago", kind="date"),
    # three units of time make one duration
    Case("She won in 2 hours 8 minutes 15 seconds.", "2 hours 8 minutes 15 seconds", 7695, "second"),
    # the hyphenated and "-metre" spellings of two-word units
    Case("A 900 square-kilometre reserve opened.", "900 square-kilometre", 900, "km**2"),
    Case("The reservoir holds 420 cubic hectometres.", "420 cubic hectometres", 420, "hm**3"),
    Case("Gold closed at $3,050 a troy ounce.", "$3,050 a troy ounce", 3050, "USD/troy_ounce"),
    Case("The new cell stores 190 watt-hours per kilogram.", "190 watt-hours per kilogram", 190, "W*hour/kg"),
]

UNITS_XFAIL: list[Case] = []

CURRENCIES = [
    Case("The chain cut a loaf by 20 cents to €1.79.", "20 cents", 0.2, "EUR", direction="decrease"),  # euro cents
    Case("Petrol rose 5 cents to $3.10.", "5 cents", 0.05, "USD", direction="increase"),
    Case("Drivers face a $3-a-gallon price.", "$3-a-gallon", 3, "USD/gallon", kind="money"),  # hyphenated rate
    Case("Members pay a £10-a-month fee.", "£10-a-month", 10, "GBP/month", kind="money"),
    Case("A coffee costs $3.50 here.", "$3.50", 3.5, "USD", kind="money"),
    # "pounds" after a word of money is sterling; "pounds of" and plain weights stay weight
    Case("The court imposed a fine of 5,000 pounds.", "5,000 pounds", 5000, "GBP", kind="money"),
    Case("The auction raised ten thousand pounds.", "ten thousand pounds", 10_000, "GBP", kind="money"),
    Case("The lorry weighs 40,000 pounds.", "40,000 pounds", 40_000, "lb", kind="measure"),
    Case("They paid for 300 pounds of beef.", "300 pounds", 300, "lb", kind="measure"),
    Case("The nurse earns €32,000.", "€32,000", 32000, "EUR", kind="money"),
    Case("Mr. Smith earned £40,000.", "£40,000", 40000, "GBP", kind="money"),
    Case("The ticket was ¥3,000.", "¥3,000", 3000, "JPY", kind="money"),
    Case("The $450 granite bench was stolen.", "$450", 450, "USD", kind="money"),  # money is not times a unit
    Case("They paid $12 USD at the gate.", "$12 USD", 12, "USD", kind="money"),
    Case("The fund holds USD 40 million.", "USD 40 million", 4e7, "USD", kind="money"),
    Case("The fee is CHF 200.", "CHF 200", 200, "CHF", kind="money"),
    Case("The prize is 5,000 pounds sterling.", "5,000 pounds sterling", 5000, "GBP"),
    Case("The grant was 300 euros.", "300 euros", 300, "EUR", kind="money"),
    Case("A stamp costs 50p.", "50p", 0.5, "GBP", kind="money"),
    Case("It costs 40 cents.", "40 cents", 0.4, "USD", kind="money"),
    Case("The fare is Rs 500.", "Rs 500", 500, "INR"),
    Case("The bet was A$20.", "A$20", 20, "AUD"),
    Case("The deal was worth 8 billion yen.", "8 billion yen", 8e9, "JPY"),
]

RANGES = [
    Case("Expect a 2-to-4 week delay.", "2-to-4 week", None, "week", low=2, high=4),
    # money "to" a count hundreds of times larger with its noun is given to that count: two claims
    Case("The council will pay a grant of £250 to 64,000 tenants.", "£250", 250, "GBP"),
    Case("The council will pay a grant of £250 to 64,000 tenants.", "64,000", 64000),
    # "from X to Y" is a range unless a word of change leads to it ("rose from 40 to 60"); only the words
    # just before count, not a change said earlier in a long sentence
    Case("Drawn up in 2016, the code of conduct sets a rising scale of penalties from $50,000 to $2 million.",
         "$50,000 to $2 million", None,
         "USD", low=5e4, high=2e6),
    Case("The road is between 20 and 30 km long.", "20 and 30 km", None, "km", low=20, high=30),
    Case("Inflation was 20-30% last year.", "20-30%", None, "percent", low=20, high=30, kind="percent"),
    Case("Estimates of the crowd range from 5 to 7 million.", "5 to 7 million", None, low=5e6, high=7e6),
    Case("The trail is 5 to 7 km long.", "5 to 7 km", None, "km", low=5, high=7),
    Case("The share was 20 to 30 per cent.", "20 to 30 per cent", None, "percent", low=20, high=30),
    Case("The share was 20% to 30%.", "20% to 30%", None, "percent", low=20, high=30),
    Case("Prices ranged from $10 to $15.", "$10 to $15", None, "USD", low=10, high=15, kind="money"),
    Case("Between 200 and 300 homes were damaged.", "200 and 300", None, low=200, high=300),
    Case("Some 5-10 km of road washed away.", "5-10 km", None, "km", low=5, high=10),
    Case("The fund grew between $3m and $5m a year.", "$3m and $5m a year", None, "USD/year", low=3e6, high=5e6),
    Case("Rents rose 3–5% in the spring.", "3–5%", None, "percent", low=3, high=5),
    Case("Wages rose 20 to 30 per cent.", "20 to 30 per cent", None, "percent", low=20, high=30),
    # a word of change after the range is the whole range's
    Case("Analysts expect a 4% to 6% increase in fares.", "4% to 6% increase", None, "percent", low=4, high=6,
         direction="increase"),
    Case("Analysts expect a 4-6% fall in fares.", "4-6% fall", None, "percent", low=4, high=6, direction="decrease"),
]

RANGES_XFAIL: list[Case] = []

VAGUE = [
    Case("Dozens of shops shut.", "Dozens", vague=True, low=24, high=99, subject="shops"),
    Case("Hundreds of homes flooded.", "Hundreds", vague=True, low=200, high=999),
    Case("Several bridges collapsed.", "Several", vague=True, low=3, high=9),
    Case("A few ferries ran.", "A few", vague=True, low=2, high=5),
    Case("Scores of birds died.", "Scores", vague=True, low=40, high=99),
    Case("Several hundred workers struck.", "Several hundred", vague=True, low=300, high=900),
    Case("A few thousand people came.", "A few thousand", vague=True, low=2000, high=5000),
]

QUALIFIERS = [
    Case("The lake covers approximately 300 square kilometers.", "approximately 300 square kilometers", 300,
         "km**2", qualifier="approximately", low=285, high=315),
    Case("About 40 boats sank.", "About 40", 40, qualifier="about", low=38, high=42),
    Case("Roughly 2,000 jobs went.", "Roughly 2,000", 2000, qualifier="roughly", low=1900, high=2100),
    Case("Nearly 90 people died.", "Nearly 90", 90, qualifier="nearly", low=81, high=92.25),
    Case("Almost 50% of homes lack heat.", "Almost 50%", 50, "percent", qualifier="almost", low=45, high=51.25),
    Case("More than 40% backed the plan.", "More than 40%", 40, "percent", qualifier="more than", low=39,
         high=math.inf),
    Case("Over 1,000 runners entered.", "Over 1,000", 1000, qualifier="over", low=975, high=math.inf),
    Case("At least 12 people were hurt.", "At least 12", 12, qualifier="at least", low=11.7, high=math.inf),
    Case("Up to 500 jobs may go.", "Up to 500", 500, qualifier="up to", low=0, high=512.5),
    # a preposition before an article and a noun's measure is no qualifier; before a change it is one
    Case("Trains run over a 90 km line.", "90 km", 90, "km", qualifier=None, low=87.75, high=92.25),
    Case("Shares saw nearly a 20% drop.", "nearly a 20% drop", 20, "percent", qualifier="nearly", low=18,
         high=20.5, direction="decrease"),
    Case("The two loans add up to 7,000 francs.", "7,000 francs", 7000, "CHF", qualifier=None, low=6825,
         high=7175),  # "add up to" states a total, not a most
    Case("Fewer than 20 seats remain.", "Fewer than 20", 20, qualifier="fewer than", low=0, high=20.5),
    Case("Under 10% of cars are electric.", "Under 10%", 10, "percent", qualifier="under", low=0, high=10.25),
    Case("The yard is some 80 m² in size.", "some 80 m²", 80, "m**2", qualifier="some", low=76, high=84),
    Case("Just over 600 people voted.", "Just over 600", 600, qualifier="just over", low=585, high=660),
    Case("The war has lasted more than two years.", "more than two years", 2, "year", low=2, high=math.inf),
    Case("Europe took 143,000 tonnes, exactly half.", "exactly half", 0.5, kind="fraction", qualifier="exactly"),
]

ROUNDING = [
    # numerals.MAX_ROUNDING: half a unit of the last significant digit, at most 2.5% of the value
    Case("Police counted 1,500 marchers.", "1,500", 1500, low=1462.5, high=1537.5),
    Case("Police counted 1,487 marchers.", "1,487", 1487, low=1486.5, high=1487.5),
    Case("There were 17 protests.", "17", 17, low=16.575, high=17.425),
    Case("The tower is 330 meters high.", "330 meters", 330, "m", low=325, high=335),
    Case("The rod is 1.2 metres long.", "1.2 metres", 1.2, "m", low=1.17, high=1.23),
    Case("Nine ships docked.", "Nine", 9, low=9, high=9),  # number words are exact
]

CHANGES = [
    Case("Membership rose 25% this year.", "rose 25%", 25, "percent", kind="change", direction="increase"),
    Case("The budget fell by $2bn.", "fell by $2bn", 2e9, "USD", kind="change", direction="decrease"),
    Case("Sales saw a 12% drop in May.", "12% drop", 12, "percent", kind="change", direction="decrease"),
    Case("Prices are 18% higher than last year.", "18% higher", 18, "percent", direction="increase"),
    Case("Sales were 40% below target.", "40% below", 40, "percent", direction="decrease"),
    Case("It cost £6.7bn more than planned.", "£6.7bn more", 6.7e9, "GBP", direction="increase"),
    Case("Sales were 12% lower.", "12% lower", 12, "percent", direction="decrease"),
    Case("Rates rose 0.5% in June.", "rose 0.5%", 0.5, "percent", kind="change", direction="increase"),
    Case("The index lost 2.3% on Friday.", "lost 2.3%", 2.3, "percent", direction="decrease"),
    Case("Imports fell by a third.", "fell by a third", 1 / 3, direction="decrease"),
    # a verb of change, adverbs and a comma before "by": the size of that change, not a range to the level
    Case("Burglaries dropped less sharply, by 4% to 6,120.", "4%", 4, "percent", direction="decrease"),
    Case("Fares went up again, by 3%.", "3%", 3, "percent", direction="increase"),
    Case("The council will lower its rent cap by 5% in April.", "5%", 5, "percent", direction="decrease"),
    Case("Ticket sales slipped, by 2% to 41,600.", "2%", 2, "percent", direction="decrease"),
    Case("Sales were lower in May, by 6%.", "6%", 6, "percent"),  # a date between: no verb read
    Case("Output fell by half.", "fell by half", 0.5, direction="decrease"),
    Case("The farm lost a fifth of its herd.", "a fifth", 0.2, direction="decrease"),
    # "down a fifth at 1,600": a share moved, with the level after "at"
    Case("Orders were down a fifth at 1,600.", "down a fifth", 0.2, direction="decrease"),
    Case("Exports were up a quarter at $2bn.", "up a quarter", 0.25, direction="increase"),
    Case("Exports rose 20% to $4bn.", "rose 20%", 20, "percent", direction="increase"),
    Case("Exports rose 20% to $4bn.", "$4bn", 4e9, "USD", direction=None),
    Case("Turnout was 62%.", "62%", 62, "percent", direction=None),
    # "grew from 5 to 7 million" is two levels of a change, not a range; the first shares the scale
    Case("The city grew from 5 to 7 million people.", "5", 5e6),
    # a rate restated per another period keeps its own period, not its partner's
    Case("The fund pays out £60m a year, or £5m a month.", "£5m a month", 5e6, "GBP/month", kind="money"),
    # "to 40% from 38": the bare level of a share inherits its unit across "to ... from"
    Case("In the poll, support rose to 40% from 38.", "38", 38, "percent"),
    Case("The poll lead shrank to 2 points from 6.", "6", 6, "percentage_point"),
    # "up from" after a rate restating a level parallels the level, nearer in size; a period is no level
    Case("The appeal raised £12m in its six-hour broadcast, about £2m an hour, up from £10m.", "£10m", 1e7, "GBP"),
    # a period between ("in the six months to June") is no level whose unit a compared value takes
    Case("The mill made 4.2 million tonnes in the six months to June, 5% less than the 4.4 million of 2024.",
         "4.4 million", 4.4e6, "tonne"),
    # a denominator pint reads that the table lacks
    Case("Wine sold for £310 per hectolitre.", "£310 per hectolitre", 310, "GBP/hectoliter", kind="money"),
    Case("Each bus saves 90 tonnes of CO2 a year.", "90 tonnes of CO2 a year", 90, "tonne/year", kind="measure"),
    # "a year before interest" is a rate before a deduction; "a year before the crash" a time
    Case("The loan costs $37m a year before interest.", "$37m a year", 3.7e7, "USD/year", kind="money"),
    Case("Sales were 40 a year before the crash.", "40", 40, kind="count"),
    # a verb a few words before "by", with its particle: "put up", "pushed down" (data/changes_en.tsv, "by")
    Case("The board will put up parking charges by 6%.", "6%", 6, "percent", direction="increase"),
    Case("Landlords are cutting average rents by 40 euros.", "40 euros", 40, "EUR", direction="decrease"),
    Case("The ferry firm brought fares down by 9%.", "down by 9%", 9, "percent", direction="decrease"),
    # a change restated after its noun keeps its direction; a list item with its verb left out takes it too
    Case("The index shed 310 points, or 0.8%, by noon.", "0.8%", 0.8, "percent", direction="decrease"),
    Case("Bravo Ltd was up 4.1%, Kestrel Group by 2.2% and Orla was flat.", "2.2%", 2.2, "percent",
         direction="increase"),
    Case("Exports fell 4%, hit by 10% tariffs.", "10%", 10, "percent", direction=None),
    # "fell to a quarter of its 1990 level": a fall by a factor; "fell to a third of voters" stays a share
    Case("Eel catches fell to a fifth of their 1980 level.", "fell to a fifth", 5, kind="multiplier",
         direction="decrease"),
    Case("Ridership dropped to half its pre-pandemic level.", "dropped to half", 2, kind="multiplier",
         direction="decrease"),
    Case("Approval fell to a third of members.", "a third", 1 / 3, kind="fraction"),
    Case("She finished in 2:41:07, shaving 38 seconds off her best.", "shaving 38 seconds", 38, "second",
         direction="decrease"),
    Case("The bypass cuts the trip to 50 minutes, a saving of 20 minutes.", "a saving of 20 minutes", 20,
         "minute", direction="decrease"),
    Case("Rents have risen by only £40 since May.", "risen by only £40", 40, "GBP", direction="increase"),
    Case("Diesel rose 9 cents to €1.71 a litre.", "rose 9 cents", 0.09, "EUR/liter", direction="increase"),
    Case("The scheme would halve the 300 vacancies.", "halve", 2, kind="multiplier", direction="decrease"),
    Case("Gas sold at 95 cents a therm.", "95 cents a therm", 0.95, "USD/therm", kind="money"),
    Case("Growers shipped 2.1 million bags of beans.", "2.1 million", 2.1e6, "dimensionless"),  # no pint "bag"
    # a premium or discount to a price is a change from it
    Case("The bid is an 18% premium to Monday's price.", "18% premium", 18, "percent", direction="increase"),
    Case("Members get a 15% discount on tickets.", "15% discount", 15, "percent", direction="decrease"),
    # "by £95 to £1,400 a year": a change then the level it reached, the change in the level's unit
    Case("The cap lowers the average bill by £95 to £1,400 a year.", "£95", 95, "GBP/year",
         direction="decrease"),
    Case("The cap lowers the average bill by £95 to £1,400 a year.", "£1,400 a year", 1400, "GBP/year",
         direction=None),
    # a price in pence after "down from" keeps the per-litre of the price it parallels
    Case("Diesel averaged 151.2p a litre, down from 155.8p.", "155.8p", 1.558, "GBP/liter", kind="money"),
    # an age given as it is now, set off by commas
    Case("The sisters, now 23, still run the stall.", "23", 23, "year", kind="duration"),
    # the verb of a change may stand ten words before "by"; beating a record by an amount is a rise
    Case("Ministers cut the herring quota in the Baltic for 2026 by 15%.", "15%", 15, "percent", direction="decrease"),
    Case("The team beat its previous record of 40 seconds by 25%.", "25%", 25, "percent", direction="increase"),
    Case("The glacier thinned by 2.1 metres.", "thinned by 2.1 metres", 2.1, "m", direction="decrease"),
    # an amount more or less per unit of time: the rate after the direction word
    Case("That is about £120 more a year for most homes.", "about £120 more a year", 120, "GBP/year",
         direction="increase"),
    Case("Fares are £2 more than a year earlier.", "£2 more", 2, "GBP", direction="increase"),
    # a percentage over a budget or target is an overrun; over a span of time it is no change
    Case("The bridge cost €640m, some 12% over its original budget.", "some 12% over", 12, "percent",
         direction="increase"),
    Case("Rainfall was 20% over the period.", "20%", 20, "percent", direction=None),
    # "lost three times as many": a comparison of two counts, no fall
    Case("The army lost three times as many tanks as its rival.", "three times as many", 3, kind="ratio",
         direction=None),
    # an upgrade is a change of a percentage, not of a sum spent on one
    Case("The £1.6 billion upgrade cost about £9m per kilometre.", "£1.6 billion", 1.6e9, "GBP", direction=None),
    # a count, its noun after a hyphen, then a word of direction: "a 12-seat gain"
    Case("Labour made a 12-seat gain in the north.", "12-seat gain", 12, direction="increase"),
    Case("The 30-year-old won.", "30-year-old", 30, "year", direction=None),
    # a win by a score: "beat ... by 28 points to 12" states both scores, not a margin
    Case("Harwick beat Lenmoor by 28 points to 12 on Sunday.", "28", 28, direction=None),
]

DATES = [
    Case("Sales were 4,900 two years ago.", "two years ago", None, kind="date"),
    Case("The crater formed 66 million years ago.", "66 million years", 66e6, "year", kind="duration"),
    Case("The mine closed last August.", "last August", kind="date", date="2024-08", published="2025-03-12"),
    Case("The bridge opened in 2014.", "2014", kind="date", date="2014"),
    Case("Talks resume on March 3.", "March 3", kind="date", date="2025-03-03", published="2025-03-12"),
    Case("The vote was held on March 3, 2025.", "March 3, 2025", kind="date", date="2025-03-03"),
    Case("The shop closes at 3 p.m.", "3 p.m.", kind="date"),
    Case("The ferry sails at 6.45 am daily.", "6.45 am", kind="date"),
    Case("The bakery opens at 7.30am.", "7.30am", kind="date"),
    Case("The bar shuts at 11.15 pm.", "11.15 pm", kind="date"),
    Case("I am sure we left at 4 am.", "4 am", kind="date"),
    Case("Rates rose 0.5% in June.", "June", kind="date", date="2024-06", published="2025-03-12"),
    Case("The 1990s were calm.", "1990s", kind="date"),
    # "May" and "March" are dates beside a temporal word, or after another month and "and"
    Case("Output fell between January and May.", "May", kind="date"),
    Case("Work paused in February and March.", "March", kind="date"),
    # a time counted back is a date, in a sentence of one number too; "earlier than" compares
    Case("It happened two years ago.", "two years ago", None, kind="date"),
    Case("The queue grew to 900 from 600 two years earlier.", "two years earlier", None, kind="date"),
    Case("The line opened two years earlier than planned.", "two years", 2, "year", kind="duration"),
    Case("The meteorite fell about 4,500 years ago.", "about 4,500 years ago", None, kind="date"),
    Case("The line opens in mid-2026, the F-35 a year later.", "2026", kind="date"),  # not "F-35"
]

DATES_XFAIL: list[Case] = []

SUBJECTS = [
    Case("They found 12 villages in the valley.", "12", 12, subject="villages"),
    Case("The ferry takes 300 passengers.", "300", 300, subject="passengers"),
    Case("The death toll climbed to 42.", "42", 42, subject="death toll"),
    Case("Unemployment fell 2% in the spring.", "2%", 2, "percent", subject="Unemployment"),
]

#: a whole document of my own (fixtures/economy-brief.md): the same checks, in running Markdown prose
BRIEF = (Path(__file__).parent.parent / "fixtures" / "economy-brief.md").read_text(encoding="utf-8")
BRIEF_PUBLISHED = "2025-04-01"


def _brief(surface: str, *args: object, **kwargs: object) -> Case:
    return Case(BRIEF, surface, *args, published=BRIEF_PUBLISHED, **kwargs)  # type: ignore[arg-type]


ECONOMY_BRIEF = [
    _brief("rose 12%", 12, "percent", kind="change", direction="increase"),
    _brief("4.2 million tonnes", 4.2e6, "tonne", direction=None),
    _brief("fell by a third", 1 / 3, direction="decrease"),
    _brief("40", 40, subject="boats"),
    _brief("doubled", 2, kind="multiplier", direction="increase"),
    _brief("About 2,300", 2300, qualifier="about", low=2185, high=2415),
    _brief("one-fifth", 0.2, kind="fraction", qualifier="roughly"),
    _brief("6.5%", 6.5, "percent", direction=None),
    _brief("1.2 percentage points", 1.2, "percentage_point", direction="decrease"),
    _brief("£950 a month", 950, "GBP/month", kind="money"),
    _brief("Dozens", vague=True, low=24, high=99, subject="shops"),
    _brief("several", vague=True, low=3, high=9),
    _brief("320 MW", 320, "MW"),
    _brief("150,000", 150_000, subject="homes"),
    _brief("31°C", 31, "degC"),
    _brief("July", kind="date", date="2024-07"),
    _brief("five days", 5, "day", kind="duration"),
    _brief("three weeks", 21, "day", qualifier="nearly", low=18.9, high=21),
    _brief("8 and 10 per cent", None, "percent", low=8, high=10, direction="increase"),
]

ECONOMY_BRIEF_XFAIL: list[Case] = []

TABLES = {
    "DIGITS": DIGITS,
    "SCALES": SCALES,
    "NUMBER_WORDS": NUMBER_WORDS,
    "FRACTIONS": FRACTIONS,
    "PERCENTAGES": PERCENTAGES,
    "PERCENTAGE_POINTS": PERCENTAGE_POINTS,
    "MULTIPLIERS": MULTIPLIERS,
    "RATIOS": RATIOS,
    "NAMED_QUANTITIES": NAMED_QUANTITIES,
    "UNITS": UNITS,
    "CURRENCIES": CURRENCIES,
    "RANGES": RANGES,
    "VAGUE": VAGUE,
    "QUALIFIERS": QUALIFIERS,
    "ROUNDING": ROUNDING,
    "CHANGES": CHANGES,
    "DATES": DATES,
    "SUBJECTS": SUBJECTS,
    "ECONOMY_BRIEF": ECONOMY_BRIEF,
}

XFAIL_TABLES = {
    "NUMBER_WORDS_XFAIL": NUMBER_WORDS_XFAIL,
    "PERCENTAGE_POINTS_XFAIL": PERCENTAGE_POINTS_XFAIL,
    "UNITS_XFAIL": UNITS_XFAIL,
    "RANGES_XFAIL": RANGES_XFAIL,
    "DATES_XFAIL": DATES_XFAIL,
    "ECONOMY_BRIEF_XFAIL": ECONOMY_BRIEF_XFAIL,
}


def idfn(name: str, case: Case) -> str:
    return f"{name}:{case.surface}"


def _params() -> list[object]:
    params: list[object] = []
    for name, cases in TABLES.items():
        params += [pytest.param(case, id=idfn(name, case)) for case in cases]
    for name, cases in XFAIL_TABLES.items():
        for case in cases:
            assert case.reason, f"{name}: {case.surface!r} needs a reason"
            mark = pytest.mark.xfail(strict=True, reason=case.reason)
            params.append(pytest.param(case, id=idfn(name, case), marks=mark))
    return params


@pytest.mark.parametrize("case", _params())
def test_claim(case: Case) -> None:
    check_case(case)


def test_tables_hold_only_own_cases() -> None:
    """Every surface occurs in its text, and passing tables carry no xfail reason."""
    for name, cases in {**TABLES, **XFAIL_TABLES}.items():
        for case in cases:
            assert case.surface in case.text, f"{name}: {case.surface!r} not in {case.text!r}"
            assert bool(case.reason) == name.endswith("_XFAIL"), f"{name}: {case.surface!r}"


# --- every qualifier of the data file, through the pipeline ---------------------------------------------

def _qualifier_rows() -> list[tuple[str, str, str]]:
    from quant.lexicon import table

    return table("qualifiers_en.tsv", 3)["qualifiers"]


@pytest.mark.parametrize(("qualifier", "low", "high"), _qualifier_rows(), ids=[r[0] for r in _qualifier_rows()])
def test_every_qualifier_widens_as_the_data_says(qualifier: str, low: str, high: str) -> None:
    """"<qualifier> 400 boats": the interval is the hull of 390..410 (the digits' own rounding) and
    400 x the data file's factors."""
    text = f"The survey counted {qualifier} 400 boats in the bay."
    claim = find_claim(Case(text, f"{qualifier} 400"))
    assert claim.text.lower().startswith(qualifier.lower()), claim
    assert claim.value == 400
    assert _close(claim.low, min(390.0, 400 * float(low))), claim
    assert _close(claim.high, max(410.0, 400 * float(high))), claim


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The town beat its old record of 39.1°C, set in 2003, by 1.2°C.", "1.2°C"),
        ("Days peak at -5°C and nights fall to -70°C, a swing of 65°C.", "65°C"),
        ("Readings on the ridge spanned a range of 41°F.", "41°F"),
    ],
)
def test_a_temperature_after_by_or_a_gap_noun_is_a_difference(text: str, surface: str) -> None:
    claim = next(c for c in quant.check(text).claims if c.text == surface)
    assert claim.unit.startswith("delta_deg"), claim


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("Rents average £1,380 a month, up 15% on the £1,200 paid a year earlier.", "£1,200", "GBP/(month)"),
        ("Homes pay €1,840 a year, 15% more than in 2021, when the bill was €1,450.", "€1,450", "EUR/(year)"),
        ("Diesel hit $1.62 a litre, up 20% since May, when it cost $1.35.", "$1.35", "USD/(liter)"),
        ("Tenants pay £118 a week, less than half the £265 charged privately.", "£265", "GBP/(week)"),
    ],
)
def test_a_level_compared_inherits_the_rate_of_the_level_now(text: str, surface: str, unit: str) -> None:
    claim = next(c for c in quant.check(text).claims if c.text == surface)
    assert claim.unit == unit, claim


def test_a_count_after_with_inherits_no_unit_from_the_phrase_before() -> None:
    """'... to 640 tonnes from 900 tonnes, with the workforce cut by 200 to 2,400': 2,400 is a count."""
    text = "Output per worker fell to 640 tonnes from 900 tonnes, with the workforce cut by 200 to 2,400."
    claim = next(c for c in quant.check(text).claims if c.text == "2,400")
    assert claim.unit == "dimensionless", claim


@pytest.mark.parametrize("text", ["Gunners brought down 41 of the drones.",
                                  "The cold snap would draw down 1.2 billion cubic metres of stored gas."])
def test_a_particle_verb_is_no_fall(text: str) -> None:
    claim = quant.check(text).claims[0]
    assert claim.direction is None and not claim.text.startswith("down"), claim


@pytest.mark.parametrize("word, direction", [("narrower", "decrease"), ("wider", "increase")])
def test_a_gap_in_points_narrower_or_wider_than_a_level_has_a_direction(word: str, direction: str) -> None:
    claim = quant.check(f"The gap is 2 points {word} than last year's 9%.").claims[0]
    assert (claim.unit, claim.direction) == ("percentage_point", direction), claim


def test_euro_cents_are_a_unit_and_the_cents_beside_them_are_euro_cents() -> None:
    claims = quant.check("Dairies paid 38.5 euro cents a litre, down 5% from 40.5 cents.").claims
    assert [(c.text, c.unit) for c in claims if c.unit != "percent"] == [
        ("38.5 euro cents a litre", "euro_cent/(liter)"),
        ("40.5 cents", "euro_cent/(liter)"),
    ], claims


def test_a_bare_degree_takes_the_scale_of_the_temperatures_not_their_bracketed_conversions() -> None:
    text = "The town hit 41.2°C (106.2°F) on Monday, 0.6 degrees above the record of 40.6°C."
    claim = next(c for c in quant.check(text).claims if c.text.startswith("0.6"))
    assert claim.unit == "delta_degC", claim
