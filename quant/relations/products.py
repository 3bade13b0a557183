"""Links of an amount for each of a count, times the count, to the total it makes: "for each of its 400
miles", "£24 each", a rate per head of a population, takings ("72,000 tickets at £295 each, taking £21.2m"), an
average over a counted noun ("an average of $310,000 a ship"), and "each bus saves ..."."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from quant import units
from quant.model import Kind, Relation, RelationKind
from quant.relations.items import Role, _averaged, _detached, _gap_text, _is_value, _Item, _reference
from quant.relations.rates import RATE_REACH
from quant.relations.shares import _whole_of_part
from quant.relations.sums import _total_named
from quant.relations.words import _ends_with, _first_word, _has, _last_words, _stem, _words, cues, relation_words

#: the words between an amount and the count it is 'for each of' ("8 kg for each of the 1,850 people")
FOR_EACH = tuple(["for", "each", "of", *det] for det in ([], ["the"], ["its"], ["their"]))
#: words a count may stand before an amount said to be 'each' ("90,000 homes using 3,500 kWh a year each")
EACH_WORDS = 4


def _per_each(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'$48m, or $140,000 for each of its 400 miles', '260 GWh a year, enough to power 90,000 homes using
    3,500 kWh a year each': an amount for each of a count, times the count, is the amount set off by a comma
    before them in the clause; an average each with no such amount, the largest of the sentence before
    ('raised £38.4m. Some 1.9 million people donated, giving an average of £24 each')."""
    for per in items:
        shared = _shared_among(items, per)
        if shared is not None:  # "The three clubs shared 240 tickets, 80 each": 240 is what the three share
            whole, sharers = shared
            yield _product_link(
                whole, per, sharers,
                f"'{per.claim.text}' for each of '{sharers.claim.text}' makes '{whole.claim.text}'",
                f"each:{per.id}",
                per,
            )
            continue
        count = _each_count(items, per)
        if count is None:
            continue
        first = min(per.index, count.index)
        same = per.family or ""  # no amount before in the average's family, a rate of it included ("$72m a year")
        if _averaged(per) and not any(_is_value(v) and (v.family or "").startswith(same) for v in items[:first]):
            made = (per.claim.value or 0.0) * (count.claim.value or 0.0)
            earlier = [  # near what the average makes: the amount it averages
                v for v in previous
                if _is_value(v) and not _reference(v) and v.claim.unit == per.claim.unit
                and made / AVERAGED_SPREAD <= (v.claim.value or 0.0) <= made * AVERAGED_SPREAD
            ]
            if earlier:
                averaged = max(earlier, key=lambda v: v.claim.value or 0.0)
                yield _product_link(
                    averaged, per, count,
                    f"'{per.claim.text}' for each of '{count.claim.text}' makes '{averaged.claim.text}'",
                    f"each:{per.id}",
                    per,
                )
            continue
        total = next(
            (
                v
                for v in reversed(items[max(0, first - RATE_REACH) : first])
                if _is_value(v) and units.product_factor(per.claim.unit, count.claim.unit, v.claim.unit) is not None
            ),
            None,
        )
        if total is None and count.index < per.index:
            beside = _total_beside(items, per, count)
            if beside is not None:
                yield _product_link(
                    beside, per, count,
                    f"'{per.claim.text}' for each of '{count.claim.text}' makes '{beside.claim.text}'",
                    f"each:{per.id}",
                    beside if beside.index > per.index else per,  # the value the writer worked out
                )
            continue
        if total is None:
            continue
        apposed = total.clause == per.clause and _apposed_before(items, total, first)
        if not (apposed or _total_then_count(items, total, count, per)):
            continue
        yield _product_link(
            total, per, count,
            f"'{per.claim.text}' for each of '{count.claim.text}' makes '{total.claim.text}'",
            f"each:{per.id}",
            per if count.index > per.index or not apposed else count,  # the value the writer worked out
        )


#: how far an amount of the sentence before may be from an average each times its count and still be the
#: amount it averages ("raised £38.4m. 1.9 million donated, an average of £24 each": £45.6m); further, another
AVERAGED_SPREAD = 1.33

_PER_HEAD = re.compile(r"\bper\s+(?:[\d,]+|a\s+)?(?:thousand|million|hundred)?\b")


