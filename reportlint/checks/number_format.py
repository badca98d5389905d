"""A number whose digit grouping neither style reads: "19.94,67 tỷ đồng", "1.2345,6 ha".

A Vietnamese report groups thousands with "." and marks decimals with ","; an English-style
one does the reverse. A literal holding both marks whose groups before the decimal mark are
not of three digits after the first ("19.94,67": a digit lost or a mark typed in the wrong
place) is a slip no reading makes a number: the arithmetic rules cannot check it, so the
reviewer is told. A literal with one kind of mark only is left alone ("1.2.3" numbers
sections, "1,2" lists clauses: "khoản 1,2 Điều 5") unless a unit of measure follows it and
its groups after the first are not of three digits: "làm mới 1.205.37 km đường" is no figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlint.checks import Finding, paragraphs_matching
from reportlint.analysis.outline import Outline
from reportlint.analysis.claims.model import measure
from reportlint.text.letters import fold
from reportlint.text.numbers import readings

KIND = "number_format"
OPTIONS: dict = {}

# digits with marks between them, not inside a code or a date ("QH13", "1.2,3/2024"): one pattern per
# first mark, each opening with it (a pattern opening with a literal is scanned for fast, with a class not)
_TWO_MARKS = (re.compile(r"\.(?<=[0-9]\.)[0-9]+[.,][0-9]"), re.compile(r",(?<=[0-9],)[0-9]+[.,][0-9]"))
# (a digit first: the engine skips to the digits, as numbers.LITERAL does)
_MARKED = re.compile(r"[0-9](?<![\w.,/][0-9])[0-9]*(?:[.,][0-9]+)+(?![0-9/])")


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    for p in paragraphs_matching(outline, *_TWO_MARKS):  # (most paragraphs: no figure with two marks)
        text = p.text
        for m in _MARKED.finditer(text):
            lit = m.group()
            if "." in lit and "," in lit and not readings(lit) or _dots_before_a_measure(p.text, m, lit):
                yield Finding(p, m.start(), m.end(), args={"number": lit})


def _dots_before_a_measure(text: str, m: re.Match, lit: str) -> bool:
    """'1.205.37 km', '3.418.6 ha': two dots or more, a group after the first not of three
    digits, and a unit of measure right after (a section number, '1.2.3', has a title after)."""
    groups = lit.split(".")
    if "," in lit or len(groups) < 3 or all(len(g) == 3 for g in groups[1:]):
        return False
    unit = fold(text[m.end():m.end() + 12]).split()
    return bool(unit) and measure(unit[0]) != ""
