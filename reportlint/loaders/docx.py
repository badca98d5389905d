""".docx: paragraphs and table cells in reading order, then footnotes.

Every paragraph of the body is one `Line`, numbered in reading order (1-based, empty
paragraphs and table-cell paragraphs included), so a finding's "line" is the paragraph
number a reviewer can count to. Table cells are read row by row, each merged cell once
(`origin="cell"`); footnotes from word/footnotes.xml follow the body
(`origin="footnote"`). Soft line breaks and tabs inside a paragraph become spaces.

A .docx is a zip of XML parts, so it is checked before python-docx opens it: the central
directory (read without inflating anything) must list word/document.xml, few members
and a plausible inflated size. Python's zipfile never inflates a member past the size
the directory declares, so checking the declared sizes is enough. python-docx parses XML
with `resolve_entities=False`, so entity expansion ("billion laughs") does not happen;
footnotes are parsed with the same parser.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from reportlint.model.document import Document, Line
from reportlint.model.table import Cell, Table
from reportlint.errors import LoadError
from reportlint.limits import MAX_TABLE_COLUMNS
from reportlint.loaders.decoding import decode_lines
from reportlint.loaders.text import TXT_ARTEFACTS, strip_markup

MAX_INFLATED = 200 * 1024 * 1024  # a report with its pictures is a few MB inflated
MAX_MEMBERS = 5000  # Word writes ~20 parts, plus one per picture
MAX_RATIO = 100  # XML compresses ~5-20:1; a member far beyond that is a bomb ...
RATIO_MIN_SIZE = 10 * 1024 * 1024  # ... when it is also big
_BODY = "word/document.xml"
_FOOTNOTES = "word/footnotes.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(path: Path) -> zipfile.ZipFile:
    """Open `path` as a zip and refuse what is not a plausible .docx; LoadError otherwise."""
    try:
        zf = zipfile.ZipFile(path)
    except OSError as e:  # BadZipFile is not one: only a read failure
        raise LoadError("load.unreadable", path=path, reason=e.strerror or e) from None
    except Exception:  # BadZipFile, NotImplementedError (zip version), ValueError, EOFError ...
        raise LoadError("load.docx_not_zip", path=path) from None
    try:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise LoadError("load.docx_parts", path=path, count=len(infos), limit=MAX_MEMBERS)
        total = sum(i.file_size for i in infos)
        bomb = any(i.file_size > RATIO_MIN_SIZE and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos)
        if total > MAX_INFLATED or bomb:
            raise LoadError("load.docx_inflate", path=path, mb=f"{total / 1e6:.0f}")
        if _BODY not in zf.NameToInfo:
            raise LoadError("load.docx_no_body", path=path, part=_BODY)
    except BaseException:
        zf.close()
        raise
    return zf


def load(path: Path) -> Document:
    """Read a .docx into a Document; LoadError with a one-line message on any problem."""
    path = Path(path)
    zf = check_zip(path)
    try:
        with zf:
            footnotes_xml = zf.read(_FOOTNOTES) if _FOOTNOTES in zf.NameToInfo else b""
        import docx  # lazily: python-docx and lxml cost ~0.25 s to import

        body = docx.Document(str(path)).element.body
        texts: list[tuple[str, str]] = list(_block_texts(body))
        if footnotes_xml:
            texts.extend((t, "footnote") for t in _footnote_texts(footnotes_xml))
    except LoadError:
        raise
    except Exception as e:  # python-docx/lxml/zipfile: a broken or foreign file
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise LoadError("load.docx_invalid", path=path, reason=msg) from None
    doc = _document(str(path), texts)
    if body.find(".//" + _W + "tbl") is not None:
        doc.tables = _tables(body, doc)
    return doc


def _tables(body, doc: Document) -> list[Table]:
    """Grids of the tables, numbered like the lines; none if unreadable."""
    try:
        number = {p: i for i, (p, _) in enumerate(block_paragraphs(body), 1)}
        return from_docx(body, number, doc.lines)
    except MemoryError:  # never read as "an odd table": the checks would vanish silently
        raise
    except Exception:  # an odd table loses the table checks, never the document
        return []


def _document(path: str, texts: list[tuple[str, str]]) -> Document:
    lines: list[Line] = []
    source: list[str] = []
    for n, (raw, origin) in enumerate(texts, 1):
        raw = unicodedata.normalize("NFC", raw)
        for ch in "\n\r\t\v\u00a0\u2028":  # soft breaks and tabs stay inside the line
            if ch in raw:
                raw = raw.replace(ch, " ")
        raw = raw.rstrip()
        source.append(raw)
        text, segs = strip_markup(raw, TXT_ARTEFACTS) if ("[" in raw or "**" in raw) else (raw, ())
        lines.append(Line(text, n, segs, origin))
    lines, decoding = decode_lines(lines)
    return Document(path=path, format="docx", lines=lines, source=source, decoding=decoding)


def _block_texts(container, origin: str = ""):
    """(text, origin) of each paragraph under `container` (w:body or w:tc), in order."""
    from docx.text.paragraph import Paragraph

    for p, where in block_paragraphs(container, origin):
        yield Paragraph(p, None).text, where


def block_paragraphs(container, origin: str = ""):
    """(w:p element, origin) of each paragraph under `container` (w:body or w:tc) in
    reading order: the order that numbers the lines (annotate.py finds paragraphs by it)."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            yield child, origin
        elif tag == _W + "tbl":
            yield from _table_paragraphs(child)
        elif tag == _W + "sdt":  # a content control (e.g. a cover-page block) wraps blocks
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from block_paragraphs(content, origin)


