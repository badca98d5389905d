"""Damaged encodings (issue 17): the loaders decode TCVN3, VNI and mojibake text, the
encoding rules say so once per document, and every other rule reads the decoded text."""

from __future__ import annotations

import codecs
import datetime
from pathlib import Path

import pytest

from legacy_encode import to_cp1258, to_mojibake, to_tcvn3, to_vni
from reportlint.api import lint_path, load_config
from reportlint.errors import LoadError
from reportlint.loaders import load

CORPUS = Path(__file__).parent / "corpus" / "travinh-2020-10-monthly.md"
ENCODING_RULES = {"encoding.legacy", "encoding.mojibake"}


def lint(path: Path, lang: str = "en"):
    config = load_config(None)
    config.today, config.lang = datetime.date(2026, 12, 3), lang
    return lint_path(path, config)


def places(diags) -> list[tuple[str, int]]:
    """What the findings are and where, leaving out the encoding ones (columns move with the bytes)."""
    return [(d.rule, d.line) for d in diags if d.rule not in ENCODING_RULES]


def encoding_findings(diags) -> list:
    return [d for d in diags if d.rule.startswith("encoding.")]


@pytest.mark.parametrize("name, encode, read_as", [
    ("tcvn3.md", to_tcvn3, "read as TCVN3"),
    ("vni.md", to_vni, "read as VNI"),
    ("mojibake.md", to_mojibake, "read as UTF-8"),
])
def test_a_damaged_copy_of_a_report_gives_one_finding_and_the_same_others(tmp_path, name, encode, read_as):
    clean = CORPUS.read_text(encoding="utf-8")
    damaged = tmp_path / name
    damaged.write_text(encode(clean), encoding="utf-8")
    found = lint(damaged)
    said = encoding_findings(found)
    assert len(said) == 1 and read_as in said[0].message
    assert "lines 3, 5, 7" in said[0].message  # the count and the first places
    assert places(found) == places(lint(CORPUS))
    assert not [d for d in found if d.rule.startswith("typo.") and d.rule != "typo.tone-placement"
                and d.rule != "typo.confusion"]  # the corpus report's own two typo findings only


# A .txt saved by an old editor: the bytes are no UTF-8. TCVN3 fonts put their letters on
# the Latin-1 bytes A0-FF; Windows writes the report's dashes and quotes in Windows-1252,
# which is Latin-1 there, so Windows-1252 encodes the whole text as the editor did.
@pytest.mark.parametrize("encoding, raw", [
    ("TCVN3", lambda text: to_tcvn3(text).encode("cp1252")),
    ("Windows-1258", to_cp1258),
])
def test_raw_legacy_bytes_are_read_and_give_the_same_findings(tmp_path, encoding, raw):
    text = CORPUS.read_text(encoding="utf-8")
    (tmp_path / "clean.txt").write_text(text, encoding="utf-8")
    (tmp_path / "old.txt").write_bytes(raw(text))
    found = lint(tmp_path / "old.txt")
    said = encoding_findings(found)
    assert len(said) == 1 and f"not UTF-8: read as {encoding}" in said[0].message
    assert "không phải UTF-8: đã đọc theo bảng mã" in encoding_findings(lint(tmp_path / "old.txt", "vi"))[0].message
    assert places(found) == places(lint(tmp_path / "clean.txt"))
    assert load(tmp_path / "old.txt").decoding.whole_file


def test_a_short_windows_1258_title_is_read(tmp_path):
    (tmp_path / "r.txt").write_bytes(to_cp1258("Báo cáo tháng 10 năm 2024 của Sở Tư pháp"))
    assert load(tmp_path / "r.txt").lines[0].text == "Báo cáo tháng 10 năm 2024 của Sở Tư pháp"


def test_bytes_of_no_vietnamese_are_still_refused(tmp_path):
    (tmp_path / "r.txt").write_bytes("Größe und Maß der Straße".encode("latin-1"))
    with pytest.raises(LoadError, match=r"not valid UTF-8 text \(byte 2\)"):
        load(tmp_path / "r.txt")


