"""`reportlint vocab DIR…`: learn a department's own words from an archive of its past reports.

Counts the syllables and the pairs of syllables side by side (no punctuation between) in
every report found under the given folders or files — only in paragraphs with diacritics,
as the spelling rules read them — and writes the ones seen at least `--min-count` times to a
JSON file (default .reportlint-vocab.json). Name it in the config (`vocabulary: FILE`) and
typo.word adds these counts to the shipped lexicon's, weighted: the department's place and
agency names and local terms stop being flagged, and its frequent phrases sharpen the
suggestions. Inline suppression and the `accept` option keep working as before.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from reportlint.commands.common import Session
from reportlint.errors import UsageError

FORMAT = "reportlint-vocab 1"


def learn(paths: list[str]) -> tuple[Counter, Counter, Counter, int, list[str]]:
    """(unigrams, bigrams 'a b', capitalised uses, documents read, files that could not be read)."""
    from reportlint.analysis import spelling as sp
    from reportlint.analysis.outline import build
    from reportlint.discovery import walk
    from reportlint.errors import LoadError
    from reportlint.loaders import load
    from reportlint.text.lexicon import canonical

    uni: Counter = Counter()
    bi: Counter = Counter()
    caps: Counter = Counter()
    docs = 0
    failed = []
    for path in walk(paths).files:
        try:
            outline = build(load(path))
        except (LoadError, OSError, ValueError):
            failed.append(str(path))
            continue
        docs += 1
        for _, ws in sp.checked(outline):
            keys = [canonical(w) for w in ws.lows]
            uni.update(keys)
            caps.update(k for k, w in zip(keys, ws.words) if w[:1].isupper())
            for a, b in ws.run_bounds():
                bi.update(f"{x} {y}" for x, y in zip(keys[a:b], keys[a + 1:b]))
    return uni, bi, caps, docs, failed


def _say(session: Session, en: str, vi: str) -> str:
    return vi if session.lang == "vi" else en


def run(args: Any, session: Session) -> int:
    if args.min_count < 1:
        raise UsageError(_say(session, "--min-count must be at least 1", "--min-count phải từ 1 trở lên"))
    uni, bi, caps, docs, failed = learn(args.paths)
    if not docs:
        raise UsageError(_say(session, "no report found to learn from (give folders or files of .txt, .md, .docx, .pdf)",
                              "không tìm thấy báo cáo nào để học (hãy chỉ thư mục hoặc tệp .txt, .md, .docx, .pdf)"))
    keep = args.min_count
    data = {
        "format": FORMAT,
        "documents": docs,
        "unigrams": {k: n for k, n in sorted(uni.items()) if n >= keep},
        "bigrams": {k: n for k, n in sorted(bi.items()) if n >= keep},
        "capitalised": {k: n for k, n in sorted(caps.items()) if n >= keep},
    }
    out = Path(args.output)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    tmp.replace(out)
    n_uni, n_bi = len(data["unigrams"]), len(data["bigrams"])
    print(_say(session, f"{out}: {n_uni} syllables and {n_bi} pairs learnt from {docs} reports"
                        + (f"; {len(failed)} could not be read" if failed else ""),
               f"{out}: đã học {n_uni} âm tiết và {n_bi} cặp từ {docs} báo cáo"
               + (f"; {len(failed)} tệp không đọc được" if failed else "")))
    return 0
