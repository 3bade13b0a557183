"""Links of a share to its part and its whole: "60% of the 2,000", "1,335, or 15%", a part and its whole
with no share stated ("30 of its 410 stores"), and the share that remains ("the remaining 4.7%")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache

from quant.model import Kind, Relation, RelationKind
from quant.relations.items import (
    Role,
    _comparable,
    _detached,
    _is_value,
    _Item,
    _marked_after,
    _reference,
    compatible,
)
from quant.relations.words import (
    WORDS_BEFORE_CHARS,
    _ends_with,
    _has,
    _words,
    _words_before,
    cues,
    relation_words,
)

#: words allowed between a share and the whole it is "of", or a part and its apposition
OF_WORDS = 4
#: the same where a noun phrase ending in "of" names the whole: "18% of the country's total generation of"
NAMED_OF_WORDS = 7
APPOSITION_WORDS = 8


#: a share finds its whole or its part among this many claims on either side (keeps a clause of
#: thousands of percents linear)
SHARE_REACH = 8


def _whole_of_part(items: list[_Item], v: _Item) -> bool:
    """'84 of the 210 seats': 210 is the whole the 84 are part of, not a level that changed."""
    if v.index == 0:
        return False
    part = items[v.index - 1]
    if not (part.is_share or (part.is_value and part.family == v.family)):
        return False  # most values: the claim before is neither a share nor a value like this one
    gap = part.words_after()
    if part.is_value and gap[-2:] in (["among", "the"], ["among", "its"], ["among", "their"]) and (
        len(gap) <= AMONG_WORDS
    ):
        return True  # "45 infections occurred among the 1,500 people given the drug"
    if gap[:1] != ["of"] or gap[-1:] in (["from"], ["than"], ["against"]):
        return False  # not "2.9% of gross domestic product from 2.3%": a level left
    if part.is_share and len(gap) <= WHOLE_NOUN_WORDS:
        return gap[-1:] != ["at"]  # "71% of the population of 53.5 million"; not "of the economy at"
    if not (part.is_value and part.family == v.family):
        return False
    # "of the country's", "9,300 of the city's pre-war population of 62,000"
    named = gap[-1:] == ["of"] and 2 < len(gap) <= WHOLE_NOUN_WORDS
    return named or (
        len(gap) <= 3 and all(w in relation_words().whole_determiners or w.endswith(("'s", "’s")) for w in gap[1:])
    )


#: the words a share's whole may be named by before its value: "of the country's adult population of"
WHOLE_NOUN_WORDS = 6
#: the words from a part to the whole it stands among: "cases of clinical malaria occurred among the"
AMONG_WORDS = 8


def _shares(items: list[_Item], text: str, start: int) -> Iterable[Relation]:
    used: set[str] = set()
    for share in items:
        if not share.is_share:
            continue
        near = items[max(0, share.index - SHARE_REACH) : share.index + SHARE_REACH + 1]
        clause = [v for v in near if v.clause == share.clause]
        whole = _whole_for_part(share, _whole_of(share, items, clause, text, start), items, clause)
        part = _part_of(share, whole, items)
        if whole is None and part is not None and part.index + 1 < len(items) and part.index > share.index:
            after = items[part.index + 1]  # "at 74%, or 305,000 of the 480,000 in that group"
            whole = after if after.is_value and _whole_of_part(items, after) else None
        if (
            whole is None and part is not None and _whole_of_part(items, part)
            and share.before_text.rstrip().endswith(",") and len(_words(share.before_text)) <= 2
        ):
            # "1.2 million of the country's 9.6 million households, a sixth of the total": the share of both
            part, whole = items[part.index - 1], part
        if whole is not None and part is not None and not _comparable(part, whole):
            part = None
        if whole is None and part is None:
            continue
        pair = _pair_of_them(items, share) if whole is None else []
        if pair:
            # "fired 1,350 drones and 220 missiles ..., and 91% of them were intercepted": a share of both
            parts = [(part, Role.PART)] if part is not None else []
            yield _share_link(
                [(share, Role.SHARE), *parts, *((v, Role.WHOLE) for v in pair)],
                f"'{share.claim.text}' is a share of '{pair[0].claim.text}' and '{pair[1].claim.text}' together",
                f"share:{share.id}",
            )
            continue
        members = [(share, Role.SHARE)]
        if part is not None:
            members.append((part, Role.PART))
            used.add(part.id)
        if whole is not None:
            members.append((whole, Role.WHOLE))
            used.add(whole.id)
        yield _share_link(
            members,
            f"'{share.claim.text}' is a share" + (f" of '{whole.claim.text}'" if whole else ""),
            f"share:{share.id}",
        )
    # "destroyed 212 buildings, 148 of them homes": a whole and a part of it, no share stated
    for whole, part in itertools.pairwise(items):
        if (
            whole.is_value and part.is_value and whole.family == part.family and whole.family not in ("percent",)
            and part.id not in used and part.before_text.rstrip().endswith(",") and len(part.words_before()) <= 2
            and part.words_after()[:2] == ["of", "them"]
            and 0 < (part.claim.value or 0) < (whole.claim.value or 0)
        ):
            used.add(part.id)
            yield _part_of_whole(part, whole)
    # "30 of its 410 stores": a part and its whole with no share stated
    for part, whole in itertools.pairwise(items):
        if (
            part.is_value
            and whole.is_value
            and part.family == whole.family
            and part.family not in ("percent",)
            and part.id not in used
            and (part.claim.value or 0) <= (whole.claim.value or 0)
            and part.words_after()[:1] == ["of"]
            and len(part.words_after()) <= 2
        ):
            yield _part_of_whole(part, whole)


def _part_of_whole(part: _Item, whole: _Item) -> Relation:
    """A part and its whole with no share stated, in the text's order."""
    return _share_link(
        [(part, Role.PART), (whole, Role.WHOLE)], f"'{part.claim.text}' of '{whole.claim.text}'", f"share:{part.id}"
    )


