"""Stage 1: text -> sentences, as offsets into the text (the text is never rewritten).

>>> text = "Output rose 5% in the U.S. last year. It fell 2.5% in Jan. 2024! Then? Nothing."
>>> [s.span.of(text) for s in split(text)]
['Output rose 5% in the U.S. last year.', 'It fell 2.5% in Jan. 2024!', 'Then?', 'Nothing.']
"""

from __future__ import annotations

import re
from functools import cache

from quant.lexicon import cached_word_lists
from quant.model import Sentence, Span

_BOUNDARY = re.compile(
    r"""
    [.!?\n]                         # a terminal mark or a new line (a character set first: a quick scan)
    (?:
      (?<=[.!?])(?<![.!?]{2})       # terminal punctuation from its first mark,
      (?P<marks>[.!?]*+)[\"'”’)\]]* # the marks after it, then quotes
      (?=\s+[\"'“‘(\[]?[A-Z0-9£$€]) # followed by space and a capital, digit or currency sign
    | (?<=\n)\s*\n                  # a blank line
    | (?<=\n)(?=\s*[-*•#>]|\s*\d+[.)]\s) # a new line starting a list item or heading
    )
    """,
    re.VERBOSE,
)
_INITIAL = re.compile(r"[A-Z]\.")  # "J." in "J. Smith"
_LIST_MARKER = re.compile(r"\d{1,3}\.")  # "1." opening a list item
_HEADING = re.compile(r"#{1,6}[ \t][^\n]*")  # a Markdown heading line


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(word.lower() for words in cached_word_lists("abbreviations_en.txt").values()
                     for word in words)


def split(text: str) -> tuple[Sentence, ...]:
    """The sentences of the text, whitespace trimmed from each end."""
    abbreviations = _abbreviations()
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("marks") == "" and text[match.start()] == ".":  # a single full stop
            stop = match.start() + 1
            word = text[max(start, stop - 21) : stop].rsplit(None, 1)[-1]  # the last word, up to 20 characters
            if word.lower() in abbreviations or (len(word) == 2 and _INITIAL.fullmatch(word)):
                continue
            if len(word) <= 4 and _LIST_MARKER.fullmatch(word) and _starts_line(text, stop - len(word)):
                continue  # "1. North won.": a list number, not a sentence
        end = match.end()
        _append(text, start, end, sentences)
        start = end
    _append(text, start, len(text), sentences)
    return tuple(sentences)


def _starts_line(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def _append(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    # whitespace trimmed from each end (str.strip's), the sentence copied only where it ends in some; a
    # sentence starts after a space or two, skipped one by one at a third of the cost of a pattern
    while start < end and text[start].isspace():
        start += 1
    if start < end and text[end - 1].isspace():
        end = start + len(text[start:end].rstrip())
    if end <= start:
        return
    heading = _HEADING.match(text, start, end) if text[start] == "#" else None
    if heading and heading.end() < end:  # "# Results" on a line of its own is a sentence of its own
        _append(text, start, heading.end(), sentences)
        _append(text, heading.end(), end, sentences)
        return
    sentences.append(Sentence(len(sentences), Span(start, end)))
