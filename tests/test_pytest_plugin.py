"""The pytest plugin, run with pytester, and quant.testing.assert_consistent."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quant.errors import DocumentCheckFailed, QuantError
from quant.testing import assert_consistent, ignored_lines

CONSISTENT = "# Harbour log\n\nThe harbour held 30 boats in May.\n"
CONTRADICTORY = (
    "# Bakery notes\n"
    "\n"
    "Bread sales rose 25% this spring, from 40 loaves to 60 loaves.\n"
)


@pytest.fixture
def docs(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".md", good=CONSISTENT, bad=CONTRADICTORY)
    return pytester


def test_one_item_per_document_fails_on_contradiction(docs: pytest.Pytester) -> None:
    result = docs.runpytest("--quant", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(
        [
            "*quant: bad.md*",
            "bad.md:3:*: inconsistent:*",
            '*"rose 25%"*',
            '*"40*"*',
            '*"60*"*',
        ]
    )
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*good.md:*inconsistent*")
    result.stdout.fnmatch_lines(["FAILED bad.md::consistency*"])


def test_failure_table_has_line_col_claims_and_arithmetic(docs: pytest.Pytester) -> None:
    result = docs.runpytest("--quant", "bad.md")
    result.assert_outcomes(failed=1)
    text = result.stdout.str()
    assert "LINE:COL" in text and "CLAIM" in text and "INTERVAL" in text
    assert "3:13" in text  # "rose 25%" starts at line 3, column 13
    assert "50%" in text  # the arithmetic: 40 to 60 is a 50% rise
    assert "1 contradiction between the numbers" in text


def test_nothing_is_collected_without_the_flag(docs: pytest.Pytester) -> None:
    result = docs.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result.assert_outcomes()


def test_ignore_comment_silences_the_line(pytester: pytest.Pytester) -> None:
    pytester.makefile(".md", bad=CONTRADICTORY.rstrip() + " <!-- quant: ignore -->\n")
    pytester.makefile(".rst", bad2=".. quant: ignore\n\n" + CONTRADICTORY.splitlines()[2] + "\n")
    pytester.makefile(".txt", bad3=CONTRADICTORY.splitlines()[2] + "  # quant: ignore\n")
    pytester.runpytest("--quant").assert_outcomes(passed=3)


def test_comment_of_another_syntax_does_not_silence(pytester: pytest.Pytester) -> None:
    pytester.makefile(".txt", bad=CONTRADICTORY.rstrip() + " <!-- quant: ignore -->\n")
    pytester.runpytest("--quant").assert_outcomes(failed=1)


def test_quant_globs_ini(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nquant_globs = *.notes\n")
    pytester.makefile(".notes", bad=CONTRADICTORY)
    pytester.makefile(".md", also_bad=CONTRADICTORY)
    result = pytester.runpytest("--quant")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*bad.notes::consistency*"])


def test_quant_paths_ini_limits_the_folders(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nquant_paths = docs\n")
    (pytester.path / "docs").mkdir()
    (pytester.path / "docs" / "good.md").write_text(CONSISTENT, encoding="utf-8")
    (pytester.path / "bad.md").write_text(CONTRADICTORY, encoding="utf-8")
    pytester.runpytest("--quant").assert_outcomes(passed=1)


def test_undecodable_document_is_a_clear_collection_error(pytester: pytest.Pytester) -> None:
    (pytester.path / "old.txt").write_bytes("Prices rose 5% in M\xe4rz.".encode("latin-1"))
    result = pytester.runpytest("--quant")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*old.txt: the file is not UTF-8 text (byte 19*"])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_terminal_summary(docs: pytest.Pytester) -> None:
    result = docs.runpytest("--quant")
    result.stdout.fnmatch_lines(["*quant summary*", "2 document(s) checked, * claim(s), 1 contradiction(s)"])


def test_options_are_in_their_own_group(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["quant: check the numbers in documents:", "*--quant*", "*quant_globs*"])


def test_plugin_import_is_light() -> None:
    code = "import sys, quant.pytest_plugin; print(sorted({'pint', 'pandas'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_assert_consistent_passes_and_returns_the_report() -> None:
    report = assert_consistent("The harbour held 30 boats in May.")
    assert [c.text for c in report.claims if c.value == 30]


def test_assert_consistent_raises_a_readable_assertion() -> None:
    with pytest.raises(DocumentCheckFailed) as caught:
        assert_consistent("Bread sales rose 25%, from 40 loaves to 60 loaves.", name="notes")
    error = caught.value
    assert isinstance(error, AssertionError) and isinstance(error, QuantError)
    message = str(error)
    assert message.startswith("notes: 1 contradiction between the numbers\nnotes:1:")
    assert "rose 25%" in message and "LINE:COL" in message
    assert error.report is not None and error.report.contradictions


def test_assert_consistent_honours_ignore() -> None:
    text = "Bread sales rose 25%, from 40 loaves to 60 loaves. # quant: ignore"
    assert_consistent(text, suffix=".txt")


@pytest.mark.parametrize(
    ("text", "suffix", "lines"),
    [
        ("a 5%\nb 6% <!-- quant: ignore -->\nc", ".md", [2]),
        ("<!--quant:ignore-->\npara one\npara two\n\nnext", ".md", [1, 2, 3]),
        ("x\n\n.. quant: ignore\n\n   body 5%\n\nafter", ".rst", [3, 4, 5]),
        ("x 5% # quant: ignore\ny", ".txt", [1]),
        ("x 5% # quant: ignore\ny <!-- quant: ignore -->", ".weird", [1, 2]),
        ("nothing here", ".md", []),
    ],
)
def test_ignored_lines(text: str, suffix: str, lines: list[int]) -> None:
    assert sorted(ignored_lines(text, suffix)) == lines
