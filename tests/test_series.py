"""Cross-report rules (rules/series.yaml) on monthly reports of one Sở: the facts of each
report (analysis/series.py), the findings across them (audit/series.py), and the rules
behaving as every other rule does (listed, selected, ignored, severity, --lang vi)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reportlint.analysis import series
from reportlint.analysis.outline import build
from reportlint.audit import audit
from reportlint.audit.series import check
from reportlint.cli import main
from reportlint.config import Config, load_config
from reportlint.loaders.text import from_text
from reportlint.ruleset import builtin_rules

DEFAULTS = load_config(None)


def monthly(month: int, year: int = 2020, *, revoked: int = 26, new: int = 95, total: int = 2126,
            accounts: int = 54, mailboxes: int = 7368, received: int = 12914, rate: str = "",
            signer: str = "Nguyễn Văn An", licences: int | None = None, mail: str | None = None) -> str:
    """A monthly report of the Sở TT&TT in the shape of the real ones (tests/corpus)."""
    nxt = month % 12 + 1
    licences = 20 + month if licences is None else licences
    mail = mail or (f"trong tháng cấp {show(accounts)} tài khoản cho người dùng nâng tổng số hộp thư điện tử "
                    f"công vụ (mail.travinh.gov.vn) cấp cho cán bộ công chức, viên chức là {show(mailboxes)}")
    return f"""UBND TỈNH TRÀ VINH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: {1400 + month}/BC-STTTT

Trà Vinh, ngày 28 tháng {month:02d} năm {year}

BÁO CÁO

Công tác thông tin và truyền thông tháng {month}/{year} và kế hoạch công tác tháng {nxt}/{year}

I. KẾT QUẢ CÔNG TÁC THÁNG {month}/{year}

1. Lĩnh vực ứng dụng công nghệ thông tin

- Chứng thư số chuyên dùng: trong tháng, thu hồi {show(revoked)} chứng thư số, cấp mới {show(new)} chứng thư số, nâng tổng số {show(total)} chứng thư số phục vụ ký số văn bản điện tử.

- Hệ thống thư điện tử công vụ: {mail}. Qua đó góp phần đẩy mạnh trao đổi văn bản điện tử.

- Hệ thống Cổng dịch vụ công của tỉnh: trong tháng hệ thống đã tiếp nhận {show(received)} hồ sơ{rate}.

2. Lĩnh vực xuất bản, in và phát hành

- Cấp {licences} Giấy phép xuất bản tài liệu không kinh doanh.

II. KẾ HOẠCH CÔNG TÁC THÁNG {nxt}/{year}

1. Tiếp tục triển khai các dự án ứng dụng công nghệ thông tin.

Trên đây là báo cáo công tác tháng {month}/{year} của Sở Thông tin và Truyền thông./.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

