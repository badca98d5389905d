"""What the names of figures tell: that a listing's parts make a whole (a known partition,
rules/partitions.yaml) or may count the same things twice, and which figure of a plan listing
several is a part's."""

from __future__ import annotations

import re
from functools import lru_cache

from reportlint.analysis.claims.model import Quantity
from reportlint.analysis.claims.scope import Scope
from reportlint.analysis.claims.vocabulary import partitions, whole_word, word_list


def partition_of(labels: list[str]) -> str:
    """The known partition the labels form exactly ('trực tiếp|trực tuyến'), or ''."""
    for terms, written in _partitions_of(len(labels)):
        hit = []
        for lab in labels:
            found = [term for term in terms if term in lab and whole_word(term).search(lab)]  # (as a word)
            found = [t for t in found if not any(t != u and t in u for u in found)]
            if len(found) != 1:
                break
            hit.append(found[0])
        if len(hit) == len(labels) and len(set(hit)) == len(terms):
            return written
    return ""


@lru_cache(maxsize=None)
def _partitions_of(size: int) -> tuple:
    """The known partitions of `size` terms, in the order of partitions() (a listing is read
    against those only)."""
    return tuple(entry for entry in partitions() if len(entry[0]) == size)


def may_overlap(parts: list[tuple[str, str]]) -> bool:
    """Whether parts, each (label, name) folded (the words of its item, those before its number),
    may count the same things twice: a part named by another's name and more words lies inside
    it ('thu nội địa 20.107 tỷ đồng; thu nội địa không kể tiền sử dụng đất 19.836 tỷ đồng');
    parts named with two kinds of which one may have several ('bảo hiểm xã hội ..., bảo hiểm y
    tế ...': `overlapping_kinds`, rules/claims.yaml)."""
    labels = [f" {label} " for label, _ in parts]
    if len({k for k in word_list("overlapping_kinds") for label in labels if f" {k} " in label}) >= 2:
        return True
    names = [f"{name} " for _, name in parts if len(name.split()) >= 2]
    return any(a != b and b.startswith(a) for a in names for b in names)


def plan_item(T: Scope, q: Quantity, S: Scope, part: Quantity) -> Quantity | None:
    """The figure of a plan listing several in its clause ('kế hoạch tiêm 6.000 liều tụ huyết
    trùng, 6.000 liều dịch tả, 3.000 liều lép tô') that is the part's: the one named most like
    it ('lép tô 325 liều, đạt 11% kế hoạch'), if one alone is, none if another is as much; q when
    it is alone or no name tells. A listing whose items are all named after their figures is
    read by those words only, and the words every item shares tell none apart ('vắc xin')."""
    end = T.clause_end(q.start) if T is not S else min(T.clause_end(q.start), part.start)
    items = [x for x in T.qty_in(q.start, end) if not x.percent and x is not part and x.unit_head == q.unit_head]
    if len(items) < 2:
        return q
    names = [_words_after(T, x) for x in items]
    if not all(names):
        names = [n | _words(T.name_before(x), x) for n, x in zip(names, items)]
    common = set.intersection(*names)
    want = _words_after(S, part) | _words(S.name_before(part), part)
    scores = sorted(((len(want & (n - common)), i) for i, n in enumerate(names)), reverse=True)
    if scores[0][0] == 0:
        return q
    return items[scores[0][1]] if scores[0][0] > scores[1][0] else None


def _words_after(S: Scope, q: Quantity) -> set[str]:
    """The words naming q after it, up to the next mark or figure ('lep to' of '3.000 liều lép tô')."""
    after = S.numbers_in(q.end + 1, len(S.text))
    return _words(_UP_TO_MARK.match(S.folded, q.end, after[0].start if after else len(S.text)).group(), q)


def _words(text: str, q: Quantity) -> set[str]:
    """The words of `text` that may name q: its unit's first word and the words of any plan aside."""
    return set(text.split()) - _FILLER - set(q.unit.split()[:1])


_UP_TO_MARK = re.compile(r"[^,;.()]*")
# words of any item of a plan listing: they tell no item from another
_FILLER = frozenset("va dat ke hoach chi tieu du toan duoc tiem la co cua cho tren gan duoi khoang".split())
