"""Where a one-command check of the corpus reports spends its time, stage by stage.

    python bench/startup_stages.py                 # the three corpus reports
    python bench/startup_stages.py REPORT ...

Run it in a fresh interpreter (`bench/startup.py --where` does): it times, through the
library API, the same stages `reportlint check` goes through — importing, reading the rule
set, loading, building the outline, each rule — and then lints the same reports a second
time in the same process. The difference between the two passes is first-use work: word
tables built, per-syllable answers remembered, patterns compiled. What remains in the second
pass is the work a report costs however warm the process is.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
T0 = time.perf_counter()

from reportlint.text import pattern_cache  # noqa: E402 - timed: the command line installs it first

pattern_cache.install()
from reportlint import api  # noqa: E402
from reportlint.analysis.outline import build  # noqa: E402
from reportlint.loaders import load  # noqa: E402


def lint_by_rule(paths: list[str], rules: list, timings: Counter) -> tuple[float, float]:
    """Load, outline and lint `paths` rule by rule; (load + outline seconds, lint seconds)."""
    from reportlint.checks import get_kind

    t = time.perf_counter()
    outlines = [build(load(p)) for p in paths]
    t_outline = time.perf_counter() - t
    t = time.perf_counter()
    for outline in outlines:
        for rule in rules:
            start = time.perf_counter()
            list(get_kind(rule.kind).check(outline, rule.options))
            timings[rule.kind] += time.perf_counter() - start
    return t_outline, time.perf_counter() - t


def main(paths: list[str]) -> None:
    from reportlint.checks import get_kind, is_cross_report

    imported = time.perf_counter()
    config = api.load_config(None)
    rules = [r for r in config.active_rules(paths[0]) if not is_cross_report(get_kind(r.kind))]
    ruled = time.perf_counter()
    first, again = Counter(), Counter()
    outline1, lint1 = lint_by_rule(paths, rules, first)
    outline2, lint2 = lint_by_rule(paths, rules, again)
    print(f"stages of one check of {len(paths)} reports (a second pass over the same reports, warm, in brackets)")
    print(f"  imports (library, text tables) {1000 * (imported - T0):6.1f} ms")
    print(f"  rule set read and validated    {1000 * (ruled - imported):6.1f} ms")
    print(f"  load and outline               {1000 * outline1:6.1f} ms  ({1000 * outline2:.1f})")
    print(f"  rules                          {1000 * lint1:6.1f} ms  ({1000 * lint2:.1f})")
    for kind, seconds in first.most_common(8):
        print(f"    {kind:26s}   {1000 * seconds:6.1f} ms  ({1000 * again[kind]:.1f})")


if __name__ == "__main__":
    main(sys.argv[1:] or [str(p) for p in sorted((ROOT / "tests" / "corpus").glob("travinh-*"))])
