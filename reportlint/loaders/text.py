"""Plain text and Markdown: decoding, markup stripping with column maps, suppressions."""

from __future__ import annotations

import codecs
import re
import unicodedata

from reportlint.loaders.decoding import decode_lines
from reportlint.model.document import Decoding, Document, Line, Suppression
from reportlint.model.table import Cell, Table

# Converter artefacts found in .txt and .md exports of .docx files.
_ARTEFACTS = r"\*\*|\[footnoteRef:\s*\d+\]|\[bookmark:[^\]]*\]|\[\^\d+\]"
# Markdown inline markup: escapes keep their character, links keep their text.
_MD_INLINE = re.compile(
    r"\\(?P<esc>[\\`*_{}\[\]()#+\-.!|<>~\"'])"
    r"|!\[[^\]]*\]\([^)]*\)"
    r"|\[(?P<link>[^\]\[]+)\]\([^)]*\)"
    r"|<br\s*/?>|</?(?:u|b|i|em|strong|sup|sub|span)\b[^>]*>"
    r"|\*+|__+|~~|" + _ARTEFACTS
)
TXT_ARTEFACTS = re.compile(_ARTEFACTS)
# every Markdown construct _md_line removes starts with one of these characters
_MD_SPECIAL = re.compile(r"[#*_\\\[<~!]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
_MD_BULLET_STAR = re.compile(r"^(\s*)\*(\s+)")
_SUPPRESS = re.compile(
    r"<!--\s*reportlint:\s*(?P<verb>disable-next-line|disable-line|disable|enable)"
    r"(?:\s*=\s*(?P<rules>[\w.,\s-]+?))?\s*-->"
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters no report holds (tab, LF, CR, FF are fine)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])  # the same, as UTF-8 bytes


class DecodeError(ValueError):
    """Bytes that are no text report: an i18n key ("load.*") and its fields, the path left to the caller."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key, self.fields = key, fields


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM; else DecodeError.
    (`read_bytes` also reads legacy Vietnamese encodings.)"""
    if data.startswith(codecs.BOM_UTF8):
        data, enc = data[3:], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16"
    else:
        enc = "utf-8"
    if enc == "utf-8" and b"\x00" in data[:4096]:
        raise DecodeError("load.binary_nul")
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as e:
        raise DecodeError("load.encoding", encoding=enc.upper(), byte=e.start) from None
    if enc == "utf-8" and len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return text  # no control byte, so no control character: UTF-8 encodes them as themselves
    bad = len(_CONTROL.findall(text, 0, 20000))
    if "\x00" in text or bad > 50:
        raise DecodeError("load.binary_control")
    return text


