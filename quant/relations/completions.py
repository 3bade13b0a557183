"""Links that complete a firm change or share missing one value with a claim of a neighbouring sentence:
candidates, or, where the text names it, the level reached, the whole, or the sole whole that fits (firm)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quant import units
from quant.model import Direction, Kind, Relation, RelationKind
from quant.relations.changes import _set_off
from quant.relations.items import (
    Role,
    _comparable,
    _cue_before,
    _is_share,
    _is_value,
    _Item,
    _per,
    _reference,
    is_fraction,
)
from quant.relations.shares import _OF_THEM, WHOLE_NOUN_WORDS
from quant.relations.sums import _stated_before
from quant.relations.words import _first_word, _has, _stem, _words, cues, relation_words

#: how many sentences before (and after) a claim a candidate link may reach
WINDOW_BEFORE = 2
WINDOW_AFTER = 1
#: how many sentences before a share the whole it names may stand ("... posted revenue of ¥2.86 trillion.
#: ... ¥600bn, roughly a third of revenue")
NAMED_WHOLE_BEFORE = 4


#: a firm link missing one value looks for it among this many claims on either side in each sentence
#: of its window, and offers at most COMPLETION_CANDIDATES of them (a sentence of thousands of shares
#: stays linear)
COMPLETION_REACH = 32
COMPLETION_CANDIDATES = 8


def _nearby(items: dict[int, list[_Item]], here: _Item, before: int = WINDOW_BEFORE) -> list[_Item]:
    """The claims of the window around ``here`` that a completion may use: in its own sentence those
    within COMPLETION_REACH of it, in the sentences before and after those nearest to it."""
    reach = COMPLETION_REACH
    pool: list[_Item] = []
    sentence = here.claim.sentence
    for s in range(sentence - before, sentence + WINDOW_AFTER + 1):
        its = items.get(s, [])
        if s < sentence:
            pool += its[-reach:]
        elif s == sentence:
            pool += its[max(0, here.index - reach) : here.index + reach + 1]
        else:
            pool += its[:reach]
    return pool


#: the roles a completion may fill, and those of the claim that links the others
_CHANGE_ENDS = frozenset({Role.BEFORE.value, Role.AFTER.value})
_SHARE_MEMBERS = frozenset({Role.SHARE.value, Role.PART.value, Role.WHOLE.value})
_LINK_ROLES = (Role.CHANGE.value, Role.SHARE.value)


def _change_levels(firm: list[Relation]) -> dict[str, str]:
    """The claims that firm changes join as their levels: claim id -> 'before' or 'after' (a claim in both
    roles of two changes keeps the later's)."""
    return {
        cid: role
        for r in firm
        if r.group.startswith("change:")  # a change over time, not a gap between two things
        for cid, role in zip(r.claims, r.roles, strict=True)
        if role in _CHANGE_ENDS
    }


def _completions(
    firm: Relation, by_id: dict[str, _Item], items: dict[int, list[_Item]], levels: dict[str, str]
) -> Iterable[Relation]:
    """A firm change or share missing one value: candidates for it from the neighbouring sentences;
    ``levels``, the levels of the firm changes, by role."""
    roles = dict(zip(firm.claims, firm.roles, strict=True))
    present = set(roles.values())
    if firm.kind in (RelationKind.CHANGE, RelationKind.RATIO, RelationKind.DIFFERENCE):
        missing = _CHANGE_ENDS - present
    elif firm.kind is RelationKind.SHARE:
        missing = _SHARE_MEMBERS - present
    else:
        return
    if len(missing) != 1 or firm.roles.count(Role.CHANGE.value) > 1:
        return  # two changes of one level: each is completed on its own
    (role,) = missing
    anchor_ids = [cid for cid, r in roles.items() if r not in _LINK_ROLES]
    anchors = [by_id[cid] for cid in anchor_ids]
    share, whole = role == Role.SHARE.value, firm.kind is RelationKind.SHARE and role == Role.WHOLE.value

    def fits(v: _Item) -> bool:
        if v.id in roles or v.family is None or v.is_change:
            return False
        if share:
            return _is_share(v)
        if not _is_value(v):
            return False
        if whole:
            return v.family != "percent" and all(_comparable(v, a) for a in anchors)
        return all(_comparable(v, a) for a in anchors)

    here = by_id[firm.claims[0]]
    named = None
    if role == Role.WHOLE.value:
        # a whole the text names ("roughly a third of revenue") may stand further back than other candidates;
        # a level a change left is past
        now = [
            v for v in _nearby(items, here, NAMED_WHOLE_BEFORE) if levels.get(v.id) != Role.BEFORE.value and fits(v)
        ]
        named = _named_whole(firm, by_id, here, now) or _sole_whole(firm, by_id, now)
    if role == Role.PART.value and firm.kind is RelationKind.SHARE:
        named = _named_part(firm, by_id, here, [v for v in _nearby(items, here, NAMED_WHOLE_BEFORE) if fits(v)])
    cands = [] if named is not None else [v for v in _nearby(items, here) if fits(v)]
    if len(cands) > 1:  # the words each is about are read only where there are candidates to order
        subject = frozenset().union(*(by_id[cid].about() for cid in firm.claims))
        cands.sort(key=lambda v: (-len(v.about() & subject), abs(v.claim.sentence - here.claim.sentence)))
    if role == Role.AFTER.value:
        named = (
            _reached_before(firm, by_id, here, items, levels) or _named_level(firm, by_id, here, cands)
            or _the_number_before(firm, by_id, here, items) or _level_before_the_left(firm, by_id, here, items)
        )
    if role == Role.BEFORE.value:
        named = (
            _named_reference(here, cands) or _continued_from(here, cands, levels)
            or _sole_reference(firm, by_id, here, cands) or _named_by_its_noun(firm, by_id, here, cands)
            or _its_own_before(firm, by_id, here, items) or _count_of_its_noun(firm, by_id, here, items)
        )
    for v in [named] if named is not None else cands[:COMPLETION_CANDIDATES]:
        ids = (*firm.claims, v.id)
        yield Relation(
            firm.kind,
            ids,
            firm.basis + f"; '{v.claim.text}' nearby fits as the {role}",
            (*firm.roles, role),
            firm=v is named,
            group=f"complete:{firm.group}",
            direction=firm.direction,
        )


def _reached_before(
    firm: Relation, by_id: dict[str, _Item], here: _Item, items: dict[int, list[_Item]], levels: dict[str, str]
) -> _Item | None:
    """'reached 22.7 million, up 8% from 21.0 million, but still 12% short of the 24.1 million of 2019': a
    comparison with a value after it is of the level an earlier change of its sentence reached, where one did."""
    if not here.diff_cue or firm.kind not in (RelationKind.CHANGE, RelationKind.DIFFERENCE):
        return None  # not 'would fall by a seventh from their current £19.6m': a change, not a comparison
    if not firm.group.startswith("change:"):
        return None
    references = [by_id[cid] for cid in firm.claims if cid != here.id]
    if len(references) != 1 or references[0].index < here.index:
        return None
    reached = [
        v for v in items.get(here.claim.sentence, [])[max(0, here.index - COMPLETION_REACH) : here.index]
        if levels.get(v.id) == Role.AFTER.value and _comparable(v, references[0])
    ]
    return reached[0] if len(reached) == 1 else None


def _level_before_the_left(
    firm: Relation, by_id: dict[str, _Item], here: _Item, items: dict[int, list[_Item]]
) -> _Item | None:
    """'reached 1.26 million 60-kg bags in the season to September, about 75,600 tonnes, up from 1.08 million bags a
    season earlier, a rise of a quarter': a change from a level left ('up from') is to the one value of that kind
    stated before it in the sentence, however far."""
    if firm.kind not in (RelationKind.CHANGE, RelationKind.RATIO, RelationKind.DIFFERENCE):
        return None
    left = next((by_id[c] for c, r in zip(firm.claims, firm.roles, strict=True) if r == Role.BEFORE.value), None)
    if left is None or left.claim.cue != "from" or left.claim.sentence != here.claim.sentence:
        return None
    if here.index < left.index or not left.claim.value:
        return None  # the change set off after the level it left, not "more than twice the 18-minute target"
    earlier = [
        v for v in items.get(left.claim.sentence, [])[max(0, left.index - COMPLETION_REACH) : left.index]
        if _is_value(v) and v.claim.unit == left.claim.unit and not _reference(v) and v.claim.value
        and 1 / LEFT_SPREAD <= v.claim.value / left.claim.value <= LEFT_SPREAD
    ]
    return earlier[0] if len(earlier) == 1 else None


#: how far apart a level left and the level reached before it may be ("5.8 million" bags is no 306,000 tonnes)
LEFT_SPREAD = 10.0


def _the_number_before(
    firm: Relation, by_id: dict[str, _Item], here: _Item, items: dict[int, list[_Item]]
) -> _Item | None:
    """'recorded 1,260 violations in the past 30 days, an average of 42 a day, and said the number had halved
    from 2,100': a change of 'the number' (a count noun right before its verb) reached the first value of its
    sentence of the kind of the level it left, not a rate, an average or a level left itself."""
    if firm.kind not in (RelationKind.CHANGE, RelationKind.RATIO, RelationKind.DIFFERENCE):
        return None
    words = here.words_before()
    the = next((k for k in range(len(words) - 1, max(-1, len(words) - 5), -1) if words[k] == "the"), None)
    if the is None or the + 1 >= len(words) or words[the + 1] not in relation_words().count_nouns:
        return None
    before = next((by_id[c] for c, r in zip(firm.claims, firm.roles, strict=True) if r == Role.BEFORE.value), None)
    if before is None:
        return None
    first = next(
        (v for v in items.get(here.claim.sentence, [])[: here.index] if _is_value(v) and not _reference(v)), None
    )
    if first is None or first.claim.unit != before.claim.unit or first.family != before.family or _per(first.claim):
        return None
    return first


def _changes_named_back(
    firm: list[Relation], by_id: dict[str, _Item], items: dict[int, list[_Item]]
) -> Iterable[Relation]:
    """'a $48.6 million budget, up from $45 million ... Council members said the increase of 12% would be
    covered': a relative change named with 'the', 'this' or 'that', joined to no value, is of the last two
    levels a firm link paired in the CHANGE_BACK sentences before, where it runs their way. 'The Greens won 23
    seats, up from 14 ... The Greens' nine-seat gain': a change in an amount named by whose it is, of the one
    pair of levels of its kind that runs its way with that name beside it."""
    joined = {cid for r in firm for cid in r.claims}
    pairs: dict[int, list[tuple[_Item, _Item]]] = {}  # sentence -> (before, after) of its pairs of levels
    for r in firm:
        roles = dict(zip(r.roles, r.claims, strict=True))
        if r.firm and Role.BEFORE.value in roles and Role.AFTER.value in roles:
            before, after = by_id[roles[Role.BEFORE.value]], by_id[roles[Role.AFTER.value]]
            pairs.setdefault(after.claim.sentence, []).append((before, after))
    if not pairs:
        return
    for sentence, its in items.items():
        for change in its:
            if change.id in joined or not change.is_change or change.family is None:
                continue
            back = [pairs[k] for k in range(sentence - 1, sentence - CHANGE_BACK - 1, -1) if k in pairs]
            if not back:
                continue
            if change.family in ("percent", "factor"):
                if change.words_before()[-1:] not in (["the"], ["this"], ["that"]):
                    continue
                before, after = back[0][-1]  # the last pair of the nearest sentence
                if not _runs_its_way(change, before, after):
                    continue
            else:
                owner = _POSSESSIVE_THE.search(change.before_text)
                if owner is None:
                    continue
                name = owner.group(1).lower()
                fitting = [
                    (b, a) for found in back for b, a in found
                    if b.family == change.family and b.claim.unit == change.claim.unit and _runs_its_way(change, b, a)
                    and name in a.about() | b.about()
                ]
                if len(fitting) != 1:
                    continue
                before, after = fitting[0]
            yield _named_back(change, before, after)
            nxt = its[change.index + 1] if change.index + 1 < len(its) else None
            if (
                nxt is not None and nxt.id not in joined and nxt.is_change and nxt.family == "percent"
                and change.family != "percent" and _set_off(change.after_text)
                and _runs_its_way(nxt, before, after)
            ):
                yield _named_back(nxt, before, after)  # "The Greens' nine-seat gain, an 85% increase on ..."


def _named_back(change: _Item, before: _Item, after: _Item) -> Relation:
    return Relation(
        RelationKind.CHANGE,
        (change.id, before.id, after.id),
        f"'{change.claim.text}' names the change from '{before.claim.text}' to '{after.claim.text}'",
        (Role.CHANGE.value, Role.BEFORE.value, Role.AFTER.value),
        group=f"change:{change.id}",
        direction=change.change,
    )


def _runs_its_way(change: _Item, before: _Item, after: _Item) -> bool:
    rising = (after.claim.value or 0.0) > (before.claim.value or 0.0)
    return change.change is None or (change.change is Direction.INCREASE) == rising


#: "The Greens' ", "Labour's ": the owner of a change named right before it
_POSSESSIVE_THE = re.compile(r"\b([A-Z][A-Za-z-]{2,30})(?:'s|'|’s|’)[ ]\Z")


#: how many sentences back 'the increase' may name a change
CHANGE_BACK = 2


def _continued_from(here: _Item, cands: list[_Item], levels: dict[str, str]) -> _Item | None:
    """'stood at 214,000, down 9% ... aim to cut the list by a further 70,000, to 164,000': a further change is
    from the level the last change before it reached."""
    if not {"further", "another"}.intersection(here.words_before()[-2:]):
        return None
    reached = [v for v in cands if levels.get(v.id) == Role.AFTER.value and _stated_before(v, here)]
    return max(reached, key=lambda v: (v.claim.sentence, v.index)) if reached else None


def _named_by_its_noun(firm: Relation, by_id: dict[str, _Item], here: _Item, cands: list[_Item]) -> _Item | None:
    """'its design capacity of 30 million ... will raise capacity by 50% to 42 million': a relative change of a
    thing named by a noun is from the one value stated before it right after that noun ('capacity of'), near
    enough in size to the level the change gives to read as the same figure (not 'spending of €48.6bn' for
    'Defence spending rises by 18% to €2.95bn')."""
    if firm.kind is not RelationKind.CHANGE or here.family != "percent":
        return None
    after = next((by_id[c] for c, r in zip(firm.claims, firm.roles, strict=True) if r == Role.AFTER.value), None)
    if after is None or not after.claim.value or here.claim.value is None:
        return None
    sign = -1 if here.change is Direction.DECREASE else 1
    given = after.claim.value / (1 + sign * here.claim.value / 100) if sign * here.claim.value > -100 else 0.0
    before = here.words_before()
    # the thing changed: the object of "raise capacity by 50%", or the subject of "Capacity rose 50%"
    noun = before[-2:-1] if before[-1:] == ["by"] else _words(here.claim.subject or "")[-1:]
    if not noun or len(noun[0]) <= 3 or not noun[0].isalpha() or noun[0] in cues().stop:
        return None
    stem = _stem(noun[0])
    named = [
        v for v in cands
        if _stated_before(v, here) and _after_noun(v, stem)
        and given > 0 and abs((v.claim.value or 0.0) / given - 1) <= NAMED_LEVEL_SPREAD
    ]
    return named[0] if len(named) == 1 else None


def _named_part(firm: Relation, by_id: dict[str, _Item], here: _Item, cands: list[_Item]) -> _Item | None:
    """'have culled 18,400 pigs on 23 farms ... The culled animals represent roughly 9% of the county's pig herd
    of 310,000': a share that opens its sentence after words naming its part, and a whole; the part is the one
    count of an earlier sentence stated right after a word of that name ('culled 18,400'), smaller than the
    whole. Firm, so that a wrong share is flagged."""
    roles = dict(zip(firm.roles, (by_id[c] for c in firm.claims), strict=True))
    share, whole = roles.get(Role.SHARE.value), roles.get(Role.WHOLE.value)
    if share is None or whole is None or share.index != 0 or not whole.claim.value:
        return None
    named = {_stem(w) for w in share.words_before() if len(w) > 3 and w.isalpha() and w not in cues().stop}
    parts = [
        v for v in cands
        if v.claim.sentence < share.claim.sentence and v.claim.kind is Kind.COUNT and v.claim.unit == whole.claim.unit
        and 0 < (v.claim.value or 0.0) < whole.claim.value and not _reference(v)
        and any(_after_noun(v, stem) for stem in named)
    ]
    return parts[0] if len(parts) == 1 else None


def _its_own_before(
    firm: Relation, by_id: dict[str, _Item], here: _Item, items: dict[int, list[_Item]]
) -> _Item | None:
    """'had lost 1,430 soldiers ..., while claiming 3,900 enemy dead, 1,970 more than its own losses': a gap 'than
    its own' (or 'their own') noun is from the one other value of the level's kind stated before it in the sentence."""
    if firm.kind is not RelationKind.DIFFERENCE or here.words_after()[:3] not in (["than", "its", "own"],
                                                                                ["than", "their", "own"]):
        return None
    after = next((by_id[c] for c, r in zip(firm.claims, firm.roles, strict=True) if r == Role.AFTER.value), None)
    if after is None or after.index > here.index:
        return None
    earlier = [
        v for v in items.get(here.claim.sentence, [])[: after.index]
        # "had lost 1,430 soldiers": a count lost is the level its own losses stand at
        if (_is_value(v) or (v.is_change and v.family == "count")) and v.claim.unit == after.claim.unit
        and v.claim.value
    ]
    return earlier[0] if len(earlier) == 1 else None


def _count_of_its_noun(
    firm: Relation, by_id: dict[str, _Item], here: _Item, items: dict[int, list[_Item]]
) -> _Item | None:
    """'handled 9.4 million passengers in 2025 ... aims to reach 12 million passengers by 2030, which would require
    growth of about 3.4 million': a gap in a count whose level names its noun is from the one count of that noun
    stated in the NAMED_WHOLE_BEFORE sentences before, near enough in size to what the gap gives."""
    if firm.kind is not RelationKind.DIFFERENCE or here.family != "count" or not here.claim.value:
        return None
    after = next((by_id[c] for c, r in zip(firm.claims, firm.roles, strict=True) if r == Role.AFTER.value), None)
    if after is None or not after.claim.value:
        return None
    noun = after.words_after()[:1]
    if not noun or len(noun[0]) <= 3 or not noun[0].endswith("s") or noun[0] in cues().stop:
        return None
    sign = -1 if here.change is Direction.DECREASE else 1
    given = after.claim.value - sign * here.claim.value
    named = [
        v for v in _nearby(items, after, NAMED_WHOLE_BEFORE)
        if v.claim.sentence < after.claim.sentence and _is_value(v) and v.words_after()[:1] == noun
        and v.claim.unit == after.claim.unit and not _reference(v)
        and given > 0 and abs((v.claim.value or 0.0) / given - 1) <= NAMED_COUNT_SPREAD
    ]
    return named[-1] if len(named) == 1 else None


#: how far the count of a noun stated sentences before may stand from what a gap gives, and still be its level
NAMED_COUNT_SPREAD = 0.5


def _after_noun(v: _Item, stem: str) -> bool:
    """'capacity of 30 million', 'capacity 30 million': a value right after a noun of that stem."""
    last = [_stem(w) for w in v.words_before()[-2:]]
    return last == [stem, "of"] or last[-1:] == [stem]


def _sole_reference(firm: Relation, by_id: dict[str, _Item], here: _Item, cands: list[_Item]) -> _Item | None:
    """'held 39% of capacity. A year ago they were 71% full, 36 percentage points higher': a gap in points
    compared with no value after it is from the one other percentage nearby. 'won in 3 hours 52 minutes. Jan
    Petrak finished 1 minute 20 seconds behind in 3 hours 54 minutes': a time behind no one named is behind
    the one time before it of about the same length."""
    timed = firm.kind is RelationKind.DIFFERENCE and here.family == "[time]" and here.diff_cue
    if timed and not _NAME_AFTER.match(here.after_text):
        after = next((by_id[c] for c, r in zip(firm.claims, firm.roles, strict=True) if r == Role.AFTER.value), None)
        return _sole_time_before(here, after, cands) if after is not None else None
    if firm.kind is not RelationKind.DIFFERENCE or here.claim.unit != "percentage_point":
        return None
    if not here.diff_cue and _words(here.claim.text)[-1:] not in (["higher"], ["lower"], ["above"], ["below"]):
        return None  # a comparison ("36 points higher"), not a change over time ("rose 3 points")
    percents = [v for v in cands if v.family == "percent"]
    return percents[0] if len(percents) == 1 else None


def _sole_time_before(here: _Item, after: _Item, cands: list[_Item]) -> _Item | None:
    """The one duration stated before a time behind (or ahead), within a factor of two of the time it joins."""
    size = after.claim.value if after.family == "[time]" else None
    if not size or after.index != here.index + 1 or after.words_before()[-1:] != ["in"]:
        return None  # "finished 80 seconds behind in 3:54"; not "14 months, five months longer than in 2023"
    times = [
        v for v in cands
        if v.family == "[time]" and _stated_before(v, here) and not v.is_change and v.claim.value
        and 0.5 < v.claim.value * (units.factor(v.claim.unit, after.claim.unit) or 0.0) / size < 2
    ]
    return times[0] if len(times) == 1 else None


def _named_reference(here: _Item, cands: list[_Item]) -> _Item | None:
    """'crossed in 2:19:40, 12 minutes 28 seconds behind Bekele', after 'Bekele won in 2:05:12': a comparison
    with someone or something named after it is with the one value stated beside that name."""
    if not here.diff_cue:
        return None
    name = next(iter(_NAME_AFTER.findall(here.after_text[:NAME_CHARS])), None)
    if name is None or name.lower() in cues().stop:
        return None
    beside = [v for v in cands if name.lower() in v.about()]
    return beside[0] if len(beside) == 1 else None


#: "behind Bekele", "ahead of Ashcombe": a capitalised name right after a comparison
_NAME_AFTER = re.compile(r"\A\s*(?:[a-z]+\s+){0,2}?([A-Z][a-z]{2,})\b")
#: how far after a comparison its named reference may start
NAME_CHARS = 30


#: how far a level named in another sentence may stand from what a change gives, and still be its result
NAMED_LEVEL_SPREAD = 0.25


#: scale words, which every large count's words hold and which say nothing of what it counts
_SCALE_STEMS = frozenset({"million", "billion", "thousand", "hundred", "trillion"})


def _named_level(firm: Relation, by_id: dict[str, _Item], here: _Item, cands: list[_Item]) -> _Item | None:
    """The level a change reached, stated in a sentence of its own and named by the change's subject:
    'total revenue of $4.8bn in 2024. ... Revenue grew 25% from $4bn in 2023.' Among the candidates in
    the change's unit and near enough in size to what it gives to read as the same figure, the one that
    shares the most words of the change's clause (at least one, and more than any other); firm, so that
    a wrong change is flagged."""
    if firm.kind not in (RelationKind.CHANGE, RelationKind.DIFFERENCE):
        return None
    change = by_id[firm.claims[0]]
    before = next(by_id[c] for c, r in zip(firm.claims, firm.roles, strict=True) if r == Role.BEFORE.value)
    if change.claim.value is None or before.claim.value is None:
        return None
    sign = -1 if change.change is Direction.DECREASE else 1
    if firm.kind is RelationKind.DIFFERENCE:
        # "the rate has come down 1.5 percentage points from 5.75%" after "... to 4.75%": points from a percentage,
        # or an amount in the level's own unit
        points = change.claim.unit == "percentage_point" and before.claim.unit == "percent"
        if not points and change.claim.unit != before.claim.unit:
            return None
        given = before.claim.value + sign * change.claim.value
    else:
        if change.family == "percent" or is_fraction(change.claim):  # "up 25%", "grown by a quarter"
            rate = change.claim.value / 100 if change.family == "percent" else change.claim.value
        else:
            rate = change.claim.value - 1
        given = before.claim.value * (1 + sign * rate)
    if not given:
        return None
    plausible = [
        v
        for v in cands
        if v.claim.sentence != here.claim.sentence
        and v.claim.unit == before.claim.unit
        and v.claim.value is not None
        and abs(v.claim.value / given - 1) <= NAMED_LEVEL_SPREAD
    ]
    # "ahead of Quaver on 6.1 million and Brightwave on 4.4 million ... Brightwave's base has tripled": the one
    # candidate named by the change's subject right before its number
    subject = {_stem(w) for w in _words(change.claim.subject or "") if len(w) > 1 and w not in cues().stop}
    named = [v for v in plausible if subject & {_stem(w) for w in v.words_before()[-3:]}]
    if len(named) == 1:
        return named[0]
    own = {_stem(w) for w in change.about() & before.about()} - _SCALE_STEMS  # the words of the change's clause
    ranked = sorted(((len({_stem(w) for w in v.about()} & own), v.index, v) for v in plausible), key=lambda t: -t[0])
    if not ranked or ranked[0][0] < 1 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][2]


