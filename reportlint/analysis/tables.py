"""Tables (bảng số liệu) as grids, and what their rows and columns are.

The grid (`reportlint.model.table`) is built by the loaders; this module reads it.

Recognition (`layout`), precision first: a table whose structure is unclear gives None.

- header rows: the first row, then rows without a number outside the first column, and a
  column-index row ("(1) | (2) | (3)=(1)+(2)"); a column's header is its header cells
  top-down, merged cells once ("Hồ sơ tiếp nhận › Trực tuyến");
- columns: STT (by header, or numbered 1, 2, I, a ... in the first column), labels (text),
  numbers; numbers that must not be summed: percentages and rates ("Tỷ lệ (%)", "bình
  quân", "trung bình", "/100 dân", "mật độ" ...), years, codes ("Mã số");
- total rows: a label that is only "Tổng cộng", "Tổng số", "Tổng", "Cộng", "Toàn
  tỉnh/huyện/xã ..." (an item "Tổng số hồ sơ tiếp nhận" numbered 1 is not a total row);
  total columns: a header starting "Tổng số"/"Tổng cộng"/"Tổng"/"Cộng";
- row levels from the STT or label marker (I, A, 1, 1.1, a) ...: the order of first
  appearance gives the depth), so a numbered row with lettered rows under it is a
  sub-total; "Trong đó", "- ", "+ " rows are partial breakdowns and never summed.

Pure: cells in, layout out. `reportlint.checks.table` does the arithmetic with
`reportlint.analysis.claims.evaluate` (the same interval rules as the running text).
"""

from __future__ import annotations

import re
from collections import namedtuple

from reportlint.model.table import Cell, Table
from reportlint.text.numbers import Reading, readings
from reportlint.text.letters import fold

# --- cell values ------------------------------------------------------------------------

_NUM_CELL = re.compile(r"(\d[\d.,]*\d|\d)\s*(%?)")
_BLANK = {"", "-", "–", "—", "x", "X", "…", "..."}
_YEAR = re.compile(r"(?:19|20)\d\d")


class Value(namedtuple("Value", "raw readings percent offset")):
    """A number written alone in a cell.

    raw (str)
    readings (tuple[Reading, ...])
    percent (bool)
    offset (int): where the literal starts in the cell's text
    """

    __slots__ = ()

    @property
    def reading(self) -> Reading:
        return self.readings[0]


def value_of(text: str, style: str) -> Value | str | None:
    """A cell's number, None when blank ("", "-", "x"), else "text"."""
    t = text.strip()
    if t in _BLANK:
        return None
    m = _NUM_CELL.fullmatch(t)
    if not m:
        return "text"
    rs = readings(m.group(1), style)
    if not rs:
        return "text"
    return Value(m.group(1), rs, bool(m.group(2)), text.index(m.group(1)))


# --- recognition ------------------------------------------------------------------------

_TOTAL_ROW = re.compile(r"(?:tong cong|tong so|tong|cong|toan (?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong|"
                        r"thi tran|quoc|nganh|so|don vi))(?: [a-z]+){0,3}")
_TOTAL_ROW_HEAD = re.compile(r"(?:tong cong|tong so|tong|cong)(?: (?:toan|chung|ca|cac)\b.*)?$|toan \w+")
_TOTAL_COL = re.compile(r"(?:tong so|tong cong|tong|cong)\b")
_STT_HEAD = re.compile(r"(?:stt|tt|so tt|s tt|so thu tu)")
_PCT_HEAD = re.compile(r"\b(?:ty le|ti le|ty trong)\b|%")
_RATE_HEAD = re.compile(r"\b(?:binh quan|trung binh|ty suat|toc do|mat do|don gia|gia|he so|chi so|lai suat|"
                        r"so sanh|tang giam|chenh lech|xep hang|xep loai|diem|thu hang|bq|tb)\b|/")
_CODE_HEAD = re.compile(r"\b(?:ma|ma so|ky hieu|so hieu|so dien thoai|dien thoai)\b")
_YEAR_HEAD = re.compile(r"\bnam\b")
_OF_WHICH = re.compile(r"(?:trong do|trong so|tr do|trd)\b")  # a partial breakdown ("chia ra", "gồm" are whole)
_INDEX_CELL = re.compile(r"\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=.*)?")

