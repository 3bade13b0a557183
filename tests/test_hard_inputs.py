"""Hard inputs: empty, garbage, huge numbers, binary, control characters, a 10 MB document, limits.

Every table states what must hold exactly, not only that nothing crashed. The texts are
written for these tests. Where the current code fails, the case carries a strict xfail
naming the problem (in quant/, not here), so a fix turns it into an XPASS failure until
the mark is removed. New hard cases go into the table of their kind; a case that caught a
bug stays in its table for good.

The 10 MB document is marked ``slow``; deselect it with ``-m "not slow"``.
"""

from __future__ import annotations

import gc
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import quant
from quant.errors import DocumentTooLarge, InputError, QuantError
from quant.pipeline import MAX_CHARS
from quant.report import Report


def assert_well_formed(text: str, report: Report) -> None:
    """The invariants every report keeps, whatever the text."""
    assert isinstance(report, Report)
    assert report.text == text
    ids = [c.id for c in report.claims]
    assert len(set(ids)) == len(ids), f"claim ids repeat: {ids}"
    for claim in report.claims:
        start, end = claim.span.start, claim.span.end
        assert 0 <= start < end <= len(text), f"{claim.id}: span {start}..{end} outside 0..{len(text)}"
        assert claim.text == text[start:end], f"{claim.id}: {claim.text!r} is not text[{start}:{end}]"
        assert claim.text == claim.text.strip(), f"{claim.id}: span {claim.text!r} has spaces at an end"
        assert not math.isnan(claim.low) and not math.isnan(claim.high)
        assert claim.low <= claim.high, f"{claim.id}: interval {claim.interval}"
        if claim.value is not None:
            assert math.isfinite(claim.value), f"{claim.id}: value {claim.value} in {claim.text!r}"
            assert claim.low <= claim.value <= claim.high, f"{claim.id}: {claim.value} outside {claim.interval}"
        assert 0 <= claim.sentence < len(report.sentences), f"{claim.id}: sentence {claim.sentence}"
        sentence = report.sentences[claim.sentence].span
        assert sentence.start <= start and end <= sentence.end, f"{claim.id}: {claim.text!r} leaves its sentence"
        line, column = report.location(start)
        assert line >= 1 and column >= 1
    finding_ids = [f.id for f in report.findings]
    assert len(set(finding_ids)) == len(finding_ids), f"finding ids repeat: {finding_ids}"
    known = set(ids)
    for finding in report.findings:
        assert finding.claims, f"{finding.id} names no claim"
        assert set(finding.claims) <= known, f"{finding.id} names unknown claims {set(finding.claims) - known}"
    json.dumps(report.to_dict(), allow_nan=False)  # strict JSON: no NaN, no Infinity


def checked(text: str) -> Report:
    report = quant.check(text)
    assert_well_formed(text, report)
    return report


@dataclass(frozen=True)
class Case:
    name: str
    text: str

    def __str__(self) -> str:
        return self.name


def cases(table: list[Case], xfail: dict[str, str] | None = None) -> list[object]:
    """The table as pytest params, ids from the names, strict xfail for the named problems."""
    xfail = xfail or {}
    return [
        pytest.param(c, id=c.name, marks=pytest.mark.xfail(strict=True, reason=xfail[c.name]))
        if c.name in xfail
        else pytest.param(c, id=c.name)
        for c in table
    ]


# -- nothing to find ------------------------------------------------------------------------------

NOTHING_TO_FIND = [
    Case("empty", ""),
    Case("one space", " "),
    Case("whitespace", "\n\n\t  \r\n"),
    Case("unicode spaces", "\u00a0\u2003\u3000\u2028"),
    Case("no numbers", "The committee met on a quiet afternoon and talked about the weather."),
    Case("control characters only", "\x00\x01\x02\x1b\x7f"),
    Case("punctuation only", "!!!???... --- ((())) ,,, ;;;"),
    Case("letters only", "a" * 1000),
    Case("unit words without numbers", "km km km miles per hour percent dollars"),
    Case("a product with a logarithmic unit pint cannot reduce", "0A²dB"),  # found by hypothesis: it crashed
]


@pytest.mark.parametrize("case", cases(NOTHING_TO_FIND))
def test_nothing_to_find(case: Case) -> None:
    report = checked(case.text)
    assert report.to_dict() == {"claims": [], "findings": []}
    assert report.claims == () and report.findings == ()


