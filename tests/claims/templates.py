"""Sentence templates of the claims catalogue, written for this project in report style.

Names of places, agencies and people are invented. A template's text holds placeholders
for figures (``{T}``, ``{p}``) and for words (``{xa}``); ``vars`` says how each figure is
drawn or derived. Derived figures marked as claims become the entry's ``check:`` lines.
Figures whose names start with "_" are drawn but not written (a prior value that the text
gives only through a rate and an absolute change, for example).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

# --------------------------------------------------------------------------------------
# words


XA = ["Tân Phước", "Hòa Lợi", "Phú Cường", "Long Sơn", "Đông Thạnh", "Vĩnh Hưng",
      "An Bình", "Thạnh Mỹ", "Hưng Lộc", "Mỹ Hòa"]
HUYEN = ["Sông Lam", "Đồng Xuân", "Tân Châu", "Phước Long", "Hòa Vang", "Lạc Sơn",
         "Bình Giang", "Yên Thành", "Cầu Ngang", "Ngọc Hiển"]
TINH = ["Lam Giang", "Đông Hải", "Bình Sơn", "Tây Nguyên Thượng", "Hà Lĩnh", "Nam Trà"]
THANG = ["3", "4", "5", "7", "8", "10", "11"]
NAM = ["2022", "2023", "2024", "2025"]
NAM_HOC = ["2022-2023", "2023-2024", "2024-2025"]


def U(rng: random.Random, lo: float, hi: float) -> Decimal:
    return Decimal(str(round(rng.uniform(lo, hi), 6)))


def q(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------------------
# figures


@dataclass
class Spec:
    claim = False
    pad = 0

    def draw(self, inst, rng):  # -> (value, decimals)
        raise NotImplementedError

    def check(self, inst, name: str) -> str:
        raise NotImplementedError


@dataclass
class I(Spec):
    """An integer count drawn between lo and hi."""
    lo: int
    hi: int
    pad: int = 0
    step: int = 1  # plans and targets are round figures: step 1000 gives 650.000

    def draw(self, inst, rng):
        return Decimal(rng.randint(self.lo // self.step, self.hi // self.step) * self.step), 0


@dataclass
class D(Spec):
    """A value with d decimals drawn between lo and hi."""
    lo: float
    hi: float
    d: int = 1

    def draw(self, inst, rng):
        return q(U(rng, self.lo, self.hi), self.d), self.d


@dataclass
class Part(Spec):
    """A share lo..hi of another figure, on that figure's scale (or d decimals)."""
    of: str
    lo: float
    hi: float
    d: int | None = None

    def draw(self, inst, rng):
        d = inst.decimals[self.of] if self.d is None else self.d
        return q(inst.values[self.of] * U(rng, self.lo, self.hi), d), d


Grow = Part  # a later value lo..hi times an earlier one


@dataclass
class Sum(Spec):
    """The total of the named figures: a claim."""
    parts: tuple

    def __init__(self, *parts: str):
        self.parts = parts

    claim = True

    def draw(self, inst, rng):
        return (sum(inst.values[p] for p in self.parts),
                max(inst.decimals[p] for p in self.parts))

    def check(self, inst, name):
        return f"sum {inst.literal(name)} = " + " + ".join(inst.literal(p) for p in self.parts)


@dataclass
class Diff(Spec):
    """a − b, written but not a claim by itself (its relation is checked elsewhere)."""
    a: str
    b: str

    def draw(self, inst, rng):
        return (inst.values[self.a] - inst.values[self.b],
                max(inst.decimals[self.a], inst.decimals[self.b]))


def _via(inst, via: str) -> str:
    return via.format(**{n: inst.literal(n) for n in inst.t.vars})


@dataclass
class Pct(Spec):
    """100·k/n rounded to d decimals: a share, an attainment, a ratio to last year."""
    k: str
    n: str
    d: int = 2
    via: str | None = None
    claim: bool = True

    def draw(self, inst, rng):
        return q(100 * inst.values[self.k] / inst.values[self.n], self.d), self.d

    def check(self, inst, name):
        right = _via(inst, self.via) if self.via else f"{inst.literal(self.k)} / {inst.literal(self.n)}"
        return f"pct {inst.literal(name)} = {right}"


@dataclass
class Chg(Spec):
    """100·(new/old − 1) rounded to d decimals, written without its sign."""
    new: str
    old: str
    d: int = 1
    via: str | None = None
    claim: bool = True

    def draw(self, inst, rng):
        return q(100 * (inst.values[self.new] / inst.values[self.old] - 1), self.d), self.d

    def check(self, inst, name):
        sign = "-" if inst.values[name] < 0 else ""
        right = _via(inst, self.via) if self.via else f"{inst.literal(self.new)} / {inst.literal(self.old)}"
        return f"chg {sign}{inst.literal(name)} = {right}"


@dataclass
class Ratio(Spec):
    """a/b rounded to d decimals: "gấp n lần", "bình quân"."""
    a: str
    b: str
    d: int = 1
    claim: bool = True

    def draw(self, inst, rng):
        return q(inst.values[self.a] / inst.values[self.b], self.d), self.d

    def check(self, inst, name):
        return f"div {inst.literal(name)} = {inst.literal(self.a)} / {inst.literal(self.b)}"


# --------------------------------------------------------------------------------------
# slips


@dataclass
class Slip:
    target: str
    name: str = "slip"

    def apply(self, inst, rng):  # -> (target, Decimal | literal str | None)
        raise NotImplementedError


def _digit_positions(literal: str) -> list[int]:
    return [i for i, c in enumerate(literal) if c.isdigit()]


@dataclass
class Swap(Slip):
    name: str = "two digits swapped"

    def apply(self, inst, rng):
        lit = inst.literal(self.target)
        pairs = [(i, i + 1) for i in range(len(lit) - 1)
                 if lit[i].isdigit() and lit[i + 1].isdigit() and lit[i] != lit[i + 1]]
        if not pairs:
            return self.target, None
        i, j = rng.choice(pairs)
        out = lit[:i] + lit[j] + lit[i] + lit[j + 1:]
        if out[0] == "0" and len(out) > 1 and out[1].isdigit():
            return self.target, None
        return self.target, out


@dataclass
class Digit(Slip):
    name: str = "one digit wrong"

    def apply(self, inst, rng):
        lit = inst.literal(self.target)
        positions = _digit_positions(lit)
        i = rng.choice(positions)
        choices = [c for c in "0123456789" if c != lit[i] and not (i == 0 and c == "0")]
        return self.target, lit[:i] + rng.choice(choices) + lit[i + 1:]


@dataclass
class Stale(Slip):
    """A part edited (this period's figure) while the total kept last period's sum."""
    name: str = "stale total (a part updated, the total not)"

    def apply(self, inst, rng):
        value = inst.values[self.target]
        d = inst.decimals[self.target]
        factor = U(rng, 1.04, 1.18) if rng.random() < 0.5 else U(rng, 0.82, 0.96)
        new = q(value * factor, d)
        if new == value:
            new = value + Decimal(1).scaleb(-d) * rng.randint(3, 9)
        return self.target, new


@dataclass
class StaleShare(Slip):
    """A share carried over from the previous report, when the base was different."""
    name: str = "stale share (the base changed, the share not recomputed)"

    def apply(self, inst, rng):
        spec = inst.t.vars[self.target]
        base = inst.values[spec.n] * U(rng, 0.86, 0.95)
        return self.target, q(100 * inst.values[spec.k] / base, spec.d)


@dataclass
class WrongBase(Slip):
    """A share computed on another figure of the text."""
    base: str = ""
    name: str = "wrong base"

    def apply(self, inst, rng):
        spec = inst.t.vars[self.target]
        return self.target, q(100 * inst.values[spec.k] / inst.values[self.base], spec.d)


@dataclass
class OnNew(Slip):
    """A growth rate divided by this period's value instead of the earlier one."""
    name: str = "rate taken on the new value"

    def apply(self, inst, rng):
        spec = inst.t.vars[self.target]
        new, old = inst.values[spec.new], inst.values[spec.old]
        return self.target, q(100 * (new - old) / new, spec.d)


@dataclass
class Inverse(Slip):
    """Attainment computed the wrong way round (plan / achieved)."""
    name: str = "ratio inverted"

    def apply(self, inst, rng):
        spec = inst.t.vars[self.target]
        return self.target, q(100 * inst.values[spec.n] / inst.values[spec.k], spec.d)


# --------------------------------------------------------------------------------------
# templates


@dataclass
class Template:
    id: str
    shape: str
    text: str
    vars: dict
    count: int = 2
    slips: list = field(default_factory=list)
    words: dict = field(default_factory=dict)
    style: str = "vi"
    free: set = field(default_factory=set)
    max_wrong: int = 0

    def __post_init__(self):
        self.free = set(self.free) | {n for n in self.vars if n.startswith("_")}
        for name in ("xa", "huyen", "tinh", "thang", "nam", "nh"):
            if "{" + name + "}" in self.text and name not in self.words:
                self.words[name] = {"xa": XA, "huyen": HUYEN, "tinh": TINH, "thang": THANG,
                                    "nam": NAM, "nh": NAM_HOC}[name]
        claims = [n for n, s in self.vars.items() if s.claim]
        if not self.slips:
            self.slips = default_slips(self.vars)
        if not self.max_wrong:
            self.max_wrong = 2 if len(claims) <= 1 else min(3, len(claims))


def default_slips(vars: dict) -> list:
    slips = []
    for name, spec in vars.items():
        if not spec.claim:
            continue
        if isinstance(spec, Sum):
            slips += [Swap(name), Digit(name), Stale(spec.parts[-1]), Stale(spec.parts[0])]
        elif isinstance(spec, Pct):
            slips += [Swap(name), Digit(name), StaleShare(name)]
        elif isinstance(spec, Chg):
            slips += [Swap(name), OnNew(name), Digit(name)]
        elif isinstance(spec, Ratio):
            slips += [Swap(name), Digit(name)]
    return slips


def t(id, shape, text, count=2, **kw):
    vars = kw.pop("vars")
    return Template(id=id, shape=shape, text=text, vars=vars, count=count, **kw)


# ---- sums ------------------------------------------------------------------------------

