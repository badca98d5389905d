"""What an inspector reads: the audit summarised from the store alone (no re-linting).

`compute(store)` returns plain data (also the "summary" of the JSON export and the input
of the HTML report); `render_terminal` prints it as rich tables; `export` writes every
finding as CSV or the whole store as JSON.
"""

from __future__ import annotations

import csv
import json
import os
import time
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from reportlint.audit.store import FINDING_FIELDS, Store

SEVERITIES = ("error", "warning", "info")
UNKNOWN = "(không rõ)"  # "unknown" in the inspector's language: no header to read it from


def _counts() -> dict[str, int]:
    return {s: 0 for s in SEVERITIES}


def compute(store: Store, top: int = 15) -> dict[str, Any]:
    """The summary of everything in the store."""
    files = store.files()
    per_file: dict[str, dict[str, int]] = defaultdict(_counts)
    for path, sev, n in store.query("SELECT path, severity, COUNT(*) FROM findings GROUP BY path, severity"):
        per_file[path][sev] = n
    root = _root([f["path"] for f in files])
    totals = _counts()
    for c in per_file.values():
        for s in SEVERITIES:
            totals[s] += c[s]
    last = store.query("SELECT id, started, finished, status, seen, linted, skipped, failed, unsupported, "
                       "excluded, jobs, tool_version FROM runs ORDER BY id DESC LIMIT 1")
    out: dict[str, Any] = {
        "store": str(store.path), "generated": time.strftime("%Y-%m-%d %H:%M"), "root": root,
        "files": len(files), "ok": sum(f["status"] == "ok" for f in files),
        "failed_files": sum(f["status"] == "failed" for f in files),
        "findings": sum(totals.values()), "by_severity": totals,
        "files_with_findings": sum(1 for c in per_file.values() if sum(c.values())),
        "bytes": sum(f["size"] or 0 for f in files),
        "last_run": dict(zip(("id", "started", "finished", "status", "seen", "linted", "skipped", "failed",
                              "unsupported", "excluded", "jobs", "tool_version"), last[0])) if last else None,
    }
    out["by_category"] = _by_category(store)
    out["by_folder"] = _group(files, per_file, lambda f: _rel(f["folder"], root) or ".")
    out["by_body"] = _group(files, per_file, lambda f: _body(f))
    out["by_year"] = sorted(_group(files, per_file, lambda f: str(f["year"]) if f["year"] else UNKNOWN),
                            key=lambda r: r["key"])
    out["worst_files"] = _worst(files, per_file, root, top)
    out["top_rules"] = [{"rule": r, "severity": s, "count": n, "files": nf} for r, s, n, nf in store.query(
        "SELECT rule, MIN(severity), COUNT(*), COUNT(DISTINCT path) FROM findings GROUP BY rule "
        "ORDER BY COUNT(*) DESC, rule LIMIT ?", (top,))]
    out["failed"] = [{"path": _rel(f["path"], root), "reason": f["reason"] or ""} for f in files if f["status"] == "failed"]
    out["series"] = [{**d, "path": _rel(d["path"], root)} for d in store.findings("WHERE category = 'series'")]
    return out


def _root(paths: list[str]) -> str:
    if not paths:
        return ""
    try:
        common = os.path.commonpath(paths)
    except ValueError:  # different drives
        return ""
    return common if len(paths) > 1 or not Path(common).is_file() else str(Path(common).parent)


def _rel(path: str, root: str) -> str:
    if root and (path == root or path.startswith(root.rstrip(os.sep) + os.sep)):
        return os.path.relpath(path, root)
    return path


def _body(f: dict[str, Any]) -> str:
    body = f.get("body")
    if not body:
        return UNKNOWN
    return f"{body} ({f['parent_body']})" if f.get("parent_body") else body


def _by_category(store: Store) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, int]] = defaultdict(_counts)
    for cat, sev, n in store.query("SELECT category, severity, COUNT(*) FROM findings GROUP BY category, severity"):
        rows[cat][sev] = n
    out = [{"key": cat, **c, "total": sum(c.values())} for cat, c in rows.items()]
    return sorted(out, key=lambda r: (-r["total"], r["key"]))


def _group(files: list[dict[str, Any]], per_file: dict[str, dict[str, int]], key) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, int]] = {}
    for f in files:
        k = key(f)
        row = rows.setdefault(k, {"files": 0, "failed": 0, **_counts()})
        row["files"] += 1
        row["failed"] += f["status"] == "failed"
        for s in SEVERITIES:
            row[s] += per_file.get(f["path"], {}).get(s, 0)
    out = [{"key": k, **r, "total": sum(r[s] for s in SEVERITIES)} for k, r in rows.items()]
    return sorted(out, key=lambda r: (-r["error"], -r["warning"], -r["total"], r["key"]))


