#!/usr/bin/env python3
"""List the syllables of official place names that are no Vietnamese syllable, for the
`official_places` list of rules/vocabulary.yaml.

Usage::

    git -C /work/.mirror/daohoangson+dvhcvn/repo show HEAD:data/dvhcvn.json > dvhcvn.json
    python tools/place_syllables.py dvhcvn.json

The input is `data/dvhcvn.json` of github:daohoangson/dvhcvn: the names of every province,
district and commune as the General Statistics Office lists them (danhmuchanhchinh.gso.gov.vn),
official administrative information. Printed: each word of those names that typo.syllable
would flag, whose letters make no common syllable with another hat, horn or breve (not
'Khơng', 'Kôi': a damaged 'Không', 'Côi' must still be found), less the spellings
skipped below, in alphabetical order.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata

from reportlint.api import lint_text

# spellings in the list that look like its own slips ('Qưới' for 'Quới', doubled vowels), and
# 'Ơt', whose lower case is 'ớt' without its tone
SKIPPED = {"Qưới", "Quơn", "Miầu", "Mứn", "Vàl", "Dêê", "Laêê", "Pơơ", "Ơt"}


def names(units: list[dict]) -> list[str]:
    out = []
    for unit in units:
        out.append(unit["name"])
        out.extend(names(unit.get("level2s", []) + unit.get("level3s", [])))
    return out


def main(path: str) -> None:
    words = {w for n in names(json.load(open(path, encoding="utf-8"))["data"])
             for w in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", n))}
    print(", ".join(sorted(w for w in words - SKIPPED if _name_only(w))))


def _name_only(word: str) -> bool:
    """Whether typo.syllable flags the word and has no syllable to suggest for it."""
    found = [d for d in lint_text(f"Xã {word} có 12 thôn.\n") if d.rule == "typo.syllable"]
    return bool(found) and not any(d.suggestion for d in found)


if __name__ == "__main__":
    main(sys.argv[1])
