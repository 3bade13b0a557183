"""Links of a change to its levels: "rose 25%, from 40 to 50", two changes of one level ("up £40, or 9%, to
£520"), an amount set off before a change, two levels with no change stated ("5,600, up from 3,500", "That
compares with 5.5%"), a rate of change and its earlier level, and a premium to a price."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from quant import units
from quant.model import Direction, Kind, Relation, RelationKind
from quant.relations.items import (
    _DATE,
    _RATIO,
    Role,
    _comparable,
    _cue_before,
    _detached,
    _gap_text,
    _in_unit_of,
    _is_share,
    _is_value,
    _Item,
    _marked_after,
    _near_in_size,
    _reference,
    compatible,
    is_fraction,
)
from quant.relations.shares import _whole_of_part
from quant.relations.sums import _aimed_at
from quant.relations.words import (
    _CLAUSE_MARK,
    _has,
    _may_hold,
    _phrases_of,
    _quote_currencies,
    _stem,
    _words,
    cues,
    function_words,
    relation_words,
    rounding_qualifiers,
)

#: a change reaches values at most this many claims away in its clause
CHANGE_REACH = 4


def _delta_unit(unit: str) -> str:
    return f"delta_{unit}" if unit in ("degC", "degF", "degree_Celsius", "degree_Fahrenheit") else unit


def _accepts(change: _Item, value: _Item) -> bool:
    """Whether a change can join values like this one."""
    if not value.is_value:
        return False
    if change.family in ("percent", "factor"):
        # "rose 35% in three months": the duration is when, not what
        return value.family != "[time]" or value.claim.cue in ("from", "to")
    if change.family == "pp":
        return value.family == "percent"
    if change.family is None or value.family in ("percent",):
        return False
    return units.factor(change.claim.unit, _delta_unit(value.claim.unit)) is not None or (
        change.family == value.family
    )


def _changes(items: list[_Item]) -> Iterable[Relation]:
    for change in items:
        if not change.is_change or change.family is None or _premium_on_a_condition(change):
            continue
        if _names_its_reference(change):
            # "won 94 seats, 7 short of a majority": the level is the value before it; findings works out the
            # one named in words (94 + 7 = 101)
            level = next((v for v in reversed(items[max(0, change.index - 2) : change.index])
                          if v.clause == change.clause and v.is_value and _accepts(change, v)
                          and not _whole_of_part(items, v)), None)  # "won 162 of the 350 seats, 14 short of"
            if level is not None:
                yield Relation(
                    RelationKind.DIFFERENCE, (change.id, level.id), f"'{change.claim.text}' a level named in words",
                    (Role.CHANGE.value, Role.AFTER.value), group=f"change:{change.id}", direction=change.change,
                )
            continue
        amount = _amount_set_off_before(items, change)
        if amount is not None:
            yield amount
            continue
        # "won 22 of their 34 matches, drew 7 and lost 4": a count joined by 'and' to the one before it is
        # the next item of a list, not a change of the values before it
        listed = change.family == "count" and change.words_before() == ["and"]
        # "60 km², but gains of 240 km² were three times as large"; not "won 14, double their previous tally"
        across = change.claim.kind is _RATIO and not _reference_in_words(items, change)
        as_many = (change.claim.kind is _RATIO and change.claim.text.lower().endswith((" as many", " as much"))
                   and "as" not in _words(change.after_text.partition(",")[0]))  # not "as many vehicles as Ukraine"
        reach = items[max(0, change.index - CHANGE_REACH) : change.index + CHANGE_REACH + 1]
        accepted = [  # the values the change can join at all, before the costlier tests below
            v
            for v in reach
            # across clauses only back: not "At 7.8 times earnings of £40,050, ..., and a buyer ... about £46,900"
            if ((across and v.index < change.index) or v.clause == change.clause)
            # "Another 8,200 left by bus, less than a third as many, bringing the total to 35,800": an 'as many'
            # with no base named after it compares what was stated before it
            and not (as_many and v.index > change.index)
            # "won 26, drew six and lost six, scoring 78 goals": the last item of a list reaches no value set off
            and not (listed and (v.index < change.index or "," in change.after_text))
            and _accepts(change, v)
        ]
        if not accepted:
            continue
        # a value is at most CHANGE_REACH away, so a rival nearer to it is at most twice that away
        rivals = [
            c
            for c in items[max(0, change.index - 2 * CHANGE_REACH) : change.index + 2 * CHANGE_REACH + 1]
            if c is not change and c.is_change and c.family is not None and c.clause == change.clause
        ]

        def owned(v: _Item, change: _Item = change, rivals: list[_Item] = rivals) -> bool:
            d = abs(v.index - change.index)
            if not rivals:  # the one change of its clause
                return d <= CHANGE_REACH
            # "taking the total to 6.6 million, four times the 2.2 million": a ratio set off after a level shares it
            shared = change.claim.kind is Kind.RATIO and change.index == v.index + 1 and v.after_text.strip() == ","
            if v.claim.cue in ("to", "than", "from") and not shared and any(
                r.index == v.index - 1 and _accepts(r, v) for r in rivals
            ):
                # "imports jumped 12% to $11.2bn and exports slipped 3%", "12% higher than the $3.0bn ..., helped
                # by a 31% jump": a level marked right after a change is that change's
                return False
            if _to_then_from(items, v):
                return v.index - 2 == change.index  # "by 75 basis points to 6.5%, up from 5.5%, ... shed a quarter"
            return d <= CHANGE_REACH and all(
                abs(v.index - r.index) >= d or not _accepts(r, v) for r in rivals
            )

        values = sorted(
            (
                v
                for v in accepted
                if owned(v)
                # the cheapest refusals first: each is a test of its own, and a value kept passes them all
                and not _other_noun_which(change, v)
                and not _earlier_rate(change, v)
                and not _left_by_the_value_before(items, change, v)
                and not _owner_between(change, v)
                and not _restated_change(items, change, v)
                and not _past_apposition(change, v)
                and not _whole_of_part(items, v)
                and not _aside(items, change, v)
                and not _another_statement_between(change, v)
            ),
            # "rose 8% over the year, from £250 to £270": values marked "from" and "to" (or as a level left: "on
            # last season's 14,300") are the change's own
            key=lambda v: (
                (
                    (v.claim.cue not in ("from", "to") and not (_reference(v) and v.clause == change.clause))
                    or _split(items, v)
                )
                and not _compared(change, v),
                abs(v.index - change.index),
                v.index,
            ),
        )
        if not values:
            continue
        chosen = [values[0]]
        # "3,100 tonnes, or 260 tonnes a month, double the 1,550 tonnes": a value of the same family first
        # (and in its unit: "1.9 million hectares, an area of about 9,300 square miles, up from 1.6 million hectares")
        chosen += sorted(
            (v for v in values[1:] if _comparable(v, chosen[0])),
            key=lambda v: (v.family != chosen[0].family, v.claim.unit != chosen[0].claim.unit),
        )[:1]
        if len(chosen) == 2 and ("/" in chosen[0].claim.unit) != ("/" in chosen[1].claim.unit):
            # "184 mm of rain in 36 hours, about 5 mm per hour and more than one and a half times the usual
            # total of 120 mm": a rate and an amount joined only by a dropped denominator give way to two amounts
            plain = chosen[1] if "/" in chosen[0].claim.unit else chosen[0]
            same = [v for v in values if v is not plain and v.claim.unit == plain.claim.unit]
            if same:
                chosen = sorted([plain, same[0]], key=lambda v: values.index(v))
        if len(chosen) == 2 and (not _paired(change, *chosen) or _far_apart(change, *chosen)):
            chosen = chosen[:1]
        compared = _set_off_comparison(items, change, values)
        if compared is not None:  # "a price of £68 per MWh, 12% below last year's £82"
            chosen = compared
        if any(_quoted_rate(v) for v in chosen):
            continue  # "lost a third of its value, sliding to 54 to the dollar from 36": value moves inversely
        if change.family == "pp" and len(chosen) == 1:
            chosen += _rate_that_left(items, chosen[0], change)
        roles = _change_roles(change, chosen)
        kind = RelationKind.RATIO if change.claim.kind is Kind.RATIO else RelationKind.CHANGE
        if change.family not in ("percent", "factor"):
            kind = RelationKind.DIFFERENCE
        ids = (change.id, *(v.id for v in chosen))
        all_roles = (Role.CHANGE.value, *roles)
        basis = f"'{change.claim.text}' joins " + " and ".join(f"'{v.claim.text}'" for v in chosen)
        direction = change.change
        if change.claim.text.lower().endswith("improvement") and all(v.family == "[time]" for v in chosen):
            direction = Direction.DECREASE  # "fell from 31 hours to 26 hours, a 16% improvement": less time
        yield Relation(kind, ids, basis, all_roles, firm=True, group=f"change:{change.id}", direction=direction)


#: "fell 9% in late trading after it reported revenue of": a clause of its own subject and verb opens between
_SUBORDINATE = re.compile(
    r"\b(?:(?:after|because)[ ](?:it|they|the[ ][a-z]+|its[ ][a-z]+)|which)[ ][a-z]+ed\b"
)  # and "May's inflation rate of 2.9%, which slowed from 3.3%": the level of the clause's own change


def _set_off_comparison(items: list[_Item], change: _Item, values: list[_Item]) -> list[_Item] | None:
    """'at an average strike price of £68 per megawatt-hour, 12% below last year's £82': a comparison set off by a
    comma right after a value, and the value it compares with right after it, of one kind: those two, whatever
    else the sentence holds ('awarded capacity to four projects')."""
    if not change.diff_cue or change.index == 0 or change.index + 1 >= len(items):
        return None
    before, after = items[change.index - 1], items[change.index + 1]
    if before not in values or after not in values or change.before_text.strip() != ",":
        return None
    return [before, after] if _comparable(before, after) else None


def _another_statement_between(change: _Item, v: _Item) -> bool:
    """'Shares fell 9% in after-hours trading after it reported quarterly revenue of $5.6bn': a value after a
    clause with a subject and verb of its own is what that clause states, not a level of the change."""
    if v.index <= change.index:
        return False
    return _SUBORDINATE.search(_gap_text(change, v).lower()) is not None


def _two_changes_of_one_level(items: list[_Item], changes: list[Relation]) -> Iterable[Relation]:
    """'rose 21 cents, or 15%, to $1.62', 'up £40 to £520, a 9% rise': a change joined to one level, and the
    same change in other terms set off by a comma beside it or the level: an amount and a percentage.
    Together they give the other level and check each other."""
    done: set[frozenset[str]] = set()
    by_id = {v.id: v for v in items} if changes else {}
    for joined in changes:
        if len(joined.claims) != 2 or joined.kind is RelationKind.RATIO:
            continue
        change, level = (by_id[cid] for cid in joined.claims)
        for other in _set_off_beside(items, change, level):
            if not other.is_change or other.change != change.change or other.id == level.id:
                continue
            relative, amount = (change, other) if _relative(change) else (other, change)
            if not _relative(relative) or amount.family in ("percent", "pp", "factor", None):
                continue
            if not _accepts(amount, level) or frozenset((amount.id, level.id)) in done:
                continue
            done.add(frozenset((amount.id, level.id)))
            yield _both_change(relative, level, amount, joined.roles[1], change.change)


def _both_change(
    relative: _Item, level: _Item, amount: _Item, level_role: str, direction: Direction | None
) -> Relation:
    """A relative change and an amount's change of one level: together they give the other level."""
    return Relation(
        RelationKind.CHANGE,
        (relative.id, level.id, amount.id),
        f"'{amount.claim.text}' and '{relative.claim.text}' both change '{level.claim.text}'",
        (Role.CHANGE.value, level_role, Role.CHANGE.value),
        firm=True,
        group=f"changes:{level.id}",
        direction=direction,
    )


