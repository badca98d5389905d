"""No input can hang or exhaust reportlint: regex bombs in rule files, oversized input,
symlink loops, files vanishing during a walk. Each ends in seconds with a clear one-line message."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reportlint import limits
from reportlint.cli import main
from reportlint.text.safe_regex import MAX_SUBJECT, UnsafePattern, compile_safe, finditer_budgeted

REPORT = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

1. Lĩnh vực bưu chính

- Sở Thông tin và Truyền thông ban hành 12 văn bản chỉ đạo về lĩnh vực bưu chính.
"""


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def house_rules(tmp_path: Path, pattern: str, **extra) -> Path:
    opts = "".join(f"\n          {k}: {v}" for k, v in extra.items())
    (tmp_path / "house.yaml").write_text(f"""rules:
      - id: style.old-name
        kind: pattern
        severity: warning
        message: "'{{match}}' was renamed: write 'Sở Khoa học và Công nghệ'"
        message_vi: "'{{match}}' đã đổi tên: ghi 'Sở Khoa học và Công nghệ'"
        options:
          pattern: '{pattern}'{opts}
""", encoding="utf-8")
    (tmp_path / ".reportlint.yaml").write_text("rules: [house.yaml]\nselect: [style]\n", encoding="utf-8")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path / "bc.txt"


# --- regex bombs ---------------------------------------------------------------------

@pytest.mark.parametrize("bomb", [r"(a+)+$", r"(\w+\s?)*$", r"(a|aa)*b", r"\w+\w+x", r"(\d+)\1", r"(x+x+)+y",
                                  r"(?:\s*,\s*)*;", r"(.*a){12}"])
def test_regex_bomb_in_a_rule_file_is_refused_fast(tmp_path, capsys, bomb):
    report = house_rules(tmp_path, bomb)
    (tmp_path / "bc.txt").write_text(REPORT + "\n- " + "a" * 5000 + "\n", encoding="utf-8")  # what would trigger it
    start = time.monotonic()
    code, out, err = run(["check", report], capsys)
    assert time.monotonic() - start < 5
    assert code == 2 and out == ""
    assert err.count("\n") == 1, err
    assert "house.yaml" in err and "style.old-name" in err and "may take exponential time" in err, err


def test_regex_bomb_in_config_options_is_refused(tmp_path, capsys):
    report = house_rules(tmp_path, "Sở Thông tin")
    (tmp_path / ".reportlint.yaml").write_text(
        "rules: [house.yaml]\nselect: [style]\noptions:\n  style.old-name:\n    pattern: '(a*)*b'\n", encoding="utf-8")
    code, _, err = run(["check", report], capsys)
    assert code == 2 and "options.style.old-name" in err and "exponential" in err


def test_invalid_and_overlong_patterns_are_refused(tmp_path, capsys):
    report = house_rules(tmp_path, "(unclosed")
    code, _, err = run(["check", report], capsys)
    assert code == 2 and "invalid regular expression" in err and err.count("\n") == 1
    with pytest.raises(UnsafePattern, match="characters long"):
        compile_safe("a" * 5000)


def test_a_safe_pattern_rule_finds_its_text(tmp_path, capsys):
    report = house_rules(tmp_path, "Sở Thông tin và Truyền thông", ignore_case="true")
    code, out, _ = run(["check", report, "--format", "concise"], capsys)
    assert code == 0
    assert out == ("{}:8:3: warning style.old-name 'Sở Thông tin và Truyền thông' was renamed: "
                   "write 'Sở Khoa học và Công nghệ'\n").format(report)


@pytest.mark.parametrize("pattern", [r"(\d+\.)*\d+", r"\w+\s\w+", r"\b\d{1,3}(?:\.\d{3})+\b", r"(?i)cảm nang",
                                     r"\d+(?:[.,]\d+)*%", r"(?:ngày|tháng)\s+\d+", r".*foo", r"(a|b)*c"])
def test_ordinary_patterns_are_accepted(pattern):
    compile_safe(pattern)


