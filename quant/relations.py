"""Stage 4: claims -> relations: which claims speak of the same thing, and how."""

from __future__ import annotations

from quant.model import Claim, Relation, Sentence


def link(text: str, sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> tuple[Relation, ...]:
    return ()
