"""Stage 2: sentences -> mentions: each number with its unit, qualifier, direction and exact span.

The scan finds number cores (digits, number words, fractions, vague amounts, multipliers, times),
then grows each one over the words around it that belong to it. Ranges and from/to pairs are
joined afterwards, and a unit left out of a parallel phrase is inherited.
"""

from __future__ import annotations

import bisect
import math
import re
import string
from collections.abc import Collection
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

from quant import units
from quant.interval import Interval
from quant.lexicon import cached_table, cached_word_lists
from quant.model import Direction, Form, Kind, Mention, NumberReading, Sentence, Span
from quant.numerals import clean, lexicon, parse_digits, precision, words_value
from quant.patterns import UNIT_LEAD_WORDS, patterns

#: Nouns after "N-M" that make it a score or a record, not a range: "a 112-104 win".
SCORE_NOUNS = frozenset("win victory defeat loss lead record vote draw margin scoreline majority".split())
#: Words after "points" that make them index points, not percentage points.
INDEX_WORDS = re.compile(r"\b(?:index|Dow|FTSE|S&P|Nasdaq|Nikkei|DAX|CAC|Hang Seng|Sensex|points? (?:per|a) game)\b")
PERCENT_CONTEXT = re.compile(r"%|\bper ?cent\b|\bpercentage\b|\bpoll", re.IGNORECASE)
#: how far around a number the words that say what it is are looked for (a sentence may be a megabyte long)
CONTEXT_CHARS = 200
TEMPERATURE_CONTEXT = re.compile(r"°|\b(?i:celsius|fahrenheit|kelvin|temperature)")
#: between the two numbers of "one in five", "one in every eight", "3 out of 10", "one for every four"
_IN_RATIO_SPLIT = re.compile(
    r"(?<!\s)(?:\s+[a-z]{3,15}(?=\s+in\s+every\s))?"  # "one offence in every eight": the noun between
    r"\s+(?:in(?:\s+every)?|out\s+of(?:\s+every)?|for\s+every)\s+",
    re.IGNORECASE,
)
RELATIVE_AFTER_A = re.compile(
    r"\s+(?:earlier|ago|later|and\s+a\s+half"
    r"|(?:before|after)(?!\s+(?:interest|tax|taxes|costs|expenses|inflation|fees|deductions|bonuses|bonus)\b))\b"
)  # "a year earlier": a time; "$37m a year before interest": a rate
YEAR_MIN, YEAR_MAX = 1800, 2100
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                        "century", "millennium"})
# The members of Kind, Form and Direction this module reads, bound to names once: in Python 3.11 reading a member
# from its Enum class (Kind.DATE) goes through the metaclass, some four times the cost of a global, and the scan
# reads them at every number.
_KIND_CHANGE, _KIND_DATE, _KIND_DURATION = Kind.CHANGE, Kind.DATE, Kind.DURATION
_KIND_FRACTION, _KIND_MEASURE, _KIND_MONEY = Kind.FRACTION, Kind.MEASURE, Kind.MONEY
_KIND_MULTIPLIER, _KIND_PERCENT, _KIND_RATIO = Kind.MULTIPLIER, Kind.PERCENT, Kind.RATIO
_FORM_DIGITS, _FORM_FRACTION, _FORM_TIME = Form.DIGITS, Form.FRACTION, Form.TIME
_FORM_VAGUE, _FORM_WORDS = Form.VAGUE, Form.WORDS
_DIRECTION_DECREASE, _DIRECTION_INCREASE = Direction.DECREASE, Direction.INCREASE
#: the kinds of a mention that states no level another can share a unit with
_NOT_LEVEL_KINDS = frozenset({_KIND_DATE, _KIND_FRACTION, _KIND_RATIO, _KIND_MULTIPLIER})


class _Draft(NamedTuple):
    """A mention while it grows; ``start``..``end`` is its span so far. A named tuple: it is replaced at
    every step of growing (by ``_with``), at a tenth of the cost of ``dataclasses.replace``."""

    start: int
    end: int
    number: NumberReading
    kind: Kind | None = None  # None: decided by the unit
    unit: str = "dimensionless"
    unit_text: str | None = None
    currency: str | None = None
    multiplier: float = 1.0
    scaled: bool = False
    qualifier: str | None = None
    direction: Direction | None = None
    cue: str | None = None
    date: str | None = None
    high: NumberReading | None = None
    bare: bool = True  # no unit, currency or scale was found

    def _with(self, **changes: object) -> _Draft:
        """``_replace``, at half its cost: the fields set in a copy of the values, no ``_make`` and no
        ``map`` of ``dict.pop`` over every field."""
        values: list[object] = list(self)
        for name, value in changes.items():
            values[_DRAFT_FIELDS[name]] = value
        return tuple.__new__(_Draft, values)


_DRAFT_FIELDS = {name: i for i, name in enumerate(_Draft._fields)}
_START = itemgetter(_DRAFT_FIELDS["start"])  # a draft's start, read in C: the key drafts are sorted by
_DRAFT_START, _DRAFT_QUALIFIER, _DRAFT_DIRECTION, _DRAFT_CUE = (
    _DRAFT_FIELDS[name] for name in ("start", "qualifier", "direction", "cue"))


@cache
def _directions() -> dict[tuple[str, str], Direction]:
    rows = cached_table("changes_en.tsv", 3)["directions"]
    return {(w.lower(), where): Direction(d) for w, d, where in rows}


@cache
def _multipliers() -> dict[str, tuple[float, Direction | None, Kind]]:
    rows = cached_table("multipliers_en.tsv", 4)["multipliers"]
    return {w: (float(f), None if d == "-" else Direction(d), Kind(k)) for w, f, d, k in rows}


@cache
def _qualifier_words() -> dict[str, str]:
    return {" ".join(row[0].lower().split()): row[0] for row in cached_table("qualifiers_en.tsv", 3)["qualifiers"]}


@cache
def _not_quantities() -> tuple[frozenset[str], tuple[str, ...]]:
    lists = cached_word_lists("not_quantities_en.txt")
    idioms = tuple(" ".join(line.split()) for line in _idiom_lines())
    return frozenset(lists["identifier_heads"]), idioms


def _idiom_lines() -> list[str]:
    from quant.lexicon import iter_lines

    return [line.strip().lower() for section, _n, line in iter_lines("not_quantities_en.txt")
            if section == "idiom_one"]


@cache
def _half_compounds() -> frozenset[str]:
    return frozenset(cached_word_lists("context_words_en.txt")["half_compounds"])


@cache
def _months() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    lists = cached_word_lists("dates_en.txt")
    months = {m.lower(): i + 1 for i, m in enumerate(lists["months"])}
    months.update({m.lower(): i + 1 for i, m in enumerate(lists["month_abbreviations"]) if m != "-"})
    return months, frozenset(lists["ambiguous_months"]), frozenset(w.lower() for w in lists["temporal_words"])


