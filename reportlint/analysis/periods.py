"""Reporting periods written in a title, heading or sentence ("tháng 10/2020", "quý
III/2022", "9 tháng đầu năm 2021", "năm 2021"), matched on `fold()`ed text."""

from __future__ import annotations

import datetime
import re
from collections import namedtuple

from reportlint.analysis.outline import Outline
from reportlint.model.document import Paragraph
from reportlint.text.letters import fold

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NAM = r"n[a-z4]{1,2}m"
_PERIOD = re.compile(
    rf"\b(?P<n>\d{{1,2}})\s+th[aeid]ng\s+(?:(?P<dir>[dp][a-z]{{1,2}}u|cu[a-z]{{1,2}}i)\s+)?{_NAM}(?:\s+(?P<ny>\d{{4}}))?\b"
    rf"|\bquy\s+(?P<q>iv|iii|ii|i|[1-4])\b(?:\s*/\s*(?P<qy>\d{{4}})|\s+{_NAM}\s+(?P<qy2>\d{{4}}))?"
    rf"|\bth[aeid]ng\s+(?P<m>\d{{1,2}})(?:\s*/\s*(?P<my>\d{{4}})|\s+{_NAM}\s+(?P<my2>\d{{4}}))?\b(?!\s*/\s*\d)"
    rf"|\b{_NAM}\s+(?P<y>\d{{4}})\b(?!\s*[-–]\s*\d)"
)
_DATE_BEFORE = re.compile(r"(?:ng[a-z]?y\s+)?\d{1,2}\s*$")
_PLAN_WORD = re.compile(r"\b(?:ke\s+hoach|phuong\s+huong|nhiem\s+vu|du\s+kien)\b")
_NOT_PLAN = re.compile(r"(?:thuc\s+hien|ket\s+qua|danh\s+gia)\s+(?:\S+\s+){0,2}$")


class Period(namedtuple("Period", "kind year first last start end text")):
    """A reporting period and where it was written.

    kind (str): month, quarter, months (n tháng đầu/cuối năm), year
    year (int | None)
    first, last (int): the first and last month
    start, end (int): its span in the text it was found in
    text (str)
    """

    __slots__ = ()

    def same(self, other: "Period") -> bool:
        years = self.year is None or other.year is None or self.year == other.year
        return self.kind == other.kind and self.first == other.first and self.last == other.last and years

    def bounds(self) -> tuple[datetime.date, datetime.date] | None:
        if self.year is None:
            return None
        first = datetime.date(self.year, self.first, 1)
        nxt = datetime.date(self.year + (self.last == 12), self.last % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1)

    def show(self) -> str:
        y = f"/{self.year}" if self.year else ""
        if self.kind == "month":
            return f"tháng {self.first}{y}"
        if self.kind == "quarter":
            return f"quý {['I', 'II', 'III', 'IV'][self.last // 3 - 1]}{y}"
        if self.kind == "months":
            n = self.last - self.first + 1
            where = "đầu" if self.first == 1 else "cuối"
            return f"{n} tháng {where} năm" + (f" {self.year}" if self.year else "")
        return f"năm {self.year}"


def periods(text: str) -> list[Period]:
    """Reporting periods written in `text`, years filled in from the periods around them."""
    f = fold(text)
    found: list[Period] = []
    for m in _PERIOD.finditer(f):
        p = _period(m, f)
        if p:
            found.append(p)
    return _fill_years(found)


def _period(m: re.Match, f: str) -> Period | None:
    g = m.groupdict()
    span = (m.start(), m.end())
    if g["n"]:
        n = int(g["n"])
        if not 1 <= n <= 12:
            return None
        y = int(g["ny"]) if g["ny"] else None
        if g["dir"] and g["dir"].startswith("cu"):
            return Period("months", y, 13 - n, 12, *span, m.group())
        return Period("months", y, 1, n, *span, m.group()) if n < 12 else Period("year", y, 1, 12, *span, m.group())
    if g["q"]:
        q = _ROMAN_Q[g["q"]]
        y = g["qy"] or g["qy2"]
        return Period("quarter", int(y) if y else None, 3 * q - 2, 3 * q, *span, m.group())
    if g["m"]:
        if _DATE_BEFORE.search(f[max(0, m.start() - 10):m.start()]):  # "ngày 14 tháng 9 năm 2021"
            return None
        mo = int(g["m"])
        y = g["my"] or g["my2"]
        return Period("month", int(y) if y else None, mo, mo, *span, m.group()) if 1 <= mo <= 12 else None
    if g["y"]:
        before = f[max(0, m.start() - 16):m.start()]
        if re.search(r"(?:th[aeid]ng\s+\d{1,2}|ng[a-z]?y\s+\d{1,2}|nhiem\s+ky|giai\s+doan|\d)\s*$", before):
            return None
        return Period("year", int(g["y"]), 1, 12, *span, m.group())
    return None


def _fill_years(ps: list[Period]) -> list[Period]:
    out = list(ps)
    for i, p in enumerate(out):
        if p.year is not None:
            continue
        nxt = next((q for q in out[i + 1:] if q.year is not None), None)
        prv = next((q for q in reversed(out[:i]) if q.year is not None), None)
        if nxt is not None:
            y = nxt.year - (1 if p.first > nxt.last and nxt.first <= 2 else 0)
        elif prv is not None:
            y = prv.year
        else:
            continue
        out[i] = Period(p.kind, y, p.first, p.last, p.start, p.end, p.text)
    return out


def split_plan(text: str) -> tuple[list[Period], list[Period]]:
    """(report periods, plan periods) of a title or closing: periods after "kế hoạch",
    "phương hướng", "nhiệm vụ" are the plan's (unless "thực hiện kế hoạch ...")."""
    f = fold(text)
    cut = len(f)
    for m in _PLAN_WORD.finditer(f):
        if not _NOT_PLAN.search(f[max(0, m.start() - 30):m.start()]):
            cut = m.start()
            break
    ps = periods(text)
    return [p for p in ps if p.start < cut], [p for p in ps if p.start >= cut]


def is_plan_heading(text: str) -> bool:
    f = fold(text)
    m = _PLAN_WORD.search(f)
    return bool(m) and not _NOT_PLAN.search(f[max(0, m.start() - 30):m.start()])


def report_period(outline: Outline) -> tuple[Period | None, Period | None, Paragraph | None]:
    """(report period, plan period, the paragraph they were read from) of the title.

    Computed once per outline: the period and header rules all ask.
    """
    return outline.derive("formal.report_period", lambda: _report_period(outline))


def _report_period(outline: Outline) -> tuple[Period | None, Period | None, Paragraph | None]:
    for p in (outline.subject, outline.title):
        if p is None:
            continue
        rep, plan = split_plan(p.text)
        if rep or plan:
            return (rep[0] if rep else None), (plan[0] if plan else None), p
    return None, None, None
