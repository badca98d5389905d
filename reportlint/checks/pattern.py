"""A regular expression found in the text: a house-style rule written in YAML, no Python.

For a team's own conventions ("UBND" written out in the title, a retired unit name, a
banned phrase)::

    rules:
      - id: style.old-name
        kind: pattern
        severity: warning
        message: "'{match}' was renamed in 2025: write 'Sở Khoa học và Công nghệ'"
        message_vi: "'{match}' đã đổi tên năm 2025: ghi 'Sở Khoa học và Công nghệ'"
        options:
          pattern: 'Sở Thông tin và Truyền thông'
          ignore_case: true

Options: `pattern` (Python syntax), `ignore_case`, `where`: "body" (numbered sections,
the default), "all" (every paragraph: header, recipients and signature too). Message
arguments: {match}, and {1}, {2} ... are not available; use named groups `(?P<name>...)`,
which become arguments of the same name.

Patterns are checked when the rule file is loaded (reportlint/text/safe_regex.py): a
pattern that could backtrack catastrophically (`(a+)+`, `\\w+\\w+`, backreferences) is
refused with exit 2. Whatever passes runs with a time budget per report, and a paragraph
longer than safe_regex.MAX_SUBJECT characters is not searched, so a user rule can never
hang the linter.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.checks import Finding
from reportlint.analysis.outline import Outline
from reportlint.text.safe_regex import compile_safe, finditer_budgeted

KIND = "pattern"
OPTIONS = {"pattern": "", "ignore_case": False, "where": "body"}
CHOICES = {"where": ("body", "all")}


def validate(options: dict) -> None:
    """Called when a rule file is loaded: raise ValueError (UnsafePattern) for a pattern that may hang."""
    compile_safe(options["pattern"], options["ignore_case"])


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    rx = compile_safe(options["pattern"], options["ignore_case"])  # compiled once per run
    paras = outline.paragraphs if options["where"] == "all" else outline.body_paragraphs()
    for p, m in finditer_budgeted(rx, ((p, p.text) for p in paras)):
        if m.end() > m.start():
            yield Finding(p, m.start(), m.end(), args={"match": m.group(), **{k: v or "" for k, v in m.groupdict().items()}})
