"""Claims a report makes about its own numbers, and their verdicts (DESIGN.md §5).

A claim relates quantities of the text: a total and its parts ("12.914 hồ sơ (10.769 trực
tiếp, 2.145 trực tuyến)", "…, trong đó …", "gồm:" with bullets), a percentage and the two
figures it is computed from (a share of a total, a fraction a/b, a plan, a growth). Precision
first: when the shape is unclear, there is no claim.

- `vocabulary`: the cue words, from rules/claims.yaml;
- `model`: Quantity, Claim, Verdict;
- `scope`: a paragraph prepared once (quantities, parentheses, clauses), linear in its length;
- `listing`, `relations`: the extractors of listings, fractions, growth and stated bases
  (`totals`: which count an intro word lists; `items`: the parts after it; `accordingly`: a
  sentence 'Theo đó, ...' that details the one before); `rates`: rates named in words, caseload
  rates, shares of a known partition or ending with the rest;
  `comparisons`: plans, earlier periods, stated changes, remainders, multiples and averages;
  `bases`: a share's base beyond its clause (earlier in the sentence, the sentence or bullet
  before, a base the words after the percentage name); `extraction`: which paragraphs, which
  style, in order;
- `verdict`: interval arithmetic.

`analyse(outline)` extracts and evaluates the claims of an outline once, for the checks and
for --explain.
"""

from __future__ import annotations

from reportlint.analysis.claims.extraction import EXTRACTORS, extract
from reportlint.analysis.claims.model import Claim, Quantity, Verdict
from reportlint.analysis.claims.verdict import evaluate
from reportlint.analysis.markers import marker

__all__ = ["Claim", "EXTRACTORS", "Quantity", "Verdict", "analyse", "evaluate", "extract"]


def analyse(outline) -> list[tuple[Claim, Verdict]]:
    """Claims of an outline's running text with their verdicts, computed once per outline."""
    return outline.derive("claims", lambda: _analyse(outline))


def _analyse(outline) -> list[tuple[Claim, Verdict]]:
    paras = outline.body_paragraphs()
    return [(c, evaluate(c)) for c in extract(paras, None, [_numbering_end(p.text) for p in paras])]


def _numbering_end(text: str) -> int:
    """Where the paragraph's numbering ("1.", "2.1", "a)") ends: its numbers are no claim's."""
    m = marker(text)
    return m.end if m and m.kind != "BULLET" else 0
