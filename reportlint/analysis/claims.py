"""Claims a report makes about its own numbers, and their verdicts by interval arithmetic.

Shapes read (DESIGN.md §5; precision first: when the shape is unclear, no claim):

- a total with its parts in parentheses: "12.914 hồ sơ (10.769 trực tiếp, 2.145 trực
  tuyến)", labels before or after the numbers, separators "," ";" "và", nested groups;
- a total followed by "trong đó", "gồm", "bao gồm", "cụ thể" with its parts in the same
  sentence, or in the following "+"/"-" bullet paragraphs;
- percentages: "k X (tỷ lệ p%)", "chiếm p%", "đạt p%" of the enclosing group's total or of
  an explicitly stated base ("Tổng văn bản ...: N, ký số k văn bản (tỷ lệ p%)", "trên tổng
  số N"); fractions "104/112 ấp (tỷ lệ 92,86%)"; plans "A tỷ đồng/B tỷ đồng dự toán, đạt
  p%"; growth "tăng p% so với cùng kỳ (B)"; labelled shares of one total (must add to 100%).

A listing is exhaustive (its parts must add up to the total) when introduced by "gồm",
when its labels form a known partition (rules/partitions.yaml), or when its shares add up
to ~100%. Otherwise it is partial: its parts may only not exceed the total.

Verdicts (`evaluate`) follow XBRL Calculations 1.1 and statcheck: a value with d decimals
is the interval v ± ½·10⁻ᵈ; a sum holds iff the intervals meet; a percentage is off by
"rounding" when the recomputed value rounds to one unit of the last digit away.

Pure: paragraphs in, claims out. `analyse(outline)` caches the claims and verdicts of an
outline for the checks and for --explain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from math import gcd
from typing import Iterable, Iterator

from reportlint.model.document import Paragraph
from reportlint.text.numbers import LITERAL, EN, VI, Num, Reading, style_evidence, fold_same_length, format_vi, readings, scan
from reportlint.analysis.outline import marker
from reportlint.text.letters import fold

# --- vocabulary (folded: lower case, no diacritics) -------------------------------------

MEASURE_UNITS = ("ty dong", "trieu dong", "nghin dong", "ngan dong", "dong", "usd", "ha", "hecta",
                 "km2", "km", "m2", "m3", "m", "tan", "kg", "lit", "mw", "kwh", "ty", "trieu")
TIME_UNITS = ("thang", "nam", "ngay", "gio", "phut", "tuan", "quy", "lan", "giay")
_APPROX = re.compile(r"\b(khoang|gan|hon|tren|duoi|uoc(?: tinh| dat| khoang)?|xap xi|toi thieu|toi da|"
                     r"it nhat|chung|co hon|vuot)\s*$")
# The words of _APPROX: the window before a number must end with one for it to match.
_APPROX_WORDS = ("khoang", "gan", "hon", "tren", "duoi", "uoc", "uoc tinh", "uoc dat", "uoc khoang", "xap xi",
                 "toi thieu", "toi da", "it nhat", "chung", "co hon", "vuot")
_UPPER_BOUND = {"duoi", "toi da", "gan"}  # the true value is at most the number
_LOWER_BOUND = {"hon", "tren", "toi thieu", "it nhat", "co hon", "vuot"}
_UNIT = re.compile(r"[ \t]*([a-z&][a-z0-9&]*(?:[ \t]+[a-z&][a-z0-9&]*){0,2})")
# "trong đó", "gồm", "bao gồm", "cụ thể"; OCR reads "đó" as "d6" and "có" as "c6".
_INTRO = re.compile(r"(?:^|[\s,;(])(trong d[o06]|bao g[o6]m|g[o6]m|cu the(?: nhu sau)?|nhu sau)(?![a-z0-9])\s*(?:c[o06]\s+)?:?\s*")
# Every _INTRO keyword contains one of these: a substring test rejects most paragraphs in C.
_INTRO_KEYS = ("trong d", "gom", "g6m", "cu the", "nhu sau")
# _INTRO's parts: what comes before its keyword, and the keyword (its group 1).
_INTRO_LEAD = re.compile(r"[\s,;(]")
_INTRO_WORD = re.compile(r"(?:trong d[o06]|bao g[o6]m|g[o6]m|cu the(?: nhu sau)?|nhu sau)(?![a-z0-9])")
_INTRO_END = re.compile(r"(?<![a-z])(?:trong d[o06]|bao g[o6]m|g[o6]m|cu the(?: nhu sau)?|nhu sau)\s*(?:c[o06]\s*)?:?\s*$")
# Between a part and its percentage: ", tỷ lệ", "(chiếm tỷ lệ", OCR "ty 1€", "đạt".
_PCT_WORDS = re.compile(r"(?:(?:chiem|dat|bang)\s+)?(?:t[yi]\s+(?:le|\S{1,3})\s+|ti le\s+)?(?:la\s+)?")
_PCT_LEAD = re.compile(r"[\s,(]*(?:(?:chiem|dat|bang)\s+)?(?:t[yi]\s+(?:le|\S{1,3})\s*|ti le\s*)?(?:la\s+)?$")
# The part's own unit or label words, then "," or "(" or a keyword, then the percentage.
_PCT_LINK = re.compile(r"[ \t]*((?:[a-z0-9&]+[ \t]*){0,5}?)([ \t]*[,(][\s(]*|[ \t]*)"
                       r"((?:(?:chiem|dat|bang)\s+)?(?:t[yi]\s+(?:le|\S{1,3})\s+|ti le\s+)?(?:la\s+)?)")
_PCT_TAIL = re.compile(r"[\s)]*$")
_GROWTH = re.compile(r"\b(tang|giam)\s*$")
_PLAN_AFTER = re.compile(r"\s*(?:so voi\s+)?(?:ke hoach|du toan|chi tieu|nghi quyet|muc tieu|cung ky|nam truoc|thang truoc)")
_TOTAL_WORD = re.compile(r"\b(tong(?: so)?|tat ca|toan bo)\b")
_BASE_AFTER = re.compile(r"\s*(?:tren|so voi|/)\s*(?:tong(?: so)?)\s*")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZĐÀ-Ỹ\"“(+\-]|\s*$)")
_SEP_SEMI = re.compile(r";")
# (compiled once: the module-level re functions look their pattern up in a cache on every call)
_PAREN = re.compile(r"[()]")
_NOT_LABEL = re.compile(r"[^a-z0-9& ]")
_CLAUSE_MARK = re.compile(r"[;:]")
_SENTENCE_MARK = re.compile(r"[;:!?]|\.(?!\d)")
_SEP_COMMA = re.compile(r",(?!\d)|\s+va\s+")


@lru_cache(maxsize=2048)
def _term_re(term: str) -> re.Pattern[str]:
    """A partition term as a whole word (compiled once)."""
    return re.compile(rf"(?<![a-z]){re.escape(term)}(?![a-z])")


@lru_cache(maxsize=1)
def partitions() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Known exhaustive label partitions (rules/partitions.yaml): (folded terms, as written)."""
    from reportlint._resources import rules_dir
    from reportlint.cache import shipped_yaml

    path = rules_dir() / "partitions.yaml"
    data = shipped_yaml(path) if path.is_file() else {}
    out = []
    for entry in (data or {}).get("partitions", []):
        terms = entry.split("|") if isinstance(entry, str) else entry
        folded = tuple(sorted({fold(str(t)).strip() for t in terms if str(t).strip()}, key=len, reverse=True))
        out.append((folded, "|".join(str(t).strip() for t in terms)))
    return tuple(out)


