"""--format html: one report with its findings in place, checked in headless Chromium."""

from __future__ import annotations

import re
import struct
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportlint.api import check_file, render
from reportlint.cli import main
from reportlint.config import load_config
from reportlint.model.diagnostic import Diagnostic
from reportlint.render import FileResult
from reportlint.render.html import page
from test_audit_html import browse

CORPUS = Path(__file__).parent / "corpus" / "travinh-2020-10-monthly.md"
TODAY = ["--today", "2020-11-05"]


class Dom(HTMLParser):
    """Marks (with the text they cover), finding panels, nav links and filters."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []  # {"class", "title", "text", "line"}
        self.panels: dict[str, str] = {}  # id -> class
        self.nav: list[str] = []
        self.filters: list[str] = []
        self.title = ""
        self._open: list[dict] = []
        self._line = ""
        self._in: str = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and "ln" in (a.get("class") or "").split():
            self._line = a["id"]
        if tag == "mark":
            m = {"class": a.get("class", ""), "title": a.get("title", ""), "text": "", "line": self._line}
            self.marks.append(m)
            self._open.append(m)
        if tag == "details":
            self.panels[a["id"]] = a.get("class", "")
        if tag == "a" and self._in == "nav":
            self.nav.append(a.get("href", ""))
        if tag == "nav":
            self._in = "nav"
        if tag == "input":
            self.filters.append(a.get("id", ""))
        if tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open.pop()
        if tag in ("nav", "title"):
            self._in = ""

    def handle_data(self, data):
        for m in self._open:
            m["text"] += data
        if self._in == "title":
            self.title += data


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("view") / "bao-cao.html"
    assert main(["check", str(CORPUS), *TODAY, "--format", "html", "-o", str(out)]) == 1
    return out


def findings() -> list[Diagnostic]:
    cfg = load_config(None)
    import datetime

    return check_file(CORPUS, cfg.replace(today=datetime.date(2020, 11, 5))).diagnostics


def test_dom_in_headless_chromium(corpus_page: Path, tmp_path: Path) -> None:
    done = browse(tmp_path, "--dump-dom", corpus_page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = Dom()
    dom.feed(done.stdout)
    diags = sorted(findings(), key=Diagnostic.sort_key)
    assert dom.title.endswith("travinh-2020-10-monthly.md")
    assert len(dom.panels) == len(diags) >= 5
    source = CORPUS.read_text(encoding="utf-8").splitlines()
    for k, d in enumerate(diags):
        assert f"sev-{d.severity}" in dom.panels[f"f0-F{k}"] and f"cat-{d.category}" in dom.panels[f"f0-F{k}"]
        if d.line == d.end_line and d.end_column > d.column:  # highlighted in place, on its exact text
            mine = [m for m in dom.marks if d.message in m["title"] and m["line"] == f"f0-L{d.line}"]
            assert mine and mine[0]["text"] == source[d.line - 1][d.column - 1: d.end_column - 1], d
    typo = next(m for m in dom.marks if "typo.confusion" in m["title"])
    assert typo["text"] == "cảm nang" and "cẩm nang" in typo["title"]
    assert "#f0-L7" in dom.nav and len(dom.nav) >= 20  # I. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC and the rest
    assert {"flt-sev-error", "flt-sev-warning", "flt-sev-info", "flt-cat-typo", "flt-cat-punctuation"} <= set(dom.filters)


def test_filters_hide_findings_in_the_browser(corpus_page: Path, tmp_path: Path) -> None:
    """Untick 'error' and 'typo': their marks lose their colour and their panels go (CSS :has)."""
    probe = """<script>
    function st(sel){var e=document.querySelector(sel);var s=getComputedStyle(e);return s.display+'/'+s.backgroundColor;}
    var before=[st('details.sev-error'),st('mark.sev-error'),st('details.cat-typo')].join(';');
    document.getElementById('flt-sev-error').checked=false;
    document.getElementById('flt-cat-typo').checked=false;
    var after=[st('details.sev-error'),st('mark.sev-error'),st('details.cat-typo'),st('details.cat-duplicate')].join(';');
    document.body.setAttribute('data-probe', before+' | '+after);
    </script></body>"""
    # the probe is a script of the test's own: the page's policy would (rightly) block it
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "",
                  corpus_page.read_text(encoding="utf-8")).replace("</body>", probe)
    page_ = tmp_path / "probe.html"
    page_.write_text(html, encoding="utf-8")
    done = browse(tmp_path, "--dump-dom", page_.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    before, after = re.search(r'data-probe="([^"]*)"', done.stdout).group(1).split(" | ")
    b = before.split(";")
    a = after.split(";")
    assert b[0].startswith("block") and not b[1].endswith("rgba(0, 0, 0, 0)") and b[2].startswith("block")
    assert a[0].startswith("none") and a[1].endswith("rgba(0, 0, 0, 0)") and a[2].startswith("none")
    assert a[3].startswith("block")  # other categories stay


def test_screenshot(corpus_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "view.png"
    done = browse(tmp_path, "--window-size=1400,1000", f"--screenshot={shot}", corpus_page.as_uri())
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (1400, 1000)
    assert len(data) > 60_000  # text, navigation, highlights; a blank page is a few KB


def test_self_contained_and_escaped() -> None:
    evil = "<script>alert(1)</script>"
    src = [f"I. {evil}", f"- Tiếp nhận 12 hồ sơ {evil} đủ"]
    d = Diagnostic("x.txt", 2, 22, 2, 47, "typo.x", "warning", evil, section=evil, suggestion=evil, evidence=evil)
    out = page([FileResult(f"{evil}.txt", [d], source=src)])
    assert out.count("<script") == 1  # the page's own few lines, nothing from the report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert not re.search(r"(src|href)=\"?(https?:)?//", out) and "@import" not in out and "url(" not in out


def test_content_security_policy_allows_only_the_pages_own_script() -> None:
    import base64
    import hashlib

    d = Diagnostic("x.txt", 1, 1, 1, 4, "typo.x", "warning", "m")
    out = page([FileResult("x.txt", [d], source=["Tiếp nhận"])])
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', out).group(1)
    script = re.search(r"<script>(.*?)</script>", out, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert "default-src 'none'" in policy and f"script-src 'sha256-{digest}'" in policy
    assert out.index("Content-Security-Policy") < out.index("<style>")  # before anything it governs


def test_an_injected_script_does_not_run_in_the_browser(corpus_page: Path, tmp_path: Path) -> None:
    probe = "<script>document.body.setAttribute('data-probe','ran')</script></body>"
    page_ = tmp_path / "injected.html"
    page_.write_text(corpus_page.read_text(encoding="utf-8").replace("</body>", probe), encoding="utf-8")
    done = browse(tmp_path, "--dump-dom", page_.as_uri())
    assert done.returncode == 0 and "<main" in done.stdout, done.stderr[-2000:]
    assert 'data-probe="ran"' not in done.stdout


def test_overlapping_and_multi_line_spans() -> None:
    src = ["- Tiếp nhận 12.914 hồ sơ (10.769 trực tiếp,", "2.145 trực tuyến)."]
    outer = Diagnostic("r.txt", 1, 13, 2, 17, "arithmetic.sum-mismatch", "error", "sum")
    inner = Diagnostic("r.txt", 1, 13, 1, 19, "typo.x", "info", "word")
    whole = Diagnostic("r.txt", 1, 1, 1, 1, "header.x", "info", "no span")
    out = page([FileResult("r.txt", [outer, inner, whole], source=src)])
    dom = Dom()
    dom.feed(out)
    def covered(title: str, line: str) -> str:  # a range is cut where another one starts or ends
        return "".join(m["text"] for m in dom.marks if title in m["title"] and m["line"] == line)

    assert covered("sum", "f0-L1") == "12.914 hồ sơ (10.769 trực tiếp,"  # to the end of line 1 ...
    assert covered("sum", "f0-L2") == "2.145 trực tuyến"  # ... and on into line 2
    assert covered("word", "f0-L1") == "12.914"
    assert '<mark class="f sev-error cat-arithmetic" title="error · arithmetic.sum-mismatch: sum">' \
           '<mark class="f sev-info cat-typo"' in out  # nested inside the sum's mark
    assert len(dom.panels) == 3 and "no span" in out


def test_api_render_and_stdout(tmp_path: Path, capsys) -> None:
    result = check_file(CORPUS)
    out = render([result], "html")
    assert out.startswith("<!DOCTYPE html>") and 'href="#f0-L7"' in out  # outline rebuilt from the source
    assert main(["check", str(CORPUS), *TODAY, "--format", "html", "--lang", "vi"]) == 1
    text = capsys.readouterr().out
    assert "Bố cục" in text and "cảnh báo" in text and "<!DOCTYPE html>" in text
    target = tmp_path / "v.html"
    target.write_text("an earlier page")
    assert main(["check", str(CORPUS), "--format", "html", "-o", str(target)]) == 1  # replaced, as ruff does
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["check", str(CORPUS), "--format", "json", "-o", str(target), "--force"]) == 2


def test_an_appendix_after_the_signature_is_listed_after_it(tmp_path: Path) -> None:
    from reportlint.analysis.outline import build
    from reportlint.loaders import load

    path = Path(__file__).parent / "structure" / "bao-cao-phu-luc.txt"
    result = check_file(path, load_config(None))
    nav = re.search(r'<nav class="toc">(.*?)</nav>', page([result], outlines={str(path): build(load(path))}), re.S)
    entries = [re.sub(r"<[^>]+>", "", x).strip() for x in re.findall(r"<a [^>]*>(.*?)</a>", nav.group(1))]
    assert entries.index("Closing and signature") < entries.index("PHỤ LỤC CÁC TUYẾN KÊNH ĐÃ NẠO VÉT 9 THÁNG NĂM 2025")
    assert entries[-1] == "b) Kênh Xáng Ngang: 2,6 km."
