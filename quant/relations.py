"""Stage 4: claims -> relations: which claims speak of the same thing, and how.

Two kinds of link are made, and both stay within a few sentences of each other, so linking is
linear in the length of the document:

* *firm* links rest on the text's own words: a change and the values it joins ("rose 25%, from 40
  to 50"), a share and its whole ("60% of the 2,000"), a list of parts and its total ("split between"),
  one amount in two units ("300 km² (116 sq mi)"), a rate over a duration ("4 km a day over five
  days"). The cue words are data, in ``data/relations_en.tsv``. A firm link may be judged inconsistent.
* *candidate* links (``firm=False``) join claims whose units fit a sum or a product, or complete a
  firm link whose value stands in a neighbouring sentence. Findings reports them only where the
  arithmetic agrees, so a coincidence can add a check but never a false alarm.

>>> from quant.interval import Interval
>>> from quant.model import Kind, Span, Direction
>>> text = "Sales rose 25% to 60 units."
>>> change = Claim("c1", Span(6, 14), "rose 25%", 0, Kind.CHANGE, 25, Interval(24.5, 25.5), "percent",
...                direction=Direction.INCREASE)
>>> after = Claim("c2", Span(18, 20), "60", 0, Kind.COUNT, 60, Interval(59.5, 60.5), "dimensionless")
>>> [(r.kind.value, r.claims, r.roles) for r in link(text, (Sentence(0, Span(0, 27)),), (change, after))]
[('change', ('c1', 'c2'), ('change', 'after'))]
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from functools import cache

from quant import units
from quant.lexicon import cached_table, cached_word_lists
from quant.model import Claim, Direction, Kind, Relation, RelationKind, Sentence

CUES_FILE = "relations_en.tsv"

#: how many sentences before (and after) a claim a candidate link may reach
WINDOW_BEFORE = 2
WINDOW_AFTER = 1
#: how many sentences before a share the whole it names may stand ("... posted revenue of ¥2.86 trillion.
#: ... ¥600bn, roughly a third of revenue")
NAMED_WHOLE_BEFORE = 4
#: sums and products found by arithmetic alone may join claims this many sentences apart
EQUATION_WINDOW = 3
#: at most this many claims are compared in one window (keeps linking linear on dense tables)
WINDOW_CLAIMS = 16
#: how far units.rough_product_factor may stray from the exact factor: far more than rounding
ROUGH_SLACK = 1e-9
#: a change reaches values at most this many claims away in its clause
CHANGE_REACH = 4
#: words allowed between a share and the whole it is "of", or a part and its apposition
OF_WORDS = 4
APPOSITION_WORDS = 8
LIST_WORDS = 7
#: a share finds its whole or its part among this many claims on either side (keeps a clause of
#: thousands of percents linear)
SHARE_REACH = 8
#: a rate finds its duration and amount among this many claims on either side
RATE_REACH = 6
#: a firm link missing one value looks for it among this many claims on either side in each sentence
#: of its window, and offers at most COMPLETION_CANDIDATES of them (a sentence of thousands of shares
#: stays linear)
COMPLETION_REACH = 32
COMPLETION_CANDIDATES = 8


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


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue phrases of data/relations_en.tsv, by section."""

    reference: tuple[str, ...]
    difference: tuple[tuple[str, Direction], ...]
    parts: tuple[str, ...]
    total: tuple[str, ...]
    of: tuple[str, ...]
    of_which: tuple[str, ...]
    apposition: tuple[str, ...]
    average: tuple[str, ...]
    remainder: tuple[str, ...]
    gap: tuple[str, ...]
    detach: frozenset[str]
    stop: frozenset[str]
    lead: tuple[str, ...] = ()
    premium: tuple[tuple[str, Direction], ...] = ()
    part_verb: tuple[str, ...] = ()
    earlier_whole: tuple[str, ...] = ()
    level: tuple[str, ...] = ()
    price_after: tuple[str, ...] = ()
    price_before: tuple[str, ...] = ()
    takings: tuple[str, ...] = ()
    additive: tuple[str, ...] = ()


@cache
def cues() -> Cues:
    rows = cached_table(CUES_FILE, 2)

    def phrases(section: str) -> tuple[str, ...]:
        # longest first, so "a year earlier" wins over "earlier"
        return tuple(sorted((p.lower() for p, _ in rows.get(section, [])), key=len, reverse=True))

    difference = tuple(
        (p.lower(), Direction(d)) for p, d in sorted(rows["difference"], key=lambda r: -len(r[0]))
    )
    return Cues(
        reference=phrases("reference"),
        difference=difference,
        parts=phrases("parts"),
        total=phrases("total"),
        of=phrases("of"),
        of_which=phrases("of-which"),
        apposition=phrases("apposition"),
        average=phrases("average"),
        remainder=phrases("remainder"),
        gap=phrases("gap"),
        detach=frozenset(phrases("detach")),
        stop=frozenset(phrases("stop")),
        lead=phrases("lead"),
        premium=tuple((p.lower(), Direction(d)) for p, d in rows.get("premium", [])),
        part_verb=phrases("part-verb"),
        earlier_whole=phrases("earlier-whole"),
        level=phrases("level"),
        price_after=tuple(p.lower() for p, where in rows.get("price", []) if where == "after"),
        price_before=tuple(p.lower() for p, where in rows.get("price", []) if where == "before"),
        takings=phrases("takings"),
        additive=phrases("additive"),
    )