{signer}
"""


def show(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def facts(text: str, name: str) -> dict:
    return series.extract(build(from_text(text, name)))


def run(config: Config = DEFAULTS, **reports: str) -> list[dict]:
    return check({name: facts(text, name) for name, text in reports.items()}, lambda path: config)


def line_of(text: str, needle: str) -> tuple[int, int]:
    for i, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return i, line.index(needle) + 1
    raise AssertionError(needle)


SEPT = monthly(9, revoked=12, new=88, total=2057, accounts=61, mailboxes=7314, received=11480)
OCT = monthly(10)  # 2057 - 26 + 95 = 2126, 7314 + 54 = 7368: consistent with SEPT


def test_facts_of_a_report() -> None:
    f = facts(OCT, "t10.txt")
    assert f["body"] == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" and f["parent_body"] == "UBND TỈNH TRÀ VINH"
    assert f["period"] == ["month", 2020, 10] and f["year"] == 2020 and f["signer"] == "Nguyễn Văn An"
    by_key = {g["key"]: g for g in f["figures"]}
    total = by_key["total||chung thu so"]
    assert (total["value"], total["new"], total["revoked"], total["cumulative"]) == ("2126", "95", "26", True)
    assert by_key["flow|cap moi|chung thu so"]["value"] == "95"
    mail = next(g for g in f["figures"] if g["type"] == "total" and g["key"].startswith("total|hop thu"))
    assert mail["value"] == "7368" and mail["new"] == "54" and mail["revoked"] is None


def test_correct_series_gives_nothing() -> None:
    assert run(**{"2020/t09.txt": SEPT, "2020/t10.txt": OCT}) == []


def test_not_consecutive_or_other_body_not_compared() -> None:
    aug = monthly(8, new=95, total=1500)  # two months before OCT: not its previous report
    assert run(**{"t08.txt": aug, "t10.txt": OCT}) == []
    other = SEPT.replace("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "SỞ TƯ PHÁP", 1).replace("7.314", "9.999")
    assert run(**{"t09.txt": other, "t10.txt": OCT}) == []


def test_unchanged_count_of_new_items() -> None:
    sept = monthly(9, revoked=12, new=95, total=2057, accounts=61, mailboxes=7314, received=11480)
    found = run(**{"t09.txt": sept, "t10.txt": OCT})
    assert [d["rule"] for d in found] == ["series.unchanged-figure"]
    d = found[0]
    assert d["path"] == "t10.txt" and d["severity"] == "info" and d["category"] == "series"
    assert (d["line"], d["column"]) == line_of(OCT, "95 chứng thư số")
    assert "cấp mới 95 chứng thư số" in d["message"] and "t09.txt (2020-09)" in d["message"]
    assert d["evidence"].startswith("t09.txt:")


def test_small_counts_may_repeat() -> None:
    sept = monthly(9, revoked=12, new=88, total=2057, accounts=61, mailboxes=7314, received=11480, licences=4)
    octo = monthly(10, licences=4)  # "Cấp 4 Giấy phép" two months running: chance, not a copy
    assert run(**{"t09.txt": sept, "t10.txt": octo}) == []


def test_cumulative_total_decreased() -> None:
    def mail(n: int) -> str:
        return f"nâng tổng số hộp thư điện tử công vụ cấp cho cán bộ, công chức đến nay là {show(n)}"

    sept = monthly(9, revoked=12, new=88, total=2057, received=11480, mail=mail(7368))
    octo = monthly(10, mail=mail(7301))  # 7.368 last month, 7.301 now, no deletion reported
    nov = monthly(11, revoked=3, new=40, total=2163, received=13250, mail=mail(7301))
    found = run(**{"t09.txt": sept, "t10.txt": octo, "t11.txt": nov})
    assert [(d["rule"], d["path"]) for d in found] == [("series.total-decreased", "t10.txt")]
    d = found[0]
    assert d["severity"] == "warning" and (d["line"], d["column"]) == line_of(octo, "7.301")
    assert "7.368" in d["message"] and "7.301" in d["message"] and "t09.txt (2020-09)" in d["message"]


def test_total_may_fall_when_revocations_are_reported() -> None:
    octo = monthly(10, revoked=150, new=95, total=2002)  # 2.057 - 150 + 95 = 2.002
    assert run(**{"t09.txt": SEPT, "t10.txt": octo}) == []


def test_balance_mismatch() -> None:
    octo = monthly(10, total=2216)  # 2.057 - 26 + 95 = 2.126, not 2.216
    found = run(**{"t09.txt": SEPT, "t10.txt": octo})
    assert [d["rule"] for d in found] == ["series.balance-mismatch"]
    d = found[0]
    assert d["severity"] == "warning" and d["path"] == "t10.txt"
    assert (d["line"], d["column"]) == line_of(octo, "2.216")
    assert "2.057 + 95 − 26 = 2.126" in d["message"] and "t09.txt (2020-09)" in d["message"]
    assert d["suggestion"] == "2.126"


def test_balance_without_revocation_is_info() -> None:
    octo = monthly(10, mailboxes=7370)  # 7.314 + 54 = 7.368; no deletion is mentioned
    found = run(**{"t09.txt": SEPT, "t10.txt": octo})
    assert [(d["rule"], d["severity"]) for d in found] == [("series.balance-mismatch", "info")]
    assert "7.314 + 54 = 7.368" in found[0]["message"]


def test_growth_rate_against_previous_report() -> None:
    good = monthly(10, rate=", tăng 12,5% so với tháng trước")  # 11.480 -> 12.914 is +12,49%
    assert run(**{"t09.txt": SEPT, "t10.txt": good}) == []
    bad = monthly(10, rate=", tăng 21,5% so với tháng trước")
    found = run(**{"t09.txt": SEPT, "t10.txt": bad})
    assert [d["rule"] for d in found] == ["series.rate-mismatch"]
    d = found[0]
    assert d["severity"] == "warning" and (d["line"], d["column"]) == line_of(bad, "tăng 21,5%")
    assert "11.480" in d["message"] and "t09.txt (2020-09)" in d["message"] and "tăng 12,5%" in d["message"]


def test_growth_rate_against_same_month_last_year() -> None:
    last_year = monthly(10, 2019, revoked=5, new=60, total=900, accounts=20, mailboxes=5000, received=10000)
    good = monthly(10, rate=", tăng 29,14% so với cùng kỳ")  # 10.000 -> 12.914
    assert run(**{"t10-2019.txt": last_year, "t10.txt": good}) == []
    bad = monthly(10, rate=", tăng 12,5% so với cùng kỳ")
    found = run(**{"t10-2019.txt": last_year, "t10.txt": bad})
    assert [d["rule"] for d in found] == ["series.rate-mismatch"]
    assert "t10-2019.txt (2019-10)" in found[0]["message"] and found[0]["suggestion"] == "tăng 29,1%"


def test_signer_spelled_two_ways() -> None:
    nov = monthly(11, revoked=3, new=40, total=2163, accounts=10, mailboxes=7378, received=13000,
                  signer="Nguyễn Văn Ân")
    found = run(**{"t09.txt": SEPT, "t10.txt": OCT, "t11.txt": nov})
    assert [d["rule"] for d in found] == ["series.signer-spelling"]
    d = found[0]
    assert d["path"] == "t11.txt" and d["suggestion"] == "Nguyễn Văn An"
    assert (d["line"], d["column"]) == line_of(nov, "Nguyễn Văn Ân")
    assert "t09.txt (2020-09)" in d["message"]


def test_different_signers_are_not_a_spelling() -> None:
    nov = monthly(11, revoked=3, new=40, total=2163, accounts=10, mailboxes=7378, received=13000,
                  signer="Nguyễn Văn Anh")  # another deputy director
    assert run(**{"t10.txt": OCT, "t11.txt": nov}) == []


def test_two_reports_of_one_period_are_not_guessed_at() -> None:
    octo_draft = monthly(10, total=2216)
    assert run(**{"t09.txt": SEPT, "t10.txt": OCT, "t10-du-thao.txt": octo_draft}) == []


@pytest.mark.parametrize("title, period", [
    ("Công tác tháng 7 và kế hoạch công tác tháng 8/2019", ["month", 2019, 7]),
    ("Kết quả công tác tháng 12/2020 và kế hoạch tháng 01/2021", ["month", 2020, 12]),
    ("Kết quả công tác quý III/2020", ["quarter", 2020, 3]),
    ("Kết quả công tác 9 tháng đầu năm 2021 và kế hoạch 3 tháng cuối năm", None),
    ("Tổng kết công tác năm 2020 và phương hướng năm 2021", ["year", 2020, 0]),
])
def test_period_of_the_title(title: str, period) -> None:
    text = OCT.replace("Công tác thông tin và truyền thông tháng 10/2020 và kế hoạch công tác tháng 11/2020", title)
    assert facts(text, "a.txt")["period"] == period


def test_previous_period() -> None:
    assert series.previous(("month", 2021, 1)) == ("month", 2020, 12)
    assert series.previous(("quarter", 2021, 1)) == ("quarter", 2020, 4)
    assert series.previous(("month", 2021, 5), years=1) == ("month", 2020, 5)


def test_corpus_reports_alone_give_nothing() -> None:
    corpus = Path(__file__).parent / "corpus"
    from reportlint.loaders import load

    reports = {str(p): series.extract(build(load(p))) for p in sorted(corpus.glob("travinh-*"))}
    assert check(reports, lambda path: DEFAULTS) == []


# -- ordinary rules ---------------------------------------------------------------------------

SERIES_RULES = [r for r in builtin_rules() if r.category == "series"]


def test_the_five_series_rules_are_documented() -> None:
    assert [r.id for r in SERIES_RULES] == ["series.unchanged-figure", "series.total-decreased",
                                            "series.balance-mismatch", "series.rate-mismatch",
                                            "series.signer-spelling"]
    for r in SERIES_RULES:
        assert r.message and r.message_vi and r.summary and r.good and r.bad, r.id


@pytest.mark.parametrize("rule", SERIES_RULES, ids=lambda r: r.id)
def test_rule_examples_behave(rule) -> None:
    """A series rule's examples are small series ("=== name ===" between reports): the
    `bad` one is found (in English and Vietnamese, every placeholder filled), the `good` one is not."""
    def findings(example: str, lang: str = "en") -> list[dict]:
        cfg = Config(rules=builtin_rules(), select=[rule.id], lang=lang)
        reports = series.split_examples(example)
        assert len(reports) >= 2, example
        return check({n: facts(t, n) for n, t in reports.items()}, lambda path: cfg)

    assert findings(rule.good) == []
    for lang in ("en", "vi"):
        found = findings(rule.bad, lang)
        assert [d["rule"] for d in found] == [rule.id]
        assert "{" not in found[0]["message"], found[0]["message"]


def test_single_report_lint_skips_series_rules() -> None:
    from reportlint.api import lint_document

    cfg = DEFAULTS.replace(select=["series"])
    assert lint_document(from_text(OCT, "t10.txt"), cfg) == []


def test_series_rules_are_listed(capsys) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for r in SERIES_RULES:
        assert r.id in out
    assert main(["rules", "series.balance-mismatch"]) == 0
    out = capsys.readouterr().out
    assert "Incorrect" in out and "2.216" in out and "=== t10.txt ===" in out


def test_vietnamese_messages() -> None:
    octo = monthly(10, total=2216)
    found = run(DEFAULTS.replace(lang="vi"), **{"t09.txt": SEPT, "t10.txt": octo})
    assert [d["message"] for d in found] == [
        "Tổng số 2.216 không khớp với báo cáo kỳ trước t09.txt (2020-09): 2.057 + 95 − 26 = 2.126"]


def test_severity_lowered_only_by_its_declared_option() -> None:
    octo = monthly(10, mailboxes=7370)  # no deletion mentioned: lowered to the option's 'info'
    raised = DEFAULTS.replace(severity={"series": "error"})
    assert [d["severity"] for d in run(raised, **{"t09.txt": SEPT, "t10.txt": octo})] == ["info"]
    rules = [r._replace(options={**r.options, "unexplained": "warning"}) if r.id == "series.balance-mismatch" else r
             for r in DEFAULTS.rules]
    assert [d["severity"] for d in run(raised.replace(rules=rules), **{"t09.txt": SEPT, "t10.txt": octo})] \
        == ["warning"]


def test_unknown_check_of_a_series_kind_is_refused(tmp_path: Path, capsys) -> None:
    (tmp_path / "mine.yaml").write_text(
        "rules:\n  - {id: series.mine, kind: series_figures, options: {check: balanse}, severity: info, "
        "message: m}\n", encoding="utf-8")
    (tmp_path / ".reportlint.yaml").write_text("rules: [mine.yaml]\n", encoding="utf-8")
    assert main(["rules", "--config", str(tmp_path / ".reportlint.yaml")]) == 2
    assert "balanse" in capsys.readouterr().err


def archive(root: Path, config: str) -> Path:
    """Two monthly reports of one Sở whose October total does not follow from September's."""
    root.mkdir()
    (root / "t09.txt").write_text(SEPT, encoding="utf-8")
    (root / "t10.txt").write_text(monthly(10, total=2216), encoding="utf-8")
    (root / ".reportlint.yaml").write_text(config, encoding="utf-8")
    return root


