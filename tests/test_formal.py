"""Parsing of the formal parts (reportlint.analysis.formal) and the formal checks on the corpus."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from reportlint.analysis import formal
from reportlint.api import lint_document, lint_text
from reportlint.config import Config
from reportlint.loaders import load
from reportlint.loaders.text import from_text
from reportlint.analysis.outline import build
from reportlint.ruleset import builtin_rules

CORPUS = Path(__file__).parent / "corpus"

OCR_HEAD = """UBND TINH TRA VINH CONG HOA XA HOQI CHU NGHIA VIET NAM
SO THONG TIN VA TRUYEN THONG Doc 1ap - Tu do - Hanh phuc

S6:1768 /IBC-STTTT-VP Tra Vinh, ngay 14 thang 9 nam 2021

BAO CAO
ket qua cong tac thong tin va truyen thong 9 thang dau nim
va ke hoach cong tac 3 thang cuoi nam 2021

Trong 9 thang dau nam 2021, Ban Giam doc So tap trung chi dao cac phong,
trung tam thuoc So to chuc trien khai thuc hien tot nhiem vu chinh tri tren cac
linh vuc thong tin va truyen thong.
"""


def outline_of(text: str):
    return build(from_text(text, "t.txt"))


def test_ocr_two_column_header_is_split_and_read():
    h = formal.header(outline_of(OCR_HEAD))
    assert [p.text for p in h.bodies] == ["UBND TINH TRA VINH", "SO THONG TIN VA TRUYEN THONG"]
    assert h.national.text == "CONG HOA XA HOQI CHU NGHIA VIET NAM"
    assert h.motto.text == "Doc 1ap - Tu do - Hanh phuc"
    assert (h.number.number, h.number.code) == ("1768", "IBC-STTTT-VP")
    assert h.date.place == "Tra Vinh" and h.date.date == datetime.date(2021, 9, 14)
    assert h.issuing_kind == "SỞ"
    # the right column keeps its position in the original line
    assert h.national.span(0, 4)[:2] == (1, 20)


def test_wide_gap_columns_and_place_names():
    assert formal.split_columns("UBND TỈNH TRÀ VINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == [(0, 26), (26, 60)]
    line = "Số: 05/BC-UBND     Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2021"
    (a, b), (c, d) = formal.split_columns(line)
    assert line[c:d] == "Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2021"
    assert formal.split_columns("Trà Vinh, ngày 14 tháng 9 năm 2021") == [(0, 34)]
    assert formal.split_columns("Cộng hòa xã hội chủ nghĩa Việt Nam") == [(0, 34)]


def test_signature_read_through_ocr():
    text = OCR_HEAD + """
Tren day 1a ket qua cong tac 9 thang dau nam 2021./.

