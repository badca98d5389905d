"""From paragraphs to claims: which paragraphs are read, in which number style, by which
extractors.

An extractor is a function from a prepared paragraph (`Scope`) to its claims; `EXTRACTORS`
lists them in the order they run (a percentage claimed by one is not read by the next). A
new relation is one more function there, with its mark in `MARKS` (what a paragraph must show
for it to find anything). Listings over bullet paragraphs need the paragraphs after their
intro, so they run first, over the whole document.

A paragraph is read for claims when it has a number and a cue (`may_claim`); it is prepared
(its figures, parentheses, clauses: a `Scope`) only when it shows some extractor's mark or may
introduce a listing (`may_hold_claim`). The others are read only for the document's number
style, or as the paragraph before one that states a base there.
"""

from __future__ import annotations

import re
from typing import Callable

from reportlint.limits import MAX_CLAIMS, MAX_PARAGRAPH_FIGURES
from reportlint.model.document import Paragraph
from reportlint.text.numbers import EN, VI, Num, scan, style_evidence
from reportlint.analysis.claims.listing import bullet_of, group_claims, intro_at_end, list_claims, sentence_claims
from reportlint.analysis.claims.bases import earlier_base_claims
from reportlint.analysis.claims.comparisons import (change_claims, plan_claims, prior_claims, rate_delta_claims,
                                                     remainder_claims, times_claims)
from reportlint.analysis.claims.model import Claim
from reportlint.analysis.claims.relations import base_claims, fraction_claims, growth_claims, unchecked_claims
from reportlint.analysis.claims.scope import Scope, folded_text, parentheses
from reportlint.analysis.claims.vocabulary import cues

EXTRACTORS: tuple[Callable[[Scope], list[Claim]], ...] = (
    group_claims, sentence_claims, remainder_claims, fraction_claims, plan_claims, growth_claims,
    rate_delta_claims, change_claims, prior_claims, times_claims, base_claims, earlier_base_claims, unchecked_claims)  # last: the percentages with a cue that no extractor could check

_DIGIT = re.compile(r"\d")


# What a paragraph must show for an extractor to find a claim in it, tested on its text (and
# fold) past its numbering: every claim the extractor makes, and every mark it leaves on a
# figure (a label, a percentage claimed), holds it. A mark is a necessary condition, never
# the extractor's reading; an extractor without one is given every paragraph.

def _percentage(text: str, folded: str, skip: int) -> bool:
    """A "%": every percentage has one after its figure."""
    return text.find("%", skip) >= 0


def _figure_in_parentheses(text: str, folded: str, skip: int) -> bool:
    """A digit inside a pair of parentheses: the parts of a group, an earlier value or a base
    written in parentheses are figures inside one (`Scope.pairs`)."""
    return "(" in text and any(_DIGIT.search(text, max(o + 1, skip), c) for o, c in parentheses(text))


def _intro_word(text: str, folded: str, skip: int) -> bool:
    return any(word in folded for word in cues().intro_names)


def _any_word(*words: str) -> Callable[[str, str, int], bool]:
    return lambda text, folded, skip: any(word in folded for word in words)


def _change(text: str, folded: str, skip: int) -> bool:
    """A change's sum reads the earlier value in a parenthesis; its rate is a percentage."""
    return _percentage(text, folded, skip) or _figure_in_parentheses(text, folded, skip)


MARKS: dict[Callable[[Scope], list[Claim]], Callable[[str, str, int], bool]] = {
    group_claims: _figure_in_parentheses, sentence_claims: _intro_word, remainder_claims: _any_word("con lai"),
    change_claims: _change, times_claims: _any_word("gap", "binh quan", "trung binh"),
    **{e: _percentage for e in (fraction_claims, plan_claims, growth_claims, rate_delta_claims, prior_claims,
                                base_claims, earlier_base_claims, unchecked_claims)}}


def may_hold_claim(p: Paragraph, skip: int) -> bool:
    """Whether the mark of some extractor is in the paragraph, or it ends with the intro of a
    listing in the bullets after it ("..., trong đó:"). A paragraph with a number and a cue
    (`may_claim`) often has neither: "theo Kế hoạch số 12/KH-UBND ngày 30/6/2021"."""
    text, folded = p.text, folded_text(p)
    if _UNMARKED or folded.rstrip().endswith(":"):
        return True  # (an intro ending the paragraph is a colon or an intro word: `_intro_word`)
    return any(mark(text, folded, skip) for mark in _MARKS_ONCE)


_UNMARKED = any(e not in MARKS for e in EXTRACTORS)
# each mark tested once, the cheapest and most frequent first
_MARKS_ONCE = tuple(dict.fromkeys([_percentage, _figure_in_parentheses, *MARKS.values()]))

# Every claim has a percentage, a parenthesis, a fraction or an intro word as written, in
# lower case ("gồm", "trong đó", OCR "g6m"; not "gốm", pottery, though it folds to "gom").
_INTRO_WRITTEN = re.compile(r"g[oồô6]m|trong\s+[dđ]|c[uụ]\s+th[eể]|nh[uư]\s+sau|chia\s+(?:ra|theo)|c[oò]n\s+l[aạ]i")


def may_claim(p: Paragraph, skip: int) -> bool:
    """Whether the paragraph has a number (past its numbering) and a cue of some claim: it is
    read for the number style, and for claims if it also shows a mark (`may_hold_claim`)."""
    text = p.text
    if _DIGIT.search(text, skip) is None:
        return False
    if "%" in text or "(" in text or "/" in text:
        return True
    end = text.rstrip()
    if end.endswith(":") and _DIGIT.search(end, max(skip, len(end) - 60)):
        return True  # "... 2.062,3 tỷ đồng:" then its items
    return _INTRO_WRITTEN.search(text.lower()) is not None


