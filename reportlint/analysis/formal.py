"""Parsing of the formal parts of a report, shared by the header, signatory, recipients
and period checks (Nghị định 30/2020/NĐ-CP, Phụ lục I).

- `header(outline)`: the header lines split into their columns (a PDF/OCR text puts
  "UBND TỈNH TRÀ VINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line), classified as
  issuing body, quốc hiệu, tiêu ngữ, "Số: N/CODE-BODY" and "Place, ngày DD tháng MM năm YYYY".
- `signature(outline)`: the signature block as prefix (TM. KT. TL. TUQ. Q.), title or body,
  and the signer's name, read through OCR damage ("KT.GIAM DPOC").
- `periods(text)`: reporting periods written in a title, heading or sentence ("tháng
  10/2020", "quý III/2022", "9 tháng đầu năm 2021", "năm 2021").
- `closing_targets(text)`: the bodies a closing sentence reports to.

Every match is done on `fold()`ed text (lower case, no diacritics), which keeps the
length of NFC Vietnamese text, so spans found there are spans of the original.
Pieces of a header line are `Paragraph`s of one `Line.slice`, so findings on them point
at the original columns.
"""

from __future__ import annotations

import datetime
import difflib
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlint.model.document import Paragraph
from reportlint.analysis.outline import Outline, is_caps_line
from reportlint.text.letters import fold

# --- data ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    """rules/formal.yaml, loaded once."""
    from reportlint._resources import rules_dir
    from reportlint.cache import shipped_yaml

    return shipped_yaml(rules_dir() / "formal.yaml")


_OLD_TONES = (("UỶ", "ỦY"), ("UÝ", "ÚY"), ("UỲ", "ÙY"), ("UỸ", "ŨY"), ("UỴ", "ỤY"), ("OÀ", "ÒA"),
              ("OÁ", "ÓA"), ("OẢ", "ỎA"), ("OÃ", "ÕA"), ("OẠ", "ỌA"), ("OÈ", "ÒE"), ("OÉ", "ÓE"))

_OLD_TONE_MAP = dict(_OLD_TONES)
# Only at the end of a syllable: "HOÀ" is "HÒA", but "HOẠCH" keeps its tone where it is.
_OLD_TONE_RX = re.compile("(?:" + "|".join(o for o, _ in _OLD_TONES) + r")(?![^\W\d_])")


def _new_tone(m: re.Match) -> str:
    return _OLD_TONE_MAP[m.group()]


def canon(s: str) -> str:
    """Upper case, one tone-placement style (UỶ -> ỦY, HOÀ -> HÒA), single spaces."""
    s = _OLD_TONE_RX.sub(_new_tone, s.upper())
    return " ".join(s.replace(".", ". ").split()).replace(" .", ".")


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """Derived lookup tables (canonical forms, longest first where prefixes matter)."""
    d = data()
    deputies = {canon(k): canon(v) for k, v in d["deputies"].items()}
    heads_of = {v: k for k, v in deputies.items()}
    titles = sorted(set(deputies) | set(deputies.values()), key=len, reverse=True)
    codes = {canon(k): v for k, v in d["type_codes"].items()}
    return {
        "deputies": deputies,
        "heads_of": heads_of,
        "titles": titles,
        "titles_fold": [(fold(t), t) for t in titles],
        "codes": codes,
        "codes_fold": {fold(k): k for k in codes},
        "code_values": set(codes.values()),
        "collective": sorted((canon(b) for b in d["collective_bodies"]), key=len, reverse=True),
        "single": sorted((canon(b) for b in d["single_head_bodies"]), key=len, reverse=True),
        "body_heads": sorted(((canon(k), [canon(h) for h in v]) for k, v in d["body_heads"].items()),
                             key=lambda kv: len(kv[0]), reverse=True),
        "academic": sorted(d["academic_titles"], key=len, reverse=True),
        "academic_bodies": [canon(b) for b in d["academic_bodies"]],
        "abbrev": sorted(((fold(k), fold(v)) for k, v in d["abbreviations"].items()),
                         key=lambda kv: len(kv[0]), reverse=True),
    }


