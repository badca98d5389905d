"""The header of a report (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing body, quốc hiệu,
tiêu ngữ, "Số: N/CODE-BODY" and "Place, ngày DD tháng MM năm YYYY".

A PDF/OCR text puts "UBND TỈNH TRÀ VINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line,
so header lines are split into their columns first. Every match is done on `fold()`ed
text, which keeps the length of NFC Vietnamese text, so spans found there are spans of
the original; a column is a `Paragraph` of one `Line.slice`, so findings on it point at
the original columns.
"""

from __future__ import annotations

import datetime
import re
from collections import namedtuple

from reportlint.analysis.formal_terms import body_type
from reportlint.analysis.markers import is_caps_line
from reportlint.analysis.outline import Outline
from reportlint.model.document import Paragraph
from reportlint.text.letters import fold

_NATIONAL = re.compile(r"c[o0]ng\s*h[o0]a\b|\bx[a-z]\s+h[o0][a-z]{1,2}\s+ch[a-z]\s+ngh[il1]a\b")
_MOTTO = re.compile(r"\bd[o0]c\s*[l1i][a-z4]?p\b|\bh[a-z4]nh\s+ph[a-z]c\b")
_NATIONAL_CUT = re.compile(r"c[o0]ng\s*h[o0]a\b")  # where a right column starts
_MOTTO_CUT = re.compile(r"\bd[o0]c\s*[l1i][a-z4]?p\b")
# ('Số: 12/BC-UBND'; a Party document's 'Số 31-BC/ĐU', Hướng dẫn 36-HD/VPTW)
_NUMBER = re.compile(r"s[o0-9a-z]?\s*[:;]|so\s+\d+\s*(?:/|-[a-z]+/)")
_DATE_WORDS = re.compile(r",?\s*ng[a-z]?y\b.{0,12}\bth[aeid]ng\b.{0,12}\bn[a-z4]{1,2}m\b")
_DATE_NUMERIC = re.compile(r",\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*$")
_GAP = re.compile(r"\S(\s{3,}|\t+)\S")


class NumberField(namedtuple("NumberField", "para label number number_span code code_span slash")):
    """'Số: 1768/BC-STTTT-VP': the number and code of the report, with their spans in `para`.

    para (Paragraph)
    label (tuple[int, int]): the span of "Số:"
    number (str): "1768", "" when left blank in a draft
    number_span (tuple[int, int])
    code (str): "BC-STTTT-VP"
    code_span (tuple[int, int])
    slash (bool)
    """

    __slots__ = ()


class PlaceDate(namedtuple("PlaceDate", "para place place_span comma day month year day_span month_span numeric",
                           defaults=(False,))):
    """'Trà Vinh, ngày 14 tháng 9 năm 2021': where and when the report was signed, with spans.

    para (Paragraph)
    place (str)
    place_span (tuple[int, int])
    comma (bool)
    day, month, year (str)
    day_span, month_span (tuple[int, int])
    numeric (bool, default False): "Trà Vinh, 14/9/2021"
    """

    __slots__ = ()

    @property
    def date(self) -> datetime.date | None:
        try:
            return datetime.date(int(self.year), int(self.month), int(self.day))
        except ValueError:
            return None


