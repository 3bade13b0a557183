"""Links of one amount stated in two units: "300 km² (116 sq mi)", "1,450 hectares, about 9 square miles",
and a change restated ("risen 11.4 cm since 1995, about 4.5 inches")."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from quant.model import Relation, RelationKind
from quant.relations.changes import _restated_change
from quant.relations.items import _DATE, Role, _detached, _in_unit_of, _Item, _near_in_size, _plausible
from quant.relations.sums import _total_named
from quant.relations.words import _CLAUSE_BREAK, _words, cues, relation_words, rounding_qualifiers


def _conversions(items: list[_Item]) -> Iterable[Relation]:
    for change in items:  # "risen 11.4 cm since 1995, about 4.5 inches"
        if not change.is_change:
            continue
        after = next((v for v in items[change.index + 1 : change.index + 4] if v.family is not None), None)
        if after is not None and _restated_change(items, change, after):
            yield Relation(
                RelationKind.CONVERSION,
                (change.id, after.id),
                f"'{change.claim.text}' restated as '{after.claim.text}'",
                (Role.SAME.value, Role.SAME.value),
                targets=(after.id,),
            )
    for a, b in itertools.pairwise(items):
        if a.family is None or a.family in ("count", "percent", "pp", "factor"):
            continue
        gap = a.after_text
        own = _words(a.after_text)  # the gap's words but a date's: "4.28 million km² in September, roughly ..."
        if b.claim.kind is _DATE and b.index + 1 < len(items):  # "were cleared in 2025, an area of about ..."
            own = own[:-1] if own[-1:] in (["in"], ["on"], ["during"], ["since"], ["by"]) else own
            own += _words(b.after_text)
            gap += b.claim.text + b.after_text
            b = items[b.index + 1]
        if a.family != b.family or a.claim.unit == b.claim.unit or a.is_change != b.is_change:
            continue
        if _total_named(b):
            continue  # "about 2 grams a day, or 19,200 tonnes a day in all": a total, not a restatement
        if _words(b.after_text)[:1] in (["each"], ["apiece"]):
            continue  # "a combined 16.8 tonnes, or 700 kilograms each": the share of each, not the amount again
        if a.claim.value and not _plausible(_in_unit_of(a, b), b.claim.value or 0.0):
            continue  # "2.6 million bags, each weighing 60 kg, or about 156,000 tonnes": another amount
        words = _words(gap)
        paren = gap.strip() == "("
        said_twice = words in (["or"], ["i.e."]) or " ".join(words) in cues().apposition or _said_again(gap)
        loose = gap.strip().endswith(",") and len(own) <= 3 and not _detached(" ".join(own))
        if not (paren or said_twice or loose):
            continue
        # "1,450 hectares, about 9 square miles": only a comma, then the amount again, rounded
        rounded_again = (
            gap.strip() == "," and b.claim.qualifier in rounding_qualifiers() and _near_in_size(a, b)
        )
        yield Relation(
            RelationKind.CONVERSION,
            (a.id, b.id),
            f"'{a.claim.text}' restated as '{b.claim.text}'",
            (Role.SAME.value, Role.SAME.value),
            firm=paren or said_twice or rounded_again,
            targets=(b.id,),
        )


#: words a short adverbial between a value and its restatement may have ("$1.02 a litre last month,
#: equivalent to $3.86 a gallon", "8,400 hectares since Friday, an area of about 48 km²", "1.9 million hectares
#: of rainforest in the Verdano basin were cleared in 2025, an area of about 9,300 square miles")
ADVERBIAL_WORDS = 10


def _said_again(gap: str) -> bool:
    """'... last month, equivalent to', '... since Friday, an area of': a short phrase, a comma, then words
    that name the same amount again; not 'or', which after a phrase offers another value ('3 metres at York,
    or 7 feet at Selby'), nor a phrase that opens another clause."""
    head, comma, tail = gap.rpartition(",")
    said = _words(tail)
    return (
        bool(comma)
        and 0 < len(_words(head)) <= ADVERBIAL_WORDS
        and relation_words().clause_words.isdisjoint(_words(head))
        and not _CLAUSE_BREAK.search(head + comma)
        and said[:1] != ["or"]
        and " ".join(said) in cues().apposition
    )