Noi nhén: KT.GIAM DPOC
-BOTT&TT (blc); . r A
- Daidién VP Bo TT&TT: PHO GIAM DOC
- Luu: VT.
"""
    sig = formal.signature(outline_of(text))
    assert [(s.prefix, s.title, s.fuzzy) for s in sig] == [("KT", "GIÁM ĐỐC", True), ("", "PHÓ GIÁM ĐỐC", False)]


def test_titles_bodies_and_names():
    assert formal.match_title("THỨ TRƯỞNG", False) == ("THỨ TRƯỞNG", False)
    assert formal.match_title("THỦ TRƯỞNG", False) == ("THỦ TRƯỞNG", False)
    assert formal.match_title("Phó Giám đốc Sở", False) == ("PHÓ GIÁM ĐỐC", False)
    assert formal.match_title("NGUYỄN VĂN CHUẨN", False) == (None, False)
    assert formal.body_type("UBND TỈNH TRÀ VINH") == "UBND"
    assert formal.body_type("SỞ THÔNG TIN VÀ TRUYỀN THÔNG") == "SỞ"
    assert formal.body_type("CHI CỤC THUẾ KHU VỰC") == "CHI CỤC"
    assert formal.body_type("TỈNH TRÀ VINH") is None
    assert formal.is_name("Nguyễn Văn Chuẩn") and formal.is_name("TS. Nguyễn Văn An")
    assert not formal.is_name("PHÓ GIÁM ĐỐC") and not formal.is_name("(Đã ký)")
    assert formal.strip_academic("PGS.TS. Nguyễn Thanh Bình") == ("PGS.TS.", "Nguyễn Thanh Bình")
    assert formal.canon("CỘNG HOÀ  XÃ HỘI") == "CỘNG HÒA XÃ HỘI" and formal.canon("UỶ BAN") == "ỦY BAN"


def test_type_code_table_is_phu_luc_iii():
    codes = formal.tables()["codes"]
    assert len(codes) == 30
    assert (codes["BÁO CÁO"], codes["KẾ HOẠCH"], codes["TỜ TRÌNH"], codes["QUY ĐỊNH"], codes["CHƯƠNG TRÌNH"]) == \
        ("BC", "KH", "TTr", "QyĐ", "CTr")
    assert "CÔNG VĂN" not in codes


@pytest.mark.parametrize("text, want", [
    ("Công tác tháng 10/2020", [("month", 2020, 10, 10)]),
    ("quý III/2022 và phương hướng quý IV", [("quarter", 2022, 7, 9), ("quarter", 2022, 10, 12)]),
    ("6 tháng đầu năm 2021", [("months", 2021, 1, 6)]),
    ("06 tháng cuối năm 2019", [("months", 2019, 7, 12)]),
    ("9 thang dau nim va ke hoach 3 thang cuoi nam 2021", [("months", 2021, 1, 9), ("months", 2021, 10, 12)]),
    ("Tổng kết công tác năm 2021", [("year", 2021, 1, 12)]),
    ("tháng 12 và kế hoạch tháng 01/2021", [("month", 2020, 12, 12), ("month", 2021, 1, 1)]),
    ("tháng 10 năm 2020", [("month", 2020, 10, 10)]),
    ("ngày 14 tháng 9 năm 2021", []),
    ("thông tin và truyền thông 9 tháng đầu năm", [("months", None, 1, 9)]),
    ("nhiệm kỳ 2020-2025; giai đoạn 2021 - 2025", []),
    ("quy định, quy vị, quý khách", []),
])
def test_periods(text, want):
    assert [(p.kind, p.year, p.first, p.last) for p in formal.periods(text)] == want


def test_report_and_plan_split():
    rep, plan = formal.split_plan("Công tác tháng 7 và kế hoạch công tác tháng 8/2019")
    assert rep[0].show() == "tháng 7/2019" and plan[0].show() == "tháng 8/2019"
    rep, plan = formal.split_plan("Kết quả thực hiện kế hoạch tháng 10/2020")
    assert rep[0].show() == "tháng 10/2020" and plan == []
    assert formal.is_plan_heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11/2020")
    assert not formal.is_plan_heading("1. Tình hình công tác tháng 7/2019")


def test_closing_targets_and_abbreviations():
    closing = ("Trên đây là kết quả công tác tháng 7, Sở Thông tin và Truyền thông Trà Vinh báo cáo đến "
               "Bộ Thông tin và Truyền thông, Tỉnh ủy và UBND tỉnh nắm, chỉ đạo./.")
    assert [n for _, _, n in formal.closing_targets(closing)] == ["Bộ Thông tin và Truyền thông", "Tỉnh ủy", "UBND tỉnh"]
    have = formal.squash("- Bộ TT&TT (b/c); - VP Tỉnh ủy, VP UBND tỉnh; - Sở Kế hoạch và Đầu tư;")
    for name in ("Bộ Thông tin và Truyền thông", "Tỉnh uỷ", "UBND tỉnh", "Sở KH&ĐT"):
        assert formal.squash(name) in have
    assert formal.squash("Sở Tài chính") not in have


EXPECTED = {  # every finding of the formal categories on the corpus, verified by hand
    "travinh-2019-07-monthly.txt": [(3, "header.missing-parts", "info"), (11, "period.stale", "warning")],
    "travinh-2020-10-monthly.md": [(3, "header.missing-parts", "info")],
    "travinh-2021-9months-ocr.txt": [(373, "period.cutoff", "info")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_formal_findings(name):
    rules = builtin_rules()
    cfg = Config(rules=rules, select=["header", "signatory", "recipients", "period"], today=datetime.date(2022, 1, 1))
    got = [(d.line, d.rule, d.severity) for d in lint_document(load(CORPUS / name), cfg)]
    assert got == EXPECTED[name]


FORMAL = ("header", "signatory", "recipients", "period")


def test_formal_rules_are_documented_and_listed(capsys):
    from reportlint.cli import main

    mine = [r for r in builtin_rules() if r.category in FORMAL]
    assert len(mine) >= 20
    for r in mine:
        assert r.message and r.message_vi and r.summary and r.good and r.bad, r.id
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for r in mine:
        assert r.id in out
    assert main(["rules", "signatory.kt-self"]) == 0
    out = capsys.readouterr().out
    assert "Incorrect" in out and "Correct" in out and "PHÓ GIÁM ĐỐC" in out and "vi: " in out


def test_a_date_in_a_sentence_of_an_excerpt_is_no_header_date():
    from reportlint.api import lint_text

    body = ("Thực hiện kế hoạch của Bộ; ngày 12 tháng 9 năm 2023, Sở đã có văn bản đề nghị các đơn vị "
            "gửi báo cáo trước ngày 30 tháng 9 năm 2023.\nĐến nay, 8 đơn vị đã gửi báo cáo.\n")
    assert [d.rule for d in lint_text(body) if d.rule == "header.date-format"] == []
    cong_van = "Số: 215/UBND-VP\nV/v báo cáo tình hình\nTrà Vinh, ngày 5 tháng 8 năm 2024\nKính gửi: Sở Nội vụ.\n"
    assert [d.suggestion for d in lint_text(cong_van) if d.rule == "header.date-format"] == ["05"]


@pytest.mark.parametrize("number", ["Số: ……/BC-UBND", "Số: ...../BC-UBND", "Số:      /BC-UBND", "Số: ……/ BC-UBND"])
def test_a_draft_number_left_dotted_or_blank_is_accepted(number):
    from reportlint.api import lint_text

    text = (f"ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Bình, ngày 10 tháng 7 năm 2024\nBÁO CÁO\nKết quả 6 tháng\n"
            "I. KẾT QUẢ\nNội dung.\n")
    assert [d.message for d in lint_text(text) if d.rule in ("header.number-format", "header.type-code")] == []


def test_a_header_wrapped_by_a_web_page_or_pdf_copy_is_read_whole():
    from reportlint.api import lint_text

    text = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 112/BC-UBND\nAn Phú, ngày 5\n"
            "tháng 3 năm 2024\nBÁO CÁO\nKết quả quý I\nI. KẾT QUẢ\nNội dung.\n")
    found = {d.rule: d for d in lint_text(text) if d.rule.startswith("header.")}
    assert "header.national-name" not in found
    assert found["header.date-format"].suggestion == "05"  # the date, read across the wrap
    assert "place and date" not in found["header.missing-parts"].message


@pytest.mark.parametrize("title, flagged", [("BÁO CÁO\nKết quả công tác năm 2022", True),
                                            ("KẾ HOẠCH\nRà soát hộ nghèo năm 2022", False)])
def test_only_a_report_is_held_to_sign_after_its_period(title, flagged):
    from reportlint.api import lint_text

    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 135/KH-UBND\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Giang, ngày\n27 tháng 9 năm 2022\n" + title + "\nI. NỘI DUNG\nNội dung.\n")
    assert any(d.rule == "header.date-plausible" for d in lint_text(text)) is flagged


CONG_VAN = """SỞ XÂY DỰNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 318/SXD-QLN
V/v Báo cáo kết quả cấp giấy phép xây dựng quý III năm 2024

