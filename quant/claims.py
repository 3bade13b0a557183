"""Stage 3: mentions -> claims (placeholder; being written)."""

from __future__ import annotations

import datetime as dt

from quant.model import Claim, Mention


def build(text: str, mentions: tuple[Mention, ...], published: dt.date | None) -> tuple[Claim, ...]:
    return ()
