"""`check report.docx --annotate [OUT]`: a reviewed copy of a .docx with one Word comment
per finding, as a careful colleague would leave them in the margin.

The comment is anchored on the exact text of the finding's span. A span rarely starts
and ends on run boundaries, so the runs at its ends are split in two; each half keeps
the run's properties (w:rPr), so the visible text and its formatting do not change.

Positions: a Diagnostic's line is the paragraph number in reading order (body
paragraphs and table cells, as `loaders.docx.block_paragraphs` yields them, then
footnotes) and its columns are 1-based offsets in the loader's paragraph text, which is
python-docx's `Paragraph.text` (runs and hyperlinks) normalised to NFC. That text is
rebuilt here from the same runs, and the NFC offsets are mapped back to the file's
characters. When a span cannot be mapped exactly (text in a field or a content control
that python-docx does not expose, a footnote — python-docx cannot anchor comments
there — or no span at all), the comment goes on the whole paragraph, or on the first
paragraph of the document, and quotes the text it is about.

The input is never written: the copy goes to a temporary file in the target's
directory, then `os.replace` puts it in place, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import copy
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from reportlint.atomic import write_atomic
from reportlint.i18n import severity, t
from reportlint.model.diagnostic import Diagnostic

AUTHOR = "reportlint"
INITIALS = "RL"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# run children that carry text in python-docx's Run.text (str(child) is their text)
_TEXT_TAGS = frozenset(_W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab"))
class AnnotateError(Exception):
    """The copy cannot be written (shown as one line, exit 2)."""


@dataclass
class Annotated:
    """What `annotate` wrote: the output path, and how many comments sit exactly on
    their span and how many on a whole paragraph instead."""

    path: Path
    exact: int = 0
    fallback: int = 0

    @property
    def comments(self) -> int:
        return self.exact + self.fallback


def default_output(src: Path) -> Path:
    """report.docx -> report.reviewed.docx, next to the input."""
    return src.with_name(f"{src.stem}.reviewed.docx")


def annotate(src: str | os.PathLike, diagnostics: Iterable[Diagnostic], out: str | os.PathLike | None = None,
             force: bool = False, lang: str = "en") -> Annotated:
    """Write a copy of the .docx `src` with a comment per diagnostic; AnnotateError on refusal."""
    src = Path(src)
    target = Path(out) if out else default_output(src)
    _check_target(src, target, force, lang)
    from reportlint.errors import LoadError
    from reportlint.loaders.docx import block_paragraphs, check_zip

    try:
        check_zip(src).close()  # the same zip-bomb guard as the loader
        import docx

        document = docx.Document(str(src))
    except LoadError as e:
        raise AnnotateError(str(e)) from None
    except Exception as e:  # python-docx/lxml on a broken file
        raise AnnotateError(t("load.docx_invalid", lang, path=src, reason=f"{type(e).__name__}: {e}")) from None
    _renumber_comments(document)
    paras = [p for p, _origin in block_paragraphs(document.element.body)]
    result = Annotated(target)
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        exact = _add(document, paras, d, lang)
        result.exact += exact
        result.fallback += not exact
    _save(document, target, src)
    return result


def _renumber_comments(document) -> None:
    """Give existing comments with a non-numeric w:id a fresh number, in the comments and in
    the body's anchors alike: Word writes numbers, other editors sometimes do not, and
    python-docx needs numbers to choose the id of a new comment."""
    from docx.oxml.ns import qn

    comments = document.comments._comments_elm
    ids = [c.get(qn("w:id")) for c in comments.iterchildren(qn("w:comment"))]
    taken = {int(i) for i in ids if i is not None and i.isdigit()}
    fresh = (n for n in range(len(ids) + len(taken) + 1) if n not in taken)
    renamed = {i: str(next(fresh)) for i in dict.fromkeys(ids) if i is None or not i.isdigit()}
    if not renamed:
        return
    for c in comments.iterchildren(qn("w:comment")):
        c.set(qn("w:id"), renamed.get(c.get(qn("w:id")), c.get(qn("w:id"))))
    anchors = ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference")
    for el in document.element.body.iter(*(qn(a) for a in anchors)):
        if el.get(qn("w:id")) in renamed:
            el.set(qn("w:id"), renamed[el.get(qn("w:id"))])


def _check_target(src: Path, target: Path, force: bool, lang: str) -> None:
    if target.suffix.lower() != ".docx":
        raise AnnotateError(t("error.annotate_not_docx", lang, path=target))
    if _same_file(src, target):
        raise AnnotateError(t("error.output_is_input", lang, path=target))
    if (target.exists() or target.is_symlink()) and not force:
        raise AnnotateError(t("error.exists", lang, path=target))
    if target.is_dir():
        raise AnnotateError(t("load.directory", lang, path=target))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except (OSError, RuntimeError):
        return False


def _save(document, target: Path, src: Path) -> None:
    """Atomically, with the input's permissions."""
    try:
        write_atomic(target, document.save, like=src)
    except OSError as e:
        raise AnnotateError(f"{target}: cannot write: {e.strerror or e}") from None


