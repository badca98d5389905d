"""How likely a pair of syllables is in the laws the lexicon counts (text/lexicon.py): how much
likelier than chance, how often chance alone would have it, what the laws' silence on it tells."""

from __future__ import annotations

import math

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from reportlint.text.lexicon import Lexicon


def pmi(lex: Lexicon, a: str, b: str, c: int) -> float:
    """How much likelier the pair a b is than chance, in bits."""
    return math.log2(c * lex.total_unigrams / max(1, lex.unigram(a) * lex.unigram(b)))


def unseen_bits(lex: Lexicon, a: str, b: str) -> float:
    """How much the laws' silence on the pair a b tells against it, in bits: chance alone would
    have them write it E times; read as written half a time, it is 2E times rarer than chance
    ('thi đặt giải': E 11.5 and 9.0, so 'thi đạt giải' gains 8.7 bits). A pair chance seldom
    makes (E under 1/2) tells nothing."""
    expected = chance(lex, a, b)
    return max(0.0, math.log2(2 * expected)) if expected > 0 else 0.0


def chance(lex: Lexicon, a: str, b: str) -> float:
    """How often chance alone would have the laws write the pair a b."""
    return lex.unigram(a) * lex.unigram(b) / lex.total_unigrams


def lower_count(lex: Lexicon, w: str) -> int:
    """How often the lexicon saw `w` in lower case (a name's syllable, 'Nam', counts little as 'nam')."""
    return max(1, lex.unigram(w) - lex.capitalised(w))
