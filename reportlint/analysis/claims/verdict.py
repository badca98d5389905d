"""Verdicts by interval arithmetic (DESIGN.md §5; XBRL Calculations 1.1, statcheck).

A value shown with d decimals stands for the interval v ± ½·10⁻ᵈ (a count is exact). A sum
holds iff the interval of the total meets the interval sum of the parts; a percentage p of
k/n holds iff 100·k/n, over the intervals of k and n, meets p's interval. A percentage off by
exactly one unit of its last digit is "rounding", a milder finding. Interval ends are
compared exactly, as Fractions.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import partial

from reportlint.text.numbers import Reading, format_vi
from reportlint.analysis.claims.model import SCALES, Claim, Quantity, Verdict, measure
from reportlint.analysis.claims.vocabulary import cues, word_list


def evaluate(c: Claim) -> Verdict:
    """The claim's recomputation and whether the report's numbers agree with it."""
    if c.unchecked:
        return Verdict("skipped", _unchecked_text(c), note=c.unchecked)
    if c.kind == "sum":
        return _sum_verdict(c)
    if c.kind == "shares":
        return _shares_verdict(c)
    if c.shape == "implied":
        return _implied_verdict(c)
    if c.shape == "beyond":  # a decrease past 100%
        return Verdict("mismatch", "giảm nhiều nhất là 100%", "giảm nhiều nhất là 100%")
    if c.shape == "index":
        return _index_verdict(c)
    return _pct_verdict(c)


def _index_verdict(c: Claim) -> Verdict:
    """'tăng 40 lượt người, bằng 105% so cùng kỳ' is the figure over the earlier one; said of the
    change ('dư nợ 48.600 tỷ đồng, tăng 26.000 tỷ đồng, bằng 115% so với năm 2019'), the change
    over the earlier one: either reading that fits is the one meant."""
    v = _pct_verdict(c)
    if v.ok:
        return v
    change = _pct_verdict(Claim("growth", "growth", c.pct, pct=c.pct, part=c.part, delta=c.delta, direction=c.direction))
    return change if change.ok or change.status == "rounding" and v.status == "mismatch" else v  # (the nearer reading)


def _unchecked_text(c: Claim) -> str:
    """What was seen of a claim that cannot be checked: '15,3 / ? → 60%', '12.914 = ?'."""
    if c.kind == "sum":
        return f"{c.anchor.text} = ?"
    what = c.part.text + " / ?" if c.part is not None else "?"
    return f"{what} → {c.anchor.text}"


def _interval(r: Reading, to_units: bool = False) -> tuple[Fraction, Fraction]:
    """r's interval; `to_units`: a whole amount rounded to units (±½), not an exact count."""
    lo, hi = r.interval()
    if to_units and not r.decimals and not r.scale:
        return Fraction(lo) - Fraction(1, 2), Fraction(hi) + Fraction(1, 2)
    if lo == hi:  # (an exact count, most figures: one conversion)
        exact = Fraction(lo)
        return exact, exact
    return Fraction(lo), Fraction(hi)


def _ends(interval: tuple[Fraction, Fraction]) -> tuple[Fraction, ...]:
    """The distinct ends of an interval: an exact figure's two are one corner."""
    return interval if interval[0] != interval[1] else interval[:1]


def _fmt(r: Reading) -> str:
    return format_vi(r.value, r.decimals) + _SCALE_WORDS.get(r.scale, "")


_SCALE_WORDS = {3: " nghìn", 6: " triệu", 9: " tỷ"}


def _combos(qs: list[Quantity], ratio: bool = False) -> list[tuple[Reading, ...]]:
    """The primary readings, then ambiguous amounts read the other way (one, or all at once).

    Only in a document that mixes styles ("57,33%" and "30.81%"): otherwise the
    document's own style settles every literal.
    Only amounts with a measure unit ("1,572 tỷ đồng") can be decimals; "12.914 hồ sơ" is
    a count. A ratio of two literals both read the other way is the same ratio (only less
    precise), so that reading would only hide errors.
    """
    first = tuple(q.num.readings[0] for q in qs)
    flip = [q.num.ambiguous and q.mixed and bool(q.measure) for q in qs]
    out = [first]
    for i, f in enumerate(flip):  # one amount written in the other style
        if f:
            out.append(first[:i] + (qs[i].num.readings[1],) + first[i + 1:])
    if sum(flip) > 1 and not (ratio and all(flip)):  # the whole claim in the other style
        out.append(tuple(q.num.readings[1] if f else q.num.readings[0] for q, f in zip(qs, flip)))
    return out


