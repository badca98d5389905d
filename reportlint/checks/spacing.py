"""Spacing slips around full stops and figures. One rule per `check` option value:

- ``no-space``: a full stop between two sentences typed without its space ("xử lý 42 vụ vi
  phạm.Tổng số tiền ..."): a whole word of two lower-case letters or more (a space or a
  bracket before it), or a figure of two digits or more or a share ("năm 2022.Theo"), the
  stop, then a capitalised word. Abbreviations are left alone: their
  first part has one lower-case letter at most ("TP.HCM", "Tp.Hồ Chí Minh", "ThS.Bs"), or is
  itself glued to a word before ("Tr.người.Km"); so are addresses ("www.tinh.gov.vn").
- ``double-stop``: two full stops after a word or a figure ("nông thôn mới.."); an ellipsis
  ("...", ",..") and "v.v.." are left alone.
- ``broken-number``: a decimal figure broken by a space after its comma ("đạt 47, 5% kế
  hoạch", "gần 14, 5 tỷ đồng"): a whole part of three digits at most (no year: "năm 2030, 100%
  ..."), one or two decimals, then a percent sign or a scale word; a claim cannot be read.
- ``glued-number``: a number and a Vietnamese word typed without a space between ("tiếp nhận
  143đơn", "giảm79 người", "bằng107,07%"): the word has a Vietnamese letter outside ASCII, so
  codes and units in ASCII ("H5N1", "4G", "m2", "QL1A") and road names in capitals ("ĐT741") are
  left alone.

Read on public reports copied from portals and PDFs: on 830 excerpts, 18 missing spaces and
5 double stops, all slips; then on 860, 26 numbers glued to a word, all slips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlint.checks import Finding, paragraphs_matching
from reportlint.analysis.outline import Outline
from reportlint.text.vietnamese import LETTERS

KIND = "spacing"
OPTIONS = {"check": "no-space"}
CHOICES = {"check": ("no-space", "double-stop", "glued-number", "broken-number")}

# the letters of the spelling system (text/vietnamese.py), lower case and capital
_MARKED = "".join(sorted(ch for ch in LETTERS if not ch.isascii()))  # (outside ASCII: đ and the marked vowels)
_LOWER = "a-z" + _MARKED
_UPPER = _LOWER.upper()
# (a pattern that opens with a literal is scanned for fast: the stop first, then the word before it)
_STOP_THEN_CAPITAL = re.compile(rf"\.[{_UPPER}][{_LOWER}]+")
_WORD_BEFORE = re.compile(rf"(?<![^\s(])[{_UPPER}]?[{_LOWER}]{{2,}}$")
# (or a figure of two digits or more, or a share, after a space: '... cùng kỳ năm 2022.Theo lãnh đạo Cục')
_FIGURE_BEFORE = re.compile(r"(?<=\s)(?:\d[\d.,]*\d%?|\d%)$")
# (the stops first, what is before them read back: the engine skips ahead to '..')
_DOUBLE_STOP = re.compile(r"\.\.(?<=[\w%)]\.\.)(?<!v\.v\.\.)(?![./])")
# a lower-case word with a letter outside ASCII, right before or after a number
_WORD = rf"[{_LOWER}]*[{_MARKED}][{_LOWER}]*"
# ('52,4tạ/ha' too; not an amount's 'đ', '129.000đ': the abbreviation of đồng, written so)
_GLUED = re.compile(rf"(?<!\w)(?:{_WORD})\d+|(?<![\w.,])\d(?:[\d.,]*\d)?(?!đ(?!\w))(?:{_WORD})(?!\w)")
# (a digit first: the engine skips to the digits, and most paragraphs have no letter by one)
_DIGIT_BY_LETTER = re.compile(r"\d(?:(?<=[^\W\d_]\d)|[^\W\d_])")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    spans, first = {"no-space": (_no_space, _STOP_THEN_CAPITAL), "double-stop": (_double_stops, _DOUBLE_STOP),
                    "glued-number": (_glued_numbers, _DIGIT_BY_LETTER),
                    "broken-number": (_broken_numbers, _BROKEN)}[options["check"]]
    glued = spans is _glued_numbers  # (not in OCR text, which reads letters as digits: '1én' is 'lên')
    if glued and outline.unaccented:
        return
    # only a paragraph where the pattern each starts with matches can have a span
    for p in paragraphs_matching(outline, first):
        if glued and p.unaccented:
            continue
        for a, b in spans(p.text):
            yield Finding(p, a, b, {"match": p.text[a:b]})


def _no_space(text: str) -> Iterator[tuple[int, int]]:
    for m in _STOP_THEN_CAPITAL.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
            or _FIGURE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word is not None:
            yield word.start(), m.end()


def _double_stops(text: str) -> Iterator[tuple[int, int]]:
    if ".." in text:  # (most paragraphs: a substring test in C)
        for m in _DOUBLE_STOP.finditer(text):
            yield m.start(), m.end()


# (the comma first: the engine skips ahead to ', ', then the whole part is read back)
_BROKEN = re.compile(r", \d{1,2}(?=[ \t]?%|[ \t](?:tỷ|triệu|nghìn|ngàn)[ \t])")
_WHOLE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}$")


def _broken_numbers(text: str) -> Iterator[tuple[int, int]]:
    for m in _BROKEN.finditer(text):
        whole = _WHOLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if whole is not None:
            yield whole.start(), m.end()


def _glued_numbers(text: str) -> Iterator[tuple[int, int]]:
    if _DIGIT_BY_LETTER.search(text):  # (most paragraphs: no digit touches a letter)
        for m in _GLUED.finditer(text):
            yield m.start(), m.end()