SUMS = [
    t("sum-parens-one-stop", "sum.parens",
      "- Trong tháng, Bộ phận Một cửa xã {xa} tiếp nhận {T} hồ sơ ({a} hồ sơ trực tiếp, "
      "{b} hồ sơ trực tuyến).",
      vars=dict(a=I(300, 9000), b=I(120, 4000), T=Sum("a", "b")), count=3),
    t("sum-parens-dropouts", "sum.parens",
      "Năm học {nh}, toàn huyện {huyen} có {T} học sinh bỏ học ({a} học sinh tiểu học, "
      "{b} học sinh trung học cơ sở).",
      vars=dict(a=I(8, 60), b=I(70, 280), T=Sum("a", "b"))),
    t("sum-parens-three-kinds", "sum.parens",
      "- Tổ chức {T} cuộc tuyên truyền, phổ biến pháp luật ({a} cuộc tại trụ sở, {b} cuộc "
      "lưu động, {c} cuộc trực tuyến), thu hút đông đảo cán bộ và nhân dân tham dự.",
      vars=dict(a=I(40, 300), b=I(20, 160), c=I(5, 60), T=Sum("a", "b", "c"))),
    t("sum-parens-record-forms", "sum.parens",
      "Cấp {T} phiếu lý lịch tư pháp ({a} phiếu số 1; {b} phiếu số 2).",
      vars=dict(a=I(1500, 7000), b=I(200, 1400), T=Sum("a", "b"))),
    t("sum-parens-visitors", "sum.parens",
      "Các điểm tham quan trên địa bàn tỉnh {tinh} đón {T} lượt khách (khách nội địa {a} "
      "lượt, khách quốc tế {b} lượt).",
      vars=dict(a=I(40000, 400000), b=I(2000, 40000), T=Sum("a", "b"))),
    t("sum-label-first-notary", "sum.parens-label-first",
      "- Chứng thực: {T} việc (bản sao từ bản chính: {a}; chữ ký: {b}; hợp đồng, giao "
      "dịch: {c}).",
      vars=dict(a=I(5000, 30000), b=I(300, 3000), c=I(50, 900), T=Sum("a", "b", "c"))),
    t("sum-label-first-accidents", "sum.parens-label-first",
      "Số vụ tai nạn giao thông trong tháng {thang} là {T} vụ (đường bộ: {a} vụ; đường thủy "
      "nội địa: {b} vụ).",
      vars=dict(a=I(9, 60), b=I(1, 8), T=Sum("a", "b"))),
    t("sum-label-first-calls", "sum.parens-label-first",
      "Tổng đài đường dây nóng tiếp nhận {T} cuộc gọi (phản ánh về y tế: {a}; về giá thuốc: "
      "{b}; đề nghị tư vấn: {c}).",
      vars=dict(a=I(40, 300), b=I(10, 90), c=I(100, 600), T=Sum("a", "b", "c"))),
    t("sum-trong-do-visits", "sum.trong-do",
      "Tổng số lượt khám bệnh trong tháng đạt {T} lượt, trong đó khám bảo hiểm y tế {a} "
      "lượt, khám dịch vụ {b} lượt.",
      vars=dict(a=I(40000, 160000), b=I(3000, 30000), T=Sum("a", "b")), count=3),
    t("sum-trong-do-livestock", "sum.trong-do",
      "Đàn gia súc của huyện {huyen} hiện có {T} con; trong đó: đàn trâu {a} con, đàn bò "
      "{b} con, đàn lợn {c} con.",
      vars=dict(a=I(1500, 9000), b=I(4000, 20000), c=I(20000, 90000), T=Sum("a", "b", "c"))),
    t("sum-trong-do-next-sentence", "sum.trong-do",
      "Trong quý, toàn tỉnh có {T} doanh nghiệp đăng ký thành lập mới. Trong đó, công ty "
      "trách nhiệm hữu hạn {a} doanh nghiệp, công ty cổ phần {b} doanh nghiệp, doanh nghiệp "
      "tư nhân {c} doanh nghiệp.",
      vars=dict(a=I(120, 600), b=I(20, 140), c=I(3, 30), T=Sum("a", "b", "c"))),
    t("sum-trong-do-and", "sum.trong-do",
      "Toàn huyện gieo trồng được {T} ha cây hàng năm, trong đó lúa {a} ha, ngô {b} ha và "
      "rau, đậu các loại {c} ha.",
      vars=dict(a=D(3000, 9000, 1), b=D(400, 1800, 1), c=D(200, 1200, 1), T=Sum("a", "b", "c"))),
    t("sum-gom-staff", "sum.gom",
      "Tổng số cán bộ, công chức, viên chức và người lao động của Sở là {T} người, gồm {a} "
      "công chức, {b} viên chức và {c} người lao động hợp đồng.",
      vars=dict(a=I(40, 90), b=I(60, 240), c=I(5, 30), T=Sum("a", "b", "c"))),
    t("sum-gom-schools", "sum.gom",
      "Mạng lưới trường học trên địa bàn huyện có {T} trường, bao gồm {a} trường mầm non, "
      "{b} trường tiểu học và {c} trường trung học cơ sở.",
      vars=dict(a=I(12, 30), b=I(14, 34), c=I(8, 22), T=Sum("a", "b", "c"))),
    t("sum-gom-colon-spend", "sum.gom",
      "Chi ngân sách địa phương ước thực hiện {T} tỷ đồng, bao gồm: chi đầu tư phát triển "
      "{a} tỷ đồng, chi thường xuyên {b} tỷ đồng, chi dự phòng và chi khác {c} tỷ đồng.",
      vars=dict(a=D(80, 600, 1), b=D(300, 1400, 1), c=D(5, 60, 1), T=Sum("a", "b", "c"))),
    t("sum-cu-the-drafts", "sum.cu-the",
      "Trong kỳ, Sở Tư pháp đã thẩm định {T} dự thảo văn bản quy phạm pháp luật, cụ thể: "
      "{a} dự thảo nghị quyết của HĐND tỉnh, {b} dự thảo quyết định của UBND tỉnh.",
      vars=dict(a=I(6, 30), b=I(20, 70), T=Sum("a", "b"))),
    t("sum-cu-the-bullets", "sum.cu-the",
      "Kết quả đăng ký hộ tịch trong năm là {T} trường hợp, cụ thể như sau:\n"
      "- Đăng ký khai sinh: {a} trường hợp;\n"
      "- Đăng ký kết hôn: {b} trường hợp;\n"
      "- Đăng ký khai tử: {c} trường hợp.",
      vars=dict(a=I(3000, 12000), b=I(800, 4000), c=I(500, 3000), T=Sum("a", "b", "c")),
      count=3),
    t("sum-chia-ra-fish", "sum.chia-ra",
      "Sản lượng thủy sản tháng {thang} ước đạt {T} tấn, chia ra: khai thác {a} tấn, nuôi "
      "trồng {b} tấn.",
      vars=dict(a=D(800, 6000, 1), b=D(1500, 9000, 1), T=Sum("a", "b"))),
    t("sum-chia-ra-labour", "sum.chia-ra",
      "Lao động từ 15 tuổi trở lên đang làm việc trong nền kinh tế ước tính {T} nghìn người, "
      "chia ra: khu vực nông, lâm nghiệp và thủy sản {a} nghìn người; khu vực công nghiệp và "
      "xây dựng {b} nghìn người; khu vực dịch vụ {c} nghìn người.",
      vars=dict(a=D(150, 400, 1), b=D(100, 300, 1), c=D(120, 350, 1), T=Sum("a", "b", "c"))),
    t("sum-colon-bullets-materials", "sum.colon-bullets",
      "Trong năm, đã biên soạn và cấp phát {T} tài liệu tuyên truyền các loại:\n"
      "+ Sách pháp luật: {a} cuốn;\n"
      "+ Tờ gấp: {b} tờ;\n"
      "+ Đề cương giới thiệu luật mới: {c} bản.",
      vars=dict(a=I(300, 3000), b=I(5000, 30000), c=I(500, 4000), T=Sum("a", "b", "c"))),
    t("sum-colon-bullets-letters", "sum.colon-bullets",
      "Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đầu năm ước đạt {T} tỷ đồng:\n"
      "a) Thu nội địa: {a} tỷ đồng;\n"
      "b) Thu từ hoạt động xuất nhập khẩu: {b} tỷ đồng.",
      vars=dict(a=D(400, 3000, 1), b=D(30, 600, 1), T=Sum("a", "b"))),
    t("sum-colon-bullets-inpatients", "sum.colon-bullets",
      "- Tổng số lượt người bệnh điều trị nội trú: {T} lượt, trong đó:\n"
      "  + Tuyến tỉnh: {a} lượt;\n"
      "  + Tuyến huyện: {b} lượt.",
      vars=dict(a=I(4000, 15000), b=I(2000, 9000), T=Sum("a", "b"))),
    t("sum-labels-commas-retail", "sum.labels-with-commas",
      "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng {thang} ước đạt {T} tỷ "
      "đồng; trong đó: bán lẻ hàng hóa {a} tỷ đồng; dịch vụ lưu trú, ăn uống {b} tỷ đồng; du "
      "lịch lữ hành {c} tỷ đồng; dịch vụ khác {d} tỷ đồng.",
      vars=dict(a=D(1500, 6000, 1), b=D(200, 900, 1), c=D(5, 40, 1), d=D(150, 700, 1),
                T=Sum("a", "b", "c", "d")), count=3),
    t("sum-labels-commas-business", "sum.labels-with-commas",
      "Giải quyết {T} hồ sơ đăng ký doanh nghiệp (đăng ký mới {a} hồ sơ; đăng ký thay đổi, "
      "bổ sung {b} hồ sơ; tạm ngừng, giải thể {c} hồ sơ).",
      vars=dict(a=I(150, 700), b=I(500, 1800), c=I(60, 300), T=Sum("a", "b", "c"))),
    t("sum-labels-and-transport", "sum.labels-with-commas",
      "Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải ước đạt {T} tỷ đồng, trong đó: "
      "vận tải hành khách {a} tỷ đồng, vận tải hàng hóa {b} tỷ đồng, kho bãi và dịch vụ hỗ "
      "trợ vận tải {c} tỷ đồng.",
      vars=dict(a=D(60, 300, 1), b=D(150, 700, 1), c=D(10, 90, 1), T=Sum("a", "b", "c"))),
    t("sum-remainder-petitions", "sum.remainder",
      "Thanh tra tỉnh tiếp nhận {T} đơn; qua phân loại có {a} đơn thuộc thẩm quyền giải "
      "quyết, số còn lại {b} đơn là đơn trùng lặp, đơn không đủ điều kiện xử lý.",
      vars=dict(a=I(60, 300), b=I(500, 1600), T=Sum("a", "b"))),
    t("sum-remainder-jobs", "sum.remainder",
      "Trong số {T} lao động được giải quyết việc làm, có {a} người đi làm việc ở nước ngoài "
      "theo hợp đồng, còn lại {b} người có việc làm trong tỉnh.",
      vars=dict(a=I(300, 1800), b=I(6000, 16000), T=Sum("a", "b"))),
    # seen in public reports (second session of 2026-12-04): parts as a label with their count in
    # parentheses, a listing whose last part is the rest, grain of a listing of crops, a change's own parts
    t("sum-label-paren-counts", "sum.label-paren-counts",
      "Năm 2024, toàn huyện có {T} lao động có việc làm sau học nghề, gồm: nông nghiệp ({a} người), "
      "phi nông nghiệp ({b} người).",
      vars=dict(a=I(700, 1500), b=I(150, 600), T=Sum("a", "b"))),
    t("sum-rest-last", "sum.rest-last",
      "Toàn huyện có {T} tổ hợp tác đang hoạt động. Trong đó, {a} tổ xếp loại tốt; {b} tổ xếp loại khá; "
      "còn lại {c} tổ xếp loại trung bình.",
      vars=dict(a=I(15, 40), b=I(30, 60), c=I(10, 35), T=Sum("a", "b", "c"))),
    t("sum-parts-one-sentence-each", "sum.next-sentences",
      "Tính chung {thang} tháng, doanh thu vận tải, kho bãi ước đạt {T} tỷ đồng, tăng 6,8% so với cùng kỳ. "
      "Trong đó, vận tải hành khách đạt {a} tỷ đồng, tăng 5,2%. Vận tải hàng hóa đạt {b} tỷ đồng, tăng 7,4%.",
      vars=dict(a=I(150, 600), b=I(700, 2400), T=Sum("a", "b"))),
    t("sum-catch-one-sentence-each", "sum.next-sentences",
      "Sản lượng thủy sản tháng {thang} ước đạt {T} tấn. Trong đó, sản lượng khai thác ước đạt {a} tấn, giảm 2,1% "
      "so với cùng kỳ. Sản lượng nuôi trồng ước đạt {b} tấn, tăng 4,6%.",
      vars=dict(a=I(800, 5000), b=I(1500, 9000), T=Sum("a", "b"))),
    t("sum-communes-then-average", "sum.average-after",
      "Đến nay, toàn huyện có {T} xã đạt chuẩn nông thôn mới, gồm {a} xã đạt chuẩn nâng cao, {b} xã đạt chuẩn, "
      "bình quân đạt 17,4 tiêu chí/xã.",
      vars=dict(a=I(2, 9), b=I(8, 20), T=Sum("a", "b"))),
    t("sum-of-the-above", "sum.trong-do",
      "Sản lượng thủy sản quý I ước đạt {T} tấn, tăng 3,1% so với cùng kỳ. Trong số trên, sản lượng nuôi trồng "
      "đạt {a} tấn; sản lượng khai thác đạt {b} tấn.",
      vars=dict(a=I(2000, 9000), b=I(1000, 6000), T=Sum("a", "b"))),
    t("sum-net-change-of-poverty", "sum.net-flows",
      "Sau rà soát, toàn huyện còn 1.240 hộ nghèo, chiếm 2,95%, giảm 0,31% so với năm trước, với {d} hộ; trong đó "
      "số hộ thoát nghèo {a} hộ, số hộ nghèo mới {b} hộ.",
      vars=dict(b=I(40, 120), d=I(60, 200), a=Sum("d", "b"))),
    t("sum-net-change-of-businesses", "sum.net-flows",
      "Trong năm, số doanh nghiệp đang hoạt động trên địa bàn tăng {d} doanh nghiệp, trong đó thành lập mới {a} "
      "doanh nghiệp, giải thể {b} doanh nghiệp.",
      vars=dict(b=I(10, 60), d=I(20, 90), a=Sum("d", "b"))),
    t("sum-grain-of-crops", "sum.class-total",
      "Vụ đông xuân, tổng sản lượng lương thực có hạt ước đạt {T} tấn. Cụ thể: lúa {a} tấn; ngô {b} tấn; "
      "cây thuốc lá 1.650 tấn.",
      vars=dict(a=I(9000, 30000), b=I(2000, 9000), T=Sum("a", "b"))),
    t("sum-change-own-parts", "sum.change-parts",
      "Đầu năm toàn huyện có 2.400 hộ nghèo, trong năm đã giảm {T} hộ (gồm {a} hộ vượt chuẩn nghèo và {b} "
      "hộ chuyển đi nơi khác).",
      vars=dict(a=I(300, 800), b=I(10, 60), T=Sum("a", "b"))),
    t("sum-nested-petitions", "sum.nested",
      "Tiếp nhận {T} đơn ({a} đơn khiếu nại, {b} đơn tố cáo, {c} đơn kiến nghị, phản ánh); "
      "đã giải quyết {S} đơn ({s1} đơn khiếu nại, {s2} đơn tố cáo).",
      vars=dict(a=I(60, 200), b=I(10, 50), c=I(200, 700), T=Sum("a", "b", "c"),
                s1=Part("a", 0.6, 0.95), s2=Part("b", 0.5, 0.9), S=Sum("s1", "s2"))),
    t("sum-nested-online", "sum.nested",
      "Tổng số hồ sơ tiếp nhận là {T} hồ sơ ({a} hồ sơ trực tiếp; {b} hồ sơ trực tuyến, "
      "trong đó {b1} hồ sơ trực tuyến toàn trình, {b2} hồ sơ trực tuyến một phần).",
      vars=dict(a=I(2000, 9000), b1=I(500, 3000), b2=I(800, 4000), b=Sum("b1", "b2"),
                T=Sum("a", "b"))),
    t("sum-money-two-decimals", "sum.money-decimals",
      "Tổng kế hoạch vốn đầu tư công năm {nam} được giao là {T} tỷ đồng, gồm vốn ngân sách "
      "tỉnh {a} tỷ đồng và vốn ngân sách huyện {b} tỷ đồng.",
      vars=dict(a=D(80, 400, 2), b=D(20, 160, 2), T=Sum("a", "b"))),
    t("sum-money-millions", "sum.money-decimals",
      "- Kinh phí thực hiện chính sách trợ giúp xã hội là {T} triệu đồng (trợ cấp hằng "
      "tháng {a} triệu đồng, hỗ trợ chi phí mai táng {b} triệu đồng, hỗ trợ đột xuất {c} "
      "triệu đồng).",
      vars=dict(a=D(9000, 40000, 1), b=D(300, 2000, 1), c=D(100, 900, 1), T=Sum("a", "b", "c"))),
    t("sum-trong-do-then-detail", "sum.trong-do-then-detail",
      "Trong năm, Thanh tra Sở tiến hành {T} cuộc thanh tra, kiểm tra. Trong đó, Sở chủ trì "
      "{a} cuộc, phối hợp {b} cuộc, cụ thể như sau:\n"
      "- Thanh tra hành chính tại {y} đơn vị, kiến nghị chấn chỉnh {x} tập thể;\n"
      "- Kiểm tra chuyên ngành đối với {w} tổ chức, cá nhân, xử phạt {z} trường hợp.",
      vars=dict(a=I(9, 25), b=I(1, 3, pad=2), T=Sum("a", "b"), x=I(2, 5), y=I(6, 12),
                z=I(4, 15), w=I(70, 140)),
      free={"x", "y", "z", "w"}, count=3),
    t("sum-trong-do-then-detail-same-noun", "sum.trong-do-then-detail",
      "Năm {nam}, Sở tổ chức {T} cuộc kiểm tra. Trong đó, Sở chủ trì {a} cuộc, phối hợp với "
      "Công an tỉnh {b} cuộc, cụ thể như sau:\n"
      "- Kiểm tra công tác tuyển sinh: {x} cuộc;\n"
      "- Kiểm tra việc thu, chi đầu năm học: {z} cuộc.",
      vars=dict(x=I(3, 8), z=I(5, 14), a=Sum("x", "z"), b=I(1, 2, pad=2), T=Sum("a", "b")),
      slips=[Swap("T"), Stale("b"), Stale("z"), Digit("a")]),
    t("sum-en-style", "sum.en-style",
      "Trong tháng tiếp nhận {T} hồ sơ ({a} hồ sơ trực tiếp, {b} hồ sơ qua dịch vụ bưu chính "
      "công ích).",
      vars=dict(a=I(1000, 6000), b=I(100, 900), T=Sum("a", "b")), style="en"),
    t("sum-within-price-groups", "sum.within",
      "Trong số {T} nhóm hàng hóa và dịch vụ tiêu dùng chính thì có {a} nhóm tăng giá so với "
      "tháng trước, {b} nhóm giảm giá, {c} nhóm giữ giá ổn định.",
      vars=dict(a=I(3, 6), b=I(1, 3), c=I(1, 2), T=Sum("a", "b", "c"))),
    t("sum-trong-do-after-period-sectors", "sum.trong-do",
      "Lũy kế {thang} tháng, tổng mức bán lẻ hàng hóa trên địa bàn đạt {T} tỷ đồng. Trong "
      "đó: kinh tế nhà nước ước đạt {a} tỷ đồng; kinh tế ngoài nhà nước ước đạt {b} tỷ đồng; "
      "kinh tế có vốn đầu tư nước ngoài ước đạt {c} tỷ đồng.",
      vars=dict(a=D(400, 1500, 2), b=D(8000, 30000, 2), c=D(100, 900, 2), T=Sum("a", "b", "c"))),
    # seen on storm reports: a unit written against its figure
    t("sum-parens-glued-units", "sum.parens-glued",
      "Diện tích lúa bị ngập là {T}ha (xã {xa} {a}ha, các xã còn lại {b}ha).",
      vars=dict(a=I(300, 4000), b=I(1000, 9000), T=Sum("a", "b"))),
    # seen on civil judgment enforcement, one-stop and social insurance reports
    t("sum-enforcement-kinds", "sum.partition",
      "Tổng số việc phải thi hành là {T} việc, trong đó: số việc có điều kiện thi hành {a} việc; số việc "
      "chưa có điều kiện thi hành {b} việc.",
      vars=dict(a=I(800, 3000), b=I(200, 1500), T=Sum("a", "b"))),
    t("sum-on-time-three", "sum.partition",
      "Trong quý, cấp huyện đã giải quyết {T} hồ sơ, trong đó có {a} hồ sơ trước hạn, {b} hồ sơ đúng hạn "
      "và {c} hồ sơ quá hạn.",
      vars=dict(a=I(3000, 9000), b=I(500, 2500), c=I(20, 300), T=Sum("a", "b", "c"))),
    t("sum-after-total-change", "sum.trong-do-after-change",
      "Số người tham gia BHXH là {T} người, tăng {d} người so với cùng kỳ năm trước; trong đó: BHXH bắt "
      "buộc là {a} người; BHXH tự nguyện là {b} người.",
      vars=dict(a=I(20000, 60000), b=I(2000, 9000), T=Sum("a", "b"), d=I(500, 3000))),
    t("sum-parens-after-comparison", "sum.parens-after-comparison",
      "Toàn huyện đã gieo cấy được {T} ha lúa, bằng 98,4% cùng kỳ (lúa Đông Xuân {a} ha; lúa Hè Thu {b} "
      "ha; lúa Mùa {c} ha).",
      vars=dict(a=D(800, 2500, 1), b=D(600, 1800, 1), c=D(300, 1200, 1), T=Sum("a", "b", "c"))),
    # seen in public reports (session of 2026-12-04): a budget line's own listing opened with
    # "gồm:" whose last item follows a ';'
    t("sum-gom-colon-semicolon", "sum.gom",
      "Thu ngân sách do huyện quản lý được {T} tỷ đồng, đạt {p}% dự toán giao, gồm: thu thuế và phí "
      "{a} tỷ đồng, đạt {pa}% dự toán giao, thu tiền sử dụng đất {b} tỷ đồng; thu khác {c} tỷ đồng.",
      vars=dict(a=D(60, 200, 1), b=D(20, 120, 1), c=D(2, 15, 1), T=Sum("a", "b", "c"),
                p=D(50, 90, 0), pa=D(50, 90, 0))),
    t("sum-forms-of-discipline", "sum.forms",
      "Qua kiểm tra, đã thi hành kỷ luật {T} đảng viên vi phạm, với hình thức: khiển trách {a} đảng viên, cảnh cáo "
      "{b} đảng viên, cách chức {c} đảng viên, khai trừ {e} đảng viên.",
      vars=dict(a=I(40, 300), b=I(20, 150), c=I(2, 30), e=I(3, 40), T=Sum("a", "b", "c", "e")), count=3),
    t("sum-workers-and-people", "sum.trong-do",
      "Năm {nam}, toàn tỉnh đã giải quyết việc làm cho {T} lao động. Trong số đó, {a} lao động làm việc tại "
      "địa phương, {b} người làm việc ngoài tỉnh và {c} lao động đi làm việc ở nước ngoài.",
      vars=dict(a=I(3000, 9000), b=I(5000, 18000), c=I(60, 900), T=Sum("a", "b", "c")), count=3),
    # seen on citizen-reception and land reports: the breakdown in the next sentence, after 'Theo đó,'
    t("sum-theo-do-next-sentence", "sum.theo-do",
      "Tháng {thang}, Bộ phận Một cửa huyện {huyen} tiếp nhận {T} hồ sơ. Theo đó, tiếp nhận trực tiếp {a} hồ sơ, "
      "trực tuyến {b} hồ sơ.",
      vars=dict(a=I(300, 2000), b=I(100, 900), T=Sum("a", "b"))),
    # seen on lawyers' and notaries' reports: an item's people after 'với'
    t("sum-item-with-people", "sum.item-with-people",
      "Toàn tỉnh có {T} tổ chức hành nghề công chứng, gồm {a} phòng công chứng, {b} văn phòng công chứng với "
      "{c} công chứng viên.",
      vars=dict(a=I(2, 9), b=I(8, 40), c=I(50, 160), T=Sum("a", "b")), slips=[Swap("T"), Stale("b")]),
    # seen on inspectorates' reports: the cases within competence, then those resolved of them
    t("sum-within-competence-resolved", "sum.nested-resolved",
      "Năm {nam}, Thanh tra huyện {huyen} tiếp nhận, xử lý {T} đơn, trong đó đơn thuộc thẩm quyền giải quyết {E} đơn, "
      "đã giải quyết xong {x} đơn, {y} đơn đang giải quyết theo quy định.",
      vars=dict(x=I(40, 120), y=I(5, 40), E=Sum("x", "y"), T=I(200, 400)), slips=[Stale("x"), Digit("E")]),
    # seen on ethnic affairs reports: one total broken down by sex, then by ethnic group, in one parenthesis
    t("sum-two-breakdowns-one-paren", "sum.two-breakdowns",
      "Toàn huyện {huyen} có {T} người có uy tín (trong đó nam {a}, nữ {b}, dân tộc Gia Rai {c}, dân tộc Ba Na {d}, "
      "dân tộc khác {e} người).",
      vars=dict(a=I(300, 420), b=I(10, 60), T=Sum("a", "b"), c=I(120, 180), d=I(60, 100), _tc=Diff("T", "c"),
                e=Diff("_tc", "d")), slips=[Stale("b"), Swap("a")]),
]

