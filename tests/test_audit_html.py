"""The HTML audit report, opened in a real headless browser (Debian's chromium)."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportlint.audit import audit
from reportlint.render.audit_html import render
from reportlint.audit.store import Store
from reportlint.audit.summary import compute
from conftest import require_program
from test_audit import make_archive


def chromium() -> str:
    return require_program("chromium", "chromium-browser", "google-chrome",
                           why="the HTML pages are tested in a headless browser (apt-get install chromium)")


def browse(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
             "--hide-scrollbars", f"--user-data-dir={tmp_path / 'chrome-profile'}"]
    return subprocess.run([chromium(), *flags, *args], capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("html")
    make_archive(tmp / "kho")
    db = tmp / "audit.sqlite"
    audit([tmp / "kho"], db, jobs=2)
    with Store(db, create=False) as store:
        summary = compute(store)
    page = tmp / "bao-cao-kiem-tra.html"
    page.write_text(render(summary), encoding="utf-8")
    return page, summary


class Dom(HTMLParser):
    """Just enough of the rendered DOM to assert on: title, section ids, rows, svg."""

    def __init__(self) -> None:
        super().__init__()
        self.title, self.ids, self.svgs, self.rects, self.scripts = "", [], 0, 0, 0
        self.rows: dict[str, int] = {}
        self._section, self._in_title = "", False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        a = dict(attrs)
        if tag == "title" and not self.svgs:  # the page's title, not an SVG tooltip
            self._in_title = True
        if tag == "section":
            self._section = a.get("id", "")
            self.ids.append(self._section)
        if tag == "tr":
            self.rows[self._section] = self.rows.get(self._section, 0) + 1
        self.svgs += tag == "svg"
        self.rects += tag == "rect"
        self.scripts += tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.text.append(data)


def test_report_in_headless_chromium(report, tmp_path: Path) -> None:
    page, summary = report
    done = browse(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = Dom()
    dom.feed(done.stdout)
    assert dom.title == "reportlint audit — 5 report(s)"
    for ident in ("chart-category", "chart-year", "by-category", "worst-files", "top-rules", "by-body",
                  "by-folder", "by-year", "series", "failed"):
        assert ident in dom.ids, ident
    assert dom.svgs == 2 and dom.rects >= 4 and dom.scripts == 0
    assert dom.rows["worst-files"] == 1 + len(summary["worst_files"]) == 3  # header + t10, t11
    assert dom.rows["by-body"] == 1 + 3  # Sở, Phòng, and the unreadable file's unknown body
    assert dom.rows["failed"] == 2
    text = " ".join(dom.text)
    assert "series.balance-mismatch" in text and "PHÒNG VĂN HÓA VÀ THÔNG TIN" in text
    assert "not a valid .docx" in text


def test_screenshot_is_a_real_page(report, tmp_path: Path) -> None:
    page, _ = report
    shot = tmp_path / "report.png"
    done = browse(tmp_path, "--window-size=1280,1800", f"--screenshot={shot}", page.as_uri())
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 1800)
    assert len(data) > 40_000  # text, tables and charts; a blank page compresses to a few KB


def test_everything_is_escaped() -> None:
    from reportlint.render.audit_html import render as html

    evil = "<script>alert(1)</script>"
    summary = {
        "store": evil, "generated": "now", "root": evil, "files": 1, "ok": 1, "failed_files": 1, "findings": 1,
        "by_severity": {"error": 1, "warning": 0, "info": 0}, "files_with_findings": 1, "bytes": 1,
        "last_run": {"tool_version": evil},
        "by_category": [{"key": evil, "error": 1, "warning": 0, "info": 0, "total": 1}],
        "by_folder": [{"key": evil, "files": 1, "failed": 0, "error": 1, "warning": 0, "info": 0, "total": 1}],
        "by_body": [], "by_year": [{"key": evil, "files": 1, "failed": 0, "error": 1, "warning": 0, "info": 0, "total": 1}],
        "worst_files": [{"path": evil, "body": evil, "period": evil, "error": 1, "warning": 0, "info": 0, "total": 1}],
        "top_rules": [{"rule": evil, "severity": "error", "count": 1, "files": 1}],
        "failed": [{"path": evil, "reason": evil}],
        "series": [{"path": evil, "line": 1, "rule": evil, "severity": "warning", "message": evil, "evidence": evil}],
    }
    out = html(summary)
    assert "<script" not in out and "&lt;script&gt;" in out
    assert not re.search(r"(src|href)=\"?(https?:)?//", out)  # no network
