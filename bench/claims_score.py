"""Score reportlint's claim checking against the claims catalogue and the whole test reports.

    python bench/claims_score.py                       # uses `reportlint` on PATH
    python bench/claims_score.py --cmd /path/to/venv/bin/reportlint
    python bench/claims_score.py --cmd "python -m reportlint" --verbose

Prints three figures (issue 15, "Must show"):

(a) recall on the catalogue (tests/claims/catalogue/*.yaml): the share of wrong variants
    with a finding of category arithmetic, percentage or table at the right place. For a
    percentage, growth, plan or ratio slip, the finding must sit on the slipped figure's
    line and its column range must cover that figure. For a slip that breaks a sum (total
    and parts), a finding on any line of that claim's figures counts (the total's line,
    or the part's, or a range spanning them);
(b) false alarms: correct (ok) texts with any arithmetic, percentage or table finding,
    listed one by one;
(c) coverage on the whole reports (tests/claims/reports/): sidecar claims checked ÷ claims
    present, read from `reportlint check --explain --format json`. A sidecar claim counts
    as checked when the file object's "claims" list has an entry with status "verified" or
    "failed" on its line whose column range covers its figure. Until the engine writes
    that key, this prints "coverage: n/a (no claims in --explain JSON)".

Then recall per shape. Texts go through reportlint as temporary .md files, many per call.
It is a report, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "tests" / "claims"
sys.path.insert(0, str(CLAIMS))

import yaml  # noqa: E402
from verify_catalogue import (  # noqa: E402
    check_figures, check_holds, load_catalogue, numbers, split_check, substitute)

CATEGORIES = {"arithmetic", "percentage", "table"}
SELECT = "arithmetic,percentage,table"


@dataclass
class Case:
    """One text sent to reportlint: an ok text or one wrong variant."""
    entry: dict
    text: str
    wrong: dict | None = None
    path: Path | None = None
    findings: list = field(default_factory=list)


def run_json(cmd: list[str], args: list[str], files: list[Path]) -> tuple[dict, str]:
    """Run reportlint on files; return the JSON object it printed (and stderr)."""
    proc = subprocess.run(cmd + args + [str(f) for f in files], capture_output=True,
                          text=True, encoding="utf-8", cwd=files[0].parent if files else None)
    out = proc.stdout
    start = out.find("\n{")
    start = 0 if out.startswith("{") else (start + 1 if start >= 0 else -1)
    if start < 0:
        return {}, proc.stderr.strip() or f"no JSON in the output (exit {proc.returncode})"
    try:
        data, _ = json.JSONDecoder().raw_decode(out[start:])
    except json.JSONDecodeError as error:
        return {}, f"unreadable JSON: {error}"
    return data, proc.stderr.strip()


def lint(cmd: list[str], cases: list[Case], batch: int) -> list[str]:
    errors = []
    by_path = {c.path.resolve(): c for c in cases}
    for i in range(0, len(cases), batch):
        chunk = [c.path for c in cases[i:i + batch]]
        data, err = run_json(cmd, ["check", "--format", "json", "--select", SELECT,
                                   "--no-summary", "--color", "never"], chunk)
        if not data and err:
            errors.append(err)
        for file in data.get("files", []):
            case = by_path.get(Path(file["path"]).resolve())
            if case is None:
                continue
            case.findings = [d for d in file.get("diagnostics", [])
                             if d.get("rule", "").split(".")[0] in CATEGORIES]
    return errors


def slipped(case: Case) -> tuple[int, int, int, str, str]:
    """(line, first column, end column exclusive, old figure, new figure) of the slip."""
    before, after = numbers(case.entry["ok"]), numbers(case.text)
    for (_, _, old), (line, col, new) in zip(before, after):
        if old != new:
            return line, col, col + len(new), old, new
    raise ValueError(f"{case.entry['id']}: no slipped figure")


def covers(finding: dict, line: int, start: int, end: int) -> bool:
    first, last = finding["line"], finding.get("end_line") or finding["line"]
    if not first <= line <= last:
        return False
    lo = finding["column"] if first == line else 1
    hi = finding.get("end_column", 10 ** 9) if last == line else 10 ** 9
    return lo <= start and end - 1 <= hi


def found(case: Case) -> bool:
    line, start, end, old, new = slipped(case)
    style = case.entry.get("style", "vi")
    broken = [c for c in case.entry.get("check", []) if old in check_figures(c)
              and not check_holds(substitute(c, old, new), style)]
    if any(split_check(c)[0] == "sum" for c in broken):
        figures = {f for c in broken for f in check_figures(substitute(c, old, new))}
        lines = {ln for ln, _, f in numbers(case.text) if f in figures} | {line}
        return any(set(range(d["line"], (d.get("end_line") or d["line"]) + 1)) & lines
                   for d in case.findings)
    return any(covers(d, line, start, end) for d in case.findings)


def figure_spans(line_text: str, figure: str) -> list[tuple[int, int]]:
    bare = figure.rstrip("%")
    spans = []
    for _, col, token in numbers(line_text):
        if token == bare:
            spans.append((col, col + len(token)))
    return spans


def coverage(cmd: list[str], reports: Path) -> tuple[str, list[str]]:
    sidecars = sorted(reports.glob("*.claims.yaml"))
    pairs = []
    for sidecar in sidecars:
        stem = sidecar.name[: -len(".claims.yaml")]
        texts = [p for p in reports.iterdir() if p.name.startswith(stem + ".") and p != sidecar]
        if texts:
            pairs.append((texts[0], yaml.safe_load(sidecar.read_text(encoding="utf-8"))))
    if not pairs:
        return "coverage: n/a (no reports)", []
    data, err = run_json(cmd, ["check", "--explain", "--format", "json", "--color", "never"],
                         [p for p, _ in pairs])
    files = {Path(f["path"]).resolve(): f for f in data.get("files", [])}
    if not any("claims" in f for f in files.values()):
        note = f" [{err}]" if err and not data else ""
        return "coverage: n/a (no claims in --explain JSON)" + note, []
    lines_out, checked_all, present_all = [], 0, 0
    per_kind = defaultdict(lambda: [0, 0])
    for path, sidecar in pairs:
        text_lines = path.read_text(encoding="utf-8").splitlines()
        seen = files.get(path.resolve(), {}).get("claims", [])
        checked = 0
        for claim in sidecar["claims"]:
            spans = figure_spans(text_lines[claim["line"] - 1], claim["figure"])
            ok = any(c.get("status") in ("verified", "failed") and c.get("line") == claim["line"]
                     and c.get("column", 10 ** 9) <= s and e - 1 <= c.get("end_column", 0)
                     for c in seen for s, e in spans)
            checked += ok
            per_kind[claim["kind"]][0] += ok
            per_kind[claim["kind"]][1] += 1
        present = len(sidecar["claims"])
        checked_all += checked
        present_all += present
        lines_out.append(f"    {path.name:<36} {checked:>3}/{present:<3}")
    for kind, (c, n) in sorted(per_kind.items()):
        lines_out.append(f"    kind {kind:<31} {c:>3}/{n:<3}")
    share = 100 * checked_all / present_all if present_all else 0.0
    return f"coverage: {checked_all}/{present_all} = {share:.1f}%", lines_out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", default="reportlint", help="the reportlint command to run")
    parser.add_argument("--catalogue", type=Path, default=CLAIMS / "catalogue")
    parser.add_argument("--reports", type=Path, default=CLAIMS / "reports")
    parser.add_argument("--batch", type=int, default=150, help="files per reportlint call")
    parser.add_argument("--verbose", action="store_true", help="list the missed variants too")
    args = parser.parse_args()
    cmd = shlex.split(args.cmd)

    entries = [e for _, e in load_catalogue(args.catalogue)]
    ok_cases = [Case(e, e["ok"]) for e in entries]
    wrong_cases = [Case(e, w["text"], w) for e in entries for w in e["wrong"]]
    print(f"claims score: {args.cmd}")
    print(f"catalogue: {len(entries)} entries "
          f"({sum(1 for e in entries if e['claims'])} with claims), "
          f"{len(wrong_cases)} wrong variants")
    try:
        with tempfile.TemporaryDirectory(prefix="claims-score-") as tmp:
            for n, case in enumerate(ok_cases + wrong_cases):
                case.path = Path(tmp) / f"{n:04d}.md"
                case.path.write_text(case.text, encoding="utf-8")
            errors = lint(cmd, ok_cases + wrong_cases, args.batch)
        for error in errors[:3]:
            print(f"  reportlint said: {error[:300]}")

        hits = [found(c) for c in wrong_cases]
        recall = 100 * sum(hits) / len(hits) if hits else 0.0
        print(f"(a) wrong variants found at the right place: {sum(hits)}/{len(hits)} = "
              f"{recall:.1f}%")
        flagged_ok = {id(c.entry) for c in ok_cases if c.findings}
        hollow = sum(1 for c, hit in zip(wrong_cases, hits) if hit and id(c.entry) in flagged_ok)
        if hollow:
            print(f"    of which {hollow} on entries whose ok text is flagged too "
                  f"(those hits show no discrimination)")
        alarms = [c for c in ok_cases if c.findings]
        print(f"(b) false alarms (ok texts with an arithmetic/percentage/table finding): "
              f"{len(alarms)}/{len(ok_cases)}")
        for case in alarms:
            for d in case.findings:
                print(f"    {case.entry['id']}: {d['rule']} line {d['line']}: {d['message']}")
        summary, detail = coverage(cmd, args.reports)
        print(f"(c) {summary}")
        for line in detail:
            print(line)

        print("recall per shape:")
        per_shape = defaultdict(lambda: [0, 0])
        for case, hit in zip(wrong_cases, hits):
            per_shape[case.entry["shape"]][0] += hit
            per_shape[case.entry["shape"]][1] += 1
        for shape, (h, n) in sorted(per_shape.items()):
            print(f"    {shape:<34} {h:>3}/{n:<3} {100 * h / n:5.1f}%")
        if args.verbose:
            print("missed:")
            for case, hit in zip(wrong_cases, hits):
                if not hit:
                    print(f"    {case.entry['id']} ({case.wrong['slip']}, line "
                          f"{case.wrong['line']}, {case.wrong['figure']})")
    except FileNotFoundError as error:
        print(f"cannot run {args.cmd!r}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
