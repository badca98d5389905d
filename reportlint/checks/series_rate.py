"""A growth rate against the report it compares with (cross-report).

`reportlint audit` runs it over an archive's reports; `reportlint check` reads one
report and skips it.

"tiếp nhận 12.914 hồ sơ, tăng 12,5% so với tháng trước" is checked against the same
figure (same label and unit) in the previous report of the same body; "so với cùng kỳ"
against the report of the same period a year earlier. A difference of up to one unit
in the rate's last digit is rounding or truncation, not a finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from reportlint.analysis.series import Facts, by_period, name, previous
from reportlint.checks import SeriesFinding
from reportlint.text.numbers import format_vi

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

KIND = "series_rate"
CROSS_REPORT = True
OPTIONS: dict[str, Any] = {}


def check_series(series: dict[str, Facts], options: dict[str, Any]) -> Iterator[SeriesFinding]:
    single = by_period(series)
    for period, path in sorted(single.items()):
        compared = {"previous": single.get(previous(period)), "year": single.get(previous(period, years=1))}
        for f in series[path].get("figures", []):
            ref_path = compared.get(f.get("ref")) if f["type"] == "rate" else None
            if ref_path is not None:
                yield from _rate(path, series[path], f, ref_path, series[ref_path])


def _rate(path: str, cur: Facts, f: dict[str, Any], ref_path: str, ref: Facts) -> Iterator[SeriesFinding]:
    if f["key"] not in ref.get("base", {}) or f["key"] not in cur.get("base", {}):
        return
    old, now = Decimal(ref["base"][f["key"]]), Decimal(f["value"])
    if old == 0:
        return
    actual = (now - old) * 100 / old
    claimed = Decimal(f["rate"]) * f["sign"]
    if abs(actual - claimed) <= Decimal(1).scaleb(-f["decimals"]):  # half a unit is rounding; a whole one, truncation
        return
    change = f"{'tăng' if actual >= 0 else 'giảm'} {format_vi(abs(actual), f['decimals'])}%"
    args = {"text": f["text"], "reference": name(ref_path, ref), "old": format_vi(old), "now": format_vi(now),
            "change": change}
    yield SeriesFinding(path, f, args, suggestion=change,
                        evidence=f"{ref_path}: {format_vi(old)}; {path}:{f['line']}: {format_vi(now)}")
