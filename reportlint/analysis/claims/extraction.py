"""From paragraphs to claims: which paragraphs are read, in which number style, by which
extractors.

An extractor is a function from a prepared paragraph (`Scope`) to its claims; `EXTRACTORS`
lists them in the order they run (a percentage claimed by one is not read by the next). A
new relation is one more function there. Listings over bullet paragraphs need the
paragraphs after their intro, so they run first, over the whole document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from reportlint.limits import MAX_CLAIMS, MAX_PARAGRAPH_FIGURES
from reportlint.model.document import Paragraph
from reportlint.text.numbers import EN, VI, style_evidence
from reportlint.analysis.claims.bullets import list_claims
from reportlint.analysis.claims.listing import bullet_of, group_claims, sentence_claims
from reportlint.analysis.claims.within import within_claims
from reportlint.analysis.claims.accordingly import accordingly_claims
from reportlint.analysis.claims.bases import earlier_base_claims
from reportlint.analysis.claims.implied import implied_base_claims
from reportlint.analysis.claims.changes import change_claims
from reportlint.analysis.claims.comparisons import gap_claims, plan_claims, rate_delta_claims, times_claims
from reportlint.analysis.claims.prior import prior_claims
from reportlint.analysis.claims.remainder import remainder_claims
from reportlint.analysis.claims.model import Claim
from reportlint.analysis.claims.relations import (base_claims, compared_first_claims, fraction_claims,
                                                   fraction_parts_claims, growth_claims, on_time_claims, paired_claims,
                                                   unchecked_claims)
from reportlint.analysis.claims.rates import caseload_claims, named_rate_claims, partition_share_claims
from reportlint.analysis.claims.scope import Scope, nothing_before

EXTRACTORS: tuple[Callable[[Scope], list[Claim]], ...] = (
    group_claims, sentence_claims, within_claims, accordingly_claims, remainder_claims, paired_claims, fraction_claims, fraction_parts_claims,
    gap_claims, plan_claims,
    compared_first_claims, growth_claims,
    rate_delta_claims, change_claims, prior_claims, times_claims, base_claims, earlier_base_claims, on_time_claims,
    named_rate_claims, caseload_claims, implied_base_claims, partition_share_claims, unchecked_claims)  # last: the percentages with a cue that no extractor could check

_DIGIT = re.compile(r"\d")
# Every claim has a percentage, a parenthesis, a fraction or an intro word as written, in
# lower case ("gồm", "trong đó", "trong số này", "trong số 11 nhóm", OCR "g6m"; not "gốm", pottery, though
# it folds to "gom"). One pattern per first letter: re skips ahead to that letter, where one
# alternation of them all would try every position of the paragraph.
_INTRO_WRITTEN = tuple(re.compile(cue) for cue in (
    r"g[oồô6]m", r"t(?:rong\s+(?:[dđ]|s[ốo]\s+(?:n[àa]y|[dđ][óo]|tr[eê]n)|(?:t[ổo]ng\s+)?s[ốo]\s+\d)|heo\s+[dđ][óo])",
    r"c(?:[uụ]\s+th[eể]|hia\s+(?:ra|theo)|[oò]n\s+l[aạ]i)", r"nh[uư]\s+sau", r"h[iì]nh\s+th[uứ]c"))
# A parenthesis makes a claim with a figure inside ("12.914 hồ sơ (10.769 trực tiếp, ...)",
# "so với cùng kỳ (150 hồ sơ)"), not "(có phụ lục kèm theo)"; without a percentage, a '/'
# makes one only in an average ("bình quân 4,4 tỷ đồng/doanh nghiệp"): dates and document
# numbers ("30/6/2021", "45/BC-UBND") make none.
_FIGURE_IN_PARENTHESIS = re.compile(r"\([^()]*\d")
# (one pattern per first letter, as above; an average per a noun, 'bình quân một doanh nghiệp
# đạt ...', is found by the first too)
_AVERAGE_WRITTEN = (re.compile(r"b[iì]nh\s+qu[aâ]n"), re.compile(r"trung\s+b[iì]nh"))
_AVERAGE_PER_WRITTEN = re.compile(r"b[iì]nh\s+qu[aâ]n\s+(?:m[ộo]t|1|m[ỗo]i)\s")


def may_claim(p: Paragraph, skip: int) -> bool:
    """Whether the paragraph has a number (past its numbering) and a cue of some claim."""
    text = p.text
    if _DIGIT.search(text, skip) is None:
        return False
    if "%" in text or "(" in text and _FIGURE_IN_PARENTHESIS.search(text, skip):
        return True
    low = p.lower  # (shared with the paragraph's fold)
    averages = _AVERAGE_WRITTEN if "/" in text else (_AVERAGE_PER_WRITTEN,)  # (any average with a '/', else one per a noun)
    if any(average.search(low) for average in averages):
        return True
    end = text.rstrip()
    if end.endswith(":") and _DIGIT.search(end, max(skip, len(end) - 60)):
        return True  # "... 2.062,3 tỷ đồng:" then its items
    return any(cue.search(low) for cue in _INTRO_WRITTEN)


def extract(paragraphs: list[Paragraph], style: str | None = None, skips: list[int] | None = None,
            limit: int = MAX_CLAIMS) -> list[Claim]:
    """Every claim of these paragraphs (in reading order), at most `limit`.

    `style` is the number style (VI or EN); None infers it from the paragraphs' unambiguous
    literals. `skips[i]` is where paragraph i's numbering ends (its numbers are no claim's).
    """
    skips = skips or [0] * len(paragraphs)
    chosen = [i for i, p in enumerate(paragraphs) if may_claim(p, skips[i])]
    scopes = _prepare(paragraphs, chosen, skips, style or VI)
    vi, en = _style_evidence(scopes.values())
    if style is None and en > vi:  # an English-style report: read ambiguous literals its way
        scopes = _prepare(paragraphs, chosen, skips, EN)
    crowded = {i for i, S in scopes.items() if len(S.qty) > MAX_PARAGRAPH_FIGURES}  # no prose (limits.py)
    scopes = {i: S for i, S in scopes.items() if i not in crowded}
    chosen = [i for i in chosen if i not in crowded]
    if vi and en:  # mixed styles: an ambiguous literal may be read either way
        for S in scopes.values():
            S.mixed = True
            for q in S.qty:
                q.mixed = True
    out: list[Claim] = list_claims(paragraphs, scopes)
    style_used = next(iter(scopes.values())).style if scopes else VI
    for i, S in list(scopes.items()):
        S.before = _before(paragraphs, scopes, skips, style_used, i)
    for i in chosen:
        S = scopes[i]
        if not S.qty and "/" not in S.text:  # (fractions alone are no quantities: '300/400 ...; 150/200 ...')
            continue
        for extractor in EXTRACTORS:
            found = extractor(S)
            if not found:
                continue  # (most extractors find nothing in most paragraphs)
            S.share_bases.update((id(c.part), (c.base, S.share_cue(c.pct))) for c in found
                                 if c.kind == "percentage" and c.part and c.base and c.pct and not c.tentative)
            out.extend(found)
        if len(out) >= limit:  # (a document with that many claims is no report: stop reading)
            break
    for S in scopes.values():  # each `before` holds the whole table: a cycle, left to the collector otherwise
        S.before = nothing_before
    return _one_breakdown(_dedupe(out))[:limit]


def _before(paragraphs: list[Paragraph], scopes: dict[int, Scope], skips: list[int], style: str, i: int):
    """The paragraph before i, prepared when first asked for (a base may be stated there)."""
    def get() -> Scope | None:
        if i == 0:
            return None
        if i - 1 not in scopes:
            scopes[i - 1] = Scope(paragraphs[i - 1], style, skips[i - 1])
            scopes[i - 1].before = _before(paragraphs, scopes, skips, style, i - 1)
        return scopes[i - 1]
    return get


def _prepare(paragraphs: list[Paragraph], chosen: list[int], skips: list[int], style: str) -> dict[int, Scope]:
    """The chosen paragraphs prepared, with the bullet lines after a paragraph ending
    "trong đó:" / "gồm:" (they are read as its listing)."""
    scopes = {i: Scope(paragraphs[i], style, skips[i]) for i in chosen}
    for i in chosen:
        if scopes[i].intro_at_end is None:
            continue
        j = i + 1
        while j < len(paragraphs) and bullet_of(paragraphs[j].text):
            if j not in scopes:
                scopes[j] = Scope(paragraphs[j], style, skips[j])
            j += 1
    return dict(sorted(scopes.items()))


def _style_evidence(scopes) -> tuple[int, int]:
    """Quantities that can only be Vietnamese style, and only English style (a literal of 3
    characters at most, '1,5', tells nothing)."""
    evidence = Counter(style_evidence(n.raw) for S in scopes for n in S.nums if len(n.raw) > 3 and n.is_quantity)
    return evidence[VI], evidence[EN]


def _one_breakdown(claims: list[Claim]) -> list[Claim]:
    """A total broken down in parentheses right after it has no second breakdown read from form
    alone: '28.648 ha (Trà Vinh 182,2 ha, Bạc Liêu 12.636 ha, ...), trong đó hư hại là 4.568 ha
    tại Bạc Liêu và 173 ha tại Sóc Trăng' names only some of it (a partial listing)."""
    grouped = {id(c.total) for c in claims if c.kind == "sum" and c.shape == "group"}
    for c in claims:
        if c.kind == "sum" and c.shape != "group" and c.why == "listing" and id(c.total) in grouped:
            c.why, c.exhaustive = "partial", False
    return claims


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
