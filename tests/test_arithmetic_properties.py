"""Properties: number formatting round-trips; consistent reports give no finding; one
number perturbed beyond its rounding interval gives a finding on its line."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reportlint.api import lint_document
from reportlint.config import Config
from reportlint.loaders.text import from_text
from reportlint.text.numbers import format_vi, parse
from reportlint.ruleset import builtin_rules

RULES = builtin_rules()
CFG = Config(rules=RULES, select=["arithmetic", "percentage"])
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PARTITIONS = [("trực tiếp", "trực tuyến"), ("tổ chức", "cá nhân"), ("cấp tỉnh", "cấp huyện", "cấp xã"),
              ("trả trước", "trả sau"), ("hữu tuyến", "vô tuyến"), ("Đảng", "nhà nước")]
COUNT_UNITS = ["hồ sơ", "văn bản", "chứng thư số", "thuê bao", "cơ quan", "tài khoản"]
AMOUNT_UNITS = ["tỷ đồng", "ha", "triệu đồng"]
LEADS = ["- Trong tháng hệ thống đã tiếp nhận", "- Nâng tổng số lên", "- Triển khai tại",
         "- Lũy kế đến nay đã cấp", "+ Trong 9 tháng đầu năm 2021 tiếp nhận"]


def lint(text: str):
    return lint_document(from_text(text, "r.txt"), CFG)


@given(st.integers(min_value=0, max_value=10 ** 13), st.integers(min_value=0, max_value=4))
@settings(max_examples=200, deadline=None)
def test_format_then_parse_round_trips(units, decimals):
    value = Decimal(units).scaleb(-decimals)
    r = parse(format_vi(value, decimals))
    assert r is not None and r.value == value and r.decimals == decimals


@st.composite
def listing(draw):
    """A consistent total with labelled parts, optionally with each part's share."""
    labels = list(draw(st.sampled_from(PARTITIONS)))
    amount = draw(st.booleans())
    unit = draw(st.sampled_from(AMOUNT_UNITS if amount else COUNT_UNITS))
    decimals = draw(st.integers(0, 2)) if amount else 0
    parts = [Decimal(draw(st.integers(1, 300_000))).scaleb(-decimals) for _ in labels]
    total = sum(parts, Decimal(0))
    pct_dec = draw(st.sampled_from([None, 1, 2]))
    pcts = None
    if pct_dec is not None:
        q = Decimal(1).scaleb(-pct_dec)
        pcts = [(100 * p / total).quantize(q, rounding=ROUND_HALF_UP) for p in parts]
    return dict(labels=labels, unit=unit, decimals=decimals, parts=parts, total=total, pct_dec=pct_dec, pcts=pcts,
                lead=draw(st.sampled_from(LEADS)), form=draw(st.sampled_from(["group", "bullets", "gom"])),
                before=draw(st.booleans()), sep=draw(st.sampled_from([", ", "; "])),
                nested=draw(st.booleans()) and not amount)


def render(d, total=None, pcts=None):
    """Report lines and, per role, the line number where each number is."""
    total = d["total"] if total is None else total
    pcts = d["pcts"] if pcts is None else pcts
    fmt = lambda v: format_vi(v, d["decimals"])  # noqa: E731
    unit = d["unit"]
    where = {}

    def item(i, bullet=False):
        lab, n = d["labels"][i], fmt(d["parts"][i])
        s = f"{lab} {n} {unit}" if d["before"] else f"{n} {unit} {lab}"
        if bullet:
            s = f"{lab[0].upper() + lab[1:]}: {n} {unit}"
        if pcts:
            s += f" (chiếm tỷ lệ {format_vi(pcts[i], d['pct_dec'])}%)"
        return s

    if d["form"] == "bullets":
        lead = "- " + d["lead"][2:]  # the list's own bullets are "+": its intro is a "-" line
        lines = [f"{lead} {fmt(total)} {unit}, trong đó:"]
        where["total"] = 1
        for i in range(len(d["parts"])):
            lines.append(f"+ {item(i, True)};")
            where[f"pct{i}"] = len(lines)
        lines[-1] = lines[-1][:-1] + "."
    else:
        sep = "; " if pcts else d["sep"]
        items = sep.join(item(i) for i in range(len(d["parts"])))
        if d["form"] == "gom":
            lines = [f"{d['lead']} {fmt(total)} {unit} gồm: {items}."]
        else:
            lines = [f"{d['lead']} {fmt(total)} {unit} ({items}), đã giải quyết xong."]
        where = {"total": 1, **{f"pct{i}": 1 for i in range(len(d["parts"]))}}
        if d["nested"]:  # a second, nested group after it on the next line
            a, b = d["parts"][0], d["parts"][-1]
            lines.append(f"- Chứng thư số chuyên dùng: nâng tổng số {format_vi(a + b)} chứng thư (tổ chức {format_vi(a)}, "
                         f"{format_vi(b)} cá nhân (1.618 USB, 34 SIM PKI)).".replace("(1.618 USB, 34 SIM PKI)", f"({format_vi(b)} USB, 0 SIM PKI)"))
    return "\n".join(lines) + "\n", where


