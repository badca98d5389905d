"""Recompute every claim of the claims catalogue and of the whole test reports.

The catalogue (``catalogue/*.yaml``) and the sidecars of the whole reports
(``reports/*.claims.yaml``) carry, next to each text, a ``check:`` list written in a tiny
expression language. This script evaluates it with interval arithmetic (DESIGN §5) and
asserts that

* every ``ok`` text is consistent: each check holds, and each figure a check names is
  written in the text;
* every ``wrong`` variant differs from its ``ok`` text in exactly one figure, at the line
  and with the spelling it declares, and that figure breaks a check by more than
  rounding allows and by more than one unit of its last digit;
* every sidecar claim's figure is written on its line, and its check holds.

Check syntax, one relation per string::

    sum  T = a + b - c      T lies in the interval of the right side (an integer T is exact)
    pct  p = a / b          p% is a/b: p lies in 100·(a/b)
    chg  p = new / old      p% is a change: p lies in 100·(new/old − 1); p may be negative
    div  q = a / b          q (always rounded) lies in the interval of the right side

The right side is any expression of + - * / and parentheses over figures. A figure is
written as in the text ("3.214", "92,94", "-310"; ``style: en`` entries write "30.81"),
and stands for its interval: a figure with d decimals is v ± ½·10⁻ᵈ, an integer is exact,
except the left side of pct/chg/div which is always a rounded value. A constant that is
not in the text ends with "!" ("1000!").

Run it as a script (exit status 1 on any problem) or import ``verify_all``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from decimal import Decimal, getcontext
from pathlib import Path

import yaml

getcontext().prec = 50

HERE = Path(__file__).parent
CATALOGUE = HERE / "catalogue"
REPORTS = HERE / "reports"

NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
RELATIONS = ("sum", "pct", "chg", "div")
ENTRY_KEYS = {"id", "shape", "claims", "ok", "wrong", "check", "style", "note"}
WRONG_KEYS = {"slip", "line", "figure", "text"}


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        products = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ValueError("division by an interval that contains zero")
        quotients = [a / b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(quotients), max(quotients))

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi


def parse_literal(text: str, style: str = "vi") -> tuple[Decimal, int]:
    """The value and the number of decimals of a figure as written."""
    body = text.lstrip("+-")
    sign = -1 if text.startswith("-") else 1
    if style == "en":
        integer, _, fraction = body.replace(",", "").partition(".")
    else:
        integer, _, fraction = body.replace(".", "").partition(",")
    digits = integer + ("." + fraction if fraction else "")
    return sign * Decimal(digits), len(fraction)


def literal_interval(text: str, style: str, rounded: bool, widen: int = 0) -> Interval:
    value, decimals = parse_literal(text, style)
    unit = Decimal(1).scaleb(-decimals)
    half = unit / 2 if (decimals or rounded) else Decimal(0)
    margin = half + widen * unit
    return Interval(value - margin, value + margin)


TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:[.,]\d+)*!?)|(?P<op>[-+*/()]))")


class Expression:
    """Recursive descent over + - * / ( ) and figures, evaluated as intervals."""

    def __init__(self, text: str, style: str, widened: dict[str, int] | None = None):
        self.tokens = self._tokenize(text)
        self.style = style
        self.widened = widened or {}
        self.pos = 0

    @staticmethod
    def _tokenize(text: str) -> list[str]:
        tokens, pos = [], 0
        text = text.strip()
        while pos < len(text):
            match = TOKEN.match(text, pos)
            if not match or match.end() == pos:
                raise ValueError(f"cannot read {text[pos:]!r}")
            tokens.append(match.group("num") or match.group("op"))
            pos = match.end()
        return tokens

    def evaluate(self) -> Interval:
        value = self._sum()
        if self.pos != len(self.tokens):
            raise ValueError(f"unexpected {self.tokens[self.pos]!r}")
        return value

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def _sum(self) -> Interval:
        value = self._product()
        while self._peek() in ("+", "-"):
            op = self._take()
            right = self._product()
            value = value + right if op == "+" else value - right
        return value

    def _product(self) -> Interval:
        value = self._unary()
        while self._peek() in ("*", "/"):
            op = self._take()
            right = self._unary()
            value = value * right if op == "*" else value / right
        return value

    def _unary(self) -> Interval:
        if self._peek() == "-":
            self._take()
            inner = self._unary()
            return Interval(-inner.hi, -inner.lo)
        if self._peek() == "(":
            self._take()
            value = self._sum()
            if self._take() != ")":
                raise ValueError("missing )")
            return value
        token = self._take()
        if token.endswith("!"):
            value, _ = parse_literal(token[:-1], "vi")
            return Interval(value, value)
        return literal_interval(token, self.style, rounded=False,
                                widen=self.widened.get(token, 0))


def split_check(check: str) -> tuple[str, str, str]:
    relation, _, rest = check.strip().partition(" ")
    left, sep, right = rest.partition("=")
    if relation not in RELATIONS or not sep:
        raise ValueError(f"not a check: {check!r}")
    return relation, left.strip(), right.strip()


def check_holds(check: str, style: str = "vi", widened: dict[str, int] | None = None) -> bool:
    """Whether the relation can hold for some values inside the figures' intervals."""
    widened = widened or {}
    relation, left, right = split_check(check)
    rhs = Expression(right, style, widened).evaluate()
    lhs = literal_interval(left, style, rounded=relation != "sum",
                           widen=widened.get(left.lstrip("+-"), 0))
    hundred = Interval(Decimal(100), Decimal(100))
    one = Interval(Decimal(1), Decimal(1))
    if relation == "pct":
        rhs = rhs * hundred
    elif relation == "chg":
        rhs = (rhs - one) * hundred
    return lhs.meets(rhs)


