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
                                         "№", "x", "1", "_", "đ", "thu1", "-", ".", "ngayy", "\u2003", "\xa0",
                                         "\x1c", "\u200b", "m", "\t", "thu\u0301"]
    hits = 0
    for s in _samples(atoms):
        expected = numbers._NAME_BEFORE.search(s) is not None
        assert (numbers._NAME_BEFORE_REV.match(s[::-1]) is not None) == expected, repr(s)
        assert numbers._name_before(s) == expected, repr(s)
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
    """outline._tokens merges runs of TEXT / BULLET / tail-line paragraphs; parsing them one by one gives the same outline."""
    from reportlint import outline as ol
    from reportlint.outline import Token
    from reportlint.loaders.text import from_text

    def shape(o: ol.Outline) -> tuple:
        def sec(s: ol.Section) -> tuple:
            return (s.number, id(s.paragraph), tuple(id(p) for p in s.body), tuple(sec(c) for c in s.children))

        return (tuple(id(p) for p in o.header), id(o.title), id(o.subject), tuple(id(p) for p in o.preamble),
                tuple(sec(s) for s in o.sections), tuple(p.kind for p in o.paragraphs), id(o.closing),
                tuple(id(p) for p in o.recipients), tuple(id(p) for p in o.signature))

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


def test_fold_codec_agrees_with_the_table() -> None:
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
             "Å", "Ω", "\u0301", "e\u0302\u0301", "ǅ", "”", "…", "¢", "°", "µ", "\u00a0", "\u2000", "\u2001",
             "\u2002", "\u2028", "\x00", "\u212a", "\u0130"]
    for _ in range(20000):
        s = "".join(rnd.choice(atoms) if rnd.random() < 0.6 else rnd.choice(latin) for _ in range(rnd.randint(0, 8)))
        assert text._fold(s) == plain(s), repr(s)
    # the codec path: every character of the table, capitals of its letters, ASCII, and a few outside it
    table = sorted({c for c in text._DECODE if not c.isascii()} | set("ăâđêôơưáàảãạấầẩẫậắằẳẵặ"))
    inside = table + [c.upper() for c in table] + [chr(c) for c in range(32, 127)] + ["\n", "\t"]
    for _ in range(20000):
        s = "".join(rnd.choice(inside) if rnd.random() < 0.97 else rnd.choice(atoms) for _ in range(rnd.randint(1, 12)))
        assert text._fold(s) == plain(s), repr(s)


# --- spelling: words and their positions --------------------------------------------------

_SPELLING_ATOMS = ["các", "Các", "CÁC", "hoà", "Hòa", "thuỷ", "Việt", "nam", "a", "b", "iGate", " ", " ", "  ", "\t",
                   "\n", "\xa0", "\r", "1", "2020", "١", "²", "@", ".", ",", "-", "/", "_", "vn", "VN", "com", "docx",
                   "Pdf", "w", "W", "www", "ww.", "http", "https", "://", "ſ", "ΑΣ", "Σ", "σ", "'", "İ", "ß", "đ", "Đ"]