Nam Định, ngày 10 tháng 10 năm 2024

Kính gửi: Ủy ban nhân dân tỉnh.

I. Kết quả cấp phép

Trong quý, Sở cấp 42 giấy phép xây dựng.
"""


def test_a_cong_van_with_rules_drawn_under_its_header_lines():
    # a letter copied from a portal: '-------' under the issuing body and the motto, then 'Số:', 'V/v', place and date
    o = build(from_text(CONG_VAN, "cv.txt"))
    h = formal.header(o)
    assert (h.number is not None, h.date is not None) == (True, True)
    missing = [d.message for d in lint_document(o.document) if d.rule == "header.missing-parts"]
    assert len(missing) == 1 and "Quốc hiệu" not in missing[0] and "Số:" not in missing[0]


@pytest.mark.parametrize("text, found", [
    ("Kết quả thực hiện giai đoạn 2021-2018 đạt khá.", True),  # ends before it starts
    ("Tỷ lệ huy động năm học 2019-2010 đạt 98%.", True),
    ("Giai đoạn 1010-2015, tỉnh đã đầu tư 12 tỷ đồng.", True),  # a year no report means
    ("Nhiệm kỳ 2020 – 2025, Hội đã kết nạp 312 hội viên.", False),
    ("Mã hồ sơ 2021-2018 được trả đúng hạn.", False),  # no period named: a code
])
def test_a_period_of_years_that_cannot_be(text: str, found: bool) -> None:
    assert ("period.impossible-date" in [d.rule for d in lint_text(text)]) is found
