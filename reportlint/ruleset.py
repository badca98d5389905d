"""Rules: YAML files that pick a kind and give it data, message and severity."""

from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType, ModuleType

from reportlint._resources import rules_dir
from reportlint.checks import choices, get_kind, kind_names
from reportlint.errors import RuleError
from reportlint.model.diagnostic import SEVERITIES

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

RULE_ID = re.compile(r"^[a-z][a-z0-9]*\.[a-z0-9][a-z0-9-]*$")
_KEYS = {"id", "kind", "severity", "message", "options", "summary", "description",
         "enabled", "good", "bad", "message_vi", "summary_vi"}


class Rule(namedtuple("Rule", "id kind severity message message_vi options summary summary_vi description "
                            "enabled good bad source",
                      defaults=("", MappingProxyType({}), "", "", "", True, "", "", ""))):
    """A rule: a kind of check with its data, message and severity (immutable: a changed
    copy is `rule._replace(severity="info")`).

    id, kind, severity, message (str)
    message_vi (str, default "")
    options (Mapping[str, Any], default an empty mapping): the kind's options, validated (a
        shared default: read only)
    summary, summary_vi, description (str, default "")
    enabled (bool, default True)
    good, bad (str, default "")
    source (str, default ""): "file:line" where it was defined
    """

    __slots__ = ()

    @property
    def category(self) -> str:
        return self.id.split(".", 1)[0]

    def summary_in(self, lang: str) -> str:
        """The one-line summary in `lang`, English when there is no translation."""
        return self.summary_vi if lang == "vi" and self.summary_vi else self.summary

    def format(self, args: dict[str, Any], lang: str = "en") -> str:
        template = self.message_vi if lang == "vi" and self.message_vi else self.message
        try:
            return template.format_map(_Missing(args))
        except (ValueError, IndexError, AttributeError):
            return self.message


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


MAX_ALIAS_NODES = 10_000  # nodes YAML aliases may add to a file (a 427-byte alias bomb expands to 10^9)


@lru_cache(maxsize=1)
def _line_loader() -> Any:
    """A SafeLoader that remembers the line of every mapping (for error messages) and
    refuses a document whose aliases would expand it by more than MAX_ALIAS_NODES nodes.

    Built on first use: a run with no user YAML file never imports the YAML parser.
    """
    import yaml

    class LineLoader(yaml.SafeLoader):
        def get_single_data(self) -> Any:
            node = self.get_single_node()
            if node is None:
                return None
            _refuse_alias_bomb(node)
            return self.construct_document(node)

    def construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> dict:
        mapping = loader.construct_mapping(node, deep=True)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def _refuse_alias_bomb(root: Any) -> None:
    """Raise RuleError if expanding the aliases of a composed YAML document would add more
    than MAX_ALIAS_NODES nodes, or if an alias refers to a node that contains it.

    The expanded size is counted on the node graph, each node once, so counting costs
    what the file is, not what it would expand to.
    """
    import yaml

    expanded: dict[int, int] = {}  # node id -> the nodes it stands for, aliases expanded
    inside: set[int] = set()  # the nodes being counted (an alias to one of them is a cycle)

    def size(node: Any) -> int:
        if id(node) in inside:
            raise RuleError(str(node.start_mark.line + 1), "rule.alias_cycle")
        if id(node) not in expanded:
            inside.add(id(node))
            children: list = []
            if isinstance(node, yaml.SequenceNode):
                children = node.value
            elif isinstance(node, yaml.MappingNode):
                children = [n for pair in node.value for n in pair]
            expanded[id(node)] = 1 + sum(size(c) for c in children)
            inside.discard(id(node))
        return expanded[id(node)]

    if size(root) - len(expanded) > MAX_ALIAS_NODES:
        raise RuleError(str(root.start_mark.line + 1), "rule.alias_bomb", limit=MAX_ALIAS_NODES)


