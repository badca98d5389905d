"""Text that is not plain Unicode Vietnamese: look-alike letters, legacy fonts, mojibake, no marks.

Modes (one rule each, all in category `encoding`):

- ``lookalike``: 'Ð' (U+00D0, Icelandic eth) for 'Đ' (U+0110), 'ð' for 'đ', 'ƣ' (U+01A3,
  from text taken out of PDFs) for 'ư', and Cyrillic or Greek letters inside Latin words
  ("Hà Nộі" with a Cyrillic і). They look the same and break search, sorting and spelling
  checks. Safe fix: the right letter.
- ``legacy``: text in a legacy font encoding — TCVN3/ABC ("ViÖt Nam", "Hµ Néi") or
  VNI-Windows ("Vieät Nam", "Haø Noäi") read as Unicode, or a file saved in TCVN3, VNI or
  Windows-1258 bytes. The loader decodes it (text/legacy.py), so every other rule reads the
  Unicode text; this rule says once per document what was read how ("read as TCVN3"), with
  the count and the first lines. Fix by converting the file (Unikey: TCVN3 -> Unicode).
- ``mojibake``: UTF-8 bytes decoded as Latin-1/Windows-1252 ("Viá»‡t", "Ã¡"), said and
  decoded the same way; fix by re-saving the file as UTF-8.
  Damage the loader left (too little text to be sure) is counted in the same one finding.
- ``no-diacritics``: a document (or a long paragraph) without Vietnamese marks, as OCR of a
  scan gives. Said once, at info; the per-word spelling checks skip that text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import islice

from reportlint.checks import Finding, Fix, document_text, lang_of
from reportlint.analysis.outline import Outline
from reportlint.model.document import Decoding, Paragraph
from reportlint.text.letters import SAMPLE, accented_share
from reportlint.i18n import t

KIND = "encoding"
OPTIONS = {"mode": "lookalike", "min_words": 25}
CHOICES = {"mode": ("lookalike", "legacy", "mojibake", "no-diacritics")}

# Cyrillic and Greek letters that look like Latin ones, and their Latin twins.
_TWINS = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "ο": "o", "ν": "v", "α": "a", "ι": "i", "Α": "A", "Β": "B",
    "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X",
    "Υ": "Y", "Ζ": "Z", "Ð": "Đ", "ð": "đ",
    "ƣ": "ư", "Ƣ": "Ư",  # (U+01A3 'oi', which text taken from some PDF fonts has for 'ư': 'ngƣời')
}
_LOOKALIKE = re.compile("[" + "".join(_TWINS) + "]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")

# TCVN3 (ABC) puts Vietnamese letters on Latin-1 code points: ¸ µ ¶ · ¹ ¨ ® § Ö ...
_TCVN3_WORD = re.compile(r"\b[A-Za-z]*[¸µ¶·¹¨©ª«¬®§ÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßãåæçëîïñòóôõöøùúûüýþÿ¡¢£¤¥¦]"
                         r"[A-Za-z¸µ¶·¹¨©ª«¬®§ÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßãåæçëîïñòóôõöøùúûüýþÿ¡¢£¤¥¦]*")
_TCVN3_SIGN_CHARS = "¸µ¶·¹¨©ª«¬®§Ö×"
_TCVN3_SIGN = re.compile(f"[{_TCVN3_SIGN_CHARS}]")
# VNI-Windows: a base vowel followed by a mark byte (ø ù û õ ï ä å ö ...), đ as ñ.
_VNI_WORD = re.compile(r"\b[A-Za-z]*(?:[aeiouyAEIOUYôöÔÖ][øùûõïäåöôâêáàãéèëÄÖØÙÛÕÏ]|[ñÑ][aeiouy])[A-Za-zøùûõïäåöôâêáàãéèëñÑ]*")
_VNI_SIGN = re.compile(r"[aeiouyAEIOUYôöÔÖ][øûõïäåöÄÖØÛÕÏ]|[ñÑ][aeiouyAEIOUY]")
_VNI_MARK_CHARS = "øûõïäåöÄÖØÛÕÏñÑ"  # _VNI_SIGN needs one of them
_LEGACY_HINT_CHARS = "øûïäåöÄÖØÛÏ¸µ¶·¹¨©ª«¬®§×ñÑ"  # legacy text has one of them
# UTF-8 read as Windows-1252: a lead byte (Ã Â Ä Å Æ á º ...) then a continuation byte shown as a symbol.
# (Vietnamese letters in U+1Exx are E1 BA/BB in UTF-8: after 'á' only º and » count, which
# keeps the pattern from stopping at every 'á' of correct text)
_MOJIBAKE = re.compile(r"(?:(?:[ÃÂÄÅÆÐÑ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122\u20ac]|á[º»])"
                       r"[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122\u20ac]?)+")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    mode = options["mode"]
    lang = lang_of(outline)
    if mode == "no-diacritics":
        yield from _no_diacritics(outline, options["min_words"])
        return
    text, _ = document_text(outline)
    if mode == "lookalike":
        if _may_have(mode, text):  # one cheap pass over the document instead of patterns per paragraph
            for p in outline.paragraphs:
                yield from _lookalikes(p, lang)
        return
    left: list[Finding] = []  # damage the loader did not decode
    if _may_have(mode, text):
        finder = _legacy if mode == "legacy" else _mojibake
        for p in _legacy_candidates(outline) if mode == "legacy" else outline.paragraphs:
            left.extend(finder(p, lang))
    decoding = outline.document.decoding
    if decoding and (decoding.encoding == MOJIBAKE) == (mode == "mojibake"):
        yield _decoded(outline, decoding, left, lang)
    elif left:
        yield _left(left, mode, lang)


MOJIBAKE = "UTF-8 read as Windows-1252"  # text/legacy.py's name of the mojibake reading
_SHOWN = 5  # places a finding lists


def _decoded(outline: Outline, decoding: Decoding, left: list[Finding], lang: str) -> Finding:
    """The one finding for a document the loader decoded: how, how many lines, where."""
    name, n = decoding.encoding, len(decoding.lines)
    said = {"name": name, "lines": _n(n, "line", lang), "where": _lines(decoding.lines, lang)}
    para, start, end = _place(outline, decoding.lines[0])
    key = ("whole_file" if decoding.whole_file else "mojibake_read" if name == MOJIBAKE else "legacy_read")
    problem = t(f"check.encoding.{key}", lang, **said) + t("check.encoding.save", lang)
    if left:
        problem += t("check.encoding.more", lang, count=len(left), where=_lines(_linenos(left), lang))
    return Finding(para, start, end, args={"word": para.text[start:end], "encoding": name, "problem": problem})


def _left(left: list[Finding], mode: str, lang: str) -> Finding:
    """The one finding for damaged words the loader could not decode."""
    first, n = left[0], len(left)
    name = first.args.get("encoding", MOJIBAKE)
    said = {"name": name, "word": first.args["word"], "where": _lines(_linenos(left), lang)}
    if mode == "mojibake":
        problem = t("check.encoding.left_mojibake", lang, words=_n(n, "word", lang), **said) + t("check.encoding.resave", lang)
    else:
        problem = (t("check.encoding.left_legacy", lang, paragraphs=_n(n, "paragraph", lang), **said)
                   + t("check.encoding.convert", lang, name=name))
    return Finding(first.para, first.start, first.end, evidence=first.evidence, args={**first.args, "problem": problem})


def _n(count: int, noun: str, lang: str) -> str:
    """'1 line', '3 lines', '3 dòng': a count of `noun` (line, word or paragraph)."""
    return t(f"check.encoding.n.{noun}" + ("" if count == 1 else "s"), lang, count=count)


def _linenos(found: list[Finding]) -> list[int]:
    return sorted({f.para.locate(f.start)[0] for f in found})


def _lines(numbers, lang: str) -> str:
    """'line 3', 'lines 3, 5, 8' or 'lines 3, 5, 8, 12, 15, …' ('dòng 3, 5'): the first places."""
    word = t("check.encoding.line" if len(numbers) == 1 else "check.encoding.lines", lang)
    shown = ", ".join(str(n) for n in list(numbers)[:_SHOWN])
    return f"{word} {shown}" + (", …" if len(numbers) > _SHOWN else "")


def _place(outline: Outline, lineno: int) -> tuple[Paragraph, int, int]:
    """The paragraph holding file line `lineno`, and that line's span in its text."""
    for p in outline.paragraphs:
        for i, ln in enumerate(p.lines):
            if ln.lineno == lineno:
                start = p.starts[i]
                return p, start, start + max(1, len(ln.text.strip()))
    first = outline.paragraphs[0]
    return first, 0, max(1, len(first.text))


