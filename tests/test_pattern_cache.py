"""The command line's cache of compiled patterns: a pattern rebuilt from the cache is the
pattern re would compile, a damaged cache is ignored, and the environment can turn it off."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

PATTERNS = [r"(?P<num>\d{1,3}(?:\.\d{3})*)(?:,(?P<dec>\d+))?\s*(?P<unit>hồ sơ|tỷ đồng)",
            r"(?i)\bTRONG ĐÓ\b", r"(?<![\w.,])(\d+)/(\d+)(?![\w/])", r"^\s*[IVX]+\.\s", r"(a|b)+c"]
SUBJECTS = ["Tiếp nhận 12.914 hồ sơ, giải ngân 15,3 tỷ đồng", "trong đó 104/112 ấp", "IV. PHƯƠNG HƯỚNG",
            "ababc", "Trong Đó"]
PROBE = """
import re, sys
from reportlint.text import pattern_cache
print(pattern_cache.install())
for p in sys.argv[1:]:
    rx = re.compile(p)
    print(rx.pattern == p, rx.groups, sorted(rx.groupindex.items()),
          [[m.span(), m.groups()] for s in %r for m in rx.finditer(s)])
""" % (SUBJECTS,)


def probe(cache: Path, *extra_env: tuple[str, str], patterns: list[str] = PATTERNS) -> list[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), **dict(extra_env)}
    env.pop("REPORTLINT_NO_PATTERN_CACHE", None) if not extra_env else None
    run = subprocess.run([sys.executable, "-c", PROBE, *patterns], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


def expected() -> list[str]:
    return [f"{re.compile(p).pattern == p} {re.compile(p).groups} {sorted(re.compile(p).groupindex.items())} "
            f"{[[m.span(), m.groups()] for s in SUBJECTS for m in re.compile(p).finditer(s)]}" for p in PATTERNS]


def test_patterns_from_the_cache_match_as_compiled_ones(tmp_path: Path) -> None:
    first = probe(tmp_path)  # compiles and writes the cache at exit
    files = list((tmp_path / "reportlint").glob("patterns-*"))
    assert first[0] == "True" and len(files) == 1
    second = probe(tmp_path)  # read back from it
    assert first[1:] == second[1:] == expected()


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    probe(tmp_path)
    (cache,) = (tmp_path / "reportlint").glob("patterns-*")
    data = bytearray(cache.read_bytes())
    data[len(data) // 2:len(data) // 2 + 40] = b"\x00" * 40
    cache.write_bytes(bytes(data))
    assert probe(tmp_path)[1:] == expected()
    cache.write_bytes(b"not marshal at all")
    assert probe(tmp_path)[1:] == expected()


def test_it_can_be_turned_off(tmp_path: Path) -> None:
    out = probe(tmp_path, ("REPORTLINT_NO_PATTERN_CACHE", "1"))
    assert out[0] == "False" and out[1:] == expected()
    assert not list((tmp_path / "reportlint").glob("patterns-*"))


def test_two_commands_keep_their_patterns(tmp_path: Path) -> None:
    # a user alternating two commands (check, check --format json) compiles each pattern once
    probe(tmp_path, patterns=PATTERNS[:2])
    (cache,) = (tmp_path / "reportlint").glob("patterns-*")
    probe(tmp_path, patterns=PATTERNS[2:])
    both = cache.read_bytes()
    assert all(p in {key.split("\0", 1)[1] for key in marshal.loads(both)} for p in PATTERNS)
    probe(tmp_path, patterns=PATTERNS[:2])
    probe(tmp_path, patterns=PATTERNS[2:])
    assert cache.read_bytes() == both  # nothing compiled again, so nothing written


def test_a_check_compiles_the_same_patterns_every_run(tmp_path: Path) -> None:
    # a pattern built from a set in hash order ("|".join(sorted(words, key=len))) differs from
    # run to run: it would be compiled afresh every time, never found in the cache
    report = Path(__file__).parent / "corpus" / "travinh-2020-10-monthly.md"
    written = []
    for seed in ("1", "2"):
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": seed}
        env.pop("REPORTLINT_NO_PATTERN_CACHE", None)
        subprocess.run([sys.executable, "-m", "reportlint", "check", str(report)], capture_output=True, env=env)
        (cache,) = (tmp_path / "reportlint").glob("patterns-*")
        written.append(cache.read_bytes())
    assert written[0] == written[1]