def _named_whole(firm: Relation, by_id: dict[str, _Item], here: _Item, cands: list[_Item]) -> _Item | None:
    """The whole a share refers back to: 'Builders completed 18,400 homes. Affordable homes made up 3,900
    of the total, one in four.' Only where the share or its part says so ("of the total"): among the
    candidates of earlier sentences larger than the part and within a factor of two of the share it
    would give, the one sharing the most words with the part, else the first stated; firm, so that a
    wrong share is flagged."""
    roles = dict(zip(firm.roles, (by_id[c] for c in firm.claims), strict=True))
    share, part = roles.get(Role.SHARE.value), roles.get(Role.PART.value)
    if firm.kind is not RelationKind.SHARE or share is None or part is None:
        return None
    noun = _noun_after(share) or _of_the_noun(share)  # "one in nine thefts", "60% of the spill", "of revenue"
    said = noun in relation_words().whole_nouns or _has(share.after_text + " " + part.after_text, cues().earlier_whole)
    said = said or [w.rstrip(",") for w in part.words_before()[:2]] in _OF_THEM  # "Of these, 268, or a fifth"
    said = said or part.words_after()[:2] in _OF_THEM  # "2.9 million of them, or 72%"
    named = {noun} if noun is not None and not said else _of_the_lead(part)  # "Of the cases in the backlog, 5,170"
    if not said and not named:
        named = {n} if (n := _of_the_noun(part)) else set()  # "reached 22,000 of the newly displaced, almost 70%"
    if not said and not named:
        return None
    fraction = _fraction(share)
    if fraction is None or part.claim.value is None:
        return None
    plausible = [
        v
        for v in cands
        if _before_part(v, here, part)
        and v.claim.unit == part.claim.unit
        and v.claim.value
        and v.claim.value > part.claim.value
        and 0.5 <= part.claim.value / v.claim.value / fraction <= 2
    ]
    if named and not said:
        stems = {_stem(n) for n in named}
        plausible = [v for v in plausible if any(_stem(w) in stems for w in v.about())]  # a whole of that noun only
        # "4,260 of the 5,680 pupils ... Three out of every ten pupils": the count of the noun itself first
        counting = [v for v in plausible if any(_stem(w) in stems for w in v.words_after()[:2])]
        plausible = counting or plausible
    if not fraction or not plausible:
        return None
    # not "812 stores took £2.8bn, ... while online orders brought in the remaining £460m, some 14% of the total":
    # the rest of a list is of a total stated before, not of a part beside it
    if _cue_before(part, "remainder"):
        plausible = [v for v in plausible if v.claim.sentence != part.claim.sentence]
    if not plausible:
        return None
    same = [v for v in plausible if v.claim.sentence == part.claim.sentence]
    if same:  # "2.86 million visitors, up from 2.2 million, ... 640,000, a quarter of the total": the largest
        return max(same, key=lambda v: v.claim.value or 0.0)
    words = part.about() | share.about()
    return min(plausible, key=lambda v: (-len(v.about() & words), v.claim.sentence, v.index))


