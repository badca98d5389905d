"""The numbered structure of a report: header, title, sections, closing, recipients, signature.

A small hand-written classifier groups clean lines into paragraphs and gives each a
token kind (its numbering: reportlint.analysis.markers); the LALR grammar in
grammars/report.lark turns the token sequence into the section tree
(reportlint.analysis.lalr runs it).
"""

from __future__ import annotations

import _weakref  # weakref.ref itself: the weakref module (WeakSet, finalize ...) is ~0.4% of a check
import re
from collections.abc import Callable, Iterator

from reportlint.analysis.lalr import GrammarError, Token, Tree, parser
from reportlint.analysis.markers import Marker, is_appendix, is_caps_line, marker
from reportlint.model.document import Document, Line, Paragraph
from reportlint.text.letters import fold, is_unaccented

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import Any

# --- the closing lines and the title ------------------------------------------------

_SIGN_PREFIX = re.compile(r"(?:kt|tm|tl|tuq|q)\s?\.\s?[a-z]")
_TITLES = ("giam doc", "chu tich", "truong phong", "chanh van phong", "bo truong", "thu truong",
           "hieu truong", "vien truong", "cuc truong", "chanh thanh tra", "tong giam doc",
           "truong ban", "bi thu", "chanh an", "vien truong", "giam doc dpoc")
_TRAILING_TITLE = re.compile(r"((?:pho\s+)?(?:" + "|".join(sorted(set(_TITLES), key=lambda t: (-len(t), t))) + r"))\s*$")
DOC_TYPES = ("bao cao", "ke hoach", "quyet dinh", "to trinh", "thong bao", "huong dan", "chuong trinh",
             "bien ban", "cong van", "chi thi", "quy che", "quy dinh", "de an", "phuong an", "nghi quyet",
             "cong dien", "giay moi", "thong cao", "du an", "tong ket", "bao cao tom tat")
_RULE = re.compile(r"[-_=*~.]{3,}")


def _opens_tail(text: str) -> bool:
    """'Nơi nhận:' or 'Trên đây là ...': the recipients or the closing sentence start here."""
    return text[:1] in "NnTt" and fold(text[:12]).startswith(("noi nh", "tren day"))


# --- paragraphs --------------------------------------------------------------------


def _hard_wrapped(texts: list[str]) -> bool:
    """Stripped lines wrapped at a fixed width (OCR, PDF export), not one paragraph per line:
    at most 5% of the lines that are not blank are longer than 120 characters."""
    lengths = [len(t) for t in texts if t]
    return bool(lengths) and sum(1 for n in lengths if n > 120) <= 0.05 * len(lengths)


def paragraphs(lines: list[Line], join_lines: bool = True) -> list[Paragraph]:
    """Group lines into paragraphs, joining wrapped lines and page-break splits.

    With `join_lines` (Markdown, or text wrapped at a fixed width) consecutive lines form
    one paragraph; otherwise each line is a paragraph unless it visibly continues the
    previous one (a lower-case start after a line with no final punctuation).
    """
    return _paragraphs(lines, [ln.text.strip() for ln in lines], join_lines)


def _paragraphs(lines: list[Line], texts: list[str], join_lines: bool) -> list[Paragraph]:
    """paragraphs() of `lines`, whose stripped texts are `texts` (build strips them once for both)."""
    paras: list[Paragraph] = []
    cur: list[Line] = []
    parts: list[str] = []  # the stripped texts of `cur`
    gap = False
    closed = True  # the previous line ends its paragraph (a table row, a capitals line)
    for line, t in zip(lines, texts):
        if not t:
            gap = True
            continue
        alone = t[0] == "|" or line.origin == "heading"  # a Markdown table row or heading stands alone
        caps = is_caps_line(t)
        starts_new = closed or alone or caps or marker(t) is not None or _opens_tail(t)
        closed = alone or caps
        if not starts_new and (gap or not join_lines):
            # a page break or blank line inside a sentence: "... Hệ thống" / "chính quyền ...",
            # "... gồm 388 đình, 426 đền," / "47 miếu và 17 am" (a figure after a comma)
            starts_new = not (parts and (t[0].islower() and parts[-1][-1] not in ".;:!?"
                                         or t[0].isdigit() and parts[-1][-1] == ","))
        if starts_new and caps and _bare_part(parts) and marker(t) is None:
            starts_new = False  # 'PHẦN I' / 'KẾT QUẢ THỰC HIỆN': the part's title on the next line
        if starts_new:
            if cur:
                paras.append(Paragraph.of_stripped(cur, parts))
            cur, parts = [line], [t]
        else:
            cur.append(line)
            parts.append(t)
        gap = False
    if cur:
        paras.append(Paragraph.of_stripped(cur, parts))
    return paras


