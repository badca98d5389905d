"""Two shares of one total the report does not state.

"+ Có 18 cán bộ, giáo viên, nhân viên được công nhận chiến sĩ thi đua cơ sở, tỉ lệ 31,58%."
then "+ Có 34 cán bộ, giáo viên, nhân viên được công nhận lao động tiên tiến, tỉ lệ 54,6%.":
neither share's total is written, but each gives it (18 / 31,58% is 57 people, 34 / 54,6% is
62), and shares of the same noun, side by side, are of the same total. When no total gives
both, one of the two figures is wrong (here 59,6% was meant). The noun must be the same two
words or more ("cán bộ, giáo viên", "hộ nghèo"; not "hộ" alone: of the poor, or of all?), in
the same paragraph or the bullet before with the same mark; a noun of one word, in the same
sentence ("thành thị 150 vụ (chiếm 62,5%), nông thôn 90 vụ (chiếm 37,5%)").
"""

from __future__ import annotations

import re
from fractions import Fraction

from reportlint.analysis.claims.listing import bullet_before
from reportlint.analysis.claims.model import Claim, Quantity
from reportlint.analysis.claims.scope import Scope, words
from reportlint.analysis.claims.vocabulary import cues

_OF_PLANS = re.compile(r"%[ \t]*\)[ \t]*(?:kh|ke hoach)(?![a-z])")
# a share's subject may run long ("18 cán bộ quản lý, giáo viên, nhân viên được công nhận
# chiến sĩ thi đua cơ sở, tỉ lệ 31,58%"), in one clause
_MAX_WORDS = 30


def implied_base_claims(S: Scope) -> list[Claim]:
    """Each share without a base, against the last one before it of the same noun."""
    out: list[Claim] = []
    earlier: list[tuple[Quantity, Quantity]] | None = None
    for pct in S.percents:
        if pct.claimed or pct.approx:
            continue
        k = _share_part(S, pct)
        if k is None or k.approx or not k.unit or _EXTREME.search(S.folded, S.clause_start(k.start), k.start):
            continue  # (the highest and the lowest are of two totals: 'số phiếu bầu cao nhất là 47.705 phiếu đạt 97,06%')
        if _OF_PLANS.search(S.folded, pct.end, S.sentence_end(pct.start) + 1):
            continue  # ('lúa 19.604 ha (81,24%); rau 17.329 ha (67,36%); ... 771 ha (46,10%) KH': each of its own plan)
        if earlier is None:
            earlier = _sibling_shares(S)  # (the bullet before is prepared only now)
        # (a noun of one word only in one sentence: 'thành thị 150 vụ (chiếm 62,5%), nông thôn 90 vụ (chiếm 37,5%)')
        twin = next((p for p in reversed(earlier) if p[0].unit == k.unit and p[0].measure == k.measure and (
            len(k.unit.split()) >= 2 or p[0].para is S.para and S.sentence_start(p[0].start) == S.sentence_start(k.start))
            and _one_base(p[1], pct) and not _another_scope(S, p, (k, pct))), None)
        if twin is not None:
            pct.claimed = True
            # (each may be of its own group, when the groups make a count stated: then checked only if one total fits)
            out.append(Claim("percentage", "implied", pct, pct=pct, part=k, parts=list(twin),
                             tentative=_groups_of_a_total(S, [twin, (k, pct)])))
        earlier.append((k, pct))
        S.unbased.append((k, pct))
    return out


