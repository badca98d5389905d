#!/usr/bin/env python3
"""What the syllable lexicon costs: file size, load time, lookup speed.

    PYTHONPATH=. python bench/lexicon_bench.py

Load time is measured in fresh interpreters (the first use in a one-report run pays it
once), as the median and the best of several runs, next to a bare interpreter's start-up
so the added cost is plain. Lookups are timed over the syllables of a report-like text.
The budget (issue 19): the lexicon may add at most 50 ms to a one-report check.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MS = 50.0

SAMPLE = """Trong tháng, Sở đã triển khai thực hiện các nhiệm vụ trọng tâm theo kế hoạch; tiếp nhận
hồ sơ trực tuyến, giải quyết thủ tục hành chính đúng hạn. Công tác chuyển đổi số, cải cách hành
chính và phòng, chống dịch bệnh được chỉ đạo quyết liệt; tổ chức hội nghị tổng kết, tuyên truyền
phổ biến giáo dục pháp luật cho cán bộ, công chức, viên chức và nhân dân trên địa bàn tỉnh."""

# the lexicon's own cost in a run that has already imported the package
_LOAD = ("import time, reportlint; t = time.perf_counter(); from reportlint.text import lexicon; "
         "lexicon.load(); print((time.perf_counter() - t) * 1000)")
_IMPORT_ONLY = ("import time; t = time.perf_counter(); import reportlint; "
                "print((time.perf_counter() - t) * 1000)")


def _fresh_ms(code: str, runs: int) -> list[float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        out.append(float(res.stdout.strip()))
    return out


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from reportlint.text import lexicon

    path = lexicon.data_path()
    print(f"data file      {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{path.stat().st_size / 1e6:.2f} MB (limit 5 MB)")

    runs = 9
    pkg = _fresh_ms(_IMPORT_ONLY, runs)
    full = _fresh_ms(_LOAD, runs)
    added = full
    print(f"import reportlint           median {statistics.median(pkg):6.1f} ms  best {min(pkg):6.1f} ms")
    print(f"import lexicon + load()     median {statistics.median(added):6.1f} ms  best {min(added):6.1f} ms"
          f"  (budget {BUDGET_MS:.0f} ms: {'ok' if statistics.median(added) <= BUDGET_MS else 'OVER'})")

    t = time.perf_counter()
    lex = lexicon.load()
    print(f"load() in this process      {(time.perf_counter() - t) * 1000:6.1f} ms; "
          f"{len(lex)} syllables, {lex.header['kept_bigrams']} pairs, "
          f"{lex.total_unigrams:,} syllables counted")

    syls = [s.lower() for s in re.findall(r"[^\W\d_]+", SAMPLE)]
    pairs = list(zip(syls, syls[1:]))
    n = 200
    t = time.perf_counter()
    for _ in range(n):
        for s in syls:
            lex.unigram(s)
    uni_us = (time.perf_counter() - t) / (n * len(syls)) * 1e6
    t = time.perf_counter()
    for _ in range(n):
        for a, b in pairs:
            lex.bigram(a, b)
    bi_us = (time.perf_counter() - t) / (n * len(pairs)) * 1e6
    t = time.perf_counter()
    first = list(lex.neighbours("kha"))  # builds the toneless index once
    first_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for s in syls:
        list(lex.neighbours(s))
    nb_us = (time.perf_counter() - t) / len(syls) * 1e6
    print(f"unigram()                   {uni_us:6.2f} µs per lookup")
    print(f"bigram()                    {bi_us:6.2f} µs per lookup")
    print(f"neighbours(), first call    {first_ms:6.1f} ms (builds its index; {len(first)} for 'kha')")
    print(f"neighbours(), then          {nb_us:6.1f} µs per syllable")
    # a ~50 KB report has ~10 000 syllables: every pair looked up once; neighbours only
    # for the pairs the lexicon has not seen (a few dozen in a clean report: say 100)
    load_ms = statistics.median(added)
    report_ms = load_ms + (10_000 * (uni_us + bi_us) + 100 * nb_us) / 1000 + first_ms
    print(f"one ~50 KB report ≈ {report_ms:.1f} ms added: load {load_ms:.1f} + 10 000 pairs "
          f"+ 100 neighbour calls (budget {BUDGET_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
