"""Which files a run reads: walking folders, glob matching, excludes (one implementation).

`check`, `audit` and a config's `exclude` / `per-file-ignores` all decide here.

- Hidden files and folders (".git", ".cache" ...) are never entered.
- Links to folders are not followed (no loops); links to files are, unless they lead out
  of every folder given on the command line (a link to /etc/passwd in an archive is not
  a report of that archive): those are skipped and listed in `Found.outside`.
- A folder that cannot be read while walking is listed in `Found.errors`, not fatal: an
  audit of a live archive must not stop on one folder.
- A glob matches the path relative to its root, the bare file name, or any folder on the
  way, so `nhap/*`, `*.bak.md` and `nhap` all do what they say.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from pathlib import Path, PurePath

__all__ = ["Found", "walk", "matches", "relative", "same_file"]


class Found:
    """What a walk found: the reports to read and what was passed over, and why."""

    __slots__ = ("files", "missing", "empty", "outside", "errors", "unsupported", "unsupported_examples", "excluded")

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.missing: list[Path] = []  # given paths that do not exist
        self.empty: list[Path] = []  # given folders holding no report at all
        self.outside: list[Path] = []  # links leading out of the given roots
        self.errors: list[tuple[str, str]] = []  # (folder, reason) unreadable
        self.unsupported = 0  # files of a type reportlint cannot read
        self.unsupported_examples: list[str] = []  # a few, to show the user
        self.excluded = 0  # dropped by `exclude` or not picked by `include`

    def __repr__(self) -> str:
        return f"Found({len(self.files)} files, missing={self.missing}, empty={self.empty}, errors={self.errors})"


def matches(rel: PurePath | str, pattern: str) -> bool:
    """Does a glob match this relative path, its file name, or one of its folders?"""
    rel = PurePath(rel)
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(rel.as_posix(), pattern) or fnmatch.fnmatch(rel.name, pattern):
        return True
    folders = rel.parts[:-1]
    if any(fnmatch.fnmatch(part, pattern) for part in folders):
        return True
    # "so-tttt/2020" names a folder path, not only one folder
    return "/" in pattern and any(fnmatch.fnmatch(PurePath(*folders[:i]).as_posix(), pattern)
                                  for i in range(1, len(folders) + 1))


def relative(path: str | os.PathLike, root: Path | None) -> PurePath:
    """`path` relative to `root` (both resolved), or as given when it lies elsewhere."""
    p = Path(path)
    if root is None:
        return p
    try:
        return p.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop (3.10)
        return p


def same_file(a: Path, b: Path) -> bool:
    """Are two paths one file (after links, and hard links too)? False if either is missing."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def walk(roots: Iterable[str | os.PathLike], include: Iterable[str] = (), exclude: Iterable[str] = (),
         keep_given: bool = False) -> Found:
    """Every report under `roots`, in order; files given directly are roots of their own.

    `keep_given` keeps a file named on the command line whatever its type (`check` then
    says why it cannot read it); otherwise it is filtered like any found file.
    """
    from reportlint.loaders import supported

    include, exclude = list(include), list(exclude)
    out = Found()
    roots = [Path(r) for r in roots]
    inside = [_resolved(r) for r in roots]

    def picked(path: Path, rel: PurePath) -> bool:
        if any(matches(rel, g) for g in exclude) or (include and not any(matches(rel, g) for g in include)):
            out.excluded += 1
            return False
        if not supported(path):
            out.unsupported += 1
            if len(out.unsupported_examples) < 5:
                out.unsupported_examples.append(str(path))
            return False
        return True

    for root in roots:
        if root.is_dir():
            found = _reports_under(root, out, supported)
            if not found and str(root) not in (folder for folder, _ in out.errors):  # unreadable is not empty
                out.empty.append(root)
            for path in found:
                if path.is_symlink() and not _within(path, inside):
                    out.outside.append(path)
                elif picked(path, path.relative_to(root)):
                    out.files.append(path)
        elif root.exists() or root.is_symlink():  # a broken or looping link is the loader's to report
            if keep_given or picked(root, PurePath(root.name)):
                out.files.append(root)
        else:
            out.missing.append(root)
    return out


def _reports_under(root: Path, out: Found, supported) -> list[Path]:
    """Regular files under `root` (hidden ones and links to folders left out), sorted.

    Unsupported files are returned too when they are counted (`out.unsupported`), so the
    caller sees one list; `supported` only decides whether a folder is empty.
    """
    def failed(e: OSError) -> None:
        out.errors.append((str(e.filename), e.strerror or str(e)))

    files: list[Path] = []
    for folder, dirs, names in os.walk(root, followlinks=False, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(folder) / name
            if not name.startswith(".") and path.is_file():  # not a dangling link, FIFO or loop
                files.append(path)
    return sorted(files) if any(supported(f) for f in files) else []


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _within(path: Path, roots: list[Path]) -> bool:
    target = _resolved(path)
    return any(target == r or r in target.parents for r in roots)
