"""Instructions per report under valgrind: a speed figure that does not depend on a noisy machine.

    python bench/instructions.py          # ~1 minute; needs valgrind (apt-get install valgrind)

Wall-clock figures on a shared 2-core machine vary ±30% from minute to minute, so a change
of a few percent cannot be seen in them. valgrind's callgrind counts the instructions the
interpreter executes: with the hash seed fixed (as here) the same run gives the same count to
~0.2%, so a change of 0.5% can be read. The script runs the corpus reports 0 and 2 times after the same warm-up and divides the
difference by the number of reports linted: start-up and warm-up cancel out. Every
repeat is read as a new report, as in bench.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def child(passes: int) -> None:
    """Warm up, then lint the corpus `passes` times (run under valgrind)."""
    from reportlint.api import lint_path
    from reportlint.config import load_config
    from bench import _as_new_report  # bench/bench.py, next to this file

    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    cfg = load_config(None)
    for f in files:
        lint_path(f, cfg)
    for _ in range(passes):
        for f in files:
            _as_new_report()  # lines and first characters do not recur across reports
            lint_path(f, cfg)


def instructions(cmd: list[str], env: dict[str, str] | None = None) -> int:
    """The instructions `cmd` executes, counted by valgrind's callgrind (its output discarded)."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit(f"valgrind gave no count:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def count(passes: int) -> int:
    # a fixed hash seed: set and dict orders, and so the work, repeat from run to run (the count
    # then repeats to ~0.2%, against ±1% with a random seed)
    return instructions([sys.executable, __file__, "--child", str(passes)], env={**os.environ, "PYTHONHASHSEED": "0"})


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind")
        return 2
    n = len([p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md")])
    count(0)  # a first run fills the user's cache (rule files, tables) if this install's is empty: not counted
    per_report = (count(2) - count(0)) / (2 * n)
    print(f"{per_report / 1e6:.1f} M instructions per report (all rules, {n} corpus reports)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
