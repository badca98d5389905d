"""A figure compared with the only figure of the sentence or bullet before, which names an
earlier period: 'Năm 2023, toàn huyện có 2.929 hộ nghèo. Đến cuối năm 2024, số hộ nghèo còn
2.133 hộ, giảm 27,18% so với năm trước.'"""

from __future__ import annotations

import re

from reportlint.analysis.claims.bases import LOOK_BACK
from reportlint.analysis.claims.comparisons import agree, usable
from reportlint.analysis.claims.model import Claim, Quantity
from reportlint.analysis.claims.scope import Scope
from reportlint.analysis.claims.vocabulary import alternation, cues

_EARLIER = re.compile(rf"(?<![a-z])(?:{alternation('earlier_words')})(?![a-z])")


def prior_claims(S: Scope) -> list[Claim]:
    """'Năm 2023, toàn huyện có 2.929 hộ nghèo. Đến cuối năm 2024, số hộ nghèo còn 2.133 hộ,
    giảm 27,18% so với năm trước.', '- Năm học trước: 23.953 học sinh;' then '- Năm học này:
    25.100 học sinh, tăng 4,79%.': the earlier value is the only figure of the sentence (or
    bullet) before, which names an earlier period (a year, 'trước', 'cùng kỳ')."""
    c = cues()
    out: list[Claim] = []
    for pct in S.percents:
        if pct.claimed or pct.approx:
            continue
        g = c.growth.search(S.folded, max(0, pct.start - 8), pct.start)
        if not g or S.first_open_after(pct.end, S.clause_end(pct.end)) is not None:
            continue
        new = S.total_before(g.start(1), 8) or S.subject_before(g.start(1))
        if not usable(new) or S.is_change(new) or S.any_qty_in(S.sentence_start(new.start), new.start):  # type: ignore
            continue  # (nor the change itself: 'giảm 60 vụ (giảm 20,0%)')
        if c.intro.match(S.folded, S.sentence_start(new.start)):  # type: ignore[union-attr]
            continue  # "... 6.420,5 tỷ đồng. Trong đó: chi ... 1.830,2 tỷ đồng, giảm 12,3%": its total, no prior
        old = _prior_figure(S, new)  # type: ignore[arg-type]
        if old is not None:
            pct.claimed = True
            out.append(Claim("growth", "growth", pct, pct=pct, part=new, base=old, direction=g.group(1)))
    return out


# ('20 ha, bằng cùng kỳ', 'so với cùng kỳ năm 2019', 'so cùng kỳ', 'so tháng trước': its comparison, its year too)
_COMPARED = re.compile(rf"(?<![a-z])(?:so voi|bang|so(?=[ \t]+(?:{alternation('earlier_words')})))(?:[ \t]+[a-z]+){{1,5}}"
                       r"(?:[ \t]+(?:19|20)[0-9][0-9](?![0-9]))?")


def _prior_figure(S: Scope, new: Quantity) -> Quantity | None:
    a = S.sentence_start(new.start)
    T, b, e = (S, S.sentence_start(a - 1), a) if a > 0 else (S.before(), 0, 0)
    if T is None:
        return None
    if T is not S:
        if not (T.text[:1] == S.text[:1] and T.text[:1] in "-+–•*"):
            return None
        b, e = T.sentence_start(len(T.text.rstrip()) - 1), len(T.text)
    if e - b > LOOK_BACK:
        return None
    counts = [q for q in T.qty_in(b, e) if not q.percent and not q.approx]
    if len(counts) != 1 or not agree(counts[0], new) or not (counts[0].unit_head or counts[0].measure):
        return None
    if any(q.percent for q in T.qty_in(b, e)):
        return None  # compared itself ('9.250 tỷ đồng (đạt 71,2% kế hoạch, tăng 8,4% so với cùng kỳ)'): this period's
    # a period named in a comparison ("tăng 9,4% so với cùng kỳ") is not the figure's own
    own = _COMPARED.sub(lambda m: " " * len(m.group()), T.folded[b:e])
    period = _EARLIER.search(own) or re.search(r"(?<![a-z])truoc(?![a-z])", own)
    # (a year before the figure: 'Năm 2023, toàn huyện có 2.929 hộ nghèo.'; not one after it, in a clause of
    # its own: 'Xóm có 89 hộ, trong năm 2017 luôn đoàn kết ...')
    year = any(n.kind == "year" and own[n.start - b] != " " and n.start < counts[0].start for n in T.numbers_in(b, e))
    return counts[0] if period or year else None
