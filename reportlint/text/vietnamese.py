"""A rule-based model of the Vietnamese syllable: no dictionary, only the spelling system.

A written syllable is ``initial + rhyme`` with one tone mark on one vowel of the rhyme.
`parse()` splits a word into those parts, `validate()` says whether the spelling system
allows it (and why not), `mark_positions()` says which vowel must carry the tone mark
(both the old "hòa" and the new "hoà" style are right), `restyle()` moves a mark between
the two styles, and `telex_decode()` / `vni_decode()` read keyboard leftovers such as
"dduwowcj" or "tie61ng" back into the syllable the typist meant.

Everything works on one lower-case NFC syllable of letters; callers lower-case and
split text themselves. Results are cached: a report repeats a few thousand syllables.
"""

from __future__ import annotations

import unicodedata
from collections import namedtuple
from functools import lru_cache

# --- letters and tones ----------------------------------------------------------------

VOWELS = "aăâeêioôơuưy"
MODIFIED = "ăâêôơư"  # vowels with a breve, circumflex or horn: the tone mark goes on them
TONE_NAMES = ("ngang", "huyền", "sắc", "hỏi", "ngã", "nặng")
_COMBINING_TONE = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_TONE_COMBINING = {v: k for k, v in _COMBINING_TONE.items()}
STOP_TONES = frozenset({2, 5})  # a syllable ending in p t c ch takes sắc or nặng only


def _build_tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    split: dict[str, tuple[str, int]] = {}
    join: dict[tuple[str, int], str] = {}
    for base in VOWELS:
        for tone in range(6):
            ch = base if tone == 0 else unicodedata.normalize("NFC", base + _TONE_COMBINING[tone])
            split[ch] = (base, tone)
            join[(base, tone)] = ch
    return split, join


_SPLIT, _JOIN = _build_tables()
LETTERS = frozenset(_SPLIT) | frozenset("bcdđghklmnpqrstvx")  # lower-case Vietnamese letters
_FOREIGN = frozenset("fjwz")  # Latin letters Vietnamese spelling does not use


def with_tone(vowel: str, tone: int) -> str:
    """'a', 3 -> 'ả'."""
    return _JOIN[(vowel, tone)]


@lru_cache(maxsize=32768)
def split_tone(word: str) -> tuple[str, int, int] | None:
    """'toán' -> ('toan', 2, 2): toneless word, tone (0-5), index of the marked letter (-1).

    None if a letter is not Vietnamese or the word carries two tone marks. (Remembered: the
    spelling rules ask it of each distinct word of a report several times.)
    """
    base: list[str] = []
    tone, pos = 0, -1
    for i, ch in enumerate(word):
        hit = _SPLIT.get(ch)
        if hit is None:
            if ch not in LETTERS:
                return None
            base.append(ch)
            continue
        base.append(hit[0])
        if hit[1]:
            if tone:
                return None
            tone, pos = hit[1], i
    return "".join(base), tone, pos


def put_tone(base: str, tone: int, pos: int) -> str:
    """Place tone `tone` on the letter at `pos` of a toneless word."""
    if tone == 0 or pos < 0:
        return base
    return base[:pos] + with_tone(base[pos], tone) + base[pos + 1:]


# --- the spelling system ----------------------------------------------------------------

INITIALS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
_INITIAL_SET = frozenset(INITIALS)

_PLAIN = """a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu y"""
_MEDIAL_O = "oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet"
_MEDIAL_U = "uân uâng uât uây uê uêch uênh uơ uy uych uynh uyp uyt uyu uya uyên uyêt"
_YE = "yêm yên yêng yêt yêu"  # 'iê' written 'yê' with no initial

RHYMES = frozenset((_PLAIN + " " + _MEDIAL_O + " " + _MEDIAL_U).split())
YE_RHYMES = frozenset(_YE.split())
# after 'qu' the medial u is part of the initial: qu + a, qu + y, qu + yên, qu + ôc ...
# Some exist only after 'qu': quên, quết, quệt, quều, quấc, quắp (no other initial takes a
# medial u before them). Checked against every frequent syllable of the lexicon.
QU_RHYMES = frozenset([r[1:] for r in (_MEDIAL_O + " " + _MEDIAL_U).split()]
                      + ["i", "it", "in", "ôc", "ơi", "ên", "êt", "êu", "âc", "ăp"])
