"""The HTML report, parsed with the standard library: every claim highlighted, text escaped, no assets."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from conftest import ReportBuilder

from quant.model import FindingKind
from quant.pipeline import check
from quant.report import Report


class Page(HTMLParser):
    """Collects the text inside each data-claim mark, the tags used, and the findings' classes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marked: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.open_marks: list[str | None] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.findings: list[str] = []
        self.text_parts: list[str] = []
        self.in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "mark":
            claim_id = attributes.get("data-claim")
            self.open_marks.append(claim_id)
            if claim_id:
                self.titles.setdefault(claim_id, attributes.get("title") or "")
        if tag == "section" and "finding" in (attributes.get("class") or ""):
            self.findings.append(attributes.get("class") or "")
        if tag == "pre":
            self.in_text += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open_marks.pop()
        if tag == "pre":
            self.in_text -= 1

    def handle_data(self, data: str) -> None:
        for claim_id in self.open_marks:
            if claim_id:
                self.marked[claim_id] = self.marked.get(claim_id, "") + data
        if self.in_text:
            self.text_parts.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert not page.open_marks, "every <mark> is closed"
    return page


def test_every_claim_is_highlighted_with_its_text(report: Report) -> None:
    page = parse(report.to_html())
    assert page.marked == {c.id: c.text for c in report.claims}
    assert "".join(page.text_parts) == report.text  # the text as written, nothing added or lost


def test_titles_give_value_interval_and_unit(report: Report) -> None:
    title = parse(report.to_html()).titles["c5"]
    assert "80 m**2" in title and "76–84" in title and "measure" in title


def test_text_is_escaped(builder: type[ReportBuilder]) -> None:
    b = builder('<script>alert("x")</script> & 5 <b>km</b>')
    b.claim("5 <b>km</b>", 5, "km")
    html = b.build().to_html(title="<i>t</i>")
    assert "<script>" not in html and "<b>" not in html and "<i>t</i>" not in html
    page = parse(html)
    assert page.marked == {"c1": "5 <b>km</b>"}
    assert '<script>alert("x")</script>' in "".join(page.text_parts)


def test_contradictions_stand_out(report: Report) -> None:
    page = parse(report.to_html())
    assert page.findings[0] == "finding inconsistent"
    assert "finding implied" in page.findings
    marks = {a.get("data-claim"): a.get("class") for tag, a in page.tags if tag == "mark"}
    assert marks["c1"] == "bad" and marks["c2"] == "bad" and marks["c5"] is None


def test_the_page_is_self_contained(report: Report) -> None:
    html = report.to_html()
    page = parse(html)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object"}
    for _, attributes in page.tags:
        for name in ("src", "href"):
            value = attributes.get(name)
            assert value is None or value.startswith("#"), value
    assert "url(" not in html and "@import" not in html
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html


def test_overlapping_claims_both_keep_their_text(builder: type[ReportBuilder]) -> None:
    b = builder("Between 20 and 30 km away.")
    b.claim("Between 20 and 30 km", 25, "km", low=20, high=30)
    b.claim("30 km", 30, "km")
    b.finding(FindingKind.CONSISTENT, ["c1", "c2"], "30 is within 20–30")
    assert parse(b.build().to_html()).marked == {"c1": "Between 20 and 30 km", "c2": "30 km"}


def test_notebook_shows_the_same_fragment(report: Report) -> None:
    fragment = report._repr_html_()
    assert "<html" not in fragment and '<div class="quant-report">' in fragment
    assert parse(fragment).marked == {c.id: c.text for c in report.claims}


def test_several_documents_on_one_page_keep_ids_apart(report: Report) -> None:
    from quant.render import render_html

    html = render_html([("one.txt", report), ("two.txt", report)])
    ids = [a["id"] for _, a in parse(html).tags if a.get("id")]
    assert len(ids) == len(set(ids)) > 0


@pytest.mark.parametrize(
    "text",
    [
        "The ferry took 40 minutes, down from 55 minutes, a drop of 27%.",
        "Costs rose 10%, from $20 to $30 a ticket.",
    ],
)
def test_real_pipeline_every_claim_highlighted(text: str) -> None:
    report = check(text)
    assert report.claims, "the pipeline found quantities"
    page = parse(report.to_html())
    assert page.marked == {c.id: c.text for c in report.claims}
