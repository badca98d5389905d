"""Lines in a legacy encoding, decoded for every loader (the reading is text/legacy.py's).

A decoded line is re-written text, as a line without its markup is: its `Line` gets the
decoded text and a column map back to the original, so a finding on "Việt" points at
"ViÖt" (or VNI's longer "Vieät") in the file.
"""

from __future__ import annotations

from reportlint.model.document import Decoding, Line
from reportlint.text.legacy_chars import may_be_damaged


def decode_lines(lines: list[Line]) -> tuple[list[Line], Decoding | None]:
    """The lines with every clearly damaged one decoded, and what was done (None: nothing)."""
    if not any(may_be_damaged(ln.text) for ln in lines):
        return lines, None
    from reportlint.text.legacy import repair  # (its tables are built only for a report that may need them)

    fixed, done = repair([ln.text for ln in lines])
    if not done.lines:
        return lines, None
    out = list(lines)
    for i in done.lines:
        out[i] = rewritten(lines[i], fixed[i])
    return out, Decoding(done.encoding, tuple(lines[i].lineno for i in done.lines), done.words)


def rewritten(line: Line, text: str) -> Line:
    """`line` with new `text`, each new column mapped to the original column it came from:
    the characters both texts share keep theirs, a decoded letter takes its code's first one."""
    cols = _columns(line.text, text)
    orig = [line.orig_col(c) for c in cols]
    segments = tuple((i, o) for i, o in enumerate(orig) if i == 0 or o != orig[i - 1] + 1)
    return Line(text, line.lineno, () if segments in ((), ((0, 0),)) else segments, line.origin)


def _columns(old: str, new: str) -> list[int]:
    """For each character of `new`, the column of `old` it stands for.

    A decoder keeps every ASCII character outside the codes it reads, so the texts are
    aligned on them: a run of decoded letters between two shared characters is spread over
    the codes it came from ("Vieät" → "Việt": ệ stands for "eä", t for t). Linear, unlike
    a general diff; TCVN3 codes are one character per letter and need no aligning at all."""
    if len(old) == len(new):
        return list(range(len(new)))
    cols: list[int] = []
    i = j = 0
    last = max(len(old) - 1, 0)
    while j < len(new):
        if i < len(old) and old[i] == new[j]:
            cols.append(i)
            i, j = i + 1, j + 1
            continue
        j2 = next((k for k in range(j + 1, len(new)) if new[k].isascii()), len(new))
        i2 = old.find(new[j2], i) if j2 < len(new) else len(old)
        i2 = len(old) if i2 < 0 else i2
        cols.extend(min(i + (k - j) * (i2 - i) // (j2 - j), last) for k in range(j, j2))
        i, j = max(i2, i + 1), j2
    return cols