def series_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT rule, severity, message FROM findings WHERE category = 'series'").fetchall()


@pytest.mark.parametrize("config, args, want", [
    ("{}", [], [("series.balance-mismatch", "warning")]),
    ("{}", ["--select", "duplicate"], []),
    ("{}", ["--select", "series.balance-mismatch"], [("series.balance-mismatch", "warning")]),
    ("{}", ["--ignore", "series"], []),
    ("{}", ["--ignore", "series.balance-mismatch"], []),
    ("severity: {series.balance-mismatch: error}", [], [("series.balance-mismatch", "error")]),
    ("select: [duplicate]", [], []),
    ("per-file-ignores: {'t10.txt': [series]}", [], []),
])
def test_audit_applies_selection_and_severity(tmp_path: Path, config: str, args: list[str], want: list) -> None:
    root = archive(tmp_path / "kho", config)
    db = tmp_path / "audit.sqlite"
    main(["audit", str(root), "--db", str(db), "-q", "--jobs", "1", *args])
    assert [(r, s) for r, s, _ in series_rows(db)] == want


def test_audit_in_vietnamese(tmp_path: Path) -> None:
    root = archive(tmp_path / "kho", "{}")
    db = tmp_path / "audit.sqlite"
    main(["audit", str(root), "--db", str(db), "-q", "--jobs", "1", "--lang", "vi"])
    assert [m for _, _, m in series_rows(db)] == [
        "Tổng số 2.216 không khớp với báo cáo kỳ trước t09.txt (2020-09): 2.057 + 95 − 26 = 2.126"]
    stats = audit([root], db, jobs=1)  # nothing changed but the language: the findings follow
    assert stats.series_findings == 1 and series_rows(db)[0][2].startswith("total 2.216 does not follow")