def _plain_tokens(text: str) -> list[tuple[int, int, str, str]]:
    """The tokenizer as first written: every anchor by one regex, a tuple per word."""
    import re

    from reportlint.checks import _spelling as sp

    spans: list[tuple[int, int]] = []
    for m in sp._SKIP_ANCHOR.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        a = max(text.rfind(" ", 0, m.start()), text.rfind("\t", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        nxt = re.compile(r"\s").search(text, m.end())
        spans.append((a, nxt.start() if nxt else len(text)))
    scan, pos = "", 0
    for a, b in spans:
        scan += text[pos:a] + " " * (b - a)
        pos = b
    scan += text[pos:]
    low = text.lower()
    if len(low) != len(text):
        return [(m.start(), m.end(), m.group(), m.group().lower()) for m in sp._WORD.finditer(scan)]
    return [(m.start(), m.end(), text[m.start():m.end()], low[m.start():m.end()]) for m in sp._WORD.finditer(scan)]


def _plain_runs(text: str, toks: list) -> list[list]:
    out, cur, last_end = [], [], -1
    for t in toks:
        if cur and not (t[0] - last_end in (1, 2) and text[last_end:t[0]].isspace()):
            out.append(cur)
            cur = []
        cur.append(t)
        last_end = t[1]
    return out + [cur] if cur else out


def _texts(atoms: list[str], n: int, seed: int, most: int = 14) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(atoms) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_anchors_agree_with_the_one_pattern() -> None:
    from reportlint.checks import _spelling as sp

    atoms = ["1", "22", "@", ".", ".vn", ".COM", ".docx", ".Pdf", ".jpe", "g", "vn", "x", "Việt", " ", "\t", "\n", "\xa0",
             "ww", "w", "W.", "http", "s://", "١", "ſ", "-", "/", "_", "md", "ı"]
    merged = 0
    for s in _texts(atoms, 30000, 11):
        expected = [m.span() for m in sp._SKIP_ANCHOR.finditer(s)]
        assert [m.span() for m in sp._anchors(s)] == expected, repr(s)
        merged += "://" not in s and "w." not in s and "W." not in s and any(s[a] == "." for a, _ in expected) \
            and any(s[a] != "." for a, _ in expected)
    assert merged > 1000  # digit runs and extensions merged: the sample exercises the fast path


def test_words_agree_with_the_plain_tokenizer() -> None:
    from reportlint.checks import _spelling as sp

    plain = ["các", "Việt", "a", " ", " ", "1", "22", "@", ".", ".vn", ".Docx", "x.pdf", "-", "/", ",", "“", "–",
             "ΑΣ", "ß", "İ", "²", "١", "\u2003"]  # mostly printable text: the path without regex
    odd = 0
    for s in _samples(_SPELLING_ATOMS, 20000) + _texts(_SPELLING_ATOMS, 20000, 12) + _texts(plain, 20000, 18):
        toks = _plain_tokens(s)
        ws = sp.Words(s)
        assert ws.words == [t[2] for t in toks], repr(s)
        assert ws.lows == [t[3] for t in toks], repr(s)
        assert ws.toks == toks == sp.tokenize(s), repr(s)
        runs = _plain_runs(s, toks)
        assert [len(r) for r in runs] == [len(r) for r in sp.runs(s, toks)], repr(s)
        breaks = [sum(len(r) for r in runs[:k + 1]) - 1 for k in range(len(runs) - 1)]
        assert sp.Words(s).breaks() == breaks, repr(s)
        odd += len(sp._blank(s)) != len(s)
    assert odd > 10  # overlapping skipped chunks (the blanked copy grows) are exercised too


def test_letter_runs_agree_with_the_regex() -> None:
    from reportlint import text as text_mod
    from reportlint.checks import _spelling as sp

    atoms = _SPELLING_ATOMS + ["“", "”", "–", "…", "\u2003", "\u200b", "‿", "²", "½", "×", "÷", "ª", "º", "\u0301",
                               "Ⅳ", "ß", "‑", "\u2028", "\x1c", "ℕ", "ǅ", "\u2060"]
    fast = 0
    for s in _texts(atoms, 30000, 13):
        runs = text_mod.letter_runs(s)
        if runs is not None:
            assert runs == sp._WORD.findall(s), repr(s)
            fast += 1
    assert fast > 5000


def test_repeated_word_gate_keeps_every_repeat(monkeypatch) -> None:
    from reportlint.checks import _spelling as sp
    from reportlint.checks import repeated_word
    from reportlint.document import Paragraph

    atoms = ["các", "Các", "cá", "a", "A", " ", " ", " ", " ", "  ", "x y", "các ", " các", "\t", "1", "_", "-", "“",
             "–", ",", "đ", "\n", "ΑΣ", "σ", "İ", "²"]
    texts = _texts(atoms, 30000, 14, most=10)

    def findings(shared: bool) -> list[list[tuple]]:
        return [[(f.start, f.end, f.args["repeated"]) for f in
                 repeated_word._repeats(Paragraph([], text=s), {"a"}, sp.Words(s) if shared else None)]
                for s in texts]

    gated, gated_shared = findings(False), findings(True)
    monkeypatch.setattr(repeated_word, "_may_repeat", lambda runs: True)
    assert gated == gated_shared == findings(False)
    assert sum(map(bool, gated)) > 500
    assert sum(sp.Words(s).lower_runs() is not None for s in texts) > 5000  # the spelling words' runs are used


def test_encoding_gates_agree_with_the_patterns() -> None:
    import re
    from types import SimpleNamespace

    from reportlint.checks import encoding
    from reportlint.document import Paragraph

    atoms = ["Việt", "Nam", " ", " ", "a", "o", "Ö", "§", "×", "ñ", "øa", "aø", "Vieät", "ViÖt", "Hµ", "Néi", "á»", "áº",
             "Ã", "¡", "Â", "“", "Ð", "ð", "а", "ο", "Н", "\n", "ä", "Ä", "ï", "€", "Å", "Š"]
    legacy_hint = re.compile(f"[{encoding._LEGACY_HINT_CHARS}]")
    vni_mark = re.compile(f"[{encoding._VNI_MARK_CHARS}]")
    hits = 0
    for s in _texts(atoms, 20000, 15, most=24):
        paras = [Paragraph([], text=t) for t in s.split("\n")]
        text = "\n".join(p.text for p in paras)
        assert encoding._may_have("lookalike", text) == bool(encoding._LOOKALIKE.search(text)), repr(s)
        assert encoding._may_have("legacy", text) == bool(legacy_hint.search(text)), repr(s)
        assert encoding._may_have("mojibake", text) == \
            ("á»" in text or "áº" in text or bool(encoding._MOJIBAKE_LEAD.search(text))), repr(s)
        first_test = [p for p in paras if not p.text.isascii() and (
            encoding._TCVN3_SIGN.search(p.text) or (vni_mark.search(p.text) and encoding._VNI_SIGN.search(p.text)))]
        cands = encoding._legacy_candidates(SimpleNamespace(paragraphs=paras), text)
        assert [p for p in cands if p in first_test] == first_test, repr(s)
        hits += len(first_test) > 1
    assert hits > 1000


def test_restyled_words_have_oa_oe_or_uy() -> None:
    from reportlint.checks import _spelling as sp
    from reportlint.checks import confusion

    rnd = random.Random(16)
    initials = ["", "h", "gi", "qu", "th", "ng", "x", "kh", "ch"]
    vowels = list("aăâeêioôơuưy") + ["à", "á", "ả", "ã", "ạ", "ò", "ó", "ỏ", "õ", "ọ", "è", "é", "ẻ", "ẽ", "ẹ", "ù", "ú",
                                    "ủ", "ũ", "ụ", "ỳ", "ý", "ỷ", "ỹ", "ỵ", "ì", "í", "ỉ"]
    changed = 0
    for k in range(40000):
        middle = "".join(rnd.choice(vowels) for _ in range(rnd.randint(1, 4)))
        if k % 2:  # half of them with o/u then a/e/y, marked anywhere
            middle = rnd.choice("oòóuùú") + rnd.choice("aàáảeèéyỳýỵ") + middle[:rnd.randint(0, 2)]
        w = rnd.choice(initials) + middle + rnd.choice(["", "", "n", "c", "ng", "y"])
        if sp.canon(w) != w:
            assert confusion._OA_OE_UY.search(w), w
            changed += 1
    assert changed > 200


def _outline(text: str):
    from reportlint.loaders.text import from_text
    from reportlint.outline import build

    return build(from_text(text, "case.txt", markdown=False))


def test_confusion_candidates_keep_every_finding(monkeypatch) -> None:
    from reportlint.checks import _spelling as sp
    from reportlint.checks import confusion

    # syllables of entries, of near misses and of known words, so that hits are frequent
    table = list(sp.confusions())
    near = list(confusion.near_miss_index(()))
    rnd = random.Random(17)
    phrases = rnd.sample(table, 300) + rnd.sample(near, 300)
    atoms = phrases + [w for k in phrases for w in k.split(" ")] + \
        ["ủy ban", "nhân", "dân", "dan", "Ủy Ban", "hoà", ",", ".", "  ", "lịch", "sử", "VNPT", "Cập"]
    texts = ["\n\n".join(" ".join(rnd.choice(atoms) for _ in range(rnd.randint(1, 30))) for _ in range(3))
             for _ in range(150)]
    options = dict(confusion.OPTIONS)

    def findings() -> list[list[tuple]]:
        return [[(f.para.text, f.start, f.end, f.args["problem"]) for f in confusion.check(_outline(t), options)]
                for t in texts]

    gated = findings()
    monkeypatch.setattr(confusion, "_candidates", lambda low, keys: list(range(len(low))))
    assert gated == findings()
    assert sum(map(len, gated)) > 1000


def test_letter_codec_classes_as_the_regex() -> None:
    """Every character of spaced_letters' table becomes a space exactly when the regex spaces it out."""
    from reportlint import text

    assert type(text._LETTERS_ENCODE).__name__ == type(text._ENCODE).__name__ == "EncodingMap"  # not a slow dict
    table = [c for c in text._LETTERS_DECODE if c != "\ufffe"]
    assert len(table) > 250
    for c in table:
        want = " " if text.NON_LETTER.match(c) else c
        assert text.spaced_letters(c) == want, repr(c)
        assert text.spaced_letters(c, digits=True) == ("\x01" if c in "0123456789@" else want), repr(c)
    rnd = random.Random(5)
    for _ in range(5000):
        s = "".join(rnd.choices(table, k=rnd.randint(0, 30)))
        assert text.spaced_letters(s) == text.NON_LETTER.sub(" ", s), repr(s)


def test_unicode_facts_the_fast_paths_rely_on() -> None:
    """text.spaced_letters, Words and lower_runs rest on these properties of the Unicode tables."""
    import re
    import sys

    word = re.compile(r"[^\W\d_]")
    for c in map(chr, range(sys.maxunicode + 1)):
        is_word = word.match(c) is not None
        if c.isalpha():
            assert is_word, hex(ord(c))  # what is left alphabetic is letters
        if c.isspace() and c != " ":
            assert not c.isprintable(), hex(ord(c))  # printable text has no whitespace but ' '
        if len(c.lower()) == 1:
            assert (word.match(c.lower()) is not None) == is_word, hex(ord(c))  # lower case keeps letters letters
    for cp in list(range(0x2000, 0x2040)) + [0xA0] + list(range(128)):
        if not chr(cp).isalpha():
            assert word.match(chr(cp)) is None, hex(cp)  # what is mapped to a space is no letter


def test_may_claim_gate_agrees_with_the_pattern() -> None:
    import re
    import sys

    from reportlint import claims

    # lower() maps each character the pattern matches ignoring case to the letter it matches
    # (but "ſ", matched by "s"), and no other character to one; whitespace to whitespace.
    letters = "gomồô6trndđcuụheểsaư"
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    lows = [c.lower() if len(c.lower()) == 1 else "\x00" for c in every]
    near = set(re.findall(f"[{letters}]", "".join(every), re.IGNORECASE)) | {c for c, low in zip(every, lows) if low in letters}
    for c in near:
        for x in letters:
            assert (re.fullmatch(x, c, re.IGNORECASE) is not None) == (c.lower() == x or x == "s" and c == "ſ"), (c, x)
    spaces = [m.start() for m in re.finditer(r"\s", "".join(every))]
    assert spaces == [m.start() for m in re.finditer(r"\s", "".join(lows))]
    atoms = ["gồm", "GỒM", "gôm", "g6m", "Gom", "trong", "TRONG", " ", "\n", "\t", "đ", "Đ", "d", "D", "cụ", "CU",
             "thể", "THE", "như", "NHƯ", "sau", "ſau", "SAU", "x", "a", "1", "%", "(", "/", "thế", "o", "m", "g",
             "İ", "Ð", "\u2003", "\x1c", "Ụ", "Ư", "Ể", "ſ", "\u212a", "nhu", "NHU", "cu", "Cụ", "ſAU"]
    hits = 0
    for s in _samples(atoms):
        plain = "%" in s or "(" in s or "/" in s or claims._MAY_CLAIM.search(s) is not None
        assert claims._may_claim(s) == plain, repr(s)
        hits += plain
    assert hits > 1000


def test_verdict_rationals_agree_with_fractions() -> None:
    from decimal import ROUND_HALF_UP, Decimal
    from fractions import Fraction

    from reportlint import claims
    from reportlint.numbers import format_vi

    def approx_fmt(x: Fraction, decimals: int) -> str:  # the Fraction definitions replaced
        d = decimals + 1
        scaled = x * 10 ** d
        whole = int(scaled) if scaled >= 0 else -int(-scaled)
        s = format_vi(Decimal(whole).scaleb(-d), d)
        if Fraction(whole) == scaled:
            return format_vi(Decimal(whole).scaleb(-d).normalize(), None) if whole else "0"
        return s + "…"

    def round_(x: Fraction, decimals: int) -> Decimal:
        num = Decimal(x.numerator) / Decimal(x.denominator)
        return num.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)

    rnd = random.Random(5)

    def outcome(f, *args):  # a result, or the exception (huge values overflow Decimal's precision)
        try:
            return f(*args)
        except ArithmeticError as e:
            return type(e)

    def rat() -> tuple[int, int]:  # unreduced, like the verdicts' products
        n = rnd.choice([0, rnd.randint(-10 ** 6, 10 ** 6), rnd.randint(0, 10 ** 30)])
        return n * rnd.choice([1, 2, 5, 10, 40]), rnd.randint(1, 10 ** rnd.randint(1, 12)) * rnd.choice([1, 4, 25])

    for _ in range(20000):
        x, y = rat(), rat()
        fx, fy = Fraction(*x), Fraction(*y)
        assert claims._lt(x, y) == (fx < fy)
        assert Fraction(*claims._rsum([x, y, (3, 7)])) == fx + fy + Fraction(3, 7)
        d = rnd.randint(0, 3)
        assert outcome(claims._approx_fmt, x, d) == outcome(approx_fmt, fx, d), x
        assert outcome(lambda *a: str(claims._round(*a)), x, d) == outcome(lambda *a: str(round_(*a)), fx, d), x


def test_approx_gate_agrees_with_the_search() -> None:
    from reportlint import claims

    atoms = list(claims._APPROX_WORDS) + ["uoc  dat", "a", "x", " ", "  ", "\n", "\t", "1", "_", ".", "đ", "tr", "khoangx"]
    hits = 0
    for s in _samples(atoms):
        for start in {len(s), len(s) // 2, max(0, len(s) - 3)}:
            m = claims._APPROX.search(s, max(0, start - 16), start)
            assert claims._approx(s, start) == (m.group(1) if m else ""), (s, start)
            hits += m is not None
    assert hits > 1000


def _claim_texts(n: int = 1500) -> list[str]:
    """Report paragraphs from the rule fixtures, mutated around the shapes claims read."""
    from pathlib import Path

    import yaml

    lines = []
    for f in sorted((Path(__file__).parent / "rules").glob("*.yaml")):
        for case in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            lines += [ln for ln in case["text"].splitlines() if any(ch.isdigit() for ch in ln)]
    snips = ["trong đó", "gồm", "bao gồm:", " (", ")", "%", " tỷ lệ ", "/", " tăng ", " so với cùng kỳ ", "; ", ", ",
             ". ", ": ", " và ", "tổng số ", "1.572", "57,33", "12,5%", "\n- ", "\n+ ", "năm 2020", "30/6/2021", "khoảng "]
    rnd = random.Random(13)
    out = []
    for _ in range(n):
        doc = []
        for _ in range(rnd.randint(1, 4)):
            s = list(rnd.choice(lines))
            for _ in range(rnd.randint(0, 5)):
                i = rnd.randint(0, len(s))
                if rnd.random() < 0.6:
                    s[i:i] = list(rnd.choice(snips))
                else:
                    del s[i:i + rnd.randint(1, 8)]
            doc.append("".join(s))
        out.append("\n".join(doc) + "\n")
    return out


def test_paragraph_gate_keeps_every_claim(monkeypatch) -> None:
    from reportlint import claims
    from reportlint.loaders.text import from_text
    from reportlint.outline import build

    def claims_of(text: str) -> list[tuple]:
        o = build(from_text(text, "r.txt"))
        return [(c.kind, c.shape, c.para.lineno, c.anchor.start, v.status, v.evidence) for c, v in claims.analyse(o)]

    texts = _claim_texts()
    gated = [claims_of(t) for t in texts]
    monkeypatch.setattr(claims, "_can_claim", lambda *args: True)  # every paragraph prepared
    assert [claims_of(t) for t in texts] == gated
    assert sum(map(len, gated)) > 150  # the sample holds claims


def test_label_agrees_with_blanking_the_numbers() -> None:
    from reportlint import claims

    def label(folded: str, a: int, b: int, nums) -> str:  # as first written
        s = list(folded[a:b])
        for n in nums:
            for i in range(max(n.start, a), min(n.end, b)):
                s[i - a] = " "
        return " ".join(claims._NOT_LABEL.sub(" ", "".join(s)).split())

    atoms = ["1", "12", "1.572", "57,33", "%", " %", " ", "a", "truc tiep", "ho so", ",", ";", "(", ")", "x1", "&", "-"]
    rnd = random.Random(41)
    for s in _samples(atoms):
        nums = numbers.scan(s)
        a = rnd.randint(0, len(s))
        b = rnd.randint(a, len(s))
        picked = [n for n in nums if rnd.random() < 0.8]
        assert claims._label(s, a, b, picked) == label(s, a, b, picked), (s, a, b)


def test_claims_skip_agrees_with_the_marker() -> None:
    from reportlint import claims
    from reportlint.outline import marker

    rnd = random.Random(31)
    atoms = ["I", "V", "X", "l", "1", "12", "2.1", "a", "b", "đ", "e", "¢", "Đ", "Á", "á", ")", ".", " ", "-", "–", "•",
             "+", "*", "Ban", "các", "IV", "lI", "a)", "e Ban", "\t", "x", "٣", "²", "ǅ", "ª", "ß", "Σ", "σ", "ſ"]
    hits = 0
    for _ in range(30000):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 5)))
        m = marker(s)
        assert claims._skip(s) == (m.end if m and m.kind != "BULLET" else 0), repr(s)
        hits += claims._skip(s) > 0
    assert hits > 500