def test_whitespace_gives_no_sentences() -> None:
    assert checked("").sentences == ()
    assert checked(" \n\t ").sentences == ()


# -- an unknown unit ------------------------------------------------------------------------------


def test_count_of_an_unknown_noun() -> None:
    """'40 florbs': a count of 40, the noun unknown to every table, never a crash."""
    text = "The shop sold 40 florbs on Monday."
    (claim,) = checked(text).claims
    assert claim.value == 40.0
    assert claim.unit == "dimensionless"
    assert str(claim.kind) == "count"
    assert claim.text in ("40", "40 florbs")
    assert claim.span.start == text.index("40")


def test_unknown_noun_alone() -> None:
    (claim,) = checked("40 florbs").claims
    assert (claim.value, claim.unit, claim.span.start) == (40.0, "dimensionless", 0)


# -- huge and tiny numbers ------------------------------------------------------------------------

HUGE_NUMBERS = [
    Case("1e400", "1e400"),
    Case("1e400 in a sentence", "The estimate was 1e400 joules."),
    Case("minus 1e400", "\u22121e400"),
    Case("1e400 dollars", "$1e400bn"),
    Case("400 nines", "9" * 400),
    Case("400 nines million dollars", "9" * 400 + " million dollars"),
    Case("5000 nines (over int's 4300-digit limit)", "9" * 5000 + " km"),
    Case("400 digit groups", ",".join(["999"] * 130) + " tonnes"),
    Case("1 and 400 zeros", "1" + "0" * 400),
    Case("1 and 400 zeros km", "The road is 1" + "0" * 400 + " km long."),
    Case("1 and 309 zeros", "1" + "0" * 309 + " people"),
    Case("1 and 400 zeros million", "1" + "0" * 400 + " million"),
    Case("10^500", "10^500"),
    Case("10**500", "10**500"),
    Case("1e-400", "1e-400 km"),
    Case("400 decimal zeros", "0." + "0" * 400 + "1 km"),
    Case("400 decimal digits", "1.5" + "0" * 400 + " km"),
    Case("huge percent", "9" * 400 + "%"),
    Case("huge range", "9" * 400 + " to " + "9" * 401 + " km"),
]


@pytest.mark.parametrize("case", cases(HUGE_NUMBERS))
def test_huge_numbers(case: Case) -> None:
    """A number beyond float range gives no claim or a claim without a value: never inf, never a crash."""
    report = checked(case.text)
    for claim in report.claims:
        assert claim.value is None or abs(claim.value) < 1.8e308


def test_tiny_number_keeps_a_nonzero_interval() -> None:
    """'0.000...1' (400 zeros) is not the number 0: its interval must not be the point 0 (it gives no claim,
    as a number beyond a float's range does)."""
    report = checked("0." + "0" * 400 + "1 km")
    for claim in report.claims:
        assert not (claim.low == claim.high == 0.0 and claim.value == 0.0) or claim.value is None


def test_zero_in_scientific_notation_is_zero() -> None:
    """Only digits that underflow give no claim: a written 0 times a power of ten is 0."""
    (claim,) = checked("It moved 0×10^5 km.").claims
    assert claim.value == 0.0 and claim.unit == "km"


def test_largest_float_still_reads() -> None:
    (claim,) = checked("1" + "0" * 300 + " km").claims
    assert claim.value == 1e300 and claim.unit == "km"


# -- degenerate arithmetic: zeros where the checks divide ------------------------------------------

ZEROS = [
    Case("zero factor", "It was $5 last year and 0 times that now."),
    Case("zero factor, bare", "0 0 times"),
    Case("zero-fold", "It grew 0-fold to 0 km."),
    Case("share of a zero percent", "Out of 0 people, 5 voted, 0%."),
    Case("zero change to zero", "Sales rose 0% to $0 from $0."),
    Case("a fall of 100%", "Sales fell 100% to $0 from $5."),
    Case("zero whole", "5 of 0 people voted."),
    Case("zero people sharing", "0 people shared $10, or $5 each."),
    Case("zero days", "Costs of $0 over 0 days is $0 a day."),
    Case("zero points", "It was up 0 percentage points to 0% from 0%."),
    Case("huge change", "Prices rose 1e308% to $5 from $1."),
    Case("huge factor", "It was 1e300 times the $1e300 of last year."),
    Case("part and share of a zero whole", "Of 0 staff, 0, or 5%, are women."),
    Case("zero part of a zero whole", "0 of the 0 staff, or 5%, are women."),
    Case("a unit over zero", "It is 5 km/0 at most."),
    Case("a decade over zero", "1990s/0"),
    Case("shares of zero wholes in a list", "Of the 0 members, " + ", ".join(f"{i}% of 0 voters" for i in range(9))),
]


