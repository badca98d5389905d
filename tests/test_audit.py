"""Batch audit: walking, the SQLite store, skipping unchanged files, resuming after SIGKILL,
export, and the summary read from the store alone."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportlint.audit import Overrides, audit
from reportlint.discovery import walk
from reportlint.cli import main
from test_series import monthly

CONFIG = "select: [duplicate, structure, punctuation, series]\n"  # the foundation rules: stable findings
DUPLICATED = "- Tiếp tục theo dõi các công việc thường xuyên liên quan đến lĩnh vực xuất bản."
ANCHOR = "2. Lĩnh vực xuất bản, in và phát hành"


def body(text: str, name: str) -> str:
    return text.replace("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", name, 1)


def make_archive(root: Path, copies: int = 0) -> dict[str, Path]:
    """Nested folders of reports of two bodies, .md and .txt, one broken, one unsupported."""
    files = {
        "so-tttt/2020/t09.md": monthly(9, revoked=12, new=88, total=2057, accounts=61, mailboxes=7314, received=11480),
        "so-tttt/2020/t10.txt": monthly(10, total=2216),  # balance: 2.057 - 26 + 95 = 2.126
        "so-tttt/2020/t11.md": monthly(11, revoked=3, new=40, total=2253, accounts=10, mailboxes=7378,
                                       received=13250).replace(ANCHOR, f"{ANCHOR}\n\n{DUPLICATED}\n\n{DUPLICATED}"),
        "phong-vhtt/2021/quy-1.txt": body(monthly(3, 2021), "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
    }
    for i in range(copies):  # a bigger archive for the timing and kill tests
        text = body(monthly(i % 12 + 1, 2000 + i // 12, new=100 + i, total=5000 + i), f"SỞ SỐ {i}")
        if i % 3 == 0:  # an injected defect in every third report
            text = text.replace(ANCHOR, f"{ANCHOR}\n\n{DUPLICATED}\n\n{DUPLICATED}")
        files[f"so-tttt/ban-sao/{i:04d}/t{i % 12 + 1:02d}.txt"] = text
    out = {}
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        out[rel] = p
    (root / ".reportlint.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "so-tttt/2020/hong.docx").write_bytes(b"this is not a zip archive")  # unreadable
    (root / "so-tttt/2020/bang-tinh.xlsx").write_bytes(b"PK\x03\x04")  # unsupported
    (root / ".git").mkdir()
    (root / ".git/notes.md").write_text("BÁO CÁO\n", encoding="utf-8")  # hidden: never entered
    return out


def rows(db: Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    make_archive(tmp_path / "kho")
    return tmp_path / "kho"


def test_walk_include_exclude(archive: Path) -> None:
    w = walk([archive])
    names = sorted(p.relative_to(archive).as_posix() for p in w.files)
    assert names == ["phong-vhtt/2021/quy-1.txt", "so-tttt/2020/hong.docx", "so-tttt/2020/t09.md",
                     "so-tttt/2020/t10.txt", "so-tttt/2020/t11.md"]
    assert w.unsupported == 1 and w.unsupported_examples[0].endswith("bang-tinh.xlsx")
    assert [p.name for p in walk([archive], include=["*.md"]).files] == ["t09.md", "t11.md"]
    assert [p.name for p in walk([archive], exclude=["so-tttt"]).files] == ["quy-1.txt"]
    assert len(walk([archive], exclude=["*/2020/*"]).files) == 1
    assert len(walk([archive], exclude=["so-tttt/2020/t1?.*"]).files) == 3


def test_audit_fills_the_store(archive: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "audit.sqlite"
    code = main(["audit", str(archive), "--jobs", "2", "--db", str(db), "-q"])
    err = capsys.readouterr().err
    assert code == 1  # t11 repeats a line: duplicate.line is an error
    assert "4 checked" in err and "1 unreadable" in err and "1 unsupported" in err
    files = {Path(p).relative_to(archive).as_posix(): (st, r, fmt, body, period, year, h, size, tv, rv)
             for p, st, r, fmt, body, period, year, h, size, tv, rv in rows(
                 db, "SELECT path, status, reason, format, body, period, year, hash, size, tool_version, "
                     "rules_version FROM files")}
    assert sorted(files) == ["phong-vhtt/2021/quy-1.txt", "so-tttt/2020/hong.docx", "so-tttt/2020/t09.md",
                             "so-tttt/2020/t10.txt", "so-tttt/2020/t11.md"]
    broken = files["so-tttt/2020/hong.docx"]
    assert broken[0] == "failed" and "zip" in broken[1]
    t10 = files["so-tttt/2020/t10.txt"]
    assert t10[:6] == ("ok", None, "txt", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "2020-10", 2020)
    assert len(t10[6]) == 64 and t10[7] == (archive / "so-tttt/2020/t10.txt").stat().st_size
    assert t10[8].startswith("0.") and len(t10[9]) == 16
    assert files["phong-vhtt/2021/quy-1.txt"][3] == "PHÒNG VĂN HÓA VÀ THÔNG TIN"
    dup = rows(db, "SELECT line, \"column\", end_line, end_column, rule, category, severity, message, section "
                   "FROM findings WHERE rule = 'duplicate.line'")
    assert len(dup) == 1
    line, col, end_line, end_col, rule, cat, sev, msg, section = dup[0]
    text = (archive / "so-tttt/2020/t11.md").read_text(encoding="utf-8").splitlines()
    assert text[line - 1] == DUPLICATED and text[line - 3] == DUPLICATED and col == 3
    assert (cat, sev) == ("duplicate", "error") and section.startswith("I ›")
    series = rows(db, "SELECT path, rule, severity FROM findings WHERE category = 'series'")
    assert [(Path(p).name, r, s) for p, r, s in series] == [("t10.txt", "series.balance-mismatch", "warning")]
    n_files = rows(db, "SELECT SUM(n_error + n_warning + n_info) FROM files")[0][0]
    assert n_files == rows(db, "SELECT COUNT(*) FROM findings WHERE category != 'series'")[0][0]
    run = rows(db, "SELECT status, seen, linted, skipped, failed, unsupported, jobs FROM runs")
    assert run == [("done", 5, 5, 0, 1, 1, 2)]


def test_second_run_skips_unchanged_files(tmp_path: Path) -> None:
    root = tmp_path / "kho"
    made = make_archive(root, copies=60)
    db = tmp_path / "audit.sqlite"
    first = audit([root], db, jobs=2)
    assert first.linted == 65 and first.skipped == 0
    second = audit([root], db, jobs=2)
    assert (second.linted, second.skipped, second.seen) == (0, 65, 65)
    # counted, not timed: nothing was linted again (wall time is dominated here by loading
    # the rules; on a real archive the second run only hashes files, see the README numbers)
    print(f"\nfirst run {first.seconds:.2f} s, second run {second.seconds:.3f} s")
    assert rows(db, "SELECT COUNT(*) FROM files")[0][0] == 65
    # an edit, a new file and a deleted file: only those change
    made["so-tttt/2020/t09.md"].write_text(monthly(9, new=77), encoding="utf-8")
    (root / "so-tttt/2020/t12.txt").write_text(monthly(12), encoding="utf-8")
    made["phong-vhtt/2021/quy-1.txt"].unlink()
    third = audit([root], db, jobs=2)
    assert (third.linted, third.skipped, third.forgotten) == (2, 63, 1)
    # another rule selection is another rules version: everything is linted again
    fourth = audit([root], db, jobs=1, overrides=Overrides(ignore=("duplicate",)))
    assert fourth.linted == 65


def findings_of(db: Path) -> list[tuple]:
    return rows(db, "SELECT path, line, \"column\", rule, severity, message FROM findings "
                    "ORDER BY path, line, \"column\", rule")


def test_sigkill_mid_run_then_resume(tmp_path: Path) -> None:
    root = tmp_path / "kho"
    make_archive(root, copies=400)
    total = 405
    db = tmp_path / "killed.sqlite"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "reportlint", "audit", str(root), "--jobs", "2",
                             "--db", str(db), "-q", "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True)
    done_at_kill = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                done_at_kill = rows(db, "SELECT COUNT(*) FROM files")[0][0]
            except sqlite3.OperationalError:  # the schema is being created
                done_at_kill = 0
            if done_at_kill >= 20:
                os.killpg(proc.pid, signal.SIGKILL)  # the parent, the forkserver and the workers
                break
        time.sleep(0.005)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:]
    # consistent: every recorded file has exactly its findings, nothing half-written
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    kept = dict(rows(db, "SELECT path, audited_at FROM files"))
    assert 20 <= len(kept) < total, "the audit finished before it could be killed: make the archive bigger"
    per_file = rows(db, "SELECT f.path, f.n_error + f.n_warning + f.n_info, "
                        "(SELECT COUNT(*) FROM findings d WHERE d.path = f.path) FROM files f")
    assert all(expected == found for _, expected, found in per_file)
    assert rows(db, "SELECT status FROM runs") == [("running",)]
    # resume: only the files not yet recorded are linted; finished ones are not redone
    resumed = audit([root], db, jobs=2)
    assert resumed.linted == total - len(kept) and resumed.skipped == len(kept), \
        rows(db, "SELECT DISTINCT tool_version, rules_version FROM files")  # code edited meanwhile?
    after = dict(rows(db, "SELECT path, audited_at FROM files"))
    assert all(after[p] == t for p, t in kept.items())
    assert rows(db, "SELECT status FROM runs ORDER BY id") == [("interrupted",), ("done",)]
    # and the results equal those of an uninterrupted run
    clean = tmp_path / "clean.sqlite"
    audit([root], clean, jobs=2)
    assert findings_of(db) == findings_of(clean)
    assert len(findings_of(db)) > 130  # not trivially equal


def session_members(sid: int) -> list[int]:
    """Live processes of session `sid` (the audit was started in a session of its own)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[3]) == sid and fields[0] != "Z":  # fields: state, ppid, pgrp, session ...
            members.append(int(stat.parent.name))
    return members


