#!/usr/bin/env python3
"""Build reportlint's syllable lexicon (unigram and bigram counts) from public-domain text.

Usage::

    python tools/build_lexicon.py /work/.mirror/diepxuan+diepxuan.github.io/repo \
        -o reportlint/data/lexicon.bin

(``--stats FILE`` also writes the header with every filter's count as JSON; the figures
in reportlint/data/LEXICON.md come from it. Any clone works: ``git clone --bare
https://github.com/diepxuan/diepxuan.github.io``.)

The argument is a *bare* git directory of ``github:diepxuan/diepxuan.github.io`` (MIT
licence): the script reads ``van-ban/**/*.md`` at one commit (``--rev``, default HEAD) with
``git cat-file`` only, so no work tree is needed and the output names the exact commit.
Official legal texts are not protected by copyright (Luật Sở hữu trí tuệ, Điều 15).

What is counted, and what is left out so that it does not bias the counts:

* only official documents: the codification, and documents copied from PDFs whose text
  layer is sound (≤ 1 damaged word + 1 per 1000; worse layers also misspell whole words,
  "sử đụng"); the repository's own notes are no document;
* only the text of the documents: YAML front matter, fenced code, and the repository's
  own editorial sections (summaries, "THÔNG TIN VĂN BẢN" tables, lists of articles,
  method notes, references) are skipped; so are whole files made by OCR (they say so);
* citation lines of the codification, "(Điều 2 Luật số …, có hiệu lực thi hành kể từ
  ngày …)" and "(Điều này có nội dung liên quan đến Điều …)", which repeat tens of
  thousands of times;
* every line seen before (exact repeats, after NFC and whitespace folding);
* signature-stamp lines of signed PDFs ("Ký bởi:", "Thời gian ký:", "Email:" ...);
* Markdown and HTML markup, URLs, e-mail addresses, anything inside backticks;
* words holding a digit ("QH13", "45.4.NĐ.1.1"), and numbers;
* lines without diacritics (4 syllables or more, under 30 % of them with a Vietnamese
  letter outside ASCII), and tokens with a letter that is neither Vietnamese nor ASCII;
* point letters at the start of a line ("a) ", "đ) "), and words with a Vietnamese letter
  ending in p t c ch without sắc or nặng ("câp", "kêt": a PDF layer that lost the mark);
* glued words: tokens with two tone marks or two vowel groups and a Vietnamese letter
  ("vàcác", "đểthực"), and tokens longer than any syllable (8 letters or more) that are
  no syllable either — PDF extraction glues words like that.

Text is NFC; the look-alike "Ð"/"ð" (U+00D0/U+00F0) is read as "Đ"/"đ". A syllable is a
maximal run of letters; counts are of the lower-cased syllable, its mark in the old style
("hoà" counts as "hòa"). A bigram is two syllables separated by white space only:
punctuation, a number or a dropped token ends the run, so "đăng ký, lưu hành" gives no
pair "ký lưu". Each syllable also counts how often it was
written capitalised inside a run (not first in it): that marks names ("Trà Vinh").

Output format (read by ``reportlint/lexicon.py`` with the standard library only):
``MAGIC`` then length-prefixed parts (uint32 length, then the bytes), all little-endian,
not compressed (zlib would halve the file but cost more than the rest of the load):
a JSON header (provenance and counts); the syllables joined by "\\n", most frequent first
(a syllable's id is its rank); three uint32 arrays, unigram counts, capitalised counts and
bigram row offsets (n + 1, CSR by first syllable); the bigrams' second syllable ids
(uint16, sorted in each row); their counts (uint16, 65535 means "see the overflow"); the
overflow (uint32 pairs: bigram index, count); then the edit index of `neighbours()`: the
toneless bases joined by "\n", each word's tone (uint8), the words of each base (CSR:
uint32 offsets, uint16 word ids), the bases with one letter dropped joined by "\n", and
for each the bases it comes from (CSR: uint32 offsets, uint32 position << 16 | base id);
last, each syllable's neighbours as `neighbours()` finds them (CSR: uint32 offsets, uint16
word ids, most frequent first), so that a run looks them up instead of searching the edit
index (``--refresh`` works that table out again for an existing file).
"""