def _approx_fmt(x: Fraction, decimals: int) -> str:
    """'15,662…': one digit more than the report shows, '…' when it is not exact."""
    d = decimals + 1
    n, m = x.numerator * 10 ** d, x.denominator
    whole = n // m if n >= 0 else -(-n // m)  # truncated towards zero
    if n % m == 0:
        return format_vi(Decimal(whole).scaleb(-d).normalize(), None) if whole else "0"
    return format_vi(Decimal(whole).scaleb(-d), d) + "…"


def _round(x: Fraction, decimals: int) -> Decimal:
    num = Decimal(x.numerator) / Decimal(x.denominator)
    return num.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _sum_verdict(c: Claim) -> Verdict:
    qs = [c.total] + c.parts  # type: ignore[operator]
    verdicts = []
    for rs in _combos(qs):
        t, ps = rs[0], rs[1:]
        # amounts shown with decimals beside whole ones: the whole ones were rounded to units
        # ('10.058 tỷ đồng, trong đó 9.757 tỷ đồng và 300,4 tỷ đồng'), as are whole amounts in
        # thousands, millions or billions ('8.517 tỷ đồng, trong đó 6.102 ... 2.414'); counts stay exact
        to_units = all(q.measure for q in qs) and (any(r.decimals for r in rs)
                                                   or all(q.measure.split()[0] in SCALES for q in qs)) \
            or all(map(_rounded, qs))  # (large measures of land or weight: '84.519 tấn ... 80.207 tấn, 4.311 tấn')
        tlo, thi, slo, shi = _sum_bounds(t, ps, to_units)
        # (in units: parts may be in thousands or millions of them, "180 nghìn + 1,92 triệu")
        d = max(max(0, p.decimals - p.scale) for p in ps)
        s = sum((p.amount for p in ps), Decimal(0))
        if c.exhaustive and (shi < tlo or thi < slo):
            status, texts = "sum-mismatch", partial(_sum_texts, ps, s, d, ", báo cáo ghi ", t)
            sug = format_vi(s, max(d, t.decimals)) if t.decimals <= d and not t.scale else None
        elif thi < slo:
            status, texts, sug = "parts-exceed-total", partial(_sum_texts, ps, s, d, " > ", t, " (tổng báo cáo ghi)"), None
        elif c.why == "listing" and shi < tlo:  # a breakdown by its form whose parts fall short
            status, texts, sug = "parts-short", partial(_sum_texts, ps, s, d, " < ", t, " (tổng báo cáo ghi)"), None
            if format_vi(s, d).replace(",", ".") == c.total.text:  # ('8.010.609 tỷ đồng' for 8.010,609: a comma typed as a dot)
                sug = format_vi(s, d)
        else:
            link = (" = " if s == t.amount else " ≈ ") if c.exhaustive else " ≤ "  # (≈: the parts were rounded)
            status, texts, sug = "ok", partial(_sum_texts, ps, s, d, link, t), None
        verdicts.append(Verdict(status, suggestion=sug, texts=texts))  # (texts formatted when read)
        if status == "ok":
            break
    v = verdicts[-1] if verdicts[-1].ok else verdicts[0]
    if c.tentative and not v.ok:  # parts that may overlap: past the total is no proof of a slip
        return Verdict("skipped", v.computation, v.evidence, None, "parts may overlap")
    # (parts of at least their amounts pass an exact total anyway: 'chi thường xuyên được hơn 1.840 tỷ đồng')
    at_least = v.status == "parts-exceed-total" and not c.total.approx \
        and all(not p.approx or p.approx in cues().lower_bound for p in c.parts)  # type: ignore[union-attr]
    if any(q.approx for q in qs) and not at_least:
        return Verdict("skipped", v.computation, v.evidence, None, "approximate number")
    if not c.exhaustive and v.ok:
        v.note = "partial listing"
    return v


def _sum_texts(ps: tuple[Reading, ...], s: Decimal, d: int, link: str, t: Reading, after: str = "") -> tuple[str, str]:
    """The computation of a sum ('10.769 + 2.145 = 12.914') and its evidence: it, `link`, the
    total as reported, `after`."""
    comp = " + ".join(_fmt(p) for p in ps) + (f" = {format_vi(s, d)}" if len(ps) > 1 else "")
    return comp, f"{comp}{link}{_fmt(t)}{after}"


def _sum_bounds(t: Reading, ps: tuple[Reading, ...], to_units: bool) -> tuple[Fraction | int, ...]:
    """The ends of the total's interval, then of the parts' sum. Whole counts (most sums) are
    exact integers: added as ints, no Fraction built (they compare alike)."""
    if not to_units and not any(r.decimals or r.scale for r in (t, *ps)):
        total, s = int(t.value), sum(int(p.value) for p in ps)
        return total, total, s, s
    tlo, thi = _interval(t, to_units)
    ivs = [_interval(p, to_units) for p in ps]
    return tlo, thi, sum(lo for lo, _ in ivs), sum(hi for _, hi in ivs)