# ---- shares ------------------------------------------------------------------------------

SHARES = [
    t("share-base-in-sentence-households", "share.base-in-sentence",
      "- Toàn xã {xa} có {n} hộ, trong đó {k} hộ đạt danh hiệu gia đình văn hóa, đạt tỷ lệ "
      "{p}%.",
      vars=dict(n=I(1800, 6000), k=Part("n", 0.85, 0.97), p=Pct("k", "n", 2)), count=3),
    t("share-base-in-sentence-schools", "share.base-in-sentence",
      "Trong tổng số {n} trường học của huyện, có {k} trường đạt chuẩn quốc gia, đạt tỷ lệ "
      "{p}%.",
      vars=dict(n=I(40, 90), k=Part("n", 0.55, 0.9), p=Pct("k", "n", 1))),
    t("share-base-in-sentence-ontime", "share.base-in-sentence",
      "Trong {n} hồ sơ đã giải quyết, có {k} hồ sơ giải quyết trước và đúng hạn, đạt tỷ lệ "
      "{p}%.",
      vars=dict(n=I(3000, 20000), k=Part("n", 0.95, 0.995), p=Pct("k", "n", 2)), count=3),
    t("share-base-in-sentence-water", "share.base-in-sentence",
      "Toàn huyện có {n} hộ dân, trong đó {k} hộ sử dụng nước sạch theo quy chuẩn, chiếm "
      "{p}%.",
      vars=dict(n=I(15000, 40000), k=Part("n", 0.6, 0.9), p=Pct("k", "n", 1))),
    t("share-parens-rate-documents", "share.parens-rate",
      "- Tiếp nhận {n} văn bản đến, trong đó {k} văn bản điện tử (tỷ lệ {p}%).",
      vars=dict(n=I(4000, 12000), k=Part("n", 0.85, 0.98), p=Pct("k", "n", 2)), count=3),
    t("share-parens-rate-signed", "share.parens-rate",
      "Tổng số văn bản đi là {n} văn bản, ký số {k} văn bản (đạt {p}%).",
      vars=dict(n=I(9000, 30000), k=Part("n", 0.5, 0.9), p=Pct("k", "n", 2))),
    t("share-parens-rate-insurance", "share.parens-rate",
      "Số người tham gia bảo hiểm y tế là {k} người trên tổng dân số {n} người, đạt tỷ lệ "
      "bao phủ {p}%.",
      vars=dict(n=I(500000, 1500000), k=Part("n", 0.85, 0.96), p=Pct("k", "n", 1))),
    t("share-bullets-rate-clause", "share.rate-clause",
      "Điều 1. Phê duyệt kết quả rà soát hộ nghèo năm {nam} trên địa bàn huyện như sau:\n\n"
      "+ Tổng số hộ dân cư: {n} hộ\n\n+ Tổng số hộ nghèo: {k} hộ; Tỷ lệ: {p}%\n\n"
      "+ Tổng số hộ cận nghèo: {k2} hộ; Tỷ lệ: {p2}%",
      vars=dict(n=I(20000, 90000), k=Part("n", 0.02, 0.08), p=Pct("k", "n", 2), k2=Part("n", 0.03, 0.09),
                p2=Pct("k2", "n", 2))),
    t("share-base-later-in-sentence", "share.base-later-in-sentence",
      "Số hồ sơ nộp trực tuyến là {k} hồ sơ ({p}%) trên tổng số {n} hồ sơ tiếp nhận.",
      vars=dict(n=I(2000, 15000), k=Part("n", 0.3, 0.8), p=Pct("k", "n", 2))),
    t("share-chiem-in-listing-radio", "share.chiem-in-listing",
      "Đài Truyền thanh huyện thực hiện {T} buổi phát thanh (tiếp âm {a} buổi, chiếm {p}%; "
      "tự sản xuất {b} buổi).",
      vars=dict(a=I(300, 600), b=I(100, 260), T=Sum("a", "b"), p=Pct("a", "T", 0)),
      slips=[Swap("p"), Digit("p"), Stale("b")], count=3),
    t("share-chiem-in-listing-bullets", "share.chiem-in-listing",
      "- Lượt khách đến tham quan, lưu trú: {T} lượt, trong đó:\n"
      "+ Khách quốc tế {a} lượt, chiếm {p}%;\n"
      "+ Khách nội địa {b} lượt.",
      vars=dict(a=I(2000, 30000), b=I(50000, 300000), T=Sum("a", "b"), p=Pct("a", "T", 1)),
      slips=[Swap("p"), WrongBase("p", base="b"), Stale("b"), Digit("T")]),
    t("share-each-part-insured", "share.each-part",
      "Trong tháng có {T} lượt người đến khám bệnh, trong đó có thẻ bảo hiểm y tế {a} lượt, "
      "chiếm {p}%; không có thẻ bảo hiểm y tế {b} lượt, chiếm {r}%.",
      vars=dict(a=I(30000, 90000), b=I(2000, 15000), T=Sum("a", "b"), p=Pct("a", "T", 1),
                r=Pct("b", "T", 1)),
      slips=[Swap("p"), WrongBase("r", base="a"), Stale("a"), Digit("T")]),
    t("share-each-part-conduct", "share.each-part",
      "Kết quả xếp loại rèn luyện của học sinh trung học cơ sở: tổng số {T} em; tốt {a} em "
      "(chiếm {pa}%), khá {b} em (chiếm {pb}%), đạt {c} em (chiếm {pc}%).",
      vars=dict(a=I(6000, 12000), b=I(1500, 4000), c=I(100, 900), T=Sum("a", "b", "c"),
                pa=Pct("a", "T", 2), pb=Pct("b", "T", 2), pc=Pct("c", "T", 2))),
    t("share-previous-sentence-dropout", "share.base-previous-sentence",
      "Tổng số học sinh toàn huyện năm học {nh} là {n} em. Số học sinh bỏ học là {k} em, "
      "chiếm {p}% tổng số học sinh.",
      vars=dict(n=I(12000, 40000), k=Part("n", 0.002, 0.012), p=Pct("k", "n", 2)), count=3),
    t("share-previous-sentence-exam", "share.base-previous-sentence",
      "Toàn tỉnh có {n} thí sinh dự thi tốt nghiệp trung học phổ thông. Số thí sinh được "
      "công nhận tốt nghiệp là {k} em, đạt tỷ lệ {p}%.",
      vars=dict(n=I(6000, 20000), k=Part("n", 0.95, 0.995), p=Pct("k", "n", 2))),
    t("share-previous-sentence-spend", "share.base-previous-sentence",
      "Tổng chi ngân sách huyện năm {nam} ước thực hiện {n} tỷ đồng. Chi sự nghiệp giáo dục "
      "và đào tạo {k} tỷ đồng, chiếm {p}% tổng chi.",
      vars=dict(n=D(300, 900, 1), k=Part("n", 0.3, 0.5), p=Pct("k", "n", 1))),
    t("share-previous-bullet-referrals", "share.base-previous-bullet",
      "- Tổng số lượt người bệnh điều trị nội trú: {n} lượt.\n"
      "- Số người bệnh chuyển tuyến trên: {k} lượt, chiếm {p}% tổng số người bệnh điều trị "
      "nội trú.",
      vars=dict(n=I(3000, 12000), k=Part("n", 0.02, 0.08), p=Pct("k", "n", 2)), count=3),
    t("share-previous-bullet-vaccines", "share.base-previous-bullet",
      "+ Số trẻ em dưới 1 tuổi trong diện tiêm chủng: {n} trẻ;\n"
      "+ Số trẻ được tiêm chủng đầy đủ các loại vắc xin: {k} trẻ, đạt {p}%.",
      vars=dict(n=I(1200, 4000), k=Part("n", 0.88, 0.99), p=Pct("k", "n", 1)), count=3),
    t("share-previous-bullet-partial", "share.base-previous-bullet",
      "- Số vụ việc hòa giải ở cơ sở tiếp nhận: {n} vụ việc;\n"
      "- Hòa giải thành: {k} vụ việc, đạt tỷ lệ {p}%;\n"
      "- Hòa giải không thành: {m} vụ việc (số còn lại đang tiếp tục hòa giải).",
      vars=dict(n=I(300, 900), k=Part("n", 0.75, 0.85), m=Part("n", 0.05, 0.1),
                p=Pct("k", "n", 2))),
    t("share-ty-trong-export", "share.ty-trong",
      "Kim ngạch xuất khẩu tháng {thang} ước đạt {n} triệu USD; trong đó nhóm hàng nông sản, "
      "thủy sản đạt {k} triệu USD, chiếm tỷ trọng {p}%.",
      vars=dict(n=D(150, 900, 1), k=Part("n", 0.1, 0.4), p=Pct("k", "n", 1))),
    t("share-ty-trong-budget", "share.ty-trong",
      "Thu nội địa đạt {n} tỷ đồng, trong đó thu tiền sử dụng đất {k} tỷ đồng, chiếm tỷ "
      "trọng {p}% tổng thu nội địa.",
      vars=dict(n=D(800, 4000, 2), k=Part("n", 0.2, 0.45), p=Pct("k", "n", 2))),
    t("share-ratio-word-order", "share.ratio-word-order",
      "Tỷ lệ hồ sơ giải quyết đúng hạn đạt {p}% ({k}/{n} hồ sơ).",
      vars=dict(n=I(800, 9000), k=Part("n", 0.9, 0.995), p=Pct("k", "n", 2))),
    t("share-base-after", "share.base-after",
      "Trong năm học, toàn huyện có {k} học sinh bỏ học, chiếm tỷ lệ {p}%. Tổng số học sinh "
      "các cấp trên địa bàn huyện là {n} em.",
      vars=dict(n=I(15000, 35000), k=Part("n", 0.003, 0.012), p=Pct("k", "n", 2))),
    t("share-en-style", "share.en-style",
      "Tổng văn bản đi trong tháng: {n}, ký số {k} văn bản (tỷ lệ {p}%).",
      vars=dict(n=I(9000, 30000), k=Part("n", 0.4, 0.9), p=Pct("k", "n", 2)), style="en"),
    t("share-integer-percent", "share.parens-rate",
      "Đã cấp thẻ bảo hiểm y tế cho {k} người trong tổng số {n} người thuộc hộ cận nghèo "
      "({p}%).",
      vars=dict(n=I(800, 3000), k=Part("n", 0.8, 0.97), p=Pct("k", "n", 0))),
    t("share-sibling-after-trong-do", "share.sibling-parts",
      "- Đã giải quyết xong {T} đơn, trong đó có {a} đơn giải quyết trước hạn, chiếm {pa}%; "
      "có {b} đơn giải quyết đúng hạn, chiếm {pb}%.",
      vars=dict(T=I(600, 2400), a=Part("T", 0.6, 0.8), b=Part("T", 0.1, 0.2),
                pa=Pct("a", "T", 1), pb=Pct("b", "T", 1)),
      slips=[Swap("pb"), Digit("pb"), StaleShare("pb")]),
    t("share-implied-total-staff", "share.implied-total",
      "+ Có {a} cán bộ, giáo viên, nhân viên được công nhận chiến sĩ thi đua cơ sở, tỉ lệ {pa}%.\n"
      "+ Có {b} cán bộ, giáo viên, nhân viên được công nhận lao động tiên tiến, tỉ lệ {pb}%.",
      vars=dict(_T=I(40, 120), a=Part("_T", 0.15, 0.35), b=Part("_T", 0.45, 0.7),
                pa=Pct("a", "_T", 2, claim=False), pb=Pct("b", "_T", 2, via="{b} / ({a} * 100! / {pa})")),
      slips=[Digit("pb"), Swap("pb")]),
    # seen in public reports (session of 2026-12-04): a part's change rate between it and its share
    t("share-after-change-rate", "share.base-previous-sentence",
      "Kim ngạch xuất khẩu toàn tỉnh quý III đạt {n} triệu USD. Trong đó, doanh nghiệp trong nước đạt "
      "{k} triệu USD, tăng {g}% so với cùng kỳ, chiếm {p}% kim ngạch xuất khẩu toàn tỉnh.",
      vars=dict(n=D(80, 400, 2), k=Part("n", 0.3, 0.7, 2), g=D(3, 40, 2), p=Pct("k", "n", 1)),
      slips=[Swap("p"), Digit("p")]),
    t("share-named-rate-crimes", "share.named-rate",
      "Trong tháng, toàn tỉnh xảy ra {n} vụ phạm pháp hình sự; khám phá {k} vụ; bắt {b} đối tượng; tỷ lệ "
      "khám phá đạt {p}%.",
      vars=dict(n=I(150, 400), k=Part("n", 0.7, 0.92), b=I(200, 500), p=Pct("k", "n", 2)), count=3),
    t("share-rate-first-ontime", "share.named-rate",
      "Tỷ lệ hồ sơ thủ tục hành chính do cấp xã tiếp nhận được giải quyết đúng hạn đạt {p}%; trong đó tổng số "
      "hồ sơ đã giải quyết xong là {n} hồ sơ, số hồ sơ giải quyết đúng hạn là {k} hồ sơ.",
      vars=dict(n=I(6000, 30000), k=Part("n", 0.95, 0.995), p=Pct("k", "n", 2)), count=3),
    t("share-total-after-houses", "share.total-after",
      "Toàn huyện có {k} nhà văn hóa thôn (chiếm {p}% trong tổng số {n} thôn, bản).",
      vars=dict(n=I(90, 260), k=Part("n", 0.4, 0.8), p=Pct("k", "n", 1)), count=3),
    t("share-comrades", "share.base-in-sentence",
      "Tính đến cuối năm, Đảng bộ huyện có {n} đảng viên, trong đó đảng viên là người dân tộc thiểu số là {k} "
      "đồng chí, chiếm {p}%.",
      vars=dict(n=I(900, 3000), k=Part("n", 0.15, 0.4), p=Pct("k", "n", 1))),
    # seen on mediation, court and procuracy reports: the rate of what was done of the caseload
    t("share-caseload-mediation", "share.caseload",
      "Năm {nam}, các tổ hòa giải cơ sở thụ lý {n} vụ việc, hòa giải thành {k} vụ việc, đạt tỷ lệ {p}%.",
      vars=dict(n=I(300, 3500), k=Part("n", 0.6, 0.9), p=Pct("k", "n", 2)), count=3),
    # seen on health insurance reports: the share, then 'tương đương' its fraction
    t("share-then-equivalent-fraction", "share.equivalent-fraction",
      "Đến ngày 30/{thang}, thị xã đạt {p}% tỷ lệ bao phủ bảo hiểm y tế, tương đương {k}/{n} người.",
      vars=dict(n=I(40000, 150000), k=Part("n", 0.85, 0.97), p=Pct("k", "n", 2)), slips=[Swap("p"), Digit("p")]),
]

