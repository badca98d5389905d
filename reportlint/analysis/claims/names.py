"""What the names of a listing's parts tell about them: that they make a whole (a known
partition, rules/partitions.yaml), or that they may count the same things twice."""

from __future__ import annotations

from reportlint.analysis.claims.vocabulary import partitions, word_list


def partition_of(labels: list[str]) -> str:
    """The known partition the labels form exactly ('trực tiếp|trực tuyến'), or ''."""
    for terms, written in partitions():
        if len(terms) != len(labels):
            continue
        hit = []
        for lab in labels:
            found = [term for term, pattern in terms if term in lab and pattern.search(lab)]  # (as a word)
            found = [t for t in found if not any(t != u and t in u for u in found)]
            if len(found) != 1:
                break
            hit.append(found[0])
        if len(hit) == len(labels) and len(set(hit)) == len(terms):
            return written
    return ""


def may_overlap(parts: list[tuple[str, str]]) -> bool:
    """Whether parts, each (label, name) folded (the words of its item, those before its number),
    may count the same things twice: a part named by another's name and more words lies inside
    it ('thu nội địa 20.107 tỷ đồng; thu nội địa không kể tiền sử dụng đất 19.836 tỷ đồng');
    parts named with two kinds of which one may have several ('bảo hiểm xã hội ..., bảo hiểm y
    tế ...': `overlapping_kinds`, rules/claims.yaml)."""
    if len({k for label, _ in parts for k in word_list("overlapping_kinds") if f" {k} " in f" {label} "}) >= 2:
        return True
    names = [f"{name} " for _, name in parts if len(name.split()) >= 2]
    return any(a != b and b.startswith(a) for a in names for b in names)