def _share_link(members: list[tuple[_Item, Role]], basis: str, group: str) -> Relation:
    """A share relation among its members (share, part, whole) in the text's order."""
    ordered = sorted(members, key=lambda m: m[0].index)
    return Relation(
        RelationKind.SHARE,
        tuple(m[0].id for m in ordered),
        basis,
        tuple(m[1].value for m in ordered),
        group=group,
    )


def _of_the_total(share: _Item) -> bool:
    """'almost two in five of the total': the share names its whole as a total stated elsewhere."""
    words = share.words_after()
    return words[:1] == ["of"] and _has(" ".join(words[:4]), cues().earlier_whole)


def _whole_of(share: _Item, items: list[_Item], clause: list[_Item], text: str, start: int) -> _Item | None:
    if _of_the_total(share):
        return None  # "each of the 1,100 households ..., almost two in five of the total": 1,100 is the part
    fit = [v for v in clause if _is_value(v) and v.family != "percent" and v is not share]
    # "60% of the 2,000 respondents"
    nxt = next((v for v in items[share.index + 1 : share.index + 1 + SHARE_REACH] if v.family is not None), None)
    # not "60% of the 2,000-3,000", a range, nor "41% of her three-point shots", a kind; but "80% of capacity at
    # the 74,000-seat stadium", the size of the whole
    if nxt is not None and nxt in fit and (not nxt.after_text.startswith("-") or _sized_by(nxt)):
        gap = share.after_text if nxt.index == share.index + 1 else ""
        words = _words(gap)
        if (
            words[:1] == ["of"]
            # "a fifth of the economy at €168bn": the part; but "2.9% of an economy worth £2.1tn": the whole
            and words[-1:] != ["at"]
            # "18% of the country's total generation of 63 TWh": a longer noun phrase that names the whole
            and (len(words) <= OF_WORDS or (len(words) <= NAMED_OF_WORDS and words[-1] == "of"))
            and "," not in gap
            and not _detached(" ".join(words[1:]))
        ):
            return nxt
    for part in reversed([v for v in fit if v.index < share.index]):
        if part.words_after()[:2] in _OF_THEM and part.index > 0 and items[part.index - 1] in fit:
            # "312 species, 87 of them, more than a quarter": the value before
            return _level_reached(items[part.index - 1], fit)
    if share.words_after()[:2] in _OF_THEM and share.index > 0 and items[share.index - 1] in fit and (
        share.before_text.rstrip().endswith(",") and len(share.words_before()) <= APPOSITION_WORDS
    ):
        # "18,000 homes were damaged, roughly a third of them, 4,500, ...": the whole
        return _level_reached(items[share.index - 1], fit)
    for whole in reversed([v for v in fit if v.index < share.index]):
        between = text[whole.claim.span.end : share.claim.span.start]
        # "431 TWh ..., of which renewables supplied 59%"
        if _has(between, cues().of_which):
            return _level_reached(whole, fit)
        # "Of the 610,000 displaced, 55% are children"
        lead = _words_before(text, start, whole.claim.span.start)
        if lead[-1:] in (["which"], ["whom"]):
            continue  # "9,600 damaged, of which 2,400, or a quarter, collapsed": a part, not the whole
        opens = (
            whole.claim.span.start - start <= WORDS_BEFORE_CHARS
            and lead[:1] in (["of"], ["among"])  # "Among the 640 respondents aged under 30, 58% backed"
            and len(lead) <= 3
            and "," not in text[start : whole.claim.span.start]  # not "Of those infected, 38 ...": a part
        )
        pronoun = lead[-1:] and lead[-1].rstrip(",") in relation_words().pronouns  # "Of these, 268, or a fifth": a part
        led = not pronoun and (lead[-3:-1] == ["of", "the"] or lead[-2:-1] == ["of"] or opens)
        if led and "," in between:
            return whole
    return None