def find(text: str, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    """Every quantity mention, in text order."""
    found: list[Mention] = []
    folded = lower_same_length(text)
    for sentence in sentences:
        found.extend(_in_sentence(text, folded, sentence))
    return tuple(found)


def lower_same_length(text: str) -> str:
    """The text lower-cased, each character to one, so offsets still agree ('İ' alone lowers to two).

    >>> lower_same_length("İSTANBUL, 5 KM")
    'istanbul, 5 km'
    """
    return (text.replace("İ", "I") if "İ" in text else text).lower()


def _in_sentence(text: str, folded: str, sentence: Sentence) -> list[Mention]:
    start, end = sentence.span.start, sentence.span.end
    drafts = _dates(text, start, end) if patterns().date_hint.search(text, start, end) else []
    matches = _core_matches(text, folded, start, end)
    if drafts:
        _add_cores(text, matches, start, end, drafts)
    else:
        _add_cores_in_order(text, matches, start, end, drafts)
    if len(drafts) < 2:
        return [_finish(text, d, sentence.index) for d in drafts]  # nothing to join, inherit or restate
    drafts.sort(key=_START)
    drafts = _join_pairs(text, drafts, start)
    # US cents are looked for once: inheriting only copies units among the drafts, so none can appear after it
    cents = any("US_cent" in d.unit for d in drafts)
    if cents:
        drafts = _cents_of_currency(drafts)  # before inheriting, so "14 cents" can take "€0.62 a litre"'s litre
    drafts = _inherit_units(text, drafts)
    if cents:
        drafts = _cents_of_currency(drafts)
    drafts = _inherit_directions(text, drafts)
    return [_finish(text, d, sentence.index) for d in drafts]


def _add_cores(text: str, matches: list[re.Match[str]], start: int, end: int, drafts: list[_Draft]) -> None:
    """The drafts of the core matches that no earlier draft (a date, or an earlier core's) takes, added to
    ``drafts``; a draft that has grown over an earlier one is cut back to where that one ends."""
    taken = _Taken()
    for d in drafts:
        taken.add(d.start, d.end)
    for match in matches:
        if taken.overlaps(match.start(), match.end()):
            continue
        draft = _from_core(text, match, start, end)
        if draft is None:
            continue
        if taken.overlaps(draft.start, draft.end):
            number = draft.number.span
            if taken.overlaps(number.start, number.end):
                continue  # the number itself is part of an earlier mention
            draft = draft._with(start=max(draft.start, taken.end_before(number.start)),
                            end=min(draft.end, taken.start_after(number.end)))
        drafts.append(draft)
        taken.add(draft.start, draft.end)


def _add_cores_in_order(text: str, matches: list[re.Match[str]], start: int, end: int, drafts: list[_Draft]) -> None:
    """_add_cores where no date was found first: each draft then holds its core, which starts after the cores
    before it, and is cut back to start after the drafts before it; so the drafts follow one another, and the
    last one's end is all there is to test against (what _Taken finds here, in a tenth of the time)."""
    taken_to = -1  # where the last draft ends
    for match in matches:
        if taken_to > match.start():
            continue
        draft = _from_core(text, match, start, end)
        if draft is None:
            continue
        if taken_to > draft.start:
            if taken_to > draft.number.span.start:
                continue  # the number itself is part of an earlier mention
            draft = draft._with(start=taken_to)
        drafts.append(draft)
        taken_to = draft.end


class _Taken:
    """The spans already given to mentions in a sentence: disjoint, kept sorted, searched by bisection,
    so that a sentence of thousands of numbers is still read in n log n."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.starts, end)  # spans starting before `end`
        ends = self.ends
        return (at > 0 and ends[at - 1] > start) or (at > 1 and ends[at - 2] > start)

    def end_before(self, at: int) -> int:
        """The end of the last span ending at or before ``at`` (0 if none)."""
        i = bisect.bisect_right(self.starts, at)
        ends = [e for e in self.ends[max(0, i - 2) : i] if e <= at]
        return max(ends, default=0)

    def start_after(self, at: int) -> int:
        """The start of the first span starting at or after ``at``."""
        i = bisect.bisect_left(self.starts, at)
        return self.starts[i] if i < len(self.starts) else 1 << 62


def _core_matches(text: str, folded: str, start: int, end: int) -> list[re.Match[str]]:
    """The core pattern's matches, tried only where a number can start (a digit or a number word,
    found in the lower-cased ``folded`` text), which keeps the scan fast on long documents. The scan
    finds a word by the mark before it, so a word that opens the range is looked for first. A list,
    not a generator: the matches do not depend on what is made of them, and a list is cheaper."""
    pats = patterns()
    core_at, symbol_core_at = pats.core.match, pats.symbol_core.match
    found: list[re.Match[str]] = []
    resume = start
    opening = pats.opening_word.match(folded, start, end)
    if opening:
        match = core_at(text, start, end)
        if match:
            found.append(match)
            resume = match.end()
    for candidate in pats.candidate.finditer(folded, opening.end() if opening else start, end):
        at = candidate.start(1)  # the word's start (group 1, the only group); -1 where no word matched
        if at < 0:
            at = candidate.start()
        if at < resume:
            continue
        if folded[at] == "a" and candidate.end() - at <= 2 and _plain_word_after_a(text, candidate.end(), end):
            continue  # "a"/"an" before a plain word: the core reads only "a gallon" there, which _single_unit refuses
        match = (core_at if folded[at].isalpha() else symbol_core_at)(text, at, end)
        if match is None and folded[at] in "-−+.":
            match = symbol_core_at(text, at + 1, end)  # "-.5" and "+0.2" start at the digit when the sign is no part
        if match:
            found.append(match)
            resume = match.end()
    return found


def _plain_word_after_a(text: str, at: int, s_end: int) -> bool:
    """Whether "a" or "an" ending at ``at`` is followed by a plain word (_plain_word_after) that no branch of the
    core can read after "a": not a fraction ("a third"), a vague amount ("a few"), a scale ("a hundred") or any
    other word of the number lexicon. The core then matches "a " alone as a unit's "a" ("aunit"), and
    _single_unit refuses it by the same plain word: the scan skips it before the core is tried."""
    quiet = _QUIET_AFTER.match(text, at, s_end)
    return quiet is not None and quiet["word"] not in _lexicon_words() and _is_plain_word(quiet["word"])


@cache
def _lexicon_words() -> frozenset[str]:
    """Every word of the number lexicon, its phrases split at spaces and hyphens, lower-cased."""
    lex = lexicon()
    phrases = [*lex.all_words, *lex.cardinals, *lex.fractions, *lex.vague, *lex.scales, *lex.named, *lex.ordinals,
               *(row[0] for row in cached_table("multipliers_en.tsv", 4)["multipliers"])]
    return frozenset(w.lower() for phrase in phrases for w in _FRACTION_PARTS.split(phrase.replace("'", " ")) if w)


# --- cores -------------------------------------------------------------------------------------


def _from_core(text: str, match: re.Match[str], s_start: int, s_end: int) -> _Draft | None:
    kind = match.lastgroup
    a, b = match.start(), match.end()
    if kind == "digits":
        return _digits(text, a, b, s_start, s_end)
    surface = match.group()
    if kind == "words":
        return _number_words(text, a, b, s_start, s_end)
    if kind == "fraction":
        return _fraction(text, a, b, s_start, s_end)
    if kind == "vague":
        return _vague(text, a, b, s_start, s_end)
    if kind == "fold":
        head = _FOLD_END.sub("", surface)
        value = words_value(head) if head[0].isalpha() else parse_digits(head)
        if value is None:
            return None
        reading = NumberReading(Span(a, b), value, Interval.point(value), _FORM_WORDS)
        draft = _Draft(a, b, reading, kind=_KIND_MULTIPLIER, bare=False)
        return _grow_left(text, _grow_direction_after(text, draft, s_end), s_start)
    if kind == "mult":
        factor, direction, mult_kind = _multipliers()[surface.lower()]
        if mult_kind is _KIND_RATIO and not _ratio_word_stands(text, a, b, s_end):
            return None
        reading = NumberReading(Span(a, b), factor, Interval.point(factor), _FORM_WORDS)
        draft = _Draft(a, b, reading, kind=mult_kind, direction=direction, bare=False)
        return _grow_left(text, draft, s_start)
    if kind == "aunit":
        return _single_unit(text, a, b, s_start, s_end)
    if kind == "inratio":
        parts = _IN_RATIO_SPLIT.split(surface)
        top, bottom = (_any_value(p) for p in parts)
        if top is None or bottom is None or not 0 < top < bottom or YEAR_MIN <= bottom <= YEAR_MAX:
            return None
        value = top / bottom
        reading = NumberReading(Span(a, b), value, Interval.point(value), _FORM_FRACTION)
        return _grow_left(text, _Draft(a, b, reading, kind=_KIND_RATIO, bare=False), s_start)
    if kind in ("slash", "vulgar"):
        value = _fraction_value(surface)
        if value is None:
            return None
        reading = NumberReading(Span(a, b), value, Interval.point(value), _FORM_FRACTION)
        draft = _grow_right(text, _Draft(a, b, reading), s_start, s_end)
        if draft.bare:
            draft = draft._with(kind=_KIND_FRACTION, bare=False)
        return _grow_left(text, draft, s_start)
    if kind == "time":
        return _clock(text, a, b, s_start, s_end)
    if kind == "named":
        return _named(text, a, b, s_start)
    return None


_FOLD_END = re.compile(r"-?fold$", re.IGNORECASE)  # "5-fold" -> "5"
_FRACTION_PARTS = re.compile(r"[\s-]+")  # "three-quarters" -> "three", "quarters"
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
           "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_MIXED = re.compile(
    r"(?:[ \u00a0]?(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|[ \u00a0](?P<top>\d{1,2})[/⁄](?P<bottom>\d{1,3}))(?![/⁄\d])"
)
_MANTISSA_END = re.compile(r"[eE×x^]")  # where the digits of "2.5e-400", "3×10^-400" end
_VULGAR_SIGNS = frozenset("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")
_SPACE_GROUPS = re.compile(r"(?:[ ]\d{3})+(?![\d,.])")
_PLUS_MINUS = re.compile(r"\s?(?:±|\+/-|\+-)\s?(?P<spread>\d+(?:\.\d+)?(?:[eE][-+]?\d{1,3})?)")
_CODE_BEFORE = re.compile(r"(?:\$US|\$A|USD|EUR|GBP|AUD|CAD|JPY|INR)\Z")
_TIMES_TEN = re.compile(r"\s?[×x]\s?10\^?")  # 2.48×10−5
_POWER_OF = re.compile(r"(?:(?P<mantissa>[\d.,]{1,20})\s?[×x]\s?)?(?P<base>\d{1,20})\^(?P<exponent>[-−]?\d{1,3})")
_HEAD_BEFORE = re.compile(r"(?<![A-Za-z.])([A-Za-z][A-Za-z.]*+)\s+\Z")  # "Article ", "section " before a number
_WORD_AT_END = re.compile(r"(?<![A-Za-z-])([A-Za-z-]++)\s+\Z")  # "early " before a month
_SIGN_WORD = re.compile(r"(?<!or )(?i:minus|negative)[\s-]\Z")  # not "plus or minus 2.3": a margin
_AGE_BEFORE = re.compile(
    r"\b(?:(?i:aged|ages|age\s+of|ages\s+of|age)\s+(?:(?i:between|from|over|under|to)\s+)?"  # "age to 68"
    r"|(?i:children|kids|adults|pupils|teenagers|boys|girls)\s+(?i:under|over)\s+)\Z"  # "children under 18"
)
#: the words _AGE_BEFORE can end with, before the spaces; "ſ" is an "s" to its case-free letters
_AGE_LAST_WORDS = ("aged", "ages", "age", "of", "between", "from", "over", "under", "to")


#: the last letters of _AGE_LAST_WORDS, in either case ("ſ" lowers to itself and counts as an "s")
_AGE_LAST_LETTERS = frozenset("desfnmroDESFNMROſ")


def _age_before(text: str, a: int, s_start: int) -> bool:
    """_AGE_BEFORE before ``a``, after a quick refusal: a space before the number, and a word before the space
    that ends as one of _AGE_LAST_WORDS (first by its last letter, where it ends right before the space)."""
    if not text[a - 1 : a].isspace():
        return False
    last = text[a - 2 : a - 1]
    if last and not last.isspace() and last not in _AGE_LAST_LETTERS:
        return False
    lo = max(s_start, a - 20)
    if not _word_before(text, lo, a).lower().replace("ſ", "s").endswith(_AGE_LAST_WORDS):
        return False
    return _AGE_BEFORE.search(text, lo, a) is not None


_DESIGNATION_AFTER = re.compile(r"[ ](?![QH][1-4]\b)[A-Z]{1,3}\d{1,4}\b")  # "2026 KT4", "2024 YR4": a catalogue name
_ELLIPTICAL_ITEM = re.compile(r"(?:,|\band)[ ]the[ ]\Z")  # ", the Greens 16": a list item, its verb left out
_ITEM_END = re.compile(r"[ ]?(?:[,;.]|and\b)|\Z")  # the count ends the item
_VERB_THEN_COUNT = re.compile(  # "took 24": the verb the later items leave out
    r"\b(?:took|won|got|gained|secured|received|polled|scored|had|has|holds|held|claimed)[ ]\d"
)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+\b")  # "6,900", "700,000": a count, written as one
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s/]))(?P<name>[A-Z][A-Za-z&]*|[a-z]+[A-Z][A-Za-z]*)[ ]\Z")


def _mixed_may_follow(text: str, b: int) -> bool:
    """The quick refusal of _MIXED at ``b``: a fraction sign, or a space before a fraction sign or a digit."""
    first = text[b : b + 1]
    if first in _VULGAR_SIGNS:
        return True
    second = text[b + 1 : b + 2]
    return (first == " " or first == "\u00a0") and (second in _VULGAR_SIGNS or second.isdigit())


def _fraction_value(surface: str) -> float | None:
    """The value of a written fraction, if it is a proper one.

    >>> _fraction_value("3/4"), _fraction_value("½"), _fraction_value("24/7") is None
    (0.75, 0.5, True)
    """
    if surface in _VULGAR:
        return _VULGAR[surface]
    top_text, bottom_text = re.split("[/⁄]", surface)
    top, bottom = float(top_text), float(bottom_text)
    if not 0 < top < bottom <= 128:
        return None
    return top / bottom


def _digits_value(surface: str) -> float:
    """The value of digits, scientific notation and powers included.

    >>> _digits_value("2.48×10−5"), _digits_value("4e14"), _digits_value("1,500")
    (2.48e-05, 400000000000000.0, 1500.0)
    >>> _digits_value("2^10"), _digits_value("8x2^10"), _digits_value("10^6")
    (1024.0, 8192.0, 1000000.0)
    """
    if surface.isascii() and surface.isdigit():
        return float(surface)
    power = _POWER_OF.fullmatch(surface) if "^" in surface else None
    if power and power.group("base") != "10":
        mantissa = parse_digits(power.group("mantissa")) if power.group("mantissa") else 1.0
        return mantissa * float(power.group("base")) ** int(power.group("exponent").replace("−", "-"))
    if power and not power.group("mantissa"):  # 10^6
        return float(f"1e{int(power.group('exponent').replace('−', '-'))}")
    parts = _TIMES_TEN.split(surface) if "10" in surface[1:] else (surface,)
    if len(parts) == 2:
        exponent = int(parts[1].replace("−", "-"))
        return float(f"{parse_digits(parts[0])}e{exponent}")
    return parse_digits(surface)


@lru_cache(maxsize=4096)
def _read_digits(surface: str) -> tuple[float, Interval] | None:
    """The value of digits as written and the interval their precision allows; None if they are no number
    a float can hold. Cached: the same few numbers recur throughout a document."""
    try:
        value = _digits_value(surface)
    except (ValueError, OverflowError):
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None  # too large for a float: not a quantity we can check
    if value == 0 and any(ch in "123456789" for ch in _MANTISSA_END.split(surface, maxsplit=1)[0]):
        return None  # "0.000…1" below a float's least value: not the number 0
    scientific = not surface.isdigit() and any(ch in surface for ch in "eE×x^")
    return value, Interval.point(value) if scientific else precision(surface, value)


def _after_name(text: str, a: int, s_start: int, b: int) -> bool:
    """A bare number right after a name is part of it: "Big 12", "iPhone 11", "Stoxx 50"; not the count of
    a list item whose verb is left out: "the Liberals took 24, the Greens 16 and independents 12"."""
    if text[a - 1 : a] != " " or _word_before(text, max(s_start, a - 30), a).islower():
        return False  # a quick refusal: no space before the number, or no capital in the word before it
    if _GROUPED.match(text, a, b):
        return False  # "Afghans 6,900", "by Thursday 700,000": no name carries a number grouped in thousands
    if _part_of_a_larger_whole(text, a, b):
        return False  # "give the Farmers' League 37 of the assembly's 90 seats"
    match = _NAME_BEFORE.search(text, max(s_start, a - 30), a)
    if match is None or match.start("name") == s_start:
        return False
    if _ELLIPTICAL_ITEM.search(text, max(s_start, match.start("name") - 8), match.start("name")) and (
        _ITEM_END.match(text, b) and _VERB_THEN_COUNT.search(text, s_start, match.start("name"))
    ):
        return False
    name = match.group("name")
    months, _ambiguous, _temporal = _months()
    return name.lower() not in months and name.lower() not in _function_words()


_OF_A_WHOLE = re.compile(
    r"""[ ]of[ ](?:the|its|their|his|her|our)[ ]  # " of the "
        (?:[A-Za-z'’-]{1,30}[ ]){0,2}               # at most two words: "assembly's"
        (?P<whole>\d{1,3}(?:,\d{3})*|\d+)\b     # the whole: "90", "1,200"
        (?![-.,]?\d|-)                             # not "21-stage", "2.5"
    """,
    re.VERBOSE,
)


def _part_of_a_larger_whole(text: str, a: int, b: int) -> bool:
    """'37 of the assembly's 90 seats': a part of a larger whole counted just after it, not a number of a name
    ('Article 50 of the treaty', 'Chapter 11 of the 1978 code', 'Stage 12 of the 21-stage race': no whole, a
    year, or a whole that is part of a word).

    >>> _part_of_a_larger_whole("League 37 of the assembly's 90 seats", 7, 9)
    True
    >>> _part_of_a_larger_whole("Chapter 11 of the 1978 code", 8, 10)
    False
    >>> _part_of_a_larger_whole("Stage 12 of the 21-stage race", 6, 8)
    False
    """
    match = _OF_A_WHOLE.match(text, b, b + 60)
    if match is None or not text[a:b].isdigit():
        return False
    whole = match.group("whole")
    if len(whole) == 4 and whole[:2] in ("18", "19", "20"):
        return False  # a year
    return int(whole.replace(",", "")) > int(text[a:b])


def _sign_word(text: str, a: int, s_start: int) -> re.Match[str] | None:
    """_SIGN_WORD before ``a``, after a quick refusal: "minus " and "negative-" end in "us" or "ve" and a space or
    hyphen."""
    if a - 6 < s_start or text[a - 2] not in "sSſeE" or not (text[a - 1] == "-" or text[a - 1].isspace()) or (
            text[a - 3] not in "uUvV"):
        return None
    return _SIGN_WORD.search(text, max(s_start, a - 9), a)


def _any_value(words: str) -> float | None:
    words = words.strip()
    if words[:1].isdigit():
        return parse_digits(words)
    return words_value(words)


def _digits(text: str, a: int, b: int, s_start: int, s_end: int) -> _Draft | None:
    surface = text[a:b]
    if text[b : b + 1].isalpha() and not _unit_or_scale_attached(text, b, s_end):
        return None  # 5G, 3D, A321neo: part of a name
    # the character before the number in the sentence ("" at its start): the tests below that read it
    # are skipped by it where they could not hold
    before = text[a - 1] if a > s_start else ""
    if before and (before.isalpha() or before in "#№") and not _CODE_BEFORE.search(text, max(s_start, a - 3), a):
        return None
    if before and before in "-−" and _LETTER_HYPHEN_END.search(text, max(s_start, a - 2), a) and not (
        _sign_word(text, a, s_start)
    ) and not text.endswith("-to-", max(s_start, a - 4), a) and not (
        len(surface) == 4 and surface.isdigit() and _PART_OF_A_YEAR.search(text, max(s_start, a - 6), a)
    ):
        return None  # F-16, COVID-19: part of a name; not "3-to-1", nor the year of "mid-2026"
    if (before.isspace() and _is_identifier(text, a, s_start) and not _part_of_a_larger_whole(text, a, b)) or (
        _ordinal_suffix(text, b)
    ):
        return None
    checked_end = b  # no ordinal suffix follows here
    if _is_code(text, a, b, s_start):
        return None
    grouped = _SPACE_GROUPS.match(text, b, s_end) if text[b + 1 : b + 2].isdigit() else None
    if grouped and surface.isdigit() and len(surface) <= 3 and not _is_year(surface, float(surface)):
        grouped_end = grouped.end()
        if _unit_match(text, grouped_end, s_end) or patterns().scale_after.match(
            text, grouped_end, s_end
        ):
            b = grouped_end  # "10 000 dollars": a space between thousands, unambiguous before a unit
            surface = text[a:b]
    read = _read_digits(surface)
    if read is None:
        return None
    value, interval = read
    reading = NumberReading(Span(a, b), value, interval, _FORM_DIGITS)
    mixed = _MIXED.match(text, b, s_end) if _mixed_may_follow(text, b) else None
    if mixed and "." not in surface and not surface.startswith(("-", "+")):
        part = _VULGAR[mixed.group("vulgar")] if mixed.group("vulgar") else (
            float(mixed.group("top")) / float(mixed.group("bottom")) if 0 < int(mixed.group("top")) < int(
                mixed.group("bottom")) else 0.0)
        if part:
            b = mixed.end()
            reading = NumberReading(Span(a, b), value + part, Interval.point(value + part), _FORM_FRACTION)
    after = text[b : b + 2]
    plus_minus = _PLUS_MINUS.match(text, b, s_end) if "±" in after or "+" in after else None
    if plus_minus:
        spread = abs(parse_digits(plus_minus.group("spread")))
        b = plus_minus.end()
        reading = NumberReading(Span(a, b), reading.value, Interval(value - spread, value + spread), reading.form)
    sign = _sign_word(text, a, s_start) if before == "-" or before.isspace() else None
    start = a
    if sign and reading.value is not None and reading.value > 0:
        start = sign.start()
        reading = NumberReading(Span(start, b), -reading.value, -reading.interval, reading.form)
    draft = _Draft(start, b, reading)
    draft = _grow_left_currency(text, draft, s_start)
    draft = _grow_right(text, draft, s_start, s_end)
    if draft.bare and _age_before(text, a, s_start):
        draft = draft._with(unit="year", unit_text="aged", bare=False)
    elif draft.bare and text[b : b + 1] == "," and _is_appositive_age(text, a, b, s_start, value):
        draft = draft._with(unit="year", unit_text=None, bare=False)  # "Maria Lenz, 82, said"
    if (surface[:1] in "+-−" and draft.unit in ("percent", "percentage_point")) or (
        surface[:1] == "+" and draft.currency
    ):
        draft = draft._with(direction=_DIRECTION_INCREASE if surface[0] == "+" else _DIRECTION_DECREASE)
    year = _is_year(surface, value)
    if draft.bare and not year and before == " " and _after_name(text, a, s_start, draft.end):
        return None
    if year and _DECADE_S.match(text, b):
        end = b + 1 if text[b] == "s" else b + 2
        return _Draft(a, end, NumberReading(Span(a, end), None, Interval(float("-inf"), float("inf")), _FORM_DIGITS),
                      kind=_KIND_DATE, date=surface[:3] + "0s", bare=False)  # the 1990s
    if draft.bare and year and _DESIGNATION_AFTER.match(text, b):
        return None  # "asteroid 2026 KT4": a name, not a year
    if draft.bare and year and not _ends_range(text, a, s_start):
        return _Draft(a, b, reading, kind=_KIND_DATE, date=surface, bare=False)
    if draft.bare and b != checked_end and _ordinal_suffix(text, b):
        return None
    return _grow_left(text, draft, s_start)


def _number_words(text: str, a: int, b: int, s_start: int, s_end: int) -> _Draft | None:
    surface = text[a:b]
    value = words_value(surface)
    if value is None or not _count_word_stands(text, surface, b, s_end):
        return None
    tail = _WORDS_TAIL.match(text, b, s_end)
    if tail and lexicon().scales.get(surface.lower().split()[-1], 0) >= 1000:
        more = patterns().core.match(text, tail.end(), s_end)  # "three million, two hundred & forty"
        if more and more.lastgroup == "words" and _WORDS_COMPOUND.search(more.group()):
            compound = words_value(text[a : more.end()])
            if compound is not None and compound > value:
                b, surface, value = more.end(), text[a : more.end()], compound
    reading = NumberReading(Span(a, b), value, Interval.point(value), _FORM_WORDS)
    draft = _grow_right(text, _Draft(a, b, reading), s_start, s_end)
    lowered = surface.lower()
    joined = _JOINED_NEXT.match(text, b, s_end)
    if lowered in ("one", "a", "an") and draft.bare and not text[b : b + 6].startswith("-") and not joined:
        return None  # a bare "one": an idiom or an article, counted by nobody
    if draft.bare and _after_name(text, a, s_start, draft.end):
        return None  # "Kick Six", "Catch Twenty"
    if lowered == "one" and _is_idiom(text, a, s_end):
        return None
    if _ordinal_suffix(text, b):
        return None
    if draft.bare and _age_before(text, a, s_start):
        draft = draft._with(unit="year", unit_text="age", bare=False)  # "by age five"
    return _grow_left(text, draft, s_start)


_WORDS_TAIL = re.compile(r",[ \t]+")  # "three million, two hundred": a comma after a group of a thousand or more
_WORDS_COMPOUND = re.compile(r"\s|-")  # the part after the comma is itself a compound, not a list's "forty"
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "yet", "so"})


def _count_word_stands(text: str, surface: str, b: int, s_end: int) -> bool:
    """'a gross of pencils', 'a gross is 144', not 'a gross error' or 'gross income': a count word that is
    also an adjective counts only after "a" or a number, before "of", a function word or a stop."""
    words = surface.lower().replace("\u2019", "'").split()
    if words[-1] not in lexicon().guarded:
        return True
    following = _next_word(text, b, s_end)
    stands = following == "of" or not following.isalpha() or (
        following in _function_words() and following not in _CONJUNCTIONS)
    return len(words) > 1 and stands


def _named(text: str, a: int, b: int, s_start: int) -> _Draft:
    """'absolute zero': a quantity named in words (data/named_numbers_en.tsv)."""
    value, unit = lexicon().named[" ".join(text[a:b].lower().split())]
    reading = NumberReading(Span(a, b), value, Interval.point(value), _FORM_WORDS)
    return _grow_left(text, _Draft(a, b, reading, unit=unit, unit_text=text[a:b], bare=False), s_start)


#: a verb after "a third", "a quarter": a share of people saying or doing something, not an ordinal
_AGAIN = re.compile(r"[ ]again\b")  # "half as many again": the amount and half of it once more
_AS_MANY = re.compile(r"[ ]as[ ](?:many|much|large|big|high|long|great|heavy|fast|likely|often)\b")


_VERBS_AFTER_SHARE = frozenset(
    "said say says are were have had think thought support supported oppose opposed want wanted agree agreed"
    " voted disagree disagreed expect expected plan planned".split()
)


def _fraction(text: str, a: int, b: int, s_start: int, s_end: int) -> _Draft | None:
    surface = text[a:b]
    parts = _FRACTION_PARTS.split(surface.lower())
    lex = lexicon()
    denominator = lex.fractions[parts[-1]]
    numerator_word = parts[0] if len(parts) > 1 else None
    before = text[max(s_start, a - 12) : a].lower()
    next_word = _next_word(text, b, s_end)
    singular = not parts[-1].endswith("s")
    if parts[-1] == "half" and next_word in _half_compounds():
        return None  # "a half marathon", "at half time": a name, not a share
    if numerator_word is None:
        if parts[-1] != "half":
            return None  # "third", "quarter" alone: an ordinal or a period
        if _PERIOD_HALF_BEFORE.search(before):
            return None  # "the second half": a period
        if text[b : b + 1] == "-":
            return None  # half-time, half-century
        numerator = 1.0
    else:
        numerator = 1.0 if numerator_word in ("a", "an") else lex.cardinals.get(numerator_word, 0.0)
        if not numerator:
            return None
        if singular and next_word in _RUN_WORDS:
            return None  # "a third consecutive year", "a second straight win": an ordinal
        if singular and parts[-1] != "half":
            comparative = next_word in {"of", "fewer", "more", "less", "lower", "higher", "larger", "smaller",
                                        "bigger", "greater", "below", "above", "", "as", "since", "from",
                                        "to", "in", "over", "on", "this", "last", "compared", "than"} or (
                not next_word.isalpha()) or next_word in _VERBS_AFTER_SHARE
            if not comparative and not _FRACTION_LEAD_BEFORE.search(before):
                return None  # "a third consecutive month": an ordinal
    value = numerator / denominator
    of_scale = _OF_A_SCALE.match(text, b, s_end)
    if of_scale:  # "half a million", "three-quarters of a billion": a count, not a share
        b, value = of_scale.end(), value * (words_value(of_scale.group("scale")) or 1.0)
        reading = NumberReading(Span(a, b), value, Interval.point(value), _FORM_WORDS)
        return _grow_left(text, _grow_right(text, _Draft(a, b, reading), s_start, s_end), s_start)
    fall = _fall_to(text, a, b, s_start, s_end)
    if fall is not None and value < 1:  # "fell to a quarter of their 1990 level": a four-fold fall
        factor = 1 / value
        reading = NumberReading(Span(a, b), factor, Interval.point(factor), _FORM_FRACTION)
        return _Draft(fall, b, reading, kind=_KIND_MULTIPLIER, direction=_DIRECTION_DECREASE, bare=False)
    reading = NumberReading(Span(a, b), value, Interval.point(value), _FORM_FRACTION)
    of_a = _OF_A_UNIT.match(text, b, s_end)
    if of_a:  # "a tenth of a second", "half an hour": a share of one unit
        grown = _grow_right(text, _Draft(a, of_a.end(), reading), s_start, s_end)
        if not grown.bare and grown.kind is None and grown.unit not in ("dimensionless", "percent"):
            return _grow_left(text, grown, s_start)
    measured = _grow_right(text, _Draft(a, b, reading), s_start, s_end)
    if not measured.bare and measured.unit != "dimensionless":
        return _grow_left(text, measured, s_start)  # "one-half miles"
    as_many = _AS_MANY.match(text, b, s_end)
    if as_many:  # "half as many as in 2019", "a third as much": a ratio to another amount, not a share of it
        again = _AGAIN.match(text, as_many.end(), s_end)
        if again:  # "half as many again as": one and a half times
            reading = NumberReading(Span(a, b), 1 + value, Interval.point(1 + value), Form.FRACTION)
        end = again.end() if again else as_many.end()
        return _grow_left(text, _Draft(a, end, reading, kind=_KIND_RATIO, bare=False), s_start)
    draft = _Draft(a, b, reading, kind=_KIND_FRACTION, bare=False)
    draft = _grow_direction_after(text, draft, s_end)
    return _grow_left(text, draft, s_start)


_VERB_TO_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]++)[ ]to[ ]\Z")  # "fell to " before a fraction
#: what a fraction "of" is when it is a fall from a level, not a share of a whole: "of its 2019 level"
_OF_A_LEVEL = re.compile(
    r"[ ](?:of[ ])?(?:(?:its|their|the|his|her|our|that|a|an|what|pre-\S+|[\d]{4}|previous|former|earlier|peak|record"
    r"|[a-z]+-(?:war|crisis|pandemic|covid))[ ]){0,3}"
    r"(?:levels?|peaks?|size|value|figures?|totals?|amount|height|was|it[ ]was|they[ ]were|before)\b"
)


def _fall_to(text: str, a: int, b: int, s_start: int, s_end: int) -> int | None:
    """Where "fell to" starts before a fraction of an earlier level ("fell to a quarter of their 1990
    level", "shrank to a third of its size"), or None: "fell to a third of voters" is a share."""
    verb = _VERB_TO_BEFORE.search(text, max(s_start, a - 24), a)
    if verb is None or _direction_phrases().get(verb.group(1).lower()) is not _DIRECTION_DECREASE:
        return None
    return verb.start() if _OF_A_LEVEL.match(text, b, s_end) else None


def _vague(text: str, a: int, b: int, s_start: int, s_end: int) -> _Draft | None:
    surface = " ".join(text[a:b].lower().split())
    lex = lexicon()
    scale = 1.0
    words = surface.split()
    if words[-1] in lex.scales and surface not in lex.vague:
        scale = lex.scales[words[-1]]
        surface = " ".join(words[:-1])
    low, high = lex.vague[surface]
    if scale != 1.0:  # "several hundred": several x hundred
        low, high = low * scale, high * scale
    reading = NumberReading(Span(a, b), None, Interval(low, high), _FORM_VAGUE)
    draft = _Draft(a, b, reading)
    unit = _OF.match(text, b, s_end)
    if unit:
        grown = _grow_right(text, draft._with(end=unit.end()), s_start, s_end)
        if not grown.bare:
            return _grow_left(text, grown._with(start=a), s_start)
    return _grow_left(text, _grow_right(text, draft, s_start, s_end), s_start)


def _single_unit(text: str, a: int, b: int, s_start: int, s_end: int) -> _Draft | None:
    """'a gallon', 'one kibibyte': one of a unit of measure. Not time ('a day' is a rate or an idiom)
    and not money or counts."""
    if _plain_word_after(text, b - 1, s_end):
        return None  # most "a" and "one" are followed by a plain word: a quicker test first
    if not _unit_match(text, b - 1, s_end):
        token = _UNIT_TOKEN.match(text, b - 1, s_end)
        if not (token and units.pint_unit(token.group(1))):
            return None  # most "a" and "one" are not followed by a unit: a quick test first
    reading = NumberReading(Span(a, b - 1), 1.0, Interval.point(1.0), _FORM_WORDS)
    draft = _grow_right(text, _Draft(a, b - 1, reading), s_start, s_end)
    if draft.bare or draft.kind is not None or draft.unit in ("dimensionless", "percent", "percentage_point"):
        return None
    kind = units.kind_of(draft.unit)
    if kind not in (_KIND_MEASURE, _KIND_MONEY, _KIND_DURATION) or draft.direction or draft.unit in TIME_UNITS:
        return None
    written = (draft.unit_text or "").lower()
    phrase = " ".join(text[a:b].lower().split()) + " " + written
    if not written.isalpha() or len(written) < 4 or phrase in _idioms_a_unit():
        return None  # "a PC", "a bit", "a ton of": not one unit of measure
    return _grow_left(text, draft, s_start)


@cache
def _idioms_a_unit() -> frozenset[str]:
    from quant.lexicon import iter_lines

    return frozenset(line.strip().lower() for section, _n, line in iter_lines("not_quantities_en.txt")
                     if section == "idiom_a_unit")


def _clock(text: str, a: int, b: int, s_start: int, s_end: int) -> _Draft | None:
    surface = text[a:b]
    if "." in surface:
        return _stopwatch(text, a, b, s_start, s_end)
    fields = [int(x) for x in surface.split(":")]
    ampm = patterns().clock_time.match(text, a)
    if ampm and ampm.group("ampm"):
        reading = NumberReading(Span(a, ampm.end()), None, Interval(float("-inf"), float("inf")), _FORM_TIME)
        return _Draft(a, ampm.end(), reading, kind=_KIND_DATE, date=surface, bare=False)
    rate = patterns().rate_after.match(text, b, s_end)
    timed = re.search(r"\b(?i:in|of|clocked|ran|run|finished|record|time|took|lasting|lasted)\s+(?:a\s+|an\s+)?\Z",
                      text[max(s_start, a - 20) : a])
    if len(fields) == 3 and timed:
        seconds = fields[0] * 3600 + fields[1] * 60 + fields[2]
    elif rate and (rate.group("joiner") or rate.group("word").lower()) in ("per", "a", "/") and fields[1] < 60:
        seconds = fields[0] * 60 + fields[1]  # a pace: 3:14 per kilometre
    elif re.search(r"\b(?i:at|by|from|until|till|before|after|around)\s+\Z", text[max(s_start, a - 10) : a]):
        reading = NumberReading(Span(a, b), None, Interval(float("-inf"), float("inf")), _FORM_TIME)
        return _Draft(a, b, reading, kind=_KIND_DATE, date=surface, bare=False)
    else:
        return None  # a time stamp or a score, not a quantity
    value = float(seconds)
    reading = NumberReading(Span(a, b), value, Interval(value - 0.5, value + 0.5), _FORM_TIME)
    draft = _Draft(a, b, reading, kind=_KIND_DURATION, unit="second", unit_text=None, bare=False)
    draft = _grow_rate(text, draft, s_end)
    return _grow_left(text, draft, s_start)


def _stopwatch(text: str, a: int, b: int, s_start: int, s_end: int) -> _Draft:
    """A time with hundredths, 3:39.84 or 2:05:41.3: minutes (or hours) and seconds, never a time of day."""
    whole, _, fraction = text[a:b].partition(".")
    fields = [int(x) for x in whole.split(":")]
    value = float(sum(f * 60**k for k, f in enumerate(reversed(fields)))) + float("0." + fraction)
    half = 0.5 * 10.0 ** -len(fraction)
    reading = NumberReading(Span(a, b), value, Interval(value - half, value + half), _FORM_TIME)
    draft = _Draft(a, b, reading, kind=_KIND_DURATION, unit="second", unit_text=None, bare=False)
    return _grow_left(text, _grow_rate(text, draft, s_end), s_start)


# --- growing right ----------------------------------------------------------------------------


def _unit_or_scale_attached(text: str, at: int, s_end: int) -> bool:
    pats = patterns()
    scale = pats.scale_after.match(text, at, s_end)
    if scale and scale.group("short"):
        return True
    unit = _unit_match(text, at, s_end)
    if unit is not None:
        return True
    token = _UNIT_TOKEN.match(text, at, s_end)
    if token and len(token.group(1)) >= 2 and units.pint_unit(token.group(1)):
        return True  # "1Ga", "50mL"
    return bool(_ATTACHED_SUFFIX.match(text, at, s_end))


#: marks after which no unit, scale, rate or direction word can follow a number: a quick refusal
_STOPS_GROWTH = frozenset(",;:.)!?")


#: a lower-case word after a number, then a space or a stop, and no rate after it or the word after it (what
#: _grow_rate reads between a number and "per": "12 seats per row", "3 new seats a year")
_QUIET_AFTER = re.compile(
    r"[ ](?!(?:for|on)[ ](?:every|each)[ ])"  # not "for every", "on each": a rate's joiner
    r"(?P<word>[a-z]++)(?=[ ,.;:!?)])"  # a space and a plain word: no digit, hyphen or symbol in or after it
    r"(?!\s+(?:per|an?|each)\s)(?!\s+[a-z][a-z-]{1,20}\s+(?:per|an?|each)\s)"  # no rate after one or two nouns
)


@cache
def _growth_words() -> frozenset[str]:
    """The first words (their a-z letters, lower-cased) of all that _grow_right reads after a space: scale words,
    unit names and symbols and the words before them, "times", "points", rate and direction words. After any
    other word (see _QUIET_AFTER), nothing grows unless pint reads the word as a unit."""
    surfaces = units.surfaces()
    directions = [w for (w, where) in _directions() if where == "after"]
    short_symbols = ["in", "L", "t", "W", "b", "C", "F"]  # _SHORT_SPACED's
    words = [*surfaces.scale, *surfaces.after_exact, *surfaces.after_folded, *surfaces.every, *UNIT_LEAD_WORDS,
             *directions, *short_symbols, "times", "point", "points", "pt", "pts", "per", "a", "an", "each", "every"]
    return frozenset(_leading_letters(w) for w in words)


def _leading_letters(word: str) -> str:
    """The a-z letters a word starts with, lower-cased; the letters a case-free pattern matches to an a-z
    letter count as that letter.

    >>> _leading_letters("km/h"), _leading_letters("Square metres"), _leading_letters("°C")
    ('km', 'square', '')
    """
    folded = word.replace("İ", "i").lower().replace("ſ", "s").replace("ı", "i").replace("\u212a", "k")
    return folded[: len(folded) - len(folded.lstrip("abcdefghijklmnopqrstuvwxyz"))]


def _plain_word_after(text: str, at: int, s_end: int) -> bool:
    """Whether a plain word follows (see _QUIET_AFTER): one that no scale, unit, rate or direction starts,
    and that pint does not read as a unit."""
    quiet = _QUIET_AFTER.match(text, at, s_end)
    return quiet is not None and _is_plain_word(quiet["word"])


@lru_cache(maxsize=4096)
def _is_plain_word(word: str) -> bool:
    """No scale, unit, rate or direction starts the word, and pint does not read it as a unit."""
    return word not in _growth_words() and units.pint_unit(word) is None


def _grow_right(text: str, draft: _Draft, s_start: int, s_end: int) -> _Draft:
    at = draft.end
    if at >= s_end or text[at] in _STOPS_GROWTH:
        return draft
    if text[at] == " " and draft.kind is None and draft.currency is None and draft.unit == "dimensionless":
        # "11 strike days", "190 school days", "46 working weeks": a time counted in days of a kind
        kind_of_time = _TIME_OF_A_KIND.match(text, at, s_end)
        if (kind_of_time and draft.number.value != 1 and kind_of_time.group(1) not in _function_words()
                and kind_of_time.group(1) not in units.surfaces().scale):  # not "10.45 million days"
            time_unit = units.surfaces().after(kind_of_time.group(2))
            if time_unit is not None and units.surfaces().after(kind_of_time.group(1)) is None:
                return draft._with(end=kind_of_time.end(), unit=time_unit, unit_text=kind_of_time.group(2), bare=False)
        if _plain_word_after(text, at, s_end):
            return draft  # most numbers: one pattern refuses what a dozen would
    pats = patterns()
    # scale words: 1.2 million, 2.5bn, 3k; "m" and "b" are million and billion only after a currency
    scale = pats.scale_after.match(text, at, s_end)
    if scale:
        word = scale.group("spelled") or scale.group("short")
        factor_value = units.surfaces().scale.get(word) or units.surfaces().scale.get(word.lower(), 0.0)
        if scale.group("spelled2"):
            factor_value *= units.surfaces().scale.get(scale.group("spelled2").lower(), 1.0)
        short = scale.group("short")
        if short in ("m", "b", "T") and draft.currency is None and not _million_meant(text, draft, scale):
            factor_value = 0.0
        if short == "K" and draft.currency is None and TEMPERATURE_CONTEXT.search(
            text, max(s_start, draft.start - CONTEXT_CHARS), min(s_end, scale.end() + CONTEXT_CHARS)
        ):
            factor_value = 0.0  # "573.15K" beside °C and °F: kelvin
        if factor_value:
            number = draft.number
            draft = draft._with(end=scale.end(), multiplier=factor_value, scaled=True, bare=False,
                            number=_scaled(number, factor_value))
            at = draft.end
    # multipliers written with digits: 5x, 10×; and "N times"
    if draft.kind is None:
        x = _TIMES_SIGN.match(text, at, s_end) if text[at : at + 1] in "x×" else None
        if x and draft.number.form is _FORM_DIGITS:
            return _grow_direction_after(text, draft._with(end=x.end(), kind=_KIND_MULTIPLIER, bare=False), s_end)
        times = pats.times_after.match(text, at, s_end) if text[at : at + 6] == " times" else None
        if times:
            rate = _grow_rate(text, draft._with(end=times.end(), bare=False), s_end)
            if rate.unit != "dimensionless":
                return rate._with(kind=None)  # "78,000 times a minute": a frequency
            value = draft.number.value
            if (times.group().strip() == "times" and value is not None and value == int(value)
                    and not text.endswith("by ", max(0, draft.start - 3), draft.start)
                    and _OCCASIONS_AFTER.match(text, times.end(), s_end)):
                return draft._with(end=times.end(), bare=False)  # "raised six times since March": a count
            return draft._with(end=times.end(), kind=_KIND_RATIO, bare=False)
    unit = _unit_match(text, at, s_end) or _spaced_short_unit(text, at, s_end)
    token = _UNIT_TOKEN.match(text, at, s_end) if _token_may_follow(text, at) else None
    if unit and token and token.end() > unit.end() and (found := units.pint_unit(token.group(1))):
        unit = None  # "kg/cm³": pint reads more than the table does
    if unit and not (draft.currency and (unit.group("attached") or unit.group("spaced")) in ("m", "M", "b", "B")):
        surface = unit.group("attached") or unit.group("spaced") or unit.group("temperature")
        expression = units.surfaces().after(" ".join(surface.split()))
        if surface == '"' and text.count('"', max(s_start, at - 2 * CONTEXT_CHARS), at) % 2:
            expression = None  # the quotation closes here: 'he said "it was 8"'
        end = unit.end()
        power = _POWER.match(text, end, s_end)
        if expression is not None and power:
            expression = f"({expression})**{2 if power.group().strip().lower() in ('^2', '2', '²', 'squared') else 3}"
            end = power.end()
        if expression == "lb" and ((draft.scaled and draft.multiplier >= 1e6) or (
                pats.money_before.search(text, max(s_start, draft.start - 30), draft.start)
                and not _OF.match(text, end))):
            expression = "GBP"  # "20 million pounds", "a fine of 5,000 pounds": money, not weight
        if expression in TIME_UNITS and surface == expression and draft.number.value != 1 and _noun_compound(text, end):
            expression = None  # "6 day centres", "3 week courses": a time word that names a kind of thing
        written = text[draft.number.span.start : draft.number.span.end]
        if expression is not None and surface[:1].isupper() and surface[1:2].islower() and draft.number.value and (
                _is_year(written, draft.number.value)):
            expression = None  # "the 2016 Stone Roses tour": a year before a name
        if expression is not None:
            if draft.currency and units.kind_of(expression) is _KIND_MONEY:
                draft = draft._with(end=end, unit_text=surface)  # "$5 USD": the code repeats the sign
                at = draft.end
            elif not draft.currency:  # "$800 stone": a sum of money is not multiplied by what follows it
                draft = draft._with(end=end, unit=expression, unit_text=surface, bare=False)
                at = draft.end
    elif token and not draft.currency and (found := units.pint_unit(token.group(1))):
        draft = draft._with(end=token.end(), unit=found, unit_text=token.group(1), bare=False)
        at = draft.end
    elif draft.number.form is not _FORM_VAGUE:
        points = _POINTS.match(text, at, s_end) if "p" in text[at : at + 2] else None
        # a share named in this sentence or the one before, no index named: near the number, as a sentence may
        # be a megabyte long
        near_start, near_end = max(s_start, draft.start - 2 * CONTEXT_CHARS), min(s_end, at + 2 * CONTEXT_CHARS)
        if points and PERCENT_CONTEXT.search(text, max(0, near_start - 300), near_end) and not INDEX_WORDS.search(
                text, near_start, near_end):
            draft = draft._with(end=points.end(), unit="percentage_point", unit_text=points.group().strip(),
                            bare=False)
            at = draft.end
    if draft.unit in TIME_UNITS:
        draft = _grow_compound_duration(text, draft, s_end)
        old = _OLD.match(text, draft.end, s_end)
        if old:
            draft = draft._with(end=old.end())
    draft = _grow_rate(text, draft, s_end)
    grown = _grow_direction_after(text, draft, s_end)
    if grown.end != draft.end and "/" not in grown.unit and grown.unit not in ("dimensionless", "percent"):
        return _grow_rate(text, grown, s_end)  # "about £153 more a year": the amount a year
    return grown


#: what follows "N times" when it counts occasions, not a factor: "raised six times since March", "twice
#: this year", "three times in a row"; not "six times last year's level"
_OCCASIONS_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|\Z|(?:since|in|during|so[ ]far|already|before|after|between|when|while|each|every|running"
    r"|(?:this|last)(?![ ]\w+'s\b))\b)"
)
_POWER = re.compile(r"\^[23]|[²³]|[ ](?i:squared|cubed)\b")
_SHORT_SPACED = re.compile(
    r"(?P<attached>(?!x)x)?[ \u00a0](?:(?P<spaced>(?:in|L|t|W|b)"
    r"(?=\s*(?:[.,;:)!?]|\Z|of\b|(?:thick|long|wide|high|tall|deep|across|in\s+diameter)\b))"
    r"|(?<=\d[ \u00a0])t(?=[ \u00a0][a-z]))"  # "40 t shipped": after digits, before a lower-case word
    r"|(?P<temperature>C|F)(?![\w°])(?!\s+[A-Z0-9]))"
)


def _scaled(number: NumberReading, factor: float) -> NumberReading:
    """The number times a scale ("2.5bn", "per 100,000"), its value cleaned of binary noise and its interval
    kept around it: a 40-digit number times a billion must not fall an ulp outside its own interval."""
    value = None if number.value is None else clean(number.value * factor)
    interval = number.interval.scale(factor)
    if value is not None and not interval.contains(value):
        interval = interval.hull(Interval.point(value))
    return NumberReading(number.span, value, interval, number.form)


def _unit_match(text: str, at: int, s_end: int) -> re.Match[str] | None:
    """The longest unit surface at ``at``, case-sensitive symbols and case-free names alike."""
    pats = patterns()
    exact = pats.unit_exact.match(text, at, s_end)
    folded = pats.unit_folded.match(text, at, s_end)
    if exact and folded:
        return exact if exact.end() >= folded.end() else folded
    return exact or folded


def _noun_compound(text: str, at: int) -> bool:
    """A plural noun right after a time unit in the singular: "day centres", "hour shifts" (not "day trip")."""
    word = _SPACED_WORD.match(text, at)
    if word is None:
        return False
    noun = word.group(1)
    return noun.islower() and len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _spaced_short_unit(text: str, at: int, s_end: int) -> re.Match[str] | None:
    """A one- or two-letter unit after a space, only where no word follows it: "2 in.", "3 to 4 L of"."""
    after_x = at + 1 if text[at : at + 1] == "x" else at
    if text[after_x : after_x + 1] not in " \u00a0" or text[after_x + 1 : after_x + 2] not in "iLtWbCF":
        return None  # the quick refusal of _SHORT_SPACED: no space, or no symbol after it
    match = _SHORT_SPACED.match(text, at, s_end)
    if match and match.group("spaced") == "in" and text[match.end() : match.end() + 3].strip().startswith("of"):
        return None
    return match


_JOINED_NEXT = re.compile(r"\s*(?:-|–|to|or)\s*\w")  # "one to two", "one-"
_OF = re.compile(r"\s+of\s+")  # "dozens of"
_ATTACHED_SUFFIX = re.compile(r"(?:x|×|pp|st|nd|rd|th|s)\b")  # "5x", "4pp", "21st", "1990s"
_TIMES_SIGN = re.compile(r"[x×](?![A-Za-z0-9])")  # "5x"
_POINTS = re.compile(
    r"""[ ]?(?:points?|pts?)\b                    # "4 points", "12 pts"
      | -point(?=[ ](?:lead|gap|margin|swing|advantage|deficit  # "a 3-point lead" (not "three-point range":
          |drop|fall|rise|jump|gain|cut|increase|decrease        # basketball), "a 0.3-point cut",
          |upgrade|downgrade)\b)                                # "a 0.2-point downgrade"
    """,
    re.VERBOSE,
)
_OLD = re.compile(r"-old\b")  # "45-year-old"
_OF_A_SCALE = re.compile(r"[ ](?:of[ ])?(?i:an?)[ ](?P<scale>(?i:dozen|hundred|thousand|million|billion|trillion))\b")
_OF_A_UNIT = re.compile(r"[ ](?:of[ ])?(?i:an?)(?=[ ])")  # "a tenth of a second", "half an hour"
_NAME_COMMA_BEFORE = re.compile(r"(?<![A-Za-z.])(?P<name>[A-Z][a-z]++(?:-[A-Z][a-z]++)?+),[ ]\Z")  # "Lenz, " + age
_CODE_BEFORE_DIGITS = re.compile(r"(?<![\d.,])0\d++(?:[ -]\d++){0,3}[ -]\Z")  # "0800 555 " before "0199"
_SPACED_WORD = re.compile(r" ([A-Za-z]+)")  # the word after a space
#: a noun or adjective, then a unit of time: " strike days", " working weeks", " crew hours"
_TIME_OF_A_KIND = re.compile(r"[ ]([a-z]{3,12})[ ](days|weeks|months|years|hours)\b(?![ -](?:old|ago|earlier|later)\b)")
_SMALLER_TIME = re.compile(r"(?:\s+and)?\s+(\d{1,2})\s+(minutes?|mins?|seconds?|secs?|hours?)\b")  # "1 hour 50 minutes"
_THAN = re.compile(r"\s+than\b")  # "more than"
_TO_OR_FROM = re.compile(r"\s+(?:to|from)\b")  # "up to", "up from"
_NEXT_TOKEN = re.compile(r"\s*([A-Za-z]+|[^\sA-Za-z]?)")  # the next word or mark
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)")
_DECADE_S = re.compile(r"'?s\b")  # "1990s", "1990's"
_ORDINAL_AFTER = re.compile(  # "21st", "second-largest", "third-quarter"
    r"(?:st|nd|rd|th)\b|-(?:largest|biggest|highest|lowest|most|best|worst|ranked|placed|quarter|half)\b"
)
_LETTER_HYPHEN_END = re.compile(r"[A-Za-z][-−]\Z")  # "F-", "COVID-" before digits
_PART_OF_A_YEAR = re.compile(r"\b(?i:mid|early|late)-\Z")  # "mid-2026", "early-2025": a year, not a name
_PERIOD_HALF_BEFORE = re.compile(r"\b(?:first|second|third|fourth|final|last|other|the)\s+\Z")  # "the second half"
#: "by a third", "down a fifth at"
_FRACTION_LEAD_BEFORE = re.compile(r"\b(?:by|about|nearly|roughly|almost|around|than|over|just|down|up)\s+\Z")
_RUN_WORDS = frozenset({"consecutive", "straight", "successive", "running"})
BETWEEN_CHARS = 16  #: "between" and what may stand before a range's first number: "between US$ "
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[^\w\s]{1,3}|[A-Z]{3}\s?)?\Z", re.IGNORECASE)  # "between 20 and 30"
_UNIT_TOKEN = re.compile(r"[ \u00a0]?([A-Za-zµμΩ°][A-Za-z0-9µμΩ°^/*·²³_]{0,24}(?:[-−]\d)?)(?![\w-])")


def _token_may_follow(text: str, at: int) -> bool:
    """The quick refusal of _UNIT_TOKEN at ``at``: a letter (µ, μ and Ω are letters) or °, perhaps after a space."""
    first = text[at : at + 1]
    if first == " " or first == "\u00a0":
        first = text[at + 1 : at + 2]
    return first.isalpha() or first == "°"


#: unit symbols that are also short English words or letters: after a number they are words
_SHORT_WORD_SYMBOLS = frozenset(("in", "t", "s", "h", "l", "p", "C", "F", "B", "b", "W", "g"))


def _million_meant(text: str, draft: _Draft, scale: re.Match[str]) -> bool:
    """'1.2m tons', '2.7m people': million, not metres; '100m' alone stays metres."""
    written = text[draft.number.span.start : draft.number.span.end]
    if "." in written:
        return True
    following = _SPACED_WORD.match(text, scale.end())
    if following is None or following.group(1) in _SHORT_WORD_SYMBOLS:
        return False  # "ran 100m in 9.58 seconds": "in" is a preposition, not inches
    return units.surfaces().after(following.group(1)) is not None


def _grow_compound_duration(text: str, draft: _Draft, s_end: int) -> _Draft:
    """1 hour 50 minutes -> 110 minutes; 2 hours 6 minutes 30 seconds -> 7,590 seconds."""
    for _ in range(2):  # at most three units: hours, minutes, seconds
        more = _SMALLER_TIME.match(text, draft.end, s_end)
        if more is None or draft.number.value is None:
            return draft
        small = units.surfaces().after(more.group(2))
        if small is None:
            return draft
        ratio = units.factor(draft.unit, small)
        if ratio is None or ratio <= 1:
            return draft
        value = draft.number.value * ratio + float(more.group(1))
        reading = NumberReading(Span(draft.number.span.start, more.end()), value, Interval.point(value), _FORM_DIGITS)
        draft = draft._with(end=more.end(), number=reading, unit=small, unit_text=None)
    return draft


#: what a measure is of, between it and its denominator: "40 litres of water a day"
_OF_STUFF_THEN_RATE = re.compile(r"[ ]of[ ]([A-Za-z][A-Za-z0-9-]{1,20})(?=[ ](?:per|an?|each)[ ])")  # "of CO2 a year"


def _per_head_per_time(text: str, rate: re.Match[str], denominator: str | None, s_end: int) -> re.Match[str] | None:
    """'per person a day', 'a head each day': a count below the line, then a time; the second rate."""
    rest = rate.group("rest")
    if denominator is not None or not rest[:1].isalpha() or rate.group("base"):
        return None
    second = patterns().rate_after.match(text, rate.start("rest") + len(rest.split()[0]), s_end)
    if second is None or second.group("base") or _denominator(second.group("rest"))[0] not in TIME_UNITS:
        return None
    return second


def _grow_rate(text: str, draft: _Draft, s_end: int) -> _Draft:
    """A denominator: "a day", "per 100,000 people", "per square metre", "/year"."""
    pats = patterns()
    at = draft.end
    nouns = ""
    if draft.unit == "dimensionless" and draft.kind is None:
        between = pats.nouns_then_rate.match(text, at, s_end)
        if between and not any(w in _function_words() for w in between.group(1).split()):
            nouns = between.group(1)
            at = between.end()
    elif draft.unit != "dimensionless" and draft.currency is None:
        stuff = _OF_STUFF_THEN_RATE.match(text, at, s_end) if text[at : at + 4] == " of " else None
        if stuff and stuff.group(1).lower() not in _function_words():
            at = stuff.end()
    rate = pats.rate_after.match(text, at, s_end) if _rate_may_follow(text, at) else None
    if rate is None:
        return _every(text, draft, s_end) or _for_each_of(text, draft, s_end)
    joiner = _joiner(rate)
    rest = rate.group("rest")
    base = rate.group("base")
    denominator, used = _denominator(rest)
    per_time = _per_head_per_time(text, rate, denominator, s_end)
    if per_time is not None:  # "12.5 litres per person a day": litres a day, for each person
        rate = per_time
        joiner, rest, base = _joiner(rate), rate.group("rest"), rate.group("base")
        denominator, used = _denominator(rest)
    if denominator is None:
        if joiner != "per" or (draft.currency is None and draft.unit != "dimensionless"):
            return draft
        if not rest[:1].isalpha():
            return draft
        used = rest.split()[0]  # per resident, per teacher, per capita: a count below the line
        denominator = "dimensionless"
    if joiner in ("a", "an", "each", "every"):
        if base or denominator == "dimensionless":
            return draft
        timed = denominator in TIME_UNITS or units.kind_of(denominator) is Kind.DURATION
        if timed and RELATIVE_AFTER_A.match(text, rate.start("rest") + len(used)):
            return draft  # "a year earlier", "a decade ago": a date, not a rate
    if joiner == "/" and denominator == "dimensionless":
        return draft
    end = rate.start("rest") + len(used)
    factor_value = parse_digits(base) if base else 1.0
    if factor_value == 0:
        return draft
    numerator = draft.unit
    unit = numerator if denominator == "dimensionless" else (
        f"1/{denominator}" if numerator == "dimensionless" else f"{numerator}/({denominator})"
    )
    kind = draft.kind
    if denominator == "dimensionless" and numerator == "dimensionless":
        kind = _KIND_RATIO
    number = draft.number
    if factor_value != 1.0:
        number = _scaled(number, 1 / factor_value)
    del nouns
    return draft._with(end=end, unit=unit, kind=kind, number=number, bare=False,
                   multiplier=draft.multiplier / factor_value)


#: a word right after an amount, before a stop or a preposition: "daily" in "£160,000 daily,", not in "a €4 daily fee"
_ADVERB_AFTER = re.compile(
    r"[ ](?P<word>[a-z]{5,9})"
    r"(?=[,.;:)]|\Z|[ ](?:and|or|in|for|on|at|to|from|with|until|by|since|over|during|through)\b)"  # no noun after
)


def _every(text: str, draft: _Draft, s_end: int) -> _Draft | None:
    """'around £160,000 daily', 'C$600m annually': an amount a time-adverb makes a rate of (the [every] section of
    the unit surfaces); not a percentage ("rose 3% annually" is a change), nor a count of no unit."""
    if draft.unit in ("percent", "percentage_point") or draft.direction is not None:
        return None
    if draft.unit == "dimensionless" and draft.currency is None:
        return None
    adverb = _ADVERB_AFTER.match(text, draft.end, s_end)
    per = units.surfaces().every.get(adverb["word"]) if adverb else None
    if adverb is None or per is None:
        return None
    unit = f"{draft.unit}/{per}" if "/" not in draft.unit else None
    if unit is None:
        return None
    return draft._with(end=adverb.end(), unit=unit, bare=False)


def _joiner(rate: re.Match[str]) -> str:
    """The word or mark joining a rate's denominator, "for every" and "on each" (and the like) read as "per"."""
    joiner = rate.group("joiner") or rate.group("word").lower()
    return "per" if joiner.startswith(("for", "on")) else joiner


def _rate_may_follow(text: str, at: int) -> bool:
    """The quick refusal of rate_after at ``at``: "/", "-", or spaces then "per", "a", "an", "each", "every",
    "for every" or "on every" (their first letters, in either case)."""
    first = text[at : at + 1]
    if first in _RATE_FIRST or first == "/" or first == "-":
        return True
    return first.isspace() and (text[at + 1 : at + 2] in _RATE_FIRST or text[at + 1 : at + 2].isspace())


_RATE_FIRST = frozenset("pPaAeEfFoO")

#: "$140,000 for each of its 400 miles": a measure of each of a number of units, stated after it
_FOR_EACH_OF = re.compile(
    r"[ ](?:for|on|per)[ ]each[ ]of[ ](?:(?:its|their|the|his|her|our|these|those)[ ])?"
    r"(?:\d[\d,.]*+|[a-z]++)[ ](?P<noun>[A-Za-z]++)"
)


def _for_each_of(text: str, draft: _Draft, s_end: int) -> _Draft:
    """A sum or measure 'for each of' N units is per unit; the N units stay a claim of their own."""
    if draft.unit == "dimensionless" or "/" in draft.unit or draft.kind is not None:
        return draft
    match = _FOR_EACH_OF.match(text, draft.end, s_end) if " each " in text[draft.end : draft.end + 10] else None
    denominator = units.surfaces().after(match.group("noun")) if match else None
    if denominator is None or units.kind_of(denominator) is _KIND_MONEY:
        return draft
    return draft._with(unit=f"{draft.unit}/({denominator})")


def _denominator(rest: str) -> tuple[str | None, str]:
    """The unit at the start of ``rest`` and the text it used."""
    words = rest.split()
    for count in (2, 1):
        if len(words) >= count:
            candidate = " ".join(words[:count])
            for trimmed in (candidate, candidate.rstrip("'’s")):
                unit = units.surfaces().after(trimmed)
                if unit is None and count == 1 and len(trimmed) > 4:
                    unit = units.pint_unit(trimmed)  # "per hectolitre": a unit pint reads, our table lacks
                if unit is not None and trimmed not in _SHORT_WORD_SYMBOLS:
                    used = rest[: rest.index(words[count - 1]) + len(trimmed.split()[-1])]
                    return unit, used
    return None, ""


def _grow_direction_after(text: str, draft: _Draft, s_end: int) -> _Draft:
    end = draft.end
    if text[end : end + 1] == "-" and draft.unit == "dimensionless" and draft.kind is None:
        noun = _HYPHEN_NOUN.match(text, end, s_end)  # "a nine-seat gain": the count's noun, then the direction
        end = noun.end() if noun else end
    match = patterns().direction_after.match(text, end, s_end) if text[end : end + 1] == " " else None
    if match is None and draft.kind is not _KIND_DATE and text.startswith(" over ", end):
        over = _OVER_A_BUDGET.match(text, end, min(s_end, end + 60))  # "some 15% over its original budget"
        if over is not None:
            return draft._with(end=over.end(), direction=draft.direction or _DIRECTION_INCREASE)
    if match is None or draft.kind is _KIND_DATE:
        return draft
    word = " ".join(match.group("word").lower().split())
    direction = _directions().get((word, "after"))
    if direction is None:
        return draft
    if word in ("upgrade", "downgrade") and draft.unit not in ("percent", "percentage_point"):
        return draft  # "a £2.2 billion upgrade": a project; "a 0.3-point upgrade": a change of a forecast
    if word in ("more", "less", "fewer") and _THAN.match(text, match.end()):
        pass
    elif word == "up" and _TO_OR_FROM.match(text, match.end()):
        return draft
    return draft._with(end=match.end(), direction=draft.direction or direction)


#: " over" before "its original budget", "the target": an overrun of an amount aimed at, not a span of time
_OVER_A_BUDGET = re.compile(
    r"""[ ]over(?=[ ](?:its|the|their|a|his|her)[ ]      # " over its"
        (?:[a-z]+[ ]){0,2}?                               # "original "
        (?:budget|target|estimate|forecast|plan|cap|limit)s?\b)  # the amount aimed at
    """,
    re.VERBOSE,
)
#: "-seat" in "a nine-seat gain": a hyphen and the noun a count is of, before a word of direction
_HYPHEN_NOUN = re.compile(r"-[a-z]{2,20}(?=[ ])")


def _ratio_word_stands(text: str, a: int, b: int, s_end: int) -> bool:
    """'double', 'twice' as a factor: 'double the seven', 'twice as many', not 'double-digit'."""
    if text[b : b + 1] == "-":
        return False
    nxt = _next_word(text, b, s_end)
    return nxt in {"the", "its", "their", "his", "her", "that", "those", "what", "as", "from", "in", "to",
                   "over", "since", "last", "a", "an", "", "this", "our", "than"}


# --- growing left -----------------------------------------------------------------------------


@cache
def _currency_last_characters() -> frozenset[str]:
    return frozenset(symbol[-1] for symbol in units.surfaces().before)


def _grow_left_currency(text: str, draft: _Draft, s_start: int) -> _Draft:
    lasts = _currency_last_characters()
    if text[draft.start - 1 : draft.start] not in lasts and text[draft.start - 2 : draft.start - 1] not in lasts:
        return draft  # no currency sign ends at the number, nor one space before it
    window_start = max(s_start, draft.start - 8)
    match = patterns().currency_before.search(text, window_start, draft.start)
    if match is None:
        return draft
    symbol = match.group("cur")
    if symbol[-1:].isalpha() and match.start() > s_start and text[match.start() - 1].isalnum():
        return draft
    code = units.surfaces().before[symbol]
    return draft._with(start=match.start(), currency=code, unit=code, unit_text=symbol, bare=False)


_OPENERS = "([\"'“‘"
_FACTOR_OF = re.compile(r"\b(?i:an?[ ]factor[ ]of)[ ]\Z")  # "by a factor of " before a number
_DETERMINERS = frozenset("the a an its their his her our about some nearly roughly around".split())
_CUES = frozenset(
    "from to of than against versus vs vs. by at on over in totalling totaling reaching reached or".split()
) | {"compared with", "compared to", "out of"}
@cache
def _by_verbs() -> dict[str, Direction]:
    """Verbs whose object's change follows "by" (data/changes_en.tsv, where "by"): "cut", "put up"."""
    return {word: d for (word, where), d in _directions().items() if where == "by"}


#: adverbs between a change word and its number: "rose by only 2%", "fell just 3%"
_ONLY_WORDS = frozenset({"only", "just", "merely", "barely"})
#: words between a verb of change and its amount that say the change comes on top of another: "by a further 3%"
_FURTHER_WORDS = frozenset({"another", "further", "additional", "extra"})

_ADVERBS = _ONLY_WORDS | _FURTHER_WORDS

#: verbs whose "up to" is part of the verb: "add up to" states a total, not an upper bound
_ADDING_VERBS = frozenset("add adds added adding".split())
#: verbs whose "up" is a particle of movement: "edged up to 11.8%" reached 11.8%, not "at most 11.8%"
_UP_PARTICLE_VERBS = _ADDING_VERBS | frozenset(
    "edge edges edged edging inch inches inched inching creep creeps crept creeping tick ticks ticked ticking"
    " nudge nudges nudged nudging move moves moved moving go goes went gone going come comes came coming"
    " shoot shoots shot shooting push pushes pushed pushing step steps stepped stepping bump bumps bumped"
    " drift drifts drifted drifting ratchet ratchets ratcheted ratcheting".split()
)

#: verbs whose "up" or "down" is part of the verb, not a direction ("made up 38% of", "set up 12 clinics")
_PARTICLE_VERBS = frozenset(
    "make makes made making take takes took taking set sets setting sign signs signed signing"
    " put puts putting turn turns turned turning shut shuts shutting shoot shoots shot shooting"
    " knock knocks knocked knocking tear tears tore torn tearing bring brings brought bringing"
    " draw draws drew drawn drawing".split()  # "would draw down 2.6 billion cubic metres": the amount withdrawn
)


def _words_before(window: str, cut: bool) -> list[str]:
    """The words of ``window``, lower-cased, opening brackets and quotes dropped, the first dropped if ``cut``
    (the window cut a word in two); _word_start finds where one begins."""
    words = [token.lstrip(_OPENERS).lower() for token in window.split()]
    if cut and words:
        words.pop(0)
    return words


def _word_start(window: str, cut: bool, index: int) -> int:
    """Where word ``index`` of _words_before(window, cut) begins in the window."""
    tokens = window.split()
    if cut and tokens:
        index += 1  # the cut word, dropped from the words
    at = 0
    for token in tokens[:index]:
        at = window.find(token, at) + len(token)
    token = tokens[index]
    return window.find(token, at) + len(token) - len(token.lstrip(_OPENERS))


def _phrase_at_end(
    words: list[str], end: int, table: Collection[str], lengths: dict[str, tuple[int, ...]],
    longest: int = 4,
) -> int:
    """How many of the words before ``end`` form a phrase of the table (0 if none); ``lengths`` gives, for
    the last word of its phrases, their lengths in words, longest first: a quick refusal before any join."""
    if not end:
        return 0
    counts = lengths.get(words[end - 1])
    if counts is None:
        return 0
    for count in counts:
        if count <= longest and count <= end and " ".join(words[end - count : end]) in table:
            return count
    return 0


@cache
def _final_words() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], dict[str, tuple[int, ...]],
                            frozenset[str]]:
    """For the qualifier, direction and cue phrases, their last words with the lengths of the phrases each
    ends (see _phrase_at_end); and every word before a number that _grow_left acts on: those last words,
    and the words it skips to reach them."""

    def lengths(phrases: Collection[str]) -> dict[str, tuple[int, ...]]:
        found: dict[str, set[int]] = {}
        for phrase in phrases:
            parts = phrase.split(" ")
            found.setdefault(parts[-1], set()).add(len(parts))
        return {last: tuple(sorted(counts, reverse=True)) for last, counts in found.items()}

    qualifiers, directions, cues = lengths(_qualifier_words()), lengths(_direction_phrases()), lengths(_CUES)
    skipped = {"a", "an", "by", "between"} | _DETERMINERS | _ONLY_WORDS | _FURTHER_WORDS
    return qualifiers, directions, cues, frozenset(qualifiers) | set(directions) | set(cues) | skipped


