"""Start-up as a pre-commit user feels it: `reportlint check` on the three corpus reports
in one command, side by side with `codespell` on the same files, in one run.

    python bench/startup.py            # 15 runs of each
    python bench/startup.py --runs 31
    python bench/startup.py --where    # also: which modules it imports, and the time of each stage
    python bench/startup.py --without typo.word   # also: the same check with a rule ignored
    python bench/startup.py --instructions        # also: both counted by valgrind (no clock noise)

The two commands alternate (reportlint, codespell, reportlint, ...) so that both see the
same load on a shared machine; the medians and their ratio are printed (issue 14 wants
reportlint no slower: ratio <= 1.0). codespell is not a dependency: if it is missing the
script says so and installs nothing.

Both run as an installed tool runs: with bytecode caches (a sandbox that sets
PYTHONDONTWRITEBYTECODE would otherwise time Python compiling our sources) and after one
warm-up run each (reportlint's rule and grammar caches are filled on the first run).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "tests" / "corpus").glob("travinh-*"))
TARGET_RATIO = 1.0


def reportlint_cmd() -> list[str]:
    """The console script next to this interpreter, else `python -m reportlint`."""
    script = Path(sys.executable).parent / "reportlint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reportlint"]


def codespell_cmd() -> list[str] | None:
    here = Path(sys.executable).parent / "codespell"
    exe = str(here) if here.exists() else shutil.which("codespell")
    return [exe] if exe else None


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "NO_COLOR": "1"}


def once(cmd: list[str], env: dict[str, str]) -> float:
    """Wall time of one run, output discarded (a hook's output goes to a pipe)."""
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    return time.perf_counter() - t


def side_by_side(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Each command `runs` times, interleaved, after one warm-up run each."""
    env = environment()
    for cmd in commands.values():
        once(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(once(cmd, env))
    return times


def import_times(cmd_args: list[str]) -> dict[str, float]:
    """Seconds spent importing each module (its own time, not its imports'), from one
    `python -X importtime -m reportlint ...` run."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "reportlint", *cmd_args], capture_output=True,
                         text=True, env=environment(), cwd=ROOT)
    own: dict[str, float] = {}
    for line in run.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if line.startswith("import time:") and len(fields) == 3 and fields[0].strip().isdigit():
            own[fields[2].strip()] = int(fields[0]) / 1e6
    return own


def where(files: list[str], total: float) -> None:
    """The share of a run spent importing, by package, and the slowest modules."""
    own = import_times(["check", *files])
    by_package: dict[str, float] = {}
    for name, seconds in own.items():
        parts = name.split(".")
        package = ".".join(parts[:2]) if parts[0] == "reportlint" else "(python and libraries)"
        by_package[package] = by_package.get(package, 0.0) + seconds
    print(f"importing: {sum(own.values()):.3f} s of a {total:.3f} s run (-X importtime inflates it a little)")
    for package, seconds in sorted(by_package.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {package:28s} {1000 * seconds:6.1f} ms")
    slowest = sorted(own.items(), key=lambda kv: -kv[1])[:8]
    print("  slowest modules: " + ", ".join(f"{name} {1000 * s:.1f} ms" for name, s in slowest))
    stages = subprocess.run([sys.executable, str(ROOT / "bench" / "startup_stages.py"), *files],
                            capture_output=True, text=True, env=environment(), cwd=ROOT)
    print(stages.stdout or stages.stderr, end="")


def counted(commands: dict[str, list[str]]) -> None:
    """Each command's instructions under valgrind (after the warm-up runs above), and the ratio."""
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts (apt-get install valgrind)")
        return
    from instructions import instructions  # bench/instructions.py, next to this file

    counts = {name: instructions(cmd, environment()) for name, cmd in commands.items() if name != "python -c pass"}
    for name, n in counts.items():
        print(f"  {name.strip():18s} {n / 1e6:6.0f} M instructions")
    if "codespell" in counts:
        print(f"reportlint / codespell in instructions: {counts['reportlint check'] / counts['codespell']:.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="runs of each command (median)")
    ap.add_argument("--where", action="store_true", help="also show where the start-up time goes")
    ap.add_argument("--without", metavar="RULES", default="",
                    help="also time the check with these rules ignored (e.g. typo.word): what they cost a run")
    ap.add_argument("--instructions", action="store_true",
                    help="also count each command's instructions under valgrind: the same count on every run, "
                         "where the clock of a shared machine varies from minute to minute")
    args = ap.parse_args()
    files = [str(f.relative_to(ROOT)) for f in REPORTS]
    size = sum(f.stat().st_size for f in REPORTS) / 1e3
    print(f"{len(files)} corpus reports ({size:.0f} KB) in one command, {args.runs} interleaved runs each")
    commands = {"python -c pass": [sys.executable, "-c", "pass"],
                "reportlint check": reportlint_cmd() + ["check", *files]}
    if args.without:
        commands[f"  without {args.without}"] = reportlint_cmd() + ["check", "--ignore", args.without, *files]
    codespell = codespell_cmd()
    if codespell is None:
        print("codespell is not installed: no side-by-side ratio (pip install codespell; it is not a dependency)")
    else:
        commands["codespell"] = codespell + files
    times = side_by_side(commands, args.runs)
    for name, ts in times.items():
        print(f"  {name:18s} median {statistics.median(ts):6.3f} s   best {min(ts):6.3f} s")
    if args.where:
        where(files, statistics.median(times["reportlint check"]))
    if codespell is None:
        return 0
    ratio = statistics.median(times["reportlint check"]) / statistics.median(times["codespell"])
    best = min(times["reportlint check"]) / min(times["codespell"])
    verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
    print(f"reportlint / codespell: {ratio:.2f}x (medians), {best:.2f}x (best runs); "
          f"target <= {TARGET_RATIO:.1f}  {verdict}")
    if args.instructions:
        counted(commands)
    if args.without:
        without = times[f"  without {args.without}"]
        print(f"  without {args.without}: {statistics.median(without) / statistics.median(times['codespell']):.2f}x "
              f"(medians), {min(without) / min(times['codespell']):.2f}x (best runs)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
