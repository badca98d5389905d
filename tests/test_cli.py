"""The command line: exit codes, JSON shape, selection, config discovery, suppression, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportlint.cli import main

FAULTY = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

1. Lĩnh vực bưu chính

- Ban hành các các văn bản chỉ đạo, điều hành về lĩnh vực bưu chính trên địa bàn tỉnh.

- Cấp 14 Giấy phép xuất bản tài liệu không kinh doanh (16 hồ sơ trực tuyến; 15 hồ sơ trực tiếp.

III. PHƯƠNG HƯỚNG
"""
CLEAN = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

1. Lĩnh vực bưu chính

- Ban hành các văn bản chỉ đạo, điều hành về lĩnh vực bưu chính trên địa bàn tỉnh.
"""


BASE = ["--select", "structure,duplicate,punctuation"]  # the rules these texts are written for


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def reports(tmp_path):
    (tmp_path / "faulty.txt").write_text(FAULTY, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def rules_in(out: str) -> list[str]:
    return [d["rule"] for f in json.loads(out)["files"] for d in f["diagnostics"]]


def test_exit_codes(reports, capsys):
    assert run(["check", reports / "clean.md", *BASE], capsys)[0] == 0
    assert run(["check", reports / "faulty.txt", *BASE], capsys)[0] == 1
    # only a warning left: 0, or 1 with --strict
    assert run(["check", reports / "faulty.txt", "--select", "duplicate"], capsys)[0] == 0
    assert run(["check", reports / "faulty.txt", "--select", "duplicate", "--strict"], capsys)[0] == 1
    assert run(["check", reports / "faulty.txt", "--exit-zero", *BASE], capsys)[0] == 0


def test_json_shape(reports, capsys):
    code, out, _ = run(["check", reports, "--format", "json", "--select", "structure,duplicate,punctuation"], capsys)
    data = json.loads(out)
    assert set(data) == {"version", "files", "summary"}
    assert [Path(f["path"]).name for f in data["files"]] == ["clean.md", "faulty.txt"]
    d = data["files"][1]["diagnostics"][0]
    assert set(d) == {"path", "line", "column", "end_line", "end_column", "rule", "severity", "message",
                      "section", "suggestion", "evidence"}
    assert data["summary"] == {"files": 2, "errors": 2, "warnings": 1, "info": 0, "failed": 0}
    found = {(d["rule"], d["line"], d["column"]) for d in data["files"][1]["diagnostics"]}
    assert found == {("duplicate.word", 8, 12), ("punctuation.unbalanced", 10, 55), ("structure.numbering-gap", 12, 1)}
    assert data["files"][1]["diagnostics"][0]["section"] == "I › 1. Lĩnh vực bưu chính"


def test_select_and_ignore_by_category_and_id(reports, capsys):
    f = reports / "faulty.txt"
    assert rules_in(run(["check", f, "--format", "json", "--select", "structure"], capsys)[1]) == ["structure.numbering-gap"]
    got = rules_in(run(["check", f, "--format", "json", *BASE, "--ignore", "structure,duplicate.word"], capsys)[1])
    assert got == ["punctuation.unbalanced"]
    code, _, err = run(["check", f, "--select", "nosuch"], capsys)
    assert code == 2 and "unknown rule or category 'nosuch'" in err


def test_config_discovered_upwards_yaml(reports, capsys):
    sub = reports / "thang10"
    sub.mkdir()
    (sub / "faulty.txt").write_text(FAULTY, encoding="utf-8")
    (reports / ".reportlint.yaml").write_text("select: [structure, duplicate]\nseverity: {structure: info}\n",
                                              encoding="utf-8")
    out = run(["check", sub / "faulty.txt", "--format", "json"], capsys)[1]
    diags = json.loads(out)["files"][0]["diagnostics"]
    assert [(d["rule"], d["severity"]) for d in diags] == [("duplicate.word", "warning"), ("structure.numbering-gap", "info")]


def test_config_in_pyproject_and_per_file_ignores(reports, capsys):
    (reports / "pyproject.toml").write_text('[tool.reportlint]\nselect = ["structure", "punctuation"]\n'
                                            '[tool.reportlint.per-file-ignores]\n"faulty.*" = ["structure"]\n')
    assert rules_in(run(["check", reports / "faulty.txt", "--format", "json"], capsys)[1]) == ["punctuation.unbalanced"]


def test_explicit_config_and_exclude(reports, capsys, tmp_path_factory):
    cfg = tmp_path_factory.mktemp("cfg") / "strict.yaml"
    cfg.write_text("exclude: ['faulty.*']\n", encoding="utf-8")
    code, out, _ = run(["check", reports, "--config", cfg, "--format", "json", *BASE], capsys)
    assert code == 0 and [Path(f["path"]).name for f in json.loads(out)["files"]] == ["clean.md"]


def test_inline_suppression(tmp_path, capsys):
    text = FAULTY.replace("- Ban hành các các", "<!-- reportlint: disable-next-line=duplicate.word -->\n- Ban hành các các")
    text = text.replace("III. PHƯƠNG", "<!-- reportlint: disable=structure -->\nIII. PHƯƠNG")
    (tmp_path / "r.md").write_text(text, encoding="utf-8")
    got = rules_in(run(["check", tmp_path / "r.md", "--format", "json", *BASE], capsys)[1])
    assert got == ["punctuation.unbalanced"]


def test_user_rule_file_and_invalid_rule_file(reports, capsys):
    rules = reports / "my-rules.yaml"
    rules.write_text("rules:\n  - id: duplicate.word\n    kind: repeated_word\n    severity: error\n"
                     "    message: 'Lặp từ {word}'\n    options: {allow: [các]}\n", encoding="utf-8")
    (reports / ".reportlint.yaml").write_text("rules: [my-rules.yaml]\n", encoding="utf-8")
    assert "duplicate.word" not in rules_in(run(["check", reports / "faulty.txt", "--format", "json", *BASE], capsys)[1])
    rules.write_text("rules:\n  - id: duplicate.word\n    kind: nosuchkind\n    severity: error\n    message: x\n")
    code, _, err = run(["check", reports / "faulty.txt"], capsys)
    assert code == 2 and err.count("\n") == 1 and "my-rules.yaml:2: duplicate.word: unknown kind 'nosuchkind'" in err
    rules.write_text("rules:\n  - id: Bad Id\n    kind: brackets\n    severity: error\n    message: x\n")
    assert "my-rules.yaml:2: rule id 'Bad Id'" in run(["check", reports / "faulty.txt"], capsys)[2]
    rules.write_text("rules:\n  - id: a.b\n    kind: brackets\n    severity: fatal\n    message: x\n")
    assert "severity 'fatal'" in run(["check", reports / "faulty.txt"], capsys)[2]
    rules.write_text("rules: [\n")
    code, _, err = run(["check", reports / "faulty.txt"], capsys)
    assert code == 2 and "my-rules.yaml:2: invalid YAML" in err


def test_quiet_and_text_output(reports, capsys):
    code, out, _ = run(["check", reports / "faulty.txt", "--color", "never", *BASE], capsys)
    assert "§ I › 1. Lĩnh vực bưu chính" in out and "^^^^^^^" in out and "2 errors, 1 warning, 0 info" in out
    code, out, _ = run(["check", reports / "faulty.txt", "-q", *BASE], capsys)
    assert len(out.strip().splitlines()) == 4 and "§" not in out


@pytest.mark.parametrize("setup,args,message", [
    (lambda d: (d / "x.txt").write_bytes(b"\x00\x01\x02binary\xff" * 100), ["x.txt"], "binary"),
    (lambda d: (d / "x.txt").write_bytes(b""), ["x.txt"], "empty file"),
    (lambda d: (d / "empty").mkdir(), ["empty"], "no reports"),
    (lambda d: None, ["missing.md"], "no such file"),
    (lambda d: (d / "x.txt").write_text("BÁO CÁO"), ["x.txt", "--colour", "never"], "unrecognized arguments"),
    (lambda d: (d / "x.txt").write_text("BÁO CÁO"), ["x.txt", "--format", "xml"], "invalid choice"),
    (lambda d: [(d / ".reportlint.yaml").write_text("selectt: [x]\n"), (d / "x.txt").write_text("BÁO CÁO")],
     ["x.txt"], "unknown setting 'selectt'"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, setup, args, message):
    setup(tmp_path)
    p = subprocess.run([sys.executable, "-m", "reportlint", "check", *args], cwd=tmp_path,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
    assert message in p.stderr and p.stderr.startswith("reportlint: error:")


def test_outline_and_rules_commands(capsys, corpus):
    code, out, _ = run(["outline", corpus / "travinh-2021-9months-ocr.txt"], capsys)
    assert code == 0 and "I1I." in out and "read as III" in out and "6.4." in out
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "structure.numbering-gap" in out and "duplicate.line" in out
    code, out, _ = run(["rules", "punctuation.unbalanced"], capsys)
    assert code == 0 and "Incorrect" in out and "Correct" in out
    assert run(["rules", "no.such"], capsys)[0] == 2


# -- outputs never replace inputs (issue 16, item 6) -------------------------------------------


@pytest.mark.parametrize("option", [["--write-baseline", "{out}"], ["--format", "html", "-o", "{out}", "--force"],
                                    ["--annotate", "{out}", "--force"]])
@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink"])
def test_no_output_option_writes_over_an_input(tmp_path, capsys, option, alias):
    report = tmp_path / ("r.docx" if "--annotate" in option else "r.txt")
    report.write_bytes(FAULTY.encode("utf-8"))
    out = {"same": report, "symlink": tmp_path / "link", "hardlink": tmp_path / "hard"}[alias]
    if alias == "symlink":
        out.symlink_to(report)
    elif alias == "hardlink":
        os.link(report, out)
    code, _, err = run(["check", report, *[a.format(out=out) for a in option]], capsys)
    assert code == 2 and err.count("\n") == 1 and "is a report this run reads" in err
    assert report.read_bytes() == FAULTY.encode("utf-8")


def test_an_input_found_by_walking_is_protected_too(reports, capsys):
    code, _, err = run(["check", reports, "--write-baseline", reports / "clean.md"], capsys)
    assert code == 2 and "clean.md: is a report this run reads" in err
    assert (reports / "clean.md").read_text(encoding="utf-8") == CLEAN


# -- links leaving the given folders (issue 16, item 12) ---------------------------------------


def test_check_and_audit_skip_links_that_leave_the_given_folders(tmp_path, capsys):
    archive, elsewhere = tmp_path / "kho", tmp_path / "ngoai"
    archive.mkdir()
    elsewhere.mkdir()
    (archive / "clean.md").write_text(CLEAN, encoding="utf-8")
    (elsewhere / "secret.txt").write_text(FAULTY, encoding="utf-8")
    (archive / "secret.txt").symlink_to(elsewhere / "secret.txt")
    (archive / "copy.md").symlink_to(archive / "clean.md")  # a link inside the archive is kept
    code, out, err = run(["check", archive, "--format", "json", *BASE], capsys)
    assert code == 0 and [Path(f["path"]).name for f in json.loads(out)["files"]] == ["clean.md", "copy.md"]
    assert "secret.txt: skipped: a link to a file outside the folders given" in err
    code, _, err = run(["audit", archive, "--db", tmp_path / "a.sqlite", "-q", "--no-series"], capsys)
    assert code == 0 and "secret.txt: skipped" in err and "1 checked" in err
    # named on the command line, the link is what the user asked for
    code, out, _ = run(["check", archive / "secret.txt", "--format", "json", *BASE], capsys)
    assert code == 1 and len(json.loads(out)["files"]) == 1


# -- what a newcomer trips over (issue 17) -----------------------------------------------------


def test_outline_of_a_directory_is_a_clear_one_line_error(tmp_path, capsys):
    code, _, err = run(["outline", tmp_path], capsys)
    assert code == 2 and err.count("\n") == 1
    assert f"{tmp_path}: is a directory; 'reportlint outline' reads one report file" in err


@pytest.mark.parametrize("command", [["check", "x.txt"], ["audit", "."], ["outline", "x.txt"], ["summary"]])
def test_an_option_error_points_at_the_subcommand_help(capsys, command):
    code, _, err = run([*command, "--colour", "never"], capsys)
    assert code == 2 and f"(see 'reportlint {command[0]} --help')" in err


def test_one_warning_is_singular_in_every_english_summary(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(CLEAN.replace("các văn", "các các văn"), encoding="utf-8")
    code, out, _ = run(["check", tmp_path / "r.txt", "--select", "duplicate", "--color", "never"], capsys)
    assert "0 errors, 1 warning, 0 info" in out
    html = run(["check", tmp_path / "r.txt", "--select", "duplicate", "--format", "html"], capsys)[1]
    assert "<b>1</b><span>warning</span>" in html and "<b>0</b><span>errors</span>" in html
    out = run(["audit", tmp_path, "--db", tmp_path / "a.sqlite", "--select", "duplicate"], capsys)[1]
    assert "0 errors, 1 warning, 0 info" in " ".join(out.split()) and "1 warnings" not in out


def test_audit_and_check_give_the_same_answer_on_an_empty_folder(tmp_path, capsys, monkeypatch):
    empty = tmp_path / "trong"
    empty.mkdir()
    (empty / "bang-tinh.xlsx").write_bytes(b"PK")
    monkeypatch.chdir(tmp_path)
    checked = run(["check", empty], capsys)
    audited = run(["audit", empty, "--db", tmp_path / "a.sqlite"], capsys)
    assert checked[0] == audited[0] == 2 and checked[2] == audited[2]
    assert checked[2] == f"reportlint: error: {empty}: no reports (.txt, .md, .docx, .pdf) in this directory\n"


def test_config_globs_match_as_the_walk_does(reports, capsys):
    """One glob matcher for --exclude and a config's exclude: a folder path excludes its files."""
    sub = reports / "nhap" / "cu"
    sub.mkdir(parents=True)
    (sub / "faulty.txt").write_text(FAULTY, encoding="utf-8")
    (reports / ".reportlint.yaml").write_text("exclude: ['nhap/cu']\n", encoding="utf-8")
    out = run(["check", reports, "--format", "json", *BASE], capsys)[1]
    assert sorted(Path(f["path"]).name for f in json.loads(out)["files"]) == ["clean.md", "faulty.txt"]
    code, _, err = run(["audit", reports, "--db", reports.parent / "a.sqlite", "--exclude", "nhap/cu", "-q"], capsys)
    assert "2 checked" in err and "1 excluded" in err


