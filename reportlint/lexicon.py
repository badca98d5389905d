"""Word knowledge for the spelling checks: syllable unigram and bigram counts.

The counts come from public-domain official Vietnamese text (laws, decrees, circulars:
Luật Sở hữu trí tuệ, Điều 15), built by ``tools/build_lexicon.py`` into
``reportlint/data/lexicon.bin``; ``reportlint/data/LEXICON.md`` records the source commit,
the filters and the sizes. The file is read once, on first use (`load()` is cached), with
the standard library only (no decompression: a plain ~1 MB read and a few arrays, a few ms).

Syllables are compared in lower case (NFC, as the loaders give them)::

    >>> from reportlint import lexicon
    >>> lexicon.bigram("triển", "khai") > 100, lexicon.bigram("triển", "kha")
    (True, 0)
    >>> "khai" in list(lexicon.neighbours("kha"))
    True

A bigram is two syllables separated by white space only in the source (no punctuation,
number or dropped token between them), so a pair across a comma is simply unseen.
"""

from __future__ import annotations

import array
import json
import struct
import sys
import unicodedata
from bisect import bisect_left
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterator

__all__ = ["Lexicon", "load", "data_path", "unigram", "bigram", "capitalised", "known", "neighbours", "total_unigrams"]

MAGIC = b"RLLEX1\n"
_SATURATED = 65535  # a bigram count stored as this is in the overflow table
_DATA = ("data", "lexicon.bin")  # inside the reportlint package

# --- letters: toneless base and tone of every Vietnamese vowel -----------------------------

_VOWELS = "aăâeêioôơuưy"
_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang huyền sắc hỏi ngã nặng
_BASE: dict[str, str] = {}
_TONE: dict[str, int] = {}
for _v in _VOWELS:
    for _t, _m in enumerate(_MARKS):
        _ch = unicodedata.normalize("NFC", _v + _m)
        _BASE[_ch], _TONE[_ch] = _v, _t
_TONELESS = str.maketrans(_BASE)
_TONE_DIGIT = str.maketrans({ch: (str(t) if t else None) for ch, t in _TONE.items()}
                            | {ch: None for ch in "abcdđeghiklmnopqrstuvxyăâêôơư"})
# the letters a one-letter edit may add or put in (toneless: the tone stays where it was)
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"

_TELEX_TONE = {"s": 2, "f": 1, "r": 3, "x": 4, "j": 5}
_TELEX_LETTERS = (("dd", "đ"), ("uwow", "ươ"), ("uow", "ươ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"),
                  ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("w", "ư"))
_VNI_TONE = {"1": 2, "2": 1, "3": 3, "4": 4, "5": 5}
_VNI_MOD = {"6": {"a": "â", "e": "ê", "o": "ô"}, "7": {"o": "ơ", "u": "ư"}, "8": {"a": "ă"}, "9": {"d": "đ"}}


def split_tone(syl: str) -> tuple[str, int]:
    """'việt' -> ('viêt', 5): the syllable without its tone mark, and the tone (0-5)."""
    digits = syl.translate(_TONE_DIGIT)  # "5" for "việt"; "" without a mark
    return syl.translate(_TONELESS), int(digits[-1]) if digits[-1:].isdigit() else 0


def _one_letter_edits(base: str) -> set[str]:
    """Every string one letter away from `base`: dropped, added or changed."""
    out: set[str] = set()
    for i in range(len(base) + 1):
        head, tail = base[:i], base[i:]
        if tail:
            out.add(head + tail[1:])
            for ch in _ALPHABET:
                if ch != tail[0]:
                    out.add(head + ch + tail[1:])
        for ch in _ALPHABET:
            out.add(head + ch + tail)
    out.discard(base)
    return out


def _telex_readings(token: str) -> set[tuple[str, int]]:
    """Toneless bases and tones a Telex keystroke leftover may stand for: 'vieetj' -> ('viêt', 5)."""
    if not (token.isascii() and token.isalpha()):
        return set()
    options = [(token, 0)]
    for i in range(1, len(token)):
        if token[i] in _TELEX_TONE and (i == len(token) - 1 or token[i - 1] in "aeiouyw"):
            options.append((token[:i] + token[i + 1:], _TELEX_TONE[token[i]]))
    out: set[tuple[str, int]] = set()
    for rest, tone in options:
        letters = rest
        for old, new in _TELEX_LETTERS:
            letters = letters.replace(old, new)
        if letters != token:
            out.add((letters, tone))
    return out


def _vni_reading(token: str) -> tuple[str, int] | None:
    """A VNI leftover (digits for marks): 'vie65t' -> ('viêt', 5); None if there is none."""
    if not token.isascii() or token.isalpha() or not token[:1].isalpha():
        return None
    out: list[str] = []
    tone = 0
    for ch in token:
        if ch.isalpha():
            out.append(ch)
        elif ch in _VNI_TONE and not tone:
            tone = _VNI_TONE[ch]
        elif ch in _VNI_MOD:
            table = _VNI_MOD[ch]
            for k in range(len(out) - 1, -1, -1):
                if out[k] in table:
                    out[k] = table[out[k]]
                    if ch == "7" and k and out[k - 1] == "u":  # u o 7: ươ
                        out[k - 1] = "ư"
                    break
            else:
                return None
        else:
            return None
    return "".join(out), tone


# --- the lexicon -------------------------------------------------------------------------


def _parts(payload: bytes) -> Iterator[memoryview]:
    """The length-prefixed parts of the file (uint32 little-endian length, then the bytes)."""
    view, pos = memoryview(payload), 0
    while pos < len(view):
        (size,) = struct.unpack_from("<I", view, pos)
        yield view[pos + 4:pos + 4 + size]
        pos += 4 + size


