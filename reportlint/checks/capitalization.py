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
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, count

from reportlint.checks import Finding, lang_of
from reportlint.analysis import spelling as sp
from reportlint.text import vietnamese as vn
from reportlint.analysis.outline import Outline
from reportlint.i18n import t

KIND = "capitalization"
OPTIONS = {"names": [], "accept": []}

_PLACE_LINE = re.compile(r"^\s*([A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3})\s*,\s*ngày\b")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    extra = tuple(options["names"]) + _header_places(outline)
    names = _names(extra)
    accept = sp.accepted(options)
    checked = sp.checked(outline)
    lang = lang_of(outline)
    # judge each distinct word once; most words are neither mixed-case nor a name's start
    # (only a word with a capital can be either: most are in lower case, passed over without a call)
    capitalised = [w for w in sp.distinct_words(outline) if not w.islower()]
    inner = {w: r for w in capitalised if (r := _inner(w)) and w.lower() not in accept}
    starts = {w for w in capitalised if w[:1].isupper() and sp.canon(w.lower()) in names} | _lower_starts(extra)
    for p, ws in checked:
        if not inner.keys().isdisjoint(ws.words):
            for s, e, w, low in (tok for tok in ws.toks if tok[2] in inner):
                right = inner[w]
                key = "check.capitalization.glued" if " " in right else "check.capitalization.inner"
                yield Finding(p, s, e, args={"word": w, "problem": t(key, lang, word=w, right=right)},
                              suggestion=right)
        if not starts.isdisjoint(ws.words):
            yield from _lost_capitals(p, ws, starts, _by_pair(extra), lang)


def _header_places(outline: Outline) -> tuple[str, ...]:
    out = []
    for p in outline.header + outline.paragraphs[:8]:
        m = _PLACE_LINE.match(p.text)
        if m and not m.group(1).isupper():
            out.append(m.group(1))
    return tuple(out)


@lru_cache(maxsize=16)
def _names(extra: tuple[str, ...]) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """First syllable (lower case, old-style marks) -> [(syllables, the name as written)], longest first."""
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for name in sp.proper_nouns() + extra:
        words = tuple(name.split())
        if len(words) < 2:
            continue
        key = tuple(sp.canon(w.lower()) for w in words)
        out.setdefault(key[0], []).append((key, words))
    for v in out.values():
        v.sort(key=lambda item: -len(item[0]))
    return out


@lru_cache(maxsize=16)
def _lower_starts(extra: tuple[str, ...]) -> frozenset[str]:
    """The first words, in lower case, of the names written so ('dân' of 'dân tộc Kinh')."""
    return frozenset(words[0] for cands in _names(extra).values() for _, words in cands if words[0].islower())


@lru_cache(maxsize=16)
def _by_pair(extra: tuple[str, ...]) -> dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """The lists of _names(extra) by first two syllables (in the same order): most first syllables start several names."""
    out: dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for cands in _names(extra).values():
        for key, words in cands:
            out.setdefault(key[:2], []).append((key, words))
    return out


def _lost_capitals(p, ws: sp.Words, starts: set[str], by_pair, lang: str) -> Iterator[Finding]:
    text = p.text
    words, lows = ws.words, ws.lows
    # only a word of `starts` can begin a name; with a Σ the lower case of a word depends on
    # its neighbours (final ς), so there every word is tried
    at = range(len(words)) if "\u03a3" in text else compress(count(), map(starts.__contains__, words))
    nxt = 0  # a name found is not searched again from its later syllables
    for i in at:
        if i < nxt or i + 1 == len(words):
            continue  # (a name has two syllables or more)
        cands = by_pair.get((sp.canon(lows[i]), sp.canon(lows[i + 1])))
        if cands and i and words[i - 1][:1].isupper() and _ends_name(by_pair, lows[i - 1], lows[i]):
            continue  # 'người Việt Nam định cư': 'Nam' ends 'Việt Nam', it starts no 'Nam Định'
        if not cands or all(w[0].isupper() for w in words[i + 1:i + len(cands[0][0])]):
            continue  # no name, or its syllables all capitalised: nothing to report whichever name it is
        for key, proper in cands:
            n = len(key)
            if i + n > len(words) or tuple(map(sp.canon, lows[i:i + n])) != key \
                    or proper[0][0].isupper() and not words[i][0].isupper():
                continue  # ('việt nam' all in lower case may be a phrase's; 'dân tộc kinh' is a name's)
            span = ws.toks[i:i + n]
            if any(not text[a[1]:b[0]].isspace() or b[0] - a[1] > 2 for a, b in zip(span, span[1:])):
                continue
            if not any(r[0].isupper() and not t[2][0].isupper() for t, r in zip(span, proper)):
                break  # written right
            right = " ".join(t[2][0].upper() + t[2][1:] if r[0].isupper() else t[2] for t, r in zip(span, proper))
            s, e = span[0][0], span[-1][1]
            got = text[s:e]
            yield Finding(p, s, e, args={"word": got, "problem": t("check.capitalization.proper", lang, word=got, right=right)},
                          suggestion=right)
            nxt = i + n
            break


def _ends_name(by_pair, a: str, b: str) -> bool:
    """Whether the two words `a b` (lower case) are a whole known name ('việt nam', 'hà nam')."""
    key = (sp.canon(a), sp.canon(b))
    return any(k == key for k, _ in by_pair.get(key, ()))


@lru_cache(maxsize=32768)
def _inner(w: str) -> str | None:
    """'ViệT' -> 'Việt': a Vietnamese word with a capital after its first letter."""
    if len(w) < 2 or not sp.is_mixed_case(w):
        return None
    low = w.lower()
    # (unaccented, only the shift held one letter too long: 'NAy', 'CHo'; 'TTr', 'iGate' are no syllables)
    held = len(w) >= 3 and w[:2].isupper() and w[2:].islower()
    if not (vn.has_vietnamese_mark(low) or held):
        return None
    if vn.is_valid(low):
        return w[0] + low[1:]
    # two words, a space lost before a capitalised one: 'thực hiệnKế hoạch' (not 'VNeID', 'iGate')
    i = next(i for i, ch in enumerate(w) if ch.isupper() and i)
    a, b = w[:i], w[i:]
    if a.islower() and b.istitle() and vn.has_vietnamese_mark(low) and vn.is_valid(a) and vn.is_valid(b.lower()):
        return f"{a} {b}"
    return None
