"""How the parts of a listing stand to its total: the figure a parenthesis breaks down past a
comparison; counting what it counts, in its unit; up to the total when the sentence goes on
to count something else; or nested, some parts breaking down another part rather than the total."""

from __future__ import annotations

import re
from decimal import Decimal

from reportlint.analysis.claims.model import SCALES, Claim, Quantity, noun_of, on_one_scale
from reportlint.analysis.claims.scope import Scope, words
from reportlint.analysis.claims.vocabulary import cues, word_groups, word_list


def people_of(total: Quantity, q: Quantity) -> bool:
    """Whether q counts people ('1.020 người', '500 đồng chí', '8 em') of a total of people ('1.250 lao
    động', '2.000 đảng viên', '69 học sinh'; `people_nouns`)."""
    # (not 'người' with an attribute, '180 người trình độ đại học, 120 người là đảng viên': they may overlap)
    people = q.unit in ("nguoi", "em") or q.unit.startswith(("dong chi", "nguoi lam viec"))
    return people and any(f"{total.unit} ".startswith(f"{n} ") for n in word_list("people_nouns"))


def of_owns_base(T: Scope, x: Claim, total: Quantity, limit: int) -> bool:
    """Whether a part's share x is of the base of its total's own rate (the percentage after it in
    T, before limit): '30 người (đạt 2,50% so với chỉ tiêu), trong đó đảng viên chính thức là 24 người
    (chiếm 2,00%)' (24/30 of 2,5%)."""
    own = T.next_qty(total.end)
    if own is None or not own.percent or own.start >= limit or x.pct is None or x.part is None or not total.num.value:
        return False
    expected = own.num.value * x.part.num.value / total.num.value
    return abs(expected - x.pct.num.value) <= 2 * x.pct.num.readings[0].half


def units_agree(total: Quantity, parts: list[Quantity]) -> bool:
    """Whether the parts count what the total counts, in its unit."""
    if total.period:
        return False
    if any(f"{total.unit} ".startswith(f"{n} ") for n in word_list("item_nouns")) \
            and any(p.unit_head != total.unit_head for p in parts):
        return False  # '7 mục tiêu, trong đó: ... cho 250 lao động': a target's value, no part
    if any(p.unit_head not in ("", total.unit_head) and p.amount > total.amount and not people_of(total, p) for p in parts):
        return False  # '1 trung tâm, gồm 986 lớp học, với 29.400 học sinh': what it has, no parts
    # (a count of something else is no part of a measure: '55.310 tấn, trong đó 6 huyện ...'; a scale word
    # alone is the money of its parts: '1.295,283 tỷ đạt 57,85% ... Trong đó: ... 335,817 tỷ đồng')
    measure = total.measure or (f"{total.unit_head} dong" if total.unit_head in SCALES else "")
    return all(p.measure == measure if p.measure or total.measure and p.unit_head else True for p in parts)


def in_its_state(total: Quantity, parts: list[Quantity]) -> int:
    """How many parts come before one that counts people in another state than the total does
    (`person_states`): '10 người mất tích, trong đó ... 6 người ..., 7 người bị thương' (the
    injured are no part of the missing)."""
    def state(q: Quantity) -> str | None:
        return next((s for s, said in word_groups("person_states").items() if has_any(q.unit, said)), None)
    own = state(total)
    return next((k for k, p in enumerate(parts) if own and state(p) not in (None, own)), len(parts))


def counted_apart(total: Quantity, parts: list[Quantity]) -> int:
    """How many parts count the total's noun before two or more that all count one other noun,
    which a breakdown does not reach: '240 vụ tai nạn, bao gồm 95 vụ ... và 145 vụ ..., làm 52
    người chết, 38 người bị thương ...' (the toll, no part); every part otherwise."""
    heads = [noun_of(p) for p in parts]  # (past a scale: '520 triệu đồng' counts the đồng of '2,65 tỷ đồng')
    k = next((i for i, h in enumerate(heads) if h != noun_of(total)), len(parts))
    rest = set(heads[k:])
    return k if total.unit_head and k >= 1 and len(parts) - k >= 2 and len(rest) == 1 and "" not in rest else len(parts)


