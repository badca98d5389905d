"""Output formats: SARIF against the official schema, GitHub annotations, concise and jsonl parsed back."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from reportlint.cli import main
from reportlint.model.diagnostic import Diagnostic
from reportlint.render import FileResult, github, jsonl

SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0-rtm.5.json"

REPORT = """UBND TỈNH TRÀ VINH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ THỰC HIỆN

1. Lĩnh vực bưu chính

- Ban hành các các văn bản chỉ đạo, điều hành về lĩnh vực bưu chính trên địa bàn tỉnh.

- Cấp 14 Giấy phép xuất bản tài liệu không kinh doanh (16 hồ sơ trực tuyến; 15 hồ sơ trực tiếp.

III. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 11/2020

1. Tiếp tục theo dõi, hướng dẫn hoạt động bưu chính.
"""
CLEAN = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

1. Lĩnh vực bưu chính

- Ban hành các văn bản chỉ đạo, điều hành về lĩnh vực bưu chính trên địa bàn tỉnh.
"""
# what the three defects above are, by (line, column, rule)
EXPECTED = {(11, 12, "duplicate.word"), (13, 55, "punctuation.unbalanced"), (15, 1, "structure.numbering-gap")}


# the foundation's rules only: rules other modules add must not change what these tests see
SELECT = ["--select", "duplicate,punctuation,structure"]


def run(args, capsys):
    code = main([str(a) for a in args] + (SELECT if args[0] == "check" else []))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def reports(tmp_path, monkeypatch):
    """A folder with a faulty and a clean report; the working directory is that folder."""
    (tmp_path / "bao-cao-thang-10.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sach.md").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


# --- SARIF ---------------------------------------------------------------------------

def _validator():
    import jsonschema  # in the test extra: a missing one must fail, not skip
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_is_valid_against_the_official_schema(reports, capsys):
    code, out, _ = run(["check", ".", "--format", "sarif"], capsys)
    assert code == 1
    log = json.loads(out)
    errors = sorted(_validator().iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_sarif_content(reports, capsys):
    log = json.loads(run(["check", ".", "--format", "sarif"], capsys)[1])
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "reportlint" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["duplicate.word"]["shortDescription"]["text"].startswith("A word")
    assert rules["punctuation.unbalanced"]["defaultConfiguration"]["level"] == "error"
    results = run_["results"]
    found = set()
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "bao-cao-thang-10.txt", "uriBaseId": "%SRCROOT%"}
        reg = loc["region"]
        found.add((reg["startLine"], reg["startColumn"], r["ruleId"]))
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["partialFingerprints"]["reportlint/v1"]
    assert found == EXPECTED
    word = next(r for r in results if r["ruleId"] == "duplicate.word")
    assert word["level"] == "warning"
    assert word["locations"][0]["physicalLocation"]["region"] == {"startLine": 11, "startColumn": 12, "endLine": 11, "endColumn": 19}
    assert word["message"]["text"] == "'các' is typed twice: 'các các'"
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_sarif_unreadable_file_and_vietnamese_name(reports, capsys):
    (reports / "báo cáo, quý 3.txt").write_text(REPORT, encoding="utf-8")
    (reports / "hỏng.txt").write_bytes(b"PK\x03\x04\x00\x01binary\x00" * 10)
    code, out, _ = run(["check", ".", "--format", "sarif"], capsys)
    assert code == 2
    log = json.loads(out)
    assert not list(_validator().iter_errors(log))
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert "hỏng.txt" in inv["toolExecutionNotifications"][0]["message"]["text"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert "b%C3%A1o%20c%C3%A1o%2C%20qu%C3%BD%203.txt" in uris  # percent-encoded UTF-8


def test_sarif_info_is_note():
    from reportlint.render import sarif

    d = Diagnostic("a.txt", 3, 1, 3, 5, "duplicate.line", "info", "Paragraph repeated")
    log = sarif.document([FileResult("a.txt", [d], source=["", "", "Lặp lại đoạn"])])
    assert log["runs"][0]["results"][0]["level"] == "note"
    assert not list(_validator().iter_errors(log))
    # the validator does reject what SARIF forbids (so the tests above can fail)
    log["runs"][0]["results"][0]["level"] = "info"
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert len(list(_validator().iter_errors(log))) == 2


# --- GitHub Actions ------------------------------------------------------------------

GITHUB = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:,]+)::(.*)$")


