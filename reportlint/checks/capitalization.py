"""Capitals in the wrong place: inside a word ("ViệT"), or missing in a proper noun ("Việt nam").

A Vietnamese word (with its marks) that has a capital after its first letter and is not
all capitals is a typing slip; product names (iGate, VNPost) and codes (TTr, QyĐ) are no
Vietnamese syllables and are left alone. A known name of several syllables — countries,
provinces, cities, districts of the lexicon, plus the place named in the header's date
line ("Trà Vinh, ngày ...") — written with its first syllable capitalised and a later one
not ("Việt nam", "Hồ Chí minh", "Nhật bản", "Trà vinh") gets the right form. Text in
capitals and text without diacritics are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from . import Finding
from . import _spelling as sp
from .. import vietnamese as vn
from ..outline import Outline

KIND = "capitalization"
OPTIONS = {"names": [], "accept": []}

_PLACE_LINE = re.compile(r"^\s*([A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3})\s*,\s*ngày\b")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    names = tuple(options["names"]) + _header_places(outline)
    pattern = _names_pattern(names)
    accept = sp.accepted(options)
    for p in sp.checked_paragraphs(outline):
        yield from _inner_capitals(p, accept)
        yield from _lost_capitals(p, pattern)


def _header_places(outline: Outline) -> tuple[str, ...]:
    out = []
    for p in outline.header + outline.paragraphs[:8]:
        m = _PLACE_LINE.match(p.text)
        if m and not m.group(1).isupper():
            out.append(m.group(1))
    return tuple(out)


def _variants(name: str) -> set[str]:
    """The name in both tone-mark styles ('Khánh Hòa', 'Khánh Hoà')."""
    out = {name}
    for style in ("old", "new"):
        out.add(" ".join(_restyle_word(w, style) for w in name.split()))
    return out


def _restyle_word(w: str, style: str) -> str:
    low = sp.nfc_lower(w)
    new = vn.restyle(low, style)
    return w[0] + new[1:] if new != low and len(w) == len(new) else w


@lru_cache(maxsize=16)
def _names_pattern(extra: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    forms: dict[str, str] = {}
    for name in sp.proper_nouns() + extra:
        if " " in name.strip():
            for v in _variants(" ".join(name.split())):
                forms[sp.nfc_lower(v)] = v
    alts = sorted(forms, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in alts)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), forms


def _lost_capitals(p, pattern: tuple[re.Pattern[str], dict[str, str]]) -> Iterator[Finding]:
    rx, forms = pattern
    for m in rx.finditer(p.text):
        got = m.group()
        if got.isupper() or not got[0].isupper():
            continue
        parts = got.split()
        right = forms.get(sp.nfc_lower(" ".join(parts)))
        if not right:
            continue
        if all(a[0].isupper() == b[0].isupper() for a, b in zip(parts, right.split())):
            continue
        right = " ".join(a[0].upper() + a[1:] if r[0].isupper() else a for a, r in zip(parts, right.split()))
        yield Finding(p, m.start(), m.end(), args={"word": got, "problem": f"'{got}' is a proper noun: write '{right}'"},
                      suggestion=right)


def _inner_capitals(p, accept: frozenset[str]) -> Iterator[Finding]:
    for s, e, w in sp.words(p.text):
        if len(w) < 2 or not sp.is_mixed_case(w):
            continue
        low = sp.nfc_lower(w)
        if low in accept or not vn.has_vietnamese_mark(low) or not vn.is_valid(low):
            continue
        right = w[0] + low[1:]
        yield Finding(p, s, e, args={"word": w, "problem": f"capital letter inside the word '{w}': write '{right}'"},
                      suggestion=right)