def check_figures(check: str) -> list[str]:
    """The figures a check names (signs and constants left out)."""
    _, left, right = split_check(check)
    names = [left.lstrip("+-")]
    names += [t for t in Expression._tokenize(right) if t[0].isdigit() and not t.endswith("!")]
    return names


def numbers(text: str) -> list[tuple[int, int, str]]:
    """(line, column, figure) of every figure in a text, 1-based."""
    found = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for match in NUMBER.finditer(line):
            found.append((lineno, match.start() + 1, match.group()))
    return found


def substitute(check: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![\d.,]){re.escape(old)}(?![\d.,]*\d)", new, check)


def verify_entry(entry: dict, where: str) -> list[str]:
    problems = []
    say = problems.append
    for key in ("id", "shape", "claims", "ok", "wrong"):
        if key not in entry:
            say(f"{where}: missing {key}")
    if problems:
        return problems
    if set(entry) - ENTRY_KEYS:
        say(f"{where}: unknown keys {sorted(set(entry) - ENTRY_KEYS)}")
    style = entry.get("style", "vi")
    checks = entry.get("check") or []
    ok = entry["ok"]
    if entry["claims"] != len(checks):
        say(f"{where}: claims is {entry['claims']} but there are {len(checks)} checks")
    if entry["claims"] == 0 and entry["wrong"]:
        say(f"{where}: a shape without claims has no wrong variants")
    if entry["claims"] > 0 and not entry["wrong"]:
        say(f"{where}: a shape with claims needs at least one wrong variant")
    written = {figure for _, _, figure in numbers(ok)}
    for check in checks:
        try:
            if not check_holds(check, style):
                say(f"{where}: ok text fails {check!r}")
            for figure in check_figures(check):
                if figure not in written:
                    say(f"{where}: {figure!r} of {check!r} is not written in the ok text")
        except (ValueError, ArithmeticError) as error:
            say(f"{where}: {check!r}: {error}")
    for n, wrong in enumerate(entry["wrong"], 1):
        problems += verify_wrong(entry, wrong, f"{where} wrong #{n}", checks, style)
    return problems


