"""`reportlint audit`: lint archives in parallel into a results store, then summarise it
(the summary, export and HTML report are shared with `reportlint summary`)."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, TextIO

from reportlint.commands.common import Session, find_reports, overrides, refuse_overwriting_inputs


def run(args: Any, session: Session) -> int:
    """Entry point from reportlint.cli (arguments already parsed)."""
    with store_errors():
        return _audit(args, session)


@contextlib.contextmanager
def store_errors() -> Iterator[None]:
    """A store, rule or cluster problem as a one-line usage error."""
    from reportlint.audit.cluster import ClusterError
    from reportlint.audit.store import StoreError
    from reportlint.errors import RuleError, UsageError

    try:
        yield
    except (StoreError, RuleError, FileNotFoundError, ClusterError) as e:
        raise UsageError(str(e).strip("'\"")) from None


def store_path(args: Any) -> Path:
    from reportlint.audit.store import DEFAULT_DB

    return args.db or Path(DEFAULT_DB)


def check_export(args: Any, session: Session) -> None:
    from reportlint.errors import UsageError

    if args.export and args.export[0] not in ("csv", "json"):
        raise UsageError(session.t("error.export_format", fmt=args.export[0]))


def _audit(args: Any, session: Session) -> int:
    from reportlint.errors import UsageError
    from reportlint.audit import audit

    if args.jobs is not None and args.jobs < 1:
        raise UsageError(session.t("error.jobs"))
    check_export(args, session)
    found = find_reports(session, args.paths, args.include, args.exclude)
    export = Path(args.export[1]) if args.export and args.export[1] != "-" else None
    refuse_overwriting_inputs(session, (args.html, export, args.db), found.files)
    for folder, reason in found.errors:
        session.note(session.t("error.unreadable_dir", path=folder, reason=reason))
    show = sys.stderr.isatty() and not args.no_progress and not args.quiet and not os.environ.get("CI")
    with _progress(show) as progress:
        stats = audit(args.paths, store_path(args), jobs=args.jobs, include=args.include, exclude=args.exclude,
                      overrides=overrides(args), progress=progress, series=not args.no_series,
                      scheduler=getattr(args, "scheduler", None), found=found)
    print(_result_line(stats, store_path(args), session), file=sys.stderr)
    outputs(args, session, quiet=args.quiet)
    return 0 if args.exit_zero or not stats.errors else 1


def _result_line(stats: Any, store: Path, session: Session) -> str:
    """The audit's one line on standard error. "Checked" counts the reports read and checked,
    as the summary does (a file that could not be read is "unreadable", not checked)."""
    rate = stats.linted / stats.seconds if stats.seconds else 0.0
    line = session.t("note.audited", seen=stats.seen, seconds=f"{stats.seconds:.1f}", checked=stats.linted - stats.failed,
                     rate=f"{rate:.1f}", skipped=stats.skipped, failed=stats.failed, unsupported=stats.unsupported)
    if stats.excluded:
        line += session.t("note.audited_excluded", count=stats.excluded)
    if stats.forgotten:
        line += session.t("note.audited_forgotten", count=stats.forgotten)
    return line + session.t("note.audited_store", path=store)


def outputs(args: Any, session: Session, quiet: bool, top: int = 15, create: bool = True) -> None:
    """The terminal summary, the export and the HTML report, all from the store."""
    from reportlint.audit.store import Store
    from reportlint.audit.summary import compute, export, render_terminal

    with Store(store_path(args), create=create) as store:
        summary = compute(store, top=top, lang=session.lang)
        if not quiet:
            from rich.console import Console

            color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            render_terminal(summary, Console(highlight=False, no_color=not color, soft_wrap=not color), session.lang)
        if args.export:
            fmt, target = args.export
            n = _export_to(target, lambda out: export(store, fmt, out))
            print(session.t("note.exported", count=n, fmt=fmt, path=target), file=sys.stderr)
        if args.html:
            from reportlint.render.audit_html import render

            _write_atomic(args.html, render(summary, session.lang))
            print(session.t("note.html_report", path=args.html), file=sys.stderr)


def _export_to(target: str, write: Callable[[TextIO], int]) -> int:
    """Stream an export to stdout ("-") or atomically to a file; `write`'s count of findings."""
    if target == "-":
        return write(sys.stdout)
    from reportlint.atomic import write_atomic

    counts = []

    def stream(fh: BinaryIO) -> None:
        text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
        counts.append(write(text))
        text.flush()
        text.detach()  # write_atomic closes the file itself

    write_atomic(target, stream)
    return counts[0]


def _write_atomic(path: Path, text: str) -> None:
    from reportlint.atomic import write_atomic

    write_atomic(path, text)


@contextlib.contextmanager
def _progress(show: bool) -> Iterator[Any]:
    """A rich progress bar on stderr (files, files/s, ETA), or nothing."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} files/s" if speed else "– files/s", style="progress.data.speed")

    bar = Progress(TextColumn("[bold]auditing"), BarColumn(), MofNCompleteColumn(), Rate(),
                   TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task: list[Any] = []

    def update(done: int, total: int) -> None:
        if not task:
            task.append(bar.add_task("audit", total=total))
        bar.update(task[0], completed=done)

    with bar:
        yield update
