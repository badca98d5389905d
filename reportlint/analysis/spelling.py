"""Shared by the spelling kinds (syllable, tone_placement, capitalization, confusion, encoding).

It loads the word data of rules/ once per process, says which paragraphs are
spelling-checked (not the ones without diacritics) and splits a paragraph into words,
leaving out URLs, e-mail addresses, file names and codes with digits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from reportlint.text import vietnamese as vn
from reportlint._resources import rules_dir
from reportlint.cache import cached, fingerprint, shipped_yaml
from reportlint.model.document import Paragraph
from reportlint.analysis.outline import Outline
from reportlint.text.letters import marked_letters, spaced_letters

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

@lru_cache(maxsize=None)
def data(name: str) -> dict:
    """The data file rules/<name>.yaml (a mapping without a `rules:` key)."""
    return shipped_yaml(rules_dir() / f"{name}.yaml") or {}


def nfc_lower(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


@lru_cache(maxsize=65536)
def canon(word: str) -> str:
    """A lower-case syllable with its tone mark in the old style ('hoà' -> 'hòa'), for lookups."""
    if _NEW_STYLE.search(word) is None:
        return word  # (most words: no parse needed)
    return vn.restyle(word, "old")


# restyle() moves a mark only in a word that ends in an open oa, oe or uy (any marks: 'hoà',
# 'khoẻ', 'thuỷ'); it decides for those ('quý' stays), every other word is its own key
_NEW_STYLE = re.compile(r"(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])$")


def canon_phrase(s: str) -> str:
    """Lower case, NFC, single spaces, old-style marks: the key of every word lookup."""
    return " ".join(canon(w) for w in nfc_lower(s).split())


def _flatten(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _flatten(v)
    elif isinstance(value, list):
        for v in value:
            yield from _flatten(v)


@lru_cache(maxsize=None)
def vocabulary() -> frozenset[str]:
    """Lower-case words that are not Vietnamese syllables and are right: loanwords, acronyms, names.

    Kept in the user's cache like confusions() (its ~1,000 words read and normalised were ~1 ms of a run).
    """
    return cached("vocabulary", derived_key(str(rules_dir() / "vocabulary.yaml")), _build_vocabulary)


def _build_vocabulary() -> frozenset[str]:
    return frozenset(nfc_lower(w) for w in _flatten(data("vocabulary")))


@lru_cache(maxsize=None)
def english() -> dict[str, str]:
    """Loanwords and product names as they should be spelt, by lower case, for near misses."""
    d = data("vocabulary")
    out: dict[str, str] = {}
    for key in ("loanwords", "products", "english"):
        for w in d.get(key, []) or []:
            if isinstance(w, str) and len(w) >= 5 and w.isascii() and w.isalpha():
                out[w.lower()] = w
    return out


@lru_cache(maxsize=None)
def loanword_alternatives() -> dict[str, list[str]]:
    """Vietnamese spellings to offer beside a loanword ('banner' -> 'băng rôn')."""
    alt = data("vocabulary").get("alternatives", {}) or {}
    return {str(k).lower(): [str(x) for x in (v if isinstance(v, list) else [v])] for k, v in alt.items()}


@lru_cache(maxsize=4)
def derived_key(*code: str) -> str:
    """The cache key of a table derived from the word lists: their bytes and the code that
    reads them (this module, vietnamese.py and the files `code`)."""
    from pathlib import Path

    if code:  # the word lists' key and the code: their bytes are read and hashed once a process
        return fingerprint(derived_key(), *map(Path, code))
    return fingerprint(*(rules_dir() / f"{n}.yaml" for n in ("lexicon", "confusions")),
                       Path(__file__), Path(vn.__file__))


@lru_cache(maxsize=None)
def confusions() -> dict[str, tuple[tuple[str, ...], str]]:
    """wrong (lower case) -> (right forms, class of mistake), from rules/confusions.yaml.

    Deriving the keys (old-style tone marks) takes ~10 ms of a run: kept in the user's cache.
    """
    return cached("confusions", derived_key(), _build_confusions)


def _build_confusions() -> dict[str, tuple[tuple[str, ...], str]]:
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for cls, pairs in (data("confusions").get("classes", {}) or {}).items():
        for wrong, right in (pairs or {}).items():
            rights = right if isinstance(right, list) else [right]
            out[canon_phrase(str(wrong))] = (tuple(unicodedata.normalize("NFC", str(r)) for r in rights), str(cls))
    return out


@lru_cache(maxsize=None)
def lexicon() -> frozenset[str]:
    """Known words of two syllables or more (lower case): lexicon, confusion answers, names.

    Kept in the user's cache like confusions().
    """
    return cached("lexicon", derived_key(), _build_lexicon)


def _build_lexicon() -> frozenset[str]:
    words = {canon_phrase(w) for w in _flatten(data("lexicon"))}
    words |= {canon_phrase(r) for rights, _ in confusions().values() for r in rights}
    return frozenset(w for w in words if " " in w and all(ch.isalpha() or ch == " " for ch in w))


@lru_cache(maxsize=None)
def proper_nouns() -> tuple[str, ...]:
    """Names written with a capital on every syllable: 'Việt Nam', 'Trà Vinh'.

    Kept in the user's cache like confusions(): a run then never reads rules/lexicon.yaml itself.
    """
    return cached("proper-nouns", derived_key(), _build_proper_nouns)


def _build_proper_nouns() -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", w) for w in _flatten(data("lexicon").get("proper_nouns", [])))


@lru_cache(maxsize=None)
def ethnic_names() -> frozenset[str]:
    """The names of one syllable of the ethnic groups of the official list, in lower case ('kinh',
    'tày', 'hoa': of the proper nouns 'dân tộc Kinh', ...): capitalised, a name, no slip."""
    names = [n.split()[2:] for n in proper_nouns() if n.lower().startswith("dân tộc ")]
    return frozenset(rest[0].lower() for rest in names if len(rest) == 1)


@lru_cache(maxsize=None)
def known_bigrams() -> frozenset[str]:
    """Every pair of adjacent syllables inside a known word: context that vouches for a syllable."""
    return cached("known-bigrams", derived_key(), _build_known_bigrams)


def _build_known_bigrams() -> frozenset[str]:
    out: set[str] = set()
    for w in lexicon():
        parts = w.split()
        out.update(f"{a} {b}" for a, b in zip(parts, parts[1:]))
    return frozenset(out)


# --- which text is checked -------------------------------------------------------------

Token = tuple[int, int, str, str]  # start, end, word as written, lower case


class Words:
    """The words of one checked paragraph (see tokenize).

    Most checks judge each distinct word once and report few: they read `words` (and
    `lows`); the offsets (`toks`) are computed only for the paragraphs where a rule
    looks closer. All from one copy of the paragraph with every character that is no
    letter turned into a space (same length): its pieces between spaces are the words,
    each found in it past the one before. The runs come from the same copy before
    punctuation was made a space (`marked_letters`: '|').
    """

    __slots__ = ("text", "words", "_marked", "_barred", "_spaced", "_lows", "_toks", "_spans", "_bounds", "_ends")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lows: list[str] | None = None
        self._toks: list[Token] | None = None
        self._spans: tuple[list[int], list[int]] | None = None
        self._bounds: list[tuple[int, int]] | None = None
        self._ends: list[int] = []  # where each run ends, before a piece of a foreign word is cut from it
        marked = None
        if text.isprintable() and not ("://" in text or "w." in text or "W." in text):
            marked = marked_letters(text)
        self._marked = marked
        if marked is not None:  # the common case: no regex at all
            # letters and spaces, with '|' for the skipped chunks too: what the runs are cut from
            self._barred: str | None = _filled(marked, _chunks(text, marked), "|")
            spaced = self._barred.replace("|", " ")
        else:
            self._barred = None
            spaced = spaced_letters(_blank(text))  # (the same length: the skipped chunks never overlap)
        self._spaced = spaced  # letters and spaces only
        self.words: list[str] = spaced.split()

    def lower_runs(self) -> list[str] | None:
        """The runs of letters of the paragraph in lower case, skipped chunks included (None when
        not known): _WORD.findall(text.lower()) where lower case keeps the length.

        Lower case keeps a letter a letter, and without a Σ it does not depend on the neighbours.
        """
        if self._marked is None or "\u03a3" in self.text:
            return None
        return self._marked.lower().replace("\x01", " ").replace("|", " ").split()

    def spans(self) -> tuple[list[int], list[int]]:
        """The start and end offsets of the words."""
        if self._spans is None:  # each word is the next one found in `_spaced`, past the word before
            starts, ends, pos = [], [], 0
            for w in self.words:
                pos = self._spaced.find(w, pos)
                starts.append(pos)
                pos += len(w)
                ends.append(pos)
            self._spans = starts, ends
        return self._spans

    def breaks(self) -> list[int]:
        """The indices j where word j ends a run (see run_bounds), the last word left out."""
        self.run_bounds()
        return [b - 1 for b in self._ends[:-1]]

    def run_bounds(self) -> list[tuple[int, int]]:
        """(first, past the last) index of the words of each run: words with only one or two
        spaces between them (a double space is a slip of the keyboard), so no punctuation,
        number or skipped chunk: the pairs of a run are read as phrases."""
        if self._bounds is None:
            self._bounds = self._runs_of_marks() if self._barred is not None else self._runs_of_gaps()
            self._ends = [b for _, b in self._bounds]
            text = self.text
            if "'" in text or "’" in text or "-" in text and _glued_hyphen(text):
                self._bounds = self._past_names(self._bounds)
        return self._bounds

    def _past_names(self, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The runs without a first word that goes on a name written with an apostrophe ('làng
        Kon H’ôn và', 'M'Đrắk', 'K'Ho') or a hyphen ('Ma-lai-xi-a hoặc'), nor a last word that a
        hyphen joins to the next ('tại Ma-lai-xi-a'): a piece of a word of another language, no
        phrase (a run of that word alone is left empty: where runs end stays as it was)."""
        (starts, ends), text = self.spans(), self.text
        out = []
        for a, b in bounds:
            s, e = starts[a], ends[b - 1]
            first = a + 1 if s > 1 and text[s - 1] in "'’-" and text[s - 2].isalpha() else a
            last = b - 1 if b - 1 > first and text[e:e + 1] == "-" and text[e + 1:e + 2].isalpha() else b
            out.append((first, last))
        return out

    def _runs_of_marks(self) -> list[tuple[int, int]]:
        """run_bounds of printable text (no whitespace but ' '): its letters and spaces, with
        '|' for every other character and for the skipped chunks, are the runs between '|'s
        (and wide gaps)."""
        bounds, k = [], 0
        for piece in filter(None, self._barred.split("|")):  # (a chunk leaves empty pieces)
            for run in _WIDE_GAP.split(piece) if "   " in piece else (piece,):
                n = len(run.split())
                if n:
                    bounds.append((k, k + n))
                    k += n
        return bounds

    def _runs_of_gaps(self) -> list[tuple[int, int]]:
        """run_bounds from the text between each two words (any whitespace)."""
        if not self.words:
            return []
        starts, ends = self.spans()
        text = self.text
        cut = [j + 1 for j, (e, s) in enumerate(zip(ends, starts[1:])) if not (s - e in (1, 2) and text[e:s].isspace())]
        firsts = [0] + cut
        return list(zip(firsts, firsts[1:] + [len(self.words)]))

    @property
    def toks(self) -> list[Token]:
        """(start, end, word, lower case) of every word: tokenize(text)."""
        if self._toks is None:
            starts, ends = self.spans()
            self._toks = list(zip(starts, ends, self.words, self.lows))
        return self._toks

    @property
    def lows(self) -> list[str]:
        """The words in lower case, as the 4th item of toks."""
        if self._lows is None:
            text = self.text
            if "\u03a3" in text and len(low := text.lower()) == len(text):
                # Σ lowers by its context in the paragraph (final ς): slice the lowered paragraph
                self._lows = [low[s:e] for s, e in zip(*self.spans())]
            else:  # one lower() for all: lower case makes no space, so the split gives the words back
                self._lows = self._spaced.lower().split()
        return self._lows