def _per_capita(
    items: list[_Item], previous: list[_Item], by_sentence: dict[int, list[_Item]]
) -> Iterable[Relation]:
    """'9,410 offences, a rate of 35 per 1,000 residents in a district of 304,000 people': a rate per head
    of a population, the count before it (or, after "That" or "This", in the sentence before) and the
    population after it; the rate is the population's share. 'In a province of 2.4 million people, that puts
    incidence at 25 cases per 100,000 residents': the population before the rate, and the count named by the
    rate's noun ('cases') in one of the PER_CAPITA_BACK sentences before (``by_sentence``: the items of each)."""
    for rate in items:
        if rate.claim.kind is not Kind.RATIO or rate.claim.unit != "dimensionless" or not rate.claim.value:
            continue
        if rate.claim.value >= 1 or not _PER_HEAD.search(rate.claim.text.lower()):
            continue
        population = next(
            (v for v in items[rate.index + 1 : rate.index + 1 + RATE_REACH] if v.family == "count" and _bare_count(v)),
            None,
        )
        here = items[: rate.index]
        if rate.index == 0 and rate.words_before()[:1] in (["that"], ["this"], ["it"]):
            here = previous  # "Road deaths fell to 212. That equals 4.9 per 100,000 people in ... 5.4 million"
        count = next(
            (v for v in reversed(here) if v.family == "count" and _bare_count(v) and not _reference(v)),
            None,
        )
        if population is None and count is not None and count.claim.value and count.claim.value * rate.claim.value >= 1:
            sentence = rate.claim.sentence
            earlier = [v for k in range(sentence - PER_CAPITA_BACK, sentence) for v in by_sentence.get(k, [])]
            population, count = count, _counted_before(rate, earlier)
        if population is None or count is None or not count.claim.value or not population.claim.value:
            continue
        if count.claim.value >= population.claim.value:
            continue
        yield _product_link(
            count, rate, population,
            f"'{rate.claim.text}' of '{population.claim.text}' makes '{count.claim.text}'",
            f"per-capita:{rate.id}",
            rate,
        )


#: how many sentences back the count a rate per head names may stand
PER_CAPITA_BACK = 4


def _counted_before(rate: _Item, earlier: list[_Item]) -> _Item | None:
    """The count an earlier sentence gives of what a rate per head counts: '386 cases of whooping cough' for
    '25 cases per 100,000 residents' (the noun before 'per'); of several, the largest, as a part of the
    whole ('Babies accounted for 234 cases') is smaller than it."""
    head = _words(rate.claim.text.lower().partition(" per ")[0])[-1:]
    if not head or len(head[0]) <= 3:
        return None
    stem = _stem(head[0])
    return max(
        (
            v for v in earlier
            if v.family == "count" and _bare_count(v) and not _reference(v)
            and any(_stem(w) == stem for w in _words(v.after_text)[:2])
        ),
        key=lambda v: v.claim.value or 0.0,
        default=None,
    )


#: words that open a clause of another subject: what follows them is not what the values before make
_OTHER_SUBJECT = frozenset({"while", "whereas", "but", "whilst"})


def _takings(items: list[_Item]) -> Iterable[Relation]:
    """'sold all 72,000 weekend tickets at £295 each, taking about £21.2m', '25,000 day tickets, priced at
    £120, will bring in another £3.6m': a count, the price of each, and after it, joined by a verb of
    takings, the amount they make."""
    for price in items:
        if price.family is None or "currency" not in price.family or not price.claim.value:
            continue
        tail = " ".join(price.words_after()[:2])
        if not (_has(tail, cues().price_after) or _ends_with(price.before_text, cues().price_before)):
            continue
        count = next((v for v in reversed(items[: price.index]) if v.family == "count" and _bare_count(v)), None)
        total = next(
            (
                v
                for v in items[price.index + 1 : price.index + 1 + RATE_REACH]
                if v.claim.unit == price.claim.unit and (v.claim.value or 0) > price.claim.value
            ),
            None,
        )
        if count is None or total is None or not count.claim.value or count.claim.value <= 1:
            continue
        gap = _gap_text(price, total)
        if not _has(gap, cues().takings) or not _OTHER_SUBJECT.isdisjoint(_words(gap)):
            continue  # not "812 stores took £2.8bn, or £3.45m apiece, while online orders brought in £460m"
        yield _product_link(
            total, price, count,
            f"'{count.claim.text}' at '{price.claim.text}' each make '{total.claim.text}'",
            f"takings:{price.id}",
            total,
        )


