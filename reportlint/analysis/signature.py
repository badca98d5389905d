"""The signature block: prefix (TM. KT. TL. TUQ. Q.), title or body, and the signer's
name, read through OCR damage ("KT.GIAM DPOC")."""

from __future__ import annotations

import re

from reportlint.analysis.formal_terms import canon, match_title, starts_with, tables
from reportlint.analysis.markers import is_caps_line
from reportlint.analysis.outline import Outline
from reportlint.model.document import Paragraph
from reportlint.text.letters import fold

_PREFIX = re.compile(r"\s*(tm|kt|tl|tuq|q)\s*\.\s*")


class SignLine:
    """One line of the signature block, read (its title, body and kind are filled in after)."""

    __slots__ = ("para", "prefix", "rest_start", "rest", "title", "body", "fuzzy", "kind")

    def __init__(self, para: Paragraph, prefix: str, rest_start: int, rest: str, title: str | None = None,
                 body: str | None = None, fuzzy: bool = False, kind: str = "other") -> None:
        self.para = para
        self.prefix = prefix  # "TM" "KT" "TL" "TUQ" "Q" or ""
        self.rest_start = rest_start  # offset in para.text after the prefix
        self.rest = rest  # canonical text after the prefix
        self.title = title  # a known title this line starts with
        self.body = body  # a collective or single-head body it names
        self.fuzzy = fuzzy  # the title was read through OCR damage
        self.kind = kind  # prefixed, title, body, name, note, other

    def __repr__(self) -> str:
        return f"SignLine({self.kind}: {self.para.text!r})"

    @property
    def deputy(self) -> bool:
        return bool(self.title) and self.title in tables()["heads_of"]


_NAME_WORD = re.compile(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\.?$")


def is_name(text: str) -> bool:
    """'Nguyễn Văn Chuẩn', 'TS. Lê Văn A': 2-6 capitalised words, not all capitals."""
    t = strip_academic(text)[1].strip()
    ws = t.split()
    return 2 <= len(ws) <= 6 and all(_NAME_WORD.match(w) for w in ws) and not is_caps_line(t)


def strip_academic(text: str) -> tuple[str, str]:
    """(academic title, rest) of a name line: ('TS.', 'Nguyễn Văn A')."""
    s = text.strip()
    for a in tables()["academic"]:
        if s.startswith(a) and (a.endswith(".") or s[len(a):len(a) + 1] == " "):
            rest = s[len(a):].lstrip()
            if rest[:1].isupper():
                return a, rest
    return "", s


def signature(outline: Outline) -> list[SignLine]:
    """The signature block, one SignLine per line (parsed once per outline)."""
    return outline.derive("formal.signature", lambda: _signature(outline))


def _signature(outline: Outline) -> list[SignLine]:
    ocr = outline.unaccented
    out: list[SignLine] = []
    for p in outline.signature:
        t = p.text
        if not t.strip():
            continue
        if t.strip().startswith("("):
            out.append(SignLine(p, "", 0, canon(t), kind="note"))
            continue
        m = _PREFIX.match(fold(t))
        prefix, start = (m.group(1).upper(), m.end()) if m else ("", len(t) - len(t.lstrip()))
        rest = t[start:]
        sl = SignLine(p, prefix, start, canon(rest))
        sl.title, sl.fuzzy = match_title(rest, ocr)
        if sl.title is None or sl.fuzzy:  # "BỘ TRƯỞNG" is a title before it is a body
            sl.body = _body_of(sl.rest)
            if sl.body:
                sl.title, sl.fuzzy = None, False
        if prefix:
            sl.kind = "prefixed"
        elif sl.title:
            sl.kind = "title"
        elif sl.body:
            sl.kind = "body"
        elif is_name(rest):
            sl.kind = "name"
        out.append(sl)
    return out


def _body_of(c: str) -> str | None:
    t = tables()
    return starts_with(c, t["collective"]) or starts_with(c, t["single"])


def is_collective(body: str | None) -> bool:
    return bool(body) and body in tables()["collective"]
