"""Budget reports: a total "đạt p% dự toán, tăng q% so với cùng kỳ", then "Trong đó:" some of its
lines, each with its own "đạt p%, tăng|giảm q%". Those rates are against the line's plan and
its last year's value (neither stated): unchecked, never shares of the total or changes from
it; and the lines are a selection, not a breakdown that must add up. The sentences are
written for these tests in the style of provincial statistics and finance reports."""

from __future__ import annotations

import pytest

from reportlint.api import lint_text
from reportlint.analysis.claims import analyse
from reportlint.analysis.outline import build
from reportlint.loaders.text import from_text

CLAIM_RULES = ("percentage.", "arithmetic.")


def findings(text: str) -> list[tuple[str, str]]:
    return [(d.rule, d.severity) for d in lint_text(text) if d.rule.startswith(CLAIM_RULES)]


def unchecked(text: str) -> list[tuple[str, str, str]]:
    return [(c.anchor.text, c.relation, c.unchecked) for c, _ in analyse(build(from_text(text, "r.txt"))) if c.unchecked]


BUDGET_REVIEWS = [
    "Tổng chi ngân sách địa phương là 6.420,5 tỷ đồng, đạt 81,2% dự toán, tăng 9,4% so với cùng kỳ. "
    "Trong đó: chi đầu tư phát triển là 1.830,2 tỷ đồng, đạt 104,6%, giảm 12,3%; chi thường xuyên là "
    "3.115,8 tỷ đồng, đạt 66,7%, tăng 7,9%.\n",
    "Tổng thu ngân sách nhà nước trên địa bàn huyện đạt 412,36 tỷ đồng, bằng 58,4% dự toán tỉnh giao, "
    "giảm 3,1% so với cùng kỳ năm trước. Trong đó: thu tiền sử dụng đất 150,20 tỷ đồng, đạt 47,9%, giảm 21,6%; "
    "thu thuế ngoài quốc doanh 96,75 tỷ đồng, đạt 72,3%, tăng 11,0%.\n",
    "Chi ngân sách huyện 9 tháng ước thực hiện 1.284.530 triệu đồng, đạt 70,5% dự toán, tăng 6,2% so với cùng kỳ; "
    "trong đó chi sự nghiệp giáo dục 402.118 triệu đồng, đạt 74,0%, tăng 5,5%; chi sự nghiệp y tế 61.940 triệu đồng, "
    "đạt 63,2%, giảm 4,8%.\n",
    # a count whose total is itself "đạt p% kế hoạch": the parts' "đạt q%" are theirs too
    "Tổng số lượt khám bệnh trong năm là 70.831 lượt, đạt 95,2% kế hoạch, tăng 4,1% so với cùng kỳ; trong đó khám "
    "bảo hiểm y tế 49.558 lượt, đạt 97,3%, tăng 2,0%; khám dịch vụ 12.385 lượt, đạt 90,8%.\n",
]


@pytest.mark.parametrize("text", BUDGET_REVIEWS)
def test_a_budget_review_has_no_false_findings(text):
    assert findings(text) == []


def test_its_rates_are_unchecked_with_the_missing_figure_named():
    got = unchecked(BUDGET_REVIEWS[0])
    assert ("104,6%", "plan", "plan not stated") in got
    assert ("66,7%", "plan", "plan not stated") in got
    assert ("12,3%", "growth", "earlier value not stated") in got
    assert ("7,9%", "growth", "earlier value not stated") in got


def test_a_share_in_a_trong_do_listing_is_still_checked():
    text = ("Tổng chi ngân sách địa phương là 6.420,5 tỷ đồng. Trong đó: chi đầu tư phát triển 1.830,2 tỷ đồng, "
            "chiếm {}%.\n")
    assert findings(text.format("28,5")) == []
    assert findings(text.format("32,5")) == [("percentage.mismatch", "error")]


def test_parts_exceeding_their_total_are_still_flagged():
    text = ("Tổng chi ngân sách địa phương là 4.120,5 tỷ đồng, đạt 81,2% dự toán, tăng 9,4% so với cùng kỳ. "
            "Trong đó: chi đầu tư phát triển là 1.830,2 tỷ đồng, đạt 104,6%, giảm 12,3%; chi thường xuyên là "
            "3.115,8 tỷ đồng, đạt 66,7%, tăng 7,9%.\n")
    assert ("arithmetic.parts-exceed-total", "error") in findings(text)


def test_a_plan_stated_in_parentheses_is_still_checked():
    text = "Giải ngân vốn đầu tư công 142,5 tỷ đồng, đạt {}% kế hoạch (150,0 tỷ đồng).\n"
    assert findings(text.format("95,0")) == []
    assert findings(text.format("85,0")) == [("percentage.mismatch", "error")]


def test_a_bare_dat_after_a_count_is_still_a_share():
    text = "Tổng số văn bản đi là 21.366 văn bản, ký số 16.696 văn bản (đạt {}%).\n"
    assert findings(text.format("78,14")) == []
    assert findings(text.format("48,14")) == [("percentage.mismatch", "error")]


def test_a_prior_year_in_the_sentence_before_is_still_the_base_of_a_growth():
    text = "Năm 2023, chi thường xuyên là 2.900,0 tỷ đồng. Năm 2024, chi thường xuyên là 3.115,8 tỷ đồng, tăng {}%.\n"
    assert findings(text.format("7,4")) == []
    assert [r for r, _ in findings(text.format("9,4"))] == ["percentage.mismatch"]
