"""Tables: .docx (python-docx, merged header cells) and Markdown grids, their recognition,
and the table checks at the right cell; correct tables give nothing."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reportlint.api import lint_document
from reportlint.config import Config, load_config
from reportlint.loaders.text import from_text
from reportlint.ruleset import builtin_rules
from reportlint.analysis.tables import layout
from reportlint.loaders.text import from_markdown

docx = pytest.importorskip("docx")

from reportlint.loaders import load  # noqa: E402

CORPUS = Path(__file__).parent / "corpus"

# Hồ sơ tiếp nhận by unit: groups I/II with their units, a grand total; a percentage
# column (Trực tuyến / Tổng số) and an average that must not be summed.
ROWS = [
    ("I", "Khối cơ quan tỉnh", "3.110", "2.500", "610", "19,61", "141"),
    ("1", "Sở Tư pháp", "1.250", "1.000", "250", "20,00", "57"),
    ("2", "Sở Y tế", "1.860", "1.500", "360", "19,35", "84"),
    ("II", "Khối UBND cấp huyện", "1.807", "1.364", "443", "24,52", "82"),
    ("1", "UBND huyện Càng Long", "947", "700", "247", "26,08", "43"),
    ("2", "UBND huyện Cầu Kè", "860", "664", "196", "22,79", "39"),
]
TOTAL = ("4.917", "3.864", "1.053", "21,42", "112")


def config() -> Config:
    cfg = load_config(None)
    cfg.today = datetime.date(2021, 1, 5)
    return cfg


def report_docx(path: Path, rows=ROWS, total=TOTAL) -> Path:
    """A report with a table whose header cells are merged with python-docx's cell.merge."""
    d = docx.Document()
    for text in ("UBND TỈNH TRÀ VINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 12/BC-STTTT",
                 "Trà Vinh, ngày 05 tháng 01 năm 2021", "BÁO CÁO",
                 "Kết quả giải quyết thủ tục hành chính tháng 12 năm 2020",
                 "I. KẾT QUẢ THỰC HIỆN", "1. Tiếp nhận hồ sơ",
                 "Số liệu tiếp nhận hồ sơ của các cơ quan, đơn vị như sau:"):
        d.add_paragraph(text)
    t = d.add_table(rows=2 + len(rows) + 1, cols=7)
    heads = ["STT", "Cơ quan, đơn vị", "Hồ sơ tiếp nhận", None, None, "Tỷ lệ trực tuyến (%)", "Bình quân hồ sơ/ngày"]
    for c in (0, 1, 5, 6):
        t.cell(0, c).merge(t.cell(1, c)).text = heads[c]
    t.cell(0, 2).merge(t.cell(0, 4)).text = "Hồ sơ tiếp nhận"
    for c, h in zip((2, 3, 4), ("Tổng số", "Trực tiếp", "Trực tuyến")):
        t.cell(1, c).text = h
    for r, row in enumerate(rows, 2):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    last = 2 + len(rows)
    t.cell(last, 0).merge(t.cell(last, 1)).text = "Tổng cộng"
    for c, v in enumerate(total, 2):
        t.cell(last, c).text = v
    d.add_paragraph("Trên đây là báo cáo kết quả giải quyết thủ tục hành chính tháng 12 năm 2020.")
    d.save(str(path))
    return path


def table_findings(doc) -> list:
    return [g for g in lint_document(doc, config()) if g.rule.startswith("table.")]


def line_of(doc, text: str) -> int:
    """The paragraph number of the one table cell that reads `text`."""
    hits = [ln.lineno for ln in doc.lines if ln.origin == "cell" and ln.text == text]
    assert len(hits) == 1, (text, hits)
    return hits[0]


def with_cell(rows, r: int, c: int, value: str):
    out = [list(x) for x in rows]
    out[r][c] = value
    return [tuple(x) for x in out]


# --- the grid of a .docx table -------------------------------------------------------


