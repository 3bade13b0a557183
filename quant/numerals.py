"""Numbers as written: digits, number words, fractions, vague amounts, and the precision each states.

Pure functions over strings; the lexicon comes from data/number_words_en.txt and data/vague_en.tsv.

>>> parse_digits("1,500"), parse_digits("1.2"), parse_digits("1 500"), parse_digits("-3")
(1500.0, 1.2, 1500.0, -3.0)
>>> words_value("twenty-five thousand"), words_value("three hundred and forty")
(25000.0, 340.0)
>>> words_value("one and a half"), words_value("a dozen"), words_value("two and a half million")
(1.5, 12.0, 2500000.0)
>>> words_value("five five") is None, words_value("three million, two hundred & forty")
(True, 3000240.0)
>>> words_value("a baker's dozen"), words_value("two gross")
(13.0, 288.0)
>>> precision("1,500", 1500.0)
Interval(low=1462.5, high=1537.5)
>>> precision("1.84", 1.84)
Interval(low=1.835, high=1.845)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from quant.interval import Interval
from quant.lexicon import cached_table, cached_word_lists

#: The widest a number's own rounding may make it, relative to its value: "40" reads as 39..41,
#: not 35..45, so that an exact count is not mistaken for a rounded one.
MAX_ROUNDING = 0.025

_SEPARATORS = re.compile(r"[,\s\u00a0\u2009\u202f']")
_WORD_SPLIT = re.compile(r"[\s,-]+")
_MINUS = str.maketrans({"−": "-", "–": "-", "‒": "-"})


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The English number lexicon, with compounds generated from the short lists."""

    cardinals: dict[str, float]  #: "one".."ninety-nine" and "ten".."nineteen"
    scales: dict[str, float]  #: "hundred", "thousand", ... and "dozen"
    fractions: dict[str, float]  #: "half": 2, "halves": 2, "third": 3, "thirds": 3 ...
    ordinals: frozenset[str]  #: "first", "second", "twenty-first", "hundredth"
    vague: dict[str, tuple[float, float]]  #: "dozens": (24, 99)
    guarded: frozenset[str] = frozenset()  #: count words that are also adjectives: "gross"
    named: dict[str, tuple[float, str]] = field(default_factory=dict)  #: "absolute zero": (0, "kelvin")

    @property
    def all_words(self) -> list[str]:
        return sorted({*self.cardinals, *self.scales}, key=len, reverse=True)


@cache
def lexicon() -> NumberWords:
    lists = cached_word_lists("number_words_en.txt")
    cardinals: dict[str, float] = {}
    cardinals.update({w: float(i) for i, w in enumerate(lists["units"])})
    cardinals.update({w: float(10 + i) for i, w in enumerate(lists["teens"])})
    tens = {w: float(20 + 10 * i) for i, w in enumerate(lists["tens"])}
    cardinals.update(tens)
    for ten, ten_value in tens.items():
        for unit, unit_value in list(cardinals.items()):
            if 1 <= unit_value <= 9:
                cardinals[f"{ten}-{unit}"] = ten_value + unit_value
    scales = {w: 10.0 ** (2 if i == 0 else 3 * i) for i, w in enumerate(lists["scales"])}
    scales.update(dict.fromkeys(lists["dozen"], 12.0))
    fractions: dict[str, float] = {}
    for i, word in enumerate(lists["fractions"]):
        fractions[word] = float(2 + i)
        fractions["halves" if word == "half" else word + "s"] = float(2 + i)
    synonyms = lists.get("fraction_synonyms", [])
    for word, meaning in zip(synonyms[::2], synonyms[1::2], strict=True):
        fractions[word] = fractions[word + "s"] = fractions[meaning]
    ordinals = set(lists["ordinals_irregular"])
    for word, value in cardinals.items():
        stem = word.rsplit("-", 1)
        last = stem[-1]
        irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                     "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
        ordinal = irregular.get(last) or (last[:-1] + "ieth" if last.endswith("y") else last + "th")
        ordinals.add("-".join([*stem[:-1], ordinal]) if value else "zeroth")
    vague = {row[0]: (float(row[1]), float(row[2])) for row in cached_table("vague_en.tsv", 3)["vague"]}
    named_rows = cached_table("named_numbers_en.tsv", 3)
    guarded: set[str] = set()
    for word, count, use in named_rows["count_words"]:
        for spelling in {word, word.replace("'", "\u2019")}:
            scales[spelling] = float(count)
            if use == "of":
                guarded.add(spelling)
    named = {" ".join(w.lower().split()): (float(v), u) for w, v, u in named_rows["quantities"]}
    return NumberWords(cardinals, scales, fractions, frozenset(ordinals), vague, frozenset(guarded), named)