def _level_reached(whole: _Item, fit: list[_Item]) -> _Item:
    """'rose to 22,480, a 12% increase on last year's 20,070, with 6,744 of them', '8% to €2.43bn from €2.2bn, of
    which': 'them' and 'which' are of the level reached, not the level left right before them."""
    if not _reference(whole):
        return whole
    reached = [v for v in fit if v.index < whole.index and v.family == whole.family and not _reference(v)]
    return reached[-1] if reached else whole


def _pair_of_them(items: list[_Item], share: _Item) -> list[_Item]:
    """'1,350 drones and 220 missiles ..., and 91% of them': the two values joined by 'and' right before a share
    'of them', of one kind, each followed by its own noun."""
    if share.words_after()[:2] not in _OF_THEM or share.index < 2:
        return []
    first, second = items[share.index - 2], items[share.index - 1]
    if not (first.is_value and second.is_value and first.family == second.family == "count"):
        return []
    if second.words_before()[-1:] != ["and"] or len(second.words_before()) != 2 or not first.words_after()[0].isalpha():
        return []  # "1,350 drones and 220": a noun after each
    return [first, second] if not first.is_change and not second.is_change else []


#: " of capacity, with ": a share's whole named by a noun, then its part set off after ", with"
_OF_A_NOUN_WITH = re.compile(r"[ ]of[ ](?:the[ ])?[a-z]{3,20},[ ]with[ ]")
#: "-seat " in "the 74,000-seat stadium": a noun joined to a number, making it the size of a thing
_HYPHEN_NOUN = re.compile(r"-[a-z]{2,20}\b(?!-)")

def _sized_by(item: _Item) -> bool:
    """'the 74,000-seat stadium', 'a 500-bed hospital': a number joined to a noun, large enough to be a size and
    not a kind ('three-point shots', 'two-bedroom flats')."""
    return _HYPHEN_NOUN.match(item.after_text) is not None and (item.claim.value or 0.0) >= SIZE_AT_LEAST


#: the smallest number joined to a noun that reads as the size of a thing rather than a kind of it
SIZE_AT_LEAST = 100

#: after a part, the words that make the value before it its whole: "87 of them"
_OF_THEM = (["of", "them"], ["of", "these"], ["of", "those"])