@given(listing())
@FAST
def test_consistent_listings_give_no_finding(d):
    text, _ = render(d)
    got = lint(text)
    assert got == [], text + "\n" + "\n".join(f"{x.line}:{x.column} {x.rule} {x.evidence}" for x in got)


@given(listing(), st.integers(1, 50), st.booleans())
# (found by hypothesis: bullets after "trong đó:" whose first two parts make the total exactly
# are still one list's items, so 1 + 1 + 156 is no listing of 2)
@example(d={"labels": ["cấp tỉnh", "cấp huyện", "cấp xã"], "unit": "hồ sơ", "decimals": 0,
            "parts": [Decimal("1"), Decimal("1"), Decimal("156")], "total": Decimal("158"), "pct_dec": None,
            "pcts": None, "lead": "- Trong tháng hệ thống đã tiếp nhận", "form": "bullets", "before": False,
            "sep": ", ", "nested": False}, k=39, up=False)
@FAST
def test_a_perturbed_total_is_found_on_its_line(d, k, up):
    step = Decimal(1).scaleb(-d["decimals"]) * (len(d["parts"]) + 1) * k
    total = d["total"] + step if up or d["total"] - step <= 0 else d["total"] - step
    text, where = render(d, total=total)
    got = [x for x in lint(text) if x.rule in ("arithmetic.sum-mismatch", "arithmetic.parts-exceed-total")]
    assert [x.line for x in got] == [where["total"]], text
    assert got[0].suggestion == format_vi(d["total"], d["decimals"]), text


@given(listing().filter(lambda d: d["pcts"] is not None), st.data())
@FAST
def test_a_perturbed_percentage_is_found_on_its_line(d, data):
    i = data.draw(st.integers(0, len(d["parts"]) - 1))
    k = data.draw(st.integers(2, 500))
    unit = Decimal(1).scaleb(-d["pct_dec"])
    # beyond the interval of 100·k/n itself: amounts with decimals are intervals too, and so
    # are whole amounts of land from 1.000 ha, rounded to units (counts and money are exact)
    part, total = d["parts"][i], d["total"]
    h = Decimal(5).scaleb(-d["decimals"] - 1) if d["decimals"] or d["unit"] == "ha" and total >= 1000 else Decimal(0)
    lo = 100 * (part - h) / (total + len(d["parts"]) * h)
    hi = 100 * (part + h) / (total - len(d["parts"]) * h)
    down = (lo.quantize(unit, rounding="ROUND_FLOOR") - k * unit)
    up = (hi.quantize(unit, rounding="ROUND_CEILING") + k * unit)
    pcts = list(d["pcts"])
    pcts[i] = up if down < 0 or data.draw(st.booleans()) else down
    text, where = render(d, pcts=pcts)
    got = [x for x in lint(text) if x.rule == "percentage.mismatch"]
    assert [x.line for x in got] == [where[f"pct{i}"]], text
    assert got[0].suggestion == f"{format_vi(d['pcts'][i], d['pct_dec'])}%", text


# --- the relations of issue 15: plans, earlier periods, stated changes, bases further back ---
#
# A grammar of the shapes, in sentences written for these tests: each shape draws consistent
# figures and renders one paragraph; `figures` names the figure a slip is made in (a derived
# percentage, or a total) with the amount one unit of it is worth. Amounts are large enough
# (≥ 1.000,0) that their own rounding moves a derived percentage by far less than the slips.

NOUNS = ["hồ sơ", "lượt", "học sinh", "thuê bao"]
AMOUNTS = ["tỷ đồng", "ha", "tấn"]
SUBJECTS = ["Giá trị thực hiện", "Kết quả thực hiện", "Sản lượng", "Số liệu tổng hợp"]


def _fig(value: Decimal, decimals: int) -> str:
    return format_vi(value, decimals)


