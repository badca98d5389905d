"""typo.word on plain report language the laws it learnt from do not write.

The lexicon counts legal text; reports also speak of farming, weather, festivals and say
"tỉnh ta". A pair the laws never saw is then weak evidence: such lines may get an info
finding, never a warning, while a slip whose right word binds strongly stays a warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportlint.api import lint_text

PLAIN = (Path(__file__).parent / "typo" / "plain-lines.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("line", PLAIN)
def test_plain_report_language_gives_no_typo_warning(line: str) -> None:
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.") and d.severity != "info"] == []


@pytest.mark.parametrize("line, meant", [
    ("Tăng cường quản lý nhà nước về đất đại, khoáng sản.", "đai"),  # 'đại' is common: its absence says much
    ("Phát triển nông nghiệp hiểu quả, bền vững.", "hiệu"),
    ("Đầu tư phát triển cở sở hạ tầng giao thông nông thôn.", "cơ"),
])
def test_a_slip_whose_right_word_binds_strongly_stays_a_warning(line: str, meant: str) -> None:
    found = [d for d in lint_text(line) if d.rule == "typo.word"]
    assert [(d.suggestion, d.severity) for d in found] == [(meant, "warning")]


OTHER = (Path(__file__).parent / "typo" / "other-provinces-lines.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("line", OTHER)
def test_report_language_of_other_provinces_gives_no_typo_word_finding(line: str) -> None:
    """Lines in the style of public reports of other provinces, where typo.word once put infos
    (or a warning: 'giấy tăng' as 'giấy đăng'): 'vừa' before a verb, 'ước đạt', a word before its
    figure, a rare syllable in a pair the report phrases know, a clause's first word, a common
    word the laws never write beside either neighbour ('đã ôn lại'), a suggestion that would
    break the written word's pair on its other side ('gia đình cải thiện' is no 'đình chỉ')."""
    assert [d.message for d in lint_text(line) if d.rule == "typo.word"] == []


def test_a_pair_the_laws_write_often_is_no_near_miss() -> None:
    # 'có thẻ' (has a card) is one mark from 'có thể' (can), and the laws write it 135 times
    line = "Đến cuối tháng, toàn xã có 3.120 người có thẻ bảo hiểm y tế."
    assert [d.message for d in lint_text(line) if d.rule == "typo.confusion"] == []
    # a misspelling the laws write as well ('năng xuất' 83 times) is in the confusion table
    found = [(d.suggestion, d.severity) for d in lint_text("Năng xuất lúa vụ mùa đạt 56 tạ/ha.") if d.rule == "typo.confusion"]
    assert found == [("Năng suất", "warning")]


def test_place_names_of_the_highlands_are_no_slips() -> None:
    # the official names of provinces and districts in Ê Đê, Gia Rai, Mnông, Vân Kiều
    line = ("Đoàn công tác đã làm việc tại các huyện Đắk Glong, Krông Búk, M'Đrắk, Chư Păh và Đakrông "
            "của các tỉnh Đắk Lắk, Gia Lai và Quảng Trị.")
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []
    # and of communes and towns, from the statistics office's list (rules/vocabulary.yaml)
    line = "Trên địa bàn huyện Đak Pơ, xã Ngọk Réo và thị trấn Chư Drăng đã hoàn thành kế hoạch tiêm chủng."
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []
    # (a name's syllable that another mark makes a common word is still judged: 'Khơng' is a damaged 'Không')
    assert [d.suggestion for d in lint_text("Khơng có trường hợp nào vi phạm.") if d.rule == "typo.syllable"] == ["Không"]


def test_a_near_miss_whose_word_goes_with_the_next_is_none() -> None:
    # 'từ chối thanh toán 93 tỷ đồng chi sai' ('chi sai' 17 times in the laws, 'chí sai' 3): no 'đồng chí'
    line = "Kho bạc đã từ chối thanh toán 14 tỷ đồng chi sai chế độ, chi không đúng dự toán."
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []
    # the near miss stays where the next word tells nothing: 'Đồng chi Nguyễn Văn A'
    assert [d.rule for d in lint_text("Đồng chi Nguyễn Văn Bình, Chủ tịch UBND huyện, phát biểu.")] == ["typo.confusion"]