def _whole_for_part(share: _Item, whole: _Item | None, items: list[_Item], clause: list[_Item]) -> _Item | None:
    """'1,450 homes over five years, 290 a year, of which 30% ..., about 435 homes': where the part stated
    with the share cannot be a share of the nearest value before it, the whole is the nearest earlier value
    of the clause it can be a share of."""
    if whole is None:
        return None
    part = _part_of(share, None, items)
    if part is None or part is whole or compatible(part.claim, whole.claim):
        return whole
    earlier = [
        v
        for v in clause
        if v.index < whole.index and _is_value(v) and v.family != "percent" and compatible(v.claim, part.claim)
    ]
    return earlier[-1] if earlier else whole


#: a share named after a comma: "29,100 cast a ballot, a turnout of 47%", ", a share of 12%"
@cache
def _apposition_phrases() -> frozenset[str]:
    return frozenset(cues().apposition)


_NAMED_SHARE = re.compile(r",[ ](?:a|an|the)[ ](?:[a-z-]+[ ]){1,3}of[ ]\Z")  # ", a case fatality rate of "


def _part_of(share: _Item, whole: _Item | None, items: list[_Item]) -> _Item | None:
    def restated(gap: str) -> bool:
        """'412 billion euros at the end of 2025, equal to 98% of': a restatement phrase after the comma."""
        _, comma, tail = gap.strip().rpartition(",")
        return bool(comma) and " ".join(_words(tail)) in _apposition_phrases()

    def apposed(gap: str) -> bool:
        words = _words(gap)
        stripped = gap.strip()
        return len(words) <= APPOSITION_WORDS and (
            stripped.endswith(",") or stripped.endswith("(") or stripped.endswith(", or") or stripped == "or"
            or stripped.endswith((", a", ", an"))  # "13 of his 22 attempts, a 71% shooting night"
            # "Turnout was 71.4%, with 3.5 million of the 5.4 million", "at 31% of capacity, with 412 million"
            or (stripped == ", with" and gap.startswith(","))
            or (_OF_A_NOUN_WITH.fullmatch(gap) is not None)
            or restated(gap)
        )

    def named_between(gap: str) -> bool:
        """'31 teaching vacancies, equal to 6%', '22,000 of the newly displaced, almost 70%': the part's noun
        (or the whole it is 'of') and a comma between the part and its share."""
        words = _words(gap.partition(",")[0])
        return "," in gap and 0 < len(words) <= 4 and (restated(gap) or words[0] == "of" or gap.strip().endswith(","))

    def fits(v: _Item) -> bool:
        # "cut 1,450 jobs, about 12% of its 9,600 staff": a count cut or added is a part too
        counted = _is_value(v) or (v.is_change and v.family == "count" and v.claim.kind is Kind.COUNT)
        return counted and v.family != "percent" and (whole is None or _comparable(v, whole))

    # "1,335, or 15%" / "3.2 million people, about 64%" / "$2.1bn (44%)" / "29,100 voted, a turnout of 47%"
    if share.index > 0:
        at = share.index - 1
        while at > max(0, share.index - 3) and (
            items[at].family is None or _period(items[at]) or _age(items[at])
        ):
            # "412 of the 468 drones launched in November, an interception rate of 88%": past the date;
            # "127 mm of rain in 24 hours, about half its December average": past the period
            at -= 1
        prev = items[at]
        if prev is whole and at > 0 and items[at - 1].words_after()[:1] == ["of"]:
            prev = items[at - 1]  # "412 of the 468 drones, a rate of 88%": the part before its whole
        if _reference(prev):  # "rose to $3.54bn in 2025 from $3bn, accounting for 41% of": the level now
            level = next((v for v in reversed(items[: prev.index]) if v.family is not None), None)
            prev = level if level is not None and _marked_after(level) else prev
        if _base_of_a_ratio(prev):
            return None  # "The total is nearly three times the 1,400 km² ..., and amounts to 0.7% of": not the part
        if (
            prev is not whole
            and fits(prev)
            and (
                (apposed(share.before_text) and (len(share.words_before()) <= 3 or named_between(share.before_text)))
                or (_NAMED_SHARE.search(share.before_text) and len(share.words_before()) <= APPOSITION_WORDS)
            )
        ):
            return prev
        # "Adult care, at £148m, now takes up 41% of its £392m budget": a verb of share between them
        if prev is not whole and fits(prev) and _part_verb_between(share.before_text):
            return prev
        # "the 1,100 households placed in hotels, almost two in five of the total": a part named at length
        if prev is not whole and fits(prev) and _of_the_total(share) and share.before_text.rstrip().endswith(","):
            return prev
    # "More than 640,000 people have returned home since October, the office said, roughly a third of the 1.6
    # million who fled": a share set off by a comma, its whole after it, is of the one value of its kind before
    if whole is not None and whole.index == share.index + 1 and share.before_text.rstrip().endswith(","):
        before = [v for v in items[max(0, share.index - SHARE_REACH) : share.index] if fits(v)]
        if len(before) == 1 and before[0].index == _first_value(items):
            return before[0]
    anchor = whole if whole is not None and whole.index > share.index else share
    if anchor is share and _reference(share):
        return None  # "Turnout rose to 67% from 59%, with about 1.21 million of": the level now, not the one left
    gap = ""
    for v in items[anchor.index + 1 : anchor.index + 1 + SHARE_REACH]:
        gap += v.before_text
        if anchor is share and v.index == share.index + 1 and v.family == share.family and _reference(v):
            gap = ""  # "rose to 67% from 59%, with 1.21 million of": past the level left
            continue
        if fits(v):
            return v if (apposed(gap) or _valued_at(gap)) and v.clause == share.clause else None
        if v.family not in (None,) and v.family != "count" and v.family != "[time]":
            return None
        gap += " " + v.claim.text
    return None


