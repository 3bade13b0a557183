"""Stage 3: mentions -> claims: the interval each value allows, its kind, unit, subject and date."""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache

from quant.interval import Interval
from quant.lexicon import cached_table, cached_word_lists
from quant.model import Claim, Direction, Kind, Mention

_WORD = re.compile(r"\s*(?:of\s+(?:the\s+|its\s+|their\s+)?)?([A-Za-z][A-Za-z'’-]*)")
_CLAUSE_WORDS = ("and", "but", "while", "whereas")  #: a clause starts after one of these words, whole, or ",;:("
_SUBJECT_WORDS = 3
_HEAD_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_DATE = Kind.DATE  # read for each claim: a module global is faster to read than an enum's attribute
#: what a value states that it is not: a date, a vague or endless amount (shared, as an Interval is frozen)
_ANY_VALUE = Interval(-math.inf, math.inf)
#: a bare degree ("−40°") and the temperature scale its clause names ("on the Celsius scale")
_BARE_DEGREE = frozenset({"°", "º", "degree"})
_SCALES = frozenset({"degC", "degF"})
_SCALE_NAME = re.compile(r"\b(?:(?P<C>Celsius|centigrade)|(?P<F>Fahrenheit))\b", re.IGNORECASE)
_CLAUSE_BREAKS = ",;:()\n"
_CLAUSE_AFTER = re.compile(r"[^,;:()\n]{0,80}")


@cache
def qualifier_factors() -> dict[str, tuple[float, float]]:
    """qualifier -> (low factor, high factor), from data/qualifiers_en.tsv."""
    rows = cached_table("qualifiers_en.tsv", 3)["qualifiers"]
    return {" ".join(q.lower().split()): (float(lo), float(hi)) for q, lo, hi in rows}


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w for words in cached_word_lists("function_words_en.txt").values() for w in words)


def qualified(interval: Interval, value: float | None, qualifier: str | None) -> Interval:
    """The interval a qualifier allows around a stated value, joined with its precision.

    >>> qualified(Interval(299.5, 300.5), 300.0, "approximately")
    Interval(low=285.0, high=315.0)
    >>> qualified(Interval(39.0, 41.0), 40.0, "more than")
    Interval(low=39.0, high=inf)
    >>> qualified(Interval(2.0, 2.0), 2.0, "nearly")
    Interval(low=1.8, high=2.0)
    """
    if qualifier is None or value is None:
        return interval
    factors = qualifier_factors().get(" ".join(qualifier.lower().split()))
    if factors is None:
        return interval
    ends = [_times(value, f) for f in factors]
    stated = Interval(min(ends), max(ends))
    return interval.hull(stated)


def _times(value: float, factor: float) -> float:
    if math.isinf(factor):
        return math.copysign(math.inf, value) if value else math.inf
    return float(f"{value * factor:.12g}")


def build(text: str, mentions: tuple[Mention, ...], published: dt.date | None) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    deltas = {m.sentence for m in mentions if m.unit == "degC" and m.direction}
    scales: dict[int, set[str]] = {}  # sentence -> the temperature scales its mentions name, not in brackets
    for m in mentions:
        if m.unit in _SCALES and text[max(0, m.span.start - 1) : m.span.start] != "(":  # "44.7°C (112.5°F)"
            scales.setdefault(m.sentence, set()).add(m.unit)
    for number, mention in enumerate(mentions, start=1):
        named = scales.get(mention.sentence)
        scale = next(iter(named)) if named is not None and len(named) == 1 else None
        claims.append(_claim(text, f"c{number}", mention, published, mention.sentence in deltas, scale))
    return tuple(claims)


