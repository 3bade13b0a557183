"""The quick refusals of quant.mentions change nothing: with them turned off, every mention is the same.

A quick refusal is a test that skips work whose result it knows: _QUIET_AFTER and _growth_words() let
_grow_right return a number unchanged after a plain word, without the dozen patterns that would all fail
there. Each case here runs mentions.find twice, with the refusal and without it, on the texts of
tests/passages and fixtures/, and on sentences that put every word of those texts and of the unit, scale
and direction tables after a number, before a rate and before a stop.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quant import mentions, sentences, units
from quant.model import Mention

ROOT = Path(__file__).parent.parent
NEVER = re.compile(r"(?!)")


def texts() -> list[str]:
    found = [path.read_text("utf-8") for path in sorted((ROOT / "fixtures").iterdir())]
    for path in sorted((ROOT / "tests" / "passages").glob("*.json")):
        found += [case["text"] for case in json.loads(path.read_text("utf-8"))]
    return found


def vocabulary() -> list[str]:
    words = {w.lower() for text in texts() for w in re.findall(r"[A-Za-z]+", text)}
    table = units.surfaces()
    for surface in [*table.scale, *table.after_exact, *table.after_folded]:
        words.update(surface.lower().split())
    words.update(w for (w, _where) in mentions._directions())
    return sorted(words)


def find(text: str) -> tuple[Mention, ...]:
    return mentions.find(text, sentences.split(text))


def word_sentences() -> list[str]:
    shapes = ["It had 12 {w}.", "It had 12 {w} a year.", "It had 12 {w} new per day.", "It had 12 {w} and more.",
              "A {w} of 3 {w}, then 7 {w}; about a {w} each, 40 {w} higher"]
    words = vocabulary()
    return [" ".join(shape.format(w=w) for w in words[i : i + 40]) for shape in shapes
            for i in range(0, len(words), 40)]


@pytest.mark.parametrize("kind", ["texts", "words"])
def test_quiet_after_changes_nothing(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = texts() if kind == "texts" else word_sentences()
    refused = [find(text) for text in cases]
    monkeypatch.setattr(mentions, "_QUIET_AFTER", NEVER)
    assert [find(text) for text in cases] == refused