def _base_of_a_ratio(v: _Item) -> bool:
    """'nearly three times the 1,400 km²': the value a ratio right before it is taken of, a thing compared with."""
    before = v.previous
    return before is not None and before.claim.kind is Kind.RATIO and "," not in v.before_text and v.claim.cue != "to"


def _first_value(items: list[_Item]) -> int:
    """The index of the first value of the sentence (-1 if none)."""
    return next((v.index for v in items if _is_value(v)), -1)


def _valued_at(gap: str) -> bool:
    """' of the economy at ': what a share 'of' something is, stated after 'at' (after 'worth', the whole's)."""
    words = _words(gap)
    return words[:1] == ["of"] and words[-1:] == ["at"] and len(words) <= OF_WORDS + 1


def _age(item: _Item) -> bool:
    """'aged under 30', 'aged 65 and over': an age that says who, not an amount."""
    return item.family == "[time]" and item.words_before()[-1:] == ["aged"]


def _period(item: _Item) -> bool:
    """'in 24 hours', 'over six weeks': a duration that says when, not an amount."""
    return item.family == "[time]" and item.claim.cue in ("in", "over", "during", "within")


def _part_verb_between(gap: str) -> bool:
    """', now takes up ', ' accounts for ': a verb of share, with at most one adverb before it and a comma
    or nothing else, between a part and its share."""
    words = _words(gap.rpartition(",")[2])
    if not words or len(words) > 4:
        return False
    return " ".join(words) in cues().part_verb or " ".join(words[1:]) in cues().part_verb


#: the group of percentages closed by 'the remaining 4.7%': together they make 100%, no more and no less
REMAINING_GROUP = "remaining:"
#: how many percentages before 'the remaining' share may be its fellow shares
REMAINING_SHARES = 4


