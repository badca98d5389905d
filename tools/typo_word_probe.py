#!/usr/bin/env python3
"""Does the lexicon carry enough word knowledge for `typo.word`? A measured probe, not the rule.

    PYTHONPATH=. python tools/typo_word_probe.py ../shared/corpus/*.txt ../shared/corpus/*.md
    PYTHONPATH=. python tools/typo_word_probe.py --slips 600 CLEAN_REPORT...

Without ``--slips`` it prints what the candidate rule would flag in the given files (false
alarms on clean text). With ``--slips N`` it makes N random one-letter or one-mark slips in
lines of the files that give no finding, keeps those that make a real syllable and a pair the
lexicon has not seen (the others are `typo.syllable`'s), and prints recall and how often the
meant word is the suggestion.

The candidate rule (issue 19 item 2), for two syllables side by side, a b, with p before and
n after: the pair is unseen; some one-slip neighbour x of a or b makes a pair seen ≥ 10
times that is a large share of either syllable's uses (≥ 10 %); and that pair binds more
than the pairs around it (bigram(p, a) and bigram(b, n) are smaller), else a b is just
two words meeting ("truyền thông | tháng"). Capitalised syllables are judged too, unless
the lexicon mostly sees them capitalised or does not know them (names); lines without
diacritics, and whole documents without them, are skipped. Not shipped.

Measured at the lexicon's commit (Dec 2026): on ../shared/corpus one finding, the real
"cảm nang" → "cẩm nang"; 600 simulated real-syllable slips: 65 % found, 65 % with the
meant word suggested; 12 of the issue's 16 example lines. Misses: slips next to a
function word ("cải các hành chính": "các hành" binds), pairs legal text lacks or uses
loosely ("tổng kế": "tổng kết" is 4 % of "tổng"), two-edit slips ("nợ độn").
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reportlint.text import lexicon  # noqa: E402

_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"([^\W\d_]+)")


def runs(line: str) -> list[list[str]]:
    """Syllables separated by white space only, as the lexicon's pairs are."""
    out: list[list[str]] = []
    cur: list[str] = []
    for word in _TOKEN.findall(line):
        if any(ch.isdigit() for ch in word):
            out, cur = out + [cur] if cur else out, []
            continue
        pieces = _LETTERS.split(word)
        for i in range(1, len(pieces), 2):
            if pieces[i - 1] and cur:
                out, cur = out + [cur], []
            cur.append(pieces[i])
        if pieces[-1] and cur:
            out, cur = out + [cur], []
    return out + [cur] if cur else out


def is_name(tok: str) -> bool:
    if not (tok[:1].isupper() and not tok.isupper()):
        return False
    u = lexicon.unigram(tok)
    return u == 0 or 2 * lexicon.capitalised(tok) >= u


def suggest(a: str, b: str, prev: str | None, nxt: str | None,
            min_count: int = 10, min_share: float = 0.1) -> tuple[int, tuple[str, str]] | None:
    if lexicon.bigram(a, b):
        return None
    left = lexicon.bigram(prev, a) if prev else 0
    right = lexicon.bigram(b, nxt) if nxt else 0
    best = None
    for side in (1, 0):
        for x in lexicon.neighbours(b if side else a):
            pair = (a, x) if side else (x, b)
            c = lexicon.bigram(*pair)
            if c < min_count or c <= left or c <= right:
                continue
            if max(c / max(1, lexicon.unigram(pair[0])), c / max(1, lexicon.unigram(pair[1]))) < min_share:
                continue
            if best is None or c > best[0]:
                best = (c, pair)
    return best


def unaccented(line_runs: list[list[str]]) -> bool:
    """Typed or OCR'd without diacritics (fewer than 30 % of 4+ syllables with a mark):
    per-word checks are noise there (DESIGN.md §7), as the build leaves such lines out."""
    toks = [t for r in line_runs for t in r if not t.isupper()]
    return len(toks) >= 4 and sum(not t.isascii() for t in toks) < 0.3 * len(toks)