def _legacy_candidates(outline: Outline) -> list:
    """The paragraphs that pass _legacy's first test (a TCVN3 sign or a VNI sign), found in the
    joined text of the document (no pattern matches across its newlines)."""
    text, offsets = document_text(outline)
    at = set()
    for ch in _TCVN3_SIGN_CHARS:
        i = text.find(ch)
        while i >= 0:
            at.add(i)
            i = text.find(ch, i + 1)
    if _has_any(text, _VNI_MARK_CHARS):
        at.update(m.start() for m in _VNI_SIGN.finditer(text))
    return [outline.paragraphs[k] for k in sorted({bisect_right(offsets, i) - 1 for i in at})]


_MOJIBAKE_LEAD = re.compile(r"[ÃÂÄÅÆÐÑ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122\u20ac]")


def _has_any(text: str, chars: str) -> bool:
    """Whether `text` holds one of `chars`: `in` for one character scans like memchr, a
    character class of the regex engine is several times slower."""
    return any(ch in text for ch in chars)


def _may_have(mode: str, text: str) -> bool:
    """A fast test that the document can hold this damage at all."""
    if mode == "lookalike":
        return _has_any(text, _LOOKALIKE_CHARS)
    if mode == "legacy":
        return _has_any(text, _LEGACY_HINT_CHARS)
    return "á»" in text or "áº" in text or (_has_any(text, _MOJIBAKE_LEADS) and _MOJIBAKE_LEAD.search(text) is not None)


