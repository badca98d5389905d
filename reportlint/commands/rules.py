"""`reportlint rules [RULE_ID]`: list every rule, or explain one."""

from __future__ import annotations

from typing import Any

from reportlint.commands.common import Session
from reportlint.errors import UsageError


def run(args: Any, session: Session) -> int:
    from rich.console import Console

    from reportlint.config import load_config
    from reportlint.errors import RuleError
    from reportlint.render.rule_page import print_rule_page, rule_table

    try:
        cfg = load_config(args.config)
    except RuleError as e:
        raise UsageError(str(e)) from None
    console = Console(highlight=False)
    if not args.rule:
        console.print(rule_table(cfg.rules))
        return 0
    rule = next((r for r in cfg.rules if r.id == args.rule), None)
    if rule is None:
        raise UsageError(f"unknown rule {args.rule!r} (see 'reportlint rules')")
    print_rule_page(console, rule)
    return 0