def test_names_and_crops_of_other_provinces_are_no_slips() -> None:
    # 'Huyện hội' (an association's district chapter) is no commune 'Huyện Hội'; 'Bắc Kạn' is a province;
    # 'bo bo' (Job's tears) a crop named by a doubled syllable
    line = ("Huyện hội đã phối hợp giải ngân 12 dự án; Trung tâm trợ giúp pháp lý tỉnh Bắc Kạn cử 3 trợ giúp viên; "
            "nhiều hộ trồng bo bo, nghệ đỏ.")
    assert [d.rule for d in lint_text(line) if d.rule.startswith(("typo.", "duplicate."))] == []


def test_a_names_pair_in_the_report_backs_no_common_word() -> None:
    # 'Hội Cựu chiến binh' in the report is no usage of 'hội cựu': 'hộ cựu chiến binh' (veterans' households) stays
    text = ("Giảm 28 hộ cựu chiến binh nghèo trong năm 2024\n\n"
            "Hội Cựu chiến binh huyện cho biết kết quả giảm nghèo trong hội viên năm qua.\n")
    assert [d.message for d in lint_text(text) if d.rule == "typo.word"] == []


def test_a_word_that_lost_its_accented_vowel_in_copying() -> None:
    # 'sản phm OCOP', 'dự toán tnh giao': a letter outside ASCII dropped when the text was copied
    found = [(d.rule, d.suggestion) for d in lint_text("Xã phát triển sản phm OCOP; thời tiết khng ảnh hưởng "
                                                       "đến tiến độ.") if d.rule == "typo.syllable"]
    assert found == [("typo.syllable", None), ("typo.syllable", "không")]  # ('phẩm' or 'phạm': no guess)
    # abbreviations take no vowel back, and short units are no words
    assert [d for d in lint_text("Học sinh THPT, sách của nxb Giáo dục, đường dài 12 km.") if d.rule == "typo.syllable"] == []


def test_two_syllables_written_as_one() -> None:
    # 'xe ôtô' is a common spelling (info); 'xuấtvà', a space lost in copying, is a slip (warning)
    found = [(d.severity, d.suggestion) for d in lint_text("Tạm giữ 12 xe ôtô; giá trị hàng hóa xuấtvà nhập khẩu "
                                                           "tăng 4,2%.") if d.rule == "typo.syllable"]
    assert found == [("info", "ô tô"), ("warning", "xuất và")]


def test_a_near_miss_whose_first_word_goes_with_the_word_before_is_none():
    # 'khả năng xảy ra hạn hán' is no 'gia hạn'; 'số trẻ sinh ra tăng' no 'gia tăng' ('xảy ra', 'sinh ra' in the laws)
    line = ("Nhiều xã vùng cao có nguy cơ xảy ra hạn hán cục bộ; số trẻ sinh ra tăng 45 trẻ so với cùng kỳ; "
            "ông Lý Văn Danh cho biết kết quả đạt yêu cầu.")
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []
    # (the near miss stays after a word it does not go with: 'đề nghị ra hạn thời gian')
    assert [d.suggestion for d in lint_text("Đơn vị đề nghị ra hạn thời gian thực hiện dự án.")
            if d.rule == "typo.confusion"] == ["gia hạn"]


def test_more_place_names_of_the_highlands_are_no_slips() -> None:
    line = "Mưa lớn gây sạt lở 4 điểm trên tuyến đường tại huyện Đăkrông và 3 điểm tại huyện Đắk Rlấp."
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []
    # (and the Cham towers of the south-central coast: 'tháp Pô Rômê', 'Pô Sah Inư')
    line = "Ban Quản lý di tích đón 38.000 lượt khách tham quan tháp Pô Rômê và tháp Pô Sah Inư trong năm."
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []


def test_a_near_miss_after_a_mere_sequence_of_words_is_still_said():
    # 'nhiệm vụ trong tâm': 'vụ trong' is two common words the laws often write in a row, no word: 'trọng tâm'
    found = [d.suggestion for d in lint_text("Xác định nhiệm vụ trong tâm của năm là phát triển kinh tế.")
             if d.rule.startswith("typo.")]
    assert found == ["trọng tâm"]


def test_titles_loanwords_and_report_words_of_two_held_out_probes():
    line = ("Ông Nguyễn Văn Tài, Trưởng ban Ban kinh tế - ngân sách HĐND tỉnh; diện tích 120 hécta; trên địa bàn ấp "
            "Tân Hòa có 3 trường đạt chuẩn mức 2.")
    assert [d.message for d in lint_text(line) if d.rule.startswith(("typo.", "duplicate."))] == []


