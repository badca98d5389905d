"""Score reportlint's numbering rules on whole test reports of varied structure.

    python bench/structure_score.py                       # uses `reportlint` on PATH
    python bench/structure_score.py --cmd /path/to/venv/bin/reportlint --verbose

The reports in tests/structure/ are written for this bench in the styles public bodies use:
a report in two parts ('PHẦN I', 'Phần thứ nhất'), in parts lettered A and B, an ordinary
report with sections, points and sub-sections, a report with an appendix after its
signature, and a regulation in chapters and articles. Each is correct as written.

Prints:

(a) false alarms: errors and warnings on the correct reports (every rule, listed), and how
    many of them are numbering findings (structure.*);
(b) recall: each numbered heading is changed once to skip a number ('2.' -> '3.') and, when
    it has a sibling before it, once to repeat that sibling's number ('2.' -> '1.'); a
    mutation is found when a structure.* error or warning sits on its line.

The headings and their siblings are read from the text by plain patterns here (part,
Roman, Arabic, decimal, letter), not by reportlint's outline, so the bench does not grade
the outline by itself. It is a report, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "structure"

LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
ROMANS = "I II III IV V VI VII VIII IX X".split()
# A part ends the siblings of every level below it.
_PART = re.compile(r"(?:PHẦN|Phần|Chương|CHƯƠNG|Điều|PHỤ LỤC|Phụ lục)\b|[A-ZĐ]\. [A-ZĐÀ-Ỹ ,-]+$")
_LEVELS = [  # (level, pattern of the number at the start of a line, its kind)
    (1, re.compile(r"(?P<num>[IVX]+)(?P<sep>\.) "), "roman"),
    (3, re.compile(r"(?P<num>\d{1,2}\.\d{1,2})(?P<sep>\.?) "), "decimal"),
    (2, re.compile(r"(?P<num>\d{1,2})(?P<sep>\.) "), "arabic"),
    (4, re.compile(r"(?P<num>[a-zđ])(?P<sep>\)) "), "letter"),
]


def headings(lines: list[str]) -> list[tuple[int, int, str, str, int | None]]:
    """(line index, level, kind, number, index of the sibling before it or None) of each numbered line."""
    out: list[tuple[int, int, str, str, int | None]] = []
    last: dict[int, int] = {}  # level -> line index of the last heading of that level in the open scope
    for i, line in enumerate(lines):
        if _PART.match(line):
            last.clear()
            continue
        for level, pattern, kind in _LEVELS:
            m = pattern.match(line)
            if m and _value(kind, m.group("num")) is not None:
                out.append((i, level, kind, m.group("num"), last.get(level)))
                last = {k: v for k, v in last.items() if k < level}  # a heading closes the levels below it
                last[level] = i
                break
    return out


def _value(kind: str, num: str) -> int | None:
    if kind == "roman":
        return ROMANS.index(num) + 1 if num in ROMANS else None
    if kind == "letter":
        return LETTERS.index(num) + 1 if num in LETTERS else None
    return int(num.rsplit(".", 1)[-1])


def _number(kind: str, like: str, value: int) -> str:
    if kind == "roman":
        return ROMANS[value - 1]
    if kind == "letter":
        return LETTERS[value - 1]
    if kind == "decimal":
        return f"{like.rsplit('.', 1)[0]}.{value}"
    return str(value)


def mutations(text: str) -> list[tuple[str, int, str]]:
    """(what was done, 1-based line, the mutated text) for each numbered heading."""
    lines = text.split("\n")
    out = []
    for i, _, kind, num, before in headings(lines):
        value = _value(kind, num)
        changes = [("skip", value + 1)]
        if before is not None:
            prev = re.match(r"\S+", lines[before]).group(0).rstrip(".)")
            changes.append(("repeat", _value(kind, prev)))
        for what, new in changes:
            if new is None or not 0 < new <= (len(ROMANS) if kind == "roman" else len(LETTERS) if kind == "letter" else 99):
                continue
            changed = lines[:i] + [_number(kind, num, new) + lines[i][len(num):]] + lines[i + 1:]
            out.append((what, i + 1, "\n".join(changed)))
    return out


def run(cmd: list[str], texts: dict[str, str]) -> dict[str, list[dict]]:
    """Findings of every text, by name (one reportlint call for all)."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        out = subprocess.run([*cmd, "check", "--format", "json", "--exit-zero", tmp], capture_output=True, text=True)
        data = json.loads(out.stdout)
    return {Path(f["path"]).name: f["diagnostics"] for f in data["files"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cmd", default="reportlint", help="how to run reportlint (default: %(default)s)")
    ap.add_argument("--verbose", action="store_true", help="list every false alarm and missed mutation")
    args = ap.parse_args()
    cmd = shlex.split(args.cmd)
    reports = {p.name: p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))}

    clean = run(cmd, reports)
    alarms = [(name, d) for name, ds in clean.items() for d in ds if d["severity"] in ("error", "warning")]
    numbering = [a for a in alarms if a[1]["rule"].startswith("structure.")]
    print(f"(a) false alarms on {len(reports)} correct reports: {len(alarms)} errors and warnings, "
          f"{len(numbering)} of them numbering findings")
    for name, d in alarms if args.verbose or numbering else []:
        print(f"    {name}:{d['line']} {d['rule']} {d['message']}")

    cases = {f"{Path(name).stem}-{k:03d}.txt": (what, line, text)
             for name, report in reports.items() for k, (what, line, text) in enumerate(mutations(report))}
    found = run(cmd, {name: text for name, (_, _, text) in cases.items()})
    hits: Counter = Counter()
    totals: Counter = Counter()
    missed = []
    for name, (what, line, _) in cases.items():
        totals[what] += 1
        if any(d["rule"].startswith("structure.") and d["severity"] in ("error", "warning") and d["line"] == line
               for d in found.get(name, [])):
            hits[what] += 1
        else:
            missed.append((name, what, line))
    n, k = sum(totals.values()), sum(hits.values())
    print(f"(b) recall: {k}/{n} = {100 * k / max(n, 1):.1f}% numbering slips found on their line "
          + ", ".join(f"{w} {hits[w]}/{totals[w]}" for w in sorted(totals)))
    for name, what, line in missed if args.verbose else []:
        print(f"    missed {what} at {name}:{line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
