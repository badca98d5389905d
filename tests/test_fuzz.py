"""Property tests: loaders, classifier, grammar and the whole linter never crash.

Inputs are arbitrary bytes and text, and Vietnamese-report-like text assembled from
report fragments (headings, bullets, closing, recipients, signature) and mutated corpus
lines. Loaders may refuse input only with LoadError; every diagnostic must point inside
the document. Budgets are small (the whole file runs in a few seconds).
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportlint.api import lint_document, lint_text
from reportlint.config import load_config
from reportlint.errors import LoadError
from reportlint.loaders.text import from_bytes, from_text
from reportlint.analysis.markers import marker
from reportlint.analysis.outline import build, paragraphs

CORPUS = Path(__file__).parent / "corpus"
CORPUS_LINES = sorted({ln for p in CORPUS.glob("travinh-*") for ln in p.read_text(encoding="utf-8").splitlines()
                       if ln.strip()})

FRAGMENTS = [
    "UBND TỈNH TRÀ VINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Số: 1520/BC-STTTT", "Trà Vinh, ngày 28 tháng 10 năm 2020",
    "BÁO CÁO", "Kết quả công tác tháng 10/2020", "I. KẾT QUẢ CÔNG TÁC", "II. PHƯƠNG HƯỚNG", "III.", "I1I. NHIỆM VỤ",
    "IV) Khó khăn", "1. Lĩnh vực bưu chính", "2.", "1.1. Hạ tầng", "1.2 Dịch vụ", "6.1.", "a) Kết quả",
    "b)", "đ) Tồn tại", "f) sai", "¢) OCR", "- Tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).",
    "+ Ký số 16.681 văn bản (tỷ lệ 57,33%).", "• mục", "* mục", "(", ")", "“trích dẫn", "”", "[1]",
    "Trên đây là báo cáo kết quả công tác tháng 10/2020./.", "Nơi nhận:", "Nơi nhận: KT. GIÁM ĐỐC",
    "- Bộ TT&TT (b/c);", "- Lưu: VT.", "- VP Bộ TT&TT: PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TUQ. CHỦ TỊCH", "Nguyễn Văn An", "các các văn bản", "",
    "Tra Vinh, ngay 14 thang 9 nam 2021", "tiếp tục thực hiện", "trong đó:", "**đậm**", "#### **1. Tiêu đề**",
    "<!-- reportlint: disable=duplicate.line -->", "<!-- reportlint: disable-next-line -->",
    "<!-- reportlint: enable -->", "\t", "  ", "…", "%", "0", "1.012,018 tỷ đồng", "30.81%",
    # claims over sentences and paragraphs: a total, then its parts after 'Trong đó,' or 'Cụ thể,'
    "Tính chung 9 tháng, sản lượng điện tiêu thụ ước đạt 1.450 triệu kWh, tăng 4,1% so với cùng kỳ.",
    "Trong đó, điện cho sinh hoạt ước đạt 610 triệu kWh, tăng 5,2%.", "Điện cho sản xuất ước đạt 790 triệu kWh.",
    "Toàn huyện có 38 xã đạt chuẩn nông thôn mới.", "Cụ thể, có 17 xã đạt chuẩn, 23 xã cơ bản đạt chuẩn.",
    "Trong số trên, nuôi trồng 830 tấn; khai thác 440 tấn.", "đã thi hành xong 1.980 việc (tăng 40 việc (3,0%)); đạt tỷ lệ 81,2%.",
    "(6 giải Nhất, 22 giải Nhì, chín giải Ba)", "các môn Văn, Sử mỗi môn 1 giải", "ngày 31/6/2024", "vi phạm.Tổng số..",
]
NOISE = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐIVX0123456789 .,;:()[]“”-+*•%/\\#_`"
                                                "\u0300\u0301\u0303\u0309\u0323\u00a0\ufeff\r\x00\x0c")),
                max_size=40)


@st.composite
def mutated(draw) -> str:
    """A corpus line with a few random edits: deletions, insertions, doubled words."""
    line = draw(st.sampled_from(CORPUS_LINES))
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["del", "ins", "dup", "cut"]))
        i = draw(st.integers(0, len(line)))
        if op == "del":
            line = line[:i] + line[i + 1:]
        elif op == "ins":
            line = line[:i] + draw(NOISE) + line[i:]
        elif op == "dup":
            words = line.split(" ")
            j = i % max(1, len(words))
            line = " ".join(words[:j + 1] + words[j:])
        else:
            line = line[:i]
    return line


LINE = st.one_of(st.sampled_from(FRAGMENTS), mutated(), NOISE,
                 st.builds(lambda a, b: a + " " + b, st.sampled_from(FRAGMENTS), NOISE))
REPORT = st.lists(LINE, max_size=40).map("\n".join)
FUZZ = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
CONFIG = load_config(None)


def check_positions(diags, n_lines: int) -> None:
    for d in diags:
        assert 1 <= d.line <= max(1, n_lines), d
        assert d.column >= 1 and d.end_line >= d.line, d


# --- loaders --------------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=2000), st.booleans())
def test_from_bytes_accepts_or_refuses_with_load_error(data, markdown):
    try:
        doc = from_bytes(data, "r.md" if markdown else "r.txt", markdown=markdown)
    except LoadError as e:
        assert str(e).startswith("r.") and "\n" not in str(e)
        return
    for ln in doc.lines:
        assert "\n" not in ln.text and ln.lineno >= 1


@FUZZ
@given(REPORT, st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]),
       st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"]), st.binary(max_size=8), st.integers(0, 200))
def test_text_with_boms_and_broken_utf8(text, bom, encoding, junk, at):
    data = text.encode(encoding, "surrogatepass")
    data = bom + data[:at] + junk + data[at:]  # a BOM that may not match, bytes that may not decode
    try:
        doc = from_bytes(data, "r.txt")
    except LoadError:
        return
    lint_document(doc, CONFIG)


@settings(deadline=None, max_examples=40)
@given(st.binary(min_size=1, max_size=300), st.integers(0, 10**6))
def test_docx_loader_refuses_damaged_files_with_load_error(tmp_path_factory, junk, where):
    from reportlint.loaders import load

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", DOCUMENT)
    data = bytearray(buf.getvalue())
    i = where % len(data)
    data[i:i + len(junk)] = junk  # damage the archive somewhere
    path = tmp_path_factory.mktemp("docx") / "r.docx"
    path.write_bytes(bytes(data))
    try:
        load(path)
    except LoadError as e:
        assert "\n" not in str(e)


CONTENT_TYPES = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 b'officedocument.wordprocessingml.document.main+xml"/></Types>')
DOCUMENT = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b'<w:body><w:p><w:r><w:t>B\xc3\x81O C\xc3\x81O</w:t></w:r></w:p></w:body></w:document>')


# --- classifier, paragraphs, grammar ------------------------------------------------------


@FUZZ
@given(LINE)
def test_marker_never_raises_and_points_inside_the_line(line):
    m = marker(line.strip())
    if m is not None:
        assert 0 < m.end <= len(line.strip())
        assert m.kind in ("ROMAN", "ARABIC", "DECIMAL", "LETTER", "BULLET")


@FUZZ
@given(REPORT, st.booleans())
def test_paragraphs_keep_every_nonblank_line_once(text, join):
    doc = from_text(text, "r.txt")
    paras = paragraphs(doc.lines, join_lines=join)
    kept = [ln.lineno for p in paras for ln in p.lines]
    assert kept == [ln.lineno for ln in doc.lines if ln.text.strip()]
    for p in paras:
        for off in range(0, len(p.text) + 1, 7):
            line, col = p.locate(off)
            assert p.lineno <= line <= p.end_lineno and col >= 1


@FUZZ
@given(REPORT, st.booleans())
def test_outline_never_raises(text, markdown):
    outline = build(from_text(text, "r.md" if markdown else "r.txt", markdown=markdown))
    for s in outline.walk():
        assert s.path() and s.line <= s.end_line
    assert outline.section_path(outline.paragraphs[0]) is not None if outline.paragraphs else True


# --- the whole linter ---------------------------------------------------------------------


@FUZZ
@given(REPORT, st.booleans())
def test_lint_text_never_raises_and_positions_are_inside(text, markdown):
    diags = lint_text(text, "r.md" if markdown else "r.txt", markdown=markdown, config=CONFIG)
    check_positions(diags, len(from_text(text, "r", markdown).lines))


@settings(deadline=None, max_examples=60)
@given(st.text(max_size=300), st.booleans())
def test_lint_text_on_arbitrary_unicode(text, markdown):
    diags = lint_text(text, "r.md" if markdown else "r.txt", markdown=markdown, config=CONFIG)
    check_positions(diags, len(from_text(text, "r", markdown).lines))


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("travinh-*")))
def test_corpus_positions_are_inside(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    md = name.endswith(".md")
    check_positions(lint_text(text, name, markdown=md, config=CONFIG), len(text.splitlines()))
