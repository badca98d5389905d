"""The syllable model: validity, tone placement, keyboard leftovers, and properties."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reportlint.text import vietnamese as vn
from reportlint.text.letters import accented_share, fold, is_unaccented, marked_letters, spaced_letters

CORPUS = Path(__file__).parent / "corpus"

VALID = ("báo cáo kết quả công tác tháng thông tin truyền thông Trà Vinh Cầu Kè nghiêng nghiệp người được "
         "giữ gìn gì già giếng quốc quý quyết quyển khuya khuỷu xoong boong thuở hoạch ngoằn huỳnh huỵch "
         "uống yêu yến oái ưu rượu ngoéo nguyễn kỹ kĩ lý lí mỹ tuýp quýt giữa gửi ghế nghe kìa kẻ ký "
         "toàn khoảng hòa hoà thủy thuỷ khỏe khoẻ thuế huế ủy uỷ ổn ấp ắt ở ích uống").split()


@pytest.mark.parametrize("word", VALID)
def test_real_syllables_are_valid(word):
    assert vn.validate(word.lower()).ok, vn.validate(word.lower()).reason


@pytest.mark.parametrize("word,reason,suggestion", [
    ("nghành", "'ngh' is written only before", "ngành"),
    ("ghà", "'gh' is written only before", "gà"),
    ("kà", "'k' is written only before", "cà"),
    ("nge", "'ng' is never written before", "nghe"),
    ("gế", "'g' is never written before", "ghế"),
    ("cảp", "takes only the sắc or nặng tone", None),
    ("tôt", "takes only the sắc or nặng tone", None),
    ("thàch", "takes only the sắc or nặng tone", None),
    ("ochn", "is not a Vietnamese rhyme", None),
    ("thuong", "is not a Vietnamese rhyme", None),
    ("iêu", "is not a Vietnamese rhyme", None),
    ("dduwowcj", "does not use", None),
])
def test_impossible_syllables_say_why(word, reason, suggestion):
    v = vn.validate(word)
    assert not v.ok
    assert reason in v.reason
    assert v.suggestion == suggestion


@pytest.mark.parametrize("wrong,right", [
    ("tòan", "toàn"), ("khỏang", "khoảng"), ("qúy", "quý"), ("gìa", "già"), ("lòai", "loài"),
    ("hòan", "hoàn"), ("múôn", "muốn"), ("ngừơi", "người"), ("thúê", "thuế"), ("gíup", "giúp"),
])
def test_misplaced_marks(wrong, right):
    assert vn.misplaced(wrong) == right


@pytest.mark.parametrize("word,style", [("hòa", "old"), ("hoà", "new"), ("thủy", "old"), ("thuỷ", "new"),
                                        ("khỏe", "old"), ("khoẻ", "new"), ("toàn", None), ("quý", None), ("mía", None)])
def test_both_styles_are_right(word, style):
    assert vn.misplaced(word) is None
    assert vn.tone_style(word) == style


def test_restyle_moves_the_mark_between_styles():
    assert vn.restyle("hòa", "new") == "hoà"
    assert vn.restyle("thuỷ", "old") == "thủy"
    assert vn.restyle("toàn", "old") == "toàn"


@pytest.mark.parametrize("token,reading", [("dduwowcj", "được"), ("thanhf", "thành"), ("trongj", "trọng"),
                                           ("vieejt", "việt"), ("tieengs", "tiếng")])
def test_telex_leftovers_are_read(token, reading):
    assert vn.telex_decode(token) == reading


@pytest.mark.parametrize("token", ["now", "book", "moon", "bus", "internet", "online", "router", "email", "zoom",
                                   "facebook", "server", "windows", "water", "Khmer", "audio", "video", "camera"])
def test_english_words_are_not_read_as_telex(token):
    assert vn.telex_decode(token) is None


@pytest.mark.parametrize("token,reading", [("tie61ng", "tiếng"), ("d9u7o7c5", "được"), ("vie65t", "việt")])
def test_vni_leftovers_are_read(token, reading):
    assert vn.vni_decode(token) == reading


@pytest.mark.parametrize("token", ["H1N1", "A1", "Covid19", "IPv6", "mp3", "Office365", "B2"])
def test_codes_are_not_read_as_vni(token):
    assert vn.vni_decode(token) is None


def _syllables(path: Path) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("name", ["travinh-2020-10-monthly.md", "travinh-2019-07-monthly.txt"])
def test_every_accented_corpus_syllable_is_valid(name):
    """Every distinct syllable with diacritics in the accented reports passes (acronyms aside)."""
    words = {w for w in _syllables(CORPUS / name) if vn.has_vietnamese_mark(w)}
    acronyms = {"nđ", "qđ", "ttđt", "bgđ", "cqđt", "đ"}  # NĐ-CP, QĐ, TTĐT ... written in capitals
    assert len(words) > 300
    bad = sorted(w for w in words - acronyms if not vn.is_valid(w) or vn.misplaced(w))
    assert bad == []


def test_ocr_report_is_the_exception():
    """The OCR report's garbled syllables are why spelling checks skip unaccented text."""
    words = {w for w in _syllables(CORPUS / "travinh-2021-9months-ocr.txt") if vn.has_vietnamese_mark(w)}
    assert any(not vn.is_valid(w) for w in words)