def strip_markup(raw: str, pattern: re.Pattern[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove the markup `pattern` matches; return the text and its column segments."""
    kept_groups = [g for g in ("esc", "link") if g in pattern.groupindex]  # what a match keeps of itself
    spans: list[tuple[int, int]] = []  # the spans of `raw` kept, in order
    pos = 0
    for m in pattern.finditer(raw):
        spans.append((pos, m.start()))
        for g in kept_groups:
            if m.start(g) >= 0:  # the group took part in the match
                spans.append(m.span(g))
        pos = m.end()
    spans.append((pos, len(raw)))
    out: list[str] = []
    segs: list[tuple[int, int]] = []
    clean = 0
    for a, b in spans:
        if b > a:
            if not segs or segs[-1][0] - segs[-1][1] != clean - a:
                segs.append((clean, a))
            out.append(raw[a:b])
            clean += b - a
    if segs == [(0, 0)] or not segs:
        return "".join(out), ()
    return "".join(out), tuple(segs)


def _md_line(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A Markdown line's text without its markup, and its column segments."""
    m = _MD_HEADING.match(raw)
    head = m.end() if m else 0
    b = _MD_BULLET_STAR.match(raw, head)
    if b:  # a "* item" list marker is structure, not emphasis: read it as "- item"
        raw = raw[:b.start(0)] + b.group(1) + "-" + raw[b.end(1) + 1:]
    body = raw[head:].rstrip()
    if body.endswith("\\"):  # Markdown hard line break
        body = body[:-1].rstrip()
    text, segs = strip_markup(body, _MD_INLINE)
    if head:
        segs = tuple((c, o + head) for c, o in (segs or ((0, 0),)))
    return text, segs


def _suppressions(lines: list[str]) -> tuple[list[str], list[Suppression]]:
    """Find `<!-- reportlint: ... -->` comments, blank them out, return the ranges."""
    found: list[Suppression] = []
    open_blocks: dict[frozenset[str], int] = {}
    out = list(lines)
    n = len(lines)
    for i, raw in enumerate(lines):
        if "reportlint" not in raw:
            continue
        for m in _SUPPRESS.finditer(raw):
            rules = frozenset(r.strip() for r in (m.group("rules") or "").split(",") if r.strip())
            verb, lineno = m.group("verb"), i + 1
            if verb == "disable-line":
                found.append(Suppression(rules, lineno, lineno))
            elif verb == "disable-next-line":
                j = i + 1
                while j < n and not lines[j].strip():
                    j += 1
                found.append(Suppression(rules, j + 1, j + 1))
            elif verb == "disable":
                open_blocks.setdefault(rules, lineno)
            else:
                start = open_blocks.pop(rules, None)
                if start is None and not rules:  # a bare enable closes every block
                    for r, s in open_blocks.items():
                        found.append(Suppression(r, s, lineno))
                    open_blocks.clear()
                elif start is not None:
                    found.append(Suppression(rules, start, lineno))
        out[i] = _SUPPRESS.sub(lambda m: " " * len(m.group(0)), raw)
    for rules, start in open_blocks.items():
        found.append(Suppression(rules, start, n))
    return out, found


_MD_BREAK = re.compile(r" {0,3}([-*_])(?: *\1){2,} *")
_MD_HEADINGS = re.compile(r"^ {0,3}#{1,6} +\S", re.MULTILINE)


def _is_markdown(text: str) -> bool:
    """Markdown saved as plain text (an export, a web page's copy): two '#' headings at least,
    which no plain report writes ('### Điều 5. ...' would hide the article's number)."""
    if "#" not in text:
        return False
    found = _MD_HEADINGS.search(text)
    return found is not None and _MD_HEADINGS.search(text, found.end()) is not None


def _clean_line(raw: str, lineno: int, markdown: bool) -> Line:
    """A line without its markup (Markdown) or converter artefacts ("**", "[footnoteRef: 1]");
    most lines have neither and are their own clean text."""
    if markdown and raw[:4].lstrip()[:1] in "-*_" and _MD_BREAK.fullmatch(raw):
        return Line("", lineno)  # a thematic break ('---') draws a line, it holds no text
    if markdown and _MD_SPECIAL.search(raw):
        text, segments = _md_line(raw)
        if _MD_HEADING.match(raw):  # a heading is a block of its own, whatever follows it
            return Line(text, lineno, segments, "heading")
    elif not markdown and ("[" in raw or "**" in raw):
        text, segments = strip_markup(raw.rstrip(), TXT_ARTEFACTS)
    else:
        text, segments = raw.rstrip(), ()
    return Line(text, lineno, segments)


def from_text(text: str, path: str = "<string>", markdown: bool = False) -> Document:
    """Build a Document from decoded text (read as Markdown when `markdown`, or when it is
    Markdown saved as plain text)."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    markdown = markdown or _is_markdown(text)
    source = text.splitlines()
    # tabs and no-break spaces read as spaces (one character for one: columns stay)
    cleaned = text.replace("\t", " ").replace("\u00a0", " ").splitlines() if "\t" in text or "\u00a0" in text else source
    sups: list[Suppression] = []
    if "reportlint" in text:  # else no line holds a comment: nothing to blank out
        cleaned, sups = _suppressions(cleaned)
    if markdown or "[" in text or "**" in text:
        lines = [_clean_line(raw, lineno, markdown) for lineno, raw in enumerate(cleaned, 1)]
    else:  # no converter artefact anywhere (most .txt reports): each line is its own clean text
        lines = [Line(raw.rstrip(), lineno) for lineno, raw in enumerate(cleaned, 1)]
    lines, decoding = decode_lines(lines)
    doc = Document(path=path, format="md" if markdown else "txt", lines=lines, source=source, suppressions=sups,
                   decoding=decoding)
    if markdown and "|" in text:  # pipe tables become grids too; their lines stay as they are
        doc.tables = from_markdown(lines)
    return doc


def read_bytes(data: bytes) -> tuple[str, str | None]:
    """(text, legacy encoding or None): `decode`, or for bytes that are no UTF-8 but read well
    as Vietnamese in TCVN3, VNI or Windows-1258 (an old editor's .txt), that reading."""
    try:
        return decode(data), None
    except DecodeError as e:
        if e.key != "load.encoding" or e.fields.get("encoding") != "UTF-8":
            raise
        from reportlint.text.legacy import sniff_bytes  # only for the rare file that is no UTF-8

        found = sniff_bytes(data)
        if found is None:
            raise
        return found[1], found[0]


def from_bytes(data: bytes, path: str, markdown: bool = False) -> Document:
    from reportlint.errors import LoadError

    if not data.strip():
        raise LoadError("load.empty", path=path)
    try:
        text, encoding = read_bytes(data)
    except DecodeError as e:
        raise LoadError(e.key, path=path, **e.fields) from None
    if not text.lstrip("\ufeff").strip():  # a byte-order mark alone is as empty as whitespace alone
        raise LoadError("load.empty", path=path)
    doc = from_text(text, path, markdown)
    if encoding:
        touched = tuple(ln.lineno for ln in doc.lines if not ln.text.isascii())
        doc.decoding = Decoding(encoding, touched, whole_file=True)
    return doc


# --- Markdown pipe tables -----------------------------------------------------------------
_MD_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _pipe_cells(line: Line) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped text in a pipe-table line."""
    t = line.text
    cuts = [i for i, ch in enumerate(t) if ch == "|" and (i == 0 or t[i - 1] != "\\")]
    if not cuts:
        return []
    bounds = [-1] + cuts + [len(t)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        seg = t[a + 1:b]
        lead = len(seg) - len(seg.lstrip())
        out.append((a + 1 + lead, a + 1 + len(seg.rstrip())))
    if not t[:cuts[0]].strip():  # a leading "|" opens the row
        out = out[1:]
    if not t[cuts[-1] + 1:].strip():  # a trailing "|" closes it
        out = out[:-1]
    return out


def from_markdown(lines: list[Line]) -> list[Table]:
    """The pipe tables of Markdown lines: a header line, a `|---|` separator, rows."""
    tables: list[Table] = []
    i, n = 1, len(lines)
    while i < n:
        if "|" in lines[i - 1].text and "-" in lines[i].text and _MD_SEP.match(lines[i].text):
            rows = [lines[i - 1]]
            j = i + 1
            while j < n and "|" in lines[j].text and lines[j].text.strip():
                rows.append(lines[j])
                j += 1
            table = _md_table(rows)
            if table is not None:
                tables.append(table)
            i = j + 1
        else:
            i += 1
    return tables


def _md_table(rows: list[Line]) -> Table | None:
    grid: list[list[Cell | None]] = []
    width = len(_pipe_cells(rows[0]))
    for r, ln in enumerate(rows):
        spans = _pipe_cells(ln)
        if len(spans) != width:  # a row with more or fewer cells: not a table we understand
            return None
        grid.append([Cell(r, c, pieces=((ln, a, b),)) for c, (a, b) in enumerate(spans)])
    return Table(grid, "md") if width >= 2 and len(grid) >= 2 else None