def test_an_unreadable_folder_is_not_called_empty(tmp_path, capsys, monkeypatch):
    locked = tmp_path / "khoa"
    locked.mkdir()
    (locked / "r.txt").write_text(CLEAN, encoding="utf-8")
    scandir = os.scandir

    def denied(path="."):  # as chmod 000 does for a user other than root
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    for command in (["check", locked], ["audit", locked, "--db", tmp_path / "a.sqlite"]):
        code, _, err = run(command, capsys)
        assert code == 2 and err == f"reportlint: error: {locked}: cannot read this directory: Permission denied\n"


def test_the_command_runs_with_the_collector_on_and_start_up_frozen() -> None:
    # __main__ pauses the garbage collector for start-up only: a long audit or serve must not
    # run without it, and what start-up built is frozen out of its sight; it then looks for
    # cycles less often than Python's default (every 700 new objects)
    report = Path(__file__).parent / "corpus" / "travinh-2019-07-monthly.txt"
    code = ("import gc, sys\nsys.argv = ['reportlint', 'check', '-q', sys.argv[1]]\n"
            "from reportlint.__main__ import start\nstart()\n"
            "print(gc.isenabled(), gc.get_freeze_count() > 10_000, gc.get_threshold()[0] > 700)")
    out = subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "True True True", out.stderr


def test_the_quick_exit_writes_all_the_output_and_keeps_the_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    # the console script ends the process without the interpreter's teardown (__main__.run):
    # a whole JSON document over a pipe, as the same command prints it in process
    reports = [str(p) for p in sorted((Path(__file__).parent / "corpus").glob("travinh-*"))]
    args = ["check", "--format", "json", *reports]
    code = main(args)
    expected = capsys.readouterr().out
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as a user's Python is
    out = subprocess.run([sys.executable, "-m", "reportlint", *args], capture_output=True, text=True, timeout=120, env=env)
    assert (out.returncode, out.stdout, out.stderr) == (code, expected, "")
    assert code == 1 and json.loads(out.stdout)
