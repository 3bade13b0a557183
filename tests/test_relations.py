"""Relations: which claims are linked, in which roles, on claims built by hand.

Every passage was written for these tests. Tables:

* LINKS: a passage, its claims, and a link that must be made (kind, surfaces, roles), firm.
* NOT_LINKED: pairs of claims that must not be joined by a firm link.
* END_TO_END: passages run through quant.check (extraction included) that must give a finding.
* NO_ALARM: passages run through quant.check that must give no inconsistent finding.

New cases go in the table of the behaviour they show, with a name that says what it checks.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

import quant
from quant import relations, sentences
from quant.interval import Interval
from quant.model import Claim, Direction, FindingKind, Kind, Relation, RelationKind, Span
from quant.relations import changes, conversions, gaps, products, rates, shares, sums

UP, DOWN = Direction.INCREASE, Direction.DECREASE


@dataclass(frozen=True)
class C:
    surface: str
    kind: Kind
    value: float
    unit: str = "dimensionless"
    direction: Direction | None = None
    cue: str | None = None


def build(text: str, specs: tuple[C, ...]) -> tuple[Claim, ...]:
    sents = sentences.split(text)
    out: list[Claim] = []
    at = 0
    for n, spec in enumerate(specs, start=1):
        start = text.index(spec.surface, at)
        at = start + len(spec.surface)
        sentence = next(s.index for s in sents if s.span.start <= start < s.span.end)
        iv = Interval(spec.value * 0.995, spec.value * 1.005)
        out.append(
            Claim(
                f"c{n}",
                Span(start, at),
                spec.surface,
                sentence,
                spec.kind,
                spec.value,
                iv,
                spec.unit,
                direction=spec.direction,
                cue=spec.cue,
            )
        )
    return tuple(out)


def link(text: str, specs: tuple[C, ...]) -> tuple[tuple[Relation, ...], dict[str, str]]:
    claims = build(text, specs)
    return relations.link(text, sentences.split(text), claims), {c.id: c.text for c in claims}


@dataclass(frozen=True)
class Link:
    name: str
    text: str
    claims: tuple[C, ...]
    kind: RelationKind
    roles: dict[str, str]  #: surface -> role

    def __str__(self) -> str:
        return self.name


LINKS = [
    Link(
        "a gap named as the subject, with the two shares after it in the sentence",
        "The gap between the two leading candidates has shrunk to 4 points, with Ortiz on 44% and Lind on 40%.",
        (
            C("4 points", Kind.PERCENT, 4, "percentage_point", cue="to"),
            C("44%", Kind.PERCENT, 44, "percent"),
            C("40%", Kind.PERCENT, 40, "percent"),
        ),
        RelationKind.DIFFERENCE,
        {"4 points": "change", "40%": "before", "44%": "after"},
    ),
    Link(
        "a percentage named as a premium to a price: the change from that price to the offer before it",
        "The bidder offered 820p a share, a 30% premium to the stock's last close of 630p.",
        (
            C("820p", Kind.MONEY, 8.2, "GBP"),
            C("30%", Kind.PERCENT, 30, "percent"),
            C("630p", Kind.MONEY, 6.3, "GBP"),
        ),
        RelationKind.CHANGE,
        {"30%": "change", "630p": "before", "820p": "after"},
    ),
    Link(
        "a percentage named as a discount to a price",
        "New shares were sold at $12.60, a 10% discount to Monday's close of $14.",
        (
            C("$12.60", Kind.MONEY, 12.6, "USD"),
            C("10%", Kind.PERCENT, 10, "percent"),
            C("$14", Kind.MONEY, 14, "USD"),
        ),
        RelationKind.CHANGE,
        {"10%": "change", "$14": "before", "$12.60": "after"},
    ),
    Link(
        "a growth rate's earlier level after ', up from' is the rate before, not what grew by it",
        "The economy grew 2.4% last year, up from 1.9% the year before.",
        (C("grew 2.4%", Kind.CHANGE, 2.4, "percent", UP), C("1.9%", Kind.PERCENT, 1.9, "percent", cue="from")),
        RelationKind.CHANGE,
        {"1.9%": "before", "grew 2.4%": "after"},
    ),
    Link(
        "a rate of change with its own earlier level after ', down from'",
        "House prices rose 3.2% in the year to May, down from 4.1% in April.",
        (
            C("rose 3.2%", Kind.CHANGE, 3.2, "percent", UP),
            C("May", Kind.DATE, 5),
            C("4.1%", Kind.PERCENT, 4.1, "percent", cue="from"),
            C("April", Kind.DATE, 4),
        ),
        RelationKind.CHANGE,
        {"4.1%": "before", "rose 3.2%": "after"},
    ),
    Link(
        "'an area of' after a comma restates the area in another unit",
        "Floods have covered 2,500 hectares of farmland since March, an area of about 25 km².",
        (C("2,500 hectares", Kind.MEASURE, 2500, "hectare"), C("about 25 km²", Kind.MEASURE, 25, "km**2")),
        RelationKind.CONVERSION,
        {"2,500 hectares": "same", "about 25 km²": "same"},
    ),
    Link(
        "an amount 'for each of' a count, times the count, is the amount before them",
        "The appeal raised £2.1m over the winter, or £70 for each of its 30,000 donors.",
        (
            C("£2.1m", Kind.MONEY, 2.1e6, "GBP"),
            C("£70", Kind.MONEY, 70, "GBP"),
            C("30,000", Kind.COUNT, 30000),
        ),
        RelationKind.RATE,
        {"£2.1m": "product", "£70": "factor", "30,000": "factor"},
    ),
    Link(
        "a count of things at an amount 'each' makes the amount before them",
        "The order is worth €36m, enough to buy 120 buses at €300,000 each.",
        (
            C("€36m", Kind.MONEY, 36e6, "EUR"),
            C("120", Kind.COUNT, 120),
            C("€300,000", Kind.MONEY, 300000, "EUR"),
        ),
        RelationKind.RATE,
        {"€36m": "product", "120": "factor", "€300,000": "factor"},
    ),
    Link(
        "a value before a colon broken down into a closed list is its total",
        "The airport handled 9.2 million passengers in 2025: 5.1 million on short-haul flights, "
        "2.6 million on long-haul and 1.5 million on charters.",
        (
            C("9.2 million", Kind.COUNT, 9.2e6),
            C("2025", Kind.DATE, 2025),
            C("5.1 million", Kind.COUNT, 5.1e6),
            C("2.6 million", Kind.COUNT, 2.6e6),
            C("1.5 million", Kind.COUNT, 1.5e6),
        ),
        RelationKind.SUM,
        {"9.2 million": "total", "5.1 million": "part", "2.6 million": "part", "1.5 million": "part"},
    ),
    Link(
        "a lead in points is the gap between the two largest shares listed before it",
        "In the latest survey the Liberals have 42%, Labour 35% and the Greens 11%. "
        "The Liberals' five-point lead is their smallest since May.",
        (
            C("42%", Kind.PERCENT, 42, "percent"),
            C("35%", Kind.PERCENT, 35, "percent"),
            C("11%", Kind.PERCENT, 11, "percent"),
            C("five-point", Kind.PERCENT, 5, "percentage_point"),
        ),
        RelationKind.DIFFERENCE,
        {"five-point": "change", "35%": "before", "42%": "after"},
    ),
    Link(
        "'a margin of N points' after two shares in its sentence",
        "The mayor won 53% to her rival's 41%, a margin of 12 points.",
        (
            C("53%", Kind.PERCENT, 53, "percent"),
            C("41%", Kind.PERCENT, 41, "percent"),
            C("12 points", Kind.PERCENT, 12, "percentage_point"),
        ),
        RelationKind.DIFFERENCE,
        {"12 points": "change", "41%": "before", "53%": "after"},
    ),
    Link(
        "'of which' after a rate in apposition refers to the amount the part is a share of",
        "The port handled 2,600 ships last year, about 50 a week, of which 40% flew foreign flags, some 1,040 vessels.",
        (
            C("2,600", Kind.COUNT, 2600),
            C("about 50 a week", Kind.MEASURE, 50, "1/week"),
            C("40%", Kind.PERCENT, 40, "percent"),
            C("some 1,040", Kind.COUNT, 1040),
        ),
        RelationKind.SHARE,
        {"2,600": "whole", "40%": "share", "some 1,040": "part"},
    ),
    Link(
        "a ratio compares the value after 'as many as', not the nearer rate",
        "The museum drew 96,000 visitors in 2025, some 260 a day, "
        "roughly four times as many as the 24,000 of its first year.",
        (
            C("96,000", Kind.COUNT, 96000),
            C("2025", Kind.DATE, 2025),
            C("some 260 a day", Kind.MEASURE, 260, "1/day"),
            C("roughly four times as many", Kind.RATIO, 4),
            C("24,000", Kind.COUNT, 24000),
        ),
        RelationKind.RATIO,
        {"24,000": "before", "96,000": "after", "roughly four times as many": "change"},
    ),
    Link(
        "'N times its profit of X' multiplies X",
        "The offer values the brewer at about 15 times its yearly profit of $30m.",
        (C("about 15 times", Kind.RATIO, 15), C("$30m", Kind.MONEY, 30e6, "USD")),
        RelationKind.RATIO,
        {"about 15 times": "change", "$30m": "before"},
    ),
    Link(
        "after value before its change",
        "The army holds 300 km², a five-fold decrease.",
        (C("300 km²", Kind.MEASURE, 300, "km**2"), C("five-fold decrease", Kind.MULTIPLIER, 5, direction=DOWN)),
        RelationKind.CHANGE,
        {"300 km²": "after", "five-fold decrease": "change"},
    ),
    Link(
        "from and to after the change",
        "Arrivals rose 35% in a year, from 420 to 610.",
        (
            C("rose 35%", Kind.CHANGE, 35, "percent", UP),
            C("a year", Kind.DURATION, 1, "year"),
            C("420", Kind.COUNT, 420, cue="from"),
            C("610", Kind.COUNT, 610, cue="to"),
        ),
        RelationKind.CHANGE,
        {"rose 35%": "change", "420": "before", "610": "after"},
    ),
    Link(
        "compared with before a decline",
        "Profit was $212m, compared with $248m, a 20% decline.",
        (
            C("$212m", Kind.MONEY, 212e6, "USD"),
            C("$248m", Kind.MONEY, 248e6, "USD"),
            C("a 20% decline", Kind.CHANGE, 20, "percent", DOWN),
        ),
        RelationKind.CHANGE,
        {"$212m": "after", "$248m": "before"},
    ),
    Link(
        "a value after 'below' is the reference",
        "Turnout stood at 58%, 4 points below the 62% of 2019.",
        (
            C("58%", Kind.PERCENT, 58, "percent"),
            C("4 points below", Kind.CHANGE, 4, "percentage_point", DOWN),
            C("62%", Kind.PERCENT, 62, "percent"),
        ),
        RelationKind.DIFFERENCE,
        {"58%": "after", "62%": "before"},
    ),
    Link(
        "a share of the whole after 'of the'",
        "Some 45% of the 8,000 pupils walk to school.",
        (C("Some 45%", Kind.PERCENT, 45, "percent"), C("8,000", Kind.COUNT, 8000)),
        RelationKind.SHARE,
        {"Some 45%": "share", "8,000": "whole"},
    ),
    Link(
        "a part restated as a share",
        "Rail carried 2.4 million tonnes, or 18%, of the freight.",
        (C("2.4 million tonnes", Kind.MEASURE, 2.4e6, "tonne"), C("18%", Kind.PERCENT, 18, "percent")),
        RelationKind.SHARE,
        {"2.4 million tonnes": "part", "18%": "share"},
    ),
    Link(
        "a whole named first, its part later",
        "Of the 1,400 applicants, 35% were hired, some 490 people.",
        (C("1,400", Kind.COUNT, 1400), C("35%", Kind.PERCENT, 35, "percent"), C("some 490", Kind.COUNT, 490)),
        RelationKind.SHARE,
        {"1,400": "whole", "35%": "share", "some 490": "part"},
    ),
    Link(
        "parts after 'made up of'",
        "Aid reached €9bn, made up of €4bn in grants, €3bn in loans and €2bn in guarantees.",
        (
            C("€9bn", Kind.MONEY, 9e9, "EUR"),
            C("€4bn", Kind.MONEY, 4e9, "EUR"),
            C("€3bn", Kind.MONEY, 3e9, "EUR"),
            C("€2bn", Kind.MONEY, 2e9, "EUR"),
        ),
        RelationKind.SUM,
        {"€9bn": "total", "€4bn": "part", "€2bn": "part"},
    ),
    Link(
        "a conversion in parentheses",
        "The lake covers 52 km² (20 square miles).",
        (C("52 km²", Kind.MEASURE, 52, "km**2"), C("20 square miles", Kind.MEASURE, 20, "mile**2")),
        RelationKind.CONVERSION,
        {"52 km²": "same", "20 square miles": "same"},
    ),
    Link(
        "a rate, a duration and an amount",
        "Crews laid 3 km of track a day for 12 days, about 36 km in all.",
        (
            C("3 km of track a day", Kind.MEASURE, 3, "km/day"),
            C("12 days", Kind.DURATION, 12, "day"),
            C("about 36 km", Kind.MEASURE, 36, "km"),
        ),
        RelationKind.RATE,
        {"3 km of track a day": "rate", "12 days": "duration", "about 36 km": "amount"},
    ),
    Link(
        "a ratio across a clause",
        "The north built 30 homes, but the south, at 90, built three times as many.",
        (C("30", Kind.COUNT, 30), C("90", Kind.COUNT, 90), C("three times", Kind.RATIO, 3)),
        RelationKind.RATIO,
        {"30": "before", "90": "after"},
    ),
]

NOT_LINKED = [
    (
        "'a total of' after a comma is another amount, not the same one restated",
        "The fire burned 300 hectares on Monday, a total of 9 km² since it began.",
        (C("300 hectares", Kind.MEASURE, 300, "hectare"), C("9 km²", Kind.MEASURE, 9, "km**2")),
        ("300 hectares", "9 km²"),
    ),
    (
        "an amount for each of a count after 'with' is not a share-out of the amount before",
        "Revenue rose to $5bn, with $2 paid for each of its 300 million shares.",
        (C("$5bn", Kind.MONEY, 5e9, "USD"), C("$2", Kind.MONEY, 2, "USD"), C("300 million", Kind.COUNT, 3e8)),
        ("$5bn", "$2"),
    ),
    (
        "parts after 'including' are some of the total before the colon, not all",
        "The fund paid out £40m last year: including £12m to schools and £9m to clinics.",
        (C("£40m", Kind.MONEY, 40e6, "GBP"), C("£12m", Kind.MONEY, 12e6, "GBP"), C("£9m", Kind.MONEY, 9e6, "GBP")),
        ("£40m", "£12m"),
    ),
    (
        "a lead over a named rival is not the gap between the two largest shares",
        "Labour has 35% and the Greens 11%; the Liberals' lead of 4 points over the Greens is new.",
        (
            C("35%", Kind.PERCENT, 35, "percent"),
            C("11%", Kind.PERCENT, 11, "percent"),
            C("4 points", Kind.PERCENT, 4, "percentage_point"),
        ),
        ("4 points", "35%"),
    ),
    (
        "a count after the change's level is not its other level unless marked or joined",
        "The bakery chain cut its workforce by a quarter, leaving 300 bakers at its five shops.",
        (
            C("by a quarter", Kind.FRACTION, 0.25, direction=DOWN),
            C("300 bakers", Kind.COUNT, 300),
            C("five", Kind.COUNT, 5),
        ),
        ("by a quarter", "five"),
    ),
    (
        "the whole of 'N of the M' is not a level of a change",
        "Farmers now own 60 of the 250 tractors, three times as many as in 2015, when they owned 20.",
        (
            C("60", Kind.COUNT, 60),
            C("250 tractors", Kind.COUNT, 250),
            C("three times as many", Kind.RATIO, 3),
            C("2015", Kind.DATE, 2015),
            C("20", Kind.COUNT, 20),
        ),
        ("three times as many", "250 tractors"),
    ),
    (
        "a duration is not a before value",
        "Exports rose 35% in three months to 8,100 tonnes.",
        (
            C("rose 35%", Kind.CHANGE, 35, "percent", UP),
            C("three months", Kind.DURATION, 3, "month"),
            C("8,100 tonnes", Kind.MEASURE, 8100, "tonne"),
        ),
        ("rose 35%", "three months"),
    ),
    (
        "changes in separate clauses keep their own values",
        "Sales from Spain rose by half, to 5,700, while those from Italy fell 12% to 4,400.",
        (
            C("rose by half", Kind.CHANGE, 0.5, direction=UP),
            C("5,700", Kind.COUNT, 5700, cue="to"),
            C("fell 12%", Kind.CHANGE, 12, "percent", DOWN),
            C("4,400", Kind.COUNT, 4400, cue="to"),
        ),
        ("rose by half", "4,400"),
    ),
    (
        "a compound adjective is not a whole",
        "She made 41% of her three-point shots.",
        (C("41%", Kind.PERCENT, 41, "percent"), C("three", Kind.COUNT, 3)),
        ("41%", "three"),
    ),
    (
        "a total named at the head is not a part",
        "Of 900 voters, 500 said yes and 400 said no.",
        (C("900", Kind.COUNT, 900), C("500", Kind.COUNT, 500), C("400", Kind.COUNT, 400)),
        None,
    ),
]


def _roles(rel: Relation, texts: dict[str, str]) -> dict[str, str]:
    return {texts[c]: r for c, r in zip(rel.claims, rel.roles, strict=True)}


@pytest.mark.parametrize("case", LINKS, ids=str)
def test_links(case: Link) -> None:
    rels, texts = link(case.text, case.claims)
    firm = [r for r in rels if r.firm and r.kind is case.kind]
    assert any(case.roles.items() <= _roles(r, texts).items() for r in firm), f"{case.name}: " + "; ".join(
        f"{r.kind.value} {_roles(r, texts)}" for r in rels if r.firm
    )


@pytest.mark.parametrize("name, text, specs, pair", NOT_LINKED, ids=[c[0] for c in NOT_LINKED])
def test_not_linked(name: str, text: str, specs: tuple[C, ...], pair: tuple[str, str] | None) -> None:
    rels, texts = link(text, specs)
    for r in rels:
        if not r.firm:
            continue
        surfaces = {texts[c] for c in r.claims}
        if pair is None:  # the total of a sum must not be listed among its parts
            assert not (r.kind is RelationKind.SUM and "total" not in r.roles and len(surfaces) == 3), name
        else:
            assert not set(pair) <= surfaces, f"{name}: {r}"


def test_links_stay_within_a_window_and_time_grows_linearly() -> None:
    sentence = "Output rose 10% to 440 tonnes, from 400 tonnes, split between wheat (300 tonnes) and rye (140 tonnes). "

    def run(n: int) -> tuple[float, tuple[Relation, ...], tuple[Claim, ...]]:
        text = sentence * n
        claims = quant.check(text).claims
        t0 = time.perf_counter()
        rels = relations.link(text, sentences.split(text), claims)
        return time.perf_counter() - t0, rels, claims

    small, _, _ = run(20)
    large, rels, claims = run(160)
    assert large < small * 8 * 3 + 0.5  # 8x the text: far less than the 64x of all pairs
    where = {c.id: c.sentence for c in claims}
    for r in rels:
        spread = max(where[c] for c in r.claims) - min(where[c] for c in r.claims)
        assert spread <= relations.EQUATION_WINDOW


END_TO_END = [
    (
        "a part, a verb of share and the share of a whole ('at £90m, now takes up 30% of its £250m budget')",
        "Transport, at £90m, now takes up 30% of its £250m budget.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "a level compared 'than today's limit of 20 million' takes the unit of the rate it is compared with",
        "The new hall lifts capacity to 30 million visits a year, a third more than today's limit of 20 million.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "a lead that has grown to a level the two shares after it do not make",
        "Labour's lead has grown to 6 points in the latest poll, which puts it on 41% and the Tories on 33%.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "parts after 'of which' that make up the whole are reported as agreeing",
        "The fund holds $8bn, of which $5bn is in bonds and $3bn in shares.",
        FindingKind.CONSISTENT,
        8e9,
    ),
    (
        "a premium to a closing price that the offer does not make",
        "The group agreed to pay $52 a share, a 40% premium to the target's closing price of $41 on Monday.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "a discount to a closing price that the placing price makes",
        "New shares were sold at $12.60, a 10% discount to Monday's close of $14.",
        FindingKind.CONSISTENT,
        10,
    ),
    (
        "'grew N%, up from M%' implies the rate's rise in points",
        "Wages grew 3.1% in the year to June, up from 2.5% in May.",
        FindingKind.IMPLIED,
        0.6,
    ),
    (
        "a distance restated after a comma in other units that does not convert",
        "The new pipeline will run 240 km across the plain, a distance of about 190 miles.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "an average 'for each of' a count that does not multiply back to the total",
        "Anglers landed 3.6 tonnes of fish at the festival, an average of 5 kg for each of the 900 entrants.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "'enough to supply N homes using X each' against the output before it",
        "The wind farm will generate 150 GWh a year, enough to supply 50,000 homes using 3,000 kWh a year each.",
        FindingKind.CONSISTENT,
        50000,
    ),
    (
        "parts after a colon that do not add up to the value before it",
        "The county recycled 84,000 tonnes of waste last year: 41,000 tonnes of paper, 22,000 tonnes of glass "
        "and 15,000 tonnes of metal.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "a lead in points that is not the gap between the two leading shares",
        "The poll puts the Liberals on 42%, Labour on 35% and the Greens on 11%. The Liberals' five-point lead "
        "is their smallest since May.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "'of which N%' is a share of the amount before the rate set off by commas",
        "The charity fed 18,000 families this year, roughly 1,500 a month, of which 25% were new to it, "
        "about 5,400 households.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "'N times its revenue of X' implies N × X, not X ÷ N",
        "The deal values the club at about 12 times its yearly revenue of £50m.",
        FindingKind.IMPLIED,
        600e6,
    ),
    (
        "'N times as many as X' is checked against the count, not a nearer rate",
        "The museum drew 96,000 visitors in 2025, some 260 a day, "
        "roughly six times as many as the 24,000 of its first year.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "a five-fold decrease implies the earlier area",
        "The ministry says the rebels hold approximately 200 square kilometers, a five-fold decrease since May.",
        FindingKind.IMPLIED,
        1000,
    ),
    (
        "a rise that disagrees with from and to",
        "Ridership rose 10% last year, from 2,000 to 2,600.",
        FindingKind.INCONSISTENT,
        None,
    ),
    ("a wrong conversion", "The border runs 300 km (250 miles) through the hills.", FindingKind.INCONSISTENT, None),
    (
        "a share of a whole",
        "About 40% of the 5,000 residents left, roughly 2,000 people.",
        FindingKind.CONSISTENT,
        2000,
    ),
    (
        "a rate said to be an average, after its amount and duration",
        "In its 10-day run the fair sold 42,000 tickets, averaging 5,000 a day.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "a total before a colon and the parts after it",
        "The fund spent £7.5m in all last year: £4m on housing, £2m on schools and £1.5m on parks.",
        FindingKind.CONSISTENT,
        7.5e6,
    ),
    (
        "a share after ', with' ends a list of shares",
        "In the staff ballot 61% backed the offer and 42% rejected it, with 3% abstaining.",
        FindingKind.INCONSISTENT,
        None,
    ),
    (
        "'the remainder, N' completes the listed parts",
        "Of 900 pupils, 500 walk and 250 cycle; the remainder, 150, come by bus.",
        FindingKind.CONSISTENT,
        900,
    ),
    (
        "'which is' marks the value an equation is reported for",
        "The club will spend $96,000 on kit, which is $320 for each of its 300 members.",
        FindingKind.CONSISTENT,
        320,
    ),
    (
        "'over the quarter' after a level is a time, not a comparison",
        "Copper averaged $9,200 over the quarter, 8% above the $8,500 of a year before.",
        FindingKind.CONSISTENT,
        9180,
    ),
    (
        "an appositive change sums up the values before it",
        "The hospital treated 5,400 patients in 2024 against 4,500 in 2023, a rise of 20%, with 38 doctors.",
        FindingKind.CONSISTENT,
        20,
    ),
]


@pytest.mark.parametrize("name, text, kind, value", END_TO_END, ids=[c[0] for c in END_TO_END])
def test_end_to_end(name: str, text: str, kind: FindingKind, value: float | None) -> None:
    report = quant.check(text)
    hits = [f for f in report.findings if f.kind is kind]
    if value is not None:
        hits = [f for f in hits if f.value is not None and abs(f.value - value) <= 0.02 * value]
    assert hits, f"{name}: " + "; ".join(f"{f.kind.value} {f.value} {f.explanation}" for f in report.findings)


NO_ALARM = [
    (
        "a ratio's base is the value after 'N times the', and amounts in two units compare as amounts",
        "Fires burned 64,000 hectares this year, or 640 km², more than three times the average of 18,000 hectares.",
    ),
    (
        "a change's 'from' level in an earlier clause opened by ', as' is not the level of a later change",
        "The gap widened to $5.1bn in May from $3.9bn in April, as imports rose 9% to $14.6bn.",
    ),
    (
        "a level reached by one change ('to $14.6bn') is not the start of the next change in a list",
        "Imports rose 9% to $14.6bn and exports fell 2% to $9.5bn.",
    ),
    (
        "'N times since' counts occasions: no ratio between the rates around it",
        "The bank has cut its rate five times since May to 4.5%, and aims for a 2% rate next year.",
    ),
    (
        "a part named by 'of whom' is not listed with its whole against a later total",
        "The club has 1,200 members, 300 of whom joined this year, and a total of 80 staff.",
    ),
    (
        "a change in a clause opened by ', after' is not of the levels of the clause before it",
        "The board cut the haddock quota in the Baltic for 2027 by 18%, to 41,000 tonnes from 50,000, after "
        "biologists warned that breeding stocks had fallen to a quarter of their 1985 level.",
    ),
    (
        "parts after 'of which' may be some of the whole, not all",
        "The fund holds $8bn, of which $5bn is in bonds and $2bn in shares.",
    ),
    (
        "a lead among a group of voters is not the gap at the top of the whole poll",
        "The Conservatives were on 30%, Labour 28% and Reform 25%. Reform's nine-point lead among young voters is new.",
    ),
    (
        "a discount on orders over a sum is not a discount to that sum",
        "Members pay $40 a year, a 3% discount on orders over $500.",
    ),
    (
        "a ratio's later value is of the family of its earlier one, not a rate that inherits its unit",
        "Exports reached 3,100 tonnes, or 260 tonnes a month, double the 1,550 tonnes of the year before.",
    ),
    (
        "'of the total' before a part is not a total cue for the value after it",
        "The charity raised £6.2m, of which grants brought in £4.1m, about two-thirds of the total, "
        "and shops £930,000, or 15%.",
    ),
    (
        "a part restated with its share after 'of the total' is not the sum of the two values before",
        "The league sold 48,000 seats, of which season-ticket holders took 30,000, close to 60% of the total, "
        "while visiting fans had 4,800, or 10%.",
    ),
]


@pytest.mark.parametrize("name, text", NO_ALARM, ids=[c[0] for c in NO_ALARM])
def test_no_alarm(name: str, text: str) -> None:
    report = quant.check(text)
    alarms = [f for f in report.findings if f.kind is FindingKind.INCONSISTENT]
    assert not alarms, f"{name}: " + "; ".join(f.explanation for f in alarms)


#: the firm links link() does not look for around a lone claim, all but _leads
LONE_SKIPPED = (changes._changes, gaps._gaps, sums._rest_of_which, conversions._conversions, rates._rates,
                changes._rate_levels, changes._premiums, products._takings)


def test_a_lone_claim_of_its_sentence_makes_no_firm_link_but_a_lead() -> None:
    """link() skips every firm link but _leads for a sentence of one claim: each must find nothing there."""
    text = (
        "Sales rose 25%. Output was 440 tonnes. A 25% premium. 40% of them. Prices fell by a third. "
        "It costs $48m. 4 km a day. 3,500 kWh each. A total of 75. The rest, 400. Up 4.6%. A lead of 7 points. "
        "An average of $12 a car. At £120 each. A rate of 35 per 1,000 residents. The remaining 4.7%."
    )
    split = sentences.split(text)
    claims = quant.check(text).claims
    assert len({c.sentence for c in claims}) == len(claims) > 10
    items = {s.index: relations.items._items(text, s, [c for c in claims if c.sentence == s.index]) for s in split}
    for s in split:
        its, previous = items[s.index], items.get(s.index - 1, [])
        if not its:
            continue
        found = [f.__name__ for f in LONE_SKIPPED if list(f(its))]
        found += ["_levels"] * bool(list(changes._levels(its, set())))
        found += ["_shares"] * bool(list(shares._shares(its, text, s.span.start)))
        found += ["_sums"] * bool(list(sums._sums(its, previous)))
        found += ["_averages"] * bool(list(products._averages(its, previous, items)))
        found += ["_per_measure"] * bool(list(products._per_measure(its, items)))
        found += ["_gap_named_before"] * bool(list(gaps._gap_named_before(its, previous)))
        found += ["_per_capita"] * bool(list(products._per_capita(its, previous, items)))
        found += ["_remaining_share"] * bool(list(shares._remaining_share(its, previous)))
        found += ["_per_each"] * bool(list(products._per_each(its, previous)))
        assert not found, (s, found)
