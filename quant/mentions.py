"""Stage 2: sentences -> mentions (placeholder; being written)."""

from __future__ import annotations

from quant.model import Mention, Sentence


def find(text: str, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    return ()
