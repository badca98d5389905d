""".docx loading: reading order, positions, normalisation, and refusal of broken or hostile files."""

from __future__ import annotations

import datetime
import io
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from reportlint.api import lint_document  # noqa: E402
from reportlint.config import load_config  # noqa: E402
from reportlint.errors import LoadError
from reportlint.loaders import load  # noqa: E402
from reportlint.loaders.text import from_text  # noqa: E402

CORPUS = Path(__file__).parent / "corpus"
TODAY = datetime.date(2020, 11, 30)


def config():
    cfg = load_config(None)
    cfg.today = TODAY
    return cfg


def save(d, path: Path) -> Path:
    d.save(str(path))
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("REPORTLINT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "reportlint", *args], capture_output=True, text=True, env=env, timeout=60)


# --- a corpus report as .docx: the same findings at the same paragraph positions ----------


def test_corpus_report_as_docx_gives_the_same_findings(tmp_path):
    md = from_text((CORPUS / "travinh-2020-10-monthly.md").read_text(encoding="utf-8"), "r.md", markdown=True)
    d = docx.Document()
    para_of: dict[int, int] = {}  # md line number -> docx paragraph number
    for line in md.lines:
        if line.text.strip():  # one docx paragraph per non-empty line, markup already gone
            d.add_paragraph(line.text)
            para_of[line.lineno] = len(para_of) + 1
    doc = load(save(d, tmp_path / "r.docx"))
    assert doc.format == "docx" and len(doc.lines) == len(para_of)

    want = []
    for g in lint_document(md, config()):
        line = md.lines[g.line - 1]
        # the md column counts `**` and `#`; the docx one is the offset in the clean text
        clean = next(c for c in range(len(line.text) + 1) if line.orig_col(c) == g.column - 1)
        message = re.sub(r"line (\d+)", lambda m: f"line {para_of[int(m.group(1))]}", g.message)
        want.append((g.rule, para_of[g.line], clean + 1, g.severity, message))
    got = [(g.rule, g.line, g.column, g.severity, g.message) for g in lint_document(doc, config())]
    assert len(want) >= 3  # the report holds real defects: the comparison is not vacuous
    assert got == want


# --- tables, breaks, normalisation ------------------------------------------------------------


def test_table_cells_are_read_in_order_and_findings_point_at_their_paragraph(tmp_path):
    d = docx.Document()
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("1. Lĩnh vực bưu chính")
    d.add_paragraph("Kết quả tiếp nhận hồ sơ như sau:")
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).text = "Lĩnh vực"
    t.cell(0, 1).merge(t.cell(0, 2)).text = "Số hồ sơ"  # one merged cell: read once
    t.cell(1, 0).text = "Bưu chính"
    t.cell(1, 1).text = "Tiếp nhận 14 hồ sơ (16 hồ sơ trực tuyến"  # unbalanced bracket in a cell
    t.cell(1, 2).text = "15"
    d.add_paragraph("2. Lĩnh vực viễn thông")
    d.add_paragraph("Ban hành các các văn bản chỉ đạo, điều hành về lĩnh vực viễn thông trên địa bàn.")
    doc = load(save(d, tmp_path / "t.docx"))

    texts = [(ln.lineno, ln.text, ln.origin) for ln in doc.lines]
    assert texts == [
        (1, "BÁO CÁO", ""), (2, "1. Lĩnh vực bưu chính", ""), (3, "Kết quả tiếp nhận hồ sơ như sau:", ""),
        (4, "Lĩnh vực", "cell"), (5, "Số hồ sơ", "cell"),
        (6, "Bưu chính", "cell"), (7, "Tiếp nhận 14 hồ sơ (16 hồ sơ trực tuyến", "cell"), (8, "15", "cell"),
        (9, "2. Lĩnh vực viễn thông", ""),
        (10, "Ban hành các các văn bản chỉ đạo, điều hành về lĩnh vực viễn thông trên địa bàn.", ""),
    ]
    found = {(g.rule, g.line, g.column) for g in lint_document(doc, config())}
    assert ("punctuation.unbalanced", 7, 20) in found  # the "(" of the cell, 1-based column
    assert ("duplicate.word", 10, 10) in found  # the second "các"


def test_vertically_merged_cells_are_read_once(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).merge(t.cell(2, 0)).text = "Viễn thông"
    for r, v in enumerate(("Trạm BTS: 1.250", "Thuê bao: 980.000", "Internet: 120.000")):
        t.cell(r, 1).text = v
    doc = load(save(d, tmp_path / "v.docx"))
    assert [ln.text for ln in doc.lines] == ["Viễn thông", "Trạm BTS: 1.250", "Thuê bao: 980.000", "Internet: 120.000"]


