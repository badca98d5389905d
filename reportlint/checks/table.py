"""Totals and percentages in tables (bảng số liệu) of .docx and Markdown reports.

Reads the grids of `Document.tables` as `reportlint.analysis.tables.layout` understands them and
recomputes with the verdicts of `reportlint.analysis.claims` (the interval rules of the running
text: a value with d decimals stands for ±½·10⁻ᵈ). `verdict` picks what this rule reports:

- ``column-sum``: a total row ("Tổng cộng", "Cộng", "Toàn tỉnh" ...) or a sub-total row
  (a numbered row with lettered rows under it, "Cộng" rows added by a final total) whose
  figure is not the sum of the rows it totals. Rows "Trong đó", "- ...", "+ ..." are
  partial breakdowns and never added; STT, years, codes, rates and percentages are not
  summed.
- ``row-sum``: a total column ("Tổng số" before "Trực tiếp | Trực tuyến") whose figure is
  not the sum of its sibling columns; columns under "Trong đó" are partial and skipped.
- ``percentage`` / ``percentage-rounding``: a "Tỷ lệ (%)" column whose value is not
  numerator / denominator (off by more, or by exactly one unit of the last digit). The
  two columns are the pair, among the figures to its left (or a column and its total
  row: a share), that the other rows of the table agree with.

Precision first: a table whose structure is unclear gives nothing; a check is reported
only when other rows or columns of the same table confirm the structure (at least one
of them adds up, and no more disagree than agree), or when it is the table's only check
of its kind. The finding points at the cell that disagrees; the evidence is the
recomputation, then " ‖ " and the row as "header: value" cells joined by " │ " (the
offending cell between » «), which the text output shows as a small table.
"""

import re
from collections import namedtuple
from collections.abc import Iterator

from reportlint.checks import Finding
from reportlint.analysis.outline import Outline

KIND = "table"
OPTIONS = {"verdict": "column-sum"}

_MAX_PARTS_SHOWN = 8
_CELL_WIDTH = 24


class _Result(namedtuple("_Result", "verdict finding")):
    """verdict (str): column-sum, row-sum, percentage, percentage-rounding; finding (Finding)"""

    __slots__ = ()


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    if not getattr(outline.document, "tables", None):
        return
    want = options["verdict"]
    lang = outline.settings.get("lang", "en")
    for res in results(outline):
        if res.verdict == want:
            yield _in_language(res.finding, lang)


def _in_language(finding: Finding, lang: str) -> Finding:
    """The finding with its evidence in the reader's language (the claims write Vietnamese
    "báo cáo ghi"; the table's row after ‖ is report text and stays as it is)."""
    if lang == "vi" or not finding.evidence:
        return finding
    from reportlint.analysis.claims.model import english_evidence as english

    evidence, sep, row = finding.evidence.partition(" ‖ ")
    return finding._replace(evidence=english(evidence) + sep + row,
                            args={**finding.args, "evidence": english(finding.args.get("evidence", ""))})


def results(outline: Outline) -> list[_Result]:
    """Every table finding of the document, computed once per outline."""
    return outline.derive("table", lambda: list(_all(outline)))


def _all(outline: Outline) -> Iterator[_Result]:
    from reportlint.text.numbers import EN, VI, style_counts
    from reportlint.analysis.tables import layout

    doc = outline.document
    vi, en = style_counts(ln.text for ln in doc.lines)  # the document's number style settles "1.572"
    style = EN if en > vi else VI
    where = {id(ln): (p, i) for p in outline.paragraphs for i, ln in enumerate(p.lines)}
    for table in doc.tables:
        lay = layout(table, style)
        if lay is None:
            continue
        ctx = _Ctx(lay, where, bool(vi and en))
        yield from ctx.column_sums()
        yield from ctx.row_sums()
        yield from ctx.percentages()


