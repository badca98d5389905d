"""`reportlint serve`: the local review page, exercised over HTTP and in a real browser.

The server runs in a thread on a free port; requests are plain multipart/form-data POSTs,
as a browser sends them. The reports are written here in the style of district and
provincial monthly reports, each with defects the checks must find.
"""

from __future__ import annotations

import base64
import http.client
import io
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from html import escape
from pathlib import Path

import pytest

from conftest import require_program
from reportlint.cli import main
from reportlint.commands.serve import make_server
from reportlint.limits import MAX_BYTES

# A district office's yearly report: a total that is not its parts' sum, a doubled word,
# heading II missing.
HUYEN = """\
ỦY BAN NHÂN DÂN HUYỆN TÂN PHÚ
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 215/BC-PVHTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Phú, ngày 05 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác chuyển đổi số năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Dịch vụ công trực tuyến
Trong năm, bộ phận một cửa tiếp nhận 4.310 hồ sơ (2.905 hồ sơ trực tiếp, 1.450 hồ sơ trực tuyến).
2. Văn bản điện tử
Phòng đã ban hành các các văn bản hướng dẫn triển khai phần mềm quản lý văn bản.
III. PHƯƠNG HƯỚNG NĂM 2024
1. Tiếp tục tuyên truyền, phát hành cẩm nang chuyển đổi số đến từng hộ dân.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Văn An
"""

# A provincial department's half-year report: a consistent total, a share that was not
# recomputed, "cảm nang" for "cẩm nang", and KT. GIÁM ĐỐC above GIÁM ĐỐC.
SO = """\
UBND TỈNH BÌNH THUẬN
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 88/BC-STTTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Thuận, ngày 28 tháng 6 năm 2024

BÁO CÁO
Tình hình ứng dụng công nghệ thông tin 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
1. Hạ tầng kỹ thuật
Toàn tỉnh có 1.236 máy tính kết nối mạng diện rộng, trong đó cấp tỉnh 508 máy, cấp huyện 421 máy, cấp xã 307 máy.
2. Văn bản điện tử
Các cơ quan đã gửi nhận 26.400 văn bản điện tử, trong đó 19.800 văn bản có ký số (chiếm 57,50%).
II. NHIỆM VỤ THỜI GIAN TỚI
1. Phát hành cảm nang hướng dẫn sử dụng chữ ký số cho cán bộ, công chức.
2. Tổ chức tập huấn cho cán bộ cấp xã.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, CNTT.

KT. GIÁM ĐỐC
GIÁM ĐỐC

Trần Thị Bình
"""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_bytes(text: str) -> bytes:
    """The report as Word writes it: one paragraph per line."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def server():
    srv = make_server(port=0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def request(server, method: str, path: str, body: bytes = b"", headers: dict | None = None):
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port)
    try:
        conn.request(method, path, body=body or None, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def upload(server, files: list[tuple[str, bytes]], lang: str = "en") -> tuple[int, dict]:
    """POST the files to /api/check as a browser's FormData does; the status and the JSON."""
    boundary = "----reportlint" + uuid.uuid4().hex
    body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                    f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n"
                    for name, data in files) + f"--{boundary}--\r\n".encode()
    status, _, raw = request(server, "POST", f"/api/check?lang={lang}", body,
                             {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    return status, json.loads(raw)


def rules(answer: dict, name: str) -> list[str]:
    report = json.loads(answer["json"])
    return [d["rule"] for f in report["files"] if f["path"] == name for d in f["diagnostics"]]


# -- over HTTP ------------------------------------------------------------------------------


def test_a_docx_and_a_txt_are_checked_with_the_annotated_docx_returned(server) -> None:
    status, answer = upload(server, [("bao-cao-so.docx", docx_bytes(SO)), ("bao-cao huyện.txt", HUYEN.encode())])
    assert status == 200
    assert [f["name"] for f in answer["files"]] == ["bao-cao-so.docx", "bao-cao huyện.txt"]
    assert rules(answer, "bao-cao huyện.txt") == [
        "arithmetic.sum-mismatch", "duplicate.word", "structure.numbering-gap"]
    assert sorted(rules(answer, "bao-cao-so.docx")) == [
        "percentage.mismatch", "signatory.kt-self", "typo.confusion"]
    assert answer["counts"] == {"files": 2, "error": 4, "warning": 2, "info": 0, "failed": 0}

    # the annotated copy: one Word comment per finding, on the words it is about
    docx_file = answer["files"][0]
    assert docx_file["comments"] == 3
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(docx_file["docx"]))) as z:
        comments = z.read("word/comments.xml").decode()
        body = z.read("word/document.xml").decode()
    assert "cẩm nang" in comments and "57,50%" in comments
    assert body.count("commentRangeStart") == 3
    assert "docx" not in answer["files"][1]  # a .txt has no Word copy

    # the view: findings highlighted in place, with the evidence and the suggestion
    html = answer["view"]["html"]
    assert re.search(r'<mark class="f sev-error cat-arithmetic"[^>]*><a class="fl" href="#f1-F\d+">4.310[^<]*</a></mark>', html)  # (the mark covers the claim)
    assert re.search(r'<mark class="f sev-warning cat-typo"[^>]*><a [^>]*>cảm nang</a></mark>', html)
    assert "2.905 + 1.450 = 4.355, the report says 4.310" in html and "<b>cẩm nang</b>" in html
    assert 'id="flt-cat-arithmetic"' in html and 'id="flt-sev-warning"' in html
    assert "body:has(#flt-cat-typo:not(:checked))" in answer["view"]["css"]
    assert answer["page"].startswith("<!DOCTYPE html>") and "Content-Security-Policy" in answer["page"]

    # the figures weighed, as --explain lists them
    marks = {(c["mark"], c["text"]) for c in answer["files"][0]["claims"]}
    assert ("✓", "508 + 421 + 307 = 1.236 = 1.236") in marks
    assert ("✗", "19.800 / 26.400 = 75% → 75,00%, báo cáo ghi 57,50%") in marks
    assert [c["rule"] for c in answer["files"][1]["claims"] if c["mark"] == "✗"] == ["arithmetic.sum-mismatch"]