def _ints(typecode: str, data: memoryview) -> array.array:
    a = array.array(typecode)
    a.frombytes(data)
    if sys.byteorder != "little":
        a.byteswap()
    return a


class Lexicon:
    """Syllable counts from one data file. Build it with `load()` rather than directly.

    Lookups take one lower-case NFC syllable (upper case is folded) and cost one dict
    lookup (`unigram`, `known`) or a binary search in the first syllable's row (`bigram`).
    """

    def __init__(self, blob: bytes) -> None:
        if not blob.startswith(MAGIC):
            raise ValueError("not a reportlint lexicon file")
        parts = _parts(blob[len(MAGIC):])
        self.header: dict[str, Any] = json.loads(bytes(next(parts)))
        self._words: list[str] = bytes(next(parts)).decode("utf-8").split("\n")
        self._ids: dict[str, int] = {w: i for i, w in enumerate(self._words)}
        self._uni = _ints("I", next(parts))
        self._cap = _ints("I", next(parts))
        self._offsets = _ints("I", next(parts))
        self._seconds = _ints("H", next(parts))
        self._counts = _ints("H", next(parts))
        over = _ints("I", next(parts))
        self._overflow: dict[int, int] = dict(zip(over[::2], over[1::2]))
        self.total_unigrams: int = int(self.header["total_unigrams"])
        """Syllables counted in the source after filtering (the denominator of a frequency)."""

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, syl: object) -> bool:
        return isinstance(syl, str) and syl.lower() in self._ids

    def unigram(self, syl: str) -> int:
        """How often the syllable occurs in the source (0 if unknown or pruned as too rare)."""
        i = self._ids.get(syl.lower())
        return 0 if i is None else self._uni[i]

    def capitalised(self, syl: str) -> int:
        """How often it was written capitalised inside a phrase ("Vinh" in "Trà Vinh"): names."""
        i = self._ids.get(syl.lower())
        return 0 if i is None else self._cap[i]

    def known(self, syl: str) -> bool:
        """Did the source use this syllable (often enough to be kept)?"""
        return syl.lower() in self._ids

    def bigram(self, a: str, b: str) -> int:
        """How often `a` was directly followed by `b` (0 if unseen or pruned as too rare)."""
        ia = self._ids.get(a.lower())
        ib = self._ids.get(b.lower())
        if ia is None or ib is None:
            return 0
        lo, hi = self._offsets[ia], self._offsets[ia + 1]
        k = bisect_left(self._seconds, ib, lo, hi)
        if k == hi or self._seconds[k] != ib:
            return 0
        c = self._counts[k]
        return self._overflow.get(k, c) if c == _SATURATED else c

    @cached_property
    def _by_base(self) -> dict[str, list[tuple[int, str]]]:
        """Toneless base -> [(tone, syllable)]: built on the first `neighbours` call."""
        index: dict[str, list[tuple[int, str]]] = {}
        for w in self._words:
            base, tone = split_tone(w)
            index.setdefault(base, []).append((tone, w))
        return index

    def neighbours(self, syl: str) -> Iterator[str]:
        """Known syllables one slip away from `syl`, most frequent first; `syl` itself excluded.

        A slip is: another tone mark ("khải" for "khai"), a hat, horn or breve added, dropped
        or swapped ("cam" ↔ "cẩm" is a tone plus a hat: two slips, not listed; "tư" ↔ "tu"),
        đ ↔ d, one letter dropped, added or changed with the tone kept ("kha" → "khai"), or a
        Telex or VNI keystroke sequence left unconverted ("vieetj", "vie65t" → "việt").
        The other placement of the same tone ("hòa" / "hoà") is no slip and is not listed.
        """
        s = syl.lower()
        base, tone = split_tone(s)
        index = self._by_base
        found: set[str] = {w for t, w in index.get(base, ()) if t != tone}
        wanted: set[tuple[str, int]] = _telex_readings(s)
        vni = _vni_reading(s)
        if vni is not None:
            wanted.add(vni)
        wanted.update((b, tone) for b in _one_letter_edits(base) if b in index)
        for b, t in wanted:
            found.update(w for t2, w in index.get(b, ()) if t2 == t)
        found.discard(s)
        uni, ids = self._uni, self._ids
        yield from sorted(found, key=lambda w: (-uni[ids[w]], w))


def data_path() -> Path:
    """Where the shipped data file is: ``data/lexicon.bin`` in the top-level package.

    Found from the top package rather than this module, so that moving the module inside
    the package does not move the data; and without importlib.resources (~40 ms to import).
    """
    top = sys.modules[__name__.split(".")[0]]
    return Path(top.__file__ or "").parent.joinpath(*_DATA)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The shipped lexicon, read and decoded once per process."""
    return Lexicon(data_path().read_bytes())


# --- the same, as functions on the shipped lexicon ---------------------------------------


def unigram(syl: str) -> int:
    """Count of `syl` in the shipped lexicon."""
    return load().unigram(syl)


def bigram(a: str, b: str) -> int:
    """Count of the pair `a b` in the shipped lexicon."""
    return load().bigram(a, b)


def capitalised(syl: str) -> int:
    """How often `syl` was capitalised inside a phrase in the source (a sign of a name)."""
    return load().capitalised(syl)


def known(syl: str) -> bool:
    """Is `syl` in the shipped lexicon?"""
    return load().known(syl)


def neighbours(syl: str) -> Iterator[str]:
    """Known syllables one slip away from `syl`, most frequent first (see `Lexicon.neighbours`)."""
    return load().neighbours(syl)


def total_unigrams() -> int:
    """Number of syllables the shipped lexicon was counted from (after filtering)."""
    return load().total_unigrams