def test_soft_breaks_and_tabs_stay_in_one_line_and_empty_paragraphs_count(tmp_path):
    d = docx.Document()
    d.add_paragraph("UBND TỈNH TRÀ VINH")
    d.add_paragraph("")
    p = d.add_paragraph("KT. GIÁM ĐỐC")
    p.add_run().add_break()
    p.add_run("PHÓ GIÁM ĐỐC\tký")
    d.add_paragraph("Kết quả[footnoteRef:1] đạt [bookmark: _Hlk87270646]tốt.")
    doc = load(save(d, tmp_path / "b.docx"))
    assert [(ln.lineno, ln.text) for ln in doc.lines] == [
        (1, "UBND TỈNH TRÀ VINH"), (2, ""), (3, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC ký"), (4, "Kết quả đạt tốt.")]
    assert doc.source[3] == "Kết quả[footnoteRef:1] đạt [bookmark: _Hlk87270646]tốt."
    assert doc.lines[3].orig_col(doc.lines[3].text.index("tốt")) == doc.source[3].index("tốt")


def test_nfd_text_is_normalised_to_nfc(tmp_path):
    d = docx.Document()
    d.add_paragraph(unicodedata.normalize("NFD", "Sở Thông tin và Truyền thông tỉnh Trà Vinh"))
    doc = load(save(d, tmp_path / "n.docx"))
    assert doc.lines[0].text == "Sở Thông tin và Truyền thông tỉnh Trà Vinh"
    assert unicodedata.is_normalized("NFC", doc.source[0])


FOOTNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Số liệu tính đến ngày 15/10/2020 (nguồn: iGate</w:t></w:r></w:p></w:footnote>
</w:footnotes>""".encode()


def with_part(src: Path, dst: Path, name: str, data: bytes | None) -> Path:
    """Copy a .docx, adding or replacing (data) or dropping (None) one part."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != name:
                zout.writestr(info, zin.read(info))
        if data is not None:
            zout.writestr(name, data)
    return dst


def test_footnotes_follow_the_body(tmp_path):
    d = docx.Document()
    d.add_paragraph("Tiếp nhận 12.914 hồ sơ.")
    path = with_part(save(d, tmp_path / "f0.docx"), tmp_path / "f.docx", "word/footnotes.xml", FOOTNOTES)
    doc = load(path)
    assert [(ln.lineno, ln.text, ln.origin) for ln in doc.lines] == [
        (1, "Tiếp nhận 12.914 hồ sơ.", ""), (2, "Số liệu tính đến ngày 15/10/2020 (nguồn: iGate", "footnote")]
    found = [(g.rule, g.line, g.column) for g in lint_document(doc, config())]
    assert ("punctuation.unbalanced", 2, 34) in found


# --- broken and hostile files: LoadError, and exit 2 with one line from the CLI -------------


def assert_one_line_exit_2(path: Path, *words: str) -> None:
    r = run_cli("check", str(path))
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    for w in words:
        assert w in lines[0]


def forged_bomb(path: Path, claimed: int) -> Path:
    """A tiny zip whose central directory says a member inflates to `claimed` bytes.

    A real 300 MB member takes seconds to write; the checker reads only the central
    directory, so a forged size is the same threat to it.
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("word/document.xml", b"\0" * 100_000)
    data = bytearray(buf.getvalue())
    cd = data.index(b"PK\x01\x02")
    while cd >= 0:  # patch the uncompressed size (offset 24) of every central directory entry
        name_len = int.from_bytes(data[cd + 28:cd + 30], "little")
        if data[cd + 46:cd + 46 + name_len] == b"word/document.xml":
            data[cd + 24:cd + 28] = claimed.to_bytes(4, "little")
        cd = data.find(b"PK\x01\x02", cd + 4)
    path.write_bytes(bytes(data))
    return path


def test_real_zip_bomb_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        with z.open("word/media/zeros.bin", "w") as f:  # 300 MB of zeros, ~300 KB on disk
            block = b"\0" * (1 << 20)
            for _ in range(300):
                f.write(block)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(LoadError, match=r"refused: the \.docx would inflate to 315 MB \(zip bomb\?\)"):
        load(path)


def test_forged_sizes_and_high_ratio_members_are_refused(tmp_path):
    big = forged_bomb(tmp_path / "big.docx", 4_000_000_000)
    with pytest.raises(LoadError, match="would inflate to 4000 MB"):
        load(big)
    dense = forged_bomb(tmp_path / "dense.docx", 50_000_000)  # under the total, but 50 MB from ~100 bytes
    with pytest.raises(LoadError, match="zip bomb"):
        load(dense)
    assert_one_line_exit_2(big, "big.docx", "zip bomb")


def test_too_many_members_are_refused(tmp_path):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", b"<w:document/>")
        for i in range(5001):
            z.writestr(f"x/{i}", b"")
    with pytest.raises(LoadError, match="5002 parts"):
        load(path)


def test_random_bytes_named_docx(tmp_path):
    path = tmp_path / "rac.docx"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(LoadError, match=r"not a valid \.docx \(not a zip archive\)"):
        load(path)
    assert_one_line_exit_2(path, "rac.docx", "not a zip archive")


def test_zip_without_document_xml(tmp_path):
    d = docx.Document()
    d.add_paragraph("Nội dung")
    path = with_part(save(d, tmp_path / "ok.docx"), tmp_path / "no-body.docx", "word/document.xml", None)
    with pytest.raises(LoadError, match=r"no word/document\.xml"):
        load(path)
    assert_one_line_exit_2(path, "no-body.docx", "word/document.xml")


def test_broken_xml_inside_is_a_one_line_error(tmp_path):
    d = docx.Document()
    d.add_paragraph("Nội dung")
    path = with_part(save(d, tmp_path / "ok.docx"), tmp_path / "bad.docx", "word/document.xml", b"<w:document><oops")
    with pytest.raises(LoadError, match=r"bad\.docx: not a valid \.docx \("):
        load(path)
    assert_one_line_exit_2(path, "bad.docx", "not a valid .docx")


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE w:document [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>Báo cáo &g;</w:t></w:r></w:p></w:body></w:document>""".encode()


@pytest.mark.parametrize("part", ["word/document.xml", "word/footnotes.xml"])
def test_entity_expansion_is_not_performed(tmp_path, part):
    d = docx.Document()
    d.add_paragraph("Nội dung")
    path = with_part(save(d, tmp_path / "ok.docx"), tmp_path / "laughs.docx", part, LAUGHS)
    try:
        doc = load(path)  # 40 * 20**6 = 2.5 GB if the entities were expanded
    except LoadError as e:
        assert "laughs.docx" in str(e)
        return
    assert sum(len(ln.text) for ln in doc.lines) < 10_000
