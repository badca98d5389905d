"""`reportlint summary`: the summary of an audit store, its export and HTML report,
without re-linting."""

from __future__ import annotations

from typing import Any

from reportlint.commands.audit import check_export, outputs, store_errors
from reportlint.commands.common import Session


def run(args: Any, session: Session) -> int:
    with store_errors():
        check_export(args, session)
        outputs(args, session, quiet=args.quiet, top=args.top, create=False)
    return 0
