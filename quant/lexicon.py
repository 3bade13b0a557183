"""Loads the data files under quant/data: sectioned word lists and tables, checked line by line.

A file is a sequence of ``[section]`` headers, each followed by lines; ``#`` starts a comment.
Loading fails with the file and line of the first malformed entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

from quant.errors import LexiconError

DATA_PACKAGE = "quant.data"


def read_data(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def iter_lines(name: str, text: str | None = None) -> Iterator[tuple[str, int, str]]:
    """(section, line number, line) for every entry of a data file.

    >>> list(iter_lines("demo.txt", "# comment\\n[units]\\none two\\n\\n[tens] \\ntwenty # 20\\n"))
    [('units', 3, 'one two'), ('tens', 6, 'twenty')]
    >>> list(iter_lines("demo.txt", "stray\\n"))
    Traceback (most recent call last):
    ...
    quant.errors.LexiconError: demo.txt:1: expected a [section] header first, got 'stray'
    """
    if text is None:
        text = read_data(name)
    section = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].rstrip() if not raw.startswith("#") else ""
        if not line.strip():
            continue
        if line.startswith("[") and line.strip().endswith("]"):
            section = line.strip()[1:-1].strip()
            continue
        if section is None:
            raise LexiconError(name, number, raw, "a [section] header first")
        yield section, number, line


def table(name: str, columns: int, text: str | None = None) -> dict[str, list[tuple[str, ...]]]:
    """A tab-separated file as {section: [rows]}, each row exactly ``columns`` fields.

    >>> table("demo.tsv", 2, "[after]\\nkm\\tkm\\n")
    {'after': [('km', 'km')]}
    >>> table("demo.tsv", 2, "[after]\\nkm km\\n")
    Traceback (most recent call last):
    ...
    quant.errors.LexiconError: demo.tsv:2: expected 2 tab-separated fields, got 'km km'
    """
    rows: dict[str, list[tuple[str, ...]]] = {}
    for section, number, line in iter_lines(name, text):
        fields = tuple(field.strip() for field in line.split("\t"))
        if len(fields) != columns or not all(fields):
            raise LexiconError(name, number, line, f"{columns} tab-separated fields")
        rows.setdefault(section, []).append(fields)
    return rows


def word_lists(name: str, text: str | None = None) -> dict[str, list[str]]:
    """A file of space-separated words as {section: [words]} in file order.

    >>> word_lists("demo.txt", "[units]\\none two\\nthree\\n")
    {'units': ['one', 'two', 'three']}
    """
    lists: dict[str, list[str]] = {}
    for section, _number, line in iter_lines(name, text):
        lists.setdefault(section, []).extend(line.split())
    return lists


@cache
def cached_table(name: str, columns: int) -> dict[str, list[tuple[str, ...]]]:
    return table(name, columns)


@cache
def cached_word_lists(name: str) -> dict[str, list[str]]:
    return word_lists(name)