def test_scan_patterns_with_a_literal_start_agree_with_the_word_boundary_ones() -> None:
    import re

    level = re.compile(r"\bm\w{0,2}c do\s+\d+(?:\s*(?:,|va|-|–)\s*\d+)*")
    ocr = re.compile(r"\bt[yi]\s+(\S{1,3})\s+(?=\d[\d.,]*\s?%)")
    atoms = ["muc do", "mdc do", "m c do", "mucc do", "c do", " 3", " 4", ", ", " va ", "-", "–", "ty", "ti", "t", "y",
             " le ", " 16 ", " & ", "77,66", "%", " %", "a", "x", "m", " ", "đ", "_", "1", "ty  1€  2%"]
    hits = 0
    for s in _samples(atoms):
        spans = [(m.span(), m.groups()) for m in level.finditer(s)]
        at = s.find("c do")
        assert spans == ([(m.span(), m.groups()) for m in numbers._LEVEL_LIST.finditer(s, max(0, at - 3))] if at >= 0 else []), s
        want = [(m.span(), m.span(1)) for m in ocr.finditer(s)]
        assert want == [(m.span(), m.span(1)) for m in numbers._OCR_TYLE.finditer(s)], s
        hits += bool(spans) + bool(want)
    assert hits > 1000


def test_year_before_agrees_with_the_search() -> None:
    atoms = ["nam", "nien do", "giai doan", "khoa", "tu", "den", "-", "–", "—", "xnam", "a", " ", "  ", "\n", "\t",
             "\u2003", "\xa0", "_", "1", "đ", "dentu", "\n\n"]
    hits = 0
    for s in _samples(atoms):
        expected = numbers._YEAR_WORDS.search(s) is not None
        assert numbers._year_before(s) == expected, repr(s)
        hits += expected
    assert hits > 1000