def _averages(items: list[_Item], previous: list[_Item], by_sentence: dict[int, list[_Item]]) -> Iterable[Relation]:
    """'Toll revenue slid to $2.9bn, an average of about $310,000 a ship', after '11,200 ships' in this
    sentence or the one before: an average for each of a counted noun, times the count of that noun, is
    the amount set off by a comma before the average. An amount 'per' a noun is an average too ('412 million
    litres, about 5,400 litres per cow'), and one that names what it counts ('26 pupils per teacher') is of
    the amount of that noun stated before it, in this sentence or the one before ('14,300 pupils'). Where
    the PER_CAPITA_BACK sentences before count the noun more than once, each count is a candidate."""
    for per in items:
        noun = _averaged_over(per)
        if noun is None:
            continue
        counts = [v for v in (*previous[-EACH_REACH:], *_before(items, per)) if _counts(v, noun)]
        named = bool(counts)
        if not named:
            # "£24m to add 4,000 operations, about £8,000 per procedure": the count set off right before it
            # not "1,960 drones and 87 missiles over the past week, an average of 280 drones per night": a count
            # listed after another with 'and' is a count of another thing
            counts = [v for v in items[per.index - 1 : per.index]
                      if v.family == "count" and _is_value(v) and v.words_before()[-1:] != ["and"]]
            if not counts:
                continue
        count = counts[-1]
        # "merge six of its 48 schools, saving £3.2m, or £530,000 per school closed": the part or the whole;
        # "212,000 girls ... A further 43,000 girls ...": two counts of the noun, either
        parts = _parts_counting([count], per, items, previous)
        counted = _counted_noun(per)
        earlier = _sentences_before(by_sentence, per.claim.sentence, nearest=2) if named or counted else []
        if named:
            counts = [v for v in earlier if _counts(v, noun)] + counts
            parts += [c for c in counts[:-1] if c.claim.value != count.claim.value][-2:]
        # further back (a candidate) only where no product is set off after the average ("5.5 people per family,
        # or about 506,000 people")
        set_off = per.after_text.strip() in (",", ", or", "or", "(") and per.index + 1 < len(items)
        total = _named_total(per, count, counted, previous, items, [] if set_off else earlier) if counted else None
        if total is None:
            total = next(
                (
                    v
                    for v in reversed(items[max(0, per.index - RATE_REACH) : per.index])
                    if _is_value(v) and v is not count and v.claim.unit == per.claim.unit and not _reference(v)
                ),
                None,
            )
            if total is None:
                continue
            if not (_total_then_count(items, total, count, per) or _apposed_before(items, total, per.index)):
                continue
            if (counted or not named) and not _near_product(total, per, count):
                continue  # '... magnitude 23 and was used in 212 sessions, about six discoveries per session'
        for over in (*parts, count):
            link = _product_link(
                total, per, over,
                f"'{per.claim.text}' a {noun}, over '{over.claim.text}', makes '{total.claim.text}'",
                f"average:{per.id}",
                per,
            )
            # a total from further back than the sentence before is a candidate: checked where it fits only
            far = total.claim.sentence < per.claim.sentence - 1
            yield replace(link, firm=False) if parts or far else link


def _per_measure(items: list[_Item], by_sentence: dict[int, list[_Item]]) -> Iterable[Relation]:
    """'The 14.2 km line cost €2.8bn, about €197m per kilometre': an amount per unit of a measure other than
    time, times the one measure of that kind stated before it (in its sentence, or else in the PER_CAPITA_BACK
    sentences before), is the amount set off by a comma right before it. Of several measures, the one its verb
    names ('cleared 14.2 km² ... $1.9 per square metre cleared'); else none. Or the amount and the measure in
    one clause, then the amount per unit set off after the measure ('2.94 million tonnes from 412,000 hectares,
    an average yield of 8.1 tonnes per hectare')."""
    for per in items:
        unit = per.claim.unit
        if "/" not in unit or not _is_value(per) or not per.claim.value:
            continue
        above, _, below = unit.rpartition("/")
        measured = units.dimensionality(below.strip("()"))
        if measured in ("", "[time]") or "/" in above:
            continue  # a count per thing is an average (_averages); per unit of time, a rate (_rates)
        worth = _worth_after(per, measured, items, by_sentence)
        if worth is not None:
            yield worth
            continue
        if per.index == 0:
            yield from _per_measure_of_that(per, unit, measured, by_sentence)
            continue
        total = items[per.index - 1]
        if per.index >= 2 and _is_value(total) and units.dimensionality(total.claim.unit) == measured:
            # "harvested 2.94 million tonnes from 412,000 hectares, an average yield of 8.1 tonnes per hectare"
            measure, total = total, items[per.index - 2]
            if (
                _is_value(total) and total.claim.value and total.clause == measure.clause
                and units.product_factor(unit, measure.claim.unit, total.claim.unit) is not None
                and _apposed_before(items, measure, per.index)
            ):
                yield _product_link(
                    total, per, measure,
                    f"'{per.claim.text}' over '{measure.claim.text}' makes '{total.claim.text}'",
                    f"per-measure:{per.id}",
                    per,
                )
            continue
        sentence = per.claim.sentence
        here = [v for v in _before(items, items[per.index - 1]) if _measures(v, measured)]
        # "The 14.2 km line cost": one in its own sentence, else those of the sentences before
        measures = here or [v for v in _sentences_before(by_sentence, sentence) if _measures(v, measured)]
        if not measures or not _is_value(total) or not total.claim.value:
            continue
        if units.product_factor(unit, measures[-1].claim.unit, total.claim.unit) is None:
            continue
        if not _apposed_before(items, total, per.index):
            continue
        named = _measure_named_by_verb(per, measured, by_sentence)
        if named is not None:
            measures = [named]
        if len(measures) != 1:
            continue  # '270 km ... the 57.5 km tunnel': which is meant is not said (a fit is still found: _equations)
        yield _product_link(
            total, per, measures[0],
            f"'{per.claim.text}' over '{measures[0].claim.text}' makes '{total.claim.text}'",
            f"per-measure:{per.id}",
            per,
        )


