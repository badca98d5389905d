"""The Python API: lint a string, a path or a Document; get diagnostics; render them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reportlint import api
from reportlint.config import load_config
from reportlint.model.diagnostic import Diagnostic
from reportlint.model.document import Document, Line
from reportlint.errors import LoadError

ROOT = Path(__file__).resolve().parent.parent

REPORT = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

1. Lĩnh vực bưu chính

- Ban hành các các văn bản chỉ đạo, điều hành về lĩnh vực bưu chính trên địa bàn tỉnh.

III. PHƯƠNG HƯỚNG
"""


@pytest.fixture(scope="module")
def config():
    """The built-in rules, restricted to the foundation's (stable while other rules are added)."""
    return load_config(None).replace(select=["duplicate", "structure"])


def test_lint_a_string(config):
    diags = api.lint_text(REPORT, config=config)
    assert [(d.line, d.column, d.rule, d.severity) for d in diags] == [
        (8, 12, "duplicate.word", "warning"), (10, 1, "structure.numbering-gap", "error")]
    d = diags[0]
    assert isinstance(d, Diagnostic) and d.path == "<string>" and d.section == "I › 1. Lĩnh vực bưu chính"
    assert d.message == "'các' is typed twice: 'các các'" and d.suggestion == "các"


def test_lint_a_string_in_vietnamese(config):
    diags = api.lint_text(REPORT, config=config, lang="vi")
    assert diags[0].message == "Từ 'các' bị gõ lặp: 'các các'"
    assert config.lang == "en"  # the caller's config is not changed


def test_lint_a_path(tmp_path, config):
    p = tmp_path / "bao-cao.md"
    p.write_text("# " + REPORT, encoding="utf-8")  # Markdown markup is stripped, positions kept
    diags = api.lint_path(p, config)
    assert [(d.path, d.line, d.column, d.rule) for d in diags][0] == (str(p), 8, 12, "duplicate.word")
    with pytest.raises(LoadError, match="no such file"):
        api.lint_path(tmp_path / "khong-co.md", config)


def test_lint_a_document(config):
    """A Document built by hand (e.g. from a database of paragraphs) is linted the same way."""
    lines = [Line(t, i) for i, t in enumerate(REPORT.splitlines(), 1)]
    doc = Document(path="csdl://bao-cao/42", format="txt", lines=lines, source=REPORT.splitlines())
    diags = api.lint_document(doc, config)
    assert [(d.path, d.line, d.rule) for d in diags] == [("csdl://bao-cao/42", 8, "duplicate.word"),
                                                          ("csdl://bao-cao/42", 10, "structure.numbering-gap")]