def test_scan_percent_slices_agree_with_the_pattern() -> None:
    atoms = ["1", "12", "3,5", "%", " %", "\xa0%", "\u2003%", "\x1c%", "\u200b%", "  %", " ", "%%", "a", "x1", "/"]
    hits = 0
    for s in _samples(atoms):
        for n in numbers.scan(s):
            m = numbers._PCT.match(s, n.start + len(n.raw))
            assert n.percent == (m is not None) and n.end == (m.end() if m else n.start + len(n.raw)), (s, n)
            hits += n.percent
    assert hits > 1000


def test_format_vi_agrees_with_the_grouping_loop() -> None:
    import decimal
    from decimal import Decimal

    def plain(value: Decimal, decimals: int | None = None) -> str:
        if decimals is None:
            decimals = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
        exact = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
        q = value.quantize(Decimal(1).scaleb(-decimals) if decimals else Decimal(1), context=exact)
        sign = "-" if q < 0 else ""
        whole, _, frac = f"{q.copy_abs():f}".partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        return sign + ".".join(groups) + ("," + frac if frac else "")

    def outcome(f, *args):  # the text, or the exception
        try:
            return f(*args)
        except ArithmeticError as e:
            return type(e)

    rnd = random.Random(9)
    for _ in range(20000):
        digits = str(rnd.randint(0, 10 ** rnd.randint(0, 20)))
        value = Decimal(rnd.choice(["", "-"]) + digits).scaleb(-rnd.randint(0, 6))
        if rnd.random() < 0.1:
            value = value.normalize()  # exponents above 0: "1E+3"
        decimals = rnd.choice([None, 0, 1, 2, 3, -1, 17])
        assert outcome(numbers.format_vi, value, decimals) == outcome(plain, value, decimals), (value, decimals)