from __future__ import annotations

import argparse
import array
import json
import re
import struct
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator

MAGIC = b"RLLEX2\n"
FORMAT_VERSION = 2
SOURCE_REPO = "github:diepxuan/diepxuan.github.io"
MAX_SYLLABLE_LEN = 7  # "nghiêng", "khuyếch": no Vietnamese syllable has more letters

# --- Vietnamese letters (kept here so the build does not depend on the package layout) --

_VOWELS = "aăâeêioôơuưy"
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _letter_tables() -> tuple[dict[str, str], dict[str, int]]:
    base_of: dict[str, str] = {}
    tone_of: dict[str, int] = {}
    for v in _VOWELS:
        for t, mark in enumerate(("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")):
            ch = unicodedata.normalize("NFC", v + mark)
            base_of[ch] = v
            tone_of[ch] = t
    return base_of, tone_of


_BASE_OF, _TONE_OF = _letter_tables()
_JOIN = {(_BASE_OF[c], _TONE_OF[c]): c for c in _BASE_OF}


def canonical(low: str) -> str:
    """Old-style tone placement ("hoà" -> "hòa"), so both styles share one count.

    The same function as ``reportlint.text.lexicon.canonical`` (a test holds them equal); copied
    so that the build does not depend on where the package puts its modules.
    """
    tone = _TONE_OF.get(low[-1:], 0)
    if tone and len(low) >= 2 and low[-2] + _BASE_OF[low[-1]] in ("oa", "oe", "uy") \
            and not low[:-2].endswith("q"):
        return low[:-2] + _JOIN[(low[-2], tone)] + _BASE_OF[low[-1]]
    return low
_VI_LETTERS = frozenset(_BASE_OF) | frozenset("bcdđghklmnpqrstvx")
_ASCII_ONLY_FOREIGN = frozenset("fjwz")


_VOWEL_GROUP = re.compile("[%s]+" % "".join(_BASE_OF))
_GI_QU = re.compile("(gi|qu)[%s]+[^%s]*" % (_VOWELS, _VOWELS))
_PIECES = re.compile(r"([^\W\d_]+)")


@lru_cache(maxsize=None)
def _foreign(tok: str) -> bool:
    """A letter neither Vietnamese nor ASCII ("ˆ", "ï", Cyrillic): damaged or foreign script."""
    return any(not ch.isascii() and ch not in _VI_LETTERS for ch in tok)


_STOP_FINAL = re.compile(r"(p|t|c|ch)$")


def _lost_mark(tok: str) -> bool:
    """A Vietnamese-lettered word ending in p t c ch without sắc or nặng ("câp", "kêt",
    "quyêt"): impossible in Vietnamese, it is a PDF text layer that lost the tone mark.
    ASCII words are spared: "slot", "chip", "robot" are loanwords."""
    if tok.isascii() or not _STOP_FINAL.search(tok):
        return False
    return max((_TONE_OF.get(ch, 0) for ch in tok), default=0) not in (2, 5)


def _glued(tok: str) -> bool:
    """A token that cannot be one syllable: glued by PDF extraction, or damaged.

    Structural tests only (no rhyme table), so that the lexicon can still check the
    rule-based validator: two tone marks, or two vowel groups in a word with a Vietnamese
    letter, or more letters than any syllable has.
    """
    if sum(1 for ch in tok if _TONE_OF.get(ch, 0)) > 1:
        return True
    vi_marked = any(ch in _VI_LETTERS and not ch.isascii() for ch in tok)
    if vi_marked and len(_VOWEL_GROUP.findall(tok)) > 1:
        # 'gi' and 'qu' lend a vowel letter to the initial: "giữ", "quyết" are one group
        base = "".join(_BASE_OF.get(ch, ch) for ch in tok)
        if not _GI_QU.fullmatch(base):
            return True
    return len(tok) > MAX_SYLLABLE_LEN