_MEDIAL_RHYMES = frozenset((_MEDIAL_O + " " + _MEDIAL_U).split())
_STOP_FINALS = ("p", "t", "c", "ch")
_FRONT = "ieêy"  # k, gh, ngh only before these; c, g, ng never


class Syllable(namedtuple("Syllable", "initial rhyme tone mark rhyme_at")):
    """A parsed syllable.

    initial (str)
    rhyme (str): toneless
    tone (int)
    mark (int): index of the marked letter in the word, -1 without a mark
    rhyme_at (int): where the rhyme starts in the word ('gìn': 1)
    """

    __slots__ = ()


class Verdict(namedtuple("Verdict", "ok reason suggestion", defaults=("", None))):
    """Whether a syllable is spelt right (`validate`).

    ok (bool)
    reason (str, default ""): why not, in English
    suggestion (str | None, default None)
    """

    __slots__ = ()


def _split_initial(base: str) -> tuple[str, str, int]:
    """(initial, rhyme, rhyme_at) of a toneless word, resolving 'gi' and 'qu'."""
    if base.startswith("gi"):
        rest = base[2:]
        if rest and rest[0] in VOWELS and rest in RHYMES:
            return "gi", rest, 2
        if "i" + rest in RHYMES:  # gìn, gì, giếng: the i of 'gi' is the rhyme's vowel
            return "gi", "i" + rest, 1
        return "gi", rest, 2
    # the longest initial the word starts with (no two initials of one length are both its start):
    # three set lookups, not a test of each of the 27 initials
    for n in (3, 2, 1):
        if base[:n] in _INITIAL_SET:
            ini = base[:n]
            return ini, base[len(ini):], len(ini)
    return "", base, 0


@lru_cache(maxsize=32768)
def parse(word: str) -> Syllable | None:
    """Split a lower-case word into initial, rhyme and tone; None if it has no such shape."""
    st = split_tone(word)
    if st is None:
        return None
    base, tone, mark = st
    ini, rhyme, at = _split_initial(base)
    if not rhyme or rhyme[0] not in VOWELS:
        return None
    return Syllable(ini, rhyme, tone, mark, at)


_VALID = Verdict(True)


@lru_cache(maxsize=32768)
def validate(word: str) -> Verdict:
    """Is `word` (lower case, NFC) a possible Vietnamese syllable? Tone placement aside."""
    syl = parse(word)
    if syl is None:
        return _shapeless(word)
    ini, rhyme, tone = syl.initial, syl.rhyme, syl.tone
    if ini == "qu":
        ok = rhyme in QU_RHYMES
    elif ini == "":
        ok = rhyme in RHYMES or rhyme in YE_RHYMES
        if ok and rhyme.startswith("iê"):
            ok = False
    else:
        ok = rhyme in RHYMES
    if not ok:
        return Verdict(False, f"'-{rhyme}' is not a Vietnamese rhyme")
    if ini in _SWAP:  # (only these initials have rules about the vowel after them)
        verdict = _initial_rules(word, ini, rhyme)
        if verdict is not None:
            return verdict
    if rhyme.endswith(_STOP_FINALS) and tone not in STOP_TONES:
        final = "ch" if rhyme.endswith("ch") else rhyme[-1]
        return Verdict(False, f"a syllable ending in '{final}' takes only the sắc or nặng tone, not {TONE_NAMES[tone]}")
    return _VALID


