"""quant.lexicon and the shipped data files: every file loads, and every malformed shape fails with file:line.

Where the cases came from: SHAPES lists each file in quant/data with the shape quant reads it in (the
column count its loader asks for, or word lists); MALFORMED lists each way a line can be wrong, on
texts written here and passed to quant.lexicon.table / word_lists directly. A new data file must be
added to SHAPES (test_every_data_file_has_a_shape fails until it is); a new way to get a line wrong goes
into MALFORMED with the exact message the user should see.
"""

from __future__ import annotations

import math
from importlib import resources

import pytest

from quant.errors import LexiconError
from quant.lexicon import iter_lines, read_data, table, word_lists

#: file -> number of tab-separated columns, or 0 for word lists; None for pint's own syntax
SHAPES: dict[str, int | None] = {
    "qualifiers_en.tsv": 3,
    "vague_en.tsv": 3,
    "changes_en.tsv": 3,
    "multipliers_en.tsv": 4,
    "relations_en.tsv": 2,
    "unit_surfaces_en.tsv": 2,
    "abbreviations_en.txt": 0,
    "dates_en.txt": 0,
    "function_words_en.txt": 0,
    "not_quantities_en.txt": 0,
    "context_words_en.txt": 0,
    "relation_words_en.txt": 0,
    "number_words_en.txt": 0,
    "named_numbers_en.tsv": 3,
    "units_en.txt": None,  # pint definitions: loaded by quant.units, tested in test_units.py
}


def _data_files() -> set[str]:
    return {p.name for p in resources.files("quant.data").iterdir()
            if p.name.endswith((".tsv", ".txt")) and not p.name.startswith(".")}


def test_every_data_file_has_a_shape() -> None:
    assert _data_files() == set(SHAPES), "add the new data file to SHAPES with the shape quant reads it in"


@pytest.mark.parametrize("name", sorted(n for n, c in SHAPES.items() if c is not None))
def test_data_file_loads(name: str) -> None:
    columns = SHAPES[name]
    loaded = table(name, columns) if columns else word_lists(name)
    assert loaded, f"{name} is empty"
    assert all(loaded.values()), f"{name} has an empty section"


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_data_file_documents_itself(name: str) -> None:
    """Each file opens with a comment saying what it holds (price-parser's _currencies.py docstring)."""
    assert read_data(name).startswith("#"), f"{name} should open with a comment on its format and source"


NUMERIC_COLUMNS = [
    ("qualifiers_en.tsv", "qualifiers", (1, 2)),
    ("vague_en.tsv", "vague", (1, 2)),
    ("multipliers_en.tsv", "multipliers", (1,)),
    ("unit_surfaces_en.tsv", "scale", (1,)),
    ("named_numbers_en.tsv", "count_words", (1,)),
    ("named_numbers_en.tsv", "quantities", (1,)),
]


@pytest.mark.parametrize(("name", "section", "columns"), NUMERIC_COLUMNS, ids=[n for n, _, _ in NUMERIC_COLUMNS])
def test_numeric_columns_are_numbers(name: str, section: str, columns: tuple[int, ...]) -> None:
    for row in table(name, SHAPES[name] or 0)[section]:
        numbers = [float(row[i]) for i in columns]
        assert all(not math.isnan(x) and x >= 0 for x in numbers), row
        if len(numbers) == 2:
            assert numbers[0] <= numbers[1], f"{name}: {row} has low above high"


def test_qualifier_widths_hold_the_value() -> None:
    """Every qualifier's interval [low factor, high factor] contains 1 at one end or inside it."""
    for surface, low, high in table("qualifiers_en.tsv", 3)["qualifiers"]:
        assert float(low) <= 1.0 <= float(high), surface


def test_changes_name_a_direction() -> None:
    for surface, direction, where in table("changes_en.tsv", 3)["directions"]:
        assert direction in ("increase", "decrease"), surface
        assert where in ("before", "after", "by"), surface


# --- malformed lines ------------------------------------------------------------------------------------

# (name, text, columns or 0 for word lists, line, exact message)
MALFORMED = [
    ("a line before any section", "stray\n", 2, 1,
     "demo.tsv:1: expected a [section] header first, got 'stray'"),
    ("a comment and blank line before it", "# header\n\nstray words\n", 0, 3,
     "demo.tsv:3: expected a [section] header first, got 'stray words'"),
    ("spaces instead of a tab", "[after]\nkm km\n", 2, 2,
     "demo.tsv:2: expected 2 tab-separated fields, got 'km km'"),
    ("an empty first field", "[after]\n\tkm\n", 2, 2,
     "demo.tsv:2: expected 2 tab-separated fields, got '\\tkm'"),
    ("too many fields", "[after]\nkm\tkm\tkm\n", 2, 2,
     "demo.tsv:2: expected 2 tab-separated fields, got 'km\\tkm\\tkm'"),
    ("too few fields", "[vague]\ndozens\t24\n", 3, 2,
     "demo.tsv:2: expected 3 tab-separated fields, got 'dozens\\t24'"),
    ("a bad line after good ones", "# c\n[after]\nkm\tkm\n\nmi\tmile\nsq mi\n", 2, 6,
     "demo.tsv:6: expected 2 tab-separated fields, got 'sq mi'"),
]


@pytest.mark.parametrize(("name", "text", "columns", "line", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_line(name: str, text: str, columns: int, line: int, message: str) -> None:
    with pytest.raises(LexiconError) as caught:
        if columns:
            table("demo.tsv", columns, text)
        else:
            word_lists("demo.tsv", text)
    error = caught.value
    assert str(error) == message
    assert (error.path, error.line) == ("demo.tsv", line)
    assert isinstance(error, ValueError)


WELL_FORMED = [
    ("an inline comment", "[after]\nkm\tkm # kilometres\n", 2, {"after": [("km", "km")]}),
    ("a header with a comment", "[after]  # units after the number\nkm\tkm\n", 2, {"after": [("km", "km")]}),
    ("a file of only comments", "# nothing yet\n\n", 2, {}),
    ("word lists across lines", "[units]\none two\nthree\n[tens]\ntwenty\n", 0,
     {"units": ["one", "two", "three"], "tens": ["twenty"]}),
    ("a repeated section joins", "[a]\nx\ty\n[b]\np\tq\n[a]\nz\tw\n", 2,
     {"a": [("x", "y"), ("z", "w")], "b": [("p", "q")]}),
]


@pytest.mark.parametrize(("name", "text", "columns", "expected"), WELL_FORMED, ids=[w[0] for w in WELL_FORMED])
def test_well_formed(name: str, text: str, columns: int, expected: object) -> None:
    assert (table("demo.tsv", columns, text) if columns else word_lists("demo.tsv", text)) == expected


def test_line_numbers_count_comments_and_blanks() -> None:
    text = "# a\n\n[s]\n# b\none\n\ntwo\n"
    assert [(n, line) for _, n, line in iter_lines("demo.txt", text)] == [(5, "one"), (7, "two")]