def starts_with(text: str, options: list[str]) -> str | None:
    """The first (longest) option `text` equals or starts with as whole words."""
    for o in options:
        if text == o or text.startswith(o + " "):
            return o
    return None


_FUZZY_MIN, _FUZZY_MARGIN = 0.84, 0.05


def fuzzy_title(text: str) -> str | None:
    """A title read through OCR damage ("GIAM DPOC" -> GIÁM ĐỐC); None if unsure.

    The best ratio must reach _FUZZY_MIN and beat the second best by _FUZZY_MARGIN, so a
    title whose ratio cannot reach _FUZZY_MIN - _FUZZY_MARGIN changes neither: its cheap
    upper bound (quick_ratio) spares the full comparison of most of the 54 titles.
    """
    f = " ".join(fold(text).replace(".", " ").split())
    floor = _FUZZY_MIN - _FUZZY_MARGIN
    best, best_r, second = None, 0.0, 0.0
    for ft, t, m in _title_matchers():
        r = 0.0
        for a in (f, f[:len(ft) + 1]) if len(f) > len(ft) else (f,):
            m.set_seq1(a)
            if m.real_quick_ratio() >= floor and m.quick_ratio() >= floor:
                r = max(r, m.ratio())
        if r > best_r:
            best, best_r, second = t, r, best_r
        elif r > second:
            second = r
    return best if best_r >= _FUZZY_MIN and best_r - second >= _FUZZY_MARGIN else None


_MATCHERS = threading.local()


def _title_matchers() -> list[tuple[str, str, difflib.SequenceMatcher]]:
    """(folded title, title, a matcher holding it as its second sequence) for each title.

    A matcher indexes its second sequence once; only the first changes from one line to
    the next. One list per thread, as set_seq1 changes the matcher.
    """
    ms = getattr(_MATCHERS, "list", None)
    if ms is None:
        ms = _MATCHERS.list = [(ft, t, difflib.SequenceMatcher(None, "", ft)) for ft, t in tables()["titles_fold"]]
    return ms


def match_title(text: str, ocr: bool) -> tuple[str | None, bool]:
    """(canonical title, read fuzzily?) of a signature line's text."""
    c = canon(text)
    t = starts_with(c, tables()["titles"])
    if t:
        return t, False
    if ocr or not any(ch.islower() for ch in text):
        f = " ".join(fold(text).replace(".", " ").split())
        for ft, t in tables()["titles_fold"]:
            if f == ft or f.startswith(ft + " "):
                return (t, not ocr) if ft != "thu truong" else (None, False)  # THỨ/THỦ TRƯỞNG fold alike
        t = fuzzy_title(text)
        if t:
            return t, True
    return None, False


def body_type(text: str) -> str | None:
    """The kind of body a header line names ("SỞ", "ỦY BAN NHÂN DÂN", "PHÒNG" ...)."""
    c = canon(text)
    for k, _ in tables()["body_heads"]:
        if c == k or c.startswith(k + " "):
            return k
    f = fold(c)
    for k, _ in tables()["body_heads"]:
        fk = fold(k)
        if (f == fk or f.startswith(fk + " ")) and fk not in ("so", "bo", "vu"):  # fold makes SỐ/SỞ alike
            return k
    if re.match(r"s[o0]\s+(?!\d)", f) and not re.match(r"s\w?\s*[:;]", f):
        return "SỞ"
    return None


def heads_of_body(kind: str) -> list[str]:
    return next((h for k, h in tables()["body_heads"] if k == kind), [])


# --- header ----------------------------------------------------------------------------

