r"""The library API the command line, the audit and the tests use.

Lint a string, a file or a loaded Document, get `Diagnostic`s, render them:

>>> from reportlint import api
>>> text = "I. KẾT QUẢ\n- Ban hành các các văn bản.\n"
>>> diags = api.lint_text(text)
>>> [(d.line, d.column, d.rule, d.severity) for d in diags]
[(1, 1, 'header.missing-parts', 'info'), (2, 12, 'duplicate.word', 'warning')]
>>> print(api.render(diags[1:], "concise"), end="")
<string>:2:12: warning duplicate.word 'các' is typed twice: 'các các'
>>> print(api.lint_text(text, lang="vi")[1].message)
Từ 'các' bị gõ lặp: 'các các'

- `lint_text(text, path, markdown, config, lang)`, `lint_path(path, config, lang)` and
  `lint_document(doc, config)` return the diagnostics of one report, sorted by position.
- `check_file(path, config)` never raises for a bad file: the reason is in `.error`.
- `render(results, format, out, lang, **options)` writes (or, with out=None, returns) the
  output of the command line's `--format` (text, json, jsonl, concise, sarif, github);
  results are FileResults (from `check_file`) or plain Diagnostics.
- Configuration: `load_config(path)` (None: the defaults; else a .reportlint.yaml or
  pyproject.toml), then adjust `select`, `ignore`, `lang`, `today` on the Config (or on a
  copy: `config.replace(lang="vi")`), or lay `Overrides` over it as the command line does.
- Unreadable input raises `LoadError` (a one-line reason: `str(e)` in English,
  `e.message("vi")` in Vietnamese); inputs beyond the limits in reportlint/limits.py are
  refused the same way.
"""

from __future__ import annotations

import datetime as _datetime
import gc as _gc
from collections import namedtuple
from collections.abc import Iterable
from os import PathLike

from reportlint.checks import Finding, get_kind, is_cross_report
from reportlint.config import Config, load_config
from reportlint.errors import LoadError, RuleError
from reportlint.model.diagnostic import RANK, Diagnostic, lowest, Related
from reportlint import limits
from reportlint.model.document import Document, Paragraph
from reportlint.ruleset import Rule

__all__ = ["lint_text", "lint_path", "lint_document", "check_file", "render", "load_config", "Overrides",
           "Config", "Diagnostic", "Document", "LoadError", "RuleError", "to_diagnostic"]

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TextIO
    from reportlint.analysis.outline import Outline
    from reportlint.render import FileResult


def lint_document(doc: Document, config: Config | None = None, outline: "Outline | None" = None) -> list[Diagnostic]:
    """Run every active rule of `config` on a loaded Document."""
    with _NoCycleCollection():
        return _lint(doc, config or load_config(None), outline)


class _NoCycleCollection:
    """The cyclic garbage collector paused for one report (~10% of a lint's time).

    A lint allocates many short-lived objects, freed by reference counting (an outline
    has no reference cycles); the collector would only walk the long-lived word tables
    again and again. It resumes, as the caller had it, when the report is done. (A class,
    not contextlib.contextmanager: a check imports no contextlib.)
    """

    def __enter__(self) -> None:
        self.enabled = _gc.isenabled()
        _gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            _gc.enable()


def _lint(doc: Document, config: Config, outline: "Outline | None") -> list[Diagnostic]:
    from reportlint.analysis.outline import build  # imported here: the audit's parent process never lints

    outline = outline or build(doc)
    outline.settings.setdefault("today", config.today or _datetime.date.today())
    outline.settings.setdefault("lang", config.lang)
    out: list[Diagnostic] = []
    kinds: dict[str, str] = {}  # rule id -> its kind, for the findings two kinds make of one slip
    for rule in config.active_rules(doc.path):
        kind = get_kind(rule.kind)
        if is_cross_report(kind):  # compares a series of reports: the audit runs it
            continue
        kinds[rule.id] = rule.kind
        # a garbage input must not print a million lines: stop the rule, say so once
        found, more = limits.take(kind.check(outline, rule.options), limits.MAX_FINDINGS_PER_RULE)
        for f in found:
            d = to_diagnostic(f, rule, outline, config.lang)
            if not any(s.covers(d.rule, d.line) for s in doc.suppressions):
                out.append(d)
        if more:
            out.append(_stopped(doc.path, rule, limits.MAX_FINDINGS_PER_RULE, config.lang))
    out = _without_echoes(_one_finding_per_slip(out, kinds))
    if doc.decoding and doc.decoding.whole_file:  # a file in legacy bytes: an edit could not be written back as read
        out = [d._replace(fix=()) if d.fix else d for d in out]
    out.sort(key=Diagnostic.sort_key)
    return out


#: Categories whose findings on a pasted copy only repeat the original's: the copy is one mistake.
_ECHOED = ("arithmetic", "percentage", "table")


