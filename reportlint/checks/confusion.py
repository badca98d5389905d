"""Real syllables in the wrong word: "cập nhập", "bổ xung", "sử lý", "cảm nang", "mittinh".

Two sources, both data in rules/ that users extend:

- rules/confusions.yaml: wrong -> right forms, grouped by the class of mistake (hỏi/ngã,
  s/x, ch/tr, d/gi/r, c/t and n/ng finals, l/n, missing or extra diacritic, split or
  joined words). A hit is reported at the rule's severity; with one right form it is a
  safe fix for `--fix`.
- rules/lexicon.yaml: administrative vocabulary and institution names. A pair of
  syllables that is not a known word but is one edit in a confusion class away from
  exactly one known word (hỏi<->ngã, a/ă/â, o/ô/ơ, u/ư, e/ê, d/đ, s/x, ch/tr, d/gi/r,
  l/n, final c/t, n/ng, a lost mark) gets that word as suggestion, at info: we have no
  word frequencies to know it is far more plausible, so it is never fixed automatically.

Precision: matches never cross punctuation; a pair whose first syllable ends a known
word with the syllable before it, or whose second starts one with the syllable after it
("lịch sử lý luận"), is left alone; proper names (a capital on the second syllable) too.
Options: `accept` (pairs never to flag), `lexicon` (more known words), `confusions`
(more wrong: right entries). Text without diacritics is skipped.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count
from typing import Iterator, NamedTuple

from reportlint.checks import Finding, Fix, lang_of
from reportlint.analysis import spelling as sp
from reportlint.text import vietnamese as vn
from reportlint.analysis.outline import Outline
from reportlint.i18n import MESSAGES, t

KIND = "confusion"
# near_miss_severity: a near miss is a guess (no word frequencies back it): at most this
OPTIONS = {"near_miss": True, "near_miss_severity": "info", "accept": [], "lexicon": [], "confusions": {}}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    table = sp.confusions()
    if options["confusions"]:
        table = dict(table)
    for k, v in (options["confusions"] or {}).items():
        table[sp.canon_phrase(str(k))] = (tuple(v) if isinstance(v, list) else (str(v),), "user")
    accept = sp.canon_phrases(options["accept"])
    extra = tuple(sorted(sp.canon_phrase(w) for w in options["lexicon"]))
    known = sp.lexicon() | frozenset(extra) | accept if extra or accept else sp.lexicon()
    near = near_miss_index(extra) if options["near_miss"] else {}
    keys = _tables(table, near)
    starts, prefixes = keys.lengths, _prefixes(table)
    restyled = _restyled(outline)
    for p, ws in sp.checked(outline):
        low = ws.lows if restyled.isdisjoint(ws.lows) else list(map(sp.canon, ws.lows))
        cands = _candidates(low, keys)
        if cands:
            yield from _scan(p, ws, low, cands, table, known, near, accept, starts, prefixes,
                             options["near_miss_severity"], lang_of(outline))


def _restyled(outline: Outline) -> set[str]:
    """The lower-case words of the document whose lookup key differs (new-style marks: 'hoà' -> 'hòa').

    They are few: a paragraph without one uses its lower-case words as keys, with no call per word.
    (The lower case of a word in its paragraph differs from w.lower() only in a Greek final
    sigma, and a word with a Greek letter is its own key.) Only a word with o+a, o+e or u+y
    (any marks) can change: one regex over all the words finds those.
    """
    lows = "\n".join(sp.distinct_words(outline)).lower()  # a word a line
    out = set()
    for m in _OA_OE_UY.finditer(lows):
        a, b = lows.rfind("\n", 0, m.start()) + 1, lows.find("\n", m.end())
        low = lows[a:b] if b >= 0 else lows[a:]
        if sp.canon(low) != low:
            out.add(low)
    return out


# o+a, o+e or u+y with any marks: a rhyme that restyle() can change starts so
# (written with one leading class: the regex engine then skips ahead to those letters)
_OA_OE_UY = re.compile(r"[oòóỏõọuùúủũụ](?:(?<=[oòóỏõọ])[aàáảãạeèéẻẽẹ]|(?<=[uùúủũụ])[yỳýỷỹỵ])")


class _Keys(NamedTuple):
    """The entries and near misses as tuples of syllables, for lookups of zipped words (no string per pair)."""

    words: frozenset[str]  # entries of one syllable
    pairs: frozenset[tuple[str, ...]]  # entries of two syllables and near misses
    longer: dict[int, frozenset[tuple[str, ...]]]  # the longer entries by length
    starts: frozenset[tuple[str, ...]]  # pairs and the first two syllables of the longer entries
    # first syllable of every wrong form -> the lengths (in syllables) of the entries starting
    # with it, () for near misses only: most words start none and are passed over at once
    lengths: dict[str, tuple[int, ...]]


def _tables(table: dict, near: dict) -> _Keys:
    if table is sp.confusions() and near is near_miss_index(()):
        return _default_tables()
    return _make_tables(table, near)


def _make_tables(table: dict, near: dict) -> _Keys:
    """The lookup tables of `table` and `near`, splitting each key once (~6,500 of them: a
    few ms of a pre-commit run)."""
    words: set[str] = set()
    pairs: set[tuple[str, ...]] = set()
    longer: dict[int, set[tuple[str, ...]]] = {}
    lengths: dict[str, set[int]] = {}
    # the syllables interned: each is one string, which the user's cache (marshal) then holds
    # and reads back once, not once per key (a quarter less to read at start-up)
    for k in table:
        parts = tuple(map(sys.intern, k.split(" ")))
        lengths.setdefault(parts[0], set()).add(len(parts))
        if len(parts) == 1:
            words.add(k)
        elif len(parts) == 2:
            pairs.add(parts)
        else:
            longer.setdefault(len(parts), set()).add(parts)
    for k in near:
        parts = tuple(map(sys.intern, k.split(" ")))
        lengths.setdefault(parts[0], set())
        if len(parts) == 2:
            pairs.add(parts)
    two = frozenset(pairs)
    return _Keys(frozenset(words), two, {n: frozenset(v) for n, v in longer.items()},
                 two | frozenset(k[:2] for v in longer.values() for k in v),
                 {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})


@lru_cache(maxsize=1)
def _default_tables() -> _Keys:
    """The tables of the shipped list, kept in the user's cache as near_miss_index() is."""
    from reportlint import cache

    return _Keys(*cache.cached("confusion-keys", sp.derived_key(__file__),
                               lambda: tuple(_make_tables(sp.confusions(), near_miss_index(())))))