_LOOKALIKE_CHARS = "".join(_TWINS)
_MOJIBAKE_LEADS = "ÃÂÄÅÆÐÑ"  # the first class of _MOJIBAKE_LEAD


def _lookalikes(p, lang: str) -> Iterator[Finding]:
    text = p.text
    if not _LOOKALIKE.search(text):
        return
    if "ƣ" in text or "Ƣ" in text:
        yield from _pdf_oi(p, lang)
        text = text.replace("ƣ", "ư").replace("Ƣ", "Ư")
    for m in re.finditer(r"[^\W\d_]+", text):
        w = m.group()
        bad = _LOOKALIKE.findall(w)
        if not bad:
            continue
        eth = all(ch in "Ðð" for ch in bad)
        if not eth and not _LATIN.search(_LOOKALIKE.sub("", w)):
            continue  # a whole Cyrillic or Greek word is a foreign word, not a look-alike
        right = "".join(_TWINS.get(ch, ch) for ch in w)
        what = ", ".join(sorted({f"'{ch}' U+{ord(ch):04X}" for ch in bad}))
        # the same word in Latin letters: a safe fix
        yield Finding(p, m.start(), m.end(), suggestion=right, fix=Fix.replace(p, m.start(), m.end(), right),
                      args={"word": w, "problem": t("check.encoding.lookalike", lang, word=w, what=what, right=right)})


