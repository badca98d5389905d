"""Regular expressions from rule files that cannot hang the linter.

Python's `re` backtracks: `(a+)+$` takes exponential time on "aaaa…b", `\\w+\\w+x` cubic
time, and a match cannot be interrupted (the C loop holds the interpreter). Rule files come
from users, so two guards stand between a user pattern and the text:

**A hard time budget (the guarantee).** User patterns run on the third-party `regex`
engine, whose searches take a `timeout`: `finditer_budgeted` searches the paragraphs of one
report within `BUDGET` seconds in all, and text the budget cannot reach is not searched
(as a paragraph longer than `MAX_SUBJECT` characters is not). So no pattern, whatever the
analysis below misses, can hang a run: this is what makes it safe, not a proof.

**A check at load time (the clear message).** A pattern is read when its rule file is
loaded, and a dangerous one is refused there with a clear message (exit 2) instead of
silently costing its budget on every report. The check reads the parsed pattern and
rejects the three shapes that cause catastrophic backtracking (the star-height and
overlap heuristics of tools such as safe-regex and rxxr):

1. nested repetition: a variable-width repeat inside an unbounded one — `(a+)+`,
   `(\\w*\\s?)*` — unless the outer group also needs a character the inner repeat cannot
   match, which makes the split unique: `(\\d+\\.)*` is fine;
2. an unbounded repeat over alternatives that can start with the same character, or be
   empty: `(a|ab)*`, `(\\w|\\d)+`;
3. two unbounded repeats in a row that can match the same characters with nothing
   required between them that the first cannot match: `\\w+\\w+`, `\\s*.*`;

plus backreferences (`\\1`: not a regular language), patterns longer than
`MAX_PATTERN` characters, and more than `MAX_REPEATS` repeats. Character classes are
compared on a probe alphabet: ASCII, the Vietnamese letters, and every character the
pattern itself names (its literals, the ends of its ranges and a digit, space, letter and
other character from inside each range), so `(?:\\d|٠٠)+` and `[一-鿿]+[一-鿿]+` are seen to
overlap.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from functools import lru_cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _parser  # type: ignore[import-not-found]
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

MAX_PATTERN = 1000  # characters of a user pattern
MAX_REPEATS = 50  # quantifiers in one pattern
MAX_SUBJECT = 5_000  # characters searched at a time (a long paragraph is skipped)
BUDGET = 2.0  # seconds one pattern may search one report
_RANGE_SCAN = 4096  # code points read from each end of a range for its probe characters

_VI = "àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
_PROBE = "".join(chr(i) for i in range(9, 127)) + _VI + _VI.upper() + "\u00a0–—…“”‘’•"
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ALL = frozenset(_PROBE)
_CLASSES = (str.isdecimal, str.isspace, str.isalpha, lambda ch: not ch.isalnum() and not ch.isspace())


class UnsafePattern(ValueError):
    """A pattern refused at rule-load time; the message says why and how to fix it."""


@lru_cache(maxsize=256)
def compile_safe(pattern: str, ignore_case: bool = False) -> Any:
    """Compile a user pattern (a `regex` pattern, for `finditer_budgeted`), or raise
    UnsafePattern (invalid, too long or able to backtrack catastrophically)."""
    import regex  # only a run with a pattern rule pays for importing it

    if not isinstance(pattern, str) or not pattern:
        raise UnsafePattern("the pattern is empty")
    if len(pattern) > MAX_PATTERN:
        raise UnsafePattern(f"the pattern is {len(pattern)} characters long (limit {MAX_PATTERN})")
    flags = re.IGNORECASE if ignore_case else 0
    try:
        compiled = re.compile(pattern, flags)
        tree = _parser.parse(pattern, flags)
        budgeted = regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
    except (re.error, regex.error, RecursionError, OverflowError) as e:
        raise UnsafePattern(f"invalid regular expression: {e}") from None
    _Checker(pattern, bool(compiled.flags & re.IGNORECASE), bool(compiled.flags & re.DOTALL),
             _probe(list(tree))).sequence(list(tree), 0)
    return budgeted


def finditer_budgeted(rx: Any, texts: Iterable[tuple[Any, str]], budget: float = BUDGET) -> Iterator[tuple[Any, Any]]:
    """(key, match) for every match of `rx` (from compile_safe) in each (key, text), within
    `budget` seconds in all; a text longer than MAX_SUBJECT and the texts left when the
    budget runs out are not searched."""
    deadline = time.monotonic() + budget
    for key, text in texts:
        if len(text) > MAX_SUBJECT:
            continue
        left = deadline - time.monotonic()
        if left <= 0:
            return
        try:
            for m in rx.finditer(text, timeout=left):
                yield key, m
        except TimeoutError:
            return


def _probe(items: list) -> frozenset[str]:
    """The probe alphabet for one pattern: the base one and the characters the pattern names."""
    extra: set[str] = set()
    for op, av in _walk(items):
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            extra.add(chr(av))
        elif op == _c.IN:
            for iop, iav in av:
                if iop == _c.LITERAL:
                    extra.add(chr(iav))
                elif iop == _c.RANGE:
                    extra |= _range_probe(*iav)
    return _ALL | extra


def _range_probe(lo: int, hi: int) -> set[str]:
    """Both ends of a range and, near each end, one character of each class (digit, space,
    letter, other) it holds: a witness for its overlap with a category or another range."""
    out = {chr(lo), chr(hi)}
    for ends in (range(lo, min(hi, lo + _RANGE_SCAN) + 1), range(hi, max(lo, hi - _RANGE_SCAN) - 1, -1)):
        for is_class in _CLASSES:
            out.update(next((chr(c) for c in ends if is_class(chr(c))), ""))
    return out


class _Checker:
    def __init__(self, pattern: str, icase: bool, dotall: bool, alphabet: frozenset[str]) -> None:
        self.pattern, self.icase, self.dotall, self.repeats = pattern, icase, dotall, 0
        self.all = alphabet  # the probe characters

    def fail(self, why: str) -> None:
        raise UnsafePattern(f"pattern {self.pattern!r} may take exponential time on some text ({why}); "
                            "rewrite it without that, e.g. with a bounded repeat such as {1,20} or a required separator")

    # -- what a piece can match -------------------------------------------------------
    def chars(self, op: Any, av: Any) -> frozenset[str]:
        """Probe characters one atom (or every atom of a compound) can consume."""
        if op == _c.LITERAL:
            return self._fold({chr(av)})
        if op == _c.NOT_LITERAL:
            return self.all - self._fold({chr(av)})
        if op == _c.ANY:
            return self.all if self.dotall else self.all - {"\n"}
        if op == _c.CATEGORY:
            return frozenset(ch for ch in self.all if _category(av, ch))
        if op == _c.IN:
            return self._in(av)
        if op in _REPEATS:
            return self.seq_chars(list(av[2]))
        if op == _c.SUBPATTERN:
            return self.seq_chars(list(av[-1]))
        if op == _c.BRANCH:
            return frozenset().union(*(self.seq_chars(list(b)) for b in av[1]))
        if hasattr(_c, "ATOMIC_GROUP") and op == _c.ATOMIC_GROUP:
            return self.seq_chars(list(av))
        return frozenset()  # anchors, lookarounds: consume nothing

    def seq_chars(self, items: list) -> frozenset[str]:
        return frozenset().union(*(self.chars(op, av) for op, av in items)) if items else frozenset()

    def first(self, items: list, rev: bool = False) -> tuple[frozenset[str], bool]:
        """(characters a sequence can start with — end with, if `rev` — and whether it can match empty)."""
        out: set[str] = set()
        for op, av in (reversed(items) if rev else items):
            if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue
            if op in _REPEATS:
                f, empty = self.first(list(av[2]), rev)
                out |= f
                if av[0] > 0 and not empty:
                    return frozenset(out), False
                continue
            if op == _c.SUBPATTERN or (hasattr(_c, "ATOMIC_GROUP") and op == _c.ATOMIC_GROUP):
                f, empty = self.first(list(av[-1] if op == _c.SUBPATTERN else av), rev)
            elif op == _c.BRANCH:
                parts = [self.first(list(b), rev) for b in av[1]]
                f, empty = frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
            else:
                f, empty = self.chars(op, av), False
            out |= f
            if not empty:
                return frozenset(out), False
        return frozenset(out), True

    def _fold(self, s: set[str]) -> frozenset[str]:
        return frozenset(s | {c.lower() for c in s} | {c.upper() for c in s}) if self.icase else frozenset(s)

    def _in(self, items: list) -> frozenset[str]:
        negate = any(op == _c.NEGATE for op, _ in items)
        got: set[str] = set()
        for op, av in items:
            if op == _c.LITERAL:
                got |= self._fold({chr(av)})
            elif op == _c.RANGE:
                got |= {ch for ch in self.all if av[0] <= ord(ch) <= av[1] or
                        (self.icase and (av[0] <= ord(ch.lower()) <= av[1] or av[0] <= ord(ch.upper()) <= av[1]))}
            elif op == _c.CATEGORY:
                got |= {ch for ch in self.all if _category(av, ch)}
        return self.all - got if negate else frozenset(got)

    # -- the three dangerous shapes ----------------------------------------------------
    def sequence(self, items: list, depth: int) -> None:
        """Check a sequence; `depth` counts the unbounded repeats around it."""
        pending: frozenset[str] | None = None  # chars the last unbounded repeat can end with, not yet cut off
        for op, av in items:
            if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
                self.fail("a backreference")
            if op in _REPEATS:
                self.repeats += 1
                if self.repeats > MAX_REPEATS:
                    raise UnsafePattern(f"pattern {self.pattern!r} has more than {MAX_REPEATS} repeats")
                lo, hi, body = av
                unbounded = hi == _c.MAXREPEAT or hi > 100
                mine = self.chars(op, av)
                if unbounded:
                    if pending is not None and pending & self.first(list(body))[0]:
                        self.fail("two repeats in a row can match the same text")
                    self._repeat_body(list(body), alternatives=True)
                    pending = self.first(list(body), rev=True)[0]
                else:
                    if hi > 1:
                        self._repeat_body(list(body), alternatives=False)
                    else:
                        self.sequence(list(body), depth)
                    if pending is not None and lo > 0 and not (pending & mine):
                        pending = None
                continue
            self._descend(op, av, depth)
            mine = self.chars(op, av)
            if pending is not None and mine and not (pending & mine) and not self.first([(op, av)])[1]:
                pending = None  # a required character the repeat cannot eat: the split is unique

    def _descend(self, op: Any, av: Any, depth: int) -> None:
        if op == _c.SUBPATTERN:
            self.sequence(list(av[-1]), depth)
        elif op == _c.BRANCH:
            for b in av[1]:
                self.sequence(list(b), depth)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            self.sequence(list(av[1]), depth)
        elif hasattr(_c, "ATOMIC_GROUP") and op == _c.ATOMIC_GROUP:
            self.sequence(list(av), depth)

    def _repeat_body(self, body: list, alternatives: bool) -> None:
        """The body of a repeat: no ambiguous nesting; if unbounded, no overlapping alternatives."""
        while len(body) == 1 and body[0][0] == _c.SUBPATTERN:  # (…) around the whole body
            body = list(body[0][1][-1])
        f, empty = self.first(body)
        if empty and alternatives:
            self.fail("a repeated part can match the empty string")
        required = [self.chars(op, av) for op, av in body if op not in _REPEATS and not self.first([(op, av)])[1]]
        for op, av in _walk(body):
            if op in _REPEATS and av[0] != av[1]:
                inner = self.chars(op, av)
                if not any(r and not (r & inner) for r in required):
                    self.fail("a repeat inside a repeat, as in (a+)+")
            if op == _c.BRANCH and alternatives:
                starts = [self.first(list(b)) for b in av[1]]
                if any(e for _, e in starts):
                    self.fail("a repeated alternative can match the empty string")
                for i in range(len(starts)):
                    for j in range(i + 1, len(starts)):
                        if starts[i][0] & starts[j][0]:
                            self.fail("repeated alternatives can start with the same character, as in (a|ab)*")
        # two turns of the loop in a row: (\s*,\s*)* has \s* meeting \s* at every turn
        self.sequence(body + body if alternatives else body, 1)


def _walk(items: list):
    """Every (op, av) in a parsed sequence, depth first."""
    for op, av in items:
        yield op, av
        if op in _REPEATS:
            yield from _walk(list(av[2]))
        elif op == _c.SUBPATTERN:
            yield from _walk(list(av[-1]))
        elif op == _c.BRANCH:
            for b in av[1]:
                yield from _walk(list(b))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _walk(list(av[1]))


def _category(cat: Any, ch: str) -> bool:
    name = str(cat).upper()
    neg = "NOT" in name
    if "DIGIT" in name:
        hit = ch.isdecimal()
    elif "SPACE" in name:
        hit = ch.isspace()
    elif "WORD" in name:
        hit = ch.isalnum() or ch == "_"
    elif "LINEBREAK" in name:
        hit = ch == "\n"
    else:
        hit = True
    return hit != neg
