"""check(text) -> Report: runs the stages in order. The only module that knows the order."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager

from quant import claims as claims_stage
from quant import findings as findings_stage
from quant import mentions as mentions_stage
from quant import relations as relations_stage
from quant import sentences as sentences_stage
from quant.errors import BadDateError, DocumentTooLarge, InputError
from quant.report import Report

MAX_CHARS = 20_000_000  #: the default limit on a document's length; check(max_chars=...) raises it


def check(text: str, published: str | dt.date | None = None, *, max_chars: int = MAX_CHARS) -> Report:
    """Extract every quantity of the text, link the claims and cross-check them.

    ``published`` (an ISO date or a date) resolves relative dates such as "last August".
    Raises InputError for non-text input and DocumentTooLarge beyond ``max_chars``.
    """
    if not isinstance(text, str):
        raise InputError(type(text).__name__)
    if len(text) > max_chars:
        raise DocumentTooLarge(len(text), max_chars)
    on = _published(published)
    with _collector_paused():
        sentences = sentences_stage.split(text)
        claims = claims_stage.build(text, mentions_stage.find(text, sentences), on)  # mentions freed here
        findings = findings_stage.assess(claims, relations_stage.link(text, sentences, claims), on)
        return Report(text=text, claims=claims, findings=findings, sentences=sentences)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the stages run.

    The stages build a few hundred thousand small records a megabyte and no reference cycles
    (tests/test_hard_inputs.py holds them to that), so reference counting frees everything and the
    collector would only walk the live records again and again: a tenth of the time at 1 MB, more at
    10 MB. It is switched back on after, if it was on before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _published(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise BadDateError(str(value)) from None
