"""A claim's finding names every figure it rests on (issue 15, item 4): JSON "related", SARIF
relatedLocations, and the annotated .docx comment sits on the figure most likely wrong."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPORT = """BÁO CÁO

- Tổng số học sinh toàn huyện là 24.310 em.
- Số học sinh bỏ học là 97 em, chiếm 0,50% tổng số học sinh.
- Trong tháng tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.154 trực tuyến).
"""


def run(tmp_path: Path, fmt: str) -> dict:
    report = tmp_path / "bc.md"
    report.write_text(REPORT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "reportlint", "check", str(report), "--format", fmt,
                          "--select", "arithmetic,percentage"], capture_output=True, text=True)
    assert out.returncode == 1, out.stderr
    return json.loads(out.stdout)


def test_json_names_the_base_in_the_bullet_before_and_every_part(tmp_path: Path) -> None:
    found = {d["rule"]: d for d in run(tmp_path, "json")["files"][0]["diagnostics"]}
    share = found["percentage.mismatch"]["related"]
    assert {"role": "base", "line": 3, "column": 34, "end_line": 3, "end_column": 40} in share  # 24.310
    assert [r["role"] for r in share] == ["percentage", "part", "base"]
    total = found["arithmetic.sum-mismatch"]["related"]
    assert [(r["role"], r["line"]) for r in total] == [("total", 5), ("part", 5), ("part", 5)]
    line5 = REPORT.splitlines()[4]
    assert [line5[r["column"] - 1:r["end_column"] - 1] for r in total] == ["12.914", "10.769", "2.154"]


def test_sarif_carries_related_locations(tmp_path: Path) -> None:
    results = run(tmp_path, "sarif")["runs"][0]["results"]
    share = next(r for r in results if r["ruleId"] == "percentage.mismatch")
    regions = {loc["message"]["text"]: loc["physicalLocation"]["region"] for loc in share["relatedLocations"]}
    assert regions["base"]["startLine"] == 3 and regions["percentage"]["startLine"] == 4


def test_the_word_comment_sits_on_the_total(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in REPORT.splitlines():
        d.add_paragraph(line)
    src = tmp_path / "bc.docx"
    d.save(src)
    subprocess.run([sys.executable, "-m", "reportlint", "check", str(src), "--annotate", "--select", "arithmetic",
                    "-q"], capture_output=True, text=True, check=False)
    reviewed = docx.Document(str(tmp_path / "bc.reviewed.docx"))
    body = reviewed.element.body.xml
    marked = body.split("commentRangeStart", 1)[1].split("commentRangeEnd", 1)[0]
    assert "12.914" in marked and "10.769" not in marked  # the total, not the whole listing
