"""The base of a share found outside its clause: earlier in the sentence, in the sentence
before, or in the bullet before (DESIGN.md §5: "a base is resolved in the clause, then the
enclosing listing, then the previous sentence or bullet with the same noun").

- "Toàn xã có 4.809 hộ, trong đó 4.289 hộ đạt danh hiệu ..., đạt tỷ lệ 89,19%";
- "Trong tổng số 56 trường học của huyện, có 40 trường đạt chuẩn quốc gia, đạt tỷ lệ 71,4%";
- "tổng số 11.533 em; tốt 9.535 em (chiếm 82,68%), khá 1.746 em (chiếm 15,14%)";
- "Tổng số học sinh ... là 37.578 em. Số học sinh bỏ học là 191 em, chiếm 0,51% tổng số học sinh.";
- "- Tổng số lượt người bệnh điều trị nội trú: 4.829 lượt." then "- ...: 339 lượt, chiếm 7,02%".

Precision first: in the sentence, the base must be marked as a total (a total word before it,
an intro word or "trong tổng số" between it and the part); in the sentence or bullet before,
it must be that sentence's only figure. It counts the same noun as the part and is larger.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlint.analysis.claims.listing import bullet_before
from reportlint.analysis.claims.items import index_among_changes
from reportlint.analysis.claims.model import Claim, Quantity
from reportlint.analysis.claims.parts import of_owns_base
from reportlint.analysis.claims.scope import CHARS_PER_WORD, Scope, words
from reportlint.analysis.claims.vocabulary import alternation, cues


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    c = cues()
    intro = "|".join(re.escape(w) for w in sorted(c.intro_names, key=len, reverse=True))
    return {
        "marks": re.compile(rf"(?<![a-z])(?:{intro}|{alternation('base_within')}|trong so)(?![a-z])"),
        "within_before": re.compile(rf"(?<![a-z])(?:trong|{alternation('base_within')})[ \t]*$"),
        "growth": re.compile(r"(?<![a-z])(?:tang|giam|vuot|gap)(?![a-z])"),
        "rate_of_change": re.compile(r"(?<![a-z])(?:tang|giam)[ \t]+[\d.,]+[ \t]*%"),
        # "702.609 người trên tổng dân số 776.599 người": the figure after is the base
        "within_between": re.compile(rf"^[ \t]*(?:[a-z]+[ \t]+){{0,3}}?(?:{alternation('base_within')})(?:[ \t]+[a-z]+)?[ \t]*$"),
        # "đạt tỷ lệ bao phủ 90,5%": a share noun and a few words naming the rate
        "named": re.compile(r"[ \t]*((?:tong so|so|tong|dien tich)(?:[ \t]+[a-z]+){1,8})"),
        # "chiếm 52,2% trong tổng số 230 thôn": the figure right after is the base
        "total_after": re.compile(r"[ \t]*(?:(?:trong|cua|tren)[ \t]+)?tong so(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:la[ \t]+)?(?=\d)"),
        "named_rate": re.compile(r"(?<![a-z])(?:ty le|ti le|ty trong)(?:[ \t]+[a-z]+){0,3}[ \t]*$"),
        # "+ Tổng số hộ nghèo: 1.930 hộ; Tỷ lệ: 4,00%": the share in the next clause, named alone
        "rate_clause": re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]*;[ \t]*(?:ty le|ti le)[ \t]*:?[ \t]*(?:la[ \t]*)?"),
    }


def _candidate(q: Quantity, k: Quantity) -> bool:
    if q.percent or q.rate or q.approx or q is k or q.num.value <= k.num.value:
        return False
    if q.measure or k.measure:
        return q.measure == k.measure
    return bool(q.unit_head) and (q.unit_head == k.unit_head)


def _noun_in(S: Scope, q: Quantity, k: Quantity) -> bool:
    """Whether the part's sentence names the base's noun ("Số thí sinh ... là 15.927 em" of
    "16.094 thí sinh"): its first two words before the part."""
    noun = " ".join(q.unit.split()[:2])
    return bool(noun) and noun in S.folded[S.sentence_start(k.start):k.start]


def _in_sentence(S: Scope, k: Quantity, known: dict[int, Quantity]) -> Quantity | None:
    """A marked total earlier in k's sentence: the nearest count of k's noun before k (or,
    when that is a part already read with its share, that part's total: a listing)."""
    c, P = cues(), _patterns()
    a = S.sentence_start(k.start)
    a = max(a, k.start - LOOK_BACK)  # (a bounded look-back: reading stays linear, issue 16)
    # (a period counts nothing: 'Theo báo cáo 6 tháng ..., cấp huyện đã tiếp nhận 19.914 hồ sơ, ...')
    outside = [q for q in S.qty_in(a, k.start) if not q.percent and not q.period
               and not (a <= S.enclosing(q.start)[0] and S.enclosing(q.start)[1] < k.start)]
    for n, q in enumerate(reversed(outside)):
        if S.is_change(q):
            continue  # '9.450 trẻ, tăng 640 trẻ so với cùng kỳ, trong đó có 812 trẻ ...': of the 9.450
        if id(q) in known and known[id(q)].num.value > k.num.value:
            return known[id(q)]
        if not _candidate(q, k):
            return None  # a count of another noun, or a sibling part, stands between
        own = S.share_after(q, k.start)
        if own is not None or _share_between(S, q.end, k.start):
            return None  # "A 111,2 triệu USD, chiếm 22,8% tổng vốn; B 78,5 triệu USD, chiếm 16,1%", "có 120 hộ ..., tỉ lệ 12%; có 80 hộ ..., tỉ lệ 20%": a sibling
        cs = S.clause_start(q.start)
        marked = (c.total_word.search(S.folded, max(cs, q.start - 40), q.start)
                  or P["marks"].search(S.folded, q.end, k.start)
                  or P["within_before"].search(S.folded, max(a, q.start - 20), q.start))
        if marked:
            return q
        # "kiểm tra 460 cơ sở (...); phát hiện 37 cơ sở vi phạm, chiếm 8,0%": the sentence's first
        # figure, unless another candidate follows ("tiếp nhận mới 19.630 hồ sơ, trả đúng hạn 19.255
        # hồ sơ (đạt 96,55%), đến hạn giải quyết 19.944 hồ sơ": of the one after), or it has a share
        # of its own: a sibling ("trước hạn 12.630 hồ sơ, chiếm 72%; đúng hạn 4.756 hồ sơ, chiếm 27,1%")
        later = S.qty_in(k.end, S.sentence_end(k.start))
        return q if own is None and n == len(outside) - 1 and not any(_candidate(x, k) for x in later) else None
    return None


def _share_between(S: Scope, a: int, b: int) -> bool:
    """Whether a share ("tỉ lệ 12%", "chiếm 22,8%", a lone "(70%)"; no growth, no plan) stands in [a, b)."""
    return any(x.percent and (S.share_cue(x) or S.alone_in(x) >= 0) and not cues().plan_after.match(S.folded, x.end)
               for x in S.qty_in(a, b))


# How far back (in characters) a base is looked for in a paragraph: a few sentences of a report.
LOOK_BACK = 1_500

_STOP = frozenset("so tong cua da duoc la va cac trong tren nam thang".split())


def _stated_after(S: Scope, pct: Quantity, k: Quantity) -> Quantity | None:
    """'120 nhà văn hóa thôn, chiếm 52,2% (trong) tổng số 230 thôn, bản': the total right after the share."""
    m = _patterns()["total_after"].match(S.folded, pct.end)
    q = S.next_qty(m.end()) if m else None
    if q is None or q.start != m.end() or q.percent or q.rate or q.approx or q.measure != k.measure:  # type: ignore[union-attr]
        return None
    return q if q.num.value > k.num.value else None  # (said so, of any noun: a house of culture for each hamlet)


def _named(S: Scope, pct: Quantity, k: Quantity) -> Quantity | None:
    """'chiếm 2,43% số văn bản đã kiểm tra', 'chiếm 93,2% tổng số giáo viên': the figure the
    words after the percentage name, in this paragraph or one of the three before; the one
    whose noun and the words before it share most words with them, if it alone does."""
    m = _patterns()["named"].match(S.folded, pct.end)
    if not m:
        return None
    want = set(m.group(1).split()) - _STOP
    if len(want) < 2:
        return None
    best: list[tuple[int, Quantity]] = []
    T: Scope | None = S
    for _ in range(4):
        if T is None:
            break
        limit = k.start if T is S else len(T.text)
        for q in T.qty_in(max(0, limit - LOOK_BACK), limit):
            if q.percent or q.approx or q.rate or q is k or q.num.value <= k.num.value or q.measure != k.measure:
                continue
            if T.share_after(q, limit) is not None:
                continue  # a sibling with a share of its own ('135 vụ việc chiếm 90% tổng số vụ việc ...; 15 vụ việc chiếm 10% ...')
            near = set(T.folded[max(0, q.start - 40):q.start].split()[-6:]) | set(q.unit.split())
            score = len(want & near)
            if score >= 2:
                best.append((score, q))
        T = T.before()
    if not best:
        return None
    top = max(sc for sc, _ in best)
    winners = [q for sc, q in best if sc == top]
    return winners[-1] if len({q.num.value for q in winners}) == 1 else None


def _only_figure(T: Scope, a: int, b: int, k: Quantity, S: Scope, cue: str) -> Quantity | None:
    if b - a > LOOK_BACK:
        return None
    # (not its change against last year: 'là 400 đơn, giảm 20 đơn so với cùng kỳ'; nor "dưới 1 tuổi", a bound)
    counts = [q for q in T.qty_in(a, b) if not q.percent and not q.approx]
    counts = [q for q in counts if not T.is_change(q)] if len(counts) == 2 else counts
    if len(counts) != 1:
        return None
    q = counts[0]
    # a part with a share of its own is a sibling, not the base: 'Hộ đạt chuẩn là 400 hộ, chiếm
    # 83,3%. Hộ chưa đạt là 80 hộ, chiếm 16,7%.' is of 400's base when the share is said alike
    sibling = T.share_bases.get(id(q))
    if sibling is not None:
        base, said = sibling
        return base if said == cue and base.num.value > k.num.value else None
    if _share_between(T, q.end, b):
        return None
    if q.percent or q.rate or q.approx or q.num.value <= k.num.value:
        return None
    if q.measure or k.measure:
        return q if q.measure == k.measure else None
    return q if q.unit_head and (q.unit_head == k.unit_head or _noun_in(S, q, k)) else None


def _before_sentence(S: Scope, k: Quantity, cue: str) -> Quantity | None:
    """The only figure of the sentence before k's, or of the paragraph before (a bullet); `cue`:
    the word of k's share."""
    a = S.sentence_start(k.start)
    if S.any_qty_in(a, k.start):
        return None  # k's own sentence has figures before it: they would be the base
    if a > 0:
        b = S.sentence_start(a - 1)
        return _only_figure(S, b, a, k, S, cue)
    T = bullet_before(S)
    if T is None or not T.qty:
        return None  # the paragraph before counts only as the bullet before
    return _only_figure(T, T.sentence_start(len(T.text.rstrip()) - 1), len(T.text), k, S, cue)


def _after_sentence(S: Scope, k: Quantity) -> Quantity | None:
    """'... 186 học sinh bỏ học, chiếm tỷ lệ 1,07%. Tổng số học sinh ... là 17.423 em.': the
    only figure of the next sentence, when a total word opens it and it names k's noun."""
    e = S.sentence_end(k.end)
    if e >= len(S.text) - 1:
        return None
    b = S.sentence_end(e + 1)
    a = e + 1
    if b - a > LOOK_BACK:
        return None
    if not cues().total_word.match(S.folded[a:b].lstrip()):
        return None
    counts = [q for q in S.qty_in(a, b) if not q.percent and not q.approx]
    if len(counts) != 1 or counts[0].num.value <= k.num.value or counts[0].measure != k.measure:
        return None
    noun = " ".join(k.unit.split()[:2])
    return counts[0] if noun and noun in S.folded[a:counts[0].start] else None


def _same_list(S: Scope, q: Quantity) -> bool:
    """Whether q is in S's paragraph or in the bullet right before it, with the same mark."""
    if q.para is S.para:
        return True
    T = bullet_before(S)
    return T is not None and q.para is T.para


def _sibling_base(S: Scope, k: Quantity) -> Quantity | None:
    """The base of the part right before k in its sentence, when that part's share was read and
    said with another word: 'giải quyết đúng hẹn 19.723 hồ sơ, đạt 99,04%; trễ hẹn 191 hồ sơ,
    chiếm 0,96%' (of the 19.914 received). A likely base, not a sure one (the claim is tentative)."""
    # (past the sibling's base said after it: '3.214 hộ nghèo trong tổng số 25.806 hộ dân cư, chiếm tỷ lệ 12,45%;
    # có 2.107 hộ cận nghèo, chiếm tỷ lệ 8,15%')
    counts = [q for q in reversed(S.qty_in(S.sentence_start(k.start), k.start)) if not q.percent]
    q = counts[1] if len(counts) > 1 and counts[0] is S.share_bases.get(id(counts[1]), (None,))[0] else \
        counts[0] if counts else None
    entry = S.share_bases.get(id(q)) if q is not None else None
    if entry is None or q.unit_head != k.unit_head or entry[0].num.value <= k.num.value:  # type: ignore[union-attr]
        return None
    return entry[0]


def _noun_before(S: Scope, k: Quantity) -> Quantity | None:
    """The only count of k's noun in the sentence before k's, among other figures ('Toàn huyện
    có 2.150 hộ nuôi trâu, bò với 6.480 con; ... Có 1.720 hộ ..., chiếm 80%'): a likely base,
    not a sure one (the claim is tentative: verified if it fits, else left unchecked)."""
    a = S.sentence_start(k.start)
    if a == 0 or S.any_qty_in(a, k.start):
        return None
    b = S.sentence_start(a - 1)
    if a - b > LOOK_BACK:
        return None
    same = [q for q in S.qty_in(b, a) if not q.percent and not q.rate
            and (q.measure == k.measure if q.measure or k.measure else q.unit_head == k.unit_head)]
    # (nor a part with a share of its own: a sibling, see _only_figure)
    if len(same) != 1 or id(same[0]) in S.share_bases or _share_between(S, same[0].end, a):
        return None
    return same[0] if _candidate(same[0], k) else None


def part_of(S: Scope, pct: Quantity) -> Quantity | None:
    """The figure pct is a share of: the count right before it with a share cue between
    ('339 lượt, chiếm 7,02%', '4.289 hộ đạt danh hiệu ..., đạt tỷ lệ 89,19%', '960 người ... (83%)')."""
    c = cues()
    k = S.last_count_before(pct.start)
    if k is None or k.approx or pct.start - k.end > CHARS_PER_WORD * 12 or S.clause_start(pct.start) > k.start \
            and not _patterns()["rate_clause"].fullmatch(S.folded, k.end, pct.start):
        return None
    # (a change's rate between is no figure of its own: '45 triệu USD, tăng 12,5% so với cùng kỳ, chiếm 40% ...')
    between = _patterns()["rate_of_change"].sub(" ", S.folded[k.end:pct.start])
    if words(between) > 12 or "%" in between:
        return None
    if _patterns()["growth"].search(between) or c.plan_after.match(S.folded, pct.end) or S.attains(k, pct):
        return None  # (a change, or an attainment of a plan: "1.830,2 tỷ đồng, đạt 104,6%")
    cued = c.share_before.search(S.folded, max(0, pct.start - 20), pct.start) \
        or _patterns()["named_rate"].search(S.folded, max(0, pct.start - 40), pct.start)
    if S.is_change(k) and S.enclosing(k.start)[0] >= 0 and S.enclosing(k.start) == S.enclosing(pct.start):
        return None  # ('10.689 hộ, chiếm 3,20% ... (tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)': the change's own share)
    if S.is_change(k):  # '812 trẻ là con thứ ba, tăng 57 trẻ so với cùng kỳ, chiếm 6,38%': of the 812
        subject = S.total_before(k.start, 12) if cued else None
        return subject if subject is not None and not subject.approx and not S.is_change(subject) \
            and subject.unit_head == k.unit_head and S.clause_start(pct.start) <= subject.start else None
    if cued:
        return k
    return k if S.alone_in(pct) >= 0 else None  # "(83%)": a percentage alone in parentheses after the part


def earlier_base_claims(S: Scope) -> list[Claim]:
    """Shares whose base is stated before their clause (see the module's docstring)."""
    out: list[Claim] = []
    for pct in S.percents:
        if pct.claimed or pct.approx:
            continue
        k = part_of(S, pct)
        if k is None or index_among_changes(S, pct):
            continue
        cue = S.share_cue(pct)
        known = {part: base for part, (base, said) in S.share_bases.items() if said == cue}  # the shares read so far
        base = None
        before = S.last_count_before(k.start - 1) if k.start else None
        if before is not None and S.clause_start(k.start) <= before.start and not before.approx \
                and _patterns()["within_between"].match(S.folded[before.end:k.start]) and k.num.value > before.num.value \
                and before.measure == k.measure and "neu tren" not in S.folded[before.end:k.start]:  # ('3 huyện nêu trên đạt 600 triệu USD')
            k, base = before, k  # "k người trên tổng dân số N người, đạt tỷ lệ p%"
        base = base or _stated_after(S, pct, k)
        named = None if base else _named(S, pct, k)
        base = base or named or _in_sentence(S, k, known) or _before_sentence(S, k, cue) or _after_sentence(S, k)
        # a total named in a paragraph before, not a sibling bullet, may be of a wider scope
        # ('diện tích lúa đã thu hoạch ..., bằng 96% diện tích gieo trồng': of rice, not of
        # every crop of the paragraph above)
        tentative = base is None or named is not None and not _same_list(S, named)
        base = base or _sibling_base(S, k) or _noun_before(S, k)
        if base is None or named is None and S.names_another_base(pct, base):
            continue  # ('..., đạt 22,30% lực lượng lao động': of a base the paragraph does not state)
        claim = Claim("percentage", "base", pct, pct=pct, part=k, base=base)
        tentative = tentative or base.para is S.para and of_owns_base(S, claim, base, k.start)
        S.share_bases[id(k)] = (base, cue)
        pct.claimed = True
        claim.tentative = tentative
        out.append(claim)
    return out
