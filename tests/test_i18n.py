"""Vietnamese messages: every rule and every CLI string has one, and --lang vi / `lang: vi` use them."""

from __future__ import annotations

import re
import string
from functools import lru_cache

import pytest

from reportlint.api import lint_document
from reportlint.cli import main
from reportlint.config import load_config
from reportlint.i18n import MESSAGES, t
from reportlint.loaders.text import from_text
from reportlint.ruleset import builtin_rules

RULES = builtin_rules()
UNFILLED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


@lru_cache(maxsize=None)
def _defaults():
    return load_config(None)


def bad_example_args(rule) -> list[dict]:
    """The message arguments the rule's own `bad` example produces (what the check really supplies)."""
    from reportlint.checks import get_kind, is_cross_report

    if not rule.bad or is_cross_report(get_kind(rule.kind)):  # a series of reports: tests/test_series.py runs those
        return []
    cfg = _defaults().replace(select=[rule.id])
    doc = from_text(rule.bad, "bad.txt")
    from reportlint.analysis.outline import build

    outline = build(doc)
    lint_document(doc, cfg, outline)  # fills outline.settings (today, lang) as the CLI does
    return [f.args for f in get_kind(rule.kind).check(outline, rule.options)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_a_vietnamese_message(rule):
    assert rule.message_vi.strip(), f"{rule.id} ({rule.source}) has no message_vi"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_vietnamese_message_uses_only_arguments_the_check_supplies(rule):
    """message_vi may use the English message's placeholders and what the rule's check is
    seen to supply on its `bad` example; anything else would print as '{name}'. (A check
    says its own words in the run's language: no argument has a `_vi` twin.)"""
    en = placeholders(rule.message)
    allowed = set(en)
    produced = bad_example_args(rule)
    for args in produced:
        allowed |= set(args)
    extra = placeholders(rule.message_vi) - allowed
    assert not extra, f"{rule.id}: message_vi uses {sorted(extra)}, which the English message does not have"
    for args in produced:  # and rendered for real, nothing is left unfilled
        for lang in ("en", "vi"):
            text = rule.format(args, lang)
            assert not UNFILLED.search(text), f"{rule.id} ({lang}): {text}"


def test_cli_strings_have_both_languages_with_the_same_placeholders():
    for key, entry in MESSAGES.items():
        assert set(entry) == {"en", "vi"}, key
        assert entry["vi"].strip() and entry["vi"] != entry["en"] or key.startswith("error.prefix"), key
        en = {p for p in placeholders(entry["en"]) if not p.endswith("_word")}  # English plural forms
        assert placeholders(entry["vi"]) <= en, key


def test_t_fills_in_and_falls_back_to_english():
    assert t("summary.counts", "en", errors=1, warnings=2, info=0, files=1) == "1 error, 2 warnings, 0 info in 1 report"
    assert t("summary.counts", "vi", errors=1, warnings=2, info=0, files=3) == "1 lỗi, 2 cảnh báo, 0 lưu ý trong 3 báo cáo"
    assert t("summary.clear", "fr", files=2) == "All clear: 2 reports checked, nothing found."
    with pytest.raises(KeyError):
        t("no.such.key")


FAULTY = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

1. Lĩnh vực bưu chính

- Ban hành các các văn bản chỉ đạo, điều hành về lĩnh vực bưu chính trên địa bàn tỉnh.

III. PHƯƠNG HƯỚNG
"""
SELECT = ["--select", "duplicate,structure"]


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_lang_vi_on_the_command_line(tmp_path, capsys):
    (tmp_path / "bc.txt").write_text(FAULTY, encoding="utf-8")
    code, out, _ = run(["check", tmp_path / "bc.txt", *SELECT, "--lang", "vi", "--color", "never"], capsys)
    assert code == 1
    assert "Từ 'các' bị gõ lặp: 'các các'" in out
    assert "cảnh báo  duplicate.word" in out and "lỗi  structure.numbering-gap" in out
    assert "có phải là 'các'?" in out
    assert out.rstrip().endswith("1 lỗi, 1 cảnh báo, 0 lưu ý trong 1 báo cáo")
    # machine formats keep the English severity ids, only the messages change
    out = run(["check", tmp_path / "bc.txt", *SELECT, "--lang", "vi", "--format", "concise"], capsys)[1]
    assert ": warning duplicate.word Từ 'các' bị gõ lặp" in out


def test_lang_vi_from_the_config(tmp_path, capsys):
    (tmp_path / ".reportlint.yaml").write_text("lang: vi\nselect: [duplicate]\n", encoding="utf-8")
    (tmp_path / "bc.txt").write_text(FAULTY, encoding="utf-8")
    out = run(["check", tmp_path / "bc.txt", "--color", "never"], capsys)[1]
    assert "Từ 'các' bị gõ lặp" in out and "0 lỗi, 1 cảnh báo, 0 lưu ý trong 1 báo cáo" in out
    # --lang en on the command line wins over the config
    out = run(["check", tmp_path / "bc.txt", "--color", "never", "--lang", "en"], capsys)[1]
    assert "'các' is typed twice" in out


def test_all_clear_in_vietnamese(tmp_path, capsys):
    (tmp_path / "bc.md").write_text("BÁO CÁO\nKết quả công tác\n\nI. KẾT QUẢ\n\n1. Bưu chính\n\n- Ban hành văn bản.\n",
                                    encoding="utf-8")
    code, out, _ = run(["check", tmp_path / "bc.md", *SELECT, "--lang", "vi"], capsys)
    assert code == 0 and out.strip() == "Không phát hiện vấn đề nào trong 1 báo cáo đã kiểm tra."


@pytest.mark.parametrize("args,message", [
    (["check", "khong-co.md"], "khong-co.md: không tìm thấy tệp hoặc thư mục"),
    (["check", ".", "--select", "chinh-ta"], "không có quy tắc hoặc nhóm quy tắc 'chinh-ta'"),
    (["check", "bc.txt", "--baseline", "moc.json"], "moc.json: không phải tệp mốc của reportlint"),
])
def test_cli_errors_in_vietnamese(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bc.txt").write_text(FAULTY, encoding="utf-8")
    code, out, err = run([*args, "--lang", "vi"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("reportlint: lỗi: ") and message in err and err.count("\n") == 1, err


def test_file_errors_in_english_by_default(tmp_path, capsys):
    code, _, err = run(["check", tmp_path / "khong-co.md"], capsys)
    assert code == 2 and err.startswith("reportlint: error: ") and "no such file or directory" in err


@pytest.mark.parametrize("name,content,message", [
    ("rong.txt", b"  \n", "rong.txt: tệp rỗng"),
    ("nhi-phan.txt", b"PK\x03\x04\x00\x00binary", "nhi-phan.txt: tệp nhị phân (có byte NUL)"),
    ("latin1.txt", "Größe und Maß".encode("latin-1"), "latin1.txt: không phải văn bản UTF-8 hợp lệ (byte 2)"),
    ("hong.docx", b"not a zip at all", "hong.docx: không phải tệp .docx hợp lệ (không phải tệp nén zip)"),
    ("bang.xlsx", b"x", "bang.xlsx: không đọc được loại tệp '.xlsx'"),
])
def test_unreadable_reports_explained_in_vietnamese(tmp_path, capsys, name, content, message):
    (tmp_path / name).write_bytes(content)
    code, out, err = run(["check", tmp_path / name, "--lang", "vi"], capsys)
    assert code == 2 and message in err and err.count("\n") == 1, err
    code, _, err = run(["check", tmp_path / name], capsys)  # English stays the default
    assert code == 2 and "không" not in err and "tệp" not in err, err


def test_load_error_keeps_english_text_and_gives_vietnamese_on_request(tmp_path):
    from reportlint.errors import LoadError
    from reportlint.loaders import load

    (tmp_path / "rong.md").write_text("\n", encoding="utf-8")
    with pytest.raises(LoadError) as e:
        load(tmp_path / "rong.md")
    assert str(e.value).endswith("rong.md: empty file")
    assert e.value.message("vi").endswith("rong.md: tệp rỗng")
