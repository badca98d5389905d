"""Rates named in words, whose figures the sentence states apart from them, or none at all.

'xảy ra 400 vụ; khám phá 300 vụ; ...; tỷ lệ khám phá đạt 75%': the rate names the words before
one count of its sentence (the part); the one other count of that noun before it is the base.
'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; trong đó tổng số hồ sơ đã giải quyết là 12.000 hồ sơ,
số hồ sơ giải quyết đúng hạn là 11.820 hồ sơ': the rate first, then its base and its part.
'hoàn thành xuất sắc nhiệm vụ chiếm 15,5%; hoàn thành tốt nhiệm vụ chiếm 70,2%; ...': shares of a
whole no figure states, named by the terms of a known partition (rules/partitions.yaml), or
ending with the rest ('..., hóa chất chiếm 14,6%, còn 25,0% số vụ chưa xác định'): they make 100%.
"""

from __future__ import annotations

import re

from reportlint.analysis.claims.model import Claim, Quantity
from reportlint.analysis.claims.names import partition_of
from reportlint.analysis.claims.scope import Scope
from reportlint.analysis.claims.vocabulary import alternation, cues, word_list


def named_rate_claims(S: Scope) -> list[Claim]:
    """The rates of this paragraph named in words (see the module's docstring)."""
    out: list[Claim] = []
    if "ty le" not in S.folded and "ti le" not in S.folded:
        return out
    for pct in S.percents:
        if pct.claimed:
            continue
        figures = _named_before(S, pct) or _stated_after(S, pct)
        if figures is not None:
            pct.claimed = True
            out.append(Claim("percentage", "named-rate", pct, pct=pct, part=figures[0], base=figures[1]))
    return out


def caseload_claims(S: Scope) -> list[Claim]:
    """'thụ lý 400 vụ việc, hòa giải thành 300 vụ việc, đạt tỷ lệ 75%': the rate of the count before
    it over the caseload its clause named first (`caseload_words`), the one other count of that noun
    there (with a third, 'có điều kiện thi hành 4.000 việc', the rate may be of either: none read)."""
    out: list[Claim] = []
    words = word_list("caseload_words")
    if not any(w in S.folded for w in words):
        return out
    for i, pct in enumerate(S.qty):
        if not pct.percent or pct.claimed or i == 0 or S.share_cue(pct) not in ("dat", "ty", "ti", "bang"):
            continue
        k = S.qty[i - 1]
        if k.percent or not k.unit_head or S.share_after(k, pct.end + 1) is not pct or cues().plan_after.match(S.folded, pct.end):
            continue
        a = max(S.sentence_start(k.start), S.folded.rfind(";", 0, k.start) + 1)
        others = [q for q in _counts(S, a, k.start) if q.unit_head == k.unit_head]
        if len(others) != 1 or others[0].amount <= k.amount or S.qty_in(others[0].end, k.start) != [] \
                or not any(w in S.folded[max(a, others[0].start - 30):others[0].start] for w in words) \
                or S.names_another_base(pct, others[0]):
            continue  # ('đạt 98% đúng hạn': a share of those on time)
        pct.claimed = True
        out.append(Claim("percentage", "caseload", pct, pct=pct, part=k, base=others[0]))
    return out