def _relative_of_an_amount_change(items: list[_Item], changes: list[Relation]) -> Iterable[Relation]:
    """'House prices fell 3.8% in the year to May, with the average home selling for £412,000, down £22,000':
    a relative change joined to no value, before an amount's change joined to one level only in its sentence,
    the same way, changes that level too (the relative one is of the level the amount left)."""
    joined = {cid for r in changes for cid in r.claims}
    by_id = {v.id: v for v in items}
    for link in changes:
        if len(link.claims) != 2 or link.kind is not RelationKind.DIFFERENCE or link.roles[1] != Role.AFTER.value:
            continue
        amount, level = by_id[link.claims[0]], by_id[link.claims[1]]
        if amount.family in ("percent", "pp", "factor", None) or amount.index < level.index:
            continue  # "£412,000, down £22,000": the amount's change set off after the level it reached
        relative = next(
            (
                v for v in reversed(items[max(0, level.index - CHANGE_REACH) : level.index])
                if v.is_change and _relative(v) and v.id not in joined
            ),
            None,
        )
        if relative is None or relative.change is None or relative.change != amount.change:
            continue
        yield _both_change(relative, level, amount, Role.AFTER.value, amount.change)


def _relative(item: _Item) -> bool:
    """A change as a share of its level: 'a 9% increase', 'a cut of more than two-thirds'."""
    return item.family == "percent" or (item.family == "factor" and is_fraction(item.claim))


