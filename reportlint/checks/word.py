"""A real syllable in the wrong word: "triển kha" for "triển khai", "cảm nang" for "cẩm nang".

Rule typo.word. Each word is a valid syllable, so only word knowledge tells: the syllable
lexicon (reportlint.text.lexicon, counts from public-domain legal text). Only words next to
a pair the lexicon never saw are looked at; the suggestion is always a one-slip neighbour
(tone, hat/horn/breve, a letter added, dropped or changed, d/r/gi g/gh ng/ngh c/k, a
Telex/VNI leftover), the one that fits the words around best. A word is a likely slip when:

- the lexicon (almost) never saw it (fewer than ``rare`` times) and a neighbour fits both
  words around it, or makes a notable share of one's uses ("thu tền sử dụng" -> "tiền");
- it is seen with neither word around it, a neighbour is seen with both and is far commoner
  ("pháp luật va hòa giải" -> "và"), or makes both pairs so much likelier than chance that the
  odds are high ("thôn mời theo" -> "mới"), and that neighbour is no word that goes anywhere;
  the neighbour suggested is the one likeliest between the two words ("đây à tình" -> "là");
- it ends or starts a run (punctuation on the other side) and a far commoner neighbour binds
  to the word there ("Nông thôn mí." -> "mới");
- or two words never meet while a neighbour of one makes a common word with the other that
  binds more than the pairs around it ("triển kha các" -> "khai").

An acronym that is no syllable itself (not the 'AN' of 'QP - AN') or a vocabulary word the
lexicon knows is context, though never judged itself ("UBND tịnh" -> "tỉnh", "ca bễnh" ->
"bệnh"); not for a word as common as the acronym ("UBND đã": the laws seldom write acronyms).

A warning needs convincing evidence besides: the suggestion makes a pair that belongs
together and, unless the written pair should have been seen, one at least as common as the
written word ("tỉnh ta đã" is no 'tỉnh ra': the laws lack plain language, see `_Judge._sure`).
Weaker evidence is info (``one_side_severity``): a syllable the laws never saw whose
suggestion fits one side weakly ("và sò huyết": laws lack "sò"); a run's last word, never
seen after the word before, whose neighbour follows that word and ends runs at high odds
("tháng nằm 2025" -> "năm": the number after is not in the lexicon, but "năm" mostly ends a run
and "nằm" never does). Weaker evidence about a word at a clause's start, or seen on one side
only, is not reported: on public reports of other provinces it was wrong nearly every time
("Vừa qua, bà con", "danh hiệu nông dân", "quỹ vì người nghèo": report language the laws
lack), nor against a word the laws write with its other neighbour ("chi bộ | nhiệm kỳ"); else it is
said only for other marks or a letter left out ("cần nghèo" -> "cận"): of a word's many other
neighbours one fits a side by chance ("rải nhựa hoặc" is no 'ngựa'). A suggestion that breaks a
phrase the word makes on its other side is info at most.

Not judged: acronyms, mixed-case names, words that are no syllable (typo.syllable's), the
shipped vocabulary and the `accept` option, words the confusion list names (typo.confusion's),
capitalised syllables the lexicon mostly sees capitalised or does not know (names), a capital
letter alone ("Trường A"), and lines the loader rebuilt from a legacy encoding. A word that
puts a figure after it ("hỗ trợ cho hơn 300 hộ", `before_figures`) makes no pair with the word
before it. No name is suggested. A department's archive, learnt by `reportlint vocab` and named
in the config (`vocabulary:`), adds its counts. Text without diacritics (OCR) is skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from reportlint.checks import Finding
from reportlint.lazy import cached_property
from reportlint.analysis import spelling as sp
from reportlint.analysis import word_verdicts as wv
from reportlint.analysis.outline import Outline
from reportlint.analysis.pair_odds import lower_count, pmi, unseen_bits
from reportlint.text.letters import fold, lost_letters

KIND = "word"
# a word seen with neither neighbour is a slip for a neighbour that fits both and is this many
# times commoner ("va hòa giải" -> "và": 166 against 201,854; "ước đạt" stays: "nước" is 20 times)
_ISOLATED_SHARE = 0.03
# a word ending a run (punctuation after it) that never follows the word before it: the same, with a looser share (one side only to go by)
_EDGE_SHARE = 0.2
_EDGE_BIND = 0.02  # and the pair it makes is this share of the neighbour's uses at least
# a word starting a run: the tighter share (0.03) and a looser bind ('Đà thực hiện': 711 of 95,286 'thực')
_START_BIND = 0.002
# a pair the document backs: this many times commoner in the laws than the written one
_BEATS = 20
# a syllable the laws never saw: the suggestion fits both neighbours, or makes this share of one's uses
_RARE_BIND = 0.05
_WEAK_BIND = 0.02  # ... or, weakly (info), this share: not 'được nới lỏng' -> 'với' ('được với' is 84 of 120,138 'được')
# one_side_severity: weaker evidence (see the module's docstring) is info unless a team raises it
# vocabulary: the file `reportlint vocab` learnt from the department's archive (set by the
# config's `vocabulary:` key); its counts are added to the lexicon's (analysis/vocabulary_counts.py)
# phrases: plain report language the laws lack ("vụ xuân", "phấn đấu đến"): their pairs are seen pairs to this rule
# before_figures: words that put a figure after them ("cho hơn 300 hộ", "tăng gần 12%"): such a
# word ending a run before a figure goes with the figure, not with the word before (the laws
# seldom write "cho hơn"): that pair is no evidence either way
OPTIONS = {"phrases": [], "before_figures": [], "accept": [], "min_count": 10, "min_share": 0.1, "rare": 5,
           "one_side_severity": "info", "vocabulary": ""}
_FIGURE_AFTER = re.compile(r"\s*\d")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    checked = sp.checked(outline)
    if not checked:
        return
    accept = wv.accepted(tuple(options["accept"]))
    judge = _Judge(options["min_count"], options["min_share"], options["rare"], accept, options["vocabulary"])
    judge.phrases = wv.phrase_pairs(tuple(options["phrases"]))
    figures = sp.canon_phrases(options["before_figures"])
    decoding = outline.document.decoding
    repaired = frozenset(decoding.lines) if decoding else frozenset()
    judge.runs = [(ws, ws.run_bounds()) for _, ws in checked]
    for (p, _), (ws, bounds) in zip(checked, judge.runs):
        if repaired and any(ln.lineno in repaired for ln in p.lines):
            continue  # text the loader rebuilt from a legacy encoding: the encoding rule speaks for it
        lows = ws.lows
        for a, b in bounds:
            counts = list(map(judge.lex.bigram, lows[a:b], lows[a + 1:b]))
            if all(counts):
                continue  # every pair known, whatever is judged (most runs): nothing to look at
            if not counts[-1] and sp.canon(lows[b - 1]) in figures and judge.settled(lows[a:b], counts, b - a - 2) \
                    and _FIGURE_AFTER.match(ws.text, ws.spans()[1][b - 1]):
                counts[-1] = -1  # 'hỗ trợ cho hơn | 300 hộ': the word goes with the figure, the pair is none
                if all(counts):
                    continue
            words = ws.words[a:b]
            for i, hit in judge.run(words, lows[a:b], counts):
                wrong, right, fixed, weak = hit
                if weak and not (wv.marks_apart(words[i], fixed) and (i == 0 or words[i].islower())):
                    continue  # (see the module's docstring; 'được Tỉnh phân bổ': the province, no 'tính')
                if weak and judge.repeated(words, i):
                    continue  # weak evidence against a pair the report writes again: its own usage
                if lost_letters(p.text):
                    break  # text that lost letters in copying ('toàn tnh có 512 doanh nghip'): typo.syllable names them

                starts, ends = ws.spans()
                s, e, w = starts[a + i], ends[a + i], words[i]
                yield Finding(p, s, e, args={"word": w, "pair": wrong, "right": right},
                              severity=options["one_side_severity"] if weak else None,
                              suggestion=sp.match_case(w, fixed))


class _Judge:
    """The pair test over runs of words, with the lexicon and the confusion list at hand."""

    def __init__(self, min_count: int, min_share: float, rare: int, accept: frozenset[str],
                 vocabulary: str = "") -> None:
        self._verdicts = wv.verdicts(vocabulary, accept)  # is each word judged? (word_verdicts.Verdicts)
        self.lex = self._verdicts.lex  # (the lexicon, with the vocabulary's counts: built once per setting)
        self.min_count, self.min_share, self.rare, self.accept = min_count, min_share, rare, accept
        self.confusions = sp.confusions()
        self.runs: list = []  # (words of a paragraph, its runs' bounds) of the document (check() sets them)
        self.phrases: frozenset[tuple[str, ...]] = frozenset()  # report phrases the laws lack (check() sets them)

    @cached_property
    def doc(self) -> dict[tuple[str, str], int]:
        """The document's own pairs, counted when a run first needs them (most documents' runs
        are all known pairs)."""
        return wv.doc_pairs(self.runs)

    def run(self, words: list[str], lows: list[str],
            counts: list[int]) -> Iterator[tuple[int, tuple[str, str, str, bool]]]:
        """(index of the slipped word, (words as written, words meant, word meant, weak evidence))
        in a run of words with a pair the lexicon never saw (`lows`: the same in lower case;
        `counts`: the lexicon's count of each pair, -1 for words that make no pair)."""
        lex = self.lex
        # a syllable doubled is a word form ('cào cào', 'đo đỏ'), no slip: duplicate.word judges it
        n = len(words)
        verdicts = self._verdicts
        ok = [verdicts[w] for w in words]
        if len(set(lows)) < n and any(a == b for a, b in zip(lows, lows[1:])):  # neither word is judged
            ok = [o and not (i and lows[i - 1] == lows[i] or i + 1 < n and lows[i + 1] == lows[i])
                  for i, o in enumerate(ok)]
        # an acronym or an accepted word the lexicon knows is context, though never judged:
        # 'UBND tịnh' -> 'tỉnh', 'ca bễnh' -> 'bệnh' ('ca' is in the vocabulary as the acronym CA)
        ctx = ok if all(ok) else [o or ((wv.acronym_context(words, i) or low in self.accept) and lex.unigram(low) >= self.min_count)
                                  for i, (o, low) in enumerate(zip(ok, lows))]
        # a pair is evidence when both words are context and one is judged, and it ends no name; below,
        # only a pair the lexicon never saw and the pairs beside it are read (a spot reads the pairs on its
        # two sides): the others keep their count, never 0 (most pairs of a run)
        seen = counts[:]
        for i in {k for i, c in enumerate(counts) if c == 0 for k in (i - 1, i, i + 1) if 0 <= k < n - 1}:
            c = counts[i]
            if not (ctx[i] and ctx[i + 1] and (ok[i] or ok[i + 1]) and lows[i] != lows[i + 1]) or wv.name_starts(words, i + 1) \
                    or c == 0 and wv.name_edge(lex, words, lows, i, self.min_count, _SURE_PMI):
                c = -1
            # (a report phrase counts as seen min_count times at least, whoever is judged: 'hạnh kiểm' is 3 in
            # the laws; 'Tưng bừng ngày hội' opens a title)
            seen[i] = self.min_count if c < self.min_count and self._phrase(lows, i, i + 1) else c
        if 0 not in seen:
            return  # every pair known, or no evidence: most runs
        # only the words next to a pair never seen can be slips: the spots, in reading order
        unseen = [i for i, c in enumerate(seen) if c == 0]
        spots = sorted(set(unseen) | {i + 1 for i in unseen})

        def plain(i: int) -> bool:
            """Lower case, or the capital that starts a sentence (the first word of a run that
            the lexicon mostly sees in lower case; word_verdicts.Verdicts): not a name or a title."""
            return words[i].islower() or (i == 0 and ok[0])

        def low(i: int) -> bool:
            """Judged like lower case: a capital the lexicon mostly sees in lower case that starts
            a run or follows a lower-case word, with a lower-case word after it ('Đen nay', 'báo
            cáo Tống kết'): a sentence or a title starts there, no name ('huyện Tân Châu' has a
            capital after). (Inside a run, only a word the lexicon almost never sees
            capitalised: 'vụ Đông' is a season's name.)"""
            return words[i].islower() or (ok[i] and i + 1 < n and words[i + 1].islower() and (i == 0 or (
                words[i - 1].islower() and _TITLE_CAPS * lex.capitalised(lows[i]) < lex.unigram(lows[i]))))

        done: set[int] = set()
        # a word alone: never seen, or seen with neither neighbour
        for j in spots:
            if not ok[j] or self._confused(lows[j]):
                continue
            left = seen[j - 1] if j else -1
            right = seen[j] if j < n - 1 else -1
            l = lows[j - 1] if left >= 0 else None
            r = lows[j + 1] if right >= 0 else None
            x, weak, low_j, convincing = None, False, low(j), not words[j].islower()
            if low_j and lex.unigram(lows[j]) < self.rare:
                if max(left, right) > 0:
                    continue  # in a pair the laws or the report phrases know: attested ('vụ đắc lực')
                # laws lack some everyday words ('sầu riêng', 'sò huyết'): the neighbour must fit
                # both sides, or bind strongly to the one there is
                x = self._in_context(lows[j], l, r, both=False, rare=True)
                if x is None:  # fits one side, weakly: at info ('sò huyết' may be right, laws lack it)
                    x = self._in_context(lows[j], l, r, both=False, rare=True, bind=_WEAK_BIND)
                    if x is None:  # any fit of the same letters with other marks, the commonest slip ('vói' -> 'với')
                        y = self._in_context(lows[j], l, r, both=False)
                        x = y if y and fold(y) == fold(lows[j]) else None
                    weak = True
            elif left == 0 and j == n - 1 and low_j:
                x = self._in_context(lows[j], l, r, both=False, share=_EDGE_SHARE)  # 'đã thức.'
            elif right == 0 and j == 0 and low_j:
                x = self._in_context(lows[j], l, r, both=False, share=_ISOLATED_SHARE,
                                     bind=_START_BIND)  # 'Đà thực hiện'
                # (one side to go by, at a clause's start: only convincing evidence ('vừa qua,
                # các xã' is no 'và qua', 'bà con' no 'và con': the laws lack report language)
                convincing = True
            elif left == 0 and right == 0 and plain(j - 1) and low_j \
                    and words[j + 1].islower():  # a capital around: a name or a title ("giải nhì Đội")
                x = self._in_context(lows[j], l, r, both=True)
            if x:
                beyond = (lows[j - 2] if l and j > 1 else None, lows[j + 2] if r and j + 2 < n else None)
                weak = weak or not (self._sure(lows[j], x, l, r, beyond) or self._backed(lows[j], x, l, r))
                if weak and convincing:
                    continue  # a capital read as lower case ('Bà con', 'Tống kết') needs convincing evidence
                if weak and l and r and not wv.worth_saying(lex, l, lows[j], r, x):
                    continue  # ('đã ôn lại', 'vốn vì nữ công nhân': everyday language the laws lack)
                done.add(j)
                i0, i1 = max(0, j - 1), min(n, j + 2)
                shown = " ".join(words[i0:i1])
                meant = " ".join(lows[i0:j] + [x] + lows[j + 1:i1])
                yield j, (shown, meant, x, weak)
        # two words that never meet, one a slip away from a common word
        for i in unseen:
            if i in done or i + 1 in done or i and words[i].istitle() and words[i - 1].istitle():
                continue  # (after a name of two words or more any word may come: 'Nga Sơn là huyện')
            a, b = lows[i], lows[i + 1]
            if f"{sp.canon(a)} {sp.canon(b)}" in self.confusions or self._confused(a) or self._confused(b):
                continue
            prev = lows[i - 1] if i and ctx[i - 1] else None
            nxt = lows[i + 2] if i + 2 < n and ctx[i + 2] else None
            if words[i].istitle() and words[i + 1].istitle():
                continue  # two capitals: a name ('huyện Hồng Dân')
            # (no word of a pair the laws know past it, asked first: it rules out most sides; then see _may_slip)
            far = (i - 1, i + 2)  # the word past a, past b
            sides = tuple(s for s in (1, 0) if ok[i + s] and not self._bound(lows, counts, i + s, far[s]))
            hit = self.suggest(a, b, prev, nxt, sides)
            if hit and not self._may_slip(words, lows, i + hit[0], far[hit[0]]):
                s = 1 - hit[0]
                hit = self.suggest(a, b, prev, nxt, (s,)) if s in sides and self._may_slip(words, lows, i + s, far[s]) else None
            if hit and wv.common_beside_acronym(lex, words[i + 1 - hit[0]], lows[i + hit[0]]):
                continue  # ('UBND đã' -> 'xã': the laws seldom write the acronym, their silence says nothing)
            if hit:
                side, x = hit
                j = i + side
                done.add(j)
                right = f"{a} {x}" if side else f"{x} {b}"
                sure = self._sure(b, x, a, nxt, (None, lows[i + 3] if i + 3 < n else None)) or self._backed(b, x, a, nxt) \
                    if side else self._sure(a, x, prev, b, (lows[i - 2] if i > 1 else None, nxt)) or self._backed(a, x, prev, b)
                other = (b, nxt) if side else (prev, a)  # the written word with its other neighbour
                if sure or None in other or lex.bigram(*other) < self.min_count:
                    yield j, (f"{words[i]} {words[i + 1]}", right, x, not sure)
        # the run's last word, never seen after the word before, that nothing above explained:
        # weaker evidence ('tháng nằm 2025' -> 'năm')
        j = n - 1
        if j and seen[j - 1] == 0 and not done & {j - 1, j} and low(j) and not self._confused(lows[j]):
            x = self._ending(lows[j], lows[j - 1])
            if x:
                done.add(j)
                yield j, (f"{words[j - 1]} {words[j]}", f"{lows[j - 1]} {x}", x, not self._backed(lows[j], x, lows[j - 1], None))
        # a word next to a pair the lexicon never saw, whose neighbour makes a pair the document
        # itself writes elsewhere ('đăng ký hộ tịch ... hộ tich'; 'dân cư' in the report, 'dân cử thưa' here)
        if self.doc:
            for j in spots:
                if j in done or not ok[j] or not low(j) or self._confused(lows[j]):
                    continue
                if max(seen[j - 1] if j else -1, seen[j] if j < n - 1 else -1) >= self.min_count:
                    continue  # it fits one neighbour well: 'các cấp đã giúp' beside 'cấp xã' is no 'cấp xã giúp'
                l = lows[j - 1] if j and ctx[j - 1] else None
                r = lows[j + 1] if j < n - 1 and ctx[j + 1] else None
                # (a neighbour the document never writes next to l or r is not backed: most, asked first)
                lc, rc, doc = l and sp.canon(l), r and sp.canon(r), self.doc
                x = next((x for x in lex.suggestable_neighbours(lows[j], seen=_BACKED_MIN)
                          if ((lc, x) in doc or (x, rc) in doc) and self._backed(lows[j], x, l, r)
                          and not wv.taken(lex, lows, j, x, self.min_count, _BEATS)), None)
                if x:
                    i0, i1 = max(0, j - 1), min(n, j + 2)
                    yield j, (" ".join(words[i0:i1]), " ".join(lows[i0:j] + [x] + lows[j + 1:i1]), x, False)

    def _phrase(self, lows: list[str], i: int, j: int) -> bool:
        """Do words i and j of a run (next to each other, in either order) make a report phrase?"""
        if not 0 <= j < len(lows) or not self.phrases:
            return False
        a, b = (i, j) if i < j else (j, i)
        return (sp.canon(lows[a]), sp.canon(lows[b])) in self.phrases

    def _may_slip(self, words: list[str], lows: list[str], j: int, k: int) -> bool:
        """May word j of a run, in a pair never seen, be the slip, given word k on its other side? Not a capital
        beside another, a name ('Lễ hội Đền Hùng năm' is no 'hằng năm', 'trường chuyên Hùng Vương' no 'chuyên
        dùng'), nor the word of a pair the report phrases know ('về hạnh | kiểm'). Asked of the side a slip
        is found on only (few are): the best slip of both sides is the best allowed one when its side passes."""
        return not (words[j].istitle() and (j and words[j - 1].istitle() or j + 1 < len(words) and words[j + 1].istitle())
                    or self._phrase(lows, j, k))

    def _bound(self, lows: list[str], counts: list[int], i: int, j: int) -> bool:
        """Do words i and j of a run (side by side) make a word of the laws ('nông dân xấp xỉ': 'dân xấp' is no slip)?
        (Not if the run's `counts` (-1: 0) has the pair under 3 and min_count times: asked first, a quarter on unseen text.)"""
        return 0 <= j < len(lows) and counts[min(i, j)] >= min(3, self.min_count) \
            and wv.bound(self.lex, lows[min(i, j)], lows[max(i, j)], self.min_count, _SURE_PMI)

    def settled(self, lows: list[str], counts: list[int], i: int) -> bool:
        """Is word i of a run in good standing whatever follows it: a word the laws know, or seen
        after the word before it ('đàn heo')? (Not 'phấn đấu oạt trên 80%': that word is judged.)"""
        if self.lex.unigram(lows[i]) >= self.rare:
            return True
        return i > 0 and bool(counts[i - 1] or self._phrase(lows, i - 1, i))

    def _sure(self, w: str, x: str, l: str | None, r: str | None, beyond: tuple = (None, None)) -> bool:
        """Is 'x for w' (between l and r) evidence enough for a warning, or only for info?

        Read on real reports of other provinces: the laws lack much everyday language
        ("khí hậu mát lạnh", "tỉnh ta", "vụ đông", "rau các loại"), so a pair they never saw
        is weak evidence by itself. A warning needs the suggestion to make a pair that belongs
        together, _SURE_PMI bits likelier than chance ('hiệu quả' 6.5; 'có gắn' 2.6 for a
        'cói gắn'), seen with both neighbours when the written word is itself in use, and at
        least as common as the written word is, unless a written pair the
        laws never saw should have been seen were it a phrase ('đất đại': 76 expected by chance):
        else that word is one in its own right ('ta' 102 times, 'tỉnh ra' 42). A neighbour that
        makes a word of the laws with the word `beyond` it counts as that word: 'nhờ vào lợi thế'
        expects 'vào' before 'lợi thế' (62 times) 0.1 times, not before 'lợi' (10,579) 14 times.
        """
        lex = self.lex
        sides = [(a, b, o) for a, b, o in ((l, x, (l, w)), (x, r, (w, r))) if a and b]
        counts = [lex.bigram(a, b) for a, b, _ in sides]
        if wv.strays(lex, w, x, l, r, self.rare):
            return False
        if any(lex.bigram(*o) >= max(self.min_count, c + 1) for (_, _, o), c in zip(sides, counts)):
            return False  # x breaks a phrase w makes ('chuẩn đa chiều': 'đa chiều' 17, 'đo chiều' 14)
        if any(c and lex.bigram(*o) >= self.min_count and pmi(lex, *o, lex.bigram(*o)) > pmi(lex, a, b, c)
               for (a, b, o), c in zip(sides, counts)):
            return False  # w fits that side better than x does ('đầu tư vào lợi thế': 'tư vào' 2.0 bits, 'tư và' -0.3)
        if not any(c and pmi(lex, a, b, c) >= _SURE_PMI for (a, b, _), c in zip(sides, counts)):
            return False
        l2, r2 = beyond
        expected = max((wv.seen_as(lex, n, pair, self.min_count, _SURE_PMI) * lex.unigram(w) / lex.total_unigrams
                        for n, pair, o in ((l, (l2, l), (l, w)), (r, (r, r2), (w, r))) if n and not lex.bigram(*o)), default=0)
        return max(counts) >= lex.unigram(w) or expected >= wv.EXPECTED

    def repeated(self, words: list[str], j: int) -> bool:
        """Does the document write a pair the lexicon never saw around words[j] more than once?
        A slip is seldom made twice alike; a report's own usage is ('vụ đông' in two lines)."""
        lex, doc = self.lex, self.doc
        lows = [sp.canon(w.lower()) for w in words[max(0, j - 1):j + 2]]
        return any(doc.get(p, 0) > 1 and not lex.bigram(*p) for p in zip(lows, lows[1:]))

    def _backed(self, w: str, x: str, l: str | None, r: str | None) -> bool:
        """Does the document itself back 'x for w' (between l and r)? It writes a pair x makes
        elsewhere ('hộ tịch' in one place, 'hộ tich' in another), a pair that belongs together in
        the laws (_SURE_PMI bits) and far commoner there than the written one, while the written
        pair is written nowhere else (a word a report uses on purpose it uses again: 'vụ đông').
        The written pair is never its own support: x is not w. (x is a neighbour a rule may
        suggest: no name, see Lexicon.suggestable_neighbours.)"""
        doc, lex, canon = self.doc, self.lex, sp.canon
        cx = canon(x)
        if not (l and (canon(l), cx) in doc or r and (cx, canon(r)) in doc):
            return False  # the document never writes x here: most neighbours, asked first
        written = [(a, b, wrote) for a, b, wrote in ((l, x, (l, w)), (x, r, (w, r)))
                   if a and b and doc.get((canon(a), canon(b))) and doc.get(tuple(map(canon, wrote)), 0) <= 1]
        if not written:
            return False
        if wv.strays(lex, w, x, l, r, self.rare, also=doc) or wv.breaks(self.lex, w, x, l, r, self.min_count, _BEATS):
            return False  # ('thông báo tóm tắt', beside 'báo cáo tóm tắt', is no 'thông cáo')
        for a, b, wrote in written:
            c = lex.bigram(a, b)
            if c >= _BACKED_MIN and c >= _BEATS * lex.bigram(*wrote) and pmi(lex, a, b, c) >= _SURE_PMI:
                return True
        return False

    def _confused(self, low: str) -> bool:
        return sp.canon(low) in self.confusions

    def _in_context(self, w: str, l: str | None, r: str | None, both: bool,
                    share: float | None = None, rare: bool = False,
                    bind: float = 0.0) -> str | None:
        """The neighbour of `w` that fits between `l` and `r` best (seen with both when `both`),
        if it passes the test of its case: the best fit is chosen first, then judged, so that a
        weaker neighbour is never suggested because the best one failed ('giáo dụ và' -> 'dục')."""
        lex = self.lex
        best = None
        # (x fits when its two pairs are seen min_count times together: x is seen half that at least)
        for x in lex.suggestable_neighbours(w, seen=(self.min_count + 1) // 2):
            cl = lex.bigram(l, x) if l else 0
            cr = lex.bigram(x, r) if r else 0
            if (both and not (cl and cr)) or cl + cr < self.min_count:
                continue
            # the fit: with both sides, how likely x makes the three words (cl * cr / its count:
            # 'đây à tình' -> 'là', not the commoner 'và'); with one, the pair's count
            fit = cl * cr / lex.unigram(x) if both else cl + cr
            if best is None or fit > best[0]:
                best = (fit, x, cl, cr)
        if best is None:
            return None
        _, x, cl, cr = best
        score = cl + cr
        if share:  # at a run's edge
            ok = lex.unigram(w) <= share * lex.unigram(x) and score >= (bind or _EDGE_BIND) * lex.unigram(l if l else r)
        elif both:  # a word legal text seldom uses in this company ("ước đạt", "khám bảo hiểm") is kept,
            # and so is one whose suggestion only fits as a word that goes anywhere ('nuôi cua biển'
            # -> 'của': "nuôi của", "của biển" are rarer than chance would have them)
            # (the laws' silence on w's pairs counts only for an x at least as likely as chance
            # on each side: 'văn nghệ xã biểu diễn' is no 'đã', 'đã biểu' is rarer than chance)
            fits = pmi(lex, l, x, cl), pmi(lex, x, r, cr)
            fit = sum(fits)
            silence = unseen_bits(lex, l, w) + unseen_bits(lex, w, r) if min(fits) >= 0 else 0.0
            ok = fit >= _MIN_PMI_SUM and min(fits) >= _MIN_SIDE_PMI and (lex.unigram(w) <= _ISOLATED_SHARE * lex.unigram(x)
                                          or fit + math.log2(lex.unigram(x) / lower_count(lex, w)) + silence >= _MIN_ODDS)
        elif rare:  # a syllable the lexicon (almost) never saw
            bind = bind or _RARE_BIND
            ok = bool(cl and cr) or (bool(l) and cl >= bind * lex.unigram(l)) or (bool(r) and cr >= bind * lex.unigram(r))
        else:
            ok = True
        return x if ok else None

    def _ending(self, w: str, l: str) -> str | None:
        """The neighbour of `w`, ending a run after `l`, that makes the odds _END_ODDS to 1 or more.

        A run's end is context too (punctuation or a number after): the odds compare how likely
        each word is after `l` and before an end; `w`, never seen after `l`, is scored by chance
        ('tháng nằm 2025' -> 'năm': 'nằm' almost never ends a run, 'năm' mostly does)."""
        lex = self.lex
        if lex.unigram(w) >= wv.REAL_USE_MIN and lex.ends(w) >= _ENDS_ITSELF * lex.unigram(w):
            return None  # a word that often ends a run ('đường làng', 'nuôi dê'): its end says nothing
        chance = lex.unigram(l) * (lex.ends(w) + 0.5) / lex.total_unigrams
        best = None
        for x in lex.suggestable_neighbours(w, seen=self.min_count):
            cl = lex.bigram(l, x)
            if cl < self.min_count:
                continue
            odds = cl * lex.ends(x) / lex.unigram(x) / chance
            if odds >= _END_ODDS and (best is None or odds > best[0]):
                best = (odds, x)
        return best and best[1]

    def suggest(self, a: str, b: str, prev: str | None, nxt: str | None,
                sides: tuple[int, ...] = (1, 0)) -> tuple[int, str] | None:
        """(1 if b slipped else 0, the syllable meant) when a b is a likely slip (`sides`: the words that may have)."""
        lex = self.lex
        if lex.bigram(a, b):
            return None
        left = lex.bigram(prev, a) if prev else 0
        right = lex.bigram(b, nxt) if nxt else 0
        best = None
        beat = max(self.min_count, left + 1, right + 1)  # the count a pair needs (its words' too)
        for side in sides:
            for x in lex.suggestable_neighbours(b if side else a, seen=beat):
                pair = (a, x) if side else (x, b)
                c = lex.bigram(*pair)
                if c < self.min_count or c <= left or c <= right:
                    continue
                if wv.breaks(lex, *((b, x, None, nxt) if side else (a, x, prev, None)), self.min_count, _BEATS):
                    continue  # ('đình cải thiện' is no 'đình chỉ', 'vốn hầu hết' no 'vốn đầu')
                share = max(c / max(1, lex.unigram(pair[0])), c / max(1, lex.unigram(pair[1])))
                if share < self.min_share:
                    continue
                if best is None or c > best[0]:
                    best = (c, side, x)
        return None if best is None else best[1:]


_MIN_PMI_SUM = -1.0
_MIN_SIDE_PMI = -3.0
# a pair the document writes elsewhere is evidence with fewer counts in the laws ('bệnh cúm': 4)
_BACKED_MIN = 3
# a capital inside a run is read as lower case when the lexicon sees it capitalised less than once in this many uses ('Tống': 9 of 468)
_TITLE_CAPS = 20
_SURE_PMI = 3.0  # bits; see _Judge._sure
# a word ending a run after one it never follows: a neighbour that follows that word and ends
# runs, at these odds ('đúng hạ (' -> 'hạn': 1,400; 'tỉnh khám,' -> 'khác' stays: 33)
_END_ODDS = 100.0
_ENDS_ITSELF = 0.1  # ... unless the word as written ends this share of its uses in the laws ('làng' 0.31, 'nằm' 0.02)
# ... or, whatever the two counts, the odds of the neighbour against the word as written are
# this many bits: how much likelier than chance the neighbour makes both pairs, plus how much
# commoner it is (a backoff model: the word, seen with neither neighbour, is scored by chance).
# 'thôn mời theo' -> 'mới' (10 bits), 'vụ chảy rừng' -> 'cháy' (12); 'xã bám địa' stays (8: 'báo')
_MIN_ODDS = 9.0
