"""The on-disk cache of shipped data: same values as parsing the YAML, safe to lose or corrupt."""

from __future__ import annotations

import datetime
import json
import marshal
from pathlib import Path

import pytest
import yaml

from reportlint import cache
from reportlint._resources import rules_dir


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "reportlint"


@pytest.mark.parametrize("path", sorted(rules_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_yaml_file_reads_back_from_the_cache_as_parsed(path: Path, cache_home: Path) -> None:
    parsed = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert cache.shipped_yaml(path) == parsed  # cold: parsed, then stored
    stored = list(cache_home.glob(f"yaml-{path.stem}-*.marshal"))
    assert len(stored) == 1, "every shipped file must be storable (no dates)"
    assert cache.shipped_yaml(path) == parsed  # warm: read from the cache file


def test_a_changed_file_is_parsed_again_and_old_entries_do_not_pile_up(tmp_path: Path, cache_home: Path) -> None:
    f = tmp_path / "words.yaml"
    for word in ("cập nhật", "bổ sung", "xử lý", "sản xuất", "giải quyết"):
        f.write_text(f"words: [{word}]\n", encoding="utf-8")
        assert cache.shipped_yaml(f) == {"words": [word]}
    assert len(list(cache_home.glob("yaml-words-*.marshal"))) == 3  # the newest three versions


def test_the_json_files_of_earlier_versions_are_removed(tmp_path: Path, cache_home: Path) -> None:
    cache_home.mkdir(parents=True)
    old = cache_home / "yaml-words-0123456789abcdef01234567.json"  # as versions before marshal wrote it
    other = cache_home / "yaml-words-extra-0123456789abcdef0123.json"  # not this name's
    old.write_text('{"words": []}', encoding="utf-8")
    other.write_text("{}", encoding="utf-8")
    f = tmp_path / "words.yaml"
    f.write_text("words: [xử lý]\n", encoding="utf-8")
    assert cache.shipped_yaml(f) == {"words": ["xử lý"]}
    assert not old.exists() and other.exists()


def test_two_versions_in_turn_each_keep_their_entry(tmp_path: Path, cache_home: Path) -> None:
    # two installations of different versions sharing the user's cache (a pre-commit
    # environment, a virtual environment): neither deletes the other's entry
    builds = []
    for key in ("aaaa", "bbbb", "aaaa", "bbbb"):
        cache.cached("index", key, lambda: builds.append(key) or {"key": key})
    assert builds == ["aaaa", "bbbb"]


def test_a_corrupt_cache_entry_is_rebuilt(tmp_path: Path, cache_home: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("words: [xử lý]\n", encoding="utf-8")
    cache.shipped_yaml(f)
    (entry,) = cache_home.glob("yaml-words-*.marshal")
    entry.write_bytes(entry.read_bytes()[:9])  # a torn write by another tool
    assert cache.shipped_yaml(f) == {"words": ["xử lý"]}
    assert marshal.loads(entry.read_bytes()) == {"words": ["xử lý"]}


def test_values_come_back_as_they_were_and_others_are_not_stored(tmp_path: Path, cache_home: Path) -> None:
    f = tmp_path / "levels.yaml"
    f.write_text("3: mức độ 3\n4: [mức độ 4, cao]\n", encoding="utf-8")
    assert cache.shipped_yaml(f) == {3: "mức độ 3", 4: ["mức độ 4", "cao"]}
    assert cache.shipped_yaml(f) == {3: "mức độ 3", 4: ["mức độ 4", "cao"]}  # integer keys kept
    assert len(list(cache_home.glob("yaml-levels-*.marshal"))) == 1
    table = cache.cached("table", "k", lambda: {("a", "b"): (1, frozenset({"c"}))})
    assert cache.cached("table", "k", lambda: None) == table  # tuples and sets, from the file
    f = tmp_path / "dates.yaml"
    f.write_text("han: 2024-10-01\n", encoding="utf-8")  # a date: no value the cache can write
    assert cache.shipped_yaml(f) == {"han": datetime.date(2024, 10, 1)}
    assert not list(cache_home.glob("yaml-dates-*"))
    assert cache.shipped_yaml(f) == {"han": datetime.date(2024, 10, 1)}


def test_the_shipped_rules_read_back_from_the_cache_as_validated(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlint.checks import get_kind
    from reportlint.ruleset import builtin_rules

    cold = builtin_rules()
    assert len(list(cache_home.glob("rules-*.marshal"))) == 1
    assert builtin_rules() == cold  # warm: read from the cache file
    # a kind's declarations are part of the key: a new default is merged into its rules' options
    monkeypatch.setitem(get_kind("brackets").OPTIONS, "new_option", 3)
    assert [r.options["new_option"] for r in builtin_rules() if r.kind == "brackets"] == [3]


def test_no_cache_directory_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the directory should be
    f = tmp_path / "w.yaml"
    f.write_text("a: [b]\n", encoding="utf-8")
    assert cache.shipped_yaml(f) == {"a": ["b"]}


# What a plain check does not need stays unimported. Third-party packages are imported where
# they are used; `dataclasses` (with `inspect`, `ast`, `dis`, `tokenize`: ~7 ms, and ~0.5 ms
# per class defined) is not used at all: the records a check reads are collections.namedtuples
# or plain classes (README, Performance); nor `hashlib` (it loads OpenSSL, ~2.5 ms) or `shutil`
# (bz2, lzma, fnmatch: ~2 ms). Nor `typing` (~2% of a pre-commit check of three reports, and
# each typing.NamedTuple a quarter more than a namedtuple): annotations name collections.abc's
# Iterator, Iterable, Callable, Mapping, and typing's other names only under
# `if TYPE_CHECKING:` (a module's own `TYPE_CHECKING = False`, which type checkers read as True).
# Nor the `weakref` module (~0.3%): a weak reference is `_weakref.ref`, which weakref re-exports.
# Nor `difflib` (~0.5% with heapq): only a title, quốc hiệu or tiêu ngữ damaged by OCR is
# matched loosely (bench/bench.py's OCR report does import it). Nor `contextlib` (~0.4%; an
# editable install's import hook loads it before reportlint, so only an installed copy shows it).
# Each is a few per cent of a pre-commit run.
HEAVY = ("yaml", "lark", "rich", "docx", "lxml")
SLOW_STDLIB = ("dataclasses", "inspect", "hashlib", "shutil", "typing", "weakref", "difflib", "contextlib")

# Runs the command line and prints, as JSON, each watched module it imported with the line of
# reportlint that first did (found by walking out of the import machinery to reportlint's code).
_WATCHING = """
import importlib.util, json, os, sys
package = importlib.util.find_spec("reportlint").submodule_search_locations[0] + os.sep
watched, first = set(sys.argv[1].split(",")), {}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in watched and name not in first:
            f = sys._getframe(1)
            while f is not None and not f.f_code.co_filename.startswith(package):
                f = f.f_back
            first[name] = f"{os.path.relpath(f.f_code.co_filename, package)}:{f.f_lineno}" if f else "?"
        return None

sys.meta_path.insert(0, Watch())
from reportlint.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps(first))
"""


def _first_imports(args: list[str], cache_home: Path) -> dict[str, str]:
    """{watched module: the reportlint line that imported it} for `reportlint ARGS` (stdout a pipe)."""
    import subprocess
    import sys

    env = {"XDG_CACHE_HOME": str(cache_home), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"}
    run = subprocess.run([sys.executable, "-c", _WATCHING, ",".join(HEAVY + SLOW_STDLIB), *args],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


_ADVICE = {"dataclasses": "define the records a check uses as collections.namedtuple or a plain class",
           "inspect": "avoid what imports it (dataclasses; pkgutil.iter_modules did)",
           "hashlib": "hash cache keys with reportlint.cache.fingerprint",
           "shutil": "ask os for the terminal's size (argparse's help formatter asked shutil: cli._help_width)",
           "typing": "import Iterator, Callable ... from collections.abc, typing's other names under "
                     "`TYPE_CHECKING = False` / `if TYPE_CHECKING:`, records as collections.namedtuple",
           "weakref": "make a weak reference with _weakref.ref (what weakref.ref is)",
           "difflib": "import it in the function that matches damaged text, which most reports never call",
           "contextlib": "write a context manager on a check's path as a class (__enter__, __exit__)"}


def _why(found: dict[str, str]) -> str:
    return "; ".join(f"{name} imported by reportlint/{where}: {_ADVICE.get(name, 'import it only where it is needed')}"
                     for name, where in sorted(found.items()))


def test_a_warm_check_of_a_text_report_imports_no_yaml_lark_rich_docx_or_dataclasses(tmp_path: Path) -> None:
    """Start-up is most of a pre-commit run: what a plain check does not need stays unimported."""
    corpus = Path(__file__).parent / "corpus"
    txt, md = corpus / "travinh-2019-07-monthly.txt", corpus / "travinh-2020-10-monthly.md"
    cold = _first_imports(["check", "--no-summary", str(txt)], tmp_path)
    # cold: the YAML is parsed, Lark analyses the grammar (and imports what it needs)
    assert sorted(set(cold) & set(HEAVY)) == ["lark", "yaml"], cold
    for args in (["check", "--no-summary", str(txt)], ["check", "--no-summary", str(md)], ["--version"]):
        warm = _first_imports(args, tmp_path)
        assert not warm, f"reportlint {' '.join(args[:1])}: {_why(warm)}"