def _shares_verdict(c: Claim) -> Verdict:
    ps = [q.num.readings[0] for q in c.parts]
    s = sum((p.value for p in ps), Decimal(0))
    d = max(p.decimals for p in ps)
    comp = " + ".join(_fmt(p) + "%" for p in ps) + f" = {format_vi(s, d)}%"
    # each share may be rounded: the true shares add to 100 within the sum of half-units
    tol = sum((p.half if p.decimals else Decimal("0.5") for p in ps), Decimal(0))
    if abs(s - 100) > tol:
        if c.tentative:  # (each may be its part's own rate: no proof of a slip)
            return Verdict("skipped", comp, f"{comp}, phải bằng 100%", None, "may be rates of each part")
        return Verdict("shares-sum", comp, f"{comp}, phải bằng 100%", None)
    return Verdict("ok", comp, f"{comp} ≈ 100%")


def _no_reading_fits(c: Claim) -> bool:
    """Whether a bare percentage after a change ('tăng 40 việc (3,0%)', read as its rate) is
    neither the change's share of the figure nor the ratio of the two figures: a slip whatever
    it meant."""
    if c.kind != "growth" or c.delta is None or c.part is None:
        return False
    share = Claim("percentage", "base", c.pct, pct=c.pct, part=c.delta, base=c.part)
    ratio = Claim("plan", "growth", c.pct, pct=c.pct, part=c.part, delta=c.delta, direction=c.direction)
    return not any(_pct_verdict(x).ok for x in (share, ratio))


def _formula(c: Claim):
    """What the percentage of c is, as f(k, x) over the part k and the base (or the absolute
    change) x, with how it reads: 100·k/n, ±100·(k − n)/n, 100·Δ/(k ∓ Δ) or 100·k/(k ∓ Δ)."""
    sign = -1 if c.direction == "giam" else 1
    if c.kind == "times":
        return (lambda k, n: k / n), "{k} / {x}"
    if c.delta is not None:  # the earlier value is k ∓ Δ
        if c.kind == "growth":
            return (lambda k, d: 100 * d / (k - sign * d)), "{x} / ({k} " + ("−" if sign > 0 else "+") + " {x})"
        return (lambda k, d: 100 * k / (k - sign * d)), "{k} / ({k} " + ("−" if sign > 0 else "+") + " {x})"
    if c.direction and c.kind in ("growth", "plan"):
        if sign > 0:
            return (lambda k, n: 100 * (k - n) / n), "({k} − {x}) / {x}"
        return (lambda k, n: 100 * (n - k) / n), "({x} − {k}) / {x}"
    return (lambda k, n: 100 * k / n), "{k} / {x}"


_ROUNDED_FROM = 1000


def _rounded(q: Quantity | None) -> bool:
    """Whether a whole amount of q was rounded to its units: a large measure of land or weight
    ('58.095 ha', '12.300 tấn': a statistics office computes the share on the figures before), not
    a count, money, nor a small figure of a plan ('kế hoạch 270 ha, thực hiện 236 ha')."""
    if q is None:
        return False
    head, _, rest = q.unit.partition(" ")
    if head in SCALES:  # millions of a measure, rounded to one ('549 triệu m3')
        return bool(measure(rest)) and measure(rest) not in word_list("money_measures")
    return bool(q.measure) and q.measure not in word_list("money_measures") and q.amount >= _ROUNDED_FROM


def _ratio(c: Claim, k: Reading, x: Reading) -> tuple[Fraction, Fraction, Fraction, str] | None:
    """(least, most, as written) of the percentage the figures k and x stand for, and how it
    is computed ('{k} / {x}', for str.format); None when a denominator may be zero or less.
    Each formula is monotone in each figure, so its extremes over the two intervals are at
    their corners."""
    f, text = _formula(c)
    corners = []
    other = c.base if c.base is not None else c.delta
    # (a part written without its unit has its base's: '141/549 triệu m3')
    ks = _ends(_interval(k, _rounded(c.part) or not c.part.unit and _rounded(other)))  # type: ignore[union-attr]
    xs = _ends(_interval(x, _rounded(other)))
    for kv in ks:
        for xv in xs:
            den = kv - (-1 if c.direction == "giam" else 1) * xv if c.delta is not None else xv
            if den <= 0:
                return None
            corners.append(f(kv, xv))
    mid = f(Fraction(k.amount), Fraction(x.amount))
    return min(corners), max(corners), mid, text