def _claim(text: str, claim_id: str, m: Mention, published: dt.date | None, warming: bool,
           scale: str | None = None) -> Claim:
    unit = m.unit
    if unit in _BARE_DEGREE:
        # the scale its clause names, else the one scale of the sentence's other temperatures ("-8C ... 3 degrees")
        unit = _temperature_scale(text, m.span.start, m.span.end) or (
            None if _names_an_angle(text, m.span.start, m.span.end) else scale) or unit
    number = m.number
    if unit == "degC" or unit == "degF":  # the tests of a temperature, only for one
        gap = m.direction is not None or _temperature_gap(text, m.span.start)
        small = number.value is not None and abs(number.value) < 5
        if unit == "degC" and (gap or (warming and small and not _temperature_level(text, m.span.start))):
            unit = "delta_degC"  # a difference of temperatures, not a temperature
        elif unit == "degF" and gap:
            unit = "delta_degF"
    if m.high is not None:
        value = None
        low, high = number.value, m.high.value
        assert low is not None and high is not None
        interval = Interval(low, high)  # a range states its own bounds: no rounding is added
    else:
        value = number.value
        interval = number.interval if m.qualifier is None else qualified(number.interval, value, m.qualifier)
    if value is not None and not math.isfinite(value):
        value = None
        interval = _ANY_VALUE
    kind = m.kind
    is_date = kind is _DATE
    if is_date:
        value, interval = None, _ANY_VALUE
    # Claim's fields in order, not by name: a call by name builds a dict of them for each claim
    return Claim(
        claim_id,
        m.span,
        text[m.span.start : m.span.end],
        m.sentence,
        kind,
        value,
        interval,
        unit,
        m.qualifier,
        m.direction,
        None if is_date else subject(text, m),  # subject
        m.unit_text,
        m.cue,
        _resolve(m.date, m.cue, published) if is_date else None,  # date
    )


def _temperature_scale(text: str, start: int, end: int) -> str | None:
    """degC or degF for a bare degree at text[start:end] whose clause names one temperature scale and
    only one: "−40° on the Celsius scale"; None where it names none ("a 45° angle") or both.

    >>> text = "Ice melts at 0° on the Celsius scale, which is 32° in Fahrenheit; a 90° turn."
    >>> _temperature_scale(text, 13, 15), _temperature_scale(text, 47, 50), _temperature_scale(text, 69, 72)
    ('degC', 'degF', None)
    """
    names = {"degC" if found.group("C") else "degF" for found in _SCALE_NAME.finditer(_clause_of(text, start, end))}
    return names.pop() if len(names) == 1 else None


@cache
def _temperature_gap_words() -> frozenset[str]:
    return frozenset(cached_word_lists("context_words_en.txt")["temperature_gaps"])


#: the last two words before a number
_LAST_TWO_WORDS = re.compile(r"(?:([A-Za-z]+)\W+)?([A-Za-z]+)\W*\Z")


def _two_words_before(text: str, start: int) -> tuple[str, str]:
    """The two words just before text[start], lower-cased ('' where there is none)."""
    last = _LAST_TWO_WORDS.search(text, max(0, start - 30), start)
    return ((last.group(1) or "").lower(), last.group(2).lower()) if last else ("", "")


def _temperature_level(text: str, start: int) -> bool:
    """A temperature named as a level, by the words just before it: 'the January average of 3°C'.

    >>> _temperature_level("the January average of 3°C", 23), _temperature_level("warming of 1.5°C", 11)
    (True, False)
    """
    before, word = _two_words_before(text, start)
    return word == "of" and before in _level_words()


@cache
def _level_words() -> frozenset[str]:
    return frozenset(cached_word_lists("context_words_en.txt")["temperature_levels"])


def _temperature_gap(text: str, start: int) -> bool:
    """A temperature that is a difference, by the words just before it: 'beating the record by 1.5°C',
    'a swing of 90°C', 'a range of 38°C'.

    >>> _temperature_gap("the old record, by 1.5°C", 19), _temperature_gap("a swing of 90°C", 11)
    (True, True)
    >>> _temperature_gap("a high of 41°C", 10)
    False
    """
    before, word = _two_words_before(text, start)
    return word == "by" or (word == "of" and before in _temperature_gap_words())


@cache
def _angle_words() -> frozenset[str]:
    return frozenset(cached_word_lists("context_words_en.txt")["angle_words"])


