"""Cross-report checks: defects only visible when a body's reports are read as a series.

Each report yields a small set of *facts* (in the worker, stored as JSON with the file):
who issued it (the header lines above the national motto), the period its title covers
("tháng 10/2020", "quý III/2020", "năm 2020"), the signer, and the figures worth comparing:

- *flows*, counts of the period: a number right after "cấp mới", "cấp", "thu hồi",
  "tiếp nhận", "phát triển mới", "đăng ký mới", "ký số", "giải quyết";
- *totals*: a number after "nâng tổng số", "lũy kế", "tổng số ... đến nay" (cumulative),
  with the "cấp mới"/"thu hồi" figures of the same sentence;
- *rates*: "tăng 12,5% so với cùng kỳ / tháng trước", with the figure they qualify.

A figure is identified by a normalised label (the folded words that introduce it) and its
unit (the words after it). Only labels that occur once in both reports are compared, so
a report that says "cấp 31 giấy phép" twice is never guessed at.

Reports of the same issuing body with consecutive periods of the same kind form a series
(two reports of one body and one period are ambiguous and are not compared). Rules:

- ``series.unchanged-figure`` (info): a count of new items identical to last period's.
- ``series.total-decreased`` (warning): a cumulative total lower than last period's,
  when the sentence reports no revocation that would explain it.
- ``series.balance-mismatch`` (warning; info when no revocation is mentioned): last
  period's total + new − revoked ≠ this period's total.
- ``series.rate-mismatch`` (warning): "tăng p% so với ..." contradicts the figure the
  compared report gives.
- ``series.signer-spelling`` (warning): one signer's name spelled two ways (same letters,
  different diacritics or capitals) across the body's reports.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable

from reportlint.text.letters import fold

CATEGORY = "series"
RULES = {
    "series.unchanged-figure": ("info", "a count of new items identical to the previous report's"),
    "series.total-decreased": ("warning", "a cumulative total lower than in the previous report"),
    "series.balance-mismatch": ("warning", "previous total + new − revoked differs from the new total"),
    "series.rate-mismatch": ("warning", "a growth rate that contradicts the compared report's figure"),
    "series.signer-spelling": ("warning", "the same signer's name spelled two ways"),
}
MIN_UNCHANGED = 10  # small counts repeat by chance ("cấp 2 giấy phép" two months running)

# -- numbers ------------------------------------------------------------------------------

# A Vietnamese number: dots group thousands, a comma marks decimals. Not part of a date,
# a document number ("108/KH-UBND") or a word.
NUM = r"(?<![\w./,-])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w/]|[.,]\d)"
_NUM = re.compile(NUM)
_AMBIGUOUS = re.compile(r"^\d{1,3},\d{3}$")  # "2,126": English thousands or a decimal?


def parse_number(raw: str) -> Decimal | None:
    """The value of a Vietnamese number literal ("2.126" -> 2126, "12,5" -> 12.5)."""
    raw = raw.strip()
    if _AMBIGUOUS.match(raw):
        return None
    try:
        from reportlint.text.numbers import parse as _parse  # the shared parser, when it exists
    except ImportError:
        _parse = None
    if _parse is not None:
        try:
            v = _parse(raw)
            v = getattr(v, "value", v)
            if isinstance(v, Decimal):
                return v
        except Exception:  # a different signature: fall back to the local reading
            pass
    m = re.fullmatch(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?", raw)
    if not m:
        return None
    try:
        return Decimal(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
    except InvalidOperation:
        return None


def show(v: Decimal | int) -> str:
    """A value written the Vietnamese way: 2126 -> "2.126", 12.5 -> "12,5"."""
    v = Decimal(v)
    sign = "-" if v < 0 else ""
    v = abs(v)
    whole, _, frac = f"{v:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + frac if frac else "")


# -- header, period, signer ---------------------------------------------------------------

_MOTTO = re.compile(r"^(cong hoa xa hoi|doc lap\b|dang cong san viet nam)")
_NUMBER_LINE = re.compile(r"^so\s*:|^so\s+\d")
_DATE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_MONTH = re.compile(r"\bthang\s+(\d{1,2})(?:\s*(?:/|-|nam)\s*(\d{4}))?")
_N_MONTHS = re.compile(r"\b\d{1,2}\s+thang\b")  # "6 tháng đầu năm": not a monthly report
_YEAR_AFTER = re.compile(r"(?:/|\bnam\s+)(\d{4})\b")
_QUARTER = re.compile(r"\bquy\s+(iv|i{1,3}|[1-4])\s*(?:/|-|nam)\s*(\d{4})")
_ANNUAL = re.compile(r"\bnam\s+(\d{4})\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def header_info(header: list[str]) -> dict[str, Any]:
    """Issuing body (and its parent), and the year of the date line, from header lines."""
    bodies: list[str] = []
    year = None
    for raw in header:
        text = " ".join(raw.split()).strip(" *_#")
        f = fold(text)
        m = _DATE.search(f)
        if m:
            year = int(m.group(3))
            continue
        cut = f.find(" cong hoa xa h")  # a two-column header flattened onto one line
        if cut > 0:
            text, f = text[:cut].strip(), f[:cut].strip()
        if not text or _MOTTO.match(f) or _NUMBER_LINE.match(f) or not _caps(text):
            continue
        bodies.append(text)
    body = bodies[-1] if bodies else None
    parent = " ".join(bodies[:-1]) or None
    return {"body": body, "parent_body": parent, "year": year}


def period_of(title: str) -> tuple[str, int, int] | None:
    """("month", 2020, 10), ("quarter", 2020, 3), ("year", 2020, 0) or None."""
    f = fold(" ".join(title.split()))
    m = _MONTH.search(f)
    n = _N_MONTHS.search(f)
    if m and not (n and n.start() < m.start()):
        month = int(m.group(1))
        year = m.group(2) or (lambda y: y.group(1) if y else None)(_YEAR_AFTER.search(f, m.end()))
        if year and 1 <= month <= 12:
            return ("month", int(year), month)
        return None
    q = _QUARTER.search(f)
    if q:
        quarter = _ROMAN.get(q.group(1)) or int(q.group(1))
        return ("quarter", int(q.group(2)), quarter)
    if n:
        return None
    a = _ANNUAL.search(f)
    return ("year", int(a.group(1)), 0) if a else None


def period_label(p: tuple[str, int, int] | list | None) -> str:
    if not p:
        return ""
    kind, year, n = p
    return {"month": f"{year}-{n:02d}", "quarter": f"{year}-Q{n}", "year": f"{year}"}.get(kind, "")


def previous(p: tuple[str, int, int], years: int = 0) -> tuple[str, int, int]:
    """The period before `p`, or the same period `years` years earlier."""
    kind, year, n = p
    if years:
        return (kind, year - years, n)
    if kind == "month":
        return (kind, year - 1, 12) if n == 1 else (kind, year, n - 1)
    if kind == "quarter":
        return (kind, year - 1, 4) if n == 1 else (kind, year, n - 1)
    return (kind, year - 1, 0)


_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_]*$")


def signer_of(signature: list[str]) -> str | None:
    """The signer's name: the last signature line that reads like a person's name."""
    for raw in reversed(signature):
        text = " ".join(raw.split()).strip(" *_")
        words = text.split()
        if not 2 <= len(words) <= 5:
            continue
        if all(_NAME_WORD.match(w) and w[0].isupper() for w in words) and not text.isupper():
            return text
    return None


# -- figures ------------------------------------------------------------------------------

_FLOW = re.compile(r"(?<!cung )\b(cap moi|cap them|thu hoi|cap|tiep nhan|phat trien moi|dang ky moi|ky so|giai quyet)"
                   r"\s+(?:them\s+|duoc\s+|moi\s+)?" + NUM)
_TOTAL = re.compile(r"\b(nang tong so|nang tong|luy ke|tong so|tong cong)\b")
_RATE = re.compile(r"\b(tang|giam)\s+(?:" + NUM + r")\s*%\s*so voi\s+"
                   r"(cung ky(?: nam truoc)?|thang truoc|ky truoc|quy truoc|nam truoc)")
_SENTENCE_END = re.compile(r"\.\s+(?=[^\W\d_])")
_UNIT_STOP = {"cho", "trong", "của", "và", "tại", "với", "trên", "đến", "từ", "là", "tăng", "giảm", "nâng",
              "đạt", "tổng", "cấp", "mới", "như", "theo", "về", "ở", "được", "thu", "phục", "nhằm", "để",
              "đã", "đang", "gồm", "bao", "thuộc", "sử", "qua", "nên", "thì", "mà", "có"}
_WORDS = re.compile(r"[^\W\d_]+")
_UNIT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_PARENS = re.compile(r"\([^()]*\)")
NEW_VERBS = ("cap moi", "cap them", "cap", "phat trien moi", "dang ky moi")


def _fold_aligned(text: str) -> str:
    """fold() that keeps offsets (each character folds to exactly one character)."""
    f = fold(text)
    if len(f) == len(text):
        return f
    return "".join((fold(c) or c)[:1] for c in text)


def _unit(text: str, ft: str, pos: int) -> tuple[str, int]:
    """Up to four words right after a number (folded), and where they end.

    Stop words are compared accented ("tại" ends a unit, "tài khoản" does not).
    """
    out: list[str] = []
    for m in _UNIT_WORD.finditer(ft, pos, pos + 80):
        word = text[m.start(1):m.end(1)].lower()
        if m.start() != pos or word in _UNIT_STOP or len(out) == 4:
            break
        if word == "so" and ft.startswith(" voi", m.end()):
            break
        out.append(m.group(1))
        pos = m.end()
    return " ".join(out), pos


def _sentences(ft: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(ft):
        out.append((start, m.start() + 1))
        start = m.end()
    out.append((start, len(ft)))
    return out


def _label_before(ft: str, start: int, sent_start: int, n: int = 3) -> str:
    """The last `n` words before a number within its clause (',', ';', ':', '(' end a clause)."""
    clause = re.split(r"[,;:()]", ft[sent_start:start])[-1]
    return " ".join(_WORDS.findall(clause)[-n:])


def figures(paragraphs: Iterable[Any]) -> list[dict[str, Any]]:
    """The figures of a report worth comparing with the previous one (see module doc)."""
    out: list[dict[str, Any]] = []
    for para in paragraphs:
        text = para.text
        if not any(ch.isdigit() for ch in text):
            continue
        ft = _fold_aligned(text)
        for s0, s1 in _sentences(ft):
            out.extend(_sentence_figures(para, ft, s0, s1))
    return out


def _where(para: Any, start: int, end: int) -> dict[str, int]:
    line, col, end_line, end_col = para.span(start, end)
    return {"line": line, "column": col, "end_line": end_line, "end_column": end_col}


def _sentence_figures(para: Any, ft: str, s0: int, s1: int) -> list[dict[str, Any]]:
    text = para.text
    sent = ft[s0:s1]
    out: list[dict[str, Any]] = []
    flows: list[dict[str, Any]] = []
    for m in _FLOW.finditer(sent):
        raw = text[s0 + m.start(2): s0 + m.end(3) if m.group(3) else s0 + m.end(2)]
        value = parse_number(raw)
        if value is None or m.group(3):
            continue
        verb = m.group(1)
        unit, u_end = _unit(text, ft, s0 + m.end())
        f = {"type": "flow", "verb": verb, "key": f"flow|{verb}|{unit}", "unit": unit, "value": str(value),
             "raw": raw, "pos": s0 + m.start(2), "text": " ".join(text[s0 + m.start():u_end].split()),
             **_where(para, s0 + m.start(2), s0 + m.end(2))}
        flows.append(f)
    out.extend(flows)
    for m in _TOTAL.finditer(sent):
        total = _total(para, ft, s0, s1, s0 + m.start(), s0 + m.end(), m.group(1), flows)
        if total:
            out.append(total)
    for m in _RATE.finditer(sent):
        rate = _rate(para, ft, s0, s0 + m.start(), m)
        if rate:
            out.append(rate)
    for f in out:
        f.pop("pos", None)
    return out


def _total(para: Any, ft: str, s0: int, s1: int, a0: int, a1: int, anchor: str,
           flows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The number a "nâng tổng số ..." phrase leads to, with its label and the flows before it."""
    num = _NUM.search(ft, a1, s1)
    if not num:
        return None
    between = ft[a1:num.start()]
    if len(_WORDS.findall(between)) > 20 or ";" in _PARENS.sub("", between):
        return None
    obj = _PARENS.sub(" ", between)
    words = _WORDS.findall(obj)
    while words and words[-1] in ("la", "len", "dat", "den", "nay", "hien", "tinh", "co"):
        words.pop()
    cumulative = anchor in ("nang tong so", "nang tong", "luy ke") or "den nay" in between
    raw = para.text[num.start(): num.end()]
    value = parse_number(raw)
    if value is None or num.group(2):
        return None
    unit, u_end = _unit(para.text, ft, num.end())
    label = " ".join(words[:12])
    before = [f for f in flows if f["pos"] < a0 and _same_unit(f["unit"], unit)]
    new = [f for f in before if f["verb"] in NEW_VERBS]
    revoked = [f for f in before if f["verb"] == "thu hoi"]
    return {
        "type": "total", "key": f"total|{label}|{unit}", "unit": unit, "value": str(value), "raw": raw,
        "cumulative": cumulative, "text": " ".join(para.text[a0:u_end].split()),
        "new": new[-1]["value"] if len(new) == 1 else None,
        "revoked": revoked[-1]["value"] if len(revoked) == 1 else None,
        **_where(para, num.start(), num.end()),
    }


