"""Real syllables in the wrong word: "cập nhập", "bổ xung", "sử lý", "cảm nang", "mittinh".

Two sources, both data in rules/ that users extend:

- rules/confusions.yaml: wrong -> right forms, grouped by the class of mistake (hỏi/ngã,
  s/x, ch/tr, d/gi/r, c/t and n/ng finals, l/n, missing or extra diacritic, split or
  joined words). A hit is reported at the rule's severity; with one right form it is a
  safe fix for `--fix`.
- rules/lexicon.yaml: administrative vocabulary and institution names. A pair of
  syllables that is not a known word but is one edit in a confusion class away from
  exactly one known word (hỏi<->ngã, a/ă/â, o/ô/ơ, u/ư, e/ê, d/đ, s/x, ch/tr, d/gi/r,
  l/n, final c/t, n/ng, a lost mark) gets that word as suggestion, at info: it is a guess,
  never fixed automatically, and no guess at all when the syllable lexicon's laws write the
  pair itself often ("người có thẻ bảo hiểm" is no "có thể").

Precision: matches never cross punctuation; a pair whose first syllable ends a known
word with the syllable before it, or whose second starts one with the syllable after it
("lịch sử lý luận"), is left alone; proper names (a capital on the second syllable) too.
Options: `accept` (pairs never to flag), `lexicon` (more known words), `confusions`
(more wrong: right entries). Text without diacritics is skipped.
"""

import re
import sys
from bisect import bisect_left
from collections import namedtuple
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, count

from reportlint.checks import Finding, Fix, lang_of
from reportlint.analysis import spelling as sp
from reportlint.text import vietnamese as vn
from reportlint.analysis.outline import Outline
from reportlint.i18n import MESSAGES, t

KIND = "confusion"
# near_miss_severity: a near miss is a guess (no word frequencies back it): at most this
OPTIONS = {"near_miss": True, "near_miss_severity": "info", "accept": [], "lexicon": [], "confusions": {}}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    user = tuple((str(k), tuple(v) if isinstance(v, list) else (str(v),))
                 for k, v in (options["confusions"] or {}).items())
    setup = _setup(user, tuple(options["accept"]), tuple(options["lexicon"]))
    table, keys, accept = setup.table, setup.keys, setup.accept
    near = keys.near if options["near_miss"] else {}
    starts, heads = keys.lengths, keys.heads
    restyled = _restyled(outline)
    for p, ws in sp.checked(outline):
        low = ws.lows if restyled.isdisjoint(ws.lows) else list(map(sp.canon, ws.lows))
        cands = _candidates(low, setup)
        if cands:
            yield from _scan(p, ws, low, cands, table, near, accept, starts, heads,
                             options["near_miss_severity"], lang_of(outline))


class _Setup(namedtuple("_Setup", "table keys accept hits pairs")):
    """The tables of a rule's options.

    table (dict): wrong form -> (right forms, class of mistake)
    keys (_Keys)
    accept (frozenset[str])
    hits (frozenset[tuple[str, ...]]): the pairs that are an entry or a near miss
    pairs (frozenset[tuple[str, ...]]): those and the heads of longer entries: every pair
        _candidates looks for
    """

    __slots__ = ()


@lru_cache(maxsize=8)
def _setup(user: tuple[tuple[str, tuple[str, ...]], ...], accept_option: tuple[str, ...],
           lexicon_option: tuple[str, ...]) -> _Setup:
    """The tables of a rule's options (`confusions` as pairs, `accept`, `lexicon`): the same for
    every report it checks, so made once (a copy of the lexicon per report was ~1% of a short one's lint)."""
    table = sp.confusions()
    if user:
        table = dict(table)
    for k, rights in user:
        table[sp.canon_phrase(k)] = (rights, "user")
    accept = sp.canon_phrases(accept_option)
    extra = tuple(sorted(sp.canon_phrase(w) for w in lexicon_option))
    keys = _tables(table, extra)
    hits = frozenset(keys.near).union(keys.pairs)  # (a set made of a dict reuses its hashes: no tuple hashed again)
    return _Setup(table, keys, accept, hits, hits | keys.heads)


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


