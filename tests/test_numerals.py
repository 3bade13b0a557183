"""quant.numerals on its own: digit strings, number words, the precision a number states, the lexicon.

Where the cases came from: the forms listed in project issue 2 (digits with separators, number words,
rounding), written for this file; the rounding rule is the one numerals.MAX_ROUNDING documents (half a
unit of the last significant digit, never wider than 2.5% of the value). The same phenomena through the
whole pipeline are in tests/test_claims.py.

Where new cases go: into the table of their function below; a case the code gets wrong today into the
``..._XFAIL`` table beside it with the reason (strict xfail).
"""

from __future__ import annotations

import math

import pytest

from quant.interval import Interval
from quant.numerals import MAX_ROUNDING, lexicon, parse_digits, precision, words_value

DIGITS = [
    ("1,500", 1500.0),
    ("1.2", 1.2),
    ("-3", -3.0),
    ("0.5", 0.5),
    ("1 500", 1500.0),
    ("1\u00a0500", 1500.0),  # no-break space
    ("1\u202f500", 1500.0),  # narrow no-break space
    ("1'000", 1000.0),
    ("−4.5", -4.5),  # minus sign
    ("–7", -7.0),  # en dash used as a minus
    ("10,000,000", 1e7),
    ("3", 3.0),
]


@pytest.mark.parametrize(("written", "value"), DIGITS, ids=[w for w, _ in DIGITS])
def test_parse_digits(written: str, value: float) -> None:
    assert parse_digits(written) == value


NUMBER_WORDS = [
    ("twenty-five thousand", 25000.0),
    ("a dozen", 12.0),
    ("dozen", 12.0),
    ("two dozen", 24.0),
    ("one and a half", 1.5),
    ("two and a half million", 2.5e6),
    ("three hundred and forty", 340.0),
    ("a hundred and one", 101.0),
    ("nineteen", 19.0),
    ("ninety-nine", 99.0),
    ("twenty five", 25.0),
    ("seven million", 7e6),
    ("twelve hundred", 1200.0),
    ("one hundred thousand", 1e5),
    ("forty-two million", 4.2e7),
    ("zero", 0.0),
    ("Three Hundred", 300.0),
    ("four million, six hundred & two", 4000602.0),  # a comma after a group, "&" for "and"
    ("nine thousand & eleven", 9011.0),
    ("two hundred and forty thousand", 240000.0),
    ("a baker's dozen", 13.0),  # count words from data/named_numbers_en.tsv
    ("a baker\u2019s dozen", 13.0),
    ("three gross", 432.0),
    ("a square dozen", 144.0),
    ("a great gross", 1728.0),
]


@pytest.mark.parametrize(("words", "value"), NUMBER_WORDS, ids=[w for w, _ in NUMBER_WORDS])
def test_words_value(words: str, value: float) -> None:
    assert words_value(words) == value


NOT_NUMBER_WORDS = ["five five", "twenty thirty", "three and four", "and", "half", "villages", "", "one two",
                    "two million four million", "six thousand, nine thousand"]  # groups must descend


@pytest.mark.parametrize("words", NOT_NUMBER_WORDS, ids=[w or "<empty>" for w in NOT_NUMBER_WORDS])
def test_words_value_refuses(words: str) -> None:
    assert words_value(words) is None


PRECISION = [
    # (written, value, low, high)
    ("1,500", 1500.0, 1462.5, 1537.5),  # capped at 2.5%: 1,487 is inside
    ("1,487", 1487.0, 1486.5, 1487.5),
    ("1.84", 1.84, 1.835, 1.845),
    ("48.20", 48.2, 48.195, 48.205),  # a trailing zero after the point is significant
    ("40", 40.0, 39.0, 41.0),
    ("4", 4.0, 3.9, 4.1),
    ("100", 100.0, 97.5, 102.5),
    ("0", 0.0, 0.0, 0.0),
    ("2.3", 2.3e9, 2.25e9, 2.35e9),  # "2.3bn": the digits' precision scaled by the scale word
    ("1,000,000", 1e6, 975_000.0, 1_025_000.0),
    ("-3", -3.0, -3.075, -2.925),
]


@pytest.mark.parametrize(("written", "value", "low", "high"), PRECISION, ids=[p[0] for p in PRECISION])
def test_precision(written: str, value: float, low: float, high: float) -> None:
    assert precision(written, value) == Interval(low, high)


@pytest.mark.parametrize(("written", "value"), DIGITS, ids=[w for w, _ in DIGITS])
def test_precision_is_honest_and_narrow(written: str, value: float) -> None:
    """The interval holds the value and is never wider than MAX_ROUNDING of it on each side."""
    interval = precision(written, value)
    assert interval.contains(value)
    assert interval.high - value <= abs(value) * MAX_ROUNDING * (1 + 1e-9)
    assert value - interval.low <= abs(value) * MAX_ROUNDING * (1 + 1e-9)


def test_rounding_of_1500() -> None:
    """What "1,500" allows: 1,487 falls inside (2.5% cap), 1,450 and 1,550 do not."""
    interval = precision("1,500", 1500.0)
    assert interval.contains(1487)
    assert not interval.contains(1450)
    assert not interval.contains(1550)


# --- the lexicon ----------------------------------------------------------------------------------------

ORDINALS = ["first", "second", "third", "fifth", "eighth", "ninth", "twelfth", "twentieth", "twenty-first",
            "ninety-ninth", "hundredth", "fourteenth", "eleventh"]


@pytest.mark.parametrize("word", ORDINALS)
def test_ordinals_generated(word: str) -> None:
    assert word in lexicon().ordinals


FRACTION_WORDS = [("half", 2), ("halves", 2), ("thirds", 3), ("quarter", 4), ("fourth", 4), ("fourths", 4),
                  ("fifth", 5), ("tenths", 10)]


@pytest.mark.parametrize(("word", "denominator"), FRACTION_WORDS, ids=[w for w, _ in FRACTION_WORDS])
def test_fraction_words(word: str, denominator: int) -> None:
    assert lexicon().fractions[word] == denominator


def test_cardinals_are_complete() -> None:
    """0..99 each have exactly one word form (compounds generated with a hyphen)."""
    values = sorted(v for v in lexicon().cardinals.values())
    assert values == [float(v) for v in range(100)]


def test_vague_amounts_are_intervals() -> None:
    vague = lexicon().vague
    assert {"dozens", "several", "a few", "hundreds", "scores", "tens of thousands"} <= set(vague)
    for word, (low, high) in vague.items():
        assert 0 < low < high, word
        assert math.isfinite(high), word
