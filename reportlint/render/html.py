"""`--format html`: one self-contained page showing the report with its findings in place.

The page holds the report's own text (the file's lines, or for a .docx its paragraphs,
numbered as in every other format), the section outline as a side navigation, a summary
at the top, and each finding highlighted where it is: a <mark> whose title is the
message (a tooltip on hover) and, below the line, an open <details> panel with the rule,
the evidence and the suggestion. Checkboxes filter by severity and by category with CSS
`:has()` alone; a few lines of script only open and flash the panel of a clicked mark.
Without script (or in an e-mail viewer) the page still reads top to bottom.

No network, no external assets: the styles (shared with the audit report,
`audit/html.py`) and the script are inline. Everything taken from the report or the
findings is escaped with html.escape.
"""

from __future__ import annotations

import re
import sys
from html import escape
from typing import TextIO

from reportlint.render.audit_html import CSS as _BASE_CSS
from reportlint.render.audit_html import content_security_policy
from reportlint.render.audit_html import SEV_COLORS
from reportlint.model.diagnostic import RANK, SEVERITIES, Diagnostic
from reportlint.render import FileResult, counts
from reportlint.i18n import t

_TINTS = {"error": "#fde0de", "warning": "#ffedc2", "info": "#dcebfa"}
# the page's words: the html.* entries of reportlint.i18n
_LABELS = ("title", "findings", "error", "warning", "info", "files", "severity", "category", "outline", "document",
           "evidence", "suggestion", "section", "line", "none", "unreadable", "top", "end", "hint",
           "one-error", "one-warning", "one-info")

_CSS = """
main.view{max-width:1500px}
.filters{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;background:#fff;border-radius:8px;
 padding:10px 16px;margin:0 0 16px;box-shadow:0 1px 2px rgba(0,0,0,.08);font-size:14px}
.filters b{font-weight:600;margin-right:4px}
.filters label{white-space:nowrap;cursor:pointer;margin-right:8px}
.filters .group{display:flex;flex-wrap:wrap;align-items:center;gap:2px}
.layout{display:grid;grid-template-columns:280px minmax(0,1fr);gap:16px;align-items:start}
nav.toc{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;background:#fff;border-radius:8px;
 padding:10px 12px;box-shadow:0 1px 2px rgba(0,0,0,.08);font-size:13px}
nav.toc h3{margin:2px 0 6px;font-size:14px}
nav.toc ul{list-style:none;margin:0;padding:0 0 0 12px}
nav.toc>ul{padding:0}
nav.toc li{margin:2px 0}
nav.toc a{color:#17324d;text-decoration:none}
nav.toc a:hover{text-decoration:underline}
.cnt{display:inline-block;min-width:18px;padding:0 5px;border-radius:9px;color:#fff;font-size:11px;text-align:center;margin-left:4px}
article.doc{background:#fff;border-radius:8px;padding:14px 8px 18px 0;box-shadow:0 1px 2px rgba(0,0,0,.08);
 font:16px/1.55 "Times New Roman","Liberation Serif","Noto Serif",serif}
.ln{display:grid;grid-template-columns:52px minmax(0,1fr);gap:10px}
.ln .no{color:#9aa7b3;font:12px/1.9 ui-monospace,Consolas,monospace;text-align:right;text-decoration:none;user-select:none}
.ln .tx{white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.2em}
.ln:target .tx{background:#fffbe0}
mark.f{color:inherit;background:transparent;border-bottom:2px solid;padding:0 0 1px}
mark.f a.fl{color:inherit;text-decoration:none}
.notes{margin:2px 0 8px 62px;font:13.5px/1.4 "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
details.fd{border-left:4px solid;background:#f7f9fb;border-radius:0 6px 6px 0;padding:3px 10px;margin:3px 0}
details.fd summary{cursor:pointer}
details.fd .body{color:#33414e;padding:2px 0 2px 16px}
details.fd .body div{margin:1px 0}
details.fd.flash{outline:2px solid #17324d}
details.fd code,.filters code{font-size:12px;color:#5b6b7b}
.doclevel{margin:0 0 10px 62px}
section.file{background:none;box-shadow:none;padding:0}
.file h2 code{font-size:15px}
.err{color:#c62828}
@media (max-width:900px){.layout{grid-template-columns:1fr}nav.toc{position:static;max-height:none}}
@media print{.filters,nav.toc{display:none}.layout{display:block}}
"""