def _relative_restated(items: list[_Item], changes: list[Relation]) -> Iterable[Relation]:
    """'fell to 14,260 from 16,900, a drop of 2,640 or 18.5%': an amount a change joined to both its levels,
    restated right after it as a percentage ('or', '(' or ', or'), changes those levels too."""
    by_id = {v.id: v for v in items}
    joined = {cid for r in changes for cid in r.claims}
    for link in changes:
        if len(link.claims) != 3 or link.kind is not RelationKind.DIFFERENCE:
            continue
        change = by_id[link.claims[0]]
        nxt = items[change.index + 1] if change.index + 1 < len(items) else None
        if nxt is None or nxt.id in joined or not nxt.is_change or not _relative(nxt):
            continue
        if change.after_text.strip() not in ("or", ", or", "(", ","):
            continue
        if nxt.change is not None and change.change is not None and nxt.change != change.change:
            continue
        yield Relation(
            RelationKind.CHANGE,
            (nxt.id, *link.claims[1:]),
            f"'{nxt.claim.text}' restates '{change.claim.text}', joining "
            + " and ".join(f"'{by_id[cid].claim.text}'" for cid in link.claims[1:]),
            (Role.CHANGE.value, *link.roles[1:]),
            group=f"change:{nxt.id}",
            direction=change.change,
        )


def _set_off_beside(items: list[_Item], change: _Item, level: _Item) -> Iterable[_Item]:
    """The claims set off by a comma right after the change or the level, or right before the change."""
    for v in (change, level):
        nxt = v.index + 1
        gap = v.after_text
        if nxt < len(items) and items[nxt].claim.kind is _DATE:  # "1,100 more than in January, an increase of"
            gap += items[nxt].claim.text + items[nxt].after_text
            nxt += 1
        if nxt < len(items) and _set_off(gap):
            yield items[nxt]
    if change.index > 0 and _set_off(items[change.index - 1].after_text):
        yield items[change.index - 1]


#: between a claim and its restatement: ", or ", ", a ", " a ride, a ", " on Sunday, or "
_SET_OFF = re.compile(
    r"(?:[ ][A-Za-z]{1,12}){0,3},[ ]"
    r"(?:(?:or[ ])?(?:an?[ ])?"  # ", or ", ", a "
    # ", taking the typical bill up by "
    r"|(?:taking|bringing|pushing|lifting|putting)(?:[ ][A-Za-z]{1,12}){0,3}[ ](?:(?:up|down)[ ]by[ ])?)"
)


def _set_off(gap: str) -> bool:
    """Whether the next claim restates this one, set off by a comma."""
    return _SET_OFF.fullmatch(gap) is not None


