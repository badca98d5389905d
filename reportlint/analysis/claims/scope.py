"""A paragraph read once for claims: its quantities, parentheses, clauses and items.

Every question the extractors ask of a paragraph ("the quantities in this range", "the
clause around this position", "is this inside a parenthesis") is answered here by binary
search over positions found in one pass, so that reading a paragraph stays linear in its
length, however many claims it makes (issue 16: no input may hang the linter).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from reportlint.lazy import cached_property
from reportlint.model.document import Paragraph
from reportlint.text.numbers import Num, fold_same_length, scan
from reportlint.analysis.claims.model import SCALES, Quantity, counted, measure
from reportlint.analysis.claims.vocabulary import alternation, cues, word_list

_OVER = re.compile(r"/[ \t]*[\d.,]+[ \t]*([a-z&][a-z0-9&]*)")  # '/61.200 khach': a figure after the '/', and its unit
_UNIT = re.compile(r"[ \t]*([a-z&][a-z0-9&]*(?:[ \t]+[a-z&][a-z0-9&]*){0,2})")
# (a sentence may open with a figure: "... 2,99 con/hộ. 33.755 hộ chăn nuôi ...")
# (not after an abbreviation before a name: 'TP. Đồng Hới', 'TX. Ba Đồn', 'TS. Nguyễn Văn A')
# (each pattern starts with its mark, its look-behinds after it: re then skips to the marks
# instead of trying every position, as in text/numbers.py)
_SENTENCE_END = re.compile(r"[.!?](?<!\b(?:TP|Tp|TX|Tx|TS)[.!?])(?<!\b(?:ThS|PGS)[.!?])(?=\s+[A-ZĐÀ-Ỹ0-9\"“(+\-]|\s*$)")
_GLUED_END = re.compile(r"\.(?<=[^\W\d_]{3}\.)(?=[^\W\d_]{2})")
_NOT_LABEL = re.compile(r"[^a-z0-9& ]")
_CLAUSE_MARK = re.compile(r"[;:]")
_SENTENCE_MARK = re.compile(r"[;:!?]|\.(?!\d)")
_SEP_SEMI = re.compile(r";")
_SEP_COMMA = re.compile(r",(?!\d)|\s+va\s+|(?<=[a-z])\s+(?=con lai\s)")  # ("280 triệu đồng còn lại vốn tỉnh ...")
_PAREN = re.compile(r"[()]")

def counted_fractions(text: str) -> int:
    """How many fractions of counts the text has ('110/120 hộ'), no dates."""
    return len(_COUNTED_FRACTION.findall(text))


# '110/120 hộ'; no date ('30/6,', '31/12/2023 tăng', 'tháng 6/2024 là'). (A digit first, its look-behind
# after it: re skips ahead to digits.)
_COUNTED_FRACTION = re.compile(r"\d(?<![\d/.]\d)[\d.]*[ \t]*/[ \t]*(?!(?:19|20)\d\d(?!\d))\d[\d.]*(?![\d/])[ \t]+[^\W\d_]")
_CHANGE_BEFORE = re.compile(r"(?<![a-z])(?:tang|giam|them)[ \t]*$")  # ('tăng thêm 10 thôn', 'đạt thêm 12 trường')



@lru_cache(maxsize=1)
def _said_earlier() -> re.Pattern[str]:
    """'so với cùng kỳ ', 'so với cùng kỳ năm 2023 là ' right before a figure (`earlier_words`)."""
    return re.compile(rf"(?<![a-z])so voi[ \t]+(?:{alternation('earlier_words')})(?:[ \t]+nam[ \t]+(?:19|20)\d\d)?"
                      rf"[ \t]*(?:(?:la|dat|co)[ \t]+)?$")


@lru_cache(maxsize=1)
def _earlier_after() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:so(?:[ \t]+voi)?[ \t]+)?(?:{alternation('earlier_words')})(?![a-z])")


@lru_cache(maxsize=1)
def _population() -> re.Pattern[str]:
    """A population named right after a percentage: 'lực lượng lao động', 'dân số' (`population_bases`)."""
    return re.compile(rf"[ \t]+(?:cua[ \t]+)?({alternation('population_bases')})(?![a-z])")


@lru_cache(maxsize=1)
def _on_time() -> re.Pattern[str]:
    """Words of timeliness right after a percentage: 'đúng hạn', 'trước hạn' (`on_time_parts`)."""
    return re.compile(rf"[ \t]+({alternation('on_time_parts')})(?![a-z])")


@lru_cache(maxsize=1)
def _amount_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What puts the amount of a change after its rate ('tăng 2,95% bằng ', 'giảm 1,2% so với
    cùng kỳ (tương đương '): from the end of the rate, and the whole, up to the amount."""
    link = rf"(?:[ \t]+so voi(?:[ \t]+[a-z0-9]+){{1,5}}?)?[ \t]*[,(]?[ \t]*(?:{alternation('amount_links')})[ \t]+"
    return re.compile(link + r"(?=\d)"), re.compile(rf"(?<![a-z])(?:tang|giam)[ \t]+[\d.,]+[ \t]*%{link}$")


