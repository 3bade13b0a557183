"""Links of a rate to its duration and amount: "4 km a day over five days, about 20 km", a rate over the
years between two dates ("since 1995, an average of 3.8 mm a year"), and one over a single year or month named
("15.3 million vehicles in its first year, about 48,000 a day")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from quant import units
from quant.model import Kind, Relation, RelationKind
from quant.relations.items import Role, _averaged, _is_value, _Item, _marked_after, _plausible, _reference
from quant.relations.sums import _total_named
from quant.relations.words import _words, month_days, relation_words, rounding_qualifiers

#: a rate finds its duration and amount among this many claims on either side
RATE_REACH = 6


def _is_rate(item: _Item) -> bool:
    """An amount per unit of time ('4 km a day', '$2bn a year') or a power ('300 MW'), which times a
    duration is an amount; not an energy ('1,200 MWh'), though its dimension has time below the line."""
    if item.family is None or "/ [time]" not in item.family or item.claim.unit == "percent":
        return False
    below = item.claim.unit.rpartition("/")[2].strip("()") if "/" in item.claim.unit else ""
    return (bool(below) and units.dimensionality(below) == "[time]") or item.family == units.dimensionality("W")


def _rates(items: list[_Item]) -> Iterable[Relation]:
    """'4 km a day over the last five days, about 20 km': rate x duration = amount.

    A rate said to be an average ("sold 18,000 tickets in 12 weeks, averaging 1,900 a week") is worked
    out from the amount and duration stated before it, and is the value checked.
    """
    for rate in items:
        if not _is_rate(rate):
            continue
        near = items[max(0, rate.index - RATE_REACH) : rate.index + RATE_REACH + 1]
        durations = [
            d for d in near
            if d.family == "[time]" and not d.is_change and d is not rate and not d.claim.text.endswith("-old")
            # "212 hours in November, 9 hours a day": a time per unit of time is over a span in that unit only
            and (rate.family != "[time] / [time]" or d.claim.unit == rate.claim.unit.rpartition("/")[2].strip("()"))
        ]  # "the 24-year-old will earn €310,000 a week": an age, not the rate's duration
        # "..., an average of 47 km/h, finishing 23 seconds clear": a gap after the rate is not its duration
        later = [d for d in durations if d.index > rate.index and not d.diff_cue]
        averaged = not later and _averaged(rate)
        # "The course lasts six weeks, and trainees are paid €320 per week": a duration before the rate
        earlier = [d for d in durations if d.index < rate.index] if not later else []
        if not later and not earlier:
            continue
        duration = later[0] if later else earlier[-1]
        product = f"({rate.claim.unit})*({duration.claim.unit})"
        amounts = [
            a
            for a in near
            if (a.index > duration.index if later else a.index < rate.index)
            and a is not duration
            and (_is_value(a) or _moved(a, rate) or _adds_up(a, duration))
            and _could_make(rate, duration, product, a)
        ]
        if earlier and not amounts:
            # "a five-year contract worth €6.5m a year, €30m in total": the total named after the rate
            amounts = [
                a for a in items[rate.index + 1 : rate.index + 1 + RATE_REACH]
                if _is_value(a) and _total_named(a) and units.factor(product, a.claim.unit) is not None
            ][:1]
        elif earlier and not averaged and amounts:
            if not _restated_per_unit(rate, duration, amounts[-1], len(earlier)):
                continue  # an amount stated with a rate not said to be its average: no check to make
            averaged = True
        ids: tuple[str, ...] = (rate.id, duration.id)
        roles: tuple[str, ...] = (Role.RATE.value, Role.DURATION.value)
        amount = (amounts[0] if later else amounts[-1]) if amounts else None
        if amount is not None:
            ids += (amount.id,)
            roles += (Role.AMOUNT.value,)
        yield Relation(
            RelationKind.RATE,
            ids,
            f"'{rate.claim.text}' over '{duration.claim.text}'",
            roles,
            group=f"rate:{rate.id}",
            targets=(rate.id,) if averaged and amount is not None else (),
        )


def _moved(amount: _Item, rate: _Item) -> bool:
    """'advanced some 24 km in four days, roughly 6 km a day': a change in an amount, before its rate, is what
    the rate over the duration makes."""
    return amount.is_change and amount.index < rate.index and amount.family not in ("percent", "pp", "factor", None)


def _adds_up(amount: _Item, duration: _Item) -> bool:
    """'Arrivals have averaged 450 a day over the past three weeks, adding some 13,500 residents': an amount's
    change set off after the duration is what the rate over it made."""
    return (
        amount.is_change and amount.index > duration.index and amount.before_text.rstrip().endswith(",")
        and amount.family not in ("percent", "pp", "factor", None)
    )


def _could_make(rate: _Item, duration: _Item, product: str, amount: _Item) -> bool:
    """Whether the rate over the duration could make the amount: of its kind, and near enough ("gusts of
    145 km/h ... 96 mm of rain in 24 hours" is not)."""
    scale = units.factor(product, amount.claim.unit)
    if scale is None:
        return False
    made, stated = (rate.claim.value or 0.0) * (duration.claim.value or 0.0) * scale, amount.claim.value or 0.0
    # "200 MW ... for four hours ... delivering about 248 GWh" over a year: a product hundreds of times off is
    # of another span, not a wrong amount
    return _plausible(made, stated) and (not made or not stated or max(made / stated, stated / made) <= FAR_FROM_STATED)


_YEAR = re.compile(r"\d{4}")


def _dated_rates(items: list[_Item]) -> Iterable[Relation]:
    """'risen 11.4 cm since 1995, an average of 3.8 mm a year', '1,500 homes by 2030, or 300 a year': a
    rate said to be an average or restated, over the years between two dates (or between one and the day
    of publication), and the amount before it; findings divides the amount by the years."""
    for rate in items:
        if not _is_rate(rate) or not (_averaged(rate) or _restated_rate(rate)):
            continue
        near = items[max(0, rate.index - 2 * RATE_REACH) : rate.index + 2 * RATE_REACH + 1]
        stated = [
            v for v in near if v.family == "[time]" and not v.is_change and v is not rate and v.clause == rate.clause
        ]
        # a stated duration: _rates; but a time per unit of time ("212 hours in November, 9 hours a day") has a
        # time for its amount
        if len(stated) > (1 if rate.family == "[time] / [time]" else 0):
            continue
        years = [
            v for v in near[: rate.index - near[0].index]
            if v.claim.kind is Kind.DATE and _YEAR.fullmatch(v.claim.date or "")
        ]
        opening, closing = relation_words().span_start, relation_words().span_end
        start = next((v for v in reversed(years) if v.words_before()[-1:] and v.words_before()[-1] in opening), None)
        end = next((v for v in reversed(years) if v is not start and v.words_before()[-1:] and
                    v.words_before()[-1] in closing and (start is None or v.index > start.index)), None)
        if start is None and end is None:
            yield from _yearly_rate(items, rate, years)
            continue
        first = min(v.index for v in (start, end) if v is not None)
        amounts = [
            v for v in reversed(items[max(0, first - RATE_REACH) : rate.index])
            if v.claim.kind is not Kind.DATE and v.family not in (None, "percent", "pp", "factor")
            and v is not rate and units.factor(f"({rate.claim.unit})*(year)", v.claim.unit) is not None
        ]
        # "retreated 1.9 km to 6.3 km between 1990 and 2025": the change is the amount, not a level
        amount = next((v for v in amounts if v.is_change), None) or next(
            (v for v in amounts if not _marked_after(v) and not _reference(v)), None
        )
        if amount is None:
            continue
        dated = [(v, role) for v, role in ((start, Role.START), (end, Role.END)) if v is not None]
        yield Relation(
            RelationKind.RATE,
            (rate.id, amount.id, *(v.id for v, _ in dated)),
            f"'{rate.claim.text}' over the years " + " to ".join(f"'{v.claim.text}'" for v, _ in dated),
            (Role.RATE.value, Role.AMOUNT.value, *(role.value for _, role in dated)),
            group=f"dated:{rate.id}",
            targets=(rate.id,),
        )


#: the group of a rate worked out over one year named in words or as a year: findings divides by one year
ONE_YEAR_GROUP = "year:"
#: words that name the one year an amount is of: "in its first year", "last year", "in 2025"
_ONE_YEAR = re.compile(r"\b(?:(?:last|this|its|their|the)[ ](?:first[ ]|full[ ]|whole[ ]|past[ ])?year|in[ ]\d{4})\b")


_PER_EACH_PER_TIME = re.compile(r"\b(?:per|a|each)[ ][a-z]+[ ](?:per|a|an|each)[ ][a-z]")  # "per car per day"


def _restated_rate(rate: _Item) -> bool:
    """', or 300 a year', ', about 120,000 a day': a rate set off as the amount before it restated."""
    gap = rate.before_text.strip()
    if gap in (", or", "or") or (gap == "," and rate.claim.qualifier in rounding_qualifiers()):
        return True
    # "9.6 million containers in 2025, up 14% from 8.4 million the year before, or some 32,000 a day"
    head, comma, tail = gap.rpartition(",")
    return bool(comma) and tail.strip() == "or" and len(_words(head)) <= RESTATED_RATE_WORDS


#: the words a rate's restatement may follow after the amount it restates ("the year before, or")
RESTATED_RATE_WORDS = 3


def _yearly_rate(items: list[_Item], rate: _Item, years: list[_Item]) -> Iterable[Relation]:
    """'carried 15.3 million vehicles in its first year, an average of about 48,000 a day': an amount of
    one year named in the clause before a rate per day, week or month said to be its average."""
    if "year" in rate.claim.unit or not (_averaged(rate) or _restated_rate(rate)):
        return
    if _PER_EACH_PER_TIME.search(rate.claim.text.lower()):
        return  # "about 20 trips per car per day": for each of a count too, not of the amount alone
    amount = next(
        (
            v for v in reversed(items[max(0, rate.index - RATE_REACH) : rate.index])
            if v.claim.kind is not Kind.DATE and v.family not in (None, "percent", "pp", "factor")
            and not _marked_after(v) and not _reference(v)
        ),
        None,
    )
    if amount is None or amount.clause != rate.clause:
        return
    if units.factor(f"({rate.claim.unit})*(year)", amount.claim.unit) is None:
        return
    between = "".join(
        v.after_text + (items[v.index + 1].claim.text if v.index + 1 < rate.index else "")
        for v in items[amount.index : rate.index]
    ).lower()
    month = _one_month().search(between)
    if month is not None and "month" not in rate.claim.unit:
        # "3.1 million passengers in July, about 120,000 a day": the days of that month
        days = month_days()[month.group(1)]
        yield _rate_over(rate, amount, f"{days} days of {month.group(1).title()}", f"{ONE_MONTH_GROUP}{days}:")
        return
    if not _ONE_YEAR.search(between):
        return
    if any(y.index > amount.index and y.words_before()[-1:] != ["in"] for y in years):
        return  # "since 1995", "by 2030": a span of years, not one
    yield _rate_over(rate, amount, f"one year of '{amount.claim.text}'", ONE_YEAR_GROUP)


def _rate_over(rate: _Item, amount: _Item, period: str, group: str) -> Relation:
    """A rate worked out from an amount over a period findings reads from the group: one year, a month."""
    return Relation(
        RelationKind.RATE,
        (rate.id, amount.id),
        f"'{rate.claim.text}' over the {period}",
        (Role.RATE.value, Role.AMOUNT.value),
        group=f"{group}{rate.id}",
        targets=(rate.id,),
    )


#: the group of a rate worked out over the days of one month named: "ONE_MONTH_GROUP<days>:<rate id>"
ONE_MONTH_GROUP = "month:"


@cache
def _one_month() -> re.Pattern[str]:
    """'in July': an amount of one month."""
    return re.compile(r"\bin[ ](" + "|".join(month_days()) + r")\b")


def _restated_per_unit(rate: _Item, duration: _Item, amount: _Item, durations: int) -> bool:
    """'21,000 arrived in the past six weeks, about 800 a day': an amount, its duration right after it and
    the rate set off by a comma right after that, the same amount restated per unit of time."""
    if amount.index == duration.index - 1 == rate.index - 2:
        # "a bonus of €21,000 over its 12-month term, or €2,500 a month": the noun of the duration before the comma
        noun, comma, rest = rate.before_text.rpartition(",")
        set_off = bool(comma) and rest.strip() in ("", "or") and len(_words(noun)) <= 2
        return set_off and "," not in duration.before_text
    # "2,180 shells in the first 14 days of March, about 200 a day": past a date that closes the duration
    before = rate.previous
    while before is not None and before.claim.kind is Kind.DATE and before is not duration:
        before = before.previous
    if before is duration and amount.index == duration.index - 1 and rate.index > duration.index + 1:
        return rate.before_text.strip() == "," and "," not in duration.before_text
    # "after a 118-day survey ..., during which it mapped 41,300 km² of seabed, about 430 km² a day": the duration
    # before the amount, the rate set off by a comma right after the amount and its noun
    # before the amount, and the one duration of the sentence before the rate (not "340 hours over 85 nights, an
    # average of 5 hours a night"); not a level a change reached, nor a change ("from £1,172 to £1,124, a saving
    # of £48 a month")
    noun, comma, rest = rate.before_text.rpartition(",")
    return (
        durations == 1 and duration.index < amount.index == rate.index - 1
        and bool(comma) and not rest.strip() and "," not in noun and len(_words(noun)) <= 3
        and "/" not in duration.claim.unit and not rate.is_change and not amount.is_change
        and not _marked_after(amount) and not _reference(amount)
    )


#: how many claims at the end of each of the two sentences before a paced duration its rate and amount may be
PACE_REACH = 8
#: "At that pace", "at the current rate": a sentence that applies the rate stated before it
_AT_THAT_PACE = re.compile(r"\A\W*at[ ](?:that|this|the[ ]current|current|such[ ]a)[ ](?:pace|rate|speed)s?\b")
#: "; at the current pace of ": the same, opening a clause right before the rate
_PACE_CLAUSE = re.compile(r"[;:,][ ]at[ ](?:the[ ]current|current|this|that)[ ](?:pace|rate)[ ]of[ ](?:[a-z]+[ ])?\Z")
#: "would last about", "enough for": words before a duration that a stock and its rate give
_LASTS = frozenset({"last", "lasts", "enough"})
#: "would take about 75 weeks to clear": the time to get through a stock, with the verb of it after "to"
_TAKES = frozenset({"take", "takes", "taking"})


#: what is left of a stock: "the remaining buildings", "the rest", "those still outstanding"
_REMAINING = re.compile(r"\b(?:remaining|the[ ]rest|left|outstanding)\b", re.IGNORECASE)
_LEFT_BEFORE = frozenset({"leaving", "remaining", "left"})
_LEFT_AFTER = frozenset({"left", "remaining", "still", "outstanding"})


def _said_left(amount: _Item) -> bool:
    """'leaving about 6,600 still to be checked', '4,100 remaining': an amount said to be what is left."""
    return bool(_LEFT_BEFORE.intersection(amount.words_before()[-2:]) or _LEFT_AFTER.intersection(
        amount.words_after()[:2]))


def _lasting(duration: _Item) -> bool:
    """'would last about 120 days', 'enough for about seven years', 'would take about 75 weeks to clear'."""
    before = duration.words_before()[-3:]
    if _LASTS.intersection(before):
        return True
    return bool(_TAKES.intersection(before)) and duration.words_after()[:1] == ["to"]


def _takes_about(rate: _Item, duration: _Item, product: str, amount: _Item) -> bool:
    """Whether the amount at the rate takes about the duration: within FAR_FROM_STATED of it either way."""
    scale = units.factor(product, amount.claim.unit)
    made = (rate.claim.value or 0.0) * (duration.claim.value or 0.0) * (scale or 0.0)
    stated = amount.claim.value or 0.0
    return scale is not None and made > 0 and stated > 0 and max(made / stated, stated / made) <= FAR_FROM_STATED


#: how far the amount a rate over a duration makes may stand from an amount and still be read as it
FAR_FROM_STATED = 10.0


def _paced(items: list[_Item], earlier: list[_Item]) -> Iterable[Relation]:
    """'... giving about 90,000 shots a day. At that pace the remaining 3.3 million people would be covered in
    roughly 26 days'; 'holding 186 million m³. Consumption has risen to 1.1 million m³ a day, meaning stocks
    would last about 120 days': a duration that a sentence says an amount at a rate takes ('At that pace', or
    'last' or 'take' right before it), the one rate of its kind in this sentence or ``earlier`` (the sentences
    before, nearest last), and the one amount that rate over that duration could make, here or there."""
    if not items:
        return
    opens = _AT_THAT_PACE.match(items[0].before_text.lower()) is not None
    rates = [v for v in items if _is_rate(v) and not _reference(v)]
    rates = rates or [v for v in earlier if _is_rate(v) and not _reference(v)][-1:]
    if len(rates) != 1:
        return
    rate = rates[0]
    # "...; at the current pace of roughly 3,580 people a day, that would take about 25 days": a clause opened so
    opens = opens or (rate.claim.sentence == items[0].claim.sentence
                      and _PACE_CLAUSE.search(rate.before_text.lower()) is not None)
    for duration in items:
        if duration.family != "[time]" or duration.is_change or "/" in duration.claim.unit:
            continue
        if not (opens or _lasting(duration)):
            continue
        product = f"({rate.claim.unit})*({duration.claim.unit})"
        near = items[max(0, duration.index - PACE_REACH) : duration.index + PACE_REACH + 1]
        amounts = [
            a for pool in (near, earlier) for a in pool
            if a is not rate and a is not duration and _is_value(a) and not _reference(a) and not _is_rate(a)
            and a.family != "[time]" and _takes_about(rate, duration, product, a)
        ]
        here = [a for a in amounts if a.claim.sentence == duration.claim.sentence]
        bounds = duration.bounds
        if not here and len(amounts) > 1 and _REMAINING.search(duration.text, bounds.start, bounds.end):
            # "leaving about 6,600 still to be checked. At the current rate ..., the remaining buildings should be
            # cleared in about 20 days": of the amounts before, the one said to be left
            amounts = [a for a in amounts if _said_left(a)] or amounts
        if not here and any(
            a.claim.sentence == duration.claim.sentence and a.index < duration.index and _is_value(a)
            and a.family not in ("[time]", "percent") and not _is_rate(a) and a is not rate for a in near
        ):
            continue  # "the remaining €336m would last about 30 weeks": what lasts is stated, in another unit
        if len(here or amounts) != 1:
            continue
        amount = (here or amounts)[0]
        basis = f"'{amount.claim.text}' at '{rate.claim.text}' takes '{duration.claim.text}'"
        yield _rate_duration_amount(rate, duration, amount, basis, f"paced:{duration.id}", duration)
        return


#: "Over that period", "In the same period", "During that time": a sentence about the span the one before named
_OVER_THAT_PERIOD = re.compile(r"\A\W*(?:over|in|during)[ ](?:that|this|the[ ]same)[ ](?:period|time|span)\b")


def _over_that_period(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'The ceasefire has held for 45 days. Over that period it logged 312 violations, an average of about 9 a
    day': an amount with its rate set off right after it, in a sentence that opens on the span of the sentence
    before, is that amount over the last duration stated there."""
    if not items or not previous or _OVER_THAT_PERIOD.match(items[0].before_text.lower()) is None:
        return
    duration = next(
        (v for v in reversed(previous) if v.family == "[time]" and not v.is_change and "/" not in v.claim.unit), None
    )
    if duration is None:
        return
    for rate in items[1:]:
        amount = items[rate.index - 1]
        if not _is_rate(rate) or not _is_value(amount) or "," not in rate.before_text:
            continue
        product = f"({rate.claim.unit})*({duration.claim.unit})"
        if not _could_make(rate, duration, product, amount):
            continue
        basis = f"'{rate.claim.text}' over '{duration.claim.text}' of the sentence before"
        yield _rate_duration_amount(rate, duration, amount, basis, f"period:{rate.id}", rate)
        return


def _rate_duration_amount(
    rate: _Item, duration: _Item, amount: _Item, basis: str, group: str, worked_out: _Item
) -> Relation:
    """A firm link: the rate over the duration makes the amount; ``worked_out`` is the value the writer derived."""
    return Relation(
        RelationKind.RATE,
        (rate.id, duration.id, amount.id),
        basis,
        (Role.RATE.value, Role.DURATION.value, Role.AMOUNT.value),
        group=group,
        targets=(worked_out.id,),
    )
