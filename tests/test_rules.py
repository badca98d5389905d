"""Per-rule examples in the style of sqlfluff's YAML fixtures.

Each tests/rules/*.yaml file is a list of cases:

    - name: what the case shows
      rule: structure.numbering-gap      # only this rule runs
      format: txt                        # txt (default) or md
      text: |                            # the report text
        ...
      expect:                            # the findings: line and column (1-based), optionally
        - {line: 5, column: 1}           # severity, message (a substring) and suggestion
      # no `expect` (or an empty list): the text must give no finding of this rule
      options: {...}                     # optional: `settings` given to the outline (e.g. today)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportlint.api import lint_document
from reportlint.config import Config
from reportlint.loaders.text import from_text
from reportlint.ruleset import builtin_rules

HERE = Path(__file__).parent
CASES = [(f.stem, i, c) for f in sorted((HERE / "rules").glob("*.yaml"))
         for i, c in enumerate(yaml.safe_load(f.read_text(encoding="utf-8")) or [])]
RULES = builtin_rules()


@pytest.mark.parametrize("case", [c for _, _, c in CASES], ids=[f"{f}-{i}-{c.get('name', '')}" for f, i, c in CASES])
def test_rule_case(case):
    assert case["rule"] in {r.id for r in RULES}, f"unknown rule {case['rule']}"
    doc = from_text(case["text"], "case." + case.get("format", "txt"), markdown=case.get("format") == "md")
    cfg = Config(rules=RULES, select=[case["rule"]])
    from reportlint.analysis.outline import build

    outline = build(doc)
    outline.settings.update(case.get("settings", {}))
    got = [d for d in lint_document(doc, cfg, outline) if d.rule == case["rule"]]
    want = case.get("expect") or []
    assert [(d.line, d.column) for d in got] == [(e["line"], e["column"]) for e in want], \
        "\n".join(f"{d.line}:{d.column} {d.severity} {d.message}" for d in got)
    for d, e in zip(got, want):
        if "severity" in e:
            assert d.severity == e["severity"]
        if "message" in e:
            assert e["message"] in d.message, d.message
        if "suggestion" in e:
            assert d.suggestion == e["suggestion"]
