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
