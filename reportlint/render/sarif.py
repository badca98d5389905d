"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run, tool.driver = reportlint with every rule that ran (id, summary, default level),
one result per finding. Positions are the 1-based line/column of the original file,
counted in Unicode code points (run.columnKind says so; Vietnamese text is all BMP).
Relative paths are given relative to %SRCROOT% (the directory reportlint ran in), as
GitHub expects; absolute paths outside it become file: URIs. partialFingerprints carry
the baseline fingerprint (reportlint/baseline.py), so viewers track a finding across
edits the same way `--baseline` does. Files that could not be read are reported as
tool execution notifications, and make executionSuccessful false.

Validated against the official schema in tests/test_formats.py.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from reportlint.render import FileResult
from reportlint.version import __version__
from reportlint.baseline import fingerprints, path_key

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any, TextIO

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://pypi.org/project/reportlint/"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"


def _artifact(path: str) -> dict[str, str]:
    key = path_key(path)
    if Path(key).is_absolute():
        return {"uri": Path(key).as_uri()}
    return {"uri": quote(key, safe="/"), "uriBaseId": SRCROOT}


def _rule_entry(rule: Any) -> dict:
    entry: dict[str, Any] = {
        "id": rule.id,
        "shortDescription": {"text": rule.summary or rule.id},
        "defaultConfiguration": {"level": LEVEL.get(rule.severity, "warning"), "enabled": bool(rule.enabled)},
        "properties": {"category": rule.category, "kind": rule.kind},
    }
    return entry


def _rules(results: list[FileResult], rules: Iterable[Any] | None) -> list[dict]:
    """Descriptors for the rules that ran (or, without that list, the built-in ones), plus any rule seen."""
    if rules is None:
        from reportlint.ruleset import builtin_rules

        rules = builtin_rules()
    by_id = {r.id: _rule_entry(r) for r in rules}
    for r in results:
        for d in r.diagnostics:
            by_id.setdefault(d.rule, {"id": d.rule, "shortDescription": {"text": d.rule}})
    return [by_id[k] for k in sorted(by_id)]


def _result(d, fp: str, index: dict[str, int]) -> dict:
    text = d.message + (f" ({d.evidence})" if d.evidence else "")
    region = {"startLine": d.line, "startColumn": d.column,
              "endLine": max(d.end_line, d.line), "endColumn": max(d.end_column, 1)}
    if region["endLine"] == d.line and region["endColumn"] < d.column:
        region["endColumn"] = d.column
    res: dict[str, Any] = {
        "ruleId": d.rule,
        "ruleIndex": index[d.rule],
        "level": LEVEL.get(d.severity, "warning"),
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(d.path), "region": region}}],
        "partialFingerprints": {"reportlint/v1": fp},
    }
    if d.related:  # the figures the claim rests on: the parts of a total, the base of a percentage
        res["relatedLocations"] = [
            {"id": i, "message": {"text": r.role},
             "physicalLocation": {"artifactLocation": _artifact(d.path),
                                  "region": {"startLine": r.line, "startColumn": r.column,
                                             "endLine": r.end_line, "endColumn": r.end_column}}}
            for i, r in enumerate(d.related, 1)]
    props = {k: v for k, v in (("section", d.section), ("suggestion", d.suggestion), ("evidence", d.evidence)) if v}
    if props:
        res["properties"] = props
    return res


def document(results: list[FileResult], rules: Iterable[Any] | None = None) -> dict:
    """The SARIF log as a dict."""
    descriptors = _rules(results, rules)
    index = {r["id"]: i for i, r in enumerate(descriptors)}
    out = []
    for r in results:
        out.extend(_result(d, fp, index) for d, fp in zip(r.diagnostics, fingerprints(r.diagnostics, r.source)))
    notes = [{"level": "error", "message": {"text": r.error},
              "locations": [{"physicalLocation": {"artifactLocation": _artifact(r.path)}}]}
             for r in results if r.error is not None]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "reportlint", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFO_URI, "rules": descriptors}},
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri() + "/"}},
        "invocations": [{"executionSuccessful": not notes, "toolExecutionNotifications": notes}],
        "columnKind": "unicodeCodePoints",
        "results": out,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results: list[FileResult], out: TextIO = sys.stdout, rules: Iterable[Any] | None = None, **_: object) -> None:
    json.dump(document(results, rules), out, ensure_ascii=False, indent=2)
    out.write("\n")