# --- model -----------------------------------------------------------------------------


@dataclass(eq=False)
class Quantity:
    """A number of a paragraph, with what follows it (its unit) and what weakens it."""

    num: Num
    para: Paragraph
    unit: str = ""  # folded words right after the number: "ho so", "ty dong", "%"
    rate: bool = False  # "14 thuê bao/100 dân": a density, not a count
    approx: str = ""  # "khoảng", "hơn" ... right before it, folded
    label: str = ""  # for a part: the words of its item, folded
    claimed: bool = False  # a percentage already read as part of a claim
    mixed: bool = False  # the document mixes number styles: the other reading is plausible
    # num.start and num.end, copied (num never changes): the extractors' loops read them all the time
    start: int = field(init=False, repr=False)
    end: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.start, self.end = self.num.start, self.num.end

    @property
    def text(self) -> str:
        return self.para.text[self.num.start:self.num.end]

    @property
    def unit_head(self) -> str:
        return self.unit.split(" ", 1)[0] if self.unit else ""

    @property
    def measure(self) -> str:
        return _measure(self.unit)


@dataclass(eq=False)
class Claim:
    """One thing the text says about its numbers."""

    kind: str  # sum, percentage, shares, growth
    shape: str  # group, list, sentence, base, fraction, growth, shares
    anchor: Quantity  # where a finding is reported: the total or the percentage
    total: Quantity | None = None
    parts: list[Quantity] = field(default_factory=list)
    exhaustive: bool = False
    why: str = ""  # why exhaustive (or "partial")
    pct: Quantity | None = None
    part: Quantity | None = None
    base: Quantity | None = None
    direction: str = ""  # growth: tang or giam

    @property
    def para(self) -> Paragraph:
        return self.anchor.para


@dataclass
class Verdict:
    status: str  # ok, skipped, sum-mismatch, parts-exceed-total, mismatch, rounding, shares-sum
    computation: str  # "10.769 + 2.145 = 12.914"
    evidence: str = ""  # the recomputation against what the report says
    suggestion: str | None = None
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "skipped")


# --- helpers ---------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _measure(unit: str) -> str:
    """The measure unit a unit starts with, normalised ('ty' -> 'ty dong'), or ''.

    Cached: asked again and again for the same few units of a report.
    """
    for u in MEASURE_UNITS:
        if unit == u or unit.startswith(u + " "):
            return u.replace("ty", "ty dong") if u == "ty" else u.replace("trieu", "trieu dong") if u == "trieu" else u
    return ""


def _words(s: str) -> int:
    return len(s.split())


class _Para:
    """A paragraph prepared once: folded text, quantities, balanced parentheses."""

    def __init__(self, para: Paragraph, style: str, skip: int = 0, folded: str | None = None,
                 pairs: list[tuple[int, int]] | None = None) -> None:
        self.mixed = False
        self.style = style
        self.para = para
        self.text = para.text
        self.folded = fold_same_length(self.text) if folded is None else folded
        self.nums = [n for n in scan(self.text, style, self.folded) if n.start >= skip]
        self.starts = [n.start for n in self.nums]  # (sorted: for bisect)
        self.qty = [self._quantity(n) for n in self.nums if n.kind == "qty"]
        self.pairs = _pairs(self.text) if pairs is None else pairs

    def _quantity(self, n: Num) -> Quantity:
        unit, rate = ("%", False) if n.percent else self._unit(n.end)
        return Quantity(n, self.para, unit, rate, _approx(self.folded, n.start), mixed=self.mixed)

    def _unit(self, end: int) -> tuple[str, bool]:
        m = _UNIT.match(self.folded, end)
        if not m:
            return "", self.folded[end:end + 1] == "/"
        unit = m.group(1)
        return unit, self.folded[m.end():m.end() + 1] == "/"

    def numbers_in(self, a: int, b: int) -> list[Num]:
        return [n for n in self.nums if a <= n.start < b]

    def qty_in(self, a: int, b: int) -> list[Quantity]:
        return [q for q in self.qty if a <= q.start and q.end <= b]

    def depth0(self, a: int, b: int) -> list[Quantity]:
        """Quantities in [a, b) outside any parenthesis opened inside [a, b)."""
        inner = [(o, c) for o, c in self.pairs if a <= o < b]
        return [q for q in self.qty_in(a, b) if not any(o < q.start < c for o, c in inner)]

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding pos: after the last ';' or sentence end before it."""
        best = 0
        i = self.text.rfind(";", 0, pos)
        best = max(best, i + 1)
        for m in _SENTENCE_END.finditer(self.text, 0, pos):
            best = max(best, m.end())
        return best

    def clause_end(self, pos: int) -> int:
        ends = [len(self.text)]
        i = self.text.find(";", pos)
        if i >= 0:
            ends.append(i)
        m = _SENTENCE_END.search(self.text, pos)
        if m:
            ends.append(m.start())
        return min(ends)


def _approx(folded: str, start: int) -> str:
    """The word right before `start` that makes a number approximate ("khoang", "hon" ...), or ''."""
    a = max(0, start - 16)
    if not folded[a:start].rstrip().endswith(_APPROX_WORDS):  # a C test first: most numbers have none
        return ""
    m = _APPROX.search(folded, a, start)
    return m.group(1) if m else ""


def _pairs(text: str) -> list[tuple[int, int]]:
    """Balanced (open, close) parentheses; an unclosed one closes nothing."""
    if "(" not in text:
        return []
    out, stack = [], []
    for m in _PAREN.finditer(text):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            out.append((stack.pop(), m.start()))
    return sorted(out)


def _split(text: str, folded: str, a: int, b: int, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of text[a:b] at the top level: split at ';' if any, else at ',' and 'và'."""
    inner = [(o, c) for o, c in pairs if a <= o < b]

    def top(i: int) -> bool:
        return not any(o < i < c for o, c in inner)

    for sep in (_SEP_SEMI, _SEP_COMMA):
        cuts = [m for m in sep.finditer(folded, a, b) if top(m.start())]
        if cuts or sep is _SEP_COMMA:
            break
    items, pos = [], a
    for m in cuts:
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, b))
    return [(x, y) for x, y in items if folded[x:y].strip()]


