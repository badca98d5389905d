"""`--format github`: GitHub Actions workflow commands, shown as annotations on the diff.

    ::error file=bao-cao.md,line=12,col=5,endLine=12,endColumn=9,title=duplicate.word::'các' is typed twice

Chosen automatically when GITHUB_ACTIONS=true and no --format is given (as yamllint
does). Severity info becomes a `notice`. Escaping follows the Actions runner: in the
message `%`, CR and LF are percent-encoded; in property values `:` and `,` are too,
since they separate properties.
"""

from __future__ import annotations

import sys

from reportlint.render import FileResult, terminal_safe

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TextIO

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The runner's escapes, and no other control character (a log is read in a terminal too)."""
    return terminal_safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: object) -> str:
    """One workflow command line: ::level k=v,k=v::message."""
    body = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {body}::{escape_data(message)}" if body else f"::{level}::{escape_data(message)}"


def line(d) -> str:
    message = d.message + (f" ({d.evidence})" if _adds(d.evidence, d.message) else "")
    if d.suggestion:
        message += f" → {d.suggestion}"
    return command(LEVEL.get(d.severity, "warning"), message, file=d.path, line=d.line, col=d.column,
                   endLine=d.end_line, endColumn=d.end_column, title=d.rule)


def _adds(evidence: str | None, message: str) -> bool:
    """Whether the evidence says more than the message (a recomputation often is in both)."""
    return bool(evidence) and evidence.split(" ‖ ")[0] not in message


def render(results: list[FileResult], out: TextIO = sys.stdout, **_: object) -> None:
    for r in results:
        if r.error is not None:
            out.write(command("error", r.error, file=r.path, title="reportlint") + "\n")
        for d in r.diagnostics:
            out.write(line(d) + "\n")
