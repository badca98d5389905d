"""What a check reports (a `Finding`) and how to repair it (a `Fix`), in paragraph offsets.

A check yields Findings; the linter turns each into a `Diagnostic` in file coordinates.
A Finding may carry a Fix, as sqlfluff's LintFix: the check that found the problem is the
one that knows the safe repair, so `--fix` applies edits without knowing any rule.
"""

from types import MappingProxyType
from typing import Any, Mapping, NamedTuple

from reportlint.model.diagnostic import TextEdit
from reportlint.model.document import Paragraph


class Edit(NamedTuple):
    """Replace `para.text[start:end]` (which read `old` when found) with `text`."""

    start: int
    end: int
    old: str
    text: str


class Fix(NamedTuple):
    """A safe repair: edits that cannot change the meaning."""

    edits: tuple[Edit, ...]

    @classmethod
    def replace(cls, para: Paragraph, start: int, end: int, text: str) -> "Fix":
        """One replacement of `para.text[start:end]`."""
        return cls((Edit(start, end, para.text[start:end], text),))

    def in_file(self, para: Paragraph) -> tuple[TextEdit, ...]:
        """The edits in 1-based file positions (a .docx paragraph number counts as a line)."""
        out = []
        for e in self.edits:
            line, col, end_line, end_col = para.span(e.start, e.end)
            out.append(TextEdit(line, col, end_line, end_col, e.old, e.text))
        return tuple(out)


NO_ARGS: Mapping[str, Any] = MappingProxyType({})  # the default `args`, shared: so it cannot be changed


class Finding(NamedTuple):
    """What a check reports: a span of a paragraph and the values for the message.

    `severity` can only lower the rule's severity, and only to the value of one of the
    kind's declared options (e.g. `far_severity`): severity belongs to the rule and the
    config, so a check never hard-codes one.
    """

    para: Paragraph
    start: int
    end: int
    args: Mapping[str, Any] = NO_ARGS
    severity: str | None = None  # at most this (the lower of it and the rule's wins)
    suggestion: str | None = None
    evidence: str | None = None
    fix: Fix | None = None
    related: tuple[tuple[str, Paragraph, int, int], ...] = ()  # (role, paragraph, start, end) of the figures it rests on


class SeriesFinding(NamedTuple):
    """What a cross-report check reports: a place in one report of the series."""

    path: str
    at: dict[str, int]  # line, column, end_line, end_column (as the facts store them)
    args: Mapping[str, Any] = NO_ARGS
    severity: str | None = None  # at most this, as for Finding
    suggestion: str | None = None
    evidence: str | None = None