def _grow_left(text: str, draft: _Draft, s_start: int) -> _Draft:
    start = draft.start
    if draft.bare and draft.kind is None and text[start - 2 : start] in ("f ", "F "):
        factor = _FACTOR_OF.search(text, max(s_start, start - 24), start)
        if factor:  # "grew by a factor of three": a multiplier; its verb is read below
            draft = draft._with(start=factor.start(), kind=_KIND_MULTIPLIER, bare=False)
            start = draft.start
    window_start = max(s_start, start - 60)
    if window_start == start or not text[start - 1].isspace():
        return draft
    cut = window_start > 0 and not text[window_start - 1].isspace()
    found = _left_phrases(text[window_start:start], cut, draft.qualifier, draft.direction,
                          draft.unit in ("percent", "percentage_point"))
    if found is None:
        return draft
    offset, qualifier, direction, cue = found
    if direction is not None and draft.direction is None and _SCORE_AFTER.match(text, draft.end) and (
        _BEAT_BY.search(text, window_start, start)
    ):
        direction = None  # "beat Ostrick by 34 points to 17": a score, not a margin
    if direction is not None and draft.direction is None and _LEFT_AS_A_GAP.search(text, window_start, start):
        return draft  # "leaving a shortfall of $36.5m": what is left, not a change
    if direction is not None and draft.direction is None and draft.kind is _KIND_RATIO and text.endswith(
        (" as many", " as much"), draft.start, draft.end
    ):
        return draft  # "had lost three times as many vehicles as": a comparison of two counts, not a fall
    start = window_start + offset
    cue = cue or draft.cue
    if (start, qualifier, direction, cue) == (draft.start, draft.qualifier, draft.direction, draft.cue):
        return draft
    values = list(draft)  # _with's copy, its four fields set by position: half the cost of naming them
    values[_DRAFT_START], values[_DRAFT_QUALIFIER], values[_DRAFT_DIRECTION], values[_DRAFT_CUE] = (
        start, qualifier, direction, cue)
    return tuple.__new__(_Draft, values)


