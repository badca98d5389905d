"""A self-contained HTML report of an audit: one file, no network, charts as inline SVG.

Everything taken from the store (paths, bodies, messages) is escaped with html.escape;
there is no script. The page prints well and opens from an e-mail attachment or a USB
stick, which is how an inspector shares it.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any

from reportlint.i18n import severity as _sev, t


def content_security_policy(*scripts: str) -> str:
    """A <meta> CSP for a self-contained page: nothing is loaded from anywhere, inline styles
    apply, and only the page's own inline scripts (by hash) run — so report text that slipped
    past escaping still could neither run nor fetch anything."""
    allowed = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()}'"
                       for js in scripts) or "'none'"
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {allowed}; "
              "base-uri 'none'; form-action 'none'")
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'


SEV_COLORS = {"error": "#c62828", "warning": "#e69500", "info": "#1e6fb8"}

CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1d2733;margin:0;background:#f4f6f8}
header{background:#17324d;color:#fff;padding:22px 32px}
header h1{margin:0;font-size:24px;font-weight:600}
header p{margin:4px 0 0;color:#c9d6e2;font-size:13px}
main{max-width:1180px;margin:0 auto;padding:20px 32px 40px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 18px}
.card{flex:1 1 120px;background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card b{display:block;font-size:26px;font-weight:600}
.card span{color:#5b6b7b;font-size:13px}
.card.error b{color:#c62828}.card.warning b{color:#b37400}.card.info b{color:#1e6fb8}.card.failed b{color:#6d4c41}
section{background:#fff;border-radius:8px;padding:14px 20px 18px;margin:0 0 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
section h2{font-size:17px;margin:2px 0 10px;font-weight:600}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin:0 0 16px}
.grid section{margin:0}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{padding:5px 8px;border-bottom:1px solid #e3e8ed;text-align:left;vertical-align:top}
th{background:#f0f3f6;font-weight:600;color:#33414e}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.error{color:#c62828;font-weight:600}td.warning{color:#b37400}td.info{color:#1e6fb8}
td.path{font-family:ui-monospace,Consolas,monospace;font-size:13px;word-break:break-all}
.sev{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px}
.legend span{display:inline-block;margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.muted{color:#6b7a89;font-size:13px}
svg text{font-family:inherit}
footer{color:#6b7a89;font-size:12px;text-align:center;padding:0 0 24px}
@media (max-width:820px){.grid{grid-template-columns:1fr}main{padding:12px}}
@media print{body{background:#fff}section,.card{box-shadow:none;border:1px solid #ddd}}
"""


def render(summary: dict[str, Any], lang: str = "en") -> str:
    """The whole report as one HTML string."""
    s = summary
    sev = s["by_severity"]
    title = t("audit.html_title", lang, files=s["files"])
    parts = [
        "<!DOCTYPE html>", f'<html lang="{escape(lang)}">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">', content_security_policy(),
        f"<title>{escape(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
        "<header>", f"<h1>{escape(title)}</h1>",
        f"<p>{escape(t('audit.html_subtitle', lang, root=s['root'] or '.', generated=s['generated']))}</p>",
        "</header>", "<main>",
        _cards(s, lang),
    ]
    parts.append('<div class="grid">')
    parts.append(_section(t("audit.chart_category", lang), _legend(lang) + _hbars(s["by_category"], lang), "chart-category"))
    parts.append(_section(t("audit.chart_year", lang), _legend(lang) + _columns(s["by_year"], lang), "chart-year"))
    parts.append("</div>")
    tables = (("audit.by_category", "by_category", "category", False), ("audit.worst", "worst_files", "", False),
              ("audit.top_rules", "top_rules", "", False), ("audit.by_body", "by_body", "body", True),
              ("audit.by_folder", "by_folder", "folder", True), ("audit.by_year", "by_year", "year", True))
    for title_key, key, first, with_files in tables:
        body = (_worst(s[key], lang) if key == "worst_files" else _rules(s[key], lang) if key == "top_rules"
                else _table(s[key], first, lang, with_files))
        parts.append(_section(t(title_key, lang), body, key.replace("_", "-")))
    if s["series"]:
        parts.append(_section(t("audit.series", lang), _series(s["series"], lang), "series"))
    if s["failed"]:
        parts.append(_section(t("audit.failed_count", lang, count=len(s["failed"])), _failed(s["failed"], lang), "failed"))
    run = s.get("last_run") or {}
    footer = t("audit.footer", lang, store=s["store"], errors=sev["error"], warnings=sev["warning"], info=sev["info"])
    parts += ["</main>", f"<footer>reportlint {escape(str(run.get('tool_version') or ''))} · {escape(footer)}</footer>",
              "</body>", "</html>"]
    return "\n".join(parts)


