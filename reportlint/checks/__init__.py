"""Rule kinds: one module per kind, registered in `KINDS`.

A kind is code; a rule is YAML in rules/ that picks a kind and gives it options, a
message and a severity. Each kind module defines, like a yamllint rule:

- ``KIND``: its name, as written in rule files;
- ``OPTIONS``: the options it accepts, with their defaults (the type of a default is
  the type an option must have);
- ``check(outline, options)``: a generator of `Finding`s;
- its docstring, which documents it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from ..document import Paragraph

# kind name -> module name; imported on first use
_MODULES = {
    "numbering": "numbering",
    "duplicate_line": "duplicate_line",
    "repeated_word": "repeated_word",
    "brackets": "brackets",
}


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


def kind_names() -> list[str]:
    return sorted(_MODULES)


def get_kind(name: str) -> ModuleType | None:
    mod = _MODULES.get(name)
    return importlib.import_module(f"{__name__}.{mod}") if mod else None


def register(name: str, module: str) -> None:
    """Add a kind implemented in reportlint.checks.<module> (used by new kind modules' tests)."""
    _MODULES[name] = module