def extract(paragraphs: list[Paragraph], style: str | None = None, skips: list[int] | None = None,
            limit: int = MAX_CLAIMS) -> list[Claim]:
    """Every claim of these paragraphs (in reading order), at most `limit`.

    `style` is the number style (VI or EN); None infers it from the paragraphs' unambiguous
    literals. `skips[i]` is where paragraph i's numbering ends (its numbers are no claim's).
    """
    skips = skips or [0] * len(paragraphs)
    cued = [i for i, p in enumerate(paragraphs) if may_claim(p, skips[i])]
    chosen = [i for i in cued if may_hold_claim(paragraphs[i], skips[i])]
    first = style or VI
    scopes = _prepare(paragraphs, chosen, skips, first)
    # the style is read from every cued paragraph and listed bullet, prepared or not
    read = set(cued) | set(scopes)
    vi, en = _style_evidence([S.nums for S in scopes.values()]
                             + [_numbers_for_style(paragraphs[i], skips[i]) for i in cued if i not in scopes])
    style = style or (EN if en > vi else VI)  # an English-style report: read ambiguous literals its way
    if style != first:
        scopes = _prepare(paragraphs, chosen, skips, style)
    crowded = {i for i, S in scopes.items() if _crowded(S)}
    scopes = {i: S for i, S in scopes.items() if i not in crowded}
    chosen = [i for i in chosen if i not in crowded]
    mixed = read if vi and en else set()  # mixed styles: an ambiguous literal may be read either way
    for S in scopes.values() if mixed else ():
        _read_both_ways(S)
    out: list[Claim] = list_claims(paragraphs, scopes)
    for i, S in list(scopes.items()):
        S.before = _before(paragraphs, scopes, skips, style, i, mixed)
    for i in chosen:
        S = scopes[i]
        if not S.qty:
            continue
        for extractor in EXTRACTORS:
            out.extend(extractor(S))
        if len(out) >= limit:  # (a document with that many claims is no report: stop reading)
            break
    return _dedupe(out)[:limit]


def _crowded(S: Scope) -> bool:
    """More figures than prose holds: a table or a log, not read for claims (limits.py)."""
    return len(S.qty) > MAX_PARAGRAPH_FIGURES


def _read_both_ways(S: Scope) -> None:
    """The document mixes number styles: each ambiguous literal here may be read either way."""
    S.mixed = True
    for q in S.qty:
        q.mixed = True


def _before(paragraphs: list[Paragraph], scopes: dict[int, Scope], skips: list[int], style: str, i: int,
            mixed: set[int]):
    """The paragraph before i, prepared when first asked for (a base may be stated there).
    `mixed`: the paragraphs read both ways, when the document mixes styles (those its style
    was read from, unless crowded)."""
    def get() -> Scope | None:
        if i == 0:
            return None
        if i - 1 not in scopes:
            S = scopes[i - 1] = Scope(paragraphs[i - 1], style, skips[i - 1])
            if i - 1 in mixed and not _crowded(S):
                _read_both_ways(S)
            S.before = _before(paragraphs, scopes, skips, style, i - 1, mixed)
        return scopes[i - 1]
    return get


def _prepare(paragraphs: list[Paragraph], chosen: list[int], skips: list[int], style: str) -> dict[int, Scope]:
    """The chosen paragraphs prepared, with the bullet lines after a paragraph ending
    "trong đó:" / "gồm:" (they are read as its listing)."""
    scopes = {i: Scope(paragraphs[i], style, skips[i]) for i in chosen}
    for i in chosen:
        if intro_at_end(scopes[i].folded) is None:
            continue
        j = i + 1
        while j < len(paragraphs) and bullet_of(paragraphs[j].text):
            if j not in scopes:
                scopes[j] = Scope(paragraphs[j], style, skips[j])
            j += 1
    return dict(sorted(scopes.items()))


def _style_evidence(numbers: list[list[Num]]) -> tuple[int, int]:
    """Quantities that can only be Vietnamese style, and only English style."""
    vi = en = 0
    for nums in numbers:
        for n in nums:
            ev = _evidence(n)
            vi += ev == VI
            en += ev == EN
    return vi, en


# A literal tells its style only by its separators ("57,33", "1.234.567"), which stand
# between digits.
_SEPARATED = re.compile(r"\d[.,]\d")


def _numbers_for_style(p: Paragraph, skip: int) -> list[Num]:
    """The numbers of a paragraph read for the document's style only (no claim can be in
    it): none when no literal has a separator."""
    if _SEPARATED.search(p.text, skip) is None:
        return []
    return [n for n in scan(p.text, VI, folded_text(p)) if n.start >= skip]  # (a literal's kind and
                                                                             # separators, whatever its style)


def _evidence(n: Num) -> str:
    return style_evidence(n.raw) if len(n.raw) > 3 and n.is_quantity else ""


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per anchor and relation (a percentage is one claim, whoever read it), in
    reading order."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key: tuple = (c.kind, id(c.anchor.para), c.anchor.start, tuple(p.start for p in c.parts),
                      c.part.start if c.part else None, c.base.start if c.base else None)
        if c.kind == "percentage":
            key = (c.kind, id(c.anchor.para), c.anchor.start)
        if key not in seen:
            seen.add(key)
            out.append(c)
    out.sort(key=lambda c: (c.para.lineno, c.anchor.start))
    return out
