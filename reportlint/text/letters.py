"""Small Vietnamese text helpers shared by the outline and the checks: folding and words."""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+")
_LONG_WORD = re.compile(r"[^\W\d_]{2,}")
# spaced_letters' and marked_letters' patterns leave spaces alone (a space stays a space: most non-letters
# need no replacing); after digits became \x01, \w is the letters
_NON_LETTER_NOR_SPACE = re.compile(r"[^\w ]|[\d_]")
_DIGIT_OR_AT = re.compile(r"[\d@]")
_NON_LETTER_NOR_MARK = re.compile(r"[^\w \x01]")  # ('_' is \w: marked_letters replaces it first)


# --- fold -----------------------------------------------------------------------------------


def _fold_table() -> dict[int, str]:
    """Precomposed Latin letters to their base letter (NFC text needs no decomposition)."""
    table = {ord("đ"): "d", ord("Đ"): "D", ord("Ð"): "D"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    return table


_FOLD = _fold_table()
_COMBINING = re.compile(r"[\u0300-\u036f]")
_VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"  # lower case


def _fold_codec() -> tuple[object, str]:
    """fold's fast path: two charmap codec tables that fold lower-case Vietnamese text.

    A charmap codec maps each character to one byte and back, in C (~5x faster than a
    str.translate dict; fold reads every paragraph of every report). After lower(), the
    bytes of the ASCII capitals are free, and so are 128-255: there go the lower-case
    Vietnamese letters (decoded as their base letter) and the symbols fold keeps (decoded
    as themselves). The encoder refuses any other character: fold then takes the plain path.
    """
    symbols = "".join(map(chr, [*range(0xA0, 0xC0), 0xD7, 0xF7, *range(0x2010, 0x2028), *range(0x2030, 0x203F),
                               0x2212, *range(0x2190, 0x2194)]))
    encoded = [chr(b) for b in range(128)] + ["\ufffe"] * 128  # byte -> the character encoded there
    decoded = list(encoded)  # byte -> the character's fold
    free = [*range(ord("A"), ord("Z") + 1), *range(128, 256)]
    assert len(_VIETNAMESE + symbols) <= len(free)
    for b, ch in zip(free, _VIETNAMESE + symbols):
        encoded[b], decoded[b] = ch, _FOLD.get(ord(ch), ch)
    return codecs.charmap_build("".join(encoded)), "".join(decoded)


_ENCODE, _DECODE = _fold_codec()


def fold(s: str, lower: str | None = None) -> str:
    """Lower case without diacritics: 'Nơi nhận' -> 'noi nhan', 'Đ' -> 'd'.

    NFC text keeps its length, so a span found in the fold is a span of the original.
    Short strings (words, labels) recur across reports and are cached. `lower`: s.lower(),
    when the caller has it already (a paragraph keeps it).
    """
    return _fold_short(s) if len(s) <= 48 else _fold(s, lower)


@lru_cache(maxsize=65536)
def _fold_short(s: str) -> str:
    return _fold(s)


def _fold(s: str, lower: str | None = None) -> str:
    if lower is None:
        lower = s.lower()
    if s.isascii():
        return lower
    try:
        return codecs.charmap_decode(codecs.charmap_encode(lower, "strict", _ENCODE)[0], "strict", _DECODE)[0]
    except UnicodeEncodeError:  # a character outside the codec: the plain path
        pass
    out = s.translate(_FOLD)
    if not out.isascii():  # decomposed input: drop the combining marks
        out = _COMBINING.sub("", unicodedata.normalize("NFD", out).translate(_FOLD))
    return out.lower()


# --- words ------------------------------------------------------------------------------------


def spaced_letters(text: str) -> str:
    """`text` with every character that is no letter turned into a space (same length)."""
    return _NON_LETTER_NOR_SPACE.sub(" ", text)


def marked_letters(text: str) -> str:
    """`text` with its letters and spaces, digits and '@' turned into '\\x01' (they mark the
    chunks, codes and e-mail addresses, that spelling leaves out) and any other character
    into '|' (punctuation: it ends a phrase). Same length."""
    # one character class, which the regex engine scans for fast, not an alternation with '_' tried
    # at every character: the rare '_' is replaced on its own
    return _NON_LETTER_NOR_MARK.sub("|", _DIGIT_OR_AT.sub("\x01", text).replace("_", "|"))


def letter_runs(text: str) -> list[str]:
    """The runs of letters of `text`."""
    return _WORD.findall(text)


def words(s: str) -> list[str]:
    return _WORD.findall(s)


SAMPLE = 6000  # characters (~1,200 words): enough to tell a whole document's style
UNACCENTED_BELOW = 0.5  # share under which text is treated as OCR without diacritics


def accented_share(text: str) -> float:
    """Share of words (2+ letters) carrying a Vietnamese letter outside ASCII.

    Normal Vietnamese prose is ~0.8-0.9; OCR that lost its diacritics is far below.
    Returns 1.0 when there is too little text to tell.
    """
    return sample_share(text[:SAMPLE])


@lru_cache(maxsize=4)
def sample_share(sample: str) -> float:
    """accented_share of text already cut to SAMPLE characters; remembered, as the outline and
    the encoding rule read a report's same first characters (a benchmark that lints one report
    again and again empties it: bench/bench.py)."""
    ws = _sample_words(sample)
    if len(ws) < 8:
        return 1.0
    return (len(ws) - sum(map(str.isascii, ws))) / len(ws)


@lru_cache(maxsize=1)
def _sample_words(sample: str) -> list[str]:
    """The words (2+ letters) of a sample, kept for the next question: is_unaccented asks
    sample_share, then sample_lost_letters of the same sample, and one scan of it answers both (a
    list of words costs less to filter than the sample does to scan again)."""
    words = []
    for piece in sample.split():  # (no run of letters spans a space)
        if piece.isalpha():  # letters only (most pieces): a word as it is, told in C at a fraction
            if len(piece) > 1:  # of the pattern's cost (a class of Unicode categories, per letter)
                words.append(piece)
        else:
            words += _LONG_WORD.findall(piece)
    return words


def is_unaccented(text: str) -> bool:
    # fast answer first: Vietnamese prose has ~25-35% non-ASCII characters, OCR text without
    # diacritics a few percent; only the doubtful middle needs the word count
    n = len(text)
    if n > 200 and n - len(text.encode("ascii", "ignore")) >= 0.12 * n:
        return False
    return accented_share(text) < UNACCENTED_BELOW and not lost_letters(text)


def lost_letters(text: str) -> bool:
    """Whether text lost letters rather than marks: many of its plain words have no vowel ('Thng kê
    cho thy, toàn tnh có 512 doanh nghip': a page copied without its Vietnamese letters). Such text
    is no OCR without diacritics: the spelling checks read it and name the broken words."""
    return sample_lost_letters(text[:SAMPLE])


@lru_cache(maxsize=4)
def sample_lost_letters(sample: str) -> bool:
    """lost_letters of text already cut to SAMPLE characters; remembered as sample_share is (the
    loader and the outline ask of the same first characters)."""
    # the words of letters a-z only (no letter beside them: a word is a whole run of letters)
    plain = list(filter(str.islower, filter(str.isascii, _sample_words(sample))))
    vowelless = sum(1 for w in filter(_VOWELS.isdisjoint, plain) if w not in _UNITS)
    return vowelless >= 3 and vowelless >= 0.15 * len(plain)


_VOWELS = frozenset("aeiouy")
_UNITS = frozenset("km kg cm mm ml kw kwh mw mwh gwh kv gb mb tb hz ppm tr".split())  # ('43 km': no lost letter)