def _candidates(low: list[str], keys: _Keys) -> list[int]:
    """The indices (sorted) of the only words that can start a finding: a word that is an
    entry, a pair that is one or a near miss, the start of a longer entry.

    Most paragraphs have none, which two tests in C tell (the sets are large: each lookup
    is a cache miss, so they are as few as can be). Pairs are taken across the whole
    paragraph, a superset of the pairs within runs that _scan looks at.
    """
    if keys.words.isdisjoint(low) and keys.starts.isdisjoint(zip(low, low[1:])):
        return []
    out = set(compress(count(), map(keys.words.__contains__, low)))
    for i in compress(count(), map(keys.starts.__contains__, zip(low, low[1:]))):
        # 'ủy ban' starts a longer entry: a candidate only where that entry is whole
        if (low[i], low[i + 1]) in keys.pairs or any(tuple(low[i:i + n]) in v for n, v in keys.longer.items()):
            out.add(i)
    return sorted(out)


def _scan(p, ws: sp.Words, low, cands, table, known, near, accept, starts, prefixes,
          near_severity: str, lang: str) -> Iterator[Finding]:
    """The findings of one paragraph; low[i] is the lookup key of word i.

    `cands` are the indices (sorted) of the only words that can start a finding. Matches stay
    inside runs (words with only one or two spaces between, see spelling.Words.breaks): word i's run
    is words a..b-1.
    """
    breaks = ws.breaks()
    done = -1
    for i in cands:
        w = low[i]
        if i < done or w not in starts:
            continue
        k = bisect_left(breaks, i)
        a = breaks[k - 1] + 1 if k else 0
        b = breaks[k] + 1 if k < len(breaks) else len(low)
        pair = f"{w} {low[i + 1]}" if i + 1 < b else None
        lengths = starts[w]
        table_cand = bool(lengths) and (w in table or (pair is not None and (pair in table or pair in prefixes)))
        near_cand = bool(near) and pair is not None and pair in near
        if not (table_cand or near_cand):
            continue
        hit = _table_hit(p, ws, low, i, a, b, table, accept, lang, lengths) if table_cand else None
        if hit is None and near_cand:
            hit = _near_hit(p, ws, low, i, a, b, known, near, accept, near_severity, lang)
        if hit is not None:
            finding, n = hit
            yield finding
            done = i + n


def _prefixes(table: dict) -> frozenset[str]:
    """First two syllables of the entries of three syllables or more."""
    if table is sp.confusions():
        return _default_prefixes()
    return frozenset(" ".join(k.split(" ")[:2]) for k in table if k.count(" ") >= 2)


@lru_cache(maxsize=1)
def _default_prefixes() -> frozenset[str]:
    return frozenset(" ".join(k.split(" ")[:2]) for k in sp.confusions() if k.count(" ") >= 2)


def _class_name(cls: str, lang: str) -> str:
    """A class of mistake of rules/confusions.yaml in `lang`; a user's own class as written."""
    key = f"confusion.{cls}"
    return t(key, lang) if key in MESSAGES else cls


def _context_ok(low: list[str], i: int, n: int, a: int, b: int) -> bool:
    """Not when the span's edges belong to known words with their neighbours in the run a..b-1 ('lịch sử lý luận')."""
    bigrams = sp.known_bigrams()
    if i > a and f"{low[i - 1]} {low[i]}" in bigrams:
        return False
    return not (i + n < b and f"{low[i + n - 1]} {low[i + n]}" in bigrams)


