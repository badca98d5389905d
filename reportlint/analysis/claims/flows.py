"""A change told by the flows that make it: "... còn 1.292 hộ nghèo, giảm 0,23% so với năm 2017,
với 120 hộ; trong đó số hộ thoát nghèo 207 hộ, số hộ nghèo mới 87 hộ" (207 − 87 = 120).

Read on poverty reviews and business registers: after "trong đó", a figure leaving
(`outflow_words`: thoát nghèo, giải thể) and one coming in (`inflow_words`: nghèo mới, phát
sinh, thành lập mới) are no parts of the count before them; they make its change. The claim
is that the larger flow is the change plus the smaller one: out = change + in for a decrease,
in = change + out for an increase. Without a change stated, the flows make no claim at all.
"""

from __future__ import annotations

import re

from reportlint.analysis.claims.items import Item
from reportlint.analysis.claims.model import Claim, Quantity
from reportlint.analysis.claims.parts import has_any
from reportlint.analysis.claims.scope import Scope
from reportlint.analysis.claims.vocabulary import word_list

# 'giảm 0,23% so với năm 2017, với 120 hộ': the count of a change stated after its rate
_CHANGE_THEN_WITH = re.compile(r"(?<![a-z])(tang|giam)(?![a-z])[^;.]*[ \t,]voi[ \t]*$")
_DIRECTION = re.compile(r"(?<![a-z])(tang|giam)[ \t]*$")


def flows_of(items: list[Item]) -> tuple[Quantity, Quantity] | None:
    """(the outflow, the inflow) when a listing is just those two, else None."""
    parts = [it for it in items if it.part is not None]
    if len(parts) != 2 or len(items) != 2:
        return None
    out = [it.part for it in parts if has_any(it.label, word_list("outflow_words"))]
    inn = [it.part for it in parts if has_any(it.label, word_list("inflow_words"))]
    if len(out) != 1 or len(inn) != 1 or out[0] is inn[0]:
        return None
    return out[0], inn[0]


def net_claims(T: Scope, total: Quantity, at: int, flows: tuple[Quantity, Quantity]) -> list[Claim]:
    """The claim of the change the flows make, when T states it before the intro word at `at`
    (`total`: the count the listing was read against): the total itself, after 'giảm ... với',
    or a change of its noun in the same sentence ('giảm 85 hộ so với năm 2022; trong đó ...')."""
    out, inn = flows
    start = T.sentence_start(total.start)
    change, direction = None, ""
    if (m := _CHANGE_THEN_WITH.search(T.folded, start, total.start)) is not None:
        change, direction = total, m.group(1)
    else:
        for q in T.qty_in(start, min(at, len(T.text))):
            d = _DIRECTION.search(T.folded, max(start, q.start - 8), q.start)
            if d is not None and q.unit_head == total.unit_head and not q.percent:
                change, direction = q, d.group(1)
    if change is None or change.unit_head != out.unit_head or change.unit_head != inn.unit_head:
        return []
    larger, smaller = (out, inn) if direction == "giam" else (inn, out)
    return [Claim("sum", "net", larger, total=larger, parts=[change, smaller], exhaustive=True, why="net",
                  direction=direction)]


def flows_after_change(S: Scope, at: int, a: int, read) -> list[Claim]:
    """The claim of the flows listed at a, after an intro word at `at` that follows a change
    with no figure it changes ('số doanh nghiệp tăng 45 doanh nghiệp, trong đó thành lập mới 62
    doanh nghiệp, giải thể 17 doanh nghiệp'); `read(S, a, b, total, strict)` reads the items."""
    change = S.last_count_before(at)
    if change is None or not S.is_change(change) or change.start < S.sentence_start(at):
        return []
    items = read(S, a, S.clause_end(a), change, strict=True)
    flows = flows_of(items) if items else None
    return net_claims(S, change, at, flows) if flows is not None else []