# --- reading the source -------------------------------------------------------------------


def list_files(git_dir: Path, rev: str, prefix: str) -> tuple[str, list[tuple[str, str]]]:
    commit = subprocess.run(["git", "--git-dir", str(git_dir), "rev-parse", rev + "^{commit}"],
                            check=True, capture_output=True, text=True).stdout.strip()
    out = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", commit, "--", prefix],
                         check=True, capture_output=True).stdout.decode("utf-8")
    files: list[tuple[str, str]] = []
    for entry in out.split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        _mode, kind, sha = meta.split()
        if kind == "blob" and path.endswith(".md"):
            files.append((path, sha))
    return commit, sorted(files)


def read_blobs(git_dir: Path, shas: list[str]) -> dict[str, bytes | None]:
    """Blob contents by sha via one `git cat-file --batch`; None for a blob the copy lacks."""
    proc = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                          input=("\n".join(shas) + "\n").encode(), capture_output=True, check=True)
    data, pos, res = proc.stdout, 0, {}
    for sha in shas:
        nl = data.index(b"\n", pos)
        head = data[pos:nl].split()
        pos = nl + 1
        if len(head) < 3 or head[1] == b"missing":
            res[sha] = None
            continue
        size = int(head[2])
        res[sha] = data[pos:pos + size]
        pos += size + 1
    return res


# --- cleaning -------------------------------------------------------------------------

# headings of the repository's own notes, not of the documents (compared after folding)
_EDITORIAL = re.compile(
    r"^(thong tin van ban|thong tin chung|danh sach (dieu khoan|de muc)|trich yeu|tom tat"
    r"|ghi chu|nguon tham|tham khao|van ban lien quan|diem moi|phuong phap|muc luc|tong quan"
    r"|cau truc|noi dung (chinh|cot loi)|co che dac thu chinh|can cu phap (ly|luat)|co so phap ly"
    r"|noi dung chi tiet \(trich|thong tin|luu y|nhan xet|phan tich|so sanh|tai lieu)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_CITATION = re.compile(
    r"^\((Điều|Khoản|Điểm|Chương|Mục|Phần|Phụ lục)\b.*(hiệu lực|nội dung liên quan|được (sửa đổi|bổ sung|bãi bỏ))",
    re.IGNORECASE)
_STAMP = re.compile(r"^\W*(ký bởi|người ký|thời gian ký|ngày ký|cơ quan:|email|e-mail|thư điện tử|tel|fax"
                    r"|điện thoại|website|signature|signed)\b", re.IGNORECASE)