def _noun_after(share: _Item) -> str | None:
    """The plural noun right after a share, what it is a share of: 'one in nine thefts' -> 'thefts'."""
    words = share.words_after()[:1]
    return words[0] if words and len(words[0]) > 3 and words[0].endswith("s") and words[0] not in cues().stop else None


def _sole_whole(firm: Relation, by_id: dict[str, _Item], cands: list[_Item]) -> _Item | None:
    """'sickened 214 people, more than three times the 62 reported ... Of those infected, 38 have been
    admitted, nearly a quarter': a share and its part with no whole named, and one value only that can be
    it: larger than the part, in its unit, just before it (in its sentence or the one before), neither a
    level left nor a change. Firm, so that a wrong share is flagged; a share 'of' something else names
    another whole and takes none."""
    roles = dict(zip(firm.roles, (by_id[c] for c in firm.claims), strict=True))
    share, part = roles.get(Role.SHARE.value), roles.get(Role.PART.value)
    if firm.kind is not RelationKind.SHARE or share is None or part is None or part.claim.value is None:
        return None
    if _reference(part):
        return None  # "up from the £9.2m budgeted, ...": a level left is no part
    spread = SOLE_WHOLE_SPREAD
    tail = share.after_text.lstrip()
    noun = _first_word(tail)
    if noun in relation_words().share_nouns:  # "3.8 million hectolitres, a 40% share, while": a share, no whole
        tail = tail[len(noun) :].lstrip()
    if tail[:1] not in (",", ".", ";", ")", "") or _first_word(part.after_text) == "of":
        # "one in eight robberies", "half the minimum", "65% of output": another whole named; but "28% of
        # arrivals, about 480,000", a whole named by a noun alone, is the sole one that fits it closely
        if not _of_a_noun(share):
            return None
        spread = NAMED_SOLE_SPREAD
    sole = [
        v for v in cands
        if (v.claim.sentence == part.claim.sentence - 1
            or (v.claim.sentence == part.claim.sentence and v.index < part.index))
        and v.claim.unit == part.claim.unit and (v.claim.value or 0.0) > part.claim.value
        and not v.is_change and not _reference(v) and not _compared_before(v)
    ]
    fraction = _fraction(share)
    if fraction is None:
        return None
    if spread == NAMED_SOLE_SPREAD:  # of the values a share 'of' a noun could be of, those that fit it closely
        sole = [v for v in sole if 1 / spread <= part.claim.value / (fraction * (v.claim.value or 0.0) or 1) <= spread]
    if len(sole) != 1:
        return None
    # "Twenty-seven patients have died, a fatality rate of about 0.15%" after "3.8 million inhabitants": a share
    # hundreds of times off is of another whole, not a wrong share of this one
    gives = fraction * (sole[0].claim.value or 0.0)
    if not gives or not 1 / spread <= part.claim.value / gives <= spread:
        return None
    # "... 212,500 students sat the exam ... About 166,600 passed. Top grades went to 14,900, roughly 7%": where
    # the sole whole before does not fit and another value a sentence further back does, which is meant is open
    if not _fits_share(share, part, sole[0]) and any(
        _fits_share(share, part, v) for v in cands
        if v is not sole[0] and v.claim.unit == part.claim.unit and _stated_before(v, part) and not _reference(v)
    ):
        return None
    return sole[0]