#: "leaving a shortfall of ": a gap named as what is left
_LEFT_AS_A_GAP = re.compile(r"\b(?i:leaving|leaves|left)[ ]a[ ]shortfall[ ]of[ ]\Z")
#: " points to 17", " to 1": the loser's score after the winner's
_SCORE_AFTER = re.compile(r"(?:[ ][a-z]{1,12})?[ ]to[ ]\d")
#: "beat Ostrick by ": a win by a score (the verbs of a win in the change words)
_BEAT_BY = re.compile(r"\b(?:beat|beats|beating)\b[^,.;]{0,40}\bby[ ]\Z")


@lru_cache(maxsize=4096)
def _left_phrases(
    window: str, cut: bool, qualifier: str | None, direction: Direction | None, percent: bool
) -> tuple[int, str | None, Direction | None, str | None] | None:
    """The qualifier, direction and cue phrases that end ``window``, the words before a number (``cut``: its
    first word cut in two), given the draft's qualifier and direction so far and whether its unit is a percent:
    where in the window the mention now starts, its qualifier, its direction and a cue found (None if none),
    or None where nothing can end there. Cached: a pure function of a short string, and the same phrases
    recur before numbers throughout a document."""
    qualifier_ends, direction_ends, cue_ends, triggers = _final_words()
    tokens = window.rsplit(maxsplit=1)  # the last word is enough here
    last = tokens[-1] if tokens else ""
    if not last or (
        last.lstrip(_OPENERS).lower() not in triggers
        and not last.endswith(("'s", "’s"))
        and last.lower() not in _LEVEL_ADJECTIVES
    ):
        return None  # a quick refusal: no phrase below can end at the word before (or a possessive)
    words = _words_before(window, cut)
    end = len(words)  # the words before ``end`` are not yet part of the mention
    start = len(window)
    had_direction = direction is not None
    qualifiers = _qualifier_words()
    directions = _direction_phrases()
    for _ in range(3):
        if qualifier is None:
            skip = 1 if end and words[end - 1] in ("a", "an") else 0
            count = _phrase_at_end(words, end - skip, qualifiers, qualifier_ends)
            if skip and not (had_direction or percent):
                count = 0  # "over a 148 km route": a preposition before a noun's measure; "nearly a 20% drop" qualifies
            if (count == 2 and end > skip + 2 and words[end - skip - 2] == "up"
                    and words[end - skip - 3] in _UP_PARTICLE_VERBS):
                count = 0  # "the grants add up to 9,000": a total, not a most; "edged up to 11.8%": a level
            if count:
                qualifier = qualifiers[" ".join(words[end - skip - count : end - skip])]
                end -= skip + count
                start = _word_start(window, cut, end)
                continue
        if direction is None:
            adverb = _adverb_words(words, end)  # "has risen by only $1,500", "cut by a further 132 million tonnes"
            by = 1 if end > adverb and words[end - 1 - adverb] in ("by", "between") else 0
            skip = adverb + by  # "rose by 5%"; not "made up of"
            count = _phrase_at_end(words, end - skip, directions, direction_ends)
            if count == 1 and end > skip + 1 and words[end - skip - 2] in _PARTICLE_VERBS:
                count = 0  # "made up 38% of all loans", "took up 12%": a share, not a change
            if count:
                direction = directions[" ".join(words[end - skip - count : end - skip])]
                end -= skip + count
                start = _word_start(window, cut, end)
                continue
            if by and words[end - 1 - adverb] == "by":
                verb_words = words[max(0, end - BY_VERB_WORDS - 1 - adverb) : end - 1 - adverb]
                direction = _verb_before_by(verb_words, directions)
        break
    cue = None
    skip = 1 if end and words[end - 1] in _DETERMINERS else 0
    if not skip and end and (words[end - 1].endswith(("'s", "’s")) or words[end - 1] in _LEVEL_ADJECTIVES):
        skip = _possessive_words(words, end)  # "from last season's 3.6 million", "from their current £19.6m"
    count = _phrase_at_end(words, end - skip, _CUES, cue_ends, longest=2)
    if count:
        cue = " ".join(words[end - skip - count : end - skip])
    return start, qualifier, direction, cue


