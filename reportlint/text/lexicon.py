"""Word knowledge for the spelling checks: syllable unigram and bigram counts.

The counts come from public-domain official Vietnamese text (laws, decrees, circulars:
Luật Sở hữu trí tuệ, Điều 15), built by ``tools/build_lexicon.py`` into
``reportlint/data/lexicon.bin``; ``reportlint/data/LEXICON.md`` records the source commit,
the filters and the sizes. The file is read once, on first use (`load()` is cached), with
the standard library only (no decompression: a plain ~1 MB read and a few arrays, a few ms).

Syllables are compared in lower case (NFC, as the loaders give them), with the tone mark of
"oa", "oe", "uy" in either style ("hoà" and "hòa" share one count, see `canonical`), and a
syllable that is an initial consonant and i or y read in either spelling ("kỉ niệm" is
"kỷ niệm", "lí do" is "lý do": both are in use, see `spellings`)::

    >>> from reportlint.text import lexicon
    >>> lexicon.bigram("triển", "khai") > 100, lexicon.bigram("triển", "kha")
    (True, 0)
    >>> "khai" in list(lexicon.neighbours("kha"))
    True

A bigram is two syllables separated by white space only in the source (no punctuation,
number or dropped token between them), so a pair across a comma is simply unseen.
"""

from __future__ import annotations

import array
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cached_property, lru_cache
from pathlib import Path

from reportlint.text.vietnamese import vni_letters

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Lexicon", "load", "data_path", "canonical", "spellings", "split_tone",
           "unigram", "bigram", "capitalised", "known", "neighbours", "total_unigrams"]

MAGIC = b"RLLEX2\n"
_SATURATED = 65535  # a bigram count stored as this is in the overflow table
_NEAR_MEMO = 65536  # neighbour lists remembered per process
# a syllable written this often in lower case is a word, however often a name capitalises it
# ("bộ", "tòa", "cổng"; not "nam" of "Việt Nam": 798)
_LOWER_WORD = 1000
_PAIR_MEMO = 1 << 16  # pair counts remembered per process (~13 MB at most)
# the longest syllable is 7 letters ("nghiêng"); a Telex or VNI leftover adds up to 3 keys
# ("nghieengs"): a longer token has no neighbour, and finding none would cost its length squared
LONGEST_SLIP = 10
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
_JOIN: dict[tuple[str, int], str] = {(_BASE[c], _TONE[c]): c for c in _BASE}
_TONELESS = str.maketrans(_BASE)

_TELEX_TONE = {"s": 2, "f": 1, "r": 3, "x": 4, "j": 5}
_TELEX_LETTERS = (("dd", "đ"), ("uwow", "ươ"), ("uow", "ươ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"),
                  ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("w", "ư"))


@lru_cache(maxsize=65536)
def canonical(syl: str) -> str:
    """The key the lexicon counts under: lower case, tone mark in the old style ("hoà" ->
    "hòa", "thuỷ" -> "thủy", "khoẻ" -> "khỏe"), so that both styles share one count.

    Only open "oa", "oe", "uy" (not after "qu") differ between the styles; any other
    syllable is its lower case. ``tools/build_lexicon.py`` folds the source the same way.
    """
    s = syl.lower()
    tone = _TONE.get(s[-1:], 0)
    if tone and len(s) >= 2 and s[-2] + _BASE[s[-1]] in ("oa", "oe", "uy") \
            and not s[:-2].endswith("q"):
        return s[:-2] + _JOIN[(s[-2], tone)] + _BASE[s[-1]]
    return s


# an initial consonant, then i or y and nothing else: the two letters spell one sound there
_INITIALS = frozenset("b c d đ h k l m n p r s t v x ch gh kh ng ngh nh ph qu th tr".split())
_I_Y = frozenset("iìíỉĩịyỳýỷỹỵ")
_I_Y_TWIN = str.maketrans("iìíỉĩịyỳýỷỹỵ", "yỳýỷỹỵiìíỉĩị")


