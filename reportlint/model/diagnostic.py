"""The finding model shared by every check and every output format.

The records a `reportlint check` imports are named tuples (collections.namedtuple, their
fields and types listed in the docstring) or plain classes: not dataclasses, whose import
(with `inspect`) costs ~7 ms of a pre-commit run's start-up and each class ~0.5 ms more, nor
typing.NamedTuple, whose `typing` is ~2% of a pre-commit check and each class a quarter more
than a namedtuple's (tests/test_cache.py keeps these modules out).
"""

from __future__ import annotations

from collections import namedtuple

SEVERITIES = ("error", "warning", "info")
RANK = {"error": 0, "warning": 1, "info": 2}


def lowest(severity: str, cap: str | None) -> str:
    """The lower of a rule's severity and a finding's cap (None: no cap)."""
    if cap is None or RANK[cap] <= RANK[severity]:
        return severity
    return cap


class TextEdit(namedtuple("TextEdit", "line column end_line end_column old text")):
    """Replace the text from (line, column) to (end_line, end_column), which read `old`, with `text`.

    line, column, end_line, end_column (int): end_column exclusive
    old, text (str)
    """

    __slots__ = ()


class Related(namedtuple("Related", "role line column end_line end_column")):
    """Another place a finding rests on: a part of the total, the base of a percentage.

    role (str): total, part, percentage, base, change
    line, column, end_line, end_column (int)
    """

    __slots__ = ()


class Diagnostic(namedtuple("Diagnostic", "path line column end_line end_column rule severity message "
                                          "section suggestion evidence page fix related",
                            defaults=("", None, None, None, (), ()))):
    """One finding in file coordinates, as every output format shows it (immutable: a
    changed copy is `d._replace(...)`).

    path (str)
    line, column, end_line, end_column (int)
    rule, severity, message (str)
    section (str, default "")
    suggestion, evidence (str | None, default None)
    page (int | None, default None): for a PDF, the page of `line` (its lines are numbered
        across pages)
    fix (tuple[TextEdit, ...], default ()): a safe repair, applied by --fix (not part of the outputs)
    related (tuple[Related, ...], default ()): the figures a claim finding rests on (JSON
        "related", SARIF relatedLocations)
    """

    __slots__ = ()

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
