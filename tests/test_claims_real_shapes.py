"""Shapes met in public provincial reports that gave false findings, written anew for these
tests (own wording and figures): parts compared with last year by the total's own verb
("bằng p% so với cùng kỳ; trong đó A, bằng q%"), listings left open with "..." or "v.v.",
sibling shares of a base named in words ("chiếm 41,3% tổng vốn ...; B, chiếm 17,0%"), and a
share whose base follows it ("trả đúng hạn k hồ sơ (đạt p%), đến hạn n hồ sơ"). Each test
also keeps the real check of its shape: a wrong share with "chiếm", parts over their total."""

from __future__ import annotations

import pytest

from reportlint.api import lint_text

CLAIM_RULES = ("percentage.", "arithmetic.")


def findings(text: str) -> list[tuple[str, str]]:
    return [(d.rule, d.severity) for d in lint_text(text) if d.rule.startswith(CLAIM_RULES)]


# --- parts compared with last year by the total's verb --------------------------------------

PARALLEL = [
    "Diện tích gieo trồng cây vụ Đông toàn huyện đạt 9.480 ha, bằng 96,4% so với cùng kỳ năm trước; "
    "trong đó ngô 3.215 ha, bằng 91,2%; khoai lang 842 ha, bằng 103,5%; rau các loại 5.423 ha, bằng 97,8%.\n",
    "Đến ngày 20/3, toàn tỉnh đã gieo cấy 41.275 ha lúa xuân, bằng 99,1% so với cùng kỳ. Trong đó, lúa "
    "thuần 30.110 ha, bằng 98,2%; lúa lai 9.760 ha, bằng 102,4% so với cùng kỳ.\n",
    "Tổng đàn trâu bò của thị xã có 12.640 con, bằng 97,3% cùng kỳ năm trước, trong đó đàn bò 9.905 con, "
    "bằng 98,6%; đàn trâu 2.735 con, bằng 92,8%.\n",
    "Sản lượng thủy sản 6 tháng ước đạt 18.420 tấn, đạt 52,6% kế hoạch năm; trong đó khai thác 11.300 tấn, "
    "đạt 55,1%; nuôi trồng 7.120 tấn, đạt 48,9%.\n",
]


@pytest.mark.parametrize("text", PARALLEL)
def test_parts_compared_by_the_totals_verb_are_no_shares(text):
    assert findings(text) == []


def test_a_share_said_with_chiem_under_such_a_total_is_still_checked():
    text = ("Diện tích gieo trồng cây vụ Đông toàn huyện đạt 9.480 ha, bằng 96,4% so với cùng kỳ năm trước; "
            "trong đó ngô 3.215 ha, chiếm {}%; khoai lang 842 ha; rau các loại 5.423 ha.\n")
    assert findings(text.format("33,9")) == []
    assert findings(text.format("43,9")) == [("percentage.mismatch", "error")]


def test_parts_over_such_a_total_are_still_flagged():
    text = ("Diện tích gieo trồng cây vụ Đông toàn huyện đạt 8.480 ha, bằng 96,4% so với cùng kỳ năm trước; "
            "trong đó ngô 3.215 ha, bằng 91,2%; khoai lang 842 ha, bằng 103,5%; rau các loại 5.423 ha, bằng 97,8%.\n")
    assert ("arithmetic.parts-exceed-total", "error") in findings(text)


# --- listings left open -------------------------------------------------------------------

OPEN = [
    "Đến ngày 18/11, toàn tỉnh gieo trồng được 24.560 ha cây vụ đông, đạt 88,2% kế hoạch; trong đó ngô "
    "8.120 ha, khoai tây 1.905 ha, đậu tương 640 ha, rau các loại 9.870 ha...\n",
    "Tổng đàn gia cầm của huyện có 1.254 nghìn con (gà 980 nghìn con, vịt 190 nghìn con, v.v.).\n",
    "Năm 2024, toàn ngành tiếp nhận 5.812 hồ sơ, trong đó cấp phép xây dựng 2.140 hồ sơ, đất đai 1.975 hồ sơ…\n",
]


@pytest.mark.parametrize("text", OPEN)
def test_a_listing_left_open_need_not_add_up(text):
    assert findings(text) == []


def test_a_closed_listing_short_of_its_total_is_still_flagged():
    text = OPEN[0].replace("9.870 ha...", "9.870 ha.")
    assert ("arithmetic.parts-short", "warning") in findings(text)


def test_an_open_listing_over_its_total_is_still_flagged():
    text = OPEN[0].replace("24.560 ha", "18.560 ha")
    assert ("arithmetic.parts-exceed-total", "error") in findings(text)


# --- sibling shares of a base named in words ----------------------------------------------

def test_siblings_of_a_share_of_a_named_base_are_not_shares_of_the_first():
    text = ("Chia theo ngành, công nghiệp chế biến, chế tạo đạt 1.245,6 tỷ đồng, chiếm 41,3% tổng vốn thực hiện; "
            "xây dựng đạt 512,4 tỷ đồng, chiếm 17,0%; kinh doanh bất động sản đạt 388,1 tỷ đồng, chiếm 12,9%.\n")
    assert findings(text) == []


def test_a_share_of_the_sentences_first_figure_is_still_checked():
    text = "Đoàn liên ngành kiểm tra 325 cơ sở kinh doanh thực phẩm, phát hiện 26 cơ sở vi phạm, chiếm {}%.\n"
    assert findings(text.format("8,0")) == []
    assert findings(text.format("9,0")) == [("percentage.mismatch", "error")]


# --- a base stated after the share ----------------------------------------------------------

def test_a_base_after_the_share_is_not_replaced_by_the_first_figure():
    text = ("Trong tháng, Bộ phận một cửa huyện tiếp nhận mới 2.418 hồ sơ, trả kết quả trước và đúng hạn "
            "2.356 hồ sơ (đạt 98,70%), số hồ sơ đến hạn giải quyết 2.387 hồ sơ.\n")
    assert findings(text) == []


def test_a_share_of_a_total_marked_before_is_still_checked():
    text = "Tổng số hồ sơ đến hạn là 2.387 hồ sơ, trả kết quả trước và đúng hạn 2.356 hồ sơ (đạt {}%).\n"
    assert findings(text.format("98,70")) == []
    assert findings(text.format("96,70")) == [("percentage.mismatch", "error")]


# --- a part's percentage of its own plan inside a complete listing ----------------------------

def test_a_parts_percentage_of_its_own_plan_is_no_share_of_the_total():
    text = ("Quý I, thu ngân sách do thị xã quản lý đạt 146 tỷ đồng, đạt 27% dự toán. Cụ thể, thu thuế, phí "
            "và lệ phí 88 tỷ đồng, bằng 24% so với dự toán giao; thu tiền thuê đất 52 tỷ đồng, bằng 31% dự "
            "toán; thu khác 6 tỷ đồng, bằng 19% so với dự toán giao.\n")
    assert findings(text) == []
    assert ("arithmetic.sum-mismatch", "error") in findings(text.replace("52 tỷ", "62 tỷ"))


def test_a_share_said_with_chiem_in_such_a_listing_is_still_checked():
    text = ("Quý I, thu ngân sách do thị xã quản lý đạt 146 tỷ đồng. Cụ thể, thu thuế, phí và lệ phí 88 tỷ "
            "đồng, chiếm {}%; thu tiền thuê đất 52 tỷ đồng; thu khác 6 tỷ đồng.\n")
    assert findings(text.format("60,3")) == []
    assert findings(text.format("66,3")) == [("percentage.mismatch", "error")]
