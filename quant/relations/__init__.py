"""Stage 4: claims -> relations: which claims speak of the same thing, and how.

Two kinds of link are made, and both stay within a few sentences of each other, so linking is
linear in the length of the document:

* *firm* links rest on the text's own words: a change and the values it joins ("rose 25%, from 40
  to 50"), a share and its whole ("60% of the 2,000"), a list of parts and its total ("split between"),
  one amount in two units ("300 km² (116 sq mi)"), a rate over a duration ("4 km a day over five
  days"). The cue words are data, in ``data/relations_en.tsv``. A firm link may be judged inconsistent.
* *candidate* links (``firm=False``) join claims whose units fit a sum or a product, or complete a
  firm link whose value stands in a neighbouring sentence. Findings reports them only where the
  arithmetic agrees, so a coincidence can add a check but never a false alarm.

Each kind of link has a module of its own: changes, gaps, shares, sums, conversions, rates, products, then
completions and equations, which build on the firm links; all read the claims as items (items) and the cue
words (words).

>>> from quant.interval import Interval
>>> from quant.model import Kind, Span, Direction
>>> text = "Sales rose 25% to 60 units."
>>> change = Claim("c1", Span(6, 14), "rose 25%", 0, Kind.CHANGE, 25, Interval(24.5, 25.5), "percent",
...                direction=Direction.INCREASE)
>>> after = Claim("c2", Span(18, 20), "60", 0, Kind.COUNT, 60, Interval(59.5, 60.5), "dimensionless")
>>> [(r.kind.value, r.claims, r.roles) for r in link(text, (Sentence(0, Span(0, 27)),), (change, after))]
[('change', ('c1', 'c2'), ('change', 'after'))]
"""

from __future__ import annotations

import bisect

from quant.model import Claim, Relation, Sentence
from quant.relations.changes import (
    _changes,
    _compares_with,
    _levels,
    _premiums,
    _rate_levels,
    _relative_of_an_amount_change,
    _relative_restated,
    _two_changes_of_one_level,
)
from quant.relations.completions import _change_levels, _changes_named_back, _completions
from quant.relations.conversions import _conversions
from quant.relations.equations import EQUATION_WINDOW, _equations, _Operands, _operands
from quant.relations.gaps import (
    COUNT_LEAD_REACH,
    COUNT_LEAD_SENTENCES,
    _count_leads,
    _gap_across,
    _gap_named_before,
    _gap_over,
    _gaps,
    _leads,
)
from quant.relations.items import _RATIO, Role, _Item, _items, family, is_fraction
from quant.relations.products import (
    _averages,
    _each_noun_does,
    _named_per_head,
    _per_capita,
    _per_each,
    _per_measure,
    _takings,
    _that_per_head,
)
from quant.relations.rates import (
    ONE_MONTH_GROUP,
    ONE_YEAR_GROUP,
    PACE_REACH,
    _dated_rates,
    _over_that_period,
    _paced,
    _rates,
)
from quant.relations.shares import REMAINING_GROUP, _remaining_share, _shares, _together_share
from quant.relations.sums import (
    REST_GROUP,
    _combined_total,
    _of_its_leaving,
    _of_which_and_the_other,
    _records,
    _rest_of_which,
    _sums,
)
from quant.relations.words import _may_hold, _phrases_of, cues

__all__ = [
    "EQUATION_WINDOW",
    "ONE_MONTH_GROUP",
    "ONE_YEAR_GROUP",
    "REMAINING_GROUP",
    "REST_GROUP",
    "Role",
    "family",
    "is_fraction",
    "link",
]


def _ends_before(items: dict[int, list[_Item]], index: int, sentences: int, reach: int) -> list[_Item]:
    """The last ``reach`` claims of each of the ``sentences`` sentences before sentence ``index``, in order:
    what a link that reaches back looks at, bounded so that linking stays linear."""
    return [v for k in range(index - sentences, index) for v in items.get(k, [])[-reach:]]