def _amount_set_off_before(items: list[_Item], change: _Item) -> Relation | None:
    """'has taken on 420 nurses since April, an 8% increase that brings its workforce to 5,670': an amount set
    off by a comma right before a relative change, which then reaches a level, is the change's amount (a
    level the change left would be marked 'from'). The amount and the percentage check each other."""
    if change.index == 0 or not _relative(change):
        return None
    amount = _past_dates(items, change, -1)  # "420 nurses since April, an 8% increase": past the date
    if amount is None or not amount.is_value or amount.family in ("percent", "pp", "factor", None):
        return None
    if _reference(amount):
        return None
    between = items[amount.index + 1 : change.index]
    gap = amount.after_text + "".join(v.claim.text + v.after_text for v in between)
    if not _set_off(gap) or amount.claim.cue == "to":
        return None
    added = items[amount.index - 1] if amount.index > 0 else None
    if (
        added is not None and added.is_value and added.family == amount.family
        and not relation_words().adding_verbs.isdisjoint(added.words_before()[-ADDING_VERB_WORDS:])
        and _ADDED_TO.search(amount.before_text.lower()) is not None
    ):
        # "will add 650 jobs to a current workforce of 2,600, a 25% increase": the amount added, then its level
        return _both_change(change, amount, added, Role.BEFORE.value, change.change)
    reached = _past_dates(items, change, 1)
    role = Role.AFTER
    if reached is not None:
        level = reached  # the next value, the level reached: not "12% higher than the $4.0bn"
        if level.clause != change.clause or not _marked_after(level) or not level.is_value:
            return None
    else:
        # "employs 3,400 people and plans to add 500 staff, a 15% increase": added to the level before it
        earlier = [v for v in items[max(0, amount.index - 2) : amount.index] if v.is_value and not _reference(v)]
        if not earlier or earlier[-1].clause != amount.clause:
            return None
        if relation_words().adding_verbs.isdisjoint(amount.words_before()[-ADDING_VERB_WORDS:]):
            return None
        level, role = earlier[-1], Role.BEFORE
    if not _accepts(amount, level):
        return None
    return Relation(
        RelationKind.CHANGE,
        (change.id, level.id, amount.id),
        f"'{amount.claim.text}' and '{change.claim.text}' both change '{level.claim.text}'",
        (Role.CHANGE.value, role.value, Role.CHANGE.value),
        firm=True,
        group=f"changes:{level.id}",
        direction=change.change,
    )


def _restates_a_change(items: list[_Item], v: _Item) -> bool:
    """A value that restates the change before it in another unit, rounded: '..., about 55,400 acres'."""
    prior = _past_dates(items, v, -1, DATES_PASSED + 1)
    return (
        prior is not None and prior.is_change and prior.family == v.family and prior.claim.unit != v.claim.unit
        and v.claim.qualifier in rounding_qualifiers() and v.before_text.rstrip().endswith(",")
    )


#: how many dates a claim's neighbour may stand past: "420 nurses since April, an 8% increase"
DATES_PASSED = 1


def _past_dates(items: list[_Item], v: _Item, step: int, reach: int = DATES_PASSED + 1) -> _Item | None:
    """The nearest claim before (step -1) or after (step 1) ``v`` that is not a date, within ``reach``."""
    for at in range(v.index + step, v.index + step * (reach + 1), step):
        if not 0 <= at < len(items):
            return None
        if items[at].claim.kind is not _DATE:
            return items[at]
    return None


#: how many words before an amount the verb that adds it may stand ("plans to add 500")
ADDING_VERB_WORDS = 2


def _names_its_reference(change: _Item) -> bool:
    """'14 short of a majority, with ...': the change is from a level named in words, not from a value nearby."""
    if not change.claim.text.lower().endswith((" of", " than")):
        return False
    words = change.words_after()
    if len(words) < 2 or words[0] not in ("a", "an", "the", "its", "their"):
        return False
    # "7 short of a majority in the 200-seat chamber": a level every reader knows by its name
    return words[1] in relation_words().named_levels or _CLAUSE_MARK.search(change.after_text) is not None


def _reference_in_words(items: list[_Item], change: _Item) -> bool:
    """'the Greens won 14, double their previous tally': a ratio whose reference is named by a possessive
    phrase after it, with no value after it in its clause."""
    words = change.words_after()
    if not words or words[0] not in relation_words().possessives:
        return False
    following = items[change.index + 1] if change.index + 1 < len(items) else None
    return following is None or following.clause != change.clause


def _aside(items: list[_Item], change: _Item, v: _Item) -> bool:
    """A value that is not a level of the change: a target ('closer to the central bank's 2% target'), or an
    average set off after it ('slid to $3.2bn, down $0.9bn, an average of $410,000 per ship')."""
    if v.index < change.index:
        if _restates_a_change(items, v):
            return True  # "lost 18,400 hectares in 2025, about 55,400 acres, down 28% from 25,600 hectares"
        if ", with " in _gap_text(v, change):
            return True  # "revenue of €168bn, with defence up 14% to €9.7bn": the change opens a phrase of its own
    else:
        if _parts_between(items, change, v):
            return True  # "£6.7bn more than a year earlier, made up of £20.2bn in April, ...": parts, not levels
        if (
            _cue_before(v, "average") and "," in _gap_text(change, v)
            and "to" not in _words(v.before_text.rpartition(",")[2])
        ):
            return True  # "slid to $3.2bn, down $0.9bn, an average of $410,000 per ship"
    # not "4% short of its $64bn target", where the target is what the change is from, nor "short of the 40
    # million forecast, a shortfall of 8.8 million": a shortfall is from the target
    if "short" in change.claim.text.lower():
        return False
    return v.claim.cue != "to" and _aimed_at(v) and len(_words(_gap_text(change, v))) > ASIDE_WORDS


