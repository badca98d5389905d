"""Claims comparing a figure with a plan, an earlier period, or the change stated with it.

- plan and earlier period: "trồng mới 1.063 ha, đạt 97,5% kế hoạch năm (1.090 ha)",
  "bằng 55,7% dự toán HĐND huyện giao (352,2 tỷ đồng)", "vượt 8,3% kế hoạch (17.000 tấn)",
  "bằng 92,2% cùng kỳ năm trước (1.043,3 nghìn ha)", a plan stated earlier ("Kế hoạch vốn ...
  là 339,56 tỷ đồng; ... giải ngân 142,94 tỷ đồng, đạt 42,10% kế hoạch"), a ratio with its
  change ("bằng 93,7% vụ mùa năm trước (giảm 1.839,3 ha)");
- a rate with its absolute change: "đạt 936,8 ha, tăng 10,0% hay tăng 85,1 ha", "giảm 6,6%
  (-1.293 tấn)";
- an absolute change with the earlier value or its rate: claims/changes.py.

Each relation needs its cue and figures that agree in unit; otherwise there is no claim (an
unchecked one, from `relations.unchecked_claims`, when a cue stays without its figures).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from reportlint.analysis.claims.names import plan_item
from reportlint.analysis.claims.model import SCALES, Claim, Quantity
from reportlint.analysis.claims.bases import LOOK_BACK
from reportlint.analysis.claims.scope import CHARS_PER_WORD, Scope, words
from reportlint.analysis.claims.vocabulary import alternation, cues


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    growth = r"(tang|giam)"
    plan, earlier = alternation("plan_base_words"), alternation("earlier_words")
    # (or a period named by its date: 'so với quý I/2024 (3.906 giao dịch)', 'so với năm 2023 (...)')
    earlier += r"|(?:quy|thang)[ \t]+[0-9ivx]+[ \t]*/[ \t]*(?:19|20)\d\d|nam[ \t]+(?:19|20)\d\d"
    return {
        # after a rate: ", hay tăng 85,1", ", tức tăng", "tương ứng giảm"
        "delta_link": re.compile(rf"[ \t]*,?[ \t]*(?:{alternation('delta_links')})[ \t]+(?:(?:la|da)[ \t]+)?{growth}[ \t]*"),
        # after a rate: "(-1.293 tấn)", "(+23.766 thuê bao)", "(giảm 3,38 ha)" (on the fold)
        "delta_paren": re.compile(r"[ \t]*\([ \t]*([+\-−–]?)[ \t]*(?=\d)"),
        "delta_paren_word": re.compile(rf"[ \t]*\([ \t]*{growth}[ \t]+(?=\d)"),
        "to_paren": re.compile(r"(?:[ \t]+[a-z0-9]+){0,3}?(?=[ \t]*\()"),  # ('... cùng kỳ năm trước (')
        # right after a percentage: a plan or an earlier period, a few words on
        "compared": re.compile(rf"[ \t]*(?:so voi[ \t]+)?(?:[a-z0-9]+[ \t]+){{0,3}}?(?:({plan})|({earlier}))(?![a-z])"),
        # right before a percentage: the verb of a ratio
        "ratio_verb": re.compile(rf"(?<![a-z])({alternation('ratio_verbs')})[ \t]*(?:(?:ty le|muc)[ \t]*)?$"),
        "plan_word": re.compile(rf"(?<![a-z])(?:{plan})(?![a-z])"),
        "growth_in_paren": re.compile(rf"^[ \t]*{growth}[ \t]+[+\-−–]?[ \t]*$"),
        "times": re.compile(r"g(?<![a-z]g)ap[ \t]+(?=\d)"),  # (its first letter first: re skips ahead to it)
        "average": re.compile(r"(?<![a-z])(?:binh quan|trung binh)[ \t]+(?:(?:dat|la|moi)[ \t]+)?(?=\d)"),
        # 'vốn đăng ký bình quân một doanh nghiệp đạt 9,5 tỷ đồng', 'bình quân 1 DN là ...': the noun it is per
        "average_per": re.compile(r"(?<![a-z])(?:binh quan|trung binh)[ \t]+(?:mot|1|moi)[ \t]+([a-z]+)(?:[ \t]+[a-z]+)?"
                                  r"[ \t]+(?:(?:dat|la|khoang)[ \t]+)?(?=\d)"),
    }


def agree(a: Quantity, b: Quantity, loose: bool = False) -> bool:
    """Same measure ("tỷ đồng", "ha") and, for counts, the same noun when both have one
    (unless `loose`: a target "650 lao động" counts the "770 người" sent)."""
    if a.percent or b.percent or a.rate or b.rate:
        return False
    if a.measure or b.measure:
        return a.measure == b.measure
    if a.unit_head in SCALES or b.unit_head in SCALES:  # '0,42 triệu thuê bao', '1,9 triệu người'
        return a.unit.split()[:2] == b.unit.split()[:2]
    return not (a.unit_head and b.unit_head) or a.unit_head == b.unit_head or loose


def usable(q: Quantity | None) -> bool:
    """A figure exact and no rate: one a claim can be checked with."""
    return q is not None and not q.approx and not q.rate


def per(S: Scope, q: Quantity) -> str:
    """The first word after a rate's '/': 'ha' of '60,0 tạ/ha', 'doanh' of '4,4 tỷ đồng/doanh
    nghiệp'; '' for a figure that is no rate."""
    m = _PER.match(S.folded, q.end) if q.rate else None
    return m.group(1) if m else ""