def link(text: str, sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> tuple[Relation, ...]:
    """Every relation among the claims, firm links first."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    spans = {s.index: s for s in sentences}
    items: dict[int, list[_Item]] = {}
    for index, members in by_sentence.items():
        where = spans.get(index) or Sentence(index, members[0].span.cover(members[-1].span))
        items[index] = _items(text, where, members)
    del by_sentence  # thousands of lists the collector need not walk again
    by_id = {v.id: v for vs in items.values() for v in vs}

    firm: list[Relation] = []
    the_cues, compares = cues(), _phrases_of("compares")
    for index, its in sorted(items.items()):
        previous = items.get(index - 1, [])
        # the kinds of value a sentence holds rule out most kinds of link before they are looked for
        if len(its) == 1:
            # a lone claim has no other in its sentence to join: only a lead reaches back, to the list before it, and
            # an amount per unit opened by "That", to the amount and measure before it
            if its[0].claim.unit == "percentage_point":
                firm += _leads(its, previous)
            elif "/" in its[0].claim.unit and previous:  # "That works out at about $310m per kilometre"
                firm += _per_measure(its, items)
            elif its[0].family == "count" and previous:  # "Her margin of 7,335 votes was the largest"
                firm += _count_leads(its, _ends_before(items, index, COUNT_LEAD_SENTENCES, COUNT_LEAD_REACH))
            elif its[0].family == "[time]" and previous:  # "At that pace it would take about 75 weeks"
                firm += _paced(its, _ends_before(items, index, 2, PACE_REACH))
            opening = its[0].before_text.lower()
            if previous and ("combined" in opening or "together" in opening):  # "Combined, they carried 148.2m"
                firm += _combined_total(its, _ends_before(items, index, 2, PACE_REACH))
            continue
        first_span, last_span = its[0].claim.span, its[-1].claim.span
        sentence = spans.get(index)
        start = sentence.span.start if sentence is not None else first_span.start
        end = sentence.span.end if sentence is not None else last_span.end
        # what the sentence's items hold, in one pass over them
        units_here: set[str] = set()
        families: set[str | None] = set()
        value_families: list[str | None] = []
        changing = sharing = ratio = False
        for v in its:
            claim = v.claim
            units_here.add(claim.unit)
            families.add(v.family)
            if v.is_value:
                value_families.append(v.family)
            if v.is_change and v.family is not None:
                changing = True
            if v.is_share:
                sharing = True
            if claim.kind is _RATIO:
                ratio = True
        dimensions = "\n".join(filter(None, families))  # one a line, to look for a dimension in
        # the words of the sentence, from its start to the end of its last claim, lower-cased: a link whose cue
        # words are not among them is not looked for (a word of a text is a part of the text)
        lowered = text[min(start, first_span.start) : max(end, last_span.end)].lower()
        listed = len(set(value_families)) < len(value_families)  # two values of one family: a list, a part and whole
        changes = list(_changes(its)) if changing else []
        firm += changes
        if changes:
            firm += _two_changes_of_one_level(its, changes)
            firm += _relative_restated(its, changes)
            firm += _relative_of_an_amount_change(its, changes)
        if len(value_families) > 1:  # two levels
            firm += _levels(its, {cid for r in changes for cid in r.claims})
        if previous and _may_hold(lowered, compares):  # "That compares with 5.5%"
            firm += _compares_with(its, previous)
        if len(value_families) > 2 or (len(value_families) > 1 and "percentage_point" in units_here):  # a gap
            firm += _gaps(its)
        if "percentage_point" in units_here and len(its) > 2:  # "grew 6.1%, a gap of 2.3 points over ... 4.8%"
            firm += _gap_over(its)
        if listed and previous:  # "bringing in £7.4m. After costs of £4.9m, ... a surplus of £2.9m"
            firm += _gap_across(its, previous)
        if listed and previous:  # "a deficit of €18.6bn. Revenue reached €212.4bn while spending ..."
            firm += _gap_named_before(its, previous)
        if listed or sharing:  # a share, or a part stated with its whole
            firm += _shares(its, text, start)
        if listed:
            firm += _sums(its, previous)
        if previous and ("combined" in lowered or "together" in lowered):  # "Combined, ... carried 148.2 million"
            firm += _combined_total(its, _ends_before(items, index, 2, PACE_REACH))
        if _may_hold(lowered, the_cues.of_which):  # "of which £9.6m", "12 of which"
            firm += _rest_of_which(its)
            if len(its) > 2:
                firm += _of_which_and_the_other(its)
        if len(its) > 3 and ("drew" in lowered or "drawn" in lowered):  # "won 22, drew 7 and lost 4"
            firm += _records(its)
        if len(its) > 2 and "leav" in lowered:  # "leaving 22"
            firm += _of_its_leaving(its)
        if len(units_here) > 1:  # one amount in two units
            firm += _conversions(its)
        if "/ [time]" in dimensions:  # a rate
            firm += _rates(its)
            firm += _dated_rates(its)
            if (previous and "period" in lowered) or "time" in lowered:  # "Over that period it logged 312, ..."
                firm += _over_that_period(its, previous)
        if "[time]" in families and ("pace" in lowered or "rate" in lowered or "last" in lowered or "take" in lowered):
            # "At that pace ... would be covered in roughly 26 days", "stocks would last about 120 days"
            firm += _paced(its, _ends_before(items, index, 2, PACE_REACH))
        if "percentage_point" in units_here:  # a lead
            firm += _leads(its, previous)
        if "count" in families and ("lead" in lowered or "margin" in lowered):  # "a lead of seven points"
            firm += _count_leads(its, _ends_before(items, index, COUNT_LEAD_SENTENCES, COUNT_LEAD_REACH))
        if "each" in lowered or "apiece" in lowered:  # "$140,000 for each of", "£295 each"
            firm += _per_each(its, previous)
        if "per " in lowered or _may_hold(lowered, the_cues.average):  # "an average of $310,000 a ship", "per cow"
            firm += _averages(its, previous, items)
            if previous:  # "revenue per head came to about CHF 310,000", after "revenue of CHF 4.2bn"
                firm += _named_per_head(its, items)
        if "/" in "\n".join(units_here):  # a unit per another: "€197m per kilometre"
            firm += _per_measure(its, items)
        if previous and (
            (("that" in lowered or "this" in lowered) and ("per " in lowered or "a head" in lowered))
            or ("each" in lowered and "average" in lowered)
        ):
            firm += _that_per_head(its, items)  # "..., that is about C$5,400 a head", "households each ... an average"
        if "each" in lowered:  # "each bus saves"
            firm += _each_noun_does(its, previous, items)
        if "currency" in dimensions:  # a price
            firm += _takings(its)
        if ratio:  # a rate per head
            firm += _per_capita(its, previous, items)
        if "percent" in families:  # a share
            firm += _remaining_share(its, previous)
            if "together" in lowered or "combined" in lowered or "between them" in lowered:
                firm += _together_share(its, previous, items.get(index - 2, []))
            firm += _rate_levels(its)
            if len(its) > 2:  # a premium stands between an offer and a price
                firm += _premiums(its)

    firm += _changes_named_back(firm, by_id, items)
    out: list[Relation] = list(firm)
    joined = {frozenset(r.claims) for r in firm if len(r.claims) == 3}
    levels = _change_levels(firm)
    for relation in firm:
        if relation.firm:
            out += _completions(relation, by_id, items, levels)
    ops = _Operands.of(_operands(items))
    sentence_of = ops.sentence  # in order
    # a sentence without operands ends no triple: only those with one are windows
    for index in dict.fromkeys(sentence_of):  # the window: the operands of this sentence and the EQUATION_WINDOW before
        here = bisect.bisect_left(sentence_of, index)
        end = bisect.bisect_right(sentence_of, index, here)
        start = bisect.bisect_left(sentence_of, index - EQUATION_WINDOW, 0, here)
        if end - start >= 3:  # a sum or product joins three
            out += _equations(ops, start, end, end - here, joined)
    return tuple(out)