def _groups_of_a_total(S: Scope, shares: list[tuple[Quantity, Quantity]]) -> bool:
    """Whether the shares are each of its own group, the groups making a count the paragraph
    states: '5.200 học sinh dự thi ... Trong đó, khối công lập có 3.900 học sinh đỗ, chiếm tỷ lệ
    92,86%, khối tư thục có 710 học sinh đỗ, chiếm tỷ lệ 71,00%' (4.200 + 1.000 candidates)."""
    lo = hi = Fraction(0)
    for k, pct in shares:
        p, half = Fraction(pct.num.value), Fraction(1, 2 * 10 ** pct.num.readings[0].decimals)
        if p <= half:
            return False
        lo += Fraction(k.amount) * 100 / (p + half)
        hi += Fraction(k.amount) * 100 / (p - half)
    head = shares[0][0].unit_head
    return any(lo <= Fraction(q.amount) <= hi for q in S.qty if q.unit_head == head and not q.percent and not q.rate)


def _one_base(a: Quantity, b: Quantity) -> bool:
    """Whether shares a and b may be of one total: not when each names its base after it, and
    the two differ ('chiếm 1,50% trong tổng dư nợ toàn địa bàn', 'chiếm 1,05% trong tổng dư nợ
    khối doanh nghiệp')."""
    named = [" ".join(_NAMED_AFTER.match(q.para.folded, q.end).group(1).split()) for q in (a, b)]
    return not all(named) or named[0] == named[1]


def _another_scope(S: Scope, a: tuple[Quantity, Quantity], b: tuple[Quantity, Quantity]) -> bool:
    """Whether two shares of one paragraph are of two scopes: another year between them ('năm 2021,
    ... đạt tỷ lệ 75%; năm 2022, ...'), or the whole of a place in one clause only ('toàn huyện có
    1.240 hộ nghèo, chiếm 6,2%; vùng đồng bào dân tộc thiểu số có 610 hộ nghèo, chiếm 18,5%')."""
    (k1, p1), (k2, _) = a, b
    if k1.para is not S.para:
        return False
    if _YEAR.search(S.folded, p1.end, k2.start):
        return True
    wholes = [_WHOLE.search(S.folded, max(S.sentence_start(k.start), S.folded.rfind(";", 0, k.start) + 1), k.start)
              for k in (k1, k2)]
    return (wholes[0] is None) != (wholes[1] is None)


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)")
_WHOLE = re.compile(r"(?<![a-z])(?:toan (?:tinh|huyen|xa|thanh pho|thi xa|quoc|nganh)|ca nuoc)(?![a-z])")
_NAMED_AFTER = re.compile(r"[ \t]*((?:[a-z]+[ \t]*)*)")
_EXTREME = re.compile(r"(?<![a-z])(?:cao nhat|thap nhat|lon nhat|nho nhat|nhieu nhat|it nhat)(?![a-z])")


def _sibling_shares(S: Scope) -> list[tuple[Quantity, Quantity]]:
    """The shares without a base of the bullet before, when S is a bullet with the same mark."""
    T = bullet_before(S)
    return list(T.unbased) if T is not None else []


# a share said as one: "tỉ lệ", "tỷ trọng", "chiếm" right before it ("đạt 91,3%" alone may be
# a line's attainment of its own plan: "chi thường xuyên 2.496,4 tỷ đồng, đạt 79,3%")
_SHARE_WORD = re.compile(r"(?<![a-z])(?:ty le|ti le|ty trong|ti trong|chiem)[ \t]*(?:la[ \t]*)?$")


def _share_part(S: Scope, pct: Quantity) -> Quantity | None:
    """The count pct is a share of: the last one before it in its clause, a share word right
    before pct (or pct alone in parentheses right after the count and its noun: '1.244 học sinh
    (66,7%)'), no plan after it."""
    k = S.last_count_before(pct.start)
    if k is None or S.clause_start(pct.start) > k.start or words(S.folded[k.end:pct.start]) > _MAX_WORDS:
        return None
    if any(q.percent for q in S.qty_in(k.end, pct.start)) or cues().plan_after.match(S.folded, pct.end):
        return None
    if _SHARE_WORD.search(S.folded, max(0, pct.start - 20), pct.start):
        return k
    o = S.alone_in(pct)
    return k if o > k.end and words(S.folded[k.end:o]) <= 3 else None
