"""Part-of claims: a total and the parts listed after it, with their shares.

Three shapes: a group in parentheses ("12.914 hồ sơ (10.769 trực tiếp, 2.145 trực
tuyến)"), a listing after an intro word in the same sentence ("..., trong đó 111.123 văn bản
được ký số (tỷ lệ 77,66%)"), and the bullet paragraphs after a paragraph ending with one
("Tổng số 120 hồ sơ, gồm:" then "- 100 hồ sơ ...": claims/bullets.py).

A listing is complete (its parts must add up to the total) when introduced by "gồm", when its
labels form a known partition (rules/partitions.yaml), or when its shares add up to ~100%.
Otherwise it is partial: its parts may only not exceed the total. A listing longer than
`MAX_LISTING_CHARS` is not read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal

from reportlint.analysis.claims.model import Claim, Quantity, on_one_scale
from reportlint.analysis.claims.scope import Scope, has_words
from reportlint.analysis.claims.names import may_overlap, partition_of
from reportlint.analysis.claims.parts import (compared_total, counted_apart, done_after, first_clause, in_its_state, nested_at, of_either,
                                              resolved_apart,
                                              of_owns_base, tentative, threshold, twin_counted, up_to_the_total, units_agree)
from reportlint.analysis.claims.items import Item, items_matching, items_of
from reportlint.analysis.claims.continued import continued
from reportlint.analysis.claims.flows import flows_after_change, flows_of, net_claims
from reportlint.analysis.claims.vocabulary import alternation, cues, word_groups, word_list
from reportlint.analysis.claims.totals import BULLETS, count_they_make, restates_a_count, totals_of_intro

# A listing runs over a few lines of a report; one far longer is not a listing, and reading
# it could cost as much as the paragraph for each of its intro words.
MAX_LISTING_CHARS = 4_000
_LETTER_ITEM = re.compile(r"[a-zđ]\)\s")
# what a parenthesis gives that is no breakdown: one part's detail ('(riêng huyện A ...)'), or the figures of
# another period ('3.905 giao dịch đất nền (quý II/2024 có 1.505 giao dịch nhà ở và 3.050 giao dịch đất nền)')
_ONE_OF = re.compile(r"[ \t]*(?:rieng|nhat la|dac biet|(?:cung ky|(?:quy|thang|nam|ky|dot)[ \t]+[0-9ivx./-]+)[ \t,]*"
                     r"(?:nam[ \t]+[0-9]+[ \t,]*)?(?:co|la|dat|ghi nhan))(?![a-z])")
_NAMES_A_BASE = re.compile(r"[ \t]+(?:dien tich|tong so|tong|so|san luong|dan so)[ \t]+[a-z]")


def bullet_of(text: str) -> str:
    """The bullet a paragraph opens with ("-", "+", ...; "a)" items as ")"), or ''."""
    if text[:1] in BULLETS:
        return text[:1]
    return ")" if _LETTER_ITEM.match(text) else ""


def bullet_before(S: Scope) -> Scope | None:
    """The paragraph before S when both are bullets with the same mark (one list's items),
    else None (the paragraph before is prepared only when S is a bullet)."""
    T = S.before() if S.text[:1] in BULLETS else None
    return T if T is not None and T.text[:1] == S.text[:1] else None


def _complete(intro: str, items: list[Item]) -> str:
    """Why the listing is complete ("gom", a partition, "shares", the rest last: "con lai"), or ''."""
    if intro in cues().complete_intro:
        return intro
    if items[-1].part is not None and items[-1].name.startswith(word_list("remainder_words")):
        return "con lai"  # '...; 40 tổ khá; còn lại 30 tổ trung bình
    part = partition_of([it.label for it in items])
    if part:
        return part
    return "shares" if _shares_sum(items) == 0 else ""


def _shares_sum(items: list[Item]) -> int | None:
    """How the items' shares add up against 100% (-1 short, 0 about 100%, 1 over), None when an
    item has none (or there is only one)."""
    pcts = [it.pct for it in items]
    if len(pcts) < 2 or not all(pcts):
        return None
    s = sum(p.num.value for p in pcts)  # type: ignore[union-attr]
    tol = sum(p.num.readings[0].half for p in pcts) + Decimal("0.0101") * len(pcts)  # type: ignore[union-attr]
    return 0 if abs(s - 100) <= tol else -1 if s < 100 else 1


def _by_form(total: Quantity, items: list[Item], partial: bool, kinds: bool = False) -> bool:
    """Whether a listing reads as the breakdown of its total though no word says so: two
    parts or more, each counting the total's noun (or bare, "(đường bộ: 29; ...)"), no
    word announcing only some ("trong đó có ..."), no numbered levels ("mức độ 3: 775"), no
    shares of the total that add up to less than 100%."""
    parts = [it.part for it in items if it.part is not None]
    if partial or len(parts) < 2 or len(parts) != len(items):
        return False
    if _shares_sum(items) == -1:  # the report's own shares say these are only some ('nữ 40%; dân tộc 11,6%')
        return False
    for it in items:
        q = it.part
        if it.numbered or q.approx:  # type: ignore[union-attr]
            return False
        if q.measure or total.measure:  # type: ignore[union-attr]
            if q.measure != total.measure:  # type: ignore[union-attr]
                return False
        elif q.unit_head and q.unit_head != total.unit_head and not it.label.startswith(q.unit_head) and not kinds:  # type: ignore[union-attr]
            return False
    return True


def listing_claims(total: Quantity, items: list[Item], shape: str, intro: str, partial: bool = False,
                   kinds: bool = False, rates: bool = False) -> list[Claim]:
    """The sum claim of a total and its items, and the share claim of each item's percentage.
    `partial`: a word says only some parts are listed ("trong đó có")."""
    parts = [it.part for it in items if it.part is not None]
    shares = [it for it in items if it.part is None and it.pct is not None]
    out: list[Claim] = []
    if parts and shares or any(p.rate for p in parts):
        return out  # (no rate is a part: '4,2 tỷ đồng (chi 300.000 đồng/hộ nghèo và 200.000 đồng/đối tượng)')
    if _stages(total, items):  # each share of the stage before: no sum
        for before, it in zip([Item(total, None, "")] + items, items):
            if it.pct is not None and it.part is not None and before.part is not None:
                it.pct.claimed = True
                out.append(Claim("percentage", "stages", it.pct, pct=it.pct, part=it.part, base=before.part))
        return out
    if parts and len(parts) == len(items):  # (not the toll after the breakdown: counted_apart)
        items = items[:min(counted_apart(total, parts), in_its_state(total, parts))]
        parts = parts[:len(items)]
    if parts:
        scaled = on_one_scale([total, *parts])
        if scaled is None or not units_agree(scaled[0], scaled[1:]):
            return out
        nest = nested_at(scaled[0], scaled[1:], [it.label for it in items]) if len(parts) == len(items) else None
        if nest is not None:  # the parts from j on break down part e: two listings
            j, e = nest
            out = listing_claims(total, items[:j], shape, intro, partial, kinds, rates)
            if e is not None:
                return out + listing_claims(items[e].part, items[j:], shape, "trong do", True, kinds, rates)  # type: ignore[arg-type]
            for it in items[j:]:
                if it.pct is not None:
                    it.pct.claimed = True  # (a share of which part?)
            return out
        # (all in người: "1,35 triệu người, trong đó nữ 682.400 người")
        in_unit = {id(q): x for q, x in zip([total, *parts], scaled)}
        total, parts = scaled[0], scaled[1:]
        if intro == "trong do" and shape != "list":  # ("gồm" says the list is whole: a part past the total
            parts = up_to_the_total(total, resolved_apart(parts))  # is an error; so are bullets, one list's items)
        else:  # (but not what was done of them after the parts that make it: '13 vụ việc gồm 9 vụ ... và 4 vụ
            parts = done_after(total, parts)          # ..., hiện đã điều tra làm rõ 10 vụ')
        # (two parts after 'trong đó' are often the main ones only, unless a known partition: '358.965 tấn, trong
        # đó cá tra: 310.516 tấn; tôm càng xanh: 529 tấn'; so are parts under half the total)
        by_form = _by_form(total, items, partial, kinds) and not (intro == "trong do" and (
            shape == "sentence" and len(parts) < 3 or _main_ones(total, parts)))
        why = _complete(intro, items) or ("listing" if by_form else "")
        if len(parts) >= 2 or intro == "trong do":
            out.append(Claim("sum", shape, total, total=total, parts=parts, exhaustive=bool(why) and why != "listing",
                             why=why or "partial", tentative=may_overlap([(it.label, it.name) for it in items if it.part is not None])))
        counted = {id(q) for q in parts}
        for it in items:
            if it.pct is not None and it.part is not None and id(in_unit[id(it.part)]) in counted:
                it.pct.claimed = True
                if rates:  # each part's own rate, of a base not stated
                    out.append(Claim("percentage", "base", it.pct, pct=it.pct, part=it.part, unchecked="base not found"))
                else:
                    out.append(Claim("percentage", shape, it.pct, pct=it.pct, part=in_unit[id(it.part)], base=total))
    elif len(shares) >= 2:
        why = _complete(intro, items)
        if why and why != "shares":
            for it in shares:
                it.pct.claimed = True  # type: ignore[union-attr]
            out.append(Claim("shares", "shares", shares[0].pct, parts=[it.pct for it in shares],  # type: ignore[misc]
                             exhaustive=True, why=why))
    return out


def _count_of_their_noun(S: Scope, total: Quantity, items: list[Item]) -> Quantity:
    """The count before the total, in its sentence, of the one noun the parts count when that is not the
    total's: 'mở 8 lớp dạy nghề cho 280 lao động (4 lớp ..., 4 lớp ...)' lists the 8 classes."""
    units = {" ".join(it.part.unit.split()[:2]) for it in items if it.part is not None}
    q = S.last_count_before(total.start)
    if len(units) != 1 or q is None or total.unit_head in {u.split(" ")[0] for u in units} or "" in units \
            or q.start < S.clause_start(total.start) or S.enclosing(q.start)[0] >= 0:
        return total
    return q if " ".join(q.unit.split()[:2]) in units else total  # (its words, not a label's: 'trực tiếp', 'trực tuyến')


def _caption(T: Scope, total: Quantity, items: list[Item]) -> bool:
    """Whether the 'total' is a part said before the listing, its figure and its words: a caption,
    'Doanh thu vận tải ước đạt 3.210,4 tỷ đồng.' then 'Trong đó, doanh thu vận tải ước đạt 3.210,4 tỷ đồng, ...'."""
    name = T.name_before(total)
    return any(it.part is not None and it.part.num.value == total.num.value and it.name.endswith(name) and name
               for it in items)


def _stages(total: Quantity, items: list[Item]) -> bool:
    """Whether the items are stages, each of the one before, not parts: they add up past the total and
    every share fits its part over the part before, the first over the total ('1.500 công dân, trong đó
    ... gọi khám là 1.200 công dân, đạt 80%; đủ điều kiện ... là 900 công dân, đạt 75%; ...')."""
    def fits(p: Quantity, k: Quantity, whole: Quantity) -> bool:  # (within a unit of its last digit: truncated too)
        return bool(whole.num.value) and abs(100 * k.num.value / whole.num.value - p.num.value) <= 2 * p.num.readings[0].half
    if sum(it.part.num.value for it in items if it.part is not None) <= total.num.value:
        return False  # (parts within their total: a share of the part before is a slip, 'wrong base')
    steps = [(before.part, it) for before, it in zip([Item(total)] + items, items) if it.pct is not None]
    return len(steps) >= 2 and all(it.part is not None and whole is not None and it.part.num.value <= whole.num.value
                                   and fits(it.pct, it.part, whole) for whole, it in steps) \
        and any(not fits(it.pct, it.part, total) for _, it in steps[1:])  # type: ignore[arg-type]


def _main_ones(total: Quantity, parts: list[Quantity]) -> bool:
    """Whether parts add up to under half the total: the main ones only ('tổng dư nợ 198,4 tỷ đồng; trong
    đó, dư nợ cho vay hộ cận nghèo 11,6 tỷ đồng; ...'), unless the total is a thousand times theirs, a dot
    typed for its decimal comma ('8.010.609 tỷ đồng' for 8.010,609)."""
    s = sum(q.amount for q in parts)
    return 2 * s < total.amount < 500 * s


@lru_cache(maxsize=1)
def _partial_pattern() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*[:,]?[ \t]*(?:{alternation('partial_words')})(?![a-z])")  # ("trong đó, có")


def partial_after(S: Scope, at: int) -> bool:
    """Whether a word right after an intro word announces only some parts ("trong đó có")."""
    return _partial_pattern().match(S.folded, at) is not None


def _open_ended(S: Scope, items: list[Item], b: int) -> bool:
    """Whether the listing's last item is followed, before its end b, by a mark that more parts
    go unnamed: "..., khoai tây 999,5 ha, rau đậu các loại 15.880,1 ha...", "(ngô, lạc, v.v.)"
    (`open_end`, rules/claims.yaml)."""
    last = max((q.end for it in items for q in (it.part, it.pct) if q is not None), default=-1)
    if last < 0:
        return False
    tail = S.folded[last:min(len(S.text), b + 3)]
    return any(mark in tail for mark in word_list("open_end"))


def _too_long(a: int, b: int) -> bool:
    return b - a > MAX_LISTING_CHARS


def group_claims(S: Scope) -> list[Claim]:
    """'12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến)' and nested groups."""
    c = cues()
    out: list[Claim] = []
    for o, close in S.pairs:
        inner = S.next_qty(o + 1)
        if inner is None or inner.start >= close or _too_long(o, close):
            continue
        total = S.total_before(o, 12) or compared_total(S, o)
        if total is None or _ONE_OF.match(S.folded, o + 1):
            continue  # ('giảm 12,4 nghìn tấn (riêng huyện A đạt 45,2 nghìn tấn, giảm 3,1 nghìn tấn)')
        a, intro = o + 1, ""
        m = c.intro.match(S.folded, o)  # (from the parenthesis, which the pattern takes for the word's left edge)
        if m and m.start(1) - a <= 1:
            a, intro = m.end(), c.intro_names[m.group(1)]
        items = items_of(S, a, close, changes=S.is_change(total), head=total.unit_head)
        if not items or all(it.part is None and not it.label for it in items):
            continue
        total = _count_of_their_noun(S, total, items)
        if S.is_change(total) and any(it.part is not None and not S.is_change(it.part) for it in items):
            # ('tăng 55,7 nghìn tấn (vùng A đạt 10,9 triệu tấn, tăng 41 nghìn tấn)': a region's level and change;
            # '61.240 ha, tăng 2,95% bằng 1.755 ha (vụ Đông 12.480 ha; vụ Xuân 48.760 ha)': the figure changed)
            total = None if any(it.part is not None and S.is_change(it.part) for it in items) else S.changed_by(total)
            if total is None:
                continue
        gap_intro = c.intro_at_end.search(S.folded, total.end, o)
        if gap_intro and not intro:
            intro = c.intro_names[gap_intro.group(1)]
        partial = bool(m) and partial_after(S, m.end(1)) or _open_ended(S, items, close)
        claims = listing_claims(total, items, "group", intro, partial=partial)
        # ('52 đại biểu trúng cử trong tổng số 88 người ứng cử (18 nữ, 34 nam)': of which?; a total with a share
        # of its own, 'đã giải quyết 585.116 hồ sơ, đạt tỷ lệ 99,96% (đúng hạn 585.116 hồ sơ đạt tỷ lệ 99,96%, ...)':
        # the parts' shares may be of the same base, the cases received)
        own = S.share_after(total, o)
        shares_of_another = own is not None and not c.plan_after.match(S.folded, own.end)
        out.extend(tentative(x) if of_either(S, total) or x.kind == "percentage" and (
            shares_of_another or of_owns_base(S, x, total, o)) else x for x in claims)
    return out


def sentence_claims(S: Scope) -> list[Claim]:
    """'143.098 văn bản ..., trong đó có 111.123 văn bản được ký số (tỷ lệ 77,66%)'."""
    c = cues()
    out: list[Claim] = []
    first = min((i for i in map(S.folded.find, c.intro_names) if i >= 0), default=-1)
    if first < 0:
        return out  # (a test for the words themselves first: the pattern tries every position)
    for m in c.intro.finditer(S.folded, max(0, first - 1)):  # (from the first word, the mark before it)
        if S.text[m.start(1):m.end(1)].lower() == "trong độ":
            continue  # ('... lực lượng lao động trong độ tuổi; ...': no 'trong đó')
        a = m.end()
        o, close = S.enclosing(m.start(1))  # inside a parenthesis, a listing stays there
        if a >= len(S.text) - 1:
            continue
        strict = S.text[m.start(1)].isupper()
        totals = totals_of_intro(S, m.start(1))
        if not totals:  # (a change alone before it may be told by its flows)
            out.extend(flows_after_change(S, m.start(1), a, items_matching))
        for total in totals:
            # (or in one right after the total and its changes: 'giảm 900 hộ (trong đó có ...)', '5.000 ha, tăng
            # 2,5%, bằng 122 ha (trong đó, cá 1.500 ha, ...)')
            if o >= 0 and (total.start < o or S.enclosing(total.start)[0] != o) and not (
                    total.end < o and all(q.percent or S.is_change(q) for q in S.qty_in(total.end + 1, o))):
                continue
            intro = c.intro_names[m.group(1)]
            # (the total may be the paragraph's before: what is said around it is read there)
            T = S if total.para is S.para else S.before()
            if T is None:
                continue
            limit = m.start(1) if T is S else len(T.text)
            _parallel_attainments(S, T, total, a)
            items = None
            # "trong đó" lists to its clause, or further only what counts the total's noun; "gồm",
            # "cụ thể" to the sentence's end, or to the clause's
            tries = [(S.sentence_end(a), True), (S.clause_end(a), strict)] if intro == "trong do" else \
                [(S.sentence_end(a), True), (S.sentence_end(a), strict), (S.clause_end(a), strict)]
            if c.intro.search(T.folded, T.sentence_start(total.start), total.start) and (
                    sibling := c.intro.search(S.folded, a, S.sentence_end(a))) and ";" in S.folded[a:sibling.start()]:
                # an item's own listing, in a listing whose next item has one too: to the item's end
                tries = [(S.folded.rindex(";", a, sibling.start()), strict)]
            for b, strictly in tries:
                b = min(b, close) if o >= 0 else b
                items = None if _too_long(a, b) else items_matching(S, a, b, total, strict=strictly)
                if items and (len(items) >= 2 or intro == "trong do"):
                    break
            if intro == "trong do" and items and (first := first_clause(S, a, total, items, items_matching)):
                items, b = first
            items = _of_class(T, total, items) if items else items
            more, sure = _more_sentences(S, m.start(1), a, b, total, items) if items and strict else ([], True)
            items = items + more if more else items
            found = [it.part for it in items if it.part is not None] if items else []
            if items and _caption(T, total, items) or restates_a_count(T, total, found):
                continue
            if items and not _complete(intro, items):  # (a listing said to be whole is of its total: a slip otherwise)
                total = count_they_make(T, total, found) or total
            if items and (flows := flows_of(items)) is not None:  # ('thoát nghèo 207 hộ, nghèo mới 87 hộ')
                out.extend(net_claims(T, total, limit, flows))
                continue
            if items and not twin_counted(T, total, found) and not threshold(T, total, found):
                going_on = not more and _counted_on(S, b, total)
                partial = partial_after(S, m.end(1)) or intro == "trong do" and _own_rates(S, a, b, items) \
                    or _open_ended(S, items, b) or going_on or has_words(T.name_before(total), "khac")
                # ('nhóm cây hàng năm khác ... 9.650 ha, trong đó cây ngô ..., cây lạc ...': a group of the rest, some named)
                # (parts one sentence each, or a sentence 'Cụ thể, ...' whose listing goes on in the next, '....
                # Thu nội địa ... 17.950 tỷ đồng': only some of the total, unless a partition)
                if more or going_on and strict:
                    partial, intro = True, "trong do"
                claims = listing_claims(total, items, "sentence", intro, partial=partial,
                                        rates=_RATED.search(T.folded, max(0, total.start - 40), total.start) is not None)
                if not (sure or partition_of([it.label for it in items])):
                    claims = [tentative(c) for c in claims]
                # ('1.420 sinh viên còn lại': of the 1.482? '85 đại biểu trên tổng số 144 ứng cử, trong đó': of which?)
                # (or a total with a rate of its own: '2.400 hộ nghèo, chiếm tỷ lệ 8,2%; trong đó, ... dân tộc
                # thiểu số là 1.500 hộ, chiếm tỷ lệ 31,4%' may be the rate among those households)
                own = T.share_after(total, limit)
                rest = _REST.match(T.folded, total.end) is not None or of_either(T, total) \
                    or own is not None and not c.plan_after.match(T.folded, own.end)
                out.extend(tentative(x) if x.kind == "percentage" and (rest or of_owns_base(T, x, total, limit)) else x
                           for x in claims)
    return out


def _counted_on(S: Scope, b: int, total: Quantity) -> bool:
    """Whether the sentences after a listing's end b count the total's noun again: the listing may
    go on there ('Trong đó, A có 9 điểm, B có 7 điểm. Các huyện C, D mỗi huyện có 5 điểm; ...'),
    unless in a total with a listing of its own ('Nhà bị ngập: 11.018 nhà, trong đó: ...')."""
    for q in S.qty_in(S.sentence_end(b) + 1, len(S.text)):
        if _TOTAL_AHEAD.match(S.folded, q.end):
            return False  # (what follows is that total's)
        if q.unit_head == total.unit_head and not q.percent:
            return True
    return False


_TOTAL_AHEAD = re.compile(r"[^.;:]{0,20}?[,;:]?[ \t]*(?:trong do|gom|bao gom)(?![a-z])")


def _more_sentences(S: Scope, at: int, a: int, b: int, total: Quantity, items: list[Item]) -> tuple[list[Item], bool]:
    """The parts of the sentences after the listing's, when its intro word at `at` opens its
    sentence and the listing runs to its end short of the total; and whether they are surely
    its parts (claims/continued.py)."""
    if b < S.sentence_end(a) or S.text[S.sentence_start(at):at].strip() or items[0].part is None:
        return [], True
    scaled = on_one_scale([total, *(it.part for it in items if it.part is not None)])
    if scaled is None or sum(q.amount for q in scaled[1:]) >= scaled[0].amount \
            or nested_at(scaled[0], scaled[1:], [it.label for it in items]) is not None:
        return [], True  # (the sentence made the total, or broke down its first part: '4.975 ..., xuất khẩu 2.750, nhập khẩu 2.225')
    return continued(S, b, total, items[0])


def _of_class(T: Scope, total: Quantity, items: list[Item]) -> list[Item]:
    """The items a total of a class counts ('sản lượng lương thực ... 15.460 tấn. Cụ thể: lúa ..., ngô
    ..., thuốc lá ...': the rice and the maize; `class_totals`), or all of them. (T: the total's paragraph.)"""
    name = T.name_before(total, 40)
    for cls, members in word_groups("class_totals").items():
        if has_words(name, cls):
            return [it for it in items if it.part is None or any(has_words(it.label, w) for w in members)]
    return items


_REST = re.compile(r"(?:[ \t]+[a-z]+){0,3}?[ \t]+con lai(?![a-z])")


# a total that is the count a rate stands for ('tỷ lệ thất nghiệp ... là 0,76%, tương đương với
# 6.014 người'): the percentages of its parts are rates of their own populations, no shares of it
_RATED = re.compile(r"[0-9][ \t]*%[ \t]*,?[ \t]*(?:tuong duong|tuong ung)(?:[ \t]+voi)?[ \t]*$")
def _parallel_attainments(S: Scope, T: Scope, total: Quantity, a: int) -> None:
    """'Tổng số lượt khám 70.831 lượt, đạt 95,2% kế hoạch; trong đó khám BHYT 49.558 lượt, đạt
    97,3%', '13.676 ha, bằng 87,53% so với cùng kỳ. Trong đó, ngô 6.010 ha, bằng 83,62%': when
    the total is "đạt|bằng p%" of a plan or an earlier period, a part's percentage after the
    same verb is its own (against a plan or period not stated), not its share of the total.
    Marks those percentages of the sentence at a in S (T: the total's paragraph, S or the one
    before) (`parallel_verbs`, rules/claims.yaml)."""
    c = cues()
    verbs = word_list("parallel_verbs")

    def verb_before(X: Scope, q: Quantity, a: int) -> str:
        lead = X.folded[max(a, q.start - 12):q.start].split()
        return lead[-1] if lead and lead[-1] in verbs else ""

    # (or of a base it names: 'đã thu hoạch 12.000 ha, đạt 60% diện tích gieo trồng. Trong đó, ngô 2.400 ha, đạt 40%')
    own = {verb_before(T, q, 0) for q in T.qty_in(total.end, T.clause_end(total.end))
           if q.percent and (c.plan_after.match(T.folded, q.end) or _NAMES_A_BASE.match(T.folded, q.end))} - {""}
    if own:
        for q in S.qty_in(a, S.sentence_end(a)):
            if q.percent and verb_before(S, q, a) in own:
                q.attains = True


def _own_rates(S: Scope, a: int, b: int, items: list[Item]) -> bool:
    """Whether the items of a listing in text[a:b] carry rates of their own, not their shares
    of the total: "Trong đó: chi đầu tư phát triển 1.830,2 tỷ đồng, đạt 104,6%, giảm 12,3%; ...".
    "Trong đó" then reviews some lines, each against its plan or last year, and names only some
    of the total's parts: it is no breakdown by its form alone (a word must say it is one)."""
    shares = {id(it.pct) for it in items if it.pct is not None}
    return any(q.percent and id(q) not in shares for q in S.depth0(a, b))