def test_docx_grid_keeps_merged_cells_and_paragraph_numbers(tmp_path):
    doc = load(report_docx(tmp_path / "r.docx"))
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert (t.nrows, t.ncols) == (9, 7)
    top = t.cell(0, 2)
    assert top is t.cell(0, 3) is t.cell(0, 4) and top.colspan == 3 and top.text == "Hồ sơ tiếp nhận"
    stt = t.cell(0, 0)
    assert stt is t.cell(1, 0) and stt.rowspan == 2 and stt.text == "STT"
    total = t.cell(8, 0)
    assert total is t.cell(8, 1) and total.colspan == 2 and total.text == "Tổng cộng"
    # every cell points at the Line the loader numbered, so findings land on that paragraph
    cell = t.cell(4, 4)
    assert cell.text == "360" and doc.lines[cell.lineno - 1].text == "360" and cell.lineno == line_of(doc, "360")
    # the loader's numbering is unchanged: 9 paragraphs, then the cells row by row, merged ones once
    assert doc.lines[9].text == "STT" and doc.lines[9].origin == "cell" and doc.lines[9].lineno == 10
    assert [ln.text for ln in doc.lines[9:15]] == ["STT", "Cơ quan, đơn vị", "Hồ sơ tiếp nhận",
                                                   "Tỷ lệ trực tuyến (%)", "Bình quân hồ sơ/ngày", "Tổng số"]


def test_docx_layout_recognises_headers_columns_and_rows(tmp_path):
    doc = load(report_docx(tmp_path / "r.docx"))
    lay = layout(doc.tables[0])
    assert lay is not None and lay.header_rows == 2
    assert lay.headers[4] == "Hồ sơ tiếp nhận › Trực tuyến"
    assert lay.kinds == ["stt", "label", "num", "num", "num", "pct", "rate"]
    assert lay.total_rows == [8] and lay.total_cols == [2]
    assert [lay.level[r] for r in range(2, 8)] == [1, 2, 2, 1, 2, 2]  # I / 1, 2 / II / 1, 2
    assert lay.label(8) == "Tổng cộng" and lay.label(3) == "Sở Tư pháp"


# --- checks on .docx tables ----------------------------------------------------------


def test_correct_docx_table_gives_no_finding(tmp_path):
    # the averages column (112 ≠ 141 + 82) and the STT column are not summed
    assert table_findings(load(report_docx(tmp_path / "r.docx"))) == []


def test_wrong_grand_total_found_at_its_cell(tmp_path):
    doc = load(report_docx(tmp_path / "r.docx", total=("4.917", "3.846", "1.053", "21,42", "112")))
    got = table_findings(doc)
    assert sorted((g.rule, g.line, g.column) for g in got) == [("table.column-sum", line_of(doc, "3.846"), 1),
                                                              ("table.row-sum", line_of(doc, "4.917"), 1)]
    col = next(g for g in got if g.rule == "table.column-sum")
    assert "row 'Tổng cộng', column 'Hồ sơ tiếp nhận › Trực tiếp'" in col.message
    assert col.evidence.startswith("2.500 + 1.364 = 3.864, the report says 3.846 ‖ ")
    assert "Trực tiếp: »3.846«" in col.evidence and col.suggestion == "3.864"


def test_wrong_sub_total_found_at_its_cell(tmp_path):
    rows = with_cell(ROWS, 3, 4, "434")  # Khối UBND cấp huyện: 247 + 196 = 443, not 434
    doc = load(report_docx(tmp_path / "r.docx", rows=rows))
    got = [(g.rule, g.line) for g in table_findings(doc)]
    assert ("table.column-sum", line_of(doc, "434")) in got
    # the grand total adds the groups' sub-totals, and 610 + 434 ≠ 1.053 too: the total is
    # then also inconsistent, but no unit row is blamed
    # (and its percentage 24,52 was computed from 443): all on the group's row or the total row
    assert {ln for _, ln in got} <= {line_of(doc, "434"), line_of(doc, "1.053"), line_of(doc, "1.807"),
                                     line_of(doc, "24,52")}


