"""quant.errors, in the manner of pint's test_errors: exact messages, the hierarchy, pickling.

Where the cases came from: one instance of every error class in quant/errors.py, with field values
chosen for this file. test_every_error_has_a_case fails when a new error class is added without a case:
add it to CASES (the message it should print, and the builtin it also is).
"""

from __future__ import annotations

import inspect
import pickle

import pytest

import quant
import quant.errors as errors
from quant.errors import (
    BadDateError,
    DocumentCheckFailed,
    DocumentTooLarge,
    InputError,
    LexiconError,
    QuantError,
    UndecodableInput,
    UnknownUnitError,
    UnreadableInput,
)

# (error, builtin it also is, its exact str())
CASES: list[tuple[QuantError, type[BaseException], str]] = [
    (InputError("bytes"), TypeError,
     "check() needs text (str), got bytes. Decode it first, e.g. data.decode('utf-8')."),
    (InputError("int"), TypeError, "check() needs text (str), got int. Pass the document's text as a str."),
    (UndecodableInput("notes.txt", 7, "invalid start byte"), UnicodeError,
     "notes.txt: the file is not UTF-8 text (byte 7: invalid start byte). "
     "Convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8."),
    (LexiconError("units_en.tsv", 42, "km km", "2 tab-separated fields"), ValueError,
     "units_en.tsv:42: expected 2 tab-separated fields, got 'km km'"),
    (UnknownUnitError("kilometeres", ["kilometres", "kilometers"]), ValueError,
     "unknown unit 'kilometeres'. Did you mean 'kilometres' or 'kilometers'?"),
    (UnknownUnitError("zorks"), ValueError, "unknown unit 'zorks'"),
    (BadDateError("12/03/2025"), ValueError,
     "cannot read the date '12/03/2025': expected YYYY-MM-DD, e.g. '2025-03-12'"),
    (UnreadableInput("notes.txt", "no such file"), OSError, "notes.txt: no such file."),
    (UnreadableInput("drafts", "is a directory", "Pass a file inside it."), OSError,
     "drafts: is a directory. Pass a file inside it."),
    (DocumentCheckFailed("budget.md", 2, "line 3: ..."), AssertionError,
     "budget.md: 2 contradictions between the numbers\nline 3: ..."),
    (DocumentCheckFailed("budget.md", 1, "line 3: ..."), AssertionError,
     "budget.md: 1 contradiction between the numbers\nline 3: ..."),
    (DocumentTooLarge(2_500, 2_000), ValueError,
     "the document has 2,500 characters, more than the limit of 2,000. "
     "Raise it with check(text, max_chars=2_501) or split the document."),
]

#: messages quant gets wrong today (strict xfail on test_message only), by class name
MESSAGE_XFAIL: dict[str, str] = {}


def _id(case: tuple[QuantError, type[BaseException], str]) -> str:
    return f"{type(case[0]).__name__}-{case[2][:24]}"


def _message_params() -> list[object]:
    params = []
    for case in CASES:
        reason = MESSAGE_XFAIL.get(type(case[0]).__name__)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(*case, id=_id(case), marks=marks))
    return params


@pytest.mark.parametrize(("error", "builtin", "message"), _message_params())
def test_message(error: QuantError, builtin: type[BaseException], message: str) -> None:
    assert str(error) == message


@pytest.mark.parametrize(("error", "builtin", "message"), CASES, ids=[_id(c) for c in CASES])
def test_hierarchy(error: QuantError, builtin: type[BaseException], message: str) -> None:
    assert isinstance(error, QuantError)
    assert isinstance(error, builtin)
    assert isinstance(error, quant.QuantError)  # the public name is the same class
    with pytest.raises(builtin):
        raise error


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize(("error", "builtin", "message"), CASES, ids=[_id(c) for c in CASES])
def test_pickle_round_trip(error: QuantError, builtin: type[BaseException], message: str, protocol: int) -> None:
    copy = pickle.loads(pickle.dumps(error, protocol=protocol))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy._fields() == error._fields()


def test_suggestions_are_a_field() -> None:
    error = UnknownUnitError("kilometeres", ["kilometres", "kilometers"])
    assert error.suggestions == ("kilometres", "kilometers")
    assert error.surface == "kilometeres"


def test_every_error_has_a_case() -> None:
    defined = {cls for _, cls in inspect.getmembers(errors, inspect.isclass)
               if issubclass(cls, QuantError) and cls is not QuantError}
    covered = {type(error) for error, _, _ in CASES}
    assert defined == covered, f"errors without a case in CASES: {sorted(c.__name__ for c in defined - covered)}"


def test_check_raises_input_error() -> None:
    with pytest.raises(InputError) as caught:
        quant.check(b"rose 5%")  # type: ignore[arg-type]
    assert str(caught.value) == CASES[0][2]


def test_check_raises_bad_date() -> None:
    with pytest.raises(BadDateError):
        quant.check("It rose 5% last May.", published="12/03/2025")


def test_check_raises_too_large() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        quant.check("x" * 11, max_chars=10)
    assert (caught.value.size, caught.value.limit) == (11, 10)
