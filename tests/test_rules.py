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

import datetime
from pathlib import Path

import pytest
import yaml

from reportlint.api import lint_document
from reportlint.checks import get_kind, is_cross_report
from reportlint.config import Config
from reportlint.loaders import load
from reportlint.loaders.text import from_text
from reportlint.ruleset import builtin_rules

HERE = Path(__file__).parent
CASES = [(f.stem, i, c) for f in sorted((HERE / "rules").glob("*.yaml"))
         for i, c in enumerate(yaml.safe_load(f.read_text(encoding="utf-8")) or [])]
RULES = builtin_rules()
CORPUS = sorted(f for f in (HERE / "corpus").iterdir() if f.suffix in (".md", ".txt"))


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


# --- every rule's documented examples (shown by `reportlint rules <id>`) ---------------------

def _example(text: str):
    """A rule's example as a document (an example made of table rows is Markdown)."""
    markdown = text.lstrip().startswith("|")
    return from_text(text + "\n", "example.md" if markdown else "example.txt", markdown=markdown)


def _run_example(text: str, cfg: Config, cross_report: bool) -> list[tuple[str, str]]:
    """(rule, severity) of the findings on an example; a cross-report rule's example is a
    small series of reports ("=== name ===" lines between them), run as the audit runs it."""
    if not cross_report:
        return [(d.rule, d.severity) for d in lint_document(_example(text), cfg)]
    from reportlint.analysis import series
    from reportlint.analysis.outline import build
    from reportlint.audit.series import check

    reports = {name: series.extract(build(from_text(t, name))) for name, t in series.split_examples(text).items()}
    return [(d["rule"], d["severity"]) for d in check(reports, lambda path: cfg)]


def _example_findings(rule, text: str) -> list[tuple[str, str]]:
    """The findings of `rule` alone on one of its examples."""
    cfg = Config(rules=RULES, select=[rule.id], today=datetime.date(2023, 1, 1))
    return [f for f in _run_example(text, cfg, is_cross_report(get_kind(rule.kind))) if f[0] == rule.id]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_bad_example_fires_and_good_example_does_not(rule):
    assert rule.good and rule.bad, f"{rule.id} documents no good or no bad example"
    assert _example_findings(rule, rule.bad), f"{rule.id}: its bad example is not flagged:\n{rule.bad}"
    found = _example_findings(rule, rule.good)
    assert not found, f"{rule.id}: its good example is flagged: {found}"


# --- severity belongs to the rule and the config ----------------------------------------------

@pytest.mark.parametrize("category", sorted({r.category for r in RULES}))
def test_a_config_severity_for_a_category_holds_for_every_finding(category):
    """Checks only lower a severity (through declared options): `severity: {cat: info}` wins."""
    mine = [r for r in RULES if r.category == category]
    cfg = Config(rules=RULES, select=[category], severity={category: "info"}, today=datetime.date(2023, 1, 1))
    found = [f for r in mine for f in _run_example(r.bad, cfg, is_cross_report(get_kind(r.kind)))]
    found += [(d.rule, d.severity) for f in CORPUS for d in lint_document(load(f), cfg)]
    assert found and {severity for _, severity in found} == {"info"}


def test_structure_info_in_a_config_file_makes_a_numbering_gap_info(tmp_path, capsys):
    from reportlint.cli import main

    (tmp_path / ".reportlint.yaml").write_text("severity: {structure: info}\n", encoding="utf-8")
    (tmp_path / "bc.txt").write_text("BÁO CÁO\n\nI. KẾT QUẢ\n\nIII. ĐÁNH GIÁ CHUNG\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "bc.txt"), "--select", "structure", "--format", "concise"]) == 0
    out = capsys.readouterr().out
    assert "info structure.numbering-gap" in out and "warning" not in out and "error" not in out


def test_no_check_hard_codes_a_severity():
    """A finding's severity comes from a declared option (`options["..._severity"]`), never a literal."""
    import re

    import reportlint.checks as checks

    for module in Path(checks.__file__).parent.glob("*.py"):
        src = module.read_text(encoding="utf-8")
        assert not re.search(r"""severity\s*=\s*["'](?:error|warning|info)["']""", src), module.name