def _pct_verdict(c: Claim) -> Verdict:
    other = c.base if c.base is not None else c.delta
    assert c.pct is not None and c.part is not None and other is not None
    p = c.pct.num.readings[0]
    half = Fraction(1, 2 * 10 ** p.decimals)  # a percentage is rounded, even to a whole number
    pv = Fraction(p.value)
    plo, phi = pv - half, pv + half
    unit = Decimal(1) / Decimal(10 ** p.decimals)
    approx, bounds = c.pct.approx, cues()
    sign = "" if c.kind == "times" else "%"  # "gấp 1,9 lần", "bình quân 4,4 tỷ đồng/doanh nghiệp": a ratio
    verdicts = []
    for k, n in _combos([c.part, other], ratio=True):
        got = _ratio(c, k, n)
        if got is None:
            return Verdict("skipped", f"{_fmt(k)} / {_fmt(n)}", note="base is zero")
        lo, hi, mid, how = got
        r = _round(mid, p.decimals)
        if approx in bounds.lower_bound:  # "hơn 98%": more than 98
            bad = hi < pv
        elif approx == "gan":  # "gần 99%": nearly, so at most 99 as shown
            bad = phi < lo
        elif approx in bounds.upper_bound:  # "dưới 10%": less than 10
            bad = pv < lo
        else:
            bad = hi < plo or phi < lo
        status = "ok" if not bad else "rounding" if abs(r - p.value) <= unit else "mismatch"
        sug = f"{format_vi(r, p.decimals)}{sign}" if status != "ok" and r != p.value else None
        verdicts.append(Verdict(status, suggestion=sug, texts=partial(_pct_texts, how, k, n, mid, r, p, sign)))
        if status == "ok":
            break
    v = verdicts[-1] if verdicts[-1].ok else verdicts[0]
    if c.tentative and not v.ok and not _no_reading_fits(c):  # the report may divide by another figure: no finding
        return Verdict("skipped", v.computation, v.evidence, None, "base uncertain")
    one_sided = bounds.lower_bound | bounds.upper_bound
    if approx and approx not in one_sided or c.part.approx or other.approx:
        return Verdict("skipped", v.computation, v.evidence, None, "approximate number")
    if approx:
        v.note = f"one-sided ({approx})"
    return v


def _pct_texts(how: str, k: Reading, x: Reading, mid: Fraction, r: Decimal, p: Reading, sign: str) -> tuple[str, str]:
    """The computation of a percentage ('1.694 / 12.050 = 14,058…% → 14,06%') and its evidence:
    it, then the percentage as reported (`how`: the formula, '{k} / {x}')."""
    comp = f"{how.format(k=_fmt(k), x=_fmt(x))} = {_approx_fmt(mid, p.decimals)}{sign} → {format_vi(r, p.decimals)}{sign}"
    return comp, f"{comp}, báo cáo ghi {_fmt(p)}{sign}"


def _implied_verdict(c: Claim) -> Verdict:
    """Whether one total gives both shares (claims/implied.py): k / p% for each, with p's
    rounding; a total of counts is a whole number."""
    assert c.pct is not None and c.part is not None
    k0, p0 = c.parts
    ranges = []
    for k, p in ((k0, p0), (c.part, c.pct)):
        kv, r = Fraction(k.num.value), p.num.readings[0]
        if not r.value or not kv:
            return Verdict("skipped", "", note="base is zero")
        half = Fraction(1, 2 * 10 ** r.decimals)
        ranges.append((100 * kv / (Fraction(r.value) + half), 100 * kv / (Fraction(r.value) - half)))
    lo, hi = max(a for a, _ in ranges), min(b for _, b in ranges)
    counts = not (c.part.measure or k0.measure or c.part.num.decimals or k0.num.decimals)
    fits = lo <= hi and (not counts or math.floor(hi) >= math.ceil(lo))
    shown = [f"{_fmt(k.num.readings[0])} / {_fmt(p.num.readings[0])}% → {_total(a, b, counts)}"
             for (k, p), (a, b) in zip(((k0, p0), (c.part, c.pct)), ranges)]
    comp = "; ".join(shown)
    if fits:
        return Verdict("ok", comp, f"{comp}: một tổng")
    if c.tentative:  # (each may be of its own group: their totals make a count the paragraph states)
        return Verdict("skipped", comp, note="base uncertain")
    return Verdict("implied-mismatch", comp, f"{comp}: hai tỷ lệ không cùng một tổng")


def _total(lo: Fraction, hi: Fraction, counts: bool) -> str:
    """The total a share gives: '57' when one whole number fits, else its range."""
    if counts and math.floor(hi) == math.ceil(lo):
        return format_vi(Decimal(math.ceil(lo)), 0)
    return f"{format_vi(_round(lo, 1), 1)}…{format_vi(_round(hi, 1), 1)}"
