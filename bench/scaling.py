"""Does reading claims grow linearly with the paragraph? (issue 16: no input may hang it)

Times the claims of one paragraph at 1x, 4x and 16x a base size, for the corpus text joined
into one paragraph and for the two inputs that were once super-linear:

- nested listings, "Tổng cộng 12 (gồm 5 " repeated (every "gồm" rescanned the paragraph);
- a long word between a figure and a percentage (a share pattern backtracked 5 ways).

Prints the times and the ratios to the 1x time: linear growth gives about 4 and 16
(quadratic 16 and 256). Run from anywhere: python bench/scaling.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlint.analysis.claims import extract  # noqa: E402
from reportlint.analysis.outline import build  # noqa: E402
from reportlint.loaders.text import from_text  # noqa: E402


def corpus_paragraph(size: int, unit: int = 12_000) -> str:
    """The corpus text joined into one line: its first `unit` characters, repeated (so that
    every size holds the same mix of claims)."""
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted((ROOT / "tests" / "corpus").glob("travinh-*.txt")))
    return "- " + (" " + text[:unit]) * (size // unit) + "\n"


def nested(size: int) -> str:
    unit = "Tổng cộng 12 (gồm 5 "
    return "- " + unit * (size // len(unit)) + "\n"


def long_word(size: int) -> str:
    return "- Tiếp nhận 12 hồ sơ " + "a" * size + "! 5%.\n"


def seconds(text: str, repeat: int = 5) -> float:
    """The fastest of `repeat` extractions of the text's claims (loading and outline excluded),
    in CPU time: on a shared machine, wall time measures the other processes too."""
    paras = build(from_text(text, "scaling.txt")).body_paragraphs()
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        extract(paras)
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    cases = {"corpus text as one paragraph": (corpus_paragraph, 12_000),
             # every "gồm" reads its listing up to the sentence end, at most MAX_LISTING_CHARS:
             # a fixed cost at the paragraph's end, so the ratios stay below 4 and 16
             "nested listings (gồm)": (nested, 6_000),
             "long word before a percentage": (long_word, 800)}
    for name, (make, base) in cases.items():
        times = [seconds(make(base * k)) for k in (1, 4, 16)]
        ratios = "  ".join(f"{t / times[0]:6.1f}" for t in times)
        print(f"{name:32} {base:>6} chars x1/x4/x16: " + "  ".join(f"{t * 1000:8.2f} ms" for t in times)
              + f"   ratios {ratios}")


if __name__ == "__main__":
    main()
