"""Vietnamese number literals: exact values, their precision, and what is not a quantity.

Vietnamese style groups thousands with "." and marks decimals with ",": "1.012,018",
"57,33%". Real reports mix styles ("1994", "30.81%"), so the style is inferred per
document from unambiguous literals, and an ambiguous literal ("1.572", "1,572": one
separator followed by exactly three digits) keeps both readings, the document's style
first. A claim is wrong only if no reading makes it right.

Values are `Decimal`s parsed from the literal (never floats); trailing zeros count:
"92,00" has two decimals. A value with d decimals stands for the interval
[v - ½·10⁻ᵈ, v + ½·10⁻ᵈ] (a count, d = 0, is exact).

`scan(text)` finds the numbers of a text and tells quantities from the numbers that only
name things: years, dates, document numbers ("1768/BC-STTTT"), "mức độ 3", "lần thứ 8",
articles ("Điều 5"), versions ("4.0"), phone numbers, OCR debris of "tỷ lệ" ("ty 16
77,66%"). Everything here is pure: text in, values out.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Iterable
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from functools import lru_cache

from reportlint.text.letters import fold

VI, EN = "vi", "en"

# Patterns here start with a character (class), their "not glued to a word" lookbehind
# written after it: re then skips ahead to that character instead of trying every position
# (20-80x faster on report text, most of the time of a scan).
#
# A literal: digits with "." or "," separators; never glued to letters ("m2", "Window10"),
# save a unit written against it ("36.077ha", "120,5km2", "15tấn"). Possessive: a literal
# glued to other letters is none at all, never its first digits ("14.320ab" is not 14).
_GLUED_UNITS = "ha|km2|km|m2|m3|m|cm|mm|kg|kwh|kw|mw|tấn|tạ|tỷ|triệu|nghìn|ngàn|đồng|usd|lít|con|hộ|người|lượt"
# (Glued on both sides, "Hòa Bình116ha", a space was lost: the unit tells a figure from a code, "QL1A".)
LITERAL = re.compile(r"[0-9](?:(?<![\w.,][0-9])|(?<=[^\W\d_][0-9])(?=[0-9]*+(?:[.,][0-9]+)*+(?i:" + _GLUED_UNITS
                     + r")(?!\w)))[0-9]*+(?:[.,][0-9]+)*+(?:(?!\w)|(?=(?i:" + _GLUED_UNITS + r")(?!\w)))")
_PCT = re.compile(r"\s?%")
# An amount of money in words of scale: "165 tỷ 603 triệu 599 nghìn đồng", "1 tỉ 461 triệu
# đồng", "12 triệu 500 nghìn đồng" (civil judgment enforcement reports write every sum so):
# one figure, in đồng, never three (`compound_amount`).
# (a digit first, \d\d{0,2} for \d{1,3}: re skips ahead to digits instead of trying every position)
_COMPOUND = re.compile(r"(\d\d{0,2}(?:\.\d{3})*)\s+(tỷ|tỉ|triệu)\s+(\d{1,3})\s+(triệu|nghìn|ngàn)"
                       r"(?:\s+(\d{1,3})\s+(nghìn|ngàn))?(?=\s+đồng)")
_SCALE_WORDS = {"tỷ": 9, "tỉ": 9, "triệu": 6, "nghìn": 3, "ngàn": 3}
_SEPS = re.compile(r"[.,]")
_PHONE = re.compile(r"0(?<![\w.]0)\d{2,3}[.\s]\d{3,4}[.\s]\d{3,4}(?![\w.])")
# Words (folded) right before a number that make it a name, not a quantity.
_NAME_WORDS = ("muc do", "lan thu", "thu", "khoa", "dieu", "khoan", "chuong", "phu luc", "phuong", "quy", "ngay",
               "thang", "tuan", "giai doan", "khoi", "lop", "khom", "version", "phien ban", "v", "lan", "nam", "nien do",
               "quyet dinh", "nghi dinh", "thong tu", "chi thi", "cong van", "nghi quyet", "to trinh", "chuong trinh",
               "mau so", "bieu so", "bieu mau so")  # ('Mẫu số 02', 'Biểu số 01': a form)
# "loại 1", "nhóm 2": a kind named by its number, when no unit follows it
_KIND_BEFORE = re.compile(r"(?<![a-z])(?:loai|nhom)$")
_KIND_AFTER = re.compile(r"[ \t]*(?:[;,.)]|$|(?:chiem|dat|la|co|gom|voi|tang|giam|tai|cua|trong|o|duoc)(?![a-z]))")
_NAME_BEFORE = re.compile(r"(?:\b(?:" + "|".join(_NAME_WORDS) + r"|m\w{0,2}c do)|[/#№])\s*$")
# "phiếu số 1", "tổ số 3": a noun, "số" and a small number ending an item names a kind (not after
# "tổng", "có", "là", "với", "trên", "trong": "tổng số 5;" counts).
_NUMBERED_NAME = re.compile(r"(?<![a-z])(?!(?:tong|co|la|voi|tren|trong|cac|nhung)\s)[a-z]+\s+so\s*$")
_STORM = re.compile(r"(?<![a-z])(?:bao|ap thap nhiet doi|ap thap)\s+so\s*$")  # a storm is named by its number of the year
# "mức độ 1, 2", "mức độ 3 và 4": every number of the list is a level.
_LEVEL_LIST = re.compile(r"m(?<!\wm)\w{0,2}c do\s+\d+(?:\s*(?:,|va|-|–)\s*\d+)*")
# "mã HS 8207.30, 8479.89", "mã số 0301234567": every code of the list is a code, no amount
_CODE_LIST = re.compile(r"m(?<!\wm)a\s+(?:hs|so)\s+\d[\d.]*(?:\s*(?:,|;|va)\s*\d[\d.]*)*")
# "ty 16 77,66%", "ty & 15,67 %", "ty 186 43,33%": OCR debris of "tỷ lệ" before a percentage.
_OCR_TYLE = re.compile(r"t(?<!\wt)[yi]\s+(\S{1,3})\s+(?=\d[\d.,]*\s?%)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LEVELS_AFTER = re.compile(r"[ \t]+cap(?![a-z])")
_STARS_AFTER = re.compile(r"[ \t]+sao(?![a-z])")  # an OCOP product's rating
_YEAR_AFTER = re.compile(r"\s*[-–—]\s*(?:19|20)\d\d")
_VERSION = re.compile(r"\d{1,2}\.\d")
_VERSION_BEFORE = re.compile(r"(?:cong nghiep|phien ban|version|web|v)\s*$")
# "năm 2020", "giai đoạn 2021 - 2025", "giá so sánh 2010", "cùng kỳ 2016"
_YEAR_LEADS = ("nam", "nien do", "giai doan", "khoa", "tu", "den", "so sanh", "cung ky")
_YEAR_WORDS = re.compile(r"(?:\b(?:" + "|".join(_YEAR_LEADS) + r")\s*|[-–—]\s*)$")
# "Luật Giá 2023", "Hiến pháp 2013", "Bộ luật Lao động 2019": the year of a law, right after its
# name (not "phổ biến Luật Giá cho 2023 người": a word that links to a count ends the name)
_LAW_NAME = re.compile(r"(?<!\w)(?:Luật|LUẬT|Bộ luật|Hiến pháp)(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*"
                       r"(?:\s+(?!(?:cho|về|tại|của|đến|tới|với|và|được|trên|dưới|trong|gồm|có)\b)[^\W\d_]+){0,4})?\s*$")
# An amount, never a name's number, though the word before it may name things (folded "thu" is
# also "thứ", "nam" also "năm"): thousands grouped ("1.284", "28.757,2") or decimals ("45,6")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
# The last word of each name word as written ("lần thứ", "khóa"), to tell it from its twins
_NAME_MARKS = {"thu": ("thứ",), "nam": ("năm",), "khoa": ("khóa", "khoá"), "chuong": ("chương",), "khoan": ("khoản",),
               "lan": ("lần",), "quy": ("quý",), "ngay": ("ngày",), "thang": ("tháng",), "tuan": ("tuần",),
               "khoi": ("khối",), "lop": ("lớp",), "khom": ("khóm", "khoám"), "dieu": ("điều",), "phuong": ("phường",)}
# Crops of a short or a long season ("cây công nghiệp ngắn ngày 15 ha"): no day's number after them
_CROP_TERMS = ("ngan ngay", "dai ngay")
# The most a month, a day, a quarter or a week can be: past it, a number is a count
_CALENDAR = {"thang": 12, "ngay": 31, "quy": 4, "tuan": 53}
# What the text before a number must end with (spaces aside) for those patterns to match: a
# test in C that spares most numbers the patterns' search, which tries every position.
_NAME_ENDS = tuple({w.split()[-1] for w in _NAME_WORDS}) + ("do", "/", "#", "№")
_YEAR_ENDS = tuple({w.split()[-1] for w in _YEAR_LEADS}) + ("-", "–", "—")


class Reading(namedtuple("Reading", "value decimals scale", defaults=(0,))):
    """One reading of a literal: its value and its count of decimals.

    value (Decimal)
    decimals (int)
    scale (int, default 0): a power of ten the value is in: 3 for "313,4 nghìn lượt"
    """

    __slots__ = ()

    @property
    def half(self) -> Decimal:
        """Half a unit of the last digit: the radius of the interval the value stands for (a
        whole count is exact, but not a whole number of thousands)."""
        return Decimal(5).scaleb(-self.decimals - 1) if self.decimals > 0 or self.scale else Decimal(0)

    def interval(self) -> tuple[Decimal, Decimal]:
        half = self.half
        return (self.value - half).scaleb(self.scale), (self.value + half).scaleb(self.scale)

    @property
    def amount(self) -> Decimal:
        """The value in units ("313,4 nghìn" is 313.400)."""
        return self.value.scaleb(self.scale)


class Num(namedtuple("Num", "start end raw readings percent kind", defaults=(False, "qty"))):
    """A number found in a text: where it is, how it reads, what it is.

    start (int)
    end (int): end of the literal, "%" included for a percentage
    raw (str): the literal as written (without "%")
    readings (tuple[Reading, ...]): the document's style first; two when ambiguous
    percent (bool, default False)
    kind (str, default "qty"): qty, or why not: year date docno level ordinal version phone ocr other
    """

    __slots__ = ()

    @property
    def value(self) -> Decimal:
        return self.readings[0].value

    @property
    def decimals(self) -> int:
        return self.readings[0].decimals

    @property
    def is_quantity(self) -> bool:
        return self.kind == "qty"

    @property
    def ambiguous(self) -> bool:
        return len(self.readings) > 1


def _groups_ok(parts: list[str]) -> bool:
    """'12', '914', '018': a leading group of 1-3 digits, then groups of exactly 3."""
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _dec(digits: str, decimals: int) -> Decimal:
    return Decimal(digits).scaleb(-decimals) if decimals else Decimal(digits)


@lru_cache(maxsize=8192)
def style_evidence(lit: str) -> str:
    """VI or EN when the literal can only be read in that style, else ''.

    Cached: a report repeats its literals (as `readings`)."""
    seps = [c for c in lit if c in ".,"]
    if not seps:
        return ""
    if len(set(seps)) == 2:
        return VI if seps[-1] == "," and set(seps[:-1]) == {"."} else EN if seps[-1] == "." and set(seps[:-1]) == {","} else ""
    sep = seps[0]
    parts = _SEPS.split(lit)
    if len(seps) > 1:
        return (VI if sep == "." else EN) if _groups_ok(parts) else ""
    if len(parts[1]) != 3:
        return VI if sep == "," else EN
    return ""


@lru_cache(maxsize=8192)
def readings(lit: str, style: str = VI) -> tuple[Reading, ...]:
    """Every reading of a literal, the one in `style` first; () if it is not a number.

    Cached: a report repeats its literals, and each reading builds Decimals.
    """
    seps = [c for c in lit if c in ".,"]
    digits = lit.replace(".", "").replace(",", "")
    if not seps:
        return (Reading(Decimal(lit), 0),)
    parts = _SEPS.split(lit)
    if len(set(seps)) == 2:  # "1.012,018" or "1,012.5": grouping then a decimal mark
        mark = seps[-1]
        if seps.count(mark) != 1 or not _groups_ok(parts[:-1]):
            return ()
        return (Reading(_dec(digits, len(parts[-1])), len(parts[-1])),)
    sep = seps[0]
    if len(seps) > 1:  # "1.012.018": grouping only
        return (Reading(Decimal(digits), 0),) if _groups_ok(parts) else ()
    frac = parts[1]
    as_decimal = Reading(_dec(digits, len(frac)), len(frac))
    if len(frac) != 3 or not _groups_ok(parts):
        return (as_decimal,)  # "57,33", "30.81", "0,5", "1234,5"
    as_grouped = Reading(Decimal(digits), 0)
    decimal_first = (sep == ",") == (style == VI)
    return (as_decimal, as_grouped) if decimal_first else (as_grouped, as_decimal)


def parse(lit: str, style: str = VI) -> Reading | None:
    """The preferred reading of a literal, or None."""
    r = readings(lit.strip().rstrip("%").strip(), style)
    return r[0] if r else None


def style_counts(texts: Iterable[str]) -> tuple[int, int]:
    """How many quantities can only be Vietnamese style, and how many only English style.

    Versions ("phiên bản 2.0") and section numbers ("6.1.") are not evidence: only the
    literals `scan` calls quantities count.
    """
    vi = en = 0
    for t in texts:
        for n in scan(t):
            if n.is_quantity:
                ev = style_evidence(n.raw)
                vi += ev == VI
                en += ev == EN
    return vi, en


def infer_style(texts: Iterable[str]) -> str:
    """VI or EN: the style of the unambiguous literals (VI when they do not tell)."""
    vi, en = style_counts(texts)
    return EN if en > vi else VI


def format_vi(value: Decimal, decimals: int | None = None) -> str:
    """A Decimal in Vietnamese style: 12914 -> '12.914', 15.66 -> '15,66'."""
    if decimals is None:
        decimals = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    q = value.quantize(Decimal(1).scaleb(-decimals), context=_EXACT)
    sign = "-" if q < 0 else ""
    whole, _, frac = format(q.copy_abs(), ",f").partition(".")  # "12,914.5" (copy_abs: exact, abs() rounds)
    return sign + whole.replace(",", ".") + ("," + frac if frac else "")


# quantize() refuses a result longer than the context's 28 digits: a 29-digit figure is text too
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def _kind(text: str, folded: str, a: int, b: int, lit: str) -> str:
    """Why the literal text[a:b] (not a percentage) is not a quantity, or 'qty'."""
    # the characters around the literal, read once ("" past either end of the text)
    after, then = text[b:b + 1], text[b + 1:b + 2]
    prev, prev2 = (text[a - 1], text[a - 2]) if a > 1 else (text[:a], "")
    if after == "/" or after in "-–" and then.isalpha():
        return "docno"  # "1768/BC-STTTT", "30/6", "48-CT/TU"
    if after in "-–" and then.isdigit() or prev2 and prev in "-–" and prev2.isdigit():
        return "other"  # a range, no amount: "1-3 lần/ngày", "82-125 điểm/ngày"
    if prev == "-" and prev2.isalpha():
        return "name"  # part of a name: "Covid-19", "SARS-CoV-2"
    # (each pattern only where it can match, a test in C first: a space or a tab after the
    # number for the level, 4 digits for a year, a "." for a version)
    if folded[b:b + 1] in (" ", "\t") and (
            _LEVELS_AFTER.match(folded, b) or lit in "12345" and _STARS_AFTER.match(folded, b)):
        return "level"  # "hộ sản xuất, kinh doanh giỏi 4 cấp, chiếm 58% ...", "OCOP từ 3 sao": a level, no count of it
    if prev == "/":
        return "date"  # "30/6/2021", "tháng 10/2020", "thuê bao/100 dân"
    if after == ":" and then.isdigit():
        return "other"  # "128:2021", "14:30"
    before = folded[max(0, a - 24):a]
    end = before.rstrip()
    if len(lit) == 4 and _YEAR.fullmatch(lit) and (end.endswith(_YEAR_ENDS) and _YEAR_WORDS.search(before)
                                                    or _YEAR_AFTER.match(text, b) or _LAW_NAME.search(text, max(0, a - 48), a)):
        return "year"
    if len(lit) <= 2 and end.endswith("so") and _NUMBERED_NAME.search(before) and (
            text[b:b + 3].lstrip()[:1] in ";,)" or _STORM.search(before)):
        return "ordinal"  # "6.918 phiếu số 1; 705 phiếu số 2", "do bão số 9 trong đó": the name of a kind, not a count
    if len(lit) <= 2 and end.endswith(("loai", "nhom")) and _KIND_BEFORE.search(end) and _KIND_AFTER.match(folded, b):
        return "ordinal"  # "phẫu thuật loại 1 chiếm 42,5%", "nợ nhóm 2;" (not "rau các loại 269 ha")
    if end.endswith(_NAME_ENDS) and _NAME_BEFORE.search(before) and not _AMOUNT.fullmatch(lit) \
            and not _plain_twin(text, folded, a) and not _past_calendar(end, lit) and not end.endswith(_CROP_TERMS):
        return "ordinal"  # (not "tổng thu 45,6 tỷ đồng", "vụ hè thu 1.284 ha", "nam 1.234 người": amounts)
    if "." in lit and _VERSION.fullmatch(lit) and _VERSION_BEFORE.search(before):
        return "version"
    return "qty"


def _past_calendar(end: str, lit: str) -> bool:
    """Whether a number after 'tháng', 'ngày', 'quý' or 'tuần' is past any month, day, quarter or
    week ('đào tạo dưới 3 tháng 340 người': a count after a duration)."""
    most = _CALENDAR.get(end.rsplit(None, 1)[-1] if end else "")
    return most is not None and lit.isdigit() and int(lit) > most


def _plain_twin(text: str, folded: str, a: int) -> bool:
    """Whether the word before text[a] only folds like the word of a name ('tổng thu 12 tỷ',
    'nam 25 người', 'khoa Nội', 'chuồng 120 con' are no 'thứ', 'năm', 'khóa', 'chương'): it is
    written with other marks, amid text that has its marks (in OCR text that lost them all,
    'lan thu 5' stays 'lần thứ 5')."""
    window = slice(max(0, a - 24), a)
    words = text[window].split()
    if not words or text[window].lower() == folded[window]:
        return False
    word = words[-1].lower()
    marked = _NAME_MARKS.get(fold_same_length(word))
    return marked is not None and word not in marked


def scan(text: str, style: str = VI, folded: str | None = None) -> list[Num]:
    """Every number in `text`, with its readings and whether it is a quantity."""
    if folded is None or len(folded) != len(text):
        folded = fold_same_length(text)
    # numbers that only name things, by what surrounds them: position -> why
    masked: dict[int, str] = {}
    # (each pattern only where the text has the words or the mark it needs: a test in C first)
    for m in _LEVEL_LIST.finditer(folded) if "c do" in folded else ():
        masked.update(dict.fromkeys(range(m.start(), m.end()), "level"))
    for m in _CODE_LIST.finditer(folded) if "ma " in folded else ():
        masked.update(dict.fromkeys(range(m.start(), m.end()), "name"))
    for m in _OCR_TYLE.finditer(folded) if "%" in folded else ():
        masked.update(dict.fromkeys(range(m.start(1), m.end(1)), "ocr"))
    for m in _PHONE.finditer(text):
        masked.update(dict.fromkeys(range(m.start(), m.end()), "phone"))
    out: list[Num] = []
    compounds = compound_amounts(text) if "triệu" in text or "nghìn" in text or "ngàn" in text else {}
    skip_to = 0
    for m in LITERAL.finditer(text):
        a, b = m.span()
        if a < skip_to:
            continue  # a group of a compound amount
        if a in compounds:
            skip_to, value = compounds[a]
            out.append(Num(a, skip_to, text[a:skip_to], (Reading(Decimal(value), 0),)))
            continue
        lit = m.group()
        rs = readings(lit, style)
        pct = _PCT.match(text, b) if "%" in text[b:b + 2] else None  # (a "%" is in the two characters \s?% spans)
        end = pct.end() if pct else b
        percent = end != b
        if a in masked:
            kind = masked[a]
            rs = rs or (Reading(Decimal(0), 0),)
        elif not rs:
            kind = "other"
            rs = (Reading(Decimal(0), 0),)
        else:
            kind = "qty" if percent else _kind(text, folded, a, b, lit)
        out.append(Num(a, end, lit, rs, percent, kind))
    return out


def compound_amounts(text: str) -> dict[int, tuple[int, int]]:
    """start -> (end, value in đồng) of each amount written in words of scale, from the
    largest down ("165 tỷ 603 triệu 599 nghìn đồng": 165.603.599.000; end before "đồng")."""
    out = {}
    for m in _COMPOUND.finditer(text):
        groups = [(m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i)]
        scales = [_SCALE_WORDS[w.lower()] for _, w in groups]
        if any(x <= y for x, y in zip(scales, scales[1:])) or m.start() and text[m.start() - 1] in ".,":
            continue  # ("5 triệu 3 tỷ": no amount)
        out[m.start()] = (m.end(), sum(int(d.replace(".", "")) * 10 ** k for (d, _), k in zip(groups, scales)))
    return out


def fold_same_length(text: str) -> str:
    """`fold` that keeps offsets: one folded character per character."""
    f = fold(text)
    if len(f) == len(text):
        return f
    return "".join(fold(ch)[:1] or " " for ch in text)


def interval(r: Reading) -> tuple[Decimal, Decimal]:
    return r.interval()


# --- Roman numerals (the numbering of a report's parts: I, II, ... XXXIX) --------------------

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(s: str) -> int | None:
    """Value of a Roman numeral in canonical form (I..XXXIX), else None."""
    total = prev = 0
    for ch in reversed(s):
        v = ROMAN_VALUES.get(ch)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if total > 0 and to_roman(total) == s else None


def to_roman(n: int) -> str:
    """The canonical Roman numeral of n (1..39)."""
    out = ""
    for v, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + sym, n - v
    return out