# -- one comment ------------------------------------------------------------------------


def _on_suspect(d: Diagnostic) -> Diagnostic:
    """A claim's finding spans its figures; its comment sits on the one most likely wrong:
    the total or the percentage the suggestion would replace."""
    suspect = next((r for r in d.related if r.role in ("total", "percentage")), None)
    if suspect is None:
        return d
    return d._replace(line=suspect.line, column=suspect.column, end_line=suspect.end_line,
                      end_column=suspect.end_column)


def _add(document, paras: list, d: Diagnostic, lang: str) -> bool:
    """Add the comment for `d`; True when it is anchored on the exact span."""
    anchor = _anchor(paras, _on_suspect(d))
    exact = anchor is not None
    note = None
    if anchor is None:
        p = _home(paras, d)
        if p is None:  # a document without a single paragraph: nowhere to anchor
            return False
        anchor = (p, None, p, None)
        note = _about(paras, d, lang)
    comment = document.comments.add_comment(text="", author=AUTHOR, initials=INITIALS)
    _fill(comment, d, lang, note)
    _mark(comment.comment_id, *anchor)
    return exact


def _fill(comment, d: Diagnostic, lang: str, note: str | None) -> None:
    head = comment.paragraphs[0]
    head.add_run(f"{severity(d.severity, lang)} · {d.rule}").bold = True
    comment.add_paragraph(d.message)
    if d.evidence:
        comment.add_paragraph(f"{t('annotate.evidence', lang)}: {d.evidence}")
    if d.suggestion:
        comment.add_paragraph(f"{t('annotate.suggestion', lang)}: {d.suggestion}")
    if d.section:
        comment.add_paragraph(f"{t('annotate.section', lang)}: {d.section}")
    if note:
        comment.add_paragraph(note)


def _about(paras: list, d: Diagnostic, lang: str) -> str | None:
    """For a comment not on its span: the text it is about (and that it is in a footnote)."""
    if d.line > len(paras):
        return f"{t('annotate.footnote', lang)} ({t('label.line', lang, line=d.line)})"
    if not (1 <= d.line <= len(paras)) or (d.line == d.end_line and d.end_column <= d.column):
        return None
    text = _nfc_text(paras[d.line - 1])
    quote = text[d.column - 1: d.end_column - 1] if d.line == d.end_line else text[d.column - 1:]
    quote = " ".join(quote.split())
    return f"{t('annotate.about', lang)}: «{quote[:120]}»" if quote else None


def _home(paras: list, d: Diagnostic):
    """The paragraph that takes a comment without an exact span: its own line when it is
    a body paragraph with text, else the first paragraph with text."""
    if 1 <= d.line <= len(paras) and _pieces(paras[d.line - 1]):
        return paras[d.line - 1]
    return next((p for p in paras if _pieces(p)), paras[0] if paras else None)


def _anchor(paras: list, d: Diagnostic):
    """(start paragraph, start run, end paragraph, end run) covering the span exactly,
    after splitting runs at its ends; None when the span cannot be mapped."""
    if not (1 <= d.line <= d.end_line <= len(paras)):
        return None
    a, b = paras[d.line - 1], paras[d.end_line - 1]
    start = _raw_offset(a, d.column - 1)
    if d.line == d.end_line:
        if d.end_column <= d.column:
            return None
        end = _raw_offset(a, d.end_column - 1)
    else:
        end = _raw_offset(b, d.end_column - 1)
    if start is None or end is None or (a is b and end <= start):
        return None
    _split_at(a, start)
    _split_at(b, end)
    first = next((r for r, s, _e in _pieces(a) if s == start), None)
    last = next((r for r, _s, e in _pieces(b) if e == end), None)
    if first is None or last is None:
        return None
    return a, first, b, last


