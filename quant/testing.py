"""Helpers for your own tests: assert that a text's numbers agree.

>>> report = assert_consistent("The team of 12 grew to 15 people.")
>>> len(report.contradictions)
0

A line holding the comment ``quant: ignore`` (in the document's comment syntax) is not checked: findings
resting on a claim on that line are dropped. A comment alone on its line silences the paragraph below it.

>>> sorted(ignored_lines("a\\n\\n<!-- quant: ignore -->\\nb\\nc\\n\\nd <!-- quant: ignore -->", ".md"))
[3, 4, 5, 7]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from quant.errors import DocumentCheckFailed

if TYPE_CHECKING:
    from quant.report import Report

#: the ignore comment in each document syntax; documents of other kinds accept any of them
_MARKUP = r"<!--\s*quant:\s*ignore\s*-->"
_RST = r"^\s*\.\.\s+quant:\s*ignore\s*$"
_HASH = r"#\s*quant:\s*ignore\b"
IGNORE_PATTERNS: dict[str, re.Pattern[str]] = {
    ".md": re.compile(_MARKUP),
    ".markdown": re.compile(_MARKUP),
    ".html": re.compile(_MARKUP),
    ".htm": re.compile(_MARKUP),
    ".rst": re.compile(_RST),
    ".txt": re.compile(_HASH),
}
ANY_IGNORE = re.compile(f"{_MARKUP}|{_RST}|{_HASH}")


def ignored_lines(text: str, suffix: str | None = None) -> frozenset[int]:
    """The 1-based lines that a ``quant: ignore`` comment silences.

    A comment after text on a line silences that line; a comment alone on its line silences the lines
    down to the next blank line. ``suffix`` (".md", ".rst", ".txt", ...) picks the comment syntax.

    >>> sorted(ignored_lines("Up 5% # quant: ignore\\nDown 3%", ".txt"))
    [1]
    >>> sorted(ignored_lines("x\\n.. quant: ignore\\n\\n   y\\n   z\\n\\nw", ".rst"))
    [2, 3, 4, 5]
    >>> sorted(ignored_lines("Up 5% <!-- quant: ignore -->", ".txt"))
    []
    """
    pattern = IGNORE_PATTERNS.get((suffix or "").lower(), ANY_IGNORE)
    lines = text.split("\n")
    silenced: set[int] = set()
    for number, line in enumerate(lines, start=1):
        match = pattern.search(line)
        if not match:
            continue
        silenced.add(number)
        if (line[: match.start()] + line[match.end() :]).strip():
            continue  # a trailing comment: this line only
        following = number  # a comment on its own line: skip blank lines, then the paragraph below
        while following < len(lines) and not lines[following].strip():
            following += 1
            silenced.add(following)
        while following < len(lines) and lines[following].strip():
            following += 1
            silenced.add(following)
    return frozenset(silenced)


def check_document(
    text: str, published: str | dt.date | None = None, *, suffix: str | None = None
) -> Report:
    """check(text), without the findings that ``quant: ignore`` comments silence."""
    from quant.pipeline import check

    report = check(text, published)
    return report.without_lines(ignored_lines(text, suffix))


def failure(name: str, report: Report) -> DocumentCheckFailed:
    """The error for a report's contradictions, its message a table of them."""
    from quant.render import render_failure_table

    return DocumentCheckFailed(name, len(report.contradictions), render_failure_table(name, report), report)


def assert_consistent(
    text: str, published: str | dt.date | None = None, *, name: str = "<text>", suffix: str | None = None
) -> Report:
    """Check the text and return its report; raise DocumentCheckFailed if any numbers contradict.

    DocumentCheckFailed is an AssertionError (pytest shows its table) and a QuantError. ``name`` is how
    the text is named in the message; ``suffix`` picks the syntax of its ``quant: ignore`` comments.
    """
    report = check_document(text, published, suffix=suffix)
    if report.contradictions:
        raise failure(name, report)
    return report
