"""The report: the to_dict contract, frames, text/Markdown/GitHub/SARIF renderings, silencing lines.

Reports here are built by hand (tests/conftest.py) so these tests pin the renderers, not extraction.
"""

from __future__ import annotations

import json
import math
import pickle

import pytest
from conftest import SALES_TEXT, ReportBuilder

from quant.errors import DocumentCheckFailed, QuantError, UnreadableInput
from quant.model import FindingKind, Kind
from quant.render import render_github, render_sarif
from quant.render.github import escape_property
from quant.report import Report

CLAIM_KEYS = {"id", "text", "start", "end", "sentence", "kind", "value", "low", "high", "unit", "qualifier"}
CLAIM_KEYS |= {"direction", "subject"}
FINDING_KEYS = {"id", "kind", "relation", "claims", "value", "low", "high", "unit", "explanation"}


def test_to_dict_keeps_the_contract(report: Report) -> None:
    data = report.to_dict()
    assert set(data) == {"claims", "findings"}
    assert all(set(c) == CLAIM_KEYS for c in data["claims"])
    assert all(set(f) == FINDING_KEYS for f in data["findings"])
    for claim in data["claims"]:
        assert SALES_TEXT[claim["start"] : claim["end"]] == claim["text"]
    assert data["findings"][0]["claims"] == ["c1", "c2", "c3"]
    assert json.loads(report.to_json()) == data


def test_open_interval_ends_are_null_in_json(builder: type[ReportBuilder]) -> None:
    b = builder("More than 40 people came.")
    b.claim("More than 40 people", 40, low=40, high=math.inf)
    assert b.build().to_dict()["claims"][0]["high"] is None


def test_location_is_one_based(report: Report) -> None:
    assert report.location(0) == (1, 1)
    assert report.location(SALES_TEXT.index("rose 25%")) == (3, 13)
    assert report.location(SALES_TEXT.index("\n")) == (1, len("Quarterly notes for the bakery.") + 1)


def test_claims_frame_columns_and_values(report: Report) -> None:
    frame = report.claims_frame()
    for column in ("value", "low", "high", "unit", "start", "end", "line", "sentence", "kind", "direction"):
        assert column in frame.columns
    assert "subject" in frame.columns
    assert list(frame["text"]) == ["rose 25%", "40 loaves", "60 loaves", "2019", "about 80 m²"]
    first = frame.iloc[0]
    assert (first["value"], first["low"], first["high"], first["unit"]) == (25, 24.5, 25.5, "percent")
    assert (first["line"], first["column"], first["direction"]) == (3, 13, "increase")
    assert math.isnan(frame.iloc[3]["value"])  # a date states no value
    assert frame.iloc[1]["subject"] == "bread sales"


def test_findings_frame(report: Report) -> None:
    frame = report.findings_frame()
    assert list(frame["kind"]) == ["inconsistent", "implied"]
    assert frame.iloc[0]["surfaces"] == ("rose 25%", "40 loaves", "60 loaves")
    assert (frame.iloc[1]["value"], frame.iloc[1]["low"], frame.iloc[1]["high"]) == (20, 19, 21)
    assert frame.iloc[0]["line"] == 3
    assert "(60 - 40) / 40" in frame.iloc[0]["steps"]


def test_empty_report_gives_empty_frames() -> None:
    empty = Report("No numbers here.", (), ())
    assert empty.claims_frame().empty and "value" in empty.claims_frame().columns
    assert empty.findings_frame().empty and "explanation" in empty.findings_frame().columns


def test_text_reads_like_a_linter(report: Report) -> None:
    text = report.to_text("notes.txt")
    lines = text.splitlines()
    assert lines[0] == (
        'notes.txt:3:13: inconsistent: "rose 25%", "40 loaves" and "60 loaves" — 40 to 60 is a rise of 50%, '
        "not 25%"
    )
    assert "implied values:" in lines
    implied = lines[lines.index("implied values:") + 2]
    assert implied.split()[:3] == ["3:40", "20", "1/day"]
    assert "claims (5):" in lines
    row = next(line for line in lines if "about 80 m²" in line)
    assert row.split() == ["4:36", "about", "80", "m²", "80", "76–84", "m**2", "measure"]
    assert lines[-1] == "notes.txt: 5 claims, 1 implied value, 1 contradiction"


def test_text_without_findings_still_lists_claims(builder: type[ReportBuilder]) -> None:
    b = builder("The ferry carries 300 cars.")
    b.claim("300 cars", 300, subject="cars")
    text = b.build().to_text("ferry.txt")
    assert ": inconsistent:" not in text and "implied values:" not in text
    assert "1:19" in text and "300 cars" in text
    assert text.endswith("ferry.txt: 1 claim, 0 implied values, 0 contradictions\n")


def test_text_with_no_claims() -> None:
    assert "no quantities found." in Report("Nothing to count.", (), ()).to_text()