def _col(name: str, lang: str) -> str:
    """A column heading: a severity, or an audit.col.* label."""
    return _sev(name, lang) if name in SEV_COLORS else t(f"audit.col.{name}", lang)


def _head(names: tuple[str, ...], lang: str, numbers: tuple[str, ...] = ()) -> str:
    cells = "".join(f'<th class="n">{escape(_col(n, lang))}</th>' if n in numbers or n in SEV_COLORS
                    else f"<th>{escape(_col(n, lang))}</th>" for n in names)
    return f"<thead><tr>{cells}</tr></thead>"


def _empty(key: str, lang: str) -> str:
    return f'<p class="muted">{escape(t(key, lang))}</p>'


def _section(title: str, body: str, ident: str) -> str:
    return f'<section id="{escape(ident)}"><h2>{escape(title)}</h2>{body}</section>'


def _cards(s: dict[str, Any], lang: str) -> str:
    sev = s["by_severity"]
    items = [("", s["files"], t("audit.card.reports", lang)), ("", s["ok"], t("audit.card.checked", lang)),
             ("failed", s["failed_files"], t("audit.card.unreadable", lang)),
             ("", s["findings"], t("audit.card.findings", lang)),
             *((k, sev[k], _sev(k, lang)) for k in SEV_COLORS)]
    cards = "".join(f'<div class="card {cls}"><b>{f"{n:,}".replace(",", ".")}</b><span>{escape(label)}</span></div>'
                    for cls, n, label in items)
    return f'<div class="cards" id="overview">{cards}</div>'


def _legend(lang: str) -> str:
    return '<div class="legend">' + "".join(
        f'<span><i style="background:{c}"></i>{escape(_sev(k, lang))}</span>' for k, c in SEV_COLORS.items()) + "</div>"


def _hbars(rows: list[dict[str, Any]], lang: str, width: int = 520) -> str:
    """Horizontal stacked bars, one per row (error, warning, info)."""
    if not rows:
        return _empty("audit.no_findings", lang)
    label_w, bar_h, gap = 130, 18, 8
    plot = width - label_w - 50
    top = max(r["total"] for r in rows) or 1
    height = len(rows) * (bar_h + gap) + gap
    out = [f'<svg class="chart" role="img" aria-label="{escape(t("audit.chart_category", lang))}" width="100%" '
           f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, r in enumerate(rows):
        y = gap + i * (bar_h + gap)
        out.append(f'<text x="{label_w - 8}" y="{y + bar_h - 4}" text-anchor="end" font-size="13" '
                   f'fill="#33414e">{escape(_short(str(r["key"]), 18))}</text>')
        x = float(label_w)
        for sev, color in SEV_COLORS.items():
            w = plot * r[sev] / top
            if w > 0:
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}">'
                           f'<title>{escape(str(r["key"]))}: {r[sev]} {escape(_sev(sev, lang))}</title></rect>')
                x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + bar_h - 4}" font-size="13" fill="#33414e">{r["total"]}</text>')
    out.append("</svg>")
    return "".join(out)


