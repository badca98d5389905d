"""Legacy encodings: TCVN3, VNI-Windows and UTF-8 read as Windows-1252, recognised and decoded."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legacy_encode import to_cp1258, to_mojibake, to_tcvn3, to_vni
from reportlint.text.legacy import best_reading, decode_mojibake, decode_tcvn3, decode_vni, repair, sniff_bytes

SENTENCES = [
    "Trong tháng, Phòng Tư pháp huyện đã thẩm định 14 dự thảo văn bản quy phạm pháp luật.",
    "Tổng số hồ sơ tiếp nhận là 1.245 hồ sơ, trong đó trực tuyến 987 hồ sơ, đạt tỷ lệ 79,28%.",
    "Ủy ban nhân dân xã tổ chức hội nghị sơ kết công tác phòng, chống dịch bệnh ở gia súc.",
    "Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "Những khó khăn, vướng mắc được tổng hợp, báo cáo Sở Nội vụ để hướng dẫn thực hiện.",
]
HEADING = "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9 NĂM 2024"


@pytest.mark.parametrize("text", SENTENCES)
def test_each_encoding_decodes_back(text: str) -> None:
    assert decode_tcvn3(to_tcvn3(text)) == text.replace("Ủ", "ủ").replace("Ủy", "Ủy")
    assert decode_vni(to_vni(text)) == text
    assert decode_mojibake(to_mojibake(text)) == text


def test_the_written_out_windows_1252_table_is_the_codec_s() -> None:
    from reportlint.text import legacy

    decoded = {bytes([b]).decode("cp1252", "ignore"): b for b in range(0x80, 0x100)}
    decoded.pop("")  # the five undefined bytes
    assert legacy._CP1252_BYTE == decoded


def test_tcvn3_capital_font_gives_capitals() -> None:
    assert to_tcvn3(HEADING) != HEADING  # the capitals with a tone were typed as small codes
    assert decode_tcvn3(to_tcvn3(HEADING)) == HEADING


@pytest.mark.parametrize("encode, name", [(to_tcvn3, "TCVN3"), (to_vni, "VNI"),
                                          (to_mojibake, "UTF-8 read as Windows-1252")])
def test_a_damaged_line_is_recognised(encode, name) -> None:
    line = SENTENCES[3]
    assert best_reading(encode(line)) == (name, line)


WORDS = st.sampled_from("báo cáo tháng năm của Sở Ủy ban nhân dân huyện xã đã được thực hiện tổng số "
                        "hồ sơ đạt tỷ lệ phòng chống dịch bệnh kế hoạch nhiệm vụ trọng tâm café naïve "
                        "Nguyễn Thị Hồng Đức Ông Bà".split())


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.sampled_from([" ", ", ", "; ", ". "]),
       st.sampled_from(["", "- ", "+ ", "· ", "• ", "§ "]))
def test_correct_unicode_is_never_decoded(words: list[str], sep: str, bullet: str) -> None:
    # (a symbol alone, a bullet "·" among them, is no TCVN3 word: "· Về học sinh:")
    line = bullet + sep.join(words) + " 12,5% và 1.234 hồ sơ."
    assert best_reading(line) is None
    assert repair([line])[0] == [line]


def test_repair_counts_lines_and_keeps_the_good_ones() -> None:
    lines = [to_tcvn3(SENTENCES[0]), SENTENCES[1], to_tcvn3(SENTENCES[2]), ""]
    fixed, done = repair(lines)
    assert fixed == [SENTENCES[0], SENTENCES[1], SENTENCES[2].replace("Ủy", "ủy"), ""]
    assert done.encoding == "TCVN3" and done.lines == [0, 2] and done.words >= 10


@pytest.mark.parametrize("encoding, raw", [
    ("TCVN3", to_tcvn3("\n".join(SENTENCES)).encode("latin-1")),
    ("VNI", to_vni("\n".join(SENTENCES)).encode("cp1252")),
    ("Windows-1258", to_cp1258("\n".join(SENTENCES))),
])
def test_raw_legacy_bytes_are_read(encoding: str, raw: bytes) -> None:
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    found = sniff_bytes(raw)
    assert found is not None and found[0] == encoding
    assert found[1].splitlines()[1] == SENTENCES[1]


def test_bytes_of_another_language_are_not_taken_for_vietnamese() -> None:
    assert sniff_bytes("Größe und Maß der Straße, naïve café".encode("latin-1")) is None
    assert sniff_bytes(bytes(range(256))) is None