def test_accepted_patterns_stay_fast_on_long_paragraphs(tmp_path, capsys):
    # the worst an accepted pattern does is quadratic; paragraphs are searched up to MAX_SUBJECT chars
    report = house_rules(tmp_path, r".*Sở Tài chính")
    long_para = "- " + "a" * (MAX_SUBJECT - 10)
    (tmp_path / "bc.txt").write_text(REPORT + ("\n" + long_para + "\n") * 20 + "\n- " + "b" * 90_000 + "\n",
                                     encoding="utf-8")
    start = time.monotonic()
    code, _, _ = run(["check", report], capsys)
    assert code == 0 and time.monotonic() - start < 5


# issue 16 item 4: classes beyond ASCII and Vietnamese letters (Arabic-Indic digits, CJK)
BEYOND_THE_ALPHABET = [(r"(?:\d|٠٠)+$", "٠" * 45 + "x"), (r"(?:.|一一)+\n", "一" * 45), (r"[一-鿿]+[一-鿿]+$", "一" * 4000 + "x")]


@pytest.mark.parametrize("bomb, _", BEYOND_THE_ALPHABET)
def test_bombs_on_classes_beyond_the_probe_alphabet_are_refused(tmp_path, capsys, bomb, _):
    report = house_rules(tmp_path, bomb)
    code, out, err = run(["check", report], capsys)
    assert code == 2 and out == "" and "may take exponential time" in err and err.count("\n") == 1


@pytest.mark.parametrize("bomb, text", BEYOND_THE_ALPHABET)
def test_a_pattern_the_check_misses_still_stops_at_the_time_budget(bomb, text):
    import regex  # the engine user patterns run on: compiled here without the load-time check

    start = time.monotonic()
    list(finditer_budgeted(regex.compile(bomb), [(1, text)], budget=0.3))
    assert time.monotonic() - start < 2  # without the budget, the first takes over a minute


def test_the_time_budget_is_for_the_whole_report():
    import regex

    slow = regex.compile(r"(a+)+$")
    start = time.monotonic()
    assert list(finditer_budgeted(slow, [(i, "a" * 40 + "b") for i in range(10)], budget=0.3)) == []
    assert time.monotonic() - start < 2


# --- options of rules and configs -------------------------------------------------------