def test_check_file_never_raises(tmp_path, config):
    good = tmp_path / "a.txt"
    good.write_text(REPORT, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    ok, failed = api.check_file(good, config), api.check_file(bad, config)
    assert ok.error is None and len(ok.diagnostics) == 2 and ok.source[7].startswith("- Ban hành")
    assert failed.error == f"{bad}: empty file" and failed.diagnostics == []


def test_render_json_and_sarif(tmp_path, config):
    p = tmp_path / "a.txt"
    p.write_text(REPORT, encoding="utf-8")
    result = api.check_file(p, config)
    data = json.loads(api.render([result], "json"))
    assert data["summary"] == {"files": 1, "errors": 1, "warnings": 1, "info": 0, "failed": 0}
    sarif = json.loads(api.render([result], "sarif", rules=config.active_rules()))
    results = sarif["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("duplicate.word", "warning"), ("structure.numbering-gap", "error")]
    assert {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]} == {r.id for r in config.active_rules()}


def test_render_plain_diagnostics_to_a_stream(config):
    diags = api.lint_text(REPORT, path="bc.txt", config=config, lang="vi")
    out = io.StringIO()
    assert api.render(diags, "text", out, lang="vi") is None
    text = out.getvalue()
    assert "cảnh báo  duplicate.word  Từ 'các' bị gõ lặp" in text
    assert text.rstrip().endswith("1 lỗi, 1 cảnh báo, 0 lưu ý trong 1 báo cáo")
    lines = api.render(diags, "concise").splitlines()
    assert lines[0] == "bc.txt:8:12: warning duplicate.word Từ 'các' bị gõ lặp: 'các các'"
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        api.render(diags, "xml")


def test_lint_text_refuses_input_beyond_the_limits(config):
    with pytest.raises(LoadError, match="characters"):
        api.lint_text("- " + "x" * 200_000, config=config)


def test_top_level_exports():
    import reportlint

    assert reportlint.lint_text is api.lint_text and reportlint.lint_path is api.lint_path


def test_lint_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    from reportlint.api import lint_text

    assert gc.isenabled()
    lint_text("I. KẾT QUẢ\n- Ban hành các các văn bản.\n")
    assert gc.isenabled()
    gc.disable()
    try:
        lint_text("I. KẾT QUẢ\n- Ban hành các các văn bản.\n")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_a_linted_report_is_freed_at_once() -> None:
    # the collector is paused while a report is linted (api._NoCycleCollection): whatever a
    # lint builds must go with reference counting, or it waits for a collection and is walked
    # by it; a report rich in claims (parentheses, shares, the paragraph before) reads them all
    import gc

    from reportlint.api import lint_path

    reports = sorted((ROOT / "tests" / "corpus").glob("travinh-*")) + sorted((ROOT / "tests" / "claims" / "reports").glob("*.md"))
    assert len(reports) > 5
    for path in reports:
        lint_path(path)  # (first: the caches every later report shares)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for path in reports:
            assert lint_path(path) is not None
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []


def test_active_rules_follow_changes_to_the_config() -> None:
    from reportlint.config import load_config

    cfg = load_config(None)
    every = {r.id for r in cfg.active_rules("a.md")}
    assert "duplicate.word" in every
    cfg.ignore = cfg.ignore + ["duplicate"]
    assert {r.id for r in cfg.active_rules("a.md")} == {i for i in every if not i.startswith("duplicate.")}
    cfg.severity = {"typo": "error"}
    assert {r.severity for r in cfg.active_rules("a.md") if r.id.startswith("typo.")} == {"error"}
    cfg.rules = [r._replace(enabled=False) if r.id == "typo.confusion" else r for r in cfg.rules]
    assert "typo.confusion" not in {r.id for r in cfg.active_rules("a.md")}


def test_the_example_in_the_module_help_runs() -> None:
    import doctest

    result = doctest.testmod(api, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 4 and result.failed == 0


def test_help_shows_the_api_and_nothing_else() -> None:
    import pydoc

    page = pydoc.render_doc(api, renderer=pydoc.plaintext)
    assert set(api.__all__) <= set(dir(api))
    for stray in ("os", "gc", "io", "contextlib", "datetime"):
        assert not hasattr(api, stray), stray
    assert "lint_text(" in page and "class Overrides" in page and "_lint(" not in page


def test_overrides_are_laid_over_a_config_without_changing_it(config) -> None:
    import datetime

    over = api.Overrides(select=("duplicate",), ignore=("duplicate.line",), lang="vi", today=datetime.date(2020, 1, 2))
    cfg = over.apply(config)
    assert {r.id for r in cfg.active_rules()} == {"duplicate.word"} and cfg.lang == "vi"
    assert cfg.today == datetime.date(2020, 1, 2) and config.lang == "en" and config.today is None
    with pytest.raises(api.RuleError, match="unknown rule or category 'nosuch'"):
        api.Overrides(ignore=("nosuch",)).apply(config)


def test_a_changed_copy_of_a_config_keeps_every_other_setting() -> None:
    """Config.replace names the settings one by one: one added to __init__ must be added there too."""
    import inspect

    from reportlint.config import Config

    given = {name: object() for name in inspect.signature(Config).parameters}
    config = Config(**given)
    same = config.replace()
    assert same is not config and {name: getattr(same, name) for name in given} == given
    changed = config.replace(lang="vi")
    assert changed.lang == "vi" and config.lang is given["lang"] and changed.rules is given["rules"]
    with pytest.raises(TypeError):
        config.replace(langs="vi")
