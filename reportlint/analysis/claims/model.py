"""What claims are made of: quantities, the claims relating them, and verdicts."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from reportlint.model.document import Paragraph
from reportlint.text.numbers import Num
from reportlint.analysis.claims.vocabulary import cues


@lru_cache(maxsize=4096)  # (asked of each quantity again and again; units recur across reports)
def measure(unit: str) -> str:
    """The unit of measure a unit starts with, normalised ("ty" -> "ty dong"), or ''."""
    c = cues()
    if unit.split()[:2] == ["dong", "chi"]:  # '500 đồng chí' (comrades), no money
        return ""
    for u in c.measure_units:
        if unit == u:
            return c.measure_aliases.get(u, u)
        if unit.startswith(u + " "):  # ("1,9 triệu người" is no money: a scale word alone is)
            return "" if " " not in u and u in c.measure_aliases else c.measure_aliases.get(u, u)
    return ""


class Quantity:
    """A number of a paragraph, with what follows it (its unit) and what weakens it."""

    __slots__ = ("num", "para", "start", "end", "percent", "unit", "rate", "approx", "label", "claimed", "mixed", "attains")

    def __init__(self, num: Num, para: Paragraph, unit: str = "", rate: bool = False, approx: str = "",
                 label: str = "", claimed: bool = False, mixed: bool = False, attains: bool = False) -> None:
        self.num = num
        self.para = para
        # where it stands and whether it is a percentage: its number's, asked again and again by
        # every extractor (a number read otherwise, `counted`, keeps its place)
        self.start, self.end, self.percent = num.start, num.end, num.percent
        self.unit = unit  # folded words right after the number: "ho so", "ty dong", "%"
        self.rate = rate  # "14 thuê bao/100 dân": a density, not a count
        self.approx = approx  # "khoảng", "hơn" ... right before it, folded
        self.label = label  # for a part: the words of its item, folded
        self.claimed = claimed  # a percentage already read as part of a claim
        self.mixed = mixed  # the document mixes number styles: the other reading is plausible
        self.attains = attains  # a part's percentage after the verb of its total's "đạt|bằng p% kế hoạch|cùng kỳ": its own

    def __repr__(self) -> str:
        return f"Quantity({self.text!r}, unit={self.unit!r})"

    @property
    def text(self) -> str:
        return self.para.text[self.num.start:self.num.end]

    @property
    def unit_head(self) -> str:
        """The first word of the unit: "ho" of "ho so"."""
        return self.unit.split(" ", 1)[0] if self.unit else ""

    @property
    def period(self) -> bool:
        """A length of time ("5 tháng", "2 năm"): it names a period, it counts nothing."""
        return self.unit_head in cues().time_units

    @property
    def measure(self) -> str:
        return measure(self.unit)

    @property
    def amount(self) -> Decimal:
        """The value in units, its scale applied ("1,35 triệu" is 1.350.000)."""
        return self.num.readings[0].amount


def counted(q: Quantity, unit: str = "") -> Quantity:
    """q read as a whole number when it counts things, whatever the document's style: '1.530
    trẻ' is 1530 beside an English-style '39.7%' (no one counts 1,53 children); an ambiguous
    literal whose unit (or `unit`, its fraction's) is a noun, no measure."""
    rs, unit = q.num.readings, q.unit or unit
    if len(rs) > 1 and rs[0].decimals and not rs[1].decimals and unit and not q.percent and not measure(unit) \
            and unit.split(" ", 1)[0] not in SCALES:  # ('3,200 triệu lượt' may be 3,2 million)
        q.num = q.num._replace(readings=(rs[1], rs[0]))
    return q


# Words that put a figure in thousands, millions or billions of its unit ("1,35 triệu người")
SCALES = {"nghin": 3, "ngan": 3, "trieu": 6, "ty": 9, "ti": 9}


def in_scale(q: Quantity, scale: int, unit: str) -> Quantity:
    """q read in `unit`, its figure `scale` powers of ten of it ("313,4 nghìn lượt" in lượt)."""
    rs = tuple(r._replace(scale=scale) for r in q.num.readings)
    return Quantity(q.num._replace(readings=rs), q.para, unit, q.rate, q.approx, q.label, q.claimed, q.mixed)


def on_one_scale(qs: list[Quantity]) -> list[Quantity] | None:
    """qs in one unit when some are written in thousands, millions or billions of it ("dân số
    1,35 triệu người, trong đó nữ 682.400 người"; "1,2 tỷ đồng ... 800 triệu đồng"): qs as they
    are when all share a scale; None when the scales differ and the rest of the units does not
    show that they count the same thing (a bare figure may be in either scale)."""
    split = [_scale_of(q.unit) for q in qs]
    if len({s for s, _ in split}) == 1:
        return qs
    heads = {unit.split(" ", 1)[0] for _, unit in split}
    if len(heads) != 1 or "" in heads:
        return None
    return [in_scale(q, s, unit) if s else q for q, (s, unit) in zip(qs, split)]


def noun_of(q: Quantity) -> str:
    """The first word of q's unit past a scale word: "luot" of "triệu lượt" and of "lượt"; past a
    classifier too: "nha" of "480 ngôi nhà" and of "35 nhà"."""
    head, _, rest = _scale_of(q.unit)[1].partition(" ")
    return rest.split(" ", 1)[0] if head in _CLASSIFIERS and rest else head


_CLASSIFIERS = {"ngoi", "chiec"}  # (not 'căn', folded as 'cán' of 'cán bộ'; not 'con', a count of animals)


def _scale_of(unit: str) -> tuple[int, str]:
    head, _, rest = unit.partition(" ")
    if head in SCALES and not rest.startswith("le"):  # ('tỷ lệ' is no 'tỷ')
        return SCALES[head], rest
    return 0, unit


# What a claim relates, as --explain's JSON names it: kind -> relation (a plain percentage
# is a share; the shapes fraction and table name themselves).
RELATIONS = {"sum": "sum", "shares": "share", "growth": "growth", "plan": "plan", "ratio": "growth", "times": "ratio"}


class Claim:
    """One thing the text says about its numbers."""

    __slots__ = ("kind", "shape", "anchor", "total", "parts", "exhaustive", "why", "pct", "part", "base", "direction",
                 "delta", "unchecked", "tentative")

    def __init__(self, kind: str, shape: str, anchor: Quantity, total: Quantity | None = None,
                 parts: list[Quantity] | None = None, exhaustive: bool = False, why: str = "",
                 pct: Quantity | None = None, part: Quantity | None = None, base: Quantity | None = None,
                 direction: str = "", delta: Quantity | None = None, unchecked: str = "",
                 tentative: bool = False) -> None:
        self.kind = kind  # sum, percentage, shares, growth, plan
        self.shape = shape  # group, list, sentence, base, fraction, growth, shares, table
        self.anchor = anchor  # where a finding is reported: the total or the percentage
        self.total = total
        self.parts = parts if parts is not None else []
        self.exhaustive = exhaustive
        self.why = why  # why exhaustive (or "partial")
        self.pct = pct
        self.part = part
        self.base = base
        self.direction = direction  # growth: tang or giam
        self.delta = delta  # the absolute change stated with a rate: "tăng 3,2% hay tăng 15,9 ha"
        self.unchecked = unchecked  # why the claim cannot be checked ("base not found"), or ''
        self.tentative = tentative  # the base is a likely one, not the only one: verified if it fits, else unchecked

    def __repr__(self) -> str:
        return f"Claim({self.kind}, {self.shape}, at {self.anchor!r})"

    @property
    def para(self) -> Paragraph:
        return self.anchor.para

    def quantities(self) -> list[Quantity]:
        """Every figure of the claim: total and parts, or percentage, part, base and change."""
        qs = [self.total, *self.parts, self.pct, self.part, self.base, self.delta]
        return [q for q in qs if q is not None]

    def related(self) -> tuple[tuple[str, Paragraph, int, int], ...]:
        """Every figure of the claim with its role, for a finding's related locations (the
        base or parts may sit in another paragraph or bullet)."""
        roles = [("total", self.total), *(("part", q) for q in self.parts), ("percentage", self.pct),
                 ("part", self.part), ("base", self.base), ("change", self.delta)]
        return tuple((role, q.para, q.start, q.end) for role, q in roles if q is not None)

    def span(self) -> tuple[int, int]:
        """Where a finding on the claim runs in its anchor's paragraph: from its first figure
        there to its last (a finding covers its claim, issue 15)."""
        here = [q for q in self.quantities() if q.para is self.anchor.para]
        return min(q.start for q in here), max(q.end for q in here)

    @property
    def relation(self) -> str:
        """sum, share, plan, growth, fraction or table."""
        if self.shape in ("fraction", "table"):
            return self.shape
        if self.kind == "sum" and self.why in ("growth", "points"):
            return "growth"
        return RELATIONS.get(self.kind, "share")


class Verdict:
    """What recomputing a claim gave (its evidence and note may be reworded afterwards).

    Its texts may come as `texts`, a function giving (computation, evidence): they are then
    formatted when first read, as most verdicts (a sum that holds) are never shown."""

    __slots__ = ("status", "_computation", "_evidence", "suggestion", "note", "_texts")

    def __init__(self, status: str, computation: str = "", evidence: str = "", suggestion: str | None = None,
                 note: str = "", texts: Callable[[], tuple[str, str]] | None = None) -> None:
        self.status = status  # ok, skipped, sum-mismatch, parts-exceed-total, mismatch, rounding, shares-sum
        self._computation = computation  # "10.769 + 2.145 = 12.914"
        self._evidence = evidence  # the recomputation against what the report says
        self.suggestion = suggestion
        self.note = note  # why skipped ("approximate number"), or a remark ("partial listing")
        self._texts = texts

    def _format(self) -> None:
        if self._texts is not None:
            self._computation, self._evidence = self._texts()
            self._texts = None

    @property
    def computation(self) -> str:
        self._format()
        return self._computation

    @computation.setter
    def computation(self, text: str) -> None:
        self._format()
        self._computation = text

    @property
    def evidence(self) -> str:
        self._format()
        return self._evidence

    @evidence.setter
    def evidence(self, text: str) -> None:
        self._format()
        self._evidence = text

    def __repr__(self) -> str:
        return f"Verdict({self.status!r}, {self.computation!r}, note={self.note!r})"

    def evidence_in(self, lang: str) -> str:
        """The evidence in the reader's language: it is written in Vietnamese ("báo cáo ghi")."""
        return self.evidence if lang == "vi" else english_evidence(self.evidence)

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "skipped")


# The Vietnamese words of evidence and their English (the figures are the same).
EVIDENCE_EN = (("(tổng báo cáo ghi)", "(the report's total)"), ("báo cáo ghi", "the report says"),
               ("phải bằng 100%", "should be 100%"), ("hai tỷ lệ không cùng một tổng", "no one total gives both shares"),
               ("một tổng", "one total"), ("giảm nhiều nhất là 100%", "a decrease takes away 100% at most"))


def english_evidence(text: str) -> str:
    """Evidence written in Vietnamese ("12.923, báo cáo ghi 12.914") in English words."""
    for vi, en in EVIDENCE_EN:
        text = text.replace(vi, en)
    return text
