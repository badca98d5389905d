"""The finding model shared by every check and every output format.

The records a `reportlint check` imports are NamedTuples or plain classes, not dataclasses:
importing `dataclasses` (and `inspect` with it) costs ~7 ms of a pre-commit run's start-up,
and each dataclass ~0.5 ms more to define (tests/test_cache.py keeps them out). A module that
defines NamedTuples does without `from __future__ import annotations`: typing would compile
every field's annotation from its string (~1% of a pre-commit check of three reports).
"""

from typing import NamedTuple

SEVERITIES = ("error", "warning", "info")
RANK = {"error": 0, "warning": 1, "info": 2}


def lowest(severity: str, cap: str | None) -> str:
    """The lower of a rule's severity and a finding's cap (None: no cap)."""
    if cap is None or RANK[cap] <= RANK[severity]:
        return severity
    return cap


class TextEdit(NamedTuple):
    """Replace the text from (line, column) to (end_line, end_column), which read `old`, with `text`."""

    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    old: str
    text: str


class Related(NamedTuple):
    """Another place a finding rests on: a part of the total, the base of a percentage."""

    role: str  # total, part, percentage, base, change
    line: int
    column: int
    end_line: int
    end_column: int


class Diagnostic(NamedTuple):
    """One finding in file coordinates, as every output format shows it (immutable: a
    changed copy is `d._replace(...)`)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: str
    message: str
    section: str = ""
    suggestion: str | None = None
    evidence: str | None = None
    page: int | None = None  # for a PDF: the page of `line` (its lines are numbered across pages)
    fix: tuple[TextEdit, ...] = ()  # a safe repair, applied by --fix (not part of the outputs)
    related: tuple[Related, ...] = ()  # the figures a claim finding rests on (JSON "related", SARIF relatedLocations)

    @property
    def category(self) -> str:
        return self.rule.split(".", 1)[0]

    def to_dict(self) -> dict:
        d = self._asdict()
        del d["fix"]
        if d["page"] is None:  # only a PDF has pages: other outputs keep their shape
            del d["page"]
        if not d["related"]:  # only a claim's finding rests on other figures
            del d["related"]
        else:
            d["related"] = tuple(r._asdict() for r in self.related)
        return d

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, RANK.get(self.severity, 3), self.rule)
