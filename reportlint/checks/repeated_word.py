"""A word or a two-word phrase typed twice: "các các", "văn bản Văn bản".

Case-insensitive. Vietnamese reduplication that is correct ("ngày ngày", "người người",
"dần dần") is listed in the rule's `allow` option. Text that lost its diacritics (OCR)
is skipped: there "cong cong" is "công cộng".

A word the syllable lexicon itself binds to its double is a word ("song song với", parallel).
A word doubled where two compounds meet is no slip: "trở thành thành phố", "tổ chức thành
công công tác"; nor where a compound meets a name that starts with the same word ("Đại hội Hội
Nông dân"). It passes when the word before it and the word make a compound, and so do
the word and the word after it. A compound is a pair of the `compounds` option, or a pair the
syllable lexicon binds: seen at least 50 times and at least 16 times as often as its two
syllables would meet by chance (pointwise mutual information ≥ 4 bits). Legal text lacks some
everyday compounds ("trở thành", "thành công"): those are listed in rules/duplicate.yaml.
"các các", "thực thực hiện" stay: "các" makes no compound with its neighbours, and "đã
thực" none either. The lexicon is loaded only when a doubled word is found. "năm năm" is
five years ("trong năm năm qua") unless one year follows ("năm năm 2024", "năm năm nay"), and
"số" before a number is its number ("Luật Chuyển đổi số số 148/2025/QH15").

Without trigrams the lexicon cannot always tell: when the first copy ends a strongly bound
compound (seen at least 1,000 times, PMI ≥ 5: 'trực tiếp', 'quyết định', 'tài chính'), the
second copy may start the next word ('trực tiếp tiếp công dân'): reported at `unsure_severity`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from operator import eq

from reportlint.checks import Finding, Fix
from reportlint.analysis import spelling as sp
from reportlint.analysis.outline import Outline
from reportlint.text.letters import letter_runs

KIND = "repeated_word"
OPTIONS = {"allow": ["ngày", "người", "nhà", "từ", "dần", "đâu", "xa", "mãi", "đời", "lâu", "thường",
                     "hoài", "rất", "nhiều", "mỗi", "ai", "gì", "sao", "nào", "cao", "chầm", "từng",
                     # animals, fruit and crops named by a doubled syllable ("phòng trừ cào cào", "nuôi ba ba",
                     # "trồng bo bo")
                     "cào", "chuồn", "ba", "chôm", "bo",
                     # a crowd or a noise that goes on ("xe ùn ùn đổ về", "nước chảy ào ào", "máy chạy ầm ầm")
                     "ùn", "ào", "ầm", "rầm", "luôn"],  # ("luôn luôn": always)
           "compounds": [], "unsure_severity": "info"}

# one word, or two, then the same again with only spaces between (case-insensitive); at most
# three spaces: wider gaps are the columns of a table laid out in text ('điện          điện')
# (matched on lower-cased text: a case-sensitive back-reference is much faster)
_DOUBLED = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?: {1,3}[^\W\d_]+)?) {1,3}\1(?![^\W\d_])")
if sys.version_info >= (3, 11):
    # The same matches, a third faster: backtracking into a word or a run of spaces can never
    # succeed (a shortened word is followed by a letter where a space is needed), so the
    # quantifiers are possessive (Python 3.11+) and the engine gives up on a word at once.
    _DOUBLED = re.compile(r"(?<![^\W\d_])([^\W\d_]++(?: {1,3}+[^\W\d_]++)?) {1,3}+\1(?![^\W\d_])")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    if outline.unaccented:
        return
    allow = _casefolded(tuple(options["allow"]))
    compounds = sp.canon_phrases(options["compounds"])
    spelling = {id(p): ws for p, ws in sp.checked(outline)}  # the words of every paragraph, shared
    for p in outline.body_paragraphs() + ([outline.closing] if outline.closing else []):
        if p.unaccented:
            continue
        yield from _repeats(p, allow, spelling.get(id(p)), compounds, options["unsure_severity"])


@lru_cache(maxsize=8)
def _casefolded(words: tuple[str, ...]) -> frozenset[str]:
    """A rule's `allow` list as looked up: the same for every report it checks, so made once."""
    return frozenset(w.casefold() for w in words)


def _may_repeat(runs: list[str]) -> bool:
    """Whether a run of letters equals the next one, or a pair of runs the next pair: a match's words do."""
    return any(map(eq, runs, runs[1:])) or \
        (any(map(eq, runs, runs[2:])) and any(map(eq, zip(runs, runs[1:]), zip(runs[2:], runs[3:]))))


