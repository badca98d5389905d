"""The results store: one SQLite file, written by the parent process only.

Tables (documented in the README; stable within a schema version):

- ``files``: one row per report audited — path (absolute), folder, size, mtime_ns, hash
  (sha256 of the bytes), format, status ``ok`` / ``failed``, reason (why it failed),
  load_ms, lint_ms, tool_version, rules_version, run_id, audited_at (unix time), what the
  header says (body, parent_body, year, period, title, signer), counts per severity of its
  own findings, and ``facts`` (JSON: the figures the cross-report checks compare).
- ``findings``: one row per diagnostic — every ``Diagnostic`` field plus ``category``.
  Cross-report findings (category ``series``) are recomputed after every audit.
- ``runs``: one row per audit run with its counts; ``meta``: the schema version.

Durability: WAL journal, one transaction per file (the file row and its findings together),
so a run killed at any moment leaves a consistent store that lacks at most the files that
were being linted; the next run skips every file already recorded (same path, hash, tool
and rules version).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

SCHEMA_VERSION = "1"
DEFAULT_DB = "reportlint-audit.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started REAL NOT NULL, finished REAL, status TEXT NOT NULL,
    roots TEXT NOT NULL, jobs INTEGER, tool_version TEXT,
    seen INTEGER DEFAULT 0, linted INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0, unsupported INTEGER DEFAULT 0, excluded INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
    hash TEXT NOT NULL, format TEXT, status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    reason TEXT, load_ms REAL, lint_ms REAL, tool_version TEXT NOT NULL,
    rules_version TEXT NOT NULL, run_id INTEGER, audited_at REAL,
    body TEXT, parent_body TEXT, year INTEGER, period TEXT, title TEXT, signer TEXT,
    n_error INTEGER DEFAULT 0, n_warning INTEGER DEFAULT 0, n_info INTEGER DEFAULT 0,
    facts TEXT
);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    line INTEGER, "column" INTEGER, end_line INTEGER, end_column INTEGER,
    rule TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL, message TEXT,
    section TEXT, suggestion TEXT, evidence TEXT
);
CREATE INDEX IF NOT EXISTS findings_path ON findings(path);
CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule);
"""

FINDING_FIELDS = ("path", "line", "column", "end_line", "end_column", "rule", "category",
                  "severity", "message", "section", "suggestion", "evidence")
FILE_FIELDS = ("path", "folder", "size", "mtime_ns", "hash", "format", "status", "reason",
               "load_ms", "lint_ms", "tool_version", "rules_version", "run_id", "audited_at",
               "body", "parent_body", "year", "period", "title", "signer",
               "n_error", "n_warning", "n_info", "facts")


class StoreError(Exception):
    """The store cannot be used (not a reportlint store, another schema, unreadable)."""


@dataclass(frozen=True)
class Known:
    """What the store remembers of a file, to decide whether to lint it again."""

    hash: str
    tool_version: str
    rules_version: str


class Store:
    """A results store. Use as a context manager; all writes happen in this process."""

    def __init__(self, path: str | os.PathLike, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"{self.path}: no such audit store (run 'reportlint audit' first)")
        try:
            self.db = sqlite3.connect(str(self.path), timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: consistent after a crash
            self.db.execute("PRAGMA foreign_keys=ON")
            self._init()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a reportlint audit store ({e})") from None

    def _init(self) -> None:
        with self.db:
            self.db.executescript(_SCHEMA)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif row[0] != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store has schema {row[0]}, this reportlint writes "
                                 f"{SCHEMA_VERSION}; use another --db")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------

    def start_run(self, roots: list[str], jobs: int, tool_version: str) -> int:
        with self.db:  # a run still 'running' was killed: say so
            self.db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cur = self.db.execute(
                "INSERT INTO runs (started, status, roots, jobs, tool_version) VALUES (?, 'running', ?, ?, ?)",
                (time.time(), json.dumps(roots, ensure_ascii=False), jobs, tool_version))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str, **counts: int) -> None:
        cols = ", ".join(f"{k} = ?" for k in counts)
        with self.db:
            self.db.execute(f"UPDATE runs SET finished = ?, status = ?{', ' + cols if cols else ''} WHERE id = ?",
                            (time.time(), status, *counts.values(), run_id))

    # -- files --------------------------------------------------------------------------

    def known(self) -> dict[str, Known]:
        rows = self.db.execute("SELECT path, hash, tool_version, rules_version FROM files")
        return {p: Known(h, t, r) for p, h, t, r in rows}

    def record(self, file: dict[str, Any], findings: Iterable[dict[str, Any]]) -> None:
        """Replace a file's row and its findings in one transaction."""
        row = {k: file.get(k) for k in FILE_FIELDS}
        for k in ("n_error", "n_warning", "n_info"):
            row[k] = row[k] or 0
        if isinstance(row["facts"], (dict, list)):
            row["facts"] = json.dumps(row["facts"], ensure_ascii=False)
        with self.db:
            self.db.execute("DELETE FROM findings WHERE path = ?", (row["path"],))
            self.db.execute(f"INSERT OR REPLACE INTO files ({', '.join(FILE_FIELDS)}) "
                            f"VALUES ({', '.join('?' * len(FILE_FIELDS))})", tuple(row.values()))
            self.db.executemany(
                f"INSERT INTO findings ({', '.join(_q(f) for f in FINDING_FIELDS)}) "
                f"VALUES ({', '.join('?' * len(FINDING_FIELDS))})",
                [tuple(d.get(k) for k in FINDING_FIELDS) for d in findings])

    def forget(self, paths: Iterable[str]) -> int:
        """Drop files (and their findings) that are no longer part of the archive."""
        paths = list(paths)
        with self.db:
            self.db.executemany("DELETE FROM findings WHERE path = ?", [(p,) for p in paths])
            self.db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in paths])
        return len(paths)

    def files(self, where: str = "", args: tuple = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(f"SELECT {', '.join(FILE_FIELDS)} FROM files {where} ORDER BY path", args)
        return [dict(zip(FILE_FIELDS, r)) for r in cur]

    def findings(self, where: str = "", args: tuple = ()) -> Iterator[dict[str, Any]]:
        cur = self.db.execute(f"SELECT {', '.join(_q(f) for f in FINDING_FIELDS)} FROM findings {where} "
                              f"ORDER BY path, line, \"column\", rule", args)
        for r in cur:
            yield dict(zip(FINDING_FIELDS, r))

    def replace_category(self, category: str, findings: Iterable[dict[str, Any]]) -> None:
        """Replace every finding of one category (the cross-report checks) at once."""
        with self.db:
            self.db.execute("DELETE FROM findings WHERE category = ?", (category,))
            self.db.executemany(
                f"INSERT INTO findings ({', '.join(_q(f) for f in FINDING_FIELDS)}) "
                f"VALUES ({', '.join('?' * len(FINDING_FIELDS))})",
                [tuple(d.get(k) for k in FINDING_FIELDS) for d in findings])

    def query(self, sql: str, args: tuple = ()) -> list[tuple]:
        return self.db.execute(sql, args).fetchall()


def _q(name: str) -> str:
    return f'"{name}"'
