"""Output formats: one module per format, each with `render(results, options) -> None`."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlint.model.diagnostic import Diagnostic


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None  # the file could not be read
    source: list[str] = field(default_factory=list)  # original lines, for context
    suppressed: int = 0  # findings hidden because the --baseline file knows them
    claims: list[dict] | None = None  # --explain with --format json: render.explain.records


def counts(results: list[FileResult]) -> dict[str, int]:
    c = {"files": len(results), "error": 0, "warning": 0, "info": 0, "failed": 0}
    for r in results:
        c["failed"] += r.error is not None
        for d in r.diagnostics:
            c[d.severity] = c.get(d.severity, 0) + 1
    return c


# C0 controls become their Unicode "control pictures" (␛ for ESC, ␇ for BEL), one column wide
# like the character they replace, so the caret under a span stays in place; DEL and the C1
# controls, which terminals also obey, become "�".
_CONTROL = {**{c: 0x2400 + c for c in range(0x20) if c != 0x09}, 0x09: 0x20, 0x7F: 0x2421,
            **{c: 0xFFFD for c in range(0x80, 0xA0)}}


def terminal_safe(text: str) -> str:
    """Text from a report (or a file name) made harmless for a terminal: no escape sequence
    hidden in a report can retitle the window, move the cursor or recolour the output."""
    return text.translate(_CONTROL)


FORMATS = ("text", "json", "concise", "jsonl", "sarif", "github", "html")


def get(name: str):
    """The renderer module for format `name` (imported on demand: rich only for text)."""
    import importlib

    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r} (known: {', '.join(FORMATS)})")
    return importlib.import_module(f"{__name__}.{name}")
