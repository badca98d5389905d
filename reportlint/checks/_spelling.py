"""Shared by the spelling kinds (syllable, tone_placement, capitalization, confusion, encoding).

Not a kind itself (the leading underscore keeps it out of the kind list). It loads the
word data of rules/ once per process, says which paragraphs are spelling-checked (not
the ones without diacritics) and splits a paragraph into words, leaving out URLs,
e-mail addresses, file names and codes with digits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterator

from .. import vietnamese as vn
from .._resources import rules_dir
from ..cache import shipped_yaml
from ..document import Paragraph
from ..outline import Outline
from ..text import fold

@lru_cache(maxsize=None)
def data(name: str) -> dict:
    """The data file rules/<name>.yaml (a mapping without a `rules:` key)."""
    return shipped_yaml(rules_dir() / f"{name}.yaml") or {}


def nfc_lower(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


@lru_cache(maxsize=65536)
def canon(word: str) -> str:
    """A lower-case syllable with its tone mark in the old style ('hoà' -> 'hòa'), for lookups."""
    return vn.restyle(word, "old")


def canon_phrase(s: str) -> str:
    """Lower case, NFC, single spaces, old-style marks: the key of every word lookup."""
    return " ".join(canon(w) for w in nfc_lower(s).split())


def _flatten(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _flatten(v)
    elif isinstance(value, list):
        for v in value:
            yield from _flatten(v)


@lru_cache(maxsize=None)
def vocabulary() -> frozenset[str]:
    """Lower-case words that are not Vietnamese syllables and are right: loanwords, acronyms, names."""
    return frozenset(nfc_lower(w) for w in _flatten(data("vocabulary")))


@lru_cache(maxsize=None)
def english() -> dict[str, str]:
    """Loanwords and product names as they should be spelt, by lower case, for near misses."""
    d = data("vocabulary")
    out: dict[str, str] = {}
    for key in ("loanwords", "products", "english"):
        for w in d.get(key, []) or []:
            if isinstance(w, str) and len(w) >= 5 and w.isascii() and w.isalpha():
                out[w.lower()] = w
    return out


@lru_cache(maxsize=None)
def loanword_alternatives() -> dict[str, list[str]]:
    """Vietnamese spellings to offer beside a loanword ('banner' -> 'băng rôn')."""
    alt = data("vocabulary").get("alternatives", {}) or {}
    return {str(k).lower(): [str(x) for x in (v if isinstance(v, list) else [v])] for k, v in alt.items()}


@lru_cache(maxsize=None)
def confusions() -> dict[str, tuple[tuple[str, ...], str]]:
    """wrong (lower case) -> (right forms, class of mistake), from rules/confusions.yaml."""
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for cls, pairs in (data("confusions").get("classes", {}) or {}).items():
        for wrong, right in (pairs or {}).items():
            rights = tuple(right) if isinstance(right, list) else (right,)
            out[canon_phrase(str(wrong))] = (tuple(unicodedata.normalize("NFC", str(r)) for r in rights), str(cls))
    return out


@lru_cache(maxsize=None)
def lexicon() -> frozenset[str]:
    """Known words of two syllables or more (lower case): lexicon, confusion answers, names."""
    d = data("lexicon")
    words = {canon_phrase(w) for w in _flatten(d)}
    words |= {canon_phrase(r) for rights, _ in confusions().values() for r in rights}
    return frozenset(w for w in words if " " in w and all(ch.isalpha() or ch == " " for ch in w))


@lru_cache(maxsize=None)
def proper_nouns() -> tuple[str, ...]:
    """Names written with a capital on every syllable: 'Việt Nam', 'Trà Vinh'."""
    return tuple(unicodedata.normalize("NFC", w) for w in _flatten(data("lexicon").get("proper_nouns", [])))


@lru_cache(maxsize=None)
def known_bigrams() -> frozenset[str]:
    """Every pair of adjacent syllables inside a known word: context that vouches for a syllable."""
    out: set[str] = set()
    for w in lexicon():
        parts = w.split()
        out.update(f"{a} {b}" for a, b in zip(parts, parts[1:]))
    return frozenset(out)


# --- which text is checked -------------------------------------------------------------

Token = tuple[int, int, str, str]  # start, end, word as written, lower case


def checked(outline: Outline) -> list[tuple[Paragraph, list[Token]]]:
    """(paragraph, its words) for per-word spelling checks: none when the document lost its diacritics.

    Five spelling rules read the same words: they are computed once per outline.
    """
    memo = outline.derived
    if "spelling.words" not in memo:
        memo["spelling.words"] = [] if outline.unaccented else \
            [(p, tokenize(p.text)) for p in outline.paragraphs if not p.unaccented]
    return memo["spelling.words"]


def checked_paragraphs(outline: Outline) -> list[Paragraph]:
    return [p for p, _ in checked(outline)]


def unaccented_paragraph(p: Paragraph, outline: Outline | None = None) -> bool:
    return p.unaccented


# Where a chunk is no word: URLs, e-mail, file and domain names, anything with a digit.
_SKIP_ANCHOR = re.compile(
    r"[\d@]+|https?://|www\.|\.(?:vn|com|net|org|gov|edu|docx?|xlsx?|pdf|pptx?|txt|md|zip|rar|jpe?g|png)\b",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"\s")


def _skip_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _SKIP_ANCHOR.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        a = max(text.rfind(" ", 0, m.start()), text.rfind("\t", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        nxt = _SPACE.search(text, m.end())
        spans.append((a, nxt.start() if nxt else len(text)))
    return spans


def tokenize(text: str) -> list[Token]:
    """Every run of letters outside URLs, e-mails, file names and codes with digits."""
    spans = _skip_spans(text)
    if spans:  # blank the skipped chunks out: offsets stay, their letters are not words
        pieces, pos = [], 0
        for a, b in spans:
            pieces += [text[pos:a], " " * (b - a)]
            pos = b
        scan = "".join(pieces) + text[pos:]
    else:
        scan = text
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: lower each word
        return [(m.start(), m.end(), m.group(), m.group().lower()) for m in _WORD.finditer(scan)]
    return [(s, e, text[s:e], low[s:e]) for s, e in map(re.Match.span, _WORD.finditer(scan))]


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for every word of `text` (see tokenize)."""
    for s, e, w, _ in tokenize(text):
        yield s, e, w


def runs(text: str, toks: list[Token] | None = None) -> list[list[Token]]:
    """Words grouped into runs separated only by spaces (no punctuation between)."""
    toks = tokenize(text) if toks is None else toks
    out: list[list[Token]] = []
    cur: list[Token] = []
    last_end = -1
    for t in toks:
        gap = t[0] - last_end
        if cur and not (gap in (1, 2) and text[last_end:t[0]].isspace()):
            out.append(cur)
            cur = []
        cur.append(t)
        last_end = t[1]
    if cur:
        out.append(cur)
    return out


def is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def is_mixed_case(word: str) -> bool:
    """iGate, ViệT, TTr: a capital after the first letter, not all capitals."""
    return not word.isupper() and any(ch.isupper() for ch in word[1:])


def match_case(model: str, text: str) -> str:
    """`text` with the capitalisation of `model`'s first letter (and all caps if `model` is)."""
    if len(model) > 1 and model.isupper():
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def skeleton(s: str) -> str:
    return fold(s)


def accepted(options: dict) -> frozenset[str]:
    """The rule's `accept` list plus the shipped vocabulary, lower case."""
    extra = options.get("accept") or []
    if not extra:
        return vocabulary()
    return vocabulary() | frozenset(nfc_lower(w) for w in extra)
