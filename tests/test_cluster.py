"""`reportlint audit --scheduler`: the audit on a Dask distributed cluster (local, started here).

The cluster is two worker processes on 127.0.0.1 (no dashboard), started once for the
module. The store written through the cluster must equal the one a local run writes.
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from reportlint.audit import audit, cluster as cluster_mod  # noqa: E402
from reportlint.cli import main  # noqa: E402
from test_audit import make_archive  # noqa: E402

VOLATILE = {"load_ms", "lint_ms", "run_id", "audited_at"}
# 127.0.0.1 only, no dashboard; the scheduler's small HTTP server (metrics) on a free port, not 8787
LOCAL = dict(host="127.0.0.1", dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
             silence_logs=40)


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, **LOCAL) as lc:
        yield lc.scheduler_address


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cluster") / "kho"
    make_archive(root, copies=24)
    return root


def snapshot(db: Path) -> tuple[list[dict], list[tuple]]:
    con = sqlite3.connect(db)
    try:
        cur = con.execute("SELECT * FROM files ORDER BY path")
        cols = [c[0] for c in cur.description]
        files = [{k: v for k, v in zip(cols, r) if k not in VOLATILE} for r in cur]
        findings = con.execute('SELECT path, line, "column", rule, severity, message FROM findings '
                               'ORDER BY path, line, "column", rule, message').fetchall()
        return files, findings
    finally:
        con.close()


def test_cluster_store_equals_local_store(scheduler: str, archive: Path, tmp_path: Path) -> None:
    remote = audit([archive], tmp_path / "cluster.sqlite", scheduler=scheduler)
    local = audit([archive], tmp_path / "local.sqlite", jobs=1)
    assert remote.linted == local.linted == 29 and remote.failed == local.failed == 1
    assert remote.errors == local.errors > 0
    assert snapshot(tmp_path / "cluster.sqlite") == snapshot(tmp_path / "local.sqlite")
    files, findings = snapshot(tmp_path / "cluster.sqlite")
    assert any(f["status"] == "failed" and f["path"].endswith("hong.docx") for f in files)
    assert any(r[3] == "duplicate.line" for r in findings)

    again = audit([archive], tmp_path / "cluster.sqlite", scheduler=scheduler)  # nothing changed
    assert (again.linted, again.skipped) == (0, 29)


def test_cli_scheduler(scheduler: str, archive: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "a.sqlite"
    code = main(["audit", str(archive), "--db", str(db), "--scheduler", scheduler, "-q"])
    err = capsys.readouterr().err
    assert code == 1, err  # the archive holds error findings
    assert "audited 29 report(s)" in err and "28 checked" in err and "1 unreadable" in err  # checked: read, as the summary counts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_scheduler_is_one_line_exit_2(archive: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(cluster_mod, "CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{free_port()}"
    code = main(["audit", str(archive), "--db", str(tmp_path / "a.sqlite"), "--scheduler", address, "-q"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("reportlint: error: cannot reach the Dask scheduler at " + address) and "\n" not in err
    assert not (tmp_path / "a.sqlite").exists()  # nothing was started


@pytest.mark.parametrize("address", ["foo", "tcp://host", "http://x:8786/status", "tcp://a b:1"])
def test_malformed_address_is_refused_at_once(archive: Path, tmp_path: Path, capsys, address: str) -> None:
    code = main(["audit", str(archive), "--db", str(tmp_path / "a.sqlite"), "--scheduler", address, "-q"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err == f"reportlint: error: --scheduler {address}: not a scheduler address (expected tcp://HOST:PORT)"


def test_address_forms() -> None:
    for ok in ("tcp://127.0.0.1:8786", "tls://[::1]:8786", "scheduler.local:8786", "tcp://may-chu-01:8786"):
        assert cluster_mod._ADDRESS.fullmatch(ok), ok


def test_other_version_on_workers_is_refused(scheduler: str, tmp_path: Path) -> None:
    with pytest.raises(cluster_mod.ClusterError, match="runs reportlint .* this process 0.0.0"):
        with cluster_mod.connect(scheduler, [str(tmp_path)], "0.0.0"):
            pass


def test_missing_root_on_workers_is_refused(scheduler: str, tmp_path: Path, monkeypatch) -> None:
    from reportlint.audit.worker import code_version

    with pytest.raises(cluster_mod.ClusterError, match="cannot see .*khong-co.*share the archive"):
        with cluster_mod.connect(scheduler, [str(tmp_path / "khong-co")], code_version()):
            pass


def test_without_dask_one_line_exit_2(archive: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    code = main(["audit", str(archive), "--db", str(tmp_path / "a.sqlite"), "--scheduler", "tcp://127.0.0.1:1"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err == 'reportlint: error: --scheduler needs Dask (pip install "reportlint[cluster]")'


def test_dask_imported_only_with_scheduler(archive: Path, tmp_path: Path) -> None:
    code = ("import sys; from reportlint.cli import main; "
            "main(['audit', sys.argv[1], '--db', sys.argv[2], '-q', '--jobs', '1']); "
            "print(any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(archive), str(tmp_path / "a.sqlite")],
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr


@pytest.mark.parametrize("copies", [0, 40])  # one file per task; batches of 11 (the culprit found alone)
def test_a_file_that_fails_on_the_cluster_is_recorded_and_the_rest_goes_on(tmp_path: Path, monkeypatch,
                                                                          copies: int) -> None:
    """A task that raises on its worker (a worker bug, a lost worker) becomes a 'failed' row.

    The cluster runs in this process (threads), so the patched lint_file is the one the
    workers call.
    """
    calls: list[str] = []
    from reportlint.audit import worker

    real = worker.lint_file

    def flaky(task):
        calls.append(task.path)
        if task.path.endswith("so-tttt/2020/t10.txt"):
            raise MemoryError("the worker ran out of memory")
        return real(task)

    monkeypatch.setattr(worker, "lint_file", flaky)
    root = tmp_path / "kho"
    make_archive(root, copies=copies)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", **LOCAL) as lc:
        stats = audit([root], tmp_path / "a.sqlite", scheduler=lc.scheduler_address)
    assert (stats.linted, stats.failed) == (5 + copies, 2)  # hong.docx (not a zip) and the one that raised
    if copies:  # its batch (at most 11 files) was retried file by file, nothing else
        assert 5 + copies < len(calls) <= 5 + copies + 11
    con = sqlite3.connect(tmp_path / "a.sqlite")
    reasons = dict(con.execute("SELECT path, reason FROM files WHERE status = 'failed'").fetchall())
    con.close()
    (why,) = [r for p, r in reasons.items() if p.endswith("so-tttt/2020/t10.txt")]
    assert why == "the cluster could not lint this file: MemoryError: the worker ran out of memory"
