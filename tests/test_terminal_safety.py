"""Text from a report never reaches the terminal raw (issue 16, item 11): an escape sequence
hidden in a report cannot retitle the window, move the cursor or recolour the output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HOSTILE = ("BÁO CÁO\n\n- Trong tháng tiếp nhận 12 hồ sơ (5 trực tiếp, 8 trực tuyến) "
           "\033]0;PWNED\007 \x9b31m các các việc.\n")


@pytest.mark.parametrize("args", [["--color", "never"], ["--color", "always"], ["--format", "concise"],
                                  ["--format", "github"]], ids=" ".join)
def test_controls_from_the_report_are_shown_not_obeyed(tmp_path: Path, args: list[str]) -> None:
    report = tmp_path / "r.md"
    report.write_text(HOSTILE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reportlint", "check", str(report), *args],
                         capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert "arithmetic.sum-mismatch" in run.stdout  # the report was checked
    assert "\x07" not in run.stdout and "\x9b" not in run.stdout
    if "always" in args:  # rich's own colour codes are ESC [ ... m; none other
        assert "\x1b]" not in run.stdout and "]0;PWNED" in run.stdout
    else:
        assert "\x1b" not in run.stdout
    if "never" in args:  # the source line is shown with the controls as pictures
        assert "␛]0;PWNED␇" in run.stdout


def test_a_message_quoting_a_control_is_safe_in_every_format(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text("BÁO CÁO\n\n- Đã triển khai các \x1b[2J các văn bản.\n", encoding="utf-8")
    for fmt in ("text", "concise", "github"):
        run = subprocess.run([sys.executable, "-m", "reportlint", "check", str(report), "--format", fmt,
                              "--color", "never"], capture_output=True, text=True)
        assert run.returncode in (0, 1) and "\x1b" not in run.stdout, (fmt, run.stdout)
