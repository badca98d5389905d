"""Limits that keep one bad input from hanging or exhausting the linter.

A real report is 20-300 KB, a few thousand lines, lines under a few thousand characters.
Anything far beyond that is not a report (a log, a database dump, a generated file) or is
hostile, and checking it would only waste the reviewer's time, so:

- a file larger than `MAX_BYTES` is refused before it is read (loaders.load);
- a document with a line longer than `MAX_LINE_CHARS` or more than `MAX_LINES` lines is
  refused after loading (`check_document`): a clear one-line error, exit 2, the other
  files are still checked;
- one rule reports at most `MAX_FINDINGS_PER_RULE` findings per document; past that the
  linter stops that rule and says so with one info finding (`take`). A garbage file
  should not print a million lines;
- the claims of a document (sums, percentages) are read up to `MAX_CLAIMS`; extraction
  stops there (`analysis.claims.extract`). Within a paragraph, claims are read in linear
  time, and a listing longer than `analysis.claims.listing.MAX_LISTING_CHARS` is not read;
  a paragraph with more than `MAX_PARAGRAPH_FIGURES` figures is no report prose (a log, a
  table flattened into one line, a hostile file) and is not read for claims: each listing
  word in it would be read against hundreds of figures;
- a .docx table is at most `MAX_TABLE_COLUMNS` grid columns wide, whatever its cells'
  spans say (loaders.docx.grid_width).

The numbers are generous (10-100x a real report) so that no real report meets them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from reportlint.errors import LimitError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

MAX_BYTES = 20 * 1024 * 1024  # file size, before reading (docx: the zip file itself)
MAX_LINE_CHARS = 100_000  # one line (a .docx paragraph or table cell) of clean text
MAX_LINES = 200_000  # lines (docx paragraphs) per document
MAX_FINDINGS_PER_RULE = 1_000  # per rule per document
MAX_CLAIMS = 20_000  # claims (sums, percentages) read per document
MAX_PARAGRAPH_FIGURES = 300  # figures in one paragraph read for claims (prose has tens)
MAX_TABLE_COLUMNS = 1_000  # grid columns of one table (Word allows 63); spans are held within




def check_size(path: str, size: int, limit: int = MAX_BYTES) -> None:
    """Refuse a file of `size` bytes above `limit`."""
    if size > limit:
        raise LimitError("limit.file_size", path=path, size=f"{size / 1e6:.1f}", limit=f"{limit / 1e6:.0f}")


def check_document(doc, max_line: int = MAX_LINE_CHARS, max_lines: int = MAX_LINES) -> None:
    """Refuse a loaded Document whose lines are too long or too many."""
    if len(doc.lines) > max_lines:
        raise LimitError("limit.lines", path=doc.path, count=len(doc.lines), limit=max_lines)
    if not doc.lines or max(map(len, [ln.text for ln in doc.lines])) <= max_line:
        return
    longest = max(doc.lines, key=lambda ln: len(ln.text))
    if len(longest.text) > max_line:
        raise LimitError("limit.line_length", path=doc.path, line=longest.lineno,
                         length=len(longest.text), limit=max_line)


def take(items: Iterable[T], limit: int) -> tuple[list[T], bool]:
    """At most `limit` items, and whether there were more (the rest is not computed)."""
    it: Iterator[T] = iter(items)
    head = list(islice(it, limit))
    more = len(head) == limit and next(it, _END) is not _END
    return head, more


_END = object()