_SCRIPT = """
document.addEventListener('click',function(e){
 var a=e.target.closest&&e.target.closest('a.fl');if(!a)return;
 var d=document.getElementById(a.getAttribute('href').slice(1));if(!d)return;
 d.open=true;d.classList.remove('flash');void d.offsetWidth;d.classList.add('flash');
});
"""


def render(results: list[FileResult], out: TextIO = sys.stdout, lang: str = "en",
           outlines: dict | None = None, **_: object) -> None:
    """Write the page; `outlines` (path -> Outline) gives the side navigation, rebuilt
    from the source lines when missing."""
    out.write(page(results, lang, outlines or {}))


def page(results: list[FileResult], lang: str = "en", outlines: dict | None = None) -> str:
    """The whole page as one string."""
    lab = {k: t(f"html.{k}", lang) for k in _LABELS}
    outlines = outlines or {}
    diags = [d for r in results for d in r.diagnostics]
    title = lab["title"] + (f" — {results[0].path}" if len(results) == 1 else f" — {len(results)} {lab['files']}")
    parts = [
        "<!DOCTYPE html>", f'<html lang="{escape(lang)}">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">', content_security_policy(_SCRIPT),
        f"<title>{escape(title)}</title>", f"<style>{_BASE_CSS}{_CSS}{_filter_css(diags)}</style>", "</head>",
        "<body>", "<header>", f"<h1>{escape(title)}</h1>", f"<p>{escape(lab['hint'])}</p>", "</header>",
        '<main class="view">', _cards(results, lab), _filters(diags, lab),
    ]
    for i, r in enumerate(results):
        parts.append(_file(i, r, outlines.get(r.path), lab, many=len(results) > 1))
    parts += ["</main>", f"<script>{_SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


# -- summary and filters --------------------------------------------------------------------


def _cards(results: list[FileResult], lab: dict) -> str:
    c = counts(results)
    total = c["error"] + c["warning"] + c["info"]
    items = [("", total, lab["findings"])] + [(s, c[s], lab[f"one-{s}" if c[s] == 1 else s]) for s in SEVERITIES]
    if len(results) > 1:
        items.insert(0, ("", len(results), lab["files"]))
    cards = "".join(f'<div class="card {cls}"><b>{n}</b><span>{escape(label)}</span></div>' for cls, n, label in items)
    return f'<div class="cards" id="summary">{cards}</div>'


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9-]", "-", text.lower()) or "x"


def _filters(diags: list[Diagnostic], lab: dict) -> str:
    if not diags:
        return ""
    sev = {s: sum(d.severity == s for d in diags) for s in SEVERITIES}
    cats: dict[str, int] = {}
    for d in diags:
        cats[d.category] = cats.get(d.category, 0) + 1

    def box(kind: str, key: str, label: str, n: int, color: str = "") -> str:
        dot = f'<span class="cnt" style="background:{color}">{n}</span>' if color else f" <code>{n}</code>"
        return (f'<label><input type="checkbox" id="flt-{kind}-{_slug(key)}" checked> '
                f"{escape(label)}{dot}</label>")

    sev_boxes = "".join(box("sev", s, lab[s], n, SEV_COLORS[s]) for s, n in sev.items() if n)
    cat_boxes = "".join(box("cat", c, c, n) for c, n in sorted(cats.items()))
    return (f'<div class="filters" id="filters"><div class="group"><b>{escape(lab["severity"])}:</b>{sev_boxes}</div>'
            f'<div class="group"><b>{escape(lab["category"])}:</b>{cat_boxes}</div></div>')