def test_wrong_percentage_found_at_its_cell(tmp_path):
    rows = with_cell(ROWS, 2, 5, "91,35")  # Sở Y tế: 360 / 1.860 = 19,35%
    doc = load(report_docx(tmp_path / "r.docx", rows=rows))
    got = table_findings(doc)
    assert [(g.rule, g.line, g.column) for g in got] == [("table.percentage", line_of(doc, "91,35"), 1)]
    assert "360 / 1.860 = 19,354…% → 19,35%, the report says 91,35%" in got[0].message
    assert "row 'Sở Y tế'" in got[0].message and got[0].suggestion == "19,35%"


def test_wrong_row_total_found_at_its_cell(tmp_path):
    rows = with_cell(ROWS, 4, 2, "974")  # UBND huyện Càng Long: 700 + 247 = 947
    doc = load(report_docx(tmp_path / "r.docx", rows=rows))
    got = [(g.rule, g.line) for g in table_findings(doc)]
    assert ("table.row-sum", line_of(doc, "974")) in got
    assert ("table.column-sum", line_of(doc, "1.807")) in got  # the group no longer adds up either


def test_rich_output_renders_the_offending_row(tmp_path):
    path = report_docx(tmp_path / "r.docx", rows=with_cell(ROWS, 2, 5, "91,35"))
    env = {**os.environ, "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-m", "reportlint", "check", str(path), "--select", "table"],
                         capture_output=True, text=True, env=env, timeout=60).stdout
    lines = out.splitlines()
    i = next(k for k, ln in enumerate(lines) if ln.strip().startswith("= 360 / 1.860"))
    head, row, mark = lines[i + 1:i + 4]
    assert "│ STT │ Cơ quan, đơn vị │" in head and "Tỷ lệ trực tuyến (%)" in head
    assert "│   2 │ Sở Y tế " in row and "91,35" in row
    assert mark.index("^") == row.index("91,35") and mark.count("^") == 5


def test_docx_without_tables_has_no_grids(tmp_path):
    d = docx.Document()
    d.add_paragraph("Tiếp nhận 12.914 hồ sơ (10.769 trực tiếp, 2.145 trực tuyến).")
    d.save(str(tmp_path / "p.docx"))
    assert load(tmp_path / "p.docx").tables == []


def with_document_xml(src: Path, dst: Path, edit) -> Path:
    """Copy a .docx with its word/document.xml passed through `edit` (bytes -> bytes)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, edit(data) if info.filename == "word/document.xml" else data)
    return dst


HUGE = b"2147483647"


def test_a_cell_span_beyond_the_grid_covers_only_the_columns_left(tmp_path):
    # issue 16: <w:gridSpan w:val="2147483647"/> on the "Tổng cộng" cell drove memory past 16 GB
    def huge_span(xml: bytes) -> bytes:
        assert xml.count(b'<w:gridSpan w:val="2"/>') == 1  # the merged "Tổng cộng" cell
        return xml.replace(b'<w:gridSpan w:val="2"/>', b'<w:gridSpan w:val="' + HUGE + b'"/>')

    doc = load(with_document_xml(report_docx(tmp_path / "r.docx"), tmp_path / "span.docx", huge_span))
    assert len(doc.tables) == 1  # the table is kept, not dropped with its checks
    t = doc.tables[0]
    total = t.cell(8, 0)  # the five figures after it leave it its two real columns
    assert t.ncols == 7 and total.text == "Tổng cộng" and total.colspan == 2 and t.cell(8, 2).text == "4.917"
    # and the table is still checked, as if its span were the real one
    original = report_docx(tmp_path / "w.docx", rows=with_cell(ROWS, 1, 2, "1.205"))
    forged = with_document_xml(original, tmp_path / "wspan.docx", huge_span)
    def found(path: Path) -> list:
        return [(g.rule, g.line, g.column, g.message) for g in table_findings(load(path))]

    assert found(forged) == found(original) != []


def test_a_grid_offset_beyond_the_grid_is_held_to_it(tmp_path):
    def huge_offset(xml: bytes) -> bytes:  # w:gridBefore on the last row
        head, sep, last = xml.rpartition(b"<w:tr>")
        assert sep
        return head + b'<w:tr><w:trPr><w:gridBefore w:val="' + HUGE + b'"/></w:trPr>' + last

    doc = load(with_document_xml(report_docx(tmp_path / "r.docx"), tmp_path / "before.docx", huge_offset))
    assert len(doc.tables) == 1
    assert [len(row) for row in doc.tables[0].grid] == [7] * 9  # one empty column: all the row's cells leave


def test_running_out_of_memory_on_a_table_is_not_hidden(tmp_path, monkeypatch):
    from reportlint.loaders import docx as docx_loader

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(docx_loader, "from_docx", exhausted)
    with pytest.raises(MemoryError):
        load(report_docx(tmp_path / "r.docx"))


# --- Markdown grids -------------------------------------------------------------------

MD = """\
Kết quả cụ thể như sau:

