"""A small on-disk cache for data derived from the shipped word lists.

Start-up is most of a pre-commit run. Tables that take tens of milliseconds to derive
(the confusion list's lookup tables, with the near misses of the lexicon) are kept in the
user's cache directory, keyed by a hash of everything they are derived from, and rebuilt
when that changes. The shipped YAML files themselves are kept there too: reading them back
is ~20x faster than parsing YAML, and a warm run then never imports the YAML parser; and
so are the shipped rules once validated (ruleset.builtin_rules).

The files are written with `marshal`, as Python's own .pyc files are: it gives back tuples,
sets and integer keys as they were (a table is stored in the form a check reads, not
rebuilt from lists on every run) and reads faster than JSON. Not pickle: marshal builds
plain values and runs no code. Like __pycache__, it trusts the files of the user's own
cache directory (it is not meant for data from others). Its format may change between
Python versions, so the files are kept per version (`sys.implementation.cache_tag`).
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from reportlint.atomic import write_atomic

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

try:  # hashlib.blake2b itself: importing hashlib loads OpenSSL first (~2.5 ms of every check)
    from _blake2 import blake2b as _hasher
except ImportError:  # (a Python built without it)
    from hashlib import sha256 as _hasher


def cache_dir() -> Path | None:
    """The user's cache folder for reportlint (None if it cannot be made)."""
    return _made(os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache"))


@lru_cache(maxsize=4)
def _made(base: str) -> Path | None:
    """`base`/reportlint, made once per process: a check reads some twenty cached files."""
    folder = Path(base) / "reportlint"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def fingerprint(*inputs: Path | str | bytes) -> str:
    """A hash of the bytes of files (or strings, or bytes) a value is derived from."""
    h = _hasher()
    for item in inputs:
        h.update(item.read_bytes() if isinstance(item, Path) else item.encode("utf-8") if isinstance(item, str) else item)
        h.update(b"\0")
    return h.hexdigest()[:24]


def cached(name: str, key: str, build: Callable[[], Any]) -> Any:
    """`build()`'s value, read from the cache when `key` matches, else built and stored.

    A value marshal cannot write (a date parsed from YAML) is built every time, not stored.
    """
    folder = cache_dir()
    path = folder / f"{name}-{key}.{_TAG}.marshal" if folder else None
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())  # (marshal.load reads a file in tiny pieces: slower)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    value = build()
    if path is not None:
        try:  # atomically: a concurrent reader sees the old file or the whole new one
            write_atomic(path, marshal.dumps(value))
            _drop_old_versions(path, name)
        except (OSError, ValueError):  # ValueError: no value marshal can write
            pass
    return value


_TAG = sys.implementation.cache_tag or "python"


def _drop_old_versions(path: Path, name: str) -> None:
    """Keep the newest _VERSIONS of `name`: entries for other data pile up otherwise, and two
    installations side by side (a pre-commit environment and a virtual environment of another
    version) each keep theirs instead of rebuilding it on every run, each deleting the other's."""
    versions = [p for p in path.parent.glob(f"{name}-*.marshal") if len(p.name) == len(path.name)]
    versions.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    # (and the JSON files of the versions before this format: `name`-<24 hex digits>.json)
    before = [p for p in path.parent.glob(f"{name}-*.json") if len(p.stem) == len(name) + 25]
    for old in versions[_VERSIONS:] + before:
        if old != path:
            old.unlink(missing_ok=True)


_VERSIONS = 3


def shipped_yaml(path: Path, raw: bytes | None = None) -> Any:
    """The contents of a YAML file shipped in rules/ (parsed with the C loader if there is one);
    `raw`: its bytes, when the caller has read them already."""
    if raw is None:
        raw = path.read_bytes()

    def parse() -> Any:
        import yaml  # only on a cold cache

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(raw.decode("utf-8"), Loader=loader)  # noqa: S506 - a safe loader

    return cached(f"yaml-{path.stem}", fingerprint(raw), parse)
