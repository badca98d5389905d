"""Benchmark `reportlint audit`: throughput with --jobs 1 and 2, the re-run speed-up, peak memory.

    python bench/audit_bench.py                 # 2,000 reports, each configuration 3 times
    python bench/audit_bench.py --files 4000 --repeat 3 --keep /tmp/kho

Builds a synthetic archive in a temporary folder: the reports of tests/corpus/ and
samples/ copied with another province, another year, a few figures changed (which breaks
some sums: injected defects), and in some copies a line pasted twice or a word typed
twice; nested as <province>/<year>/<report>-<n>.<md|txt>. Each configuration runs in a
fresh process (`--child`), as the command line would, into a fresh store; the figures
are files/s and MB/s over the whole audit (walk, hashing, linting, store writes,
cross-report checks), the best of --repeat runs (all runs are printed too). Peak memory
is the largest summed RSS of the audit process and its workers, sampled from /proc every
50 ms, next to getrusage's max RSS of the process itself and of its waited-for children.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.md")) \
    + sorted((ROOT / "samples").glob("*.md"))
PROVINCES = ["Trà Vinh", "Vĩnh Long", "Bến Tre", "Sóc Trăng", "Cần Thơ", "An Giang", "Đồng Tháp", "Long An",
             "Tiền Giang", "Hậu Giang", "Bạc Liêu", "Cà Mau", "Kiên Giang", "Bình Dương", "Tây Ninh", "Lâm Đồng"]
_PLACE = re.compile(r"Trà Vinh|TRÀ VINH|Tra Vinh|TRA VINH")
_YEAR = re.compile(r"\b20(?:19|20|21)\b")
_NUM = re.compile(r"(?<![\d.,/])\d{2,3}(?:\.\d{3})*(?![\d/])")
TARGET_SCALING = 1.7
TARGET_RERUN = 10.0


# --- the synthetic archive ---------------------------------------------------------------


def _fold_place(name: str, upper: bool, ascii_only: bool) -> str:
    import unicodedata

    s = name.upper() if upper else name
    if ascii_only:
        s = "".join(c for c in unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
                    if not unicodedata.combining(c))
    return s


def variant(text: str, rng: random.Random, province: str, year: int) -> str:
    """A copy of a report for another province and year, with a few changed figures and defects."""
    text = _PLACE.sub(lambda m: _fold_place(province, m.group(0).isupper(), "à" not in m.group(0).lower()), text)
    text = _YEAR.sub(str(year), text)
    nums = list(_NUM.finditer(text))
    for m in sorted(rng.sample(nums, min(3, len(nums))), key=lambda m: -m.start()):  # back to front: offsets hold
        digits = m.group(0).replace(".", "")
        new = str(max(10, int(digits) + rng.choice([-7, -3, -1, 1, 2, 5, 9])))
        text = text[:m.start()] + (f"{int(new):,}".replace(",", ".") if "." in m.group(0) else new) + text[m.end():]
    lines = text.split("\n")
    body = [i for i, ln in enumerate(lines) if len(ln) > 40]
    if body and rng.random() < 1 / 3:  # a line pasted twice
        i = rng.choice(body)
        lines.insert(i + 1, lines[i])
    if body and rng.random() < 1 / 4:  # a word typed twice
        i = rng.choice(body)
        words = lines[i].split(" ")
        k = rng.randrange(len(words))
        words.insert(k, words[k])
        lines[i] = " ".join(words)
    return "\n".join(lines)


def build_archive(root: Path, n: int, seed: int = 7) -> tuple[int, int]:
    """Write `n` reports under `root`; (files, bytes)."""
    rng = random.Random(seed)
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in TEMPLATES]
    total = 0
    for i in range(n):
        suffix, text = texts[i % len(texts)]
        province = PROVINCES[(i // len(texts)) % len(PROVINCES)]
        year = 2015 + (i // (len(texts) * len(PROVINCES))) % 10
        folder = root / _fold_place(province, False, True).replace(" ", "-").lower() / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        data = variant(text, rng, province, year).encode("utf-8")
        (folder / f"bao-cao-{i:05d}{suffix}").write_bytes(data)
        total += len(data)
    return n, total


# --- one measured audit (a child process) --------------------------------------------------


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as f:
                out += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return out


def _tree(pid: int, cpu: dict[int, float]) -> int:
    """Summed RSS of `pid` and all its descendants (Linux /proc), in kB; their CPU seconds into `cpu`.

    Walks only this process tree (task/*/children), so sampling costs little CPU.
    """
    ticks, page_kb = os.sysconf("SC_CLK_TCK"), os.sysconf("SC_PAGE_SIZE") // 1024
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm", encoding="ascii") as f:
                total += int(f.read().split()[1]) * page_kb
            if p != pid:
                with open(f"/proc/{p}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                cpu[p] = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
        except (OSError, IndexError, ValueError):
            continue
        stack.extend(_children(p))
    return total


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all processes), from /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return 0.0
    idle = v[3] + (v[4] if len(v) > 4 else 0)  # idle + iowait
    return (sum(v[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def child(args: argparse.Namespace) -> None:
    from reportlint.audit import audit

    peak = [0]
    cpu: dict[int, float] = {}  # descendant pid -> CPU seconds, last seen
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            if os.path.isdir("/proc"):
                peak[0] = max(peak[0], _tree(os.getpid(), cpu))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    stats = audit([args.archive], args.db, jobs=args.jobs)
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": wall, "linted": stats.linted, "skipped": stats.skipped, "failed": stats.failed,
                      "bytes": stats.bytes_linted, "errors": stats.errors, "series": stats.series_findings,
                      "peak_tree_mb": peak[0] / 1024, "maxrss_self_mb": me.ru_maxrss / 1024,
                      "maxrss_children_mb": kids.ru_maxrss / 1024,
                      "cpu_self_s": me.ru_utime + me.ru_stime, "cpu_workers_s": sum(cpu.values())}))


def measure(archive: Path, db: Path, jobs: int, fresh: bool = True) -> dict:
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    t0, busy0 = time.perf_counter(), busy_seconds()
    out = subprocess.run([sys.executable, __file__, "--child", "--jobs", str(jobs), "--db", str(db), str(archive)],
                         capture_output=True, text=True, check=True, env={**os.environ, "CI": "1"})
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["process_s"] = time.perf_counter() - t0
    # what other processes took from the machine meanwhile (the start-up of ours included)
    res["others_s"] = max(0.0, busy_seconds() - busy0 - res["cpu_self_s"] - res["cpu_workers_s"])
    return res


def store_split(db: Path) -> tuple[float, float]:
    """Seconds spent in loading and in linting, summed over the files (from the store)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        load, lint = con.execute("SELECT SUM(load_ms), SUM(lint_ms) FROM files").fetchone()
    finally:
        con.close()
    return (load or 0) / 1000, (lint or 0) / 1000


# --- main ------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=2000, help="reports in the synthetic archive (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per configuration; the best is reported")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="build the archive in DIR and keep it")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("archive", nargs="?", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return 0
    if args.repeat < 1 or args.files < 1:
        ap.error("--files and --repeat must be at least 1")

    work = Path(tempfile.mkdtemp(prefix="reportlint-audit-bench-"))
    archive = args.keep or work / "kho"
    try:
        if archive.exists():
            shutil.rmtree(archive)
        t0 = time.perf_counter()
        n, size = build_archive(archive, args.files)
        print(f"archive: {n} reports, {size / 1e6:.1f} MB ({size / n / 1e3:.1f} KB each), "
              f"built in {time.perf_counter() - t0:.1f} s: {archive}")
        print(f"machine: {os.cpu_count()} CPU(s), load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, "
              f"Python {sys.version.split()[0]}")
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for r in range(args.repeat):  # interleaved, so a burst of load elsewhere hits both alike
            for jobs in (1, 2):
                res = measure(archive, work / f"j{jobs}.sqlite", jobs)
                runs[jobs].append(res)
                print(f"  --jobs {jobs} run {r + 1}: {res['seconds']:.2f} s, {res['linted'] / res['seconds']:.1f} files/s, "
                      f"{res['bytes'] / 1e6 / res['seconds']:.2f} MB/s, CPU: audit process {res['cpu_self_s']:.1f} s + "
                      f"workers {res['cpu_workers_s']:.1f} s, other processes {res['others_s']:.1f} s")
        best = {jobs: min(rs, key=lambda x: x["seconds"]) for jobs, rs in runs.items()}
        rerun = measure(archive, work / "j2.sqlite", 2, fresh=False)
        load_s, lint_s = store_split(work / "j1.sqlite")

        print()
        print(f"{'':26}{'files/s':>10}{'MB/s':>9}{'seconds':>10}{'peak MB':>10}")
        for jobs, res in best.items():
            print(f"{'first run, --jobs ' + str(jobs):26}{res['linted'] / res['seconds']:>10.1f}"
                  f"{res['bytes'] / 1e6 / res['seconds']:>9.2f}{res['seconds']:>10.2f}{res['peak_tree_mb']:>10.0f}")
        print(f"{'second run (unchanged)':26}{best[2]['linted'] / rerun['seconds']:>10.1f}{'':>9}"
              f"{rerun['seconds']:>10.2f}{rerun['peak_tree_mb']:>10.0f}")
        scaling = best[1]["seconds"] / best[2]["seconds"]
        speedup = best[2]["seconds"] / rerun["seconds"]
        print()
        share = {j: r["others_s"] / (r["seconds"] * (os.cpu_count() or 1)) for j, r in best.items()}
        print(f"scaling --jobs 2 vs 1: {scaling:.2f}x  (target >= {TARGET_SCALING}x: "
              f"{'PASS' if scaling >= TARGET_SCALING else 'FAIL'}); other processes took {share[1]:.0%} and "
              f"{share[2]:.0%} of the machine's CPU during these two runs")
        print(f"second run speed-up: {speedup:.1f}x ({rerun['skipped']} skipped, {rerun['linted']} linted; "
              f"target >= {TARGET_RERUN:.0f}x: {'PASS' if speedup >= TARGET_RERUN else 'FAIL'})")
        j1 = best[1]
        print(f"--jobs 1 time split: load {load_s:.2f} s + lint {lint_s:.2f} s inside the workers, "
              f"{j1['seconds'] - load_s - lint_s:.2f} s elsewhere (walk, hashing, store writes, cross-report checks)")
        print(f"peak memory (RSS summed over the audit process and its workers): --jobs 1 {best[1]['peak_tree_mb']:.0f} MB, "
              f"--jobs 2 {best[2]['peak_tree_mb']:.0f} MB; getrusage max RSS: self {best[2]['maxrss_self_mb']:.0f} MB, "
              f"children {best[2]['maxrss_children_mb']:.0f} MB")
        print(f"results: {best[1]['errors']} error findings, {best[1]['failed']} unreadable file(s), "
              f"{best[1]['series']} cross-report findings")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