def _bare_part(texts: list[str]) -> bool:
    """A paragraph that is a part's number alone ('PHẦN I', 'Phần thứ nhất')."""
    m = marker(texts[0]) if len(texts) == 1 else None
    return m is not None and m.kind == "PART" and m.end >= len(texts[0])


# --- the outline ---------------------------------------------------------------------


class Section:
    """A numbered heading with the paragraphs under it and its subsections."""

    __slots__ = ("marker", "paragraph", "body", "children", "_parent", "__weakref__")  # its children refer to it weakly

    def __init__(self, marker: Marker, paragraph: Paragraph, parent: "Section | None" = None) -> None:
        self.marker = marker
        self.paragraph = paragraph  # the heading paragraph (its text is "number + title")
        self.body: list[Paragraph] = []
        self.children: list[Section] = []
        self._parent = _weakref.ref(parent) if parent is not None else None

    def __repr__(self) -> str:
        return f"Section({self.label()!r})"

    @property
    def parent(self) -> "Section | None":
        """The enclosing section. Held weakly: the outline owns its sections, and with no
        cycle between them a report's whole tree is freed as soon as it is dropped."""
        return self._parent() if self._parent is not None else None

    @property
    def style(self) -> str:
        return self.marker.kind

    @property
    def number(self) -> str:
        return self.marker.number

    @property
    def title(self) -> str:
        return self.paragraph.text[self.marker.end:].strip()

    @property
    def line(self) -> int:
        return self.paragraph.lineno

    @property
    def end_line(self) -> int:
        last = self
        while last.children:
            last = last.children[-1]
        ps = last.body or [last.paragraph]
        return ps[-1].end_lineno

    @property
    def level(self) -> int:
        return 0 if self.parent is None else self.parent.level + 1

    def label(self, width: int = 48) -> str:
        t = self.title
        if len(t) > width:
            t = t[: width - 1].rstrip() + "…"
        return f"{self.marker.raw} {t}".strip()

    def path(self) -> str:
        """'I › 4. Lĩnh vực ứng dụng CNTT': ancestors by number, this one with its title."""
        chain = []
        s = self.parent
        while s is not None:
            chain.append(s.marker.raw.rstrip(".)") if s.style != "LETTER" else s.marker.raw)
            s = s.parent
        return " › ".join(list(reversed(chain)) + [self.label()])

    def walk(self) -> Iterator["Section"]:
        yield self
        for c in self.children:
            yield from c.walk()


class Outline:
    """A document's paragraphs in their parts (filled by `build`)."""

    __slots__ = ("document", "paragraphs", "header", "title", "subject", "preamble", "sections", "closing",
                 "recipients", "signature", "section_of", "unaccented", "parse_error", "settings", "_body", "derived",
                 "__weakref__")  # a weak reference tells that a linted report was freed (tests/test_outline.py)

    def __init__(self, document: Document, paragraphs: list[Paragraph]) -> None:
        self.document = document
        self.paragraphs = paragraphs
        self.header: list[Paragraph] = []
        self.title: Paragraph | None = None
        self.subject: Paragraph | None = None
        self.preamble: list[Paragraph] = []
        self.sections: list[Section] = []
        self.closing: Paragraph | None = None
        self.recipients: list[Paragraph] = []
        self.signature: list[Paragraph] = []
        self.section_of: dict[int, Section] = {}  # id(paragraph) -> section
        self.unaccented = False  # text lost its diacritics (OCR)
        self.parse_error = ""
        self.settings: dict = {}  # run settings checks may read: "today" (a date)
        self._body: list[Paragraph] | None = None
        self.derived: dict = {}  # values checks compute once and share

    def __repr__(self) -> str:
        return f"Outline({self.document.path!r}, {len(self.paragraphs)} paragraphs, {len(self.sections)} sections)"

    def walk(self) -> Iterator[Section]:
        for s in self.sections:
            yield from s.walk()

    def main_sections(self) -> list[Section]:
        """The top-level sections, and in a report in parts ('PHẦN I', 'Chương II') each part
        followed by the sections right under it: where a heading names a period or a plan."""
        return [x for s in self.sections for x in ([s, *s.children] if s.style == "PART" else [s])]

    def derive(self, key: str, compute: Callable[[], Any]) -> Any:
        """`compute()`, once per outline: what several rules read (words, claims, groupings)."""
        if key not in self.derived:
            self.derived[key] = compute()
        return self.derived[key]

    def section_path(self, para: Paragraph) -> str:
        s = self.section_of.get(id(para))
        return s.path() if s else ""

    def body_paragraphs(self) -> list[Paragraph]:
        """Paragraphs of running text: preamble and sections (headings included), in order."""
        if self._body is None:
            out = list(self.preamble)
            for s in self.walk():
                out.append(s.paragraph)
                out.extend(s.body)
            out.sort(key=lambda p: p.lineno)
            self._body = out
        return list(self._body)


