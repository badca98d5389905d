"""Brackets ( ) [ ] and curly quotes “ ” that do not balance within a paragraph.

A paragraph is read across its wrapped lines, so a bracket opened on one line and closed
on the next is fine. The finding points at the unmatched bracket. List markers such as
"a)" or "1)" inside a sentence are not brackets. In text damaged by OCR, a bracket glued
inside a word ("Cé)ng") is noise, not punctuation.
"""

from __future__ import annotations

import re
from typing import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.model.document import Paragraph
from reportlint.analysis.outline import Outline, marker
from reportlint.i18n import t

KIND = "brackets"
OPTIONS = {"pairs": ["()", "[]", "“”"]}

_ENUMERATOR = re.compile(r"(?:^|[\s;:,.])(?:[a-zđA-ZĐ]|\d{1,2}|[ivx]{1,4})$")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    pairs = [p for p in options["pairs"] if len(p) == 2]
    paras = outline.body_paragraphs() + ([outline.closing] if outline.closing else []) + outline.recipients
    every = "".join(pairs)
    chars = re.compile("[" + re.escape(every) + "]")
    for p in paras:
        if not any(map(p.text.__contains__, every)):
            continue  # most paragraphs: a substring search per bracket in C is faster than the pattern
        hits = [(m.start(), m.group()) for m in chars.finditer(p.text)]
        yield from _unbalanced(p, hits, pairs, outline.unaccented or p.unaccented, lang_of(outline))


def _glued(text: str, i: int) -> bool:
    """A bracket inside a word: OCR reading a letter as a bracket."""
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "([“":
        return (left.isalnum() or left in "%&*") and right.isalpha()
    return left.isalpha() and right.isalpha()


def _unbalanced(p: Paragraph, hits: list[tuple[int, str]], pairs: list[str], ocr: bool,
                lang: str) -> Iterator[Finding]:
    """Pair up the bracket characters `hits` (offset, char) of a paragraph, per kind."""
    text = p.text
    m = marker(text)
    skip = m.end if m else 0  # the paragraph's own "a)" or "1)" marker
    for pair in pairs:
        open_ch, close_ch = pair
        stack: list[int] = []
        for i, ch in hits:
            if i < skip or (ch != open_ch and ch != close_ch):
                continue
            if ocr and _glued(text, i):
                continue
            if ch == open_ch and (open_ch != close_ch or not stack):
                stack.append(i)
            elif stack:
                stack.pop()
            elif close_ch == ")" and _ENUMERATOR.search(text, 0, i):
                continue  # "a)", "1)": a list marker, not a closing bracket
            else:
                yield _finding(p, i, close_ch, open_ch, "unopened", lang)
        for i in stack:
            yield _finding(p, i, open_ch, close_ch, "unclosed", lang)


def _finding(p: Paragraph, i: int, ch: str, other: str, problem: str, lang: str) -> Finding:
    context = p.text[max(0, i - 30): i + 31].strip()
    what = t(f"check.brackets.{problem}", lang, ch=ch, other=other)
    return Finding(p, i, i + 1, args={"bracket": ch, "other": other, "problem": what},
                   evidence=f"…{context}…")
