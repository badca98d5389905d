"""Section numbering: gaps, repeats, order, restarts, letters, prefixes and styles.

Decree 30/2020/NĐ-CP numbers parts I, II, III; sections 1, 2, 3 (or 1.1, 1.2 below a
section); points a), b), c), d), đ), e), g) ... — the Vietnamese alphabet, which has no
f, j, w or z. Each level runs in sequence and restarts under a new parent, a part heading
('PHẦN I', 'Chương II', 'Điều 5.') too; the parts' own numbers are not checked (chapters,
sections and articles are numbered each in its own way). One rule per
`check` option value: gap, repeat, order, restart, letter, prefix, style, ocr.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.analysis.outline import Outline, Section
from reportlint.text.numbers import roman_value, to_roman
from reportlint.i18n import t

KIND = "numbering"
# a verdict on a numeral OCR garbled ("I1I.") is less certain: at most this severity
OPTIONS = {"check": "gap", "ocr_severity": "warning"}
CHOICES = {"check": ("gap", "repeat", "order", "restart", "letter", "prefix", "style", "ocr")}

LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
_LATIN_ONLY = {"f": "g", "j": "k", "w": "x", "z": "y"}  # what a writer probably meant


def _value(s: Section) -> int | None:
    m = s.marker
    if m.kind == "ROMAN":
        return roman_value(m.number)
    if m.kind == "ARABIC":
        return int(m.number)
    if m.kind == "DECIMAL":
        return int(m.number.split(".")[-1])
    if m.kind == "LETTER":
        return LETTERS.index(m.number) + 1 if m.number in LETTERS else None
    return None


def _show(kind: str, value: int, like: Section) -> str:
    if kind == "ROMAN":
        return to_roman(value)
    if kind == "LETTER":
        return LETTERS[value - 1] if 0 < value <= len(LETTERS) else "?"
    if kind == "DECIMAL":
        return ".".join(like.number.split(".")[:-1] + [str(value)])
    return str(value)


def _groups(children: list[Section]) -> list[list[Section]]:
    """Siblings of one numbering style, in order."""
    by: dict[str, list[Section]] = {}
    for c in children:
        key = c.style + (str(c.number.count(".")) if c.style == "DECIMAL" else "")
        by.setdefault(key, []).append(c)
    return list(by.values())


def _finding(s: Section, severity: str | None = None, **args) -> Finding:
    return Finding(s.paragraph, 0, len(s.marker.raw), args={"marker": s.marker.raw, **args}, severity=severity,
                   evidence=args.get("evidence"))


def _soft(ocr_severity: str, *secs: Section) -> str | None:
    """OCR-garbled numerals make a numbering verdict less certain: a cap for its severity."""
    return ocr_severity if any(s.marker.garbled for s in secs) else None


def _sibling_groups(outline: Outline) -> list[tuple[Section | None, list[Section], list[int | None]]]:
    """(parent, siblings of one style, their values) in order: computed once for the eight rules."""
    def compute() -> list[tuple[Section | None, list[Section], list[int | None]]]:
        parents: list[tuple[Section | None, list[Section]]] = [(None, outline.sections)]
        parents += [(s, s.children) for s in outline.walk()]
        return [(parent, group, [_value(s) for s in group]) for parent, children in parents for group in _groups(children)]

    return outline.derive("numbering.groups", compute)


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    what = options["check"]
    lang = lang_of(outline)
    previous_last: dict[str, int] = {}  # style -> last value under the previous parent of the same style
    for parent, group, values in _sibling_groups(outline) if what != "ocr" else ():
        yield from _check_group(what, parent, group, values, previous_last, options["ocr_severity"], lang)
    if what == "ocr":
        for s in outline.walk():
            if s.marker.garbled:
                v = _value(s)
                yield _finding(s, shown=_show(s.style, v, s) if v else s.number,
                               evidence=t("check.numbering.ocr", lang, marker=s.marker.raw, number=s.number))


_SEQUENCE = ("gap", "repeat", "order", "restart")  # the rules that read the values in sequence


def _check_group(what: str, parent: Section | None, group: list[Section], values: list[int | None],
                 previous_last: dict, ocr_severity: str, lang: str) -> Iterator[Finding]:
    kind = group[0].style
    if kind == "PART":
        return
    key = kind + (parent.style if parent else "")
    if what == "letter":
        for s in group:
            if s.style == "LETTER" and s.number in _LATIN_ONLY:
                yield _finding(s, letter=s.number, suggestion=_LATIN_ONLY[s.number])
    if what == "prefix" and kind == "DECIMAL" and parent is not None and parent.style in ("ARABIC", "DECIMAL"):
        for s in group:
            head = s.number.rsplit(".", 1)[0]
            if head != parent.number:
                yield _finding(s, parent=parent.marker.raw, expected=f"{parent.number}.{s.number.rsplit('.', 1)[1]}")
    if what == "style":
        seps = [s.marker.sep for s in group]
        common = max(set(seps), key=seps.count)
        if len(set(seps)) > 1:
            for s in group:
                if s.marker.sep != common:
                    yield _finding(s, expected=s.number + common if kind == "DECIMAL" else s.number + common,
                                   other=next(g.marker.raw for g in group if g.marker.sep == common))
    if what not in _SEQUENCE:
        return
    known = [(s, v) for s, v in zip(group, values) if v is not None]
    if known:
        first, v0 = known[0]
        if v0 != 1:
            before = previous_last.get(key)
            # (numbers that run on from one part to the next are a style of their own: no restart)
            if what == "restart" and before is not None and v0 == before + 1 and parent is not None and parent.style != "PART":
                yield _finding(first, _soft(ocr_severity, first), parent=parent.marker.raw, expected=_show(kind, 1, first))
            elif what == "gap" and not (before is not None and v0 == before + 1 and parent is not None):
                missing = ", ".join(_show(kind, v, first) for v in range(1, min(v0, 6)))
                yield _finding(first, _soft(ocr_severity, first), missing=missing, previous=t("check.numbering.start", lang),
                               evidence=t("check.numbering.first", lang, marker=first.marker.raw))
    for (a, va), (b, vb) in zip(known, known[1:]):
        if what == "gap" and vb > va + 1:
            missing = ", ".join(_show(kind, v, a) for v in range(va + 1, min(vb, va + 6)))
            key = "check.numbering.gap_ocr" if b.marker.garbled else "check.numbering.gap"
            yield _finding(b, _soft(ocr_severity, a, b), missing=missing, previous=a.marker.raw,
                           evidence=t(key, lang, a=a.marker.raw, b=b.marker.raw, number=b.number))
        elif what == "repeat" and vb == va:
            yield _finding(b, _soft(ocr_severity, a, b), previous_line=a.line, evidence=t("check.numbering.repeat", lang, marker=a.marker.raw, line=a.line))
        elif what == "order" and vb < va:
            yield _finding(b, _soft(ocr_severity, a, b), previous=a.marker.raw, evidence=t("check.numbering.order", lang, a=a.marker.raw, b=b.marker.raw))
    if known:
        previous_last[key] = known[-1][1]
