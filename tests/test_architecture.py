"""The architecture holds: imports flow one way (DESIGN.md §3) and no module borrows
another's private names. Both fail CI the moment someone adds a shortcut."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reportlint"


def test_layers_contract_is_kept() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.fail("import-linter is part of the test extra: pip install '.[test]'")
    run = subprocess.run([exe, "--config", str(PACKAGE.parent / "pyproject.toml")], cwd=PACKAGE.parent,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "1 kept, 0 broken" in run.stdout or "0 broken" in run.stdout


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reportlint"):
            module_private = any(part.startswith("_") and part != "__main__" for part in node.module.split("."))
            names = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
            if module_private and node.module != "reportlint._resources" or names:
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} from {node.module} import "
                           + ", ".join(a.name for a in node.names))
    return bad


def test_no_module_imports_a_private_name_of_another() -> None:
    bad = [b for f in sorted(PACKAGE.rglob("*.py")) for b in _private_imports(f)]
    assert not bad, "\n".join(bad)


def test_no_module_is_longer_than_500_lines() -> None:
    long = {str(f.relative_to(PACKAGE)): n for f in PACKAGE.rglob("*.py")
            if (n := len(f.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long, long


def test_every_module_is_in_a_layer() -> None:
    """A module left out of the contract could import anything: each top-level module and
    package of reportlint is named in a layer of pyproject.toml."""
    contract = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8").split("[tool.importlinter]", 1)[1]
    names = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    names |= {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    missing = sorted(n for n in names if f'"reportlint.{n}' not in contract and f" reportlint.{n}" not in contract)
    assert not missing, missing
