"""Small Vietnamese text helpers shared by the outline and the checks."""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from itertools import compress

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LONG_WORD = re.compile(r"[^\W\d_]{2,}")


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


def fold(s: str) -> str:
    """Lower case without diacritics: 'Nơi nhận' -> 'noi nhan', 'Đ' -> 'd'.

    Words and short labels recur across reports and are cached; a paragraph does not
    (Paragraph.folded keeps its fold for the rules of one report).
    """
    return _fold_short(s) if len(s) <= 48 else _fold(s)


@lru_cache(maxsize=65536)
def _fold_short(s: str) -> str:
    return _fold(s)


_VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"  # lower case


def _charmap() -> tuple[object, str]:
    """Two C codec tables that fold lower-case Vietnamese text a character at a time.

    A charmap codec maps each character to one byte and back, in C. After lower(), the bytes
    of the ASCII capitals are free, and so are 128-255: there go the lower-case Vietnamese
    letters (decoded as their base letter) and the symbols fold keeps (decoded as
    themselves). Any other character is not in the table: the encoder refuses it.
    """
    letters = _VIETNAMESE
    symbols = "".join(map(chr, [*range(0xA0, 0xC0), 0xD7, 0xF7, *range(0x2010, 0x2028), *range(0x2030, 0x203F),
                               0x2212, *range(0x2190, 0x2194)]))
    table = [chr(b) for b in range(128)] + ["\ufffe"] * 128  # byte -> the character encoded there
    back = list(table)  # byte -> the character's fold
    free = [*range(ord("A"), ord("Z") + 1), *range(128, 256)]
    assert len(letters + symbols) <= len(free)
    for b, ch in zip(free, letters + symbols):
        table[b], back[b] = ch, unicodedata.normalize("NFD", ch)[0] if ch != "đ" else "d"
    return codecs.charmap_build("".join(table)), "".join(back)


_ENCODE, _DECODE = _charmap()


def _fold(s: str) -> str:
    if s.isascii():
        return s.lower()
    try:  # the common case, ~4x faster than looking each character up in a dict
        return codecs.charmap_decode(codecs.charmap_encode(s.lower(), "strict", _ENCODE)[0], "strict", _DECODE)[0]
    except UnicodeEncodeError:  # a character outside the table: look each one up
        pass
    out = s.translate(_FOLD)
    if not out.isascii():  # decomposed input: drop the combining marks
        out = _COMBINING.sub("", unicodedata.normalize("NFD", out).translate(_FOLD))
    return out.lower()


# spaced_letters: ASCII bytes that are no letter become spaces, and so do U+00A0 and U+2000-U+203F
# (spaces, dashes, quotes, bullets, the ellipsis: C2 A0 and E2 80 xx in UTF-8), none of which
# is a word character; one character becomes one space
_ASCII_NON_LETTERS = bytes(b if chr(b).isalpha() else 0x20 for b in range(128)) + bytes(range(128, 256))
_DIGITS_MARKED = bytes(0x01 if chr(b) in "0123456789@" else c for b, c in enumerate(_ASCII_NON_LETTERS))
_OTHER_NON_LETTERS = re.compile(rb"\xe2\x80[\x80-\xbf]|\xc2\xa0")
NON_LETTER = re.compile(r"[\W\d_]")


def _letter_codec() -> tuple[object, str, bytes, bytes]:
    """A charmap codec (one byte per character, in C) for Vietnamese text, and two byte maps
    that turn each byte that is no letter into a space (or digits and '@' into '\\x01').

    ASCII keeps its bytes; the Vietnamese letters of both cases and common symbols take
    the free control bytes and 127-255 (0x01 stays '\\x01': it marks digits).
    """
    chars = _VIETNAMESE + _VIETNAMESE.upper() + "\u00a0§«°±·»×÷–—‘’“”•…¢€¥→"
    # (byte 0 stays '\\x00': else charmap_build makes a dict, several times slower)
    free = [b for b in range(32) if b not in (0x00, 0x01, 0x09, 0x0A, 0x0D)] + list(range(127, 256))
    assert len(chars) <= len(free)
    table = [chr(b) if b < 127 and b not in free else "\ufffe" for b in range(256)]
    for b, ch in zip(free, chars):
        table[b] = ch
    spaces = bytes(b if table[b].isalpha() else 0x20 for b in range(256))
    marks = bytes(0x01 if table[b] in "0123456789@" else c for b, c in enumerate(spaces))
    return codecs.charmap_build("".join(table)), "".join(table), spaces, marks