def _worth_after(
    per: _Item, measured: str, items: list[_Item], by_sentence: dict[int, list[_Item]]
) -> Relation | None:
    """'With wheat fetching €215 a tonne, the harvest is worth roughly €570m', after 'harvested 3.4 million
    tonnes': a price per unit of a measure, then the amount it makes named by a word of takings ('worth',
    'bringing in'), over the one measure of that kind before it, in its sentence or the sentences before."""
    if _reference(per):
        return None  # "rose to €4.80 a kilo from €3.90, so the catch was worth": the price now
    at, gap = per.index + 1, per.after_text
    # past the price before, its date and the change set off: "to $182 a tonne from $205 in June, an 11% fall,
    # putting the value of the crop at"
    while at < min(len(items), per.index + 4) and (
        (_reference(items[at]) and items[at].claim.unit == per.claim.unit)
        or items[at].claim.kind is Kind.DATE
        or (items[at].is_change and items[at].family == "percent")
    ):
        at, gap = at + 1, items[at].after_text
    if at >= len(items) or not _has(gap, cues().takings):
        return None
    total = items[at]
    if not _is_value(total) or not total.claim.value or (total.clause != per.clause and "," not in per.after_text):
        return None
    here = [v for v in _before(items, per) if _measures(v, measured)]
    measures = here or [v for v in _sentences_before(by_sentence, per.claim.sentence) if _measures(v, measured)]
    if len(measures) != 1 or units.product_factor(per.claim.unit, measures[0].claim.unit, total.claim.unit) is None:
        return None
    return _product_link(
        total, per, measures[0],
        f"'{per.claim.text}' over '{measures[0].claim.text}' makes '{total.claim.text}'",
        f"per-measure:{per.id}",
        total,
    )


def _per_measure_of_that(
    per: _Item, unit: str, measured: str, by_sentence: dict[int, list[_Item]]
) -> Iterable[Relation]:
    """'The 6.4 km bridge has cost $3.1bn, nearly double its budget of $1.6bn. That works out at about $310m
    per kilometre': an amount per unit opening its sentence with 'That' or 'This' is of the first amount of
    the sentence before it can be of, over the one measure of that kind there."""
    if per.words_before()[:1] not in (["that"], ["this"]):
        return
    before = by_sentence.get(per.claim.sentence - 1, [])[:EACH_REACH]
    measures = [v for v in before if _measures(v, measured)]
    if len(measures) != 1:
        return
    measure = measures[0]
    total = next(
        (
            v for v in before
            if _is_value(v) and v.claim.value and not _reference(v) and v is not measure
            and units.product_factor(unit, measure.claim.unit, v.claim.unit) is not None
        ),
        None,
    )
    if total is not None:
        yield _product_link(
            total, per, measure,
            f"'{per.claim.text}' over '{measure.claim.text}' makes '{total.claim.text}'",
            f"per-measure:{per.id}",
            per,
        )


