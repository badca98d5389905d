"""The numbering that opens a line of a report, and lines in capitals.

`marker` classifies the start of a line: a part heading ('PHẦN I', 'A. KẾT QUẢ', 'Điều 5.'),
a Roman, Arabic or decimal section number, a point's letter, or a bullet. The outline
groups paragraphs and feeds the grammar with it; checks use it to skip a paragraph's own
number.
"""

from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache

from reportlint.text.numbers import roman_value

_UP = "A-ZĐÀ-ỸÂĂÊÔƠƯ"
# (not a byline's initials alone on their line: "V.H", "X.T.L")
ROMAN_RE = re.compile(r"(?P<num>[IVX][IVX1l]{0,5}|[1l][IVX][IVX1l]{0,4})\s*(?P<sep>[.)])\s*(?=[^\W\d_])"
                      r"(?![A-ZĐ](?:\.?[A-ZĐ]){0,2}\.?\s*$)")
DECIMAL_RE = re.compile(rf"(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})(?P<sep>\.?)\s*(?=[{_UP}])")
ARABIC_RE = re.compile(rf"(?P<num>\d{{1,2}})\s*(?P<sep>[.)])\s*(?=[{_UP}])")
LETTER_RE = re.compile(r"(?P<num>[a-zđ¢])\s*(?P<sep>\))\s*(?=\S)|(?P<num2>[a-zđ])(?P<sep2>\.)\s+(?=[A-ZĐÀ-Ỹ])")
# A part heading: 'PHẦN I', 'Phần thứ hai:', 'Chương II', 'Mục 1.', 'Điều 5.' (a report in parts, a
# regulation in chapters and articles). Its number is followed by a mark, the line's end, or (on a
# line in capitals) its title: 'Điều 5 Luật Đất đai quy định' and 'Phần lớn' open sentences.
_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ORDINAL = "|".join([*_ORDINALS, *map(str.upper, _ORDINALS)])
PART_RE = re.compile(rf"(?P<word>Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+"
                     rf"(?P<num>(?:thứ|THỨ)\s+(?:{_ORDINAL})|[IVX]{{1,6}}|\d{{1,3}}|[A-ZĐ])"
                     r"(?:\s*(?P<sep>[.:\-–—])\s*|\s*$|(?P<caps>\s+))")
# An appendix: 'PHỤ LỤC', 'Phụ lục 02', 'PHỤ LỤC SỐ 1:' (often after the signature: a part of its own)
APPENDIX_RE = re.compile(r"(?P<word>Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+|SỐ\s+)?(?P<num>[IVX]{1,6}|\d{1,3}|[A-ZĐ])(?![^\W\d_]))?"
                         r"(?:\s*(?P<sep>[.:\-–—])\s*|\s*$|(?P<caps>\s+))")
# A part by a capital letter, its title in capitals: 'A. KẾT QUẢ THỰC HIỆN', 'B. PHƯƠNG HƯỚNG' (I, V, X are Roman)
_LETTER_PART = re.compile(r"[A-ZĐ][.)] +(?=\S)")
BULLET_RE = re.compile(rf"(?:[-–—+*•·●▪◦○►✓]|e(?=\s+[{_UP}]))\s*(?=\S)")


class Marker(namedtuple("Marker", "kind number raw sep end garbled", defaults=(False,))):
    """The numbering at the start of a paragraph.

    kind (str): PART ROMAN ARABIC DECIMAL LETTER BULLET
    number (str): normalised: "III", "2", "6.1", "đ", "-"; "Phần thứ hai" is "2", "PHỤ LỤC" ""
    raw (str): as written: "I1I.", "7.3.", "a)", "Điều 5."
    sep (str): "." or ")" or "", the style: "2.1" vs "2.1."
    end (int): where the title starts in the line
    garbled (bool, default False): OCR damage read through, "I1I." -> III
    """

    __slots__ = ()