def _tail_start(paras: list[Paragraph]) -> int:
    """Index of the closing sentence, else of "Nơi nhận:", else len(paras)."""
    for i in range(len(paras) - 1, -1, -1):
        if fold(paras[i].text[:20]).startswith("tren day"):
            return i
    for i, p in enumerate(paras):
        if fold(p.text[:12]).startswith("noi nh"):
            return i
    return len(paras)


def _appendix_start(paras: list[Paragraph], tail: int) -> int:
    """Index of the first appendix after the tail ('PHỤ LỤC', 'Phụ lục 02: ...'), else len(paras):
    an appendix after the signature is text of the report, no recipient or signature line."""
    for i in range(tail + 1, len(paras)):
        first = paras[i].lines[0].text.strip()
        if first[:1] == "P" and is_appendix(marker(first)):
            return i
    return len(paras)


def _split_tail_line(line: Line) -> list[Line]:
    """Two columns on one line: 'Nơi nhận: KT. GIÁM ĐỐC', '- VP Bộ TT&TT: PHÓ GIÁM ĐỐC'."""
    t = line.text
    f = fold(t)
    if f.lstrip().startswith(("noi nh", "-")):
        lead = len(t) - len(t.lstrip())
        m = _SIGN_PREFIX.search(f, lead + 3)
        if m is None:
            m = _TRAILING_TITLE.search(f, lead + 3)
            if m and not t[m.start():m.end()].replace(" ", "").isupper():
                m = None
        if m and m.start() > lead + 2:
            return [line.slice(0, m.start()), line.slice(m.start())]
    return [line]


def _tail_kind(p: Paragraph, seen_recipients: bool) -> str:
    t = p.text.strip()
    f = fold(t)
    if f.startswith("noi nh"):
        return "NOINHAN"
    if _SIGN_PREFIX.match(f):
        return "SIGN"
    if seen_recipients and (t[:1] in "-–+•" or t[:1] == "("):
        return "RECIP"
    if is_caps_line(t) and len(t) < 60:
        return "SIGN"
    return "TAILTEXT"


# Kinds whose runs parse like one of them: "?line: TEXT | BULLET" in front and body, and
# "?tail_line: NOINHAN | RECIP | SIGN | TAILTEXT" in the tail, repeated with "*" or "+".
# One token for a whole run keeps the parse short (a report has hundreds of paragraphs).
_RUNS = frozenset({"TEXT", "BULLET", "NOINHAN", "RECIP", "SIGN", "TAILTEXT"})


def _body_kind(p: Paragraph, titled: bool, heading_seen: bool) -> str:
    """The token kind of a paragraph before the tail."""
    first = p.lines[0].text.strip()
    m = marker(first)
    if m is not None:
        return m.kind
    if not titled and not heading_seen and is_caps_line(first) and fold(first).strip(" .:") in DOC_TYPES:
        return "TITLE"
    return "TEXT"


def _kinds(paras: list[Paragraph], tail: int, appendix: int) -> list[str]:
    """Each paragraph's token kind: the grammar's terminals (the tail's from `tail` to `appendix`)."""
    kinds: list[str] = []
    titled = heading_seen = False
    for p in paras[:tail]:
        kind = _body_kind(p, titled, heading_seen)
        titled = titled or kind == "TITLE"
        heading_seen = heading_seen or kind not in ("TEXT", "BULLET", "TITLE")
        kinds.append(kind)
    seen_recipients = False
    for i in range(tail, appendix):
        closing = i == tail and fold(paras[i].text[:20]).startswith("tren day")
        kind = "CLOSING" if closing else _tail_kind(paras[i], seen_recipients)
        seen_recipients = seen_recipients or kind == "NOINHAN"
        kinds.append(kind)
    kinds += [_body_kind(p, True, True) for p in paras[appendix:]]
    return kinds


def _tokens(paras: list[Paragraph], tail: int, appendix: int) -> list[Token]:
    """The grammar's tokens: one per paragraph, or per run of a _RUNS kind (never across the
    tail's bounds)."""
    kinds = _kinds(paras, tail, appendix)
    toks: list[Token] = []
    start = 0  # of the current run
    for i in range(1, len(kinds) + 1):
        kind = kinds[start]
        if i == len(kinds) or i == tail or i == appendix or kinds[i] != kind or kind not in _RUNS:
            toks.append(Token(kind, start, i))
            start = i
    return toks


