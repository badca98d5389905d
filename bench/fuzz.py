"""Mutation fuzzing of the whole command line (issue 16): for every mutated .txt, .md and
.docx input, `reportlint check` must exit 0, 1 or 2, print no traceback, and stay within a
wall-time and memory budget.

    python bench/fuzz.py --seconds 300            # several minutes, as before resolving
    python bench/fuzz.py --inputs 30 --seed 7     # a quick, reproducible run

Seeds are the corpus reports and the samples; each input is one seed with a few mutations
(bytes flipped, chunks deleted, duplicated or repeated many times, control and combining
characters, invalid UTF-8, NFD, long lines; for .docx: the same on word/document.xml plus
hostile attributes such as huge w:gridSpan). Each run is a fresh process limited by
RLIMIT_AS; its peak memory is read from the kernel (ru_maxrss of the child). Failures are
kept in --keep DIR with the command's output, so they can be replayed.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "tests" / "corpus").glob("travinh-*")) + sorted((ROOT / "samples").glob("*.md"))
HOSTILE_XML = [
    b'<w:tcPr><w:gridSpan w:val="2147483647"/></w:tcPr>',
    b'<w:trPr><w:gridBefore w:val="99999999"/></w:trPr>',
    b'<w:tcPr><w:vMerge w:val="continue"/></w:tcPr>',
    b"<w:p><w:r><w:t>" + b"T\xe1\xbb\x95ng c\xe1\xbb\x99ng 12 (g\xe1\xbb\x93m 5 " * 400 + b"</w:t></w:r></w:p>",
]
SNIPPETS = ["\x1b]0;X\x07", "\x00", "\ufeff", "\u202e", "\u0301\u0301\u0301", "(" * 200, "“", "|---|---|\n| 1 | 2 |\n",
            "Tổng cộng 12 (gồm 5 ", "1.2.3.4.5.6.7.8.9.", "% " * 300, "a" * 5000, "\r", "\t" * 50]


def mutate_text(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 4)):
        n = len(data)
        i = rng.randrange(n + 1) if n else 0
        op = rng.choice(["flip", "delete", "duplicate", "repeat", "snippet", "invalid", "nfd", "truncate"])
        if op == "flip" and n:
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1:]
        elif op == "delete":
            data = data[:i] + data[i + rng.randint(1, 2000):]
        elif op == "duplicate":
            data = data[:i] + data[i:i + rng.randint(1, 5000)] + data[i:]
        elif op == "repeat":  # the shape that finds quadratic stages: one chunk many times
            data = data[:i] + data[i:i + rng.randint(5, 80)] * rng.randint(50, 3000) + data[i:]
        elif op == "snippet":
            data = data[:i] + rng.choice(SNIPPETS).encode() * rng.randint(1, 50) + data[i:]
        elif op == "invalid":
            data = data[:i] + bytes([0xC3, 0x28, 0xFF][: rng.randint(1, 3)]) + data[i:]
        elif op == "nfd":
            data = unicodedata.normalize("NFD", data.decode("utf-8", "replace")).encode()
        elif op == "truncate":
            data = data[:i]
    return data


def docx_of(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines()[:400]:
        d.add_paragraph(line)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["Đơn vị", "Trực tiếp", "Tổng"], ["Xã A", "5", "12"], ["Tổng cộng", "5", "12"]]):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """Mostly well-formed mutations (so the linter, not only the XML parser, is exercised):
    hostile attributes, text runs mutated like text, paragraphs repeated; sometimes raw bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                for _ in range(rng.randint(1, 3)):
                    body = rng.choice([_hostile, _text_run, _repeat_paragraph, _hostile, _text_run, mutate_text])(
                        body, rng)
            z.writestr(item, body)
    return out.getvalue()


def _hostile(body: bytes, rng: random.Random) -> bytes:
    piece = rng.choice(HOSTILE_XML)
    tag = b"<w:tc>" if piece.startswith(b"<w:tcPr") else b"<w:tr>" if piece.startswith(b"<w:trPr") else b"<w:body>"
    at = body.find(tag)
    return body if at < 0 else body[:at + len(tag)] + piece + body[at + len(tag):]


def _text_run(body: bytes, rng: random.Random) -> bytes:
    starts = [i for i in range(len(body)) if body.startswith(b"<w:t", i) and body[i + 4:i + 5] in (b">", b" ")]
    if not starts:
        return body
    a = body.index(b">", rng.choice(starts)) + 1
    b = body.index(b"</w:t>", a)
    text = mutate_text(body[a:b], rng).decode("utf-8", "replace")
    text = "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 0x20)  # what XML 1.0 can hold
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode()
    return body[:a] + esc + body[b:]


