"""Golden outputs: the corpus reports and the samples, checked through the command line in
every output a reviewer reads (JSON in English, JSON in Vietnamese with --explain, the
terminal text with --explain). A change of behaviour shows here as a diff; when it is
intended, regenerate with `REPORTLINT_REGOLD=1 pytest tests/test_golden.py` and review it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPORTS = sorted((HERE / "corpus").glob("travinh-*")) + sorted((HERE.parent / "samples").glob("*.md"))
VARIANTS = {
    "json": ["--format", "json"],
    "vi.json": ["--format", "json", "--lang", "vi", "--explain"],
    "explain.txt": ["--explain", "--color", "never"],
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_output_is_unchanged(report: Path, variant: str) -> None:
    args = [sys.executable, "-m", "reportlint", "check", *VARIANTS[variant], "--today", "2026-12-03", report.name]
    run = subprocess.run(args, cwd=report.parent, capture_output=True, text=True, env={**os.environ, "NO_COLOR": ""})
    assert run.returncode in (0, 1), run.stderr
    golden = HERE / "golden" / f"{report.name}.{variant}"
    if os.environ.get("REPORTLINT_REGOLD"):
        golden.write_text(run.stdout, encoding="utf-8")
    assert run.stdout == golden.read_text(encoding="utf-8")
