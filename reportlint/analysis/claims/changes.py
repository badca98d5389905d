"""Claims of an absolute change: 'tiếp nhận 1.349 đơn, ... tăng 130 đơn (cùng kỳ 1.219 đơn)' (a
sum), '..., tương ứng tăng 28,3%' or '(+10,7%)' (a rate of it), 'tăng 37 trường hợp so với cùng kỳ
(45,1%)', and points of a rate: 'đạt 69,59%, tăng 11,11 điểm phần trăm ... (cùng kỳ đạt 58,48%)'.

The figure changed is the count right before the change, the subject of its clause, or the one
figure of the sentence (or the sentence before) that the change names by its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlint.analysis.claims.bases import LOOK_BACK
from reportlint.analysis.claims.comparisons import agree, rate_before, usable
from reportlint.analysis.claims.model import Claim, Quantity
from reportlint.analysis.claims.scope import CHARS_PER_WORD, Scope, words
from reportlint.analysis.claims.vocabulary import alternation, word_list


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    growth = r"(tang|giam)"
    earlier = alternation("earlier_words")
    return {
        "earlier_word": re.compile(rf"(?<![a-z])(?:{earlier})(?![a-z])"),
        "bang_before": re.compile(r"(?<![a-z])bang[ \t]*$"),
        # between a change and its rate: its unit, then the earlier period ('trường hợp so với cùng kỳ năm 2023 ')
        "earlier_between": re.compile(rf"(?:[ \t]+[a-z]+){{0,3}}[ \t]+so voi[ \t]+(?:{earlier})(?:[ \t]+[a-z0-9]+){{0,2}}[ \t]*"),
        # (each word's letter first, its look-behind after it: re skips ahead to those letters)
        "growth_then": re.compile(r"(t(?<![a-z]t)ang|g(?<![a-z]g)iam)[ \t]+(?=[+\-]?\d)"),
        "points": re.compile(rf"(?:{alternation('point_units')})"),
        # before the rate of a change: "tương ứng tăng 28,3%", "(giảm 30%)", ", giảm 33,77%", ", tỷ lệ tăng (đạt) 13,64%",
        # "tương ứng mức tăng 8,5%"
        "rate_link": re.compile(rf"(?:(?:{alternation('delta_links')})[ \t]+(?:muc[ \t]+)?|[(,][ \t]*(?:ty le[ \t]+)?)"
                                rf"(?:(?:la|da)[ \t]+)?{growth}[ \t]*(?:(?:la|dat)[ \t]+)?$"),
        # ... or a sign: "tăng 1.475 tỷ đồng (+6,2%)", "giảm 12 vụ (-8,5%)"
        "sign_link": re.compile(r"\([ \t]*([+\-−–])[ \t]*$"),
        # ... or said first: "tăng 9,5% so với cùng kỳ năm trước, tăng 3,6 triệu thuê bao"
        "rate_first": re.compile(rf"(?<![a-z]){growth}[ \t]+[\d.,]+[ \t]*%[ \t]+so voi[ \t]+(?:{earlier})"
                                 rf"(?:[ \t]+[a-z0-9/]+){{0,3}}[ \t]*,[ \t]*$"),
        # ... or the link alone, the change's own direction: "giảm 90 vụ, tương ứng với 18%", "tăng 3.203 tỷ đồng (bằng 8,1%)"
        "plain_link": re.compile(rf"(?<![a-z])(?:{alternation('delta_links')})[ \t]*$|[(,][ \t]*bang[ \t]*$"),
    }


def change_claims(S: Scope) -> list[Claim]:
    """'1.349 đơn, ... tăng 130 đơn (cùng kỳ 1.219 đơn)', '..., tương ứng tăng 28,3%', and
    points of a rate: 'đạt 69,59%, tăng 11,11 điểm phần trăm ... (cùng kỳ đạt 58,48%)'."""
    P = _patterns()
    out: list[Claim] = []
    if "tang" not in S.folded and "giam" not in S.folded:
        return out
    for g in P["growth_then"].finditer(S.folded):
        delta = S.next_qty(g.end())
        if delta is None or delta.start > g.end() + 1 or delta.percent or not usable(delta):
            continue
        direction = g.group(1)
        points = bool(P["points"].match(delta.unit))
        new = rate_before(S, g.start()) if points else S.total_before(g.start(1), 12)
        if new is not None and new.period and not delta.period:
            new = None  # 'So với 5 tháng đầu năm 2021, số vụ giảm 800 vụ': no change of the period
        if not points and new is None:
            new = S.subject_before(g.start(1), semicolon=True)
            if new is None or not agree(new, delta) or _another_of(S, new, g.start(1)):
                # ("đàn trâu 3.126 con, đàn bò 9.874 con; so với cùng kỳ giảm 120 con": of which?)
                new = _figure_named_by(S, delta, g.start(1))
        if not usable(new) or not (points or _of_unit(new, delta)):  # type: ignore[arg-type]
            continue
        old = _earlier_in_paren(S, delta, points) or (None if points else _compared_before(S, new, delta))  # type: ignore[arg-type]
        if old is not None and (points or agree(old, delta)):
            total, parts = (new, [old, delta]) if direction == "tang" else (old, [new, delta])
            out.append(Claim("sum", "growth", total, total=total, parts=parts, exhaustive=True,  # type: ignore[list-item]
                             why="growth", direction=direction))
            if points:  # the two rates are read: no share of anything
                new.claimed = old.claimed = True  # type: ignore[union-attr]
        found = None if points else _rate_after(S, delta, direction) or _rate_first(S, g.start(), direction)
        if found is None:
            continue
        pct, bare = found
        pct.claimed = True
        if _is_index(S, pct):  # 'tăng 40 lượt người, bằng 105% so cùng kỳ năm trước': k / (k ∓ Δ)
            out.append(Claim("plan", "index", pct, pct=pct, part=new, delta=delta, direction=direction))
        elif old is not None:  # "tăng 210,9 (cùng kỳ 744,3), tương ứng tăng 28,3%": Δ / old
            out.append(Claim("growth", "growth", pct, pct=pct, part=delta, base=old, tentative=bare))
        else:
            out.append(Claim("growth", "growth", pct, pct=pct, part=new, delta=delta, direction=direction,
                             tentative=bare))
    return out


def _of_unit(new: Quantity, delta: Quantity) -> bool:
    """Whether delta may be a change of new by their units: the same, a count of cases ('119
    doanh nghiệp ..., tăng 37 trường hợp'), or none at all ('20 ha, giảm 5 (tương đương 20%)')."""
    if not delta.unit:
        return not new.percent
    return agree(new, delta, loose=any(f"{delta.unit} ".startswith(f"{n} ") for n in word_list("case_nouns")))


def _compared_before(S: Scope, new: Quantity, delta: Quantity) -> Quantity | None:
    """The figure compared, in parentheses after 'so với', between a figure and its change:
    '12.340 người so với cùng kỳ năm 2022 (11.020 người); tăng 1.320 (12%)'."""
    pair = S.first_open_after(new.end, delta.start)
    said = [m.end() for m in re.finditer(r"(?<![a-z])so voi(?![a-z])", S.folded[new.end:pair[0]])] if pair else []
    if pair is None or pair[1] > delta.start or words(S.text[new.end:pair[0]]) > 14 or not said \
            or not _patterns()["earlier_word"].search(S.folded, new.end + said[-1], pair[0]):
        return None  # (not a plan's figure: 'bằng 39,62% so với chỉ tiêu Bộ Tài chính giao (63.630 tỷ đồng), tăng ...')
    inside = [q for q in S.qty_in(pair[0] + 1, pair[1]) if not q.period]
    return inside[0] if len(inside) == 1 and not inside[0].percent and usable(inside[0]) else None


def _another_of(S: Scope, q: Quantity, pos: int) -> bool:
    """Whether q's sentence holds, before pos, another count of q's noun (no change, no share,
    not one in parentheses: 'so với cùng kỳ (11.020 người)' is what q is compared with)."""
    return any(x is not q and not x.percent and not S.is_change(x) and x.unit_head == q.unit_head
               and S.enclosing(x.start)[0] < 0 for x in S.qty_in(S.sentence_start(q.start), pos))


def _figure_named_by(S: Scope, delta: Quantity, pos: int) -> Quantity | None:
    """The figure a change names by its words, in a list of figures before it: 'xảy ra 46 vụ,
    làm chết 21 người, bị thương 38 người; so với cùng kỳ giảm 9 vụ (-16,4%), giảm 5 người chết
    (-19,2%), giảm 12 người bị thương (-24%)' ('người chết' is the 21 'làm chết ... người'). The
    one count of this sentence (or, when it holds none but changes and periods, of the sentence
    before, if it names what every change before names) whose label and unit hold every word of
    the change's unit; none when two do."""
    wanted = _named_by(S, delta, pos)
    if not wanted:
        return None
    T, a, b = S, S.sentence_start(pos), pos
    # (a period counts nothing: 'So với 5 tháng đầu năm 2021, số vụ giảm 800 vụ')
    if all(S.is_change(q) or q.percent or q.period for q in S.qty_in(a, pos)):
        # ('... 212 vụ cháy, ... bị thương 25 người. Xảy ra 4 vụ nổ, ... bị thương 6 người. So với năm
        # trước: số vụ cháy tăng 12 vụ ...; tăng 5 người bị thương': not of the explosions)
        earlier = [_named_by(S, q, q.start) for q in S.qty_in(a, pos) if S.is_change(q) and not q.percent]
        if a > 0:
            a, b = S.sentence_start(a - 1), a
        else:  # the paragraph's first sentence: the last of the paragraph before ('... 48 vụ, ...' / 'So với ...')
            T = S.before()
            if T is None:
                return None
            b = len(T.text.rstrip())
            a = T.sentence_start(max(0, b - 1))
        if not all(_counts_naming(T, a, b, w) for w in earlier if w):
            return None
    found = _counts_naming(T, max(a, b - LOOK_BACK), b, wanted)
    if len(found) > 1:  # ('xảy ra 412 vụ; khám phá 350 vụ. So với tháng trước, giảm 38 vụ (...), giảm 50 vụ khám
        # phá (...)': the 350 is the other change's, named by more words)
        others = [_named_by(S, q, q.start) for q in S.qty_in(S.sentence_start(pos), S.sentence_end(pos))
                  if q is not delta and S.is_change(q) and not q.percent]
        taken = {id(q) for w in others if w > wanted for q in _counts_naming(T, max(a, b - LOOK_BACK), b, w)}
        found = [q for q in found if id(q) not in taken]
    return found[0] if len(found) == 1 else None


def _named_by(S: Scope, delta: Quantity, pos: int) -> set[str]:
    """The words a change names: its unit's, and the subject's before its verb ('số vụ phạm pháp
    giảm 60 vụ' is no '18 vụ nghiêm trọng'); none without a unit."""
    wanted = set(delta.unit.split()) - _MARKERS  # ('giảm 70 đối tượng bị bắt giữ' names 'bắt giữ 630 đối tượng')
    subject = _SUBJECT.search(S.folded, max(0, pos - 40), pos) if wanted else None
    # ('số' as written, in text with its marks: 'So với cùng kỳ giảm 24 vụ' names no subject)
    if subject is None or S.text[subject.start():subject.start() + 2].lower() != "số" and not S.para.unaccented:
        return wanted
    return wanted | set(subject.group(1).split())


def _counts_naming(S: Scope, a: int, b: int, wanted: set[str]) -> list[Quantity]:
    """The counts in [a, b), no changes, none in parentheses, whose label and unit hold every word of `wanted`."""
    return [q for q in S.qty_in(a, b) if not (q.percent or q.rate or q.approx or S.is_change(q)
                                              or S.enclosing(q.start)[0] >= 0)
            and wanted <= set(S.name_before(q, 40).split()[-3:]) | set(q.unit.split())]


_MARKERS = frozenset({"bi", "duoc", "da", "so"})  # passive and tense words, "số" (the number of), name nothing
_SUBJECT = re.compile(r"(?<![a-z])so[ \t]+((?:[a-z]+[ \t]+){1,4}?)(?:(?:da|duoc|lai)[ \t]+)?(?:(?:tang|giam)[ \t]+)?$")


def _earlier_in_paren(S: Scope, delta: Quantity, points: bool) -> Quantity | None:
    """The earlier value in the parenthesis after a change: '(cùng kỳ 1.219 đơn)'."""
    end = S.clause_end(delta.end)
    pair = S.first_open_after(delta.end, end + 1)
    if pair is not None and not points and [q.percent for q in S.qty_in(pair[0] + 1, pair[1])] == [True]:
        pair = S.first_open_after(pair[1], end + 1)  # past the change's rate: 'tăng 4.437,85 (tương ứng 21,36%) so với cùng kỳ (20.772,14)'
    if pair is None or pair[0] - delta.end > CHARS_PER_WORD * 12 or words(S.text[delta.end:pair[0]]) > 12:
        return None
    o, close = pair
    if close - o > LOOK_BACK:
        return None
    # (a period inside counts nothing: "(6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)")
    inside = [q for q in S.qty_in(o + 1, close) if not q.period]
    old = inside[0] if len(inside) == 1 else None
    if old is None or not usable(old) or old.percent != points:
        return None
    # the earlier period named in the parenthesis, or just before the change ("so với cùng kỳ
    # năm trước tăng 131 đơn (6 tháng đầu năm 2019 ...)")
    if not _patterns()["earlier_word"].search(S.folded, max(S.clause_start(delta.start), delta.start - 40), close):
        return None
    if not points and delta.unit and not old.unit and not _patterns()["earlier_word"].search(S.folded, o, close):
        return None  # (a bare figure, its period not named inside: 'so cùng kỳ tăng 90 vụ (đạt 83,33)' is no earlier count)
    return old


def _is_index(S: Scope, pct: Quantity) -> bool:
    """Whether a percentage after a change is the ratio of the two figures, said with 'bằng' and the
    earlier period or past 100: 'tăng 40 lượt người, bằng 105% so cùng kỳ năm trước'."""
    return _patterns()["bang_before"].search(S.folded, max(0, pct.start - 8), pct.start) is not None and (
        pct.num.value >= 100 or S.earlier_after(pct.end))


def _rate_first(S: Scope, at: int, direction: str) -> tuple[Quantity, bool] | None:
    """'đạt 52,4 triệu thuê bao, tăng 9,5% so với cùng kỳ năm trước, tăng 3,6 triệu thuê bao': the
    change's rate said first, against an earlier period, right before the change (at)."""
    m = _patterns()["rate_first"].search(S.folded, max(0, at - 90), at)
    if m is None or m.group(1) != direction:
        return None
    q = S.next_qty(m.end(1))
    return (q, False) if q is not None and q.percent and not q.claimed and not q.approx else None


def _rate_after(S: Scope, delta: Quantity, direction: str) -> tuple[Quantity, bool] | None:
    """', tương ứng tăng 28,3%' or ' (giảm 30%)' after a change: the next quantity of its clause,
    a percentage with a linking word (or a parenthesis) and the same direction right before it;
    and whether only a bare parenthesis links them ('tăng 35.311 người (4,69%)': most likely
    the change's rate, though it may be a share: a tentative claim)."""
    end = min(S.clause_end(delta.end), delta.end + CHARS_PER_WORD * 12)  # (not past a ';': another figure's rate)
    for q in S.qty_in(delta.end + 1, end):
        if not q.percent:
            continue
        if q.claimed or q.approx or q.start - delta.end > CHARS_PER_WORD * 12:
            return None
        m = _patterns()["rate_link"].search(S.folded, max(0, q.start - 30), q.start)
        if m is not None:
            return (q, False) if m.group(1) == direction else None
        m = _patterns()["sign_link"].search(S.folded, max(0, q.start - 4), q.start)
        if m is not None:
            return (q, False) if (m.group(1) == "+") == (direction == "tang") else None
        if _patterns()["plain_link"].search(S.folded, max(0, q.start - 20), q.start):
            return q, False
        # the change's unit words at most, then '(' ('giảm 60 chiếc (7,5%)'), the percentage alone
        # inside: most likely its rate; sure when the earlier period comes between ('tăng 37 trường
        # hợp so với cùng kỳ (45,1%)': a share would say 'chiếm'), unless it may be the ratio of the
        # two figures ('giảm 23 ... (58,2%)', 'tăng 50 ... (111%)')
        o = S.alone_in(q)
        if o < 0:
            return None
        if words(S.text[delta.end:o]) <= 3:
            return q, True
        if not _patterns()["earlier_between"].fullmatch(S.folded, delta.end, o):
            return None
        return q, direction == "giam" or q.num.value >= 100
    return None