def _label(folded: str, a: int, b: int, nums: Iterable[Num]) -> str:
    """The words of folded[a:b] but the numbers' (in order, not overlapping)."""
    pieces, pos = [], a
    for n in nums:
        x, y = max(n.start, a), min(n.end, b)
        if x < y:  # blanked: one space stands for them, as the words are split and joined
            pieces.append(folded[pos:x])
            pos = y
    pieces.append(folded[pos:b])
    return " ".join(_NOT_LABEL.sub(" ", " ".join(pieces)).split())


@lru_cache(maxsize=1)
def _partitions_by_size() -> dict[int, list[tuple[tuple[str, ...], str]]]:
    out: dict[int, list[tuple[tuple[str, ...], str]]] = {}
    for terms, written in partitions():
        out.setdefault(len(terms), []).append((terms, written))
    return out


def _partition_of(labels: list[str]) -> str:
    """The known partition the labels form exactly ('truc tiep|truc tuyen'), or ''."""
    first = labels[0] if labels else ""
    for terms, written in _partitions_by_size().get(len(labels), ()):
        # the first label must hold a term of the partition: most partitions need no closer look
        if not any(t in first for t in terms):
            continue
        hit = []
        for lab in labels:
            found = [t for t in terms if t in lab and _term_re(t).search(lab)]  # substring test first: cheap
            found = [t for t in found if not any(t != u and t in u for u in found)]
            if len(found) != 1:
                break
            hit.append(found[0])
        if len(hit) == len(labels) and len(set(hit)) == len(terms):
            return written
    return ""


# --- extraction ----------------------------------------------------------------------


@dataclass
class _Item:
    part: Quantity | None = None
    pct: Quantity | None = None
    label: str = ""


def _pct_link(P: _Para, q: Quantity, pct: Quantity) -> bool:
    """Whether pct is q's share: '356 trực tuyến (tỷ lệ 7,9%)', '1.694 nộp trực tuyến, chiếm tỷ lệ 14,06%'."""
    lead = P.folded[q.end:pct.start]
    m = _PCT_LINK.fullmatch(lead)
    if not m or ")" in lead:
        return False
    if not (m.group(2).strip() or m.group(3).strip() or not lead.strip()):
        return False  # words only: "1.000 hồ sơ giải quyết 95%" is not "k (tỷ lệ p%)"
    if "(" in lead:  # "(tỷ lệ p%)": that parenthesis holds the percentage alone
        o = q.end + lead.rfind("(")
        close = next((c for oo, c in P.pairs if oo == o), None)
        if close is None or P.text[pct.end:close].strip():
            return False
    return True


def _pct_after(P: _Para, q: Quantity, limit: int) -> Quantity | None:
    """The percentage right after q that is its share, or None."""
    for n in P.qty:
        if q.end <= n.start < limit and n is not q:
            return n if n.num.percent and _pct_link(P, q, n) else None
    return None


def _item(P: _Para, a: int, b: int) -> _Item | None:
    """One item of a listing: a part (with its percentage), a percentage alone, or None."""
    direct = P.depth0(a, b)
    counts = [q for q in direct if not q.num.percent]
    pcts = [q for q in direct if q.num.percent]
    names = P.numbers_in(a, b)
    if len(counts) > 1 or len(pcts) > 1:
        return None
    if counts:
        part = counts[0]
        pct = pcts[0] if pcts else None
        if pct is not None and not (pct.start > part.end and _pct_link(P, part, pct)):
            return None
        if pct is None:  # "356 trực tuyến (tỷ lệ 7,9%)": a nested percentage of its own
            pct = _pct_after(P, part, b)
        part.label = _label(P.folded, a, b, names)
        return _Item(part, pct, part.label)
    if pcts:
        pct = pcts[0]
        lead = P.folded[a:pct.start]
        if _PCT_LEAD.fullmatch(lead) and _PCT_TAIL.fullmatch(P.folded[pct.end:b]):
            return _Item(None, pct, "")
        return _Item(None, pct, _label(P.folded, a, b, names))  # a labelled share: "trực tuyến 45%"
    return None


def _items(P: _Para, a: int, b: int) -> list[_Item] | None:
    """The items of a listing, percentages alone attached to the part before them."""
    out: list[_Item] = []
    for x, y in _split(P.text, P.folded, a, b, P.pairs):
        it = _item(P, x, y)
        if it is None:
            return None
        if it.part is None and not it.label:
            if not out or out[-1].part is None or out[-1].pct is not None:
                return None
            out[-1].pct = it.pct
            continue
        out.append(it)
    return out


