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


def test_may_claim_gate_agrees_with_the_pattern() -> None:
    import re
    import sys

    from reportlint import claims

    # lower() maps each character the pattern matches ignoring case to that very letter
    # (but "ſ", a key of its own), and whitespace to whitespace.
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for ch in set(re.findall(r"[gomồô6trndđcuụheểsaư]", every, re.IGNORECASE)):
        assert ch.lower() in "gomồô6trndđcuụheểsaư" or ch == "ſ", repr(ch)
    assert all(ch.lower().isspace() for ch in re.findall(r"\s", every))
    atoms = ["gồm", "GỒM", "gôm", "g6m", "Gom", "trong", "TRONG", " ", "\n", "\t", "đ", "Đ", "d", "D", "cụ", "CU",
             "thể", "THE", "như", "NHƯ", "sau", "ſau", "SAU", "x", "a", "1", "%", "(", "/", "thế", "o", "m", "g"]
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


def test_format_vi_agrees_with_the_grouping_loop() -> None:
    from decimal import Decimal

    def plain(value: Decimal, decimals: int | None = None) -> str:
        if decimals is None:
            decimals = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
        q = value.quantize(Decimal(1).scaleb(-decimals)) if decimals else value.quantize(Decimal(1))
        sign = "-" if q < 0 else ""
        whole, _, frac = f"{abs(q):f}".partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        return sign + ".".join(groups) + ("," + frac if frac else "")

    def outcome(f, *args):  # the text, or the exception (quantize beyond Decimal's precision)
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

    atoms = ["1", "12", "1.572", "57,33", "1.012,5", "30.81", "1,234.5", ".", ",", " ", "a", "x1", "%", "năm 2020",
             "30/6/2021", "mức độ 3", "v2.0", "0912 345 678", "-", "/", "1.2.3", "\n"]
    rnd = random.Random(17)
    hits = 0
    for s in _samples(atoms):
        skip = rnd.randint(0, len(s))
        plain = claims._evidence([[n for n in numbers.scan(s) if n.start >= skip]])
        assert claims._evidence([claims._evidence_nums(s, numbers.fold_same_length(s), skip)]) == plain, (s, skip)
        hits += plain != (0, 0)
    assert hits > 300