def _table_paragraphs(tbl):
    """Cells row by row; a horizontally merged cell is one w:tc, a vertical merge's
    continuation cells (w:vMerge without val="restart") are skipped as duplicates."""
    for tr in tbl.iterchildren(_W + "tr"):
        for tc in row_cells(tr):
            pr = tc.find(_W + "tcPr")
            vm = pr.find(_W + "vMerge") if pr is not None else None
            if vm is not None and vm.get(_W + "val", "continue") != "restart":
                continue
            yield from block_paragraphs(tc, "cell")


def row_cells(tr):
    """The w:tc cells of a table row, including those inside content controls (w:sdt)."""
    for child in tr.iterchildren():
        if child.tag == _W + "tc":
            yield child
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from content.iterchildren(_W + "tc")


def _footnote_texts(xml: bytes):
    """Paragraph texts of the real footnotes (not the separator ones Word adds)."""
    from docx.oxml.parser import parse_xml  # resolve_entities=False
    from docx.text.paragraph import Paragraph

    root = parse_xml(xml)
    for fn in root.iterchildren(_W + "footnote"):
        if fn.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        for p in fn.iter(_W + "p"):
            yield Paragraph(p, None).text


# --- tables -------------------------------------------------------------------------------


def from_docx(body, number: dict, lines: list[Line]) -> list[Table]:
    """Grids of every w:tbl under `body`; `number` maps a w:p element to its line number.

    Merged cells are read from the XML as Word writes them (and as python-docx's
    `cell.merge` does): w:gridSpan widens a cell, w:vMerge="continue" extends the cell
    above; w:gridBefore leaves grid columns empty. Spans and offsets are the file's word,
    so they are held to the table's own grid (`grid_width`): a cell claiming two billion
    columns covers the columns the other cells of its row leave.
    """
    out = []
    for tbl in body.iter(_W + "tbl"):
        width = grid_width(tbl)
        grid: list[list[Cell | None]] = []
        for r, tr in enumerate(tbl.iterchildren(_W + "tr")):
            cells = list(row_cells(tr))
            row: list[Cell | None] = [None] * min(_int_attr(tr, "trPr", "gridBefore"), max(0, width - len(cells)))
            for i, tc in enumerate(cells):
                c = len(row)
                room = width - c - (len(cells) - i - 1)  # what the cells after this one leave
                span = min(max(1, _int_attr(tc, "tcPr", "gridSpan", 1)), max(1, room))
                pr = tc.find(_W + "tcPr")
                vm = pr.find(_W + "vMerge") if pr is not None else None
                above = grid[r - 1][c] if r and c < len(grid[r - 1]) else None
                if vm is not None and vm.get(_W + "val", "continue") != "restart" and above is not None:
                    if above.row + above.rowspan == r:
                        above.rowspan += 1
                    row.extend([above] * span)
                    continue
                pieces = []
                for p, _ in block_paragraphs(tc, "cell"):
                    k = number.get(p)
                    if k is not None:
                        ln = lines[k - 1]
                        t = ln.text
                        a = len(t) - len(t.lstrip())
                        pieces.append((ln, a, len(t.rstrip())))
                row.extend([Cell(r, c, 1, span, tuple(pieces))] * span)
            grid.append(row)
        if len(grid) >= 2 and max(len(r) for r in grid) >= 2:
            out.append(Table(grid, "docx"))
    return out


def grid_width(tbl) -> int:
    """The number of grid columns of a w:tbl: its w:tblGrid's w:gridCol count (or the
    widest row's cell count, when a file declares fewer), never above MAX_TABLE_COLUMNS."""
    grid = tbl.find(_W + "tblGrid")
    declared = len(grid.findall(_W + "gridCol")) if grid is not None else 0
    cells = max((sum(1 for _ in row_cells(tr)) for tr in tbl.iterchildren(_W + "tr")), default=0)
    return min(max(declared, cells), MAX_TABLE_COLUMNS)


def _int_attr(el, pr_tag: str, tag: str, default: int = 0) -> int:
    pr = el.find(_W + pr_tag)
    x = pr.find(_W + tag) if pr is not None else None
    try:
        return int(x.get(_W + "val")) if x is not None else default
    except (TypeError, ValueError):
        return default
