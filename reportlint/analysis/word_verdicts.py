"""What typo.word judges, and by which counts: its settings worked out once, not per report.

- `verdicts(vocabulary, accept)`: is a word one the rule judges? A dict that answers each
  distinct word once, shared by every document judged with the same settings (an archive
  repeats its words);
- `lexicon(vocabulary)`: the shipped lexicon, with a department's counts laid over it;
- `accepted(accept)` and `phrase_pairs(phrases)`: the rule's options as lookup keys;
- `doc_pairs(runs)`: how often a document writes each pair of words;
- `name_starts`, `name_edge`, `acronym_context`, `common_beside_acronym`, `taken`, `seen_as`: which neighbours are context;
- `bound`, `breaks`, `strays`: which pairs are a word of the laws, and which a suggestion would break;
- `worth_saying`, `marks_apart`: whether weak evidence is said.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from reportlint.analysis import spelling as sp
from reportlint.analysis.pair_odds import chance, pmi
from reportlint.analysis.vocabulary_counts import with_vocabulary
from reportlint.text import vietnamese as vn
from reportlint.text.letters import fold

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

REAL_USE_MIN = 20  # uses in the laws that make a word's share of them say something
EXPECTED = 5.0  # a pair of words this common by chance would be in the laws were it a phrase

__all__ = ["EXPECTED", "REAL_USE_MIN", "Verdicts", "accepted", "acronym_context", "bound", "breaks", "common_beside_acronym",
           "doc_pairs", "lexicon", "marks_apart", "name_edge", "name_starts", "phrase_pairs", "seen_as", "strays", "taken", "verdicts", "worth_saying"]

_VERDICT_MEMO = 65536  # words whose verdict is kept


class Verdicts(dict):
    """Is a word one typo.word judges? Not an acronym, a mixed-case name, an accepted word, a
    word that is no syllable (typo.syllable's, save a toneless 'tich'), nor a capitalised word
    the lexicon mostly sees capitalised or does not know (a name), or an ethnic group's name. `verdicts[w]` judges `w`
    on first use."""

    def __init__(self, lex: Any, accept: frozenset[str]) -> None:
        super().__init__()
        self.lex, self.accept = lex, accept

    def __missing__(self, w: str) -> bool:
        if len(self) >= _VERDICT_MEMO:  # an audit of thousands of reports: stay bounded
            self.clear()
        low = w.lower()
        if w.islower():  # most words: no capital, so neither an acronym, a mixed-case word nor a name
            verdict = low not in self.accept and (vn.is_valid(low) or _toneless(w))
        elif (len(w) < 2 and w.isupper()) or sp.is_acronym(w) or sp.is_mixed_case(w) or low in self.accept:
            verdict = False
        elif not vn.is_valid(low):
            verdict = False
        elif w[:1].isupper():  # a capital: judged when the lexicon mostly sees the word in lower case
            u = self.lex.unigram(low)  # (not an ethnic group's name: 'dân tộc Kinh và Khmer')
            verdict = u > 0 and 2 * self.lex.capitalised(low) < u and low not in sp.ethnic_names()
        else:
            verdict = True
        self[w] = verdict
        return verdict


@lru_cache(maxsize=8)
def verdicts(vocabulary: str, accept: frozenset[str]) -> Verdicts:
    """The verdicts, shared by the documents judged alike: a word's verdict depends on these
    settings and the lexicon only. Its `lex` is the lexicon they were made with."""
    return Verdicts(lexicon(vocabulary), accept)


def lexicon(vocabulary: str) -> Any:
    """The shipped lexicon, with the counts of a department's vocabulary file added if one is named."""
    from reportlint.text import lexicon  # lazily: 1 MB of counts, only when the rule runs

    return with_vocabulary(lexicon.load(), vocabulary) if vocabulary else lexicon.load()


@lru_cache(maxsize=8)
def accepted(accept: tuple[str, ...]) -> frozenset[str]:
    """The words never judged: the shipped vocabulary and the `accept` option, as written and as keys."""
    return sp.accepted_words(accept) | sp.canon_phrases(accept)


@lru_cache(maxsize=8)
def phrase_pairs(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The pairs of words of the `phrases` option, as tuples of lookup keys ("phấn đấu đến" gives
    "phấn đấu" and "đấu đến")."""
    return frozenset(pair for ph in sp.canon_phrases(phrases) for pair in zip(ph.split(), ph.split()[1:]))


def doc_pairs(paragraph_runs: Iterable[tuple[sp.Words, list[tuple[int, int]]]]) -> Counter[tuple[str, str]]:
    """How often the document writes each pair of words (lower case, old-style marks), within
    runs; `paragraph_runs`: each paragraph's words and the bounds of its runs. A pair whose second
    word is capitalised is a name's, '' for that word ('Hội Cựu chiến binh' is no usage of 'hội cựu';
    'Lễ sanh và' opening a sentence is of 'lễ sanh'); so is a pair across a run's edge (no pair
    with '' for its second word is ever looked up)."""
    pairs: list[tuple[str, str]] = []
    for ws, bounds in paragraph_runs:
        lows = list(map(sp.canon, ws.lows))
        seconds = [low if w[0].islower() else "" for w, low in zip(ws.words, lows)]
        seconds.append("")  # (the paragraph's end)
        # a run's first word follows no word of its run, nor does the word after a run (the next
        # run's first, or a piece of a name no run holds: Words.run_bounds): one zip over the
        # paragraph then counts the pairs within runs, not one of each run's slices
        for a, b in bounds:
            seconds[a] = seconds[b] = ""
        pairs += zip(lows, seconds[1:])
    return Counter(pairs)


def name_starts(words: list[str], i: int) -> bool:
    """Whether a name of two capitalised words or more starts at word i after a lower-case word
    ('ông Đoàn Tấn Bửu'): the pair ending there is no evidence ('ông Đoàn' is no 'công đoàn')."""
    return i + 1 < len(words) and words[i].istitle() and words[i + 1].istitle() and not words[i - 1].istitle()


def name_edge(lex: Any, words: list[str], lows: list[str], i: int, min_count: int, bits: float) -> bool:
    """Whether the pair of words i and i+1 meets a compound capitalised inside a run, a name or an
    agency: it ends at i ('Bộ Thông tin và Truyền thông xin báo cáo') or starts at i+1 ('toàn Thành
    phố', 'được Hội đồng nhân dân'). The pair is no evidence, as before a name."""
    if i > 1 and words[i - 1].istitle() and words[i].islower() and bound(lex, lows[i - 1], lows[i], min_count, bits):
        return True
    return i + 2 < len(words) and words[i].islower() and words[i + 1].istitle() and words[i + 2].islower() \
        and bound(lex, lows[i + 1], lows[i + 2], min_count, bits)


def seen_as(lex: Any, n: str, pair: tuple, min_count: int, bits: float) -> int:
    """How often the neighbour n is in the laws, or, when it makes a word of the laws with the word
    beyond it (`pair`), how often that word is: 'vào' meets 'lợi thế' (62 times), not 'lợi' (10,579)."""
    return lex.bigram(*pair) if None not in pair and bound(lex, *pair, min_count, bits) else lex.unigram(n)


def taken(lex: Any, lows: list[str], j: int, x: str, min_count: int, beats: float) -> bool:
    """Whether each neighbour x would pair with in place of lows[j] makes a word of the laws on
    its other side, `beats` times commoner than x's pair and min_count times at least ('huyện
    tập trung' is no 'luyện tập': 'tập trung' 2,144 times, 'luyện tập' 46)."""
    n = len(lows)
    sides = [(lex.bigram(lows[j + 1], lows[j + 2]) if j + 2 < n else 0, lex.bigram(x, lows[j + 1])) if j + 1 < n else None,
             (lex.bigram(lows[j - 2], lows[j - 1]) if j > 1 else 0, lex.bigram(lows[j - 1], x)) if j else None]
    return all(other >= max(min_count, beats * mine) for other, mine in filter(None, sides))


def acronym_context(words: list[str], i: int) -> bool:
    """Whether words[i] is an acronym that is context: no syllable itself ('UBND'; not the 'AN' of 'QP - AN'),
    or a word of a line in capitals ('CỘNG HÒA Xà HỘI CHỦ NGHĨA')."""
    w = words[i]
    return sp.is_acronym(w) and (not vn.is_valid(w.lower()) or any(
        sp.is_acronym(v) for v in words[max(0, i - 1):i] + words[i + 1:i + 2]))


def common_beside_acronym(lex: Any, other: str, w: str) -> bool:
    """Whether w, next to an acronym, is as common as the acronym itself is in the laws: a pair
    they never wrote is no evidence then ('UBND đã'; 'UBND tịnh' -> 'tỉnh' stays)."""
    return sp.is_acronym(other) and lex.unigram(w) >= lex.unigram(other.lower())


def bound(lex: Any, a: str, b: str, min_count: int, bits: float) -> bool:
    """Whether the pair a b is a word of the laws: seen min_count times and `bits` likelier than
    chance, or most uses of a rare one of its words ('xấp' is 8 times in the laws, all 'xấp xỉ')."""
    c = lex.bigram(a, b)
    return c >= min_count and pmi(lex, a, b, c) >= bits or c >= 3 and 2 * c >= min(lex.unigram(a), lex.unigram(b))


def breaks(lex: Any, w: str, x: str, l: str | None, r: str | None, min_count: int, beats: float) -> bool:
    """Whether x in place of w would break a phrase w makes with l or r: a pair seen min_count
    times at least, and `beats` times as often as x makes it with that neighbour."""
    pairs = ([(lex.bigram(l, w), lex.bigram(l, x))] if l else []) + ([(lex.bigram(w, r), lex.bigram(x, r))] if r else [])
    return any(written >= min_count and written >= beats * meant for written, meant in pairs)


def strays(lex: Any, w: str, x: str, l: str | None, r: str | None, rare: int, also: dict | None = None) -> bool:
    """Is w a word in use (seen `rare` times), and x never put next to one of its neighbours, in the laws
    (or in the document's pairs `also`)? Then x only binds to the other side by a phrase of its own:
    'và đàn gia cầm' -> 'đào' ("đào gia" never), 'vốn đều tăng' -> 'đầu' ("đầu tăng" never)."""
    canon = sp.canon
    return lex.unigram(w) >= rare and any(
        a and b and not lex.bigram(a, b) and (also is None or (canon(a), canon(b)) not in also)
        for a, b in ((l, x), (x, r)))


def marks_apart(written: str, meant: str) -> bool:
    """Whether `meant` is `written` with other marks ('gia tặng' -> 'tăng', 'khó khan' -> 'khăn'),
    or with a letter the writer left out ('ác định' -> 'xác', 'ngộ độ' -> 'độc')."""
    w, m = fold(written.lower()), fold(meant.lower())
    return w == m or len(m) == len(w) + 1 and any(m[:k] + m[k + 1:] == w for k in range(len(m)))


def _toneless(low: str) -> bool:
    """A syllable with a final p, t, c or ch and its mark dropped ('hộ tich'): no syllable without
    the sắc or nặng tone, and plain ASCII, which typo.syllable leaves alone (it could be English)."""
    return low.isascii() and low.isalpha() and low.endswith(("p", "t", "c", "ch")) \
        and any((v := vn.compose(low, tone)) and vn.is_valid(v) for tone in (2, 5))


def worth_saying(lex: Any, l: str, w: str, r: str, x: str) -> bool:
    """Whether weak evidence against w, a word seen beside neither l nor r, is worth saying: w is
    rare in the laws, or their silence on one of its pairs says something (chance alone would
    have them write it EXPECTED times: 'thi đặt giải'), or it is x with its mark left out
    ('luật va hòa giải'). Real reports of other provinces gave only false infos otherwise: a
    word in use beside neighbours it seldom meets by chance is everyday language the laws lack
    ('đã ôn lại', 'vốn vì nữ công nhân', 'duy trì đà tăng')."""
    return lex.unigram(w) < REAL_USE_MIN or max(chance(lex, l, w), chance(lex, w, r)) >= EXPECTED \
        or w.isascii() and fold(x) == w