| STT | Đơn vị | Số hồ sơ | Tỷ lệ đúng hạn (%) |
|:---:|---|---:|---:|
| 1 | Sở **Tư pháp** | 120 | 98,33 |
| 2 | Sở Xây dựng | 95 | 96,84 |
| | Tổng cộng | 215 | 97,67 |

Trên đây là báo cáo.
"""


def test_markdown_pipe_table_becomes_a_grid_with_positions():
    doc = from_text(MD, "r.md", markdown=True)
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert (t.nrows, t.ncols) == (4, 4)  # the |---| line is not a row
    cell = t.cell(1, 1)
    assert cell.text == "Sở Tư pháp" and cell.lineno == 5  # markup stripped, file line kept
    line, a, _ = t.cell(3, 2).pieces[0]
    assert line.text[a:a + 3] == "215" and line.orig_col(a) + 1 == doc.source[6].index("215") + 1
    assert [ln.text for ln in doc.lines][2].startswith("| STT |")  # lines unchanged for other checks
    lay = layout(t)
    assert lay.kinds == ["stt", "label", "num", "pct"] and lay.total_rows == [3]


def test_markdown_table_with_ragged_rows_is_not_read():
    lines = from_text("| A | B |\n|---|---|\n| 1 | 2 | 3 |\n", "r.md", markdown=True).lines
    assert from_markdown(lines) == []


def test_plain_text_pipes_are_not_tables():
    assert from_text(MD, "r.txt").tables == []


def test_stt_column_is_not_summed_and_no_finding_on_correct_markdown():
    doc = from_text(MD, "r.md", markdown=True)
    cfg = Config(rules=builtin_rules(), select=["table"])
    assert lint_document(doc, cfg) == []  # 1 + 2 ≠ blank STT of the total row: never checked
    wrong = from_text(MD.replace("| 215 |", "| 251 |"), "r.md", markdown=True)
    got = lint_document(wrong, cfg)
    assert [(g.rule, g.line, g.column) for g in got] == [("table.column-sum", 7, 17)]


def long_markdown_table(rows: int) -> str:
    lines = ["Số hồ sơ của các xã như sau:", "", "| STT | Đơn vị | Hồ sơ | Trực tuyến |", "|---|---|---|---|"]
    lines += [f"| {i} | Xã số {i} | {100 + i % 50} | {i % 30} |" for i in range(1, rows + 1)]
    return "\n".join(lines) + "\n"


def test_a_long_markdown_table_is_checked_in_linear_time(tmp_path):
    # issue 16: 15,000 rows took 27 s (the width recomputed for every cell), so 30,000 would
    # take ~2 minutes; linear, they take ~4 s. A hang guard, not a timing (bench/scaling.py
    # prints the ratios).
    path = tmp_path / "long.md"
    path.write_text(long_markdown_table(30_000), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reportlint", "check", "--select", "table", "--format", "json",
                          str(path)], capture_output=True, text=True, timeout=40)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["files"][0]["diagnostics"] == []


# --- the corpus has no tables: nothing to do ------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.md")) or ["none"])
def test_corpus_reports_have_no_tables(name):
    if name == "none":
        pytest.skip("no corpus")
    doc = from_text((CORPUS / name).read_text(encoding="utf-8"), name, markdown=True)
    assert doc.tables == []