def _repeats(p, allow: frozenset[str], ws: sp.Words | None = None,
             compounds: frozenset[str] = frozenset(), unsure_severity: str = "info") -> Iterator[Finding]:
    """The repeats in a paragraph; `ws` its spelling words when known."""
    text = p.text
    # Most paragraphs have no two equal neighbouring runs of letters, which a test in C
    # tells (the pattern is tried at every character). A text whose lower case is longer
    # has no finding either way.
    runs = None if ws is None else ws.lower_runs()
    if runs is None:
        runs = letter_runs(text.lower())
    if runs is not None and not _may_repeat(runs):
        return
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would shift
        return
    for m in _DOUBLED.finditer(low):
        first = text[m.start(1):m.end(1)]
        words = first.split()
        if len(words) == 1 and (len(first) < 2 or first.casefold() in allow):
            continue
        if len(words) == 2 and words[0].casefold() == words[1].casefold():
            continue  # "nhà nhà nhà nhà": reduplication, read as such
        if len(words) == 1 and first.casefold() == "năm" and not _ONE_YEAR_AFTER.match(low, m.end()):
            continue  # 'trong năm năm qua': five years ('năm năm 2024', 'năm năm nay' are slips: one year follows)
        if _ROW_OF_FIGURES.match(text, m.end()):
            continue  # a table row laid flat: its label, then its unit column ('Tổng số xã xã 120 118 118')
        severity = None
        if len(words) == 1:
            if _compound(m.group(1), m.group(1), compounds):
                continue  # a doubled word the lexicon binds ("song song")
            meet = _two_compounds(low, m, compounds, name_after=first.islower() and text[m.end() - len(first)].isupper())
            if meet == _SURE:
                continue  # "trở thành thành phố", "Đại hội Hội Nông dân"
            if meet == _MAYBE:
                severity = unsure_severity
        yield Finding(p, m.start(), m.end(), args={"word": text[m.end() - len(first):m.end()],
                                                   "repeated": text[m.start():m.end()]}, severity=severity,
                      suggestion=first, fix=Fix.replace(p, m.start(), m.end(), " ".join(words)))


_ONE_YEAR_AFTER = re.compile(r"[ \t]*(?:\d|nay(?![^\W\d_]))")
_ROW_OF_FIGURES = re.compile(r"[ \t]+\d[\d.,]*[ \t]+\d[\d.,]*(?:[ \t]|$)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) +$")
_WORD_AFTER = re.compile(r" +([^\W\d_]+)")
_NUMBER_AFTER = re.compile(r" +\d")
_MIN_COUNT, _MIN_PMI = 50, 4.0  # a compound
_STRONG_COUNT, _STRONG_PMI = 1000, 5.0  # a compound the first copy surely ends
_NO, _MAYBE, _SURE = 0, 1, 2


def _two_compounds(low: str, m: re.Match, compounds: frozenset[str], name_after: bool = False) -> int:
    """Whether the doubled word of match `m` ends a compound and starts another: _SURE when the
    word before and the first copy make one and the second copy and the word after make one (or,
    `name_after`, the second copy is a capital starting a name: 'Đại hội Hội Cựu chiến binh'; or
    the copy is 'số' and a number follows: its number); _MAYBE when the first copy surely ends a
    compound and a word follows (see the module's docstring); else _NO."""
    before = _WORD_BEFORE.search(low, max(0, m.start() - 40), m.start())
    if before is None:
        return _NO
    a, w, after = before.group(1), m.group(1), _WORD_AFTER.match(low, m.end())
    if after:
        starts = _compound(w, after.group(1), compounds)
    else:
        starts = w == "số" and _NUMBER_AFTER.match(low, m.end()) is not None
    if _compound(a, w, compounds) and (name_after or starts):
        return _SURE
    return _MAYBE if after and _compound(a, w, frozenset(), _STRONG_COUNT, _STRONG_PMI) else _NO


def _compound(a: str, b: str, compounds: frozenset[str], count: int = _MIN_COUNT, pmi: float = _MIN_PMI) -> bool:
    """Whether `a b` is a compound: listed, or seen `count` times and `pmi` bits more often than chance."""
    if sp.canon_phrase(f"{a} {b}") in compounds:
        return True
    from reportlint.text import lexicon  # lazily: only for a doubled word

    lex = lexicon.load()
    c = lex.bigram(a, b)
    return c >= count and c * lex.total_unigrams >= (2 ** pmi) * lex.unigram(a) * lex.unigram(b)