def _remaining_share(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'won 51.4% against 44.9% for her rival, with minor candidates taking the remaining 4.7%': the
    percentages of the clause before a share named as what remains, and that share, make 100%; after
    'Another 12%', the last share of the sentence before is one of them."""
    for rest in items:
        if rest.family != "percent" or rest.is_change or not _ends_with(rest.before_text, cues().remainder):
            continue
        before = [v for v in items[: rest.index] if v.family == "percent" and not v.is_change]
        shares = [v for v in before if v.clause == rest.clause][-REMAINING_SHARES:]
        if not shares and before and before[0].words_before()[-2:] in (["another"], ["a", "further"]):
            # "... a completion rate of 72%. Another 12% are still studying, and the remaining 20% left"
            earlier = [v for v in previous if v.family == "percent" and not v.is_change][-1:]
            shares = (earlier + before)[-REMAINING_SHARES:] if earlier else []
        if not shares or sum(v.claim.value or 0.0 for v in shares) >= 100:
            continue  # shares of other wholes ("turnout was 62%, and Labour won 40%, the remaining 60% ...")
        yield Relation(
            RelationKind.SUM,
            (*(v.id for v in shares), rest.id),
            f"'{rest.claim.text}' is what remains of the whole after the shares before it",
            (Role.PART.value,) * (len(shares) + 1),
            group=f"{REMAINING_GROUP}{rest.id}",
        )


#: "together", "combined", "between them": a share of what the parts before it make up together
_TOGETHER = frozenset({"together", "combined", "between"})
#: how far the share of the nearest whole before may stand from the parts' sum and still be read as of it
TOGETHER_SPREAD = 1.5
#: how many words before a share its "together" may stand: "Together those three nationalities made up 64%"
TOGETHER_WORDS = 8


def _together_share(items: list[_Item], previous: list[_Item], before_that: list[_Item]) -> Iterable[Relation]:
    """'Orion led with 1.9 million units, Pexa 1.4 million and Lumo 1.1 million; together the three brands
    accounted for 86% of the market', after 'shipments ... 5.58 million units': a share said to be of parts
    'together' (in its sentence, or else the one before) is their sum over the nearest larger value of their unit
    before them (back to ``before_that``, the sentence before the one before)."""
    for share in items:
        if not share.is_share or share.family != "percent":
            continue
        words = share.words_before()[-TOGETHER_WORDS:]
        if share.previous is not None and (share.previous.claim.value or 0.0) <= 10:
            words = [*share.previous.words_before(), *words]  # "together the three brands accounted for 86%"
        if _TOGETHER.isdisjoint(words[-TOGETHER_WORDS:]):
            continue
        here = [v for v in items[max(0, share.index - SHARE_REACH) : share.index] if _is_value(v)]
        pool = here if len([v for v in here if v.family != "percent"]) >= 2 else previous[-SHARE_REACH:]
        run: list[_Item] = []
        for v in reversed(pool):
            if not _is_value(v) or v.family == "percent" or _reference(v) or v.is_change:
                continue
            if run and v.claim.unit != run[0].claim.unit:
                break
            run.insert(0, v)
        if len(run) < 2:
            continue
        largest = max(v.claim.value or 0.0 for v in run)
        parts = [v for v in run if (v.claim.value or 0.0) * 100 >= largest]  # not "the three brands"
        total = sum(v.claim.value or 0.0 for v in parts)
        first = parts[0]
        nxt = items[share.index + 1] if share.index + 1 < len(items) else None
        if nxt is not None and share.words_after()[:1] == ["of"] and _is_value(nxt) and (
            nxt.claim.unit == first.claim.unit
        ):
            wholes = [nxt]  # "account for 47% of total departmental spending of £600bn": the whole named after it
        else:
            # the values of their unit before the parts that the share of their sum fits within 1.5 times
            wholes = [
                v for v in (*before_that[-SHARE_REACH:], *previous[-2 * SHARE_REACH :], *here)
                if (v.claim.sentence, v.index) < (first.claim.sentence, first.index)
                and _is_value(v) and v.claim.unit == first.claim.unit and not _reference(v)
                and (v.claim.value or 0.0) > total
                and 1 / TOGETHER_SPREAD <= total / ((share.claim.value or 0.0) / 100 * (v.claim.value or 0.0) or 1)
                <= TOGETHER_SPREAD
            ]
        if len(parts) < 2 or len(wholes) != 1:
            continue
        whole = wholes[0]
        yield Relation(
            RelationKind.SHARE,
            (share.id, *(p.id for p in parts), whole.id),
            f"'{share.claim.text}' is a share of " + " + ".join(f"'{p.claim.text}'" for p in parts) + " together",
            (Role.SHARE.value, *(Role.PART.value for _ in parts), Role.WHOLE.value),
            group=f"together:{share.id}",
        )
