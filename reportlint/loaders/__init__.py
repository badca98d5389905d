"""Loaders: one module per input format, each returning the same `Document`."""

from __future__ import annotations

import os
from pathlib import Path

from ..document import Document
from ..limits import MAX_BYTES, LimitError, check_document  # noqa: F401 - MAX_BYTES re-exported; limits live in one place

#: Extensions reportlint reads, and the loader module for each.
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".docx": "docx", ".pdf": "pdf"}


class LoadError(Exception):
    """A file that cannot be read as a report; the message is shown to the user as is."""


def supported(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in FORMATS


def load(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Document:
    """Read a report from disk into a `Document`, or raise `LoadError`."""
    p = Path(path)
    kind = FORMATS.get(p.suffix.lower())
    if kind is None:
        raise LoadError(f"{p}: unsupported file type {p.suffix or '(none)'!r} (reportlint reads .txt, .md, .docx, .pdf)")
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise LoadError(f"{p}: not a regular file")
        if size > max_bytes:
            raise LoadError(f"{p}: file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
        if kind == "docx":
            from . import docx

            return _checked(docx.load(p))
        if kind == "pdf":
            from . import pdf

            return _checked(pdf.load(p))
        data = p.read_bytes()
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise LoadError(f"{p}: is a directory") from None
    except OSError as e:
        raise LoadError(f"{p}: cannot read: {e.strerror or e}") from None
    from . import text

    return _checked(text.from_bytes(data, str(p), markdown=(kind == "markdown")))


def _checked(doc: Document) -> Document:
    """The document, if it is within the limits (reportlint/limits.py); else LoadError."""
    try:
        check_document(doc)
    except LimitError as e:
        raise LoadError(str(e)) from None
    return doc