@lru_cache(maxsize=8192)
def marker(text: str) -> Marker | None:
    """Classify the start of a stripped line as a heading, item or bullet, or None (cached: the
    paragraph grouping, the grammar tokens and several checks ask it of the same lines)."""
    if not text:
        return None
    c = text[0]
    if c in "IVX1l":
        m = ROMAN_RE.match(text)
        if m:
            raw, sep = m.group("num", "sep")
            num = raw.replace("1", "I").replace("l", "I")
            # (not a byline, the numeral glued to one word: 'X.Trinh', 'V.TRỌNG')
            if roman_value(num) and not (raw[0] in "1l" and len(raw) == 1) and not (sep and " " not in text[m.end() - 1:]):
                end = m.end()
                return Marker("ROMAN", num, text[:end].strip(), sep, end, num != raw)
    if c.isdigit():
        m = DECIMAL_RE.match(text)
        if m:
            end = m.end()
            return Marker("DECIMAL", m.group("num"), text[:end].strip(), m.group("sep"), end)
        m = ARABIC_RE.match(text)
        if m:
            end = m.end()
            if not text[end:end + 1].isdigit():
                num, sep = m.group("num", "sep")
                return Marker("ARABIC", str(int(num)), text[:end].strip(), sep, end)
        return None
    if c in "PCMĐ" and text.startswith(("Ph", "PH", "Ch", "CH", "Mụ", "MỤ", "Đi", "ĐI")):  # (Phần, Phụ lục ...)
        return _part(text)
    if c.isupper() and text[1:2] in (".", ")") and (m := _LETTER_PART.match(text)) and is_caps_line(text):
        return Marker("PART", c, text[:2], text[1], m.end())  # 'A. KẾT QUẢ ...', 'B. PHƯƠNG HƯỚNG ...'
    if c.isalpha() and text[1:2].isalpha():
        return None  # a word: no letter's marker ('a)', 'b.') nor 'e' as a bullet, which need a mark or space after
    if c.islower() or c == "¢":
        m = LETTER_RE.match(text)
        if m:
            num1, sep1, num2, sep2 = m.group("num", "sep", "num2", "sep2")
            end = m.end()
            return Marker("LETTER", (num1 or num2).replace("¢", "c"), text[:end].strip(), sep1 or sep2, end, num1 == "¢")
    m = BULLET_RE.match(text)
    if m:
        inner = marker(text[m.end():]) if c in "•·●▪" else None  # ('• 1. Về thu chi ngân sách': a web page's dot)
        if inner is not None and inner.kind in ("ROMAN", "ARABIC", "DECIMAL"):
            return inner._replace(end=m.end() + inner.end)
        return Marker("BULLET", c, c, "", m.end(), c == "e")
    return None


def _part(text: str) -> Marker | None:
    """The part heading (or appendix) that starts a line, or None: numbering restarts under each part."""
    m = PART_RE.match(text) or APPENDIX_RE.match(text)
    if m is None or m.group("caps") and not is_caps_line(text):
        return None
    num, sep = m.group("num") or "", m.group("sep") or ""
    if num[:1] in ("I", "V", "X") and roman_value(num) is None:
        return None
    if num[:3].lower() == "thứ":
        num = str(_ORDINALS[num.split()[-1].lower()])
    raw = text[:m.end("num") if num else m.end("word")]
    return Marker("PART", num, raw + ("." if sep == "." else ""), sep, m.end())


def is_appendix(m: Marker | None) -> bool:
    """Whether a line's marker opens an appendix ('PHỤ LỤC', 'Phụ lục 02: ...')."""
    return m is not None and m.kind == "PART" and m.raw[:7] in ("Phụ lục", "PHỤ LỤC")


def is_caps_line(text: str) -> bool:
    """An all-capitals line ("BÁO CÁO", "KT. GIÁM ĐỐC"): a paragraph on its own."""
    # (upper() maps each character alone: most lines differ from it in their first ones already)
    return (head := text[:8]).upper() == head and text.upper() == text and sum(map(str.isalpha, text)) >= 2
