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

from functools import lru_cache
from typing import Iterator

from . import Finding
from . import _spelling as sp
from .. import vietnamese as vn
from ..outline import Outline

KIND = "tone_placement"
OPTIONS = {"mixed_styles": True, "accept": []}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    accept = sp.accepted(options)
    styles: dict[str, list[tuple]] = {"old": [], "new": []}
    for p, toks in sp.checked(outline):
        for s, e, w, low in toks:
            info = _info(w)
            if info is None or low in accept:
                continue
            right, style = info
            if right:
                yield Finding(p, s, e, args={"word": w, "problem": f"tone mark on the wrong vowel: '{w}' should be "
                                             f"'{right}'"}, suggestion=right)
            elif style:
                styles[style].append((p, s, e, w))
    if options["mixed_styles"] and styles["old"] and styles["new"]:
        yield _mixed(styles)


@lru_cache(maxsize=32768)
def _info(w: str) -> tuple[str | None, str | None] | None:
    """(right spelling if the mark is misplaced, 'old'/'new' style) of a word, None if neither applies."""
    if len(w) < 2 or w.isascii() or sp.is_mixed_case(w):
        return None
    low = w.lower()
    if not vn.is_valid(low):
        return None
    right = vn.misplaced(low)
    if right:
        return _recase(w, right), None
    style = vn.tone_style(low)
    return (None, style) if style else None


def _recase(model: str, word: str) -> str:
    return "".join(c.upper() if m.isupper() else c for m, c in zip(model, word))


def _mixed(styles: dict[str, list[tuple]]) -> Finding:
    minority = "new" if len(styles["new"]) <= len(styles["old"]) else "old"
    major = "old" if minority == "new" else "new"
    p, s, e, w = styles[minority][0]
    examples = ", ".join(sorted({x[3].lower() for x in styles[major]})[:3])
    other = vn.restyle(sp.nfc_lower(w), major)
    return Finding(p, s, e, severity="info",
                   args={"word": w, "problem": f"tone marks in two styles: '{w}' ({minority} style, "
                                               f"{len(styles[minority])}x) but {examples} ({major} style, "
                                               f"{len(styles[major])}x); pick one"},
                   suggestion=_recase(w, other), evidence=f"{major} style: {examples}")
