"""Linting one file for the audit, in a worker process (or in-process with --jobs 1).

Workers only read and compute; they return plain data and the parent writes the store.
Configuration is discovered per file exactly as `reportlint check` does (the nearest
.reportlint.yaml or [tool.reportlint]), cached per config file in each worker.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlint.api import Overrides
from reportlint.version import __version__


class Configs:
    """path -> (Config, rules_version), discovering and caching config files."""

    def __init__(self, overrides: Overrides) -> None:
        self.overrides = overrides
        self._by_file: dict[Path | None, tuple[Any, str]] = {}
        self._by_dir: dict[Path, Path | None] = {}

    def where(self, path: Path) -> Path | None:
        if self.overrides.config:
            return Path(self.overrides.config)
        from reportlint.config import discover

        folder = path.parent
        if folder not in self._by_dir:
            self._by_dir[folder] = discover(folder)
        return self._by_dir[folder]

    def get(self, path: Path) -> tuple[Any, str]:
        where = self.where(path)
        if where not in self._by_file:
            cfg = self._apply(where)
            self._by_file[where] = (cfg, rules_version(cfg))
        return self._by_file[where]

    def _apply(self, where: Path | None) -> Any:
        from reportlint.config import load_config

        return self.overrides.apply(load_config(where))


@lru_cache(maxsize=1)
def code_version() -> str:
    """The tool version plus a fingerprint of the code and data that decide findings.

    A re-audit must not trust results made by other code, and during development the
    version number alone does not change; the fingerprint does. Reading ~50 small files
    once per run costs a few milliseconds.
    """
    from reportlint._resources import rules_dir

    pkg = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    parts = [p for p in sorted(pkg.rglob("*.py")) if "audit" not in p.relative_to(pkg).parts[:1]
             and "render" not in p.relative_to(pkg).parts[:1]] + sorted(rules_dir().glob("*.yaml"))
    grammars = pkg / "grammars"
    parts += sorted(grammars.glob("*.lark")) if grammars.is_dir() else sorted((pkg.parent / "grammars").glob("*.lark"))
    for p in parts:
        h.update(p.name.encode())
        try:
            h.update(p.read_bytes())
        except OSError:
            pass
    return f"{__version__}+{h.hexdigest()[:10]}"


def rules_version(cfg: Any) -> str:
    """A hash of the active rule set: ids, kinds, severities, options, messages, settings."""
    rules = [(r.id, r.kind, r.severity, r.options, r.message, r.message_vi) for r in cfg.active_rules(None)]
    data = {"rules": sorted(rules, key=lambda r: r[0]), "lang": cfg.lang,
            "today": cfg.today.isoformat() if cfg.today else None,
            "per_file_ignores": cfg.per_file_ignores}
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def file_hash(path: Path) -> tuple[str, int, int]:
    """sha256 of the bytes, size and mtime_ns (the content decides, not the date)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        st = os.fstat(f.fileno())
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest(), st.st_size, st.st_mtime_ns


@dataclass
class Task:
    path: str
    hash: str
    size: int
    mtime_ns: int
    rules_version: str
    tool_version: str


@dataclass
class Outcome:
    """A linted file, ready for the store."""

    file: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)


_CONFIGS: Configs | None = None


def init(overrides: Overrides, parent: int | None = None) -> None:
    """Process-pool initializer: each worker keeps its own config cache, and dies with the
    audit process `parent` (a SIGKILLed audit must not leave workers behind)."""
    global _CONFIGS
    _CONFIGS = Configs(overrides)
    if parent is not None:
        import threading

        threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="reportlint-parent-watch").start()


def _exit_with(parent: int, every: float = 0.5) -> None:
    """Exit this process once `parent` is gone. A pool worker's own parent is the
    forkserver, and a worker blocked on its task queue never learns that the audit died."""
    while True:
        time.sleep(every)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid was reused by another user's process: ours is gone
            os._exit(1)


def lint_file(task: Task) -> Outcome:
    """Load and lint one file; any failure becomes a 'failed' row, never an exception."""
    from reportlint.errors import LoadError
    from reportlint.loaders import load

    path = Path(task.path)
    row: dict[str, Any] = {
        "path": task.path, "folder": str(path.parent), "size": task.size, "mtime_ns": task.mtime_ns,
        "hash": task.hash, "format": path.suffix.lower().lstrip("."), "status": "ok", "reason": None,
        "tool_version": task.tool_version, "rules_version": task.rules_version, "audited_at": time.time(),
    }
    t0 = time.perf_counter()
    try:
        doc = load(path)
    except LoadError as e:
        return Outcome({**row, "status": "failed", "reason": _short(str(e), task.path),
                        "load_ms": _ms(t0)})
    except Exception as e:  # a loader bug must not stop the audit
        return Outcome({**row, "status": "failed", "reason": f"internal error while loading: {type(e).__name__}: {e}",
                        "load_ms": _ms(t0)})
    row["format"] = doc.format
    row["load_ms"] = _ms(t0)
    t1 = time.perf_counter()
    try:
        return _lint(doc, row, t1)
    except Exception as e:  # a check bug: record it and go on
        return Outcome({**row, "status": "failed", "reason": f"internal error: {type(e).__name__}: {e}",
                        "lint_ms": _ms(t1)})


def _lint(doc: Any, row: dict[str, Any], t1: float) -> Outcome:
    from reportlint.api import lint_document
    from reportlint.analysis.outline import build
    from reportlint.analysis import series

    configs = _CONFIGS or Configs(Overrides())
    cfg, _ = configs.get(Path(row["path"]))
    outline = build(doc)
    diags = lint_document(doc, cfg, outline)
    facts = series.extract(outline)
    row["lint_ms"] = _ms(t1)
    counts = {s: 0 for s in ("error", "warning", "info")}
    findings = []
    for d in diags:
        counts[d.severity] = counts.get(d.severity, 0) + 1
        findings.append({**d.to_dict(), "path": row["path"], "category": d.category})
    row.update({f"n_{s}": n for s, n in counts.items() if s in ("error", "warning", "info")})
    row.update({k: facts.get(k) for k in ("body", "parent_body", "year", "title", "signer")})
    row["period"] = series.period_label(facts.get("period"))
    row["facts"] = facts
    return Outcome(row, findings)


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 3)


def _short(message: str, path: str) -> str:
    """A LoadError message without the path the row already carries."""
    return message[len(path) + 2:] if message.startswith(path + ": ") else message
