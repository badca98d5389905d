"""Rule pages (`reportlint rules`): the table of every rule, and one rule explained the
way ruff's rule pages are: what, why, message, examples."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from reportlint.ruleset import Rule


def rule_table(rules: Iterable["Rule"]) -> Any:
    """A rich Table: id, category, severity (and whether it is off), summary."""
    from rich.table import Table

    table = Table("rule", "category", "severity", "summary", box=None, header_style="bold")
    for r in sorted(rules, key=lambda r: r.id):
        table.add_row(r.id, r.category, r.severity + ("" if r.enabled else " (off)"), r.summary)
    return table


def print_rule_page(console: Any, rule: "Rule") -> None:
    """One rule on `console` (a rich Console)."""
    from rich.markup import escape

    from reportlint.checks import get_kind

    off = "" if rule.enabled else ", off by default"
    console.print(f"[bold]{escape(rule.id)}[/]  ({rule.severity}, category {rule.category}, kind {rule.kind}{off})\n")
    console.print("[bold]What it does[/]")
    console.print(escape(rule.summary or "(no summary)"))
    why = rule.description or kind_doc(get_kind(rule.kind).__doc__ or "", rule.options.get("check"))
    if why:
        console.print("\n[bold]Why / details[/]")
        console.print(escape(why))
    console.print("\n[bold]Message[/]")
    console.print("  en: " + escape(rule.message))
    if rule.message_vi:
        console.print("  vi: " + escape(rule.message_vi))
    if rule.bad:
        console.print("\n[bold red]Incorrect (sai)[/]")
        console.print(escape(_indent(rule.bad)))
    if rule.good:
        console.print("\n[bold green]Correct (đúng)[/]")
        console.print(escape(_indent(rule.good)))


def kind_doc(doc: str, check: object) -> str:
    """A kind's docstring reflowed; for a kind with a `check` option, its first paragraph
    and the bullet of this rule's check value."""
    paras = [" ".join(p.split()) for p in doc.strip().split("\n\n") if p.strip()]
    if not isinstance(check, str) or not paras:
        return "\n\n".join(paras)
    items = [" ".join(x.split()) for x in re.split(r"\n(?=- )", doc)]
    mine = next((x for x in items if x.startswith(f"- ``{check}``")), None)
    return paras[0] + ("\n\n" + mine[2:].replace("``", "") if mine else "")


def _indent(text: str) -> str:
    return "    " + text.replace("\n", "\n    ")