def _that_per_head(items: list[_Item], by_sentence: dict[int, list[_Item]]) -> Iterable[Relation]:
    """'Alder Reach collected C$14.6bn in taxes ... Spread across the province's 3.2 million residents, that is
    about C$5,400 a head': an amount a head (per head, per resident) after 'that' or 'this', the one count of its
    sentence before it, and the first amount of its unit in the sentence before: the amount a head times the count
    is that amount."""
    heads = relation_words().head_nouns
    for per in items:
        if not _is_value(per) or not per.claim.value or per.family in (None, "count", "percent", "[time]"):
            continue
        counts = [v for v in _before(items, per) if _is_value(v) and v.family == "count" and v.claim.value]
        if len(counts) != 1:
            continue
        after = per.words_after()[:2]
        said = per.claim.text.lower().rsplit(" ", 2)[-2:]
        # the noun it is per: a head ("per resident"), or the noun the count counts ("185,000 pupils ... per pupil")
        noun = after[1] if after[:1] in (["a"], ["per"]) and after[1:] else said[1] if said[:1] == ["per"] else None
        counted = counts[0].words_after()[:1]
        a_head = noun is not None and (noun in heads or (bool(counted) and _stem(counted[0]) == _stem(noun)))
        # "The district's 51,200 households each produced an average of about 1.4 tonnes"
        each = "each" in counts[0].words_after()[:2] and _averaged(per) and per.index == counts[0].index + 1
        if not ((a_head and {"that", "this"} & set(per.words_before()[-4:])) or each):
            continue
        # the first amount of the paragraph so far: "reached $4.6bn last year ... About 60% came from the Gulf
        # states, some $2.76bn. With roughly 850,000 working abroad, that is about $5,400 per head"
        total = next(
            (
                v for v in _sentences_before(by_sentence, per.claim.sentence)
                if _is_value(v) and not _reference(v) and not v.is_change and v.claim.unit == per.claim.unit
                and (v.claim.value or 0.0) > per.claim.value and not _whole_of_part(by_sentence[v.claim.sentence], v)
            ),
            None,
        )
        if total is not None:
            yield _product_link(
                total, per, counts[0],
                f"'{per.claim.text}' a head of '{counts[0].claim.text}' makes '{total.claim.text}'",
                f"each:{per.id}",
                per,
            )


def _measures(item: _Item, measured: str) -> bool:
    """A measure of the dimensionality, stated once (not a restatement in other units) and not a reference."""
    return (
        _is_value(item) and bool(item.claim.value) and not item.restates and "/" not in item.claim.unit
        and not _reference(item) and units.dimensionality(item.claim.unit) == measured
    )


def _measure_named_by_verb(per: _Item, measured: str, by_sentence: dict[int, list[_Item]]) -> _Item | None:
    """'$1.9 per square metre cleared' after 'teams cleared 14.2 km²': the measure right after the verb that
    follows the amount per unit."""
    verb = _first_word(per.after_text) or ""
    if len(verb) < 5 or not verb.endswith("ed"):
        return None
    stem = _stem(verb)
    sentence = per.claim.sentence
    earlier = _sentences_before(by_sentence, sentence)
    earlier += _before(by_sentence.get(sentence, []), per)
    return next(
        (
            v for v in reversed(earlier)
            if v.claim.span.start < per.claim.span.start and v.words_before()[-1:]
            and _stem(v.words_before()[-1]) == stem and units.dimensionality(v.claim.unit) == measured
        ),
        None,
    )


def _sentences_before(by_sentence: dict[int, list[_Item]], sentence: int, nearest: int = 1) -> list[_Item]:
    """The last EACH_REACH claims of each sentence from PER_CAPITA_BACK before ``sentence`` to ``nearest`` before."""
    back = range(sentence - PER_CAPITA_BACK, sentence - nearest + 1)
    return [v for k in back for v in by_sentence.get(k, [])[-EACH_REACH:]]


def _before(items: list[_Item], item: _Item) -> list[_Item]:
    """The EACH_REACH claims of its sentence before an item: how far back its links look (a sentence may be long)."""
    return items[max(0, item.index - EACH_REACH) : item.index]


def _counted_noun(per: _Item) -> str | None:
    """What an average counts, named between its number and 'per': '26 pupils per teacher' -> 'pupil'."""
    words = _words(per.claim.text.lower())
    if "per" not in words or per.claim.unit != "dimensionless":
        return None
    before = words[: words.index("per")]
    return _singular(before[-1]) if len(before) >= 2 and before[-1].isalpha() and len(before[-1]) > 3 else None


def _singular(noun: str) -> str:
    """A plural noun's singular, by its ending.

    >>> _singular("pupils"), _singular("discoveries"), _singular("buses"), _singular("cows")
    ('pupil', 'discovery', 'bus', 'cow')
    """
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ses", "xes", "ches", "shes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _named_total(
    per: _Item, count: _Item, noun: str, previous: list[_Item], items: list[_Item], earlier: list[_Item]
) -> _Item | None:
    """The amount an average that names what it counts is of: the last count of that noun before it, in its
    sentence, the one before or (``earlier``) those before that, larger than the count it is over and not a
    part set off with its share ('International students number 5,900, or 24% of the total')."""
    return next(
        (
            v for v in reversed((*earlier, *previous[-EACH_REACH:], *_before(items, per)))
            if v is not count and _counts(v, noun) and not _reference(v) and not _part_with_its_share(v)
            and (v.claim.value or 0.0) > (count.claim.value or 0.0)
        ),
        None,
    )


