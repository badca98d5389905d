"""Small Vietnamese text helpers shared by the outline and the checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case without diacritics: 'Nơi nhận' -> 'noi nhan', 'Đ' -> 'd'."""
    s = s.replace("đ", "d").replace("Đ", "D").replace("Ð", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def words(s: str) -> list[str]:
    return _WORD.findall(s)


def accented_share(text: str) -> float:
    """Share of alphabetic words (2+ letters) carrying a Vietnamese letter outside ASCII.

    Normal Vietnamese prose is ~0.8-0.9; OCR that lost its diacritics is far below.
    Returns 1.0 when there is too little text to tell.
    """
    ws = [w for w in _WORD.findall(text) if len(w) > 1 and not w.isupper()]
    if len(ws) < 8:
        return 1.0
    accented = sum(1 for w in ws if not set(w) <= _ASCII)
    return accented / len(ws)


UNACCENTED_BELOW = 0.5  # share under which text is treated as OCR without diacritics


def is_unaccented(text: str) -> bool:
    return accented_share(text) < UNACCENTED_BELOW