def test_markdown_escapes_table_cells(builder: type[ReportBuilder]) -> None:
    b = builder("Costs | rose *3%* to 7 units.")
    rise = b.claim("rose *3%*", 3, "percent", Kind.CHANGE)
    units = b.claim("7 units", 7)
    b.finding(FindingKind.INCONSISTENT, [rise, units], "a | b")
    markdown = b.build().to_markdown("costs.md")
    assert "| 1:9 | ❌ inconsistent |" in markdown
    assert "rose \\*3%\\*" in markdown and "a \\| b" in markdown
    table_rows = [line for line in markdown.splitlines() if line.startswith("| 1:")]
    assert all(line.count(" | ") == line.replace("\\|", "").count(" | ") for line in table_rows)


def test_without_lines_drops_findings_resting_on_the_line(report: Report) -> None:
    assert report.without_lines([3]).findings == ()
    assert report.without_lines([3]).claims == report.claims
    assert report.without_lines([1, 4]).findings == report.findings
    assert report.without_lines([]) is report


def test_github_annotations(report: Report) -> None:
    out = render_github([("docs/a,b.md", report)])
    assert out.count("\n") == 1
    assert out.startswith("::error file=docs/a%2Cb.md,line=3,col=13,endColumn=21,title=quant%3A inconsistent::")
    assert "rise of 50%25" in out  # % is encoded in the message


def test_github_warns_on_ambiguous(builder: type[ReportBuilder]) -> None:
    b = builder("Up 5% or maybe 50 units.")
    one, two = b.claim("Up 5%", 5, "percent", Kind.CHANGE), b.claim("50 units", 50)
    b.finding(FindingKind.AMBIGUOUS, [one, two], "depends on the base")
    assert render_github([("x.txt", b.build())]).startswith("::warning file=x.txt,line=1,col=1")


def test_escape_property() -> None:
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_sarif_shape(report: Report) -> None:
    log = json.loads(render_sarif([("docs/notes.md", report)]))
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "quant"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == ["quant/inconsistent", "quant/ambiguous"]
    (result,) = run["results"]
    assert result["ruleId"] == "quant/inconsistent" and result["level"] == "error"
    assert rule_ids[result["ruleIndex"]] == result["ruleId"]
    assert "rise of 50%" in result["message"]["text"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "docs/notes.md"
    assert location["region"] == {
        "startLine": 3,
        "startColumn": 13,
        "endLine": 3,
        "endColumn": 21,
        "snippet": {"text": "rose 25%"},
    }
    assert [r["physicalLocation"]["region"]["snippet"]["text"] for r in result["relatedLocations"]] == [
        "40 loaves",
        "60 loaves",
    ]


def test_sarif_without_findings_has_empty_results() -> None:
    log = json.loads(render_sarif([("a.txt", Report("quiet", (), ()))]))
    assert log["runs"][0]["results"] == []


def test_check_failed_is_an_assertion_and_a_quant_error_and_pickles() -> None:
    error = DocumentCheckFailed("notes.md", 2, "the table")
    assert isinstance(error, AssertionError) and isinstance(error, QuantError)
    assert str(error) == "notes.md: 2 contradictions between the numbers\nthe table"
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_unreadable_input_message_and_pickle() -> None:
    error = UnreadableInput("docs", "is a directory", "Pass the documents in it, e.g. docs/*.md")
    assert str(error) == "docs: is a directory. Pass the documents in it, e.g. docs/*.md"
    assert str(UnreadableInput("gone.txt", "no such file")) == "gone.txt: no such file."
    assert isinstance(error, OSError)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


@pytest.mark.parametrize("kind", list(FindingKind))
def test_every_verdict_renders_in_every_format(builder: type[ReportBuilder], kind: FindingKind) -> None:
    b = builder("From 12 to 18 boats.")
    one, two = b.claim("12", 12), b.claim("18 boats", 18)
    b.finding(kind, [one, two], f"the {kind} arithmetic", value=6, interval=(5, 7))
    report = b.build()
    assert "the " + str(kind) + " arithmetic" in report.to_text()
    assert "the " + str(kind) + " arithmetic" in report.to_markdown()
    assert "the " + str(kind) + " arithmetic" in report.to_html()


def test_rendering_stays_linear_on_a_long_document(builder: type[ReportBuilder]) -> None:
    import time

    sentence = "The depot sent 40 vans, then 60 vans. "
    b = builder(sentence * 3000)
    for n in range(3000):
        first = b.claim("40 vans", 40, at=n * len(sentence))
        second = b.claim("60 vans", 60, at=n * len(sentence))
        b.finding(FindingKind.IMPLIED, [first, second], "60 - 40 = 20", value=20, interval=(20, 20))
    report = b.build()
    started = time.perf_counter()
    text, html = report.to_text("depot.txt"), report.to_html()
    elapsed = time.perf_counter() - started
    assert text.count("\n  ") >= 6000 and html.count("data-claim=") == 6000
    assert elapsed < 5, f"rendering 6,000 claims took {elapsed:.1f} s; something is quadratic"
