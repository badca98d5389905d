"""The one model every loader produces and every check reads.

A `Document` is a list of clean text `Line`s (NFC, markup stripped) that remember where
they came from, so a finding on the clean text points at the original file. Lines are
grouped into `Paragraph`s: a paragraph wrapped over several lines, or split by a page
break, is read as one piece of text.
"""

import bisect
from collections import namedtuple

from reportlint.lazy import cached_property

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:  # model.table builds on Line: no import at run time
    from reportlint.model.table import Table


class Line(namedtuple("Line", "text lineno segments origin", defaults=((), ""))):
    """One line of clean text (never changed once made: `slice` makes a new one).

    text (str)
    lineno (int): 1-based, the file line, or for .docx the paragraph number in reading order
    segments (tuple[tuple[int, int], ...], default ()): maps clean columns to original ones:
        sorted (clean_start, orig_start) pairs, each run of kept characters starting a new
        pair; empty means the identity. Columns are 0-based internally and 1-based in
        diagnostics.
    origin (str, default ""): "cell" for a .docx table cell, "footnote", "heading" for a Markdown
        heading, "page N" for a PDF's line ...; "" for body text
    """

    __slots__ = ()

    def orig_col(self, col: int) -> int:
        """The 0-based column in the original line of clean column `col`."""
        if not self.segments:
            return col
        i = bisect.bisect_right(self.segments, (col, float("inf"))) - 1
        if i < 0:
            return col
        clean, orig = self.segments[i]
        return orig + (col - clean)

    def slice(self, start: int, end: int | None = None) -> "Line":
        """A sub-line (e.g. one column of a two-column layout) keeping positions."""
        end = len(self.text) if end is None else end
        return Line(self.text[start:end], self.lineno, _shift(self.segments or ((0, 0),), start, end), self.origin)


def _shift(segments: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for i, (clean, orig) in enumerate(segments):
        nxt = segments[i + 1][0] if i + 1 < len(segments) else end
        if nxt <= start or clean >= end:
            continue
        a = max(clean, start)
        out.append((a - start, orig + (a - clean)))
    return tuple(out)


class Paragraph:
    """Consecutive lines read as one text, joined by single spaces."""

    def __init__(self, lines: list[Line], text: str = "", starts: list[int] | None = None,
                 leads: list[int] | None = None, kind: str = "text") -> None:
        self.lines = lines
        self.text = text
        self.starts = starts if starts is not None else []  # offset of each stripped line in `text`
        self.leads = leads if leads is not None else []  # leading spaces stripped from each line
        self.kind = kind  # set by the outline: text, bullet, heading, closing, recipient, signature, header, title
        if not text and lines:
            self.rebuild()

    def __repr__(self) -> str:
        where = f"line {self.lineno}" if self.lines else "no lines"
        return f"Paragraph({where}, {self.kind}: {self.text[:40]!r})"

    @classmethod
    def of_stripped(cls, lines: list[Line], parts: list[str]) -> "Paragraph":
        """Paragraph(lines), given the lines' texts already stripped (`parts`): the outline
        strips every line to classify it."""
        text, starts, leads = _joined(lines, parts)
        return cls(lines, text, starts, leads)

    def rebuild(self) -> None:
        self.text, self.starts, self.leads = _joined(self.lines, [ln.text.strip() for ln in self.lines])
        self._forget()

    def _forget(self) -> None:
        """Drop what was derived from the previous text."""
        self.__dict__.pop("unaccented", None)
        self.__dict__.pop("folded", None)
        self.__dict__.pop("lower", None)

    @cached_property
    def lower(self) -> str:
        """The text in lower case, computed once: the fold is made from it, and claims read it."""
        return self.text.lower()

    @cached_property
    def folded(self) -> str:
        """The text folded (reportlint.text.letters.fold), computed once for every rule that reads it."""
        from reportlint.text.letters import fold

        return fold(self.text, self.lower)

    @cached_property
    def unaccented(self) -> bool:
        """The paragraph lost its diacritics (OCR): per-word checks do not apply."""
        from reportlint.text.letters import is_unaccented

        return is_unaccented(self.text)

    @property
    def lineno(self) -> int:
        return self.lines[0].lineno

    @property
    def end_lineno(self) -> int:
        return self.lines[-1].lineno

    def locate(self, offset: int) -> tuple[int, int]:
        """(lineno, 1-based original column) of an offset in `text`."""
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        line = self.lines[i]
        col = min(max(offset - self.starts[i], 0) + self.leads[i], len(line.text))
        return line.lineno, line.orig_col(col) + 1

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, col, end_line, end_col) of text[start:end], 1-based, end exclusive."""
        a = self.locate(start)
        b = self.locate(max(start, end - 1))
        return a[0], a[1], b[0], b[1] + 1


def _joined(lines: list[Line], parts: list[str]) -> tuple[str, list[int], list[int]]:
    """(text, starts, leads) of a paragraph of `lines` whose stripped texts are `parts`."""
    if len(lines) == 1:  # most paragraphs: no joining to do
        raw, text = lines[0].text, parts[0]
        # `text is raw`: strip() had nothing to remove, so no leading space either
        return text, [0], [0 if text is raw else len(raw) - len(raw.lstrip())]
    if not lines:
        return "", [0], []
    starts: list[int] = []
    leads: list[int] = []
    pos = 0
    for ln, text in zip(lines, parts):
        starts.append(pos)
        pos += len(text) + 1  # one space between
        raw = ln.text
        leads.append(0 if text is raw else len(raw) - len(raw.lstrip()))
    return " ".join(parts), starts, leads


class Decoding(namedtuple("Decoding", "encoding lines words whole_file", defaults=(0, False))):
    """How the loader read text that was in a legacy Vietnamese encoding (text/legacy.py).

    encoding (str): "TCVN3", "VNI", "UTF-8 read as Windows-1252", "Windows-1258"
    lines (tuple[int, ...]): the line numbers (as in diagnostics) of the decoded lines
    words (int, default 0): damaged words repaired (0 when the whole file was read in `encoding`)
    whole_file (bool, default False): the bytes were no UTF-8: the file was read in `encoding`
    """

    __slots__ = ()


class Suppression(namedtuple("Suppression", "rules first last")):
    """An inline `reportlint: disable` comment: rules off for lines first..last.

    rules (frozenset[str]): ids or categories; empty = every rule
    first, last (int)
    """

    __slots__ = ()

    def covers(self, rule: str, line: int) -> bool:
        if not (self.first <= line <= self.last):
            return False
        return not self.rules or rule in self.rules or rule.split(".")[0] in self.rules


class Document:
    """A loaded report: its clean lines, in reading order."""

    __slots__ = ("path", "format", "lines", "source", "suppressions", "tables", "decoding", "__weakref__")

    def __init__(self, path: str, format: str, lines: list[Line], source: list[str] | None = None,
                 suppressions: list[Suppression] | None = None, tables: list["Table"] | None = None,
                 decoding: Decoding | None = None) -> None:
        self.path = path
        self.format = format  # "txt", "md", "docx", "pdf"
        self.lines = lines
        self.source = source if source is not None else []  # original lines, for showing context
        self.suppressions = suppressions if suppressions is not None else []
        self.tables = tables if tables is not None else []  # grids built by the loaders (cells with their Lines)
        self.decoding = decoding  # set when legacy-encoded text was decoded: the checks read Unicode

    def __repr__(self) -> str:
        return f"Document({self.path!r}, {self.format}, {len(self.lines)} lines)"
