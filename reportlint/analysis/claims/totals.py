"""Which count an intro word lists ("12.914 hồ sơ, trong đó ...", "... có 629 doanh nghiệp. Trong
đó, ..."): the total of a listing, before its parts are read (listing.py, bullets.py, accordingly.py)."""

from __future__ import annotations

import re
from bisect import bisect_left

from reportlint.analysis.claims.model import Quantity
from reportlint.analysis.claims.scope import Scope, words
from reportlint.analysis.claims.vocabulary import cues

BULLETS = "-+–•*"
_BOUND_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,3}?[ \t]+tro (?:len|xuong)(?![a-z])")


def totals_of_intro(S: Scope, at: int) -> list[Quantity]:
    """The totals an intro word at `at` lists: the count right before it ("12.914 hồ sơ, trong
    đó", "65.126 con; trong đó:"), or, for "Trong đó," opening a sentence, the counts of the
    sentence before (the paragraph's before, when it opens one), each of its own noun ("... có 629 doanh nghiệp. Trong đó, ..."; "6.540
    người, với tổng số tiền 8,42 tỷ đồng. Cụ thể, ... 610 người, số tiền 0,915 tỷ đồng; ...";
    its period, "Lũy kế 10 tháng", counts nothing). (Only parts naming its noun make a listing
    of one of several: `items_matching`, strict.)"""
    if S.text[at].isupper():
        a = S.sentence_start(at)
        if S.text[a:at].strip():
            return []
        # (or the last sentence of the paragraph before: 'Kết quả, 3.939 lượt hộ được công nhận ...' then
        # a paragraph 'Trong đó, ... 22 lượt hộ, ... 274 lượt hộ, ...')
        T, b = (S, a) if a > 0 else (S.before(), None)
        if T is None or T is not S and T.text[:1] in BULLETS:
            return []  # (a bullet before is a sibling item, no total)
        b = len(T.text.rstrip()) if b is None else b
        # (never a figure in parentheses, '6.583 tỷ đồng, … (17.600 tỷ đồng)'; nor a change, '1.250 tỷ đồng, tăng 98 tỷ đồng')
        counts = [q for q in T.qty_in(T.sentence_start(max(0, b - 1)), b) if not (q.percent or q.period or T.enclosing(q.start)[0] >= 0)]
        counts = [q for q in counts if not (T.is_change(q) or T.is_earlier(q))] or counts  # (nor 'so với cùng kỳ 131.200 lượt')
        counts = [q for q in counts if not q.rate]  # ('mức cho vay bình quân 14,5 triệu đồng/hộ': an average)
        if T is not S and any(_BOUND_AFTER.match(T.folded, q.end) for q in counts):
            return []  # (the paragraph before: no bound, 'số thu từ 1.000 tỷ đồng trở lên')
        if not counts or len(counts) > 3 or any(not q.unit_head for q in counts) \
                or len({q.unit_head for q in counts}) < len(counts):
            return []
        return counts
    total = _total_of_intro(S, at)
    return [total] if total is not None and not _two_kinds(S, total) else []


def _two_kinds(S: Scope, total: Quantity) -> bool:
    """Whether the total is the second of two counts of two kinds of one noun, joined by 'và':
    '120 đơn khiếu nại và 40 đơn tố cáo; trong đó ...' lists the parts of both."""
    i = bisect_left(S.qty_starts, total.start)
    before = S.qty[i - 1] if i > 0 else None
    return before is not None and before.unit_head == total.unit_head and before.unit != total.unit \
        and _AND_BETWEEN.fullmatch(S.folded, before.end, total.start) is not None


_AND_BETWEEN = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,4}va[ \t]+")


def _total_of_intro(S: Scope, at: int) -> Quantity | None:
    """The count right before an intro word at `at` (or the figure its change is of); no bound
    ('4 huyện đạt ... từ 5 nghìn tỷ đồng trở lên, trong đó ...')."""
    total = S.total_before(at, 10)
    if total is not None and _BOUND_AFTER.match(S.folded, total.end):
        return None
    head = S.folded[:at].rstrip()
    if total is None and head.endswith(";"):
        total = S.total_before(len(head) - 1, 10)
    if total is None:  # '6.100 việc, tăng 300 việc (5,17%) so với cùng kỳ, trong đó': a change with its rate
        change = S.last_count_before(at)
        if change is not None and S.is_change(change) and words(S.text[change.end:at]) <= 10 \
                and S.sentence_start(at) <= change.start and all(n.percent or not n.is_quantity
                                                                 for n in S.numbers_in(change.end, at)):
            total = change
    if total is not None and S.is_change(total):  # '1.540 hộ ..., tăng 310 so với cùng kỳ, trong đó ...'
        o, of = S.enclosing(at)[0], S.changed_by(total)
        if o > total.end and words(S.text[total.end:o]) <= 3 and of is None:
            return total  # ('giảm 900 hộ (trong đó có 850 hộ thoát nghèo ...)': the change's own parts; not
            # the amount of a rate, 'đạt 21.974 tấn, tăng 3,38%, bằng 718 tấn (trong đó, cá 11.069 tấn ...)')
        return of or S.total_before(total.start, 12)  # of the 1.540, the figure the change is of
    subject = None if total else S.subject_before(at, semicolon=True)
    # (no part of a listing before: 'tỉnh A đạt 99,93%, trong đó có 675 khu vực ...; tỉnh B đạt 99,33%, trong đó ...';
    # but a part may say what it comprises: '..., trong đó có 2.418 người hưởng trợ cấp ..., gồm: 1.806 ...')
    part_of_another = subject is not None and cues().intro.search(S.folded, max(0, subject.start - 16), subject.start)
    if part_of_another and S.folded.startswith(_COMPRISES, at) and ";" not in S.text[subject.end:at]:
        part_of_another = None
    return total or (None if subject is None or part_of_another else subject)


_COMPRISES = ("gom", "bao gom")


def count_they_make(T: Scope, total: Quantity, parts: list[Quantity]) -> Quantity | None:
    """Another count, earlier in its sentence or the one before, that the parts make exactly when
    they do not make the total: 'thụ lý 393 tin, ...; giải quyết 367 tin, ..., trong đó khởi tố 161
    vụ án, không khởi tố 202 tin, tạm dừng 04 tin, đang giải quyết 26 tin' (the 393, pending ones
    and all)."""
    made = sum(q.amount for q in parts)
    if len(parts) < 2 or made == total.amount:
        return None
    return next((q for q in _earlier_counts(T, total) if q.amount == made), None)


def restates_a_count(T: Scope, total: Quantity, parts: list[Quantity]) -> bool:
    """Whether a part larger than the total is a count stated just before it: the listing
    is of that count ('2.268 thủ tục gồm ... 134 thủ tục cấp xã; trong đó ... mức độ 1, 2 là 2.268
    thủ tục, mức độ 3 là 1.089 thủ tục': not of the 134)."""
    earlier = {q.amount for q in _earlier_counts(T, total)}
    return any(p.amount > total.amount and p.amount in earlier for p in parts)


def _earlier_counts(T: Scope, total: Quantity) -> list[Quantity]:
    """The counts before the total in its sentence and the one before, in its measure (a count of
    things, or the same unit of measure: '393 tố giác, tin báo' before '367 tin'), no percentage,
    change or rate."""
    a = T.sentence_start(total.start)
    return [q for q in T.qty_in(T.sentence_start(a - 1) if a else 0, total.start)
            if q.measure == total.measure and not (q.percent or q.rate or T.is_change(q))]
