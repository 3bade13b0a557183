"""Properties of check() on any text, found with hypothesis.

Whatever the text (unicode, digits, separators, unit words, currency signs, control
characters, NUL, lone surrogates), check() returns a report or raises a QuantError, and
the report keeps its invariants: every claim's text is input[start:end], low <= value <=
high, findings name existing claims, the same input gives the same to_dict(). Texts are
built from random characters and from a vocabulary of number-shaped pieces, so that the
extractor's paths (ranges, scales, units, qualifiers, directions) are reached, not only
its "no number here" path. Example counts are modest to keep the suite fast
(QUANT_FUZZ_EXAMPLES raises them).
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from hypothesis import HealthCheck, example, given, reject, settings
from hypothesis import strategies as st

import quant
from quant.errors import QuantError
from quant.report import Report

#: QUANT_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py for a long hunt; 60 keeps the suite fast.
EXAMPLES = int(os.environ.get("QUANT_FUZZ_EXAMPLES", "60"))
FAST = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)

NUMBERS = [
    "0",
    "1",
    "7",
    "12",
    "40",
    "300",
    "1,500",
    "12,345,678",
    "2.5",
    "0.75",
    ".5",
    "1.",
    "3/4",
    "½",
    "1e3",
    "2.3bn",
    "4m",
    "10k",
    "−3",
    "-3",
    "+5",
    "1'000",
    "1 000",
    "٣",
    "9" * 40,
    "1" + "0" * 320,
    "08",
    "2024",
    "1990s",
    "3:15",
    "10:30 a.m.",
    "1st",
    "22nd",
    "one",
    "twenty-five",
    "a hundred",
    "two million",
    "three-quarters",
    "half",
    "a third",
    "dozens",
    "tens of thousands",
    "several",
    "a few",
    "five-fold",
]
UNITS = [
    "km",
    "square kilometers",
    "km²",
    "miles",
    "mph",
    "kg",
    "tonnes",
    "%",
    "percent",
    "per cent",
    "percentage points",
    "bn",
    "million",
    "billion",
    "dollars",
    "euros",
    "people",
    "florbs",
    "°C",
    "F",
    "MW",
    "dB",
    "decibels",
    "GWh",
    "hours",
    "days",
    "years",
    "a year",
    "per day",
    "times",
    "x",
    "cubic meters",
    "barrels",
]
WORDS = [
    "about",
    "around",
    "roughly",
    "more than",
    "less than",
    "at least",
    "up to",
    "nearly",
    "over",
    "under",
    "rose",
    "fell",
    "up",
    "down",
    "increased by",
    "from",
    "to",
    "between",
    "and",
    "of",
    "than",
    "by",
    "in",
    "out of",
    "the",
    "which",
    "is",
    "was",
    "a",
    "an",
    "its",
    "total",
    "each",
    "per",
    "average",
]
CURRENCY = ["$", "£", "€", "¥", "US$", "USD ", "Rs.", "C$", "₹", "HK$"]
SEPARATORS = [
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    ", ",
    ". ",
    "; ",
    "-",
    "–",
    "—",
    "/",
    "(",
    ")",
    '"',
    "'",
    "’",
    ":",
    "\x00",
    "\x0b",
    "\x1b",
    "\x7f",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\ud800",
    "\udfff",
    "!",
    "?",
    "...",
]

quantity = st.tuples(
    st.sampled_from(["", *WORDS]),
    st.sampled_from(["", "", *CURRENCY]),
    st.sampled_from(NUMBERS),
    st.sampled_from(["", " ", "-"]),
    st.sampled_from(["", *UNITS]),
).map(lambda parts: f"{parts[0]} {parts[1]}{parts[2]}{parts[3]}{parts[4]}")
tokens = st.one_of(
    quantity,
    st.sampled_from(NUMBERS),
    st.sampled_from(UNITS),
    st.sampled_from(WORDS),
    st.sampled_from(CURRENCY),
    st.sampled_from(SEPARATORS),
    st.text(max_size=3),
)
prose = st.lists(tokens, max_size=40).map(" ".join) | st.lists(tokens, max_size=40).map("".join)
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)
surrogate = st.integers(0xD800, 0xDFFF).map(chr)
with_surrogates = st.tuples(prose, surrogate, prose).map("".join)
texts = prose | any_text | with_surrogates


#: (exception, function raising it) -> the bug. Such an example is rejected, not failed, so the other
#: properties stay tested; each bug has a strict xfail in test_hard_inputs.py, which flags the fix.
#: Remove the entry then.
KNOWN_CRASHES = {
    ("ZeroDivisionError", "undo"): "findings._Model.undo divides by a zero factor ('0 times')",
    ("ZeroDivisionError", "_share"): "findings._share divides by a zero whole or a 0% share",
    ("ZeroDivisionError", "pint_unit"): "units.pint_unit lets pint parse 'km/0', which divides by zero",
}
PACKAGE = Path(quant.__file__).parent


def checked(text: str) -> Report | None:
    """The report, or None where check() raised a QuantError; any other exception fails the test."""
    try:
        return quant.check(text)
    except QuantError:
        return None
    except Exception as error:
        if (type(error).__name__, _last_quant_function(error)) in KNOWN_CRASHES:
            reject()
        raise


def _last_quant_function(error: BaseException) -> str:
    """The innermost function of the quant package that the error passed through."""
    where = ""
    frame = error.__traceback__
    while frame is not None:
        if Path(frame.tb_frame.f_code.co_filename).is_relative_to(PACKAGE):
            where = frame.tb_frame.f_code.co_name
        frame = frame.tb_next
    return where


def assert_well_formed(text: str, report: Report) -> None:
    assert report.text == text
    ids = [c.id for c in report.claims]
    assert len(set(ids)) == len(ids), ids
    for claim in report.claims:
        start, end = claim.span.start, claim.span.end
        assert 0 <= start < end <= len(text), (claim.id, start, end)
        assert claim.text == text[start:end], (claim.text, text[start:end])
        assert not math.isnan(claim.low) and not math.isnan(claim.high)
        assert claim.low <= claim.high
        if claim.value is not None:
            assert claim.low <= claim.value <= claim.high, (claim.text, claim.value, claim.interval)
    known = set(ids)
    for finding in report.findings:
        assert set(finding.claims) <= known, (finding.id, finding.claims, known)


@FAST
@given(texts)
@example("")
@example("40 florbs")
@example("\x00")
@example("\ud800 5 km")
@example("It rose 25% to 60 units, from 48 units.")
@example(" 0  9999999999999999999999999999999999999999bn")  # its value fell an ulp below its interval
def test_report_or_quant_error(text: str) -> None:
    report = checked(text)
    if report is not None:
        assert_well_formed(text, report)


@FAST
@given(texts)
@example("Sales rose 25% to 60 units, up from 48 units a year earlier.")
def test_deterministic(text: str) -> None:
    first, second = checked(text), checked(text)
    if first is None or second is None:
        assert first is second is None
        return
    assert json.dumps(first.to_dict(), sort_keys=True) == json.dumps(second.to_dict(), sort_keys=True)


@FAST
@given(prose, prose)
def test_text_before_shifts_spans(before: str, text: str) -> None:
    """Text in a paragraph of its own before the document does not cost a claim its span.

    Every claim found alone is found again, shifted by the prefix, unless the prefix itself
    holds quantities that may have been linked to it (then only the spans are checked).
    """
    prefix = before + "\n\n"
    alone, joined = checked(text), checked(prefix + text)
    if alone is None or joined is None:
        return
    assert_well_formed(prefix + text, joined)
    shifted = {(c.span.start + len(prefix), c.span.end + len(prefix)) for c in alone.claims}
    found = {(c.span.start, c.span.end) for c in joined.claims if c.span.start >= len(prefix)}
    own = checked(before)
    if own is not None and not own.claims:
        assert shifted == found, (prefix, text)


@FAST
@given(st.binary(max_size=300), st.sampled_from(["replace", "surrogateescape", "ignore", "latin-1"]))
def test_decoded_bytes(data: bytes, how: str) -> None:
    text = data.decode("latin-1") if how == "latin-1" else data.decode("utf-8", how)
    report = checked(text)
    if report is not None:
        assert_well_formed(text, report)


@FAST
@given(texts)
def test_json_is_strict(text: str) -> None:
    """to_json() is JSON by the standard: no NaN or Infinity, whatever the numbers."""
    report = checked(text)
    if report is not None:
        json.loads(report.to_json(), parse_constant=_refuse)


def _refuse(name: str) -> None:
    raise AssertionError(f"to_json() wrote {name}, which is not JSON")
