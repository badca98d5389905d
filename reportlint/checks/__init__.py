"""Rule kinds: one module per kind, registered by the `KIND` it declares.

A kind is code; a rule is YAML in rules/ that picks a kind and gives it options, a
message and a severity. Each kind module defines, like a yamllint rule:

- ``KIND``: its name, as written in rule files (the registry key);
- ``OPTIONS``: the options it accepts, with their defaults. The default shows the type
  an option must have: a list default is a list of strings (or of the type of its first
  item), a dict default maps strings to values of the type of its first value;
- ``CHOICES`` (optional): the values an option may take, e.g. ``{"check": ("gap", ...)}``.
  An option named ``*_severity`` may take a severity. Such an option is the only way a
  check lowers a finding's severity (a finding's severity is a cap below the rule's);
- ``check(outline, options)``: a generator of `Finding`s, each with an optional `Fix`;
- ``validate(options)`` (optional): raise ValueError for options no declaration can refuse;
- its docstring, which documents it.

Language. A rule's message is a template in both languages (`message`, `message_vi`);
any text a check writes itself -- the evidence, a problem or reason it puts into the
message's arguments -- is an entry of reportlint.i18n, said in the report's language:
``t("check.<kind>.<what>", lang_of(outline), **values)``. One mechanism for every check,
so every such string exists in English and Vietnamese (tests/test_i18n.py holds it) and
a message template uses the same argument names in both languages. Report text quoted in
a check's English text stays in quotes ('...'), so a reader sees what is the report's.
A cross-report check is run without a language: its evidence is places and quoted report
text only, and any other words go into `args` for the message templates.

A *cross-report* kind (rules in rules/series.yaml) sets ``CROSS_REPORT = True`` and has
``check_series(series, options)`` instead of ``check``: it reads the stored facts of one
body's reports (analysis/series.py) and yields `SeriesFinding`s. The audit runs it over
its store; a single-report lint skips it.
"""

from __future__ import annotations

import importlib
import os
import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from types import ModuleType

from reportlint.model.diagnostic import SEVERITIES
from reportlint.model.finding import Finding, Fix, SeriesFinding

__all__ = ["Finding", "Fix", "SeriesFinding", "choices", "get_kind", "is_cross_report", "kind_names", "lang_of",
           "document_text", "paragraphs_matching"]


@lru_cache(maxsize=1)
def _registry() -> dict[str, ModuleType]:
    """Every kind module of this package, keyed by its declared KIND."""
    kinds: dict[str, ModuleType] = {}
    for name in _module_names():
        module = importlib.import_module(f"{__name__}.{name}")
        if module.KIND in kinds:
            raise RuntimeError(f"kind {module.KIND!r} is declared by two modules")
        kinds[module.KIND] = module
    return kinds


def _module_names() -> list[str]:
    """The modules of this package, sorted: the kinds are its .py files. (Not
    pkgutil.iter_modules, which imports `inspect`, ~6 ms of a check's start-up.)"""
    names = {f[:-3] for folder in __path__ for f in os.listdir(folder) if f.endswith(".py")}
    return sorted(n for n in names if n.isidentifier() and n != "__init__")


def lang_of(outline: object) -> str:
    """The language of the lint (config `lang`, --lang) that the linter put in the outline's settings."""
    return outline.settings.get("lang", "en")  # type: ignore[attr-defined]


def document_text(outline: object) -> tuple[str, list[int]]:
    """The text of every paragraph of the outline, one a line, and where each starts in it
    (made once per outline, for the checks that scan the whole document at once)."""
    def compute() -> tuple[str, list[int]]:
        texts = [p.text for p in outline.paragraphs]  # type: ignore[attr-defined]
        return "\n".join(texts), list(accumulate((len(t) + 1 for t in texts), initial=0))
    return outline.derive("checks.text", compute)  # type: ignore[attr-defined]


def paragraphs_matching(outline: object, *patterns: re.Pattern[str]) -> list:
    """The paragraphs in which one of `patterns` matches, in order, found by one scan of the
    document_text per pattern: a scan per paragraph costs a call each, and most paragraphs have no
    match. For patterns that match no newline and whose look-arounds read one as they read the end
    of a text. (A pattern that opens with a literal is scanned for fast: two such patterns can
    cost less than one that opens with a class.)"""
    text, starts = document_text(outline)
    found: set[int] = set()
    for pattern in patterns:
        at = 0
        while (m := pattern.search(text, at)) is not None:
            k = bisect_right(starts, m.start()) - 1
            found.add(k)
            at = starts[k + 1]  # (the next paragraph)
    paragraphs = outline.paragraphs  # type: ignore[attr-defined]
    return [paragraphs[k] for k in sorted(found)]


def is_cross_report(kind: ModuleType) -> bool:
    """Whether a kind compares the reports of a series (run by the audit, not by `check`)."""
    # (read from the module's namespace: getattr with a default raises and catches an AttributeError
    # inside for each of the ~60 per-report kinds, on every report)
    return vars(kind).get("CROSS_REPORT", False)


def kind_names() -> list[str]:
    """Every kind a rule file may name."""
    return sorted(_registry())


def get_kind(name: str) -> ModuleType | None:
    """The module implementing kind `name`; None if there is none."""
    return _registry().get(name)


def choices(kind: ModuleType) -> dict[str, tuple]:
    """The allowed values of each option of `kind` that has a fixed set of them."""
    severity = {name: SEVERITIES for name in kind.OPTIONS if name.endswith("_severity")}
    return {**severity, **getattr(kind, "CHOICES", {})}