# ---- plans -------------------------------------------------------------------------------

PLANS = [
    t("plan-base-in-parens-forest", "plan.base-in-parens",
      "Toàn huyện trồng mới {a} ha rừng tập trung, đạt {p}% kế hoạch năm ({B} ha).",
      vars=dict(B=I(300, 2000, step=10), a=Grow("B", 0.85, 1.15), p=Pct("a", "B", 1)),
      slips=[Swap("p"), Digit("p"), Inverse("p")], count=3),
    t("plan-base-in-parens-poultry", "plan.chi-tieu",
      "Tổng đàn gia cầm đạt {a} con, bằng {p}% chỉ tiêu Nghị quyết HĐND huyện giao ({B} "
      "con).",
      vars=dict(B=I(300000, 900000, step=10000), a=Grow("B", 0.9, 1.1), p=Pct("a", "B", 2))),
    t("plan-du-toan-revenue", "plan.du-toan",
      "Thu ngân sách nhà nước trên địa bàn ước đạt {a} tỷ đồng, bằng {p}% dự toán HĐND "
      "huyện giao ({B} tỷ đồng).",
      vars=dict(B=D(60, 400, 1), a=Grow("B", 0.5, 1.1), p=Pct("a", "B", 1)),
      slips=[Swap("p"), Digit("p"), Inverse("p")], count=3),
    t("plan-du-toan-bullets", "plan.du-toan",
      "- Dự toán chi thường xuyên được giao: {B} triệu đồng;\n"
      "- Đã thực hiện: {a} triệu đồng, bằng {p}% dự toán.",
      vars=dict(B=D(8000, 40000, 1), a=Grow("B", 0.4, 0.95), p=Pct("a", "B", 2))),
    t("plan-base-before-disbursement", "plan.base-before",
      "Kế hoạch vốn đầu tư công năm {nam} của huyện là {B} tỷ đồng; đến ngày 30/6/{nam} đã "
      "giải ngân {a} tỷ đồng, đạt {p}% kế hoạch.",
      vars=dict(B=D(80, 500, 2), a=Grow("B", 0.25, 0.7), p=Pct("a", "B", 2)), count=3),
    t("plan-base-previous-sentence-tourists", "plan.base-before",
      "Năm {nam}, UBND tỉnh giao chỉ tiêu đón {B} lượt khách du lịch. Đến hết tháng {thang}, "
      "toàn tỉnh đón {a} lượt khách, đạt {p}% kế hoạch năm.",
      vars=dict(B=I(800000, 3000000, step=50000), a=Grow("B", 0.5, 0.95), p=Pct("a", "B", 1))),
    t("plan-two-plans", "plan.two-plans",
      "Thu ngân sách trên địa bàn đạt {a} tỷ đồng, bằng {p}% dự toán tỉnh giao ({B1} tỷ "
      "đồng) và {r}% dự toán huyện giao ({B2} tỷ đồng).",
      vars=dict(B1=D(60, 200, 1), B2=Grow("B1", 1.05, 1.2), a=Grow("B1", 0.6, 0.95),
                p=Pct("a", "B1", 1), r=Pct("a", "B2", 1)),
      slips=[Swap("p"), Swap("r"), WrongBase("p", base="B2"), Digit("r")], count=3),
    t("plan-vuot", "plan.vuot",
      "Sản lượng lương thực có hạt đạt {a} tấn, vượt {p}% kế hoạch ({B} tấn).",
      vars=dict(B=I(15000, 60000, step=500), a=Grow("B", 1.01, 1.12), p=Chg("a", "B", 1)),
      slips=[Swap("p"), Digit("p"), OnNew("p")]),
    t("plan-slash-visits", "plan.slash",
      "Khám bệnh cho {a}/{B} lượt người, đạt {p}% chỉ tiêu kế hoạch.",
      vars=dict(B=I(50000, 120000, step=1000), a=Grow("B", 0.9, 1.25), p=Pct("a", "B", 1)),
      slips=[Swap("p"), Digit("p"), Inverse("p")]),
    t("plan-slash-money", "plan.slash",
      "Giải ngân {a}/{B} tỷ đồng vốn sự nghiệp, đạt {p}%.",
      vars=dict(B=D(20, 90, 1), a=Grow("B", 0.3, 0.9), p=Pct("a", "B", 1))),
    t("plan-chi-tieu-workers", "plan.chi-tieu",
      "Chỉ tiêu tỉnh giao năm {nam} là đưa {B} lao động đi làm việc ở nước ngoài; kết quả đã "
      "đưa {a} người, đạt {p}% chỉ tiêu.",
      vars=dict(B=I(500, 2500, step=50), a=Grow("B", 0.7, 1.2), p=Pct("a", "B", 1))),
    t("plan-and-growth", "plan.base-in-parens",
      "Tổng vốn đầu tư toàn xã hội ước đạt {a} tỷ đồng, đạt {p}% kế hoạch ({B} tỷ đồng), "
      "tăng {g}% so với cùng kỳ ({O} tỷ đồng).",
      vars=dict(B=D(3000, 9000, 1), a=Grow("B", 0.6, 0.95), O=Part("a", 0.8, 0.95),
                p=Pct("a", "B", 1), g=Chg("a", "O", 1)),
      slips=[Swap("p"), Swap("g"), OnNew("g"), Inverse("p")]),
    t("plan-unstated", "plan.unstated",
      "Giá trị sản xuất công nghiệp ước đạt {a} tỷ đồng, đạt {p}% kế hoạch năm.",
      vars=dict(a=D(500, 5000, 1), p=D(40, 99, 1))),
    t("plan-unstated-growth", "plan.unstated",
      "Diện tích gieo trồng vụ Đông Xuân đạt {a} ha, bằng {p}% kế hoạch và tăng {g}% so với "
      "cùng kỳ.",
      vars=dict(a=I(5000, 30000), p=D(90, 105, 1), g=D(1, 8, 1))),
    # "Trong đó:" some budget lines, each with its own attainment and change: neither a share
    # of the total nor a change from it, and no breakdown that must add up
    t("plan-unstated-budget-lines", "plan.unstated",
      "Tổng chi ngân sách địa phương năm {nam} là {T} tỷ đồng, đạt {p}% dự toán, tăng {g}% so "
      "với cùng kỳ. Trong đó: chi đầu tư phát triển là {a} tỷ đồng, đạt {pa}%, giảm {ga}%; chi "
      "thường xuyên là {b} tỷ đồng, đạt {pb}%, tăng {gb}%.",
      vars=dict(T=D(3000, 9000, 1), a=D(600, 1500, 1), b=D(1800, 2900, 1), p=D(60, 95, 1),
                g=D(2, 12, 1), pa=D(80, 115, 1), ga=D(3, 15, 1), pb=D(55, 80, 1), gb=D(2, 10, 1))),
    t("plan-unstated-revenue-lines", "plan.unstated",
      "Thu ngân sách nhà nước trên địa bàn huyện {huyen} đạt {T} tỷ đồng, bằng {p}% dự toán "
      "tỉnh giao, giảm {g}% so với cùng kỳ; trong đó thu tiền sử dụng đất {a} tỷ đồng, đạt "
      "{pa}%, giảm {ga}%; thu thuế ngoài quốc doanh {b} tỷ đồng, đạt {pb}%, tăng {gb}%.",
      vars=dict(T=D(300, 900, 2), a=D(90, 200, 2), b=D(60, 150, 2), p=D(50, 90, 1), g=D(1, 9, 1),
                pa=D(40, 110, 1), ga=D(5, 25, 1), pb=D(60, 95, 1), gb=D(3, 14, 1))),
    t("plan-unstated-visit-lines", "plan.unstated",
      "Tổng số lượt khám bệnh năm {nam} là {T} lượt, đạt {p}% kế hoạch, tăng {g}% so với cùng "
      "kỳ; trong đó khám bảo hiểm y tế {a} lượt, đạt {pa}%, tăng {ga}%; khám dịch vụ {b} lượt, "
      "đạt {pb}%.",
      vars=dict(T=I(90000, 200000), a=I(40000, 60000), b=I(8000, 20000), p=D(85, 105, 1),
                g=D(1, 9, 1), pa=D(80, 110, 1), ga=D(1, 6, 1), pb=D(70, 99, 1))),
    # seen on a vaccination report: a plan listing several items, each part finds its own
    t("plan-listing-items", "plan.listing-items",
      "Kế hoạch năm nay toàn huyện tiêm {B1} liều vắc xin lở mồm long móng, {B2} liều vắc xin tụ "
      "huyết trùng và {B3} liều vắc xin dại. Đến nay đã tiêm được {a} liều vắc xin dại, đạt {p}% kế hoạch.",
      vars=dict(B1=I(4000, 8000, step=100), B2=I(4000, 8000, step=100), B3=I(1000, 3000, step=100),
                a=Grow("B3", 0.2, 0.8), p=Pct("a", "B3", 1))),
    # seen on social insurance reports: the plan named before the percentage
    t("plan-named-before", "plan.named-before",
      "Số người tham gia BHYT hộ gia đình đạt {a} người; so với chỉ tiêu huyện giao ({B} người) đạt {p}%.",
      vars=dict(B=I(3000, 9000, step=100), a=Grow("B", 0.85, 1.15), p=Pct("a", "B", 1)),
      slips=[Swap("p"), Digit("p"), Inverse("p")]),
    # seen on property and transport reports: the period named by its date, its figure in parentheses
    t("plan-ratio-dated-period", "plan.dated-period",
      "Quý II/{nam}, toàn tỉnh có {k} giao dịch đất nền thành công, bằng {p}% so với quý I/{nam} ({n} giao dịch).",
      vars=dict(n=I(1500, 5000), k=Part("n", 1.05, 1.4), p=Pct("k", "n", 1)), slips=[Swap("p"), Digit("p")]),
    # seen on customs reports: one figure against two plans, the second named at length
    t("plan-two-plans-long-name", "plan.two-plans",
      "Tính đến 20/{thang}, Chi cục Hải quan đã thu ngân sách đạt {a} tỷ đồng, bằng {p}% chỉ tiêu Bộ Tài chính giao "
      "({B} tỷ đồng) và bằng {r}% chỉ tiêu Hội đồng nhân dân tỉnh {tinh} giao phấn đấu ({C} tỷ đồng).",
      vars=dict(B=I(600, 1500, step=50), a=Grow("B", 0.6, 0.95), C=Grow("B", 1.1, 1.3), p=Pct("a", "B", 2),
                r=Pct("a", "C", 2)), slips=[Swap("r"), Digit("r")]),
    # ... and a base after 'trong số' in parentheses
    t("plan-base-trong-so", "plan.two-plans",
      "Lũy kế đến 15/{thang}, số thu của Hải quan cửa khẩu đạt {a} tỷ đồng, đạt 128% chỉ tiêu giao đầu năm và đạt {r}% "
      "(trong số {C} tỷ đồng theo chỉ tiêu giao bổ sung).",
      vars=dict(C=I(800, 1600, step=10), a=Grow("C", 0.55, 0.9), r=Pct("a", "C", 2)), slips=[Swap("r"), Digit("r")]),
]

