"""A table (bảng số liệu) as a grid of cells that point back at the document's lines.

A merged cell (w:gridSpan / w:vMerge) is one `Cell` that every grid position it covers
points at, with its `rowspan`/`colspan`. A cell keeps its text as `pieces`: (Line, start,
end) ranges of the Document's own lines, so a finding on a cell points at the .docx
paragraph number or the Markdown line and column. Loaders build tables; analysis reads them.
"""

from __future__ import annotations

from reportlint.lazy import cached_property
from reportlint.model.document import Line


class Cell:
    """One cell: its top-left grid position, its span, and where its text is."""

    def __init__(self, row: int, col: int, rowspan: int = 1, colspan: int = 1,
                 pieces: tuple[tuple[Line, int, int], ...] = ()) -> None:
        self.row = row
        self.col = col
        self.rowspan = rowspan
        self.colspan = colspan
        self.pieces = pieces  # (line, start, end) of its text in line.text

    def __repr__(self) -> str:
        return f"Cell({self.row}, {self.col}, rowspan={self.rowspan}, colspan={self.colspan})"

    @cached_property
    def text(self) -> str:
        return " ".join(ln.text[a:b] for ln, a, b in self.pieces if b > a)

    @property
    def lineno(self) -> int:
        return self.pieces[0][0].lineno if self.pieces else 0


class Table:
    """A grid of cells; `grid[r][c]` is the Cell covering that position (None for a gap)."""

    def __init__(self, grid: list[list[Cell | None]], source: str = "") -> None:
        self.grid = grid
        self.source = source  # "docx" or "md"

    def __repr__(self) -> str:
        return f"Table({len(self.grid)} rows, {self.source!r})"

    @property
    def nrows(self) -> int:
        return len(self.grid)

    @cached_property
    def ncols(self) -> int:
        """The widest row's length; computed once (layout asks it for every row), so the
        grid must not change after the table is made."""
        return max((len(r) for r in self.grid), default=0)

    def cell(self, r: int, c: int) -> Cell | None:
        row = self.grid[r] if 0 <= r < len(self.grid) else []
        return row[c] if 0 <= c < len(row) else None

    def text(self, r: int, c: int) -> str:
        cell = self.cell(r, c)
        return cell.text if cell is not None else ""


