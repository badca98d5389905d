"""One slip, one finding (issue 17): a pasted paragraph is a duplicate, not also a wrong
sum; a bracket opened in one paragraph and closed in the next is no error."""

from __future__ import annotations

from reportlint.api import lint_text

PASTED = """I. KẾT QUẢ THỰC HIỆN

1. Công tác hành chính tư pháp
- Tiếp nhận 1.250 hồ sơ (830 hồ sơ trực tiếp, 360 hồ sơ trực tuyến), đã giải quyết đúng hạn.
- Tiếp nhận 1.250 hồ sơ (830 hồ sơ trực tiếp, 360 hồ sơ trực tuyến), đã giải quyết đúng hạn.
- Chứng thực 2.400 bản sao từ bản chính đúng quy định.
"""


def rules_at(text: str) -> list[tuple[str, int]]:
    return [(d.rule, d.line) for d in lint_text(text) if d.rule != "header.missing-parts"]


def test_a_pasted_paragraph_is_one_duplicate_and_its_figures_are_checked_once():
    assert rules_at(PASTED) == [("arithmetic.sum-mismatch", 4), ("duplicate.line", 5)]


def test_a_figure_finding_outside_the_copy_stays():
    text = PASTED + "- Cấp 300 bản sao (120 bản sao trực tiếp, 150 bản sao trực tuyến), đúng hạn.\n"
    assert ("arithmetic.sum-mismatch", 7) in rules_at(text)


SPLIT = """I. KẾT QUẢ THỰC HIỆN

1. Công tác xây dựng và kiểm tra văn bản
- Thẩm định 42 dự thảo văn bản quy phạm pháp luật của tỉnh (gồm các dự thảo nghị quyết của Hội đồng nhân dân

và dự thảo quyết định của Ủy ban nhân dân tỉnh).
- Kiểm tra 118 văn bản do cấp huyện ban hành (phát hiện 03 văn bản sai về thẩm quyền.
"""


def test_a_bracket_closed_in_the_next_paragraph_pairs_up_and_a_lone_one_is_still_found():
    assert rules_at(SPLIT) == [("punctuation.unbalanced", 7)]


def test_brackets_do_not_pair_across_a_paragraph_in_between():
    text = SPLIT.replace("\nvà dự thảo", "\n- Rà soát 15 văn bản hết hiệu lực.\n\nvà dự thảo")
    assert [r for r, _ in rules_at(text)].count("punctuation.unbalanced") == 3


def test_a_near_miss_that_typo_word_finds_too_is_one_finding():
    """'xã hôi': typo.word weighs the lexicon's counts, the near miss of typo.confusion guesses."""
    text = "- Tình hình kinh tế - xã hôi của huyện tiếp tục ổn định, đời sống nhân dân được nâng lên.\n"
    typos = [(d.rule, d.severity, d.suggestion) for d in lint_text(text) if d.rule.startswith("typo.")]
    assert typos == [("typo.word", "warning", "hội")]


def test_the_near_miss_stays_when_typo_word_is_off():
    from reportlint.api import load_config

    text = "- Tình hình kinh tế - xã hôi của huyện tiếp tục ổn định, đời sống nhân dân được nâng lên.\n"
    config = load_config(None).replace(ignore=["typo.word"])
    typos = [(d.rule, d.suggestion) for d in lint_text(text, config=config) if d.rule.startswith("typo.")]
    assert typos == [("typo.confusion", "xã hội")]


def test_a_misplaced_tone_mark_is_one_finding_with_its_fix():
    # 'tặng qùa': the tone-placement rule names the mistake; typo.word's guess ('quả') would be a second, wrong one
    found = [(d.rule, d.suggestion) for d in lint_text("Hội đã tặng qùa cho 40 gia đình chính sách nhân dịp Tết.\n")
             if d.rule.startswith("typo.")]
    assert found == [("typo.tone-placement", "quà")]


def test_a_joined_word_the_confusion_list_names_is_one_finding():
    # 'cột ăngten': the confusion list names it ('ăng ten'); typo.syllable would say it again
    found = [(d.rule, d.suggestion) for d in lint_text("Có 220 vị trí cột ăngten sử dụng chung.\n")
             if d.rule.startswith("typo.")]
    assert found == [("typo.confusion", "ăng ten")]