def _same_unit(a: str, b: str) -> bool:
    """Units that name the same things: equal, one left out, or one a shorter form."""
    return not a or not b or a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _rate(para: Any, ft: str, s0: int, r0: int, m: re.Match) -> dict[str, Any] | None:
    """A "tăng p% so với ..." and the figure just before it (few words, no number between)."""
    nums = [n for n in _NUM.finditer(ft, s0, r0) if not n.group(2)]
    if not nums:
        return None
    base = nums[-1]
    if len(_WORDS.findall(ft[base.end():r0])) > 6 or ft[base.end():base.end() + 2].lstrip().startswith("%"):
        return None
    raw = para.text[base.start():base.end()]
    value = parse_number(raw)
    return None if value is None else _rate_fact(para, ft, s0, m, base, raw, value)


def _rate_fact(para: Any, ft: str, s0: int, m: re.Match, base: re.Match, raw: str, value: Decimal) -> dict[str, Any] | None:
    # m was matched on the sentence slice: its offsets are relative to s0
    p_start, p_end = s0 + m.start(2), s0 + (m.end(3) if m.group(3) else m.end(2))
    p_raw = para.text[p_start:p_end]
    p = parse_number(p_raw)
    if p is None:
        return None
    label = _label_before(ft, base.start(), s0)
    unit, _ = _unit(para.text, ft, base.end())
    ref = m.group(4)
    return {
        "type": "rate", "key": f"fig|{label}|{unit}", "unit": unit, "value": str(value), "raw": raw,
        "sign": 1 if m.group(1) == "tang" else -1, "rate": str(p), "rate_raw": p_raw,
        "decimals": len(m.group(3) or ""), "ref": "year" if ref.startswith("cung ky") else "previous",
        "text": " ".join(para.text[base.start(): s0 + m.end()].split()),
        **_where(para, s0 + m.start(), s0 + m.end()),
    }