# --- properties ---------------------------------------------------------------------------

FRONT = "ieêy"


def _allowed(initial: str, rhyme: str) -> bool:
    """The combination rules, restated: the test's own statement of the spelling system."""
    if initial == "qu":
        return rhyme in vn.QU_RHYMES
    if rhyme not in vn.RHYMES:
        return False
    if initial in ("k", "gh", "ngh"):
        return rhyme[0] in ("ieêy" if initial == "k" else "ieê")
    if initial in ("c", "g", "ng"):
        return rhyme[0] not in FRONT and not (initial == "c" and rhyme[:2] in ("oa", "oă", "oe", "uâ", "uê", "uy", "uơ"))
    if initial == "gi":
        return rhyme[0] not in "i"
    if initial == "":
        return not rhyme.startswith("iê")
    return True


PARTS = [(i, r) for i in vn.INITIALS + ("",) for r in sorted(vn.RHYMES | vn.QU_RHYMES) if _allowed(i, r)]


@st.composite
def built(draw):
    initial, rhyme = draw(st.sampled_from(PARTS))
    stop = rhyme.endswith(("p", "t", "c", "ch"))
    tone = draw(st.sampled_from((2, 5) if stop else (0, 1, 2, 3, 4, 5)))
    return initial, rhyme, tone


@settings(max_examples=400, deadline=None)
@given(built())
def test_built_from_valid_parts_is_valid(parts):
    initial, rhyme, tone = parts
    word = vn.compose(initial + rhyme, tone)
    assert word is not None
    assert vn.validate(word).ok, (word, vn.validate(word).reason)
    assert vn.misplaced(word) is None
    base, got_tone, _ = vn.split_tone(word)
    assert (base, got_tone) == (initial + rhyme, tone)


@settings(max_examples=300, deadline=None)
@given(built(), st.sampled_from((1, 3, 4)))
def test_stop_final_with_a_wrong_tone_is_rejected(parts, bad_tone):
    initial, rhyme, _ = parts
    if not rhyme.endswith(("p", "t", "c", "ch")):
        rhyme = rhyme.rstrip("mnguoiy") or "a"
        rhyme = rhyme + "t" if rhyme + "t" in vn.RHYMES else "at"
        if not _allowed(initial, rhyme):
            initial = "t"
    word = vn.compose(initial + rhyme, bad_tone)
    assert word is not None and not vn.validate(word).ok


@settings(max_examples=300, deadline=None)
@given(built(), st.sampled_from(("\u0301", "\u0300", "\u0323")))
def test_a_second_tone_mark_is_rejected(parts, mark):
    import unicodedata

    initial, rhyme, tone = parts
    word = vn.compose(initial + rhyme, tone or 2)
    broken = unicodedata.normalize("NFC", word[:-1] + unicodedata.normalize("NFD", word[-1])[0] + mark) \
        if word[-1] in "aeiouyăâêôơư" else word + "á"
    assert not vn.validate(broken).ok


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([r for r in vn.RHYMES if r[0] not in FRONT]), st.sampled_from(("k", "gh", "ngh")))
def test_k_gh_ngh_before_a_back_vowel_are_rejected(rhyme, initial):
    assert not vn.validate(initial + rhyme).ok


