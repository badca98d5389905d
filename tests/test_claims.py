"""Claims read from report text, their exhaustiveness and their verdicts; the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportlint.api import lint_path
from reportlint.analysis.claims import analyse, evaluate, extract
from reportlint.config import Config
from reportlint.loaders.text import from_text
from reportlint.analysis.outline import build
from reportlint.ruleset import builtin_rules

CORPUS = Path(__file__).parent / "corpus"


def claims(text: str):
    return analyse(build(from_text(text, "r.txt")))


def summary(text: str):
    return [(c.kind, c.shape, c.exhaustive, v.status) for c, v in claims(text)]


def test_group_with_partition_is_exhaustive():
    [(c, v)] = claims("- Trong tháng tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).\n")
    assert (c.kind, c.exhaustive, c.why) == ("sum", True, "trực tiếp|trực tuyến")
    assert [p.text for p in c.parts] == ["10.769", "2.145"] and c.total.text == "12.914"
    assert v.status == "ok" and v.computation == "10.769 + 2.145 = 12.914"


def test_levels_are_labels_not_parts():
    [(c, _), *_] = claims("- Cổng dịch vụ công cung cấp 1.960 dịch vụ công trực tuyến (mức độ 3: 775; mức độ 4: 681).\n")
    assert [p.text for p in c.parts] == ["775", "681"] and not c.exhaustive


def test_percentage_attached_to_its_part_and_group_total():
    got = claims("- Tiếp nhận 4.505 hồ sơ mức độ 3 (4.149 trực tiếp, 356 trực tuyến (tỷ lệ 7,9%)).\n")
    pct = [c for c, _ in got if c.kind == "percentage"]
    assert [(c.part.text, c.base.text, c.pct.text) for c in pct] == [("356", "4.505", "7,9%")]


def test_percentage_of_a_different_measure_is_not_a_share():
    # the percentage is of something else: no claim at all rather than a wrong base
    text = "- Tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến, tỷ lệ giải quyết đúng hạn 98%).\n"
    assert not [c for c, _ in claims(text) if c.kind == "percentage"]


def test_no_base_no_claim():
    text = "- Đã giải ngân 1,572 tỷ đồng, đạt tỷ lệ 15,72% kế hoạch vốn được giao.\n"
    assert claims(text) == []


def test_dates_and_document_numbers_are_not_fractions():
    text = "- Thực hiện Nghị định 45/2020/NĐ-CP ngày 30/6/2021 (tỷ lệ 100%) theo Công văn 1768/BC-STTTT.\n"
    assert claims(text) == []


def test_approximate_total_is_skipped():
    [(_, v)] = claims("- Trong tháng tiếp nhận khoảng 13.000 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).\n")
    assert v.status == "skipped"


def test_evidence_and_suggestion_in_vietnamese_style():
    [(c, v)] = claims("- Trong tháng tiếp nhận 12.941 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).\n")
    assert v.status == "sum-mismatch"
    assert v.evidence == "10.769 + 2.145 = 12.914, báo cáo ghi 12.941" and v.suggestion == "12.914"


def test_percentage_rounding_vs_mismatch():
    base = "- Tổng văn bản đi trong tháng: 1.858, ký số 291 văn bản (tỷ lệ {}%).\n"
    assert [v.status for _, v in claims(base.format("15,66"))] == ["ok"]
    assert [v.status for _, v in claims(base.format("15,67"))] == ["rounding"]
    assert [v.status for _, v in claims(base.format("15,65"))] == ["rounding"]  # truncated is 15,66: one unit off
    assert [v.status for _, v in claims(base.format("15,68"))] == ["mismatch"]


def test_ambiguous_amount_keeps_both_readings():
    # a report mixing styles ("30.81%", "2,45"): "1,572 tỷ đồng" may be 1.572 or 1572
    text = ("- Tỷ lệ hồ sơ trực tuyến đạt 30.81%, mật độ 2,45 thuê bao/100 dân.\n"
            "- Đã giải ngân 1,572 tỷ đồng/10.000 tỷ đồng kế hoạch, đạt 15,72%.\n")
    [(c, v)] = claims(text)
    assert c.shape == "fraction" and v.status == "ok"
    # in a report written in one style only, the style settles it
    [(c, v)] = claims(text.split("\n", 1)[1])
    assert v.status == "mismatch"


def test_extract_is_pure_on_paragraphs():
    doc = from_text("- Toàn huyện có 104/112 ấp (tỷ lệ 92,86%) được phủ sóng.\n", "r.txt")
    outline = build(doc)
    [c] = extract(outline.body_paragraphs())
    assert (c.part.text, c.base.text, evaluate(c).status) == ("104", "112", "ok")


def _corpus_findings(name):
    cfg = Config(rules=builtin_rules(), select=["arithmetic", "percentage"])
    return [(d.line, d.rule, d.severity) for d in lint_path(CORPUS / name, cfg)]


def test_corpus_ocr_report_finds_the_percentage_defect_only():
    assert _corpus_findings("travinh-2021-9months-ocr.txt") == [(289, "percentage.rounding", "warning")]


@pytest.mark.parametrize("name", ["travinh-2020-10-monthly.md", "travinh-2019-07-monthly.txt"])
def test_corpus_correct_reports_are_quiet(name):
    assert _corpus_findings(name) == []


def test_corpus_claims_cover_the_must_not_flag_places():
    o = build(__import__("reportlint.loaders", fromlist=["load"]).load(CORPUS / "travinh-2020-10-monthly.md"))
    seen = {v.computation.split(" = ")[0] for _, v in analyse(o)}
    assert {"10.769 + 2.145", "16.681 / 29.097", "356 / 4.505", "1.789 / 4.468", "775 / 1.960", "681 / 1.960"} <= seen


def test_explain_lists_every_claim_with_its_verdict(tmp_path):
    import io

    from reportlint.render.explain import render_document

    text = ("I. KẾT QUẢ\n1. Lĩnh vực ứng dụng công nghệ thông tin\n"
            "- Tổng văn bản đi trong tháng: 29.097, ký số 16.681 văn bản (tỷ lệ 57,33%).\n"
            "- Trong tháng tiếp nhận 12.941 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).\n")
    out = io.StringIO()
    render_document(build(from_text(text, "r.txt")), None, out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "I › 1. Lĩnh vực ứng dụng công nghệ thông tin"
    assert lines[2].startswith("  ✓     3  16.681 / 29.097 = 57,328…% → 57,33%")
    assert lines[3].startswith("  ✗     4  10.769 + 2.145 = 12.914, báo cáo ghi 12.941")
    assert lines[3].endswith("[arithmetic.sum-mismatch]") and "\x1b" not in out.getvalue()
