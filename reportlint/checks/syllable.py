"""Words that cannot be Vietnamese syllables, and misspelt loanwords.

Mode ``syllable`` (rule typo.syllable) checks every word with Vietnamese letters against
the spelling system (reportlint.text.vietnamese): a known initial and rhyme, k/gh/ngh only
before i e ê, c/g/ng never there, a final p t c ch only with the sắc or nặng tone, one
tone mark. Telex and VNI keystrokes left in the text ("dduwowcj", "tie61ng") are read back
into the syllable meant. Not checked: acronyms in capitals (VNPT, HĐND), mixed-case
product names (iGate, PC-Covid), URLs, e-mail addresses, file names, codes with digits,
single letters, plain ASCII words that are no syllable (internet, Khmer, Gtel), and the
words of the shipped vocabulary and of the `accept` option.

A capitalised word that is no syllable is judged like the rest (a warning: "Đơng", "Cơng tác"
are "Đông", "Công" with a damaged mark) unless it is a confirmed name, then only info
(``name_severity``): its letters make no Vietnamese syllable whatever the hats, horns and
breves ("Chôl Chnăm Thmây", "Krông", "Đăk Lăk": Khmer, Ê Đê, foreign names), the lexicon saw
it capitalised, or the document writes it so twice or more and has no damaged word in lower
case; such a name that starts with two consonants no Vietnamese initial starts with ("làng
Kliết", "Blơng") is not reported at all. A word that another mark makes a common syllable gets that syllable as suggestion.
Two syllables written as one that the lexicon knows as a pair ('xuấtvà', a space lost) are
said so, with the pair as suggestion; a common joined spelling of a word (`joined_spellings`:
'ôtô') only at info (``joined_severity``).

Mode ``loanword`` (rule typo.loanword) looks at ASCII words that are not syllables: one
letter away from a known loanword or product name ("baner" -> "banner", "Sercurity" ->
"Security") they get that word as suggestion.

Text without diacritics (OCR) is skipped: there every word looks wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reportlint.checks import Finding, lang_of
from reportlint.analysis import spelling as sp
from reportlint.text import vietnamese as vn
from reportlint.text.letters import fold
from reportlint.analysis.outline import Outline
from reportlint.i18n import t

KIND = "syllable"
# name_severity: a capitalised non-syllable that is a confirmed name (Khmer, foreign; see above)
# Two syllables the lexicon knows as a pair written as one are reported as such ('xuấtvà': 'xuất
# và', a space lost); joined_severity: those of `joined_spellings`, a common spelling of the word
# ('ôtô' for 'ô tô'): a style point, no slip
OPTIONS = {"mode": "syllable", "accept": [], "name_severity": "info", "joined_spellings": [], "joined_severity": "info"}
_JOINED_MIN = 50  # uses of the pair in the lexicon that make it a word written joined
CHOICES = {"mode": ("syllable", "loanword")}

# a VNI token has a letter right before a digit 1-9: a cheap gate (the scan stops at digits only)
_LETTER_DIGIT = re.compile(r"[1-9](?<=[A-Za-z][1-9])")
_VNI_TOKEN = re.compile(r"(?<![\w./@-])[A-Za-z]+[1-9][A-Za-z1-9]*(?![\w./@-])")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    accept = sp.accepted(options)
    lang = lang_of(outline)
    loan = options["mode"] == "loanword"
    checked = sp.checked(outline)
    # a document repeats its words: judge each distinct word once, then find where the bad ones are
    distinct = sp.distinct_words(outline)
    if loan:
        bad = {w: v for w in distinct if 5 <= len(w) <= _LONGEST_LOANWORD and (v := _loan(w)) is not None and w.lower() not in accept}
    else:
        bad = {w: v for w in distinct if (v := _verdict(w)) is not None and w.lower() not in accept}
    names = set() if loan else _confirmed_names(bad, checked)
    for p, ws in checked:
        if not loan:
            yield from _vni(p, accept, lang)
        if bad.keys().isdisjoint(ws.words):
            continue  # most paragraphs: no positions needed
        for s, e, w, _ in [t for t in ws.toks if t[2] in bad]:
            if loan:
                forms, suggestion = bad[w]
                shown = t("check.confusion.or", lang).join(f"'{f}'" for f in forms)
                problem = t("check.syllable.loanword", lang, word=w, shown=shown)
                yield Finding(p, s, e, args={"word": w, "problem": problem}, suggestion=suggestion)
            else:
                if w in names and _cluster_name(w.lower()):
                    continue  # a name of a highland language ('làng Kliết', 'Kte-Kdăm', 'Blà'): no slip
                (key, why), _, suggestion = bad[w]
                severity = options["name_severity"] if w in names else options["joined_severity"] \
                    if key == "check.syllable.joined" and w.lower() in options["joined_spellings"] else None
                yield Finding(p, s, e, args={"word": w, "problem": t(key, lang, **why)},
                              severity=severity, suggestion=suggestion)


def _confirmed_names(bad: dict, checked) -> set[str]:
    """The capitalised words of `bad` that are names, not damaged words (see the module's docstring)."""
    capitalised = [w for w, (_, cap, _) in bad.items() if cap]
    if not capitalised:
        return set()
    from reportlint.text import lexicon  # lazily: only a document with such a word pays for it

    lex = lexicon.load()
    damaged = any(not cap and _reading(w.lower()) for w, (_, cap, _) in bad.items())
    out = set()
    for w in capitalised:
        low = w.lower()
        if _reading(low) is None or lex.capitalised(low) > 0 \
                or not damaged and sum(ws.words.count(w) for _, ws in checked) >= 2:
            out.add(w)
    return out


_INITIAL_PAIRS = ("ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr")


def _cluster_name(low: str) -> bool:
    """Whether a word starts with two consonants no Vietnamese initial starts with: a name of
    Ê Đê, Gia Rai, Ba Na or another highland language ('kliết', 'blơng', 'kdrăm'), which no
    slip of a Vietnamese word makes."""
    folded = fold(low)
    first = folded[:2]
    return len(low) > 2 and first.isalpha() and not set(first) & set("aeiouy") and first not in _INITIAL_PAIRS \
        and first[0] != first[1] and bool(set(folded[2:]) & set("aeiouy"))  # (not 'Tthông', 'Hng': slips)


# a reading is a syllable the lexicon saw this often (a word in use, not a stray of the source)
_READING_MIN = 20
_HATS = ("aăâ", "eê", "oôơ", "uư")


@lru_cache(maxsize=4096)
def _reading(low: str) -> str | None:
    """The common Vietnamese syllable that `low`, no syllable, becomes with another hat, horn or
    breve on one vowel, the tone kept ('đơng' -> 'đông', 'cơng' -> 'công'); None when there is none
    ('chôl', 'krông', 'đăk': a name in another language)."""
    from reportlint.text import lexicon

    if len(low) > lexicon.LONGEST_SLIP:
        return None
    lex = lexicon.load()
    near = {lexicon.split_tone(x): x for x in lex.neighbours(low)}
    base, tone = lexicon.split_tone(low)
    best = None
    for i, ch in enumerate(base):
        family = next((f for f in _HATS if ch in f), "")
        for other in family.replace(ch, ""):
            cand = near.get((base[:i] + other + base[i + 1:], tone))
            if cand is None:
                continue
            n = lex.unigram(cand)
            if n >= _READING_MIN and vn.is_valid(cand) and (best is None or n > best[0]):
                best = (n, cand)
    return best and best[1]


# a vowel put back makes a syllable the lexicon saw this often, and this many times any other
_LOST_MIN = 50
_LOST_LEAD = 3


def _lost_vowel(low: str) -> str | None:
    """The syllable a vowel-less ASCII word ('trng', 'phm': a letter outside ASCII lost when the
    text was copied) becomes with one vowel put back: the likeliest, when the lexicon makes one
    clearly so ('trọng'), '' when several are as likely ('phẩm', 'phạm'), None when none is a word
    in use (an abbreviation: 'thpt', 'nxb' take no vowel back)."""
    if any(ch in vn.VOWELS for ch in low) or not all(ch in vn.LETTERS for ch in low):
        return None
    from reportlint.text import lexicon  # lazily: such a word is rare

    lex = lexicon.load()
    # (the letter lost is one outside ASCII: the text kept every plain one)
    found = sorted(((lex.unigram(c), c) for i in range(1, len(low) + 1) for v in vn.VOWELS for tone in range(6)
                    if not (x := vn.with_tone(v, tone)).isascii() and vn.is_valid(c := low[:i] + x + low[i:])),
                   reverse=True)
    if not found or found[0][0] < _LOST_MIN:
        return None
    return found[0][1] if len(found) == 1 or found[0][0] >= _LOST_LEAD * found[1][0] else ""


@lru_cache(maxsize=32768)
def _verdict(w: str) -> tuple[str, bool, str | None] | None:
    """((i18n key, its values), whether it is capitalised, suggestion) for a word that is no syllable, else None."""
    low = w.lower()
    verdict = vn.validate(low)
    # a syllable (most words) is none, whatever its case: the tests of case are for the others
    if verdict.ok or len(w) < 2 or sp.is_acronym(w) or sp.is_mixed_case(w):
        return None
    if low.isascii():
        fixed = vn.telex_decode(low)
        if fixed:
            return ("check.syllable.telex", {"word": w, "fixed": fixed}), False, sp.match_case(w, fixed)
        lost = _lost_vowel(low) if len(low) >= 3 and not w[1:].isupper() else None
        if lost is not None:  # ('' when several syllables are as likely: 'tnh' is 'tỉnh', 'tính' or 'tình')
            return ("check.syllable.lost", {"word": w}), w[0].isupper(), sp.match_case(w, lost) if lost else None
        return None  # a foreign word or a name: see typo.loanword
    if not vn.has_vietnamese_mark(low) or not all(ch in vn.LETTERS for ch in low):
        return None  # a foreign letter: the encoding check's business
    joined = _joined(low)
    if joined:
        return ("check.syllable.joined", {"word": w, "fixed": joined}), w[0].isupper(), sp.match_case(w, joined)
    sug = verdict.suggestion or _reading(low)
    return (("check.syllable.invalid", {"word": w, "reason": verdict.reason}), w[0].isupper(),
            sp.match_case(w, sug) if sug else None)


def _joined(low: str) -> str | None:
    """The two syllables a word joins, when the lexicon knows them as a pair ('ôtô': 'ô tô'), else None."""
    from reportlint.text import lexicon  # lazily: only for a word that is no syllable

    for i in range(1, len(low)):
        a, b = low[:i], low[i:]
        if vn.validate(a).ok and vn.validate(b).ok and lexicon.bigram(a, b) >= _JOINED_MIN:
            return f"{a} {b}"
    return None


def _vni(p, accept: frozenset[str], lang: str) -> Iterator[Finding]:
    text = p.text
    if _LETTER_DIGIT.search(text) is None:
        return
    for m in _VNI_TOKEN.finditer(text):
        tok = m.group()
        if tok.lower() in accept or tok.isupper():
            continue
        fixed = vn.vni_decode(tok)
        if fixed:
            yield Finding(p, m.start(), m.end(), args={"word": tok, "problem": t("check.syllable.vni", lang, word=tok, fixed=fixed)},
                          suggestion=sp.match_case(tok, fixed))



@lru_cache(maxsize=16384)
def _loan(w: str) -> tuple[list[str], str] | None:
    """(the forms it may stand for, suggestion) for an ASCII word one letter away from exactly one known loanword."""
    low = w.lower()
    known = sp.english()
    if not w.isascii() or sp.is_acronym(w) or low in known or vn.is_valid(low) or vn.telex_decode(low):
        return None
    hits = {known[c] for c in _edits1(low) if c in known}
    if len(hits) != 1:
        return None
    right = hits.pop()
    alts = sp.loanword_alternatives().get(right.lower(), [])
    return [right, *alts], sp.match_case(w, right) if right.islower() else right


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# The one-edit neighbours of a word grow with its length times its length: a "word" of
# thousands of letters (a damaged file) would take gigabytes. No loanword is this long.
_LONGEST_LOANWORD = 24


def _edits1(w: str) -> set[str]:
    """Every string one deletion, insertion, substitution or transposition away."""
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(w)
    return out
