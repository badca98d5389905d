"""Baselines: old findings stay suppressed when the report is edited elsewhere; new ones appear."""

from __future__ import annotations

import json

import pytest

from reportlint.baseline import Baseline, fingerprints
from reportlint.cli import main
from reportlint.model.diagnostic import Diagnostic

HEAD = """UBND TỈNH TRÀ VINH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ THỰC HIỆN

1. Lĩnh vực bưu chính
"""
OLD_DEFECTS = """
- Ban hành các các văn bản chỉ đạo, điều hành; tiếp nhận 12.914 hồ sơ, giải quyết đúng hạn 12.901 hồ sơ.

- Cấp 14 Giấy phép xuất bản tài liệu không kinh doanh (16 hồ sơ trực tuyến; 15 hồ sơ trực tiếp.

2. Lĩnh vực viễn thông

- Toàn tỉnh có 1.052 trạm BTS, tăng 36 trạm so với cùng kỳ.

III. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 11/2020

1. Tiếp tục theo dõi, hướng dẫn hoạt động bưu chính.
"""
INSERTED = """
- Phối hợp kiểm tra 05 doanh nghiệp cung cấp dịch vụ bưu chính trên địa bàn.

- Tổ chức hội nghị triển khai Đề án chuyển đổi số với 230 đại biểu tham dự.
"""
INSERTED_2 = """
- Hỗ trợ 12 xã xây dựng trang thông tin điện tử, đạt 100% kế hoạch năm.

- Rà soát, cập nhật cơ sở dữ liệu 1.203 điểm phục vụ bưu chính.
"""
SELECT = ["--select", "duplicate,punctuation,structure"]  # the foundation's rules: stable while others add rules


def check(path, *extra, capsys):
    code = main(["check", str(path), "--format", "json", *SELECT, *map(str, extra)])
    out, err = capsys.readouterr()
    diags = [d for f in json.loads(out)["files"] for d in f["diagnostics"]] if out.strip() else []
    return code, diags, err


@pytest.fixture
def report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "bao-cao.txt"
    p.write_text(HEAD + OLD_DEFECTS, encoding="utf-8")
    return p


def baseline_of(report, capsys):
    code, diags, err = check(report, "--write-baseline", "baseline.json", capsys=capsys)
    assert code == 0 and "3" in err  # wrote 3 findings, said so on stderr in one line, exit 0
    assert diags == [] and len(err.splitlines()) == 1  # the findings are in the file, not printed
    data = json.loads((report.parent / "baseline.json").read_text(encoding="utf-8"))
    assert {f["rule"] for f in data["findings"]} == {"duplicate.word", "punctuation.unbalanced", "structure.numbering-gap"}
    return report.parent / "baseline.json"


def test_write_then_check_reports_nothing(report, capsys):
    base = baseline_of(report, capsys)
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["tool"] == "reportlint" and len(data["findings"]) == 3
    assert {f["path"] for f in data["findings"]} == {"bao-cao.txt"}
    assert not list(base.parent.glob(".baseline.json.*"))  # no temp file left behind
    assert check(report, "--baseline", base, capsys=capsys)[:2] == (0, [])
    # without the baseline, the same findings are still there
    assert check(report, capsys=capsys)[0] == 1


def test_inserting_paragraphs_above_keeps_old_findings_suppressed(report, capsys):
    base = baseline_of(report, capsys)
    report.write_text(HEAD + INSERTED + INSERTED_2 + OLD_DEFECTS, encoding="utf-8")
    code, diags, _ = check(report, "--baseline", base, capsys=capsys)
    assert (code, diags) == (0, [])
    # lines really moved: without the baseline the findings are 8 lines lower
    lines = sorted(d["line"] for d in check(report, capsys=capsys)[1])
    assert lines == [19, 21, 27]


def test_deleting_paragraphs_above_keeps_old_findings_suppressed(report, capsys):
    report.write_text(HEAD + INSERTED + OLD_DEFECTS, encoding="utf-8")
    base = baseline_of(report, capsys)
    report.write_text(HEAD + OLD_DEFECTS, encoding="utf-8")
    assert check(report, "--baseline", base, capsys=capsys)[:2] == (0, [])


def test_changing_unrelated_numbers_keeps_old_findings_suppressed(report, capsys):
    base = baseline_of(report, capsys)
    edited = (OLD_DEFECTS.replace("12.914", "13.208").replace("12.901", "13.199")  # same line as a finding
              .replace("1.052 trạm BTS, tăng 36", "1.075 trạm BTS, tăng 41")  # another paragraph
              .replace("THÁNG 11/2020", "THÁNG 12/2020"))  # the line of the numbering finding
    report.write_text(HEAD.replace("tháng 10/2020", "tháng 11/2020") + edited, encoding="utf-8")
    assert check(report, "--baseline", base, capsys=capsys)[:2] == (0, [])


