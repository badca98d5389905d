"""The formal parts of a report (Nghị định 30/2020/NĐ-CP, Phụ lục I), in one namespace for
the header, signatory, recipients and period checks.

- `header(outline)`: issuing body, quốc hiệu, tiêu ngữ, "Số:", place and date
  (reportlint.analysis.header);
- `signature(outline)`: the signature block (reportlint.analysis.signature);
- `periods(text)`, `report_period(outline)`: reporting periods (reportlint.analysis.periods);
- titles, bodies, type codes and body names (reportlint.analysis.formal_terms).
"""

from __future__ import annotations

from reportlint.analysis.formal_terms import (body_type, canon, closing_targets, data, fuzzy_title,
                                              heads_of_body, match_title, squash, starts_with, tables)
from reportlint.analysis.header import Header, NumberField, PlaceDate, header, split_columns
from reportlint.analysis.periods import Period, is_plan_heading, periods, report_period, split_plan
from reportlint.analysis.signature import SignLine, is_collective, is_name, signature, strip_academic

__all__ = [
    "Header", "NumberField", "Period", "PlaceDate", "SignLine", "body_type", "canon", "closing_targets", "data",
    "fuzzy_title", "header", "heads_of_body", "is_collective", "is_name", "is_plan_heading", "match_title",
    "periods", "report_period", "signature", "split_columns", "split_plan", "squash", "starts_with",
    "strip_academic", "tables",
]