class _Ctx:
    """One table's layout with the helpers that turn cells into claims and findings."""

    def __init__(self, lay, where: dict, mixed: bool) -> None:
        self.lay = lay
        self.where = where
        self.mixed = mixed
        self._q: dict = {}

    # --- cells as quantities -------------------------------------------------------

    def qty(self, r: int, c: int):
        """The cell's figure as a claims.Quantity placed in its outline paragraph."""
        key = (r, c)
        if key in self._q:
            return self._q[key]
        from reportlint.analysis.claims import Quantity
        from reportlint.model.document import Paragraph
        from reportlint.text.numbers import Num

        v = self.lay.value(r, c)
        cell = self.lay.table.cell(r, c)
        pos = 0
        for line, a, b in cell.pieces:
            if b <= a:
                continue
            if pos <= v.offset < pos + (b - a) + 1:
                col = a + v.offset - pos
                break
            pos += b - a + 1
        else:
            line, col = cell.pieces[0][0], cell.pieces[0][1]
        para, i = self.where.get(id(line)) or (Paragraph([line]), 0)
        start = para.starts[i] + col - para.leads[i]
        end = start + len(v.raw) + (1 if v.percent else 0)
        if v.percent and para.text[start + len(v.raw):end] != "%":
            end = start + len(v.raw)
        q = Quantity(Num(start, end, v.raw, v.readings, v.percent), para, "%" if v.percent else "", mixed=self.mixed)
        self._q[key] = q
        return q

    # --- evidence ------------------------------------------------------------------

    def row_text(self, r: int, mark: int) -> str:
        """'STT:  │ Đơn vị: Tổng cộng │ Trực tuyến: »565«': the row, the offending cell marked."""
        from reportlint.analysis.tables import distinct

        out = []
        for c, cell in distinct(self.lay.table, r):
            head = self.lay.short[c] or f"#{c + 1}"
            val = _squash(cell.text)
            if c <= mark < c + cell.colspan:
                val = f"»{val}«"
            out.append(f"{_squash(head).replace(': ', ' ')}: {val}")
        return " │ ".join(out)

    def finding(self, verdict: str, r: int, c: int, v, extra: dict) -> _Result:
        q = self.qty(r, c)
        evidence = v.evidence
        return _Result(verdict, Finding(
            q.para, q.start, q.end, suggestion=v.suggestion, evidence=f"{evidence} ‖ {self.row_text(r, c)}",
            args={"row": _squash(self.lay.label(r)) or f"#{r + 1}", "column": self.lay.headers[c] or f"#{c + 1}",
                  "reported": q.text, "total": q.text, "computation": v.computation, "evidence": evidence,
                  "expected": v.suggestion or "", **extra}))

    # --- column sums ---------------------------------------------------------------

    def column_sums(self) -> Iterator[_Result]:
        lay = self.lay
        if not lay.nested:
            return
        checks = []  # (anchor row, part rows, column)
        for c, kind in enumerate(lay.kinds):
            if kind == "num":
                checks.extend((r, parts, c) for r, parts in self._column_checks(c))
        yield from self._confirmed("column-sum", [self._sum(r, c, parts, c, by_row=True) for r, parts, c in checks])

    def _column_checks(self, c: int) -> list[tuple[int, list[int]]]:
        lay = self.lay
        rows = [r for r in lay.data if r not in lay.of_which]
        subs: list[tuple[int, list[int]]] = []
        out: list[tuple[int, list[int]]] = []
        totals = [r for r in rows if r in lay.total_rows]
        if totals and totals == [rows[0]]:  # "Toàn tỉnh" first, then its parts
            out.append((rows[0], self._blocks(rows[1:], c, subs)))
        elif totals and rows[0] not in totals:
            open_rows: list[int] = []
            done: list[int] = []
            for r in rows:
                if r not in lay.total_rows:
                    open_rows.append(r)
                    continue
                if open_rows:  # "Cộng" after its rows
                    out.append((r, self._blocks(open_rows, c, subs)))
                    done.append(r)
                elif done:  # "Tổng cộng" right after the "Cộng" rows: their sum
                    out.append((r, list(done)))
                    done = [r]
                open_rows = []
        else:
            self._blocks([r for r in rows if r not in lay.total_rows], c, subs)
        return [(r, p) for r, p in out + subs if p and lay.value(r, c) is not None]

    def _blocks(self, rows: list[int], c: int, subs: list) -> list[int]:
        """The rows whose figures add up to these rows' total: a numbered row with a figure
        stands for the rows under it (which must add up to it: a sub-total), a heading
        without a figure is replaced by its rows."""
        lay = self.lay
        parts: list[int] = []
        i = 0
        while i < len(rows):
            r, j = rows[i], i + 1
            while j < len(rows) and lay.level[rows[j]] > lay.level[r]:
                j += 1
            kids = rows[i + 1:j]
            if lay.value(r, c) is not None:
                parts.append(r)
                if kids:
                    sub = self._blocks(kids, c, subs)
                    if sub:
                        subs.append((r, sub))
            elif kids:
                parts.extend(self._blocks(kids, c, subs))
            i = j
        return parts

    def _sum(self, r: int, c: int, parts: list[int], fixed: int, by_row: bool):
        """(row, col, verdict) of the total at (r, c) against parts (rows of column c, or
        columns of row r)."""
        from reportlint.analysis.claims import Claim, evaluate

        t = self.qty(r, c)
        ps = [self.qty(p, fixed) if by_row else self.qty(r, p) for p in parts]
        v = evaluate(Claim("sum", "table", t, total=t, parts=ps, exhaustive=True))
        if len(ps) > _MAX_PARTS_SHOWN and " = " in v.computation:
            head = v.computation.rsplit(" = ", 1)[0]
            short = " + ".join(x.num.raw for x in ps[:3]) + f" + … + {ps[-1].num.raw} ({len(ps)} số)"
            v.evidence = v.evidence.replace(head, short, 1)
            v.computation = v.computation.replace(head, short, 1)
        return r, c, v

    # --- row sums --------------------------------------------------------------------

    def row_sums(self) -> Iterator[_Result]:
        from reportlint.analysis.tables import partial

        lay = self.lay
        for t in lay.total_cols:
            parts = self._siblings(t)
            if len(parts) < 2 or any(partial(lay.short[p]) for p in parts):
                continue
            groups = {lay.parent[p] for p in parts}
            if len(groups) != 1:
                continue
            g = groups.pop()
            if g != lay.parent[t] and (not g.startswith(lay.parent[t]) or partial(g[len(lay.parent[t]):].strip(" ›"))):
                continue
            checks = []
            for r in lay.data:
                if lay.value(r, t) is not None and any(lay.value(r, p) is not None for p in parts):
                    present = [p for p in parts if lay.value(r, p) is not None]
                    checks.append(self._sum(r, t, present, r, by_row=False))
            yield from self._confirmed("row-sum", checks)

    def _siblings(self, t: int) -> list[int]:
        """The figure columns right after a total column (or, at the end, right before it)."""
        lay = self.lay
        for step in (1, -1):
            out, c = [], t + step
            while 0 <= c < len(lay.kinds) and lay.kinds[c] == "num" and c not in lay.total_cols:
                out.append(c)
                c += step
            if len(out) >= 2:
                return sorted(out)
        return []

    # --- percentages -----------------------------------------------------------------

    def percentages(self) -> Iterator[_Result]:
        lay = self.lay
        nums = [c for c, k in enumerate(lay.kinds) if k == "num"]
        grand = lay.total_rows[0] if len(lay.total_rows) == 1 else None
        for p, kind in enumerate(lay.kinds):
            if kind != "pct":
                continue
            rows = [r for r in lay.data if lay.value(r, p) is not None]
            cands: list[tuple[int, int | None]] = [(a, b) for a in nums for b in nums if a != b and a < p and b < p]
            if grand is not None:
                cands += [(a, None) for a in nums if a < p]
            # score every pairing with a quick float test; only the chosen one is recomputed exactly
            scored = []
            for a, b in cands:
                got = [x for x in (self._quick(r, p, a, b, grand) for r in rows) if x is not None]
                ok = sum(1 for _, good, informative in got if good and informative)
                bad = frozenset(r for r, good, _ in got if not good)
                scored.append((ok, -len(bad), self._preference(a, b, p), bad, a, b))
            if not scored:
                continue
            scored.sort(key=lambda s: s[:3], reverse=True)
            ok, negbad, _, bad, a, b = scored[0]
            if ok < 1 or ok < -negbad:
                continue
            if any(s[0] == ok and s[1] == negbad and s[3] != bad for s in scored[1:]):
                continue  # two readings of the table disagree on which cell is wrong
            for r in sorted(bad):
                got = self._pct(r, p, a, b, grand)
                if got is not None and not got[1].ok:
                    v = got[1]
                    yield self.finding("percentage-rounding" if v.status == "rounding" else "percentage", r, p, v, {})

    def _quick(self, r: int, p: int, a: int, b: int | None, grand: int | None):
        """(row, agrees, numerator not zero) by floats with a margin, or None: a filter only."""
        lay = self.lay
        rb = r if b is not None else grand
        kv, pv = lay.value(r, a), lay.value(r, p)
        nv = lay.value(rb, b if b is not None else a) if rb is not None else None
        if kv is None or nv is None or nv.reading.value <= 0:
            return None
        x = 100 * float(kv.reading.value) / float(nv.reading.value)
        tol = 0.5 * 10 ** -pv.reading.decimals + 1e-9 + 100 * (float(kv.reading.half) + float(nv.reading.half)) / float(nv.reading.value)
        return r, abs(x - float(pv.reading.value)) <= tol * 1.01 or self.mixed, kv.reading.value != 0

    def _pct(self, r: int, p: int, a: int, b: int | None, grand: int | None):
        from reportlint.analysis.claims import Claim, evaluate

        lay = self.lay
        rb = r if b is not None else grand
        col_b = b if b is not None else a
        if lay.value(r, a) is None or rb is None or lay.value(rb, col_b) is None:
            return None
        k, n, pct = self.qty(r, a), self.qty(rb, col_b), self.qty(r, p)
        if n.num.value <= 0:
            return None
        v = evaluate(Claim("percentage", "table", pct, pct=pct, part=k, base=n))
        if v.status == "skipped":
            return None
        return r, v, k.num.value != 0

    def _preference(self, a: int, b: int | None, p: int) -> int:
        """Tie-break: the denominator a total or plan column, the numerator next to the rate."""
        from reportlint.analysis.tables import clean

        score = 0
        if b is not None and (b in self.lay.total_cols or _PLAN.search(clean(self.lay.short[b]))):
            score += 2
        if a == p - 1:
            score += 1
        return score

    # --- confirmation ----------------------------------------------------------------

    def _confirmed(self, verdict: str, checks: list) -> Iterator[_Result]:
        """Findings of one family of checks, only when the table's other checks confirm
        how it is built (or this is its only check)."""
        ok = sum(1 for _, _, v in checks if v.ok)
        bad = [(r, c, v) for r, c, v in checks if not v.ok]
        if not bad or (len(checks) > 1 and (ok < 1 or ok < len(bad))):
            return
        for r, c, v in bad:
            yield self.finding(verdict, r, c, v, {})


_PLAN = re.compile(r"\b(?:ke hoach|du toan|chi tieu|tong so|tong)\b")


def _squash(s: str) -> str:
    s = " ".join(s.replace("│", "|").replace("‖", "|").replace("»", "").replace("«", "").split())
    return s if len(s) <= _CELL_WIDTH else s[:_CELL_WIDTH - 1] + "…"
