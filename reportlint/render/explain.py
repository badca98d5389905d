"""`check --explain`: every total and percentage checked, section by section, with ✓ or ✗,
then the claims seen but not checked, with the reason ("base not found", "approximate").

Plain text unless `out` is a terminal (and NO_COLOR is not set); rich is imported only
to colour it. `records` is the same in JSON form (`--explain --format json`, key "claims").
"""

from __future__ import annotations

import os

from reportlint.i18n import MESSAGES, t

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import TextIO

RULE_OF = {"sum-mismatch": "arithmetic.sum-mismatch", "parts-exceed-total": "arithmetic.parts-exceed-total",
           "parts-short": "arithmetic.parts-short",
           "mismatch": "percentage.mismatch", "rounding": "percentage.rounding", "shares-sum": "percentage.shares-sum",
           "implied-mismatch": "percentage.implied-total"}
MARK = {"ok": "✓", "skipped": "–"}


def lines(outline, lang: str = "en") -> list[tuple[str, str]]:
    """The explanation as (text, style) lines."""
    from reportlint.analysis.claims import analyse

    out: list[tuple[str, str]] = [(t("explain.title", lang, path=outline.document.path), "bold underline")]
    results = [(c, v) for c, v in analyse(outline) if not c.unchecked]
    if not results:
        out.append(("  " + t("explain.none", lang), "dim"))
    current = None
    for claim, v in results:
        section = outline.section_path(claim.para) or t("explain.before_headings", lang)
        if section != current:
            current = section
            out.append((section, "bold"))
        line = claim.para.locate(claim.anchor.start)[0]
        mark = MARK.get(v.status, "✗")
        what = _describe(claim, lang)
        text = v.evidence_in(lang) or v.computation
        extra = [x for x in (what, note(v.note, lang)) if x]
        rule = "arithmetic.ratio-mismatch" if claim.kind == "times" and v.status == "mismatch" else RULE_OF.get(v.status)
        tail = f"  [{rule}]" if rule else ""
        style = "green" if mark == "✓" else "dim" if mark == "–" else "bold red" if v.status != "rounding" else "yellow"
        out.append((f"  {mark} {line:>5}  {text}" + (f"  ({'; '.join(extra)})" if extra else "") + tail, style))
    out.extend(_not_checked(outline, lang))
    return out


def _not_checked(outline, lang: str) -> list[tuple[str, str]]:
    """The claims whose cue was seen but whose other figure was not found."""
    from reportlint.analysis.claims import analyse

    seen = [(c, v) for c, v in analyse(outline) if c.unchecked]
    if not seen:
        return []
    out = [(t("explain.not_checked", lang, count=len(seen)), "bold")]
    for claim, v in seen:
        line = claim.para.locate(claim.anchor.start)[0]
        out.append((f"  – {line:>5}  {claim.anchor.text} ({t('explain.relation.' + claim.relation, lang)}): "
                    f"{note(claim.unchecked, lang)}", "dim"))
    return out


def note(text: str, lang: str) -> str:
    """A verdict's note or a reason for not checking, in `lang` ("base not found", "one-sided (hơn)")."""
    head, _, word = text.partition(" (") if text.startswith("one-sided") else (text, "", "")
    key = "explain.note." + head.replace(" ", "_")
    return t(key, lang, word=word.rstrip(")")) if key in MESSAGES else text


def status(v) -> str:
    """verified, failed or unchecked."""
    return "verified" if v.status == "ok" else "unchecked" if v.status == "skipped" else "failed"


_REASONS = {"approximate number": "approximate"}


def records(outline) -> list[dict]:
    """Every claim as JSON: where it is, its relation, verified/failed/unchecked and why, and
    the computation --explain shows."""
    from reportlint.analysis.claims import analyse

    out = []
    for claim, v in analyse(outline):
        line, column, _, end_column = claim.para.span(claim.anchor.start, claim.anchor.end)
        st = status(v)
        out.append({"line": line, "column": column, "end_column": end_column, "kind": claim.relation,
                    "status": st, "reason": _REASONS.get(v.note, v.note) if st == "unchecked" else "",
                    "text": v.evidence_in(outline.settings.get("lang", "en")) or v.computation})
    return out


# the intro words that make a listing complete (rules/claims.yaml: complete_intro) and the rest's, as written
_WRITTEN = {"gom": "gồm", "bao gom": "bao gồm", "chia ra": "chia ra", "cu the": "cụ thể", "con lai": "còn lại"}


def _describe(claim, lang: str) -> str:
    """What kind of claim it is, in `lang` (the explain.* entries of reportlint.i18n)."""
    if claim.kind == "sum":
        if claim.why == "points":
            return t("explain.points", lang)
        if claim.why == "net":
            return t("explain.net", lang)
        if claim.why == "fraction sides":
            return t("explain.fraction_sides", lang)
        if claim.exhaustive:
            why = claim.why.replace("|", " | ")
            cue = t("explain.shares_100", lang) if why == "shares" else f"'{_WRITTEN.get(why, why)}'" if " | " not in why else why
            return t("explain.complete", lang, why=cue)
        return ""
    if claim.kind == "growth":
        # (a change's rate of the earlier value, 'tăng 3.860 (7%)' of '(55.317 người)', has no direction of its own)
        return t({"tang": "explain.growth", "giam": "explain.decrease"}.get(claim.direction, "explain.change"), lang)
    if claim.kind == "shares":
        return t("explain.shares", lang)
    key = f"explain.of.{claim.shape}"
    return t(key, lang) if key in MESSAGES else ""


def render_document(outline, config, out: TextIO, color: bool | None = None) -> None:
    """Print the explanation of one report to `out` (`color` None: on a terminal, unless NO_COLOR)."""
    rows = lines(outline, config.lang if config is not None else "en")
    if color is None:
        color = hasattr(out, "isatty") and out.isatty() and not os.environ.get("NO_COLOR")
    if not color:
        out.write("".join(text + "\n" for text, _ in rows) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, force_terminal=True, no_color=False, highlight=False, soft_wrap=True)
    for text, style in rows:
        console.print(Text(text, style=style))
    console.print()