def _total_before(P: _Para, pos: int, max_words: int, allow_sentence: bool = False) -> Quantity | None:
    """The count closest before pos with only words between (its unit, a label)."""
    # the last count ending before pos (quantities do not overlap: their ends follow their starts)
    q = next((q for q in reversed(P.qty) if q.end <= pos and not q.num.percent and not q.rate), None)
    if q is None:
        return None
    gap = P.text[q.end:pos]
    if _words(gap) > max_words:
        return None
    nums, i = P.nums, bisect_left(P.starts, q.end)  # the numbers starting in [q.end, pos)
    while i < len(nums) and nums[i].start < pos:
        if nums[i].kind == "qty":
            return None
        i += 1
    if (_CLAUSE_MARK if allow_sentence else _SENTENCE_MARK).search(gap):
        return None
    if any(o < q.start and q.end <= c < pos for o, c in P.pairs):
        return None  # inside a parenthesis that closed before pos
    return q


def _units_agree(total: Quantity, parts: list[Quantity]) -> bool:
    tm = total.measure
    if total.unit_head in TIME_UNITS:
        return False
    for p in parts:
        pm = p.measure
        if pm and pm != tm or tm and pm and pm != tm:
            return False
    return True


def _intro_end(tail: str) -> re.Match[str] | None:
    """_INTRO_END.search(tail), after a substring test for its keywords (the search tries every position)."""
    if not any(k in tail for k in _INTRO_KEYS):
        return None
    return _INTRO_END.search(tail)


def _intro_name(s: str) -> str:
    """'trong d6 c6:' -> 'trong do', 'bao g6m' -> 'bao gom'."""
    f = s.strip(" :").replace("6", "o").replace("0", "o")
    for name in ("trong do", "bao gom", "gom", "cu the", "nhu sau"):
        if f.startswith(name):
            return name
    return f


def _exhaustive(intro: str, items: list[_Item]) -> str:
    if intro in ("gom", "bao gom"):
        return intro
    labels = [it.label for it in items]
    part = _partition_of(labels)
    if part:
        return part
    pcts = [it.pct for it in items]
    if len(pcts) >= 2 and all(pcts):
        s = sum(p.num.value for p in pcts)  # type: ignore[union-attr]
        tol = sum(p.num.readings[0].half for p in pcts) + Decimal("0.0101") * len(pcts)  # type: ignore[union-attr]
        if abs(s - 100) <= tol:
            return "shares"
    return ""


def _listing_claims(P: _Para, total: Quantity, items: list[_Item], shape: str, intro: str) -> list[Claim]:
    parts = [it.part for it in items if it.part is not None]
    shares = [it for it in items if it.part is None and it.pct is not None]
    out: list[Claim] = []
    if parts and shares:
        return out
    if parts:
        if not _units_agree(total, parts):
            return out
        why = _exhaustive(intro, items)
        if len(parts) >= 2 or intro == "trong do":
            out.append(Claim("sum", shape, total, total=total, parts=parts, exhaustive=bool(why), why=why or "partial"))
        for it in items:
            if it.pct is not None and it.part is not None:
                it.pct.claimed = True
                out.append(Claim("percentage", shape, it.pct, pct=it.pct, part=it.part, base=total))
    elif len(shares) >= 2:
        why = _exhaustive(intro, items)
        if why and why != "shares":
            for it in shares:
                it.pct.claimed = True  # type: ignore[union-attr]
            out.append(Claim("shares", "shares", shares[0].pct, parts=[it.pct for it in shares],  # type: ignore[misc]
                             exhaustive=True, why=why))
    return out


def _group_claims(P: _Para) -> list[Claim]:
    """'12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến)' and nested groups."""
    out: list[Claim] = []
    for o, c in P.pairs:
        if not any(o < q.start < c for q in P.qty):
            continue
        total = _total_before(P, o, 8)  # first: it is cheaper than reading the items
        if total is None or total.num.percent:
            continue
        a, intro = o + 1, ""
        m = _INTRO.match(P.folded, a)
        if m and m.start(1) - a <= 1:
            a, intro = m.end(), _intro_name(m.group(1))
        items = _items(P, a, c)
        if not items or all(it.part is None and not it.label for it in items):
            continue
        gap_intro = _INTRO_END.search(P.folded, total.end, o)
        if gap_intro and not intro:
            intro = _intro_name(gap_intro.group())
        out.extend(_listing_claims(P, total, items, "group", intro))
    return out


def _sentence_claims(P: _Para) -> list[Claim]:
    """'143.098 văn bản ..., trong đó có 111.123 văn bản được ký số (tỷ lệ 77,66%)'."""
    out: list[Claim] = []
    # _INTRO's slow search starts at most 5 characters before the first keyword ("bao gom")
    keys = [i for i in map(P.folded.find, _INTRO_KEYS) if i >= 0]
    if not keys:
        return out
    for m in _INTRO.finditer(P.folded, max(0, min(keys) - 5)):
        a = m.end()
        if a >= len(P.text) - 1 or any(o < m.start(1) < c for o, c in P.pairs):
            continue
        if P.text[m.start(1)].isupper():
            continue  # "... . Trong đó": which total of the sentence before is meant is a guess
        total = _total_before(P, m.start(1), 10)
        if total is None:
            continue
        intro = _intro_name(m.group(1))
        # "gồm: a; b; c" lists up to the end of the sentence; "trong đó" only to its clause
        b = P.clause_end(a) if intro == "trong do" else _sentence_end(P, a)
        items = _items_matching(P, a, b, total)
        if items:
            out.extend(_listing_claims(P, total, items, "sentence", intro))
    return out


def _sentence_end(P: _Para, pos: int) -> int:
    m = _SENTENCE_END.search(P.text, pos)
    return m.start() if m else len(P.text)


def _items_matching(P: _Para, a: int, b: int, total: Quantity) -> list[_Item] | None:
    """Items after 'trong đó': each must hold one count in the total's unit (or none)."""
    out = []
    for x, y in _split(P.text, P.folded, a, b, P.pairs):
        counts = [q for q in P.depth0(x, y) if not q.num.percent and not q.rate]
        same = [q for q in counts if total.unit_head and q.unit_head == total.unit_head]
        if len(counts) == 1 and (counts[0].unit_head not in TIME_UNITS or counts[0].unit_head == total.unit_head):
            part = counts[0]
        elif len(same) == 1:
            part = same[0]
        else:
            return None
        pct = _pct_after(P, part, y)
        part.label = _label(P.folded, x, y, P.numbers_in(x, y))
        out.append(_Item(part, pct, part.label))
    return out or None