# -- paragraph text and runs --------------------------------------------------------------


def _run_text(r) -> str:
    return "".join(str(c) for c in r if c.tag in _TEXT_TAGS)


def _pieces(p) -> list[tuple[object, int, int]]:
    """(w:r, start, end) of each run with text, in the order of python-docx's
    Paragraph.text: the paragraph's own runs and the runs of its hyperlinks."""
    out, pos = [], 0
    for r in p.xpath("./w:r | ./w:hyperlink/w:r"):
        n = len(_run_text(r))
        if n:
            out.append((r, pos, pos + n))
            pos += n
    return out


def _nfc_text(p) -> str:
    return unicodedata.normalize("NFC", "".join(_run_text(r) for r, _s, _e in _pieces(p)))


def _raw_offset(p, offset: int) -> int | None:
    """The offset in the paragraph's own characters of `offset` in its NFC text (the
    loader's column); None if the paragraph text is not what the loader read."""
    raw = "".join(_run_text(r) for r, _s, _e in _pieces(p))
    nfc = unicodedata.normalize("NFC", raw)
    if not 0 <= offset <= len(nfc):
        return None
    if nfc == raw:
        return offset
    # decomposed text (combining marks): map cluster by cluster, each cluster starting at
    # a character that is not a combining mark
    starts = [i for i, ch in enumerate(raw) if i == 0 or not unicodedata.combining(ch)] + [len(raw)]
    clusters = [unicodedata.normalize("NFC", raw[i:j]) for i, j in zip(starts, starts[1:])]
    if "".join(clusters) != nfc:  # composition across clusters (not Vietnamese): give up
        return None
    pos = 0
    for i, cluster in zip(starts, clusters):
        if pos == offset:
            return i
        pos += len(cluster)
        if pos > offset:
            return None  # inside a composed cluster: not a boundary of the file's text
    return len(raw) if pos == offset else None


def _split_at(p, offset: int) -> None:
    """Make `offset` a run boundary in paragraph `p` (a no-op when it already is one)."""
    for r, s, e in _pieces(p):
        if s < offset < e:
            _split_run(r, offset - s)
            return


def _split_run(r, k: int) -> None:
    """Split w:r `r` after its k-th character; both halves keep the run properties."""
    tail = copy.deepcopy(r)
    _keep(r, 0, k)
    _keep(tail, k, None)
    r.addnext(tail)


def _keep(r, a: int, b: int | None) -> None:
    """Remove from run `r` the content outside characters [a, b); content without text
    (field characters, drawings) goes with the half that starts at or after it."""
    pos = 0
    for child in list(r):
        if child.tag == _W + "rPr":
            continue
        n = len(str(child)) if child.tag in _TEXT_TAGS else 0
        s, e = pos, pos + n
        pos = e
        if n == 0:
            inside = (s < b if b is not None else True) if a == 0 else s >= a
        else:
            inside = e > a and (b is None or s < b)
        if not inside:
            r.remove(child)
        elif n > 1 and child.tag == _W + "t":
            lo, hi = max(a - s, 0), (n if b is None else min(b, e) - s)
            if (lo, hi) != (0, n):
                child.text = child.text[lo:hi]
                child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


# -- comment markers --------------------------------------------------------------------


def _mark(comment_id: int, p_start, first, p_end, last) -> None:
    """w:commentRangeStart before `first`, w:commentRangeEnd and the reference run after
    `last`; with no runs (a whole paragraph) around the paragraph's content."""
    from docx.oxml.parser import OxmlElement
    from docx.oxml.ns import qn

    cid = str(comment_id)
    start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): cid})
    end = OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): cid})
    ref = OxmlElement("w:r")
    ref.get_or_add_rPr().style = "CommentReference"
    ref.append(OxmlElement("w:commentReference", attrs={qn("w:id"): cid}))
    if first is None:  # the whole paragraph
        a, b = _pieces(p_start), _pieces(p_end)
        first, last = (a[0][0], b[-1][0]) if a and b else (None, None)
    if first is None or last is None:  # an empty paragraph: the markers alone
        ppr = p_start.find(qn("w:pPr"))
        (ppr.addnext if ppr is not None else lambda e: p_start.insert(0, e))(start)
        start.addnext(end)
        end.addnext(ref)
        return
    first.addprevious(start)
    last.addnext(ref)
    last.addnext(end)