_PER = re.compile(r"[^/\d]{0,40}?/[ \t]*([a-z]+)")


def _same_rate(S: Scope, a: Quantity | None, b: Quantity | None) -> bool:
    """Two rates of one unit, exact: '60,0 tạ/ha' and its change '+0,6 tạ/ha'."""
    return a is not None and b is not None and a.rate and b.rate and not (a.approx or b.approx) \
        and a.unit == b.unit and per(S, a) == per(S, b) != ""


def _only_in_paren(S: Scope, o: int, close: int) -> Quantity | None:
    inside = S.qty_in(o + 1, close)
    return inside[0] if len(inside) == 1 else None


def rate_delta_claims(S: Scope) -> list[Claim]:
    """'đạt 936,8 ha, tăng 10,0% hay tăng 85,1 ha', 'giảm 6,6% (-1.293 tấn)', 'tăng 2,18% bằng 2.100 tấn'."""
    P, c = _patterns(), cues()
    out: list[Claim] = []
    for pct in S.percents:
        if pct.claimed or pct.approx:
            continue
        g = c.growth.search(S.folded, max(0, pct.start - 8), pct.start)
        if not g:
            continue
        direction = g.group(1)
        delta = None
        m = P["delta_link"].match(S.folded, pct.end)
        if m and m.group(1) == direction:
            delta = S.next_qty(m.end())
            delta = delta if delta is not None and delta.start == m.end() else None
        elif (amount := S.amount_after(pct)) is not None:
            delta = amount
        else:
            # (or, signed, after the earlier period: 'giảm 1,06% so với cùng kỳ năm trước (-253,5 ha)')
            c_m = P["compared"].match(S.folded, pct.end)
            c_m = P["to_paren"].match(S.folded, c_m.end()) if c_m is not None and c_m.group(2) else None
            at = c_m.end() if c_m is not None else pct.end
            m = P["delta_paren"].match(S.text, at)
            sign = m.group(1) if m else ""
            if m is None and (m := P["delta_paren_word"].match(S.folded, at)) is not None:
                sign = "+" if m.group(1) == "tang" else "-"
            if m and (at == pct.end or sign) and (sign in "+" and direction == "tang" or sign in "-−–" and direction == "giam"):
                o = S.text.index("(", pct.end)
                close = S.close_of(o)
                q = _only_in_paren(S, o, close) if close is not None else None
                delta = q if q is not None and q.start == m.end() else None
        new = S.total_before(g.start(1), 8) or S.subject_before(g.start(1)) or _rate_figure_before(S, g.start(1))
        if not (usable(delta) and usable(new) and agree(new, delta)) and not _same_rate(S, new, delta):  # type: ignore[arg-type]
            continue
        pct.claimed = True
        out.append(Claim("growth", "growth", pct, pct=pct, part=new, delta=delta, direction=direction))
    return out


def _rate_figure_before(S: Scope, pos: int) -> Quantity | None:
    """'năng suất ước đạt 60,0 tạ/ha, tăng ...': the rate right before pos in its clause."""
    q = _right_before(S, pos)
    return q if q is not None and q.rate else None


def rate_before(S: Scope, pos: int) -> Quantity | None:
    """The percentage right before pos in its clause."""
    q = _right_before(S, pos)
    return q if q is not None and q.percent else None


