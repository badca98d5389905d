"""Command line: argument parsing only; the work is done by the library API."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reportlint.version import __version__
from reportlint.errors import UsageError
from reportlint.render import FORMATS

_LANG = "en"  # language of the one-line errors: --lang, else the config's 'lang' once read

EXAMPLES = """\
examples:
  reportlint check bao-cao.docx               check one report
  reportlint check reports/ --select arithmetic,structure
  reportlint check draft.md --ignore duplicate.word --strict
  reportlint check . --format json > findings.json
  reportlint check . --format sarif > reportlint.sarif   for GitHub code scanning
  reportlint check . --write-baseline baseline.json    accept today's findings...
  reportlint check . --baseline baseline.json          ...and report only new ones
  reportlint check bao-cao.docx --lang vi             messages in Vietnamese
  reportlint check bao-cao.docx --annotate            bao-cao.reviewed.docx: a Word comment per finding
  reportlint check bao-cao.md --format html -o bao-cao.html   the report with its findings highlighted
  reportlint outline bao-cao.md               show the structure reportlint understood
  reportlint rules                            list every rule

exit status: 0 no error, 1 an error was found (or a warning, with --strict),
             2 reportlint could not run (bad option, unreadable file, invalid rule file)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every usage error
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _date(value: str):
    import datetime

    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="reportlint", description="Consistency linter for official Vietnamese reports "
                "(báo cáo): sums, percentages, numbering, duplicates, brackets, signatures, spelling.",
                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"reportlint {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    c = sub.add_parser("check", help="check reports (.txt, .md, .docx) and directories of them",
                       description="Check reports and print what looks wrong.", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: the current directory)")
    c.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: text, or github when GITHUB_ACTIONS=true; "
                        "json, jsonl and sarif are documented in the README)")
    c.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write the --format html page to FILE (atomically) instead of standard output")
    c.add_argument("--annotate", nargs="?", const="", metavar="OUT",
                   help="write a copy of each .docx with a Word comment at every finding "
                        "(default OUT: REPORT.reviewed.docx next to it; the input is never changed)")
    c.add_argument("--force", action="store_true", help="let --annotate and -o overwrite an existing file")
    c.add_argument("--baseline", type=Path, metavar="FILE",
                   help="report only findings that are not in this baseline file (see --write-baseline)")
    c.add_argument("--write-baseline", type=Path, metavar="FILE",
                   help="record every current finding in FILE (atomically) and exit 0; later runs with "
                        "--baseline FILE then report only new findings")
    c.add_argument("--select", type=_csv, metavar="RULES", help="only these rule ids or categories, comma-separated (ALL for every rule)")
    c.add_argument("--extend-select", type=_csv, default=[], metavar="RULES", help="add rules to the selection")
    c.add_argument("--ignore", type=_csv, default=[], metavar="RULES", help="skip these rule ids or categories")
    c.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when errors are found")
    c.add_argument("-q", "--quiet", action="store_true", help="one line per finding, no context, no summary")
    c.add_argument("--no-summary", action="store_true", help="do not print the summary line")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the output (default: auto)")
    c.add_argument("--config", type=Path, metavar="FILE",
                   help="use this .reportlint.yaml or pyproject.toml instead of discovering one next to each file")
    c.add_argument("--lang", choices=("en", "vi"), help="language of the messages (default: en, or 'lang' in the config)")
    c.add_argument("--today", type=_date, metavar="YYYY-MM-DD",
                   help="the date to compare report dates with (default: today); for checking old reports")
    c.add_argument("--explain", action="store_true",
                   help="also list every total and percentage checked, with its computation (✓ or ✗)")
    c.add_argument("--fix", action="store_true",
                   help="apply safe fixes to .txt and .md files in place (atomically); the rest is reported")
    c.add_argument("--diff", action="store_true", help="show the fixes as a unified diff; write nothing")

    o = sub.add_parser("outline", help="print the structure reportlint reads in a report",
                       description="Print the header, title, numbered sections, closing, recipients and signature.")
    o.add_argument("path", metavar="FILE")

    r = sub.add_parser("rules", help="list the rules, or explain one", description="List every rule, or explain one.")
    r.add_argument("rule", nargs="?", metavar="RULE_ID")
    r.add_argument("--config", type=Path, metavar="FILE", help="include the rules of this config file")

    a = sub.add_parser("audit", help="audit archives: lint folders in parallel into a results store",
                       description="Lint every report under the folders in worker processes, record the results "
                       "in a SQLite store (unchanged files are skipped on the next run; an interrupted run "
                       "resumes), run the cross-report checks and print a summary.")
    a.add_argument("paths", nargs="+", metavar="DIR", help="folders (or files) to audit")
    a.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: the number of CPUs)")
    a.add_argument("--scheduler", metavar="tcp://HOST:8786",
                   help="lint on this Dask cluster instead of local processes (needs reportlint[cluster])")
    a.add_argument("--db", type=Path, metavar="FILE", help="results store (default: reportlint-audit.sqlite here)")
    a.add_argument("--include", action="append", default=[], metavar="GLOB", help="only files matching (repeatable)")
    a.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="skip files or folders matching (repeatable)")
    a.add_argument("--config", type=Path, metavar="FILE", help="use this config instead of discovering one per file")
    a.add_argument("--select", type=_csv, metavar="RULES", help="only these rule ids or categories")
    a.add_argument("--extend-select", type=_csv, default=[], metavar="RULES", help="add rules to the selection")
    a.add_argument("--ignore", type=_csv, default=[], metavar="RULES", help="skip these rule ids or categories")
    a.add_argument("--lang", choices=("en", "vi"), help="language of the messages")
    a.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help="the date to compare report dates with")
    a.add_argument("--no-series", action="store_true", help="skip the cross-report checks")
    a.add_argument("--no-progress", action="store_true", help="no progress bar (it is shown only on a terminal)")
    a.add_argument("-q", "--quiet", action="store_true", help="print only the one-line result, no tables")
    a.add_argument("--export", nargs=2, metavar=("csv|json", "FILE"), help="also write the results to FILE")
    a.add_argument("--html", type=Path, metavar="FILE", help="also write a self-contained HTML report")
    a.add_argument("--exit-zero", action="store_true", help="exit 0 even when errors are found")

    m = sub.add_parser("summary", help="summarise an audit store without re-linting",
                       description="Print the summary of a results store written by 'reportlint audit'.")
    m.add_argument("--db", type=Path, metavar="FILE", help="results store (default: reportlint-audit.sqlite here)")
    m.add_argument("--top", type=int, default=15, metavar="N", help="rows in the worst-files and rules tables")
    m.add_argument("--export", nargs=2, metavar=("csv|json", "FILE"), help="write the results to FILE")
    m.add_argument("--html", type=Path, metavar="FILE", help="write a self-contained HTML report")
    m.add_argument("-q", "--quiet", action="store_true", help="no tables (with --export or --html)")
    return p


