"""Per-report facts for the cross-report rules, and how reports form a series.

Each report yields a small set of *facts* (computed in the audit's worker and stored as
JSON with the file): who issued it (the header's body lines), the date's year, the period
its title covers ("tháng 10/2020", "quý III/2020", "năm 2020"), the signer, and the
figures worth comparing with another report of the same body:

- *flows*, counts of the period: a number right after "cấp mới", "cấp", "thu hồi",
  "tiếp nhận", "phát triển mới", "đăng ký mới", "ký số", "giải quyết";
- *totals*: a number after "nâng tổng số", "lũy kế", "tổng số ... đến nay" (cumulative),
  with the "cấp mới"/"thu hồi" figures of the same sentence;
- *rates*: "tăng 12,5% so với cùng kỳ / tháng trước", with the figure they qualify;
- *base*: every labelled count, for the rates of the next reports to be checked against.

A figure is identified by a normalised label (the folded words that introduce it) and its
unit (the words after it). Header, period and signer come from analysis/formal.py, numbers
from text/numbers.py: the same readings the single-report rules make.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from reportlint.analysis import formal
from reportlint.analysis.outline import Outline
from reportlint.model.document import Paragraph
from reportlint.text import numbers
from reportlint.text.letters import fold

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

Facts = dict[str, "Any"]  # JSON-serialisable: the audit stores it per file ("Any": typing is not imported)
Period = tuple[str, int, int]  # ("month", 2020, 10), ("quarter", 2020, 3), ("year", 2020, 0)

# -- the facts of one report ----------------------------------------------------------------


def extract(outline: Outline) -> Facts:
    """What the cross-report rules need from one report (JSON-serialisable)."""
    h = formal.header(outline)
    # only lines that name a body ("UBND ...", "SỞ ..."): a split motto is not one
    bodies = [_clean(p.text) for p in h.bodies if formal.body_type(p.text)]
    date = h.date.date if h.date else None
    period = _period(outline)
    title = " ".join(p.text for p in (outline.title, outline.subject) if p is not None)
    signer = _signer(outline)
    paras = outline.body_paragraphs() if period else []
    return {
        "body": bodies[-1] if bodies else None,
        "parent_body": " ".join(bodies[:-1]) or None,
        "year": date.year if date else (period[1] if period else None),
        "title": " ".join(title.split())[:300],
        "period": list(period) if period else None,
        "signer": signer and _clean(signer.text),
        "signer_at": signer and _where(signer, 0, len(signer.text)),
        "figures": figures(paras),
        "base": base_figures(paras),
    }


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" *_#")


def _period(outline: Outline) -> Period | None:
    """The title's report period, when it is a month, a quarter or a year."""
    rep, _, _ = formal.report_period(outline)
    if rep is None or not rep.year:
        return None
    return {"month": ("month", rep.year, rep.first), "quarter": ("quarter", rep.year, rep.last // 3),
            "year": ("year", rep.year, 0)}.get(rep.kind)


def _signer(outline: Outline) -> Paragraph | None:
    """The signature's last line that reads like a person's name."""
    names = [s.para for s in formal.signature(outline) if s.kind == "name"]
    return names[-1] if names else None


def _where(para: Paragraph, start: int, end: int) -> dict[str, int]:
    line, col, end_line, end_col = para.span(start, end)
    return {"line": line, "column": col, "end_line": end_line, "end_column": end_col}


# -- figures ---------------------------------------------------------------------------------

_FLOW = re.compile(r"(?<!cung )\b(cap moi|cap them|thu hoi|cap|tiep nhan|phat trien moi|dang ky moi|ky so|giai quyet)"
                   r"\s+(?:them\s+|duoc\s+|moi\s+)?(?=\d)")
_TOTAL = re.compile(r"\b(nang tong so|nang tong|luy ke|tong so|tong cong)\b")
_RATE = re.compile(r"\b(tang|giam)\s+(" + numbers.LITERAL.pattern + r")\s*%\s*so voi\s+"
                   r"(cung ky(?: nam truoc)?|thang truoc|ky truoc|quy truoc|nam truoc)")
_SENTENCE_END = re.compile(r"\.\s+(?=[^\W\d_])")
_UNIT_STOP = {"cho", "trong", "của", "và", "tại", "với", "trên", "đến", "từ", "là", "tăng", "giảm", "nâng",
              "đạt", "tổng", "cấp", "mới", "như", "theo", "về", "ở", "được", "thu", "phục", "nhằm", "để",
              "đã", "đang", "gồm", "bao", "thuộc", "sử", "qua", "nên", "thì", "mà", "có"}
_WORDS = re.compile(r"[^\W\d_]+")
_UNIT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_PARENS = re.compile(r"\([^()]*\)")
_NOT_FIGURES = ("date", "docno")  # "30/6/2021", "108/KH-UBND": not figures at all
NEW_VERBS = ("cap moi", "cap them", "cap", "phat trien moi", "dang ky moi")


class _Para:
    """A paragraph read for figures: its text, folded text (same offsets) and numbers."""

    def __init__(self, para: Paragraph) -> None:
        self.para, self.text = para, para.text
        self.ft = numbers.fold_same_length(para.text)
        self.nums = [n for n in numbers.scan(para.text, folded=self.ft) if n.kind not in _NOT_FIGURES]
        self.at = {n.start: n for n in self.nums}

    def sentences(self) -> Iterator[tuple[int, int]]:
        start = 0
        for m in _SENTENCE_END.finditer(self.ft):
            yield start, m.start() + 1
            start = m.end()
        yield start, len(self.ft)

    def between(self, a: int, b: int) -> list[numbers.Num]:
        return [n for n in self.nums if a <= n.start < b]

    def unit(self, pos: int) -> tuple[str, int]:
        """Up to four words right after a number (folded), and where they end.

        Stop words are compared accented ("tại" ends a unit, "tài khoản" does not).
        """
        out: list[str] = []
        for m in _UNIT_WORD.finditer(self.ft, pos, pos + 80):
            word = self.text[m.start(1):m.end(1)].lower()
            if m.start() != pos or word in _UNIT_STOP or len(out) == 4:
                break
            if word == "so" and self.ft.startswith(" voi", m.end()):
                break
            out.append(m.group(1))
            pos = m.end()
        return " ".join(out), pos

    def label_before(self, start: int, sent_start: int, n: int = 3) -> str:
        """The last `n` words before a number within its clause (',', ';', ':', '(' end a clause)."""
        clause = re.split(r"[,;:()]", self.ft[sent_start:start])[-1]
        return " ".join(_WORDS.findall(clause)[-n:])

    def quote(self, a: int, b: int) -> str:
        return " ".join(self.text[a:b].split())


def _count(n: numbers.Num | None) -> bool:
    """A plain count: a quantity, no decimals, not a percentage."""
    return n is not None and n.kind == "qty" and not n.percent and n.decimals == 0


def _readable(paragraphs: Iterable[Paragraph]) -> Iterator[_Para]:
    return (_Para(p) for p in paragraphs if any(ch.isdigit() for ch in p.text))


def figures(paragraphs: Iterable[Paragraph]) -> list[dict[str, Any]]:
    """The figures of a report worth comparing with another report (see module doc)."""
    out: list[dict[str, Any]] = []
    for p in _readable(paragraphs):
        for s0, s1 in p.sentences():
            out.extend(_sentence_figures(p, s0, s1))
    return out


def _sentence_figures(p: _Para, s0: int, s1: int) -> list[dict[str, Any]]:
    flows = [f for m in _FLOW.finditer(p.ft, s0, s1) if (f := _flow(p, m))]
    totals = [t for m in _TOTAL.finditer(p.ft, s0, s1) if (t := _total(p, s1, m, flows))]
    rates = [r for m in _RATE.finditer(p.ft, s0, s1) if (r := _rate(p, s0, m))]
    for f in flows:
        del f["pos"]
    return flows + totals + rates


def _flow(p: _Para, m: re.Match) -> dict[str, Any] | None:
    n = p.at.get(m.end())
    if not _count(n):
        return None
    verb = m.group(1)
    unit, u_end = p.unit(n.end)
    return {"type": "flow", "verb": verb, "key": f"flow|{verb}|{unit}", "unit": unit, "value": str(n.value),
            "raw": n.raw, "pos": n.start, "text": p.quote(m.start(), u_end), **_where(p.para, n.start, n.end)}


def _total(p: _Para, s1: int, m: re.Match, flows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The number a "nâng tổng số ..." phrase leads to, with its label and the flows before it."""
    after = p.between(m.end(), s1)
    if not after or not _count(after[0]):
        return None
    n = after[0]
    between = p.ft[m.end():n.start]
    if len(_WORDS.findall(between)) > 20 or ";" in _PARENS.sub("", between):
        return None
    words = _WORDS.findall(_PARENS.sub(" ", between))
    while words and words[-1] in ("la", "len", "dat", "den", "nay", "hien", "tinh", "co"):
        words.pop()
    unit, u_end = p.unit(n.end)
    before = [f for f in flows if f["pos"] < m.start() and _same_unit(f["unit"], unit)]
    new = [f for f in before if f["verb"] in NEW_VERBS]
    revoked = [f for f in before if f["verb"] == "thu hoi"]
    return {
        "type": "total", "key": f"total|{' '.join(words[:12])}|{unit}", "unit": unit, "value": str(n.value),
        "raw": n.raw, "cumulative": m.group(1) in ("nang tong so", "nang tong", "luy ke") or "den nay" in between,
        "text": p.quote(m.start(), u_end),
        "new": new[-1]["value"] if len(new) == 1 else None,
        "revoked": revoked[-1]["value"] if len(revoked) == 1 else None,
        **_where(p.para, n.start, n.end),
    }


def _same_unit(a: str, b: str) -> bool:
    """Units that name the same things: equal, one left out, or one a shorter form."""
    return not a or not b or a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _rate(p: _Para, s0: int, m: re.Match) -> dict[str, Any] | None:
    """A "tăng p% so với ..." and the count just before it (few words, no number between)."""
    before = [n for n in p.between(s0, m.start()) if n.decimals == 0]
    rate = numbers.parse(m.group(2))
    if not before or not _count(before[-1]) or rate is None:
        return None
    base = before[-1]
    if len(_WORDS.findall(p.ft[base.end:m.start()])) > 6:
        return None
    unit, _ = p.unit(base.end)
    return {
        "type": "rate", "key": f"fig|{p.label_before(base.start, s0)}|{unit}", "unit": unit,
        "value": str(base.value), "raw": base.raw, "sign": 1 if m.group(1) == "tang" else -1,
        "rate": str(rate.value), "rate_raw": m.group(2), "decimals": rate.decimals,
        "ref": "year" if m.group(3).startswith("cung ky") else "previous",
        "text": p.quote(base.start, m.end()), **_where(p.para, m.start(), m.end()),
    }


def base_figures(paragraphs: Iterable[Paragraph]) -> dict[str, str]:
    """Every labelled count of a report, key "fig|label|unit" -> value; a key seen twice is left out."""
    seen: dict[str, str] = {}
    twice: set[str] = set()
    for p in _readable(paragraphs):
        for s0, s1 in p.sentences():
            for n in p.between(s0, s1):
                label = p.label_before(n.start, s0)
                if not _count(n) or not label:
                    continue
                key = f"fig|{label}|{p.unit(n.end)[0]}"
                if key in seen:
                    twice.add(key)
                seen[key] = str(n.value)
    return {k: v for k, v in seen.items() if k not in twice}


# -- series: reports of one body, periods in sequence ----------------------------------------


def body_key(facts: Facts) -> str | None:
    """Who issued the report, folded ("ubnd tinh tra vinh / so thong tin va truyen thong")."""
    body = facts.get("body")
    if not body:
        return None
    return " ".join(fold(f"{facts.get('parent_body') or ''} / {body}").split())


def by_body(reports: dict[str, Facts]) -> list[dict[str, Facts]]:
    """The reports grouped by issuing body (reports with no known body are in no series)."""
    groups: dict[str, dict[str, Facts]] = defaultdict(dict)
    for path, facts in reports.items():
        key = body_key(facts)
        if key:
            groups[key][path] = facts
    return [groups[k] for k in sorted(groups)]


def period_label(p: Period | list | None) -> str:
    """"2020-10", "2020-Q3", "2020" (what the audit stores and shows)."""
    if not p:
        return ""
    kind, year, n = p
    return {"month": f"{year}-{n:02d}", "quarter": f"{year}-Q{n}", "year": f"{year}"}.get(kind, "")


def previous(p: Period, years: int = 0) -> Period:
    """The period before `p`, or the same period `years` years earlier."""
    kind, year, n = p
    if years:
        return (kind, year - years, n)
    if kind == "month":
        return (kind, year - 1, 12) if n == 1 else (kind, year, n - 1)
    if kind == "quarter":
        return (kind, year - 1, 4) if n == 1 else (kind, year, n - 1)
    return (kind, year - 1, 0)


def by_period(series: dict[str, Facts]) -> dict[Period, str]:
    """period -> path, for the periods only one report covers (two are ambiguous: a draft?)."""
    counts = Counter(tuple(f["period"]) for f in series.values() if f.get("period"))
    return {tuple(f["period"]): path for path, f in sorted(series.items())
            if f.get("period") and counts[tuple(f["period"])] == 1}


def name(path: str, facts: Facts) -> str:
    """How a message names a report: "t09.txt (2020-09)"."""
    label = period_label(facts.get("period"))
    return f"{Path(path).name} ({label})" if label else Path(path).name


def unique(facts: Facts, type_: str) -> dict[str, dict[str, Any]]:
    """The figures of one type whose key occurs once in the report (never guess between two)."""
    figs = [f for f in facts.get("figures", []) if f["type"] == type_]
    counts = Counter(f["key"] for f in figs)
    return {f["key"]: f for f in figs if counts[f["key"]] == 1}


def split_examples(text: str) -> dict[str, str]:
    """A rule's example series: reports separated by "=== name ===" lines, name -> text."""
    out: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        m = re.fullmatch(r"===\s*(\S+)\s*===", line.strip())
        if m:
            current = m.group(1)
            out[current] = ""
        elif current is not None:
            out[current] += line + "\n"
    return out
