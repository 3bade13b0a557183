"""Links of a difference between two things: a value named as the gap between the two before it ("£14.2m and
£11.8m, a difference of £3.4m"), and a lead in points over the next largest share ("a seven-point lead")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from quant.model import Direction, Relation, RelationKind
from quant.relations.items import (
    _DATE,
    Role,
    _comparable,
    _cue_before,
    _cue_ends,
    _is_share,
    _is_value,
    _Item,
    _reference,
)
from quant.relations.shares import SHARE_REACH
from quant.relations.sums import _lists
from quant.relations.words import WORDS_BEFORE_CHARS, _has, _words, cues, relation_words

#: how many claims back a gap's two values may stand (a restatement and a date between them)
GAP_REACH = 4
#: "narrowing the monthly trade deficit to €1.1bn": a value named as a gap by a noun a few words before it
_NAMED_GAP = re.compile(r"\b(?:deficit|surplus|shortfall|gap)(?:[ ][a-z]+){0,2}?[ ](?:to|of|at)[ ]\Z")


def _named_gap(v: _Item) -> bool:
    return _NAMED_GAP.search(v.before_text.lower()[-GAP_NOUN_CHARS:]) is not None


#: how far before a value the noun naming it a gap may stand
GAP_NOUN_CHARS = 40


def _gap_link(gap: _Item, a: _Item, b: _Item) -> Relation:
    """The gap between two values: the smaller is the level 'before', the larger the level 'after'."""
    small, large = sorted((a, b), key=lambda x: x.claim.value or 0.0)
    order = {small.id: Role.BEFORE.value, large.id: Role.AFTER.value}
    return Relation(
        RelationKind.DIFFERENCE,
        (gap.id, a.id, b.id),
        f"'{gap.claim.text}' is the gap between '{a.claim.text}' and '{b.claim.text}'",
        (Role.CHANGE.value, order[a.id], order[b.id]),
        group=f"gap:{gap.id}",
        direction=Direction.INCREASE,
    )


def _gaps(items: list[_Item]) -> Iterable[Relation]:
    """'£14.2m and £11.8m, a difference of £3.4m': a value named as the gap between the two before it."""
    for v in items:
        if v.index < 2 or not (v.is_value or (v.family == "pp" and not v.is_change)):
            continue
        if not (_cue_before(v, "gap") or _named_gap(v)):
            continue
        # the two values before it, past an amount restated in parentheses, dates and changes: "peak at -10°C
        # (14°F) and fall to -80°C at night, a swing of 90°C", "rose to €8.4bn, while imports fell 6% to €9.1bn"
        before = [
            x for x in items[max(0, v.index - GAP_REACH) : v.index]
            if x.claim.kind is not _DATE and x.before_text.strip() != "(" and not x.is_change and x.claim.cue != "from"
        ][-2:]  # nor a level left: "imports slipped to €52.9bn from €54.1bn, narrowing the trade deficit to €4.7bn"
        if len(before) < 2:
            continue
        a, b = before
        if not (_is_value(a) and _is_value(b) and b.clause == v.clause):
            continue
        if a.clause != b.clause and not (a.family == b.family == "[temperature]" or _named_gap(v)):
            continue  # "a winter low of -62°C in July, while the summer high reached -24°C, a range of 38°C"
        points = v.family == "pp" and a.family == "percent"  # "pass rates of 88% and 82%, a gap of 4 points"
        if not (_comparable(a, b) and (_comparable(a, v) or points)):
            continue
        yield _gap_link(v, a, b)


def _gap_across(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'bringing in £7.4m. After enforcement costs of £4.9m, the scheme made a surplus of £2.9m': a value named
    a surplus or deficit, with one value of its kind before it in its sentence, is the gap between that value
    and the largest of the sentence before (not a level left) that is larger than both."""
    for v in items:
        if not v.is_value or v.index == 0 or not _named_gap(v):
            continue
        here = [
            x for x in items[max(0, v.index - GAP_REACH) : v.index]
            if _is_value(x) and not x.is_change and x.claim.cue != "from" and _comparable(x, v)
        ]
        if len(here) != 1:
            continue  # none, or the two values of _gaps
        inside = here[0]
        larger = [
            x for x in previous[-GAP_REACH * 2 :]
            if _is_value(x) and not x.is_change and x.claim.cue != "from" and _comparable(x, v)
            and (x.claim.value or 0.0) > max(inside.claim.value or 0.0, v.claim.value or 0.0)
        ]
        if not larger:
            continue
        other = max(larger, key=lambda x: x.claim.value or 0.0)
        yield _gap_link(v, other, inside)  # the larger of the sentence before, then the one here