def main(argv: list[str] | None = None) -> int:
    global _LANG
    _LANG = _argv_lang(argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command == "check":
            return _check(args)
        if args.command == "outline":
            return _outline(args)
        if args.command in ("audit", "summary"):
            from reportlint.commands.audit import run

            return run(args)
        return _rules(args)
    except UsageError as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return _fail(_t("error.interrupted"), 130)
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except Exception as e:  # a bug: still one line, but say where to report it
        if os.environ.get("REPORTLINT_DEBUG"):
            raise
        return _fail(_t("error.internal", error=f"{type(e).__name__}: {e}"))


def _t(key: str, **args) -> str:
    from reportlint.i18n import t

    return t(key, _LANG, **args)


def _argv_lang(argv: list[str] | None) -> str:
    """--lang from the raw arguments, so that even a usage error speaks the chosen language."""
    argv = sys.argv[1:] if argv is None else argv
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return "en"


def _fail(message: str, code: int = 2) -> int:
    print(f"{_t('error.prefix')}{message}", file=sys.stderr)
    return code


def _collect(paths: list[str], errors: list[tuple[str, str]] | None = None) -> list[Path]:
    """Files to check: given files as they are, directories walked for reports.

    Directories that cannot be read while walking are appended to `errors` as (path, message).
    """
    from reportlint.loaders import supported

    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(_walk(p, supported, errors if errors is not None else []))
            if not found:
                raise UsageError(_t("error.no_reports", path=p))
            out.extend(found)
        elif p.exists() or p.is_symlink():
            out.append(p)  # a broken or looping link is reported by the loader, for this file only
        else:
            raise UsageError(_t("error.no_such_path", path=p))
    return out


def _walk(root: Path, supported, errors: list[tuple[str, str]]) -> list[Path]:
    """Report files under `root`, skipping hidden entries.

    Symbolic links to directories are not followed (no loops, no escaping the tree);
    links to files are kept. A directory that vanishes or cannot be read while walking is
    skipped, not fatal: an audit of a live archive must not stop on one folder.
    """
    def failed(e: OSError) -> None:
        errors.append((str(e.filename), _t("error.unreadable_dir", path=e.filename, reason=e.strerror or e)))

    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(f for f in (Path(folder) / n for n in files if not n.startswith(".") and supported(n))
                     if f.is_file())  # is_file: broken links, FIFOs and links into loops are not reports
    return found


def _configs(args):
    """A function path -> Config, discovering and caching config files."""
    from reportlint.config import Config, discover, load_config
    from reportlint.errors import RuleError

    cache: dict[Path | None, Config] = {}

    def apply_cli(cfg: Config) -> Config:
        known = {r.id for r in cfg.rules} | {r.category for r in cfg.rules} | {"ALL", "all"}
        for sel in (args.select or []) + args.extend_select + args.ignore:
            if sel not in known:
                raise UsageError(_t("error.unknown_rule", name=sel))
        if args.select is not None:
            cfg.select = args.select
        cfg.extend_select = cfg.extend_select + args.extend_select
        cfg.ignore = cfg.ignore + args.ignore
        if args.lang:
            cfg.lang = args.lang
        if args.today:
            cfg.today = args.today
        return cfg

    def get(path: Path) -> Config:
        try:
            where = args.config if args.config else discover(path)
        except (OSError, RuntimeError):  # a symlink loop (RuntimeError on Python 3.10): look from its folder
            where = discover(path.parent)
        if where not in cache:
            try:
                cache[where] = apply_cli(load_config(where))
            except RuleError as e:
                raise UsageError(str(e)) from None
        return cache[where]

    return get


def _check(args) -> int:
    global _LANG
    from reportlint.api import lint_document
    from reportlint.errors import LoadError
    from reportlint.loaders import load
    from reportlint.analysis.outline import build
    from reportlint.render import FileResult

    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    baseline = _read_baseline(args.baseline) if args.baseline else None
    config_for = _configs(args)
    walk_errors: list[tuple[str, str]] = []
    files = _collect(args.paths or ["."], walk_errors)
    stream = fmt == "jsonl"  # written file by file, as it is checked
    _check_outputs(args, fmt, files)
    outlines: dict = {}  # path -> Outline, for --format html's side navigation
    results: list[FileResult] = []
    records: list[dict] = []  # --write-baseline
    ran: dict = {}  # rule id -> Rule, for the SARIF rule list
    lang = args.lang

    def done(result: FileResult) -> None:
        if result.error is not None:
            print(_t("error.prefix") + result.error, file=sys.stderr)
        if stream:
            from reportlint.render.jsonl import render_file

            render_file(result, sys.stdout)
        results.append(result)

    for path, message in walk_errors:
        done(FileResult(path, error=message))
    for f in files:
        cfg = config_for(f)
        lang = lang or cfg.lang
        _LANG = args.lang or cfg.lang
        if cfg.excluded(str(f)):
            continue
        ran.update((r.id, r) for r in cfg.active_rules(str(f)))
        try:
            doc = load(f)
        except LoadError as e:
            done(FileResult(str(f), error=e.message(_LANG)))
            continue
        outline = build(doc)
        diags = lint_document(doc, cfg, outline)
        if args.fix or args.diff:
            diags = _fix(args, doc, diags)
        result = FileResult(str(f), diags, source=doc.source)
        if args.explain:
            _explain(outline, cfg, result, fmt)
        if args.write_baseline:
            from reportlint.baseline import entries

            records.extend(entries(result.path, diags, doc.source))
        if baseline is not None:
            result.diagnostics, result.suppressed = baseline.filter(result.path, diags, doc.source)
        if args.annotate is not None:
            _annotate(args, f, result.diagnostics, args.lang or cfg.lang)
        if fmt == "html":
            outlines[result.path] = outline
        done(result)
    if args.write_baseline:
        _write_baseline(args.write_baseline, records)
    if fmt == "html":
        _render_html(args, results, lang or "en", outlines)
    elif not stream:
        _render(args, fmt, results, lang or "en", list(ran.values()))
    if any(r.error for r in results):
        return 2
    if args.exit_zero or args.write_baseline:
        return 0
    bad = {"error", "warning"} if args.strict else {"error"}
    return 1 if any(d.severity in bad for r in results for d in r.diagnostics) else 0


def _check_outputs(args, fmt: str, files: list[Path]) -> None:
    """Refuse --annotate/-o combinations that cannot be honoured, before any work."""
    if args.output is not None and fmt != "html":
        raise UsageError("-o/--output is for --format html")
    if args.annotate and not args.paths:
        raise UsageError("--annotate OUT needs the report first: reportlint check REPORT.docx --annotate OUT")
    if args.annotate and sum(f.suffix.lower() == ".docx" for f in files) > 1:
        raise UsageError("--annotate OUT names one file, but several .docx reports are checked; "
                         "use --annotate without OUT")
    for out in (args.output, Path(args.annotate) if args.annotate else None):
        if out is not None and out.exists() and not args.force:
            raise UsageError(f"{out}: already exists; use --force to overwrite it")


def _annotate(args, path: Path, diags, lang: str) -> None:
    """--annotate: the reviewed copy of one .docx (other formats are told and skipped)."""
    if path.suffix.lower() != ".docx":
        print(f"reportlint: {path}: not a .docx; --annotate writes Word comments only into .docx files", file=sys.stderr)
        return
    from reportlint.render.annotate import AnnotateError, annotate

    try:
        done = annotate(path, diags, args.annotate or None, force=args.force, lang=lang)
    except AnnotateError as e:
        raise UsageError(str(e)) from None
    print(f"reportlint: wrote {done.path} with {done.comments} comment(s)", file=sys.stderr)


def _render_html(args, results, lang: str, outlines: dict) -> None:
    """--format html: one self-contained page, to -o FILE (atomically) or standard output."""
    from reportlint.atomic import write_atomic
    from reportlint.render.html import render

    if args.output is None:
        render(results, sys.stdout, lang=lang, outlines=outlines)
        return
    import io

    buf = io.StringIO()
    render(results, buf, lang=lang, outlines=outlines)
    try:
        write_atomic(args.output, buf.getvalue())
    except OSError as e:
        raise UsageError(f"{args.output}: cannot write: {e.strerror or e}") from None


def _read_baseline(path: Path):
    from reportlint.baseline import Baseline, BaselineError

    try:
        return Baseline.load(path)
    except BaselineError as e:
        raise UsageError(_t("error.baseline", path=path, reason=e)) from None


def _write_baseline(path: Path, records: list[dict]) -> None:
    from reportlint.baseline import write

    try:
        write(path, records)
    except OSError as e:
        raise UsageError(_t("error.baseline_write", path=path, reason=e.strerror or e)) from None
    print(_t("note.baseline_written", count=len(records), path=path), file=sys.stderr)


def _fix(args, doc, diags):
    """Apply (or show, with --diff) the safe fixes; return what is left to report."""
    try:
        from reportlint.fix import fix_document
    except ImportError:
        raise UsageError("--fix/--diff are not available in this version") from None
    return fix_document(doc, diags, write=args.fix and not args.diff, out=sys.stdout)


def _explain(outline, cfg, result, fmt: str) -> None:
    """Print every claim checked, section by section (--explain), or with --format json list them in "claims"."""
    from reportlint.render.explain import records, render_document

    if fmt == "json":
        result.claims = records(outline)
    else:
        render_document(outline, cfg, sys.stdout)


def _render(args, fmt: str, results, lang: str, rules: list) -> None:
    from reportlint.api import render

    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    render(results, fmt, sys.stdout, lang=lang, color=color, quiet=args.quiet, summary=not args.no_summary, rules=rules)


def _outline(args) -> int:
    from reportlint.errors import LoadError
    from reportlint.loaders import load
    from reportlint.analysis.outline import build

    try:
        doc = load(args.path)
    except LoadError as e:
        raise UsageError(e.message(_LANG)) from None
    o = build(doc)
    from rich.console import Console
    from rich.tree import Tree

    def short(text: str, n: int = 70) -> str:
        text = " ".join(text.split())
        return text if len(text) <= n else text[: n - 1] + "…"

    tree = Tree(f"[bold]{doc.path}[/] ({doc.format}{', no diacritics (OCR?)' if o.unaccented else ''})")
    if o.header:
        h = tree.add("[dim]header[/]")
        for p in o.header:
            h.add(f"{p.lineno}: {short(p.text)}")
    if o.title:
        tree.add(f"[bold]{short(o.title.text)}[/] [dim]line {o.title.lineno}[/]" + (f" — {short(o.subject.text)}" if o.subject else ""))
    if o.preamble:
        tree.add(f"[dim]preamble: {len(o.preamble)} paragraph(s)[/]")

    def add(node, s):
        note = f" [yellow](read as {s.number}: OCR)[/]" if s.marker.garbled else ""
        child = node.add(f"[cyan]{s.marker.raw}[/] {short(s.title)} [dim]lines {s.line}–{s.end_line}, {len(s.body)} paragraph(s)[/]{note}")
        for c in s.children:
            add(child, c)

    for s in o.sections:
        add(tree, s)
    if o.closing:
        tree.add(f"[dim]closing[/] {o.closing.lineno}: {short(o.closing.text)}")
    if o.recipients:
        rec = tree.add(f"[dim]recipients[/] ({len(o.recipients)} lines)")
        for p in o.recipients:
            rec.add(f"{p.lineno}: {short(p.text)}")
    if o.signature:
        sig = tree.add("[dim]signature[/]")
        for p in o.signature:
            sig.add(f"{p.lineno}: {short(p.text)}")
    if o.parse_error:
        tree.add(f"[red]structure not understood: {o.parse_error}[/]")
    Console(highlight=False).print(tree)
    return 0


def _rules(args) -> int:
    from reportlint.config import load_config
    from reportlint.errors import RuleError

    try:
        cfg = load_config(args.config)
    except RuleError as e:
        raise UsageError(str(e)) from None
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    if args.rule:
        rule = next((r for r in cfg.rules if r.id == args.rule), None)
        if rule is None:
            raise UsageError(f"unknown rule {args.rule!r} (see 'reportlint rules')")
        _rule_page(console, rule)
        return 0
    table = Table("rule", "category", "severity", "summary", box=None, header_style="bold")
    for r in sorted(cfg.rules, key=lambda r: r.id):
        table.add_row(r.id, r.category, r.severity + ("" if r.enabled else " (off)"), r.summary)
    console.print(table)
    return 0


def _rule_page(console, rule) -> None:
    """One rule explained the way ruff's rule pages are: what, why, message, examples."""
    from rich.markup import escape

    from reportlint.checks import get_kind

    off = "" if rule.enabled else ", off by default"
    console.print(f"[bold]{escape(rule.id)}[/]  ({rule.severity}, category {rule.category}, kind {rule.kind}{off})\n")
    console.print("[bold]What it does[/]")
    console.print(escape(rule.summary or "(no summary)"))
    why = rule.description or _kind_doc(get_kind(rule.kind).__doc__ or "", rule.options.get("check"))
    if why:
        console.print("\n[bold]Why / details[/]")
        console.print(escape(why))
    console.print("\n[bold]Message[/]")
    console.print("  en: " + escape(rule.message))
    if rule.message_vi:
        console.print("  vi: " + escape(rule.message_vi))
    if rule.bad:
        console.print("\n[bold red]Incorrect (sai)[/]")
        console.print(escape("    " + rule.bad.replace("\n", "\n    ")))
    if rule.good:
        console.print("\n[bold green]Correct (đúng)[/]")
        console.print(escape("    " + rule.good.replace("\n", "\n    ")))


def _kind_doc(doc: str, check: object) -> str:
    """The kind's docstring reflowed; for a kind with a `check` option, its first
    paragraph and the bullet of this rule's check value."""
    import re

    paras = [" ".join(p.split()) for p in doc.strip().split("\n\n") if p.strip()]
    if not isinstance(check, str) or not paras:
        return "\n\n".join(paras)
    items = [" ".join(x.split()) for x in re.split(r"\n(?=- )", doc)]
    mine = next((x for x in items if x.startswith(f"- ``{check}``")), None)
    return paras[0] + ("\n\n" + mine[2:].replace("``", "") if mine else "")
