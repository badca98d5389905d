"""A total, some parts named, and the rest: 'tiếp nhận 1.801 đơn; ... có 275 đơn thuộc thẩm
quyền, số còn lại 1.526 đơn'."""

from __future__ import annotations

import re

from reportlint.analysis.claims.bases import LOOK_BACK
from reportlint.analysis.claims.comparisons import agree, usable
from reportlint.analysis.claims.model import Claim
from reportlint.analysis.claims.scope import Scope
from reportlint.analysis.claims.vocabulary import alternation, cues

_REMAINDER = re.compile(rf"(?<![a-z])(?:{alternation('remainder_words')})[ \t]*:?[ \t]*(?=\d)")


def remainder_claims(S: Scope) -> list[Claim]:
    """'tiếp nhận 1.801 đơn; qua phân loại có 275 đơn thuộc thẩm quyền, số còn lại 1.526 đơn':
    the total of the sentence is its named parts and the rest (a complete listing)."""
    out: list[Claim] = []
    if "con lai" not in S.folded:
        return out
    for m in _REMAINDER.finditer(S.folded):
        rest = S.next_qty(m.end())
        if rest is None or rest.start != m.end() or not usable(rest) or rest.percent:
            continue
        a = S.sentence_start(m.start())
        # (no listing is that long; 'Trong đó, 20 tổ ...; còn lại 30 tổ' holds parts only: listing.py reads them)
        if m.start() - a > LOOK_BACK or cues().intro.match(" " + S.folded[a:a + 30].lstrip()):
            continue
        # (no change nor earlier figure: 'thụ lý 2.400 vụ, so với cùng kỳ giảm 150 vụ; giải quyết 2.000 vụ, ...; còn lại 400 vụ')
        counts = [q for q in S.qty_in(a, m.start()) if not (q.percent or S.is_change(q) or S.is_earlier(q))
                  and S.enclosing(q.start)[0] < a]
        if len(counts) < 2 or not all(usable(q) for q in counts):
            continue
        total, parts = counts[0], counts[1:] + [rest]
        if not all(agree(p, rest) for p in parts) or not agree(total, rest, loose=True):
            continue
        out.append(Claim("sum", "sentence", total, total=total, parts=parts, exhaustive=True, why="con lai"))
    return out