def _attainment_before(S: Scope, pos: int) -> Quantity | None:
    """A plan's attainment right before pos, its plan words between: 'đạt 115,7% chỉ tiêu kế hoạch, tăng'."""
    qs = S.qty_in(max(S.clause_start(pos), pos - 80), pos)
    q = qs[-1] if qs and qs[-1].percent else None
    m = cues().plan_after.match(S.folded, q.end) if q is not None else None
    return q if m is not None and words(S.text[m.end():pos]) <= 3 else None


def _right_before(S: Scope, pos: int) -> Quantity | None:
    """The quantity right before pos in its clause, with only words and a comma between."""
    qs = S.qty_in(max(S.clause_start(pos), pos - 200), pos)
    return qs[-1] if qs and words(S.text[qs[-1].end:pos]) <= 3 else None


_AND_BEFORE = re.compile(r"(?<![a-z])va[ \t]+$")
_PLAN_WORDS = 12  # words between a plan's name and its figure in parentheses ('chỉ tiêu HĐND tỉnh giao phấn đấu (1.400 tỷ đồng)')
_GAP = re.compile(r"(?<![a-z])(vuot|cao hon|thap hon|tang|giam)[ \t]*$")


def gap_claims(S: Scope) -> list[Claim]:
    """'tỷ lệ ... đạt 38,05%, vượt 0,05% so với chỉ tiêu ... (38%)', 'đạt 86,25%, thấp hơn 5,25%
    so với chỉ tiêu ... (91,5%)', 'tỷ lệ hộ nghèo còn 3,2%, giảm 0,8% so với năm trước (4%)':
    a rate's gap to a target or an earlier rate, in percentage points. Read so only when the
    gap is no relative change too ('đạt 45%, tăng 12,5% so với cùng kỳ (40%)' may be either:
    no claim); a count's 'vượt 8,3% kế hoạch' is `plan_claims`'."""
    out: list[Claim] = []
    if "hon" not in S.folded and "vuot" not in S.folded and "tang" not in S.folded and "giam" not in S.folded:
        return out
    rate_of: dict[int, Quantity] = {}  # target -> its rate: '(91,5%) và thấp hơn 5,75% ... (92%)' compares that rate again
    for gap in S.percents:
        word = _GAP.search(S.folded, max(0, gap.start - 12), gap.start) if not gap.claimed else None
        # ("vượt", the "hơn" of "thấp hơn": the verb of the relation, no bound)
        cmp = word and gap.approx in ("", "vuot", "hon") and re.match(r"[ \t]*so voi(?![a-z])", S.folded[gap.end:gap.end + 12])
        # (a plan's attainment too, though its words run long: 'đạt 115,7% chỉ tiêu kế hoạch, tăng 25,3% so
        # với cùng kỳ (năm 2017 đạt 90,4%)': attainments compared in points)
        rate = (rate_before(S, word.start()) or _attainment_before(S, word.start())) if cmp else None
        close = S.enclosing(rate.start)[1] if rate is not None and id(rate) in rate_of else -1
        if close >= 0 and words(S.text[close + 1:word.start()]) <= 1:
            rate = rate_of[id(rate)]  # "... (91,5%) và thấp hơn ...": the same rate again
        if rate is None or rate.approx or S.enclosing(rate.start)[0] >= 0:
            continue
        pair = S.first_open_after(gap.end, S.clause_end(gap.end) + 1)
        # (not past an intro word: '..., trong đó vốn khu vực dân cư chiếm tỷ trọng lớn nhất (47,6%)' is a part's)
        target = _only_in_paren(S, *pair) if pair and words(S.text[gap.end:pair[0]]) <= 20 \
            and not cues().intro.search(S.folded, gap.end, pair[0]) else None
        if target is None or not target.percent or target.approx or _relative_fits(rate, target, gap):
            continue
        if cues().growth.search(S.folded, pair[0], target.start):  # type: ignore[index]
            continue  # '(cùng kỳ năm trước đạt mức tăng 4,02%)': the earlier growth, no earlier rate
        up = word.group(1) in ("vuot", "cao hon", "tang")
        total, parts = (rate, [target, gap]) if up else (target, [rate, gap])
        gap.approx = ""
        rate.claimed = gap.claimed = target.claimed = True
        rate_of[id(target)] = rate
        out.append(Claim("sum", "points", total, total=total, parts=parts, exhaustive=True, why="points",
                         direction="tang" if up else "giam"))
    return out


