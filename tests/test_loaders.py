"""Text and Markdown loading: encodings, BOMs, markup stripping and position mapping."""

from __future__ import annotations

import codecs

import pytest

from reportlint.errors import LoadError
from reportlint.loaders import load
from reportlint.loaders.text import from_bytes, from_text

REPORT = "BÁO CÁO\n\n1. Lĩnh vực bưu chính\n\n- Tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).\n"


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
                                          ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_encodings_give_the_same_lines(encoding, bom):
    doc = from_bytes(bom + REPORT.encode(encoding), "r.txt")
    assert [ln.text for ln in doc.lines] == REPORT.splitlines()
    assert doc.lines[0].text == "BÁO CÁO"  # no BOM left at the start


def test_latin1_bytes_are_a_clear_error():
    with pytest.raises(LoadError, match="not valid UTF-8 .*byte 1"):
        from_bytes("Báo cáo".encode("cp1258"), "r.txt")


def test_binary_file_is_refused():
    with pytest.raises(LoadError, match="binary"):
        from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "r.txt")


def test_empty_file_is_refused():
    with pytest.raises(LoadError, match="empty"):
        from_bytes(b"  \n\n", "r.txt")


def test_nfd_text_is_normalised_to_nfc():
    import unicodedata

    doc = from_text(unicodedata.normalize("NFD", "Thông tin và Truyền thông"), "r.txt")
    assert doc.lines[0].text == "Thông tin và Truyền thông"


def test_markdown_markup_is_stripped_once_with_columns_kept():
    raw = "- tổng số người dùng là **6.909**. Tổng văn bản đi: **29.097**, ký số 16.681 \\(57,33%\\)"
    doc = from_text(raw, "r.md", markdown=True)
    line = doc.lines[0]
    assert line.text == "- tổng số người dùng là 6.909. Tổng văn bản đi: 29.097, ký số 16.681 (57,33%)"
    # every clean character maps back onto the same character of the raw line
    for col, ch in enumerate(line.text):
        assert raw[line.orig_col(col)] == ch


def test_markdown_headings_bullets_and_hard_breaks():
    doc = from_text("#### **I. CÔNG TÁC**\n* Một ý\n**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**\ndòng\\\n", "r.md", markdown=True)
    assert [ln.text for ln in doc.lines] == ["I. CÔNG TÁC", "- Một ý", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "dòng"]
    assert doc.lines[0].orig_col(0) == raw_index("#### **I. CÔNG TÁC**", "I")


def test_markdown_saved_as_plain_text_is_read_as_markdown(tmp_path):
    path = tmp_path / "quy-che.txt"
    path.write_text("# QUY CHẾ\n\n### Điều 1. Phạm vi\nQuy chế này quy định việc **tiếp nhận** hồ sơ.\n", encoding="utf-8")
    doc = load(path)
    assert doc.format == "md"
    assert [ln.text for ln in doc.lines] == ["QUY CHẾ", "", "Điều 1. Phạm vi", "Quy chế này quy định việc tiếp nhận hồ sơ."]
    # one '#' line is no Markdown: a plain report keeps its text as written
    assert from_text("# Ghi chú của người soạn\nSố liệu tính đến 30/11.", "r.txt").format == "txt"


def test_a_markdown_thematic_break_holds_no_text():
    doc = from_text("Nguyễn Văn An\n\n---\n\n## Phụ lục I\n* * *\n- Một ý\n", "r.md", markdown=True)
    assert [ln.text for ln in doc.lines] == ["Nguyễn Văn An", "", "", "", "Phụ lục I", "", "- Một ý"]


def raw_index(raw: str, ch: str) -> int:
    return raw.index(ch)


def test_converter_artefacts_are_removed_from_text_and_markdown():
    for md in (False, True):
        doc = from_text("Kết quả[footnoteRef:1] đạt [bookmark: _Hlk87270646]tốt.", "r", markdown=md)
        assert doc.lines[0].text == "Kết quả đạt tốt."


def test_links_keep_their_text():
    doc = from_text("Xem [Cổng thông tin](https://travinh.gov.vn) tỉnh.", "r.md", markdown=True)
    assert doc.lines[0].text == "Xem Cổng thông tin tỉnh."
    assert doc.lines[0].orig_col(4) == 5


def test_load_dispatches_on_extension_and_reports_problems(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    assert load(tmp_path / "a.txt").format == "txt"
    with pytest.raises(LoadError, match="no such file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(LoadError, match="unsupported file type"):
        load(tmp_path / "a.pdfx")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(LoadError, match="too large"):
        load(big, max_bytes=1000)


def test_corpus_reports_load_with_original_line_numbers(corpus):
    doc = load(corpus / "travinh-2020-10-monthly.md")
    assert len(doc.lines) == len((corpus / "travinh-2020-10-monthly.md").read_text(encoding="utf-8").splitlines())
    assert doc.lines[2].text == "BÁO CÁO"  # "## **BÁO CÁO**" on line 3
    assert doc.lines[2].lineno == 3