def build(doc: Document) -> Outline:
    """Parse a Document into its Outline."""
    texts = [ln.text.strip() for ln in doc.lines]
    paras = _paragraphs(doc.lines, texts, join_lines=doc.format == "md" or _hard_wrapped(texts))
    tail = _tail_start(paras)
    appendix = _appendix_start(paras, tail)
    if tail < appendix:  # split two-column tail lines, then regroup the tail
        tail_lines = [piece for p in paras[tail:appendix] for ln in p.lines for piece in _split_tail_line(ln)]
        first_tail = paras[tail]
        closing = [first_tail] if fold(first_tail.text[:20]).startswith("tren day") else []
        rest = tail_lines[len(first_tail.lines):] if closing else tail_lines
        after = paras[appendix:]
        paras = paras[:tail] + closing + _tail_paragraphs(rest) + after
        appendix = len(paras) - len(after)
    outline = Outline(document=doc, paragraphs=paras)
    outline.unaccented = is_unaccented(" ".join(p.text for p in paras[:tail]))
    toks = _tokens(paras, tail, appendix)
    lalr = parser()  # outside the try: a missing grammar is a broken install, not a bad report
    try:
        tree = lalr.parse(toks)
    except GrammarError as e:  # the grammar accepts every token sequence; keep going if not
        outline.parse_error = str(e).splitlines()[0]
        outline.preamble = paras[:tail]
        return outline
    _fill(outline, tree, paras)
    return outline


def _tail_paragraphs(lines: list[Line]) -> list[Paragraph]:
    """In the tail every "- " recipient and every signature line stands alone."""
    out: list[Paragraph] = []
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        cont = out and t[0] in "(" and not is_caps_line(t) and out[-1].text.lstrip()[:1] in "-–+"
        cont = cont or (out and t[0].islower() and not out[-1].text.rstrip().endswith((";", ".", ":")))
        if cont:
            out[-1].lines.append(ln)
            out[-1].rebuild()
        else:
            out.append(Paragraph.of_stripped([ln], [t]))
    return out


def _section(outline: Outline, paras: list[Paragraph], node: Tree, parent: Section | None) -> Section:
    """The Section of a heading's subtree (a module function, not a closure: a recursive
    closure refers to itself, a cycle that would keep the whole report alive until a GC pass)."""
    p = paras[node.children[0].first]
    sec = Section(marker(p.lines[0].text.strip()), p, parent)  # type: ignore[arg-type]
    p.kind = "heading"
    outline.section_of[id(p)] = sec
    for child in node.children[1:]:
        if isinstance(child, Tree) and child.data == "body":
            for t in child.children:
                for bp in paras[t.first:t.end]:
                    bp.kind = "bullet" if t.type == "BULLET" else "text"
                    sec.body.append(bp)
                    outline.section_of[id(bp)] = sec
        elif isinstance(child, Tree):
            sec.children.append(_section(outline, paras, child, sec))
    return sec


def _fill(outline: Outline, tree: Tree, paras: list[Paragraph]) -> None:
    for node in tree.children:
        if node.data == "front":
            _front(outline, [(t.type, p) for t in node.children for p in paras[t.first:t.end]])
        elif node.data == "tail":
            for t in node.children:
                for p in paras[t.first:t.end]:
                    if t.type == "CLOSING":
                        outline.closing, p.kind = p, "closing"
                    elif t.type in ("NOINHAN", "RECIP"):
                        outline.recipients.append(p)
                        p.kind = "recipient"
                    else:
                        outline.signature.append(p)
                        p.kind = "signature"
        else:
            outline.sections.append(_section(outline, paras, node, None))


def _front(outline: Outline, items: list[tuple[str, Paragraph]]) -> None:
    kinds = [k for k, _ in items]
    if "TITLE" in kinds:
        i = kinds.index("TITLE")
        outline.header = [p for _, p in items[:i]]
        outline.title = items[i][1]
        rest = [p for _, p in items[i + 1:]]
        if rest and len(rest[0].text) < 300 and not rest[0].text.rstrip().endswith(":") and kinds[i + 1] == "TEXT":
            outline.subject = rest.pop(0)
        outline.preamble = rest
    else:
        n = 0  # (a rule drawn under the issuing body, "-------", is the header's too)
        while n < len(items) and (is_caps_line(first := items[n][1].lines[0].text.strip()) or _RULE.fullmatch(first)):
            n += 1
        outline.header = [p for _, p in items[:n]]
        outline.preamble = [p for _, p in items[n:]]
    for p in outline.header:
        p.kind = "header"
    if outline.title:
        outline.title.kind = "title"
    if outline.subject:
        outline.subject.kind = "title"
