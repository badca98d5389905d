"""`reportlint check`: lint reports and print what looks wrong (exit 0, 1 or 2)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from reportlint.commands.common import Session, find_reports, overrides, refuse_overwriting_inputs
from reportlint.errors import UsageError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any
    from reportlint.render import FileResult


def run(args: Any, session: Session) -> int:
    """Check every report named or found under args.paths; the exit status."""
    from reportlint.analysis.outline import build
    from reportlint.api import lint_document
    from reportlint.errors import LoadError
    from reportlint.loaders import load
    from reportlint.render import FileResult

    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    baseline = _read_baseline(args.baseline, session) if args.baseline else None
    config_for = _configs(args)
    found = find_reports(session, args.paths or ["."], keep_given=True)
    _check_outputs(args, fmt, found.files, session)
    stream = fmt == "jsonl"  # written file by file, as it is checked
    outlines: dict = {}  # path -> Outline, for --format html's side navigation
    results: list[FileResult] = []
    records: list[dict] = []  # --write-baseline
    ran: dict = {}  # rule id -> Rule, for the SARIF rule list
    lang = args.lang

    def done(result: FileResult) -> None:
        if result.error is not None:
            print(session.t("error.prefix") + result.error, file=sys.stderr)
        if stream:
            from reportlint.render.jsonl import render_file

            render_file(result, sys.stdout)
        results.append(result)

    for folder, reason in found.errors:
        done(FileResult(folder, error=session.t("error.unreadable_dir", path=folder, reason=reason)))
    for f in found.files:
        cfg = config_for(f)
        lang = lang or cfg.lang
        session.lang = args.lang or cfg.lang
        if cfg.excluded(str(f)):
            continue
        ran.update((r.id, r) for r in cfg.active_rules(str(f)))
        try:
            doc = load(f)
        except LoadError as e:
            done(FileResult(str(f), error=e.message(session.lang)))
            continue
        outline = build(doc)
        diags = lint_document(doc, cfg, outline)
        if args.fix or args.diff:
            diags = _fix(args, doc, diags, args.lang or cfg.lang)
        result = FileResult(str(f), diags, source=doc.source)
        if args.explain:
            _explain(outline, cfg, result, fmt, _color(args))
        if args.write_baseline:
            from reportlint.baseline import entries

            records.extend(entries(result.path, diags, doc.source))
        if baseline is not None:
            result.diagnostics, result.suppressed = baseline.filter(result.path, diags, doc.source)
        if args.annotate is not None:
            _annotate(args, f, result.diagnostics, session)
        if fmt == "html":
            outlines[result.path] = outline
        done(result)
    if args.write_baseline:
        _write_baseline(args.write_baseline, records, session)
    if fmt == "html":
        _render_html(args, results, lang or "en", outlines, session)
    elif not stream and not args.write_baseline:  # the baseline's one line says what was recorded
        _render(args, fmt, results, lang or "en", list(ran.values()))
    return _exit_status(args, results)


def _exit_status(args: Any, results: list) -> int:
    if any(r.error for r in results):
        return 2
    if args.exit_zero or args.write_baseline:
        return 0
    bad = {"error", "warning"} if args.strict else {"error"}
    return 1 if any(d.severity in bad for r in results for d in r.diagnostics) else 0


def _configs(args: Any) -> Callable[[Path], Any]:
    """A function path -> Config: the nearest config file (or --config), loaded once per
    file, with the command-line settings laid over it."""
    from reportlint.config import discover, load_config
    from reportlint.errors import RuleError

    settings = overrides(args)
    cache: dict[Path | None, Any] = {}

    def get(path: Path) -> Any:
        try:
            where = args.config if args.config else discover(path)
        except (OSError, RuntimeError):  # a symlink loop (RuntimeError on Python 3.10): look from its folder
            where = discover(path.parent)
        if where not in cache:
            try:
                cache[where] = settings.apply(load_config(where))
            except RuleError as e:
                raise UsageError(e.message(args.lang or "en")) from None
        return cache[where]

    return get


def _check_outputs(args: Any, fmt: str, files: list[Path], session: Session) -> None:
    """Refuse --annotate/-o/--write-baseline combinations that cannot be honoured, before any work.

    -o replaces its file atomically, as ruff does: an earlier page is the tool's own output.
    An annotated copy is not replaced without --force: a reviewer may have written in it.
    No output ever replaces an input, --force or not.
    """
    if args.output is not None and fmt != "html":
        raise UsageError(session.t("error.output_needs_html"))
    annotate = Path(args.annotate) if args.annotate else None
    if annotate and not args.paths:
        raise UsageError(session.t("error.annotate_needs_report"))
    if annotate and sum(f.suffix.lower() == ".docx" for f in files) > 1:
        raise UsageError(session.t("error.annotate_one_out"))
    refuse_overwriting_inputs(session, (args.output, args.write_baseline, annotate), files)
    if args.force and args.output is not None and args.annotate is None:
        session.note(session.t("note.force_not_needed"))
    if annotate is not None and annotate.exists() and not args.force:
        raise UsageError(session.t("error.exists", path=annotate))


def _annotate(args: Any, path: Path, diags: list, session: Session) -> None:
    """--annotate: the reviewed copy of one .docx (other formats are told and skipped)."""
    if path.suffix.lower() != ".docx":
        print(session.t("note.annotate_not_docx", path=path), file=sys.stderr)
        return
    from reportlint.render.annotate import AnnotateError, annotate

    try:
        done = annotate(path, diags, args.annotate or None, force=args.force, lang=session.lang)
    except AnnotateError as e:
        raise UsageError(str(e)) from None
    print(session.t("note.annotated", path=done.path, count=done.comments), file=sys.stderr)


def _render_html(args: Any, results: list, lang: str, outlines: dict, session: Session) -> None:
    """--format html: one self-contained page, to -o FILE (atomically) or standard output."""
    import io

    from reportlint.atomic import write_atomic
    from reportlint.render.html import render

    if args.output is None:
        render(results, sys.stdout, lang=lang, outlines=outlines)
        return
    buf = io.StringIO()
    render(results, buf, lang=lang, outlines=outlines)
    try:
        write_atomic(args.output, buf.getvalue())
    except OSError as e:
        raise UsageError(session.t("error.cannot_write", path=args.output, reason=e.strerror or e)) from None


def _read_baseline(path: Path, session: Session) -> Any:
    from reportlint.baseline import Baseline, BaselineError

    try:
        return Baseline.load(path)
    except BaselineError as e:
        raise UsageError(session.t("error.baseline", path=path, reason=e)) from None


def _write_baseline(path: Path, records: list[dict], session: Session) -> None:
    from reportlint.baseline import write

    try:
        write(path, records)
    except OSError as e:
        raise UsageError(session.t("error.baseline_write", path=path, reason=e.strerror or e)) from None
    print(session.t("note.baseline_written", count=len(records), path=path), file=sys.stderr)


def _fix(args: Any, doc: Any, diags: list, lang: str) -> list:
    """Apply (or show, with --diff) the safe fixes; return what is left to report."""
    from reportlint.fix import fix_document

    return fix_document(doc, diags, write=args.fix and not args.diff, out=sys.stdout, lang=lang)


def _render(args: Any, fmt: str, results: list, lang: str, rules: list) -> None:
    from reportlint.api import render

    render(results, fmt, sys.stdout, lang=lang, color=_color(args), quiet=args.quiet, summary=not args.no_summary,
           rules=rules)


def _color(args: Any) -> bool:
    """--color: an explicit choice wins over NO_COLOR (as NO_COLOR's own text asks); auto
    colours a terminal unless NO_COLOR is set."""
    if args.color != "auto":
        return args.color == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _explain(outline, cfg, result: FileResult, fmt: str, color: bool) -> None:
    """Every claim checked, section by section (--explain); with --format json, in "claims"."""
    from reportlint.render.explain import records, render_document

    if fmt == "json":
        result.claims = records(outline)
    else:
        render_document(outline, cfg, sys.stdout, color=color)
