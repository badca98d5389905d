"""The library API the CLI, the tests and the audit use."""

from __future__ import annotations

import datetime
import os

from .checks import Finding, get_kind
from .config import Config, load_config
from .diagnostic import Diagnostic
from .document import Document
from .outline import Outline, build
from .ruleset import Rule


def lint_document(doc: Document, config: Config | None = None, outline: Outline | None = None) -> list[Diagnostic]:
    """Run every active rule of `config` on a loaded Document."""
    config = config or load_config(None)
    outline = outline or build(doc)
    outline.settings.setdefault("today", config.today or datetime.date.today())
    outline.settings.setdefault("lang", config.lang)
    out: list[Diagnostic] = []
    for rule in config.active_rules(doc.path):
        kind = get_kind(rule.kind)
        for f in kind.check(outline, rule.options):
            d = to_diagnostic(f, rule, outline, config.lang)
            if not any(s.covers(d.rule, d.line) for s in doc.suppressions):
                out.append(d)
    out.sort(key=Diagnostic.sort_key)
    return out


def to_diagnostic(f: Finding, rule: Rule, outline: Outline, lang: str = "en") -> Diagnostic:
    line, col, end_line, end_col = f.para.span(f.start, f.end)
    return Diagnostic(
        path=outline.document.path, line=line, column=col, end_line=end_line, end_column=end_col,
        rule=rule.id, severity=f.severity or rule.severity, message=rule.format(f.args, lang),
        section=outline.section_path(f.para), suggestion=f.suggestion, evidence=f.evidence,
    )


def lint_path(path: str | os.PathLike, config: Config | None = None) -> list[Diagnostic]:
    """Load and lint one report file. Raises loaders.LoadError on unreadable input."""
    from .loaders import load

    return lint_document(load(path), config)


def lint_text(text: str, path: str = "<string>", markdown: bool = False, config: Config | None = None) -> list[Diagnostic]:
    """Lint report text given as a string."""
    from .loaders.text import from_text

    return lint_document(from_text(text, path, markdown), config)
