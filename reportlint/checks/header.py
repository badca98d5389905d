"""The header of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I).

One rule per `check` option value:

- ``national``: quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (HOÀ accepted too), in
  capitals, every word and diacritic right.
- ``motto``: tiêu ngữ "Độc lập - Tự do - Hạnh phúc": hyphens (not en dashes) with a space
  on each side, these capitals, these words.
- ``number``: "Số: N/CODE-BODY": the label with its colon, the number (below 10 with a
  leading zero) joined to the code by "/" without spaces, the code's parts by "-".
- ``type-code``: the type code agrees with the title (BÁO CÁO ↔ BC, KẾ HOẠCH ↔ KH, TỜ
  TRÌNH ↔ TTr ... the table of Phụ lục III in rules/formal.yaml). Công văn has none.
- ``date-format``: "Trà Vinh, ngày 05 tháng 01 năm 2021": place, comma, words; days below
  10 and months 1 and 2 take a leading zero (a zero on months 3-12 is only worth a look).
- ``date-plausible``: the signing date fits the period in the title (a report on tháng
  10/2020 is signed in October or soon after, not in September; a plan or a decision on a
  period is not held to it) and is not in the future of `--today`.
- ``missing-parts``: a report pasted without header or signature (an excerpt or draft
  section) gets one note saying which formal parts are absent, not a wall of errors.

Header lines laid out in two columns (PDF or OCR text) are split first. Text that lost
its diacritics (OCR) is read by folding; its spelling is not judged.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.model.diagnostic import lowest
from reportlint.analysis import formal
from reportlint.analysis.outline import Outline
from reportlint.text.letters import fold
from reportlint.i18n import t

KIND = "header"
OPTIONS = {"check": "national", "lead_months": {"month": 0, "quarter": 1, "months": 1, "year": 2},
           "late_days": 183,
           # findings the rule's severity overstates: an OCR text may misread a letter or digit;
           # a type code misspelt or missing is likelier a slip than a wrong document type;
           # the date's form (not a date that does not exist) and a leading zero on months
           # 3-9, which the decree's own sample omits; a report signed long after its period
           "ocr_severity": "info", "code_slip_severity": "warning", "date_style_severity": "warning",
           "month_zero_severity": "info", "late_severity": "info"}
CHOICES = {"check": ("national", "motto", "number", "type-code", "date-format", "date-plausible", "missing-parts")}

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    what = options["check"]
    h = formal.header(outline)
    if what in ("national", "motto", "number") and _party(outline):
        return  # (a Party document, Hướng dẫn 36-HD/VPTW: 'ĐẢNG CỘNG SẢN VIỆT NAM', no motto, 'Số 07-BC/ĐU')
    if what == "missing-parts":
        yield from _missing(outline, h)
    elif what == "national" and h.national and not outline.unaccented:
        yield from _national(h.national, lang_of(outline))
    elif what == "motto" and h.motto and not outline.unaccented:
        yield from _motto(h.motto, lang_of(outline))
    elif what == "number" and h.number and not outline.unaccented:
        yield from _number(h.number, lang_of(outline))
    elif what == "type-code" and h.number:
        yield from _type_code(outline, h.number, options)
    elif what == "date-format" and h.date:
        yield from _date_format(h.date, outline.unaccented, options, lang_of(outline))
    elif what == "date-plausible" and h.date:
        yield from _date_plausible(outline, h.date, options)


def _span(p) -> tuple[int, int]:
    t = p.text
    a = len(t) - len(t.lstrip())
    return a, len(t.rstrip())


def _said(keys: list[str], lang: str, **args) -> str:
    """Problems found (i18n keys) as one clause of the message."""
    return "; ".join(t(f"check.header.{k}", lang, **args) for k in keys)


def _similar(a: str, b: str) -> bool:
    """Mostly the same words: difflib's ratio ≥ 0.6, its length bound asked first (a long
    paragraph can never be similar to a one-line motto, and comparing them is quadratic)."""
    import difflib  # here: only a damaged quốc hiệu or tiêu ngữ is compared, most checks need no difflib

    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= 0.6 and matcher.ratio() >= 0.6


def _national(p, lang: str) -> Iterator[Finding]:
    a, b = _span(p)
    text = p.text[a:b]
    c = formal.canon(text)
    if c == NATIONAL and text == text.upper():
        return
    if c == NATIONAL:
        problem = "caps"
    elif fold(c) == fold(NATIONAL):
        problem = "diacritic"
    elif _similar(fold(c), fold(NATIONAL)):
        problem = "word"
    else:
        return
    yield Finding(p, a, b, {"found": text, "problem": _said([problem], lang), "expected": NATIONAL},
                  suggestion=NATIONAL)


def _motto(p, lang: str) -> Iterator[Finding]:
    a, b = _span(p)
    text = p.text[a:b]
    if text == MOTTO:
        return
    problems = []
    if re.search(r"[–—]", text):
        problems.append("dashes")
    if re.search(r"\S[-–—]|[-–—]\S", text):
        problems.append("hyphen_spaces")
    words = re.sub(r"\s*[-–—]\s*", " - ", text)
    if words.lower() == MOTTO.lower() and words != MOTTO:
        problems.append("part_capitals")
    elif words.lower() != MOTTO.lower():
        if fold(words) == fold(MOTTO):
            problems.append("diacritic")
        elif _similar(fold(words), fold(MOTTO)):
            problems.append("word")
    if problems:
        yield Finding(p, a, b, {"found": text, "problem": _said(problems, lang), "expected": MOTTO}, suggestion=MOTTO)


def _number(n: formal.NumberField, lang: str) -> Iterator[Finding]:
    p = n.para
    problems = []
    label = p.text[n.label[0]:n.label[1]]
    if ":" not in label:
        problems.append("colon")
    num = n.number
    if num and len(num) == 1:
        problems.append("zero")
    if n.code and not n.slash:
        problems.append("slash")
    elif n.number and n.code and re.sub(r"/\d{4}/", "/", p.text[n.number_span[1]:n.code_span[0]]) != "/":
        problems.append("slash_spaces")
    code = n.code
    if re.search(r"\s|[_.]", code):
        problems.append("code_parts")
        code = "-".join(x for x in re.split(r"[\s_.\-]+", code) if x)
    if not problems:
        return
    fixed = f"Số: {num.zfill(2) if num else num}/{code}" if n.code else None
    end = n.code_span[1] if n.code else len(p.text.rstrip())
    yield Finding(p, n.label[0], end, {"found": p.text[n.label[0]:end], "problem": _said(problems, lang, num=num),
                                       "expected": fixed or "Số: N/KÝ HIỆU"},
                  suggestion=fixed)


def _doc_type(outline: Outline) -> str | None:
    if outline.title is None:
        return None
    tables = formal.tables()
    c = formal.canon(outline.title.text)
    found = formal.starts_with(c, sorted(tables["codes"], key=len, reverse=True))
    if found is None:
        f = fold(c)
        for fk, k in sorted(tables["codes_fold"].items(), key=lambda kv: len(kv[0]), reverse=True):
            if f == fk or f.startswith(fk + " "):
                return k
    return found


def _type_code(outline: Outline, n: formal.NumberField, options: dict) -> Iterator[Finding]:
    doc_type = _doc_type(outline)
    if doc_type is None or not n.code:
        return
    tables = formal.tables()
    want = tables["codes"][doc_type]
    party = not n.slash and n.code.startswith("-") and _party(outline)  # ('Số 07-BC/DV': the code after the hyphen)
    part = re.split(r"[-/\s]", n.code[1:] if party else n.code, maxsplit=1)[0]
    a = n.code_span[0] + party
    b = a + len(part)
    args = {"code": part, "title": doc_type, "expected": want, "number": n.para.text[n.label[0]:n.code_span[1]]}
    if part == want:
        return
    if outline.unaccented:  # "IBC" for "BC": OCR noise, not a wrong code
        if part in tables["code_values"] and fold(want).lower() not in fold(part).lower():
            yield Finding(n.para, a, b, args, severity=options["ocr_severity"], suggestion=want)
        return
    lang = lang_of(outline)
    if fold(part).lower() == fold(want).lower():
        yield Finding(n.para, a, b, {**args, "why": t("check.header.code_slip", lang, part=part)},
                      severity=options["code_slip_severity"], suggestion=want)
    elif part in tables["code_values"]:
        yield Finding(n.para, a, b, {**args, "why": t("check.header.code_other", lang, part=part)}, suggestion=want)
    else:
        yield Finding(n.para, a, a, {**args, "why": t("check.header.code_missing", lang)},
                      severity=options["code_slip_severity"], suggestion=f"{want}-{n.code}")


def _date_format(d: formal.PlaceDate, ocr: bool, options: dict, lang: str) -> Iterator[Finding]:
    p = d.para
    style = lowest(options["date_style_severity"], options["ocr_severity"] if ocr else None)

    def f(span, problem, suggestion, severity=style, **args):
        return Finding(p, span[0], span[1], {"found": p.text[span[0]:span[1]],
                                             "problem": t(f"check.header.{problem}", lang, **args)},
                       severity=severity, suggestion=suggestion)

    if d.date is None:  # the one problem at the rule's own severity
        yield f((d.day_span[0], d.month_span[1]), "no_date", None, None)
        return
    if d.numeric:
        fixed = f"{d.place}, ngày {_day(d.day)} tháng {_month(d.month)} năm {d.year}"
        yield f((d.place_span[0], len(p.text.rstrip())), "in_words", fixed, fixed=fixed)
        return
    if not d.place:
        yield f((d.day_span[0] - 5 if d.day_span[0] >= 5 else 0, d.day_span[0]), "no_place", None)
    elif not d.comma:
        yield f(d.place_span, "place_comma", d.place + ",")
    if d.day != _day(d.day):
        yield f(d.day_span, "day_zero", _day(d.day), shown=f"ngày {_day(d.day)}")
    if d.month != _month(d.month):
        shown = f"tháng {_month(d.month)}"
        if int(d.month) <= 2:
            yield f(d.month_span, "month_zero", _month(d.month), shown=shown)
        else:
            yield f(d.month_span, "month_no_zero", _month(d.month), lowest(style, options["month_zero_severity"]),
                    shown=shown)


def _day(s: str) -> str:
    return f"{int(s):02d}"


def _month(s: str) -> str:
    return f"{int(s):02d}" if int(s) <= 2 else str(int(s))


def _date_plausible(outline: Outline, d: formal.PlaceDate, options: dict) -> Iterator[Finding]:
    date = d.date
    if date is None:
        return
    span = (d.day_span[0], d.para.text.rstrip().__len__())
    today = outline.settings.get("today")
    shown = f"{date.day:02d}/{date.month:02d}/{date.year}"
    lang = lang_of(outline)
    if isinstance(today, datetime.date) and date > today:
        yield Finding(d.para, *span, {"date": shown, "why": t("check.header.future", lang, today=f"{today:%d/%m/%Y}")})
        return
    rep, _, _ = formal.report_period(outline)
    if rep is None or rep.bounds() is None or _doc_type(outline) not in (None, "BÁO CÁO"):
        return  # a plan, a decision ... on 'năm 2022' is signed before or during it
    first, last = rep.bounds()
    lead = int(options["lead_months"].get(rep.kind, 0))
    m = rep.last - lead
    earliest = datetime.date(rep.year - (m < 1), (m - 1) % 12 + 1, 1)
    dates = {"period": rep.show(), "first": f"{first:%d/%m/%Y}", "last": f"{last:%d/%m/%Y}", "date": shown}
    if date < earliest:
        yield Finding(d.para, *span, {"date": shown, "why": t("check.header.early", lang, period=rep.show(),
                                                              earliest=f"{earliest:%d/%m/%Y}")},
                      evidence=t("check.header.early_evidence", lang, **dates))
    elif (date - last).days > options["late_days"]:
        yield Finding(d.para, *span, {"date": shown, "why": t("check.header.late", lang, period=rep.show())},
                      severity=options["late_severity"], evidence=t("check.header.late_evidence", lang, **dates))


_PARTS = ("bodies", "national", "motto", "number_line", "date_line")  # Header attributes


def _missing(outline: Outline, h: formal.Header) -> Iterator[Finding]:
    if outline.title is None and not outline.sections:
        return
    absent = [attr for attr in _PARTS if not getattr(h, attr) and not (attr in ("national", "motto") and _party(outline))]
    if not outline.recipients:
        absent.append("recipients")
    if not any(s.kind in ("prefixed", "title") for s in formal.signature(outline)):
        absent.append("signature")
    if not absent:
        return
    p = outline.title or outline.paragraphs[0]
    a, b = _span(p)
    lang = lang_of(outline)
    yield Finding(p, a, b, {"parts": ", ".join(t(f"check.header.part.{x}", lang) for x in absent)})


def _party(outline: Outline) -> bool:
    """Whether the document is the Party's: 'ĐẢNG CỘNG SẢN VIỆT NAM' among its first lines, where a
    state document has its quốc hiệu (Hướng dẫn 36-HD/VPTW: no tiêu ngữ, numbers 'Số 07-BC/ĐU')."""
    return outline.derive("header.party", lambda: any(
        len(p.text) < 60 and " ".join(p.text.split()).upper() == "ĐẢNG CỘNG SẢN VIỆT NAM" for p in outline.paragraphs[:20]))