def _fits_share(share: _Item, part: _Item, whole: _Item) -> bool:
    """Whether the part over the whole lies within what the share allows."""
    scale = 100 if share.claim.unit == "percent" else 1
    if not whole.claim.value or part.claim.value is None:
        return False
    return share.claim.interval.low <= scale * part.claim.value / whole.claim.value <= share.claim.interval.high


def _of_a_noun(share: _Item) -> bool:
    """'28% of arrivals, ', '9% of the cases, ': a share 'of' a noun, then a comma (and the part set off)."""
    head, comma, _ = share.after_text.partition(",")
    words = _words(head)
    return bool(comma) and words[:1] == ["of"] and 2 <= len(words) <= 3 and words[-1].isalpha() and (
        len(words) == 2 or words[1] == "the"
    )


#: how far a share 'of' a noun may stand from the sole whole that fits it and still be read as of that whole
NAMED_SOLE_SPREAD = 1.5


def _fraction(share: _Item) -> float | None:
    """A share as a fraction of its whole: 38% is 0.38, 'a third' 0.333."""
    value = share.claim.value
    return value / 100 if value is not None and share.claim.unit == "percent" else value


#: how far a share of the one possible whole may stand from its part and still be read as of that whole
SOLE_WHOLE_SPREAD = 3.0


