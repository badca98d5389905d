"""`reportlint outline`: print the structure reportlint reads in one report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlint.commands.common import Session
from reportlint.errors import UsageError


def run(args: Any, session: Session) -> int:
    from reportlint.analysis.outline import build
    from reportlint.errors import LoadError
    from reportlint.loaders import load
    from reportlint.render.outline_tree import print_tree

    if Path(args.path).is_dir():
        raise UsageError(session.t("error.outline_directory", path=args.path))
    try:
        doc = load(args.path)
    except LoadError as e:
        raise UsageError(e.message(session.lang)) from None
    print_tree(build(doc), _lang(Path(args.path), session))
    return 0


def _lang(path: Path, session: Session) -> str:
    """The language `check` would use for this report: --lang, else its config's `lang`."""
    from reportlint.config import discover, load_config
    from reportlint.errors import RuleError

    if session.lang != "en":
        return session.lang
    try:
        return load_config(discover(path)).lang
    except (RuleError, OSError, RuntimeError):
        return session.lang
