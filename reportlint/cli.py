"""Command line: argument parsing and dispatch only; each subcommand's work is in commands/."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

from reportlint.commands.common import Session
from reportlint.errors import UsageError
from reportlint.render import FORMATS
from reportlint.version import __version__

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
    def __init__(self, *args, formatter_class: type = argparse.HelpFormatter, **kwargs) -> None:
        # argparse makes a formatter for every option it adds, and one left to find the width
        # asks shutil for the terminal's: importing shutil (bz2, lzma ...) is ~2 ms of a check
        super().__init__(*args, formatter_class=functools.partial(formatter_class, width=_help_width()), **kwargs)
        self.subcommands: dict[str, argparse.ArgumentParser] = {}  # filled by build_parser

    def error(self, message: str) -> None:  # one line, exit 2, as for every usage error
        raise UsageError(f"{message} (see '{self.prog} --help')")

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """As argparse's, but an unknown option is blamed on its subcommand, whose --help
        lists the right options (argparse reports it from the top-level parser)."""
        parsed, extra = self.parse_known_args(args, namespace)
        if extra:
            blamed = self.subcommands.get(getattr(parsed, "command", None), self)
            blamed.error(f"unrecognized arguments: {' '.join(extra)}")
        return parsed


def _help_width() -> int:
    """The width argparse gives help: shutil.get_terminal_size's columns (COLUMNS, else the
    terminal's, else 80) less 2."""
    try:
        columns = int(os.environ.get("COLUMNS", 0))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns if columns > 0 else 80) - 2


