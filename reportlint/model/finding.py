"""What a check reports (a `Finding`) and how to repair it (a `Fix`), in paragraph offsets.

A check yields Findings; the linter turns each into a `Diagnostic` in file coordinates.
A Finding may carry a Fix, as sqlfluff's LintFix: the check that found the problem is the
one that knows the safe repair, so `--fix` applies edits without knowing any rule.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Mapping
from types import MappingProxyType

from reportlint.model.diagnostic import TextEdit
from reportlint.model.document import Paragraph

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any


class Edit(namedtuple("Edit", "start end old text")):
    """Replace `para.text[start:end]` (which read `old` when found) with `text`.

    start, end (int)
    old, text (str)
    """

    __slots__ = ()


class Fix(namedtuple("Fix", "edits")):
    """A safe repair: edits that cannot change the meaning.

    edits (tuple[Edit, ...])
    """

    __slots__ = ()

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


class Finding(namedtuple("Finding", "para start end args severity suggestion evidence fix related",
                         defaults=(NO_ARGS, None, None, None, None, ()))):
    """What a check reports: a span of a paragraph and the values for the message.

    `severity` can only lower the rule's severity, and only to the value of one of the
    kind's declared options (e.g. `far_severity`): severity belongs to the rule and the
    config, so a check never hard-codes one.

    para (Paragraph)
    start, end (int)
    args (Mapping[str, Any], default NO_ARGS)
    severity (str | None, default None): at most this (the lower of it and the rule's wins)
    suggestion, evidence (str | None, default None)
    fix (Fix | None, default None)
    related (tuple[tuple[str, Paragraph, int, int], ...], default ()): (role, paragraph, start,
        end) of the figures it rests on
    """

    __slots__ = ()


class SeriesFinding(namedtuple("SeriesFinding", "path at args severity suggestion evidence",
                               defaults=(NO_ARGS, None, None, None))):
    """What a cross-report check reports: a place in one report of the series.

    path (str)
    at (dict[str, int]): line, column, end_line, end_column (as the facts store them)
    args (Mapping[str, Any], default NO_ARGS)
    severity (str | None, default None): at most this, as for Finding
    suggestion, evidence (str | None, default None)
    """

    __slots__ = ()
