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


def checked(text: str):
    """The claims with both figures found (not the cues seen without them)."""
    return [(c, v) for c, v in claims(text) if not c.unchecked]


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


def test_plan_not_stated_is_seen_but_not_checked():
    text = "- Đã giải ngân 1,572 tỷ đồng, đạt tỷ lệ 15,72% kế hoạch vốn được giao.\n"
    [(c, v)] = claims(text)
    assert (c.relation, c.unchecked, v.status) == ("plan", "plan not stated", "skipped")
    assert c.anchor.text == "15,72%" and c.part.text == "1,572"


@pytest.mark.parametrize("text, relation, reason", [
    ("- Số học sinh bỏ học là 97 em, chiếm 0,40% tổng số học sinh toàn huyện.\n", "share", "base not found"),
    ("- Đón 48.300 lượt khách, tăng 12,6% so với cùng kỳ năm trước.\n", "growth", "earlier value not stated"),
    ("- Số hộ nghèo của xã chiếm khoảng 3,5% dân số.\n", "share", "approximate"),
])
def test_cue_without_its_other_figure_is_unchecked_with_the_reason(text, relation, reason):
    [(c, v)] = claims(text)
    assert (c.relation, c.unchecked, v.status) == (relation, reason, "skipped")


def test_a_rate_without_cue_is_no_claim():
    assert claims("- Mức độ hài lòng của người dân về dịch vụ công 98,5% trong quý III.\n") == []


def test_dates_and_document_numbers_are_not_fractions():
    text = "- Thực hiện Nghị định 45/2020/NĐ-CP ngày 30/6/2021 (tỷ lệ 100%) theo Công văn 1768/BC-STTTT.\n"
    assert [(c.relation, c.unchecked) for c, _ in claims(text)] == [("share", "base not found")]


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
    [(c, v)] = checked(text)
    assert c.shape == "fraction" and v.status == "ok"
    # in a report written in one style only, the style settles it
    [(c, v)] = checked(text.split("\n", 1)[1])
    assert v.status == "mismatch"


def test_extract_is_pure_on_paragraphs():
    doc = from_text("- Toàn huyện có 104/112 ấp (tỷ lệ 92,86%) được phủ sóng.\n", "r.txt")
    outline = build(doc)
    [c] = extract(outline.body_paragraphs())
    assert (c.part.text, c.base.text, evaluate(c).status) == ("104", "112", "ok")


def test_extraction_stops_at_the_claim_limit():
    text = "".join(f"- Tiếp nhận {10 + i} hồ sơ ({5 + i} trực tiếp, 5 trực tuyến).\n" for i in range(5))
    paras = build(from_text(text, "r.txt")).body_paragraphs()
    assert len(extract(paras)) == 5
    assert [c.total.text for c in extract(paras, limit=2)] == ["10", "11"]


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
    assert lines[3].startswith("  ✗     4  10.769 + 2.145 = 12.914, the report says 12.941")
    assert lines[3].endswith("[arithmetic.sum-mismatch]") and "\x1b" not in out.getvalue()


def test_explain_lists_the_claims_it_could_not_check_last():
    import io

    from reportlint.render.explain import render_document

    text = ("I. KẾT QUẢ\n- Trong tháng tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).\n"
            "- Đã giải ngân 15,3 tỷ đồng, đạt 60% kế hoạch; đón 48.300 lượt khách, tăng 12,6% so với cùng kỳ.\n")
    out = io.StringIO()
    render_document(build(from_text(text, "r.txt")), None, out)
    assert out.getvalue().splitlines()[-4:] == [
        "Not checked (2)", "  –     3  60% (plan): plan not stated", "  –     3  12,6% (growth): earlier value not stated", ""]


