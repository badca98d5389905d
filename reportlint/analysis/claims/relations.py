"""Claims of a percentage about two figures: a fraction, a growth, a share of a stated total.

- fraction: "104/112 ấp (tỷ lệ 92,86%)", "đạt 98,56% (1.367/1.387 học sinh)", "A tỷ đồng/B
  tỷ đồng dự toán, đạt p%";
- growth: "đạt 120 tỷ đồng, tăng 20% so với cùng kỳ (100 tỷ đồng)";
- share of a stated total: "Tổng văn bản đi trong tháng: 29.097, ký số 16.681 văn bản (tỷ lệ
  57,33%)", "... (tỷ lệ 7%) trên tổng số 3.984 hộ".

Each extractor reads a prepared paragraph (`Scope`) and returns its claims; a percentage
already read as part of a claim (`claimed`) is not read again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from reportlint.text.numbers import Num, readings
from reportlint.analysis.claims.model import SCALES, Claim, Quantity, counted, in_scale, measure
from reportlint.analysis.claims.items import index_among_changes
from reportlint.analysis.claims.scope import CHARS_PER_WORD, Scope, approximation, counted_fractions, has_words, words
from reportlint.analysis.claims.vocabulary import alternation, cues, word_list

# (a digit first, its look-behind after it: re skips ahead to digits instead of trying every position)
_FRACTION = re.compile(r"(\d(?<![\w.,/]\d)(?:[\d.,]*\d)?)((?:\s+[^\W\d_]+){0,5})\s*/\s*(\d[\d.,]*\d|\d)(?![\w/]|[.,]\d)")
_WITHIN = re.compile(r"(?<![a-z])trong so\s*$")
_MORE_SLASHES = re.compile(r"\s*/\s*\d")  # "1/2/2021": a date
_CLOSE = re.compile(r"\s*\)")
_NESTED = re.compile(r"\)\s*/\s*(\d[\d.,]*\d|\d)(?![\w/]|[.,]\d)")
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])\s*/\s*(?:19|20)\d\d")
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])")


def fraction_claims(S: Scope) -> list[Claim]:
    """'104/112 ấp (tỷ lệ 92,86%)', 'đạt 98,56% (1.367/1.387 học sinh)', 'A tỷ đồng/B tỷ đồng, đạt p%'."""
    out: list[Claim] = []
    # a fraction is only claimed with an unclaimed percentage of the paragraph
    if "/" not in S.text or not any(not q.claimed for q in S.percents):
        return out
    c = cues()
    for m in _FRACTION.finditer(S.text):
        if c.not_fraction_before.search(S.folded, max(0, m.start() - 12), m.start()) \
                and not _WITHIN.search(S.folded, max(0, m.start() - 12), m.start()) or _MORE_SLASHES.match(S.text, m.end()):
            continue  # ('Quyết định số 12/2024', 'ngày 30/6'; not 'Trong số 1.150/2.300 vụ (chiếm 50%)')
        k = _quantity(S, m.start(1), m.group(1))
        n = _quantity(S, m.start(3), m.group(3))
        if any(x.start == m.start(3) and x.end > m.end(3) for x in S.numbers_in(m.start(3), m.end(3))):
            continue  # (the base an amount of two scales: '220 triệu/254 triệu 700 nghìn đồng')
        if k is None or n is None or _MONTH_YEAR.fullmatch(m.group(0)) or _DAY_MONTH.fullmatch(m.group(0)) \
                and k.num.value > n.num.value:
            continue  # ("Thời gian: 10/2024": a month; "30/9", over its base, a day and month)
        k.unit = " ".join(S.folded[m.start(2):m.end(2)].split())
        if k.unit in word_list("time_units"):
            continue  # ('Lũy kế 7 tháng/2022': months of a year)
        n.unit = S.unit_at(n.end)[0]
        if not k.unit and n.unit.split(" ", 1)[0] in SCALES and k.num.value > 1000 * n.num.value:
            continue  # (the first in đồng, the base in tỷ: '14.714.669.968/9,5 tỷ đồng, đạt 154,9%')
        k, n = counted(k, n.unit), counted(n)  # ('19.418/21.392 người': both count người)
        if k.unit and measure(k.unit) != measure(n.unit):
            continue  # (an amount over a count)
        # (the percentage right before the parenthesis is the fraction's first: 'đạt 102% (4,896 tỷ/4,8 tỷ),
        # thuế nhà đất đạt 120% (265 triệu/220 triệu)')
        pct = _share_before_fraction(S, m.start(), direct=True) or _share_after_fraction(S, m.end(), n.unit) \
            or _share_before_fraction(S, m.start()) or _share_said_before(S, m.start())
        if k.unit and not measure(k.unit) and n.unit and k.unit.split()[0] != n.unit.split()[0] and not (
                pct is not None and pct.start > m.end() and has_words(S.folded[m.end():pct.start], "ty le")
                and any(f"{n.unit} ".startswith(f"{w} ") for w in word_list("place_nouns"))):
            continue  # (nor two counts of two nouns: '45 vụ/71 bị can', the cases and their accused; unless the
            # rate of things in places follows: '412 đài truyền thanh/468 xã, phường, thị trấn, đạt tỷ lệ 90,6%')
        g = c.growth.search(S.folded, max(0, pct.start - 8), pct.start) if pct is not None else None
        if g and n.amount and abs(100 * k.amount / n.amount - pct.amount) < 1:
            g = None  # ('tăng 92% (23/25 xã)': the share it reaches, as written)
        if pct is not None:
            pct.claimed = True
            # (a change's rate with this period's figure over the last's: 'giảm 5,83% (3.389/3.599 vụ)')
            out.append(Claim("growth", "growth", pct, pct=pct, part=k, base=n, direction=g.group(1)) if g else
                       Claim("percentage", "fraction", pct, pct=pct, part=k, base=n))
    out.extend(_nested_fractions(S))
    return out


def fraction_parts_claims(S: Scope) -> list[Claim]:
    """'có 300/400 cơ sở đoàn tổ chức đại hội. Trong đó, khối xã, phường là 150/200 đơn vị; khối cơ quan
    100/150 đơn vị; ...': fractions after an intro word that break down the fraction before it, their
    numerators its numerator, their denominators its denominator. One side adding up says the
    listing is whole: the other must add up too; neither, only some are listed (at most the total)."""
    out: list[Claim] = []
    # (three fractions of counts at least, 'a/b noun': most slashes are dates')
    intros = list(cues().intro.finditer(S.folded)) if S.text.count("/") >= 3 and counted_fractions(S.text) >= 3 else []
    # (two slashes at least after the intro word, in its sentence: most intros of dated text have none)
    intros = [m for m in intros if S.text.count("/", m.end(), S.sentence_end(m.end())) >= 2]
    if not intros:
        return out
    fractions = [m for m in _FRACTION.finditer(S.text) if not _MORE_SLASHES.match(S.text, m.end())
                 and not _MONTH_YEAR.fullmatch(m.group(0)) and not _DAY_MONTH.fullmatch(m.group(0))]
    for intro in intros:
        a = S.sentence_start(intro.start(1))
        opens = not S.text[a:intro.start(1)].strip()  # ('Trong đó,' opening a sentence: the fraction may be the one before)
        whole = [m for m in fractions if m.end() <= intro.start(1) and m.start() >= S.sentence_start(max(0, a - 1) if opens else a)]
        parts = [m for m in fractions if intro.end() <= m.start() < S.sentence_end(intro.end())]
        if not whole or len(parts) < 2 or S.any_qty_in(whole[-1].end(), intro.start(1)):
            continue
        if len({measure(S.unit_at(m.end())[0]) for m in [whole[-1], *parts]}) > 1:
            continue  # (fractions of other things: '12/30 chỉ tiêu ... Trong đó, thu nhập ... đạt 22/23 triệu đồng')
        sides = [[_quantity(S, m.start(g), m.group(g)) for m in [whole[-1], *parts]] for g in (1, 3)]
        if any(q is None for side in sides for q in side):
            continue
        (k, *ks), (n, *ns) = sides
        if all(q.num.value == n.num.value for q in ns):  # type: ignore[union-attr]
            continue  # (siblings of one whole: '13/26 chỉ tiêu vượt ..., trong đó ...; 10/26 chỉ tiêu đạt ...; 03/26 ...')
        whole_k = sum(q.num.value for q in ks) == k.num.value  # type: ignore[union-attr]
        whole_n = sum(q.num.value for q in ns) == n.num.value  # type: ignore[union-attr]
        for total, items, whole_other in ((k, ks, whole_n), (n, ns, whole_k)):
            out.append(Claim("sum", "fraction", total, total=total, parts=items, exhaustive=whole_other,  # type: ignore[arg-type]
                             why="fraction sides" if whole_other else "partial"))
    return out


def _nested_fractions(S: Scope) -> list[Claim]:
    """'đã giải quyết 137 đơn (119 khiếu nại, 18 tố cáo)/187 đơn, đạt tỷ lệ 73,26%': a total
    with its parts, then '/' and the base."""
    out: list[Claim] = []
    for m in _NESTED.finditer(S.text):
        o = next((a for a, b in S.pairs if b == m.start()), None)
        n = _quantity(S, m.start(1), m.group(1))  # (the scan reads a figure after '/' as a date's)
        if o is None or n is None or _MORE_SLASHES.match(S.text, m.end()):
            continue
        n.unit = S.unit_at(n.end)[0]
        k = S.total_before(o, 4)
        if k is None or k.percent or (k.measure or n.measure) and k.measure != n.measure:
            continue
        pct = _share_after_fraction(S, n.end)
        if pct is not None:
            pct.claimed = True
            out.append(Claim("percentage", "fraction", pct, pct=pct, part=k, base=n))
    return out


# '(+17,81%, 33/28 vụ)': a change's signed rate, then this period's figure over the last's
_PAIRED = re.compile(r"\([ \t]*([+\-−–])[ \t]*\d[\d.,]*[ \t]*%[ \t]*[,;][ \t]*(\d[\d.,]*\d|\d)[ \t]*/[ \t]*(\d[\d.,]*\d|\d)"
                     r"(?![\w/]|[.,]\d)")


def paired_claims(S: Scope) -> list[Claim]:
    """'số vụ nổ tăng 4 vụ (+28,6%, 18/14 vụ)': the rate of a change with the two figures it compares."""
    out: list[Claim] = []
    if "/" not in S.text:
        return out
    for m in _PAIRED.finditer(S.text):
        pct = S.next_qty(m.end(1))
        new, old = _quantity(S, m.start(2), m.group(2)), _quantity(S, m.start(3), m.group(3))
        if pct is None or not pct.percent or pct.claimed or new is None or old is None or pct.start > m.start(2):
            continue
        new.unit = old.unit = S.unit_at(old.end)[0]
        pct.claimed = True
        out.append(Claim("growth", "growth", pct, pct=pct, part=new, base=old,
                         direction="tang" if m.group(1) == "+" else "giam"))
    return out


def _quantity(S: Scope, start: int, lit: str) -> Quantity | None:
    """A quantity read from a literal the scan did not take whole ("104" of "104/112")."""
    rs = readings(lit, S.style)
    if not rs:
        return None
    return Quantity(Num(start, start + len(lit), lit, rs), S.para, approx=approximation(S.folded, start), mixed=S.mixed)


def _share_after_fraction(S: Scope, end: int, unit: str = "") -> Quantity | None:
    """'104/112 ấp (tỷ lệ 92,86%)': the first unclaimed percentage of the clause, if a share
    cue comes right before it, within ten words (and no count of the fraction's `unit` between)."""
    limit = S.clause_end(end)
    head = unit.split(" ", 1)[0]
    for q in S.qty_in(end, limit):
        lead = S.folded[end:q.start]
        # (the fraction's noun may run long before a clause of its share, ', đạt tỷ lệ': '161/182 thôn, tổ dân phố
        # được công nhận lại danh hiệu khu dân cư văn hóa, đạt tỷ lệ 86,26%', no figure between)
        far = _CLAUSE_SHARE.search(lead) is not None and q.percent
        if q.start - end > CHARS_PER_WORD * (_FAR if far else 14) or head and q.unit_head == head:
            return None  # (that count has the share: '820/910 hồ sơ, trong đó đúng hạn 812 hồ sơ (tỷ lệ 99,0%)')
        if q.percent and not q.claimed:
            # (or before '(tỷ lệ ...)': '45/52 thôn, tổ dân phố được công nhận ...', or before a clause naming
            # the rate: '90/120 vụ phạm pháp hình sự, tỷ lệ điều tra khám phá án đạt 75%')
            most = _FAR if far else 14 if _PAREN_CUE.search(lead) or _RATE_CLAUSE.search(lead) else 10
            return q if words(lead) <= most and cues().fraction_share.search(lead) else None
    # the next sentence opening with the share: 'Trong đó lúa là 212/215 ha. Đạt 98,6% so với kế hoạch.'
    m = _NEXT_SENTENCE_SHARE.match(S.folded, limit)
    q = S.next_qty(m.end()) if m and S.sentence_end(end) == limit else None
    return q if q is not None and q.start == m.end() and q.percent and not q.claimed else None  # type: ignore[union-attr]


_NEXT_SENTENCE_SHARE = re.compile(r"\.[ \t]+(?:dat|chiem|bang)(?:[ \t]+ty le)?[ \t]*")
_AND_ATTAINS = re.compile(r"(?<![a-z])va[ \t]+(?:dat|bang)[ \t]*$")
_FAR = 20  # words
_CLAUSE_SHARE = re.compile(r",[ \t]*(?:dat[ \t]+t[yi] le|t[yi] le|chiem(?:[ \t]+t[yi] le)?)[ \t]*$")


_RATE_CLAUSE = re.compile(r"[,;][ \t]*t[yi] le(?:[ \t]+[a-z]+){0,6}?[ \t]+(?:dat|la)[ \t]*$")
_PAREN_CUE = re.compile(r"\([ \t]*(?:chiem|dat)?[ \t]*(?:t[yi] le)?[ \t]*$")  # '(', '(tỷ lệ', '(chiếm tỷ lệ'


def _share_before_fraction(S: Scope, start: int, direct: bool = False) -> Quantity | None:
    """'đạt 98,56% (1.367/1.387 học sinh)': an unclaimed percentage right before the
    parenthesis that opens right before the fraction (or, unless `direct`, a few words before it)."""
    o = _last_visible(S.text, start)
    if o < 0 or S.text[o] != "(":
        return None
    e = _last_visible(S.text, o) + 1
    q = S.last_qty_ending_at(e)
    if q is None and not direct:  # "có 63,9% học sinh dự thi đạt giải (46/72 em)": a few words between
        before = [x for x in S.qty_in(S.clause_start(o), o) if S.enclosing(x.start)[0] < S.clause_start(o)]
        q = before[-1] if before and words(S.text[before[-1].end:o]) <= 6 else None
    return q if q is not None and q.percent and not q.claimed else None


def _share_said_before(S: Scope, start: int) -> Quantity | None:
    """'chỉ đạt 73,45% tỉ lệ bao phủ bảo hiểm y tế (BHYT), tương đương 85.740/120.000 người': the
    unclaimed percentage of the clause before a fraction that 'tương đương' links to it."""
    if not _EQUIVALENT.search(S.folded, max(0, start - 20), start):
        return None
    before = [q for q in S.qty_in(S.sentence_start(start), start) if S.enclosing(q.start)[0] < 0]
    q = before[-1] if before else None
    return q if q is not None and q.percent and not q.claimed and words(S.text[q.end:start]) <= 12 else None


_CHANGE_IN_PAREN = re.compile(r"[ \t]*(?:(?:tuong ung|tuong duong|tuc|tuc la|hay)(?:[ \t]+voi)?[ \t]+)?(tang|giam)[ \t]*")
_EQUIVALENT = re.compile(r",[ \t]*tuong duong(?:[ \t]+voi)?[ \t]*$")


def _last_visible(text: str, pos: int) -> int:
    """The position of the last character before pos that is not a space, or -1."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def growth_claims(S: Scope) -> list[Claim]:
    """'đạt 120 tỷ đồng, tăng 20% so với cùng kỳ (100 tỷ đồng)'."""
    c = cues()
    out: list[Claim] = []
    for pct in S.percents:
        if pct.claimed:
            continue
        g = c.growth.search(S.folded, max(0, pct.start - 8), pct.start)
        if not g or S.amount_after(pct):
            continue  # ('tăng 0,74% so với cùng kỳ (bằng 837,2 ha)': the change, no earlier value)
        figures = _earlier_before(S, g.start(1))
        if figures is not None:
            pct.claimed = True
            out.append(Claim("growth", "growth", pct, pct=pct, part=figures[0], base=figures[1], direction=g.group(1)))
            continue
        pair = S.first_open_after(pct.end, S.clause_end(pct.end) + 1)
        if pair is None or pair[0] - pct.end > CHARS_PER_WORD * 8 or words(S.text[pct.end:pair[0]]) > 8:
            continue
        # 'so với' after the rate, or the earlier period opening the parenthesis right after it:
        # 'tăng 12,9% (năm 2023 là 4.545 USD)' (then of the same unit: not '(năm 2023 có 15 xã)')
        compared = bool(c.comparison.match(S.folded[pct.end:pct.end + 10]))
        if not compared and (S.text[pct.end:pair[0]].strip() or not _earlier_first().match(S.folded, pair[0] + 1)):
            continue
        inside = S.qty_in(pair[0] + 1, pair[1])
        if len(inside) != 1 or inside[0].percent or S.text[pair[0] + 1:inside[0].start].strip() in ("+", "-", "−", "–"):
            continue  # (a signed figure is the change: 'giảm 1,06% so với cùng kỳ năm trước (-253,5 ha)')
        old = inside[0]
        new = S.total_before(g.start(1), 6) or S.subject_before(g.start(1)) or _this_figure(S, g.start(1))
        if new is None:
            continue
        change = _CHANGE_IN_PAREN.fullmatch(S.folded, pair[0] + 1, old.start)
        if change is not None:  # '(tương ứng giảm 161 doanh nghiệp)': the change, no earlier value
            if change.group(1) == g.group(1) and _same_unit(new, old):
                pct.claimed = True
                out.append(Claim("growth", "growth", pct, pct=pct, part=new, delta=old, direction=g.group(1)))
            continue
        new, old = scaled(new, old), scaled(old, new)
        if (old.measure or new.measure) and old.measure != new.measure or not (compared or _same_unit(new, old)):
            continue
        pct.claimed = True
        out.append(Claim("growth", "growth", pct, pct=pct, part=new, base=old, direction=g.group(1)))
    return out


def _this_figure(S: Scope, at: int) -> Quantity | None:
    """The figure a sentence 'Con số này tăng ...' is about: the last count of the sentence before
    ('... có 4.860 xe tải được đăng ký mới. Con số này tăng 38% so với năm 2024 (3.520 xe)')."""
    a = S.sentence_start(at)
    if not _THIS_FIGURE.fullmatch(S.folded, a, at) or a == 0:
        return None
    counts = [q for q in S.qty_in(S.sentence_start(a - 1), a) if not (q.percent or q.rate or q.period or S.is_change(q))]
    return counts[-1] if counts else None


_THIS_FIGURE = re.compile(r"[ \t]*(?:con so|so lieu|so)[ \t]+(?:nay|tren)[ \t]+(?:da[ \t]+)?")


def _earlier_before(S: Scope, at: int) -> tuple[Quantity, Quantity] | None:
    """(the figure, the earlier one) when the earlier figure is named between 'so với' and the
    change's word at `at`: 'đón 86.400 lượt khách, so với cùng kỳ 72.000 lượt, tăng 20%'."""
    old = S.last_count_before(at)
    if old is None or not S.is_earlier(old) or words(S.text[old.end:at]) > 4 or S.numbers_in(old.end, at):
        return None
    new = S.total_before(S.folded.rindex("so voi", 0, old.start), 8)
    if new is None or new.period:
        return None
    new, old = scaled(new, old), scaled(old, new)
    return (new, old) if new.measure == old.measure and _same_unit(new, old) else None


@lru_cache(maxsize=1)
def _earlier_first() -> re.Pattern[str]:
    """An earlier period opening a parenthesis: '(năm 2023 là', '(cùng kỳ: '."""
    return re.compile(rf"[ \t]*(?:nam[ \t]+(?:19|20)\d\d|{alternation('earlier_words')})(?![a-z0-9])")


def scaled(q: Quantity, other: Quantity) -> Quantity:
    """q in the other's unit when q's unit is a scale of it ("313,4 nghìn lượt" against
    "262.067 lượt"), else q."""
    words_q, words_o = q.unit.split(), other.unit.split()
    if len(words_q) < 2 or not words_o or words_q[1] != words_o[0] or words_q[0] not in SCALES:
        return q
    if measure(q.unit) and measure(q.unit) != q.unit.split(" ", 1)[0] + " dong":
        return q
    return in_scale(q, SCALES[words_q[0]], other.unit)


@lru_cache(maxsize=1)
def _compared_first() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'so với chỉ tiêu huyện giao (' before a figure; ') đạt ' between it and a percentage."""
    words_ = alternation("plan_base_words") + "|" + alternation("earlier_words")
    return (re.compile(rf"(?<![a-z])so voi[ \t]+((?:[a-z]+[ \t]+){{0,6}}?)(?:{words_})(?:[ \t]+[a-z]+){{0,5}}[ \t]*\([ \t]*$"),
            re.compile(r"^[ \t]*\)[ \t,]*(dat|bang|vuot)[ \t]*(?:ty le[ \t]*)?$"))


def compared_first_claims(S: Scope) -> list[Claim]:
    """'đạt 5.412 người; so với chỉ tiêu huyện giao (5.000 người) đạt 108%': the plan or the
    earlier figure named before the percentage, in parentheses, and the figure compared, the
    subject before 'so với'."""
    out: list[Claim] = []
    if "so voi" not in S.folded:
        return out
    before, between = _compared_first()
    for o, close in S.pairs:
        base = S.next_qty(o)
        if base is None or base.end > close or base.percent or S.next_qty(base.end) is None:
            continue
        pct = S.next_qty(base.end)
        v = between.match(S.folded[close:pct.start]) if pct.percent and not pct.claimed and not pct.approx else None
        m = before.search(S.folded, max(0, o - 80), o + 1) if v and not S.numbers_in(base.end, close) else None
        if m is None:
            continue
        # the figure compared: the last of the sentence before 'so với', no change, none in parentheses
        # ('9.287 người; so với cùng kỳ (6.481 người); tăng 2.806 (43%); So với chỉ tiêu giao (8.700 người) đạt 107%')
        found = [q for q in S.qty_in(S.sentence_start(m.start()), m.start())
                 if not q.percent and not S.is_change(q) and S.enclosing(q.start)[0] < 0]
        part = found[-1] if found else None
        if part is None or part.approx or part.rate or not _same_unit(part, base):
            continue
        plan = any(w in m.group(0) for w in word_list("plan_base_words"))
        pct.claimed = True
        out.append(Claim("plan" if plan else "ratio", "plan", pct, pct=pct, part=part, base=base,
                         direction="tang" if v.group(1) == "vuot" else ""))
    return out


def _same_unit(a: Quantity, b: Quantity) -> bool:
    if a.measure or b.measure:
        return a.measure == b.measure
    return bool(a.unit_head) and a.unit_head == b.unit_head


def base_claims(S: Scope) -> list[Claim]:
    """'k X (tỷ lệ p%)' of a stated total: 'Tổng ...: N, ký số k văn bản (tỷ lệ p%)', 'trên tổng số N'."""
    out: list[Claim] = []
    for i, pct in enumerate(S.qty):
        if not pct.percent or pct.claimed or i == 0:
            continue
        k = S.qty[i - 1]
        if k.percent and _AND_ATTAINS.search(S.folded, max(0, pct.start - 14), pct.start):
            # ('đạt 860 tỷ đồng, đạt 142% chỉ tiêu ... và đạt 73% (trong số 1.170 tỷ đồng ...)': the same figure's)
            k = next((q for q in reversed(S.qty[:i]) if not q.percent and q.start >= S.sentence_start(pct.start)), k)
        elif k.percent or S.share_after(k, pct.end + 1) is not pct:
            continue
        if k.percent or index_among_changes(S, pct):
            continue
        base = _stated_base(S, k, pct)
        if base is None or base.approx or base.rate:
            continue
        if base.unit_head and k.unit_head and base.unit_head != k.unit_head:
            continue
        pct.claimed = True
        out.append(Claim("percentage", "base", pct, pct=pct, part=k, base=base))
    return out


def _stated_base(S: Scope, k: Quantity, pct: Quantity) -> Quantity | None:
    """The total pct is a share of: stated after it ("trên tổng số N"), or the one figure of
    the clause before k that a total word announces ("Tổng văn bản ...: N")."""
    c = cues()
    close = _CLOSE.match(S.text, pct.end)
    after = c.base_after.match(S.folded, close.end() if close else pct.end)
    if after:
        q = S.next_qty(after.end())
        return q if q is not None and not q.percent and not S.text[after.end():q.start].strip() else None
    if c.plan_after.match(S.folded, pct.end):
        return None
    cs = S.clause_start(k.start)
    counts = []
    for q in S.qty_in(cs, k.start):
        if not q.percent:
            counts.append(q)
            if len(counts) > 1:
                return None
    if len(counts) == 1 and c.total_word.search(S.folded, max(cs, counts[0].start - 40), counts[0].start) \
            and ((n := S.next_qty(counts[0].end)) is None or not n.percent):
        return counts[0]  # (not one with a rate of its own: 'Tổng số hộ nghèo là 135 hộ chiếm 25%, ..., hộ cận nghèo
    return None           # là 54 hộ chiếm 10%', 'Số đảng viên nhận lệnh là 79 người (đạt 2,08% so với chỉ tiêu), trong đó ...')


def on_time_claims(S: Scope) -> list[Claim]:
    """'trả trước và đúng hạn là 4.157 hồ sơ (đạt 99,71%)' of the cases due or resolved that the
    paragraph names ('đến hạn giải quyết là 4.169 hồ sơ', before or after it): tentative, as a
    report may divide by another figure (`on_time_parts` and `on_time_bases`, rules/claims.yaml)."""
    out: list[Claim] = []
    parts, bases = word_list("on_time_parts"), word_list("on_time_bases")
    if not any(w in S.folded for w in parts):
        return out
    labels = None
    for i, pct in enumerate(S.qty):
        if not pct.percent or pct.claimed or i == 0:
            continue
        k = S.qty[i - 1]
        if k.percent or k.approx or k.rate:
            continue
        labels = labels or [S.name_before(q) for q in S.qty]
        if not any(has_words(labels[i - 1], w) for w in parts) or S.share_after(k, pct.end + 1) is not pct:
            continue
        named = [(rank, q) for q, label in zip(S.qty, labels) if q is not k and not (q.percent or q.approx or q.rate)
                 and q.num.value >= k.num.value and (not k.unit_head or q.unit_head == k.unit_head)
                 for rank, word in enumerate(bases) if has_words(label, word)]
        if named:
            pct.claimed = True
            out.append(Claim("percentage", "named", pct, pct=pct, part=k, base=min(named, key=lambda rq: rq[0])[1],
                             tentative=True))
    return out


def unchecked_claims(S: Scope) -> list[Claim]:
    """Percentages whose cue says what they relate to, but whose other figure no extractor
    found: 'đạt 60% kế hoạch' (plan not stated), 'tăng 5% so với cùng kỳ' (earlier value not
    stated), 'chiếm 12%' (base not found). Not checked, but counted (--explain lists them)."""
    c = cues()
    out: list[Claim] = []
    for pct in S.percents:
        if pct.claimed:
            continue
        i = bisect_left(S.qty_starts, pct.start)  # (its place among the quantities: no two start alike)
        before = S.qty[i - 1] if i > 0 else None
        attains = before is not None and not before.percent and S.attains(before, pct)  # "1.830,2 tỷ đồng, đạt 104,6%"
        part = before if attains or before is not None and not before.percent and S.share_after(before, pct.end + 1) is pct else None
        cue_end = S.folded.rfind(pct.approx, 0, pct.start) if pct.approx else pct.start  # "chiếm khoảng 3%"
        if (g := c.growth.search(S.folded, max(0, cue_end - 8), cue_end)) is not None:
            if g.group(1) == "giam" and pct.num.value > 100 and not pct.approx:
                # ('giảm 300% so với năm 2023': a decrease takes away all at most, whatever the earlier value)
                out.append(Claim("growth", "beyond", pct, pct=pct, direction="giam"))
                continue
            kind, reason = "growth", "earlier value not stated"
        elif attains or c.plan_after.match(S.folded, pct.end):
            # ('bằng 93,19% so với cùng kỳ': a ratio to an earlier period, whose value is missing)
            earlier = not attains and S.earlier_after(pct.end)
            kind, reason = "plan", "earlier value not stated" if earlier else "plan not stated"
        elif part is not None or c.share_before.search(S.folded, max(0, cue_end - 20), cue_end):
            kind, reason = "percentage", "base not found"
        else:
            continue  # a rate standing alone: "tỷ lệ hài lòng 98%" is no claim about figures here
        if pct.approx and pct.approx not in c.lower_bound | c.upper_bound:
            reason = "approximate"
        out.append(Claim(kind, "base", pct, pct=pct, part=part, unchecked=reason))
    return out