def _legacy(p, lang: str) -> Iterator[Finding]:
    text = p.text
    # _VNI_SIGN needs one of the VNI mark letters: test for them first
    if text.isascii() or not (_has_any(text, _TCVN3_SIGN_CHARS) or
                              (_has_any(text, _VNI_MARK_CHARS) and _VNI_SIGN.search(text))):
        return
    tcvn = [m for m in _TCVN3_WORD.finditer(text) if _TCVN3_SIGN.search(m.group()) and not _MICRO_UNIT.fullmatch(m.group())]
    vni = [m for m in _VNI_WORD.finditer(text) if _VNI_SIGN.search(m.group())]
    hits, name = (tcvn, "TCVN3 (ABC)") if len(tcvn) >= len(vni) else (vni, "VNI-Windows")
    if len(hits) < 2:
        return  # one odd word ('Müller') is a name, not an encoding
    first = hits[0]
    sample = " ".join(m.group() for m in hits[:3])
    yield Finding(p, first.start(), first.end(), args={"word": first.group(), "encoding": name},
                  evidence=t("check.encoding.legacy_evidence", lang, count=len(hits), sample=sample))


_MICRO_UNIT = re.compile(r"µ(?:g|m|l|s|S|mol|Sv)")  # 'µg/Nm3' in an air quality report: the micro sign, no TCVN3 'à'


def _pdf_oi(p, lang: str) -> Iterator[Finding]:
    """'ƣ' for 'ư' (a PDF's font), as a rule in every word of the text: one finding a paragraph,
    at its first word, whose fix mends them all."""
    hits = list(re.finditer(r"[^\W\d_]*[ƣƢ][^\W\d_]*", p.text))
    first = hits[0]
    right = first.group().translate(_OI)
    problem = t("check.encoding.lookalike", lang, word=first.group(), what="'ƣ' U+01A3", right=right)
    if len(hits) > 1:
        problem = t("check.encoding.lookalike_more", lang, problem=problem, count=len(hits) - 1, letter="ƣ", twin="ư")
    fix = Fix(tuple(e for m in hits for e in Fix.replace(p, m.start(), m.end(), m.group().translate(_OI)).edits))
    yield Finding(p, first.start(), first.end(), suggestion=right, fix=fix, args={"word": first.group(), "problem": problem})


_OI = str.maketrans("ƣƢ", "ưƯ")


def _repair(s: str) -> str | None:
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) < 256:
                out.append(ord(ch))
            else:
                return None
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _mojibake(p, lang: str) -> Iterator[Finding]:
    """Each word of UTF-8 text read as Windows-1252 (gathered into one finding by _left)."""
    text = p.text
    if text.isascii() or not _MOJIBAKE.search(text):
        return
    for m in re.finditer(r"\S+", text):
        chunk = m.group()
        if not _MOJIBAKE.search(chunk):
            continue
        core = chunk.strip(".,;:!?()[]\"'“”")
        fixed = _repair(core)
        if not fixed or fixed == core or fixed.isascii():
            continue
        s = m.start() + chunk.index(core)
        yield Finding(p, s, s + len(core), suggestion=fixed, args={"word": core})


def _no_diacritics(outline: Outline, min_words: int) -> Iterator[Finding]:
    lang = lang_of(outline)
    paras = [p for p in outline.paragraphs if p.text.strip()]
    if not paras:
        return
    if outline.unaccented:
        text = " ".join(p.text for p in paras)
        if not _has_words(text[:SAMPLE], min_words):
            return  # too few words to tell ('Học sinh giỏi: 9,7% (295 HS)', three such lines: 46%)
        share = accented_share(text)  # (of its first characters: letters.SAMPLE)
        first = next((p for p in outline.body_paragraphs() if _has_words(p.text, 3)), paras[0])
        yield Finding(first, 0, 1,
                      args={"word": "", "problem": t("check.encoding.no_diacritics", lang, share=f"{share:.0%}")})
        return
    for p in paras:
        if p.unaccented and _has_words(p.text, min_words):
            yield Finding(p, 0, 1, args={"word": "", "problem": t("check.encoding.paragraph_no_diacritics", lang)})


_WORD = re.compile(r"[^\W\d_]+")  # a word of letters.words


def _has_words(text: str, n: int) -> bool:
    """Whether `text` has `n` words or more (letters.words), counted only up to `n`: a document
    without marks has thousands, which listing took ~1% of a lint."""
    return sum(1 for _ in islice(_WORD.finditer(text), max(n, 0))) >= n
