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
from reportlint.i18n import severity as _sev, t

SEVERITIES = ("error", "warning", "info")


def _counts() -> dict[str, int]:
    return {s: 0 for s in SEVERITIES}


def compute(store: Store, top: int = 15, lang: str = "en") -> dict[str, Any]:
    """The summary of everything in the store (a body or year no header gave is "unknown" in `lang`)."""
    unknown = t("audit.unknown", lang)
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
    out["by_body"] = _group(files, per_file, lambda f: _body(f, unknown))
    out["by_year"] = sorted(_group(files, per_file, lambda f: str(f["year"]) if f["year"] else unknown),
                            key=lambda r: r["key"])
    out["worst_files"] = _worst(files, per_file, root, top, unknown)
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


def _body(f: dict[str, Any], unknown: str) -> str:
    body = f.get("body")
    if not body:
        return unknown
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


def _worst(files: list[dict[str, Any]], per_file: dict[str, dict[str, int]], root: str, top: int,
           unknown: str) -> list[dict[str, Any]]:
    rows = []
    for f in files:
        c = per_file.get(f["path"])
        if not c or not sum(c.values()):
            continue
        rows.append({"path": _rel(f["path"], root), "body": _body(f, unknown), "period": f["period"] or "",
                     **c, "total": sum(c.values())})
    rows.sort(key=lambda r: (-r["error"], -r["warning"], -r["info"], r["path"]))
    return rows[:top]


# -- terminal ---------------------------------------------------------------------------


def render_terminal(summary: dict[str, Any], console: Any, lang: str = "en") -> None:
    """Rich tables: overview, categories, folders, bodies, years, worst files, rules."""
    from rich.markup import escape
    from rich.table import Table

    s = summary
    sev = s["by_severity"]
    counts = t("audit.overview_counts", lang, ok=s["ok"], failed=s["failed_files"], findings=s["findings"],
               errors=sev["error"], warnings=sev["warning"], info=sev["info"], with_findings=s["files_with_findings"])
    console.print(f"[bold]{escape(t('audit.overview', lang, files=s['files']))}[/] "
                  f"{escape(t('audit.in', lang, root=s['root'] or '.'))}: {escape(counts)}   "
                  f"[dim]{escape(t('audit.store', lang, path=s['store']))}[/]")

    def col(name: str) -> str:
        return _sev(name, lang) if name in SEVERITIES else t(f"audit.col.{name}", lang)

    def table(title: str, columns: tuple[str, ...], rows: list[list[str]], right: tuple[str, ...] = ()) -> None:
        if not rows:
            return
        tab = Table(title=t(title, lang), title_justify="left", title_style="bold", header_style="bold")
        for c in columns:
            tab.add_column(col(c), justify="right" if c in right else "left", overflow="fold",
                           style={"error": "red", "warning": "yellow", "info": "cyan", "total": "bold"}.get(c, ""))
        for r in rows:
            tab.add_row(*r)
        console.print(tab)

    numbers = ("files", "unreadable", *SEVERITIES, "total", "findings")
    for title, first, key in (("audit.by_category", "category", "by_category"), ("audit.by_folder", "folder", "by_folder"),
                              ("audit.by_body", "body", "by_body"), ("audit.by_year", "year", "by_year")):
        files = key != "by_category"
        table(title, (first, *(("files", "unreadable") if files else ()), *SEVERITIES, "total"),
              [[str(r["key"]), *([str(r["files"]), str(r["failed"])] if files else []),
                *(str(r[x]) for x in SEVERITIES), str(r["total"])] for r in s[key]], numbers)
    table("audit.worst", ("file", "period", *SEVERITIES),
          [[r["path"], r["period"], *(str(r[x]) for x in SEVERITIES)] for r in s["worst_files"]], numbers)
    table("audit.top_rules", ("rule", "severity", "findings", "files"),
          [[r["rule"], _sev(r["severity"], lang), str(r["count"]), str(r["files"])] for r in s["top_rules"]], numbers)
    table("audit.series", ("file", "line", "rule", "message"),
          [[d["path"], str(d["line"]), d["rule"], d["message"]] for d in s["series"][:30]])
    table("audit.failed", ("file", "reason"), [[r["path"], r["reason"]] for r in s["failed"][:30]])
    if len(s["failed"]) > 30:
        console.print(f"[dim]{escape(t('audit.more', lang, count=len(s['failed']) - 30))}[/]")


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