def test_new_findings_appear_next_to_suppressed_ones(report, capsys):
    base = baseline_of(report, capsys)
    new = "\n- Hướng dẫn các đơn vị triển khai triển khai chữ ký số chuyên dùng.\n"
    report.write_text(HEAD + INSERTED + new + OLD_DEFECTS, encoding="utf-8")
    code, diags, _ = check(report, "--baseline", base, capsys=capsys)
    assert [(d["rule"], d["line"], d["column"]) for d in diags] == [("duplicate.word", 15, 24)]
    assert code == 0  # a warning; --strict would fail
    assert check(report, "--baseline", base, "--strict", capsys=capsys)[0] == 1


def test_editing_the_flagged_text_makes_it_new(report, capsys):
    base = baseline_of(report, capsys)
    report.write_text(HEAD + OLD_DEFECTS.replace("Ban hành các các văn bản", "Ban hành những những văn bản"),
                      encoding="utf-8")
    code, diags, _ = check(report, "--baseline", base, capsys=capsys)
    assert [d["message"] for d in diags] == ["'những' is typed twice: 'những những'"]


def test_identical_findings_are_counted_not_merged(report, capsys):
    dup = "\n- Ban hành các các văn bản hướng dẫn.\n"
    report.write_text(HEAD + dup + OLD_DEFECTS, encoding="utf-8")
    base = baseline_of_n(report, capsys, 4)
    report.write_text(HEAD + dup + dup.replace("hướng dẫn", "chỉ đạo") + dup + OLD_DEFECTS, encoding="utf-8")
    code, diags, _ = check(report, "--baseline", base, capsys=capsys)
    # three identical-looking findings where the baseline knew one of them: two are new
    assert len([d for d in diags if d["rule"] == "duplicate.word"]) == 2


def baseline_of_n(report, capsys, n):
    code, diags, _ = check(report, "--write-baseline", "baseline.json", capsys=capsys)
    assert code == 0 and not diags
    assert len(json.loads((report.parent / "baseline.json").read_text(encoding="utf-8"))["findings"]) == n
    return report.parent / "baseline.json"


def test_other_file_same_text_is_not_suppressed(report, capsys):
    base = baseline_of(report, capsys)
    other = report.parent / "bao-cao-khac.txt"
    other.write_text(report.read_text(encoding="utf-8"), encoding="utf-8")
    code, diags, _ = check(other, "--baseline", base, capsys=capsys)
    assert code == 1 and len(diags) == 3


def test_text_summary_says_how_many_were_hidden(report, capsys):
    base = baseline_of(report, capsys)
    main(["check", str(report), *SELECT, "--baseline", str(base), "--color", "never"])
    out = capsys.readouterr().out
    assert "3 known from the baseline not shown" in out
    main(["check", str(report), *SELECT, "--baseline", str(base), "--color", "never", "--lang", "vi"])
    assert "không hiển thị 3 vấn đề đã ghi nhận trong tệp mốc" in capsys.readouterr().out


@pytest.mark.parametrize("content,reason", [
    ("{not json", "invalid JSON at line 1"),
    ('{"tool": "ruff", "findings": []}', "expected an object"),
    ('{"tool": "reportlint", "version": 9, "findings": []}', "unsupported version 9"),
    ('{"tool": "reportlint", "version": 1, "findings": [{"path": "a.txt"}]}', "finding 1 needs"),
    (None, "no such file"),
])
def test_invalid_baseline_is_one_line_exit_2(report, capsys, content, reason):
    base = report.parent / "baseline.json"
    if content is not None:
        base.write_text(content, encoding="utf-8")
    code = main(["check", str(report), *SELECT, "--baseline", str(base)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("reportlint: error: ") and reason in err, err


def test_unwritable_baseline_is_one_line_exit_2(report, capsys):
    code = main(["check", str(report), *SELECT, "--write-baseline", str(report.parent / "no" / "such" / "dir.json")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cannot write the baseline" in err


def test_fingerprint_ignores_line_numbers_and_digits_around():
    src_a = ["", "- Ban hành các các văn bản, tiếp nhận 12.914 hồ sơ."]
    src_b = ["x", "y", "z", "- Ban hành các các văn bản, tiếp nhận 13.020 hồ sơ."]
    a = Diagnostic("r.txt", 2, 12, 2, 19, "duplicate.word", "warning", "m")
    b = Diagnostic("r.txt", 4, 12, 4, 19, "duplicate.word", "warning", "m")
    assert fingerprints([a], src_a) == fingerprints([b], src_b)
    # another rule at the same place, or another span, is another finding
    c = Diagnostic("r.txt", 2, 12, 2, 19, "typo.syllable", "warning", "m")
    d = Diagnostic("r.txt", 2, 3, 2, 11, "duplicate.word", "warning", "m")
    assert len({*fingerprints([a], src_a), *fingerprints([c], src_a), *fingerprints([d], src_a)}) == 3
    known, hidden = Baseline({("r.txt", "duplicate.word", fingerprints([a], src_a)[0])}).filter("r.txt", [b], src_b)
    assert (known, hidden) == ([], 1)