def load_yaml(path: Path) -> Any:
    """Parse YAML safely; raise RuleError with file:line on a syntax error or an alias bomb."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(str(path), "rule.unreadable", reason=e) from None
    try:
        return yaml.load(text, Loader=_line_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RuleError(where, "rule.invalid_yaml", problem=problem) from None
    except RuleError as e:
        raise RuleError(f"{path}:{e.where}", e.key, **e.fields) from None
    except RecursionError:
        raise RuleError(str(path), "rule.invalid_yaml", problem="nested too deeply") from None


def strip_lines(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [strip_lines(v) for v in obj]
    return obj


def line_of(*mappings: Any) -> int | None:
    """The line of the first of `mappings` that remembers one (read by load_yaml), else None."""
    return next((m["__line__"] for m in mappings if isinstance(m, dict) and "__line__" in m), None)


def parse_rules(data: Any, path: Path) -> list[Rule]:
    """Validate the contents of one rule file."""
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise RuleError(f"{path}:1", "rule.not_a_list")
    rules = []
    for item in data:
        if not isinstance(item, dict):
            raise RuleError(str(path), "rule.not_a_mapping")
        rules.append(_rule(item, path))
    return rules


def _rule(item: dict, path: Path) -> Rule:
    where = f"{path}:{line_of(item) or 1}"
    unknown = sorted(set(item) - _KEYS - {"__line__"})
    if unknown:
        raise RuleError(where, "rule.unknown_key", field=repr(unknown[0]), allowed=", ".join(sorted(_KEYS)))
    for key in ("id", "kind", "severity", "message"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise RuleError(where, "rule.needs", field=key)
    rid = item["id"]
    if not RULE_ID.match(rid):
        raise RuleError(where, "rule.bad_id", id=repr(rid))
    if item["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: {rid}", "rule.bad_severity", severity=repr(item["severity"]), known=", ".join(SEVERITIES))
    kind = get_kind(item["kind"])
    if kind is None:
        raise RuleError(f"{where}: {rid}", "rule.unknown_kind", kind=repr(item["kind"]), known=", ".join(kind_names()))
    if not isinstance(item.get("enabled", True), bool):
        raise RuleError(f"{where}: {rid}", "rule.enabled")
    options = strip_lines(item.get("options") or {})
    if not isinstance(options, dict):
        raise RuleError(f"{where}: {rid}", "rule.options_mapping")
    merged = resolve_options(kind, options, f"{path}:{line_of(item.get('options'), item) or 1}: {rid}")
    return Rule(
        id=rid, kind=item["kind"], severity=item["severity"], message=item["message"].strip(),
        message_vi=str(item.get("message_vi", "")).strip(),
        options=merged, summary=str(item.get("summary", "")).strip(),
        summary_vi=str(item.get("summary_vi", "")).strip(),
        description=str(item.get("description", "")).strip(), enabled=item.get("enabled", True),
        good=str(item.get("good", "")).rstrip(), bad=str(item.get("bad", "")).rstrip(), source=where,
    )


def resolve_options(kind: ModuleType, given: dict[str, Any], where: str) -> dict[str, Any]:
    """The kind's default options overridden by `given`, each checked against its declaration:
    the type of its default (see reportlint/checks/__init__.py), its declared choices and
    the kind's own `validate`. Raise RuleError("where: ...") for the first bad one."""
    out = dict(kind.OPTIONS)
    allowed = choices(kind)
    for key, value in given.items():
        if key not in kind.OPTIONS:
            raise RuleError(where, "rule.unknown_option", option=repr(key), known=", ".join(sorted(kind.OPTIONS)) or "-")
        want = _shape_error(value, kind.OPTIONS[key])
        if want:
            raise RuleError(where, "rule.option_type", option=repr(key), want=want, value=repr(value))
        if key in allowed and value not in allowed[key]:
            close = _closest(value, allowed[key])
            raise RuleError(where, "rule.option_choice_close" if close else "rule.option_choice", option=repr(key),
                            value=repr(value), close=repr(close), known=", ".join(allowed[key]))
        out[key] = value
    validate = getattr(kind, "validate", None)
    if validate is not None:
        try:
            validate(out)
        except ValueError as e:
            raise RuleError(where, "rule.option_invalid", reason=e) from None
    return out