_LETTERS_ENCODE, _LETTERS_DECODE, _LETTERS_SPACED, _LETTERS_MARKED = _letter_codec()
_ASCII_OR_NOT = bytes(0x20 if s == 0x20 else ord("a") if _LETTERS_DECODE[b].isascii() else ord("b")
                      for b, s in enumerate(_LETTERS_SPACED))


def spaced_letters(text: str, digits: bool = False) -> str | None:
    """NON_LETTER.sub(" ", text) by byte operations in C, ~3x faster. With `digits`, the
    ASCII digits and '@' become '\\x01' instead, and None when `text` has a character this
    does not class (then the caller uses the regex: `text` must have no other digit).

    The map turns into spaces only characters that are no word letter ([^\\W\\d_]); an
    alphabetic character always is one; the few others left are classed one by one.
    """
    try:  # Vietnamese text: one byte per character and back (each table character is
        # a letter exactly when it is alphabetic: a test checks it)
        b = codecs.charmap_encode(text, "strict", _LETTERS_ENCODE)[0]
        return codecs.charmap_decode(b.translate(_LETTERS_MARKED if digits else _LETTERS_SPACED), "strict",
                                     _LETTERS_DECODE)[0]
    except UnicodeEncodeError:  # a character outside the table: by UTF-8 bytes
        pass
    b = text.encode().translate(_DIGITS_MARKED if digits else _ASCII_NON_LETTERS)
    if b"\xe2\x80" in b or b"\xc2\xa0" in b:
        b = _OTHER_NON_LETTERS.sub(b" ", b)
    spaced = b.decode()
    letters = spaced.replace(" ", "")
    if digits:
        letters = letters.replace("\x01", "")
    if not letters or letters.isalpha():
        return spaced
    if digits:
        return None
    # a few characters the map does not class ("€", "→"): space out those the regex would
    for c in set(letters):
        if not c.isalpha() and NON_LETTER.match(c):
            spaced = spaced.replace(c, " ")
    return spaced


def letter_runs(text: str) -> list[str] | None:
    """_WORD.findall(text), by spaced_letters; None when that cannot say."""
    spaced = spaced_letters(text)
    return None if spaced is None else spaced.split()


def words(s: str) -> list[str]:
    return _WORD.findall(s)


def accented_share(text: str) -> float:
    """Share of words (2+ letters) carrying a Vietnamese letter outside ASCII.

    Normal Vietnamese prose is ~0.8-0.9; OCR that lost its diacritics is far below.
    Returns 1.0 when there is too little text to tell.
    """
    sample = text[:SAMPLE]
    try:  # count the runs in C: each letter as 'a' (ASCII) or 'b' (other), the rest as spaces
        classes = codecs.charmap_encode(sample, "strict", _LETTERS_ENCODE)[0].translate(_ASCII_OR_NOT)
    except UnicodeEncodeError:  # a character outside the codec: list the runs
        pass
    else:
        x = b" " + classes.replace(b" ", b"  ") + b" "  # every run between spaces of its own
        single_b = x.count(b" b ")
        n = x.count(b" a") + x.count(b" b") - x.count(b" a ") - single_b  # runs of 2+ letters
        if n < 8:
            return 1.0
        return (x.translate(None, b"a").count(b" b") - single_b) / n  # ... with a letter beyond ASCII
    runs = letter_runs(sample)
    ws = _LONG_WORD.findall(sample) if runs is None else list(compress(runs, map((1).__lt__, map(len, runs))))
    if len(ws) < 8:
        return 1.0
    return (len(ws) - sum(map(str.isascii, ws))) / len(ws)


SAMPLE = 20000  # characters: enough to tell a whole document's style


UNACCENTED_BELOW = 0.5  # share under which text is treated as OCR without diacritics


def is_unaccented(text: str) -> bool:
    # fast answer first: Vietnamese prose has ~25-35% non-ASCII characters, OCR text without
    # diacritics a few percent; only the doubtful middle needs the word count
    n = len(text)
    if n > 200 and n - len(text.encode("ascii", "ignore")) >= 0.12 * n:
        return False
    return accented_share(text) < UNACCENTED_BELOW
