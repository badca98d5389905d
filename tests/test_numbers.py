"""Vietnamese number literals: values, precision, styles, and what is not a quantity."""

from decimal import Decimal

import pytest

from reportlint.text.numbers import EN, VI, format_vi, infer_style, parse, readings, scan


@pytest.mark.parametrize("lit, value, decimals", [
    ("12.914", "12914", 0),
    ("1.012,018", "1012.018", 3),
    ("57,33", "57.33", 2),
    ("0,5", "0.5", 1),
    ("03", "3", 0),
    ("1994", "1994", 0),
    ("30.81", "30.81", 2),  # a foreign decimal point: two digits after it cannot be grouping
    ("92,00", "92.00", 2),  # trailing zeros count
    ("1.234.567", "1234567", 0),
])
def test_parse_vietnamese(lit, value, decimals):
    r = parse(lit)
    assert r is not None and r.value == Decimal(value) and r.decimals == decimals


def test_ambiguous_literal_keeps_both_readings_style_first():
    vi = readings("1.572", VI)
    assert [(str(r.value), r.decimals) for r in vi] == [("1572", 0), ("1.572", 3)]
    en = readings("1.572", EN)
    assert [(str(r.value), r.decimals) for r in en] == [("1.572", 3), ("1572", 0)]
    assert [str(r.value) for r in readings("1,572", VI)] == ["1.572", "1572"]


def test_not_a_number():
    assert readings("1.2.3") == ()
    assert readings("12.34.567") == ()


def test_interval():
    r = parse("15,67")
    assert r.interval() == (Decimal("15.665"), Decimal("15.675"))
    assert parse("291").interval() == (Decimal(291), Decimal(291))


def test_infer_style():
    assert infer_style(["tỷ lệ 57,33%", "1.012.018 đồng"]) == VI
    assert infer_style(["rate 30.81%", "1,012,018 dong", "2.5 ha"]) == EN
    assert infer_style(["12.914 hồ sơ"]) == VI  # ambiguous only: Vietnamese by default


@pytest.mark.parametrize("value, decimals, text", [
    ("12914", 0, "12.914"), ("1012.018", 3, "1.012,018"), ("15.662", 2, "15,66"), ("7.9", 1, "7,9"),
    ("100", 0, "100"), ("-0.5", 1, "-0,5"), ("1234567.5", 2, "1.234.567,50"),
])
def test_format_vi(value, decimals, text):
    assert format_vi(Decimal(value), decimals) == text


def kinds(text):
    return [(text[n.start:n.end], n.kind) for n in scan(text)]


def test_scan_quantities_and_percentages():
    got = scan("tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến), tỷ lệ 57,33% và 15,67 %")
    assert [(n.raw, n.percent, n.kind) for n in got] == [
        ("12.914", False, "qty"), ("10.769", False, "qty"), ("2.145", False, "qty"),
        ("57,33", True, "qty"), ("15,67", True, "qty")]


@pytest.mark.parametrize("text, literal, kind", [
    ("Số: 1768/BC-STTTT", "1768", "docno"),
    ("Nghị định 45/2020/NĐ-CP", "45", "docno"),
    ("ngày 30/6/2021", "2021", "date"),
    ("tháng 10/2020", "2020", "date"),
    ("Chỉ thị 48-CT/TU", "48", "docno"),
    ("mức độ 3: 775", "3", "level"),
    ("Dich vu mrc do 1, 2: 291 dich vu", "2", "level"),
    ("lần thứ 8", "8", "ordinal"),
    ("Điều 5", "5", "ordinal"),
    ("năm 2021", "2021", "year"),
    ("giai đoạn 2021 - 2025", "2025", "year"),
    ("cách mạng công nghiệp 4.0", "4.0", "version"),
    ("điện thoại 0294.3855.888", "0294.3855.888", "phone"),
    ("van ban duoc ky s6 (ty 16 77,66%)", "16", "ocr"),
    ("dich vu (chiem ty 186 43,33%)", "186", "ocr"),
    ("thuê bao/100 dân", "100", "date"),
    ("6.918 phiếu số 1; 705 phiếu số 2)", "1", "ordinal"),
    ("2 mẫu báo cáo (Mẫu số 01 cho UBND cấp tỉnh, Mẫu số 02 cho doanh nghiệp)", "01", "ordinal"),
    ("theo Biểu số 03 kèm theo", "03", "ordinal"),
    ("Luật Giá 2023 gồm 8 chương", "2023", "year"),
    ("Luật Bảo vệ môi trường 2020 quy định", "2020", "year"),
    ("Hiến pháp 2013 khẳng định", "2013", "year"),
    ("thiết bị chế tạo (mã HS 8207.30, 8479.89, 8514.40)", "8479.89", "name"),
    ("doanh nghiệp có mã số 0301234567", "0301234567", "name"),
])
def test_not_quantities(text, literal, kind):
    got = dict((t.rstrip("%").strip(), k) for t, k in kinds(text))
    assert got[literal] == kind


def test_a_count_after_so_stays_a_count():
    got = dict(kinds("tổng số 5; có số 12, hằng tháng 28.757,2 triệu đồng"))
    assert got["5"] == got["12"] == got["28.757,2"] == "qty"