#: adjectives between a reference cue and a level: "from their current £19.6m", "than the previous 41"
_LEVEL_ADJECTIVES = frozenset(
    "current previous present existing original earlier former peak record initial usual normal typical".split()
)


def _possessive_words(words: list[str], end: int) -> int:
    """How many words before ``end`` of a possessive stand between a reference cue and a number: "from last
    season's", "than the previous year's", "against 2024's" (at most three, the last ending in 's)."""
    for count in range(1, min(3, end - 1) + 1):
        word = words[end - count - 1]
        if word in ("from", "than", "against", "versus", "vs", "vs."):
            return count
        if not word.isalnum():
            return 0
    return 0


def _adverb_words(words: list[str], end: int) -> int:
    """How many words before ``end`` stand between a number and a verb of change: 'only', 'another', 'a further'."""
    if not end or words[end - 1] not in _ADVERBS:
        return 0
    return 2 if words[end - 1] in _FURTHER_WORDS and end > 1 and words[end - 2] in ("a", "an") else 1


#: how many words before "by" its verb may stand: "cut the cod quota in the Norrsea for 2026 by 21%"
BY_VERB_WORDS = 10


def _verb_before_by(words: list[str], directions: dict[str, Direction]) -> Direction | None:
    """The direction of the verb a few words before "by", in the same clause: "cut their output by 11%",
    "grow sales by 35 per cent", "put up its share of the tax by 4.99%" (a verb with its particle)."""
    by_verbs = _by_verbs()
    if words and words[-1].endswith(","):
        return _verb_before_adverbs(words, directions)
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word[-1:] in ",.;:":
            return None
        if word in ("up", "down", "back"):
            found = by_verbs.get(f"{words[k - 1]} {word}") if k else None
            if found:
                return found
            continue  # "up" or "down" alone is no verb: "the bill, up 3%, ... by"
        found = by_verbs.get(word) or directions.get(word)
        if found and (word not in ("higher", "lower") or (word == "lower" and k and words[k - 1] in _MODALS)):
            return found  # "will lower its price cap by 7%"; not "prices were lower by 7%"
    return None