def partition_share_claims(S: Scope) -> list[Claim]:
    """Shares alone in the clauses of a sentence, named by the terms of a known partition (see the
    module's docstring)."""
    out: list[Claim] = []
    sentences: dict[int, list[Quantity]] = {}
    for q in S.percents:
        # ('chiếm' only: 'ở thành thị đạt 75%, nông thôn đạt 52%' are rates of each part, no shares of one whole;
        # and the rest, 'còn 25% số vụ chưa xác định được nguyên nhân')
        if not q.claimed and (S.share_cue(q) == "chiem" or _REST.fullmatch(S.name_before(q))) \
                and not _parts_before(S, q):
            sentences.setdefault(S.sentence_start(q.start), []).append(q)
    for pcts in sentences.values():
        named = [S.name_before(q) for q in pcts]
        rests = [bool(_REST.fullmatch(name)) for name in named]
        if any(rests[:-1]):
            continue
        if rests[-1]:  # shares said with 'chiếm', then the rest: the whole is listed
            why = "con lai" if len(pcts) >= 3 else ""
        else:
            why = partition_of(named) if len(pcts) >= 2 else ""
        if why:
            for q in pcts:
                q.claimed = True
            # (two terms are tentative: 'hộ nghèo ở thành thị chiếm 1,2%; nông thôn chiếm 4,6%' may be each one's rate)
            out.append(Claim("shares", "shares", pcts[0], parts=pcts, exhaustive=True, why=why, tentative=len(pcts) < 3))
    return out


def _parts_before(S: Scope, q: Quantity) -> list[Quantity]:
    """The counts in q's clause before it, but the whole named first ('Trong 48 vụ ngộ độc, ...')."""
    return [c for c in _counts(S, S.clause_start(q.start), q.start)
            if not _WITHIN.search(S.folded, max(0, c.start - 16), c.start)]


def _counts(S: Scope, a: int, b: int) -> list[Quantity]:
    return [q for q in S.qty_in(a, b) if not (q.percent or q.rate or q.approx or q.period or S.is_change(q))]


def _named_before(S: Scope, pct: Quantity) -> tuple[Quantity, Quantity] | None:
    """(part, base) of 'khám phá 300 vụ; ...; tỷ lệ khám phá đạt 75%', after 'xảy ra 400 vụ'."""
    m = _NAMED_RATE.search(S.folded, max(0, pct.start - 60), pct.start)
    if m is None:
        return None
    counts = _counts(S, S.sentence_start(m.start()), m.start())
    named = [q for q in counts if S.name_before(q).endswith(m.group(1))]
    if len(named) != 1:
        return None
    k = named[0]
    others = [q for q in counts if q is not k and q.unit_head == k.unit_head]
    return (k, others[0]) if len(others) == 1 and others[0].end < k.start and others[0].num.value >= k.num.value else None


def _stated_after(S: Scope, pct: Quantity) -> tuple[Quantity, Quantity] | None:
    """(part, base) of 'Tỷ lệ ... đạt 98,5%; trong đó tổng số ... là 12.000 hồ sơ, số ... là 11.820 hồ sơ'."""
    if not _RATE_FIRST.search(S.folded, S.clause_start(pct.start), pct.start):
        return None
    m = _THEN_FIGURES.match(S.folded, pct.end)
    if m is None:
        return None
    counts = _counts(S, m.end(), S.sentence_end(m.end()))
    if len(counts) != 2 or counts[0].unit_head != counts[1].unit_head or counts[0].num.value < counts[1].num.value:
        return None
    return counts[1], counts[0]


# 'tỷ lệ khám phá đạt ', 'tỷ lệ giải quyết là ' (the name: one to three words)
_NAMED_RATE = re.compile(r"(?<![a-z])t[yi] le[ \t]+([a-z]+(?:[ \t][a-z]+){0,2}?)[ \t]+(?:dat|la)[ \t]*$")
# a clause opening with the rate's name: 'Tỷ lệ hồ sơ ... đạt ', then '; trong đó tổng số'
_RATE_FIRST = re.compile(r"^[ \t]*t[yi] le(?:[ \t]+[a-z]+){1,20}?[ \t]+(?:dat|la)[ \t]*$")
_WITHIN = re.compile(r"(?<![a-z])trong (?:tong so |so )?$")
_REST = re.compile(rf"(?:{alternation('remainder_words')}|con)")  # ('còn 25,0% số vụ ...' too)
_THEN_FIGURES = re.compile(r"[ \t]*[;,][ \t]*trong do[ \t,:]*(?:tong so|tong)(?![a-z])")
