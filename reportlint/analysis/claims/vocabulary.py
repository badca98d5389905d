"""The cue words of claims, read from rules/claims.yaml, and the patterns built from them.

Every word list lives in the data file; this module only turns the lists into patterns, once.
Words are folded (lower case, no diacritics) and matched on folded text, whose offsets are the
original text's (`text.numbers.fold_same_length`).
"""

from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache


class Cues(namedtuple("Cues", "intro intro_at_end intro_names complete_intro share_lead share_link share_before "
                              "approx approx_words lower_bound upper_bound growth comparison plan_after "
                              "total_word base_after fraction_share not_fraction_before measure_units "
                              "measure_aliases time_units")):
    """The cue patterns and word sets of claims (see rules/claims.yaml for what each means).

    intro (re.Pattern[str]): an intro word where a listing starts; group 1 is the word
    intro_at_end (re.Pattern[str]): an intro word ending the text ("..., trong đó:"); group 1
    intro_names (dict[str, str]): how an intro word is written -> its name ("trong d6" -> "trong do")
    complete_intro (frozenset[str])
    share_lead (re.Pattern[str]): what stands between an item's start and its lone percentage
    share_link (re.Pattern[str]): what stands between a figure and its share (groups: words,
        separator, cue)
    share_before (re.Pattern[str]): a share cue right before a percentage: "chiếm", "tỷ lệ", "đạt"
    approx (re.Pattern[str]): an approximation word ending the text; group 1
    approx_words (tuple[str, ...]): those words (what the text must end with for `approx` to match)
    lower_bound, upper_bound (frozenset[str])
    growth (re.Pattern[str]): "tăng"/"giảm" ending the text; group 1
    comparison (re.Pattern[str]): "so với" at the start
    plan_after (re.Pattern[str]): a plan or an earlier period right after a percentage
    total_word (re.Pattern[str])
    base_after (re.Pattern[str]): "trên tổng số" between a percentage and its base
    fraction_share (re.Pattern[str]): a share cue (or "(") ending the text between a fraction
        and its percentage
    not_fraction_before (re.Pattern[str])
    measure_units (tuple[str, ...])
    measure_aliases (dict[str, str])
    time_units (frozenset[str])
    """

    __slots__ = ()