def test_an_option_value_outside_its_declared_choices_is_refused_with_its_line(tmp_path, capsys):
    (tmp_path / "house.yaml").write_text("""rules:
  - id: house.national
    kind: header
    severity: error
    message: "Quốc hiệu sai"
    options: {check: nationl}
""", encoding="utf-8")
    (tmp_path / ".reportlint.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, out, err = run(["check", tmp_path / "bc.txt"], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "house.yaml:6: house.national: option 'check' is 'nationl' (did you mean 'national'?)" in err


@pytest.mark.parametrize("options, why", [
    ("duplicate.word:\n    allow: [[1]]", "option 'allow' must be a list of strings, got [[1]]"),
    ("duplicate.word:\n    allow: vâng", "option 'allow' must be a list of strings"),
    ("duplicate.line:\n    min_chars: '40'", "option 'min_chars' must be an integer"),
    ("duplicate.line:\n    far_severity: low", "option 'far_severity' is 'low'; it is one of error, warning, info"),
    ("header.date-plausible:\n    lead_months: {month: one}", "option 'lead_months' must be a mapping of strings to integers"),
    ("typo.confusion:\n    confusions: {cập nhập: [1]}", "must be a mapping of strings to strings or lists of strings"),
])
def test_config_option_of_the_wrong_shape_is_a_one_line_error_with_its_line(tmp_path, capsys, options, why):
    (tmp_path / ".reportlint.yaml").write_text(f"options:\n  {options}\n", encoding="utf-8")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, out, err = run(["check", tmp_path / "bc.txt"], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "internal error" not in err
    assert ".reportlint.yaml:3: options." in err and why in err, err


@pytest.mark.parametrize("config, why", [
    ("severity: {structur: info}\n", ".reportlint.yaml:1: severity: unknown rule or category 'structur'"),
    ("severity: {structure: low}\n", "'severity' maps rule ids or categories to one of error, warning, info"),
])
def test_a_severity_for_an_unknown_rule_or_of_no_level_is_refused(tmp_path, capsys, config, why):
    (tmp_path / ".reportlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, out, err = run(["check", tmp_path / "bc.txt"], capsys)
    assert code == 2 and out == "" and why in err and err.count("\n") == 1, err


def test_enabled_must_be_true_or_false(tmp_path, capsys):
    (tmp_path / "house.yaml").write_text("rules:\n  - {id: house.x, kind: brackets, severity: info, message: x, "
                                         "enabled: 'no'}\n", encoding="utf-8")
    (tmp_path / ".reportlint.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, _, err = run(["check", tmp_path / "bc.txt"], capsys)
    assert code == 2 and "house.yaml:2: house.x: 'enabled' is true or false" in err


def test_yaml_alias_bomb_is_refused_at_once(tmp_path, capsys):
    levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    levels += [f"{b}: &{b} [{','.join(['*' + a] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi")]
    (tmp_path / ".reportlint.yaml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    assert len((tmp_path / ".reportlint.yaml").read_bytes()) < 500  # 9^9 values once expanded
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    start = time.monotonic()
    code, _, err = run(["check", tmp_path / "bc.txt"], capsys)
    assert time.monotonic() - start < 5
    assert code == 2 and err.count("\n") == 1 and "YAML aliases expand this file" in err


def test_a_yaml_alias_to_its_own_parent_is_refused(tmp_path, capsys):
    (tmp_path / ".reportlint.yaml").write_text("ignore: &r [*r]\n", encoding="utf-8")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, _, err = run(["check", tmp_path / "bc.txt"], capsys)
    assert code == 2 and err.count("\n") == 1 and "refers to a node that contains it" in err


def test_a_few_yaml_aliases_are_fine(tmp_path, capsys):
    (tmp_path / ".reportlint.yaml").write_text("select: &s [duplicate, typo]\nper-file-ignores: {'*.md': *s}\n",
                                               encoding="utf-8")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, _, err = run(["check", tmp_path / "bc.txt"], capsys)
    assert code == 0 and err == ""


# --- size limits ---------------------------------------------------------------------

def test_file_too_large_is_refused_before_reading(tmp_path, capsys):
    big = tmp_path / "lon.txt"
    with open(big, "wb") as f:
        f.truncate(limits.MAX_BYTES + 1)  # sparse: costs no disk
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    start = time.monotonic()
    code, out, err = run(["check", tmp_path, "--format", "concise"], capsys)
    assert time.monotonic() - start < 5
    assert code == 2 and "lon.txt: file too large (21.0 MB > 21 MB limit)" in err and err.count("\n") == 1


def test_overlong_line_is_refused(tmp_path, capsys):
    p = tmp_path / "mot-dong.txt"
    p.write_text(REPORT + "- " + "x" * (limits.MAX_LINE_CHARS + 1) + "\n", encoding="utf-8")
    code, _, err = run(["check", p], capsys)
    assert code == 2 and f"line 9 has {limits.MAX_LINE_CHARS + 3} characters (limit" in err and err.count("\n") == 1
    from reportlint.loaders.text import from_text

    with pytest.raises(limits.LimitError) as e:
        limits.check_document(from_text(p.read_text(encoding="utf-8"), "mot-dong.txt"))
    assert f"dòng 9 dài {limits.MAX_LINE_CHARS + 3} ký tự" in e.value.message("vi")


def test_too_many_lines_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINES", 50)
    monkeypatch.setattr("reportlint.limits.check_document.__defaults__", (limits.MAX_LINE_CHARS, 50))
    p = tmp_path / "dai.txt"
    p.write_text(REPORT + "- Dòng.\n" * 60, encoding="utf-8")
    code, _, err = run(["check", p], capsys)
    assert code == 2 and "68 lines (limit 50)" in err


def test_findings_per_rule_are_capped_with_one_info(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FINDINGS_PER_RULE", 5)
    report = house_rules(tmp_path, "văn bản")
    report.write_text(REPORT + "".join(f"\n- Ban hành văn bản số {i}.\n" for i in range(12)), encoding="utf-8")
    code, out, _ = run(["check", report, "--format", "concise"], capsys)
    lines = out.splitlines()
    assert len(lines) == 6
    assert "info style.old-name style.old-name: stopped after 5 findings in this file" in lines[0]


def test_take():
    assert limits.take(iter(range(10)), 3) == ([0, 1, 2], True)
    assert limits.take([1, 2, 3], 3) == ([1, 2, 3], False)
    assert limits.take([], 3) == ([], False)


# --- walking directories -------------------------------------------------------------

def test_symlink_loops_are_not_followed(tmp_path, capsys):
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "vong")  # a directory loop
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")  # a file loop: a -> b -> a
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    start = time.monotonic()
    code, out, err = run(["check", tmp_path, "--select", "duplicate", "--format", "json"], capsys)
    assert time.monotonic() - start < 5
    assert code == 0 and err == "" and '"files": 1' in out.replace('"files": [', "")  # only bc.txt


def test_symlink_loop_given_by_name_is_a_one_line_error(tmp_path, capsys):
    os.symlink(tmp_path / "x.txt", tmp_path / "y.txt")
    os.symlink(tmp_path / "y.txt", tmp_path / "x.txt")
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, out, err = run(["check", tmp_path / "x.txt", tmp_path / "bc.txt", "--select", "duplicate"], capsys)
    assert code == 2 and err.count("\n") == 1 and "x.txt" in err
    assert "Traceback" not in err


def test_file_vanishing_during_the_walk_is_an_error_for_that_file_only(tmp_path, capsys, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(REPORT.replace("12 văn bản", "12 văn bản văn bản") if name == "c.txt" else REPORT,
                                     encoding="utf-8")
    from reportlint import discovery

    collect = discovery.walk

    def collect_then_delete(*args, **kwargs):
        found = collect(*args, **kwargs)
        (tmp_path / "b.txt").unlink()  # removed after the walk, before it is read
        return found

    monkeypatch.setattr(discovery, "walk", collect_then_delete)
    code, out, err = run(["check", tmp_path, "--select", "duplicate", "--format", "concise"], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "b.txt: no such file" in err
    assert "c.txt:8:" in out and "duplicate.word" in out  # the other files were still checked


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every directory")
def test_unreadable_directory_is_reported_and_the_rest_checked(tmp_path, capsys):
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    locked = tmp_path / "khoa"
    locked.mkdir()
    locked.chmod(0)
    try:
        code, _, err = run(["check", tmp_path, "--select", "duplicate"], capsys)
    finally:
        locked.chmod(0o755)
    assert code == 2 and "khoa: cannot read this directory" in err


def test_a_word_of_thousands_of_letters_costs_no_memory(tmp_path):
    """Found by bench/fuzz.py: a run of letters pasted thousands of times made the loanword
    check build every one-edit neighbour of it (gigabytes). Under a 1 GB address-space
    limit the check runs through."""
    import resource
    import subprocess
    import sys

    report = tmp_path / "r.md"
    report.write_text("BÁO CÁO\n\n- Triển khai " + "baner" * 3000 + " trên cổng thông tin.\n", encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    run = subprocess.run([sys.executable, "-m", "reportlint", "check", str(report), "-q"], capture_output=True,
                         text=True, preexec_fn=limit)
    assert run.returncode in (0, 1), run.stderr


def test_a_paragraph_crowded_with_figures_is_not_read_for_claims():
    """Found by bench/fuzz.py: a .docx of paragraphs 'Tổng cộng 12 (gồm 5 Tổng cộng 12 (gồm 5 ...'
    took minutes, each listing word read against hundreds of figures. Such a paragraph is no
    prose (limits.MAX_PARAGRAPH_FIGURES); the paragraphs around it are still read."""
    from reportlint.analysis.claims import extract
    from reportlint.analysis.outline import build
    from reportlint.loaders.text import from_text

    listing = "Xã A tiếp nhận 12 hồ sơ (gồm 5 trực tiếp, 7 trực tuyến); "
    crowded = listing * (limits.MAX_PARAGRAPH_FIGURES // 3 + 1)  # three figures each
    outline = build(from_text(crowded + "\n\nTổng số 20 hồ sơ (gồm 9 trực tiếp, 11 trực tuyến).\n", "r.txt"))
    sums = [c for c in extract(outline.paragraphs) if c.kind == "sum"]
    assert [[q.num.value for q in c.parts] for c in sums] == [[9, 11]]
