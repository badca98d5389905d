"""This period's figures against the previous report of the same body (cross-report).

`reportlint audit` runs it over an archive's reports; `reportlint check` reads one
report and skips it.

Reports of one issuing body whose periods are consecutive and of one kind (tháng 9 then
tháng 10, quý II then quý III) are compared figure by figure; only figures whose label
occurs once in both reports are compared. One rule per `check` option value:

- ``unchanged``: a count of new items ("cấp mới 95 chứng thư số") identical to last
  period's: the sentence was probably copied and not updated. Counts below
  `min_unchanged` repeat by chance ("cấp 2 giấy phép" two months running).
- ``decreased``: a cumulative total ("nâng tổng số ...", "lũy kế") lower than last
  period's, when the sentence reports no revocation that would explain it.
- ``balance``: last period's total + new − revoked ≠ this period's total. When the
  sentence mentions no revocation the gap may be one that went unreported, so the
  finding is lowered to `unexplained` (a severity; the rule's own when milder).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from reportlint.analysis.series import Facts, by_period, name, previous, unique
from reportlint.checks import SeriesFinding
from reportlint.model.diagnostic import SEVERITIES
from reportlint.text.numbers import format_vi

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

KIND = "series_figures"
CROSS_REPORT = True
OPTIONS = {"check": "unchanged", "min_unchanged": 10, "unexplained": "info"}
CHOICES = {"check": ("unchanged", "decreased", "balance"), "unexplained": SEVERITIES}


def check_series(series: dict[str, Facts], options: dict[str, Any]) -> Iterator[SeriesFinding]:
    single = by_period(series)
    for period, path in sorted(single.items()):
        prev = single.get(previous(period))
        if prev is None:
            continue
        pair = (path, series[path], prev, series[prev])
        if options["check"] == "unchanged":
            yield from _unchanged(*pair, options["min_unchanged"])
        else:
            yield from _totals(*pair, options)


def _unchanged(path: str, cur: Facts, prev_path: str, prev: Facts, least: int) -> Iterator[SeriesFinding]:
    before = unique(prev, "flow")
    for key, f in unique(cur, "flow").items():
        g = before.get(key)
        if g and f["value"] == g["value"] and Decimal(f["value"]) >= least:
            yield SeriesFinding(path, f, {"text": f["text"], "previous": name(prev_path, prev)},
                                evidence=f"{prev_path}:{g['line']}: '{g['text']}'")


def _totals(path: str, cur: Facts, prev_path: str, prev: Facts, options: dict[str, Any]) -> Iterator[SeriesFinding]:
    before = unique(prev, "total")
    for key, f in unique(cur, "total").items():
        g = before.get(key)
        if not g or not f["cumulative"]:
            continue
        old, now = Decimal(g["value"]), Decimal(f["value"])
        args = {"before": g["raw"], "now": f["raw"], "previous": name(prev_path, prev), "report": name(path, cur)}
        evidence = f"{prev_path}:{g['line']}: '{g['text']}'; {path}:{f['line']}: '{f['text']}'"
        revoked = f.get("revoked")
        if now < old and revoked is None:  # nothing reported that could lower it
            if options["check"] == "decreased":
                yield SeriesFinding(path, f, args, evidence=evidence)
        elif options["check"] == "balance" and f.get("new") is not None:
            new = Decimal(f["new"])
            expect = old + new - Decimal(revoked or 0)
            if expect != now:
                calc = f"{format_vi(old)} + {format_vi(new)}" + (f" − {format_vi(Decimal(revoked))}" if revoked else "")
                yield SeriesFinding(path, f, {**args, "calculation": calc, "expected": format_vi(expect)},
                                    severity=None if revoked is not None else options["unexplained"],
                                    suggestion=format_vi(expect), evidence=evidence)
