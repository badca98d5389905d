"""Vietnamese text in a legacy encoding, recognised and decoded to Unicode.

Old archives hold reports typed before Unicode was the rule. Three kinds of damage reach us:

- **TCVN3** (ABC, fonts .VnTime/.VnTimeH): one byte per Vietnamese letter, on Latin-1
  code points: "ViÖt Nam", "B¸o c¸o". Capital letters with a tone have no code of their own
  (the capital font draws the small letter's code as a capital), so a word whose other
  letters are capitals is decoded in capitals: "B¸O C¸O" → "BÁO CÁO".
- **VNI-Windows** (fonts VNI-Times): a base letter then one or two mark bytes:
  "Vieät Nam", "Coäng hoøa"; đ is "ñ", ơ "ô", ư "ö", and i/y with a tone are one byte.
- **UTF-8 read as Windows-1252** (mojibake): "Viá»‡t Nam", "bÃ¡o cÃ¡o".

Each decoder is a plain table lookup. `repair` decides, line by line, whether a decoding
makes the text more Vietnamese — counted as words that are valid Vietnamese syllables with
a mark — and only then uses it: correct Unicode text is never "decoded" (its words are
already valid, and every legacy reading breaks them). `sniff_bytes` does the same for a
file that is not UTF-8 at all (a .txt saved by an old editor in TCVN3, VNI or Windows-1258).
"""

from __future__ import annotations

import re
import unicodedata

from reportlint.text.legacy_chars import FOREIGN, FOREIGN_CHARS
from reportlint.text.letters import is_unaccented
from reportlint.text.vietnamese import has_vietnamese_mark, is_valid

# --- TCVN3 ---------------------------------------------------------------------------------

TCVN3_LETTERS = {
    # small letters, by vowel: the plain letter, then huyền, sắc, hỏi, ngã, nặng
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    # the capitals that have codes: Ă Â Đ Ê Ô Ơ Ư
    "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư",
}
_TCVN3_TABLE = str.maketrans(TCVN3_LETTERS)
_TCVN3_WORD = re.compile("[A-Za-z" + re.escape("".join(TCVN3_LETTERS)) + "]+")


def decode_tcvn3(text: str) -> str:
    """Text typed in a TCVN3 font, read as Latin-1 code points, in Unicode."""
    words = list(_TCVN3_WORD.finditer(text))
    caps = [_capital_font(m.group(0)) for m in words]
    out, at = [], 0
    for i, m in enumerate(words):
        decoded = m.group(0).translate(_TCVN3_TABLE)
        # "VÔ" has one plain letter: a capital like "Hà"'s H, unless it stands among capitals
        among = caps[i] is None and ((i and caps[i - 1]) or (i + 1 < len(words) and caps[i + 1]))
        out += [text[at:m.start()], decoded.upper() if caps[i] or among else decoded]
        at = m.end()
    return "".join(out) + text[at:]


def _capital_font(word: str) -> bool | None:
    """Whether a word was typed in the capital font (.VnTimeH): its plain letters are all
    capitals ("B¸O" is "BÁO"); None when one capital alone cannot tell ("Hµ", "V¤")."""
    plain = [ch for ch in word if ch.isascii()]
    if not plain or not all(ch.isupper() for ch in plain):
        return False
    return True if len(plain) >= 2 or len(word) == 1 else None


# --- VNI-Windows ---------------------------------------------------------------------------