def _parts_between(items: list[_Item], change: _Item, v: _Item) -> bool:
    """Whether a cue of parts ('made up of') stands between a change and a value after it, other claims aside."""
    parts = cues().parts
    # a quick refusal: the text from the change to the value holds every gap between them
    if not _may_hold(v.text[change.claim.span.end : v.claim.span.start].lower(), parts):
        return False
    return any(_has(x.before_text, parts) for x in items[change.index + 1 : v.index + 1])


#: the words between a change and a target it is measured from ("short of its $64bn target")
ASIDE_WORDS = 3


def _other_noun_which(change: _Item, v: _Item) -> bool:
    """'drawing the remaining £2.8m from reserves, which would fall by a seventh': the change is of the noun
    before ', which', not of a value further back ('£50m, which was 20% up' is of the value)."""
    if v.index >= change.index:
        return False
    head, which, _ = change.before_text.lower().partition(", which")
    return bool(which) and bool(_words(head))


def _restated_change(items: list[_Item], change: _Item, v: _Item) -> bool:
    """'risen 11.4 cm since 1995, about 4.5 inches': the change restated in another unit, rounded, after a
    comma (dates aside), is the same amount, not a level."""
    if v.index <= change.index or v.claim.qualifier not in rounding_qualifiers() or v.claim.unit == change.claim.unit:
        return False
    between = items[change.index + 1 : v.index]
    if any(b.family is not None for b in between) or not _gap_text(change, v).rstrip().endswith(","):
        return False
    return units.factor(change.claim.unit, v.claim.unit) is not None and _near_in_size(change, v)


def _of_that(change: _Item, later: _Item) -> bool:
    """'twice that number, 16,000', 'three times that, about 900': a ratio of what was just said, restated."""
    set_off = change.after_text.rstrip().endswith(",")
    return later.index == change.index + 1 and change.words_after()[:1] in (["that"], ["this"]) and set_off


def _owner_between(change: _Item, v: _Item) -> bool:
    """'248, or 40%, saw their headache days at least halved': a possessive between a value and the change
    right after it names what changed, another thing than the value."""
    return v.index == change.index - 1 and not _POSSESSIVES.isdisjoint(change.words_before())


_POSSESSIVES = frozenset({"their", "its", "his", "her"})


def _left_by_the_value_before(items: list[_Item], change: _Item, v: _Item) -> bool:
    """'rose 2.1% to €38.9bn, leaving a surplus of €2.4bn, down from €6.7bn': a level left by the value right
    before it ('up/down from'), when the change reached its level ('to'), or joined a value of its kind, before
    that value (not 'fell 18%, closing at €4.12, down from €5.20')."""
    if v.claim.cue != "from" or v.index < change.index + 3:
        return False
    before = items[v.index - 1]
    if before.is_change or before.claim.cue == "to" or not before.is_value:
        return False
    # the change reached its level, or joined a value of v's kind, between it and that value: "three times annual
    # earnings of €840m, and will pay a dividend of €0.45 a share, up from €0.40"
    between = items[change.index + 1 : before.index]
    if not any(u.claim.cue == "to" or (_is_value(u) and _comparable(u, v)) for u in between):
        return False
    return _words(v.before_text)[-2:] in (["up", "from"], ["down", "from"])


def _split(items: list[_Item], v: _Item) -> bool:
    """'voted by 84% to 16%', 'won 3 to 1': the second of two values joined by 'to', neither a change nor
    a level left: a split or a score, not a level a change reached."""
    if v.claim.cue != "to" or v.index == 0:
        return False
    first = items[v.index - 1]
    return (
        not first.is_change
        and first.claim.cue != "from"
        and first.family == v.family
        and first.after_text.strip() == "to"
    )


def _to_then_from(items: list[_Item], v: _Item) -> bool:
    """'raised it 75 basis points to 6.5%, up from 5.5%': a level left, right after the level a change
    reached, is that change's, whatever change comes nearer after it."""
    if v.claim.cue != "from" or v.index < 2 or items[v.index - 1].claim.cue != "to":
        return False
    first = items[v.index - 2]
    return first.is_change and first.clause == v.clause and _accepts(first, v)


#: words a ratio may stand from the value it compares with ("9 times its annual profit of $400m")
COMPARED_WORDS = 6


def _quoted_rate(item: _Item) -> bool:
    """An exchange rate quoted against a currency: '54 to the dollar', '1.17 per euro', '150 against the yen'."""
    words = item.words_after()[:3]
    return (
        len(words) >= 2
        and words[0] in ("to", "per", "against")
        and bool(_quote_currencies() & set(words[1:]))
    )


def _compared(change: _Item, v: _Item) -> bool:
    """'three times as many as the 430', 'about 9 times its profit of $400m', 'double the 1,000': a value
    right after a ratio in the same phrase is what it multiplies, the earlier value, however near others are.
    """
    if change.claim.kind is not Kind.RATIO or change.change is not None or v.index != change.index + 1:
        return False
    gap = change.after_text
    words = _words(gap)
    return (
        v.claim.cue != "to"
        and len(words) <= COMPARED_WORDS
        and not any(mark in gap for mark in ",;:()")
        and not _detached(" ".join(words))
    )