def _filter_css(diags: list[Diagnostic]) -> str:
    """Per severity and category: the colours, and what an unticked filter hides."""
    css = []
    for s in SEVERITIES:
        css.append(f"mark.sev-{s}{{background:{_TINTS[s]};border-color:{SEV_COLORS[s]}}}"
                   f"details.sev-{s}{{border-color:{SEV_COLORS[s]}}}")
    keys = {("sev", s) for s in SEVERITIES} | {("cat", d.category) for d in diags}
    for kind, key in sorted(keys):
        k = _slug(key)
        off = f"body:has(#flt-{kind}-{k}:not(:checked))"
        css.append(f"{off} mark.{kind}-{k}{{background:transparent;border-color:transparent}}"
                   f"{off} details.{kind}-{k}{{display:none}}")
    return "\n".join(css)


# -- one file ---------------------------------------------------------------------------


def _file(i: int, r: FileResult, outline, lab: dict, many: bool) -> str:
    head = f'<h2><code>{escape(r.path)}</code></h2>' if many else ""
    if r.error is not None:
        return f'<section class="file" id="file-{i}">{head}<p class="err">{escape(r.error)}</p></section>'
    if outline is None:
        outline = _rebuild(r)
    prefix = f"f{i}-"
    diags = sorted(r.diagnostics, key=Diagnostic.sort_key)
    spans, notes, doc_level = _place(diags, r.source)
    lines = []
    for n, text in enumerate(r.source, 1):
        lines.append(f'<div class="ln" id="{prefix}L{n}"><a class="no" href="#{prefix}L{n}">{n}</a>'
                     f'<span class="tx">{_marked(text, spans.get(n, []), diags, prefix)}</span></div>')
        if n in notes:
            lines.append('<div class="notes">' + "".join(_note(k, diags[k], prefix, lab) for k in notes[n]) + "</div>")
    top = ""
    if doc_level:
        top = (f'<div class="notes doclevel"><b>{escape(lab["document"])}</b>'
               + "".join(_note(k, diags[k], prefix, lab) for k in doc_level) + "</div>")
    if not diags:
        top += f'<p class="notes muted">{escape(lab["none"])}</p>'
    nav = _nav(outline, diags, prefix, lab)
    return (f'<section class="file" id="file-{i}">{head}<div class="layout">{nav}'
            f'<article class="doc">{top}{"".join(lines)}</article></div></section>')


def _rebuild(r: FileResult):
    """An outline from the source lines, for callers that pass none (api.render)."""
    try:
        from reportlint.loaders.text import from_text
        from reportlint.analysis.outline import build

        return build(from_text("\n".join(r.source), r.path, markdown=r.path.lower().endswith(".md")))
    except Exception:  # the navigation is a convenience: a page without it still reads
        return None


