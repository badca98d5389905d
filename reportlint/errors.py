"""The errors a user sees as one line and exit code 2: never a traceback.

Every stage raises one of these; only the command line turns them into a message.
"""

from __future__ import annotations


from reportlint.i18n import t

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any


class UsageError(Exception):
    """Something the user must fix in the command: a bad option, a missing path."""


class RuleError(Exception):
    """An invalid rule or config file: 'file:line: what is wrong' — str() in English,
    `message(lang)` in another language (the words are i18n entries "rule.*")."""

    def __init__(self, where: str, key: str = "", /, **fields: Any) -> None:
        self.where, self.key, self.fields = where, key, fields
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        what = t(self.key, lang, **self.fields) if self.key else ""
        return f"{self.where}: {what}" if self.where and what else self.where or what


class Refusal(ValueError):
    """A one-line reason an input is refused: str() in English, `message(lang)` in another language."""

    def __init__(self, key: str, **fields: Any) -> None:
        super().__init__(t(key, "en", **fields))
        self.key, self.fields = key, fields

    def message(self, lang: str = "en") -> str:
        return t(self.key, lang, **self.fields)


class LimitError(Refusal):
    """An input beyond a limit."""


class LoadError(Refusal):
    """A file that cannot be read as a report: a one-line reason (str: English; message(lang))."""
