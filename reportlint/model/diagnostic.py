"""The finding model shared by every check and every output format."""

from __future__ import annotations

from dataclasses import asdict, dataclass

SEVERITIES = ("error", "warning", "info")
RANK = {"error": 0, "warning": 1, "info": 2}


def lowest(severity: str, cap: str | None) -> str:
    """The lower of a rule's severity and a finding's cap (None: no cap)."""
    if cap is None or RANK[cap] <= RANK[severity]:
        return severity
    return cap


@dataclass(frozen=True)
class TextEdit:
    """Replace the text from (line, column) to (end_line, end_column), which read `old`, with `text`."""

    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    old: str
    text: str


@dataclass(frozen=True)
class Related:
    """Another place a finding rests on: a part of the total, the base of a percentage."""

    role: str  # total, part, percentage, base, change
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Diagnostic:
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
        d = asdict(self)
        del d["fix"]
        if d["page"] is None:  # only a PDF has pages: other outputs keep their shape
            del d["page"]
        if not d["related"]:  # only a claim's finding rests on other figures
            del d["related"]
        return d

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, RANK.get(self.severity, 3), self.rule)
