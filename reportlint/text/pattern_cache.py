"""Compiled regular expressions kept between runs, for the start-up of the command line.

CPython compiles a pattern in pure Python (re._parser, then re._compiler): the ~190
patterns a check uses — reportlint's own, yaml's, json's, argparse's — cost ~40 ms of every
run, a third of a pre-commit check of one report. `install()` makes `re` keep the compiled
program of each pattern (the list of integers the sre engine runs, with its group names)
in the user's cache directory, and rebuild the pattern from it with `_sre.compile` on the
next run, which takes microseconds.

This leans on CPython internals, so it is fenced in:
- only the command line installs it (a library user's process is left alone);
- the cache is keyed by the exact Python build and the sre engine's magic number, and it
  is used only where re's internals have the expected shape (else `install` does nothing);
- `_sre.compile` validates the program it is given: a damaged cache entry raises, and the
  pattern is then compiled the ordinary way;
- the file is written with `marshal`, as Python's own .pyc files in __pycache__ are (JSON
  would have to import json, whose patterns are then compiled before the cache is read);
  it holds only a dict of lists of numbers, bytes and names, and anything else is ignored.
  A program is kept as the bytes of its 32-bit code words (`array`): marshal reads bytes
  back at once, a list of numbers number by number (~1% of a check's start-up).
Set REPORTLINT_NO_PATTERN_CACHE=1 to compile every pattern afresh.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from array import array

_MAX_ENTRIES = 2000  # a file holding more is not ours to trust: started again
_KEEP = 600  # a check of three reports uses ~480 patterns


def install() -> bool:
    """Route `re`'s compilation through the cache; False when this Python cannot."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:  # Python 3.10 names these modules differently: no cache there
        return False
    if os.environ.get("REPORTLINT_NO_PATTERN_CACHE") or not hasattr(_compiler, "_code") \
            or getattr(_compiler.compile, "__wrapped__", None) is not None or array("I").itemsize != _sre.CODESIZE:
        return False
    path = _cache_file(_sre.MAGIC)
    if path is None:
        return False
    entries = _load(path)
    added: dict[str, list[object]] = {}
    used: set[str] = set()
    original = _compiler.compile

    def compile(p: object, flags: int = 0) -> object:
        if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        try:
            return cached(p, flags)
        except (AttributeError, IndexError, RuntimeError, TypeError, ValueError):
            return original(p, flags)  # an internal that changed shape: re's own way is always right

    def cached(p: str, flags: int) -> object:
        key = f"{flags}\0{p}"
        used.add(key)
        entry = entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(p, entry[0], array("I", entry[1]).tolist(), entry[2], entry[3], tuple(entry[4]))
            except (RuntimeError, TypeError, ValueError):  # not a program this engine accepts
                entries.pop(key)
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in parsed.state.groupdict.items():
            indexgroup[i] = name
        # plain values: marshal does not write int subclasses (the opcodes are), the code as bytes
        entry = [int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
                 {name: int(i) for name, i in parsed.state.groupdict.items()}, indexgroup]
        pattern = _sre.compile(p, entry[0], code, entry[2], entry[3], tuple(entry[4]))
        entries[key] = added[key] = entry
        return pattern

    compile.__wrapped__ = original  # type: ignore[attr-defined]
    _compiler.compile = compile
    atexit.register(_save, path, entries, added, used)
    return True


def _cache_file(magic: int) -> str | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "reportlint")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return os.path.join(folder, f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}-{magic}.marshal")


def _load(path: str) -> dict[str, list[object]]:
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())  # (marshal.load reads a file object in tiny pieces: ~10x slower)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, dict) or len(data) > _MAX_ENTRIES:
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, list) and len(v) == 5}


def _save(path: str, entries: dict[str, list[object]], added: dict[str, list[object]], used: set[str]) -> None:
    """Keep the patterns of the commands a user runs: a run that compiled something new adds it
    to the file (`check` and `check --format json` each find theirs). Past _KEEP entries the file
    starts again from what this run used, so a test suite or a user's one-off rules do not stay."""
    if not added:
        return
    from reportlint.atomic import write_atomic

    if len(entries) > _KEEP:
        entries = {key: entries[key] for key in used if key in entries}
    try:
        write_atomic(path, marshal.dumps(entries))
    except (OSError, ValueError):  # a full disk, an odd pattern: the next run compiles again
        pass