_NATIONAL = re.compile(r"c[o0]ng\s*h[o0]a\b|\bx[a-z]\s+h[o0][a-z]{1,2}\s+ch[a-z]\s+ngh[il1]a\b")
_MOTTO = re.compile(r"\bd[o0]c\s*[l1i][a-z4]?p\b|\bh[a-z4]nh\s+ph[a-z]c\b")
_NATIONAL_CUT = re.compile(r"c[o0]ng\s*h[o0]a\b")  # where a right column starts
_MOTTO_CUT = re.compile(r"\bd[o0]c\s*[l1i][a-z4]?p\b")
_NUMBER = re.compile(r"s[o0-9a-z]?\s*[:;]|so\s+\d+\s*/")
_DATE_WORDS = re.compile(r",?\s*ng[a-z]?y\b.{0,12}\bth[aeid]ng\b.{0,12}\bn[a-z4]{1,2}m\b")
_DATE_NUMERIC = re.compile(r",\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*$")
_GAP = re.compile(r"\S(\s{3,}|\t+)\S")


@dataclass
class NumberField:
    para: Paragraph
    label: tuple[int, int]  # "Số:" span
    number: str  # "1768", "" when left blank in a draft
    number_span: tuple[int, int]
    code: str  # "BC-STTTT-VP"
    code_span: tuple[int, int]
    slash: bool


@dataclass
class PlaceDate:
    para: Paragraph
    place: str
    place_span: tuple[int, int]
    comma: bool
    day: str
    month: str
    year: str
    day_span: tuple[int, int]
    month_span: tuple[int, int]
    numeric: bool = False  # "Trà Vinh, 14/9/2021"

    @property
    def date(self) -> datetime.date | None:
        try:
            return datetime.date(int(self.year), int(self.month), int(self.day))
        except ValueError:
            return None


@dataclass
class Header:
    pieces: list[Paragraph] = field(default_factory=list)
    bodies: list[Paragraph] = field(default_factory=list)
    national: Paragraph | None = None
    motto: Paragraph | None = None
    number: NumberField | None = None
    date: PlaceDate | None = None
    number_line: Paragraph | None = None
    date_line: Paragraph | None = None

    @property
    def issuing_kind(self) -> str | None:
        """The kind of the lowest body line that names one ("SỞ" under "UBND TỈNH ...")."""
        for p in reversed(self.bodies):
            k = body_type(p.text)
            if k:
                return k
        return None


def _piece(p: Paragraph, i: int, a: int, b: int) -> Paragraph:
    line = p.lines[i]
    return Paragraph([line.slice(a, b)])


def _place_start(text: str, comma: int) -> int:
    """Where the place name before ", ngày" starts (walking back over its words)."""
    pos = comma
    words = 0
    for m in reversed(list(re.finditer(r"\S+", text[:comma]))):
        w = m.group()
        if not re.fullmatch(r"[^\W\d_]+\.?", w) or (w.isupper() and len(w) > 1 and w.rstrip(".") != "TP") or words >= 5:
            break
        if text[m.end():pos].count(" ") >= 3:  # a wide gap separates the columns
            break
        pos, words = m.start(), words + 1
    while pos < comma and text[pos].islower():  # "thành phố" never starts a place line
        nxt = text.find(" ", pos)
        if nxt < 0 or nxt >= comma:
            break
        pos = nxt + 1
    return pos


def split_columns(text: str) -> list[tuple[int, int]]:
    """Column spans of a header line: the right column starts at the quốc hiệu, the
    tiêu ngữ or the place before ", ngày"; else at a wide gap between two caps runs."""
    f = fold(text)
    if len(f) != len(text):
        return [(0, len(text))]
    lead = len(text) - len(text.lstrip())
    cut = None
    for rx in (_NATIONAL_CUT, _MOTTO_CUT):
        m = rx.search(f, lead + 1)
        if m and m.start() > lead + 2:
            cut = m.start()
            break
    if cut is None:
        m = _DATE_WORDS.search(f) or _DATE_NUMERIC.search(f)
        if m:
            start = _place_start(text, m.start())
            if start > lead + 2 and text[:start].strip():
                cut = start
    if cut is None:
        m = _GAP.search(text)
        if m and is_caps_line(text[:m.start(1)]) and is_caps_line(text[m.end(1):]):
            cut = m.end(1)
    if cut is None:
        return [(0, len(text))]
    return [(0, cut), (cut, len(text))]