def _shapeless(word: str) -> Verdict:
    """Why a word that `parse` cannot split is no syllable."""
    st = split_tone(word)
    if st is None:
        if any(ch in _FOREIGN for ch in word):
            return Verdict(False, "contains a letter Vietnamese does not use (f, j, w, z)")
        if sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _COMBINING_TONE) > 1:
            return Verdict(False, "two tone marks on one syllable")
        return Verdict(False, "contains a letter that is not Vietnamese")
    ini = _split_initial(st[0])[0]
    return Verdict(False, "no vowel after the initial" if ini else "not a Vietnamese syllable")


# the initials spelt by the vowel after them, and the other spelling of each
_SWAP = {"k": "c", "gh": "g", "ngh": "ng", "c": "k", "g": "gh", "ng": "ngh"}


def _initial_rules(word: str, ini: str, rhyme: str) -> Verdict | None:
    """k/gh/ngh before i e ê (y); c/g/ng never there; c never before a medial."""
    front = rhyme[0] in _FRONT
    if ini in ("k", "gh", "ngh") and not front:
        return Verdict(False, f"'{ini}' is written only before i, e, ê{', y' if ini == 'k' else ''}",
                       _respell(word, ini, _SWAP[ini]))
    if ini in ("gh", "ngh") and rhyme[0] == "y":
        return Verdict(False, f"'{ini}' is written only before i, e, ê", None)
    if ini in ("c", "g", "ng") and front:
        return Verdict(False, f"'{ini}' is never written before i, e, ê, y: write '{_SWAP[ini]}'",
                       _respell(word, ini, _SWAP[ini]))
    if ini == "c" and rhyme in _MEDIAL_RHYMES and not rhyme.startswith("uô"):
        return Verdict(False, "'c' before a medial o/u is written 'qu'", None)
    return None


def _respell(word: str, old: str, new: str) -> str:
    return new + word[len(old):]


def is_valid(word: str) -> bool:
    return validate(word).ok


# --- tone mark placement --------------------------------------------------------------


def _cluster(rhyme: str) -> int:
    """Length of the vowel cluster at the start of a rhyme."""
    return len(rhyme) - len(rhyme.lstrip(VOWELS))


@lru_cache(maxsize=32768)
def mark_positions(word: str) -> tuple[int, ...]:
    """Indices in `word` where its tone mark may stand (two for open oa/oe/uy: old and new style).

    Empty for a word without a tone or with no valid shape.
    """
    syl = parse(word)
    if syl is None or syl.tone == 0:
        return ()
    r, at = syl.rhyme, syl.rhyme_at
    n = _cluster(r)
    specials = [i for i in range(n) if r[i] in MODIFIED]
    if specials:
        return (at + specials[-1],)
    if n < len(r) or n == 1:  # a final consonant: the last vowel; a lone vowel: itself
        return (at + n - 1,)
    if n == 3:
        return (at + 1,)
    if r[:2] in ("oa", "oe", "uy") and syl.initial != "qu":
        return (at, at + 1)  # hòa (old) and hoà (new)
    return (at,)


def tone_style(word: str) -> str | None:
    """'old' for 'hòa', 'new' for 'hoà', None where the styles agree."""
    return placement(word)[1]


def misplaced(word: str) -> str | None:
    """The right spelling when the tone mark is on the wrong vowel ('tòan' -> 'toàn'), else None."""
    return placement(word)[0]


def placement(word: str) -> tuple[str | None, str | None]:
    """(misplaced(word), tone_style(word)), from one look at where the mark may stand: at most
    one is not None (a mark on the wrong vowel is in neither style)."""
    pos = mark_positions(word)
    if not pos:
        return None, None
    base, tone, at = split_tone(word)  # type: ignore[misc]
    if at not in pos:
        return put_tone(base, tone, pos[-1] if len(pos) == 1 else pos[0]), None
    if len(pos) == 2:
        return None, "old" if at == pos[0] else "new"
    return None, None


def restyle(word: str, style: str) -> str:
    """Move the mark of an open oa/oe/uy syllable to the 'old' or 'new' position."""
    pos = mark_positions(word)
    if len(pos) != 2:
        return word
    base, tone, _ = split_tone(word)  # type: ignore[misc]
    return put_tone(base, tone, pos[0] if style == "old" else pos[1])