def test_clause_start_agrees_with_the_mark_pattern() -> None:
    from reportlint import claims

    atoms = ["1", "12", "3.5", ".", ". ", ";", ":", "!", "?", " ", "hồ sơ", "a", "\n", "٣", ".٣", "(", "..", "x.y"]
    for s in _samples(atoms):
        for pos in {0, len(s), len(s) // 2, max(0, len(s) - 1)}:
            plain = max((m.end() for m in claims._SENTENCE_MARK.finditer(s, 0, pos)), default=0)
            assert claims._clause_start(s, pos) == plain, (s, pos)


def test_intro_starts_hold_every_intro_match() -> None:
    from reportlint import claims

    atoms = ["trong do", "trong d6", "trong d0", "bao gom", "bao g6m", "gom", "g6m", "cu the", "cu the nhu sau",
             "nhu sau", " ", ",", ";", "(", "x", "a", "0", ":", "co ", "\n", "gomx", "trong dox"]
    hits = 0
    for s in _samples(atoms):
        starts = set(claims._intro_starts(s))
        for m in claims._INTRO.finditer(s):
            assert m.start(1) in starts, (s, m.start(1))
            hits += 1
    assert hits > 1000


def test_evidence_of_unprepared_paragraphs_is_their_scans() -> None:
    from reportlint import claims
    from reportlint.document import Line, Paragraph

    atoms = ["1", "12", "1.572", "57,33", "1.012,5", "30.81", "1,234.5", ".", ",", " ", "a", "x1", "%", "năm 2020",
             "30/6/2021", "mức độ 3", "v2.0", "0912 345 678", "-", "/", "1.2.3", "\n"]
    rnd = random.Random(17)
    hits = 0
    for s in _samples(atoms):
        skip = rnd.randint(0, len(s))
        plain = claims._evidence([[n for n in numbers.scan(s) if n.start >= skip]])
        para = Paragraph([Line(s, 1)], text=s)
        assert claims._evidence([claims._evidence_nums(para, skip)]) == plain, (s, skip)
        hits += plain != (0, 0)
    assert hits > 300


def test_lalr_driver_builds_the_trees_lark_builds() -> None:
    """outline.parser() runs Lark's tables itself: same trees as Lark, same sequences refused."""
    from lark import Token as LarkToken
    from lark import Tree as LarkTree

    from reportlint import outline as ol

    def shape(node) -> tuple:
        if isinstance(node, (LarkTree, ol.Tree)):
            return (node.data, tuple(shape(c) for c in node.children))
        return (node.type, node.value)

    ours, lark = ol.parser(), ol.lark_parser()
    kinds = ["TITLE", "ROMAN", "ARABIC", "DECIMAL", "LETTER", "BULLET", "TEXT", "CLOSING", "NOINHAN", "RECIP",
             "SIGN", "TAILTEXT"]
    rnd = random.Random(23)
    refused = 0
    for n in range(4000):
        seq = [rnd.choice(kinds if n % 3 else kinds[:7]) for _ in range(rnd.randint(0, 14))]
        try:
            want = shape(lark.parse([LarkToken(k, str(i)) for i, k in enumerate(seq)]))
        except Exception:
            want = None
        try:
            got = shape(ours.parse([ol.Token(k, str(i)) for i, k in enumerate(seq)]))
        except ol.GrammarError:
            got = None
        assert got == want, seq
        refused += want is None
    assert 100 < refused < 3900  # both outcomes are exercised


def test_marker_quick_answers_agree_with_the_classifier() -> None:
    from reportlint import outline as ol

    rnd = random.Random(29)
    atoms = ["I", "V", "X", "l", "1", "2", "a", "b", "đ", "e", "¢", "Đ", "Á", "á", "ǅ", ")", ".", " ", "\u2003", "-",
             "•", "Trong", "các", "1.1", "IV", "lI", "a)", "e Ban", "\t", "x"]
    hits = 0
    for _ in range(30000):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 5)))
        assert ol.marker(s) == ol._marker(s), repr(s)
        hits += ol.marker(s) is not None
    assert hits > 3000