class Header:
    """The parts of a report's header, each None (or empty) when the header lacks it."""

    __slots__ = ("pieces", "bodies", "national", "motto", "number", "date", "number_line", "date_line")

    def __init__(self) -> None:
        self.pieces: list[Paragraph] = []  # the header's lines split into their columns
        self.bodies: list[Paragraph] = []  # issuing body lines ("UBND TỈNH TRÀ VINH", "SỞ ...")
        self.national: Paragraph | None = None
        self.motto: Paragraph | None = None
        self.number: NumberField | None = None
        self.date: PlaceDate | None = None
        self.number_line: Paragraph | None = None
        self.date_line: Paragraph | None = None

    def __repr__(self) -> str:
        found = [name for name in ("national", "motto", "number", "date") if getattr(self, name) is not None]
        return f"Header({len(self.bodies)} body lines, {', '.join(found) or 'nothing else'})"

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
    tiêu ngữ or the place before ", ngày"; else at a wide gap between two caps runs. A header
    laid out as a table has its cells ('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |')."""
    if "|" in text:
        return [m.span() for m in _CELL.finditer(text)] or [(0, len(text))]
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


_CELL = re.compile(r"[^|\s](?:[^|]*[^|\s])?")  # a table cell's text, without its spaces


def _parse_number(p: Paragraph) -> NumberField | None:
    f = p.folded
    # "Số: 12/2021/QĐ-UBND": a normative document carries its year between number and code;
    # a draft leaves the number blank or dotted ("Số: ……/BC-UBND"): it is given on signing
    m = re.match(r"\s*(s[o0-9a-z]?)\s*([:;]?)\s*(\d*)\s*(?:[.…_]+\s*)?(/?)\s*(?:\d{4}\s*/\s*)?"
                 r"(\S*(?:\s+-\s*\S+)*)", f)
    if not m or not (m.group(2) or m.group(3)):
        return None
    code = p.text[m.start(5):m.end(5)].strip()
    return NumberField(p, (m.start(1), m.end(2)), m.group(3), (m.start(3), m.end(3)), code,
                       (m.start(5), m.start(5) + len(code)), bool(m.group(4)))


_DATE_RX = re.compile(r"(?P<place>[^,]*?)(?P<comma>,?)\s*(?P<ngay>ng[a-z]?y)\s+(?P<d>\d{1,2})\s+th[aeid]ng\s+"
                      r"(?P<m>\d{1,2})\s+n[a-z4]{1,2}m\s+(?P<y>\d{4})")
_DATE_NUM_RX = re.compile(r"(?P<place>[^,]*?)(?P<comma>,)\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s*$")


# The date words alone: found first, so that the place before them is read once, from the
# comma before it. Searching _DATE_RX itself retries its lazy place at every position of
# the paragraph, quadratic in a long one (issue 16, item 3).
_DATE_TAIL = re.compile(r"ng[a-z]?y\s+\d{1,2}\s+th[aeid]ng\s+\d{1,2}\s+n[a-z4]{1,2}m\s+\d{4}")


def _date_match(f: str) -> re.Match[str] | None:
    """_DATE_RX's leftmost match in the folded text `f`, in linear time."""
    words = _DATE_TAIL.search(f)
    if words is None:
        return None
    end = len(f[:words.start()].rstrip())
    end -= f[end - 1:end] == ","  # the comma right before "ngày" is the match's own
    return _DATE_RX.match(f, f.rfind(",", 0, end) + 1)


def _parse_date(p: Paragraph) -> PlaceDate | None:
    f = p.folded
    m = _date_match(f)
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
            if f.startswith("v/v") or not f.strip("-_=*~. "):  # the công văn's subject sits under its number
                continue  # (and a rule drawn under the motto, "-------", is no text)
            if _MOTTO.search(f) or _NATIONAL.search(f) or _is_date_line(f) or re.match(r"s\w?\s*:", f):
                paras.append(p)
            else:
                break
    return paras


# the first half of a line that text copied from a web page or a PDF wraps in two:
# "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM", "Kon Tum, ngày 25" / "tháng 01 năm 2024",
# "Sóc Trăng, ngày" / "27 tháng 9 năm 2022"
_WRAPPED = ((re.compile(r"c[o0]ng\s*h[o0]a(\s+x[a-z]\s+h[o0][a-z]{1,2})?\s*$"), re.compile(r"(x[a-z]\s+h[o0i]|ch[a-z]\s+ngh)")),
            (re.compile(r"ng[a-z]?y(\s+\d{1,2})?\s*$"), re.compile(r"(\d{1,2}\s+)?th[aeid]ng\s+\d{1,2}\s+n[a-z4]{1,2}m\s+\d{4}")))


def _rejoined(pieces: list[Paragraph]) -> list[Paragraph]:
    """The header's pieces with a wrapped national name or date line made one again."""
    out: list[Paragraph] = []
    for piece in pieces:
        if out and len(out[-1].lines) == 1 and any(head.search(fold(out[-1].text)) and tail.match(fold(piece.text))
                                                   for head, tail in _WRAPPED):
            out[-1] = Paragraph(out[-1].lines + piece.lines)
        else:
            out.append(piece)
    return out


# words in a place-and-date line at most ("Thành phố Hồ Chí Minh, ngày 05 tháng 8 năm 2024" is 11)
_DATE_LINE_WORDS = 14


def _is_date_line(folded: str) -> bool:
    """A short line with the date words: the header's place and date, not a sentence of the
    body that mentions a date ("...; ngày 25 tháng 8 năm 2024, Bộ đã có công văn...")."""
    return bool(_DATE_WORDS.search(folded)) and len(folded.split()) <= _DATE_LINE_WORDS


def _build_header(outline: Outline) -> Header:
    h = Header()
    for p in _header_paragraphs(outline):
        for i, line in enumerate(p.lines):
            for a, b in split_columns(line.text):
                piece = _piece(p, i, a, b)
                if piece.text.strip():
                    h.pieces.append(piece)
    h.pieces = _rejoined(h.pieces)
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