def _columns(rows: list[dict[str, Any]], lang: str, width: int = 520, height: int = 220) -> str:
    """Vertical stacked columns (one per year)."""
    rows = [r for r in rows if r["total"] or r["files"]]
    if not rows:
        return _empty("audit.no_reports", lang)
    base, left = height - 28, 36
    top = max(r["total"] for r in rows) or 1
    step = (width - left - 10) / len(rows)
    col_w = min(56.0, step * 0.6)
    out = [f'<svg class="chart" role="img" aria-label="{escape(t("audit.chart_year", lang))}" width="100%" '
           f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
           f'<line x1="{left}" y1="{base}" x2="{width - 6}" y2="{base}" stroke="#b8c2cc"/>']
    for i, r in enumerate(rows):
        x = left + i * step + (step - col_w) / 2
        y = float(base)
        for sev, color in SEV_COLORS.items():
            h = (base - 24) * r[sev] / top
            if h > 0:
                y -= h
                out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{col_w:.1f}" height="{h:.1f}" fill="{color}">'
                           f'<title>{escape(str(r["key"]))}: {r[sev]} {escape(_sev(sev, lang))}</title></rect>')
        out.append(f'<text x="{x + col_w / 2:.1f}" y="{y - 5:.1f}" text-anchor="middle" font-size="12" '
                   f'fill="#33414e">{r["total"]}</text>')
        out.append(f'<text x="{x + col_w / 2:.1f}" y="{base + 17}" text-anchor="middle" font-size="12" '
                   f'fill="#33414e">{escape(_short(str(r["key"]), 10))}</text>')
    out.append("</svg>")
    return "".join(out)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _num(n: int, cls: str = "") -> str:
    return f'<td class="n {cls if n else ""}">{n}</td>'


def _table(rows: list[dict[str, Any]], first: str, lang: str, with_files: bool = True) -> str:
    if not rows:
        return _empty("audit.nothing", lang)
    names = (first, *(("files", "unreadable") if with_files else ()), *SEV_COLORS, "total")
    body = []
    for r in rows:
        cells = f"<td>{escape(str(r['key']))}</td>"
        if with_files:
            cells += _num(r["files"]) + _num(r["failed"])
        cells += "".join(_num(r[s], s) for s in SEV_COLORS) + f'<td class="n"><b>{r["total"]}</b></td>'
        body.append(f"<tr>{cells}</tr>")
    return f"<table>{_head(names, lang, ('files', 'unreadable', 'total'))}<tbody>{''.join(body)}</tbody></table>"


def _worst(rows: list[dict[str, Any]], lang: str) -> str:
    if not rows:
        return _empty("audit.no_findings", lang)
    body = "".join(f'<tr><td class="path">{escape(r["path"])}</td><td>{escape(r["body"])}</td>'
                   f'<td>{escape(r["period"])}</td>' + "".join(_num(r[s], s) for s in SEV_COLORS) + "</tr>"
                   for r in rows)
    return f"<table>{_head(('file', 'body', 'period', *SEV_COLORS), lang)}<tbody>{body}</tbody></table>"


def _badge(sev: str, lang: str) -> str:
    return f'<span class="sev" style="background:{SEV_COLORS.get(sev, "#777")}">{escape(_sev(sev, lang))}</span>'


def _rules(rows: list[dict[str, Any]], lang: str) -> str:
    if not rows:
        return _empty("audit.no_findings", lang)
    body = "".join(f"<tr><td><code>{escape(r['rule'])}</code></td><td>{_badge(r['severity'], lang)}</td>"
                   f"{_num(r['count'])}{_num(r['files'])}</tr>" for r in rows)
    return f"<table>{_head(('rule', 'severity', 'findings', 'files'), lang, ('findings', 'files'))}<tbody>{body}</tbody></table>"


def _series(rows: list[dict[str, Any]], lang: str) -> str:
    body = "".join(f'<tr><td class="path">{escape(d["path"])}:{d["line"]}</td><td>{_badge(d["severity"], lang)}</td>'
                   f'<td><code>{escape(d["rule"])}</code></td><td>{escape(d["message"] or "")}'
                   + (f'<br><span class="muted">{escape(d["evidence"])}</span>' if d.get("evidence") else "")
                   + "</td></tr>" for d in rows)
    return f"<table>{_head(('report', 'severity', 'rule', 'finding'), lang)}<tbody>{body}</tbody></table>"


def _failed(rows: list[dict[str, Any]], lang: str) -> str:
    body = "".join(f'<tr><td class="path">{escape(r["path"])}</td><td>{escape(r["reason"])}</td></tr>' for r in rows)
    return f"<table>{_head(('file', 'reason'), lang)}<tbody>{body}</tbody></table>"