# A mark byte after a base vowel: the tone alone, or the hat/breve with a tone.
_VNI_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HATS = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # â ê ô
_VNI_BREVES = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # ă
# Letters that are one byte: đ, ơ, ư, and i/y with a tone.
_VNI_SINGLE = {"ñ": "đ", "ô": "ơ", "ö": "ư", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _vni_pairs() -> dict[str, str]:
    """Every two-byte VNI letter (base + mark), small and capital, to its Unicode letter."""
    pairs: dict[str, str] = {}
    for base in "aeiouyôö":
        letter = _VNI_SINGLE.get(base, base)
        for mark, tone in _VNI_TONES.items():
            pairs[base + mark] = unicodedata.normalize("NFC", letter + tone)
    for base, hatted in (("a", "â"), ("e", "ê"), ("o", "ô")):
        for mark, tone in _VNI_HATS.items():
            pairs[base + mark] = unicodedata.normalize("NFC", hatted + tone)
    for mark, tone in _VNI_BREVES.items():
        pairs["a" + mark] = unicodedata.normalize("NFC", "ă" + tone)
    capitals = {k.upper(): v.upper() for k, v in pairs.items()}
    return {**pairs, **capitals}


VNI_PAIRS = _vni_pairs()
VNI_SINGLES = {**_VNI_SINGLE, **{k.upper(): v.upper() for k, v in _VNI_SINGLE.items()}}
# Longest first: a base with its mark before a lone single-byte letter.
_VNI_TOKEN = re.compile("|".join(re.escape(k) for k in sorted({**VNI_PAIRS, **VNI_SINGLES}, key=len, reverse=True)))


def decode_vni(text: str) -> str:
    """Text typed in a VNI-Windows font, read as Windows-1252, in Unicode."""
    return _VNI_TOKEN.sub(lambda m: VNI_PAIRS.get(m.group(0)) or VNI_SINGLES[m.group(0)], text)


# --- UTF-8 read as Windows-1252 -------------------------------------------------------------

# Windows-1252's upper half is Latin-1's but for 0x80-0x9F, where it has quotes, dashes and
# a few letters. Written out, not decoded byte by byte: that imported a codec module and cost
# every run ~1% of an empty file's check (tests/test_legacy.py compares it with the codec).
_CP1252_C1 = {
    "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
    "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
    "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
}
_CP1252_BYTE = {**_CP1252_C1, **{chr(b): b for b in range(0xA0, 0x100)}}
_MOJIBAKE_RUN = re.compile("[\u0080-\u00ff\ufffd" + re.escape("".join(_CP1252_BYTE)) + "]{2,}")
# The five bytes Windows-1252 leaves undefined: a reader that replaced them with U+FFFD
# lost which one it was, so each is tried ("Truyá»\ufffdn" is "Truyền", byte 0x81).
_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def decode_mojibake(text: str) -> str:
    """UTF-8 bytes that were shown as Windows-1252 (or Latin-1) characters, read again as UTF-8.
    Each run of such characters is repaired on its own; a run that is no UTF-8 stays."""
    if " " in text:
        text = _LOST_NBSP.sub(_nbsp, text)
    return _MOJIBAKE_RUN.sub(_mojibake_run, text)


# UTF-8's A0 byte ("à" C3 A0, "Ơ" C6 A0, "Ạ" E1 BA A0, "Ỡ" E1 BB A0) is shown as a no-break
# space, which loaders and editors turn into a plain one: "hÃ nh" is "hành". "Ã" counts
# only after a small letter ("NGÃ BA" is right).
_LOST_NBSP = re.compile(r"(?:Æ|á[º»]|(?<=[^\W\d_])Ã) ")


def _nbsp(m: re.Match[str]) -> str:
    if m.group(0) == "Ã " and not m.string[m.start() - 1].islower():
        return m.group(0)
    return m.group(0)[:-1] + "\u00a0"


def _mojibake_run(m: re.Match[str]) -> str:
    run = m.group(0)
    if run.count("\ufffd") > 2:
        return run
    candidates = [b""]
    for ch in run:
        options = _UNDEFINED if ch == "\ufffd" else (_CP1252_BYTE.get(ch, ord(ch)),)
        candidates = [c + bytes([b]) for c in candidates for b in options]
    readings = [text for raw in candidates if (text := _utf8(raw)) is not None]
    if len(readings) <= 1:
        return readings[0] if readings else run
    # a lost byte: the reading that makes its word a Vietnamese syllable, in the case of the
    # letters around it ("Ä\ufffdá»\ufffdC" is "ĐỐC", not "ĐọC")
    before = _LETTERS_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]).group(0)
    after = _LETTERS_AFTER.match(m.string, m.end()).group(0)
    valid = [r for r in readings if is_valid((before + r + after).lower())]
    if (before + after).isupper():
        valid = [r for r in valid if r.isupper()] or valid
    if valid:
        return valid[0]
    # no word to tell: a visible character, and of those the closing quote ” (E2 80 9D),
    # by far the commonest, before a hyphen ‐ (E2 80 90) or a zero-width mark
    visible = [r for r in readings if all(unicodedata.category(ch)[0] not in "CZ" for ch in r)] or readings
    return next((r for r in visible if "”" in r), visible[0])


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


_LETTERS_BEFORE = re.compile(r"[^\W\d_]*$")
_LETTERS_AFTER = re.compile(r"[^\W\d_]{0,12}")


# --- deciding ------------------------------------------------------------------------------

# Mojibake first: it changes only runs that read as UTF-8, so on other text it costs nothing.
DECODERS = {"UTF-8 read as Windows-1252": decode_mojibake, "TCVN3": decode_tcvn3, "VNI": decode_vni}
_WORD = re.compile(r"[^\W\d_]+")
# A word as damaged text has it: TCVN3's "B¸O" and "L\u00adu" hold symbols, not letters,
# mojibake's "CÃ”NG" and "Ä‘" Windows-1252's quotes.
_DAMAGED_WORD = re.compile(f"(?:[^\\W\\d_]|[{FOREIGN_CHARS}{re.escape(''.join(_CP1252_BYTE))}])+")
# The characters a decoder can change: a line without any is left alone at no cost.
_SUSPECT = re.compile("[\u0080-\u00ff" + re.escape("".join(_CP1252_BYTE)) + "]")


def vietnamese_words(text: str) -> int:
    """How many words are valid Vietnamese syllables with a mark: the measure of a reading."""
    return sum(1 for w in _DAMAGED_WORD.findall(text)
               if has_vietnamese_mark(w) and is_valid(w.lower()) and not _capital_inside(w))


