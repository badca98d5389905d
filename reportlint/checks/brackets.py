"""Brackets ( ) [ ] and curly quotes “ ” that do not balance within a paragraph.

A paragraph is read across its wrapped lines, so a bracket opened on one line and closed
on the next is fine; so is a bracket a paragraph leaves open and the next paragraph closes
(a subtitle "(Phục vụ phiên họp …" / "… năm 2023)" split in two by the editor). The finding points at the unmatched bracket. List markers such as
"a)", "1)" or "*)" are not brackets. In text damaged by OCR, a bracket glued
inside a word ("Cé)ng") is noise, not punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.model.document import Paragraph
from reportlint.analysis.markers import marker
from reportlint.analysis.outline import Outline
from reportlint.i18n import t

KIND = "brackets"
OPTIONS = {"pairs": ["()", "[]", "“”"]}

# ("*) Về số vụ việc:" too; a sub-point 'b1)'; a point quoted by an amendment: '"d) Dự thảo ...')
_ENUMERATOR = re.compile(r"(?:^|[\s;:,.\"“'‘])(?:[a-zđA-ZĐ]\d{0,2}|\d{1,2}|[ivx]{1,4}|\*{1,3})$")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    pairs = [p for p in options["pairs"] if len(p) == 2]
    paras = outline.body_paragraphs() + ([outline.closing] if outline.closing else []) + outline.recipients
    every = "".join(dict.fromkeys("".join(pairs)))
    found: list[tuple[Paragraph, list[Finding]]] = []
    for p in paras:
        if not any(map(p.text.__contains__, every)):
            continue  # most paragraphs: a substring search per bracket in C
        hits = _brackets(p.text, every)
        left = list(_unbalanced(p, hits, pairs, outline.unaccented or p.unaccented, lang_of(outline)))
        if left:
            found.append((p, left))
    order = {id(p): k for k, p in enumerate(outline.paragraphs)} if len(found) > 1 else {}
    for (p, left), (q, right) in zip(found, found[1:]):
        if order.get(id(q), -1) - order.get(id(p), -9) == 1:  # next to each other in the document
            _pair_across(left, right)
    for _, left in found:
        yield from left


def _brackets(text: str, chars: str) -> list[tuple[int, str]]:
    """(offset, character) of each of `chars` (distinct) in text, in order: a search in C per
    character (like memchr) is several times faster than a character class of the regex engine."""
    out = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append((i, ch))
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _pair_across(left: list[Finding], right: list[Finding]) -> None:
    """Remove from both lists the brackets the first paragraph leaves open and the next one closes."""
    closing: dict[str, list[Finding]] = {}  # the next paragraph's stray closers, in order, by bracket
    for f in right:
        if f.args["closing"]:
            closing.setdefault(f.args["bracket"], []).append(f)
    paired: set[int] = set()
    for open_f in reversed([f for f in left if not f.args["closing"]]):
        waiting = closing.get(open_f.args["other"])
        if waiting:
            paired.update((id(open_f), id(waiting.pop(0))))
    left[:] = [f for f in left if id(f) not in paired]  # (linear: a garbage file may hold thousands)
    right[:] = [f for f in right if id(f) not in paired]


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
        # a straight quote may open or close a curly one ('"Năm học vừa qua ... 99,2%”'): mixed, not unbalanced
        straight = [i for i, ch in enumerate(text) if ch == '"'] if pair == "“”" and '"' in text else []
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
            elif straight and straight[0] < i:
                straight.pop(0)
            else:
                yield _finding(p, i, close_ch, open_ch, True, lang)
                if pair == "“”":  # a closing quote typed to open ('mô hình” Nuôi lợn ... tiết kiệm”'): the next one closes it
                    stack.append(-i - 1)
        for i in stack:
            if i < 0:
                continue  # (said above)
            if straight and straight[-1] > i:
                straight.pop()
                continue
            yield _finding(p, i, open_ch, close_ch, False, lang)


def _finding(p: Paragraph, i: int, ch: str, other: str, closing: bool, lang: str) -> Finding:
    context = p.text[max(0, i - 30): i + 31].strip()
    what = t("check.brackets.unopened" if closing else "check.brackets.unclosed", lang, ch=ch, other=other)
    return Finding(p, i, i + 1, args={"bracket": ch, "other": other, "problem": what, "closing": closing},
                   evidence=f"…{context}…")
