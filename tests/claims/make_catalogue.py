"""Write ``catalogue/*.yaml`` from the sentence templates in ``templates.py``.

Each template is a sentence (or a few lines) in report style, written for this project,
with placeholders for figures. This script draws consistent figures for each instance
(seeded, so the output is reproducible), derives the figures that depend on them (totals,
shares, attainment, growth) with exact decimal arithmetic, and makes the wrong variants by
the slips people make when they copy last period's report: two digits swapped, one digit
mistyped, a part edited without updating the total, a share left on the old base, a growth
rate taken on the new value instead of the old one.

Every entry is then checked by ``verify_catalogue.py`` (which does not share this code's
arithmetic): a template or slip that does not give a consistent ok text and wrong variants
beyond rounding is redrawn, and the run fails if it cannot be.

    python tests/claims/make_catalogue.py      # rewrites tests/claims/catalogue/
"""

from __future__ import annotations

import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import templates as T  # noqa: E402
from verify_catalogue import check_holds, numbers, verify_entry  # noqa: E402

OUT = HERE / "catalogue"
MARK = "\u2063"  # invisible separator: brackets the slipped figure while rendering


def fmt(value: Decimal, decimals: int, style: str = "vi", pad: int = 0) -> str:
    q = abs(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    integer, _, fraction = f"{q:f}".partition(".")
    integer = integer.zfill(pad)
    if style == "en":
        return integer + ("." + fraction if fraction else "")
    groups = f"{int(integer):,}".replace(",", ".") if not pad else integer
    return groups + ("," + fraction if fraction else "")


def round_to(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


class Instance:
    """One drawing of a template's figures."""

    def __init__(self, template: T.Template, rng: random.Random):
        self.t = template
        self.rng = rng
        self.words = {name: rng.choice(options) for name, options in template.words.items()}
        self.values: dict[str, Decimal] = {}
        self.decimals: dict[str, int] = {}
        for name, spec in template.vars.items():
            value, decimals = spec.draw(self, rng)
            self.values[name] = value
            self.decimals[name] = decimals

    def literal(self, name: str, value: Decimal | None = None) -> str:
        spec = self.t.vars[name]
        value = self.values[name] if value is None else value
        return fmt(value, self.decimals[name], self.t.style, getattr(spec, "pad", 0))

    def render(self, overrides: dict[str, str] | None = None, mark: str | None = None) -> str:
        overrides = overrides or {}
        fields = {}
        for name in self.t.vars:
            text = overrides.get(name, self.literal(name))
            fields[name] = f"{MARK}{text}{MARK}" if name == mark else text
        fields.update(self.words)
        return self.t.text.format(**fields) + "\n"

    def checks(self) -> list[str]:
        out = []
        for name, spec in self.t.vars.items():
            if spec.claim:
                out.append(spec.check(self, name))
        return out


def locate(text_with_mark: str) -> tuple[int, str]:
    for lineno, line in enumerate(text_with_mark.splitlines(), 1):
        if MARK in line:
            return lineno, line.split(MARK)[1]
    raise AssertionError("mark lost")


def make_wrong(inst: Instance, slip: T.Slip) -> dict | None:
    target, value = slip.apply(inst, inst.rng)
    if value is None:
        return None
    literal = inst.literal(target, value) if isinstance(value, Decimal) else value
    if literal == inst.literal(target):
        return None
    marked = inst.render({target: literal}, mark=target)
    line, figure = locate(marked)
    text = marked.replace(MARK, "")
    suffix = "%" if text.splitlines()[line - 1].find(figure + "%") >= 0 else ""
    return {"slip": slip.name, "line": line, "figure": figure + suffix, "text": text}


def build(template: T.Template, index: int, rng: random.Random) -> dict:
    for _ in range(400):
        inst = Instance(template, rng)
        ok = inst.render()
        checks = inst.checks()
        claim_literals = [inst.literal(n) for n in template.vars if n not in template.free]
        if len(set(claim_literals)) != len(claim_literals):
            continue
        written = [f for _, _, f in numbers(ok)]
        if any(written.count(f) > 1 for f in claim_literals):
            continue
        if not all(check_holds(c, template.style) for c in checks):
            continue
        entry = {"id": f"{template.id}-{index:02d}", "shape": template.shape,
                 "claims": len(checks)}
        if template.style != "vi":
            entry["style"] = template.style
        if checks:
            entry["check"] = checks
        entry.update(ok=ok, wrong=[])
        slips = list(template.slips)
        rng.shuffle(slips)
        used_targets = set()
        for slip in slips:
            if len(entry["wrong"]) >= template.max_wrong:
                break
            for _ in range(12):
                wrong = make_wrong(inst, slip)
                if wrong is None:
                    continue
                trial = dict(entry, wrong=[wrong])
                if not verify_entry(trial, "probe"):
                    if (wrong["line"], wrong["figure"]) not in used_targets:
                        entry["wrong"].append(wrong)
                        used_targets.add((wrong["line"], wrong["figure"]))
                    break
        if checks and not entry["wrong"]:
            continue
        problems = verify_entry(entry, entry["id"])
        if not problems:
            return entry
    raise SystemExit(f"template {template.id}: no consistent instance ({problems})")


class LiteralDumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, data: str):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


LiteralDumper.add_representer(str, _str)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for family, templates in T.FAMILIES.items():
        rng = random.Random(f"reportlint-claims-{family}")
        entries = []
        for template in templates:
            for index in range(1, template.count + 1):
                entries.append(build(template, index, rng))
        header = (f"# Claims catalogue: {family}. Generated by tests/claims/make_catalogue.py from\n"
                  f"# the templates in tests/claims/templates.py; checked by verify_catalogue.py.\n"
                  f"# Schema and shape names: tests/claims/SHAPES.md. Do not edit by hand.\n")
        body = yaml.dump(entries, Dumper=LiteralDumper, allow_unicode=True, sort_keys=False,
                         width=100)
        (OUT / f"{family}.yaml").write_text(header + body, encoding="utf-8")
        print(f"{family}.yaml: {len(entries)} entries, "
              f"{sum(len(e['wrong']) for e in entries)} wrong variants")


if __name__ == "__main__":
    main()