def _relative_fits(rate: Quantity, target: Quantity, gap: Quantity) -> bool:
    """Whether the gap also reads as a relative change of the target (then no reading is sure)."""
    r, t, g = rate.num.value, target.num.value, gap.num.value
    if not t:
        return False
    rel = abs(r / t - 1) * 100
    return abs(rel - g) <= gap.num.readings[0].half + Decimal("0.5") * (rate.num.readings[0].half + target.num.readings[0].half) * 100 / t


def plan_claims(S: Scope) -> list[Claim]:
    """'đạt 97,5% kế hoạch năm (1.090 ha)', 'vượt 8,3% kế hoạch (17.000 tấn)', 'bằng 92,2% cùng
    kỳ năm trước (x)', 'bằng 93,7% vụ mùa năm trước (giảm Δ)', a plan stated before."""
    P = _patterns()
    out: list[Claim] = []
    last_part: Quantity | None = None
    for pct in S.percents:
        if pct.claimed or pct.approx not in ("", "vuot"):
            continue
        cmp = P["compared"].match(S.folded, pct.end)
        verb = P["ratio_verb"].search(S.folded, max(0, pct.start - 16), pct.start)
        if not cmp or not verb:
            continue
        if verb.group(1) == "va" or last_part is not None and _AND_BEFORE.search(S.folded, max(0, verb.start(1) - 6), verb.start(1)):
            # ('đạt 842,3 tỷ đồng, bằng 70,19% chỉ tiêu ... (1.200 tỷ đồng) và bằng 62,16% chỉ tiêu ...': the same figure)
            part = last_part if last_part is not None and S.clause_start(last_part.end) == S.clause_start(pct.start) else None
        else:
            part = S.total_before(verb.start(1), 8) or S.subject_before(verb.start(1))
        if not usable(part) or part.period:  # type: ignore[union-attr]
            continue  # ('Thu ngân sách 6 tháng đạt 55% dự toán': a period counts nothing)
        last_part = part
        plan = bool(cmp.group(1))
        kind = "plan" if plan else "ratio"
        direction = "tang" if verb.group(1) == "vuot" else ""
        base, delta, ddir = _compared_in_paren(S, pct, cmp.end())
        if base is None and delta is None and plan:
            base = _plan_before(S, part)  # type: ignore[arg-type]
        if pct.approx:  # "vượt 8,3% kế hoạch": the verb of the relation, no bound
            pct.approx = ""
        if base is not None and agree(base, part, loose=plan) and usable(base):  # type: ignore[arg-type]
            pct.claimed = True
            out.append(Claim(kind, "plan", pct, pct=pct, part=part, base=base, direction=direction))
        elif delta is not None and not plan and not direction and agree(delta, part) and usable(delta):  # type: ignore[arg-type]
            # (a change beside a plan's share is against last year: 'đạt 42,7% kế hoạch năm (tăng 5.100 người so với cùng kỳ)')
            pct.claimed = True
            out.append(Claim(kind, "plan", pct, pct=pct, part=part, delta=delta, direction=ddir))
    return out


def _compared_in_paren(S: Scope, pct: Quantity, after: int) -> tuple[Quantity | None, Quantity | None, str]:
    """(base, change, its direction) in the parenthesis opening a few words after the plan
    word: '(1.090 ha)', '(giảm 1.839,3 ha)'."""
    end = S.clause_end(pct.end)
    pair = S.first_open_after(after - 1, end + 1)
    if pair is None or pair[0] - after > CHARS_PER_WORD * _PLAN_WORDS or words(S.text[after:pair[0]]) > _PLAN_WORDS \
            or any(q.percent for q in S.qty_in(pct.end, pair[0])):
        return None, None, ""
    o, close = pair
    if close - o > LOOK_BACK:
        return None, None, ""
    q = _only_in_paren(S, o, close)
    if q is None or q.percent:
        return None, None, ""
    g = _patterns()["growth_in_paren"].match(S.folded[o + 1:q.start])
    if g:
        return None, q, g.group(1)
    return (q, None, "") if not S.folded[o + 1:q.start].strip(" \t:") or words(S.text[o + 1:q.start]) <= 4 else (None, None, "")