WORDS_FILE = "relation_words_en.txt"


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of data/relation_words_en.txt, by section."""

    loose_cues: frozenset[str]
    race_words: frozenset[str]
    pair_words: frozenset[str]
    lead_limits: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    partial_words: frozenset[str]
    aimed_nouns: frozenset[str]
    clause_words: frozenset[str]
    span_start: frozenset[str]
    span_end: frozenset[str]
    whole_determiners: frozenset[str]
    whole_nouns: frozenset[str]
    named_levels: frozenset[str]
    adding_verbs: frozenset[str]


@cache
def relation_words() -> Words:
    lists = cached_word_lists(WORDS_FILE)
    return Words(**{f.name: frozenset(lists[f.name]) for f in fields(Words)})


@cache
def _phrases_of(section: str) -> tuple[str, ...]:
    """A section of the cue file that is a list of phrases only, longest first."""
    return tuple(sorted((p.lower() for p, _ in cached_table(CUES_FILE, 2).get(section, [])), key=len, reverse=True))


@cache
def rounding_qualifiers() -> frozenset[str]:
    """Qualifiers of an amount restated in another unit, rounded: "1,450 hectares, about 9 square miles"."""
    return frozenset(_phrases_of("rounding"))


_WORD = re.compile(r"[a-z0-9]++(?:['’.-][a-z0-9]++)*+")  # possessive: a word ends where it ends, no backtracking
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|although|though|after|because"
    # ", as imports jumped": a clause of its own; not ", as well as", ", as much as", ", as in 2019"
    r"|as(?!\s+(?:well|much|many|of|part|high|low|little|few|long|far|large|in|against|with|a\s+result|expected"
    r"|planned|forecast|usual|before|compared)\b))\b|;|\s[—–]\s|:\s"
)
_CLAUSE_MARK = re.compile(r"[,;:—–]")  # every clause break holds one of these


def _clause_breaks(text: str, start: int, end: int) -> list[int]:
    """Where _CLAUSE_BREAK.finditer(text, start, end) finds its breaks, tried only at the marks they hold
    (a dash with the space before it), not at every character.

    >>> text = "Sales rose 5%, and costs fell — by 2%: a gain; in all"
    >>> _clause_breaks(text, 0, len(text)) == [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    True
    """
    breaks: list[int] = []
    free = start  # breaks do not overlap: where the last one found ends
    for mark in _CLAUSE_MARK.finditer(text, start, end):
        at = mark.start() - (text[mark.start()] in "—–")
        found = _CLAUSE_BREAK.match(text, at, end) if at >= free else None
        if found:
            breaks.append(at)
            free = found.end()
    return breaks


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _first_word(text: str) -> str | None:
    """The first of _words(text), found without reading the rest.

    >>> _first_word(" For each of its 400 miles"), _first_word(", ")
    ('for', None)
    """
    found = _WORD.search(text.lower())
    return found.group() if found else None


#: how far back _words_before reads: past three words, only whether a short clause opens with "of" matters
WORDS_BEFORE_CHARS = 80


def _words_before(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end], but at most the last WORDS_BEFORE_CHARS characters of them (the
    first of those whole), so that a long sentence is not read again for every claim in it.

    >>> _words_before("Of the 610,000 displaced", 0, 7), len(_words_before("word " * 100, 0, 500)) < 20
    (['of', 'the'], True)
    """
    cut = max(start, end - WORDS_BEFORE_CHARS)
    words = _words(text[cut:end])
    if cut > start and words and text[cut - 1].isalnum():
        words.pop(0)  # the cut fell inside a word
    return words


def _last_words(text: str, n: int) -> list[str]:
    """_words(text)[-n:], reading only the last WORDS_BEFORE_CHARS characters where they hold more than n
    words (all but the first of those are whole).

    >>> _last_words("word " * 100 + "the last three", 3), _last_words("a b", 3)
    (['the', 'last', 'three'], ['a', 'b'])
    """
    if len(text) > WORDS_BEFORE_CHARS:
        words = _words(text[-WORDS_BEFORE_CHARS:])
        if len(words) > n:
            return words[-n:]
    return _words(text)[-n:]


@cache
def _phrase_patterns(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any of the phrases anywhere and at the end of a text, as whole words; compiled once."""
    body = "|".join(re.escape(phrase) for phrase in phrases)
    return (
        re.compile(r"(?<![\w])(?:" + body + r")(?![\w])"),
        re.compile(r"(?<![\w])(?:" + body + r")\W*$"),
    )


@cache
def _key_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The longest word of each phrase, each once: whatever words of a text hold a phrase, the text holds its
    key word."""
    return tuple(dict.fromkeys(max(_words(phrase) or [phrase], key=len) for phrase in phrases))


def _may_have(text: str, phrases: tuple[str, ...]) -> bool:
    """False where no words of the text can hold one of the phrases (as _has would find them): a quick refusal.

    >>> _may_have("Sales averaged", ("an average of", "averaged")), _may_have("Sales rose", ("an average of",))
    (True, False)
    """
    return _may_hold(text.lower(), phrases)


def _may_hold(lowered: str, phrases: tuple[str, ...]) -> bool:
    """_may_have for a text already lower-cased."""
    for word in _key_words(phrases):  # noqa: SIM110 -- a loop is cheaper than any() here: most texts hold none
        if word in lowered:
            return True
    return False


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether the text holds one of the phrases (lower-case) as whole words.

    >>> _has("Split between food", ("split between", "shared")), _has("unshared", ("shared",))
    (True, False)
    """
    return bool(phrases) and _phrase_patterns(phrases)[0].search(text.lower()) is not None


def _ends_with(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether the text ends with one of the phrases (lower-case) as whole words, punctuation aside."""
    return bool(phrases) and _phrase_patterns(phrases)[1].search(text.lower()) is not None


# -- what a claim is -------------------------------------------------------------------------------


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
    return units.dimensionality(unit) or "count"


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
    near: str  #: the text around the claim, within its sentence
    restates: bool = False  #: the same amount as the claim before, in other units ("(116 sq mi)")
    diff_cue: bool = False  #: followed by "more than", "below", "ahead of": the value after is the reference
    is_value: bool = False  #: see _is_value, which nearly every link asks of every item
    is_share: bool = False  #: see _is_share
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
        """_words(self.before_text), read once for all the links that ask; the list is not to be changed."""
        if self.before_words is None:
            self.before_words = _words(self.before_text)
        return self.before_words

    def cue_tail(self) -> str:
        """The last words before the claim that can hold a cue (the longest cue is four words), joined."""
        if self.tail is None:
            before = self.before_text
            words = self.words_before() if len(before) <= _CUE_BEFORE_CHARS else _words(before[-_CUE_BEFORE_CHARS:])
            self.tail = " ".join(words[-4:])
        return self.tail

    def about(self) -> frozenset[str]:
        """The content words around the claim and of its subject: what it is about.

        Only completions ask, for few claims, so the words are read when first asked for.
        """
        if self.words is None:
            words = {w for w in _words(self.near) if len(w) > 3 and not w[0].isdigit()} - cues().stop
            if self.claim.subject:
                words |= {w for w in _words(self.claim.subject) if len(w) > 3}
            self.words = frozenset(words)
        return self.words


def _difference_cue(item_text: str, after: str) -> Direction | None:
    """The direction of a gap cue right after a claim ("30 more than"), or split across it ("30 more" + "than");
    not one set off by a comma ("a total of 210 mm, more than the town sees in two months")."""
    if after[:2] == ", " and not _has_digit(after):
        return None
    _, space, last_word = item_text.lower().rpartition(" ")
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
    return "," in after or following is None or following.kind in (Kind.DATE, Kind.CHANGE) or len(words) > 3




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
    first, last = sentence.span.start, sentence.span.end
    # clauses only tell apart the claims of one sentence: a lone claim needs none counted
    breaks = _clause_breaks(text, first, last) if len(claims) > 1 else []
    families = [family(claim) for claim in claims]
    out: list[_Item] = []
    after = text[first : claims[0].span.start] if claims else ""  # the text after the claim before: none yet
    for i, claim in enumerate(claims):
        start, stop = claim.span.start, claim.span.end
        before = after  # the text between two claims is the first one's after and the second one's before
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        after = text[stop : max(nxt.span.start if nxt is not None else last, stop)]
        diff = _difference_cue(claim.text, after)
        if diff is not None and _loose_cue(after, nxt):
            diff = None  # "$82 over the quarter, 6% below ...": a time, not a comparison
        if diff is not None and families[i] == "[time]" and _first_word(after) in relation_words().race_words:
            diff = Direction.DECREASE if diff is Direction.INCREASE else Direction.INCREASE  # ahead: less time
        fam = families[i]
        is_change = _is_change(claim, diff)
        diff_cue = diff is not None and claim.kind is not _RATIO
        restates = (
            i > 0
            and before.strip() in ("(", "or", ", or", ", i.e.")
            and families[i - 1] == fam
            and claims[i - 1].unit != claim.unit  # "£900,000, or £150,000 each" is another amount
            and fam not in (None, "count", "percent", "pp", "factor")
        ) or (claim.qualifier in rounding_qualifiers() and _rounded_again(claims, families, i, before))
        out.append(
            _Item(
                claim,
                claim.id,
                i,
                fam,
                bisect.bisect_left(breaks, start) if breaks else 0,  # the breaks before it
                claim.direction or diff,
                is_change,
                before,
                after,
                text[max(first, start - 50) : min(last, stop + 40)],  # near
                restates,
                diff_cue,
                fam not in (None, "factor", "pp") and not is_change and not restates,  # is_value
                not is_change and (  # is_share
                    fam == "percent"
                    or (claim.kind is _FRACTION and fam == "factor")
                    or (claim.kind is _RATIO and in_ratio(claim))
                ),
            )
        )
        # "6.8 metres (about 22 feet) above its usual level": the cue after the bracket is the first one's too
        if restates and diff_cue and after.lstrip().startswith(")") and not out[-2].is_change:
            out[-2] = replace(
                out[-2], change=out[-1].change, is_change=True, diff_cue=True, is_value=False, is_share=False
            )
    return out


def _is_share(item: _Item) -> bool:
    """A share of a whole, not a change: a percentage, a fraction, 'one in four'; worked out as items are made."""
    return item.is_share


def _is_value(item: _Item) -> bool:
    """A level (not a change, factor or restatement): worked out for each item as it is made."""
    return item.is_value


def _delta_unit(unit: str) -> str:
    return f"delta_{unit}" if unit in ("degC", "degF", "degree_Celsius", "degree_Fahrenheit") else unit


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


def _reference(item: _Item) -> bool:
    if item.claim.cue in ("from", "than", "against"):
        return True
    return _cue_before(item, "reference")


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


# -- firm links ------------------------------------------------------------------------------------


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
        across = change.claim.kind is _RATIO  # "60 km², but gains of 240 km² were three times as large"
        reach = items[max(0, change.index - CHANGE_REACH) : change.index + CHANGE_REACH + 1]
        accepted = [  # the values the change can join at all, before the costlier tests below
            v
            for v in reach
            if (across or v.clause == change.clause)
            and not (listed and v.index < change.index)
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
            if v.claim.cue in ("to", "than", "from") and any(r.index == v.index - 1 and _accepts(r, v) for r in rivals):
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
                and not _whole_of_part(items, v)
                and not _past_apposition(change, v)
                and not _earlier_rate(change, v)
                and not _restated_change(items, change, v)
                and not _other_noun_which(change, v)
                and not _aside(items, change, v)
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
        if len(chosen) == 2 and (not _paired(change, *chosen) or _far_apart(change, *chosen)):
            chosen = chosen[:1]
        if any(_quoted_rate(v) for v in chosen):
            continue  # "lost a third of its value, sliding to 54 to the dollar from 36": value moves inversely
        roles = _change_roles(change, chosen)
        kind = RelationKind.RATIO if change.claim.kind is Kind.RATIO else RelationKind.CHANGE
        if change.family not in ("percent", "factor"):
            kind = RelationKind.DIFFERENCE
        ids = (change.id, *(v.id for v in chosen))
        all_roles = (Role.CHANGE.value, *roles)
        basis = f"'{change.claim.text}' joins " + " and ".join(f"'{v.claim.text}'" for v in chosen)
        yield Relation(
            kind, ids, basis, all_roles, firm=True, group=f"change:{change.id}", direction=change.change
        )


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
            yield Relation(
                RelationKind.CHANGE,
                (relative.id, level.id, amount.id),
                f"'{amount.claim.text}' and '{relative.claim.text}' both change '{level.claim.text}'",
                (Role.CHANGE.value, joined.roles[1], Role.CHANGE.value),
                firm=True,
                group=f"changes:{level.id}",
                direction=change.change,
            )


def _relative(item: _Item) -> bool:
    """A change as a share of its level: 'a 9% increase', 'a cut of more than two-thirds'."""
    return item.family == "percent" or (item.family == "factor" and is_fraction(item.claim))


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
_SET_OFF = re.compile(r"(?:[ ][A-Za-z]{1,12}){0,3},[ ](?:or[ ])?(?:an?[ ])?")


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


def _aside(items: list[_Item], change: _Item, v: _Item) -> bool:
    """A value that is not a level of the change: a target ('closer to the central bank's 2% target'), or an
    average set off after it ('slid to $3.2bn, down $0.9bn, an average of $410,000 per ship')."""
    before = v.index < change.index
    if before and _restates_a_change(items, v):
        return True  # "lost 18,400 hectares in 2025, about 55,400 acres, down 28% from 25,600 hectares"
    if not before and any(_has(x.before_text, cues().parts) for x in items[change.index + 1 : v.index + 1]):
        return True  # "£6.7bn more than a year earlier, made up of £20.2bn in April, ...": parts, not levels
    if before and ", with " in _gap_text(v, change):
        return True  # "revenue of €168bn, with defence up 14% to €9.7bn": the change opens a phrase of its own
    if _aimed_at(v) and v.claim.cue != "to" and len(_words(_gap_text(change, v))) > ASIDE_WORDS:
        return True  # not "4% short of its $64bn target", where the target is what the change is from
    return (
        not before and _cue_before(v, "average") and "," in _gap_text(change, v)
        and "to" not in _words(v.before_text.rpartition(",")[2])
    )


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


@cache
def _quote_currencies() -> frozenset[str]:
    return frozenset(cached_word_lists("context_words_en.txt")["quote_currencies"])


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
    k = units.factor(b.claim.unit, a.claim.unit)
    va, vb = a.claim.value, b.claim.value
    if k is None or not va or not vb:
        return False
    ratio = abs(va / (vb * k))
    return not 1 / FAR_APART <= ratio <= FAR_APART


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
        if later is None or later.id in taken or later.family is None:
            continue
        taken.update((v.id, later.id))
        yield _two_levels(v, later, f"'{later.claim.text}' against the earlier '{v.claim.text}'", v)


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




#: how many claims back a gap's two values may stand (a restatement and a date between them)
GAP_REACH = 4
#: "narrowing the monthly trade deficit to €1.1bn": a value named as a gap by a noun a few words before it
_NAMED_GAP = re.compile(r"\b(?:deficit|surplus|shortfall|gap)(?:[ ][a-z]+){0,2}?[ ](?:to|of|at)[ ]\Z")


def _named_gap(v: _Item) -> bool:
    return _NAMED_GAP.search(v.before_text.lower()[-GAP_NOUN_CHARS:]) is not None


#: how far before a value the noun naming it a gap may stand
GAP_NOUN_CHARS = 40


def _gaps(items: list[_Item]) -> Iterable[Relation]:
    """'£14.2m and £11.8m, a difference of £3.4m': a value named as the gap between the two before it."""
    for v in items:
        if v.index < 2 or not (v.is_value or (v.family == "pp" and not v.is_change)):
            continue
        if not (_cue_before(v, "gap") or _named_gap(v)):
            continue
        # the two values before it, past an amount restated in parentheses, dates and changes: "peak at -10°C
        # (14°F) and fall to -80°C at night, a swing of 90°C", "rose to €8.4bn, while imports fell 6% to €9.1bn"
        before = [
            x for x in items[max(0, v.index - GAP_REACH) : v.index]
            if x.claim.kind is not _DATE and x.before_text.strip() != "(" and not x.is_change and x.claim.cue != "from"
        ][-2:]  # nor a level left: "imports slipped to €52.9bn from €54.1bn, narrowing the trade deficit to €4.7bn"
        if len(before) < 2:
            continue
        a, b = before
        if not (_is_value(a) and _is_value(b) and b.clause == v.clause):
            continue
        if a.clause != b.clause and not (a.family == b.family == "[temperature]" or _named_gap(v)):
            continue  # "a winter low of -62°C in July, while the summer high reached -24°C, a range of 38°C"
        points = v.family == "pp" and a.family == "percent"  # "pass rates of 88% and 82%, a gap of 4 points"
        if not (_comparable(a, b) and (_comparable(a, v) or points)):
            continue
        small, large = sorted((a, b), key=lambda x: x.claim.value or 0.0)
        order = {small.id: Role.BEFORE.value, large.id: Role.AFTER.value}
        yield Relation(
            RelationKind.DIFFERENCE,
            (v.id, a.id, b.id),
            f"'{v.claim.text}' is the gap between '{a.claim.text}' and '{b.claim.text}'",
            (Role.CHANGE.value, order[a.id], order[b.id]),
            group=f"gap:{v.id}",
            direction=Direction.INCREASE,
        )


def _leads(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'Labour 36%, the Centre 31% and the Greens 14% ... a seven-point lead': a lead in points is the gap
    between the two largest shares of the list before it, in its sentence or the one before."""
    for lead in items:
        if lead.claim.unit != "percentage_point" or lead.is_change:
            continue
        if _lead_subject(items, lead):  # "The gap between the two main parties has narrowed to 3 points, ..."
            here = [v for v in items[lead.index + 1 : lead.index + 1 + SHARE_REACH] if _is_share(v)]
            here = [v for v in here if v.family == "percent" and v.clause == here[0].clause]
        elif _names_lead(lead):
            here = items[max(0, lead.index - SHARE_REACH) : lead.index]
            here = [v for v in here if _is_share(v) and v.family == "percent"]
            if len(here) < 2:  # "the 11-point margin she held in February, when the split was 47% to 36%"
                after = list(itertools.takewhile(  # not past another lead
                    lambda v: v.claim.unit != "percentage_point", items[lead.index + 1 : lead.index + 1 + SHARE_REACH]
                ))
                after = [v for v in after if _is_share(v)]
                here = after if len([v for v in after if v.family == "percent"]) >= 2 else here
                here = [v for v in here if v.family == "percent"]
        else:
            continue
        earlier = [v for v in previous[-SHARE_REACH:] if _is_share(v) and v.family == "percent"]
        runs = _lists(here if len(here) >= 2 else earlier)
        if not runs and len(here) != 2:
            continue
        shares = runs[-1][0] if runs else here  # "won 53% to her rival's 41%, a margin of 12 points"
        if sum(1 for s in shares if s.words_after()[:1] == ["of"]) > 1:
            continue  # "41% of men and 62% of women": shares of different wholes
        first, second = sorted(shares, key=lambda v: v.claim.value or 0.0, reverse=True)[:2]
        if first.claim.value == second.claim.value:
            continue
        yield Relation(
            RelationKind.DIFFERENCE,
            (lead.id, second.id, first.id),
            f"'{lead.claim.text}' is the lead of '{first.claim.text}' over '{second.claim.text}'",
            (Role.CHANGE.value, Role.BEFORE.value, Role.AFTER.value),
            group=f"lead:{lead.id}",
            direction=Direction.INCREASE,
        )


def _lead_subject(items: list[_Item], lead: _Item) -> bool:
    """'The gap between the two main parties has narrowed to 3 points', 'Labour's lead stands at 4 points':
    a lead named as the subject of the clause whose level is the value in points."""
    if not (lead.claim.cue in ("to", "at") or lead.words_before()[-1:] in (["to"], ["at"], ["is"], ["was"])):
        return False
    head = "".join(v.before_text + v.claim.text for v in items[max(0, lead.index - 2) : lead.index])
    words = _words((head + lead.before_text)[-WORDS_BEFORE_CHARS:])
    for k, word in enumerate(words):
        rest = words[k + 1 :]
        if word in ("lead", "margin", "advantage") or (word == "gap" and rest[:1] == ["between"]):
            return (relation_words().lead_limits - {"between"}).isdisjoint(rest) and "," not in lead.before_text
    return False




def _names_lead(item: _Item) -> bool:
    """'a seven-point lead', 'a lead of 5 points': not 'a lead of 5 points over the Greens' (a named rival) or
    'a nine-point lead among the young' (a lead within a part of the whole)."""
    after = item.words_after()
    if not relation_words().lead_limits.isdisjoint(after[:2]):
        return False
    words = " ".join(_words(item.claim.text)[-1:] + after[:1])
    return _has(words, cues().lead) or _cue_ends(item.before_text, "lead", "of")


def _cue_ends(before: str, section: str, word: str) -> bool:
    """Whether the words before a value end with a cue of the section and then ``word``: 'a margin of'."""
    tail = _words(before[-_CUE_BEFORE_CHARS:])
    return tail[-1:] == [word] and len(tail) >= 2 and tail[-2] in getattr(cues(), section)


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
    last = _words(change.claim.text)[-1:]
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


def _whole_of_part(items: list[_Item], v: _Item) -> bool:
    """'84 of the 210 seats': 210 is the whole the 84 are part of, not a level that changed."""
    if v.index == 0:
        return False
    part = items[v.index - 1]
    gap = _words(part.after_text)
    if _is_share(part) and gap[:1] == ["of"] and len(gap) <= WHOLE_NOUN_WORDS:
        return True  # "71% of the population of 53.5 million"
    if not (_is_value(part) and part.family == v.family and gap[:1] == ["of"]):
        return False
    # "of the country's", "9,300 of the city's pre-war population of 62,000"
    named = gap[-1:] == ["of"] and 2 < len(gap) <= WHOLE_NOUN_WORDS
    return named or (
        len(gap) <= 3 and all(w in relation_words().whole_determiners or w.endswith(("'s", "’s")) for w in gap[1:])
    )


#: the words a share's whole may be named by before its value: "of the country's adult population of"
WHOLE_NOUN_WORDS = 6


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
        ref = _reference(v) or (change.diff_cue and v.index > change.index) or _compared(change, v)
        # "twice that of the biggest raid in May, when 106 were tracked": the value a ratio is of follows it
        ref = ref or (change.claim.kind is Kind.RATIO and v.index > change.index)
        of_its = v.index == change.index + 1 and change.words_after()[:1] == ["of"] and len(
            change.words_after()
        ) <= 3  # "cut 1,650 of its 4,800 jobs": the level before the cut
        return (Role.BEFORE.value if ref or of_its or _added_to(change, v) else Role.AFTER.value,)
    a, b = values
    if change.diff_cue and (a.index > change.index) != (b.index > change.index):
        before = a if a.index > change.index else b  # "83.9%, 11.1 points below the 95% target"
    elif _reference(a) != _reference(b):
        before = a if _reference(a) else b
    elif _marked_after(a) != _marked_after(b):
        before = b if _marked_after(a) else a
    elif change.claim.kind is Kind.RATIO and (a.index > change.index) != (b.index > change.index):
        before = a if a.index > change.index else b  # "860 km², more than four times the 19,500 hectares"
    else:  # no cue: the stated direction decides which came first
        small, large = sorted((a, b), key=lambda v: _in_unit_of(v, a))
        before = large if change.change is Direction.DECREASE else small
    return tuple(Role.BEFORE.value if v is before else Role.AFTER.value for v in values)


#: "added 1,200 vans to its fleet of 14,800": the level a count was added to, named by a noun after "to"
_ADDED_TO = re.compile(r"\bto[ ](?:its|their|the|his|her|our|a)[ ](?:[a-z-]{1,20}[ ]){1,2}of[ ]\Z")


def _added_to(change: _Item, v: _Item) -> bool:
    """'added 1,200 vans to its fleet of 14,800': the value after the change is the level before it."""
    return (
        v.index == change.index + 1
        and change.claim.text.lower().startswith(("add", "added", "adding", "adds"))
        and _ADDED_TO.search(v.before_text.lower()) is not None
    )


def _in_unit_of(v: _Item, other: _Item) -> float:
    """v's value in other's unit, so that 860 km² and 19,500 hectares compare as amounts."""
    value = v.claim.value or 0.0
    if v.claim.unit == other.claim.unit:
        return value
    return value * (units.factor(v.claim.unit, other.claim.unit) or 1.0)


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
        members = [(share, Role.SHARE)]
        if part is not None:
            members.append((part, Role.PART))
            used.add(part.id)
        if whole is not None:
            members.append((whole, Role.WHOLE))
            used.add(whole.id)
        members.sort(key=lambda m: m[0].index)
        yield Relation(
            RelationKind.SHARE,
            tuple(m[0].id for m in members),
            f"'{share.claim.text}' is a share" + (f" of '{whole.claim.text}'" if whole else ""),
            tuple(m[1].value for m in members),
            group=f"share:{share.id}",
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
    members = sorted(((part, Role.PART), (whole, Role.WHOLE)), key=lambda m: m[0].index)
    return Relation(
        RelationKind.SHARE,
        tuple(m[0].id for m in members),
        f"'{part.claim.text}' of '{whole.claim.text}'",
        tuple(m[1].value for m in members),
        group=f"share:{part.id}",
    )


def _of_the_total(share: _Item) -> bool:
    """'almost two in five of the total': the share names its whole as a total stated elsewhere."""
    return _first_word(share.after_text) == "of" and _has(" ".join(share.words_after()[:4]), cues().earlier_whole)


def _whole_of(share: _Item, items: list[_Item], clause: list[_Item], text: str, start: int) -> _Item | None:
    if _of_the_total(share):
        return None  # "each of the 1,100 households ..., almost two in five of the total": 1,100 is the part
    fit = [v for v in clause if _is_value(v) and v.family != "percent" and v is not share]
    # "60% of the 2,000 respondents"
    nxt = next((v for v in items[share.index + 1 : share.index + 1 + SHARE_REACH] if v.family is not None), None)
    if nxt is not None and nxt in fit and not nxt.after_text.startswith("-"):
        gap = share.after_text if nxt.index == share.index + 1 else ""
        words = _words(gap)
        if (
            words[:1] == ["of"]
            and len(words) <= OF_WORDS
            and "," not in gap
            and not _detached(" ".join(words[1:]))
        ):
            return nxt
    for part in reversed([v for v in fit if v.index < share.index]):
        if part.words_after()[:2] in _OF_THEM and part.index > 0 and items[part.index - 1] in fit:
            return items[part.index - 1]  # "312 species, 87 of them, more than a quarter": the value before
    for whole in reversed([v for v in fit if v.index < share.index]):
        between = text[whole.claim.span.end : share.claim.span.start]
        # "431 TWh ..., of which renewables supplied 59%"
        if _has(between, cues().of_which):
            return whole
        # "Of the 610,000 displaced, 55% are children"
        lead = _words_before(text, start, whole.claim.span.start)
        if lead[-1:] in (["which"], ["whom"]):
            continue  # "9,600 damaged, of which 2,400, or a quarter, collapsed": a part, not the whole
        opens = (
            whole.claim.span.start - start <= WORDS_BEFORE_CHARS
            and lead[:1] == ["of"]
            and len(lead) <= 3
            and "," not in text[start : whole.claim.span.start]  # not "Of those infected, 38 ...": a part
        )
        pronoun = lead[-1:] and lead[-1].rstrip(",") in relation_words().pronouns  # "Of these, 268, or a fifth": a part
        led = not pronoun and (lead[-3:-1] == ["of", "the"] or lead[-2:-1] == ["of"] or opens)
        if led and "," in between:
            return whole
    return None


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
_NAMED_SHARE = re.compile(r",[ ](?:a|an|the)[ ](?:[a-z-]+[ ]){1,2}of[ ]\Z")


def _part_of(share: _Item, whole: _Item | None, items: list[_Item]) -> _Item | None:
    def apposed(gap: str) -> bool:
        words = _words(gap)
        stripped = gap.strip()
        return len(words) <= APPOSITION_WORDS and (
            stripped.endswith(",") or stripped.endswith("(") or stripped.endswith(", or") or stripped == "or"
        )

    def fits(v: _Item) -> bool:
        # "cut 1,450 jobs, about 12% of its 9,600 staff": a count cut or added is a part too
        counted = _is_value(v) or (v.is_change and v.family == "count" and v.claim.kind is Kind.COUNT)
        return counted and v.family != "percent" and (whole is None or _comparable(v, whole))

    # "1,335, or 15%" / "3.2 million people, about 64%" / "$2.1bn (44%)" / "29,100 voted, a turnout of 47%"
    if share.index > 0:
        at = share.index - 1
        while at > max(0, share.index - 3) and (items[at].family is None or _period(items[at])):
            # "412 of the 468 drones launched in November, an interception rate of 88%": past the date;
            # "127 mm of rain in 24 hours, about half its December average": past the period
            at -= 1
        prev = items[at]
        if prev is whole and at > 0 and items[at - 1].words_after()[:1] == ["of"]:
            prev = items[at - 1]  # "412 of the 468 drones, a rate of 88%": the part before its whole
        if _reference(prev):  # "rose to $3.54bn in 2025 from $3bn, accounting for 41% of": the level now
            level = next((v for v in reversed(items[: prev.index]) if v.family is not None), None)
            prev = level if level is not None and _marked_after(level) else prev
        if (
            prev is not whole
            and fits(prev)
            and (
                (apposed(share.before_text) and len(share.words_before()) <= 3)
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
    # "28% of the 36,500 students, about 8,200 people" / "62% support it, about 1,150 people"
    anchor = whole if whole is not None and whole.index > share.index else share
    gap = ""
    for v in items[anchor.index + 1 : anchor.index + 1 + SHARE_REACH]:
        gap += v.before_text
        if fits(v):
            return v if apposed(gap) and v.clause == share.clause else None
        if v.family not in (None,) and v.family != "count" and v.family != "[time]":
            return None
        gap += " " + v.claim.text
    return None


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


def _closes_list(gap: str) -> bool:
    """'..., and the tram extension £115m' closes a list; ', cycling and walking schemes £41m' does not."""
    words = _words(gap.rpartition(",")[2]) if "," in gap else _words(gap)
    return words[:1] == ["and"] if "," in gap else "and" in words


def _list_gap(gap: str) -> bool:
    words = _words(gap)
    if "and" in words and len(words) <= 2 * LIST_WORDS and " ... " not in gap and (
        _ends_with(gap, cues().additive) or _ends_with(gap, cues().remainder)
    ):  # "$12m in emergency funds and the relief fund pledged a further $8m", "... for the other £184m"
        return True  # (with no claim between: "adding €280m and ... the remaining €180m" leaves a part out)
    return len(words) <= LIST_WORDS and ("," in gap or "and" in words or "while" in words)


def _sums(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """Parts listed with their total, and percentage shares that must not pass 100%."""
    values = [v for v in items if v.is_value]
    by_family: dict[str | None, list[_Item]] = {}
    for v in values:
        by_family.setdefault(v.family, []).append(v)
    for fam, members in by_family.items():
        if len(members) < 2:
            continue  # no list
        lists = _lists(members)
        place = {m.id: k for k, m in enumerate(members)}
        for parts, closed in lists:
            if fam == "percent":
                rel = _percent_list(parts, closed)
                if rel is not None:
                    yield rel
                continue
            if len(parts) < 2:
                continue
            total, firm = _total_for(parts, members, previous, closed)
            if total is None or abs(_parts_over(parts, total) - 1) > SUMS_TO:
                # a list closed by what remains is of the whole the parts stated make up, wherever it stands;
                # another list may leave out a part stated first ("won 180 of the 400 seats, with ...")
                closing = _cue_before(parts[-1], "remainder")
                if closing or total is not None:
                    # the list's own stretch of its sentence and the end of the one before
                    stretch = items[max(0, parts[0].index - BREAKDOWN_REACH) : parts[-1].index + 1]
                    near = [*previous[-BREAKDOWN_REACH:], *stretch]
                    whole = _whole_breakdown(parts, near, None if closing else total)
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
                    yield Relation(
                        RelationKind.SUM,
                        (*tuple(p.id for p in parts), total.id),
                        f"{len(parts)} parts listed with the total '{total.claim.text}' and the rest",
                        (Role.PART.value,) * len(parts) + (Role.TOTAL.value,),
                        group=f"{REST_GROUP}{parts[0].id}",
                    )
                    continue
                firm = False  # "... and independents the rest": a part left unstated
            if firm and _nested(parts, total, [v for v in (*previous, *items) if v.family == "percent"]):
                firm = False
            ids = (*tuple(p.id for p in parts), total.id)
            roles = (Role.PART.value,) * len(parts) + (Role.TOTAL.value,)
            # "146, of which 128 were shot down, leaving 18": the part left is the one worked out
            left = _ends_with(parts[-1].before_text, ("leaving",)) or _cue_before(parts[-1], "remainder")
            yield Relation(
                RelationKind.SUM,
                ids,
                f"{len(parts)} parts listed with the total '{total.claim.text}'",
                roles,
                firm=firm,
                group=f"sum:{parts[0].id}",
                targets=(total.id, parts[-1].id) if left and _stated_before(total, parts[0]) else (total.id,),
            )


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


def _lists(members: list[_Item]) -> list[tuple[list[_Item], bool]]:
    """Runs of same-family values joined by commas and 'and'; closed once an item follows 'and'."""
    runs: list[tuple[list[_Item], bool]] = []
    run: list[_Item] = []
    closed = False
    for prev, cur in zip([None, *members], members, strict=False):
        gap = _gap_text(prev, cur) if prev is not None else ""
        if prev is not None and (_has(gap, cues().parts) or _of_led(prev)):
            closed = True  # "£8.6bn, split between ...", "Of 500 staff, ...": the total is not a part
        elif prev is not None and ", with" in gap.lower() and run and prev is run[-1] and cur.family != "percent" \
                and _ends_with(gap, cues().remainder):
            run.append(cur)  # "..., and corporate tax $9.8bn, with other levies making up the remaining $8.6bn"
            closed = True
            continue
        elif prev is not None and ", with" in gap.lower():
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


def _two_parts(part: _Item, other: _Item, whole: _Item, basis: str, checked: _Item) -> Relation:
    """A firm sum of two parts and their whole; ``checked`` is the value the writer worked out."""
    return Relation(
        RelationKind.SUM,
        (part.id, other.id, whole.id),
        f"{basis} '{other.claim.text}'",
        (Role.PART.value, Role.PART.value, Role.TOTAL.value),
        group=f"sum:{part.id}",
        targets=(checked.id,),
    )


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


def _gap_text(a: _Item, b: _Item) -> str:
    """The words between two claims of one sentence, other claims left out."""
    return a.after_text if b.index == a.index + 1 else a.after_text + " ... " + b.before_text


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
        return before[-1], False  # "$8bn, of which $5bn ... and $3bn ...": some parts, perhaps not all
    # "together account for £86m, with council tax bringing in £71m and parking £18m": a total named
    # as such, then its parts after ', with'; firm only where the parts are said to make it up together
    if before and ", with" in lead.lower() and _overspent(parts, before[-1], closed):
        return before[-1], True  # "a budget of $2.74bn, with $820m for policing, ... and $240m for parks"
    if before and ", with" in lead.lower() and _total_named(before[-1]):
        head = before[-1].words_before()
        return before[-1], "together" in head or "combined" in head
    return _total_after(parts, members, previous, closed)




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
    if after and _total_cue_before(after[0]) and _exceeds(after[0], parts):
        return after[0], True
    if after and _has(after[0].after_text[:12], _phrases_of("in-all")):
        return after[0], True
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
    ]
    if exact:
        return exact[-1], False
    # "a transport budget of £486m." in the sentence before, then "Buses get £212m, roads £138m, cycling
    # £41m and trams £115m": sums of money that pass an amount of the sentence before by a little are its
    # breakdown, firmly, as no partial list passes it (counts of people may overlap: money does not)
    over = [
        c for c in previous
        if c.family == first.family and _is_value(c) and _overspent(parts, c, closed) and not _aimed_at(c)
    ]
    if over:
        return min(over, key=lambda c: _parts_over(parts, c)), True
    # "Cargo jets carried 428,400 tonnes, and the remaining 203,600 tonnes ...": a list closed by what
    # remains is a whole breakdown, of the amount of the sentence before it comes near
    if len(parts) >= 2 and _cue_before(last, "remainder"):
        whole = [
            c for c in previous
            if c.family == first.family and _is_value(c) and c.claim.unit == first.claim.unit and not _reference(c)
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
        if v.claim.unit == unit and _is_value(v) and v.claim.value and not _reference(v) and not _aimed_at(v)
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


def _conversions(items: list[_Item]) -> Iterable[Relation]:
    for change in items:  # "risen 11.4 cm since 1995, about 4.5 inches"
        if not change.is_change:
            continue
        after = next((v for v in items[change.index + 1 : change.index + 4] if v.family is not None), None)
        if after is not None and _restated_change(items, change, after):
            yield Relation(
                RelationKind.CONVERSION,
                (change.id, after.id),
                f"'{change.claim.text}' restated as '{after.claim.text}'",
                (Role.SAME.value, Role.SAME.value),
                targets=(after.id,),
            )
    for a, b in itertools.pairwise(items):
        if a.family is None or a.family in ("count", "percent", "pp", "factor"):
            continue
        gap = a.after_text
        own = _words(a.after_text)  # the gap's words but a date's: "4.28 million km² in September, roughly ..."
        if b.claim.kind is _DATE and b.index + 1 < len(items):  # "were cleared in 2025, an area of about ..."
            own = own[:-1] if own[-1:] in (["in"], ["on"], ["during"], ["since"], ["by"]) else own
            own += _words(b.after_text)
            gap += b.claim.text + b.after_text
            b = items[b.index + 1]
        if a.family != b.family or a.claim.unit == b.claim.unit or a.is_change != b.is_change:
            continue
        if _total_named(b):
            continue  # "about 2 grams a day, or 19,200 tonnes a day in all": a total, not a restatement
        words = _words(gap)
        paren = gap.strip() == "("
        said_twice = words in (["or"], ["i.e."]) or " ".join(words) in cues().apposition or _said_again(gap)
        loose = gap.strip().endswith(",") and len(own) <= 3 and not _detached(" ".join(own))
        if not (paren or said_twice or loose):
            continue
        # "1,450 hectares, about 9 square miles": only a comma, then the amount again, rounded
        rounded_again = (
            gap.strip() == "," and b.claim.qualifier in rounding_qualifiers() and _near_in_size(a, b)
        )
        yield Relation(
            RelationKind.CONVERSION,
            (a.id, b.id),
            f"'{a.claim.text}' restated as '{b.claim.text}'",
            (Role.SAME.value, Role.SAME.value),
            firm=paren or said_twice or rounded_again,
            targets=(b.id,),
        )



def _near_in_size(a: _Item, b: _Item) -> bool:
    """Whether two amounts are within a factor of three once in one unit, as a restatement is; '2 hours
    5 minutes, some 90 seconds outside the record' is another amount."""
    if not a.claim.value or not b.claim.value:
        return False
    ratio = _in_unit_of(a, b) / b.claim.value
    return 1 / 3 <= abs(ratio) <= 3


#: words a short adverbial between a value and its restatement may have ("$1.02 a litre last month,
#: equivalent to $3.86 a gallon", "8,400 hectares since Friday, an area of about 48 km²", "1.9 million hectares
#: of rainforest in the Verdano basin were cleared in 2025, an area of about 9,300 square miles")
ADVERBIAL_WORDS = 10


def _said_again(gap: str) -> bool:
    """'... last month, equivalent to', '... since Friday, an area of': a short phrase, a comma, then words
    that name the same amount again; not 'or', which after a phrase offers another value ('3 metres at York,
    or 7 feet at Selby'), nor a phrase that opens another clause."""
    head, comma, tail = gap.rpartition(",")
    said = _words(tail)
    return (
        bool(comma)
        and 0 < len(_words(head)) <= ADVERBIAL_WORDS
        and relation_words().clause_words.isdisjoint(_words(head))
        and not _CLAUSE_BREAK.search(head + comma)
        and said[:1] != ["or"]
        and " ".join(said) in cues().apposition
    )


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
            and _is_value(a)
            and units.factor(product, a.claim.unit) is not None
        ]
        if earlier and not amounts:
            # "a five-year contract worth €6.5m a year, €30m in total": the total named after the rate
            amounts = [
                a for a in items[rate.index + 1 : rate.index + 1 + RATE_REACH]
                if _is_value(a) and _total_named(a) and units.factor(product, a.claim.unit) is not None
            ][:1]
        elif earlier and not averaged and amounts:
            if not _restated_per_unit(rate, duration, amounts[-1]):
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


_YEAR = re.compile(r"\d{4}")


def _dated_rates(items: list[_Item]) -> Iterable[Relation]:
    """'risen 11.4 cm since 1995, an average of 3.8 mm a year', '1,500 homes by 2030, or 300 a year': a
    rate said to be an average or restated, over the years between two dates (or between one and the day
    of publication), and the amount before it; findings divides the amount by the years."""
    for rate in items:
        if not _is_rate(rate) or not (_averaged(rate) or _restated_rate(rate)):
            continue
        near = items[max(0, rate.index - 2 * RATE_REACH) : rate.index + 2 * RATE_REACH + 1]
        if any(v.family == "[time]" and not v.is_change and v is not rate and v.clause == rate.clause for v in near):
            continue  # a stated duration: _rates
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
def month_days() -> dict[str, int]:
    """Each month's name (data/dates_en.txt), lower-cased, and its days in a common year."""
    months = cached_word_lists("dates_en.txt")["months"]
    return {name.lower(): calendar.monthrange(2001, number)[1] for number, name in enumerate(months, start=1)}


@cache
def _one_month() -> re.Pattern[str]:
    """'in July': an amount of one month."""
    return re.compile(r"\bin[ ](" + "|".join(month_days()) + r")\b")


def _restated_per_unit(rate: _Item, duration: _Item, amount: _Item) -> bool:
    """'21,000 arrived in the past six weeks, about 800 a day': an amount, its duration right after it and
    the rate set off by a comma right after that, the same amount restated per unit of time."""
    return (
        amount.index == duration.index - 1 == rate.index - 2
        and rate.before_text.strip() == ","
        and "," not in duration.before_text
    )


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
    '25 cases per 100,000 residents' (the noun before 'per'), the last one stated."""
    head = _words(rate.claim.text.lower().partition(" per ")[0])[-1:]
    if not head or len(head[0]) <= 3:
        return None
    stem = _stem(head[0])
    return next(
        (
            v for v in reversed(earlier)
            if v.family == "count" and _bare_count(v) and not _reference(v)
            and any(_stem(w) == stem for w in _words(v.after_text)[:2])
        ),
        None,
    )


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
        if not _has(_gap_text(price, total), cues().takings):
            continue
        yield _product_link(
            total, price, count,
            f"'{count.claim.text}' at '{price.claim.text}' each make '{total.claim.text}'",
            f"takings:{price.id}",
            total,
        )


def _averages(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'Toll revenue slid to $2.9bn, an average of about $310,000 a ship', after '11,200 ships' in this
    sentence or the one before: an average for each of a counted noun, times the count of that noun, is
    the amount set off by a comma before the average."""
    for per in items:
        noun = _averaged_over(per)
        if noun is None:
            continue
        counts = [v for v in (*previous, *items[: per.index]) if _counts(v, noun)]
        if not counts:
            continue
        count = counts[-1]
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
        yield _product_link(
            total, per, count,
            f"'{per.claim.text}' a {noun}, over '{count.claim.text}', makes '{total.claim.text}'",
            f"average:{per.id}",
            per,
        )


#: the words after an average that name what it is for each of ("a ship", "per farm", "each household")
_PER_NOUN = frozenset({"a", "an", "per", "each"})


#: how many claims back, in its sentence and the one before, the count an amount 'each' is of may stand
EACH_REACH = 12


def _each_noun_does(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'Each electric bus saves about 90 tonnes of CO2 a year, so the switch should cut emissions by 11,200
    tonnes a year', after '160 ... buses': an amount for each of a counted noun, times the count, is the
    amount of the same unit stated after it in the sentence."""
    for per in items:
        if "each" not in per.before_text.lower():
            continue  # no word "each" before it: most values are not read further
        words = per.words_before()
        if "each" not in words[-6:] or not _is_value(per) or not per.claim.value:
            continue
        tail = words[-6:]
        nouns = tail[tail.index("each") + 1 :][:3]
        counts = [
            v for v in (*previous[-EACH_REACH:], *items[max(0, per.index - EACH_REACH) : per.index])
            if any(_counts(v, noun) and _noun_follows(v, noun) for noun in nouns if noun.isalpha() and len(noun) > 2)
        ]
        total = next(
            (v for v in items[per.index + 1 : per.index + 1 + RATE_REACH]
             if v.claim.unit == per.claim.unit and v.claim.value and v.claim.value > per.claim.value),
            None,
        )
        parts = [  # "replace 160 of its 400 buses": the part counts the noun too
            p for c in counts
            for p in (items if c.claim.sentence == per.claim.sentence else previous)[max(0, c.index - 1) : c.index]
            if p.words_after()[:1] == ["of"] and len(p.words_after()) <= 3 and p.family == "count"
        ]
        counts = [c for c in (*parts, *counts) if (c.claim.value or 0) > 1]
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


def _noun_follows(item: _Item, noun: str) -> bool:
    """'160 electric buses': the noun within two words after the number, before any comma."""
    head = item.after_text.split(",")[0]
    return any(w.rstrip(".;:").startswith(noun[:-1] if noun.endswith("s") else noun) for w in _words(head)[:3])


def _averaged_over(per: _Item) -> str | None:
    """The noun an average is worked out over: 'an average of $310,000 a ship' -> 'ship', 'an average of
    250 per farm' -> 'farm'."""
    if not per.is_value or not per.claim.value or not _averaged(per):
        return None
    words = _words(per.claim.text)
    words = words[-2:] if len(words) >= 2 and words[-2] == "per" else per.words_after()[:2]
    return words[1] if len(words) == 2 and words[0] in _PER_NOUN and words[1].isalpha() else None


def _counts(item: _Item, noun: str) -> bool:
    """Whether a count is of the noun: '11,200 ships' for 'ship', '1,420 dairy farms' for 'farm'."""
    if item.family != "count" or not item.claim.value or item.claim.value <= 1:
        return False
    plurals = {noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun}
    named = _words(item.claim.text)[1:] + item.words_after()[:3]
    if not item.is_change and not _reference(item):  # "Ransomware attacks rose to 1,120": its subject's noun
        named += _words(item.claim.subject or "")[-2:]
    return not plurals.isdisjoint(named)


def _product_link(product: _Item, a: _Item, b: _Item, basis: str, group: str, checked: _Item) -> Relation:
    """A firm link: ``product`` is ``a`` times ``b``; ``checked`` is the value the writer worked out."""
    return Relation(
        RelationKind.RATE,
        (product.id, a.id, b.id),
        basis,
        (Role.PRODUCT.value, Role.FACTOR.value, Role.FACTOR.value),
        group=group,
        targets=(checked.id,),
    )


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


# -- candidates ------------------------------------------------------------------------------------


def _approximate(claim: Claim) -> bool:
    return claim.qualifier is not None and claim.interval.bounded


def _targets(ids: Iterable[_Item]) -> tuple[str, ...]:
    """The claims a found equation is reported for: the last stated, and the last rounded one."""
    ordered = sorted(ids, key=lambda v: v.claim.span.start)
    out = [ordered[-1].id]
    # "£3.6m, which is £45 for each of its 80,000 residents": the writer's own working-out
    restated = [v for v in ordered if _restating(v)]
    if restated and restated[-1].id not in out:
        out.append(restated[-1].id)
    rounded = [v for v in ordered if _approximate(v.claim)]
    if rounded and rounded[-1].id not in out:
        out.append(rounded[-1].id)
    return tuple(out)


def _restating(item: _Item) -> bool:
    """A value introduced as another statement of what came before: 'which is £45', 'equivalent to'."""
    tail = " ".join(item.words_before()[-3:])
    return _ends_with(tail, cues().apposition)


def _operands(items: dict[int, list[_Item]]) -> list[_Item]:
    """The values of the document, in order, that may take part in a sum or product: levels (neither a change,
    factor nor restatement: see _is_value) with a value other than 0 or 1."""
    return [v for index in sorted(items) for v in items[index] if v.is_value and v.claim.value not in (None, 0, 1)]


#: three positions in a window of claims
Triple = tuple[int, int, int]


@dataclass(slots=True)
class _Operands:
    """The operands of the document in order, and what _equations reads of each, read once for all the
    windows each stands in; a window is a run of them."""

    items: list[_Item]
    sentence: list[int]
    family: list[str | None]
    value: list[float]
    size: list[float]
    unit: list[str]
    dimensions: list[units.Signature | None]
    percent: list[bool]
    #: a bare count: three of them make no product ('6.8 x 1,380 = about 9,600' is a coincidence); None till
    #: first asked for (see ``is_plain``), as only the few triples whose sizes fit ask
    plain: list[bool | None]

    @classmethod
    def of(cls, operands: list[_Item]) -> _Operands:
        values = [v.claim.value or 0.0 for v in operands]
        unit = [v.claim.unit for v in operands]
        return cls(
            operands,
            [v.claim.sentence for v in operands],
            [v.family for v in operands],
            values,
            [abs(value) for value in values],
            unit,
            [units.signature(u) for u in unit],
            [v.family == "percent" for v in operands],
            [None] * len(operands),
        )

    def is_plain(self, k: int) -> bool:
        """_bare_count of the operand at k, worked out once."""
        plain = self.plain[k]
        if plain is None:
            plain = self.plain[k] = _bare_count(self.items[k])
        return plain


def _equations(ops: _Operands, start: int, end: int, current: int, firm: set[frozenset[str]]) -> Iterable[Relation]:
    """Sums and products among the operands ops[start:end] of a window whose last ``current`` are the current
    sentence's, each with one of those, and none among claims a firm link already joins. A triple is met only
    where its last claim stands: once. A triple that is a sum is not also a product."""
    start = max(start, end - WINDOW_CLAIMS)
    first_here = max(0, end - start - current)  # a triple holds a claim of the current sentence if its last is one
    if end - start < 3 or first_here == end - start:
        return
    pool = ops.items[start:end]
    sums = _sums_among(ops.family[start:end], ops.value[start:end], first_here)
    products = _products_among(ops, start, end, first_here)
    if not sums and not products:
        return
    for triple in sorted(sums.keys() | products.keys()):
        if triple in sums:
            a, b, c = sums[triple]
            yield from _unless_firm(_sum_of(pool[a], pool[b], pool[c]), firm)
        else:
            a, b, c = products[triple]
            yield from _unless_firm(_product_of(pool[a], pool[b], pool[c]), firm)


def _sums_among(families: list[str | None], values: list[float], first_here: int) -> dict[Triple, Triple]:
    """Each triple of the pool (positions in order) ending at or after first_here whose two smaller values add
    up to the largest, with those positions (smaller, smaller, largest): values of one family, and no
    percentages."""
    by_family: dict[str | None, list[int]] = {}
    for k, fam in enumerate(families):
        if fam != "percent":
            by_family.setdefault(fam, []).append(k)
    found: dict[Triple, Triple] = {}
    for members in by_family.values():
        if len(members) < 3 or members[-1] < first_here:
            continue
        for last_at in range(2, len(members)):
            r = members[last_at]
            if r < first_here:
                continue
            z = values[r]
            for p, q in itertools.combinations(members[:last_at], 2):
                # the positions ordered by value, the largest last (as a stable sort leaves them: of equal values,
                # the earlier first)
                x, y = values[p], values[q]
                if z >= x and z >= y:
                    a, b, c = (p, q, r) if x <= y else (q, p, r)
                elif y >= x:
                    a, b, c = (p, r, q) if x <= z else (r, p, q)
                else:
                    a, b, c = (q, r, p) if y <= z else (r, q, p)
                if 0.9 <= (values[a] + values[b]) / values[c] <= 1.1:
                    found[p, q, r] = (a, b, c)
    return found


def _products_among(ops: _Operands, start: int, end: int, first_here: int) -> dict[Triple, Triple]:
    """Each triple of the pool ops[start:end] (positions in order) ending at or after first_here where two values
    multiply into the third, with those positions (factor, factor, product); where two readings fit, the
    product is the later claim. Two percentages make no product."""
    units_, sizes, dimensions = ops.unit[start:end], ops.size[start:end], ops.dimensions[start:end]
    percent = ops.percent[start:end]
    rough_low, rough_high = 0.9 * (1 - ROUGH_SLACK), 1.1 * (1 + ROUGH_SLACK)
    # the claims a pair's product may be, by dimensionality: one of the pair's, or one pint cannot read (None);
    # a value of size zero is the product of none
    nonzero = [c for c in range(end - start) if sizes[c]]
    by_dimensions: dict[units.Signature | None, list[int]] = {}
    for c in nonzero:
        by_dimensions.setdefault(dimensions[c], []).append(c)
    unread = by_dimensions.pop(None, [])
    if unread:
        by_dimensions = {dims: sorted(cs + unread) for dims, cs in by_dimensions.items()}
    found: dict[Triple, Triple] = {}
    for a, b in itertools.combinations(range(end - start), 2):
        if percent[a] and percent[b]:
            continue
        dims_a, dims_b = dimensions[a], dimensions[b]
        if dims_a is None or dims_b is None:
            candidates = nonzero
        else:
            candidates = by_dimensions.get(units.product_signature(dims_a, dims_b), unread)
        size = sizes[a] * sizes[b]
        # the triple holds a claim of the current sentence: one of the pair, or else the third
        lowest = 0 if b >= first_here else first_here
        for c in candidates:
            if c < lowest or c in (a, b):
                continue
            # the rough factor rules out nearly every triple cheaply; the exact one decides
            rough = units.rough_product_factor(units_[a], units_[b], units_[c])
            if rough is None or not rough_low <= size * rough / sizes[c] <= rough_high:
                continue
            if ops.is_plain(start + a) and ops.is_plain(start + b) and ops.is_plain(start + c):
                continue
            scale = units.product_factor(units_[a], units_[b], units_[c])
            if scale is None or not 0.9 <= size * scale / sizes[c] <= 1.1:
                continue
            triple = (a, b, c) if c > b else (a, c, b) if c > a else (c, a, b)
            if triple not in found or found[triple][2] < c:
                found[triple] = (a, b, c)
    return found


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


def _unless_firm(relation: Relation, firm: set[frozenset[str]]) -> Iterable[Relation]:
    """The relation, unless a firm link already joins its claims."""
    if frozenset(relation.claims) not in firm:
        yield relation


def _equation(kind: RelationKind, sign: str, roles: tuple[Role, Role, Role], a: _Item, b: _Item, c: _Item) -> Relation:
    """a (sign) b = c, found by _equations."""
    return Relation(
        kind,
        (a.id, b.id, c.id),
        f"'{a.claim.text}' {sign} '{b.claim.text}' = '{c.claim.text}'",
        tuple(role.value for role in roles),
        firm=False,
        targets=_targets((a, b, c)),
    )


def _sum_of(a: _Item, b: _Item, c: _Item) -> Relation:
    return _equation(RelationKind.SUM, "+", (Role.PART, Role.PART, Role.TOTAL), a, b, c)


def _product_of(a: _Item, b: _Item, c: _Item) -> Relation:
    return _equation(RelationKind.RATE, "×", (Role.FACTOR, Role.FACTOR, Role.PRODUCT), a, b, c)


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
    subject = frozenset().union(*(by_id[cid].about() for cid in firm.claims))
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
    cands = [] if named is not None else sorted(
        (v for v in _nearby(items, here) if fits(v)),
        key=lambda v: (-len(v.about() & subject), abs(v.claim.sentence - here.claim.sentence)),
    )
    if role == Role.AFTER.value:
        named = _named_level(firm, by_id, here, cands)
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


#: how far a level named in another sentence may stand from what a change gives, and still be its result
NAMED_LEVEL_SPREAD = 0.25


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
        rate = change.claim.value / 100 if change.family == "percent" else change.claim.value - 1
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
    own = {_stem(w) for w in change.about() & before.about()}  # the words of the change's own clause
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
    if not fraction or not plausible:
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
    if share.after_text.lstrip()[:1] not in (",", ".", ";", ")", "") or _first_word(part.after_text) == "of":
        return None  # "one in eight robberies", "half the minimum", "65% of output": another whole named
    sole = [
        v for v in cands
        if (v.claim.sentence == part.claim.sentence - 1
            or (v.claim.sentence == part.claim.sentence and v.index < part.index))
        and v.claim.unit == part.claim.unit and (v.claim.value or 0.0) > part.claim.value
        and not v.is_change and not _reference(v) and not _compared_before(v)
    ]
    fraction = _fraction(share)
    if len(sole) != 1 or fraction is None:
        return None
    # "Twenty-seven patients have died, a fatality rate of about 0.15%" after "3.8 million inhabitants": a share
    # hundreds of times off is of another whole, not a wrong share of this one
    gives = fraction * (sole[0].claim.value or 0.0)
    return sole[0] if gives and 1 / SOLE_WHOLE_SPREAD <= part.claim.value / gives <= SOLE_WHOLE_SPREAD else None


def _fraction(share: _Item) -> float | None:
    """A share as a fraction of its whole: 38% is 0.38, 'a third' 0.333."""
    value = share.claim.value
    return value / 100 if value is not None and share.claim.unit == "percent" else value


#: how far a share of the one possible whole may stand from its part and still be read as of that whole
SOLE_WHOLE_SPREAD = 5.0


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


def _stem(word: str) -> str:
    """A word without its plural or verb ending, so that 'spill' finds 'spilled' and 'thefts' 'theft'.

    >>> _stem("spilled"), _stem("thefts"), _stem("spill"), _stem("flooding")
    ('spill', 'theft', 'spill', 'flood')
    """
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# -- the stage -------------------------------------------------------------------------------------


def link(text: str, sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> tuple[Relation, ...]:
    """Every relation among the claims, firm links first."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    spans = {s.index: s for s in sentences}
    items: dict[int, list[_Item]] = {}
    for index, members in by_sentence.items():
        where = spans.get(index) or Sentence(index, members[0].span.cover(members[-1].span))
        items[index] = _items(text, where, members)
    del by_sentence  # thousands of lists the collector need not walk again
    by_id = {v.id: v for vs in items.values() for v in vs}

    firm: list[Relation] = []
    for index, its in sorted(items.items()):
        start = spans[index].span.start if index in spans else its[0].claim.span.start
        end = spans[index].span.end if index in spans else its[-1].claim.span.end
        previous = items.get(index - 1, [])
        # the kinds of value a sentence holds rule out most kinds of link before they are looked for
        if len(its) == 1:
            # a lone claim has no other in its sentence to join: only a lead reaches back, to the list before it
            if its[0].claim.unit == "percentage_point":
                firm += _leads(its, previous)
            continue
        claims_here = [v.claim for v in its]
        units_here = {claim.unit for claim in claims_here}
        families = {v.family for v in its}
        dimensions = "\n".join(fam for fam in families if fam)  # one a line, to look for a dimension in
        # the words of the sentence, from its start to the end of its last claim, lower-cased: a link whose cue
        # words are not among them is not looked for (a word of a text is a part of the text)
        lowered = text[min(start, its[0].claim.span.start) : max(end, its[-1].claim.span.end)].lower()
        value_families = [v.family for v in its if v.is_value]
        listed = len(set(value_families)) < len(value_families)  # two values of one family: a list, a part and whole
        changes = list(_changes(its)) if any(v.is_change and v.family is not None for v in its) else []
        firm += changes
        if changes:
            firm += _two_changes_of_one_level(its, changes)
        if len(value_families) > 1:  # two levels
            firm += _levels(its, {cid for r in changes for cid in r.claims})
        if previous and _may_hold(lowered, _phrases_of("compares")):  # "That compares with 5.5%"
            firm += _compares_with(its, previous)
        if len(value_families) > 2 or (len(value_families) > 1 and "percentage_point" in units_here):  # a gap
            firm += _gaps(its)
        if listed or any(v.is_share for v in its):  # a share, or a part stated with its whole
            firm += _shares(its, text, start)
        if listed:
            firm += _sums(its, previous)
        if _may_hold(lowered, cues().of_which):  # "of which £9.6m", "12 of which"
            firm += _rest_of_which(its)
            if len(its) > 2:
                firm += _of_which_and_the_other(its)
        if len(its) > 2 and "leav" in lowered:  # "leaving 22"
            firm += _of_its_leaving(its)
        if len(units_here) > 1:  # one amount in two units
            firm += _conversions(its)
        if "/ [time]" in dimensions:  # a rate
            firm += _rates(its)
            firm += _dated_rates(its)
        if "percentage_point" in units_here:  # a lead
            firm += _leads(its, previous)
        if "each" in lowered or "apiece" in lowered:  # "$140,000 for each of", "£295 each"
            firm += _per_each(its, previous)
        if _may_hold(lowered, cues().average):  # "an average of $310,000 a ship"
            firm += _averages(its, previous)
        if "each" in lowered:  # "each bus saves"
            firm += _each_noun_does(its, previous)
        if "currency" in dimensions:  # a price
            firm += _takings(its)
        if _RATIO in {claim.kind for claim in claims_here}:  # a rate per head
            firm += _per_capita(its, previous, items)
        if "percent" in families:  # a share
            firm += _remaining_share(its, previous)
            firm += _rate_levels(its)
            if len(its) > 2:  # a premium stands between an offer and a price
                firm += _premiums(its)

    out: list[Relation] = list(firm)
    joined = {frozenset(r.claims) for r in firm if len(r.claims) == 3}
    levels = _change_levels(firm)
    for relation in firm:
        if relation.firm:
            out += _completions(relation, by_id, items, levels)
    ops = _Operands.of(_operands(items))
    for index in sorted(items):  # the window: the operands of this sentence and the EQUATION_WINDOW before
        here = bisect.bisect_left(ops.sentence, index)
        end = bisect.bisect_right(ops.sentence, index, here)
        start = bisect.bisect_left(ops.sentence, index - EQUATION_WINDOW, 0, here)
        out += _equations(ops, start, end, end - here, joined)
    return tuple(out)

