"""Rule kinds: one module per kind, registered in `KINDS`.

A kind is code; a rule is YAML in rules/ that picks a kind and gives it options, a
message and a severity. Each kind module defines, like a yamllint rule:

- ``KIND``: its name, as written in rule files;
- ``OPTIONS``: the options it accepts, with their defaults (the type of a default is
  the type an option must have);
- ``check(outline, options)``: a generator of `Finding`s;
- its docstring, which documents it.

A *cross-report* kind (rules in rules/series.yaml) sets ``CROSS_REPORT = True`` and has
``check_series(series, options)`` instead of ``check``: it reads the stored facts of one
body's reports (analysis/series.py) and yields `SeriesFinding`s. The audit runs it over
its store; a single-report lint skips it.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from reportlint.model.document import Paragraph

_HERE = Path(__file__).resolve().parent
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass
class Finding:
    """What a check reports: a span of a paragraph and the values for the message."""

    para: Paragraph
    start: int
    end: int
    args: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None  # overrides the rule's severity (e.g. info when far apart)
    suggestion: str | None = None
    evidence: str | None = None


@dataclass
class SeriesFinding:
    """What a cross-report check reports: a place in one report of the series."""

    path: str
    at: dict[str, int]  # line, column, end_line, end_column (as the facts store them)
    args: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None  # only ever lowers the rule's, through a declared option
    suggestion: str | None = None
    evidence: str | None = None


def is_cross_report(kind: ModuleType) -> bool:
    """Whether a kind compares the reports of a series (run by the audit, not by `check`)."""
    return getattr(kind, "CROSS_REPORT", False)


def kind_names() -> list[str]:
    """Every kind: the modules of this package (a kind is one file, named after it)."""
    return sorted(p.stem for p in _HERE.glob("*.py") if _NAME.match(p.stem))


@lru_cache(maxsize=None)
def get_kind(name: str) -> ModuleType | None:
    """The module implementing kind `name`, imported on first use; None if there is none."""
    if not _NAME.match(name) or not (_HERE / f"{name}.py").is_file():
        return None
    return importlib.import_module(f"{__name__}.{name}")