def verify_wrong(entry: dict, wrong: dict, where: str, checks: list[str], style: str) -> list[str]:
    problems = []
    say = problems.append
    if set(wrong) != WRONG_KEYS:
        say(f"{where}: keys must be {sorted(WRONG_KEYS)}, not {sorted(wrong)}")
        return problems
    before, after = numbers(entry["ok"]), numbers(wrong["text"])
    if len(before) != len(after):
        say(f"{where}: the wrong text has {len(after)} figures, the ok text {len(before)}")
        return problems
    changed = [(a, b) for a, b in zip(before, after) if a[2] != b[2]]
    if len(changed) != 1:
        say(f"{where}: {len(changed)} figures differ from the ok text, not one")
        return problems
    (line, _, old), (_, _, new) = changed[0]
    if line != wrong["line"]:
        say(f"{where}: the changed figure is on line {line}, not {wrong['line']}")
    if wrong["figure"].rstrip("%").lstrip("+-") != new:
        say(f"{where}: figure {wrong['figure']!r} but the text changed {old!r} to {new!r}")
    lines = entry["ok"].splitlines(keepends=True)
    start = sum(len(text) for text in lines[:line - 1]) + changed[0][0][1] - 1
    if entry["ok"][:start] + new + entry["ok"][start + len(old):] != wrong["text"]:
        say(f"{where}: the wrong text differs from the ok text elsewhere than {old!r}")
    touched = [c for c in checks if old in check_figures(c)]
    if not touched:
        say(f"{where}: no check names the changed figure {old!r}")
        return problems
    broken = [c for c in touched
              if not check_holds(substitute(c, old, new), style, widened={new: 1})]
    if not broken:
        say(f"{where}: {old!r} → {new!r} breaks no check beyond rounding ± one unit")
    return problems


def load_catalogue(directory: Path = CATALOGUE) -> list[tuple[str, dict]]:
    entries = []
    for path in sorted(directory.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            entries.append((path.name, entry))
    return entries


def verify_catalogue(directory: Path = CATALOGUE) -> list[str]:
    problems, seen = [], set()
    for name, entry in load_catalogue(directory):
        where = f"{name}:{entry.get('id', '?')}"
        if entry.get("id") in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(entry.get("id"))
        problems += verify_entry(entry, where)
    return problems


def verify_reports(directory: Path = REPORTS) -> list[str]:
    problems = []
    for sidecar in sorted(directory.glob("*.claims.yaml")):
        report = sidecar.with_name(sidecar.name.replace(".claims.yaml", ""))
        matches = [p for p in directory.iterdir()
                   if p.name.startswith(report.name + ".") and p != sidecar]
        if len(matches) != 1:
            problems.append(f"{sidecar.name}: no single report beside it")
            continue
        text = matches[0].read_text(encoding="utf-8")
        lines = text.splitlines()
        written = {figure for _, _, figure in numbers(text)}
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        style = data.get("style", "vi")
        for claim in data["claims"]:
            where = f"{sidecar.name}:{claim.get('line')} {claim.get('figure')}"
            line = claim["line"]
            if claim["kind"] not in ("sum", "share", "plan", "growth", "fraction"):
                problems.append(f"{where}: unknown kind")
            if not 1 <= line <= len(lines) or claim["figure"] not in lines[line - 1]:
                problems.append(f"{where}: figure not on that line")
            try:
                if not check_holds(claim["check"], style):
                    problems.append(f"{where}: fails {claim['check']!r}")
                for figure in check_figures(claim["check"]):
                    if figure not in written:
                        problems.append(f"{where}: {figure!r} is not written in the report")
            except (ValueError, ArithmeticError) as error:
                problems.append(f"{where}: {error}")
    return problems


def verify_all() -> list[str]:
    return verify_catalogue() + verify_reports()


def main() -> int:
    problems = verify_all()
    for problem in problems:
        print(problem)
    entries = load_catalogue()
    wrong = sum(len(e["wrong"]) for _, e in entries)
    print(f"{len(entries)} catalogue entries, {wrong} wrong variants, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