def _pct(x: Decimal, d: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


# shape -> (what its percentage is, its sentence); {P} is the percentage, {N} the figure now,
# {O} the earlier or planned one, {D} the change, {S} the change's sign, {W} tăng/giảm
GRAMMAR = {
    "plan-parens": ("N/O", "{who} đến hết quý đạt {N} {u}, bằng {P}% kế hoạch năm ({O} {u})."),
    "plan-before": ("N/O", "Kế hoạch năm được giao là {O} {u}; {who_l} đến nay đạt {N} {u}, bằng {P}% kế hoạch."),
    "vuot": ("D/O", "{who} cả năm đạt {N} {u}, vượt {P}% kế hoạch ({O} {u})."),
    "hay-delta": ("D/O", "{who} trong kỳ đạt {N} {u}, {W} {P}% hay {W} {D} {u} so với cùng kỳ."),
    "delta-parens": ("D/O", "{who} trong kỳ đạt {N} {u}, {W} {P}% ({S}{D} {u}) so với cùng kỳ."),
    "change-old": (None, "{who} trong kỳ đạt {N} {u}, {W} {D} {u} so với cùng kỳ (cùng kỳ đạt {O} {u})."),
    "ratio-earlier": ("N/O", "{who} trong kỳ đạt {N} {u}, bằng {P}% cùng kỳ năm trước ({O} {u})."),
    "share-prev-sentence": ("N/O", "Tổng số {u} trong năm là {O} {u}. Số {u} được xử lý đúng hạn là {N} {u}, chiếm {P}%."),
    "remainder": (None, "Tiếp nhận {N} {u}; qua rà soát có {O} {u} đủ điều kiện, số còn lại {D} {u} đã trả lại."),
    "prior-sentence": ("D/O", "Năm 2024, toàn tỉnh đạt {O} {u}. Năm 2025, {who_l} đạt {N} {u}, {W} {P}% so với năm trước."),
}


@st.composite
def relation(draw):
    """One paragraph holding one claim of a shape of issue 15, and its figures."""
    amount = draw(st.booleans())
    unit = draw(st.sampled_from(AMOUNTS if amount else NOUNS))
    dec = 1 if amount else 0
    d = draw(st.sampled_from([1, 2]))
    old = Decimal(draw(st.integers(10_000, 900_000))).scaleb(-dec)
    rate = Decimal(draw(st.integers(50, 800))) / 1000  # a change of 5% to 80%
    up = draw(st.booleans())
    new = (old * (1 + rate if up else 1 - rate)).quantize(Decimal(1).scaleb(-dec))
    delta = abs(new - old)
    shape = draw(st.sampled_from(sorted(GRAMMAR)))
    if shape == "vuot":  # above the plan
        new, up = old + delta, True
    elif shape == "share-prev-sentence":  # a part of a larger total
        new, old = min(new, old), max(new, old)
    elif shape == "remainder":  # the total, a part, the rest
        new, old, delta = new + old, min(new, old), max(new, old)
    what, template = GRAMMAR[shape]
    p = None if what is None else _pct(100 * (new if what == "N/O" else delta) / old, d)
    who = draw(st.sampled_from(SUBJECTS))
    text = template.format(who=who, who_l=who.lower(), u=unit, N=_fig(new, dec), O=_fig(old, dec), D=_fig(delta, dec),
                           P=_fig(p, d) if p is not None else "", W="tăng" if up else "giảm", S="+" if up else "-")
    if p is not None:  # the slip is in the percentage: one unit of it is 10⁻ᵈ
        figure = (f"{_fig(p, d)}%", p, Decimal(1).scaleb(-d), d)
    else:  # the slip is in the total (the figure now, or the whole of a remainder)
        figure = (_fig(new, dec), new, Decimal(1).scaleb(-dec), dec)
    return dict(text=text + "\n", shape=shape, figure=figure, unit=unit)


def _covers(x, text: str, literal: str) -> bool:
    col = text.index(literal) + 1
    return x.line == 1 and x.column <= col and col + len(literal.rstrip("%")) - 1 <= (x.end_column or 10 ** 9)


@given(relation())
@FAST
def test_consistent_relations_give_no_finding(r):
    got = lint(r["text"])
    assert got == [], r["text"] + "\n".join(f"{x.line}:{x.column} {x.rule} {x.evidence}" for x in got)


@given(relation(), st.integers(1, 9), st.booleans())
@FAST
def test_a_slip_beyond_rounding_is_found_where_it_is(r, k, up):
    literal, value, unit, decimals = r["figure"]
    pct = literal.endswith("%")
    # a percentage: ½ to 4½ points off; a total: beyond the intervals of its two parts and its own
    step = Decimal(k) / 2 if pct else unit * 3 * k
    wrong = value + step if up or value - step <= 0 else value - step
    new_literal = _fig(wrong, decimals) + ("%" if pct else "")
    text = r["text"].replace(literal, new_literal, 1)
    got = [x for x in lint(text) if x.rule.split(".")[0] in ("arithmetic", "percentage")]
    assert got and any(_covers(x, text, new_literal) for x in got), \
        text + "\n".join(f"{x.line}:{x.column}-{x.end_column} {x.rule} {x.evidence}" for x in got)
