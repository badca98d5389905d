"""Output and commands (issue 17): one test per item, through the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reportlint.cli import main

FAULTY = """BÁO CÁO
Kết quả tháng 10/2020

I. KẾT QUẢ
- Ban hành các các văn bản chỉ đạo.
- Tiếp nhận 12.941 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).
"""
HOUSE_RULE = """rules: [house.yaml]
severity: {duplicate.word: info}
"""
HOUSE = """rules:
  - id: style.old-name
    kind: pattern
    severity: warning
    message: "'{match}' was renamed"
    message_vi: "'{match}' đã đổi tên"
    summary: An old department name.
    description: |
      Two names changed in 2025:

      - Sở Thông tin và Truyền thông
      - Sở Khoa học và Công nghệ

      ```
      pattern: 'Sở Thông tin'
      ```
    options: {pattern: 'Sở Thông tin'}
    good: "Sở Khoa học và Công nghệ"
    bad: "Sở Thông tin và Truyền thông"
"""
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def report(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "bao-cao.txt"
    p.write_text(FAULTY, encoding="utf-8")
    return p


def run(args, capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_never_cuts_an_id_when_piped(capsys):
    from reportlint.ruleset import builtin_rules

    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "…" not in out
    shown = set(out.split())
    assert [r.id for r in builtin_rules() if r.id not in shown] == []


def test_a_rule_page_renders_lists_and_code_blocks(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".reportlint.yaml").write_text(HOUSE_RULE, encoding="utf-8")
    (tmp_path / "house.yaml").write_text(HOUSE, encoding="utf-8")
    out = run(["rules", "style.old-name"], capsys)[1]
    lines = [ln.strip() for ln in out.splitlines()]
    assert "• Sở Thông tin và Truyền thông" in lines and "• Sở Khoa học và Công nghệ" in lines
    assert "pattern: 'Sở Thông tin'" in lines  # the code block keeps its own line


def test_rules_reads_the_config_check_would_find(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".reportlint.yaml").write_text(HOUSE_RULE + "lang: vi\n", encoding="utf-8")
    (tmp_path / "house.yaml").write_text(HOUSE, encoding="utf-8")
    rows = {ln.split()[0]: ln.split() for ln in run(["rules"], capsys)[1].splitlines() if ln.strip()}
    assert "style.old-name" in rows  # the user's rule
    assert rows["duplicate.word"][2] == "lưu"  # its severity as configured ("lưu ý": info), in Vietnamese


def test_output_file_is_replaced_without_force(report, capsys):
    page = report.parent / "review.html"
    page.write_text("an earlier page", encoding="utf-8")
    code, _, err = run(["check", report, "--format", "html", "-o", page], capsys)
    assert code == 1 and err == "" and page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, _, err = run(["check", report, "--format", "html", "-o", page, "--force"], capsys)
    assert code == 1 and "--force is not needed" in err
    assert run(["check", report, "--format", "html", "-o", report, "--force"], capsys)[0] == 2  # never an input
    assert report.read_text(encoding="utf-8") == FAULTY


def test_github_format_does_not_repeat_the_evidence(report, capsys):
    out = run(["check", report, "--format", "github", "--select", "arithmetic"], capsys)[1]
    line = next(ln for ln in out.splitlines() if "arithmetic.sum-mismatch" in ln)
    assert line.count("10.769 + 2.145 = 12.914") == 1, line


def test_write_baseline_prints_one_line(report, capsys):
    code, out, err = run(["check", report, "--write-baseline", report.parent / "baseline.json"], capsys)
    assert code == 0 and out == "" and len(err.splitlines()) == 1 and "baseline" in err


def test_an_explicit_color_always_beats_no_color(report, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI.search(run(["check", report, "--color", "always"], capsys)[1])
    assert ANSI.search(run(["check", report, "--color", "always", "--explain"], capsys)[1])
    assert not ANSI.search(run(["check", report], capsys)[1])


def test_audit_summary_and_its_stderr_line_count_checked_alike(report, capsys):
    (report.parent / "hong.docx").write_bytes(b"not a zip")
    db = report.parent / "a.sqlite"
    _, out, err = run(["audit", report.parent, "--db", db, "--export", "json", report.parent / "x.json"], capsys)
    summary = json.loads((report.parent / "x.json").read_text(encoding="utf-8"))["summary"]
    assert summary["ok"] == 1 and summary["failed_files"] == 1
    assert "1 checked" in err and "1 checked" in " ".join(out.split())


def test_rules_in_vietnamese_have_vietnamese_summaries() -> None:
    """Every built-in rule's one-line summary exists in Vietnamese, and `rules --lang vi` shows it."""
    from reportlint.ruleset import builtin_rules

    missing = [r.id for r in builtin_rules() if not r.summary_vi]
    assert not missing, missing
