"""`reportlint check --fix` / `--diff`: safe fixes, atomic writes, nothing written by --diff."""

from __future__ import annotations

import io
import os

import pytest

from reportlint.api import lint_document
from reportlint.cli import main
from reportlint.fix import fix_document
from reportlint.loaders import load

REPORT = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

1. Lĩnh vực bưu chính

- Ban hành các các văn bản chỉ đạo; cập nhập dữ liệu và bổ xung hồ sơ; Ðảng bộ tỉnh Trà Vinh.

- Phối hợp tổ chức nghiệm thư công trình; thiết kế baner tuyên truyền.
"""
FIXED_LINE = "- Ban hành các văn bản chỉ đạo; cập nhật dữ liệu và bổ sung hồ sơ; Đảng bộ tỉnh Trà Vinh.\n"


def _lint(path):
    doc = load(path)
    return doc, lint_document(doc)


def test_fix_applies_the_safe_fixes_and_keeps_the_rest(tmp_path, capsys):
    f = tmp_path / "bc.txt"
    f.write_text(REPORT, encoding="utf-8")
    code = main(["check", str(f), "--fix", "--format", "concise"])
    out, err = capsys.readouterr()
    text = f.read_text(encoding="utf-8")
    assert text.splitlines(keepends=True)[7] == FIXED_LINE
    assert "nghiệm thư" in text and "baner" in text  # a near miss and a loanword are never fixed
    assert "fixed 4 problem(s)" in err
    assert "duplicate.word" not in out and "typo.confusion 'cập" not in out
    assert "typo.loanword" in out and "nghiệm thư" in out
    assert code == 0  # what is left is warnings and info
    assert [p.name for p in tmp_path.iterdir()] == ["bc.txt"]  # no temporary file left behind


def test_diff_shows_the_change_and_writes_nothing(tmp_path, capsys):
    f = tmp_path / "bc.txt"
    f.write_text(REPORT, encoding="utf-8")
    before = f.stat().st_mtime_ns
    main(["check", str(f), "--diff", "--format", "concise"])
    out, _ = capsys.readouterr()
    assert f.read_text(encoding="utf-8") == REPORT and f.stat().st_mtime_ns == before
    assert f"+{FIXED_LINE}" in out
    assert "-- Ban hành các các văn bản" in out


def test_markdown_keeps_its_markup_and_crlf(tmp_path):
    f = tmp_path / "bc.md"
    src = REPORT.replace("I. KẾT QUẢ", "## **I. KẾT QUẢ**").replace("bổ xung", "**bổ xung**").replace("\n", "\r\n")
    f.write_bytes(src.encode("utf-8"))
    doc, diags = _lint(f)
    left = fix_document(doc, diags, write=True, out=io.StringIO())
    raw = f.read_bytes().decode("utf-8")
    assert "## **I. KẾT QUẢ**\r\n" in raw
    assert "**bổ sung**" in raw and "cập nhật" in raw and "các văn bản" in raw
    assert raw.count("\r\n") == src.count("\r\n")
    assert not any(d.rule == "typo.confusion" and "bổ" in d.message for d in left)


def test_a_failed_write_leaves_the_original_untouched(tmp_path, monkeypatch):
    f = tmp_path / "bc.txt"
    f.write_text(REPORT, encoding="utf-8")
    doc, diags = _lint(f)

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    left = fix_document(doc, diags, write=True, out=io.StringIO())
    assert f.read_text(encoding="utf-8") == REPORT
    assert left == diags
    assert [p.name for p in tmp_path.iterdir()] == ["bc.txt"]


def test_a_file_changed_since_reading_is_not_fixed(tmp_path):
    f = tmp_path / "bc.txt"
    f.write_text(REPORT, encoding="utf-8")
    doc, diags = _lint(f)
    f.write_text(REPORT.replace("Lĩnh vực", "Lĩnh vực mới"), encoding="utf-8")
    assert fix_document(doc, diags, write=True, out=io.StringIO()) == diags
    assert "cập nhập" in f.read_text(encoding="utf-8")


def test_docx_is_never_fixed(tmp_path, capsys):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for para in REPORT.split("\n\n"):
        d.add_paragraph(para.strip())
    path = tmp_path / "bc.docx"
    d.save(path)
    before = path.read_bytes()
    doc, diags = _lint(path)
    assert fix_document(doc, diags, write=True, out=io.StringIO()) == diags
    assert path.read_bytes() == before
    assert "not fixed" in capsys.readouterr().err


def test_a_confusion_with_two_right_forms_is_reported_but_not_fixed(tmp_path):
    from reportlint.config import load_config

    (tmp_path / ".reportlint.yaml").write_text("options:\n  typo.confusion:\n    confusions: {tivi: [ti vi, TV]}\n",
                                               encoding="utf-8")
    f = tmp_path / "bc.txt"
    f.write_text("- Thiết kế tivi tuyên truyền.\n", encoding="utf-8")
    doc = load(f)
    diags = lint_document(doc, load_config(tmp_path / ".reportlint.yaml"))
    assert [(d.rule, d.suggestion, d.fix) for d in diags] == [("typo.confusion", "ti vi / TV", ())]
    assert fix_document(doc, diags, write=True, out=io.StringIO()) == diags
    assert f.read_text(encoding="utf-8") == "- Thiết kế tivi tuyên truyền.\n"


def _diag(path, rule: str, *edits) -> "Diagnostic":
    from reportlint.model.diagnostic import Diagnostic

    return Diagnostic(str(path), 1, 1, 1, 2, rule, "warning", "x", fix=tuple(edits))


def test_any_finding_that_carries_a_fix_is_fixed_whatever_its_rule(tmp_path):
    from reportlint.model.diagnostic import TextEdit

    f = tmp_path / "bc.txt"
    f.write_text("- Sở Thông tin và Truyền thông.\n", encoding="utf-8")
    doc = load(f)
    renamed = _diag(f, "house.renamed", TextEdit(1, 3, 1, 31, "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"))
    assert fix_document(doc, [renamed], write=True, out=io.StringIO()) == []
    assert f.read_text(encoding="utf-8") == "- Sở Khoa học và Công nghệ.\n"


def test_a_fix_whose_text_is_no_longer_there_is_not_applied(tmp_path):
    from reportlint.model.diagnostic import TextEdit

    f = tmp_path / "bc.txt"
    f.write_text("- Sở Thông tin và Truyền thông.\n", encoding="utf-8")
    doc = load(f)
    stale = _diag(f, "house.renamed", TextEdit(1, 3, 1, 31, "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học"))
    assert fix_document(doc, [stale], write=True, out=io.StringIO()) == [stale]
    assert f.read_text(encoding="utf-8") == "- Sở Thông tin và Truyền thông.\n"


def test_a_link_is_fixed_through_and_stays_a_link(tmp_path, capsys):
    """Issue 16, item 7: the file the link points to is fixed, the link itself is kept."""
    real = tmp_path / "kho" / "bc.txt"
    real.parent.mkdir()
    real.write_text(REPORT, encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "bc-moi-nhat.txt"
    link.symlink_to(real)
    main(["check", str(link), "--fix", "--format", "concise"])
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").splitlines(keepends=True)[7] == FIXED_LINE
    assert real.stat().st_mode & 0o777 == 0o640  # its mode kept


def test_a_read_only_file_is_left_alone(tmp_path, capsys):
    f = tmp_path / "bc.txt"
    f.write_text(REPORT, encoding="utf-8")
    f.chmod(0o444)
    main(["check", str(f), "--fix", "--format", "concise"])
    assert f.read_text(encoding="utf-8") == REPORT
    assert "read-only; not fixed" in capsys.readouterr().err


def test_hard_links_are_not_split(tmp_path, capsys):
    f = tmp_path / "bc.txt"
    f.write_text(REPORT, encoding="utf-8")
    os.link(f, tmp_path / "ban-sao.txt")
    main(["check", str(f), "--fix", "--format", "concise"])
    assert f.read_text(encoding="utf-8") == REPORT and os.path.samefile(f, tmp_path / "ban-sao.txt")
    assert "hard links" in capsys.readouterr().err


def test_a_decomposed_file_is_fixed_in_its_own_normalisation(tmp_path, capsys):
    """Issue 16, item 8: Unikey's 'Unicode tổ hợp' (NFD) files are fixed, and stay NFD."""
    import unicodedata

    f = tmp_path / "bc.md"
    f.write_bytes(unicodedata.normalize("NFD", REPORT).encode("utf-8"))
    main(["check", str(f), "--fix", "--format", "concise"])
    assert "fixed 4 problem(s)" in capsys.readouterr().err
    text = f.read_bytes().decode("utf-8")
    assert text == unicodedata.normalize("NFD", text)  # still decomposed
    assert unicodedata.normalize("NFC", text).splitlines(keepends=True)[7] == FIXED_LINE
    assert text.splitlines()[0] == unicodedata.normalize("NFD", "BÁO CÁO")  # an untouched line is byte-identical


def test_fix_mends_every_pdf_letter_of_a_paragraph(tmp_path, capsys):
    # text taken out of a PDF writes 'ƣ' (U+01A3) for every 'ư': one finding a paragraph, one fix for all
    f = tmp_path / "bc.txt"
    f.write_text("Toàn huyện có 32 trƣờng đạt chuẩn; 1.120 ngƣời được tuyển dụng, tăng 15 ngƣời.\n", encoding="utf-8")
    main(["check", str(f), "--fix", "--format", "concise"])
    capsys.readouterr()
    assert f.read_text(encoding="utf-8") == "Toàn huyện có 32 trường đạt chuẩn; 1.120 người được tuyển dụng, tăng 15 người.\n"
