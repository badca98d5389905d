"""`--format json`: one stable object, documented in the README.

{"version": "0.1.0",
 "files": [{"path": "...", "diagnostics": [{path, line, column, end_line, end_column,
            rule, severity, message, section, suggestion, evidence[, page]}, ...]}],
 "summary": {"files": N, "errors": N, "warnings": N, "info": N, "failed": N}}

`page` only for a PDF. A file that could not be read has "error": "<reason>" and no diagnostics.
With --explain, each file also has "claims": [{line, column, end_column, kind, status, reason,
text}, ...] (render.explain.records) instead of the explanation printed as text.
"""

from __future__ import annotations

import json
import sys

from reportlint.render import FileResult, counts
from reportlint.version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TextIO


def document(results: list[FileResult]) -> dict:
    files = []
    for r in results:
        entry: dict = {"path": r.path, "diagnostics": [d.to_dict() for d in r.diagnostics]}
        if r.error is not None:
            entry["error"] = r.error
        if r.claims is not None:
            entry["claims"] = r.claims
        files.append(entry)
    c = counts(results)
    summary = {"files": c["files"], "errors": c["error"], "warnings": c["warning"], "info": c["info"], "failed": c["failed"]}
    return {"version": __version__, "files": files, "summary": summary}


def render(results: list[FileResult], out: TextIO = sys.stdout, **_: object) -> None:
    json.dump(document(results), out, ensure_ascii=False, indent=2)
    out.write("\n")