@lru_cache(maxsize=65536)
def spellings(syl: str) -> tuple[str, ...]:
    """The lexicon keys that spell `syl`: its `canonical` form, and for an initial consonant
    followed by i or y alone, the other letter too ("kỉ" -> ("kỉ", "kỷ"), "lý" -> ("lý", "lí")).

    Both spellings are in official use (laws write "lý do", "kỹ thuật"; schools and many
    reports "lí do", "kĩ thuật"): both are looked up in the row of the commoner (`_twin_rows`).
    Not after "g" ("gì" is the initial "gi"), nor after a vowel ("tuy" and "tui" are two words).
    """
    key = canonical(syl)
    if key[-1:] in _I_Y and key[:-1] in _INITIALS:
        return key, _twin(key)
    return (key,)


def _twin(key: str) -> str:
    """'kỉ' -> 'kỷ', 'lý' -> 'lí': the other letter for the i or y that ends `key`."""
    return key[:-1] + key[-1].translate(_I_Y_TWIN)


def split_tone(syl: str) -> tuple[str, int]:
    """'việt' -> ('viêt', 5): the syllable without its tone mark, and the tone (0-5)."""
    return syl.translate(_TONELESS), next((t for t in map(_TONE.get, syl) if t), 0)


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


# --- the lexicon -------------------------------------------------------------------------


def _parts(view: memoryview) -> Iterator[memoryview]:
    """The length-prefixed parts of the file (uint32 little-endian length, then the bytes)."""
    pos = 0
    while pos < len(view):
        size = int.from_bytes(view[pos:pos + 4], "little")
        yield view[pos + 4:pos + 4 + size]
        pos += 4 + size


def _header(raw: bytes) -> dict[str, Any]:
    """The file's JSON header (sizes, source, filters), kept parsed in the user's cache as the
    shipped YAML files are: a check then never imports json (~0.7 ms of its start-up)."""
    from reportlint.cache import cached, fingerprint

    def parse() -> dict[str, Any]:
        import json

        return json.loads(raw)

    return cached("lexicon-header", fingerprint(raw), parse)


