"""--annotate: a reviewed copy of a .docx with one Word comment per finding.

The .docx is built here with python-docx from the corpus report (Markdown `**` becomes
bold runs, so spans start and end inside runs and cross bold/plain boundaries), plus a
table cell, a hyperlink and a paragraph stored decomposed (NFD), the three places where
the paragraph text python-docx reads is not one plain run.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from conftest import require_program  # noqa: E402
from reportlint.render.annotate import AUTHOR, AnnotateError, annotate, default_output  # noqa: E402
from reportlint.api import lint_path  # noqa: E402
from reportlint.cli import main  # noqa: E402
from reportlint.config import load_config  # noqa: E402
from reportlint.model.diagnostic import Diagnostic  # noqa: E402
from reportlint.loaders import load  # noqa: E402
from reportlint.loaders.docx import block_paragraphs  # noqa: E402

CORPUS = Path(__file__).parent / "corpus" / "travinh-2020-10-monthly.md"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TODAY = datetime.date(2020, 11, 5)


def build_docx(path: Path) -> Path:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    d = docx.Document()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        p = d.add_paragraph()
        for i, part in enumerate(re.sub(r"^#+\s*", "", line).split("**")):
            if part:
                p.add_run(part).bold = bool(i % 2)  # "**12.914**" -> a bold run of its own
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Nội dung", "Kết quả"
    t.cell(1, 0).text, t.cell(1, 1).text = "Phát hành cảm nang tuyên truyền", "Đã hoàn thành"
    p = d.add_paragraph("- Đã đăng tải ")
    rid = d.part.relate_to("https://example.invalid/tai-lieu", RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink", attrs={qn("r:id"): rid})
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "tài liệu bổ xung"
    run.append(text)
    link.append(run)
    p._p.append(link)
    p.add_run(" trên Cổng thông tin điện tử tỉnh.")
    d.add_paragraph(unicodedata.normalize("NFD", "- Tiếp tục phát hành cảm nang về chuyển đổi số."))
    d.save(path)
    return path


def config(lang: str = "en"):
    return load_config(None).replace(today=TODAY, lang=lang)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def anchors(path: Path) -> dict[int, tuple[int, str]]:
    """comment id -> (paragraph number in reading order, text between its range marks)."""
    d = docx.Document(str(path))
    number = {p: i for i, (p, _o) in enumerate(block_paragraphs(d.element.body), 1)}
    open_: dict[int, list] = {}
    out: dict[int, tuple[int, str]] = {}
    para = 0
    for el in d.element.body.iter():
        if el.tag == W + "p" and el in number:
            para = number[el]
        elif el.tag == W + "commentRangeStart":
            open_[int(el.get(W + "id"))] = [para, ""]
        elif el.tag == W + "commentRangeEnd":
            out[int(el.get(W + "id"))] = tuple(open_.pop(int(el.get(W + "id"))))
        elif el.tag == W + "t":
            for v in open_.values():
                v[1] += el.text or ""
    assert not open_, "every comment range is closed"
    return out


def styled_chars(path: Path) -> list[list[tuple[str, bool, bool]]]:
    """Per paragraph in reading order: each visible character with its bold/italic."""
    from docx.text.run import Run

    d = docx.Document(str(path))
    out = []
    for p, _origin in block_paragraphs(d.element.body):
        chars = []
        for r in p.xpath("./w:r | ./w:hyperlink/w:r"):
            run = Run(r, None)
            chars.extend((ch, bool(run.bold), bool(run.italic)) for ch in run.text)
        out.append(chars)
    return out


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("annotate")
    src = build_docx(tmp / "bao-cao-thang-10.docx")
    before = sha(src)
    diags = lint_path(src, config())
    result = annotate(src, diags)
    return src, before, diags, result


def test_findings_cover_runs_cells_links_and_decomposed_text(reviewed):
    src, _before, diags, _result = reviewed
    rules = {(d.rule, d.line) for d in diags}
    lines = load(src).lines
    cell = next(ln.lineno for ln in lines if ln.origin == "cell" and "cảm nang" in ln.text)
    link = next(ln.lineno for ln in lines if "bổ xung" in ln.text)
    assert ("typo.confusion", 13) in rules  # "cảm nang" in the body
    assert ("punctuation.unbalanced", 39) in rules  # a "(" inside a line of bold runs
    assert {("typo.confusion", cell), ("typo.confusion", link), ("typo.confusion", lines[-1].lineno)} <= rules
    assert len(diags) >= 8


def test_one_comment_per_finding_on_its_exact_text(reviewed):
    src, _before, diags, result = reviewed
    out = result.path
    assert out == src.with_name("bao-cao-thang-10.reviewed.docx") == default_output(src)
    doc = docx.Document(str(out))
    comments = list(doc.comments)
    assert len(comments) == len(diags) == result.exact  # no fallback needed on this report
    source = load(src).source
    where = anchors(out)
    for c, d in zip(sorted(comments, key=lambda c: c.comment_id), sorted(diags, key=Diagnostic.sort_key)):
        assert c.author == AUTHOR
        para, text = where[c.comment_id]
        assert para == d.line, d
        want = source[d.line - 1][d.column - 1: d.end_column - 1]
        assert unicodedata.normalize("NFC", text) == want, d
        assert d.message in c.text and d.rule in c.text and d.severity in c.text
        if d.suggestion:
            assert f"Suggestion: {d.suggestion}" in c.text
        if d.evidence:
            assert f"Evidence: {d.evidence}" in c.text


def test_specific_anchors(reviewed):
    _src, _before, diags, result = reviewed
    texts = [t for _p, t in anchors(result.path).values()]
    assert texts.count("cảm nang") == 2 and "bổ xung" in texts  # body and cell; the hyperlink's run
    assert unicodedata.normalize("NFD", "cảm nang") in texts  # the decomposed paragraph, its own characters
    assert "(" in texts


def test_visible_text_and_formatting_unchanged(reviewed):
    src, _before, _diags, result = reviewed
    assert styled_chars(result.path) == styled_chars(src)
    # the reviewed copy reads back as the same report: same lines, same findings
    assert [(ln.text, ln.lineno, ln.origin) for ln in load(result.path).lines] == \
           [(ln.text, ln.lineno, ln.origin) for ln in load(src).lines]
    again = [(d.rule, d.line, d.column, d.end_column) for d in lint_path(result.path, config())]
    assert again == [(d.rule, d.line, d.column, d.end_column) for d in lint_path(src, config())]


def test_runs_were_split_inside_bold_text(reviewed):
    src, _before, _diags, result = reviewed
    runs_before = len(docx.Document(str(src)).element.body.xpath(".//w:r"))
    runs_after = len(docx.Document(str(result.path)).element.body.xpath(".//w:r"))
    assert runs_after > runs_before + len(docx.Document(str(result.path)).comments)  # splits + reference runs


def test_input_bytes_unchanged(reviewed):
    src, before, _diags, _result = reviewed
    assert sha(src) == before
    assert not [p for p in src.parent.iterdir() if p.name.endswith(".tmp")]  # no temporary file left


def test_vietnamese_comments(tmp_path):
    src = build_docx(tmp_path / "r.docx")
    diags = lint_path(src, config("vi"))
    out = annotate(src, diags, tmp_path / "r.vi.docx", lang="vi").path
    text = "\n".join(c.text for c in docx.Document(str(out)).comments)
    assert "cảnh báo · typo.confusion" in text and "Đề xuất sửa: cẩm nang" in text
    assert "should be" not in text and "Suggestion" not in text  # nothing left in English
    assert any(d.message in text for d in diags if d.rule == "typo.confusion")
    assert "lỗi · punctuation.unbalanced" in text


def test_without_a_span_the_comment_goes_on_a_paragraph(tmp_path):
    src = build_docx(tmp_path / "r.docx")
    n = len(load(src).lines)
    diags = [
        Diagnostic(str(src), 1, 1, 1, 1, "limit.x", "info", "document-level"),  # empty span, empty paragraph 1
        Diagnostic(str(src), n + 1, 3, n + 1, 9, "typo.x", "warning", "in a footnote"),  # past the body
        Diagnostic(str(src), 13, 5, 13, 5, "typo.y", "info", "empty span on line 13"),
    ]
    result = annotate(src, diags)
    assert (result.exact, result.fallback) == (0, 3)
    where = anchors(result.path)
    doc = docx.Document(str(result.path))
    by_msg = {c.text.split("\n")[1]: where[c.comment_id] for c in doc.comments}
    first_text = next(i for i, ln in enumerate(load(src).source, 1) if ln.strip())
    assert by_msg["document-level"][0] == first_text == by_msg["in a footnote"][0]
    assert by_msg["empty span on line 13"] == (13, load(src).source[12])  # the whole paragraph
    assert "In a footnote" in "\n".join(c.text for c in doc.comments)


def test_existing_comments_with_names_for_ids(tmp_path):
    """Another editor wrote comment ids that are not numbers: they are renumbered, the old
    comment keeps its anchor, and the new ones are added (issue 16, item 9)."""
    d = docx.Document()
    p = d.add_paragraph("Trong tháng tiếp nhận 12 hồ sơ (5 trực tiếp, 8 trực tuyến).")
    d.add_comment(p.runs, text="ý kiến cũ", author="Phòng")
    d.save(tmp_path / "plain.docx")
    src = tmp_path / "r.docx"
    with zipfile.ZipFile(tmp_path / "plain.docx") as zin, zipfile.ZipFile(src, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in ("word/comments.xml", "word/document.xml"):
                data = data.replace(b'w:id="0"', b'w:id="c-old"')
            zout.writestr(item, data)
    diags = [Diagnostic(str(src), 1, 22, 1, 24, "arithmetic.sum-mismatch", "error", "5 + 8 = 13")]
    result = annotate(src, diags)
    comments = {c.comment_id: c.text for c in docx.Document(str(result.path)).comments}
    assert len(comments) == 2 and any("ý kiến cũ" in t for t in comments.values())
    assert sorted(anchors(result.path)) == sorted(comments)  # every comment still anchored


def test_refuses_to_overwrite(tmp_path):
    src = build_docx(tmp_path / "r.docx")
    before = sha(src)
    with pytest.raises(AnnotateError, match="input"):
        annotate(src, [], src, force=True)
    out = tmp_path / "r.reviewed.docx"
    out.write_bytes(b"mine")
    with pytest.raises(AnnotateError, match="--force"):
        annotate(src, [])
    assert out.read_bytes() == b"mine"
    annotate(src, [], force=True)
    assert zipfile.is_zipfile(out) and sha(src) == before


def test_cli_annotate(tmp_path, capsys):
    src = build_docx(tmp_path / "r.docx")
    before = sha(src)
    args = ["check", str(src), "--today", "2020-11-05", "--annotate"]
    assert main(args) == 1  # the report has errors: the exit status is the check's
    out = tmp_path / "r.reviewed.docx"
    assert out.exists() and "comment(s)" in capsys.readouterr().err
    assert main(args) == 2  # exists: refused without --force, one line
    assert "--force" in capsys.readouterr().err
    assert main(args + ["--force"]) == 1
    named = tmp_path / "kiem-tra.docx"
    assert main(["check", str(src), "--today", "2020-11-05", "--lang", "vi", "--annotate", str(named)]) == 1
    assert "Đề xuất sửa" in "\n".join(c.text for c in docx.Document(str(named)).comments)
    assert main(["check", str(src), "--annotate", str(src), "--force"]) == 2
    assert main(["check", "--annotate", str(src)]) == 2  # the report taken as OUT: refused, not written
    assert "needs the report first" in capsys.readouterr().err
    assert sha(src) == before
    md = tmp_path / "r.md"
    shutil.copy(CORPUS, md)
    assert main(["check", str(md), "--today", "2020-11-05", "--annotate", "-q"]) == 1
    assert "not a .docx" in capsys.readouterr().err


def test_libreoffice_opens_the_reviewed_copy(reviewed, tmp_path):
    """LibreOffice reads the comments: PDF export with notes, and ODT annotations."""
    exe = require_program("libreoffice", "soffice",
                          why="the reviewed copy is opened in LibreOffice (apt-get install libreoffice-writer-nogui)")
    _src, _before, diags, result = reviewed
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    notes = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    for target in (notes, "odt"):
        run = subprocess.run([exe, profile, "--headless", "--convert-to", target, "--outdir", str(tmp_path),
                              str(result.path)], capture_output=True, text=True, timeout=180)
        assert run.returncode == 0, run.stderr
    pdf = (tmp_path / result.path.with_suffix(".pdf").name).read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Subtype\s*/Text\b", pdf)) == len(diags)  # one note per comment
    titles = {bytes.fromhex(h.decode()).decode("utf-16") for h in re.findall(rb"/T\s*<([0-9A-F]+)>", pdf)}
    assert titles and all(t.startswith(AUTHOR) for t in titles)
    with zipfile.ZipFile(tmp_path / result.path.with_suffix(".odt").name) as z:
        content = z.read("content.xml").decode()
    assert content.count("<office:annotation ") == len(diags)
    assert content.count(f"<dc:creator>{AUTHOR}</dc:creator>") == len(diags)
    assert "cẩm nang" in content
