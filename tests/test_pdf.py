"""PDF with a text layer (reportlint/loaders/pdf.py, optional extra `pdf` = pypdf).

The PDFs are written by hand here (`make_pdf`): no reportlab or LibreOffice is needed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pypdf")

from reportlint.api import lint_path, lint_text  # noqa: E402
from reportlint.audit import audit  # noqa: E402
from reportlint.cli import main  # noqa: E402
from reportlint.errors import LoadError
from reportlint.loaders import load  # noqa: E402
from reportlint.loaders import pdf as pdf_loader  # noqa: E402
from test_series import monthly  # noqa: E402



def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str] | None], unicode: bool = True) -> bytes:
    chars = sorted({c for p in pages if p for line in p for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    objs: list[bytes] = []  # object n is objs[n - 1]

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)

    catalog = add(b"")  # filled in below
    tree = add(b"")
    if unicode:
        cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
                "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
        items = list(cid.items())
        for k in range(0, len(items), 100):
            block = items[k:k + 100]
            cmap.append(f"{len(block)} beginbfchar")
            cmap += [f"<{n:04X}> <{c.encode('utf-16-be').hex().upper()}>" for c, n in block]
            cmap.append("endbfchar")
        cmap += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
        to_unicode = add(stream("\n".join(cmap).encode()))
        descendant = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TimesNewRoman "
                         b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                         b"/DW 500 /CIDToGIDMap /Identity >>")
        font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /TimesNewRoman /Encoding /Identity-H "
                   b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode))
    else:
        font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        if lines is None:
            content = b"0.5 g 36 36 540 720 re f"
        else:
            ops = []
            for i, line in enumerate(lines):
                shown = ("<" + "".join(f"{cid[c]:04X}" for c in line) + ">") if unicode else f"({_esc(line)})"
                ops.append(f"BT /F1 11 Tf 56 {800 - 14 * i} Td {shown} Tj ET")
            content = "\n".join(ops).encode("latin-1")
        c = add(stream(content))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, c, font)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objs[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    return bytes(out)


# --- the report: a monthly report with a defect, its non-blank lines over two pages ---

DEFECT = "- Tiếp tục theo dõi các các công việc thường xuyên."


def report_lines() -> list[str]:
    text = monthly(10).replace("2. Lĩnh vực xuất bản, in và phát hành",
                               f"{DEFECT}\n\n2. Lĩnh vực xuất bản, in và phát hành")
    return [ln for ln in text.splitlines() if ln.strip()]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_text_layer_lines_pages_and_vietnamese(tmp_path: Path) -> None:
    lines = report_lines()
    half = len(lines) // 2
    doc = load(write(tmp_path, "bao-cao.pdf", make_pdf([lines[:half], lines[half:]])))
    assert doc.format == "pdf"
    assert [ln.text for ln in doc.lines] == lines  # diacritics and numbers survive
    assert [ln.lineno for ln in doc.lines] == list(range(1, len(lines) + 1))  # running across pages
    assert {ln.origin for ln in doc.lines[:half]} == {"page 1"}
    assert {ln.origin for ln in doc.lines[half:]} == {"page 2"}
    assert doc.source == lines


def test_findings_equal_those_of_the_same_text(tmp_path: Path) -> None:
    lines = report_lines()
    pdf = write(tmp_path, "bao-cao.pdf", make_pdf([lines[:20], lines[20:]]))
    got = [(d.rule, d.line, d.column, d.message) for d in lint_path(pdf)]
    want = [(d.rule, d.line, d.column, d.message) for d in lint_text("\n".join(lines), str(pdf))]
    assert got == want
    dup = [d for d in got if d[0] == "duplicate.word"]
    assert dup and dup[0][1] == lines.index(DEFECT) + 1  # the line in the extracted text


def test_page_number_alone_is_blanked_but_kept_in_source(tmp_path: Path) -> None:
    pages = [["BÁO CÁO", "- Hệ thống đã tiếp nhận 12.914 hồ sơ, trong đó", "1"],
             ["2", "có 2.145 hồ sơ trực tuyến."]]
    doc = load(write(tmp_path, "a.pdf", make_pdf(pages)))
    assert [ln.text for ln in doc.lines] == ["BÁO CÁO", "- Hệ thống đã tiếp nhận 12.914 hồ sơ, trong đó", "",
                                             "", "có 2.145 hồ sơ trực tuyến."]
    assert doc.source[2:4] == ["1", "2"]


def test_ascii_standard_font(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "ocr.pdf", make_pdf([["BAO CAO", "ket qua cong tac (thang 9)"]], unicode=False)))
    assert [ln.text for ln in doc.lines] == ["BAO CAO", "ket qua cong tac (thang 9)"]


def test_scanned_pdf_has_no_text_layer(tmp_path: Path, capsys) -> None:
    scan = write(tmp_path, "scan.pdf", make_pdf([None, None]))
    with pytest.raises(LoadError, match="no text layer"):
        load(scan)
    assert main(["check", str(scan)]) == 2
    err = capsys.readouterr().err.strip()
    assert "no text layer" in err and "\n" not in err and "Traceback" not in err


def test_a_scanned_page_among_text_pages_is_read(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "mixed.pdf", make_pdf([["BÁO CÁO"], None, ["Nơi nhận:"]])))
    assert [(ln.text, ln.origin) for ln in doc.lines] == [("BÁO CÁO", "page 1"), ("Nơi nhận:", "page 3")]


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\nthis is not really a pdf\n",
    b"not a pdf at all",
    b"",
    make_pdf([["BÁO CÁO", "tháng 9"]])[:150],  # truncated in the middle of the objects
])
def test_broken_pdf_is_one_line_exit_2(tmp_path: Path, capsys, data: bytes) -> None:
    bad = write(tmp_path, "hong.pdf", data)
    with pytest.raises(LoadError) as e:
        load(bad)
    assert "\n" not in str(e.value) and str(e.value).startswith(str(bad))
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err


def encrypt(data: bytes, user: str) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.encrypt(user_password=user, owner_password="chu-so-huu", algorithm="RC4-128")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    locked = write(tmp_path, "mat.pdf", encrypt(make_pdf([["BÁO CÁO"]]), user="mat-khau"))
    with pytest.raises(LoadError, match="encrypted PDF \\(password protected\\)"):
        load(locked)


def test_owner_only_encryption_is_read(tmp_path: Path) -> None:
    """An empty user password (printing/copying restrictions only) opens like any PDF."""
    p = write(tmp_path, "han-che.pdf", encrypt(make_pdf([["BÁO CÁO", "Kết quả công tác"]]), user=""))
    assert [ln.text for ln in load(p).lines] == ["BÁO CÁO", "Kết quả công tác"]


def test_too_many_pages_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_loader, "MAX_PAGES", 2)
    p = write(tmp_path, "dai.pdf", make_pdf([["a"], ["b"], ["c"]]))
    with pytest.raises(LoadError, match="refused: 3 pages"):
        load(p)


def test_without_pypdf_says_how_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # import pypdf now raises ImportError
    p = write(tmp_path, "a.pdf", make_pdf([["BÁO CÁO"]]))
    with pytest.raises(LoadError, match=r"needs pypdf \(pip install \"reportlint\[pdf\]\"\)"):
        load(p)


def test_pypdf_imported_only_for_pdfs(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("\n".join(report_lines()), encoding="utf-8")
    code = ("import sys; from reportlint.cli import main; main(['check', '-q', sys.argv[1]]); "
            "print('pypdf' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(txt)], capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_audit_records_scans_as_failed(tmp_path: Path) -> None:
    kho = tmp_path / "kho"
    kho.mkdir()
    lines = report_lines()
    write(kho, "t10.pdf", make_pdf([lines[:20], lines[20:]]))
    write(kho, "scan.pdf", make_pdf([None]))
    stats = audit([kho], tmp_path / "a.sqlite", jobs=1, series=False)
    assert (stats.seen, stats.linted, stats.failed) == (2, 2, 1)
    import sqlite3

    con = sqlite3.connect(tmp_path / "a.sqlite")
    rows = dict(con.execute("SELECT format || ':' || status, reason FROM files").fetchall())
    con.close()
    assert rows["pdf:ok"] is None
    assert "no text layer" in rows["pdf:failed"]


@pytest.mark.parametrize("split, page", [(-3, 2), (3, 1)])
def test_findings_on_a_pdf_name_their_page(tmp_path: Path, capsys, split: int, page: int) -> None:
    lines = report_lines()
    at = lines.index(DEFECT)
    pdf = write(tmp_path, "bao-cao.pdf", make_pdf([lines[:at + split], lines[at + split:]]))
    dup = [d for d in lint_path(pdf) if d.rule == "duplicate.word"]
    assert len(dup) == 1 and dup[0].line == at + 1 and dup[0].page == page
    assert main(["check", "--format", "json", str(pdf)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [d["page"] for d in out["files"][0]["diagnostics"] if d["rule"] == "duplicate.word"] == [page]
    main(["check", "--no-summary", str(pdf)])
    text = capsys.readouterr().out
    assert any(f"{at + 1}:" in ln and f"(page {page})" in ln and "duplicate.word" in ln for ln in text.splitlines())


def test_findings_on_text_have_no_page(tmp_path: Path) -> None:
    diags = lint_text("\n".join(report_lines()))
    assert diags and all(d.page is None and "page" not in d.to_dict() for d in diags)