def _worst(files: list[dict[str, Any]], per_file: dict[str, dict[str, int]], root: str, top: int) -> list[dict[str, Any]]:
    rows = []
    for f in files:
        c = per_file.get(f["path"])
        if not c or not sum(c.values()):
            continue
        rows.append({"path": _rel(f["path"], root), "body": _body(f), "period": f["period"] or "",
                     **c, "total": sum(c.values())})
    rows.sort(key=lambda r: (-r["error"], -r["warning"], -r["info"], r["path"]))
    return rows[:top]


# -- terminal ---------------------------------------------------------------------------


def render_terminal(summary: dict[str, Any], console: Any) -> None:
    """Rich tables: overview, categories, folders, bodies, years, worst files, rules."""
    from rich.table import Table

    s = summary
    sev = s["by_severity"]
    console.print(f"[bold]Audit of {s['files']} report(s)[/] in {s['root'] or '.'}: "
                  f"{s['ok']} checked, [red]{s['failed_files']} unreadable[/], "
                  f"{s['findings']} finding(s) ([red]{_count(sev['error'], 'error')}[/], "
                  f"[yellow]{_count(sev['warning'], 'warning')}[/], [cyan]{sev['info']} info[/]) "
                  f"in {s['files_with_findings']} file(s)   [dim]store: {s['store']}[/]")

    def table(title: str, first: str, rows: list[dict[str, Any]], with_files: bool = True) -> None:
        if not rows:
            return
        t = Table(title=title, title_justify="left", title_style="bold", header_style="bold")
        t.add_column(first, overflow="fold")
        if with_files:
            t.add_column("files", justify="right")
            t.add_column("unreadable", justify="right")
        for name, style in (("error", "red"), ("warning", "yellow"), ("info", "cyan")):
            t.add_column(name, justify="right", style=style)
        t.add_column("total", justify="right", style="bold")
        for r in rows:
            cells = [str(r["key"])] + ([str(r["files"]), str(r["failed"])] if with_files else [])
            t.add_row(*cells, *(str(r[x]) for x in SEVERITIES), str(r["total"]))
        console.print(t)

    table("Findings by category and severity", "category", s["by_category"], with_files=False)
    table("By folder", "folder", s["by_folder"])
    table("By issuing body (from the header)", "issuing body", s["by_body"])
    table("By year", "year", s["by_year"])
    if s["worst_files"]:
        t = Table(title="Files with the most findings", title_justify="left", title_style="bold", header_style="bold")
        for col in ("file", "period", "error", "warning", "info"):
            t.add_column(col, justify="right" if col in SEVERITIES else "left", overflow="fold")
        for r in s["worst_files"]:
            t.add_row(r["path"], r["period"], str(r["error"]), str(r["warning"]), str(r["info"]))
        console.print(t)
    if s["top_rules"]:
        t = Table(title="Most frequent rules", title_justify="left", title_style="bold", header_style="bold")
        for col in ("rule", "severity", "findings", "files"):
            t.add_column(col, justify="right" if col in ("findings", "files") else "left")
        for r in s["top_rules"]:
            t.add_row(r["rule"], r["severity"], str(r["count"]), str(r["files"]))
        console.print(t)
    if s["series"]:
        t = Table(title="Across reports (series)", title_justify="left", title_style="bold", header_style="bold")
        for col in ("file", "line", "rule", "message"):
            t.add_column(col, overflow="fold")
        for d in s["series"][:30]:
            t.add_row(d["path"], str(d["line"]), d["rule"], d["message"])
        console.print(t)
    if s["failed"]:
        t = Table(title="Unreadable files", title_justify="left", title_style="bold", header_style="bold")
        t.add_column("file", overflow="fold")
        t.add_column("reason", overflow="fold")
        for r in s["failed"][:30]:
            t.add_row(r["path"], r["reason"])
        console.print(t)
        if len(s["failed"]) > 30:
            console.print(f"[dim]... and {len(s['failed']) - 30} more[/]")


# -- export -----------------------------------------------------------------------------

CSV_FIELDS = FINDING_FIELDS + ("body", "period", "year")


def export(store: Store, fmt: str, out: IO[str]) -> int:
    """Write the store as CSV (one row per finding) or JSON (files with their findings)."""
    files = {f["path"]: f for f in store.files()}
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(CSV_FIELDS)
        n = 0
        for d in store.findings():
            f = files.get(d["path"], {})
            w.writerow([d[k] for k in FINDING_FIELDS] + [f.get("body") or "", f.get("period") or "", f.get("year") or ""])
            n += 1
        return n
    by_path: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in store.findings():
        by_path[d["path"]].append({k: v for k, v in d.items() if k != "path"})
    from reportlint.version import __version__

    doc = {
        "version": 1, "tool": f"reportlint {__version__}",
        "files": [{**{k: v for k, v in f.items() if k not in ("facts",)}, "diagnostics": by_path.get(p, [])}
                  for p, f in files.items()],
        "summary": compute(store),
    }
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return sum(len(v) for v in by_path.values())


def _count(n: int, word: str) -> str:
    """"1 error", "2 errors" (English; the count words of this summary)."""
    return f"{n} {word}{'' if n == 1 else 's'}"