def _list_claims(paragraphs: list[Paragraph], prepared: dict[int, _Para]) -> list[Claim]:
    """A paragraph ending 'trong đó:' / 'gồm:' and the bullet paragraphs that follow it."""
    out: list[Claim] = []
    for i, P in prepared.items():
        m = _intro_end(P.folded[-40:])
        if not m:
            continue
        at = len(P.folded) - 40 + m.start() if len(P.folded) > 40 else m.start()
        total = _total_before(P, at, 10)
        if total is None or not total.unit_head:
            continue
        own = P.text[:1] if P.text[:1] in "-+–•*" else ""
        items: list[_Item] = []
        complete = True
        for j in range(i + 1, len(paragraphs)):
            head = paragraphs[j].text[:1]
            if head not in "-+–•*" or head == own or j not in prepared:
                break
            Q = prepared[j]
            first = Q.clause_end(0)
            counts = [q for q in Q.depth0(0, first) if not q.num.percent and not q.rate and q.unit_head == total.unit_head]
            if len(counts) != 1:
                complete = False
                continue
            part = counts[0]
            pct = _pct_after(Q, part, first)
            part.label = _label(Q.folded, 0, part.start, Q.numbers_in(0, part.start))
            items.append(_Item(part, pct, part.label))
        if items:
            intro = _intro_name(m.group())
            out.extend(_listing_claims(P, total, items, "list", intro if complete else "trong do"))
    return out


_FRACTION = re.compile(r"(?<![\w.,/])(\d[\d.,]*\d|\d)((?:\s+[^\W\d_]+){0,3})\s*/\s*(\d[\d.,]*\d|\d)(?![\w/]|[.,]\d)")


def _fraction_claims(P: _Para, style: str) -> list[Claim]:
    """'104/112 ấp (tỷ lệ 92,86%)', 'đạt 98,56% (1.367/1.387 học sinh)', 'A tỷ đồng/B tỷ đồng, đạt p%'."""
    out: list[Claim] = []
    # a fraction is only claimed with an unclaimed percentage of the paragraph
    if "/" not in P.text or not any(q.num.percent and not q.claimed for q in P.qty):
        return out
    for m in _FRACTION.finditer(P.text):
        before = P.folded[max(0, m.start() - 12):m.start()]
        if re.search(r"(ngay|thang|nam|so|:)\s*$", before) or re.match(r"\s*/\s*\d", P.text[m.end():]):
            continue
        k = _make(P, m.start(1), m.group(1), style)
        n = _make(P, m.start(3), m.group(3), style)
        if k is None or n is None:
            continue
        k.unit = " ".join(P.folded[m.start(2):m.end(2)].split())
        n_unit, _ = P._unit(n.end)
        n.unit = n_unit
        if k.unit and _measure(k.unit) != _measure(n.unit):
            continue
        pct = None
        end = P.clause_end(m.end())
        for q in P.qty:
            if q.num.percent and m.end() <= q.start < end and not q.claimed:
                lead = P.folded[m.end():q.start]
                if _words(lead) <= 7 and re.search(r"(t[yi]\s+(le|\S{1,3})|dat|chiem|\()\s*$", lead):
                    pct = q
                break
        if pct is None:  # 'đạt 98,56% (1.367/1.387 học sinh)'
            o = P.text.rfind("(", 0, m.start())
            if o >= 0 and not P.text[o + 1:m.start()].strip():
                prev = [q for q in P.qty if q.num.percent and q.end <= o and not q.claimed]
                if prev and not P.text[prev[-1].end:o].strip():
                    pct = prev[-1]
        if pct is not None:
            pct.claimed = True
            out.append(Claim("percentage", "fraction", pct, pct=pct, part=k, base=n))
    return out


def _make(P: _Para, start: int, lit: str, style: str) -> Quantity | None:
    rs = readings(lit, style)
    if not rs:
        return None
    return Quantity(Num(start, start + len(lit), lit, rs), P.para, approx=_approx(P.folded, start), mixed=P.mixed)


def _growth_claims(P: _Para) -> list[Claim]:
    """'đạt 120 tỷ đồng, tăng 20% so với cùng kỳ (100 tỷ đồng)'."""
    out: list[Claim] = []
    for pct in P.qty:
        if not pct.num.percent or pct.claimed:
            continue
        g = _GROWTH.search(P.folded, max(0, pct.start - 8), pct.start)
        if not g or not re.match(r"\s*so voi", P.folded[pct.end:pct.end + 10]):
            continue
        pair = next(((o, c) for o, c in P.pairs if pct.end < o < P.clause_end(pct.end) + 1), None)
        if pair is None or _words(P.text[pct.end:pair[0]]) > 8:
            continue
        inside = [q for q in P.qty_in(pair[0] + 1, pair[1])]
        if len(inside) != 1 or inside[0].num.percent:
            continue
        old = inside[0]
        new = _total_before(P, g.start(1), 6)
        if new is None or new.num.percent or (old.measure or new.measure) and old.measure != new.measure:
            continue
        pct.claimed = True
        out.append(Claim("growth", "growth", pct, pct=pct, part=new, base=old, direction=g.group(1)))
    return out


