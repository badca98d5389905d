"""Lines in a legacy encoding, decoded for every loader (the reading is text/legacy.py's).

A decoded line is re-written text, as a line without its markup is: its `Line` gets the
decoded text and a column map back to the original, so a finding on "Việt" points at
"ViÖt" (or VNI's longer "Vieät") in the file.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from reportlint.model.document import Decoding, Line
from reportlint.text.legacy import may_be_damaged, repair


def decode_lines(lines: list[Line]) -> tuple[list[Line], Decoding | None]:
    """The lines with every clearly damaged one decoded, and what was done (None: nothing)."""
    if not any(may_be_damaged(ln.text) for ln in lines):
        return lines, None
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
    """For each character of `new`, the column of `old` it stands for."""
    cols = [0] * len(new)
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        for j in range(b1, b2):
            cols[j] = a1 + (j - b1 if tag == "equal" else min(j - b1, max(a2 - a1 - 1, 0)))
    return cols
