"""pytest plugin: check the numbers of your documents in your test run.

Opt in with ``pytest --quant`` (the plugin loads in every pytest run once quant is installed, and does
nothing without it). Each document matching the ini option ``quant_globs`` (default ``*.md *.txt *.rst``)
becomes one test item, ``PATH::consistency``, failing when two of its numbers contradict each other. The
failure shows LINE:COL, the claims and the arithmetic. ``quant_paths`` (ini) limits the check to some
folders. A ``quant: ignore`` comment silences a line (see quant.testing).

Nothing heavy is imported here: the pipeline, pint and pandas load only when a document is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import ExceptionInfo, TerminalRepr

    from quant.report import Report

DEFAULT_GLOBS = ["*.md", "*.txt", "*.rst"]


@dataclass
class _State:
    """Per-run settings and tallies, kept on config.stash."""

    enabled: bool
    globs: list[str]
    paths: list[Path]
    documents: int = 0
    claims: int = 0
    contradictions: int = 0
    failed: list[str] = field(default_factory=list)


STATE = pytest.StashKey[_State]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("quant", "quant: check the numbers in documents")
    group.addoption(
        "--quant",
        action="store_true",
        dest="quant",
        default=False,
        help="Check the numbers of every document matching quant_globs: one test per document, failing "
        "when two numbers contradict each other.",
    )
    parser.addini(
        "quant_globs",
        type="args",
        default=DEFAULT_GLOBS,
        help="File name patterns of the documents quant checks (default: *.md *.txt *.rst).",
    )
    parser.addini(
        "quant_paths",
        type="paths",
        default=[],
        help="Only check documents under these folders or files (relative to the ini file).",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[STATE] = _State(
        enabled=bool(config.getoption("quant")),
        globs=list(config.getini("quant_globs")),
        paths=[Path(p).resolve() for p in config.getini("quant_paths")],
    )


def _wanted(state: _State, file_path: Path) -> bool:
    if not state.enabled or not any(file_path.match(glob) for glob in state.globs):
        return False
    if not state.paths:
        return True
    resolved = file_path.resolve()
    return any(resolved == p or p in resolved.parents for p in state.paths)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> QuantFile | None:
    state = parent.config.stash.get(STATE, None)
    if state is None or not _wanted(state, file_path):
        return None
    return QuantFile.from_parent(parent, path=file_path)


class QuantFile(pytest.File):
    """A document: read as UTF-8, checked by one QuantItem."""

    def collect(self) -> Iterator[QuantItem]:
        from quant.errors import UndecodableInput

        data = self.path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            problem = UndecodableInput(str(self.path), error.start, error.reason)
            raise self.CollectError(str(problem)) from None
        yield QuantItem.from_parent(self, name="consistency", text=text)


class QuantItem(pytest.Item):
    """The check of one document's numbers."""

    def __init__(self, *, text: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.text = text
        self.first_line = 0  #: 0-based line of the first contradiction, once run

    def runtest(self) -> None:
        from quant.testing import check_document, failure

        report: Report = check_document(self.text, suffix=self.path.suffix)
        state = self.config.stash[STATE]
        state.documents += 1
        state.claims += len(report.claims)
        state.contradictions += len(report.contradictions)
        if report.contradictions:
            state.failed.append(self.nodeid)
            offsets = [report.claim(i).span.start for f in report.contradictions for i in f.claims]
            self.first_line = report.location(min(offsets))[0] - 1 if offsets else 0
            raise failure(self._name(), report)

    def _name(self) -> str:
        try:
            return str(self.path.relative_to(self.config.rootpath))
        except ValueError:
            return str(self.path)

    def repr_failure(
        self, excinfo: ExceptionInfo[BaseException], style: Any = None
    ) -> str | TerminalRepr:
        from quant.errors import QuantError

        if isinstance(excinfo.value, QuantError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.first_line, f"quant: {self._name()}"


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    state = config.stash.get(STATE, None)
    if state is None or not state.enabled or not state.documents:
        return
    terminalreporter.write_sep("-", "quant summary")
    terminalreporter.write_line(
        f"{state.documents} document(s) checked, {state.claims} claim(s), "
        f"{state.contradictions} contradiction(s)"
    )
    for nodeid in state.failed:
        terminalreporter.write_line(f"  contradictions in {nodeid}")