def _table_hit(p, ws, low, i, a, b, table, accept, lang: str, lengths=(3, 2, 1)):
    for n in lengths:
        if i + n > b:
            continue
        key = " ".join(low[i:i + n])
        entry = table.get(key)
        if entry is None or key in accept or not _context_ok(low, i, n, a, b):
            continue
        rights, cls = entry
        s, e = ws.toks[i][0], ws.toks[i + n - 1][1]
        got = p.text[s:e]
        shown = [sp.match_case(got, r) for r in rights]
        cls = _class_name(cls, lang)
        right = t("check.confusion.or", lang).join(f"'{x}'" for x in shown)
        return Finding(p, s, e, args={"word": got, "right": " / ".join(shown), "cls": cls,
                                      "problem": t("check.confusion.table", lang, word=got, right=right, cls=cls)},
                       suggestion=shown[0] if len(shown) == 1 else " / ".join(shown),
                       fix=Fix.replace(p, s, e, shown[0]) if len(shown) == 1 else None), n
    return None


def _near_hit(p, ws, low, i, a, b, known, near, accept, severity: str, lang: str):
    pair = f"{low[i]} {low[i + 1]}"
    right = near.get(pair)
    if not right or pair in known or pair in accept:
        return None
    first, second = ws.words[i], ws.words[i + 1]
    if second[0].isupper() or sp.is_acronym(first) or sp.is_acronym(second) or not _context_ok(low, i, 2, a, b):
        return None
    s, e = ws.toks[i][0], ws.toks[i + 1][1]
    got = p.text[s:e]
    shown = sp.match_case(got, right)
    return Finding(p, s, e, severity=severity,
                   args={"word": got, "right": shown, "cls": t("check.confusion.near_class", lang),
                         "problem": t("check.confusion.near", lang, word=got, right=shown)},
                   suggestion=shown), 2


# --- near misses: one edit in a confusion class ---------------------------------------

_VOWEL_SWAPS = {"a": "ăâ", "ă": "aâ", "â": "aă", "o": "ôơ", "ô": "oơ", "ơ": "oô", "u": "ư", "ư": "u", "e": "ê", "ê": "e"}
_INITIAL_SWAPS = {"s": ("x",), "x": ("s",), "ch": ("tr",), "tr": ("ch",), "d": ("gi", "r", "đ"), "gi": ("d", "r"),
                  "r": ("d", "gi"), "l": ("n",), "n": ("l",), "đ": ("d",)}
_FINAL_SWAPS = (("c", "t"), ("t", "c"), ("n", "ng"), ("ng", "n"))


def syllable_variants(syl: str) -> set[str]:
    """Every spelling one confusion-class edit away from `syl` that is itself a valid syllable."""
    st = vn.split_tone(syl)
    if st is None:
        return set()
    base, tone, _ = st
    out: set[str] = set()
    if tone in (3, 4):
        out.add(vn.compose(base, 7 - tone) or "")
    for i, ch in enumerate(base):  # a/ă/â, o/ô/ơ, u/ư, e/ê
        for alt in _VOWEL_SWAPS.get(ch, ""):
            out.add(vn.compose(base[:i] + alt + base[i + 1:], tone) or "")
    if tone:
        out.add(base)  # the mark lost
    for old, news in _INITIAL_SWAPS.items():
        if base.startswith(old) and not (old == "n" and base.startswith(("ng", "nh"))) \
                and not (old == "d" and base.startswith("đ")) and not (old == "g" and base.startswith("gh")):
            for new in news:
                out.add(vn.compose(new + base[len(old):], tone) or "")
    for old, new in _FINAL_SWAPS:
        if base.endswith(old) and not base.endswith(("nh", "ch")) and not (old == "n" and base.endswith("ng")):
            out.add(vn.compose(base[: -len(old)] + new, tone) or "")
    out.discard("")
    out.discard(syl)
    return {v for v in out if vn.is_valid(v)}


@lru_cache(maxsize=4)
def near_miss_index(extra: tuple[str, ...] = ()) -> dict[str, str | None]:
    """Misspelt pair -> the known word it misses (None when two known words compete).

    Deriving it takes ~50 ms, most of a pre-commit run's budget: the index of the
    shipped lexicon is kept in the user's cache, keyed by the data and this code.
    """
    if extra:
        return _build_near_miss_index(extra)
    from reportlint import cache

    return cache.cached("near-miss", sp.derived_key(__file__), lambda: _build_near_miss_index(()))


def _build_near_miss_index(extra: tuple[str, ...]) -> dict[str, str | None]:
    known = sp.lexicon() | frozenset(extra)
    index: dict[str, str | None] = {}
    for word in known:
        parts = word.split()
        if len(parts) != 2:
            continue
        for k in (0, 1):
            for v in map(sp.canon, syllable_variants(parts[k])):
                pair = f"{v} {parts[1]}" if k == 0 else f"{parts[0]} {v}"
                if pair in known:
                    continue
                index[pair] = None if pair in index and index[pair] != word else word
    return index