def _base_claims(P: _Para) -> list[Claim]:
    """'k X (tỷ lệ p%)' of a stated total: 'Tổng ...: N, ký số k văn bản (tỷ lệ p%)', 'trên tổng số N'."""
    out: list[Claim] = []
    for pct in P.qty:
        if not pct.num.percent or pct.claimed:
            continue
        k = next((q for q in reversed(P.qty) if q.end <= pct.start and not q.num.percent), None)
        if k is None or _pct_after(P, k, pct.end + 1) is not pct:
            continue
        base = None
        after = _BASE_AFTER.match(P.folded, _close_after(P, pct.end))
        if after:
            base = next((q for q in P.qty if q.start >= after.end() and not q.num.percent), None)
            if base is not None and P.text[after.end():base.start].strip():
                base = None
        elif not _PLAN_AFTER.match(P.folded, pct.end):
            cs = P.clause_start(k.start)
            before = [q for q in P.qty if cs <= q.start and q.end <= k.start and not q.num.percent]
            if len(before) == 1 and _TOTAL_WORD.search(P.folded, max(cs, before[0].start - 40), before[0].start):
                base = before[0]
        if base is None or base.approx or base.rate:
            continue
        if base.unit_head and k.unit_head and base.unit_head != k.unit_head:
            continue
        pct.claimed = True
        out.append(Claim("percentage", "base", pct, pct=pct, part=k, base=base))
    return out


def _close_after(P: _Para, pos: int) -> int:
    m = re.match(r"\s*\)", P.text[pos:])
    return pos + m.end() if m else pos


_DIGIT = re.compile(r"\d")
# A separator between digits, in every literal that can be style evidence (one pattern per
# separator: a literal first character makes re's scan several times faster).
_SEPARATED = (re.compile(r"\.(?<=[0-9]\.)(?=[0-9])"), re.compile(r",(?<=[0-9],)(?=[0-9])"))
# Every claim shape needs one of these: a parenthesis, a percentage, a fraction, an intro word.
_MAY_CLAIM = re.compile(r"[%(/]|g[oồô6]m|trong\s+[dđ]|c[uụ]\s+th[eể]|nh[uư]\s+sau", re.IGNORECASE)


# _MAY_CLAIM's words, read in the text in lower case: lower() maps every character the
# pattern matches ignoring case to the very letter it matches (but "ſ", matched by "s"),
# and no other character to one; whitespace stays whitespace. A scan of the text by that
# case-blind alternation is slow: C substring tests, then patterns with a literal start,
# give the same answer (tests/test_speed_equivalences.py).
_MAY_CLAIM_GOM = ("gom", "gồm", "gôm", "g6m")
_MAY_CLAIM_LOW = tuple((key, re.compile(key + rest)) for key, rest in (
    ("trong", r"\s+[dđ]"), ("cu", r"\s+th[eể]"), ("cụ", r"\s+th[eể]"), ("nhu", r"\s+[sſ]au"), ("như", r"\s+[sſ]au")))


def _may_claim(text: str) -> bool:
    """`_MAY_CLAIM.search(text) is not None`, faster."""
    if "%" in text or "(" in text or "/" in text:
        return True
    low = text.lower()
    return (any(k in low for k in _MAY_CLAIM_GOM)
            or any(k in low and p.search(low) is not None for k, p in _MAY_CLAIM_LOW))


def _folded(p: Paragraph) -> str:
    """The paragraph's fold (shared with other rules) when it keeps offsets, as it nearly always does."""
    f = p.folded
    return f if len(f) == len(p.text) else fold_same_length(p.text)


def extract(paragraphs: list[Paragraph], style: str | None = None, skips: list[int] | None = None) -> list[Claim]:
    """Every claim of these paragraphs (in reading order)."""
    skips = skips or [0] * len(paragraphs)
    idx = [i for i, p in enumerate(paragraphs) if _DIGIT.search(p.text, skips[i]) and _may_claim(p.text)]
    # the bullet lines after a paragraph ending "trong đó:" / "gồm:" are read with it
    wanted = set(idx)
    for i in idx:
        if _intro_end(fold_same_length(paragraphs[i].text[-40:])):
            j = i + 1
            while j < len(paragraphs) and paragraphs[j].text[:1] in "-+–•*":
                wanted.add(j)
                j += 1
    order = sorted(wanted)
    # Only paragraphs that can hold a claim, or be a bullet of a listing, are prepared; the
    # others only count as style evidence, and most of them have no literal that could be.
    pairs = {i: _pairs(paragraphs[i].text) for i in order}
    full = {i for i in order if _can_claim(paragraphs[i], pairs[i])}
    for i in sorted(full):  # with the bullet lines _list_claims may read after it
        if _intro_end(_folded(paragraphs[i])[-40:]):
            j = i + 1
            while j in wanted and paragraphs[j].text[:1] in "-+–•*":
                full.add(j)
                j += 1
    folded = {i: _folded(paragraphs[i]) for i in full}

    def build(st: str) -> dict[int, _Para]:
        return {i: _Para(paragraphs[i], st, skips[i], folded[i], pairs[i]) for i in sorted(full)}

    paras = build(style or VI)
    vi, en = _evidence([P.nums for P in paras.values()] +
                       [_evidence_nums(paragraphs[i], skips[i]) for i in order if i not in paras])
    if style is None and en > vi:  # an English-style report: read ambiguous literals its way
        paras = build(EN)
    if vi and en:  # mixed styles: an ambiguous literal may be read either way
        for P in paras.values():
            P.mixed = True
            for q in P.qty:
                q.mixed = True
    out: list[Claim] = []
    out.extend(_list_claims(paragraphs, paras))
    for i in idx:
        P = paras.get(i)
        if P is None or not P.qty:
            continue
        out.extend(_group_claims(P))
        out.extend(_sentence_claims(P))
        out.extend(_fraction_claims(P, P.style))
        out.extend(_growth_claims(P))
        out.extend(_base_claims(P))
    return _dedupe(out)


def _can_claim(p: Paragraph, pairs: list[tuple[int, int]]) -> bool:
    """Whether an extractor can find a claim in this paragraph (a necessary condition).

    Percentages, fractions, growth and base claims need a "%". Sentence claims need an _INTRO
    match, list claims an _INTRO_END one, and a group a parenthesis with a number inside; all
    three need a total just before (see _total_before and _number_before).
    """
    text = p.text
    if "%" in text:
        return True
    if any(_DIGIT.search(text, o + 1, c) and _number_before(text, o, 8) for o, c in pairs):
        return True
    folded = _folded(p)
    if not any(k in folded for k in _INTRO_KEYS):
        return False
    if any(_number_before(text, s, 10) for s in _intro_starts(folded)):
        return True
    m = _intro_end(folded[-40:])
    return m is not None and _number_before(text, len(folded) - 40 + m.start() if len(folded) > 40 else m.start(), 10)