def _plan_before(S: Scope, part: Quantity) -> Quantity | None:
    """A plan stated before the part, in this paragraph or the one before: the nearest figure
    with a plan word shortly before it in its clause ('Kế hoạch vốn ... là 339,56 tỷ đồng')."""
    for T, limit in ((S, part.start), (S.before(), None)):
        if T is None:
            return None
        end = limit if limit is not None else len(T.text)
        qs = T.qty_in(max(0, end - LOOK_BACK), end)
        for q in reversed(qs):
            if q.percent or q is part or q.period:
                continue  # (a duration is no plan's figure: 'Theo Sở Kế hoạch và Đầu tư, trong 9 tháng, ...')
            if _names_plan(T, max(T.clause_start(q.start), q.start - 60), q):
                return plan_item(T, q, S, part) if agree(q, part, loose=True) and not _siblings(T, q, S, part) else None
    return None


def _siblings(T: Scope, plan: Quantity, S: Scope, part: Quantity) -> bool:
    """Whether the plan is a sibling's, in a clause of its own that states what the sibling did
    ('Cục Hải quan A thu 113.753 tỷ đồng, vượt chỉ tiêu dự toán (108.800 tỷ đồng); ... Cục Hải
    quan B thu 22.092 tỷ đồng, vượt 5,85% so với chỉ tiêu': not B's plan)."""
    a = T.clause_start(plan.start)
    if T is S and a <= part.start < T.clause_end(plan.start):
        return False
    # (the figures before the plan word naming it; after it, 'Kế hoạch ... 6.300 liều, 1.100 liều', they are plans too)
    named_at = [m.start() for m in _patterns()["plan_word"].finditer(T.folded, a, plan.start)]
    return bool(named_at) and any(not q.percent and agree(q, part) for q in T.qty_in(a, named_at[-1]))


def _names_plan(T: Scope, a: int, q: Quantity) -> bool:
    """Whether a plan word in [a, q.start) names q as a plan: not one that ends a percentage
    ('đạt 13,6% kế hoạch, trong đó cây ngô 1.022 ha': that plan is the percentage's own)."""
    for m in _patterns()["plan_word"].finditer(T.folded, a, q.start):
        if _PLAN_AS_OBJECT.search(T.folded, a, m.start()) or cues().intro.search(T.folded, m.end(), q.start):
            continue  # ('trồng rừng đạt 12.450 ha, vượt kế hoạch, trong đó rừng sản xuất là 11.020 ha')
        before = T.last_qty_ending_at(a + len(T.folded[a:m.start()].rstrip()))
        if before is None or not before.percent:
            return True
    return False


_PLAN_AS_OBJECT = re.compile(r"(?<![a-z])(?:vuot|dat|bang|hoan thanh|so voi)[ \t]*$")


def times_claims(S: Scope) -> list[Claim]:
    """'360 doanh nghiệp, gấp 1,9 lần cùng kỳ (187 doanh nghiệp)': a multiple of an earlier
    figure; '163 doanh nghiệp ... tổng vốn 709,6 tỷ đồng, bình quân 4,4 tỷ đồng/doanh nghiệp':
    an average of two figures of the sentence."""
    P = _patterns()
    out: list[Claim] = []
    if "gap" not in S.folded and "binh quan" not in S.folded and "trung binh" not in S.folded:
        return out
    for m in P["times"].finditer(S.folded):
        q = S.next_qty(m.end())
        if q is None or q.start != m.end() or q.percent or q.unit_head != "lan" or not usable(q):
            continue
        part = S.total_before(m.start(), 8) or S.subject_before(m.start())
        base, _, _ = _compared_in_paren(S, q, q.end)
        if usable(part) and base is not None and agree(base, part) and usable(base):  # type: ignore[arg-type]
            out.append(Claim("times", "plan", q, pct=q, part=part, base=base))
    for m in [*P["average"].finditer(S.folded), *P["average_per"].finditer(S.folded)]:
        q = S.next_qty(m.end())
        said = m.re is P["average_per"]  # the noun it is per said before it, not after a '/'
        if q is None or q.start != m.end() or q.percent or q.rate == said or q.approx:
            continue
        unit = m.group(1) if said else per(S, q)
        a = max(S.sentence_start(m.start()), m.start() - LOOK_BACK)
        before = [x for x in S.qty_in(a, m.start()) if not x.percent and not x.rate and not x.approx]
        nums = [x for x in before if x.measure == q.measure and (x.measure or x.unit_head == q.unit_head)]
        dens = [x for x in before if unit and x.unit_head == unit]
        if len(nums) == 1 and len(dens) == 1 and nums[0] is not dens[0]:
            out.append(Claim("times", "average", q, pct=q, part=nums[0], base=dens[0]))
    return out