# A total stands at most this many characters per allowed word before its cue: words of a
# report are short, and the bound keeps the look-back constant, whatever the paragraph.
CHARS_PER_WORD = 50


def approximation(folded: str, start: int) -> str:
    """The word right before `start` that makes a number approximate ("khoang", "hon" ...), or ''."""
    c = cues()
    if not folded[max(0, start - 16):start].rstrip().endswith(c.approx_words):
        return ""  # (most figures: a test in C first, as the pattern tries every position of the window)
    m = c.approx.search(folded, max(0, start - 16), start)
    return m.group(1) if m else ""


def parentheses(text: str) -> list[tuple[int, int]]:
    """Balanced (open, close) parentheses, by opening position; one left open closes where its
    sentence ends ('640 vụ (310 vụ …và 450 vụ …. Đã cứu …': a slip, read as the writer meant)."""
    out, stack = [], []
    if "(" not in text:
        return out  # (most paragraphs: no parenthesis opens)
    for m in _PAREN.finditer(text):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            out.append((stack.pop(), m.start()))
    for o in stack:
        end = _SENTENCE_END.search(text, o)
        out.append((o, end.start() if end else len(text.rstrip())))
    return sorted(out)


def _as_written(word: str) -> bool:
    """Whether a word that folds to 'tang', 'giam' or 'them' is one of them: 'tăng', not 'táng'
    (text without its marks, OCR, is read as written)."""
    return word.lower() in ("tăng", "giảm", "thêm") or word.isascii()


def _footnote(text: str, n: Num) -> bool:
    """Whether a number is a footnote's mark: a small whole number in square brackets ('công dân[1]')."""
    return text[n.start - 1:n.start] == "[" and text[n.end:n.end + 1] == "]" and n.end - n.start <= 3 \
        and text[n.start:n.end].isdigit()


def nothing_before() -> None:
    """`Scope.before` of a paragraph read alone: no paragraph before it."""
    return None


def words(s: str) -> int:
    return len(s.split())


def has_words(text: str, phrase: str) -> bool:
    """Whether `phrase` (words with single spaces) occurs in `text` as whole words."""
    return f" {phrase} " in f" {' '.join(text.split())} "


