"""The syllable lexicon, through its public functions: counts, pairs, slips, sizes, provenance."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from reportlint.text import lexicon

# (slip, meant): the slips of issue 19 that are one edit away from the right syllable
# ("nợ độn" for "nợ đọng" is two: a hat and a letter, so it is not here)
SLIPS = [
    (("triển", "kha"), ("triển", "khai")),
    (("nông", "thô"), ("nông", "thôn")),
    (("cải", "các"), ("cải", "cách")),
    (("giáo", "dụ"), ("giáo", "dục")),
    (("chín", "trị"), ("chính", "trị")),
    (("công", "tá"), ("công", "tác")),
    (("chấp", "hàn"), ("chấp", "hành")),
    (("tổng", "kế"), ("tổng", "kết")),
    (("dịch", "bện"), ("dịch", "bệnh")),
    (("tố", "các"), ("tố", "cáo")),
    (("điện", "tữ"), ("điện", "tử")),
    (("cảm", "nang"), ("cẩm", "nang")),
]


def test_frequent_words_are_known_and_frequent() -> None:
    for syl in ("của", "và", "các", "được", "công", "tác", "báo", "cáo", "thực", "hiện", "quản", "lý"):
        assert lexicon.known(syl), syl
        assert lexicon.unigram(syl) >= 10_000, syl
    assert lexicon.unigram("của") > lexicon.unigram("cẩm") > 0


def test_unknown_and_case() -> None:
    assert not lexicon.known("khoong")
    assert lexicon.unigram("khoong") == 0
    assert lexicon.unigram("Công") == lexicon.unigram("CÔNG") == lexicon.unigram("công")
    assert lexicon.bigram("Triển", "Khai") == lexicon.bigram("triển", "khai")


def test_bigrams() -> None:
    assert lexicon.bigram("triển", "khai") >= 1_000
    assert lexicon.bigram("triển", "kha") == 0
    assert lexicon.bigram("khai", "triển") < lexicon.bigram("triển", "khai")  # order matters
    assert lexicon.bigram("hồ", "sơ") > 10_000
    assert lexicon.bigram("không", "có-such") == 0


@pytest.mark.parametrize(("slip", "meant"), SLIPS)
def test_issue_slips_unseen_and_fixed_by_a_neighbour(slip: tuple[str, str], meant: tuple[str, str]) -> None:
    # unseen, or (a slip the source itself made, "tố các" 3 times) far rarer than the right pair
    assert lexicon.bigram(*slip) * 100 <= lexicon.bigram(*meant)
    assert lexicon.bigram(*meant) >= 5
    which = 0 if slip[0] != meant[0] else 1
    assert meant[which] in list(lexicon.neighbours(slip[which]))


def test_neighbours_of_kha() -> None:
    near = list(lexicon.neighbours("kha"))
    assert "khai" in near[:5]  # frequent, so near the front
    assert "kha" not in near
    assert all(lexicon.known(w) for w in near)
    counts = [lexicon.unigram(w) for w in near]
    assert counts == sorted(counts, reverse=True)


def test_neighbours_kinds_of_slip() -> None:
    assert "cẩm" in lexicon.neighbours("cảm")  # a hat
    assert "tư" in lexicon.neighbours("tu")  # a horn
    assert "đơn" in lexicon.neighbours("dơn")  # đ / d
    assert "khái" in lexicon.neighbours("khai")  # a tone
    assert "thôn" in lexicon.neighbours("thô")  # a letter added
    assert "các" in lexicon.neighbours("cách")  # a letter dropped
    assert "việt" in lexicon.neighbours("vieetj")  # Telex
    assert "được" in lexicon.neighbours("dduwowcj")
    assert "việt" in lexicon.neighbours("vie65t")  # VNI


def test_neighbours_skip_the_other_tone_placement() -> None:
    assert "hòa" not in lexicon.neighbours("hoà")
    assert "hoà" not in lexicon.neighbours("hòa")


def test_names_are_written_capitalised() -> None:
    # "Việt Nam", "Hà Nội": name syllables are mostly capitalised inside a phrase
    assert lexicon.capitalised("nam") > 1_000
    assert lexicon.capitalised("của") < lexicon.unigram("của") // 100


def test_a_name_is_never_a_suggestion() -> None:
    # "Nam" (Việt Nam) is written capitalised in most of its uses and seldom in lower case: a
    # neighbour of "lam", never offered for it; "tòa" ("Tòa án" 7,896 times, "tòa nhà" and
    # the like 3,580) is a word too, offered for "trà"
    lex = lexicon.load()
    near, offered = list(lex.neighbours("lam")), lex.suggestable_neighbours("lam")
    assert "nam" in near and "nam" not in offered
    assert list(offered) == [w for w in near if 2 * lex.capitalised(w) < lex.unigram(w)
                             or lex.unigram(w) - lex.capitalised(w) >= 1000]
    assert "tòa" in lex.suggestable_neighbours("trà")
    assert "khai" in lex.suggestable_neighbours("kha")
    # only the neighbours seen often enough to make a pair seen 10 times
    common = lex.suggestable_neighbours("lam", seen=10)
    assert list(common) == [w for w in offered if lex.unigram(w) >= 10] and len(common) < len(offered)


def test_no_pair_is_commoner_than_its_words() -> None:
    # what suggestable_neighbours(seen=...) relies on: a rule needing a pair seen n times
    # can pass over a neighbour seen fewer than n times
    lex = lexicon.load()
    for a in ("của", "tỉnh", "năm", "triển", "kỷ", "kỉ"):
        for b in lex:
            c = lex.bigram(a, b)
            assert c <= lex.unigram(a) and c <= lex.unigram(b)


def test_a_word_that_ends_runs() -> None:
    # 'năm' ends a phrase ('trong năm.', 'năm 2025') more often than it starts a pair
    lex = lexicon.load()
    assert lex.ends("năm") > lex.unigram("năm") // 3
    assert lex.ends("của") < lex.unigram("của") // 100
    assert lex.ends("năm") == lex.ends("năm")  # the second answer, remembered, is the same
    assert lex.ends("xyzq") == 0


def test_sizes_and_provenance() -> None:
    lex = lexicon.load()
    assert lexicon.load() is lex  # read once
    assert lexicon.data_path().stat().st_size <= 5 * 1024 * 1024
    assert lexicon.total_unigrams() >= 10_000_000
    assert 3_000 <= len(lex) <= 65_535
    source = lex.header["source"]
    assert source["repo"] == "github:diepxuan/diepxuan.github.io"
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"])
    assert "Điều 15" in source["licence"]


def test_the_shipped_neighbour_table_is_what_the_slip_rules_give(tmp_path) -> None:
    # the data file stores each syllable's neighbours, worked out by Lexicon's own search;
    # a change to the slip rules must come with `tools/build_lexicon.py --refresh`
    copy = tmp_path / "lexicon.bin"
    copy.write_bytes(lexicon.data_path().read_bytes())
    tool = Path(__file__).resolve().parent.parent / "tools" / "build_lexicon.py"
    subprocess.run([sys.executable, str(tool), "--refresh", "-o", str(copy)], check=True)
    assert copy.read_bytes() == lexicon.data_path().read_bytes(), \
        "the neighbour table is stale: run python tools/build_lexicon.py --refresh"


def test_a_file_without_the_table_finds_the_same_neighbours() -> None:
    shipped = lexicon.data_path().read_bytes()
    table = lexicon.load().neighbour_table()
    bare = lexicon.Lexicon(shipped[:len(shipped) - sum(4 + len(t) for t in table)])
    for syl in ("kha", "tỉnh", "hòa", "hoà", "kỉ", "kỷ", "ngưng", "vieetj", "tuy"):
        assert list(bare.neighbours(syl)) == list(lexicon.neighbours(syl)), syl


def test_syllables_the_validator_must_accept_are_in_the_lexicon() -> None:
    # issue 19: real syllables after "qu" that the rule-based validator rejects
    assert lexicon.unigram("quên") >= 50


def test_both_tone_styles_share_one_count() -> None:
    assert lexicon.unigram("hoà") == lexicon.unigram("hòa") > 1_000
    assert lexicon.bigram("hoà", "bình") == lexicon.bigram("hòa", "bình") > 0
    assert lexicon.unigram("thuỷ") == lexicon.unigram("thủy") > 0
    assert lexicon.canonical("Khoẻ") == "khỏe"
    assert lexicon.canonical("quả") == "quả"  # after qu the mark stays on a


def test_every_key_is_looked_up_as_written() -> None:
    # a word written as a key is looked up without working out its key: each key must be its
    # own canonical form, and a word in any other case or style must find the same row
    lex = lexicon.load()
    assert all(lexicon.canonical(w) == w for w in lex)
    assert lex.unigram("Hoà") == lex.unigram("HÒA") == lex.unigram("hòa") > 1_000
    assert lex.bigram("Triển", "KHAI") == lex.bigram("triển", "khai") > 100
    assert lex.capitalised("Vinh") == lex.capitalised("vinh") > 0
    assert "Hoà" in lex and lex.known("THỦY") and not lex.known("khaii")


def test_i_and_y_after_an_initial_share_one_count() -> None:
    # laws write "kỷ niệm", "lý do"; many reports "kỉ niệm", "lí do": one word either way
    assert lexicon.bigram("kỉ", "niệm") == lexicon.bigram("kỷ", "niệm") > 50
    assert lexicon.unigram("lí") == lexicon.unigram("lý") > 1_000
    assert lexicon.known("quí") and lexicon.known("mĩ")
    assert "kỷ" not in list(lexicon.neighbours("kỉ"))  # the other spelling is no slip
    # but not where the letters are not one sound: after a vowel, or the "gi" of "gì"
    assert lexicon.spellings("tuy") == ("tuy",)
    assert lexicon.spellings("gì") == ("gì",)
    assert lexicon.spellings("ý") == ("ý",)


def test_the_build_folds_tone_styles_like_the_lookup() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "build_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_lexicon", path)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    words = ["hoà", "hòa", "thuỷ", "khoẻ", "quả", "quỳ", "uỷ", "hoài", "toán", "khuỳnh", "tuý", "a", "việt"]
    assert [build.canonical(w) for w in words] == [lexicon.canonical(w) for w in words]


def _frequent_vietnamese_syllables(min_count: int = 50) -> list[str]:
    """Lexicon syllables seen `min_count` times or more that are spelt with a Vietnamese
    letter outside ASCII and a vowel: acronyms ("UBND", "đvqhns") and loanwords are not."""
    lex = lexicon.load()
    vowels = set("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
    return [w for w in lex if lex.unigram(w) >= min_count and not w.isascii() and vowels & set(w)]


def test_the_validator_accepts_every_frequent_lexicon_syllable() -> None:
    from reportlint.text import vietnamese

    rejected = [w for w in _frequent_vietnamese_syllables() if not vietnamese.is_valid(w)]
    assert rejected == []


def test_a_report_spelling_i_for_y_is_not_a_slip() -> None:
    from reportlint.api import lint_text

    text = ("Tổ chức các hoạt động kỉ niệm 96 năm Ngày Báo chí cách mạng Việt Nam.\n"
            "Nâng cao trình độ kĩ thuật cho cán bộ; nêu rõ lí do chậm tiến độ.\n")
    assert [d for d in lint_text(text) if d.rule.startswith("typo.")] == []


def test_the_sources_own_slips_are_not_counted():
    # the laws wrote 'tập trúng' twice and 'hộ trợ' three times, beside 'tập trung' 2,144 and 'hỗ trợ' 11,442 times
    assert lexicon.bigram("tập", "trúng") == lexicon.bigram("hộ", "trợ") == lexicon.bigram("triển", "khi") == 0
    # a rare pair beside a commoner sequence that is no compound stays counted ('tiêm đủ liều', 'đủ điều kiện')
    assert lexicon.bigram("đủ", "liều") > 0 and lexicon.bigram("khám", "có") > 0
