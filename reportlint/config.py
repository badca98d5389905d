"""Configuration: `.reportlint.yaml` or `[tool.reportlint]` in pyproject.toml.

Discovered upwards from each checked file, as ruff and yamllint do; the nearest one
wins. `--config FILE` on the command line replaces discovery.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from reportlint.model.diagnostic import SEVERITIES
from reportlint.errors import RuleError
from reportlint.ruleset import Rule, builtin_rules, line_of, load_rule_file, load_yaml, resolve_options, strip_lines
from reportlint.checks import get_kind
from reportlint.discovery import matches, relative

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

CONFIG_NAMES = (".reportlint.yaml", ".reportlint.yml")
_KEYS = {"select", "extend-select", "ignore", "severity", "exclude", "per-file-ignores", "rules", "options", "lang",
         "vocabulary"}


class Config:
    """Which rules run, at which severity, on which files (change its settings in place, or
    make a changed copy with `replace`)."""

    __slots__ = ("rules", "select", "extend_select", "ignore", "severity", "exclude", "per_file_ignores", "lang",
                 "today", "root", "source", "_active")

    def __init__(self, rules: list[Rule] | None = None, select: list[str] | None = None,
                 extend_select: list[str] | None = None, ignore: list[str] | None = None,
                 severity: dict[str, str] | None = None, exclude: list[str] | None = None,
                 per_file_ignores: dict[str, list[str]] | None = None, lang: str = "en",
                 today: _dt.date | None = None, root: Path | None = None, source: str = "") -> None:
        self.rules = rules if rules is not None else []  # every known rule, with options applied
        self.select = select  # None: rules enabled by default
        self.extend_select = extend_select if extend_select is not None else []
        self.ignore = ignore if ignore is not None else []
        self.severity = severity if severity is not None else {}
        self.exclude = exclude if exclude is not None else []
        self.per_file_ignores = per_file_ignores if per_file_ignores is not None else {}
        self.lang = lang
        self.today = today  # the date checks compare with (default: the real today)
        self.root = root  # directory of the config file; globs are relative to it
        self.source = source
        self._active: tuple = ()  # active_rules' last answer, with what it was computed from

    def replace(self, **changes: Any) -> Config:
        """A copy with some settings changed: `config.replace(lang="vi")`. What is not
        changed is shared with this config (its lists are not copied)."""
        settings = {name: getattr(self, name) for name in self.__slots__ if name != "_active"}
        return Config(**{**settings, **changes})

    def __repr__(self) -> str:
        return (f"Config({len(self.rules)} rules, select={self.select}, extend_select={self.extend_select}, "
                f"ignore={self.ignore}, lang={self.lang!r}, today={self.today}, source={self.source!r})")

    def active_rules(self, path: str | None = None) -> list[Rule]:
        ignore = list(self.ignore)
        if path is not None:
            for pattern, ids in self.per_file_ignores.items():
                if self._matches(path, pattern):
                    ignore.extend(ids)
        # the same for every report of a run (~0.1 ms each): kept, keyed by what it reads (the
        # rules by identity: the kept answer holds them, so their ids cannot be reused)
        key = (tuple(ignore), None if self.select is None else tuple(self.select), tuple(self.extend_select),
               tuple(self.severity.items()), tuple(map(id, self.rules)))
        if self._active[:1] != (key,):
            self._active = (key, self._select(ignore), tuple(self.rules))
        return list(self._active[1])

    def _select(self, ignore: list[str]) -> list[Rule]:
        out = []
        for r in self.rules:
            chosen = r.enabled if self.select is None else _match(r.id, self.select)
            chosen = chosen or _match(r.id, self.extend_select)
            if chosen and not _match(r.id, ignore):
                sev = self.severity.get(r.id) or self.severity.get(r.category)
                out.append(r._replace(severity=sev) if sev else r)
        return out

    def excluded(self, path: str) -> bool:
        return any(self._matches(path, p) for p in self.exclude)

    def _matches(self, path: str, pattern: str) -> bool:
        return matches(relative(path, self.root), pattern)  # globs are relative to the config file


def _match(rule_id: str, selectors: list[str]) -> bool:
    cat = rule_id.split(".", 1)[0]
    return any(s in ("ALL", "all", rule_id, cat) for s in selectors)


def _severities(given: Any, known: set[str], where: str) -> dict[str, str]:
    """The `severity` setting: known rule ids or categories mapped to a severity."""
    if not isinstance(given, dict) or not all(isinstance(v, str) and v in SEVERITIES for v in given.values()):
        raise RuleError(where, "config.severity_map", known=", ".join(SEVERITIES))
    for key in given:
        if key not in known:
            raise RuleError(f"{where}: severity", "config.unknown_rule", name=repr(key))
    return {str(k): v for k, v in given.items()}


def _as_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(where, "config.rule_list", field=key)
    return value


def from_mapping(data: dict[str, Any], where: str, root: Path | None, base: list[Rule] | None = None) -> Config:
    """A Config from the contents of a config file (validated)."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RuleError(where, "config.not_a_mapping")
    lines = data.get("options") if isinstance(data.get("options"), dict) else {}
    raw_severity = data.get("severity")
    data = strip_lines(data)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise RuleError(where, "config.unknown_setting", field=repr(unknown[0]), allowed=", ".join(sorted(_KEYS)))
    rules = list(base if base is not None else builtin_rules())
    for f in _as_list(data.get("rules", []), "rules", where):
        extra = load_rule_file((root / f) if root else Path(f))
        ids = {r.id for r in extra}
        rules = [r for r in rules if r.id not in ids] + extra  # a user rule replaces a built-in one
    known = {r.id for r in rules} | {r.category for r in rules} | {"ALL", "all"}
    cfg = Config(rules=rules, root=root, source=where)
    if "select" in data:
        cfg.select = _as_list(data["select"], "select", where)
    cfg.extend_select = _as_list(data.get("extend-select", []), "extend-select", where)
    cfg.ignore = _as_list(data.get("ignore", []), "ignore", where)
    for key in ("select", "extend-select", "ignore"):
        for s in _as_list(data.get(key, []), key, where):
            if s not in known:
                raise RuleError(f"{where}: {key}", "config.unknown_rule", name=repr(s))
    cfg.severity = _severities(data.get("severity", {}) or {}, known - {"ALL", "all"}, _at(where, raw_severity))
    cfg.exclude = _as_list(data.get("exclude", []), "exclude", where)
    pfi = data.get("per-file-ignores", {}) or {}
    if not isinstance(pfi, dict):
        raise RuleError(where, "config.per_file_ignores")
    cfg.per_file_ignores = {str(k): _as_list(v, "per-file-ignores", where) for k, v in pfi.items()}
    opts = data.get("options", {}) or {}
    if not isinstance(opts, dict):
        raise RuleError(where, "config.options_map")
    by_id = {r.id: r for r in cfg.rules}
    for rid, given in opts.items():
        if rid not in by_id or not isinstance(given, dict):
            raise RuleError(f"{where}: options", "config.options_rule", name=repr(rid))
        at = _at(where, lines.get(rid), lines)
        merged = resolve_options(get_kind(by_id[rid].kind), {**by_id[rid].options, **given}, f"{at}: options.{rid}")
        by_id[rid] = by_id[rid]._replace(options=merged)
    vocab = data.get("vocabulary")
    if vocab is not None:  # the file `reportlint vocab` wrote: read by the rules that take it
        if not isinstance(vocab, str) or not vocab:
            raise RuleError(f"{where}: 'vocabulary' names the file written by 'reportlint vocab'")
        path = str((root / vocab) if root else Path(vocab))
        for rid, r in by_id.items():
            if "vocabulary" in get_kind(r.kind).OPTIONS and not r.options.get("vocabulary"):
                by_id[rid] = r._replace(options={**r.options, "vocabulary": path})
    cfg.rules = [by_id[r.id] for r in cfg.rules]
    lang = data.get("lang", "en")
    if lang not in ("en", "vi"):
        raise RuleError(where, "config.lang")
    cfg.lang = lang
    return cfg


def _at(where: str, *mappings: Any) -> str:
    """`where` with the line of the first mapping that remembers one (YAML; not TOML)."""
    line = line_of(*mappings)
    return where if line is None else f"{where}:{line}"


def read_config_file(path: Path) -> tuple[dict[str, Any] | None, str]:
    """The reportlint settings in a file, or None if a pyproject.toml has none."""
    if path.name == "pyproject.toml":
        try:
            import tomllib  # type: ignore[import-not-found]
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise RuleError(str(path), "config.invalid_toml", reason=e) from None
        section = data.get("tool", {}).get("reportlint")
        return section, f"{path} [tool.reportlint]"
    return load_yaml(path), str(path)


def discover(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a file or a directory)."""
    d = start.resolve()
    d = d if d.is_dir() else d.parent
    for folder in (d, *d.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "[tool.reportlint" in py.read_text(encoding="utf-8", errors="replace"):
                    return py
            except OSError:
                pass
    return None


def load_config(path: Path | None) -> Config:
    """The Config in `path`, or the defaults when None."""
    if path is None:
        return Config(rules=builtin_rules())
    if not path.is_file():
        raise RuleError(str(path), "config.not_found")
    data, where = read_config_file(path)
    return from_mapping(data or {}, where, path.parent)