def findings(text: str) -> Iterator[tuple[int, str, str, int]]:
    if unaccented(runs(unicodedata.normalize("NFC", text))):  # a whole OCR document
        return
    for ln, line in enumerate(text.splitlines(), 1):
        line_runs = runs(unicodedata.normalize("NFC", line))
        if unaccented(line_runs):
            continue
        for run in line_runs:
            for i in range(len(run) - 1):
                a, b = run[i], run[i + 1]
                if is_name(a) or is_name(b) or any(t.isupper() and len(t) <= 4 for t in (a, b)):
                    continue
                prev = run[i - 1].lower() if i else None
                nxt = run[i + 2].lower() if i + 2 < len(run) else None
                hit = suggest(a.lower(), b.lower(), prev, nxt)
                if hit:
                    yield ln, f"{a} {b}", " ".join(hit[1]), hit[0]


_HATS = {"a": "ăâ", "ă": "aâ", "â": "aă", "e": "ê", "ê": "e", "o": "ôơ", "ô": "oơ", "ơ": "oô",
         "u": "ư", "ư": "u", "d": "đ", "đ": "d"}


def _mark(base: str, tone: int) -> str | None:
    """Put `tone` on the vowel that carries it (modified vowel, else old-style position)."""
    if tone == 0:
        return base
    vs = [i for i, ch in enumerate(base) if ch in "aăâeêioôơuưy"]
    if not vs:
        return None
    mods = [i for i in vs if base[i] in "ăâêôơư"]
    i = mods[-1] if mods else (vs[1] if len(vs) >= 2 and vs[-1] < len(base) - 1 else vs[0])
    marks = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    return unicodedata.normalize("NFC", base[:i] + base[i] + marks[tone] + base[i + 1:])


def slip(word: str, rng: random.Random) -> str | None:
    base, tone = lexicon.split_tone(word)
    kind = rng.choice(["tone", "hat", "drop", "add", "change"])
    if kind == "tone":
        return _mark(base, rng.choice([t for t in range(6) if t != tone]))
    if kind == "hat":
        idx = [i for i, ch in enumerate(base) if ch in _HATS]
        if not idx:
            return None
        i = rng.choice(idx)
        return _mark(base[:i] + rng.choice(_HATS[base[i]]) + base[i + 1:], tone)
    i = rng.randrange(len(base) + (kind == "add"))
    letter = rng.choice("abcdghiklmnoptuy")
    if kind == "drop":
        return _mark(base[:i] + base[i + 1:], tone) if len(base) > 1 else None
    if kind == "add":
        return _mark(base[:i] + letter + base[i:], tone)
    return _mark(base[:i] + letter + base[i + 1:], tone)


def recall(texts: list[str], n: int, seed: int) -> None:
    from reportlint.text import vietnamese  # the rule-based validator: non-syllables are typo.syllable's

    rng = random.Random(seed)
    lines = [ln for t in texts for ln in (unicodedata.normalize("NFC", x) for x in t.splitlines())
             if len(ln.split()) >= 6 and not list(findings(ln))]
    counted = found = right = 0
    for _ in range(n):
        words = rng.choice(lines).split()
        idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 2]
        if not idx:
            continue
        i = rng.choice(idx)
        bad = slip(words[i], rng)
        if not bad or bad == words[i] or not vietnamese.is_valid(bad):
            continue
        left = words[i - 1].lower() if i and words[i - 1].isalpha() else None
        right_w = words[i + 1].lower() if i + 1 < len(words) and words[i + 1].isalpha() else None
        if not ((left and not lexicon.bigram(left, bad)) or (right_w and not lexicon.bigram(bad, right_w))):
            continue
        counted += 1
        hits = [h for h in findings(" ".join(words[:i] + [bad] + words[i + 1:])) if bad in h[1].split()]
        found += bool(hits)
        right += bool(hits) and words[i] in hits[0][2].split()
    print(f"real-syllable slips making an unseen pair: {counted}; found {found} ({found / max(counted, 1):.0%}), "
          f"meant word suggested {right} ({right / max(counted, 1):.0%})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--slips", type=int, default=0, help="simulate this many random slips")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    texts = [f.read_text(encoding="utf-8") for f in args.files]
    if args.slips:
        recall(texts, args.slips, args.seed)
        return 0
    for f, text in zip(args.files, texts):
        hits = list(findings(text))
        print(f"{f}: {len(hits)}")
        for ln, pair, fix, count in hits:
            print(f"  {ln}: '{pair}' → '{fix}'? ({count} in the lexicon)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