def _intro_starts(folded: str) -> Iterator[int]:
    """Where the keyword of an _INTRO match can start (a superset of its group 1 starts).

    Found from the keywords' occurrences (fast C searches) rather than by _INTRO's scan.
    """
    for key in _INTRO_KEYS:
        i = folded.find(key)
        while i >= 0:
            for s in (i, i - 4) if key in ("gom", "g6m") else (i,):  # (i - 4: "bao gom")
                if s >= 0 and (s == 0 or _INTRO_LEAD.match(folded, s - 1)) and _INTRO_WORD.match(folded, s):
                    yield s
            i = folded.find(key, i + 1)


def _number_before(text: str, pos: int, max_words: int) -> bool:
    """Whether `_total_before(P, pos, max_words)` can find a total: a digit before pos in its
    clause with at most max_words words after it (they are part of the total's gap)."""
    clause = _clause_start(text, pos)
    last = max(text.rfind(d, clause, pos) for d in "0123456789")
    return last >= 0 and len(text[last + 1:pos].split()) <= max_words


def _clause_start(text: str, pos: int) -> int:
    """Just after the last _SENTENCE_MARK match in text[:pos] (0 if none), by C searches backwards."""
    mark = max(text.rfind(c, 0, pos) for c in ";:!?")
    dot = text.rfind(".", mark + 1, pos)
    while dot >= 0 and dot + 1 < pos and text[dot + 1].isdecimal():  # "3.5" is no sentence end
        dot = text.rfind(".", mark + 1, dot)
    return max(mark, dot) + 1


def _evidence_nums(p: Paragraph, skip: int) -> list[Num]:
    """The numbers of a paragraph `_evidence` needs: none when no literal can be style evidence."""
    text = p.text
    seps = [m.start() for m in (sep.search(text, skip) for sep in _SEPARATED) if m]
    if not seps:
        return []
    # literals before the one holding the first separator have none: start the scan there
    # (text[a - 1] is no literal character, so no literal runs across a)
    a = min(seps) - 1
    while a > 0 and text[a - 1] in "0123456789.,":
        a -= 1
    if not any(m.start() >= skip and len(m.group()) > 3 and style_evidence(m.group()) for m in LITERAL.finditer(text, a)):
        return []
    return [n for n in scan(text, VI, _folded(p)) if n.start >= skip]  # kinds do not depend on the style


def _evidence(paras: list[list[Num]]) -> tuple[int, int]:
    """Quantities that can only be Vietnamese style, and only English style."""
    vi = en = 0
    for nums in paras:
        for n in nums:
            if len(n.raw) > 3 and n.kind == "qty":  # (n.is_quantity)
                ev = style_evidence(n.raw)
                vi += ev == VI
                en += ev == EN
    return vi, en


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (c.kind, id(c.anchor.para), c.anchor.start, tuple(p.start for p in c.parts),
               c.part.start if c.part else None, c.base.start if c.base else None)
        if c.kind == "percentage":
            key = (c.kind, id(c.anchor.para), c.anchor.start)
        if key not in seen:
            seen.add(key)
            out.append(c)
    out.sort(key=lambda c: (c.para.lineno, c.anchor.start))
    return out


# --- verdicts --------------------------------------------------------------------------


# Interval ends are compared exactly, as rationals: (numerator, denominator > 0) pairs of
# ints. Fraction objects did the same at ~2 µs an operation, most of the verdicts' time.
Rat = tuple[int, int]


@lru_cache(maxsize=4096)
def _iv(r: Reading) -> tuple[Rat, Rat]:
    """The interval of a reading as rationals (cached: a report's readings recur, as `readings` does)."""
    lo, hi = r.interval()
    return lo.as_integer_ratio(), hi.as_integer_ratio()


def _rsum(xs: Iterable[Rat]) -> Rat:
    n, d = 0, 1
    for a, b in xs:
        n, d = n * b + a * d, d * b
    return n, d


def _lt(x: Rat, y: Rat) -> bool:
    return x[0] * y[1] < y[0] * x[1]


def _rat(f: Fraction) -> Rat:
    return f.numerator, f.denominator


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


@lru_cache(maxsize=4096)
def _fmt(r: Reading) -> str:
    """A reading written Vietnamese style (cached, as _iv)."""
    return format_vi(r.value, r.decimals)


def _approx_fmt(x: Rat, decimals: int) -> str:
    """'15,662…' : one digit more than the report shows, '…' when it is not exact."""
    d = decimals + 1
    n, m = x[0] * 10 ** d, x[1]
    whole = n // m if n >= 0 else -(-n // m)  # truncated, as int(Fraction)
    exact = n % m == 0
    s = format_vi(Decimal(whole).scaleb(-d), d)
    if exact:
        s = format_vi(Decimal(whole).scaleb(-d).normalize(), None) if whole else "0"
        return s
    return s + "…"


