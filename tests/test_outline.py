"""The outline of the three real reports: sections per level, numbers and titles."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportlint.model.document import Line
from reportlint.loaders import load
from reportlint.analysis.markers import marker
from reportlint.analysis.outline import build, paragraphs


def tree(outline):
    return [("  " * s.level) + s.marker.number for s in outline.walk()]


def test_monthly_markdown_report(corpus):
    o = build(load(corpus / "travinh-2020-10-monthly.md"))
    assert [s.number for s in o.sections] == ["I", "II", "III"]
    assert [c.number for c in o.sections[0].children] == ["1", "2", "3", "4", "5", "6"]
    assert [c.number for c in o.sections[0].children[5].children] == ["6.1", "6.2", "6.3", "6.4"]
    assert [c.number for c in o.sections[1].children] == ["1", "2", "3", "4"]
    assert [c.number for c in o.sections[2].children] == [str(i) for i in range(1, 10)]
    assert o.sections[0].children[3].title == "Lĩnh vực ứng dụng công nghệ thông tin"
    assert o.sections[0].children[3].path() == "I › 4. Lĩnh vực ứng dụng công nghệ thông tin"
    assert o.title.text == "BÁO CÁO" and o.subject.text.startswith("Công tác thông tin và truyền thông tháng 10/2020")
    assert o.closing.lineno == 137
    assert [p.lineno for p in o.recipients][:2] == [139, 141] and o.recipients[-1].text == "- Lưu: VT."
    assert [p.text for p in o.signature] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Chuẩn"]
    assert not o.unaccented


def test_plain_text_report_without_parts(corpus):
    o = build(load(corpus / "travinh-2019-07-monthly.txt"))
    assert [(s.number, s.title) for s in o.sections] == [
        ("1", "Tình hình công tác tháng 7/2019"), ("2", "Kế hoạch công tác tháng 8/2019")]
    assert len(o.sections[0].body) == 13  # the bullet split by a page break (lines 21-23) is one paragraph
    split = next(p for p in o.sections[0].body if p.lineno == 21)
    assert split.end_lineno == 23 and "Hệ thống chính quyền điện tử" in split.text
    assert [p.text for p in o.signature] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Chuẩn"]


def test_ocr_report_with_two_columns_and_garbled_numerals(corpus):
    o = build(load(corpus / "travinh-2021-9months-ocr.txt"))
    assert o.unaccented
    assert [s.number for s in o.sections] == ["I", "III", "IV"]
    assert o.sections[1].marker.raw == "I1I." and o.sections[1].marker.garbled
    assert [c.number for c in o.sections[0].children] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [c.number for c in o.sections[0].children[3].children] == ["a", "b"]
    assert [c.number for c in o.sections[0].children[6].children] == ["7.1", "7.2", "7.3", "7.4"]
    assert [c.number for c in o.sections[2].children[2].children] == ["a", "b", "c", "d"]
    assert len(o.header) == 3 and o.title.text == "BAO CAO"
    assert o.subject.text.startswith("ket qua cong tac") and o.subject.end_lineno == 8
    # "Noi nhén: KT.GIAM DPOC" is two columns: recipients on the left, signature on the right
    assert o.recipients[0].text.strip() == "Noi nhén:"
    assert [p.text for p in o.signature][:2] == ["KT.GIAM DPOC", "PHO GIAM DOC"]
    assert o.signature[0].lineno == 723 and o.signature[0].lines[0].orig_col(0) == len("Noi nhén: ")


@pytest.mark.parametrize("text,kind,number,garbled", [
    ("I. KẾT QUẢ", "ROMAN", "I", False),
    ("IV. KẾ HOẠCH", "ROMAN", "IV", False),
    ("I1I. PANH GIA", "ROMAN", "III", True),
    ("1. Công tác", "ARABIC", "1", False),
    ("6.1. Cổng thông tin", "DECIMAL", "6.1", False),
    ("7.1 Hoatdong", "DECIMAL", "7.1", False),
    ("7.3.COng tac", "DECIMAL", "7.3", False),
    ("đ) Điểm năm", "LETTER", "đ", False),
    ("¢) Tap trung", "LETTER", "c", True),
    ("- Trình UBND", "BULLET", "-", False),
    ("+ Dịch vụ", "BULLET", "+", False),
    ("e Hé théng Cong", "BULLET", "e", True),
    ("2.126 chứng thư số", None, None, None),
    ("2021 c6 143.098 van ban", None, None, None),
    ("Trong tháng 10/2020", None, None, None),
    ("1.5 triệu đồng", None, None, None),
    ("V.H", None, None, None),  # a byline's initials under a news item
    ("X.T.L.", None, None, None),
    ("V.Hoạt động khác", "ROMAN", "V", False),
])
def test_marker(text, kind, number, garbled):
    m = marker(text)
    if kind is None:
        assert m is None
    else:
        assert (m.kind, m.number, m.garbled) == (kind, number, garbled)


def test_wrapped_lines_join_but_new_items_do_not():
    lines = [Line(t, i) for i, t in enumerate([
        "- Trinh Ban can su Dang UBND tinh 02 du thao: Chuong trinh cua Ban",
        "Thuong vu Tinh uy nang cao chi so.",
        "",
        "- Du thao trinh UBND tinh ban hanh: Ke hoach trien",
        "khai thuc hien Chuong trinh so 15-CTr/TU",
        "",
        "2. Linh vuc buu chinh",
    ], 1)]
    ps = paragraphs(lines)
    assert [(p.lineno, p.end_lineno) for p in ps] == [(1, 2), (4, 5), (7, 7)]
    assert ps[0].locate(ps[0].text.index("Thuong")) == (2, 1)


def test_one_paragraph_per_line_text_is_not_joined():
    """A .txt saved from Word: one paragraph per line, no blank lines, long lines."""
    long = "Sở Thông tin và Truyền thông tiếp tục theo dõi, giám sát các công việc thường xuyên liên quan đến lĩnh vực bưu chính trên địa bàn tỉnh"
    text = "\n".join(["1. Lĩnh vực bưu chính", long + ".", long + " và", "các huyện, thị xã.", "Báo cáo tháng 10/2020 (số liệu đến ngày 20/10/2020)."])
    from reportlint.loaders.text import from_text

    o = build(from_text(text, "r.txt"))
    assert [(p.lineno, p.end_lineno) for p in o.sections[0].body] == [(2, 2), (3, 4), (5, 5)]


def test_recipients_right_after_the_closing_line_start_their_own_paragraph():
    from reportlint.loaders.text import from_text

    o = build(from_text("1. Một\n\nNội dung.\nTrên đây là báo cáo tháng 10/2020./.\nNơi nhận:\n- Bộ TT&TT;\n- Lưu: VT.\n", "r.md", markdown=True))
    assert o.closing.text == "Trên đây là báo cáo tháng 10/2020./."
    assert [p.text for p in o.recipients] == ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."]


def test_markdown_table_rows_are_paragraphs_of_their_own():
    from reportlint.loaders.text import from_text

    text = "1. Số liệu\n\n| STT | Đơn vị | Hồ sơ |\n|---|---|---|\n| 1 | Sở Y tế | 1.860 |\nGhi chú: số liệu đến 20/10."
    o = build(from_text(text, "r.md", markdown=True))
    assert [p.lineno for p in o.sections[0].body] == [3, 4, 5, 6]


def test_a_linted_report_is_freed_without_the_cycle_collector() -> None:
    """No reference cycle in an outline: an archive audit frees each report as soon as it is done."""
    import gc
    import weakref

    from reportlint.api import lint_document
    from reportlint.loaders import load
    from reportlint.analysis.outline import build

    gc.collect()
    gc.disable()
    try:
        doc = load(Path(__file__).parent / "corpus" / "travinh-2021-9months-ocr.txt")
        outline = build(doc)
        assert any(s.children for s in outline.sections) and outline.sections[0].children[0].parent is outline.sections[0]
        lint_document(doc, None, outline)
        refs = [weakref.ref(outline), weakref.ref(outline.paragraphs[0]), weakref.ref(outline.sections[-1])]
        del outline, doc
        assert [r() for r in refs] == [None, None, None]
    finally:
        gc.enable()


# --- the LALR driver agrees with Lark on any token sequence -------------------------------

KINDS = ("TITLE", "ROMAN", "ARABIC", "DECIMAL", "LETTER", "BULLET", "TEXT", "CLOSING", "NOINHAN", "RECIP", "SIGN",
         "TAILTEXT")


def _shape(node):
    """A parse tree as nested tuples: (rule, children) and (terminal, paragraph index)."""
    if hasattr(node, "data"):
        return (str(node.data), [_shape(c) for c in node.children])
    return (node.type, int(node.first) if hasattr(node, "first") else int(node.value))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(KINDS), max_size=14))
def test_lalr_driver_builds_the_trees_lark_builds(kinds):
    from lark import Token as LarkToken
    from lark.exceptions import UnexpectedInput

    from reportlint._resources import grammar_path
    from reportlint.analysis.lalr import GrammarError, Token, parser

    lark = _lark(str(grammar_path()))
    try:
        want = _shape(lark.parse([LarkToken(k, str(i)) for i, k in enumerate(kinds)]))
    except UnexpectedInput:
        want = "rejected"
    try:
        got = _shape(parser().parse([Token(k, i, i + 1) for i, k in enumerate(kinds)]))
    except GrammarError:
        got = "rejected"
    assert got == want


@lru_cache(maxsize=1)
def _lark(path: str):
    from reportlint.analysis.lalr import lark_parser

    return lark_parser(Path(path).read_text(encoding="utf-8"))
