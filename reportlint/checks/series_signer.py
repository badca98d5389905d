"""One signer's name spelled two ways across a body's reports (cross-report).

`reportlint audit` runs it over an archive's reports; `reportlint check` reads one
report and skips it.

Names that fold to the same letters ("Nguyễn Văn An", "Nguyễn Văn Ân") are one person;
the usual spelling is the most frequent one (the earliest on a tie), and each report
that spells it otherwise is flagged. Different names ("Nguyễn Văn Anh") are different
signers, not a spelling.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator

from reportlint.analysis.series import Facts, name
from reportlint.checks import SeriesFinding
from reportlint.text.letters import fold

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

KIND = "series_signer"
CROSS_REPORT = True
OPTIONS: dict[str, Any] = {}


def check_series(series: dict[str, Facts], options: dict[str, Any]) -> Iterator[SeriesFinding]:
    by_fold: dict[str, list[str]] = defaultdict(list)
    for path, facts in series.items():
        if facts.get("signer"):
            by_fold[" ".join(fold(unicodedata.normalize("NFC", facts["signer"])).split())].append(path)
    for paths in by_fold.values():
        yield from _spellings(paths, series)


def _spellings(paths: list[str], series: dict[str, Facts]) -> Iterator[SeriesFinding]:
    spellings = Counter(series[p]["signer"] for p in paths)
    if len(spellings) < 2:
        return
    order = sorted(paths, key=lambda p: (series[p].get("period") or [], p))
    first_seen = {s: i for i, s in reversed(list(enumerate(series[p]["signer"] for p in order)))}
    usual = max(spellings, key=lambda s: (spellings[s], -first_seen[s]))
    example = next(p for p in order if series[p]["signer"] == usual)
    for p in order:
        signer = series[p]["signer"]
        if signer != usual and series[p].get("signer_at"):
            yield SeriesFinding(p, series[p]["signer_at"],
                                {"name": signer, "usual": usual, "report": name(example, series[example])},
                                suggestion=usual, evidence=f"{example}: '{usual}'; {p}: '{signer}'")