class Scope:
    """A paragraph prepared once: folded text, quantities, parentheses, clause boundaries."""

    def __init__(self, para: Paragraph, style: str, skip: int = 0) -> None:
        self.para = para
        self.style = style
        self.mixed = False
        self.text = para.text
        # the paragraph's fold, shared with other rules, when it keeps offsets (nearly always)
        self.folded = para.folded if len(para.folded) == len(self.text) else fold_same_length(self.text)
        marks = "[" in self.text  # (a footnote's mark: most paragraphs have none)
        self.nums = [n for n in scan(self.text, style, self.folded) if n.start >= skip and not (marks and _footnote(self.text, n))]
        self.num_starts = [n.start for n in self.nums]
        self.qty = [self._quantity(n) for n in self.nums if n.is_quantity]
        self.qty_starts = [q.start for q in self.qty]
        self.qty_ends = [q.end for q in self.qty]
        # for each quantity, the index of the last count (not a percentage, not a rate) up to it
        self._last_count: list[int] = []
        last = -1
        for i, q in enumerate(self.qty):
            last = i if not q.percent and not q.rate else last
            self._last_count.append(last)
        self.pairs = parentheses(self.text)
        self.opens = [o for o, _ in self.pairs]
        self.before: Callable[[], Scope | None] = nothing_before  # the paragraph before, prepared on demand
        # part -> (base, cue word) of every share read so far, whoever read it: a sibling part's
        # share written the same way has the same base ("13.767 hồ sơ trước hạn, chiếm 78%; có
        # 3.254 hồ sơ đúng hạn, chiếm 18,4%"; not "…, chiếm 60%; … trước hạn, đạt tỷ lệ 95%")
        self.share_bases: dict[int, tuple[Quantity, str]] = {}
        self.unbased: list[tuple[Quantity, Quantity]] = []  # (part, share) read without a base (claims/implied.py)
        # (a, b, noun) -> the items of text[a:b] (claims/items.py), read once: each try of a listing, strict or
        # not, to its sentence's or its clause's end, asks again
        self.pieces: dict[tuple[int, int, str], list[tuple[int, int]]] = {}

    # (the tables below are built on first use: many paragraphs are never asked)

    @cached_property
    def percents(self) -> list[Quantity]:
        """The percentages among the quantities, in order (most extractors read only them)."""
        return [q for q in self.qty if q.percent]

    @cached_property
    def intro_at_end(self) -> tuple[int, str] | None:
        """Where an intro word ending the paragraph starts ("..., trong đó:") and its name, or its
        closing colon and "colon" ("... 2.062,3 tỷ đồng:"): the bullets after it are its listing
        (claims/bullets.py; asked when preparing the paragraphs and again when reading them)."""
        tail = max(0, len(self.folded) - 40)
        m = cues().intro_at_end.search(self.folded[tail:])  # (a slice: the word may start it)
        if m:
            return tail + m.start(), cues().intro_names[m.group(1)]
        end = self.folded.rstrip()
        return (len(end) - 1, "colon") if end.endswith(":") else None

    @cached_property
    def _enclosing(self) -> tuple[list[int], list[int]]:
        return _enclosing_table(self.pairs)

    @cached_property
    def _semicolons(self) -> list[int]:
        return [m.start() for m in _SEP_SEMI.finditer(self.text)]

    @cached_property
    def _sentence_ends(self) -> list[int]:
        ends = [m.start() for m in _SENTENCE_END.finditer(self.text)]
        # (and a full stop typed without its space, between words: '… 431 người.Trong đó, …'; not 'Tp.Hồ Chí Minh')
        t = self.text
        glued = [i for m in _GLUED_END.finditer(t) if t[(i := m.start()) - 1].islower() and t[i + 1].isupper() and t[i + 2].islower()]
        return sorted(ends + glued) if glued else ends

    # --- quantities ------------------------------------------------------------------

    def _quantity(self, n: Num) -> Quantity:
        unit, rate = ("%", False) if n.percent else self.unit_at(n.end)
        # (a decimal broken by a space, 'gần 11, 8 tỷ đồng', is no figure to check by either half; not a
        # count after a list's number, 'loại 1, 2 hồ sơ loại 2')
        broken = ", " if n.start > 2 and self.text[n.start - 2:n.start] == ", " and self.text[n.start - 3].isdigit() \
            and (n.percent or measure(unit) or unit.split(" ", 1)[0] in SCALES) else ""  # ('13, 41%o')
        return counted(Quantity(n, self.para, unit, rate, broken or approximation(self.folded, n.start)))

    def unit_at(self, end: int) -> tuple[str, bool]:
        """The unit words right after `end`, and whether a "/" follows them: a rate ('60 tạ/ha'),
        or a fraction ('15.530 ha/22.366 ha'), not an amount over a count of something else
        ('dư nợ 2.400 tỷ đồng/61.200 khách hàng')."""
        m = _UNIT.match(self.folded, end)
        if not m:
            return "", self.folded[end:end + 1] == "/"
        if self.folded[m.end():m.end() + 1] != "/":
            return m.group(1), False
        over = _OVER.match(self.folded, m.end())
        return m.group(1), over is None or over.group(1).split()[0] == m.group(1).split()[0]

    def numbers_in(self, a: int, b: int) -> list[Num]:
        """Every number (quantity or not) starting in [a, b)."""
        return self.nums[bisect_left(self.num_starts, a):bisect_left(self.num_starts, b)]

    def qty_in(self, a: int, b: int) -> list[Quantity]:
        """The quantities lying inside [a, b)."""
        return self.qty[bisect_left(self.qty_starts, a):bisect_right(self.qty_ends, b)]

    def any_qty_in(self, a: int, b: int) -> bool:
        """Whether a quantity starts in [a, b) (without listing them)."""
        i = bisect_left(self.qty_starts, a)
        return i < len(self.qty) and self.qty_starts[i] < b

    def next_qty(self, pos: int) -> Quantity | None:
        """The first quantity starting at or after pos."""
        i = bisect_left(self.qty_starts, pos)
        return self.qty[i] if i < len(self.qty) else None

    def last_qty_ending_at(self, end: int) -> Quantity | None:
        """The quantity ending exactly at `end`, or None."""
        i = bisect_left(self.qty_ends, end)
        return self.qty[i] if i < len(self.qty) and self.qty_ends[i] == end else None

    def last_count_before(self, pos: int) -> Quantity | None:
        """The last count (not a percentage, not a rate) ending at or before pos."""
        i = bisect_right(self.qty_ends, pos) - 1
        j = self._last_count[i] if i >= 0 else -1
        return self.qty[j] if j >= 0 else None

    def depth0(self, a: int, b: int) -> list[Quantity]:
        """Quantities in [a, b) outside any parenthesis opened inside [a, b)."""
        return [q for q in self.qty_in(a, b) if self.enclosing(q.start)[0] < a]

    # --- parentheses -----------------------------------------------------------------

    def enclosing(self, pos: int) -> tuple[int, int]:
        """The innermost balanced parenthesis (open, close) around pos, or (-1, -1)."""
        keys, tops = self._enclosing
        i = bisect_right(keys, pos) - 1
        return self.pairs[tops[i]] if i >= 0 and tops[i] >= 0 else (-1, -1)

    def alone_in(self, q: Quantity) -> int:
        """Where the parenthesis holding q and nothing else opens ("(83%)"), or -1."""
        o, close = self.enclosing(q.start)
        return o if o >= 0 and not self.text[o + 1:q.start].strip() and not self.text[q.end:close].strip() else -1

    def close_of(self, o: int) -> int | None:
        """Where the parenthesis opened at o closes, or None."""
        i = bisect_left(self.opens, o)
        return self.pairs[i][1] if i < len(self.opens) and self.opens[i] == o else None

    def first_open_after(self, a: int, b: int) -> tuple[int, int] | None:
        """The first balanced parenthesis opened in (a, b)."""
        i = bisect_right(self.opens, a)
        return self.pairs[i] if i < len(self.opens) and self.opens[i] < b else None

    # --- clauses and sentences -------------------------------------------------------

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding pos: after the last ';' or sentence end before it."""
        best = 0
        i = bisect_left(self._semicolons, pos) - 1
        if i >= 0:
            best = self._semicolons[i] + 1
        i = bisect_left(self._sentence_ends, pos) - 1
        if i >= 0:
            best = max(best, self._sentence_ends[i] + 1)
        # a stop followed by nothing but spaces up to pos ends a sentence seen from pos
        j = pos - 1
        while j >= 0 and self.text[j].isspace():
            j -= 1
        if j >= 0 and self.text[j] in ".!?":
            best = max(best, j + 1)
        return best

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding pos (after the last sentence end before it)."""
        i = bisect_left(self._sentence_ends, pos) - 1
        return self._sentence_ends[i] + 1 if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect_left(self._sentence_ends, pos)
        return self._sentence_ends[i] if i < len(self._sentence_ends) else len(self.text)

    def clause_end(self, pos: int) -> int:
        i = bisect_left(self._semicolons, pos)
        semi = self._semicolons[i] if i < len(self._semicolons) else len(self.text)
        return min(semi, self.sentence_end(pos))

    # --- listings --------------------------------------------------------------------

    def split(self, a: int, b: int) -> list[tuple[int, int]]:
        """Items of text[a:b] at its top level: split at ';' if any, else at ',' and 'và'."""

        def top(i: int) -> bool:
            return self.enclosing(i)[0] < a

        for sep in (_SEP_SEMI, _SEP_COMMA):
            cuts = [m for m in sep.finditer(self.folded, a, b) if top(m.start())]
            if cuts or sep is _SEP_COMMA:
                break
        items, pos = [], a
        for m in cuts:
            items.append((pos, m.start()))
            pos = m.end()
        items.append((pos, b))
        return [(x, y) for x, y in items if self.folded[x:y].strip()]

    def name_before(self, q: Quantity, reach: int = 80) -> str:
        """The words naming q before it: since the last mark or quantity, within `reach`
        characters ('ho so den han giai quyet la' of '... hồ sơ đến hạn giải quyết là 4.169')."""
        i = bisect_right(self.qty_ends, q.start) - 1
        a = max(self.qty[i].end if i >= 0 else 0, q.start - reach)
        cut = max(self.folded.rfind(mark, a, q.start) for mark in ",;:.()")
        return self.label(max(a, cut + 1), q.start)

    def label(self, a: int, b: int) -> str:
        """The words of folded[a:b] but its numbers'."""
        pieces, pos = [], a
        for n in self.numbers_in(a, b):
            x, y = max(n.start, a), min(n.end, b)
            if x < y:  # blanked: one space stands for them, as the words are split and joined
                pieces.append(self.folded[pos:x])
                pos = y
        pieces.append(self.folded[pos:b])
        return " ".join(_NOT_LABEL.sub(" ", " ".join(pieces)).split())

    def total_before(self, pos: int, max_words: int, allow_sentence: bool = False) -> Quantity | None:
        """The count closest before pos with only words between (its unit, a label)."""
        q = self.last_count_before(pos)
        if q is None or pos - q.end > CHARS_PER_WORD * max_words:
            return None
        gap = self.text[q.end:pos]
        if words(gap) > max_words:
            return None
        if any(n.is_quantity for n in self.numbers_in(q.end, pos)):
            return None
        if (_CLAUSE_MARK if allow_sentence else _SENTENCE_MARK).search(gap):
            return None
        o, c = self.enclosing(q.start)
        if o >= 0 and c < pos:
            return None  # inside a parenthesis that closed before pos
        return q

    def subject_before(self, pos: int, max_words: int = 25, semicolon: bool = False) -> Quantity | None:
        """The figure a chain of comparisons before pos is about: the last count of the
        sentence before pos that is no percentage and not inside a parenthesis closed before
        pos ("đạt 2.146 ha, bằng 89,4% kế hoạch năm (2.400 ha), tăng ..." -> 2.146)."""
        a = self.sentence_start(pos) if semicolon else self.clause_start(pos)
        a = max(a, pos - CHARS_PER_WORD * max_words)  # (bounded: linear reading)
        i = bisect_right(self.qty_ends, pos) - 1
        while i >= 0 and self.qty[i].start >= a:
            q = self.qty[i]
            o, c = self.enclosing(q.start)
            if q.percent or (o >= a and c < pos):
                i -= 1
                continue
            if q.rate or o >= 0 and c < pos or words(self.text[q.end:pos]) > max_words \
                    or _COUNTED_FRACTION.search(self.text, q.end, pos):
                return None  # (nor past a fraction, 'thôn có 110/120 hộ đạt ...': that is what follows is of)
            # a change is no subject ("giảm 47 người chết (-6,23%), giảm 560 người bị thương
            # (-27,4%)": 560 is no change of 47)
            return None if self.is_change(q) else q
        return None

    def is_change(self, q: Quantity) -> bool:
        """Whether q is a change, right after "tăng", "giảm" or "thêm" ("giảm 47 người chết") or
        after the rate of one ("tăng 2,95% bằng 1.755 ha")."""
        m = _CHANGE_BEFORE.search(self.folded, max(0, q.start - 8), q.start)
        if m is not None and self.folded.endswith("cap moi va tang them", 0, m.start() + len(m.group().rstrip())):
            return False  # ('vốn đầu tư cấp mới và tăng thêm 412,5 triệu USD': new and added capital, a total)
        # (as written: 'hỗ trợ mai táng 1.986,6 triệu đồng' folds to 'tang' too)
        return m is not None and _as_written(self.text[m.start():m.end()].strip()) or self._rate_before(q) is not None

    def is_earlier(self, q: Quantity) -> bool:
        """Whether q is an earlier period's figure it is compared with: 'so với cùng kỳ 131.200 lượt'."""
        return _said_earlier().search(self.folded, max(0, q.start - 40), q.start) is not None

    def earlier_after(self, pos: int) -> bool:
        """Whether an earlier period follows pos, 'so (với)' aside: ' so với cùng kỳ', ' năm trước'."""
        return _earlier_after().match(self.folded, pos) is not None

    def changed_by(self, q: Quantity) -> Quantity | None:
        """The figure whose change q is, stated with its rate: 61.240 of '61.240 ha, tăng 2,95%
        bằng 1.755 ha'."""
        m = self._rate_before(q)
        return self.total_before(m.start(), 8) if m else None

    def _rate_before(self, q: Quantity) -> re.Match[str] | None:
        a = max(0, q.start - 90)
        before = self.folded[a:q.start]
        if "%" not in before or "tang" not in before and "giam" not in before:
            return None  # (no rate of a change before: most figures, asked first; the pattern tries every position)
        return _amount_patterns()[1].search(self.folded, a, q.start)

    def amount_after(self, pct: Quantity) -> Quantity | None:
        """The amount of the change whose rate is pct, stated right after it, a comparison aside:
        2.100 of 'tăng 2,18% bằng 2.100 tấn', 837,2 of 'tăng 0,74% so với cùng kỳ (bằng 837,2 ha)'."""
        m = _amount_patterns()[0].match(self.folded, pct.end)
        q = self.next_qty(m.end()) if m else None
        return q if q is not None and q.start == m.end() and not q.percent else None  # type: ignore[union-attr]

    def names_another_base(self, pct: Quantity, base: Quantity) -> bool:
        """Whether the words after pct name a population that `base` does not count: 'Bảo hiểm xã
        hội là 374.764 người, ..., đạt 22,30% lực lượng lao động', '..., đạt 92,34% dân số' (not of
        the 2.995.949 người tham gia before 'trong đó'; `population_bases`), or what of it was on
        time ('đạt 99,1% đúng hạn')."""
        m = _population().match(self.folded, pct.end)
        if _on_time().match(self.folded, pct.end):
            return True  # ('đã giải quyết 2.300 hồ sơ, đạt 99,1% đúng hạn': a share of those on time)
        return m is not None and not set(m.group(1).split()) & set(base.unit.split())

    def share_cue(self, pct: Quantity) -> str:
        """The first word of the share cue right before pct ("chiem", "dat", "ty"), or ''."""
        m = cues().share_before.search(self.folded, max(0, pct.start - 20), pct.start)
        return m.group(0).split()[0] if m and m.group(0).strip() else ""

    def attains(self, q: Quantity, pct: Quantity) -> bool:
        """Whether pct, after the amount of money q, is its attainment of a plan, not a share:
        "1.830,2 tỷ đồng, đạt 104,6%" ("đạt" alone before it; rules/claims.yaml), or after a
        part of a total that is itself "đạt|bằng p% kế hoạch|cùng kỳ" (`Quantity.attains`)."""
        if not (pct.attains or q.measure in word_list("money_measures")) or not q.end <= pct.start:
            return False
        verbs = word_list("parallel_verbs") if pct.attains else word_list("attainment_verbs")
        lead = self.folded[max(q.end, pct.start - 20):pct.start].split()
        return bool(lead) and lead[-1].strip("(,;:") in verbs

    def share_link(self, q: Quantity, pct: Quantity) -> bool:
        """Whether pct is q's share: '356 trực tuyến (tỷ lệ 7,9%)', '1.694 nộp trực tuyến, chiếm tỷ lệ 14,06%'."""
        if self.attains(q, pct):
            return False
        lead = self.folded[q.end:pct.start]
        m = cues().share_link.fullmatch(lead)
        if not m or ")" in lead:
            return False
        if not (m.group(2).strip() or m.group(3).strip() or not lead.strip()):
            return False  # words only: "1.000 hồ sơ giải quyết 95%" is not "k (tỷ lệ p%)"
        if "(" in lead:  # "(tỷ lệ p%)": that parenthesis holds the percentage alone
            close = self.close_of(q.end + lead.rfind("("))
            if close is None or self.text[pct.end:close].strip():
                return False
        return True

    def share_after(self, q: Quantity, limit: int) -> Quantity | None:
        """The percentage right after q (starting before limit) that is its share, or None."""
        n = self.next_qty(q.end)
        if n is None or n.start >= limit or not n.percent:
            return None
        return n if self.share_link(q, n) else None


def _enclosing_table(pairs: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """For `Scope.enclosing`: positions where the innermost open parenthesis changes, and
    the index in `pairs` of the innermost one from there on (-1: none). A pair (o, c)
    encloses the positions o < i < c; balanced pairs nest, so one sweep with a stack does."""
    events = sorted([(o + 1, 0, k) for k, (o, _) in enumerate(pairs)] + [(c, 1, k) for k, (_, c) in enumerate(pairs)])
    keys, tops, stack = [], [], []
    for key, closing, k in events:
        if closing:
            stack.pop()
        else:
            stack.append(k)
        keys.append(key)
        tops.append(stack[-1] if stack else -1)
    return keys, tops
