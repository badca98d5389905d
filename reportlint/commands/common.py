"""What several subcommands share: the language of their messages, finding the reports,
laying the command-line settings over the config, and never writing over an input."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from reportlint.errors import UsageError
from reportlint.i18n import t

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:  # api is imported when a command needs it: it loads the whole pipeline
    from typing import Any
    from reportlint.api import Overrides
    from reportlint.discovery import Found


class Session:
    """One run of the command line: the language its one-line errors speak (--lang, else
    the config's `lang` once a command has read it)."""

    __slots__ = ("lang",)

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang

    def t(self, key: str, **args: Any) -> str:
        return t(key, self.lang, **args)

    def fail(self, message: str, code: int = 2) -> int:
        print(f"{self.t('error.prefix')}{message}", file=sys.stderr)
        return code

    def note(self, message: str) -> None:
        print(f"{self.t('note.prefix')}{message}", file=sys.stderr)


def find_reports(session: Session, paths: list[str], include: Iterable[str] = (), exclude: Iterable[str] = (),
                 keep_given: bool = False) -> "Found":
    """The reports under `paths` (discovery.walk), the same answer for `check` and `audit`:
    a missing path, an unreadable folder or a folder without reports is a usage error; links
    that leave the given folders are skipped with a note."""
    from reportlint import discovery

    found = discovery.walk(paths, include, exclude, keep_given=keep_given)
    unreadable = dict(found.errors)
    for p in map(Path, paths):
        if p in found.missing:
            raise UsageError(session.t("error.no_such_path", path=p))
        if p in found.empty:
            raise UsageError(session.t("error.no_reports", path=p))
        if str(p) in unreadable:
            raise UsageError(session.t("error.unreadable_dir", path=p, reason=unreadable[str(p)]))
    for link in found.outside:
        session.note(session.t("note.link_outside", path=link))
    return found


def overrides(args: Any) -> "Overrides":
    """--config, --select, --extend-select, --ignore, --lang, --today as api.Overrides."""
    from reportlint.api import Overrides

    return Overrides(config=str(args.config) if args.config else None,
                     select=tuple(args.select) if args.select is not None else None,
                     extend_select=tuple(args.extend_select), ignore=tuple(args.ignore),
                     lang=args.lang, today=args.today)


def refuse_overwriting_inputs(session: Session, outputs: Iterable[Path | None], inputs: Iterable[Path]) -> None:
    """No output of a run may replace one of its inputs, not even with --force (issue 16):
    the same file after links, or a hard link to it."""
    from reportlint.discovery import same_file

    outs = [Path(o) for o in outputs if o is not None and os.path.exists(o)]
    if not outs:
        return
    for out in outs:
        for f in inputs:
            if same_file(out, f):
                raise UsageError(session.t("error.output_is_input", path=out))