def _round(x: Rat, decimals: int) -> Decimal:
    g = gcd(*x)  # in lowest terms, as a Fraction
    num = Decimal(x[0] // g) / Decimal(x[1] // g)
    return num.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def evaluate(c: Claim) -> Verdict:
    """The claim's recomputation and whether the report's numbers agree with it."""
    if c.kind == "sum":
        return _sum_verdict(c)
    if c.kind == "shares":
        return _shares_verdict(c)
    return _pct_verdict(c)


def _sum_verdict(c: Claim) -> Verdict:
    qs = [c.total] + c.parts  # type: ignore[operator]
    verdicts = []
    for rs in _combos(qs):
        t, ps = rs[0], rs[1:]
        tlo, thi = _iv(t)
        ivs = [_iv(p) for p in ps]
        slo = _rsum(lo for lo, _ in ivs)
        shi = _rsum(hi for _, hi in ivs)
        d = max(p.decimals for p in ps)
        s = sum((p.value for p in ps), Decimal(0))
        comp = " + ".join(_fmt(p) for p in ps) + (f" = {format_vi(s, d)}" if len(ps) > 1 else "")
        reported = _fmt(t)
        if c.exhaustive and (_lt(shi, tlo) or _lt(thi, slo)):
            status = "sum-mismatch"
            ev = f"{comp}, báo cáo ghi {reported}"
            sug = format_vi(s, max(d, t.decimals)) if t.decimals <= d else None
        elif _lt(thi, slo):
            status = "parts-exceed-total"
            ev = f"{comp} > {reported} (tổng báo cáo ghi)"
            sug = None
        else:
            status, ev, sug = "ok", f"{comp}{' = ' if c.exhaustive else ' ≤ '}{reported}", None
        verdicts.append(Verdict(status, comp, ev, sug))
        if status == "ok":
            break
    v = verdicts[-1] if verdicts[-1].ok else verdicts[0]
    if any(q.approx for q in qs):
        return Verdict("skipped", v.computation, v.evidence, None, "approximate number")
    if not c.exhaustive and v.ok:
        v.note = "partial listing"
    return v


def _shares_verdict(c: Claim) -> Verdict:
    ps = [q.num.readings[0] for q in c.parts]
    s = sum((p.value for p in ps), Decimal(0))
    d = max(p.decimals for p in ps)
    comp = " + ".join(_fmt(p) + "%" for p in ps) + f" = {format_vi(s, d)}%"
    # each share may be rounded: the true shares add to 100 within the sum of half-units
    tol = sum((p.half if p.decimals else Decimal("0.5") for p in ps), Decimal(0))
    if abs(s - 100) > tol:
        return Verdict("shares-sum", comp, f"{comp}, phải bằng 100%", None)
    return Verdict("ok", comp, f"{comp} ≈ 100%")


def _pct_verdict(c: Claim) -> Verdict:
    qs = [c.part, c.base]  # type: ignore[list-item]
    p = c.pct.num.readings[0]  # type: ignore[union-attr]
    plo, phi = _iv(p)
    pv = p.value.as_integer_ratio()
    unit = Decimal(1) / Decimal(10 ** p.decimals)
    verdicts = []
    for rs in _combos(qs, ratio=True):  # type: ignore[arg-type]
        k, n = rs
        klo, khi = _iv(k)
        nlo, nhi = _iv(n)
        if nlo[0] <= 0:
            return Verdict("skipped", f"{_fmt(k)} / {_fmt(n)}", note="base is zero")
        if c.kind == "growth":  # rare: plain Fractions
            sign = 1 if c.direction == "tang" else -1
            fklo, fkhi, fnlo, fnhi = (Fraction(*x) for x in (klo, khi, nlo, nhi))
            flo, fhi = sorted((Fraction(100) * sign * (fklo - fnhi) / fnhi, Fraction(100) * sign * (fkhi - fnlo) / fnlo))
            lo, hi = _rat(flo), _rat(fhi)
            mid = _rat(Fraction(100) * sign * (Fraction(k.value) - Fraction(n.value)) / Fraction(n.value))
            comp = f"({_fmt(k)} − {_fmt(n)}) / {_fmt(n)}" if sign > 0 else f"({_fmt(n)} − {_fmt(k)}) / {_fmt(n)}"
        else:  # 100·k/n, its least 100·klo/nhi and its most 100·khi/nlo (n > 0)
            lo, hi = (100 * klo[0] * nhi[1], klo[1] * nhi[0]), (100 * khi[0] * nlo[1], khi[1] * nlo[0])
            kv, nv = k.value.as_integer_ratio(), n.value.as_integer_ratio()
            mid = (100 * kv[0] * nv[1], kv[1] * nv[0])
            comp = f"{_fmt(k)} / {_fmt(n)}"
        r = _round(mid, p.decimals)
        shown = format_vi(r, p.decimals)
        comp = f"{comp} = {_approx_fmt(mid, p.decimals)}% → {shown}%"
        approx = c.pct.approx  # type: ignore[union-attr]
        if approx in _LOWER_BOUND:  # "hơn 98%": more than 98
            bad = _lt(hi, pv)
        elif approx == "gan":  # "gần 99%": nearly, so at most 99 as shown
            bad = _lt(phi, lo)
        elif approx in _UPPER_BOUND:  # "dưới 10%": less than 10
            bad = _lt(pv, lo)
        else:
            bad = _lt(hi, plo) or _lt(phi, lo)
        if not bad:
            status = "ok"
        elif abs(r - p.value) <= unit:
            status = "rounding"
        else:
            status = "mismatch"
        ev = f"{comp}, báo cáo ghi {_fmt(p)}%"
        verdicts.append(Verdict(status, comp, ev, f"{shown}%" if status != "ok" and r != p.value else None))
        if status == "ok":
            break
    v = verdicts[-1] if verdicts[-1].ok else verdicts[0]
    if c.pct.approx and c.pct.approx not in _LOWER_BOUND | _UPPER_BOUND or c.part.approx or c.base.approx:  # type: ignore[union-attr]
        return Verdict("skipped", v.computation, v.evidence, None, "approximate number")
    if c.pct.approx:  # type: ignore[union-attr]
        v.note = f"one-sided ({c.pct.approx})"  # type: ignore[union-attr]
    return v


# --- per outline -----------------------------------------------------------------------


def analyse(outline) -> list[tuple[Claim, Verdict]]:
    """Claims of an outline's running text with their verdicts, computed once per outline."""
    return outline.derive("claims", lambda: _analyse(outline))


def _analyse(outline) -> list[tuple[Claim, Verdict]]:
    paras = outline.body_paragraphs()
    return [(c, evaluate(c)) for c in extract(paras, None, [_skip(p.text) for p in paras])]


def _skip(text: str) -> int:
    """Where the paragraph's numbering ("1.", "2.1", "a)") ends: its numbers are no claim's.

    Only a numeral or a small letter (or "¢", OCR's "c") starts one other than a bullet:
    a paragraph starting otherwise, a bullet line ("- Ban hành ...") most often, need not
    be classified (most of those are joined lines, which the marker cache has not seen).
    """
    c = text[:1]
    if not (c in "IVX1l" or c.isdigit() or c.islower() or c == "¢"):
        return 0
    m = marker(text)
    return m.end if m and m.kind != "BULLET" else 0