def _without_echoes(diags: list[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics without the figure findings inside a paragraph `duplicate.line` found
    pasted twice: the reviewer deletes the copy, and its figures with it."""
    copies = [(d.line, d.end_line) for d in diags if d.rule == "duplicate.line"]
    if not copies:
        return diags
    return [d for d in diags if not (d.rule.split(".")[0] in _ECHOED
                                     and any(a <= d.line <= b for a, b in copies))]


def _one_finding_per_slip(diags: list[Diagnostic], kinds: dict[str, str]) -> list[Diagnostic]:
    """A slip that a confusion rule (or the tone-placement rule) and typo.word or typo.syllable
    both find ('Lông nghiệp', 'xã hôi', 'tặng qùa', 'ăngten') is reported once: by the more severe
    finding, and on a tie by the named class of mistake (often a safe fix). So a near miss, a
    guess at info, gives way to typo.word's warning."""
    words = [d for d in diags if kinds.get(d.rule) in ("word", "syllable")]
    confusions = [d for d in diags if kinds.get(d.rule) in ("confusion", "tone_placement")]
    dropped = {id(c) if RANK[w.severity] < RANK[c.severity] else id(w)
               for w in words for c in confusions
               if w.line == c.line and w.column < c.end_column and c.column < w.end_column}
    return [d for d in diags if id(d) not in dropped] if dropped else diags


def _stopped(path: str, rule: Rule, limit: int, lang: str) -> Diagnostic:
    from reportlint.i18n import t

    return Diagnostic(path=path, line=1, column=1, end_line=1, end_column=1, rule=rule.id, severity="info",
                      message=t("limit.findings", lang, rule=rule.id, limit=limit))


def to_diagnostic(f: Finding, rule: Rule, outline: "Outline", lang: str = "en") -> Diagnostic:
    line, col, end_line, end_col = f.para.span(f.start, f.end)
    return Diagnostic(
        path=outline.document.path, line=line, column=col, end_line=end_line, end_column=end_col,
        rule=rule.id, severity=lowest(rule.severity, f.severity), message=rule.format(f.args, lang),
        section=outline.section_path(f.para), suggestion=f.suggestion, evidence=f.evidence,
        page=_page(f.para, line) if outline.document.format == "pdf" else None,
        fix=f.fix.in_file(f.para) if f.fix else (),
        related=tuple(Related(role, *para.span(start, end)) for role, para, start, end in f.related),
    )


def _page(para: Paragraph, lineno: int) -> int | None:
    """The page of a PDF line (the loader notes it as the line's origin, "page 2")."""
    for ln in para.lines:
        if ln.lineno == lineno and ln.origin.startswith("page "):
            return int(ln.origin[5:])
    return None


def _with_lang(config: Config | None, lang: str | None) -> Config | None:
    if lang is None:
        return config
    return (config or load_config(None)).replace(lang=lang)


def lint_path(path: str | PathLike, config: Config | None = None, lang: str | None = None) -> list[Diagnostic]:
    """Load and lint one report file (.txt, .md, .docx). Raises loaders.LoadError on unreadable input."""
    from reportlint.loaders import load

    return lint_document(load(path), _with_lang(config, lang))


def lint_text(text: str, path: str = "<string>", markdown: bool = False, config: Config | None = None,
              lang: str | None = None) -> list[Diagnostic]:
    """Lint report text given as a string (`markdown=True` strips Markdown markup first)."""
    from reportlint.loaders.text import from_text
    from reportlint.errors import LimitError
    from reportlint.limits import check_document

    doc = from_text(text, path, markdown)
    try:
        check_document(doc)
    except LimitError as e:
        raise LoadError(e.key, **e.fields) from None
    return lint_document(doc, _with_lang(config, lang))


def check_file(path: str | PathLike, config: Config | None = None, lang: str | None = None) -> "FileResult":
    """Lint one file into a FileResult (diagnostics and source lines); a bad file gives `.error`, never an exception."""
    from reportlint.loaders import load
    from reportlint.render import FileResult

    config = _with_lang(config, lang)
    try:
        doc = load(path)
    except LoadError as e:
        return FileResult(str(path), error=e.message(config.lang if config else "en"))
    return FileResult(str(path), lint_document(doc, config), source=doc.source)


def render(results: "Iterable[FileResult | Diagnostic]", format: str = "text", out: TextIO | None = None,
           lang: str = "en", **options: object) -> str | None:
    """Write results in an output format (text, json, jsonl, concise, sarif, github).

    `results` are FileResults (from `check_file`) or Diagnostics (grouped by path; without
    the source lines the text format shows no context). With `out=None` the output is
    returned as a string. Options: color, quiet, summary (text); rules (sarif: the rules
    that ran, default the built-in ones).
    """
    import importlib
    import io

    module = importlib.import_module("reportlint.render").get(format)  # not `from ... import render`: this function shadows it
    files = _as_results(results)
    target = io.StringIO() if out is None else out
    module.render(files, target, lang=lang, **options)
    return target.getvalue() if out is None else None


def _as_results(items: "Iterable[FileResult | Diagnostic]") -> "list[FileResult]":
    from reportlint.render import FileResult

    files: list[FileResult] = []
    by_path: dict[str, FileResult] = {}
    for item in items:
        if isinstance(item, Diagnostic):
            if item.path not in by_path:
                by_path[item.path] = FileResult(item.path)
                files.append(by_path[item.path])
            by_path[item.path].diagnostics.append(item)
        else:
            files.append(item)
    return files


class Overrides(namedtuple("Overrides", "config select extend_select ignore lang today",
                           defaults=(None, None, (), (), None, None))):
    """Command-line settings laid over every config a run finds: `check` and the audit
    workers apply them the same way (picklable, for worker processes).

    config (str | None, default None): --config FILE, replaces discovery
    select (tuple[str, ...] | None, default None)
    extend_select, ignore (tuple[str, ...], default ())
    lang (str | None, default None)
    today (datetime.date | None, default None)
    """

    __slots__ = ()

    def apply(self, config: Config) -> Config:
        """A copy of `config` with these settings; an unknown rule or category is a RuleError."""
        known = {r.id for r in config.rules} | {r.category for r in config.rules} | {"ALL", "all"}
        for name in (self.select or ()) + self.extend_select + self.ignore:
            if name not in known:
                raise RuleError("", "error.unknown_rule", name=name)
        return config.replace(select=list(self.select) if self.select is not None else config.select,
                              extend_select=config.extend_select + list(self.extend_select),
                              ignore=config.ignore + list(self.ignore), lang=self.lang or config.lang,
                              today=self.today or config.today)