def test_nothing_names_the_temporary_files_and_nothing_stays_on_disk(server, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    status, answer = upload(server, [("reviewed-so.docx", docx_bytes(SO)), ("so.docx", docx_bytes(SO)),
                                     ("rong.txt", b"")])
    assert status == 200
    assert "reportlint-serve" not in json.dumps(answer) and str(tmp_path) not in json.dumps(answer)
    assert list(tmp_path.iterdir()) == []
    assert [f["comments"] for f in answer["files"][:2]] == [3, 3]


def test_messages_follow_the_chosen_language(server) -> None:
    _, answer = upload(server, [("huyen.txt", HUYEN.encode())], lang="vi")
    report = json.loads(answer["json"])
    messages = [d["message"] for d in report["files"][0]["diagnostics"]]
    assert any("hai lần" in m or "lặp" in m for m in messages), messages
    assert "lỗi" in answer["view"]["html"]


def cli_message(tmp_path: Path, name: str, data: bytes, monkeypatch, capsys) -> str:
    """What `reportlint check NAME` prints for the same bytes, without its prefix."""
    (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    assert main(["check", name]) == 2
    return capsys.readouterr().err.strip().removeprefix("reportlint: error: ")


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b"0" * 30_000_000)
    return buf.getvalue()


@pytest.mark.parametrize("name, data", [
    ("bao-cao.txt", b"\x00\x01\x02PK binary \x00" * 50),
    ("bao-cao.docx", b"this is not a zip archive"),
    ("bao-cao-nen.docx", zip_bomb()),
    ("bao-cao.xlsx", b"PK\x03\x04"),
    ("trong.txt", b""),
    ("qua-lon.txt", b"a" * (MAX_BYTES + 1)),
], ids=["binary", "not-a-zip", "zip-bomb", "wrong-extension", "empty", "too-large"])
def test_a_bad_file_gets_the_clis_one_line_message_and_the_server_keeps_serving(
        server, tmp_path, monkeypatch, capsys, name, data) -> None:
    status, answer = upload(server, [(name, data)])
    assert status == 200
    error = answer["files"][0]["error"]
    assert error == cli_message(tmp_path, name, data, monkeypatch, capsys)
    assert error.startswith(name + ": ") and "\n" not in error and "Traceback" not in json.dumps(answer)
    assert f'<p class="err">{escape(error)}</p>' in answer["view"]["html"]

    status, answer = upload(server, [("huyen.txt", HUYEN.encode())])  # the next request still works
    assert status == 200 and answer["counts"]["error"] == 2


def test_requests_the_server_refuses_as_a_whole(server) -> None:
    status, _, raw = request(server, "POST", "/api/check", b"x=1", {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and "multipart/form-data" in json.loads(raw)["error"]
    status, answer = upload(server, [])
    assert status == 400 and "no file" in answer["error"]
    status, answer = upload(server, [], lang="vi")
    assert status == 400 and answer["error"] == "yêu cầu không kèm tệp nào: hãy chọn hoặc thả báo cáo vào"
    # a body announced far beyond the limit is refused before it is read
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port)
    conn.putrequest("POST", "/api/check")
    conn.putheader("Content-Type", "multipart/form-data; boundary=x")
    conn.putheader("Content-Length", str(10 * MAX_BYTES))
    conn.endheaders()
    r = conn.getresponse()
    assert r.status == 413 and "more than the limit" in json.loads(r.read())["error"]
    conn.close()
    status, answer = upload(server, [("huyen.txt", HUYEN.encode())])
    assert status == 200


def test_uploads_from_several_tabs_at_once_each_get_their_own_answer(server) -> None:
    jobs = [("so.docx", docx_bytes(SO)), ("huyen.txt", HUYEN.encode()), ("so.txt", SO.encode()),
            ("huyen.md", HUYEN.encode())] * 2
    alone = {name: rules(upload(server, [(name, data)])[1], name) for name, data in jobs[:4]}
    together: dict[int, list[str]] = {}

    def tab(i: int, name: str, data: bytes) -> None:
        together[i] = rules(upload(server, [(name, data)])[1], name)

    threads = [threading.Thread(target=tab, args=(i, *job)) for i, job in enumerate(jobs)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert [together[i] for i in range(len(jobs))] == [alone[name] for name, _ in jobs]


def test_every_response_carries_the_policy_and_the_page_loads_nothing_from_elsewhere(server) -> None:
    pages = {path: request(server, "GET", path) for path in ("/", "/?lang=vi", "/static/serve.js",
                                                              "/static/serve.css", "/nothing-here")}
    for path, (status, headers, body) in pages.items():
        assert "default-src 'none'" in headers["Content-Security-Policy"], path
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert not re.search(rb"(https?:)?//[a-z]", body.replace(b"http://www.w3.org", b"")), path
    assert pages["/"][0] == 200 and pages["/nothing-here"][0] == 404
    assert b'lang="vi"' in pages["/?lang=vi"][2] and "Kéo thả".encode() in pages["/?lang=vi"][2]
    status, _, _ = request(server, "GET", "/", headers={"Host": "attacker.example:8765"})
    assert status == 421  # a page elsewhere cannot reach the server through DNS rebinding


def test_the_command_prints_its_address_and_serves(tmp_path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "reportlint", "serve", "--port", "0", "--host", "0.0.0.0"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        match = re.match(r"reportlint serve: http://0\.0\.0\.0:(\d+)/ \(Ctrl-C to stop\)", line)
        assert match, line
        conn = http.client.HTTPConnection("127.0.0.1", int(match.group(1)))
        conn.request("GET", "/")
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "warning: serving on 0.0.0.0" in err


def test_a_bad_config_is_one_line_and_exit_2(tmp_path, capsys) -> None:
    assert main(["serve", "--config", str(tmp_path / "missing.yaml")]) == 2
    assert capsys.readouterr().err.strip().endswith("missing.yaml: config file not found")


# -- in a real browser ------------------------------------------------------------------------


class DevTools:
    """Headless chromium driven over the DevTools protocol on a pipe
    (--remote-debugging-pipe: JSON messages ending in NUL, read from fd 3, written to fd 4),
    so a file can be put into the page's file input as a person would choose it."""

    FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
             "--hide-scrollbars", "--remote-debugging-pipe"]

    def __init__(self, exe: str, profile: Path) -> None:
        import fcntl  # POSIX only, as is the pipe protocol

        r_in, w_in = os.pipe()  # we write, the browser reads on fd 3
        r_out, w_out = os.pipe()  # the browser writes on fd 4, we read

        def on_fds_3_and_4() -> None:  # in the child: only C calls, no Python-level locks
            a, b = fcntl.fcntl(r_in, fcntl.F_DUPFD, 10), fcntl.fcntl(w_out, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen([exe, *self.FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     close_fds=False, preexec_fn=on_fds_3_and_4,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(r_in)
        os.close(w_out)
        self._w, self._r, self._buf, self._next = w_in, r_out, b"", 0
        self.session = ""

    def send(self, method: str, session: bool = True, **params) -> dict:
        self._next += 1
        msg = {"id": self._next, "method": method, "params": params}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        while True:
            while b"\0" not in self._buf:
                ready, _, _ = select.select([self._r], [], [], 120)
                chunk = os.read(self._r, 1 << 20) if ready else b""
                assert chunk, f"chromium did not answer {method}"
                self._buf += chunk
            raw, self._buf = self._buf.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next:
                assert "error" not in reply, (method, reply["error"])
                return reply.get("result", {})

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result["result"].get("value")

    def wait_for(self, expression: str):
        """Poll until the page says yes (the page works asynchronously; no timing is asserted)."""
        for _ in range(600):
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"the page never satisfied: {expression}")

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        os.close(self._w)
        os.close(self._r)


def test_a_report_chosen_in_the_browser_is_shown_with_its_findings(server, tmp_path) -> None:
    exe = require_program("chromium", "chromium-browser", "google-chrome",
                          why="the serve page is tested in a headless browser (apt-get install chromium)")
    report = tmp_path / "Báo cáo Sở TTTT 6 tháng.docx"
    report.write_bytes(docx_bytes(SO))
    browser = DevTools(exe, tmp_path / "profile")
    try:
        page = next(t for t in browser.send("Target.getTargets")["targetInfos"] if t["type"] == "page")
        browser.session = browser.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        browser.send("Emulation.setDeviceMetricsOverride", width=1100, height=900, deviceScaleFactor=1, mobile=False)
        browser.send("Page.navigate", url=server.url + "?lang=vi")
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('files')")

        root = browser.send("DOM.getDocument")["root"]["nodeId"]
        field = browser.send("DOM.querySelector", nodeId=root, selector="#files")["nodeId"]
        browser.send("DOM.setFileInputFiles", files=[str(report)], nodeId=field)
        marks = json.loads(browser.wait_for(
            "document.querySelectorAll('#view mark.f').length && JSON.stringify("
            "[...document.querySelectorAll('#view mark.f')].map(m => [m.className, m.textContent, "
            "getComputedStyle(m).backgroundColor]))"))
        assert ["f sev-warning cat-typo", "cảm nang", "rgb(255, 237, 194)"] in marks
        assert any(m[0] == "f sev-error cat-percentage" and m[1].endswith("57,50%") and m[2] == "rgb(253, 224, 222)"
                   for m in marks)  # (the mark covers the claim: from its base to the percentage)
        status = browser.evaluate("document.getElementById('status').textContent")
        assert status == "Đã kiểm tra 1 báo cáo: 2 lỗi, 1 cảnh báo, 0 lưu ý."
        downloads = browser.evaluate("[...document.querySelectorAll('#downloads a')].map(a => a.download)")
        assert downloads == ["Báo cáo Sở TTTT 6 tháng.reviewed.docx", "Báo cáo Sở TTTT 6 tháng.reportlint.json",
                             "Báo cáo Sở TTTT 6 tháng.reportlint.html"]
        claims = browser.evaluate("document.querySelector('#claims').textContent")
        assert "✗" in claims and "57,50%" in claims and "✓" in claims

        # filters: unticking the typo category leaves its highlight unpainted
        browser.evaluate("document.getElementById('flt-cat-typo').click()")
        assert browser.evaluate("getComputedStyle(document.querySelector('mark.cat-typo')).backgroundColor") \
            == "rgba(0, 0, 0, 0)"
        browser.evaluate("document.getElementById('flt-cat-typo').click()")
        browser.send("Emulation.setDeviceMetricsOverride", width=1100, height=1280, deviceScaleFactor=1, mobile=False)
        shot = browser.send("Page.captureScreenshot", format="png")["data"]
        (tmp_path / "serve.png").write_bytes(base64.b64decode(shot))
        _keep_screenshot(tmp_path / "serve.png")

        # the language switch relabels the page and re-checks the file for English messages
        browser.evaluate("document.querySelector('[data-lang=en]').click()")
        browser.wait_for("document.getElementById('status').textContent.startsWith('Checked 1 report')")
        assert "should be 'cẩm nang'" in browser.evaluate("document.getElementById('view').textContent")
    finally:
        browser.close()


def _keep_screenshot(png: Path) -> None:
    """REPORTLINT_SCREENSHOT=docs/serve.png keeps the picture the README shows."""
    if os.environ.get("REPORTLINT_SCREENSHOT"):
        shutil.copyfile(png, os.environ["REPORTLINT_SCREENSHOT"])