@pytest.mark.parametrize("case", cases(ZEROS))
def test_zeros_where_checks_divide(case: Case) -> None:
    """A zero factor, share or whole gives no finding or an open one, never a ZeroDivisionError."""
    report = checked(case.text)
    assert report.claims, "the numbers are still claims"


# -- binary and control characters ---------------------------------------------------------------

rng = random.Random(20251125)
BINARY = [
    Case("bytes 0-255 as latin-1", bytes(range(256)).decode("latin-1")),
    Case("bytes 0-255 twice as latin-1", bytes(range(256)).decode("latin-1") * 2),
    Case(
        "random bytes, errors=replace",
        bytes(rng.randrange(256) for _ in range(20_000)).decode("utf-8", "replace"),
    ),
    Case(
        "random bytes, surrogateescape (lone surrogates)",
        bytes(rng.randrange(256) for _ in range(20_000)).decode("utf-8", "surrogateescape"),
    ),
    Case("random bytes, latin-1", bytes(rng.randrange(256) for _ in range(20_000)).decode("latin-1")),
    Case("random code points", "".join(chr(rng.randrange(0x110000)) for _ in range(5_000))),
    Case("lone surrogates between numbers", "It was 5 km \ud800 and 6 km \udfff long."),
]


@pytest.mark.parametrize("case", cases(BINARY))
def test_binary_text(case: Case) -> None:
    checked(case.text)


def test_digits_in_latin1_bytes() -> None:
    """Bytes 0-255 hold one run of digits (between '/' and ':') and three vulgar fractions, nothing else."""
    text = bytes(range(256)).decode("latin-1")
    claims = checked(text).claims
    assert sum("0123456789" in c.text for c in claims) == 1, [c.text for c in claims]
    assert all("0123456789" in c.text or c.text in "¼½¾" for c in claims), [c.text for c in claims]


CONTROL = [
    # (name, text, [(value, unit)] expected)
    ("NUL around a measure", "\x0040 km\x00", [(40.0, "km")]),
    ("NUL before a percent", "Output rose\x00 5% this year.", [(5.0, "percent")]),
    ("vertical tab before a count", "There were\x0b 60 units.", [(60.0, "dimensionless")]),
    ("escape after a measure", "It is 12 km\x1b long.", [(12.0, "km")]),
    ("form feed between measures", "It is 12 km\x0c and 7 km.", [(12.0, "km"), (7.0, "km")]),
    ("DEL after a money amount", "It cost $30\x7f.", [(30.0, "USD")]),
    ("zero-width space in a measure", "It is 12\u200b km.", None),
    ("soft hyphen", "It is a 12-\u00adkm road.", None),
    ("byte order mark first", "\ufeff40 km of road.", [(40.0, "km")]),
    ("bidi marks", "\u202e40 km\u202c of road.", None),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=n) for n, t, e in CONTROL])
def test_control_characters(text: str, expected: list[tuple[float, str]] | None) -> None:
    """A control character next to a quantity neither breaks it nor leaks into its span."""
    report = checked(text)
    for claim in report.claims:
        assert not any(ch in claim.text for ch in "\x00\x0b\x1b\x0c\x7f\ufeff"), claim.text
    if expected is not None:
        assert [(c.value, c.unit) for c in report.claims] == expected


# -- a 10 MB document -----------------------------------------------------------------------------

PARAGRAPH = (  # news-like density: five quantities in about 700 characters
    "The regional water board said on Tuesday that its reservoirs held 412 million cubic meters, "
    "a level its engineers described as tight but manageable for the season ahead. Residents in the "
    "northern valleys were asked to water gardens only in the evening and to report leaking mains to "
    "the council. About 1,200 households lost supply for 36 hours after a joint failed near the old "
    "pumping station, which the board plans to replace over the coming years. Repairs to the 14 km "
    "pipeline cost $2.5 million, the board said, adding that crews had worked through the weekend. "
    "A spokesman said the board hoped for another 40 florbs of rain before the summer."
)