def start_audit_and_wait(root: Path, db: Path) -> subprocess.Popen:
    """A parallel audit of a big archive, once its workers are busy."""
    proc = subprocess.Popen([sys.executable, "-m", "reportlint", "audit", str(root), "--jobs", "2", "--db", str(db),
                             "-q", "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if db.exists() and rows(db, "SELECT COUNT(*) FROM files")[0][0] >= 10:
                return proc
        except sqlite3.OperationalError:  # the schema is being created
            pass
        time.sleep(0.01)
    raise AssertionError("the audit finished before it could be stopped: make the archive bigger")


def wait_for_no_members(sid: int, seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := session_members(sid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_workers_die_with_a_killed_audit(tmp_path: Path) -> None:
    """SIGKILL to the audit process alone: its forkserver, resource tracker and workers go too."""
    make_archive(tmp_path / "kho", copies=400)
    proc = start_audit_and_wait(tmp_path / "kho", tmp_path / "a.sqlite")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert wait_for_no_members(proc.pid) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_sigterm_stops_an_audit_like_ctrl_c(tmp_path: Path) -> None:
    make_archive(tmp_path / "kho", copies=400)
    db = tmp_path / "a.sqlite"
    proc = start_audit_and_wait(tmp_path / "kho", db)
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)
    assert proc.returncode not in (0, -signal.SIGTERM), proc.returncode  # handled, not killed
    assert "Traceback" not in proc.stderr.read().decode()
    assert rows(db, "SELECT status FROM runs") == [("interrupted",)]
    assert wait_for_no_members(proc.pid) == []


def test_export_csv_and_json(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    out_csv, out_json = tmp_path / "f.csv", tmp_path / "f.json"
    assert main(["audit", str(archive), "--db", str(db), "-q", "--jobs", "1", "--export", "csv", str(out_csv)]) == 1
    assert main(["summary", "--db", str(db), "-q", "--export", "json", str(out_json)]) == 0
    n = rows(db, "SELECT COUNT(*) FROM findings")[0][0]
    with open(out_csv, encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert len(table) == n > 0
    row = next(r for r in table if r["rule"] == "duplicate.line")
    assert row["path"].endswith("t11.md") and row["severity"] == "error" and row["period"] == "2020-11"
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["files"]) == 5
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["hong.docx"]["status"] == "failed" and by_name["hong.docx"]["diagnostics"] == []
    assert sum(len(f["diagnostics"]) for f in data["files"]) == n
    assert {"line", "column", "end_line", "end_column", "rule", "severity", "message", "section",
            "suggestion", "evidence", "category"} <= set(by_name["t11.md"]["diagnostics"][0])
    assert data["summary"]["files"] == 5 and data["summary"]["failed_files"] == 1
    assert sorted(q.name for q in tmp_path.iterdir() if q.name.startswith(("f.", ".f."))) == ["f.csv", "f.json"]


def test_a_failed_export_leaves_the_previous_file_whole(archive: Path, tmp_path: Path, monkeypatch) -> None:
    from reportlint.audit import summary

    db, out = tmp_path / "audit.sqlite", tmp_path / "f.json"
    assert main(["audit", str(archive), "--db", str(db), "-q", "--jobs", "1", "--export", "json", str(out)]) == 1
    before = out.read_bytes()

    def broken(store, fmt, fh):  # half an export, then a crash (disk full, a bug)
        fh.write('{"version": 1, "files": [')
        raise OSError("No space left on device")

    monkeypatch.setattr(summary, "export", broken)
    assert main(["summary", "--db", str(db), "-q", "--export", "json", str(out)]) == 2  # one-line error
    assert out.read_bytes() == before
    assert [q.name for q in tmp_path.iterdir() if q.name.endswith(".tmp")] == []


def test_summary_from_the_store_alone(archive: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    import shutil

    monkeypatch.setenv("COLUMNS", "200")  # rich wraps long cells at 80 columns
    db = tmp_path / "audit.sqlite"
    main(["audit", str(archive), "--db", str(db), "-q", "--jobs", "2"])
    shutil.rmtree(archive)  # nothing left to re-lint
    capsys.readouterr()
    assert main(["summary", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    for needle in ("Audit of 5 report(s)", "1 unreadable", "Findings by category", "duplicate", "By folder",
                   "PHÒNG VĂN HÓA VÀ THÔNG TIN", "2021", "Files with the most findings", "duplicate.line",
                   "series.balance-mismatch", "not a valid .docx"):
        assert needle in out, needle


def test_bad_arguments_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["summary", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no such audit store" in capsys.readouterr().err
    assert main(["audit", str(tmp_path / "missing"), "--db", str(tmp_path / "a.sqlite")]) == 2
    assert main(["audit", str(tmp_path), "--jobs", "0"]) == 2
    (tmp_path / "junk.sqlite").write_bytes(b"not sqlite at all" * 100)
    assert main(["summary", "--db", str(tmp_path / "junk.sqlite")]) == 2
    assert "not a reportlint audit store" in capsys.readouterr().err
