"""The characters that tell text damaged by a legacy encoding, apart from the decoders (text/legacy.py).

Every loaded report is tested for them (`may_be_damaged`), and correct Unicode text holds none:
only a report that does needs the decoders, whose tables cost more to build than most reports
take to check, so text/legacy.py is imported only then.
"""

from __future__ import annotations

import re

# Latin-1 characters no Vietnamese letter uses (µ ¸ ® Ö ø ñ ...), and the replacement
# character: text damaged in any of the three ways holds some, correct text almost never.
FOREIGN_CHARS = "\ufffd" + "".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
FOREIGN = re.compile(f"[{FOREIGN_CHARS}]")


def may_be_damaged(text: str) -> bool:
    """A fast test that text/legacy.py's `repair` can find anything in `text`: it saves weighing
    every word of every correct report (correct text reaches here with none of these characters)."""
    return FOREIGN.search(text) is not None
