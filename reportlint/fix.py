"""Safe automatic fixes for `reportlint check --fix` and `--diff`.

A finding may carry a fix (`Diagnostic.fix`: text edits in file positions), made by the
check that found it and only when the repair cannot change the meaning: a known
misspelling with exactly one right form ("cập nhập" -> "cập nhật"), a word typed twice
("các các" -> "các"), look-alike letters ("Ð" U+00D0 -> "Đ"). This module applies them
without knowing any rule.

Each edit is re-checked against the file's own text before it is applied (the span must
still read what the check saw), fixes on one line are applied right to left and
overlapping ones are dropped. Files are written atomically: a temporary file in the same
directory, flushed and synced, then `os.replace` over the original, whose permissions
are kept; on any error the original is untouched. A symbolic link's target is fixed (the
link stays); a read-only file or one with several hard links is left alone with a note; a
file saved decomposed (NFD) is fixed in NFD. `--diff` prints a unified diff and writes
nothing. .docx files are never modified (reported on stderr).
"""

from __future__ import annotations

import codecs
import difflib
import os
import stat
import sys
import unicodedata
from dataclasses import dataclass
from typing import TextIO

from reportlint.atomic import write_atomic
from reportlint.model.diagnostic import Diagnostic, TextEdit
from reportlint.model.document import Document


@dataclass(frozen=True)
class Edit:
    line: int  # 1-based
    start: int  # 0-based column in the original line
    end: int
    text: str
    diag: Diagnostic


def fix_document(doc: Document, diagnostics: list[Diagnostic], write: bool, out: TextIO) -> list[Diagnostic]:
    """Apply (write=True) or show as a diff (write=False) the safe fixes; return what remains."""
    candidates = [d for d in diagnostics if d.fix]
    if not candidates:  # nothing to write: the file is not even read (it may be in legacy bytes)
        return diagnostics
    if doc.format not in ("txt", "md"):
        if candidates:
            print(f"reportlint: {doc.path}: .{doc.format} files are not fixed automatically "
                  f"({len(candidates)} fixable finding(s) reported)", file=sys.stderr)
        return diagnostics
    target = os.path.realpath(doc.path)  # a link's own file is fixed; the link stays a link
    refusal = _refusal(target) if write else None
    if refusal:
        print(f"reportlint: {doc.path}: {refusal}; not fixed", file=sys.stderr)
        return diagnostics
    try:
        with open(target, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        print(f"reportlint: {doc.path}: cannot read for fixing: {e}", file=sys.stderr)
        return diagnostics
    encoding, bom, text = _decode(raw)
    lines = text.splitlines(keepends=True)
    # The loader reads every file as NFC; a file saved decomposed (NFD, Unikey's "Unicode tổ
    # hợp") is compared and edited as NFC and each changed line written back decomposed.
    composed = [unicodedata.normalize("NFC", ln) for ln in lines]
    if [ln.rstrip("\r\n") for ln in composed] != [s.rstrip("\r\n") for s in doc.source][: len(lines)]:
        print(f"reportlint: {doc.path}: the file changed since it was read; not fixed", file=sys.stderr)
        return diagnostics
    edits = _edits(composed, candidates)
    if not edits:
        return diagnostics
    new_lines = [_as_written(old, new) for old, new in zip(lines, _apply(composed, edits))]
    if not write:
        out.writelines(difflib.unified_diff(lines, new_lines, fromfile=f"a/{doc.path}", tofile=f"b/{doc.path}"))
        if new_lines and not new_lines[-1].endswith("\n"):
            out.write("\n")
        return diagnostics
    try:
        write_atomic(target, bom + "".join(new_lines).encode(encoding), like=target)
    except OSError as e:
        print(f"reportlint: {doc.path}: not fixed, the original is unchanged: {e}", file=sys.stderr)
        return diagnostics
    fixed = {id(e.diag) for e in edits}
    print(f"reportlint: {doc.path}: fixed {len(fixed)} problem(s)", file=sys.stderr)
    return [d for d in diagnostics if id(d) not in fixed]


def _refusal(path: str) -> str | None:
    """Why the file must not be rewritten, or None. A replaced file would lose its other
    hard links' sharing, and a read-only file was made read-only on purpose."""
    try:
        st = os.stat(path)
    except OSError as e:
        return f"cannot read for fixing: {e.strerror or e}"
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return "the file is read-only"
    if st.st_nlink > 1:
        return f"the file has {st.st_nlink} hard links, which a fix would split (use --diff)"
    return None


def _as_written(old: str, new: str) -> str:
    """`new` in the normalisation `old` was written in (NFD stays NFD)."""
    if new == old or old == unicodedata.normalize("NFC", old):
        return new
    return unicodedata.normalize("NFD", new)


def _decode(raw: bytes) -> tuple[str, bytes, str]:
    """(codec, BOM to write back, text): the same encodings the text loader reads."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8", codecs.BOM_UTF8, raw[3:].decode("utf-8")
    if raw.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", codecs.BOM_UTF16_LE, raw[2:].decode("utf-16-le")
    if raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", codecs.BOM_UTF16_BE, raw[2:].decode("utf-16-be")
    return "utf-8", b"", raw.decode("utf-8")


def _edits(lines: list[str], diags: list[Diagnostic]) -> list[Edit]:
    """The edits of every diagnostic whose whole fix still applies to `lines`."""
    edits: list[Edit] = []
    for d in diags:
        mine = [_edit(lines, e, d) for e in d.fix]
        if all(e is not None for e in mine):
            edits.extend(e for e in mine if e.text != lines[e.line - 1][e.start:e.end])
    return edits


def _edit(lines: list[str], e: TextEdit, d: Diagnostic) -> Edit | None:
    """`e` on one line of the file, or None if it spans lines or the file no longer reads `e.old` there."""
    if e.end_line != e.line or not 1 <= e.line <= len(lines):
        return None
    src = lines[e.line - 1]
    start, end = e.column - 1, e.end_column - 1
    if not 0 <= start < end <= len(src.rstrip("\r\n")) or src[start:end] != e.old:
        return None
    return Edit(e.line, start, end, e.text, d)


def _apply(lines: list[str], edits: list[Edit]) -> list[str]:
    out = list(lines)
    by_line: dict[int, list[Edit]] = {}
    for e in edits:
        by_line.setdefault(e.line, []).append(e)
    for ln, es in by_line.items():
        s = out[ln - 1]
        last_start = len(s) + 1
        for e in sorted(es, key=lambda e: (e.start, e.end), reverse=True):
            if e.end > last_start:
                edits.remove(e)  # overlaps a fix already applied: leave it reported
                continue
            s = s[: e.start] + e.text + s[e.end:]
            last_start = e.start
        out[ln - 1] = s
    return out