#: words before a verb's bare form: "will lower", "to lower"
_MODALS = frozenset("will would shall should can could may might must to did does do not".split())

#: words of degree in an adverb phrase after a verb: "fell more modestly, by 6%"
_DEGREE_WORDS = frozenset({"more", "less", "much", "far", "still", "again", "too"})


def _verb_before_adverbs(words: list[str], directions: dict[str, Direction]) -> Direction | None:
    """'fell more modestly, by 6%', 'rose, by 3%': a verb of change, then at most three adverbs, and a
    comma right before "by"."""
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        word = words[k].rstrip(",") if k == len(words) - 1 else words[k]
        found = _by_verbs().get(word) or directions.get(word)
        if found and word not in ("higher", "lower"):
            return found
        if not (word.endswith("ly") or word in _DEGREE_WORDS) or word[-1:] in ",.;:":
            return None
    return None


@cache
def _direction_phrases() -> dict[str, Direction]:
    return {" ".join(w.split()): d for (w, where), d in _directions().items() if where == "before"}


# --- tests on the surroundings ----------------------------------------------------------------


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w for words in cached_word_lists("function_words_en.txt").values() for w in words)


def _next_word(text: str, at: int, s_end: int) -> str:
    match = _NEXT_TOKEN.match(text, at, s_end)
    return match.group(1).lower() if match else ""


