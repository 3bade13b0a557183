"""The records passed between the stages: frozen, slotted, holding spans into the one original text."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from quant.interval import Interval


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """Character offsets [start, end) into the original text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"bad span {start}..{end}")
        # each slot's own setter, as for Claim: tens of thousands of spans are made per document
        _SPAN_START(self, start)
        _SPAN_END(self, end)

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def cover(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))


_SPAN_START, _SPAN_END = (getattr(Span, f.name).__set__ for f in fields(Span))


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    index: int
    span: Span

    def __init__(self, index: int, span: Span) -> None:
        _SENTENCE_INDEX(self, index)  # each slot's own setter, as for Claim
        _SENTENCE_SPAN(self, span)


_SENTENCE_INDEX, _SENTENCE_SPAN = (getattr(Sentence, f.name).__set__ for f in fields(Sentence))


class Kind(StrEnum):
    MEASURE = "measure"
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    CHANGE = "change"
    MULTIPLIER = "multiplier"
    RATIO = "ratio"
    FRACTION = "fraction"
    DURATION = "duration"
    DATE = "date"


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class Form(StrEnum):
    """How a number was written."""

    DIGITS = "digits"
    WORDS = "words"
    FRACTION = "fraction"
    VAGUE = "vague"
    RANGE = "range"
    TIME = "time"


@dataclass(frozen=True, slots=True, init=False)
class NumberReading:
    """A number as written: its value (None for vague amounts) and the interval its precision allows."""

    span: Span
    value: float | None
    interval: Interval
    form: Form

    def __init__(self, span: Span, value: float | None, interval: Interval, form: Form) -> None:
        _READING_SPAN(self, span)  # each slot's own setter, as for Claim: one or more per number found
        _READING_VALUE(self, value)
        _READING_INTERVAL(self, interval)
        _READING_FORM(self, form)


