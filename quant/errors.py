"""The errors quant raises: one root, each concrete error also the fitting builtin.

Every error keeps its fields, builds its message from them in ``__str__`` and
pickles through ``__reduce__``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MSG_NOT_TEXT = "check() needs text (str), got {type_name}. {fix}"
FIX_BYTES = "Decode it first, e.g. data.decode('utf-8')."
FIX_OTHER = "Pass the document's text as a str."
MSG_TOO_LARGE = (
    "the document has {size:,} characters, more than the limit of {limit:,}. "
    "Raise it with check(text, max_chars={suggested:_}) or split the document."
)
MSG_LEXICON = "{path}:{line}: expected {expected}, got {raw!r}"
MSG_UNKNOWN_UNIT = "unknown unit {surface!r}"
MSG_BAD_DATE = "cannot read the date {value!r}: expected YYYY-MM-DD, e.g. '2025-03-12'"
MSG_UNDECODABLE = "{path}: the file is not UTF-8 text (byte {position}: {reason}). {fix}"
FIX_UNDECODABLE = "Convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8."


class QuantError(Exception):
    """The root of every error quant raises on purpose."""

    def _fields(self) -> tuple[Any, ...]:
        return ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), self._fields())


class InputError(QuantError, TypeError):
    """check() was given something other than text."""

    def __init__(self, type_name: str) -> None:
        super().__init__(type_name)
        self.type_name = type_name

    def _fields(self) -> tuple[Any, ...]:
        return (self.type_name,)

    def __str__(self) -> str:
        fix = FIX_BYTES if self.type_name in ("bytes", "bytearray", "memoryview") else FIX_OTHER
        return MSG_NOT_TEXT.format(type_name=self.type_name, fix=fix)


class DocumentTooLarge(QuantError, ValueError):
    """The text is longer than the caller's limit."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(size, limit)
        self.size = size
        self.limit = limit

    def _fields(self) -> tuple[Any, ...]:
        return (self.size, self.limit)

    def __str__(self) -> str:
        return MSG_TOO_LARGE.format(size=self.size, limit=self.limit, suggested=self.size + 1)


class UndecodableInput(QuantError, UnicodeError):
    """A file's bytes are not UTF-8."""

    def __init__(self, path: str, position: int, reason: str) -> None:
        super().__init__(path, position, reason)
        self.path = path
        self.position = position
        self.reason = reason

    def _fields(self) -> tuple[Any, ...]:
        return (self.path, self.position, self.reason)

    def __str__(self) -> str:
        return MSG_UNDECODABLE.format(
            path=self.path, position=self.position, reason=self.reason, fix=FIX_UNDECODABLE
        )


class LexiconError(QuantError, ValueError):
    """A line of a data file does not have the expected shape."""

    def __init__(self, path: str, line: int, raw: str, expected: str) -> None:
        super().__init__(path, line, raw, expected)
        self.path = path
        self.line = line
        self.raw = raw
        self.expected = expected

    def _fields(self) -> tuple[Any, ...]:
        return (self.path, self.line, self.raw, self.expected)

    def __str__(self) -> str:
        return MSG_LEXICON.format(path=self.path, line=self.line, raw=self.raw, expected=self.expected)


class UnknownUnitError(QuantError, ValueError):
    """A unit surface that neither the surface table nor pint can read."""

    def __init__(self, surface: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(surface, tuple(suggestions))
        self.surface = surface
        self.suggestions = tuple(suggestions)

    def _fields(self) -> tuple[Any, ...]:
        return (self.surface, self.suggestions)

    def __str__(self) -> str:
        message = MSG_UNKNOWN_UNIT.format(surface=self.surface)
        if self.suggestions:
            message += ". Did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return message


class BadDateError(QuantError, ValueError):
    """A publication date that is not an ISO date."""

    def __init__(self, value: str) -> None:
        super().__init__(value)
        self.value = value

    def _fields(self) -> tuple[Any, ...]:
        return (self.value,)

    def __str__(self) -> str:
        return MSG_BAD_DATE.format(value=self.value)


MSG_UNREADABLE = "{path}: {reason}. {fix}"
MSG_UNREADABLE_NO_FIX = "{path}: {reason}."


class UnreadableInput(QuantError, OSError):
    """A path given to the command line that cannot be read as a document."""

    def __init__(self, path: str, reason: str, fix: str = "") -> None:
        super().__init__(path, reason, fix)
        self.path = path
        self.reason = reason
        self.fix = fix

    def _fields(self) -> tuple[Any, ...]:
        return (self.path, self.reason, self.fix)

    def __str__(self) -> str:
        if not self.fix:
            return MSG_UNREADABLE_NO_FIX.format(path=self.path, reason=self.reason)
        return MSG_UNREADABLE.format(path=self.path, reason=self.reason, fix=self.fix)


MSG_CHECK_FAILED = "{name}: {count} contradiction{s} between the numbers\n{table}"


class DocumentCheckFailed(QuantError, AssertionError):
    """A document whose numbers contradict each other (raised by quant.testing and the pytest plugin).

    ``table`` is the rendered list of contradictions; ``report`` the whole quant.Report, when kept.
    """

    def __init__(self, name: str, count: int, table: str, report: Any = None) -> None:
        super().__init__(name, count, table, report)
        self.name = name
        self.count = count
        self.table = table
        self.report = report

    def _fields(self) -> tuple[Any, ...]:
        return (self.name, self.count, self.table, self.report)

    def __str__(self) -> str:
        return MSG_CHECK_FAILED.format(
            name=self.name, count=self.count, s="" if self.count == 1 else "s", table=self.table
        )
