"""The reporting period: title, headings, closing sentence and results must agree.

The title names the period reported on ("tháng 10/2020", "quý III/2022", "9 tháng đầu
năm 2021", "năm 2021") and often the plan period ("kế hoạch tháng 11/2020", "phương
hướng quý IV"). One rule per `check` option value:

- ``mismatch``: a top-level heading or the closing sentence names a period of the same
  kind that differs from the title's (results against the reported period, "kế hoạch",
  "phương hướng", "nhiệm vụ" against the plan period).
- ``stale``: in the results of a monthly or quarterly report, guidance or a plan issued
  *for* an earlier period ("Ban hành Công văn chỉ đạo định hướng công tác tuyên truyền
  tháng 6" in a July report): last period's sentence copied without updating. Reports,
  meetings and dates about earlier periods ("Hội giao ban ... tháng 5/2019", "báo cáo
  kết quả tháng 6", "ngày 21/5/2019") are normal and not flagged.
- ``cutoff``: data counted up to a date well before the period ends ("số liệu tính đến
  30/6/2021" in a 9-month report).
- ``date``: a date of the text that is no day of the calendar ("31/6/2024", "29/02/2023") or
  whose year cannot be meant ("từ ngày 15/12/1023": before 1800 or decades after `--today`).

(The signing date against the period is header.date-plausible.)
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.analysis import formal
from reportlint.model.document import Paragraph
from reportlint.analysis.outline import Outline, Section
from reportlint.i18n import t

KIND = "period"
# ocr_severity: a text without diacritics (OCR) may misread a digit: at most this severity
OPTIONS = {"check": "mismatch", "cutoff_days": 45, "ocr_severity": "warning"}
CHOICES = {"check": ("mismatch", "stale", "cutoff", "date")}

# Forward-looking documents: what is issued for a period ahead of it.
_GUIDANCE = re.compile(
    r"\b(?:dinh\s+huong|ke\s+hoach\s+cong\s+tac|chuong\s+trinh\s+cong\s+tac|phuong\s+huong)\b"
    r"(?P<gap>[^.;:()]{0,40}?)\bth[aeid]ng\s+(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4})|\s+nam\s+(?P<y2>\d{4}))?\b(?!\s*/\s*\d)"
    r"|\b(?:dinh\s+huong|ke\s+hoach\s+cong\s+tac|chuong\s+trinh\s+cong\s+tac|phuong\s+huong)\b"
    r"(?P<gapq>[^.;:()]{0,40}?)\bquy\s+(?P<q>iv|iii|ii|i)\b(?:\s*/\s*(?P<qy>\d{4})|\s+nam\s+(?P<qy2>\d{4}))?"
)
# every match of _GUIDANCE holds one word of each
_GUIDANCE_WORDS = ("thang", "theng", "thing", "thdng", "quy")
_FORWARD_WORDS = ("huong", "hoach", "trinh")
# and starts with one of these: each opens with a literal, scanned for fast, where _GUIDANCE (an
# alternation after \b) is tried at every position of the paragraph
_GUIDANCE_STARTS = tuple(map(re.compile, (r"dinh\s+huong", r"ke\s+hoach\s+cong\s+tac", r"chuong\s+trinh\s+cong\s+tac",
                                          r"phuong\s+huong")))
_BACKWARD = re.compile(r"\b(?:bao\s+cao|ket\s+qua|tong\s+ket|so\s+ket|danh\s+gia|thuc\s+hien)\b")
_CUTOFF = re.compile(
    r"\b(?:tinh\s+den|den\s+thoi\s+diem|so\s+lieu\s+den)\s+(?:het\s+)?(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
)
_SLASHED_DATE = re.compile(r"/\s*\d{1,2}\s*/\s*\d{4}")  # (opening with '/': scanned for fast)
_DIGIT = re.compile(r"\d")
_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    rep, plan, _ = formal.report_period(outline)
    what = options["check"]
    if what == "mismatch":
        yield from _mismatch(outline, rep, plan, options["ocr_severity"])
    elif what == "stale" and rep is not None and rep.kind in ("month", "quarter"):
        yield from _stale(outline, rep)
    elif what == "cutoff" and rep is not None and rep.bounds() is not None:
        yield from _cutoff(outline, rep, options["cutoff_days"])
    elif what == "date":
        yield from _impossible_dates(outline, options["ocr_severity"])


def _differs(found: formal.Period, want: formal.Period | None) -> bool:
    return want is not None and found.kind == want.kind and not found.same(want)


def _mismatch(outline: Outline, rep, plan, ocr_severity: str) -> Iterator[Finding]:
    if rep is None and plan is None:
        return
    soft = ocr_severity if outline.unaccented else None
    for s in outline.main_sections():
        ps = formal.periods(s.paragraph.text)
        if not ps:
            continue
        # (a section of a part on next year's tasks is a plan too: 'PHẦN II PHƯƠNG HƯỚNG NĂM 2026' › 'I. MỤC TIÊU')
        is_plan = any(formal.is_plan_heading(x.paragraph.text) for x in (s, s.parent) if x is not None)
        want = plan if is_plan else rep
        p = ps[0]
        if _differs(p, want):
            yield _finding(outline, s.paragraph, p, want, "heading", soft)
    if outline.closing is not None:
        crep, cplan = formal.split_plan(outline.closing.text)
        for found, want in ((crep[:1], rep), (cplan[:1], plan)):
            if found and _differs(found[0], want):
                yield _finding(outline, outline.closing, found[0], want, "closing", soft)


def _finding(outline: Outline, para: Paragraph, p: formal.Period, want: formal.Period, where: str,
             severity: str | None) -> Finding:
    lang = lang_of(outline)
    found, where = para.text[p.start:p.end], t(f"check.period.where.{where}", lang)
    return Finding(para, p.start, p.end, {"found": found, "expected": want.show(), "where": where},
                   severity=severity, evidence=t("check.period.mismatch", lang, want=want.show(), where=where, found=found))


def _plan_sections(outline: Outline) -> set[int]:
    out: set[int] = set()
    for s in outline.main_sections():
        if formal.is_plan_heading(s.paragraph.text):
            for x in s.walk():
                out.add(id(x))
    return out


def _results(outline: Outline) -> list[Paragraph]:
    """Paragraphs about results, not plans (shared by the stale and cutoff rules)."""
    return outline.derive("period.results", lambda: _result_paragraphs(outline))


def _result_paragraphs(outline: Outline) -> list[Paragraph]:
    plan = _plan_sections(outline)
    out = []
    for p in outline.body_paragraphs():
        s: Section | None = outline.section_of.get(id(p))
        if s is not None and id(s) in plan:
            continue
        if s is not None and s.paragraph is p and formal.is_plan_heading(p.text):
            continue
        out.append(p)
    return out


def _stale(outline: Outline, rep: formal.Period) -> Iterator[Finding]:
    for p in _results(outline):
        if not _may_name(p.text, rep.kind):
            continue
        f = p.folded
        if not (any(map(f.__contains__, _GUIDANCE_WORDS)) and any(map(f.__contains__, _FORWARD_WORDS))
                and any(start.search(f) for start in _GUIDANCE_STARTS)):
            continue  # most paragraphs: no need for the pattern
        for m in _GUIDANCE.finditer(f):
            back = f[max(0, m.start() - 30):m.start()]
            if _BACKWARD.search(back) or _BACKWARD.search(m.group("gap") or m.group("gapq") or ""):
                continue
            if m.group("m"):
                year = m.group("y") or m.group("y2")
                if rep.kind != "month":
                    continue
                month, span = int(m.group("m")), m.span("m")
                start = m.start("m") - len("tháng ")
                earlier = _earlier(rep, month, month, year)
                shown = f"tháng {month}" + (f"/{year}" if year else "")
            else:
                year = m.group("qy") or m.group("qy2")
                if rep.kind != "quarter":
                    continue
                q = _Q[m.group("q")]
                start, span = m.start("q") - len("quý "), m.span("q")
                earlier = _earlier(rep, 3 * q - 2, 3 * q, year)
                shown = f"quý {m.group('q').upper()}" + (f"/{year}" if year else "")
            if earlier:
                what = p.text[m.start():span[1]]
                yield Finding(p, max(start, m.start()), span[1],
                              {"found": shown, "period": rep.show(), "what": what},
                              evidence=t("check.period.stale", lang_of(outline), period=rep.show(), what=what))


def _may_name(text: str, kind: str) -> bool:
    """Whether a paragraph can name a month by its number, or a quarter ('quý'): what _stale reads in
    a monthly or a quarterly report. The fold keeps a text's digits and its letter q: asked of the text,
    most paragraphs need no fold (costly; claims fold those with figures anyway)."""
    return _DIGIT.search(text) is not None if kind == "month" else "q" in text or "Q" in text


def _earlier(rep: formal.Period, first: int, last: int, year: str | None) -> bool:
    """True when [first, last] (in `year`, or the report's year) ends before the report period."""
    if year and rep.year and int(year) != rep.year:
        return int(year) < rep.year
    return last < rep.first


def _cutoff(outline: Outline, rep: formal.Period, days: int) -> Iterator[Finding]:
    first, last = rep.bounds()
    for p in _results(outline):
        if _SLASHED_DATE.search(p.text) is None:  # a cut-off date is d/m/yyyy (the fold keeps digits and '/')
            continue
        f = p.folded
        if "den" not in f:
            continue
        for m in _CUTOFF.finditer(f):
            try:
                d = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if d < first or (rep.kind in ("months", "year") and (last - d).days > days):
                shown = f"{d:%d/%m/%Y}"
                yield Finding(p, m.start(), m.end(), {"date": shown, "period": rep.show()},
                              evidence=t("check.period.cutoff", lang_of(outline), period=rep.show(),
                                         first=f"{first:%d/%m/%Y}", last=f"{last:%d/%m/%Y}", date=shown))


# d/m/yyyy (not a document number: '45/2019/NĐ-CP'), found by its '/m/yyyy' (a pattern that
# opens with a literal is scanned for fast), and 'ngày d tháng m năm yyyy' (opening with [Nn],
# the word boundary checked after it, and case ignored only after it: so too scanned for fast)
_MONTH_YEAR = re.compile(r"/(\d{1,2})/(\d{4})(?![\d/])")
_DAY_BEFORE = re.compile(r"(?<![\d/.])\d{1,2}$")
# what _WORDED_DATE needs, in lower case: opening with a literal, scanned for fast where _WORDED_DATE tries every 'n'
_WORDED_DATE_LOW = re.compile(r"ng[aà]y\s+\d{1,2}\s+th[aá]ng\s+\d{1,2}\s+n[aă]m\s+\d{4}")
_WORDED_DATE = re.compile(r"[Nn](?<!\w[Nn])(?i:g[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4}))\b")
# a span of years named as a period ('giai đoạn 2021-2025', 'nhiệm kỳ 2020 – 2025', 'năm học 2024-2025')
_YEAR_RANGE = re.compile(r"(?<!\d)(\d{4})[ \t]*[-–][ \t]*(\d{4})(?!\d)")
# the dash and the year after it each span needs: most paragraphs with a dash are bullets, or hold
# 'kinh tế - xã hội', and are not lowered to look for a period word (one pattern per dash: a pattern
# opening with a literal is scanned for fast, a class of two is tried at every character)
_DASH_YEAR, _EN_DASH_YEAR = re.compile(r"-[ \t]*\d{4}"), re.compile(r"–[ \t]*\d{4}")
_PERIOD_WORDS = ("giai đoạn", "nhiệm kỳ", "năm học", "thời kỳ", "niên độ")
_PERIOD_WORD = re.compile(rf"(?:{'|'.join(_PERIOD_WORDS)})\s+$")
_FIRST_YEAR = 1800  # (reports cite the founding of the Party, 3/2/1930, and births of the 19th century)
_YEARS_AHEAD = 50  # (plans run to 2045 or 2050)


def _impossible_dates(outline: Outline, ocr_severity: str) -> Iterator[Finding]:
    today = outline.settings.get("today")
    last_year = (today.year if isinstance(today, datetime.date) else datetime.date.today().year) + _YEARS_AHEAD
    lang = lang_of(outline)
    for p in outline.paragraphs:
        for start, end, d, mo, y in _dates(p):
            try:
                datetime.date(y, mo, d)
                why = "" if _FIRST_YEAR <= y <= last_year else t("check.period.year", lang, year=y)
            except ValueError:
                why = t("check.period.swapped" if mo > 12 and d <= 12 else "check.period.no_day", lang)
            if why:
                yield Finding(p, start, end, {"date": p.text[start:end], "why": why},
                              severity=ocr_severity if p.unaccented else None)
        if not (_DASH_YEAR.search(p.text) or _EN_DASH_YEAR.search(p.text)):
            continue  # (most paragraphs: no span of years, nor a period word to look for)
        low = p.lower
        for m in _YEAR_RANGE.finditer(p.text) if any(map(low.__contains__, _PERIOD_WORDS)) else ():
            if not _PERIOD_WORD.search(low, max(0, m.start() - 14), m.start()):
                continue
            first, last = int(m.group(1)), int(m.group(2))
            bad = next((y for y in (first, last) if not _FIRST_YEAR <= y <= last_year), None)
            why = t("check.period.year", lang, year=bad) if bad else t("check.period.reversed", lang) if last <= first else ""
            if why:  # ('giai đoạn 2021-2018', 'giai đoạn 1010-2015')
                yield Finding(p, m.start(1), m.end(2), {"date": p.text[m.start(1):m.end(2)], "why": why},
                              severity=ocr_severity if p.unaccented else None)


def _dates(p: Paragraph) -> Iterator[tuple[int, int, int, int, int]]:
    """(start, end, day, month, year) of each date written in the paragraph."""
    text = p.text
    if text.count("/") >= 2:
        for m in _MONTH_YEAR.finditer(text):
            day = _DAY_BEFORE.search(text, max(0, m.start() - 3), m.start())
            if day is not None:
                yield day.start(), m.end(), int(day.group()), int(m.group(1)), int(m.group(2))
    # (most paragraphs: none)
    if _WORDED_DATE_LOW.search(p.lower) and ("háng " in text or "hang " in text or "HÁNG " in text or "HANG " in text):
        for m in _WORDED_DATE.finditer(text):
            yield m.start(), m.end(), *map(int, m.groups())