def _paired(change: _Item, a: _Item, b: _Item) -> bool:
    """Whether two values on one side of a change are its before and after: marked as such ("from 40 to
    50", "to 1,240 from 980") or joined ("400 in 2023 and 520 in 2024"), not "leaving 420 employees at its
    two plants".
    """
    if (a.index > change.index) != (b.index > change.index):
        return True
    first, second = sorted((a, b), key=lambda v: v.index)
    if first.claim.cue == second.claim.cue == "from":
        return False  # "up 7% from 1,200, using organs from 412 donors": one level left, not two
    if _marked_after(first) and not _reference(second):
        return False  # "climbed by a fifth to 2.4 million, with cruise passengers making up 850,000 of them"
    if any(v.claim.cue in ("from", "to", "than", "against") or _reference(v) for v in (a, b)):
        return True
    gap = _gap_text(first, second)
    return "," in gap or not relation_words().pair_words.isdisjoint(_words(gap))


#: a relative change does not join two values this many times apart ("down 8% at 412p, wiping £600m
#: off its value": a price and a market value, not a level before and after)
FAR_APART = 100.0


def _far_apart(change: _Item, a: _Item, b: _Item) -> bool:
    if change.family not in ("percent", "factor"):
        return False
    ratio = _ratio_of(a, b)
    if ratio is None:
        return False
    if not 1 / FAR_APART <= ratio <= FAR_APART:
        return True
    # "cut cases by 72%" beside 104 cases and a trial of 4,200: levels forty times apart are no 72% fall
    stated = _stated_factor(change)
    return stated is not None and max(ratio, 1 / ratio) > FAR_FROM_STATED * stated


#: how many times further apart than a relative change says two values may be and still be its levels
FAR_FROM_STATED = 10.0


def _stated_factor(change: _Item) -> float | None:
    """How many times the larger level of a relative change is the smaller: 3.57 for 'down 72%', 2 for
    'doubled'; None where it says no size."""
    value = change.claim.value
    if value is None or value <= 0:
        return None
    if change.family == "factor":
        return max(value, 1 / value)
    if change.change is Direction.DECREASE:
        return 1 / (1 - value / 100) if value < 100 else None
    return 1 + value / 100


def _levels(items: list[_Item], taken: set[str]) -> Iterable[Relation]:
    """Two levels of one thing with no change stated: '5,600, up from 3,500', 'from 40 to 60'. The change
    they imply is worked out; nothing is judged, as no change is stated.
    """
    for v in items:
        if v.id in taken or not v.is_value or not _reference(v):
            continue
        nxt = items[v.index + 1] if v.index + 1 < len(items) else None
        prev = items[v.index - 1] if v.index > 0 else None
        later: _Item | None = None
        if prev is not None and _is_value(prev) and prev.claim.cue == "to" and _comparable(prev, v) and (
            prev.clause == v.clause and prev.id not in taken
        ):
            later = prev  # "climbed to 36.5% from 29%, and turnout fell to 41%"
        elif nxt is not None and _is_value(nxt) and _marked_after(nxt) and _comparable(v, nxt) and (
            nxt.clause == v.clause
        ):
            later = nxt  # "from 40 to 60"
        else:
            for p in reversed(items[max(0, v.index - CHANGE_REACH) : v.index]):
                if p.is_change or p.id in taken:
                    break  # a stated change owns the values around it
                if _is_value(p) and _comparable(p, v):
                    if _whole_of_part(items, p):
                        continue  # "won 88 of the 175 seats, ..., up from 71": the part, not its whole
                    if p.clause == v.clause and not _reference(p):
                        later = p  # "5,600 patients, up sharply from 3,500"
                    break
        if later is None or later.id in taken or later.family is None or _counts_of_other_things(v, later):
            continue
        if _levels_far_apart(v, later):
            continue  # "paid a toll of £9.40, against £3.20 for cars, bringing toll income to roughly £87m"
        taken.update((v.id, later.id))
        yield _two_levels(v, later, f"'{later.claim.text}' against the earlier '{v.claim.text}'", v)


def _levels_far_apart(a: _Item, b: _Item) -> bool:
    """Two values FAR_APART times apart or more: a price and a total, not one thing's levels."""
    ratio = _ratio_of(a, b)
    return ratio is not None and not 1 / FAR_APART <= ratio <= FAR_APART


def _ratio_of(a: _Item, b: _Item) -> float | None:
    """How many times b is a, in a's unit (None where either is zero or unknown, or they cannot be compared)."""
    k = units.factor(b.claim.unit, a.claim.unit)
    va, vb = a.claim.value, b.claim.value
    if k is None or not va or not vb:
        return None
    return abs(va / (vb * k))


def _counts_of_other_things(a: _Item, b: _Item) -> bool:
    """'lifting them to 52 points from 24 matches': two counts, each followed by a plural noun, of two nouns."""
    if a.family != "count" or b.family != "count":
        return False
    nouns = [_plural_after(x) for x in (a, b)]
    return None not in nouns and _stem(nouns[0] or "") != _stem(nouns[1] or "")