@settings(max_examples=200, deadline=None)
@given(built(), st.sampled_from("fjwzq"))
def test_a_foreign_final_letter_is_rejected(parts, letter):
    initial, rhyme, tone = parts
    assert not vn.validate((vn.compose(initial + rhyme, tone) or "") + letter).ok


# --- folding and letters (reportlint.text.letters) --------------------------------------------

VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"


@pytest.mark.parametrize("letter", VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper())
def test_fold_gives_every_vietnamese_letter_its_base_letter(letter):
    base = "d" if letter in "đĐ" else unicodedata.normalize("NFD", letter.lower())[0]
    assert fold(letter) == base
    assert fold(f"Số {letter} – “x” … 5%") == f"so {base} – “x” … 5%"  # symbols kept, length kept


def test_fold_reads_decomposed_text_and_look_alikes():
    assert fold(unicodedata.normalize("NFD", "Nơi nhận: Việt Nam")) == "noi nhan: viet nam"
    assert fold("ÐỒNG Ý €") == "dong y €"  # U+00D0 for Đ; a symbol outside the common ones


def test_spaced_and_marked_letters_keep_offsets():
    text = "Số 1768/BC, email a@b.vn: 57,33%"
    assert spaced_letters(text) == "Số      BC  email a b vn        "
    assert marked_letters(text) == "Số \x01\x01\x01\x01|BC| email a\x01b|vn| \x01\x01|\x01\x01|"
    assert len(marked_letters("Ωμέγα ١٢٣ x")) == len("Ωμέγα ١٢٣ x")


def test_accented_share_tells_ocr_text_from_vietnamese():
    vietnamese = "Trong 9 tháng đầu năm, Sở đã tiếp nhận và giải quyết hồ sơ đúng hạn cho người dân. " * 3
    ocr = "Trong 9 thang dau nam, So da tiep nhan va giai quyet ho so dung han cho nguoi dan. " * 3
    assert accented_share(vietnamese) > 0.5 > accented_share(ocr)
    assert is_unaccented(ocr) and not is_unaccented(vietnamese)
    assert accented_share("quá ít chữ") == 1.0  # too little text to tell


def test_rhymes_that_exist_only_after_qu_are_syllables() -> None:
    """Issue 19: 'không quên nhiệm vụ' was flagged 'not a Vietnamese syllable'."""
    from reportlint.api import lint_text

    text = "BÁO CÁO\n\n- Cán bộ không quên nhiệm vụ; quết sơn, quệt vữa, quắp lại, quều quào.\n"
    assert [d for d in lint_text(text, "r.md", markdown=True) if d.rule == "typo.syllable"] == []
    for word in ("quên", "quết", "quệt", "quều", "quấc", "quắp"):
        assert vn.is_valid(word), word
    assert not vn.is_valid("quôn") and not vn.is_valid("qưa")


def _syllable(text: str) -> list[tuple[str, str, str | None]]:
    from reportlint.api import lint_text

    return [(text[d.column - 1:d.end_column - 1], d.severity, d.suggestion)
            for d in lint_text(text) if d.rule == "typo.syllable"]


@pytest.mark.parametrize("text, word, meant", [
    ("Toàn huyện gieo cấy vụ Đơng Xuân được 12.400 ha lúa.", "Đơng", "Đông"),
    ("Cơng tác phòng, chống thiên tai được chuẩn bị từ đầu mùa mưa.", "Cơng", "Công"),
])
def test_a_damaged_capitalised_word_is_a_warning_like_a_lower_case_one(text, word, meant):
    """Issue 19: 'Đơng', 'Cơng' were only info because capitalised; another hat makes them common words."""
    assert _syllable(text) == [(word, "warning", meant)]


