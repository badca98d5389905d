"""The "Nơi nhận:" block (Nghị định 30/2020/NĐ-CP, Phụ lục I).

One rule per `check` option value:

- ``format``: "Nơi nhận:" with its colon; every recipient on a line starting with "-"
  ("+" for the members of a group ending in ":"), ending with ";"; the last line "- Lưu:
  VT, ..." ending with ".".
- ``missing``: a body the closing sentence reports to ("... báo cáo đến Bộ Thông tin và
  Truyền thông, Tỉnh ủy và UBND tỉnh") that is not among the recipients. Abbreviations
  are understood (Bộ TT&TT, VP Tỉnh ủy, UBND); sending to a body's office counts.

Text that lost its diacritics (OCR) is not judged on format: its punctuation is noise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.analysis import formal
from reportlint.model.document import Paragraph
from reportlint.analysis.outline import Outline
from reportlint.text.letters import fold
from reportlint.i18n import t

KIND = "recipients"
OPTIONS = {"check": "format"}
CHOICES = {"check": ("format", "missing")}

_LUU = re.compile(r"[-–+•]?\s*l[uư]u\b")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    if not outline.recipients:
        return
    if options["check"] == "format" and not outline.unaccented:
        yield from _format(outline.recipients, lang_of(outline))
    elif options["check"] == "missing" and outline.closing is not None:
        yield from _missing(outline)


_RIGHT_COLUMN = re.compile(r"\S(\s{3,}\S.*)$")  # the signature's column on a recipient line


def _own(p: Paragraph) -> str:
    """The recipient text of a paragraph, without a right column a PDF put beside it."""
    t = p.text.rstrip()
    m = _RIGHT_COLUMN.search(t)
    return t[:m.start(1)] if m else t


def _end(p: Paragraph) -> tuple[int, int]:
    n = len(_own(p))
    return max(0, n - 1), n


def _format(paras: list[Paragraph], lang: str) -> Iterator[Finding]:
    def problem(key: str) -> dict[str, str]:
        return {"problem": t(f"check.recipients.{key}", lang)}

    label, items = paras[0], paras[1:]
    head = label.text.rstrip()
    if fold(head).startswith("noi nh") and not head.endswith(":"):
        yield Finding(label, 0, len(head), problem("colon"), suggestion=head + ":")
    if not items:
        return
    for i, p in enumerate(items):
        text = _own(p).strip()
        last = i == len(items) - 1
        lead = len(p.text) - len(p.text.lstrip())
        if text[:1] not in "-+":
            yield Finding(p, lead, lead + 1, problem("dash"),
                          suggestion="- " + text.lstrip("–—•·* "))
        end = text[-1:]
        nxt = items[i + 1].text.strip()[:1] if not last else ""
        if last:
            if not _LUU.match(fold(text)):
                yield Finding(p, *_end(p), problem("last"))
            elif end != ".":
                yield Finding(p, *_end(p), problem("last_dot"),
                              suggestion=text.rstrip(";,.: ") + ".")
        elif end == ":" and nxt == "+":
            continue
        elif end != ";":
            yield Finding(p, *_end(p), problem("semicolon"),
                          suggestion=text.rstrip(";,.: ") + ";")


def _missing(outline: Outline) -> Iterator[Finding]:
    have = formal.squash(" ".join(p.text for p in outline.recipients))
    closing = outline.closing
    for a, b, name in formal.closing_targets(closing.text):
        key = formal.squash(name)
        if len(key) < 4 or key in have:
            continue
        yield Finding(closing, a, b, {"body": name})