def test_github_annotations(reports, capsys):
    code, out, _ = run(["check", "bao-cao-thang-10.txt", "--format", "github"], capsys)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3 and all(GITHUB.match(ln) for ln in lines), out
    assert lines[0] == ("::warning file=bao-cao-thang-10.txt,line=11,col=12,endLine=11,endColumn=19,"
                        "title=duplicate.word::'các' is typed twice: 'các các' → các")
    parsed = {(int(m[3]), int(m[4]), m[7]) for m in map(GITHUB.match, lines)}
    assert parsed == EXPECTED


def test_github_escaping():
    d = Diagnostic("thư mục, 2020/a:b.txt", 2, 1, 3, 4, "typo.syllable", "info", "100% sai\r\ndòng: hai, ba")
    ln = github.line(d)
    assert ln == ("::notice file=thư mục%2C 2020/a%3Ab.txt,line=2,col=1,endLine=3,endColumn=4,title=typo.syllable"
                  "::100%25 sai%0D%0Adòng: hai, ba")
    assert "\n" not in ln and "\r" not in ln


def test_github_chosen_automatically_on_actions(reports, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    out = run(["check", "bao-cao-thang-10.txt"], capsys)[1]
    assert out.startswith("::warning file=bao-cao-thang-10.txt,line=11")
    out = run(["check", "bao-cao-thang-10.txt", "--format", "concise"], capsys)[1]  # an explicit choice wins
    assert out.startswith("bao-cao-thang-10.txt:11:12: warning duplicate.word")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert not run(["check", "bao-cao-thang-10.txt"], capsys)[1].startswith("::")


# --- concise and jsonl parsed back ---------------------------------------------------

CONCISE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>[a-z]+\.[a-z0-9-]+) (?P<msg>.+)$")


def _json_diags(capsys, *paths):
    out = run(["check", *paths, "--format", "json"], capsys)[1]
    return [d for f in json.loads(out)["files"] for d in f["diagnostics"]]


def test_concise_parsed_back(reports, capsys):
    code, out, _ = run(["check", ".", "--format", "concise"], capsys)
    assert code == 1
    rows = [CONCISE.match(ln).groupdict() for ln in out.splitlines()]
    want = _json_diags(capsys, ".")
    assert [(r["path"], int(r["line"]), int(r["col"]), r["sev"], r["rule"], r["msg"]) for r in rows] == \
        [(d["path"], d["line"], d["column"], d["severity"], d["rule"], d["message"]) for d in want]
    assert {(int(r["line"]), int(r["col"]), r["rule"]) for r in rows} == EXPECTED


def test_jsonl_parsed_back_equals_json(reports, capsys):
    code, out, _ = run(["check", ".", "--format", "jsonl"], capsys)
    assert code == 1
    objs = [json.loads(ln) for ln in out.splitlines()]
    assert objs == _json_diags(capsys, ".")
    assert set(objs[0]) == {"path", "line", "column", "end_line", "end_column", "rule", "severity", "message",
                            "section", "suggestion", "evidence"}


def test_jsonl_unreadable_file_line(reports, capsys):
    (reports / "rong.txt").write_text("  \n", encoding="utf-8")
    code, out, err = run(["check", ".", "--format", "jsonl"], capsys)
    assert code == 2
    errors = [o for o in map(json.loads, out.splitlines()) if "error" in o]
    assert errors == [{"path": "rong.txt", "error": "rong.txt: empty file"}]
    assert err.count("\n") == 1 and "rong.txt: empty file" in err


class _Flushes(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[int] = []

    def flush(self) -> None:
        self.seen.append(len(self.getvalue().splitlines()))


def test_jsonl_flushes_after_each_file():
    a = Diagnostic("a.txt", 1, 1, 1, 2, "duplicate.word", "warning", "x")
    b = Diagnostic("b.txt", 2, 1, 2, 2, "duplicate.word", "warning", "y")
    out = _Flushes()
    jsonl.render([FileResult("a.txt", [a, a]), FileResult("b.txt", [b])], out)
    assert out.seen == [2, 3]


def test_every_format_from_the_cli(reports, capsys):
    from reportlint.render import FORMATS

    assert {"text", "json", "concise", "jsonl", "sarif", "github"} <= set(FORMATS)
    for fmt in FORMATS:
        code, out, err = run(["check", "sach.md", "--format", fmt], capsys)
        assert code == 0 and not err, (fmt, err)
