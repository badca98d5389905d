"""A real syllable in the wrong word: "triển kha" for "triển khai", "cảm nang" for "cẩm nang".

Rule typo.word. Each word is a valid syllable, so only word knowledge tells: the syllable
lexicon (reportlint.text.lexicon, counts from public-domain legal text). For two syllables
side by side, a b (p before, n after), it is a likely slip when

- the lexicon never saw the pair a b;
- a one-edit neighbour x of a or of b (tone, hat/horn/breve, a letter added, dropped or
  changed, a Telex/VNI leftover) makes a pair seen at least ``min_count`` times that is at
  least ``min_share`` of the uses of either of its syllables — a word, not two words meeting;
- and that pair binds more than the pairs around it (p a and b n are seen less), else a b
  is just the end of one word and the start of the next.

The best-seen pair is the suggestion. Not judged: acronyms, mixed-case names, words that
are no syllable (typo.syllable's), the shipped vocabulary and the `accept` option, pairs
the confusion list already names (typo.confusion's), and capitalised syllables the lexicon
mostly sees capitalised or does not know (names), a capital letter alone ("Trường A"), and no
name is suggested (a neighbour the lexicon mostly sees capitalised: "Trường Sa"). The lexicon is loaded only when the rule
runs. Text without diacritics (OCR) is skipped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from reportlint.checks import Finding
from reportlint.analysis import spelling as sp
from reportlint.analysis.outline import Outline
from reportlint.text import vietnamese as vn

KIND = "word"
OPTIONS = {"accept": [], "min_count": 10, "min_share": 0.1}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    checked = sp.checked(outline)
    if not checked:
        return
    accept = sp.accepted(options) | frozenset(sp.canon_phrase(a) for a in options["accept"])
    judge = _Judge(options["min_count"], options["min_share"], accept)
    for p, ws in checked:
        for run in sp.runs(p.text, ws.toks):
            for i, hit in judge.run([t[2] for t in run]):
                s, e, w, _ = run[i]
                wrong, right, fixed = hit
                yield Finding(p, s, e, args={"word": w, "pair": wrong, "right": right},
                              suggestion=sp.match_case(w, fixed))


class _Judge:
    """The pair test over runs of words, with the lexicon and the confusion list at hand."""

    def __init__(self, min_count: int, min_share: float, accept: frozenset[str]) -> None:
        from reportlint.text import lexicon  # lazily: 1 MB of counts, only when the rule runs

        self.lex = lexicon.load()
        self.min_count, self.min_share, self.accept = min_count, min_share, accept
        self.confusions = sp.confusions()

    def run(self, words: list[str]) -> Iterator[tuple[int, tuple[str, str, str]]]:
        """(index of the slipped word, (pair as written, pair meant, word meant)) in a run."""
        ok = [self._judged(w) for w in words]
        lows = [w.lower() for w in words]
        flagged = -2
        for i in range(len(words) - 1):
            if not (ok[i] and ok[i + 1]) or i <= flagged + 1:
                continue
            a, b = lows[i], lows[i + 1]
            if sp.canon_phrase(f"{a} {b}") in self.confusions or sp.canon(a) in self.confusions \
                    or sp.canon(b) in self.confusions:
                continue
            prev = lows[i - 1] if i and ok[i - 1] else None
            nxt = lows[i + 2] if i + 2 < len(words) and ok[i + 2] else None
            hit = self.suggest(a, b, prev, nxt)
            if hit:
                side, x = hit
                j = i + side
                right = f"{a} {x}" if side else f"{x} {b}"
                flagged = i
                yield j, (f"{words[i]} {words[i + 1]}", right, x)

    def _judged(self, w: str) -> bool:
        if (len(w) < 2 and w.isupper()) or sp.is_acronym(w) or sp.is_mixed_case(w) or w.lower() in self.accept:
            return False
        if not _valid(w.lower()):
            return False
        if w[:1].isupper():
            u = self.lex.unigram(w.lower())
            return u > 0 and 2 * self.lex.capitalised(w.lower()) < u
        return True

    def suggest(self, a: str, b: str, prev: str | None, nxt: str | None) -> tuple[int, str] | None:
        """(1 if b slipped else 0, the syllable meant) when a b is a likely slip."""
        lex = self.lex
        if lex.bigram(a, b):
            return None
        left = lex.bigram(prev, a) if prev else 0
        right = lex.bigram(b, nxt) if nxt else 0
        best = None
        for side in (1, 0):
            for x in lex.neighbours(b if side else a):
                pair = (a, x) if side else (x, b)
                c = lex.bigram(*pair)
                if c < self.min_count or 2 * lex.capitalised(x) >= lex.unigram(x) or c <= left or c <= right:
                    continue
                share = max(c / max(1, lex.unigram(pair[0])), c / max(1, lex.unigram(pair[1])))
                if share < self.min_share:
                    continue
                if best is None or c > best[0]:
                    best = (c, side, x)
        return None if best is None else best[1:]


@lru_cache(maxsize=32768)
def _valid(low: str) -> bool:
    return vn.is_valid(low)
