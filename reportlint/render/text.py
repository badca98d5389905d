"""The default terminal output: grouped by file, the source line with the span marked.

Colour comes from rich, imported only when colour is on, so a pre-commit run piping
to a log does not pay for it.
"""

from __future__ import annotations

import sys

from reportlint.render import FileResult, counts, terminal_safe
from reportlint.i18n import severity as _sev, t

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TextIO

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
WIDTH = 110  # context shown around a finding in a long paragraph line


def _excerpt(source: str, col: int, end_col: int) -> tuple[str, int, int]:
    """A window of the source line around [col, end_col) (1-based), and the marks in it."""
    src = source.expandtabs(1)
    start = max(0, col - 1 - WIDTH // 2)
    end = min(len(src), start + WIDTH)
    start = max(0, min(start, end - WIDTH))
    pre = "…" if start > 0 else ""
    post = "…" if end < len(src) else ""
    a = col - 1 - start + len(pre)
    b = max(a + 1, min(end_col - 1, end) - start + len(pre))
    return pre + src[start:end] + post, a, b


def _pieces(r: FileResult, quiet: bool, lang: str = "en") -> list[list[tuple[str, str]]]:
    """Output lines as (text, style) pieces."""
    lines: list[list[tuple[str, str]]] = []
    if not r.diagnostics:
        return lines
    lines.append([(r.path, "bold underline")])
    for d in r.diagnostics:
        where = f"  {d.line}:{d.column}" + (f" ({t('label.page', lang)} {d.page})" if d.page else "")
        head = [(where, "bold"), ("  ", ""), (_sev(d.severity, lang), STYLE.get(d.severity, "")),
                ("  ", ""), (d.rule, "magenta"), ("  ", ""), (d.message, "")]
        lines.append(head)
        if quiet:
            continue
        if d.section:
            lines.append([("      § ", "dim"), (d.section, "dim")])
        src = r.source[d.line - 1] if 0 < d.line <= len(r.source) else ""
        if src.strip():
            end_col = d.end_column if d.end_line == d.line else len(src) + 1
            text, a, b = _excerpt(src, d.column, end_col)
            gutter = f"{d.line:>6} │ "
            lines.append([(gutter, "blue"), (text, "")])
            lines.append([(" " * 6 + " │ ", "blue"), (" " * a + "^" * (b - a), STYLE.get(d.severity, ""))])
        if d.evidence and d.rule.startswith("table.") and " ‖ " in d.evidence:
            ev, row = d.evidence.split(" ‖ ", 1)
            lines.append([("      = ", "dim"), (ev, "italic")])
            lines.extend(_table_row(row, STYLE.get(d.severity, "")))
        elif d.evidence:
            lines.append([("      = ", "dim"), (d.evidence, "italic")])
        if d.suggestion:
            lines.append([("      → ", "green"), (t("label.suggestion", lang, suggestion=d.suggestion), "green")])
    lines.append([])
    return lines


def _table_row(row: str, style: str) -> list[list[tuple[str, str]]]:
    """A table finding's row ('Đơn vị: Tổng cộng │ Trực tuyến: »935«') as three lines:
    the column headers, the values, and a mark under the cell that disagrees."""
    cells = [c.partition(": ") for c in row.split(" │ ")]
    heads = [h for h, _, _ in cells]
    vals = [v for _, _, v in cells]
    marked = [v.startswith("»") and v.endswith("«") for v in vals]
    vals = [v[1:-1] if m else v for v, m in zip(vals, marked)]
    widths = [max(len(h), len(v), 1) for h, v in zip(heads, vals)]
    pad = "        "
    head = [(pad + "│ ", "blue")]
    body = [(pad + "│ ", "blue")]
    mark = [(pad + "  ", "")]
    for h, v, m, w in zip(heads, vals, marked, widths):
        head += [(h.ljust(w), "dim"), (" │ ", "blue")]
        body += [(v.rjust(w) if v[:1].isdigit() else v.ljust(w), style if m else ""), (" │ ", "blue")]
        mark += [((("^" * len(v)).rjust(w) if v[:1].isdigit() else ("^" * len(v)).ljust(w)) if m else " " * w, style),
                 ("   ", "")]
    for ln in (head, body, mark):  # no trailing blanks
        while ln and not ln[-1][0].strip():
            ln.pop()
        ln[-1] = (ln[-1][0].rstrip(), ln[-1][1])
    return [head, body, mark]


def summary_line(results: list[FileResult], lang: str = "en") -> list[tuple[str, str]]:
    c = counts(results)
    found = c["error"] + c["warning"] + c["info"]
    hidden = sum(r.suppressed for r in results)
    tail = [(t("summary.baseline", lang, suppressed=hidden), "dim")] if hidden else []
    if not found and not c["failed"]:
        return [(t("summary.clear", lang, files=c["files"]), "bold green"), *tail]
    style = STYLE["error"] if c["error"] else STYLE["warning"] if c["warning"] else STYLE["info"]
    parts = [(t("summary.counts", lang, errors=c["error"], warnings=c["warning"], info=c["info"], files=c["files"]), style)]
    if c["failed"]:
        parts.append((t("summary.failed", lang, failed=c["failed"]), "bold red"))
    return parts + tail


def render(results: list[FileResult], out: TextIO = sys.stdout, color: bool = False, quiet: bool = False,
           summary: bool = True, lang: str = "en", **_: object) -> None:
    lines = [ln for r in results for ln in _pieces(r, quiet, lang)]
    if summary and not quiet:
        lines.append(summary_line(results, lang))
    if not color:
        out.write("".join(terminal_safe("".join(t for t, _ in ln)) + "\n" for ln in lines))
        return
    from rich.console import Console
    from rich.text import Text

    # color was asked for (--color always, or auto on a terminal): NO_COLOR was weighed by the caller
    console = Console(file=out, force_terminal=True, no_color=False, highlight=False, soft_wrap=True)
    for ln in lines:
        console.print(Text.assemble(*((terminal_safe(t), style) for t, style in ln)) if ln else "")