# STT cell or label markers: the kind of numbering a row carries.
_MARKS = (
    ("roman", re.compile(r"(?=[IVXL])[IVXL]{1,6}[.)]?")),
    ("decimal", re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")),
    ("arabic", re.compile(r"\d{1,3}[.)]?")),
    ("upper", re.compile(r"[A-Z][.)]?")),
    ("letter", re.compile(r"[a-zđ][.)]?")),
    ("bullet", re.compile(r"[-+*•–]")),
)
_LABEL_MARKS = (
    ("roman", re.compile(r"(?=[IVXL])[IVXL]{1,6}[.)]\s")),
    ("decimal", re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s")),
    ("arabic", re.compile(r"\d{1,3}[.)]\s")),
    ("letter", re.compile(r"[a-zđ]\)\s")),
    ("bullet", re.compile(r"[-+*•–]\s")),
)


class Layout:
    """What the rows and columns of a table are (the rows' roles are filled in by `layout`)."""

    __slots__ = ("table", "header_rows", "data", "headers", "short", "kinds", "parent", "values", "total_rows",
                 "total_cols", "level", "nested", "of_which")

    def __init__(self, table: Table, header_rows: int, data: list[int], headers: list[str], short: list[str],
                 kinds: list[str], parent: list[str]) -> None:
        self.table = table
        self.header_rows = header_rows
        self.data = data  # data row indices, in order
        self.headers = headers  # per column: the header path ("Hồ sơ › Trực tuyến")
        self.short = short  # per column: its lowest header cell
        self.kinds = kinds  # per column: stt, label, num, pct, rate, skip, empty
        self.parent = parent  # per column: its header path above the lowest cell
        self.values: dict[tuple[int, int], Value] = {}
        self.total_rows: list[int] = []
        self.total_cols: list[int] = []
        self.level: dict[int, int] = {}  # item rows -> depth (1 = top); totals 0
        self.nested = True  # False when numbered and unnumbered item rows mix: depths unknown
        self.of_which: set[int] = set()  # "Trong đó", "- ..." rows: never summed

    def __repr__(self) -> str:
        return f"Layout({self.header_rows} header rows, {len(self.data)} data rows, kinds={self.kinds})"

    def label(self, r: int) -> str:
        """The row's name: its label cells (or its STT) as written."""
        seen, parts = set(), []
        for c, k in enumerate(self.kinds):
            cell = self.table.cell(r, c)
            if cell is None or id(cell) in seen or k not in ("label", "empty", "stt"):
                continue
            seen.add(id(cell))
            if cell.text.strip() and (k != "stt" or cell.colspan > 1):
                parts.append(cell.text.strip())
        if not parts and "stt" in self.kinds:
            parts.append(self.table.text(r, self.kinds.index("stt")))
        return " ".join(parts)

    def value(self, r: int, c: int) -> Value | None:
        return self.values.get((r, c))


def clean(s: str) -> str:
    """Folded header or label text without punctuation, units in parentheses kept as words."""
    return " ".join(re.sub(r"[^a-z0-9%/ ]", " ", fold(s)).split())


def _is_index_row(texts: list[str]) -> bool:
    """A row numbering the columns: "(1) | (2) | (3)=(1)+(2)", "A | B | 1 | 2 | 3"."""
    cells = [t.strip() for t in texts if t.strip()]
    if len(cells) < 3 or not all(_INDEX_CELL.fullmatch(t) for t in cells):
        return False
    nums = [int(re.search(r"\d+", t).group()) for t in cells if re.match(r"\(?\d", t)]  # type: ignore[union-attr]
    return len(nums) >= 2 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


def _numbered(text: str) -> bool:
    t = text.strip()
    return any(rx.fullmatch(t) for name, rx in _MARKS if name != "bullet")


def distinct(table: Table, r: int) -> list[tuple[int, Cell]]:
    out, seen = [], set()
    for c in range(table.ncols):
        cell = table.cell(r, c)
        if cell is not None and id(cell) not in seen:
            seen.add(id(cell))
            out.append((c, cell))
    return out


def layout(table: Table, style: str = "vi") -> Layout | None:
    """Recognise a table's header, columns and rows; None when its structure is unclear."""
    n, w = table.nrows, table.ncols
    if n < 2 or w < 2 or any(len(row) != w for row in table.grid):
        return None
    vals: dict[tuple[int, int], Value | str | None] = {}
    for r in range(n):
        for c, cell in distinct(table, r):
            v = value_of(cell.text, style)
            if cell.colspan > 1 or cell.row != r:  # spans and vertical continuations are not figures
                v = v if v is None else "text"
            for cc in range(c, c + cell.colspan):
                vals[(r, cc)] = v if cell.row == r else None
    header, index_rows = 1, set()
    while header < n:
        texts = [table.text(header, c) for c in range(w)]
        if _is_index_row(texts):
            index_rows.add(header)
        elif any(isinstance(vals.get((header, c)), Value) for c in range(1, w)) or _numbered(texts[0]):
            break  # figures, or a numbered group heading ("I | Khối tỉnh | |"): the data begin
        header += 1
    data = list(range(header, n))
    if not data or header > 4:
        return None
    headers, short, parent = [], [], []
    for c in range(w):
        path: list[str] = []
        for r in range(header):
            cell = table.cell(r, c)
            t = cell.text.strip() if cell is not None else ""
            if t and r not in index_rows and (not path or path[-1] != t):
                path.append(t)
        headers.append(" › ".join(path))
        short.append(path[-1] if path else "")
        parent.append(" › ".join(path[:-1]))
    kinds = [_column_kind(c, headers[c], [vals.get((r, c)) for r in data]) for c in range(w)]
    lay = Layout(table, header, data, headers, short, kinds, parent=parent)
    lay.values = {k: v for k, v in vals.items() if isinstance(v, Value) and k[0] >= header}
    _rows(lay)
    lay.total_cols = [c for c in range(w) if kinds[c] == "num" and _TOTAL_COL.match(clean(short[c]))]
    return lay


def _column_kind(c: int, header: str, cells: list) -> str:
    h = clean(header)
    low = clean(header.split(" › ")[-1])
    nums = [v for v in cells if isinstance(v, Value)]
    texts = [v for v in cells if v == "text"]
    if _STT_HEAD.fullmatch(low) or (c == 0 and not low and not nums):
        return "stt"
    if c == 0 and not low and all(v is None or isinstance(v, Value) and v.reading.decimals == 0 for v in cells):
        return "stt"  # an unnamed first column numbered 1, 2, 3
    if texts or not nums:
        return "label" if texts else "empty"
    if any(v.percent for v in nums) or _PCT_HEAD.search(h):
        return "pct"
    if _RATE_HEAD.search(low) or _CODE_HEAD.search(low):
        return "rate" if _RATE_HEAD.search(low) else "skip"
    if _YEAR_HEAD.search(low) and all(_YEAR.fullmatch(v.raw) for v in nums):
        return "skip"  # "Năm thành lập": years, not amounts
    if any(v.reading.decimals and len(v.readings) == 1 for v in nums) and _RATE_HEAD.search(h):
        return "rate"
    return "num"


def _marker(lay: Layout, r: int) -> str:
    """The numbering style of a row: from its STT cell, else from the start of its label."""
    if "stt" in lay.kinds:
        t = lay.table.text(r, lay.kinds.index("stt")).strip()
        cell = lay.table.cell(r, lay.kinds.index("stt"))
        if t and cell is not None and cell.colspan == 1:
            return next((name for name, rx in _MARKS if rx.fullmatch(t)), "other")
    label = lay.label(r)
    return next((name for name, rx in _LABEL_MARKS if rx.match(label)), "")


def _rows(lay: Layout) -> None:
    """Total rows, "trong đó" rows, and the depth of every other row."""
    styles: list[str] = []
    marks: dict[int, str] = {}
    for r in lay.data:
        label = clean(lay.label(r))
        mark = _marker(lay, r)
        stt_blank = "stt" not in lay.kinds or mark == "" or lay.table.cell(r, lay.kinds.index("stt")).colspan > 1  # type: ignore[union-attr]
        if stt_blank and _TOTAL_ROW.fullmatch(label) and _TOTAL_ROW_HEAD.match(label):
            lay.total_rows.append(r)
            lay.level[r] = 0
            continue
        if mark == "bullet" or _OF_WHICH.match(label):
            lay.of_which.add(r)
            continue
        marks[r] = mark
        if mark and mark not in styles:
            styles.append(mark)
    for r, mark in marks.items():
        lay.level[r] = styles.index(mark) + 1 if mark else len(styles) + 1
    # unnumbered rows among numbered ones may be group headings or items: unclear
    lay.nested = not (styles and any(not m for m in marks.values()))


def partial(header: str) -> bool:
    """A header or label that introduces a partial breakdown ("Trong đó")."""
    return bool(_OF_WHICH.match(clean(header)))
