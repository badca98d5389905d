"""Does the whole linter grow linearly with its input? (issue 16: no small input may hang it)

Lints, with every rule, 1x, 4x and 16x a base size of:

- the corpus text joined into one paragraph;
- one Markdown table of consistent rows (`Table.ncols` once made 15,000 rows take 27 s);
- one file: the corpus reports one after another (an archive pasted into one file);
- the two inputs that were once super-linear: nested listings, "Tổng cộng 12 (gồm 5 "
  repeated (every "gồm" rescanned the paragraph), and a long word between a figure and a
  percentage (a share pattern backtracked).

Prints CPU times (on a shared machine, wall time measures the other processes too), best
of three, and the ratios to the 1x time: linear growth gives about 4 and 16, quadratic 16
and 256. A stage bounded per paragraph (a listing longer than MAX_LISTING_CHARS is not
read) adds a fixed cost, so its ratios stay below 4 and 16.

    python bench/scaling.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlint.api import lint_text  # noqa: E402

CORPUS = sorted((ROOT / "tests" / "corpus").glob("travinh-*"))


def corpus_paragraph(size: int, unit: int = 6_000) -> str:
    """The corpus text joined into one line: its first `unit` characters repeated, so that
    every size holds the same mix (the OCR report's symbols start further in)."""
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in CORPUS)
    return "- " + (" " + text[:unit]) * (size // unit) + "\n"


def table(rows: int) -> str:
    lines = ["Số hồ sơ của các xã như sau:", "", "| STT | Đơn vị | Hồ sơ | Trực tuyến |", "|---|---|---|---|"]
    lines += [f"| {i} | Xã số {i} | {100 + i % 50} | {i % 30} |" for i in range(1, rows + 1)]
    return "\n".join(lines) + "\n"


def one_file(copies: int) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in CORPUS) * copies


def nested(size: int) -> str:
    unit = "Tổng cộng 12 (gồm 5 "
    return "- " + unit * (size // len(unit)) + "\n"


def long_word(size: int) -> str:
    return "- Tiếp nhận 12 hồ sơ " + "a" * size + "! 5%.\n"


def seconds(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        lint_text(text, "scaling.md", markdown=True)
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    cases = {"corpus text as one paragraph": (corpus_paragraph, 6_000, "chars"),  # 16x: near MAX_LINE_CHARS
             "one Markdown table": (table, 1_000, "rows"),
             "one file of the corpus reports": (one_file, 1, "copies"),
             "nested listings (gồm)": (nested, 6_000, "chars"),
             "long word before a percentage": (long_word, 800, "chars")}
    lint_text("- Khởi động.\n", "warm.md", markdown=True)  # imports and caches out of the timings
    for name, (make, base, unit) in cases.items():
        times = [seconds(make(base * k)) for k in (1, 4, 16)]
        ratios = "  ".join(f"{t / times[0]:5.1f}" for t in times)
        print(f"{name:32} {base:>6} {unit:6} x1/x4/x16: " + "  ".join(f"{t * 1000:8.1f} ms" for t in times)
              + f"   ratios {ratios}")


if __name__ == "__main__":
    main()