def _place(diags: list[Diagnostic], source: list[str]):
    """Per line: the (start, end, k) column ranges to highlight; the findings whose note
    goes under each line; the findings about the whole document."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    notes: dict[int, list[int]] = {}
    doc_level: list[int] = []
    n = len(source)
    for k, d in enumerate(diags):
        if not 1 <= d.line <= n:
            doc_level.append(k)
            continue
        notes.setdefault(d.line, []).append(k)
        last = min(max(d.end_line, d.line), n)
        for ln in range(d.line, last + 1):
            text = source[ln - 1]
            a = d.column - 1 if ln == d.line else 0
            b = d.end_column - 1 if ln == last and d.end_line == last else len(text)
            a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
            if b > a:
                spans.setdefault(ln, []).append((a, b, k))
    return spans, notes, doc_level


def _classes(d: Diagnostic) -> str:
    return f"f sev-{_slug(d.severity)} cat-{_slug(d.category)}"


def _tip(d: Diagnostic) -> str:
    return f"{d.severity} · {d.rule}: {d.message}" + (f" ({d.suggestion})" if d.suggestion else "")


def _marked(text: str, spans: list[tuple[int, int, int]], diags: list[Diagnostic], prefix: str) -> str:
    """The line's text, each finding's range inside its own <mark> (nested where they overlap)."""
    if not spans:
        return escape(text)
    bounds = sorted({0, len(text)} | {a for a, _b, _k in spans} | {b for _a, b, _k in spans})
    out = []
    for x, y in zip(bounds, bounds[1:]):
        piece = escape(text[x:y])
        cover = sorted(((a, b, k) for a, b, k in spans if a <= x and y <= b),
                       key=lambda s: (-(s[1] - s[0]), RANK.get(diags[s[2]].severity, 3), s[2]))
        if cover:
            piece = f'<a class="fl" href="#{prefix}F{cover[-1][2]}">{piece}</a>'
            for _a, _b, k in reversed(cover):
                piece = f'<mark class="{_classes(diags[k])}" title="{escape(_tip(diags[k]))}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _note(k: int, d: Diagnostic, prefix: str, lab: dict) -> str:
    color = SEV_COLORS.get(d.severity, "#777")
    body = [f"<div><code>{escape(d.rule)}</code> · {escape(lab['line'])} {d.line}:{d.column}</div>"]
    if d.evidence:
        body.append(f"<div>{escape(lab['evidence'])}: {escape(d.evidence)}</div>")
    if d.suggestion:
        body.append(f"<div>{escape(lab['suggestion'])}: <b>{escape(d.suggestion)}</b></div>")
    if d.section:
        body.append(f"<div>{escape(lab['section'])}: {escape(d.section)}</div>")
    return (f'<details class="fd {_classes(d)}" id="{prefix}F{k}" open><summary>'
            f'<span class="sev" style="background:{color}">{escape(lab.get("one-" + d.severity, d.severity))}</span> '
            f'{escape(d.message)}</summary><div class="body">{"".join(body)}</div></details>')


def _nav(outline, diags: list[Diagnostic], prefix: str, lab: dict) -> str:
    """The outline as nested links, each section with its count of findings."""
    items = []
    if outline is not None and outline.title is not None:
        items.append(_nav_item(prefix, outline.title.lineno, outline.title.text, _count(diags, 1, outline.title.end_lineno)))
    sections = getattr(outline, "sections", []) or []
    first = (outline.closing or outline.signature[0]).lineno if outline is not None and (
        outline.closing or outline.signature) else None
    # (an appendix after the signature comes after it, where it is)
    items += [_nav_section(s, diags, prefix) for s in sections if first is None or s.line < first]
    if first is not None:
        after = [s for s in sections if s.line > first]
        last = after[0].line - 1 if after else 10 ** 9
        items.append(_nav_item(prefix, first, lab["end"], _count(diags, first, last)))
        items += [_nav_section(s, diags, prefix) for s in after]
    body = f"<ul>{''.join(items)}</ul>" if items else f'<p class="muted">{escape(lab["none"]) if not diags else ""}</p>'
    return f'<nav class="toc"><h3>{escape(lab["outline"])}</h3>{body}</nav>'


def _nav_section(s, diags: list[Diagnostic], prefix: str) -> str:
    children = "".join(_nav_section(c, diags, prefix) for c in s.children)
    item = _nav_item(prefix, s.line, s.label(44), _count(diags, s.line, s.end_line), close=not children)
    return item + (f"<ul>{children}</ul></li>" if children else "")


def _nav_item(prefix: str, line: int, text: str, worst: tuple[int, str], close: bool = True) -> str:
    n, sev = worst
    badge = f'<span class="cnt" style="background:{SEV_COLORS[sev]}">{n}</span>' if n else ""
    short = text if len(text) <= 60 else text[:59] + "…"
    return f'<li><a href="#{prefix}L{line}">{escape(short)}</a>{badge}' + ("</li>" if close else "")


def _count(diags: list[Diagnostic], first: int, last: int) -> tuple[int, str]:
    """How many findings start in lines first..last, and the worst severity among them."""
    found = [d for d in diags if first <= d.line <= last]
    worst = min((d.severity for d in found), key=lambda s: RANK.get(s, 3), default="info")
    return len(found), worst if worst in SEV_COLORS else "info"