def checked(outline: Outline) -> list[tuple[Paragraph, Words]]:
    """(paragraph, its words) for per-word spelling checks: none when the document lost its diacritics.

    Five spelling rules read the same words: they are computed once per outline.
    """
    return outline.derive("spelling.words", lambda: [] if outline.unaccented else
                          [(p, Words(p.text)) for p in outline.paragraphs if not p.unaccented])


def distinct_words(outline: Outline) -> set[str]:
    """Every word (as written) of the checked paragraphs: rules judge each once."""
    return outline.derive("spelling.distinct", lambda: set().union(*(ws.words for _, ws in checked(outline))))


# Where a chunk is no word: URLs, e-mail, file and domain names, anything with a digit.
_SKIP_ANCHOR = re.compile(
    r"[\d@]+|https?://|www\.|\.(?:vn|com|net|org|gov|edu|docx?|xlsx?|pdf|pptx?|txt|md|zip|rar|jpe?g|png)\b",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"\s")
# (the hyphen first: re skips ahead to it instead of trying every position)
_LETTERS_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)(?=[^\W\d_])")


def _glued_hyphen(text: str) -> bool:
    """A hyphen inside a word of another language ('Ma-lai-xi-a', 'sê-ri'): letters on both sides,
    one in lower case (not a code's 'QĐ-TTg', 'BC-UBND', nor 'Covid-19'). Runs are cut there
    (Words._past_names)."""
    return any(text[m.start() - 1].islower() or text[m.end()].islower() for m in _LETTERS_HYPHEN.finditer(text))