def _parse_number(p: Paragraph) -> NumberField | None:
    f = p.folded
    # "Số: 12/2021/QĐ-UBND": a normative document carries its year between number and code
    m = re.match(r"\s*(s[o0-9a-z]?)\s*([:;]?)\s*(\d*)\s*(/?)\s*(?:\d{4}\s*/\s*)?(\S*(?:\s+-\s*\S+)*)", f)
    if not m or not (m.group(2) or m.group(3)):
        return None
    code = p.text[m.start(5):m.end(5)].strip()
    return NumberField(p, (m.start(1), m.end(2)), m.group(3), (m.start(3), m.end(3)), code,
                       (m.start(5), m.start(5) + len(code)), bool(m.group(4)))


_DATE_RX = re.compile(r"(?P<place>[^,]*?)(?P<comma>,?)\s*(?P<ngay>ng[a-z]?y)\s+(?P<d>\d{1,2})\s+th[aeid]ng\s+"
                      r"(?P<m>\d{1,2})\s+n[a-z4]{1,2}m\s+(?P<y>\d{4})")
_DATE_NUM_RX = re.compile(r"(?P<place>[^,]*?)(?P<comma>,)\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s*$")


def _parse_date(p: Paragraph) -> PlaceDate | None:
    f = p.folded
    m = _DATE_RX.search(f)
    numeric = False
    if not m:
        m = _DATE_NUM_RX.match(f)
        numeric = True
        if not m:
            return None
    place = p.text[m.start("place"):m.end("place")].strip()
    ps = m.start("place") + (len(m.group("place")) - len(m.group("place").lstrip()))
    return PlaceDate(p, place, (ps, ps + len(place)), bool(m.group("comma")), m.group("d"), m.group("m"),
                     m.group("y"), m.span("d"), m.span("m"), numeric)


def header(outline: Outline) -> Header:
    """The header of `outline`, parsed once per outline (shared by every rule)."""
    return outline.derive("formal.header", lambda: _build_header(outline))


def _header_paragraphs(outline: Outline) -> list[Paragraph]:
    paras = list(outline.header)
    if outline.title is None:  # a công văn: quốc hiệu, số and date may sit in the preamble
        for p in outline.preamble[:6]:
            f = p.folded
            if f.startswith("v/v"):  # the công văn's subject sits under its number
                continue
            if _MOTTO.search(f) or _NATIONAL.search(f) or _DATE_WORDS.search(f) or re.match(r"s\w?\s*:", f):
                paras.append(p)
            else:
                break
    return paras


def _build_header(outline: Outline) -> Header:
    h = Header()
    for p in _header_paragraphs(outline):
        for i, line in enumerate(p.lines):
            for a, b in split_columns(line.text):
                piece = _piece(p, i, a, b)
                if piece.text.strip():
                    h.pieces.append(piece)
    for piece in h.pieces:
        f = fold(piece.text)
        if h.national is None and _NATIONAL.search(f):
            h.national = piece
        elif h.motto is None and _MOTTO.search(f):
            h.motto = piece
        elif h.number is None and _NUMBER.match(f.lstrip()) and "ngay" not in f:
            h.number_line = piece
            h.number = _parse_number(piece)
        elif h.date_line is None and (_DATE_WORDS.search(f) or _DATE_NUMERIC.search(f)):
            h.date_line = piece
            h.date = _parse_date(piece)
        elif is_caps_line(piece.text) and not f.startswith("v/v") and re.search(r"[^\W\d_]{2}", piece.text):
            h.bodies.append(piece)
    return h