def test_line_head_flags_and_caps_prefix_agree_with_the_plain_tests() -> None:
    """outline._head_flags rules a line out by its first two characters; is_caps_line by its first six."""
    from reportlint import outline as ol
    from reportlint.text import fold

    def plain_caps(text: str) -> bool:
        return text.upper() == text and sum(ch.isalpha() for ch in text) >= 2

    rnd = random.Random(31)
    atoms = ["N", "n", "T", "t", "Ṇ", "ñ", "o", "ơ", "Ơ", "r", "R", "O", "oi", "ơi nhận", "ren đây", "RÊN ĐÂY",
             "\u0301", "\u0323", "ß", "ǅ", "ŉ", "ﬁ", "Σ", "I", "1", "a)", "- ", " ", "|", "Đ", "đ", "BÁO", "Á", "x", ".", ":"]
    opens = caps = 0
    for _ in range(30000):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(1, 6))).strip()
        if not s:
            continue
        flags = ol._head_flags(s[:2])
        is_open = fold(s[:12]).startswith(("noi nh", "tren day"))
        assert flags & ol._MAY_OPEN or not (s[0] in "NnTt" and is_open), repr(s)
        assert flags & ol._MAY_CAPS or not plain_caps(s), repr(s)
        assert ol.is_caps_line(s) == plain_caps(s), repr(s)
        assert bool(flags & ol._ROW) == (s[0] == "|")
        opens += is_open
        caps += plain_caps(s)
    assert opens > 100 and caps > 1000