def _part_with_its_share(v: _Item) -> bool:
    """'5,900, or 24% of the total': a count whose percentage share is set off right after it."""
    return _SHARE_SET_OFF.match(v.text, v.claim.span.end, v.claim.span.end + 30) is not None


#: ", or 24%", " boxes, or 45%", " (about 12.5%": a percentage set off right after a value and its noun
_SHARE_SET_OFF = re.compile(
    r"(?:[ ][A-Za-z-]{1,20}){0,2}(?:,[ ](?:or[ ])?|[ ]\()(?:[a-z]+[ ])?\d+(?:\.\d+)?(?:%|[ ]per[ ]?cent)"
)


#: how far an average times its count may be from an amount not named by what the average counts and still
#: be read as that amount's average
NEAR_PRODUCT = 3.0


def _near_product(total: _Item, per: _Item, count: _Item) -> bool:
    made = (per.claim.value or 0.0) * (count.claim.value or 0.0)
    size = total.claim.value or 0.0
    return made > 0 and size > 0 and 1 / NEAR_PRODUCT <= made / size <= NEAR_PRODUCT


#: the words after an average that name what it is for each of ("a ship", "per farm", "each household")
_PER_NOUN = frozenset({"a", "an", "per", "each"})


#: how many claims back, in its sentence and the one before, the count an amount 'each' is of may stand
EACH_REACH = 12


def _each_noun_does(
    items: list[_Item], previous: list[_Item], by_sentence: dict[int, list[_Item]]
) -> Iterable[Relation]:
    """'Each electric bus saves about 90 tonnes of CO2 a year, so the switch should cut emissions by 11,200
    tonnes a year', after '160 ... buses' in this sentence or the PER_CAPITA_BACK before: an amount for each of
    a counted noun, times the count, is the amount of the same unit stated after it in the sentence."""
    for per in items:
        if "each" not in per.before_text.lower():
            continue  # no word "each" before it: most values are not read further
        words = per.words_before()
        if "each" not in words[-6:] or not _is_value(per) or not per.claim.value:
            continue
        tail = words[-6:]
        nouns = tail[tail.index("each") + 1 :][:3]
        earlier = _sentences_before(by_sentence, per.claim.sentence) if previous else []
        counts = [
            v for v in (*earlier, *items[max(0, per.index - EACH_REACH) : per.index])
            if any(_counts(v, noun) and _noun_follows(v, noun) for noun in nouns if noun.isalpha() and len(noun) > 2)
        ]
        total = next(
            (v for v in items[per.index + 1 : per.index + 1 + RATE_REACH]
             if v.claim.unit == per.claim.unit and v.claim.value and v.claim.value > per.claim.value),
            None,
        )
        counts = [c for c in (*_parts_counting(counts, per, items, previous), *counts) if (c.claim.value or 0) > 1]
        if not counts or total is None:
            continue
        for count in reversed(counts):  # one count of the noun: firm; more ("160 of its 400 buses"): candidates
            link = _product_link(
                total, per, count,
                f"'{per.claim.text}' for each of '{count.claim.text}' makes '{total.claim.text}'",
                f"each-noun:{per.id}",
                total,
            )
            yield link if len(counts) == 1 else replace(link, firm=False)


def _parts_counting(counts: list[_Item], per: _Item, items: list[_Item], previous: list[_Item]) -> list[_Item]:
    """'replace 160 of its 400 buses': the part before a count of a noun counts the noun too."""
    return [
        p for c in counts
        for p in (items if c.claim.sentence == per.claim.sentence else previous)[max(0, c.index - 1) : c.index]
        if p.words_after()[:1] == ["of"] and len(p.words_after()) <= 3 and p.family == "count"
    ]


def _noun_follows(item: _Item, noun: str) -> bool:
    """'160 electric buses': the noun within two words after the number, before any comma."""
    head = item.after_text.split(",")[0]
    return any(w.rstrip(".;:").startswith(noun[:-1] if noun.endswith("s") else noun) for w in _words(head)[:3])


