"""Cross-report findings: the series rules (rules/series.yaml) run over the stored facts.

The facts of each report are extracted in the worker (analysis/series.py) and stored with
the file; after every audit the cross-report kinds (checks/series_*.py) run over each
issuing body's reports. A finding belongs to one report, and that report's configuration
decides, as for its own findings: whether the rule is selected (select, ignore,
per-file-ignores), its severity, its options and the message's language.
"""

from __future__ import annotations

from typing import Any, Callable

from reportlint.analysis.series import Facts, by_body
from reportlint.checks import SeriesFinding, get_kind, is_cross_report
from reportlint.config import Config
from reportlint.model.diagnostic import lowest
from reportlint.ruleset import Rule

CATEGORY = "series"  # the store's category of every cross-report finding, replaced as a whole


def check(reports: dict[str, Facts], config_of: Callable[[str], Config]) -> list[dict[str, Any]]:
    """Findings (store rows: Diagnostic fields + category) across reports: path -> facts."""
    configs: dict[int, tuple[Config, set[str]]] = {}
    for path in reports:
        cfg = config_of(path)
        configs.setdefault(id(cfg), (cfg, set()))[1].add(path)
    series = by_body(reports)
    out: list[dict[str, Any]] = []
    for cfg, paths in configs.values():  # usually one: the archive's config
        for rule in cfg.active_rules(None):
            kind = get_kind(rule.kind)
            if not is_cross_report(kind):
                continue
            for body in series:
                out.extend(_row(f, rule, cfg.lang) for f in kind.check_series(body, rule.options)
                           if f.path in paths and _active(cfg, rule, f.path))
    out.sort(key=lambda d: (d["path"], d["line"], d["column"], d["rule"]))
    return out


def _active(cfg: Config, rule: Rule, path: str) -> bool:
    """Not turned off for this file (per-file-ignores)."""
    return any(r.id == rule.id for r in cfg.active_rules(path))


def _row(f: SeriesFinding, rule: Rule, lang: str) -> dict[str, Any]:
    return {"path": f.path, **{k: f.at[k] for k in ("line", "column", "end_line", "end_column")},
            "rule": rule.id, "category": CATEGORY, "severity": lowest(rule.severity, f.severity),
            "message": rule.format(f.args, lang), "section": "", "suggestion": f.suggestion,
            "evidence": f.evidence}