class _Keys(namedtuple("_Keys", "words pairs longer heads lengths near")):
    """The entries and near misses as tuples of syllables, for lookups of zipped words (no string per pair).

    words (frozenset[str]): entries of one syllable
    pairs (frozenset[tuple[str, ...]]): entries of two syllables
    longer (dict[int, frozenset[tuple[str, ...]]]): the longer entries by length
    heads (frozenset[tuple[str, ...]]): the first two syllables of the longer entries
    lengths (dict[str, tuple[int, ...]]): first syllable of every wrong form -> the lengths (in
        syllables) of the entries starting with it, () for near misses only: most words start
        none and are passed over at once
    near (dict[tuple[str, ...], str | None]): near misses (see _near_misses)
    """

    __slots__ = ()


def _tables(table: dict, extra: tuple[str, ...]) -> _Keys:
    """The lookup tables of `table`, with the near misses of the lexicon and `extra` words."""
    if table is sp.confusions() and not extra:
        return _default_tables()
    return _make_tables(table, _near_misses(extra))


def _make_tables(table: dict, near: dict[tuple[str, ...], str | None]) -> _Keys:
    """The lookup tables of `table` and `near`, splitting each key once (~800 of them)."""
    words: set[str] = set()
    pairs: set[tuple[str, ...]] = set()
    longer: dict[int, set[tuple[str, ...]]] = {}
    lengths: dict[str, set[int]] = {}
    for k in table:
        parts = tuple(map(sys.intern, k.split(" ")))
        lengths.setdefault(parts[0], set()).add(len(parts))
        if len(parts) == 1:
            words.add(k)
        elif len(parts) == 2:
            pairs.add(parts)
        else:
            longer.setdefault(len(parts), set()).add(parts)
    for first, _ in near:
        lengths.setdefault(first, set())
    return _Keys(frozenset(words), frozenset(pairs), {n: frozenset(v) for n, v in longer.items()},
                 frozenset(k[:2] for v in longer.values() for k in v),
                 {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}, near)


@lru_cache(maxsize=1)
def _default_tables() -> _Keys:
    """The tables of the shipped list and lexicon, kept in the user's cache: deriving the
    near misses takes ~50 ms, most of a pre-commit run's budget. (One file: the near misses'
    syllables are then read once, shared by every table.)"""
    from reportlint import cache

    return _Keys(*cache.cached("confusion-keys", sp.derived_key(__file__),
                               lambda: tuple(_make_tables(sp.confusions(), _near_misses(())))))


def _candidates(low: list[str], setup: _Setup) -> list[int]:
    """The indices (sorted) of the only words that can start a finding: a word that is an
    entry, a pair that is one or a near miss, the start of a longer entry.

    Most paragraphs have none, which two set tests in C tell; in the others too the positions
    are found in C. Pairs are taken across the whole paragraph, a superset of the pairs within
    runs that _scan looks at.
    """
    keys = setup.keys
    # (the pairs are tested as zip makes them, never listed: zip reuses its pair when no one keeps it)
    if keys.words.isdisjoint(low) and setup.pairs.isdisjoint(zip(low, low[1:])):
        return []
    out = set(compress(count(), map(keys.words.__contains__, low)))
    out.update(compress(count(), map(setup.hits.__contains__, zip(low, low[1:]))))
    for i in compress(count(), map(keys.heads.__contains__, zip(low, low[1:]))):
        if any(tuple(low[i:i + n]) in v for n, v in keys.longer.items()):
            out.add(i)  # 'ủy ban' starts a longer entry: a candidate only where that entry is whole
    return sorted(out)


