"""Find the reports to audit under one or more folders.

Hidden files and folders (".git", ".cache" ...) are never entered. `include` globs select
files (default: every format reportlint reads); `exclude` globs drop files or whole
folders. A glob is matched against the path relative to the folder given on the command
line and against the bare file name, so `--exclude "nhap/*"`, `--exclude "*.bak.md"` and
`--exclude nhap` all do what they say.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePath


@dataclass
class Walk:
    """What a walk found: reports to lint, and how many files were passed over."""

    files: list[Path] = field(default_factory=list)
    unsupported: int = 0  # files of a type reportlint cannot read
    excluded: int = 0  # files dropped by --exclude or not picked by --include
    unsupported_examples: list[str] = field(default_factory=list)  # a few, to show the user


def _matches(rel: PurePath, globs: list[str]) -> bool:
    text = rel.as_posix()
    for g in globs:
        g = g.rstrip("/")
        if fnmatch.fnmatch(text, g) or fnmatch.fnmatch(rel.name, g):
            return True
        if any(fnmatch.fnmatch(part, g) for part in rel.parts[:-1]):  # a folder name
            return True
        if "/" in g and any(fnmatch.fnmatch(PurePath(*rel.parts[:i]).as_posix(), g) for i in range(1, len(rel.parts))):
            return True
    return False


def walk(roots: list[str | os.PathLike], include: list[str] | None = None,
         exclude: list[str] | None = None) -> Walk:
    """Every report under `roots` (files given directly are taken as they are), sorted."""
    from reportlint.loaders import supported

    include = include or []
    exclude = exclude or []
    out = Walk()
    seen: set[Path] = set()

    def consider(path: Path, rel: PurePath) -> None:
        if exclude and _matches(rel, exclude):
            out.excluded += 1
            return
        if include and not _matches(rel, include):
            out.excluded += 1
            return
        if not supported(path):
            out.unsupported += 1
            if len(out.unsupported_examples) < 5:
                out.unsupported_examples.append(str(path))
            return
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.files.append(key)

    for raw in roots:
        root = Path(raw)
        if root.is_file():
            consider(root, PurePath(root.name))
            continue
        if not root.is_dir():
            raise FileNotFoundError(f"{root}: no such file or directory")
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            base = PurePath(os.path.relpath(folder, root))
            for name in sorted(names):
                if name.startswith("."):
                    continue
                path = Path(folder) / name
                if not path.is_file():  # a dangling link, a socket ...
                    continue
                consider(path, base / name if str(base) != "." else PurePath(name))
    out.files.sort()
    return out