def compose(base: str, tone: int) -> str | None:
    """Put `tone` where it belongs (new style) on a toneless word; None if it is no syllable."""
    if tone == 0:
        return base
    syl = parse(base)
    if syl is None:
        return None
    probe = put_tone(base, tone, syl.rhyme_at)  # any position: mark_positions reads the shape
    if split_tone(probe) is None:
        return None
    pos = mark_positions(probe)
    return put_tone(base, tone, pos[-1]) if pos else None


# --- keyboard leftovers -----------------------------------------------------------------

_TELEX_TONES = {"s": 2, "f": 1, "r": 3, "x": 4, "j": 5}
_TELEX_PAIRS = (("dd", "đ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("w", "ư"))


def _telex_letters(s: str) -> str:
    for a, b in _TELEX_PAIRS:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=8192)
def telex_decode(token: str) -> str | None:
    """'dduwowcj' -> 'được', 'thanhf' -> 'thành': a Telex keystroke sequence left unconverted.

    Only confident readings: the token has a Telex letter key (dd, w) or a doubled vowel
    plus a tone key, or (five letters or more) a tone key f r x j; the reading is a valid
    syllable. English words ('now', 'book', 'moon', 'bus') stay unread.
    """
    s = token.lower()
    if len(s) < 4 or not s.isascii() or not s.isalpha() or is_valid(s):
        return None
    strong = "dd" in s or "w" in s
    doubled = any(v + v in s for v in "aeo")
    options: list[tuple[str, int]] = [(s, 0)]
    for i in range(1, len(s)):
        if s[i] in _TELEX_TONES and (i == len(s) - 1 or s[i - 1] in "aeiouyw"):
            options.append((s[:i] + s[i + 1:], _TELEX_TONES[s[i]]))
    for rest, tone in options:
        if not (strong or (doubled and tone) or (tone and len(s) >= 5 and s[-1] in "frxj")):
            continue
        letters = _telex_letters(rest)
        if letters == rest and not tone:
            continue
        out = compose(letters, tone)
        if out and out != s and is_valid(out):
            return out
    return None


_VNI_TONE = {"1": 2, "2": 1, "3": 3, "4": 4, "5": 5}
_VNI_MOD = {"6": {"a": "â", "e": "ê", "o": "ô"}, "7": {"o": "ơ", "u": "ư"}, "8": {"a": "ă"}, "9": {"d": "đ"}}


def vni_letters(token: str) -> tuple[str, int] | None:
    """A VNI leftover (digits for marks) as its letters and tone: 'vie65t' -> ('viêt', 5);
    None when the token has no VNI digit or one that modifies nothing."""
    s = token.lower()
    if not s.isascii() or s.isalpha() or not s[:1].isalpha():
        return None
    out: list[str] = []
    tone = 0
    for ch in s:
        if ch.isalpha():
            out.append(ch)
        elif ch in _VNI_TONE and not tone:
            tone = _VNI_TONE[ch]
        elif ch in _VNI_MOD:
            table = _VNI_MOD[ch]
            for k in range(len(out) - 1, -1, -1):
                if out[k] in table:
                    out[k] = table[out[k]]
                    if ch == "7" and k > 0 and out[k - 1] == "u":  # u o 7: ươ
                        out[k - 1] = "ư"
                    break
            else:
                return None
        else:
            return None
    return "".join(out), tone


@lru_cache(maxsize=8192)
def vni_decode(token: str) -> str | None:
    """'tie61ng' -> 'tiếng', 'd9u7o7c5' -> 'được': VNI digits left in a word. None otherwise."""
    read = vni_letters(token)
    if read is None or sum(1 for ch in read[0] if ch.isalpha()) < 3:
        return None
    res = compose(*read)
    return res if res and is_valid(res) and not res.isascii() else None


def has_vietnamese_mark(word: str) -> bool:
    """Does the word carry a letter outside ASCII that Vietnamese uses (ư, ộ, đ ...)?"""
    return any(ch in LETTERS and not ch.isascii() for ch in word.lower())