def _is_identifier(text: str, a: int, s_start: int) -> bool:
    if a == s_start or not text[a - 1].isspace():
        return False  # a head word is followed by a space
    lo = max(s_start, a - 20)
    if not _ends_in_head(text[lo:a]):
        return False  # a quick refusal: the letters that end the word before are no head word
    match = _HEAD_BEFORE.search(text, lo, a)
    return bool(match and match.group(1) in _not_quantities()[0])


@lru_cache(maxsize=4096)
def _ends_in_head(window: str) -> bool:
    """Whether the letters that end the last word of ``window`` are an identifier's head word ("Article")."""
    words = window.rsplit(None, 1)
    word = words[-1] if words else ""
    return word[len(word.rstrip(_LETTERS_AND_POINT)) :] in _not_quantities()[0]


_LETTERS_AND_POINT = string.ascii_letters + "."


def _word_before(text: str, lo: int, hi: int) -> str:
    """The last word of text[lo:hi]: its last run of characters other than spaces ("" if none)."""
    words = text[lo:hi].rsplit(None, 1)
    return words[-1] if words else ""


def _is_code(text: str, a: int, b: int, s_start: int) -> bool:
    """Digits of a telephone number or code: "0800 555 0199", "020 7946 0123" (a leading zero)."""
    if text[a] == "0" and 1 < b - a <= 5 and text[a + 1].isdigit():
        return True  # "0800", "0401 GMT": no count is written with a leading zero
    return a - 2 >= s_start and text[a - 1] in " -" and text[a - 2].isdigit() and bool(
        _CODE_BEFORE_DIGITS.search(text, max(s_start, a - 24), a))


def _is_appositive_age(text: str, a: int, b: int, s_start: int, value: float) -> bool:
    """A person's age set off by commas after a name: "Maria Lenz, 82, still works"."""
    if text[b : b + 1] != "," or not text[a:b].isdigit() or not 0 < value < 120:
        return False
    if text.endswith(", now ", max(s_start, a - 6), a):
        return True  # "The twins, now 19, spent": a person's age as it is now
    match = _NAME_COMMA_BEFORE.search(text, max(s_start, a - 30), a)
    if match is None:
        return False
    if match.start("name") == s_start and not _VERB_AFTER_AGE.match(text, b):
        return False  # "Maddon, 66, has", but a first word is a name only before a verb: not "Overall, 45, 60"
    name = match.group("name").lower()
    return name not in _months()[0] and name not in _function_words()


_VERB_AFTER_AGE = re.compile(
    r",[ ](?:has|had|is|was|said|says|who|will|would|told|added|died|lives|now"
    r"|[a-z]{2,}ed|won|swam|ran|took|made|became|began|left|led|set|broke|came|went|gave|held|wrote|rode|flew)\b"
)


def _is_idiom(text: str, a: int, s_end: int) -> bool:
    _, idioms = _not_quantities()
    around = " ".join(text[max(0, a - 8) : min(s_end, a + 16)].lower().split())
    return any(idiom in around for idiom in idioms)


def _is_year(surface: str, value: float) -> bool:
    return len(surface) == 4 and surface.isdigit() and YEAR_MIN <= value <= YEAR_MAX


_RANGE_START = re.compile(r"(?<![\d,.])(\d[\d,]*)\s*(?:to|-|–|and|or)\s*\Z")


def _ends_range(text: str, a: int, s_start: int) -> bool:
    """'1000 to 2000 hires': a year-like number closing a range of counts is a count."""
    match = _RANGE_START.search(text, max(s_start, a - 16), a)
    return bool(match and not _is_year(match.group(1), parse_digits(match.group(1))))


def _ordinal_suffix(text: str, b: int) -> bool:
    if text[b : b + 1] not in "snrt-":
        return False  # the quick refusal of both patterns below
    if _ORDINAL_AFTER.match(text, b):
        return True
    hyphenated = _HYPHEN_WORD.match(text, b)
    return bool(hyphenated and hyphenated.group(1).lower() in lexicon().ordinals)  # "twenty-first"


# --- dates ----------------------------------------------------------------------------------------


_DIGIT_DATE_HINT = re.compile(r"\d(?:\d{3}[-–/]\d|\s?(?i:[ap]\.?m))")  # what an ISO date or a clock time must hold


def _dates(text: str, s_start: int, s_end: int) -> list[_Draft]:
    """The dates and times of day in a sentence that date_hint has found may hold one."""
    found: list[_Draft] = []
    pats = patterns()
    months, ambiguous, temporal = _months()
    for match in pats.month_date.finditer(text, s_start, s_end):
        month = match.group("month")
        day = match.group("day1") or match.group("day2")
        year = match.group("year")
        if month in ambiguous and not (day or year or match.group("rel")):
            previous = _WORD_AT_END.search(text, max(s_start, match.start() - 12), match.start())
            # "between February and May": the second of two months joined by "and" or "or"
            paired = bool(found) and text[found[-1].end : match.start()] in (" and ", " or ")
            if not paired and (not previous or previous.group(1).lower() not in temporal):
                continue
        if day and int(day) > 31:
            day = None
        start = match.start() if (match.group("rel") or match.group("day1")) else match.start("month")
        end = match.end()
        if not year:
            end = match.end("day2") if match.group("day2") and day else match.end("month")
        month_number = months[month.lower()]
        iso = f"{year or '????'}-{month_number:02d}" + (f"-{int(day):02d}" if day else "")
        reading = NumberReading(Span(start, end), None, Interval(float("-inf"), float("inf")), _FORM_WORDS)
        found.append(_Draft(start, end, reading, kind=_KIND_DATE, date=iso, bare=False,
                            cue=(match.group("rel") or "").strip().lower() or None))
    if not _DIGIT_DATE_HINT.search(text, s_start, s_end):
        return found  # no "2013-14", no "5 pm": the patterns below cannot match
    for match in pats.iso_date.finditer(text, s_start, s_end):
        reading = NumberReading(Span(match.start(), match.end()), None, Interval(float("-inf"), float("inf")),
                                _FORM_TIME)
        found.append(_Draft(match.start(), match.end(), reading, kind=_KIND_DATE, date=match.group()[:10],
                            bare=False))
    for match in pats.clock_time.finditer(text, s_start, s_end):
        if any(Span(d.start, d.end).overlaps(Span(match.start(), match.end())) for d in found):
            continue
        if match.group("m") is None and match.start() > s_start and text[match.start() - 1] in ":.,":
            continue
        reading = NumberReading(Span(match.start(), match.end()), None, Interval(float("-inf"), float("inf")),
                                _FORM_TIME)
        found.append(_Draft(match.start(), match.end(), reading, kind=_KIND_DATE, date=match.group(), bare=False))
    return found


# --- pairs, ranges and inherited units ---------------------------------------------------------------


#: "rose 20 to 30 per cent" is a range; a change "to" a level many times its size is not ("grew by 150 to 2,870")
RANGE_SPREAD = 3
#: an amount of money "to" a bare number hundreds of times larger is given to a count, no range ("€150 to 420,000")
BARE_RANGE_SPREAD = 100
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|-?\s*to-?|and|or|up\s+to)\s*\Z")
_CHANGE_WORDS = re.compile(
    r"\b(?:rose|rise|risen|fell|fall|fallen|grew|grown|climbed|jumped|dropped|declined|increased|decreased|"
    r"cut|cuts|shrank|doubled|tripled|halved|narrowed|widened|surged|soared|plunged|slid|tumbled|went|"
    r"moved|changed|up|down|increase|decrease|drop|decline|gain|growth|raise[sd]?|raising|lift(?:ed|s)?|"
    r"boost(?:ed|s)?|reduc(?:e|ed|es|ing)|lower(?:ed|s)?|br(?:ing|ought)|push(?:ed)?|expand(?:ed)?|"
    r"improv(?:e|ed)|slow(?:ed)?|eas(?:e|ed)|inch(?:ed)?|edg(?:e|ed)|climb|jump|fell|slump(?:ed)?)\b",
    re.IGNORECASE,
)


def _join_pairs(text: str, drafts: list[_Draft], s_start: int) -> list[_Draft]:
    """Join ranges into one draft; leave from/to pairs of a change as two."""
    out: list[_Draft] = []
    i = 0
    while i < len(drafts):
        first = drafts[i]
        if i + 1 < len(drafts) and drafts[i + 1].start - first.end <= _WIDEST_PAIR_GAP:  # else neither joins
            second = drafts[i + 1]
            joined = _as_ratio(text, first, second) or _as_range(text, first, second, s_start)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(first)
        i += 1
    return out


_RATIO_GAP = re.compile(r"[ ]to[ ]|-to-")  # "by 2 to 1", "a 3-to-1 margin"
#: the widest gap between two numbers that _as_range joins ("-", " to ", " and ", " up to "); _RATIO_GAP's is narrower
_WIDEST_PAIR_GAP = 9


def _as_ratio(text: str, first: _Draft, second: _Draft) -> _Draft | None:
    """'outnumbered cars by 2 to 1', 'a 3-to-1 vote': a ratio stated against one, one claim of the ratio."""
    if not (first.bare and second.bare and first.kind is None and second.kind is None and first.cue != "from"):
        return None
    if second.number.value != 1 or first.number.value is None or not 1 < first.number.value <= 1000:
        return None
    if not _RATIO_GAP.fullmatch(text, first.end, second.start) or text[second.end : second.end + 1].isalnum():
        return None
    value = first.number.value
    reading = NumberReading(Span(first.number.span.start, second.end), value, Interval.point(value),
                            first.number.form)
    return first._with(end=second.end, number=reading, kind=_KIND_RATIO, bare=False)


def _trailing_scale(text: str, draft: _Draft) -> float:
    """The scale word that ends a number ("7 million" -> 1e6), so a bare range start can share it."""
    if draft.scaled:
        return draft.multiplier
    if draft.number.form is _FORM_WORDS:
        last = text[draft.number.span.start : draft.number.span.end].lower().split()[-1]
        return lexicon().scales.get(last, 1.0) if last != "hundred" else 100.0
    return 1.0


def _as_range(text: str, first: _Draft, second: _Draft, s_start: int) -> _Draft | None:
    if first.kind is _KIND_DATE or second.kind is _KIND_DATE or first.high or second.high:
        return None
    if first.number.value is None or second.number.value is None:
        return None
    if second.start - first.end > _WIDEST_PAIR_GAP:
        return None  # the gap is no "-", "to" or "and": a quick refusal before any slice
    gap = text[first.end : second.start]
    if not _RANGE_GAP.match(gap):
        return None
    word = " ".join(gap.split())
    before = text[max(s_start, first.start - 60) : first.start]  # the words that lead to the pair
    lead_in = max(s_start, first.number.span.start - BETWEEN_CHARS)
    if word == "and" and not _BETWEEN_BEFORE.search(text, lead_in, first.number.span.start):
        return None
    if word == "or" and not (first.bare and not second.bare and second.unit != "dimensionless"):
        return None  # "three or four years"; not "40, or 12%"
    if word in ("-", "–", "—"):
        nxt = _next_word(text, second.end, len(text))
        if nxt in SCORE_NOUNS:
            return None
    if word in ("to", "or") and first.cue == "from" and _CHANGE_WORDS.search(before):
        return None  # "rose from 40 to 60": two levels of a change, not a range
    trails = first.direction is None and _direction_trails(text, second)  # "a 5% to 10% rise": the range's
    if (second.direction and not trails) or (
        first.direction and not (word in ("-", "–", "—", "and") or (word == "to" and first.bare))
    ):
        return None  # "rose 0.5% to 3.2%": a change, then a level; "rose 3–5%", "rose 20 to 30 per cent": a range
    changed_by = first.direction or before.lower().endswith(" by ")  # "fell more modestly, by 6% to 8,930"
    if changed_by and word == "to" and abs(second.number.value) > RANGE_SPREAD * abs(first.number.value):
        return None  # "grew by 150 to 2,870": a change, then the level it reached
    if not (first.unit == second.unit or first.bare or second.bare
            or (first.currency and first.currency == second.currency)):
        return None
    assert first.number.value is not None and second.number.value is not None
    low_value = first.number.value
    trailing = _trailing_scale(text, second)
    if not first.scaled and trailing > 1 and abs(low_value) < abs(second.number.value / trailing):
        low_value *= trailing  # "5 to 7 million", "four to five thousand"
    high_value = second.number.value
    if second.bare and first.scaled:
        high_value *= first.multiplier
    if (word == "to" and first.currency and second.bare and abs(high_value) > BARE_RANGE_SPREAD * abs(low_value)
            and _next_word(text, second.end, len(text)).isalpha()):
        return None  # "a payment of €150 to 420,000 pensioners": an amount, then to whom; not "$5 to 10 million"
    span_start, span_end = first.start, second.end
    if low_value > high_value and high_value < 0 and first.unit == second.unit:
        low_value, high_value = high_value, low_value  # "-18 °C to -34 °C"
        first, second = second, first
    if not low_value < high_value:
        return None
    scale_low = low_value / first.number.value if first.number.value else 1.0
    low = NumberReading(first.number.span, low_value, first.number.interval.scale(scale_low), first.number.form)
    scale_high = high_value / second.number.value if second.number.value else 1.0
    high = NumberReading(second.number.span, high_value, second.number.interval.scale(scale_high),
                         second.number.form)
    unit = second.unit if not second.bare else first.unit
    kind = second.kind if not second.bare else first.kind
    return first._with(start=span_start, end=span_end, number=low, high=high, unit=unit, kind=kind, bare=False,
                   unit_text=second.unit_text or first.unit_text, multiplier=second.multiplier,
                   direction=first.direction or second.direction)


