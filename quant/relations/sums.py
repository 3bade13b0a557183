"""Links of parts to their total: a list and its total ("£8.6bn, split between ...", "a total of 75"), a
breakdown of an amount of the sentence before, percentages listed side by side, and a rest named but not
stated ("of which £9.6m ... and the rest", "11 of its 31 stores, leaving 22")."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable

from quant.model import Kind, Relation, RelationKind
from quant.relations.items import (
    Role,
    _averaged,
    _compared_to,
    _cue_before,
    _gap_text,
    _is_value,
    _Item,
    _per,
    _reference,
    compatible,
)
from quant.relations.words import (
    _ends_with,
    _first_word,
    _has,
    _may_hold,
    _phrases_of,
    _words,
    cues,
    function_words,
    relation_words,
)

#: words allowed between two parts of a list, or after a part before the words that name the rest
LIST_WORDS = 7


def _closes_list(gap: str) -> bool:
    """'..., and the tram extension £115m' closes a list; ', cycling and walking schemes £41m' does not."""
    words = _words(gap.rpartition(",")[2]) if "," in gap else _words(gap)
    return words[:1] == ["and"] if "," in gap else "and" in words


#: words that set two values side by side as a comparison of two groups, not items of one list
_COMPARING = frozenset({"versus", "vs", "against"})


def _compared_across(items: list[_Item], prev: _Item, cur: _Item) -> bool:
    """'248, or 40%, ... versus 22% of the placebo group, roughly 136': a comparing word between two values."""
    return any(not _COMPARING.isdisjoint(v.words_before()) for v in items[prev.index + 1 : cur.index + 1])


def _list_gap(gap: str) -> bool:
    words = _words(gap)
    if "and" in words and len(words) <= 2 * LIST_WORDS and " ... " not in gap and (
        _ends_with(gap, cues().additive) or _ends_with(gap, cues().remainder)
    ):  # "$12m in emergency funds and the relief fund pledged a further $8m", "... for the other £184m"
        return True  # (with no claim between: "adding €280m and ... the remaining €180m" leaves a part out)
    return len(words) <= LIST_WORDS and ("," in gap or "and" in words or "while" in words)


def _sums(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """Parts listed with their total, and percentage shares that must not pass 100%."""
    # "295 per site": an average; "sheltering in 210 schools": a count of places; neither is a part
    values = [v for v in items if v.is_value and not _per(v.claim) and not _places(v)]
    by_family: dict[str | None, list[_Item]] = {}
    for v in values:
        by_family.setdefault(v.family, []).append(v)
    for fam, members in by_family.items():
        if len(members) < 2:
            continue  # no list
        lists = _lists(members, items)
        place = {m.id: k for k, m in enumerate(members)}
        if fam != "percent":
            yield from _remaining_alone(members, lists, items, previous)
        for parts, closed in lists:
            if fam == "percent":
                rel = _percent_list(parts, closed)
                if rel is not None:
                    yield rel
                continue
            # "€5.9bn, 7% more than the €5.5bn budgeted for this year, out of a total of": a level compared with
            # is no part
            parts = [p for p in parts if not _compared_to(p)]
            if len(parts) < 2:
                continue
            if fam == "count" and _of_other_things(parts):
                continue  # "opened 42 beds and hired 130 nurses, taking its nursing workforce to 1,930"
            if _continues_a_list(parts[0], previous):
                continue  # "C$1.1bn on highways. Another C$850m ..., and the remaining C$450m": of a whole before
            total, firm = _total_for(parts, members, previous, closed)
            if total is None and _total_then_its_parts(parts, closed):
                # "recorded 1,036 civilian casualties in August, 212 killed and 624 injured"
                total, parts, firm = parts[0], parts[1:], True
            if total is None or abs(_parts_over(parts, total) - 1) > SUMS_TO:
                # a list closed by what remains is of the whole the parts stated make up, wherever it stands;
                # another list may leave out a part stated first ("won 180 of the 400 seats, with ...")
                closing = _cue_before(parts[-1], "remainder")
                if closing or total is not None:
                    # the list's own stretch of its sentence and the end of the one before
                    stretch = items[max(0, parts[0].index - BREAKDOWN_REACH) : parts[-1].index + 1]
                    near = [*previous[-BREAKDOWN_REACH:], *stretch]
                    whole = _whole_breakdown(parts, near, None if closing else total)
                    if whole is None and closing and (
                        total is None or _reference(total) or total.claim.sentence != parts[0].claim.sentence
                    ):
                        whole = _remaining_of(parts, items, previous)
                    if whole is not None:
                        (total, parts), firm = whole, True
                    elif (
                        closing and total is None and len(parts) >= 3 and _exceeds(parts[0], parts[1:])
                        and not _words(parts[1].before_text.rpartition(",")[2])
                    ):  # not "Developers delivered 11,054, housing associations 5,210 and councils the remaining 2,156"
                        # "delivered 1,860 tonnes of food, 1,100 tonnes by road and the remaining 560 tonnes by
                        # air": with no whole stated before, what the rest remains of is the first amount
                        total, parts, firm = parts[0], parts[1:], True
            if total is None:
                continue
            firm = firm or _colon_breakdown(total, parts, closed)
            after = place[parts[-1].id] + 1
            rest = _remainder(parts[-1], members[after] if after < len(members) else None)
            if rest is not None and rest is not total:
                parts = [*parts, rest]  # "1,500 houses and 600 flats; the remainder, 400, bungalows"
            elif _unstated_rest(items, parts[-1], members[after] if after < len(members) else None):
                # "5,100 at Ashby, 4,300 at Brill and the rest at Cowley": the rest is worked out
                if (firm or _total_named(total)) and total.index < parts[0].index:
                    basis = f"{len(parts)} parts listed with the total '{total.claim.text}' and the rest"
                    yield _parts_and_total(parts, total, basis, f"{REST_GROUP}{parts[0].id}")
                    continue
                firm = False  # "... and independents the rest": a part left unstated
            if firm and _nested(parts, total, [v for v in (*previous, *items) if v.family == "percent"]):
                firm = False
            # "146, of which 128 were shot down, leaving 18": the part left is the one worked out
            left = _ends_with(parts[-1].before_text, ("leaving",)) or _cue_before(parts[-1], "remainder")
            yield _parts_and_total(
                parts, total, f"{len(parts)} parts listed with the total '{total.claim.text}'", f"sum:{parts[0].id}",
                (total.id, parts[-1].id) if left and _stated_before(total, parts[0]) else (total.id,),
                firm,
            )


def _places(v: _Item) -> bool:
    """'are sheltering in 210 schools', 'across 14 regions': a count of the places others are in."""
    return v.family == "count" and v.words_before()[-1:] in (["in"], ["across"]) and v.words_after()[:1] not in (
        [], ["of"], ["and"], ["or"]
    ) and v.words_after()[0].endswith("s")


def _stated_before(a: _Item, b: _Item) -> bool:
    return (a.claim.sentence, a.index) < (b.claim.sentence, b.index)


def _nested(parts: list[_Item], total: _Item, percents: list[_Item]) -> bool:
    """'Of the 26,400 balloted, 15,048 voted and 12,640 backed a strike' beside '84%': parts that pass their
    total, each a share of the one before that a stated percentage gives, are a funnel, not a list."""
    chain = [total.claim.value, *(p.claim.value for p in parts)]
    if any(v is None or v <= 0 for v in chain) or any(p.claim.unit != total.claim.unit for p in parts):
        return False
    values = [float(v) for v in chain if v is not None]
    if sum(values[1:]) <= values[0] or any(b >= a for a, b in itertools.pairwise(values)):
        return False
    shares = [b / a * 100 for a, b in itertools.pairwise(values[1:])]  # a part of the part before it
    return any(p.claim.interval.low <= share <= p.claim.interval.high for share in shares for p in percents)


def _lists(members: list[_Item], items: list[_Item] | None = None) -> list[tuple[list[_Item], bool]]:
    """Runs of same-family values joined by commas and 'and'; closed once an item follows 'and'. With the
    sentence's ``items``, two values compared ('versus', 'against') across the claims between them are in
    no run together."""
    runs: list[tuple[list[_Item], bool]] = []
    run: list[_Item] = []
    closed = False
    parts = cues().parts
    for prev, cur in zip([None, *members], members, strict=False):
        if prev is not None and items is not None and _compared_across(items, prev, cur):
            if len(run) >= 2:
                runs.append((run, closed))
            run, closed = [cur], False
            continue
        gap = _gap_text(prev, cur) if prev is not None else ""
        lowered = gap.lower()
        # (_may_hold first: a quick refusal, as most gaps hold no word of a parts cue)
        if prev is not None and ((_may_hold(lowered, parts) and _has(gap, parts)) or _of_led(prev)):
            closed = True  # "£8.6bn, split between ...", "Of 500 staff, ...": the total is not a part
        elif prev is not None and ", with" in lowered and run and prev is run[-1] and cur.family != "percent" \
                and _ends_with(gap, cues().remainder):
            run.append(cur)  # "..., and corporate tax $9.8bn, with other levies making up the remaining $8.6bn"
            closed = True
            continue
        elif prev is not None and ", with" in lowered:
            closed = True  # "9,000 in all, with 2,500 in June ...", "a budget of $2bn, with ...": not a part
        elif prev is not None and _names_part(gap):
            closed = True  # "1,200 members, 300 of whom ...": a part of the value before, not a list
        joined = prev is not None and (
            prev.clause == cur.clause or cur.family == "percent" or _ends_with(gap, cues().remainder)
        )  # ", and the remaining 203,600 tonnes": the last part, past a clause break
        if prev is not None and not closed and joined and _list_gap(gap):
            run.append(cur)
            closed = _closes_list(_gap_text(prev, cur))
            continue
        # "54% voted yes and 49% no, with 2% of ballots spoiled": one more share of the same whole
        if prev is not None and closed and cur.family == "percent" and _continues(gap) and prev in run:
            run.append(cur)
            continue
        if len(run) >= 2:
            runs.append((run, closed))
        run, closed = [cur], False
    if len(run) >= 2:
        runs.append((run, closed))
    return runs


#: the group of a sum whose last part is named but not stated ("and the rest at Cowley"): findings works it out
REST_GROUP = "rest:"


#: how many claims (dates, say) past the last part the words naming the rest may run on
REST_CLAIMS = 3


def _unstated_rest(items: list[_Item], last: _Item, nxt: _Item | None) -> bool:
    """'4,300 at Brill and the rest at Cowley', '3,100 in July and the remainder in August': a remainder
    named after the last part, before the next value of its kind."""
    stop = min(nxt.index if nxt is not None else len(items), last.index + REST_CLAIMS)
    words: list[str] = []
    for item in items[last.index : stop]:
        if item is not last:
            words += _words(item.claim.text)
        words += item.words_after()
    return _has(" ".join(words[:LIST_WORDS]), cues().remainder)


def _rest_of_which(items: list[_Item]) -> Iterable[Relation]:
    """'a £14.2m gap, of which £9.6m from savings and the rest from reserves': one part of a whole and
    a remainder named but not stated; findings works the rest out."""
    for whole, part in itertools.pairwise(items):
        if not (whole.is_value and part.is_value and compatible(whole.claim, part.claim)):
            continue
        if part.family == "percent" or (part.claim.value or 0) >= (whole.claim.value or 0):
            continue
        lead = whole.after_text
        if len(_words(lead)) > LIST_WORDS or not _has(lead, cues().of_which):
            continue
        # the rest named and not stated: no value of the part's kind follows within reach
        reach = items[part.index + 1 : part.index + 1 + REST_CLAIMS]
        if not any(v.family == part.family for v in reach) and _unstated_rest(items, part, None):
            yield Relation(
                RelationKind.SUM,
                (part.id, whole.id),
                f"'{part.claim.text}' of '{whole.claim.text}' and the rest",
                (Role.PART.value, Role.TOTAL.value),
                group=f"{REST_GROUP}{part.id}",
            )


def _of_which_and_the_other(items: list[_Item]) -> Iterable[Relation]:
    """'31 rock cores, 12 of which will be cached, while the other 21 ...': a whole, a part of it marked
    'of which', and the rest named 'the other', 'the remaining': the two parts make the whole."""
    for whole, part, rest in zip(items, items[1:], items[2:], strict=False):
        if not (_is_value(whole) and _is_value(part) and _is_value(rest)):
            continue
        if part.family == "percent" or not (compatible(whole.claim, part.claim) and compatible(part.claim, rest.claim)):
            continue
        if part.words_after()[:2] not in (["of", "which"], ["of", "whom"]):
            continue
        if len(whole.words_after()) > LIST_WORDS:
            continue
        if not _cue_before(rest, "remainder") or (part.claim.value or 0) >= (whole.claim.value or 0):
            continue
        yield _two_parts(part, rest, whole, f"'{part.claim.text}' of '{whole.claim.text}' and the other", whole)


def _of_its_leaving(items: list[_Item]) -> Iterable[Relation]:
    """'will close 11 of its 31 stores by June, leaving 22': a part of a whole taken away, and what it
    leaves; the two parts make the whole, and what is left is the value worked out."""
    valued = [v for v in items if v.family is not None]  # "11 of its 31 stores by June, leaving 22"
    for part, whole, left in zip(valued, valued[1:], valued[2:], strict=False):
        if not (_is_value(whole) and _is_value(left) and part.family == whole.family == left.family):
            continue
        if part.family in (None, "percent", "pp", "factor") or not part.claim.value:
            continue
        if part.words_after()[:1] != ["of"] or len(part.words_after()) > 3:
            continue
        if not _ends_with(left.before_text, ("leaving", "to leave", "which leaves", "leaving just", "leaving only")):
            continue
        if len(left.words_before()) > LIST_WORDS or (part.claim.value or 0) >= (whole.claim.value or 0):
            continue
        yield _two_parts(part, left, whole, f"'{part.claim.text}' of '{whole.claim.text}', leaving", left)
    yield from _spent_leaving(valued)


def _spent_leaving(valued: list[_Item]) -> Iterable[Relation]:
    """'The mission, budgeted at $3.2bn, has so far spent $2.7bn, leaving $650m': the only three values of their
    kind so far in the sentence, the last after 'leaving': the first less the second leaves the third."""
    for k in range(2, len(valued)):
        left = valued[k]
        if not _ends_with(left.before_text, ("leaving", "to leave", "which leaves", "leaving just", "leaving only")):
            continue
        kind = [v for v in valued[: k + 1] if v.family == left.family]
        if len(kind) != 3 or left.family in ("percent", "pp", "factor") or not all(map(_is_value, kind)):
            continue
        if any(v.claim.kind is Kind.RATIO for v in kind):
            continue  # "leaving nearly four applicants for every place": a ratio, not what is left
        whole, part = kind[0], kind[1]
        if whole.index + 1 == part.index and whole.words_after()[:1] in (["of"], ["and"], ["or"], []):
            continue  # "11 of its 31 stores" (above), "$3.2bn and $2.7bn": no spending from a whole
        if "and" in part.words_before()[-3:]:
            continue  # "Social care will absorb £372m, or 44%, and schools £215m, leaving": two parts listed
        if not 0 < (part.claim.value or 0) < (whole.claim.value or 0) or _reference(whole) or _reference(part):
            continue
        rest = (whole.claim.value or 0.0) - (part.claim.value or 0.0)
        if not 1 / PART_SPREAD_LEFT <= (left.claim.value or 0.0) / rest <= PART_SPREAD_LEFT:
            continue  # "leaving nearly four applicants for every place": no amount of the others' kind
        yield _two_parts(part, left, whole, f"'{whole.claim.text}' less '{part.claim.text}', leaving", left)


#: how far what is said to be left may stand from the first value less the second and still be that rest
PART_SPREAD_LEFT = 10.0


#: the verbs of a win-draw-loss record, by the part of it they name
_RECORD_VERBS = {
    "won": "won", "winning": "won", "win": "won",
    "drew": "drawn", "drawn": "drawn", "drawing": "drawn", "draw": "drawn",
    "lost": "lost", "losing": "lost", "lose": "lost",
}


def _records(items: list[_Item]) -> Iterable[Relation]:
    """'won 22 of their 34 matches, drew 7 and lost 4', '76 points from 38 matches, having won 24, drawn 11 and
    lost three': the wins, draws and losses of a record add up to the games played, stated 'of their' the wins
    or just before the record."""
    parts: dict[str, _Item] = {}
    for v in items:
        said = _RECORD_VERBS.get((v.words_before()[-1:] or [""])[0]) or _RECORD_VERBS.get(_words(v.claim.text)[0])
        if said and v.family == "count" and v.claim.value is not None and said not in parts:
            parts[said] = v
    if len(parts) < 3:
        return
    won, lost = parts["won"], parts["lost"]
    listed = [won, parts["drawn"], lost]
    candidates = [  # "won 22 of their 34 matches", "lost 4 of their 35 matches"
        items[p.index + 1] for p in (won, lost) if p.words_after()[:1] == ["of"] and p.index + 1 < len(items)
    ]
    if won.index > 0 and _first_word(items[won.index - 1].after_text) in ("matches", "games"):
        candidates.append(items[won.index - 1])  # "from 38 matches, having won 24"
    games = next(
        (
            g for g in candidates
            if g.family == "count" and g.is_value
            and all((p.claim.value or 0.0) < (g.claim.value or 0.0) for p in listed)
        ),
        None,
    )
    if games is None:
        return
    basis = f"the record {' - '.join(p.claim.text for p in listed)} makes the '{games.claim.text}' played"
    yield _parts_and_total(listed, games, basis, f"sum:{won.id}", (games.id,))


def _parts_and_total(
    parts: list[_Item], total: _Item, basis: str, group: str, targets: tuple[str, ...] = (), firm: bool = True
) -> Relation:
    """A sum of parts and their total, in that order of claims and roles."""
    return Relation(
        RelationKind.SUM,
        (*(p.id for p in parts), total.id),
        basis,
        (Role.PART.value,) * len(parts) + (Role.TOTAL.value,),
        firm=firm,
        group=group,
        targets=targets,
    )


def _two_parts(part: _Item, other: _Item, whole: _Item, basis: str, checked: _Item) -> Relation:
    """A firm sum of two parts and their whole; ``checked`` is the value the writer worked out."""
    return _parts_and_total([part, other], whole, f"{basis} '{other.claim.text}'", f"sum:{part.id}", (checked.id,))


def _remainder(last: _Item, nxt: _Item | None) -> _Item | None:
    """The value after the listed parts, if named as what is left: 'the remainder, 400', 'the other 400'."""
    if nxt is None or len(_words(_gap_text(last, nxt))) > LIST_WORDS:
        return None
    return nxt if _has(_gap_text(last, nxt), cues().remainder) else None


def _names_part(gap: str) -> bool:
    """'of which', 'of whom' between two values: the second is a part of the first."""
    return _has(gap, cues().of_which)


def _continues(gap: str) -> bool:
    """', with' just before the next share: 'and 49% voted no, with 2% spoiled'."""
    words = _words(gap)
    head = gap[: gap.lower().rfind("with")]
    return words[-1:] == ["with"] and len(words) <= LIST_WORDS and head.rstrip().endswith(",")


def _of_led(item: _Item) -> bool:
    """'Of the 610,000 displaced, ...': a whole named at the head of its clause."""
    words = item.words_before()
    return words[-2:] in (["of"], ["of", "the"]) and len(words) <= 2


def _percent_list(parts: list[_Item], closed: bool) -> Relation | None:
    if len(parts) < 3 and not closed:
        return None
    # "41% of men and 62% of women": shares of different wholes do not add up
    if sum(1 for p in parts if p.words_after()[:1] == ["of"]) > 1:
        return None
    firm = closed and len(parts) >= 3
    return Relation(
        RelationKind.SUM,
        tuple(p.id for p in parts),
        f"{len(parts)} percentages listed side by side: shares of one whole",
        (Role.PART.value,) * len(parts),
        firm=firm,
        group=f"sum:{parts[0].id}",
    )


def _index_of(item: _Item) -> int:
    return item.index


def _member_before(members: list[_Item], first: _Item) -> list[_Item]:
    """The member just before ``first`` (members are in the text's order), as a list of one or none."""
    at = bisect.bisect_left(members, first.index, key=_index_of)
    return members[max(0, at - 1) : at]


def _of_other_things(parts: list[_Item]) -> bool:
    """'42 beds ... and 130 nurses': counts each followed by a plural noun, of two or more nouns, add up to nothing."""
    nouns = {p.words_after()[0] for p in parts if _counts_own_noun(p)}
    return len(nouns) > 1


def _continues_a_list(first: _Item, previous: list[_Item]) -> bool:
    """'Another C$850m will fund two bypasses, and the remaining C$450m ...' after 'C$1.1bn will go on repairing
    highways': a list opened by 'another' or 'a further' continues one begun before, with an amount of its kind."""
    opening = first.words_before()[:2]
    if opening[:1] != ["another"] and opening != ["a", "further"]:
        return False
    return any(_is_value(v) and v.family == first.family for v in previous)


def _total_for(
    parts: list[_Item], members: list[_Item], previous: list[_Item], closed: bool
) -> tuple[_Item | None, bool]:
    first = parts[0]
    # "£8.6bn, split between food (£5.1bn), ..."
    lead = first.before_text
    if _has(lead, cues().parts):
        before = _member_before(members, first)
        if before:
            return before[-1], True
    # "Of 500 staff, 300 are women and 250 men"
    before = _member_before(members, first)
    # "sales totalled $9.6bn in the quarter: $3.1bn in July, ..."
    if before and lead.rstrip().endswith(":"):
        return before[-1], len(parts) >= 2 and _has(before[-1].before_text, cues().total)
    if before and _of_led(before[-1]) and "," in lead:
        return before[-1], True
    if before and _names_part(lead):
        # "$8bn, of which $5bn ... and $3bn ...": some parts, perhaps not all; but parts of an amount (not a
        # count, whose parts may overlap) that pass it are wrong however many are left out; and "of which donors
        # pledged $17.5m, leaving a shortfall of $30.5m" names the rest: all of them
        whole = before[-1]
        if len(parts) == 2 and "leaving" in parts[-1].words_before()[-LEAVING_WORDS:]:
            return whole, True
        passes = closed and whole.family != "count" and _exceeds(whole, parts) and _parts_over(parts, whole) > 1
        return whole, passes and _parts_over(parts, whole) <= OVERSPENT_SPREAD
    # "together account for £86m, with council tax bringing in £71m and parking £18m": a total named
    # as such, then its parts after ', with'; firm only where the parts are said to make it up together
    if before and ", with" in lead.lower() and _overspent(parts, before[-1], closed):
        return before[-1], True  # "a budget of $2.74bn, with $820m for policing, ... and $240m for parks"
    if before and ", with" in lead.lower() and _total_named(before[-1]):
        head = before[-1].words_before()
        return before[-1], "together" in head or "combined" in head
    return _total_after(parts, members, previous, closed)


def _total_then_its_parts(parts: list[_Item], closed: bool) -> bool:
    """'1,036 civilian casualties in August, 212 killed and 624 injured': a list whose first value is set off by a
    comma from the rest, closed by 'and', each smaller than it and none counting a noun of its own."""
    first, rest = parts[0], parts[1:]
    if [w.rstrip(",") for w in first.words_before()[:2]] in (["of", "those"], ["of", "these"], ["of", "them"]):
        return False  # "Of those, 1,880 were in hotels, 760 in hostels and 410 in flats": parts of a whole before
    if any(p.words_after()[:1] and p.words_after()[0] in first.words_after()[:4] for p in rest):
        return False  # "... 1,880 were in hotels, 760 in hostels": the first is worded as the parts are, one of them
    return (
        closed and len(rest) >= 2 and rest[0].before_text.rstrip().endswith(",") and len(rest[0].words_before()) <= 4
        and all(0 < (p.claim.value or 0.0) < (first.claim.value or 0.0) for p in rest)
        # not "More than 2,300 firefighters, ..., 14 aircraft and 160 fire engines": parts far short of it
        and sum(p.claim.value or 0.0 for p in rest) >= (first.claim.value or 0.0) / 2
        and not any(_counts_own_noun(p) for p in rest)
    )


def _counts_own_noun(part: _Item) -> bool:
    """'300 trams' after '1,200 buses', '8,700 votes' after '9,100 votes': a part followed by a plural noun of its
    own; not '212 killed', '4,100 held', '200 in May'."""
    word = part.words_after()[:1]
    return bool(word) and len(word[0]) > 3 and word[0].endswith("s") and word[0] not in function_words()


def _colon_breakdown(total: _Item, parts: list[_Item], closed: bool) -> bool:
    """'drew 62 TWh from renewables last year: 27 TWh from wind, 21 TWh from hydro and 9 TWh from solar':
    a value just before a colon broken down into a list closed by 'and', each part smaller than it."""
    lead = parts[0].before_text
    same_sentence = total.claim.sentence == parts[0].claim.sentence
    if not (closed and same_sentence and total.index < parts[0].index and ":" in lead):
        return False
    after_colon = _words(lead.rpartition(":")[2])
    return (
        len(after_colon) <= 3
        and relation_words().partial_words.isdisjoint(after_colon)
        and all((p.claim.value or 0.0) < (total.claim.value or 0.0) for p in parts)
    )


#: how many words before the last part "leaving" may stand: "leaving a shortfall of $30.5m"
LEAVING_WORDS = 4


def _share_of_them(item: _Item) -> bool:
    """A value after a share 'of them', 'of those' or 'of which': the share's part, not a total of a list."""
    words = item.words_before()
    return any(words[k : k + 2] in (["of", "them"], ["of", "those"], ["of", "which"]) for k in range(len(words) - 1))


def _total_named(item: _Item) -> bool:
    """A value named as a total: 'a total of 12,400', 'together account for £86m', '9,000 in all'."""
    return _has(item.before_text, cues().total) or _has(item.after_text[:TOTAL_AFTER_CHARS], _phrases_of("in-all"))


#: how far after a value 'in all' may stand ("9,000 units in all")
TOTAL_AFTER_CHARS = 16


def _total_after(
    parts: list[_Item], members: list[_Item], previous: list[_Item], closed: bool
) -> tuple[_Item | None, bool]:
    first, last = parts[0], parts[-1]
    # "14 killed and 61 wounded, a total of 75"
    at = bisect.bisect_right(members, last.index, key=_index_of)
    after = members[at : at + 1]  # the next member only: a list's search stays linear in a long sentence
    if after and _share_of_them(after[0]):
        after = []  # "1,200 drones and 180 missiles, ... 90% of them were intercepted, or roughly 1,240 in total"
    if after and _total_cue_before(after[0]) and _exceeds(after[0], parts):
        return after[0], True
    if after and _has(after[0].after_text[:12], _phrases_of("in-all")) and _exceeds(after[0], parts):
        return after[0], True  # not "1,350 drones and 220 missiles, ... 91% of them, or roughly 1,250 in total"
    # "total revenue of $4.8bn." in the sentence before: a candidate only
    for cand in reversed(previous):
        if (
            cand.family == first.family
            and _is_value(cand)
            and _has(cand.before_text, cues().total)
        ):
            return cand, False
    # an amount of the sentence before that the parts make up to within rounding, before one they pass
    exact = [
        c for c in previous
        if closed and len(parts) >= 3 and c.family == first.family and _is_value(c) and c.claim.unit == first.claim.unit
        and abs(_parts_over(parts, c) - 1) <= SUMS_TO and not _aimed_at(c)
        and not _compared_to(c)  # "9% above last year's peak of 13 GW": a level left, whatever the parts make
    ]
    if exact:
        return exact[-1], False
    # "a transport budget of £486m." in the sentence before, then "Buses get £212m, roads £138m, cycling
    # £41m and trams £115m": sums of money that pass an amount of the sentence before by a little are its
    # breakdown, firmly, as no partial list passes it (counts of people may overlap: money does not)
    over = [
        c for c in previous
        if c.family == first.family and _is_value(c) and _overspent(parts, c, closed) and not _aimed_at(c)
        and not _compared_to(c)  # "up 14% from $4.05bn a year earlier": a level left, not what the parts make
    ]
    if over:
        return min(over, key=lambda c: _parts_over(parts, c)), True
    # "Cargo jets carried 428,400 tonnes, and the remaining 203,600 tonnes ...": a list closed by what
    # remains is a whole breakdown, of the amount of the sentence before it comes near
    if len(parts) >= 2 and _cue_before(last, "remainder"):
        whole = [
            c for c in previous
            if c.family == first.family and _is_value(c) and c.claim.unit == first.claim.unit and not _compared_to(c)
            and c.words_after()[:1] != ["of"]  # "won 87 of the 175 seats": a part, not the whole
            and all((p.claim.value or 0.0) < (c.claim.value or 0.0) for p in parts)
            and 1 / OVERSPENT_SPREAD <= _parts_over(parts, c) <= OVERSPENT_SPREAD
        ]
        if whole:
            return min(whole, key=lambda c: abs(math.log(_parts_over(parts, c)))), True
    return None, False


#: how many claims before a list (and at the end of the sentence before) its whole and other parts may stand
BREAKDOWN_REACH = 12


def _whole_breakdown(
    parts: list[_Item], near: list[_Item], whole: _Item | None = None
) -> tuple[_Item, list[_Item]] | None:
    """'48 TWh, 38% of the country's 150 TWh. Nuclear ... 44 TWh, while gas supplied 41 TWh and hydropower the
    remaining 17 TWh': what remains is what the whole leaves after every part stated, not only the ones listed
    with it. The whole, and all its parts in this sentence and the one before, where they make it up to within
    rounding (amounts that a change starts from are earlier levels, not parts). ``whole``: that whole only."""
    unit = parts[-1].claim.unit
    same = [
        v for v in near
        if v.claim.unit == unit and _is_value(v) and v.claim.value and not _compared_to(v) and not _aimed_at(v)
    ]
    wholes = [whole] if whole is not None else sorted(same, key=lambda v: -(v.claim.value or 0.0))[:2]
    for whole in wholes:
        size = whole.claim.value or 0.0
        rest = [v for v in same if v is not whole and (v.claim.value or 0.0) < size]
        if not all(p in rest for p in parts) or len(rest) <= len(parts):
            continue
        if abs(_parts_over(rest, whole) - 1) <= SUMS_TO:
            return whole, rest
    return None


def _remaining_alone(
    members: list[_Item], lists: list[tuple[list[_Item], bool]], items: list[_Item], previous: list[_Item]
) -> Iterable[Relation]:
    """'Transshipment accounted for 1.12 million TEU, or 39% of the total, while the remaining 1.62 million
    ...': what remains, in no list of its own (a share stands between), with the amounts before it that it
    closes, of the whole before them (_remaining_of)."""
    listed = {p.id for run, _ in lists for p in run}
    for last in members:
        if last.id in listed or not _cue_before(last, "remainder"):
            continue
        found = _remaining_of([last], items, previous)
        if found is None or len(found[1]) < 2 or found[0].id in listed:
            continue  # "Okonjo won 2.46 million votes and Strand 1.89 million": a part listed, not the whole
        whole, parts = found
        basis = f"{len(parts)} parts listed with the total '{whole.claim.text}'"
        yield _parts_and_total(parts, whole, basis, f"sum:{parts[0].id}", (whole.id, last.id))


#: how far the parts of a list closed by what remains may be from the whole they are read as a breakdown of
REMAINING_SPREAD = 1.25
#: how many times the smallest part of such a list may go into the largest
PART_SPREAD = 1000


def _remaining_of(parts: list[_Item], items: list[_Item], previous: list[_Item]) -> tuple[_Item, list[_Item]] | None:
    """'1.2 million have fled, including 640,000 children. About 410,000 are in camps, ..., while 350,000 have
    crossed the border and the remaining 260,000 stay with relatives': the largest amount stated before in
    this sentence or the one before (not a level left, a target or an average) is the whole, and the parts
    are the list and the amounts of its kind this sentence gives before it (not one 'including', nor a count
    ten times smaller than every part): a breakdown the writer closed, whether or not it adds up."""
    unit, first = parts[-1].claim.unit, parts[0]
    if any(p.words_after()[:1] == ["of"] for p in parts):
        return None  # "downed 131 of the drones and seven of the missiles": parts of other wholes
    window = items[max(0, first.index - BREAKDOWN_REACH) : first.index]  # bounded: a sentence may be long
    candidates = [
        v for v in (*previous[-BREAKDOWN_REACH:], *window)
        if v.claim.unit == unit and _is_value(v) and v.claim.value and not _compared_to(v) and not _aimed_at(v)
        and not _averaged(v)
    ]
    if not candidates:
        return None
    whole = max(candidates, key=lambda v: v.claim.value or 0.0)
    smallest = min(p.claim.value or 0.0 for p in parts)
    start = whole.index + 1 if whole.claim.sentence == first.claim.sentence else first.index - len(window)
    earlier = [
        v for v in items[start : first.index]
        if v.claim.unit == unit and _is_value(v) and not _reference(v) and not _averaged(v)
        and (v.claim.value or 0.0) >= smallest / 10 and "including" not in v.words_before()[-2:]
    ]
    listed = [*earlier, *parts]
    sizes = [p.claim.value or 0.0 for p in listed]
    if whole.index > 0 and not earlier:
        # "won 87 of the 175 seats. The Union took 44, the Greens 19 and independents the remaining 12"
        stated = (previous if whole.claim.sentence != first.claim.sentence else items)[whole.index - 1]
        if stated.claim.unit == unit and stated.is_value and stated.words_after()[:1] == ["of"]:
            listed = [stated, *listed]
            sizes = [stated.claim.value or 0.0, *sizes]
    if whole in listed or min(sizes) < max(sizes) / PART_SPREAD:
        return None  # "2.46 million votes ... the other five candidates": a count of another thing
    if not 1 / REMAINING_SPREAD <= sum(sizes) / (whole.claim.value or 1.0) <= REMAINING_SPREAD:
        return None
    return whole, listed


def _aimed_at(item: _Item) -> bool:
    return _first_word(item.after_text) in relation_words().aimed_nouns


#: how near (relative) listed parts must add up to an amount of the sentence before to be a candidate breakdown
SUMS_TO = 0.02


#: how far a closed list of sums of money may add up past an amount of the sentence before and still be
#: read as a (wrong) breakdown of it; further than this, the parts are of something else
OVERSPENT_SPREAD = 1.25


def _parts_over(parts: list[_Item], total: _Item) -> float:
    """The parts' sum over the total: above 1 where they add up to more."""
    return sum(p.claim.value or 0.0 for p in parts) / (total.claim.value or 1.0)


def _overspent(parts: list[_Item], total: _Item, closed: bool) -> bool:
    """Three or more sums of money closed by 'and', in the total's currency, each below it, that together
    pass it, but not by more than OVERSPENT_SPREAD."""
    return (
        closed
        and len(parts) >= 3
        and "currency" in (total.family or "")
        and bool(total.claim.value and total.claim.value > 0)
        and all(p.claim.unit == total.claim.unit and 0 < (p.claim.value or 0.0) < (total.claim.value or 0.0)
                for p in parts)
        and 1 < _parts_over(parts, total) <= OVERSPENT_SPREAD
    )


def _exceeds(total: _Item, parts: list[_Item]) -> bool:
    """A total is at least each of its parts: '1,200 members, 300 of whom ..., and a total of 80 staff' is not."""
    return all(abs(p.claim.value or 0.0) <= abs(total.claim.value or 0.0) for p in parts)


def _total_cue_before(item: _Item) -> bool:
    """A total cue in the words just before a value, past the last comma: '..., a total of 75', not
    'two-thirds of the total, and phone chips $870m', where 'the total' is another phrase's whole."""
    lead = item.before_text.rpartition(",")[2]
    return _has(lead, cues().total) and not _OF_THE_TOTAL.search(lead.lower())


_OF_THE_TOTAL = re.compile(r"\bof\s+(?:the|its|their)\s+total\b")


#: words that open a sentence whose first value is the total of values stated before: "Combined, the two ..."
_COMBINED = frozenset({"combined", "together", "altogether"})
#: how many words before the first value of its sentence "Combined" may stand
COMBINED_WORDS = 8


def _combined_total(items: list[_Item], earlier: list[_Item]) -> Iterable[Relation]:
    """'Tram journeys rose to 41.8 million ... Bus ridership grew by 3% to 96.4 million. Combined, the city's
    trams and buses carried 148.2 million': the first value of a sentence opened by 'Combined' or 'Together' is
    the total of the two or three values of its unit in ``earlier`` (the two sentences before) that are neither
    levels left nor changes, each smaller than it."""
    total = items[0] if items else None
    if total is None or not _is_value(total) or not total.claim.value or total.family in ("percent", None):
        return
    opening = total.words_before()
    if len(opening) > COMBINED_WORDS or _COMBINED.isdisjoint(opening[:2]):
        return
    parts = [
        v for v in earlier
        if _is_value(v) and v.claim.unit == total.claim.unit and not v.is_change and not _compared_to(v)
        and 0 < (v.claim.value or 0.0) < total.claim.value and not _per(v.claim)
    ]
    if 2 <= len(parts) <= 3:
        yield _parts_and_total(
            parts, total, f"'{total.claim.text}' combines " + " and ".join(f"'{p.claim.text}'" for p in parts),
            f"combined:{total.id}",
        )