_OCR_FILE = re.compile(r"\bOCR\b|tesseract")
_URL = re.compile(r"(https?://|www\.)\S+|\S+@\S+\.\S+")
_CODE = re.compile(r"`[^`]*`")
_TAG = re.compile(r"<[^>]{0,200}>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")
_WS = re.compile(r"\s+")
_POINT = re.compile(r"^[-+*]?\s*[a-zđ]\)\s")  # "a) ", "đ) ": a point's letter, not a word
_WORD = re.compile(r"\S+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LOOKALIKE = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(ch for ch in s if not unicodedata.combining(ch)).strip(" *:#.-")


def document_lines(text: str, stats: Counter) -> list[str]:
    """The lines of one Markdown file that are document text (markup still on them)."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":  # YAML front matter
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                stats["lines: front matter"] += i + 1
                lines = lines[i + 1:]
                break
    kept: list[str] = []
    skip_level = 0  # inside an editorial section opened by a heading of this level
    in_fence = False
    for line in lines:
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            stats["lines: code"] += 1
            continue
        if in_fence:
            stats["lines: code"] += 1
            continue
        m = _HEADING.match(line)
        if m:
            level = len(m.group(1))
            if skip_level and level <= skip_level:
                skip_level = 0
            if not skip_level and _EDITORIAL.match(_fold(m.group(2))):
                skip_level = level
        if skip_level:
            stats["lines: editorial sections"] += 1
            continue
        kept.append(line)
    return kept


def clean_line(line: str) -> str:
    line = _CODE.sub(" ", line)
    line = _LINK.sub(r" \1 ", line)
    line = _URL.sub(" | ", line)
    line = _TAG.sub(" | ", line)
    line = _ENTITY.sub(" ", line)
    line = line.replace("**", "").replace("__", "")
    line = _WS.sub(" ", line).strip(" #>")
    return _POINT.sub("", line)


def runs(line: str, stats: Counter) -> list[list[str]]:
    """Runs of syllables separated by white space only, in original case."""
    out: list[list[str]] = []
    cur: list[str] = []
    for w in _WORD.finditer(line):
        word = w.group()
        if any(ch.isdigit() for ch in word):
            stats["tokens: words with a digit"] += 1
            if cur:
                out.append(cur)
            cur = []
            continue
        pieces = _PIECES.split(word)
        # pieces: [punct, letters, punct, letters, ..., punct]
        for i in range(1, len(pieces), 2):
            tok = pieces[i]
            if pieces[i - 1] and cur:  # punctuation before the letters
                out.append(cur)
                cur = []
            low = tok.lower()
            if _foreign(low) or _glued(low) or _lost_mark(low):
                stats[_DAMAGE] += 1
                if cur:
                    out.append(cur)
                cur = []
                continue
            cur.append(tok)
        if pieces[-1] and cur:  # punctuation after the last letters
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


MIN_MARKED_SHARE = 0.3  # normal Vietnamese: ~70-85 % of syllables carry a mark or đ ư ơ ...


def _unaccented(line_runs: list[list[str]]) -> bool:
    """A line typed or converted without diacritics ("Quyet dinh ve viec ..."): its pairs
    would teach wrong bigrams ("van ban"), so it is left out when it has 4 syllables or more
    and fewer than 30 % of them carry a Vietnamese letter outside ASCII."""
    toks = [t for r in line_runs for t in r if not t.isupper()]  # acronyms say nothing
    if len(toks) < 4:
        return False
    marked = sum(1 for t in toks if not t.isascii())
    return marked < MIN_MARKED_SHARE * len(toks)


# --- counting -------------------------------------------------------------------------


_CODIFIED = re.compile(r"^Điều \d+\.\d+\.", re.MULTILINE)  # "Điều 45.4.LQ.1.": Bộ Pháp điển
# a document, not the repository's notes: an "Điều 1", the national motto, or its text section
_DOCUMENT = re.compile(r"^\W*Điều 1\b|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                       r"|^## VĂN BẢN\s*$", re.MULTILINE)
_DAMAGE = "tokens: glued, too long, lost tone mark, or with a foreign letter"
MAX_DAMAGE_PER_MILLE = 1.0


def _candidate_lines(text: str, stats: Counter) -> Iterator[tuple[str, list[list[str]]]]:
    """The cleaned document lines of one file with their runs of syllables."""
    for line in document_lines(text, stats):
        stripped = line.strip()
        if not stripped:
            continue
        if _CITATION.match(stripped):
            stats["lines: citations"] += 1
            continue
        if _STAMP.match(stripped):
            stats["lines: stamps and contacts"] += 1
            continue
        line = clean_line(stripped)
        yield line, runs(line, stats)


def _file_verdict(text: str, kept: list[tuple[str, list[list[str]]]], stats: Counter) -> str:
    """Why a file is left out, or "" to count it.

    The codification (articles numbered "Điều 45.4.LQ.1.") comes from the state's own
    database and is clean. Other files are documents copied from PDFs (decrees, resolutions,
    official dispatches, conclusions): kept when they are a document (an "Điều 1", the
    national motto or a "## VĂN BẢN" section) whose text layer is sound (at most one
    damaged word, plus one per 1000: glued words, lost tone marks); a PDF layer worse than
    that also misspells whole words ("sử đụng" for "sử dụng") that no token filter can see.
    The repository's own notes (README, tracking lists, indexes) are no document.
    """
    if _CODIFIED.search(text):
        return ""
    if not _DOCUMENT.search(text):
        return "not a legal text"
    syllables = sum(len(r) for _, rs in kept for r in rs)
    if stats[_DAMAGE] > 1 + MAX_DAMAGE_PER_MILLE * syllables / 1000:
        return "damaged text layer"
    return ""


def count(git_dir: Path, rev: str, prefix: str) -> tuple[dict, Counter, Counter, Counter, Counter]:
    commit, files = list_files(git_dir, rev, prefix)
    blobs = read_blobs(git_dir, [sha for _, sha in files])
    stats: Counter = Counter()
    seen: set[str] = set()
    ids: dict[str, int] = {}
    uni: Counter = Counter()
    cap: Counter = Counter()
    bi: Counter = Counter()
    raw_syllables = 0
    for path, sha in files:
        blob = blobs[sha]
        if blob is None:
            stats["files: absent from the copy"] += 1
            continue
        text = unicodedata.normalize("NFC", blob.decode("utf-8", "replace")).translate(_LOOKALIKE)
        raw_syllables += len(_LETTER_RUN.findall(text))
        if _OCR_FILE.search(text):
            stats["files: made by OCR (skipped)"] += 1
            continue
        local: Counter = Counter()
        kept = list(_candidate_lines(text, local))
        verdict = _file_verdict(text, kept, local)
        if verdict:
            stats[f"files: {verdict} (skipped)"] += 1
            continue
        stats["files: read"] += 1
        stats.update(local)
        for line, line_runs in kept:
            if line in seen:
                stats["lines: repeated"] += 1
                continue
            seen.add(line)
            if _unaccented(line_runs):
                stats["lines: without diacritics"] += 1
                continue
            stats["lines: counted"] += 1
            for run in line_runs:
                prev = -1
                for j, tok in enumerate(run):
                    sid = ids.setdefault(canonical(tok.lower()), len(ids))
                    uni[sid] += 1
                    if j and tok[0].isupper() and tok[1:].islower():
                        cap[sid] += 1
                    if prev >= 0:
                        bi[prev << 20 | sid] += 1
                    prev = sid
    date = subprocess.run(["git", "--git-dir", str(git_dir), "show", "-s", "--format=%cI", commit],
                          check=True, capture_output=True, text=True).stdout.strip()
    meta = {"commit": commit, "date": date, "files": len(files), "raw_syllables": raw_syllables}
    words = {i: w for w, i in ids.items()}
    uni_w = Counter({words[i]: c for i, c in uni.items()})
    cap_w = Counter({words[i]: c for i, c in cap.items()})
    bi_w = Counter({(words[k >> 20], words[k & 0xFFFFF]): c for k, c in bi.items()})
    return meta, stats, uni_w, cap_w, bi_w


# --- writing --------------------------------------------------------------------------


def _le(a: array.array) -> bytes:
    if sys.byteorder != "little":
        a = array.array(a.typecode, a)
        a.byteswap()
    return a.tobytes()


def _part(b: bytes) -> bytes:
    return struct.pack("<I", len(b)) + b


def encode(header: dict, uni: Counter, cap: Counter, bi: Counter) -> bytes:
    words = sorted(uni, key=lambda w: (-uni[w], w))
    if len(words) > 65535:
        raise SystemExit(f"{len(words)} syllables: more than a uint16 id holds; raise --min-unigram")
    wid = {w: i for i, w in enumerate(words)}
    rows: list[list[tuple[int, int]]] = [[] for _ in words]
    for (a, b), c in bi.items():
        rows[wid[a]].append((wid[b], c))
    offsets = array.array("I", [0])
    seconds = array.array("H")
    counts = array.array("H")
    overflow = array.array("I")
    for row in rows:
        for b, c in sorted(row):
            if c >= 65535:
                overflow.extend((len(counts), c))
            seconds.append(b)
            counts.append(min(c, 65535))
        offsets.append(len(seconds))
    payload = b"".join([
        _part(json.dumps(header, ensure_ascii=False, sort_keys=True).encode()),
        _part("\n".join(words).encode()),
        _part(_le(array.array("I", (uni[w] for w in words)))),
        _part(_le(array.array("I", (cap.get(w, 0) for w in words)))),
        _part(_le(offsets)),
        _part(_le(seconds)),
        _part(_le(counts)),
        _part(_le(overflow)),
        *_edit_index(words),
    ])
    return with_neighbour_table(MAGIC + payload)


_BASE_PARTS = 15  # header, words, five count arrays and the overflow, the edit index's seven


def with_neighbour_table(blob: bytes) -> bytes:
    """`blob`'s first parts, then every syllable's neighbours as reportlint works them out
    (its own `Lexicon.neighbour_table`, so that the table and a live search never differ)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from reportlint.text.lexicon import Lexicon

    view, pos = memoryview(blob), len(MAGIC)
    for _ in range(_BASE_PARTS):
        (size,) = struct.unpack_from("<I", view, pos)
        pos += 4 + size
    base = bytes(view[:pos])
    return base + b"".join(_part(p) for p in Lexicon(base).neighbour_table())


# A pair the source wrote this often at most, beside a compound one slip away (_SLIP_PMI bits
# likelier than chance) this many times commoner, is the source's own typing slip: 'tập trúng' 2
# against 'tập trung' 2,144, 'hộ trợ' 3 against 'hỗ trợ' 11,442, 'triển khi' 3. The laws have
# slips too; counted, such a pair would pass in a report as a known one. (Not 'đủ liều' beside
# 'đủ điều', nor 'khám có' beside 'khác có': mere sequences, no compound.)
_SLIP_COUNT = 3
_SLIP_ODDS = 1000
_SLIP_PMI = 6.5


def without_source_slips(blob: bytes) -> tuple[bytes, int]:
    """`blob` with the source's own slips (above) taken out of its pairs, and how many."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from reportlint.text.lexicon import Lexicon

    lex = Lexicon(blob)
    uni, cap, bi = Counter(), Counter(), Counter()
    for a, n, capitalised, pairs in lex.rows():
        uni[a], cap[a] = n, capitalised
        bi.update({(a, b): c for b, c in pairs.items()})

    def compound(a: str, b: str, need: int) -> bool:
        c = bi.get((a, b), 0)
        return c >= need and c * lex.total_unigrams >= 2 ** _SLIP_PMI * uni[a] * uni[b]

    def slip(a: str, b: str, c: int) -> bool:
        need = _SLIP_ODDS * c
        return c <= _SLIP_COUNT and (any(compound(a, x, need) for x in lex.suggestable_neighbours(b, seen=need))
                                     or any(compound(x, b, need) for x in lex.suggestable_neighbours(a, seen=need)))

    slips = {p for p, c in bi.items() if slip(*p, c)}
    header = dict(lex.header, source_slips=len(slips), kept_bigrams=len(bi) - len(slips))
    return encode(header, uni, cap, Counter({p: c for p, c in bi.items() if p not in slips})), len(slips)


def _csr(groups: dict[str, list[int]], typecode: str) -> tuple[list[str], array.array, array.array]:
    keys = sorted(groups)
    offsets, members = array.array("I", [0]), array.array(typecode)
    for k in keys:
        members.extend(sorted(groups[k]))
        offsets.append(len(members))
    return keys, offsets, members


def _edit_index(words: list[str]) -> list[bytes]:
    """The parts that let `neighbours()` find one-letter edits by lookup, with no index to
    build at load: each word's tone, the words of each toneless base, and for each base
    with one letter dropped the (position, base) it comes from (symmetric deletion)."""
    tones = array.array("B")
    by_base: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        tones.append(max((_TONE_OF.get(ch, 0) for ch in w), default=0))
        by_base.setdefault("".join(_BASE_OF.get(ch, ch) for ch in w), []).append(i)
    bases, base_offsets, base_members = _csr(by_base, "H")
    base_id = {b: i for i, b in enumerate(bases)}
    by_deletion: dict[str, list[int]] = {}
    for b in bases:
        for pos in range(len(b)):
            by_deletion.setdefault(b[:pos] + b[pos + 1:], []).append(pos << 16 | base_id[b])
    deletions, del_offsets, del_members = _csr(by_deletion, "I")
    return [_part("\n".join(bases).encode()), _part(_le(tones)), _part(_le(base_offsets)),
            _part(_le(base_members)), _part("\n".join(deletions).encode()), _part(_le(del_offsets)),
            _part(_le(del_members))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("git_dir", type=Path, nargs="?", help="bare git directory of diepxuan/diepxuan.github.io")
    ap.add_argument("--refresh", action="store_true",
                    help="only work out the neighbour table of the --output file again (after a change to the slip rules)")
    ap.add_argument("--drop-source-slips", action="store_true",
                    help="only take the source's own slips out of the pairs of the --output file (a full build does it too)")
    ap.add_argument("-o", "--output", type=Path, default=Path("reportlint/data/lexicon.bin"))
    ap.add_argument("--rev", default="HEAD", help="commit or branch to read (default HEAD)")
    ap.add_argument("--prefix", default="van-ban/", help="folder of the documents in the repository")
    ap.add_argument("--min-unigram", type=int, default=2, help="keep syllables seen this often")
    ap.add_argument("--min-bigram", type=int, default=2, help="keep pairs seen this often")
    ap.add_argument("--stats", type=Path, help="also write the header and filter counts as JSON here")
    args = ap.parse_args(argv)
    if args.refresh:
        args.output.write_bytes(with_neighbour_table(args.output.read_bytes()))
        return 0
    if args.drop_source_slips:
        blob, n = without_source_slips(args.output.read_bytes())
        args.output.write_bytes(blob)
        print(f"{n} pairs taken out as the source's own slips")
        return 0
    if args.git_dir is None:
        ap.error("the git directory is required (or --refresh)")

    t0 = time.perf_counter()
    meta, stats, uni, cap, bi = count(args.git_dir, args.rev, args.prefix)
    counted = sum(uni.values())
    uni_kept = Counter({w: c for w, c in uni.items() if c >= args.min_unigram})
    bi_kept = Counter({p: c for p, c in bi.items()
                       if c >= args.min_bigram and p[0] in uni_kept and p[1] in uni_kept})
    cap_kept = Counter({w: c for w, c in cap.items() if w in uni_kept})
    header = {
        "format": FORMAT_VERSION,
        "source": {"repo": SOURCE_REPO, "commit": meta["commit"], "prefix": args.prefix,
                   "date": meta["date"], "files": meta["files"],
                   "licence": "repository MIT; official legal texts are not protected by copyright "
                              "(Luật Sở hữu trí tuệ, Điều 15)"},
        "total_unigrams": counted,  # syllables counted after filtering (before pruning)
        "raw_syllables": meta["raw_syllables"],  # letter runs in the files before any filter
        "distinct_unigrams": len(uni),
        "distinct_bigrams": len(bi),
        "total_bigrams": sum(bi.values()),
        "min_unigram": args.min_unigram,
        "min_bigram": args.min_bigram,
        "kept_unigrams": len(uni_kept),
        "kept_bigrams": len(bi_kept),
        "filters": dict(sorted(stats.items())),
    }
    blob, header["source_slips"] = without_source_slips(encode(header, uni_kept, cap_kept, bi_kept))
    header["kept_bigrams"] -= header["source_slips"]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(blob)
    header["file_bytes"] = len(blob)
    header["build_seconds"] = round(time.perf_counter() - t0, 1)
    if args.stats:
        args.stats.write_text(json.dumps(header, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(header, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