def test_a_count_after_a_law_s_name_and_a_link_word_stays_a_count():
    assert dict(kinds("phổ biến Luật Giá cho 2023 người"))["2023"] == "qty"
    assert dict(kinds("tuyên truyền pháp luật cho 2023 lượt người"))["2023"] == "qty"


def test_quantities_survive_next_to_names():
    got = dict(kinds("mức độ 3: 775; tổng số 2.126 chứng thư; cấp mới 95; năm 2021 có 143.098 văn bản"))
    assert got["775"] == got["2.126"] == got["95"] == got["143.098"] == "qty"


def test_glued_digits_are_not_numbers():
    assert kinds("Window10 và m2 và c4 nhan, mã 14.320ab, 1.5x") == []


def test_a_unit_written_against_its_figure_keeps_the_whole_figure():
    """Real reports of storm damage write "36.077ha", "3.199,5ha": read as 36 and 3.199 (the
    first digits before a separator), they made false sum errors."""
    got = kinds("ngập 36.077ha (xã A 120,5ha, xã B 3.199,5ha, xã C 464ha), 27m2 nhà, 15tấn gạo, 12Km đường")
    assert [raw for raw, _ in got] == ["36.077", "120,5", "3.199,5", "464", "27", "15", "12"]
    assert {kind for _, kind in got} == {"qty"}
    # a lost space on both sides: the unit after tells the figure ('Hòa Bình116ha'); a code stays none
    assert kinds("Hòa Bình116ha, quốc lộ QL1A, chuẩn Window10") == [("116", "qty")]


def test_figures_longer_than_decimals_precision_format_and_lint() -> None:
    """Found by hypothesis: a 29-digit figure made quantize() raise (the context keeps 28 digits)."""
    from decimal import Decimal

    from reportlint.api import lint_text
    from reportlint.text.numbers import format_vi

    assert format_vi(Decimal("1" + "0" * 28)) == "10" + ".000" * 9
    assert format_vi(Decimal("12345678901234567890123456789,5".replace(",", ".")), 1).endswith("789,5")
    lint_text("10000000000000000000000000000\ntrong đó: 00")  # no exception


def test_a_plain_thu_or_nam_in_accented_text_is_no_ordinal_but_one_that_lost_its_marks_may_be():
    """'nam 25 người' (male) and 'tổng thu 12 tỷ' (revenue) count; OCR 'lan thu 5' is 'lần thứ 5'."""
    from reportlint.text.numbers import scan

    assert [n.kind for n in scan("trong đó nam 25 người, nữ 18 người")] == ["qty", "qty"]
    assert [n.kind for n in scan("Tổng thu 12 tỷ đồng")] == ["qty"]
    assert [n.kind for n in scan("lần thứ 5")] == ["ordinal"]
    assert [n.kind for n in scan("Dai hoi lan thu 5")] == ["ordinal"]
    # the same for the other names whose word folds like another: a ward of a hospital, a stable
    assert [n.kind for n in scan("điều trị nội trú tại khoa 125 lượt")] == ["qty"]
    assert [n.kind for n in scan("xây mới chuồng 120 con")] == ["qty"]
    assert [n.kind for n in scan("Khóa 5, khoản 2 Điều 5")] == ["ordinal"] * 3


def test_a_number_past_any_month_day_quarter_or_week_is_a_count():
    from reportlint.text.numbers import scan

    assert [n.kind for n in scan("đào tạo dưới 3 tháng 340 người")] == ["qty", "qty"]
    assert [n.kind for n in scan("tháng 12, ngày 31, quý 4, tuần 53")] == ["ordinal"] * 4


@pytest.mark.parametrize("text, flagged", [
    ("Doanh thu tháng 9 ước đạt 19.94,67tỷ đồng.", ["19.94,67"]),  # a digit lost, the unit glued
    ("Diện tích gieo trồng 1.2345,6 ha; sản lượng 1,234.5 tấn; giá trị 1.234,56 tỷ đồng.", ["1.2345,6"]),
    ("Theo khoản 1,2 Điều 5 và mục 1.2.3 của Kế hoạch số 45/KH-UBND ngày 1.2,3/2024.", []),
])
def test_a_number_no_style_reads_is_a_slip(text, flagged):
    from reportlint.api import lint_text

    assert [text[d.column - 1:d.end_column - 1] for d in lint_text(text) if d.rule == "typo.number"] == flagged


def test_a_grade_is_a_name_and_classes_are_counted():
    # 'học sinh lớp 1' names the grade: as a count it stood beside 131.950 and hid that base
    assert kinds("có 131.950 học sinh lớp 1, mở 5 lớp tập huấn, Lớp 12") == [
        ("131.950", "qty"), ("1", "ordinal"), ("5", "qty"), ("12", "ordinal")]


def test_a_count_after_crops_of_a_short_season_is_no_day():
    # 'cây công nghiệp ngắn ngày 06 ha': a count of hectares; 'ngày 06 tháng 3' names a day
    found = [(n.raw, n.kind) for n in scan("cây công nghiệp ngắn ngày 06 ha, cây dài ngày 12 ha; ngày 06 tháng 3")]
    assert found == [("06", "qty"), ("12", "qty"), ("06", "ordinal"), ("3", "ordinal")]