def up_to_the_total(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts of a "trong đó" listing up to what was done of the first two or more ("đã thi hành
    xong"), or up to the first two or more that make the total exactly,
    when more follow: the sentence goes on to count something else ("703 căn nhà cho người có
    công, trong đó xây mới 304 căn, sửa chữa 399 căn và ... 371 căn nhà cho hộ nghèo"). An
    exact sum is no accident."""
    made = Decimal(0)
    for k, q in enumerate(parts[:-1], 1):
        made += q.amount
        if k >= 2 and has_any(parts[k].label, word_list("done_words")):
            return parts[:k]  # ('số cũ 1.100 việc; thụ lý mới 2.100 việc; đã thi hành xong 1.900 việc': what was done of them)
        # (the rest must count something else, or be another kind: '... và THPT có 9 trường' after
        # '43 + 109 + 38 = 190 trường' is one more part, the exact sum an accident; '... 84 tỷ đồng;
        # kiến nghị khác 35,2 tỷ đồng' after '0,6 + 84 = 84,6' is not)
        if k >= 2 and made == total.amount and ({x.unit for x in parts[k:]} - {x.unit for x in parts[:k]}
                                                 or "khac" in parts[k].label.split()
                                                 or len(parts) - k >= 2 and sum(q.amount for q in parts[k:]) == made):
            return parts[:k]  # (or the rest make the total again: '820 người (trong đó nam 790, nữ 30, Ê Đê 510, ...)')
    return parts


def done_after(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts up to one that was done of them ('đã điều tra làm rõ 10 vụ', `done_words`) when those
    before it make the total exactly."""
    for k in range(2, len(parts)):
        if has_any(parts[k].label, word_list("done_words")) and sum(q.amount for q in parts[:k]) == total.amount:
            return parts[:k]
    return parts


def resolved_apart(parts: list[Quantity]) -> list[Quantity]:
    """The parts up to one that counts what was resolved of the part before it, a caseload
    (`caseload_words`, `resolution_words`): 'thụ lý 429 vụ án hôn nhân và gia đình, ..., đã giải
    quyết, xét xử 415 vụ việc' (the 415 are of the 429, no sibling)."""
    for k in range(1, len(parts)):
        if has_any(parts[k].label, word_list("resolution_words")) and has_any(parts[k - 1].label, word_list("caseload_words")) \
                and parts[k].amount <= parts[k - 1].amount:
            return parts[:k]
    return parts


def nested_at(total: Quantity, parts: list[Quantity], labels: list[str]) -> tuple[int, int | None] | None:
    """(j, e) when the parts from j on break down part e (None: which one is not told) rather than
    the total: parts done after parts that could be ('có điều kiện 1.200 việc, đã giải quyết
    xong 960 việc': `eligible_words`, `done_words`, rules/claims.yaml), or two parts or more
    after the first ones that make the total exactly and together no more than one of those
    ('chưa có điều kiện 1.735; có điều kiện 792; đã xong 536; đang thi hành 256'). `labels`:
    the words of each part's item, folded."""
    eligible = next((i for i, label in enumerate(labels) if _names_eligible(label)), None)
    if eligible is not None:
        done = next((j for j in range(eligible + 1, len(labels)) if has_any(labels[j], word_list("done_words"))), None)
        if done is not None:
            return done, eligible
    amounts = [q.amount for q in parts]
    for j in range(2, len(parts) - 1):
        if sum(amounts[:j]) == total.amount:
            rest = sum(amounts[j:])
            holders = [i for i in range(j) if rest <= amounts[i]]
            return (j, holders[0] if len(holders) == 1 else None) if holders else None
    # (or the last two parts or more make exactly the one before them, a figure large enough for
    # that to be no chance: '... đạt 4.975 triệu USD, ..., xuất khẩu 2.750 triệu USD, ..., nhập khẩu 2.225')
    for j in range(1, len(parts) - 1):
        if amounts[j - 1] >= _NO_CHANCE and sum(amounts[j:]) == amounts[j - 1]:
            return j, j - 1
    return None


_NO_CHANCE = 100


def _names_eligible(label: str) -> bool:
    padded = f" {label} "
    for w in word_list("eligible_words"):
        at = padded.find(f" {w} ")
        if at >= 0 and not any(padded[:at + 1].endswith(f" {n} ") for n in word_list("eligible_negations")):
            return True
    return False


def has_any(label: str, terms: tuple[str, ...]) -> bool:
    """Whether the label holds one of the terms as whole words (`has_words` of each, the label's
    words joined once for all of them)."""
    padded = f" {' '.join(label.split())} "
    return any(f" {w} " in padded for w in terms)


def twin_counted(S: Scope, total: Quantity, parts: list[Quantity]) -> bool:
    """Whether the total has a twin counting other things right before it, which the items
    count too: 'tiếp 96 lượt với 130 công dân, trong đó: thường xuyên 84 lượt, 102 người; ...'
    (each item has one figure of each, no part of the 130 alone); `parts`: the items' figures."""
    twin = S.last_count_before(total.start)
    return twin is not None and twin.unit_head != total.unit_head and words(S.text[twin.end:total.start]) <= 5 \
        and any(p.unit_head == twin.unit_head for p in parts)


def threshold(S: Scope, total: Quantity, parts: list[Quantity]) -> bool:
    """Whether the total is a threshold the parts each pass, announced by their count right
    before it: '3 Chi cục đạt số thu 500 tỷ đồng gồm: A 812 tỷ đồng; B 640 tỷ đồng; C 515 tỷ đồng'."""
    count = S.last_count_before(total.start)
    return count is not None and S.clause_start(total.start) <= count.start and count.num.value == len(parts) \
        and all(p.amount > total.amount for p in parts)


def tentative(c: Claim) -> Claim:
    """c verified if it fits, else unchecked: its total is only a likely one (the parts of the
    rest of a total may give their shares of the whole: 'Trong số 1.482 tân cử nhân, 63 …
    1.420 sinh viên còn lại … Cụ thể, … 258 sinh viên đạt loại giỏi (tỷ lệ 17,41%)': 258 / 1.482)."""
    c.tentative = True
    return c


_OF_ALL = re.compile(r"(?<![a-z])(?:tren|trong) tong so[ \t]*$")


def of_either(S: Scope, total: Quantity) -> bool:
    """Whether the total is the base of a figure right before it ('85 đại biểu trên tổng số 144
    đại biểu ứng cử'): the parts after may be of either."""
    return _OF_ALL.search(S.folded, max(0, total.start - 16), total.start) is not None \
        and S.last_count_before(total.start - 1) is not None


def compared_total(S: Scope, o: int) -> Quantity | None:
    """The figure before its comparison (or its share of another total) that a parenthesis at o
    breaks down: '5.210,5 ha lúa, bằng 98,2% cùng kỳ (lúa Đông Xuân 2.410,2 ha; ...)', '58.400
    người, chiếm tỷ lệ 31,2% lực lượng lao động (trong đó, BHXH bắt buộc: 52.100 người, ...)'."""
    q = S.last_count_before(o)
    if q is None or words(S.text[q.end:o]) > 16 or S.sentence_start(o) > q.start or S.enclosing(q.start)[0] >= 0:
        return None
    between = [n for n in S.numbers_in(q.end, o) if n.is_quantity]  # (of a comparison, or a share of another total)
    return q if between and all(n.percent and (cues().plan_after.match(S.folded, n.end) or cues().share_before.search(
        S.folded, max(0, n.start - 20), n.start)) for n in between) else None


def first_clause(S: Scope, a: int, total: Quantity, items: list, read) -> tuple[list, int] | None:
    """The items of the first clause after 'trong đó' at a, and its end, when the sentence's items
    go past the total and the first clause lists two that fit it: the clauses after count
    something else ('04 dự án, trong đó 02 dự án FDI … và 02 dự án trong nước …; điều chỉnh tăng
    vốn cho 02 dự án …'). `read(S, a, b, total)` reads the items of [a, b)."""
    b = S.clause_end(a)
    if b >= S.sentence_end(a) or sum(it.part.amount for it in items if it.part is not None) <= total.amount:
        return None
    if has_any(" ".join(S.folded[b + 1:b + 24].split()[:3]), word_list("remainder_words")):
        return None  # ('...; còn lại là vốn ngân sách tỉnh 2.530,5 triệu đồng': the rest of the same total)
    first = read(S, a, b, total)
    # (or one, when the clauses after make more than the total twice over, on one scale: 'Khoai tây 2.150 ha,
    # trong đó diện tích đã ra củ 1.980 ha; bí xanh 1.420,5 ha; đậu tương ...': the next crops, no slip of a digit)
    scaled = on_one_scale([total, *(it.part for it in items if it.part is not None)])
    twice = scaled is not None and sum(q.amount for q in scaled[1:]) > 2 * scaled[0].amount
    if not first or len(first) < (1 if twice else 2) or sum(it.part.amount for it in first if it.part is not None) > total.amount:
        return None
    return first, b
