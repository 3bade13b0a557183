"""Candidate links found by arithmetic alone: sums and products among the values of a few sentences, which
findings reports only where the arithmetic agrees."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from quant import units
from quant.model import Claim, Relation, RelationKind
from quant.relations.items import Role, _Item
from quant.relations.products import _bare_count
from quant.relations.words import _ends_with, cues

#: sums and products found by arithmetic alone may join claims this many sentences apart
EQUATION_WINDOW = 3
#: at most this many claims are compared in one window (keeps linking linear on dense tables)
WINDOW_CLAIMS = 16
#: how far units.rough_product_factor may stray from the exact factor: far more than rounding
ROUGH_SLACK = 1e-9


def _approximate(claim: Claim) -> bool:
    return claim.qualifier is not None and claim.interval.bounded


def _targets(ids: Iterable[_Item]) -> tuple[str, ...]:
    """The claims a found equation is reported for: the last stated, and the last rounded one."""
    ordered = sorted(ids, key=lambda v: v.claim.span.start)
    out = [ordered[-1].id]
    # "£3.6m, which is £45 for each of its 80,000 residents": the writer's own working-out
    restated = [v for v in ordered if _restating(v)]
    if restated and restated[-1].id not in out:
        out.append(restated[-1].id)
    rounded = [v for v in ordered if _approximate(v.claim)]
    if rounded and rounded[-1].id not in out:
        out.append(rounded[-1].id)
    return tuple(out)


def _restating(item: _Item) -> bool:
    """A value introduced as another statement of what came before: 'which is £45', 'equivalent to'."""
    tail = " ".join(item.words_before()[-3:])
    return _ends_with(tail, cues().apposition)


def _operands(items: dict[int, list[_Item]]) -> list[_Item]:
    """The values of the document, in order, that may take part in a sum or product: levels (neither a change,
    factor nor restatement: see _is_value) with a value other than 0 or 1."""
    return [v for index in sorted(items) for v in items[index] if v.is_value and v.claim.value not in (None, 0, 1)]


#: three positions in a window of claims
Triple = tuple[int, int, int]


@dataclass(slots=True)
class _Operands:
    """The operands of the document in order, and what _equations reads of each, read once for all the
    windows each stands in; a window is a run of them."""

    items: list[_Item]
    sentence: list[int]
    family: list[str | None]
    value: list[float]
    size: list[float]
    unit: list[str]
    dimensions: list[units.Signature | None]
    scale: list[float | None]  #: units.plain_factor of each unit: the rough product factor without a lookup
    percent: list[bool]
    #: a bare count: three of them make no product ('6.8 x 1,380 = about 9,600' is a coincidence); None till
    #: first asked for (see ``is_plain``), as only the few triples whose sizes fit ask
    plain: list[bool | None]

    @classmethod
    def of(cls, operands: list[_Item]) -> _Operands:
        values = [v.claim.value or 0.0 for v in operands]
        unit = [v.claim.unit for v in operands]
        return cls(
            operands,
            [v.claim.sentence for v in operands],
            [v.family for v in operands],
            values,
            [abs(value) for value in values],
            unit,
            [units.signature(u) for u in unit],
            [units.plain_factor(u) for u in unit],
            [v.family == "percent" for v in operands],
            [None] * len(operands),
        )

    def is_plain(self, k: int) -> bool:
        """_bare_count of the operand at k, worked out once."""
        plain = self.plain[k]
        if plain is None:
            plain = self.plain[k] = _bare_count(self.items[k])
        return plain


def _equations(ops: _Operands, start: int, end: int, current: int, firm: set[frozenset[str]]) -> Iterable[Relation]:
    """Sums and products among the operands ops[start:end] of a window whose last ``current`` are the current
    sentence's, each with one of those, and none among claims a firm link already joins. A triple is met only
    where its last claim stands: once. A triple that is a sum is not also a product."""
    start = max(start, end - WINDOW_CLAIMS)
    first_here = max(0, end - start - current)  # a triple holds a claim of the current sentence if its last is one
    if end - start < 3 or first_here == end - start:
        return
    pool = ops.items[start:end]
    sums = _sums_among(ops.family[start:end], ops.value[start:end], first_here)
    products = _products_among(ops, start, end, first_here)
    if not sums and not products:
        return
    for triple in sorted(sums.keys() | products.keys()):
        if triple in sums:
            a, b, c = sums[triple]
            yield from _unless_firm(_sum_of(pool[a], pool[b], pool[c]), firm)
        else:
            a, b, c = products[triple]
            yield from _unless_firm(_product_of(pool[a], pool[b], pool[c]), firm)


def _sums_among(families: list[str | None], values: list[float], first_here: int) -> dict[Triple, Triple]:
    """Each triple of the pool (positions in order) ending at or after first_here whose two smaller values add
    up to the largest, with those positions (smaller, smaller, largest): values of one family, and no
    percentages."""
    by_family: dict[str | None, list[int]] = {}
    for k, fam in enumerate(families):
        if fam != "percent":
            by_family.setdefault(fam, []).append(k)
    found: dict[Triple, Triple] = {}
    for members in by_family.values():
        if len(members) < 3 or members[-1] < first_here:
            continue
        for last_at in range(2, len(members)):
            r = members[last_at]
            if r < first_here:
                continue
            z = values[r]
            for p, q in itertools.combinations(members[:last_at], 2):
                # the positions ordered by value, the largest last (as a stable sort leaves them: of equal values,
                # the earlier first)
                x, y = values[p], values[q]
                if z >= x and z >= y:
                    a, b, c = (p, q, r) if x <= y else (q, p, r)
                elif y >= x:
                    a, b, c = (p, r, q) if x <= z else (r, p, q)
                else:
                    a, b, c = (q, r, p) if y <= z else (r, q, p)
                if 0.9 <= (values[a] + values[b]) / values[c] <= 1.1:
                    found[p, q, r] = (a, b, c)
    return found


def _products_among(ops: _Operands, start: int, end: int, first_here: int) -> dict[Triple, Triple]:
    """Each triple of the pool ops[start:end] (positions in order) ending at or after first_here where two values
    multiply into the third, with those positions (factor, factor, product); where two readings fit, the
    product is the later claim. Two percentages make no product."""
    units_, sizes, dimensions = ops.unit[start:end], ops.size[start:end], ops.dimensions[start:end]
    percent, scales = ops.percent[start:end], ops.scale[start:end]
    rough_low, rough_high = 0.9 * (1 - ROUGH_SLACK), 1.1 * (1 + ROUGH_SLACK)
    # the claims a pair's product may be, by dimensionality: one of the pair's, or one pint cannot read (None);
    # a value of size zero is the product of none
    nonzero = [c for c in range(end - start) if sizes[c]]
    by_dimensions: dict[units.Signature | None, list[int]] = {}
    for c in nonzero:
        by_dimensions.setdefault(dimensions[c], []).append(c)
    unread = by_dimensions.pop(None, [])
    if unread:
        by_dimensions = {dims: sorted(cs + unread) for dims, cs in by_dimensions.items()}
    found: dict[Triple, Triple] = {}
    product_signature, rough_product_factor = units.product_signature, units.rough_product_factor
    for a, b in itertools.combinations(range(end - start), 2):
        if percent[a] and percent[b]:
            continue
        dims_a, dims_b = dimensions[a], dimensions[b]
        if dims_a is None or dims_b is None:
            candidates = nonzero
        else:  # a count (no dimension) times another value is in that value's dimensions
            product = dims_b if not dims_a else dims_a if not dims_b else product_signature(dims_a, dims_b)
            candidates = by_dimensions.get(product, unread)
        # the triple holds a claim of the current sentence: one of the pair, or else the third (candidates are in
        # order: those before the current sentence are passed over at once)
        if b < first_here:
            if not candidates or candidates[-1] < first_here:
                continue
            candidates = candidates[bisect.bisect_left(candidates, first_here) :]
        size = sizes[a] * sizes[b]
        unit_a, unit_b = units_[a], units_[b]
        scale_a, scale_b = scales[a], scales[b]
        scale_ab = None if scale_a is None or scale_b is None else scale_a * scale_b
        for c in candidates:
            if c in (a, b):
                continue
            # the rough factor rules out nearly every triple cheaply; the exact one decides. A candidate is in the
            # pair's dimensions (or one of the three is unread), so the rough factor is the plain factors' where
            # all three have one
            scale_c = scales[c]
            if scale_ab is not None and scale_c is not None:
                rough: float | None = scale_ab / scale_c
            else:
                rough = rough_product_factor(unit_a, unit_b, units_[c])
            if rough is None or not rough_low <= size * rough / sizes[c] <= rough_high:
                continue
            if ops.is_plain(start + a) and ops.is_plain(start + b) and ops.is_plain(start + c):
                continue
            scale = units.product_factor(unit_a, unit_b, units_[c])
            if scale is None or not 0.9 <= size * scale / sizes[c] <= 1.1:
                continue
            triple = (a, b, c) if c > b else (a, c, b) if c > a else (c, a, b)
            if triple not in found or found[triple][2] < c:
                found[triple] = (a, b, c)
    return found


def _unless_firm(relation: Relation, firm: set[frozenset[str]]) -> Iterable[Relation]:
    """The relation, unless a firm link already joins its claims."""
    if frozenset(relation.claims) not in firm:
        yield relation


def _equation(kind: RelationKind, sign: str, roles: tuple[Role, Role, Role], a: _Item, b: _Item, c: _Item) -> Relation:
    """a (sign) b = c, found by _equations."""
    return Relation(
        kind,
        (a.id, b.id, c.id),
        f"'{a.claim.text}' {sign} '{b.claim.text}' = '{c.claim.text}'",
        tuple(role.value for role in roles),
        firm=False,
        targets=_targets((a, b, c)),
    )


def _sum_of(a: _Item, b: _Item, c: _Item) -> Relation:
    return _equation(RelationKind.SUM, "+", (Role.PART, Role.PART, Role.TOTAL), a, b, c)


def _product_of(a: _Item, b: _Item, c: _Item) -> Relation:
    return _equation(RelationKind.RATE, "×", (Role.FACTOR, Role.FACTOR, Role.PRODUCT), a, b, c)
