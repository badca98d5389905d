"""The structure reportlint read in a report, drawn as a tree (`reportlint outline`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlint.i18n import t

if TYPE_CHECKING:
    from reportlint.analysis.outline import Outline, Section


def short(text: str, n: int = 70) -> str:
    """One line of at most `n` characters, an ellipsis where it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def tree(o: "Outline", lang: str = "en") -> Any:
    """A rich Tree: header, title, numbered sections, closing, recipients, signature."""
    from rich.tree import Tree

    doc = o.document
    ocr = ", " + t("outline.no_diacritics", lang) if o.unaccented else ""
    root = Tree(f"[bold]{doc.path}[/] ({doc.format}{ocr})")
    _lines(root, f"[dim]{t('outline.header', lang)}[/]", o.header)
    if o.title:
        subject = f" — {short(o.subject.text)}" if o.subject else ""
        root.add(f"[bold]{short(o.title.text)}[/] [dim]{t('label.line', lang, line=o.title.lineno)}[/]{subject}")
    if o.preamble:
        root.add(f"[dim]{t('outline.preamble', lang, count=len(o.preamble))}[/]")
    tail = [p.lineno for p in [o.closing, *o.recipients, *o.signature] if p is not None]
    starts = min(tail, default=None)  # an appendix after the signature is drawn after it, where it is
    for s in o.sections:
        if starts is None or s.line < starts:
            _section(root, s, lang)
    if o.closing:
        root.add(f"[dim]{t('outline.closing', lang)}[/] {o.closing.lineno}: {short(o.closing.text)}")
    _lines(root, f"[dim]{t('outline.recipients', lang, count=len(o.recipients))}[/]", o.recipients)
    _lines(root, f"[dim]{t('outline.signature', lang)}[/]", o.signature)
    for s in o.sections:
        if starts is not None and s.line > starts:
            _section(root, s, lang)
    if o.parse_error:
        root.add(f"[red]{t('outline.not_understood', lang, error=o.parse_error)}[/]")
    return root


def print_tree(o: "Outline", lang: str = "en") -> None:
    from rich.console import Console

    Console(highlight=False).print(tree(o, lang))


def _lines(node: Any, label: str, paragraphs: list) -> None:
    if paragraphs:
        branch = node.add(label)
        for p in paragraphs:
            branch.add(f"{p.lineno}: {short(p.text)}")


def _section(node: Any, s: "Section", lang: str) -> None:
    note = f" [yellow]{t('outline.read_as', lang, number=s.number)}[/]" if s.marker.garbled else ""
    span = t("outline.span", lang, first=s.line, last=s.end_line, count=len(s.body))
    child = node.add(f"[cyan]{s.marker.raw}[/] {short(s.title)} [dim]{span}[/]{note}")
    for c in s.children:
        _section(child, c, lang)
