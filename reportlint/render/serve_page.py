"""The page of `reportlint serve`: the shell a reviewer drops reports on, and the pieces of
a checked report it shows.

The shell is static HTML; its script (static/serve.js) posts the files to the server and
puts the answer in place. The report view itself is the one-report HTML page
(render/html.py) taken apart: its styles and its <main> go into the shell, so highlights,
notes and the severity and category filters are the same as in `check --format html`.
Both interface languages travel in the page (a JSON data island, which never runs), so
the switch relabels the page at once and re-checks the files for messages in that language.

Everything here is local: the script and styles are package files served by the server
itself, nothing is loaded from elsewhere, and `CSP` says so to the browser.
"""

from __future__ import annotations

import json
import re
from html import escape
from importlib.resources import files

from reportlint.analysis.outline import Outline
from reportlint.render.explain import MARK, RULE_OF

# One policy for every response: scripts and styles only from the server (styles may be
# inline: the report view carries its own), requests only back to it, no frames, no forms
# posted elsewhere. Report text that slipped past escaping could neither run nor call out.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

ASSETS = {"serve.js": "text/javascript; charset=utf-8", "serve.css": "text/css; charset=utf-8"}

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "reportlint — check a report",
        "lead": "Drop reports here (.docx, .txt, .md, .pdf) or choose them. They are checked on this "
                "computer; nothing is sent anywhere else.",
        "choose": "Choose files…",
        "drop": "Drop reports here",
        "checking": "Checking…",
        "checked": "Checked {files} report(s): {error} error(s), {warning} warning(s), {info} info.",
        "too_big": "{name}: {size} MB is larger than the limit of {limit} MB",
        "failed": "The server did not answer: {reason}",
        "docx": "Annotated .docx",
        "json": "JSON",
        "html": "HTML page",
        "downloads": "Download:",
        "claims": "Figures checked",
        "claims_none": "No totals or percentages found.",
        "claims_ok": "{ok} consistent, {bad} not, {skipped} could not be checked",
        "line": "line",
        "language": "Language:",
        # the server's answers to a request it refuses as a whole
        "no_file": "no file in the request: choose or drop a report",
        "not_multipart": "expected multipart/form-data with the reports as files",
        "malformed": "malformed multipart body",
        "too_many": "more than {limit} files at once",
        "body_too_large": "the upload is {size} MB, more than the limit of {limit} MB",
        "no_length": "the request has no Content-Length",
        "not_found": "{path}: not found",
    },
    "vi": {
        "title": "reportlint — kiểm tra báo cáo",
        "lead": "Kéo thả báo cáo vào đây (.docx, .txt, .md, .pdf) hoặc chọn tệp. Báo cáo được kiểm tra "
                "ngay trên máy này, không gửi đi đâu khác.",
        "choose": "Chọn tệp…",
        "drop": "Thả báo cáo vào đây",
        "checking": "Đang kiểm tra…",
        "checked": "Đã kiểm tra {files} báo cáo: {error} lỗi, {warning} cảnh báo, {info} lưu ý.",
        "too_big": "{name}: tệp {size} MB vượt quá giới hạn {limit} MB",
        "failed": "Máy chủ không trả lời: {reason}",
        "docx": "Bản .docx có nhận xét",
        "json": "JSON",
        "html": "Trang HTML",
        "downloads": "Tải về:",
        "claims": "Số liệu đã kiểm tra",
        "claims_none": "Không thấy tổng số hay tỷ lệ nào.",
        "claims_ok": "{ok} khớp, {bad} không khớp, {skipped} không kiểm tra được",
        "line": "dòng",
        "language": "Ngôn ngữ:",
        "no_file": "yêu cầu không kèm tệp nào: hãy chọn hoặc thả báo cáo vào",
        "not_multipart": "yêu cầu phải gửi báo cáo dưới dạng tệp (multipart/form-data)",
        "malformed": "nội dung gửi lên bị hỏng (multipart)",
        "too_many": "quá {limit} tệp trong một lần gửi",
        "body_too_large": "dữ liệu gửi lên {size} MB, vượt quá giới hạn {limit} MB",
        "no_length": "yêu cầu thiếu Content-Length",
        "not_found": "{path}: không có trang này",
    },
}


def say(key: str, lang: str, **args: object) -> str:
    """One of the page's strings, filled in (for the server's own one-line answers)."""
    return STRINGS.get(lang, STRINGS["en"])[key].format(**args)


def asset(name: str) -> bytes:
    """A static file of the page, read from the installed package."""
    return files("reportlint.render").joinpath("static", name).read_bytes()


def shell(lang: str, max_bytes: int) -> str:
    """The page before any report is dropped."""
    s = STRINGS.get(lang, STRINGS["en"])
    config = json.dumps({"lang": lang, "maxBytes": max_bytes, "strings": STRINGS}, ensure_ascii=False)
    # "</" cannot close the data island early: JSON allows it escaped
    config = config.replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="{escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(s["title"])}</title>
<link rel="stylesheet" href="/static/serve.css">
<script type="application/json" id="config">{config}</script>
<script src="/static/serve.js" defer></script>
</head>
<body>
<header><h1 data-t="title">{escape(s["title"])}</h1>
<p data-t="lead">{escape(s["lead"])}</p>
<div class="langs"><span data-t="language">{escape(s["language"])}</span>
<button type="button" data-lang="vi">Tiếng Việt</button><button type="button" data-lang="en">English</button></div>
</header>
<div id="drop" class="drop">
<label class="choose"><input type="file" id="files" multiple accept=".docx,.txt,.md,.markdown,.pdf">
<span data-t="choose">{escape(s["choose"])}</span></label> <span data-t="drop">{escape(s["drop"])}</span>
</div>
<p id="status" class="status" role="status"></p>
<div id="downloads" class="downloads" hidden></div>
<div id="claims"></div>
<style id="view-style"></style>
<div id="view"></div>
</body>
</html>
"""


def view(page: str) -> dict[str, str]:
    """The one-report HTML page split into what the shell takes: its styles and its body."""
    css = re.search(r"<style>(.*?)</style>", page, re.S)
    main = re.search(r'<main class="view">(.*)</main>', page, re.S)
    return {"css": css.group(1) if css else "", "html": main.group(1) if main else ""}


def claims(outline: Outline) -> list[dict[str, object]]:
    """Every total and percentage the checks weighed, as `check --explain` lists them:
    ✓ consistent, ✗ not (with the rule that reports it), – could not be checked."""
    from reportlint.analysis.claims import analyse

    rows: list[dict[str, object]] = []
    for claim, verdict in analyse(outline):
        rows.append({
            "line": claim.para.locate(claim.anchor.start)[0],
            "mark": MARK.get(verdict.status, "✗"),
            "status": verdict.status,
            "text": verdict.evidence or verdict.computation,
            "note": verdict.note,
            "rule": RULE_OF.get(verdict.status, ""),
            "section": outline.section_path(claim.para) or "",
        })
    return rows
