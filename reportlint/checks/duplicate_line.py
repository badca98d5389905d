"""A paragraph repeated verbatim (whitespace- and case-insensitive).

Copy-paste leaves the same paragraph twice. Next to each other or in the same section
it is almost surely a mistake; far apart it is often deliberate (a plan restating a
result), so it is only worth a look; so is a title repeated (a page copied from a portal
repeats its headline as the article's first line). Headings, short lines, labels ending in ':'
(a form repeats them under each indicator), recipients and the signature are not compared; a
numbered item long enough to be a paragraph is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.model.document import Paragraph
from reportlint.analysis.markers import is_appendix, marker
from reportlint.analysis.outline import Outline, Section
from reportlint.i18n import t

KIND = "duplicate_line"
OPTIONS = {"min_chars": 40, "min_words": 6, "far_severity": "info"}

def _body(p: Paragraph) -> tuple[str, int, int]:
    """The text of a paragraph compared, before casefolding (no list marker, single spaces), where it
    starts, and its spaces (casefold keeps them: its key has as many, and one word more)."""
    text = p.text
    m = marker(text)
    start = m.end if m else 0
    body = text[start:]
    # a paragraph is joined by single spaces: then the split and join would give it back
    # (printable text has no whitespace but ' ')
    if not (body.isprintable() and "  " not in body and body[:1] != " " and body[-1:] != " "):
        body = " ".join(body.split())
    body = body.rstrip(" .;:,")
    return body, start, body.count(" ")


def _title(p: Paragraph) -> bool:
    """Whether the first paragraph reads as a title: no full stop, at most 30 words (a page
    copied from a portal repeats its headline as the article's first line: worth a look only)."""
    return not p.text.rstrip().endswith((".", ";", ":")) and len(p.text.split()) <= 30


def _in_appendix(s: Section | None) -> bool:
    """Whether a section is (in) an appendix: its forms and tables repeat their labels, at most worth a look."""
    while s is not None:
        if is_appendix(s.marker):
            return True
        s = s.parent
    return False


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    seen: dict[str, tuple[int, Paragraph]] = {}
    paras = outline.body_paragraphs()
    # (a paragraph's key, a part of its text, is shorter still than min_chars when the text is)
    bodies = [_body(p) if len(p.text) >= options["min_chars"] else None for p in paras]
    # Two paragraphs with one key have as many spaces (casefold keeps them): a paragraph whose count
    # no other one shares has no repeat, and is not casefolded (most paragraphs; half the rule's time).
    spaces = Counter(b[2] for b in bodies if b is not None)
    for i, (p, b) in enumerate(zip(paras, bodies)):
        if b is None or spaces[b[2]] < 2:
            continue
        key, start = b[0].casefold(), b[1]
        words = b[2] + 1 if key else 0  # (a key has single spaces between words: no split)
        if len(key) < options["min_chars"] or words < options["min_words"]:
            continue
        if (p.kind == "heading" or p.text.rstrip().endswith(":")) and len(key) < 2 * options["min_chars"]:
            continue  # a heading repeated in the plan part is normal; so is a label of the figures after it
        if key in seen:
            j, first = seen[key]
            section = outline.section_of.get(id(p))
            near = (i == j + 1 or section is outline.section_of.get(id(first))) \
                and not (j == 0 and _title(first)) and not _in_appendix(section)
            yield Finding(p, start, len(p.text), args={"other_line": first.lineno},
                          severity=None if near else options["far_severity"],
                          evidence=t("check.duplicate.evidence", lang_of(outline), line=first.lineno))
        else:
            seen[key] = (i, p)