def _compared_before(v: _Item) -> bool:
    """'more than three times the 62 cases': a value a ratio compares with."""
    return v.words_before()[-2:-1] in (["times"], ["as"]) or v.words_before()[-1:] == ["times"]


def _before_part(v: _Item, here: _Item, part: _Item) -> bool:
    """Whether a candidate whole stands before the part: in an earlier sentence, or earlier in the part's."""
    return v.claim.sentence < here.claim.sentence or (v.claim.sentence == part.claim.sentence and v.index < part.index)


def _of_the_noun(share: _Item) -> str | None:
    """The noun a share is of: '60% of the spill' -> 'spill', 'a third of revenue', 'of this winter's total'.

    >>> from types import SimpleNamespace as N
    >>> [_of_the_noun(N(after_text=t)) for t in (" of the spill", " of revenue.", " of this winter's total", " of it")]
    ['spill', 'revenue', 'total', None]
    """
    words = _words(share.after_text)[:4]
    if words[:1] != ["of"]:
        return None
    rest = [w for w in words[1:] if w not in relation_words().whole_determiners and not w.endswith(("'s", "’s"))]
    # "of the cod quota": the noun may follow a short modifier
    return next((w for w in rest[:2] if len(w) > 3 and w not in cues().stop), None)


def _of_the_lead(part: _Item) -> set[str]:
    """The nouns of an 'Of the ...,' phrase that opens the part's sentence: 'Of the cases in the backlog, 5,170'."""
    head, comma, _ = part.before_text.partition(",")
    words = _words(head)
    if part.index != 0 or not comma or not head.lstrip().startswith("Of ") or len(words) > WHOLE_NOUN_WORDS:
        return set()
    return {w for w in words[1:] if len(w) > 3 and w not in relation_words().whole_determiners and w not in cues().stop}
