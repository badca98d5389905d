"""How table checking scales: time for a Markdown pipe table of 1x, 4x and 16x rows.

Linear work prints ratios near 4 and 16 (issue 16: `Table.ncols` recomputed per cell made
15,000 rows take 27 s). Each size is linted in process, best of three runs.

    python bench/scaling_tables.py [base rows, default 1000]
"""

from __future__ import annotations

import sys
import time

from reportlint.api import lint_text


def markdown_table(rows: int) -> str:
    """A report paragraph, then a table of `rows` units with consistent figures."""
    lines = ["Số hồ sơ của các xã như sau:", "", "| STT | Đơn vị | Hồ sơ | Trực tuyến |", "|---|---|---|---|"]
    lines += [f"| {i} | Xã số {i} | {100 + i % 50} | {i % 30} |" for i in range(1, rows + 1)]
    return "\n".join(lines) + "\n"


def best_time(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        lint_text(text, "table.md", markdown=True)
        best = min(best, time.perf_counter() - start)
    return best


def main(base: int) -> None:
    lint_text(markdown_table(10), "warm-up.md", markdown=True)  # rules, caches and grammar loaded once
    first = None
    for factor in (1, 4, 16):
        seconds = best_time(markdown_table(base * factor))
        first = first or seconds
        print(f"{base * factor:>7} rows  {seconds:7.3f} s  ratio {seconds / first:5.1f}  (linear: {factor})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
