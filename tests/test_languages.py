"""Each language all the way: a finding read in Vietnamese has no English sentence in it, and
one read in English has no Vietnamese outside the report's own text.

Every rule's documented `bad` example is run in both languages and its message, evidence and
the text output are read; so are the corpus reports and the samples under --lang vi. Report
text may appear in either language when it is quoted ('...', "..."), in the section path
(§ ...), in the source excerpt, or in the excerpt of evidence between ellipses (…...…).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from reportlint.analysis import series
from reportlint.analysis.outline import build
from reportlint.api import lint_document
from reportlint.audit.series import check as check_series
from reportlint.checks import get_kind, is_cross_report
from reportlint.cli import main
from reportlint.config import Config
from reportlint.loaders.text import from_text
from reportlint.ruleset import builtin_rules

RULES = builtin_rules()
HERE = Path(__file__).parent
REPORTS = sorted(p for folder in (HERE / "corpus", HERE.parent / "samples") for p in folder.iterdir()
                 if p.suffix in (".txt", ".md", ".docx", ".pdf"))

ENGLISH = re.compile(r"\b(the|is|does|not|same|line|followed|looks|like|should|with|of|partial|listing|approximate|"
                     r"uncertain|stated|found|earlier|value|share|plan|growth|sum|fraction)\b", re.IGNORECASE)
VIETNAMESE = re.compile(r"(?=\w\w)\w*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]\w*",
                        re.IGNORECASE)
QUOTED = re.compile(r"(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"|“[^”]*”|…[^…]*…|»[^«]*«")
RULE_ID = re.compile(r"\b[a-z]+\.[a-z-]+\b")
PATH = re.compile(r"\S+\.(?:txt|md|docx|pdf)\b(?::\d+)?")


def outside_report_text(text: str) -> str:
    """`text` without what comes from a report: quotes, rule ids, file names."""
    return RULE_ID.sub(" ", PATH.sub(" ", QUOTED.sub(" ", text)))


def foreign(text: str, lang: str) -> list[str]:
    """Words of the other language in `text`, outside report text (a lone letter such as 'ê' is no word)."""
    bare = outside_report_text(text)
    return (ENGLISH if lang == "vi" else VIETNAMESE).findall(bare)


def _findings(rule, lang: str) -> list[tuple[str, str]]:
    """(message, evidence) of `rule` on its own bad example, in `lang`."""
    cfg = Config(rules=RULES, select=[rule.id], today=datetime.date(2023, 1, 1), lang=lang)
    if is_cross_report(get_kind(rule.kind)):
        reports = {n: series.extract(build(from_text(t, n))) for n, t in series.split_examples(rule.bad).items()}
        return [(d["message"], d["evidence"] or "") for d in check_series(reports, lambda path: cfg)]
    markdown = rule.bad.lstrip().startswith("|")
    doc = from_text(rule.bad + "\n", "bad.md" if markdown else "bad.txt", markdown=markdown)
    return [(d.message, d.evidence or "") for d in lint_document(doc, cfg)]


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_a_finding_speaks_one_language(rule, lang, request):
    found = _findings(rule, lang)
    assert found, f"{rule.id}: its bad example gives no finding"
    for message, evidence in found:
        for text in (message, evidence.split(" ‖ ")[0]):  # a table's row after ‖ is report text
            assert not foreign(text, lang), f"{rule.id} [{lang}]: {foreign(text, lang)} in: {text}"


def text_output_lines(out: str) -> list[str]:
    """The lines of a text report a person reads, less the report's own lines (§ section, excerpt)."""
    keep = []
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("§") or "│" in s or set(s) <= {"^", " "}:
            continue
        keep.append(line)
    return keep


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_vietnamese_output_on_real_reports_has_no_english_sentence(report, capsys):
    main(["check", str(report), "--lang", "vi"])
    out = capsys.readouterr().out
    leaks = [(ln, foreign(ln, "vi")) for ln in text_output_lines(out) if foreign(ln, "vi")]
    assert not leaks, "\n".join(f"{words}: {ln}" for ln, words in leaks[:10])


CLAIM_REPORTS = sorted(p for p in (HERE / "claims" / "reports").iterdir() if p.suffix in (".txt", ".md"))


@pytest.mark.parametrize("report", REPORTS[:3] + CLAIM_REPORTS, ids=lambda p: p.name)
def test_explain_in_vietnamese_has_no_english_note(report, capsys):
    # the notes on a verdict ("liệt kê chưa đủ") and the reasons a figure was not checked
    # ("không nêu số kế hoạch") are said in the reader's language too
    main(["check", "--explain", str(report), "--lang", "vi", "--color", "never"])
    out = capsys.readouterr().out
    assert "Các số liệu đã kiểm tra" in out
    leaks = [(ln, foreign(ln, "vi")) for ln in out.splitlines() if foreign(ln, "vi")]
    assert not leaks, "\n".join(f"{words}: {ln}" for ln, words in leaks[:10])


def test_the_leak_detector_sees_both_languages():
    assert foreign("= same text as line 27", "vi") == ["same", "line"]
    assert foreign("Từ mượn viết sai: 'baner' looks like a misspelt loanword", "vi") == ["looks", "like"]
    assert foreign("Total 12 is wrong, báo cáo ghi 13", "en") == ["báo", "cáo"]
    assert not foreign("Paragraph repeated: the same text as 'Việt Nam' at line 3 of bc.txt", "en")


def test_outline_and_rules_speak_the_configs_language(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".reportlint.yaml").write_text("lang: vi\n", encoding="utf-8")
    report = tmp_path / "bc.md"
    report.write_text((HERE.parent / "samples" / "bao-cao-co-loi.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["outline", str(report)]) == 0
    out = capsys.readouterr().out
    assert "phần đầu văn bản" in out and not foreign(out, "vi")
    assert main(["rules", "duplicate.line"]) == 0
    page = capsys.readouterr().out
    assert "Quy tắc kiểm tra gì" in page and "Sai" in page