_WIDE_GAP = re.compile(r" {3,}")  # three spaces or more end a run (Words.run_bounds)


# The same anchors in two patterns that the regex engine scans fast (it skips ahead to a digit
# or @, or to a '.'; the alternation of _SKIP_ANCHOR is tried at every character). Used when
# the text has no '://' and no 'w.' (any case): then those alternatives cannot match, and
# digit runs and extensions never overlap, so _SKIP_ANCHOR's matches are theirs in order.
_DIGIT_ANCHOR = re.compile(r"[\d@]+")
_EXT_ANCHOR = re.compile(r"\.(?:vn|com|net|org|gov|edu|docx?|xlsx?|pdf|pptx?|txt|md|zip|rar|jpe?g|png)\b", re.IGNORECASE)


def _anchors(text: str) -> Iterable[re.Match]:
    """_SKIP_ANCHOR.finditer(text)."""
    if "://" in text or "w." in text or "W." in text:
        return _SKIP_ANCHOR.finditer(text)
    ext = list(_EXT_ANCHOR.finditer(text))
    if not ext:
        return _DIGIT_ANCHOR.finditer(text)
    return sorted([*_DIGIT_ANCHOR.finditer(text), *ext], key=re.Match.start)


def _skip_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    # printable text has no whitespace but ' ' (the others are controls or separators):
    # then two finds give the chunk, with no regex call
    plain = text.isprintable()
    for m in _anchors(text):
        start = m.start()
        if spans and start < spans[-1][1]:
            continue
        if plain:
            b = text.find(" ", m.end())
            spans.append((text.rfind(" ", 0, start) + 1, b if b >= 0 else len(text)))
            continue
        a = start  # back to the whitespace before the chunk, of any kind (a no-break space too)
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        nxt = _SPACE.search(text, m.end())
        spans.append((a, nxt.start() if nxt else len(text)))
    return spans