def _explain_json(tmp_path, *args):
    import json
    import subprocess
    import sys

    (tmp_path / "r.md").write_text(
        "# I. KẾT QUẢ\n\n- Tổng văn bản đi trong tháng: 29.097, ký số 16.681 văn bản (tỷ lệ 57,38%).\n"
        "- Đã giải ngân 15,3 tỷ đồng, đạt 60% kế hoạch.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reportlint", "check", "--format", "json", *args, "r.md"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    return json.loads(run.stdout)["files"][0]


def test_explain_json_lists_every_claim_with_status_and_reason(tmp_path):
    got = _explain_json(tmp_path, "--explain")["claims"]
    assert got == [
        {"line": 3, "column": 68, "end_column": 74, "kind": "share", "status": "failed", "reason": "",
         "text": "16.681 / 29.097 = 57,328…% → 57,33%, the report says 57,38%"},
        {"line": 4, "column": 34, "end_column": 37, "kind": "plan", "status": "unchecked",
         "reason": "plan not stated", "text": "15,3 / ? → 60%"},
    ]


def test_json_without_explain_has_no_claims_key(tmp_path):
    assert "claims" not in _explain_json(tmp_path)


# --- bad input never hangs the claims (issue 16; the timings are in bench/scaling.py) ---------


@pytest.fixture
def hang_guard():
    """Fail instead of hanging: 20 s is a hundred times what these inputs take."""
    import signal

    def hung(*_):
        raise TimeoutError("the claims of one paragraph took over 20 s")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_long_word_between_a_figure_and_a_percentage_does_not_backtrack(hang_guard):
    # a share pattern once split the word 5 ways: 800 letters took 25 s, 1.600 over 2 minutes
    for n in (800, 1_600):
        assert checked("- Tiếp nhận 12 hồ sơ " + "a" * n + "! 5%.\n") == []


def test_a_long_paragraph_of_nested_listings_is_read_in_linear_time(hang_guard):
    # every "gồm" once rescanned the whole paragraph: 99 KB took 15 s
    unit = "Tổng cộng 12 (gồm 5 "
    text = "- " + unit * (99_000 // len(unit.encode())) + "\n"
    assert checked(text) == []


def test_a_long_listing_is_not_read(hang_guard):
    # a "gồm" listing longer than a report's listings (4.000 characters) makes no claim
    parts = ", ".join(f"{i} hồ sơ loại {i}" for i in range(1, 600))
    total = sum(range(1, 600)) + 1  # wrong on purpose: it would be a sum-mismatch if read
    assert checked(f"- Tiếp nhận {total} hồ sơ, gồm: {parts}.\n") == []
    short = ", ".join(f"{i} hồ sơ loại {i}" for i in range(1, 4))
    [(c, v)] = checked(f"- Tiếp nhận 7 hồ sơ, gồm: {short}.\n")
    assert v.status == "sum-mismatch"


# --- issue 15: relations beyond the clause (sentences written for these tests) ---

NEW_SHAPES = [
    # (text, relation, status of the one checked claim)
    ("Diện tích cây dược liệu trồng mới đạt 418,6 ha, bằng 93,0% kế hoạch năm (450,0 ha).\n", "plan", "ok"),
    ("Diện tích cây dược liệu trồng mới đạt 418,6 ha, bằng 39,0% kế hoạch năm (450,0 ha).\n", "plan", "mismatch"),
    ("Kế hoạch vốn sự nghiệp được giao là 64,2 tỷ đồng; đến ngày 30/9 đã giải ngân 41,7 tỷ đồng, đạt 65,0% kế hoạch.\n",
     "plan", "ok"),
    ("Số lượt khách lưu trú đạt 9.840 lượt, vượt 23,0% kế hoạch (8.000 lượt).\n", "plan", "ok"),
    ("Sản lượng chè búp tươi đạt 2.315,4 tấn, tăng 6,4% hay tăng 139,3 tấn so với cùng kỳ.\n", "growth", "ok"),
    ("Sản lượng chè búp tươi đạt 2.315,4 tấn, tăng 6,4% hay tăng 193,3 tấn so với cùng kỳ.\n", "growth", "mismatch"),
    ("Số thuê bao di động trả sau đạt 51.620 thuê bao, giảm 3,1% (-1.651 thuê bao) so với cuối năm trước.\n",
     "growth", "ok"),
    ("Số vụ cháy rừng là 7 vụ, bằng 58,3% cùng kỳ năm trước (12 vụ).\n", "growth", "ok"),
    ("Năm 2024, toàn xã có 312 hộ cận nghèo. Đến tháng 6/2025, số hộ cận nghèo còn 264 hộ, giảm 15,38% so với năm trước.\n",
     "growth", "ok"),
    ("Tổng số trẻ trong độ tuổi mẫu giáo là 6.420 trẻ. Số trẻ được đến trường là 6.281 trẻ, chiếm 97,83%.\n",
     "share", "ok"),
    ("Tiếp nhận 96 đơn; qua phân loại có 38 đơn đủ điều kiện thụ lý, số còn lại 58 đơn đã trả lại.\n", "sum", "ok"),
    ("Tiếp nhận 96 đơn; qua phân loại có 38 đơn đủ điều kiện thụ lý, số còn lại 48 đơn đã trả lại.\n", "sum",
     "sum-mismatch"),
    ("Số vụ tai nạn lao động là 14 vụ, tăng 3 vụ so với cùng kỳ (cùng kỳ 11 vụ).\n", "growth", "ok"),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,46%, tăng 1,82 điểm phần trăm so với năm trước (năm trước đạt 95,64%).\n",
     "growth", "ok"),
    ("Số lượt khách quốc tế đạt 5.730 lượt, gấp 2,6 lần cùng kỳ (2.204 lượt).\n", "ratio", "ok"),
    ("Toàn huyện giải ngân 84,6 tỷ đồng cho 47 công trình, bình quân 1,8 tỷ đồng/công trình.\n", "ratio", "ok"),
    ("Toàn huyện giải ngân 84,6 tỷ đồng cho 47 công trình, bình quân 8,1 tỷ đồng/công trình.\n", "ratio", "mismatch"),
]


def test_a_fraction_whose_part_has_its_own_parts():
    text = "Đã hòa giải thành 52 vụ (41 vụ dân sự, 11 vụ đất đai)/64 vụ, đạt tỷ lệ 81,25%.\n"
    assert sorted((c.relation, v.status) for c, v in checked(text)) == [("fraction", "ok"), ("sum", "ok")]


@pytest.mark.parametrize("text,relation,status", NEW_SHAPES)
def test_relations_of_issue_15(text, relation, status):
    [(c, v)] = checked(text)
    assert (c.relation, v.status) == (relation, status), v.evidence


def test_share_of_the_bullet_before():
    text = "- Số hộ gia đình trên địa bàn: 2.480 hộ;\n- Số hộ dùng nước hợp vệ sinh: 2.409 hộ, đạt 97,14%.\n"
    [(c, v)] = checked(text)
    assert (c.base.text, v.status) == ("2.480", "ok")


def test_a_breakdown_by_form_that_falls_short_is_a_warning_of_its_own():
    [(c, v)] = checked("Toàn huyện có 418 cơ sở giáo dục (131 cơ sở mầm non, 185 cơ sở phổ thông).\n")
    assert (c.why, v.status) == ("listing", "parts-short")
    [(c, v)] = checked("Toàn huyện có 418 cơ sở giáo dục, trong đó có 131 cơ sở mầm non, 185 cơ sở phổ thông.\n")
    assert v.status == "ok" and c.why == "partial"  # "trong đó có": only some are named


def test_evidence_is_in_the_readers_language():
    [(_, v)] = checked("- Trong tháng tiếp nhận 12.941 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).\n")
    assert v.evidence_in("vi").endswith("báo cáo ghi 12.941")
    assert v.evidence_in("en").endswith("the report says 12.941")


def test_the_bullets_after_a_listing_detail_it_not_its_last_figure():
    text = ("Năm nay Thanh tra Sở tiến hành 9 cuộc. Trong đó, Sở chủ trì 8 cuộc, phối hợp 01 cuộc, cụ thể như sau:\n"
            "- Thanh tra hành chính: 3 cuộc;\n- Thanh tra chuyên ngành: 5 cuộc.\n")
    assert all(c.total is None or c.total.text != "01" for c, _ in checked(text))


def _claim_keys(text: str) -> list[tuple]:
    return [(c.kind, c.shape, c.anchor.start, c.anchor.para.text, str(v.status)) for c, v in claims(text)]


def _texts_with_claims():
    """Every catalogue sentence (right and wrong) and every whole test report."""
    import yaml

    root = Path(__file__).parent / "claims"
    for f in sorted((root / "catalogue").glob("*.yaml")):
        for entry in yaml.safe_load(f.read_text(encoding="utf-8")):
            yield entry["ok"]
            yield from (w["text"] for w in entry.get("wrong", []))
    for f in sorted((root / "reports").iterdir()):
        if f.suffix in (".txt", ".md"):
            yield f.read_text(encoding="utf-8")


def test_the_cue_filter_loses_no_claim(monkeypatch):
    """`may_claim` only spares reading paragraphs without a cue (dates, document numbers,
    "(có phụ lục kèm theo)"): reading every paragraph finds the same claims."""
    from reportlint.analysis.claims import extraction

    texts = list(_texts_with_claims())
    assert len(texts) > 300
    filtered = [_claim_keys(t) for t in texts]
    assert sum(map(len, filtered)) > 300
    monkeypatch.setattr(extraction, "may_claim", lambda p, skip: True)
    assert [_claim_keys(t) for t in texts] == filtered


@pytest.mark.parametrize("text", [
    "- Ngày 30/6/2021, UBND huyện ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.\n",
    "- Tổ chức 12 lớp tập huấn cho cán bộ (có danh sách kèm theo).\n",
])
def test_dates_and_asides_without_figures_are_not_read_for_claims(text):
    from reportlint.analysis.claims.extraction import may_claim

    [p] = build(from_text(text, "r.txt")).body_paragraphs()
    assert not may_claim(p, 0)
