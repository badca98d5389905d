"""A word or a two-word phrase typed twice: "các các", "văn bản Văn bản".

Case-insensitive. Vietnamese reduplication that is correct ("ngày ngày", "người người",
"dần dần") is listed in the rule's `allow` option. Text that lost its diacritics (OCR)
is skipped: there "cong cong" is "công cộng".
"""

from __future__ import annotations

import re
from typing import Iterator

from . import Finding
from ..outline import Outline
from ..text import is_unaccented

KIND = "repeated_word"
OPTIONS = {"allow": ["ngày", "người", "nhà", "từ", "dần", "đâu", "xa", "mãi", "đời", "lâu", "thường",
                     "hoài", "rất", "nhiều", "mỗi", "ai", "gì", "sao", "nào", "cao", "chầm", "từng"]}

_TOKEN = re.compile(r"[^\W\d_]+")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    if outline.unaccented:
        return
    allow = {w.casefold() for w in options["allow"]}
    for p in outline.body_paragraphs() + ([outline.closing] if outline.closing else []):
        if is_unaccented(p.text):
            continue
        yield from _repeats(p, allow)


def _repeats(p, allow: set[str]) -> Iterator[Finding]:
    text = p.text
    toks = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(text)]
    reported_to = -1

    def spaced(a: int, b: int) -> bool:  # only whitespace between token a and token b
        return text[toks[a][1]:toks[b][0]].isspace()

    for i in range(len(toks) - 1):
        if toks[i][0] < reported_to:
            continue
        w = toks[i][2]
        if toks[i + 1][2] == w and spaced(i, i + 1) and w not in allow and len(w) > 1:
            word = text[toks[i + 1][0]:toks[i + 1][1]]
            yield Finding(p, toks[i][0], toks[i + 1][1], args={"word": word, "repeated": text[toks[i][0]:toks[i + 1][1]]},
                          suggestion=text[toks[i][0]:toks[i][1]])
            reported_to = toks[i + 1][1]
        elif i + 3 < len(toks) and (w, toks[i + 1][2]) == (toks[i + 2][2], toks[i + 3][2]) \
                and all(spaced(k, k + 1) for k in (i, i + 1, i + 2)) and w != toks[i + 1][2]:
            phrase = text[toks[i][0]:toks[i + 1][1]]
            yield Finding(p, toks[i][0], toks[i + 3][1], args={"word": phrase, "repeated": text[toks[i][0]:toks[i + 3][1]]},
                          suggestion=phrase)
            reported_to = toks[i + 3][1]
