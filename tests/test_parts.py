"""Reports in parts ('PHẦN I', 'Phần thứ hai') and regulations in chapters and articles
('Chương II', 'Điều 5.'): the numbering restarts under each part, and is still checked there."""

from __future__ import annotations

import pytest

from reportlint.analysis.markers import marker
from reportlint.analysis.outline import build
from reportlint.api import lint_text, load_config
from reportlint.loaders.text import from_text

# A yearly report in two parts, each numbered from I. (written for this test)
REPORT_IN_PARTS = """\
UBND HUYỆN HÒA BÌNH
PHÒNG NÔNG NGHIỆP
Số: 41/BC-PNN

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2025 và phương hướng năm 2026

PHẦN I
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

Phòng đã tham mưu ban hành 14 văn bản chỉ đạo sản xuất vụ Đông Xuân.

II. KẾT QUẢ SẢN XUẤT

1. Trồng trọt

Diện tích gieo trồng cả năm đạt 9.120 ha, năng suất lúa bình quân 6,1 tấn/ha.

2. Chăn nuôi

Tổng đàn gia cầm ước đạt 412 nghìn con.

PHẦN II
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

I. MỤC TIÊU

Phấn đấu trong năm 2026 diện tích gieo trồng đạt 9.200 ha.

II. GIẢI PHÁP

1. Chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả.

2. Tăng cường kiểm tra vật tư nông nghiệp trước mùa vụ.
"""

# A regulation attached to a decision: chapters, articles, clauses and points (written for this test)
REGULATION = """\
QUY CHẾ
Phối hợp tiếp nhận hồ sơ tại bộ phận một cửa

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

1. Quy chế này quy định việc phối hợp tiếp nhận và trả kết quả hồ sơ.

2. Quy chế áp dụng với các phòng chuyên môn thuộc Ủy ban nhân dân huyện.

Điều 2. Nguyên tắc phối hợp

1. Bảo đảm công khai, đúng thời hạn theo quy định.

2. Việc phối hợp gồm:

a) Chuyển hồ sơ trong ngày làm việc;

b) Thông báo kết quả cho người nộp hồ sơ.

Chương II
TRÁCH NHIỆM CỦA CÁC CƠ QUAN

Điều 3. Trách nhiệm của Văn phòng

1. Bố trí công chức tiếp nhận hồ sơ.

2. Theo dõi, tổng hợp kết quả giải quyết hồ sơ hằng tháng.
"""


def structure(text: str, name: str = "bao-cao.txt") -> list[tuple[str, int]]:
    return [(d.rule, d.line) for d in lint_text(text, name, config=load_config(None)) if d.rule.startswith("structure.")]