@pytest.mark.parametrize("text", [
    "Đồng bào Khmer đón Tết Chôl Chnăm Thmây an toàn, tiết kiệm.",  # no hat makes them Vietnamese
    "Đoàn công tác của tỉnh làm việc với huyện Krông Búk, tỉnh Đăk Lăk.",
    "Sở phối hợp với VNPT, Viettel và FPT nâng cấp phần mềm iGate, eOffice.",  # acronyms, products
    "Chuyên gia John Smith và bà Maria trao đổi kinh nghiệm với Sở Nông nghiệp.",  # foreign names
])
def test_names_acronyms_and_foreign_words_stay_quiet(text):
    assert all(sev == "info" for _, sev, _ in _syllable(text))


def test_a_capitalised_spelling_the_document_repeats_is_its_own_name_unless_the_document_is_damaged():
    named = "Hợp tác xã Đơng Hưng giao 50 tấn lúa. Hợp tác xã Đơng Hưng được khen thưởng."
    assert [sev for _, sev, _ in _syllable(named)] == ["info", "info"]
    damaged = named + " Cơng tác thu mua được bảo đảm, cơng nhân đủ việc làm."
    assert {sev for w, sev, _ in _syllable(damaged) if w == "Đơng"} == {"warning"}


_LOWER_LETTERS = "abcdđeghiklmnopqrstuvxyăâêôơư" + "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ" \
    + "ằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự"


@given(st.text(alphabet=_LOWER_LETTERS, min_size=1, max_size=8))
def test_the_lookup_key_is_the_old_style(word: str) -> None:
    # spelling.canon skips the parse for words that cannot change: it must agree with restyle
    from reportlint.analysis import spelling

    assert spelling.canon(word) == vn.restyle(word, "old")


def test_the_lookup_key_of_every_open_oa_oe_uy() -> None:
    from reportlint.analysis import spelling

    for initial in ("", "h", "kh", "th", "qu", "gi", "ng"):
        for first in "oòóỏõọôuùúủũụư":
            for second in "aàáảãạăeèéẻẽẹêyỳýỷỹỵi":
                word = initial + first + second
                assert spelling.canon(word) == vn.restyle(word, "old"), word


# --- a paragraph's words and runs -------------------------------------------------------------

_PIECES = st.sampled_from(["Sở", "tiếp", "nhận", "hồ", "sơ", "ĐẠT", "x", " ", " ", "  ", "   ", ",", ".", "(", ")", "/",
                           "–", "|", "12.914", "3", "a@b.vn", "bao-cao.docx", "https://x.vn", "www.", "\t", "\u00a0", "_", "²"])


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("SởSởtiếp3\xa012.914 Sở   SởSởxx ")  # a no-break space ended a chunk but did not start one: overlapping chunks, an empty word
def test_runs_are_the_words_with_only_one_or_two_spaces_between(text: str) -> None:
    """Words.run_bounds groups the words of tokenize where the text between two is one or two
    spaces; everything else (punctuation, a number, a code, a wide gap) ends a run. A word a
    hyphen joins to a letter ('bao-cao', 'Ma-lai-xi-a') is a piece of a foreign word: the run
    leaves it out at its start or end; breaks() still say where the runs end."""
    from reportlint.analysis.spelling import Words, tokenize

    toks = tokenize(text)
    ws = Words(text)
    assert ws.words == [t[2] for t in toks]
    runs = [ws.words[a:b] for a, b in ws.run_bounds()]
    groups: list[list[int]] = []
    for k, (s, _, w, _) in enumerate(toks):
        gap = text[toks[k - 1][1]:s] if k else None
        if gap is not None and len(gap) <= 2 and gap.isspace():
            groups[-1].append(k)
        else:
            groups.append([k])

    def hyphen(i: int, j: int) -> bool:  # text[i] a hyphen and text[j] a letter
        return 0 <= j < len(text) and text[i] == "-" and text[j].isalpha()

    expected = []
    for g in groups:
        if toks[g[0]][0] > 1 and hyphen(toks[g[0]][0] - 1, toks[g[0]][0] - 2):
            g = g[1:]
        if len(g) > 1 and toks[g[-1]][1] < len(text) and hyphen(toks[g[-1]][1], toks[g[-1]][1] + 1):
            g = g[:-1]
        expected.append([toks[k][2] for k in g])
    assert runs == expected
    assert ws.breaks() == [g[-1] for g in groups[:-1]]
