"""Bullet listings: a paragraph ending 'trong đó:', 'gồm:' or a colon after its total, then the
bullet paragraphs that give its parts ("Tổng số 120 hồ sơ, gồm:" then "- 100 hồ sơ ...")."""

from __future__ import annotations

import re

from reportlint.model.document import Paragraph
from reportlint.analysis.claims.items import Item, numbered, share_of
from reportlint.analysis.claims.listing import bullet_of, listing_claims, partial_after
from reportlint.analysis.claims.totals import totals_of_intro
from reportlint.analysis.claims.model import Claim, Quantity
from reportlint.analysis.claims.scope import Scope, words
from reportlint.analysis.claims.vocabulary import cues

_ALL_KINDS = re.compile(r"(?<![a-z])cac loai(?![a-z])")


def _changed_before(S: Scope, at: int) -> Quantity | None:
    """The figure whose change (and its rate) ends the text before `at`: 18.450 of 'dư nợ là 18.450
    tỷ đồng; so với 31/12/2023 tăng 1.250 tỷ đồng (+7,3%), cụ thể như sau:'."""
    counts = [q for q in S.qty_in(S.sentence_start(at), at) if not q.percent]
    if not counts or not S.is_change(counts[-1]) or words(S.text[counts[-1].end:at]) > 6:
        return None
    return S.subject_before(counts[-1].start, semicolon=True)


def list_claims(paragraphs: list[Paragraph], scopes: dict[int, Scope]) -> list[Claim]:
    """A paragraph ending 'trong đó:' / 'gồm:' and the bullet paragraphs that follow it."""
    out: list[Claim] = []
    for i, S in scopes.items():
        end = S.intro_at_end
        if end is None:
            continue
        at, intro = end
        total = _changed_before(S, at) or S.total_before(at, 10)
        # (or the counts of the sentence before 'Trong đó:' opening its own: '... đạt 1.295,283 tỷ đồng, đạt 57,85%
        # kế hoạch năm. Trong đó:', '... 255 cơ sở lưu trú với 9.265 phòng. Trong đó:')
        opens = S.text[at].isupper()  # ('Trong đó:' opening its sentence; not '..., tại một số cơ sở:')
        for total in [total] if total is not None else totals_of_intro(S, at) if opens else []:
            out.extend(_bullets_of(paragraphs, scopes, i, S, at, intro, total))
    return out


def _bullets_of(paragraphs: list[Paragraph], scopes: dict[int, Scope], i: int, S: Scope, at: int, intro: str,
                total: Quantity) -> list[Claim]:
    """The claims of the bullets after paragraph i (S), whose intro word at `at` lists `total`."""
    out: list[Claim] = []
    if not total.unit_head:
        return out
    sentence = S.qty_in(S.sentence_start(total.start), total.start)
    if any(q.unit_head == total.unit_head and not q.percent for q in sentence):
        return out  # "chủ trì 13 cuộc, phối hợp 01 cuộc, cụ thể như sau:": the bullets detail the listing, not "01"
    own = bullet_of(S.text)
    kinds = intro == "colon" and bool(_ALL_KINDS.search(S.folded, total.end, at))  # "23.526 tài liệu các loại:"
    items: list[Item] = []
    complete = True
    for j in range(i + 1, len(paragraphs)):
        head = bullet_of(paragraphs[j].text)
        if not head or head == own or j not in scopes:
            break
        Q = scopes[j]
        first = Q.clause_end(0)
        # (up to the bullet's own listing: '- Cấp tỉnh tiếp 120 lượt, trong đó ...')
        inner = cues().intro.search(Q.folded, 0, first)
        first = inner.start() if inner and Q.any_qty_in(0, inner.start()) else first
        counts = [q for q in Q.depth0(0, first) if not q.percent and not q.rate and
                  (q.unit_head == total.unit_head or kinds or q.measure and q.measure == total.measure)]
        if len(counts) != 1:
            complete = False
            continue
        part = counts[0]
        pct = share_of(Q, part, first, total)
        part.label = Q.label(0, part.start)
        items.append(Item(part, pct, part.label, numbered(Q, 0, first, part), part.label))
    if items:
        out.extend(listing_claims(total, items, "list", intro if complete else "trong do", kinds=kinds,
                                  partial=not complete or intro != "colon" and partial_after(S, at + len(intro))))
    return out
