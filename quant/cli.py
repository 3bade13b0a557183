"""The command line: ``quant check FILE... [--format ...]``.

Exit status: 0 when no numbers contradict each other, 1 when some do, 2 on a usage error or input that
cannot be read (the message names the problem; there is no traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from quant.errors import BadDateError, QuantError, UndecodableInput, UnreadableInput

if TYPE_CHECKING:
    from quant.render import Document

FORMATS = ("text", "json", "markdown", "html", "github", "sarif")
PROGRESS_FILES = 5  #: show progress when checking more files than this ...
PROGRESS_CHARS = 200_000  #: ... or more characters than this in all

EPILOG = """\
examples:
  quant check article.txt                    every quantity, and any contradiction, like a linter
  quant check docs/*.md --format github      annotations for a GitHub Actions log
  quant check report.md --format html --output report.html
  curl -s https://example.org/story.txt | quant check - --published 2025-03-12
  quant check notes.md --format sarif > quant.sarif

exit status: 0 no contradiction, 1 contradictions found, 2 usage error or unreadable input.
A line with the comment "quant: ignore" (<!-- quant: ignore --> in Markdown and HTML,
.. quant: ignore in reStructuredText, # quant: ignore in text) is not checked.
"""


@dataclass(frozen=True)
class Source:
    name: str  #: as given on the command line; "<stdin>" for "-"
    text: str
    suffix: str


class InternalError(QuantError, RuntimeError):
    """quant itself failed on a document: a bug to report, not a problem with the input."""

    def __init__(self, name: str, error: Exception) -> None:
        super().__init__(name, error)
        self.name = name
        self.error = error

    def _fields(self) -> tuple[Any, ...]:
        return (self.name, self.error)

    def __str__(self) -> str:
        return (
            f"{self.name}: quant failed while checking it ({type(self.error).__name__}: {self.error}). "
            "This is a bug in quant; please report it with the document (QUANT_DEBUG=1 shows the traceback)."
        )


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() returns its status."""

    def exit(self, status: int = 0, message: str | None = None) -> None:  # type: ignore[override]
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


class _Exit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    from quant import __version__

    parser = _Parser(prog="quant", description="Check the numbers in prose.")
    parser.add_argument("--version", action="version", version=f"quant {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = commands.add_parser(
        "check",
        help="extract every quantity of the documents and cross-check them",
        description="Extract every quantity of each document (value, interval, unit), link the claims "
        "that speak of the same thing and cross-check them by arithmetic.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    check.add_argument(
        "--format", "-f", choices=FORMATS, default="text", help="output format (default: text)"
    )
    check.add_argument(
        "--published", metavar="DATE", help="the date the text appeared (YYYY-MM-DD), for 'last August'"
    )
    check.add_argument("--output", "-o", metavar="PATH", help="write the output to PATH instead of stdout")
    return parser


def read_source(name: str, stdin: TextIO) -> Source:
    """A document's text: the file's bytes decoded as UTF-8 (a BOM is dropped), or standard input's."""
    if name == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
        return Source("<stdin>", _decode(data, "<stdin>"), "")
    path = Path(name)
    if path.is_dir():
        fix = f"Pass the documents in it, e.g. {name.rstrip('/')}/*.md"
        raise UnreadableInput(name, "is a directory", fix)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput(name, "no such file") from None
    except PermissionError:
        raise UnreadableInput(name, "permission denied") from None
    except OSError as error:
        raise UnreadableInput(name, error.strerror or type(error).__name__) from None
    return Source(name, _decode(data, name), path.suffix)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UndecodableInput(name, error.start, error.reason) from None


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value.strip())
    except ValueError:
        raise BadDateError(value) from None
    return value.strip()


class Progress:
    """A one-line progress indicator on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO, show: bool) -> None:
        self.total = total
        self.stream = stream
        self.show = show and stream.isatty()
        self.width = 0

    def update(self, done: int, name: str) -> None:
        if not self.show:
            return
        line = f"quant: checking {done + 1}/{self.total} {name}"[:78]
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def close(self) -> None:
        if self.show and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


def _renderer(fmt: str) -> Callable[[Sequence[tuple[str, Document]]], str]:
    from quant import render

    if fmt == "json":
        return _render_json
    table: dict[str, Callable[[Sequence[tuple[str, Document]]], str]] = {
        "text": render.render_text,
        "markdown": render.render_markdown,
        "html": render.render_html,
        "github": render.render_github,
        "sarif": render.render_sarif,
    }
    return table[fmt]


def _render_json(documents: Sequence[tuple[str, Document]]) -> str:
    """One document: its report's to_dict(); several: a list of {"path", "claims", "findings"}."""
    import json

    from quant.report import Report

    reports = [(name, doc) for name, doc in documents if isinstance(doc, Report)]
    if len(reports) == 1:
        return reports[0][1].to_json() + "\n"
    return json.dumps([{"path": n, **r.to_dict()} for n, r in reports], indent=2, ensure_ascii=False) + "\n"


def run_check(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from quant.pipeline import check
    from quant.testing import ignored_lines

    published = _check_date(args.published)
    if args.files.count("-") > 1:
        raise UnreadableInput("-", "standard input given more than once", "Pass - at most once")
    sources = [read_source(name, stdin) for name in args.files]
    size = sum(len(s.text) for s in sources)
    progress = Progress(len(sources), stderr, len(sources) > PROGRESS_FILES or size > PROGRESS_CHARS)
    documents = []
    try:
        for done, source in enumerate(sources):
            progress.update(done, source.name)
            try:
                report = check(source.text, published)
            except QuantError:
                raise
            except Exception as error:  # a bug in quant: name the document, keep the traceback on demand
                if os.environ.get("QUANT_DEBUG"):
                    raise
                raise InternalError(source.name, error) from error
            documents.append((source.name, report.without_lines(ignored_lines(source.text, source.suffix))))
    finally:
        progress.close()
    output = _renderer(args.format)(documents)
    if args.output:
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as error:
            raise UnreadableInput(args.output, f"cannot write the output: {error.strerror}") from None
    else:
        stdout.write(output)
    return 1 if any(report.contradictions for _, report in documents) else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        if args.command is None:
            parser.print_usage(stderr)
            stderr.write("quant: error: name a command, e.g. quant check FILE (see quant --help)\n")
            return 2
        return run_check(args, stdin, stdout, stderr)
    except _Exit as done:
        return done.status
    except QuantError as error:
        stderr.write(f"quant: error: {error}\n")
        return 2
    except KeyboardInterrupt:
        stderr.write("quant: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader went away (quant check ... | head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
