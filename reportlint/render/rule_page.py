"""Rule pages (`reportlint rules`): the table of every rule, and one rule explained the
way ruff's rule pages are: what, why, message, examples.

The prose (a rule's description, its kind's docstring) is Markdown: lists and code blocks
are rendered by rich, not reflowed into one line.
"""

from __future__ import annotations

import inspect
import re
from typing import TYPE_CHECKING, Any, Iterable

from reportlint.i18n import severity as _sev, t

if TYPE_CHECKING:
    from reportlint.ruleset import Rule


def rule_table(rules: Iterable["Rule"], lang: str = "en") -> Any:
    """A rich Table: id, category, severity (and whether it is off), summary.

    An id is never cut, however narrow the output (a pipe is 80 columns to rich): the
    summary wraps instead.
    """
    from rich.table import Table

    rules = sorted(rules, key=lambda r: r.id)
    table = Table(box=None, header_style="bold")
    table.add_column(t("rules.rule", lang), no_wrap=True, min_width=max((len(r.id) for r in rules), default=4))
    table.add_column(t("rules.category", lang), no_wrap=True)
    table.add_column(t("rules.severity", lang), no_wrap=True)
    table.add_column(t("rules.summary", lang), overflow="fold")
    for r in rules:
        off = "" if r.enabled else t("rules.off", lang)
        table.add_row(r.id, r.category, _sev(r.severity, lang) + off, r.summary_in(lang))
    return table


def print_rule_page(console: Any, rule: "Rule", lang: str = "en") -> None:
    """One rule on `console` (a rich Console)."""
    from rich.markdown import Markdown
    from rich.markup import escape

    from reportlint.checks import get_kind

    off = "" if rule.enabled else t("rules.off_by_default", lang)
    console.print(f"[bold]{escape(rule.id)}[/]  " + escape(t("rules.head", lang, severity=_sev(rule.severity, lang),
                                                             category=rule.category, kind=rule.kind, off=off)) + "\n")
    console.print(f"[bold]{t('rules.what', lang)}[/]")
    console.print(escape(rule.summary_in(lang) or t("rules.no_summary", lang)))
    why = rule.description or kind_doc(get_kind(rule.kind).__doc__ or "", rule.options.get("check"))
    if why:
        console.print(f"\n[bold]{t('rules.why', lang)}[/]")
        console.print(Markdown(why))
    console.print(f"\n[bold]{t('rules.message', lang)}[/]")
    console.print("  en: " + escape(rule.message))
    if rule.message_vi:
        console.print("  vi: " + escape(rule.message_vi))
    for example, key, style in ((rule.bad, "rules.incorrect", "bold red"), (rule.good, "rules.correct", "bold green")):
        if example:
            console.print(f"\n[{style}]{t(key, lang)}[/]")
            console.print(escape(_indent(example)))


def kind_doc(doc: str, check: object) -> str:
    """A kind's docstring as Markdown; for a kind with a `check` option, its first paragraph
    and the bullet of this rule's check value."""
    doc = inspect.cleandoc(doc)
    paras = [p for p in doc.split("\n\n") if p.strip()]
    if not isinstance(check, str) or not paras:
        return doc
    items = re.split(r"\n(?=- )", doc)
    mine = next((x for x in items if x.startswith(f"- ``{check}``")), None)
    return paras[0] + ("\n\n" + " ".join(mine[2:].split()).replace("``", "") if mine else "")


def _indent(text: str) -> str:
    return "    " + text.replace("\n", "\n    ")
