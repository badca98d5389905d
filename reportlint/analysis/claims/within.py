"""Listings that name their total first ("Trong số N ..., có a ..., b ...")."""

from __future__ import annotations

import re

from reportlint.analysis.claims.items import items_matching
from reportlint.analysis.claims.listing import listing_claims
from reportlint.analysis.claims.model import Claim
from reportlint.analysis.claims.scope import Scope

_WITHIN = re.compile(r"(?<![a-z])trong (?:tong )?so (?=\d)")
_HAS = re.compile(r"[ \t,]*(?:thi[ \t]+)?co[ \t]+(?=\d)")


def within_claims(S: Scope) -> list[Claim]:
    """'Trong số 11 nhóm hàng ... có 06 nhóm tăng giá, 03 nhóm giảm giá, 02 nhóm giữ giá': the
    total first, then "có" and some of its parts, each counting the total's noun (a partial
    listing, and parts that may overlap unless a known partition labels them)."""
    out: list[Claim] = []
    if "trong so " not in S.folded and "trong tong so " not in S.folded:
        return out
    for m in _WITHIN.finditer(S.folded):
        total = S.next_qty(m.end())
        if total is None or total.start != m.end() or total.percent or total.approx or not total.unit_head:
            continue
        end = S.sentence_end(total.end)
        has = next((h for h in _HAS.finditer(S.folded, total.end, end)
                    if not S.any_qty_in(total.end, h.start())), None)
        items = items_matching(S, has.end(), end, total, strict=True) if has else None
        if items and len(items) >= 2:
            for c in listing_claims(total, items, "sentence", "trong do", partial=True):
                # attributes may overlap ("40 xã đạt chuẩn nông thôn mới, 35 xã đạt chuẩn y tế"):
                # parts past the total are an error only when their labels make a known partition
                c.tentative = c.kind == "sum" and not c.exhaustive
                out.append(c)
    return out