def _direction_trails(text: str, draft: _Draft) -> bool:
    """Whether the draft's direction is a word after its number: 'a 5% to 10% rise', '5-10% increase'."""
    words = text[draft.number.span.end : draft.end].lower().split()
    return draft.direction is not None and any((w, "after") in _directions() for w in words)


_INHERIT_CUES = frozenset({"from", "against", "than", "versus", "vs", "vs.", "compared with", "compared to", "to",
                           "out of", "on"})


#: "down from an average of 118", "against a norm of 120": a level compared, named by a noun
_FROM_LEVEL_OF = re.compile(
    r"\b(?:from|against|than|on)[ ](?:an?|the|its|their|[a-z]{1,20}['’]s)[ ](?:[a-z-]{1,20}[ ]){1,2}of[ ]\Z"
)  # "than today's limit of 28 million", "an increase of 30% on its current capacity of 16 million" too
#: "two-thirds of the 42,000", "about 60% of the 500": the whole of a share, in the unit of its part before it
_SHARE_OF_THE = re.compile(
    r"(?:%|\bper[ ]?cent|\b(?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))[ ]of[ ](?:the|its|their)[ ]\Z"
)
#: "when the bill was €1,450", "when it cost $1.35": a level of an earlier time, in the unit of the one now
_WHEN_LEVEL = re.compile(r"\bwhen[ ](?:it|they|the[ ][a-z]{1,20})[ ](?:was|were|cost|stood[ ]at)[ ]\Z")
#: "less than half the £265 charged", "three times the 62 reported": a level another is a multiple of
_MULTIPLE_OF = re.compile(r"\b(?:half|twice|times|double|triple)[ ](?:the|its|their)[ ]\Z")
_WHEN_LEVEL_ENDS = ("was ", "were ", "cost ", " at ")  # how a text before _WHEN_LEVEL's number ends
_MULTIPLE_OF_ENDS = (" the ", " its ", " their ")  # how a text before _MULTIPLE_OF's number ends
#: "below last year's ", "above the ", "on the current ": after a relative change, the level it compares with
_COMPARED_LEVEL = re.compile(
    r"\b(?:below|above|under|over|on)[ ](?:(?:the|its|their|last[ ]year['’]s|[a-z]{1,20}['’]s)[ ])?"
    r"(?:current[ ]|previous[ ]|existing[ ])?\Z"
)
#: nouns of a level that is a pure number, never in the unit of the value it is compared with
_PURE_NUMBER_NOUNS = frozenset({"ratio", "multiple", "factor", "score", "index", "rating"})
_LIST_GAP = re.compile(r"\s*(?:and|or|,)\s*\Z")


def _inherit_units(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """A unit left out of a parallel phrase is carried over: 'to $10,400 a tonne from $3,300', '45 and 50 mg'."""
    out = list(drafts)
    for i in range(len(out) - 2, -1, -1):
        draft, after = out[i], out[i + 1]
        if (draft.bare and draft.kind is None and not after.bare and after.kind is None and not after.currency
                and after.unit not in ("dimensionless", "percent") and _LIST_GAP.match(text[draft.end : after.start])):
            out[i] = draft._with(unit=after.unit, unit_text=after.unit_text, bare=False)
    for i, draft in enumerate(out):
        if draft.kind in _NOT_LEVEL_KINDS:
            continue
        if draft.direction and i + 1 < len(out) and (draft.currency or units.kind_of(draft.unit) is _KIND_MONEY):
            level = out[i + 1]  # "cut the bill by £122 to £1,620 a year": the change is in the level's unit
            level_money, _, per = level.unit.partition("/")
            if (_TO_LEVEL.fullmatch(text, draft.end, level.start) and not level.direction and per
                    and level_money.strip("()") and units.factor(level_money.strip("()"), draft.unit.strip("()"))):
                # "rose 14 cents to €0.62 a litre": cents a litre
                out[i] = draft._with(unit=level.unit if draft.currency else f"{draft.unit}/{per}")
            continue
        start = draft.start  # each pattern below is tried only where the text before ends as it must
        level_of = (
            (draft.cue == "of" and _FROM_LEVEL_OF.search(text, max(0, start - 40), start))
            or (draft.cue == "of" and _SHARE_OF_THE.search(text, max(0, start - 40), start))
            or (text.endswith(_WHEN_LEVEL_ENDS, 0, start) and _WHEN_LEVEL.search(text, max(0, start - 40), start))
            or (text.endswith(_MULTIPLE_OF_ENDS, 0, start) and _MULTIPLE_OF.search(text, max(0, start - 20), start))
            # "£68 per MWh, 12% below last year's £82", "an increase of 8% on the current 1,065 euros"
            or (i > 0 and out[i - 1].direction is not None
                and (draft.currency is not None or units.kind_of(draft.unit) is _KIND_MONEY)
                and _COMPARED_LEVEL.search(text, max(0, start - 40), start))
        )
        if draft.cue not in _INHERIT_CUES and not level_of:
            continue
        if level_of and _PURE_NUMBER_NOUNS.intersection(level_of.group().split()):
            continue  # "up from a ratio of 6.1": the noun says it is a pure number
        if draft.direction or draft.number.value is None:
            continue
        if draft.unit == "dimensionless" and not draft.currency and _counts_a_noun(text, draft.end):
            continue  # "down 11% from 8.3 million bags": the noun says what the number counts
        partner = _level_partner(text, out, i)
        if partner is None or partner.number.value is None or (partner.unit == draft.unit and not partner.scaled):
            continue
        if ", with " in text[partner.end : draft.start]:
            continue  # "from 1,200 tonnes, with the workforce cut by 300 to 3,000": another phrase's number
        ratio = abs(draft.number.value) / abs(partner.number.value) if partner.number.value else 0.0
        unitless = draft.unit == "dimensionless" and draft.currency is None and draft.kind is None
        if unitless and partner.scaled and not draft.scaled:
            scaled_ratio = ratio * partner.multiplier
            if 0.05 <= scaled_ratio <= 20:
                number = _scaled(draft.number, partner.multiplier)
                out[i] = draft._with(number=number, multiplier=partner.multiplier, unit=partner.unit,
                                 unit_text=partner.unit_text, bare=False)
                continue
        if not 0.05 <= ratio <= 20:
            continue
        money = draft.currency or (not draft.bare and units.kind_of(draft.unit) is _KIND_MONEY)  # "$3,300", "148.9p"
        if unitless or (money and "/" not in draft.unit
                        and partner.unit.startswith((f"{draft.currency}/", f"{draft.unit}/"))):
            out[i] = draft._with(unit=partner.unit, unit_text=partner.unit_text, bare=False)
    return out


#: between a change and the level it reached: " to ", " last month to ", " on Friday to "
_TO_LEVEL = re.compile(r"(?:[ ][A-Za-z0-9]{1,12}){0,3}[ ]to[ ]")

#: the cent of each currency other than the dollar whose sub-unit is called "cent" (quant/data/units_en.txt)
_CENT_OF = {"EUR": "euro_cent"}


def _cents_of_currency(drafts: list[_Draft]) -> list[_Draft]:
    """'cut by 20 cents to €1.79': "cents" are US cents unless the sentence's money is in one other currency."""
    if not any("US_cent" in d.unit for d in drafts):
        return drafts
    money = {d.unit.split("/")[0].split("*")[0].strip("()") for d in drafts if "US_cent" not in d.unit}
    cents = {_CENT_OF[m] for m in money if m in _CENT_OF} | (money & set(_CENT_OF.values()))  # "41.5 euro cents"
    if "USD" in money or len(cents) != 1:
        return drafts
    cent = cents.pop()
    return [d._with(unit=d.unit.replace("US_cent", cent)) if "US_cent" in d.unit else d for d in drafts]


#: the gap between a change and its restatement, perhaps after the change's noun: "lost 190 points, or 0.6%"
_RESTATED = re.compile(r"(?:\s+[A-Za-z-]{1,20}+){0,2}?\s*(?:,\s*or|\(|,\s*or\s+about|or)\s*\Z")


#: a list item with its verb left out: ", Beta by " (names only between the comma and "by")
_ELLIPTICAL_BY = re.compile(r",[ ](?:and[ ])?(?:the[ ])?(?:[A-Z][\w&'.-]{0,20}+[ ]){1,4}by[ ]\Z")


def _inherit_directions(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """A change restated in other terms keeps its direction: 'lost 190 points, or 0.6%', 'fell $2bn (12%)'."""
    out = list(drafts)
    for i in range(1, len(out)):
        before, draft = out[i - 1], out[i]
        if draft.direction or not before.direction or draft.kind is _KIND_DATE:
            continue
        gap = text[before.end : draft.start]
        if _RESTATED.match(gap) or (  # "Acme was down 2.3%, Beta by 2.6%": the verb left out of a list
                draft.cue == "by" and draft.unit == before.unit and _ELLIPTICAL_BY.match(gap)):
            out[i] = draft._with(direction=before.direction)
    return out


def _counts_a_noun(text: str, at: int) -> bool:
    """A plain word right after a number, not a function word: "8.3 million bags", not "3,300 in 2019"."""
    word = _SPACED_WORD.match(text, at)
    return word is not None and word.group(1).islower() and word.group(1) not in _function_words()


def _level_partner(text: str, drafts: list[_Draft], i: int) -> _Draft | None:
    """The nearest level (not a change) in the same sentence that a bare number parallels:
    the one before it, or for "from $7.25 to $15 an hour" the one after (not "up from 24.5p, while the
    standing charge rises to 53p a day", the level of another clause)."""
    if (drafts[i].cue == "from" and i + 1 < len(drafts) and drafts[i + 1].cue == "to"
            and "," not in text[drafts[i].end : drafts[i + 1].start]):
        after = drafts[i + 1]
        if not after.bare and not after.direction and after.kind is None:
            return after
    found: list[_Draft] = []
    for d in reversed(drafts[:i]):
        if d.kind in _NOT_LEVEL_KINDS or d.direction:
            continue
        if d.unit in TIME_UNITS and (d.cue in ("in", "over", "during") or drafts[i].currency):
            continue  # "in the nine months to September", "its seven-hour broadcast": the period, not a level
        if d.bare:
            break
        if d.unit in ("percent", "percentage_point") and {d.cue, drafts[i].cue} != {"to", "from"}:
            break  # a share is carried only across "to 3 points from 7", not to "47% from three-point"
        found.append(d)
        if len(found) == 2:
            break
    restated = len(found) == 2 and found[0].unit != found[1].unit and "/" in found[0].unit and "/" in found[1].unit
    if len(found) == 2 and "/" in found[0].unit and ("/" not in found[1].unit or restated):
        # ("$3.89 a gallon, about $1.03 a litre, up 12% from $3.47": the one of the two rates nearer in size)
        # "raised £38.4m, about £5.5m an hour, up from £32m": the level a rate restates, nearer in size
        value = drafts[i].number.value
        if value and found[0].number.value and found[1].number.value:
            far = [abs(math.log(abs(value / d.number.value))) for d in found if d.number.value]
            return found[1] if far[1] < far[0] else found[0]
    return found[0] if found else None


# --- the mention -----------------------------------------------------------------------------------


_AGO = re.compile(r"[ ](?:ago|earlier(?![ ]than))\b")  # "two years ago", "five years earlier": a time
AGO_YEARS = 10_000  #: how far back "... ago" is a date of the text (history); further, an age of the earth


def _ago(text: str, draft: _Draft) -> _Draft:
    """'up from 4,900 two years ago', 'two decades earlier': a time counted back, a date of the text."""
    if draft.kind not in (None, _KIND_DURATION) or units.kind_of(draft.unit) is not _KIND_DURATION:
        return draft
    ago = _AGO.match(text, draft.end)
    if ago is None or not draft.number.value:
        return draft
    years = units.convert(draft.number.value * draft.multiplier, draft.unit, "year")
    if years is None or years > AGO_YEARS:
        return draft  # "66 million years ago": an age on the geological scale, a measure
    return draft._with(end=ago.end(), kind=_KIND_DATE, unit="dimensionless", direction=None, bare=False)


def _finish(text: str, draft: _Draft, sentence: int) -> Mention:
    """The mention of a draft, once it is known whether it is a time counted back (_ago)."""
    if text.startswith((" a", " e"), draft.end):
        draft = _ago(text, draft)  # the quick refusal of _AGO above
    unit = draft.unit
    kind = draft.kind
    if kind is None:
        kind = units.kind_of(unit)
        if draft.direction and kind in (_KIND_PERCENT, _KIND_MONEY, _KIND_MEASURE):
            kind = _KIND_CHANGE
    elif kind is _KIND_FRACTION and draft.direction:
        kind = _KIND_CHANGE
    span = draft.number.span  # most mentions are their number alone: its span serves
    if span.start != draft.start or span.end != draft.end:
        span = Span(draft.start, draft.end)
    # by position, in the order of Mention's fields: a third cheaper than by keyword
    return Mention(span, sentence, draft.number, draft.high, draft.unit_text, unit, kind, draft.qualifier,
                   draft.direction, draft.multiplier, draft.cue, draft.date)
