"""The items of a listing: the pieces of text between its separators, each with its part (a
count) and the share said of it ("..., trong đó khám BHYT 49.558 lượt, chiếm 70%; ...").

`items_of` reads a group in parentheses ("12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến)":
every piece must hold a part or a share); `items_matching` reads the pieces after an intro word
("trong đó", "gồm", "cụ thể") against their total's noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlint.analysis.claims.model import Quantity, noun_of
from reportlint.analysis.claims.parts import people_of
from reportlint.analysis.claims.scope import Scope, has_words
from reportlint.analysis.claims.vocabulary import alternation, cues

_CLOSING = re.compile(r"[\s)]*")
_OCCUPIES = re.compile(r"(?<![a-z])chiem(?![a-z])")


class Item:
    """One item of a listing: a part with its share, or a share alone."""

    __slots__ = ("part", "pct", "label", "numbered", "name")

    def __init__(self, part: Quantity | None = None, pct: Quantity | None = None, label: str = "",
                 numbered: bool = False, name: str = "") -> None:
        self.part = part
        self.pct = pct
        self.label = label
        self.numbered = numbered  # other numbers in the item: a level or an ordinal ("mức độ 3: 775")
        self.name = name  # the words before the part ("thu nội địa" of "thu nội địa 20.107 tỷ đồng")


def _item(S: Scope, a: int, b: int) -> Item | None:
    """One item of a listing: a part (with its percentage), a percentage alone, or None."""
    sub = cues().intro.search(S.folded, a, b)  # "3.888 hồ sơ trực tuyến, trong đó ...": its own listing
    if sub and S.qty_in(a, sub.start(1)):
        b = sub.start()
    direct = S.depth0(a, b)
    counts = [q for q in direct if not q.percent]
    if len(counts) > 1:  # a duration in the label is no part: "dưới 3 tháng 340 người"
        counts = [q for q in counts if not q.period] or counts
    pcts = [q for q in direct if q.percent]
    if len(counts) > 1 or len(pcts) > 1:
        return None
    if counts:
        part = counts[0]
        pct = pcts[0] if pcts else None
        if pct is not None and (_against_plan(S, pct) or cues().growth.search(S.folded, max(0, pct.start - 12), pct.start)):
            pct = None  # "(A 73 tỷ đồng, bằng 25% dự toán; ...)", "(A 15.000 lượt, tăng 4,2%; ...)": its own, no share
        if pct is not None and not (pct.start > part.end and S.share_link(part, pct)):
            return None
        if pct is None:  # "356 trực tuyến (tỷ lệ 7,9%)": a nested percentage of its own
            pct = share_of(S, part, b)
        part.label = S.label(a, b)
        return Item(part, pct, part.label, numbered(S, a, b, part), S.label(a, part.start))
    if pcts:
        pct = pcts[0]
        if cues().share_lead.fullmatch(S.folded[a:pct.start]) and _CLOSING.fullmatch(S.folded[pct.end:b]):
            return Item(None, pct, "")
        return Item(None, pct, S.label(a, b))  # a labelled share: "trực tuyến 45%"
    return None


def _in_closing_paren(S: Scope, a: int, b: int, total: Quantity) -> list[Quantity]:
    """The count that a parenthesis ending the item holds alone, with its unit: '1.020' of
    'nông nghiệp (1.020 người)', 'Toán (4 học sinh)'; of the total's noun, or people of a total
    of people ('1.250 lao động, trong đó nông nghiệp (1.020 người)'; not '24 xã, ... như xã A (19 tiêu chí)')."""
    q = S.next_qty(a)
    o, close = S.enclosing(q.start) if q is not None and q.end <= b else (-1, -1)
    if o < a or close >= b or S.text[close + 1:b].strip(" \t.,;") or S.text[o + 1:q.start].strip() \
            or q.percent or len(S.qty_in(o, close)) != 1 or q.unit != S.folded[q.end:close].strip():
        return []
    if q.unit_head != total.unit_head and not people_of(total, q):
        return []
    return [q]


def items_of(S: Scope, a: int, b: int, changes: bool = True, head: str = "") -> list[Item] | None:
    """The items of a listing, percentages alone attached to the part before them, and (unless
    the listing counts `changes`) changes too: '(đơn mới 224 đơn, giảm 37 đơn so với cùng kỳ)'.
    (`head`: the total's noun, see _pieces.)"""
    out: list[Item] = []
    for x, y in _pieces(S, a, b, head):
        it = _item(S, x, y)
        if it is None:
            return None
        if not changes and it.part is not None and S.is_change(it.part):
            continue
        if it.part is None and not it.label:
            if not out or out[-1].part is None or out[-1].pct is not None:
                return None
            out[-1].pct = it.pct
            continue
        out.append(it)
    return out


def _pieces(S: Scope, a: int, b: int, head: str = "") -> list[tuple[int, int]]:
    """`_read_pieces`, once per range and noun (`Scope.pieces`)."""
    key = (a, b, head)
    if key not in S.pieces:
        S.pieces[key] = _read_pieces(S, a, b, head)
    return S.pieces[key]


def _read_pieces(S: Scope, a: int, b: int, head: str = "") -> list[tuple[int, int]]:
    """The items of text[a:b]: its pieces between separators, a piece without a figure
    joined to the next ("kho bãi và dịch vụ hỗ trợ 42,7 tỷ đồng", "vận tải, kho bãi 214"),
    or, at the end, to the one before ("..., 60 cuộc trực tuyến), thu hút ..."); pieces
    between ';' at their commas too when one holds two counts of `head` or more ("...; có
    2.207 hồ sơ đúng hạn, chiếm 17,8% và số quá hạn còn 415 hồ sơ")."""
    out: list[tuple[int, int]] = []
    start = None
    for x, y in S.split(a, b):
        if not out and start is None and S.text.count(",", x, y) >= 2 and not S.numbers_in(x, y):
            return []  # ('4 trường tiểu học gồm Tân Lập, Hòa Bình, Phú Mỹ, Long Sơn ...; 24 trường ...': it names them)
        if _IN_WORDS.match(S.text, x, y) or _EACH.search(S.text, x, y):
            return []  # ('..., chín giải Ba', '... mỗi môn 1 giải'): parts no figure states
        if _GLUED_FIGURE.search(S.text, x, y) and not S.numbers_in(x, y):
            return []  # ('... và 1chi bộ trạm y tế': a part whose figure is glued to its word, unread)
        # (a year or a name's number names no part: '... Đại hội năm 2024', '... và Chương trình 134 của Chính phủ')
        if all(n.kind in ("year", "ordinal", "name", "version") for n in S.numbers_in(x, y)):
            start = x if start is None else start
            continue
        out.append((x if start is None else start, y))
        start = None
    if start is not None and out and cues().intro.match(S.folded, start - 1) is None:
        out[-1] = (out[-1][0], b)
    if head and len(out) > 1 and any(sum(q.unit_head == head and not q.percent and not S.is_change(q)
                                         for q in S.depth0(x, y)) > 1 and not _inner(S, x, y) for x, y in out):
        out = [sub for x, y in out for sub in ([(x, y)] if _inner(S, x, y) else _pieces(S, x, y))]
    # an item's own listing opened with a colon runs to the end: the pieces after it are its
    # ('...; thu do huyện quản lý 197,7 tỷ đồng, gồm: thuế 123,7 tỷ đồng, ...; thu khác 8,4 tỷ đồng')
    opened = next((k for k, (x, y) in enumerate(out[:-1]) if (i := _inner(S, x, y)) and ":" in S.text[i:y]), None)
    return out if opened is None else out[:opened] + [(out[opened][0], out[-1][1])]


# (these patterns start with a character, their look-behind after it: re then skips ahead to
# that character instead of trying every position, as in text/numbers.py)
_GLUED_FIGURE = re.compile(r"\d(?<![\w.,]\d)\d*[^\W\d_]{2,}")  # '1chi bộ' (not 'm2', 'H5N1': letters first)
# A part written in words, or a figure for each of several ('các môn Văn, Sử và Địa mỗi môn 1 giải'):
# a listing whose sum no figure states. (Lower case, opening the piece: 'Ba Tơ' is a place; 'năm' mostly a year.)
_IN_WORDS = re.compile(r"[\s,;:(]*(?:và\s+)?(?:một(?!\s+số)|hai|ba(?!\s+ba)|bốn|sáu|bảy|tám|chín|mười)\s+[^\W\d_]")  # ('ba ba': a turtle)
_EACH = re.compile(r"m(?<![^\W\d_]m)ỗi\s+[^\W\d_]+\s+\d")


def _inner(S: Scope, a: int, b: int) -> int:
    """Where an intro word inside the piece [a, b) opens a listing of its own item ('12 trường
    mầm non, gồm 7 trường công nhận mới và 5 trường công nhận lại'), or 0."""
    m = cues().intro.search(S.folded, a + 1, b)
    return m.start(1) if m else 0


def numbered(S: Scope, a: int, b: int, part: Quantity) -> bool:
    """Whether another number than the part stands in its item: a level ('mức độ 3: 775'), not
    the part's change ('Hà Tĩnh: 92.912 nhà (tăng 23.800 nhà)') nor a range of a class ('thiệt hại
    từ 30-70%: 4,2 ha')."""
    others = [n for n in S.numbers_in(a, b) if n.start != part.start and not n.percent and n.kind != "other"]
    if not others:
        return False  # (most items: the part alone)
    changes = {q.start for q in S.qty_in(a, b) if S.is_change(q)}
    return any(n.start not in changes for n in others)


def share_of(S: Scope, part: Quantity, limit: int, total: Quantity | None = None) -> Quantity | None:
    """The share right after a listed part, unless it is of a plan or an earlier period: "thu
    thuế và phí 73 tỷ đồng, bằng 25% so với dự toán giao" (of the line's own dự toán)."""
    pct = S.share_after(part, limit)
    if pct is None or _against_plan(S, pct) or _past_a_whole(S, pct):
        return None
    return None if total is not None and S.names_another_base(pct, total) else pct


def index_among_changes(S: Scope, pct: Quantity) -> bool:
    """Whether 'bằng p%' is against last year like its siblings' 'tăng q%' ('Đồng Hới thực hiện 1.003,3
    ha, bằng 99,8%; Ba Đồn thực hiện 2.555,3 ha, tăng 10,2%; ...'), or its total's in the sentence before
    ('24.203 ha, tăng 3% so cùng kỳ. Trong đó: Lúa Hè Thu tái sinh 8.769 ha, bằng 94,3%'): an index, no share."""
    if S.share_cue(pct) != "bang":
        return False
    a = S.sentence_start(pct.start)
    a = S.sentence_start(a - 1) if a and S.folded[a:a + 12].lstrip().startswith("trong do") else a
    return any(q.percent and q is not pct and cues().growth.search(S.folded, max(0, q.start - 8), q.start)
               for q in S.qty_in(a, S.sentence_end(pct.start)))


def _past_a_whole(S: Scope, pct: Quantity) -> bool:
    """Whether a part's percentage past 100 is of a target, not its share: '1.238 hộ ..., đạt tỷ lệ
    225%' (unless it says 'chiếm': a share, and a slip in it)."""
    return pct.num.value > 100 and not _OCCUPIES.search(S.folded, max(0, pct.start - 24), pct.start)


def _against_plan(S: Scope, pct: Quantity) -> bool:
    """Whether pct is of a plan or an earlier period: the words after it say so, or they did
    after an earlier percentage of its sentence with the same verb ('lúa Đông Xuân 2.410,2 ha,
    bằng 97,1% cùng kỳ; lúa Hè Thu 1.600,3 ha, bằng 99,5%')."""
    if cues().plan_after.match(S.folded, pct.end) or index_among_changes(S, pct):
        return True
    cue = S.share_cue(pct)
    return cue in ("bang", "dat") and any(q.percent and S.share_cue(q) == cue and cues().plan_after.match(
        S.folded, q.end) for q in S.qty_in(S.sentence_start(pct.start), pct.start))


def items_matching(S: Scope, a: int, b: int, total: Quantity, strict: bool = False) -> list[Item] | None:
    """Items after 'trong đó': each must hold one count in the total's unit (or none); a
    share alone ("..., đạt tỷ lệ 89,19%") belongs to the item before it. `strict`: every
    count must name the total's noun."""
    noun = " ".join(total.unit.split()[:2])
    out: list[Item] = []
    for x, y in _pieces(S, a, b, total.unit_head):
        if out and cues().intro.match(" " + S.folded[x:y].lstrip(" \t,;:")):
            break  # ('...; trong đó: tôm đạt 139.338 tấn': another figure's own listing begins)
        if out and _running_total().match(S.folded, x):
            break  # ('..., nâng tổng số chợ trên địa bàn tỉnh lên 95 chợ': the count they make with the rest)
        if out and _STILL.match(S.folded, x):
            break  # ('..., hiện còn 1.230 đối tượng truy nã chưa bắt được': what remains outstanding, no part)
        counts = [q for q in S.depth0(x, y) or _in_closing_paren(S, x, y, total) if not q.percent and not q.rate]
        if out and counts and _cumulative().match(S.folded, x):
            # '..., khách quốc tế 40.000 lượt, lũy kế từ đầu năm 120.000 lượt': the item's own total
            # since January, its part when the total is one too
            if _cumulative().search(total.para.folded, max(0, total.start - 60), total.start):
                out[-1].part = counts[0]
            continue
        if counts and all(S.is_change(q) for q in counts):
            if not out and not S.is_change(total):
                return None  # ('Cụ thể, ... tăng thêm 12.450 người so với tháng 8': how the total changed, no parts)
            continue  # 'là 318.011 người, tăng 40.640 người (tăng 14,65%) so với cùng kỳ': the item's change
        counts = [q for q in counts if not S.is_change(q)] or counts  # ('410 tỷ đồng, giảm 12 tỷ đồng ...; ...')
        if len(counts) == 2 and _WITH.search(S.folded, counts[0].end, counts[1].start) and not same_noun(counts[1], total):
            counts = counts[:1]  # ('5 công ty luật với 70 luật sư': the item's people, no second part)
        if (inner := _inner(S, x, y)) and any(q.start < inner for q in counts):
            counts = [q for q in counts if q.start < inner]  # (the item's own breakdown after 'gồm')
        if out and counts and _GROWTH_FIRST.match(S.folded, x) and not any(same_noun(q, total) for q in counts):
            continue  # '..., tăng 11,7% với 10.052 nghìn lượt vận chuyển': the item's growth, with another measure
        if out and counts and _TOTAL_OF_ANOTHER.match(S.folded, x) and not any(same_noun(q, total) for q in counts):
            break  # ('..., sửa chữa 15 căn, tổng kinh phí hơn 1,9 tỷ đồng': the listing's cost, no part)
        if out and not counts and _compared(S, x, y):
            continue  # '..., đạt tỷ lệ 90,7%, vượt 17,7% so với chỉ tiêu được giao', ', đạt 70% dự toán': the item's comparison
        if out and not counts and any(q.rate for q in S.depth0(x, y)):
            break  # '..., 23 xã cơ bản đạt chuẩn, bình quân 14,2 tiêu chí/xã': an average closes the listing
        same = [q for q in counts if same_noun(q, total)]
        if not same and total.unit_head:  # or a bare figure after the total's noun ("số hồ sơ quá hạn còn 154")
            same = [q for q in counts if not q.unit and has_words(S.folded[x:q.start], noun)]
        if not counts and out and out[-1].pct is None:
            pct = [q for q in S.depth0(x, y) if q.percent]
            if len(pct) == 1 and cues().share_lead.fullmatch(S.folded[x:pct[0].start]) \
                    and not S.folded[pct[0].end:y].strip(" \t.)"):
                if not (S.attains(out[-1].part, pct[0]) or _past_a_whole(S, pct[0]) or index_among_changes(S, pct[0])):  # (an attainment of its own, like its total's)
                    out[-1].pct = pct[0]
                continue
        if out and not counts and _RATE_OPENS.match(S.folded, x):
            break  # '..., cấp xã 46.350 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98%': a rate of them all closes the listing
        if strict and len(same) != 1:
            return None
        if len(counts) == 1 and (not counts[0].period or counts[0].unit_head == total.unit_head):
            part = counts[0]
        elif len(same) == 1:
            part = same[0]
        else:
            return None
        pct = share_of(S, part, y, total)
        part.label = S.label(x, y)
        out.append(Item(part, pct, part.label, numbered(S, x, y, part), S.label(x, part.start)))
    if any(_planned().search(it.name) for it in out) and any(_OUTCOME.search(it.name) for it in out):
        return None  # ('chi đầu tư phát triển dự toán 5.200 tỷ đồng, quyết toán 4.900 tỷ đồng': a line's plan and outcome)
    return out or None


_OUTCOME = re.compile(r"(?<![a-z])(?:quyet toan|thuc hien|uoc thuc hien|uoc dat|giai ngan)[ \t]*(?:la|:)?[ \t]*$")


_RATE_OPENS = re.compile(r"[ \t]*t[yi] le[ \t]")  # a piece that opens with a rate
_STILL = re.compile(r"[ \t]*hien con[ \t]")


@lru_cache(maxsize=1)
def _planned() -> re.Pattern[str]:
    """An item named as a plan, what the amount is measured against: '... dự toán', '... kế hoạch' (`plan_base_words`)."""
    return re.compile(rf"(?<![a-z])(?:{alternation('plan_base_words')})[ \t]*(?:la|:)?[ \t]*$")


_WITH = re.compile(r"(?<!doi)[ \t]voi[ \t]+$")  # (not 'đối với 10 đơn vị': whom it was done to)
_TOTAL_OF_ANOTHER = re.compile(r"[ \t,;]*tong(?![a-z])")
_GROWTH_FIRST = re.compile(r"[ \t,;]*(?:tang|giam)[ \t]+[\d.,]+[ \t]*%")


def same_noun(q: Quantity, total: Quantity) -> bool:
    """Whether q counts the total's noun (or in a scale of it: '450.000 lượt' of '3,2 triệu lượt'; or
    people of a total of people: '500 đồng chí' of '2.000 đảng viên')."""
    return bool(total.unit_head) and (q.unit_head == total.unit_head or noun_of(q) == noun_of(total)
                                      or people_of(total, q))


@lru_cache(maxsize=1)
def _running_total() -> re.Pattern[str]:
    """A piece that gives the count after the listed ones: 'nâng tổng số', 'đưa tổng số' (`running_total_words`)."""
    return re.compile(rf"[ \t,;:]*(?:{alternation('running_total_words')})(?![a-z])")


@lru_cache(maxsize=1)
def _cumulative() -> re.Pattern[str]:
    """A figure since the start of the year: 'lũy kế', 'cộng dồn' (`cumulative_words`)."""
    return re.compile(rf"[ \t,:]*(?<![a-z])(?:{alternation('cumulative_words')})(?![a-z])")


def _compared(S: Scope, a: int, b: int) -> bool:
    """Whether the piece [a, b) holds only percentages against a plan or an earlier period, or
    changes ('..., tăng 5,1%': the item's own growth)."""
    pcts = [q for q in S.depth0(a, b) if q.percent]
    return bool(pcts) and all(cues().plan_after.match(S.folded, q.end)
                              or cues().growth.search(S.folded, max(a, q.start - 8), q.start) for q in pcts)
