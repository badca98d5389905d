"""Baselines: record today's findings, later report only the new ones.

`reportlint check reports/ --write-baseline .reportlint-baseline.json` records every
finding; `reportlint check reports/ --baseline .reportlint-baseline.json` then reports only
findings that are not in it. This lets a team adopt reportlint on an archive full of old
defects and still fail CI on new ones.

A finding is matched by (path, rule, fingerprint), never by line number, so editing a
report elsewhere does not bring old findings back. The fingerprint hashes

- the rule id,
- the text of the finding's span (whitespace collapsed) — what is wrong,
- the text of the line(s) the span is on, with every digit replaced by 0 — where it is.
  Masking the digits keeps a finding stable when an unrelated figure on the same line is
  updated for the new period, while a change to the flagged text itself makes it new,
- an occurrence index among findings with the same hash in the same file, so that two
  identical findings (a sentence pasted three times) are counted, not merged.

Inserting or deleting paragraphs above a finding changes its line number but none of these.
The file is JSON, written atomically (temp file + os.replace), sorted for clean diffs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePath

from reportlint.atomic import write_atomic
from reportlint.model.diagnostic import Diagnostic

FORMAT_VERSION = 1
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


class BaselineError(ValueError):
    """An unreadable or invalid baseline file (one line, exit 2)."""


def _norm(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _span_text(d: Diagnostic, source: list[str]) -> tuple[str, str]:
    """(text of the span, text of its lines) from the original source lines."""
    lines = source[d.line - 1:d.end_line] if 0 < d.line <= len(source) else []
    if not lines:
        return "", ""
    if len(lines) == 1:
        span = lines[0][d.column - 1:max(d.column, d.end_column - 1)]
    else:
        span = " ".join([lines[0][d.column - 1:], *lines[1:-1], lines[-1][:max(0, d.end_column - 1)]])
    return _norm(span), _norm(" ".join(lines))


def path_key(path: str) -> str:
    """The path as stored in a baseline: relative to the working directory when inside it, '/' separators."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            pass
    return PurePath(os.path.normpath(p)).as_posix()


def fingerprints(diagnostics: list[Diagnostic], source: list[str]) -> list[str]:
    """One content fingerprint per diagnostic (same order), stable under edits elsewhere."""
    seen: Counter[str] = Counter()
    out = []
    for d in diagnostics:
        span, context = _span_text(d, source)
        h = hashlib.sha256("\x1f".join((d.rule, span, _DIGIT.sub("0", context))).encode()).hexdigest()[:20]
        out.append(f"{h}:{seen[h]}")
        seen[h] += 1
    return out


def entries(path: str, diagnostics: list[Diagnostic], source: list[str]) -> list[dict]:
    """Baseline records for one file's findings."""
    key = path_key(path)
    return [{"path": key, "rule": d.rule, "fingerprint": fp, "line": d.line, "message": d.message}
            for d, fp in zip(diagnostics, fingerprints(diagnostics, source))]


class Baseline:
    """A set of known findings: (path, rule, fingerprint)."""

    def __init__(self, known: Iterable[tuple[str, str, str]] = ()) -> None:
        self.known = set(known)

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Baseline":
        """Read a baseline file; BaselineError (one line) if it is not one."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError("no such file") from None
        except (OSError, UnicodeDecodeError) as e:
            raise BaselineError(getattr(e, "strerror", None) or str(e)) from None
        except json.JSONDecodeError as e:
            raise BaselineError(f"invalid JSON at line {e.lineno}: {e.msg}") from None
        if not isinstance(data, dict) or data.get("tool") != "reportlint" or not isinstance(data.get("findings"), list):
            raise BaselineError("expected an object with \"tool\": \"reportlint\" and a \"findings\" list")
        if data.get("version") != FORMAT_VERSION:
            raise BaselineError(f"unsupported version {data.get('version')!r} (this reportlint reads {FORMAT_VERSION})")
        known = []
        for i, f in enumerate(data["findings"]):
            if not isinstance(f, dict) or not all(isinstance(f.get(k), str) for k in ("path", "rule", "fingerprint")):
                raise BaselineError(f"finding {i + 1} needs string \"path\", \"rule\" and \"fingerprint\"")
            known.append((f["path"], f["rule"], f["fingerprint"]))
        return cls(known)

    def filter(self, path: str, diagnostics: list[Diagnostic], source: list[str]) -> tuple[list[Diagnostic], int]:
        """The diagnostics not in the baseline, and how many were suppressed."""
        key = path_key(path)
        new = [d for d, fp in zip(diagnostics, fingerprints(diagnostics, source))
               if (key, d.rule, fp) not in self.known]
        return new, len(diagnostics) - len(new)


def write(path: str | os.PathLike, records: list[dict]) -> None:
    """Write a baseline atomically: a reader never sees half a file."""
    target = Path(path)
    records = sorted(records, key=lambda r: (r["path"], r["rule"], r["line"], r["fingerprint"]))
    doc = {"tool": "reportlint", "version": FORMAT_VERSION, "findings": records}
    write_atomic(target, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")

