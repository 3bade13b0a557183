"""quant.sentences.split, in the manner of pySBD's GOLDEN_EN_RULES_TEST_CASES: (text, expected sentences).

Where the cases came from: the boundary problems of news prose (abbreviations from
quant/data/abbreviations_en.txt, decimals and money, line breaks, lists, quotes), in texts written for
this file. Each sentence is compared as ``text[start:end]``, so the offsets are checked too, and the
text is never rewritten. New cases go into GOLDEN (or GOLDEN_XFAIL with a reason, strict); a new
abbreviation goes into the data file with a case here.
"""

from __future__ import annotations

import itertools

import pytest

from quant.sentences import split

GOLDEN = [
    ("U.S. mid-sentence", "The U.S. economy grew. Europe did not.", ["The U.S. economy grew.", "Europe did not."]),
    ("Mr. and money", "Mr. Jones paid $4.50. He left.", ["Mr. Jones paid $4.50.", "He left."]),
    ("Jan. before a day", "Talks end on Jan. 5 in Geneva. Nobody expects much.",
     ["Talks end on Jan. 5 in Geneva.", "Nobody expects much."]),
    ("decimals", "Growth was 2.5 percent. It was 3.1 percent in 2023.",
     ["Growth was 2.5 percent.", "It was 3.1 percent in 2023."]),
    ("line break inside", "The report was long\nand dull. Few read it.",
     ["The report was long\nand dull.", "Few read it."]),
    ("dash list items", "Items:\n- 40 apples\n- 12 pears", ["Items:", "- 40 apples", "- 12 pears"]),
    ("bullet list items", "Totals:\n• 3 ferries\n• 9 buses", ["Totals:", "• 3 ferries", "• 9 buses"]),
    ("question and exclamation", "Did it work? Yes! It did.", ["Did it work?", "Yes!", "It did."]),
    ("closing quote", 'He said "it rose 5%." Then he left.', ['He said "it rose 5%."', "Then he left."]),
    ("blank line", "First paragraph.\n\nSecond paragraph.", ["First paragraph.", "Second paragraph."]),
    ("e.g.", "Prices rose e.g. for fuel. Not for bread.", ["Prices rose e.g. for fuel.", "Not for bread."]),
    ("approx.", "It cost approx. 40 euros. Cheap.", ["It cost approx. 40 euros.", "Cheap."]),
    ("p.m.", "The vote is at 3 p.m. Friday. Doors open early.",
     ["The vote is at 3 p.m. Friday.", "Doors open early."]),
    ("initial", "Dr. A. Smith arrived. She spoke.", ["Dr. A. Smith arrived.", "She spoke."]),
    ("U.K. and E.U.", "The U.K. and the E.U. signed. Markets rose.",
     ["The U.K. and the E.U. signed.", "Markets rose."]),
    ("sentence opens with a digit", "Output fell 3%. 40 plants shut.", ["Output fell 3%.", "40 plants shut."]),
    ("sentence opens with a currency", "Costs rose. $3bn was spent.", ["Costs rose.", "$3bn was spent."]),
    ("money with scale", "Sales hit $3.2bn. Profit fell.", ["Sales hit $3.2bn.", "Profit fell."]),
    ("Corp. in brackets", "The firm (Acme Corp.) grew. It hired.", ["The firm (Acme Corp.) grew.", "It hired."]),
    ("ellipsis", "Wait... what happened? Nothing.", ["Wait... what happened?", "Nothing."]),
    ("year after stop", "It ended in 2019. In 2020 it restarted.", ["It ended in 2019.", "In 2020 it restarted."]),
    ("lower case after stop", "The vs. count was 3 to 1. Odd.", ["The vs. count was 3 to 1.", "Odd."]),
    ("no final stop", "Rain fell all day", ["Rain fell all day"]),
    ("surrounding space", "  One line.  ", ["One line."]),
    ("numbered list items", "Results:\n1. North won.\n2. South lost.", ["Results:", "1. North won.", "2. South lost."]),
    ("heading line", "Summary\n# Results\nAll good.", ["Summary", "# Results", "All good."]),
]

GOLDEN_XFAIL: list[tuple[str, str, list[str], str]] = []


def _params() -> list[object]:
    params: list[object] = [pytest.param(text, expected, id=name) for name, text, expected in GOLDEN]
    for name, text, expected, reason in GOLDEN_XFAIL:
        params.append(pytest.param(text, expected, id=name, marks=pytest.mark.xfail(strict=True, reason=reason)))
    return params


@pytest.mark.parametrize(("text", "expected"), _params())
def test_golden(text: str, expected: list[str]) -> None:
    assert [s.span.of(text) for s in split(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in GOLDEN], ids=[n for n, _, _ in GOLDEN])
def test_offsets_are_ordered_and_indexed(text: str, expected: list[str]) -> None:
    sentences = split(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for before, after in itertools.pairwise(sentences):
        assert before.span.end <= after.span.start


def test_empty_and_blank() -> None:
    assert split("") == ()
    assert split(" \n\n\t ") == ()
