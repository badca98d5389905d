"""The signature block (Nghị định 30/2020/NĐ-CP, Phụ lục I, "chức vụ, họ tên người ký").

The block is read as lines: a prefix (TM. thay mặt, KT. ký thay, TL. thừa lệnh, TUQ.
thừa ủy quyền, Q. quyền), a body or a title, the signer's own title and the name. OCR
damage is read through ("KT.GIAM DPOC" is KT. GIÁM ĐỐC); a line read only fuzzily never
leads to a finding. One rule per `check` option value:

- ``kt-self``: KT. X followed by X itself (KT. GIÁM ĐỐC / GIÁM ĐỐC): the signer is a deputy.
- ``kt-mismatch``: KT. X followed by a title that is not X's deputy (KT. GIÁM ĐỐC /
  PHÓ CHỦ TỊCH); the pairs are data in rules/formal.yaml (`deputies`).
- ``deputy-without-kt``: a deputy signs (PHÓ GIÁM ĐỐC) with no KT. line above.
- ``missing-tm``: a collective body (ỦY BAN NHÂN DÂN, HỘI ĐỒNG ...) signs without TM.
- ``tm-single``: TM. before a body headed by one person (Sở, Phòng, Cục) or before a title.
- ``tuq-kt``: TUQ. followed by KT.: delegated authority cannot be delegated again.
- ``authority``: the head named in the block does not head the issuing body in the header
  (KT. GIÁM ĐỐC in a document of a Phòng; KT. CHỦ TỊCH for a Sở).
- ``tl-deputy``: a deputy's title directly under TL. (TL. CHỦ TỊCH / PHÓ CHÁNH VĂN
  PHÒNG): a deputy signs "thừa lệnh" only under a KT. line for the head of the office
  (TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG).
- ``kt-no-title``: a KT. line followed directly by the signer's name: the deputy's own
  title (PHÓ GIÁM ĐỐC) is missing between them.
- ``missing-name``: titles but no signer's name below them.
- ``academic-title``: TS., ThS., PGS.TS. ... before the name (allowed only where the head
  of a school, institute or hospital decides so: there it is only a note).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlint.checks import Finding, lang_of
from reportlint.analysis import formal
from reportlint.analysis.formal import SignLine
from reportlint.analysis.outline import Outline
from reportlint.i18n import t

_GAP_NAME = re.compile(r"\S\s{3,}(\S.*?)\s*$")

KIND = "signatory"
# academic_body_severity: a university or institute may sign with academic titles
OPTIONS = {"check": "kt-self", "academic_body_severity": "info"}


def _f(sl: SignLine, whole: bool = False, suggestion: str | None = None, **args) -> Finding:
    t = sl.para.text
    a = (len(t) - len(t.lstrip())) if whole else sl.rest_start
    return Finding(sl.para, a, len(t.rstrip()), args, suggestion=suggestion)


def _next_title(lines: list[SignLine], i: int) -> SignLine | None:
    for sl in lines[i + 1:]:
        if sl.kind == "note":
            continue
        return sl if sl.kind in ("title", "prefixed") or (sl.kind == "other" and sl.rest.startswith("PHÓ ")) else None
    return None


def check(outline: Outline, options: dict) -> Iterator[Finding]:
    lines = formal.signature(outline)
    if not lines:
        return
    yield from _CHECKS[options["check"]](outline, lines, options)  # a declared choice (CHOICES)


def _kt(outline: Outline, lines: list[SignLine], self_: bool) -> Iterator[Finding]:
    deputies = formal.tables()["deputies"]
    for i, sl in enumerate(lines):
        if sl.prefix != "KT" or not sl.title or sl.fuzzy:
            continue
        nxt = _next_title(lines, i)
        if nxt is None or nxt.prefix or nxt.fuzzy:
            continue
        want = deputies.get(sl.title)
        found = nxt.title or nxt.rest
        if self_ and nxt.title == sl.title:
            yield _f(nxt, suggestion=want, head=sl.title, found=found, expected=want or "PHÓ " + sl.title)
        elif not self_ and want and nxt.title != sl.title and not nxt.rest.startswith(want):
            yield _f(nxt, suggestion=want, head=sl.title, found=found, expected=want)


def _kt_self(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    return _kt(outline, lines, True)


def _kt_mismatch(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    return _kt(outline, lines, False)


def _deputy_without_kt(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    heads_of = formal.tables()["heads_of"]
    for i, sl in enumerate(lines):
        if sl.kind != "title" or not sl.deputy or sl.fuzzy:
            continue
        above = [x for x in lines[:i] if x.kind == "prefixed"]
        if any(x.prefix in ("KT", "TL", "TUQ") for x in above):
            continue
        head = heads_of[sl.title]
        yield _f(sl, whole=True, suggestion=f"KT. {head}", found=sl.title, head=head)


def _tl_deputy(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    heads_of = formal.tables()["heads_of"]
    for i, sl in enumerate(lines):
        if sl.prefix != "TL" or sl.fuzzy:
            continue
        nxt = _next_title(lines, i)
        if nxt is None or nxt.prefix or nxt.fuzzy or not nxt.deputy:
            continue
        head = heads_of[nxt.title]
        yield _f(nxt, whole=True, suggestion=f"KT. {head}", found=nxt.title, head=head,
                 tl=sl.para.text.strip())


def _kt_no_title(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    for i, sl in enumerate(lines):
        if sl.prefix != "KT" or not sl.title or sl.fuzzy or "PHÓ " in sl.rest:  # "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC": two columns on one line
            continue
        nxt = next((x for x in lines[i + 1:] if x.kind != "note"), None)
        if nxt is not None and nxt.kind == "name":
            deputy = formal.tables()["deputies"].get(sl.title)
            yield _f(sl, whole=True, suggestion=deputy, found=sl.para.text.strip(), name=nxt.para.text.strip(),
                     expected=deputy or "PHÓ " + sl.title)


def _missing_tm(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    for sl in lines:
        if sl.prefix in ("", "KT", "TL") and formal.is_collective(sl.body):
            body_text = sl.para.text[sl.rest_start:].strip()
            yield _f(sl, whole=True, suggestion=f"TM. {body_text}", body=sl.body,
                     found=sl.para.text.strip())


def _tm_single(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    for sl in lines:
        if sl.prefix != "TM" or sl.fuzzy:
            continue
        if sl.body and not formal.is_collective(sl.body):
            yield _f(sl, whole=True, found=sl.para.text.strip(), what=t("check.signatory.one_head", lang_of(outline), body=sl.body.capitalize()))
        elif sl.title and not sl.body:
            yield _f(sl, whole=True, found=sl.para.text.strip(), what=t("check.signatory.title_not_body", lang_of(outline), title=sl.title), suggestion=f"KT. {sl.title}")


def _tuq_kt(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    for i, sl in enumerate(lines):
        if sl.prefix != "TUQ":
            continue
        nxt = next((x for x in lines[i + 1:] if x.kind != "note"), None)
        if nxt is not None and nxt.prefix == "KT":
            yield _f(nxt, whole=True, found=nxt.para.text.strip(), suggestion=nxt.para.text[nxt.rest_start:].strip())


def _authority(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    h = formal.header(outline)
    kind = h.issuing_kind
    if kind is None:
        return
    heads = formal.heads_of_body(kind)
    if not heads:
        return
    first = next((x for x in lines if x.kind in ("prefixed", "title", "body")), None)
    if first is None or first.fuzzy or first.prefix in ("TL", "TUQ", "TM") or not first.title or first.deputy:
        return
    if any(first.title == x or first.rest.startswith(x) for x in heads):
        return
    body_line = next(p.text.strip() for p in reversed(h.bodies) if formal.body_type(p.text) == kind)
    yield _f(first, whole=False, found=first.title, body=body_line, expected=" / ".join(heads),
             suggestion=heads[0] if len(heads) == 1 else None)


def _missing_name(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    if outline.unaccented:  # in an OCR scan the name often lands among the recipients
        return
    last = max((i for i, x in enumerate(lines) if x.kind in ("prefixed", "title", "body")), default=None)
    if last is None:
        return
    after = lines[last + 1:]
    if any(x.kind in ("name", "other") for x in after) or _name_among_recipients(outline):
        return
    yield _f(lines[last], whole=True, found=lines[last].para.text.strip())


def _name_among_recipients(outline: Outline) -> bool:
    """Two columns the outline did not split: '- Lưu: VT.        Nguyễn Văn Chuẩn'."""
    for p in outline.recipients:
        for ln in p.lines:
            m = _GAP_NAME.search(ln.text)
            if m and formal.is_name(m.group(1)):
                return True
    return False


def _academic(outline: Outline, lines: list[SignLine], options: dict) -> Iterator[Finding]:
    academic_body = any(formal.canon(p.text).startswith(tuple(formal.tables()["academic_bodies"]))
                        for p in formal.header(outline).bodies)
    for sl in lines:
        if sl.kind != "name":
            continue
        title, rest = formal.strip_academic(sl.para.text)
        if title:
            t = sl.para.text
            a = len(t) - len(t.lstrip())
            yield Finding(sl.para, a, a + len(title), {"title": title, "name": rest},
                          severity=options["academic_body_severity"] if academic_body else None, suggestion=rest)


_CHECKS = {"kt-self": _kt_self, "kt-mismatch": _kt_mismatch, "deputy-without-kt": _deputy_without_kt,
           "missing-tm": _missing_tm, "tm-single": _tm_single, "tuq-kt": _tuq_kt, "authority": _authority,
           "tl-deputy": _tl_deputy, "kt-no-title": _kt_no_title, "missing-name": _missing_name,
           "academic-title": _academic}
CHOICES = {"check": tuple(_CHECKS)}
