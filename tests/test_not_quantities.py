"""What looks like a number but is not a quantity: no claim may overlap it.

Where the cases came from: the three families shared/eval/FORMAT.md excludes (ordinals, numbers inside
names and identifiers, and "one" in idioms), in sentences written for this file. Several sentences also
hold a real quantity, which must still be found (``keep``), so that a fix cannot pass by finding nothing.

Where new cases go: into the table of their family; a case quant gets wrong today into
NOT_QUANTITIES_XFAIL with the reason (strict: a fix XPASSes and fails until the case is moved).
The data behind the exclusions is quant/data/not_quantities_en.txt.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import quant


@dataclass(frozen=True)
class Case:
    text: str
    surface: str  #: no claim may overlap its first occurrence
    keep: str = ""  #: a real quantity in the same text that must still be a claim
    reason: str = ""


ORDINALS = [
    Case("It is the second-largest city in the province.", "second"),
    Case("Life in the 21st century is fast.", "21st"),
    Case("It was her third win in 4 races.", "third", keep="4"),
    Case("He came 2nd in the sprint.", "2nd"),
    Case("The 3rd battalion lost 40 men.", "3rd", keep="40"),
    Case("This is the first time in 12 years.", "first", keep="12 years"),
    Case("Life in the twenty-first century is fast.", "twenty-first"),
    Case("Fares were up a third consecutive year, to £4.10.", "third", keep="£4.10"),
    Case("Rovers won a second straight game, 2-1.", "second straight game"),
]

IDENTIFIERS = [
    Case("Call 0800 555 0199 for 24 hours of help.", "0800 555 0199", keep="24 hours"),  # a telephone number
    Case("Lines open at 0401 GMT.", "0401"),  # a leading zero: a code or a clock, never a count
    Case("Under section 44 of the act, 12 people were held.", "section 44", keep="12 people"),
    Case("The rule is in paragraph 7 of chapter 3.", "paragraph 7"),
    Case("COVID-19 cases rose 5% in a week.", "COVID-19", keep="5%"),
    Case("An F-16 crashed near the base.", "F-16"),
    Case("The G7 met in the spring.", "G7"),
    Case("The G20 pledged $40bn.", "G20", keep="$40bn"),
    Case("Article 5 was invoked.", "Article 5"),
    Case("The rock 2031 PX7 will pass within 3 million km.", "2031 PX7", keep="3 million km"),  # a catalogue name
    Case("A Boeing 737 landed with 150 passengers.", "Boeing 737", keep="150"),
    Case("A B-52 flew over.", "B-52"),
    Case("The Airbus A320 is popular.", "A320"),
    Case("Take Interstate 95 north.", "Interstate 95"),
    Case("Highway 1 is closed.", "Highway 1"),
    Case("A Category 4 storm hit.", "Category 4"),
    Case("Chapter 11 protects firms.", "Chapter 11"),
    Case("Proposition 22 passed.", "Proposition 22"),
    Case("The Mi-8 landed.", "Mi-8"),
    Case("The T-72 tank is old.", "T-72"),
    Case("The 5G rollout stalled.", "5G"),
    Case("Level 3 restrictions apply.", "Level 3"),
    Case("The iPhone 15 sold well.", "iPhone 15"),
    Case("Section 3 applies here.", "Section 3"),
    Case("Flight 370 vanished.", "Flight 370"),
    Case("Under Article 50 of the treaty, 14 staff moved.", "Article 50", keep="14 staff"),
    Case("Chapter 11 of the 1978 code shields 300 firms.", "Chapter 11", keep="300 firms"),
    # a head word before a part of a larger whole counted just after it does not make the part a name
    Case("Voters gave the Rural League 41 of the 96 seats.", "Rural League", keep="41"),
]

IDIOMS_ONE = [
    Case("She is one of the best riders.", "one of"),
    Case("No one came to the 2 meetings.", "No one", keep="2"),
    Case("At one point the river rose 3 metres.", "one point", keep="3 metres"),
    Case("They met one another.", "one another"),
    Case("One day the well ran dry.", "One day"),
    Case("One of the 12 villages flooded.", "One of", keep="12"),
    Case("On the one hand it is cheap.", "one hand"),
]

#: count words that are also adjectives (data/named_numbers_en.tsv, use "of")
COUNT_WORDS = [
    Case("It was a gross error by 3 clerks.", "a gross", keep="3"),
    Case("Gross income rose 4%.", "Gross", keep="4%"),
    Case("The gross was $5m.", "gross", keep="$5m"),
    Case("Two gross violations were found.", "Two gross"),
    Case("It was a gross and cruel act.", "a gross"),
]

#: short unit symbols that are also letters or words: "t" (tonne), "am" (attometre)
SHORT_SYMBOLS = [
    Case("I t was 3 days late.", "t", keep="3 days"),
    Case("Row 5 T Zone had 40 seats.", "T", keep="40"),
    Case("She sold 30 t-shirts.", "t-shirts", keep="30"),
    Case("I am 5 feet tall.", "am", keep="5 feet"),
    Case("He said 10 a minute ago.", "a minute", keep="10"),
    Case("The college runs 4 week courses for 20 trainees.", "week courses", keep="20"),  # a noun compound
    Case("The town kept one bus for 900 residents.", "bus", keep="900"),  # pint reads 'bu' (bushel)
    Case("They sold 40 mugs and 12 hats.", "hats", keep="40"),
    Case("Growers blamed a damp spring for the 30% drop.", "a damp", keep="30%"),  # deci-ampere
    Case("The shelter took in 14 rats and 3 moles.", "moles", keep="14"),
]

NOT_QUANTITIES_XFAIL: list[Case] = []


TABLES = {"ORDINALS": ORDINALS, "IDENTIFIERS": IDENTIFIERS, "IDIOMS_ONE": IDIOMS_ONE, "COUNT_WORDS": COUNT_WORDS,
          "SHORT_SYMBOLS": SHORT_SYMBOLS}


def _params() -> list[object]:
    params: list[object] = []
    for name, cases in TABLES.items():
        params += [pytest.param(c, id=f"{name}:{c.surface}") for c in cases]
    for c in NOT_QUANTITIES_XFAIL:
        mark = pytest.mark.xfail(strict=True, reason=c.reason)
        params.append(pytest.param(c, id=f"NOT_QUANTITIES_XFAIL:{c.surface}", marks=mark))
    return params


@pytest.mark.parametrize("case", _params())
def test_not_a_quantity(case: Case) -> None:
    report = quant.check(case.text)
    start = case.text.index(case.surface)
    end = start + len(case.surface)
    overlapping = [c.text for c in report.claims if c.span.start < end and start < c.span.end]
    assert not overlapping, f"{case.surface!r} in {case.text!r} is not a quantity, but gave {overlapping}"
    if case.keep:
        at = case.text.index(case.keep)
        kept = [c for c in report.claims if c.span.start < at + len(case.keep) and at < c.span.end]
        assert kept, f"{case.keep!r} in {case.text!r} is a quantity but gave no claim"


#: the not-quantities of the document fixtures/economy-brief.md (tested for its claims in test_claims.py)
BRIEF_NOT_QUANTITIES = ["second-highest", "COVID-19", "One of the"]


@pytest.mark.parametrize("surface", BRIEF_NOT_QUANTITIES)
def test_not_a_quantity_in_the_brief(surface: str) -> None:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "fixtures" / "economy-brief.md").read_text(encoding="utf-8")
    test_not_a_quantity(Case(text, surface))