@pytest.mark.slow
def test_ten_megabyte_document() -> None:
    """10 MB (under the 20 MB default limit) finishes and gives each copy of a paragraph the same claims."""
    one = checked(PARAGRAPH)
    assert len(one.claims) >= 5, [c.text for c in one.claims]
    copies = 10_000_000 // (len(PARAGRAPH) + 2) + 1
    text = "\n\n".join([PARAGRAPH] * copies)
    assert 10_000_000 <= len(text) < MAX_CHARS
    report = quant.check(text)
    assert len(report.claims) == copies * len(one.claims)
    step = len(PARAGRAPH) + 2
    shape = [(c.span.start, c.text, c.value, c.unit) for c in one.claims]
    for copy in (0, 1, copies // 2, copies - 1):
        got = report.claims[copy * len(one.claims) : (copy + 1) * len(one.claims)]
        assert [(c.span.start - copy * step, c.text, c.value, c.unit) for c in got] == shape
    for claim in report.claims[:: max(1, len(report.claims) // 1000)]:
        assert claim.text == text[claim.span.start : claim.span.end]


def test_records_hold_no_reference_cycles() -> None:
    """check() pauses the cyclic collector: that is only sound if its records never form cycles."""
    text = "\n\n".join(
        (Path(__file__).parent.parent / "fixtures" / name).read_text("utf-8")
        for name in ("kursk-article.txt", "economy-brief.md", "contradiction.md")
    )
    quant.check(text)  # lexicons, units and caches load once, with cycles of their own
    gc.collect()
    gc.disable()
    try:
        report = quant.check(text)
        assert report.claims and report.findings
        del report
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.parametrize("enabled", [True, False], ids=["on", "off"])
def test_collector_state_is_restored(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        quant.check("Prices rose 4% to $2.3bn.")
        assert gc.isenabled() is enabled
        with pytest.raises(DocumentTooLarge):
            quant.check("12 km " * 10, max_chars=5)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


# -- limits and wrong types -----------------------------------------------------------------------


def test_text_over_the_limit() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        quant.check("x" * 101, max_chars=100)
    error = caught.value
    assert isinstance(error, QuantError) and isinstance(error, ValueError)
    assert (error.size, error.limit) == (101, 100)
    message = str(error)
    assert message.startswith("the document has 101 characters, more than the limit of 100. ")
    assert message.endswith(" or split the document.")
    assert_suggests_a_limit(message, 101)


def assert_suggests_a_limit(message: str, size: int) -> None:
    """The message names a max_chars that one can paste into Python and that lets the text through."""
    found = re.search(r"Raise it with check\(text, max_chars=([^)]*)\)", message)
    assert found, message
    literal = found.group(1)
    assert re.fullmatch(r"[0-9][0-9_]*", literal), f"max_chars={literal} is not a Python int literal"
    assert int(literal) >= size


def test_text_at_the_limit_is_checked() -> None:
    text = "12 km " * 10  # 60 characters
    assert len(quant.check(text, max_chars=60).claims) == 10
    assert quant.check("x" * 100, max_chars=100).claims == ()


def test_default_limit() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        quant.check(" " * (MAX_CHARS + 1))
    assert caught.value.limit == MAX_CHARS == 20_000_000
    assert str(caught.value).startswith("the document has 20,000,001 characters, more than the limit of 20,000,000.")
    assert_suggests_a_limit(str(caught.value), MAX_CHARS + 1)


@pytest.mark.parametrize("data", [b"12 km", bytearray(b"12 km"), memoryview(b"12 km")], ids=type)
def test_bytes_are_refused_with_a_hint(data: object) -> None:
    with pytest.raises(InputError) as caught:
        quant.check(data)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, QuantError) and isinstance(error, TypeError)
    assert str(error) == (
        f"check() needs text (str), got {type(data).__name__}. Decode it first, e.g. data.decode('utf-8')."
    )


@pytest.mark.parametrize("data", [None, 12, 1.5, ["12 km"], ("12 km",)], ids=repr)
def test_other_types_are_refused(data: object) -> None:
    with pytest.raises(InputError) as caught:
        quant.check(data)  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"check() needs text (str), got {type(data).__name__}. Pass the document's text as a str."
    )


def test_str_subclass_is_text() -> None:
    class Text(str):
        pass

    report = quant.check(Text("It is 12 km long."))
    assert [(c.text, c.value) for c in report.claims] == [("12 km", 12.0)]