def _shape_error(value: Any, default: Any) -> str | None:
    """What `value` should be, if it does not have the shape of `default`; None if it does.

    A list default is a list of strings, or of the shape of its first item; a dict default
    maps strings to the shape of its first value, or (empty) to strings or lists of strings.
    """
    if isinstance(default, bool):
        return None if isinstance(value, bool) else "true or false"
    if isinstance(default, int):
        return None if isinstance(value, int) and not isinstance(value, bool) else "an integer"
    if isinstance(default, float):
        return None if isinstance(value, (int, float)) and not isinstance(value, bool) else "a number"
    if isinstance(default, str):
        return None if isinstance(value, str) else "a string"
    if isinstance(default, list):
        item = default[0] if default else ""
        if isinstance(value, list) and not any(_shape_error(v, item) for v in value):
            return None
        return f"a list of {_plural(item)}"
    if isinstance(default, dict):
        values = list(default.values())[:1] or ["", [""]]
        if isinstance(value, dict) and all(isinstance(k, str) and any(not _shape_error(v, d) for d in values)
                                           for k, v in value.items()):
            return None
        return f"a mapping of strings to {' or '.join(_plural(d) for d in values)}"
    return None


def _plural(default: Any) -> str:
    names = {bool: "true or false", int: "integers", float: "numbers", str: "strings"}
    if isinstance(default, list):
        return f"lists of {_plural(default[0] if default else '')}"
    if isinstance(default, dict):
        return "mappings"
    return names.get(type(default), type(default).__name__)


def _closest(value: Any, options: tuple) -> str:
    """The allowed value a typo most likely meant ('nationl' -> 'national'), or ''."""
    import difflib

    close = difflib.get_close_matches(str(value), [str(o) for o in options], n=1)
    return close[0] if close else ""


def load_rule_file(path: Path) -> list[Rule]:
    return parse_rules(load_yaml(path), path)


def _is_rule_file(raw: bytes) -> bool:
    """Whether a shipped YAML file's bytes hold a top-level `rules:` key (at the start of a line).
    (Two byte searches: a `^rules:` pattern with re.M is tried at every position of the data
    files, which have none: ~1.5% of a pre-commit check of one report.)"""
    return raw.startswith(b"rules:") or b"\nrules:" in raw


def builtin_rules() -> list[Rule]:
    """The rules shipped in rules/ (data files there, mappings without `rules:`, are skipped).

    Start-up matters for pre-commit: data files are recognised without parsing them, and
    the shipped rules, once validated, are kept in the user's cache (reportlint/cache.py):
    validating the 67 rules and reading their 13 files was ~2% of a check of one report.
    The key is everything validation reads (the rule files, this module, the kinds'
    declarations) and where the files are (a rule's `source` names its file).
    """
    from reportlint.cache import cached, fingerprint

    files = [(f, f.read_bytes()) for f in sorted(rules_dir().glob("*.yaml"))]
    files = [(f, raw) for f, raw in files if _is_rule_file(raw)]
    key = fingerprint(str(rules_dir()), *(raw for _, raw in files), *_validation_code())
    rules = [Rule._make(fields) for fields in cached("rules", key, lambda: _validated(files))]
    if not rules:
        raise RuleError(str(rules_dir()), "rule.no_builtin")
    return rules


def _validated(files: list[tuple[Path, bytes]]) -> list[tuple]:
    """The rules of the shipped rule files (path, bytes), validated, each as a tuple of its fields."""
    from reportlint.cache import shipped_yaml

    return [tuple(rule) for f, raw in files for rule in parse_rules(shipped_yaml(f, raw), f)]


def _validation_code() -> list[Path | str]:
    """What validating a rule reads besides its file: this module, the severities, and each
    kind's declared options and choices (and the code of a kind with a `validate` of its own)."""
    kinds = [(name, get_kind(name)) for name in kind_names()]
    declared = repr([SEVERITIES] + [(name, kind.OPTIONS, choices(kind)) for name, kind in kinds])
    return [Path(__file__), declared, *(Path(kind.__file__) for _, kind in kinds if hasattr(kind, "validate"))]