def _averaged_over(per: _Item) -> str | None:
    """The noun an average is worked out over: 'an average of $310,000 a ship' -> 'ship', 'an average of
    250 per farm' -> 'farm', 'about 5,400 litres per cow' -> 'cow' ('per' makes an average of any amount)."""
    if not per.is_value or not per.claim.value or per.family == "percent":
        return None
    words = _words(per.claim.text)
    words = words[-2:] if len(words) >= 2 and words[-2] == "per" else per.words_after()[:2]
    if len(words) != 2 or words[0] not in _PER_NOUN or not words[1].isalpha():
        return None
    return words[1] if words[0] == "per" or _averaged(per) else None


def _counts(item: _Item, noun: str) -> bool:
    """Whether a count is of the noun: '11,200 ships' for 'ship', '1,420 dairy farms' for 'farm'."""
    if item.family != "count" or not item.claim.value or item.claim.value <= 1:
        return False
    plurals = {noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun}
    named = _words(item.claim.text)[1:] + item.words_after()[:3]
    if not item.is_change and not _reference(item):  # "Ransomware attacks rose to 1,120": its subject's noun
        named += _words(item.claim.subject or "")[-2:]
    if not plurals.isdisjoint(named):
        return True
    # "31,500 runners started the race ... £150 per starter": the one who does what the verb after it says
    doer = noun[:-2] if noun.endswith("er") and len(noun) >= 7 else ""
    return bool(doer) and any(w.startswith(doer) and w.endswith("ed") for w in item.words_after()[:3])


def _product_link(product: _Item, a: _Item, b: _Item, basis: str, group: str, checked: _Item) -> Relation:
    """A firm link: ``product`` is ``a`` times ``b``; ``checked`` is the value the writer worked out.

    Where all three are in one unit (counts) and the factors at least 1, the product is the largest: "exchanged 390
    prisoners, 195 each" is 195 for each of the two sides, not for each of the 390."""
    if product.claim.unit == a.claim.unit == b.claim.unit:
        values = [v.claim.value for v in (product, a, b)]
        if all(x is not None and x >= 1 for x in values):
            largest = max((a, b), key=lambda v: v.claim.value or 0.0)
            if (largest.claim.value or 0.0) > (product.claim.value or 0.0):
                product, a, b = largest, product, (b if largest is a else a)
    return Relation(
        RelationKind.RATE,
        (product.id, a.id, b.id),
        basis,
        (Role.PRODUCT.value, Role.FACTOR.value, Role.FACTOR.value),
        group=group,
        targets=(checked.id,),
    )


def _total_beside(items: list[_Item], per: _Item, count: _Item) -> _Item | None:
    """The amount an amount each makes over a count before it, stated beside it: set off after it and named a
    total ('downed 1,800 drones at $2,500 each, or $6.3m in total'), or set off right before it, after the count
    ('About 1.2 million households ..., owing £3.9bn between them, roughly £4,100 each')."""
    after = items[per.index + 1] if per.index + 1 < len(items) else None
    between = items[per.index - 1] if per.index - 1 > count.index else None
    if (
        after is not None and _is_value(after) and _total_named(after)
        and per.after_text.partition(",")[0].strip() in ("each", "apiece")
    ):
        made = after
    elif between is not None and _is_value(between) and per.before_text.rstrip().endswith(","):
        made = between
    else:
        return None
    return made if units.product_factor(per.claim.unit, count.claim.unit, made.claim.unit) is not None else None


def _shared_among(items: list[_Item], per: _Item) -> tuple[_Item, _Item] | None:
    """'The three clubs shared 240 tickets, 80 each', 'exchanged 390 prisoners, 195 each': a count set off after a
    larger count, and said to be 'each', is that count shared out among the count before it in its clause (the
    whole and those who share it)."""
    if per.family != "count" or per.index < 2 or _first_word(per.after_text) not in ("each", "apiece"):
        return None
    whole = items[per.index - 1]
    if not (_is_value(whole) and whole.family == "count" and per.before_text.rstrip().endswith(",")):
        return None
    if (whole.claim.value or 0.0) <= (per.claim.value or 0.0) or len(per.words_before()) > EACH_WORDS:
        return None
    sharers = [v for v in items[max(0, whole.index - RATE_REACH) : whole.index]
               if v.clause == whole.clause and _is_value(v) and v.family == "count"
               and 1 < (v.claim.value or 0.0) < (whole.claim.value or 0.0)]
    return (whole, sharers[-1]) if sharers else None