def _plural_after(item: _Item) -> str | None:
    """The plural noun right after a count: '24 matches' -> 'matches'; none after '3,500 last year'."""
    word = next(iter(item.words_after()), "")
    if len(word) < 4 or not word.isalpha() or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return None
    return None if word in function_words() else word


def _compares_with(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'... 736 of them, or 4%, failed. That compares with 5.5% of the 16,000 stopped a year earlier': a level
    the sentence opens by comparing with the like value of the sentence before; the change is worked out."""
    if not items or not previous:
        return
    first = items[0]
    lead = first.words_before()
    opens = lead[:1] in (["that"], ["this"], ["it"]) and _has(" ".join(lead), _phrases_of("compares"))
    if len(lead) > 5 or not opens:
        return
    later = next((v for v in reversed(previous) if _is_value(v) and v.family == first.family and _comparable(v, first)
                  and not _reference(v)), None)
    if later is None or not _is_value(first) or later.claim.value == first.claim.value:
        return
    yield _two_levels(first, later, f"'{later.claim.text}' against the earlier '{first.claim.text}'", first)


def _two_levels(before: _Item, after: _Item, basis: str, key: _Item) -> Relation:
    """Two levels of one thing with no change stated between them: findings works the change out."""
    return Relation(
        RelationKind.CHANGE,
        (before.id, after.id),
        basis,
        (Role.BEFORE.value, Role.AFTER.value),
        group=f"level:{key.id}",
    )


def _earlier_rate(change: _Item, v: _Item) -> bool:
    """'prices rose 4.6% in the year to October, down from 5.4%': a rate of change stated with its own earlier
    level after ', down from'; 5.4% is not what rose by 4.6%."""
    if change.family != "percent" or change.claim.kind is not Kind.CHANGE or v.family != "percent":
        return False
    if v.index <= change.index or not _reference(v):
        return False
    _, comma, tail = _gap_text(change, v).rpartition(",")
    words = _words(tail)
    return bool(comma) and len(words) <= 3 and words[-1:] == ["from"] and not {"up", "down"}.isdisjoint(words)


def _rate_that_left(items: list[_Item], earlier: _Item, change: _Item) -> list[_Item]:
    """'Prices rose 6.8% in the year to May, down from 8.1% in April, a drop of 1.3 points': the rate of change
    that left the earlier level a change in points is joined to is the level it reached. So too the rate right
    before a change in points from a level: 'rose 4.6% in the year to January, an acceleration of 0.4 points
    from December's 3.9%'."""
    rate = next(
        (v for v in items[max(0, earlier.index - CHANGE_REACH) : earlier.index] if _earlier_rate(v, earlier)), None
    )
    if rate is None and earlier.claim.cue == "from" and 0 < change.index < earlier.index:
        before = next((v for v in reversed(items[: change.index]) if v.claim.kind is not _DATE), None)
        if before is not None and before.family == "percent" and before.claim.kind is Kind.CHANGE and (
            "," in change.before_text
        ):
            rate = before
    return [rate] if rate is not None else []


def _rate_levels(items: list[_Item]) -> Iterable[Relation]:
    """The rate of change and its earlier level ('rose 4.6%, down from 5.4%'): two levels of one rate."""
    for change in items:
        if change.family != "percent" or change.claim.kind is not Kind.CHANGE:
            continue  # as _earlier_rate would say, before looking for the earlier level
        later = items[change.index + 1 : change.index + 1 + CHANGE_REACH]
        earlier = next((v for v in later if _is_value(v) and v.family == "percent"), None)
        if earlier is None or not _earlier_rate(change, earlier):
            continue
        basis = f"'{change.claim.text}' against its earlier level '{earlier.claim.text}'"
        yield _two_levels(earlier, change, basis, change)


#: words a premium may stand from the price it is a premium to ("a 25% premium to its closing price of $38")
PREMIUM_WORDS = 8


def _premium_on_a_condition(change: _Item) -> bool:
    """'a 3% discount on orders over $500': a premium or discount that names no price ("to", "over" one) is
    a change from no value the text states."""
    lowered = change.claim.text.lower()
    if not any(word in lowered for word in _premium_words()):
        return False  # a quick refusal: most changes hold no such word at all
    last = _words(lowered)[-1:]
    if not last or last[0] not in _premium_words():
        return False
    return change.words_after()[:1] not in (["to"], ["over"])


@cache
def _premium_words() -> frozenset[str]:
    """The words of the cue file's premium section ("premium", "discount"), as a set built once."""
    return frozenset(p for p, _d in cues().premium)


def _premiums(items: list[_Item]) -> Iterable[Relation]:
    """'$45 a share, a 25% premium to the closing price of $38': a percentage named as a premium (or discount)
    is the change from the price after it to the value set off by a comma before it."""
    for share in items:
        if not _is_share(share) or share.family != "percent" or not 0 < share.index < len(items) - 1:
            continue
        words = list(share.words_after())  # a copy: the determiners at its end are dropped
        direction = next((d for p, d in cues().premium if words[:1] == [p]), None)
        if direction is None or words[1:2] not in (["to"], ["over"], ["on"]) or len(words) > PREMIUM_WORDS:
            continue
        while words[-1] in relation_words().determiners:
            words.pop()
        if words[-1] not in ("of", words[1]):
            continue  # "a 3% discount on orders over $500": the value after is a condition, not the price
        offer, price = items[share.index - 1], items[share.index + 1]
        set_off = "," in share.before_text and len(_words(share.before_text.rpartition(",")[2])) <= 1  # ", a 25%"
        if "," in share.after_text or not set_off:
            continue
        if not (_is_value(offer) and _is_value(price) and compatible(offer.claim, price.claim)):
            continue
        if offer.family == "percent":
            continue
        yield Relation(
            RelationKind.CHANGE,
            (share.id, price.id, offer.id),
            f"'{share.claim.text}' {words[0]} of '{offer.claim.text}' to '{price.claim.text}'",
            (Role.CHANGE.value, Role.BEFORE.value, Role.AFTER.value),
            group=f"premium:{share.id}",
            direction=direction,
        )


def _past_apposition(change: _Item, v: _Item) -> bool:
    """'8.2 million against 6.9 million, a rise of 19%, on a fleet of 54 jets': a change set off by a comma
    as a noun phrase sums up what came before it; a value past the next comma is another phrase's.
    """
    if v.index < change.index or not change.before_text.rstrip().endswith(","):
        return False
    if _words(change.claim.text)[:1] not in (["a"], ["an"]):
        return False
    return "," in _gap_text(change, v)


def _change_roles(change: _Item, values: list[_Item]) -> tuple[str, ...]:
    if len(values) == 1:
        v = values[0]
        # "finished 95 seconds behind in 2:22:43": the time after "in" is the subject's own, not the reference
        own = v.index > change.index and v.family == "[time]" and v.words_before()[-1:] == ["in"]
        ref = _reference(v) or (change.diff_cue and v.index > change.index and not own) or _compared(change, v)
        # "twice that of the biggest raid in May, when 106 were tracked": the value a ratio is of follows it
        ref = ref or (change.claim.kind is Kind.RATIO and v.index > change.index)
        of_its = v.index == change.index + 1 and change.words_after()[:1] == ["of"] and len(
            change.words_after()
        ) <= 3  # "cut 1,650 of its 4,800 jobs": the level before the cut
        left = ref or of_its or _added_to(change, v) or _then_when(change, v)
        return (Role.BEFORE.value if left else Role.AFTER.value,)
    a, b = values
    if change.diff_cue and (a.index > change.index) != (b.index > change.index):
        before = a if a.index > change.index else b  # "83.9%, 11.1 points below the 95% target"
    elif _unanchored_ratio(change, a, b):
        # "312 violations, compared with 1,260 in the 45 days before, four times as many": no base is named,
        # so the ratio is of the larger to the smaller (or, below one, the smaller to the larger)
        small, large = sorted((a, b), key=lambda v: _in_unit_of(v, a))
        before = small if (change.claim.value or 0.0) >= 1 else large
    elif _reference(a) != _reference(b):
        before = a if _reference(a) else b
    elif _marked_after(a) != _marked_after(b):
        before = b if _marked_after(a) else a
    elif change.claim.kind is Kind.RATIO and (a.index > change.index) != (b.index > change.index):
        earlier, later = (b, a) if a.index > change.index else (a, b)
        # "860 km², more than four times the 19,500 hectares"; but "built for 8,000, now holds twice that
        # number, 16,000": the value set off after a ratio of "that" is its result
        before = earlier if _of_that(change, later) else later
    else:  # no cue: the stated direction decides which came first
        small, large = sorted((a, b), key=lambda v: _in_unit_of(v, a))
        before = large if change.change is Direction.DECREASE else small
    return tuple(Role.BEFORE.value if v is before else Role.AFTER.value for v in values)


#: "up 35% from October, when ": the time a change is from, and the level it had then
_FROM_THEN_WHEN = re.compile(
    r"[ ](?:from|on|since|compared[ ]with)[ ][^,.;]{1,40},[ ]when[ ]"
    r"(?:(?:it|they|there|the[ ][a-z]{1,20})[ ](?:had|was|were|stood[ ]at|numbered|reached|counted)[ ])?\Z"
)  # "tripled since 2021, when it had 1.9 million"


def _then_when(change: _Item, v: _Item) -> bool:
    """'the number was up 35% from October, when 2,410 were recorded': the level at the time the change is from."""
    if v.index <= change.index or v.claim.sentence != change.claim.sentence:
        return False
    return _FROM_THEN_WHEN.search(change.text, change.claim.span.end, v.claim.span.start) is not None


def _unanchored_ratio(change: _Item, a: _Item, b: _Item) -> bool:
    """'..., four times as many' after both its values, with no 'as' naming the base after it."""
    return (
        change.claim.kind is Kind.RATIO
        and max(a.index, b.index) < change.index
        and change.claim.text.lower().endswith((" as many", " as much"))
        and change.words_after()[:1] != ["as"]
    )


#: "added 1,200 vans to its fleet of 14,800": the level a count was added to, named by a noun after "to"
_ADDED_TO = re.compile(r"\bto[ ](?:its|their|the|his|her|our|a)[ ](?:(?:[a-z-]{1,20}[ ]){1,2}of[ ])?\Z")


def _added_to(change: _Item, v: _Item) -> bool:
    """'added 1,200 vans to its fleet of 14,800', 'added some 640 km² to the 2,100 km² they held': the value after
    the change is the level before it."""
    return (
        v.index == change.index + 1
        and change.claim.text.lower().startswith(("add", "added", "adding", "adds"))
        and _ADDED_TO.search(v.before_text.lower()) is not None
    )
