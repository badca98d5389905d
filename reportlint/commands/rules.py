"""`reportlint rules [RULE_ID]`: list every rule, or explain one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlint.commands.common import Session
from reportlint.errors import UsageError


def run(args: Any, session: Session) -> int:
    from rich.console import Console

    from reportlint.render.rule_page import print_rule_page, rule_table

    cfg = _config(args)
    session.lang = lang = args.lang or cfg.lang
    console = Console(highlight=False)
    if not args.rule:
        console.print(rule_table(_as_configured(cfg), lang))
        return 0
    rule = next((r for r in _as_configured(cfg) if r.id == args.rule), None)
    if rule is None:
        raise UsageError(session.t("error.unknown_rule_id", name=args.rule))
    print_rule_page(console, rule, lang)
    return 0


def _config(args: Any) -> Any:
    """--config, else the config `check` would find for a report in this folder: the
    rules users added and the severities they set show in the list."""
    from reportlint.config import discover, load_config
    from reportlint.errors import RuleError

    try:
        return load_config(args.config or discover(Path.cwd()))
    except RuleError as e:
        raise UsageError(e.message(args.lang or "en")) from None


def _as_configured(cfg: Any) -> list:
    """Every rule at the severity the config gives it (by id, else by category)."""
    return [r._replace(severity=cfg.severity.get(r.id) or cfg.severity.get(r.category) or r.severity)
            for r in cfg.rules]
