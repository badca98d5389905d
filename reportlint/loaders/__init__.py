"""Loaders: one module per input format, each returning the same `Document`."""

from __future__ import annotations

import os
from pathlib import Path

from reportlint.model.document import Document
from reportlint.errors import LimitError, LoadError, Refusal
from reportlint.limits import MAX_BYTES, check_document, check_size

#: Extensions reportlint reads, and the loader module for each.
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".docx": "docx", ".pdf": "pdf"}



def supported(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in FORMATS


def load(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Document:
    """Read a report from disk into a `Document`, or raise `LoadError`."""
    p = Path(path)
    kind = FORMATS.get(p.suffix.lower())
    if kind is None:
        raise LoadError("load.unsupported", path=p, suffix=repr(p.suffix or "(none)"))
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise LoadError("load.not_regular", path=p)
        check_size(str(p), size, max_bytes)
        if kind == "docx":
            from reportlint.loaders import docx

            return _checked(docx.load(p))
        if kind == "pdf":
            from reportlint.loaders import pdf

            return _checked(pdf.load(p))
        data = p.read_bytes()
    except Refusal as e:
        raise LoadError(e.key, **e.fields) from None
    except FileNotFoundError:
        raise LoadError("load.missing", path=p) from None
    except IsADirectoryError:
        raise LoadError("load.directory", path=p) from None
    except OSError as e:
        raise LoadError("load.unreadable", path=p, reason=e.strerror or e) from None
    from reportlint.loaders import text

    return _checked(text.from_bytes(data, str(p), markdown=(kind == "markdown")))


def _checked(doc: Document) -> Document:
    """The document, if it is within the limits (reportlint/limits.py); else LoadError."""
    try:
        check_document(doc)
    except LimitError as e:
        raise LoadError(e.key, **e.fields) from None
    return doc
