"""Unicode → legacy encodings, to build damaged test reports (the inverse of reportlint.text.legacy)."""

from __future__ import annotations

import unicodedata

from reportlint.text.legacy import TCVN3_LETTERS, VNI_PAIRS, VNI_SINGLES

_TO_TCVN3 = {v: k for k, v in TCVN3_LETTERS.items()}
_TO_VNI = {v: k for k, v in {**VNI_PAIRS, **VNI_SINGLES}.items()}


def to_tcvn3(text: str) -> str:
    """As typed in .VnTime (small letters) and .VnTimeH (capitals with a tone become the small code)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_TO_TCVN3.get(ch) or _TO_TCVN3.get(ch.lower(), ch) if not ch.isascii() else ch)
    return "".join(out)


def to_vni(text: str) -> str:
    return "".join(_TO_VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_mojibake(text: str) -> str:
    """UTF-8 bytes shown as Windows-1252, as Notepad or a browser would (undefined bytes as U+FFFD)."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258: letters with a hat, horn or breve are one byte, the tone a combining one."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return bytes(out)