def _date(value: str):
    import datetime

    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given the `command` the arguments name, with that command's
    options only: the options of every command are ~1% of a pre-commit check, and no other
    command's can change how a `check ...` is read (only `reportlint --help` lists them all)."""
    p = _Parser(prog="reportlint", description="Consistency linter for official Vietnamese reports "
                "(báo cáo): sums, percentages, numbering, duplicates, brackets, signatures, spelling.",
                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"reportlint {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    p.subcommands = sub.choices
    for name, add in _COMMANDS.items():
        if command in (None, name):
            add(sub)
    return p


def _add_check_parser(sub) -> None:
    c = sub.add_parser("check", help="check reports (.txt, .md, .docx, .pdf) and directories of them",
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
    c.add_argument("--force", action="store_true", help="let --annotate replace an earlier reviewed copy (-o always replaces its own output)")
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


def _add_outline_parser(sub) -> None:
    o = sub.add_parser("outline", help="print the structure reportlint reads in a report",
                       description="Print the header, title, numbered sections, closing, recipients and signature.")
    o.add_argument("path", metavar="FILE")
    o.add_argument("--lang", choices=("en", "vi"), help="language of the labels (default: the config's 'lang')")


def _add_rules_parser(sub) -> None:
    r = sub.add_parser("rules", help="list the rules, or explain one", description="List every rule, or explain one.")
    r.add_argument("rule", nargs="?", metavar="RULE_ID")
    r.add_argument("--config", type=Path, metavar="FILE", help="include the rules of this config file")
    r.add_argument("--lang", choices=("en", "vi"), help="language of the pages (default: the config's 'lang')")


def _add_vocab_parser(sub) -> None:
    v = sub.add_parser("vocab", help="learn a department's own words from an archive of past reports",
                       description="Count the syllables and pairs of past reports into a vocabulary file; name it in the "
                                   "config ('vocabulary: FILE') and typo.word stops flagging the department's own words. / "
                                   "Học từ ngữ riêng của đơn vị từ các báo cáo cũ.")
    v.add_argument("paths", nargs="+", metavar="DIR", help="folders or files of past reports")
    v.add_argument("-o", "--output", default=".reportlint-vocab.json", metavar="FILE",
                   help="the vocabulary file to write (default: .reportlint-vocab.json)")
    v.add_argument("--min-count", type=int, default=2, metavar="N",
                   help="keep syllables and pairs seen at least N times (default: 2)")
    v.add_argument("--lang", choices=("en", "vi"), help="language of the messages (default: en)")


def _add_audit_parser(sub) -> None:
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


def _add_summary_parser(sub) -> None:
    m = sub.add_parser("summary", help="summarise an audit store without re-linting",
                       description="Print the summary of a results store written by 'reportlint audit'.")
    m.add_argument("--db", type=Path, metavar="FILE", help="results store (default: reportlint-audit.sqlite here)")
    m.add_argument("--top", type=int, default=15, metavar="N", help="rows in the worst-files and rules tables")
    m.add_argument("--export", nargs=2, metavar=("csv|json", "FILE"), help="write the results to FILE")
    m.add_argument("--html", type=Path, metavar="FILE", help="write a self-contained HTML report")
    m.add_argument("-q", "--quiet", action="store_true", help="no tables (with --export or --html)")


# -- serve (issue 18): the parser only; commands/serve.py does the work ---------------------
def _add_serve_parser(sub) -> None:
    s = sub.add_parser("serve", help="a local web page: drop reports, read them checked",
                       description="Serve a page on this computer where reports dropped in the browser are "
                       "checked and shown with their findings in place, with the annotated .docx, the JSON "
                       "and the HTML page to download. Nothing leaves the machine.")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this computer only; another address "
                        "lets the network upload reports, with a warning)")
    s.add_argument("--port", type=int, default=8765, help="port (default: 8765; 0 picks a free one)")
    s.add_argument("--open", action="store_true", help="open the page in the web browser")
    s.add_argument("--config", type=Path, metavar="FILE",
                   help="use this config instead of discovering one from the current directory")
    s.add_argument("--lang", choices=("en", "vi"), help="language of the page and the messages (default: en, or the config's)")
# -- end serve ---------------------------------------------------------------------------


_COMMANDS = {"check": _add_check_parser, "outline": _add_outline_parser, "rules": _add_rules_parser,
             "vocab": _add_vocab_parser, "audit": _add_audit_parser, "summary": _add_summary_parser,
             "serve": _add_serve_parser}  # in the order `reportlint --help` lists them


def main(argv: list[str] | None = None) -> int:
    import importlib

    argv = sys.argv[1:] if argv is None else argv
    session = Session(lang=_argv_lang(argv))
    try:
        args = build_parser(argv[0] if argv and argv[0] in _COMMANDS else None).parse_args(argv)
        command = importlib.import_module(f"reportlint.commands.{args.command}")  # one module each
        _resume_collector()
        return command.run(args, session)
    except UsageError as e:
        return session.fail(str(e))
    except KeyboardInterrupt:
        return session.fail(session.t("error.interrupted"), 130)
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except Exception as e:  # a bug: still one line, but say where to report it
        if os.environ.get("REPORTLINT_DEBUG"):
            raise
        if isinstance(e, OSError) and e.filename is not None:  # the machine refused a file: not a bug
            return session.fail(f"{e.filename}: {e.strerror or e}")
        return session.fail(session.t("error.internal", error=f"{type(e).__name__}: {e}"))


def _resume_collector() -> None:
    """When __main__ paused the garbage collector for start-up, freeze what start-up built (it
    lives as long as the process) and resume: collections then never walk those objects again
    (~15 ms of a pre-commit check). A caller whose collector runs is left alone.

    The collector then looks for cycles every _NEW_OBJECTS new objects rather than every 700:
    a report's objects are freed by reference counting (an outline makes no cycles), while
    what a lint keeps (word tables, remembered verdicts) was walked after every report, 2% of
    a check of three reports. Memory stays bounded: a long audit or serve still collects."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.set_threshold(_NEW_OBJECTS, *gc.get_threshold()[1:])
        gc.enable()


_NEW_OBJECTS = 100_000


def _argv_lang(argv: list[str]) -> str:
    """--lang from the raw arguments, so that even a usage error speaks the chosen language."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return "en"