def _alternation(words: list[str]) -> str:
    """The words as one regex alternation, longest first (so "bao gom" wins over "gom"), then
    alphabetical: the same text every run, so the compiled pattern is found in the cache."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _claims_data() -> dict:
    """rules/claims.yaml, read once for the cues and every word list."""
    from reportlint._resources import rules_dir
    from reportlint.cache import shipped_yaml

    return shipped_yaml(rules_dir() / "claims.yaml")


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cues of rules/claims.yaml, compiled once."""
    data = _claims_data()
    names = {written: name for name, forms in data["intro"].items() for written in forms}
    intro = _alternation(list(names))
    filler = _alternation(data["intro_filler"])
    verbs = _alternation(data["share_verbs"])
    # "tỷ lệ": its first word, then the second read loosely, as OCR damages it ("ty 1€")
    noun = rf"(?:{_alternation(data['share_nouns'])}|(?:{_alternation(data['share_noun_ocr'])})\s+\S{{1,3}})"
    copula = _alternation(data["share_copula"])
    cue = rf"(?:(?:{verbs})\s+)?(?:{noun}\s+)?(?:(?:{copula})\s+)?"
    approx = data["approximation"]
    compare = _alternation(data["comparison"])
    return Cues(
        intro=re.compile(rf"(?:^|[\s,;(])({intro})(?![a-z0-9])\s*(?:(?:{filler})\s+)?:?\s*"),
        intro_at_end=re.compile(rf"(?<![a-z])({intro})\s*(?:(?:{filler})\s*)?:?\s*$"),
        intro_names=names,
        complete_intro=frozenset(data["complete_intro"]),
        share_lead=re.compile(rf"[\s,(]*(?:(?:{verbs})\s+)?(?:{noun}\s*)?(?:(?:{copula})\s+)?$"),
        # words are matched whole (possessive): a word cannot be split, so no backtracking
        share_link=re.compile(rf"[ \t]*+((?:[a-z0-9&]++[ \t]*+){{0,5}}?)([ \t]*[,(][\s(]*|[ \t]*)({cue})"),
        # (a superlative between: "chiếm tỷ trọng lớn nhất 38,67%")
        share_before=re.compile(rf"(?<![a-z])(?:{verbs}|{noun})\s*(?:(?:{copula})\s*)?(?:(?:lon|cao|thap|nho) nhat\s*)?$"),
        approx=re.compile(rf"\b({_alternation(approx['lower'] + approx['upper'] + approx['other'])})\s*$"),
        approx_words=tuple(approx["lower"] + approx["upper"] + approx["other"]),
        lower_bound=frozenset(approx["lower"]),
        upper_bound=frozenset(approx["upper"]),
        growth=re.compile(rf"\b({_alternation(list(data['growth_words']))})\s*$"),
        comparison=re.compile(rf"\s*(?:{compare})"),
        plan_after=re.compile(rf"\s*(?:(?:{compare}|so)\s+)?(?:{_alternation(data['plan_words'])})"),  # ('so kế hoạch' too)
        total_word=re.compile(rf"\b(?:{_alternation(data['total_words'])})\b"),
        # (or "(trong số": "đạt 58% (trong số 780 tỷ đồng theo chỉ tiêu giao bổ sung)")
        base_after=re.compile(rf"\s*(?:(?:{_alternation(data['base_links'] + ['/'])})\s*"
                              rf"(?:{_alternation([w for w in data['total_words'] if w.startswith('tong')])})|\(\s*trong so)\s*"),
        # ("18/24 xã đạt chuẩn, tương đương 75%": after a fraction, the link of a change names its
        # share; so does "=": "1.240/1.150 = 107,8%")
        fraction_share=re.compile(rf"({noun}|(?:{verbs})|tuong duong(?:\s+voi)?|\(|=)\s*$"),
        not_fraction_before=re.compile(rf"(?:{_alternation(data['not_fraction_before'])})\s*$"),
        measure_units=tuple(data["measure_units"]),
        measure_aliases=dict(data["measure_aliases"]),
        time_units=frozenset(data["time_units"]),
    )


@lru_cache(maxsize=1)
def partitions() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Known complete label partitions (rules/partitions.yaml): (their folded terms, longest
    first; the partition as written, "trực tiếp|trực tuyến")."""
    from reportlint._resources import rules_dir
    from reportlint.cache import shipped_yaml
    from reportlint.text.letters import fold

    path = rules_dir() / "partitions.yaml"
    data = shipped_yaml(path) if path.is_file() else {}
    out = []
    for entry in (data or {}).get("partitions", []):
        terms = entry.split("|") if isinstance(entry, str) else entry
        folded = sorted({fold(str(t)).strip() for t in terms if str(t).strip()}, key=lambda t: (-len(t), t))
        out.append((tuple(folded), "|".join(str(t).strip() for t in terms)))
    return tuple(out)


@lru_cache(maxsize=None)
def whole_word(term: str) -> re.Pattern[str]:
    """The pattern of a folded term of partitions() as a whole word, made when a label first holds
    the term: a check meets few of the ~90 terms (compiling them all was ~0.6 ms of a one-report run)."""
    return re.compile(rf"(?<![a-z]){re.escape(term)}(?![a-z])")


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A list of folded words of rules/claims.yaml by its key ("delta_links"), longest first."""
    return tuple(sorted(set(_claims_data().get(name) or []), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def word_groups(name: str) -> dict[str, tuple[str, ...]]:
    """A mapping of rules/claims.yaml by its key: each name and its words (`class_totals`: a
    class and its members; `person_states`: a state and the words for it)."""
    return {key: tuple(words) for key, words in (_claims_data().get(name) or {}).items()}


def alternation(name: str) -> str:
    """The words of a list of rules/claims.yaml as one regex alternation, longest first."""
    return _alternation(list(word_list(name)))
