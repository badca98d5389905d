"""`--format jsonl`: one JSON object per line, for streaming audits of large archives.

Each line is one diagnostic with the same keys as a diagnostic of `--format json`
(path, line, column, end_line, end_column, rule, severity, message, section, suggestion,
evidence). A file that could not be read gives one line {"path": ..., "error": ...}
instead. Output is flushed after each file, so a consumer sees results while the audit
runs (the CLI renders each file as soon as it is checked). No summary line: count the
lines.
"""

from __future__ import annotations

import json
import sys

from reportlint.render import FileResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TextIO


def render_file(r: FileResult, out: TextIO = sys.stdout) -> None:
    """Write one file's lines and flush."""
    if r.error is not None:
        out.write(json.dumps({"path": r.path, "error": r.error}, ensure_ascii=False) + "\n")
    for d in r.diagnostics:
        out.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
    out.flush()


def render(results: list[FileResult], out: TextIO = sys.stdout, **_: object) -> None:
    for r in results:
        render_file(r, out)
