"""Parts in the sentences after a listing's sentence, one sentence each: "... ước đạt 1.200 tỷ
đồng, tăng 8,4%. Trong đó vận tải hành khách đạt 300 tỷ đồng, tăng 5,1%. Vận tải hàng hóa đạt
850 tỷ đồng, tăng 9,2%. Dịch vụ hỗ trợ vận tải đạt 70 tỷ đồng."

Read on statistics releases and the reports of Sở: a sentence goes on with the listing when it
is written like the listing's first part, a short label (no figure, no comma) and the same verb
('đạt', 'là', 'có') right before a count of the total's noun; the first sentence that is not
ends it. Such parts are only some of the total (a report may go on to the next topic in the
same form), and sure evidence of a slip only when their labels share a word with the first
part's ('vận tải hàng hóa' after 'vận tải hành khách'): else they are checked tentatively.
"""

from __future__ import annotations

import re

from reportlint.analysis.claims.items import Item, same_noun
from reportlint.analysis.claims.model import Quantity
from reportlint.analysis.claims.scope import Scope
from reportlint.analysis.claims.vocabulary import cues, word_list

_MAX_LABEL_WORDS = 8
_NO_LABEL = re.compile(r"[\d,;:()]")


def verb_before(S: Scope, q: Quantity, a: int) -> str:
    """The verb right before q (after a), one of `continuing_verbs` ('uoc dat', 'dat'), or ''."""
    lead = S.folded[a:q.start].split()
    for verb in word_list("continuing_verbs"):  # (longest first in the list: 'uoc dat' before 'dat')
        n = len(verb.split())
        if len(lead) > n and " ".join(lead[-n:]) == verb:
            return verb
    return ""


def continued(S: Scope, b: int, total: Quantity, first: Item) -> tuple[list[Item], bool]:
    """The parts of the sentences after b (the end of the listing's sentence) that go on with
    it, each an Item (`first` is the listing's first item); and whether each sentence's name
    shares a word with the first part's, past the words that say what is measured
    (`generic_label_words`): sure evidence that they are parts of one total."""
    verb = verb_before(S, first.part, S.sentence_start(first.part.start)) if first.part is not None else ""
    if not verb:
        return [], True
    named = set(first.name.split()) - set(word_list("generic_label_words"))
    out: list[Item] = []
    sure = True
    while b < len(S.text) - 1:
        s = b + 1 + len(S.text[b + 1:]) - len(S.text[b + 1:].lstrip())
        e = S.sentence_end(s)
        q = next((q for q in S.qty_in(s, e) if S.enclosing(q.start)[0] < s), None)
        if q is None or not _goes_on(S, s, q, total, verb):
            break
        label = S.label(s, q.start)
        sure = sure and bool(named & set(label.split()))
        out.append(Item(q, None, label, False, label))
        out.extend(_more_in_sentence(S, q, e, total, verb))
        b = e
    return out, sure


def _more_in_sentence(S: Scope, q: Quantity, e: int, total: Quantity, verb: str) -> list[Item]:
    """The other parts of a continued sentence, after its first q and before e: counts of the
    total's noun after the same verb ('Dịch vụ hỗ trợ đạt 111 tỷ đồng, tăng 49,6% và bưu chính,
    chuyển phát đạt 11 tỷ đồng'); none in a sentence that lists a part of its own ('trong đó')."""
    if cues().intro.search(S.folded, q.end, e):
        return []
    out = []
    for r in S.qty_in(q.end, e):
        a = max(S.folded.rfind(mark, q.end, r.start) for mark in ",;")
        if a < 0 or S.enclosing(r.start)[0] >= 0 or not _counts_the_noun(S, r, total) or verb_before(S, r, a + 1) != verb:
            continue
        label = S.label(a + 1, r.start)
        out.append(Item(r, None, label, False, label))
    return out


def _counts_the_noun(S: Scope, q: Quantity, total: Quantity) -> bool:
    """Whether q is a plain count of the total's noun: no share, rate, period, estimate or change."""
    return not (q.percent or q.rate or q.period or q.approx or S.is_change(q)) and q.measure == total.measure \
        and same_noun(q, total)


def _goes_on(S: Scope, s: int, q: Quantity, total: Quantity, verb: str) -> bool:
    """Whether the sentence at s, with its first count q, is the listing's next part."""
    lead = S.folded[s:q.start]
    if _NO_LABEL.search(lead) or verb_before(S, q, s) != verb:
        return False
    label = lead.split()[:-len(verb.split())]
    if not label or len(label) > _MAX_LABEL_WORDS or " ".join(label[:2]) in word_list("new_topic_words") \
            or label[0] in word_list("new_topic_words"):
        return False
    return _counts_the_noun(S, q, total)