def _le(a: array.array) -> bytes:
    if sys.byteorder != "little":
        a = array.array(a.typecode, a)
        a.byteswap()
    return a.tobytes()


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
        parts = _parts(memoryview(blob)[len(MAGIC):])
        self.header: dict[str, Any] = _header(bytes(next(parts)))
        self._words: list[str] = bytes(next(parts)).decode("utf-8").split("\n")
        self._ids: dict[str, int] = dict(zip(self._words, range(len(self._words))))
        # (lists, not arrays: an array makes a new int object at each read, for every word looked up)
        self._uni: list[int] = _ints("I", next(parts)).tolist()
        self._ids.update(_twin_rows(self._ids, self._uni))
        self._cap: list[int] = _ints("I", next(parts)).tolist()
        self._offsets: list[int] = _ints("I", next(parts)).tolist()
        self._seconds = _ints("H", next(parts))
        self._counts = _ints("H", next(parts))
        over = _ints("I", next(parts))
        self._overflow: dict[int, int] = dict(zip(over[::2], over[1::2]))
        # the edit index (see tools/build_lexicon.py); its dicts are made on first use
        self._base_text = bytes(next(parts))
        self._tones = _ints("B", next(parts))
        self._base_offsets = _ints("I", next(parts))
        self._base_members = _ints("H", next(parts))
        self._deletion_text = bytes(next(parts))
        self._del_offsets = _ints("I", next(parts))
        self._del_members = _ints("I", next(parts))
        # each syllable's neighbours, worked out by the build with `_find_neighbours` (one
        # lookup instead of ~0.1 ms of edit search per word on the first run); absent from a
        # file written without them, and then worked out here
        table = next(parts, None)
        self._near_offsets = _ints("I", table) if table is not None else None
        self._near_members = _ints("H", next(parts)) if table is not None else None
        self._near: dict[str, tuple[str, ...]] = {}
        self._suggestable: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        self._ends: dict[int, int] = {}
        # a report repeats its phrases, and the spelling rules ask the pairs around each word
        # again and again: half the lookups of a check are repeats
        self.bigram = lru_cache(maxsize=_PAIR_MEMO)(self._bigram)  # type: ignore[method-assign]
        self.total_unigrams: int = int(self.header["total_unigrams"])
        """Syllables counted in the source after filtering (the denominator of a frequency)."""

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        """The known syllables, most frequent first."""
        return iter(self._words)

    def __contains__(self, syl: object) -> bool:
        return isinstance(syl, str) and self._row(syl) is not None

    def _row(self, syl: str) -> int | None:
        """The row of `syl`, None if unknown. Most words are written as their key (lower case,
        old-style marks: every key is its own `canonical` form), so they are looked up as they
        are; only the others have their key worked out."""
        i = self._ids.get(syl)
        return i if i is not None else self._ids.get(canonical(syl))

    def unigram(self, syl: str) -> int:
        """How often the syllable occurs in the source (0 if unknown or pruned as too rare)."""
        i = self._row(syl)
        return 0 if i is None else self._uni[i]

    def capitalised(self, syl: str) -> int:
        """How often it was written capitalised inside a phrase ("Vinh" in "Trà Vinh"): names."""
        i = self._row(syl)
        return 0 if i is None else self._cap[i]

    def known(self, syl: str) -> bool:
        """Did the source use this syllable (often enough to be kept)?"""
        return self._row(syl) is not None

    def bigram(self, a: str, b: str) -> int:
        """How often `a` was directly followed by `b` (0 if unseen or pruned as too rare)."""
        return self._bigram(a, b)  # (each Lexicon replaces this by a memo of _bigram)

    def _bigram(self, a: str, b: str) -> int:
        # both words written as their keys (most pairs): their rows without two calls of _row
        ia, ib = self._ids.get(a), self._ids.get(b)
        if ia is None or ib is None:
            ia, ib = self._row(a), self._row(b)
            if ia is None or ib is None:
                return 0
        lo, hi = self._offsets[ia], self._offsets[ia + 1]
        k = bisect_left(self._seconds, ib, lo, hi)
        if k == hi or self._seconds[k] != ib:
            return 0
        c = self._counts[k]
        return self._overflow.get(k, c) if c == _SATURATED else c

    def rows(self) -> Iterator[tuple[str, int, int, dict[str, int]]]:
        """Each syllable as stored, with its count, its capitalised count and the pairs it starts
        (the build tool's view: `unigram` and `bigram` answer for a twin spelling too)."""
        for i, w in enumerate(self._words):
            ks = range(self._offsets[i], self._offsets[i + 1])
            yield w, self._uni[i], self._cap[i], {self._words[self._seconds[k]]: self._overflow.get(k, self._counts[k])
                                                  for k in ks}

    def ends(self, syl: str) -> int:
        """How often `syl` ended a run in the source: before punctuation, a number or the end of
        a line (its count less the pairs it starts; a pair seen once, pruned, is counted here)."""
        i = self._row(syl)
        if i is None:
            return 0
        ends = self._ends.get(i)
        if ends is None:  # (a sum over the word's row: thousands of pairs for a common word)
            lo, hi = self._offsets[i], self._offsets[i + 1]
            starts = sum(self._counts[lo:hi])
            starts += sum(self._overflow[k] - _SATURATED for k in range(lo, hi) if self._counts[k] == _SATURATED)
            ends = self._ends[i] = max(0, self._uni[i] - starts)
        return ends

    @cached_property
    def _bases(self) -> list[str]:
        return self._base_text.decode("utf-8").split("\n")

    @cached_property
    def _base_ids(self) -> dict[str, int]:
        """Toneless base -> its row in the edit index (made on the first `neighbours` call)."""
        return dict(zip(self._bases, range(len(self._bases))))

    @cached_property
    def _deletion_ids(self) -> dict[str, int]:
        """Base with one letter dropped -> its row in the edit index."""
        keys = self._deletion_text.decode("utf-8").split("\n")
        return dict(zip(keys, range(len(keys))))

    def _with_base(self, base: str) -> list[tuple[int, str]]:
        """(tone, syllable) of the known syllables spelt `base` without their tone mark."""
        i = self._base_ids.get(base)
        if i is None:
            return []
        words, tones = self._words, self._tones
        row = self._base_members[self._base_offsets[i]:self._base_offsets[i + 1]]
        return [(tones[w], words[w]) for w in row]

    def _from_deletion(self, shorter: str) -> list[tuple[int, str]]:
        """(position, base) of the known bases that give `shorter` when that letter is dropped."""
        i = self._deletion_ids.get(shorter)
        if i is None:
            return []
        bases = self._bases
        row = self._del_members[self._del_offsets[i]:self._del_offsets[i + 1]]
        return [(m >> 16, bases[m & 0xFFFF]) for m in row]

    def _near_bases(self, base: str) -> set[str]:
        """Known bases one letter away from `base`: a letter dropped, added or changed.

        Symmetric deletion: two strings are one substitution apart when dropping the same
        position of each gives the same string, so a few lookups replace generating every
        edit; the build stores the deletions of every known base.
        """
        out = {b for _, b in self._from_deletion(base)}  # `base` plus one letter
        for i in range(len(base)):
            shorter = base[:i] + base[i + 1:]
            if shorter in self._base_ids:  # `base` minus one letter
                out.add(shorter)
            out.update(b for j, b in self._from_deletion(shorter) if j == i)  # one letter changed
        out.discard(base)
        return out

    def neighbours(self, syl: str) -> Iterator[str]:
        """Known syllables one slip away from `syl`, most frequent first; `syl` itself excluded.

        A slip is: another tone mark ("khái" for "khai"), a hat, horn or breve added, dropped
        or swapped ("tư" ↔ "tu"; "cam" ↔ "cẩm" is a tone plus a hat: two slips, not listed),
        đ ↔ d, one letter dropped, added or changed with the tone kept ("kha" → "khai"), an
        initial that sounds or is spelt alike though two letters differ (d/r ↔ gi, g ↔ gh,
        ng ↔ ngh, c/q ↔ k: "dáo dục" → "giáo"), or a
        Telex or VNI keystroke sequence left unconverted ("vieetj", "vie65t" → "việt").
        The other placement of the same tone ("hòa" / "hoà") and the other of i and y ("kỉ" / "kỷ") are
        no slips and are not listed;
        the neighbours are spelt in the old style ("hòa"), as the lexicon keys are.
        Results are remembered per syllable (a report repeats its words).
        """
        s = canonical(syl)
        if len(s) > LONGEST_SLIP:
            return iter(())  # no syllable is one slip from a run of letters this long
        near = self._near.get(s)
        if near is None:
            if len(self._near) >= _NEAR_MEMO:  # an audit of thousands of reports: stay bounded
                self._near.clear()
            near = self._near[s] = self._stored_neighbours(s) or self._find_neighbours(s)
        return iter(near)

    def suggestable_neighbours(self, syl: str, seen: int = 0) -> tuple[str, ...]:
        """The neighbours a rule may suggest: no names, which the source writes capitalised
        in half their uses or more ("Vinh" is never offered for "vin") and seldom in lower
        case (not "bộ": "Bộ Tài chính" 42,838 times, "cán bộ" 38,362), and only those seen
        `seen` times at least (a pair is never commoner than its words: a rule that needs a
        pair seen n times asks for neighbours seen n times). Remembered per syllable, with
        their counts: the neighbours come most frequent first, so those seen often enough
        are the first few."""
        s = canonical(syl)
        found = self._suggestable.get(s)
        if found is None:
            if len(self._suggestable) >= _NEAR_MEMO:
                self._suggestable.clear()
            cap, uni, ids = self._cap, self._uni, self._ids
            words = tuple(x for x in self.neighbours(s)
                          if 2 * cap[ids[x]] < uni[ids[x]] or uni[ids[x]] - cap[ids[x]] >= _LOWER_WORD)
            found = self._suggestable[s] = (words, tuple(-uni[ids[x]] for x in words))
        words, minus_counts = found
        return words[:bisect_right(minus_counts, -seen)] if seen > 0 else words

    def _stored_neighbours(self, s: str) -> tuple[str, ...] | None:
        """The build's answer for a syllable the lexicon holds (None for any other key)."""
        i = self._ids.get(s)
        if self._near_offsets is None or i is None or self._words[i] != s:
            return None  # (the rarer of twin spellings, "kỉ", is read in the row of "kỷ": worked out here)
        words = self._words
        return tuple(words[k] for k in self._near_members[self._near_offsets[i]:self._near_offsets[i + 1]])

    def neighbour_table(self) -> list[bytes]:
        """The parts of the data file that store every syllable's neighbours (CSR: uint32
        offsets, uint16 word ids, most frequent first), worked out afresh by the slip rules
        above: ``tools/build_lexicon.py`` appends them."""
        offsets, members = array.array("I", [0]), array.array("H")
        rank = {w: k for k, w in enumerate(self._words)}  # (not _ids: a rarer twin is read in the other's row)
        for w in self._words:
            members.extend(rank[x] for x in self._find_neighbours(w))
            offsets.append(len(members))
        return [_le(offsets), _le(members)]

    def _find_neighbours(self, s: str) -> tuple[str, ...]:
        base, tone = split_tone(s)
        found: set[str] = {w for t, w in self._with_base(base) if t != tone}
        wanted: set[tuple[str, int]] = _telex_readings(s)
        vni = vni_letters(s)
        if vni is not None:
            wanted.add(vni)
        wanted.update((b, tone) for b in self._near_bases(base))
        wanted.update((b, tone) for b in _initial_swaps(base) if b in self._base_ids)
        for b, t in wanted:
            found.update(w for t2, w in self._with_base(b) if t2 == t)
        found.difference_update(spellings(s))  # "kỷ" is no slip for "kỉ"
        uni, ids = self._uni, self._ids
        return tuple(sorted(found, key=lambda w: (-uni[ids[w]], w)))


