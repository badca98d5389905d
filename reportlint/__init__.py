"""reportlint: a consistency linter for official Vietnamese reports."""

__version__ = "0.1.0"

from .api import lint_document, lint_path, lint_text  # noqa: E402

__all__ = ["__version__", "lint_document", "lint_path", "lint_text"]