def test_paragraphs_agree_with_the_plain_grouping() -> None:
    """outline.paragraphs (gated by the line heads, joined from the stripped lines) groups as the plain loop."""
    from reportlint import outline as ol
    from reportlint.document import Line, Paragraph
    from reportlint.text import fold

    def plain(lines: list[Line], join_lines: bool) -> list[Paragraph]:
        paras: list[Paragraph] = []
        cur: list[Line] = []
        gap, closed = False, True
        for line in lines:
            t = line.text.strip()
            if not t:
                gap = True
                continue
            row = t[0] == "|"
            caps = ol.is_caps_line(t)
            opens = t[0] in "NnTt" and fold(t[:12]).startswith(("noi nh", "tren day"))
            starts_new = closed or row or caps or ol._marker(t) is not None or opens
            if not starts_new and (gap or not join_lines):
                last = cur[-1].text.rstrip() if cur else ""
                starts_new = not (t[0].islower() and last and last[-1] not in ".;:!?")
            if starts_new and cur:
                paras.append(Paragraph(list(cur)))
                cur.clear()
            cur.append(line)
            closed, gap = row or caps, False
        if cur:
            paras.append(Paragraph(list(cur)))
        return paras

    rnd = random.Random(37)
    atoms = ["I. KẾT QUẢ", "1. Lĩnh vực", "a) nội dung", "- gạch", "+ cộng", "văn bản tiếp", "Văn bản.", "  thụt đầu",
             "Nơi nhận:", "Trên đây là", "tren day", "| ô | bảng |", "BÁO CÁO", "", "   ", "kết thúc;", "e Ban", "\u00a0x"]
    for _ in range(2000):
        lines = [Line(rnd.choice(atoms) + rnd.choice(["", " ", "  "]), i) for i in range(rnd.randint(0, 12))]
        for join in (False, True):
            got = [(p.text, p.starts, p.leads, [id(ln) for ln in p.lines]) for p in ol.paragraphs(lines, join)]
            want = [(p.text, p.starts, p.leads, [id(ln) for ln in p.lines]) for p in plain(lines, join)]
            assert got == want, [ln.text for ln in lines]


