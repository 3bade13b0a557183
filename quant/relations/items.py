"""What linking knows of each claim: its family, the roles it may play, and the _Item record made once for
it, with the tests every kind of link asks of an item (a level, a share, a cue before it, a level left)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache

from quant import units
from quant.model import Claim, Direction, Kind, Sentence, Span
from quant.relations.words import (
    _clause_breaks,
    _first_word,
    _has,
    _last_words,
    _may_have,
    _words,
    cues,
    relation_words,
    rounding_qualifiers,
)


class Role(StrEnum):
    """What a claim is in a relation."""

    BEFORE = "before"
    AFTER = "after"
    CHANGE = "change"
    SHARE = "share"
    PART = "part"
    WHOLE = "whole"
    TOTAL = "total"
    SAME = "same"  #: one statement of an amount stated twice
    RATE = "rate"
    DURATION = "duration"
    AMOUNT = "amount"
    FACTOR = "factor"
    PRODUCT = "product"
    START = "start"  #: the year a span of time opens: "since 1995", "from 2025"
    END = "end"  #: the year it closes: "to 2030", "by 2030"


def family(claim: Claim) -> str | None:
    """Claims of one family can be added and compared: 'percent', 'pp', 'factor' or a pint dimension.

    None for dates and vague amounts, which take part in no arithmetic.
    """
    kind, unit = claim.kind, claim.unit
    if kind is _DATE or claim.value is None:
        return None
    if unit in ("percentage_point", "basis_point"):
        return "pp"
    if unit == "percent":
        return "percent"
    if kind is _RATIO and _per(claim):
        return "count"
    if kind in _FACTOR_KINDS or is_fraction(claim):
        return "factor"
    dimension = units.dimensionality(unit)
    if dimension in ("", "dimensionless") and "/" in unit and units.dimensionality(
        unit.rpartition("/")[2].strip("()")
    ) == "[time]":
        return "[time] / [time]"  # "9 hours a day": a time per unit of time, a rate, not a count
    return dimension or "count"


#: Kind members read in hot loops (a module global is faster to read than an enum's attribute)
_DATE, _RATIO, _CHANGE, _FRACTION, _MULTIPLIER = Kind.DATE, Kind.RATIO, Kind.CHANGE, Kind.FRACTION, Kind.MULTIPLIER
_FACTOR_KINDS = (Kind.MULTIPLIER, Kind.RATIO, Kind.FRACTION)


def _per(claim: Claim) -> bool:
    """'133 passengers per flight': an average, a value rather than a comparison."""
    return " per " in f" {claim.text.lower()} "


_IN_RATIO = re.compile(r"\b(?:in|out of|for every)\b")


def in_ratio(claim: Claim) -> bool:
    """'two in five', 'one out of four', 'one for every four': a share of a whole written as a ratio."""
    return (
        claim.kind is _RATIO
        and claim.value is not None
        and 0 < claim.value <= 1
        and _IN_RATIO.search(claim.text.lower()) is not None
    )


def is_fraction(claim: Claim) -> bool:
    """A fraction of a value: 'one-fifth', 'fell by two-thirds', 'a third fewer'."""
    return claim.kind is _FRACTION or (
        claim.kind is _CHANGE
        and claim.unit == "dimensionless"
        and claim.value is not None
        and claim.value < 1
    )


@dataclass(slots=True, eq=False)
class _Item:
    """A claim with what linking needs to know about it, computed once.

    Not frozen, as thousands are made per document and a frozen dataclass is slow to build; nothing
    changes one once made except what is worked out when first asked for (``about``, ``cue_tail``,
    ``_averaged``). Items are equal only to themselves.
    """

    claim: Claim
    id: str  #: the claim's
    index: int  #: position among the claims of its sentence
    family: str | None
    clause: int  #: which clause of its sentence it stands in (0 for the lone claim of a sentence)
    change: Direction | None  #: the direction of a change or difference
    is_change: bool
    before_text: str  #: the text between the previous claim of the sentence and this one
    after_text: str  #: the text between this claim and the next one of the sentence
    text: str  #: the whole text, for ``near``
    bounds: Span  #: its sentence's span, for ``near``
    restates: bool = False  #: the same amount as the claim before, in other units ("(116 sq mi)")
    diff_cue: bool = False  #: followed by "more than", "below", "ahead of": the value after is the reference
    is_value: bool = False  #: see _is_value, which nearly every link asks of every item
    is_share: bool = False  #: see _is_share
    #: the item before it in its sentence, whose after_text is its before_text: their words are read once
    previous: _Item | None = None
    words: frozenset[str] | None = None  #: see ``about``
    tail: str | None = field(default=None, init=False)  #: see ``cue_tail``
    average: bool | None = field(default=None, init=False)  #: see ``_averaged``
    after_words: list[str] | None = field(default=None, init=False)  #: see ``words_after``
    before_words: list[str] | None = field(default=None, init=False)  #: see ``words_before``

    def words_after(self) -> list[str]:
        """_words(self.after_text), read once for all the links that ask; the list is not to be changed."""
        if self.after_words is None:
            self.after_words = _words(self.after_text)
        return self.after_words

    def words_before(self) -> list[str]:
        """_words(self.before_text), read once for all the links that ask (and for the words_after of the item
        before); the list is not to be changed."""
        if self.before_words is None:
            self.before_words = _words(self.before_text) if self.previous is None else self.previous.words_after()
        return self.before_words

    def cue_tail(self) -> str:
        """The last words before the claim that can hold a cue (the longest cue is four words), joined."""
        if self.tail is None:
            before = self.before_text
            words = self.words_before() if len(before) <= _CUE_BEFORE_CHARS else _words(before[-_CUE_BEFORE_CHARS:])
            self.tail = " ".join(words[-4:])
        return self.tail

    def near(self) -> str:
        """The text around the claim, within its sentence (sliced only where asked for: few are)."""
        start, stop = self.claim.span.start, self.claim.span.end
        return self.text[max(self.bounds.start, start - 50) : min(self.bounds.end, stop + 40)]

    def about(self) -> frozenset[str]:
        """The content words around the claim and of its subject: what it is about.

        Only completions ask, for few claims, so the words are read when first asked for.
        """
        if self.words is None:
            words = {w for w in _words(self.near()) if len(w) > 3 and not w[0].isdigit()} - cues().stop
            if self.claim.subject:
                words |= {w for w in _words(self.claim.subject) if len(w) > 3}
            self.words = frozenset(words)
        return self.words


def _difference_cue(item_text: str, after: str) -> Direction | None:
    """The direction of a gap cue right after a claim ("30 more than"), or split across it ("30 more" + "than");
    not one set off by a comma ("a total of 210 mm, more than the town sees in two months")."""
    if after[:2] == ", " and not _has_digit(after):
        return None
    head, space, last_word = item_text.lower().rpartition(" ")
    if space and last_word in _difference_ends():  # "12% short of": the claim holds the whole cue
        direction = _difference_by_pair().get((head.rpartition(" ")[2], last_word))
        if direction is not None:
            return direction
    by_first = _difference_by_first()
    # no cue can start with the claim's last word; nor, where lower-casing keeps every character a word
    # character or not (ASCII), with the first word after it: most claims are refused here
    if (
        (not space or last_word not in by_first)
        and after.isascii()
        and _ASCII_LEAD_WORD.match(after).group(1).lower() not in by_first  # type: ignore[union-attr]
    ):
        return None
    lead = _lowered_lead(after)
    lead_word = _LEAD_WORD.match(lead)
    found: tuple[int, Direction] | None = None  # the first phrase of the table that fits
    for index, phrase, _rest, direction in by_first.get(lead_word.group() if lead_word else "", ()):
        if _leads_with(lead, phrase):
            found = (index, direction)
            break
    for index, _phrase, rest, direction in by_first.get(last_word, ()) if space else ():
        if found is not None and index >= found[0]:
            break
        if not rest or _leads_with(lead, rest):
            found = (index, direction)
            break
    return found[1] if found else None


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """Whether any character of the text is a digit to str.isdigit ('²' is; \\d would not match it)."""
    return _ASCII_DIGIT.search(text) is not None if text.isascii() else any(map(str.isdigit, text))


@cache
def _difference_by_first() -> dict[str, list[tuple[int, str, str, Direction]]]:
    """The gap cue phrases by their first word, each with its place in the table and the rest of it."""
    table: dict[str, list[tuple[int, str, str, Direction]]] = {}
    for index, (phrase, direction) in enumerate(cues().difference):
        first, _, rest = phrase.partition(" ")
        table.setdefault(first, []).append((index, phrase, rest, direction))
    return table


@cache
def _difference_by_pair() -> dict[tuple[str, str], Direction]:
    """The gap cue phrases of two words ("short of", "more than"), by their words."""
    pairs = (phrase.split(" ") for phrase, _ in cues().difference)
    return {
        (words[0], words[1]): direction
        for words, (_, direction) in zip(pairs, cues().difference, strict=True) if len(words) == 2
    }


@cache
def _difference_ends() -> frozenset[str]:
    return frozenset(last for _, last in _difference_by_pair())


_NON_WORD = re.compile(r"\W*")
_ASCII_LEAD_WORD = re.compile(r"\W*(\w*)")  # the first word of an ASCII text (empty if none)
_LEAD_WORD = re.compile(r"\w+")
_LEAD_CHARS = 40  #: longer than any cue phrase


def _lowered_lead(text: str) -> str:
    """The start of a text from its first word character, lower-cased."""
    at = _NON_WORD.match(text).end()  # type: ignore[union-attr]
    return text[at : at + _LEAD_CHARS].lower()


def _leads_with(lead: str, phrase: str) -> bool:
    """Whether the phrase starts ``lead`` as whole words, as whole words.

    >>> _leads_with("more than 40", "more than"), _leads_with("moreover", "more")
    (True, False)
    """
    if not lead.startswith(phrase):
        return False
    follower = lead[len(phrase) : len(phrase) + 1]
    return not (follower.isalnum() or follower == "_")


def _loose_cue(after: str, following: Claim | None) -> bool:
    """'over'/'under' right after a value compare it only with a value that follows in the same phrase."""
    words = _words(after[:_LEAD_CHARS])
    if not words or words[0] not in relation_words().loose_cues:
        return False
    # "£24m over the next 12 months": a period, not a comparison
    return "," in after or following is None or following.kind in _NOT_COMPARED or len(words) > 3


_NOT_COMPARED = (Kind.DATE, Kind.CHANGE, Kind.DURATION)


def _rounded_again(claims: Sequence[Claim], families: list[str | None], i: int, before: str) -> bool:
    """'214 mm of rain in October, about 6.4 inches': the amount before (dates aside) again, in other units
    and rounded, set off by a comma alone."""
    if claims[i].qualifier not in rounding_qualifiers() or before.strip() != ",":
        return False
    j = i - 1
    while j >= max(0, i - 3) and families[j] is None:
        j -= 1  # past a date or two: "214 mm of rain in October, about 6.4 inches"
    return (
        j >= 0
        and families[j] == families[i]
        and families[i] not in (None, "count", "percent", "pp", "factor")
        and claims[j].unit != claims[i].unit
        and claims[j].kind is not Kind.CHANGE
    )


def _is_change(claim: Claim, diff: Direction | None) -> bool:
    kind = claim.kind
    if claim.cue in ("to", "from") and kind is not _CHANGE and kind is not _MULTIPLIER:
        return False
    if kind is _RATIO and (_per(claim) or in_ratio(claim)):
        return False
    if kind in _CHANGE_KINDS:
        return True
    if kind is _FRACTION:
        return claim.direction is not None
    return claim.direction is not None or diff is not None


_CHANGE_KINDS = (Kind.CHANGE, Kind.MULTIPLIER, Kind.RATIO)


def _items(text: str, sentence: Sentence, claims: Sequence[Claim]) -> list[_Item]:
    bounds = sentence.span
    first, last = bounds.start, bounds.end
    count = len(claims)
    # clauses only tell apart the claims of one sentence: a lone claim needs none counted
    breaks = _clause_breaks(text, first, last) if count > 1 else []
    families = [family(claim) for claim in claims]
    rounding = rounding_qualifiers()
    bisect_left = bisect.bisect_left
    out: list[_Item] = []
    item: _Item | None = None  # the item made last
    after = text[first : claims[0].span.start] if claims else ""  # the text after the claim before: none yet
    for i, claim in enumerate(claims):
        span = claim.span
        start, stop = span.start, span.end
        kind = claim.kind
        fam = families[i]
        before = after  # the text between two claims is the first one's after and the second one's before
        nxt = claims[i + 1] if i + 1 < count else None
        after = text[stop : max(nxt.span.start if nxt is not None else last, stop)]
        diff = _difference_cue(claim.text, after)
        if diff is not None:
            if _loose_cue(after, nxt):
                diff = None  # "$82 over the quarter, 6% below ...": a time, not a comparison
            elif fam == "[time]" and _first_word(after) in relation_words().race_words:
                diff = Direction.DECREASE if diff is Direction.INCREASE else Direction.INCREASE  # ahead: less time
        is_change = _is_change(claim, diff)
        diff_cue = diff is not None and kind is not _RATIO
        restates = (
            i > 0
            and fam not in _NEVER_RESTATED
            and families[i - 1] == fam
            and claims[i - 1].unit != claim.unit  # "£900,000, or £150,000 each" is another amount
            and before.strip() in _RESTATING_GAPS
        ) or (claim.qualifier in rounding and _rounded_again(claims, families, i, before))
        item = _Item(
            claim,
            claim.id,
            i,
            fam,
            bisect_left(breaks, start) if breaks else 0,  # the breaks before it
            claim.direction or diff,
            is_change,
            before,
            after,
            text,
            bounds,
            restates,
            diff_cue,
            fam not in (None, "factor", "pp") and not is_change and not restates,  # is_value
            not is_change and (  # is_share
                fam == "percent"
                or (kind is _FRACTION and fam == "factor")
                or (kind is _RATIO and in_ratio(claim))
            ),
            item,  # previous: its after is this one's before
        )
        out.append(item)
        # "6.8 metres (about 22 feet) above its usual level": the cue after the bracket is the first one's too
        if restates and diff_cue and after.lstrip().startswith(")") and not out[-2].is_change:
            out[-2] = replace(
                out[-2], change=item.change, is_change=True, diff_cue=True, is_value=False, is_share=False
            )
    return out


#: the families of amounts a restatement in other units ("(116 sq mi)") may be of: not these
_NEVER_RESTATED = (None, "count", "percent", "pp", "factor")
#: what stands between an amount and its restatement: "300 km² (116 sq mi)", "£2m, or $2.5m"
_RESTATING_GAPS = ("(", "or", ", or", ", i.e.")


def _is_share(item: _Item) -> bool:
    """A share of a whole, not a change: a percentage, a fraction, 'one in four'; worked out as items are made."""
    return item.is_share


def _is_value(item: _Item) -> bool:
    """A level (not a change, factor or restatement): worked out for each item as it is made."""
    return item.is_value


def compatible(a: Claim, b: Claim) -> bool:
    """Two values that can be compared: same family and units that convert (or one inherits the other's)."""
    fa, fb = family(a), family(b)
    if fa is None or fb is None:
        return False
    if fa == fb:
        return True
    return _inherits(a.unit, b.unit) or _inherits(b.unit, a.unit)


def _comparable(a: _Item, b: _Item) -> bool:
    """``compatible`` for two items, whose families are already worked out."""
    if a.family is None or b.family is None:
        return False
    if a.family == b.family:
        return True
    return _inherits(a.claim.unit, b.claim.unit) or _inherits(b.claim.unit, a.claim.unit)


def _inherits(bare: str, rich: str) -> bool:
    """'EUR' left out of 'EUR/(MW*hour)': a parallel phrase that dropped the denominator."""
    return rich.startswith(bare + "/") and "[" not in bare


def _reference(item: _Item) -> bool:
    if item.claim.cue in ("from", "than", "against"):
        return True
    return _cue_before(item, "reference")


def _compared_to(item: _Item) -> bool:
    """'9% above last year's peak of 13 GW': the value a comparison right before it is made with, a level
    left as much as one after 'from'."""
    return _reference(item) or (
        item.previous is not None and item.previous.is_change and item.previous.diff_cue and "," not in item.before_text
    )


#: the last words before a claim that can hold a cue (the longest cue is four words)
_CUE_BEFORE_CHARS = 80


def _cue_before(item: _Item, section: str) -> bool:
    """Whether the last words before the claim are a cue of this section of the cue file, as whole words."""
    tail = item.cue_tail()
    phrases, endings = _cue_endings(section)
    return tail in phrases or tail.endswith(endings)


@cache
def _cue_endings(section: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A section's cues, and each after a space: a tail of words ends with a cue as whole words when
    it is one or ends with one of these."""
    phrases: tuple[str, ...] = getattr(cues(), section)
    return frozenset(phrases), tuple(" " + p for p in phrases)


def _marked_after(item: _Item) -> bool:
    """'to 1,240', 'to a record 2.4 million': the level a change reached."""
    return item.claim.cue == "to" or _cue_before(item, "level")


def _detached(gap: str) -> bool:
    return any(w in cues().detach for w in _words(gap))


def _cue_ends(before: str, section: str, word: str) -> bool:
    """Whether the words before a value end with a cue of the section and then ``word``: 'a margin of'."""
    tail = _words(before[-_CUE_BEFORE_CHARS:])
    return tail[-1:] == [word] and len(tail) >= 2 and tail[-2] in getattr(cues(), section)


def _in_unit_of(v: _Item, other: _Item) -> float:
    """v's value in other's unit, so that 860 km² and 19,500 hectares compare as amounts."""
    value = v.claim.value or 0.0
    if v.claim.unit == other.claim.unit:
        return value
    return value * (units.factor(v.claim.unit, other.claim.unit) or 1.0)


def _gap_text(a: _Item, b: _Item) -> str:
    """The words between two claims of one sentence, other claims left out."""
    return a.after_text if b.index == a.index + 1 else a.after_text + " ... " + b.before_text


def _near_in_size(a: _Item, b: _Item) -> bool:
    """Whether two amounts are within a factor of three once in one unit, as a restatement is; '2 hours
    5 minutes, some 90 seconds outside the record' is another amount."""
    if not a.claim.value or not b.claim.value:
        return False
    ratio = _in_unit_of(a, b) / b.claim.value
    return 1 / 3 <= abs(ratio) <= 3


#: how far two amounts may be apart and still be read as one (a restatement, or a rate over a duration and
#: its amount): a writer's slip is a digit or a unit off, not ten thousand times ('each weighing 60 kg, or about
#: 156,000 tonnes' is the bags' total, not the weight restated)
PLAUSIBLE_SPREAD = 1e4


def _plausible(made: float, stated: float) -> bool:
    """Whether an amount worked out and an amount stated are within PLAUSIBLE_SPREAD of each other."""
    made, stated = abs(made), abs(stated)
    return not made or not stated or 1 / PLAUSIBLE_SPREAD <= made / stated <= PLAUSIBLE_SPREAD


def _averaged(rate: _Item) -> bool:
    """'averaging 1,900 a week', 'an average of 250 a week': a rate worked out from stated totals."""
    if rate.average is None:  # asked for each value by several links: worked out once
        phrases = cues().average
        if _may_have(rate.before_text, phrases) or _may_have(rate.claim.text, phrases):
            tail = " ".join(_last_words(rate.before_text, 4) + _words(rate.claim.text)[:3])
            rate.average = _has(tail, phrases)
        else:
            rate.average = False
    return rate.average