def _each_count(items: list[_Item], per: _Item) -> _Item | None:
    """The count an amount is 'for each of' (after it), or the count before an amount said to be 'each'."""
    if not per.is_value or per.claim.value in (None, 0):
        return None
    first = _first_word(per.after_text)  # most values are followed by neither: the rest is not read
    if first == "for" and per.index + 1 < len(items) and per.words_after() in FOR_EACH:
        count = items[per.index + 1]
        return count if _is_value(count) and count.claim.value else None
    if first in ("each", "apiece") and per.index > 0 and per.after_text[:1] != ",":  # not ", each producing"
        count = items[per.index - 1]
        if count.family != "count" and per.index >= 2 and per.before_text.rstrip().endswith(","):
            # "1.2 million households ..., owing £3.9bn between them, roughly £4,100 each"; not "13.2 million
            # overnight stays, and spent about €1.68bn, roughly €700 each", where 'and' opens another statement
            count = items[per.index - 2]
            if " and " in count.after_text:
                return None
        reach = 2 * EACH_WORDS if _averaged(per) else EACH_WORDS  # "1.9 million donated, giving an average of £24 each"
        near = len(per.words_before()) <= reach and not _detached(per.before_text)
        if near and count.claim.kind is Kind.COUNT and count.family == "count" and count.claim.value:
            return count
    return None


def _total_then_count(items: list[_Item], total: _Item, count: _Item, per: _Item) -> bool:
    """'forcing 264,000 people into 1,400 shelters, an average of 240 per shelter', '$18m on grants for 2,400
    students, worth $7,500 apiece': the total and the count in one clause, the amount for each set off
    right after the count."""
    return (
        total.index < count.index == per.index - 1
        and total.claim.sentence == count.claim.sentence == per.claim.sentence
        and total.clause == count.clause
        and _apposed_before(items, count, per.index)
    )


def _apposed_before(items: list[_Item], total: _Item, index: int) -> bool:
    """Whether the words from a value to the claim at ``index`` are set off by a comma, with no word that
    starts another phrase after it and no value between: '12.4 tonnes of plastic ..., an average of'."""
    gap = "".join(v.before_text + (v.claim.text if v.index < index else "") for v in items[total.index + 1 : index + 1])
    if "," not in gap:
        return False
    tail = gap.rpartition(",")[2]
    restated = _has(tail, cues().apposition)  # "..., which is £45 for each of"
    return (restated or not _detached(tail)) and all(v.family is None for v in items[total.index + 1 : index])


_PER_AFTER = re.compile(r"\s?(?:a|an|per|each)\s", re.IGNORECASE)  # "24.5 points a game", "250 per farm"


def _bare_count(item: _Item) -> bool:
    """A count with nothing per anything about it: not '24.5 points a game', 'an average of 250 per farm'."""
    return (
        item.claim.kind is Kind.COUNT
        and item.claim.unit == "dimensionless"
        and ("per" not in item.claim.text.lower() or "per" not in _words(item.claim.text))
        and not _PER_AFTER.match(item.after_text)
        and not _averaged(item)
        # "her season average at 24.5 points"
        and ("average" not in item.before_text.lower() or "average" not in _last_words(item.before_text, 3))
    )


def _named_per_head(items: list[_Item], by_sentence: dict[int, list[_Item]]) -> Iterable[Relation]:
    """'reported first-half revenue of CHF 4.2bn ... With 16,800 employees, revenue per head came to about CHF
    310,000': an amount '<noun> per head' (or per employee, per resident), the one count of its sentence before
    it, and the one amount of its unit stated right after that noun ('revenue of') in the PER_CAPITA_BACK
    sentences before: the amount per head times the count is that amount."""
    heads = relation_words().head_nouns
    for per in items:
        if not _is_value(per) or not per.claim.value or per.family in (None, "count", "percent"):
            continue
        words = per.words_before()[-6:]
        at = next((k for k in range(len(words) - 2, 0, -1) if words[k] == "per" and words[k + 1] in heads), None)
        if at is None or not words[at - 1].isalpha() or len(words[at - 1]) <= 3:
            continue
        noun = _stem(words[at - 1])
        counts = [v for v in _before(items, per) if v.family == "count" and _is_value(v) and not _reference(v)]
        if len(counts) != 1 or not counts[0].claim.value:
            continue
        named = [
            v for v in _sentences_before(by_sentence, per.claim.sentence)
            if _is_value(v) and v.claim.unit == per.claim.unit and not _reference(v)
            and [_stem(w) for w in v.words_before()[-2:]] == [noun, "of"]
        ]
        if len(named) != 1:
            continue
        yield _product_link(
            named[0], per, counts[0],
            f"'{per.claim.text}' per head of '{counts[0].claim.text}' makes '{named[0].claim.text}'",
            f"per-head:{per.id}",
            per,
        )
