"""Output formats: one module per format, each with `render(results, options) -> None`."""

from __future__ import annotations

from reportlint.model.diagnostic import Diagnostic


class FileResult:
    """One checked file: its diagnostics, or why it could not be read."""

    __slots__ = ("path", "diagnostics", "error", "source", "suppressed", "claims")

    def __init__(self, path: str, diagnostics: list[Diagnostic] | None = None, error: str | None = None,
                 source: list[str] | None = None, suppressed: int = 0, claims: list[dict] | None = None) -> None:
        self.path = path
        self.diagnostics = diagnostics if diagnostics is not None else []
        self.error = error  # the file could not be read
        self.source = source if source is not None else []  # original lines, for context
        self.suppressed = suppressed  # findings hidden because the --baseline file knows them
        self.claims = claims  # --explain with --format json: render.explain.records

    def __repr__(self) -> str:
        return f"FileResult({self.path!r}, {len(self.diagnostics)} diagnostics, error={self.error!r})"


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
