"""`reportlint audit --scheduler tcp://host:8786`: lint on a Dask distributed cluster.

Needs the optional extra (`pip install "reportlint[cluster]"`, i.e. dask[distributed]),
imported only when --scheduler is given. The division of work is the one of the local
pool: the workers only read and lint (worker.lint_file) and send back plain data; this
process still does every SQLite write, so the store, resuming and skipping behave
exactly as with --jobs.

The workers must see the archive at the same paths as this process (a shared file
system: NFS, SMB, a cluster volume) and run the same reportlint (same code and rules:
results are stamped with this process's version). Both are checked before anything is
sent, with a one-line error (exit 2) if they do not hold. Start CPU-bound workers with one
thread each, e.g. `dask worker tcp://host:8786 --nworkers 8 --nthreads 1`: linting holds
the GIL, so threads of one worker do not run in parallel.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from pathlib import Path
from typing import Callable, Iterator

from reportlint.audit.worker import Outcome, Overrides, Task

CONNECT_TIMEOUT = 15  # seconds to reach the scheduler
IN_FLIGHT_PER_THREAD = 2  # batches queued per worker thread: hides the round trip, bounds what a kill loses
BATCH = 16  # files per Dask task at most (fewer for a small run, so every worker gets some)
# tcp://host:8786, tls://[::1]:8786, host:8786 (checked before dask sees it: a Client built on
# a malformed address hangs 30 s in its destructor)
_ADDRESS = re.compile(r"(?:(?:tcp|tls|ucx|ws|wss)://)?(?:\[[0-9A-Fa-f:.]+\]|[^\s/:\[\]]+):\d{1,5}")


class ClusterError(Exception):
    """The cluster cannot be used (dask missing, scheduler unreachable, workers unfit)."""


class Cluster:
    """A connected Dask client that lints audit tasks."""

    def __init__(self, client) -> None:
        self.client = client

    def run(self, tasks: list[Task], overrides: Overrides, done: Callable[[Outcome], None]) -> None:
        """Lint `tasks` on the workers, calling `done` here for each result as it arrives.

        Files travel in small batches: a Dask task costs a few milliseconds of scheduler
        and client time, as much as linting a small report, so one task per file would
        make the scheduler the bottleneck. A bounded number of batches is in flight, so a
        run killed here loses at most those. A batch that fails (its worker died after
        the scheduler's retries, a worker bug) is split and its files retried alone, so
        only the culprit is recorded as failed, as with the local pool.
        """
        from distributed import as_completed

        threads = max(1, sum(self.client.nthreads().values()))
        size = max(1, min(BATCH, len(tasks) // (threads * IN_FLIGHT_PER_THREAD) or 1))
        pending = [tasks[i:i + size] for i in range(0, len(tasks), size)][::-1]  # pop() takes the first
        inflight: dict = {}  # future key -> (future, batch)
        queue = as_completed(loop=self.client.loop)

        def submit() -> None:
            batch = pending.pop()
            fut = self.client.submit(lint_remote, batch, overrides, pure=False, key=f"reportlint-{_key(batch[0])}")
            inflight[fut.key] = (fut, batch)
            queue.add(fut)

        try:
            for _ in range(min(threads * IN_FLIGHT_PER_THREAD, len(pending))):
                submit()
            for fut in queue:
                _, batch = inflight.pop(fut.key)
                try:
                    outs = fut.result()
                except Exception as e:  # KilledWorker, a lost connection to the worker ...
                    outs = []
                    if len(batch) > 1:  # find the culprit: each file again, alone, next
                        pending.extend([t] for t in reversed(batch))
                    else:
                        reason = f"the cluster could not lint this file: {type(e).__name__}: {_one_line(e)}"
                        outs = [_failed(batch[0], reason)]
                fut.release()
                for out in outs:
                    done(out)
                while pending and len(inflight) < threads * IN_FLIGHT_PER_THREAD:
                    submit()
        finally:
            if inflight:  # interrupted: do not leave work running on the cluster
                self.client.cancel([f for f, _ in inflight.values()])

    def close(self) -> None:
        self.client.close()


def lint_remote(batch: list[Task], overrides: Overrides) -> list[Outcome]:
    """Runs on a Dask worker: lint a few files with the run's overrides (cached per worker)."""
    from reportlint.audit import worker

    if worker._CONFIGS is None or worker._CONFIGS.overrides != overrides:
        worker.init(overrides)
    return [worker.lint_file(t) for t in batch]


def _worker_facts(roots: list[str]) -> tuple[str, list[str]]:
    """Runs on each worker: its reportlint version and the roots it cannot see."""
    from reportlint.audit.worker import code_version

    return code_version(), [r for r in roots if not os.path.exists(r)]


@contextlib.contextmanager
def connect(scheduler: str | None, roots: list[str], tool_version: str) -> Iterator[Cluster | None]:
    """A Cluster on `scheduler` (checked: workers present, same version, archive visible); None without one."""
    if not scheduler:
        yield None
        return
    if not _ADDRESS.fullmatch(scheduler):
        raise ClusterError(f"--scheduler {scheduler}: not a scheduler address (expected tcp://HOST:PORT)")
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask (pip install \"reportlint[cluster]\")") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)  # our own one-line errors instead
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as e:  # OSError, TimeoutError, ValueError on a bad address
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({_one_line(e)})") from None
    try:
        _check_workers(client, scheduler, [str(Path(r).resolve()) for r in roots], tool_version)
        yield Cluster(client)
    finally:
        client.close()


def _check_workers(client, scheduler: str, roots: list[str], tool_version: str) -> None:
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        facts = client.run(_worker_facts, roots)
    except Exception as e:
        raise ClusterError(f"{scheduler}: no usable Dask worker ({_one_line(e)})") from None
    for addr, (version, missing) in sorted(facts.items()):
        if version != tool_version:
            raise ClusterError(f"worker {addr} runs reportlint {version}, this process {tool_version}: "
                               "install the same version on the workers")
        if missing:
            raise ClusterError(f"worker {addr} cannot see {missing[0]}: the workers must share the archive's "
                               "file system at the same path")


def _failed(t: Task, reason: str) -> Outcome:
    return Outcome({"path": t.path, "folder": str(Path(t.path).parent), "size": t.size, "mtime_ns": t.mtime_ns,
                    "hash": t.hash, "format": Path(t.path).suffix.lower().lstrip("."), "status": "failed",
                    "reason": reason, "tool_version": t.tool_version, "rules_version": t.rules_version,
                    "audited_at": time.time()})


def _key(t: Task) -> str:
    return f"{t.hash[:16]}-{abs(hash(t.path)):x}-{time.monotonic_ns():x}"


def _one_line(e: BaseException) -> str:
    return (" ".join(str(e).split()) or type(e).__name__)[:200]