def _names_an_angle(text: str, start: int, end: int) -> bool:
    """A bare degree whose clause speaks of an angle ("angled at 30 degrees to the road") is no temperature,
    whatever scale the sentence's temperatures use.

    >>> _names_an_angle("The ramp is angled at 12 degrees, the air 20C.", 25, 35)
    True
    """
    return any(word.lower() in _angle_words() for word in _HEAD_WORD.findall(_clause_of(text, start, end)))


def _clause_of(text: str, start: int, end: int) -> str:
    """The words of the clause around text[start:end]: back to the last clause break within 80 characters,
    on to the next one."""
    before = text[max(0, start - 80) : start]
    before = before[max(before.rfind(mark) for mark in _CLAUSE_BREAKS) + 1 :]
    after = _CLAUSE_AFTER.match(text, end)
    return before + " " + (after.group() if after else "")


def subject(text: str, m: Mention) -> str | None:
    """The words after a quantity that say what it counts ("12 villages" -> "villages"),
    else the head of its clause ("unemployment fell 2%" -> "unemployment")."""
    function_words = _function_words()
    words: list[str] = []
    at = m.span.end
    for _ in range(_SUBJECT_WORDS):
        match = _WORD.match(text, at)
        if match is None or text.find("\n", at, match.start(1)) >= 0:  # its gap holds only spaces and "of the"
            break
        word = match.group(1)
        if word.lower() in function_words or (word[:1].isupper() and words):
            break
        words.append(word)
        at = match.end()
    if words:
        return " ".join(words)
    return _clause_head(text, m)


def _clause_head(text: str, m: Mention) -> str | None:
    start = max(0, m.span.start - 120)
    before = text[start : m.span.start]
    cut = _last_clause_start(before)
    clause = before[before.rfind("\n", cut) + 1 or cut :]  # from its line's start where that is later
    sentence_cut = max(clause.rfind(". "), clause.rfind("? "), clause.rfind("! "))
    if sentence_cut >= 0:
        clause = clause[sentence_cut + 2 :]
    head: list[str] = []
    function_words = _function_words()
    for word in _HEAD_WORD.findall(clause):
        if word.lower() in function_words:
            if head:
                break
            continue
        head.append(word)
        if len(head) == _SUBJECT_WORDS:
            break
    return " ".join(head) if head else None


def _last_clause_start(before: str) -> int:
    """Where the last clause of ``before`` starts: after its last clause mark or word (0 if none). Found from
    the end by rfind: a pattern's greedy run to the last one backtracks one character at a time, at twice
    the cost.

    >>> _last_clause_start("rents rose, and a flat now costs"), _last_clause_start("Andrew's band sold")
    (15, 0)
    """
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("(")) + 1  # the last mark
    for word in _CLAUSE_WORDS:  # a conjunction after the last mark, as a whole word (no word repeats inside itself)
        at = before.rfind(word, cut)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not _is_word_character(before[at - 1])) and (
                    after == len(before) or not _is_word_character(before[after])):
                cut = after
                break
            at = before.rfind(word, cut, at)
    return cut


def _is_word_character(character: str) -> bool:
    """What \\w matches: a letter, digit or underscore."""
    return character.isalnum() or character == "_"


def _resolve(date: str | None, cue: str | None, published: dt.date | None) -> str | None:
    """A month or day made absolute by the publication date where the text leaves out the year.

    >>> _resolve("????-08", "last", dt.date(2025, 3, 12)), _resolve("????-03-03", None, dt.date(2025, 3, 12))
    ('2024-08', '2025-03-03')
    """
    if date is None or not date.startswith("????") or published is None:
        return date
    month = int(date[5:7])
    year = published.year
    if (cue == "last" and month >= published.month) or (cue is None and month > published.month + 1):
        year -= 1
    elif cue == "next" and month <= published.month:
        year += 1
    return f"{year}{date[4:]}"


def direction_word(direction: Direction | None) -> str:
    return "" if direction is None else str(direction)