def base_figures(paragraphs: Iterable[Any]) -> dict[str, str]:
    """Every labelled count in a report, key "fig|label|unit" -> value (for rate checks)."""
    out: dict[str, str] = {}
    dup: set[str] = set()
    for para in paragraphs:
        text = para.text
        if not any(ch.isdigit() for ch in text):
            continue
        ft = _fold_aligned(text)
        for s0, s1 in _sentences(ft):
            for num in _NUM.finditer(ft, s0, s1):
                if num.group(2) or ft[num.end():num.end() + 2].lstrip().startswith("%"):
                    continue
                label = _label_before(ft, num.start(), s0)
                if not label:
                    continue
                value = parse_number(para.text[num.start():num.end()])
                if value is None:
                    continue
                key = f"fig|{label}|{_unit(text, ft, num.end())[0]}"
                if key in out:
                    dup.add(key)
                out[key] = str(value)
    for key in dup:
        del out[key]
    return out


# -- facts of one report ----------------------------------------------------------------


def extract(outline: Any) -> dict[str, Any]:
    """What the series checks need from one report (JSON-serialisable)."""
    title = " ".join(p.text for p in (outline.title, outline.subject) if p is not None)
    info = header_info([p.text for p in outline.header])
    period = period_of(title) if title else None
    formal = _formal(outline)  # the shared header parser, when it understands this one
    if formal:
        info = {k: formal.get(k) or info[k] for k in info}
        period = formal.get("period") or period
    signer_para = next((p for p in reversed(outline.signature) if signer_of([p.text])), None)
    signer = signer_of([signer_para.text]) if signer_para else None
    paras = outline.body_paragraphs()
    figs = figures(paras) if period else []
    return {
        **info,
        "year": info["year"] or (period[1] if period else None),
        "title": " ".join(title.split())[:300],
        "period": list(period) if period else None,
        "signer": signer,
        "signer_at": _where(signer_para, 0, len(signer_para.text)) if signer_para else None,
        "figures": figs,
        "base": base_figures(paras) if period else {},
    }


