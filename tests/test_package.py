"""The installed package carries its data: rules/ and grammars/ are found from anywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import reportlint
from reportlint._resources import grammar_path, rules_dir

PKG = Path(reportlint.__file__).resolve().parent


def test_rules_and_grammar_are_found():
    assert grammar_path().is_file()
    assert sorted(p.name for p in rules_dir().glob("*.yaml"))


def test_installed_wheel_ships_its_data():
    if (PKG.parent / "pyproject.toml").is_file():
        return  # running from a source checkout: the data sits beside the package
    assert (PKG / "rules").is_dir() and (PKG / "grammars" / "report.lark").is_file()


def test_runs_from_any_directory(tmp_path, corpus):
    p = subprocess.run([sys.executable, "-m", "reportlint", "check", str(corpus / "travinh-2020-10-monthly.md"),
                        "--select", "punctuation", "-q"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert p.returncode == 1 and "punctuation.unbalanced" in p.stdout


def test_version():
    p = subprocess.run([sys.executable, "-m", "reportlint", "--version"], capture_output=True, text=True, timeout=60)
    assert p.stdout.strip() == f"reportlint {reportlint.__version__}"
