"""One self-contained HTML page (inline CSS, no scripts, no external assets).

The text is shown as written with every claim in a ``<mark data-claim="ID">`` whose title gives its value,
interval and unit; beside it, every finding with its arithmetic, contradictions first and in red. The same
fragment, without the page around it, is what a notebook shows (``Report._repr_html_``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from html import escape

from quant.model import Claim, Finding, FindingKind
from quant.render._common import (
    VERDICT_ORDER,
    Document,
    Named,
    arithmetic,
    claim_amount,
    claim_interval,
    claim_value,
    extra_steps,
    finding_claims,
    finding_offset,
    fmt_amount,
    fmt_interval,
    fmt_unit,
    one_line,
    sorted_findings,
    step_line,
    summary,
)

STYLE = """
.quant-report { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
  background: #fff; max-width: 1400px; margin: 0 auto 2em; padding: 0 1em; }
.quant-report h2 { font-size: 1.25em; margin: .8em 0 .2em; overflow-wrap: anywhere; }
.quant-report .summary { color: #57606a; margin: 0 0 1em; }
.quant-report .summary.bad { color: #b42318; font-weight: 600; }
.quant-report .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em;
  align-items: start; }
@media (max-width: 800px) { .quant-report .layout { grid-template-columns: 1fr; } }
.quant-report .text { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa;
  font: 16px/1.7 Georgia, "Times New Roman", serif;
  border: 1px solid #d0d7de; border-radius: 6px; padding: 1em 1.2em; margin: 0; }
.quant-report mark { background: #fff1b8; border-bottom: 2px solid #d4a72c; border-radius: 2px;
  padding: 0 1px; color: inherit; cursor: help; }
.quant-report mark.ok { background: #dafbe1; border-bottom-color: #2da44e; }
.quant-report mark.warn { background: #fff1d6; border-bottom-color: #bf8700; }
.quant-report mark.bad { background: #ffebe9; border-bottom-color: #cf222e; }
.quant-report mark:target { outline: 2px solid #0969da; }
.quant-report .findings { display: flex; flex-direction: column; gap: .7em; position: sticky; top: .5em;
  max-height: calc(100vh - 1em); overflow-y: auto; }
.quant-report .finding { border: 1px solid #d0d7de; border-left-width: 5px; border-radius: 6px;
  padding: .55em .8em; background: #fff; }
.quant-report .finding.inconsistent { border-color: #cf222e; background: #fff5f5; }
.quant-report .finding.ambiguous { border-color: #bf8700; }
.quant-report .finding.consistent { border-color: #2da44e; }
.quant-report .finding.implied { border-color: #0969da; }
.quant-report .verdict { font-weight: 700; text-transform: uppercase; font-size: .8em;
  letter-spacing: .04em; }
.quant-report .inconsistent .verdict { color: #cf222e; }
.quant-report .where { color: #57606a; font-size: .85em; margin-left: .5em; }
.quant-report .finding ul { margin: .3em 0; padding-left: 1.2em; }
.quant-report .finding ol { margin: .3em 0; padding-left: 2em; font-family: ui-monospace, monospace;
  font-size: .9em; }
.quant-report .finding p { margin: .3em 0; }
.quant-report .value { font-weight: 600; }
.quant-report a { color: #0969da; text-decoration: none; }
.quant-report .none { color: #57606a; font-style: italic; }
.quant-report details { margin-top: 1.2em; }
.quant-report table { border-collapse: collapse; font-size: .9em; margin-top: .5em; }
.quant-report th, .quant-report td { border: 1px solid #d0d7de; padding: .2em .6em; text-align: left;
  vertical-align: top; }
.quant-report th { background: #f6f8fa; }
.quant-report td.num { text-align: right; font-variant-numeric: tabular-nums; }
"""

#: the mark class of a claim, from the worst finding it takes part in
_MARK_CLASS = {
    FindingKind.INCONSISTENT: "bad",
    FindingKind.AMBIGUOUS: "warn",
    FindingKind.CONSISTENT: "ok",
    FindingKind.IMPLIED: "ok",
}
_SEVERITY = (FindingKind.INCONSISTENT, FindingKind.AMBIGUOUS, FindingKind.CONSISTENT, FindingKind.IMPLIED)


def claim_title(claim: Claim) -> str:
    """'c3 · measure: 300 km**2, interval 285–315'."""
    kind = str(claim.kind) + (f", {claim.direction}" if claim.direction else "")
    amount = claim_amount(claim)
    interval = f"{claim_interval(claim)} {fmt_unit(claim.unit)}".rstrip()
    return f"{claim.id} · {kind}: {amount}, interval {interval}"


def _mark_classes(doc: Document) -> dict[str, str]:
    worst: dict[str, int] = {}
    for finding in doc.findings:
        rank = _SEVERITY.index(finding.kind)
        for claim_id in finding.claims:
            worst[claim_id] = min(rank, worst.get(claim_id, rank))
    return {claim_id: _MARK_CLASS[_SEVERITY[rank]] for claim_id, rank in worst.items()}


def highlighted_text(doc: Document, prefix: str) -> str:
    """The text, escaped, with each claim's characters inside marks carrying its id.

    Overlapping claims nest: the text is cut at every claim boundary and each piece is wrapped in the
    marks of every claim covering it, so a claim may span several marks with the same data-claim.
    """
    text = doc.text
    claims = sorted(
        (c for c in doc.claims if 0 <= c.span.start < c.span.end <= len(text)),
        key=lambda c: (c.span.start, -c.span.end),
    )
    cuts = sorted({0, len(text), *(c.span.start for c in claims), *(c.span.end for c in claims)})
    classes = _mark_classes(doc)
    seen: set[str] = set()
    out: list[str] = []
    active: list[Claim] = []  #: claims begun before this piece, outer first
    upcoming = iter(claims)
    following = next(upcoming, None)
    for start, end in itertools.pairwise(cuts):
        active = [c for c in active if c.span.end > start]
        while following is not None and following.span.start == start:
            active.append(following)
            following = next(upcoming, None)
        piece = escape(text[start:end], quote=False)
        covering = sorted(active, key=lambda c: (c.span.start, -c.span.end))
        for claim in reversed(covering):
            anchor = ""
            if claim.id not in seen:
                seen.add(claim.id)
                anchor = f' id="{escape(prefix)}-claim-{escape(claim.id)}"'
            css = f' class="{classes[claim.id]}"' if claim.id in classes else ""
            title = escape(claim_title(claim))
            piece = f'<mark{anchor} data-claim="{escape(claim.id)}"{css} title="{title}">{piece}</mark>'

        out.append(piece)
    return "".join(out)


def _finding_html(doc: Document, finding: Finding, prefix: str) -> str:
    line, col = doc.location(finding_offset(doc, finding))
    items = []
    for claim in finding_claims(doc, finding):
        c_line, c_col = doc.location(claim.span.start)
        surface = escape(one_line(claim.text, 80))
        amount = escape(claim_amount(claim))
        items.append(
            f'<li><a href="#{escape(prefix)}-claim-{escape(claim.id)}">“{surface}”</a>'
            f' <span class="where">{c_line}:{c_col}</span> = {amount}</li>'
        )
    parts = [
        f'<section class="finding {escape(str(finding.kind))}"'
        f' id="{escape(prefix)}-finding-{escape(finding.id)}">',
        f'<span class="verdict">{escape(str(finding.kind))}</span><span class="where">line {line}:{col}'
        f" · {escape(str(finding.relation))}</span>",
    ]
    if finding.interval is not None or finding.value is not None:
        amount = fmt_amount(finding.value, finding.interval, finding.unit, 4)
        interval = f" (interval {fmt_interval(finding.interval)})" if finding.interval else ""
        parts.append(f'<p><span class="value">{escape(amount)}</span>{escape(interval)}</p>')
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    if finding.explanation:
        parts.append(f"<p>{escape(arithmetic(finding))}</p>")
    if extra_steps(finding):
        steps = "".join(
            f"<li>{escape(step_line(s.expression, s.result, s.unit))}</li>" for s in extra_steps(finding)
        )
        parts.append(f"<ol>{steps}</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def _claims_table(doc: Document, prefix: str) -> str:
    rows = []
    for claim in sorted(doc.claims, key=lambda c: c.span.start):
        line, col = doc.location(claim.span.start)
        cells = [
            f'<td><a href="#{escape(prefix)}-claim-{escape(claim.id)}">{line}:{col}</a></td>',
            f"<td>{escape(one_line(claim.text))}</td>",
            f'<td class="num">{escape(claim_value(claim))}</td>',
            f'<td class="num">{escape(claim_interval(claim))}</td>',
            f"<td>{escape(fmt_unit(claim.unit))}</td>",
            f"<td>{escape(str(claim.kind))}{escape(f' ({claim.direction})' if claim.direction else '')}</td>",
            f"<td>{escape(claim.subject or '')}</td>",
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    headings = ("Line:col", "Claim", "Value", "Interval", "Unit", "Kind", "Subject")
    head = "".join(f"<th>{h}</th>" for h in headings)
    return (
        f"<details><summary>All {len(doc.claims)} claims</summary>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></details>"
    )


def render_html_fragment(name: str, doc: Document, prefix: str = "q0", style: bool = True) -> str:
    """One document as a ``<div class="quant-report">``, with its style sheet unless ``style`` is False."""
    findings = sorted(sorted_findings(doc), key=lambda f: VERDICT_ORDER.index(f.kind))  # worst first
    bad = any(f.kind is FindingKind.INCONSISTENT for f in findings)
    if findings:
        cards = "\n".join(_finding_html(doc, finding, prefix) for finding in findings)
    else:
        cards = '<p class="none">No findings: no two claims could be checked against each other.</p>'
    return "\n".join(
        [
            f"<style>{STYLE}</style>" if style else "",
            '<div class="quant-report">',
            f"<h2>{escape(name)}</h2>",
            f'<p class="summary{" bad" if bad else ""}">{escape(summary(doc))}</p>',
            '<div class="layout">',
            f'<pre class="text">{highlighted_text(doc, prefix)}</pre>',
            f'<div class="findings">{cards}</div>',
            "</div>",
            _claims_table(doc, prefix) if doc.claims else '<p class="none">No quantities found.</p>',
            "</div>",
        ]
    )


def render_html(documents: Sequence[Named], title: str = "quant report") -> str:
    """A whole page holding every document."""
    body = "\n".join(
        render_html_fragment(name, doc, prefix=f"q{i}", style=False)
        for i, (name, doc) in enumerate(documents)
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>body {{ margin: 0; background: #fff; }}{STYLE}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