def is_group_scale(scale: float) -> bool:
    """A power of a thousand ("thousand", "million"): it closes a group of a compound number, where
    "hundred", "dozen" and "gross" multiply only the words before them."""
    return scale >= 1000 and str(int(scale)).rstrip("0") == "1"


def parse_digits(text: str) -> float:
    """The value of a digit string with thousands separators ("1,500", "1 500", "-3.5")."""
    if text.isascii() and text.isdigit():
        return float(text)
    return float(_SEPARATORS.sub("", text.translate(_MINUS)))


@lru_cache(maxsize=4096)
def words_value(text: str) -> float | None:
    """The value of a run of number words, or None if they do not form one number (cached: a document
    repeats the same few).

    >>> words_value("a hundred"), words_value("nineteen"), words_value("forty-two million")
    (100.0, 19.0, 42000000.0)
    """
    words = [w for w in _WORD_SPLIT.split(text.lower().replace("&", " and ").replace("\u2019", "'")) if w]
    lex = lexicon()
    group = math.inf  # the scale of the last group closed: groups must descend ("two million, forty thousand")
    total = 0.0
    current: float | None = None
    last = ""  # the class of the previous word, to refuse "five five" or "twenty thirty"
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("a", "an") and i == 0:
            current, last = 1.0, "unit"
        elif word == "and":
            if words[i + 1 : i + 3] in (["a", "half"], ["one", "half"]):
                current = (current or 0.0) + 0.5
                last = "half"
                i += 3
                continue
            if last != "scale":
                return None
        elif word in lex.cardinals or "-".join(words[i : i + 2]) in lex.cardinals:
            if "-".join(words[i : i + 2]) in lex.cardinals and i + 1 < len(words):
                value = lex.cardinals["-".join(words[i : i + 2])]
                i += 1
            else:
                value = lex.cardinals[word]
            kind = "teen" if 10 <= value <= 19 else ("ten" if value >= 20 and value % 10 == 0 else "unit")
            if value > 20 and value % 10:
                kind = "compound"
            if last in ("unit", "teen", "compound") or (last == "ten" and kind != "unit"):
                return None
            if last == "ten":
                current = (current or 0.0) + value
                last = "compound"
            else:
                current = (current or 0.0) + value
                last = kind
        elif word in lex.scales or " ".join(words[i : i + 2]) in lex.scales:
            if " ".join(words[i : i + 2]) in lex.scales:
                word = " ".join(words[i : i + 2])  # "baker's dozen", "great gross"
                i += 1
            scale = lex.scales[word]
            base = 1.0 if current is None else current
            if not is_group_scale(scale):
                current = base * scale  # hundred, dozen, gross
            else:
                if last == "scale" and current is None and total and scale > 100:
                    total *= scale
                    group *= scale
                else:
                    if scale >= group:
                        return None  # "two million four million": two numbers, not one
                    total += base * scale
                    current = None
                    group = scale
            last = "scale"
        else:
            return None
        i += 1
    if last == "" or (current is None and total == 0 and last != "scale"):
        return None
    return total + (current or 0.0)


def precision(written: str, value: float) -> Interval:
    """The interval the digits as written allow: half a unit of the last significant digit,
    at most MAX_ROUNDING of the value.

    >>> precision("40", 40.0), precision("4", 4.0), precision("48.20", 48.2)
    (Interval(low=39.0, high=41.0), Interval(low=3.9, high=4.1), Interval(low=48.195, high=48.205))
    """
    if written.isascii() and written.isdigit():
        digits = written  # the common case, without a separator or sign to take out
    else:
        digits = _SEPARATORS.sub("", written.translate(_MINUS)).lstrip("-+")
    if "." in digits:
        step = 10.0 ** -len(digits.split(".", 1)[1])
    else:
        stripped = digits.rstrip("0")
        step = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    written_value = float(digits or 0)
    scale = abs(value) / abs(written_value) if written_value else 1.0
    half = min(step / 2 * scale, abs(value) * MAX_ROUNDING)
    if not math.isfinite(half):
        half = 0.0
    return Interval(clean(value - half), clean(value + half))


def clean(x: float) -> float:
    """x without binary noise in its last digits: 1.8350000000000002 -> 1.835.

    >>> clean(1.8350000000000002), clean(1500.0), clean(-2.0)
    (1.835, 1500.0, -2.0)
    """
    if -1e12 < x < 1e12 and x == int(x):
        return float(x)  # a whole number of at most 12 digits has no noise to take out
    return float(f"{x:.12g}")
