"""A department's own word counts laid over the lexicon's (`reportlint vocab`, config `vocabulary:`).

typo.word reads counts through `with_vocabulary(lexicon, path)`, which answers like the lexicon:
the department's words are seen, its phrases bind.
"""

from __future__ import annotations

from functools import lru_cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["with_vocabulary"]

_VOCAB_WEIGHT = 10  # a pair in the department's own reports counts as ten in the laws


@lru_cache(maxsize=4)
def _vocabulary(path: str) -> dict:
    """The counts `reportlint vocab` wrote to `path` (unigrams, bigrams 'a b', capitalised)."""
    import json

    from reportlint.errors import RuleError

    try:
        data = json.loads(open(path, encoding="utf-8").read())
    except (OSError, ValueError) as e:
        raise RuleError(f"{path}: cannot read the vocabulary file: {e}") from None
    if not isinstance(data, dict) or data.get("format") != "reportlint-vocab 1":
        raise RuleError(f"{path}: not a vocabulary file written by 'reportlint vocab'")
    return data


class _WithVocabulary:
    """The lexicon's counts plus a department's own (weighted): its words are seen, its phrases bind."""

    def __init__(self, lex, vocab: dict) -> None:
        from reportlint.text.lexicon import canonical

        self.lex, self.canonical = lex, canonical
        self.uni, self.bi, self.caps = vocab.get("unigrams", {}), vocab.get("bigrams", {}), vocab.get("capitalised", {})

    def unigram(self, syl: str) -> int:
        return self.lex.unigram(syl) + _VOCAB_WEIGHT * self.uni.get(self.canonical(syl), 0)

    def capitalised(self, syl: str) -> int:
        return self.lex.capitalised(syl) + _VOCAB_WEIGHT * self.caps.get(self.canonical(syl), 0)

    def bigram(self, a: str, b: str) -> int:
        c = self.canonical
        return self.lex.bigram(a, b) + _VOCAB_WEIGHT * self.bi.get(f"{c(a)} {c(b)}", 0)

    def neighbours(self, syl: str):
        return self.lex.neighbours(syl)

    def suggestable_neighbours(self, syl: str, seen: int = 0) -> tuple[str, ...]:
        return tuple(x for x in self.lex.neighbours(syl)
                     if 2 * self.capitalised(x) < self.unigram(x) and self.unigram(x) >= seen)

    def ends(self, syl: str) -> int:
        return self.lex.ends(syl)

    @property
    def total_unigrams(self) -> int:
        return self.lex.total_unigrams


def with_vocabulary(lex: Any, path: str) -> Any:
    """The lexicon `lex` with the counts of the vocabulary file at `path` added (RuleError if unreadable)."""
    return _WithVocabulary(lex, _vocabulary(path))