_READING_SPAN, _READING_VALUE, _READING_INTERVAL, _READING_FORM = (
    getattr(NumberReading, f.name).__set__ for f in fields(NumberReading)
)


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A quantity found in a sentence, before its unit is resolved.

    ``span`` covers the qualifier, number, unit and direction words; the other spans point at the parts.
    """

    span: Span
    sentence: int
    number: NumberReading
    high: NumberReading | None  #: the upper end of a range ("20-30 km")
    unit_text: str | None  #: the unit as written ("square kilometers", "$", "a day")
    unit: str  #: a pint expression; "dimensionless" for counts
    kind: Kind
    qualifier: str | None = None
    direction: Direction | None = None
    multiplier: float = 1.0  #: a scale word or rate base applied to the number ("million", "per 100,000")
    cue: str | None = None  #: the word before that ties it to another number: "from", "to", "of", "than"
    date: str | None = None  #: for dates: the ISO date or month it resolves to, where known

    def __init__(
        self, span: Span, sentence: int, number: NumberReading, high: NumberReading | None, unit_text: str | None,
        unit: str, kind: Kind, qualifier: str | None = None, direction: Direction | None = None,
        multiplier: float = 1.0, cue: str | None = None, date: str | None = None,
    ) -> None:
        # each slot's own setter, as for Claim: one mention per number found
        s_span, s_sentence, s_number, s_high, s_unit_text, s_unit, s_kind, s_qualifier, s_direction, s_multiplier, \
            s_cue, s_date = _MENTION_SETTERS
        s_span(self, span)
        s_sentence(self, sentence)
        s_number(self, number)
        s_high(self, high)
        s_unit_text(self, unit_text)
        s_unit(self, unit)
        s_kind(self, kind)
        s_qualifier(self, qualifier)
        s_direction(self, direction)
        s_multiplier(self, multiplier)
        s_cue(self, cue)
        s_date(self, date)


#: the setter of each of Mention's slots, in the order of its fields
_MENTION_SETTERS: tuple[Any, ...] = tuple(getattr(Mention, f.name).__set__ for f in fields(Mention))


@dataclass(frozen=True, slots=True, init=False)
class Claim:
    """A quantity the text states: a value interval in a pint unit, with what it is about.

    Its ``__init__`` is written out (see _CLAIM_SETTERS): thousands are made per document.
    """

    id: str
    span: Span
    text: str
    sentence: int
    kind: Kind
    value: float | None  #: the stated value; None for vague amounts and dates
    interval: Interval  #: what the qualifier and the stated precision allow
    unit: str  #: readable by quant.ureg
    qualifier: str | None = None
    direction: Direction | None = None
    subject: str | None = None  #: the words saying what is counted or measured
    unit_text: str | None = None
    cue: str | None = None
    date: str | None = None

    def __init__(
        self, id: str, span: Span, text: str, sentence: int, kind: Kind, value: float | None, interval: Interval,
        unit: str, qualifier: str | None = None, direction: Direction | None = None, subject: str | None = None,
        unit_text: str | None = None, cue: str | None = None, date: str | None = None,
    ) -> None:
        # each slot's own setter, where a frozen dataclass's __init__ calls object.__setattr__ by name: half the cost
        s_id, s_span, s_text, s_sentence, s_kind, s_value, s_interval, s_unit, s_qualifier, s_direction, s_subject, \
            s_unit_text, s_cue, s_date = _CLAIM_SETTERS
        s_id(self, id)
        s_span(self, span)
        s_text(self, text)
        s_sentence(self, sentence)
        s_kind(self, kind)
        s_value(self, value)
        s_interval(self, interval)
        s_unit(self, unit)
        s_qualifier(self, qualifier)
        s_direction(self, direction)
        s_subject(self, subject)
        s_unit_text(self, unit_text)
        s_cue(self, cue)
        s_date(self, date)

    @property
    def low(self) -> float:
        return self.interval.low

    @property
    def high(self) -> float:
        return self.interval.high


#: the setter of each of Claim's slots, in the order of its fields
_CLAIM_SETTERS: tuple[Any, ...] = tuple(getattr(Claim, f.name).__set__ for f in fields(Claim))


class RelationKind(StrEnum):
    CHANGE = "change"  #: a value, its earlier value, and/or the change between them
    SHARE = "share"  #: a part as a fraction or percentage of a whole
    SUM = "sum"  #: parts that add up to a stated total
    CONVERSION = "conversion"  #: one amount stated in two units
    RATE = "rate"  #: rate x duration = amount; total / count = average
    RATIO = "ratio"  #: one value a stated multiple of another
    DIFFERENCE = "difference"  #: one value a stated amount above or below another


@dataclass(frozen=True, slots=True, init=False)
class Relation:
    """Claims linked by what the text says, each in a role (see quant.relations.Role).

    A *firm* relation rests on the text's own words (a cue, a parenthesis, one sentence) and may be
    judged inconsistent; a relation that is not firm was found by proximity and arithmetic alone, and
    is reported only where the numbers agree. ``group`` ties alternative candidates for one missing
    value: the first that agrees is reported, the rest are dropped.
    """

    kind: RelationKind
    claims: tuple[str, ...]
    basis: str  #: why they were linked, in words
    roles: tuple[str, ...] = ()  #: one role per claim, in the same order
    firm: bool = True
    group: str = ""
    targets: tuple[str, ...] = ()  #: claim ids whose value is recomputed from the others
    direction: Direction | None = None  #: the direction of a change, where the words give one

    def __init__(
        self, kind: RelationKind, claims: tuple[str, ...], basis: str, roles: tuple[str, ...] = (), firm: bool = True,
        group: str = "", targets: tuple[str, ...] = (), direction: Direction | None = None,
    ) -> None:
        if roles and len(roles) != len(claims):
            raise ValueError(f"{len(claims)} claims but {len(roles)} roles")
        # each slot's own setter, as for Claim: thousands of relations are made per document
        s_kind, s_claims, s_basis, s_roles, s_firm, s_group, s_targets, s_direction = _RELATION_SETTERS
        s_kind(self, kind)
        s_claims(self, claims)
        s_basis(self, basis)
        s_roles(self, roles)
        s_firm(self, firm)
        s_group(self, group)
        s_targets(self, targets)
        s_direction(self, direction)

    def role_of(self, claim_id: str) -> str | None:
        for cid, role in zip(self.claims, self.roles, strict=False):
            if cid == claim_id:
                return role
        return None


#: the setter of each of Relation's slots, in the order of its fields
_RELATION_SETTERS: tuple[Any, ...] = tuple(getattr(Relation, f.name).__set__ for f in fields(Relation))


class FindingKind(StrEnum):
    IMPLIED = "implied"
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True, init=False)
class Step:
    """One line of arithmetic a reader can redo."""

    expression: str
    result: Interval
    unit: str

    def __init__(self, expression: str, result: Interval, unit: str) -> None:
        _STEP_EXPRESSION(self, expression)  # each slot's own setter, as for Claim: one step a finding
        _STEP_RESULT(self, result)
        _STEP_UNIT(self, unit)


_STEP_EXPRESSION, _STEP_RESULT, _STEP_UNIT = (getattr(Step, f.name).__set__ for f in fields(Step))


@dataclass(frozen=True, slots=True, init=False)
class Finding:
    id: str
    kind: FindingKind
    relation: RelationKind
    claims: tuple[str, ...]
    value: float | None
    interval: Interval | None
    unit: str | None
    explanation: str
    steps: tuple[Step, ...] = ()

    def __init__(
        self, id: str, kind: FindingKind, relation: RelationKind, claims: tuple[str, ...], value: float | None,
        interval: Interval | None, unit: str | None, explanation: str, steps: tuple[Step, ...] = (),
    ) -> None:
        # each slot's own setter, as for Claim: thousands of findings are made per document
        s_id, s_kind, s_relation, s_claims, s_value, s_interval, s_unit, s_explanation, s_steps = _FINDING_SETTERS
        s_id(self, id)
        s_kind(self, kind)
        s_relation(self, relation)
        s_claims(self, claims)
        s_value(self, value)
        s_interval(self, interval)
        s_unit(self, unit)
        s_explanation(self, explanation)
        s_steps(self, steps)


#: the setter of each of Finding's slots, in the order of its fields
_FINDING_SETTERS: tuple[Any, ...] = tuple(getattr(Finding, f.name).__set__ for f in fields(Finding))
