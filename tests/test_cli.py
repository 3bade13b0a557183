"""The command line, through main(argv): outputs, exit codes 0/1/2, and a clear message for bad input."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quant import __version__
from quant.cli import Progress, main
from quant.pipeline import check
from quant.render._common import claim_interval, claim_value

ROOT = Path(__file__).resolve().parent.parent
KURSK = ROOT / "fixtures" / "kursk-article.txt"
CONTRADICTION = "Sales rose 25% last year, from 40 units to 60 units.\n"


@pytest.fixture
def sales(tmp_path: Path) -> Path:
    path = tmp_path / "sales.txt"
    path.write_text("Shop report\n\n" + CONTRADICTION + "Staff: 12 people.\n", encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_kursk_prints_every_quantity_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["check", str(KURSK)], capsys)
    assert status == 0, err
    report = check(KURSK.read_text(encoding="utf-8"))
    assert len(report.claims) >= 5
    rows = {line.split()[0]: line for line in out.splitlines() if re.match(r"  \d+:\d+ ", line)}
    for claim in report.claims:
        line, col = report.location(claim.span.start)
        row = rows[f"{line}:{col}"]
        assert " ".join(claim.text.split()) in row
        assert claim_value(claim) in row and claim_interval(claim) in row
        assert claim.unit == "dimensionless" or claim.unit in row
        assert str(claim.kind) in row
    assert f"{len(report.claims)} claims" in out.splitlines()[-1]
    area = next(line for line in out.splitlines() if "approximately 300 square kilometers" in line)
    assert "300" in area and "285–315" in area and "km**2" in area


def test_contradiction_exits_1_and_names_the_line(sales: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", str(sales)], capsys)
    assert status == 1
    assert re.search(rf"^{re.escape(str(sales))}:3:\d+: inconsistent: .*25%.* — ", out, re.MULTILINE)


def test_ignore_comment_silences_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "quiet.md"
    path.write_text(CONTRADICTION.rstrip() + " <!-- quant: ignore -->\n", encoding="utf-8")
    status, out, _ = run(["check", str(path)], capsys)
    assert status == 0
    assert ": inconsistent:" not in out and "rose 25%" in out


def test_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CONTRADICTION.encode())))
    status, out, _ = run(["check", "-"], capsys)
    assert status == 1
    assert out.startswith("<stdin>:1:")


def test_json_is_the_report_contract(sales: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", str(sales), "--format", "json"], capsys)
    data = json.loads(out)
    assert status == 1
    assert data == check(sales.read_text(encoding="utf-8")).to_dict()


def test_json_for_several_files_is_a_list(sales: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", str(sales), str(KURSK), "-f", "json"], capsys)
    data = json.loads(out)
    assert status == 1
    assert [d["path"] for d in data] == [str(sales), str(KURSK)]
    assert all(set(d) == {"path", "claims", "findings"} for d in data)


def test_github_format(sales: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", str(sales), "--format", "github"], capsys)
    assert status == 1
    assert re.match(rf"::error file={re.escape(str(sales).replace(':', '%3A'))},line=3,col=\d+,", out)


def test_sarif_format(sales: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", str(sales), "--format", "sarif"], capsys)
    log = json.loads(out)
    assert status == 1
    assert log["version"] == "2.1.0"
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "quant/inconsistent"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_markdown_and_html_formats(sales: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, markdown, _ = run(["check", str(sales), "--format", "markdown"], capsys)
    assert markdown.startswith("## quant: ") and "❌ inconsistent" in markdown
    _, html, _ = run(["check", str(sales), "--format", "html"], capsys)
    assert html.startswith("<!DOCTYPE html>") and "data-claim=" in html


def test_output_file(sales: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    status, out, _ = run(["check", str(sales), "-f", "html", "--output", str(target)], capsys)
    assert status == 1 and out == ""
    assert "data-claim=" in target.read_text(encoding="utf-8")


def test_published_date_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "when.txt"
    path.write_text("The bridge reopened last August.\n", encoding="utf-8")
    status, out, _ = run(["check", str(path), "--published", "2025-03-12"], capsys)
    assert status == 0
    assert "2024-08" in out


BAD_INPUT = [
    pytest.param(["check", "{missing}"], "no such file", id="missing-file"),
    pytest.param(["check", "{dir}"], "is a directory", id="directory"),
    pytest.param(["check", "{latin1}"], "not UTF-8 text (byte 19", id="not-utf8"),
    pytest.param(["check", "{good}", "--format", "xml"], "invalid choice: 'xml'", id="unknown-format"),
    pytest.param(["check", "{good}", "--published", "12/03/2025"], "cannot read the date", id="bad-date"),
    pytest.param(["check", "{good}", "--published", "2025-02-30"], "cannot read the date", id="no-such-day"),
    pytest.param(["check"], "the following arguments are required: FILE", id="no-file"),
    pytest.param([], "name a command", id="no-command"),
    pytest.param(["lint", "{good}"], "invalid choice: 'lint'", id="unknown-command"),
    pytest.param(["check", "-", "-"], "standard input given more than once", id="stdin-twice"),
    pytest.param(["check", "{good}", "-o", "{missing}/out.txt"], "cannot write the output", id="unwritable"),
]


@pytest.mark.parametrize(("argv", "message"), BAD_INPUT)
def test_bad_input_exits_2_with_a_clear_message(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin1.txt").write_bytes("Prices rose 5% in M\xe4rz.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Twelve boats.\n", encoding="utf-8")
    paths = {
        "missing": str(tmp_path / "nope.txt"),
        "dir": str(tmp_path),
        "latin1": str(tmp_path / "latin1.txt"),
        "good": str(tmp_path / "good.txt"),
    }
    status, out, err = run([arg.format(**paths) for arg in argv], capsys)
    assert status == 2
    assert message in err
    assert "Traceback" not in err and out == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--version"], capsys)
    assert status == 0 and out.strip() == f"quant {__version__}"


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", "--help"], capsys)
    assert status == 0
    assert "examples:" in out and "--format github" in out and "exit status" in out


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    terminal, pipe = FakeTerminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress(3, stream, show=True)
        progress.update(0, "a.txt")
        progress.update(1, "b.txt")
        progress.close()
    assert "\rquant: checking 2/3 b.txt" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r")
    assert pipe.getvalue() == ""


def test_no_progress_for_a_few_small_files(sales: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(["check", str(sales)], capsys)
    assert err == ""


def test_console_script_runs() -> None:
    script = Path(sys.executable).parent / "quant"
    if not script.exists():
        pytest.skip("the quant console script is not installed in this environment")
    done = subprocess.run([str(script), "check", str(KURSK)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "kursk-article.txt:" in done.stdout


def test_a_crash_in_the_pipeline_is_named_not_dumped(
    sales: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, published: object = None) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("quant.pipeline.check", broken)
    monkeypatch.delenv("QUANT_DEBUG", raising=False)
    status, _, err = run(["check", str(sales)], capsys)
    assert status == 2
    assert f"{sales}: quant failed while checking it (ZeroDivisionError: division by zero)" in err
    assert "Traceback" not in err
