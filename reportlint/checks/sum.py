"""Totals that do not equal their parts.

Reads the claims of `reportlint.analysis.claims`: a total with its parts in parentheses ("12.914
hồ sơ (10.769 trực tiếp, 2.145 trực tuyến)"), after "trong đó"/"gồm" in the same sentence,
or in the bullet lines that follow "trong đó:". Numbers are intervals (a value with d
decimals stands for ±½·10⁻ᵈ), so "1.386,4 = 1.000,2 + 386,2" holds exactly and rounded
amounts are not flagged for their rounding.

`verdict` picks what this rule reports:

- ``sum-mismatch``: an exhaustive listing (introduced by "gồm", labels forming a known
  partition such as trực tiếp|trực tuyến, or shares adding up to 100%) whose parts do not
  add up to the total;
- ``parts-short``: a listing that reads as the total's breakdown by its form (parentheses or
  "trong đó", every part of the total's noun, no "có"/"như"/levels) whose parts fall short: a
  warning, as a listing may leave parts out;
- ``parts-exceed-total``: any listing whose parts add up to more than the total. A partial
  listing adding up to less is fine: "1.960 dịch vụ (mức độ 3: 775; mức độ 4: 681)" omits
  levels 1-2.

Approximate totals or parts ("khoảng", "hơn", "gần", "ước" ...) are skipped. The finding
points at the total; the evidence is the recomputation and the suggestion the sum of the
parts.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.checks import Finding
from reportlint.analysis.outline import Outline

KIND = "sum"
OPTIONS = {"verdict": "sum-mismatch"}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    from reportlint.analysis.claims import analyse

    want = options["verdict"]
    lang = outline.settings.get("lang", "en")
    for claim, v in analyse(outline):
        if claim.kind == "sum" and v.status == want:
            t = claim.anchor
            start, end = claim.span()
            yield Finding(t.para, start, end, severity=None, suggestion=v.suggestion, evidence=v.evidence_in(lang), related=claim.related(),
                          args={"total": t.text, "computation": v.computation, "evidence": v.evidence_in(lang), "evidence_vi": v.evidence,
                                "expected": v.suggestion or ""})
