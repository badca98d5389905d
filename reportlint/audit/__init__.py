"""Batch audit of report archives: parallel, resumable, stored, summarised.

    from reportlint.audit import audit
    stats = audit(["archive/"], "audit.sqlite", jobs=4)

Walks the folders (reportlint.discovery), lints each new or changed file in worker processes
(worker.py), records every result in a SQLite store from this process only (store.py),
then runs the cross-report rules (rules/series.yaml) over the stored facts (series.py). A second run skips
every file whose path, content hash, tool version and rule-set version are unchanged, so
re-auditing an unchanged archive only hashes files; an interrupted run resumes where it
stopped. summary.py and html.py read the store without re-linting.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from reportlint.audit.store import DEFAULT_DB, Store, StoreError
from reportlint.audit.worker import Configs, Outcome, Overrides, Task, code_version, file_hash
from reportlint.discovery import Found, walk

__all__ = ["audit", "AuditStats", "Overrides", "Store", "StoreError", "DEFAULT_DB", "refresh_series"]

Progress = Callable[[int, int], None]  # (files done, files to lint)


@dataclass
class AuditStats:
    """What one audit run did."""

    run_id: int = 0
    seen: int = 0  # reports found
    linted: int = 0  # reports read and checked in this run
    skipped: int = 0  # unchanged since the store recorded them
    failed: int = 0  # could not be read (recorded with the reason)
    unsupported: int = 0  # files of another type, counted and passed over
    excluded: int = 0  # dropped by --include/--exclude or a config's exclude
    forgotten: int = 0  # rows dropped because the file left the archive
    series_findings: int = 0
    errors: int = 0  # error findings in the audited files (the exit code)
    seconds: float = 0.0
    bytes_linted: int = 0
    unsupported_examples: list[str] = field(default_factory=list)


def audit(roots: Iterable[str | os.PathLike], db: str | os.PathLike = DEFAULT_DB, jobs: int | None = None,
          include: list[str] | None = None, exclude: list[str] | None = None,
          overrides: Overrides | None = None, progress: Progress | None = None,
          series: bool = True, scheduler: str | None = None, found: Found | None = None) -> AuditStats:
    """Audit every report under `roots` into the store `db`; see the module docstring.

    With `scheduler` ("tcp://host:8786") the files are linted on that Dask cluster
    (cluster.py) instead of local processes; the store is still written here. `found` is
    the walk of `roots` when the caller has already made it (to report what it passed over).
    """
    t0 = time.perf_counter()
    roots = [str(r) for r in roots]
    overrides = overrides or Overrides()
    jobs = max(1, jobs or os.cpu_count() or 1)
    found = found or walk(roots, include or (), exclude or ())
    if found.missing:
        raise FileNotFoundError(f"{found.missing[0]}: no such file or directory")
    stats = AuditStats(unsupported=found.unsupported, excluded=found.excluded,
                       unsupported_examples=found.unsupported_examples)
    configs = Configs(overrides)
    tool = code_version()
    from reportlint.audit.cluster import connect

    with _sigterm_as_interrupt(), connect(scheduler, roots, tool) as cluster, Store(db) as store:
        known = store.known()
        tasks, selected = _plan(_unique(found.files), configs, known, tool, stats)
        stats.forgotten = store.forget(_gone(known, selected, roots))
        stats.run_id = store.start_run([str(Path(r).resolve()) for r in roots], jobs, tool)
        status = "interrupted"
        try:
            if progress:
                progress(0, len(tasks))

            def done(out: Outcome) -> None:
                out.file["run_id"] = stats.run_id
                store.record(out.file, out.findings)
                stats.linted += 1
                stats.bytes_linted += out.file.get("size") or 0
                stats.failed += out.file["status"] == "failed"
                if progress:
                    progress(stats.linted, len(tasks))

            if cluster is not None:
                cluster.run(tasks, overrides, done)
            elif jobs == 1 or len(tasks) <= 1:
                _run_here(tasks, overrides, done)
            else:
                _run_pool(tasks, jobs, overrides, done)
            if series:
                stats.series_findings = refresh_series(store, configs)
            status = "done"
            stats.errors = sum(1 for (p,) in store.query("SELECT path FROM findings WHERE severity = 'error'")
                               if p in selected)
        finally:
            stats.seconds = time.perf_counter() - t0
            store.finish_run(stats.run_id, status, seen=stats.seen, linted=stats.linted, skipped=stats.skipped,
                             failed=stats.failed, unsupported=stats.unsupported, excluded=stats.excluded)
    return stats


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (a service manager, `kill`) stops an audit the way Ctrl-C does: the pool is shut
    down, the run is recorded as interrupted, and the next run resumes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _plan(files: list[Path], configs: Configs, known: dict, tool: str,
          stats: AuditStats) -> tuple[list[Task], set[str]]:
    """Tasks for the files that are new or changed; the paths still in the archive."""
    tasks: list[Task] = []
    selected: set[str] = set()
    for f in files:
        cfg, rules_v = configs.get(f)
        if cfg.excluded(str(f)):
            stats.excluded += 1
            continue
        stats.seen += 1
        key = str(f)
        selected.add(key)
        try:
            digest, size, mtime = file_hash(f)
        except OSError as e:  # vanished or unreadable: the worker records why
            digest, size, mtime = f"unreadable:{e.errno}", 0, 0
        k = known.get(key)
        if k and k.hash == digest and k.tool_version == tool and k.rules_version == rules_v:
            stats.skipped += 1
            continue
        tasks.append(Task(key, digest, size, mtime, rules_v, tool))
    return tasks, selected


def _unique(files: list[Path]) -> list[Path]:
    """The files by their real path (the store's key), each once, sorted."""
    return sorted({Path(os.path.realpath(f)) for f in files})


def _gone(known: dict, selected: set[str], roots: list[str]) -> list[str]:
    """Stored files under the audited roots that this walk no longer selects."""
    prefixes = []
    for r in roots:
        p = Path(r).resolve()
        prefixes.append(str(p) + os.sep if p.is_dir() else str(p))
    return [path for path in known if path not in selected
            and any(path == pre or path.startswith(pre) for pre in prefixes)]


def _run_here(tasks: list[Task], overrides: Overrides, done: Callable[[Outcome], None]) -> None:
    from reportlint.audit import worker

    worker.init(overrides)
    for t in tasks:
        done(worker.lint_file(t))


def _context():
    """forkserver where available: forking a parent that runs a progress thread is unsafe."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["reportlint.audit.worker", "reportlint.api"])
        return ctx
    return mp.get_context("spawn")


def _run_pool(tasks: list[Task], jobs: int, overrides: Overrides, done: Callable[[Outcome], None]) -> None:
    """Lint in `jobs` processes, a bounded number of files in flight (a crash loses only those).

    If a worker dies (a segfault, the OOM killer), the pool is lost with every file in
    flight; each of those is then retried alone, so only the culprit is recorded as failed.
    """
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from reportlint.audit import worker

    pending = deque(tasks)
    ctx = _context()
    new_pool = lambda n: ProcessPoolExecutor(max_workers=n, mp_context=ctx,  # noqa: E731
                                             initializer=worker.init, initargs=(overrides, os.getpid()))
    pool = new_pool(jobs)
    inflight: dict = {}
    try:
        while pending or inflight:
            while pending and len(inflight) < jobs * 2:
                t = pending.popleft()
                inflight[pool.submit(worker.lint_file, t)] = t
            finished, _ = wait(inflight, return_when=FIRST_COMPLETED)
            suspects: list[Task] = []
            for fut in finished:
                t = inflight.pop(fut)
                try:
                    done(fut.result())
                except BrokenProcessPool:
                    suspects.append(t)
            if suspects:  # the pool is dead: every file that was in flight is a suspect
                suspects += list(inflight.values())
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                _retry_alone(_dedupe(suspects), new_pool, done)
                pool = new_pool(jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dedupe(tasks: list[Task]) -> list[Task]:
    seen: set[str] = set()
    return [t for t in tasks if not (t.path in seen or seen.add(t.path))]


def _retry_alone(tasks: list[Task], new_pool, done: Callable[[Outcome], None]) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from reportlint.audit import worker

    for t in tasks:
        pool = new_pool(1)
        try:
            done(pool.submit(worker.lint_file, t).result())
        except BrokenProcessPool:
            done(Outcome({"path": t.path, "folder": str(Path(t.path).parent), "size": t.size,
                          "mtime_ns": t.mtime_ns, "hash": t.hash, "format": Path(t.path).suffix.lstrip("."),
                          "status": "failed", "reason": "the worker process died while reading this file",
                          "tool_version": t.tool_version, "rules_version": t.rules_version,
                          "audited_at": time.time()}))
        finally:
            pool.shutdown(wait=True)


def refresh_series(store: Store, configs: Configs | None = None) -> int:
    """Recompute the cross-report findings from the facts in the store.

    Each report's findings follow its own configuration (`configs`, discovered per file
    as the audit does; the defaults when None).
    """
    import json

    from reportlint.audit import series

    configs = configs or Configs(Overrides())
    reports = {}
    for path, facts in store.query("SELECT path, facts FROM files WHERE status = 'ok' AND facts IS NOT NULL"):
        try:
            reports[path] = json.loads(facts)
        except ValueError:  # a row written by hand or by another tool: not a report's facts
            continue
    findings = series.check(reports, lambda path: configs.get(Path(path))[0])
    store.replace_category(series.CATEGORY, findings)
    return len(findings)