def test_a_capacity_and_a_loanword_for_asbestos_are_no_slips() -> None:
    # 'vận hành với công suất hiện nay khoảng 3.000 m3/ngày đêm' is no 'xuất hiện'; 'tấm lợp amiăng'
    line = "Nhà máy nước vận hành với công suất hiện nay khoảng 2.500 m3/ngày đêm; sản lượng tấm lợp amiăng giảm 9%."
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []
    # nor a tax rate, an interest rate or a yield ('thuế suất hiện hành', 'năng suất hiện nay')
    line = "Giữ nguyên thuế suất hiện hành; lãi suất hiện hành giảm nhẹ; năng suất hiện nay đạt 62 tạ/ha."
    assert [d.message for d in lint_text(line) if d.rule.startswith("typo.")] == []
    # (the slip itself is still found: 'hiện tượng suất hiện nhiều')
    assert [d.suggestion for d in lint_text("Trên địa bàn đã suất hiện nhiều ổ dịch mới.") if d.rule == "typo.confusion"] \
        == ["xuất hiện"]


def test_acronyms_that_are_syllables_and_common_words_beside_acronyms_give_no_evidence() -> None:
    # 'QP - AN tháng 10' is no 'an táng'; 'UBND đã chỉ đạo' no 'UBND xã': the laws seldom write acronyms
    line = "Công tác QP - AN tháng 10 được giữ vững; UBND đã chỉ đạo các xã triển khai kế hoạch."
    assert [d.message for d in lint_text(line) if d.rule == "typo.word"] == []
    # (a rare word beside an acronym, and a line in capitals, are still read)
    assert [d.suggestion for d in lint_text("UBND tịnh đã chỉ đạo các huyện triển khai kế hoạch.")
            if d.rule == "typo.word"] == ["tỉnh"]
    assert [d.suggestion for d in lint_text("CỘNG HÒA Xà HỘI CHỦ NGHĨA VIỆT NAM") if d.rule == "typo.word"] == ["Xã"]


def test_a_word_the_laws_lack_is_a_slip_only_by_a_strong_fit_or_other_marks() -> None:
    # 'được nới lỏng' is no 'được với' ('được với' is 0,07% of 'được'); 'nhưng vói quyết tâm' is 'với'
    assert [d.message for d in lint_text("Các quy định về vận chuyển được nới lỏng.") if d.rule == "typo.word"] == []
    assert [d.suggestion for d in lint_text("Còn khó khăn nhưng vói quyết tâm cao đã hoàn thành kế hoạch.")
            if d.rule == "typo.word"] == ["với"]


def test_weak_evidence_is_said_only_for_a_slip_of_marks_or_a_dropped_letter() -> None:
    """A one-sided guess with other letters was wrong on real reports most times ('rải nhựa
    hoặc' -> 'ngựa', 'Cụm trưởng' -> 'cục'): a word has many such neighbours, one fits by
    chance. The same letters with other marks, or a letter left out, are few and the commonest
    slips of Telex typing ('cần nghèo' for 'cận nghèo', 'ngộ độ' for 'ngộ độc')."""
    found = [(d.suggestion, d.severity) for d in lint_text("Năm nay số hộ cần nghèo của xã giảm còn 41 hộ.")
             if d.rule == "typo.word"]
    assert found == [("cận", "info")]
    assert [d.rule for d in lint_text("Tuyến đường liên xã đã được rải nhựa hoặc đổ bê tông.")] == []