def _repeat_paragraph(body: bytes, rng: random.Random) -> bytes:
    a = body.find(b"<w:p>", rng.randrange(max(1, len(body) // 2)))
    b = body.find(b"</w:p>", a)
    if a < 0 or b < 0:
        return body
    return body[:a] + body[a:b + 6] * rng.randint(2, 3000) + body[a:]


def limit_memory(mb: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (mb * 2**20, mb * 2**20))
    return apply


def run_one(path: Path, seconds: float, mb: int) -> tuple[str, float, float, str, int | None]:
    """(verdict, wall seconds, peak MB, output tail, exit code); verdict 'ok' or what went wrong."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    try:
        run = subprocess.run([sys.executable, "-m", "reportlint", "check", str(path), "--no-summary",
                              "--color", "never", "--today", "2026-12-03"], capture_output=True, text=True,
                             timeout=seconds * 4, preexec_fn=limit_memory(mb * 4), errors="replace")
    except subprocess.TimeoutExpired:
        return "hang", time.monotonic() - start, 0.0, "", None
    wall = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # ru_maxrss is in KB on Linux
    peak = peak if peak > before / 1024 else 0.0  # only a new maximum is this child's
    tail = (run.stdout[-500:] + run.stderr[-1500:])
    if run.returncode not in (0, 1, 2):
        return f"exit {run.returncode}", wall, peak, tail, run.returncode
    if "Traceback" in run.stderr or "internal error" in run.stderr:
        return "traceback", wall, peak, tail, run.returncode
    if run.returncode == 2 and len(run.stderr.strip().splitlines()) > 3:
        return "long error", wall, peak, tail, run.returncode
    if wall > seconds:
        return "slow", wall, peak, tail, run.returncode
    if peak > mb:
        return "memory", wall, peak, tail, run.returncode
    return "ok", wall, peak, tail, run.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60, help="how long to fuzz (default 60)")
    ap.add_argument("--inputs", type=int, default=0, help="stop after this many inputs (default: no limit)")
    ap.add_argument("--seed", type=int, default=int(time.time()), help="random seed (printed; reuse to replay)")
    ap.add_argument("--budget-seconds", type=float, default=5.0, help="wall time allowed per input (default 5)")
    ap.add_argument("--budget-mb", type=int, default=500, help="peak memory allowed per input (default 500)")
    ap.add_argument("--keep", type=Path, default=Path("fuzz-failures"), help="where failing inputs are kept")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    texts = [p.read_bytes() for p in SEEDS]
    base_docx = [docx_of(t.decode()) for t in texts[:2]]
    work = Path(os.environ.get("TMPDIR", "/tmp")) / f"reportlint-fuzz-{os.getpid()}"
    work.mkdir(parents=True, exist_ok=True)
    print(f"seed {args.seed}; budget {args.budget_seconds:g} s and {args.budget_mb} MB per input")
    tried, bad, worst_wall, worst_mb = 0, 0, 0.0, 0.0
    exits: dict[str, int] = {}
    end = time.monotonic() + args.seconds
    while time.monotonic() < end and (not args.inputs or tried < args.inputs):
        kind = rng.choice(["txt", "md", "docx"])
        data = mutate_docx(rng.choice(base_docx), rng) if kind == "docx" else mutate_text(rng.choice(texts), rng)
        path = work / f"input-{tried}.{kind}"
        path.write_bytes(data)
        verdict, wall, peak, tail, code = run_one(path, args.budget_seconds, args.budget_mb)
        tried += 1
        exits[f"{kind} exit {code}"] = exits.get(f"{kind} exit {code}", 0) + 1
        worst_wall, worst_mb = max(worst_wall, wall), max(worst_mb, peak)
        if verdict != "ok":
            bad += 1
            args.keep.mkdir(parents=True, exist_ok=True)
            kept = args.keep / f"{verdict.replace(' ', '-')}-{args.seed}-{tried}.{kind}"
            kept.write_bytes(data)
            kept.with_suffix(kept.suffix + ".out").write_text(tail, encoding="utf-8")
            print(f"  {verdict}: {kept} ({wall:.1f} s, {peak:.0f} MB, {len(data):,} bytes)")
        path.unlink()
    work.rmdir()
    print(f"{tried} inputs tried, {bad} failed; slowest {worst_wall:.2f} s, largest peak {worst_mb:.0f} MB")
    print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(exits.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
