"""Tone marks on the wrong vowel ("tòan", "khỏang", "qúy", "gìa"), and mixed styles.

The mark goes on the modified vowel (ă â ê ô ơ ư), else on the vowel before a final
consonant, else on the middle of three vowels, else on the first of two. In open
syllables with oa, oe, uy both the old style ("hòa", "thủy") and the new one ("hoà",
"thuỷ") are right; after 'qu' and 'gi' those letters belong to the initial ("quý",
"già"). A misplaced mark is reported with the right spelling; a document that uses both
styles gets one info finding (at the first word in the less used style). Capitals are
checked too ("TÒAN"). Text without diacritics is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, count

from reportlint.checks import Finding, lang_of
from reportlint.analysis import spelling as sp
from reportlint.text import vietnamese as vn
from reportlint.analysis.outline import Outline
from reportlint.i18n import t

KIND = "tone_placement"
# mixed_severity: both styles are right, so mixing them is only worth a look
OPTIONS = {"mixed_styles": True, "mixed_severity": "info", "accept": []}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    accept = sp.accepted(options)
    lang = lang_of(outline)
    # judge each distinct word once: most words have neither a misplaced mark nor a style
    # (an ASCII word has no mark: passed over without a call)
    infos = {w: info for w in sp.distinct_words(outline) if not w.isascii() and (info := _info(w)) is not None}
    styles = {"old": _Style(), "new": _Style()}
    for p, ws in sp.checked(outline):
        if infos.keys().isdisjoint(ws.words):
            continue
        words, lows = ws.words, ws.lows
        for i in compress(count(), map(infos.__contains__, words)):  # the positions of those words, found in C
            w = words[i]
            if lows[i] in accept:
                continue
            right, style = infos[w]
            if right:
                s, e = ws.toks[i][:2]
                yield Finding(p, s, e, args={"word": w, "problem": t("check.tone.wrong_vowel", lang, word=w, right=right)},
                              suggestion=right)
            elif style:
                styles[style].add(p, ws, i, w)
    if options["mixed_styles"] and styles["old"].count and styles["new"].count:
        yield _mixed(styles, options["mixed_severity"], lang)


class _Style:
    """The words written in one style: how many, the first (its position found only if needed), their lower case."""

    def __init__(self) -> None:
        self.count = 0
        self.first: tuple = ()
        self.lower: set[str] = set()

    def add(self, p, ws: sp.Words, i: int, w: str) -> None:
        if not self.count:
            self.first = (p, ws, i)
        self.count += 1
        self.lower.add(w.lower())


@lru_cache(maxsize=32768)
def _info(w: str) -> tuple[str | None, str | None] | None:
    """(right spelling if the mark is misplaced, 'old'/'new' style) of a word, None if neither applies."""
    if len(w) < 2 or w.isascii() or sp.is_mixed_case(w):
        return None
    low = w.lower()
    if not vn.is_valid(low):
        return None
    right, style = vn.placement(low)
    if right:
        return _recase(w, right), None
    return (None, style) if style else None


def _recase(model: str, word: str) -> str:
    return "".join(c.upper() if m.isupper() else c for m, c in zip(model, word))


def _mixed(styles: dict[str, _Style], severity: str, lang: str) -> Finding:
    minority = "new" if styles["new"].count <= styles["old"].count else "old"
    major = "old" if minority == "new" else "new"
    p, ws, i = styles[minority].first
    s, e, w, _ = ws.toks[i]
    examples = ", ".join(sorted(styles[major].lower)[:3])
    other = vn.restyle(sp.nfc_lower(w), major)
    n_min, n_maj = styles[minority].count, styles[major].count
    shown = {"minority": t(f"check.tone.style.{minority}", lang), "major": t(f"check.tone.style.{major}", lang),
             "examples": examples}
    return Finding(p, s, e, severity=severity,
                   args={"word": w, "problem": t("check.tone.mixed", lang, word=w, n_min=n_min, n_maj=n_maj, **shown)},
                   suggestion=_recase(w, other), evidence=t("check.tone.mixed_evidence", lang, **shown))
