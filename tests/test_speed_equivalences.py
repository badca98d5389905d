"""Fast paths must agree with the plain definitions they replace (randomised, fixed seed)."""

from __future__ import annotations

import random

from reportlint import numbers


def _samples(atoms: list[str], n: int = 20000) -> list[str]:
    rnd = random.Random(7)
    out = []
    for _ in range(n):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 6)))
        out.append(s[-rnd.randint(0, 24):] if rnd.random() < 0.5 else s)
    return out


def test_name_before_reversed_agrees_with_search() -> None:
    atoms = list(numbers._NAME_WORDS) + ["mdc do", "mucc do", "m c do", "a", " ", "  ", "\n", "/", "#",
                                         "№", "x", "1", "_", "đ", "thu1", "-", ".", "ngayy"]
    hits = 0
    for s in _samples(atoms):
        expected = numbers._NAME_BEFORE.search(s) is not None
        assert (numbers._NAME_BEFORE_REV.match(s[::-1]) is not None) == expected, repr(s)
        hits += expected
    assert hits > 1000  # the sample exercises both outcomes


def test_repeated_word_pattern_matches_the_backtracking_one() -> None:
    import re
    import sys

    import pytest

    from reportlint.checks import repeated_word

    if sys.version_info < (3, 11):
        pytest.skip("possessive quantifiers need Python 3.11")
    plain = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?: +[^\W\d_]+)?) +\1(?![^\W\d_])")
    rnd = random.Random(3)
    atoms = ["các", "cá", "c", "a", "b", " ", "  ", "1", "_", "-", "đ", "ab", "x y", "\n", "ba"]
    found = 0
    for _ in range(20000):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 10)))
        expected = [m.span(1) + m.span() for m in plain.finditer(s)]
        assert [m.span(1) + m.span() for m in repeated_word._DOUBLED.finditer(s)] == expected, repr(s)
        found += bool(expected)
    assert found > 100  # the sample holds real repeats


def test_fuzzy_title_pruning_agrees_with_comparing_every_title() -> None:
    import difflib

    from reportlint import formal
    from reportlint.text import fold

    def plain(text: str) -> str | None:
        f = " ".join(fold(text).replace(".", " ").split())
        best, best_r, second = None, 0.0, 0.0
        for ft, t in formal.tables()["titles_fold"]:
            r = max(difflib.SequenceMatcher(None, f, ft).ratio(),
                    difflib.SequenceMatcher(None, f[:len(ft) + 1], ft).ratio() if len(f) > len(ft) else 0.0)
            if r > best_r:
                best, best_r, second = t, r, best_r
            elif r > second:
                second = r
        return best if best_r >= 0.84 and best_r - second >= 0.05 else None

    rnd = random.Random(11)
    titles = [t for _, t in formal.tables()["titles_fold"]]
    damage = "abcdeghiklmnopqrstuvxy ĐđÁ.1¢"
    hits = 0
    for _ in range(3000):
        s = list(rnd.choice(titles) + rnd.choice(["", " TỈNH", " SỞ", " (đã ký)"]))
        for _ in range(rnd.randint(0, 4)):  # OCR damage: replaced, dropped or extra characters
            i = rnd.randrange(len(s))
            op = rnd.random()
            if op < 0.4:
                s[i] = rnd.choice(damage)
            elif op < 0.7:
                del s[i]
            else:
                s.insert(i, rnd.choice(damage))
        text = "".join(s) or "x"
        assert formal.fuzzy_title(text) == plain(text), text
        hits += plain(text) is not None
    assert 300 < hits < 2900  # the sample holds both outcomes


def test_outline_with_runs_of_text_as_one_token_equals_one_token_per_paragraph() -> None:
    """outline._tokens merges runs of TEXT / BULLET paragraphs; parsing them one by one gives the same outline."""
    from lark import Token

    from reportlint import outline as ol
    from reportlint.loaders.text import from_text

    def shape(o: ol.Outline) -> tuple:
        def sec(s: ol.Section) -> tuple:
            return (s.number, id(s.paragraph), tuple(id(p) for p in s.body), tuple(sec(c) for c in s.children))

        return (tuple(id(p) for p in o.header), id(o.title), id(o.subject), tuple(id(p) for p in o.preamble),
                tuple(sec(s) for s in o.sections), tuple(p.kind for p in o.paragraphs))

    kinds = ["BÁO CÁO", "I. Kết quả", "II. Nhiệm vụ", "1. Lĩnh vực", "2. Lĩnh vực", "1.1. Mục", "a) Nội dung",
             "b) Nội dung", "- gạch đầu dòng", "+ cộng", "Văn bản thường.", "Văn bản khác.", "ỦY BAN NHÂN DÂN",
             "Trên đây là báo cáo.", "Nơi nhận:", "- Như trên;", "KT. GIÁM ĐỐC"]
    rnd = random.Random(5)
    merged_any = 0
    for _ in range(300):
        lines = [rnd.choice(kinds) for _ in range(rnd.randint(1, 30))]
        doc = from_text("\n".join(lines) + "\n", "t.txt")
        paras = ol.paragraphs(doc.lines, join_lines=False)
        tail = ol._tail_start(paras)
        toks = ol._tokens(paras, tail)
        single = []
        for t in toks:
            first, _, end = t.value.partition(":")
            single += [Token(t.type, str(i)) for i in range(int(first), int(end))] if end else [t]
        merged_any += len(single) > len(toks)
        outs = []
        for seq in (toks, single):
            for p in paras:
                p.kind = "text"
            o = ol.Outline(document=doc, paragraphs=paras)
            ol._fill(o, ol.parser().parse(seq), paras, seq)
            outs.append(shape(o))
        assert outs[0] == outs[1], lines
    assert merged_any > 100


def test_duplicate_line_word_count_agrees_with_split() -> None:
    from reportlint.checks import duplicate_line
    from reportlint.document import Line, Paragraph

    rnd = random.Random(13)
    atoms = ["Tổ chức", " ", "  ", "\u2003", "\t", "a)", "1.", " .", ";", ":", ",", "ĐẨY", "x", "- ", "\u00a0", "ß"]
    for _ in range(20000):
        text = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 12)))
        p = Paragraph([Line(text, 1)])
        m = duplicate_line.marker(p.text)
        start = m.end if m else 0
        plain = " ".join(p.text[start:].split()).rstrip(" .;:,").casefold()
        assert duplicate_line._key(p) == (plain, start), repr(text)
        assert duplicate_line._word_count(plain) == len(plain.split()), repr(text)


def test_fold_fast_path_agrees_with_the_table() -> None:
    import re
    import unicodedata

    from reportlint import text

    def plain(s: str) -> str:
        out = s.translate(text._FOLD)
        if not out.isascii():
            out = re.sub(r"[\u0300-\u036f]", "", unicodedata.normalize("NFD", out).translate(text._FOLD))
        return out.lower()

    rnd = random.Random(17)
    latin = [chr(c) for c in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00))]
    atoms = ["Nguyễn", "Việt Nam", "ĐẨY MẠNH", "đ", "Ð", "a", " ", "1", "ø", "ß", "Æ", "ı", "“", "–", "≠", "K",
             "Å", "Ω", "\u0301", "e\u0302\u0301", "ǅ"]
    for _ in range(20000):
        s = "".join(rnd.choice(atoms) if rnd.random() < 0.6 else rnd.choice(latin) for _ in range(rnd.randint(0, 8)))
        assert text._fold(s) == plain(s), repr(s)