def _formal(outline: Any) -> dict[str, Any] | None:
    """Body, year and period from reportlint.analysis.formal (header columns split properly)."""
    try:
        from reportlint.analysis import formal
        h = formal.header(outline)
        # only lines that name a body ("UBND ...", "SỞ ..."): a split motto is not one
        bodies = [" ".join(p.text.split()).strip(" *_#") for p in h.bodies if formal.body_type(p.text)]
        year = int(h.date.year) if h.date and str(h.date.year).isdigit() else None
        rep, _, _ = formal.report_period(outline)
    except Exception:  # absent or changed: the local heuristics answer
        return None
    period = None
    if rep is not None and rep.year:
        if rep.kind == "month":
            period = ("month", rep.year, rep.first)
        elif rep.kind == "quarter":
            period = ("quarter", rep.year, rep.last // 3)
        elif rep.kind == "year":
            period = ("year", rep.year, 0)
    return {"body": bodies[-1] if bodies else None, "parent_body": " ".join(bodies[:-1]) or None,
            "year": year, "period": period}


# -- the checks over a store ------------------------------------------------------------


def body_key(facts: dict[str, Any]) -> str | None:
    body = facts.get("body")
    if not body:
        return None
    return " ".join(fold(f"{facts.get('parent_body') or ''} / {body}").split())


def check(reports: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings (dicts with Diagnostic fields + category) across reports: path -> facts."""
    groups: dict[tuple[str, str], dict[tuple, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path, facts in reports.items():
        key, period = body_key(facts), facts.get("period")
        if key and period:
            groups[(key, period[0])][tuple(period)].append(path)
    out: list[dict[str, Any]] = []
    for (_, _), by_period in sorted(groups.items()):
        single = {p: paths[0] for p, paths in by_period.items() if len(paths) == 1}
        for period, path in sorted(single.items()):
            prev = single.get(previous(period))
            if prev:
                out.extend(_compare(path, reports[path], prev, reports[prev]))
            year_ago = single.get(previous(period, years=1))
            out.extend(_rates(path, reports[path], prev and reports[prev], prev, year_ago and reports[year_ago], year_ago))
    by_body: dict[str, list[str]] = defaultdict(list)
    for path, facts in reports.items():
        key = body_key(facts)
        if key and facts.get("signer"):
            by_body[key].append(path)
    for paths in by_body.values():
        out.extend(_signers(paths, reports))
    return out


def _name(path: str, facts: dict[str, Any]) -> str:
    label = period_label(facts.get("period"))
    return f"{Path(path).name} ({label})" if label else Path(path).name


def _finding(path: str, rule: str, at: dict[str, int], message: str, evidence: str,
             suggestion: str | None = None, severity: str | None = None) -> dict[str, Any]:
    return {"path": path, "line": at["line"], "column": at["column"], "end_line": at["end_line"],
            "end_column": at["end_column"], "rule": rule, "category": CATEGORY,
            "severity": severity or RULES[rule][0], "message": message, "section": "",
            "suggestion": suggestion, "evidence": evidence}


def _unique(figs: list[dict[str, Any]], type_: str) -> dict[str, dict[str, Any]]:
    counts = Counter(f["key"] for f in figs if f["type"] == type_)
    return {f["key"]: f for f in figs if f["type"] == type_ and counts[f["key"]] == 1}


def _compare(path: str, cur: dict[str, Any], prev_path: str, prev: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    here, there = _name(path, cur), _name(prev_path, prev)
    pf, cf = _unique(prev["figures"], "flow"), _unique(cur["figures"], "flow")
    for key, f in cf.items():
        g = pf.get(key)
        if g and f["value"] == g["value"] and Decimal(f["value"]) >= MIN_UNCHANGED:
            out.append(_finding(
                path, "series.unchanged-figure", f,
                f"'{f['text']}' is unchanged from the previous report {there}: was this period's count updated?",
                f"{prev_path}:{g['line']}: {g['text']}"))
    pt, ct = _unique(prev["figures"], "total"), _unique(cur["figures"], "total")
    for key, f in ct.items():
        g = pt.get(key)
        if not g or not f["cumulative"]:
            continue
        before, now = Decimal(g["value"]), Decimal(f["value"])
        new, revoked = f.get("new"), f.get("revoked")
        if now < before and revoked is None:  # nothing reported that could lower it
            out.append(_finding(
                path, "series.total-decreased", f,
                f"cumulative total fell from {g['raw']} in the previous report {there} to {f['raw']} in {here}",
                f"{prev_path}:{g['line']}: {g['text']}; {path}:{f['line']}: {f['text']}"))
            continue
        if new is not None:
            expect = before + Decimal(new) - Decimal(revoked or 0)
            if expect != now:
                calc = f"{show(before)} + {show(Decimal(new))}" + (f" − {show(Decimal(revoked))}" if revoked else "")
                out.append(_finding(
                    path, "series.balance-mismatch", f,
                    f"total {f['raw']} does not follow from the previous report {there}: "
                    f"{calc} = {show(expect)}",
                    f"{prev_path}:{g['line']}: {g['text']}; {path}:{f['line']}: {f['text']}",
                    suggestion=show(expect), severity=None if revoked is not None else "info"))
    return out


def _rates(path: str, cur: dict[str, Any], prev: dict[str, Any] | None, prev_path: str | None,
           year_ago: dict[str, Any] | None, year_ago_path: str | None) -> list[dict[str, Any]]:
    out = []
    for f in cur["figures"]:
        if f["type"] != "rate":
            continue
        ref, ref_path = (year_ago, year_ago_path) if f["ref"] == "year" else (prev, prev_path)
        if not ref or f["key"] not in ref.get("base", {}) or f["key"] not in cur.get("base", {}):
            continue
        old, now = Decimal(ref["base"][f["key"]]), Decimal(f["value"])
        if old == 0:
            continue
        actual = (now - old) * 100 / old
        claimed = Decimal(f["rate"]) * f["sign"]
        unit = Decimal(1).scaleb(-f["decimals"])
        if abs(actual - claimed) <= unit:  # half a unit is rounding; a whole one, truncation
            continue
        word = "tăng" if actual >= 0 else "giảm"
        shown = show(abs(actual).quantize(unit))
        out.append(_finding(
            path, "series.rate-mismatch", f,
            f"'{f['text']}' contradicts {_name(ref_path, ref)}, which gives {show(old)}: "
            f"{show(old)} → {show(now)} is {word} {shown}%",
            f"{ref_path}: {show(old)}; {path}:{f['line']}: {show(now)}",
            suggestion=f"{word} {shown}%"))
    return out


def _signers(paths: list[str], reports: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    by_fold: dict[str, list[str]] = defaultdict(list)
    for p in paths:
        name = unicodedata.normalize("NFC", reports[p]["signer"])
        by_fold[" ".join(fold(name).split())].append(p)
    out = []
    for group in by_fold.values():
        spellings = Counter(reports[p]["signer"] for p in group)
        if len(spellings) < 2:
            continue
        order = sorted(group, key=lambda p: (reports[p].get("period") or [], p))
        first_seen = {s: i for i, s in reversed(list(enumerate(reports[p]["signer"] for p in order)))}
        usual = max(spellings, key=lambda s: (spellings[s], -first_seen[s]))
        example = next(p for p in order if reports[p]["signer"] == usual)
        for p in order:
            name = reports[p]["signer"]
            if name != usual and reports[p].get("signer_at"):
                out.append(_finding(
                    p, "series.signer-spelling", reports[p]["signer_at"],
                    f"signer '{name}' is spelled '{usual}' in {_name(example, reports[example])}",
                    f"{example}: {usual}; {p}: {name}", suggestion=usual))
    return out
