"""`--format concise`: one `path:line:col: severity rule message` line per finding."""

from __future__ import annotations

import sys

from reportlint.render import FileResult, terminal_safe

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TextIO


def line(d) -> str:
    return terminal_safe(f"{d.path}:{d.line}:{d.column}: {d.severity} {d.rule} {d.message}")


def render(results: list[FileResult], out: TextIO = sys.stdout, **_: object) -> None:
    for r in results:
        for d in r.diagnostics:
            out.write(line(d) + "\n")
