"""Listings that detail the sentence before: "... đã tiếp 52 lượt đoàn. Theo đó, trụ sở tiếp
công dân tỉnh tiếp 18 lượt đoàn, huyện A 14 lượt đoàn, ...".

"Theo đó" (accordingly) opens a sentence that details what the sentence before said, or
what a plan or a decision named there sets out ("Theo đó, mỗi hộ được hỗ trợ ..."): its
figures are a breakdown only when at least two of them count the noun of one count of the
sentence before, each smaller than it. Such a listing may still be a selection or overlap
("Theo đó, 40 xã đạt tiêu chí A, 35 xã đạt tiêu chí B"), so it is read as `within` reads
"Trong số N ..., có ...": verified when its parts add up, an error only when their labels
make a known partition (rules/partitions.yaml), unchecked otherwise.
"""

from __future__ import annotations

import re

from reportlint.analysis.claims.items import items_matching
from reportlint.analysis.claims.listing import listing_claims
from reportlint.analysis.claims.totals import totals_of_intro
from reportlint.analysis.claims.model import Claim
from reportlint.analysis.claims.scope import Scope

# at a sentence's start (folded text: "Theo đó," -> "theo do,"); capitalised in the text
_ACCORDINGLY = re.compile(r"(?:^|(?<=[.!?:][ \t])|(?<=[.!?:]\n))theo do,?[ \t]*")


def accordingly_claims(S: Scope) -> list[Claim]:
    """The breakdown a sentence opening with 'Theo đó,' gives of a count of the sentence before
    (or of the paragraph before, when it opens one)."""
    out: list[Claim] = []
    if "theo do" not in S.folded:
        return out
    for m in _ACCORDINGLY.finditer(S.folded):
        if not S.text[m.start()].isupper():
            continue
        end = S.sentence_end(m.end())
        for total in totals_of_intro(S, m.start()):
            items = items_matching(S, m.end(), end, total, strict=True)
            parts = [it.part for it in items or [] if it.part is not None]
            if len(parts) < 2 or any(p.amount >= total.amount for p in parts):
                continue  # (a count as large as the total is another figure: 'số doanh nghiệp đang hoạt động là ...')
            for c in listing_claims(total, items, "sentence", "trong do", partial=True):
                c.tentative = c.kind == "sum" and not c.exhaustive
                out.append(c)
    return out