# --- signature -------------------------------------------------------------------------

_PREFIX = re.compile(r"\s*(tm|kt|tl|tuq|q)\s*\.\s*")


@dataclass
class SignLine:
    para: Paragraph
    prefix: str  # "TM" "KT" "TL" "TUQ" "Q" or ""
    rest_start: int  # offset in para.text after the prefix
    rest: str  # canonical text after the prefix
    title: str | None = None  # a known title this line starts with
    body: str | None = None  # a collective or single-head body it names
    fuzzy: bool = False  # the title was read through OCR damage
    kind: str = "other"  # prefixed, title, body, name, note, other

    @property
    def deputy(self) -> bool:
        return bool(self.title) and self.title in tables()["heads_of"]


_NAME_WORD = re.compile(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\.?$")


def is_name(text: str) -> bool:
    """'Nguyễn Văn Chuẩn', 'TS. Lê Văn A': 2-6 capitalised words, not all capitals."""
    t = strip_academic(text)[1].strip()
    ws = t.split()
    return 2 <= len(ws) <= 6 and all(_NAME_WORD.match(w) for w in ws) and not is_caps_line(t)


def strip_academic(text: str) -> tuple[str, str]:
    """(academic title, rest) of a name line: ('TS.', 'Nguyễn Văn A')."""
    s = text.strip()
    for a in tables()["academic"]:
        if s.startswith(a) and (a.endswith(".") or s[len(a):len(a) + 1] == " "):
            rest = s[len(a):].lstrip()
            if rest[:1].isupper():
                return a, rest
    return "", s


def signature(outline: Outline) -> list[SignLine]:
    """The signature block, one SignLine per line (parsed once per outline)."""
    return outline.derive("formal.signature", lambda: _signature(outline))


def _signature(outline: Outline) -> list[SignLine]:
    ocr = outline.unaccented
    out: list[SignLine] = []
    for p in outline.signature:
        t = p.text
        if not t.strip():
            continue
        if t.strip().startswith("("):
            out.append(SignLine(p, "", 0, canon(t), kind="note"))
            continue
        m = _PREFIX.match(fold(t))
        prefix, start = (m.group(1).upper(), m.end()) if m else ("", len(t) - len(t.lstrip()))
        rest = t[start:]
        sl = SignLine(p, prefix, start, canon(rest))
        sl.title, sl.fuzzy = match_title(rest, ocr)
        if sl.title is None or sl.fuzzy:  # "BỘ TRƯỞNG" is a title before it is a body
            sl.body = _body_of(sl.rest)
            if sl.body:
                sl.title, sl.fuzzy = None, False
        if prefix:
            sl.kind = "prefixed"
        elif sl.title:
            sl.kind = "title"
        elif sl.body:
            sl.kind = "body"
        elif is_name(rest):
            sl.kind = "name"
        out.append(sl)
    return out


def _body_of(c: str) -> str | None:
    t = tables()
    return starts_with(c, t["collective"]) or starts_with(c, t["single"])


def is_collective(body: str | None) -> bool:
    return bool(body) and body in tables()["collective"]


# --- periods ---------------------------------------------------------------------------

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NAM = r"n[a-z4]{1,2}m"
_PERIOD = re.compile(
    rf"\b(?P<n>\d{{1,2}})\s+th[aeid]ng\s+(?:(?P<dir>[dp][a-z]{{1,2}}u|cu[a-z]{{1,2}}i)\s+)?{_NAM}(?:\s+(?P<ny>\d{{4}}))?\b"
    rf"|\bquy\s+(?P<q>iv|iii|ii|i|[1-4])\b(?:\s*/\s*(?P<qy>\d{{4}})|\s+{_NAM}\s+(?P<qy2>\d{{4}}))?"
    rf"|\bth[aeid]ng\s+(?P<m>\d{{1,2}})(?:\s*/\s*(?P<my>\d{{4}})|\s+{_NAM}\s+(?P<my2>\d{{4}}))?\b(?!\s*/\s*\d)"
    rf"|\b{_NAM}\s+(?P<y>\d{{4}})\b(?!\s*[-–]\s*\d)"
)
_DATE_BEFORE = re.compile(r"(?:ng[a-z]?y\s+)?\d{1,2}\s*$")
_PLAN_WORD = re.compile(r"\b(?:ke\s+hoach|phuong\s+huong|nhiem\s+vu|du\s+kien)\b")
_NOT_PLAN = re.compile(r"(?:thuc\s+hien|ket\s+qua|danh\s+gia)\s+(?:\S+\s+){0,2}$")


@dataclass(frozen=True)
class Period:
    kind: str  # month, quarter, months (n tháng đầu/cuối năm), year
    year: int | None
    first: int  # first month
    last: int  # last month
    start: int  # span in the text it was found in
    end: int
    text: str

    def same(self, other: "Period") -> bool:
        years = self.year is None or other.year is None or self.year == other.year
        return self.kind == other.kind and self.first == other.first and self.last == other.last and years

    def bounds(self) -> tuple[datetime.date, datetime.date] | None:
        if self.year is None:
            return None
        first = datetime.date(self.year, self.first, 1)
        nxt = datetime.date(self.year + (self.last == 12), self.last % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1)

    def show(self) -> str:
        y = f"/{self.year}" if self.year else ""
        if self.kind == "month":
            return f"tháng {self.first}{y}"
        if self.kind == "quarter":
            return f"quý {['I', 'II', 'III', 'IV'][self.last // 3 - 1]}{y}"
        if self.kind == "months":
            n = self.last - self.first + 1
            where = "đầu" if self.first == 1 else "cuối"
            return f"{n} tháng {where} năm" + (f" {self.year}" if self.year else "")
        return f"năm {self.year}"


def periods(text: str) -> list[Period]:
    """Reporting periods written in `text`, years filled in from the periods around them."""
    f = fold(text)
    found: list[Period] = []
    for m in _PERIOD.finditer(f):
        p = _period(m, f)
        if p:
            found.append(p)
    return _fill_years(found)


def _period(m: re.Match, f: str) -> Period | None:
    g = m.groupdict()
    span = (m.start(), m.end())
    if g["n"]:
        n = int(g["n"])
        if not 1 <= n <= 12:
            return None
        y = int(g["ny"]) if g["ny"] else None
        if g["dir"] and g["dir"].startswith("cu"):
            return Period("months", y, 13 - n, 12, *span, m.group())
        return Period("months", y, 1, n, *span, m.group()) if n < 12 else Period("year", y, 1, 12, *span, m.group())
    if g["q"]:
        q = _ROMAN_Q[g["q"]]
        y = g["qy"] or g["qy2"]
        return Period("quarter", int(y) if y else None, 3 * q - 2, 3 * q, *span, m.group())
    if g["m"]:
        if _DATE_BEFORE.search(f[max(0, m.start() - 10):m.start()]):  # "ngày 14 tháng 9 năm 2021"
            return None
        mo = int(g["m"])
        y = g["my"] or g["my2"]
        return Period("month", int(y) if y else None, mo, mo, *span, m.group()) if 1 <= mo <= 12 else None
    if g["y"]:
        before = f[max(0, m.start() - 16):m.start()]
        if re.search(r"(?:th[aeid]ng\s+\d{1,2}|ng[a-z]?y\s+\d{1,2}|nhiem\s+ky|giai\s+doan|\d)\s*$", before):
            return None
        return Period("year", int(g["y"]), 1, 12, *span, m.group())
    return None


def _fill_years(ps: list[Period]) -> list[Period]:
    out = list(ps)
    for i, p in enumerate(out):
        if p.year is not None:
            continue
        nxt = next((q for q in out[i + 1:] if q.year is not None), None)
        prv = next((q for q in reversed(out[:i]) if q.year is not None), None)
        if nxt is not None:
            y = nxt.year - (1 if p.first > nxt.last and nxt.first <= 2 else 0)
        elif prv is not None:
            y = prv.year
        else:
            continue
        out[i] = Period(p.kind, y, p.first, p.last, p.start, p.end, p.text)
    return out


def split_plan(text: str) -> tuple[list[Period], list[Period]]:
    """(report periods, plan periods) of a title or closing: periods after "kế hoạch",
    "phương hướng", "nhiệm vụ" are the plan's (unless "thực hiện kế hoạch ...")."""
    f = fold(text)
    cut = len(f)
    for m in _PLAN_WORD.finditer(f):
        if not _NOT_PLAN.search(f[max(0, m.start() - 30):m.start()]):
            cut = m.start()
            break
    ps = periods(text)
    return [p for p in ps if p.start < cut], [p for p in ps if p.start >= cut]


def is_plan_heading(text: str) -> bool:
    f = fold(text)
    m = _PLAN_WORD.search(f)
    return bool(m) and not _NOT_PLAN.search(f[max(0, m.start() - 30):m.start()])


def report_period(outline: Outline) -> tuple[Period | None, Period | None, Paragraph | None]:
    """(report period, plan period, the paragraph they were read from) of the title.

    Computed once per outline: the period and header rules all ask.
    """
    return outline.derive("formal.report_period", lambda: _report_period(outline))


def _report_period(outline: Outline) -> tuple[Period | None, Period | None, Paragraph | None]:
    for p in (outline.subject, outline.title):
        if p is None:
            continue
        rep, plan = split_plan(p.text)
        if rep or plan:
            return (rep[0] if rep else None), (plan[0] if plan else None), p
    return None, None, None


# --- closing targets ---------------------------------------------------------------------

_REPORT_TO = re.compile(r"b[a-z]{1,2}o\s+c[a-z]{1,2}o\s+(?:den|ve|gui|len|voi)\s+")
_REPORT_END = re.compile(r"\s+(?:n[a-z4]{1,2}m|biet|xem\s+xet|theo\s+doi|chi\s+dao|de\s+)|\s*[./;]|$")
_BODY_WORD = re.compile(r"\s*(?:bo|so|tinh\s+uy|thanh\s+uy|huyen\s+uy|dang\s+uy|ubnd|uy\s+ban|hdnd|hoi\s+dong|"
                        r"van\s+phong|vp|ban|cuc|thuong\s+truc|chu\s+tich|lanh\s+dao|chinh\s+phu|thu\s+tuong)\b")


def closing_targets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each body the closing sentence reports to."""
    f = fold(text)
    ms = list(_REPORT_TO.finditer(f))
    if not ms:
        return []
    a = ms[-1].end()
    e = _REPORT_END.search(f, a)
    b = e.start() if e else len(f)
    out: list[tuple[int, int, str]] = []
    pos = a
    for m in re.finditer(r",|\s+va\s+|$", f[a:b]):
        s, t = a + m.start(), a + m.end()
        if m.group().strip() == "va" and not _BODY_WORD.match(f, t):
            continue
        name = text[pos:s].strip()
        if name:
            lead = pos + (len(text[pos:s]) - len(text[pos:s].lstrip()))
            out.append((lead, lead + len(name), name))
        pos = t
        if not m.group():
            break
    return out


def squash(text: str) -> str:
    """Folded, abbreviations expanded, only letters and digits: for containment tests."""
    f = fold(text)
    for k, v in tables()["abbrev"]:
        if "&" in k:
            f = f.replace(k, " " + v + " ")
        else:
            f = re.sub(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])", v, f)
    return re.sub(r"[^a-z0-9]", "", f)
