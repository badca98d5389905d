"""The README's examples do what the README says they do."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def yaml_block(starting: str) -> str:
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return next(b for b in blocks if b.startswith(starting))


def test_house_style_rule_fires_on_the_header(tmp_path: Path) -> None:
    """The renamed-department rule, copied from the README, flags the old name where it
    stands in the header (in capitals) and in the body."""
    (tmp_path / "our-rules.yaml").write_text(yaml_block("# our-rules.yaml"), encoding="utf-8")
    (tmp_path / ".reportlint.yaml").write_text("rules: [our-rules.yaml]\n", encoding="utf-8")
    report = tmp_path / "bao-cao.md"
    report.write_text((ROOT / "samples" / "bao-cao-mau.md").read_text(encoding="utf-8"), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reportlint", "check", report.name, "--select", "style",
                          "--format", "concise"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr  # a warning, not an error
    lines = [ln for ln in run.stdout.splitlines() if "style.old-name" in ln]
    assert lines and lines[0].startswith("bao-cao.md:2:"), run.stdout  # "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"


def rules_table() -> str:
    """The README's table of rules as the rule files give it: id, default severity, summary."""
    from reportlint.ruleset import builtin_rules

    rows = [f"| `{r.id}` | {r.severity} | {r.summary.replace('|', '/')} |" for r in sorted(builtin_rules(), key=lambda r: r.id)]
    return "\n".join(["| rule | severity | what it finds |", "| --- | --- | --- |", *rows])


def test_the_rules_table_lists_every_rule_as_the_rule_files_say():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- rules-table -->", "<!-- /rules-table -->"
    table = readme[readme.index(start) + len(start):readme.index(end)].strip()
    assert table == rules_table(), "README.md's rules table is out of date; it should read:\n" + rules_table()