def test_a_report_in_parts_restarts_its_numbering_in_each_part() -> None:
    o = build(from_text(REPORT_IN_PARTS, "bao-cao.txt"))
    assert [(s.style, s.number, s.title) for s in o.sections] == [
        ("PART", "I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"), ("PART", "II", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026")]
    assert [c.number for c in o.sections[1].children] == ["I", "II"]
    assert [c.number for c in o.sections[1].children[1].children] == ["1", "2"]
    assert o.sections[1].children[0].path() == "PHẦN II › I. MỤC TIÊU"
    assert structure(REPORT_IN_PARTS) == []


def test_numbering_is_still_checked_inside_a_part() -> None:
    skipped = REPORT_IN_PARTS.replace("II. GIẢI PHÁP", "III. GIẢI PHÁP")
    backwards = REPORT_IN_PARTS.replace("2. Chăn nuôi", "1. Chăn nuôi")
    assert ("structure.numbering-gap", skipped.splitlines().index("III. GIẢI PHÁP") + 1) in structure(skipped)
    assert ("structure.numbering-repeat", backwards.splitlines().index("1. Chăn nuôi") + 1) in structure(backwards)


def test_without_its_part_headings_the_same_report_repeats_its_numbers() -> None:
    """The other side of the first test: the finding it no longer raises is real without parts."""
    flat = REPORT_IN_PARTS.replace("PHẦN I\n", "").replace("PHẦN II\n", "")
    assert ("structure.numbering-order", flat.splitlines().index("I. MỤC TIÊU") + 1) in structure(flat)


def test_a_regulation_in_chapters_and_articles() -> None:
    o = build(from_text(REGULATION, "quy-che.txt"))
    assert [(s.marker.raw, s.title) for s in o.sections] == [
        ("Chương I", "QUY ĐỊNH CHUNG"), ("Điều 1.", "Phạm vi điều chỉnh"), ("Điều 2.", "Nguyên tắc phối hợp"),
        ("Chương II", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN"), ("Điều 3.", "Trách nhiệm của Văn phòng")]
    assert [c.number for c in o.sections[2].children] == ["1", "2"]
    assert [c.number for c in o.sections[2].children[1].children] == ["a", "b"]
    assert structure(REGULATION, "quy-che.txt") == []
    assert structure(REGULATION.replace("b) Thông báo", "c) Thông báo"), "quy-che.txt") != []


@pytest.mark.parametrize("line, number", [
    ("PHẦN I", "I"), ("Phần thứ hai", "2"), ("PHẦN THỨ BA: KIẾN NGHỊ", "3"), ("Phần A. Kết quả", "A"),
    ("Chương IV", "IV"), ("CHƯƠNG II TỔ CHỨC THỰC HIỆN", "II"), ("Mục 2:", "2"), ("Điều 12. Hiệu lực thi hành", "12"),
    ("ĐIỀU 3.", "3"), ("Phần thứ tư - Đề xuất", "4"), ("A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "A"),
    ("B) PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026", "B"), ("PHỤ LỤC SỐ 2: BIỂU TỔNG HỢP", "2"), ("Phụ lục I", "I"),
])
def test_part_headings(line: str, number: str) -> None:
    m = marker(line)
    assert m is not None and (m.kind, m.number) == ("PART", number)


@pytest.mark.parametrize("line", [
    "Điều này cho thấy công tác phối hợp còn chậm.",
    "Điều 5 Luật Đất đai quy định rõ trách nhiệm của Ủy ban nhân dân cấp xã.",
    "Phần lớn các xã đã hoàn thành kế hoạch.",
    "Phần thứ hai của kế hoạch nêu giải pháp.",
    "Mục tiêu năm 2026 là giảm tỷ lệ hộ nghèo.",
    "MỤC TIÊU, YÊU CẦU",
    "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12",
    "Chương trình mục tiêu quốc gia giảm nghèo bền vững.",
    "ĐIỀU CHỈNH KẾ HOẠCH VỐN",
    "Phần mềm quản lý văn bản được nâng cấp.",
    "C. Nguyễn Văn An, chuyên viên phòng.",
    "Phụ lục kèm theo báo cáo này gồm 3 biểu.",
])
def test_sentences_that_open_with_those_words_are_no_parts(line: str) -> None:
    assert marker(line) is None


def periods(text: str) -> list[tuple[str, int]]:
    return [(d.rule, d.line) for d in lint_text(text, "bao-cao.txt", config=load_config(None)) if d.rule.startswith("period.")]


def test_the_headings_of_parts_and_of_their_sections_name_the_report_period() -> None:
    """A part on next year's tasks names the plan's year; last year's in a heading is a slip."""
    assert periods(REPORT_IN_PARTS) == []
    old_part = REPORT_IN_PARTS.replace("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    assert periods(old_part) == [("period.mismatch", old_part.splitlines().index("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024") + 1)]
    old_plan = REPORT_IN_PARTS.replace("I. MỤC TIÊU", "I. MỤC TIÊU NĂM 2025")
    assert periods(old_plan) == [("period.mismatch", old_plan.splitlines().index("I. MỤC TIÊU NĂM 2025") + 1)]


REPORT_WITH_APPENDIX = """\
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

Diện tích gieo trồng cả năm đạt 9.120 ha.

Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2025 của Phòng Nông nghiệp./.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Văn An

PHỤ LỤC
KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2025
(Kèm theo Báo cáo số 41/BC-PNN ngày 20/12/2025 của Phòng Nông nghiệp)

1. Tổng diện tích gieo trồng 9.120 ha, gồm: lúa 6.210 ha, rau màu 2.810 ha.

2. Tổng đàn gia cầm 412 nghìn con.
"""


def test_an_appendix_after_the_signature_is_read_as_the_report_s_text() -> None:
    o = build(from_text(REPORT_WITH_APPENDIX, "bao-cao.txt"))
    assert [p.text for p in o.signature] == ["TRƯỞNG PHÒNG", "Nguyễn Văn An"]
    assert [p.text for p in o.recipients] == ["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."]
    appendix = o.sections[-1]
    assert (appendix.marker.raw, appendix.title) == ("PHỤ LỤC", "KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2025")
    assert [c.number for c in appendix.children] == ["1", "2"]
    # its figures are checked like the report's: 6.210 + 2.810 = 9.020, not 9.120
    found = [(d.rule, d.line) for d in lint_text(REPORT_WITH_APPENDIX, "bao-cao.txt", config=load_config(None))
             if d.severity != "info"]
    assert found == [("arithmetic.sum-mismatch", REPORT_WITH_APPENDIX.splitlines().index(
        "1. Tổng diện tích gieo trồng 9.120 ha, gồm: lúa 6.210 ha, rau màu 2.810 ha.") + 1)]