def _scan(p, ws: sp.Words, low, cands, table, near, accept, starts, heads,
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
        table_cand = bool(lengths) and (w in table or (pair is not None and (pair in table or (w, low[i + 1]) in heads)))
        near_cand = bool(near) and pair is not None and (w, low[i + 1]) in near
        if not (table_cand or near_cand):
            continue
        hit = _table_hit(p, ws, low, i, a, b, table, accept, lang, lengths) if table_cand else None
        if hit is None and near_cand:
            hit = _near_hit(p, ws, low, i, a, b, near, accept, near_severity, lang)
        if hit is not None:
            finding, n = hit
            yield finding
            done = i + n


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
        if n > 1 and i + n < b and _taken_by_next(low[i + n - 2], low[i + n - 1], low[i + n]):
            continue  # its last word makes a word with the next: 'thu viện trợ' is 'thu | viện trợ', no 'thư viện'
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


def _near_hit(p, ws, low, i, a, b, near, accept, severity: str, lang: str):
    pair = f"{low[i]} {low[i + 1]}"
    right = near.get((low[i], low[i + 1]))
    # (a near miss is never a known word: _near_misses leaves out the pairs of the lexicon and
    # the `lexicon` option, so only `accept` is asked, and the lexicon is never loaded for it)
    if not right or pair in accept:
        return None
    first, second = ws.words[i], ws.words[i + 1]
    if second[0].isupper() or sp.is_acronym(first) or sp.is_acronym(second) or not _context_ok(low, i, 2, a, b):
        return None
    if _written_in_laws(low[i], low[i + 1]):
        return None  # a pair in use, no miss: 'người có thẻ bảo hiểm' (the laws write 'có thẻ' 135 times)
    if i + 2 < b and _goes_with_next(low[i + 1], right.split()[-1], low[i + 2]):
        return None  # the word goes with the next: '12 tỷ đồng chi sai chế độ' ('chi sai' 17, 'chí sai' 3), no 'đồng chí'
    if i > a and _goes_with_next(low[i - 1], low[i - 1], low[i], right.split()[0]) and _bound(low[i - 1], low[i]):
        return None  # it goes with the word before: 'xảy ra hạn hán' ('xảy ra' in the laws, 'xảy gia' never)
    if first[0].isupper() and i > a and ws.words[i - 1].istitle():
        return None  # the end of a name: 'ông Lê Văn Danh cho biết', no 'Dành cho'
    s, e = ws.toks[i][0], ws.toks[i + 1][1]
    got = p.text[s:e]
    shown = sp.match_case(got, right)
    return Finding(p, s, e, severity=severity,
                   args={"word": got, "right": shown, "cls": t("check.confusion.near_class", lang),
                         "problem": t("check.confusion.near", lang, word=got, right=shown)},
                   suggestion=shown), 2


_IN_USE = 20  # times the syllable lexicon's laws write a pair that is then no near miss
# a pair this much likelier than chance is a word ('xảy ra' 9.9 bits, 'sinh ra' 2.8), no sequence ('vụ trong' 0.6)
_BOUND_BITS = 2.0


def _bound(a: str, b: str) -> bool:
    """Whether a and b make a word in the laws, not a mere sequence of two common words."""
    from reportlint.text import lexicon
    from reportlint.analysis.pair_odds import pmi

    lex = lexicon.load()
    c = lex.bigram(a, b)
    return bool(c) and pmi(lex, a, b, c) >= _BOUND_BITS


def _taken_by_next(before: str, last: str, nxt: str) -> bool:
    """Whether a listed misspelling ending 'before last' is a pair the laws write themselves,
    its last word making a word with the next ('thu viện trợ': 'thu viện' 25 times in the laws,
    all 'thu | viện trợ', revenue from aid; not 'sây dựng nông thôn', 'xử lý dác thải')."""
    return _written_in_laws(before, last) and _bound(last, nxt)


def _written_in_laws(a: str, b: str) -> bool:
    from reportlint.text import lexicon  # lazily: only for a near miss, a few per report

    return lexicon.bigram(a, b) >= _IN_USE


def _goes_with_next(written: str, meant: str, nxt: str, meant_next: str | None = None) -> bool:
    """Whether the laws write the word as written with the next word ten times or more, and
    five times as often as the word meant ('chi sai' 17, 'chí sai' 3; not 'nghiệm thư công':
    'thư công' 30, 'thu công' 81). (With `meant_next`, the next word is the one that slipped:
    'xảy ra' against 'xảy gia'.)"""
    from reportlint.text import lexicon

    seen = lexicon.bigram(written, nxt)
    return (written, nxt) != (meant, meant_next or nxt) and seen >= _IN_USE // 2 \
        and seen >= 5 * lexicon.bigram(meant, meant_next or nxt)


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
def _near_misses(extra: tuple[str, ...]) -> dict[tuple[str, ...], str | None]:
    """Misspelt pair (its two syllables) -> the known word it misses (None when two known words
    compete), for the words of two syllables of the lexicon and `extra`."""
    known = sp.lexicon() | frozenset(extra)
    index: dict[tuple[str, ...], str | None] = {}
    for word in known:
        parts = word.split()
        if len(parts) != 2:
            continue
        for k in (0, 1):
            for v in map(sp.canon, syllable_variants(parts[k])):
                pair = (v, parts[1]) if k == 0 else (parts[0], v)
                if " ".join(pair) in known:
                    continue
                # (the syllables interned: the user's cache then holds each once, see _default_tables)
                pair = tuple(map(sys.intern, pair))
                index[pair] = None if pair in index and index[pair] != word else word
    return index