def broken_words(text: str) -> int:
    """Words holding a character no Vietnamese word has, marks on an impossible syllable, or
    a marked capital after a small letter (TCVN3's "tÕ" for "tế": "tõ" is a syllable too).
    A symbol alone is no word ("· Về học sinh:": a bullet, not TCVN3's "ạ")."""
    return sum(1 for w in _DAMAGED_WORD.findall(text)
               if not w.isascii() and (not is_valid(w.lower()) or _capital_inside(w)) and not _NO_LETTER.fullmatch(w))


_NO_LETTER = re.compile(r"[\W\d_]+")


def _capital_inside(word: str) -> bool:
    if word[1:].islower() or len(word) < 2:  # most words: one C call says no
        return False
    return any(a.islower() and b.isupper() and not b.isascii() for a, b in zip(word, word[1:]))


class Repair:
    """What `repair` did to a document's lines."""

    __slots__ = ("encoding", "lines", "words")

    def __init__(self) -> None:
        self.encoding = ""  # the decoding used most ("TCVN3", "VNI", ...); "" when nothing was decoded
        self.lines: list[int] = []  # 0-based indexes of the decoded lines
        self.words = 0  # damaged words repaired


def best_reading(line: str) -> tuple[str, str] | None:
    """(encoding, decoded line) when a legacy reading of `line` is clearly more Vietnamese."""
    if not _SUSPECT.search(line):
        return None
    broken = broken_words(line)
    if not broken:
        return None
    before = vietnamese_words(line)
    best = None
    for name, decode in DECODERS.items():
        decoded = decode(line)
        if decoded == line:
            continue
        gained = vietnamese_words(decoded) - before
        still = broken_words(decoded)
        if gained >= 1 and still < broken and (best is None or (gained, -still) > best[0]):
            best = ((gained, -still), name, decoded)
            if not still:
                break  # every word reads: no other reading can do better
    return (best[1], best[2]) if best else None


_ASCII_LETTER = re.compile("[A-Za-z]")  # a lone symbol ("×", "ë") is no word to read


def damaged_words_read(line: str) -> tuple[str, str] | None:
    """(encoding, line) with its damaged words decoded, for a line of correct Unicode holding
    a few words pasted from a legacy document ("Phát triển kinh tÕ"), where reading the whole
    line would break the rest. Only a word no Unicode text has (a legacy symbol, or a marked
    capital after a small letter) with a plain letter in it is read, and only into a
    Vietnamese syllable."""
    if not _SUSPECT.search(line):
        return None
    used = ""

    def read(m: re.Match[str]) -> str:
        nonlocal used
        word = m.group(0)
        if word.isascii() or not _ASCII_LETTER.search(word) or not (FOREIGN.search(word) or _capital_inside(word)):
            return word
        for name, decode in DECODERS.items():
            decoded = decode(word)
            if decoded != word and vietnamese_words(decoded) == 1 and not broken_words(decoded):
                used = used or name
                return decoded
        return word

    decoded = _DAMAGED_WORD.sub(read, line)
    return (used, decoded) if used else None


def repair(lines: list[str]) -> tuple[list[str], Repair]:
    """The lines with every clearly damaged one decoded, and what was done.

    Text without diacritics (OCR of a scan) is left alone: its few marks are misread letters
    ("chuyén" for "chuyen"), and TCVN3 would read them as other Vietnamese ones ("chuyộn")."""
    out, done, used = list(lines), Repair(), {}
    if is_unaccented("\n".join(lines)):
        return out, done
    for i, line in enumerate(lines):
        found = best_reading(line) or damaged_words_read(line)
        if found is None:
            continue
        name, decoded = found
        out[i] = decoded
        done.lines.append(i)
        done.words += broken_words(line) - broken_words(decoded)
        used[name] = used.get(name, 0) + 1
    if used:
        done.encoding = max(used, key=used.get)
    return out, done


# --- raw bytes that are not UTF-8 ----------------------------------------------------------

_BYTE_READINGS = {
    # the font's letters are on A0-FF, where Windows-1252 is Latin-1; below, its dashes and quotes
    "TCVN3": lambda data: decode_tcvn3(data.decode("cp1252", "replace")),
    "VNI": lambda data: decode_vni(data.decode("cp1252", "replace")),
    "Windows-1258": lambda data: unicodedata.normalize("NFC", data.decode("cp1258", "replace")),
}


def sniff_bytes(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) for bytes that are not UTF-8 but read well as a legacy Vietnamese
    encoding — most words valid syllables with marks — else None."""
    best = None
    for name, read in _BYTE_READINGS.items():
        text = read(data)
        words = _WORD.findall(text)
        if not words:
            continue
        good = vietnamese_words(text)
        bad = broken_words(text) + text.count("\ufffd")
        if good >= 3 and good >= 4 * bad and (best is None or good - bad > best[0]):
            best = (good - bad, name, text)
    return (best[1], best[2]) if best else None
