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
    (?P<stop>[.!?]+)[\"'”’)\]]*     # terminal punctuation, then closing quotes or brackets
    (?=\s+[\"'“‘(\[]?[A-Z0-9£$€])   # followed by space and a capital, digit or currency sign
    | \n\s*\n                       # a blank line
    | \n(?=\s*[-*•#>]|\s*\d+[.)]\s) # a new line starting a list item or heading
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"(\S+)\Z")


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
        if match.group("stop") == ".":
            word = _LAST_WORD.search(text, max(start, match.start() - 20), match.end("stop"))
            if word and (word.group(1).lower() in abbreviations or re.fullmatch(r"[A-Z]\.", word.group(1))):
                continue
        end = match.end()
        _append(text, start, end, sentences)
        start = end
    _append(text, start, len(text), sentences)
    return tuple(sentences)


def _append(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), Span(start, end)))