def _gap_over(items: list[_Item]) -> Iterable[Relation]:
    """'Public-sector pay grew 6.1%, a gap of 2.3 points over the private sector's 4.8%': a gap in points set off
    after a percentage (a level or a rate of change) and compared, by 'over', 'above' or 'ahead of', with the
    percentage after it."""
    for v in items:
        if v.claim.unit != "percentage_point" or v.index == 0 or v.index + 1 >= len(items):
            continue
        a, b = items[v.index - 1], items[v.index + 1]
        if a.family != "percent" or b.family != "percent" or a.clause != v.clause:
            continue
        if "," not in v.before_text or not (_cue_before(v, "gap") or _named_gap(v)):
            continue
        if _words(v.after_text)[:1] not in (["over"], ["above"], ["ahead"], ["on"]):
            continue
        yield _gap_link(v, a, b)


def _gap_named_before(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'ran a budget deficit of €18.6bn in 2025. Revenue reached €212.4bn while spending totalled €226.0bn':
    a value named a deficit or surplus among the first GAP_REACH of the sentence before, with no value of its
    kind before it there, is the gap between the first two values of its kind here, each larger than it, with
    none between them."""
    for gap in previous[:GAP_REACH]:  # a headline figure: among the first of its sentence
        if not gap.is_value or not _named_gap(gap):
            continue
        if any(_is_value(x) and _comparable(x, gap) for x in previous[: gap.index]):
            continue  # the two values before it: _gaps
        if sum(1 for x in previous[gap.index + 1 :] if _is_value(x) and _comparable(x, gap)) >= 2:
            continue  # "a surplus of €6.3bn, as exports of €41.8bn exceeded imports of €35.5bn": its own two after it
        pair = [
            v for v in items[: 2 * GAP_REACH]
            if _is_value(v) and not v.is_change and v.claim.cue != "from" and _comparable(v, gap)
        ][:2]
        if len(pair) < 2:
            continue
        a, b = pair
        between = items[a.index + 1 : b.index]
        if any(x.family is not None for x in between):
            continue
        if not all((x.claim.value or 0.0) > (gap.claim.value or 0.0) for x in pair):
            continue
        yield _gap_link(gap, a, b)


def _leads(items: list[_Item], previous: list[_Item]) -> Iterable[Relation]:
    """'Labour 36%, the Centre 31% and the Greens 14% ... a seven-point lead': a lead in points is the gap
    between the two largest shares of the list before it, in its sentence or the one before."""
    for lead in items:
        if lead.claim.unit != "percentage_point" or lead.is_change:
            continue
        if _lead_subject(items, lead):  # "The gap between the two main parties has narrowed to 3 points, ..."
            here = [v for v in items[lead.index + 1 : lead.index + 1 + SHARE_REACH] if _is_share(v)]
            here = [v for v in here if v.family == "percent" and v.clause == here[0].clause]
        elif _names_lead(lead):
            here = items[max(0, lead.index - SHARE_REACH) : lead.index]
            here = [v for v in here if _is_share(v) and v.family == "percent"]
            if len(here) < 2:  # "the 11-point margin she held in February, when the split was 47% to 36%"
                after = list(itertools.takewhile(  # not past another lead
                    lambda v: v.claim.unit != "percentage_point", items[lead.index + 1 : lead.index + 1 + SHARE_REACH]
                ))
                after = [v for v in after if _is_share(v)]
                here = after if len([v for v in after if v.family == "percent"]) >= 2 else here
                here = [v for v in here if v.family == "percent"]
        else:
            continue
        earlier = [v for v in previous[-SHARE_REACH:] if _is_share(v) and v.family == "percent"]
        runs = _lists(here if len(here) >= 2 else earlier)
        if not runs and len(here) != 2:
            continue
        shares = runs[-1][0] if runs else here  # "won 53% to her rival's 41%, a margin of 12 points"
        if sum(1 for s in shares if s.words_after()[:1] == ["of"]) > 1:
            continue  # "41% of men and 62% of women": shares of different wholes
        first, second = sorted(shares, key=lambda v: v.claim.value or 0.0, reverse=True)[:2]
        if first.claim.value == second.claim.value:
            continue
        yield Relation(
            RelationKind.DIFFERENCE,
            (lead.id, second.id, first.id),
            f"'{lead.claim.text}' is the lead of '{first.claim.text}' over '{second.claim.text}'",
            (Role.CHANGE.value, Role.BEFORE.value, Role.AFTER.value),
            group=f"lead:{lead.id}",
            direction=Direction.INCREASE,
        )


def _lead_subject(items: list[_Item], lead: _Item) -> bool:
    """'The gap between the two main parties has narrowed to 3 points', 'Labour's lead stands at 4 points':
    a lead named as the subject of the clause whose level is the value in points."""
    if not (lead.claim.cue in ("to", "at") or lead.words_before()[-1:] in (["to"], ["at"], ["is"], ["was"])):
        return False
    head = "".join(v.before_text + v.claim.text for v in items[max(0, lead.index - 2) : lead.index])
    words = _words((head + lead.before_text)[-WORDS_BEFORE_CHARS:])
    for k, word in enumerate(words):
        rest = words[k + 1 :]
        if word in ("lead", "margin", "advantage") or (word == "gap" and rest[:1] == ["between"]):
            return (relation_words().lead_limits - {"between"}).isdisjoint(rest) and "," not in lead.before_text
    return False


def _names_lead(item: _Item) -> bool:
    """'a seven-point lead', 'a lead of 5 points': not 'a lead of 5 points over the Greens' (a named rival) or
    'a nine-point lead among the young' (a lead within a part of the whole)."""
    after = item.words_after()
    if not relation_words().lead_limits.isdisjoint(after[:2]):
        return False
    words = " ".join(_words(item.claim.text)[-1:] + after[:1])
    return _has(words, cues().lead) or _cue_ends(item.before_text, "lead", "of")


#: how many sentences back, besides its own, the two counts a lead in counts is the gap of may stand
COUNT_LEAD_SENTENCES = 2
#: how many claims of each sentence, on either side of a lead in its own, those counts may stand among
COUNT_LEAD_REACH = 8
#: the words before a rival's count that is set against a count of the lead's noun: "52,380 votes ... against 38,800"
_LEAD_NOUN = re.compile(r"(?i:lead|margin|advantage)[ ]of[ ]\Z")  # a quick refusal before the cue words
_RIVAL_WORDS = frozenset({"against", "versus", "vs"})


def _count_leads(items: list[_Item], earlier: list[_Item]) -> Iterable[Relation]:
    """'52 points from 24 matches. That leaves them a lead of seven points over Dunmore, who have 47 points': a
    lead or margin counted in a noun ('points', 'votes') is the gap between the two counts of that noun around
    it, in its sentence and the COUNT_LEAD_SENTENCES before (a count set 'against' one of them counts too); with
    more or fewer than two such counts, which two it spans is unknown."""
    for lead in items:
        if lead.family != "count" or lead.is_change or not lead.is_value or not _LEAD_NOUN.search(lead.before_text):
            continue
        if not _cue_ends(lead.before_text, "lead", "of"):  # "a lead of", "her margin of"
            continue
        noun = lead.words_after()[:1]
        if not noun or len(noun[0]) < 4 or not noun[0].isalpha() or noun[0] in cues().stop:
            continue
        counts: list[_Item] = []
        for v in (*earlier, *items[max(0, lead.index - COUNT_LEAD_REACH) : lead.index + COUNT_LEAD_REACH]):
            if v is lead or v.family != "count" or v.is_change or not v.is_value:
                continue
            if v.words_after()[:1] == noun and not _reference(v):
                counts.append(v)
            elif counts and v.bounds == counts[-1].bounds and _RIVAL_WORDS.intersection(v.words_before()[-1:]):
                counts.append(v)  # "with 52,380 votes, 54% of those cast, against 38,800 for her challenger"
        if len(counts) == 2 and counts[0].claim.value != counts[1].claim.value:
            yield _gap_link(lead, *counts)