def test_strip_markup_agrees_with_the_plain_loop() -> None:
    """loaders.text.strip_markup (spans first, then joined) strips and maps columns as the plain loop."""
    from reportlint.loaders import text as lt

    def plain(raw: str, pattern) -> tuple:
        out: list[str] = []
        segs: list[tuple[int, int]] = []
        pos = clean = 0

        def keep(a: int, b: int) -> None:
            nonlocal clean
            if b > a:
                if not segs or segs[-1][0] - segs[-1][1] != clean - a:
                    segs.append((clean, a))
                out.append(raw[a:b])
                clean += b - a

        for m in pattern.finditer(raw):
            keep(pos, m.start())
            for g in ("esc", "link"):
                if pattern.groupindex.get(g) and m.group(g) is not None:
                    keep(m.start(g), m.end(g))
            pos = m.end()
        keep(pos, len(raw))
        return "".join(out), (() if segs == [(0, 0)] or not segs else tuple(segs))

    rnd = random.Random(41)
    atoms = ["**", "*", "__", "~~", "\\*", "\\[", "[a](u)", "[", "]", "(x)", "![i](p)", "<br>", "<b>", "</b>", "ô",
             "[footnoteRef: 2]", "[^1]", "[bookmark: x]", "chữ", " ", "#", "_", "\\\\"]
    for _ in range(20000):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 8)))
        for pattern in (lt._MD_INLINE, lt._TXT_INLINE):
            assert lt.strip_markup(s, pattern) == plain(s, pattern), (s, pattern.pattern[:20])


def test_from_text_gates_agree_with_the_line_by_line_loader() -> None:
    """from_text skips what the whole text shows it need not do (tabs, suppressions, markup lines)."""
    import unicodedata

    from reportlint.document import Line
    from reportlint.loaders import text as lt

    def plain(text: str, markdown: bool) -> tuple:
        text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
        source = text.splitlines()
        cleaned, sups = lt._suppressions(text.replace("\t", " ").replace("\u00a0", " ").splitlines())
        if markdown:
            lines = [lt._line(lt._md_line(raw), i) if lt._MD_SPECIAL.search(raw) else Line(raw.rstrip(), i)
                     for i, raw in enumerate(cleaned, 1)]
        else:
            lines = [lt._line(lt.strip_markup(raw.rstrip(), lt._TXT_INLINE), i) if ("[" in raw or "**" in raw)
                     else Line(raw.rstrip(), i) for i, raw in enumerate(cleaned, 1)]
        return lines, source, sups

    rnd = random.Random(43)
    atoms = ["chữ", " ", "\t", "\u00a0", "**", "[", "[^2]", "# ", "* ", "\\", "<!-- reportlint: disable-line -->",
             "<!-- reportlint: disable=a.b -->", "<!-- reportlint: enable -->", "reportlint", "\n", "\n", "\r\n",
             "\u2028", "e\u0301", "|"]
    for _ in range(3000):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 14)))
        for markdown in (False, True):
            doc = lt.from_text(s, "x", markdown)
            assert (doc.lines, doc.source, doc.suppressions) == plain(s, markdown), (s, markdown)


def test_paragraph_of_stripped_lines_equals_the_paragraph_of_the_lines() -> None:
    """Paragraph.of_stripped sets the fields itself: every one as Paragraph(lines) sets it."""
    from reportlint.document import Line, Paragraph

    rnd = random.Random(47)
    atoms = ["chữ", " ", "  ", "\u2003", "a", "Đ", "\t", ""]
    for _ in range(5000):
        lines = [Line("".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 4))), i) for i in range(rnd.randint(1, 4))]
        want = Paragraph(lines)
        got = Paragraph.of_stripped(lines, [ln.text.strip() for ln in lines])
        assert vars(got) == vars(want), [ln.text for ln in lines]



def test_accented_share_counts_as_the_word_list() -> None:
    """accented_share counts runs in C on the codec's classes; the plain definition lists the words."""
    from reportlint import text

    def plain(s: str) -> float:
        ws = text._LONG_WORD.findall(s[:text.SAMPLE])
        return 1.0 if len(ws) < 8 else (len(ws) - sum(map(str.isascii, ws))) / len(ws)

    table = [c for c in text._LETTERS_DECODE if c != "\ufffe"]
    atoms = table + ["Việt", "Nam", "cong", "nghe", " ", "  ", "ﬁ", "١", "\u0301", "ß"]
    rnd = random.Random(23)
    for _ in range(5000):
        s = "".join(rnd.choice(atoms if rnd.random() < 0.3 else table) for _ in range(rnd.randint(0, 120)))
        assert text.accented_share(s) == plain(s), repr(s)