def _chunks(text: str, marked: str) -> list[tuple[int, int]]:
    """The chunks (start, end) that _blank blanks out, in order, from `marked` =
    marked_letters(text), for printable text without '://' and 'w.' (any case).

    There every such chunk is one between spaces (see _skip_spans) that holds an anchor: a
    digit or '@' (a mark in `marked`, found with str.find) or a file extension (a pattern with
    a literal '.' first, which the regex engine finds fast).
    """
    chunks = set()
    i = marked.find("\x01")
    while i >= 0:
        b = text.find(" ", i)
        b = len(text) if b < 0 else b
        chunks.add((text.rfind(" ", 0, i) + 1, b))
        i = marked.find("\x01", b)
    for m in _EXT_ANCHOR.finditer(text):
        b = text.find(" ", m.end())
        chunks.add((text.rfind(" ", 0, m.start()) + 1, len(text) if b < 0 else b))
    return sorted(chunks)


def _filled(s: str, chunks: list[tuple[int, int]], fill: str) -> str:
    """`s` with the chunks (start, end) overwritten with `fill` (same length)."""
    if not chunks:
        return s
    pieces, pos = [], 0
    for a, b in chunks:
        pieces += [s[pos:a], fill * (b - a)]
        pos = b
    return "".join(pieces) + s[pos:]