@pytest.mark.parametrize("line", [
    "Năm 2025, xã Tam Lộc được Tỉnh phân bổ 6 tỷ đồng vốn sự nghiệp để làm đường giao thông.",  # the province
    "Các làng Kliêng, Kte-Kdrơng và Blơng được hỗ trợ 14 căn nhà đại đoàn kết.",  # highland names
    "Hội đã trao 20 suất quà cho hộ nghèo ở làng Kon H’ôn và làng Đăk Pơ.",  # a name with an apostrophe
    "Dịp cuối năm, xe chở thanh long ùn ùn đổ về chợ đầu mối, nước lũ chảy ào ào qua ngầm tràn.",
    "Hạt Kiểm lâm Lâm Hà đã phát hiện 9 vụ vi phạm, tịch thu 12 m3 gỗ.",  # a compound, then a name
    "Số thuê bao dùng điện thoại Feature phone giảm còn 1,4 triệu thuê bao.",
    "Cán bộ hội luôn luôn gần dân, sát dân, nắm chắc tâm tư của hội viên.",  # always
    "Năm qua, huyện đã triển khai thành công tái cơ cấu ngành trồng trọt theo hướng hữu cơ.",
    "Đoàn kiểm tra phát hiện cơ sở gắn mác hàng nhập khẩu lên 240 sản phẩm không rõ nguồn gốc.",
    "Dự kiến trước ngày 25/7 toàn Thành phố cơ bản hoàn thành gieo cấy; toàn thành phố có 96 nghìn học sinh.",
    "Mưa lớn làm 64,1 ha lúa, 5,6ha mạ và 21,3 ha rau màu bị ngập úng.",
    "Đội tuyển giành giải nhất môn Văn, nhì ở hai môn Địa lý và Lịch sử.",
    "Khi vi rút dại xâm nhập qua vết cắn, động vật bị dại rất nguy hiểm.",
    "Doanh thu nhóm hàng lương thực thực phẩm tăng 7,4% so với cùng kỳ.",
    "Lúa đang ở nhiều giai đoạn, nhiều nhất là giai đoạn đòng đến trổ chín; các ngành vẫn duy trì đà phát triển ổn định.",
    "Trong tháng, toàn xã tiêm phòng cho 1.200 con heo và 840 con bò.",
    "Lượng khách quý III tăng mạnh là tín hiệu lạc quan cho ngành dịch vụ của huyện.",
    "Hội Nông dân xã đã hỗ trợ trồng 1.800 cây dổi; bí thư chi bộ nhiệm kỳ 2025-2030 được bầu lại.",
])
def test_names_noises_and_loanwords_of_other_provinces_are_no_slips(line: str) -> None:
    assert [d.message for d in lint_text(line)] == []


def test_a_full_stop_without_its_space_after_a_year_or_a_share() -> None:
    found = [d.rule for d in lint_text("Số thu tăng 8,6% so với năm 2024.Theo lãnh đạo Cục, mức thu đạt 41,2% dự toán.")]
    assert found == ["punctuation.no-space"]
    assert [d.rule for d in lint_text("Tỷ lệ giải quyết đạt 97%.Về công tác tiếp dân, ...")] == ["punctuation.no-space"]
    # (a heading's number glued to its title is no sentence end: '1.Tình hình chung')
    assert "punctuation.no-space" not in [d.rule for d in lint_text("1.Tình hình chung")]


def test_held_out_shapes_of_listed_misspellings_numbering_and_quotes() -> None:
    # 'thu viện trợ' is revenue from aid ('viện trợ'), no 'thư viện'; a library misspelt stays a slip
    assert [d.rule for d in lint_text("Thu viện trợ, các khoản đóng góp tự nguyện đạt 3,2 tỷ đồng.")] == []
    assert [d.rule for d in lint_text("Xã đã xây dựng thu viện cho trường tiểu học.")] == ["typo.confusion"]
    # a closing quote typed to open is one slip, not two ('mô hình” Nuôi lợn ... kiệm”')
    found = [d.rule for d in lint_text("Chi hội duy trì mô hình” Hũ gạo tình thương” ở 8 thôn.")]
    assert found == ["punctuation.unbalanced"]
    # a web page's dot before a heading's number: '• 1. Về thu chi ngân sách', then '2. Về ...'
    text = "• 1. Về thu chi ngân sách\n\nThu ngân sách đạt kế hoạch.\n\n2. Về sản xuất nông nghiệp\n\nLúa mùa đạt khá.\n"
    assert "structure.numbering-gap" not in [d.rule for d in lint_text(text)]


def test_a_duration_is_no_plan() -> None:
    # 'Theo Sở Kế hoạch và Đầu tư, trong 9 tháng, ... đạt 82% kế hoạch': no '1.845 / 9'
    text = "Theo Sở Kế hoạch và Đầu tư, trong 9 tháng, toàn tỉnh có 1.620 doanh nghiệp thành lập mới, đạt 81% kế hoạch."
    assert [d.rule for d in lint_text(text) if d.rule.startswith("percentage")] == []
