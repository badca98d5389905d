"""The structure reportlint read in a report, drawn as a tree (`reportlint outline`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlint.analysis.outline import Outline, Section


def short(text: str, n: int = 70) -> str:
    """One line of at most `n` characters, an ellipsis where it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def tree(o: "Outline") -> Any:
    """A rich Tree: header, title, numbered sections, closing, recipients, signature."""
    from rich.tree import Tree

    doc = o.document
    root = Tree(f"[bold]{doc.path}[/] ({doc.format}{', no diacritics (OCR?)' if o.unaccented else ''})")
    _lines(root, "[dim]header[/]", o.header)
    if o.title:
        subject = f" — {short(o.subject.text)}" if o.subject else ""
        root.add(f"[bold]{short(o.title.text)}[/] [dim]line {o.title.lineno}[/]{subject}")
    if o.preamble:
        root.add(f"[dim]preamble: {len(o.preamble)} paragraph(s)[/]")
    for s in o.sections:
        _section(root, s)
    if o.closing:
        root.add(f"[dim]closing[/] {o.closing.lineno}: {short(o.closing.text)}")
    _lines(root, f"[dim]recipients[/] ({len(o.recipients)} lines)", o.recipients)
    _lines(root, "[dim]signature[/]", o.signature)
    if o.parse_error:
        root.add(f"[red]structure not understood: {o.parse_error}[/]")
    return root


def print_tree(o: "Outline") -> None:
    from rich.console import Console

    Console(highlight=False).print(tree(o))


def _lines(node: Any, label: str, paragraphs: list) -> None:
    if paragraphs:
        branch = node.add(label)
        for p in paragraphs:
            branch.add(f"{p.lineno}: {short(p.text)}")


def _section(node: Any, s: "Section") -> None:
    note = f" [yellow](read as {s.number}: OCR)[/]" if s.marker.garbled else ""
    child = node.add(f"[cyan]{s.marker.raw}[/] {short(s.title)} "
                     f"[dim]lines {s.line}–{s.end_line}, {len(s.body)} paragraph(s)[/]{note}")
    for c in s.children:
        _section(child, c)
