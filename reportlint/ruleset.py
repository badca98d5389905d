"""Rules: YAML files that pick a kind and give it data, message and severity."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlint._resources import rules_dir
from reportlint.checks import get_kind, kind_names
from reportlint.errors import RuleError
from reportlint.model.diagnostic import SEVERITIES

RULE_ID = re.compile(r"^[a-z][a-z0-9]*\.[a-z0-9][a-z0-9-]*$")
_KEYS = {"id", "kind", "severity", "message", "options", "summary", "description",
         "enabled", "good", "bad", "message_vi", "summary_vi"}


@dataclass
class Rule:
    id: str
    kind: str
    severity: str
    message: str
    message_vi: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    description: str = ""
    enabled: bool = True
    good: str = ""
    bad: str = ""
    source: str = ""  # "file:line" where it was defined

    @property
    def category(self) -> str:
        return self.id.split(".", 1)[0]

    def format(self, args: dict[str, Any], lang: str = "en") -> str:
        template = self.message_vi if lang == "vi" and self.message_vi else self.message
        try:
            return template.format_map(_Missing(args))
        except (ValueError, IndexError, AttributeError):
            return self.message


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@lru_cache(maxsize=1)
def _line_loader() -> Any:
    """A SafeLoader that remembers the line of every mapping (for error messages).

    Built on first use: a run with no user YAML file never imports the YAML parser.
    """
    import yaml

    class LineLoader(yaml.SafeLoader):
        pass

    def construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> dict:
        mapping = loader.construct_mapping(node, deep=True)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def load_yaml(path: Path) -> Any:
    """Parse YAML safely; raise RuleError with file:line on a syntax error."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(f"{path}: cannot read: {e}") from None
    try:
        return yaml.load(text, Loader=_line_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RuleError(f"{where}: invalid YAML: {problem}") from None


def strip_lines(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [strip_lines(v) for v in obj]
    return obj


def parse_rules(data: Any, path: Path) -> list[Rule]:
    """Validate the contents of one rule file."""
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise RuleError(f"{path}:1: a rule file is a list of rules (or a mapping with a 'rules:' list)")
    rules = []
    for item in data:
        if not isinstance(item, dict):
            raise RuleError(f"{path}: each rule is a mapping with id, kind, severity and message")
        rules.append(_rule(item, path))
    return rules


def _rule(item: dict, path: Path) -> Rule:
    where = f"{path}:{item.get('__line__', 1)}"
    unknown = sorted(set(item) - _KEYS - {"__line__"})
    if unknown:
        raise RuleError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})")
    for key in ("id", "kind", "severity", "message"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise RuleError(f"{where}: rule needs a '{key}' (a non-empty string)")
    rid = item["id"]
    if not RULE_ID.match(rid):
        raise RuleError(f"{where}: rule id {rid!r} must look like 'category.name' (lower case, e.g. duplicate.line)")
    if item["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: {rid}: severity {item['severity']!r} is not one of {', '.join(SEVERITIES)}")
    kind = get_kind(item["kind"])
    if kind is None:
        raise RuleError(f"{where}: {rid}: unknown kind {item['kind']!r} (known: {', '.join(kind_names())})")
    options = strip_lines(item.get("options") or {})
    if not isinstance(options, dict):
        raise RuleError(f"{where}: {rid}: 'options' must be a mapping")
    merged = check_options(kind.OPTIONS, options, f"{where}: {rid}")
    validate_options(kind, merged, f"{where}: {rid}")
    return Rule(
        id=rid, kind=item["kind"], severity=item["severity"], message=item["message"].strip(),
        message_vi=str(item.get("message_vi", "")).strip(),
        options=merged, summary=str(item.get("summary", "")).strip(),
        description=str(item.get("description", "")).strip(), enabled=bool(item.get("enabled", True)),
        good=str(item.get("good", "")).rstrip(), bad=str(item.get("bad", "")).rstrip(), source=where,
    )


def check_options(defaults: dict[str, Any], given: dict[str, Any], where: str) -> dict[str, Any]:
    """Defaults overridden by `given`, each checked against the default's type."""
    out = dict(defaults)
    for key, value in given.items():
        if key not in defaults:
            raise RuleError(f"{where}: unknown option {key!r} (known: {', '.join(sorted(defaults)) or 'none'})")
        want = type(defaults[key])
        ok = isinstance(value, want) or (want is float and isinstance(value, int) and not isinstance(value, bool))
        if not ok or (want is int and isinstance(value, bool)):
            raise RuleError(f"{where}: option {key!r} must be {want.__name__}, got {value!r}")
        out[key] = value
    return out


def validate_options(kind: Any, options: dict[str, Any], where: str) -> None:
    """A kind's own check of its options (e.g. a safe regular expression), as a RuleError."""
    validate = getattr(kind, "validate", None)
    if validate is not None:
        try:
            validate(options)
        except ValueError as e:
            raise RuleError(f"{where}: {e}") from None


def load_rule_file(path: Path) -> list[Rule]:
    return parse_rules(load_yaml(path), path)


_RULES_KEY = re.compile(rb"^rules:", re.M)


def builtin_rules() -> list[Rule]:
    """The rules shipped in rules/ (data files there, mappings without `rules:`, are skipped).

    Start-up matters for pre-commit: data files are recognised without parsing them, and
    the shipped rules come from the JSON cache (their line numbers are only needed for
    the error messages of user files).
    """
    from reportlint.cache import shipped_yaml

    rules: list[Rule] = []
    for f in sorted(rules_dir().glob("*.yaml")):
        if _RULES_KEY.search(f.read_bytes()):
            rules.extend(parse_rules(shipped_yaml(f), f))
    if not rules:
        raise RuleError(f"{rules_dir()}: no built-in rules found (broken installation?)")
    return rules