# Initials that sound alike (d, r and gi in the north) or are spelt by the next vowel (g/gh,
# ng/ngh, c/k): one slip for a writer, though more than one letter apart.
_SWAPS = (("gi", ("d", "r")), ("d", ("gi",)), ("r", ("gi",)), ("ngh", ("ng",)), ("ng", ("ngh",)),
          ("gh", ("g",)), ("g", ("gh",)), ("k", ("c",)), ("c", ("k",)))


def _initial_swaps(base: str) -> list[str]:
    """`base` with its initial swapped for one that sounds or is spelt alike."""
    for initial, others in _SWAPS:
        if base.startswith(initial) and len(base) > len(initial):
            if initial == "g" and base.startswith(("gi", "gh")) or initial == "ng" and base.startswith("ngh") \
                    or initial == "c" and base.startswith("ch"):
                continue
            rest = base[len(initial):]
            return [o + rest for o in others]
    return []


def data_path() -> Path:
    """Where the shipped data file is: ``data/lexicon.bin`` in the top-level package.

    Found from the top package rather than this module, so that moving the module inside
    the package does not move the data; and without importlib.resources (~40 ms to import).
    """
    top = sys.modules[__name__.split(".")[0]]
    return Path(top.__file__ or "").parent.joinpath(*_DATA)


def _twin_rows(ids: dict[str, int], uni: list[int]) -> dict[str, int]:
    """Both spellings of an initial and i or y ("kỉ", "kỷ") looked up in the row of the more
    frequent one: the row that holds nearly all of the pair's uses (laws write "kỷ niệm", so
    "kỉ niệm" is read there), one dict lookup as for any syllable. (The keys are canonical:
    `spellings` would give each back with the same twin.)"""
    rows: dict[str, int] = {}
    for key in [c + v for c in _INITIALS for v in _I_Y if c + v in ids]:
        i, j = ids[key], ids.get(_twin(key))
        if j is None or uni[i] > uni[j]:
            rows[_twin(key)] = i
    return rows


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
