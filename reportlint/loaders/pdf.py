""".pdf with a text layer (needs the optional extra: `pip install "reportlint[pdf]"`).

Each page's text, as pypdf extracts it, is split into lines; every line becomes a `Line`
numbered across the whole document (page 2 continues where page 1 stopped), with the
page in `Line.origin` ("page 2"), so a finding's "line" is the line of the extracted
text that `Document.source` holds and the reviewer can find it by its page. A bare page
number alone on the first or last line of a page is blanked (kept in `source`), so it does
not glue itself into the paragraph that runs over the page break.

A PDF without any text (a scan that was never OCR'd) is refused with "no text layer", an
encrypted one with "encrypted", a broken one with "not a valid PDF": always one line
(LoadError), never a traceback. pypdf is imported only when a PDF is read.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from reportlint.model.document import Document, Line
from reportlint.errors import LoadError
from reportlint.loaders.decoding import decode_lines

MAX_PAGES = 2000  # a report is 2-50 pages; thousands of pages is a book or a scan dump
_PAGE_NUMBER = re.compile(r"\s*(?:-\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?\s*", re.IGNORECASE)


def _reader(path: Path):
    """A pypdf reader on `path`, decrypted if it opens with an empty password; else LoadError."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise LoadError("load.pdf_needs_pypdf", path=path) from None
    # pypdf reports repaired damage through logging; the user gets our one line instead
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(str(path), strict=False)
    except DependencyError as e:  # AES-256 is tried on opening, and needs the cryptography package
        raise LoadError("load.pdf_decrypt", path=path, reason=_one_line(e)) from None
    except Exception as e:  # PdfReadError, ValueError, KeyError ... on a broken file
        raise LoadError("load.pdf_invalid", path=path, reason=_one_line(e)) from None
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")  # many PDFs are "encrypted" with an empty user password
        except Exception as e:  # an unsupported cipher, a missing crypto library
            raise LoadError("load.pdf_decrypt", path=path, reason=_one_line(e)) from None
        if not ok:
            raise LoadError("load.pdf_password", path=path)
    return reader


def _pages(path: Path) -> list[str]:
    """The text of each page."""
    reader = _reader(path)
    try:
        n = len(reader.pages)
    except Exception as e:
        raise LoadError("load.pdf_invalid", path=path, reason=_one_line(e)) from None
    if n > MAX_PAGES:
        raise LoadError("load.pdf_pages", path=path, count=n, limit=MAX_PAGES)
    texts = []
    for i in range(n):
        try:
            texts.append(reader.pages[i].extract_text() or "")
        except Exception as e:  # a damaged page: say which one
            raise LoadError("load.pdf_page", path=path, page=i + 1, reason=_one_line(e)) from None
    return texts


def _clean(raw: str) -> str:
    return unicodedata.normalize("NFC", raw).replace("\t", " ").replace("\u00a0", " ").rstrip()


def load(path: Path) -> Document:
    """Read a PDF's text layer into a Document; LoadError if there is none."""
    texts = _pages(path)
    if not any(t.strip() for t in texts):
        raise LoadError("load.pdf_no_pages" if not texts else "load.pdf_no_text", path=path)
    lines: list[Line] = []
    source: list[str] = []
    for page, text in enumerate(texts, 1):
        raw = [_clean(r) for r in text.splitlines()]
        filled = [i for i, r in enumerate(raw) if r.strip()]
        edges = {filled[0], filled[-1]} if filled else set()
        for i, r in enumerate(raw):
            source.append(r)
            shown = "" if i in edges and _PAGE_NUMBER.fullmatch(r) else r
            lines.append(Line(shown, len(source), (), f"page {page}"))
    lines, decoding = decode_lines(lines)  # a PDF made from a TCVN3 document without its font map
    return Document(path=str(path), format="pdf", lines=lines, source=source, decoding=decoding)


def _one_line(e: Exception) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg[:200]