# ---- growth ------------------------------------------------------------------------------

GROWTH = [
    t("growth-base-in-parens-visitors", "growth.base-in-parens",
      "Các khu, điểm du lịch đón {new} lượt khách, tăng {p}% so với cùng kỳ ({old} lượt).",
      vars=dict(old=I(20000, 200000), new=Grow("old", 1.03, 1.3), p=Chg("new", "old", 1)),
      count=3),
    t("growth-base-in-parens-accidents", "growth.base-in-parens",
      "Trong tháng xảy ra {new} vụ tai nạn giao thông, giảm {p}% so với cùng kỳ năm trước "
      "({old} vụ).",
      vars=dict(old=I(20, 80), new=Grow("old", 0.5, 0.9), p=Chg("new", "old", 2))),
    t("growth-two-bases", "growth.base-in-parens",
      "Trong tháng, các cơ sở lưu trú phục vụ {new} lượt khách, tăng {p}% so với tháng trước "
      "({prev} lượt) và tăng {r}% so với cùng kỳ năm trước ({old} lượt).",
      vars=dict(old=I(20000, 90000), new=Grow("old", 1.1, 1.35), prev=Part("new", 0.8, 0.95),
                p=Chg("new", "prev", 1), r=Chg("new", "old", 1)),
      slips=[Swap("p"), Swap("r"), OnNew("r"), Digit("p")]),
    t("growth-hay-delta-area", "growth.hay-delta",
      "Diện tích cây ăn quả toàn huyện đạt {new} ha, tăng {p}% hay tăng {d} ha so với năm "
      "trước.",
      vars=dict(_old=D(300, 900, 1), new=Grow("_old", 1.02, 1.12), d=Diff("new", "_old"),
                p=Chg("new", "_old", 1, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("d"), Swap("d"), Digit("p")], count=3),
    t("growth-hay-delta-revenue", "growth.hay-delta",
      "Doanh thu du lịch ước đạt {new} tỷ đồng, tăng {p}%, tức tăng {d} tỷ đồng so với cùng "
      "kỳ.",
      vars=dict(_old=D(100, 900, 1), new=Grow("_old", 1.05, 1.3), d=Diff("new", "_old"),
                p=Chg("new", "_old", 1, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("d"), Swap("d")]),
    t("growth-tuong-ung", "growth.hay-delta",
      "Kim ngạch xuất khẩu ước đạt {new} triệu USD, tăng {p}%, tương ứng tăng {d} triệu USD "
      "so với cùng kỳ năm trước.",
      vars=dict(_old=D(200, 1500, 2), new=Grow("_old", 1.04, 1.3), d=Diff("new", "_old"),
                p=Chg("new", "_old", 2, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("d"), Swap("d")]),
    t("growth-delta-parens-negative", "growth.delta-parens",
      "Sản lượng thủy sản khai thác đạt {new} tấn, giảm {p}% (-{d} tấn) so với cùng kỳ.",
      vars=dict(_old=I(8000, 20000), new=Grow("_old", 0.9, 0.98), d=Diff("_old", "new"),
                p=Chg("new", "_old", 1, via="{new} / ({new} + {d})")),
      slips=[Swap("p"), Digit("d"), Swap("d")], count=3),
    t("growth-delta-parens-positive", "growth.delta-parens",
      "Số thuê bao internet băng rộng cố định đạt {new} thuê bao, tăng {p}% (+{d} thuê bao) "
      "so với cuối năm trước.",
      vars=dict(_old=I(50000, 200000), new=Grow("_old", 1.03, 1.15), d=Diff("new", "_old"),
                p=Chg("new", "_old", 1, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("d"), Swap("d")]),
    t("growth-rate-delta-base", "growth.rate-delta-base",
      "Cơ quan hành chính các cấp tiếp nhận {new} đơn, so với cùng kỳ năm trước tăng {d} đơn "
      "(cùng kỳ tiếp nhận {old} đơn).",
      vars=dict(old=I(900, 2000), d=I(40, 300), new=Sum("old", "d")),
      slips=[Swap("new"), Digit("new"), Stale("d")]),
    t("growth-rate-delta-base-pct", "growth.rate-delta-base",
      "Tổng thu ngân sách trên địa bàn đạt {new} tỷ đồng, tăng {d} tỷ đồng so với cùng kỳ "
      "({old} tỷ đồng), tương ứng tăng {p}%.",
      vars=dict(old=D(200, 900, 1), new=Grow("old", 1.05, 1.3), d=Diff("new", "old"),
                p=Chg("new", "old", 1, via="({old} + {d}) / {old}")),
      slips=[Swap("p"), OnNew("p"), Digit("d")]),
    t("growth-bang-cung-ky", "growth.bang-cung-ky",
      "Diện tích lúa mùa gieo cấy được {new} nghìn ha, bằng {p}% cùng kỳ năm trước ({old} "
      "nghìn ha).",
      vars=dict(old=D(300, 1200, 1), new=Grow("old", 0.9, 0.99), p=Pct("new", "old", 1)),
      slips=[Swap("p"), Digit("p"), Inverse("p")], count=3),
    t("growth-gap-lan", "growth.gap-lan",
      "Số doanh nghiệp thành lập mới trong quý là {new} doanh nghiệp, gấp {r} lần cùng kỳ "
      "({old} doanh nghiệp).",
      vars=dict(old=I(60, 200), new=Grow("old", 1.6, 3.5), r=Ratio("new", "old", 1))),
    t("growth-prior-sentence", "growth.prior-sentence",
      "Năm 2023, toàn huyện có {old} hộ nghèo. Đến cuối năm 2024, số hộ nghèo còn {new} hộ, "
      "giảm {p}% so với năm trước.",
      vars=dict(old=I(800, 3000), new=Grow("old", 0.7, 0.9), p=Chg("new", "old", 2)), count=3),
    t("growth-prior-bullet", "growth.prior-sentence",
      "- Năm học trước: {old} học sinh;\n"
      "- Năm học này: {new} học sinh, tăng {p}%.",
      vars=dict(old=I(20000, 60000), new=Grow("old", 1.01, 1.06), p=Chg("new", "old", 2))),
    t("growth-ratio-with-delta", "growth.ratio-with-delta",
      "Vụ mùa năm nay gieo cấy được {new} ha, bằng {p}% vụ mùa năm trước (giảm {d} ha).",
      vars=dict(_old=D(8000, 30000, 1), new=Grow("_old", 0.9, 0.99), d=Diff("_old", "new"),
                p=Pct("new", "_old", 1, via="{new} / ({new} + {d})")),
      slips=[Swap("p"), Digit("d"), Swap("d")]),
    t("growth-points", "growth.points",
      "Tỷ lệ hồ sơ nộp trực tuyến đạt {r1}%, tăng {d} điểm phần trăm so với cùng kỳ năm "
      "trước (cùng kỳ đạt {r0}%).",
      vars=dict(r0=D(30, 70, 2), d=D(2, 15, 2), r1=Sum("r0", "d")),
      slips=[Swap("r1"), Digit("r1"), Stale("d")]),
    t("growth-scaled-units", "growth.scaled-units",
      "Lượng khách lưu trú đạt {new} nghìn lượt, tăng {p}% so với cùng kỳ (cùng kỳ đạt {old} "
      "lượt).",
      vars=dict(old=I(40000, 300000), _n=Grow("old", 1.05, 1.3), new=Part("_n", 0.001, 0.001, 1),
                p=Chg("_n", "old", 1, via="{new} * 1000! / {old}"))),
    t("growth-unstated", "growth.unstated",
      "Chỉ số sản xuất công nghiệp tháng {thang} ước tăng {p}% so với tháng trước và tăng {r}% "
      "so với cùng kỳ năm trước.",
      vars=dict(p=D(0.5, 4, 2), r=D(5, 12, 2))),
    # seen in public reports: the parts repeat the total's "bằng" for their own last year,
    # not as shares of the total; they are some of its crops, not all
    t("growth-unstated-bang-parts", "growth.unstated",
      "Diện tích gieo trồng cây vụ Đông toàn huyện {huyen} đạt {T} ha, bằng {p}% so với cùng kỳ "
      "năm trước; trong đó ngô {a} ha, bằng {pa}%; khoai lang {b} ha, bằng {pb}%.",
      vars=dict(T=I(8000, 15000), a=I(2000, 3500), b=I(500, 1500), p=D(90, 105, 1),
                pa=D(85, 110, 1), pb=D(85, 110, 1))),
    t("growth-unstated-bang-parts-next-sentence", "growth.unstated",
      "Đến ngày 20/3, toàn tỉnh đã gieo cấy {T} ha lúa xuân, bằng {p}% so với cùng kỳ. Trong "
      "đó, lúa thuần {a} ha, bằng {pa}%; lúa lai {b} ha, bằng {pb}% so với cùng kỳ.",
      vars=dict(T=I(30000, 60000), a=I(15000, 20000), b=I(5000, 9000), p=D(95, 103, 1),
                pa=D(90, 106, 1), pb=D(90, 110, 1))),
    t("growth-delta-signed-rate", "growth.delta-signed-rate",
      "- Tổng nguồn vốn huy động trên địa bàn đến 30/9 đạt {new} tỷ đồng; so với đầu năm tăng "
      "{d} tỷ đồng (+{p}%).",
      vars=dict(_old=I(8000, 30000), new=Grow("_old", 1.03, 1.15), d=Diff("new", "_old"),
                p=Chg("new", "_old", 1, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("d"), Digit("p")]),
    t("growth-delta-parens-yield", "growth.delta-parens",
      "Năng suất lúa bình quân ước đạt {new} tạ/ha, tăng {p}% (+{d} tạ/ha) so với cùng kỳ.",
      vars=dict(_old=D(48, 60, 1), new=Grow("_old", 1.01, 1.06), d=Diff("new", "_old"),
                p=Chg("new", "_old", 1, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("p")]),
    t("growth-points-gap-target", "growth.points-gap",
      "- Đến 30/9, tỷ lệ lao động tham gia bảo hiểm xã hội đạt {new}%, vượt {d}% so với chỉ "
      "tiêu Nghị quyết ({old}%).",
      vars=dict(old=D(25, 40, 1), d=D(0.2, 1.9, 1), new=Sum("old", "d")),
      slips=[Digit("d"), Swap("new")]),
    t("growth-change-list-traffic", "growth.change-list",
      "- Trong tháng, trên địa bàn tỉnh xảy ra {a} vụ tai nạn giao thông, làm chết {b} người, bị "
      "thương {c} người; so với cùng kỳ năm trước giảm {da} vụ (-{pa}%), giảm {db} người chết "
      "(-{pb}%), giảm {dc} người bị thương (-{pc}%).",
      vars=dict(_oa=I(40, 100), _ob=I(15, 45), _oc=I(30, 80),
                a=Part("_oa", 0.7, 0.95), b=Part("_ob", 0.6, 0.92), c=Part("_oc", 0.7, 0.9),
                da=Diff("_oa", "a"), db=Diff("_ob", "b"), dc=Diff("_oc", "c"),
                pa=Pct("da", "_oa", 1, via="{da} / ({a} + {da})"), pb=Pct("db", "_ob", 1, via="{db} / ({b} + {db})"),
                pc=Pct("dc", "_oc", 1, via="{dc} / ({c} + {dc})")),
      slips=[Digit("pa"), Swap("pb"), Digit("pc")]),
    # seen in public reports this session: a change's rate linked by "tương ứng với" alone, a
    # rate with its change in parentheses with its verb, a change after a sentence naming a period
    t("growth-delta-link-alone", "growth.delta-link-alone",
      "Năm nay toàn tỉnh xảy ra {new} vụ cháy, giảm {d} vụ, tương ứng với {p}% so với năm trước.",
      vars=dict(_old=I(300, 700), new=Grow("_old", 0.7, 0.95), d=Diff("_old", "new"),
                p=Chg("new", "_old", 1, via="{new} / ({new} + {d})")),
      slips=[Swap("p"), Digit("p"), Digit("d")]),
    t("growth-delta-parens-verb", "growth.delta-parens",
      "Trong quý, diện tích rừng bị thiệt hại là {new} ha, giảm {p}% (giảm {d} ha) so với cùng kỳ.",
      vars=dict(_old=D(8, 25, 1), new=Grow("_old", 0.5, 0.9), d=Diff("_old", "new"),
                p=Chg("new", "_old", 1, via="{new} / ({new} + {d})")),
      slips=[Swap("p"), Digit("p"), Digit("d")]),
    t("growth-change-after-period", "growth.change-list",
      "Trong 6 tháng đầu năm, toàn tỉnh xảy ra {a} vụ cháy, làm bị thương {b} người. So với 6 tháng "
      "đầu năm trước, số vụ cháy giảm {da} vụ (giảm {pa}%), giảm {db} người bị thương (giảm {pb}%).",
      vars=dict(_oa=I(150, 500), _ob=I(30, 90), a=Part("_oa", 0.7, 0.95), b=Part("_ob", 0.6, 0.92),
                da=Diff("_oa", "a"), db=Diff("_ob", "b"),
                pa=Pct("da", "_oa", 1, via="{da} / ({a} + {da})"), pb=Pct("db", "_ob", 1, via="{db} / ({b} + {db})")),
      slips=[Digit("pa"), Swap("pb")]),
    t("growth-same-verb-again", "growth.delta-link-alone",
      "Trong quý, toàn huyện xảy ra {new} vụ tai nạn lao động; so với quý trước giảm {d} vụ, giảm {p}%.",
      vars=dict(_old=I(40, 120), new=Grow("_old", 0.6, 0.9), d=Diff("_old", "new"),
                p=Chg("new", "_old", 2, via="{new} / ({new} + {d})")),
      slips=[Swap("p"), Digit("p")]),
    # seen in public reports (session of 2026-12-04): a change's rate with its amount after "bằng",
    # "tương đương" or in parentheses; "tỷ lệ tăng" after a change; a signed rate with the two
    # figures compared; changes opening the paragraph after their figures
    t("growth-rate-bang-amount", "growth.rate-with-amount",
      "Tổng sản lượng lương thực cả năm ước đạt {new} tấn, tăng {p}% bằng {d} tấn so với cùng kỳ năm trước.",
      vars=dict(_old=I(40000, 200000), new=Grow("_old", 1.01, 1.08), d=Diff("new", "_old"),
                p=Chg("new", "_old", 2, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("p"), Digit("d")]),
    t("growth-rate-amount-after-compare", "growth.rate-with-amount",
      "Diện tích rừng trồng mới đạt {new} ha, giảm {p}% so với cùng kỳ năm trước (bằng {d} ha).",
      vars=dict(_old=I(2000, 9000), new=Grow("_old", 0.9, 0.98), d=Diff("_old", "new"),
                p=Chg("new", "_old", 2, via="{new} / ({new} + {d})")),
      slips=[Swap("p"), Digit("p"), Digit("d")]),
    t("growth-ty-le-tang", "growth.delta-link-alone",
      "Trong năm, Sở Xây dựng đã cấp {new} giấy phép xây dựng, tăng {d} giấy phép so với cùng kỳ, "
      "tỷ lệ tăng {p}%.",
      vars=dict(_old=I(400, 2000), new=Grow("_old", 1.05, 1.3), d=Diff("new", "_old"),
                p=Chg("new", "_old", 2, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("p"), Digit("d")]),
    t("growth-case-noun-rate", "growth.case-noun",
      "Trong quý, có {new} doanh nghiệp đăng ký tạm ngừng kinh doanh, tăng {d} trường hợp so với cùng kỳ "
      "năm trước ({p}%).",
      vars=dict(_old=I(60, 150), new=Grow("_old", 1.1, 1.6), d=Diff("new", "_old"),
                p=Chg("new", "_old", 1, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("p")]),
    t("growth-earlier-year-paren", "growth.earlier-in-paren",
      "Thu nhập bình quân đầu người đạt {new} triệu đồng, tăng {p}% (năm 2023 là {old} triệu đồng).",
      vars=dict(old=D(40, 70, 1), new=Grow("old", 1.03, 1.15), p=Chg("new", "old", 1))),
    t("growth-signed-pair", "growth.signed-pair",
      "So với năm trước, số vụ cháy giảm {d} vụ (-{p}%, {new}/{old} vụ).",
      vars=dict(old=I(150, 400), new=Grow("old", 0.7, 0.95), d=Diff("old", "new"), p=Chg("new", "old", 1)),
      slips=[Swap("p"), Digit("p")]),
    t("growth-change-next-paragraph", "growth.change-list",
      "Trong tháng, toàn tỉnh xảy ra {a} vụ tai nạn giao thông, làm chết {b} người.\n\n"
      "So với cùng kỳ năm trước giảm {da} vụ (giảm {pa}%), giảm {db} người chết (giảm {pb}%).",
      vars=dict(_oa=I(40, 120), _ob=I(20, 60), a=Part("_oa", 0.7, 0.95), b=Part("_ob", 0.6, 0.92),
                da=Diff("_oa", "a"), db=Diff("_ob", "b"),
                pa=Pct("da", "_oa", 1, via="{da} / ({a} + {da})"), pb=Pct("db", "_ob", 1, via="{db} / ({b} + {db})")),
      slips=[Digit("pa"), Swap("pb")]),
    t("growth-earlier-before-rate-visitors", "growth.earlier-before-rate",
      "Trong {thang} tháng, khu di tích đón {new} lượt khách, so với cùng kỳ {old} lượt, tăng {p}%.",
      vars=dict(old=I(40000, 160000), new=Grow("old", 1.04, 1.3), p=Chg("new", "old", 1)), count=3),
    t("growth-earlier-before-rate-revenue", "growth.earlier-before-rate",
      "Tổng thu ngân sách trên địa bàn huyện đạt {new} tỷ đồng, so với cùng kỳ năm {nam} là {old} tỷ đồng, "
      "tăng {p}%.",
      vars=dict(old=D(200, 900, 1), new=Grow("old", 1.03, 1.25), p=Chg("new", "old", 2))),
    t("growth-index-after-change", "growth.index-after-change",
      "Trong 6 tháng, các cơ quan hành chính đã tiếp {new} lượt người, tăng {d} lượt người, bằng {p}% so cùng kỳ "
      "năm trước.",
      vars=dict(_old=I(400, 1500), new=Grow("_old", 1.03, 1.25, 0), d=Diff("new", "_old"),
                p=Pct("new", "_old", 1, via="{new} / ({new} - {d})")),
      slips=[Swap("p"), Digit("p")], count=3),
    t("growth-signed-delta-after-period", "growth.delta-parens",
      "Toàn tỉnh gieo cấy được {new} ha lúa mùa, giảm {p}% so với cùng kỳ năm trước (-{d} ha).",
      vars=dict(_old=D(12000, 30000, 1), new=Grow("_old", 0.9, 0.99), d=Diff("_old", "new"),
                p=Chg("new", "_old", 2, via="{new} / ({new} + {d})")),
      slips=[Swap("p"), Digit("p"), Digit("d")], count=3),
    # seen on vehicle registration reports: 'Con số này tăng p% so với năm Y (N)'
    t("growth-this-figure", "growth.this-figure",
      "Năm {nam}, toàn tỉnh có {new} xe ô tô được đăng ký mới. Con số này tăng {p}% so với năm trước ({old} xe).",
      vars=dict(old=I(2000, 9000), new=Grow("old", 1.05, 1.4), p=Chg("new", "old", 1))),
    # seen on business registration reports: the change in parentheses after the rate, no earlier value
    t("growth-change-in-paren", "growth.change-in-paren",
      "Trong quý, toàn tỉnh có {new} doanh nghiệp thành lập mới, giảm {p}% so với cùng kỳ (tương ứng giảm {d} "
      "doanh nghiệp).",
      vars=dict(_old=I(300, 900), new=Grow("_old", 0.55, 0.9), d=Diff("_old", "new"),
                p=Chg("new", "_old", 2, via="{new} / ({new} + {d})")), slips=[Swap("p"), Digit("p")]),
]

# ---- fractions ---------------------------------------------------------------------------

FRACTIONS = [
    t("fraction-slash-pct-communes", "fraction.slash-pct",
      "Đến nay, toàn tỉnh có {k}/{n} xã đạt chuẩn nông thôn mới ({p}%).",
      vars=dict(n=I(80, 160), k=Part("n", 0.6, 0.9), p=Pct("k", "n", 1)), count=3),
    t("fraction-slash-pct-petitions", "fraction.slash-pct",
      "Đã giải quyết {k}/{n} đơn thuộc thẩm quyền, đạt tỷ lệ {p}%.",
      vars=dict(n=I(100, 400), k=Part("n", 0.7, 0.95), p=Pct("k", "n", 2)), count=3),
    t("fraction-slash-pct-schools", "fraction.slash-pct",
      "Toàn tỉnh có {k}/{n} trường tiểu học đạt chuẩn quốc gia, chiếm {p}%.",
      vars=dict(n=I(120, 260), k=Part("n", 0.6, 0.85), p=Pct("k", "n", 2))),
    t("fraction-nested", "fraction.nested",
      "Kết quả, đã giải quyết {S} đơn ({s1} khiếu nại, {s2} tố cáo)/{n} đơn, đạt tỷ lệ {p}%.",
      vars=dict(n=I(150, 400), s1=Part("n", 0.6, 0.8), s2=Part("n", 0.05, 0.12),
                S=Sum("s1", "s2"), p=Pct("S", "n", 2)),
      slips=[Swap("p"), Digit("p"), Stale("s1")]),
    t("fraction-average", "fraction.average",
      "Trong tháng có {n} doanh nghiệp thành lập mới với tổng vốn đăng ký {v} tỷ đồng, bình "
      "quân {r} tỷ đồng/doanh nghiệp.",
      vars=dict(n=I(80, 400), v=D(400, 4000, 1), r=Ratio("v", "n", 1)), count=3),
    t("fraction-slash-plain", "fraction.plain",
      "Xã {xa} đạt {a}/19 tiêu chí nông thôn mới; bình quân toàn huyện đạt {b} tiêu chí/xã.",
      vars=dict(a=I(12, 18), b=D(13, 17.5, 1))),
    t("fraction-density", "fraction.plain",
      "Năm học {nh}, toàn ngành huy động {a} học sinh/{b} lớp, tăng so với năm học trước.",
      vars=dict(a=I(60000, 120000), b=I(2000, 4000))),
    t("fraction-tuong-duong", "fraction.slash-pct",
      "Đến tháng {thang}, toàn tỉnh có {k}/{n} xã đạt chuẩn nông thôn mới, tương đương {p}%.",
      vars=dict(n=I(90, 200), k=Part("n", 0.5, 0.9), p=Pct("k", "n", 2)),
      slips=[Swap("p"), Digit("p")]),
    t("fraction-long-noun-paren", "fraction.slash-pct",
      "Năm {nam}, toàn huyện có {k}/{n} thôn, tổ dân phố được công nhận danh hiệu văn hóa (tỷ lệ {p}%).",
      vars=dict(n=I(60, 180), k=Part("n", 0.7, 0.97), p=Pct("k", "n", 1))),
    t("fraction-rate-next-clause", "fraction.rate-next-clause",
      "Công an huyện đã điều tra, khám phá {k}/{n} vụ phạm pháp hình sự, tỷ lệ điều tra khám phá án đạt {p}%.",
      vars=dict(n=I(40, 160), k=Part("n", 0.7, 0.95), p=Pct("k", "n", 1)), count=3),
    t("fraction-noun-list-paren", "fraction.slash-pct",
      "Toàn huyện có {k}/{n} thôn, bản đăng ký xây dựng đời sống văn hóa (chiếm tỷ lệ {p}%).",
      vars=dict(n=I(80, 240), k=Part("n", 0.8, 0.97), p=Pct("k", "n", 1))),
    t("fraction-average-per-noun", "fraction.average",
      "Trong quý, toàn tỉnh có {n} doanh nghiệp thành lập mới với tổng vốn đăng ký {v} tỷ đồng; vốn đăng ký bình "
      "quân một doanh nghiệp đạt {r} tỷ đồng.",
      vars=dict(n=I(200, 900), v=D(900, 9000, 1), r=Ratio("v", "n", 1)), count=3),
    # seen on exam reports: long nouns on both sides of the slash
    t("fraction-long-nouns", "fraction.slash-pct",
      "Khối giáo dục thường xuyên có {k} thí sinh đỗ tốt nghiệp /{n} thí sinh dự thi, đạt tỷ lệ {p}%.",
      vars=dict(n=I(800, 3000), k=Part("n", 0.6, 0.95), p=Pct("k", "n", 2)), slips=[Swap("p"), Digit("p")]),
    # seen on culture and new-countryside reports: a clause on the fraction's noun, then its rate
    t("fraction-rate-a-clause-apart", "fraction.slash-pct",
      "Năm {nam}, toàn huyện có {k}/{n} thôn, tổ dân phố được công nhận danh hiệu khu dân cư văn hóa, đạt tỷ lệ {p}%.",
      vars=dict(n=I(90, 240), k=Part("n", 0.75, 0.97), p=Pct("k", "n", 2)), slips=[Swap("p"), Digit("p")]),
    # seen on information reports: things in places, one each
    t("fraction-things-in-places", "fraction.slash-pct",
      "Toàn tỉnh có {k} đài truyền thanh/{n} xã, phường, thị trấn, đạt tỷ lệ {p}%.",
      vars=dict(n=I(120, 560), k=Part("n", 0.7, 0.97), p=Pct("k", "n", 1)), slips=[Swap("p"), Digit("p")]),
]

FAMILIES = {
    "sums": SUMS,
    "shares": SHARES,
    "plans": PLANS,
    "growth": GROWTH,
    "fractions": FRACTIONS,
}

# ---- non-quantities, approximations, partial listings (claims: 0) -------------------------


def nq(id, shape, text, **kw):
    return t(id, shape, text, count=1, vars={}, **kw)


NONQUANTITIES = [
    nq("nonq-header-number-date", "nonq.document-number",
       "Số: 245/BC-UBND, {huyen}, ngày 05 tháng 7 năm 2024"),
    nq("nonq-header-sector-code", "nonq.document-number",
       "Số: 1187/BC-SYT-NVY ngày 28/10/2025 về tình hình hoạt động tháng 10/2025."),
    nq("nonq-legal-basis", "nonq.document-number",
       "Thực hiện Kế hoạch số 56/KH-UBND ngày 12/02/2024 của UBND tỉnh và Công văn số "
       "2031/STP-PBGDPL ngày 18/9/2024 của Sở Tư pháp."),
    nq("nonq-decree-reference", "nonq.document-number",
       "Triển khai Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư "
       "và Thông tư số 01/2011/TT-BNV."),
    nq("nonq-article-clause", "nonq.legal-reference",
       "Việc xử lý vi phạm được thực hiện theo khoản 2 Điều 45 và điểm a khoản 1 Điều 12 của "
       "Luật; nội dung tại Điều 5 Quyết định số 18/2023/QĐ-UBND được giữ nguyên."),
    nq("nonq-dates-periods", "nonq.date",
       "Từ ngày 01/4/2024 đến ngày 30/6/2024, tức quý II/2024, Đoàn công tác đã làm việc tại "
       "{xa} trong 03 ngày (từ 14 đến 16/5)."),
    nq("nonq-year-range", "nonq.date",
       "Giai đoạn 2021-2025, tỉnh tập trung thực hiện Chương trình mục tiêu quốc gia; năm học "
       "2024-2025 là năm thứ năm thực hiện chương trình giáo dục phổ thông 2018."),
    nq("nonq-month-slash", "nonq.date",
       "Báo cáo kết quả tháng 9/2025 và phương hướng tháng 10/2025 gửi trước ngày 25/9."),
    nq("nonq-service-levels", "nonq.level",
       "Tỉnh đã cung cấp dịch vụ công trực tuyến mức độ 3 và mức độ 4 cho các thủ tục thuộc "
       "thẩm quyền; hệ thống đạt cấp độ 2 về an toàn thông tin."),
    nq("nonq-ordinals", "nonq.ordinal",
       "Kỳ họp thứ 8, HĐND tỉnh khóa XVI; Đại hội Đảng bộ huyện lần thứ XXI; hội thi tổ chức "
       "lần thứ 3 với 12 đội tham gia."),
    nq("nonq-ranks-grades", "nonq.level",
       "Bệnh viện được xếp hạng II; 05 viên chức được thăng hạng chức danh nghề nghiệp hạng III "
       "lên hạng II."),
    nq("nonq-approx-sum", "nonq.approximation",
       "Trong dịp lễ, toàn tỉnh đón khoảng 1.200 lượt khách (khách quốc tế hơn 300 lượt, khách "
       "nội địa gần 880 lượt)."),
    nq("nonq-approx-share", "nonq.approximation",
       "Có hơn 3.500 hộ tham gia mô hình, trong đó trên 2.100 hộ có thu nhập khá, chiếm khoảng "
       "62%."),
    nq("nonq-approx-growth", "nonq.approximation",
       "Lượng khách ước đạt gần 48 nghìn lượt, tăng khoảng 12% so với cùng kỳ (cùng kỳ trên "
       "41.000 lượt)."),
    nq("nonq-approx-plan", "nonq.approximation",
       "Diện tích gieo trồng đạt trên 11.700 ha, bằng khoảng 65% kế hoạch (18.000 ha)."),
    nq("nonq-approx-under", "nonq.approximation",
       "Tỷ lệ hồ sơ trễ hạn dưới 1%; số vụ việc tồn đọng còn xấp xỉ 40 vụ việc."),
    nq("nonq-partial-communes", "nonq.partial-listing",
       "Toàn huyện có 24 xã, thị trấn; trong đó có 12 xã đạt chuẩn nông thôn mới nâng cao như "
       "xã {xa} (19 tiêu chí), xã Hòa Lạc (18 tiêu chí)."),
    nq("nonq-partial-service-levels", "nonq.partial-listing",
       "Tổng số dịch vụ công đang cung cấp là 1.960 dịch vụ (mức độ 3: 775; mức độ 4: 681)."),
    nq("nonq-partial-notable", "nonq.partial-listing",
       "Trong tháng có 412 hồ sơ cấp giấy phép xây dựng, nổi bật là phường Đông Thạnh 96 hồ sơ, "
       "phường An Bình 87 hồ sơ."),
    nq("nonq-partial-some-markets", "nonq.partial-listing",
       "Kim ngạch xuất khẩu đạt 734,5 triệu USD; một số thị trường tăng cao như Nhật Bản 82,1 "
       "triệu USD, Hàn Quốc 64,3 triệu USD."),
    nq("nonq-partial-detail-bullets", "nonq.partial-listing",
       "Kiểm tra 36 cơ sở kinh doanh thực phẩm, phát hiện vi phạm tại một số cơ sở:\n"
       "- Cơ sở trên địa bàn xã {xa}: 3 cơ sở;\n"
       "- Cơ sở trên địa bàn thị trấn: 2 cơ sở."),
    # seen in public reports: a listing closed by "..." or "v.v." names only some parts
    nq("nonq-partial-ellipsis", "nonq.partial-listing",
       "Đến ngày 18/11, toàn tỉnh gieo trồng được 24.560 ha cây vụ đông, đạt 88,2% kế hoạch; "
       "trong đó ngô 8.120 ha, khoai tây 1.905 ha, đậu tương 640 ha, rau các loại 9.870 ha..."),
    nq("nonq-partial-vv", "nonq.partial-listing",
       "Tổng đàn gia cầm của huyện có 1.254 nghìn con (gà 980 nghìn con, vịt 190 nghìn con, "
       "v.v.)."),
    # sibling shares of a base named only in words: not shares of the first sibling
    nq("nonq-sibling-shares-named-base", "nonq.rate-without-base",
       "Chia theo ngành, công nghiệp chế biến, chế tạo đạt 1.245,6 tỷ đồng, chiếm 41,3% tổng vốn "
       "thực hiện; xây dựng đạt 512,4 tỷ đồng, chiếm 17,0%; kinh doanh bất động sản đạt 388,1 tỷ "
       "đồng, chiếm 12,9%."),
    nq("nonq-rate-no-base", "nonq.rate-without-base",
       "Tỷ lệ che phủ rừng đạt 42,5%; tỷ lệ đô thị hóa 31,2%; tỷ lệ đỗ tốt nghiệp trung học "
       "phổ thông đạt 98,76%."),
    nq("nonq-rate-no-base-cpi", "nonq.rate-without-base",
       "Chỉ số giá tiêu dùng tháng {thang} tăng 0,34% so với tháng trước, tăng 3,12% so với "
       "tháng 12 năm trước."),
    nq("nonq-plan-unstated", "nonq.rate-without-base",
       "Tổng thu ngân sách ước thực hiện đạt 76,75% dự toán; tổng vốn đầu tư toàn xã hội đạt "
       "76,47% kế hoạch năm."),
    nq("nonq-criteria-average", "nonq.score",
       "Bình quân toàn tỉnh đạt 17,4 tiêu chí/xã; xã {xa} đạt 19/19 tiêu chí; thủ khoa đạt 28,75 "
       "điểm."),
    nq("nonq-density-per-class", "nonq.score",
       "Bình quân 32,5 học sinh/lớp; tỷ lệ giáo viên/lớp là 1,45 ở bậc tiểu học."),
    nq("nonq-percent-points-rate", "nonq.rate-without-base",
       "Tỷ lệ hộ nghèo giảm còn 2,85%, giảm 1,1% so với cuối năm trước."),
    nq("nonq-phone-address", "nonq.code",
       "Đường dây nóng 0296.3852.114; trụ sở tại số 12 đường 30/4, Km 14+300 Quốc lộ 91."),
    nq("nonq-times-clock", "nonq.date",
       "Hội nghị bắt đầu lúc 07 giờ 30 phút, kéo dài 2 buổi; 100% đại biểu có mặt đúng giờ."),
    nq("nonq-hundred-percent", "nonq.rate-without-base",
       "100% xã, phường, thị trấn đã tổ chức Ngày Pháp luật; 100% hồ sơ được số hóa khi tiếp "
       "nhận."),
    nq("nonq-same-number-different-noun", "nonq.partial-listing",
       "Tiếp nhận 640 hồ sơ; trong đó có 228 hồ sơ của doanh nghiệp và 37 hồ sơ bị trả lại do "
       "chưa đầy đủ thành phần."),
    nq("nonq-thresholds", "nonq.code",
       "Hỗ trợ hộ có mức thu nhập dưới 1,5 triệu đồng/người/tháng; trẻ từ 6 đến 14 tuổi; người "
       "từ 80 tuổi trở lên."),
    nq("nonq-ranking", "nonq.ordinal",
       "Chỉ số cải cách hành chính năm 2024 của tỉnh xếp thứ 12/63, tăng 5 bậc; Chỉ số PCI xếp "
       "thứ 21."),
    nq("nonq-headings", "nonq.heading",
       "II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025\n"
       "1. Lĩnh vực kinh tế\n"
       "1.1. Sản xuất nông nghiệp"),
    nq("nonq-plan-document", "nonq.document-number",
       "Ban hành Kế hoạch số 112/KH-SGDĐT triển khai nhiệm vụ năm học; Kế hoạch 45 về chuyển "
       "đổi số đạt 3/5 nội dung."),
    nq("nonq-share-of-external-base", "nonq.rate-without-base",
       "Toàn huyện có 232 học sinh bỏ học, chiếm tỷ lệ 0,93% so với tổng số học sinh của huyện."),
    nq("nonq-rate-of-a-named-population", "nonq.rate-without-base",
       "Toàn tỉnh có 1.850.000 người tham gia bảo hiểm, trong đó: bảo hiểm xã hội là 240.000 người, đạt "
       "21,5% lực lượng lao động trong độ tuổi; bảo hiểm y tế là 1.790.000 người, đạt 93,1% dân số."),
    nq("nonq-two-main-species", "nonq.partial-listing",
       "Diện tích nuôi thủy sản toàn huyện đạt 2.480 ha, trong đó cá tra: 615 ha; tôm càng xanh: 340 ha."),
    nq("nonq-subgroup-rate", "nonq.rate-without-base",
       "Hiện toàn huyện có 2.400 hộ nghèo, chiếm tỷ lệ 8,2%; trong đó, số hộ nghèo dân tộc thiểu số là "
       "1.500 hộ, chiếm tỷ lệ 31,4%."),
    nq("nonq-running-total-after-parts", "nonq.partial-listing",
       "Trong 9 tháng, toàn tỉnh xây mới 5 chợ. Trong đó, huyện A xây mới 3 chợ và huyện B xây mới 2 chợ, nâng tổng "
       "số chợ trên địa bàn tỉnh lên 96 chợ."),
    nq("nonq-done-after-the-cases", "nonq.partial-listing",
       "Tổng số việc phải giải quyết 3.400 việc, trong đó: số cũ chuyển sang 1.140 việc; thụ lý mới 2.260 việc; đã "
       "thi hành xong 1.980 việc; đạt tỷ lệ 81,2%."),
    nq("nonq-flows-without-a-change", "nonq.partial-listing",
       "Toàn huyện hiện có 1.200 doanh nghiệp đang hoạt động, trong đó thành lập mới 62 doanh nghiệp, giải thể 17 "
       "doanh nghiệp."),
    nq("nonq-prizes-in-words", "nonq.partial-listing",
       "Trường THPT chuyên có 37 học sinh đạt giải (6 giải Nhất, 22 giải Nhì, chín giải Ba)."),
    nq("nonq-next-topic-after-parts", "nonq.partial-listing",
       "Doanh thu bán lẻ hàng hóa tháng 9 ước đạt 2.140 tỷ đồng. Trong đó, nhóm lương thực, thực phẩm đạt 820 "
       "tỷ đồng. Tính chung 9 tháng, doanh thu bán lẻ hàng hóa đạt 18.760 tỷ đồng."),
    nq("nonq-part-since-january", "nonq.partial-listing",
       "Lũy kế từ đầu năm đón 150.000 lượt khách. Trong đó khách quốc tế lưu trú là 40.000 lượt, lũy kế từ "
       "đầu năm là 120.000 lượt."),
    nq("nonq-theo-do-other-figures", "nonq.partial-listing",
       "Năm nay, huyện có thêm 52 doanh nghiệp thành lập mới. Theo đó, số doanh nghiệp đang hoạt động trên địa bàn "
       "là 1.310 doanh nghiệp, số doanh nghiệp tạm ngừng hoạt động là 33 doanh nghiệp."),
    nq("nonq-specifically-how-it-changed", "nonq.partial-listing",
       "Đến cuối quý III, số người tham gia BHXH tự nguyện của huyện {huyen} là 14.620 người.\n\nCụ thể, số người tham "
       "gia tăng thêm 530 người so với quý II; tăng 1.870 người so với cuối năm trước, số người còn phải phát triển "
       "trong quý IV là 1.240 người."),
    nq("nonq-form-numbers", "nonq.legal-reference",
       "Các xã lập 2 mẫu báo cáo (Mẫu số 01 gửi UBND huyện {huyen}, Mẫu số 02 gửi Phòng Tài chính) trước ngày 15 "
       "hằng tháng."),
    nq("nonq-law-year", "nonq.legal-reference",
       "Luật Giá 2023 gồm 8 chương, 75 điều đã được phổ biến đến cán bộ, công chức các xã, thị trấn."),
    nq("nonq-rank-among-provinces", "nonq.document-number",
       "Giải ngân vốn đầu tư công mới đạt 34,9% kế hoạch, xếp thứ 24/34 địa phương, thấp hơn bình quân cả nước "
       "(35,5%)."),
    nq("nonq-missing-then-injured", "nonq.partial-listing",
       "Đợt mưa lũ đã làm 11 người mất tích, trong đó ở huyện {huyen} là 7 người do lũ cuốn trôi, 9 người bị thương "
       "ở các xã vùng cao."),
]

FAMILIES["nonquantities"] = NONQUANTITIES
