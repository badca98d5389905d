"""Writes are atomic and their errors name what the user asked to write (issue 16, item 13)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from reportlint.atomic import write_atomic


def test_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.html"
    target.write_text("cũ", encoding="utf-8")
    write_atomic(target, "<p>mới</p>")
    assert target.read_text(encoding="utf-8") == "<p>mới</p>" and os.listdir(tmp_path) == ["bao-cao.html"]


def test_a_missing_folder_is_named_not_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "khong-co" / "out.html"
    with pytest.raises(FileNotFoundError) as e:
        write_atomic(target, "x")
    assert e.value.filename == str(target) and ".tmp" not in str(e.value)


def test_a_directory_is_refused_and_kept(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "old.html").write_text("giữ", encoding="utf-8")
    with pytest.raises(IsADirectoryError) as e:
        write_atomic(tmp_path / "html", "x")
    assert e.value.filename == str(tmp_path / "html") and (tmp_path / "html" / "old.html").exists()


def test_a_full_disk_keeps_the_old_file_and_says_so(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    target.write_text("{}", encoding="utf-8")

    def fill(fh) -> None:
        fh.write(b"{")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OSError) as e:
        write_atomic(target, fill)
    assert e.value.errno == errno.ENOSPC and e.value.filename == str(target)
    assert "No space left on device" in str(e.value)
    assert target.read_text(encoding="utf-8") == "{}" and os.listdir(tmp_path) == ["baseline.json"]


def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    """`audit --html DIR` (a folder) used to end in 'internal error: IsADirectoryError'."""
    import subprocess
    import sys

    (tmp_path / "kho").mkdir()
    (tmp_path / "kho" / "bc.md").write_text("BÁO CÁO\n\nI. KẾT QUẢ\n\n- Đã triển khai các văn bản.\n",
                                            encoding="utf-8")
    (tmp_path / "html").mkdir()
    run = subprocess.run([sys.executable, "-m", "reportlint", "audit", str(tmp_path / "kho"), "-q",
                          "--db", str(tmp_path / "a.sqlite"), "--html", str(tmp_path / "html")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1] == f"reportlint: error: {tmp_path / 'html'}: Is a directory"
    assert "internal error" not in run.stderr