def _blank(text: str) -> str:
    """`text` with the skipped chunks blanked out: offsets stay, their letters are not words."""
    spans = _skip_spans(text)
    if not spans:
        return text
    pieces, pos = [], 0
    for a, b in spans:
        pieces += [text[pos:a], " " * (b - a)]
        pos = b
    return "".join(pieces) + text[pos:]


def _tokens(text: str, scan: str) -> list[Token]:
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: lower each word
        return [(m.start(), m.end(), m.group(), m.group().lower()) for m in _WORD.finditer(scan)]
    return [(s, e, text[s:e], low[s:e]) for s, e in map(re.Match.span, _WORD.finditer(scan))]


def tokenize(text: str) -> list[Token]:
    """Every run of letters outside URLs, e-mails, file names and codes with digits."""
    return _tokens(text, _blank(text))


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for every word of `text` (see tokenize)."""
    for s, e, w, _ in tokenize(text):
        yield s, e, w


def is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def is_mixed_case(word: str) -> bool:
    """iGate, ViệT, TTr: a capital after the first letter, not all capitals."""
    # (a word in lower case, most words, has no capital: told without reading its letters one by one)
    return not word.islower() and not word.isupper() and any(map(str.isupper, word[1:]))


def match_case(model: str, text: str) -> str:
    """`text` with the capitalisation of `model`'s first letter (and all caps if `model` is)."""
    if len(model) > 1 and model.isupper():
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def accepted(options: dict) -> frozenset[str]:
    """The rule's `accept` list plus the shipped vocabulary, lower case."""
    return accepted_words(tuple(options.get("accept") or ()))


# A rule's options are the same for every report it checks: the sets made of them are worked
# out once (a set of the whole vocabulary, or of a few dozen phrases, each time was ~1% of a lint).
@lru_cache(maxsize=32)
def accepted_words(extra: tuple[str, ...]) -> frozenset[str]:
    """The shipped vocabulary plus the words `extra` (an `accept` list), lower case."""
    return vocabulary() | frozenset(nfc_lower(w) for w in extra) if extra else vocabulary()


def canon_phrases(phrases: Iterable[str]) -> frozenset[str]:
    """The lookup keys (canon_phrase) of a list of phrases, such as a rule's option."""
    return _canon_phrases(tuple(phrases))


@lru_cache(maxsize=32)
def _canon_phrases(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(map(canon_phrase, phrases))
