"""The cue phrases and word lists linking reads (data/relations_en.tsv, data/relation_words_en.txt), and the
small text helpers every kind of link uses: the words of a text, its clause breaks, whole-word phrase matches."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields
from functools import cache

from quant.lexicon import cached_table, cached_word_lists
from quant.model import Direction

CUES_FILE = "relations_en.tsv"


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
    possessives: frozenset[str]
    count_nouns: frozenset[str]
    head_nouns: frozenset[str]
    share_nouns: frozenset[str]


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


@cache
def function_words() -> frozenset[str]:
    """Articles, pronouns, prepositions, auxiliaries: words that name no thing counted."""
    return frozenset(w for words in cached_word_lists("function_words_en.txt").values() for w in words)


@cache
def _quote_currencies() -> frozenset[str]:
    return frozenset(cached_word_lists("context_words_en.txt")["quote_currencies"])


@cache
def month_days() -> dict[str, int]:
    """Each month's name (data/dates_en.txt), lower-cased, and its days in a common year."""
    months = cached_word_lists("dates_en.txt")["months"]
    return {name.lower(): calendar.monthrange(2001, number)[1] for number, name in enumerate(months, start=1)}


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


def _stem(word: str) -> str:
    """A word without its plural or verb ending, so that 'spill' finds 'spilled' and 'thefts' 'theft'.

    >>> _stem("spilled"), _stem("thefts"), _stem("spill"), _stem("flooding")
    ('spill', 'theft', 'spill', 'flood')
    >>> _stem("refugees"), _stem("refugee"), _stem("churches"), _stem("houses")
    ('refugee', 'refugee', 'church', 'house')
    >>> _stem("brightwave's"), _stem("firms’")
    ('brightwave', 'firm')
    """
    word = word.removesuffix("'s").removesuffix("’s").rstrip("'’")  # a possessive names what it owns
    for ending in ("ing", "ed", "es", "s"):
        if ending == "es" and not word.endswith(_ES_PLURALS):
            continue  # "refugees", "houses": only the s is the plural's
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


#: the endings whose plural adds "es": "boxes", "churches", "wishes", "glasses"
_ES_PLURALS = ("xes", "ches", "shes", "sses", "zes")
