from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture
def corpus() -> Path:
    return CORPUS


def require_program(*names: str, why: str) -> str:
    """The path of the first of `names` on this machine; else skip with the reason, or fail
    when REPORTLINT_REQUIRE_TOOLS=1 (set by .ci/run, which installs the programs)."""
    for name in names:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}") else None)
        if found:
            return found
    message = f"{names[0]} is not installed: {why}"
    if os.environ.get("REPORTLINT_REQUIRE_TOOLS") == "1":
        pytest.fail(message + " (REPORTLINT_REQUIRE_TOOLS=1)")
    pytest.skip(message)
