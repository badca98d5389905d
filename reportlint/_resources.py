"""Where the data shipped with reportlint lives (inside the wheel, or in a source checkout)."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _dir(name: str) -> Path:
    inside = _PKG / name  # installed: mapped into the package by pyproject.toml
    return inside if inside.is_dir() else _PKG.parent / name  # source checkout


def rules_dir() -> Path:
    return _dir("rules")


def grammar_path() -> Path:
    return _dir("grammars") / "report.lark"
