"""Percentages that do not match the numbers they are computed from.

Reads the claims of `reportlint.analysis.claims`: "k X (tỷ lệ p%)", "chiếm p%", "đạt p%" of the
enclosing group's total or of an explicitly stated base ("Tổng văn bản đi trong tháng:
29.097, ký số 16.681 văn bản (tỷ lệ 57,33%)", "trên tổng số 3.984 hộ"); fractions
("104/112 ấp (tỷ lệ 92,86%)"); plans ("1.386,4 tỷ đồng/1.650 tỷ đồng dự toán, đạt
84,02%"); growth ("tăng 20% so với cùng kỳ (100 tỷ đồng)"); labelled shares of one total.
OCR damage to "tỷ lệ" ("ty 16 77,66%") does not matter: the numbers survive.

A percentage p shown with d decimals is right when 100·k/n lies in [p − ½·10⁻ᵈ, p + ½·10⁻ᵈ]
(with exact counts: |2·10^(d+2)·k − 2·n·P| ≤ n, P = p·10^d). `verdict` picks what this rule
reports:

- ``mismatch``: off by more than one unit of the last digit;
- ``rounding``: off by exactly one unit (truncated instead of rounded, or forced so that
  shares add up to 100%);
- ``shares-sum``: labelled shares of one exhaustive listing that do not add up to 100%.

`relations` picks which claims: percentages of a total, growth, shares, plans and earlier
periods ("bằng 92,2% cùng kỳ (x)"), or ``times`` for multiples and averages ("gấp 1,9 lần
cùng kỳ (187)", "bình quân 4,4 tỷ đồng/doanh nghiệp"), reported by arithmetic.ratio-mismatch.

"hơn/trên p%" and "dưới/gần p%" are checked on one side only; other approximate words
skip the claim. The finding points at the percentage; the evidence is the recomputation
("291 / 1.858 = 15,662…% → 15,66%, báo cáo ghi 15,67%") and the suggestion the right value.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.checks import Finding
from reportlint.analysis.outline import Outline

KIND = "percentage"
OPTIONS = {"verdict": "mismatch", "relations": "percentage growth shares plan ratio"}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    from reportlint.analysis.claims import analyse

    want = options["verdict"]
    lang = outline.settings.get("lang", "en")
    relations = set(options["relations"].split())  # which claims: "times" for ratios and averages
    for claim, v in analyse(outline):
        if claim.kind in relations and v.status == want:
            p = claim.anchor
            start, end = claim.span()
            yield Finding(p.para, start, end, suggestion=v.suggestion, evidence=v.evidence_in(lang), related=claim.related(),
                          args={"reported": p.text, "computation": v.computation, "evidence": v.evidence_in(lang), "evidence_vi": v.evidence,
                                "expected": v.suggestion or ""})
