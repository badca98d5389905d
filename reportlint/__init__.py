"""reportlint: a consistency linter for official Vietnamese reports.

The library façade is `reportlint.api`; its three entry points are also reachable here,
imported on first use so that `import reportlint` (and the command line) stays cheap.
"""

from reportlint.version import __version__

__all__ = ["__version__", "lint_document", "lint_path", "lint_text"]


def __getattr__(name: str):
    if name in ("lint_document", "lint_path", "lint_text"):
        from reportlint import api

        return getattr(api, name)
    raise AttributeError(f"module 'reportlint' has no attribute {name!r}")