def test_tcvn3_te_is_decoded_and_gets_no_spelling_fix(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(to_tcvn3("- Kinh tế - xã hội của huyện tiếp tục phát triển ổn định.\n"
                               "- Thu ngân sách đạt kế hoạch đề ra."), encoding="utf-8")
    assert to_tcvn3("kinh tế") == "kinh tÕ"
    assert load(report).lines[0].text.startswith("- Kinh tế - xã hội")
    found = lint(report)
    assert [d.rule for d in found if d.rule != "header.missing-parts"] == ["encoding.legacy"]
    assert not any(d.suggestion == "tõ" for d in found)


def test_a_finding_on_a_decoded_line_points_at_the_original_columns(tmp_path):
    # VNI writes "các" in four characters ("caùc"): the doubled word is found in the decoded
    # text and shown where the reviewer sees it in the file
    line = to_vni("- Ban hành các các văn bản chỉ đạo công tác phòng, chống thiên tai.")
    report = tmp_path / "r.txt"
    report.write_text(line + "\n" + to_vni("- Tổ chức kiểm tra việc thực hiện tại các xã.") + "\n", encoding="utf-8")
    doubled = [d for d in lint(report) if d.rule == "duplicate.word"]
    assert len(doubled) == 1
    assert line[doubled[0].column - 1:doubled[0].end_column - 1] == "caùc caùc"


def test_a_docx_in_tcvn3_is_read_as_tcvn3(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for text in ["- Tæ chøc 02 líp tËp huÊn cho c¸n bé, c«ng chøc cÊp x·.",
                 "- Tæ chøc 02 líp tËp huÊn cho c¸n bé, c«ng chøc cÊp x·."]:
        doc.add_paragraph(text)
    doc.save(tmp_path / "r.docx")
    loaded = load(tmp_path / "r.docx")
    assert loaded.lines[0].text == "- Tổ chức 02 lớp tập huấn cho cán bộ, công chức cấp xã."
    assert loaded.decoding.encoding == "TCVN3" and loaded.decoding.lines == (1, 2)
    found = lint(tmp_path / "r.docx")
    assert sorted(d.rule for d in found if d.rule != "header.missing-parts") == ["duplicate.line", "encoding.legacy"]


def test_correct_text_is_never_decoded():
    clean = load(CORPUS)
    assert clean.decoding is None and clean.lines[12].text == CORPUS.read_text(encoding="utf-8").splitlines()[12]


@pytest.mark.parametrize("content", [codecs.BOM_UTF8, b" \n\t\n", codecs.BOM_UTF8 + b"  \n"])
def test_a_bom_alone_is_an_empty_file_like_whitespace(tmp_path, content):
    (tmp_path / "r.txt").write_bytes(content)
    with pytest.raises(LoadError, match="empty file"):
        load(tmp_path / "r.txt")


def _aes_pdf() -> bytes:
    """A one-page PDF whose /Encrypt dictionary asks for AES-256 (V 5, R 6), written by hand:
    pypdf's own `encrypt(algorithm="AES-256")` needs the cryptography package."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <" + b"11" * 48 + b"> /U <" + b"22" * 48
            + b"> /OE <" + b"33" * 32 + b"> /UE <" + b"44" * 32 + b"> /Perms <" + b"55" * 16
            + b"> /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>"]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    file_id = b"<00112233445566778899aabbccddeeff>"
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, file_id, file_id, xref))
    return bytes(out)


def _pypdf_aes_pdf() -> bytes | None:
    """The same with pypdf's encrypt and a user password, where the cryptography package is installed."""
    import io

    from pypdf import PdfWriter
    from pypdf.errors import DependencyError

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    try:
        writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu", algorithm="AES-256")
    except DependencyError:
        return None
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_aes_encrypted_pdf_is_called_encrypted(tmp_path):
    pytest.importorskip("pypdf")
    built = [_aes_pdf(), _pypdf_aes_pdf()]
    for i, data in enumerate(d for d in built if d):
        (tmp_path / f"r{i}.pdf").write_bytes(data)
        with pytest.raises(LoadError) as e:
            load(tmp_path / f"r{i}.pdf")
        assert "encrypted PDF" in str(e.value) and "not a valid PDF" not in str(e.value)
        assert "mã hóa" in e.value.message("vi") or "mật khẩu" in e.value.message("vi")


def test_a_legacy_word_pasted_into_a_unicode_line_is_read_alone(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("I. KẾT QUẢ\n\n1. Kinh tế\n"
                      "- Phát triển kinh tÕ của huyện tiếp tục ổn định, thu ngân sách đạt kế hoạch.\n"
                      "- Giá trị sản xuất tăng 6,5% so với cùng kỳ; nhiệt độ trung bình 27°C.\n", encoding="utf-8")
    loaded = load(report)
    assert loaded.lines[3].text.startswith("- Phát triển kinh tế của huyện")
    assert loaded.lines[4].text.endswith("27°C.")  # a symbol in correct text is no damage
    found = lint(report)
    assert [d.rule for d in found if d.rule != "header.missing-parts"] == ["encoding.legacy"]
    assert "1 line in the legacy TCVN3 encoding (line 4)" in found[-1].message


def test_fix_leaves_a_file_in_legacy_bytes_as_it_is(tmp_path):
    import subprocess
    import sys

    raw = to_tcvn3("I. KẾT QUẢ\n\n1. Công tác\n- Ban hành các các văn bản chỉ đạo công tác phòng, chống "
                   "thiên tai năm 2024 của tỉnh.\n").encode("cp1252")
    report = tmp_path / "r.txt"
    report.write_bytes(raw)
    run = subprocess.run([sys.executable, "-m", "reportlint", "check", "--fix", "--format", "concise", str(report)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "internal error" not in run.stderr, run.stderr
    assert "duplicate.word 'các' is typed twice" in run.stdout  # found in the decoded text ...
    assert report.read_bytes() == raw  # ... and not written back as Unicode into a TCVN3 file


def test_a_pdf_made_from_a_tcvn3_document_is_read_as_tcvn3(tmp_path):
    pytest.importorskip("pypdf")
    from test_pdf import make_pdf

    lines = ["I. KẾT QUẢ THỰC HIỆN", "- Tổ chức 02 lớp tập huấn cho cán bộ, công chức cấp xã về cải cách hành chính.",
             "- Kiểm tra việc thực hiện thủ tục hành chính tại 05 đơn vị trên địa bàn huyện."]
    (tmp_path / "r.pdf").write_bytes(make_pdf([[to_tcvn3(ln) for ln in lines]]))
    loaded = load(tmp_path / "r.pdf")
    assert [ln.text for ln in loaded.lines] == lines  # the heading in capitals too
    assert loaded.decoding.encoding == "TCVN3" and loaded.decoding.lines == (1, 2, 3)
