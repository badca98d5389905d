"""The vocabulary of official documents (rules/formal.yaml): titles, bodies, type codes.

Shared by the header, signature and period parsers and the checks on them: canonical
forms (one tone-placement style, upper case), a title read through OCR damage, the kind
of body a header line names, and body names compared by containment (`squash`,
`closing_targets`).
"""

from __future__ import annotations

import re
from _thread import allocate_lock  # (not threading: ~1 ms of a check's start-up, for one lock)
from functools import lru_cache

from reportlint.text.letters import fold

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    import difflib
    from typing import Any

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
    titles = sorted(set(deputies) | set(deputies.values()), key=lambda t: (-len(t), t))
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
    with _MATCHING:  # (set_seq1 changes the shared matchers: one thread at a time, as `serve` has several)
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


_MATCHING = allocate_lock()


@lru_cache(maxsize=1)
def _title_matchers() -> list[tuple[str, str, difflib.SequenceMatcher]]:
    """(folded title, title, a matcher holding it as its second sequence) for each title.

    A matcher indexes its second sequence once; only the first changes from one line to
    the next (under the lock _MATCHING).
    """
    import difflib  # here: only a title damaged by OCR is matched, most checks need no difflib

    return [(ft, t, difflib.SequenceMatcher(None, "", ft)) for ft, t in tables()["titles_fold"]]


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
    for k, whole_word, v in _abbreviations():
        if k not in f:
            continue  # (most texts: the pattern cannot match either)
        f = f.replace(k, " " + v + " ") if whole_word is None else whole_word.sub(v, f)
    return _NOT_ALNUM.sub("", f)


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[str, re.Pattern | None, str]]:
    """(abbreviation, its pattern as a whole word or None for one with '&', expansion), folded,
    longest first: compiled once."""
    return [(k, None if "&" in k else re.compile(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])"), v)
            for k, v in tables()["abbrev"]]
